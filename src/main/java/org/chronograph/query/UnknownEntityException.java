package org.chronograph.query;

import java.util.List;
import java.util.stream.Collectors;
import org.chronograph.ChronographException;

/**
 * No entity has the name, key or alias a query was given; the web layer answers 404. It carries the entities the user
 * may have meant ("did you mean"), also named in its message.
 */
public final class UnknownEntityException extends ChronographException {
    private static final long serialVersionUID = 1L;

    private final transient List<SearchHit> suggestions;

    /** "no entity named 'NAME'". */
    public UnknownEntityException(String name) {
        this(name, List.of());
    }

    /** "no entity named 'NAME' (did you mean Meta, Metaculus?)", or without the question when there is none. */
    public UnknownEntityException(String name, List<SearchHit> suggestions) {
        super("no entity named '" + name + "'" + (suggestions.isEmpty() ? ""
                : " (did you mean " + suggestions.stream().map(UnknownEntityException::label).distinct()
                        .collect(Collectors.joining(", ")) + "?)"));
        this.suggestions = List.copyOf(suggestions);
    }

    /** The entities the user may have meant, closest first; empty when none is near. */
    public List<SearchHit> suggestions() {
        return suggestions;
    }

    /** "Meta", or "Meta (as Facebook)" when an alias matched. */
    private static String label(SearchHit hit) {
        return hit.matched() == null || hit.matched().equals(hit.name()) ? hit.name()
                : hit.name() + " (as " + hit.matched() + ")";
    }
}
