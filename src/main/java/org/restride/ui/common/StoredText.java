package org.restride.ui.common;

import java.util.function.Supplier;
import org.restride.text.Words;

/**
 * Text the PT edits as it is stored, which may hold placeholders ({common.word.pee}, {clinician}): shown filled with
 * the clinic's words, and kept as stored while she leaves it as shown, so that a later change of country or
 * clinician term still fills it. What she changes is kept as she typed it.
 */
public final class StoredText {
    private final Supplier<Words> clinicWords;
    private Words words;

    /** Fills with the words {@code clinicWords} gives, read on first use and again on {@link #refresh()}. */
    public StoredText(Supplier<Words> clinicWords) {
        this.clinicWords = clinicWords;
    }

    /** Reads the clinic's words again (Settings may have changed its country or its clinician term). */
    public void refresh() {
        words = clinicWords.get();
    }

    /** The words stored text is filled with; its own keys (a prompt naming the clinician) read them too. */
    public Words words() {
        if (words == null) {
            refresh();
        }
        return words;
    }

    /** What a field shows for a stored value: filled, and empty for none. */
    public String shown(String stored) {
        return stored == null ? "" : words().fill(stored);
    }

    /** What to store for a field's text: the stored value itself while the field still shows it, else the text. */
    public String kept(String stored, String typed) {
        return showsAsStored(stored, typed) ? stored : typed;
    }

    /** Whether a field's text is what it shows for the stored value (its placeholders filled), untouched. */
    public boolean showsAsStored(String stored, String typed) {
        return stored != null && typed != null && typed.equals(shown(stored));
    }
}
