package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.FrameworkLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page and the Markdown summary give each criterion's 评分标准, as the workbook's 评分表 does: in English the
 * framework's standardEn. A standard with pipes, line breaks or markup cannot break the Markdown table or the page.
 */
class ScoringStandardTest {

    /** The cells of one Markdown table row: split at the pipes Escape.md left unescaped. */
    static List<String> cells(String row) {
        String inner = row.substring(row.indexOf('|') + 1, row.lastIndexOf('|'));
        return List.of(inner.split("(?<!\\\\)\\|", -1)).stream().map(String::strip).toList();
    }

    /** The Markdown row of criterion {@code name} in the 评分表. */
    static String row(String md, String name) {
        for (String line : md.split("\n")) {
            if (line.startsWith("|") && cells(line).size() == 8 && cells(line).get(2).equals(Escape.md(name))) {
                return line;
            }
        }
        throw new AssertionError("no row for " + name + " in\n" + md);
    }

    /** The page's row of criterion {@code id}. */
    static String row(String html, CriterionScore c) {
        Matcher m = Pattern.compile("<tr id=\"" + Pattern.quote(ScoreSummaryHtml.anchor(c.id())) + "\">.*?</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), c.id());
        return m.group();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyCriterionShowsItsStandard(String lang) {
        Path project = ScoreSummaryTest.sample();
        boolean en = lang.equals("en");
        EngineResult r = en ? EnglishPageTest.runEnglish(project) : ScoreSummaryTest.run(project);
        Messages m = new Messages(en ? Locale.ENGLISH : Messages.ZH);
        String html = ScoreSummaryHtml.render(r, m, ScoreSummaryTest.META);
        String md = ScoreSummaryMarkdown.render(r, m, ScoreSummaryTest.META);
        var framework = FrameworkLoader.builtIn(r.sheet().frameworkId());
        int shown = 0;
        for (CriterionScore c : r.sheet().criteria()) {
            if (c.standard() == null || c.standard().isBlank()) {
                continue;
            }
            String standard = en ? framework.english(c.standard()) : c.standard();
            assertFalse(en && standard.equals(c.standard()), () -> "no standardEn for " + c.id());
            assertTrue(row(html, c).contains("<p class=\"standard\"><b>" + (en ? "Scoring standard" : "评分标准") + "</b>"
                    + (en ? ": " : "：") + Escape.html(standard) + "</p>"), c.id());
            String name = FrameworkNames.of(r.sheet(), m.forSheet(r.sheet())).criterion(c);
            assertEquals(Escape.md(standard), cells(row(md, name)).get(5), c.id());
            shown++;
        }
        assertEquals(r.sheet().criteria().size(), shown, "the 深圳 framework gives every criterion a standard");
        String header = md.lines().filter(l -> l.startsWith("| " + (en ? "Level 1" : "一级指标"))).findFirst().orElseThrow();
        assertEquals(8, cells(header).size()); // 本行问题 last (session 46)
        assertEquals(en ? "Scoring standard" : "评分标准", cells(header).get(5));
    }

    /** A project framework whose standards hold pipes, line breaks, HTML and Markdown: each output escapes them. */
    @Test
    void aStandardCannotBreakTheTableOrThePage(@TempDir Path tmp) throws IOException {
        Path project = tmp.resolve("p");
        io.github.jixiao.testing.Samples.copyTree(ScoreSummaryTest.sample().resolve("submission"), project.resolve("submission"));
        String fw;
        try (InputStream in = getClass().getResourceAsStream("/io/github/jixiao/frameworks/shenzhen-department-2024.json")) {
            fw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String hostile = "A | B\\n| --- |\\n<script>alert(1)</script> **bold** [x](javascript:alert(1))";
        String standard = "\"standard\": \"固定资产利用率=（实际在用固定资产总额/所有固定资产总额）×100%。";
        assertTrue(fw.contains(standard));
        fw = fw.replace("\"id\": \"shenzhen-department-2024\"", "\"id\": \"own-department-2024\"")
                .replace(standard, "\"standard\": \"" + hostile + " 固定资产利用率=（实际在用固定资产总额/所有固定资产总额）×100%。");
        Files.createDirectories(project.resolve("frameworks"));
        Files.writeString(project.resolve("frameworks/own.json"), fw, StandardCharsets.UTF_8);

        EngineResult r = new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null,
                "frameworks/own.json", null, Messages.ZH));
        CriterionScore c = r.sheet().criterion("fixed-asset-utilization").orElseThrow();
        assertTrue(c.standard().startsWith("A | B\n| --- |\n<script>"), c.standard());
        Messages m = new Messages(Messages.ZH);
        String md = ScoreSummaryMarkdown.render(r, m, ScoreSummaryTest.META);
        for (String line : md.split("\n")) {
            if (line.startsWith("|") && line.length() > 1 && !line.startsWith("|---")) {
                assertEquals(8, cells(line).size(), line);
            }
        }
        String cell = cells(row(md, c.name())).get(5);
        assertTrue(cell.startsWith("A \\| B \\| --- \\| \\<script\\>alert(1)\\</script\\> \\*\\*bold\\*\\* \\[x\\](javascript:alert(1))"), cell);
        String html = ScoreSummaryHtml.render(r, m, ScoreSummaryTest.META);
        assertFalse(html.contains("<script>"));
        assertTrue(row(html, c).contains("A | B | --- | &lt;script&gt;alert(1)&lt;/script&gt; **bold**"), row(html, c));
    }
}
