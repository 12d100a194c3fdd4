package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The sample submission with its department's name replaced, checked, and its reports written in Chinese to
 * {@code tmp/out}: for the tests of what a hostile name looks like in every report a person reads (InvisibleMarksTest,
 * NoncharacterTest, IgnorableMarksTest).
 */
final class NamedReports {
    private NamedReports() {
    }

    /** The result, its department's name held to {@code name} as filed; the reports are in {@code tmp.resolve("out")}. */
    static EngineResult written(Path tmp, String name) throws IOException {
        Path sub = Samples.copyTo(tmp);
        Path dept = sub.resolve("department.json");
        Files.writeString(dept, Files.readString(dept).replace("\"name\": \"深圳市福田区科技和工业信息化局（本级）\"",
                "\"name\": \"" + name + "\""), StandardCharsets.UTF_8);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        assertEquals(name, r.department(), "the name as filed");
        ReportWriter.write(tmp.resolve("out"), r, Map.of(), new Messages(Messages.ZH), ReportMeta.of(""));
        return r;
    }
}
