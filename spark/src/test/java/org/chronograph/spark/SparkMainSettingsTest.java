package org.chronograph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A flag wins over its Spark configuration key, a key over the environment, and both over the default. */
class SparkMainSettingsTest {

    private static SparkMain parsed(String... args) {
        SparkMain main = new SparkMain();
        new CommandLine(main).parseArgs(args);
        return main;
    }

    @Test
    void aFlagWinsOverItsKeyAndAKeyOverTheDefault() {
        SparkConf conf = new SparkConf(false)
                .set("spark.chronograph.batch", "5")
                .set("spark.chronograph.writers", "3")
                .set("spark.chronograph.out", "/tmp/facts");

        JobSettings settings = parsed("--batch", "7", "corpus").settings(conf, Map.of(), "local[2]");

        assertThat(settings.batch()).as("flag").isEqualTo(7);
        assertThat(settings.writers()).as("key").isEqualTo(3);
        assertThat(settings.partitions()).as("default").isZero();
        assertThat(settings.out()).as("key").isEqualTo("/tmp/facts");
        assertThat(settings.graph()).as("no --uri, no --data").isNull();
    }

    @Test
    void theUriComesFromTheKeyBeforeTheEnvironmentAndTheUserDefaultsToNeo4j() {
        SparkConf conf = new SparkConf(false).set("spark.chronograph.neo4j.uri", "neo4j://conf:7687")
                .set("spark.chronograph.neo4j.retrySeconds", "9");

        JobSettings settings = parsed("corpus").settings(conf, Map.of("NEO4J_URI", "neo4j://env:7687"), "local[2]");

        assertThat(settings.graph().uri()).isEqualTo("neo4j://conf:7687");
        assertThat(settings.graph().user()).isEqualTo("neo4j");
        assertThat(settings.graph().retrySeconds()).isEqualTo(9);
    }

    @Test
    void anEmbeddedDatabaseNeedsALocalMaster() {
        assertThatThrownBy(() -> parsed("--data", "/tmp/db", "corpus").settings(new SparkConf(false), Map.of(), "spark://host:7077"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a local master");
    }
}
