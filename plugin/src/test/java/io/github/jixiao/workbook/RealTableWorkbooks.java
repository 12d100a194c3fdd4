package io.github.jixiao.workbook;

import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The generator of the workbooks under test resources {@code real-table-workbooks/}: real tables whose cells are known only
 * from their SOURCE.md (no published spreadsheet is stored), each rebuilt cell by cell as SOURCE.md prints it, merges where
 * it says a cell is merged, numbers as numbers. The .xlsx files were written once by {@link #main} and are committed; the
 * tests import the committed files ({@code RealTableWorkbooksImportTest}), and {@code RealTableWorkbooksImportTest.workbooksAreTheGenerators}
 * holds each committed file to what this class builds, cell by cell, so neither changes without the other.
 *
 * <p>To write them again (after changing a builder): run {@code main} with the resource folder as its argument, e.g.
 * {@code java -cp <test classpath> io.github.jixiao.workbook.RealTableWorkbooks plugin/src/test/resources/real-table-workbooks}.
 */
public final class RealTableWorkbooks {
    private RealTableWorkbooks() {
    }

    /** The committed workbooks: file name, builder. */
    static final String T57 = "t57-baodi-fenwu-2022.xlsx";
    static final String T46 = "t46-ningde-dizhen-2020.xlsx";
    static final String T13 = "t13-xiangyang-zhongxin-2021.xlsx";
    static final String T18 = "t18-shangwu-fuwumaoyi-2020.xlsx";

    static XSSFWorkbook build(String file) {
        return switch (file) {
            case T57 -> baodi2022();
            case T46 -> dizhen2020();
            case T13 -> xiangyang2021();
            case T18 -> shangwu2020();
            default -> throw new IllegalArgumentException(file);
        };
    }

    static final String[] FILES = {T57, T46, T13, T18};

    /**
     * t57: 天津 宝坻 2022, 国家发展改革委's 中央预算内投资计划绩效目标表 (SOURCE.md's "Cells as printed"): the title and the
     * subtitle, 专项名称 / 下达地方或单位 / 下达中央预算内投资(万元) / 总体目标 each label | value (the value merged across the four
     * columns right of it), then 绩效指标 merged down the heading and the rows, 一级指标 / 二级指标 / 三级指标 / 指标值, 实施效果指标
     * merged down the 一级 column, 产出指标 down three rows and 效益指标 down the rest of the 二级 column. The stored copy ends
     * inside its fifth row (完工项目县规模养殖场畜禽粪污处理, no 指标值): that row is the copy's truncation, not the table's, and is
     * left out here as in the hand transcription.
     */
    static XSSFWorkbook baodi2022() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "Sheet1", new FormWorkbooks.Quirks(true, false, false, false, false, false));
        s.text(0, 0, "天津市农业绿色发展专项(畜禽粪污资源化利用整县推进项目)2022年中央预算内投资计划绩效目标表");
        s.merge(0, 0, 0, 4);
        s.text(1, 0, "(天津市宝坻区畜禽粪污资源化利用整区推进项目)");
        s.merge(1, 1, 0, 4);
        s.row(2, "专项名称", "农业绿色发展专项 (畜禽粪污资源化利用整县推进项目)");
        s.merge(2, 2, 1, 4);
        s.row(3, "下达地方或单位", "宝坻区人民政府");
        s.merge(3, 3, 1, 4);
        s.text(4, 0, "下达中央预算内投资(万元)");
        s.num(4, 1, "2350");
        s.merge(4, 4, 1, 4);
        s.row(5, "总 体 目 标", "提高畜禽粪污综合利用率和规模养殖场设施装备配套率。");
        s.merge(5, 5, 1, 4);
        s.row(6, "绩 效 指 标", "一级指标", "二级指标", "三级指标", "指标值");
        s.row(7, "", "实施效果指标", "产出指标", "建设项目个数(含续建)");
        s.num(7, 4, "1");
        s.row(8, "", "", "", "竣工验收合格率", "100%");
        s.row(9, "", "", "", "按进度计划实施情况", "按计划实施");
        s.row(10, "", "", "效益指标", "完工项目县畜禽粪污综合利用率", "≥90%");
        s.merge(6, 10, 0, 0);
        s.merge(7, 10, 1, 1);
        s.merge(7, 9, 2, 2);
        return wb;
    }

    /**
     * t46: 福建 宁德市地震局 2020, 部门整体支出绩效自评表 (SOURCE.md's "Cells as printed"): the title with its year, 部门(单位)名称
     * and 部门预算编码 (SOURCE.md's header: 宁德市地震局, 409001007), the 资金结构(万元) block with its numbered headings ①..⑦ and
     * five rows (财政资金小计, ① 项目支出, ② 基本支出, 2.单位其它收入, 合 计), 年度总体目标完成情况 merged down over 预期目标 and
     * 目标实际完成情况 with their texts below, then 一级 / 二级 / 三级 / 绩效目标值 / 实际完成值 / 评分标准 / 指标分值 / 自评得分 /
     * 未完成原因, 产出目标 and 数量目标 merged down the three rows. The stored copy ends inside the third row's 评分标准: the
     * rest of that row (its cut 评分标准, 指标分值, 自评得分, 未完成原因) and what follows are the copy's truncation and are left
     * blank here, as in the hand transcription.
     */
    static XSSFWorkbook dizhen2020() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "Sheet1", new FormWorkbooks.Quirks(true, false, false, false, false, false));
        s.text(0, 0, "部门整体支出绩效自评表（2020年度）");
        s.merge(0, 0, 0, 8);
        s.row(1, "部门(单位)名称", "宁德市地震局", "", "", "", "部门预算编码", "409001007");
        s.merge(1, 1, 1, 4);
        s.merge(1, 1, 6, 8);
        s.row(2, "资金结构(万元)", "年初部门预算安排金额(含历年结余结转)①", "年中调整金额②", "小计③=①+②", "年度拨付金额④",
                "支出实现率(%)⑤=④/③", "本年度结余金额⑥=③-④", "资金结余率(%)⑦=⑥/③");
        String[][] funds = {
                {"财政资金小计", "130.54", "58.07", "188.61", "188.45", "99.92", "0.16", "0.08"},
                {"① 项目支出", "30", "0", "30", "30", "100", "0", "0"},
                {"② 基本支出", "100.54", "58.07", "158.61", "158.45", "99.9", "0.16", "0.1"},
                {"2.单位其它收入", "0", "0", "0", "0", "0", "0", "0"},
                {"合 计", "130.54", "58.07", "188.61", "188.45", "99.92", "0.16", "0.08"}};
        for (int k = 0; k < funds.length; k++) {
            s.text(3 + k, 0, funds[k][0]);
            for (int c = 1; c < funds[k].length; c++) {
                s.num(3 + k, c, funds[k][c]);
            }
        }
        s.row(8, "年度总体目标完成情况", "预期目标", "", "", "", "目标实际完成情况");
        s.row(9, "", "遵循创新、协调、绿色、开放、共享的发展理念，认真贯彻落实市委、市政府工作部署，加强单位效能建设，深入推进绩效管理实践，"
                + "进一步转变工作作风，创新管理方法，提升工作实效，提高履职能力，推进我市防震减灾事业健康发展。", "", "", "", "完成年度目标");
        s.merge(8, 9, 0, 0);
        s.merge(8, 8, 1, 4);
        s.merge(8, 8, 5, 8);
        s.merge(9, 9, 1, 4);
        s.merge(9, 9, 5, 8);
        s.row(10, "一级指标", "二级指标", "三级指标", "绩效目标值", "实际完成值", "评分标准", "指标分值", "自评得分", "未完成原因");
        s.row(11, "产出目标", "数量目标", "抽查全市地震监测台站运维情况个数", "9个", "9个",
                "本指标满分6分,开展全市地震监测台站运维情况抽查数量达9个得6分,少检查一个扣1分,扣完为止。");
        s.num(11, 6, "6");
        s.num(11, 7, "6");
        s.text(11, 8, "已完成");
        s.row(12, "", "", "开展防震减灾科普“进基层”宣传活动场数", "10场", "11场",
                "本指标满分6分,开展防震减灾科普进社区活动场数达10场得6分,少一场扣1分,扣完为止。");
        s.num(12, 6, "6");
        s.num(12, 7, "6");
        s.text(12, 8, "已完成");
        s.row(13, "", "", "协同相关部门开展防震减灾宣传活动场数", "6场", "7场");
        s.merge(11, 13, 0, 0);
        s.merge(11, 13, 1, 1);
        return wb;
    }

    /**
     * The header of 湖北's 20 + 80 项目自评表 (t13, t18): the title, 单位名称：… | 填报日期：…, 项目名称, 主管部门 | 项目实施单位,
     * the 项目类别 / 项目属性 / 项目类型 tick boxes, then 预算执行情况(万元)(20分) over 预算数(A) / 执行数(B) / 执行率(B/A) /
     * 得分(20分*执行率) and the 年度财政资金总额 row (the rate as printed, "100%"); returns the next row.
     */
    private static int hubeiHeader(FormWorkbooks.S s, String title, String unit, String date, String project, String owner,
            String implementer, String budget, String executed) {
        s.text(0, 0, title);
        s.merge(0, 0, 0, 6);
        s.row(1, "单位名称：" + unit, "", "", "", "", "填报日期：" + date);
        s.merge(1, 1, 0, 4);
        s.merge(1, 1, 5, 6);
        s.row(2, "项目名称", project);
        s.merge(2, 2, 1, 6);
        s.row(3, "主管部门", owner, "", "项目实施单位", implementer);
        s.merge(3, 3, 1, 2);
        s.merge(3, 3, 4, 6);
        s.row(4, "项目类别", "1、部门预算项目 2、区直专项 3、区对下转移支付项目");
        s.row(5, "项目属性", "1、持续性项目 2、新增性项目");
        s.row(6, "项目类型", "1、常年性项目 2、延续性项目 3、一次性项目");
        for (int r = 4; r <= 6; r++) {
            s.merge(r, r, 1, 6);
        }
        s.row(7, "预算执行情况(万元)(20分)", "", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)");
        s.row(8, "", "年度财政资金总额");
        s.num(8, 2, budget);
        s.num(8, 3, executed);
        s.text(8, 4, "100%");
        s.num(8, 5, "20");
        s.merge(7, 8, 0, 0);
        s.row(9, "年度绩效目标(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分");
        return 10;
    }

    /**
     * t13: 湖北 襄阳市中心医院 2021, 财政项目绩效自评表 (SOURCE.md and the hand transcription): the 20 + 80 header
     * ({@link #hubeiHeader}), 年度财政资金总额 1000 / 1000 / 100% / 20, five indicator rows (二级 数量指标, 质量指标, 成本, 时效,
     * 经济效益 as printed), 产出指标 merged down four rows. The stored copy breaks off inside the 可持续性 row: that row and what
     * follows (满意度, 总分) are the copy's truncation and are left out, as in the hand transcription.
     */
    static XSSFWorkbook xiangyang2021() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "Sheet1", new FormWorkbooks.Quirks(true, false, false, false, false, false));
        int r = hubeiHeader(s, "2021年度财政项目绩效自评表", "襄阳市中心医院", "2022年3月18日", "东津院区建设补助", "襄阳市卫生健康委",
                "襄阳市中心医院", "1000", "1000");
        String[][] rows = {
                {"产出指标", "数量指标", "成本控制", "不超过预算", "不超过预算", "10"},
                {"", "质量指标", "保证财政建设补助专款专用", "专款专用", "专款专用", "10"},
                {"", "成本", "每年财政补助1000万元", "1000万元", "1000万元", "10"},
                {"", "时效", "1年", "1年", "1年", "10"},
                {"效益指标", "经济效益", "完成东津院区建设，医院东津医疗收入达到5亿元", "5亿元", "6.47亿元", "10"}};
        for (int k = 0; k < rows.length; k++) {
            s.row(r + k, "", rows[k][0], rows[k][1], rows[k][2], rows[k][3], rows[k][4]);
            s.num(r + k, 6, rows[k][5]);
        }
        s.merge(9, r + rows.length - 1, 0, 0);
        s.merge(r, r + 3, 1, 1);
        return wb;
    }

    /**
     * t18: a 区商务局's 2020年市级服务贸易发展资金项目自评表 (SOURCE.md's cells as printed): t13's layout, 年度财政资金总额 285.84 /
     * 285.84 / 100% / 20, eight indicator rows under 产出指标(60分) and 效益指标(40分) (the 一级 labels printing their points,
     * merged down their rows; 数量指标 and 时效指标 merged down theirs), 总分 100, and the 偏差大或目标未完成原因分析 and
     * 改进措施及结果应用方案 cells blank. The form's 备注 and the 签批意见 are not rebuilt (no field reads them).
     */
    static XSSFWorkbook shangwu2020() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "Sheet1", new FormWorkbooks.Quirks(true, false, false, false, false, false));
        int r = hubeiHeader(s, "2020年市级服务贸易发展资金项目自评表", "区商务局", "2021年4月22日", "2020年市级服务贸易发展资金",
                "区商务局", "投资促进中心", "285.84", "285.84");
        String[][] rows = {
                {"产出指标(60分)", "数量指标", "服务外包在岸(万美元)", "20000", "23333.56", "10"},
                {"", "", "服务外包离岸(万美元)", "4500", "4557.51", "10"},
                {"", "", "支持服务贸易、服务外包企业数量", "3", "3", "10"},
                {"", "质量指标", "企业国际质量提升", "获得目的国(地区)受众欢迎", "受目的国受众欢迎显著", "10"},
                {"", "时效指标", "预算资金执行率", "90%", "100%", "10"},
                {"", "", "资金拨付及时性", "98%以上", "100%", "10"},
                {"效益指标(40分)", "社会效益指标", "企业把握政治导向和文化方向情况", "企业把握正确政治导向和文化方向情况的评价",
                        "企业较好把握正确政治导向和文化方向情况的评价", "20"},
                {"", "可持续影响指标", "推动企业走出去方面发挥的作用", "是否利于企业走出去", "有利于推动企业走出去", "20"}};
        for (int k = 0; k < rows.length; k++) {
            s.row(r + k, "", rows[k][0], rows[k][1], rows[k][2]);
            for (int c = 3; c <= 4; c++) {
                if (rows[k][c].matches("[0-9.]+")) {
                    s.num(r + k, c + 1, rows[k][c]);
                } else {
                    s.text(r + k, c + 1, rows[k][c]);
                }
            }
            s.num(r + k, 6, rows[k][5]);
        }
        int end = r + rows.length;
        s.merge(9, end - 1, 0, 0);
        s.merge(r, r + 5, 1, 1);
        s.merge(r + 6, r + 7, 1, 1);
        s.merge(r, r + 2, 2, 2);
        s.merge(r + 4, r + 5, 2, 2);
        s.row(end, "总分");
        s.num(end, 6, "100");
        s.merge(end, end, 0, 5);
        s.row(end + 1, "偏差大或目标未完成原因分析");
        s.merge(end + 1, end + 1, 1, 6);
        s.row(end + 2, "改进措施及结果应用方案");
        s.merge(end + 2, end + 2, 1, 6);
        return wb;
    }

    /** Writes every workbook of {@link #FILES} into the folder {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        for (String f : FILES) {
            FormWorkbooks.save(build(f), Path.of(args[0]).resolve(f));
        }
    }
}
