package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CI runs the README's test command as written, and both README commands find their JDK through one shared script. */
class ReadmeCommandsTest {

    @Test
    void ciRunsExactlyTheReadmesTestCommand() throws IOException {
        List<String> commands = readmeCommands();
        assertThat(commands).hasSize(2);
        String testCommand = commands.get(1);

        List<String> ciCommands = Files.readAllLines(Path.of(".ci/run")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();

        assertThat(testCommand).isEqualTo("./mvnw verify");
        assertThat(ciCommands.get(ciCommands.size() - 1)).isEqualTo(testCommand);
    }

    @Test
    void theLauncherAndTheMavenWrapperShareTheJdkLookup() throws IOException {
        for (String script : List.of("chronograph", "mvnw")) {
            Path file = Path.of(script);
            assertThat(Files.isExecutable(file)).as(script + " is executable").isTrue();
            assertThat(Files.readString(file)).as(script).contains(". \"$here/scripts/jdk.sh\"").contains("use_jdk ");
        }
        assertThat(Files.readString(Path.of("chronograph"))).contains("./mvnw ").doesNotContain(" mvn ");
    }

    /** The commands of the README's "The two commands" block, without their comments. */
    private static List<String> readmeCommands() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## The two commands");
        int start = readme.indexOf("```bash\n", section) + "```bash\n".length();
        int end = readme.indexOf("```", start);
        return readme.substring(start, end).lines().map(l -> l.replaceFirst("\\s+#.*$", "").strip())
                .filter(l -> !l.isEmpty()).toList();
    }
}
