package io.github.jixiao.report;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.ScoreInput;
import io.github.jixiao.score.ScoreSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * score-summary.html: one self-contained page (inline CSS, charts as inline SVG, no script, nothing loaded
 * from anywhere): a bar per 一级 block and per criterion (score against weight), then the 评分表.
 */
final class ScoreSummaryHtml {
    private ScoreSummaryHtml() {
    }

    private static final int LABEL_W = 300;
    private static final int BAR_W = 360;
    private static final int VALUE_W = 110;
    private static final int ROW = 24;
    private static final int LABEL_CHARS = 20;

    private static final String CSS = """
            body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:1100px;\
            color:#222;line-height:1.5;padding:0 1em}
            h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd}
            .meta{color:#555;margin:.2em 0}.total{font-size:1.3em;margin:1em 0}.total b{font-size:1.4em}
            table{border-collapse:collapse;width:100%;font-size:.92em}
            th,td{border:1px solid #bbb;padding:.35em .5em;vertical-align:top;text-align:left}
            th{background:#f0f0f0}td.n{text-align:right;white-space:nowrap}tr.sum td{font-weight:bold;background:#fafafa}
            td.lost{color:#b35900}td.zero{color:#b00020}
            details{margin-top:.3em;color:#444}summary{cursor:pointer;color:#555}
            ul.f,ul.items{margin:.3em 0 0 1.1em;padding:0}ul.f li{color:#8a4b00}ul.items li{color:#333}
            svg{display:block;margin:.5em 0;font-size:12px}
            svg .bg{fill:#eee}svg .full{fill:#2e7d32}svg .part{fill:#f0a202}svg .zero{fill:#c62828}
            svg text{fill:#222}
            footer{margin-top:2em;color:#777;font-size:.85em}
            """;

    static String render(EngineResult result, Messages m, ReportMeta meta) {
        ScoreSheet sheet = result.sheet();
        StringBuilder sb = new StringBuilder();
        String title = m.label("summary.title", nz(result.department()), result.year() == null ? "" : result.year());
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(m.english() ? "en" : "zh-CN").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        sb.append("<h1>").append(esc(title)).append("</h1>\n");
        sb.append("<p class=\"meta\">").append(esc(m.label("summary.framework"))).append(m.label("punct.colon")).append(esc(sheet.frameworkName()))
                .append(m.label("punct.open")).append(esc(sheet.frameworkId())).append(' ').append(esc(sheet.frameworkVersion())).append(m.label("punct.close"));
        if (result.stage() != null) {
            sb.append(" · ").append(esc(m.label("summary.stage"))).append(m.label("punct.colon")).append(esc(result.stage()));
        }
        if (ScoreSummary.incomplete(result) > 0) {
            sb.append(" · <strong>").append(esc(m.label("summary.incomplete", ScoreSummary.incomplete(result)))).append("</strong>");
        }
        sb.append("</p>\n");
        sb.append("<p class=\"total\">").append(esc(m.label("summary.total"))).append(" <b>").append(ScoreSummary.text(sheet.total()))
                .append("</b> / ").append(ScoreSummary.text(sheet.weight())).append(" · ").append(esc(m.label("summary.grade")))
                .append(" <b>").append(esc(sheet.grade())).append("</b></p>\n");

        List<Bar> levels = new ArrayList<>();
        for (ScoreSummary.Level l : ScoreSummary.levels(sheet)) {
            levels.add(new Bar(l.name(), l.score(), l.weight()));
        }
        sb.append("<h2>").append(esc(m.label("summary.chartLevel1"))).append("</h2>\n");
        sb.append(chart(levels, m.label("summary.chartLevel1")));
        List<Bar> criteria = new ArrayList<>();
        for (CriterionScore c : sheet.criteria()) {
            criteria.add(new Bar(c.name(), c.score(), c.weight()));
        }
        sb.append("<h2>").append(esc(m.label("summary.chartCriteria"))).append("</h2>\n");
        sb.append(chart(criteria, m.label("summary.chartCriteria")));

        sb.append("<h2>").append(esc(m.label("summary.table"))).append("</h2>\n");
        table(sb, result, m);

        sb.append("<h2>").append(esc(m.label("summary.findings"))).append("</h2>\n");
        List<String> lines = new ArrayList<>();
        for (CriterionScore c : sheet.criteria()) {
            for (Finding f : ScoreSummary.findings(result, c.id())) {
                lines.add(esc(c.name()) + m.label("punct.colon") + finding(f, m));
            }
        }
        for (Finding f : ScoreSummary.unattached(result)) {
            lines.add(finding(f, m));
        }
        if (lines.isEmpty()) {
            sb.append("<p>").append(esc(m.label("summary.noFindings"))).append("</p>\n");
        } else {
            sb.append("<ul>\n");
            lines.forEach(l -> sb.append("<li>").append(l).append("</li>\n"));
            sb.append("</ul>\n");
        }
        sb.append("<footer>").append(esc(m.label("summary.producedBy", meta.pluginVersion(), meta.schemaVersion())));
        if (!meta.timestamp().isEmpty()) {
            sb.append(" · ").append(esc(meta.timestamp()));
        }
        sb.append("</footer>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void table(StringBuilder sb, EngineResult result, Messages m) {
        ScoreSheet sheet = result.sheet();
        List<CriterionScore> cs = sheet.criteria();
        sb.append("<table>\n<thead><tr><th>").append(esc(m.label("summary.level1"))).append("</th><th>")
                .append(esc(m.label("summary.level2"))).append("</th><th>").append(esc(m.label("summary.level3")))
                .append("</th><th>").append(esc(m.label("summary.weight"))).append("</th><th>").append(esc(m.label("summary.score")))
                .append("</th><th>").append(esc(m.label("summary.method"))).append("</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < cs.size(); i++) {
            CriterionScore c = cs.get(i);
            sb.append("<tr id=\"").append(esc(c.id())).append("\">");
            if (i == 0 || !nz(c.level1()).equals(nz(cs.get(i - 1).level1()))) {
                sb.append("<td rowspan=\"").append(span(cs, i, true)).append("\">").append(esc(nz(c.level1()))).append("</td>");
            }
            if (i == 0 || !nz(c.level1()).equals(nz(cs.get(i - 1).level1())) || !nz(c.level2()).equals(nz(cs.get(i - 1).level2()))) {
                sb.append("<td rowspan=\"").append(span(cs, i, false)).append("\">").append(esc(nz(c.level2()))).append("</td>");
            }
            String cls = c.score().signum() == 0 && c.weight().signum() > 0 ? "n zero" : c.score().compareTo(c.weight()) < 0 ? "n lost" : "n";
            sb.append("<td>").append(esc(c.name())).append("</td><td class=\"n\">").append(ScoreSummary.text(c.weight()))
                    .append("</td><td class=\"").append(cls).append("\">").append(ScoreSummary.text(c.score())).append("</td><td>")
                    .append(esc(ScoreSummaryMarkdown.how(c, m)));
            if (!c.items().isEmpty()) {
                sb.append("<ul class=\"items\">");
                for (CriterionScore it : c.items()) {
                    sb.append("<li>").append(esc(it.name())).append(m.label("punct.colon")).append(ScoreSummary.text(it.score())).append(" / ")
                            .append(ScoreSummary.text(it.weight())).append(m.label("punct.open")).append(esc(it.explanation())).append(m.label("punct.close") + "</li>");
                }
                sb.append("</ul>");
            }
            if (!c.inputs().isEmpty()) {
                sb.append("<details><summary>").append(esc(m.label("summary.inputs"))).append("</summary><ul>");
                for (ScoreInput in : c.inputs()) {
                    sb.append("<li>").append(esc(in.label())).append(m.label("punct.colon")).append(esc(in.value()));
                    if (!in.ref().isEmpty()) {
                        sb.append(" <code>").append(esc(in.ref())).append("</code>");
                    }
                    sb.append("</li>");
                }
                sb.append("</ul></details>");
            }
            List<Finding> fs = ScoreSummary.findings(result, c.id());
            if (!fs.isEmpty()) {
                sb.append("<ul class=\"f\">");
                fs.forEach(f -> sb.append("<li>").append(finding(f, m)).append("</li>"));
                sb.append("</ul>");
            }
            sb.append("</td></tr>\n");
        }
        sb.append("<tr class=\"sum\"><td colspan=\"3\">").append(esc(m.label("summary.total"))).append("</td><td class=\"n\">")
                .append(ScoreSummary.text(sheet.weight())).append("</td><td class=\"n\">").append(ScoreSummary.text(sheet.total()))
                .append("</td><td></td></tr>\n");
        sb.append("<tr class=\"sum\"><td colspan=\"3\">").append(esc(m.label("summary.grade"))).append("</td><td></td><td class=\"n\">")
                .append(esc(sheet.grade())).append("</td><td></td></tr>\n");
        sb.append("</tbody>\n</table>\n");
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

    private static String finding(Finding f, Messages m) {
        return esc(m.label("severity." + f.severity().id())) + " <code>" + esc(f.ruleId()) + "</code> "
                + (f.file().isEmpty() ? "" : esc(f.file() + (f.line() > 0 ? ":" + f.line() : "")) + " ") + esc(m.message(f));
    }

    // ---- charts ----

    /** One bar of a chart: score against weight. */
    record Bar(String label, BigDecimal score, BigDecimal weight) {
    }

    /** A horizontal bar chart: each bar is the full weight, filled to the score. */
    static String chart(List<Bar> bars, String title) {
        int height = 8 + bars.size() * ROW + 8;
        int width = LABEL_W + BAR_W + VALUE_W;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg role=\"img\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n<title>")
                .append(esc(title)).append("</title>\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 8 + i * ROW;
            BigDecimal share = b.weight().signum() == 0 ? BigDecimal.ZERO
                    : b.score().divide(b.weight(), 6, RoundingMode.HALF_UP).max(BigDecimal.ZERO).min(BigDecimal.ONE);
            String fill = BigDecimal.valueOf(BAR_W).multiply(share).setScale(1, RoundingMode.HALF_UP).toPlainString();
            String cls = share.compareTo(BigDecimal.ONE) == 0 ? "full" : share.signum() == 0 ? "zero" : "part";
            sb.append("<g><title>").append(esc(b.label())).append(" ").append(ScoreSummary.text(b.score())).append(" / ")
                    .append(ScoreSummary.text(b.weight())).append("</title>");
            sb.append("<text x=\"").append(LABEL_W - 8).append("\" y=\"").append(y + 16).append("\" text-anchor=\"end\">")
                    .append(esc(shorten(b.label()))).append("</text>");
            sb.append("<rect class=\"bg\" x=\"").append(LABEL_W).append("\" y=\"").append(y + 4).append("\" width=\"").append(BAR_W)
                    .append("\" height=\"16\"/>");
            sb.append("<rect class=\"").append(cls).append("\" x=\"").append(LABEL_W).append("\" y=\"").append(y + 4)
                    .append("\" width=\"").append(cls.equals("zero") ? "2" : fill).append("\" height=\"16\"/>");
            sb.append("<text x=\"").append(LABEL_W + BAR_W + 8).append("\" y=\"").append(y + 16).append("\">")
                    .append(ScoreSummary.text(b.score())).append(" / ").append(ScoreSummary.text(b.weight())).append("</text></g>\n");
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static String shorten(String s) {
        String t = nz(s);
        return t.codePointCount(0, t.length()) <= LABEL_CHARS ? t : t.substring(0, t.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
    }

    static String esc(String s) {
        String t = nz(s);
        int first = 0;
        while (first < t.length() && "&<>\"'".indexOf(t.charAt(first)) < 0) {
            first++;
        }
        if (first == t.length()) {
            return t; // nothing to escape: most labels and figures
        }
        StringBuilder sb = new StringBuilder(t.length() + 16).append(t, 0, first);
        for (char c : t.substring(first).toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
