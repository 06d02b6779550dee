package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No Java source builds Cypher: every statement comes from a {@code cypher/*.cypher} file through
 * {@link CypherFiles}, with user values passed as parameters only. A grep over {@code src/main/java}.
 */
class CypherOnlyFromFilesTest {
    private static final Path SOURCES = Path.of("src/main/java");

    /** Where the driver or the embedded API takes a statement: {@code tx.run(}, {@code executableQuery(}, ... */
    private static final Pattern QUERY_CALL = Pattern.compile(
            "\\b(?:tx|session|system|driver|driver\\(\\))\\s*\\.\\s*(?:run|executableQuery|executeTransactionally|execute)\\s*\\(\\s*");

    /** A statement argument that is a file (or a statement of the schema file, read in a loop). */
    private static final Pattern FROM_FILE = Pattern.compile("CypherFiles\\.get\\(|statement\\s*\\)");

    /** A Java string literal. */
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

    /** A Cypher clause inside a string: an upper-case keyword followed by a pattern, a parameter or a name. */
    private static final Pattern CYPHER_CLAUSE = Pattern.compile(
            "\\b(?:MATCH|MERGE|CREATE|DELETE|DETACH|RETURN|UNWIND|SET|REMOVE|CALL|WITH|WHERE|LOAD CSV|FOREACH|SHOW|ALTER|DROP)"
                    + "\\s+(?:\\(|\\$|[a-z]\\w*\\s*[.=:({]|DELETE|USER|CONSTRAINT|INDEX|DATABASE)");

    @Test
    void everyStatementTheDriverRunsComesFromACypherFile() {
        List<String> offending = new ArrayList<>();
        for (Path file : javaFiles()) {
            String text = read(file);
            Matcher call = QUERY_CALL.matcher(text);
            while (call.find()) {
                String argument = text.substring(call.end(), Math.min(text.length(), call.end() + 40));
                if (!FROM_FILE.matcher(argument).lookingAt()) {
                    offending.add(SOURCES.relativize(file) + ":" + line(text, call.start()) + ": " + argument.lines().findFirst().orElse(""));
                }
            }
        }

        assertThat(offending).isEmpty();
    }

    @Test
    void noJavaStringHoldsACypherClause() {
        List<String> offending = new ArrayList<>();
        for (Path file : javaFiles()) {
            String text = withoutComments(read(file));
            Matcher literal = STRING.matcher(text);
            while (literal.find()) {
                if (CYPHER_CLAUSE.matcher(literal.group()).find()) {
                    offending.add(SOURCES.relativize(file) + ":" + line(text, literal.start()) + ": " + literal.group());
                }
            }
        }

        assertThat(offending).isEmpty();
    }

    @Test
    void theChecksFindCypherBuiltInJava() {
        String concatenated = "tx.run(\"MATCH (e:Entity {name: '\" + name + \"'}) RETURN e\")";
        String fromFile = "tx.run(CypherFiles.get(\"entity-find\"), Map.of(\"name\", name))";

        Matcher call = QUERY_CALL.matcher(concatenated);
        assertThat(call.find()).isTrue();
        assertThat(FROM_FILE.matcher(concatenated.substring(call.end())).lookingAt()).isFalse();
        Matcher good = QUERY_CALL.matcher(fromFile);
        assertThat(good.find()).isTrue();
        assertThat(FROM_FILE.matcher(fromFile.substring(good.end())).lookingAt()).isTrue();
        assertThat(CYPHER_CLAUSE.matcher("\"MATCH (n) DETACH DELETE n\"").find()).isTrue();
        assertThat(CYPHER_CLAUSE.matcher("\"MERGE (a:Article {id: '\"").find()).isTrue();
        assertThat(CYPHER_CLAUSE.matcher("\"cannot load article \"").find()).isFalse();
    }

    @Test
    void cypherFilesTakeValuesAsParametersOnly() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("cypher"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList()) {
                String text = read(file);
                // a placeholder for text substitution ({0}, %s, ${name}) would mean the file is a template
                if (text.matches("(?s).*(\\{\\d+}|%s|\\$\\{\\w+}).*")) {
                    offending.add(file.toString());
                }
            }
        }

        assertThat(offending).isEmpty();
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops Javadoc and block comments, which may show Cypher as an example. */
    private static String withoutComments(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
