package org.chronograph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswersTest {

    private static Answers.Answer answer(String text) {
        return new Answers.Answer(WebServer.JSON, text.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void identicalRequestsUnderWayShareOneComputation() throws Exception {
        // Given a request whose answer is being computed, held until released
        Answers answers = new Answers(1 << 20);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        String tag = Answers.tag("v1", "/api/timeline?from=2020-03");
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Answers.Answer> first = threads.submit(() -> answers.get("/api/timeline?from=2020-03", tag, () -> {
                computed.incrementAndGet();
                computing.countDown();
                await(release);
                return answer("[1]");
            }));
            computing.await();
            // When nine more identical requests come meanwhile
            List<Future<Answers.Answer>> others = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                others.add(threads.submit(() -> answers.get("/api/timeline?from=2020-03", tag, () -> {
                    computed.incrementAndGet();
                    return answer("[2]");
                })));
            }
            Thread.sleep(50);
            release.countDown();

            // Then all ten get the one answer, computed once
            assertThat(new String(first.get().body(), StandardCharsets.UTF_8)).isEqualTo("[1]");
            for (Future<Answers.Answer> other : others) {
                assertThat(new String(other.get().body(), StandardCharsets.UTF_8)).isEqualTo("[1]");
            }
        }
        assertThat(computed).hasValue(1);
        long[] counts = answers.counts();
        assertThat(counts[0] + counts[1]).isEqualTo(9);
        assertThat(counts[2]).isEqualTo(1);
    }

    @Test
    void aNewGraphVersionIsComputedAgain() {
        // Given an answer kept under version v1
        Answers answers = new Answers(1 << 20);
        String request = "/api/stats?";
        answers.get(request, Answers.tag("v1", request), () -> answer("{\"events\": 1}"));

        // When the graph changes (v2), the same request is computed again; under v1 it is the kept one
        Answers.Answer v2 = answers.get(request, Answers.tag("v2", request), () -> answer("{\"events\": 2}"));

        // Then
        assertThat(new String(v2.body(), StandardCharsets.UTF_8)).isEqualTo("{\"events\": 2}");
        assertThat(Answers.tag("v1", request)).isNotEqualTo(Answers.tag("v2", request));
    }

    @Test
    void aFailureReachesTheRequestAndIsNotKept() {
        // Given a computation that fails
        Answers answers = new Answers(1 << 20);
        String request = "/api/entity?name=nobody";
        String tag = Answers.tag("v1", request);
        assertThatThrownBy(() -> answers.get(request, tag, () -> {
            throw new IllegalStateException("no entity named 'nobody'");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("nobody");

        // Then the next identical request computes again (nothing kept, nothing left under way)
        assertThat(new String(answers.get(request, tag, () -> answer("{}")).body(), StandardCharsets.UTF_8)).isEqualTo("{}");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
