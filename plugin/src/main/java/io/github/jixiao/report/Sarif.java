package io.github.jixiao.report;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleDescriptor;
import io.github.jixiao.lint.RuleRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code findings.sarif}: SARIF 2.1.0. {@code tool.driver.rules} describes, from their metadata and in catalogue
 * order, the rules this run's results refer to (SARIF asks for the rules results reference; the whole catalogue
 * would be ~55 KB per department, most of a file a city's review writes a thousand times, and is
 * {@code docs/rules.md} and {@code jixiao:rules}).
 */
public final class Sarif {
    private Sarif() {
    }

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /**
     * A finding with, when it is suppressed, the reason (kind {@code external}); and, when the run was compared to
     * jixiao-baseline.json, its {@code baselineState}: {@code unchanged} for a finding in the baseline, {@code updated}
     * for one the baseline holds at a lower severity (raised since: it counts), {@code new} for any other (null: no
     * baseline, no state).
     */
    public record Entry(Finding finding, String suppression, String baselineState) {
        public Entry(Finding finding, String suppression) {
            this(finding, suppression, null);
        }
    }

    /**
     * Whether a finding names a folder, not a file: submission-structure's missing-file, empty-directory and
     * no-directory, and file-unreadable's outside-folder and listing, name the submission folder (a folder the import
     * named after a sheet may hold a dot, 1.教育局, and a file may have none, README: the finding says it, not the
     * path: reviews V2, V4).
     */
    static boolean onFolder(Finding f) {
        return f.ruleId().equals("submission-structure")
                && (f.key().equals("missing-file") || f.key().equals("empty-directory") || f.key().equals("no-directory"))
                || f.ruleId().equals("file-unreadable") && (f.key().equals("outside-folder") || f.key().equals("listing"));
    }

    /**
     * Where a result on no file is shown: the project's build file, which every project this plugin runs in has (in a
     * reactor's module, its own: the repository prefix goes before it).
     */
    static final String BUILD_FILE = "pom.xml";

    /** The rule of a check that could not finish (a jixiao defect), also given as a notification of the run. */
    static final String INTERNAL_ERROR = "internal-error";

    /** SARIF's {@code baselineState} of a finding in the baseline, and of one that is not. */
    public static final String UNCHANGED = "unchanged";
    public static final String NEW = "new";
    /**
     * SARIF's {@code baselineState} (2.1.0 §3.27.24) of a finding the baseline holds at a lower severity than this run's:
     * the same result, something about it changed since (its level); it counts, as a new one does.
     */
    public static final String UPDATED = "updated";

    public static String render(List<Entry> entries, Messages messages, String version) {
        return Json.write(tree(entries, messages, version, Snippets.none()));
    }

    public static String render(List<Entry> entries, Messages messages, String version, Snippets snippets) {
        return Json.write(tree(entries, messages, version, snippets));
    }

    /**
     * The document {@link #render} writes. Each result's location has its snippet and a context region of the
     * lines around it when {@code snippets} can read the file (SARIF2010, SARIF2011: what a code-review annotation
     * shows). {@code %SRCROOT%} is declared without a uri (SARIF1004: a uri there must be absolute, and an absolute
     * path would make the file differ by machine): the consumer (GitHub code scanning, an IDE) knows the checkout.
     */
    static Map<String, Object> tree(List<Entry> entries, Messages messages, String version, Snippets snippets) {
        return tree(entries, messages, version, snippets, Cells.none());
    }

    /** As above; a finding on imported data gets its workbook cell as a related location. */
    static Map<String, Object> tree(List<Entry> entries, Messages given, String version, Snippets snippets, Cells cells) {
        return tree(entries, given, version, snippets, cells, "");
    }

    /**
     * As above, each file named from the repository's root: {@code prefix} is the project's folder in it ({@code "dept-a/"}
     * for a department that is a module of a reactor, {@code ""} at the root), so that GitHub code scanning or an editor
     * opened on the repository finds the file a result points at.
     */
    /**
     * The catalogue's rules in order, listed once per JVM: {@link RuleRegistry#descriptors} streams every rule and looks
     * each one's descriptor up again per call (a hundredth of the reports' time, issue 17); the registry is fixed.
     */
    private static final class Catalogue {
        static final List<RuleDescriptor> RULES = RuleRegistry.descriptors();
    }

    /**
     * The most results a run holds: GitHub code scanning rejects a run of more than 25,000 and shows the first 5,000 by
     * severity, and a file above 10 MB gzipped is refused whole (its "SARIF support" limits). A submission with more
     * findings (a hostile or generated file of thousands of rows) keeps the 5,000 that matter most, in their order, and
     * says in the run how many more findings.json holds.
     */
    static final int MAX_RESULTS = 5_000;

    /**
     * {@code entries} cut to {@link #MAX_RESULTS}: errors, then warnings, then notes, the suppressed and baselined last, each in the
     * order given; the kept ones in the order given. The list itself when it is short enough.
     */
    static List<Entry> kept(List<Entry> entries) {
        if (entries.size() <= MAX_RESULTS) {
            return entries;
        }
        boolean[] keep = new boolean[entries.size()];
        int left = MAX_RESULTS;
        for (int rank = 0; rank < 4 && left > 0; rank++) {
            for (int k = 0; k < entries.size() && left > 0; k++) {
                if (rank(entries.get(k)) == rank) {
                    keep[k] = true;
                    left--;
                }
            }
        }
        List<Entry> out = new ArrayList<>(MAX_RESULTS);
        for (int k = 0; k < entries.size(); k++) {
            if (keep[k]) {
                out.add(entries.get(k));
            }
        }
        return out;
    }

    private static int rank(Entry e) {
        if (e.suppression() != null || UNCHANGED.equals(e.baselineState())) {
            return 3;
        }
        return switch (e.finding().severity()) {
            case ERROR -> 0;
            case WARNING -> 1;
            default -> 2;
        };
    }

    static Map<String, Object> tree(List<Entry> all, Messages given, String version, Snippets snippets, Cells cells,
                                    String prefix) {
        return tree(all, given, version, snippets, cells, prefix, null);
    }

    /**
     * As above; {@code meta}'s rules address, when set, gives each rule its {@code helpUri} and the tool its
     * {@code informationUri}; without one neither is written (both are optional in SARIF 2.1.0: the rule's help text is
     * in {@code help}).
     */
    static Map<String, Object> tree(List<Entry> all, Messages given, String version, Snippets snippets, Cells cells,
                                    String prefix, ReportMeta meta) {
        Messages messages = given.withCells(cells);
        List<Entry> entries = kept(all);
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Entry e : entries) {
            used.add(e.finding().ruleId());
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Object> ruleList = new ArrayList<>();
        for (RuleDescriptor d : Catalogue.RULES) {
            if (!used.contains(d.id())) {
                continue;
            }
            index.put(d.id(), ruleList.size());
            // the same in every run of this language: written once per JVM (Json.Fixed)
            String link = meta == null ? null : meta.ruleLink(d.id());
            ruleList.add(new Json.Fixed("sarif-rule " + messages.locale().toLanguageTag() + " " + d.id() + (link == null ? "" : " " + link),
                    () -> rule(d, messages, link)));
        }
        List<Map<String, Object>> results = new ArrayList<>();
        List<Map<String, Object>> notifications = new ArrayList<>();
        for (Entry e : entries) {
            Finding f = e.finding();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("ruleId", f.ruleId());
            Integer i = index.get(f.ruleId());
            if (i != null) {
                r.put("ruleIndex", i);
            }
            r.put("level", f.severity().sarifLevel());
            String cell = cells.of(f, messages); // a text for the reader, in the report's language (Table 2!C3)
            // the workbook cell in the message too, as an embedded link to the related location below (SARIF 2.1.0
            // §3.11.6: "[text](1)"): code scanning shows the message, not the related locations, where a reviewer reads
            r.put("message", Map.of("text", plain(Escape.cut(Escape.clean(messages.message(f)), Escape.MAX_MESSAGE))
                    + (cell == null ? "" : messages.label("sarif.cell", linkText(Escape.clean(cell))))));
            Map<String, Object> phys = new LinkedHashMap<>();
            Map<String, Object> art = new LinkedHashMap<>();
            // a finding on no file (an internal error, a framework named on the command line that is not there): code
            // scanning rejects the whole file for a result without a file's location, and "." (the project's folder) is
            // no file it can show; such a result is on the project's pom.xml, where the build and its jixiao settings are
            art.put("uri", Escape.uri(prefix + (f.file().isEmpty() ? BUILD_FILE : f.file())));
            art.put("uriBaseId", "%SRCROOT%");
            phys.put("artifactLocation", art);
            if (f.file().isEmpty()) {
                phys.put("region", Map.of("startLine", 1));
            } else if (f.line() <= 0 && !onFolder(f)) {
                // a finding on the file as a whole (one that could not be read): its first line, as code scanning
                // wants a region on every result (sarif-sdk GH1003); a folder (missing-file, empty-directory) has no
                // lines, so no region (review V)
                phys.put("region", Map.of("startLine", 1));
            } else if (f.line() > 0) {
                Snippets.Region snip = snippets.region(f.file(), f.line(), f.column());
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", f.line());
                if (snip != null) {
                    region.put("startColumn", snip.startColumn());
                    region.put("endColumn", snip.endColumn());
                    region.put("snippet", Map.of("text", snip.text()));
                } else if (f.column() > 0) {
                    region.put("startColumn", f.column());
                }
                phys.put("region", region);
                Snippets.Region ctx = snippets.context(f.file(), f.line());
                if (ctx != null) {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("startLine", ctx.startLine());
                    c.put("startColumn", ctx.startColumn());
                    c.put("endLine", ctx.endLine());
                    c.put("endColumn", ctx.endColumn());
                    c.put("snippet", Map.of("text", ctx.text()));
                    phys.put("contextRegion", c);
                }
            }
            if (f.file().isEmpty()) { // said where the alert is shown, so the pom is not taken for the problem
                r.put("locations", List.of(ordered("physicalLocation", phys, "message", Map.of("text", messages.label("sarif.noFile", BUILD_FILE)))));
            } else {
                r.put("locations", List.of(Map.of("physicalLocation", phys)));
            }
            if (f.ruleId().equals(INTERNAL_ERROR)) {
                // a check that did not finish is the tool's failure, not the submission's: a notification of the run as
                // well, which SARIF viewers show apart from the results. executionSuccessful stays true: code scanning
                // does not process a run marked unsuccessful (the other checks' results would not be shown)
                Map<String, Object> note = new LinkedHashMap<>();
                note.put("level", "error");
                note.put("message", Map.of("text", plain(Escape.cut(Escape.clean(messages.message(f)), Escape.MAX_MESSAGE))));
                note.put("associatedRule", i == null ? Map.of("id", f.ruleId()) : ordered("id", f.ruleId(), "index", i));
                notifications.add(note);
            }
            if (cell != null) {
                Map<String, Object> rel = new LinkedHashMap<>();
                rel.put("id", 1);
                String wb = cells.workbook(f);
                if (wb != null) {
                    rel.put("physicalLocation", Map.of("artifactLocation", ordered("uri", Escape.uri(prefix + wb), "uriBaseId", "%SRCROOT%")));
                }
                rel.put("message", Map.of("text", plain(Escape.clean(cell))));
                r.put("relatedLocations", List.of(rel));
            }
            r.put("partialFingerprints", Map.of("jixiaoFinding/v1", messages.fingerprint(f)));
            if (e.baselineState() != null) {
                r.put("baselineState", e.baselineState());
            }
            if (e.suppression() != null) {
                r.put("suppressions", List.of(ordered("kind", "external", "justification", Escape.value(e.suppression()))));
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("jsonPointer", f.pointer());
            if (f.criterion() != null) {
                props.put("criterion", f.criterion());
            }
            r.put("properties", props);
            results.add(r);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "jixiao");
        driver.put("version", version);
        driver.put("semanticVersion", version.replace("-SNAPSHOT", ""));
        if (meta != null && meta.rulesUrl() != null) {
            driver.put("informationUri", meta.rulesUrl());
        }
        driver.put("language", messages.english() ? "en" : "zh-CN");
        driver.put("rules", ruleList);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("originalUriBaseIds", Map.of("%SRCROOT%", Map.of("description", Map.of("text", messages.label("sarif.srcroot")))));
        run.put("language", messages.english() ? "en" : "zh-CN");
        run.put("columnKind", "unicodeCodePoints");
        if (entries.size() < all.size()) {
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("level", "note");
            note.put("message", Map.of("text", messages.label("sarif.omitted", Integer.toString(all.size() - entries.size()),
                    Integer.toString(MAX_RESULTS), Integer.toString(all.size()))));
            notifications.add(note);
        }
        if (!notifications.isEmpty()) {
            Map<String, Object> invocation = new LinkedHashMap<>();
            invocation.put("executionSuccessful", true);
            invocation.put("toolExecutionNotifications", notifications);
            run.put("invocations", List.of(invocation));
        }
        run.put("results", results);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return root;
    }

    /** A rule's entry in {@code tool.driver.rules}: its metadata in the run's language, nothing of the run. */
    private static Map<String, Object> rule(RuleDescriptor d, Messages messages, String link) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", d.id());
        r.put("name", camel(d.id()));
        r.put("shortDescription", Map.of("text", d.title(messages.locale())));
        r.put("fullDescription", Map.of("text", brief(d.rationale(messages.locale()))));
        String help = d.rationale(messages.locale()) + " (" + d.source(messages.locale()) + ")";
        if (link != null) { // only where the organisation says where it publishes docs/rules.md (jixiao.rulesUrl)
            r.put("helpUri", link);
            // code scanning shows the rule's help beside the alert, not its helpUri: the markdown says where the entry is
            r.put("help", ordered("text", help, "markdown", Escape.md(help) + "\n\n"
                    + messages.label("sarif.ruleEntry", "[`" + d.id() + "`](" + link + ")")));
        } else {
            r.put("help", Map.of("text", help));
        }
        r.put("defaultConfiguration", Map.of("level", d.severity().sarifLevel()));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("category", d.category().id());
        p.put("stages", d.stages().stream().map(s -> messages.english() ? messages.label("stage." + s.name()) : s.label()).toList());
        p.put("source", d.source(messages.locale()));
        r.put("properties", p);
        return r;
    }

    /** The longest {@link #brief} keeps a second sentence to. */
    static final int BRIEF = 400;

    /**
     * A message's text as SARIF's plain text takes it (SARIF 2.1.0 §3.11.6, messages with embedded links): every square
     * bracket escaped with a backslash, and a backslash before one escaped too. Unescaped, a department's name or a
     * value such as {@code [点此查看](https://evil.example)} in a message was an embedded link, which a SARIF viewer
     * shows as a link to that address, and {@code [行](1)} a link to the finding's workbook cell.
     */
    static String plain(String s) {
        if (s.indexOf('[') < 0 && s.indexOf(']') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[' || c == ']' || c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '[' || s.charAt(i + 1) == ']')) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * {@code s} as the text of an embedded link ({@code [s](1)}): {@link #plain}, and a backslash at its end doubled, so that
     * it does not escape the link's closing bracket. The cell's name comes from the sidecar, which a pull request may write:
     * a name ending in a backslash (表\) left the link unclosed, its text shown raw (helper H5, session 41).
     */
    static String linkText(String s) {
        String p = plain(s);
        int slashes = 0;
        for (int i = p.length() - 1; i >= 0 && p.charAt(i) == '\\'; i--) {
            slashes++;
        }
        return slashes % 2 == 0 ? p : p + '\\';
    }

    /**
     * A rule's rationale for SARIF's fullDescription, which code scanning shows beside each alert: its first sentence,
     * and the second too where the first is short (under 100 characters) and both stay within {@link #BRIEF}; the
     * whole rationale, with its edge cases, is the help. A sentence ends at "。", or at ". " before a capital letter
     * or an opening bracket (not "No. 10", "e.g. 受众欢迎").
     */
    static String brief(String rationale) {
        List<Integer> ends = new java.util.ArrayList<>();
        for (int i = 0; i < rationale.length() && ends.size() < 2; i++) {
            char c = rationale.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                ends.add(i + 1);
            } else if ((c == '.' || c == '!' || c == '?') && i + 2 < rationale.length() && rationale.charAt(i + 1) == ' '
                    && (Character.isUpperCase(rationale.charAt(i + 2)) || rationale.charAt(i + 2) == '(')
                    && !rationale.startsWith("e.g", Math.max(0, i - 3)) && !rationale.startsWith("i.e", Math.max(0, i - 3))) {
                ends.add(i + 1);
            }
        }
        if (ends.isEmpty()) {
            return rationale;
        }
        int end = ends.get(0) < 100 && ends.size() > 1 && ends.get(1) <= BRIEF ? ends.get(1) : ends.get(0);
        return rationale.substring(0, end).strip();
    }

    private static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    /**
     * Two members in the order written. Map.of's order of two or more entries is its per-JVM salt's, not the
     * call's: a suppressed result's {@code kind} and {@code justification} (and a workbook's {@code uri} and
     * {@code uriBaseId}) came out in either order from one run to the next.
     */
    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
