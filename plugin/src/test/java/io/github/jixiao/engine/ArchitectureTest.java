package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine imports nothing from Maven: only the mojos (package maven) may. */
class ArchitectureTest {
    @Test
    void engineImportsNothingFromMaven() throws IOException {
        Path src = Path.of(System.getProperty("jixiao.repoRoot"), "plugin/src/main/java/io/github/jixiao");
        List<String> offenders;
        try (Stream<Path> s = Files.walk(src)) {
            offenders = s.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !src.relativize(p).startsWith("maven"))
                    .filter(p -> {
                        try {
                            String t = Files.readString(p, StandardCharsets.UTF_8);
                            return t.contains("import org.apache.maven") || t.contains("org.codehaus.plexus");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(p -> src.relativize(p).toString()).sorted().toList();
        }
        assertEquals(List.of(), offenders);
    }
}
