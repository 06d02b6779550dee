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
