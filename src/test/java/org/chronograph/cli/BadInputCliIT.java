package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronograph.graph.Neo4jExtension;
import org.chronograph.graph.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every class of bad input through {@code extract} and {@code ingest}, end to end: one line per failure naming
 * the file (and line, for JSON Lines), the batch goes on, a list at the end, exit code 2 (0 when nothing failed),
 * no stack trace, and {@code --fail-fast} stops at the first.
 */
class BadInputCliIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    @TempDir
    static Path inputs;

    private static Path folder;
    private static Path missing;
    private static Path csv;
    /** Expected failures in input order: the file (with {@code :LINE} for JSON Lines) and the start of the reason. */
    private static final List<String[]> EXPECTED = new ArrayList<>();

    @BeforeAll
    static void writeInputs() throws IOException {
        folder = Files.createDirectories(inputs.resolve("in"));
        write("a-good.md", TemplateCorpus.article(0));
        bad("b-empty.md", new byte[0], "empty file");
        bad("c-blank.txt", "  \n\n \n", "empty file");
        bad("d-binary.md", new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 1, 2, 3}, "binary file (NUL byte at offset 6)");
        byte[] control = new byte[200];
        Arrays.fill(control, (byte) 0x01);
        System.arraycopy("text".getBytes(StandardCharsets.US_ASCII), 0, control, 0, 4);
        bad("e-control.txt", control, "binary file (mostly control characters)");
        bad("f-latin1.md", "Le r\u00e9seau a \u00e9t\u00e9 lanc\u00e9 en mars 2024.".getBytes(StandardCharsets.ISO_8859_1),
                "not UTF-8 (invalid byte at offset 4)");
        bad("g-utf16.txt", "Hello world, this is UTF-16.".getBytes(StandardCharsets.UTF_16), "UTF-16 text is not supported");
        bad("h-big.txt", "A sentence that repeats until the file is too large.\n".repeat(100), "too large (5.2 KiB; limit 4.0 KiB)");
        bad("i-malformed-front-matter.md", "---\ntitle: \"never closed\nlang: en\n---\nThe body is fine.\n",
                "malformed front matter at line 2");
        bad("j-unclosed-front-matter.md", "---\ntitle: Open\nlang: en\n\nThe body never closes the front matter.\n",
                "malformed front matter (opening --- is never closed)");
        // German and Japanese are no bad input: they get the basic pipeline (gazetteer, patterns, triggers)
        write("k-german.txt", "Das Unternehmen hat heute eine neue Version seines Sprachmodells vorgestellt, und die Forscher "
                + "sind mit den Ergebnissen sehr zufrieden. Die Firma wird im nächsten Jahr weitere Mitarbeiter einstellen, "
                + "weil die Nachfrage nach den Produkten und Diensten der Firma stark gestiegen ist.\n");
        write("l-japanese.txt", "人工知能の会社が新しいモデルを発表しました。研究者たちはその性能に驚いています。\n");
        bad("m-numbers.txt", "2024 2025 1234 5678 99 100 42 7 3.14 2.71 1000 2000\n", "undetectable language (use --lang)");
        writeFeed();
        write("o-page.html", "<!DOCTYPE html><html lang=\"en\"><head><title>Brightwave hires</title>"
                + "<style>body { color: red } .secret-style { }</style>"
                + "<script>document.write('injected-script-text'); fetch('/steal')</script></head>"
                + "<body><article><p>Sarah Okafor left Quarzel Labs in May 2024 and joined Brightwave Robotics.</p>"
                + "<script type=\"text/javascript\">var more = 'injected-script-text';</script>"
                + "<p onclick=\"alert('handler-text')\">Brightwave Robotics released Lumen-2 in June 2024.</p>"
                + "<noscript>noscript-text</noscript></article></body></html>");
        Path hostile = folder.resolve("p-x'}) DETACH DELETE n \u202Eevil\u200B\nline.md");
        Files.write(hostile, new byte[0]);
        EXPECTED.add(new String[] {folder.resolve("p-x'}) DETACH DELETE n \\u202Eevil\\u200B\\u000Aline.md").toString(), "empty file"});
        bad("q-only-markup.md", "![figure](https://example.org/f.png)\n\n```\ncode only\n```\n", "no article text");
        bad("r-array.json", "[{\"id\": \"a\", \"text\": \"An array.\"}]\n", "a JSON array is not JSON Lines");
        missing = inputs.resolve("zz-missing.md");
        EXPECTED.add(new String[] {missing.toString(), "no such file or folder"});
        csv = Files.writeString(inputs.resolve("notes.csv"), "a,b\n1,2\n");
        EXPECTED.add(new String[] {csv.toString(), "unsupported file type (expected .md"});
    }

    /** JSON Lines: one good record, then a broken line, a non-object, a record without id, one without text,
     *  a line that is not UTF-8, and a good record in German (read with the basic pipeline). */
    private static void writeFeed() throws IOException {
        String feed = "n-feed.jsonl";
        byte[] notUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'};
        String head = "{\"id\": \"feed-1\", \"lang\": \"en\", \"title\": \"x'}) DETACH DELETE n //\", "
                + "\"text\": \"Kevin Ashdown joined Tessaline AI in March 2023.\"}\n"
                + "{\"id\": \"feed-2\", \"text\": \"broken\n"
                + "[1, 2, 3]\n"
                + "{\"lang\": \"en\", \"text\": \"No id here.\"}\n"
                + "{\"id\": \"feed-5\", \"lang\": \"en\", \"text\": \"   \"}\n";
        String tail = "{\"id\": \"feed-7\", \"lang\": \"de\", \"text\": \"Die Firma hat ein Modell vorgestellt.\"}\n";
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[headBytes.length + notUtf8.length + tailBytes.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(notUtf8, 0, all, headBytes.length, notUtf8.length);
        System.arraycopy(tailBytes, 0, all, headBytes.length + notUtf8.length, tailBytes.length);
        Path file = folder.resolve(feed);
        Files.write(file, all);
        EXPECTED.add(new String[] {file + ":2", "broken JSON ("});
        EXPECTED.add(new String[] {file + ":3", "not a JSON object"});
        EXPECTED.add(new String[] {file + ":4", "missing id"});
        EXPECTED.add(new String[] {file + ":5", "missing text"});
        EXPECTED.add(new String[] {file + ":6", "not UTF-8 (invalid byte at offset " + (headBytes.length + 7) + ")"});
    }

    private static void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static void bad(String name, String content, String reason) throws IOException {
        bad(name, content.getBytes(StandardCharsets.UTF_8), reason);
    }

    private static void bad(String name, byte[] content, String reason) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        EXPECTED.add(new String[] {file.toString(), reason});
    }

    private static String[] arguments(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, folder.toString(), missing.toString(), csv.toString(),
                "--max-bytes", "4096", "--threads", "2"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** Each failure line is "chronograph: FILE: REASON", in input order, then the count and the same list. */
    private static void assertFailureReport(Cli cli) {
        List<String> lines = cli.err().lines().toList();
        assertThat(lines).hasSize(2 * EXPECTED.size() + 1);
        for (int i = 0; i < EXPECTED.size(); i++) {
            String prefix = EXPECTED.get(i)[0] + ": " + EXPECTED.get(i)[1];
            assertThat(lines.get(i)).startsWith("chronograph: " + prefix);
            assertThat(lines.get(EXPECTED.size() + 1 + i)).startsWith("  " + prefix);
        }
        assertThat(lines.get(EXPECTED.size())).isEqualTo("chronograph: " + EXPECTED.size() + " input(s) failed:");
        assertNoStackTrace(cli.err());
    }

    static void assertNoStackTrace(String err) {
        assertThat(err.lines()).noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by:") || l.contains("Exception"));
    }

    @Test
    void extractReportsEachBadInputOnOneLineAndGoesOn() {
        Cli cli = Cli.run(arguments("extract", "--format", "json"));

        assertThat(cli.exitCode()).isEqualTo(2);
        assertFailureReport(cli);
        assertThat(cli.lines()).hasSize(6);
        assertThat(cli.lines().get(0)).contains("\"a-good.md\"", "Sarah Okafor");
        assertThat(cli.lines().get(1)).contains("\"k-german.txt\"", "\"de\"");
        assertThat(cli.lines().get(2)).contains("\"l-japanese.txt\"", "\"ja\"");
        assertThat(cli.lines().get(3)).contains("\"feed-1\"", "Kevin Ashdown", "x'}) DETACH DELETE n //");
        assertThat(cli.lines().get(4)).contains("\"feed-7\"", "\"de\"");
        assertThat(cli.lines().get(5)).contains("\"o-page.html\"", "Sarah Okafor", "Lumen-2")
                .doesNotContain("injected-script-text", "secret-style", "handler-text", "/steal");
    }

    @Test
    void ingestStoresTheGoodArticlesListsTheBadOnesAndExitsWithTwo(TestGraph graph) {
        Cli cli = Cli.run(arguments("ingest", "--uri", graph.uri()));

        assertThat(cli.exitCode()).isEqualTo(2);
        assertFailureReport(cli);
        assertThat(cli.out()).containsPattern("created\\s+6\\b").containsPattern("skipped\\s+" + EXPECTED.size() + "\\b")
                .containsPattern("tokens\\s+[1-9]\\d*\\b").containsPattern("tokens/s, models loaded\\s+[1-9]\\d*\\b");

        Cli again = Cli.run("ingest", folder.resolve("a-good.md").toString(), folder.resolve("o-page.html").toString(),
                "--uri", graph.uri());
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).isEmpty();
        assertThat(again.out()).containsPattern("unchanged\\s+2\\b").doesNotContain("tokens/s"); // nothing extracted

        Cli stats = Cli.run("stats", "--uri", graph.uri());
        assertThat(stats.out()).containsPattern("articles\\s+6\\b");
    }

    @Test
    void failFastStopsAtTheFirstBadInput(TestGraph graph) {
        Cli extract = Cli.run(arguments("extract", "--fail-fast", "--format", "json"));
        assertThat(extract.exitCode()).isEqualTo(2);
        assertThat(extract.lines()).singleElement().asString().contains("\"a-good.md\"");
        assertThat(extract.err().lines()).containsExactly("chronograph: " + EXPECTED.get(0)[0] + ": " + EXPECTED.get(0)[1]);

        Cli ingest = Cli.run(arguments("ingest", "--fail-fast", "--uri", graph.uri()));
        assertThat(ingest.exitCode()).isEqualTo(2);
        assertThat(ingest.err().lines()).containsExactly("chronograph: " + EXPECTED.get(0)[0] + ": " + EXPECTED.get(0)[1]);

        Cli stats = Cli.run("stats", "--uri", graph.uri());
        assertThat(stats.out()).containsPattern("articles\\s+1\\b");
    }

    @Test
    void verboseKeepsTheOneLineReportOfBadInput() {
        Cli cli = Cli.run("extract", folder.resolve("b-empty.md").toString(), folder.resolve("n-feed.jsonl").toString(),
                "--verbose", "--format", "json");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().lines().filter(l -> l.startsWith("chronograph: "))).hasSize(1 + 5 + 1);
        assertNoStackTrace(cli.err());
    }
}
