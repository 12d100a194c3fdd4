package io.github.jixiao.report;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.ScoreSheet;

/** score-summary.md: the 评分表 ready to paste (一级 | 二级 | 三级 | 分值 | 得分 | 计分方法/说明), total and grade. */
final class ScoreSummaryMarkdown {
    private ScoreSummaryMarkdown() {
    }

    static String render(EngineResult result, Messages m, ReportMeta meta) {
        ScoreSheet sheet = result.sheet();
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(cell(m.label("summary.title", nz(result.department()), result.year() == null ? "" : result.year())))
                .append("\n\n");
        sb.append("- ").append(m.label("summary.framework")).append(m.label("punct.colon")).append(cell(sheet.frameworkName()))
                .append(m.label("punct.open")).append(sheet.frameworkId()).append(' ').append(sheet.frameworkVersion()).append(m.label("punct.close") + "\n");
        if (result.stage() != null) {
            sb.append("- ").append(m.label("summary.stage")).append(m.label("punct.colon")).append(result.stage()).append('\n');
        }
        if (ScoreSummary.incomplete(result) > 0) {
            sb.append("- **").append(m.label("summary.incomplete", ScoreSummary.incomplete(result))).append("**\n");
        }
        sb.append("- ").append(m.label("summary.producedBy", meta.pluginVersion(), meta.schemaVersion())).append("\n\n");

        sb.append("| ").append(m.label("summary.level1")).append(" | ").append(m.label("summary.level2")).append(" | ")
                .append(m.label("summary.level3")).append(" | ").append(m.label("summary.weight")).append(" | ")
                .append(m.label("summary.score")).append(" | ").append(m.label("summary.method")).append(" |\n");
        sb.append("|---|---|---|---:|---:|---|\n");
        String last1 = null;
        String last2 = null;
        for (CriterionScore c : sheet.criteria()) {
            boolean new1 = !nz(c.level1()).equals(last1);
            boolean new2 = new1 || !nz(c.level2()).equals(last2);
            sb.append("| ").append(new1 ? cell(nz(c.level1())) : "").append(" | ").append(new2 ? cell(nz(c.level2())) : "")
                    .append(" | ").append(cell(c.name())).append(" | ").append(ScoreSummary.text(c.weight())).append(" | ")
                    .append(ScoreSummary.text(c.score())).append(" | ").append(cell(how(c, m))).append(" |\n");
            last1 = nz(c.level1());
            last2 = nz(c.level2());
            if ("indicator-points".equals(c.method())) {
                // the 自评表 lists each indicator under its block
                for (CriterionScore it : c.items()) {
                    sb.append("|  |  | · ").append(cell(it.name())).append(" | ").append(ScoreSummary.text(it.weight()))
                            .append(" | ").append(ScoreSummary.text(it.score())).append(" | ").append(cell(it.explanation()))
                            .append(" |\n");
                }
            }
        }
        sb.append("| **").append(m.label("summary.total")).append("** | | | **").append(ScoreSummary.text(sheet.weight()))
                .append("** | **").append(ScoreSummary.text(sheet.total())).append("** | |\n");
        sb.append("| **").append(m.label("summary.grade")).append("** | | | | **").append(cell(sheet.grade())).append("** | |\n\n");

        sb.append("## ").append(m.label("summary.findings")).append("\n\n");
        int n = 0;
        for (CriterionScore c : sheet.criteria()) {
            for (Finding f : ScoreSummary.findings(result, c.id())) {
                sb.append("- ").append(cell(c.name())).append(m.label("punct.colon")).append(line(f, m)).append('\n');
                n++;
            }
        }
        for (Finding f : ScoreSummary.unattached(result)) {
            sb.append("- ").append(line(f, m)).append('\n');
            n++;
        }
        if (n == 0) {
            sb.append(m.label("summary.noFindings")).append('\n');
        }
        return sb.toString();
    }

    /**
     * "计分方法：explanation", with the department's own figure when it differs. An assessed score taken as stated
     * at full marks needs no explanation beyond its method; one that loses points shows the department's reason.
     */
    static String how(CriterionScore c, Messages m) {
        boolean plain = "assessed".equals(c.method()) && c.claimed() != null && c.claimed().compareTo(c.score()) == 0
                && c.score().compareTo(c.weight()) >= 0;
        String s = m.label("method." + c.method()) + (plain ? "" : m.label("punct.colon") + c.explanation());
        if (c.claimed() != null && c.claimed().compareTo(c.score()) != 0) {
            s += m.label("punct.open") + m.label("summary.claimed", c.claimed().toPlainString()) + m.label("punct.close");
        }
        return s;
    }

    private static String line(Finding f, Messages m) {
        String where = f.file().isEmpty() ? "" : " " + f.file() + (f.line() > 0 ? ":" + f.line() : "");
        return m.label("severity." + f.severity().id()) + " [" + f.ruleId() + "]" + where + " " + cell(m.message(f));
    }

    /** Text safe in a Markdown table cell: no line breaks, pipes escaped. */
    static String cell(String s) {
        return nz(s).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
