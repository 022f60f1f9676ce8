package org.restride.store;

/** An exercise as a line in a list of search results: enough to show and pick it; the whole exercise is read on demand. */
public record ExerciseListing(String id, String name, String summary, boolean builtIn, boolean archived) {
}
