package io.github.jixiao.workbook;

import static io.github.jixiao.workbook.RealTableWorkbooks37.rows;
import static io.github.jixiao.workbook.RealTableWorkbooks37.sheet;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The builders of the committed workbooks of real tables t75 and t76 (session 39; {@link RealTableWorkbooks} names the files
 * and writes them), as {@link RealTableWorkbooks38} builds t64–t74: each sheet as its SOURCE.md prints the cells, one label |
 * value line a row (the value merged across the columns right of it), merged where a heading or a label spans rows or
 * columns, numbers as numbers. A stored copy's own end (a row cut inside a cell) is left out, as in the hand transcription;
 * the web page's own heading above the table (not a cell of the sheet) too.
 */
final class RealTableWorkbooks39 {
    private RealTableWorkbooks39() {
    }

    /** A label in column A and its value merged across B to {@code last}. */
    private static void line(FormWorkbooks.S s, int r, String label, String value, int last) {
        s.row(r, label, value);
        s.merge(r, r, 1, last);
    }

    /**
     * t75: 重庆 潼南区五桂镇 2023's 一般性项目绩效目标表(一级项目), the town's 在职村村干部补助 (SOURCE.md's cells: the page's second
     * table, the one transcribed by hand): 表十二 and the title, 编制单位: | 813-潼南区五桂镇 | 单位:万元, then 专项资金名称,
     * 业务主管部门, 当年预算 (9.31, a number), 项目概况, 立项依据 and 当年绩效目标 one a line, 绩效指标 merged down the heading and the
     * five rows, headed 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值 (no 一级 or 二级 column), the weights as numbers, 指标性质
     * holding = / ≥ / 定性, the 定性 row's unit and 指标值 blank. The page's first table (the roll-up 汇总项目库) and its third
     * (cut at "当年预") are not transcribed by hand and are left out.
     */
    static XSSFWorkbook wugui2023() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 5, "表十二");
        s.text(1, 0, "2023年一般性项目绩效目标表(一级项目)");
        s.merge(1, 1, 0, 5);
        s.row(2, "编制单位:", "813-潼南区五桂镇", "", "", "单位:万元");
        s.merge(2, 2, 1, 3);
        s.merge(2, 2, 4, 5);
        line(s, 3, "专项资金名称", "在职村村干部补助", 5);
        line(s, 4, "业务主管部门", "813-潼南区五桂镇", 5);
        s.text(5, 0, "当年预算");
        s.num(5, 1, "9.31");
        s.merge(5, 5, 1, 5);
        line(s, 6, "项目概况", "对村民委员会村党支部的补助,按月发放给在职村社干部的工资", 5);
        line(s, 7, "立项依据", "渝财(2022)00001", 5);
        line(s, 8, "当年绩效目标", "按月及时足额发放在职村社干部的工资。", 5);
        s.row(9, "绩效指标", "指标", "指标权重", "计量单位", "指标性质", "指标值");
        rows(s, 10, 1, new String[][] {
                {"按月发放", "20", "次", "=", "1"},
                {"本土人才满意度", "10", "%", "≥", "95"},
                {"发放金额", "20", "万元", "≥", "9.31"},
                {"领取补助人数", "20", "人", "≥", "100"},
                {"促进经济发展", "20", "", "定性"}});
        s.merge(9, 14, 0, 0);
        return wb;
    }

    /**
     * t76: 重庆 忠县 2022's 生猪(牛羊)调出大县奖励资金区域绩效目标表, the 区域 target table of a 中央 transfer as the county passes
     * it on (SOURCE.md's cells): 附件 and the title, 资金名称 and the five 中央 / 省级 / 区县 财政 and 主管部门 lines, 资金情况 merged
     * down its three lines (年度金额(万元): | 397, 其中:中央补助(万元) | 397, 地方资金(万元) blank), 年度目标, then the heading
     * 一级指标 | 二级指标 | 三级指标 | 单位 | 指标值 over six columns (一级指标 spans the two first: the rows print 绩效指标 left of
     * their 一级, merged down them, as the copy gives it on the first row), 产出指标 and 数量指标 merged down the two rows. The copy
     * ends at "时" (时效指标): left out.
     */
    static XSSFWorkbook shengzhu2022() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "附件");
        s.text(1, 0, "生猪(牛羊)调出大县奖励资金区域绩效目标表");
        s.merge(1, 1, 0, 5);
        line(s, 2, "资金名称", "生猪(牛羊)调出大县奖励资金", 5);
        line(s, 3, "中央主管部门", "财政部、农业农村部", 5);
        line(s, 4, "省级财政部门", "重庆市财政局", 5);
        line(s, 5, "省级主管部门", "重庆市农业农村委员会", 5);
        line(s, 6, "区县财政部门", "忠县财政局", 5);
        line(s, 7, "区县主管部门", "忠县农业农村委员会", 5);
        s.row(8, "资金情况", "年度金额(万元):");
        s.num(8, 3, "397");
        s.row(9, "", "其中:中央补助(万元)");
        s.num(9, 3, "397");
        s.row(10, "", "地方资金(万元)");
        for (int r = 8; r <= 10; r++) {
            s.merge(r, r, 1, 2);
            s.merge(r, r, 3, 5);
        }
        s.merge(8, 10, 0, 0);
        line(s, 11, "年度目标", "到2022年底,生猪生产稳定有序发展,能繁母猪保有量、规模养殖场保有量完成市政府既定目标,推进畜牧业高质量发展。", 5);
        s.row(12, "一级指标", "", "二级指标", "三级指标", "单位", "指标值");
        s.merge(12, 12, 0, 1);
        s.row(13, "绩效指标", "产出指标", "数量指标", "猪肉产量稳定率", "%", "≥95%");
        s.row(14, "", "", "", "能繁母猪稳定率", "%", "90%");
        for (int c = 0; c < 3; c++) {
            s.merge(13, 14, c, c);
        }
        return wb;
    }

    /**
     * t79: 兵团 第一师阿拉尔市 六团 2021's 兵团本级财政衔接推进乡村振兴补助资金绩效目标申报表 (SOURCE.md's cells): the title, 项目名称,
     * 主管部门 | … | 实施单位 | …, 项目属性 | … | 项目期 | 1年, then 资金情况 (万元) merged down four lines that print the project's
     * funds and the year's side by side (项目资金总额: | 1500 | 年度资金申请总额 | 1500; 其中:财政资金 | 1500 | 其中:当年财政拨款 |
     * 1500; the year's 上年结转资金 alone, blank; 其他资金 | blank | 其他资金 | blank), the two goals side by side, and the indicator
     * heading with the three 数量 rows the copy ends after. Not committed as a file: built for the test that reads the year's
     * column (session 39, main).
     */
    static XSSFWorkbook liutuan2021() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "兵团本级财政衔接推进乡村振兴补助资金绩效目标申报表");
        s.merge(0, 0, 0, 4);
        line(s, 1, "项目名称", "第一师六团巩固脱贫攻坚与乡村振兴有效衔接特色产业基地气调保鲜库建设项目", 4);
        s.row(2, "主管部门", "农业农村局", "实施单位", "新疆生产建设兵团第一师阿拉尔市六团农业发展服务中心");
        s.merge(2, 2, 3, 4);
        s.row(3, "项目属性", "兵团推进乡村振兴补助资金", "项目期", "1年");
        s.merge(3, 3, 3, 4);
        s.row(4, "资金情况 (万元)", "项目资金总额:");
        s.num(4, 2, "1500");
        s.text(4, 3, "年度资金申请总额");
        s.num(4, 4, "1500");
        s.row(5, "", "其中:财政资金");
        s.num(5, 2, "1500");
        s.text(5, 3, "其中:当年财政拨款");
        s.num(5, 4, "1500");
        s.row(6, "", "", "", "上年结转资金");
        s.row(7, "", "其他资金", "", "其他资金");
        s.merge(4, 7, 0, 0);
        s.row(8, "项目绩效目标", "项目总目标", "", "年度总体目标");
        s.merge(8, 8, 1, 2);
        s.merge(8, 8, 3, 4);
        s.row(9, "", "建设完成保鲜库1座,3550平方米;建设完成消防水池1座,419平方米。", "", "2021年完成保鲜库钢构主体安装、封顶;完成消防水池土建工程。");
        s.merge(9, 9, 1, 2);
        s.merge(9, 9, 3, 4);
        s.merge(8, 9, 0, 0);
        s.row(10, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值");
        s.row(11, "", "产出指标", "数量指标", "指标1:新建保鲜库数量", "1座");
        s.row(12, "", "", "", "指标2:新建保鲜库面积", "3550平方米");
        s.row(13, "", "", "", "指标3:新建消防水池数量", "1座");
        s.merge(10, 13, 0, 0);
        s.merge(11, 13, 1, 1);
        s.merge(11, 13, 2, 2);
        return wb;
    }

    /**
     * t77: 重庆 巴南区一品街道 2022's 部门(单位)整体绩效目标表 (SOURCE.md's cells): the title, 单位:万元, 部门(单位)名称 | … |
     * 区级支出预算总量 | 3724.39, 当年整体绩效目标 | its text, and 绩效指标 merged down the heading 指标名称 | 指标权重 | 计量单位 |
     * 指标性质 | 指标值 and the eleven rows (blank cells where the copy prints none). Not committed as a file: built for the test
     * that reads the goal (session 39, main).
     */
    static XSSFWorkbook yipin2022() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = sheet(wb);
        s.text(0, 0, "2022年部门(单位)整体绩效目标表");
        s.merge(0, 0, 0, 5);
        s.text(1, 5, "单位:万元");
        s.row(2, "部门(单位)名称", "重庆市巴南区人民政府一品街道办事处", "", "", "区级支出预算总量");
        s.merge(2, 2, 1, 3);
        s.num(2, 5, "3724.39");
        line(s, 3, "当年整体绩效目标", "2022年街道预算收支平衡;保障街道机关事业在编人员工资福利支出、退休人员的医保、健康休养费及节日慰问支出等待遇、保障临聘人员劳务工资补助;保障各村居人员、办公、党建等经费支出,切实加强基层组织建设;保障辖区民政优抚对象救济补助、特困人员救助供养补助,有效改善受助对象生活水平;对村居开展安全巡逻,有效保障辖区社会秩序安全稳定;对场镇环境进行清扫保洁、绿化养护、市政设施维修,保障场镇干净卫生;对辖区125公里农村公路开展养护维修;保障春秋季强制免疫、免疫密度100%、免疫有效抗体70%以上;促进一品街道经济社会健康有序发展。", 5);
        s.row(4, "绩效指标", "指标名称", "指标权重", "计量单位", "指标性质", "指标值");
        rows(s, 5, 1, new String[][] {
                {"预算执行率", "10", "%", "=", "100"},
                {"预决算及时编制率", "10", "%", "=", "100"},
                {"政府预决算公开率(除涉密信息外)", "10", "%", "=", "100"},
                {"基层组织建设办公阵地和干部人才保障有效性", "10", "", "", "有效保障"},
                {"民政优抚及特困受助对象生活水平改善情况", "10", "", "", "有效改善"},
                {"民政优抚及特困补助发放及时率", "10", "%", "=", "100"},
                {"农村公路养护里程", "10", "公里", "=", "125"},
                {"开展各种文艺活动场次", "10", "", "", "20"},
                {"森林受灾率", "10", "%", "", "1"},
                {"饲养动物免疫率", "5", "%", "=", "100"},
                {"服务对象满意度", "5", "%", "", "95"}});
        s.merge(4, 15, 0, 0);
        return wb;
    }
}
