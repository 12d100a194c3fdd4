package io.github.jixiao.review;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.Src;
import io.github.jixiao.load.Confinement;
import io.github.jixiao.lint.RuleIndex;
import io.github.jixiao.lint.RuleRegistry;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Json;
import io.github.jixiao.report.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * {@code jixiao-baseline.json}: the fingerprints of the findings a department had when it adopted jixiao.
 * Baselined findings are still reported but do not fail the build.
 */
public final class Baseline {

    /**
     * One baselined finding; {@code source} is where the entry itself is written (the baseline file, the entry's
     * pointer {@code /findings/i}, its line and column), for a finding about it (baseline-stale). {@code name} is the
     * name of the indicator, task or figure it is on as the file records it ({@link #render}), "" where it records none
     * (a finding on no named object, or a file written before entries recorded names).
     */
    public record Entry(String fingerprint, String rule, String file, String pointer, String name, String source,
                        String sourcePointer, int line, int column) {
        public Entry(String fingerprint, String rule, String file, String pointer) {
            this(fingerprint, rule, file, pointer, "", "", "", 0, 0);
        }
    }

    /**
     * The fingerprint under which {@code f} is in this baseline, or null. A rule renamed since the baseline was
     * written keeps its old id as an alias: the finding is looked up under each of them too. An entry written by an earlier
     * version, whose fingerprint also hashed the arguments the message does not print ({@link Fingerprints#legacy}), still
     * matches; {@code jixiao:baseline} writes it again under the current fingerprint.
     */
    public String match(Finding f) {
        return match(f, RuleRegistry.index());
    }

    /** As above, with the rules (and their aliases) of {@code rules}. */
    public String match(Finding f, RuleIndex rules) {
        String fp = under(f.ruleId(), f);
        if (fp != null) {
            return fp;
        }
        for (String alias : rules.descriptor(f.ruleId()).map(d -> d.aliases()).orElse(List.of())) {
            fp = under(alias, f);
            if (fp != null) {
                return fp;
            }
        }
        return null;
    }

    /** The entry's fingerprint for {@code f} under the rule id {@code rule}: the current one, else an earlier version's; or null. */
    private String under(String rule, Finding f) {
        String fp = Fingerprints.of(rule, f.file(), f.key(), f.args());
        if (entries.containsKey(fp)) {
            return fp;
        }
        String legacy = Fingerprints.legacy(rule, f.file(), f.key(), f.args());
        return entries.containsKey(legacy) ? legacy : null;
    }

    private final Map<String, Entry> entries;
    /** How many entries the file has under each fingerprint: two rows of one name in one file are two (review s29-V3). */
    private final Map<String, Integer> counts;
    /**
     * The severity each fingerprint's entries were accepted at (the highest of them); a fingerprint with an entry that
     * records none (a baseline written before jixiao read it back, or edited by hand: a severity it does not know) is
     * not here, and holds its findings at any severity, as before.
     */
    private final Map<String, Severity> accepted;

    /**
     * The severity at which the baseline accepted the findings under {@code fingerprint}: one found at a higher severity
     * (its rule raised since, by the project's {@code <rules>} or a new jixiao) is not held back. Null where an entry
     * records no severity: such a baseline holds the finding at any severity.
     */
    public Severity acceptedAt(String fingerprint) {
        return accepted.get(fingerprint);
    }

    /** How many findings the entries under {@code fingerprint} hold (one each). */
    public int count(String fingerprint) {
        return counts.getOrDefault(fingerprint, 0);
    }
    private final List<Finding> problems;
    /** The name a finding of this run is on, read as {@link #render} wrote its entry's ({@link #namesIn} the project). */
    private final Function<Finding, String> names;

    private Baseline(Map<String, Entry> entries, Map<String, Integer> counts, Map<String, Severity> accepted, List<Finding> problems,
                     Function<Finding, String> names) {
        this.entries = entries;
        this.counts = counts;
        this.accepted = accepted;
        this.problems = problems;
        this.names = names;
    }

    public static Baseline none() {
        return new Baseline(Map.of(), Map.of(), Map.of(), List.of(), f -> null);
    }

    /**
     * The name of the indicator, task or figure a finding of this run is on, as an entry of it would record it (its
     * file under the project read once, when first asked); null where there is none.
     */
    public String nameOf(Finding f) {
        return names.apply(f);
    }

    /**
     * Reads the file when it exists and lies inside {@code project} (a link leading out is a finding naming it,
     * and nothing of its target is read); problems are findings (never an exception).
     */
    public static Baseline load(Path project, Path file) {
        if (file == null || !Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return none();
        }
        String fileRel = Confinement.relative(project, file);
        Finding outside = Confinement.refuse(project, file);
        if (outside != null) {
            return new Baseline(Map.of(), Map.of(), Map.of(), List.of(outside), f -> null);
        }
        if (!Files.isRegularFile(file)) {
            return none();
        }
        SubmissionLoader.Loaded l = new SubmissionLoader().load(file, fileRel);
        Map<String, Entry> m = new LinkedHashMap<>();
        Map<String, Integer> counts = new java.util.HashMap<>();
        Map<String, Severity> accepted = new java.util.HashMap<>();
        java.util.Set<String> unrecorded = new java.util.HashSet<>();
        List<Finding> problems = new ArrayList<>(l.findings());
        JsonDocument doc = l.document();
        if (doc != null) {
            JsonNode arr = doc.root().get("findings");
            if (arr == null || !arr.isArray()) {
                Src s = doc.src(doc.root(), "");
                problems.add(new Finding("baseline-invalid", Severity.ERROR, "", List.of("{\"findings\": [...]}"), fileRel, "",
                        s.line(), s.column(), null));
            } else {
                for (int i = 0; i < arr.size(); i++) {
                    JsonNode n = arr.get(i);
                    String bad = malformed(n);
                    if (bad != null) {
                        String ptr = "/findings/" + i;
                        Src s = doc.src(n, ptr);
                        problems.add(new Finding("baseline-invalid", Severity.ERROR, "entry",
                                List.of(Integer.toString(i + 1), SubmissionLoader.excerpt(bad, 60)), fileRel, ptr, s.line(), s.column(), null));
                        continue;
                    }
                    String fp = n.get("fingerprint").asString();
                    String ptr = "/findings/" + i;
                    Src s = doc.src(n, ptr);
                    counts.merge(fp, 1, Integer::sum);
                    Severity sev = Severity.parse(n.path("severity").asString(""));
                    if (sev == null) {
                        unrecorded.add(fp);
                    } else {
                        accepted.merge(fp, sev, (a, b) -> a.atLeast(b) ? a : b);
                    }
                    // the name as written (a name that is no text, edited by hand, as none: the entry is matched as before)
                    JsonNode name = n.get("name");
                    m.put(fp, new Entry(fp, n.path("rule").asString(""), n.path("file").asString(""), n.path("pointer").asString(""),
                            name != null && name.isString() ? name.asString() : "", fileRel, ptr, s.line(), s.column()));
                }
            }
        }
        accepted.keySet().removeAll(unrecorded);
        return new Baseline(m, counts, accepted, problems, namesIn(project));
    }

    /** The first field of an entry that is missing (fingerprint) or of the wrong type; null when it is well formed. */
    private static String malformed(JsonNode n) {
        if (!n.isObject()) {
            return "fingerprint";
        }
        JsonNode fp = n.get("fingerprint");
        if (fp == null || !fp.isString() || fp.asString().isBlank()) {
            return "fingerprint";
        }
        for (String field : List.of("rule", "severity", "file", "pointer")) {
            JsonNode v = n.get(field);
            if (v != null && !v.isString()) {
                return field;
            }
        }
        return null;
    }

    /**
     * Names findings by the JSON they point at: the {@code name} of the nearest object at or above the finding's
     * pointer (an indicator, a task, a criterion) in its file under {@code project}; null when there is none.
     * Files are read once each, and never outside the project (a link leading out of it is not followed).
     */
    public static Function<Finding, String> namesIn(Path project) {
        Map<String, JsonNode> roots = new java.util.HashMap<>();
        return f -> {
            if (f.file().isEmpty() || f.pointer().isEmpty()) {
                return null;
            }
            JsonNode root = roots.computeIfAbsent(f.file(), rel -> {
                Path p = project.resolve(rel).normalize();
                // a link leading out of the project is not followed (Confinement, as the engine does): a name the
                // baseline would quote from a file outside it (before session 33 a link was read wherever it led)
                if (!p.startsWith(project) || !Files.isRegularFile(p) || !Confinement.inside(project, p)) {
                    return tools.jackson.databind.node.MissingNode.getInstance();
                }
                SubmissionLoader.Loaded l = new SubmissionLoader().load(p, rel);
                return l.document() == null ? tools.jackson.databind.node.MissingNode.getInstance() : l.document().root();
            });
            String ptr = f.pointer();
            while (!ptr.isEmpty()) {
                JsonNode n;
                try {
                    n = root.at(ptr);
                } catch (RuntimeException e) {
                    return null;
                }
                if (n.isObject() && n.path("name").isString()) {
                    return SubmissionLoader.excerpt(n.get("name").asString(), 80);
                }
                ptr = ptr.substring(0, ptr.lastIndexOf('/'));
            }
            return null;
        };
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    public List<Finding> problems() {
        return problems;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The baseline file's text for {@code findings}, without messages or names. */
    public static String render(List<Finding> findings) {
        return render(findings, null, f -> null);
    }

    /**
     * The baseline file's text for {@code findings}: each entry with its message (in the run's language), so a
     * reviewer sees what was accepted, and the name of the indicator, task or figure it is on, when there is one.
     */
    public static String render(List<Finding> findings, Messages messages, Function<Finding, String> nameOf) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("fingerprint", Fingerprints.of(f));
            e.put("rule", f.ruleId());
            e.put("severity", f.severity().id());
            e.put("file", f.file());
            e.put("pointer", f.pointer());
            String name = nameOf.apply(f);
            if (name != null && !name.isEmpty()) {
                e.put("name", name);
            }
            if (messages != null) {
                e.put("message", messages.message(f));
            }
            list.add(e);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "jixiao");
        root.put("findings", list);
        return Json.write(root);
    }
}
