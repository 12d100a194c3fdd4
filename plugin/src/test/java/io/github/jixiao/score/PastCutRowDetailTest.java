package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The score detail of a row the copy breaks off in before its 指标值 (濉溪 2019, t54: ★受助对象满意度(≥**%), 10 points, only
 * "&gt;=9" legible; partialCut.targetOf) says the row is past the transcribed copy's end, not "无法计分：…，按 0 分计": the
 * cells are not blank on the form, and a partial copy is given no grade (session 54). A row merely blank keeps its
 * "无法计分" (t23's 社会效益 rows with the framework's partialCut.unreadable taken away). As published, their cells printed
 * but unreadable in the copy (partialCut.unreadable, session 55), each says so.
 */
class PastCutRowDetailTest {

    private static List<CriterionScore> rows(EngineResult r) {
        List<CriterionScore> out = new ArrayList<>();
        List<CriterionScore> todo = new ArrayList<>(r.sheet().criteria());
        while (!todo.isEmpty()) {
            CriterionScore c = todo.remove(0);
            out.add(c);
            todo.addAll(c.items());
        }
        return out;
    }

    private static String detail(EngineResult r, String name) {
        return rows(r).stream().filter(c -> c.name() != null && c.name().contains(name)).findFirst().orElseThrow().explanation();
    }

    @Test
    void aRowPastTheCutIsSaidSo() {
        Path t = Samples.realTable("t54-suixi-linshijiuzhu-2019");
        EngineResult zh = new Engine().run(EngineOptions.of(t, t.resolve("submission")));
        // since session 58 its points are out of the points scored too (PastCutWeighsNothingTest)
        assertEquals("不计分：所录副本在这一行截断（见评分框架的 partial 说明），这一行的指标值、实际完成值和得分不在副本中，其 10 分也不计入所评部分的分值",
                detail(zh, "受助对象满意度"));
        EngineResult en = new Engine().run(EngineOptions.of(t, t.resolve("submission")).withLocale(Locale.ENGLISH));
        assertEquals("not scored: the transcribed copy breaks off in this row (see the framework's partial note), so its target, "
                + "actual and score are not in it, nor are its 10 points part of the points scored", detail(en, "受助对象满意度"));
    }

    /**
     * A copy whose rows' results are all past its cut ({@code partialCut.actuals}, as 新田 吴冲路 2022, t103, at 运行监控) at
     * 自评: 大英 医保 2023 (t96, its actual and score columns blank on every row) with its cut said so; each row's detail says
     * its actual is past the cut, not "无法计分：…，按 0 分计" (review s54 R4 L4).
     */
    @Test
    void aRowWhoseActualIsPastTheCutIsSaidSo(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path t = tmp.resolve("t96");
        Samples.copyTree(Samples.realTable("t96-daying-yibao-2023"), t);
        Path fw = t.resolve("daying-yibao-2023.json");
        String json = java.nio.file.Files.readString(fw);
        assertEquals(true, json.contains("\"partialCut\": {"), json);
        java.nio.file.Files.writeString(fw, json.replace("\"partialCut\": {", "\"partialCut\": {\n    \"actuals\": true,"));
        EngineResult zh = new Engine().run(EngineOptions.of(t, t.resolve("submission")));
        assertEquals("不计分：各指标的完成情况在所录副本的截断处之后（见评分框架的 partial 说明），这一行的实际完成值不在副本中",
                detail(zh, "城乡居民医保参保工作经费发放及时率"));
        EngineResult en = new Engine().run(EngineOptions.of(t, t.resolve("submission")).withLocale(Locale.ENGLISH));
        assertEquals("not scored: the rows' results are past the transcribed copy's cut (see the framework's partial note), so this "
                + "row's actual is not in it", detail(en, "城乡居民医保参保工作经费发放及时率"));
        // the real table, whose cut says nothing of its results: the row blank on the form, as before
        Path real = Samples.realTable("t96-daying-yibao-2023");
        String d = detail(new Engine().run(EngineOptions.of(real, real.resolve("submission"))), "城乡居民医保参保工作经费发放及时率");
        assertEquals(true, d.startsWith("无法计分："), d);
    }

    @Test
    void aBlankRowStillCannotBeScored(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path t = tmp.resolve("t23");
        Samples.copyTreeEditingIndicators(Samples.realTable("t23-yuanzhou-mashu-2022"), t, root -> { });
        // t23's framework without its partialCut: the rows' cells read as blank on the form
        java.nio.file.Path fw = t.resolve("yuanzhou-project-2022.json");
        String json = java.nio.file.Files.readString(fw);
        String blank = json.replaceFirst("\"partialCut\"\\s*:\\s*\\{[^}]*\\}\\s*,", "");
        assertFalse(blank.equals(json), json);
        java.nio.file.Files.writeString(fw, blank);
        String d = detail(new Engine().run(EngineOptions.of(t, t.resolve("submission"))), "一级种薯推广面积占总面积比例");
        assertFalse(d.contains("副本"), d);
        assertEquals(true, d.startsWith("无法计分："), d);
    }

    @Test
    void anUnreadableRowSaysSo() {
        Path t = Samples.realTable("t23-yuanzhou-mashu-2022");
        String d = detail(new Engine().run(EngineOptions.of(t, t.resolve("submission"))), "一级种薯推广面积占总面积比例");
        assertEquals(true, d.startsWith("不计分：这一行的指标值和实际完成值印在所录副本中，但无法辨认"), d);
    }
}
