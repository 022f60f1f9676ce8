package org.restride.domain;

/** Bad input, named by the field it belongs to, with a message a person can act on. */
public final class ValidationException extends IllegalArgumentException {
    private final String field;

    public ValidationException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The same problem, reported one level further out (for example "dosage.sets" inside "exercise 12"). */
    public ValidationException within(String outer) {
        return new ValidationException(outer + "." + field, getMessage().substring(field.length() + 1));
    }
}
