package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The numbering placeholder-left reads at a name's start ({@link PlaceholderLeft#templateNumbering}): since session 45 a
 * row number in brackets ((1), （一）) or in Chinese numerals with what closes it (一、) too, each told from names that
 * begin so of their own.
 */
class RowNumberingTest {

    @Test
    void bracketedAndChineseRowNumbersAreRead() {
        assertEquals("（一）", PlaceholderLeft.templateNumbering("（一）新建堤防长度"));
        assertEquals("(2)", PlaceholderLeft.templateNumbering("(2)护岸长度"));
        assertEquals("（１２）", PlaceholderLeft.templateNumbering("（１２）培训人次"));
        assertEquals("三、", PlaceholderLeft.templateNumbering("三、工程验收合格率"));
        assertEquals("十二．", PlaceholderLeft.templateNumbering(" 十二． 覆盖人口"));
        assertEquals("1.", PlaceholderLeft.templateNumbering("1.工程验收合格率"));
    }

    @Test
    void namesThatBeginSoAreNot() {
        for (String name : new String[] {"二、三级医院覆盖率", "一次性补助发放人数", "三级以上公路里程", "(2022)年度新增就业人数", "（一）",
            "一、", "十佳评选完成率", "(一", "1.5万亩高标准农田建设面积"}) {
            assertEquals(null, PlaceholderLeft.templateNumbering(name), name);
        }
    }
}
