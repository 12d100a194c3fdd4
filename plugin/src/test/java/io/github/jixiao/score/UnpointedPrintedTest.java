package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A framework declaring {@code unpointed} (its form prints no 分值 on the indicator rows: the 中央 transfer's 区域绩效自评表)
 * turns off the check of the rows' points and the grade, said once in a note (score-weights {@code unpointed}). A project
 * may ship its own framework file, and one copied from mof-transfer-region for a form that does print points keeps the
 * declaration: the table's printed points then go unchecked, t16 九亭镇 2020's 75 of 100 (score-weights total, an error,
 * and two split warnings on mof-project-2020) reduced to that note. Since session 44 a project's framework declaring it
 * over rows that carry points gets score-weights {@code unpointed-printed}, a warning saying which checks are not made
 * and how to undo it; a built-in framework's declaration is the form's, and stays a note, as does a project's over a
 * table that prints none (t85 霍山 2024).
 */
class UnpointedPrintedTest {
    private static final String T16 = "t16-jiuting-chengzhen-2020";
    private static final String SPLIT = "split warning submission/indicators.json#/indicators";

    private static EngineResult run(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
    }

    private static List<String> weights(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("score-weights"))
                .map(f -> f.key() + " " + f.severity().id() + " " + f.file() + "#" + f.pointer()).toList();
    }

    /** t16 copied, its department.json naming {@code framework} (after {@code file} is written into the project, if given). */
    private static Path t16(Path tmp, String framework, String file) throws Exception {
        Path t = copy(Samples.realTable(T16), tmp);
        if (file != null) {
            String region;
            try (InputStream in = UnpointedPrintedTest.class.getResourceAsStream("/io/github/jixiao/frameworks/mof-transfer-region.json")) {
                region = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Files.writeString(t.resolve(file), region.replace("\"id\": \"mof-transfer-region\"", "\"id\": \"jiuting-region-2020\""));
        }
        Path dept = t.resolve("submission/department.json");
        Files.writeString(dept, Files.readString(dept).replace("\"framework\": \"mof-project-2020\"", "\"framework\": \"" + framework + "\""));
        return t;
    }

    @Test
    void aProjectFrameworkDeclaringNoPointsOverRowsThatCarryThemIsAWarning(@TempDir Path tmp) throws Exception {
        EngineResult r = run(t16(tmp, "jiuting-region-2020.json", "jiuting-region-2020.json"));
        assertEquals("jiuting-region-2020", r.sheet().frameworkId());
        // the split of 产出 43 of 50 and 效益 12 of 30 is still said; the sum, 75 placed of 100, is what goes unchecked
        assertEquals(List.of("unpointed-printed warning jiuting-region-2020.json#/unpointed", SPLIT, SPLIT), weights(r));
        assertEquals("", r.sheet().grade());
        Finding f = r.findings().stream().filter(x -> x.key().equals("unpointed-printed")).findFirst().orElseThrow();
        // 10 rows carry points, 73 in all (the two 长效管理 rows' 8 among them; the 83 printed has the funds row's 10 too)
        assertEquals("评分框架 jiuting-region-2020 声明所评的表式不为绩效指标印分值（unpointed），但表中有 10 个绩效指标带有分值，合计 73 分。"
                + "按这一声明，分值合计不作核对：不足 100 分不提示，没有分值的指标不要求补填，计得的 " + r.sheet().total().toPlainString()
                + " 分不评定等级。表式印有分值的，请删去评分框架文件中的 unpointed（及 unpointedEn），使所印分值得到核对和计分；"
                + "分值不是表中所印的，请删去这些指标的分值（points）。", new Messages(Messages.ZH).message(f));
        assertEquals("Framework jiuting-region-2020 declares that the form it scores prints no points on its indicators (unpointed), but "
                + "10 indicators carry points, 73 in all. Under that declaration their sum is not checked: falling short of "
                + "100 is not reported, indicators without points are not asked for them, and the " + r.sheet().total().toPlainString()
                + " scored is not graded. If the form prints points, remove unpointed (and unpointedEn) from the framework file, so that the "
                + "points printed are checked and scored; if the points are not the form's, remove them (points) from those indicators.",
                new Messages(Locale.ENGLISH).forResult(r).message(f));
    }

    /** The same table on the built-in: the declaration is the form's, a note (the table is on the wrong framework). */
    @Test
    void theBuiltInsDeclarationStaysANote(@TempDir Path tmp) throws Exception {
        EngineResult r = run(t16(tmp, "mof-transfer-region", null));
        assertEquals(List.of("unpointed info submission/department.json#/framework", SPLIT, SPLIT), weights(r));
    }

    /**
     * A project's framework over a table that prints no points (t85 霍山 2024): a note, as before. Its file extends
     * mof-transfer-region and writes no unpointed of its own: the declaration is the built-in's, said as inherited, at the
     * file's extends (since session 54; until then at the file's /unpointed, a key it does not have), the same finding.
     */
    @Test
    void aProjectFrameworkOverATableWithoutPointsStaysANote() {
        EngineResult r = run(Samples.realTable("t85-huoshan-yiliaojiuzhu-2024"));
        assertEquals(List.of("unpointed-inherited info huoshan-transfer-2024.json#/extends",
                "partial-unpointed info huoshan-transfer-2024.json#/partial"), weights(r));
        Finding f = r.findings().stream().filter(x -> x.key().equals("unpointed-inherited")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(f);
        org.junit.jupiter.api.Assertions.assertTrue(zh.startsWith("评分框架 huoshan-transfer-2024 扩展内置评分框架 mof-transfer-region，沿用其声明："), zh);
        org.junit.jupiter.api.Assertions.assertTrue(zh.endsWith("不是综合评分，不评定等级。"), zh);
        assertEquals(io.github.jixiao.report.Fingerprints.of(new Finding(f.ruleId(), f.severity(), "unpointed", f.args().subList(0, 3),
                f.file(), "/unpointed", 0, 0, null)), io.github.jixiao.report.Fingerprints.of(f), "the finding it was");
    }

    /**
     * t85 with its copy's cut in the funds block ({@code partialCut.funds} added, budget.json's figures taken out): nothing is scorable, said by
     * unpointed-none as the built-in's declaration the file inherits, at its extends (review s54 R4 L1; until session 55
     * worded as if the file declared it), the same finding as unpointed-none.
     */
    @Test
    void anInheritedDeclarationWithNothingScorableIsSaidAsInherited(@TempDir Path tmp) throws Exception {
        Path t = tmp.resolve("t85");
        Samples.copyTree(Samples.realTable("t85-huoshan-yiliaojiuzhu-2024"), t);
        Path framework = t.resolve("huoshan-transfer-2024.json");
        String text = Files.readString(framework);
        String with = text.replace("\"id\": \"huoshan-transfer-2024\",", "\"id\": \"huoshan-transfer-2024\",\n  \"partialCut\": { \"funds\": true },");
        org.junit.jupiter.api.Assertions.assertNotEquals(text, with);
        Files.writeString(framework, with);
        // the copy holds no funds figures: the cut is in the funds block
        Files.writeString(t.resolve("submission/budget.json"), "{\n  \"$schema\": \"https://jixiao.github.io/schemas/v1/budget.schema.json\",\n"
                + "  \"schemaVersion\": \"1.0\"\n}\n");
        EngineResult r = run(t);
        assertEquals(List.of("unpointed-none-inherited info huoshan-transfer-2024.json#/extends",
                "partial-unpointed-none info huoshan-transfer-2024.json#/partial"), weights(r));
        Finding f = r.findings().stream().filter(x -> x.key().equals("unpointed-none-inherited")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(f);
        org.junit.jupiter.api.Assertions.assertTrue(zh.startsWith("评分框架 huoshan-transfer-2024 扩展内置评分框架 mof-transfer-region，沿用其声明："), zh);
        org.junit.jupiter.api.Assertions.assertTrue(zh.contains("存稿中也没有可计分的其余各项") && zh.endsWith("不计总分，不评定等级。"), zh);
        String en = new Messages(Locale.ENGLISH).forResult(r).message(f);
        org.junit.jupiter.api.Assertions.assertTrue(en.startsWith("Framework huoshan-transfer-2024 extends the built-in framework "
                + "mof-transfer-region and inherits its declaration") && en.contains("nor does the copy hold any other criterion"), en);
        // the finding unpointed-none was (the built-in's id a detail)
        assertEquals(io.github.jixiao.report.Fingerprints.of(new Finding(f.ruleId(), f.severity(), "unpointed-none", f.args().subList(0, 3),
                f.file(), "/unpointed", 0, 0, null)), io.github.jixiao.report.Fingerprints.of(f));
    }

    /**
     * t106 四川 两品一械 2021 (its framework extends mof-transfer-region, partial) with points printed on two rows: the
     * declaration is mof-transfer-region's, inherited; the warning says so at the file's extends and asks for the framework
     * that fits the form, not to delete an unpointed the file does not have (until session 54 "请删去评分框架文件中的
     * unpointed", at /unpointed).
     */
    @Test
    void anInheritedDeclarationOverRowsThatCarryPointsIsSaidAsInherited(@TempDir Path tmp) throws Exception {
        Path t = tmp.resolve("t106");
        Samples.copyTreeEditingIndicators(Samples.realTable("t106-suining-jingkai-liangpin-2021"), t, root -> {
            for (int i = 0; i < 2; i++) {
                tools.jackson.databind.node.ObjectNode row = (tools.jackson.databind.node.ObjectNode) root.path("indicators").get(i);
                row.put("points", 5);
            }
        });
        EngineResult r = run(t);
        assertEquals(List.of("unpointed-printed-inherited warning suining-jingkai-transfer-2021.json#/extends",
                "partial-unpointed info suining-jingkai-transfer-2021.json#/partial"), weights(r));
        Finding f = r.findings().stream().filter(x -> x.key().equals("unpointed-printed-inherited")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(f);
        assertEquals("评分框架 suining-jingkai-transfer-2021 扩展内置评分框架 mof-transfer-region，沿用了它的声明：所评的表式不为绩效指标印分值（unpointed）。"
                + "但表中有 2 个绩效指标带有分值，合计 10 分。按这一声明，分值合计不作核对：不足 100 分不提示，没有分值的指标不要求补填，计得的 "
                + r.sheet().total().toPlainString() + " 分不评定等级。表式印有分值的，它不是 mof-transfer-region 所评的表式：请把评分框架文件的 extends "
                + "改为与表式相符的内置评分框架，使所印分值得到核对和计分；分值不是表中所印的，请删去这些指标的分值（points）。", zh);
        String en = new Messages(Locale.ENGLISH).forResult(r).message(f);
        org.junit.jupiter.api.Assertions.assertFalse(en.contains("remove unpointed"), en);
        // the finding unpointed-printed was (the built-in's id a detail)
        assertEquals(io.github.jixiao.report.Fingerprints.of(new Finding(f.ruleId(), f.severity(), "unpointed-printed", f.args().subList(0, 4),
                f.file(), "/unpointed", 0, 0, null)), io.github.jixiao.report.Fingerprints.of(f));
    }

    /**
     * The same rows under a file that writes unpointed itself (t85's file with the built-in's declaration copied into it):
     * the project's own key, blamed on it as before (unpointed-printed at /unpointed).
     */
    @Test
    void aDeclarationTheFileWritesItselfIsTheFiles(@TempDir Path tmp) throws Exception {
        Path t = tmp.resolve("t85");
        Samples.copyTreeEditingIndicators(Samples.realTable("t85-huoshan-yiliaojiuzhu-2024"), t, root -> {
            tools.jackson.databind.node.ObjectNode row = (tools.jackson.databind.node.ObjectNode) root.path("indicators").get(0);
            row.put("points", 10);
        });
        Path framework = t.resolve("huoshan-transfer-2024.json");
        String text = Files.readString(framework);
        String with = text.replace("\"id\": \"huoshan-transfer-2024\",", "\"id\": \"huoshan-transfer-2024\",\n  \"unpointed\": \"表式不设分值栏。\",");
        org.junit.jupiter.api.Assertions.assertNotEquals(text, with);
        Files.writeString(framework, with);
        // in the file's order since session 55 (each at its key's line: unpointed written after id, partial below it)
        assertEquals(List.of("unpointed-printed warning huoshan-transfer-2024.json#/unpointed",
                "partial-unpointed info huoshan-transfer-2024.json#/partial"), weights(run(t)));
    }

    /**
     * t85 with 90 points on its one row, which with the execution's 10 make the full base: graded as usual, and the
     * inherited declaration said as inherited (unpointed-full-inherited, at extends), as above.
     */
    @Test
    void anInheritedDeclarationOverTheFullBaseIsSaidAsInherited(@TempDir Path tmp) throws Exception {
        Path t = tmp.resolve("t85");
        Samples.copyTreeEditingIndicators(Samples.realTable("t85-huoshan-yiliaojiuzhu-2024"), t, root -> {
            tools.jackson.databind.node.ObjectNode row = (tools.jackson.databind.node.ObjectNode) root.path("indicators").get(0);
            row.put("points", 90);
        });
        EngineResult r = run(t);
        // (and the split: all 90 on one 产出 row, where the framework's default is 50)
        assertEquals(List.of("unpointed-full-inherited warning huoshan-transfer-2024.json#/extends",
                "partial info huoshan-transfer-2024.json#/partial", "split warning submission/indicators.json#/indicators"), weights(r));
        Finding f = r.findings().stream().filter(x -> x.key().equals("unpointed-full-inherited")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(f);
        org.junit.jupiter.api.Assertions.assertTrue(zh.contains("请把评分框架文件的 extends 改为与表式相符的内置评分框架"), zh);
        org.junit.jupiter.api.Assertions.assertFalse(zh.contains("删去评分框架文件中的 unpointed"), zh);
    }

    /**
     * t85 霍山 2024 (its framework a project's copy of mof-transfer-region, partial and unpointed) with points printed on its
     * one row (享受医疗救助人次, 10 of 10): unpointed-printed warns that the declaration leaves the points unchecked and the
     * figure ungraded; partial beside it says the cut only ({@code partial-unpointed}, as beside the unpointed note), not a
     * second "不是综合评分，不评定等级" (session 52, P4's item 4 of session 51: until then {@code partial}, whole).
     */
    @Test
    void aPartialFrameworkBesideUnpointedPrintedSaysTheCutOnly(@TempDir Path tmp) throws Exception {
        Path t = tmp.resolve("t85");
        Samples.copyTreeEditingIndicators(Samples.realTable("t85-huoshan-yiliaojiuzhu-2024"), t, root -> {
            tools.jackson.databind.node.ObjectNode row = (tools.jackson.databind.node.ObjectNode) root.path("indicators").get(0);
            row.put("points", 10);
            row.put("score", 10);
        });
        EngineResult r = run(t);
        // mof-transfer-region's declaration, inherited: said so at the file's extends since session 54
        assertEquals(List.of("unpointed-printed-inherited warning huoshan-transfer-2024.json#/extends",
                "partial-unpointed info huoshan-transfer-2024.json#/partial"), weights(r));
        Finding partial = r.findings().stream().filter(x -> x.key().equals("partial-unpointed")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(partial);
        org.junit.jupiter.api.Assertions.assertFalse(zh.contains("不评定等级"), zh);
        Finding printed = r.findings().stream().filter(x -> x.key().equals("unpointed-printed-inherited")).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(new Messages(Messages.ZH).message(printed).contains("不评定等级"));
        assertEquals(io.github.jixiao.report.Fingerprints.of(partial),
                io.github.jixiao.report.Fingerprints.of(new Finding(partial.ruleId(), partial.severity(), "partial", partial.args(),
                        partial.file(), partial.pointer(), partial.line(), partial.column(), partial.criterion())));
    }

    private static Path copy(Path from, Path to) throws Exception {
        io.github.jixiao.testing.Samples.copyTree(from, to);
        return to;
    }
}
