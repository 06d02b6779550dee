package org.chronograph.extract.time;

import org.chronograph.extract.EventDate;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One compiled pattern and how to turn its matches into dates.
 *
 * @param name     a short name for debugging
 * @param pattern  compiled once, case-insensitive; English month names opt out of that inline
 * @param relative whether the dates depend on the context (an earlier date or the publication date)
 * @param prefix   whether a modifier prefix ("early", "d'ici fin") may or must come right before the match
 * @param gate     the cheap test a sentence must pass before the pattern is run on it
 * @param resolver turns a match into zero or more dated spans; zero means the span is claimed but not a date
 */
record Rule(String name, Pattern pattern, boolean relative, Prefix prefix, Gate gate, Resolver resolver) {
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Whether a rule takes a modifier prefix, looked for backwards from the start of each match. */
    enum Prefix { NONE, OPTIONAL, REQUIRED }

    /** Turns a match into dated spans. */
    @FunctionalInterface
    interface Resolver {
        List<Dated> resolve(MatchResult m, Anchor anchor);
    }

    /** Turns a match into one date for the whole match, or null. */
    @FunctionalInterface
    interface Single {
        EventDate resolve(MatchResult m, Anchor anchor);
    }

    /** A date and the span of the sentence it was read from. */
    record Dated(int start, int end, EventDate date) {
    }

    /** A rule whose whole match is one date. */
    static Rule of(String name, boolean relative, String regex, Single single) {
        return single(name, relative, Prefix.NONE, regex, single);
    }

    /** A rule whose match is one date that an optional prefix ("by", "early") or suffix ("or so") may modify. */
    static Rule modified(String name, boolean relative, String regex, Single single) {
        return single(name, relative, Prefix.OPTIONAL, regex, (m, a) -> Modifiers.apply(m, single.resolve(m, a)));
    }

    /** A rule whose match is one date only right after a modifier prefix ("early May", "fin d'année"). */
    static Rule prefixed(String name, boolean relative, String regex, Single single) {
        return single(name, relative, Prefix.REQUIRED, regex, single);
    }

    /** A rule whose match may give several dates (ranges). */
    static Rule multi(String name, boolean relative, String regex, Resolver resolver) {
        return new Rule(name, Pattern.compile(regex, FLAGS), relative, Prefix.NONE, Gate.ALWAYS, resolver);
    }

    /** A rule that claims vague expressions ("recently") so that nothing inside them is read as a date. */
    static Rule skip(String name, String regex) {
        return new Rule(name, Pattern.compile(regex, FLAGS), false, Prefix.NONE, Gate.ALWAYS, (m, a) -> List.of());
    }

    /**
     * Whether this rule reads a season ("au printemps 2021", "cet été", "the following spring"): its date is chosen as
     * the season's quarter and given out as its year ({@link Periods#seasonYear}). Season rules are named "season...".
     */
    boolean seasonal() {
        return name.startsWith("season");
    }

    /** This rule, run only on sentences that pass {@code g}. */
    Rule gated(Gate g) {
        return new Rule(name, pattern, relative, prefix, g, resolver);
    }

    private static Rule single(String name, boolean relative, Prefix prefix, String regex, Single single) {
        return new Rule(name, Pattern.compile(regex, FLAGS), relative, prefix, Gate.ALWAYS, (m, a) -> {
            EventDate d = single.resolve(m, a);
            return d == null ? List.of() : List.of(new Dated(m.start(), m.end(), d));
        });
    }
}
