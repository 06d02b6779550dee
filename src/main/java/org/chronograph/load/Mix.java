package org.chronograph.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The requests a load test sends: one kind per endpoint and shape, taken in turn by a random draw, each with
 * parameters drawn from the {@link Targets}. The path search is in the mix only when the server has {@code /api/path}.
 */
final class Mix {
    private static final YearMonth FIRST_MONTH = YearMonth.of(2015, 1);
    private static final int MONTHS = 138;

    /** One request: the endpoint kind it counts under, and the path with its query string. */
    record Call(String kind, String path) {
    }

    private record Kind(String name, Function<SplittableRandom, String> path) {
    }

    /** Rows per timeline and moves page, as a page shows them (the benchmark's page size too). */
    static final int PAGE = 100;

    private final List<Kind> kinds = new ArrayList<>();

    Mix(Targets targets, boolean withPath) {
        kinds.add(new Kind("timeline (entity)", r -> "/api/timeline?limit=" + PAGE + "&entity=" + pick(targets.entities(), r)));
        kinds.add(new Kind("timeline (month)", r -> {
            YearMonth month = FIRST_MONTH.plusMonths(r.nextInt(MONTHS));
            return "/api/timeline?limit=" + PAGE + "&from=" + month + "&to=" + month;
        }));
        kinds.add(new Kind("moves (org)", r -> "/api/moves?limit=" + PAGE + "&org=" + pick(targets.orgs(), r)));
        kinds.add(new Kind("flows (org)", r -> "/api/flows?org=" + pick(targets.orgs(), r)));
        kinds.add(new Kind("entities (search)", r -> "/api/entities?limit=20&q=" + fragment(targets.entities(), r)));
        kinds.add(new Kind("related", r -> "/api/related?entity=" + pick(targets.entities(), r)));
        kinds.add(new Kind("career", r -> "/api/career?person=" + pick(targets.people(), r)));
        if (withPath) {
            kinds.add(new Kind("path", r -> "/api/path?from=" + pick(targets.entities(), r) + "&to="
                    + pick(targets.entities(), r)));
        }
    }

    /** The kinds in the mix, in report order. */
    List<String> kinds() {
        return kinds.stream().map(Kind::name).toList();
    }

    /** The next request, each kind equally likely. */
    Call next(SplittableRandom random) {
        return call(kinds.get(random.nextInt(kinds.size())), random);
    }

    /**
     * The first request of client number {@code client}: the kinds in turn, so that every kind is asked as soon as
     * there are as many clients as kinds, however slow the server (a short test on a busy machine may see little more
     * than each client's first request).
     */
    Call first(int client, SplittableRandom random) {
        return call(kinds.get(Math.floorMod(client, kinds.size())), random);
    }

    private static Call call(Kind kind, SplittableRandom random) {
        return new Call(kind.name(), kind.path().apply(random));
    }

    private static String pick(List<String> names, SplittableRandom random) {
        return encode(names.get(random.nextInt(names.size())));
    }

    /**
     * The first three letters (or fewer) of a word of a name, as someone starts typing a name into a search box
     * (the search finds names with a word starting with what was typed).
     */
    private static String fragment(List<String> names, SplittableRandom random) {
        String[] words = names.get(random.nextInt(names.size())).strip().split("\\s+");
        String word = words[random.nextInt(words.length)];
        return encode(word.substring(0, Math.min(word.length(), 3)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
