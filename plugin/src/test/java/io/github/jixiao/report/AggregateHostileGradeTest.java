package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A hand-made score-summary.json may put any text in its {@code grade} and {@code reviewedGrade}: the aggregate escaped
 * them but echoed them whole (review s29-V L2), in aggregate.json and aggregate.xlsx, and the reviewed grade beside the
 * 复核总分 on the page too. Now each is cut as a department's other texts are ({@link Escape#MAX_VALUE}) in every output;
 * a framework's grade is whole.
 */
class AggregateHostileGradeTest {
    @TempDir
    Path tmp;

    /** A grade of 100,000 characters, its 201st to last a run that no cut text holds. */
    private static final String LONG = "优<b>|*" + "劣".repeat(100_000) + "尾";

    /** 广水 2021's layout with every row reviewed, its reports written, its summary's grades replaced by {@link #LONG}. */
    private Aggregate.Input hostile(Locale l) throws Exception {
        Path project = ReviewedScoreReportTest.project(tmp, "h-" + l.getLanguage(), true);
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(l));
        Path out = tmp.resolve("out-" + l.getLanguage());
        ReportWriter.write(Files.createDirectories(out), r, Map.of(), new Messages(l), ReportMeta.of(""));
        Path summary = out.resolve("score-summary.json");
        ObjectNode root = (ObjectNode) Json.mapper().readTree(Files.readString(summary, StandardCharsets.UTF_8));
        assertTrue(root.path("reviewedGrade").isString(), "the premise: a reviewed grade: " + root);
        root.put("grade", LONG);
        root.put("reviewedGrade", LONG);
        Files.writeString(summary, Json.mapper().writeValueAsString(root), StandardCharsets.UTF_8);
        return new Aggregate.Input("h", ReportModel.read(summary, ReportModel.SummaryDocument.class),
                ReportModel.read(out.resolve("findings.json"), ReportModel.FindingsDocument.class), null);
    }

    private static void bounded(String what, String output) {
        assertFalse(output.contains("劣".repeat(Escape.MAX_VALUE)), what + " echoes the grade whole");
        assertFalse(output.contains("尾"), what);
        assertTrue(output.contains("劣".repeat(Escape.MAX_VALUE - 10)), what + " shows the grade's start: " + output.length());
    }

    @Test
    void aLongGradeIsCutInEveryOutput() throws Exception {
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Aggregate.Result r = Aggregate.of(List.of(hostile(l), AggregateGradesTest.input("all",
                    ReviewedScoreReportTest.project(tmp, "all-" + l.getLanguage(), true), l)));
            Messages m = new Messages(l);
            String json = Aggregate.json(r);
            bounded("aggregate.json", json);
            JsonNode dep = null;
            for (JsonNode d : Json.mapper().readTree(json).path("departments")) {
                dep = d.path("module").asString().equals("h") ? d : dep;
            }
            for (String field : List.of("grade", "reviewedGrade")) {
                String g = dep.path(field).asString();
                assertEquals(Escape.MAX_VALUE, g.codePointCount(0, g.length()), field);
                assertTrue(g.startsWith("优<b>|*劣") && g.endsWith("…"), g);
            }
            bounded("aggregate.md", Aggregate.markdown(r, m));
            String html = Aggregate.html(r, m, ReportMeta.of(""));
            bounded("aggregate.html", html);
            assertFalse(html.contains("<b>"), "escaped as before");
            StringBuilder cells = new StringBuilder();
            for (io.github.jixiao.xlsx.Table t : Aggregate.tables(r, m)) {
                t.rows().forEach(row -> row.forEach(c -> cells.append(c).append('\n')));
            }
            bounded("aggregate.xlsx", cells.toString());
            // the framework's grade of the other department whole, and counted
            assertEquals(1, r.grades().get("优"), r.grades().toString());
        }
    }
}
