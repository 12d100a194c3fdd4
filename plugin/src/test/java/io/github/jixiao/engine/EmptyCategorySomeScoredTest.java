package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A category of several rows none of which has a target or an actual, where some of its rows, not all, state full marks
 * (原州 2022, t23: 社会效益, two rows of 8 with their cells unreadable in the copy, here as if blank on the form, the framework's
 * partialCut.unreadable taken away, and with the second's 得分 written 6):
 * one finding, indicator-incomplete's empty-category naming the rows at full marks and their points
 * ({@code empty-category-scored-some}, details; Engine.emptyCategoryRowsOnce, session 54). Until then the category's
 * finding stood beside the first row's indicator-score-unexplained {@code empty-actual}, both asking to fill in the same
 * rows. So blank, both rows at full marks, it is {@code -scored} (session 53). As published the framework says the cells
 * unreadable in the copy (partialCut.unreadable, session 55: audit s55 A10 row A3), and nothing asks for them.
 */
class EmptyCategorySomeScoredTest {

    private static List<String> said(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings().stream()
                .filter(f -> f.pointer().startsWith("/indicators/7") || f.pointer().startsWith("/indicators/8"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer() + " " + f.args()).toList();
    }

    @Test
    void someRowsAtFullMarksAreNamedInTheCategorysFinding(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("t23");
        Samples.copyTreeEditingIndicators(Samples.realTable("t23-yuanzhou-mashu-2022"), project,
                root -> ((tools.jackson.databind.node.ObjectNode) root.get("indicators").get(8)).put("score", 6));
        blankOnTheForm(project);
        List<String> said = said(project);
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("indicator-incomplete empty-category-scored-some /indicators/7 "), said.toString());
        Finding f = new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings().stream()
                .filter(x -> x.key().equals("empty-category-scored-some")).findFirst().orElseThrow();
        assertEquals(List.of("8", "一级种薯推广面积占总面积比例 8"), f.args().subList(f.args().size() - 2, f.args().size()));
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("没有指标值和实际完成值，其中却有自评满分的：一级种薯推广面积占总面积比例 8（共 8 分）。"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("yet some are scored full marks: 一级种薯推广面积占总面积比例 8 (8 in all)"), en);
        // the category's finding still (sameAs empty-category; the rows and points details)
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "empty-category", f.args().subList(0, 3)), Fingerprints.of(f));
    }

    @Test
    void blankWithEveryRowAtFullMarksItIsScored(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("t23");
        Samples.copyTreeEditingIndicators(Samples.realTable("t23-yuanzhou-mashu-2022"), project, root -> { });
        blankOnTheForm(project);
        List<String> said = said(project);
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("indicator-incomplete empty-category-scored /indicators/7 "), said.toString());
    }

    /** As published: the cells are in the copy, unreadable (partialCut.unreadable), so nothing asks for them. */
    @Test
    void asPublishedTheUnreadableCellsAreNotAskedFor() {
        assertEquals(List.of(), said(Samples.realTable("t23-yuanzhou-mashu-2022")));
    }

    /** t23's framework without its partialCut: the rows' cells read as blank on the form. */
    static void blankOnTheForm(Path project) throws java.io.IOException {
        Path fw = project.resolve("yuanzhou-project-2022.json");
        String json = java.nio.file.Files.readString(fw);
        String blank = json.replaceFirst("\"partialCut\"\\s*:\\s*\\{[^}]*\\}\\s*,", "");
        assertTrue(!blank.equals(json), json);
        java.nio.file.Files.writeString(fw, blank);
    }
}
