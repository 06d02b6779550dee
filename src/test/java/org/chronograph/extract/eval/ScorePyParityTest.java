package org.chronograph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java scorer against the reference {@code ../shared/eval/score.py}, figure by figure: on this project's
 * fixtures, on the shared gold scored against itself and against a perturbed copy, and name by name over a sweep
 * of Unicode. Skipped when python3 or the script is absent.
 */
class ScorePyParityTest {
    private static final Path SCRIPT = Path.of("../shared/eval/score.py");
    private static final Path REAL_GOLD = Path.of("../shared/eval/gold");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsPythonAndTheScript() {
        assumeTrue(Files.isRegularFile(SCRIPT), "no " + SCRIPT);
        assumeTrue(python(), "no python3");
    }

    @Test
    void fixturesGiveScorePysFiguresOverallAndPerDocument() {
        Evaluation java = Scorer.evaluate(GoldSet.load(Fixtures.gold(), null), Predictions.load(Fixtures.predictions()));

        JsonNode python = scorePy(Fixtures.gold(), Fixtures.predictions(), "--json", "--per-doc");

        assertThat(differences(python, ScoreJson.toJson(java.overall(), java.documents()))).isEmpty();
        assertThat(python.get("parts").get("moves").get("tp").intValue()).as("the comparison saw real figures").isEqualTo(4);
    }

    @Test
    void fixturesGiveScorePysFiguresPerLanguage() {
        Evaluation java = Scorer.evaluate(GoldSet.load(Fixtures.gold(), null), Predictions.load(Fixtures.predictions()));

        for (Map.Entry<String, Score> lang : java.languages().entrySet()) {
            JsonNode python = scorePy(Fixtures.gold(), Fixtures.predictions(), "--json", "--lang=" + lang.getKey());
            assertThat(differences(python, ScoreJson.toJson(lang.getValue(), null))).as(lang.getKey()).isEmpty();
        }
    }

    @Test
    void realGoldAgainstItselfGivesScorePysFigures() {
        assumeTrue(Files.isDirectory(REAL_GOLD), "no " + REAL_GOLD);
        Evaluation java = Scorer.evaluate(GoldSet.load(REAL_GOLD, null), Predictions.load(REAL_GOLD));

        JsonNode python = scorePy(REAL_GOLD, REAL_GOLD, "--json", "--per-doc");

        assertThat(differences(python, ScoreJson.toJson(java.overall(), java.documents()))).isEmpty();
        Counts entities = java.overall().part(Part.ENTITIES);
        assertThat(entities.tp()).isEqualTo(entities.gold()).isPositive();
    }

    @Test
    void realGoldAgainstAPerturbedCopyGivesScorePysFigures() throws IOException {
        assumeTrue(Files.isDirectory(REAL_GOLD), "no " + REAL_GOLD);
        List<Gold> gold = GoldSet.load(REAL_GOLD, null);
        Path perturbed = tmp.resolve("perturbed.jsonl");
        Files.write(perturbed, perturb(gold, 20261126L).stream().map(JsonNode::toString).toList(), StandardCharsets.UTF_8);
        Evaluation java = Scorer.evaluate(gold, Predictions.load(perturbed));

        JsonNode python = scorePy(REAL_GOLD, perturbed, "--json", "--per-doc");

        assertThat(differences(python, ScoreJson.toJson(java.overall(), java.documents()))).isEmpty();
        for (Map.Entry<String, Score> lang : java.languages().entrySet()) {
            JsonNode pyLang = scorePy(REAL_GOLD, perturbed, "--json", "--lang=" + lang.getKey());
            assertThat(differences(pyLang, ScoreJson.toJson(lang.getValue(), null))).as(lang.getKey()).isEmpty();
        }
        // the perturbation really moved every part away from a perfect score
        for (Part p : Part.values()) {
            assertThat(java.overall().part(p).f1()).as(p.key()).isStrictlyBetween(0.2, 1.0);
        }
        assertThat(java.overall().missing()).isNotEmpty();
    }

    @Test
    void namesNormaliseAsScorePyNormOverAUnicodeSweep() throws IOException {
        List<String> names = new ArrayList<>(List.of("Straße", "ẞ", "Οδυσσέας", "L’Oréal", "Les Échos", "La La Land",
                "the the", "ﬁnance", "Ⅻ", "½", "İstanbul", "ǅemal", "Ｍｅｔａ", "ꭰ", "٣ بنك", "e\u0301", "—", ""));
        int[][] ranges = {{0, 0x3400}, {0xA000, 0xAC00}, {0xF900, 0x10000}, {0x10000, 0x10200}, {0x1D400, 0x1D800},
                {0x1F100, 0x1F200}};
        for (int[] r : ranges) {
            for (int cp = r[0]; cp < r[1]; cp++) {
                if (Character.getType(cp) != Character.UNASSIGNED && Character.getType(cp) != Character.SURROGATE) {
                    names.add("The x" + Character.toString(cp) + "y");
                    names.add(Character.toString(cp) + " é");
                }
            }
        }
        Path in = tmp.resolve("names.json");
        Files.writeString(in, MAPPER.writeValueAsString(names));
        String program = String.join("\n",
                "import importlib.util, json, sys, unicodedata",
                "spec = importlib.util.spec_from_file_location('score', sys.argv[1])",
                "score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)",
                "names = json.load(open(sys.argv[2], encoding='utf-8'))",
                // characters this Python does not know yet (newer Unicode in the JDK) are left out: None
                "known = lambda s: all(unicodedata.category(c) != 'Cn' for c in s)",
                "print(json.dumps([score.norm(n) if known(n) else None for n in names]))");

        JsonNode python = run(List.of("python3", "-c", program, SCRIPT.toString(), in.toString()));

        List<String> wrong = new ArrayList<>();
        int compared = 0;
        for (int i = 0; i < names.size(); i++) {
            if (python.get(i).isNull()) continue;
            compared++;
            String java = Names.norm(names.get(i));
            if (!java.equals(python.get(i).textValue())) {
                wrong.add(names.get(i).codePoints().mapToObj(Integer::toHexString).toList() + ": python '"
                        + python.get(i).textValue() + "', java '" + java + "'");
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(compared).isGreaterThan(30_000);
    }

    // ---- perturbation of the real gold

    private static final List<String> EVENT_TYPES = List.of("RELEASE", "DELAY", "FOUNDING", "JOIN", "DEPARTURE",
            "APPOINTMENT", "ACQUISITION", "FUNDING", "PARTNERSHIP", "LEGAL", "RESTRUCTURING");

    /** Predictions made from the gold by dropping, retyping, renaming, redating and duplicating items. */
    static List<ObjectNode> perturb(List<Gold> gold, long seed) {
        Random rnd = new Random(seed);
        List<ObjectNode> out = new ArrayList<>();
        for (int k = 0; k < gold.size(); k++) {
            if (k % 7 == 3) continue;
            ObjectNode p = gold.get(k).json().deepCopy();
            if (k % 3 == 0) ((ObjectNode) p.get("document")).put("file", "corpus/dev/" + gold.get(k).file());
            p.set("entities", entities((ArrayNode) p.get("entities"), rnd, k));
            p.set("events", events((ArrayNode) p.get("events"), rnd));
            p.set("moves", moves((ArrayNode) p.get("moves"), rnd));
            out.add(p);
        }
        return out;
    }

    private static ArrayNode entities(ArrayNode in, Random rnd, int k) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode n : in) {
            ObjectNode e = (ObjectNode) n.deepCopy();
            double r = rnd.nextDouble();
            if (r < 0.12) continue;
            if (r < 0.24) {
                e.put("type", switch (e.path("type").asText()) {
                    case "Model" -> "Product";
                    case "Product" -> "Model";
                    case "Company" -> "Organization";
                    case "Organization" -> "Company";
                    default -> "Company";
                });
            } else if (r < 0.40) {
                e.put("name", variant(e, rnd));
            } else if (r < 0.48) {
                e.remove("aliases");
            }
            out.add(e);
            if (rnd.nextDouble() < 0.05) out.add(e.deepCopy());
        }
        if (rnd.nextDouble() < 0.5) out.addObject().put("name", "Spurious Corp " + k).put("type", "Company");
        return out;
    }

    private static String variant(ObjectNode e, Random rnd) {
        String name = e.path("name").asText();
        return switch (rnd.nextInt(6)) {
            case 0 -> name.toUpperCase(java.util.Locale.ROOT);
            case 1 -> "The " + name;
            case 2 -> Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            case 3 -> name.replace(' ', '-') + ".";
            case 4 -> {
                JsonNode aliases = e.remove("aliases");
                yield aliases != null && !aliases.isEmpty() ? aliases.get(0).asText() : name + " Inc";
            }
            default -> name.substring(0, Math.max(1, name.length() / 2));
        };
    }

    private static ArrayNode events(ArrayNode in, Random rnd) {
        List<JsonNode> list = new ArrayList<>();
        in.forEach(list::add);
        Collections.shuffle(list, rnd);
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode n : list) {
            ObjectNode e = (ObjectNode) n.deepCopy();
            double r = rnd.nextDouble();
            if (r < 0.10) continue;
            if (r < 0.20) {
                e.put("type", EVENT_TYPES.get(rnd.nextInt(EVENT_TYPES.size())));
            } else if (r < 0.40) {
                redate(e, rnd);
            } else if (r < 0.50) {
                ArrayNode ps = (ArrayNode) e.get("participants");
                ArrayNode kept = e.putArray("participants");
                if (ps != null && !ps.isEmpty()) kept.add(rnd.nextBoolean() ? ps.get(0).asText().toLowerCase(java.util.Locale.ROOT) : ps.get(ps.size() - 1).asText());
            }
            out.add(e);
            if (rnd.nextDouble() < 0.08) out.add(e.deepCopy());
        }
        return out;
    }

    private static ArrayNode moves(ArrayNode in, Random rnd) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode n : in) {
            ObjectNode m = (ObjectNode) n.deepCopy();
            double r = rnd.nextDouble();
            if (r < 0.15) continue;
            if (r < 0.30) {
                m.putNull("to");
            } else if (r < 0.50) {
                redate(m, rnd);
            } else if (r < 0.60) {
                JsonNode from = m.get("from");
                m.set("from", m.get("to"));
                m.set("to", from);
            }
            out.add(m);
        }
        return out;
    }

    private static void redate(ObjectNode item, Random rnd) {
        JsonNode date = item.get("date");
        String value = date != null && date.has("value") ? date.get("value").asText() : null;
        switch (rnd.nextInt(4)) {
            case 0 -> item.putNull("date");
            case 1 -> item.putObject("date").put("value", value == null ? "2020" : (Integer.parseInt(value.substring(0, 4)) + 1) + value.substring(4));
            case 2 -> item.putObject("date").put("value", value == null ? 2019 : Integer.parseInt(value.substring(0, 4)));
            default -> item.putObject("date").put("value", value == null ? "2021-06" : value.substring(0, 4) + "-07");
        }
    }

    // ---- running score.py and comparing

    private static boolean python() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static JsonNode scorePy(Path gold, Path predictions, String... flags) {
        List<String> command = new ArrayList<>(List.of("python3", SCRIPT.toString(), gold.toString(), predictions.toString()));
        command.addAll(List.of(flags));
        return run(command);
    }

    private static JsonNode run(List<String> command) {
        try {
            Path err = Files.createTempFile("score-py", ".err");
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError(command.get(1) + " failed: " + Files.readString(err));
            }
            Files.deleteIfExists(err);
            return MAPPER.readTree(out);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Every path where the two trees differ (numbers compared by value, field order ignored). */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        diff("$", expected, actual, out);
        return out;
    }

    private static void diff(String path, JsonNode e, JsonNode a, List<String> out) {
        if (e == null || a == null) {
            if (e != a) out.add(path + ": python " + e + ", java " + a);
        } else if (e.isNumber() && a.isNumber()) {
            if (e.doubleValue() != a.doubleValue()) out.add(path + ": python " + e + ", java " + a);
        } else if (e.isObject() && a.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            e.fieldNames().forEachRemaining(keys::add);
            a.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) diff(path + "." + k, e.get(k), a.get(k), out);
        } else if (e.isArray() && a.isArray()) {
            if (e.size() != a.size()) out.add(path + ": python " + e.size() + " items, java " + a.size());
            Iterator<JsonNode> ie = e.iterator();
            Iterator<JsonNode> ia = a.iterator();
            for (int i = 0; ie.hasNext() && ia.hasNext(); i++) diff(path + "[" + i + "]", ie.next(), ia.next(), out);
        } else if (!e.equals(a)) {
            out.add(path + ": python " + e + ", java " + a);
        }
    }
}
