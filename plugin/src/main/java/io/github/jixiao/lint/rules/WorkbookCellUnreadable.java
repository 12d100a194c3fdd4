package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.lint.UnreadableCell;
import io.github.jixiao.model.Submission;

@RuleInfo(
        id = "workbook-cell-unreadable",
        severity = Severity.ERROR,
        category = Category.COMPLETENESS,
        titleZh = "导入的表中应为数字的单元格无法读取",
        titleEn = "An imported cell where a number belongs cannot be read",
        rationaleZh = "jixiao:import 从工作簿（或 Word 文档的表格）导入时，分值、得分、得分系数和资金各栏应为数字。单元格里是文字（如“见附件”“约 10”），或数字所在处是合并单元格时，"
                + "无法确定表中所填的数，该值没有写入 JSON：检查和评分都少了这一项，结果与表中所填不符。请在工作簿或文档中该单元格填入一个数字（取消合并）后重新导入，"
                + "或直接在 JSON 中补上。评分指标自评得分一格中的文字（如“满分”）由 score-input-missing（assessed-unreadable）在该单元格报告一次（此项按 0 分计），这里不再重复。",
        rationaleEn = "When jixiao:import reads a workbook (or a Word document's tables), the points, score, score-rate and funds columns hold numbers. A cell holding text (\"see annex\", "
                + "\"about 10\") or a merged block where a number belongs cannot be read as the figure the table states, so the value is left out of the JSON: "
                + "the check and the score lack it and differ from the table. Put a number in that cell (unmerged) and import again, or add the value to the JSON. "
                + "Text in the cell of a criterion's own score (满分 (full marks)) is reported once, at that cell, by score-input-missing (assessed-unreadable: the criterion scores 0), not here as well.",
        source = "jixiao:import（docs/forms.md）",
        sourceEn = "jixiao:import (docs/forms.md): the cells it reads and the values it could not read",
        messages = {
            @RuleInfo.Message(zh = "单元格 {0} 应为数字，却是“{1}”，这一格的{2}未导入，检查和评分都缺这一项。请在 {0} 填入数字后重新导入"
                    + "（-Djixiao.overwrite=true），或在 JSON 的这一处补上单元格 {0} 的数：{3}（数字，不加引号）。",
                    en = "Cell {0} should hold a number but holds \"{1}\", so its value for {2} was not imported and the check and the score lack it. Put a "
                            + "number in {0} and import again (-Djixiao.overwrite=true), or add the number of {0} to the JSON here: {3} (the number, without quotes).",
                    cells = {0}, fields = {2}, details = {3}),
            @RuleInfo.Message(key = "merged", zh = "单元格 {0} 应为单独的数字，却在合并单元格中（“{1}”），这一格的{2}未导入，检查和评分都缺这一项。"
                    + "请取消合并，在 {0} 填入该行自己的数字后重新导入（-Djixiao.overwrite=true），或在 JSON 的这一处补上单元格 {0} 的数：{3}（数字，不加引号）。",
                    en = "Cell {0} should hold a number of its own but lies in a merged block (\"{1}\"), so its value for {2} was not imported and the check "
                            + "and the score lack it. Unmerge the block, put the row's own number in {0} and import again (-Djixiao.overwrite=true), or add "
                            + "the number of {0} to the JSON here: {3} (the number, without quotes).", cells = {0}, fields = {2}, details = {3})
        })
public final class WorkbookCellUnreadable implements Rule {

    /** Whether the submission now holds a value (not null) where the unread cell's value belongs. */
    private static boolean filledIn(Submission submission, String ref) {
        try {
            tools.jackson.databind.JsonNode n = submission.node(ref);
            return n != null && !n.isNull();
        } catch (IllegalArgumentException e) {
            return false; // a pointer the sidecar should not hold: reported where it would be, as before
        }
    }

    /**
     * The JSON to write at the finding's place, which is the value's own (a null there) or the nearest object that
     * holds it: {@code "score": …} in the row; {@code "total": {"executed": …}} in a funds block without a total.
     */
    static String toType(Submission submission, String ref) {
        String pointer = Submission.splitRef(ref)[1];
        String at = pointer;
        while (at.lastIndexOf('/') > 0) {
            String up = at.substring(0, at.lastIndexOf('/'));
            tools.jackson.databind.JsonNode n;
            try {
                n = submission.node(Submission.splitRef(ref)[0] + "#" + up);
            } catch (IllegalArgumentException e) {
                n = null;
            }
            if (n != null && !n.isMissingNode()) {
                break; // the place the finding is at holds what follows
            }
            at = up;
        }
        String rest = pointer.substring(at.lastIndexOf('/'));
        return io.github.jixiao.load.Pointers.asJson(rest);
    }

    @Override
    public void check(Submission submission, RuleContext ctx) {
        for (UnreadableCell u : ctx.unreadableCells()) {
            if (u.ref() == null || u.ref().indexOf('#') < 0 || u.cell() == null || !u.key().isEmpty()) {
                continue;
            }
            if (filledIn(submission, u.ref())) {
                continue; // the value was added to the JSON by hand, as the message suggests: nothing is missing now
            }
            String pointer = Submission.splitRef(u.ref())[1];
            String field = pointer.substring(pointer.lastIndexOf('/') + 1);
            // located where the value belongs: the line of its row (or block) in the JSON, the pointer it would have;
            // and the JSON to type there ("score": …), as score-input-missing shows it (session 41, E3's trial)
            ctx.report(u.merged() ? "merged" : "", submission.src(u.ref()), u.cell(), u.text() == null ? "" : u.text(), field,
                    toType(submission, u.ref()));
        }
    }
}
