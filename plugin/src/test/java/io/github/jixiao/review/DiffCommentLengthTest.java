package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportModel;
import io.github.jixiao.report.ReportModel.FindingsDocument;
import io.github.jixiao.report.ReportModel.SummaryDocument;
import java.nio.file.Files;
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
        Path f = Files.createTempFile(tmp, "r", ".json");
        Files.writeString(f, json);
        return ReportModel.read(f, type);
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
}
