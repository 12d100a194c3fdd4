package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.score.CriterionScore;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * A table whose printed points are a built-in's layout (湖北's 20 + 80 项目自评表 is {@code project-20-80}'s, since session
 * 54), imported with no framework named: since session 55 the import writes printed-framework.json as a short file
 * extending that built-in ({@code "extends": "project-20-80"}: its id, version, names, a source naming the cells the
 * points are printed in, and {@code unpointed} where no row prints its 分值), not a whole copy of mof-project-2020's
 * criteria re-weighed, and its note names the built-in and why. One case per layout the import reads the points in: on
 * the headings (t13 襄阳 2021, no row's 分值), above the heading (t69 天长 2020, 年度目标1:(80分)), in two blocks (t27 黄冈
 * 2020, 40 + 40), with its execution rate the ratio 1 (t56 长江禁捕 2020), with the 一级's points printed (t18 区商务局 2020's
 * 产出指标(60分): not unpointed). Each is held to the whole copy the import
 * wrote before session 55 (the same code, {@link PrintedFramework#of}): check on the imported folder gives the same
 * total, grade, criteria scores and findings under either file.
 */
class PrintedFrameworkExtendsImportTest extends RealTableImport {

    @ParameterizedTest
    @CsvSource({
            "t13-xiangyang-zhongxin-2021, t13-xiangyang-zhongxin-2021.xlsx, framework-extended, true",
            "t69-tianchang-tanghu-2020, t69-tianchang-tanghu-2020.xlsx, framework-extended, true",
            "t27-huanggang-shuibao-2020, t27-huanggang-shuibao-2020.xlsx, framework-extended-blocks, true",
            "t56-jinbu-yuye-2020, t56-jinbu-yuye-2020.xlsx, framework-extended, true",
            "t18-shangwu-fuwumaoyi-2020, t18-shangwu-fuwumaoyi-2020.xlsx, framework-extended, false"})
    void twentyEightyExtendsTheBuiltInAndScoresAsTheWholeCopy(String table, String workbook, String note, boolean unpointed) throws Exception {
        imported(table, workbook, null);
        assertEquals("printed-framework.json", importedFile("department.json").path("framework").asString());
        JsonNode fw = read(tmp.resolve("printed-framework.json"));
        assertEquals("project-20-80", fw.path("extends").asString());
        assertEquals("printed-points-20-80", fw.path("id").asString());
        assertFalse(fw.has("criteria") || fw.has("grades") || fw.has("taxonomy") || fw.has("kind"), fw.toString());
        assertEquals(unpointed, fw.has("unpointed"), fw.toString());
        assertTrue(fw.path("source").asString().contains("正是内置框架 project-20-80（"), fw.path("source").asString());
        var loaded = io.github.jixiao.score.FrameworkLoader.load("printed-framework.json", tmp, io.github.jixiao.load.Src.NONE);
        assertEquals(List.of(), loaded.findings());
        assertEquals("project-20-80", loaded.framework().base().id());

        // the note names the built-in, why (the layout; mof-project-2020 weighs otherwise), in both languages
        WorkbookImport.Problem p = result.notes().stream().filter(x -> note.equals(x.key())).findFirst().orElse(null);
        assertNotNull(p, result.notes().toString());
        assertTrue(said.stream().anyMatch(t -> t.contains("正是内置评分框架 project-20-80 的表式") && t.contains("内置评分框架 mof-project-2020 "
                + "不是这样分配：已写成扩展 project-20-80 的项目评分框架 printed-framework.json（\"extends\": \"project-20-80\"")), said.toString());
        assertTrue(saidEn.stream().anyMatch(t -> t.contains("the layout of the built-in framework project-20-80") && t.contains("which the "
                + "built-in mof-project-2020 is not. A short project framework extending project-20-80 (\"extends\": \"project-20-80\") was "
                + "written to printed-framework.json")), saidEn.toString());

        // the whole copy the import wrote before session 55, from the same arguments
        String[] a = p.text().split(String.valueOf('\u001F'), -1);
        Map<String, Object> whole = PrintedFramework.of(new BigDecimal(a[1]), a[2], a[3], new BigDecimal(a[4]), a[5], a[6],
                a[8].isEmpty() ? null : a[8], a[7], "forms/" + workbook + " Sheet1", null, null, false, unpointed);
        assertTrue(whole.containsKey("criteria"));
        Files.writeString(tmp.resolve("whole-copy.json"), new String(WorkbookImport.json(whole), java.nio.charset.StandardCharsets.UTF_8));
        EngineResult extended = new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission")));
        EngineResult copied = new Engine().run(new EngineOptions(tmp, tmp.resolve("submission"), null, null, "whole-copy.json"));
        assertNotNull(extended.sheet(), table);
        assertEquals("project-20-80", extended.sheet().frameworkBase(), table);
        assertEquals(null, copied.sheet().frameworkBase(), table); // the whole copy was read, not the built-in
        assertEquals(scores(copied), scores(extended), table);
        assertEquals(findings(copied), findings(extended), table);
    }

    /**
     * A folder an import before session 55 wrote (t13: printed-framework.json a whole copy, its SHA-256 in the sidecar),
     * imported again with -Djixiao.overwrite=true: the file, the import's own and unchanged, is written anew as the short
     * file extending project-20-80 and the log says so (framework-shortened: the same points, the same score); imported
     * again, nothing more is said. Without -Djixiao.overwrite=true nothing is written (as any existing file).
     */
    @org.junit.jupiter.api.Test
    void anEarlierImportsWholeCopyIsShortenedOnlyWhenImportedAgain() throws Exception {
        imported("t13-xiangyang-zhongxin-2021", RealTableWorkbooks.T13, null);
        WorkbookImport.Problem p = result.notes().stream().filter(x -> WorkbookImport.FRAMEWORK_EXTENDED.equals(x.key())).findFirst().orElseThrow();
        String[] a = p.text().split(String.valueOf('\u001F'), -1);
        byte[] whole = WorkbookImport.json(PrintedFramework.of(new BigDecimal(a[1]), a[2], a[3], new BigDecimal(a[4]), a[5], a[6], null, a[7],
                "forms/" + RealTableWorkbooks.T13 + " Sheet1", null, null, false, true));
        java.nio.file.Path fw = tmp.resolve("printed-framework.json");
        Files.write(fw, whole);
        java.nio.file.Path side = tmp.resolve("submission/" + WorkbookImport.CELLS);
        var sidecar = (tools.jackson.databind.node.ObjectNode) read(side);
        ((tools.jackson.databind.node.ObjectNode) sidecar.get(WorkbookImport.PRINTED)).put("sha256",
                java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(whole)));
        Files.writeString(side, sidecar.toString());
        EngineResult before = new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission")));

        org.junit.jupiter.api.Assertions.assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(tmp, "forms/" + RealTableWorkbooks.T13, tmp.resolve("submission"), false));
        assertTrue(java.util.Arrays.equals(whole, Files.readAllBytes(fw)), "not written without -Djixiao.overwrite=true");

        imported("t13-xiangyang-zhongxin-2021", RealTableWorkbooks.T13, null);
        assertEquals("project-20-80", read(fw).path("extends").asString());
        assertTrue(said.contains("note x: printed-framework.json 是上次导入本表时按所印 20 + 80 分写成的整份评分框架（此后未改动），现已改写为扩展内置评分框架 "
                + "project-20-80 的简短文件（本表正是 project-20-80 的表式）：分值与得分不变，计分办法、指标分类和评分等级都用 project-20-80 的"), said.toString());
        assertTrue(saidEn.contains("note x: printed-framework.json, the whole framework of the table's 20 + 80 points that the last import wrote "
                + "(unchanged since), has been written anew as a short file extending the built-in framework project-20-80, whose layout the table "
                + "prints: the same points and the same score, its methods, categories and grades now project-20-80's"), saidEn.toString());
        assertEquals(scores(before), scores(new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission")))));

        imported("t13-xiangyang-zhongxin-2021", RealTableWorkbooks.T13, null);
        assertTrue(said.stream().noneMatch(t -> t.contains("简短文件")), said.toString());
    }

    /** The sheet's total, grade, why it is no total, and each criterion's (and item's) id, weight and score. */
    private static List<String> scores(EngineResult r) {
        List<String> out = new ArrayList<>();
        out.add("total " + r.sheet().total() + " grade " + r.sheet().grade() + " noTotal " + r.sheet().noTotal()
                + " unpointed " + r.sheet().unpointed() + " partial " + r.sheet().partial());
        r.sheet().criteria().forEach(c -> criterion(c, "", out));
        return out;
    }

    private static void criterion(CriterionScore c, String indent, List<String> out) {
        out.add(indent + c.id() + " " + c.weight() + " " + c.score());
        if (c.items() != null) {
            c.items().forEach(i -> criterion(i, indent + "  ", out));
        }
    }

    /** Every finding: rule, key, file (the whole copy's said as printed-framework.json), pointer, severity. */
    private static List<String> findings(EngineResult r) {
        return r.findings().stream().map(f -> f.ruleId() + " " + f.key() + " " + String.valueOf(f.file()).replace("whole-copy.json",
                "printed-framework.json") + " " + f.pointer() + " " + f.severity().id()).sorted().toList();
    }
}
