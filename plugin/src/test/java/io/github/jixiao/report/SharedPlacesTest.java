package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.load.Src;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.ScoreInput;
import io.github.jixiao.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each figure's place (所用数据) is looked up once per result and shared by the page, the Markdown, score-summary.json and
 * the workbook (session 43, R8): before, the page and the Markdown each looked every figure up again in its file's tree.
 * The reports are byte for byte what they were: written once with the places still to look up and once with every one
 * remembered, on the sample and three real tables of different kinds (a project's 自评表 on its own framework, t84; the
 * 中央 transfer's 区域 form, t61; a 济南 project, t87).
 */
class SharedPlacesTest {
    @TempDir
    Path tmp;

    private static final String[] REPORTS = {"score-summary.html", "score-summary.md", "score-summary.json", "score-summary.xlsx"};

    private static Path realTable(String name) throws Exception {
        return Path.of(SharedPlacesTest.class.getResource("/real-tables/" + name).toURI());
    }

    private static EngineResult run(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")));
    }

    private static List<ScoreInput> inputs(EngineResult r) {
        List<ScoreInput> out = new ArrayList<>();
        for (CriterionScore c : r.sheet().criteria()) {
            out.addAll(c.inputs());
            c.items().forEach(it -> out.addAll(it.inputs()));
        }
        return out;
    }

    private byte[][] write(EngineResult r, String dir) throws Exception {
        Path out = Files.createDirectories(tmp.resolve(dir));
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ScoreSummaryTest.META, Snippets.none(), Cells.of(r));
        byte[][] b = new byte[REPORTS.length][];
        for (int k = 0; k < REPORTS.length; k++) {
            b[k] = Files.readAllBytes(out.resolve(REPORTS[k]));
        }
        return b;
    }

    @Test
    void eachPlaceIsLookedUpOnceAndTheReportsAreUnchanged() throws Exception {
        Samples.copyTo(tmp.resolve("sample"));
        List<Path> projects = List.of(tmp.resolve("sample"), realTable("t84-baoshan-tuiyijunren-2022"),
                realTable("t61-ningxia-fucai-2023"), realTable("t85-huoshan-yiliaojiuzhu-2024"));
        for (Path p : projects) {
            EngineResult r = run(p);
            assertNotNull(r.sheet(), p.toString());
            byte[][] cold = write(r, p.getFileName() + "-cold");
            // the copy the reports are written from after the baseline and the suppressions shares the places
            assertSame(r.places(), r.withFindings(r.findings()).places());
            int placed = 0;
            for (ScoreInput in : inputs(r)) {
                Src a = r.places().of(in.ref());
                if (a != null) {
                    placed++;
                    assertSame(a, r.places().of(in.ref()), "looked up again: " + in.ref());
                }
            }
            assertTrue(placed > 0, p + ": no figure placed");
            byte[][] warm = write(r, p.getFileName() + "-warm");
            for (int k = 0; k < REPORTS.length; k++) {
                assertArrayEquals(cold[k], warm[k], p.getFileName() + " " + REPORTS[k]);
            }
        }
    }
}
