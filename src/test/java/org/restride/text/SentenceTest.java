package org.restride.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentenceTest {
    @Test
    void aMessageBecomesOneSentence() {
        assertEquals("Must be a whole number.", Sentence.of("must be a whole number"));
        assertEquals("Already a sentence.", Sentence.of("already a sentence."));
        assertEquals("Is it?", Sentence.of("is it?"));
        assertEquals("Trimmed.", Sentence.of("  trimmed \n"));
    }

    @Test
    void nothingGivesNothing() {
        assertEquals("", Sentence.of(null));
        assertEquals("", Sentence.of("   "));
        assertEquals("", Sentence.capitalized(null));
        assertEquals("", Sentence.capitalized(""));
        assertEquals("Élan", Sentence.capitalized("élan"));
    }
}
