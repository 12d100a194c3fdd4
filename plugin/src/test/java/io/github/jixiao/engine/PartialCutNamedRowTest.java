package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row the copy breaks off in after its name ({@code partialCut.targetOf}: 临翔 2023, t48, whose archived copy ends at
 * "受益农户满意度"): its value, actual, points and score are past the cut, so indicator-template-row's {@code named} (a warning
 * asking to fill in or delete the row) is not said beside the partial note (audit s55 A10 row B1). The same row in a copy
 * whose framework does not name it past the cut is still a named row to fill in.
 */
class PartialCutNamedRowTest {

    private static final String T48 = "t48-linxiang-shourongsuo-2023";
    private static final String FRAMEWORK = "mof-project-2020-linxiang-shourongsuo-2023.json";

    private static List<Finding> run(Path table) {
        return new Engine().run(new EngineOptions(table, table.resolve("submission"), null, null, null)).findings();
    }

    private static List<Finding> templateRows(List<Finding> all) {
        return all.stream().filter(f -> f.ruleId().equals("indicator-template-row")).toList();
    }

    @Test
    void aRowCutAfterItsNameIsNoNamedRowToFillIn() {
        List<Finding> all = run(Samples.realTable(T48));
        assertEquals(List.of(), templateRows(all));
        assertTrue(all.stream().anyMatch(f -> f.ruleId().equals("score-weights") && f.key().startsWith("partial")), all.toString());
    }

    @Test
    void withoutTheCutAsDataTheRowIsStillNamed(@TempDir Path tmp) throws IOException {
        copy(Samples.realTable(T48), tmp);
        Path fw = tmp.resolve(FRAMEWORK);
        String text = Files.readString(fw);
        int at = text.indexOf(",\n  \"partialCut\"");
        assertTrue(at > 0, text);
        Files.writeString(fw, text.substring(0, at) + "\n}\n");
        List<Finding> rows = templateRows(run(tmp));
        assertEquals(List.of("named /indicators/7"), rows.stream().map(f -> f.key() + " " + f.pointer()).toList());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
