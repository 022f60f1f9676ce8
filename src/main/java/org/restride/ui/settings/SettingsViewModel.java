package org.restride.ui.settings;

import java.util.Locale;
import java.util.Comparator;
import java.util.ArrayList;
import org.restride.app.Problems;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.restride.app.Disclaimer;
import org.restride.app.Writer;
import org.restride.domain.ClinicProfile;
import org.restride.domain.ClinicianTerm;
import org.restride.domain.PaperSize;
import org.restride.domain.ValidationException;
import org.restride.domain.WeightUnit;
import org.restride.text.Languages;
import org.restride.store.ClinicProfileRepository;
import org.restride.text.Words;

/** The clinic profile that heads every handout, saved as it is edited. */
public final class SettingsViewModel {
    private final ClinicProfileRepository profiles;
    private final StringProperty clinicName = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");
    private final StringProperty therapistName = new SimpleStringProperty("");
    private final StringProperty credentials = new SimpleStringProperty("");
    private final ObjectProperty<PaperSize> paperSize = new SimpleObjectProperty<>(PaperSize.A4);
    private final ObjectProperty<WeightUnit> units = new SimpleObjectProperty<>(WeightUnit.KG);
    /** The languages a handout can be printed in (text/languages.properties): a language is added with its text files. */
    public static final List<String> HANDOUT_LANGUAGES = Languages.codes();

    private final StringProperty language = new SimpleStringProperty("en");
    private final StringProperty country = new SimpleStringProperty("");
    private final ObjectProperty<ClinicianTerm> clinicianTerm = new SimpleObjectProperty<>(ClinicianTerm.PHYSICAL_THERAPIST);
    private final StringProperty disclaimer = new SimpleStringProperty("");
    private final ObjectProperty<byte[]> logo = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private boolean loading;
    private final Writer writer;
    private final Words words;

    /** Each change is written by {@code writer}, in the background and in order. */
    public SettingsViewModel(ClinicProfileRepository profiles, Writer writer, Words words) {
        this.profiles = profiles;
        this.words = words;
        this.writer = writer;
        for (Observable field : List.<Observable>of(clinicName, address, phone, email, website, therapistName, credentials,
                paperSize, units, language, disclaimer, logo, country, clinicianTerm)) {
            field.addListener(o -> save());
        }
    }

    public void load() {
        ClinicProfile p = profiles.load();
        loading = true;
        try {
            clinicName.set(text(p.clinicName()));
            address.set(text(p.address()));
            phone.set(text(p.phone()));
            email.set(text(p.email()));
            website.set(text(p.website()));
            therapistName.set(text(p.therapistName()));
            credentials.set(text(p.credentials()));
            paperSize.set(p.paperSize());
            units.set(p.units());
            language.set(p.language());
            country.set(text(p.country()));
            clinicianTerm.set(p.clinicianTerm());
            disclaimer.set(Disclaimer.shown(p, words));
            logo.set(p.logo());
        } finally {
            loading = false;
        }
        message.set("");
    }

    /** Takes a logo from a file; a file that is not a usable image is refused and the old logo kept. */
    public void importLogo(Path file) {
        try {
            logo.set(LogoCheck.read(file));
            message.set(words.get("ui-settings.logoSaved"));
        } catch (ValidationException e) {
            message.set(words.get("ui-settings.logoKept", Problems.sentence(words, e)));
        }
    }

    public void removeLogo() {
        logo.set(null);
    }

    private void save() {
        if (loading) {
            return;
        }
        try {
            ClinicProfile profile = new ClinicProfile(clinicName.get(), address.get(), phone.get(), email.get(),
                    website.get(), logo.get(), therapistName.get(), credentials.get(), paperSize.get(), units.get(),
                    language.get(), Disclaimer.saved(disclaimer.get(), words), country.get(), clinicianTerm.get());
            writer.submit("clinic-profile", () -> profiles.save(profile),
                    e -> message.set(words.get("ui-saves.failed", Problems.sentence(words, e))));
            if (!message.get().equals(words.get("ui-settings.logoSaved"))) {
                message.set(words.get("ui-settings.saved"));
            }
        } catch (ValidationException e) {
            message.set(Problems.sentence(words, e));
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public StringProperty clinicNameProperty() {
        return clinicName;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty websiteProperty() {
        return website;
    }

    public StringProperty therapistNameProperty() {
        return therapistName;
    }

    public StringProperty credentialsProperty() {
        return credentials;
    }

    public ObjectProperty<PaperSize> paperSizeProperty() {
        return paperSize;
    }

    public ObjectProperty<WeightUnit> unitsProperty() {
        return units;
    }

    /** Two letters (US, GB, IE, AU, NZ…): the handout's words, emergency number and date format. */
    /** "" (not set), then every country's two-letter code, by its English name. */
    public static List<String> countries() {
        List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
        codes.sort(Comparator.comparing(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH)));
        codes.add(0, "");
        return codes;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public ObjectProperty<ClinicianTerm> clinicianTermProperty() {
        return clinicianTerm;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty disclaimerProperty() {
        return disclaimer;
    }

    public ObjectProperty<byte[]> logoProperty() {
        return logo;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
