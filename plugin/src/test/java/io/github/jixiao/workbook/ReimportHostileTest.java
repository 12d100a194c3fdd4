package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.testing.CpuBound;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A re-import reads the files already in the submission folder, which a pull request may have written: 湘潭 2024's
 * published 目标表 imported, its department.json then edited as an attacker would, and the 监控表 of the same project
 * imported over it.
 */
class ReimportHostileTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    /**
     * A project name of a code, thousands of spaces and a line break (session 33, H): the name compared with the new
     * table's (a code before it set aside, Reimport.CODED) backtracked over every way of splitting the spaces, cubic in
     * their number: 800 spaces took 6 s, 5,000 would take hours. Now it is read in one pass, and the names still differ.
     */
    @Test
    void aCodedNameWithThousandsOfSpacesIsComparedInLinearTime() throws Exception {
        Path file = tmp.resolve("forms/目标表.xlsx");
        Files.createDirectories(file.getParent());
        try (InputStream in = ReimportHostileTest.class.getResourceAsStream("/published-workbooks/xiangtan-wupaoche-2024.xlsx")) {
            Files.copy(in, file);
        }
        WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false);
        Path dept = tmp.resolve("submission/department.json");
        ObjectNode d = (ObjectNode) JSON.readTree(Files.readString(dept));
        String hostile = "abc123" + " ".repeat(5000) + "x\ny";
        ((ObjectNode) d.get("project")).put("name", hostile);
        Files.writeString(dept, JSON.writeValueAsString(d), StandardCharsets.UTF_8);
        FormWorkbooks.save(FormWorkbooks.xiangtanMonitor(), tmp.resolve("forms/监控表.xlsx"));

        WorkbookImport.Result r = CpuBound.within(Duration.ofSeconds(30),
                () -> WorkbookImport.run(tmp, "forms/监控表.xlsx", tmp.resolve("submission"), true));

        // another project's files (the names differ): nothing of them carried, the 监控表's name written
        assertEquals("雾炮车抑尘降尘服务", JSON.readTree(Files.readString(dept)).path("project").path("name").asString());
        assertTrue(JSON.readTree(Files.readString(dept)).path("overallGoals").isMissingNode());
        assertFalse(r.carried().stream().anyMatch(c -> c.kept() && !"/stage".equals(c.pointer())), r.carried().toString());
    }

    /**
     * A sidecar naming, among the cells read, a pointer of 10,000 levels (/a/a/…, 20,000 characters): the fields the old
     * table's cells were read for are each pointer with its ancestors, each a copy, so such a key took memory quadratic in
     * its length (99 MB for this one; 607 MB for one of 50,000 characters, the longest a JSON name may be, and a 16 MB
     * sidecar holds 320 of them). No pointer the import writes is deeper than six levels: a deeper one is no field.
     */
    @Test
    void aDeepPointerInTheSidecarIsNoField() throws Exception {
        Path file = tmp.resolve("forms/目标表.xlsx");
        Files.createDirectories(file.getParent());
        try (InputStream in = ReimportHostileTest.class.getResourceAsStream("/published-workbooks/xiangtan-wupaoche-2024.xlsx")) {
            Files.copy(in, file);
        }
        WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false);
        Path sidecar = tmp.resolve("submission/" + WorkbookImport.CELLS);
        int real = Reimport.table(sidecar.getParent()).covered("submission/department.json").size();
        ObjectNode side = (ObjectNode) JSON.readTree(Files.readString(sidecar));
        ((ObjectNode) side.get("cells")).put("submission/department.json#" + "/a".repeat(10_000), "目标表!A1");
        Files.writeString(sidecar, JSON.writeValueAsString(side), StandardCharsets.UTF_8);

        assertEquals(real, Reimport.table(sidecar.getParent()).covered("submission/department.json").size());
        WorkbookImport.Result r = CpuBound.within(Duration.ofSeconds(30),
                () -> WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), true));
        assertTrue(r.written().stream().anyMatch(w -> w.endsWith("department.json")), r.written().toString());
    }

    /**
     * A table of 6,000 indicator rows whose 分值 and 得分 hold no number (12,000 workbook-cell-unreadable), imported again: a
     * number typed into the JSON for such a cell is kept (session 40), and the old file was read and parsed once for each of
     * the cells, 12,000 times 1 MB: some 50 s of CPU (4,000 rows: 23 s). It is read once now. The typed 分值 is still kept.
     */
    @Test
    void manyUnreadableCellsAreImportedAgainInLinearTime() throws Exception {
        Path file = tmp.resolve("forms/目标表.xlsx");
        Files.createDirectories(file.getParent());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = Files.newOutputStream(file)) {
            org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("目标表");
            s.createRow(0).createCell(0).setCellValue("2024年度项目支出绩效目标表");
            org.apache.poi.ss.usermodel.Row info = s.createRow(1);
            info.createCell(0).setCellValue("项目名称");
            info.createCell(1).setCellValue("测试项目");
            String[] head = {"一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"};
            org.apache.poi.ss.usermodel.Row h = s.createRow(3);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int i = 0; i < 6_000; i++) {
                org.apache.poi.ss.usermodel.Row x = s.createRow(4 + i);
                String[] v = {"产出指标", "数量指标", "培训人数" + i, "待定", "≥100人", "100人", "x"};
                for (int c = 0; c < v.length; c++) {
                    x.createCell(c).setCellValue(v[c]);
                }
            }
            wb.write(out);
        }
        WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false);
        Path indicators = tmp.resolve("submission/indicators.json");
        ObjectNode doc = (ObjectNode) JSON.readTree(Files.readString(indicators));
        ((ObjectNode) doc.get("indicators").get(0)).put("points", 5);
        Files.writeString(indicators, JSON.writeValueAsString(doc), StandardCharsets.UTF_8);

        WorkbookImport.Result r = CpuBound.within(Duration.ofSeconds(20),
                () -> WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), true));
        assertEquals(5, JSON.readTree(Files.readString(indicators)).path("indicators").path(0).path("points").asInt());
        assertEquals(1, r.carried().stream().filter(c -> c.unread() != null).count(), r.carried().toString());
    }

    /** The comparison itself, at its edges: a code and its name split at a dash or spaces as before. */
    @Test
    void codedNamesSplitAsBefore() {
        assertTrue(Reimport.sameName("4303022400001 - 雾炮车抑尘降尘服务", "雾炮车抑尘降尘服务"));
        assertTrue(Reimport.sameName("4303022400001  雾炮车抑尘降尘服务", "4303022400001－雾炮车抑尘降尘服务"));
        assertTrue(Reimport.sameName("abc123 - x", "x"));
        assertFalse(Reimport.sameName("abc123" + " ".repeat(5000) + "x\ny", "x\ny"), "no code where the name has a line break");
        assertTrue(Reimport.sameName("abcdef 雾炮车", "abcdef 雾炮车"), "six letters without a digit are no code: the names as written");
        assertFalse(Reimport.sameName("abcdef 雾炮车", "雾炮车"));
    }
}
