package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/ci.md's recipes hand {@code jixiao:diff} the base's findings as well as its score: diff reads the base's
 * findings.json beside the summary it is given ({@code DiffMojo}), so a recipe that copies the summary alone elsewhere
 * gets a diff.md without a finding new or resolved (review R, session 24: the GitHub recipe did).
 */
class GitHubCiDocTest {
    private static final Pattern BASE = Pattern.compile("-Djixiao\\.baseSummary=\"?([^\"\\s]+)/[^/\"\\s]+\\.json");

    @Test
    void everyBaseSummaryTheRecipesNameHasTheBasesFindingsBesideIt() throws Exception {
        String doc = Files.readString(GitLabCiDocTest.DOC, StandardCharsets.UTF_8);
        Matcher m = BASE.matcher(doc);
        int named = 0;
        while (m.find()) {
            named++;
            String dir = m.group(1);
            // a build's own report folder holds its findings.json; a folder the summary was copied to must get it too
            boolean ownFolder = dir.endsWith("target/jixiao");
            boolean copied = doc.lines().anyMatch(l -> l.contains("cp ") && l.contains("findings.json")
                    && (l.contains("\"" + dir + "/\"") || l.contains(" " + dir + "/")));
            assertTrue(ownFolder || copied, "docs/ci.md names a summary in " + dir + " for diff, but copies no findings.json there");
        }
        assertTrue(named >= 2, "the GitHub and GitLab recipes each run jixiao:diff");
    }

    /**
     * The reports a reviewer reads link each rule to its entry in the published docs/rules.md (session 41: the recipes
     * passed no jixiao.rulesUrl, so no code-scanning alert linked its rule): every run in a recipe that writes the
     * reports posted or uploaded — the pull request's check and its diff, which writes findings.sarif again — passes it.
     */
    @Test
    void theRecipesReportsLinkTheirRules() throws Exception {
        String doc = Files.readString(GitLabCiDocTest.DOC, StandardCharsets.UTF_8);
        int runs = 0;
        boolean yaml = false;
        for (String line : doc.lines().toList()) {
            if (line.startsWith("```")) {
                yaml = line.startsWith("```yaml");
                continue;
            }
            // the check and the diff of each recipe (a district's too); not the base's run, which only feeds the diff
            boolean published = yaml && line.contains("./mvnw ") && (line.contains("jixiao:diff") || line.contains(" verify"))
                    && !line.contains("failOnViolation=false");
            if (published) {
                runs++;
                assertTrue(line.contains("-Djixiao.rulesUrl=\"$RULES_URL\""), line);
            }
        }
        assertTrue(runs >= 6, "the GitHub, district and GitLab recipes' check and diff: " + runs);
        assertTrue(doc.contains("RULES_URL: https://"), "the recipes say what the address is");
    }
}
