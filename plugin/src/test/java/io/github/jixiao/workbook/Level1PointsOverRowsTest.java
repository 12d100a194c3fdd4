package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.report.Messages;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Points printed on a 一级 of a form that also prints a 分值 on each row: indicators.json's {@code categories} entry
 * {@code {level1, points}} (W7, session 43) holds the rows' points to the 一级's, score-weights
 * {@code category-rows-level1}, and moves no row's points. The import does not write such entries yet where rows print
 * 分值 (W8, session 44, is making it); these are the entries typed by hand over the imported rows, so that what the score
 * does with them is known before it does. 东丽 2020 (FourTables27: 产出指标（50分）20 + 15 + 15, 效益指标（30分）15 + 15,
 * 满意度指标（10分）10): the rows agree, nothing is said and nothing changes; a row's 分值 mistyped is said at the 一级's
 * entry, the rows' points used. (No main-code change: this pins what W7's check already does.)
 */
class Level1PointsOverRowsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private static EngineResult run(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Messages.ZH));
    }

    private static List<String> categoryFindings(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("score-weights") && f.key().startsWith("category"))
                .map(f -> f.key() + " " + f.pointer()).toList();
    }

    private static List<String> points(EngineResult r) {
        return r.indicators().stream().map(Indicator::points).map(p -> p == null ? "-" : p.stripTrailingZeros().toPlainString()).toList();
    }

    private void edit(Consumer<ObjectNode> change) throws Exception {
        Path ind = tmp.resolve("submission/indicators.json");
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(ind));
        change.accept(root);
        Files.writeString(ind, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static void level1(ObjectNode root, String... pairs) {
        ArrayNode c = root.putArray("categories");
        for (int k = 0; k < pairs.length; k += 2) {
            c.addObject().put("level1", pairs[k]).put("points", new BigDecimal(pairs[k + 1]));
        }
    }

    @Test
    void dongliRowsAgreeWithTheirLevel1sAndAMistypedRowIsSaid() throws Exception {
        Path file = FourTables27.dongli(tmp.resolve("forms/自评表.xlsx"));
        WorkbookImport.run(tmp, tmp.relativize(file).toString(), tmp.resolve("submission"), true, null);
        EngineResult asImported = run(tmp);
        assertEquals(List.of("20", "15", "15", "15", "15", "10"), points(asImported));

        edit(root -> level1(root, "产出指标", "50", "效益指标", "30", "满意度指标", "10"));
        EngineResult typed = run(tmp);
        assertEquals(List.of(), categoryFindings(typed), typed.findings().toString());
        assertEquals(points(asImported), points(typed));
        assertEquals(asImported.sheet().total(), typed.sheet().total());
        assertEquals(List.of(), typed.findings().stream().filter(f -> f.ruleId().equals("score-assumption")
                && f.key().startsWith("category")).toList(), "no share assumed: every row prints its own");

        // 质量指标's 15 typed 10: 20 + 10 + 15 = 45 of 产出's 50, said at its entry; the rows' points stand
        edit(root -> ((ObjectNode) root.get("indicators").get(1)).put("points", 10));
        EngineResult mistyped = run(tmp);
        assertEquals(List.of("category-rows-level1 /categories/0/points"), categoryFindings(mistyped));
        assertEquals(List.of("20", "10", "15", "15", "15", "10"), points(mistyped));
        Finding f = mistyped.findings().stream().filter(x -> x.key().equals("category-rows-level1")).findFirst().orElseThrow();
        assertEquals("一级指标“产出指标”印有 50 分，其下 3 个三级指标的分值（points）合计 20 + 10 + 15 = 45 分，与之不符，已按各行的分值计分。"
                + "请核对一级指标的分值（categories 的 points）或各行的分值（points）。", new Messages(Messages.ZH).message(f));
    }
}
