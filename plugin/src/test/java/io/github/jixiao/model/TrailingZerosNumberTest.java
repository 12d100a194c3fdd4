package io.github.jixiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A figure written with more than 20 decimals that are all zeros beyond the 20th (9.68 and 30 zeros: a spreadsheet's
 * export, or a pull request) is its value. The loader passes it (its decimals are zeros: no json-number finding), but
 * Submission.number dropped it as a figure of more than 20 decimals, so the row's score was silently blank — neither
 * scored as 9.68 nor said to be wrong (helper H5, session 41). A figure of more than 20 significant decimals is still no
 * figure (the loader's json-number says so).
 */
class TrailingZerosNumberTest {

    @TempDir
    Path dir;

    private List<String> run(String score) throws Exception {
        Path d = Files.createDirectories(dir.resolve(Integer.toHexString(score.hashCode())));
        Path sub = Files.createDirectories(d.resolve("submission"));
        Files.writeString(sub.resolve("department.json"), """
                {"$schema": "https://jixiao.github.io/schemas/v1/department.schema.json", "schemaVersion": "1.0",
                 "kind": "project", "name": "示例局", "year": 2021, "stage": "自评", "project": {"name": "示例项目"}}
                """);
        Files.writeString(sub.resolve("indicators.json"), """
                {"$schema": "https://jixiao.github.io/schemas/v1/indicators.schema.json", "schemaVersion": "1.0", "indicators": [
                 {"level1": "产出指标", "level2": "数量指标", "name": "培训人次", "target": "≥ 100人次", "actual": "96.85人次",
                  "points": 10, "score": SCORE, "explanation": "部分学员未到"}]}
                """.replace("SCORE", score));
        EngineResult r = new Engine().run(EngineOptions.of(d, sub));
        List<String> out = new java.util.ArrayList<>(r.findings().stream().filter(f -> f.pointer().startsWith("/indicators"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer()).sorted().toList());
        r.sheet().criteria().stream().flatMap(c -> c.items().stream()).forEach(i -> out.add(i.score() + " " + i.claimed()));
        return out;
    }

    @Test
    void zerosBeyondTheTwentiethDecimalAreTheSameFigure() throws Exception {
        List<String> plain = run("9.68");
        assertEquals(List.of("9.69 9.68"), plain.subList(plain.size() - 1, plain.size()));
        assertEquals(plain, run("9.68" + "0".repeat(30)));
    }
}
