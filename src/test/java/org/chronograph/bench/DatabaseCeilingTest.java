package org.chronograph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DatabaseCeilingTest {

    @Test
    void aGraphsFactRateIsTheTimeWeightedMixOfTheNodeAndRelationshipRates() {
        DatabaseCeiling.Figures figures = new DatabaseCeiling.Figures(1000, 30_000, 15_000);

        assertThat(figures.factsPerSecond(0.5)).isCloseTo(20_000, within(0.01));
        assertThat(figures.factsPerSecond(0.0)).isCloseTo(30_000, within(0.01));
        assertThat(figures.factsPerSecond(1.0)).isCloseTo(15_000, within(0.01));
    }
}
