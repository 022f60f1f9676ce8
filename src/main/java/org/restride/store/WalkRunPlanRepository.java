package org.restride.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restride.domain.walkrun.WalkRunPlan;
import org.restride.domain.walkrun.WalkRunWeek;

/** The walk–run plan of a roadmap (at most one), saved whole. */
public final class WalkRunPlanRepository {
    private final Database db;

    public WalkRunPlanRepository(Database db) {
        this.db = db;
    }

    /** Saves the plan for the roadmap, replacing any earlier one. */
    public void save(long roadmapId, WalkRunPlan plan) {
        db.write(c -> {
            delete(roadmapId);
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO walk_run_plans (roadmap_id, goal_minutes) VALUES (?, ?)")) {
                st.setLong(1, roadmapId);
                st.setInt(2, plan.goalMinutes());
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO walk_run_weeks (roadmap_id, week, run_seconds, "
                    + "walk_seconds, repeats, sessions_per_week, repeated) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (WalkRunWeek w : plan.weeks()) {
                    st.setLong(1, roadmapId);
                    st.setInt(2, w.week());
                    st.setInt(3, w.runSeconds());
                    st.setInt(4, w.walkSeconds());
                    st.setInt(5, w.repeats());
                    st.setInt(6, w.sessionsPerWeek());
                    st.setInt(7, w.repeated() ? 1 : 0);
                    st.executeUpdate();
                }
            }
            return null;
        });
    }

    public Optional<WalkRunPlan> find(long roadmapId) {
        return db.read(c -> {
            Integer goal = null;
            try (PreparedStatement st = c.prepareStatement("SELECT goal_minutes FROM walk_run_plans WHERE roadmap_id = ?")) {
                st.setLong(1, roadmapId);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        goal = rs.getInt(1);
                    }
                }
            }
            if (goal == null) {
                return Optional.empty();
            }
            List<WalkRunWeek> weeks = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT week, run_seconds, walk_seconds, repeats, sessions_per_week, "
                    + "repeated FROM walk_run_weeks WHERE roadmap_id = ? ORDER BY week")) {
                st.setLong(1, roadmapId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        weeks.add(new WalkRunWeek(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                                rs.getInt(6) == 1));
                    }
                }
            }
            return Optional.of(new WalkRunPlan(goal, weeks));
        });
    }

    public void delete(long roadmapId) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM walk_run_plans WHERE roadmap_id = ?")) {
                st.setLong(1, roadmapId);
                return st.executeUpdate();
            }
        });
    }
}
