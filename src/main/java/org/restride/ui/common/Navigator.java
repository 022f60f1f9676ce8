package org.restride.ui.common;

/** Moves between sections: features ask for a place; the composition root knows how to get there. */
public interface Navigator {
    void openRoadmap(long roadmapId);

    /** Opens the roadmap in the editor with its handout preview showing, ready to print again. */
    void openRoadmapPreview(long roadmapId);

    void openPatient(long patientId);

    void say(String message);
}
