package org.chronograph.extract.time;

import org.chronograph.extract.EventDate;
import org.chronograph.extract.time.Periods.Unit;

import java.util.regex.MatchResult;

/** Resolution of relative expressions shared by the English and French rules. */
final class Relatives {
    private Relatives() {
    }

    /** Unit named by an English or French word ("years", "mois", "trimestre"); decades count in years. */
    static Unit unit(String word) {
        String k = Text.key(word);
        if (k.startsWith("dec") || k.startsWith("y") || k.startsWith("an")) return Unit.YEAR;
        if (k.startsWith("q") || k.startsWith("tri")) return Unit.QUARTER;
        if (k.startsWith("mo")) return Unit.MONTH;
        if (k.startsWith("w") || k.startsWith("sem")) return Unit.WEEK;
        return Unit.DAY;
    }

    /** The count in group {@code n}, in units of group {@code u} (a decade is ten years); null when vague. */
    static Integer count(MatchResult m) {
        Integer n = NumberWords.cardinal(Text.group(m, "n"));
        if (n == null || n == NumberWords.VAGUE) return null;
        String u = Text.group(m, "u");
        return u != null && Text.key(u).startsWith("dec") ? n * 10 : n;
    }

    /** {@code n} units after the narrative anchor ("two years later"); negative for "earlier". */
    static EventDate narrative(Anchor a, Integer n, Unit unit) {
        return n == null ? null : Periods.shift(a.narrative(), n, unit);
    }

    /**
     * Units counted from the narrative anchor ("two years later"; {@code sign} -1 for "earlier"), or, for a vague
     * count ("quelques mois plus tard", "a few weeks later"), the anchor's year when a few such units (three months,
     * six weeks, ten days) from its month or day stay in that year: the annotations date such an event by its year
     * ("Quelques semaines plus tard" after "le 4 mars 2025": 2025). Null (claimed, no date) when the count is vague in
     * years or quarters, when the anchor has no month, or is only the publication day.
     */
    static EventDate counted(Anchor a, MatchResult m, int sign) {
        Integer n = NumberWords.cardinal(Text.group(m, "n"));
        Unit u = unit(Text.group(m, "u"));
        if (n == null || n != NumberWords.VAGUE) return narrative(a, n == null ? null : sign * count(m), u);
        if (u == Unit.YEAR || u == Unit.QUARTER) return null;
        int few = switch (u) {
            case MONTH -> 3;
            case WEEK -> 6;
            default -> 10;
        };
        return yearStill(a, sign * few, u);
    }

    /** The narrative anchor's year when {@code n} units from its month or day stay in it; else null. */
    private static EventDate yearStill(Anchor a, int n, Unit u) {
        EventDate base = a.narrative();
        if (base == null) return null;
        if (a.published() != null && base.precision() == EventDate.Precision.DAY && base.start().equals(a.published())) return null;
        if (base.precision() != EventDate.Precision.MONTH && base.precision() != EventDate.Precision.DAY) return null;
        EventDate shifted = Periods.fromDay(n > 0 ? base.end() : base.start(), n, u);
        return shifted == null || shifted.year() != base.year() ? null : Periods.year(base.year());
    }

    /** {@code n} units from the publication date ("three years ago" is -3); null without a publication date. */
    static EventDate published(Anchor a, Integer n, Unit unit) {
        return n == null || a.published() == null ? null : Periods.fromDay(a.published(), n, unit);
    }

    /**
     * The anchor's period of this unit when the anchor is a date the text told, not the publication day it falls back
     * to ("the year the company bought X" names no year before any date of the article).
     */
    static EventDate sameAsTold(Anchor a, Unit unit) {
        EventDate n = a.narrative();
        if (n == null || a.published() != null && n.precision() == EventDate.Precision.DAY && n.start().equals(a.published())) return null;
        return same(a, unit);
    }

    /** The anchor's period of this unit ("that year", "the same month"). */
    static EventDate same(Anchor a, Unit unit) {
        return Periods.truncate(a.narrative(), unit);
    }
}
