package org.restride.domain;

import java.util.Locale;

/**
 * Who prints the handout: shown on its header and footer. The logo is PNG or JPEG bytes, or null. The country
 * (ISO 3166 two letters, e.g. US, GB, IE, AU; null when not given) decides the handout's regional words, its
 * emergency number and its date format; the clinician term is what the handout calls the clinic's clinicians.
 * The disclaimer is the clinic's own, or empty for the standard one.
 */
public record ClinicProfile(String clinicName, String address, String phone, String email, String website,
                            byte[] logo, String therapistName, String credentials, PaperSize paperSize,
                            WeightUnit units, String language, String disclaimer, String country,
                            ClinicianTerm clinicianTerm) {
    public ClinicProfile {
        clinicName = Check.optionalText("clinicName", clinicName, 200);
        address = Check.optionalText("address", address, 500);
        phone = Check.optionalText("phone", phone, 60);
        email = Check.optionalText("email", email, 200);
        website = Check.optionalText("website", website, 200);
        therapistName = Check.optionalText("therapistName", therapistName, 200);
        credentials = Check.optionalText("credentials", credentials, 200);
        Check.present("paperSize", paperSize);
        Check.present("units", units);
        language = language == null || language.isBlank() ? "en" : Check.text("language", language, 20);
        disclaimer = disclaimer == null || disclaimer.isBlank() ? "" : Check.text("disclaimer", disclaimer, 2000);
        country = country == null || country.isBlank() ? null : checkCountry(country.strip().toUpperCase(Locale.ROOT));
        clinicianTerm = clinicianTerm == null ? ClinicianTerm.PHYSICAL_THERAPIST : clinicianTerm;
    }

    /** A profile without a country, calling its clinicians physical therapists. */
    public ClinicProfile(String clinicName, String address, String phone, String email, String website, byte[] logo,
                         String therapistName, String credentials, PaperSize paperSize, WeightUnit units,
                         String language, String disclaimer) {
        this(clinicName, address, phone, email, website, logo, therapistName, credentials, paperSize, units, language,
                disclaimer, null, null);
    }

    public ClinicProfile withCountry(String newCountry, ClinicianTerm newTerm) {
        return new ClinicProfile(clinicName, address, phone, email, website, logo, therapistName, credentials,
                paperSize, units, language, disclaimer, newCountry, newTerm);
    }

    private static String checkCountry(String code) {
        if (!code.matches("[A-Z]{2}")) {
            throw new ValidationException("country", "clinic.country", code.substring(0, Math.min(code.length(), 12)));
        }
        return code;
    }

    public static ClinicProfile empty() {
        return new ClinicProfile(null, null, null, null, null, null, null, null, PaperSize.A4, WeightUnit.KG, "en", null);
    }

    /** The same clinic with another handout language (a code such as "es"; blank for English). */
    public ClinicProfile withLanguage(String newLanguage) {
        return new ClinicProfile(clinicName, address, phone, email, website, logo, therapistName, credentials,
                paperSize, units, newLanguage, disclaimer, country, clinicianTerm);
    }
}
