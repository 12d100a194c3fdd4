package io.github.jixiao.target;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target that states a direction only, how much not said (增加, 提高, 有所下降, 较上年增长, 超上年度: VAL-2's
 * indicator-target-unmeasurable), beside an actual that states a change by a figure (增372人次, 同比提高1.5%, 下降2个百分点,
 * 增收27万元, +372): the actual says whether the change went the target's way. {@link #read} gives {@link Grade#ACHIEVED}
 * where it went that way by more than nothing, {@link Grade#NOT} where it went the other way or by nothing (a 减少 target
 * met by 增 is a miss; 增0人次 is no increase), and {@link Grade#NONE} for anything else: a target with a figure (提高2%, read
 * as a quantity), an actual in words or with more than one figure (签约率提高1%体检率下降1%), a change of something else.
 * 蚕茶卫生院 2021 (t81): 门诊住院人次 增加 → 增372人次 and 业务收入 超上年度 → 增收27万元 each scored 0 for a 完成档次 the form has
 * no column for (trial E5, session 42).
 */
final class Change {
    private Change() {
    }

    /** Against the year before, in the words tables use; optional before a target's or an actual's direction. */
    private static final String AGAINST = "(?:与上年相比|与去年相比|与上年度相比|同比|环比|较上一?年度?|比上一?年度?|较去年|比去年|较上年同期|比上年同期)?";

    private static final String UP = "增加|增长|增多|提高|提升|上升|扩大";
    private static final String DOWN = "减少|下降|降低|缩减|缩小|缩短";

    /** A direction-only target: group 1 an increase, group 2 a decrease; or above / below the year before (groups 3, 4). */
    private static final Pattern TARGET = Pattern.compile("^" + AGAINST + "(?:有所|逐步|逐年|持续|稳步|进一步|不断|继续)?(?:(" + UP + ")|("
            + DOWN + "))$|^(?:(超|超过|高于|多于)|(低于|少于))(?:上一?年度?|去年)(?:同期)?(?:水平)?$");

    /**
     * An actual that is one change by one figure: its direction (group 1 up, group 2 down, group 3 a plus sign, group 4 a
     * minus sign), the figure (group 5) and a short unit after it (人次, %, 万元, 个百分点).
     */
    private static final Pattern ACTUAL = Pattern.compile("^" + AGAINST + "(?:(" + UP + "|增收|增|多)|(" + DOWN
            + "|减收|减|降|少)|([+＋])|([-－−]))约?(\\d+(?:\\.\\d+)?)[\\p{IsHan}%％‰a-zA-Z]{0,6}$");

    /** Which way {@code target} asks the figure to go, or 0 when it is no direction-only target. */
    static int way(String target) {
        if (target.isEmpty() || target.length() > 16) { // cheap test first
            return 0;
        }
        Matcher m = TARGET.matcher(target);
        if (!m.matches()) {
            return 0;
        }
        return m.group(1) != null || m.group(3) != null ? 1 : -1;
    }

    /** The grade {@code actual} states of the direction-only {@code target} (both stripped, without a trailing 。). */
    static Grade read(String target, String actual) {
        int want = way(target);
        if (want == 0 || actual.length() > 24) {
            return Grade.NONE;
        }
        Matcher m = ACTUAL.matcher(digits(actual));
        if (!m.matches()) {
            return Grade.NONE;
        }
        int went = m.group(1) != null || m.group(3) != null ? 1 : -1;
        BigDecimal by = new BigDecimal(m.group(5));
        return went == want && by.signum() > 0 ? Grade.ACHIEVED : Grade.NOT;
    }

    /** {@code s} with full-width digits and full stop as ASCII. */
    private static String digits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
        }
        return sb.toString();
    }
}
