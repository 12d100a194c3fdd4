package io.github.jixiao.workbook;

import static io.github.jixiao.workbook.RealTableWorkbooks37.cell;
import static io.github.jixiao.workbook.RealTableWorkbooks37.sheet;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The builders of t84's and t82's workbooks (session 42), built in memory as {@link RealTableWorkbooks41} builds t80 and t81:
 * each sheet as its SOURCE.md prints the cells, numbers as numbers. Both copies are web pages' text, one cell a line or a row's
 * cells between "|": where SOURCE.md gives the cells but not the grid, the grid is 湖北's 20 + 80 自评表 as
 * {@link RealTableWorkbooks#shangwu2020} (t18) builds it, seven columns A to G, and each builder says what else it assumes.
 */
final class RealTableWorkbooks42 {
    private RealTableWorkbooks42() {
    }

    /**
     * The 20 + 80 header of t84 and t82 from row {@code r}: 预算执行情况(万元)(20分) over its headings and the 年度财政资金总额 row
     * (merged down the two rows in A), then the 年度绩效目标 heading row; returns the first indicator row.
     */
    private static int funds(FormWorkbooks.S s, int r, String goalLabel, String budget, String executed) {
        s.row(r, "预算执行情况(万元)(20分)", "", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)");
        s.row(r + 1, "", "年度财政资金总额");
        s.num(r + 1, 2, budget);
        s.num(r + 1, 3, executed);
        s.text(r + 1, 4, "100%");
        s.num(r + 1, 5, "20");
        s.merge(r, r + 1, 0, 0);
        s.row(r + 2, goalLabel, "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分");
        return r + 3;
    }

    /** Indicator rows from {@code r}: each {二级, 三级, 年初目标值, 实际完成值, 得分} in columns C to G (B, the 一级, set apart). */
    private static void rows(FormWorkbooks.S s, int r, String[][] rows) {
        for (int k = 0; k < rows.length; k++) {
            for (int j = 0; j < rows[k].length; j++) {
                if (!rows[k][j].isEmpty()) {
                    cell(s, r + k, 2 + j, rows[k][j]);
                }
            }
        }
    }

    /**
     * t84: 云南 保山市退役军人事务局's 2022年度项目支出绩效自评表 of 春节走访慰问经费 (SOURCE.md's cells). Assumed: 附件1 and the title
     * over the table, 单位名称:… | 填报日期:… on one line (A:E, F:G), 主管部门 | name (B:C) | 项目实施单位 | name (E:G), the tick-box
     * lines merged right of their labels (the ticked box printed R, as the copy does); 年度绩效目标(80分) merged down the heading
     * and every indicator row, each 一级 (产出指标(60分) …) merged down its rows and the empty row closing its block (the copy's
     * bare "|" lines: every cell blank but the merged 一级); the 数量 row's name, a list of counts, one cell. 总分(100分) | 100 |
     * 自评等级 | 优 on one row: the label in A, 100 merged B:D, 自评等级 in E and 优 merged F:G; the two narrative lines under
     * it (label | text merged B:G); the 备注's two lines, each merged across, the second cut where the copy ends.
     */
    static XSSFWorkbook baoshan2022() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "附件1");
        s.text(1, 0, "2022年度项目支出绩效自评表");
        s.merge(1, 1, 0, 6);
        s.row(2, "单位名称:保山市退役军人事务局", "", "", "", "", "填报日期:2023年4月6日");
        s.merge(2, 2, 0, 4);
        s.merge(2, 2, 5, 6);
        s.row(3, "项目名称", "春节走访慰问经费");
        s.merge(3, 3, 1, 6);
        s.row(4, "主管部门", "保山市退役军人事务局", "", "项目实施单位", "保山市退役军人事务局");
        s.merge(4, 4, 1, 2);
        s.merge(4, 4, 4, 6);
        s.row(5, "项目类别", "1、部门预算项目 R 2、市直专项 □ 3、市对下转移支付项目 □");
        s.row(6, "项目属性", "1、持续性项目 R 2、新增性项目 □");
        s.merge(5, 5, 1, 6);
        s.merge(6, 6, 1, 6);
        int r = funds(s, 7, "年度绩效目标(80分)", "34.64", "34.64");
        s.text(r, 1, "产出指标(60分)");
        rows(s, r, new String[][] {
                {"数量指标", "慰问伤残军人50人;革命烈士遗属50人;因公牺牲和病故军人家属、在乡老复员军人等重点优抚对象50人;烈士家庭6户;市直企业军转干部101人;"
                        + "驻保部队8家;边海防官兵320人。", "100%", "100%", "20"},
                {"质量指标", "补助经费足额拨付率", "100%", "100%", "20"},
                {"时效指标", "春节前完成走访慰问", "按时限完成", "100%", "20"}});
        s.merge(r, r + 3, 1, 1);
        s.text(r + 4, 1, "效益指标(10分)");
        rows(s, r + 4, new String[][] {
                {"社会效益指标", "全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生", "小于5次", "无上访", "10"}});
        s.merge(r + 4, r + 5, 1, 1);
        s.text(r + 6, 1, "满意度指标(10分)");
        rows(s, r + 6, new String[][] {{"服务对象满意度指标", "重点优抚对象、企业军转干部、驻保部队、边海防官兵满意率", "100%", "100%", "10"}});
        s.merge(r + 6, r + 7, 1, 1);
        s.merge(r - 1, r + 7, 0, 0);
        int end = r + 8;
        s.row(end, "总分(100分)");
        s.num(end, 1, "100");
        s.merge(end, end, 1, 3);
        s.text(end, 4, "自评等级");
        s.text(end, 5, "优");
        s.merge(end, end, 5, 6);
        s.row(end + 1, "偏差大或目标未完成原因分析", "无");
        s.merge(end + 1, end + 1, 1, 6);
        s.row(end + 2, "改进措施及结果应用方案", "无");
        s.merge(end + 2, end + 2, 1, 6);
        s.text(end + 3, 0, "备注:1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。");
        s.merge(end + 3, end + 3, 0, 6);
        s.text(end + 4, 0, "2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权");
        s.merge(end + 4, end + 4, 0, 6);
        return wb;
    }

    /**
     * t82: 湖北 黄石市图书馆's 2022年度共享工程项目自评表 (SOURCE.md's cells). Assumed: 附表2 and the title over the table;
     * 项目单位(盖章):… | 主要领导签字: | 填报日期:… on one line (A:C, D:E, F:G); the tick-box lines merged right of their labels;
     * 年度绩效目标1 (80分) merged down the heading and every indicator row, each 一级 (产出指标(40分) …) merged down its rows, each
     * 二级 printed once over its two rows merged down them (数量指标, 时效指标, 社会效益, 环境效益), and the 得分 printed once for
     * such a 二级 merged down its two rows (SOURCE.md: the sums say merged), the two 社会效益 rows without one. The copy ends
     * inside the 满意度指标 row, after its 二级 and 三级: that row is left out, as in the hand transcription.
     */
    static XSSFWorkbook huangshi2022() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "附表2");
        s.text(1, 0, "2022年度共享工程项目自评表");
        s.merge(1, 1, 0, 6);
        s.row(2, "项目单位(盖章):黄石市图书馆", "", "", "主要领导签字:", "", "填报日期:2023.6.28");
        s.merge(2, 2, 0, 2);
        s.merge(2, 2, 3, 4);
        s.merge(2, 2, 5, 6);
        s.row(3, "项目名称", "共享工程");
        s.merge(3, 3, 1, 6);
        s.row(4, "主管部门", "黄石市文化和旅游局", "", "项目实施单位", "黄石市图书馆");
        s.merge(4, 4, 1, 2);
        s.merge(4, 4, 4, 6);
        s.row(5, "项目类别", "1、部门预算项目 ☑ 2、市直专项");
        s.row(6, "项目属性", "1、持续性项目 ☑ 2、新增性项目 □");
        s.row(7, "项目类型", "1、常年性项目 ☑ 2、延续性项目 □ 3、一次性项目 □");
        for (int k = 5; k <= 7; k++) {
            s.merge(k, k, 1, 6);
        }
        int r = funds(s, 8, "年度绩效目标1 (80分)", "5", "5");
        s.text(r, 1, "产出指标(40分)");
        rows(s, r, new String[][] {
                {"数量指标", "一个存储备份器", "25TB", "25TB", "10"},
                {"", "WIFI布点全覆盖", "100%覆盖", "100%覆盖", ""},
                {"质量指标", "以最新资源面市", "资源采购期以当年为主", "资源采购期以当年为主", "10"},
                {"时效指标", "可保证读者使用时长", "全天候可用", "全天候", "10"},
                {"", "2022年全年", "≥360天", "≥360天", ""},
                {"成本指标", "以低价位高质量为采购原则", "5万", "5万", "10"}});
        s.merge(r, r + 5, 1, 1);
        for (int two : new int[] {r, r + 3}) {
            s.merge(two, two + 1, 2, 2);
            s.merge(two, two + 1, 6, 6);
        }
        int b = r + 6;
        s.text(b, 1, "效益指标(30分)");
        rows(s, b, new String[][] {
                {"经济效益", "社会公益服务无经济效益", "公益性事业", "公益性事业", "10"},
                {"社会效益", "使读者更方便快捷查找检阅", "独有数据资源查询,查询范围可扩展到省图", "独有数据资源查询,查询范围可扩展到省图", ""},
                {"", "促进黄石文化经济发展,丰富市民文化活动", "", "", ""},
                {"环境效益", "数字图书馆环境优良无污染", "良好", "良好", "10"},
                {"", "WIFI全覆盖,绿色环保", "良好", "良好", ""},
                {"可持续影响指标", "≥360天服务读者", "≥360天", "≥360天", "10"}});
        s.merge(b, b + 5, 1, 1);
        s.merge(b + 1, b + 2, 2, 2);
        s.merge(b + 3, b + 4, 2, 2);
        s.merge(b + 3, b + 4, 6, 6);
        s.merge(r - 1, b + 5, 0, 0);
        return wb;
    }
}
