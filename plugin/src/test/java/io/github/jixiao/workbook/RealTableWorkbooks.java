package io.github.jixiao.workbook;

import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The generator of the workbooks under test resources {@code real-table-workbooks/}: real tables whose cells are known only
 * from their SOURCE.md (no published spreadsheet is stored), each rebuilt cell by cell as SOURCE.md prints it, merges where
 * it says a cell is merged, numbers as numbers. The .xlsx files were written once by {@link #main} and are committed; the
 * tests import the committed files ({@code RealTablesImport33Test}), and {@code RealTablesImport33Test.workbooksAreTheGenerators}
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

    static XSSFWorkbook build(String file) {
        return switch (file) {
            case T57 -> baodi2022();
            default -> throw new IllegalArgumentException(file);
        };
    }

    static final String[] FILES = {T57};

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

    /** Writes every workbook of {@link #FILES} into the folder {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        for (String f : FILES) {
            FormWorkbooks.save(build(f), Path.of(args[0]).resolve(f));
        }
    }
}
