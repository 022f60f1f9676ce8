package org.restride.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.restride.codec.JsonNumbers;
import org.restride.codec.Refusals;
import org.restride.domain.Bounds;
import org.restride.domain.Criterion;
import org.restride.domain.Roadmap;
import org.restride.domain.TextFold;
import org.restride.domain.ValidationException;
import org.restride.domain.progress.CriterionResult;
import org.restride.domain.progress.DailyReadiness;
import org.restride.domain.progress.EnergySign;
import org.restride.domain.progress.Hydration;
import org.restride.domain.progress.PelvicSymptom;
import org.restride.domain.progress.PlausibleRange;
import org.restride.domain.progress.RedFlag;
import org.restride.domain.progress.RiskFactor;
import org.restride.domain.progress.Rule;
import org.restride.domain.progress.RuleOverride;
import org.restride.domain.progress.SymptomCheck;
import org.restride.domain.progress.SymptomContext;
import org.restride.domain.progress.Visit;
import org.restride.domain.progress.Wellbeing;
import org.restride.io.BoundedJson;
import org.restride.io.BoundedRead;
import org.restride.text.Excerpt;

/**
 * One visit from a JSON file, for {@code restride verdict} (the format is in the README). The file is capped in
 * size before it is parsed; every field is checked, and a bad one is refused by its path, such as
 * {@code tests[2].pain}. Unknown fields are refused too, so a typo never passes as "not tested".
 */
final class VisitFile {
    static final long MAX_BYTES = 256 * 1024;
    private static final int MAX_ITEMS = 60;
    private static final int MAX_TEXT = 2000;

    private VisitFile() {
    }

    static Visit read(Path file, Roadmap roadmap) {
        JsonNode root = BoundedJson.parse(BoundedRead.file(file, MAX_BYTES), file, BoundedJson.Kind.VISIT);
        return parse(root, roadmap);
    }

    static Visit parse(JsonNode root, Roadmap roadmap) {
        object(root, "visit");
        only(root, "visit", "date", "tests", "symptomCheck", "redFlags", "readiness", "mood", "energy", "riskFactors",
                "overrides");
        LocalDate date = date(root.get("date"));
        Visit visit = Visit.start(roadmap, date);
        List<CriterionResult> results = new ArrayList<>(visit.results());
        JsonNode tests = array(root.get("tests"), "tests");
        List<CriterionResult> given = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            String path = "tests[" + (i + 1) + "]";
            CriterionResult result = test(tests.get(i), path, roadmap.current().exitCriteria());
            for (int j = 0; j < given.size(); j++) {
                if (given.get(j).criterion().equals(result.criterion())) {
                    throw new ValidationException(path + ".criterion", "cli.visit.twice", j + 1);
                }
            }
            given.add(result);
            results.replaceAll(r -> r.isFor(result.criterion()) ? result : r);
        }
        Set<RedFlag> flags = keys(root.get("redFlags"), "redFlags", RedFlag::fromKey);
        JsonNode mood = root.get("mood");
        Integer moodScore = null;
        if (mood != null && !mood.isNull()) {
            object(mood, "mood");
            only(mood, "mood", "score", "selfHarmAnswer");
            moodScore = JsonNumbers.whole(mood.get("score"), "mood.score", Wellbeing.MOOD);
            if (bool(mood.get("selfHarmAnswer"), "mood.selfHarmAnswer")) {
                flags.add(RedFlag.SELF_HARM_THOUGHTS); // any self-harm answer is urgent: the red flag
            }
        }
        Wellbeing wellbeing = new Wellbeing(moodScore, keys(root.get("energy"), "energy", EnergySign::fromKey),
                keys(root.get("riskFactors"), "riskFactors", RiskFactor::fromKey));
        return visit.withResults(results).withSymptoms(symptomCheck(root.get("symptomCheck"))).withRedFlags(flags)
                .withReadiness(readiness(root.get("readiness"))).withWellbeing(wellbeing)
                .withOverrides(overrides(root.get("overrides")));
    }

    private static LocalDate date(JsonNode node) {
        if (node != null && !node.isNull() && !node.isTextual()) {
            throw new ValidationException("date", "cli.visit.date", Excerpt.of(node));
        }
        String text = text(node, "date", true);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException("date", "cli.visit.date", Excerpt.quoted(text));
        }
    }

    private static CriterionResult test(JsonNode node, String path, List<Criterion> criteria) {
        object(node, path);
        only(node, path, "criterion", "value", "left", "right", "met", "symptoms", "pain");
        String named = text(node.get("criterion"), path + ".criterion", true);
        Criterion criterion = criteria.stream()
                .filter(c -> named.equals(c.key()) || TextFold.fold(named).equals(TextFold.fold(c.name())))
                .findFirst().orElseThrow(() -> new ValidationException(path + ".criterion",
                        "cli.visit.notACriterion"));
        JsonNode met = node.get("met");
        if (met != null && !met.isBoolean()) {
            throw new ValidationException(path + ".met", "cli.visit.bool");
        }
        // a yes/no statement takes no number: the result says so, whatever the number
        Bounds range = criterion.target() == null ? null : PlausibleRange.bounds(criterion.target().unit());
        Integer value = JsonNumbers.whole(node.get("value"), path + ".value", range);
        Integer left = JsonNumbers.whole(node.get("left"), path + ".left", range);
        Integer right = JsonNumbers.whole(node.get("right"), path + ".right", range);
        Set<PelvicSymptom> symptoms = keys(node.get("symptoms"), path + ".symptoms", PelvicSymptom::fromKey);
        Integer pain = JsonNumbers.whole(node.get("pain"), path + ".pain", SymptomCheck.PAIN);
        try {
            return new CriterionResult(criterion, value, left, right, met == null ? null : met.booleanValue(), symptoms,
                    pain, null);
        } catch (ValidationException e) {
            throw new ValidationException(path, "cli.visit.inner", Refusals.of(e));
        }
    }

    private static SymptomCheck symptomCheck(JsonNode node) {
        if (node == null || node.isNull()) {
            return SymptomCheck.NOT_ASKED;
        }
        object(node, "symptomCheck");
        only(node, "symptomCheck", "done", "symptoms", "pain", "worseNextMorning");
        Map<PelvicSymptom, SymptomContext> contexts = new EnumMap<>(PelvicSymptom.class);
        JsonNode symptoms = array(node.get("symptoms"), "symptomCheck.symptoms");
        for (int i = 0; i < symptoms.size(); i++) {
            String path = "symptomCheck.symptoms[" + (i + 1) + "]";
            JsonNode one = symptoms.get(i);
            object(one, path);
            only(one, path, "symptom", "when");
            PelvicSymptom symptom = key(one.get("symptom"), path + ".symptom", PelvicSymptom::fromKey);
            // No default: a baseline leak read as "with exercise" would step her back (CLINICAL.md, when a symptom happens)
            contexts.put(symptom, key(one.get("when"), path + ".when", SymptomContext::fromKey));
        }
        return new SymptomCheck(bool(node.get("done"), "symptomCheck.done"), contexts,
                JsonNumbers.whole(node.get("pain"), "symptomCheck.pain", SymptomCheck.PAIN),
                bool(node.get("worseNextMorning"), "symptomCheck.worseNextMorning"));
    }

    private static DailyReadiness readiness(JsonNode node) {
        if (node == null || node.isNull()) {
            return DailyReadiness.NOT_ASKED;
        }
        object(node, "readiness");
        only(node, "readiness", "sleepHours", "usualSleepHours", "fatigue", "hydration");
        String hydration = text(node.get("hydration"), "readiness.hydration", false);
        return new DailyReadiness(JsonNumbers.decimal(node.get("sleepHours"), "readiness.sleepHours", DailyReadiness.HOURS),
                JsonNumbers.whole(node.get("fatigue"), "readiness.fatigue", DailyReadiness.FATIGUE),
                hydration == null ? null : key(node.get("hydration"), "readiness.hydration", Hydration::fromKey), null,
                JsonNumbers.decimal(node.get("usualSleepHours"), "readiness.usualSleepHours", DailyReadiness.HOURS));
    }

    private static List<RuleOverride> overrides(JsonNode node) {
        JsonNode list = array(node, "overrides");
        List<RuleOverride> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "overrides[" + (i + 1) + "]";
            object(list.get(i), path);
            only(list.get(i), path, "rule", "reason");
            Rule rule = key(list.get(i).get("rule"), path + ".rule", Rule::fromKey);
            String reason = text(list.get(i).get("reason"), path + ".reason", true);
            try {
                out.add(new RuleOverride(rule, reason));
            } catch (ValidationException e) {
                // named as the file spells it: "overrides[1].reason", not "overrides[1].override reason"
                String field = e.field().equals("rule") ? "rule" : "reason";
                throw e.named(path + "." + field);
            }
        }
        return out;
    }

    private static <E> Set<E> keys(JsonNode node, String path, Function<String, E> parse) {
        JsonNode list = array(node, path);
        Set<E> out = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(key(list.get(i), path + "[" + (i + 1) + "]", parse));
        }
        return out;
    }

    private static <E> E key(JsonNode node, String path, Function<String, E> parse) {
        String text = text(node, path, true);
        try {
            return parse.apply(text);
        } catch (ValidationException e) {
            throw e.named(path);
        }
    }

    private static String text(JsonNode node, String path, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                throw new ValidationException(path, "json.missing");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw new ValidationException(path, "cli.visit.text", Excerpt.of(node));
        }
        if (node.textValue().length() > MAX_TEXT) {
            throw new ValidationException(path, "tooLong", MAX_TEXT, node.textValue().length());
        }
        return node.textValue();
    }

    private static boolean bool(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new ValidationException(path, "cli.visit.bool");
        }
        return node.booleanValue();
    }

    private static JsonNode array(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!node.isArray()) {
            throw new ValidationException(path, "cli.visit.list");
        }
        if (node.size() > MAX_ITEMS) {
            throw new ValidationException(path, "cli.visit.tooMany", MAX_ITEMS);
        }
        return node;
    }

    private static void object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new ValidationException(path, "cli.visit.object");
        }
    }

    private static void only(JsonNode node, String path, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ValidationException(path + "." + (name.length() > 40 ? name.substring(0, 40) + "…" : name),
                        "cli.visit.unknownField");
            }
        }
    }
}
