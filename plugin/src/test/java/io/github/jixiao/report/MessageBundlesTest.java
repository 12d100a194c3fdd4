package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The two message bundles of the reports and goals, messages.properties (English, the default) and
 * messages_zh_CN.properties, as an English-speaking evaluator reads them (E6, session 43): the same keys, and every
 * Chinese term an English text names glossed where it first appears ("一级指标 (level-1 indicator)"), as README says of
 * English output. The import's messages named the headings a table must have, 一级指标 / 三级指标, without saying what
 * they are.
 */
class MessageBundlesTest {
    private static final String DIR = "/io/github/jixiao/report/";
    /** A run of Chinese characters (CJK, full-width forms and punctuation). */
    private static final Pattern CHINESE = Pattern.compile("[\\u3000-\\u9fff\\uff00-\\uffef][\\u3000-\\u9fff\\uff00-\\uffef·:]*");

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(DIR + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws Exception {
        Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> zh = new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        assertEquals(Set.of(), onlyEn, "keys without a Chinese text");
        assertEquals(Set.of(), onlyZh, "keys without an English text");
    }

    @Test
    void everyChineseTermInTheEnglishIsGlossedWhereItFirstAppears() throws Exception {
        Properties en = load("messages.properties");
        List<String> bare = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String v = en.getProperty(key);
            Set<String> seen = new HashSet<>();
            Matcher m = CHINESE.matcher(v);
            while (m.find()) {
                if (seen.add(m.group()) && !v.startsWith(" (", m.end()) && !v.startsWith(")", m.end())) {
                    bare.add(key + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), bare);
    }
}
