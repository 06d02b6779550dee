package org.chronograph.source;

/** Signals, inside the reader, that one input cannot be read; becomes an {@link InputProblem}. */
final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message one-line, user-facing reason, without the source name */
    BadInputException(String message) {
        super(message);
    }
}
