package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link IndicatorTimeCostUnspecified#hasDate} answers as its pattern matched whole, the search it now makes or not. */
class TimeCostHasDateTest {

    private static boolean oracle(String text) {
        if (text.indexOf('月') < 0 && text.indexOf('底') < 0 && text.indexOf('末') < 0 && text.indexOf('前') < 0) {
            return false;
        }
        return IndicatorTimeCostUnspecified.DATE.matcher(text).matches();
    }

    @Test
    void asThePatternMatchedWhole() {
        String[] pieces = {"1", "2", "12", "123", "０", " ", "\t", "\n", "\r", "\u0085", "\u2028", "\u2029", "\u3000", "月", "底",
            "末", "前", "年", "季度", "日", "号", "完成", "率", "%", "项目", "年底", "月末", "季度末", "6月30日前"};
        Random r = new Random(2028);
        for (int n = 0; n < 300_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(8);
            for (int k = 0; k < len; k++) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            assertEquals(oracle(s), IndicatorTimeCostUnspecified.hasDate(s), s);
        }
        for (String s : new String[] {"12月底", "2021年12月", "6月30日前", "年底前", "12\n月", "a\n12月", "12月\n", "按期完成"}) {
            assertEquals(oracle(s), IndicatorTimeCostUnspecified.hasDate(s), s);
        }
    }
}
