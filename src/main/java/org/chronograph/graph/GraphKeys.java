package org.chronograph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;
import org.chronograph.extract.EventDate;
import org.chronograph.extract.EventType;

/**
 * Keys of event and move nodes: a hash of what makes two reports the same fact, so that the English and
 * French versions of one story merge, and a fact reported with two different dates stays two nodes.
 */
public final class GraphKeys {
    private GraphKeys() {
    }

    /** Hash of the type, the sorted distinct participant entity keys and the date value (not its modifier). */
    public static String event(EventType type, Collection<String> participantKeys, EventDate date) {
        return hash("event", type.name(), String.join(",", new TreeSet<>(participantKeys)), value(date));
    }

    /** Hash of the person, the organization left, the one joined (either may be {@code null}) and the date value. */
    public static String move(String personKey, String fromKey, String toKey, EventDate date) {
        return hash("move", personKey, fromKey == null ? "" : fromKey, toKey == null ? "" : toKey, value(date));
    }

    private static String value(EventDate date) {
        return date == null ? "" : date.value();
    }

    private static String hash(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] bytes = digest.digest(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(bytes, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
