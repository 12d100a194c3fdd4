package io.github.jixiao.workbook;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The four tables a finance officer imported in session 27 (x27-report), rebuilt with POI as they were made (never
 * downloaded): 寿县 2023's 部门整体支出绩效评价自评表 (real-tables/t43: an 评分表 with line breaks in its headings and names,
 * a 复核分 column, a hidden 指标解释, a 合计 row and a 填报说明 / 填表人 footer), 宁德 2019's 部门整体支出绩效目标表 as an .xls
 * (real-tables/t38: 年度预算安排 with 项目支出 / 基本支出, 年度总体目标 目标1–4, 年度履职目标, a hidden indicator row), 广水
 * 2021's 自评表 in a Word 自评报告 (p26/f2: heading paragraphs, a 填报日期 line, a funds row without a label, 自评分 / 复核分,
 * criteria rows) and 天津 东丽 2020's 项目支出绩效自评表 in 元 (p26/f1: a 填报单位 / 填报日期 footer).
 */
final class FourTables27 {
    private FourTables27() {
    }

    private static final class W {
        final Workbook wb;
        Sheet sh;
        final CellStyle money;
        final CellStyle pct;
        final CellStyle wrap;

        W(Workbook wb, String sheet) {
            this.wb = wb;
            this.sh = wb.createSheet(sheet);
            DataFormat df = wb.createDataFormat();
            money = wb.createCellStyle();
            money.setDataFormat(df.getFormat("#,##0.00"));
            pct = wb.createCellStyle();
            pct.setDataFormat(df.getFormat("0%"));
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
        }

        Cell put(int r, int c, Object v) {
            Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
            Cell cell = row.createCell(c);
            if (v instanceof String s) {
                cell.setCellValue(s);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            }
            return cell;
        }

        Cell put(int r, int c, Object v, CellStyle st) {
            Cell x = put(r, c, v);
            x.setCellStyle(st);
            return x;
        }

        /**
         * Table rows from row {@code r} and column {@code c0} on, one array a row: "" leaves the cell empty (a merged
         * block's lower cells), a Double is a fraction shown as a percentage (0.9 → 90%). The row after the last.
         */
        int rows(int r, int c0, Object[][] rows) {
            for (Object[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    Object v = row[c];
                    if ("".equals(v)) {
                        continue;
                    }
                    if (v instanceof Double d) {
                        put(r, c0 + c, d, pct);
                    } else {
                        put(r, c0 + c, v);
                    }
                }
                r++;
            }
            return r;
        }

        void merge(int r1, int r2, int c1, int c2) {
            sh.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }

        Path save(Path file) throws Exception {
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Files.createDirectories(file.getParent());
            try (OutputStream o = Files.newOutputStream(file)) {
                wb.write(o);
            }
            wb.close();
            return file;
        }
    }

    /** A: 寿县 2023 部门整体支出绩效评价自评表 (安徽 共性指标 评分表), sheet 整体支出自评表. */
    static Path shouxian(Path file) throws Exception {
        W w = new W(new XSSFWorkbook(), "整体支出自评表");
        w.put(0, 0, "2023年度部门整体支出绩效评价自评表");
        w.merge(0, 0, 0, 8);
        w.put(1, 0, "单位");
        w.put(1, 1, "寿县农业农村局");
        w.merge(1, 1, 1, 4);
        w.put(1, 7, "单位：分");
        w.merge(1, 1, 7, 8);
        String[] h = {"序号", "一级\n指标", "二级\n指标", "三级\n指标", "指标\n分值", "指标解释", "指标说明及评分标准", "自评\n得分", "复核分"};
        for (int i = 0; i < h.length; i++) {
            w.put(2, i, h[i], w.wrap);
        }
        Object[][] rows = {
            {1, "规划\n（15分）", "基础信息\n（3分）", "基础信息\n完整性", 3, "部门及所属二级单位预算基础信息是否符合相关规定，信息资料是否真实、完整。",
                "1、基础数据信息是否真实(1分)；2、基础数据信息是否完整(1分)；3、基础数据信息是否准确(1分)。", 3, 3},
            {2, "", "工作计划\n（6分）", "年度工作\n计划完整性", 3, "部门及所属二级单位年度工作计划制定是否完整可行。", "年度工作计划是否完整可行(3分)", 3, 3},
            {3, "", "", "年度工作\n计划明确性", 3, "部门及所属二级单位年度工作计划制定是否明确可操作。", "年度工作计划是否明确可操作(3分)", 3, 2},
            {4, "", "绩效目标\n（6分）", "年度绩效\n目标合理性", 4, "单位是否设置年度绩效目标，绩效目标设定是否符合单位实际，是否合理。", "1、设置年度绩效目标(2分)…", 4, 4},
            {5, "", "", "年度绩效\n目标明确性", 2, "是否制定明确、细化、量化的绩效目标。", "绩效目标明确，且细化、量化(2分)；", 2, 2},
        };
        int r = 3;
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                if (!"".equals(row[c])) {
                    w.put(r, c, row[c], w.wrap);
                }
            }
            r++;
        }
        w.merge(3, 7, 1, 1);
        w.merge(4, 5, 2, 2);
        w.merge(6, 7, 2, 2);
        r++;
        w.put(r, 0, "合计");
        w.merge(r, r, 0, 3);
        w.put(r, 4, null).setCellFormula("SUM(E4:E8)");
        w.put(r, 7, null).setCellFormula("SUM(H4:H8)");
        w.put(r, 8, null).setCellFormula("SUM(I4:I8)");
        r += 2;
        w.put(r, 0, "填报说明：1.自评得分由单位填写，复核分由主管部门填写；2.指标说明见附表。");
        w.merge(r, r, 0, 8);
        r++;
        w.put(r, 0, "填表人：李某　　联系电话：0554-4022xxx　　填报日期：2024年3月28日");
        w.merge(r, r, 0, 8);
        w.sh.setColumnHidden(5, true);
        w.sh = w.wb.createSheet("自评报告要点");
        w.put(0, 0, "一、部门概况");
        w.put(1, 0, "本单位2023年度预算执行情况良好。");
        return w.save(file);
    }

    /** B: 宁德 2019 部门整体支出绩效目标表, .xls, sheet 附件4. */
    static Path ningde(Path file) throws Exception {
        return ningde(file, "（ 2019 年度）", false);
    }

    /**
     * 宁德's 目标表 with {@code yearLine} in row 2 (as printed: （ 2019 年度）) and, if {@code oneGoalCell}, its four goals in
     * one cell merged down beside 年度总体目标 (B7:F10) instead of one a row.
     */
    static Path ningde(Path file, String yearLine, boolean oneGoalCell) throws Exception {
        W w = new W(new HSSFWorkbook(), "附件4");
        w.put(0, 0, "部门整体支出绩效目标表");
        w.merge(0, 0, 0, 5);
        w.put(1, 0, yearLine);
        w.merge(1, 1, 0, 5);
        w.put(2, 0, "部门（单位）名称");
        w.put(2, 1, "中共宁德市委党史和地方志研究室");
        w.merge(2, 2, 1, 2);
        w.put(2, 3, "部门预算编码");
        w.put(2, 4, "901001033");
        w.merge(2, 2, 4, 5);
        w.put(3, 0, "年度预算安排（万元）");
        w.merge(3, 5, 0, 0);
        w.put(3, 1, "资金总额");
        w.put(3, 2, 171.41, w.money);
        w.merge(3, 3, 2, 5);
        w.put(4, 1, "项目支出");
        w.put(4, 2, 60.8, w.money);
        w.merge(4, 4, 2, 5);
        w.put(5, 1, "基本支出");
        w.put(5, 2, null, w.money).setCellFormula("C4-C5");
        w.merge(5, 5, 2, 5);
        w.put(6, 0, "年度总体目标");
        w.merge(6, 9, 0, 0);
        String[] goals = {"目标1:确保本室各人员工资及福利的发放;", "目标2:对合作社区、退休人员及遗孀、困难群众进行一定程度的补助;",
            "目标3:确保本室日常办公所需经费正常运行;", "目标4:保障志鉴地情相关工作开展所需资金,确保完成2019年度任务。"};
        if (oneGoalCell) {
            w.put(6, 1, String.join("\n", goals));
            w.merge(6, 9, 1, 5);
        } else {
            for (int i = 0; i < 4; i++) {
                w.put(6 + i, 1, goals[i]);
                w.merge(6 + i, 6 + i, 1, 5);
            }
        }
        w.put(10, 0, "年度履职目标");
        w.merge(10, 13, 0, 0);
        w.put(10, 1, "部门职能");
        w.put(10, 2, "年度目标任务");
        w.put(10, 3, "支出项目名称");
        w.merge(10, 10, 3, 4);
        w.put(10, 5, "预算金额（万元）");
        Object[][] tasks = {
            {"组织、指导、编纂、督促和检查地方志、年鉴、地情工作", "保障志鉴地情相关工作开展所需资金,确保完成2019年度任务", "地情、市志编纂与年鉴出版经费", 49.8},
            {"确保本室各人员工资及福利的发放", "按时发放2019年人员福利", "地情、市志编纂与年鉴出版经费", 11},
            {"确保日常工作正常运行", "按时发放2019年人员工资待遇", "基本支出", 171.41}};
        for (int i = 0; i < 3; i++) {
            int r = 11 + i;
            w.put(r, 1, tasks[i][0]);
            w.put(r, 2, tasks[i][1]);
            w.put(r, 3, tasks[i][2]);
            w.merge(r, r, 3, 4);
            w.put(r, 5, tasks[i][3], w.money);
        }
        int h = 14;
        w.put(h, 0, "年度绩效指标");
        w.merge(h, h + 7, 0, 0);
        w.put(h, 1, "一级指标");
        w.put(h, 2, "二级指标");
        w.put(h, 3, "三 级 指 标");
        w.put(h, 4, "指标解释");
        w.put(h, 5, "目标值");
        Object[][] rows = {
            {"产出指标", "数量指标", "志鉴地情相关工作开展所需资金的供应时效", "100%(历史标准)", "100%"},
            {"", "", "确保日常工作正常运行", "100%", 1.0},
            {"", "", "按年度发放绩效奖、文明奖、综治平安奖、应休未休补贴", "60%", "≥60%"},
            {"", "质量指标", "调研、督促、指导志、鉴、地情编纂的县(市、区)的覆盖率", "90%(计划标准)", 1},
            {"", "", "（旧）年鉴出版册数", "", "500册"},
            {"", "", "各类书籍审稿率", "100%(计划标准)", 1},
            {"", "时效指标", "项目完成时间", "2019年12月(计划标准)", "１００％"},
        };
        int r = w.rows(h + 1, 1, rows);
        w.sh.getRow(h + 5).setZeroHeight(true); // the stale row the office hid instead of deleting
        w.merge(h + 1, h + 7, 1, 1);
        w.merge(h + 1, h + 3, 2, 2);
        w.merge(h + 4, h + 6, 2, 2);
        r++;
        w.put(r, 0, "注：目标值须可量化；指标解释填写指标值设定依据。");
        w.merge(r, r, 0, 5);
        w.sh = w.wb.createSheet("预算明细");
        w.put(0, 0, "科目");
        w.put(0, 1, "金额（元）");
        w.put(1, 0, "工资福利支出");
        w.put(1, 1, 1106100);
        return w.save(file);
    }

    private static final class D {
        final XWPFDocument doc = new XWPFDocument();
        XWPFTable tbl;

        void cell(int r, int c, String text) {
            XWPFTableCell x = tbl.getRow(r).getCell(c);
            x.removeParagraph(0);
            x.addParagraph().createRun().setText(text);
        }

        CTTcPr pr(int r, int c) {
            XWPFTableCell x = tbl.getRow(r).getCell(c);
            return x.getCTTc().isSetTcPr() ? x.getCTTc().getTcPr() : x.getCTTc().addNewTcPr();
        }

        void span(int r, int c, int n) {
            pr(r, c).addNewGridSpan().setVal(BigInteger.valueOf(n));
            for (int i = 1; i < n; i++) {
                tbl.getRow(r).removeCell(c + 1);
            }
        }

        void vmerge(int r, int c, boolean start) {
            CTVMerge vm = pr(r, c).addNewVMerge();
            if (start) {
                vm.setVal(STMerge.RESTART);
            }
        }

        void para(String text, String style) {
            XWPFParagraph p = doc.createParagraph();
            if (style != null) {
                p.setStyle(style);
            }
            p.createRun().setText(text);
        }
    }

    /**
     * C: 广水 2021 乡村道路 自评表 in a Word 自评报告: the score column headed {@code scoreHeading} (自评分, 自评得分), the
     * funds block's one row of amounts labelled {@code fundsLabel} (null: no label, as printed).
     */
    static Path guangshui(Path file, String scoreHeading, String fundsLabel) throws Exception {
        return guangshui(file, scoreHeading, fundsLabel, "15");
    }

    /** 广水 with {@code quantityPoints} in the 分值 of 数量指标（15分）'s one row (as printed: 15; "": left blank). */
    static Path guangshui(Path file, String scoreHeading, String fundsLabel, String quantityPoints) throws Exception {
        D d = new D();
        d.para("广水市交通运输局2021年度乡村道路建设养护项目绩效自评报告", "Heading1");
        d.para("一、项目基本情况", "Heading2");
        d.para("2021年乡村道路建设养护项目预算309万元，全年执行309万元，执行率100%。", null);
        d.para("二、绩效目标完成情况", "Heading2");
        d.para("全年完成乡村道路建设养护里程300公里。", null);
        d.para("附件：", null);
        d.para("广水市财政预算支出项目绩效目标自评表", null);
        d.para("填报日期：2022年8月10日　　　　　　　　　　　　单位：万元", null);
        int cols = 9;
        d.tbl = d.doc.createTable(16, cols);
        int r = 0;
        d.cell(r, 0, "项目名称");
        d.cell(r, 1, "乡村道路建设养护项目");
        d.span(r, 1, 8);
        r++;
        d.cell(r, 0, "主管部门");
        d.cell(r, 1, "广水市交通运输局");
        d.cell(r, 5, "实施单位");
        d.cell(r, 6, "广水市交通运输局");
        d.span(r, 6, 3);
        d.span(r, 1, 4);
        r++;
        d.cell(r, 0, "项目资金（万元）");
        d.vmerge(r, 0, true);
        d.cell(r, 1, "年初预算数");
        d.cell(r, 2, "全年预算数");
        d.cell(r, 3, "全年执行数");
        d.cell(r, 4, "执行率");
        d.cell(r, 5, "分值");
        d.cell(r, 6, "得分");
        d.span(r, 6, 3);
        r++;
        d.vmerge(r, 0, false);
        if (fundsLabel != null) {
            d.cell(r, 0, fundsLabel);
        }
        d.cell(r, 1, "309.00");
        d.cell(r, 2, "309.00");
        d.cell(r, 3, "309.00");
        d.cell(r, 4, "100%");
        d.span(r, 6, 3);
        r++;
        d.cell(r, 0, "年度总体目标");
        d.cell(r, 1, "1.完成乡村道路建设养护里程 300 公里; 2. 3.");
        d.span(r, 1, 8);
        r++;
        int hd = r;
        String[] head = {"一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", scoreHeading, "复核分", "评价标准及依据"};
        for (int i = 0; i < cols; i++) {
            d.cell(r, i, head[i]);
        }
        r++;
        String[][] crit = {
            {"项目决策（2分）", "决策依据", "", "2", "", "", "2", "", "有项目年度工作计划或有上级文件或审批报告计2分"},
            {"项目管理（13分）", "财务制度", "", "3", "", "", "3", "", "1、单位财务管理制度1分…"},
            {"", "组织机构", "", "2", "", "", "2", "", "有明确的绩效管理机构或专人负责2分"},
            {"", "运行监管", "", "4", "", "", "4", "", "1、运行监管记录3分…"},
            {"", "目标申报", "", "4", "", "", "4", "", "1、项目绩效目标全申报的1分…"},
            {"产出指标（40分）", "数量指标（15分）", "乡村道路建设养护里程", quantityPoints, "300公里", "300公里", "15", "", "三级指标分值按三级指标个数平均确定"},
            {"", "质量指标（12分）", "农村公路建设验收合格率", "6", "100%", "100%", "6", "", ""},
            {"", "", "农村公路养护验收合格率", "6", "100%", "98%", "5", "", ""},
        };
        for (String[] c : crit) {
            for (int i = 0; i < cols; i++) {
                if (!c[i].isEmpty()) {
                    d.cell(r, i, c[i]);
                }
            }
            r++;
        }
        int f = hd + 1;
        d.vmerge(f + 1, 0, true);
        d.vmerge(f + 2, 0, false);
        d.vmerge(f + 3, 0, false);
        d.vmerge(f + 4, 0, false);
        d.vmerge(f + 5, 0, true);
        d.vmerge(f + 6, 0, false);
        d.vmerge(f + 7, 0, false);
        d.vmerge(f + 6, 1, true);
        d.vmerge(f + 7, 1, false);
        d.cell(r, 0, "自评总分");
        d.span(r, 0, 6);
        d.cell(r, 1, "95");
        r++;
        while (d.tbl.getRows().size() > r) {
            d.tbl.removeRow(r);
        }
        d.para("注：复核分由主管部门填写。", null);
        d.para("项目负责人：孙章勇", null);
        Files.createDirectories(file.getParent());
        try (OutputStream o = Files.newOutputStream(file)) {
            d.doc.write(o);
        }
        d.doc.close();
        return file;
    }

    /** D: 天津 东丽 2020 直达资金 项目支出绩效自评表, amounts in 元, sheet 项目自评表. */
    static Path dongli(Path file) throws Exception {
        W w = new W(new XSSFWorkbook(), "项目自评表");
        w.put(0, 0, "项目支出绩效自评表");
        w.merge(0, 0, 0, 8);
        w.put(1, 0, "（2020年度）");
        w.merge(1, 1, 0, 8);
        w.put(2, 0, "项目名称：");
        w.merge(2, 2, 0, 1);
        w.put(2, 2, "（直达资金）天津市东丽湖新建光辉路（智景东道－星宇道）工程项目");
        w.merge(2, 2, 2, 8);
        w.put(3, 0, "主管部门：");
        w.merge(3, 3, 0, 1);
        w.put(3, 2, "天津市东丽区财政局");
        w.merge(3, 3, 2, 4);
        w.put(3, 5, "实施单位：");
        w.put(3, 6, "天津市东丽区建设管理委员会");
        w.merge(3, 3, 6, 8);
        w.put(4, 0, "项目资金\n（元）", w.wrap);
        w.merge(4, 7, 0, 0);
        String[] fh = {"", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
        for (int i = 1; i < fh.length; i++) {
            w.put(4, 1 + i, fh[i]);
        }
        w.put(5, 1, "年度资金总额");
        w.put(5, 2, 7000000, w.money);
        w.put(5, 3, 7000000, w.money);
        w.put(5, 4, 7000000, w.money);
        w.put(5, 5, 10);
        w.put(5, 6, null, w.pct).setCellFormula("E6/D6");
        w.put(5, 7, 10);
        w.put(6, 1, "其中：财政拨款（抗疫特别国债）");
        w.put(6, 2, "7,000,000.00");
        w.put(6, 3, "7,000,000.00");
        w.put(6, 4, "7,000,000.00");
        w.put(7, 1, "其他资金");
        w.put(7, 2, "/");
        w.put(7, 3, "/");
        w.put(7, 4, "/");
        w.put(8, 0, "年度总体目标");
        w.merge(8, 9, 0, 0);
        w.put(8, 1, "预期目标");
        w.merge(8, 8, 1, 4);
        w.put(8, 5, "实际完成情况");
        w.merge(8, 8, 5, 8);
        w.put(9, 1, "1.保质保量完成道路建设座;2.符合工程施工质量验收相关要求,按时投入使用;3.改善周边居民出行需求。");
        w.merge(9, 9, 1, 4);
        w.put(9, 5, "总体绩效目标基本完成。");
        w.merge(9, 9, 5, 8);
        int h = 10;
        w.put(h, 0, "绩效指标");
        w.merge(h, h + 8, 0, 0);
        String[] head = {"一 级 指 标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分 值", "得 分", "偏差原因分析及改进措施"};
        for (int i = 0; i < head.length; i++) {
            w.put(h, 1 + i, head[i]);
            w.merge(h, h + 1, 1 + i, 1 + i);
        }
        Object[][] rows = {
            {"产出指标（50分）", "数量指标", "道路建设长度", "491米", "491米", 20, 20},
            {"", "质量指标", "天桥质量验收", "合格", "已完成", 15, 15},
            {"", "时效指标", "按时完成建设", "2020年12月", "随项目进度把控", 15, 12},
            {"效益指标（30分）", "社会效益指标", "方便周边居民出行", "方便", "已完成", 15, 15},
            {"", "可持续影响指标", "持续改善周边居民出行", "持续改善", "已完成", 15, 15},
            {"满意度指标（10分）", "服务对象满意度指标", "周边居民满意度", 0.9, "95%", 10, 10},
        };
        int r = w.rows(h + 2, 1, rows);
        w.merge(h + 2, h + 4, 1, 1);
        w.merge(h + 5, h + 6, 1, 1);
        w.put(h + 4, 8, "工程尚在建设中，随项目进度把控");
        w.put(r, 1, "总　分");
        w.merge(r, r, 1, 5);
        w.put(r, 6, null).setCellFormula("SUM(G13:G18)");
        w.put(r, 7, null).setCellFormula("SUM(H13:H18)");
        r += 2;
        w.put(r, 0, "填报说明：金额单位为元；得分保留两位小数。");
        w.merge(r, r, 0, 8);
        r++;
        w.put(r, 0, "填报单位（盖章）：天津市东丽区建设管理委员会　　填报日期：2021年5月10日");
        w.merge(r, r, 0, 8);
        w.sh.setColumnHidden(9, true);
        w.put(h + 2, 9, "内部编号 DL-2020-07");
        w.sh = w.wb.createSheet("拨付进度");
        w.put(0, 0, "日期");
        w.put(0, 1, "拨付（元）");
        w.put(1, 0, "2020-10");
        w.put(1, 1, 7000000, w.money);
        return w.save(file);
    }
}
