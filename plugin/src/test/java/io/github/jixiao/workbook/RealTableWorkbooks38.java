package io.github.jixiao.workbook;

import static io.github.jixiao.workbook.RealTableWorkbooks37.cell;
import static io.github.jixiao.workbook.RealTableWorkbooks37.rows;
import static io.github.jixiao.workbook.RealTableWorkbooks37.sheet;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The builders of the committed workbooks of real tables t64–t66 and t71–t74 (session 38; {@link RealTableWorkbooks} names the
 * files and writes them), as {@link RealTableWorkbooks37} builds t58–t70 (with its sheet, cell and rows helpers): each sheet as its SOURCE.md prints the cells, merged
 * where a heading or a 一级 spans rows or columns, a heading wrapped in the copy ("实际 完成值") with its line break, numbers as
 * numbers (an amount the copy prints with thousands separators, 1,437 or 3,724,055.00, as a number so formatted), a percent or
 * an amount printed with its unit as text. A stored copy's own end (a row cut inside a cell) is left out, as in the hand
 * transcription. t64 is a 公示's prose, one paragraph a line in column A, as it is pasted into a sheet.
 */
final class RealTableWorkbooks38 {
    private RealTableWorkbooks38() {
    }

    /** An amount printed with thousands separators: the number, formatted #,##0 or #,##0.00 as printed. */
    private static void money(FormWorkbooks.S s, int r, int c, String printed) {
        String v = printed.replace(",", "");
        s.cell(r, c).setCellValue(Double.parseDouble(v));
        org.apache.poi.ss.usermodel.CellStyle st = s.sh.getWorkbook().createCellStyle();
        st.setDataFormat(s.sh.getWorkbook().createDataFormat().getFormat(v.contains(".") ? "#,##0.00" : "#,##0"));
        s.cell(r, c).setCellStyle(st);
    }

    /**
     * t64: 同心县 下马关镇 2023's 公示 (SOURCE.md's text): no table, the 公示's paragraphs one a line in column A (its funds and
     * 建设内容 sentence, its 总体绩效目标, then the indicator part whole), as a finance officer pastes a 公示 into a sheet.
     */
    static XSSFWorkbook xiamaguan2023() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        String[] lines = {
                "关于下马关镇设施农业黄金蜜(葡萄)种植项目绩效目标设定的公示",
                "资金 50万元(宁财(农)指标[2022]605号 至 同财农(农)指标〔2023〕2-1号)。",
                "建设内容:按照1760株/栋的标准,在10栋设施温棚中种植黄金蜜(葡萄)。",
                "总体绩效目标:增加特色产业产值80万元,受益脱贫户、监测户10户,促使脱贫户、监测户增加收入80万元。",
                "一、产出指标",
                "数量指标:★补助各类瓜果蔬菜种植数量,黄金蜜(葡萄)种植数量(≥**株)>=17600株;种植作物成活率(≥**%)>=85;",
                "时效指标:完成及时率(≥**%)>=100%。成本指标:作物种植补助标准,黄金蜜(葡萄)补助成本(≤**元/株)≤28.40/株。",
                "二、效益指标",
                "效益指标:经济效益指标:脱贫地区特色产业产值(≥**万元)≥80万元,促使脱贫户、监测户增加收入(≥**万元)≥80万元;",
                "社会效益目标:★★★受益脱贫户、监测户人口数(≥**户)≥10户。生态效益指标:生态修复功能提高。可持续影响指标,持续发展。",
                "三、满意度指标",
                "服务对象满意度指标,受益脱贫户满意度(≥**%)≥95%。"};
        for (int k = 0; k < lines.length; k++) {
            s.text(k, 0, lines[k]);
        }
        return wb;
    }

    /**
     * t65: 桂平市审计局 2019's 部门整体支出绩效评价自评报告 (SOURCE.md's cells): the cover's label | value lines, 一、收支概况 with
     * 计划安排资金(万元) | 实际到位资金(万元) side by side over their source lines (其中:中央财政, 自治区财政, 市县财政, 其它; only
     * 市县财政 with a figure) and 实际支出(万元), then 二、年度决算报表支出明细's 21 economic lines and 支出合计 (its last cell, cut
     * "565" in the copy, as SOURCE.md reads it: 565.75).
     */
    static XSSFWorkbook shenji2019() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "桂平市部门整体支出绩效评价自评报告\n(2019年度)");
        s.merge(0, 0, 0, 3);
        String[][] cover = {{"部门(单位)名称", "桂平市审计局"}, {"部门(单位)主要负责人", "廖科"}, {"部门(单位)财务负责人", "谢晓明"},
                {"评价方式", "部门(单位)绩效评价自评"}, {"评价机构", "部门(单位)评价组"}};
        for (int k = 0; k < cover.length; k++) {
            s.row(1 + k, cover[k][0], cover[k][1]);
            s.merge(1 + k, 1 + k, 1, 3);
        }
        s.text(6, 0, "桂平市财政局制·2020年版");
        s.merge(6, 6, 0, 3);
        s.text(7, 0, "一、收支概况");
        s.merge(7, 7, 0, 3);
        rows(s, 8, 0, new String[][] {
                {"计划安排资金(万元)", "715.18", "实际到位资金(万元)", "715.18"},
                {"其中:中央财政", "", "其中:中央财政"},
                {"自治区财政", "", "自治区财政"},
                {"市县财政", "715.18", "市县财政", "715.18"},
                {"其它", "", "其它"},
                {"实际支出(万元)", "565.75"}});
        s.merge(13, 13, 1, 3);
        s.text(14, 0, "二、年度决算报表支出明细");
        s.merge(14, 14, 0, 3);
        s.row(15, "支出内容(经济科目)", "计划支出数", "实际支出数");
        rows(s, 16, 0, new String[][] {
                {"基本工资及津贴补贴", "118.91", "129.20"}, {"奖金", "56.22", "65.95"}, {"机关事业单位基本养老保险缴费", "31.4", "28.57"},
                {"职工基本医疗保险缴费", "6.71", "7.03"}, {"其他社会保险缴费", "2.16", "8.96"}, {"住房公积金", "14.09", "14.88"},
                {"其他工资福利支出", "33.94", "22.47"}, {"对个人和家庭的补助", "1.44", "1.44"}, {"抚恤金", "0", "37.50"},
                {"办公费", "149.35", "39.05"}, {"水费", "0.3", "0.25"}, {"电费", "0.9", "3.01"}, {"邮电费", "4.24", "3.99"},
                {"差旅费", "45", "28.88"}, {"培训费", "20", "4.78"}, {"其他审计事务支出", "0.9", "1.47"}, {"公务接待费", "4.5", "0.99"},
                {"公务用车运行维护费", "4.8", "2.33"}, {"其他交通费用", "18.42", "18.42"}, {"其他商品和服务支出", "25", "4.70"},
                {"委托业务费", "176.9", "141.88"}, {"支出合计", "715.18", "565.75"}});
        return wb;
    }

    /**
     * t66: 附件1 部门整体支出绩效评价指标表 (SOURCE.md's cells): 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评价标准 |
     * 指标说明 | 得分, 投入 13 and 预算配置 13 merged down the two criteria. The copy ends at the next 一级's first character ("过"):
     * left out.
     */
    static XSSFWorkbook zhibiao13() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "附件1");
        s.text(1, 0, "部门整体支出绩效评价指标表");
        s.merge(1, 1, 0, 8);
        s.row(2, "一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评价标准", "指标说明", "得分");
        rows(s, 3, 0, new String[][] {
                {"投入", "13", "预算配置", "13", "在职人员控制率", "5", "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。",
                        "在职人员控制率=(在职人员数/编制数)×100%,在职人员数:部门(单位)实际在职人数,以财政厅确定的部门决算编制口径为准。"
                                + "编制数:机构编制部门核定批复的部门(单位)的人员编制数。", "5"},
                {"", "", "", "", "“三公经费”变动率", "8", "“三公经费”变动率≦0,计8分;“三公经费”>0,每超过一个百分点扣0.8分,扣完为止。",
                        "“在公经费”变动率=[(本年度“三公经费”预算数-上年度“三公经费”预算数)/上年度“三公经费”预算数]×100%", "8"}});
        for (int c = 0; c < 4; c++) {
            s.merge(3, 4, c, c);
        }
        return wb;
    }

    /**
     * t71: 罗湖区 南湖街道 2022's 绩效自评表 of a 专项债券 project (SOURCE.md's cells; no title in the copy): 项目名称 | 投向领域,
     * 项目主管部门 | 项目单位, 项目实施内容, 年度绩效目标 over 预期目标 | 全年实际完成情况 and the two texts, then 当年绩效指标 merged down
     * the bond row, its figures, the indicator heading and the four rows: the bond row 债券资金管理指标(10分) | 总体支出进度
     * (当年实际支出金额/项目当年下达额度) (each merged down two lines) | 实际支出\n金额 | 下达\n额度 | 实际\n完成值 | 分值 | 得分 |
     * 偏差原因分析\n及改进措施 over 1,437 | 1,437 | 1,437 | 10 | 10; 产出指标\n(50分) merged down its rows, each 二级 down theirs. The
     * copy ends inside the fifth row's target ("1"): left out.
     */
    static XSSFWorkbook nanhu2022() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.row(0, "项目名称", "罗湖区全面实施“瓶改管”工程 (南湖街道)", "", "", "", "投向领域", "", "老旧小区改造领域15500");
        s.merge(0, 0, 1, 4);
        s.merge(0, 0, 5, 6);
        s.merge(0, 0, 7, 8);
        s.row(1, "项目主管部门", "罗湖区住房和建设局", "", "", "", "项目单位", "", "罗湖区南湖街道办事处");
        s.merge(1, 1, 1, 4);
        s.merge(1, 1, 5, 6);
        s.merge(1, 1, 7, 8);
        s.row(2, "项目实施内容", "2022年,我街道按照“应改尽改、能改全改”“成熟一个、进场一个、完工一个、验收一个、接驳一个、供气一个”的工作原则,"
                + "对辖区11个住宅小区、1个城中村,共计1806户住户开展燃气管道改造。");
        s.merge(2, 2, 1, 8);
        s.row(3, "年度绩效目标", "预期目标", "", "", "", "全年实际完成情况");
        s.row(4, "", "目标1:2022年12月30日前实现工程完工,有利于消除瓶装液化气安全风险,实现管道天然气全覆盖,切实保障老旧住宅区及城中村用气安全。"
                + " 目标2:罗湖区全面实施瓶改管工程(南湖街道)2022年6月份开工,对南湖街道符合要求的12个住宅小区以及城中村完成天然气管道改造。",
                "", "", "", "瓶改管工程于2022年12月14日前完工,对南湖街道符合要求的12个住宅小区以及城中村完成天然气管道改造工作,有利于消除瓶装"
                        + "液化气安全风险,实现管道天然气全覆盖,切实保障老旧住宅区及城中村用气安全。");
        s.merge(3, 4, 0, 0);
        s.merge(3, 3, 1, 4);
        s.merge(3, 3, 5, 8);
        s.merge(4, 4, 1, 4);
        s.merge(4, 4, 5, 8);
        s.row(5, "当年绩效指标", "债券资金管理指标(10分)", "总体支出进度 (当年实际支出金额/项目当年下达额度)", "实际支出\n金额", "下达\n额度",
                "实际\n完成值", "分值", "得分", "偏差原因分析\n及改进措施");
        money(s, 6, 3, "1,437");
        money(s, 6, 4, "1,437");
        money(s, 6, 5, "1,437");
        s.num(6, 6, "10");
        s.num(6, 7, "10");
        s.merge(5, 6, 1, 1);
        s.merge(5, 6, 2, 2);
        s.row(7, "", "一级指标", "二级指标", "三级指标", "目标值", "实际\n完成值", "分值", "得分", "偏差原因分析\n及改进措施");
        rows(s, 8, 1, new String[][] {
                {"产出指标\n(50分)", "数量指标", "城中村、住宅区任务完成量", "12个", "12个", "10", "10"},
                {"", "", "城中村、住宅区任务完成套数", "1785套", "1806套", "5", "5"},
                {"", "", "实现\"清瓶\"城中村、住宅区数", "12个", "12个", "5", "5"},
                {"", "质量指标", "管道天然气年度改造任务完成率", "100%", "100%", "5", "5"}});
        s.merge(5, 11, 0, 0);
        s.merge(8, 11, 1, 1);
        s.merge(8, 10, 2, 2);
        return wb;
    }

    /**
     * t72: 忠县科学技术协会 2024年度部门整体绩效自评表 (SOURCE.md's cells): the title, 项目名称: | 项目编码: | 自评总分: on one line,
     * 项目主管部门: | 财政归口处室: | 部门联系人: | 联系电话: (the person and number left out, as by hand), 资金情况 over the heading
     * (年初预算数 … 执行率得分) and three lines, amounts in 元 as printed with thousands separators (the 执行率 96.85, 10.00, 9.68 on
     * the 其中:财政拨款 line, 96.85 on 一般公共预算), 绩效目标 over 年初绩效目标 | 全年(调整)绩效目标 | 全年目标实际完成情况 and the
     * first text (the second, cut in the copy, left out as by hand).
     */
    static XSSFWorkbook kexie2024() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "2024年度部门整体绩效自评表");
        s.merge(0, 0, 0, 7);
        s.row(1, "项目名称:", "重庆市忠县科学技术协会整体监控", "", "项目编码:", "50023300024P000060", "", "自评总分:", "99.68");
        s.num(1, 7, "99.68");
        s.merge(1, 1, 1, 2);
        s.merge(1, 1, 4, 5);
        s.row(2, "项目主管部门:", "705-重庆市忠县科学技术协会", "", "财政归口处室:", "", "部门联系人:", "", "联系电话:");
        s.merge(2, 2, 1, 2);
        s.text(3, 0, "资金情况");
        s.merge(3, 3, 0, 7);
        s.row(4, "", "年初预算数", "全年(调整)预算数", "全年执行数", "执行率", "执行率权重", "执行率得分");
        String[] lines = {"年度总金额", "其中:财政拨款", "一般公共预算"};
        for (int k = 0; k < 3; k++) {
            s.text(5 + k, 0, lines[k]);
            money(s, 5 + k, 1, "3,724,055.00");
            money(s, 5 + k, 2, "4,764,453.11");
            money(s, 5 + k, 3, "4,614,453.11");
        }
        s.num(6, 4, "96.85");
        s.num(6, 5, "10.00");
        s.num(6, 6, "9.68");
        s.num(7, 4, "96.85");
        s.text(8, 0, "绩效目标");
        s.merge(8, 8, 0, 7);
        s.row(9, "年初绩效目标", "", "", "全年(调整)绩效目标", "", "全年目标实际完成情况");
        s.merge(9, 9, 0, 2);
        s.merge(9, 9, 3, 4);
        s.merge(9, 9, 5, 7);
        s.row(10, "保障科协全体人员的正常办公生活秩序,做好忠州科技馆场馆的基本管理及维护、运行; 组织开展以科技文化卫生“三下乡”、全国科技工作者日、"
                + "全国科普日等重点的科普宣传活动; 组织或指导科技馆、农技协、农村科普示范基地等开展科普宣传、科普讲座、科技培训等活动,建好科技工作者"
                + "之家; 组织开展青少年科技活动,开展院士专家进校园、科技大赛、模型大赛等; 建好科技志愿服务队伍,开展科技志愿服务。");
        s.merge(10, 10, 0, 2);
        return wb;
    }

    /**
     * t73: 浙江省项目支出绩效评价报告 of 武义县 防尘洗护费 2019 (SOURCE.md's cells): 项目名称 | 项目单位 | 主管部门 on one line, the
     * 评价类型 / 评价方式 / 评价机构 boxes as printed ("t" for a tick), the date and 浙江省财政厅(制), 一、项目基本信息 (负责人 and
     * 电话 left out, as by hand), 计划安排资金(万元) | 实际到位资金(万元) over their source lines and 实际支出(万元), 二、项目支出明细
     * 情况 with its eight lines (the 计划支出数 blank on each) and 支出合计, 三、评价报告摘要 (its 概况 cell, cut in the copy, left out).
     */
    static XSSFWorkbook fangchen2019() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "浙江省项目支出绩效评价报告");
        s.merge(0, 0, 0, 5);
        s.row(1, "项目名称", "防尘洗护费", "项目单位", "武义县环境卫生管理所", "主管部门", "武义县综合行政执法局");
        s.row(2, "评价类型: 事前评价□ 事中评价□ 事后评价t", "", "评价方式: 部门(单位)评价□ 财政评价t", "", "评价机构: 第三方机构t 部门(单位)评价组□ 财政评价组□");
        s.merge(2, 2, 0, 1);
        s.merge(2, 2, 2, 3);
        s.merge(2, 2, 4, 5);
        s.row(3, "2020年10月20日", "", "", "", "浙江省财政厅(制)");
        s.merge(3, 3, 4, 5);
        s.text(4, 0, "一、项目基本信息");
        s.merge(4, 4, 0, 5);
        s.row(5, "项目负责人", "", "", "联系电话");
        s.row(6, "地址", "武义县明招路火车站旁", "", "邮编", "321200");
        s.row(7, "项目起止时间", "2019.1.1~2019.12.31");
        s.merge(7, 7, 1, 5);
        rows(s, 8, 0, new String[][] {
                {"计划安排资金(万元)", "1355.81", "", "实际到位资金(万元)", "1355.81"},
                {"其中:中央财政", "", "", "其中:中央财政"},
                {"省财政", "", "", "省财政"},
                {"市县财政", "1355.81", "", "市县财政", "1355.81"},
                {"其它", "", "", "其它"},
                {"实际支出(万元)", "588.23"}});
        s.text(14, 0, "二、项目支出明细情况");
        s.merge(14, 14, 0, 5);
        s.row(15, "支出内容\n(经济科目)", "计划支出数", "实际支出数");
        rows(s, 16, 0, new String[][] {
                {"其他交通(燃料费)", "", "177.80"}, {"其他交通费用(保险费)", "", "61.35"}, {"其他费用", "", "2.78"}, {"临时工资", "", "74.67"},
                {"收费劳务费", "", "84.68"}, {"维修费", "", "10.62"}, {"劳务派遣费", "", "156.33"}, {"水费", "", "20.00"},
                {"支出合计", "1355.81", "588.23"}});
        s.text(25, 0, "三、评价报告摘要");
        s.merge(25, 25, 0, 5);
        return wb;
    }

    /**
     * t74: 清涧县 绩效目标申报表 (2021年度) (SOURCE.md's cells): the title, 项目名称 | 项目负责人及联系电话 (left out, as by hand),
     * 主管部门 | 实施单位, 资金情况 merged down its three lines (年度资金总额: | 500, 其中:财政拨款 | 500, 其他资金 blank), 总体目标
     * (printed 总(体目标), the word wrapped) over 年度目标 and its text, 绩效指标 merged down the heading and five rows, 产出指标 down
     * them. The copy ends at 效益指标 | 经济效益: that row is left out, as by hand.
     */
    static XSSFWorkbook guoyuanlu2021() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "绩效目标申报表\n(2021年度)");
        s.merge(0, 0, 0, 4);
        s.row(1, "项目名称", "2021年交通局寨山石坪、鲍家沟果园路", "", "项目负责人及联系电话", "");
        s.row(2, "主管部门", "清涧县交通运输局", "", "实施单位", "清涧县交通运输局");
        s.row(3, "资金情况", "年度资金总额:", "500");
        s.row(4, "", "其中:财政拨款", "500");
        s.row(5, "", "其他资金");
        s.num(3, 2, "500");
        s.num(4, 2, "500");
        s.merge(3, 5, 0, 0);
        for (int r = 3; r <= 5; r++) {
            s.merge(r, r, 2, 4);
        }
        s.row(6, "总体\n目标", "年度目标");
        s.merge(6, 6, 1, 4);
        s.row(7, "", "1、改善基础实施建设,呼家河至鲍家沟果园路建设2公里、寨山石坪果园路2公里 2、水泥路硬化路面、边沟及交安实施的建设,解决了"
                + "生产道路硬化问题及生命防护问题 3、极大的改善了老百姓的生产生活问题");
        s.merge(7, 7, 1, 4);
        s.merge(6, 7, 0, 0);
        s.row(8, "绩效\n指标", "一级指标", "二级指标", "三级指标", "指标值");
        rows(s, 9, 1, new String[][] {
                {"产出指标", "数量指标", "寨山石坪村新建水泥路1条", "2km"},
                {"", "", "呼家河至鲍家沟新建水泥路1条", "2km"},
                {"", "质量指标", "项目(工程)验收合格率", "100%"},
                {"", "时效指标", "项目(工程)完成及时率", "100%"},
                {"", "成本指标", "硬化水泥砼公路补助标准", "≤120万元"}});
        s.merge(8, 13, 0, 0);
        s.merge(9, 13, 1, 1);
        s.merge(9, 10, 2, 2);
        return wb;
    }

    /**
     * t32: 乌海市供销合作社联合社 再生资源回收市场管理经费项目绩效目标表 (2021年) (SOURCE.md's cells; the header's lines as its
     * text gives them, each label | value): 内蒙古's layout, 投入目标(万元) merged down its three lines under 资金来源 |
     * 年初安排金额(万元) (资金总额 3, 其中: 财政拨款数 3, 其他资金 0), 年度目标 (one cell, 目标1–5), then 绩效指标 (its weights in the
     * heading) merged down the heading and the eleven 产出 rows, 一级 / 二级 / 三级 / 指标性质 / 指标方向 / 目标值 / 计量单位 / 分值 /
     * 备注, each line printing 正向 or 反向 and then "=", the two 时效 dates as their lost-format serial 44,561 (a number shown
     * with a thousands separator, in 目标值 and 计量单位 both). The copy ends at the first character of the 效益 row: left out.
     */
    static XSSFWorkbook zaisheng2021() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "再生资源回收市场管理经费项目绩效目标表\n(2021年)");
        s.merge(0, 0, 0, 9);
        s.row(1, "项目名称", "再生资源回收市场管理经费", "", "", "", "项目类别", "(31)部门预算项目");
        s.merge(1, 1, 1, 4);
        s.merge(1, 1, 6, 9);
        s.row(2, "主管部门", "(433)乌海市供销合作社联合社(部门)", "", "", "", "归口科室", "(08)经济贸易科");
        s.merge(2, 2, 1, 4);
        s.merge(2, 2, 6, 9);
        s.row(3, "实施单位", "(433001)乌海市供销合作社联合社");
        s.merge(3, 3, 1, 9);
        s.row(4, "投入目标\n(万元)", "资金来源", "", "", "", "年初安排金额(万元)");
        s.row(5, "", "资金总额");
        s.row(6, "", "其中: 财政拨款数");
        s.row(7, "", "其他资金");
        s.num(5, 5, "3");
        s.num(6, 5, "3");
        s.num(7, 5, "0");
        for (int r = 4; r <= 7; r++) {
            s.merge(r, r, 1, 4);
            s.merge(r, r, 5, 9);
        }
        s.merge(4, 7, 0, 0);
        s.row(8, "年度目标", "围绕国家关于建设节约型社会和发展循环经济的要求,在充分规范整合和利用现有再生资源回收渠道的基础上,合理布局,规范建设。"
                + "达成以下目标: 目标1:聘用人员1人,出差8人 目标2:聘用人员在岗率100% 目标3:2021年12月31日前完成 目标4:年度预算总金额3万元 "
                + "目标5:促进资源循环和高效利用,改善城乡生态环境。");
        s.merge(8, 8, 1, 9);
        s.row(9, "绩效指标(权重分值90分,其中产出指标权重分值50分,效益指标权重分值30分,满意度指标权重分值10分)", "一级指标", "二级指标", "三级指标",
                "指标性质", "指标方向", "目标值", "计量单位", "分值", "备注");
        String[][] rows = {
                {"产出指标", "数量指标", "出差人数", "正向", "=", "8", "", "4"},
                {"", "", "出差人次", "正向", "=", "24", "人/次", "4"},
                {"", "质量指标", "工作任务完成率", "正向", "=", "100", "%", "4"},
                {"", "时效指标", "项目财政资金到位时间", "正向", "=", "44,561", "44,561", "10"},
                {"", "", "财政资金到位及时支付率", "正向", "=", "100", "%", "4"},
                {"", "", "工作计划按时完成时间", "正向", "=", "44,561", "44,561", "4"},
                {"", "成本指标", "出差单位成本", "反向", "=", "0", "万元/人", "4"},
                {"", "", "出差总成本", "反向", "=", "1", "万元", "4"},
                {"", "", "劳务人员总成本", "反向", "=", "2", "万元", "4"},
                {"", "", "办公费总成本", "反向", "=", "0", "万元", "4"},
                {"", "", "年度预算总成本", "反向", "=", "3", "万元", "4"}};
        for (int k = 0; k < rows.length; k++) {
            for (int j = 0; j < rows[k].length; j++) {
                String v = rows[k][j];
                if (v.contains(",")) {
                    money(s, 10 + k, 1 + j, v);
                } else {
                    cell(s, 10 + k, 1 + j, v);
                }
            }
        }
        s.merge(9, 20, 0, 0);
        s.merge(10, 20, 1, 1);
        s.merge(10, 11, 2, 2);
        s.merge(13, 15, 2, 2);
        s.merge(16, 20, 2, 2);
        return wb;
    }

    /**
     * t33: 井研县马踏镇人民政府's 部门预算项目绩效目标申报表 (2023年度) (SOURCE.md's cells): 四川's one-row-per-indicator layout,
     * 金额单位:元 over the heading 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |
     * 权重 | 指标方向性, the department's line 820-马踏镇部门 | 8,827,620.53, then the first project: 820001-井研县马踏镇人民政府 |
     * 村组干部报酬 | 3,309,840.00 | 按时发放村组干部报酬, each merged down its eight rows, the indicators in the order printed (not
     * grouped by category), 正向指标 on each. The next projects (基层组织活动经费 …), not transcribed by hand, are left out.
     */
    static XSSFWorkbook mata2023() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "部门预算项目绩效目标申报表\n(2023年度)");
        s.merge(0, 0, 0, 11);
        s.text(1, 10, "金额单位:元");
        s.merge(1, 1, 10, 11);
        s.row(2, "单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性");
        s.text(3, 0, "820-马踏镇部门");
        money(s, 3, 2, "8,827,620.53");
        s.row(4, "820001-井研县马踏镇人民政府", "村组干部报酬", "", "按时发放村组干部报酬");
        money(s, 4, 2, "3,309,840.00");
        String[][] rows = {
                {"效益指标", "社会效益指标", "维护社会稳定", "≥", "95", "%", "10", "正向指标"},
                {"产出指标", "时效指标", "维持时效", "≥", "1", "年", "20", "正向指标"},
                {"产出指标", "质量指标", "按时发放", "≥", "1", "人/年", "10", "正向指标"},
                {"效益指标", "经济效益指标", "促进村集体经济发展", "≥", "95", "%", "10", "正向指标"},
                {"产出指标", "数量指标", "村组干部230人", "≥", "230", "个", "10", "正向指标"},
                {"效益指标", "生态效益指标", "保护生态环境卫生", "≥", "95", "%", "10", "正向指标"},
                {"效益指标", "可持续影响指标", "项目维持时效", "≥", "95", "%", "10", "正向指标"},
                {"满意度指标", "服务对象满意度指标", "人民群众满意度", "≥", "95", "%", "10", "正向指标"}};
        rows(s, 4, 4, rows);
        for (int c = 0; c < 4; c++) {
            s.merge(4, 11, c, c);
        }
        return wb;
    }
}
