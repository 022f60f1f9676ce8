package org.restride.domain;

/** Who prints the handout: shown on its header and footer. The logo is PNG or JPEG bytes, or null. */
public record ClinicProfile(String clinicName, String address, String phone, String email, String website,
                            byte[] logo, String therapistName, String credentials, PaperSize paperSize,
                            WeightUnit units, String language, String disclaimer) {
    public static final String DEFAULT_DISCLAIMER = "This plan was made for you by your physiotherapist. "
            + "It does not replace medical advice. If something feels wrong, stop and contact us.";

    public ClinicProfile {
        clinicName = Check.optionalText("clinic name", clinicName, 200);
        address = Check.optionalText("address", address, 500);
        phone = Check.optionalText("phone", phone, 60);
        email = Check.optionalText("email", email, 200);
        website = Check.optionalText("website", website, 200);
        therapistName = Check.optionalText("therapist name", therapistName, 200);
        credentials = Check.optionalText("credentials", credentials, 200);
        Check.present("paper size", paperSize);
        Check.present("units", units);
        language = language == null || language.isBlank() ? "en" : Check.text("language", language, 20);
        disclaimer = disclaimer == null || disclaimer.isBlank() ? DEFAULT_DISCLAIMER : Check.text("disclaimer", disclaimer, 2000);
    }

    public static ClinicProfile empty() {
        return new ClinicProfile(null, null, null, null, null, null, null, null, PaperSize.A4, WeightUnit.KG, "en", null);
    }
}
