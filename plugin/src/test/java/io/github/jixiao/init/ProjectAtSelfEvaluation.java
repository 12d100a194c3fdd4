package io.github.jixiao.init;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * init's project skeleton (平山县教育局 2025, mof-project-2020) written into a folder and moved on to 自评, its initial
 * budget 960 万元, with {@code budgetExtra} (",\n  \"actualExpenditure\" : 912") added to budget.json: a project unit's
 * first year end, as the tests of what it is then told start from (AmountToTypeTest, BareAmountTest).
 */
public final class ProjectAtSelfEvaluation {
    private ProjectAtSelfEvaluation() {
    }

    public static Path write(Path dir, String budgetExtra) throws java.io.IOException {
        for (Map.Entry<String, String> e : Skeleton.files("平山县教育局", 2025, "0.1.0", "x", Skeleton.PROJECT).entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            String text = e.getValue();
            if (e.getKey().equals("submission/department.json")) {
                text = text.replace("\"目标申报\"", "\"自评\"");
            }
            if (e.getKey().equals("submission/budget.json")) {
                text = text.replace("\"value\" : 0", "\"value\" : 960").replace("\n}", budgetExtra + "\n}");
            }
            Files.writeString(p, text, StandardCharsets.UTF_8);
        }
        return dir;
    }
}
