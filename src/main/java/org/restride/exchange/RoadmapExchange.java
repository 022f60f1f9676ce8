package org.restride.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.restride.codec.PhaseJson;
import org.restride.domain.Criterion;
import org.restride.domain.Dosage;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Template;
import org.restride.domain.ValidationException;
import org.restride.store.Database;
import org.restride.store.ExerciseRepository;
import org.restride.store.ExerciseTextRepository;
import org.restride.store.RoadmapRepository;
import org.restride.store.StoreException;
import org.restride.store.TemplateRepository;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/**
 * A roadmap as one exchange file, without its patient: title, goal, phases with their exercises, dosages and
 * exit criteria, and the clinic's own exercises it uses (in full; built-in ones go by id). Importing makes it a
 * template of the clinic's, ready to start a patient's roadmap from.
 */
public final class RoadmapExchange {
    private static final Logger LOG = Logger.getLogger(RoadmapExchange.class.getName());

    private final Database db;

    public RoadmapExchange(Database db) {
        this.db = db;
    }

    /** Writes the patient's roadmap, without anything about the patient. */
    public void exportRoadmap(long roadmapId, Path file) {
        var roadmap = new RoadmapRepository(db).find(roadmapId)
                .orElseThrow(() -> new StoreException(KeyedProblem.of("problems.store.noRoadmap", roadmapId)));
        write(file, roadmap.title(), roadmap.goal(), roadmap.phases());
        LOG.info(() -> "Roadmap " + roadmapId + " exported.");
    }

    /** Writes one of the templates, built-in or the clinic's. */
    public void exportTemplate(String key, Path file) {
        Template template = new TemplateRepository(db).find(key)
                .orElseThrow(() -> new StoreException(KeyedProblem.of("problems.store.noTemplate", Excerpt.of(key))));
        write(file, template.title(), template.goal(), template.phases());
        LOG.info("Template exported.");
    }

    private void write(Path file, String title, String goal, List<Phase> phases) {
        ObjectNode root = ExchangeZip.header(ExchangeFormat.ROADMAP);
        ObjectNode roadmap = root.putObject("roadmap");
        roadmap.put("title", title);
        roadmap.put("goal", goal);
        roadmap.set("phases", PhaseJson.writeAll(phases));
        List<Exercise> used = clinicExercisesUsed(phases);
        root.set("exercises", LibraryExchange.exercisesJson(db, used));
        ExchangeZip.write(file, root, ExchangePictures.addTo(root, db, used));
    }

    /** The clinic's exercises the phases use, with the clinic exercises they link to as easier or harder. */
    private List<Exercise> clinicExercisesUsed(List<Phase> phases) {
        ExerciseRepository library = new ExerciseRepository(db);
        Set<String> wanted = new HashSet<>(exerciseIds(phases));
        Map<String, Exercise> found = new HashMap<>();
        while (!wanted.isEmpty()) {
            Set<String> next = new HashSet<>();
            for (Exercise e : library.findAll(wanted).values()) {
                if (e.source() == ExerciseSource.CLINIC && found.put(e.id(), e) == null) {
                    for (String link : new String[] {e.easierId(), e.harderId()}) {
                        if (link != null && !found.containsKey(link)) {
                            next.add(link);
                        }
                    }
                }
            }
            wanted = next;
        }
        return found.values().stream().sorted(Comparator.comparing(Exercise::id)).toList();
    }

    /**
     * Imports the file as a clinic template: checks all of it first, then (unless it stops at duplicates) writes
     * the exercises and the template in one transaction. The template's key comes from the title.
     */
    public ImportOutcome importAsTemplate(Path file, DuplicateChoice choice) {
        String name = Excerpt.path(file.getFileName());
        ExchangeZip.Contents contents = ExchangeZip.read(file, ExchangeFormat.ROADMAP);
        JsonNode root = contents.root();
        KnownFields.roadmapFile(name, root);
        ExerciseRepository library = new ExerciseRepository(db);
        ExerciseMerge merge = ExerciseMerge.check(name, LibraryExchange.readExercises(root, name), library,
                new ExerciseTextRepository(db));
        Map<String, ExchangePictures.Incoming> pictures = ExchangePictures.read(name, root, contents.files(), merge.ids());
        Template incoming = readTemplate(root, name, merge, library);
        TemplateRepository templates = new TemplateRepository(db);
        Optional<Template> existing = templates.find(incoming.key());
        List<Clash> clashes = new ArrayList<>(merge.clashes());
        boolean templateClashes = existing.isPresent() && !existing.get().builtIn() && !existing.get().equals(incoming);
        if (templateClashes) {
            clashes.add(new Clash(Clash.Kind.TEMPLATE, incoming.key(), existing.get().title(), incoming.title()));
        }
        if (!clashes.isEmpty() && choice == DuplicateChoice.ASK) {
            return new ImportOutcome.Duplicate(clashes);
        }
        ExerciseMerge.Plan plan = merge.plan(choice);
        Template relinked = relink(incoming, plan);
        Template toSave = chooseTemplate(relinked, existing, templateClashes, choice, templates);
        boolean replacesTemplate = toSave != null && existing.isPresent() && toSave.key().equals(existing.get().key());
        Path kept = plan.replaced() > 0 || replacesTemplate ? LibraryExchange.keepCopy(db) : null;
        db.write(c -> {
            plan.save(library, new ExerciseTextRepository(db));
            ExchangePictures.save(db, pictures, plan.savedIds(), plan.renamed());
            if (toSave != null) {
                templates.save(toSave);
            }
            return null;
        });
        String key = toSave == null ? existing.map(Template::key).orElse(null) : toSave.key();
        LOG.info(() -> "Roadmap imported as a template; " + plan.toSave().size() + " exercises written.");
        return new ImportOutcome.Imported(key, toSave != null, plan.added(), plan.replaced(), plan.unchanged(), plan.skipped(), kept);
    }

    private static Template chooseTemplate(Template incoming, Optional<Template> existing, boolean clashes,
                                           DuplicateChoice choice, TemplateRepository templates) {
        if (existing.isEmpty()) {
            return incoming;
        }
        boolean keepBeside = existing.get().builtIn() || (clashes && choice == DuplicateChoice.KEEP_BOTH);
        if (keepBeside) {
            String key = incoming.key();
            for (int n = 2; templates.find(key).isPresent(); n++) {
                key = Names.trimmedId(incoming.key(), 70) + "-" + n;
            }
            String title = existing.get().builtIn() ? incoming.title() : Names.marked(incoming.title(), 200);
            return new Template(key, title, incoming.goal(), false, incoming.phases());
        }
        if (clashes && choice == DuplicateChoice.REPLACE) {
            return incoming;
        }
        return null;
    }

    private static Template readTemplate(JsonNode root, String file, ExerciseMerge merge, ExerciseRepository library) {
        JsonNode roadmap = root.get("roadmap");
        if (roadmap == null || !roadmap.isObject()) {
            throw new ExchangeException(KeyedProblem.of("problems.exchange.noRoadmap", file));
        }
        Map<String, Dosage> defaults = new HashMap<>();
        Set<String> builtInUsed = new HashSet<>(library.idsFrom(ExerciseSource.BUILT_IN));
        builtInUsed.retainAll(itemExercises(roadmap.get("phases")));
        library.findAll(builtInUsed).forEach((id, e) -> defaults.put(id, e.defaultDosage()));
        merge.incoming().forEach(e -> defaults.put(e.id(), e.defaultDosage()));
        Template template;
        try {
            JsonNode phases = roadmap.get("phases");
            ExchangeLimits.checkRoadmap(file, phases);
            if (phases == null || !phases.isArray()) {
                throw new ValidationException("phases", "json.missing");
            }
            List<JsonNode> phaseNodes = new ArrayList<>();
            phases.forEach(phaseNodes::add);
            String title = text(roadmap, "title");
            template = new Template(Names.slug(title, 60), title, optionalText(roadmap, "goal"), false,
                    PhaseJson.readAll(phaseNodes, new PhaseJson.Lookup(defaults, Map.of())));
        } catch (ValidationException e) {
            throw ExchangeException.refused(file, e.within("roadmap"));
        }
        for (String id : exerciseIds(template.phases())) {
            if (!merge.provides(id)) {
                throw new ExchangeException(KeyedProblem.of("problems.exchange.exerciseUnknown", file, Excerpt.quoted(id)));
            }
        }
        return template;
    }

    /** The exercises the file's items name, read before anything else so that only the library rows used are read. */
    private static Set<String> itemExercises(JsonNode phases) {
        Set<String> ids = new HashSet<>();
        if (phases != null && phases.isArray()) {
            phases.forEach(phase -> {
                JsonNode items = phase.get("items");
                if (items != null && items.isArray()) {
                    items.forEach(item -> {
                        JsonNode id = item.get("exercise");
                        if (id != null && id.isTextual()) {
                            ids.add(id.asText());
                        }
                    });
                }
            });
        }
        return ids;
    }

    private static String text(JsonNode node, String field) {
        String value = optionalText(node, field);
        if (value == null) {
            throw new ValidationException(field, "json.missing");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ValidationException(field, "json.text");
        }
        return value.asText();
    }

    private static Set<String> exerciseIds(List<Phase> phases) {
        Set<String> ids = new HashSet<>();
        for (Phase phase : phases) {
            phase.items().forEach(item -> ids.add(item.exerciseId()));
            phase.exitCriteria().stream().map(Criterion::exerciseId).filter(Objects::nonNull).forEach(ids::add);
        }
        return ids;
    }

    private static Template relink(Template template, ExerciseMerge.Plan plan) {
        if (plan.renamed().isEmpty()) {
            return template;
        }
        List<Phase> phases = new ArrayList<>();
        for (Phase phase : template.phases()) {
            List<PhaseItem> items = phase.items().stream().map(i -> i.withExercise(plan.idFor(i.exerciseId()))).toList();
            List<Criterion> criteria = phase.exitCriteria().stream().map(c -> c.exerciseId() == null ? c
                    : new Criterion(c.key(), c.name(), c.target(), c.eachSide(), plan.idFor(c.exerciseId()))).toList();
            phases.add(new Phase(phase.kind(), phase.name(), phase.purpose(), phase.weeks(), items, criteria));
        }
        return new Template(template.key(), template.title(), template.goal(), template.builtIn(), phases);
    }
}
