package org.chronograph.graph;

import java.io.PrintStream;
import java.util.Locale;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Data migrations applied when a graph is opened, after its schema: what a newer Chronograph reads that a graph
 * written by an older one lacks. Each is idempotent, runs once per graph (then marked done on its {@code GraphState}
 * node) and says on standard error what it did and how long it took when it had work to do. Today one: the entity's
 * key and the event's sort date on every INVOLVES link, for the index of an entity's timeline.
 */
final class GraphMigrations {
    private GraphMigrations() {
    }

    /**
     * Applies the migrations the graph still needs. Two processes opening the same old graph at once both migrate (each
     * link is written once whoever gets there first); one that loses a lock to the other tries again once.
     */
    static void apply(Driver driver, String target, PrintStream notices) {
        try {
            applyOnce(driver, target, notices);
        } catch (org.neo4j.driver.exceptions.TransientException e) {
            applyOnce(driver, target, notices);
        }
    }

    private static void applyOnce(Driver driver, String target, PrintStream notices) {
        Record due = driver.executableQuery(CypherFiles.get("migrations-due")).execute().records().get(0);
        if (!due.get("involvesTimeline").asBoolean()) {
            return;
        }
        boolean needed = !driver.executableQuery(CypherFiles.get("migrate-involves-timeline-needed")).execute()
                .records().isEmpty();
        if (needed) {
            notices.println("chronograph: migrating " + target + ": each event's links to its participants get the "
                    + "entity's key and the event's date, for the index of an entity's timeline (once)...");
            notices.flush();
            long start = System.nanoTime();
            long migrated;
            try (Session session = driver.session()) {
                // CALL ... IN TRANSACTIONS runs only in an auto-commit transaction
                migrated = session.run(CypherFiles.get("migrate-involves-timeline")).single().get("migrated").asLong();
            }
            notices.println(String.format(Locale.ROOT, "chronograph: migrated %d links in %.1f s", migrated,
                    (System.nanoTime() - start) / 1e9));
            notices.flush();
        }
        driver.executableQuery(CypherFiles.get("migrated-involves-timeline")).execute();
    }
}
