package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * actual-equals-target-pattern counted only figures equal to their targets: on 黄石市图书馆 2022 (t82) it said "11 个适用指标中有
 * 4 个（36%）" where four more actuals write their target's words again (资源采购期以当年为主 → 资源采购期以当年为主 …; audit A2,
 * session 46, item 10). A description copied word for word now counts, and the message says how many of the equal ones
 * are words, under the fingerprint of "share" (sameAs). A verdict answered again does not count: 九亭镇 2020 (t16, 有效 →
 * 有效 beside 较及时, 基本达标, 较健全), 原阳 2022 (t23, 是 → 是) and 吕梁 2021 (t58, 有效减轻, 基本提高, 有效巩固 and a
 * training year 2021.1.1-12.31, beside misses reported on the other rows) would each cross 30 % if they did.
 */
class CopiedWordsTest {

    private static List<Finding> pattern(String table) throws Exception {
        return RealTableRuns.asFiled(table).findings().stream()
                .filter(f -> f.ruleId().equals("actual-equals-target-pattern") && f.pointer().equals("/indicators"))
                .toList();
    }

    @Test
    void descriptionsCopiedWordForWordCount() throws Exception {
        List<Finding> fs = pattern("t82-huangshi-tushuguan-2022");
        assertEquals(1, fs.size());
        Finding f = fs.get(0);
        assertEquals("share-no-satisfaction-words", f.key()); // no satisfaction row: no "0/0" (N1, session 47)
        assertEquals("11 个适用指标中有 8 个（73%）的实际完成值与指标值相同，其中 4 个是原样照抄指标值的文字（如“资源采购期以当年为主”）。"
                + "请按统计和调查数据如实填写实际完成值（实际做到的数量、时间或结果）。", new Messages(Messages.ZH).message(f));
        assertEquals("8 of the 11 applicable indicators (73%) report an actual the same as the target, 4 of them "
                + "by writing the target's words again (e.g. \"资源采购期以当年为主\"). Fill in the actuals from counts and survey data (the "
                + "quantity, date or result actually reached).", new Messages(Locale.ENGLISH).message(f));
        assertEquals(Fingerprints.of("actual-equals-target-pattern", f.file(), "share-no-satisfaction", f.args()), Fingerprints.of(f));
    }

    /**
     * A vague target's words written again as the actual (塘湖镇 2020 有效改善 → 有效改善; 宁夏 福彩 2023 同比2022年销量显著提高 →
     * 显著提高) were called only a vague target: the finding now says the actual tells nothing either, under the plain
     * finding's fingerprint.
     */
    @Test
    void aVagueTargetsWordsWrittenAgainAreSaidToBe() throws Exception {
        Finding f = RealTableRuns.asFiled("t61-ningxia-fucai-2023").findings().stream()
                .filter(x -> x.ruleId().equals("indicator-target-unmeasurable") && x.pointer().equals("/indicators/5/target"))
                .findFirst().orElseThrow();
        assertEquals("actual-repeats", f.key());
        assertEquals("指标“提升彩票销量,筹集更多彩票公益金”的指标值“同比2022年销量显著提高”是不分级的定性表述，实际完成值“显著提高”也只是照写了其中的字，"
                + "没有说明做到了什么，无法判断是否完成。请改为可量化的指标值（如“≥ 90%”“≥ 10 家”），确实无法量化的写明分级分档标准；"
                + "实际完成值写明实际做到的数量、比例或调查结果。", new Messages(Messages.ZH).message(f));
        assertEquals(Fingerprints.of("indicator-target-unmeasurable", f.file(), "", f.args()), Fingerprints.of(f));
    }

    @Test
    void verdictsAnsweredAgainDoNotCount() throws Exception {
        for (String table : List.of("t16-jiuting-chengzhen-2020", "t23-yuanzhou-mashu-2022", "t58-lvliang-hugong-2021")) {
            assertTrue(pattern(table).isEmpty(), table);
        }
    }
}
