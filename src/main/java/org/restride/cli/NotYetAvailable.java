package org.restride.cli;

/** A command of the contract whose work has not landed yet: says so, and fails. */
final class NotYetAvailable extends RuntimeException {
    NotYetAvailable(String what) {
        super(what + " is not yet available in this version of Restride.");
    }
}
