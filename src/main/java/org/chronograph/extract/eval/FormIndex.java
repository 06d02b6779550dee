package org.chronograph.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One side's entity list as an index from a normalised name form to every form of the entities that have it
 * (the name and the aliases), so that "Meta Platforms" and "Meta" meet when an entity lists both.
 */
final class FormIndex {
    private final Map<String, Set<String>> forms = new HashMap<>();

    private FormIndex() {
    }

    /** The index of an {@code entities} list (a missing or empty list gives an empty index). */
    static FormIndex of(List<JsonNode> entities) {
        FormIndex index = new FormIndex();
        for (JsonNode e : entities) {
            Set<String> own = new LinkedHashSet<>();
            own.add(Names.norm(Py.strOrNull(Py.get(e, "name"))));
            for (JsonNode alias : Py.items(Py.get(e, "aliases"))) {
                own.add(Names.norm(Py.strOrNull(alias)));
            }
            own.remove("");
            for (String f : own) {
                index.forms.computeIfAbsent(f, k -> new LinkedHashSet<>()).addAll(own);
            }
        }
        return index;
    }

    /** Every form of the entity a name refers to; the name's own form when the list does not know it. */
    Set<String> formsOf(JsonNode name) {
        String f = Names.norm(Py.strOrNull(name));
        Set<String> known = forms.get(f);
        if (known != null) {
            return known;
        }
        return f.isEmpty() ? Set.of() : Set.of(f);
    }

    /** True when two sets of forms share one. */
    static boolean meet(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String f : small) {
            if (large.contains(f)) {
                return true;
            }
        }
        return false;
    }
}
