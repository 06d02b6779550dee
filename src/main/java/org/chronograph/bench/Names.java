package org.chronograph.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.chronograph.extract.EntityKeys;

/**
 * Invented names that sound like those of AI-industry news (companies, people, models, regulators), drawn from a
 * seeded random source. Every stem is used once, so no name is the alias or key of another entity.
 */
final class Names {
    private static final List<String> ONSETS = List.of("b", "br", "c", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "k", "kr",
            "l", "m", "n", "p", "pr", "qu", "r", "s", "st", "t", "tr", "v", "z", "sh", "th");
    private static final List<String> VOWELS = List.of("a", "e", "i", "o", "u", "ae", "io", "ea", "y", "ai", "ou");
    private static final List<String> CODAS = List.of("", "", "", "n", "r", "l", "s", "x", "m", "nd", "rk", "st", "v");
    private static final List<String> COMPANY_SUFFIXES = List.of("Labs", "AI", "Systems", "Robotics", "Technologies",
            "Dynamics", "Research", "Intelligence", "Compute", "Analytics", "Machines", "Networks");
    private static final List<String> GIVEN = List.of("Anna", "David", "Leila", "Marc", "Sofia", "Kenji", "Amara", "Lucas",
            "Nadia", "Oskar", "Priya", "Tomas", "Elena", "Samir", "Clara", "Jonas", "Mei", "Hugo", "Ines", "Rafael", "Yara",
            "Felix", "Chloe", "Mateo", "Aisha", "Julien", "Hana", "Viktor", "Lena", "Omar", "Camille", "Daniel", "Sara",
            "Noah", "Emma", "Ravi", "Lucie", "Arjun", "Maya", "Pierre", "Zofia", "Tariq", "Alice", "Bruno", "Keiko",
            "Martin", "Laura", "Ethan", "Nora", "Paul");
    private static final List<String> BODIES = List.of("Commission", "Authority", "Institute", "Council", "Agency", "Foundation");

    private final SplittableRandom random;
    private final Set<String> used = new HashSet<>();

    Names(SplittableRandom random) {
        this.random = random;
    }

    /** "Vorexa Labs", with its stem "Vorexa" as the alias. */
    String[] company() {
        String stem = stem(2 + random.nextInt(2));
        return new String[] {stem + " " + pick(COMPANY_SUFFIXES), stem};
    }

    /** "Priya Taldoren". */
    String person() {
        return pick(GIVEN) + " " + stem(2 + random.nextInt(2));
    }

    /** "Kalix-3", "Orvo 2.5". */
    String model() {
        String stem = stem(2);
        int major = 1 + random.nextInt(6);
        return random.nextInt(3) == 0 ? stem + " " + major + "." + random.nextInt(10) : stem + "-" + major;
    }

    /** "the Strova Commission". */
    String body() {
        return stem(2) + " " + pick(BODIES);
    }

    private String stem(int syllables) {
        while (true) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < syllables; i++) {
                b.append(pick(ONSETS)).append(pick(VOWELS));
            }
            b.append(pick(CODAS));
            String stem = Character.toUpperCase(b.charAt(0)) + b.substring(1);
            if (used.add(EntityKeys.of(stem).toLowerCase(Locale.ROOT))) {
                return stem;
            }
        }
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
