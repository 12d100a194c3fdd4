package io.github.jixiao.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What the tests of real tables imported compare: the rows written, and what check then says. */
final class ImportedTables {
    private ImportedTables() {
    }

    /** Each row's {@code fields} as "field=value" (absent ones left out), in row order. */
    static List<String> rows(JsonNode indicators, String... fields) {
        List<String> out = new ArrayList<>();
        for (JsonNode i : indicators) {
            StringBuilder sb = new StringBuilder();
            for (String f : fields) {
                if (i.has(f)) {
                    sb.append(f).append('=').append(i.get(f).asString()).append(' ');
                }
            }
            out.add(sb.toString().strip());
        }
        return out;
    }

    /**
     * What check says of {@code project}: rule, key, pointer, severity, sorted; with {@code bareReading}, a bare target's
     * reading after indicator-target-no-comparator, as RealTablesTest lists it.
     */
    static List<String> findings(Path project, boolean bareReading) {
        return new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(project, project.resolve("submission")))
                .findings().stream().map(f -> {
                    String s = f.ruleId() + " " + f.key() + " " + f.pointer() + " " + f.severity().id();
                    return bareReading && "indicator-target-no-comparator".equals(f.ruleId()) ? s + " " + f.args().get(3) : s;
                }).sorted().toList();
    }
}
