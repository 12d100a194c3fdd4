package io.github.jixiao.workbook;

import static io.github.jixiao.workbook.RealTableWorkbooks37.cell;
import static io.github.jixiao.workbook.RealTableWorkbooks37.rows;
import static io.github.jixiao.workbook.RealTableWorkbooks37.sheet;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The builders of t80's and t81's workbooks (session 41), built in memory as {@link RealTableWorkbooks39} builds t77 and t79:
 * each sheet as its SOURCE.md prints the cells, numbers as numbers. Both copies are flattened text (a web page, a .docx read as
 * text), so where SOURCE.md gives the cells but not the grid, the grid is assumed as each builder says.
 */
final class RealTableWorkbooks41 {
    private RealTableWorkbooks41() {
    }

    /** t80's twelve columns, A to L. */
    static final int T80_LAST = 11;

    /**
     * t80: 河北 邯郸 成安县民政局's 2020年度预算项目绩效自评表 of 19名百岁老人高龄津贴 (SOURCE.md's cells). Assumed, as 河北's budget
     * system prints its 自评表: twelve columns; the title merged across them; each numbered block's heading (一、基本情况 …
     * 四、年度绩效指标完成情况) a banner merged across the table; 一、基本情况 on one line of label | value pairs; 二、预算执行情况's
     * four headings each over a label | amount pair (预算数 | 6.84), the rate under its own; 三、目标完成情况 headed 年度预期目标 (A:E) |
     * 具体完成情况 (F:J) | 总体完成率(%) (K:L), its two lines under them; the indicator heading over two rows: 一级指标 | 二级指标 |
     * 三级指标 | 指标分值 | 单项指标实际完成值 | 单项指标完成情况 merged down, 预期指标值 over 符号 | (blank) | 单位(文字描述) and 自评得分
     * over 单项指标得分 | 权重占比(%) | 单项指标折算得分 in the row under. The 指标分值 heading stands over the column each row fills
     * with its 指标解释 (the text prints one cell more per row than the heading names: SOURCE.md). The copy ends on the row
     * 预算执行率 | 预算执行率, kept as printed (its other cells blank).
     */
    static XSSFWorkbook chengan2020() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "成安县民政局2020年度预算项目绩效自评表");
        s.merge(0, 0, 0, T80_LAST);
        banner(s, 1, "一、基本情况");
        s.row(2, "项目名称:", "19名百岁老人高龄津贴", "", "是否为专项资金:", "", "实施(主管)单位", "", "314002-成安县民政局机关", "", "",
                "金额单位: 万元");
        s.merge(2, 2, 1, 2);
        s.merge(2, 2, 5, 6);
        s.merge(2, 2, 7, 9);
        s.merge(2, 2, 10, 11);
        banner(s, 3, "二、预算执行情况");
        s.row(4, "预算安排情况(调整后)", "", "资金到位情况", "", "资金执行情况", "", "预算执行进度(%)");
        for (int c = 0; c < 6; c += 2) {
            s.merge(4, 4, c, c + 1);
        }
        String[][] lines = {{"预算数", "到位数", "执行数"}, {"其中:财政资金", "其中:财政资金", "其中:财政资金"}, {"其他", "其他", "其他"}};
        String[] amounts = {"6.84", "6.84", "0.00"};
        for (int k = 0; k < 3; k++) {
            for (int j = 0; j < 3; j++) {
                s.text(5 + k, 2 * j, lines[k][j]);
                s.num(5 + k, 2 * j + 1, amounts[k]);
            }
        }
        s.num(5, 6, "100.00");
        banner(s, 8, "三、目标完成情况");
        s.row(9, "年度预期目标", "", "", "", "", "具体完成情况", "", "", "", "", "总体完成率(%)");
        s.merge(9, 9, 0, 4);
        s.merge(9, 9, 5, 9);
        s.merge(9, 9, 10, 11);
        String[] goals = {"为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。", "为全县共享改革开放成果,促进社会稳定文明和谐"};
        for (int k = 0; k < 2; k++) {
            s.text(10 + k, 0, goals[k]);
            s.text(10 + k, 5, goals[k]);
            s.merge(10 + k, 10 + k, 0, 4);
            s.merge(10 + k, 10 + k, 5, 9);
        }
        s.num(10, 10, "100.00");
        s.merge(10, 11, 10, 11);
        banner(s, 12, "四、年度绩效指标完成情况");
        s.row(13, "一级指标", "二级指标", "三级指标", "指标分值", "预期指标值", "", "", "单项指标实际完成值", "单项指标完成情况", "自评得分");
        s.row(14, "", "", "", "", "符号", "", "单位(文字描述)", "", "", "单项指标得分", "权重占比(%)", "单项指标折算得分");
        for (int c : new int[] {0, 1, 2, 3, 7, 8}) {
            s.merge(13, 14, c, c);
        }
        s.merge(13, 13, 4, 6);
        s.merge(13, 13, 9, 11);
        rows(s, 15, 0, new String[][] {
                {"产出指标", "质量指标", "符合条件申报对象覆盖率", "享受补贴政策人数占符合条件申报对象总数的比例", ">=", "98", "%(百分比)", "100%", "完成",
                        "25.00", "25.00", "6.25"},
                {"", "时效指标", "完成率", "按照要求每月及时完成符合条件对象审批的比例(百分比)", ">=", "99", "%(百分比)", "100%", "完成",
                        "25.00", "25.00", "6.25"},
                {"效果指标", "社会效益指标", "补贴发放率", "高龄补贴发放完成率", ">=", "75", "%(百分比)", "100%", "完成", "30.00", "30.00", "9.00"},
                {"满意度指标", "服务对象满意度指标", "服务对象满意度", "享受高龄津贴的对象对老龄工作的满意程度", ">=", "95", "%(百分比)", "100%", "完成",
                        "10.00", "10.00", "1.00"}});
        s.merge(15, 16, 0, 0);
        s.row(19, "预算执行率", "预算执行率");
        return wb;
    }

    private static void banner(FormWorkbooks.S s, int r, String text) {
        s.text(r, 0, text);
        s.merge(r, r, 0, T80_LAST);
    }

    /**
     * t81: 江西 南昌县 黄马乡蚕茶卫生院's 整体支出绩效自评表(2021年度) (SOURCE.md's cells). Assumed, as 江西's 整体支出 自评表 prints
     * them: nine columns (the indicator heading's); the title merged across; 评价部门名称 | name (B:E) | 下属单位个数 | 0 (G:I) on one
     * line; 整体支出规模 over the label column with 全年预算数 | 全年执行数 | 执行率 right of it, each over two columns (B:C, D:E, F:G),
     * the three funds lines under them, 资金结构 two lines with the label cell holding its first line; 年度总体目标 merged down its
     * two lines, 年初设定目标 (B:E) | 全年完成情况 (F:I) over the texts; then the indicator heading and its rows, 分解目标 and
     * 自评权重 merged down each block, 二级指标 down its rows. Numbers as numbers; the blank cells as the copy prints none. The
     * copy ends at the label 满意度指标, kept alone on its row.
     */
    static XSSFWorkbook cancha2021() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "蚕茶卫生院整体支出绩效自评表(2021年度)");
        s.merge(0, 0, 0, 8);
        s.row(1, "评价部门名称", "南昌县黄马乡蚕茶卫生院", "", "", "", "下属单位个数");
        s.num(1, 6, "0");
        s.merge(1, 1, 1, 4);
        s.merge(1, 1, 6, 8);
        s.row(2, "整体支出规模", "全年预算数", "", "全年执行数", "", "执行率");
        s.row(3, "资金来源:(1)财政拨款", "", "", "", "", "103.21%");
        s.row(4, "资金结构:(1)基本支出", "", "", "", "", "103.21%");
        s.row(5, "(2)项目支出");
        for (int r = 2; r <= 5; r++) {
            s.merge(r, r, 1, 2);
            s.merge(r, r, 3, 4);
            s.merge(r, r, 5, 6);
        }
        s.row(6, "年度总体目标", "年初设定目标", "", "", "", "全年完成情况");
        s.row(7, "", "业务收入达到55万元,三公经费控制率达标", "", "", "", "业务收入77.57万元,三公经费控制达标");
        s.merge(6, 7, 0, 0);
        for (int r = 6; r <= 7; r++) {
            s.merge(r, r, 1, 4);
            s.merge(r, r, 5, 8);
        }
        s.row(8, "分解目标", "自评权重", "二级指标", "三级指标", "年度指标值", "全年完成值", "分值", "得分", "偏差及原因分析");
        String[][] m = {
                {"管理指标", "30", "预算编审管理", "完整、准确率", "100%", "100%", "4", "4"},
                {"", "", "预算执行管理", "完成率、控制率", "100%", "按规定执行", "4", "4"},
                {"", "", "部门结转结余资金管理", "结余率", "小于5%", "达成目标值", "4", "4"},
                {"", "", "预决算信息公开管理", "信息公开完善", "按规定公开", "已公开", "4", "4"},
                {"", "", "部门预算管理", "人员控制、支出规范", "不超编、无违规支出", "全部达成", "4", "4"},
                {"", "", "政府采购管理", "执行率", "100%", "100%", "5", "5"},
                {"", "", "资产管理", "安全性、利用率", "无资产损失、利用率高于80%", "达成目标", "5", "5"},
                {"产出指标", "25", "数量指标", "任务1:门诊住院人次", "增加", "增372人次", "5", "5"},
                {"", "", "", "任务2:特殊人群健康管理率", "超上年2%", "达成目标值", "5", "5"},
                {"", "", "质量指标", "任务1:诊断准确率", "95%以上", "97%", "5", "5"},
                {"", "", "", "任务2:健康档案管理率", "100%", "完成", "3", "3"},
                {"", "", "时效指标", "任务1:医疗文书及时率", "按规定时限", "", "4", "3", "个别人未及时完成"},
                {"", "", "", "任务2:健康档案更新率", "按规定时限", "", "3", "2", "录入有延迟"},
                {"效果指标", "35", "经济效益指标", "业务收入", "超上年度", "增收27万元", "13", "13"},
                {"", "", "社会效益指标", "公卫均等化签约完成率、特殊人群体检率", "签约率提高1%、体检率提高2%", "签约率提高1%体检率下降1%", "12", "6",
                        "部分群众不愿配合体检或长期在外"},
                {"", "", "生态效益指标", "绿化、节能", "绿化良好、水电费开支有下降", "水电支出减少01万元", "10", "10"}};
        for (int k = 0; k < m.length; k++) {
            for (int j = 0; j < m[k].length; j++) {
                if (!m[k][j].isEmpty()) {
                    cell(s, 9 + k, j, m[k][j]);
                }
            }
        }
        int[][] blocks = {{9, 15}, {16, 21}, {22, 24}};
        for (int[] b : blocks) {
            s.merge(b[0], b[1], 0, 0);
            s.merge(b[0], b[1], 1, 1);
        }
        for (int[] two : new int[][] {{16, 17}, {18, 19}, {20, 21}}) {
            s.merge(two[0], two[1], 2, 2);
        }
        s.text(25, 0, "满意度指标");
        return wb;
    }
}
