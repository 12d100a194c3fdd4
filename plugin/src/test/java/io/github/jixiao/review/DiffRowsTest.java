package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.report.FrameworkNames;
import io.github.jixiao.report.Messages;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer trial's 天长 (session 29, defect 8): from the real table t5, whose 效益指标 rows have no targets (the
 * criterion scored 0, its summary listing no figures), to the unit's filled-in version (全市安全度汛 达成, 10 分). The
 * criterion moved 0 → 20 and diff.md named no figure: it now lists the rows whose score moved, with what they read.
 */
class DiffRowsTest {
    @TempDir
    Path tmp;

    @Test
    void aCriterionWhoseFiguresCannotBeComparedListsItsRowsThatMoved() throws Exception {
        Path t5 = Path.of(DiffRowsTest.class.getResource("/real-tables/t5-tianchang-2022").toURI());
        Path filled = Path.of(DiffRowsTest.class.getResource("/ur29-tianchang").toURI());
        for (Locale l : new Locale[] {Messages.ZH, Locale.ENGLISH}) {
            Path base = tmp.resolve("base-" + l.getLanguage());
            Path current = tmp.resolve("current-" + l.getLanguage());
            DiffLanguageTest.report(t5, l, base);
            DiffLanguageTest.report(filled, l, current);
            ScoreDiff.Result d = DiffLanguageTest.compare(base, current);
            ScoreDiff.Moved benefit = d.moved().stream().filter(mv -> mv.id().equals("benefit-indicators")).findFirst()
                    .orElseThrow(() -> new AssertionError(d.moved().toString()));
            assertEquals(0, benefit.before().compareTo(BigDecimal.ZERO), benefit.toString());
            // 全市安全度汛 达成 10, and 保护全市人口财产不受损失 因灾损失 ≤ 10 万元 against 6 万元 (a target with its label
            // beside the comparator, read as the quantity since s29-targets) 10
            assertEquals(0, benefit.after().compareTo(BigDecimal.valueOf(20)), benefit.toString());
            assertTrue(benefit.inputs().isEmpty(), "the base lists no figures: nothing compared " + benefit.inputs());
            assertEquals(List.of("全市安全度汛", "保护全市人口财产不受损失"), benefit.rows().stream().map(ScoreDiff.RowMove::name).toList(),
                    benefit.rows().toString());
            Messages m = new Messages(l);
            String md = ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(d.frameworkId(), m));
            assertTrue(md.contains(l == Messages.ZH ? "  - 指标行“全市安全度汛” 0.00 → 10.00 分：指标值 安全度汛；完成档次 达成；自评得分 10\n"
                    : "  - Row \"全市安全度汛\" 0.00 → 10.00 points: "), md);
            // a criterion whose figures are compared lists those, as before, and no rows
            ScoreDiff.Moved output = d.moved().stream().filter(mv -> mv.id().equals("output-indicators")).findFirst().orElseThrow();
            assertTrue(!output.inputs().isEmpty() && output.rows().isEmpty(), output.toString());
            assertTrue(ScoreDiff.json(d).contains("\"rows\" : ["), ScoreDiff.json(d));
        }
    }
}
