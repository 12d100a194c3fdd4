package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under a framework marked {@code partial} (a cut copy: score-weights partial says so, and gives no grade), the categories
 * the taxonomy lists after the copy's last row are past its end, not missing from the table. 宁德 地震局 2020 (t46) ends in
 * its third 数量 row and was told 产出/质量, 产出/时效 and 效益 were missing; 罗湖 南湖街道 2022 (t71) ends in its first 质量
 * row and was told 产出/时效 and 效益 were. A gap before the copy's end is the table's and stays (a 时效 row added after
 * t46's 数量 rows: 质量 is then missing before the end); the same copies read as whole still have every finding.
 */
class CategoryPastCopyEndTest {

    private static List<String> missing(Path project) {
        Messages zh = new Messages(Messages.ZH);
        return new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals("indicator-category-missing")).map(zh::message).toList();
    }

    private static Path copy(Path tmp, String table) throws Exception {
        Path project = tmp.resolve(table);
        Samples.copyTree(Samples.realTable(table), project);
        return project;
    }


    @Test
    void categoriesAfterACutCopysLastRowAreNotMissing() throws Exception {
        assertEquals(List.of(), missing(Samples.realTable("t46-ningde-dizhen-2020")));
        assertEquals(List.of(), missing(Samples.realTable("t71-luohu-nanhu-pinggaiguan-2022")));
    }

    @Test
    void theSameRowsReadAsWholeStillLackThem(@TempDir Path tmp) throws Exception {
        assertEquals(List.of(
                // 质量 and 时效 one finding since session 58 (approved-several)
                "年初批复的绩效目标中缺少“产出指标”下的质量指标、时效指标两类指标，也没有注明不适用。自评按批复的目标逐项填报，不能事后补设：请在报告中说明缺少这些类别指标的原因，并在下一年度申报绩效目标时补设。",
                // at 自评 the approved targets since session 57 (level1-approved; CategoryLevel1StageTest)
                "年初批复的绩效目标中没有任何“效益指标”（经济效益指标、社会效益指标、生态效益指标、可持续影响指标 中的任一类）指标，也没有注明不适用。自评按批复的目标逐项填报，不能事后补设：请在报告中说明缺少该类指标的原因，并在下一年度申报绩效目标时补设该类指标。"),
                missing(Samples.withoutPartial(tmp, "t46-ningde-dizhen-2020", "ningde-dizhen-2020.json")));
        assertEquals(2, missing(Samples.withoutPartial(tmp, "t71-luohu-nanhu-pinggaiguan-2022", "nanhu-bond-project-2022.json")).size());
    }

    /**
     * t46 with a 时效 row after its three 数量 rows: the copy now ends in 时效, and 质量, printed before it, is missing from
     * the table (效益, after it, is still past the end).
     */
    @Test
    void aGapBeforeTheCopysEndIsTheTables(@TempDir Path tmp) throws Exception {
        Path project = copy(tmp, "t46-ningde-dizhen-2020");
        Path f = project.resolve("submission/indicators.json");
        String json = Files.readString(f, StandardCharsets.UTF_8);
        int end = json.lastIndexOf(']');
        int last = json.lastIndexOf('}', end);
        String more = json.substring(0, last + 1) + ",\n    { \"level1\": \"产出目标\", \"level2\": \"时效目标\", \"name\": "
                + "\"台站运维抽查完成时间\", \"target\": \"2020年12月底前\", \"actual\": \"2020年11月\", \"points\": 6, \"score\": 6 }\n  "
                + json.substring(end);
        Files.writeString(f, more, StandardCharsets.UTF_8);
        assertEquals(List.of(
                "年初批复的绩效目标中缺少“产出指标/质量指标”类指标，也没有注明不适用。自评按批复的目标逐项填报，不能事后补设：请在报告中说明缺少该类指标的原因，并在下一年度申报绩效目标时补设该类指标。"),
                missing(project));
    }

    /** t71 with one 效益 row after its 质量 row: the copy now ends past 产出, whose 时效 is missing from the table. */
    @Test
    void aLaterRowMovesTheEnd(@TempDir Path tmp) throws Exception {
        Path project = copy(tmp, "t71-luohu-nanhu-pinggaiguan-2022");
        Path f = project.resolve("submission/indicators.json");
        String json = Files.readString(f, StandardCharsets.UTF_8);
        String more = json.replace("\"points\": 5, \"score\": 5 }\n  ]",
                "\"points\": 5, \"score\": 5 },\n    { \"level1\": \"效益指标\", \"level2\": \"社会效益指标\", \"name\": \"居民用气安全\","
                        + " \"target\": \"有效提升\", \"actual\": \"有效提升\", \"points\": 10, \"score\": 10 }\n  ]");
        assertEquals(false, more.equals(json), "a row added");
        Files.writeString(f, more, StandardCharsets.UTF_8);
        assertEquals(List.of(
                "年初批复的绩效目标中缺少“产出指标/时效指标”类指标，也没有注明不适用。自评按批复的目标逐项填报，不能事后补设：请在报告中说明缺少该类指标的原因，并在下一年度申报绩效目标时补设该类指标。"),
                missing(project));
    }
}
