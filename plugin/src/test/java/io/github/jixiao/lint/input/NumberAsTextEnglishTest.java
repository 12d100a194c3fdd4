package io.github.jixiao.lint.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finance officer types the 全年(调整)预算数 of 重庆市忠县科学技术协会 2024 (the real table t72) as the table prints it,
 * "4,764,453.11", in quotes (trial E, session 38): schema's type-number-text says to write 4764453.11. Its English named
 * "words such as 年 or 个" without saying what they are; now glossed, as every Chinese term an English message names.
 */
class NumberAsTextEnglishTest {
    @TempDir
    Path tmp;

    @Test
    void theWordsNotToWriteAreGlossed() throws Exception {
        Path from = Path.of(NumberAsTextEnglishTest.class.getResource("/real-tables/t72-zhongxian-kexie-2024").toURI());
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path t = tmp.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        Path budget = tmp.resolve("submission/budget.json");
        String b = Files.readString(budget, StandardCharsets.UTF_8);
        Files.writeString(budget, b.replaceFirst("\"fullYear\": 4764453.11", "\"fullYear\": \"4,764,453.11\""), StandardCharsets.UTF_8);
        List<Finding> fs = new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission")).withLocale(Locale.ENGLISH)).findings()
                .stream().filter(f -> f.ruleId().equals("schema")).toList();
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("type-number-text", fs.get(0).key());
        assertEquals("/funds/total/fullYear: expected a number here, found the text \"4,764,453.11\". Write 4764453.11: no quotes, no"
                + " thousands separators, full-width digits or words such as 年 (year) or 个 (items).", new Messages(Locale.ENGLISH).message(fs.get(0)));
        assertTrue(new Messages(Messages.ZH).message(fs.get(0)).endsWith("请写作 4764453.11：不加引号，不用千位分隔符、全角数字或“年”“个”等文字。"));
    }
}
