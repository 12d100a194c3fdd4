package io.github.jixiao.report;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Findings;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.ScoreInput;
import io.github.jixiao.score.ScoreSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * score-summary.html, the reviewer's page: one self-contained file (inline CSS, charts as inline SVG, no script,
 * nothing loaded from anywhere), in this order:
 * <ol>
 *   <li>the verdict: score, grade, the number of errors, warnings and infos and what they mean;</li>
 *   <li>without a score, at 运行监控 the table's figures ({@link Monitoring}), at 目标申报 the indicator rows as filed
 *       ({@link Targets}: how each target is read, where it sits, the findings on it);</li>
 *   <li>the findings, by file and severity, each with its full message; the location, rule (linked to its entry
 *       in docs/rules.md), JSON pointer and criterion are the secondary detail;</li>
 *   <li>the 评分表: 一级/二级/三级, points, score, and for each criterion its method, formula as applied, the
 *       figures used and the findings that touch it;</li>
 *   <li>charts by 一级 and by criterion, coloured full / partial / zero, with a legend and a text alternative.</li>
 * </ol>
 * Prints on A4 with headings kept with what follows them. Every value from the submission or the framework goes
 * through {@link Escape#html}.
 */
final class ScoreSummaryHtml {
    private ScoreSummaryHtml() {
    }

    private static final int LABEL_W = 300;
    private static final int BAR_W = 360;
    private static final int VALUE_W = 110;
    private static final int ROW = 24;
    /** A label's room, in half-width units (a CJK character takes two). */
    private static final int LABEL_UNITS = 42;

    static String render(EngineResult result, Messages m, ReportMeta meta) {
        return render(result, Map.of(), m, meta);
    }

    static String render(EngineResult result, Map<Finding, String> suppressed, Messages m, ReportMeta meta) {
        return render(result, suppressed, m, meta, Cells.none());
    }

    /** As above; each finding on imported data names its workbook cell. */
    static String render(EngineResult result, Map<Finding, String> suppressed, Messages m, ReportMeta meta, Cells cells) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        render(sb, result, suppressed, m, meta, cells);
        return sb.toString();
    }

    /** As above, appended to {@code sb} (the file is written from the thread's {@link TextBuffer}). */
    static void render(StringBuilder sb, EngineResult result, Map<Finding, String> suppressed, Messages m, ReportMeta meta,
                       Cells cells) {
        render(sb, result, suppressed, java.util.Set.of(), m, meta, cells);
    }

    /** As above; {@code baselined} findings are tagged and left out of the verdict's counts, as suppressed ones are. */
    static void render(StringBuilder sb, EngineResult result, Map<Finding, String> suppressed, java.util.Set<Finding> baselined,
                       Messages m, ReportMeta meta, Cells cells) {
        render(sb, result, suppressed, baselined, Map.of(), m, meta, cells);
    }

    /** As above; a finding the baseline holds at a lower severity ({@code raised}) is open, tagged with both severities. */
    static void render(StringBuilder sb, EngineResult result, Map<Finding, String> suppressed, java.util.Set<Finding> baselined,
                       Map<Finding, io.github.jixiao.finding.Severity> raised, Messages m, ReportMeta meta, Cells cells) {
        ScoreSheet sheet = result.sheet();
        m = m.forResult(result).withCells(cells);
        FrameworkNames names = FrameworkNames.of(sheet, m);
        ScoreSummary.Heading heading = ScoreSummary.Heading.of(result, m);
        Page.head(sb, m, heading.title());

        // ---- heading: title, subtitle (the project's name goes there), framework and stage
        sb.append("<header>\n<p class=\"kicker\">jixiao");
        if (sheet != null) {
            sb.append(" · ").append(esc(m.label("summary.framework"))).append(m.label("punct.colon"))
                    .append(Escape.htmlValue(names.framework(sheet.frameworkName()))).append(m.label("punct.open"))
                    .append(Escape.htmlValue(sheet.frameworkId())).append(' ').append(Escape.htmlValue(sheet.frameworkVersion()))
                    .append(m.label("punct.close"));
            if (sheet.frameworkFromProject()) {
                sb.append(" <strong>").append(esc(m.label("summary.frameworkFile", Escape.value(sheet.frameworkFile())))).append("</strong>");
            }
            if (sheet.frameworkBase() != null) {
                sb.append(' ').append(esc(ScoreSummaryMarkdown.baseLabel(sheet, m, Escape::value)));
            }
        }
        if (result.stage() != null) {
            sb.append(" · ").append(esc(m.label("summary.stage"))).append(m.label("punct.colon"))
                    .append(esc(ScoreSummary.stage(result.stage(), m)));
        }
        sb.append("</p>\n<h1 id=\"title\">").append(esc(heading.title())).append("</h1>\n");
        if (!heading.subtitle().isEmpty()) {
            sb.append("<p class=\"subtitle\" id=\"subtitle\">").append(esc(heading.subtitle())).append("</p>\n");
        }
        sb.append("</header>\n");

        // ---- verdict
        ScoreSummary.Verdict v = ScoreSummary.Verdict.of(result.findings(), suppressed, baselined);
        sb.append("<section class=\"verdict ").append(v.level()).append("\" id=\"verdict\" aria-label=\"")
                .append(esc(m.label("summary.verdict"))).append("\">\n");
        if (sheet != null) {
            String reviewedLine = ScoreSummary.reviewedTotal(sheet, names, m);
            // nothing scorable (t44, t98): "得分：不计分", no fraction (since session 56)
            sb.append("<p class=\"score\">").append(esc(m.label(ScoreSummary.totalLabel(sheet))))
                    .append(sheet.nothingScorable() ? esc(m.label("punct.colon")) + "<b>" + esc(m.label("summary.notScorable")) + "</b>"
                            : " <b>" + ScoreSummary.text(sheet.total()) + "</b> / " + ScoreSummary.text(sheet.weight()))
                    .append(reviewedLine == null ? "" : " · " + esc(reviewedLine))
                    .append(" · ").append(esc(m.label("summary.grade")))
                    .append("<span class=\"grade\">").append(esc(ScoreSummary.grade(sheet, names, m))).append("</span></p>\n");
        } else {
            sb.append("<p class=\"score\">").append(esc(ScoreSummary.notScored(result, m))).append("</p>\n");
        }
        sb.append("<ul class=\"counts\">");
        count(sb, "error", v.errors(), m);
        count(sb, "warning", v.warnings(), m);
        count(sb, "info", v.infos(), m);
        if (v.suppressed() > 0) {
            sb.append("<li class=\"c-info\">").append(esc(m.label("summary.suppressedCount", v.suppressed()))).append("</li>");
        }
        if (v.baselined() > 0) {
            sb.append("<li class=\"c-info\">").append(esc(m.label("summary.baselinedCount", v.baselined()))).append("</li>");
        }
        sb.append("</ul>\n<p class=\"status\">").append(esc(v.status(m))).append("</p>\n");
        long incomplete = sheet == null ? 0 : ScoreSummary.incomplete(result);
        // why a grade a finding doubts is 暂定 (grade-unsupported; since session 57)
        String doubt = sheet == null ? null : ScoreSummary.gradeDoubt(sheet, names, m);
        if (doubt != null) {
            sb.append("<p><strong>").append(esc(doubt)).append("</strong></p>\n");
        }
        if (sheet != null && !sheet.unscored().isEmpty()) {
            sb.append("<p><strong>").append(esc(ScoreSummary.unscoredHeading(sheet, m)))
                    .append("</strong></p>\n<ul class=\"unscored\">\n");
            for (String line : ScoreSummary.unscored(sheet, m)) {
                sb.append("<li>").append(esc(line)).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        if (incomplete > 0) {
            sb.append("<p><strong>").append(esc(m.label("summary.incomplete", ScoreSummary.withoutData(result)))).append("</strong></p>\n");
        }
        sb.append("</section>\n");
        Monitoring mon = sheet == null ? Monitoring.of(result, cells, m) : null;
        Targets targets = sheet == null ? Targets.of(result, cells, m) : null;
        sb.append("<nav><ul>");
        if (mon != null) {
            sb.append("<li><a href=\"#monitoring\">").append(esc(mon.heading())).append("</a></li>");
        }
        if (targets != null) {
            sb.append("<li><a href=\"#targets\">").append(esc(m.label("targets.heading"))).append("</a></li>");
        }
        sb.append("<li><a href=\"#findings\">").append(esc(m.label("summary.allFindings"))).append("</a></li>");
        if (sheet != null) {
            sb.append("<li><a href=\"#table\">").append(esc(m.label("summary.table"))).append("</a></li><li><a href=\"#charts\">")
                    .append(esc(m.label("summary.charts"))).append("</a></li>");
        }
        sb.append("</ul></nav>\n");

        Map<String, String> criterionNames = new LinkedHashMap<>();
        if (sheet != null) {
            for (CriterionScore c : sheet.criteria()) {
                criterionNames.put(c.id(), names.criterion(c));
            }
        }
        // each finding's anchor in the list, for the rows of the 运行监控 and 目标申报 tables (and any other page) to link to
        Map<Finding, String> ids = ids(result.findings(), m);
        monitoring(sb, mon, ids, m);
        targets(sb, targets, ids, m);
        findings(sb, result.findings(), ids, suppressed, baselined, raised, criterionNames, m, cells, meta);
        if (sheet != null) {
            table(sb, result, names, m, suppressed, baselined, raised, cells, ids);
            charts(sb, sheet, names, m);
        }
        Page.foot(sb, m, meta);
    }

    /**
     * A monitoring submission's figures ({@link Monitoring}): the funds and the indicators, each a table; beside each
     * indicator row how jixiao reads its target, where it sits and the findings on it, as the 目标申报 table has them.
     */
    private static void monitoring(StringBuilder sb, Monitoring mon, Map<Finding, String> ids, Messages m) {
        if (mon == null) {
            return;
        }
        sb.append("<section id=\"monitoring\">\n<h2>").append(esc(mon.heading())).append("</h2>\n");
        if (!mon.monthNote().isEmpty()) {
            sb.append("<p class=\"note\">").append(esc(mon.monthNote())).append("</p>\n");
        }
        List<List<String>> table = mon.funds();
        if (!mon.fundsNone().isEmpty()) { // no funds table: why, where it would be (as the 目标申报 table says it has no row)
            sb.append("<p>").append(esc(mon.fundsNone())).append("</p>\n");
        }
        if (!table.isEmpty()) {
            Page.wide(sb, mon.heading() + m.label("punct.colon") + table.get(0).get(0));
            sb.append("<table class=\"monitoring\">\n<thead><tr>");
            for (int i = 0; i < table.get(0).size(); i++) { // every column but the first holds an amount or a rate
                sb.append(i > 0 ? "<th scope=\"col\" class=\"n\">" : "<th scope=\"col\">").append(Escape.htmlValue(table.get(0).get(i))).append("</th>");
            }
            sb.append("</tr></thead>\n<tbody>\n");
            for (List<String> row : table.subList(1, table.size())) {
                sb.append("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    sb.append(i > 0 ? "<td class=\"n\">" : "<td>").append(Escape.htmlValue(row.get(i))).append("</td>");
                }
                sb.append("</tr>\n");
            }
            sb.append("</tbody>\n</table></div>\n");
            if (!mon.note().isEmpty()) {
                sb.append("<p class=\"note\">").append(esc(mon.note())).append("</p>\n");
            }
        }
        if (!mon.rowsNone().isEmpty()) { // no indicator row: why, likewise
            sb.append("<p>").append(esc(mon.rowsNone())).append("</p>\n");
        }
        if (!mon.rows().isEmpty()) {
            Page.wide(sb, mon.heading() + m.label("punct.colon") + mon.rows().get(0).get(0));
            sb.append("<table class=\"monitoring\">\n<thead><tr>");
            for (String h : mon.indicatorHeadings(m)) {
                sb.append("<th scope=\"col\">").append(Escape.htmlValue(h)).append("</th>");
            }
            sb.append("</tr></thead>\n<tbody>\n");
            for (int k = 0; k < mon.filed().size(); k++) {
                List<String> row = mon.rows().get(k + 1);
                Targets.Filed f = mon.filed().get(k);
                sb.append("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    sb.append("<td>").append(Escape.htmlValue(row.get(i))).append("</td>");
                    if (i == 1) {
                        sb.append("<td>").append(Escape.htmlValue(f.reading())).append("</td>");
                    }
                }
                place(sb, f.location(), f.cell());
                rowFindings(sb, f.findings(), ids, m);
                sb.append("</tr>\n");
            }
            sb.append("</tbody>\n</table></div>\n");
            if (mon.more() > 0) {
                sb.append("<p class=\"note\">").append(esc(m.label("targets.more", mon.more()))).append("</p>\n");
            }
        }
        sb.append("</section>\n");
    }

    /** A row's place cell: its file:line:column in code, the workbook cell after it. */
    private static void place(StringBuilder sb, String location, String cell) {
        sb.append("<td>");
        if (!location.isEmpty()) {
            sb.append("<code>").append(Escape.htmlValue(location)).append("</code>");
        }
        if (cell != null) {
            sb.append(esc(cell));
        }
        sb.append("</td>");
    }

    /**
     * A row's findings cell: each finding's severity and rule ({@link Targets#findings}' words), each linked to that finding
     * in the list below ({@link #ids}); at most {@link Escape#MAX_MESSAGE} characters of them, the rest cut with "…".
     */
    private static void rowFindings(StringBuilder sb, List<Finding> fs, Map<Finding, String> ids, Messages m) {
        sb.append("<td>");
        int length = 0;
        for (Finding f : fs) {
            String sep = length == 0 ? "" : m.label("punct.semicolon");
            String label = Targets.finding(f, m);
            if (length + sep.length() + label.length() > Escape.MAX_MESSAGE) {
                sb.append(esc(sep)).append('…');
                break;
            }
            length += sep.length() + label.length();
            String id = ids.get(f);
            sb.append(esc(sep)).append(id == null ? esc(label) : "<a href=\"#" + id + "\">" + esc(label) + "</a>");
        }
        sb.append("</td>");
    }

    /**
     * A 目标申报 submission's indicator rows as filed ({@link Targets}): names, target as typed, how jixiao reads it, points
     * where filed, place and cell, and the findings on the row (each its severity and rule; their messages are in the
     * findings below, linked).
     */
    private static void targets(StringBuilder sb, Targets t, Map<Finding, String> ids, Messages m) {
        if (t == null) {
            return;
        }
        sb.append("<section id=\"targets\">\n<h2>").append(esc(m.label("targets.heading"))).append("</h2>\n");
        if (t.rows().isEmpty()) {
            sb.append("<p>").append(esc(m.label(t.none()))).append("</p>\n</section>\n");
            return;
        }
        Page.wide(sb, m.label("targets.heading"));
        sb.append("<table class=\"targets\">\n<thead><tr>");
        for (String h : t.headings(m)) {
            sb.append("<th scope=\"col\">").append(esc(h)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (Targets.Row r : t.rows()) {
            sb.append("<tr><td>").append(Escape.htmlValue(r.level1())).append("</td><td>").append(Escape.htmlValue(r.level2()))
                    .append("</td><td>").append(Escape.htmlValue(r.name())).append("</td><td>").append(Escape.htmlValue(r.target()))
                    .append("</td><td>").append(Escape.htmlValue(r.reading())).append("</td>");
            if (t.points()) {
                sb.append("<td class=\"n\">").append(esc(r.points())).append("</td>");
            }
            place(sb, r.location(), r.cell());
            rowFindings(sb, r.findings(), ids, m);
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table></div>\n");
        if (t.more() > 0) {
            sb.append("<p class=\"note\">").append(esc(m.label("targets.more", t.more()))).append("</p>\n");
        }
        sb.append("</section>\n");
    }

    private static void count(StringBuilder sb, String sev, long n, Messages m) {
        sb.append("<li class=\"c-").append(sev).append("\"><b>").append(n).append("</b> ")
                .append(esc(m.label("summary.count." + sev))).append("</li>");
    }

    // ---- findings, by file and severity

    /**
     * Each finding's anchor on the page, {@code f-} and the first {@value #ID_HEX} hex digits of its fingerprint
     * ({@link Messages#fingerprint}, the identity the baseline and SARIF's {@code partialFingerprints} carry): the same
     * finding keeps its anchor when another finding is added or removed before it, so a link a reviewer saved ("see
     * #f-3fa9c2d1e0b4") still lands on it after the next push (R10's anchors were the list's positions, session 44).
     * Findings that share one (the same rule, file, message and printed arguments on two rows) are told apart by their
     * ordinal among those equals in the list's order ({@code f-3fa9c2d1e0b4-2} for the second): ASCII only, no data
     * text, unique on the page and the same bytes every run. By identity: a finding is the one object the list and the
     * rows both hold.
     */
    static Map<Finding, String> ids(List<Finding> all, Messages m) {
        Map<Finding, String> ids = new java.util.IdentityHashMap<>(all.size() * 2);
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (Finding f : listed(all)) {
            String base = "f-" + m.fingerprint(f).substring(0, ID_HEX);
            int k = seen.merge(base, 1, Integer::sum);
            ids.put(f, k == 1 ? base : base + "-" + k);
        }
        return ids;
    }

    /** Hex digits of the fingerprint in an anchor: 48 bits, so that two findings of one page share them only when equal. */
    static final int ID_HEX = 12;

    /** The findings in the list's order as the page shows it: by file in the reports' order, within a file by severity. */
    static List<Finding> listed(List<Finding> all) {
        List<Finding> listed = new ArrayList<>(Findings.sorted(all));
        listed.sort(java.util.Comparator.comparing(Finding::file).thenComparing(Finding::severity)); // stable: the list's order
        return listed;
    }

    private static void findings(StringBuilder sb, List<Finding> all, Map<Finding, String> ids, Map<Finding, String> suppressed,
                                 java.util.Set<Finding> baselined, Map<Finding, io.github.jixiao.finding.Severity> raised, Map<String, String> criterionNames,
                                 Messages m, Cells cells,
                                 ReportMeta meta) {
        sb.append("<section id=\"findings\">\n<h2>").append(esc(m.label("summary.allFindings"))).append(m.label("punct.open"))
                .append(all.size()).append(m.label("punct.close")).append("</h2>\n");
        if (all.isEmpty()) {
            sb.append("<p>").append(esc(m.label("summary.noFindingsAtAll"))).append("</p>\n</section>\n");
            return;
        }
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : Findings.sorted(all)) {
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            sb.append("<section class=\"file\">\n<h3>").append(e.getKey().isEmpty() ? esc(m.label("console.noFile"))
                    : "<code>" + Escape.htmlValue(e.getKey()) + "</code>").append("</h3>\n");
            for (Severity s : Severity.values()) {
                List<Finding> fs = e.getValue().stream().filter(f -> f.severity() == s).toList();
                if (fs.isEmpty()) {
                    continue;
                }
                sb.append("<h4 class=\"c-").append(s.id()).append("\">").append(esc(m.label("summary.severityGroup." + s.id(), fs.size())))
                        .append("</h4>\n<ul class=\"findings\">\n");
                for (Finding f : fs) {
                    String id = ids.get(f);
                    sb.append("<li class=\"").append(s.id()).append(id == null ? "\">" : "\" id=\"" + id + "\">").append("<p class=\"msg\">").append(Escape.htmlCut(m.message(f), Escape.MAX_MESSAGE));
                    tag(sb, f, suppressed, baselined, raised, m);
                    sb.append("</p><p class=\"detail\">");
                    List<String> parts = new ArrayList<>();
                    if (f.line() > 0) {
                        parts.add(esc(m.label("console.location", f.line(), f.column())));
                    }
                    String cell = cells.of(f, m);
                    if (cell != null) {
                        parts.add(esc(m.label("report.cell", Escape.value(cell))));
                    }
                    String link = meta == null ? null : meta.ruleLink(f.ruleId()); // a link only where jixiao.rulesUrl says where
                    parts.add(esc(m.label("summary.rule")) + " " + (link == null ? "<code>" + esc(f.ruleId()) + "</code>"
                            : "<a href=\"" + esc(link) + "\">" + esc(f.ruleId()) + "</a>"));
                    if (!f.pointer().isEmpty()) { // labelled: a bare /funds/total/points said nothing to a finance officer
                        parts.add(esc(m.label("summary.pointer")) + " <code>" + Escape.htmlValue(f.pointer()) + "</code>");
                    }
                    // the criterion, linked to its row in the 评分表; a page without a score has neither (目标申报, 运行监控)
                    if (f.criterion() != null && criterionNames.containsKey(f.criterion())) {
                        String name = criterionNames.get(f.criterion());
                        parts.add(esc(m.label("summary.criterion")) + m.label("punct.colon") + "<a href=\"#" + esc(anchor(f.criterion())) + "\">"
                                + Escape.htmlValue(name) + "</a>");
                    }
                    sb.append(String.join(" · ", parts)).append("</p></li>\n");
                }
                sb.append("</ul>\n");
            }
            sb.append("</section>\n");
        }
        sb.append("</section>\n");
    }

    /** An id attribute for a criterion: ids are kebab case, anything else is replaced. */
    static String anchor(String id) {
        StringBuilder sb = new StringBuilder(id.length() + 2).append("c-");
        // as replaceAll("[^A-Za-z0-9_-]", "_") did, without compiling a pattern per call: one '_' per code point
        for (int i = 0; i < id.length(); ) {
            int c = id.codePointAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            sb.append(keep ? (char) c : '_');
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    // ---- the 评分表

    /** A suppressed finding's reason, or that a finding is in the baseline, as a tag after its message. */
    private static void tag(StringBuilder sb, Finding f, Map<Finding, String> suppressed, java.util.Set<Finding> baselined,
                            Map<Finding, io.github.jixiao.finding.Severity> raised, Messages m) {
        String why = suppressed.get(f);
        if (why != null) {
            sb.append("<span class=\"tag\">").append(esc(m.label("summary.suppressed", Escape.value(why)))).append("</span>");
        } else if (baselined.contains(f)) {
            sb.append("<span class=\"tag\">").append(esc(m.label("summary.baselined"))).append("</span>");
        } else if (raised.containsKey(f)) { // open: the baseline accepted it at a lower severity
            sb.append("<span class=\"tag\">").append(esc(ConsoleReport.raisedTag(f, raised.get(f), m))).append("</span>");
        }
    }

    private static void table(StringBuilder sb, EngineResult result, FrameworkNames names, Messages m,
                               Map<Finding, String> suppressed, java.util.Set<Finding> baselined,
                               Map<Finding, io.github.jixiao.finding.Severity> raised, Cells cells, Map<Finding, String> ids) {
        ScoreSheet sheet = result.sheet();
        List<CriterionScore> cs = sheet.criteria();
        Map<String, List<Finding>> byCriterion = ScoreSummary.byCriterion(result.findings());
        ScoreSummary.Directions directions = ScoreSummary.Directions.of(result);
        sb.append("<section id=\"table\">\n<h2>").append(esc(m.label("summary.table"))).append("</h2>\n");
        // a 复核分 column only where the submission gives one (a page without is as it was, byte for byte)
        boolean reviewed = sheet.anyReviewed();
        Page.wide(sb, m.label("summary.table"));
        sb.append("<table class=\"score\">\n<colgroup><col class=\"l1\"><col class=\"l2\"><col class=\"l3\"><col class=\"w\"><col class=\"s\">")
                .append(reviewed ? "<col class=\"s\">" : "").append("<col class=\"how\"></colgroup>\n");
        sb.append("<thead><tr><th scope=\"col\">").append(esc(m.label("summary.level1"))).append("</th><th scope=\"col\">")
                .append(esc(m.label("summary.level2"))).append("</th><th scope=\"col\">").append(esc(m.label("summary.level3")))
                .append("</th><th scope=\"col\" class=\"n\">").append(esc(m.label("summary.weight"))).append("</th><th scope=\"col\" class=\"n\">")
                .append(esc(m.label("summary.score")))
                .append(reviewed ? "</th><th scope=\"col\" class=\"n\">" + esc(m.label("summary.reviewed")) : "")
                .append("</th><th scope=\"col\">").append(esc(m.label("summary.method")))
                .append("</th></tr></thead>\n<tbody>\n");
        // each figure's column name, which the phone's stacked layout shows before it (Page.CSS: no heading row there)
        String weightLabel = " data-label=\"" + esc(m.label("summary.weight")) + "\"";
        String scoreLabel = " data-label=\"" + esc(m.label("summary.score")) + "\"";
        String reviewedLabel = " data-label=\"" + esc(m.label("summary.reviewed")) + "\"";
        for (int i = 0; i < cs.size(); i++) {
            CriterionScore c = cs.get(i);
            sb.append("<tr id=\"").append(esc(anchor(c.id()))).append("\">");
            if (i == 0 || !nz(c.level1()).equals(nz(cs.get(i - 1).level1()))) {
                sb.append("<td class=\"g\" rowspan=\"").append(span(cs, i, true)).append("\">").append(Escape.htmlValue(names.group(c.level1()))).append("</td>");
            }
            if (i == 0 || !nz(c.level1()).equals(nz(cs.get(i - 1).level1())) || !nz(c.level2()).equals(nz(cs.get(i - 1).level2()))) {
                sb.append("<td class=\"g\" rowspan=\"").append(span(cs, i, false)).append("\">").append(Escape.htmlValue(names.group(c.level2()))).append("</td>");
            }
            String cls = c.score().signum() == 0 && c.weight().signum() > 0 ? "n zero" : c.score().compareTo(c.weight()) < 0 ? "n part" : "n";
            sb.append("<td class=\"c\">").append(Escape.htmlValue(names.criterion(c))).append("</td><td class=\"n\"").append(weightLabel).append('>')
                    .append(ScoreSummary.text(c.weight())).append("</td><td class=\"").append(cls).append('"').append(scoreLabel).append('>')
                    .append(ScoreSummary.text(c.score())).append("</td><td class=\"how\">");
            if (reviewed) {
                sb.setLength(sb.length() - "<td class=\"how\">".length());
                sb.append("<td class=\"n\"").append(reviewedLabel).append('>').append(c.reviewed() == null ? "" : ScoreSummary.text(c.reviewed()))
                        .append("</td><td class=\"how\">");
            }
            how(sb, c, names, m, directions, result, cells);
            List<Finding> fs = byCriterion.getOrDefault(c.id(), List.of());
            if (!fs.isEmpty()) {
                sb.append("<ul class=\"f\">");
                for (Finding f : fs) { // its severity linked to its entry in the list below, as a row of the 目标申报 table links
                    String id = ids.get(f);
                    String sev = esc(m.label("severity." + f.severity().id()));
                    // the link's text is the severity word alone: its title and accessible name say the rule too (R11: a
                    // screen reader heard only "警告"), in the words of the 目标申报 table's row links
                    String named = esc(Targets.finding(f, m));
                    sb.append("<li class=\"").append(f.severity().id()).append("\">").append(id == null ? sev : "<a href=\"#" + id + "\" title=\"" + named + "\" aria-label=\"" + named + "\">" + sev + "</a>").append(m.label("punct.colon"))
                            .append(Escape.htmlCut(m.message(f), Escape.MAX_MESSAGE));
                    tag(sb, f, suppressed, baselined, raised, m); // as in the findings list (review V, session 24)
                    sb.append("</li>");
                }
                sb.append("</ul>");
            }
            sb.append("</td></tr>\n");
        }
        sb.append("<tr class=\"sum\"><td colspan=\"3\">").append(esc(m.label(ScoreSummary.totalLabel(sheet)))).append("</td><td class=\"n\"").append(weightLabel).append('>')
                .append(ScoreSummary.text(sheet.weight())).append("</td><td class=\"n\"").append(scoreLabel).append('>').append(esc(ScoreSummary.totalCell(sheet, m)))
                .append(!reviewed ? "" : "</td><td class=\"n\"" + reviewedLabel + ">"
                        + (sheet.reviewedTotal() != null ? ScoreSummary.text(sheet.reviewedTotal())
                        : sheet.reviewedOutsidePoints().isEmpty() ? "" : "—"))
                .append("</td><td></td></tr>\n");
        sb.append("<tr class=\"sum\"><td colspan=\"3\">").append(esc(m.label("summary.grade"))).append("</td><td></td><td class=\"n\">")
                .append(esc(ScoreSummary.grade(sheet, names, m)))
                .append(!reviewed ? "" : "</td><td class=\"n\"" + reviewedLabel + ">" + (sheet.reviewedGrade() != null && sheet.reviewedTotal() != null
                        ? esc(names.grade(sheet.reviewedGrade())) : sheet.reviewedOutsidePoints().isEmpty() ? "" : "—"))
                .append("</td><td></td></tr>\n");
        sb.append("</tbody>\n</table></div>\n</section>\n");
    }

    /**
     * The criterion's 评分标准 as the framework writes it (in its English in English), the method, the formula as
     * applied (the scoring package's text, kept in its language: it is built in {@code score/}), the department's own
     * figure when it differs, the sub-items and the figures used. The formula, sub-items and figures sit in elements
     * of class {@code formula}.
     */
    private static void how(StringBuilder sb, CriterionScore c, FrameworkNames names, Messages m,
                            ScoreSummary.Directions directions, EngineResult result, Cells cells) {
        if (c.standard() != null && !c.standard().isBlank()) {
            sb.append("<p class=\"standard\"><b>").append(esc(m.label("summary.standard"))).append("</b>").append(m.label("punct.colon"))
                    .append(ScoreSummary.standard(c, names, true)).append("</p>");
        }
        sb.append(esc(m.label("method." + c.method())));
        sb.append(esc(ScoreSummary.claimed(c, m)));
        // every criterion's formula as applied, a department's own score at full marks too: its reason is what
        // score-ignores-missed-target and the reviewer weigh (the sample's 44 self-assessed points)
        if (c.explanation() != null && !c.explanation().isEmpty()) {
            sb.append("<p class=\"formula\">").append(Escape.htmlValue(c.explanation(), Escape.MAX_EXPLANATION)).append("</p>");
        }
        if (c.reviewedReason() != null) { // the reviewer's reason for the 复核分 beside it in this row
            sb.append("<p class=\"reviewed\"><b>").append(esc(m.label("summary.reviewedReason"))).append("</b>").append(m.label("punct.colon"))
                    .append(Escape.htmlValue(c.reviewedReason(), Escape.MAX_EXPLANATION)).append("</p>");
        }
        if (!c.items().isEmpty()) {
            sb.append("<ul class=\"items formula\">");
            for (CriterionScore it : c.items()) {
                // a row's 指标方向 and the comparator its target was read with (none without the column: as before)
                sb.append("<li>").append(Escape.htmlValue(names.criterion(it)))
                        .append(directions == null ? "" : esc(directions.note(it.id(), m))).append(m.label("punct.colon")).append(ScoreSummary.text(it.score()))
                        .append(" / ").append(ScoreSummary.text(it.weight()))
                        .append(it.reviewed() == null ? "" : " · " + esc(m.label("summary.reviewed")) + " " + ScoreSummary.text(it.reviewed()))
                        .append(it.reviewedReason() == null ? "" : esc(m.label("punct.open") + m.label("summary.reviewedReason")
                                + m.label("punct.colon")) + Escape.htmlValue(it.reviewedReason(), Escape.MAX_EXPLANATION) + esc(m.label("punct.close")))
                        .append(esc(m.label("punct.open")))
                        .append(Escape.htmlValue(it.explanation(), Escape.MAX_EXPLANATION)).append(esc(m.label("punct.close")));
                // the row's own 评分标准 and 指标解释 (福建 2020), each a line under it, where it prints one
                rowTexts(sb, ScoreSummary.withTexts(result, it), m);
                sb.append("</li>");
            }
            sb.append("</ul>");
        }
        if (!c.inputs().isEmpty()) {
            sb.append("<p class=\"inputs-h\">").append(esc(m.label("summary.inputs"))).append("</p><ul class=\"inputs formula\">");
            for (ScoreInput in : c.inputs()) {
                sb.append("<li>").append(Escape.htmlValue(in.label())).append(m.label("punct.colon")).append(Escape.htmlValue(in.value()));
                // where a person finds the figure: file:line:column and the workbook cell it was imported from; the
                // reference (self-assessment#/criteria/0/score) only where no location is known (review R7, session 42)
                ScoreSummary.Place place = ScoreSummary.place(in, result, cells, m);
                if (place != null) {
                    sb.append(" <code>").append(Escape.htmlValue(place.location())).append("</code>");
                    if (place.cell() != null) {
                        sb.append(esc(place.cell()));
                    }
                } else if (!in.ref().isEmpty()) {
                    sb.append(" <code>").append(Escape.htmlValue(in.ref())).append("</code>");
                }
                sb.append("</li>");
            }
            sb.append("</ul>");
        }
    }

    /** The row's own 评分标准 and 指标解释 as printed (福建 2020), each a line under the row; nothing for {@code i} null. */
    private static void rowTexts(StringBuilder sb, io.github.jixiao.model.Indicator i, Messages m) {
        if (i == null) {
            return;
        }
        String[][] texts = {{"summary.standard", i.columns().standard()}, {"summary.definition", i.columns().definition()}};
        for (String[] t : texts) {
            if (t[1] != null && !t[1].isBlank()) {
                sb.append("<br><span class=\"standard\"><b>").append(esc(m.label(t[0]))).append("</b>").append(m.label("punct.colon"))
                        .append(Escape.htmlValue(t[1], 4000)).append("</span>");
            }
        }
    }

    /** How many rows from {@code i} share its 一级 (or its 一级 and 二级). */
    private static int span(List<CriterionScore> cs, int i, boolean level1Only) {
        int n = 0;
        for (int j = i; j < cs.size(); j++) {
            boolean same1 = nz(cs.get(j).level1()).equals(nz(cs.get(i).level1()));
            boolean same2 = nz(cs.get(j).level2()).equals(nz(cs.get(i).level2()));
            if (!same1 || (!level1Only && !same2)) {
                break;
            }
            n++;
        }
        return n;
    }

    // ---- charts

    private static void charts(StringBuilder sb, ScoreSheet sheet, FrameworkNames names, Messages m) {
        sb.append("<section id=\"charts\">\n<h2>").append(esc(m.label("summary.charts"))).append("</h2>\n");
        if (sheet.nothingScorable()) {
            // criteria that weigh 0 points in all (t44, t98): no bars of 0 / 0, said plainly (since session 56)
            sb.append("<p>").append(esc(m.label("summary.charts.none"))).append("</p>\n</section>\n");
            return;
        }
        // a criterion scored 0 for want of its figures is drawn apart from one that earned 0 (review E, session 25)
        java.util.Set<String> unscored = new java.util.HashSet<>();
        sheet.unscored().forEach(u -> unscored.add(u.criterion()));
        List<Bar> criteria = new ArrayList<>();
        boolean anyUnscored = false;
        for (CriterionScore c : sheet.criteria()) {
            boolean u = c.score().signum() == 0 && unscored.contains(c.id());
            anyUnscored |= u;
            criteria.add(new Bar(names.criterion(c), c.score(), c.weight(), u));
        }
        sb.append("<ul class=\"legend\"><li><span class=\"sw full\"></span>").append(esc(m.label("summary.legend.full")))
                .append("</li><li><span class=\"sw part\"></span>").append(esc(m.label("summary.legend.part")))
                .append("</li><li><span class=\"sw zero\"></span>").append(esc(m.label("summary.legend.zero")));
        if (anyUnscored) {
            sb.append("</li><li><span class=\"sw unscored\"></span>").append(esc(m.label("summary.legend.unscored")));
        }
        sb.append("</li></ul>\n");
        List<Bar> levels = new ArrayList<>();
        for (ScoreSummary.Level l : ScoreSummary.levels(sheet)) {
            levels.add(new Bar(names.group(l.name()), l.score(), l.weight()));
        }
        figure(sb, "chart-level1", levels, m.label("summary.chartLevel1"), m);
        figure(sb, "chart-criteria", criteria, m.label("summary.chartCriteria"), m);
        sb.append("</section>\n");
    }

    private static void figure(StringBuilder sb, String id, List<Bar> bars, String title, Messages m) {
        sb.append("<figure>\n<figcaption id=\"").append(id).append("-t\">").append(esc(title)).append("</figcaption>\n");
        Page.wide(sb, title);
        chart(sb, id, bars, title, m); // straight into the page: no String of the chart, no builder grown from 16
        sb.append("</div></figure>\n");
    }

    /** One bar of a chart: score against weight; {@code unscored}: 0 for want of its figures, not earned. */
    record Bar(String label, BigDecimal score, BigDecimal weight, boolean unscored) {
        Bar(String label, BigDecimal score, BigDecimal weight) {
            this(label, score, weight, false);
        }
    }

    static String chart(List<Bar> bars, String title) {
        return chart("chart", bars, title, new Messages(Messages.ZH));
    }

    /**
     * A horizontal bar chart: each bar is the full weight, filled to the score, coloured full / partial / zero. Its
     * text alternative ({@code <desc>}, read by screen readers and shown by none) lists every bar with its figures
     * and what its colour means; each bar has its own {@code <title>} too.
     */
    static String chart(String id, List<Bar> bars, String title, Messages m) {
        StringBuilder sb = new StringBuilder();
        chart(sb, id, bars, title, m);
        return sb.toString();
    }

    private static void chart(StringBuilder sb, String id, List<Bar> bars, String title, Messages m) {
        int height = 8 + bars.size() * ROW + 8;
        int width = LABEL_W + BAR_W + VALUE_W;
        // sized for the usual bar (its description about 60 characters, its markup about 400)
        StringBuilder desc = new StringBuilder(bars.size() * 80);
        StringBuilder body = new StringBuilder(bars.size() * 400);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 8 + i * ROW;
            BigDecimal share = b.weight().signum() == 0 ? BigDecimal.ZERO
                    : b.score().divide(b.weight(), 6, RoundingMode.HALF_UP).max(BigDecimal.ZERO).min(BigDecimal.ONE);
            String fill = BigDecimal.valueOf(BAR_W).multiply(share).setScale(1, RoundingMode.HALF_UP).toPlainString();
            // a bar that carries no points (0 / 0: 满意度 whose points went to 产出 and 效益, a block without 分值) lost
            // nothing: drawn empty and said so, not red as "no points scored" (the 评分表 does not colour it either)
            String cls = b.weight().signum() == 0 ? "none" : b.unscored() ? "unscored"
                    : share.compareTo(BigDecimal.ONE) == 0 ? "full" : share.signum() == 0 ? "zero" : "part";
            String label = Escape.value(b.label());
            String figures = ScoreSummary.text(b.score()) + " / " + ScoreSummary.text(b.weight());
            String said = label + " " + figures + m.label("punct.open") + m.label("summary.legend." + cls) + m.label("punct.close");
            desc.append(i == 0 ? "" : m.label("punct.semicolon")).append(said);
            body.append("<g><title>").append(esc(said)).append("</title>");
            body.append("<text x=\"").append(LABEL_W - 8).append("\" y=\"").append(y + 16).append("\" text-anchor=\"end\">")
                    .append(esc(shorten(label))).append("</text>");
            body.append("<rect class=\"bg\" x=\"").append(LABEL_W).append("\" y=\"").append(y + 4).append("\" width=\"").append(BAR_W)
                    .append("\" height=\"16\"/>");
            if (cls.equals("unscored")) { // the whole bar outlined, dashed: its points are at stake, not lost on merit
                body.append("<rect class=\"unscored\" x=\"").append(LABEL_W).append("\" y=\"").append(y + 4).append("\" width=\"")
                        .append(BAR_W).append("\" height=\"16\"/>");
            } else if (!cls.equals("none")) {
                body.append("<rect class=\"").append(cls).append("\" x=\"").append(LABEL_W).append("\" y=\"").append(y + 4)
                        .append("\" width=\"").append(cls.equals("zero") ? "2" : fill).append("\" height=\"16\"/>");
            }
            body.append("<text x=\"").append(LABEL_W + BAR_W + 8).append("\" y=\"").append(y + 16).append("\">")
                    .append(figures).append("</text></g>\n");
        }
        sb.append("<svg role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n<title id=\"")
                .append(id).append("-title\">").append(esc(title)).append("</title>\n<desc id=\"").append(id).append("-desc\">")
                .append(esc(desc.toString())).append("</desc>\n").append(body).append("</svg>\n");
    }

    private static String shorten(String s) {
        String t = nz(s);
        int units = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            units += cp >= 0x1100 ? 2 : 1;
            if (units > LABEL_UNITS - 2 && i + Character.charCount(cp) < t.length()) {
                return t.substring(0, i) + "…";
            }
            i += Character.charCount(cp);
        }
        return t;
    }

    /** HTML escaping: {@link Escape#html}, the one escaper of every page. */
    static String esc(String s) {
        return Escape.html(s);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
