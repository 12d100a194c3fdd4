package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.engine.Imported;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.report.Cells;
import io.github.jixiao.report.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission folder's sidecars (.jixiao-cells, one a project folder of a workbook) are read up to
 * {@link Imported#MAX_SIDECARS} (review s29-V L5: each was bounded at 16 MB, their number was not): the folder's own
 * first, whatever the others' names, then the others in the order of their paths; more are said, at the folder, with
 * how many there are and the first not read. 棠溪 2022 imported, with folders whose names sort before the folder's own
 * sidecar.
 */
class SidecarCountTest {

    /** 棠溪 2022 imported into {@code tmp/submission}, with {@code folders} more folders holding a sidecar each. */
    private static Path project(Path tmp, int folders) throws Exception {
        FormWorkbooks.save(FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE), tmp.resolve("自评表.xlsx"));
        WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        for (int i = 0; i < folders; i++) {
            Path d = Files.createDirectories(tmp.resolve("submission").resolve(String.format("-%03d", i)));
            Files.writeString(d.resolve(".jixiao-cells"), "{\"type\": \"xlsx\", \"cells\": {}}");
        }
        return tmp;
    }

    private static List<Finding> over(EngineResult r) {
        return r.findings().stream().filter(f -> f.key().equals("too-many-sidecars")).toList();
    }

    @Test
    void moreSidecarsThanAreReadAreSaidAndTheFoldersOwnIsRead(@TempDir Path tmp) throws Exception {
        Path project = project(tmp, Imported.MAX_SIDECARS);
        EngineResult r = WorkbookImportTest.check(project);
        List<Finding> over = over(r);
        assertEquals(1, over.size(), r.findings().toString());
        Finding f = over.get(0);
        assertEquals("submission-structure", f.ruleId());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("submission", f.file());
        assertEquals(List.of("submission", "101", "100", "submission/-099/.jixiao-cells"), f.args());
        assertEquals("申报目录 submission 及其下一级文件夹中有 101 个 jixiao:import 写下的单元格记录文件（.jixiao-cells），多于上限 100 个："
                + "只读了 100 个，从“submission/-099/.jixiao-cells”起的其余未读，报告中不会为那些文件夹的数值标出工作簿的单元格。"
                + "请把每个项目的文件夹作为单独的申报目录检查，或删去不再使用的文件夹。", new Messages(Messages.ZH).message(f));
        assertTrue(new Messages(Locale.ENGLISH).message(f).startsWith("The submission folder submission and its folders hold 101 .jixiao-cells files"),
                new Messages(Locale.ENGLISH).message(f));
        assertEquals(Imported.MAX_SIDECARS, r.imported().sidecars().size());
        // the folder's own sidecar is read, though 99 folders' sort before it: its cells are named as without them
        Finding weights = r.findings().stream().filter(x -> x.ruleId().equals("score-weights") && x.pointer().equals("/indicators"))
                .findFirst().orElseThrow();
        assertEquals("自评表!B12:I22", Cells.of(r.imported()).of(weights));
    }

    @Test
    void asManyAsAreReadAreNotSaid(@TempDir Path tmp) throws Exception {
        EngineResult r = WorkbookImportTest.check(project(tmp, Imported.MAX_SIDECARS - 1));
        assertEquals(List.of(), over(r));
        assertEquals(Imported.MAX_SIDECARS, r.imported().sidecars().size());
    }
}
