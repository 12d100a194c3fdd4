package io.github.jixiao.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The published forms rebuilt as workbooks, with POI (never downloaded): the 棠溪镇 2022 and 丽江 2020
 * 项目支出绩效自评表 (src/it/form-tangxi-2022, form-lijiang-2020), a 项目支出绩效目标表, the 重庆 2021 部门整体绩效自评表
 * (src/it/form-cq-rongmeiti-2021) and variants with the irregularities real sheets have. The ITs form-*-xlsx build
 * theirs in setup.groovy.
 */
public final class FormWorkbooks {
    private FormWorkbooks() {
    }

    /** What irregularities to put in. */
    public record Quirks(boolean merged, boolean blankRowsAndColumns, boolean numbersAsText, boolean formulas,
                         boolean fullWidth, boolean thousands) {
        public static final Quirks NONE = new Quirks(false, false, false, false, false, false);
        public static final Quirks ALL = new Quirks(true, true, true, true, true, true);
    }

    /** A sheet written cell by cell, with an offset (blank rows and columns) applied to every address. */
    static final class S {
        final XSSFSheet sh;
        final int dr;
        final int dc;
        final Quirks q;

        S(XSSFWorkbook wb, String name, Quirks q) {
            this.sh = wb.createSheet(name);
            this.q = q;
            this.dr = q.blankRowsAndColumns() ? 2 : 0;
            this.dc = q.blankRowsAndColumns() ? 1 : 0;
        }

        /** Over a sheet already written (a committed workbook loaded, to edit a cell of it), no quirks. */
        S(XSSFSheet sh) {
            this.sh = sh;
            this.q = Quirks.NONE;
            this.dr = 0;
            this.dc = 0;
        }

        Cell cell(int r, int c) {
            Row row = sh.getRow(r + dr) == null ? sh.createRow(r + dr) : sh.getRow(r + dr);
            return row.getCell(c + dc) == null ? row.createCell(c + dc) : row.getCell(c + dc);
        }

        /** A row of texts from column 0 (a heading row). */
        void row(int r, String... texts) {
            for (int c = 0; c < texts.length; c++) {
                text(r, c, texts[c]);
            }
        }

        void text(int r, int c, String v) {
            if (v != null) {
                cell(r, c).setCellValue(v);
            }
        }

        /** A number: as a number, or as text (full-width, with thousand separators) or as a formula, by the quirks. */
        void num(int r, int c, String v) {
            if (v == null) {
                return;
            }
            if (q.formulas() && !v.contains(".")) {
                cell(r, c).setCellFormula(v + "+0");
                cell(r, c).setCellValue(Double.parseDouble(v)); // the cached value a saved sheet holds
            } else if (q.numbersAsText()) {
                String t = v;
                if (q.thousands() && v.replace(".", "").length() > 4) {
                    t = String.format("%,.2f", Double.parseDouble(v));
                }
                if (q.fullWidth()) {
                    StringBuilder sb = new StringBuilder();
                    for (char ch : t.toCharArray()) {
                        sb.append(ch >= '0' && ch <= '9' ? (char) (ch - '0' + '０') : ch == '.' ? '．' : ch);
                    }
                    t = sb.toString();
                }
                cell(r, c).setCellValue(t);
            } else {
                cell(r, c).setCellValue(Double.parseDouble(v));
                int dot = v.indexOf('.');
                if (dot >= 0) {
                    // printed with its decimals ("10.00"), as a number formatted "0.00"
                    org.apache.poi.ss.usermodel.CellStyle st = sh.getWorkbook().createCellStyle();
                    st.setDataFormat(sh.getWorkbook().createDataFormat().getFormat("0." + "0".repeat(v.length() - dot - 1)));
                    cell(r, c).setCellStyle(st);
                }
            }
        }

        /** Merges (when the quirks say so; else the value is repeated in each cell, as an unmerged export does). */
        void merge(int r1, int r2, int c1, int c2) {
            if (q.merged()) {
                sh.addMergedRegion(new CellRangeAddress(r1 + dr, r2 + dr, c1 + dc, c2 + dc));
            } else {
                Cell from = cell(r1, c1);
                for (int r = r1; r <= r2; r++) {
                    for (int c = c1; c <= c2; c++) {
                        if ((r != r1 || c != c1) && from.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            cell(r, c).setCellValue(from.getStringCellValue());
                        }
                    }
                }
            }
        }
    }

    /** One indicator row: 一级, 二级, 三级, 指标值, 实际完成值, 分值, 得分 (null = blank). */
    record Ind(String l1, String l2, String name, String target, String actual, String points, String score) {
    }

    static final Ind[] TANGXI = {
            new Ind("产出指标", "数量指标", "基建工程委托业务项目数量", "≥50个", "50", "8", "8"),
            new Ind("产出指标", "质量指标", "委托业务报告合格率", "≥100百分比", "100", "8", "8"),
            new Ind("产出指标", "质量指标", "经费支出合规性", "严格执行相关制度规定", "达成预期指标", "8", "8"),
            new Ind("产出指标", "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", "8", "8"),
            new Ind("产出指标", "成本指标", "项目总成本", "≤90万元", "90", "8", "8"),
            new Ind("产出指标", "成本指标", "单项业务成本", "符合相关规定", "达成预期指标", "10", "10"),
            new Ind("效益指标", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标", "10", "10"),
            new Ind("效益指标", "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标", "10", "10"),
            new Ind("效益指标", "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响", "效果明显", "达成预期指标", "10", "10"),
            new Ind("效益指标", "经济效益指标", null, null, null, null, null),
    };

    /** The 棠溪镇 2022 项目支出绩效自评表 as its stored copy holds it (see src/it/form-tangxi-2022). */
    public static XSSFWorkbook tangxi(Quirks q) {
        XSSFWorkbook wb = new XSSFWorkbook();
        S s = new S(wb, "自评表", q);
        s.text(0, 0, "项目支出绩效自评表");
        s.merge(0, 0, 0, 9);
        s.text(1, 0, "（2022年度）");
        s.merge(1, 1, 0, 9);
        s.text(2, 0, "项目名称");
        s.merge(2, 2, 0, 1);
        s.text(2, 2, "委托业务项目");
        s.merge(2, 2, 2, 9);
        s.text(3, 0, "主管部门");
        s.merge(3, 3, 0, 1);
        s.text(3, 2, "219-池州市贵池区棠溪镇人民政府");
        s.merge(3, 3, 2, 4);
        s.text(3, 5, "实施单位");
        s.text(3, 6, "219001-池州市贵池区棠溪镇人民政府");
        s.merge(3, 3, 6, 9);
        // funds block
        s.text(4, 0, "项目资金（万元）");
        s.merge(4, 8, 0, 1);
        String[] fh = {"", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
        for (int i = 1; i < fh.length; i++) {
            s.text(4, 2 + i, fh[i]);
        }
        s.text(5, 2, "年度资金总额");
        s.num(5, 3, "0");
        s.num(5, 4, "0");
        s.num(5, 5, "0");
        s.num(5, 6, "10");
        s.num(5, 7, "0");
        s.num(5, 8, "0");
        s.text(6, 2, "其中：本年财政拨款");
        s.num(6, 3, "90");
        s.num(6, 4, "89.974");
        s.num(6, 5, "89.974");
        s.text(6, 6, "—");
        s.text(7, 2, "上年结转资金");
        s.text(8, 2, "其他资金");
        // goals
        s.text(9, 0, "年度总体目标");
        s.merge(9, 10, 0, 0);
        s.text(9, 1, "预期目标");
        s.merge(9, 9, 1, 4);
        s.text(9, 5, "实际完成情况");
        s.merge(9, 9, 5, 9);
        s.text(10, 1, "申请预算资金 90 万元：30 万元用于基建工程项目预算编制；30 万元用于基建工程项目审计；30 万元用于基建工程项目设计、规划、测绘");
        s.merge(10, 10, 1, 4);
        s.text(10, 5, "完成预算资金 89.97 万元：30 万元预算编制；30 万元审计；29.99 万元设计、规划、测绘");
        s.merge(10, 10, 5, 9);
        // indicators
        int h = 11;
        String[] ih = {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
        for (int i = 0; i < ih.length; i++) {
            s.text(h, i, ih[i]);
        }
        indicatorRows(s, h + 1, TANGXI, 1);
        s.merge(h, h + TANGXI.length, 0, 0);
        return wb;
    }

    /** Writes rows from {@code r}, 一级 at column {@code c}; runs of the same 一级 merged. */
    static void indicatorRows(S s, int r, Ind[] rows, int c) {
        int start = 0;
        for (int i = 0; i < rows.length; i++) {
            Ind x = rows[i];
            s.text(r + i, c, i > 0 && s.q.merged() && rows[i - 1].l1().equals(x.l1()) ? null : x.l1());
            s.text(r + i, c + 1, x.l2());
            s.text(r + i, c + 2, x.name());
            s.text(r + i, c + 3, x.target());
            if (x.actual() != null && x.actual().matches("\\d+(\\.\\d+)?")) {
                s.num(r + i, c + 4, x.actual());
            } else {
                s.text(r + i, c + 4, x.actual());
            }
            s.num(r + i, c + 5, x.points());
            s.num(r + i, c + 6, x.score());
            if (i == rows.length - 1 || !rows[i + 1].l1().equals(x.l1())) {
                if (i > start && s.q.merged()) {
                    s.sh.addMergedRegion(new CellRangeAddress(r + start + s.dr, r + i + s.dr, c + s.dc, c + s.dc));
                }
                start = i + 1;
            }
        }
    }

    /** The 丽江 2020 项目支出绩效自评表 (src/it/form-lijiang-2020): 指标性质 (﹦ ≥) and 度量单位 columns. */
    public static XSSFWorkbook lijiang() {
        XSSFWorkbook wb = new XSSFWorkbook();
        S s = new S(wb, "Sheet1", Quirks.NONE);
        s.text(0, 0, "2020年度项目支出绩效自评表");
        s.text(1, 0, "项目名称");
        s.text(1, 1, "2020年省级自然资源卫片执法补助经费支出绩效自评表");
        s.text(2, 0, "主管部门");
        s.text(2, 1, "丽江市自然资源和规划局");
        s.text(2, 3, "实施单位");
        s.text(2, 4, "丽江市古城区自然资源局");
        s.text(3, 0, "项目资金（万元）");
        String[] fh = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
        for (int i = 0; i < fh.length; i++) {
            s.text(3, 2 + i, fh[i]);
        }
        s.text(4, 1, "年度资金总额");
        for (int i = 0; i < 3; i++) {
            s.num(4, 2 + i, "7.29");
        }
        s.num(4, 5, "10");
        s.text(4, 6, "100%");
        s.num(4, 7, "10");
        s.text(5, 1, "其中:当年财政拨款");
        for (int i = 0; i < 3; i++) {
            s.num(5, 2 + i, "7.29");
        }
        s.text(5, 6, "100%");
        s.text(6, 1, "上年结转资金");
        s.text(7, 1, "其他资金");
        s.text(8, 0, "年度总体目标");
        s.text(8, 1, "预期目标");
        s.text(8, 4, "实际完成情况");
        s.text(9, 1, "自然资源卫片执法补助经费");
        s.text(9, 4, "自然资源卫片执法补助经费");
        String[] h = {"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分"};
        s.row(10, h);
        String[][] rows = {
                // 分值 and 得分 as printed: "10.00 | 9.00", then "20 | 19", then "20.00 | 19.00" …
                {"产出指标", "数量指标", "卫片执法补助经费", "﹦", "72890", "元", "72890", "10.00", "9.00"},
                {"产出指标", "质量指标", "项目验收合格率", "﹦", "100", "%", "100", "20", "19"},
                {"产出指标", "时效指标", "项目完成及时率", "﹦", "100", "%", "100", "20.00", "19.00"},
                {"效益指标", "社会效益指标", "违法行为责停率", "≥", "95", "%", "95", "30.00", "27.00"},
                {"满意度指标", "服务对象满意度指标", "满意度", "≥", "95", "%", "95", "10.00", null},
        };
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (c >= 7) {
                    s.num(11 + r, c, rows[r][c]);
                } else {
                    s.text(11 + r, c, rows[r][c]);
                }
            }
        }
        return wb;
    }

    /** The 项目支出绩效目标表 of the same project: no actuals, no scores (stage 目标申报). */
    public static XSSFWorkbook target() {
        XSSFWorkbook wb = new XSSFWorkbook();
        S s = new S(wb, "目标表", Quirks.NONE);
        s.text(0, 0, "项目支出绩效目标表（2023年度）");
        s.text(1, 0, "项目名称");
        s.text(1, 2, "委托业务项目");
        s.text(2, 0, "主管部门");
        s.text(2, 2, "219-池州市贵池区棠溪镇人民政府");
        s.text(3, 0, "年度总体目标");
        s.text(3, 1, "预期目标");
        s.text(4, 1, "完成基建工程项目预算编制、审计和设计");
        s.text(5, 0, "一级指标");
        s.text(5, 1, "二级指标");
        s.text(5, 2, "三级指标");
        s.text(5, 3, "指标值");
        s.text(6, 0, "产出指标");
        s.text(6, 1, "数量指标");
        s.text(6, 2, "基建工程委托业务项目数量");
        s.text(6, 3, "≥50个");
        s.text(7, 0, "效益指标");
        s.text(7, 1, "社会效益指标");
        s.text(7, 2, "对维护基建市场公平的影响程度");
        s.text(7, 3, "效果明显");
        return wb;
    }

    /**
     * The 黄石 2019 项目支出绩效监控表 (plugin/src/test/resources/real-tables/t15-huangshi-shenyi-2019, SOURCE.md) as printed:
     * the funds block with 年初预算数 | 1-6月执行数 | 全年预计执行数, the indicator table with 指标值 | 半年度指标执行情况 |
     * 完成目标可能性（确定能、有可能、不可能）, the categories printed where the names go. One row more than the copy: a
     * 数量 row with a 全年预计完成值 column, which some provinces' monitoring tables print and this one does not
     * ({@code withForecast}).
     */
    public static XSSFWorkbook huangshi(boolean withForecast) {
        XSSFWorkbook wb = new XSSFWorkbook();
        S s = new S(wb, "监控表", Quirks.NONE);
        s.text(0, 0, "黄石市项目支出绩效监控表（申遗）（2019年度）");
        s.text(1, 0, "项目名称");
        s.text(1, 2, "申遗经费");
        s.text(2, 0, "主管部门");
        s.text(2, 2, "黄石市文化和旅游局");
        s.text(3, 0, "项目资金（万元）");
        s.text(3, 2, "年初预算数");
        s.text(3, 3, "1-6月执行数");
        s.text(3, 4, "全年预计执行数");
        s.text(4, 1, "年度资金总额:");
        s.num(4, 2, "220");
        s.num(4, 3, "87.57");
        s.text(5, 1, "其中:当年一般公共预算拨款");
        s.num(5, 2, "220");
        s.num(5, 3, "87.57");
        String[] h = withForecast
                ? new String[] {"一级指标", "指标名称", "指标值", "半年度指标执行情况", "全年预计完成值", "完成目标可能性（确定能、有可能、不可能）", "备注"}
                : new String[] {"一级指标", "指标名称", "指标值", "半年度指标执行情况", "完成目标可能性（确定能、有可能、不可能）", "备注"};
        s.row(6, h);
        int l = withForecast ? 5 : 4;
        s.text(7, 0, "产出指标");
        s.text(7, 1, "质量");
        s.text(8, 1, "时效");
        s.text(9, 1, "成本");
        s.text(9, 2, "年度预算220万元");
        s.text(9, 3, "按进度执行,已使用约40%");
        s.text(9, l, "确定能");
        s.text(10, 0, "效益指标");
        s.text(10, 1, "社会效益");
        s.text(10, 3, "先后举办有社会影响力的活动5场");
        s.text(10, l, "确定能");
        if (withForecast) {
            s.text(11, 0, "产出指标");
            s.text(11, 1, "举办学术交流活动");
            s.text(11, 2, "≥ 8 场");
            s.text(11, 3, "3 场");
            s.text(11, 4, "6 场");
            s.text(11, l, "有可能 √");
        }
        return wb;
    }

    /**
     * The 项目支出绩效监控表 of 湘潭市环境卫生管理处's 2024 雾炮车抑尘降尘服务 (helper M's trial, session 31: the mid-year
     * table of the project whose 目标表 is test resource {@code published-workbooks/xiangtan-wupaoche-2024.xlsx}): the funds
     * block with 年初预算数 | 全年预算数 | 1-6月执行数 | 全年预计执行数, the indicator rows with 指标值 | 半年度指标执行情况 |
     * 全年预计完成值 | 完成目标可能性 | 偏差原因分析; no 年度总体目标 (the form prints none) and no 主管部门 code.
     */
    public static XSSFWorkbook xiangtanMonitor() {
        XSSFWorkbook wb = new XSSFWorkbook();
        S s = new S(wb, "监控表", Quirks.NONE);
        s.text(0, 0, "项目支出绩效监控表（2024年度）");
        s.text(1, 0, "项目名称");
        s.text(1, 2, "雾炮车抑尘降尘服务");
        s.text(2, 0, "主管部门");
        s.text(2, 2, "湘潭市城市管理和综合执法局");
        s.text(2, 3, "实施单位");
        s.text(2, 4, "湘潭市环境卫生管理处");
        s.row(3, new String[] {"项目资金（万元）", "", "年初预算数", "全年预算数", "1-6月执行数", "全年预计执行数"});
        s.text(4, 1, "年度资金总额");
        s.text(5, 1, "其中：一、预算资金");
        for (int r = 4; r <= 5; r++) {
            s.num(r, 2, "250");
            s.num(r, 3, "250");
            s.num(r, 4, "95");
            s.num(r, 5, "250");
        }
        s.row(6, new String[] {"一级指标", "二级指标", "三级指标", "指标值", "半年度指标执行情况", "全年预计完成值", "完成目标可能性", "偏差原因分析"});
        String[][] rows = {
            {"产出指标", "数量指标", "雾炮车抑尘降尘服务配备车辆数", "≥10辆", "6辆", "8辆", "有可能", ""},
            {"产出指标", "数量指标", "雾炮车风炮射程", "≥80米", "80米", "80米", "确定能", ""},
            {"产出指标", "质量指标", "服务周期内空气质量", "优良", "良", "优良", "确定能", ""},
            {"产出指标", "时效指标", "服务周期", "≥180天", "90天", "180天", "确定能", ""},
            {"产出指标", "成本指标", "控制在预算成本内", "≤250万元", "95万元", "250万元", "确定能", ""},
            {"效益指标", "社会效益指标", "服务周期内，市民对空气质量改善的满意程度", "≥85%", "80%", "84%", "确定能", ""},
            {"满意度指标", "服务对象满意度指标", "满意度", "≥90%", "88%", "90%", "确定能", ""}};
        for (int r = 0; r < rows.length; r++) {
            s.row(7 + r, rows[r]);
        }
        return wb;
    }

    /**
     * The 重庆 科学城融媒体中心 2021 部门整体绩效自评表 (src/it/form-cq-rongmeiti-2021) as its stored copy holds it: 指标名称,
     * 指标性质, 计量单位, 年初指标值, 完成值, 得分系数, 权重, 得分, 是否核心指标; the 部门预算执行情况 block; the 总分 as printed.
     * Rows the OCR lost stay blank, as in the hand-written JSON.
     */
    public static XSSFWorkbook chongqing() {
        XSSFWorkbook wb = new XSSFWorkbook();
        S s = new S(wb, "部门整体", Quirks.NONE);
        s.text(0, 0, "部门整体绩效自评表（2021年度）");
        s.text(1, 0, "部门名称");
        s.text(1, 1, "西部（重庆）科学城融媒体中心");
        s.text(2, 0, "年度总体目标");
        s.text(2, 1, "预期目标");
        s.text(2, 4, "实际完成情况");
        s.text(3, 1, "整合各级各类媒体、户外广告、宣传宣讲活动，为成渝地区双城经济圈和西部（重庆）科学城营造氛围；保障中心人事与日常运转，承担新闻宣传管理、思想文化领域建设");
        s.text(3, 4, "2021年较好完成履职任务");
        s.text(4, 0, "部门预算执行情况");
        s.text(4, 1, "执行率");
        s.text(4, 2, "执行率权重");
        s.text(4, 3, "执行率得分");
        s.text(5, 0, "部门预算执行情况");
        s.text(5, 1, "76%");
        s.num(5, 2, "10");
        s.num(5, 3, "7.6");
        String[] h = {"指标名称", "指标性质", "计量单位", "年初指标值", "完成值", "得分系数", "权重", "得分", "是否核心指标"};
        s.row(6, h);
        String[][] rows = {
                {"财政供养人员控制率", "定量指标", "%", "100%", "92%", "100", "2", "2", "否"},
                {"“三公经费”变动率", null, "%", null, null, "100", "2", "2", "否"},
                {"基础信息完善", null, "%", "100%", "100%", "100", "1", "1", "否"},
                {"预算完成率", null, "%", "70%", "76%", "100", "2", "2", "是"},
                {"预算调整率", null, "%", "3%", "0", "100", "2", "2", "否"},
                {"结转结余率", null, "%", "2%", "0", "100", "2", "2", "是"},
                {"公用经费控制率", null, "%", "100%", "97%", "100", "2", "2", "是"},
                {"“三公经费”控制率", null, "%", null, null, "100", "2", "2", "否"},
                {"政府采购执行率", null, "%", "100%", "72.74%", "100", "2", "2", "是"},
                {"管理制度健全性", "定性指标", null, "高", "高", "100", "3", "3", "否"},
                {"资金使用合规性", null, null, "好", "好", "100", "5", "5", "否"},
                {"预决算信息公开性", null, null, "高", "高", "100", "1", "1", "否"},
                {"资产管理安全", null, null, "好", "好", "100", "2", "2", "否"},
                {"固定资产利用率", "定量指标", "%", "90%", "100%", "100", "2", "2", "否"},
                {"党性教育培训次数", null, "次", null, "12次", "100", "5", "5", "是"},
                {"组织宣传活动次数", null, "次", null, "43次", "100", "10", "10", "是"},
                {"制作宣传品数量", null, "份", null, "20份", "100", "5", "5", "否"},
                {"播发稿件数量", null, "篇", "2200篇", "2859篇", "100", "10", "10", "是"},
                {"业务保障能力提升", null, "%", "90%", "95%", "100", "10", "10", "否"},
        };
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < rows[i].length; c++) {
                if (c >= 5 && c <= 7) {
                    s.num(7 + i, c, rows[i][c]);
                } else {
                    s.text(7 + i, c, rows[i][c]);
                }
            }
        }
        s.text(7 + rows.length, 0, "总分");
        s.num(7 + rows.length, 7, "97.6");
        return wb;
    }

    /**
     * The reference report's 附件1 (深圳市福田区科技和工业信息化局 2024 部门整体支出绩效自评表) as a sheet laid out as the
     * report prints it: 部门名称 and 预算年度; the 年度主要任务 block (任务名称, 主要内容, 完成情况, 预算数（元） and 执行数（元）, each
     * 总数 and 其中财政拨款); the 年度总体目标 (预期目标, 目标完成实际情况: the numbered goals in one cell each); the indicators
     * (一级指标, 二级指标, 三级指标, 预期指标值, 实际完成指标值; a category that does not apply as 不适用 three times). Its
     * cells are the sample's transcription of the report (sample-submission/submission), so importing it must give the
     * sample back; the amounts are numbers, as a unit's sheet keeps them.
     */
    public static XSSFWorkbook futian(Path submission) throws IOException {
        tools.jackson.databind.ObjectMapper json = new tools.jackson.databind.ObjectMapper();
        tools.jackson.databind.JsonNode dept = json.readTree(submission.resolve("department.json").toFile());
        tools.jackson.databind.JsonNode tasks = json.readTree(submission.resolve("tasks.json").toFile()).path("tasks");
        tools.jackson.databind.JsonNode inds = json.readTree(submission.resolve("indicators.json").toFile()).path("indicators");
        XSSFWorkbook wb = new XSSFWorkbook();
        S s = new S(wb, "附件1", Quirks.NONE);
        s.text(0, 0, "附件1");
        s.text(1, 0, "部门整体支出绩效评价指标评分情况");
        s.row(2, "部门名称", dept.path("name").asString(), null, null, null, "预算年度", String.valueOf(dept.path("year").asInt()));
        s.sh.addMergedRegion(new CellRangeAddress(2, 2, 1, 4));
        s.row(3, "年度主要任务", "任务名称", "主要内容", "完成情况", "预算数（元）", null, "执行数（元）");
        s.row(4, "年度主要任务", null, null, null, "总数", "其中财政拨款（元）", "总数", "其中财政拨款（元）");
        s.sh.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
        s.sh.addMergedRegion(new CellRangeAddress(3, 3, 4, 5));
        s.sh.addMergedRegion(new CellRangeAddress(3, 3, 6, 7));
        int r = 5;
        for (tools.jackson.databind.JsonNode t : tasks) {
            s.row(r, "年度主要任务", t.path("name").asString(), t.path("content").asString(null), t.path("completion").asString(null));
            s.num(r, 4, plain(t.path("budget").path("total").path("value")));
            s.num(r, 5, plain(t.path("budget").path("fiscal").path("value")));
            s.num(r, 6, plain(t.path("execution").path("total").path("value")));
            s.num(r, 7, plain(t.path("execution").path("fiscal").path("value")));
            r++;
        }
        s.sh.addMergedRegion(new CellRangeAddress(3, r - 1, 0, 0));
        s.row(r, "年度总体目标完成情况", "预期目标", null, null, "目标完成实际情况");
        s.row(r + 1, "年度总体目标完成情况", numbered(dept.path("overallGoals").path("expected")), null, null,
                numbered(dept.path("overallGoals").path("achieved")));
        s.sh.addMergedRegion(new CellRangeAddress(r, r + 1, 0, 0));
        s.sh.addMergedRegion(new CellRangeAddress(r, r, 1, 3));
        s.sh.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 1, 3));
        s.sh.addMergedRegion(new CellRangeAddress(r, r, 4, 7));
        s.sh.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 4, 7));
        r += 2;
        int head = r;
        s.row(r++, "年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "预期指标值", "实际完成指标值");
        String l1 = null;
        for (tools.jackson.databind.JsonNode i : inds) {
            String v1 = i.path("level1").asString();
            s.text(r, 0, "年度绩效指标完成情况");
            s.text(r, 1, v1.equals(l1) ? null : v1); // a category printed once, on its first row (blank below)
            l1 = v1;
            s.text(r, 2, i.path("level2").asString());
            if (i.path("notApplicable").asBoolean(false)) {
                s.row(r, null, null, null, "不适用", "不适用", "不适用");
            } else {
                s.text(r, 3, i.path("name").asString());
                s.text(r, 4, i.path("target").asString(null));
                s.text(r, 5, i.path("actual").asString(null));
            }
            r++;
        }
        s.sh.addMergedRegion(new CellRangeAddress(head, r - 1, 0, 0));
        return wb;
    }

    /**
     * The reference report's 附件1 and its 附件2 (部门整体支出绩效评分表) in one workbook: 附件2 lists the framework's
     * criteria (一级指标, 二级指标, 三级指标, 分值, 指标说明, 评分标准) with the unit's own score in its last column (*分值, as
     * printed), then 综合评分, 评分等级 and 填表人. The scores are the sample's (self-assessment.json), the criteria the
     * built-in shenzhen-department-2024's. {@code extra}: rows appended after the criteria (a name, its score).
     */
    public static XSSFWorkbook futianWithScores(Path submission, String[]... extra) throws IOException {
        XSSFWorkbook wb = futian(submission);
        tools.jackson.databind.ObjectMapper json = new tools.jackson.databind.ObjectMapper();
        tools.jackson.databind.JsonNode sa = json.readTree(submission.resolve("self-assessment.json").toFile());
        java.util.Map<String, String> score = new java.util.HashMap<>();
        for (tools.jackson.databind.JsonNode c : sa.path("criteria")) {
            score.put(c.path("criterion").asString(), plain(c.path("score")));
        }
        S s = new S(wb, "附件2", Quirks.NONE);
        s.text(0, 0, "附件2");
        s.text(1, 0, "部门整体支出绩效评分表");
        s.row(2, "评价指标", "评价指标", "评价指标", "评价指标", "指标说明", "评分标准", "*分值");
        s.row(3, "一级指标", "二级指标", "三级指标", "分值", "指标说明", "评分标准", "*分值");
        s.sh.addMergedRegion(new CellRangeAddress(2, 2, 0, 3));
        for (int c = 4; c <= 6; c++) {
            s.sh.addMergedRegion(new CellRangeAddress(2, 3, c, c));
        }
        int r = 4;
        String l1 = null;
        String l2 = null;
        for (io.github.jixiao.score.Framework.Leaf l : io.github.jixiao.score.FrameworkLoader.builtIn("shenzhen-department-2024").leaves()) {
            s.text(r, 0, l.level1().equals(l1) ? null : l.level1() + "指标");
            s.text(r, 1, l.level2().equals(l2) ? null : l.level2() + "指标");
            l1 = l.level1();
            l2 = l.level2();
            s.text(r, 2, l.name());
            s.num(r, 3, l.weight().setScale(2).toPlainString());
            s.text(r, 4, l.description());
            s.text(r, 5, l.standard());
            s.num(r, 6, new java.math.BigDecimal(score.get(l.id())).setScale(2).toPlainString());
            r++;
        }
        for (String[] x : extra) {
            s.text(r, 2, x[0]);
            s.text(r, 6, x[1]);
            r++;
        }
        s.row(r++, "综合评分", null, null, null, null, null, plain(sa.path("stated").path("total")));
        s.row(r++, "评分等级", null, null, null, null, null, sa.path("stated").path("grade").asString());
        s.row(r, "填表人", null, null, null, null, null, json.readTree(submission.resolve("department.json").toFile())
                .path("preparer").asString());
        return wb;
    }

    private static String plain(tools.jackson.databind.JsonNode n) {
        return n.isNumber() ? n.decimalValue().toPlainString() : null;
    }

    /** A list of goals as one printed cell: 1、…；2、…. */
    private static String numbered(tools.jackson.databind.JsonNode goals) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < goals.size(); k++) {
            sb.append(k == 0 ? "" : "；").append(k + 1).append('、').append(goals.get(k).asString());
        }
        return sb.toString();
    }

    /**
     * {@code wb} as an Excel 97-2003 workbook (.xls), cell by cell: texts, numbers with their number formats, formulas
     * with their cached values, merged regions, hidden sheets. What a unit gets when it saves the form as .xls.
     */
    public static org.apache.poi.hssf.usermodel.HSSFWorkbook asXls(XSSFWorkbook wb) {
        var xls = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
        java.util.Map<String, org.apache.poi.ss.usermodel.CellStyle> styles = new java.util.HashMap<>();
        for (int k = 0; k < wb.getNumberOfSheets(); k++) {
            XSSFSheet from = wb.getSheetAt(k);
            var to = xls.createSheet(from.getSheetName());
            for (Row row : from) {
                var r = to.createRow(row.getRowNum());
                for (Cell c : row) {
                    var d = r.createCell(c.getColumnIndex());
                    String format = c.getCellStyle().getDataFormatString();
                    if (format != null && !format.equals("General")) {
                        d.setCellStyle(styles.computeIfAbsent(format, f -> {
                            var st = xls.createCellStyle();
                            st.setDataFormat(xls.createDataFormat().getFormat(f));
                            return st;
                        }));
                    }
                    switch (c.getCellType()) {
                        case STRING -> d.setCellValue(c.getStringCellValue());
                        case NUMERIC -> d.setCellValue(c.getNumericCellValue());
                        case BOOLEAN -> d.setCellValue(c.getBooleanCellValue());
                        case FORMULA -> {
                            d.setCellFormula(c.getCellFormula());
                            switch (c.getCachedFormulaResultType()) {
                                case NUMERIC -> d.setCellValue(c.getNumericCellValue());
                                case STRING -> d.setCellValue(c.getStringCellValue());
                                default -> {
                                }
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
            for (CellRangeAddress m : from.getMergedRegions()) {
                to.addMergedRegionUnsafe(m); // as the source has them (a forged file's overlapping ones too)
            }
            xls.setSheetHidden(k, wb.isSheetHidden(k));
        }
        return xls;
    }

    /** A cell's text as the workbook shows it (what a unit types into Word when it copies the table). */
    static String shown(Cell c) {
        switch (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType()) {
            case STRING:
                return c.getStringCellValue();
            case BOOLEAN:
                return c.getBooleanCellValue() ? "是" : "否";
            case NUMERIC:
                if (org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(c)) {
                    return c.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                return Grid.shown(Grid.plain(c.getNumericCellValue()), c.getCellStyle().getDataFormatString());
            default:
                return null;
        }
    }

    /**
     * The first sheet of {@code wb} as a Word document (.docx), as a unit writes its 自评表 in Word: the leading rows
     * of one text (the title, the year) as paragraphs above the table (at most three), the rest as one
     * table cell by cell, the workbook's merged blocks as merged table cells (gridSpan across, vMerge down).
     */
    public static org.apache.poi.xwpf.usermodel.XWPFDocument asDocx(XSSFWorkbook wb) {
        var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        // every sheet one after the other, as a report carries its 附件 (its title lines paragraphs, its cells a table)
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            appendSheet(doc, wb.getSheetAt(i));
        }
        return doc;
    }

    private static void appendSheet(org.apache.poi.xwpf.usermodel.XWPFDocument doc, XSSFSheet sh) {
        int last = sh.getLastRowNum();
        int width = 0;
        for (Row row : sh) {
            width = Math.max(width, row.getLastCellNum());
        }
        int first = 0;
        while (first <= last && first < 3 && onlyColumnA(sh.getRow(first))) {
            String t = sh.getRow(first) == null ? null : shown(sh.getRow(first).getCell(0));
            if (t != null) {
                doc.createParagraph().createRun().setText(t);
            }
            first++;
        }
        var table = doc.createTable(last - first + 1, width);
        for (int r = first; r <= last; r++) {
            var tr = table.getRow(r - first);
            List<org.apache.poi.xwpf.usermodel.XWPFTableCell> cells = new java.util.ArrayList<>(tr.getTableCells());
            // cells covered by a merged block other than its first column are removed (gridSpan); rows below its first
            // continue it (vMerge)
            java.util.Set<Integer> covered = new java.util.HashSet<>();
            for (int c = 0; c < width; c++) {
                CellRangeAddress m = region(sh, r, c);
                var cell = cells.get(c);
                if (m != null && c == m.getFirstColumn()) {
                    var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    if (m.getLastColumn() > m.getFirstColumn()) {
                        pr.addNewGridSpan().setVal(java.math.BigInteger.valueOf(m.getLastColumn() - m.getFirstColumn() + 1));
                        for (int k = m.getFirstColumn() + 1; k <= m.getLastColumn(); k++) {
                            covered.add(k);
                        }
                    }
                    if (m.getLastRow() > m.getFirstRow()) {
                        pr.addNewVMerge().setVal(r == m.getFirstRow()
                                ? org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART
                                : org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.CONTINUE);
                    }
                    if (r != m.getFirstRow()) {
                        continue;
                    }
                }
                Row row = sh.getRow(r);
                String t = row == null || row.getCell(c) == null ? null : shown(row.getCell(c));
                if (t != null && !covered.contains(c)) {
                    cell.setText(t);
                }
            }
            for (int c = width - 1; c >= 0; c--) {
                if (covered.contains(c)) {
                    tr.removeCell(c);
                }
            }
        }
    }

    /** A row of one text: in column A only, or across a block (merged, or its text in every cell of it). */
    private static boolean onlyColumnA(Row row) {
        if (row == null) {
            return true;
        }
        String a = row.getCell(0) == null ? null : shown(row.getCell(0));
        for (Cell c : row) {
            String t = shown(c);
            if (c.getColumnIndex() > 0 && t != null && !t.isBlank() && !t.equals(a)) {
                return false;
            }
        }
        return true;
    }

    private static CellRangeAddress region(XSSFSheet sh, int r, int c) {
        for (CellRangeAddress m : sh.getMergedRegions()) {
            if (m.isInRange(r, c)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Every form workbook built here, by name, each made anew on every call: the national 自评表 (棠溪镇 as printed and with
     * every irregularity of real sheets, 丽江), the 目标表, the 黄石 监控表 and the 重庆 部门整体 table. The tests of the other
     * formats (.xls, a Word table) write each of them in their format and compare the import with the workbook's.
     */
    public static java.util.Map<String, java.util.function.Supplier<XSSFWorkbook>> forms() {
        java.util.Map<String, java.util.function.Supplier<XSSFWorkbook>> all = new java.util.LinkedHashMap<>();
        all.put("tangxi", () -> tangxi(Quirks.NONE));
        all.put("tangxi-all", () -> tangxi(Quirks.ALL));
        all.put("lijiang", FormWorkbooks::lijiang);
        all.put("target", FormWorkbooks::target);
        all.put("huangshi", () -> huangshi(true));
        all.put("chongqing", FormWorkbooks::chongqing);
        return all;
    }

    /** Writes a form workbook in another format (.xls, a Word document) to {@code out}. */
    @FunctionalInterface
    public interface Writer {
        void write(XSSFWorkbook form, java.io.OutputStream out) throws IOException;
    }

    /**
     * Imports {@code form} once as .xlsx (forms/自评表.xlsx) and once written by {@code writer} as {@code file}, into two
     * projects under {@code tmp}; asserts the same files and problems came out, and every JSON file the same byte for
     * byte (the sidecar is the caller's to compare: it names the file and, for a document, other cells). Returns the
     * other format's project.
     */
    public static Path importBoth(Path tmp, String name, java.util.function.Supplier<XSSFWorkbook> form, String file, Writer writer)
            throws Exception {
        Path x = tmp.resolve(name + "-xlsx");
        Path o = tmp.resolve(name + "-other");
        save(form.get(), x.resolve("forms/自评表.xlsx"));
        Files.createDirectories(o.resolve("forms"));
        try (XSSFWorkbook wb = form.get(); OutputStream out = Files.newOutputStream(o.resolve("forms/" + file))) {
            writer.write(wb, out);
        }
        WorkbookImport.Result rx = WorkbookImport.run(x, "forms/自评表.xlsx", x.resolve("submission"), false);
        WorkbookImport.Result ro = WorkbookImport.run(o, "forms/" + file, o.resolve("submission"), false);
        org.junit.jupiter.api.Assertions.assertEquals(rx.written(), ro.written(), name);
        org.junit.jupiter.api.Assertions.assertEquals(rx.problems(), ro.problems(), name);
        org.junit.jupiter.api.Assertions.assertTrue(ro.written().stream().anyMatch(f -> f.endsWith("indicators.json")),
                name + ": " + ro.written());
        for (String f : rx.written()) {
            if (f.matches("printed-framework(-.*)?\\.json")) {
                // a framework of the points printed names where it came from (the file, its cells) in its source: the rest alike
                var json = tools.jackson.databind.json.JsonMapper.builder().build();
                var fx = (tools.jackson.databind.node.ObjectNode) json.readTree(Files.readString(x.resolve(f)));
                var fo = (tools.jackson.databind.node.ObjectNode) json.readTree(Files.readString(o.resolve(f)));
                fx.remove("source");
                fo.remove("source");
                org.junit.jupiter.api.Assertions.assertEquals(fx, fo, name + ": " + f);
            } else if (!f.endsWith(WorkbookImport.CELLS)) {
                org.junit.jupiter.api.Assertions.assertEquals(Files.readString(x.resolve(f)), Files.readString(o.resolve(f)),
                        name + ": " + f);
            }
        }
        return o;
    }

    /** Puts a 填报日期 cell holding 2023-03-15 in a yyyy-mm-dd date format (a number, as Excel keeps dates) in {@code row}. */
    public static void dated(org.apache.poi.ss.usermodel.Workbook wb, Row row) {
        row.createCell(5).setCellValue("填报日期");
        Cell date = row.createCell(6);
        date.setCellValue(java.time.LocalDate.of(2023, 3, 15));
        var st = wb.createCellStyle();
        st.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        date.setCellStyle(st);
    }

    /**
     * A one-sheet table as a unit keeps it: {@code title} in A1, the line of labels and values {@code unitLine} (单位名称,
     * 主管部门 …) in row 2, the column headings in row 3 and the rows under them.
     */
    static XSSFWorkbook table(String sheet, String title, String[] unitLine, String[] heading, String[]... rows) {
        XSSFWorkbook wb = new XSSFWorkbook();
        S s = new S(wb, sheet, Quirks.NONE);
        s.text(0, 0, title);
        s.row(1, unitLine);
        s.row(2, heading);
        for (int k = 0; k < rows.length; k++) {
            s.row(3 + k, rows[k]);
        }
        return wb;
    }

    /**
     * Imports {@code forms/表.xlsx} of {@code project} into its {@code submission} folder: what the import said, each problem
     * as the Chinese log line gives it.
     */
    static List<String> importSaying(Path project, boolean overwrite) throws Exception {
        WorkbookImport.Result r = WorkbookImport.run(project, "forms/表.xlsx", project.resolve("submission"), overwrite);
        return r.problems().stream().map(p -> p.message(new io.github.jixiao.report.Messages(java.util.Locale.CHINA), "x")).toList();
    }

    /**
     * What an import said, each problem and then each note ("note …") as its log line gives it, in {@code locale}'s
     * language: the lists the real tables' import tests hold to what they expect.
     */
    static List<String> said(WorkbookImport.Result r, java.util.Locale locale) {
        io.github.jixiao.report.Messages m = new io.github.jixiao.report.Messages(locale);
        List<String> out = new java.util.ArrayList<>();
        r.problems().forEach(p -> out.add(p.message(m, "x")));
        r.notes().forEach(p -> out.add("note " + p.message(m, "x")));
        return out;
    }

    /**
     * Makes the sheet {@code name} of {@code wb} (a clone of the tangxi form's sheet) another project's table: its 项目名称
     * (C3) gets a suffix. A clone left as it is is the same table, which the import reads once (a copied sheet, session 45).
     */
    static void anotherProject(XSSFWorkbook wb, String name) {
        var cell = wb.getSheet(name).getRow(2).getCell(2);
        cell.setCellValue(cell.getStringCellValue() + "（二）");
    }

    public static Path save(XSSFWorkbook wb, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file); wb) {
            wb.write(out);
        }
        return file;
    }
}
