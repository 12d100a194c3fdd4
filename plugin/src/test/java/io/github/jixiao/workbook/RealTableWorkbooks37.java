package io.github.jixiao.workbook;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The builders of the committed workbooks of real tables t58–t70 (session 37; {@link RealTableWorkbooks} names the files and
 * writes them): each sheet as its SOURCE.md prints the cells, merged where a heading or a 一级 / 二级 spans rows or columns, a
 * cell wrapped across lines in the copy ("偏差大或 目标未完成 原因分析") with its line breaks, numbers as numbers, a percent or an
 * amount printed with its unit as text. A stored copy's own end (a row cut inside a cell) is left out, as in the hand
 * transcription; a second table under the first (t58's allocation list, t62's second project) is kept where the copy prints
 * it. t64–t66 are {@link RealTableWorkbooks38}'s (session 38); t67 is LinyiImportTest's.
 */
final class RealTableWorkbooks37 {
    private RealTableWorkbooks37() {
    }

    static FormWorkbooks.S sheet(XSSFWorkbook wb) {
        return new FormWorkbooks.S(wb, "Sheet1", new FormWorkbooks.Quirks(true, false, false, false, false, false));
    }

    /** A value cell: a number when it is one as printed, else text (RealTableWorkbooks38's too). */
    static void cell(FormWorkbooks.S s, int r, int c, String v) {
        if (v != null && v.matches("-?[0-9]+(\\.[0-9]+)?")) {
            s.num(r, c, v);
        } else {
            s.text(r, c, v);
        }
    }

    /** Rows from {@code r}, column {@code c} on; each cell by {@link #cell}. */
    static void rows(FormWorkbooks.S s, int r, int c, String[][] rows) {
        for (int k = 0; k < rows.length; k++) {
            for (int j = 0; j < rows[k].length; j++) {
                cell(s, r + k, c + j, rows[k][j]);
            }
        }
    }

    /**
     * t58: 吕梁山护工培训 2021 (SOURCE.md's cells): no title, no unit, the heading 一级指标 / 二级指标 / 指标名称 / 目标值 / 完成值,
     * 产出指标 merged down eight rows and 效益指标 down five, each 二级 down its rows; then the second table, the per-school
     * allocation list (序号 … 备注, the ①..⑧ line, five schools, the copy cut after the fifth: rows 2–5 with the names and
     * figures SOURCE.md gives, the other cells blank).
     */
    static XSSFWorkbook lvliang2021() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.row(0, "一级指标", "二级指标", "指标名称", "目标值", "完成值");
        rows(s, 1, 0, new String[][] {
                {"产出指标", "产出数量", "完成2021年吕梁山护工培训任务", "12500名", "12166名"},
                {"", "", "完成2021年吕梁山护工培训就业质量考核及验收", "11所", "11所"},
                {"", "产出质量", "培训对象符合吕梁山护工培训招生计划规定", "18—54周岁", "存在18岁以下、54周岁以上"},
                {"", "", "参训学员结业考核通过率", "100%", "98.79%"},
                {"", "", "培训机构考核验收达标", "100%", "100%"},
                {"", "产出时效", "培训任务完成及时", "2021.1.1-12.31", "2021.1.1-12.31"},
                {"", "", "考核任务完成及时", "1-6期培训结束后及时考核", "1-2期未能及时培训"},
                {"", "产出成本", "吕梁山护工培训补贴标准达标", "3000元/人", "2600元/人"},
                {"效益指标", "经济效益", "减轻参训人员经济负担", "有效减轻", "有效减轻"},
                {"", "社会效益", "参训学员就业率", "60%及以上", "53.53%"},
                {"", "", "提高参训学员技术水平", "基本提高", "基本提高"},
                {"", "可持续影响", "巩固脱贫攻坚成果", "有效巩固", "有效巩固"},
                {"", "满意度", "参培学员满意度", "95%及以上", "88.32%及以上"}});
        s.merge(1, 8, 0, 0);
        s.merge(9, 13, 0, 0);
        s.merge(1, 2, 1, 1);
        s.merge(3, 5, 1, 1);
        s.merge(6, 7, 1, 1);
        s.merge(10, 11, 1, 1);
        s.row(14, "序号", "学校性质", "培训机构", "培训补助标准(元/人)", "就业奖补标准(元/人)", "2021年培训人数", "合格人数", "补助资金", "备注");
        s.row(15, "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧=④*⑦");
        rows(s, 16, 0, new String[][] {
                {"1", "民办", "吕梁市远航职业培训学校", "2600", "400", "842", "842", "218.92", "在2020年度吕梁山护工培训第五期给汾阳学院、汾…"},
                {"2", "", "吕梁精准", "", "", "900", "900", "234"},
                {"3", "", "富康", "", "", "941", "941", "244.66"},
                {"4", "", "贝亲", "", "", "942", "918", "238.68"},
                {"5", "", "好大姐", "", "", "968", "968", "251.68"}});
        return wb;
    }

    /**
     * t59: 人才驿站补助资金 2023's indicator table (SOURCE.md's cells): the caption 项目年度绩效目标(定量目标), 评价内容 over two
     * columns (产出目标 merged down the five rows, 数量目标 down three, 质量目标 down two) / 绩效内容 / 绩效目标值 / 实际完成值 /
     * 累计完成率. The report's text after it (项目财务管理状况, the scores, the 时效 and 成本 targets in sentences) is prose, not
     * cells, and is not here.
     */
    static XSSFWorkbook rencaiyizhan2023() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "项目年度绩效目标(定量目标)");
        s.merge(0, 0, 0, 5);
        s.row(1, "评价内容", "", "绩效内容", "绩效目标值", "实际完成值", "累计完成率");
        s.merge(1, 1, 0, 1);
        rows(s, 2, 0, new String[][] {
                {"产出目标", "数量目标", "当年获得宁德市级以上确认的人才驿站数量", ">=2个", "0个", "0%"},
                {"", "", "当年人才驿站组织活动数量", ">=28次", "40次", "143%"},
                {"", "", "每年人才驿站服务人次", ">=500人", "1700人", "340%"},
                {"", "质量目标", "各类人才对我市人才政策的知晓率", ">=95%", "98%", "103%"},
                {"", "", "人才驿站补助资金到位率", ">=100%", "100%", "100%"}});
        s.merge(2, 6, 0, 0);
        s.merge(2, 4, 1, 1);
        s.merge(5, 6, 1, 1);
        return wb;
    }

    /**
     * t60: 南岳区 雨露计划绩效目标申报表 (2023年度) (SOURCE.md's cells): 填报单位(盖章): blank beside 单位负责人; 专项基本情况 merged
     * down its six lines (专项名称, 专项属性, 主管部门 | 专项起止时间, 专项负责人 | 联系人及电话, 专项概况, 专项立项依据 blank); 专项资金情况
     * with 本年度预计投入(万元) and 财政资金(万元) 中央 / 省级 / 市级资金 / 本级 / 其他 over one line of figures; the 制度、措施, 中长期
     * and 本年度 goal lines (本年度's two goals on two lines of its cell); 专项年度绩效指标 merged down the heading and four rows, 产出
     * 指标 (wrapped) down the four. The copy ends inside the 成本指标 row's value ("15"): the value is left out, as by hand.
     */
    static XSSFWorkbook yulu2023() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "雨露计划绩效目标申报表 (2023年度)");
        s.merge(0, 0, 0, 6);
        s.text(1, 0, "填报单位(盖章):");
        s.text(1, 4, "单位负责人:谭呈祥");
        s.row(2, "专项基本情况", "专项名称", "2023年雨露计划就学补助项目");
        s.merge(2, 2, 2, 6);
        s.row(3, "", "专项属性", "新增项目□ 延续项目R");
        s.merge(3, 3, 2, 6);
        s.row(4, "", "主管部门", "南岳区乡村振兴局", "", "专项起止时间", "2023年1月至12月");
        s.merge(4, 4, 2, 3);
        s.merge(4, 4, 5, 6);
        s.row(5, "", "专项负责人", "欧阳光", "", "联系人及电话", "18073426859");
        s.merge(5, 5, 2, 3);
        s.merge(5, 5, 5, 6);
        s.row(6, "", "专项概况", "对就读职业技术学校的脱贫户或监测户子女发放就学补助");
        s.merge(6, 6, 2, 6);
        s.row(7, "", "专项立项\n依据");
        s.merge(7, 7, 2, 6);
        s.merge(2, 7, 0, 0);
        s.row(8, "专项资金情况", "本年度预计投入(万元)", "财政资金(万元)\n中央", "省级", "市级资金", "本级", "其他");
        rows(s, 9, 1, new String[][] {{"7", "0", "7", "0", "0", "0"}});
        s.merge(8, 9, 0, 0);
        s.row(10, "单位已有的保证专项实施的制度、措施", "对就读职业技术学校的脱贫户或监测户子女发放就学补助");
        s.merge(10, 10, 1, 6);
        s.row(11, "中长期绩效\n目标", "1.就读中等职业学校(含…)…已注册普通全日制正式学籍的本省脱贫家庭子女(含监测帮扶对象家庭)。…\n"
                + "2.补助标准。…每生 1500 元/学期。");
        s.merge(11, 11, 1, 6);
        s.row(12, "本年度绩效\n目标", "1.对提供就读学籍证明的学生了放就学补助;\n2.补助标准为:每生 1500 元/学期。");
        s.merge(12, 12, 1, 6);
        s.row(13, "专项年度绩效指标", "一级指标", "二级指标", "三级指标内容", "指标值及单位");
        rows(s, 14, 1, new String[][] {
                {"产出\n指标", "数量指标", "年度申请就学补助户数", ">=101人/次"},
                {"", "质量指标", "逾期发放率", ">=100%"},
                {"", "时效指标", "就学补助及时发放率", ">=100%"},
                {"", "成本指标", "补助标准"}});
        s.merge(13, 17, 0, 0);
        s.merge(14, 17, 1, 1);
        return wb;
    }

    /**
     * t61: 宁夏 2023年福彩中心绩效项目支出自评表 (SOURCE.md's cells, under the title the hand transcription records): the header
     * (专项(项目)名称, 中央主管部门, 自治区主管部门 | 资金使用单位), 项目资金 (万元) merged down its five lines (全年预算数 / 全年执行数 /
     * 执行率; 全年预算数 printed "50万元", the rate "95.00%"; 地方资金 and 其他资金 blank), 总体目标完成情况 over 总体目标 |
     * 全年实际完成情况 and the two texts, 绩效指标 merged down the heading and the six rows (the first 三级 as printed, the 二级's words
     * run in front: 数量指标福彩APP系统改版升级). The copy ends inside the seventh row's target: that row is left out.
     */
    static XSSFWorkbook fucai2023() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "2023年福彩中心绩效项目支出自评表");
        s.merge(0, 0, 0, 6);
        s.row(1, "专项(项目)名称", "彩票市场调控资金﹣宁夏福彩AP系统改版升级");
        s.merge(1, 1, 1, 6);
        s.row(2, "中央主管部门", "中国福利彩票发行管理中心");
        s.merge(2, 2, 1, 6);
        s.row(3, "自治区主管部门", "宁夏回族自治区民政厅", "", "资金使用单位", "宁夏福利彩票发行中心");
        s.merge(3, 3, 1, 2);
        s.merge(3, 3, 4, 6);
        s.row(4, "项目资金\n(万元)", "", "全年预算数", "全年执行数", "执行率");
        s.row(5, "", "年度资金总额", "50万元", "47.68", "95.00%");
        s.row(6, "", "其中:中央财政补助", "50万元", "47.68", "95.00%");
        s.num(5, 3, "47.68");
        s.num(6, 3, "47.68");
        s.row(7, "", "地方资金");
        s.row(8, "", "其他资金");
        s.merge(4, 8, 0, 0);
        s.row(9, "总体目标完成情况", "总体目标", "", "", "全年实际完成情况");
        s.row(10, "", "项目预计总预算50万元,项目用于现有宁夏福彩APP优化升级改版,新增公益展示、宣传奔孤生成、扫票验奖、在售刮刮乐宣传展示模拟体验试刮,"
                + "并对原有版块优化:新增福彩业主口袋商店,为业主定制专属二维码店铺,方便业主营销活动开展。预计2023年形票销量14.5亿元,筹集公益金2.35亿元。", "", "",
                "福彩App升级改造项目,其中:宁夏福彩APP系统升级改造扩充服务项目中标价格为29.8万元,宁夏福彩APP升级改造采购电子地图和技术对接服务项目中标价格为"
                        + "17.88万元,项目严格按照政府采购程序予以公开招标实施,按照合同约定,项目通过验后,项目费用已全部支付。");
        s.merge(9, 10, 0, 0);
        s.merge(9, 9, 1, 3);
        s.merge(9, 9, 4, 6);
        s.merge(10, 10, 1, 3);
        s.merge(10, 10, 4, 6);
        s.row(11, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施");
        rows(s, 12, 1, new String[][] {
                {"产出指标", "数量指标", "数量指标福彩APP系统改版升级", "100%", "100%"},
                {"", "质量指标", "验收合格率", "100%", "100%"},
                {"", "时效指标", "完成时间", "12月", "已完成"},
                {"", "成本指标", "项目建设成本", "≤50万元", "47.68万元"},
                {"效益指标", "经济效益指标", "拓展彩票销售渠道,捉升彩票销售量", "同比2022年销量显著提高", "显著提高"},
                {"", "社会效益指标", "提升彩票销量,筹集更多彩票公益金", "同比2022年销量显著提高", "显著提高"}});
        s.merge(11, 17, 0, 0);
        s.merge(12, 15, 1, 1);
        s.merge(16, 17, 1, 1);
        return wb;
    }

    /**
     * t62: 新洲区楚剧团 项目支出绩效自评表 (2020 年度) (SOURCE.md's cells): 项目名称 | 主管部门 | 实施单位 on one line; 项目资金 (万元)
     * merged down the heading and four lines (年初预算数 / 全年预算数 / 全年执行 / 分值 / 执行率 / 得分; 年度资金总额 30 / 30 / 10 /
     * 100% read as SOURCE.md reads them, its 年初预算数 and 得分 blank); 年度总体目标 over 预期目标 and 实际完成情况, each label |
     * text; 绩效指标 merged down the heading and every row, each 一级 and 二级 down theirs, the template's 指标1: / 指标2: lines as
     * printed (one under 数量 and 质量 …, two under each empty 二级), a wrapped 三级 (音响、灯光、道具、服装↵质量等) and 演出设备成本件/件
     * as printed; 总分 | 100 | 98. The second table (中青年演员培训经费) follows, cut in its indicator heading: its title, 项目名称,
     * the funds heading and its total line.
     */
    static XSSFWorkbook chujutuan2020() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "项目支出绩效自评表\n(2020 年度)");
        s.merge(0, 0, 0, 8);
        s.row(1, "项目名称", "演出设备更新专项经费", "", "主管部门", "新洲区楚剧团", "", "实施单位", "新洲区文化和旅游局机关");
        s.merge(1, 1, 1, 2);
        s.merge(1, 1, 4, 5);
        s.merge(1, 1, 7, 8);
        s.row(2, "项目资金\n(万元)", "", "年初预算数", "全年预算数", "全年执行", "分值", "执行率", "得分");
        rows(s, 3, 1, new String[][] {
                {"年度资金总额", "", "30", "30", "10", "100%", ""},
                {"其中:当年财政拨款", "30", "30", "30", "", "100%", ""},
                {"上年结转资金"},
                {"其他资金"}});
        s.merge(2, 6, 0, 0);
        s.row(7, "年度总体目标", "预期目标", "更新剧团老化、损坏的音响、灯光、道具、服装等设备, 并添置一些新剧目所必需的演出设备。");
        s.merge(7, 7, 2, 8);
        s.row(8, "", "实际完成情况", "已完成");
        s.merge(8, 8, 2, 8);
        s.merge(7, 8, 0, 0);
        s.row(9, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        rows(s, 10, 1, new String[][] {
                {"产出指标", "数量指标", "更新剧团老化、损坏的音", "50件", "50件", "20", "20"},
                {"", "", "望新点胸艮必具", "100件", "100件", "20", "20"},
                {"", "质量指标", "音响、灯光、道具、服装\n质量等", "合格", "合格", "20", "20"},
                {"", "", "指标2:"},
                {"", "时效指标", "指标1:"},
                {"", "", "指标2:"},
                {"", "成本指标", "演出设备成本件/件", "2万元", "2万元", "20", "18"},
                {"", "", "指标2:"},
                {"效益指标", "经济效益指标", "指标1:"},
                {"", "", "指标2:"},
                {"", "社会效益指标", "指标1:"},
                {"", "", "指标2:"},
                {"满意度指标", "服务对象满意度指标", "演出人员满意度", "100%", "100%", "20", "20"},
                {"", "", "指标2:"}});
        s.merge(9, 23, 0, 0);
        s.merge(10, 17, 1, 1);
        s.merge(18, 21, 1, 1);
        s.merge(22, 23, 1, 1);
        s.merge(10, 11, 2, 2);
        s.merge(12, 13, 2, 2);
        s.merge(14, 15, 2, 2);
        s.merge(16, 17, 2, 2);
        s.merge(18, 19, 2, 2);
        s.merge(20, 21, 2, 2);
        s.merge(22, 23, 2, 2);
        s.row(24, "总分");
        s.num(24, 6, "100");
        s.num(24, 7, "98");
        s.merge(24, 24, 0, 5);
        s.text(26, 0, "项目支出绩效自评表\n(2020 年度)");
        s.merge(26, 26, 0, 8);
        s.row(27, "项目名称", "中青年演员培训经费");
        s.merge(27, 27, 1, 8);
        s.row(28, "项目资金\n(万元)", "", "年初预算数", "全年预算数", "全年执行", "分值", "执行率", "得分");
        rows(s, 29, 1, new String[][] {{"年度资金总额", "40", "40", "40", "10", "100%"}});
        return wb;
    }

    /**
     * t63: 奉节县 云雾土家族乡 2023 项目支出绩效目标审批表 (SOURCE.md's cells): the title, 预算单位: … | 金额单位:万元, 项目名称 |
     * 项目分类, 建设周期 | 业务主管部门, 实施单位 | 项目负责人 | 联系电话 (the name and number left out, as by hand), 项目审批,
     * 项目总体概况, 年度主要目标和成果; 项目资金 预算执行 10分 merged down five lines (项目总预算 65 | 财政资金预算分类, 当年年度预算 65,
     * 其中:财政资金 65 | 财政资金科目代码 21305, 其中:其它资金 0, 年度预算执行率 100% | 分值 10分); 年度绩效目标(90分) merged down the
     * heading and three rows, 成本指标(0-20)分 down them (社会成本指标 and 生态环境成本指标 printed empty). The copy ends at
     * 产出指标 (40-50)分 | 数量指: left out.
     */
    static XSSFWorkbook yunwu2023() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表\n(2023年度)");
        s.merge(0, 0, 0, 6);
        s.text(1, 0, "预算单位: 奉节县云雾土家族乡人民政府");
        s.merge(1, 1, 0, 3);
        s.text(1, 5, "金额单位:万元");
        s.merge(1, 1, 5, 6);
        s.row(2, "项目名称", "2023年云雾土家族乡加工园配套设施建设项目", "", "", "项目分类", "资产资源类--房屋类");
        s.merge(2, 2, 1, 3);
        s.merge(2, 2, 5, 6);
        s.row(3, "建设周期", "2023年4月-2024年2月", "", "", "业务主管部门", "县民宗委");
        s.merge(3, 3, 1, 3);
        s.merge(3, 3, 5, 6);
        s.row(4, "实施单位", "云雾土家族乡", "", "项目负责人", "", "联系电话", "");
        s.merge(4, 4, 1, 2);
        s.row(5, "项目审批", "奉节县民族宗教事务委员会《关于下达2023年度少数民族发展资金项目计划的通知》(奉节民宗委发〔2022〕3号)");
        s.merge(5, 5, 1, 6);
        String works = "新建中药材晾晒房一座,占地300平方米,包含场坪整治及硬化,硬化室外晒坝420平方米,室内场坪1800平方米,C25混凝土,厚15cm;"
                + "新建厕所1个,长4.5米,宽3米,占地13.5平方米,配套三格式化粪池4.5立方米。";
        s.row(6, "项目总体概况", works + "经济效益:项目建成后能够带动当地20名群众务工增收5000元/年;社会效益:促进当地中药材产业发展,带动受益总人口200人,"
                + "其他脱贫人口和监测对象41人;群众满意度:群众满意度达到95%以上。");
        s.merge(6, 6, 1, 6);
        s.row(7, "年度主要目标和成果", works);
        s.merge(7, 7, 1, 6);
        s.row(8, "项目资金\n预算执行\n10分", "项目总预算", "65", "", "财政资金预算分类", "一般公共预算");
        s.num(8, 2, "65");
        s.row(9, "", "当年年度预算");
        s.num(9, 2, "65");
        s.row(10, "", "其中:财政资金", "", "", "财政资金科目代码");
        s.num(10, 2, "65");
        s.num(10, 5, "21305");
        s.row(11, "", "其中:其它资金");
        s.num(11, 2, "0");
        s.row(12, "", "年度预算执行率", "100%", "", "分值", "10分");
        s.merge(8, 12, 0, 0);
        s.row(13, "年度绩效目标(90分)", "一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释");
        rows(s, 14, 1, new String[][] {
                {"成本指标(0-20)分", "经济成本指标", "项目建设成本", "≤65万元", "10"},
                {"", "社会成本指标"},
                {"", "生态环境成本指标"}});
        s.merge(13, 16, 0, 0);
        s.merge(14, 16, 1, 1);
        return wb;
    }

    /**
     * t68: 田家庵区 就业补助资金绩效自评表 (2024年度) (SOURCE.md's cells, under its title): the three owners and 资金使用单位,
     * 资金投入情况 (万元) merged down its four lines (全年预算数(A) / 全年执行数(B) / 预算执行率(B/A×100%), 808.1 / 692.98 / 86%,
     * 地方财政资金 and 其他资金 blank), 资金管理情况 over 情况说明 | 存在问题和改进措施 and its seven lines (two blank), 总体目标完成情况
     * over 总体目标 | 全年实际完成情况 and the two texts, and the indicator heading the copy ends at.
     */
    static XSSFWorkbook jiuye2024() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "就业补助资金绩效自评表\n(2024年度)");
        s.merge(0, 0, 0, 5);
        String[][] owners = {{"转移支付(项目)名称", "就业补助资金"}, {"中央主管部门", "人力资源社会保障部"},
                {"地方主管部门", "安徽省人力资源和社会保障厅 淮南市人力资源和社会保障局"}, {"资金使用单位", "淮南市田家庵区人力资源和社会保障局"}};
        for (int k = 0; k < owners.length; k++) {
            s.row(1 + k, owners[k][0], owners[k][1]);
            s.merge(1 + k, 1 + k, 1, 5);
        }
        s.row(5, "资金投入情况\n(万元)", "", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)");
        rows(s, 6, 1, new String[][] {{"年度资金总额:", "808.1", "692.98", "86%"}, {"其中:中央财政资金", "808.1", "692.98", "86%"},
                {"地方财政资金"}, {"其他资金"}});
        s.merge(5, 9, 0, 0);
        s.row(10, "资金管理情况", "", "情况说明", "", "存在问题和改进措施");
        String[][] management = {{"分配科学性", "合理分配,优先保障工资社保。"}, {"下达及时性", ""},
                {"拨付合规性", "严格按照国库集中支付制度有关规定支付资金,未出现违规问题。"},
                {"使用规范性", "严格按照下达预算的科目和项目执行,未出现截留、挤占、挪用或擅自调整等问题。"},
                {"执行准确性", "按照上级下达的金额执行,不存在执行数偏离预算数较多的问题。"},
                {"预算绩效管理情况", "将有关资金纳入本级预算绩效管理,开展绩效监控和绩效评价。"}, {"支出责任履行情况", ""}};
        s.merge(10, 10, 2, 3);
        s.merge(10, 10, 4, 5);
        for (int k = 0; k < management.length; k++) {
            s.row(11 + k, "", management[k][0], management[k][1]);
            s.merge(11 + k, 11 + k, 2, 3);
            s.merge(11 + k, 11 + k, 4, 5);
        }
        s.merge(10, 17, 0, 0);
        s.row(18, "总体目标完成情况", "总体目标", "", "", "全年实际完成情况");
        s.row(19, "", "落实各项就业创业扶持政策,做好各项就业工作,加强公共就业创业服务机构服务能力建设。就业补助资金主要用于基层特岗人员工资社保、"
                + "就业见习补贴、公益性岗位补贴、职业培训补贴、社会保险补贴等。", "", "",
                "各项就业创业工作指标均按要求完成,基层特岗人员工资社保及时发放,就业见习、乡村公益性岗位开发、职业培训等工作顺利开展,严格规范补贴发放。");
        s.merge(18, 19, 0, 0);
        s.merge(18, 18, 1, 3);
        s.merge(18, 18, 4, 5);
        s.merge(19, 19, 1, 3);
        s.merge(19, 19, 4, 5);
        s.row(20, "绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值");
        return wb;
    }

    /**
     * t69: 塘湖镇人民政府's 部门整体 自评表 filed 2021.5.18 (SOURCE.md's cells): no title; 单位名称:塘湖镇政府 | 填报日期:2021.5.18,
     * 单位名称 | 塘湖镇人民政府, 基本支出总额 | 864.2万 | 项目支出总额 | 0; 预算执行情况(万元) (20分) over 预算数(A) / 执行数(B) /
     * 执行率(B/A) / 得分 (20分*执行率) and 部门整体支出总额 864.2 | (blank) | 100% | 20, as t13's 20 + 80 layout; 年度目标1:(80分) |
     * its goal; 年度绩效指标 merged down the heading and six rows, each 一级 down its rows, every 二级 printed; 总分 | 100分; the
     * footer's two 无 under their wrapped labels.
     */
    static XSSFWorkbook tanghu2020() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.row(0, "单位名称:塘湖镇政府", "", "", "", "", "填报日期:2021.5.18");
        s.merge(0, 0, 0, 4);
        s.merge(0, 0, 5, 6);
        s.row(1, "单位名称", "塘湖镇人民政府");
        s.merge(1, 1, 1, 6);
        s.row(2, "基本支出总额", "864.2万", "", "项目支出总额", "0");
        s.num(2, 4, "0");
        s.merge(2, 2, 1, 2);
        s.merge(2, 2, 4, 6);
        s.row(3, "预算执行情况(万元)\n(20分)", "", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)");
        s.row(4, "", "部门整体支出总额");
        s.num(4, 2, "864.2");
        s.text(4, 4, "100%");
        s.num(4, 5, "20");
        s.merge(3, 4, 0, 0);
        s.row(5, "年度目标1:(80分)", "增强政府工作效率、改善乡镇居住环境");
        s.merge(5, 5, 1, 6);
        s.row(6, "年度绩效指标", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分");
        rows(s, 7, 1, new String[][] {
                {"产出指标", "数量指标", "办结信访案件", "168起", "168起", "10"},
                {"", "数量指标", "拆除活人墓、豪华墓", "32座", "32座", "20"},
                {"", "日效性指标", "解决群众问题时间", "2天以内", "2天以内", "10"},
                {"效益指标", "社会效益指标", "改善人居环境", "有效改善", "有效改善", "10"},
                {"", "社会效益指标", "提升出行效率", "有效提升", "有效提升", "10"},
                {"满意度指标", "群众满意度\n指标", "群众对政府工作满意度", "≧90%", "95%", "20"}});
        s.merge(6, 12, 0, 0);
        s.merge(7, 9, 1, 1);
        s.merge(10, 11, 1, 1);
        s.row(13, "总分", "", "", "", "", "", "100分");
        s.merge(13, 13, 0, 5);
        s.row(14, "偏差大或\n目标未完成\n原因分析", "无");
        s.merge(14, 14, 1, 6);
        s.row(15, "改进措施及\n结果应用方案", "无");
        s.merge(15, 15, 1, 6);
        return wb;
    }

    /**
     * t70: 衡山县贯塘乡人民政府 2023, two sheets as the 决算公开 prints its two 附件 (SOURCE.md's cells): 附件一 基础数据表 (财政供养人员
     * 情况 编制数 46 | 实际在职人数 50 | 控制率 108.70%; 经费控制情况 2022 决算 / 2023 预算 / 2023 决算 for 三公经费 and its parts,
     * 项目支出, 公用经费 and its 其中 lines; the blank rows; the 说明), the brackets the copy lost put back as SOURCE.md reads them;
     * 附件二 自评表 (预算部门、单位名称, 年度预算申请(万元) 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 自评得分, 年度资金总额
     * 861.10 / 2030.12 / 2030.12 / 10 / 100% / 10, the two breakdowns side by side, 年度总体目标 over 预期目标 | 实际完成情况). The
     * copy ends inside the 预期目标 cell: that cell and what follows are left out, as by hand.
     */
    static XSSFWorkbook guantang2023() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S a = new FormWorkbooks.S(wb, "附件一", new FormWorkbooks.Quirks(true, false, false, false, false, false));
        a.text(0, 0, "2023年度部门整体支出绩效评价基础数据表");
        a.merge(0, 0, 0, 3);
        a.row(1, "财政供养人员情况(人)", "编制数", "2023年实际在职人数", "控制率");
        rows(a, 2, 1, new String[][] {{"46", "50", "108.70%"}});
        a.merge(1, 2, 0, 0);
        a.row(3, "经费控制情况(万元)", "2022年决算数", "2023年预算数", "2023年决算数");
        String[][] lines = {{"三公经费:", "0", "0", "0"}, {"1、公务用车购置和维护经费", "0", "0", "0"}, {"其中:公车购置", "0", "0", "0"},
                {"公车运行维护", "0", "0", "0"}, {"2、出国经费", "0", "0", "0"}, {"3、公务接待", "0", "0", "0"},
                {"项目支出:", "874.20", "308.17", "1025.20"}, {"1、业务工作经费"}, {"2、运行维护经费"}, {"……"},
                {"3、省级专项资金(每个专项一行)"}, {"……"}, {"公用经费", "118.31", "85.76", "193.42"},
                {"其中:办公经费", "29.35", "27.00", "49.09"}, {"水费、电费、差旅费", "8.80", "13.00", "12.64"},
                {"会议费、培训费", "4.92", "3.00", "5.42"}, {"政府采购金额"}, {"部门基本支出预算调整"}};
        rows(a, 4, 0, lines);
        a.row(22, "楼堂馆所控制情况\n2023年完工项目", "批复规模(㎡)", "实际规模(㎡)", "规模控制", "预算投资(万元)", "实际投资(万元)", "投资概算控制");
        a.row(24, "厉行节约保障措施");
        a.text(25, 0, "说明:项目支出需要填报基本支出以外的所有项目支出情况,公用经费填报基本支出中的一般商品和服务支出。");
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "附件二", new FormWorkbooks.Quirks(true, false, false, false, false, false));
        s.text(0, 0, "2023年度部门整体支出绩效自评表");
        s.merge(0, 0, 0, 7);
        s.row(1, "预算部门、单位名称", "衡山县贯塘乡人民政府");
        s.merge(1, 1, 1, 7);
        s.row(2, "年度预算申请\n(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评得分");
        rows(s, 3, 1, new String[][] {{"年度资金总额", "861.10", "2030.12", "2030.12", "10", "100%", "10"}});
        s.row(4, "", "按收入性质分:2030.12", "", "", "按支出性质分:1925.67");
        s.row(5, "", "其中: 一般公共预算:1325.68", "", "", "其中:基本支出:900.47");
        s.row(6, "", "政府性基金拨款:118.82", "", "", "项目支出:1025.20");
        s.row(7, "", "纳入专户管理的非税收入拨款:");
        s.row(8, "", "其他资金:585.62");
        for (int r = 4; r <= 8; r++) {
            s.merge(r, r, 1, 3);
            s.merge(r, r, 4, 7);
        }
        s.merge(2, 8, 0, 0);
        s.row(9, "年度总体目标", "预期目标", "", "", "实际完成情况");
        s.merge(9, 9, 1, 3);
        s.merge(9, 9, 4, 7);
        return wb;
    }
}
