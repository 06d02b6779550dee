package org.chronograph.extract.time;

import org.chronograph.extract.EventDate;
import org.chronograph.extract.time.Periods.Unit;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Calendar arithmetic behind relative expressions. */
class PeriodsTest {

    @Test
    void shiftingKeepsTheUnitPrecision() {
        assertThat(Periods.shift(EventDate.of("2024-11-15"), 2, Unit.YEAR)).isEqualTo(EventDate.of("2026"));
        assertThat(Periods.shift(EventDate.of("2024-11"), 3, Unit.MONTH)).isEqualTo(EventDate.of("2025-02"));
        assertThat(Periods.shift(EventDate.of("2024-Q4"), 1, Unit.QUARTER)).isEqualTo(EventDate.of("2025-Q1"));
        assertThat(Periods.shift(EventDate.of("2024-Q1"), -1, Unit.QUARTER)).isEqualTo(EventDate.of("2023-Q4"));
        assertThat(Periods.shift(EventDate.of("2024-02-28"), 2, Unit.DAY)).isEqualTo(EventDate.of("2024-03-01"));
    }

    @Test
    void shiftingFromACoarserDateGivesNothing() {
        assertThat(Periods.shift(EventDate.of("2024"), 1, Unit.MONTH)).isNull();
        assertThat(Periods.shift(EventDate.of("2024-H2"), 1, Unit.QUARTER)).isNull();
        assertThat(Periods.shift(EventDate.of("2024-05"), 1, Unit.DAY)).isNull();
        assertThat(Periods.shift(null, 1, Unit.YEAR)).isNull();
    }

    @Test
    void namedMonthsAfterOrBeforeADateToldBefore() {
        // "the following March", "the previous October", "the next spring"
        assertThat(Periods.monthFrom(EventDate.of("2020-03"), 3, 1)).isEqualTo(EventDate.of("2021-03"));
        assertThat(Periods.monthFrom(EventDate.of("2023-11"), 3, 1)).isEqualTo(EventDate.of("2024-03"));
        assertThat(Periods.monthFrom(EventDate.of("2020-03-10"), 9, 1)).isEqualTo(EventDate.of("2020-09"));
        assertThat(Periods.monthFrom(EventDate.of("2019"), 2, 1)).isEqualTo(EventDate.of("2020-02"));
        assertThat(Periods.monthFrom(EventDate.of("2020-Q3"), 11, 1)).isEqualTo(EventDate.of("2020-11"));
        assertThat(Periods.monthFrom(EventDate.of("2022-03"), 10, -1)).isEqualTo(EventDate.of("2021-10"));
        assertThat(Periods.monthFrom(EventDate.of("2022-11"), 10, -1)).isEqualTo(EventDate.of("2022-10"));
        assertThat(Periods.monthFrom(null, 3, 1)).isNull();
        assertThat(Periods.seasonFrom(EventDate.of("2018-11"), "spring", 1)).isEqualTo(new EventDate("2019-Q2", "APPROX"));
    }

    @Test
    void namedMonthsAroundThePublicationDate() {
        LocalDate june = LocalDate.of(2025, 6, 18);

        assertThat(Periods.monthAround(june, 6, -1)).isEqualTo(EventDate.of("2024-06"));
        assertThat(Periods.monthAround(june, 3, -1)).isEqualTo(EventDate.of("2025-03"));
        assertThat(Periods.monthAround(june, 6, 1)).isEqualTo(EventDate.of("2026-06"));
        assertThat(Periods.monthAround(june, 9, 1)).isEqualTo(EventDate.of("2025-09"));
    }

    @Test
    void weekdaysAroundThePublicationDate() {
        LocalDate wednesday = LocalDate.of(2025, 6, 18);

        assertThat(Periods.weekday(wednesday, DayOfWeek.WEDNESDAY, 0)).isEqualTo(EventDate.of("2025-06-18"));
        assertThat(Periods.weekday(wednesday, DayOfWeek.WEDNESDAY, -1)).isEqualTo(EventDate.of("2025-06-11"));
        assertThat(Periods.weekday(wednesday, DayOfWeek.FRIDAY, 2)).isEqualTo(EventDate.of("2025-06-20"));
        assertThat(Periods.weekday(wednesday, DayOfWeek.MONDAY, 1)).isEqualTo(EventDate.of("2025-06-23"));
    }

    @Test
    void seasonsAreApproximateQuarters() {
        assertThat(Periods.season(2024, "spring")).isEqualTo(new EventDate("2024-Q2", "APPROX"));
        assertThat(Periods.season(2024, "hiver")).isEqualTo(new EventDate("2024-Q1", "APPROX"));
        assertThat(Periods.seasonAround(LocalDate.of(2025, 4, 2), "summer", -1))
                .isEqualTo(new EventDate("2024-Q3", "APPROX"));
        assertThat(Periods.seasonAround(LocalDate.of(2025, 10, 2), "ete", -1))
                .isEqualTo(new EventDate("2025-Q3", "APPROX"));
    }

    @Test
    void aSeasonIsWrittenOutAsItsYear() {
        assertThat(Periods.seasonYear(Periods.season(2024, "printemps"))).isEqualTo(EventDate.of("2024"));
        assertThat(Periods.seasonYear(Periods.season(2024, "summer"))).isEqualTo(new EventDate("2024", "MID"));
        assertThat(Periods.seasonYear(Periods.season(2023, "automne"))).isEqualTo(new EventDate("2023", "END"));
        assertThat(Periods.seasonYear(Periods.season(2024, "winter"))).isEqualTo(EventDate.of("2024"));
        assertThat(Periods.seasonYear(EventDate.of("2024-05"))).isEqualTo(EventDate.of("2024-05"));
    }

    @Test
    void decadesAreTheirFirstYearApproximatelyOrWithTheirPart() {
        assertThat(Periods.decade("2010", null)).isEqualTo(new EventDate("2010", "APPROX"));
        assertThat(Periods.decade("90", "late")).isEqualTo(new EventDate("1990", "END"));
        assertThat(Periods.decade("20", "début")).isEqualTo(new EventDate("2020", "START"));
        assertThat(Periods.decade(1960, "mid")).isEqualTo(new EventDate("1960", "MID"));
    }

    @Test
    void aPeriodWithoutItsYearTakesItFromTheTenseBeforeAnyDateOfTheArticle() {
        java.time.LocalDate january = java.time.LocalDate.of(2025, 1, 14);
        java.util.function.IntFunction<EventDate> november = y -> Periods.month(y, 11);
        // past: the latest November that began by publication; future: the first not yet over; neither: the nearest
        assertThat(Periods.inContext(new Anchor(EventDate.of(january), january, true, Tense.PAST, EventDate.of(january)), november))
                .isEqualTo(EventDate.of("2024-11"));
        assertThat(Periods.inContext(new Anchor(EventDate.of(january), january, true, Tense.FUTURE, EventDate.of(january)), november))
                .isEqualTo(EventDate.of("2025-11"));
        assertThat(Periods.inContext(new Anchor(EventDate.of(january), january, true, Tense.UNKNOWN, EventDate.of(january)), november))
                .isEqualTo(EventDate.of("2024-11"));
        // after a date of the article, that date's year
        assertThat(Periods.inContext(new Anchor(EventDate.of("2019"), january, false, Tense.PAST, EventDate.of("2019")), november))
                .isEqualTo(EventDate.of("2019-11"));
    }

    @Test
    void impossibleDatesAreRejected() {
        assertThat(Periods.day(2025, 2, 30)).isNull();
        assertThat(Periods.month(2025, 13)).isNull();
        assertThat(Periods.quarter(2025, 5)).isNull();
    }
}
