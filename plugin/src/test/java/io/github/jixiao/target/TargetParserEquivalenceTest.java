package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link TargetParser}'s fast paths (no regular expression where the text cannot need one) change nothing:
 * every text parses to exactly the value {@link ReferenceTargetParser}, the regular-expression parser they
 * replaced, gives.
 */
class TargetParserEquivalenceTest {

    @Property(tries = 3000)
    void anyString(@ForAll String s) {
        same(s);
    }

    @Property(tries = 10000)
    void targetLikeStrings(@ForAll("targetish") String s) {
        same(s);
    }

    /** Every target and actual of the sample submission. */
    @Example
    void sampleTexts() throws Exception {
        JsonNode root = JsonMapper.builder().build().readTree(
                Files.readAllBytes(Path.of("../sample-submission/submission/indicators.json")));
        List<String> texts = new ArrayList<>();
        for (JsonNode i : root.path("indicators")) {
            for (String f : List.of("target", "adjustedTarget", "actual")) {
                if (i.path(f).isString()) {
                    texts.add(i.path(f).asString());
                }
            }
        }
        assertEquals(true, texts.size() > 100, "texts read from the sample: " + texts.size());
        texts.forEach(TargetParserEquivalenceTest::same);
    }

    @Example
    void edges() {
        for (String s : List.of("", " ", "\u3000≥\u00A060\u3000个", "1,000,000 元", "1,0000", "12,345.6万元", "5.", ".5", "5.a",
                "≥ 95%", "95%—100%", "90%-100%", "10至20天", "达到 60 个以上", "≥60个\t", "优/良/中/差", "优、良、中",
                "A,B,C", "明显提升", "提高 5%", "≥ 1e3", "+5个", "-5~-3度", "5个~", "～5", "≥\uD83D\uDE00", "5\uD83D\uDE00",
                "5\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00",
                "5abcdefgh", "5abcdefg", "５０％", "≥=5", ">==5", "5~~6", "5 - 6", "x".repeat(300), "5,00", "5,000,00")) {
            same(s);
        }
    }

    /** The shape {@link TargetParser#plainQuantity} reads, and its neighbours (which it leaves to the full parse). */
    @Property(tries = 10000)
    void plainQuantityShapes(@ForAll("plainish") String s) {
        same(s);
    }

    @Example
    void plainQuantityEdges() {
        for (String s : List.of("36", "0", "100%", "95.5%", "≥ 95%", "≥95%", "= 100%", "≤ 12.5 万元", "12.5 万元", "≥ 60 个",
                "60个以上", "60 个以上人", "60 国内", "2022年", "2022 年", "3 年", "6月", "12月30日", "10至20天", "5.", "5.5.5", ".5",
                "5 ", " 5", "5  %", "5 %", "5%左右", "5 百分比", "5 人次数", "5平 方米", "1234567890123456", "123456789012345",
                "123456789012345.99", "0000000000000000001", "≥", "≥ ", "= 5", "<5", ">5 次", "5 一二三四五六七八", "5 一二三四五六七",
                "5 至", "5 到场", "5 ~", "5 以内人", "≥ 5 以上", "60余个", "60多", "5多媒体", "10家左右", "左右", "约5", "约定",
                "5余", "5 余 个", "≥95%（含）", "10(家)", "(含)", "5()", "5(含", "5((家))", "5(家)(含)", "5(a)", "完成（含验收）",
                "5（家）以上", "x(家)", "5(一二三四五六七八九)", "5(\uD83D\uDE00)", "完成12家", "完成", "完成x", "已完成", "完成率95%", "完成2023年度工作任务", "已完成2023年11月", "完成12月底前",
                "完成2023年", "完成2023年2月30日", "完成2023", "2023年度100%完成",
                "100%完成", "完成完成", "5完成", "x完成", "完成5完成", "约完成5", "完成5(含)", "完成(含)", "%完成", "5(家)以内", "95%（含）以上", "5家（含）以上", "(含)以上", "5(a)以上", "5(含)(含)以上", "5(家)以上以上",
                // the census (target-spellings/census.tsv)
                "10月", "10月份", "11月底前", "1-12月", "200余人", "600余人", "不少于12 种", "已完成100%", "≥ 200 平方 米",
                "100.00%", "≥ 1100 亿元", "≥11.376万元", ">=90%", "≧90%", "0起", "550万粒", "按进度执行,已使用约40%",
                // a count after 至少 and words of the year or of doing (大英 2020), and its neighbours
                "至少全年完成2次宣传", "至少完成2次", "不少于开展5场培训", "至少全年开展2次以上", "至少全年完成2个百分点",
                "至少每月开展1次宣传", "不低于上年完成2次", "至少全年完成2023年度任务", "至少全年完成2次宣传并通过验收",
                "至少全年完成90%的任务", "不低于完成率95%", "至少全年完成2次宣传以上", "至少完成完成完成完成2次", "至少全年2.5天",
                "至少全年完成2次左右", "至少全年完成2次余", "不少于全年2（次）",
                // a verb, the thing done and its amount (天津 东丽区 2020), and its neighbours
                "完成道路建设491米", "完成道路建设480米", "已完成道路建设480米", "培训教师300人次", "培训300人次", "新建公厕3座",
                "改造老旧小区12个", "开展宣传活动5次以上", "修建道路3.5公里", "建设道路491余米", "建设道路491余", "建设道路95余%",
                "培训合格率95%", "完成率95%", "改造后达标率95%", "开展不少于5次", "开展每月1次", "建设第3期", "改造比上年增长10%",
                "建设2023年", "完成道路建设491米并通过验收", "完成道路建设491", "培训300-500人次", "完成一二三四五六七八九1米",
                "完成一二三四五六七八1米", "开展宣传5次完成", "完成道路建设491.米", "建设道路491米左右", "约完成道路建设491米",
                "完成道路建设491米（含）", "建设道路491(米)", "完成道路建设4米以上以上", "培训a300人次", "培训 教师 300 人次",
                // the one reader of words, a number and a unit (session 27): UnitKind's units after 至少 and its words, the
                // longest unit first (户次, not 户), a noun after any unit, 余/多, a date with a unit of time, and the units
                // that are no CJK characters (km, ‰) after a verb and the thing done
                "至少全年完成2户次走访", "至少全年完成2户走访", "不少于开展3家次检查", "至少全年完成2篇次", "至少全年完成4课时培训",
                "至少全年完成3例手术", "至少完成491米", "至少完成491米道路", "不少于完成500万元投资", "至少完成90%", "至少完成2万人次",
                "至少完成2万册", "至少全年完成200余人次", "至少全年完成200多人", "至少开展2周培训", "至少全年完成12月底前",
                "至少全年完成12月", "至少完成2023年", "至少完成2023年度", "不少于完成6个月", "至少完成6个季度考核", "至少完成5km",
                "完成道路建设5km", "完成道路建设5km以上", "控制在完成3‰", "培训教师3‰", "至少完成2日期", "至少开展培训5次",
                "至少全年完成2次的宣传", "至少全年完成2米以上", "至少全年完成2平方公里内", "至少全年完成2个工作日内",
                "不低于全年完成2万平方公里", "至少全年完成2千米路", "至少全年完成2天以", "至少全年完成2次宣传宣传宣")) {
            same(s);
        }
    }

    /**
     * Words, a number and a unit, as {@link TargetParser#amount} reads them after 至少 ({@code counted}) and after a verb
     * and the thing done ({@code made}): built from their parts, so that nearly every text reaches the reader, with the
     * parts that must stop it (a clause, a rate, a date, a second number) among them.
     */
    @Property(tries = 5000)
    void wordsNumberUnit(@ForAll("wordsNumberUnitish") String s) {
        same(s);
    }

    @Provide
    Arbitrary<String> wordsNumberUnitish() {
        Arbitrary<String> before = Arbitraries.of("", "至少", "不少于", "不低于", "达到", "约", "完成", "已完成", "建设", "培训",
                "开展", "改造");
        Arbitrary<String> words = Arbitraries.of("全年", "年度", "本年度", "累计", "完成", "开展", "举办", "每月", "上年", "道路",
                "建设", "教师", "老旧小区", "率", "第", "不少于", "a", " ").list().ofMaxSize(3).map(l -> String.join("", l));
        Arbitrary<String> number = Arbitraries.of("2", "12", "491", "3.5", "2023", "0", "2.", "1,000", "１２");
        Arbitrary<String> rough = Arbitraries.of("", "", "余", "多");
        Arbitrary<String> unit = Arbitraries.of("次", "人次", "户", "户次", "个", "个月", "个百分点", "个工作日", "个季度", "天", "年",
                "年度", "月", "日", "周", "小时", "米", "公里", "km", "平方米", "万平方米", "亩", "吨", "万元", "元", "%", "％", "‰",
                "例", "课时", "万人次", "千人", "万册", "场次", "日期", "分", "级", "", "米米", "次次");
        Arbitrary<String> after = Arbitraries.of("", "", "宣传", "走访", "培训", "的任务", "底前", "前", "以上", "及以上", "以内",
                "内", "左右", "余", "并通过验收", "任务", "宣传宣传宣", "（含）", "(家)", "完成", "-500", "至5", "每", "a");
        return net.jqwik.api.Combinators.combine(before, words, number, rough, unit, after)
                .as((b, w, n, r, u, a) -> b + w + n + r + u + a);
    }

    @Provide
    Arbitrary<String> plainish() {
        Arbitrary<String> pieces = Arbitraries.of("≥", "≤", "<", ">", "=", "≧", " ", "  ", "\t", "0", "1", "5", "9", "12", "100",
                "2022", ".", "%", "个", "家", "人次", "平方米", "万元", "年", "月", "日", "至", "到", "以上", "以", "上", "内", "百分比",
                "人次数", "一二三四", "㎡", "a", ",", "～", "余", "多", "左右", "约", "(", ")", "（", "）", "含", "完成", "已完成", "实际");
        return pieces.list().ofMaxSize(8).map(l -> String.join("", l));
    }

    private static void same(String s) {
        assertEquals(ReferenceTargetParser.parse(s), TargetParser.parse(s), () -> "text: \"" + s + "\"");
    }

    @Provide
    Arbitrary<String> targetish() {
        Arbitrary<String> pieces = Arbitraries.of(
                "≥", "≤", "≧", "≦", "⩾", ">", "<", "=", "＞", "＜", "＝", ">=", "<=", "==", "~", "～", "〜", "—", "–", "－", "‐",
                "−", "-", "+", "＋", "至", "到", "%", "％", "个", "家", "人", "次", "场", "天", "平方米", "万元", "亿元", "元", "/",
                "／", "、", "|", "百分比", "不少于", "大于或等于", "以上", "及以上", "以下", "以内", "内", "达到", "至少", "不超过",
                "明显", "提升", "有效", "优", "良", "中", "差", "达成", "部分达成", "分级", "优/良/中/差", " ", "\t", "\n", "\u00A0",
                "\u3000", ",", "，", ".", "．", "0", "1", "5", "9", "10", "100", "95.5", "1,000", "1,0000", "１２", "０", "00", "e",
                "(", "（", ";", "：", "\"", "“", "\uD83D\uDE00", "\u0000", "a", "Z", "㎡", "m²",
                "完成", "建设", "培训", "道路", "米", "余", "率", "第",
                // words, a number and a unit after 至少 (session 27): lead words, units UnitKind knows, nouns, dates
                "全年", "开展", "宣传", "走访", "户次", "户", "人次", "课时", "例", "个月", "个", "月", "年", "年度", "周", "km", "‰",
                "个百分点", "万", "多", "的", "底", "2023", "12");
        return pieces.list().ofMaxSize(14).map(l -> String.join("", l));
    }
}
