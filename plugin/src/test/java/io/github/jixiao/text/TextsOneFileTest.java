package io.github.jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Chinese run parses messages_zh_CN.properties alone, not messages.properties beside it as its parent (issue 17's cold
 * start, session 58: some 3 ms of a department's build). The two files hold the same keys (MessageBundlesTest), so the
 * parent had nothing to add; here an English file with a text the Chinese lacks shows that the Chinese no longer reads it.
 */
class TextsOneFileTest {

    @Test
    void chineseTextsReadNoEnglishFile(@TempDir Path dir) throws Exception {
        Path english = dir.resolve("messages.properties");
        Files.writeString(english, "only.in.english=English\n");
        URL classes = Texts.class.getProtectionDomain().getCodeSource().getLocation();
        // Texts on its own (it depends on nothing of jixiao), its English file replaced by the one above
        try (URLClassLoader own = new URLClassLoader(new URL[] {classes}, null) {
            @Override
            public URL findResource(String name) {
                if (name.equals("io/github/jixiao/report/messages.properties")) {
                    try {
                        return english.toUri().toURL();
                    } catch (java.net.MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return super.findResource(name);
            }
        }) {
            Class<?> texts = own.loadClass(Texts.class.getName());
            Object zh = texts.getMethod("chinese").invoke(null);
            Object en = texts.getMethod("of", Locale.class).invoke(null, Locale.ENGLISH);
            java.lang.reflect.Method get = texts.getMethod("get", String.class, Object[].class);
            assertEquals("English", get.invoke(en, "only.in.english", new Object[0]), "the English file is the one above");
            assertEquals("only.in.english", get.invoke(zh, "only.in.english", new Object[0]),
                    "the Chinese texts look up nothing in the English file");
            assertEquals(Texts.chinese().get("severity.error"), get.invoke(zh, "severity.error", new Object[0]),
                    "the Chinese file is read as before");
        }
    }
}
