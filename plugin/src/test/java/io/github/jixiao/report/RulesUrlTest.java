package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer trial (session 29, defect 10): every rule link (page, SARIF helpUri and informationUri) pointed at
 * https://github.com/jixiao/jixiao, which does not exist (jixiao is in no public repository). Now no report links a
 * rule unless jixiao.rulesUrl gives the address where the organisation publishes docs/rules.md; then all of them do,
 * to that address.
 */
class RulesUrlTest {

    private static final ReportMeta META = new ReportMeta("0.1.0-TEST", "1.0", "2026-01-01T00:00:00Z");

    private static String all(Path out) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.list(out)) {
            for (Path p : files.sorted().toList()) {
                if (!p.toString().endsWith(".xlsx")) {
                    sb.append(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return sb.toString();
    }

    @Test
    void noAddressNoLinkAndWithOneEveryReportLinksThere(@TempDir Path tmp) throws Exception {
        var result = ScoreSummaryTest.run(ScoreSummaryTest.sample());
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        ReportWriter.write(plain, result, Map.of(), new Messages(Messages.ZH), META);
        String text = all(plain);
        assertFalse(text.contains("github.com/jixiao"), "no address assumed");
        assertFalse(text.contains("helpUri") || text.contains("informationUri"), "SARIF without them");
        assertTrue(Files.readString(plain.resolve("findings.sarif")).contains("\"help\""), "the rule's help text stays in SARIF");

        String url = "https://git.example.org/finance/jixiao/blob/main/docs/rules.md";
        Path linked = Files.createDirectories(tmp.resolve("linked"));
        ReportWriter.write(linked, result, Map.of(), new Messages(Messages.ZH), META.withRulesUrl(url));
        String sarif = Files.readString(linked.resolve("findings.sarif"));
        assertTrue(sarif.contains("\"helpUri\" : \"" + url + "#indicator-target-missed\""), sarif);
        assertTrue(sarif.contains("\"informationUri\" : \"" + url + "\""), sarif);
        String page = Files.readString(linked.resolve("score-summary.html"));
        assertTrue(page.contains("<a href=\"" + url + "#indicator-target-missed\">indicator-target-missed</a>"), page);
        assertEquals(0, ScoreSummaryTest.count(page, "https://") - ScoreSummaryTest.count(page, "<a href=\"" + url + "#"),
                "the page's only addresses are the rule links");
        assertFalse(all(linked).contains("github.com/jixiao"));

        assertFalse(ReportMeta.validRulesUrl("javascript:alert(1)"));
        assertFalse(ReportMeta.validRulesUrl("https://x.org/\"><script>"));
        assertTrue(ReportMeta.validRulesUrl(url));
    }
}
