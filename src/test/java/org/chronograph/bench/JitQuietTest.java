package org.chronograph.bench;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class JitQuietTest {
    @Test
    void theCompilerIsQuietWhenItTookAtMostASmallShareOfTheRound() {
        assertThat(JitQuiet.quiet(0, 50)).isTrue();
        assertThat(JitQuiet.quiet(1, 100)).isTrue();
        assertThat(JitQuiet.quiet(5, 100)).isFalse();
    }

    @Test
    void theWarmUpMakesItsFirstCallsAndNoMoreThanItMayAdd() {
        AtomicInteger calls = new AtomicInteger();
        int made = JitQuiet.warmUp(30, 250, calls::incrementAndGet);
        assertThat(made).isEqualTo(calls.get()).isBetween(30, 30 + 200);
        assertThat((made - 30) % JitQuiet.ROUND).isZero();
        AtomicInteger few = new AtomicInteger();
        assertThat(JitQuiet.warmUp(7, 50, few::incrementAndGet)).isEqualTo(7).isEqualTo(few.get());
    }
}
