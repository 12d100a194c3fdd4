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

    static XSSFWorkbook build(String file) {
        return switch (file) {
            case T57 -> baodi2022();
            case T46 -> dizhen2020();
            default -> throw new IllegalArgumentException(file);
        };
    }

    static final String[] FILES = {T57, T46};

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

    /** Writes every workbook of {@link #FILES} into the folder {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        for (String f : FILES) {
            FormWorkbooks.save(build(f), Path.of(args[0]).resolve(f));
        }
    }
}
