package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Review s29-V: s29-fixes read one clause done beside another under way as part done (一期已完工，二期正在推进), and so
 * turned "项目已完工，正在办理竣工结算" (the work done, its accounts being closed) into 部分达成 and indicator-target-missed
 * in-progress; before, 已完工 beside 正在 was the whole done. Closing a finished work (结算, 决算, 审计, 验收, 试运行 …) is no
 * part of it left.
 */
class PartDoneCloseOutTest {
    @Test
    void closingAFinishedWorkLeavesNoPartUndone() {
        for (String a : new String[] {"项目已完工，正在办理竣工结算", "工程已竣工，正在进行审计", "已完成建设任务，正在申请验收",
                "已完工，正在进行竣工验收", "已完工，尚未完成竣工决算"}) {
            assertNull(WorkLeft.partDone("按期完工", a), a);
        }
        assertFalse(WorkLeft.underWay("项目已完工，正在办理竣工结算", "正在"), "as before session 29: 已完工 says the whole is done");
    }

    /**
     * Session 30: a part not done with nothing said done ("二期尚未完工") was not read at all (no in-progress, no grade);
     * now it is work left, as an under-way word alone is. Closing out, a done clause, the whole done or a target asking for
     * progress: none.
     */
    @Test
    void aPartNotDoneAloneIsWorkLeft() {
        assertEquals("尚未完工", WorkLeft.notDone("按期完工", "二期尚未完工"));
        assertEquals("未完成", WorkLeft.notDone("按期完工", "二期未完成。"));
        assertEquals("尚未完工", WorkLeft.notDone("按期完工", "工程尚未完工，正在办理结算"));
        for (String a : new String[] {"二期尚未完成竣工决算", "已完工，尚未完成竣工决算", "主体已完工，附属工程尚未完工", "尚未发生安全事故",
                "二期尚未完工，一期、二期已全部完工", "按计划实施"}) {
            assertNull(WorkLeft.notDone("按期完工", a), a);
        }
        assertNull(WorkLeft.notDone("按进度推进", "二期尚未完工"), "the target asks for progress");
        // linear: 100k clauses, and one 200k-character clause
        assertEquals("尚未完工", WorkLeft.notDone("按期完工", "二期尚未完工，".repeat(100_000)));
        assertNull(WorkLeft.notDone("按期完工", "尚".repeat(200_000)));
    }

    @Test
    void aPartStillUnderWayIsStillRead() {
        assertEquals("正在", WorkLeft.partDone("按期完工", "一期已完工，二期正在推进"));
        assertEquals("尚未完工", WorkLeft.partDone("按期完工", "主体已完工，附属工程尚未完工"));
    }
}
