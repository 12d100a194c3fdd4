package io.github.jixiao.lint;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.ScoreInput;
import io.github.jixiao.score.ScoreSheet;
import io.github.jixiao.score.Scorer;
import io.github.jixiao.validate.SchemaCatalog;
import io.github.jixiao.validate.SchemaValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rule fixtures: {@code rules/<rule-id>/flags/*.json} must give at least one finding of the rule (exactly the
 * ones in a sidecar {@code <name>.expected.json} when there is one: rule, pointer, severity, and the file and the
 * message key when the sidecar gives them), {@code rules/<rule-id>/passes/*.json}
 * none. A fixture is a bundle {@code {"department": {...}, "indicators": {...}, ...}}, each value a whole
 * document naming its {@code $schema}; an optional {@code "$scores"} entry gives a hand-made score sheet for
 * rules that read one; an optional {@code "$unreadable"} entry lists the workbook cells an import could not read, as
 * the import's sidecar does ({@code [{"ref", "cell", "text", "merged", "key"}]}).
 */
public final class RuleFixtures {
    private RuleFixtures() {
    }

    public static final String FLAGS = "flags";
    public static final String PASSES = "passes";
    private static final String EXPECTED_SUFFIX = ".expected.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final SchemaValidator VALIDATOR = new SchemaValidator();

    /** One finding a sidecar expects. */
    private static List<String> strings(tools.jackson.databind.JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        for (tools.jackson.databind.JsonNode v : array) {
            out.add(v.asString());
        }
        return out;
    }

    /** A finding a sidecar expects; {@code args}, where the sidecar gives them, the finding's arguments in full (else null). */
    public record Expected(String rule, String pointer, String severity, String file, String key, List<String> args) {
    }

    /** A loaded fixture. */
    public record Fixture(String ruleId, String kind, String name, Path path, Submission submission, ScoreSheet sheet,
            List<Finding> scoringFindings, List<Expected> expected, List<Finding> schemaFindings, List<UnreadableCell> unreadable) {
        /** "rules/<id>/<kind>/<name>.json" */
        public String relative() {
            return "rules/" + ruleId + "/" + kind + "/" + name + ".json";
        }
    }

    /** The folder holding {@code rules/}: the test class path. */
    public static Path root() {
        try {
            return Path.of(RuleFixtures.class.getResource("/rules").toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resources rules/ not on the class path", e);
        }
    }

    /** Fixture files of one rule and kind, sorted by name. */
    public static List<Path> files(String ruleId, String kind) {
        Path dir = root().resolve(ruleId).resolve(kind);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().endsWith(EXPECTED_SUFFIX))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rule ids that have a fixture folder. */
    public static List<String> ruleIdsWithFixtures() {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Fixture load(String ruleId, String kind, Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".json".length());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SubmissionLoader.Loaded loaded = new SubmissionLoader().parse(bytes, "rules/" + ruleId + "/" + kind + "/" + fileName);
        if (loaded.document() == null) {
            throw new IllegalStateException(file + " does not parse: " + loaded.findings());
        }
        JsonNode bundle = loaded.document().root();
        Map<String, JsonDocument> docs = new LinkedHashMap<>();
        List<Finding> schema = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : bundle.properties()) {
            String role = e.getKey();
            if (role.startsWith("$")) {
                continue;
            }
            if (!SchemaCatalog.ROLES.contains(role)) {
                throw new IllegalStateException(file + ": unknown role " + role);
            }
            JsonNode sub = e.getValue();
            String schemaId = sub.path("$schema").isString() ? sub.path("$schema").asString() : null;
            JsonDocument doc = new JsonDocument(role + ".json", schemaId, sub);
            docs.put(role, doc);
            schema.addAll(VALIDATOR.validate(doc));
        }
        Submission submission = new Submission(docs);
        // as the engine: score whenever there is a department profile; "$scores" replaces the sheet
        ScoreSheet sheet = null;
        List<Finding> scoring = List.of();
        if (docs.containsKey("department")) {
            // as the engine: the framework loaded, the rows' 一级 inferred from their 二级 where its taxonomy tells it
            Scorer scorer = new Scorer();
            io.github.jixiao.score.FrameworkLoader.Loaded framework = scorer.framework(submission, null, file.getParent());
            submission = io.github.jixiao.score.InferredLevel1.apply(submission, framework.framework());
            // and a category's printed points shared among its rows, or read from the rows' printed 得分 where they fill
            // them (CategoryPoints), for the rules too
            submission = io.github.jixiao.score.CategoryPoints.apply(submission, framework.framework());
            Scorer.Result scored = scorer.score(submission, framework);
            sheet = scored.sheet();
            scoring = scored.findings();
        }
        if (bundle.has("$scores")) {
            sheet = sheet(bundle.get("$scores"));
        }
        List<UnreadableCell> unreadable = new ArrayList<>();
        for (JsonNode u : bundle.path("$unreadable")) {
            unreadable.add(new UnreadableCell(u.path("ref").asString(), u.path("cell").asString(), u.path("text").asString(""),
                    u.path("merged").asBoolean(false), u.path("key").asString("")));
        }
        return new Fixture(ruleId, kind, name, file, submission, sheet, scoring, expected(file), schema, unreadable);
    }

    /**
     * Runs {@code rule} on the fixture as the engine would (only at the stages it applies to); findings the
     * scorer reported under the rule's id count as the rule's.
     */
    public static List<Finding> run(Rule rule, Fixture f) {
        RuleDescriptor d = rule.descriptor();
        List<Finding> out = new ArrayList<>();
        f.scoringFindings().stream().filter(x -> x.ruleId().equals(d.id())).forEach(out::add);
        if (d.stages().contains(f.submission().stage())) {
            // the framework the engine would give the rule (its taxonomy and grade bands), where the fixture names one;
            // fixtures that name none test the rules' framework-free reading
            io.github.jixiao.score.Framework framework = f.submission().framework() != null && !f.submission().framework().isBlank()
                    ? new Scorer().framework(f.submission(), null, f.path().getParent()).framework() : null;
            RuleContext ctx = new RuleContext(d, f.sheet(), framework).withUnreadableCells(f.unreadable());
            rule.check(f.submission(), ctx);
            out.addAll(ctx.findings());
        }
        return out;
    }

    /**
     * The fixture file's documents written as a submission into {@code dir}/submission (each {@code <role>.json}) and
     * checked by the whole engine, as a department's build checks them: for a test of what the engine says of a rule's
     * fixture (its message, its severity beside the other rules' findings), not only the rule.
     */
    public static io.github.jixiao.engine.EngineResult runEngine(Path fixture, Path dir) throws IOException {
        JsonNode docs = MAPPER.readTree(Files.readString(fixture, java.nio.charset.StandardCharsets.UTF_8));
        Path sub = Files.createDirectories(dir.resolve("submission"));
        for (Map.Entry<String, JsonNode> e : docs.properties()) {
            Files.writeString(sub.resolve(e.getKey() + ".json"), e.getValue().toString(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(dir, sub));
    }

    private static List<Expected> expected(Path file) {
        String n = file.getFileName().toString();
        Path side = file.resolveSibling(n.substring(0, n.length() - ".json".length()) + EXPECTED_SUFFIX);
        if (!Files.exists(side)) {
            return null;
        }
        try {
            JsonNode arr = MAPPER.readTree(Files.readString(side));
            List<Expected> out = new ArrayList<>();
            for (JsonNode e : arr) {
                out.add(new Expected(e.path("rule").asString(), e.path("pointer").asString(), e.path("severity").asString(),
                        e.path("file").isString() ? e.path("file").asString() : null,
                        e.path("key").isString() ? e.path("key").asString() : null,
                        e.path("args").isArray() ? strings(e.path("args")) : null));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A score sheet written by hand: {"criteria": [{"id", "name", "weight", "score", "claimed", "restsOnIndicators", "inputs"}]}. */
    private static ScoreSheet sheet(JsonNode n) {
        List<CriterionScore> criteria = new ArrayList<>();
        for (JsonNode c : n.path("criteria")) {
            List<ScoreInput> inputs = new ArrayList<>();
            for (JsonNode in : c.path("inputs")) {
                inputs.add(new ScoreInput(in.path("label").asString(""), in.path("value").asString(""), in.path("ref").asString("")));
            }
            criteria.add(new CriterionScore(c.path("id").asString(), c.path("name").asString(c.path("id").asString()),
                    c.path("level1").asString(""), c.path("level2").asString(""), c.path("weight").decimalValue(),
                    c.path("score").decimalValue(), c.path("method").asString("assessed"), inputs, "",
                    c.has("claimed") ? c.path("claimed").decimalValue() : null, null, List.of(),
                    c.path("restsOnIndicators").asBoolean(false)));
        }
        BigDecimal total = criteria.stream().map(CriterionScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ScoreSheet("fixture", "1", "fixture", criteria, total, Optional.ofNullable(n.path("grade").asString(null)).orElse(""),
                n.path("indicatorsCarryPoints").asBoolean(false));
    }
}
