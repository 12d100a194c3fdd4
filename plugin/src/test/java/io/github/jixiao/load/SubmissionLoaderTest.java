package io.github.jixiao.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionLoaderTest {
    private final SubmissionLoader loader = new SubmissionLoader();

    private Finding only(SubmissionLoader.Loaded l) {
        assertEquals(1, l.findings().size(), l.findings().toString());
        return l.findings().get(0);
    }

    @Test
    void parsesAndKeepsLineAndColumnOfEveryValue() {
        String json = "{\n  \"$schema\": \"x\",\n  \"a\": [1,\n    2.50]\n}";
        SubmissionLoader.Loaded l = loader.parse(json.getBytes(StandardCharsets.UTF_8), "f.json");
        assertTrue(l.findings().isEmpty());
        JsonDocument d = l.document();
        assertEquals("x", d.schemaId());
        Src s = d.src("/a/1");
        assertEquals(4, s.line());
        assertEquals(5, s.column());
        assertEquals("2.50", d.at("/a/1").decimalValue().toPlainString(), "decimals are kept exactly");
    }

    @Test
    void truncatedFileIsASyntaxFindingWithItsLine() {
        Finding f = only(loader.parse("{\n \"a\": [1,\n 2".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals("json-syntax", f.ruleId());
        assertEquals(3, f.line());
        assertEquals("t.json", f.file());
    }

    @Test
    void fileCutInsideAMultiByteCharacterIsTruncationNotEncoding() {
        byte[] full = "{\"名称\": \"福田\"}".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, 13); // inside 福
        Finding f = only(loader.parse(cut, "c.json"));
        assertEquals("json-syntax", f.ruleId());
    }

    @Test
    void emptyAndBlankFiles() {
        assertEquals("empty", only(loader.parse(new byte[0], "e.json")).key());
        assertEquals("empty", only(loader.parse(" \n\t ".getBytes(StandardCharsets.UTF_8), "e.json")).key());
    }

    @Test
    void gbkIsNamedAsSuchWithItsLocation() {
        byte[] gbk = "{\n  \"name\": \"科技和工业信息化局\"\n}".getBytes(Charset.forName("GBK"));
        Finding f = only(loader.parse(gbk, "g.json"));
        assertEquals("json-encoding", f.ruleId());
        assertEquals("gbk", f.key());
        assertEquals(2, f.line());
        assertEquals(12, f.column());
    }

    @Test
    void utf16IsNamed() {
        byte[] utf16 = "{\"a\": 1}".getBytes(StandardCharsets.UTF_16);
        assertEquals("utf16", only(loader.parse(utf16, "u.json")).key());
        byte[] utf16le = "{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("utf16", only(loader.parse(utf16le, "u.json")).key());
    }

    @Test
    void utf8BomIsAccepted() {
        byte[] body = "{\"a\": \"福田\"}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        SubmissionLoader.Loaded l = loader.parse(withBom, "b.json");
        assertTrue(l.findings().isEmpty(), l.findings().toString());
        assertEquals("福田", l.document().at("/a").asString());
    }

    @Test
    void binaryIsNotJson() {
        byte[] bin = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3};
        Finding f = only(loader.parse(bin, "x.json"));
        assertEquals("json-encoding", f.ruleId());
        assertEquals("binary", f.key());
    }

    @Test
    void duplicateKeysAreFindings() {
        Finding f = only(loader.parse("{\n \"a\": 1,\n \"a\": 2\n}".getBytes(StandardCharsets.UTF_8), "d.json"));
        assertEquals("json-duplicate-key", f.ruleId());
        assertEquals(List.of("a"), f.args());
        assertEquals(3, f.line());
    }

    @Test
    void deepNestingStopsAtTheLimitWithoutStackOverflow() {
        int depth = 200_000;
        StringBuilder sb = new StringBuilder(depth * 2);
        sb.append("[".repeat(depth)).append("]".repeat(depth));
        Finding f = only(loader.parse(sb.toString().getBytes(StandardCharsets.UTF_8), "deep.json"));
        assertEquals("json-limit", f.ruleId());
        assertEquals("depth", f.key());
        assertEquals(1, f.line());
    }

    @Test
    void hugeStringStopsAtTheLimitAndIsNotEchoed() {
        String big = "{\"a\": \"" + "字".repeat(10_000_000) + "\"}";
        Finding f = only(loader.parse(big.getBytes(StandardCharsets.UTF_8), "big.json"));
        assertEquals("json-limit", f.ruleId());
        assertEquals("string", f.key());
        assertTrue(String.join("", f.args()).length() < 200);
    }

    @Test
    void aHugePropertyNameIsNamedAsSuch() {
        // review R (session 24): a 60,000-character name was "文件超出读取限制（）": no key, no limit
        String big = "{\"indicators\": [{\"" + "x".repeat(60_000) + "\": 1}]}";
        Finding f = only(loader.parse(big.getBytes(StandardCharsets.UTF_8), "i.json"));
        assertEquals("json-limit", f.ruleId());
        assertEquals("name", f.key());
        assertEquals(List.of("50000"), f.args());
        assertEquals("键名长度超过 50000 个字符。申报文件的键名都很短，请检查此处是否把文字误写成了键名，或文件是否损坏。",
                new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(f));
    }

    @Test
    void nanAndInfinityAreSyntaxErrors() {
        assertEquals("json-syntax", only(loader.parse("{\"a\": NaN}".getBytes(StandardCharsets.UTF_8), "n.json")).ruleId());
        assertEquals("json-syntax", only(loader.parse("{\"a\": Infinity}".getBytes(StandardCharsets.UTF_8), "n.json")).ruleId());
    }

    @Test
    void hugeExponentParsesExactlyForTheRangeCheck() {
        SubmissionLoader.Loaded l = loader.parse("{\"a\": 1e400}".getBytes(StandardCharsets.UTF_8), "n.json");
        assertTrue(l.findings().isEmpty());
        assertNotNull(l.document());
        assertEquals(400, l.document().at("/a").decimalValue().precision() - l.document().at("/a").decimalValue().scale() - 1);
    }

    @Test
    void trailingGarbageIsASyntaxError() {
        SubmissionLoader.Loaded l = loader.parse("{\"a\": 1} x".getBytes(StandardCharsets.UTF_8), "g.json");
        assertNull(l.document());
        assertEquals("json-syntax", only(l).ruleId());
        // said as text after the end (not as an unquoted value to put in quotes), once
        assertEquals("trailing", only(l).key());
    }

    @Test
    void excerptCutsLongText() {
        assertEquals("ab…", SubmissionLoader.excerpt("abc", 2));
        assertEquals("abc", SubmissionLoader.excerpt("abc", 3));
    }

    @Test
    void parseErrorsAreSaidInOurWordsNotJacksons() {
        assertEquals("truncated", only(loader.parse("{\"a\": [1,".getBytes(StandardCharsets.UTF_8), "t.json")).key());
        Finding nan = only(loader.parse("{\"a\": NaN}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals("nan", nan.key());
        assertEquals(List.of("NaN"), nan.args());
        assertEquals(List.of("-Infinity"), only(loader.parse("{\"a\": -Infinity}".getBytes(StandardCharsets.UTF_8), "t.json")).args());
        Finding quote = only(loader.parse("{“a”: 1}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals("full-width", quote.key());
        assertEquals(List.of("“", "\""), quote.args());
        assertEquals(2, quote.column(), "columns count characters: the quote itself (it was 3, one past it, before review V)");
        assertEquals("unquoted", only(loader.parse("{\"a\": 是}".getBytes(StandardCharsets.UTF_8), "t.json")).key());
        assertEquals("trailing", only(loader.parse("{\"a\": 1} {}".getBytes(StandardCharsets.UTF_8), "t.json")).key());
    }

    @Test
    void fullWidthPunctuationIsNamedAsWrittenNotByItsFirstByte() {
        // a Chinese input method's colon and comma: Jackson names them by their first byte, 0xEF ('ï'), in the states
        // that expect a colon or a comma; before, the message quoted that 'ï', a character the file does not hold
        Finding colon = only(loader.parse("{\"preparer\"：\"张三\", \"b\": 1}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals("full-width", colon.key());
        assertEquals(List.of("：", ":"), colon.args());
        assertEquals(12, colon.column());
        Finding comma = only(loader.parse("{\"preparer\": \"张三\"，\n \"b\": 1}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals("full-width", comma.key());
        assertEquals(List.of("，", ","), comma.args());
        assertEquals(18, comma.column());
        // a Chinese quote where a value begins: at its own column (review V: one past it, Jackson's offset inside it)
        Finding quoted = only(loader.parse("{\n\"stage\": “自评”}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals(List.of("full-width", 2, 10), List.of(quoted.key(), quoted.line(), quoted.column()));
        Finding name = only(loader.parse("{\n“stage”: 1}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals(List.of("full-width", 2, 1), List.of(name.key(), name.line(), name.column()));
        // another character that is not ASCII: named as written, with the general advice
        Finding times = only(loader.parse("{\"a\": 1 × 2}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals("unexpected-char", times.key());
        assertEquals(List.of("×"), times.args());
        Finding emoji = only(loader.parse("{\"a\": 1😀}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals(List.of("😀"), emoji.args());
        assertEquals("此处的“：”是中文（全角）标点，JSON 中应写作英文的“:”。请改为“:”（切换到英文输入法后输入）。",
                new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(colon));
    }

    @Test
    void theSlipsOfAHandEditedFileAreNamed() {
        // before: "unexpected }" on the line after the comma, "unexpected /", "unexpected 2", with the general advice
        Finding comma = only(loader.parse("{\n  \"a\": 1,\n  \"b\": [1, 2,\n  ]\n}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals("trailing-comma", comma.key());
        assertEquals(List.of(3, 13), List.of(comma.line(), comma.column()), "on the comma, not on the ] below it");
        Finding last = only(loader.parse("{\"名称\": \"甲\",\n}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals("trailing-comma", last.key());
        assertEquals(List.of(1, 11), List.of(last.line(), last.column()));
        Finding comment = only(loader.parse("{\"a\": 1 // 万元\n}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals("comment", comment.key());
        Finding thousands = only(loader.parse("{\"value\": 1,200.50, \"unit\": \"万元\"}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals("thousands", thousands.key());
        assertEquals(List.of("1,200.50", "1200.50"), thousands.args());
        assertEquals(11, thousands.column());
        // a comma before a property that lacks its quotes is no thousands separator: the name is said as unquoted
        Finding name = only(loader.parse("{\"a\": 1, b: 2}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals(List.of("unquoted-key", List.of("b"), 10), List.of(name.key(), name.args(), name.column()));
    }

    @Test
    void textAndNumbersTypedAsAFormShowsThemAreNamed() {
        // a block comment is still a comment; a slash between digits is a fraction, not one
        assertEquals("comment", only(loader.parse("{\"a\": 1 /* 万元 */}".getBytes(StandardCharsets.UTF_8), "t.json")).key());
        Finding fraction = only(loader.parse("{\"a\": 1/2}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals(List.of("unquoted-text", List.of("1/2"), 7), List.of(fraction.key(), fraction.args(), fraction.column()));
        Finding range = only(loader.parse("{\"period\": 1-6月, \"b\": 1}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals(List.of("unquoted-text", List.of("1-6月")), List.of(range.key(), range.args()));
        Finding zero = only(loader.parse("{\"a\": 007}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals(List.of("leading-zero", List.of("007", "7"), 7), List.of(zero.key(), zero.args(), zero.column()));
        Finding point = only(loader.parse("[.5]".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals(List.of("number-form", List.of(".5", "0.5")), List.of(point.key(), point.args()));
        Finding quoted = only(loader.parse("{'名称': 1}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals(List.of("single-quote", List.of("名称"), 2), List.of(quoted.key(), quoted.args(), quoted.column()));
        Finding sign = only(loader.parse("{\"target\": ＞60}".getBytes(StandardCharsets.UTF_8), "t.json"));
        assertEquals(List.of("unquoted-text", List.of("＞60")), List.of(sign.key(), sign.args()));
        // two numbers without the comma between them, and a formula, keep the general advice: no quotes to suggest
        assertEquals("unexpected-char", only(loader.parse("[25 50]".getBytes(StandardCharsets.UTF_8), "t.json")).key());
        assertEquals("unexpected-char", only(loader.parse("{\"a\": 1 × 2}".getBytes(StandardCharsets.UTF_8), "t.json")).key());
    }

    /**
     * Every slip the syntax messages look for, typed at every place of a real file (the reference report's
     * department.json cut to its first 1,200 bytes): whatever the slip, the file gives its findings without an
     * exception (no stack trace reaches a finance officer), each on a line of the file.
     */
    @Test
    void aSlipAnywhereInARealFileIsSaidWithoutAnException() throws Exception {
        byte[] real = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(System.getProperty("jixiao.repoRoot", ".."),
                "sample-submission", "submission", "department.json"));
        byte[] file = java.util.Arrays.copyOf(real, Math.min(real.length, 1200));
        String[] slips = {"'", "/", "-", "+", ".", "0", "≥", "，", "：", " ", "\"", "a", "王"};
        int lines = new String(file, StandardCharsets.UTF_8).split("\n", -1).length;
        for (int at = 0; at < file.length; at++) {
            for (String slip : slips) {
                byte[] b = slip.getBytes(StandardCharsets.UTF_8);
                byte[] typed = new byte[file.length + b.length];
                System.arraycopy(file, 0, typed, 0, at);
                System.arraycopy(b, 0, typed, at, b.length);
                System.arraycopy(file, at, typed, at + b.length, file.length - at);
                SubmissionLoader.Loaded l = loader.parse(typed, "t.json");
                for (Finding f : l.findings()) {
                    org.junit.jupiter.api.Assertions.assertTrue(f.line() >= 1 && f.line() <= lines + 1,
                            () -> f + " typed " + slip + " at " + "byte");
                }
            }
        }
    }

    /** A file of slips is said up to the cap, each once, and a slip without a sure mending ends the search. */
    @Test
    void slipsAreSaidUpToTheCapAndStopWhereNoMendingIsSure() {
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 30; i++) {
            many.append("1，");
        }
        many.append("1]");
        List<Finding> said = loader.parse(many.toString().getBytes(StandardCharsets.UTF_8), "t.json").findings();
        assertEquals(SubmissionLoader.MAX_SLIPS, said.size());
        assertEquals(List.of(3, 5, 7), said.stream().limit(3).map(Finding::column).toList());
        // an unexpected character has no sure mending: the slip after it is not guessed at
        List<Finding> stop = loader.parse("{\"a\": 1 × 2,\n \"b\": 1，\n}".getBytes(StandardCharsets.UTF_8), "t.json").findings();
        assertEquals(List.of("unexpected-char"), stop.stream().map(Finding::key).toList());
        // a file above a hand-typed size is said at its first slip only (not parsed twenty times over)
        String big = "[\"" + "甲".repeat(SubmissionLoader.MEND_MAX_BYTES / 3) + "\"，1，2]";
        assertEquals(List.of("full-width"), loader.parse(big.getBytes(StandardCharsets.UTF_8), "t.json").findings().stream()
                .map(Finding::key).toList());
        String small = "[\"" + "甲".repeat(1000) + "\"，1，2]";
        assertEquals(2, loader.parse(small.getBytes(StandardCharsets.UTF_8), "t.json").findings().size());
    }

    /**
     * Where the mending of a slip would guess, the search stops at it (session 44, V1): each of these said a further slip
     * the file does not have before. A Chinese opening quote on a name closed by an ASCII one, a Chinese quote later
     * on the line in a value's text; an apostrophe in single-quoted text; an unquoted address (https: is no value end);
     * a word before the file's object is no text after its end.
     */
    @Test
    void whereAMendingIsNotSureTheSearchStopsThere() {
        assertEquals(List.of("full-width 2:3"), said("{\n  “name\": \"某“硅楼”\",\n  \"year\": 2025\n}"));
        // an apostrophe in single-quoted text is passed over: the quote the entry's end follows closes it (session 45;
        // before: unexpected-char 2:11 and the search stopped), and the slip after it is said too
        assertEquals(List.of("single-quote 2:11", "full-width 3:15"), said("{\n  \"name\": 'Children's Day',\n  \"year\": 2025，\n  \"a\": 1\n}"));
        assertEquals(List.of("single-quote 2:11", "unquoted 2:30"), said("{\n  \"name\": 'It's Tom's', \"a\": 王芳\n}"));
        assertEquals(List.of("unquoted 2:14"), said("{\n  \"$schema\": https://jixiao.github.io/x.json,\n  \"year\": 2025\n}"));
        assertEquals(List.of("unquoted 1:1"), said("x{\"a\": 1}"));
        assertEquals(List.of("trailing 1:9"), said("{\"a\": 1}x"));
        // a second value is said where it begins (before: after it, 1:11 and 1:14), a stray ] as text after the end
        // (before: Jackson's "Unexpected close marker ']': no open Array to close")
        assertEquals(List.of("trailing 1:10"), said("{\"a\": 1} {\"b\": 2}"));
        assertEquals(List.of("trailing 1:10"), said("{\"a\": 1} 12345"));
        assertEquals(List.of("trailing 2:1"), said("{\"a\": 1}\n]"));
        // a second comma, full-width (1，，): no comma to write, said where it is and the search ends (before: "write ,"
        // for it, then an unexpected "," at the same place); one before the first entry likewise
        assertEquals(List.of("full-width 2:9", "unexpected-char 2:10"), said("{\n  \"a\": 1，，\n  \"b\": 2\n}"));
        assertEquals(List.of("unexpected-char 1:2"), said("{，\n  \"b\": 2\n}"));
        // words without quotes are named whole, to the line's end (before: as far as Jackson's token, up to the ，)
        assertEquals(List.of("第四季度主要是厉行节约坚持过紧日子，机动经费未使用"), loader.parse(
                "{\n  \"quarter\": 4,\n  \"explanation\": 第四季度主要是厉行节约坚持过紧日子，机动经费未使用\n}".getBytes(StandardCharsets.UTF_8),
                "t.json").findings().get(0).args());
        // a name without quotes before a full-width colon (b：2) is the name, then the colon (before: "unexpected b")
        assertEquals(List.of("unquoted-key 3:3", "full-width 3:4"), said("{\n  \"a\": 1,\n  b：2\n}"));
    }

    /**
     * An old Mac file ends its lines with a \r alone (first-day/line-ends, typed with six slips): Jackson counts that \r
     * as a line end, and so must every place that turns a byte into a line and column, or the slips after the first
     * line end were said on line 1 at a column past the line. The same file with \n and with \r\n says the same slips
     * at the same places; so does a slip in a file that reads (its tree's place).
     */
    @Test
    void aLoneCarriageReturnEndsALineAsJacksonCountsIt() throws Exception {
        byte[] cr = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(SubmissionLoaderTest.class
                .getResource("/first-day/line-ends/submission/department.json").toURI()));
        String text = new String(cr, StandardCharsets.UTF_8);
        assertTrue(text.indexOf('\n') < 0 && text.indexOf('\r') > 0, "the fixture's lines end in a lone \\r");
        List<String> expected = List.of("full-width 5:3", "full-width 5:19", "single-quote 7:13", "unquoted 8:16",
                "full-width 9:13", "trailing-comma 13:23");
        for (String end : List.of("\r", "\n", "\r\n")) {
            assertEquals(expected, said(text.replace("\r", end)), () -> "line ends " + end.replace("\r", "CR").replace("\n", "LF"));
        }
        for (String end : List.of("\r", "\n", "\r\n")) {
            JsonDocument d = loader.parse(("{" + end + "  \"a\": 1," + end + end + "  \"b\": [1," + end + "   \"名称\"]}")
                    .getBytes(StandardCharsets.UTF_8), "t.json").document();
            assertEquals(List.of(5, 4), List.of(d.src("/b/1").line(), d.src("/b/1").column()));
        }
    }

    /**
     * Session 45 (V2): words with ASCII quotes in them and a list of words are said whole where their end is sure, and
     * not where it is not; a number with an exponent and a word after it is a number-word; a whole value followed by a
     * character cut short is text after the end (before: read with no finding), a value cut inside one still truncated.
     */
    @Test
    void wordsWithQuotesAndListsOfWordsAreSaidWhereTheirEndIsSure() {
        assertEquals(List.of("unquoted-quotes 2:11", "full-width 3:15"), said("{\n  \"goal\": 完成\"三个\"一,\n  \"year\": 2025，\n  \"a\": 1\n}"));
        // one quote alone then the entry's end is an opening quote left out: the words said, and (session 46) the search
        // goes on (before: it stopped there); a quote then the next member on the line: not sure, the words up to the
        // quote and the search stops, as before
        assertEquals(List.of("unquoted 2:11", "full-width 3:15"), said("{\n  \"name\": 某县教育局\",\n  \"year\": 2025，\n  \"a\": 1\n}"));
        assertEquals(List.of("unquoted 2:11"), said("{\n  \"name\": 某县\"教育局,\n  \"year\": 2025，\n  \"a\": 1\n}"));
        assertEquals(List.of("unquoted 2:11"), said("{\n  \"goal\": 完成\"三个\", \"b\": 1，\n  \"a\": 1\n}"));
        // a list's words are its entries, on one line or on several; a member's value with a comma stays one text
        assertEquals(List.of("unquoted 2:15", "unquoted 2:19", "full-width 3:15"),
                said("{\n  \"members\": [王芳, 李四],\n  \"year\": 2025，\n  \"a\": 1\n}"));
        assertEquals(List.of("unquoted 3:5", "unquoted 4:5"), said("{\n  \"members\": [\n    王芳,\n    李四\n  ]\n}"));
        assertEquals(List.of("unquoted 2:8", "full-width 3:9"), said("{\n  \"a\": 王芳, 李四,\n  \"b\": 1，\n  \"c\": 1\n}"));
        assertEquals(List.of("王芳 李四"), loader.parse("[王芳 李四, 1，2]".getBytes(StandardCharsets.UTF_8), "t.json").findings().get(0).args());
        assertEquals(List.of("unquoted 1:2", "full-width 1:10"), said("[王芳 李四, 1，2]"));
        assertEquals(List.of("unquoted 1:2"), said("[王芳: 1，2]"));
        assertEquals(List.of("number-word 2:8", "number-word 3:8", "full-width 3:15"), said("{\n  \"a\": 1e5万元,\n  \"b\": 1.5E+3%，\n  \"c\": 2\n}"));
        byte[] whole = "{\"a\": 1}\n".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length + 2);
        cut[whole.length] = (byte) 0xE2;
        cut[whole.length + 1] = (byte) 0x80;
        SubmissionLoader.Loaded l = loader.parse(cut, "t.json");
        assertEquals(List.of("trailing 2:1"), l.findings().stream().map(f -> f.key() + " " + f.line() + ":" + f.column()).toList());
        assertNotNull(l.document(), "the value before it reads whole and is checked");
        byte[] inside = java.util.Arrays.copyOf("{\"a\": \"".getBytes(StandardCharsets.UTF_8), 9);
        inside[7] = (byte) 0xE2;
        inside[8] = (byte) 0x80;
        assertEquals("truncated", only(loader.parse(inside, "t.json")).key());
    }

    /**
     * Session 46: the slips V2 left to stop the search go on where the mending is sure, and stay stopped (or one text)
     * where it is not. Each first assertion of a pair fails before (the search stopped at the first finding, or the
     * names were one token, or the number was 1e5).
     */
    @Test
    void slipsThatStoppedTheSearchGoOnWhereTheirMendingIsSure() {
        // Chinese quotes inside Chinese quotes: the ” the entry's end follows closes; unpaired inner quotes stay unsure
        assertEquals(List.of("full-width 2:11", "full-width 3:15"), said("{\n  \"name\": “福田区“硅楼”方案”,\n  \"year\": 2025，\n  \"a\": 1\n}"));
        assertEquals(List.of("full-width 2:11"), said("{\n  \"name\": “福田区“硅楼方案”,\n  \"year\": 2025，\n  \"a\": 1\n}"));
        // text without its closing quote: said at the line's end, and the next slip too; a name's quote left open stops
        // (Jackson's words there, the general advice, as before)
        assertEquals(List.of("unclosed-quote 2:19", "full-width 3:15"), said("{\n  \"name\": \"完成校舍维修,\n  \"year\": 2025，\n  \"a\": 1\n}"));
        assertEquals(List.of("unclosed-quote 2:18", "full-width 3:16"), said("{\n  \"name\": \"完成校舍维修\n  ,\"year\": 2025，\n  \"a\": 1\n}"));
        assertEquals(List.of(" 3:9"), said("{\n  \"a\": 1,\n  \"year,\n  \"b\": 2，\n  \"c\": 1\n}"));
        // names in a list parted by a full-width comma; a sentence with a comma of its own stays one text
        assertEquals(List.of("unquoted 2:15", "full-width 2:17", "unquoted 2:18", "full-width 3:15"),
                said("{\n  \"members\": [王芳，李四],\n  \"year\": 2025，\n  \"a\": 1\n}"));
        assertEquals(List.of("保障全县义务教育学校正常运转，提高教学质量"), loader.parse(
                "{\n  \"goals\": [保障全县义务教育学校正常运转，提高教学质量]\n}".getBytes(StandardCharsets.UTF_8), "t.json").findings().get(0).args());
        // words with quotes in a list, on the line of the list or on their own
        assertEquals(List.of("unquoted-quotes 2:14", "full-width 3:15"), said("{\n  \"a\": [\"x\", 完成\"三个\"一批],\n  \"year\": 2025，\n  \"b\": 1\n}"));
        assertEquals(List.of("unquoted-quotes 3:5", "full-width 6:15"),
                said("{\n  \"a\": [\n    完成\"三个\"一批,\n    \"x\"\n  ],\n  \"year\": 2025，\n  \"b\": 1\n}"));
        // a comma left out before a name at column 1, with each line end
        for (String end : List.of("\n", "\r\n", "\r")) {
            assertEquals(List.of("missing-comma 2:9", "full-width 3:7"), said(("{\n  \"a\": 1\n\"b\": 2，\n  \"c\": 1\n}").replace("\n", end)));
        }
        // an exponent written out where it is a form's figure, as written where it is not
        assertEquals(List.of("1e5万元", "万元", "100000"), loader.parse("{\"a\": 1e5万元}".getBytes(StandardCharsets.UTF_8), "t.json").findings().get(0).args());
        assertEquals("0.015", SubmissionLoader.writtenOut("1.5e-2"));
        assertEquals("1e999999999", SubmissionLoader.writtenOut("1e999999999"));
        assertEquals("1e30", SubmissionLoader.writtenOut("1e30"));
        assertEquals("120", SubmissionLoader.writtenOut("120"));
    }

    private List<String> said(String json) {
        return loader.parse(json.getBytes(StandardCharsets.UTF_8), "t.json").findings().stream()
                .map(f -> f.key() + " " + f.line() + ":" + f.column()).toList();
    }
}
