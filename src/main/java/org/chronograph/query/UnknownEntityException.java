package org.chronograph.query;

import org.chronograph.ChronographException;

/** No entity has the name, key or alias a query was given; the web layer answers 404. */
public final class UnknownEntityException extends ChronographException {
    private static final long serialVersionUID = 1L;

    /** "no entity named 'NAME'". */
    public UnknownEntityException(String name) {
        super("no entity named '" + name + "'");
    }
}
