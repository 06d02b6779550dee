package org.chronograph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.chronograph.ChronographException;

/**
 * The password of the embedded database: generated at random on first use and kept in {@value #FILE} in its data
 * directory, readable and writable by the owner only (0600). Every Chronograph command that uses the data directory
 * reads it, so the user never types it; other clients (cypher-shell, Neo4j Browser, drivers) take it from the file.
 */
public final class EmbeddedPassword {
    /** Name of the file, in the data directory, that holds the password of the embedded database's user. */
    public static final String FILE = "bolt.password";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbeddedPassword() {
    }

    /**
     * A password for the embedded database and whether it was just generated (then the database must be given it).
     *
     * @param value   the password
     * @param created true when this call generated it (first use of the data directory with authentication)
     */
    public record Password(String value, boolean created) {
        @Override
        public String toString() {
            return "Password[***, created=" + created + "]";
        }
    }

    /** The password file of a data directory. */
    public static Path file(Path dataDir) {
        return dataDir.resolve(FILE);
    }

    /**
     * The password stored in the data directory, if it has one.
     *
     * @throws ChronographException when the file exists and cannot be read (another user's data directory)
     */
    public static Optional<String> read(Path dataDir) {
        Path file = file(dataDir);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String value = Files.readString(file, StandardCharsets.UTF_8).strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        } catch (IOException e) {
            throw new ChronographException("cannot read the password of the embedded database in " + file
                    + " (it is readable by its owner only): " + e.getMessage(), e);
        }
    }

    /**
     * The stored password, or a new random one written to the file (created with owner-only permissions, never
     * replacing a file another process wrote at the same moment).
     *
     * @throws ChronographException when the file can be neither read nor written
     */
    public static Password readOrCreate(Path dataDir) {
        Optional<String> stored = read(dataDir);
        if (stored.isPresent()) {
            return new Password(stored.get(), false);
        }
        Path file = file(dataDir);
        Path draft = null;
        try {
            Files.createDirectories(dataDir);
            String value = generate();
            draft = ownerOnlyDraft(dataDir);
            Files.writeString(draft, value + "\n", StandardCharsets.UTF_8);
            try {
                // a hard link either creates the name or fails: two first uses at once agree on one password
                Files.createLink(file, draft);
                return new Password(value, true);
            } catch (FileAlreadyExistsException e) {
                return new Password(read(dataDir).orElseThrow(() -> e), false);
            } catch (UnsupportedOperationException | IOException e) {
                Files.move(draft, file);
                draft = null;
                return new Password(value, true);
            }
        } catch (IOException e) {
            throw new ChronographException("cannot write the password of the embedded database to " + file + ": "
                    + e.getMessage(), e);
        } finally {
            if (draft != null) {
                try {
                    Files.deleteIfExists(draft);
                } catch (IOException e) {
                    // a leftover draft holds a password nobody uses, readable by the owner only
                }
            }
        }
    }

    /** 32 random bytes, URL-safe Base64 without padding: 43 characters any shell or URL takes as they are. */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A new empty file beside the password file, readable and writable by the owner only. */
    private static Path ownerOnlyDraft(Path dataDir) throws IOException {
        try {
            return Files.createTempFile(dataDir, FILE + ".", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            return Files.createTempFile(dataDir, FILE + ".", ".tmp"); // not a POSIX file system: its own rules apply
        }
    }
}
