package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleDescriptor;
import io.github.jixiao.lint.RuleRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reviewer's code-scanning alert links to the rule's entry in docs/rules.md (session 41, E3's left-alone item): with
 * jixiao.rulesUrl set, each SARIF rule's helpUri is {@code <rulesUrl>#<rule id>}, and its help's markdown (what code
 * scanning shows beside an alert; it does not show helpUri) ends with that link. The link lands only if docs/rules.md,
 * as GitHub and GitLab render it, has a heading whose anchor is exactly the rule's id: their anchors are the heading's
 * text lower-cased, punctuation dropped, spaces made hyphens, and a repeated one suffixed -1, -2, … — so a heading
 * above a rule's that spelt the same would send the link elsewhere. This test computes the anchors of the generated
 * file as a renderer does.
 */
class RuleAnchorsTest {

    private static final String URL = "https://git.example.org/finance/jixiao/blob/v0.1.0/docs/rules.md";

    /** GitHub's anchor of a heading (github-slugger): lower case, only letters, digits, '_', '-' and spaces kept, spaces as '-'. */
    static String slug(String heading) {
        String text = heading.strip().replace("`", "").toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ' ') {
                sb.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    /** Every anchor of a Markdown file, in order, repeated ones suffixed as the renderer does; mapped to the heading. */
    static Map<String, String> anchors(String md) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fence = false;
        for (String line : md.split("\n", -1)) {
            if (line.startsWith("```")) {
                fence = !fence;
                continue;
            }
            Matcher m = Pattern.compile("^#{1,6} +(.*?)#*\\s*$").matcher(line);
            if (fence || !m.matches()) {
                continue;
            }
            String s = slug(m.group(1));
            int n = seen.merge(s, 1, Integer::sum) - 1;
            out.put(n == 0 ? s : s + "-" + n, m.group(1).strip());
        }
        return out;
    }

    @Test
    void everyRulesSarifLinkLandsOnItsOwnHeadingInDocsRulesMd() throws Exception {
        String md = Files.readString(RuleCatalogTest.DOC, StandardCharsets.UTF_8);
        Map<String, String> anchors = anchors(md);
        // one finding of every rule, so that every rule is in the run
        List<Sarif.Entry> entries = new ArrayList<>();
        List<RuleDescriptor> rules = RuleRegistry.descriptors();
        for (RuleDescriptor d : rules) {
            entries.add(new Sarif.Entry(new Finding(d.id(), d.severity(), "", List.of(), "submission/department.json", "", 1, 1, null), null));
        }
        for (Messages messages : List.of(new Messages(Messages.ZH), new Messages(Locale.ENGLISH))) {
            String sarif = Json.write(Sarif.tree(entries, messages, "0.1.0-TEST", Snippets.none(), Cells.none(), "",
                    new ReportMeta("0.1.0-TEST", "1.0", "2026-01-01T00:00:00Z", URL)));
            assertEquals(List.of(), SarifSchemaTest.sarifSchema().validate(sarif, com.networknt.schema.InputFormat.JSON).stream()
                    .map(Object::toString).toList(), "valid SARIF 2.1.0 with the links");
            JsonNode driver = JsonMapper.builder().build().readTree(sarif).path("runs").path(0).path("tool").path("driver");
            assertEquals(URL, driver.path("informationUri").asString());
            JsonNode listed = driver.path("rules");
            assertEquals(rules.size(), listed.size(), "every rule is in the run");
            for (JsonNode r : listed) {
                String id = r.path("id").asString();
                String link = r.path("helpUri").asString();
                assertEquals(URL + "#" + id, link, id);
                String anchor = link.substring(link.indexOf('#') + 1);
                assertEquals(id, anchors.get(anchor), "docs/rules.md's anchor #" + anchor + " is the heading of " + id);
                String help = r.path("help").path("markdown").asString();
                assertTrue(help.endsWith("[`" + id + "`](" + link + ")"), "the alert's help links the entry: " + help);
                assertFalse(r.path("help").path("text").asString().isEmpty(), id);
            }
        }
        // and the catalogue's own index links the same anchors
        Matcher m = Pattern.compile("\\]\\(#([^)]+)\\)").matcher(md);
        int links = 0;
        while (m.find()) {
            links++;
            assertTrue(anchors.containsKey(m.group(1)), "docs/rules.md links #" + m.group(1) + ", which no heading gives");
        }
        assertEquals(rules.size(), links, "the index links every rule once");
    }

    @Test
    void aRepeatedHeadingAboveARulesWouldSendItsLinkElsewhere() {
        // what the test above guards against: a second "## schema" gets the anchor schema-1
        Map<String, String> a = anchors("# 目录 · Catalogue\n\n## Schema\n\ntext\n\n## schema\n");
        assertEquals("Schema", a.get("schema"));
        assertEquals("schema", a.get("schema-1"));
        assertEquals("目录--catalogue", anchors("# 目录 · Catalogue\n").keySet().iterator().next());
    }
}
