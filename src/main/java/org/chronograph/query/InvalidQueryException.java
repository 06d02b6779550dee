package org.chronograph.query;

import org.chronograph.ChronographException;

/** A query was asked with a bad argument (a date, type, number or entity of the wrong kind); the web layer answers 400. */
public final class InvalidQueryException extends ChronographException {
    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String message) {
        super(message);
    }
}
