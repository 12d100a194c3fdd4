package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An .xls cell's text is UTF-16 as stored, which may hold half a surrogate pair alone (a .xlsx cell cannot bring one:
 * Grid decodes its _xD800_ to U+FFFD). The import wrote its JSON with getBytes, which made the half a '?', where every
 * report writes U+FFFD (session 35, report/LoneSurrogateTest). 嘉峪关 2023's published .xls (published-workbooks/t36) with
 * the 念 of its 二级项目名称 博物馆纪念馆市级免费开放补助资金 replaced in the file by a lone high surrogate (the same two bytes).
 */
class XlsLoneSurrogateTest {
    @TempDir
    Path tmp;

    @Test
    void aLoneSurrogateInAnXlsCellIsWrittenAsAReplacementCharacter() throws Exception {
        byte[] xls;
        try (InputStream in = XlsLoneSurrogateTest.class.getResourceAsStream("/published-workbooks/t36-jiayuguan-2023.xls")) {
            xls = in.readAllBytes();
        }
        byte[] name = "博物馆纪念馆市级免费开放补助资金".getBytes(StandardCharsets.UTF_16LE);
        int at = indexOf(xls, name);
        assertTrue(at > 0 && indexOf(java.util.Arrays.copyOfRange(xls, at + 1, xls.length), name) < 0, "the name once in the file");
        xls[at + 8] = 0x00; // 念, the fifth character: U+D800 little-endian
        xls[at + 9] = (byte) 0xD8;
        Path file = tmp.resolve("forms/t36.xls");
        Files.createDirectories(file.getParent());
        Files.write(file, xls);

        WorkbookImport.run(tmp, "forms/t36.xls", tmp.resolve("submission"), false);
        byte[] written = Files.readAllBytes(tmp.resolve("submission/department.json"));
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(written)).toString();
        assertTrue(text.contains("\"博物馆纪\uFFFD馆市级免费开放补助资金\""), text);
        try (java.util.stream.Stream<Path> files = Files.list(tmp.resolve("submission"))) {
            for (Path f : files.toList()) {
                String t = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                assertEquals(-1, t.indexOf("纪?馆"), f + ": the half written as '?'");
            }
        }
    }

    private static int indexOf(byte[] in, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= in.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
