package io.github.jixiao.workbook;

import java.nio.file.Path;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The generator of the workbooks under test resources {@code real-table-workbooks/}: real tables whose cells are known only
 * from their SOURCE.md (no published spreadsheet is stored), each rebuilt cell by cell as SOURCE.md prints it, merges where
 * it says a cell is merged, numbers as numbers. The .xlsx files were written once by {@link #main} and are committed; the
 * tests import the committed files ({@code RealTableWorkbooksImportTest}), and {@code RealTableWorkbooksImportTest.workbooksAreTheGenerators}
 * holds each committed file to what this class builds, cell by cell, so neither changes without the other.
 *
 * <p>To write them again (after adding or changing a builder), offline, from the repository's root:
 * {@code ./mvnw -B -o -pl plugin test -Dtest=RealTableWorkbooksImportTest#workbooksAreTheGenerators -Djixiao.updateWorkbooks=true}:
 * it writes each file that is missing or whose cells differ from its builder's into plugin/src/test/resources/real-table-workbooks
 * (the others are left byte for byte); then run the tests again without the property, and commit the files. ({@link #main}
 * does the same for all of them given the folder, for a hand-built class path.)
 *
 * <p>Since session 35 these also hold t40 and t41 (海南, HainanImportTest), t51–t54 (RealTablesImport30Test) and t56
 * (RealTablesImport31Test), whose sheets those tests built in code before; a test's variant of a table (a heading spelt
 * otherwise, a cell blanked) is the committed file {@link #edited}. t55 (广水 2021) is a .docx (FourTables27) and stays built.
 */
public final class RealTableWorkbooks {
    private RealTableWorkbooks() {
    }

    /** The committed workbooks: file name, builder. */
    static final String T57 = "t57-baodi-fenwu-2022.xlsx";
    static final String T46 = "t46-ningde-dizhen-2020.xlsx";
    static final String T13 = "t13-xiangyang-zhongxin-2021.xlsx";
    static final String T18 = "t18-shangwu-fuwumaoyi-2020.xlsx";
    static final String T40 = "t40-meilan-wentiguangchang-2016.xlsx";
    static final String T41 = "t41-hainan-hongguan-2012.xlsx";
    static final String T51 = "t51-ningjin-zhuxuejin-2019.xlsx";
    static final String T52 = "t52-hbust-zizhu-2021.xlsx";
    static final String T53 = "t53-jishan-gongwei-2021.xlsx";
    static final String T54 = "t54-suixi-linshijiuzhu-2019.xlsx";
    static final String T56 = "t56-jinbu-yuye-2020.xlsx";
    static final String T58 = "t58-lvliang-hugong-2021.xlsx";
    static final String T59 = "t59-ningde-rencaiyizhan-2023.xlsx";
    static final String T60 = "t60-nanyue-yulu-2023.xlsx";
    static final String T61 = "t61-ningxia-fucai-2023.xlsx";
    static final String T62 = "t62-xinzhou-chujutuan-2020.xlsx";
    static final String T63 = "t63-fengjie-yunwu-2023.xlsx";
    static final String T68 = "t68-tianjiaan-jiuye-2024.xlsx";
    static final String T69 = "t69-tianchang-tanghu-2020.xlsx";
    static final String T70 = "t70-hengshan-guantang-2023.xlsx";
    static final String T64 = "t64-tongxin-xiamaguan-2023.xlsx";
    static final String T65 = "t65-guiping-shenji-2019.xlsx";
    static final String T66 = "t66-bumen-zhibiao-13.xlsx";
    static final String T71 = "t71-luohu-nanhu-pinggaiguan-2022.xlsx";
    static final String T72 = "t72-zhongxian-kexie-2024.xlsx";
    static final String T73 = "t73-wuyi-fangchen-2019.xlsx";
    static final String T74 = "t74-qingjian-guoyuanlu-2021.xlsx";
    static final String T32 = "t32-wuhai-zaisheng-2021.xlsx";
    static final String T33 = "t33-jingyan-mata-2023.xlsx";
    static final String T75 = "t75-tongnan-wugui-2023.xlsx";
    static final String T76 = "t76-zhongxian-shengzhu-2022.xlsx";
    static final String T27 = "t27-huanggang-shuibao-2020.xlsx";

    static XSSFWorkbook build(String file) {
        return switch (file) {
            case T57 -> baodi2022();
            case T46 -> dizhen2020();
            case T13 -> xiangyang2021();
            case T18 -> shangwu2020();
            case T40 -> meilan2016();
            case T41 -> hongguan2012();
            case T51 -> ningjin2019();
            case T52 -> hbust2021();
            case T53 -> jishan2021();
            case T54 -> suixi2019();
            case T56 -> jinbu2020();
            case T58 -> RealTableWorkbooks37.lvliang2021();
            case T59 -> RealTableWorkbooks37.rencaiyizhan2023();
            case T60 -> RealTableWorkbooks37.yulu2023();
            case T61 -> RealTableWorkbooks37.fucai2023();
            case T62 -> RealTableWorkbooks37.chujutuan2020();
            case T63 -> RealTableWorkbooks37.yunwu2023();
            case T68 -> RealTableWorkbooks37.jiuye2024();
            case T69 -> RealTableWorkbooks37.tanghu2020();
            case T70 -> RealTableWorkbooks37.guantang2023();
            case T64 -> RealTableWorkbooks38.xiamaguan2023();
            case T65 -> RealTableWorkbooks38.shenji2019();
            case T66 -> RealTableWorkbooks38.zhibiao13();
            case T71 -> RealTableWorkbooks38.nanhu2022();
            case T72 -> RealTableWorkbooks38.kexie2024();
            case T73 -> RealTableWorkbooks38.fangchen2019();
            case T74 -> RealTableWorkbooks38.guoyuanlu2021();
            case T32 -> RealTableWorkbooks38.zaisheng2021();
            case T33 -> RealTableWorkbooks38.mata2023();
            case T75 -> RealTableWorkbooks39.wugui2023();
            case T76 -> RealTableWorkbooks39.shengzhu2022();
            case T27 -> huanggang2020();
            default -> throw new IllegalArgumentException(file);
        };
    }

    static final String[] FILES = {T57, T46, T13, T18, T40, T41, T51, T52, T53, T54, T56, T58, T59, T60, T61, T62, T63, T68, T69,
            T70, T64, T65, T66, T71, T72, T73, T74, T32, T33, T75, T76, T27};

    /** The committed workbook {@code file} (test resources real-table-workbooks/). */
    static XSSFWorkbook committed(String file) throws java.io.IOException {
        try (java.io.InputStream in = RealTableWorkbooks.class.getResourceAsStream("/real-table-workbooks/" + file)) {
            if (in == null) {
                throw new java.io.FileNotFoundException("real-table-workbooks/" + file
                        + ": not written yet (see this class's Javadoc for the command that writes it)");
            }
            return new XSSFWorkbook(in);
        }
    }

    /** The committed workbook {@code file} with {@code edit} applied to its first sheet (a variant of the table as printed). */
    static XSSFWorkbook edited(String file, java.util.function.Consumer<FormWorkbooks.S> edit) throws java.io.IOException {
        XSSFWorkbook wb = committed(file);
        edit.accept(new FormWorkbooks.S(wb.getSheetAt(0)));
        return wb;
    }

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

    /**
     * t27: 黄冈市水土保持与农田水利科研所 2020, 水土保持监测项目绩效自评表 (SOURCE.md's cells as printed): t13's 20 + 80 header
     * ({@link #hubeiHeader}) with the 80 printed as two blocks, 年度绩效目标1（40分） and 年度绩效目标2（40分）, each left of its own
     * 一级指标 / 二级指标 / 三级指标 / 年初目标值(A) / 实际完成值(B) / 得分 heading and merged down it and its four rows; 年度财政资金总额
     * 10 / 10 / 100% / 20; a 效益指标 with nothing beside it in block 1, a 效益指标 社会效益指标 and a 满意度指标 服务对象满意度指标 with
     * nothing beside them in block 2; 总分 99.6, the two closing cells blank. The tick boxes of 项目类别 / 属性 / 类型 do not survive in
     * the copy: the form's choices are printed, unticked, as t13's.
     */
    static XSSFWorkbook huanggang2020() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "Sheet1", new FormWorkbooks.Quirks(true, false, false, false, false, false));
        int r = hubeiHeader(s, "2020年度水土保持监测项目绩效自评表", "黄冈市水土保持与农田水利科研所", "2021年3月10日", "水土保持监测",
                "黄冈市水利和湖泊局", "本单位", "10", "10");
        s.text(9, 0, "年度绩效目标1（40分）");
        String[][] block1 = {
                {"产出指标", "质量指标", "监测数据必须合格", "100%", "100%", "10"},
                {"", "进度指标", "取得2018-2022监测资料", "100%", "100%", "10"},
                {"效益指标", "", "", "", "", ""},
                {"满意度指标", "服务对象满意度指标", "整编资料审核", "98%", "98%", "19.6"}};
        String[][] block2 = {
                {"产出指标", "质量指标", "监测数据资料整编", "100%", "100%", "20"},
                {"", "进度指标", "完成年度资料上报", "100%", "100%", "20"},
                {"效益指标", "社会效益指标", "", "", "", ""},
                {"满意度指标", "服务对象满意度指标", "", "", "", ""}};
        for (int k = 0; k < block1.length; k++) {
            s.row(r + k, "", block1[k][0], block1[k][1], block1[k][2], block1[k][3], block1[k][4]);
            if (!block1[k][5].isEmpty()) {
                s.num(r + k, 6, block1[k][5]);
            }
        }
        s.merge(9, r + block1.length - 1, 0, 0);
        s.merge(r, r + 1, 1, 1);
        int h2 = r + block1.length;
        s.row(h2, "年度绩效目标2（40分）", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分");
        for (int k = 0; k < block2.length; k++) {
            s.row(h2 + 1 + k, "", block2[k][0], block2[k][1], block2[k][2], block2[k][3], block2[k][4]);
            if (!block2[k][5].isEmpty()) {
                s.num(h2 + 1 + k, 6, block2[k][5]);
            }
        }
        int end = h2 + 1 + block2.length;
        s.merge(h2, end - 1, 0, 0);
        s.merge(h2 + 1, h2 + 2, 1, 1);
        s.row(end, "总分");
        s.num(end, 6, "99.6");
        s.merge(end, end, 0, 5);
        s.row(end + 1, "偏差大或目标未完成原因分析");
        s.merge(end + 1, end + 1, 1, 6);
        s.row(end + 2, "改进措施及结果应用方案");
        s.merge(end + 2, end + 2, 1, 6);
        return wb;
    }

    /** t52: 湖北科技学院 2021 (session 30; SOURCE.md): 一级 and 二级 on every row, a sixth column with no heading. */
    static XSSFWorkbook hbust2021() {
        return FormWorkbooks.table("Sheet1", "2021年度本专科生奖助学金项目自评结果",
                new String[] {"单位名称", "湖北科技学院"},
                new String[] {"一级指标", "二级指标", "指标名称", "目标值", "实际完成值", ""},
                new String[] {"产出指标", "质量指标", "奖助政策学生知晓率", "100%", "100%", ""},
                new String[] {"产出指标", "质量指标", "受资助本专科困难学生覆盖率", "99%", "99%", ""},
                new String[] {"产出指标", "质量指标", "退役士兵考入高校应助学生享受资助比例", "100%", "100%", ""},
                new String[] {"产出指标", "质量指标", "高校学生应征入伍应受助学生享受资助比例", "100%", "100%", ""},
                new String[] {"产出指标", "数量指标", "受资助本专科学生人数", "14726", "15935", ""},
                new String[] {"产出指标", "质量指标", "国家奖学金按标准发放率", "100%", "100%", ""},
                new String[] {"效益指标", "社会效益指标", "评审程序是否客观公正", "是", "是", ""},
                new String[] {"效益指标", "社会效益指标", "家庭经济困难学生完成学业率", "100%", "100%", ""},
                new String[] {"效益指标", "服务对象满意度指标", "资助学生满意度", "95%", "95%", ""});
    }

    /** t51: 宁晋 2019 (session 30; SOURCE.md): 评价指标 | 评价内容 | 指标名称 | 指标说明 | 目标值 | 分值 | 备注, 总分 100. */
    static XSSFWorkbook ningjin2019() {
        return FormWorkbooks.table("Sheet1", "2019年度宁晋县高中助学金项目绩效评价指标表", new String[] {""},
                new String[] {"评价指标", "评价内容", "指标名称", "指标说明", "目标值", "分值", "备注"},
                new String[] {"项目年度绩效目标(定量指标)", "制度指标", "规章制度", "建立与否", "", "20", ""},
                new String[] {"", "产出数量指标", "享受资助人数", "达到预计值", "2100", "10", ""},
                new String[] {"", "", "资金支出率", "达到目标值", "95%", "10", ""},
                new String[] {"", "质量指标", "建档立卡学生", "全面覆盖", "100%", "10", ""},
                new String[] {"", "", "资助对象满意度", "达到目标值", "95%以上", "10", ""},
                new String[] {"", "时效指标", "及时发放率", "达到目标值", "100%", "20", ""},
                new String[] {"", "成本指标", "资助标准达标率", "", "100%", "20", ""},
                new String[] {"总分", "", "", "", "", "100", ""});
    }

    /** t53: 稷山 2021, 翟店镇卫生院 (session 30; SOURCE.md): its header and first two rows (as the test holds them). */
    static XSSFWorkbook jishan2021() {
        return FormWorkbooks.table("Sheet1", "稷山县项目支出绩效自评表 (2021年度)",
                new String[] {"项目名称", "国家基本公共卫生服务"},
                new String[] {"主管部门", "稷山县卫生健康和体育局", "实施单位", "稷山县翟店镇卫生院"},
                new String[] {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
                new String[] {"产出指标", "数量指标", "指标1:居民健康档案", "38508人", "37442人", "3", "3"},
                new String[] {"", "", "指标2:发放健康教育资料", "不少于12 种", "14种", "1", "1"});
    }

    /** t54: 濉溪 2019 (session 30; SOURCE.md): the ★ marks and template hints, >= and <=, 元/人*月, the satisfaction row cut. */
    static XSSFWorkbook suixi2019() {
        return FormWorkbooks.table("Sheet1", "绩效目标自评表 (2019年度)",
                new String[] {"项目名称", "临时救助", "主管部门", "[155]濉溪县民政局"},
                new String[] {"一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"},
                new String[] {"产出指标(50分)", "数量指标", "★★★农村低保发放人数(按月平均)(≥**人)", "5", ">=21933人", "21980人", "5", ""},
                new String[] {"", "", "★★★其中:农村低保对象中建档立卡贫困人口数量(按月平均)(≥**人)", "5", ">=9431人", "9453人", "5", ""},
                new String[] {"", "", "★★★建档立卡贫困人口中接受临时救助的人次数(≥**人次)", "5", ">=59人次", "87人次", "5", ""},
                new String[] {"", "", "★★★特困人员救助供养人数(按月平均)(≥**人)", "5", ">=4754人", "4604人", "5", "特困人员实行动态管理"},
                new String[] {"", "", "扶贫临时救助人数(按月平均)(≥**人)", "10", ">=7人", "7人", "10", ""},
                new String[] {"", "质量指标", "★农村低保标准(≥**元/人·月)", "5", ">=530元/人*月", "583元/人*月", "5", ""},
                new String[] {"", "", "农村特困人员救助供养基本生活标准(≥**元/人·月)", "5", ">=570元/人*月", "758元/人*月", "5", ""},
                new String[] {"", "", "扶贫临时救助标准(<**元/户·年)——一户年最高5300元", "10", "<=5300元/户", "5830元/户", "10", ""},
                new String[] {"效益指标(30分)", "社会效益指标", "★★★受益建档立卡贫困人口数≥**人", "30", ">=80人", "87人", "30", ""},
                new String[] {"满意度指标(10分)", "服务对象满意度指标", "★受助对象满意度(≥**%)", "10", "", "", "", ""});
    }

    /**
     * t56: 2020年度长江禁捕项目自评表 (session 31; SOURCE.md's cells as printed): the 20 + 80 自评表 of t13 and t18, the funds
     * row's 执行率 printed 1 (B/A), the 效益指标 label with nothing beside it, the footer's two 无.
     */
    static XSSFWorkbook jinbu2020() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "Sheet1", FormWorkbooks.Quirks.NONE);
        s.text(0, 0, "2020年度长江禁捕项目自评表");
        s.row(1, "单位名称：农业工作科", "", "", "", "", "填报日期：");
        s.row(2, "项目名称", "渔业成品油价格改革补贴");
        s.row(3, "主管部门", "区市场监督管理局", "", "项目实施单位", "农业科");
        s.row(4, "项目类别", "1、部门预算项目 2、市直专项 3、市对下转移支付项目");
        s.row(5, "项目属性", "1、持续性项目 2、新增性项目");
        s.row(6, "项目类型", "1、常年性项目 2、延续性项目 3、一次性项目");
        s.row(7, "预算执行情况(万元)(20分)", "", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)");
        s.row(8, "", "年度财政资金总额");
        s.num(8, 2, "1.56");
        s.num(8, 3, "1.56");
        s.num(8, 4, "1");
        s.num(8, 5, "20");
        s.row(9, "年度绩效目标(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分");
        s.row(10, "", "产出指标", "数量指标", "补贴渔船数", "6", "6", "20");
        s.row(11, "", "", "质量指标", "渔船补贴发放率", "100%", "100%", "10");
        s.row(12, "", "", "时效指标", "12月底之前完成", "100%", "100%", "10");
        s.row(13, "", "效益指标", "", "", "", "", "");
        s.row(14, "", "满意度指标", "服务对象满意度", "退捕渔民抽样调查满意度", "90%", "≥90%", "40");
        s.row(15, "总分", "", "", "", "", "", "100");
        s.row(16, "偏差大或目标未完成原因分析", "无");
        s.row(17, "改进措施及结果应用方案", "无");
        return wb;
    }

    /**
     * t40: 海口 美兰区 2016, 海南's 项目绩效目标表 (session 31; SOURCE.md): 指标类型 | 指标名称 | 绩效目标 | 绩效标准 优 / 良 / 中 / 差,
     * the type merged down over its row and the "……" row under it.
     */
    static XSSFWorkbook meilan2016() {
        XSSFWorkbook wb = hainan(new String[] {"指标类型", "指标名称", "绩效目标", "绩效标准", "", "", ""},
                new String[] {"", "", "", "优", "良", "中", "差"},
                new String[] {"产出指标", " 7个社区(乡镇)文体广场改建或新建工作", "完成区政府为民办实事", "满意率98%以上", "满意率80%以上",
                        "满意率50%以上", "满意率30%以下"},
                new String[] {"", "……", "", "", "", "", ""},
                new String[] {"成效指标", "社会效益", "得到领导的充分肯定,极大的丰富和活跃了人民群众的文体生活", "满意率98%以上", "满意率80%以上",
                        "满意率50%以上", "满意率30%以下"},
                new String[] {"", "……", "", "", "", "", ""});
        wb.getSheetAt(0).addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
        wb.getSheetAt(0).addMergedRegion(new CellRangeAddress(6, 7, 0, 0));
        return wb;
    }

    /** t41: 海南省人民政府研究室 2012, the 2013 form's 项目绩效目标表 as printed (session 31; SOURCE.md). */
    static XSSFWorkbook hongguan2012() {
        String[] grades = {"全部完成", "80%", "60%", "60%以下"};
        XSSFWorkbook wb = hainan(new String[] {"指标类型", "绩效指标", "年初绩效目标", "调整后绩效目标(如有)", "绩效标准", "", "", ""},
                new String[] {"", "", "", "", "优(年初/调整后)", "良(年初/调整后)", "中(年初/调整后)", "差(年初/调整后)"},
                row("产出指标", "指标1:海南宏观经济形势分析与预测半年报告、全年报告和11期景气报告", "全部完成", "无", grades),
                row("", "指标2:", "", "", new String[] {"", "", "", ""}),
                row("成效指标", "指标:以报告的进度衡量标准", "全部完成", "无", grades),
                row("效率指标", "指标:以资金的使用进度为衡量标准", "全部完成", "无", grades));
        wb.getSheetAt(0).addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
        return wb;
    }

    /** The table's two-row heading: {@code heading} over {@code grades} (绩效标准 merged over them), the rest merged down. */
    static XSSFWorkbook hainan(String[] heading, String[] grades, String[]... rows) {
        String[][] all = new String[rows.length + 1][];
        all[0] = grades;
        System.arraycopy(rows, 0, all, 1, rows.length);
        XSSFWorkbook wb = FormWorkbooks.table("Sheet1", "项目绩效目标表", new String[] {""}, heading, all);
        XSSFSheet sh = wb.getSheetAt(0);
        int first = heading.length - 4;
        for (int c = 0; c < first; c++) {
            sh.addMergedRegion(new CellRangeAddress(2, 3, c, c));
        }
        sh.addMergedRegion(new CellRangeAddress(2, 2, first, first + 3));
        return wb;
    }

    private static String[] row(String type, String name, String target, String adjusted, String[] grades) {
        String[] r = new String[4 + grades.length];
        r[0] = type;
        r[1] = name;
        r[2] = target;
        r[3] = adjusted;
        System.arraycopy(grades, 0, r, 4, grades.length);
        return r;
    }

    /** Writes every workbook of {@link #FILES} into the folder {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        for (String f : FILES) {
            FormWorkbooks.save(build(f), Path.of(args[0]).resolve(f));
        }
    }
}
