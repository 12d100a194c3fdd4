package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.report.CodeQuality;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/ci.md's GitLab set-up as GitLab runs it: a job that hands {@code gl-code-quality-report.json} to GitLab
 * ({@code artifacts:reports:codequality}) must still have it when the job ends. Every goal that writes the reports
 * (verify's check, jixiao:diff) deletes the optional ones it is not asked for, so each of the job's Maven runs in its
 * checkout asks for {@code codequality}; a run in another folder ({@code cd ../base}) writes elsewhere.
 */
class GitLabCiDocTest {
    static final Path DOC = Path.of(System.getProperty("jixiao.repoRoot", ".."), "docs", "ci.md");

    @Test
    void everyRunOfAJobGivingGitLabItsReportKeepsTheReport() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int section = doc.indexOf("## GitLab CI");
        assertTrue(section >= 0, "docs/ci.md has a GitLab section");
        int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("\n```", start));
        Map<String, List<String>> jobs = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : yaml.split("\n")) {
            if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#") && line.endsWith(":")) {
                current = new ArrayList<>();
                jobs.put(line.substring(0, line.length() - 1), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        int reporting = 0;
        for (Map.Entry<String, List<String>> job : jobs.entrySet()) {
            if (job.getValue().stream().noneMatch(l -> l.strip().equals("codequality: target/jixiao/" + CodeQuality.FILE))) {
                continue;
            }
            reporting++;
            int runs = 0;
            for (String l : job.getValue()) {
                boolean writesReports = l.contains("./mvnw") && (l.contains(" verify") || l.contains("jixiao:diff")
                        || l.contains("jixiao:check"));
                if (!writesReports || l.contains("cd ../base")) {
                    continue;
                }
                runs++;
                assertTrue(l.matches(".*-Djixiao\\.formats=\\S*codequality.*"),
                        job.getKey() + ": this run deletes the report the job hands to GitLab: " + l.strip());
            }
            assertTrue(runs > 0, job.getKey() + " writes the report it declares");
        }
        assertTrue(reporting >= 2, "the merge request's job and the target branch's");
        assertFalse(jobs.isEmpty());
    }
}
