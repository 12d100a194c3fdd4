package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * With English reports, every run of Chinese characters in the page, the Markdown summary and SARIF comes from the
 * department's own data (the submission's files) or from the scoring formula texts (explanations, figures and
 * sub-items that {@code score/} builds in Chinese; they are left as they are for now and excluded here explicitly).
 */
class EnglishPageTest {
    static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef\\u2e80-\\u2fdf]+");

    /** The text of the department's data and of the formula texts: where Chinese on an English page may come from. */
    static String allowed(Path project, JsonNode summary) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(project.resolve("submission"))) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                sb.append(Files.readString(p)).append('\n');
            }
        }
        for (JsonNode c : summary.path("criteria")) {
            formulas(c, sb);
        }
        return sb.toString();
    }

    private static void formulas(JsonNode c, StringBuilder sb) {
        sb.append(c.path("explanation").asString("")).append('\n');
        for (JsonNode in : c.path("inputs")) {
            sb.append(in.path("label").asString("")).append('\n').append(in.path("value").asString("")).append('\n');
        }
        for (JsonNode it : c.path("items")) {
            sb.append(it.path("name").asString("")).append('\n');
            formulas(it, sb);
        }
    }

    static Set<String> foreign(String text, String allowed) {
        Set<String> out = new TreeSet<>();
        Matcher m = CJK.matcher(text);
        while (m.find()) {
            if (!allowed.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    @Test
    void theEnglishReportsHoldNoChineseButTheDepartmentsDataAndTheFormulas(@TempDir Path tmp) throws Exception {
        Path project = ScoreSummaryTest.sample();
        EngineResult r = ScoreSummaryTest.run(project);
        Path out = tmp.resolve("en");
        ReportWriter.write(out, r, Map.of(), new Messages(Locale.ENGLISH), ScoreSummaryTest.META, Snippets.none());
        JsonNode summary = Json.mapper().readTree(Files.readString(out.resolve("score-summary.json")));
        String allowed = allowed(project, summary);
        List<String> problems = new ArrayList<>();
        for (String name : List.of("score-summary.html", "score-summary.md")) {
            Set<String> f = foreign(Files.readString(out.resolve(name)), allowed);
            if (!f.isEmpty()) {
                problems.add(name + ": " + f);
            }
        }
        // SARIF: the results' messages and the rules' descriptions. The rules' source citations (help.text and
        // properties.source: titles of Chinese regulations such as 财预〔2020〕10号, from the rule metadata) stay as
        // cited.
        JsonNode sarif = Json.mapper().readTree(Files.readString(out.resolve("findings.sarif")));
        StringBuilder texts = new StringBuilder();
        sarif.at("/runs/0/results").forEach(res -> texts.append(res.at("/message/text").asString()).append('\n'));
        sarif.at("/runs/0/tool/driver/rules").forEach(rule -> texts.append(rule.at("/shortDescription/text").asString()).append('\n')
                .append(rule.at("/fullDescription/text").asString()).append('\n'));
        // indicator-target-unmeasurable's English rationale quotes the vague words it is about, each with its
        // translation ("明显 (marked), 显著 (significant) or 有效提升 (effectively improved)"): quoted terms, allowed
        Set<String> f = foreign(texts.toString(), allowed + "\n明显\n显著\n有效提升\n");
        if (!f.isEmpty()) {
            problems.add("findings.sarif: " + f);
        }
        assertEquals(List.of(), problems);
        String html = Files.readString(out.resolve("score-summary.html"));
        assertTrue(html.contains("Excellent"), "the grade in English");
        assertTrue(html.contains("Budget execution rate"), "criterion names in English");
        assertTrue(html.contains("Self-evaluation"), "the stage in English");
    }
}
