package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.target.Comparator;
import io.github.jixiao.testing.RealTableTexts;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * placeholder-left's per-row readings made cheaper in session 56 (issue 17) against the ones they replaced, kept here:
 * {@link PlaceholderLeft#templateNumbering} (the template's pattern tried where the name held 指 anywhere, the first
 * character found by stripping a copy, now found in place and the pattern tried only where it is 指) and
 * {@link PlaceholderLeft#unitOnly} (a target with a digit now told before the builder) and
 * {@link PlaceholderLeft#printedInstruction} (a text with no bracket told before the length limit's matcher). Every text of
 * every real table and generated names and targets.
 */
class PlaceholderLeftNameScanTest {

    static String templateNumberingOracle(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        java.util.regex.Matcher m;
        if (name.indexOf('指') >= 0 && (m = PlaceholderLeft.TEMPLATE_NUMBERING.matcher(name)).find()) {
            return PlaceholderLeft.followedByName(name, m);
        }
        char c = name.strip().isEmpty() ? ' ' : name.strip().charAt(0);
        if ((c >= '0' && c <= '9' || c >= '０' && c <= '９') && (m = PlaceholderLeft.ROW_NUMBERING.matcher(name)).find()) {
            return PlaceholderLeft.followedByName(name, m);
        }
        if ((c == '(' || c == '（' || "一二三四五六七八九十".indexOf(c) >= 0) && (m = PlaceholderLeft.ROW_NUMBERING_MARKED.matcher(name)).find()) {
            return PlaceholderLeft.followedByName(name, m);
        }
        return null;
    }

    static boolean unitOnlyOracle(String target) {
        if (target == null || target.isBlank() || target.length() > 12) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        boolean comparator = false;
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (Character.isDigit(c) || "零〇一二三四五六七八九十两".indexOf(c) >= 0 && rest.isEmpty()) {
                return false;
            }
            if (Comparator.sign(c) && rest.isEmpty()) {
                comparator = true;
                continue;
            }
            rest.append(c);
        }
        if (rest.isEmpty()) {
            return comparator;
        }
        return io.github.jixiao.target.Grade.unitAlone(rest.toString());
    }

    static boolean printedInstructionOracle(String value) {
        String v = value.strip();
        if (v.startsWith("请填写") || v.startsWith("请输入") || v.startsWith("请选择")) {
            return true;
        }
        java.util.regex.Matcher m = PlaceholderLeft.LENGTH_LIMIT.matcher(v);
        if (!m.find()) {
            return false;
        }
        String rest = PlaceholderLeft.withoutTrailingPunctuation(PlaceholderLeft.LENGTH_LIMIT.matcher(v).replaceAll("")).strip();
        if (rest.isEmpty()) {
            return true;
        }
        String after = v.substring(m.end()).replaceAll("[\\s。．.；;，,：:、]", "");
        return after.isEmpty() && rest.length() <= 60 && PlaceholderLeft.INSTRUCTION_STARTS.stream().anyMatch(rest::startsWith)
                && PlaceholderLeft.INSTRUCTION_VERBS.stream().anyMatch(rest::contains);
    }

    private int numbered;
    private int units;
    private int instructions;

    private void same(String s) {
        String n = templateNumberingOracle(s);
        assertEquals(n, PlaceholderLeft.templateNumbering(s), s);
        boolean u = unitOnlyOracle(s);
        assertEquals(u, PlaceholderLeft.unitOnly(s), s);
        numbered += n != null ? 1 : 0;
        units += u ? 1 : 0;
        if (s != null) {
            boolean i = printedInstructionOracle(s);
            assertEquals(i, PlaceholderLeft.printedInstruction(s), s);
            instructions += i ? 1 : 0;
        }
    }

    @Test
    void realTexts() {
        same(null);
        for (String s : RealTableTexts.strings()) {
            same(s);
        }
        assertTrue(numbered > 0 && units > 0, numbered + " " + units);
    }

    @Test
    void everyCharFirst() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            for (String s : new String[] {String.valueOf(ch), ch + "指标1:名称", ch + "1.名称", ch + "(1)名称", ch + "一、名称", "指标" + ch + "名称",
                    ch + "公里", "≥" + ch, ch + "%"}) {
                same(s);
            }
        }
    }

    @Test
    void generatedTexts() {
        String[] parts = {" ", "\t", "\u3000", "\u2003", "\u00A0", "\u001C", "指标", "指", "1", "12", "１", "一", "十二", ":", "：", "、", ".", "．",
            "(", "（", ")", "）", "名称", "覆盖率", "5G", "万亩", "公里", "≥", "≦", "%", "个", "两", "零", "请填写", "字以内", "限", "不超过",
            "100", "说明", "对照", "。"};
        Random r = new Random(5658);
        numbered = 0;
        units = 0;
        for (int n = 0; n < 300_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(6); k >= 0; k--) {
                b.append(parts[r.nextInt(parts.length)]);
            }
            same(b.toString());
        }
        assertTrue(numbered > 2_000 && units > 1_000 && instructions > 1_000, numbered + " " + units + " " + instructions);
    }
}
