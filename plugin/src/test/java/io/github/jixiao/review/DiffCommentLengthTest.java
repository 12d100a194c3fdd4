package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportModel;
import io.github.jixiao.report.ReportModel.FindingsDocument;
import io.github.jixiao.report.ReportModel.SummaryDocument;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 34 (hostile round 3): diff.md is posted as the pull request's comment (docs/ci.md), and GitHub refuses a
 * comment over 65,536 characters: the whole comment is then not posted. diff.md listed every new, changed and resolved
 * finding, so a pull request that added a few thousand findings (a note on each of thousands of rows) hid its whole
 * diff from the reviewer, the scores and reviewer's scores it changed included. The lists stop once diff.md is
 * {@link ScoreDiff#LIST_BUDGET} long, each saying how many it leaves out; diff.json lists every one.
 */
class DiffCommentLengthTest {
    private static final int GITHUB_COMMENT_MAX = 65_536;

    @TempDir
    Path tmp;

    private <T> T read(String json, Class<T> type) throws Exception {
        return ReportFiles.read(tmp, json, type);
    }

    private SummaryDocument summary(String total) throws Exception {
        return read("{\"total\": " + total + ", \"grade\": \"优\", \"criteria\": ["
                + "{\"id\": \"budget-execution\", \"name\": \"预算执行率\", \"weight\": 6, \"score\": " + total + "}]}", SummaryDocument.class);
    }

    /** {@code n} findings of {@code prefix}, each with a message of about 300 characters. */
    private FindingsDocument findings(String prefix, int n) throws Exception {
        StringBuilder sb = new StringBuilder("{\"findings\": [");
        String text = "第 1 行的指标值与实际完成值单位不一致，无法比较。".repeat(12);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"fingerprint\": \"").append(prefix).append(i)
                    .append("\", \"rule\": \"r").append(prefix).append("\", \"severity\": \"info\", \"file\": \"submission/indicators.json\",")
                    .append("\"line\": ").append(i + 2).append(", \"pointer\": \"/indicators/").append(i).append("/").append(prefix)
                    .append("\", \"message\": \"").append(text).append("\"}");
        }
        return read(sb.append("]}").toString(), FindingsDocument.class);
    }

    @Test
    void thousandsOfFindingsStillMakeACommentThatCanBePosted() throws Exception {
        ScoreDiff.Result r = ScoreDiff.compare(summary("5.47"), summary("5.28"), findings("a", 3_000), findings("b", 3_000));
        assertEquals(3_000, r.newFindings().size());
        assertEquals(3_000, r.resolvedFindings().size());
        for (Messages m : new Messages[] {new Messages(Messages.ZH), new Messages(Locale.ENGLISH)}) {
            String md = ScoreDiff.markdown(r, m);
            assertTrue(md.length() < GITHUB_COMMENT_MAX, md.length() + " characters");
            assertTrue(md.contains("5.47 → 5.28"), "the scores first");
            assertTrue(md.matches("(?s).*(and|另有) \\d+ (more|项).*"), "says how many it leaves out");
            assertTrue(md.contains(m.english() ? "New findings (3000)" : "（3000）") , "the heading keeps the count");
        }
        assertTrue(ScoreDiff.json(r).contains("\"b2999\""), "diff.json lists every one");
    }

    @Test
    void aFewFindingsAreAllListed() throws Exception {
        ScoreDiff.Result r = ScoreDiff.compare(summary("5.47"), summary("5.28"), findings("a", 20), findings("b", 20));
        String md = ScoreDiff.markdown(r, new Messages(Messages.ZH));
        assertEquals(2, md.split("indicators\\.json:21 ", -1).length - 1, md); // the last new one and the last resolved
        assertTrue(!md.contains("另有"), md);
    }

    /**
     * {@code n} criteria, each with a long name, a formula of about 1,500 characters and {@code inputs} inputs, scored
     * {@code score} (or {@code score} + its index): a framework file a pull request changed so that every criterion moved.
     */
    private SummaryDocument manyCriteria(String total, int n, int inputs, boolean shift, String reviewed) throws Exception {
        StringBuilder sb = new StringBuilder("{\"total\": " + total + ", \"grade\": \"优\", \"criteria\": [");
        String formula = ("按 [公式](x) 计算：实际完成值 ÷ 指标值 × 分值，" + total + "；").repeat(40);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\": \"c").append(i).append("\", \"name\": \"")
                    .append("第").append(i).append("项指标").append("很长的名称".repeat(10)).append("\", \"weight\": 100, \"score\": ")
                    .append(shift ? i % 90 + 1 : 0).append(", \"explanation\": \"").append(formula).append("\"");
            if (reviewed != null) {
                sb.append(", \"reviewedScore\": ").append(reviewed).append(", \"reviewedReason\": \"").append("复核理由".repeat(30)).append("\"");
            }
            sb.append(", \"inputs\": [");
            for (int k = 0; k < inputs; k++) {
                sb.append(k == 0 ? "" : ",").append("{\"label\": \"输入").append(k).append("很长的标签".repeat(20))
                        .append("\", \"value\": \"").append(total).append("\", \"ref\": \"r").append(k).append("\"}");
            }
            sb.append("]}");
        }
        return read(sb.append("]}").toString(), SummaryDocument.class);
    }

    /**
     * Session 35 (hostile round 4, item 3): the part above the findings (the criteria whose score moved, why, the
     * 复核分 table) had no budget: a framework file of thousands of criteria that all moved, each with a formula,
     * made diff.md 11 MB (600 KB for one criterion of 5,000 inputs), and the comment was not posted. Each table and list now stops at the budget and says how many
     * it leaves out, after a blank line that ends the table; the headings keep the counts.
     */
    @Test
    void thousandsOfMovedCriteriaStillMakeACommentThatCanBePosted() throws Exception {
        ScoreDiff.Result r = ScoreDiff.compare(manyCriteria("5.47", 3_000, 3, false, "1"),
                manyCriteria("5.28", 3_000, 3, true, "2"), findings("a", 3_000), findings("b", 3_000));
        assertEquals(3_000, r.moved().size());
        for (Messages m : new Messages[] {new Messages(Messages.ZH), new Messages(Locale.ENGLISH)}) {
            String md = ScoreDiff.markdown(r, m);
            assertTrue(md.length() < GITHUB_COMMENT_MAX, md.length() + " characters");
            assertTrue(md.contains("5.47 → 5.28"), "the scores first");
            assertTrue(md.contains(m.english() ? "Criteria whose score moved (3000)" : "得分变化的指标（3000）"), "the heading keeps the count");
            String more = m.english() ? "- … and \\d+ more" : "- …… 另有 \\d+ 项";
            assertTrue(java.util.regex.Pattern.compile("\\|\n\n" + more).matcher(md).find(),
                    "a table's rows stop, a blank line ending the table before the count: " + md.substring(0, 300));
            long counts = java.util.regex.Pattern.compile(more).matcher(md).results().count();
            assertTrue(counts >= 4, counts + " lists say how many they leave out");
        }
        assertTrue(ScoreDiff.json(r).contains("\"c2999\""), "diff.json lists every criterion");
    }

    /** One criterion with thousands of inputs that changed: its line of inputs stops too. */
    @Test
    void aCriterionWithThousandsOfChangedInputsStillMakesACommentThatCanBePosted() throws Exception {
        ScoreDiff.Result r = ScoreDiff.compare(manyCriteria("5.47", 1, 5_000, false, null), manyCriteria("5.28", 1, 5_000, true, null),
                findings("a", 1), findings("b", 1));
        assertEquals(5_000, r.moved().get(0).inputs().size());
        String md = ScoreDiff.markdown(r, new Messages(Messages.ZH));
        assertTrue(md.length() < GITHUB_COMMENT_MAX, md.length() + " characters");
        assertTrue(md.contains("；…"), "the inputs end with an ellipsis");
    }

    /**
     * The console named every criterion whose score moved on a line of its own: 3,000 lines in the CI log for such a
     * framework. The first 200, then one line counting the rest (as the import's log since session 34).
     */
    @Test
    void theConsoleNamesTheFirstMovedCriteriaAndCountsTheRest() throws Exception {
        ScoreDiff.Result r = ScoreDiff.compare(manyCriteria("5.47", 3_000, 1, false, null), manyCriteria("5.28", 3_000, 1, true, null),
                null, null);
        for (Messages m : new Messages[] {new Messages(Messages.ZH), new Messages(Locale.ENGLISH)}) {
            java.util.List<String> lines = ScoreDiff.movedLines(r, m, io.github.jixiao.report.FrameworkNames.of(r.frameworkId(), m));
            assertEquals(ScoreDiff.CONSOLE_MOVED_MAX + 1, lines.size());
            assertTrue(lines.get(0).startsWith("  第0项指标") && lines.get(0).endsWith(": 0 → 1 (+1.00)"), lines.get(0));
            assertTrue(lines.get(ScoreDiff.CONSOLE_MOVED_MAX).contains("2800"), lines.get(ScoreDiff.CONSOLE_MOVED_MAX));
        }
        ScoreDiff.Result few = ScoreDiff.compare(manyCriteria("5.47", 3, 1, false, null), manyCriteria("5.28", 3, 1, true, null), null, null);
        assertEquals(3, ScoreDiff.movedLines(few, new Messages(Messages.ZH), io.github.jixiao.report.FrameworkNames.of(few.frameworkId(),
                new Messages(Messages.ZH))).size(), "a few: each named, no count");
    }
}
