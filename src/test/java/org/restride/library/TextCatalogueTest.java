package org.restride.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restride.domain.Phase;
import org.restride.domain.Template;

/**
 * The catalogue translates the texts a roadmap copies from a built-in template while they are still exactly the
 * built-in English, and leaves text the clinic changed as written. Its templates file is made here from the
 * English one ("ES:" before each text), so it lines up whatever the English holds.
 */
class TextCatalogueTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static byte[] markedTemplates(boolean dropAPhase) throws IOException {
        JsonNode english;
        try (InputStream in = BuiltInLibrary.class.getResourceAsStream("templates.json")) {
            english = MAPPER.readTree(in);
        }
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode templates = root.putArray("templates");
        for (JsonNode t : english.get("templates")) {
            ObjectNode es = templates.addObject();
            es.put("key", t.get("key").asText());
            es.put("title", "ES:" + t.get("title").asText());
            es.put("goal", "ES:" + t.get("goal").asText());
            ArrayNode phases = es.putArray("phases");
            for (JsonNode p : t.get("phases")) {
                ObjectNode phase = phases.addObject();
                phase.put("name", "ES:" + p.get("name").asText());
                phase.put("purpose", "ES:" + p.get("purpose").asText());
                ArrayNode items = phase.putArray("items");
                for (JsonNode i : p.get("items")) {
                    ObjectNode item = items.addObject();
                    if (i.hasNonNull("note")) {
                        item.put("note", "ES:" + i.get("note").asText());
                    }
                    JsonNode dosage = i.path("dosage");
                    if (dosage.hasNonNull("tempo")) {
                        item.put("tempo", "ES:" + dosage.get("tempo").asText());
                    }
                    if (dosage.hasNonNull("note")) {
                        item.put("dosageNote", "ES:" + dosage.get("note").asText());
                    }
                }
                ArrayNode criteria = phase.putArray("criteria");
                for (JsonNode c : p.get("criteria")) {
                    if (c.isTextual()) {
                        criteria.add(c.asText());
                    } else {
                        criteria.addObject().put("name", "ES:" + c.get("name").asText());
                    }
                }
            }
            if (dropAPhase && t.get("key").asText().equals("return-to-lift")) {
                phases.remove(phases.size() - 1);
            }
        }
        return MAPPER.writeValueAsBytes(root);
    }

    private static BuiltInLibrary library(boolean dropAPhase) throws IOException {
        Map<String, byte[]> files = SpanishSample.files();
        files.put("es/templates.json", markedTemplates(dropAPhase));
        return BuiltInLibrary.load(files);
    }

    @Test
    void untouchedTemplateTextIsTranslatedAndEditedTextStaysAsTyped() throws IOException {
        BuiltInLibrary library = library(false);
        TextCatalogue es = library.catalogue("es");
        Template run = library.templates().stream().filter(t -> t.key().equals("return-to-run")).findFirst().orElseThrow();
        Phase first = run.phases().get(0);
        assertEquals("ES:" + run.title(), es.text(run.title()));
        assertEquals("ES:" + first.name(), es.text(first.name()));
        assertEquals("ES:" + first.purpose(), es.text(first.purpose()));
        String statement = first.exitCriteria().get(0).name();
        assertEquals("ES:" + statement, es.criterion(null, statement));

        assertEquals(first.name() + " (our version)", es.text(first.name() + " (our version)"), "the PT's words print as typed");
        assertEquals(first.purpose().toUpperCase(), es.text(first.purpose().toUpperCase()));
        assertFalse(es.has(first.name() + " "));
        assertEquals(null, es.text(null));
    }

    @Test
    void libraryTestsGoByKeyWhileTheirNameIsTheBuiltInOne() throws IOException {
        TextCatalogue es = library(false).catalogue("es");
        assertEquals("Caminar", es.criterion("walking-30-min", "Walking"));
        assertEquals("Walking briskly", es.criterion("walking-30-min", "Walking briskly"), "a renamed test stays");
        assertEquals("Single-leg squat", es.criterion("single-leg-squat", "Single-leg squat"), "not in the sample: English");
    }

    @Test
    void anExercisesDefaultTempoAndNoteAreInTheCatalogue() throws IOException {
        TextCatalogue es = library(false).catalogue("es");
        assertEquals("unos 4 s al inhalar, 6 s al exhalar", es.text("about 4 s in, 6 s out"));
        assertEquals("Buena para hacer cada vez que se acueste a descansar.",
                es.text("A good one to do whenever you lie down to rest."));
    }

    @Test
    void aTemplatesFileThatDoesNotLineUpIsRefusedByTemplate() throws IOException {
        BuiltInLibrary library = library(true);
        LibraryException e = assertThrows(LibraryException.class, () -> library.catalogue("es"));
        assertTrue(e.getMessage().startsWith("es/templates.json: template \"return-to-lift\""), e.getMessage());
        assertTrue(e.getMessage().contains("phases; the English has"), e.getMessage());
    }

    @Test
    void aLanguageWithoutFilesTranslatesNothing() {
        BuiltInLibrary library = BuiltInLibrary.load(Map.of());
        assertEquals(0, library.catalogue("es").size());
        assertEquals(0, library.catalogue("fr").size());
        assertEquals("Walking", library.catalogue("fr").criterion("walking-30-min", "Walking"));
    }
}
