package io.github.jixiao.report;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.ScoreInput;
import io.github.jixiao.score.ScoreSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** score-summary.md: the 评分表 ready to paste (一级 | 二级 | 三级 | 分值 | 得分 | 评分标准 | 计分方法/说明), total and grade. */
final class ScoreSummaryMarkdown {
    private ScoreSummaryMarkdown() {
    }

    static String render(EngineResult result, Messages m, ReportMeta meta) {
        return render(result, Map.of(), m, meta);
    }

    static String render(EngineResult result, Map<Finding, String> suppressed, Messages messages, ReportMeta meta) {
        StringBuilder sb = new StringBuilder(16 * 1024); // about 12 KB a department: not grown a dozen times
        render(sb, result, suppressed, messages, meta);
        return sb.toString();
    }

    /** As above, appended to {@code sb} (the file is written from the thread's {@link TextBuffer}). */
    static void render(StringBuilder sb, EngineResult result, Map<Finding, String> suppressed, Messages messages, ReportMeta meta) {
        render(sb, result, suppressed, java.util.Set.of(), messages, meta);
    }

    /** As above; {@code baselined} findings are marked and left out of the counts, as suppressed ones are. */
    static void render(StringBuilder sb, EngineResult result, Map<Finding, String> suppressed, java.util.Set<Finding> baselined,
                       Messages messages, ReportMeta meta) {
        render(sb, result, suppressed, baselined, messages, meta, Cells.none());
    }

    /** As above; {@code cells} names each finding's workbook cell after its file and line, as the page and the console do. */
    static void render(StringBuilder sb, EngineResult result, Map<Finding, String> suppressed, java.util.Set<Finding> baselined,
                       Messages messages, ReportMeta meta, Cells cells) {
        render(sb, result, suppressed, baselined, Map.of(), messages, meta, cells);
    }

    /** As above; a finding the baseline holds at a lower severity ({@code raised}) is open, tagged （自基线以来升级：警告 → 错误）. */
    static void render(StringBuilder sb, EngineResult result, Map<Finding, String> suppressed, java.util.Set<Finding> baselined,
                       Map<Finding, io.github.jixiao.finding.Severity> raised, Messages messages, ReportMeta meta, Cells cells) {
        ScoreSheet sheet = result.sheet();
        Messages m = messages.forResult(result);
        FrameworkNames names = FrameworkNames.of(sheet, m);
        ScoreSummary.Heading heading = ScoreSummary.Heading.of(result, m);
        sb.append("# ").append(cell(heading.title())).append("\n\n");
        if (!heading.subtitle().isEmpty()) {
            sb.append(cell(heading.subtitle())).append("\n\n");
        }
        // the verdict first, as on the page
        ScoreSummary.Verdict v = ScoreSummary.Verdict.of(result.findings(), suppressed, baselined);
        // each finding's anchor, the page's (ScoreSummaryHtml#ids), where a row of the 目标申报 or 运行监控 table, or of the
        // 评分表 (session 46), links its findings in the list below
        Map<Finding, String> ids = ScoreSummaryHtml.ids(result.findings(), m);
        if (sheet == null) {
            unscored(sb, result, suppressed, baselined, raised, m, meta, v, cells, ids);
            return;
        }
        // a 复核分 column only where the submission gives one (a report without is as it was, byte for byte)
        boolean reviewed = sheet.anyReviewed();
        BigDecimal reviewedTotal = sheet.reviewedTotal();
        String reviewedLine = ScoreSummary.reviewedTotal(sheet, names, m);
        boolean withheld = !sheet.reviewedOutsidePoints().isEmpty();
        sb.append("**").append(ScoreSummary.labelAndFigure(sheet, m))
                .append(reviewedLine == null ? "" : " · " + cell(reviewedLine))
                .append(" · ").append(m.label("summary.grade")).append(" ")
                .append(cell(ScoreSummary.grade(sheet, names, m))).append("** · ").append(v.countsAndSetAside(m)).append("\n\n");
        sb.append(v.status(m)).append("\n\n");
        sb.append("- ").append(m.label("summary.framework")).append(m.label("punct.colon")).append(cell(names.framework(sheet.frameworkName())))
                .append(m.label("punct.open")).append(cell(sheet.frameworkId())).append(' ').append(cell(sheet.frameworkVersion()))
                .append(m.label("punct.close"))
                .append(sheet.frameworkFromProject() ? " **" + cell(m.label("summary.frameworkFile", sheet.frameworkFile())) + "**" : "")
                .append(sheet.frameworkBase() == null ? ""
                        : " " + cell(baseLabel(sheet, m, s -> s)))
                .append("\n");
        stage(sb, result, m);
        if (ScoreSummary.incomplete(result) > 0) {
            sb.append("- **").append(m.label("summary.incomplete", ScoreSummary.withoutData(result))).append("**\n");
        }
        // why a grade a finding doubts is 暂定 (grade-unsupported; since session 57)
        String doubt = ScoreSummary.gradeDoubt(sheet, names, m);
        if (doubt != null) {
            sb.append("- **").append(cell(doubt)).append("**\n");
        }
        if (!sheet.unscored().isEmpty()) {
            sb.append("- **").append(ScoreSummary.unscoredHeading(sheet, m)).append("**\n");
            for (String line : ScoreSummary.unscored(sheet, m)) {
                sb.append("  - ").append(cell(line)).append('\n');
            }
        }
        producedBy(sb, meta, m);

        sb.append("| ").append(m.label("summary.level1")).append(" | ").append(m.label("summary.level2")).append(" | ")
                .append(m.label("summary.level3")).append(" | ").append(m.label("summary.weight")).append(" | ")
                .append(m.label("summary.score")).append(" | ").append(reviewed ? m.label("summary.reviewed") + " | " : "")
                .append(m.label("summary.standard")).append(" | ").append(m.label("summary.method")).append(" | ")
                .append(m.label("targets.findings")).append(" |\n");
        sb.append(reviewed ? "|---|---|---|---:|---:|---:|---|---|---|\n" : "|---|---|---|---:|---:|---|---|---|\n");
        // each criterion's findings, linked to their entries under 与得分有关的问题, as the page's 评分表 lists them
        Map<String, List<Finding>> onCriterion = ScoreSummary.byCriterion(result.findings());
        String last1 = null;
        String last2 = null;
        ScoreSummary.Directions directions = ScoreSummary.Directions.of(result);
        for (CriterionScore c : sheet.criteria()) {
            boolean new1 = !nz(c.level1()).equals(last1);
            boolean new2 = new1 || !nz(c.level2()).equals(last2);
            sb.append("| ").append(new1 ? cell(names.group(c.level1())) : "").append(" | ").append(new2 ? cell(names.group(c.level2())) : "")
                    .append(" | ").append(cell(names.criterion(c))).append(" | ").append(ScoreSummary.text(c.weight())).append(" | ")
                    .append(ScoreSummary.text(c.score())).append(" | ").append(reviewed ? reviewedCell(c, m) + " | " : "")
                    .append(standard(c, names)).append(" | ")
                    .append(formula(how(c, m))).append(" |");
            StringBuilder links = new StringBuilder();
            findingLinks(links, onCriterion.getOrDefault(c.id(), List.of()), m, ids);
            sb.append(links.isEmpty() ? " |\n" : " " + links + " |\n");
            last1 = nz(c.level1());
            last2 = nz(c.level2());
            if ("indicator-points".equals(c.method())) {
                // the 自评表 lists each indicator under its block
                for (CriterionScore it : c.items()) {
                    // a row's 指标方向 and the comparator its target was read with (none without the column: as before);
                    // the row's own 评分标准 (福建 2020) in the 评分标准 column, where it prints one
                    io.github.jixiao.model.Indicator row = ScoreSummary.withTexts(result, it);
                    String own = row == null || row.columns().standard() == null ? "" : cell(row.columns().standard());
                    sb.append("|  |  | · ").append(cell(it.name())).append(directions == null ? "" : cell(directions.note(it.id(), m)))
                            .append(" | ").append(ScoreSummary.text(it.weight()))
                            .append(" | ").append(ScoreSummary.text(it.score())).append(" | ")
                            .append(reviewed ? reviewedCell(it, m) + " | " : "").append(own).append(own.isEmpty() ? "| " : " | ")
                            .append(formula(it.explanation())).append(" | |\n");
                }
            }
        }
        sb.append("| **").append(m.label(ScoreSummary.totalLabel(sheet))).append("** | | | **").append(ScoreSummary.text(sheet.weight()))
                .append("** | **").append(ScoreSummary.totalCell(sheet, m)).append("**")
                .append(!reviewed ? "" : reviewedTotal != null ? " | **" + ScoreSummary.text(reviewedTotal) + "**" : withheld ? " | —" : " |")
                .append(" | | | |\n");
        sb.append("| **").append(m.label("summary.grade")).append("** | | | | **").append(cell(ScoreSummary.grade(sheet, names, m)))
                .append(!reviewed ? "** | | | |\n\n" : sheet.reviewedGrade() != null && reviewedTotal != null
                        ? "** | **" + cell(names.grade(sheet.reviewedGrade())) + "** | | | |\n\n" : withheld ? "** | — | | | |\n\n" : "** | | | | |\n\n");

        inputs(sb, result, names, m, cells);
        sb.append("## ").append(m.label("summary.findings")).append("\n\n");
        int n = 0;
        java.util.Set<Finding> listed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<String, List<Finding>> byCriterion = ScoreSummary.byCriterion(result.findings());
        for (CriterionScore c : sheet.criteria()) {
            for (Finding f : byCriterion.getOrDefault(c.id(), List.of())) {
                // the anchor first, so that a 评分表 link lands on the line's start, as the other lists' do
                sb.append("- ").append(anchor(f, ids)).append(cell(names.criterion(c))).append(m.label("punct.colon")).append(line(f, m, cells, Map.of()))
                        .append(tag(f, suppressed, baselined, raised, m)).append('\n');
                listed.add(f);
                n++;
            }
        }
        for (Finding f : ScoreSummary.unattached(result)) {
            sb.append("- ").append(line(f, m, cells, ids)).append(tag(f, suppressed, baselined, raised, m)).append('\n');
            listed.add(f);
            n++;
        }
        if (n == 0) {
            sb.append(m.label("summary.noFindings")).append('\n');
        }
        others(sb, result, listed, suppressed, baselined, raised, m, cells, ids);
    }

    /** The most errors and warnings {@link #others} lists; the rest are counted, every one is on the page and in findings.json. */
    static final int MAX_OTHERS = 50;

    /**
     * The open errors and warnings no criterion's list above holds (福田 2024: zero-execution and
     * indicators-stale-after-adjustment in tasks.json, the five indicator-actual-incommensurable in indicators.json),
     * in the reports' order, at most {@link #MAX_OTHERS}; the rest and the notes counted, pointing to the page and
     * findings.json. Before session 42 the Markdown said "有 11 个错误须更正" and listed three findings, none an error:
     * a reviewer reading it in a merge request saw neither what nor where (trial E5). Findings set aside (suppressed,
     * baselined) are counted in the verdict, not listed here.
     */
    private static void others(StringBuilder sb, EngineResult result, java.util.Set<Finding> listed, Map<Finding, String> suppressed,
                               java.util.Set<Finding> baselined, Map<Finding, io.github.jixiao.finding.Severity> raised, Messages m,
                               Cells cells, Map<Finding, String> ids) {
        int shown = 0;
        int more = 0;
        int notes = 0;
        for (Finding f : result.findings()) {
            if (listed.contains(f) || suppressed.containsKey(f) || baselined.contains(f) && !raised.containsKey(f)) {
                continue;
            }
            if (f.severity() == io.github.jixiao.finding.Severity.INFO) {
                notes++;
            } else if (shown < MAX_OTHERS) {
                if (shown == 0) {
                    sb.append("\n## ").append(m.label("summary.otherFindings")).append("\n\n");
                }
                sb.append("- ").append(line(f, m, cells, ids)).append(tag(f, suppressed, baselined, raised, m)).append('\n');
                shown++;
            } else {
                more++;
            }
        }
        if (more > 0 || notes > 0) {
            if (shown == 0) {
                sb.append("\n## ").append(m.label("summary.otherFindings")).append("\n\n");
            } else {
                sb.append('\n');
            }
            if (more > 0) {
                sb.append(m.label("summary.otherFindings.more", more)).append(more > 0 && notes > 0 ? " " : "");
            }
            if (notes > 0) {
                sb.append(m.label("summary.otherFindings.notes", notes));
            }
            sb.append('\n');
        }
    }

    /** A row's 复核分 cell: its figure at 2 decimals, or empty where it has none. */
    private static String reviewedCell(CriterionScore c, Messages m) {
        // the reviewer's reason beside the 复核分 (UR29: a deduction with no reason anywhere), whole as the page and the
        // workbook give it and as the unit's own explanation is (escaped, line breaks gone: review s29-V L1)
        String why = c.reviewedReason() == null ? "" : m.label("punct.open") + formula(m.label("summary.reviewedReason")
                + m.label("punct.colon") + c.reviewedReason()) + m.label("punct.close");
        return (c.reviewed() == null ? "" : ScoreSummary.text(c.reviewed())) + why;
    }

    /** " （已豁免）" for a suppressed finding, " （基线）" for one in the baseline, else "" (the console's tags). */
    private static String tag(Finding f, Map<Finding, String> suppressed, java.util.Set<Finding> baselined,
                              Map<Finding, io.github.jixiao.finding.Severity> raised, Messages m) {
        return raised.containsKey(f) && !suppressed.containsKey(f) ? " " + ConsoleReport.raisedTag(f, raised.get(f), m)
                : ConsoleReport.tag(f, suppressed, baselined, m, " ", "");
    }

    /**
     * "计分方法：explanation", with the department's own figure when it differs. A department's own score shows its
     * reason at full marks too (自评 25（理由：…）): that reason is what a reviewer weighs against missed targets.
     */
    static String how(CriterionScore c, Messages m) {
        boolean none = c.explanation() == null || c.explanation().isEmpty();
        String s = m.label("method." + c.method()) + (none ? "" : m.label("punct.colon") + c.explanation());
        return s + ScoreSummary.claimed(c, m);
    }

    /**
     * A submission without a score (a 目标申报 or 运行监控 one, scored only at the year end, or one that could not be
     * scored): the verdict, the stage, and every finding, as the page gives them.
     */
    private static void unscored(StringBuilder sb, EngineResult result, Map<Finding, String> suppressed,
                                 java.util.Set<Finding> baselined, Map<Finding, io.github.jixiao.finding.Severity> raised, Messages m, ReportMeta meta,
                                 ScoreSummary.Verdict v,
                                 Cells cells, Map<Finding, String> ids) {
        sb.append("**").append(cell(ScoreSummary.notScored(result, m))).append("** · ").append(v.countsAndSetAside(m)).append("\n\n");
        sb.append(v.status(m)).append("\n\n");
        stage(sb, result, m);
        producedBy(sb, meta, m);
        monitoring(sb, Monitoring.of(result, cells, m), m, ids);
        targets(sb, Targets.of(result, cells, m), m, ids);
        sb.append("## ").append(m.label("summary.allFindings")).append("\n\n");
        for (Finding f : result.findings()) {
            sb.append("- ").append(line(f, m, cells, ids)).append(tag(f, suppressed, baselined, raised, m)).append('\n');
        }
        if (result.findings().isEmpty()) {
            sb.append(m.label("summary.noFindingsAtAll")).append('\n');
        }
    }

    /**
     * The figures each criterion was computed from, as the page's 所用数据: each with where a person finds it, the file's
     * line and column and the workbook cell it was imported from ({@link ScoreSummary#place}), or its reference where no
     * location is known. Nothing for a sheet that used none.
     */
    private static void inputs(StringBuilder sb, EngineResult result, FrameworkNames names, Messages m, Cells cells) {
        boolean any = false;
        for (CriterionScore c : result.sheet().criteria()) {
            if (c.inputs().isEmpty()) {
                continue;
            }
            if (!any) {
                sb.append("## ").append(m.label("summary.inputs")).append("\n\n");
                any = true;
            }
            sb.append("- ").append(cell(names.criterion(c))).append('\n');
            for (ScoreInput in : c.inputs()) {
                sb.append("  - ").append(cell(in.label())).append(m.label("punct.colon")).append(cell(in.value()));
                ScoreSummary.Place place = ScoreSummary.place(in, result, cells, m);
                // after " · ", escaped as any value (no code span: a reference is the framework's text, and a renderer
                // that reads HTML in a code span would take it as markup)
                if (place != null) {
                    sb.append(" · ").append(cell(place.location())).append(place.cell() == null ? "" : Escape.md(place.cell()));
                } else if (!in.ref().isEmpty()) {
                    sb.append(" · ").append(cell(in.ref()));
                }
                sb.append('\n');
            }
        }
        if (any) {
            sb.append('\n');
        }
    }

    /**
     * A 目标申报 submission's indicator rows as filed ({@link Targets}), each cell escaped: names, target as typed, how
     * jixiao reads it, points where filed, place and cell, and the findings on the row (severity and rule; their
     * messages follow under 全部问题).
     */
    private static void targets(StringBuilder sb, Targets t, Messages m, Map<Finding, String> ids) {
        if (t == null) {
            return;
        }
        sb.append("## ").append(m.label("targets.heading")).append("\n\n");
        if (t.rows().isEmpty()) {
            sb.append(m.label(t.none())).append("\n\n");
            return;
        }
        sb.append('|');
        List<String> headings = t.headings(m);
        for (String h : headings) {
            sb.append(' ').append(h).append(" |");
        }
        sb.append('\n').append("|---".repeat(headings.size())).append("|\n");
        for (Targets.Row r : t.rows()) {
            sb.append("| ").append(cell(r.level1())).append(" | ").append(cell(r.level2())).append(" | ").append(cell(r.name()))
                    .append(" | ").append(cell(r.target())).append(" | ").append(cell(r.reading())).append(" | ");
            if (t.points()) {
                sb.append(cell(r.points())).append(" | ");
            }
            placeAndFindings(sb, r.location(), r.cell(), r.findings(), m, ids);
        }
        sb.append('\n');
        if (t.more() > 0) {
            sb.append(Escape.md(m.label("targets.more", t.more()))).append("\n\n");
        }
    }

    /**
     * A monitoring submission's figures ({@link Monitoring}): its tables, each cell escaped; beside each indicator row how
     * jixiao reads its target, where it sits and the findings on it, as the 目标申报 table has them.
     */
    private static void monitoring(StringBuilder sb, Monitoring mon, Messages m, Map<Finding, String> ids) {
        if (mon == null) {
            return;
        }
        sb.append("## ").append(mon.heading()).append("\n\n");
        if (!mon.monthNote().isEmpty()) {
            sb.append(Escape.md(mon.monthNote())).append("\n\n");
        }
        List<List<String>> funds = mon.funds();
        if (!mon.fundsNone().isEmpty()) { // no funds table: why, where it would be (as the 目标申报 table says it has no row)
            sb.append(Escape.md(mon.fundsNone())).append("\n\n");
        }
        if (!funds.isEmpty()) {
            for (int r = 0; r < funds.size(); r++) {
                row(sb, funds.get(r));
                if (r == 0) {
                    sb.append("|---".repeat(funds.get(0).size())).append("|\n");
                }
            }
            sb.append('\n');
            if (!mon.note().isEmpty()) {
                sb.append(Escape.md(mon.note())).append("\n\n");
            }
        }
        if (!mon.rowsNone().isEmpty()) { // no indicator row: why, likewise
            sb.append(Escape.md(mon.rowsNone())).append("\n\n");
        }
        if (!mon.rows().isEmpty()) {
            List<String> headings = mon.indicatorHeadings(m);
            row(sb, headings);
            sb.append("|---".repeat(headings.size())).append("|\n");
            for (int k = 0; k < mon.filed().size(); k++) {
                Targets.Filed f = mon.filed().get(k);
                List<String> cells = new ArrayList<>(mon.rows().get(k + 1));
                cells.add(2, f.reading());
                sb.append('|');
                for (String c : cells) {
                    sb.append(' ').append(cell(c)).append(" |");
                }
                sb.append(' ');
                placeAndFindings(sb, f.location(), f.cell(), f.findings(), m, ids);
            }
            sb.append('\n');
            if (mon.more() > 0) {
                sb.append(Escape.md(m.label("targets.more", mon.more()))).append("\n\n");
            }
        }
    }

    /** A table row, each cell escaped. */
    private static void row(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(cell(c)).append(" |");
        }
        sb.append('\n');
    }

    /**
     * A row's last two cells, its place (with the workbook cell) and its findings in short, and the line's end. Each
     * finding (its severity and rule, {@link Targets#finding}) links to its entry in the list below, as on the page; at
     * most {@link Escape#MAX_MESSAGE} characters of them, the rest cut with "…" (the same words as before, linked).
     */
    private static void placeAndFindings(StringBuilder sb, String location, String cell, List<Finding> fs, Messages m,
                                         Map<Finding, String> ids) {
        sb.append(cell(location)).append(cell == null ? "" : Escape.md(cell)).append(" | ");
        findingLinks(sb, fs, m, ids);
        sb.append(" |\n");
    }

    /**
     * A row's findings in short (severity and rule, {@link Targets#finding}), each linked to its entry in the list below
     * ({@link #anchor}), joined with "；", at most {@link Escape#MAX_MESSAGE} characters, the rest cut with "…".
     */
    private static void findingLinks(StringBuilder sb, List<Finding> fs, Messages m, Map<Finding, String> ids) {
        int length = 0;
        for (Finding f : fs) {
            String sep = length == 0 ? "" : m.label("punct.semicolon");
            String label = Targets.finding(f, m);
            if (length + sep.length() + label.length() > Escape.MAX_MESSAGE) {
                sb.append(Escape.md(sep)).append('…');
                break;
            }
            length += sep.length() + label.length();
            String id = ids.get(f);
            sb.append(Escape.md(sep)).append(id == null ? Escape.md(label) : "[" + Escape.md(label) + "](#" + id + ")");
        }
    }

    /**
     * A finding's anchor before its line in a list: {@code <a name="f-…"></a>}, the page's id (ASCII, no data text). The
     * one piece of HTML in the Markdown: GitHub keeps an {@code a} element's {@code name} (prefixing it user-content-, its
     * script follows {@code #f-…} there), GitLab's sanitizer strips {@code id} from links (footnotes aside) and is not
     * known to strip {@code name}, a browser follows a fragment to an {@code a} of that name, and a renderer that drops
     * HTML drops only the anchor.
     */
    private static String anchor(Finding f, Map<Finding, String> ids) {
        String id = ids.get(f);
        return id == null ? "" : "<a name=\"" + id + "\"></a>";
    }

    /** The summary's stage line, when the submission names its stage. */
    private static void stage(StringBuilder sb, EngineResult result, Messages m) {
        if (result.stage() != null) {
            sb.append("- ").append(m.label("summary.stage")).append(m.label("punct.colon")).append(cell(ScoreSummary.stage(result.stage(), m))).append('\n');
        }
    }

    /** The summary's last line: the plugin and the format version. */
    private static void producedBy(StringBuilder sb, ReportMeta meta, Messages m) {
        sb.append("- ").append(m.label("summary.producedBy", meta.pluginVersion(), meta.schemaVersion())).append("\n\n");
    }

    private static String line(Finding f, Messages m, Cells cells, Map<Finding, String> ids) {
        String where = f.file().isEmpty() ? "" : " " + cell(f.file()) + (f.line() > 0 ? ":" + f.line() : "");
        String wb = cells.of(f, m);
        if (wb != null) {
            where += Escape.md(ScoreSummary.cellAfter(wb, m)); // as 所用数据 writes it
        }
        return anchor(f, ids) + m.label("severity." + f.severity().id()) + " [" + f.ruleId() + "]" + where + " "
                + Escape.md(Escape.cut(m.message(f), Escape.MAX_MESSAGE));
    }

    /**
     * A data value safe in Markdown, a table cell included: cut to {@link Escape#MAX_VALUE}, line breaks gone, every
     * character with a meaning escaped ({@link Escape#md}).
     */
    /**
     * "它扩展 jixiao 内置框架 …": the built-in the project's framework file extends; where the file states another kind than
     * the built-in's (a 部门整体 自评表 in the 10号 project layout, since session 55), that too, and that the built-in's
     * criteria are the same for either ({@code summary.frameworkBaseKind.<kind>}). {@code v} escapes each argument.
     */
    static String baseLabel(io.github.jixiao.score.ScoreSheet sheet, Messages m, java.util.function.UnaryOperator<String> v) {
        String kind = sheet.frameworkBaseKind();
        if (kind != null && ("department".equals(kind) || "project".equals(kind))) {
            return m.label("summary.frameworkBaseKind." + ("department".equals(kind) ? "project" : "department"),
                    v.apply(sheet.frameworkBase()), v.apply(sheet.frameworkBaseVersion()));
        }
        return m.label("summary.frameworkBase", v.apply(sheet.frameworkBase()), v.apply(sheet.frameworkBaseVersion()));
    }

    static String cell(String s) {
        return Escape.mdValue(s);
    }

    /**
     * The criterion's 评分标准 ({@link ScoreSummary#standard}), empty when the framework gives none: escaped like
     * {@link #cell} (pipes and line breaks cannot break the table).
     */
    static String standard(CriterionScore c, FrameworkNames names) {
        return c.standard() == null || c.standard().isBlank() ? "" : ScoreSummary.standard(c, names, false);
    }

    /** A formula or explanation: escaped like {@link #cell} but never cut. */
    static String formula(String s) {
        return Escape.md(s);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
