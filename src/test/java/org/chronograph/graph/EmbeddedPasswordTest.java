package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPasswordTest {

    @TempDir
    Path dir;

    @Test
    void theFirstUseGeneratesAPasswordReadableByTheOwnerOnlyAndLaterUsesReadIt() throws IOException {
        EmbeddedPassword.Password first = EmbeddedPassword.readOrCreate(dir);
        EmbeddedPassword.Password second = EmbeddedPassword.readOrCreate(dir);

        assertThat(first.created()).isTrue();
        assertThat(first.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(second.created()).isFalse();
        assertThat(second.value()).isEqualTo(first.value());
        assertThat(EmbeddedPassword.read(dir)).contains(first.value());
        Path file = dir.resolve(EmbeddedPassword.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first.toString()).doesNotContain(first.value());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly(EmbeddedPassword.FILE);
        }
    }

    @Test
    void twoDataDirectoriesGetTwoPasswords(@TempDir Path other) {
        assertThat(EmbeddedPassword.readOrCreate(dir).value()).isNotEqualTo(EmbeddedPassword.readOrCreate(other).value());
    }

    @Test
    void firstUsesAtTheSameMomentAgreeOnOnePassword() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<EmbeddedPassword.Password>> calls = IntStream.range(0, 8)
                    .<Callable<EmbeddedPassword.Password>>mapToObj(i -> () -> EmbeddedPassword.readOrCreate(dir)).toList();
            List<EmbeddedPassword.Password> passwords = pool.invokeAll(calls).stream().map(EmbeddedPasswordTest::get).toList();

            assertThat(passwords.stream().map(EmbeddedPassword.Password::value).distinct()).hasSize(1);
            assertThat(passwords.stream().filter(EmbeddedPassword.Password::created)).hasSize(1);
            assertThat(EmbeddedPassword.read(dir)).contains(passwords.get(0).value());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDataDirectoryWithoutTheFileHasNoPassword() {
        assertThat(EmbeddedPassword.read(dir)).isEmpty();
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
