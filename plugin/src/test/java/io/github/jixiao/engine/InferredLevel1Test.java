package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.report.Messages;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.Framework;
import io.github.jixiao.score.FrameworkLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row filed with a 二级 and no 一级 is taken as under the one 一级 the framework's taxonomy puts that 二级 under
 * ({@code score.InferredLevel1}), for the scorer, the rules and the reports alike. The table is 鄂州 2022's 绩效目标表
 * (its "一级" column prints 数量指标, 质量指标, 成本指标), turned into a 自评 table with actuals, points and scores added
 * ({@code level1-inferred/ezhou-2022-self-evaluation}); its twin with level1 written is scored the same.
 */
class InferredLevel1Test {

    private static final Framework MOF = FrameworkLoader.builtIn("mof-project-2020");
    private static final Framework SHENZHEN = FrameworkLoader.builtIn("shenzhen-department-2024");

    @Test
    void theTaxonomyNamesOneParentOrNone() {
        assertEquals("产出指标", parent(MOF, "数量指标"));
        assertEquals("产出指标", parent(MOF, "质量指标"));
        assertEquals("产出指标", parent(MOF, "时效"));   // the trailing 指标 left off (襄阳 2021)
        assertEquals("效益指标", parent(MOF, "经济效益指标"));
        assertEquals("满意度指标", parent(MOF, "服务对象满意度指标"));
        assertEquals("满意度指标", parent(MOF, "满意度指标"));   // an alias of its 二级 and the 一级 itself: one category
        assertEquals("成本指标", parent(MOF, "社会成本指标"));   // ST-3's 二级, under 成本指标 only
        assertEquals(null, parent(MOF, "成本指标"));   // 产出's 二级 and ST-3's 一级: ambiguous
        assertEquals(null, parent(MOF, "经济成本指标"));   // an alias under 产出 and ST-3's 二级 under 成本: ambiguous
        assertEquals(null, parent(MOF, "产出指标"));   // a 一级, no 二级
        assertEquals(null, parent(MOF, "长效管理指标"));   // unknown (九亭镇 2020)
        assertEquals(null, parent(MOF, ""));
        assertEquals(null, parent(MOF, null));
        assertEquals("产出指标", parent(SHENZHEN, "成本指标"));   // no 一级 成本指标 there: not ambiguous
    }

    private static String parent(Framework f, String level2) {
        return f.parentOf(level2).map(Framework.Category::level1).orElse(null);
    }

    @Test
    void rowsWithoutLevel1AreScoredUnderTheParentOfTheirLevel2() throws IOException {
        EngineResult inferred = run(project());
        CriterionScore output = inferred.sheet().criterion("output-indicators").orElseThrow();
        assertEquals(List.of("indicator-0", "indicator-1", "indicator-2", "indicator-3", "indicator-4"),
                output.items().stream().map(CriterionScore::id).toList());   // not the ambiguous 成本指标 row
        assertTrue(output.items().stream().allMatch(c -> "产出指标".equals(c.level1())));
        assertTrue(output.score().signum() > 0);

        // the rows as the rules and the reports see them; the file is unchanged
        List<Indicator> rows = inferred.indicators();
        for (int k = 0; k < 5; k++) {
            assertEquals("产出指标", rows.get(k).level1(), "row " + k);
            assertTrue(rows.get(k).level1Inferred(), "row " + k);
        }
        assertEquals(null, rows.get(5).level1());
        assertFalse(rows.get(5).level1Inferred());

        // one info per 二级 (the ambiguous row's no-level1 said by total-unplaced); 数量 and 质量 not said to be missing
        List<String> category = inferred.findings().stream().filter(f -> f.ruleId().startsWith("indicator-category"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer() + " " + f.severity().id() + " " + f.args()).toList();
        assertEquals(List.of(
                "indicator-category-missing approved /indicators warning [产出指标, 时效指标, 自评, self-evaluation]",   // approved at 自评 since session 56
                // level1-approved at 自评 since session 57 (the level1 fingerprint; CategoryLevel1StageTest)
                "indicator-category-missing level1-approved /indicators warning [效益指标, 经济效益指标、社会效益指标、生态效益指标、可持续影响指标, 自评, self-evaluation]",
                "indicator-category-unknown level1-inferred /indicators/0 info [办公大楼日常维修维护次数, 2, 数量指标, 产出指标, 项目支出绩效自评表（财预〔2020〕10号）]",
                // not indicator-category-unknown no-level1 at /indicators/5 (成本控制率, 10 points) since session 49: score-weights'
                // total-unplaced names the row and its points and asks for its level1 (Engine.unplacedOnce)
                "indicator-category-unknown level1-inferred /indicators/2 info [办公大楼日常维修维护验收合格率, 3, 质量指标, 产出指标, 项目支出绩效自评表（财预〔2020〕10号）]"),
                category);
        assertTrue(inferred.findings().stream().anyMatch(f -> f.key().equals("total-unplaced") && f.args().get(5).equals("成本控制率 10")),
                inferred.findings().toString());
        Finding info = inferred.findings().stream().filter(f -> f.key().equals("level1-inferred")).findFirst().orElseThrow();
        assertEquals("二级指标“数量指标”下有 2 行没有一级指标（第一行“办公大楼日常维修维护次数”）：评价体系“项目支出绩效自评表（财预〔2020〕10号）”"
                + "的分类中“数量指标”只属于一级“产出指标”，这些行按“产出指标”计分、归类。如不对，请填写一级指标（level1）。",
                new Messages(Messages.ZH).message(info));
        String en = new Messages(Locale.ENGLISH).message(info);
        assertTrue(en.startsWith("Rows with the second-level category ") && en.contains(" and no first-level category (2 in all, the first "), en);
        assertTrue(en.endsWith("If that is wrong, fill in each row's 一级指标 (first-level category, level1)."), en);
    }

    @Test
    void scoredAsTheSameTableWithLevel1Written(@TempDir Path tmp) throws IOException {
        EngineResult inferred = run(project());
        Path twin = copy(project(), tmp);
        Path ind = twin.resolve("submission/indicators.json");
        // level1 written on the five rows whose 二级 names one parent (the 成本指标 row is left as printed)
        String json = Files.readString(ind, StandardCharsets.UTF_8)
                .replace("\"level2\": \"数量指标\"", "\"level1\": \"产出指标\", \"level2\": \"数量指标\"")
                .replace("\"level2\": \"质量指标\"", "\"level1\": \"产出指标\", \"level2\": \"质量指标\"");
        Files.writeString(ind, json, StandardCharsets.UTF_8);
        EngineResult written = run(twin);
        assertEquals(written.sheet().total(), inferred.sheet().total());
        assertEquals(scores(written), scores(inferred));
        assertTrue(written.findings().stream().noneMatch(f -> f.key().equals("level1-inferred")));
        // every other finding the same, at the same place
        assertEquals(others(written), others(inferred));
    }

    @Test
    void aFrameworkWithoutTaxonomyInfersNothing(@TempDir Path tmp) throws IOException {
        Path p = copy(project(), tmp);
        Path dep = p.resolve("submission/department.json");
        Files.writeString(dep, Files.readString(dep, StandardCharsets.UTF_8)
                .replace("\"mof-project-2020\"", "\"chongqing-department-2021\"").replace("\"project\",", "\"department\","),
                StandardCharsets.UTF_8);
        EngineResult r = run(p);
        assertTrue(r.indicators().stream().noneMatch(Indicator::level1Inferred));
        assertTrue(r.indicators().stream().allMatch(i -> i.level1() == null));
    }

    /**
     * 天津 宝坻 2022's 中央预算内投资计划绩效目标表 ({@code real-tables/t57-baodi-fenwu-2022}, as printed: 实施效果指标 merged down
     * the 一级 column, 产出指标 and 效益指标 in the 二级 column, no 数量指标 or the like): each row is read under the 一级 its
     * 二级 column prints, with no 二级, said once per category. Before, 实施效果指标 was a schema error on every row, an
     * unknown 一级 ("是否应为“效益指标”", at a 产出 row), and 产出's 数量, 质量 and 时效 and the whole 效益 category were
     * each said to be missing, though the table has both.
     */
    @Test
    void aHeadingAboveTheNationalLevel1IsReadThrough(@TempDir Path tmp) throws IOException {
        Path table;
        try {
            table = Path.of(InferredLevel1Test.class.getResource("/real-tables/t57-baodi-fenwu-2022").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        EngineResult r = new Engine().run(EngineOptions.of(table, table.resolve("submission")));
        assertEquals(List.of("产出指标 null true", "产出指标 null true", "产出指标 null true", "效益指标 null true"),
                r.indicators().stream().map(i -> i.level1() + " " + i.level2() + " " + i.lifted()).toList());
        List<String> category = r.findings().stream()
                .filter(f -> f.ruleId().startsWith("indicator-category") || f.ruleId().equals("schema"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer() + " " + f.severity().id() + " " + f.args()).toList();
        assertEquals(List.of(
                "indicator-category-unknown level1-above /indicators/0 info [建设项目个数(含续建), 3, 实施效果指标, 产出指标, 项目支出绩效自评表（财预〔2020〕10号）]",
                "indicator-category-unknown level1-above /indicators/3 info [完工项目县畜禽粪污综合利用率, 1, 实施效果指标, 效益指标, 项目支出绩效自评表（财预〔2020〕10号）]"),
                category);
        Finding info = r.findings().stream().filter(f -> f.key().equals("level1-above")).findFirst().orElseThrow();
        assertEquals("一级指标栏印“实施效果指标”、二级指标栏印“产出指标”的有 3 行（第一行“建设项目个数(含续建)”）：“产出指标”是评价体系"
                + "“项目支出绩效自评表（财预〔2020〕10号）”的一级指标，“实施效果指标”是印在其上的总标题（中央预算内投资计划绩效目标表即如此印），"
                + "这些行按“产出指标”计分、归类，没有二级指标。如不对，请填写各行的一级指标（level1）和二级指标（level2）。",
                new Messages(Messages.ZH).message(info));
        String en = new Messages(Locale.ENGLISH).message(info);
        assertTrue(en.startsWith("Rows printing \"实施效果指标\" (implementation results, a heading) as their first-level category and "), en);
        assertTrue(en.contains("(3 in all, the first "), en);

        // the same table with the 二级 column's categories written as level1 (and no level2): the same findings, but the info
        Path twin = copy(table, tmp);
        Path ind = twin.resolve("submission/indicators.json");
        Files.writeString(ind, Files.readString(ind, StandardCharsets.UTF_8)
                .replace("\"level1\": \"实施效果指标\",\n      \"level2\": \"产出指标\"", "\"level1\": \"产出指标\"")
                .replace("\"level1\": \"实施效果指标\",\n      \"level2\": \"效益指标\"", "\"level1\": \"效益指标\""),
                StandardCharsets.UTF_8);
        EngineResult written = new Engine().run(EngineOptions.of(twin, twin.resolve("submission")));
        assertTrue(written.indicators().stream().noneMatch(Indicator::level1Inferred));
        assertEquals(others(written), r.findings().stream().filter(f -> !f.key().equals("level1-above"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer() + " " + f.severity().id()).toList());
        assertEquals(2, others(written).size());   // the two bare targets (1, 100%): VAL-1
    }

    private static List<String> scores(EngineResult r) {
        return r.sheet().criteria().stream().flatMap(c -> Stream.concat(Stream.of(c), c.items().stream()))
                .map(c -> c.id() + " " + c.level1() + " " + c.weight() + " " + c.score()).toList();
    }

    private static List<String> others(EngineResult r) {
        return r.findings().stream().filter(f -> !f.key().equals("level1-inferred"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer() + " " + f.severity().id()).toList();
    }

    private static EngineResult run(Path project) {
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        assertNotNull(r.sheet());
        return r;
    }

    private static Path project() {
        try {
            return Path.of(InferredLevel1Test.class.getResource("/level1-inferred/ezhou-2022-self-evaluation").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.resolve("submission"));
        try (Stream<Path> s = Files.list(from.resolve("submission"))) {
            for (Path f : s.toList()) {
                Files.copy(f, to.resolve("submission").resolve(f.getFileName()));
            }
        }
        return to;
    }
}
