package org.chronograph;

/**
 * The one unchecked project exception: carries a message fit to show a user on one line.
 * Adapters (CLI, web) translate it into exit codes and HTTP statuses.
 */
public class ChronographException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ChronographException(String message) {
        super(message);
    }

    public ChronographException(String message, Throwable cause) {
        super(message, cause);
    }
}
