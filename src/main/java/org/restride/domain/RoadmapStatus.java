package org.restride.domain;

public enum RoadmapStatus implements Keyed {
    DRAFT, ISSUED;

    public static RoadmapStatus fromKey(String key) {
        return Keyed.fromKey(RoadmapStatus.class, "roadmapStatus", key);
    }
}
