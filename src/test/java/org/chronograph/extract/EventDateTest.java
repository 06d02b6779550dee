package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDateTest {

    @Test
    void knowsThePrecisionAndSpanOfEachValueShape() {
        assertThat(EventDate.of("2025").precision()).isEqualTo(EventDate.Precision.YEAR);
        assertThat(EventDate.of("2025-Q3").start()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(EventDate.of("2025-Q3").end()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(EventDate.of("2024-H2").start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(EventDate.of("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(EventDate.of("2019-07-09").precision()).isEqualTo(EventDate.Precision.DAY);
    }

    @Test
    void sortsMidYearAfterEarlyYear() {
        EventDate early = new EventDate("2025", "START");
        EventDate mid = new EventDate("2025", "MID");
        EventDate end = new EventDate("2025", "END");
        assertThat(early.sortKey()).isBefore(mid.sortKey());
        assertThat(mid.sortKey()).isBefore(end.sortKey());
    }

    @Test
    void rejectsValuesOutsideTheContract() {
        assertThatThrownBy(() -> EventDate.of("2025-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventDate("2025", "SOON")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entityKeysAreTheSameAcrossAccentsCaseAndPunctuation() {
        assertThat(EntityKeys.of("Timothée Lacroix")).isEqualTo(EntityKeys.of("TIMOTHEE LACROIX")).isEqualTo("timothee-lacroix");
        assertThat(EntityKeys.of("GPT-3.5")).isEqualTo("gpt-3-5");
        assertThatThrownBy(() -> EntityKeys.of("—")).isInstanceOf(IllegalArgumentException.class);
    }
}
