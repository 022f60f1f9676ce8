package org.restride.ui.walkrun;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.restride.app.Problems;
import org.restride.domain.ValidationException;
import org.restride.domain.walkrun.WalkRunPlan;
import org.restride.domain.walkrun.WalkRunWeek;
import org.restride.app.walkrun.WalkRunEditing;
import org.restride.app.walkrun.WalkRunWords;
import org.restride.text.Words;

/**
 * A roadmap's walk–run plan: built from her starting point, any week edited (the weeks after it follow from the
 * edit), and a week with symptoms repeated. Each change is saved at once; what cannot be read is refused beside its
 * field and changes nothing.
 */
public final class WalkRunViewModel {
    public static final String RUN = "run";
    public static final String WALK = "walk";
    public static final String REPEATS = "repeats";
    public static final String SESSIONS = "sessions";
    public static final String GOAL = "goal";
    public static final String WEEK = "week";

    /** Where the domain's field names belong on the form. */
    private static final Map<String, String> FIELDS = Map.of("runSeconds", RUN, "walkSeconds", WALK, "repeats", REPEATS,
            "sessionsPerWeek", SESSIONS, "goalMinutes", GOAL);

    private final WalkRunEditing plans;
    private final Words words;
    private final WalkRunWords planWords;
    private final ObjectProperty<WalkRunPlan> plan = new SimpleObjectProperty<>();
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final StringProperty run = new SimpleStringProperty("1:00");
    private final StringProperty walk = new SimpleStringProperty("2:00");
    private final StringProperty repeats = new SimpleStringProperty("8");
    private final StringProperty sessions = new SimpleStringProperty("3");
    private final StringProperty goal = new SimpleStringProperty("20");
    private final IntegerProperty week = new SimpleIntegerProperty(0);
    private final StringProperty weekRun = new SimpleStringProperty("");
    private final StringProperty weekWalk = new SimpleStringProperty("");
    private final StringProperty weekRepeats = new SimpleStringProperty("");
    private final StringProperty weekSessions = new SimpleStringProperty("");
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final StringProperty message = new SimpleStringProperty("");
    private Long roadmapId;

    public WalkRunViewModel(WalkRunEditing plans, Words words) {
        this.plans = plans;
        this.words = words;
        this.planWords = new WalkRunWords(words);
        plan.addListener((o, old, now) -> {
            rows.setAll(now == null ? List.of() : planWords.rows(now));
            warnings.setAll(now == null ? List.of() : planWords.warnings(now));
        });
    }

    /** Shows the roadmap's plan, if it has one; its first week and goal fill the starting point. */
    public void open(long roadmap) {
        roadmapId = roadmap;
        problems.clear();
        message.set("");
        plan.set(plans.find(roadmap).orElse(null));
        if (plan.get() != null) {
            WalkRunWeek first = plan.get().weeks().get(0);
            run.set(TimeInput.clock(first.runSeconds()));
            walk.set(TimeInput.clock(first.walkSeconds()));
            repeats.set(Integer.toString(first.repeats()));
            sessions.set(Integer.toString(first.sessionsPerWeek()));
            goal.set(Integer.toString(plan.get().goalMinutes()));
        }
        selectWeek(0);
    }

    /** Builds the plan from the starting point, replacing any earlier one. */
    public boolean build() {
        return change("", () -> WalkRunPlan.generate(TimeInput.seconds(RUN, run.get()), TimeInput.seconds(WALK, walk.get()),
                TimeInput.whole(REPEATS, repeats.get()), TimeInput.whole(SESSIONS, sessions.get()),
                TimeInput.whole(GOAL, goal.get())), made -> words.get("ui-walkrun.built", made.weeks().size(),
                made.goalMinutes()));
    }

    /** Chooses the week to edit (counting from 1; 0 for none) and shows it in the week's fields. */
    public void selectWeek(int number) {
        WalkRunPlan shown = plan.get();
        int chosen = shown == null || number < 1 || number > shown.weeks().size() ? 0 : number;
        week.set(chosen);
        WalkRunWeek w = chosen == 0 ? null : shown.weeks().get(chosen - 1);
        weekRun.set(w == null ? "" : TimeInput.clock(w.runSeconds()));
        weekWalk.set(w == null ? "" : TimeInput.clock(w.walkSeconds()));
        weekRepeats.set(w == null ? "" : Integer.toString(w.repeats()));
        weekSessions.set(w == null ? "" : Integer.toString(w.sessionsPerWeek()));
    }

    /** Saves the chosen week as edited; the weeks after it are built again from it. */
    public boolean saveWeek() {
        int number = week.get();
        if (plan.get() == null || number == 0) {
            return false;
        }
        return change(WEEK + "-", () -> plan.get().edit(new WalkRunWeek(number, TimeInput.seconds(RUN, weekRun.get()),
                TimeInput.seconds(WALK, weekWalk.get()), TimeInput.whole(REPEATS, weekRepeats.get()),
                TimeInput.whole(SESSIONS, weekSessions.get()), false)),
                made -> words.get("ui-walkrun.weekChanged", number));
    }

    /** She had symptoms in the chosen week: the next week repeats it, and the rest moves on from there. */
    public boolean symptomsInWeek() {
        int number = week.get();
        if (plan.get() == null || number == 0) {
            return false;
        }
        return change(WEEK + "-", () -> plan.get().symptomsIn(number),
                made -> words.get("ui-walkrun.symptoms", number + 1));
    }

    public void remove() {
        if (roadmapId == null) {
            return;
        }
        WalkRunPlan removed = plan.get();
        int keep = week.get();
        plan.set(null);
        selectWeek(0);
        message.set(words.get("ui-walkrun.removed"));
        plans.delete(roadmapId, reason -> {
            plan.set(removed);
            selectWeek(keep);
            message.set(words.get("ui-saves.notDeleted", Problems.sentence(words, reason)));
        });
    }

    /** Makes the new plan, saves it and shows it; a problem is shown beside its field and nothing changes. */
    private boolean change(String fieldPrefix, Supplier<WalkRunPlan> make, Function<WalkRunPlan, String> done) {
        problems.clear();
        if (roadmapId == null) {
            return false;
        }
        int keep = week.get();
        try {
            WalkRunPlan made = make.get();
            plan.set(made);
            selectWeek(keep);
            message.set(done.apply(made));
            plans.save(roadmapId, made, reason -> message.set(words.get("ui-saves.failed", Problems.sentence(words, reason))));
            return true;
        } catch (ValidationException e) {
            String field = FIELDS.getOrDefault(e.field(), e.field());
            problems.put(fieldPrefix + field, Problems.sentence(words, e));
            message.set(words.get("ui-walkrun.unchanged"));
            return false;
        }
    }

    // --- properties --------------------------------------------------------------------------------------

    public ObjectProperty<WalkRunPlan> planProperty() {
        return plan;
    }

    /** The plan's weeks as the handout prints them. */
    public ObservableList<List<String>> rows() {
        return rows;
    }

    /** Where edits break the progression rules: for the PT to judge, never refused. */
    /** The table's column headings, in the order of each row's cells. */
    public List<String> headers() {
        return planWords.headers();
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public StringProperty runProperty() {
        return run;
    }

    public StringProperty walkProperty() {
        return walk;
    }

    public StringProperty repeatsProperty() {
        return repeats;
    }

    public StringProperty sessionsProperty() {
        return sessions;
    }

    public StringProperty goalProperty() {
        return goal;
    }

    /** The week being edited, from 1; 0 when none is chosen. */
    public IntegerProperty weekProperty() {
        return week;
    }

    public StringProperty weekRunProperty() {
        return weekRun;
    }

    public StringProperty weekWalkProperty() {
        return weekWalk;
    }

    public StringProperty weekRepeatsProperty() {
        return weekRepeats;
    }

    public StringProperty weekSessionsProperty() {
        return weekSessions;
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
