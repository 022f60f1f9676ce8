package org.restride.ui.settings;

import java.util.List;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Disclaimer;
import org.restride.app.Workspace;
import org.restride.app.Writer;
import org.restride.domain.ClinicProfile;
import org.restride.domain.ClinicianTerm;
import org.restride.domain.PaperSize;
import org.restride.domain.WeightUnit;
import org.restride.text.Words;

/** The clinic's settings: saved as they are typed, refused with a sentence when wrong, never half saved. */
class SettingsViewModelTest {
    @TempDir
    Path folder;
    Workspace workspace;
    Writer writer;
    SettingsViewModel model;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("data"));
        writer = new Writer(Runnable::run);
        model = new SettingsViewModel(workspace.clinicProfile(), writer, Words.english());
        model.load();
    }

    @AfterEach
    void close() {
        writer.close();
        workspace.close();
    }

    private ClinicProfile saved() {
        writer.awaitIdle();
        return workspace.clinicProfile().load();
    }

    @Test
    void whatIsTypedIsSavedAndComesBackOnTheNextLoad() {
        model.clinicNameProperty().set("Pelvic Health Bristol");
        model.countryProperty().set("GB");
        model.clinicianTermProperty().set(ClinicianTerm.PHYSIOTHERAPIST);
        model.paperSizeProperty().set(PaperSize.A4);
        assertEquals("Saved.", model.messageProperty().get());
        ClinicProfile saved = saved();
        assertEquals("Pelvic Health Bristol", saved.clinicName());
        assertEquals("GB", saved.country());
        assertEquals(ClinicianTerm.PHYSIOTHERAPIST, saved.clinicianTerm());
        SettingsViewModel again = new SettingsViewModel(workspace.clinicProfile(), writer, Words.english());
        again.load();
        assertEquals("Pelvic Health Bristol", again.clinicNameProperty().get());
        assertEquals("GB", again.countryProperty().get());
    }

    @Test
    void aWrongValueIsToldAsASentenceAndTheSavedProfileIsKept() {
        model.countryProperty().set("GB");
        saved();
        model.countryProperty().set("Great Britain");
        assertTrue(model.messageProperty().get().startsWith("Country must be two letters"), model.messageProperty().get());
        assertTrue(model.messageProperty().get().endsWith("."));
        assertEquals("GB", saved().country(), "nothing half saved");
    }

    @Test
    void theLanguageIsAChoiceOfWhatTheHandoutCanBePrintedIn() {
        assertEquals("en", model.languageProperty().get());
        assertTrue(SettingsViewModel.HANDOUT_LANGUAGES.contains("en"));
        assertEquals("English", Locale.forLanguageTag(SettingsViewModel.HANDOUT_LANGUAGES.get(0))
                .getDisplayLanguage(Locale.ENGLISH));
        assertEquals("", SettingsViewModel.countries().get(0), "not set comes first");
        assertTrue(SettingsViewModel.countries().containsAll(List.of("US", "GB", "IE", "AU", "NZ", "CA")));
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedAndTheOldLogoKept() throws Exception {
        Path png = folder.resolve("logo.png");
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB),
                "png", png.toFile());
        model.importLogo(png);
        byte[] logo = saved().logo();
        assertNotNull(logo);
        Path notAnImage = Files.writeString(folder.resolve("logo2.png"), "not a picture");
        model.importLogo(notAnImage);
        assertTrue(model.messageProperty().get().endsWith("The old logo is kept."), model.messageProperty().get());
        assertArrayEquals(logo, saved().logo());
    }

    @Test
    void theStandardDisclaimerIsShownUntilTheClinicWritesItsOwn() {
        String standard = model.disclaimerProperty().get();
        assertTrue(standard.startsWith("This plan was made for you by your physiotherapist."), standard);
        model.clinicNameProperty().set("Pelvic Health Bristol");
        assertEquals("", saved().disclaimer(), "the standard text is not saved as the clinic's own");
        model.disclaimerProperty().set("Take care, and call us with any question.");
        assertEquals("Take care, and call us with any question.", saved().disclaimer());
        model.disclaimerProperty().set("  ");
        assertEquals("", saved().disclaimer());
        SettingsViewModel again = new SettingsViewModel(workspace.clinicProfile(), writer, Words.english());
        again.load();
        assertEquals(standard, again.disclaimerProperty().get());
    }

    @Test
    void aProfileSavedWithTheOldStandardTextShowsItAndPrintsTheStandardOne() {
        String standard = Words.english().get("clinic.disclaimer.standard");
        workspace.clinicProfile().save(new ClinicProfile(null, null, null, null, null, null, null, null, PaperSize.A4,
                WeightUnit.KG, "en", standard));
        model.load();
        assertEquals(standard, model.disclaimerProperty().get());
        assertTrue(Disclaimer.isStandard(workspace.clinicProfile().load().disclaimer()));
    }
}
