package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Published tables beyond the four form ITs (research notes T1, T4–T7: 银川 2021, 中江 2022, 天长 2022, 丽江 2020,
 * 衡山 2020; and, each with a SOURCE.md naming its address, t8 永德县明朗中学 2022, t9 武汉 青山区 2020, t10 上海 普陀区体育事业管理中心 2022,
 * t11 廊坊市食品工程学校 2019, t12 青神县发展和改革局 2023, t13 襄阳市中心医院 2021, t14 鄂州市行政审批局 2021, t15 黄石市文物局
 * 2019 (a mid-year 绩效监控表), t16 松江区九亭镇 2020 (a township), t17 济南市历城区文化馆 2019, t18 区商务局 2020 (the 20 + 80
 * layout of t13) and t19 北京市海淀区学院路街道 2016; later ones each named in their section, up to t40 海口市美兰区文体局 2016
 * and t41 海南省人民政府研究室 2012 (海南's 项目绩效目标表 without a 二级 column) and t42, a 2017 部门整体支出绩效评价得分表 of
 * 四川's framework), run
 * through the whole engine. Each assertion lists every finding of every rule (rule, key, pointer,
 * severity; for a bare target also the direction it was read in), each with what the form shows, so a false alarm
 * of any rule fails as surely as a miss. A finding that is right by the official rules
 * ({@code /work/shared/reference/standards.md}: ST-, VAL-, SC- labels) says so.
 */
class RealTablesTest {

    static List<String> findings(String table) {
        Path project;
        try {
            project = Path.of(RealTablesTest.class.getResource("/real-tables/" + table).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Finding> all = new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings();
        return all.stream().map(RealTablesTest::line).sorted().toList();
    }

    private static String line(Finding f) {
        String s = f.ruleId() + " " + f.key() + " " + f.pointer() + " " + f.severity().id();
        // the direction a bare target was read in is where a wrong reading of a real form hides
        // (paid-standard keeps cost-ceiling's fingerprint, its old ≤ at 3: the "=" it reads is at 8, session 56)
        return "indicator-target-no-comparator".equals(f.ruleId())
                ? s + " " + f.args().get("paid-standard".equals(f.key()) ? 8 : 3) : s;
    }

    /**
     * 银川 2021 (初中公用经费, 银川市第六中学): 银川's own form (项目决策 10, 项目管理 25, 项目产出 30, 项目效益 35), scored
     * on its framework as transcribed ({@code yinchuan-project-2021.json}, the copy breaking off at the satisfaction
     * row); met rows scored below their points with no reason, 100% execution scored 9, and a total of 98 that the
     * table's own scores (10 + 24 + 29 + 21 + at most 10 = 94) cannot reach.
     */
    @Test
    void yinchuan2021() {
        assertEquals(List.of(
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 保障人数 2370人, bare (VAL-1)
                // cost-ceiling since session 50: a cost read as a ceiling is said as one, "成本上限（不超过该标准）", not "反向指标（越低越好）" (the plain note's fingerprint)
                "indicator-target-no-comparator cost-ceiling /indicators/3/target info ≤",   // 办公所需成本 15万元, a cost: ≤
                "indicator-target-no-comparator cost-ceiling /indicators/4/target info ≤",   // 维修(维护)所需成本 35万元
                "indicator-target-no-comparator cost-ceiling /indicators/5/target info ≤",   // 绿化、水电费等成本 14.8万元
                "indicator-target-no-comparator date /indicators/2/target info ≤",   // 2021年12月完成: a day, a deadline
                "indicator-target-unmeasurable actual-repeats-read-as /indicators/6/target warning",   // 效果显著: 改善学校的办学条件 (VAL-2)
                // 年度总体目标 "保障学校正常工作运行": keeping the school running, no output (upkeep-only since session 52, as t108's)
                "overall-goal-not-a-goal upkeep-only /overallGoals/expected/0 warning",
                "score-assumption achievement /indicators/1/actual info",   // 符合相关文件要求 = the target: read as 达成
                "score-assumption achievement /indicators/7/actual info",   // 社会认可的办学环境. = the target
                // -part since session 50: on a partial framework the computed figure is no 综合评分 ("计分按计算值计", not
                // "综合评分按计算值计" beside score-weights partial's "不是综合评分"; Engine.noTotalWording, audit s50 A5 row 3)
                "score-claim-mismatch below-part /funds/total/score warning",   // 预算执行率 64.8 / 64.8 = 100% scored 9 of 10 (SC-4)
                // done 2021年12月 by 2021年12月: 5 (SC-1), printed 4, no reason; said once, here (not also indicator-score-unexplained: Engine.metMarkedDownOnce)
                "score-claim-mismatch indicator-below-part /indicators/2/score warning",
                "score-claim-mismatch total-partial-over /stated/total warning",   // 自评得分 98: 86 computed on the 90 points held, + 10 not held = 96 at most
                "score-weights partial /partial info"),   // the copy breaks off before the 满意度 row: no grade
                findings("t1-yinchuan-2021"));
    }

    /**
     * 中江 2022: actuals written as ranges, the budget restated as cost, the goal copied, satisfaction copied, and
     * points that add up to 110 (产出 70, 效益 20, 满意度 10, 执行 10) under a printed 总分 100.
     */
    @Test
    void zhongjiang2022() {
        assertEquals(List.of(
                "actual-equals-target-pattern copied /indicators/0/actual warning",   // ≥266米
                "actual-equals-target-pattern copied /indicators/1/actual warning",   // ≥50厘米
                "actual-equals-target-pattern copied /indicators/3/actual warning",   // ≥90%
                "actual-equals-target-pattern copied /indicators/4/actual warning",   // ≥90%
                "actual-equals-target-pattern copied /indicators/7/actual warning",   // ≥1000人
                "actual-equals-target-pattern copied /indicators/9/actual warning",   // ≥95%
                // 8 of 9 actuals the target again (VAL-7's own example): the six above, 100% 验收合格率 and 20万元; silent until
                // session 48, when the rule judged 10 rows or more only (now three quarters of 8 or more)
                "actual-equals-target-pattern share /indicators warning",
                "indicator-input-as-output budget-restated /indicators/5/target warning",   // 项目计划总投资 20万元
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/2/target info ≥",   // 项目(工程)验收合格率 100%
                // not indicator-target-no-comparator at /indicators/5/target (until session 33): 20万元 restates the budget, and
                // budget-restated above asks for a cost ceiling with its comparator (Engine.budgetRestatedOnce)
                "indicator-target-unmeasurable actual-repeats-read-as /indicators/8/target warning",   // 显著提升 (VAL-2)
                "indicator-template-row  /indicators/6 warning",   // 经济效益指标 printed with no row under it
                "overall-goal-not-a-goal achieved-copies /overallGoals/achieved/0 warning",   // 年度总体目标完成情况 copies the 年初设定目标
                "satisfaction-without-survey equal /indicators/9 warning",   // 受益户满意度 ≥95% → ≥95%: copied, no survey
                // 总分 100, the printed scores add up to 110, and so does the computed total on weights of 110: the table's own
                // scores and total disagree (total-stated; until session 46 "total" said the computed 110 stood)
                "score-claim-mismatch total-stated /stated/total warning",
                // 10 + 70 + 20 + 10 = 110, not 100 (ST-6); -split since session 53 (the total's fingerprint, a detail): it lists
                // 产出指标(70分) where the form's own note says 50 and 效益指标(20分) where it says 30, until then two split
                // warnings beside it (Engine.splitInTotalOnce; audit s52 A7 row C3)
                "score-weights total-split /indicators error"),
                findings("t4-zhongjiang-2022"));
    }

    /**
     * 天长 2022: six rows with neither target nor actual at full points; "完成年度目标。"; 满意度 100% without a survey.
     * Each empty row (ST-1: a blank row with full marks) is one defect, said once by indicator-incomplete: its category has
     * no target or actual (it cannot be scored, trial s30-G; its full score has nothing behind it, until session 33 said
     * beside it by indicator-score-unexplained: filling in the row is what both ask).
     */
    @Test
    void tianchang2022() {
        assertEquals(List.of(
                "indicator-incomplete empty-category-scored /indicators/2 error",   // 质量指标: 工程质量合格, nothing else
                "indicator-incomplete empty-category-scored /indicators/3 error",   // 时效指标: 年度资金支付完成率100%
                "indicator-incomplete empty-category-scored /indicators/4 error",   // 成本指标: 资金执行在预算范围内
                "indicator-incomplete empty-category-scored /indicators/5 error",   // 经济效益: 全市安全度汛
                "indicator-incomplete empty-category-scored /indicators/6 error",   // 社会效益: 保护全市人口财产不受损失
                "indicator-incomplete empty-category-scored /indicators/8 error",   // 可持续影响: 已建工程良性运行
                "indicator-input-as-output name /indicators/3 info",   // 年度资金支付完成率100% as 时效
                "indicator-target-no-comparator  /indicators/9/target info ≥",   // 服务对象满意度 90%
                // not indicator-score-unexplained empty-actual at rows 2–6 and 8 (10 of 10 each, until session 33): each row prints
                // its content in the name (done, by all it says); the actual filled in is what both ask, and the full score is
                // then held to it: one defect, said by empty-category-scored, which names the 10 (Engine.blankActualOnce)
                "indicator-target-no-comparator no-unit /indicators/1/target info ≥",   // 农业综合水价改革项目 1: no 数 after the thing
                "indicator-target-no-comparator no-unit-noun /indicators/0/target info ≥",   // 节水改造项目数量 1: 项目, "≥ 1 个" (no-unit until session 47)
                "overall-goal-not-a-goal achieved-vague /overallGoals/achieved/0 info",   // 实际完成情况: 完成年度目标。
                "satisfaction-without-survey project /indicators/9 info",   // 服务对象满意度 90% → 100%, no survey named
                // 100 stated, 40 computed, 60 unscorable; each blank row is alone in its category, so its "no 指标值: 0 of 10"
                // is said once, by indicator-incomplete's empty-category, not by score-input-missing too (trial s30-G item 9);
                // the 60 named (the six rows) since session 48: total-unscored, where total-data said only "因缺少数据"
                "score-claim-mismatch total-unscored /stated/total warning"),
                findings("t5-tianchang-2022"));
    }

    /**
     * 丽江 2020: met targets at 90–95 % of the points, the goal is the project's name, 10.00 beside 20, ﹦ 100%
     * timeliness. The copy breaks off before the 满意度 score: that row's missing score is the copy's gap, the only
     * finding here that is not the form's.
     */
    @Test
    void lijiang2020() {
        assertEquals(List.of(
                "column-format-mixed decimals /indicators/0/points info",   // 10.0 beside 20
                "column-format-mixed decimals /indicators/0/score info",   // 9.0 beside 19
                // not indicator-incomplete no-score /indicators/4 (an error until session 53): 满意度's 得分 is past the copy's end,
                // which its framework (extending mof-project-2020) says as data, partialCut.scoreOf (audit s53 A8 row A1)
                "indicator-input-as-output  /indicators/0/target warning",   // 卫片执法补助经费 ﹦ 72890 元
                // 卫片执法补助经费 ﹦ 72890 元 is money, no output (input-as-output just above): since session 50 not scored by target and
                // actual (MoneyOutput; A2's item 2) but as the unit printed it, 9, so no score-claim-mismatch raising it to 10;
                // 9 of 10 on a row the unit calls 完成 with no reason given is asked for the reason (SC-1); since session 51
                // said as money (money: "是资金数额（投入），不按完成情况计分…扣 1 分，却没有写明扣分理由"), not "已完成…请给满分",
                // which the scorer's "按单位自评 9 分暂计、未核对" beside it contradicted (audit s51 A6 row 4; the same fingerprint)
                "indicator-score-unexplained money /indicators/0/score warning",
                "indicator-time-cost-unspecified time-rate /indicators/2/target info",   // 项目完成及时率 ﹦ 100%: a time as a rate, no date (VAL-6)
                "overall-goal-not-a-goal name /overallGoals/achieved/0 warning",   // 实际完成情况: 自然资源卫片执法补助经费, the project's name
                "overall-goal-not-a-goal name /overallGoals/expected/0 warning",   // 年度总体目标: the same name
                "satisfaction-without-survey equal /indicators/4 warning",   // 满意度 ≥ 95% → 95: equal, no survey named
                // met targets (﹦ 100%, ﹦ 100%, ≥ 95%) score full points (SC-1): 19, 19, 27 as printed differ, no
                // reason given; each said once, by the computed figure (not also indicator-score-unexplained: Engine.metMarkedDownOnce);
                // -part since session 53 (the copy on its partial framework: "计分按 20.00 分计", not "综合评分按", the total unseen)
                "score-claim-mismatch indicator-below-part /indicators/1/score warning",
                "score-claim-mismatch indicator-below-part /indicators/2/score warning",
                "score-claim-mismatch indicator-below-part /indicators/3/score warning",
                // the copy ends at 满意度's 得分, before the 总分: no grade since session 53 (99.00 / 100.00（优） until then,
                // graded on a total the copy does not show; audit s53 A8 row A1)
                "score-weights partial /partial info"),
                findings("t6-lijiang-2020"));
    }

    /**
     * 衡山 2020: 14 of 16 actuals equal their targets, a safety count filed as satisfaction, 100% timeliness rates.
     * The form (a 湖南 县级专项资金绩效目标自评表) prints no 分值 or 得分 column: no row carries points (one finding per criterion, not one per row) and the
     * weights add up to the 10 of the funds block only, right by ST-1 (a year-end row needs 分值 and 得分).
     */
    @Test
    void hengshan2020() {
        assertEquals(List.of(
                "actual-equals-target-pattern share /indicators warning",   // 16 rows, 13 actuals equal to their targets (81%)
                "indicator-actual-incommensurable quantitative-target /indicators/10/actual error",   // 100% → 无
                "indicator-category-unknown misfiled /indicators/14 warning",   // 粮食安全事件发生数 as 满意度
                "indicator-target-no-comparator  /indicators/14/target info ≤",   // 粮食安全事件发生数 0起: the fewer the better
                "indicator-target-no-comparator  /indicators/4/target info ≤",   // 库存粮食明显变质比例 0: the less the better
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/0/target info ≥",   // 储备到位率 100%
                "indicator-target-no-comparator rate-full /indicators/1/target info ≥",   // 库存数量真实率 100%
                "indicator-target-no-comparator rate-full /indicators/10/target info ≥",   // 政策性挂账利息补贴保障率 100%
                "indicator-target-no-comparator rate-full /indicators/11/target info ≥",   // 科学保粮率 100%
                "indicator-target-no-comparator rate-full /indicators/12/target info ≥",   // 食品安全指标达标率 100%
                "indicator-target-no-comparator rate-full /indicators/2/target info ≥",   // 管理制度严格执行率 100%
                "indicator-target-no-comparator rate-full /indicators/3/target info ≥",   // 专户管理率 100%
                // not indicator-target-no-comparator at /indicators/5/target (until session 47): time-rate-bare says the reading there (Engine.timeRateOnce); 贷款付息及时率 100%
                // not indicator-target-no-comparator at /indicators/6/target (until session 47): time-rate-bare says the reading there (Engine.timeRateOnce); 应急保障率 100%
                // not indicator-target-no-comparator at /indicators/7/target (until session 48): cost-rate-bare says the reading (Engine.timeCostBareOnce); 收购价格执行率 100%
                // not indicator-target-no-comparator at /indicators/8/target (until session 48), as row 7; 库存成本核算率 100%: an accounting rate, not a cost
                "indicator-target-no-comparator rate-full /indicators/9/target info ≥",   // 利息费用保障率 100%: a cover rate, not a cost
                "indicator-target-unmeasurable actual-repeats /indicators/13/target warning",   // 设备维护及安全性: 高 (VAL-2)
                "indicator-time-cost-unspecified cost-rate-bare /indicators/7/target info",   // 收购价格执行率 100% as 成本: no amount (VAL-6), read as ≥ 100%
                "indicator-time-cost-unspecified cost-rate-bare /indicators/8/target info",   // 库存成本核算率 100% as 成本: no amount
                "indicator-time-cost-unspecified time-rate-bare /indicators/5/target info",   // 贷款付息及时率 100%: no date (VAL-6)
                "indicator-time-cost-unspecified time-rate-bare /indicators/6/target info",   // 应急保障率 100% as 时效: no date
                // 市民满意度调查 100%, no survey named; not the 0起 incident count filed above it (misfiled, no survey's result): until session 33 both, at /indicators/14
                "satisfaction-without-survey project /indicators/15 info",
                "score-input-missing indicator-points-none-table-short /indicators error"),   // no 分值 column (ST-1): one finding for the
                // table (产出, 效益, 满意度: three until session 25, one per criterion)
                // not score-weights total beside it (10 (the execution's) of 100: no grade): the short variant says it, one defect one finding (trial s31)
                findings("t7-hengshan-2020"));
    }

    /**
     * 永德县明朗中学 2022 (云南, a school; SOURCE.md): 指标性质 "≧" and "═" (U+2550, printed for =: read as =), 满意度 filed as 服务对象满意度指标等,
     * a met 100% timeliness scored 7 of 10 with no reason, 政策知晓率 98% against 100% scored 9 (the ratio gives
     * 9.8), 产出 40 and 满意度 20 where the form's frame is 50 and 10. The 96 优 is borne out (no grade finding).
     */
    @Test
    void yongde2022() {
        assertEquals(List.of(
                "indicator-input-as-output name /indicators/2 info",   // 资金到位及时率 as 时效: the money's arrival
                "indicator-target-at-ceiling  /indicators/1/target info",   // ≧ 100 %: cannot be exceeded (VAL-4)
                // not indicator-target-at-ceiling at /indicators/2/target (until session 47): time-rate-ceiling says the reading there (Engine.timeRateOnce); 资金到位及时率 ≧ 100 %
                // not indicator-target-at-ceiling at /indicators/7/target (until session 49): aim-rate below
                "indicator-target-missed deducted-below /indicators/5/actual warning",   // 政策知晓率 ═ 100 % → 98%; 98 / 100 × 10 = 9.8, printed 9: carried, score-claim-mismatch left out (Engine.missedClaimOnce, audit s49 A4)
                "indicator-target-unmeasurable actual-repeats-read-as /indicators/4/target warning",   // 减轻贫困学生家庭经济负担: 有效 (VAL-2)
                // 促进学校教育事业健康发展 ≧ 100 %: a percentage of an aim (促进), of no measured thing; "= 100%" would mend
                // nothing (ST-9; session 49)
                "indicator-target-unmeasurable aim-rate /indicators/7/target warning",   // printed 10 of 10, taken as printed since session 52 (UnmeasurableTarget): no score moves
                "indicator-template-row  /indicators/6 warning",   // 生态效益指标 printed empty
                "indicator-time-cost-unspecified cost-rate /indicators/3/target info",   // 生均补助标准达标率 as 成本
                "indicator-time-cost-unspecified time-rate-ceiling /indicators/2/target info",   // 资金到位及时率 100%, no date
                "overall-goal-not-a-goal achieved-copies /overallGoals/achieved/0 warning",   // 实际完成情况 = 预期目标
                "satisfaction-without-survey project /indicators/8 info",   // 学生、家长满意度 100%, no survey named
                "score-claim-mismatch indicator-below /indicators/2/score warning",   // ≧ 100% met: 10 (SC-1), printed 7, no reason (once: Engine.metMarkedDownOnce)
                "score-claim-mismatch total-rows /stated/total info",   // 96 printed, 99.80 computed
                "score-weights split /indicators warning",   // 产出 40 of the frame's 50
                "score-weights split /indicators warning"),   // 满意度 20 of the frame's 10
                findings("t8-yongde-mingliang-2022"));
    }

    /**
     * 武汉 青山区 2020 绩效目标表 (湖北, 化工区学校; SOURCE.md): a target declaration in the 财预〔2015〕88号 layout, bare
     * 100% targets, 稳步提高, and the satisfaction rows under 效益指标 (noted, as the 2020 taxonomy files them apart).
     */
    @Test
    void qingshan2020() {
        assertEquals(List.of(
                "indicator-category-unknown elsewhere /indicators/7 info",   // 社会公众或服务对象满意度指标 under 效益指标
                // 预算资金当年下达率 as a 时效 output: the budget passed down, budget execution (ST-7; missed until session 48)
                "indicator-input-as-output spending /indicators/3 warning",
                // not indicator-target-no-comparator at /indicators/4/target (until session 47): time-rate-bare says the reading there (Engine.timeRateOnce); 项目按计划完成率 100%
                // not indicator-target-no-comparator at /indicators/5/target (until session 48): cost-rate-bare says the reading ≤ 100% (Engine.timeCostBareOnce); 建设项目成本控制率 100%: within cost
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/0/target info ≥",   // 学校改造覆盖率 100%
                "indicator-target-no-comparator rate-full /indicators/1/target info ≥",   // 校舍维修改造质量合格率 100%
                "indicator-target-no-comparator rate-full /indicators/2/target info ≥",   // 购置设施设备质量合格率 100%
                "indicator-target-no-comparator rate-full /indicators/3/target info ≥",   // 预算资金当年下达率 100%
                "indicator-target-unmeasurable  /indicators/6/target warning",   // 义务教育优质均衡发展情况: 稳步提高 (VAL-2)
                "indicator-time-cost-unspecified cost-rate-bare /indicators/5/target info",   // a cost as a rate, no amount (VAL-6)
                "indicator-time-cost-unspecified time-rate-bare /indicators/4/target info"),   // a time as a rate, no date (VAL-6)
                findings("t9-qingshan-huagong-2020"));
    }

    /**
     * 上海 普陀区体育事业管理中心 2022 (SOURCE.md): amounts in 元, "=100%" and ">=90%" targets, 86.19% executed with no
     * reason, every indicator at full points, 总分 98.62. The printed 86.19% against 215457.6 / 250000 = 86.18% is
     * within the rounding of a printed rate (no rate-mismatch).
     */
    @Test
    void putuo2022() {
        assertEquals(List.of(
                "execution-rate-unexplained  /funds/total/executed warning",   // 86.18% < 90%, 原因 blank (SC-4)
                // 98.62 is 优 by the bands, with execution below 90%: the rule's reading of 10号 (优 expects 90%)
                "grade-unsupported total /stated/total warning",
                "indicator-time-cost-unspecified time /indicators/2/target warning",   // 费用结算及时性: 及时 (VAL-6)
                "satisfaction-without-survey project /indicators/4 info",   // 场馆开放满意度 100%, no survey named
                "score-assumption achievement /indicators/2/actual info"),   // 及时 → 及时: read as 达成
                findings("t10-putuo-tiyu-2022"));
    }

    /**
     * 廊坊市食品工程学校 2019 (河北, a school; SOURCE.md): the national form with its "指标1" numbering left in the names,
     * the 年度总体目标 cells holding only 43.2 and 37.24, bare "100" targets, 43.2 → 37.24 万元 (86%) scored 9 and explained only in the 工程资金金额 row (which counts: no
     * execution-rate-unexplained), an empty 生态效益 category. The copy breaks off in the 满意度 block: no total.
     */
    @Test
    void langfang2019() {
        assertEquals(List.of(
                // 8 of 9 actuals "100" for "100", 学校发展能力 and 长期使用性 among them (VAL-7: all actuals = 100 %); silent until
                // session 48, when the rule judged 10 rows or more only (now three quarters of 8 or more)
                "actual-equals-target-pattern share /indicators warning",
                // 工程资金金额 43.2 under 产出/数量: the budget (43.2 万元) written bare, an input as an output (ST-7; unseen until session 33)
                "indicator-input-as-output  /indicators/0/target warning",
                // 工程资金金额 43.2 → 37.24 is the budget and its spending (input-as-output just above): since session 50 not scored by
                // target and actual (MoneyOutput; A2's item 2), which took the 37.24 / 43.2 shortfall twice (8.62 here beside the
                // funds row's 8.62), but as printed, 9; no score-claim-mismatch there. Not indicator-target-missed explained-deducted
                // at /indicators/0/actual (sessions 50, until 51): "未完成…得分已扣减" judged a row nothing scores by its result, and
                // 37.24 is money not spent (已完工, 尾款未付, a saving against the tender ceiling), the funds row's to score (audit
                // s51 A6 row 4). Not indicator-target-no-comparator no-unit at /indicators/0/target (until session 51): "如“≥ 43.2
                // 个”“≥ 43.2 天”" for what input-as-output at the same cell calls "一笔金额"
                "indicator-target-no-comparator no-unit /indicators/6/target info ≥",   // 学校发展能力 100
                "indicator-target-no-comparator no-unit /indicators/8/target info ≥",   // 长期使用性 100
                // not indicator-target-no-comparator no-unit-rate at /indicators/3/target (until session 47): time-rate-bare says the reading there (Engine.timeRateOnce); 项目完成及时率 100
                // not indicator-target-no-comparator no-unit-rate at /indicators/4/target (until session 48): cost-rate-bare says the reading (Engine.timeCostBareOnce); 成本控制率 100: within cost
                // no-unit-rate-full since session 48: a rate's bare "100" is offered "= 100%" alone (not "≥ 100%", at-ceiling's "= 100%")
                "indicator-target-no-comparator no-unit-rate-full /indicators/1/target info ≥",   // 工程完工率 100
                "indicator-target-no-comparator no-unit-rate-full /indicators/2/target info ≥",   // 工程验收合格率 100
                "indicator-target-no-comparator no-unit-rate-full /indicators/5/target info ≥",   // 安全率 100
                "indicator-target-no-comparator no-unit-rate-full /indicators/9/target info ≥",   // 学生满意度 100
                "indicator-template-row  /indicators/7 warning",   // 生态效益指标: "指标1" and nothing else
                "indicator-time-cost-unspecified cost-rate-bare /indicators/4/target info",   // 成本控制率 100 as 成本: no amount (VAL-6)
                "indicator-time-cost-unspecified time-rate-bare /indicators/3/target info",   // 指标1项目完成及时率 100 (% dropped): no date (VAL-6)
                "overall-goal-not-a-goal achieved-amounts /overallGoals/achieved/0 warning",   // 实际完成情况 "37.24": the spending
                "overall-goal-not-a-goal amounts /overallGoals/expected/0 warning",   // 预期目标 "43.2": the budget, nothing else
                "placeholder-left template-numbering-name /indicators/0/name info",   // the template's "指标1:" numbering kept before the names: 指标1工程资金金额 … (9 names; 生态效益's bare "指标1" is the template row)
                "satisfaction-without-survey equal /indicators/9 warning",   // 学生满意度 100 → 100, no survey named
                "score-claim-mismatch  /funds/total/score warning"),   // 37.24 / 43.2 = 86.20% × 10 = 8.62 (SC-4), printed 9
                findings("t11-langfang-shipin-2019"));
    }

    /**
     * 青神县发展和改革局 2023 (四川; SOURCE.md; standards.md's SC-FORM and ST-1 example): the 四川 form left unfilled,
     * no 完成值 and no 得分 on either indicator, no total; 238.93 → 251.89 万元 adjusted with no reason, where the
     * form prints "年中发生预算调整的（追加或调减），应单独说明理由" (ADJ-4).
     */
    @Test
    void qingshen2023() {
        assertEquals(List.of(
                "adjustment-missing-reason changed /funds/total/fullYear warning",   // 总额 238.93 → 251.89, no reason (ADJ-4)
                // approved since session 56 (audit A11 C4): at 自评 / 运行监控 the year's approved targets, set next year, not added now
                "indicator-category-missing approved-several /indicators warning",   // 产出 without 质量指标 and 时效指标 (ST-2): one warning since session 58 (A12 D3)
                // 完成值 and 得分 blank on both rows (ST-1): the two columns blank throughout, one finding at the first row with
                // the count and the 90 points (Engine.noActualAllOnce, since session 54; sessions 47-53 one no-actual-no-score a
                // row, 发放(缴纳)覆盖率 权重 60 and 足额保障率(参保率) 权重 30; until session 47 a no-actual and a no-score on each)
                "indicator-incomplete no-actual-all-no-score /indicators/0 error",
                "indicator-incomplete no-execution-score /funds/total warning"),   // 执行率 100.00 %, 权重 10, 得分 blank (ST-1)
                // not: the scorer's score-input-missing for the blank 完成值 beside indicator-incomplete's (one defect,
                // one finding, session 25); no score-weights split: 产出 60 + 效益 30 with no 满意度 indicator is 10号's own (其分值归入产出、效益)
                findings("t12-qingshen-fagai-2023"));
    }

    /**
     * 襄阳市中心医院 2021 (湖北, a hospital; SOURCE.md): 襄阳's own layout, 预算执行 20 + 年度绩效目标 80 with no 分值
     * column, scored on {@code xiangyang-project-2021.json}; 二级 printed "成本", "时效", "经济效益" (the same
     * categories: no indicator-category-unknown). The copy breaks off in the 可持续性 row: the framework says so.
     */
    @Test
    void xiangyang2021() {
        assertEquals(List.of(
                "indicator-input-as-output budget-restated /indicators/2/target warning",   // 每年财政补助1000万元: the budget 1000 (ST-7)
                // not indicator-target-no-comparator at /indicators/2/target (until session 33): budget-restated asks for the comparator
                // not indicator-target-no-comparator at /indicators/3/target (until session 47: 时效 1年 read as a time limit): the
                // row named "1年" is to be rewritten, figure-name below says so (Engine.figureNameOnce)
                "indicator-target-no-comparator  /indicators/4/target info ≥",   // 医疗收入 5亿元 → 6.47亿元
                // 时效 named "1年", its target and actual 1年 too: the value in the name's cell, no word of what is timed.
                // Missed until session 45 (大英县民政局 2020's "2020年" and "100万", t98, showed the class)
                "placeholder-left figure-name /indicators/3/name error",
                // no 分值 column (ST-1): one finding. Since session 48 (-rows, the same fingerprint) it names the 20 as the
                // execution's, not a 综合评分, and adds the rows' printed 得分 up: 5 × 10 = 50, with the 20 = 70 (the copy's part;
                // no stated total in it). Until then "综合评分 20.00 分", a figure the table does not print (s47 audit item 3).
                // Since session 50 (-rows-partial) the 50 and 70 are said to be the transcribed rows', not the table's: the
                // framework says the copy is cut (audit s49 A4 row 9)
                // -own since session 52: the table is on its own framework, not 财预〔2020〕10号's project form, and the finding no
                // longer cites it ("财预〔2020〕10号 自评表每项指标都有分值" told the unit it filed the wrong form; audit s52 B2); the same finding
                // -unprinted since session 55: the 20 + 80 form prints no 分值 by design (project-20-80 "rowPoints": "unprinted"), so a note saying the form's limit, not an error asking for a column to invent (s55 A10 B2; UnprintedRowPointsTest); the same finding
                "score-input-missing indicator-points-none-short-rows-partial-own-unprinted /indicators info",
                // partial-rows since session 52: the cut only ("{2}"), -rows-partial beside it says the 20 is no 综合评分 and
                // no grade is given (until then partial said "不是综合评分，不评定等级" again; Engine.partialRowsOnce)
                "score-weights partial-rows /partial info"),   // the framework as far as the copy goes
                // not score-weights total beside it (20 (the execution's) of 100: no grade): the short variant says it, one defect one finding (trial s31)
                findings("t13-xiangyang-zhongxin-2021"));
    }

    /**
     * 鄂州市行政审批局 2021 (湖北, 市民中心; SOURCE.md): 预算执行率 100% → 83.5% filed as an output, the table's 100 / 98
     * printed in the execution row, "150万" as the cost target (an amount: no cost-rate; the budget 150 万元 restated). The copy breaks off at the
     * first 社会效益 row: 效益 10 of 30 and the total 80 are the copy's gap as much as the form's.
     */
    @Test
    void ezhou2021() {
        assertEquals(List.of(
                "execution-rate-unexplained  /funds/total/executed warning",   // 125.25 / 150 = 83.5%, no reason (SC-4)
                "indicator-input-as-output budget-restated /indicators/5/target warning",   // 市民中心运行维护费 150万: the budget 150 (ST-7)
                "indicator-input-as-output spending /indicators/0 warning",   // 预算执行率 as 产出/数量指标 (ST-7)
                "indicator-target-missed bare-deducted-full-above-part /indicators/0/target warning",   // 100% → 83.5%, 偏差原因 blank; "= 100%" offered alone, not "≥、≤ 或 =" (bare-deducted-full, session 49); 83.5 / 100 × 20 = 16.7, printed 18: "只扣减了一部分", score-claim-mismatch left out (audit s49 A4 row 3)
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator percent-full /indicators/3/target info ≥",   // 大厅业务日常考核结果 100% — no rate: "该指标以百分比计", not "该比率" (percent-full, session 49)
                "indicator-target-no-comparator rate-full /indicators/1/target info ≥",   // 预算资金拨款率 100%
                "indicator-target-no-comparator rate-full /indicators/2/target info ≥",   // 政务服务工作办结率 100%
                // not indicator-target-no-comparator at /indicators/5/target (until session 33): budget-restated asks for the comparator
                "indicator-target-no-comparator rate-full /indicators/6/target info ≥",   // 大厅运行正常率 100%
                "indicator-template-row required /indicators/4 warning",   // 时效指标 printed with nothing beside it: required, said missing ("删去" until session 47)
                // 实际完成情况: 本年度财政拨款为150万元：执行数为125.25万元，完成预算的83.50%。 (the spending, no result)
                "overall-goal-not-a-goal achieved-amounts /overallGoals/achieved/0 warning",
                // 83.5% × 10 = 8.35 (SC-4); the row prints 98 (of 100, the table's total), above the execution's 10: said so
                "score-claim-mismatch above-weight-total /funds/total/score warning",   // said to look like the table's total (session 47)
                // 10 + 70 = 80 held (the execution counts its 10, not the row's printed 100, the table's total: Method.Ratio):
                // the copy ends in the first 社会效益 row, said by the framework beside the table (mof-project-2020 marked
                // partial); until session 51 score-weights total (error, "不是 100 分"), a split for 效益 10 of 30 and "综合评分按"
                // in the miss above, all the copy's cut read as the form's (audit s51 A6 row 5)
                "score-weights partial /partial info",
                "score-weights split /indicators warning"),   // 产出 60 of the frame's 50 (ST-4): over, so still said on a cut copy
                findings("t14-ezhou-shenpi-2021"));
    }

    /**
     * 黄石 申遗经费 2019 (湖北, 黄石市文物局 / 湖北水泥遗址博物馆; SOURCE.md): a 项目支出绩效监控表, the mid-year
     * monitoring stage (运行监控). The form has no 二级 column: 质量 / 时效 / 成本 / 社会效益 stand where the indicator
     * names go and name the categories (transcribed as 二级); 质量 and 时效 are printed empty, no 数量 row at all, the
     * 社会效益 row prints what was done but no 指标值. The monitoring columns are transcribed (1-6月执行数 87.57 as
     * executedToDate, 完成目标可能性 确定能 as likelihood; 全年预计执行数 is printed blank) and give no finding: both rows
     * 确定能, no forecast short of a target (monitoring-deviation-unexplained). Not reported and right so at this stage: no
     * score, no actuals asked for, no template-row (a year-end rule).
     */
    @Test
    void huangshi2019() {
        assertEquals(List.of(
                // approved since session 56 (audit A11 C4): at 自评 / 运行监控 the year's approved targets, set next year, not added now
                "indicator-category-missing approved /indicators warning",   // 产出 without any 数量 row (ST-2)
                // 质量: printed with nothing beside it; its target asked for (empty-category, which asked for 实际完成值, the
                // year-end column, until session 42: at 运行监控 the field is the value to date, asked for once a target is there)
                "indicator-incomplete empty-category-target-approved /indicators/0 error",   // at 运行监控 the approved targets' words (session 58: A12 C7)
                "indicator-incomplete empty-category-target-approved /indicators/1 error",   // 时效: the same
                "indicator-incomplete no-target-approved /indicators/3 error",   // 社会效益: 执行情况 text, 指标值 blank (ST-1)
                // 成本 "年度预算220万元": the 年初预算数 220 restated, words before it (session 34; BudgetRestatedInWordsTest)
                // and only that: 成本 printed without its 指标 is a cost row for every rule since session 43 (E7), but
                // indicator-time-cost-unspecified cost's "没有金额" would be false beside 220万元 (one defect, said once)
                "indicator-input-as-output budget-restated /indicators/2/target warning"),
                findings("t15-huangshi-shenyi-2019"));
    }

    /**
     * 松江区九亭镇人民政府 2020 (上海, a township; SOURCE.md): 城镇建设管理, amounts in 元 under a "(万元)" heading, four
     * missed targets (80%, 90%, ">70%", "≧80%") each with a reason and each at full points, two qualitative rows short of
     * their targets (较及时, 基本达标) at full points and a third (较健全) among the two unplaced rows below, each of these defects
     * reported once (score-ignores-missed-target, with the score it should have), points that add up to 83 (the printed 总分) instead of 100, and two
     * 长效管理指标 rows (8 points) with no 一级 in the copy, which the 2020 taxonomy cannot place: they are not scored,
     * each is reported, and the weights total counts 75 without them.
     */
    @Test
    void jiuting2020() {
        assertEquals(List.of(
                // not actual-equals-target-pattern copied-value at rows 6 and 7 (小区居民满意度 ">70%" for >80%, 群众满意度 "≧80%"
                // for ≧90%: a value with a comparator; until session 48): both missed at full marks, and score-ignores-missed-
                // target's error says the range and asks for the figure (indicator-range-actual, Engine.missedAtFullOnce)
                // 年度资金总额 145000000.00 under "(万元)": 1.45 万亿元 for a township, amounts in 元 (one finding per block)
                "figure-out-of-range magnitude /funds/total/initial warning",
                // no share finding: 2 of 10 actuals equal their targets; ">70%" for ">80%" is a miss, not a copy
                // not indicator-category-unknown no-level1 at /indicators/8 (长效管理制度健全情况, 3 points) and /9 (档案管理有效性, 5)
                // since session 49: score-weights total-unplaced names both rows, their points, and asks for their level1
                // (Engine.unplacedOnce; audit s49, duplicates group B)
                "indicator-input-as-output spending /indicators/1 warning",   // 资金到位率 as 产出/数量 (ST-7)
                // the four missed targets give their reasons (管理不够到位, 宣传指导不到位): indicator-target-missed's hint
                // "explained" (check the score) is left out, as score-ignores-missed-target says the score was not reduced
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/0/target info ≥",   // 项目计划完成率 100% (VAL-1)
                "indicator-target-no-comparator rate-full /indicators/1/target info ≥",   // 资金到位率 100%
                "indicator-target-no-comparator rate-full /indicators/2/target info ≥",   // 项目一次验收合格率 100%
                "indicator-target-no-comparator rate-full /indicators/4/target info ≥",   // 项目管理覆盖面 100%
                "indicator-target-unmeasurable actual-repeats /indicators/9/target warning",   // 档案管理有效性: 有效 (VAL-2)
                "indicator-time-cost-unspecified time /indicators/3/target warning",   // 项目完成及时性: 及时, no date (VAL-6)
                "overall-goal-not-a-goal achieved-vague /overallGoals/achieved/0 info",   // 实际完成情况: 全年完成情况较好
                "satisfaction-without-survey project /indicators/6 info",   // two 满意度 rows, no survey named (not "equal": both missed)
                // no 完成档次 column: 较及时 and 基本达标, lower grades of the target's word, read as 部分达成 (SC-2) ...
                "score-assumption achievement /indicators/3/actual info",
                "score-assumption achievement /indicators/5/actual info",
                // no score-claim-mismatch band (rows 3, 5) or indicator (rows 2, 4, 6, 7): each claims exactly its points, so
                // the gap is the miss itself, which score-ignores-missed-target reports with the computed figure (one defect,
                // one finding)
                // 总分 83 (= the printed 得分) against 68.75 computed: the rows scored full on missed targets and the 8 points of the two
                // 长效管理 rows; every row prints its points, so not total-data's "may come from missing figures" (until session 33)
                "score-claim-mismatch total-unbased /stated/total info",
                // missed targets at full points (SC-1, SC-3), each with what it earns: 11 for 8.8, 9 for 8.1, 3 for 2.63, 7 for 6.22
                "score-ignores-missed-target indicator /indicators/2/score error",   // 80% of 100%, 11 of 11
                "score-ignores-missed-target indicator /indicators/4/score error",   // 90% of 100%, 9 of 9
                "score-ignores-missed-target indicator-range-actual /indicators/6/score error",   // >70% of >80%, 3 of 3
                "score-ignores-missed-target indicator-range-actual /indicators/7/score error",   // ≧80% of ≧90%, 7 of 7
                // a lower grade of the target's word at full points (SC-2: partly achieved, 50–80% of the points)
                "score-ignores-missed-target lower-grade /indicators/8/score warning",   // 健全 → 较健全, 3 of 3 (a 长效管理指标 row)
                // -band: the scorer graded the row so, and the finding gives the band's figures, which its
                // score-claim-mismatch band gave before: 7 of 7 counts 5.6, 3 of 3 counts 2.4
                "score-ignores-missed-target lower-grade-band /indicators/3/score warning",   // 及时 → 较及时, 7 of 7
                "score-ignores-missed-target lower-grade-band /indicators/5/score warning",   // 达标 → 基本达标, 3 of 3
                // 10 + 43 + 12 + 10 = 75 of the categorised rows, not 100 (ST-6); since session 48 (-unplaced, the same
                // fingerprint) it names the two 长效管理 rows' 3 + 5 = 8 points that no 一级 places, and the 83 the table's
                // points make with them (the stated total); until then the 8 were dropped silently (s47 audit item 12).
                // -split since session 53 (a detail): it lists 产出 43 of the frame's 50 and 效益 12 of 30 (ST-4), until
                // then two split warnings beside it (Engine.splitInTotalOnce; audit s52 A7 row C3)
                "score-weights total-unplaced-split /indicators error"),
                findings("t16-jiuting-chengzhen-2020"));
    }

    /**
     * 济南市历城区文化馆 2019 (山东; SOURCE.md): 历城区's 项目支出绩效自评表, execution on the 年初 budget (no 全年预算数
     * column), four 产出 rows at 12.5 and an 经济效益 row, every actual equal to its target and at full points, the budget
     * restated as the 成本 target ("45万" of 45 万元: budget-restated, since 150万 reads as an amount). The copy breaks off in the first
     * 社会效益 row: 效益 10 of 30 and the weights' 70 are the copy's gap.
     */
    @Test
    void licheng2019() {
        assertEquals(List.of(
                "indicator-input-as-output budget-restated /indicators/3/target warning",   // 成本 "45万": the 45 万元 budget again (ST-7)
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator percent-full /indicators/0/target info ≥",   // 全年免费开放 100% (VAL-1) — no rate: "该指标以百分比计", not "该比率" (percent-full, session 49)
                // not indicator-target-no-comparator percent-full at /indicators/1/target (until session 51): effectiveness-rate below
                // not indicator-target-no-comparator at /indicators/2/target (until session 47): time-rate-bare says the reading there (Engine.timeRateOnce); 免费开放率 100%
                // not indicator-target-no-comparator at /indicators/3/target (until session 33): budget-restated asks for the comparator
                // not indicator-target-no-comparator rate-full at /indicators/4/target (until session 49): aim-rate below
                // 承担重要公益服务项目、助推民生事业发展 100%: a percentage of an aim (助推), of no measured thing (ST-9; session 49)
                "indicator-target-unmeasurable aim-rate /indicators/4/target warning",   // 10 of 10, taken as printed since session 52 (UnmeasurableTarget): no score moves
                // 免费开放管理制度健全、执行有效性 100%: a percentage of an effectiveness, a judgement and no rate (执行 says what
                // is effective, no rate of execution); missed until session 51 (D4's left-alone; audit s49 A4's M2)
                "indicator-target-unmeasurable effectiveness-rate /indicators/1/target warning",   // 12.5 of 12.5, taken as printed since session 52: no score moves
                "indicator-time-cost-unspecified time-rate-bare /indicators/2/target info",   // 免费开放率 as 时效: a rate, no date (VAL-6)
                // not score-weights split (效益 10 of 30: the copy ends after its first row; short on a cut copy, since session 51)
                "score-weights partial-carried /partial info"),   // 10 + 50 + 10 = 70: the copy's gap; said by the framework beside the table (mof-project-2020 marked partial), score-weights total (error) until session 51 (audit s51 A6 row 5)
                findings("t17-licheng-wenhuaguan-2019"));
    }

    /**
     * 区商务局 2020 (市级服务贸易发展资金, 实施单位 投资促进中心; SOURCE.md): the 20 + 80 layout of t13 (预算执行情况 20 分,
     * 年度绩效目标 80 分, no 分值 column), scored on {@code shangwu-project-2020.json}. Every target met and every row at
     * its printed 得分; the 一级 labels print 产出指标(60分) and 效益指标(40分) under 年度绩效目标(80分), and the printed
     * scores (20 + 6 × 10 + 2 × 20 = 120) do not add up to the printed 总分 100. With no 分值 the rows cannot be scored,
     * but their printed 得分 are held to what they fall under: 100 of the block's 80, and 120 against the 总分 100.
     */
    @Test
    void shangwu2020() {
        assertEquals(List.of(
                "indicator-input-as-output name /indicators/5 info",   // 资金拨付及时性 98%以上 as 时效: fund flow (ST-7)
                "indicator-input-as-output spending /indicators/4 warning",   // 预算资金执行率 90% as 产出/时效 (ST-7)
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 服务外包在岸(万美元) 20000, bare (VAL-1)
                "indicator-target-no-comparator  /indicators/1/target info ≥",   // 服务外包离岸(万美元) 4500
                "indicator-target-no-comparator  /indicators/4/target info ≥",   // 预算资金执行率 90%
                "indicator-target-no-comparator no-unit-noun /indicators/2/target info ≥",   // 支持服务贸易、服务外包企业数量 3
                "indicator-target-unmeasurable names-measure /indicators/6/target warning",   // 企业把握正确政治导向和文化方向情况的评价: names the evaluation, no value (VAL-2)
                "indicator-target-unmeasurable question /indicators/7/target warning",   // 是否利于企业走出去: a question, no value (VAL-1, VAL-2)
                // 获得目的国(地区)受众欢迎: an audience's reception, with no rate, count or grade to measure it by (VAL-2)
                "indicator-target-unmeasurable reception /indicators/3/target warning",
                // no 分值 column: the rows are scored on the points printed on their 一级 (indicators.json categories without a
                // 二级, session 43), 产出指标(60分) ÷ 6 = 10 and 效益指标(40分) ÷ 2 = 20 each, the shares said as assumptions; 60 + 40
                // = 100 in the 80-point block is said as the weights' (split, total 120). Until session 43 no row was scored
                // (score-input-missing indicator-points-none-short) and score-claim-mismatch indicators-above-weight said the
                // 100 from the printed 得分
                "score-assumption category-even-level1 /categories/0/points info",
                "score-assumption category-even-level1 /categories/1/points info",
                // not score-claim-mismatch total-stated at /stated/total (总分 100 < 20 + 100 = 120 printed; until session 48): the same category points added up, said by total-categories-stated below (Engine.shortfallOnce)
                // 受目的国受众欢迎显著 and two more word rows with no 完成档次 that says achieved or not: each keeps its printed
                // score, unchecked, said (a warning; until session 46 an error and 0 points)
                "score-input-missing achievement-self-score /indicators/3 warning",
                "score-input-missing achievement-self-score /indicators/6 warning",
                "score-input-missing achievement-self-score /indicators/7 warning",
                // 20 + 100 = 120, not 100: 年度绩效目标 weighs 100 as the 一级 print it, 80 in the framework; said once, asking
                // to check the 一级's printed points (until session 47 also score-weights split at the same place, and total
                // asked to check the indicators' 分值, a column the table does not have)
                "score-weights total-categories-stated /indicators error"),   // … and the printed 得分 so add up to 120, above the 总分 100
                // not score-weights total beside it (20 (the execution's) of 100: no grade): the short variant says it, one defect one finding (trial s31)
                findings("t18-shangwu-fuwumaoyi-2020"));
    }

    /**
     * 北京市海淀区学院路街道办事处 2016 (自管道路清扫保洁外包工作经费; SOURCE.md): 北京's 项目支出绩效自评表, whose only
     * budget column is 年初预算数(A) (执行率(B/A), as t17 历城): 154.74 of 310.2 万元 spent, 50% and 5 of 10 as printed, no
     * reason. The copy breaks off after the first indicator (是否完成绩效目标申报表中申报的数量, 12.5 points, its A and B
     * printed 12.5 too): the missing categories and the weights' 22.5 are the copy's gap. The printed 得分 5 is the stated
     * 50% × 10 (no full-year budget: the framework takes the stated rate), so no score finding for the 4.99 of the amounts.
     */
    @Test
    void xueyuanlu2016() {
        assertEquals(List.of(
                // not execution-rate-unexplained at /funds/total/executed (154.74 / 310.2 = 49.88%; a warning until session 53):
                // 北京's 2016 funds row has no reason cell, a reason can only be in the indicators' 未完成原因分析, past the cut after
                // the first row; its framework says so as data, partialCut.executionReason (audit s53 A8, uncertain row t19)
                "indicator-target-no-comparator no-unit /indicators/0/target info ≥",   // 年度指标值(A) 12.5, bare (VAL-1)
                // not indicator-category-missing ×3 (质量, 时效, 效益: past the copy's end, since session 51 read from the partial
                // framework) nor score-weights split (产出 12.5 of 50: short on a cut copy)
                "score-weights partial-carried /partial info"),   // 10 + 12.5 = 22.5: the copy's gap; said by the framework beside the table (mof-project-2020 marked partial), score-weights total (error) until session 51 (audit s51 A6 row 5)
                findings("t19-haidian-xueyuanlu-2016"));
    }

    /**
     * 部门整体支出绩效评价 2018 (SOURCE.md; the copy names neither the department nor its region): the 基础数据表 and the
     * 评分表 of a department, 投入 / 过程 / … with the department's own 分值, 评价标准, 指标说明 and 得分, scored on
     * {@code t20-department-2018.json} (its four criteria as printed) from the figures of the 基础数据表. Every printed score
     * is borne out: 136 / 143 = 95.10% → 8, the 三公经费 up 52.30% → 0, 预算完成率 99.27% → 8; 预算控制率 767.86 / 1922.76 =
     * 39.93% → 0, where the copy ends before the department's own score.
     */
    @Test
    void bumenZhengti2018() {
        assertEquals(List.of(
                "score-weights partial /partial info"),   // the copy ends in 预算控制率: 32 of the table's points
                findings("t20-bumen-zhengti-2018"));
    }

    /**
     * 宁乡市坝塘镇人民政府 2021 (湖南, a township; SOURCE.md): a 项目绩效目标表 (目标申报) with two sources of money, 财政拨款
     * 6923.3552 and 其他 3683.3970 万元 (自有资金 0), adding up to the 总额 10606.7522 (no sum-mismatch), and eight indicator
     * rows whose 指标内容 is a bare number ("88", "68", "20") and 指标值 "100": rows that name nothing they measure.
     */
    @Test
    void batang2021() {
        assertEquals(List.of(
                // 指标内容 only a number: the row names nothing it measures, and so its target "100" cannot be read for
                // direction or unit (number-name-target, session 34; the no-comparator notes reading "≥ 100" from the
                // category and the 成本 row's cost-rate note are left out: NumberNameOnceTest). Every row so: the table names
                // no indicator at all, one warning at the table (number-name-all, session 58: audit s57 A12 D4; until then
                // eight number-name-target warnings of one text, /indicators/0/name to /7/name)
                "placeholder-left number-name-all /indicators warning"),   // 8 rows: "88" ×5, "68", "20" ×2
                findings("t21-ningxiang-batang-2021"));
    }

    /**
     * 萧县 张庄寨镇人民政府 2023 (安徽, a township; SOURCE.md): 河西村特色种养补贴到户项目, a 绩效目标自评表 with ★ core
     * indicators, the 本年财政拨款 row repeating the 分值 10 and 得分 10 of the total row (scored once: 9.48 / 9.48 → 10), every
     * row at full points and met, no 时效 or 成本 row, 生态效益 and 可持续影响 printed empty, and the 年度总体目标完成情况综述 a copy
     * of the 年初设定目标. The seven "其中" breakdown rows under the three ★ rows (其中桃树种植面积 1.5亩 …, no 分值 or 得分) are
     * transcribed as printed: each is its ★ row's breakdown, not scored and not a row without points (no score-input-missing;
     * it was seven errors before). The copy breaks off at the 满意度 block: the weights' 90 is the copy's gap.
     */
    @Test
    void xiaoxian2023() {
        assertEquals(List.of(
                // 12 of the 14 rows with a target and an actual print the target as the actual (all but 养殖家畜家禽成活率 and
                // 特色产业带动增加受益农户收入): the pattern of actuals copied from the targets (the breakdown rows too)
                "actual-equals-target-pattern share-no-satisfaction /indicators warning",
                // approved since session 56 (audit A11 C4): at 自评 / 运行监控 the year's approved targets, set next year, not added now
                "indicator-category-missing approved /indicators warning",   // 产出 without 时效指标 (ST-2)
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // ★补助各类瓜果蔬菜种植面积 29.5亩 (VAL-1)
                "indicator-target-no-comparator  /indicators/1/target info ≥",   // 其中桃树种植面积 1.5亩 (a breakdown row: its
                "indicator-target-no-comparator  /indicators/10/target info ≥",   // 种植作物成活率 95%        target is read as any row's)
                "indicator-target-no-comparator  /indicators/11/target info ≥",   // 养殖家畜家禽成活率 95% (→ 100%)
                "indicator-target-no-comparator  /indicators/13/target info ≥",   // 受益人口数量 90人
                "indicator-target-no-comparator  /indicators/2/target info ≥",   // 其中苹果树种植面积 5亩
                "indicator-target-no-comparator  /indicators/3/target info ≥",   // 其中露天蔬菜 20亩
                "indicator-target-no-comparator  /indicators/4/target info ≥",   // 其中大棚蔬菜 3亩
                "indicator-target-no-comparator  /indicators/5/target info ≥",   // ★补助鱼塘面积 3亩
                "indicator-target-no-comparator  /indicators/6/target info ≥",   // 其中鱼塘养殖面积 3亩
                "indicator-target-no-comparator  /indicators/7/target info ≥",   // ★补助家畜家禽养殖数量 192只
                "indicator-target-no-comparator  /indicators/8/target info ≥",   // 其中羊养殖数量 180只
                "indicator-target-no-comparator  /indicators/9/target info ≥",   // 其中猪养殖数量 12头
                "indicator-template-row  /indicators/14 warning",   // 生态效益指标 printed with nothing beside it
                "indicator-template-row  /indicators/15 warning",   // 可持续影响指标: the same
                // 年度总体目标完成情况综述 repeats the 年初设定目标 word for word: 落实39户特色种养业奖补政策,增加脱贫户家庭收入
                // -figures since session 54 (the same fingerprint): the copied goal carries its quantities, so not "附数字" but
                // "看不出是核实过的结果…写明实际完成的数量和验收情况" (audit s54 A9 row C4)
                "overall-goal-not-a-goal achieved-copies-figures /overallGoals/achieved/0 warning",
                "score-weights partial-carried-one /partial info"),   // 10 + 50 + 30 = 90: the copy ends before the 满意度 block; said by the framework beside the table (mof-project-2020 marked partial), score-weights total (error) until session 51 (audit s51 A6 row 5)
                findings("t22-xiaoxian-hexicun-2023"));
    }

    /**
     * 原州区农技中心 2022 (宁夏 固原, 马铃薯冲薯繁育示范推广项目; SOURCE.md): 宁夏's 绩效目标自评表, whose funds block prints
     * no 分值 or 得分 (300 万元 budgeted, 259.45 spent, 86.5%) and whose indicators carry the whole 100 (产出 40, 效益 40,
     * 满意度 20), scored on its own framework as printed ({@code yuanzhou-project-2022.json}: no execution criterion; under
     * mof-project-2020 2020.4 the table as printed weighs 100, execution left out: {@code FundsWithoutPointsTest}). The copy is a damaged PDF text: five rows keep only their name, 分值 and
     * 得分 (their findings are the copy's damage), and it breaks off in the 满意度 block.
     */
    @Test
    void yuanzhou2022() {
        assertEquals(List.of(
                // since session 55: 时效 "2021年11月30日前完成资金支付" in the 2022 table (专项实施期 2022年3月-2022年11月), last year's deadline
                "deadline-before-year name /indicators/4/name warning",
                "execution-rate-unexplained  /funds/total/executed warning",   // 259.45 / 300 = 86.48%, no reason given (SC-4)
                "grade-unsupported total /stated/total warning",   // 项目总得分 99 (优) with 86.48% spent (10号: 优 wants 90%)
                // not indicator-incomplete empty-category-scored at rows 3 (质量), 4 (时效), 6 (经济效益) and 7 (社会效益, its two
                // rows), four errors "没有指标值和实际完成值" until session 55: the five rows' cells are printed in the copy,
                // garbled in its PDF text, which the framework says as data (partialCut.unreadable; its partial note names
                // them), so nothing asks for them and the scorer says "不计分：…无法辨认" of each (audit s55 A10 row A3;
                // EmptyCategorySomeScoredTest, PastCutRowDetailTest)
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 免费发放原原种 550万粒, bare (VAL-1)
                "indicator-target-no-comparator  /indicators/1/target info ≥",   // 企业自行采购 200万粒
                "indicator-target-no-comparator  /indicators/2/target info ≥",   // 一级种薯繁育基地 8000亩 (→ 8535.5亩)
                // 化学农药量较上年减少 2%: the name is the reduction, so more is better: ≥
                "indicator-target-no-comparator  /indicators/9/target info ≥",
                "indicator-time-cost-unspecified cost /indicators/5/target warning",   // 成本 种薯采购价格不高于市场价: 是 (VAL-6)
                "score-assumption achievement /indicators/10/actual info",   // 可持续影响 是 → 基本达到: read as 部分达成
                "score-assumption achievement /indicators/5/actual info",   // 是 → 是: read as 达成
                "score-claim-mismatch band-read /indicators/10/score info",   // 7 of 8 above 部分达成's 50–80 %: counts 6.4
                // 99 stated; 38.4 scored and 60 points lacking data make at most 98.4: more than the data could give; since
                // session 52 total-unbased-partial (the same finding): the framework is partial (cut in 满意度), so the note
                // names the cut, not "请先核对各指标的分值" (audit s52 B1)
                "score-claim-mismatch total-unbased-partial /stated/total info",
                // 一级种薯繁育基地 printed without 分值 or 得分 while the five other 产出 rows' 8s fill the printed 40: the form
                // leaves it unscored, a note "未印分值，不计分" (-filled, the same fingerprint); until session 48 an error
                // asking to "按表补填" a figure the form does not print (s47 audit item 11)
                "score-input-missing indicator-points-filled /indicators/2 info",
                "score-weights partial /partial info"),   // the framework as far as the copy goes
                // not score-weights total (40 + 40, "not 100 … add up to 100", an error until session 35): the copy ends in
                // the 满意度 (20) block, and partial says the total covers the part held, no grade (Scorer; ScoreWeightsPartialTest)
                findings("t23-yuanzhou-mashu-2022"));
    }

    /**
     * 西部（重庆）科学城融媒体中心 2021 (SOURCE.md; the table of the IT form-cq-rongmeiti-2021, here with every finding):
     * 重庆's 部门整体绩效自评表, no categories, each row with 计量单位, 指标性质, 得分系数 and 是否核心指标, scored on
     * chongqing-department-2021. 自评总分 97.6 (优) on an execution of 76 % (only the rate is printed: 7.6 of 10); 年初绩效目标
     * 无, the goal written only at the adjustment; 政府采购执行率 100 % → 72.74 % at full points; 高 / 好 targets. The copy is
     * the opening of a damaged PDF text: rows 2 and 8 print no target or actual, the targets of rows 15–17 are garbled, and
     * the rows after 业务保障能力提升 are not in it (70 of the 90 indicator points).
     */
    @Test
    void cqRongmeiti2021() {
        assertEquals(List.of(
                "execution-rate-unexplained stated /funds/total/executionRatePercent warning",   // 76%, no reason (SC-4)
                "grade-unsupported total /stated/total warning",   // 97.6 (优) on 76% spent
                "indicator-incomplete no-target-approved /indicators/14 error",   // 党性教育培训次数: target "26次" garbled (≥6次?)
                "indicator-incomplete no-target-approved /indicators/15 error",   // 组织宣传活动次数: "到0次" garbled
                "indicator-incomplete no-target-approved /indicators/16 error",   // 制作宣传品数量: "第O份" garbled
                "indicator-incomplete no-target-scored /indicators/1 error",   // “三公经费”变动率: 2 of 2, no target or actual printed
                "indicator-incomplete no-target-scored /indicators/7 error",   // “三公经费”控制率: as row 2, nothing printed
                // not indicator-score-unexplained empty-actual at rows 1 and 7 (full marks, nothing printed; until session 33):
                // no-target-scored above asks for the row to be filled in and names the full score (Engine.blankActualOnce)
                // not indicator-target-missed bare at row 8's target (政府采购执行率 100% → 72.74%; until session 48): the row is at
                // full marks, and score-ignores-missed-target's error below says the miss, its reading "≥ 100%" and the score
                // (Engine.missedAtFullOnce)
                "indicator-target-no-comparator  /indicators/0/target info ≤",   // 财政供养人员控制率 100% (→ 92%): a 控制率
                "indicator-target-no-comparator  /indicators/13/target info ≥",   // 固定资产利用率 90% (→ 100%)
                "indicator-target-no-comparator  /indicators/17/target info ≥",   // 播发稿件数量 2200篇 (→ 2859篇)
                // not indicator-target-no-comparator at /indicators/18/target (until session 49): aim-rate below says the row
                // measures nothing, and its direction means nothing until it does
                "indicator-target-no-comparator  /indicators/3/target info ≥",   // 预算完成率 70% (→ 76%)
                "indicator-target-no-comparator  /indicators/4/target info ≤",   // 预算调整率 3% (→ 0)
                "indicator-target-no-comparator  /indicators/5/target info ≤",   // 结转结余率 2% (→ 0)
                "indicator-target-no-comparator  /indicators/6/target info ≤",   // 公用经费控制率 100% (→ 97%)
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator percent-full /indicators/2/target info ≥",   // 基础信息完善 100% — no rate: "该指标以百分比计", not "该比率" (percent-full, session 49)
                "indicator-target-unmeasurable actual-repeats-read-as /indicators/10/target warning",   // 资金使用合规性 好 (VAL-2)
                "indicator-target-unmeasurable actual-repeats-read-as /indicators/11/target warning",   // 预决算信息公开性 高
                "indicator-target-unmeasurable actual-repeats-read-as /indicators/12/target warning",   // 资产管理安全 好
                "indicator-target-unmeasurable actual-repeats-read-as /indicators/9/target warning",   // 管理制度健全性 高
                // 业务保障能力提升 90% (→ 95%): a percentage of a capability raised, of no measured thing (ST-9; session 49)
                "indicator-target-unmeasurable aim-rate /indicators/18/target warning",   // 10 of 10, taken as printed since session 52 (UnmeasurableTarget): no score moves
                "overall-goal-not-a-goal placeholder /overallGoals/expected/0 warning",   // 年初绩效目标 无
                // no score-claim-mismatch indicator on row 8: 2 of 2 is the miss's whole gap, said below (one defect, one finding)
                "score-claim-mismatch total-unbased /stated/total info",   // 97.6 against 53.05 on the copy's 80 points
                "score-ignores-missed-target indicator-bare-full /indicators/8/score error",   // missed at full marks: 72.74 / 100 × 2 = 1.45 (SC-1), 100% read as ≥; "= 100%" offered alone (indicator-bare-full, session 49)
                // 10 + 70 = 80: the copy's gap; -split since session 53 (a detail): 70 of the 90 indicator points, until then
                // a split warning beside it (Engine.splitInTotalOnce)
                // -one since session 55: one category (绩效指标 70 where the framework says 90), "为" not "依次为" (s55 A10 C5; OneCategorySplitWordingTest)
                "score-weights total-split-one /indicators error"),
                findings("t24-cq-rongmeiti-2021"));
    }

    /**
     * 池州市贵池区棠溪镇人民政府 2022 (安徽, 委托业务项目; SOURCE.md; the table of the IT form-tangxi-2022, here with every
     * finding and its 年度总体目标 as printed): the national 10号 form, its 年度资金总额 row left at 0 / 0 / 0 with 得分 0 (of 10 points)
     * while 本年财政拨款 carries 90 / 89.974 / 89.974; bare actuals; 效果明显 targets met as 达成预期指标; both goal texts
     * only a breakdown of the money (…90万元。其中:30万元用于…). The copy ends in the 满意度 row.
     */
    @Test
    void tangxi2022() {
        assertEquals(List.of(
                // 达成预期指标 on all six qualitative rows, against four different targets (VAL-7 cites the phrase): one sentence, no
                // result; the table named once (session 48), the score's reading (达成) said in it and in the notes below
                "actual-equals-target-pattern boilerplate /indicators warning",
                "column-format-mixed percent-word /indicators/1/target info",   // ≥100百分比: % spelt as a word (one note for the column)
                // unit-assumed an info since session 48 where the target's unit is the only reading (a count, a percent above 1);
                // money stays a warning (元 or 万元)
                "indicator-actual-incommensurable unit-assumed /indicators/0/actual info",   // ≥50个 → "50"
                "indicator-actual-incommensurable unit-assumed /indicators/1/actual info",   // ≥100百分比 → "100"
                "indicator-actual-incommensurable unit-assumed /indicators/4/actual warning",   // ≤90万元 → "90"
                // 生态效益 对控制基建项目成本影响程度: a cost, not an ecological benefit
                "indicator-category-unknown misfiled /indicators/7 warning",
                // 委托业务报告合格率 ≥100百分比: ≥ 100% on a rate (VAL-4), which its spelling's note stood in for until session 32
                "indicator-target-at-ceiling  /indicators/1/target info",
                "indicator-target-unmeasurable read-as /indicators/6/target warning",   // 效果明显 (VAL-2), three rows
                "indicator-target-unmeasurable read-as /indicators/7/target warning",
                "indicator-target-unmeasurable read-as /indicators/8/target warning",
                "indicator-template-row  /indicators/9 warning",   // 经济效益指标 printed with nothing beside it
                "indicator-time-cost-unspecified cost /indicators/5/target warning",   // 单项业务成本: 符合相关规定 (VAL-6)
                "indicator-time-cost-unspecified time /indicators/3/target warning",   // 在项目计划完成时间内完成: no date
                // 本项目共完成预算资金89.97万元。其中:30万元用于…;29.99万元用于…: only what was spent
                "overall-goal-not-a-goal achieved-amounts /overallGoals/achieved/0 warning",
                "overall-goal-not-a-goal amounts /overallGoals/expected/0 warning",   // 申请预算资金90万元。其中:30万元用于…
                "score-assumption achievement /indicators/2/actual info",   // 达成预期指标 on six qualitative rows: 达成
                "score-assumption achievement /indicators/3/actual info",
                "score-assumption achievement /indicators/5/actual info",
                "score-weights partial-carried-one /partial info",   // 10 + 50 + 30: the copy ends in the 满意度 row; said by the framework beside the table (mof-project-2020 marked partial), score-weights total (error) until session 51 (audit s51 A6 row 5)
                // 年度资金总额 0 | 0 | 0 with 得分 0 while 本年财政拨款 carries 90 | 89.974 | 89.974: the row left unfilled, one
                // defect said once at the row with the score its parts give (10); before session 33 three funds-zero
                // errors, one per cell, and a score-claim-mismatch at its score
                "sum-mismatch funds-zero-row-scored /funds/total error"),
                findings("t25-tangxi-weituo-2022"));
    }

    /**
     * 岳阳县农业农村局 2022 (湖南 岳阳县, 高标准农田建设; SOURCE.md): a 乡村振兴衔接资金 绩效目标申报表 (基础设施建设类), the
     * 目标申报 stage, 854 万元 and one 年度目标, twelve rows of which four print a bare value. The 成本 row's 1600元/亩 (a
     * subsidy standard per mu) is read as a ceiling, ≤, as the 衔接资金 templates write it (it was read as ≥ before).
     */
    @Test
    void yueyangxian2022() {
        assertEquals(List.of(
                // not indicator-target-at-ceiling at /indicators/3/target (until session 47): time-rate-ceiling says the reading there (Engine.timeRateOnce); 项目(工程)完成及时率 ≥100%: cannot be exceeded (VAL-4)
                "indicator-target-no-comparator  /indicators/5/target info ≥",   // 年增粮食 3500公斤
                // cost-ceiling since session 50: a cost read as a ceiling is said as one, "成本上限（不超过该标准）", not "反向指标（越低越好）" (the plain note's fingerprint)
                "indicator-target-no-comparator cost-ceiling /indicators/4/target info ≤",   // 成本 财政资金补助 1600元/亩: a cost standard, its ceiling
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/2/target info ≥",   // 项目(工程)验收合格率 100% (VAL-1)
                "indicator-time-cost-unspecified time-rate-ceiling /indicators/3/target info"),   // 完成及时率 ≥100% as 时效: no date (VAL-6)
                // no finding on the funds: 854 万元 total and 财政拨款 854 (its "854万854万" printed twice is one amount)
                findings("t26-yueyangxian-nongtian-2022"));
    }

    /**
     * 黄冈市水土保持与农田水利科研所 2020 (湖北, 水土保持监测; SOURCE.md, a stored copy without its address): 湖北's 20 + 80
     * form (t13, t18), its 80 printed as 年度绩效目标1 (40分) and 2 (40分), no 分值 column, scored on
     * {@code huanggang-project-2020.json}. The timeliness rows printed as 进度指标, a review rate (整编资料审核 98%) filed as
     * satisfaction and scored 19.6 for a met target, three rows printed empty, 总分 99.6.
     */
    @Test
    void huanggang2020() {
        assertEquals(List.of(
                // approved since session 56 (audit A11 C4): at 自评 / 运行监控 the year's approved targets, set next year, not added now
                "indicator-category-missing approved /indicators warning",   // 产出 without 数量指标, in either block (ST-2)
                // 进度指标: not the taxonomy's, its word says 时效指标 (reported once: no 时效 missing beside it)
                "indicator-category-unknown  /indicators/1 warning",
                "indicator-category-unknown misfiled /indicators/3 warning",   // 整编资料审核 as 服务对象满意度指标
                "indicator-target-no-comparator  /indicators/3/target info ≥",   // 整编资料审核 98%
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator percent-full /indicators/0/target info ≥",   // 监测数据必须合格 100% (VAL-1) — no rate: "该指标以百分比计", not "该比率" (percent-full, session 49)
                "indicator-target-no-comparator percent-full /indicators/1/target info ≥",   // 取得2018-2022监测资料 100% — no rate: "该指标以百分比计", not "该比率" (percent-full, session 49)
                "indicator-target-no-comparator percent-full /indicators/4/target info ≥",   // 监测数据资料整编 100% — no rate: "该指标以百分比计", not "该比率" (percent-full, session 49)
                "indicator-target-no-comparator percent-full /indicators/5/target info ≥",   // 完成年度资料上报 100% — no rate: "该指标以百分比计", not "该比率" (percent-full, session 49)
                "indicator-template-row  /indicators/7 warning",   // block 2's 服务对象满意度指标: optional, to be deleted
                // block 1's 效益指标 and block 2's 社会效益指标, nothing beside them: no 效益 row at all, so the category is
                // said to be missing and its target asked for (until session 47, "请删去该行"); one category, said once at
                // the first row naming the other (required-rows, since session 51; /6 was a second finding)
                "indicator-template-row required-rows /indicators/2 warning",
                // not satisfaction-without-survey equal at /indicators/3 (until session 33): 整编资料审核 98% → 98% is a review rate met, no survey's result; misfiled above says where it belongs
                // not score-claim-mismatch total-data at /stated/total (until session 33): 总分 99.6 against 20 computed is within the
                // 80 points the rows without 分值 leave out, which the finding below asks for (Engine.unpointedTotalOnce)
                // -stated since session 34: quotes the stated total, which cannot be checked either (the same fingerprint).
                // Since session 48 -rows-match: the rows' printed 10 + 10 + 19.6 + 20 + 20 = 79.6 and the execution's 20 make
                // the stated 99.6, said so, and the 20 named as the execution's, not a 综合评分 (s47 audit item 3)
                // -own since session 52: the table is on its own framework, not 财预〔2020〕10号's project form, and the finding no
                // longer cites it ("财预〔2020〕10号 自评表每项指标都有分值" told the unit it filed the wrong form; audit s52 B2); the same finding
                // -unprinted since session 55: the 20 + 80 form prints no 分值 by design (project-20-80 "rowPoints": "unprinted"), so a note saying the form's limit, not an error asking for a column to invent (s55 A10 B2; UnprintedRowPointsTest); the same finding
                "score-input-missing indicator-points-none-short-rows-match-own-unprinted /indicators info"),   // no 分值 column (ST-1): one finding
                // not score-weights total beside it (20 (the execution's) of 100: no grade): the short variant says it, one defect one finding (trial s31)
                // not seen: 整编资料审核 met and scored 19.6 of the 20 its block's 40 leaves it (SOURCE.md)
                findings("t27-huanggang-shuibao-2020"));
    }

    /**
     * 南岳镇政府 2018 (湖南 衡阳 南岳区, 水濂村 人大代表扶贫基地; SOURCE.md): a 扶贫 绩效目标申报表 (目标申报), 10 万元,
     * sixteen rows all written with ">=" or "<=", of which ten keep the template's "(≥**…)" hint in their names beside
     * the value in the 指标值 column: a note each, nothing else to say of a declaration written out in full.
     */
    @Test
    void nanyue2018() {
        assertEquals(List.of(
                // the template's ** hints left in 10 names: one note for the table, at its first, with the count (until
                // session 47 one a row)
                "placeholder-left template-mark-name /indicators/1/name info"),   // 贫困地区旅游景点开发数量( ≥**个 ) (>=4个) and nine more names
                // not: *贫困地区旅游基础设施建设质量达标率100% (a lone * marks a core indicator), the <=…元/亩 cost standards
                findings("t28-nanyue-shuilian-2018"));
    }

    /**
     * 东莞市交通运输局 2019 (广东 东莞, 镇际联网路升级改造工程一期; SOURCE.md): a 东莞市财政项目支出绩效目标批复表 (目标申报),
     * 919 万元 for the year out of 284500 万元 over 2019–2021, printed with two sets of indicator columns (中期 and 年度,
     * the same rows) under 东莞's own labels: 预期产出指标 / 效果指标 for 一级, 数量指标(或建筑规模指标) and
     * 时效指标(工期指标、形象进度指标) for 二级 (their categories: no indicator-category-unknown since the bracket of other
     * names is read as such), 预算(或投资规模)控制指标 and 社会、经济、生态效益 指标 (no category of the taxonomy). The copy
     * breaks off at the name of the 可持续影响指标 row (实现建设总目标控制程度), which is left out.
     */
    @Test
    void dongguan2019() {
        assertEquals(List.of(
                // 预算(或投资规模)控制指标: 东莞's own 二级 under 产出, neither 成本 nor any other of ST-2's categories
                "indicator-category-unknown  /indicators/3 warning",
                // 社会、经济、生态效益 指标: three of ST-2's 效益 categories in one label, the row (补助款结算争议率) in none of them
                "indicator-category-unknown merged /indicators/4 warning",
                "indicator-input-as-output spending /indicators/3 warning",   // 年度预算执行率 ≥90% as an output (ST-7)
                // 补助款结算争议率 0%: a bare 0 is none, ≤ (read as ≥ before: any actual met it)
                "indicator-target-no-comparator  /indicators/4/target info ≤",
                "indicator-target-no-comparator no-unit-noun /indicators/0/target info ≥",   // 镇街补助款完成结算项目数 3, bare (VAL-1)
                "indicator-time-cost-unspecified time /indicators/2/target warning"),   // 结算款支付及时性: 及时, no date (VAL-6)
                // not: 补助款结算误差率 ±3%以内 (a tolerance, written with its bound), the 919 万元 (no figure to hold it to)
                findings("t29-dongguan-zhenjilu-2019"));
    }

    /**
     * 湘潭市环境卫生管理处 2023 (湖南 湘潭, 雾炮车降尘抑尘服务; SOURCE.md): a 项目支出绩效目标申报表 (目标申报), 250 万元 of the
     * city's money, whole down to its blank 财政部门审核意见, each row's 绩效标准 "计划标准". 经济效益指标, 生态效益指标 and
     * 可持续影响指标 are printed with nothing beside them: categories the framework marks optional, left blank in a
     * declaration, so not errors (they were three, indicator-incomplete empty-category-target, before); since session 26
     * each is an info of indicator-template-row (no-name-no-target): a row with neither name nor target, which a reader
     * cannot tell from a category forgotten (岳阳楼区 2023's 经济效益指标 row, the same 湖南 layout).
     */
    @Test
    void xiangtan2023() {
        assertEquals(List.of(
                // 社会效益 市民对空气质量改善的满意程度 ≥85%: a satisfaction measure filed as a benefit, beside the table's own 满意度
                // row (ST-2: 满意度 a 一级 of its own; its weight counted as 效益's); missed until session 51 (D4's left-alone)
                "indicator-category-unknown misfiled /indicators/6 warning",
                // 服务周期 2023.07-2024.01 on the 2023 table: a period ending after the budget year (the 项目实施期 the same, the
                // 本年度绩效目标 the 实施期's word for word), read as a period since session 50 (target.Period; until then a period
                // across years was read as nothing, and nothing said). An info: a service term paid whole from 2023's 250万 may be
                // approved so; the reviewer decides (ST-9)
                "indicator-deadline-after-year period /indicators/3/target info",
                "indicator-input-as-output budget-restated /indicators/4/target warning",   // 控制在预算成本内 250万: the budget again (ST-7)
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 雾炮车降尘抑尘服务配备车辆数 10辆, bare (VAL-1)
                // not indicator-target-no-comparator at /indicators/4/target (until session 33): budget-restated asks for the comparator
                "indicator-template-row no-name-no-target /indicators/5 info",   // 经济效益指标, nothing beside it
                "indicator-template-row no-name-no-target /indicators/7 info",   // 生态效益指标, nothing beside it
                "indicator-template-row no-name-no-target /indicators/8 info"),   // 可持续影响指标, nothing beside it
                // not: 优良 (air quality's own grades), ≥80M (风炮射程 in metres)
                findings("t30-xiangtan-wupaoche-2023"));
    }

    /**
     * 稷山县医疗保障局 2020 (山西 运城 稷山县, 建档立卡个人缴费县级配套资金; SOURCE.md, a stored copy of the xlsx on a document
     * site): the national 项目支出绩效自评表 (10 + 产出 50 + 效益 30 + 满意度 10), the template's "指标1:" left in each name, one
     * row per category, 65.07 of 65.66 万元 spent (99%) scored 9, two met targets scored 27 of 30 and 9 of 10 with no reason,
     * a missed count (8755 → 8676, its reason given) scored 13 of 15, and a 总分 94 that the printed scores (9 + 13 + 15 + 10
     * + 10 + 27 + 9 = 93) do not make either.
     */
    @Test
    void jishan2020() {
        assertEquals(List.of(
                // 是否解决建档立卡人员看病难贵问题 27 of 30, no reason: since session 52 the scorer takes the 27 as printed, as the
                // target cannot be measured (UnmeasurableTarget; it read 95 % → 95 % as met, 30: a total of 99.77, now 96.77),
                // so not score-claim-mismatch indicator-below "→ 30（自评 27）": the deduction's reason alone is asked (audit s51 A6 row 2)
                "indicator-score-unexplained unmeasurable /indicators/4/score warning",
                // not indicator-target-no-comparator at /indicators/2/target (until session 47): time-rate-bare says the reading there (Engine.timeRateOnce); 资金是否全部及时纳入 100%
                "indicator-target-no-comparator  /indicators/5/target info ≥",   // 是否满意 95%
                // cost-ceiling since session 50: a cost read as a ceiling is said as one, "成本上限（不超过该标准）", not "反向指标（越低越好）" (the plain note's fingerprint)
                "indicator-target-no-comparator cost-ceiling /indicators/3/target info ≤",   // 配套资金每人每年 75元 under 成本: a cost standard
                "indicator-target-no-comparator no-unit-named /indicators/0/target info ≥",   // 全县参合人数 8755, bare (VAL-1)
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator percent-full /indicators/1/target info ≥",   // 资金是否全部纳入医保统筹 100% — no rate: "该指标以百分比计", not "该比率" (percent-full, session 49)
                // 是否解决建档立卡人员看病难贵问题 95%: 95 % of a problem solved or not, an aim (解决) with no measure named (ST-9,
                // VAL-2); since session 50 (解决 among aim-rate's aims), its no-comparator "≥ 95%" note held beside it
                "indicator-target-unmeasurable aim-rate /indicators/4/target warning",
                // time-percent-bare since session 50: 资金是否全部及时纳入 is no rate, "该指标以百分比计", not "该比率" (N3's left-alone)
                "indicator-time-cost-unspecified time-percent-bare /indicators/2/target info",   // 及时纳入 100% as 时效: no date (VAL-6)
                "placeholder-left template-numbering-name /indicators/0/name info",   // the template's "指标1:" numbering kept before the names: 指标1:全县参合人数 … (6 names)
                "satisfaction-without-survey equal /indicators/5 warning",   // 是否满意 95% → 95%, no survey named (VAL-7)
                "score-claim-mismatch below /funds/total/score warning",   // 65.07 / 65.66 = 99.10% × 10 = 9.91 (SC-4), printed 9
                // 是否满意 met: 10, printed 9, no reason, said once (Engine.metMarkedDownOnce)
                "score-claim-mismatch indicator-below /indicators/5/score warning",
                "score-claim-mismatch indicator-missed-below-reasoned /indicators/0/score info",   // 8676 / 8755 × 15 = 14.86 (SC-1), printed 13, 新增死亡人员 said: the reason is there (audit s49 A4 row 1); target-missed explained beside it left out
                "score-claim-mismatch total-parts /stated/total warning"),   // 总分 94, its printed scores 9 + 48 + 27 + 9 = 93 (96.77 computed since session 52, 99.77 before)
                // not: actual-equals-target-pattern share (5 of 6 actuals equal their targets, but 6 rows are fewer than the
                // rule's 8 for a share of three quarters: two 100% inclusions and the 75元 standard fixed by policy, the sixth row
                // reporting its miss, 8676 of 8755)
                findings("t31-jishan-yibao-2020"));
    }

    /**
     * 乌海市供销合作社联合社 2021 (内蒙古 乌海, 再生资源回收市场管理经费; SOURCE.md): a 项目绩效目标表 (目标申报), 3 万元, its "="
     * printed in the 指标方向 column beside 正向 / 反向, the copy ending at the first character of the 效益 rows (only the 11
     * 产出 rows, their 50 points, are in it). Two 时效 targets print "44,561" as value and unit, the spreadsheet serial of
     * 2021-12-31 with its date format lost: indicator-time-cost-unspecified's date-serial names the day (since session 17).
     * Since session 26 each row's 正向 / 反向 is its {@code direction} (it was in {@code notes}): the same findings, since every
     * row's "=" wins over it and contradicts neither word (no indicator-target-no-comparator direction warning).
     */
    @Test
    void wuhai2021() {
        assertEquals(List.of(
                // not indicator-category-missing level1 (no 效益指标 row; a warning until session 53): the copy ends at its first
                // character, which its framework (extending mof-project-2020) says as data, partialCut.endsIn (audit s53 A8 row B2w)
                "indicator-input-as-output budget-restated /indicators/10/target warning",   // 年度预算总成本 = 3 万元: the budget (ST-7)
                "indicator-input-as-output name /indicators/3 info",   // 项目财政资金到位时间 as 时效: money arriving (ST-7)
                "indicator-input-as-output name /indicators/4 info",   // 财政资金到位及时支付率: money arriving and paid (ST-7)
                "indicator-target-no-unit unit-named /indicators/0/target info",   // 出差人数 = 8, no unit (VAL-1): 人 by its name
                // 出差单位成本 "= 0 万元/人" and 办公费总成本 "= 0 万元": a cost of nothing (1 万元 for 8 people, 3 − 1 − 2, rounded
                // away in a 万元 column); noted since session 48
                "indicator-time-cost-unspecified cost-zero /indicators/6/target info",
                "indicator-time-cost-unspecified cost-zero /indicators/9/target info",
                "indicator-time-cost-unspecified date-serial /indicators/3/target warning",   // = 44,561: 2021-12-31 as a serial (VAL-6)
                "indicator-time-cost-unspecified date-serial /indicators/5/target warning",   // the same serial
                "indicator-time-cost-unspecified time-rate /indicators/4/target info"),   // 及时支付率 = 100%, no date (VAL-6)
                findings("t32-wuhai-zaisheng-2021"));
    }

    /**
     * The 指标方向 column of 乌海 2021 and 井研 2023 as transcribed into {@code direction} (session 26; before, in
     * {@code notes}): bound on every row, and the written comparator still read as written (乌海's cost row "=" beside 反向,
     * 井研's ≥ beside 正向指标).
     */
    @Test
    void theDirectionColumnsAsPrinted() throws URISyntaxException {
        io.github.jixiao.model.Submission wuhai = SampleSubmissionTest.bind(
                Path.of(RealTablesTest.class.getResource("/real-tables/t32-wuhai-zaisheng-2021/submission").toURI()));
        assertEquals(List.of("正向", "正向", "正向", "正向", "正向", "正向", "反向", "反向", "反向", "反向", "反向"),
                wuhai.indicators().stream().map(i -> i.columns().direction()).toList());
        assertEquals("= 1 万元", wuhai.indicators().get(7).targetValue().format());
        io.github.jixiao.model.Submission jingyan = SampleSubmissionTest.bind(
                Path.of(RealTablesTest.class.getResource("/real-tables/t33-jingyan-mata-2023/submission").toURI()));
        assertEquals(List.of("正向指标"), jingyan.indicators().stream().map(i -> i.columns().direction()).distinct().toList());
        assertEquals(8, jingyan.indicators().size());
    }

    /**
     * 井研县马踏镇人民政府 2023 (四川 乐山, 村组干部报酬; SOURCE.md): 四川's 部门预算项目绩效目标申报表 (目标申报), 3,309,840.00 元, eight
     * rows in the system's order, each with its 指标性质, 指标值, 度量单位 and 权重 (90 in all). Nothing to report: every target
     * has its comparator and unit, 成本 is optional, and a declaration has no actuals to hold against a survey. Its 指标方向性
     * 正向指标 is each row's {@code direction} since session 26 (it was in {@code notes}): still nothing, every ≥ agreeing with it.
     */
    @Test
    void jingyan2023() {
        assertEquals(List.of(
                // "≥ 95 %" on an aim, of no measured thing (ST-9; missed until session 49, audit s47 §3): 95 % of what?
                "indicator-target-unmeasurable aim-rate /indicators/0/target warning",   // 维护社会稳定
                "indicator-target-unmeasurable aim-rate /indicators/3/target warning",   // 促进村集体经济发展
                "indicator-target-unmeasurable aim-rate /indicators/5/target warning"),   // 保护生态环境卫生
                // not: 按时发放 ≥ 1 人/年 as quality, 项目维持时效 ≥ 95 % (a 时效 of some period: no aim word, left alone), 村组干部230人
                // counted in 个, 满意度 ≥ 95 % with no survey (asked of an actual only); indicator-target-no-comparator direction (≥
                // beside 正向指标 agrees)
                findings("t33-jingyan-mata-2023"));
    }

    /**
     * 金寨县茶谷和美丽乡村建设服务中心 2023 (安徽 六安; SOURCE.md): a 部门整体支出绩效自评表 in the national project layout (kind
     * department, scored on {@code jinzhai-department-2023.json}: mof-project-2020's criteria, marked partial), 338.31 of
     * 329.77 万元 spent with the execution's 得分 left blank (named since session 18), the copy ending at the cost rows. Its 时效 rows give months
     * without their year on both sides (9月前 → 7月, 11月前 → 10月): read as days of 2023, met (they were an incommensurable
     * unit and an unscorable row, two errors each, before).
     */
    @Test
    void jinzhai2023() {
        assertEquals(List.of(
                "execution-over-budget  /funds/total/executed warning",   // 338.31 spent of a 329.77 全年预算, 102.59%, no adjustment (预算法 13)
                "indicator-incomplete no-execution-score /funds/total warning",   // 执行 10 points, its 得分 blank (ST-1)
                "indicator-target-far-exceeded  /indicators/2/actual info",   // 厕所改造 ≥2000 done 3061 (153%): set too low (SC-1)
                "indicator-target-no-unit  /indicators/0/target info",   // 精品示范村 ≤4: no unit (VAL-1)
                "indicator-target-no-unit  /indicators/1/target info",   // 自然村庄 ≥200
                "indicator-target-no-unit  /indicators/2/target info",   // 厕所改造 ≥2000
                "indicator-target-no-unit  /indicators/3/target info",   // 省级中心村 ≥10
                "placeholder-left template-numbering-name /indicators/0/name info",   // the template's "指标1:" numbering kept before the names: 指标1:开展精品示范村建设数量 …
                "score-weights partial /partial info",   // the framework says the copy is partial
                // 产出 already 60 (40 + 10 + 10) of the split's 50 (ST-4): over, so the table's, cut or not
                "score-weights split /indicators warning"),
                // not score-weights total (10 + 60 = 70 of 100, an error until session 35): the copy's end, which partial says;
                // nor 效益 missing (after the cost rows the copy ends in: CategoryPastCopyEndTest; a warning until session 38)
                // not: 9月前 → 7月 and 11月前 → 10月 (days of 2023, met), the blank execution 得分, ≤4 on an output, the 当年财政拨款
                // row's same 102.59% (the total's defect, reported once)
                findings("t34-jinzhai-chagu-2023"));
    }

    /**
     * 秀屿区水利局 2025 (福建 莆田, 省级第七批水利专项资金; SOURCE.md): 福建's 专项资金绩效目标表 (目标申报), 35 万元 for two 水毁修复
     * works, 财预〔2021〕101号's 成本指标 first, a 指标方向 column (≥, ≤, 是/否) and one column of values per recipient (the same in
     * both), the copy ending at the first character of the 效益 rows.
     */
    @Test
    void xiuyu2025() {
        assertEquals(List.of(
                // not indicator-category-missing level1 (no 效益指标 row; a warning until session 53): the copy ends at its first
                // character, which its framework (extending mof-project-2020) says as data, partialCut.endsIn (audit s53 A8 row B2w)
                // 截至2026年12月底,项目开展率(%) | ≥ 100% in a 2025 table: the deadline in the name, a year after the budget year
                // (ST-9), read since session 49 (audit s49 M1); an info, as the money came 2025-09-19 for 水毁修复 and its use
                // into 2026 may have been approved: the reviewer decides; at-ceiling's "= 100%" (项目开展率 ≥ 100%, VAL-4) at the
                // same cell is moot once the stage target is written, and held beside it (Engine.deadlineInNameOnce, audit s51 A6 §2)
                "indicator-deadline-after-year in-name /indicators/3/target info",
                "indicator-time-cost-unspecified cost-rate /indicators/0/target info"),   // 成本控制率 ≤ 100%: a rate, no amount (VAL-6)
                // not: 已建工程是否存在质量问题 否 (a yes/no state, checkable), 截至2026年12月底,项目开展率 (its name gives the date)
                findings("t35-xiuyu-shuili-2025"));
    }

    /**
     * 嘉峪关城市博物馆 2023 (甘肃 嘉峪关, 博物馆纪念馆市级免费开放补助资金; SOURCE.md): 甘肃's 省级部门预算项目支出绩效目标表 (目标申报),
     * 20 万元, ten rows with no 分值, 成本指标 a first level (经济成本, 社会成本, 生态环境成本). The 社会成本 and 生态环境成本 rows were
     * asked an amount (two warnings) and "长远", "增加岗位" were no vague words before session 19.
     */
    @Test
    void jiayuguan2023() {
        assertEquals(List.of(
                // =100百分比, =99百分比 (rows 1, 2, 3, 9): % spelt as a word, one note for the column (four
                // indicator-target-at-ceiling unit-word notes until session 32; "=" is no ceiling to note)
                "column-format-mixed percent-word /indicators/1/target info",
                "indicator-target-unmeasurable  /indicators/4/target warning",   // 对当地文物保护、文化传承影响: 长远 (VAL-2)
                "indicator-target-unmeasurable  /indicators/5/target warning",   // 提升博物馆绿化水平: 提升
                "indicator-target-unmeasurable  /indicators/6/target warning",   // 为当地提供就业岗位: 增加岗位, how many not said
                "indicator-target-unmeasurable  /indicators/8/target warning",   // 历史文化传承环保意识时限: 长远
                "indicator-time-cost-unspecified cost-rate /indicators/3/target info"),   // 经济成本 资金使用效率 = 100%: a rate, no cost (VAL-6)
                // not: an amount of the 社会成本 and 生态环境成本 rows (harm, not money), 及时率 = 99% (below 100 %), "=" on
                // 30000人次 and on 满意度 99% (floors written as exact values: no rule), 20 万元 all 其他资金
                findings("t36-jiayuguan-bowuguan-2023"));
    }

    /**
     * 裕安区文化和旅游局 2022 (安徽 六安, 市级文物保护专项经费; SOURCE.md): the national 项目支出绩效自评表, 27.8 of 29 万元 spent
     * under an execution 分值 of 9, a missed 验收通过率 and a met deadline each scored 1 point short with no reason, a cost row
     * that is a sentence against 100%, the copy ending at the first character of the 可持续影响 row. Its 时效 row's
     * "完成时间为2022年12月30日" was words (a met deadline assumed met), and "加大…" no vague word, before session 19.
     */
    @Test
    void yuan2022() {
        assertEquals(List.of(
                // 本着节约的原则,控制在预算中。 → 100% (VAL-3) on a cost row: no amount. Since session 49 one error asking for the
                // ceiling and its unit and the actual cost (qualitative-target-cost); until then "≥ 90%", beside time-cost-unspecified
                // cost and achievement-self-score (Engine.costQualitativeOnce, qualitativeSelfScoreOnce; audit A2 group 7). Since
                // session 52 -self-score: the unit's 5 points taken unchecked, said by the note left out, carried in the error
                // ("得分暂按单位自评的 5 分计，未经核对"; audit s51 A6 §3; the same fingerprint)
                "indicator-actual-incommensurable qualitative-target-cost-self-score /indicators/7/actual error",
                "indicator-target-missed bare-deducted-full-below-part /indicators/3/target warning",   // 验收通过率 100% → 95%, no reason given; "= 100%" offered alone (bare-deducted-full, session 49); 95 / 100 × 6 = 5.7, printed 5: carried (Engine.missedClaimOnce)
                "indicator-target-no-comparator  /indicators/1/target info ≥",   // 修缮建筑面积 6000平方米, bare (VAL-1)
                "indicator-target-no-comparator date /indicators/6/target info ≤",   // 完成时间为2022年12月30日: a day, a deadline
                // 加大文物保护,展示文物价值: no level (VAL-2); its actual 程度较高 no level either, its own score taken: one warning since
                // session 48, the scorer's achievement-self-score at the row left out (Engine.vagueReadOnce)
                // 工程质量管理 ≥95% → 98%, 文明施工 ≥95% → 97%: a share of a piece of work, nothing measured named (ST-9, VAL-2), scored
                // 6 of 6 each (as printed since session 52: UnmeasurableTarget; no score moves); since session 50 (area-rate; audit s49 §3's "misses, not alarms", D3's report)
                "indicator-target-unmeasurable area-rate /indicators/4/target warning",
                "indicator-target-unmeasurable area-rate /indicators/5/target warning",
                "indicator-target-unmeasurable read-self /indicators/8/target warning",
                "overall-goal-not-a-goal achieved-vague /overallGoals/achieved/0 info",   // 实际完成情况: 基本完成年度目标。
                "placeholder-left template-numbering-name /indicators/0/name info",   // the template's "指标1:" numbering kept before the names: 指标1:修缮建筑数量 …
                "score-assumption achievement /indicators/0/actual info",   // 修缮建筑数量: the sentence copied, read as 达成
                "score-assumption achievement /indicators/2/actual info",   // 修缮级别 市级保护单位 = the target
                // 27.8 / 29 = 95.86% scored 8 (SC-4): on the form's 分值 9, 8.63 (since session 19; 9.59 on the framework's 10 before)
                "score-claim-mismatch below-part /funds/total/score warning",
                // 项目设计、招标、施工 done on the day: 6 (SC-1), printed 5, no reason (once: Engine.metMarkedDownOnce); its weights not
                // the base (score-weights total), so the total is not invoked since session 48 (indicator-below-unbased)
                "score-claim-mismatch indicator-below-part /indicators/6/score warning",
                // 9 + 50 + 15 = 74 held: the copy ends at 可持续影响, said by the framework beside the table (mof-project-2020
                // marked partial); until session 51 score-weights total (error), a split for 效益 15 of 30 and "综合评分按" in the
                // claims above (-part now), the copy's cut read as the form's (audit s51 A6 rows 1, 5)
                "score-weights partial-carried /partial info",
                "score-weights split-printed /funds/total/points warning"),   // the execution's 分值 9 against ST-4's 10
                // not: 执行率 printed as 0.958
                findings("t37-yuan-wenwu-2022"));
    }

    /**
     * 中共宁德市委党史和地方志研究室 2019 (福建 宁德; SOURCE.md): a 部门整体支出绩效目标表 (目标申报, kind department, on
     * {@code ningde-department-2019.json}), 171.41 万元, its 年度履职目标 as tasks, six 产出 rows with 指标解释 and 目标值, the copy
     * ending at the 成本 row. The tasks share out 232.21 万元 of the 171.41 (the 基本支出 task prints the 资金总额): sum-mismatch
     * compared tasks with the full-year budget only, which a target table has not, before session 20.
     */
    @Test
    void ningde2019() {
        assertEquals(List.of(
                "indicator-category-missing level1 /indicators warning",   // no 效益指标 row: the copy ends in the 成本 row
                // …工作开展所需资金的供应时效 as a 数量 output: the unit's own funds arriving (ST-7; missed until session 48)
                "indicator-input-as-output spending /indicators/0 warning",
                // not indicator-target-no-comparator at /indicators/5/target (until session 47): time-rate-bare says the reading there (Engine.timeRateOnce); 项目完成时间 100%
                "indicator-target-no-comparator no-unit-rate-one /indicators/3/target info ≥",   // 覆盖率 "1" (指标解释 90%): asked whether 1 is 100% (no-unit until session 47)
                "indicator-target-no-comparator no-unit-rate-one /indicators/4/target info ≥",   // 各类书籍审稿率 "1": the same
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator percent-full /indicators/0/target info ≥",   // 资金的供应时效 100%, bare (VAL-1) — no rate: "该指标以百分比计", not "该比率" (percent-full, session 49)
                // not indicator-target-no-comparator rate-full at /indicators/1/target (until session 49): aim-rate below
                // 确保日常工作正常运行 100%: a percentage of an aim (确保), of no measured thing (ST-9; session 49)
                "indicator-target-unmeasurable aim-rate /indicators/1/target warning",
                // 项目完成时间 100%: a date asked for, the rate the wrong kind of value (VAL-6); time-rate-date since session 49,
                // time-rate-bare until then ("按“≥ 100%”理解…“及时”是相对什么日期": a rate read and capped, a word not in the name)
                "indicator-time-cost-unspecified time-rate-date /indicators/5/target info",
                "sum-mismatch  /initialBudget/value error"),   // 履职目标 49.8 + 11 + 171.41 = 232.21 against 171.41 (AR-1)
                // not: 60.8 + 110.61 = 171.41 (项目支出 and 基本支出 add up), ≥60% (its comparator written)
                findings("t38-ningde-fangzhi-2019"));
    }

    /**
     * 棠溪镇人民政府 2022 (安徽 池州, 村级补助及运转经费; SOURCE.md): t25's form for another of the township's projects, 132.912 of
     * a 202.64 万元 budget cut to 132.912 and spent, the total row printed 0 | 0 | 0, a goal whose parts add up to 1740000 of
     * its 2026400 元, the copy ending at the 可持续影响 row. Its goals, which only list amounts, passed overall-goal-not-a-goal
     * before session 20: "村民组长,党小组长基本报酬252000元" cut a list item off with a comma.
     */
    @Test
    void tangxiCunji2022() {
        assertEquals(List.of(
                // 达成预期指标 on all five qualitative rows (合规, 严格执行…, 及时, 效果明显 ×2): boilerplate, said once (session 48)
                "actual-equals-target-pattern boilerplate /indicators warning",
                // 本年财政拨款 年初 202.64 → 全年 132.912 (−34.41 %) and no reason anywhere: the national form has no reason
                // column, but a cut of a third is asked about (a note above adjustment-missing-reason's 30 %, session 47); the total
                // row is 0 | 0 | 0 and the change is the parts': at the row that changed, 本年财政拨款's 全年 (at /funds, the block,
                // in session 47)
                "adjustment-missing-reason changed-far-down /funds/components/0/fullYear info",   // a decrease (202.64 → 132.912): "−69.728 万元，−34.41%", one minus sign (session 56, audit s55 A10 C6); the fingerprint changed-far's
                // unit-assumed an info since session 48 where the target's unit is the only reading (个); 万元 stays a warning
                "indicator-actual-incommensurable unit-assumed /indicators/0/actual info",   // =8个 → "8"
                "indicator-actual-incommensurable unit-assumed /indicators/1/actual info",   // =42个 → "42"
                "indicator-actual-incommensurable unit-assumed /indicators/5/actual warning",   // ≤202.6万元 → "132.9"
                "indicator-target-unmeasurable read-as /indicators/6/target warning",   // 效果明显 (VAL-2), twice
                "indicator-target-unmeasurable read-as /indicators/7/target warning",
                "indicator-time-cost-unspecified time /indicators/4/target warning",   // 补助经费到位及时性: 及时, no date (VAL-6)
                // 完成预算资金1329120.67元,其中 the parts: only what was spent
                "overall-goal-not-a-goal achieved-amounts /overallGoals/achieved/0 warning",
                "overall-goal-not-a-goal amounts /overallGoals/expected/0 warning",   // 申请预算资金2026400元,其中 the parts, no more
                // 申请预算资金2026400元,其中 400000 + 252000 + 28000 + 960000 + 100000 = 1740000元
                "prose-total-mismatch  /overallGoals/expected/0 warning",
                "score-assumption achievement /indicators/2/actual info",   // 达成预期指标 on five qualitative rows: 达成
                "score-assumption achievement /indicators/3/actual info",
                "score-assumption achievement /indicators/4/actual info",
                // not score-weights split (效益 20 of 30: short on a cut copy, since session 51)
                "score-weights partial-carried /partial info",   // 10 + 50 + 20: the copy's end; said by the framework beside the table (mof-project-2020 marked partial), score-weights total (error) until session 51 (audit s51 A6 row 5)
                // 年度资金总额 0 | 0 | 0 with 得分 0 while 本年财政拨款 carries money (AR-1): the row left unfilled, said once at
                // the row with the score 132.912 / 132.912 gives (10, SC-4); before session 33 three errors and a claim mismatch
                "sum-mismatch funds-zero-row-scored /funds/total error"),
                // not: 132.912 of a 202.64 年初 (the national form has no place for the adjustment's reason)
                findings("t39-tangxi-cunji-2022"));
    }

    /**
     * 海口市美兰区文化体育和旅游发展局 2016 (海南 海口; SOURCE.md): the 项目绩效目标表 that opens 海南's 财政支出项目绩效评价报告, 指标类型 |
     * 指标名称 | 绩效目标 | 绩效标准 (优 / 良 / 中 / 差: no field), no 二级 column, one 产出 and one 成效 row (成效 read as 效益), the copy
     * ending before the funds. Each required 二级 of 产出 (数量, 质量, 时效) was reported missing before session 21, the row that
     * is there (7个社区(乡镇)文体广场改建或新建工作, a quantity) included: which 二级 a row is, this form does not say.
     */
    @Test
    void meilan2016() {
        assertEquals(List.of(
                "indicator-category-missing no-level2 /indicators warning"),   // one 产出 row, no 二级: it cannot be 数量, 质量 and 时效 (ST-2)
                // not: 完成区政府为民办实事 and 得到领导的充分肯定,极大的丰富和活跃了…文体生活 as vague words (the form grades them: 满意率98%以上 /
                // 80% / 50% / 30%以下), no 满意度 row (optional in mof-project-2020), no funds (the copy ends before them)
                findings("t40-meilan-wentiguangchang-2016"));
    }

    /**
     * 海南省人民政府研究室 2012 (海南; SOURCE.md): the same 项目绩效目标表 with 年初 and 调整后绩效目标 (调整后 "无") and 优 / 良 / 中 / 差
     * grades (全部完成 / 80% / 60% / 60%以下), three rows of 全部完成: 产出, 成效 (read as 效益) and 效率, a first level the national
     * taxonomy has not; 144 万元 planned, all 省财政. Before session 21 its one 产出 row was three missing 二级, as t40's.
     */
    @Test
    void hainanHongguan2012() {
        assertEquals(List.of(
                "indicator-category-missing no-level2 /indicators warning",   // one 产出 row (the reports), no 二级: no 质量, 时效 row can be among them (ST-2)
                // 效率指标: no first level of the national taxonomy, level1 left out; no 分值 on any row, so not "不参与计分" (-unscored,
                // session 49); no 二级 either, said so since session 58, not "（二级“—”）" (audit s58 A13 C5)
                "indicator-category-unknown no-level1-unscored-no-level2 /indicators/2 warning",
                "placeholder-left template-numbering-name /indicators/0/name info"),   // the template's "指标1:" numbering kept before the names: 指标1:海南宏观经济形势分析与预测…报告 (1 name)
                // not: 以资金的使用进度为衡量标准 as spending filed as an output (it is 效率, not 产出 or 效益), 全部完成 as vague (graded),
                // 调整后 无 (no adjustment)
                findings("t41-hainan-hongguan-2012"));
    }

    /**
     * 2017 年部门整体支出绩效评价得分表 (SOURCE.md; the department not named in the copy): 四川's 部门整体 framework (部门决策 25 /
     * 综合管理 30 / 部门绩效 45), one 得分 column and each level's points in brackets after its name, no 评价标准: every criterion
     * {@code assessed} ({@code t42-department-2017.json}). The copy ends after six criteria (26 points, scored 22); the 自评得分
     * 90 is the narrative's, of the whole table.
     */
    @Test
    void defen2017() {
        assertEquals(List.of(
                // 90 stated against 5 + 5 + 5 + 2 + 4 + 1 = 22 on the 26 points the copy holds: the gap may lie in the 74 points
                // not transcribed, and the finding says so (before session 21's merge the scorer counted a partial framework's
                // missing points as none and said the report was wrong: "total")
                // a note since session 48: the 68 lie within the 74 points not held, nothing the table can be asked to
                // correct until the framework is whole (s47 audit item 12; a warning until then)
                "score-claim-mismatch total-partial /stated/total info",
                "score-weights partial /partial info"),   // the framework holds 26 of the 100 points (the copy's end)
                // not: 测算依据 2 of 5 and 目标管理 4 of 5 without a reason (the 得分表 has no column for one), no budget figure
                findings("t42-bumen-defen-2017"));
    }

    /**
     * 大英县 (四川) 2020, 双心及文明城市创建专项资金 (SOURCE.md): the 自评报告's 绩效指标 table with no 分值 or 得分 column,
     * its 一级 column printing 项目决策 / 项目效益 (no category of the taxonomy: those rows carry their 二级 only, and are taken
     * under the one 一级 their 二级 belongs to), every 实施进度 "已完成100%". Session 25 (helper P): before, every row was a
     * no-level1 warning, 数量 and 质量 said missing, 至少全年完成2次宣传 and 按质按量完成 qualitative, and each criterion said
     * its rows carry no points.
     */
    @Test
    void daying2020() {
        assertEquals(List.of(
                // the column is 实施进度 (SOURCE.md), transcribed as the actual; its framework says so since session 56
                // ("actualIs": "progress", s55 A10 A2), and a note says it once: "已完成100%" on every row is how far the work
                // has gone, the natural answer where every row is done. Not (until session 56), as if the column held measured
                // results: actual-equals-target-pattern boilerplate-unscored at /indicators (a warning: one verdict for six
                // targets), indicator-actual-incommensurable unit at /indicators/0/actual (an info: 次 against %) and its
                // unit-budget-restated error at /indicators/3/actual (成本 10万元 against 已完成100%: "%" against "万元")
                "indicator-actual-incommensurable progress-column /indicators info",
                // not indicator-actual-incommensurable period at /indicators/2/actual (session 49–50): 时效 "全年" | 1-12月 against
                // 已完成100% is done within the whole year, the only day it sets (target.Period, session 51); the date and a
                // real deadline are asked once, by time-whole-year below (until session 49 "unit", 月 against %; audit s49 row 2)
                // -unscored since session 57 (audit s57 A12 row C1): the rows are sorted under the 一级, not "计分" on a form that
                // scores no row (unpointed); the same findings
                // since session 58 (audit s57 A12 rows C1, D1): the printed 一级 项目决策 / 项目效益 transcribed (level1Printed),
                // one note at /indicators saying it is no category and where the rows went, not four level1-inferred-unscored
                // infos (/0, /1, /2, /4) each saying "没有一级指标…请填写"
                "indicator-category-unknown level1-printed-unscored /indicators info",
                // -printed since session 58 (the same finding): 项目决策 printed, no category
                "indicator-category-unknown no-level1-unscored-either-printed /indicators/3 warning",   // 成本指标: 产出's 二级 or 101号's 一级, not guessed; no 分值 on any row, so not "不参与计分" (-unscored, session 49; audit s48 row 6); said to be of either, not of none (-either, audit s51 A6 row 9)
                // 成本 10万元 = the 10万元 budget restated: said as it is on any table since session 56 (the progress beside it is
                // no unit to compare; from session 49 to 55 folded into unit-budget-restated, Engine.budgetRestatedUnitOnce)
                "indicator-input-as-output budget-restated /indicators/3/target warning",
                // not indicator-target-no-comparator at /indicators/3/target (until session 33): budget-restated asks for the
                // comparator
                "indicator-target-no-comparator  /indicators/5/target info ≥",   // 群众满意度 90%
                "indicator-target-unmeasurable  /indicators/4/target warning",   // 不断提升
                // 全年 | 1-12月: the budget year itself, no deadline (VAL-6); the completion date asked for (session 49, audit s49 M4)
                "indicator-time-cost-unspecified time-whole-year /indicators/2/target info",
                // progress since session 57 (audit s57 A12 row C2): 群众满意度 gives only "已完成100%" in the 实施进度 column, no
                // satisfaction result (until then project's "填了实际完成值"); the same finding
                "satisfaction-without-survey progress /indicators/5 info",
                // not score-input-missing indicator-points-none-table-short (an error until session 54, asking for a 分值 column
                // the report's table does not have and stating "计得 0.00 分" for an execution past the cut): the table prints no
                // 分值 by design, which its framework now says (unpointed), and the execution is no part of what is scored where
                // the funds block is cut (Scorer.fundsCut; audit s54 A9 rows A1, C1)
                // not score-input-missing initial-as-full-year at /funds/total/executed (an error until session 53): the 资金 table
                // is cut off in the copy, the 批复 10 万元 (initial) transcribed from the text after it; the 执行数 is past the cut,
                // which its framework (extending mof-project-2020) says as data, partialCut.funds (audit s53 A8 row A4); -rows
                // beside the -short finding above, which says "不评定等级" already (Engine.partialRowsOnce beside every -short
                // key, session 53 N2): the note says the cut only
                "score-weights partial-unpointed-none /partial info",   // partial-rows until session 54 (beside the -short error)
                "score-weights unpointed-none /unpointed info"),   // the report's table prints no 分值 or 得分: nothing scorable
                // not score-weights total beside it (so the weights add up to the execution rate's 10 only: no grade): the short variant says it, one defect one finding (trial s31)
                // not: 按质按量完成 beside 已完成100% (达成, as 已完成 alone), 至少全年完成2次宣传 as words
                findings("t44-daying-shuangxin-2020"));
    }

    /**
     * 四川 部门预算项目支出绩效自评表, the end of one project's table (SOURCE.md; helper P2, session 25): four rows with their
     * 权重 22.5 and blank 完成值 and 得分, no funds block, no year. Every finding is true of the copy; no point can be scored,
     * so no grade (before session 25: 差（暂定））.
     */
    @Test
    void sichuanFragment() {
        assertEquals(List.of(
                // 产出/质量指标: the copy's rows have none; right, though the copy starts inside the table (partialCut.copyStart since
                // session 53): its first row is 数量, before 质量, and its four rows of 22.5 with the execution's 10 make the 合计 100
                // approved since session 56 (audit A11 C4): at 自评 / 运行监控 the year's approved targets, set next year, not added now
                "indicator-category-missing approved /indicators warning",
                // 完成值 and 得分 (权重 22.5) blank in all four rows: the columns blank throughout, one finding at the first row,
                // 4 rows and 90 points (Engine.noActualAllOnce, since session 54; sessions 47-53 one a row, until session 47 two)
                // -partial since session 56 (the same finding): the framework declares partial, so the advice to say the cut there
                // is left out (audit s55 A10 C4)
                "indicator-incomplete no-actual-all-no-score-partial /indicators/0 error",
                "indicator-input-as-output spending /indicators/1 warning",   // 科目调整次数: budget management, not an output
                "indicator-input-as-output spending /indicators/3 warning",   // 结余率 (结余数/预算数): 1 − 执行率 as a benefit
                "indicator-time-cost-unspecified time-rate /indicators/2/target info",   // 按时发放率 = 100%: no date
                // required-year-before-copy since session 58 (audit s57 A12 row A1; the same finding): the year is printed
                // before the copy's start (partialCut.copyStart), not missing from the form: an info, not "请补充"
                "schema required-year-before-copy  info",
                // not score-input-missing figures at /funds/total/executed (an error until session 53): the funds block is printed
                // above the rows, before the copy's start, which its framework (extending mof-project-2020) says as data,
                // partialCut.copyStart, as t96's and t98's (audit s53 A8 row A3)
                "score-weights partial /partial info"),
                // not: the scorer's score-input-missing per blank row beside indicator-incomplete's (session 25); a grade (nothing scored: 不评定, not 差); 评价结论 "及时、足额缴纳" beside blank 完成值 (the blanks are said)
                findings("t45-sichuan-zixuan-fragment"));
    }

    /**
     * 宁德市地震局 2020 (福建, SOURCE.md; helper P4, session 27): the 部门整体支出绩效自评表 whose 一级 and 二级 print 产出目标 /
     * 数量目标, the taxonomy's 产出指标 / 数量指标 spelt with 目标. Before session 27 that was a schema error on each level1,
     * indicator-category-unknown on each 二级 and both 6-point rows left out of the score (9.99 / 10, where 21.99 / 22 is the
     * copy's). The copy breaks off in the third row's 评分标准.
     */
    @Test
    void ningdeDizhen2020() {
        assertEquals(List.of(
                // 年初 130.54 + 年中调整 58.07 = 188.61 (+44.49 %, all of it 基本支出) with no reason: a note above 30 % (session 47)
                "adjustment-missing-reason changed-far /funds/total/fullYear info",
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 9个, as its 评分标准 says: 达9个得6分
                "indicator-target-no-comparator  /indicators/1/target info ≥",   // 10场: 达10场得6分
                "indicator-target-no-comparator  /indicators/2/target info ≥",   // 6场
                "overall-goal-not-a-goal achieved-vague /overallGoals/achieved/0 info",   // 目标实际完成情况: 完成年度目标
                // the third row's 指标分值 is past the copy's end (评分标准 | 指标分值, cut in the first): the framework's
                // partialCut says so (pointsOf). Until session 50 score-input-missing indicator-points here, an error: the
                // note, "在第三个数量目标的评分标准处截断", names no row, and partialCutOnce read its wording
                "score-weights partial /partial info"),   // the framework holds the copy's part only: 21.99 scored, no grade
                // not score-weights split (产出 12 of 50: the copy's two scored rows) nor total (10 + 12 = 22), a warning
                // and an error until session 35: both the copy's end, which partial says (ScoreWeightsPartialTest)
                // not: 产出目标 / 数量目标 as a schema error or an unknown category (福建 2020's spelling); 产出/质量, 产出/时效
                // and 效益 missing (after the copy's third 数量 row, its end: CategoryPastCopyEndTest; until session 38 three
                // warnings)
                findings("t46-ningde-dizhen-2020"));
    }

    /**
     * 中共宁德市委党史和地方志研究室 2018 (福建, SOURCE.md; helper P4, session 27; t38's office): the older 部门整体支出绩效自评表, its
     * 资金结构 with 历年结余结转 apart and 结余 / 结余率 (since session 27 all held, and checked: 2537695 + 213722.82 + 0 =
     * 2751417.82, 2751417.82 − 2546673.98 = 204743.84, 7% of it and 93% executed, whole percentages). The copy ends in the first
     * indicator row.
     */
    @Test
    void ningdeFangzhi2018() {
        assertEquals(List.of(
                // 2751417.82 under 资金结构(万元) is 275.14 亿元 for a city's party history and gazetteer office (its 2019 total, in
                // t38, is 171.41 万元): 元 under a 万元 heading. No second amount of the copy bears it out (every amount of the block
                // is typed alike; no budget.json budget, no task, no indicator), so not magnitude-suspect (review v27b, item 3);
                // the office's kind does: such an office never holds 10 亿元 (session 48; missed until then)
                "figure-out-of-range magnitude-office /funds/total/fullYear warning",
                // no indicator row in the copy: the 90 points of the indicators not scorable, 10 held (the execution rate),
                // no grade; said by the partial framework's note ("绩效指标各行和总分不在其中"). Until session 49 also
                // score-weights total-no-indicators, an error asking for the rows the note places past the cut
                // (Engine.partialCutOnce); until session 34 indicator-category-missing none and score-weights total as well
                "score-weights partial /partial info"),
                // not: 93% against 92.56% or 7% against 7.44% (whole percentages)
                findings("t47-ningde-fangzhi-2018"));
    }

    /**
     * 临翔区林业和草原局 2023 (云南 临沧, SOURCE.md; helper P4, session 27), 马鹿坑国有林场 野生动物收容所: the national 10号 附件1
     * layout, every row met at full points; the funds rows print five figures for six columns (年初 read as blank), 97.80% of
     * 32.4 scored 9. The copy breaks off at the 满意度 row's name.
     */
    @Test
    void linxiangShourongsuo2023() {
        assertEquals(List.of(
                "indicator-target-no-comparator date /indicators/2/target info ≤",   // 项目完工时限 2023年12月: a deadline, met 2023年10月
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/3/target info ≥",   // 项目竣工验收率 100%
                // not indicator-template-row named /indicators/7 (受益农户满意度, its name only, where the copy ends): its cells are
                // past the cut, which the framework says as data since session 55 (partialCut.targetOf; Engine.partialCutOnce,
                // PartialCutNamedRowTest; audit s55 A10 row B1). Session 51 to 54 a warning asking to fill in or delete the row
                "score-claim-mismatch below-part /funds/total/score warning",   // 31.69 / 32.4 = 97.81% × 10 = 9.78, printed 9 (SC-4)
                "score-weights partial-carried-one /partial info"),   // 90 points in the copy (the 满意度 row's 10 past its end): no grade; said by the framework beside the table (mof-project-2020 marked partial), score-weights total (error) until session 51 (audit s51 A6 row 5)
                // not: 8400元, 5个, 15年 at the bound (4 of 7 rows with 100%: actual-equals-target-pattern judges 10 rows or more, or
                // three quarters of 8 or more);
                // 可持续影响年限 15年 as observed at 自评 (a forecast; no rule reads it, P4's low-confidence note)
                findings("t48-linxiang-shourongsuo-2023"));
    }

    /**
     * 南华县农业农村局 (云南 楚雄, SOURCE.md; helper RF, session 29), 野生菌加工车间建设项目(续建): the national 10号 附件1 layout, the copy
     * cut where the 效益 block begins and without its title or year. A row whose 实际完成值 20 misses its 550 at full points, an
     * 经济效益指标 row inside the 产出(50分) block (its points are counted there: 10.3 + 9.3 + 9.3 + 10.8 + 10.3 = 50), an actual that
     * copies its target's comparator, and one figure where the form has a target and an actual.
     */
    @Test
    void nanhuaYejun() {
        assertEquals(List.of(
                "actual-equals-target-pattern copied /indicators/3/actual warning",   // 奖补资金兑付率(%) ≥100% → ≥100%: no value (VAL-3)
                // approved since session 56 (audit A11 C4): at 自评 / 运行监控 the year's approved targets, set next year, not added now
                "indicator-category-missing approved /indicators warning",   // 产出 has no 质量指标 row (ST-2)
                "indicator-category-unknown elsewhere /indicators/3 info",   // 经济效益指标 printed inside 产出指标(50分) (ST-2)
                "indicator-incomplete no-actual-scored /indicators/2 error",   // 配套电力设施…3台: one figure, 3, read as the target
                // not indicator-score-unexplained empty-actual here (9.3 of 9.3 with no actual, until session 33): the actual
                // filled in is what both ask, and the score is then held to it; no-actual-scored names the 9.3 (Engine.blankActualOnce)
                "indicator-target-at-ceiling  /indicators/3/target info",   // ≥100% on a rate: = 100% (VAL-4)
                // not indicator-target-missed bare at row 1's target (配套烘干杀菌设备 550 → 20, no unit printed; until session 48):
                // at full marks, the error below says the miss and the reading "≥ 550" (Engine.missedAtFullOnce)
                "indicator-target-no-comparator  /indicators/2/target info ≥",   // 3
                "indicator-target-no-comparator  /indicators/4/target info ≤",   // 任务完成时限(月) 10: 10 months, a time limit (VAL-1)
                "indicator-template-row  /indicators/5 warning",   // 成本指标: its category only
                // -figures since session 54 (the same fingerprint): the copied goal carries its quantities, so not "附数字" but
                // "看不出是核实过的结果…写明实际完成的数量和验收情况" (audit s54 A9 row C4)
                "overall-goal-not-a-goal achieved-copies-figures /overallGoals/achieved/0 warning",   // 实际完成情况 = 预期目标, word for word
                "schema required-titled  error",   // no year in the copy
                "score-ignores-missed-target indicator-bare /indicators/1/score error",   // 550 → 20 scored 9.3 of 9.3: 0.34 by SC-1 (SC-3)
                // not indicator-category-missing level1 (no 效益 row: past the copy's end, since session 51 read from the partial framework)
                "score-weights partial-carried /partial info"),   // 10 + 50 points in the copy (效益, 满意度 past its end): no grade; said by the framework beside the table (mof-project-2020 marked partial), score-weights total (error) until session 51 (audit s51 A6 row 5)
                // not: the execution 1100 / 1100 = 100% × 10 = 10, as printed; 任务完成时限(月) 10 as ≥ 10 (the (月) unread before
                // session 29: a task done in 8 months was missed)
                findings("t49-nanhua-yejun"));
    }

    /**
     * 武汉市青山区教育局 2020 (湖北, SOURCE.md; helper RF, session 29), 教育系统基础设施建设和设备购置: a 项目支出绩效目标表 whose indicator
     * table has a 长期 and a 年度 set side by side, the 长期 set holding its 二级 only (the 年度 set transcribed), and two funds columns
     * (资金总额, 当年资金总额). Every finding is the table's.
     */
    @Test
    void qingshanJichu2020() {
        assertEquals(List.of(
                // not indicator-target-no-comparator at /indicators/3/target (until session 47): time-rate-bare says the reading there (Engine.timeRateOnce); 按期完成率 100%
                "indicator-target-no-comparator no-unit-noun /indicators/0/target info ≥",   // 重点建设工程安排数量 2 (VAL-1)
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/1/target info ≥",   // 验收合格率 100%
                "indicator-target-unmeasurable  /indicators/4/target warning",   // 巩固提高 (VAL-2)
                "indicator-target-unmeasurable  /indicators/5/target warning",   // 持续改善 (VAL-2)
                "indicator-time-cost-unspecified cost /indicators/2/target warning",   // 建设项目成本 参照政府采购成本控制 (VAL-6)
                "indicator-time-cost-unspecified time-rate-bare /indicators/3/target info"),   // 按期完成率 with no date (VAL-6)
                // not: 年度目标 "按工作计划完成教育局重点项目建设经费预算安排", a general sentence (no rule judges 指向明确, ST-9);
                // the blank 长期 set (no field)
                findings("t50-qingshan-jichu-2020"));
    }

    /**
     * 宁晋县教育局 2019 (河北 邢台, SOURCE.md; helper D, session 30), 高中助学金项目绩效评价指标表: a county's own table of
     * indicators with a 指标说明 and a 分值 on each row and no funds, actuals or scores (read at 目标申报), its rows filed by
     * 评价内容, one of them 制度指标, a category of no framework.
     */
    @Test
    void ningjinZhuxuejin2019() {
        assertEquals(List.of(
                "indicator-category-missing level1 /indicators warning",   // no 效益 row in the table (ST-2)
                "indicator-category-unknown misfiled /indicators/4 warning",   // 资助对象满意度 under 产出/质量指标 (ST-2)
                "indicator-category-unknown no-level1 /indicators/0 warning",   // 制度指标 / 规章制度 under no 一级: 20 points in no category
                "indicator-incomplete empty-category-target-no-level1 /indicators/0 error",   // 规章制度 (建立与否): no 目标值
                "indicator-input-as-output spending /indicators/2 warning",   // 资金支出率 95% as a 数量指标: money spent (ST-7)
                "indicator-target-no-comparator  /indicators/2/target info ≥",   // 资金支出率 95%
                // not indicator-target-no-comparator at /indicators/5/target (until session 47): time-rate-bare says the reading there (Engine.timeRateOnce); 及时发放率 100%
                // not indicator-target-no-comparator at /indicators/6/target (until session 48): cost-rate-bare says the reading (Engine.timeCostBareOnce); 资助标准达标率 100%
                "indicator-target-no-comparator no-unit-named /indicators/1/target info ≥",   // 享受资助人数 2100 (VAL-1)
                "indicator-target-no-comparator percent-full /indicators/3/target info ≥",   // 建档立卡学生 (全面覆盖) 100% — no rate: "该指标以百分比计", not "该比率" (percent-full, session 49)
                "indicator-time-cost-unspecified cost-rate-bare /indicators/6/target info",   // 成本 as 资助标准达标率 100%: no amount (VAL-6)
                "indicator-time-cost-unspecified time-rate-bare /indicators/5/target info"),   // 及时发放率 100%: no date (VAL-6)
                // not: 95%以上 (≥ 95% as written); 100 points on the indicators alone (not weighed at 目标申报).
                // Before session 30's fixes the empty category was said as "“null/制度指标”类下的指标" (its 一级 absent), and
                // 资助对象满意度 under 产出/质量指标 went unsaid (only a row of a 满意度 category was asked what it measures)
                findings("t51-ningjin-zhuxuejin-2019"));
    }

    /**
     * 湖北科技学院 2021 (湖北 咸宁, SOURCE.md; helper D, session 30), 本专科生奖助学金项目自评结果: a university report's table of
     * 一级 / 二级 / 指标名称 / 目标值 / 实际完成值 with no 分值 or 得分, the funds and the 99.8 in its text.
     */
    @Test
    void hbustZizhu2021() {
        assertEquals(List.of(
                // 7 of 9 actuals exactly the target (100% ×5, 99% → 99%, 95% → 95%; 是 → 是 is a verdict and not counted), VAL-7:
                // silent until session 48, when the rule judged 10 rows or more only (now three quarters of 8 or more). The
                // satisfaction row is filed under 效益指标, so the message leaves the satisfaction share out
                "actual-equals-target-pattern share-no-satisfaction /indicators warning",
                // approved since session 56 (audit A11 C4): at 自评 / 运行监控 the year's approved targets, set next year, not added now
                "indicator-category-missing approved /indicators warning",   // no 产出/时效指标 row (ST-2)
                "indicator-category-unknown elsewhere /indicators/8 info",   // 服务对象满意度指标 printed under 效益指标
                "indicator-target-no-comparator  /indicators/1/target info ≥",   // 受资助本专科困难学生覆盖率 99%
                "indicator-target-no-comparator  /indicators/8/target info ≥",   // 资助学生满意度 95%
                "indicator-target-no-comparator no-unit-named /indicators/4/target info ≥",   // 受资助本专科学生人数 14726 (15935 done: met)
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/0/target info ≥",   // 奖助政策学生知晓率 100% (VAL-1)
                "indicator-target-no-comparator rate-full /indicators/2/target info ≥",   // 退役士兵…享受资助比例 100%
                "indicator-target-no-comparator rate-full /indicators/3/target info ≥",   // 应征入伍…享受资助比例 100%
                "indicator-target-no-comparator rate-full /indicators/5/target info ≥",   // 国家奖学金按标准发放率 100%
                "indicator-target-no-comparator rate-full /indicators/7/target info ≥",   // 家庭经济困难学生完成学业率 100%
                "satisfaction-without-survey equal /indicators/8 warning",   // 95% → 95%, no survey named
                // not score-claim-mismatch total-data at /stated/total (until session 33): 99.8 against 10.00 computed is within the
                // 90 points the rows without 分值 leave out (Engine.unpointedTotalOnce)
                // the report's table prints no 分值 or 得分 by design, said by the framework beside the table (unpointed, session
                // 55: audit s55 A10 row B3); until then score-input-missing indicator-points-none-table-short-stated, an error
                // citing "财预〔2020〕10号 自评表每项指标都有分值" and asking to fill in points (-stated since session 34)
                "score-weights unpointed /unpointed info"),
                // not score-weights total beside it (so 10 points held (execution): no grade): the short variant says it, one defect one finding (trial s31)
                // not: 是 → 是 (met); the printed 执行率 99% against 2595.6208 / 2596 = 99.985% (cut at the last digit; the
                // score uses the amounts: 10.00 of 10)
                findings("t52-hbust-zizhu-2021"));
    }

    /**
     * 稷山县翟店镇卫生院 2021 (山西 运城, SOURCE.md; helper D, session 30), 国家基本公共卫生服务: the national 10号 layout, a copy
     * cut in the 质量指标 block, its 数量指标 rows mostly missed and scored to one decimal (1.9, 1.8, 1.4 …): SC-1 row by row.
     */
    @Test
    void jishanGongwei2021() {
        assertEquals(List.of(
                "adjustment-missing-reason created /funds/total/fullYear warning",   // 年初 0, 全年 207.4538: added in the year, no reason
                "indicator-target-far-exceeded  /indicators/2/actual info",   // 宣传咨询活动 96次 against 12次: 8 ×
                // not indicator-target-missed bare at row 0 (居民健康档案 38508 → 37442 人; until session 48): at full marks, the
                // error below says the miss and the reading "≥ 38508 人" (Engine.missedAtFullOnce)
                "indicator-target-missed bare-deducted /indicators/11/target warning",   // 老年人体检数 5662 → 4044
                "indicator-target-missed bare-deducted /indicators/18/target warning",   // 老年人中医药规范管理数 5662 → 4044
                "indicator-target-missed bare-deducted-above-part /indicators/12/target warning",   // 高血压规范管理数 3807 → 3224; 3224/3807 × 2 = 1.69, printed 1.9 ("只扣减了一部分"; -above on /13 /14 /15 /19 likewise: 1.8 for 1.69, 1.61, 1.58, 1.25); -below where printed under the ratio (/8 /9 1.8 for 1.90, /10 1 for 1.15, /16 1.8 for 1.97, /21 1.7 for 1.83); the score-claim-mismatch beside each left out (Engine.missedClaimOnce, audit s49 A4 rows 1, 3)
                "indicator-target-missed bare-deducted-above-part /indicators/13/target warning",   // 高血压随访控制数 3807 → 3220
                "indicator-target-missed bare-deducted-above-part /indicators/14/target warning",   // 糖尿病规范管理数 863 → 695
                "indicator-target-missed bare-deducted-above-part /indicators/15/target warning",   // 糖尿病随访控制数 863 → 683
                "indicator-target-missed bare-deducted-above-part /indicators/19/target warning",   // 0-36月龄中医药规范管理数 1228 → 770
                "indicator-target-missed bare-deducted-below-part /indicators/10/target warning",   // 早孕建册数 120 → 69
                "indicator-target-missed bare-deducted-below-part /indicators/16/target warning",   // 严重精神障碍患者管理数 212 → 209
                "indicator-target-missed bare-deducted-below-part /indicators/21/target warning",   // 家庭医生签约率 24694 → 22584 人
                "indicator-target-missed bare-deducted-below-part /indicators/8/target warning",   // 孕产妇7天访视数 214 → 203
                "indicator-target-missed bare-deducted-below-part /indicators/9/target warning",   // 孕产妇42天访视数 214 → 203
                "indicator-target-missed bare-deducted-full /indicators/4/target warning",   // 适龄儿童疫苗接种率 100.00% → 97.30%; "= 100%" offered alone, not "≥、≤ 或 =" (bare-deducted-full, session 49)
                "indicator-target-no-comparator  /indicators/17/target info ≥",
                "indicator-target-no-comparator  /indicators/2/target info ≥",
                "indicator-target-no-comparator  /indicators/20/target info ≥",
                "indicator-target-no-comparator  /indicators/3/target info ≥",
                "indicator-target-no-comparator  /indicators/5/target info ≥",
                "indicator-target-no-comparator  /indicators/6/target info ≥",
                "indicator-target-no-comparator  /indicators/7/target info ≥",
                "overall-goal-not-a-goal name /overallGoals/achieved/0 warning",   // 实际完成情况: the project's name
                "overall-goal-not-a-goal name /overallGoals/expected/0 warning",   // 预期目标: the project's name
                "placeholder-left template-numbering-name /indicators/0/name info",   // the template's "指标1:" numbering kept before the names: 指标1:居民健康档案 …
                "score-ignores-missed-target indicator-bare /indicators/0/score error",   // 居民健康档案 97.2% at 3 of 3: 2.92 (SC-3)
                // not indicator-category-missing ×3 (质量, 时效, 效益: past the copy's end) nor score-weights split (产出 43 of 50), nor
                // "综合评分按" in the -part claims above: since session 51 the copy is read on a partial framework (audit s51 A6 rows 1, 5)
                "score-weights partial-carried /partial info"),   // 53 points in the copy: no grade; said by the framework beside the table (mof-project-2020 marked partial), score-weights total (error) until session 51 (audit s51 A6 row 5)
                // not: the execution 100% × 10 = 10, as printed; 指标21, 24 met (8例, 14例); rows 4, 11 and 18 (1.9 for 1.95, 1.4 for
                // 1.43 twice: the proportion rounded to the table's one decimal), reported as score-claim-mismatch before session 30's fix
                findings("t53-jishan-gongwei-2021"));
    }

    /**
     * 濉溪县民政局 2019 (安徽 淮北, SOURCE.md; helper D, session 30), 临时救助: the 安徽 绩效目标自评表 of the 2019 poverty-relief
     * template, its names still holding the template's hints ((≥**人)) and ★ marks, targets written >= and <=, standards in
     * 元/人*月, a cost standard exceeded at full marks. The copy ends in the satisfaction row's target.
     */
    @Test
    void suixiLinshijiuzhu2019() {
        assertEquals(List.of(
                // approved since session 56 (audit A11 C4): at 自评 / 运行监控 the year's approved targets, set next year, not added now
                "indicator-category-missing approved /indicators warning",   // no 产出/时效 row (ST-2)
                // not indicator-incomplete empty-category /indicators/9 (an error until session 53) nor the scorer's
                // score-input-missing there: ★受助对象满意度's target (">=9…"), actual and score are past the copy's end, which its
                // framework (extending mof-project-2020) says as data, partialCut.targetOf (audit s53 A8 row A2)
                // not indicator-target-missed at row 7's actual (临时救助标准 5830元/户 over <=5300元/户, no reason; until session
                // 48): at full marks, the error below says the ceiling broken, by 530元/户, and asks to deduct and for the reason
                // (Engine.missedAtFullOnce; the over-cap wording since session 48, where "未完成" read as 91 % of something done)
                // since session 56: 实际完成情况 "…救助资金30万元,完成目标任务。" says the year's goal met, beside 特困人员 4604 of
                // ≥4754 and 临时救助标准 5830 over ≤5300 (the two rows below): one note, the first row named, one more counted;
                // rows-explained since session 57 (the same finding): 特困人员's row gives its reason (特困人员实行动态管理), said as
                // 1 of the 2 explained, an explained miss still a goal not met
                "overall-goal-said-met rows-explained /overallGoals/achieved/0 info",
                // the template's ** hints left in 10 names: one note for the table, at its first, with the count (until
                // session 47 one a row)
                "placeholder-left template-mark-name /indicators/0/name info",   // (≥**人) and nine more names: (≥**人次), (≥**元/人·月), (<**元/户·年), (≥**%)
                "score-ignores-missed-target indicator /indicators/3/score error",   // 特困人员 4604 of 4754 at 5 of 5: 4.84 (SC-3)
                // 5830 over the 5300 ceiling at 10 of 10: 5300 / 5830 × 10 = 9.09 (SC-3), the ceiling broken said (not "按完成比例")
                "score-ignores-missed-target indicator-over-cap /indicators/7/score error",
                // the copy ends in the last row, before the 总分: no grade since session 53 (88.93（良（暂定））until then);
                // -carried-one since session 58: 满意度指标's 10 points past the cut, 88.93 / 90.00 (PastCutWeighsNothingTest)
                "score-weights partial-carried-one /partial info"),
                // not: >=21933人, <=5300元/户 and 583元/人*月 against >=530元/人*月 read as written (met); the ★ marks; the 其中 row;
                // the execution 30 / 30 = 100% × 10 = 10, as printed; the points 10 + 50 + 30 + 10 = 100
                findings("t54-suixi-linshijiuzhu-2019"));
    }

    /**
     * 广水市人民政府办公室 2021 (湖北 随州, SOURCE.md; helper J, session 31), 部门整体支出绩效目标申报表: a unit's whole spending at
     * 目标申报, its 部门总体资金情况 split by 收入构成 and 支出构成 (基本支出 724.2318 + 项目支出 243.96 = 968.1918, 占比 74.8% / 25.2%).
     * The stored copy ends in the 部门职能概述: no goal or indicator in it.
     */
    @Test
    void guangshuiZhengfuban2021() {
        assertEquals(List.of(
                "indicator-category-missing none /indicators warning"),   // no indicator: the copy ends before them
                // not: 724.2318 + 243.96 = 968.1918 (the 支出构成 adds up to its 合计); the blank 近两年收支金额 and 其他资金 cells
                findings("t55-guangshui-zhengfuban-2021"));
    }

    /**
     * 2020年度长江禁捕项目自评表 (渔业成品油价格改革补贴, 单位名称 农业工作科, 主管部门 区市场监督管理局; SOURCE.md; helper J,
     * session 31): the 20 + 80 layout of t13 and t18 (预算数(A) / 执行数(B) / 执行率(B/A), 年初目标值(A) / 实际完成值(B) / 得分, no
     * 分值), its 执行率 printed 1 (B/A, not a percent), a 满意度 row carrying 40 of the 80 points with ≥90% as its actual, and a
     * 效益指标 label with no indicator under it. The printed 得分 add up to the 总分: 20 + 20 + 10 + 10 + 40 = 100.
     */
    @Test
    void jinbuYuye2020() {
        assertEquals(List.of(
                "actual-equals-target-pattern copied-value /indicators/3/actual warning",   // 抽样调查满意度 ≥90% beside a bare 90%: a range, no survey result (copied, "照抄的目标写法", until session 47)
                // level1-approved since session 57 (audit s56 A11 C4; the level1 fingerprint): at 自评 the approved targets lack it
                "indicator-category-missing level1-approved /indicators warning",   // 效益指标 printed with no indicator under it (ST-2)
                // not indicator-target-no-comparator at /indicators/2/target (until session 48): time-in-name-bare says the reading (Engine.timeCostBareOnce); 12月底之前完成 100%
                "indicator-target-no-comparator  /indicators/3/target info ≥",   // 退捕渔民抽样调查满意度 90%
                "indicator-target-no-comparator no-unit-noun /indicators/0/target info ≥",   // 补贴渔船数 6 (VAL-1): 渔船, "≥ 6 艘" (no-unit, "不知道计的是什么", until session 47)
                "indicator-target-no-comparator rate-full /indicators/1/target info ≥",   // 渔船补贴发放率 100%
                "indicator-time-cost-unspecified time-in-name-bare /indicators/2/target info",   // the deadline is the row's name, its target 100% (VAL-6)
                // not score-claim-mismatch total-data at /stated/total (until session 33): 总分 100 against 20 computed is within the
                // 80 points the rows without 分值 leave out, which the finding below asks for (Engine.unpointedTotalOnce)
                // -stated since session 34: quotes the stated total, which cannot be checked either (the same fingerprint).
                // Since session 48 -rows-match: the rows' printed 20 + 10 + 10 + 40 = 80 and the execution's 20 make the stated
                // 100, said so, and the 20 named as the execution's, not a 综合评分 of "20.00" (s47 audit item 3)
                // -own since session 52: the table is on its own framework, not 财预〔2020〕10号's project form, and the finding no
                // longer cites it ("财预〔2020〕10号 自评表每项指标都有分值" told the unit it filed the wrong form; audit s52 B2); the same finding
                // -unprinted since session 55: the 20 + 80 form prints no 分值 by design (project-20-80 "rowPoints": "unprinted"), so a note saying the form's limit, not an error asking for a column to invent (s55 A10 B2; UnprintedRowPointsTest); the same finding
                "score-input-missing indicator-points-none-short-rows-match-own-unprinted /indicators info"),   // no 分值 column (ST-1): one finding
                // not score-weights total beside it (20 (the execution's) of 100: no grade): the short variant says it, one defect one finding (trial s31)
                // not: the 执行率 printed 1 (B/A = 1.56 / 1.56; the score uses the amounts, 20 of 20); 20 + 20 + 10 + 10 + 40 = 100 = 总分;
                // satisfaction-without-survey: the row's name says how it was surveyed (抽样调查), and its copied actual is said above
                findings("t56-jinbu-yuye-2020"));
    }

    /**
     * 天津市宝坻区 2022 (畜禽粪污资源化利用整县推进项目, 2350 万元 of 中央预算内投资, 津财基指〔2022〕23号; SOURCE.md; helper A,
     * session 32), the first table from 天津: the 中央预算内投资计划绩效目标表 (目标申报), 实施效果指标 printed down its 一级 column
     * and 产出指标 / 效益指标 in its 二级 column, no 数量指标 or the like; the stored copy ends inside its fifth row. Before
     * session 32 each row was a schema error (实施效果指标 no level1), the heading an unknown 一级, and 产出's 数量, 质量 and 时效
     * and the 效益 category each said to be missing.
     */
    @Test
    void baodiFenwu2022() {
        assertEquals(List.of(
                "indicator-category-unknown level1-above /indicators/0 info",   // 实施效果指标 | 产出指标: three rows read under 产出指标
                "indicator-category-unknown level1-above /indicators/3 info",   // 实施效果指标 | 效益指标: one row under 效益指标
                "indicator-target-no-comparator no-unit-named /indicators/0/target info ≥",   // 建设项目个数(含续建) 1 (VAL-1)
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/1/target info ≥"),   // 竣工验收合格率 100%
                // not: 按进度计划实施情况 按计划实施 (a state, checkable); no 满意度 row (the copy ends before any: unknown);
                // no 二级 on any row (the form prints none; 产出 requires three 二级 and has three rows, 效益's are optional)
                findings("t57-baodi-fenwu-2022"));
    }

    /**
     * 桂平市审计局 2019 (广西 贵港, the first table from 广西): 桂平市部门整体支出绩效评价自评报告 on 桂平市财政局's 2020 template,
     * 收支概况 (计划安排资金 715.18, 实际到位 715.18, all 市县财政; 实际支出 565.75) and 年度决算报表支出明细 by economic line
     * (no field; its two 三公 lines as threePublic), the copy ending at 支出合计: no indicator.
     */
    @Test
    void guipingShenji2019() {
        assertEquals(List.of(
                // not execution-rate-unexplained (a warning until session 54): 565.75 / 715.18 = 79.11 %, its reason's place (the
                // report's later parts) past the copy's end, which its framework now says (partialCut.executionReason; audit s54 A9 B2)
                // no indicator row (the copy ends at 支出合计): its framework says so as data since session 52 (partial,
                // partialCut.indicators), so the note says the score is the part's and gives no grade; until then score-weights
                // total-no-indicators, an error asking for rows the copy never had (audit s52 A7 row A4; until session 34 also
                // indicator-category-missing none and score-weights total)
                "score-weights partial /partial info"),
                // not: the 21 economic lines add up to 715.18 and 565.75 (no field: eight lines spent over their plan, SOURCE.md);
                // 三公经费 3.32 within its 9.3 (公务接待费 0.99 of 4.5, 公务用车运行维护费 2.33 of 4.8)
                findings("t65-guiping-shenji-2019"));
    }

    /**
     * 附件1 部门整体支出绩效评价指标表 (a province's template, no department, region or year printed; standards.md PROV-DEPT):
     * a score sheet on its own 指标体系 (投入 13: 在职人员控制率 5, “三公经费”变动率 8, each with its 评价标准 and 得分), scored on
     * its framework as transcribed ({@code t66-department-indicators.json}), the copy breaking off at 过程: two 得分 with no
     * figure behind them.
     */
    @Test
    void bumenZhibiao13() {
        assertEquals(List.of(
                "schema required-titled  error",   // no year in the copy
                // 三公 change scored 8: this year's 三公经费 and last year's not given, budget.json holding no figure at all: one
                // file-empty since session 52 (two errors until then, /threePublic/actual and /previousYearActual; audit s52 C2)
                "score-input-missing file-empty  error",
                // 在职人员控制率 scored 5: 在职人员数 and 编制数 not given, no management.json: one finding asking to create it
                // (until session 47 one no-file for each figure, both at 申报整体, both asking to create the file)
                // one criterion: named (until session 48 "1 个评分指标…这些评分指标"); its score 5 printed, the figures missing
                // (-scored since session 57: "或自评得分" before)
                "score-input-missing file-missing-one-scored  error",
                "score-weights partial /partial info"),   // 13 of 100 points held: no grade
                // not: a score-claim-mismatch on the 5 and 8 (nothing computed to compare them with until the figures are given)
                findings("t66-bumen-zhibiao-13"));
    }

    /**
     * 2021年吕梁山护工培训 (山西 吕梁, SOURCE.md; helper N1, session 34): a year-end table of 一级 / 二级 / 指标名称 / 目标值 / 完成值
     * with no 分值, 得分 or funds, its 二级 printed 产出数量 / 产出质量 / 产出时效 / 产出成本 and 满意度 under 效益指标; the copy
     * (an attachment's recognised text) names no unit. Four targets missed with no reason, two failures told in words.
     */
    @Test
    void lvliangHugong2021() {
        assertEquals(List.of(
                // 培训任务完成及时 2021.1.1-12.31 → 2021.1.1-12.31: the planned period again, not the date the training was done
                // (VAL-3; as t59's 2023年12月前 is copied-date). Not counted in the share: the table reports its misses elsewhere
                "actual-equals-target-pattern copied-period /indicators/5/actual warning",
                // not actual-equals-target-pattern copied-value at row 12 (参培学员满意度 88.32%及以上 for 95%及以上: a value with
                // 及以上, a range; copied until session 34, "照抄的目标写法"; until session 48 beside the miss at the same cell):
                // indicator-target-missed range-actual below says the miss and the range (Engine.missedAtFullOnce)
                // 18—54周岁 → 存在18岁以下、54周岁以上: since session 57 (audit s57 A12 row B1) a miss stated in words, some outside
                // the range (indicator-target-missed stated-range-unscored below, asking for the count or share meeting the
                // condition); until then indicator-actual-incommensurable quantitative-target-range here, an error "无法比较"
                // (-range since session 35; before it "如“54 周岁”", the range's upper end as an example actual)
                // not indicator-category-unknown at rows 0, 2, 5 and 7 (until session 34): 产出数量 / 产出质量 / 产出时效 / 产出成本 under
                // 产出指标 are its 数量 / 质量 / 时效 / 成本指标, the 一级's name run in front (Labels.runTogether); the engine read
                // them so, and still asked "是否应为数量指标？" four times
                "indicator-category-unknown elsewhere /indicators/12 info",   // 满意度 under 效益指标 (ST-2)
                // the five misses: since session 56 each its -unscored variant (the same finding), no "并在得分中相应扣分" / "说明原因并
                // 扣分": the completion table prints no 分值 or 得分 by design (unpointed), so there is nothing to deduct (audit s55 A10 C1)
                "indicator-target-missed bare-full-unscored /indicators/3/target warning",   // 结业考核通过率 100% → 98.79%; "= 100%" offered alone, not "≥、≤ 或 =" (bare-full, session 49)
                "indicator-target-missed bare-unscored /indicators/0/target warning",   // 培训任务 12500名 → 12166名 (97.3 %)
                "indicator-target-missed range-actual-unscored /indicators/12/actual warning",   // 95%及以上 → 88.32%及以上, no reason (ST-1)
                // 1-6期培训结束后及时考核 → 1-2期未能及时培训: the miss told in words (session 35; until then an error, "两者无法比较",
                // the actual read as 1 to 2 of a unit "期未能及时培训")
                "indicator-target-missed stated-range-unscored /indicators/2/actual warning",   // 存在18岁以下、54周岁以上 (session 57)
                "indicator-target-missed stated-unscored /indicators/6/actual warning",
                "indicator-target-missed unscored /indicators/9/actual warning",   // 参训学员就业率 60%及以上 → 53.53%
                "indicator-target-no-comparator  /indicators/1/target info ≥",   // 11所 (VAL-1)
                // cost-ceiling since session 50: a cost read as a ceiling is said as one, "成本上限（不超过该标准）", not "反向指标（越低越好）" (the plain note's fingerprint)
                "indicator-target-no-comparator cost-ceiling /indicators/7/target info ≤",   // 补贴标准 3000元/人 under 产出成本: a cost, ≤ (2600 met)
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator percent-full /indicators/4/target info ≥",   // 培训机构考核验收达标 100% — no rate: "该指标以百分比计", not "该比率" (percent-full, session 49)
                "indicator-target-unmeasurable actual-repeats /indicators/10/target warning",   // 基本提高 (VAL-2)
                "indicator-target-unmeasurable actual-repeats /indicators/11/target warning",   // 有效巩固
                "indicator-target-unmeasurable actual-repeats /indicators/8/target warning",   // 有效减轻
                // 培训任务完成及时 2021.1.1-12.31 under 产出时效: the budget year itself, no deadline (time-whole-year). Since session 50
                // 产出时效 (its 一级's name run in front) is a 时效 二级 to every rule (Direction.isTimeCategory, the one
                // recognition); until then the lint rules read only 时效指标 / 时效, and W1 left this row unflagged
                "indicator-time-cost-unspecified time-whole-year /indicators/5/target info",
                "satisfaction-without-survey project /indicators/12 info",   // 88.32%: no survey named
                // no funds block in the table (SC-4): 执行数 and 预算数, one finding. Since session 57 (audit s57 A12 row B2) the
                // framework says the form lists no funds (noFunds): a warning that the report gives no budget execution, the
                // execution unscored and out of the points scored (the same finding); until then an error, "此项按 0 分计", asking
                // for both figures in budget.json, and "0.00 / 10.00" with the execution as the biggest loss
                "score-input-missing figures-no-funds /funds/total/executed warning",
                // no 分值 column, by design of a completion table: said by the framework beside the table (unpointed, session 55:
                // audit s55 A10 row B3); until then score-input-missing indicator-points-none-table-short, an error citing
                // "财预〔2020〕10号 自评表每项指标都有分值". -none since session 57: nothing else is scored either (the same finding)
                "score-weights unpointed-none /unpointed info"),
                // not: 有效减轻 → 有效减轻 and the like in the share (vague words written back, each said above by unmeasurable's
                // actual-repeats, on a table that reports its misses: 3 + 1 of 13 would not be a pattern either);
                // the per-school list after the table (an allocation, not the funds' execution)
                findings("t58-lvliang-hugong-2021"));
    }

    /**
     * 人才驿站补助资金 2023 (福建 宁德, SOURCE.md; helper N1, session 34): a project self-evaluation report's 项目年度绩效目标(定量目标)
     * table (评价内容 产出目标 / 数量目标, 绩效内容, 绩效目标值 ">=2个", 实际完成值, 累计完成率), its 时效 and 成本 rows and its scores in
     * the text; the reprint in traditional characters, cut before the 效益 rows.
     */
    @Test
    void ningdeRencaiyizhan2023() {
        assertEquals(List.of(
                // 资金到位时间 2023年12月前 → 2023年12月前: a deadline, no date done (VAL-3; copied until session 34, which asked for "数值")
                "actual-equals-target-pattern copied-date /indicators/5/actual warning",
                // not indicator-category-missing level1 since session 56: the 效益 and 满意度 rows are past the copy's end (the text
                // scores 社会效益目标 and 服务对象满意度), which the framework now says as data (partial, partialCut.endsIn 效益指标);
                // until then the warning called their absence a gap in the table (s55 P8's left-alone)
                "indicator-input-as-output budget-restated /indicators/6/target warning",   // 项目资金投入 10万元 = 累计安排资金 10 (ST-7)
                "indicator-input-as-output name /indicators/5 info",   // 补助资金到位时间 as a timeliness output
                "indicator-input-as-output spending /indicators/4 warning",   // 补助资金到位率 as a quality output (ST-7)
                "indicator-target-at-ceiling  /indicators/4/target info",   // >=100% on a rate (VAL-4)
                "indicator-target-far-exceeded  /indicators/2/actual info",   // 服务人次 1700 against >=500: 3.4 ×
                // 人才驿站数量 >=2个 → 0个, no reason (ST-1); unscored since session 56: the table prints no 分值 or 得分 (unpointed),
                // nothing to deduct (audit s55 A10 C1; the same finding)
                "indicator-target-missed unscored /indicators/0/actual warning",
                // 项目资金投入 10万元 → 0万元 while 补助资金到位率 is 100% (session 48; the text's 预算执行率 3 of 3, "资金使用率大于95%",
                // is not transcribed): -arrived since session 49, as 到位 is not 支出 and 0 of 2 驿站 were recognised, so money
                // unspent is plausible from the cells; the warning asks for the cost, or why nothing was spent (the row's 偏差原因
                // written, it is an info, -arrived-reasoned: fixture cost-actual-zero-arrived-reasoned-ningde-2023, audit s51 A6 row 3)
                "indicator-time-cost-unspecified cost-actual-zero-arrived /indicators/6/actual warning",
                // 执行数 not printed (the text: 资金使用率大于95%, and 0万元 put in). Since session 57 (audit s57 A12 row B2) worded for the
                // report (not-in-report: "报告没有写出…（只写了“累计安排资金”10 万元）…未计分"), the execution unscored and out of
                // the points scored, the score line "不计分"; until then "此项按 0 分计" and 0 of 10 as the biggest loss, against the
                // report's own "预算执行率本项目满分3分,得3分" (the same finding)
                "score-input-missing not-in-report /funds/total/executed error",
                // no points per row, by design of the report's table (the report scores its criteria in the text): said by the
                // framework beside the table (unpointed, session 55: audit s55 A10 row B3); until then score-input-missing
                // indicator-points-none-table-short-stated, an error citing "财预〔2020〕10号 自评表每项指标都有分值"
                // the cut (session 56): the copy begins inside the report and breaks off in its scoring text; -unpointed, the
                // form's rows being unscored by design
                // -none since session 57: the execution unscored, nothing is scored (the same findings)
                "score-weights partial-unpointed-none /partial info",
                "score-weights unpointed-none /unpointed info"),
                // not: >=28次 → 40次, >=95% → 98% (met, as written); 累计完成率 (no field); 项目资金投入 0万元 as a miss (≤ the
                // budget: met as a cost; the report scores it 0 of 10, which no row carries)
                findings("t59-ningde-rencaiyizhan-2023"));
    }

    /**
     * 南岳区乡村振兴局 2023 (湖南 衡阳, SOURCE.md; helper N1, session 34), 2023年雨露计划就学补助项目: the 雨露计划绩效目标申报表
     * (目标申报; 专项资金情况 by 中央 / 省级 / 市级资金 / 本级 / 其他, 三级指标内容 / 指标值及单位), a reverse rate written
     * ≥ (逾期发放率 >=100%); the stored copy ends in the 成本指标 row's value.
     */
    @Test
    void nanyueYulu2023() {
        assertEquals(List.of(
                // not (since session 52, audit s52 A7 row A3): indicator-category-missing level1 (no 效益 row: past the copy's
                // end, its partial framework) nor indicator-incomplete empty-category-target at /indicators/3 (补助标准: the copy
                // breaks off in its value, "15": partialCut.targetOf)
                // not indicator-target-at-ceiling at /indicators/2/target (until session 47): time-rate-ceiling says the reading there (Engine.timeRateOnce); 就学补助及时发放率 >=100% (VAL-4)
                // 逾期发放率 >=100%: a rate to keep low written as a floor, the direction the wrong way round; until session 34 an
                // info asking for "= 100%" (key "", so its fingerprint changes once: docs/ci.md)
                "indicator-target-at-ceiling reverse /indicators/1/target warning",
                "indicator-target-no-unit unit-name-households /indicators/0/target warning",   // 年度申请就学补助户数 >=101人/次:
                // households counted in person-times (session 35: until then no rule compared a name's unit with its target's)
                "indicator-time-cost-unspecified time-rate-ceiling /indicators/2/target info"),   // 及时发放率 with no date (VAL-6)
                // not: 7 = 0 + 7 + 0 + 0 + 0 (the components add up)
                findings("t60-nanyue-yulu-2023"));
    }

    /**
     * 2023年福彩中心绩效项目支出自评表 (宁夏, SOURCE.md; helper F, session 35), the first table from 宁夏: 彩票市场调控资金﹣宁夏福彩AP系统改版升级,
     * a 中央 special fund's project table as the region fills it in (中央主管部门 and 自治区主管部门; 全年预算数 / 全年执行数 / 执行率
     * only; 年度指标值 / 全年完成值 / 未完成原因和改进措施, no 分值 or 得分); the recognised copy ends in the 可持续影响 row.
     */
    @Test
    void ningxiaFucai2023() {
        assertEquals(List.of(
                // 完成时间 12月 → 已完成: no day done (VAL-3), asked for as a warning, scored 达成 on the words (session 47, audit
                // item 5); until then quantitative-target, an error asking for the actual "12 月", and 12月 read as ≤ 12 months
                // (indicator-target-no-comparator ≤ at /indicators/2/target, no longer said: beside 已完成 it is words as 12月底前 is).
                // -unscored since session 50: the form is unpointed and nothing is scored, so "计分时暂按…读作达成" is left out
                // (Engine.unscoredRowsWording; audit s50 A5 row 5, A3 row 8)
                "indicator-actual-incommensurable deadline-done-undated-unscored /indicators/2/actual warning",
                // 项目建设成本 ≤50万元 beside a budget of 50 万元: a ceiling at the budget, no cost control shown (a note; session 47)
                "indicator-input-as-output budget-ceiling /indicators/3/target info",
                // 同比2022年销量显著提高 (below) is both the 经济效益 and the 社会效益 target: one effect, the year's sales, counted
                // as two benefits (since session 53: audit s52 A7 row D4)
                "indicator-repeated-across-categories  /indicators/5/target warning",
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator percent-full /indicators/0/target info ≥",   // 福彩APP系统改版升级 100% (VAL-1) — no rate: "该指标以百分比计", not "该比率" (percent-full, session 49)
                "indicator-target-no-comparator rate-full /indicators/1/target info ≥",   // 验收合格率 100%
                // 同比2022年销量显著提高 (twice): 显著 sets no level (VAL-2); missed until the year compared with stopped
                // counting as a figure (TargetParser.YEAR, session 35). Both actuals 显著提高, the target's words again: since
                // session 47 the finding says so (actual-repeats; audit A2)
                "indicator-target-unmeasurable actual-repeats /indicators/4/target warning",
                "indicator-target-unmeasurable actual-repeats /indicators/5/target warning",
                // 执行率 95.00% where 47.68 / 50 = 95.36 % (AR-3; missed until session 35: no rule held a funds row's stated
                // rate to its own amounts); said at the total only, its one source row (中央财政补助) stating the same three
                // figures (until session 47 a second error at /funds/components/0)
                "rate-mismatch  /funds/total/executionRatePercent error",
                // the 区域 form prints no 分值 or 得分 by design (mof-transfer-region, unpointed): the rows are not scored, only
                // the execution (9.54), no grade. Until session 42, on mof-project-2020, score-input-missing
                // indicator-points-none-table-short, an error asking for a 分值 column the form does not have
                "score-weights unpointed /framework info"),
                // not: ≤50万元 → 47.68万元 as a miss (a cost met); 未完成原因 blank on every row (none missed)
                findings("t61-ningxia-fucai-2023"));
    }

    /**
     * 新洲区楚剧团 2020 (湖北 武汉, 演出设备更新专项经费, SOURCE.md; helper F, session 35): 湖北's project 自评表 with weights of 110
     * (five rows of 20 and the execution's 10) under 总分 100, the execution row unscored and 98 the rows' scores alone; 时效 and
     * both 效益 二级 left as the template's empty "指标1: 指标2:"; the document's text run together, two names garbled.
     */
    @Test
    void xinzhouChujutuan2020() {
        assertEquals(List.of(
                "indicator-incomplete no-execution-score /funds/total warning",   // 年度资金总额: 分值 10, no 得分 (98 leaves it out)
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 50件 (VAL-1)
                "indicator-target-no-comparator  /indicators/1/target info ≥",   // 100件
                // cost-ceiling since session 50: a cost read as a ceiling is said as one, "成本上限（不超过该标准）", not "反向指标（越低越好）" (the plain note's fingerprint)
                "indicator-target-no-comparator cost-ceiling /indicators/4/target info ≤",   // 演出设备成本 2万元: a cost, ≤
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/7/target info ≥",   // 演出人员满意度 100%
                "indicator-template-row required /indicators/3 warning",   // 时效指标: 指标1: 指标2:, nothing in them
                // 经济效益指标 and 社会效益指标: the same, no 效益 row at all (ST-2); one missing category, said once at the
                // first naming the second (required-rows, since session 51: audit s50 A5 §2; /6 was a second finding)
                "indicator-template-row required-rows /indicators/5 warning",
                "overall-goal-not-a-goal achieved-vague /overallGoals/achieved/0 info",   // 实际完成情况: 已完成
                "satisfaction-without-survey equal /indicators/7 warning",   // 100% → 100%, no survey named
                "score-assumption achievement /indicators/2/actual info",   // 合格 → 合格: read as 达成
                // 2万元 → 2万元 met, scored 18 of 20, no reason (SC-1): the weights (110) named as the defect to fix first since
                // session 48 (indicator-below-unbased); until then "综合评分按 20.00 分计", towards a total of 110.00 / 110.00
                "score-claim-mismatch indicator-below-unbased /indicators/4/score warning",
                // 总分 98 (the rows' printed scores) against 110 computed; since session 35 the message calls 110 the sum "按评分标准计算"
                // (it said "各指标得分之和", which the 得分 column, adding up to 98, contradicts)
                "score-claim-mismatch total-unbased /stated/total info",
                // 10 + 5 × 20 = 110 under 总分 100 (ST-6); -split since session 53 (the total's fingerprint, a detail): it lists
                // 产出 80 (four rows of 20) where the framework puts 50 and 满意度 20 where it puts 10, until then two split
                // warnings beside it, the breakdown of the one 110 (Engine.splitInTotalOnce; audit s52 A7 row C3)
                "score-weights total-split /indicators error",
                // the total row shows one 30 fewer than the component row (30 30 10 100% against 30 30 30 100%): read with its
                // 年初预算数 blank, which the component's 30 fills (either reading leaves one cell of the row blank); since
                // session 52 funds-blank-initial, a warning (the same finding): the rate and score read the row's own 30 | 30,
                // not the components, and "执行率和得分已按各项之和计算" was false (audit s52 A5)
                "sum-mismatch funds-blank-initial /funds/total warning"),
                // not: 合格 → 合格 and 50件 → 50件 (met as written); 执行率 100% (30 / 30)
                findings("t62-xinzhou-chujutuan-2020"));
    }

    /**
     * 奉节县云雾土家族乡 2023 (重庆, 加工园配套设施建设项目, SOURCE.md; helper F, session 35): 重庆's 项目支出绩效目标审批表 (目标申报),
     * 项目分类 / 建设周期 / 项目审批 above 项目资金 "预算执行 10分", 年度绩效目标 (90分) with 分值 and 指标解释 per row and each 一级's
     * points as a range, 成本指标 (0-20) first as 财预〔2021〕101号's 一级; the stored copy ends at the first 产出 row.
     */
    @Test
    void fengjieYunwu2023() {
        assertEquals(List.of(
                // not (since session 52, audit s52 A7 row A3) indicator-category-missing for 数量, 时效, 质量 and 效益: past the
                // copy's end, "产出指标 | 数量指", which its partial framework names (partialCut.endsIn: the form prints 成本 first,
                // as 101号 orders them, so the copy's last row is no end in the taxonomy's order)
                // 项目建设成本 ≤65万元, the year's budget of 65 万元 as the ceiling: not budget-restated (it has its comparator),
                // but the budget already caps the spending, so no cost control is shown (a note, session 47; until then not flagged)
                "indicator-input-as-output budget-ceiling /indicators/0/target info"),
                // not: 成本指标 (0-20) / 经济成本指标 as 101号's 一级 (read as such, no category-unknown); 社会成本 / 生态环境成本
                // printed empty (optional)
                findings("t63-fengjie-yunwu-2023"));
    }

    /**
     * 同心县下马关镇 2023 (宁夏 吴忠, 设施农业黄金蜜(葡萄)种植项目, SOURCE.md; helper F, session 35): a 绩效目标设定的公示 whose targets are
     * the notice's own sentences ("数量指标:…(≥**株)>=17600株;…"), not a table; the template's hints left in every name, two
     * effects with no value, a cost per plant with no money unit.
     */
    @Test
    void tongxinXiamaguan2023() {
        assertEquals(List.of(
                "indicator-category-missing  /indicators warning",   // no 质量指标 row: 种植作物成活率 is printed under 数量指标
                // 生态效益指标: 生态修复功能提高, and 可持续影响指标: 持续发展, no value; -aim since session 52 (the same findings):
                // aims, not rows to delete as 不适用 (audit s52 B4)
                "indicator-incomplete empty-category-target-aim /indicators/7 error",
                "indicator-incomplete empty-category-target-aim /indicators/8 error",
                // not indicator-target-at-ceiling at /indicators/2/target (until session 47): time-rate-ceiling says the reading there (Engine.timeRateOnce); 完成及时率 >=100% (VAL-4)
                // 种植作物成活率(≥**%) >=85: no % (VAL-1); since session 36 unit-in-hint (the plain note's fingerprint): the % is in
                // the template's hint only, which placeholder-left asks to remove, so the message says to write "≥ 85%"
                "indicator-target-no-unit unit-in-hint /indicators/1/target info",
                // ≤28.40/株: a cost per plant with no money unit (元); until session 35 key cost-rate, "只是一个比率，说不出成本是多少"
                // (a rate, which it is not), asking for a ceiling in 万元 for the project where a unit cost is right
                // …补助成本(≤**元/株) "≤28.40/株": the hint says 元, so not "是元还是万元，无从判断" but the hint's unit written
                // into the target (cost-no-money-unit-hint, since session 51: audit s50 A5 row 8)
                "indicator-time-cost-unspecified cost-no-money-unit-hint /indicators/3/target info",
                "indicator-time-cost-unspecified time-rate-ceiling /indicators/2/target info",   // 100% timely against no date (VAL-6)
                // the template's ** hints left in 8 names: one note for the table, at its first, with the count (until
                // session 47 one a row)
                "placeholder-left template-mark-name /indicators/0/name info"),   // 黄金蜜(葡萄)种植数量(≥**株) and seven more: (≥**%), (≤**元/株), (≥**万元), (≥**户)
                // not: >=17600株, ≥80万元 (twice), ≥10户, ≥95% (values with their comparators and units); the ★ marks
                findings("t64-tongxin-xiamaguan-2023"));
    }

    /**
     * 临邑县师范附属小学 2025 (山东 德州, 小学教育公用经费, SOURCE.md; helper F2, session 36): a 项目支出目标申报表 with only
     * 一级 / 二级 / 三级 / 年度数值 / 备注, every category spelt with 值 for 指标 (产出值, 数量值 … 可持续影响值), no 满意度 row.
     */
    @Test
    void linyiFuxiao2025() {
        assertEquals(List.of(
                // cost-ceiling since session 50: a cost read as a ceiling is said as one, "成本上限（不超过该标准）", not "反向指标（越低越好）" (the plain note's fingerprint)
                // paid-standard since session 56 (audit A11 C5): funding per pupil paid in full, "=", not a ceiling (cost-ceiling's fingerprint)
                "indicator-target-no-comparator paid-standard /indicators/3/target info =",   // 生均公用经费 780元/生/年 (VAL-1)
                "indicator-target-unmeasurable  /indicators/6/target warning",   // 生态效益值 安全情况: 有效 (VAL-2)
                // "= 100%" on aims, of no measured thing (ST-9; missed until session 49, audit s48 §3): 100 % of what?
                "indicator-target-unmeasurable aim-rate /indicators/1/target warning",   // 教学条件改善、办学水平提高
                "indicator-target-unmeasurable aim-rate /indicators/5/target warning",   // 教学质量提高、办学条件改善
                // 时效值 教育均衡化发展 有效: no date or period to be timely against (VAL-6); read since the 值 spelling names
                // 时效指标. Said once: until session 47 also indicator-target-unmeasurable at the same cell (VAL-2), both
                // warnings, where the date is what the row lacks
                "indicator-time-cost-unspecified time /indicators/2/target warning"),
                // not: 数量值 … 可持续影响值, the form's spelling of 数量指标 … 可持续影响指标 (值 for 指标; until session 36
                // indicator-category-unknown on all eight rows, Taxonomy.same); <=6962人 (a ceiling on the pupils served: no
                // rule reads a 数量 target's direction); 经费有效使用情况 and 学生受益情况 =100% (a …情况 with no aim word: left
                // alone, session 49); no 满意度 row (ST-4: its weight goes to 产出 / 效益); 438.768 万元 against 780 元 × 6962 (no rule)
                findings("t67-linyi-fuxiao-2025"));
    }

    /**
     * 就业补助资金绩效自评表 2024 (安徽 淮南 田家庵区人社局, SOURCE.md; helper F2, session 36): the 中央 transfer's 区域绩效自评表 with
     * its 资金管理情况 block (分配科学性 … 支出责任履行情况), 全年预算数 / 全年执行数 / 预算执行率 only; the copy ends at the indicator
     * block's heading.
     */
    @Test
    void tianjiaanJiuye2024() {
        assertEquals(List.of(
                // 692.98 / 808.1 = 85.75 %, below 90 %, no reason (存在问题和改进措施 blank; 执行准确性 says there is no gap)
                "execution-rate-unexplained  /funds/total/executed warning",
                // no indicator row: past the copy's end, said since session 52 by its framework beside the table (extending
                // mof-transfer-region, partialCut.indicators): the partial note, not indicator-category-missing none (a
                // warning asking for rows the copy never had). Until session 42 (on mof-project-2020) score-weights
                // total-no-indicators, which asked for the rows "with their 分值", points the 区域 form does not print
                "overall-goal-not-a-goal achieved-vague-claim /overallGoals/achieved/0 info",   // "各项就业创业工作指标均按要求完成…顺利开展": no figure (session 58: A12 E2)
                "score-weights partial-unpointed /partial info",
                // the form prints no 分值 or 得分 (mof-transfer-region): no grade. Said as inherited from mof-transfer-region at the
                // file's extends since session 54 (unpointed-inherited, unpointed's fingerprint): from session 52 at the file's
                // /unpointed, a key it does not have; /framework of department.json before
                "score-weights unpointed-inherited /extends info"),
                // not: 86% printed for 85.75 % (rounded to the whole percent: rate-mismatch rightly silent); 资金管理情况 (no field)
                findings("t68-tianjiaan-jiuye-2024"));
    }

    /**
     * 塘湖镇人民政府 (安徽 天长, filed 2021-05-18, SOURCE.md; helper F2, session 36): a town's 部门整体 self-evaluation on the
     * 20 + 80 form of t13 / t18 (预算执行情况 20 分, 年度目标 80 分, 得分 but no 分值), scored on that form's framework
     * (tanghu-department-2020.json beside the table); 执行数 blank beside 执行率 100%, 二级 日效性指标 misprinted, every
     * actual its target.
     */
    @Test
    void tianchangTanghu2020() {
        assertEquals(List.of(
                "actual-equals-target-pattern copied /indicators/2/actual warning",   // 2天以内 → 2天以内: the target copied (VAL-3)
                // approved since session 56 (audit A11 C4): at 自评 / 运行监控 the year's approved targets, set next year, not added now
                "indicator-category-missing approved /indicators warning",   // no 质量指标 row (ST-2)
                "indicator-category-unknown  /indicators/2 warning",   // 日效性指标, a misprint: "是否应为时效指标？"
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 办结信访案件 168起 (VAL-1)
                "indicator-target-no-comparator  /indicators/1/target info ≥",   // 拆除活人墓、豪华墓 32座
                // 改善人居环境: 有效改善 → 有效改善; 提升出行效率: 有效提升 → 有效提升 (VAL-2); since session 47 the finding says the
                // actual only writes the target's words again (actual-repeats, the plain finding's fingerprint; audit A2)
                "indicator-target-unmeasurable actual-repeats /indicators/3/target warning",
                "indicator-target-unmeasurable actual-repeats /indicators/4/target warning",
                // 执行数(B) blank beside 预算数 864.2 and 执行率 100%, 得分 20: the rate and its 20 points rest on no figure
                // (session 36; F2 recorded it as missed)
                "rate-mismatch executed-blank /funds/total/executionRatePercent warning",
                "satisfaction-without-survey  /indicators/5 info",   // 群众对政府工作满意度 ≧90% → 95%, no survey named (VAL-7)
                "schema required-titled  error",   // no year in the copy (only the filing date 2021.5.18)
                // no 分值 column (SC-1): the six 得分 (80) cannot be held to points; with the execution's 20 they make the
                // 总分 100, said since session 48 (-rows-match, the same fingerprint; until then -stated, "not checkable")
                // -own since session 52: the table is on its own framework, not 财预〔2020〕10号's project form, and the finding no
                // longer cites it ("财预〔2020〕10号 自评表每项指标都有分值" told the unit it filed the wrong form; audit s52 B2); the same finding
                // -unprinted since session 55: t69 extends project-20-80 (K1), whose "rowPoints": "unprinted" (P9) says the form
                // prints no 分值 by design: a note, not an error asking for a column to invent (s55 A10 B2); the same finding
                // -rate since session 58: the 20 scored rest on the 100 % written, 执行数 blank ("按所写执行率计，未经核对"); the same finding
                "score-input-missing indicator-points-none-short-rows-match-own-unprinted-rate /indicators info"),
                // not: 产出/时效 as missing beside 日效性指标 (one defect: until session 36 said twice, IndicatorCategoryMissing
                // now takes a misprint's one nearest label as the category meant, as it took 进度指标 for 时效);
                // 2天以内 as a deadline (以内: ≤); ≧90% → 95% (met); 20 + 80 = 总分 100
                findings("t69-tianchang-tanghu-2020"));
    }

    /**
     * 衡山县贯塘乡人民政府 2023 (湖南 衡阳, 2023年部门决算公开 附件一 / 附件二, SOURCE.md; helper F3, session 36): a 乡镇's
     * 部门整体支出绩效自评表 on the national layout, its 年度资金总额 split twice, 按收入性质分 (1325.68 + 118.82 + 585.62 =
     * 2030.12) and 按支出性质分 (基本支出 900.47 + 项目支出 1025.20 = 1925.67), with the 基础数据表 (编制 46, 在职 50, 三公 0,
     * 公用经费 85.76 → 193.42). The stored copy ends inside 预期目标: no indicator; scored on the partial framework beside it.
     */
    @Test
    void hengshanGuantang2023() {
        assertEquals(List.of(
                // 年初 861.10 → 全年 2030.12 (+135.76 %) with no reason: the national form has no place for one, but a budget
                // more than doubled is what a reviewer asks about (a note above 30 %, session 47; until then not said)
                "adjustment-missing-reason changed-far /funds/total/fullYear info",
                // 公用经费 193.42 spent against the 2023 预算数 85.76 (225.54 %; no full-year figure printed) and 在职 50 against
                // 编制 46 (108.70 %): the 基础数据表's two ceilings exceeded, which a 财政局 reviewer asks about (MOF-53's
                // 公用经费控制率 and 在职人员控制率; session 47, until then no rule read them); expense-initial since session 52
                // (the same finding): "超过年初预算数 85.76 万元（表中没有全年预算数…）", the parenthesis after the figure (audit s52 B3)
                "control-limit-exceeded expense-initial /dailyPublic/actual/value warning",
                "control-limit-exceeded staff /staffing/actual warning",
                // the framework holds the funds row's 10 points only (the copy's end), and its note says the indicators are
                // past it: no indicator row is the copy's cut, not the form's defect. Until session 49 also score-weights
                // total-no-indicators, an error asking for the rows (Engine.partialCutOnce; audit A3, artefacts)
                "score-weights partial /partial info",
                // 基本支出 900.47 + 项目支出 1025.20 = 1925.67 against 全年执行数 2030.12, 104.45 apart (AR-1): the
                // spending breakdown does not add up to the execution the 10 points rest on
                "sum-mismatch funds /funds/total/executed error"),
                // not: 108.70 % = 50 / 46 and 执行率 100% = 2030.12 / 2030.12 (rate-mismatch rightly silent); 三公 all 0 (within);
                // 办公经费 49.09 of 27.00 (a 其中 line, no field); the 收入 breakdown (in notes) adds up
                findings("t70-hengshan-guantang-2023"));
    }

    /**
     * 罗湖区南湖街道办事处 2022 (广东 深圳, 罗湖区全面实施“瓶改管”工程 (南湖街道), SOURCE.md; helper F4, session 37): the first
     * 专项债券 project's self-evaluation in the set, its funds a scored row of 当年绩效指标, "债券资金管理指标(10分)": 总体支出进度
     * (当年实际支出金额/项目当年下达额度) with 实际支出金额 / 下达额度 / 实际完成值 / 分值 / 得分; the copy ends in the second 质量指标
     * row, scored on the partial framework beside it.
     */
    @Test
    void luohuNanhu2022() {
        assertEquals(List.of(
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 城中村、住宅区任务完成量 12个 (VAL-1)
                "indicator-target-no-comparator  /indicators/1/target info ≥",   // 任务完成套数 1785套
                "indicator-target-no-comparator  /indicators/2/target info ≥",   // 实现"清瓶"城中村、住宅区数 12个
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/3/target info ≥",   // 年度改造任务完成率 100%
                // 总体支出进度's 实际完成值 1,437, the amount again where the ratio it heads, 1437 / 1437, is 100 % (AR-3); said
                // so since session 48 ("执行率一栏填的是金额 1437（与全年执行数相同）", amount), where it read "写为 1437%"
                "rate-mismatch amount /funds/total/executionRatePercent error",
                "score-weights partial-carried /partial info"),   // the framework holds the bond row's 10 and 25 of 产出's 50: no grade
                // not: 产出/时效 nor 效益 missing (past the copy's end, after its 质量 row: CategoryPastCopyEndTest; until
                // session 38 two warnings); 1806套 against 1785套 (met); the bond row's 10 of 10 (1437 / 1437); 10 + 25 points (partial, no total);
                // 目标2's "12个住宅小区以及城中村" against 11 + 1 in 项目实施内容 (no rule compares a goal's counts with the text)
                findings("t71-luohu-nanhu-pinggaiguan-2022"));
    }

    /**
     * 重庆市忠县科学技术协会 2024 (重庆, 部门整体绩效自评表, SOURCE.md; helper F4, session 37): 重庆's 部门整体 form as the budget
     * system printed it in 2024, amounts in 元 with thousands separators, 执行率 / 执行率权重 / 执行率得分 on the 其中:财政拨款 row,
     * 自评总分 99.68 in the header; the copy ends in 全年目标实际完成情况, before the indicators.
     */
    @Test
    void zhongxianKexie2024() {
        assertEquals(List.of(
                // no indicator row (past the copy's end): the 90 points of the indicators unscorable, 9.69 of the 10 held, no
                // grade, and the stated 自评总分 99.68 cannot be checked (-stated). Not score-claim-mismatch total beside it
                // ("99.68 … 9.69 分不一致。以计算值为准", until session 37: a false alarm, 9.69 is no total and the gap, 89.99, is
                // within the 90 points; Scorer counts them as missing, Engine.unpointedTotalOnce says it once)
                // Since session 53 its framework marks the cut (chongqing-department-2021 extended, partialCut.indicators: audit
                // s52 A7 row A4): the partial note carrying the stated total, partial-stated, not the error total-no-indicators-stated
                // asking for rows the copy never had; the scorer tests read it whole on the built-in (Samples.wholeFramework)
                "score-weights partial-stated /partial info"),
                // not: 96.85 = 4,614,453.11 / 4,764,453.11 (rate-mismatch rightly silent); 一般公共预算, a part of 财政拨款 (notes)
                findings("t72-zhongxian-kexie-2024"));
    }

    /**
     * 武义县环境卫生管理所 2019 (浙江 金华, 防尘洗护费, SOURCE.md; helper F4, session 37): the first table from 浙江, 浙江省项目支出绩效
     * 评价报告 (浙江省财政厅制), a 财政评价 by a third party: 项目基本信息 (计划安排资金 1355.81, 实际到位 1355.81, all 市县财政; 实际支出
     * 588.23) and 项目支出明细 by economic line (no field; 计划支出数 blank on each line); the copy ends in 评价报告摘要: no indicator.
     */
    @Test
    void wuyiFangchen2019() {
        assertEquals(List.of(
                // not execution-rate-unexplained (a warning until session 54): 588.23 / 1355.81 = 43.39 %, the 浙江 report's 资金使用
                // analysis past the copy's end, which its framework now says (partialCut.executionReason; audit s54 A9 B2)
                // no indicator row (the copy ends in 评价报告摘要): the indicators' 90 points not scorable, 4.34 of the 10 held, no grade
                // since session 52 its framework marks the cut (partialCut.indicators): the partial note, no error asking for rows
                // the copy never had (audit s52 A7 row A4)
                "score-weights partial /partial info"),
                // not: the eight economic lines add up to 588.23 (no field, the plan by line blank); 实际到位 1355.81 = 计划安排
                findings("t73-wuyi-fangchen-2019"));
    }

    /**
     * 清涧县交通运输局 2021 (陕西 榆林, 寨山石坪、鲍家沟果园路, SOURCE.md; helper F4, session 37): the first table from 陕西, the
     * poverty-relief 绩效目标申报表 (t26's) attached to the county's allocation notice of 500万元; a 补助标准 as an amount (≤120万元)
     * and a 年度目标 worded as done. The copy ends at the first 效益 row.
     */
    @Test
    void qingjianGuoyuanlu2021() {
        assertEquals(List.of(
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 寨山石坪村新建水泥路1条 2km (VAL-1)
                "indicator-target-no-comparator  /indicators/1/target info ≥",   // 呼家河至鲍家沟新建水泥路1条 2km
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/2/target info ≥",   // 项目(工程)验收合格率 100%
                // not indicator-target-no-comparator at /indicators/3/target (until session 47): time-rate-bare says the reading there (Engine.timeRateOnce); 项目(工程)完成及时率 100%
                // 硬化水泥砼公路补助标准 ≤120万元: a 补助标准 is an amount per unit, written without what it is per (per 公里: 4 km ×
                // 120 = 480 of the 500万元). Since session 38 (F4 left it: "no rule can read per 公里 from the name"; the note asks
                // what it is per, not per 公里)
                "indicator-time-cost-unspecified cost-standard-no-per /indicators/4/target info",
                "indicator-time-cost-unspecified time-rate-bare /indicators/3/target info"),   // 100% timely against no date (VAL-6)
                // not: the goal's "解决了…改善了…" in a target table (no rule reads a goal's tense); no 效益 row (past the copy's
                // end, which its partial framework beside it says: a warning when pinned on mof-project-2020)
                findings("t74-qingjian-guoyuanlu-2021"));
    }

    /**
     * 潼南区五桂镇 2023 (重庆, 在职村村干部补助, SOURCE.md; helper F5, session 38): 重庆's 一般性项目绩效目标表(一级项目) as its
     * budget system prints it for a 镇, 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值 with no 一级 or 二级 column, weights adding up
     * to 90; scored on the form's own frame beside the table (重庆's 执行率 10 + 绩效指标 90, no categories).
     */
    @Test
    void tongnanWugui2023() {
        assertEquals(List.of(
                // 促进经济发展, 定性, 指标值 blank: asks for a standard that can be checked (until session 38 "如“≥ 60 个”“≥ 90%”",
                // a figure on a row the form marks 定性: QualitativeNoTargetTest)
                "indicator-incomplete no-target-qualitative /indicators/4 error",
                // 发放金额 ≥ 9.31 万元, the 当年预算 9.31 paid out in full as a target: an input (ST-7). Missed when the table was
                // added: the rule read only rows filed as 产出, 效益 or cost, and this form files none
                "indicator-input-as-output unfiled-budget /indicators/2/target warning"),
                // not: no category on any row (the form has no 一级 / 二级 column: its frame has none); 20+10+20+20+20 = 90 (重庆's
                // 90 beside 执行率 10); 按月发放 = 1 次 (a count of 1 for a monthly payment: no rule reads a count against its
                // period); 本土人才满意度 on a payment to village cadres (no rule reads whose satisfaction is asked)
                findings("t75-tongnan-wugui-2023"));
    }

    /**
     * 忠县 2022 (重庆, 生猪(牛羊)调出大县奖励资金, SOURCE.md; helper F5, session 38): the 区域绩效目标表 of a 中央 transfer as the county
     * 财政局 passes it on with its allocation notice (资金名称 / 中央主管部门 / 省级 / 区县 财政部门 and 主管部门, 年度金额 397 with 其中:中央补助,
     * 年度目标, 一级 / 二级 / 三级 / 单位 / 指标值); the copy ends after the second 数量 row.
     */
    @Test
    void zhongxianShengzhu2022() {
        assertEquals(List.of(
                "indicator-target-no-comparator  /indicators/1/target info ≥"),   // 能繁母猪稳定率 90% (VAL-1)
                // not: 质量, 时效 nor 效益 missing (past the copy's end: its framework beside it, mof-project-2020's marked
                // partial, says where the copy breaks off; three warnings when pinned on mof-project-2020); ≥95% under 单位 % (the unit printed twice agrees); 397 = 397 + (blank); a 稳定率 whose base is not named
                // (no rule reads what a rate is of)
                findings("t76-zhongxian-shengzhu-2022"));
    }

    /**
     * 巴南区一品街道 2022 (重庆, SOURCE.md; helper F6, session 39): 重庆's 部门(单位)整体绩效目标表 for a 街道, 区级支出预算总量
     * 3724.39 万元, 指标名称 | 指标权重 | 计量单位 | 指标性质 | 指标值 with no 一级 or 二级 column, 预算执行率 one of the rows, the
     * weights adding up to 100; on {@code chongqing-department-2021}, 目标申报 (not scored).
     */
    @Test
    void bananYipin2022() {
        assertEquals(List.of(
                "indicator-target-no-comparator  /indicators/10/target info ≥",   // 服务对象满意度 95 % (VAL-1)
                // 森林受灾率 1 %: a share struck by disaster, the less the better: a ceiling, ≤ 1 %. Read as ≥ 1 % when the table was
                // added (no 受灾 word among Direction's 反向 words): a wrong reading told to the 街道 (DirectionTest)
                "indicator-target-no-comparator  /indicators/8/target info ≤",
                "indicator-target-no-comparator no-unit-named /indicators/7/target info ≥",   // 开展各种文艺活动场次 20: the name says 场次 (session 46; was no-unit)
                "indicator-target-unmeasurable  /indicators/3/target warning",   // 有效保障 (VAL-2)
                "indicator-target-unmeasurable  /indicators/4/target warning"),   // 有效改善
                // not: no category on any row (the form has no 一级 / 二级 column); 预算执行率 = 100 % as a row and the weights
                // adding up to 100 (the form's); 场次 in the name with a blank 计量单位; 125 公里 and 免疫 100 % agree with the goal
                findings("t77-banan-yipin-2022"));
    }

    /**
     * 安徽金寨经济开发区管理委员会 2021 (安徽 六安, 物业管理, SOURCE.md; helper F6, session 39): the 项目支出绩效目标申报表 of a
     * development zone's committee, 1125 万元, its names keeping the template's "指标1:" and, on three rows, its bracketed hint.
     */
    @Test
    void jinzhaiKaifaquWuye2021() {
        assertEquals(List.of(
                // 项目总成本(≤**万元) ≤1125万元, the whole budget as the ceiling the template asks for: no cost control shown (a
                // note, session 47; until then not flagged as a ceiling with its comparator, as t63)
                "indicator-input-as-output budget-ceiling /indicators/3/target info",
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 安置小区物业费 8个 (VAL-1)
                "indicator-target-unmeasurable  /indicators/5/target warning",   // 显著改善 (VAL-2)
                "indicator-target-unmeasurable  /indicators/6/target warning",   // 显著提高
                "indicator-target-unmeasurable  /indicators/7/target warning",   // 持续保障
                // the template's ** hints left in 3 names: one note for the table, at its first, with the count (until
                // session 47 one a row)
                "placeholder-left template-mark-name /indicators/3/name info",   // 项目总成本(≤**万元), 清算…物业费(≥**%)。, 小区居民满意度(≥**%)
                "placeholder-left template-numbering-name /indicators/0/name info"),   // the template's "指标1:" numbering kept before the names: 指标1:… on every row
                // not: the 质量 target's three things to look
                // at; 时效 "2021年全年" (a year-round service's period); 清算物业费 filed as 经济效益 (no rule reads a row's category
                // against what it measures)
                findings("t78-jinzhai-kaifaqu-wuye-2021"));
    }

    /**
     * 兵团 第一师阿拉尔市 六团 2021 (新疆, 特色产业基地气调保鲜库建设项目, SOURCE.md; helper F6, session 39): the 兵团本级财政衔接推进
     * 乡村振兴补助资金绩效目标申报表 the 师's 财政局 attaches to its allocation notice, 1500 万元, a project-total and a year column side
     * by side (项目资金总额 / 年度资金申请总额, 项目总目标 / 年度总体目标); the copy ends after the third 数量 row.
     */
    @Test
    void bingtuanLiutuan2021() {
        assertEquals(List.of(
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 新建保鲜库数量 1座 (VAL-1)
                "indicator-target-no-comparator  /indicators/1/target info ≥",   // 新建保鲜库面积 3550平方米
                "indicator-target-no-comparator  /indicators/2/target info ≥",   // 新建消防水池数量 1座
                "placeholder-left template-numbering-name /indicators/0/name info"),   // the template's "指标1:" numbering kept before the names: 指标1:新建保鲜库数量 …
                // not: 质量 … 满意度 missing (past the copy's end: its partial framework beside it); the year's targets are the
                // project's finished works while 年度总体目标 says only 钢构主体安装、封顶 this year (no field for 项目总目标, no rule
                // compares a year's targets with the project's)
                findings("t79-bingtuan-liutuan-2021"));
    }

    /**
     * 成安县民政局 2020 (河北 邯郸, 19名百岁老人高龄津贴, SOURCE.md; helper F7, session 40): 河北's own 预算项目绩效自评表 as its
     * budget system prints it, 预算数 / 到位数 / 执行数 side by side, the target as 符号 | 数值 | 单位(文字描述) with the unit
     * "%(百分比)", and 自评得分 as 单项指标得分 | 权重占比(%) | 单项指标折算得分; the copy ends on the 预算执行率 row.
     */
    @Test
    void chenganGaoling2020() {
        assertEquals(List.of(
                // not indicator-actual-incommensurable target-unit-assumed on the four targets (until session 40): 98 | %(百分比),
                // the unit column glossing % in words, was read as no unit, and each bare number told "没有单位…表中没有度量单位
                // 一栏时…", a false alarm on a table that has one (DirectionTest.unitColumnSpellings)
                // approved since session 56 (audit A11 C4): at 自评 / 运行监控 the year's approved targets, set next year, not added now
                "indicator-category-missing approved /indicators warning",   // no 数量指标: 19 centenarians, no count of them
                // one warning for the two lines since session 57 (audit s56 A11 D3: the column copied whole; the first line's fingerprint)
                "overall-goal-not-a-goal achieved-copies-all /overallGoals/achieved/0 warning",   // 具体完成情况 = 年度预期目标
                "satisfaction-without-survey project /indicators/3 info"),   // 服务对象满意度 100%, no survey named
                // not: the 折算得分 column weighing each row twice (25.00 × 25.00 % = 6.25; no field for it); 补贴发放率 ≥75% for
                // an allowance owed to each of 19 persons, filed as 社会效益 (no rule reads a payout target below 100 %, nor a
                // row's category against what it measures)
                findings("t80-chengan-gaoling-2020"));
    }

    /**
     * 南昌县黄马乡蚕茶卫生院 2021 (江西, SOURCE.md; helper F7, session 40): the first table from 江西 and the set's first 卫生院, a
     * county's 整体支出绩效自评表 with 分解目标 and 自评权重 (管理指标 30 in the indicator layout, 产出 25, 效果 35, 满意度), the funds
     * printing only the 执行率 103.21 %; on its own frame beside it (管理 rows assessed, the rest scored on the rows), the copy
     * ending at the 满意度 label.
     */
    @Test
    void nanchangCancha2021() {
        assertEquals(List.of(
                // 执行率 103.21 %: spending above the budget, no amount printed to check it, no reason. Missed when the table was
                // added (the rule held amounts only); the 资金结构 row's same rate is the same defect (the total said alone)
                "execution-over-budget stated /funds/total/executionRatePercent warning",
                "indicator-actual-incommensurable quantitative-target /indicators/3/actual error",   // 健康档案管理率 100% → 完成 (VAL-3)
                // 医疗文书及时率, 健康档案更新率: 全年完成值 blank, scored 3 of 4 and 2 of 3 (ST-1)
                "indicator-incomplete no-actual /indicators/4 error",
                "indicator-incomplete no-actual /indicators/5 error",
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/3/target info ≥",   // 健康档案管理率 100% (VAL-1)
                // 门诊住院人次 增加: how many not said (VAL-2); read-as-direction since session 52 (the same finding): "增372人次" does
                // meet 增加, so the reading can be checked, and the amount and base year are asked (read-as said "这一读法同样无从核对")
                "indicator-target-unmeasurable read-as-direction /indicators/0/target warning",
                // 绿化良好、水电费开支有下降 → 水电支出减少01万元: its own score 10 taken, said here since session 48 (Engine.vagueReadOnce:
                // the scorer's achievement-self-score at /indicators/8 left out; audit A3)
                "indicator-target-unmeasurable read-self /indicators/8/target warning",
                "indicator-time-cost-unspecified time /indicators/4/target warning",   // 按规定时限: no date or period (VAL-6)
                "indicator-time-cost-unspecified time /indicators/5/target warning",
                // 特殊人群健康管理率 超上年2% → 达成目标值: read as 达成 and said (since session 40, mof-project-2020 2020.8's
                // words, copied into this table's frame); its stated 5 of 5 is within 达成's band
                // 门诊住院人次 增加 → 增372人次 and 业务收入 超上年度 → 增收27万元: a direction-only target and a change its way by a
                // figure, read as 达成 and said (since session 42, target.Change; before, 0 points each for a 完成档次 the form
                // has no column for); their stated 5 of 5 and 13 of 13 are within 达成's band
                "score-assumption achievement /indicators/1/actual info",
                "score-assumption achievement /indicators/6/actual info",
                // qualitative targets, a result in the actual, no 完成档次 column: 0 points each (the scorer's)
                // not score-input-missing achievement at rows 4 and 5 (until session 40): their blank 全年完成值 said again as a
                // missing 完成档次, on a form without that column (Engine.blankOnce: QualitativeNoActualTest)
                // 签约率提高1%、体检率提高2% → 体检率下降1%: one part met, one missed, the unit's 6 of 12 kept unchecked; 绿化良好…
                // → 水电支出减少01万元, its 10 kept: no 完成档次 to check a score against (until session 46 errors at 0 points: 58 of
                // 90 where the unit scored 82; helper A1's audit)
                "score-input-missing achievement-self-score /indicators/7 warning",
                // not score-input-missing incomparable at /indicators/3/actual (until session 46): the same cell's 0 points, one
                // defect said once by the lint finding above (Engine.incomparableOnce; IncomparableOnceTest)
                "score-weights partial-carried-one /partial info"),   // the copy ends at the 满意度 label: no total, no grade
                // not: the 管理 rows'
                // words against rates (按规定执行 for 100%, 达成目标值 for 小于5%: assessed criteria, their texts are reasons);
                // 业务收入 as a 卫生院's 经济效益
                findings("t81-nanchang-cancha-2021"));
    }

    /**
     * 黄石市图书馆 2022 (湖北, 共享工程 5 万元, SOURCE.md; helper F8, session 41): the set's first library, on 湖北's 20 + 80 form
     * (t13, t18), the 得分 printed once per 二级 (merged over two rows), 效益 printed 经济效益 / 社会效益 / 环境效益, and an
     * 经济效益 row saying there is none ("社会公益服务无经济效益") scored 10; on {@code huangshi-library-2022.json} (t18's frame,
     * partial: the copy ends in the 满意度 row).
     */
    @Test
    void huangshiTushuguan2022() {
        assertEquals(List.of(
                "actual-equals-target-pattern copied /indicators/11/actual warning",   // ≥360天服务读者 ≥360天 → ≥360天
                "actual-equals-target-pattern copied /indicators/4/actual warning",   // 2022年全年 ≥360天 → ≥360天
                // 8 of 11 (73%) the same as their targets: 4 figures (25TB, 5万, ≥360天 twice) and 4 descriptions word for word
                // (100%覆盖, 资源采购期以当年为主, 公益性事业, 独有数据资源查询…); 良好 → 良好 twice not counted (a vague word, the
                // target's defect: indicator-target-unmeasurable). Until session 47 "4 个（36%）", the figures alone (audit A2, item 10)
                "actual-equals-target-pattern share-no-satisfaction-words /indicators warning",
                // 环境效益: the 2020 taxonomy's name is 生态效益指标, which it now suggests alone (until session 41 it offered
                // 经济效益指标, 社会效益指标 and 生态效益指标 at the same distance: EnvironmentBenefitHintTest)
                "indicator-category-unknown  /indicators/9 warning",
                "indicator-input-as-output budget-restated /indicators/5/target warning",   // 成本指标 5万 = the whole budget
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 一个存储备份器 25TB, bare (VAL-1)
                "indicator-target-unmeasurable actual-repeats /indicators/10/target warning",   // WIFI全覆盖,绿色环保 良好 (VAL-2)
                // -read-as since session 56: the row is scored on its printed 10 (the 一级 points transcribed), and the score
                // reads 良好 as 达成, which the warning says (the same finding); the merged row above it (/10) is not scored
                "indicator-target-unmeasurable actual-repeats-read-as /indicators/9/target warning",   // 数字图书馆环境优良无污染 良好
                // 促进黄石文化经济发展,丰富市民文化活动: a 社会效益 name with no target, result or score (it names an effect, but
                // is not an indicator anyone can check); a named row to fill in or delete, not a template row (named, since
                // session 51: audit s50 A5 row 7; "是留下的模板行…请删去该行" until then)
                "indicator-template-row named /indicators/8 warning",
                // 可保证读者使用时长 全天候可用 as 时效: a time to provide, so its hours or an availability rate are asked, not
                // a date (time-availability, an info, since session 48: audit s48 item 7; it was time, a warning, "请写明日期或期限")
                "indicator-time-cost-unspecified time-availability /indicators/3/target info",
                // 时效 row named "2022年全年" (target ≥360天): a period, not what is measured (开放天数 was meant): period-name,
                // since session 51 (audit s50 A5 §3; figure-name reads "2020年" alone)
                "placeholder-left period-name /indicators/4/name error",
                // since session 56 the 一级 points are transcribed as printed (产出指标(40分), 效益指标(30分), 满意度指标(10分):
                // categories, as t84), and the rows are scored on them (s55 A10 A1, P8's left-alone): until then
                // "score-input-missing indicator-points-none-short-own-unprinted /indicators info" (-own since session 52,
                // -unprinted since session 55), the rows unscored, and partial-rows beside that -short finding.
                // 以最新资源面市 资源采购期以当年为主 → the same words, 社会公益服务无经济效益 公益性事业 → the same: read as 达成
                "score-assumption achievement /indicators/2/actual info",
                "score-assumption achievement /indicators/6/actual info",
                // the printed 得分 fill each 一级's points (产出 10 + 10 + 10 + 10 = 40, 效益 10 + 10 + 10 = 30): the rows printing
                // none (WIFI布点全覆盖, 2022年全年; 使读者更方便快捷查找检阅, WIFI全覆盖,绿色环保) are under the merged 得分 cells, neither
                // indicator-incomplete no-score nor scored 0 (CategoryPoints.underMerged, MergedScoreCellTest); the rows printing
                // 10 take it as their points, 70 of 70
                "score-assumption category-merged-level1 /categories/0/points info",
                "score-assumption category-merged-level1 /categories/1/points info",
                // 可保证读者使用时长 全天候可用 → 全天候, 10 printed on the merged 时效 cell: the actual is no grade and not the target's
                // words, so the printed 10 is taken unchecked and said (the score step's general reading of such a row: t81, t84);
                // not score-input-missing achievement "按 0 分计" (an error), which an even share of 6.67 below the printed 10 gave
                "score-input-missing achievement-self-score /indicators/3 warning",
                // the cut: partial, the copy ends in the 满意度 row (partial-rows from session 53 until 56, beside the -short finding)
                "score-weights partial-carried-one /partial info"),
                // not: "≥360天服务读者" (可持续影响) repeating the 时效 row "2022年全年 ≥360天"; descriptive targets no rule reads
                // (资源采购期以当年为主, 独有数据资源查询…, 公益性事业)
                findings("t82-huangshi-tushuguan-2022"));
    }

    /**
     * 四川 普惠金融发展专项资金 (SOURCE.md; helper F8, session 41): a transfer's 自评表 with every row filled and weighted in
     * percent (20%, 10%, 5%; 合计 100), no execution score, and 109.8 of 208 万元 spent beside 得分合计 100; the copy names no
     * unit and no year. On {@code puhui-transfer-sichuan.json} (the indicators weigh 100).
     */
    @Test
    void sichuanPuhuiJinrong() {
        assertEquals(List.of(
                "actual-equals-target-pattern copied /indicators/6/actual warning",   // 金融机构满意度 ≥80% → ≥80%
                "execution-rate-unexplained  /funds/total/executed warning",   // 109.8 / 208 = 52.79 %, no reason anywhere
                "grade-unsupported total /stated/total warning",   // 得分合计 100 (优 on the framework's bands) at 52.79 %
                // approved since session 56 (audit A11 C4): at 自评 / 运行监控 the year's approved targets, set next year, not added now
                "indicator-category-missing approved /indicators warning",   // no 时效指标
                "indicator-target-far-exceeded  /indicators/0/actual info",   // 发放额增长率 115.25% against ≥10%
                "indicator-target-far-exceeded  /indicators/4/actual info",   // 放大倍数 10倍 against ≥2倍
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/2/target info ≥",   // 资金足额拨付率 100%
                "indicator-target-no-comparator rate-full /indicators/3/target info ≥",   // 地方配套到位率 100%
                // 完成情况 copies 年度总体目标, each of the three lines: one warning since session 57 (audit s56 A11 D3)
                "overall-goal-not-a-goal achieved-copies-all /overallGoals/achieved/0 warning",
                "satisfaction-without-survey project /indicators/6 info",   // three satisfaction results, no survey named
                "schema required-titled  error"),   // no year: the copy's gap (as t45)
                // not: 资金足额拨付率 100% against 52.79 % spent (拨付 is not 使用: no rule can tell which the row means)
                findings("t83-sichuan-puhui-jinrong"));
    }

    /**
     * 保山市退役军人事务局 2022 (云南, 春节走访慰问经费 34.64 万元, SOURCE.md; helper F8, session 41): the set's first veterans
     * affairs table, a complete 20 + 80 form (t13, t18) with 总分 100 and 优 printed; a 数量 row whose name is the list of
     * counts and whose target is 100%, a 时效 row with its deadline in the name; on {@code baoshan-project-2022.json}.
     */
    @Test
    void baoshanTuiyijunren2022() {
        assertEquals(List.of(
                // 春节前完成走访慰问 | 按时限完成 → 100%: a 时效 row with its deadline in the name (VAL-6: a date). Since session 49
                // one error whose example is the deadline as the target and the completion date as the actual; until then it asked
                // for "≥ 90%", beside time-in-name (the deadline) and achievement-self-score (a 完成档次): three fixes that disagreed
                // (Engine.timeInNameQualitativeOnce, qualitativeSelfScoreOnce; audit A3 row 2). -self-score since session 52: the
                // note's "得分暂按单位自评的 N 分计，未经核对", left out with it, is carried in the error (the same fingerprint)
                "indicator-actual-incommensurable qualitative-target-time-in-name-self-score /indicators/2/actual error",
                // 小于5次 → 无上访: the example built from the comparator, "0 次" for none (session 47, audit item 4: it was
                // "5 次", which fails the target); its fingerprint is quantitative-target's, as before
                // 无上访 speaks of petitions, the row counts 群体性事件: said so since session 57 (-other, the same fingerprint)
                "indicator-actual-incommensurable quantitative-target-bound-other /indicators/3/actual error",
                // 100%, bare: 补助经费足额拨付率, 满意率 (VAL-1)
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                // not percent-full at /indicators/0/target (session 49): "= 100%", followed, left the defect below unsaid
                "indicator-target-no-comparator rate-full /indicators/1/target info ≥",
                "indicator-target-no-comparator rate-full /indicators/4/target info ≥",
                // 慰问伤残军人50人;革命烈士遗属50人;…;烈士家庭6户;…驻保部队、边海防官兵320人。 = 100%: the amounts to deliver
                // in the name, a share of them as the target (counts-in-name since session 50, audit s50 A5 row 2 / §3)
                "indicator-target-unmeasurable counts-in-name /indicators/0/target warning",
                "satisfaction-without-survey equal /indicators/4 warning",   // 满意率 100% = target, no survey
                // no 分值 column: the rows are scored on the points printed on their 一级 (categories without a 二级: 产出指标
                // (60分) shared by its three rows, 20 each, said as an assumption; 效益 10 and 满意度 10 one row each, nothing
                // to assume). Until session 43 score-input-missing indicator-points-none-short-stated: nothing scored, the
                // five printed 得分 nowhere in the 评分表 and 总分 100 / 优 only inside that error
                "score-assumption category-even-level1 /categories/0/points info",
                // the two rows the lint flags above cannot be scored (0, 自评 20 and 10): 70 of 100 with 30 unscorable, so the
                // stated 100 may be the missing data's (total-data), and 优 is 100's grade: no grade mismatch (the grade is
                // provisional); since session 48 total-unscored names the row (the 10 points 无上访 could not score against
                // 小于5次: no data is missing, where total-data said "因缺少数据…补齐数据后再核对"; audit A3 row 5)
                "score-claim-mismatch total-unscored /stated/total warning"),
                // not score-input-missing achievement-self-score at /indicators/2 (按时限完成 → 100%: no band, its 20 kept unchecked;
                // the criterion says so) nor time-in-name at its target: the error above says both fixes (session 49)
                // not score-input-missing incomparable at /indicators/3/actual (小于5次 → 无上访; until session 46): the 0 points
                // of the cell the lint's quantitative-target above asks to write as a figure (Engine.incomparableOnce)
                // not: 小于5次 under a name promising none
                findings("t84-baoshan-tuiyijunren-2022"));
    }

    /**
     * 霍山县 医疗保障局 2024 (安徽, 医疗救助补助资金, SOURCE.md; helper F8, session 41): t68's 2024 区域绩效自评表 with its
     * first indicator row and its 资金管理情况 filled ("暂无" throughout), a funds row of 0 / 0 printed at 100%; the copy ends
     * inside the second row. On {@code huoshan-transfer-2024.json} (mof-transfer-region, partial; mof-project-2020 until
     * session 42).
     */
    @Test
    void huoshanYiliaojiuzhu2024() {
        assertEquals(List.of(
                // an info since session 48 (audit s48 item 10): 人次 is the only reading, nothing to send the table back for
                "indicator-actual-incommensurable unit-assumed /indicators/0/actual info",   // 110406 beside ≥50000人次
                "indicator-target-far-exceeded  /indicators/0/actual info",   // 2.2 times the target
                // partial-unpointed since session 50: the cut said, the "不是综合评分，不评定等级" left to unpointed beside it (audit s50 A5 §2)
                "score-weights partial-unpointed /partial info",   // the copy ends inside the second row
                // the 区域 form prints no 分值 or 得分 by design (its framework, mof-transfer-region's copy, is unpointed): the row
                // is not scored and no grade is given, said once. Until session 42 score-input-missing indicator-points, an
                // error telling a correct print that its row lacked the points its form has no column for. Said as inherited
                // from mof-transfer-region, at the file's extends, since session 54 (at its /unpointed, a key the file does not have, before)
                "score-weights unpointed-inherited /extends info"),
                // not: 彩票公益金用于医疗救助 0 / 0 printed 100% (a rate of nothing; t12, t25, t39, t46 print 0 there)
                findings("t85-huoshan-yiliaojiuzhu-2024"));
    }

    /**
     * 2020年省级财政水利发展资金绩效目标表 (陕西 宝鸡 陈仓区, SOURCE.md; helper F9, session 42): a province's 区域 target table
     * passed down with a district's allocation notice (500 万元 to 陈仓区水利局 for rural drinking water), its funds a list under
     * 资金来源 | 资金总额 with no total row, its indicators 一级 / 二级 / 三级 / 指标值 with no unit column, and the province's
     * template left unfilled: four 数量 targets that are a unit alone (公里, 万亩, 万人, 公里) and a 质量 target "≧ %"; the copy
     * ends after that row. On {@code chencang-water-2020.json} (t76's frame, partial), 目标申报 (not scored).
     */
    @Test
    void chencangYinshui2020() {
        assertEquals(List.of(
                // 指标值 "公里", "万亩", "万人", "公里", "≧ %": the template's unit (and comparator) with no figure, the value
                // never written. Missed until session 42: a unit alone read as words, and no rule asked for the figure
                "placeholder-left template-numbering-name /indicators/0/name info",   // the template's "指标1:" kept before 5 names: not said until session 43 (F10)
                // 公里, 万亩, 万人, 公里, ≧ %: one habit of filling in, said once at the first with its count (unit-only-rows,
                // since session 51: audit s50 A5 §2; five findings until then)
                "placeholder-left unit-only-rows /indicators/0/target warning"),
                // not sum-mismatch funds-blank-declared at /funds/total (sessions 47–51: "资金总额 … 没有填写金额"): 资金总额 is
                // the block's column heading, the form prints no total row, so budget.json holds none since session 52, as
                // 原州 2022's (t102) of the same shape does (audit s52 A7 row A1)
                // not: 堤防, 灌区节水改造 and 中小河流治理 rows in a table for rural drinking water alone (no rule knows what a
                // project is for); 质量, 时效, 效益 and 满意度 past the copy's
                // end (the partial framework); "投资500" without its unit in the goal
                findings("t86-chencang-yinshui-2020"));
    }

    /**
     * 项目支出绩效目标表 (2025年度), 2025金安国际网球公开赛 (安徽 六安 金安区体育局, 1000 万元, SOURCE.md; helper F9, session 42): a
     * 2025 target table printed whole, every category filled, its 效益 rows sentences with word targets, a 生态效益 row
     * printed not applicable (本项目不适用此指标 | 无); on mof-project-2020, 目标申报 (not scored).
     */
    @Test
    void jinanWangqiu2025() {
        assertEquals(List.of(
                // 项目总成本 ≤1000万元, the whole budget: a ceiling with its comparator, so not budget-restated (t99's bare
                // 201.48万元 is), but a ceiling the budget already sets: no cost control shown (a note, session 47)
                "indicator-input-as-output budget-ceiling /indicators/5/target info",
                // 开展运动种类 1种, 打造品牌赛事种类 1种, 经费支出合规率 100%, 赛事完成率 100%: bare, read as ≥ (VAL-1)
                "indicator-target-no-comparator  /indicators/0/target info ≥",
                "indicator-target-no-comparator  /indicators/1/target info ≥",
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/2/target info ≥",
                "indicator-target-no-comparator rate-full /indicators/3/target info ≥",
                // 经济效益良好, 效果良好, 影响可持续: no level anyone can check (VAL-2)
                "indicator-target-unmeasurable  /indicators/6/target warning",
                "indicator-target-unmeasurable  /indicators/7/target warning",
                "indicator-target-unmeasurable  /indicators/9/target warning"),
                // not: 本项目不适用此指标 | 无 (the category does
                // not apply, said so); 完成时间 2025年年底前 (a deadline in the year); 效益 names written as sentences (no rule
                // reads a name for being a goal); 满意度 ≥95% with no survey (asked at 自评, not at 目标申报)
                findings("t87-jinan-wangqiu-2025"));
    }

    /**
     * The second table of t87's page (安徽 六安 金安区体育局, 安徽省常规赛费用 2025, 1200 万元, SOURCE.md; helper F9, session 42):
     * its 年度目标 only says why the money is there ("因财政资金紧张,结转2024年六运会项目资金"); the stored copy ends at the
     * first 数量指标 label, before any indicator row. On {@code jinan-changgui-2025.json} (mof-project-2020, partial).
     */
    @Test
    void jinanChanggui2025() {
        assertEquals(List.of(
                // no indicator row: the copy's end, which the framework says as data (partialCut indicators): a note saying the
                // cut, the fingerprint of none. Until session 51 none, a warning asking to file the rows past the cut (at
                // 目标申报 no score-weights partial note is given, so Engine.partialCutOnce had nothing to fold beside)
                "indicator-category-missing none-cut /indicators info",
                // funds short, 2024's provincial games money carried over: where the money comes from, not what it is to
                // do. Missed until session 42 (no amount listed, no name repeated)
                "overall-goal-not-a-goal funding-note /overallGoals/expected/0 warning"),
                // not: 1200.00 = 1200.00 + 0.00; 项目期 3年 (no field)
                findings("t88-jinan-changgui-2025"));
    }

    // ---- session 43, forms (F10) ----

    /**
     * 井研县马踏镇 2023, 基层组织活动经费 (四川 乐山, 660,000.00 元, SOURCE.md; helper F10, session 43): the second project of t33's
     * 部门预算项目绩效目标申报表, one line per indicator with 指标性质 / 指标值 / 度量单位 / 权重 / 指标方向性, its 年度目标 a list of
     * what the money pays for; the copy ends after the fifth row. On {@code jingyan-jiceng-2023.json} (mof-project-2020,
     * partial), 目标申报 (not scored).
     */
    @Test
    void jingyanJiceng2023() {
        assertEquals(List.of(
                // "≥ 95 %" on an aim, of no measured thing (ST-9; missed until session 49, audit s48 §3): 95 % of what?
                "indicator-target-unmeasurable aim-rate /indicators/1/target warning",   // 促进农村集体经济发展
                "indicator-target-unmeasurable aim-rate /indicators/2/target warning",   // 经济、环境等方面可持续发展
                "indicator-target-unmeasurable aim-rate /indicators/3/target warning",   // 保障村社区正常运转
                // 年度目标 "包括必要的办公用品费、水电费、报刊费等村社区办公经费,…": what the money covers, its budget lines,
                // no output or effect with a figure. Missed until session 43 (no amount, no name repeated, no funding word)
                "overall-goal-not-a-goal spending-scope /overallGoals/expected/0 warning"),
                // not: 辖区内群众满意度 ≥ 95 % (a satisfaction: measured), 行政村数量 = 11 个 (an exact count of the
                // villages served, "=" as written), the fifth row's 指标方向性 and the rows after it (past the copy's end, the
                // partial framework), 满意度 with no survey (asked of an actual, at 自评)
                findings("t89-jingyan-jiceng-2023"));
    }

    // ---- session 44, forms (F11) ----

    /**
     * 零陵区林业局 2021 (湖南 永州, 部门整体支出绩效自评表, SOURCE.md; helper F11, session 44): t70's layout (财预〔2020〕10号's
     * 项目 self-evaluation filled in for a whole department) with its indicators, 4753.66 万元 of which 3824.26 spent but 执行率
     * printed 100% and scored 10; its 成本 standards written "每亩300" (per mu first, 元 left off); the copy ends at 生态.
     * On {@code lingling-department-2021.json} (t70's frame, partial).
     */
    @Test
    void linglingLinye2021() {
        assertEquals(List.of(
                "actual-equals-target-pattern share-no-satisfaction /indicators warning",   // 6 of 10 actuals the target again
                "execution-rate-unexplained  /funds/total/executed warning",   // 80.45 %, below 90 %, no reason (the form has no 原因 cell)
                // 木材销售收入 1100万元 → 1093万元, 林产品收入 2.6亿元 → 2.45亿元: bare, missed, 偏差原因 blank; one finding a cell,
                // asking for the reason alone (the unit marked both down, 5 of 6: until session 47 it asked for a deduction too);
                // "计分按 5.96 分计" since session 50, not "综合评分按": the framework is partial (Engine.noTotalWording; A5 row 3)
                "indicator-target-missed bare-deducted-below-part /indicators/7/target warning",
                "indicator-target-missed bare-deducted-below-part /indicators/8/target warning",
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 造林面积 1.2万亩 (VAL-1)
                "indicator-target-no-comparator  /indicators/1/target info ≥",   // 病虫害防治面积 3.45万亩
                "indicator-target-no-comparator  /indicators/2/target info ≥",   // 森林经营面积 16.3万亩
                "indicator-target-no-comparator  /indicators/3/target info ≥",   // 造林成活率 85%
                "indicator-target-no-comparator  /indicators/4/target info ≥",   // 当期完成 90%
                // 造林补助 "每亩300", 育补助 "每亩100" under 成本: a standard per mu, read as a ceiling (≤ 300 /亩). Words until
                // session 44 (the per written before the amount), and then read ≥ as the name gives: with no 元 it was no amount.
                // Not indicator-target-no-comparator at /indicators/5/target and /6 since session 48: cost-no-money-unit below asks
                // for "≤ 300 元/亩", comparator and all (Engine.costUnitOnce; audit s48 duplicates)
                "indicator-target-unmeasurable actual-repeats-read-as /indicators/9/target warning",   // 提高就业率 显著 (VAL-2)
                // 每亩300: 元 or 万元? Until session 44 "cost": "没有金额", for a row that states its amount per mu
                "indicator-time-cost-unspecified cost-no-money-unit /indicators/5/target info",
                "indicator-time-cost-unspecified cost-no-money-unit /indicators/6/target info",
                // 实际完成情况 the three 预期目标 lines again, word for word
                // -figures since session 54 (the same fingerprint): the copied goal carries its quantities, so not "附数字" but
                // "看不出是核实过的结果…写明实际完成的数量和验收情况" (audit s54 A9 row C4)
                // one warning for the three lines since session 57 (audit s56 A11 D3; the first line's fingerprint)
                "overall-goal-not-a-goal achieved-copies-all-figures /overallGoals/achieved/0 warning",
                // 执行率 100% for 3824.26 / 4753.66 = 80.45 % (AR-2), and the 得分 10 = 100% × 10 written from it (8.04 computed):
                // one wrong cell carried into the next, said once since session 52 (rate-mismatch score, its fingerprint; the
                // score-claim-mismatch at /funds/total/score is left out: audit s52 C1)
                "rate-mismatch score /funds/total/executionRatePercent error",
                // 5 of 6 each, computed 5.96 and 5.65 (actual / target × 分值): below what the rows earn, with no reason
                "score-weights partial-carried /partial info"),   // the copy ends at 生态: 18 of 效益's 30, no 满意度, no 总分
                // not: 基本支出 1768.16 + 项目支出 2985.5 = 4753.66 and 一般公共预算 1873.66 + 其他资金 2880 = 4753.66 (both
                // breakdowns add up to the 全年预算数); the three "……" rows (the form's room for more rows, not transcribed);
                // 当期完成 90% → 100% as 时效 (a completion rate in the period, not 100% with no date: time-rate is 100%'s);
                // 造林成活率 85% → 85% (met: no survey or evidence rule reads a survival rate)
                findings("t90-lingling-linye-2021"));
    }

    /**
     * 湘潭市环境卫生管理处 2024 (湖南, 雾炮车抑尘降尘服务, 250 万元, SOURCE.md; helper F11, session 44): t30's project a year
     * later, on 湘潭's 2024 项目绩效目标表 (项目起止时间, 主管部门及其编码, 项目资金申请 with 预算资金 / 自有资金 / 其他, 长期目标 /
     * 年度目标, 一级 / 二级 / 三级 / 指标值 / 绩效标准); its targets bare, two of them numbers with no unit at all. On
     * mof-project-2020, 目标申报 (not scored).
     */
    @Test
    void xiangtanWupaoche2024() {
        assertEquals(List.of(
                // 社会效益 市民对空气质量改善的满意程度 85%, a satisfaction measure filed as a benefit (as t30; since session 51)
                "indicator-category-unknown misfiled /indicators/6 warning",
                "indicator-target-no-comparator  /indicators/1/target info ≥",   // 雾炮车风炮射程 80M (t30: "≥80M")
                "indicator-target-no-comparator  /indicators/6/target info ≥",   // 市民对空气质量改善的满意程度 85%
                "indicator-target-no-comparator  /indicators/9/target info ≥",   // 满意度 90%
                // 配备车辆数 "10" (t30: "10辆"), 服务周期 "180" (t30: "2023.07-2024.01"; the 项目概况 "服务周180"): neither a
                // comparator nor a unit. Until session 44 the note asked for the direction only, and "≥ 10" written so would
                // then have been told of its unit (indicator-target-no-unit) on the next run. 服务周期 a period by its name:
                // asked for its unit of time ("≥ 180 天") since session 48 (no-unit-period), where no-unit offered "180 个" or "180%"
                "indicator-target-no-comparator no-unit-named /indicators/0/target info ≥",
                "indicator-target-no-comparator no-unit-period /indicators/3/target info ≥",
                // the three 效益 categories printed with nothing beside them (as t30): at 目标申报 an info each
                "indicator-template-row no-name-no-target /indicators/5 info",
                "indicator-template-row no-name-no-target /indicators/7 info",
                "indicator-template-row no-name-no-target /indicators/8 info",
                // 控制在预算成本内 | 控制在预算内: a cost with no amount (t30 wrote 250万, the budget)
                "indicator-time-cost-unspecified cost /indicators/4/target warning"),
                // not: 项目起止时间 "20246-202516" and 实施进度 "20246" / "20251" (no field: the copy lost the dots or 年/月,
                // notes); 优良 (air quality's own grade); 资金总额 250 = 250 + 0 + 0
                findings("t91-xiangtan-wupaoche-2024"));
    }

    /**
     * 浮梁县林业局 (江西 景德镇, 部门整体绩效目标, 2026 by the page's list of project tables, SOURCE.md; helper F11, session 44):
     * a department's target table with 计算符号 / 目标值 / 度量单位 / 指标值说明 columns, each name ending in its unit in
     * brackets, every 说明 "该指标值数据合理"; the copy ends after the first 质量 row. On {@code fuliang-department-2026.json}
     * (t70's frame, partial), 目标申报.
     */
    @Test
    void fuliangLinye2026() {
        assertEquals(List.of(
                // the 年度绩效总目标 "保证林业局职能实现,保障人员经费。" (the 职能概述 again: keeping the bureau running and its staff
                // paid, no output): upkeep-only since session 52 (audit s52 D1; until then no rule read such a goal)
                "overall-goal-not-a-goal upkeep-only /overallGoals/expected/0 warning"),
                // nothing else: every row has its comparator, value and unit, (人) after the name and 人 in the column agreeing.
                // Not said, and left alone (report): 保障在职职工人数 = 116 人 and the other two headcounts as 产出 (people paid, an input; 银川 2021's 保障人数
                // is left so too); 工资发放准确性 ≥ 95 % (a 5 % tolerance on wages: no rule holds accuracy to 100 %);
                // 制作宣传横幅、公益宣传牌等 = 1 年 (banners counted in years); 该指标值数据合理 on every row (no field: notes)
                findings("t92-fuliang-linye-2026"));
    }

    /**
     * 荣昌区林业局 2022 (重庆, 古昌镇大青冈村乡村振兴绿化美化项目, 153.5184 万元, SOURCE.md; helper F11, session 44): 重庆's
     * 项目绩效目标表 with 计量单位 / 指标性质 / 指标值 columns before the value, 资金情况 by 中央 / 市级 / 区级 / 其他资金; the
     * copy ends at the 时效指标 label. On {@code rongchang-daqinggang-2022.json} (mof-project-2020, partial), 目标申报.
     */
    @Test
    void rongchangDaqinggang2022() {
        assertEquals(List.of(),
                // nothing, rightly: 3500 米 (=), 15000 株 (=), 树木成活率 ≥ 85 % each with its unit and comparator; 153.5184 =
                // 市级资金 153.5184. Not read: the page's list above the table names the project at 100万元 (outside the table,
                // in notes); the blank row under 质量 (not transcribed); 时效 and after (past the copy's end, the partial frame)
                findings("t93-rongchang-daqinggang-2022"));
    }

    // ---- session 45, forms (F12) ----

    /**
     * 岳阳 科技局 (湖南, 科技局整体支出绩效评价评分表, 附件2, SOURCE.md; helper F12, session 45): the 部门整体 评分表 of the IT
     * form-yueyang-glj (another 岳阳 department), its 扣分原因和其他说明 filled beside the one deduction, 资金结余 2 of 3; no year,
     * no figure; the copy ends in 资金使用合规性's 评分标准. On {@code yueyang-department} (bundled, partial at 36 points).
     */
    @Test
    void yueyangKejiju() {
        assertEquals(List.of(
                "schema required-titled  error",   // no year in the copy
                // budget.json holds no figure (the table publishes none: its self-scores, full marks but one, cannot be
                // checked): since session 52 one file-empty for the ten figures the criteria compute from (until then one error
                // each: /carryover, /fullYearBudget, /initialBudget, /keyExpenditure/key and /total, /lateAllocations,
                // /previousCarryover, /threePublic/fullYearBudget, /previousYearActual and the shared /threePublic/actual;
                // audit s52 C2)
                "score-input-missing file-empty  error",
                // management.json (在职人员数, 编制数 of 财政供养人员控制率; 不符合的事例数 of 资金使用合规性): one finding
                "score-input-missing file-missing  error",
                "score-weights partial /framework info"),   // the framework's own note: the copy's 36 points
                // not: 资金结余 2 with "有结余,根据工作实际及指标下达时间不可能没有结余" — 2 is the band "有结余,但不超过上年结转", and
                // the reason says there is a 结余, not that it stays within 上年结转; what would show 2 right is the two
                // figures asked for above (no rule reads a reason against its band's condition); 资金使用合规性's score
                // (past the copy's end, not transcribed)
                findings("t94-yueyang-kejiju"));
    }

    /**
     * 宣城市公安局 2021 (安徽, 禁毒经费, 100 万元, 实施单位 禁毒支队, SOURCE.md; helper F12, session 45): 财预〔2020〕10号 附件1
     * as 安徽 prints it (t5's), the set's first 公安 table; 产出 rows of 12 with the template's "指标1:" and "……" lines; the
     * copy ends inside the first 质量 row. On {@code xuancheng-jindu-2021.json} (mof-project-2020, partial).
     */
    @Test
    void xuanchengJindu2021() {
        assertEquals(List.of(
                "placeholder-left template-numbering-name /indicators/0/name info",   // 指标1:, 指标2: kept (2 names)
                "score-weights partial-carried /partial info"),   // the copy's end (质量 and after)
                // not: 实际完成情况 the 预期目标 in the past tense (了 after 打击, 遏制, 巩固, 增强) plus 提升了群众安全感和满意度, no
                // figure — a reviewer would ask for results, but it is no copy word for word or sentence by sentence
                // (achieved-copies), and tense is out of a word rule's reach; 毛发检查试剂 ≥2400份 → 3200份 (133 %: not far
                // exceeded, which is over 150 %); ≥1场 → 1场 (met); 100 = 100, 100 % scored 10 of 10
                findings("t95-xuancheng-jindu-2021"));
    }

    /**
     * 大英县医疗保障局 2023 (四川, 部门预算项目支出绩效自评表, SOURCE.md; helper F12, session 45): the second half of one project's
     * table, published unfilled (no 完成值, no 得分), a 定性 row whose 指标值 is the grade scale "优良中低差". On
     * {@code daying-yibao-2023.json} (mof-project-2020, partial: the copy starts mid-table).
     */
    @Test
    void dayingYibao2023() {
        assertEquals(List.of(
                // not indicator-category-missing ×2 (产出 without 数量 and 质量 rows) since session 52: the copy's first 35
                // points of rows are before its start, which its framework (extending mof-project-2020) now says as data,
                // partialCut.copyStart, the mirror of a cut copy's end; before, a start cut could not be told from a table
                // without those rows (t45, which says no start, is still asked)
                // 完成值 and 得分 blank on every row (ST-1): the table was published unfilled, as t12 and t45; one finding at the
                // first row, the 7 rows and their points, since session 54 (Engine.noActualAllOnce: the two columns blank
                // throughout are one defect); sessions 47-53 one no-actual-no-score a row (7 errors, the 定性 优良中低差 row's
                // among them), until session 47 a no-actual and a no-score on each row, 14 errors; -partial since session 56 (its
                // framework declares partial: the advice to say the cut there left out, the same finding; audit s55 A10 C4)
                "indicator-incomplete no-actual-all-no-score-partial /indicators/0 error",
                "indicator-time-cost-unspecified time-rate /indicators/0/target info",   // 发放及时率 = 100 %: 及时 by when?
                // not score-input-missing figures /funds/total/executed (an error) since session 52: the funds block is
                // printed above the rows, before the copy's start (partialCut.copyStart, and the copy holds no funds block)
                "score-weights partial-carried /partial info"),
                // not: "优良中低差" (四川's printed scale for a 定性 row, graded: VAL-2's 分级分档 form, no vague word); ≤ 101400 元
                // and = 1 元/人 under 成本 (each with its unit); the name "…发放成本预" as printed (the cell's text cut); the
                // printed instructions under 评价结论 / 存在问题 / 改进措施 (blank, not transcribed, as t12)
                findings("t96-daying-yibao-2023"));
    }

    /**
     * 南充市林业局 2023 (四川, 退耕还林工程建设专项工作经费, 5.00 万元, SOURCE.md; F11's lead, transcribed by helper F12, session
     * 45): t12's form filled in, read from an image; its 年度目标完成情况 the goal's sentences again with one part left out; the
     * copy ends after the first row's 完成值. On {@code nanchong-tuigeng-2023.json} (mof-project-2020, partial).
     */
    @Test
    void nanchongTuigeng2023() {
        assertEquals(List.of(
                "indicator-incomplete no-execution-score /funds/total warning",   // 100.00 %, 权重 10, 得分 blank (as t12)
                // 年度目标完成情况: the goal's two sentences, "协助完成国家林业局对我市2018年度新一轮退耕还林检查验收" left out,
                // no result. Missed until session 45 (a copy was the whole goal or one part of it, not its sentences)
                "overall-goal-not-a-goal achieved-copies /overallGoals/achieved/0 warning",
                // 权重 past the copy's end, as the framework's partialCut says of this row (the partial note in words): the copy's, not the form's. Until session 49
                // score-input-missing indicator-points here, an error (Engine.partialCutOnce; audit A3, artefacts)
                "score-weights partial /partial info"),
                // not: 5.00 = 5.00 + 0.00 + 0.00; 0.00 % for 0 of 0 (as printed); 会议培训举办次数 ≥ 1 次 → 1 (met; 完成值 without
                // its unit, read in the target's); 主管部门 "南充市林业" (the image's reading, notes)
                findings("t97-nanchong-tuigeng-2023"));
    }

    /**
     * 大英县民政局 2020 (四川, 部门决算's 项目绩效目标完成情况, 养老服务体系建设, SOURCE.md; helper F12, session 45): the second
     * half of the table, 一级 项目完成指标 (no taxonomy's), 年度指标值 / 实际完成值, no 分值; its 时效 and 成本 rows named by
     * their values, "2020年" and "100万". On mof-project-2020, 自评.
     */
    @Test
    void dayingMinzheng2020() {
        assertEquals(List.of(
                // not indicator-category-missing (no 数量 row) nor score-input-missing figures (no funds block) since session 52: both
                // before the copy's start, which its framework now says (partialCut.copyStart, as t96; audit s52 A7 row A2)
                // not indicator-category-unknown level1-inferred ×2 and no-level1-unpointed (the 成本 row: 产出's or 101号's
                // 一级, not guessed) until session 48: the printed 一级 项目完成指标 is the national 产出指标 (its 二级 质量, 时效,
                // 成本 are 产出's), written so as t29's 预期产出指标 (the import does it too, with a note: DayingImportTest)
                "indicator-target-unmeasurable  /indicators/0/target warning",   // 改善条件 (VAL-2)
                "indicator-target-unmeasurable  /indicators/3/target warning",   // 有所提升
                // names "2020年" and "100万": the value in the name's cell, nothing said of what is timed or costed. Missed
                // until session 45 (number-name read bare numbers only). Their targets' readings (2020年 "≤ 2020-12-31", 100万 a
                // ceiling) are not noted beside them since session 47: a reading of a row to be rewritten (Engine.figureNameOnce)
                "placeholder-left figure-name /indicators/1/name error",
                "placeholder-left figure-name /indicators/2/name error",
                "satisfaction-without-survey project /indicators/4 info",   // 98 %, no survey named
                // not score-input-missing indicator-points-none-table-short (an error until session 54, calling the 决算's
                // completion table a 10号 自评表 and its execution "计得 0.00 分", a funds block before the copy's start): the
                // form prints no 分值 by design, which its framework now says (unpointed), and the execution is no part of what
                // is scored where the copy holds no funds block (Scorer.fundsCut; audit s54 A9 rows A1, C1): nothing scorable,
                // said by the two notes (-none), the cut and the form's design
                "score-weights partial-unpointed-none /partial info",   // the copy starts mid-table (its framework's partial note)
                "score-weights unpointed-none /unpointed info"),   // a completion table prints no 分值 or 得分
                // not: 明显改善 beside 改善条件 and 养老服务提升 beside 有所提升 (words, read as met); 98 % ≥ 90 % (met)
                findings("t98-daying-minzheng-2020"));
    }

    /**
     * 抚远市 2022 (黑龙江 佳木斯, 衔接资金 基础设施工程农村饮水维修养护项目, 201.48 万元, SOURCE.md; helper F12, session 45): the
     * set's first 黑龙江 table, the targets as set in a county self-evaluation report, written one line a category
     * ("质量指标:项目(工程)验收合格率100%"); the 数量 line names the works without the pipelines' lengths. On
     * mof-project-2020, 目标申报 (the results are past the copy).
     */
    @Test
    void fuyuanYinshui2022() {
        assertEquals(List.of(
                // 数量: 新建水房1座、铺设输水管线; 改建铺设输水管线 — no length for the pipelines ((一) gives 3800m and 3300m)
                // -counts since session 52 (the same finding): the outputs are in the name (1座), each asked as a row of its own
                // with its amount, not "删去这些空行…不适用" (audit s52 B4)
                "indicator-incomplete empty-category-target-counts /indicators/0 error",
                "indicator-input-as-output budget-restated /indicators/3/target warning",   // 计划资金 201.48万元 = the budget (ST-7)
                "indicator-target-at-ceiling  /indicators/8/target info",   // 满意度 ≥100%
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/1/target info ≥",   // 验收合格率 100%
                // not indicator-target-no-comparator at /indicators/2/target (until session 47): time-rate-bare says the reading there (Engine.timeRateOnce); 完成及时率 100%
                "indicator-time-cost-unspecified time-rate-bare /indicators/2/target info",   // 及时 by when?
                // "≥≥98%": a doubled comparator, read as ≥ 98 % (plain in meaning), said as the slip it is since session 46 (until
                // then read silently: F12's left-alone item)
                "placeholder-left doubled-comparator /indicators/5/target info"),
                // not: ≥27人 beside ≥24人
                // (two populations: those whose drinking water is secured, the registered poor who benefit); 设计使用年限 ≥15年
                findings("t99-fuyuan-yinshui-2022"));
    }

    // ---- session 46, forms (F13) ----

    /**
     * 原州区 2022 (宁夏 固原, 原州区自然资源局, 南部水源涵养林建设项目, 6070 万元, SOURCE.md; helper F13, session 46): a
     * 项目支出绩效目标申报表 whose 二级 cells keep the template's "(必填硬性指标)" / "(必填)" / "(选填)", its 指标值 bare figures
     * with their units in the names' brackets ("(亩)") or only in the template's hints ("(≥**%)", "(≥**万元)"); the copy
     * ends at the 满意度指标 cell. On {@code yuanzhou-shuiyuan-2022.json} (mof-project-2020, partial), 目标申报.
     */
    @Test
    void yuanzhouShuiyuan2022() {
        assertEquals(List.of(
                // 项目完成时间 2023年底 in a 2022 table (项目期 2022年3月-2023年11月): the whole project's deadline, not the year's
                // (ST-9); since session 48 (audit A3's missed defect; the 8万亩 and 30公里 are the project's too)
                "indicator-deadline-after-year  /indicators/5/target warning",
                // 经济效益, 生态效益, 可持续影响: one sentence in the 三级 cell, 指标值 blank (VAL-2: no value to judge by)
                // since session 52 (the same findings): 可持续影响 (必填) an aim (-aim), 经济效益 and 生态效益 printed "(选填)",
                // optional by the form's own words: -optional, a warning, "填写指标值，不填的，删去这些行" (audit s52 B4, B5)
                "indicator-incomplete empty-category-target-aim /indicators/10 error",
                "indicator-incomplete empty-category-target-optional /indicators/7 warning",
                "indicator-incomplete empty-category-target-optional /indicators/9 warning",
                // 项目总投入(≥**万元) "6070": the 年度资金总额 6070.00 万元 restated (ST-7), its 万元 in the hint only. Missed until
                // session 46 (budget-restated read a target's own unit only), and told instead "只是一个比率" (cost-rate:
                // 6070 is no rate) beside no-comparator no-unit's "≥ 6070 个 / 天 / %"; budget-restated asks the comparator too,
                // so no-comparator says nothing more at this cell (one defect, one finding)
                "indicator-input-as-output budget-restated /indicators/6/target warning",
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 80000, its 亩 in the name's bracket
                "indicator-target-no-comparator  /indicators/1/target info ≥",   // 其中:…新造林 30000 亩
                "indicator-target-no-comparator  /indicators/2/target info ≥",   // …退化林改造 50000 亩
                "indicator-target-no-comparator  /indicators/3/target info ≥",   // 作业道 30 公里
                "indicator-target-no-comparator  /indicators/8/target info ≥",   // 受益人数(人) 132
                // not since session 56 (audit A11 D2): no-comparator date "≤ 2023-12-31" on 项目完成时间 2023年底, beside the
                // deadline-after-year warning at the cell that asks for this year's stage deadline instead (Engine.deadlineYearDateOnce)
                "indicator-target-no-comparator no-unit-rate /indicators/4/target info ≥",   // 苗木成活率(≥**%) 85: "≥ 85%"
                // the template's ** hints left in 2 names: one note for the table, at its first, with the count (until
                // session 47 one a row)
                "placeholder-left template-mark-name /indicators/4/name info"),   // (≥**%) and (≥**万元) left in the names
                // not: "质量指标 (必填)", "时效指标 (必填)", "经济效益 指标 (选填)" and the other 二级 cells with the template's
                // fill note (the category before it; indicator-category-unknown said six of them were no category until
                // session 46, while "(必填硬性指标)", ending in 指标, went as a bracket of other names); 80000 = 30000 + 50000
                // (the 其中 row, consistent, and 8万亩 / 3万亩 / 5万亩 / 30公里 in the 年度总体目标 agree); 2023年底 for a
                // 2022 table whose 项目期 (no field) ends 2023年11月: a deadline after the project's own end and past the
                // budget year, which no field carries and no rule reads (said in the report); 满意度 (past the copy's end)
                findings("t100-yuanzhou-shuiyuan-2022"));
    }

    /**
     * 广水市教育局 2023 (湖北 随州, 部门整体支出绩效目标申报表, SOURCE.md; helper F13, session 46): t55's form two years later,
     * its 近两年收支金额 columns (2021, 2022) filled; the copy ends in the 部门职能概述, before the goals and indicators.
     */
    @Test
    void guangshuiJiaoyu2023() {
        assertEquals(List.of(
                // no indicator: the copy ends before them (as t55); its framework says so since session 52 (partialCut), a note
                // (until then indicator-category-missing none, a warning asking for rows: audit s52 A7 row A4)
                "indicator-category-missing none-cut /indicators info"),
                // not: 93199.91 + 29441.59 = 122641.5 (the 当年 支出构成 adds up to its 合计); 2022's 支出构成, 99611.05 + 9564.46 =
                // 109175.51 against 109175.04 printed — a real slip of 0.47 万元, in the 近两年收支金额 columns, which the format
                // has no field for (notes; said in the report); the 收入构成 and 占比 (no field)
                findings("t101-guangshui-jiaoyu-2023"));
    }

    // ---- session 47, forms (F14) ----

    /**
     * 驻马店 2022 (河南, the set's first; 驻马店装备产业集聚区专用汽车零部件产业园项目, 专项债券 12,900.00 + 上年结转 8,441.45 万元,
     * SOURCE.md; helper F14, session 47): the targets as set ("二、项目绩效目标 (二)主要指标") of a third-party evaluation report's
     * 绩效评价总览表, written one line a category, "数量指标:总建筑面积300000㎡;…", split at the figure as t99's. 目标申报.
     */
    @Test
    void zhumadianLingbujian2022() {
        assertEquals(List.of(
                "column-format-mixed separators /indicators/3/target info",   // 28,223.43万元 beside 300000㎡: a comma in one figure only
                // 社会效益 "有效提升土地集约能力": one phrase, no value (VAL-2); -aim since session 52 (the same finding): an aim,
                // the category applying, so what is measured and a target are asked, not "删去这些空行…不适用" (audit s52 B4)
                "indicator-incomplete empty-category-target-aim /indicators/4 error",
                // 时效 "项目资金按照计划支出", no value: the budget's spending, in words (ST-7); missed until session 47 (the
                // spending words were rates, 支出进度, 资金支出率, not 按计划支出). Since session 49 one error that says the row
                // has no value either (spending-no-target): a value written for "项目资金按照计划支出" would not clear it, and
                // empty-category-target's "请为这些指标填写指标值" beside it is left out (Engine.spendingNoTargetOnce; audit A3)
                "indicator-input-as-output spending-no-target /indicators/2 error",
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 总建筑面积 300000㎡
                "indicator-target-no-comparator  /indicators/3/target info ≥",   // 运营期年收入 28,223.43万元
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/1/target info ≥"),   // 工程项目验收通过率 100%
                // not: 运营年限 ≥30年 (the copy's "230年", its ≥ recognised as 2, as t56's "290%"); 服务对象满意度 "达到85%" (达到
                // read as ≥); the funds block prints only its two 其中 rows (12,900.00 and 8,441.45: no total to add them to); the
                // 当年实际支出 18,450.70 (预算执行率 86.45%, right: 18,450.70 / 21,341.45) is the evaluation's, no field at 目标申报
                // (notes), so the 86.45 % below 90 % with no reason beside it is not read (said in SOURCE.md)
                findings("t102-zhumadian-lingbujian-2022"));
    }

    /**
     * 新田镇 2022 (安徽 宣城 宣州区, 吴冲路和枫树路, 衔接资金 39.3 + 其他资金 117.7 = 157 万元, SOURCE.md; helper F14, session 47): a
     * 绩效运行监控报告 "1-12月份", in prose: the targets as set, one line a category, split at the figure; "项目资金共157万元,已全部
     * 拨付完成" (157 to date); the copy ends at "三、1-", before any indicator's value to date. 运行监控, the set's second after t15.
     */
    @Test
    void xintianWuchonglu2022() {
        assertEquals(List.of(
                // "项目资金共157万元,已全部拨付完成", the only money figure: paid over, not spent, no execution to date (transcribed
                // as 157 spent until session 49, audit s48 §3); asked for
                "funds-to-date-implausible paid-not-spent /fundsAvailable/value info",
                // not indicator-incomplete no-monitoring-month-all-year (a warning until session 54, "整表都空着"): every row's
                // value to date is past the copy's end (section 三), which its framework now says (partialCut.actuals; audit s54
                // A9 row B1); the partial note below says the cut
                // 受益群体满意度 "达100%": ≥ 100 % in words (达, reach), so "= 100%" (VAL-4; missed until session 49, audit s48 §3);
                // since session 50 the parser reads 达 before a figure as ≥ (a quantity, no longer words), the key and words kept
                "indicator-target-at-ceiling words /indicators/10/target info",
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 吴冲路 建设里程 1.091公里
                "indicator-target-no-comparator  /indicators/3/target info ≥",   // 枫树路 建设里程 0.875公里
                // cost-ceiling since session 50: a cost read as a ceiling is said as one, "成本上限（不超过该标准）", not "反向指标（越低越好）" (the plain note's fingerprint)
                "indicator-target-no-comparator cost-ceiling /indicators/8/target info ≤",   // 每公里补助 20万元: a cost, ≤
                // rate-full since session 48: a bare 100 % on a rate is offered "= 100%" alone ("≥ 100%", offered first until then, is at-ceiling's "= 100%")
                "indicator-target-no-comparator rate-full /indicators/6/target info ≥",   // 项目验收合格率 100%
                "indicator-target-no-comparator rate-full /indicators/9/target info ≥",   // 村通硬化路率 100%
                "indicator-time-cost-unspecified time-rate-bare /indicators/7/target info",   // 完成及时率 100%, no date and no comparator: one note (N1)
                "score-weights partial-actuals /partial info"),   // the copy ends at "三、1-", the rows' results after it (session 54)
                // not: 不低于3.5米, 不低于20厘米 (read as ≥); 村通硬化路率 with no 二级 (the prose prints "效益指标:" alone); 20 万元 a 公里 × (1.091 + 0.875) = 39.32 against the 衔接资金 39.3, and 87 + 70 = 157 (the
                // two roads' investments: no field) — consistent
                findings("t103-xintian-wuchonglu-2022"));
    }

    /**
     * 西平县民族宗教局 2022 (河南 驻马店, 蔡寨村养殖业基地建设项目, 39.2696 万元, SOURCE.md; helper F14, session 47): a 绩效监控总结报告
     * in prose, published 2022-08-09 after the 7月25日至26日 check: 中央财政衔接资金 39 万元 arrived, 自筹 2696 元 raised, "项目目前未
     * 实施,资金未使用". Its indicators are past the copy. 运行监控.
     */
    @Test
    void xipingCaizhai2022() {
        assertEquals(List.of(
                "indicator-category-missing none-cut /indicators info",   // the indicators past the copy's readable part: a note
                // since session 52, its partial framework's partialCut (a warning asking for rows until then: audit s52 A7 A4)
                // 0 of 39.2696 spent at July with no reason: "项目目前未实施,资金未使用" says that it is so, not why (the project
                // approved in December 2021 not begun by August): right
                "monitoring-deviation-unexplained execution-behind /funds/total/executedToDate warning"),
                // not: 39 + 0.2696 = 39.2696 (the components add up); the goal's 年收入租金2万元 / 2437口 (no indicator to hold them to)
                findings("t104-xiping-caizhai-2022"));
    }

    // ---- session 48, forms (F15) ----

    /**
     * 甘孜藏族自治州市场监督管理局机关 (四川, the set's first from 甘孜; SOURCE.md; helper F15, session 48): a 绩效目标表 exported from
     * the province's budget system as an xlsx, for the 州 food-safety committee's work. 指标性质 printed on the three 定性 rows only
     * ("定性", 指标值 "高中低"); no year, no amount, 项目名称 blank. 目标申报.
     */
    @Test
    void ganziShianwei() {
        assertEquals(List.of(
                // 检查差旅费 470 人/天, 培训费 320 人/天: expenses by their names under 成本, read as ceilings, ≤ (since session 49;
                // read ≥ 470 by their names before, a cost to be at least 470: at 自评 450 was missed and 520 met); their
                // no-comparator notes ("≤ 470 人/天") left out beside cost-count below, whose example gives the ceiling with
                // its money unit (Engine.costUnitOnce, session 49); beside cost-no-money-unit since session 50
                // no comparator and no unit (VAL-1): 召开食品安委会全体会议 2, 专项整治 2, 人员培训 1, 宣传周活动 1
                // no-unit-activity since session 52 (the same findings): activities held, offered "≥ 2 次" (培训 期, 活动 场), not
                // "≥ 2 个" "≥ 2 天" "≥ 2%" (audit s52 B7)
                "indicator-target-no-comparator no-unit-activity /indicators/3/target info ≥",
                "indicator-target-no-comparator no-unit-activity /indicators/5/target info ≥",
                "indicator-target-no-comparator no-unit-activity /indicators/6/target info ≥",
                "indicator-target-no-comparator no-unit-activity /indicators/7/target info ≥",
                // 完成时限 "1": a time limit with no unit, read ≤ 1 and asked for a deadline or a unit of time (since session 49;
                // before: "≥ 1" with 个 / 天 / % as examples)
                "indicator-target-no-comparator no-unit-limit /indicators/2/target info ≤",
                // 食安委成员单位食品安全工作齐抓共管 100 %: a share of a piece of work (齐抓共管, all members jointly in charge), nothing
                // measured (ST-9, VAL-2); since session 50 (area-rate), its percent-full "= 100%" note (advice that kept a share of
                // nothing: audit s49 §3's M2 class) held beside it
                "indicator-target-unmeasurable area-rate /indicators/4/target warning",
                // 费 rows in 人/天: 470 is 元 a person-day (the 差旅 and 培训 standards) with the 元 left off (VAL-6), asked for as
                // "≤ 470 元/人·天" since session 50; until then cost-count, a count to move to 数量指标 (audit s50 A5 row 1)
                "indicator-time-cost-unspecified cost-no-money-unit-person-day /indicators/0/target info",
                "indicator-time-cost-unspecified cost-no-money-unit-person-day /indicators/1/target info",
                "schema required-titled  error",   // no year printed (the xlsx is of 2023-12; which budget year, the table does not say)
                "submission-structure missing-file  error"),   // no amount printed anywhere: no budget.json
                // not (since session 48): 高中低 on the three 定性 rows, 四川's printed grade scale (高, 中, 低), VAL-2's 分级分档 form
                // as 优良中低差 is (t96); until then indicator-target-unmeasurable called it "不分级" (高 is a vague word). Not: the
                // 权重 adding up to 90 (预算执行率权重 blank: 10 on 四川's forms); the blank 项目名称 (no project block: notes); the
                // 整体目标, a list of the committee's standing duties (tasks, each a sentence; no goal rule reads duties). Each cost
                // row had two notes at one cell (no comparator, and cost-count: a count, not money), both asking for the
                // ceiling, until session 49
                findings("t105-ganzi-shianwei"));
    }

    /**
     * 遂宁市市场监督管理局经开区分局 2021 (四川, 国家级遂宁经济技术开发区; 两品一械 supervision, 5.8 万元; SOURCE.md; helper F15,
     * session 48): the 2021 中央对地方专项转移支付区域绩效目标自评表, no 分值 or 得分 by design (its copy of mof-transfer-region
     * beside it, partial: the copy ends in the first 效益 row). 自评.
     */
    @Test
    void suiningJingkaiLiangpin2021() {
        assertEquals(List.of(
                // 任务完成时间 2021年底 → 2021年底: the deadline written back, no date done (copied-date since session 51: audit
                // s50 A5 §3; until then only the share below counted it)
                "actual-equals-target-pattern copied-date /indicators/14/actual warning",
                // 6 of 15 actuals exactly the target: 不良反应报告数 150 / 10 / 30 at their floors, 完成率 100% three times (VAL-7)
                "actual-equals-target-pattern share-no-satisfaction /indicators warning",
                "indicator-target-far-exceeded  /indicators/1/actual info",   // 化妆品抽验批次 7 against ≥3
                // not far-exceeded at /indicators/2/actual (until session 51): 医疗器械抽验批次 3 against ≥2 is one batch more,
                // not a target set too low (a whole-number target must be exceeded by 2 units or more: audit s50 A5 row 10)
                "indicator-target-far-exceeded  /indicators/3/actual info",   // 药品监管企业数 253 against ≥124
                "indicator-target-far-exceeded  /indicators/5/actual info",   // 医疗器械监管企业数 85 against ≥21
                // 培训成本 400元/人、天: 元 a person-day, a cost standard, read ≤ (a ceiling 180 meets). Until session 48 the unit
                // stopped at the 、 and the cost was words: indicator-time-cost-unspecified cost "没有金额" (a false alarm)
                // cost-ceiling since session 50: said as a cost ceiling, not "反向指标（越低越好）" (the plain note's fingerprint)
                "indicator-target-no-comparator cost-ceiling /indicators/15/target info ≤",
                "indicator-target-no-comparator date /indicators/14/target info ≤",   // 任务完成时间 2021年底
                "indicator-target-no-comparator rate-full /indicators/7/target info ≥",   // 药品抽检完成率 100%
                "indicator-target-no-comparator rate-full /indicators/8/target info ≥",   // 化妆品抽验完成率 100%
                "indicator-target-no-comparator rate-full /indicators/9/target info ≥",   // 医疗器械抽验完成率 100%
                // counts with no unit (VAL-1): 品种 ≥3, 监管企业数 ≥124 / ≥290 / ≥21, 培训学时 ≥90, 不良反应报告数 ≥150 / ≥10 / ≥30
                "indicator-target-no-unit  /indicators/0/target info",
                "indicator-target-no-unit  /indicators/3/target info",
                "indicator-target-no-unit  /indicators/4/target info",
                "indicator-target-no-unit  /indicators/5/target info",
                "indicator-target-no-unit unit-named /indicators/1/target info",   // 化妆品抽验批次 ≥3: 批次 by the name
                "indicator-target-no-unit unit-named /indicators/2/target info",   // 医疗器械抽验批次 ≥2
                // 人均培训学时 ≥90: 学时 by the name (since session 50; until then "如“个”“户”“人次”“%”", audit s50 A5 row 9)
                "indicator-target-no-unit unit-named /indicators/6/target info",
                // …每百万人口报告数 "≥150", "≥10", "≥30": per million population, "≥ 150 份/百万人口" (unit-named-per-population,
                // unit-named's fingerprint, since session 51; "如“个”“户”“人次”“%”" until then: audit s50 A5 row 9)
                "indicator-target-no-unit unit-named-per-population /indicators/11/target info",
                "indicator-target-no-unit unit-named-per-population /indicators/12/target info",
                "indicator-target-no-unit unit-named-per-population /indicators/13/target info",
                // named rows with no target and no result: 不合格产品处置率, 药品抽验平均标准, 化妆品抽验平均标准. Since session 49 told
                // that they are named indicators of a form with no 分值 by design, to be filled in or marked not applicable
                // (unpointed-named, the plain finding's fingerprint); until then "没有…分值和得分…是留下的模板行…请删去该行"
                "indicator-template-row unpointed-named /indicators/10 warning",
                "indicator-template-row unpointed-named /indicators/16 warning",
                "indicator-template-row unpointed-named /indicators/17 warning",
                // 完成情况 目标2 "加强了两品一械企业监管力度": the goal with 了 added, no result (since session 48, as t108's)
                "overall-goal-not-a-goal achieved-copies /overallGoals/achieved/1 warning",
                "placeholder-left template-numbering-name /indicators/0/name info",   // "指标1." kept before every name
                // partial-unpointed since session 50: the cut said, the "不是综合评分，不评定等级" left to unpointed beside it (audit s50 A5 §2)
                "score-weights partial-unpointed /partial info",   // the copy ends in the first 效益 row
                // the 区域 form prints no 分值 or 得分: mof-transfer-region's declaration, inherited, said so at the file's extends
                // since session 54 (at its /unpointed, a key the file does not have, before)
                "score-weights unpointed-inherited /extends info"),
                // not: 5.8 of 5.8 spent, 100% as printed; 目标1's 148 批次 beside the rows' own counts (配合完成: not the rows'
                // measure); 目标3 and 目标4 (a word changed, 培训率达100% and 多次组织 added: not the goal again); no 效益 or 满意度
                // row (past the copy)
                findings("t106-suining-jingkai-liangpin-2021"));
    }

    /**
     * 六安市农业农村局 2024 (安徽; 农产品质检体系建设和“三品一标”发展项目, 51.35 万元; SOURCE.md; helper F15, session 48): a 项目支出
     * 绩效目标申报表 printing a 中期 (2024—2026) and a 年度 set side by side, the same goal and the same targets in both; the 年度 set
     * transcribed, cut at the second 时效 row (partial). 目标申报.
     */
    @Test
    void luanZhijian2024() {
        assertEquals(List.of(),
                // not: every row has its comparator, value and unit (≥57个, ≥98%, ≥4次, ≤7工作日); 51.35 = 51.35 + 0.00; the
                // categories after 时效 (past the copy). Left alone (no field): the 中期 goal and targets identical to the year's
                // beside 中期 money of 68.50 against 51.35; 检测及时率 (a rate by name) in 工作日; 抽检批次 counted in 组; 仪器维修维护
                // ≥4次, a count, under 质量
                findings("t107-luan-zhijian-2024"));
    }

    /**
     * 耒阳市第四中学 2022 (湖南 衡阳; 生均公用经费项目, 239 万元; SOURCE.md; helper F15, session 48): a 专项资金绩效自评价报告 in
     * prose, two pages, read whole: 87.06 of 239 万元 spent, "余款安排下年支出", "暂无问题", the goal reported back with 了. No
     * indicator. 自评.
     */
    @Test
    void leiyangSizhong2022() {
        assertEquals(List.of(
                // 87.06 / 239 = 36.43 %: "余款安排下年支出" says where the rest goes, not why it was not spent (SC-4); problems,
                // read as the reason since session 51 where a clause speaks of the money, says "运转正常,暂无问题": no reason
                "execution-rate-unexplained  /funds/total/executed warning",
                // "保证了学校的正常运转" beside the goal "保证学校的正常运转": the goal with 了, no result; missed until session 48
                "overall-goal-not-a-goal achieved-copies /overallGoals/achieved/0 warning",
                // the goal "保证学校的正常运转": keeping the unit running, no output or effect (upkeep-only since session 52: audit s52 D1)
                "overall-goal-not-a-goal upkeep-only /overallGoals/expected/0 warning",
                "score-weights total-no-indicators /indicators error"),   // no 产出, 效益 or 满意度 row at all: nothing to score
                // not: 179.25 + 59.75 = 239 (the components add up)
                findings("t108-leiyang-sizhong-2022"));
    }

    // ---- session 50, forms (F17) ----

    /**
     * 红河州第二人民医院 2023 (云南 红河, 国家基本公共卫生服务项目州级补助资金, 2.00 万元, SOURCE.md; helper F17, session 50):
     * a 项目支出绩效自评报告 in prose that reports **results only**, one line a row ("开展工作督导: 一个季度开展工作督导一次,
     * 共4次"), no year's target, no 分值 or 得分; its 成本指标 lines count visits, not money; its satisfaction written "≥80%".
     * On {@code honghe-erbao-gongwei-2023.json} (mof-project-2020, partial: the copy ends after the satisfaction line), 自评.
     */
    @Test
    void hongheErbaoGongwei2023() {
        assertEquals(List.of(
                // "服务对象满意度≥80%" in the completion section: a range, not the share the survey found (VAL-7). Its message
                // quoted an empty target, "（指标值 ）", until session 50 (copied-value); now copied-value-no-target
                "actual-equals-target-pattern copied-value-no-target /indicators/5/actual warning",
                // approved since session 56 (audit A11 C4): at 自评 / 运行监控 the year's approved targets, set next year, not added now
                "indicator-category-missing approved-several-results /indicators warning",   // no 质量指标 or 时效指标 line (ST-3): one warning, and with no target anywhere "报告中没有…的完成情况" (session 58: A12 D3, C6)
                // every row: a result and no target to set it against (ST-1: the self-evaluation compares actual with the
                // year's target); the report prints none: one finding at the table, 6 of 6 rows (one finding a row until
                // session 50, G1)
                "indicator-incomplete no-target-all /indicators error",
                // 开展技术指导, 开展考核评价 under 成本指标: "一个季度…一次,共4次", counts of visits and no money; no rule read them
                // until session 52 (audit s51 A6 §3): a cost row that gives a number of times, not a cost (an info at the actual)
                "indicator-time-cost-unspecified cost-count-actual /indicators/2/actual info",
                "indicator-time-cost-unspecified cost-count-actual /indicators/3/actual info",
                "satisfaction-without-survey project /indicators/5 info",   // no survey named
                // no 分值 anywhere either: score-input-missing indicator-points-none-table-short held beside no-target-all, rows
                // with no target having nothing to score against (Engine.pointsNoTargetOnce, audit s51 A6 §2)
                "score-weights partial /partial info"),   // the copy ends at "宜传"
                // not: 2.00 of 2.00 spent (100 %). Left alone (no rule reads them): the two
                // paragraphs under 总体绩效目标完成情况分析, the 中央 fund's goals restated as what was achieved, with no goal
                // set beside them to compare (overall-goal-not-a-goal compares achieved with expected)
                findings("t109-honghe-erbao-gongwei-2023"));
    }

    /**
     * 牟定县 2020 (云南 楚雄, 牟定县交通运输局, 第一批公路安全生命防护工程, 56 万元, SOURCE.md; helper F17, session 50): the
     * same 云南 自评报告 in prose, 一、绩效目标分解下达情况 (建设里程8公里, 56 万元) then the results one line a category,
     * split at the figures; the 成本 line prints its target and actual ("项目投资56万元,实际决算金额54.6万元"). On
     * {@code mouding-shengming-fanghu-2020.json} (mof-project-2020, partial: the copy ends in 三's first sentence), 自评.
     */
    @Test
    void moudingShengmingFanghu2020() {
        assertEquals(List.of(
                // "提升公路交通安全保障水平≥95%" and "项目区群众满意度≥95%" as results: ranges, not values reached (VAL-7)
                "actual-equals-target-pattern copied-value-no-target /indicators/10/actual warning",
                "actual-equals-target-pattern copied-value-no-target /indicators/9/actual warning",
                // the rows after 处治里程 (whose 8公里 is 一's 建设里程) report results with no target (ST-1): 9 of the 11
                // rows, the report's results without the year's targets, said once at the table (one a row until session
                // 50, G1); 处治里程 and 项目投资 have theirs from the report's 一 and the 成本 line
                "indicator-incomplete no-target-all /indicators error",
                "indicator-input-as-output budget-restated /indicators/6/target warning",   // 项目投资 56万元 = the money (ST-7)
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 建设里程 8公里, bare
                "satisfaction-without-survey project /indicators/10 info",
                // no 分值: indicator-points-none-table-short held beside no-target-all (Engine.pointsNoTargetOnce, audit s51 A6 §2)
                "score-weights partial /partial info"),
                // not: 54.6 of 56 spent (97.5 %, no explanation due); 54.6万元 within 56万元 (met, a ceiling); the dates of
                // 开工 and 完工 (no target to hold them to)
                findings("t110-mouding-shengming-fanghu-2020"));
    }

    /**
     * 隆阳区土壤肥料工作站 2022 (云南 保山, 2021年中央化肥减量增效示范县项目补助资金, 278.4449 万元, SOURCE.md; helper F17,
     * session 50): t84's 20 + 80 form with numbered parent rows ("一、示范区建立 ≧20000亩 … 15.0") and their parts ("1、…
     * ≧500亩 … 5.0") each scored, 10.77 % spent, 二级 spelt 社会效益效益指标. On {@code longyang-huafei-2022.json} (t84's
     * framework, partial: the copy ends at 生态), 自评.
     */
    @Test
    void longyangHuafei2022() {
        assertEquals(List.of(
                // 12 of the 14 actuals are their targets' figures (≧20000亩 → 20000亩 …; VAL-7)
                "actual-equals-target-pattern share-no-satisfaction /indicators warning",
                "indicator-category-unknown  /indicators/13 warning",   // 社会效益效益指标: 社会效益指标 offered
                "indicator-target-far-exceeded  /indicators/9/actual info",   // 土样植株化验 ≧60个 → 105个 (1.8 ×)
                "indicator-target-no-comparator  /indicators/13/target info ≥",   // 受益农户数 5000户
                "indicator-time-cost-unspecified time-rate-bare /indicators/12/target info",   // 项目按时完成率 100%: by when?
                // "一、" … "1、" before 11 names, once: here the numbering is the table's outline (parts under a parent), which
                // the format has no field for; the advice (the number is no part of the name) holds
                "placeholder-left numbering-name /indicators/0/name info",
                // the printed 得分 add to 95 over the 80 of 年度绩效目标 before the cut: the parts are scored on top of their
                // parents (15 = 5 + 5 + 5; 15 = 5 + 5 + 3 + 2); without them 65. -outline since session 52: says the parts look
                // counted in their parents, not "请按表补填各指标分值" (the form has no 分值 column; Engine.rowsSumOverOnce)
                "score-claim-mismatch indicators-above-weight-outline /indicators warning",
                // 得分 2.16 for 20 × 10.774 % = 2.1548, 2.15: a rounding up, said as such, an info (rounded-up, audit s51 A6 row 8)
                "score-claim-mismatch rounded-up /funds/total/score info",
                // no 分值 column, no 一级 points; the rows' sum (95 + 2.15 = 97.15, -short-rows-partial until session 51) left out
                // beside indicators-above-weight: it counts the parts on top of their parents (Engine.rowsSumOverOnce, audit s51 A6 row 7)
                // -own since session 52: the table is on its own framework, not 财预〔2020〕10号's project form, and the finding no
                // longer cites it ("财预〔2020〕10号 自评表每项指标都有分值" told the unit it filed the wrong form; audit s52 B2); the same finding
                // -unprinted since session 55: the 20 + 80 form prints no 分值 by design (project-20-80 "rowPoints": "unprinted"), so a note saying the form's limit, not an error asking for a column to invent (s55 A10 B2; UnprintedRowPointsTest); the same finding
                "score-input-missing indicator-points-none-short-own-unprinted /indicators info",
                // partial-rows since session 53: the cut only ("{2}"); the -short finding beside it says the figure is no 综合评分
                // and no grade is given (until then partial said "不是综合评分，不评定等级" again; Engine.partialRowsOnce)
                "score-weights partial-rows /partial info"),
                // not: 500 + 1000 + 18500 = 20000 and 5 + 5 + 3 + 2 = 15 (the parts add up to their parents: no rule reads a
                // breakdown not marked 其中); ≧ read as ≥; 30.00 / 278.4449 = 10.77 % with no reason in the copy: the form's
                // 偏差大或目标未完成原因分析 (after the total, t84) is past the cut, partialCut.executionReason (execution-rate-
                // unexplained until session 50, G1)
                findings("t111-longyang-huafei-2022"));
    }

    // ---- session 51, forms (F18) ----

    /**
     * 莆田市市场监督管理局 2024 (福建, 标准化工作专项补助经费, SOURCE.md; helper F18, session 51): a 自评报告 in prose whose rows
     * are sentences carrying all four figures, "1)名称(单位),目标值X,完成值Y,分值Z,得分W", the unit in the name's bracket; 101号's
     * 成本指标 printed first; no budget, execution figure or rate; "自评得分100分,等级为优". On {@code putian-biaozhunhua-2024.json}
     * (mof-project-2020, partial: the copy ends at the third 效益 heading, 10 of the 11 targets), 自评.
     */
    @Test
    void putianBiaozhunhua2024() {
        assertEquals(List.of(
                // 6 of the 10 actuals are their targets' figures (2 → 2, 5 → 5 …; VAL-7)
                "actual-equals-target-pattern share-no-satisfaction /indicators warning",
                "indicator-target-far-exceeded  /indicators/8/actual info",   // 奖励制修订标准项目(项) 4 → 24 (6 ×)
                "indicator-target-no-comparator  /indicators/1/target info ≥",   // 主导制修订国家标准的项目数量(项) 2 (VAL-1)
                "indicator-target-no-comparator  /indicators/2/target info ≥",   // 主导制修订行业标准项目数量(项) 5
                "indicator-target-no-comparator  /indicators/3/target info ≥",   // 参与制修订国家标准项目数量(项) 2
                "indicator-target-no-comparator  /indicators/4/target info ≥",   // 获得…补助奖励的单位数量(家) 17
                "indicator-target-no-comparator  /indicators/5/target info ≥",   // 主导制修订项目数量(项) 7
                "indicator-target-no-comparator  /indicators/6/target info ≥",   // 项目完成及时率(%) 90: ≥ 90%
                "indicator-target-no-comparator  /indicators/7/target info ≥",   // 标准文本宣传和解读(份) 300
                "indicator-target-no-comparator  /indicators/8/target info ≥",   // 奖励制修订标准项目(项) 4
                "indicator-target-no-comparator  /indicators/9/target info ≥",   // 强化社会公众的标准化意识(人) 2200
                // 获得补助金额(万元) 200 under 经济成本指标: a cost, read as its ceiling
                "indicator-target-no-comparator cost-ceiling /indicators/0/target info ≤",
                // 自评得分100 against 80 computed on the 80 points the copy prints + the execution's 10 it cannot score: no full
                // base to correct the total by (the cut, said by score-weights partial); total-unbased-partial since session 52
                // (the same finding): it said "本表计分的分值合计与满分不符 … 请先核对各指标的分值", the weights no defect here (audit s52 B1)
                "score-claim-mismatch total-unbased-partial /stated/total info",
                // the report prints no budget and no execution figure or rate (only "下达…200万元", money passed on): the 预算执行率
                // cannot be scored, and the report is asked for both figures (SC-4); since session 58 worded for the report
                // and left unscored, not 0 of 10 (a partial copy, pointed: audit s58 A13 B1)
                "score-input-missing figures-not-in-report /funds/total/executed error",
                // since session 58 (P14 + P16): the note says that of 预算执行率 10 and 满意度 10 the copy shows 0 each
                "score-weights partial-carried /partial info"),
                // not: 成本指标 printed before 产出指标 (read by its 一级, as t63); 社会成本 / 生态环境成本 / 经济效益 headings with no row
                // (not transcribed, optional); 主导制修订项目数量 7 = 国家 2 + 行业 5 under 质量, a count reported twice (no rule reads a
                // row as the sum of others); counts under 质量 and outputs under 效益 (no rule reads a row's category from its name);
                // the 200 万元 as its own cost (no budget figure written: nothing for indicator-input-as-output to compare)
                findings("t112-putian-biaozhunhua-2024"));
    }

    /**
     * 岳阳县林业局 2021 (湖南 岳阳, 森林防火专项, 55 万元, SOURCE.md; helper F18, session 51): 岳阳县财政支出项目绩效评价自评报告
     * (岳阳县财政局制), the 湖南 county form of t73's family: 计划安排资金 / 实际到位资金 / 实际支出 / 结余 side by side, each by source
     * (55 / 55 / 55 / 0, all 县市区财政), and 项目支出明细 in 元 with each payment's date; the copy ends at "三、项": no indicator.
     * F17's lead 岳阳县农村公路养护 2020 is the same form with its amounts broken ("7,00.0,77"), not transcribed (SOURCE.md).
     */
    @Test
    void yueyangxianFanghuo2021() {
        assertEquals(List.of(
                // no indicator row (the copy ends at "三、项"): the indicators' 90 points not scorable, 10 of the 10 held, no grade
                // since session 52 its framework marks the cut (partialCut.indicators): the partial note, no error asking for rows
                // the copy never had (audit s52 A7 row A4)
                "score-weights partial /partial info"),
                // not: 55 / 55 = 100 % spent; 结余 0 = 55 − 55; 县市区财政 55 / 55 / 0 the total's own figures; the ten payments
                // add up to 550000 元 = 55 万元 (no field)
                findings("t113-yueyangxian-fanghuo-2021"));
    }

    /**
     * 市公路局 2020 (湖北 黄石, 公路养护类项目, 1132 万元, SOURCE.md; helper F18, session 51): 湖北's 项目自评结果, the summary published
     * with the 自评表 (一、自评结论: 自评得分 100; 执行率 1132 / 1132 = 100 %; 完成的 / 未完成的绩效目标; 存在的问题和原因; 下一步拟改进措施),
     * the 自评表 itself "附后" and past the copy's end: no indicator. F17's lead (session 50, query 13).
     */
    @Test
    void huangshiGongluYanghu2020() {
        assertEquals(List.of(
                // no indicator row (the 自评表 is 附后, past the copy's end): the indicators' 90 points not scorable, 10 of the 10
                // held (100 %), no grade, and the stated 自评得分 100 cannot be checked
                // since session 52 the partial note carries the stated total (partial-stated; audit s52 A7 row A4)
                "score-weights partial-stated /partial info"),
                // not: 1132 / 1132 = 100 %; 完成的绩效目标 concrete (1180.5 公里, 67 座, 2 个), not the goal restated. Left alone: (三)
                // says the project's 小修 money went mostly to staff wages beside a score of 100 and 未完成 "无" (no rule reads the
                // problems against the score)
                findings("t114-huangshi-gonglu-yanghu-2020"));
    }

    // ---- session 52, forms (F19) ----

    /**
     * 施甸县农业农村局 2021 (云南 保山, 保山猪保种场建设项目, 1500 万元, SOURCE.md; helper F19, session 52): t84's 20 + 80 自评表 of a
     * project that had not started: 1500 budgeted, 0.00 spent, 执行率 "0.0000" (the ratio), every 实际完成值 and 得分 blank, 总分
     * blank, the reason (land not yet approved) and the measures under the table; units in the names' brackets, a
     * 项目竣工时间 "2023.12", a 成本 row 投入资金(≥万元) 1500, two 效益 rows with no 二级. On {@code shidian-baozhongchang-2021.json}
     * (t84's framework, not partial: the copy ends inside the measures, after the table), 自评.
     */
    @Test
    void shidianBaozhongchang2021() {
        assertEquals(List.of(
                // 项目竣工时间 "2023.12" in a 2021 自评: the year's 时效 target is the whole project's end, two years on (since
                // session 53: the rule reads the deadline the binding reads from the row's name, TargetParser.yearMonthOfTimeRow)
                "indicator-deadline-after-year  /indicators/6/target warning",
                // every row's 实际完成值 blank (ST-1: a self-evaluation reports what was done against each target): the table is a
                // 自评 filed before the work began, the column blank throughout: one error at the first row with the count, 11,
                // since session 54 (Engine.noActualAllOnce; until then one no-actual a row, 11 errors). No -no-score: the form
                // prints no 分值, so no score is asked of the rows
                "indicator-incomplete no-actual-all /indicators/0 error",
                // not indicator-incomplete no-execution-score at /funds/total (a warning until session 53): the execution block
                // prints 预算数 / 执行数 / 执行率 and no 分值 or 得分 cell, so the funds row carries no points of its own (the 20 was
                // taken from the heading until then) and no score is asked of a cell the form does not have; the framework
                // weighs it 20 as before (audit s53 A8 row C4; t34's block prints a 得分 column left blank and keeps its warning)
                // 投入资金(≥万元) 1500 under 成本指标: the budget's 1500 万元 copied as the cost target (ST-7), read in the 万元 of the
                // name's hint since session 53, as t100's "(≥**万元)" is (one reading of the hint, stars or none: audit s53 A8 rows
                // C3, E1); before, no-unit-hint at the cell ("单位“万元”只写在名称的模板提示里"), now left out beside it
                // (Engine.budgetRestatedOnce: the unit and comparator the warning asks for clear the note too)
                "indicator-input-as-output budget-restated /indicators/7/target warning",
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 标准化圈舍面积(平方米) 5000 (VAL-1)
                "indicator-target-no-comparator  /indicators/1/target info ≥",   // 办公用房面积(平方米) 500
                "indicator-target-no-comparator  /indicators/10/target info ≥",   // 项目业主满意度(%) 95
                "indicator-target-no-comparator  /indicators/2/target info ≥",   // 饲料加工用房面积(平方米) 300
                "indicator-target-no-comparator  /indicators/3/target info ≥",   // 保种数量(头) 300
                "indicator-target-no-comparator  /indicators/4/target info ≥",   // 年提供种猪数量(头) 2000
                "indicator-target-no-comparator  /indicators/5/target info ≥",   // 工程合格率(%) 95
                "indicator-target-no-comparator  /indicators/8/target info ≥",   // 年新增畜牧产值 (万元) 500
                "indicator-target-no-comparator  /indicators/9/target info ≥",   // 辐射带动养殖保山猪户数(户) 300
                // 项目竣工时间 "2023.12": December 2023, a deadline, ≤ 2023-12-31, since session 52 (before, the number 2023.12,
                // "≥ 2023.12 (the higher the better)": TargetParser.yearMonthOfTimeRow); its no-comparator date note left out since
                // session 56 (audit A11 D2): deadline-after-year at the cell rejects the date it asked a "≤" for (Engine.deadlineYearDateOnce)
                // the template's hint "(≥万元)" left in 投入资金's name, without stars: counted as the hint it is since session 53
                // (placeholder-left read only "≥**" until then, while no-unit-hint read this one; audit s53 A8 row C3)
                "placeholder-left template-mark-name /indicators/7/name info",
                // no 分值 and no 一级 points (t111's form): no indicator can be scored, 0 of 20 for the execution the only figure
                // -own (G3's audit s52 B2, merged with the table): the 20 + 80 form is not 财预〔2020〕10号's, so no citation of it
                // -unprinted since session 55: the 20 + 80 form prints no 分值 by design (project-20-80 "rowPoints": "unprinted"), so a note saying the form's limit, not an error asking for a column to invent (s55 A10 B2; UnprintedRowPointsTest); the same finding
                "score-input-missing indicator-points-none-short-own-unprinted /indicators info"),
                // not: 0.00 of 1500 spent with no execution-rate-unexplained: 偏差大或目标未完成原因分析 gives the reason (建设用地手续未
                // 全部办理完成…建设资金未形成支付); no stated total (总分 blank); the 效益 rows with no 二级
                findings("t115-shidian-baozhongchang-2021"));
    }

    /**
     * 昌宁县供销合作社联合社 2022 (云南 保山, 昌龙鸿运牧业专业合作社生猪养殖场建设项目, 50 万元, SOURCE.md; helper F19, session 52):
     * t84's 20 + 80 自评表, 10 of 50 spent, 执行率 printed "20" (a percent without %), 得分 4; 产出指标(40分) with no 分值 column,
     * the names keeping the template's hints ("(≥**平方米)", "(≥台)"), bare figures in the target and actual columns. On
     * {@code changning-changlong-2022.json} (t84's framework, partial: the copy ends at the 19th row, 种母猪(≥头), before its 得分;
     * partialCut scoreOf names it), 自评.
     */
    @Test
    void changningChanglong2022() {
        assertEquals(List.of(
                // 19 of 19 actuals the target's figure (22.8 → 22.8, 180 → 180 …; VAL-7): to check against the works accepted
                "actual-equals-target-pattern share-no-satisfaction /indicators warning",
                // bare figures and no unit in the cells (VAL-1); the unit only in the template's hint in the name, which placeholder-
                // left asks to remove: no-unit-hint since session 52, "write ≥ 22.8 平方米" (before, no-unit, "what it counts is
                // not said", where the name says it)
                "indicator-target-no-comparator no-unit-hint /indicators/0/target info ≥",   // 公猪舍(≥**平方米) 22.8: "≥ 22.8 平方米" asked
                "indicator-target-no-comparator no-unit-hint /indicators/1/target info ≥",
                "indicator-target-no-comparator no-unit-hint /indicators/10/target info ≥",   // 排污沟(≥米) 50: a comparator and a unit, no stars
                "indicator-target-no-comparator no-unit-hint /indicators/11/target info ≥",
                "indicator-target-no-comparator no-unit-hint /indicators/12/target info ≥",   // 粉碎拌合机(11kw)(≥台) 1
                "indicator-target-no-comparator no-unit-hint /indicators/13/target info ≥",
                "indicator-target-no-comparator no-unit-hint /indicators/14/target info ≥",
                "indicator-target-no-comparator no-unit-hint /indicators/15/target info ≥",
                "indicator-target-no-comparator no-unit-hint /indicators/16/target info ≥",
                "indicator-target-no-comparator no-unit-hint /indicators/17/target info ≥",
                "indicator-target-no-comparator no-unit-hint /indicators/18/target info ≥",
                "indicator-target-no-comparator no-unit-hint /indicators/2/target info ≥",
                "indicator-target-no-comparator no-unit-hint /indicators/3/target info ≥",
                "indicator-target-no-comparator no-unit-hint /indicators/4/target info ≥",
                "indicator-target-no-comparator no-unit-hint /indicators/5/target info ≥",
                "indicator-target-no-comparator no-unit-hint /indicators/6/target info ≥",
                "indicator-target-no-comparator no-unit-hint /indicators/7/target info ≥",   // 化粪池(≥**立方米) 63
                "indicator-target-no-comparator no-unit-hint /indicators/8/target info ≥",
                "indicator-target-no-comparator no-unit-hint /indicators/9/target info ≥",
                "placeholder-left template-mark-name /indicators/0/name info",   // the "≥**" hints, 11 names, said once
                // 40 shared evenly over the 19 rows (40 ÷ 19 = 2.1053 → 2.11), the table printing no split: an assumption, said
                // once. Not score-weights category-share-level1 beside it (until session 52: "19 × 2.11 = 40.09, not 40", the
                // rounding of jixiao's own even share blamed on the table: CategoryPoints.defaultRounding)
                // -scored since session 53: 18 rows print 得分 (1, 2 or 3; 3 above the share shows unequal points), not held to 2.11.
                // Not score-claim-mismatch ×18 (three indicator-above-points, fifteen indicator-below-part "met, yet stated
                // below", until session 53) nor indicator-score-unexplained ×15 behind them: consequences of jixiao's
                // assumption, not of the table (its scores read as unequal points it does not print; s52 F19's left-alone)
                // -cents since session 55: 40 ÷ 19 does not divide to the cent; the first ten rows take 2.11, the other nine
                // 2.10, 40 in all (the score line 44.00 / 60.00, not 44.09 / 60.09: s55 A10 C2; EvenShareAddsUpTest)
                "score-assumption category-even-level1-scored-cents /categories/0/points info",
                "score-weights partial-carried-one /partial info"),
                // not: 10 / 50 = 20 % × 20 = 4, as printed; 20 % spent with no reason (偏差大或目标未完成原因分析 is past the cut,
                // partialCut.executionReason); 种母猪(≥头)'s 得分, past the cut (partialCut.scoreOf; indicator-incomplete no-score
                // until session 52); 质量 / 时效 / 效益 / 满意度 missing (past the cut)
                findings("t116-changning-changlong-2022"));
    }

    /**
     * 昌宁县供销合作社联合社 2022 (云南 保山, 建富果蔬种植专业合作社冷链设施建设项目, 50 万元, SOURCE.md; helper F19, session 52): the
     * 自评报告 published beside t116's 自评表 (附件4): 自评得分 83.44, 良; "财政下达项目资金50万元,目前已拨付10万元,预算执行率为22.22%,
     * 绩效自评得分4.44分"; 产出 39, 效益 30, 满意度 10 (no field); no indicator (its 自评表 is not in the copy). On
     * {@code changning-jianfu-2022.json} (t84's framework), 自评.
     */
    @Test
    void changningJianfu2022() {
        assertEquals(List.of(
                // 10 / 50 = 20.00 %, not the 22.22 % stated (10 / 45 would give it): the report's own figures disagree
                // the printed 执行率 22.22 % and the 得分 4.44 = 20 × 22.22 % written from it, one finding (G3's audit s52 C1, merged
                // with the table: rate-mismatch's score variant carries 20 × 20 % = 4.00; F19 pinned two)
                "rate-mismatch score /funds/total/executionRatePercent error",
                // no indicator row in the report: its 自评表 is another attachment, not in the copy, which its framework says as
                // data since session 53, partialCut.indicators, as t114's; the partial note says the 80 points are not scorable
                // and 83.44 cannot be checked (score-weights total-no-indicators-stated, an error asking for the rows, until
                // session 53; audit s53 A8 row A5)
                "score-weights partial-stated /partial info"),
                // not: 4.44 + 39 + 30 + 10 = 83.44 (the parts add up); 良 for 83.44; 20 % spent, its reason in the problems
                // ("财政涉农资金拨付进度缓慢,影响项目建设进度", read as the execution's reason since session 51)
                findings("t117-changning-jianfu-2022"));
    }

    /**
     * 天津 蓟州区 2020 (the first table from 天津; SOURCE.md; helper F20, session 53): 天津市雪亮工程转移支付2020年度绩效自评报告,
     * the national outline of a transfer payment's 自评报告 in sentences: 2842.5157 万元, 2668 spent, "执行率93.86%"; the goal
     * (30 % of the project in the year) said done and the task "未能完成"; the copy ends inside (三)'s first paragraph, no
     * indicator row. On {@code jizhou-xueliang-2020.json} (mof-transfer-region extended, partial, partialCut.indicators), 自评.
     */
    @Test
    void jizhouXueliang2020() {
        assertEquals(List.of(
                "score-weights partial-unpointed /partial info",   // the copy is cut before any indicator's result
                // the form prints no points: 93.86 % × 10 = 9.39 is the execution's only; mof-transfer-region's declaration,
                // inherited, said so at the file's extends since session 54 (at its /unpointed, a key the file does not have, before)
                "score-weights unpointed-inherited /extends info",
                // since session 55 (audit s54 A9 row E2): (二) says "完成了年内完成项目总体30%投入的目标" and then "未能完成绩效任务目标",
                // both of the goal as a whole: met or not, nobody can tell. A note only; not goal (the text gives its cause, 因疫情影响,
                // and the report's 三、 is past the copy's cut, so its blank problems say nothing)
                "work-left-unexplained goal-both /overallGoals/achieved/0 info"),
                // not: 2668 / 2842.5157 = 93.86 %, as stated, above 90 %; no indicator row (past the cut, partialCut.indicators)
                findings("t118-jizhou-xueliang-2020"));
    }

    /**
     * 天津 东丽区 2020 (SOURCE.md; helper F20, session 53): (直达资金)东丽湖新建光辉路 工程项目 2020年度绩效自评报告, t118's outline whole:
     * 700 万元 arranged and paid; (三) one line an indicator, "数量指标:完成道路建设491米,已完成", no target, no score; the goal
     * "保质保量完成道路建设座" without its number; the first section names another project (雨污分流改造工程). On
     * {@code mof-transfer-region}, 自评.
     */
    @Test
    void dongliGuanghuilu2020() {
        assertEquals(List.of(
                "indicator-incomplete no-target-all /indicators error",   // six results, no target beside any (ST-1)
                "placeholder-left no-numeral /overallGoals/expected/0 warning",   // "完成道路建设座": the number left out
                "satisfaction-without-survey project /indicators/5 info",   // 提升周边居民满意度 已完成, no survey
                "score-weights unpointed /framework info",   // no points printed: 700 / 700 scores the execution's 10 only
                // since session 55 (audit s54 A9 row E1): 时效 "按时完成建设, 随项目进度把控" is no completion at the year's end, with no
                // target beside it (so not indicator-target-missed in-progress), no reason, and 三、偏离绩效目标的原因和下一步改进措施 blank;
                // deferred since session 56 (audit A11 C3): "随项目进度" does not say the work is unfinished, only not that it was done
                "work-left-unexplained deferred /indicators/2/actual warning"),
                // not (no rule): 雨污分流改造工程 in 一、 under a title about 光辉路; not the goal's "总体绩效目标基本完成" (a grade, no
                // work said left); 一、's 前期费、剩余工程款待申请 is in notes only (no field holds it)
                findings("t119-dongli-guanghuilu-2020"));
    }

    /**
     * 海南 省商务厅 服务贸易项目 (SOURCE.md; helper F20, session 53): 海南's 项目绩效自评表, 一、项目基本情况 (计划投资额 570, 实际到位资金
     * 398.88, 实际使用情况 395.86 万元) and 二、绩效评价指标评分 (项目决策 20 / 项目管理 25 / 项目绩效 55, each item scored in full),
     * the copy ending at 项目效益's "经济"; no year. On {@code hainan-fuwumaoyi.json} (its own criteria, partial), 自评.
     */
    @Test
    void hainanFuwumaoyi() {
        assertEquals(List.of(
                // since session 55: 到位率 3 of 3 with 398.88 of 570 万元 arrived (69.98 %), an assessed criterion (audit s54 A9 E3)
                // since session 58 says the form's 计划投资额, not 全年预算数 (labelled, the same finding; audit s58 A13 C6)
                "funds-arrival-scored-full labelled /criteria/5/score info",
                "schema required-titled  error",   // no year in the copy (as t49)
                "score-weights partial /partial info"),   // 60 of 100 points held: no total, no grade
                // not, since session 53: execution-rate-unexplained for 395.86 / 570 = 69.45 %: 99.24 % of the 398.88 that
                // arrived was spent, the shortfall is money not received, which the amounts say (MOF-10 附件2)
                findings("t120-hainan-fuwumaoyi"));
    }

    /**
     * 海南 海口 秀英区水务局 2022 (SOURCE.md; helper F21, session 54): 2022年衔接资金项目绩效自评报告, the transfer payment's outline
     * with 二、绩效自评工作开展情况 and (一)'s 1.到位 / 2.执行 / 3.管理: 105 万元 下达 and 到位, the spending said only as "已按合同规定
     * 完成对该项目进度的支付" (no amount); (二) 1.产出's four paragraphs, "(1)项目完成数量" and the like, one row each (name the heading,
     * actual the paragraph, no target); the copy ends at "2.效益指标完成情况分析。(1)项目实施的社会效". On
     * {@code xiuying-shuiwu-2022.json} (mof-transfer-region extended, partial, partialCut.endsIn 效益 / 社会效益), 自评.
     */
    @Test
    void xiuyingShuiwu2022() {
        assertEquals(List.of(
                "indicator-incomplete no-target-all /indicators error",   // four results, no target printed beside any (as t119)
                // since session 56: the goal "…绩效目标为做好西秀镇龙头田洋产业农业灌溉用水的工作" names an activity, no output,
                // figure or effect (audit s55 A10 E1); the only real table whose expected goals are all such work
                "overall-goal-not-a-goal expected-vague /overallGoals/expected/0 info",
                // the amount spent is not said: "按合同规定完成…支付" only. Since session 57 (audit s57 A12 row B2) worded for the
                // report (not-in-report, "只写了“2022年衔接资金”105 万元"), the execution unscored, "不计分" in place of "0.00 / 10.00"
                "score-input-missing not-in-report /funds/total/executed error",
                "score-weights partial-unpointed-none /partial info",   // the copy ends in 效益's first paragraph; -none since session 57
                "score-weights unpointed-none-inherited /extends info"),   // the form prints no points (inherited from mof-transfer-region: N3)
                // not, since session 54: indicator-category-missing level1 (效益指标 "at least one of its 二级"): the copy breaks
                // off in 效益 at 社会效益, which the file says (partialCut.endsIn with the 二级); 社会效益 and what follows are past
                // the cut, and every 二级 of 效益 is optional in mof-transfer-region
                findings("t121-xiuying-shuiwu-2022"));
    }

    /**
     * 云南省 2022年度中央自然灾害资金绩效自评报告 (SOURCE.md; helper F21, session 54), its first fund, 森林草原航空消防租机补助经费:
     * 10441 万元 (中央 8353, 省级 2088), all arrived, 9265.353442 spent, "项目执行率88.74%"; 数量指标 in sentences, "布防飞机数量≥6架,
     * 实际布防6架;飞机飞行时长≥928小时,实际飞行时长909.93小时"; the copy ends in 质量指标's first sentence ("…≥80%,实际完"). On
     * {@code yunnan-hangxiao-2022.json} (mof-transfer-region extended, partial, partialCut endsIn 产出 / 质量 and executionReason), 自评.
     */
    @Test
    void yunnanHangxiao2022() {
        assertEquals(List.of(
                // 909.93 of ≥ 928 flight hours, beside "较好实现了年度目标"; unscored-cut since session 56 (the same finding): the form
                // prints no points or score, nothing to deduct, and the report's reasons (三、) are past the cut (partialCut.
                // executionReason), so the reason is not asked for but said not to be checkable (audit s55 A10 C1)
                "indicator-target-missed unscored-cut /indicators/1/actual warning",
                // since session 56: "…较好实现了年度目标" says the year's goal met (较好, well, is how, not how much) beside that
                // row (audit s55 A10 E2)
                "overall-goal-said-met  /overallGoals/achieved/0 info",
                "score-weights partial-unpointed /partial info",   // the copy ends in 质量指标's first sentence
                "score-weights unpointed-inherited /extends info"),   // no points printed: 88.74 % × 10 = 8.87, the execution's only
                // not: 88.74 % spent, below 90 %, no reason in the copy: the report's section on deviations (三、) is past the cut
                // (partialCut.executionReason); 9265.353442 / 10441 = 88.74 % and 7177.373442 + 2087.98 = 9265.353442, as printed
                findings("t122-yunnan-hangxiao-2022"));
    }

    /**
     * 河南 驻马店 西平县交通运输局 2022 (SOURCE.md; helper F21, session 54): 财政衔接推进乡村振兴资金项目绩效自评总结报告, the same outline
     * as t121: 农村公路通村道路建设项目 2179 万元, all allocated, 2113.63 paid by 12-08, "执行率97%"; "该项目共编制12个绩效目标指标" but
     * none listed, its 产出 a paragraph; the copy ends in 效益's paragraph. On {@code xiping-jiaotong-2022.json} (mof-transfer-region
     * extended, partial, partialCut.indicators), 自评.
     */
    @Test
    void xipingJiaotong2022() {
        assertEquals(List.of(
                "score-weights partial-unpointed /partial info",   // no indicator row: the report lists none; the copy is cut in 效益
                "score-weights unpointed-inherited /extends info"),   // no points printed: 97 % × 10 = 9.70, the execution's only
                // not: 2113.63 / 2179 = 97.00 %, as stated; the title line is not in the copy (its first sentence names the report)
                findings("t123-xiping-jiaotong-2022"));
    }

    /**
     * 新疆 昌吉州 阜康市统计局 2023 (the first table from 新疆; SOURCE.md; helper F21, session 54): 项目支出绩效自评表 (2023年度) of 国家统计局
     * 调查队专项经费, the national layout with 新疆's indicator heading (指标值设置依据 / 上年完成值 / 指标赋分规则 / 佐证资料 / 完成率); 年初
     * 5.28, 全年 1.96, 执行 1.96 万元, 10 of 10; the copy ends after the heading, no indicator row. On {@code fukang-tongji-2023.json}
     * (mof-project-2020 extended, partial, partialCut.indicators), 自评.
     */
    @Test
    void fukangTongji2023() {
        assertEquals(List.of(
                "adjustment-missing-reason changed-far-down /funds/total/fullYear info",   // 5.28 → 1.96 (−62.88 %), no reason in the copy; "−3.32 万元，−62.88%", one minus sign (session 56, A10 C6), the same fingerprint
                // since session 55: 总体目标 "…在2022年12月31日前至少给120人发放…" in the 2023 table, last year's deadline (F21's left-alone)
                "deadline-before-year  /overallGoals/expected/0 warning",
                "score-weights partial /partial info"),   // the copy ends after the indicator heading: the 90 points past it
                // not: 1.96 / 1.96 = 100 %, 10 of 10, as printed; the goal's "在2022年12月31日前" in a 2023 table (no rule reads a
                // goal's date against the table's year)
                findings("t124-fukang-tongji-2023"));
    }

    /**
     * 镜湖区残联 2023 (安徽 芜湖, session 55): the transfer outline with "年初指标值为 … 全年实际完成值 …" in each sentence, one
     * target missed beside "已按照计划完成目标", no 质量指标, the copy cut at "5、满意度指".
     */
    @Test
    void jinghuCanlian2023() {
        assertEquals(List.of(
                // 实际按该标准发放 beside 260元/辆: the standard paid, read as its figure met, a note asking for the average paid
                // (session 56, audit A11 A1: an error until then, "words where the column asks the figure")
                "indicator-actual-incommensurable standard-applied /indicators/4/actual info",
                // approved since session 56 (audit A11 C4): at 自评 / 运行监控 the year's approved targets, set next year, not added now
                "indicator-category-missing approved /indicators warning",   // 数量 → 时效 → 成本 → 社会效益 → 满意度: no 质量指标 before the cut
                // 社会效益's paragraph prints no 年初指标值 for any of its three clauses (康复服务水平 有所提高, 出行便利程度 有所提高,
                // 社会氛围 有所改善): one defect, said once at its first row since session 56 (audit A11 D1: three errors until then)
                "indicator-incomplete no-target-category /indicators/5 error",
                // 燃油补贴 164人 of 不低于180人; reasons past the cut, as t122: unscored-cut since session 56, its framework's partialCut
                // now saying executionReason as its partial text does (the same finding; audit s55 A10 C1)
                "indicator-target-missed unscored-cut /indicators/2/actual warning",
                // paid-standard since session 56 (audit A11 C5): a subsidy paid per vehicle, in full, "="; ≤ (cost-ceiling) made 200 元/辆 a success
                "indicator-target-no-comparator paid-standard /indicators/4/target info =",   // 年均补助标准 260元/辆
                // since session 56: "对照总体绩效目标,该资金项目已按照计划完成目标" says the year's goal met beside 燃油补贴 164 of
                // 不低于180 (row 2); 按照计划 is how it was done, no plan
                "overall-goal-said-met  /overallGoals/achieved/0 info",
                "score-weights partial-unpointed /partial info",   // the cut at 满意度's heading
                "score-weights unpointed-inherited /extends info"),   // mof-transfer-region prints no points
                // not: 29.6 / 29.6 = 100 %; 100% ≥ 85%, 116 ≥ 105; 满意度 not said missing (partialCut.endsIn)
                findings("t125-jinghu-canlian-2023"));
    }

    /**
     * 汶川县 2021 中央食品监管 (四川 阿坝, session 55): the transfer outline at its thinnest, 3 万元 down and 2 carried over, no
     * amount spent, one result "合格率100%" with neither category nor target.
     */
    @Test
    void wenchuanShipin2021() {
        assertEquals(List.of(
                "indicator-category-unknown no-level1-unscored-no-level2 /indicators/0 warning",   // 合格率 under no category, no 二级
                "indicator-incomplete no-target-approved /indicators/0 error",   // 合格率 100%, no 指标值
                // what came down and was carried over, never what was spent: still 0 of 10 (a whole report), but since
                // session 58 said to the report's author, "报告只写了…没有写出“全年执行数”" (audit s58 A13 B2)
                "score-input-missing not-in-report-zero /funds/total/executed error",
                "score-weights unpointed /framework info"),
                // not: indicator-category-missing (no row names a category: said once, by indicator-category-unknown); 3 = 1.5 + 1.5
                findings("t126-wenchuan-shipin-2021"));
    }

    /**
     * 雅安 名山区林业局 2024 林业草原改革发展资金绩效评价表 (四川, session 55): A / B / C / D / E funds columns, 58.33 % spent, its
     * cause in the 资金管理情况 block's 存在问题 (third batch down on 2025-02-26), cut before the indicators.
     */
    @Test
    void mingshanLinye2024() {
        assertEquals(List.of(
                // since session 57 (audit s56 A11 E3): 全年到位资金 52.8 of 52.8 (100 %), while 存在问题 says the third batch's
                // document "于2025年2月26日省级下达": arrival counted at the evaluation, not by the year's end
                "funds-arrival-after-year  /fundsAvailable/value info",
                "score-weights partial-unpointed /partial info",   // the copy ends in 资金使用规范性: no indicator row
                "score-weights unpointed-inherited /extends info"),
                // not: execution-rate-unexplained (58.33 %: the 存在问题 column, transcribed as problems, says 下达滞后 of the money)
                findings("t127-mingshan-linye-2024"));
    }

    /**
     * 湘阴县教育局 2022 公办和普惠性民办幼儿园公用经费 (湖南 岳阳, session 55): 项目支出预算绩效目标申报表 with 上年度安排资金 beside
     * 本年度申请资金 by source, cut in the 本年度绩效目标.
     */
    @Test
    void xiangyinYoueryuan2022() {
        assertEquals(List.of(
                "indicator-category-missing none-cut /indicators info"),   // no indicator: the copy's end said (partialCut)
                // not: 259 = 259 (县级资金); the goal cut mid-sentence, not transcribed (as t70)
                findings("t128-xiangyin-youeryuan-2022"));
    }

    // ---- session 56, helper F23: t129 onward ----

    /**
     * 蔡甸区急救站 2019 急救运营专项 (湖北 武汉, session 56): the 专项资金绩效目标自评表 in the transfer table's layout, 全年预算数(A)
     * / 全年执行数(B) / 执行率, 年度指标值 / 全年完成值 / 未完成原因和改进措施, no 分值 or 得分; 质量 / 时效 / 成本 printed as labels
     * with no row under them; the copy whole to the table's 说明, cut in the report's prose after it.
     */
    @Test
    void caidianJijiu2019() {
        assertEquals(List.of(
                // approved (P12, audit A11 C4, merged after this table): at 自评 the approved targets lack the category, set next year
                "indicator-category-missing approved-several /indicators warning",   // 质量指标 and 时效指标: their labels printed, no row under them; one warning since session 58 (A12 D3; 成本 optional, not asked)
                "indicator-target-far-exceeded  /indicators/3/actual info",   // 医疗保障次数 69 of 30 (2.3×)
                "indicator-target-far-exceeded  /indicators/4/actual info",   // 精准扶贫服务人次 20 of 12 (1.7×)
                "indicator-target-no-comparator  /indicators/5/target info ≥",   // 患者满意率 95%
                "indicator-target-no-comparator no-unit-named /indicators/0/target info ≥",   // 调度中心接警次数 12000 (次 in the name)
                "indicator-target-no-comparator no-unit-named /indicators/1/target info ≥",   // 救护车出车次数 4500
                "indicator-target-no-comparator no-unit-named /indicators/3/target info ≥",   // 医疗保障次数 30
                "indicator-target-no-comparator no-unit-named /indicators/4/target info ≥",   // 精准扶贫服务人次 12
                "indicator-target-no-comparator rate-full /indicators/2/target info ≥",   // 车辆运行率 100%
                "satisfaction-without-survey project /indicators/5 info",   // 患者满意率 99%, no survey said (the report's rest is past the cut)
                "score-weights unpointed /framework info"),   // mof-transfer-region prints no points
                // not: 60 = 60 = 100 %; every actual at or above its target; no 年度总体目标 row printed (none asked)
                findings("t129-caidian-jijiu-2019"));
    }

    /**
     * 保山市卫生健康委员会 2022 春节慰问经费 (云南, session 56): 云南's 自评报告 outline (t117's), 自评得分 100 优, the results in
     * sentences, no indicator row; its money printed "市级资金配套3.6元" beside 120 people at 300 each (36000 元 = 3.6 万元).
     */
    @Test
    void baoshanWeijianWeiwen2022() {
        assertEquals(List.of(
                // since session 57 (F23's left-alone): "市级资金配套3.6元" beside "慰问对象120人,慰问标准300/人" (120 × 300 =
                // 36000 元, 10⁴ times 3.6 元): 万元 written 元
                "funds-unit-slip  /funds/total/fullYear warning",
                "overall-goal-not-a-goal achieved-vague-claim /overallGoals/achieved/1 info",   // "效益指标全部完成,通过项目实施营造…良好风尚…": met, it says, and no figure (session 58: A12 E2)
                "score-weights partial-stated /partial info"),   // no row in the copy: 100 优 cannot be checked
                // not: 3.6 = 3.6 (100 %)
                findings("t130-baoshan-weijian-weiwen-2022"));
    }

    /**
     * 随州市急救中心 (湖北 随州, filed 2023-04-23, session 56): 随州's 财政预算支出项目绩效目标自评表, 项目决策 2 and 项目管理 13 scored
     * with their printed standards and a 复核分 column, then 产出指标 40 with the points printed on the 二级 (数量 15, 质量 12);
     * cut in the 质量 row, 自评总分 98.
     */
    @Test
    void suizhouJijiu2022() {
        assertEquals(List.of(
                "indicator-actual-incommensurable unit-assumed /indicators/0/actual info",   // 派车次数 17180 beside 15000次: 次 assumed
                "indicator-target-no-comparator  /indicators/0/target info ≥",   // 15000次
                "indicator-target-no-comparator percent-full /indicators/1/target info ≥",   // 调度员上岗培训 100%
                // 98 stated, 40 scored (2 + 11 + 15 + 12), 58 past the cut (45 the framework leaves out, 13 of 产出指标's 40 on
                // rows past it): a note. Until session 56 total-partial-over (a warning, "最多 85 分"), the 13 not counted,
                // where 100 less the 2 points 运行监管 and 目标申报 lost is 98
                "score-claim-mismatch total-partial /stated/total info",
                "score-weights partial-carried-one /partial info"),
                // not: 时效 / 成本 / 效益 / 满意度 missing (partialCut.endsIn 产出指标 / 质量指标); 23.3 = 23.3
                findings("t131-suizhou-jijiu-2022"));
    }

    /**
     * 阆中市交通运输局 2021 车辆购置税收入补助地方资金(普通省道公路建设) (四川 南充, session 57): the 中央对地方转移支付 区域
     * 绩效目标自评表 as 四川 printed it in 2021, whole (4000 / 4000 / 100%); every indicator row's 指标值 and 全年实际完成值 are
     * two equal numbers, 20 20 … 20, that add up to 100: a 100-point form's 分值 and 得分, typed into a form that has no such
     * columns (transcribed as printed). The 一级 cells of the 产出 and 效益 rows are lost in the copy.
     */
    @Test
    void langzhongChegoushui2021() {
        assertEquals(List.of(
                "indicator-category-unknown level1-inferred-unscored /indicators/0 info",   // 数量指标 with no 一级: 产出指标 (归入, not 计分: the
                // form prints no points, session 57 P13)
                "indicator-category-unknown level1-inferred-unscored /indicators/1 info",   // 质量指标
                "indicator-category-unknown level1-inferred-unscored /indicators/2 info",   // 时效指标
                "indicator-category-unknown level1-inferred-unscored /indicators/3 info",   // 经济效益指标: 效益指标
                "indicator-category-unknown level1-inferred-unscored /indicators/4 info",   // 社会效益指标
                "indicator-category-unknown level1-inferred-unscored /indicators/5 info",   // 生态效益指标
                // the seven rows' 20 20, 20 20, 10 10 × 4, 20 20 (= 100, no unit, no comparator) on a form without 分值: a
                // 100-point form's 分值 and 得分 typed into 指标值 and 全年实际完成值, said once at the first row since session
                // 58 (E6); before, seven per-row infos asked each "20" or "10" for its unit (no-unit × 6, no-unit-rate ≥ 20%)
                "indicator-target-no-comparator points /indicators/0/target warning 100",
                "satisfaction-without-survey equal /indicators/6 warning",   // 20 = 20, no survey named
                "score-weights unpointed /framework info"),   // the 区域 form prints no points
                // not: 4000 = 4000 (100%); 成本指标 and 可持续影响指标 printed as labels with no row (neither asked by the 区域
                // form's taxonomy)
                findings("t132-langzhong-chegoushui-2021"));
    }

    /**
     * 广元市昭化区 区卫生健康局 2021 特困家庭再扶助(独生子女死亡再扶助) (四川, session 57): 四川's 项目支出绩效目标申报表, whole; its
     * 一级 printed 项目完成指标 / 项目效益指标 (written 产出指标 / 效益指标, as t98), the 满意度 block 满意度指标 at both levels; the
     * funds block has no total (its 年度资金总额 line heads the 来源 | 金额 columns), 财政拨款小计 6.30 = 63 people × 1000 元.
     */
    @Test
    void zhaohuaTekun2021() {
        assertEquals(List.of(
                "indicator-input-as-output name /indicators/3 info",   // 时效 row 资金拨付 12月底到位: money paid out, not output
                // the families helped, 63人: ≥ since session 57 (Direction: 死亡 alone is no 反向 word, 死亡率 / 死亡人数 … are);
                // read as "≤ 63 人 (the lower the better)" before, a wrong reading of a count of beneficiaries
                "indicator-target-no-comparator  /indicators/0/target info ≥",
                "indicator-target-no-comparator percent-full /indicators/1/target info ≥",   // 复审 100%
                "indicator-target-no-comparator rate-full /indicators/8/target info ≥",   // 社会满意度 100%
                "indicator-target-unmeasurable aim-rate /indicators/5/target warning",   // 促进人口与经济…协调和可持续发展 100%
                // 实现社会稳定和谐发展 | 长期: how long not said (long-term since session 58, E6; missed before, F24's left-alone)
                "indicator-target-unmeasurable long-term /indicators/6/target warning",
                // 成本控制 "严格按照预算标准1000元/人给补助对象兑付补助": an amount in a sentence, asked to become the target
                // (cost-amount-in-words, an info, since session 57; a warning "没有金额" before, false: 1000元/人 is there)
                // since session 58 "1000元/人" (it quoted "1000元/人给补") and "= 1000元/人": a subsidy paid at its standard
                // (-paid; audit s58 A13 C1)
                "indicator-time-cost-unspecified cost-amount-in-words-paid /indicators/4/target info",
                "indicator-time-cost-unspecified time-whole-year /indicators/2/target info"),   // 项目实施时间 2021年1月-12月
                // not: 63 × 1000 元 = 6.30 万元 (no rule reads a count × a standard against the funds: F23's left-alone);
                // the 一级 项目完成指标
                findings("t133-zhaohua-tekun-2021"));
    }

    /**
     * 宣城市农业农村局 2023 中央农业防灾减灾(动物防疫补助)及省级农业高质量发展(“两强一增”行动) (安徽, session 57): the 2023
     * 区域 self-evaluation form with its 资金管理情况 block, read from the page's summary field of a reprint: 148 / 46 / 31.00%
     * (中央 102 / 0, 地方 46 / 46), the reason in 执行准确性's 存在问题 ("因使用了往年结余资金采…", cut there).
     */
    @Test
    void xuanchengDongwufangyi2023() {
        assertEquals(List.of(
                // not: rate-mismatch (31.00% printed, 46 / 148 = 31.08%, an error until session 58: every amount is
                // printed in whole 万元, and 45.5 / 148.5 … 46.5 / 147.5 = 30.64 … 31.53 % holds 31.00 %, audit s58 A13 A1)
                "score-weights partial-unpointed /partial info",   // cut in the 资金管理情况 block: no indicator row
                "score-weights unpointed-inherited /extends info"),   // mof-transfer-region prints no points
                // not: execution-rate-unexplained (31.08 % is explained, as far as the copy goes, by 执行准确性's 存在问题,
                // transcribed as funds.executionExplanation); 102 + 46 = 148 and 0 + 46 = 46
                findings("t134-xuancheng-dongwufangyi-2023"));
    }

    // ---- session 55, department tables in a project layout (K1) ----

    /**
     * The tables printed in another kind's layout, on a file that extends that layout's built-in with their own kind
     * (since session 55; each was a whole copy of it, K1): ten 部门整体 自评表 and 目标表 in 财预〔2020〕10号's project layout
     * (mof-project-2020), 塘湖镇 2020's 部门整体 20 + 80 form (project-20-80), and 潼南 五桂镇 2023's 项目 目标表 in 重庆's
     * 部门整体 form (chongqing-department-2021, kind project). Each table's findings are pinned above, unchanged; here its
     * score, criterion by criterion, as its whole copy scored it: the framework each file names, the base and the base's
     * kind the file changed, then the total, the weights, why the figure is no 综合评分, and each criterion's weight and
     * score (a 目标申报 table, t38 t55 t92 t101 t75, is not scored). The copies had drifted from the built-in (no
     * pointsFrom, no 年初预算数 fallback, 8 fewer ways of writing 达成, no results marks): none of it moves these tables,
     * whose funds rows print 10 or nothing, whose 全年预算数 is there, and whose rows write none of the new spellings.
     */
    @Test
    void tablesInAnotherKindsLayoutScoreAsTheirWholeCopiesDid() {
        assertEquals(List.of(
                "t34-jinzhai-chagu-2023 jinzhai-department-2023 mof-project-2020 project 70.00/70 CUT budget-execution-rate 10 10.00"
                        + " output-indicators 60 60.00 benefit-indicators 0 0.00 satisfaction-indicators 0 0.00",
                "t38-ningde-fangzhi-2019 not scored",
                "t46-ningde-dizhen-2020 ningde-dizhen-2020 mof-project-2020 project 21.99/22 CUT budget-execution-rate 10 9.99"
                        + " output-indicators 12 12.00 benefit-indicators 0 0.00 satisfaction-indicators 0 0.00",
                "t47-ningde-fangzhi-2018 ningde-fangzhi-2018 mof-project-2020 project 9.26/10 NO_INDICATORS budget-execution-rate 10"
                        + " 9.26 output-indicators 0 0.00 benefit-indicators 0 0.00 satisfaction-indicators 0 0.00",
                "t55-guangshui-zhengfuban-2021 not scored",
                "t65-guiping-shenji-2019 guiping-shenji-2019 mof-project-2020 project 7.91/10 NO_INDICATORS budget-execution-rate 10"
                        + " 7.91 output-indicators 0 0.00 benefit-indicators 0 0.00 satisfaction-indicators 0 0.00",
                "t70-hengshan-guantang-2023 guantang-department-2023 mof-project-2020 project 10.00/10 NO_INDICATORS"
                        + " budget-execution-rate 10 10.00 output-indicators 0 0.00 benefit-indicators 0 0.00 satisfaction-indicators 0 0.00",
                "t90-lingling-linye-2021 lingling-department-2021 mof-project-2020 project 75.66/78 CUT budget-execution-rate 10 8.04"
                        + " output-indicators 50 50.00 benefit-indicators 18 17.62 satisfaction-indicators 0 0.00",
                "t92-fuliang-linye-2026 not scored",
                "t101-guangshui-jiaoyu-2023 not scored",
                "t69-tianchang-tanghu-2020 tanghu-department-2020 project-20-80 project 20.00/20 POINTLESS budget-execution-rate 20"
                        + " 20.00 performance-indicators 0 0.00",
                "t75-tongnan-wugui-2023 not scored"),
                java.util.stream.Stream.of("t34-jinzhai-chagu-2023", "t38-ningde-fangzhi-2019", "t46-ningde-dizhen-2020",
                        "t47-ningde-fangzhi-2018", "t55-guangshui-zhengfuban-2021", "t65-guiping-shenji-2019",
                        "t70-hengshan-guantang-2023", "t90-lingling-linye-2021", "t92-fuliang-linye-2026", "t101-guangshui-jiaoyu-2023",
                        "t69-tianchang-tanghu-2020", "t75-tongnan-wugui-2023").map(RealTablesTest::scored).toList());
    }

    /** A real table's score as a line: framework, base, base's kind changed, total / weights, NoTotal, each criterion. */
    static String scored(String table) {
        Path project;
        try {
            project = Path.of(RealTablesTest.class.getResource("/real-tables/" + table).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        io.github.jixiao.score.ScoreSheet s = new Engine().run(EngineOptions.of(project, project.resolve("submission"))).sheet();
        if (s == null) {
            return table + " not scored";
        }
        StringBuilder b = new StringBuilder(table).append(' ').append(s.frameworkId()).append(' ').append(s.frameworkBase())
                .append(' ').append(s.frameworkBaseKind()).append(' ').append(s.total().toPlainString()).append('/')
                .append(s.weight().toPlainString()).append(' ').append(s.noTotal());
        s.criteria().forEach(c -> b.append(' ').append(c.id()).append(' ').append(c.weight().toPlainString()).append(' ')
                .append(c.score().toPlainString()));
        return b.toString();
    }

    // ---- session 58, helper F25: t135–t137 ----

    /**
     * 保山市图书馆 2022 公共图书馆文化馆(站)免费开放市级补助经费 (云南, session 58): 云南's 自评报告 outline (t117, t130), 自评得分 100,
     * the results in sentences with their 指标完成率, one of them "读者满意度调查好评率90%,指标完成率99.14%"; the funds as "预算执行率100%"
     * only, cut there.
     */
    @Test
    void baoshanTushuguanMianfei2022() {
        assertEquals(List.of(
                "score-weights partial-stated /partial info"),   // no row in the copy: 100 cannot be checked
                // not (missed, F25's report): 99.14 % completion beside the full 100; no rule reads a completion rate in a sentence
                findings("t135-baoshan-tushuguan-mianfei-2022"));
        assertEquals("t135-baoshan-tushuguan-mianfei-2022 baoshan-tushuguan-mianfei-2022 mof-project-2020 null 10.00/10 NO_INDICATORS"
                        + " budget-execution-rate 10 10.00 output-indicators 0 0.00 benefit-indicators 0 0.00 satisfaction-indicators 0 0.00",
                scored("t135-baoshan-tushuguan-mianfei-2022"));   // the printed 100 % scores the execution; nothing else is in the copy
    }

    /**
     * 保山市图书馆 2022 中央支持地方公共文化服务体系建设补助资金 (云南, session 58): the same outline and day as t135, every 完成率 100 %,
     * cut at the heading of the budget's analysis: nothing in the copy is scorable.
     */
    @Test
    void baoshanTushuguanGonggongwenhua2022() {
        assertEquals(List.of(
                "score-claim-mismatch total-unbased-partial /stated/total info",   // 100 stated, 0.00 from a copy with nothing scorable
                "score-weights partial-carried /partial info"),   // (t135 gets the one partial-stated: one fact said twice here, F25's report)
                findings("t136-baoshan-tushuguan-gonggongwenhua-2022"));
    }

    /**
     * 昌宁县更戛乡 2021 中央动物防疫等补助经费 (云南 保山, filed 2023-04-17, session 58): a township's 自评报告 whose five indicators are
     * sentences with 年初目标值, 实际完成值 and 自评得分 20 each (100 in all, no funds points, no 一级 / 二级, no 分值); actuals copying
     * the targets' comparators; the grade printed "优秀" (admitted since session 58 as 优's long spelling: before, a schema
     * enum error).
     */
    @Test
    void changningGenggaDongwufangyi2021() {
        assertEquals(List.of(
                "actual-equals-target-pattern copied /indicators/0/actual warning",   // 免疫密度 ≥90% → ≥90%
                "actual-equals-target-pattern copied /indicators/1/actual warning",   // 抗体合格率 ≥70% → ≥70%
                "actual-equals-target-pattern copied /indicators/4/actual warning",   // 满意率 ≥90% → ≥90% ("=100%", "=0件": one value, not flagged)
                // no 一级 printed on any row: true of the print, five findings for one absence (F25's report)
                "indicator-category-unknown no-level1-unscored-no-level2 /indicators/0 warning",
                "indicator-category-unknown no-level1-unscored-no-level2 /indicators/1 warning",
                "indicator-category-unknown no-level1-unscored-no-level2 /indicators/2 warning",
                "indicator-category-unknown no-level1-unscored-no-level2 /indicators/3 warning",
                "indicator-category-unknown no-level1-unscored-no-level2 /indicators/4 warning",
                "score-claim-mismatch total-partial /stated/total info",   // 100 stated, 0.00 scored: no row has points or a category
                "score-weights partial-carried /partial info"),   // cut in 佐证材料; budget-execution-rate omitted (the report gives it no points)
                // not: 5 × 20 = 100 (no points to check the scores against); satisfaction-without-survey (row 4 has no category)
                findings("t137-changning-gengga-dongwufangyi-2021"));
    }
}
