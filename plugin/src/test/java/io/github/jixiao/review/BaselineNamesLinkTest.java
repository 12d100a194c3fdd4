package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 33: Baseline.namesIn read a finding's file wherever a link in the project led (the engine refuses a link out
 * of the project, Confinement); the baseline then quoted a name from a file outside it. A link inside stays read.
 */
class BaselineNamesLinkTest {
    @TempDir
    Path tmp;

    private static Finding at(String file) {
        return new Finding("indicator-incomplete", Severity.ERROR, "", List.of(), file, "/indicators/0/target", 1, 1, null);
    }

    @Test
    void aLinkOutOfTheProjectIsNotFollowed() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path sub = Files.createDirectories(project.resolve("submission"));
        Path outside = Files.writeString(tmp.resolve("secret.json"), "{\"indicators\": [{\"name\": \"机密\"}]}", StandardCharsets.UTF_8);
        Files.writeString(sub.resolve("inside.json"), "{\"indicators\": [{\"name\": \"培训人次\"}]}", StandardCharsets.UTF_8);
        try {
            Files.createSymbolicLink(sub.resolve("indicators.json"), outside);
            Files.createSymbolicLink(sub.resolve("linked.json"), sub.resolve("inside.json"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        Function<Finding, String> names = Baseline.namesIn(project);
        assertEquals("培训人次", names.apply(at("submission/inside.json")));
        assertEquals("培训人次", names.apply(at("submission/linked.json")), "a link inside the project is read");
        assertNull(names.apply(at("submission/indicators.json")), "nothing read through a link out of the project");
    }
}
