package io.github.jixiao.review;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.load.Confinement;
import io.github.jixiao.lint.RuleIndex;
import io.github.jixiao.lint.RuleRegistry;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.Src;
import io.github.jixiao.load.SubmissionLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code jixiao-suppressions.json}: {@code {"suppressions": [{"rule", "file", "pointer", "name", "reason"}]}}. A
 * suppression without a reason is itself an error and does not apply; one that matches nothing is a
 * warning. {@code pointer} is optional (the whole file); it matches the finding's pointer or any pointer
 * below it. {@code name} is optional too: the indicator, task or figure the finding names (it survives rows
 * being inserted above, where a pointer's array index does not). {@code rule} may be a rule's former id (an
 * alias); a rule id that no rule has is an error naming the nearest one.
 */
public final class Suppressions {

    /** One entry. */
    public record Entry(int index, String rule, String file, String pointer, String name, String reason, Src src) {
        boolean matches(Finding f) {
            return rule.equals(f.ruleId()) && file.equals(f.file())
                    && (pointer == null || pointer.isEmpty() || f.pointer().equals(pointer) || f.pointer().startsWith(pointer + "/"))
                    && (name == null || name.isEmpty() || f.args().contains(name));
        }
    }

    private final List<Entry> entries;
    private final List<Finding> problems;
    private final String fileRel;
    /**
     * The entries by what they name exactly: rule, file, pointer and name ("" for "any": an absent or empty pointer or
     * name), each key's first entry only (a later one with the same key never matches first). Made once, so that a
     * finding costs a few look-ups however many entries the file has: the file is the pull request's, and scanning
     * every entry for every finding made the review cost findings × entries. Keyed by the strings themselves, never by
     * a record of them: a HashMap orders the keys of a crowded bin when they are comparable, so pointers made to share
     * a hash (the keys "Aa" and "BB" do) cost a look-up the logarithm of their number, not their number.
     */
    private final Map<String, Map<String, Group>> index;

    /** One rule and file's entries: pointer → name → the first entry, and the lengths of the pointers named. */
    private static final class Group {
        final Map<String, Map<String, Entry>> first = new HashMap<>();
        final java.util.BitSet pointerLengths = new java.util.BitSet();
        boolean names;
    }

    private Suppressions(List<Entry> entries, List<Finding> problems, String fileRel) {
        this.entries = entries;
        this.problems = problems;
        this.fileRel = fileRel;
        this.index = new HashMap<>();
        for (Entry e : entries) {
            Group g = index.computeIfAbsent(e.rule(), k -> new HashMap<>()).computeIfAbsent(e.file(), k -> new Group());
            String pointer = e.pointer() == null ? "" : e.pointer();
            String name = e.name() == null ? "" : e.name();
            g.first.computeIfAbsent(pointer, k -> new HashMap<>()).putIfAbsent(name, e);
            g.pointerLengths.set(pointer.length());
            g.names |= !name.isEmpty();
        }
    }

    /**
     * The first entry (in the file's order) that {@link Entry#matches} {@code f}; null when none does. An entry's
     * pointer matches the finding's pointer or one of its ancestors (the pointer up to a {@code /}), its name one of
     * the finding's arguments: only those keys are looked up.
     */
    public Entry first(Finding f) {
        Map<String, Group> byFile = index.get(f.ruleId());
        Group g = byFile == null ? null : byFile.get(f.file());
        if (g == null) {
            return null;
        }
        Entry best = firstOf(g, "", f, null);
        String p = f.pointer();
        for (int k = 1; k < p.length(); k++) {
            if (p.charAt(k) == '/' && g.pointerLengths.get(k)) {
                best = firstOf(g, p.substring(0, k), f, best);
            }
        }
        if (!p.isEmpty() && g.pointerLengths.get(p.length())) {
            best = firstOf(g, p, f, best);
        }
        return best;
    }

    /** The earlier of {@code best} and the first entry of {@code pointer} with any name or one of f's arguments. */
    private static Entry firstOf(Group g, String pointer, Finding f, Entry best) {
        Map<String, Entry> byName = g.first.get(pointer);
        if (byName == null) {
            return best;
        }
        best = earlier(best, byName.get(""));
        if (g.names) {
            for (String a : f.args()) {
                if (!a.isEmpty()) {
                    best = earlier(best, byName.get(a));
                }
            }
        }
        return best;
    }

    private static Entry earlier(Entry a, Entry b) {
        return b == null || (a != null && a.index() < b.index()) ? a : b;
    }

    public static Suppressions none() {
        return new Suppressions(List.of(), List.of(), "");
    }

    /**
     * Reads the file when it exists and lies inside {@code project} (a link leading out is a finding naming it,
     * and nothing of its target is read); problems are findings (never an exception).
     */
    public static Suppressions load(Path project, Path file) {
        return load(project, file, RuleRegistry.index());
    }

    /** As above; rule ids and aliases are those of {@code rules}. */
    public static Suppressions load(Path project, Path file, RuleIndex rules) {
        if (file == null || !Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return none();
        }
        String fileRel = Confinement.relative(project, file);
        Finding outside = Confinement.refuse(project, file);
        if (outside != null) {
            return new Suppressions(List.of(), List.of(outside), fileRel);
        }
        return read(file, fileRel, rules);
    }

    /** Reads a file already known to be the project's (tests); problems are findings (never an exception). */
    public static Suppressions load(Path file, String fileRel) {
        return read(file, fileRel, RuleRegistry.index());
    }

    /** As above; rule ids and aliases are those of {@code rules}. */
    public static Suppressions load(Path file, String fileRel, RuleIndex rules) {
        return read(file, fileRel, rules);
    }

    private static Suppressions read(Path file, String fileRel, RuleIndex rules) {
        if (file == null || !Files.isRegularFile(file)) {
            return none();
        }
        SubmissionLoader.Loaded l = new SubmissionLoader().load(file, fileRel);
        List<Finding> problems = new ArrayList<>(l.findings());
        List<Entry> entries = new ArrayList<>();
        JsonDocument doc = l.document();
        if (doc == null) {
            return new Suppressions(entries, problems, fileRel);
        }
        JsonNode arr = doc.root().get("suppressions");
        if (arr == null || !arr.isArray()) {
            Src s = doc.src(doc.root(), "");
            problems.add(new Finding("suppression-invalid", Severity.ERROR, "malformed",
                    List.of("{\"suppressions\": [...]}"), fileRel, "", s.line(), s.column(), null));
            return new Suppressions(entries, problems, fileRel);
        }
        for (int i = 0; i < arr.size(); i++) {
            JsonNode n = arr.get(i);
            String ptr = "/suppressions/" + i;
            Src s = doc.src(n, ptr);
            List<String> wrong = wrongFields(n);
            if (!wrong.isEmpty()) {
                // a field of the wrong type (or misspelt) must not leave the suppression wider than written: each is
                // said at its own place, a misspelt one with the field it is nearest to
                for (String w : wrong) {
                    String at = ptr + "/" + io.github.jixiao.load.Pointers.escape(w);
                    Src ws = doc.src(n.get(w), at);
                    String near = FIELDS.contains(w) ? null
                            : io.github.jixiao.text.Strings.nearest(w.toLowerCase(java.util.Locale.ROOT), FIELDS, c -> 2);
                    problems.add(new Finding("suppression-invalid", Severity.ERROR, near != null ? "field-near" : "field",
                            near != null ? List.of(Integer.toString(i + 1), SubmissionLoader.excerpt(w, 60), near)
                                    : List.of(Integer.toString(i + 1), SubmissionLoader.excerpt(w, 60)),
                            fileRel, at, ws.line(), ws.column(), null));
                }
                continue;
            }
            String rule = n.path("rule").isString() ? n.get("rule").asString() : null;
            String target = n.path("file").isString() ? n.get("file").asString() : null;
            if (rule == null || target == null) {
                problems.add(new Finding("suppression-invalid", Severity.ERROR, "malformed",
                        List.of(ptr + ": rule, file"), fileRel, ptr, s.line(), s.column(), null));
                continue;
            }
            String reason = n.path("reason").isString() ? n.get("reason").asString().strip() : "";
            if (!visible(reason)) {
                problems.add(new Finding("suppression-invalid", Severity.ERROR, "",
                        List.of(Integer.toString(i + 1), rule), fileRel, ptr, s.line(), s.column(), null));
                continue;
            }
            // a rule renamed since keeps its old id as an alias; a misspelt one is an error naming the nearest id
            java.util.Optional<String> canonical = rules.canonical(rule.strip());
            if (canonical.isEmpty()) {
                Src rs = doc.src(n.get("rule"), ptr + "/rule");
                java.util.Optional<String> near = rules.nearest(rule);
                problems.add(new Finding("suppression-invalid", Severity.ERROR, near.isPresent() ? "unknown-rule" : "unknown-rule-far",
                        near.isPresent() ? List.of(Integer.toString(i + 1), SubmissionLoader.excerpt(rule, 80), near.get())
                                : List.of(Integer.toString(i + 1), SubmissionLoader.excerpt(rule, 80)),
                        fileRel, ptr + "/rule", rs.line(), rs.column(), null));
                continue;
            }
            rule = canonical.get();
            String pointer = n.path("pointer").isString() ? n.get("pointer").asString() : null;
            String name = n.path("name").isString() ? n.get("name").asString() : null;
            entries.add(new Entry(i, rule, target.replace('\\', '/'), pointer, name, reason, s));
        }
        return new Suppressions(entries, problems, fileRel);
    }

    /** The fields an entry may have; each, when present, must be a string. */
    static final java.util.Set<String> FIELDS = java.util.Set.of("rule", "file", "pointer", "name", "reason");

    /** The fields of {@code n} that are unknown or not a string, in order; none when n is no object (malformed below). */
    static List<String> wrongFields(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        if (n.isObject()) {
            for (java.util.Map.Entry<String, JsonNode> e : n.properties()) {
                if (!FIELDS.contains(e.getKey()) || !e.getValue().isString()) {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }

    /**
     * True when {@code s} holds at least one character a reader can see: not only white space, control or format
     * characters (zero-width space, joiners, direction marks, BOM), unassigned or private-use code points, or the
     * blank fillers (U+115F, U+1160, U+3164, U+FFA0, U+2800).
     */
    static boolean visible(String s) {
        return s.codePoints().anyMatch(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
            switch (Character.getType(c)) {
                case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE,
                        Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> {
                    return false;
                }
                default -> {
                    return c != 0x115F && c != 0x1160 && c != 0x3164 && c != 0xFFA0 && c != 0x2800 && c != 0x180E;
                }
            }
        });
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Findings about the suppressions file itself. */
    public List<Finding> problems() {
        return problems;
    }

    public String file() {
        return fileRel;
    }
}
