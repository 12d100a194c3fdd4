package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grade printed in its long spelling (昌宁县更戛乡 2021's "综合评价等级为优秀", t137; 良好, 中等, 较差 as many reports print
 * them) is the band's grade: admitted by the schema since session 58 (before, a schema enum error, a false alarm on a real
 * form) and compared as 优, 良, 中, 差, the printed word kept in the messages.
 */
class GradeSpellingTest {

    private static EngineResult sampleWithGrade(Path tmp, String grade) throws IOException {
        io.github.jixiao.testing.Samples.copyTo(tmp);
        Path sa = tmp.resolve("submission/self-assessment.json");
        String s = Files.readString(sa);
        String from = "\"grade\": \"优\"";
        assertEquals(s.indexOf(from), s.lastIndexOf(from));
        assertTrue(s.contains(from));
        Files.writeString(sa, s.replace(from, "\"grade\": \"" + grade + "\""));
        return new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission")));
    }

    private static List<Finding> about(EngineResult r, String pointer) {
        return r.findings().stream().filter(f -> pointer.equals(f.pointer())).toList();
    }

    @Test
    void excellentSpelledOutIsTheTopGrade(@TempDir Path tmp) throws IOException {
        EngineResult r = sampleWithGrade(tmp, "优秀");
        assertEquals(List.of(), about(r, "/stated/grade").stream().map(f -> f.ruleId() + " " + f.key()).toList(),
                "the sample's 96.15 is 优: 优秀 says the same, no schema error and no grade mismatch");
        assertEquals("优", r.sheet().grade());
    }

    @Test
    void aLongSpellingOfAnotherBandIsStillAMismatchQuotedAsPrinted(@TempDir Path tmp) throws IOException {
        EngineResult r = sampleWithGrade(tmp, "良好");
        List<Finding> fs = about(r, "/stated/grade");
        assertEquals(List.of("score-claim-mismatch grade"), fs.stream().map(f -> f.ruleId() + " " + f.key()).toList());
        assertEquals("良好", fs.get(0).args().get(0), "the message quotes the grade as the report prints it");
    }

    @Test
    void aWordNoBandHasIsStillRefused(@TempDir Path tmp) throws IOException {
        EngineResult r = sampleWithGrade(tmp, "合格");
        assertTrue(about(r, "/stated/grade").stream().anyMatch(f -> (f.ruleId() + " " + f.key()).equals("schema enum")),
                "合格 is no spelling of a band: still the schema's error");
    }

    @Test
    void gradeNames() {
        assertEquals(List.of("优", "良", "中", "差", "优", "良", "中", "差", "合格", ""),
                java.util.stream.Stream.of("优秀", "良好", "中等", "较差", " 优 ", "良", "中", "差", "合格", null)
                        .map(Framework::gradeName).toList());
    }
}
