package org.restride.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import org.restride.io.InputRefusedException.Reason;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;
import org.restride.text.Words;

/**
 * JSON from a file the user gave, parsed within limits set before parsing starts: nesting depth, the length of any
 * one text or number, and nothing but white space after the value. A refusal names the limit and the line.
 */
public final class BoundedJson {
    /** Far deeper than any Restride file (about 6 levels). */
    public static final int MAX_DEPTH = 64;
    /** The longest text in a Restride file is an exercise's steps or a picture, well under this. */
    public static final int MAX_STRING_CHARS = 100_000;
    public static final int MAX_NUMBER_CHARS = 40;

    // A field given twice is refused, never "the last one wins": a second, empty list of red flags must not hide
    // the first.
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_CHARS).maxNumberLength(MAX_NUMBER_CHARS).build())
            .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    /** What a file is meant to be, as messages name it ("…so it is not a whole visit file"). */
    public enum Kind {
        VISIT, LIBRARY, ROADMAP, ANY;

        String key() {
            return "safety.json." + name().toLowerCase(Locale.ROOT);
        }
    }

    private BoundedJson() {
    }

    /** Parses {@code json} (the content of {@code file}, or of an entry in it) into one JSON value. */
    public static JsonNode parse(byte[] json, Object file) {
        return parse(json, file, Kind.ANY);
    }

    /** As {@link #parse(byte[], Object)}, for a file meant to be of {@code kind}. */
    public static JsonNode parse(byte[] json, Object file, Kind kind) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new InputRefusedException(Reason.NOT_JSON, file, KeyedProblem.of("problems.io.empty"));
            }
            JsonNode root = MAPPER.readTree(parser);
            checkNothingAfter(parser, file, kind);
            return root;
        } catch (StreamConstraintsException e) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (message.contains("nesting depth")) {
                throw new InputRefusedException(Reason.TOO_DEEP, file, MAX_DEPTH);
            }
            if (message.contains("Number")) {
                throw new InputRefusedException(Reason.NUMBER_TOO_LONG, file, MAX_NUMBER_CHARS);
            }
            throw new InputRefusedException(Reason.STRING_TOO_LONG, file, MAX_STRING_CHARS);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (message.startsWith("Duplicate field '")) {
                String field = message.substring("Duplicate field '".length(), Math.max(message.lastIndexOf('\''),
                        "Duplicate field '".length()));
                throw new InputRefusedException(Reason.TWICE, file, Excerpt.quoted(field), line(e.getLocation()));
            }
            throw new InputRefusedException(Reason.NOT_JSON, file, "line " + line(e.getLocation()));
        } catch (NumberFormatException e) {
            // an exponent beyond what any number can hold (1e999999999999): no range can be checked against it
            throw new InputRefusedException(Reason.NUMBER_UNREADABLE, file);
        } catch (IOException e) {
            throw new InputRefusedException(Reason.UNREADABLE, file, e.getClass().getSimpleName());
        }
    }

    /** Anything but white space after the value, even something that is not JSON, is refused as trailing. */
    private static void checkNothingAfter(JsonParser parser, Object file, Kind kind) {
        String line = line(parser.currentLocation());
        try {
            if (parser.nextToken() == null) {
                return;
            }
        } catch (IOException e) {
            // not JSON after the value: trailing just the same
        }
        throw new InputRefusedException(Reason.TRAILING, file, line,
                Words.of(Locale.getDefault()).get(kind.key()));
    }

    private static String line(JsonLocation location) {
        return location == null ? "?" : Integer.toString(location.getLineNr());
    }
}
