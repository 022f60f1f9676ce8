package org.restride.ui.visits;

import java.math.BigDecimal;
import org.restride.domain.ValidationException;

/** Numbers as the PT types them. Blank means "not tested" or "not asked": null, never zero. */
final class Typed {
    private Typed() {
    }

    /** The whole number typed, null when blank; a ValidationException naming the field otherwise. */
    static Integer whole(String field, String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(typed);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "typed.wholeLike", shortened(typed));
        }
    }

    /** The number typed (a comma counts as the decimal point), null when blank. */
    static Double decimal(String field, String text) {
        String typed = text == null ? "" : text.strip().replace(',', '.');
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(typed).doubleValue();
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "typed.numberLike", shortened(typed));
        }
    }


    private static String shortened(String typed) {
        return typed.length() > 20 ? typed.substring(0, 20) + "…" : typed;
    }
}
