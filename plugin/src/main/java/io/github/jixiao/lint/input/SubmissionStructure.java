package io.github.jixiao.lint.input;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "submission-structure",
        severity = Severity.ERROR,
        category = Category.COMPLETENESS,
        titleZh = "申报文件缺失、重复或多余",
        titleEn = "Submission files missing, duplicated or unexpected",
        rationaleZh = "申报目录应含部门信息、预算、指标等文件，每类一个；缺少的文件使检查和计分无从进行，多余的文件会被忽略而不是静默通过。",
        rationaleEn = "A submission holds one file of each kind (profile, budget, indicators …); a missing one stops checks and scoring, an unexpected one is named rather than silently ignored.",
        source = "jixiao schemas/v1",
        messages = {
            @RuleInfo.Message(key = "missing-file", zh = "申报目录中缺少文件 {1}.json（$schema 为 {0}）。请添加这个文件：可在另一个文件夹运行 jixiao:init 生成模板，把其中的 {1}.json 复制过来再填写。",
                    en = "The submission folder has no {1}.json ($schema {0}). Add it: run jixiao:init in another folder for a template, copy its {1}.json here and fill it in."),
            @RuleInfo.Message(key = "duplicate-role", zh = "此文件与 {1} 声明了同一个 $schema（{0}）：每类数据只能有一个文件，jixiao 读的是 {1}，不读此文件。请删去此文件，或把其中的内容并入 {1}。",
                    en = "This file names the same $schema ({0}) as {1}: each kind of data has one file, and jixiao reads {1}, not this one. Delete this file or merge what it holds into {1}."),
            @RuleInfo.Message(key = "unexpected-file", zh = "申报目录中有不是 JSON 的文件“{0}”，它不会被检查。请移走它，或用 excludes 排除。",
                    en = "The submission folder holds a file that is not JSON, \"{0}\"; it is not checked. Move it or exclude it."),
            @RuleInfo.Message(key = "saved-as-text", zh = "文件“{0}”的名字末尾多了“.txt”（用记事本“另存为”、保存类型为“文本文档”时会加上，Windows 默认不显示），"
                    + "jixiao 不读它，申报因此缺少 {1}。请把它改名为 {1}：在资源管理器的“查看”中勾选“文件扩展名”后改名；以后另存为时把保存类型选为“所有文件”。",
                    en = "The file \"{0}\" has \".txt\" at the end of its name (Notepad adds it when saving as a text document, and Windows hides it), so jixiao does "
                            + "not read it and the submission has no {1}. Rename it to {1}: show file name extensions in Explorer's View menu, then rename; when saving, "
                            + "choose the type All files."),
            @RuleInfo.Message(key = "unexpected-workbook", zh = "申报目录中的“{0}”是 Excel 表格，jixiao 不直接检查它。要把表格中的内容作为申报，"
                    + "请在项目文件夹运行 ./mvnw jixiao:import -Djixiao.workbook={0} -Djixiao.overwrite=true（见项目 README.md“已有 Excel 或 Word 表格”），"
                    + "再把原表移到 submission 文件夹之外。",
                    en = "\"{0}\" in the submission folder is an Excel workbook, which jixiao does not check as it is. To file what the table holds, run "
                            + "./mvnw jixiao:import -Djixiao.workbook={0} -Djixiao.overwrite=true in the project folder (the project's README.md, \"Starting from a "
                            + "spreadsheet or a Word report\"), then move the table out of the submission folder."),
            @RuleInfo.Message(key = "no-directory", zh = "申报目录 {0} 不存在。请创建它，或用 submissionDirectory 参数指定位置。",
                    en = "The submission folder {0} does not exist. Create it or set submissionDirectory."),
            @RuleInfo.Message(key = "empty-directory", zh = "申报目录 {0} 中没有 JSON 文件。",
                    en = "The submission folder {0} holds no JSON file."),
            @RuleInfo.Message(key = "path-outside", zh = "路径“{0}”指向项目目录之外。佐证材料必须放在项目内，用相对路径引用。",
                    en = "The path \"{0}\" leads outside the project. Evidence must sit inside the project, named by a relative path."),
            @RuleInfo.Message(key = "too-many-sidecars", zh = "申报目录 {0} 及其下一级文件夹中有 {1} 个 jixiao:import 写下的单元格记录文件（.jixiao-cells），多于上限 {2} 个："
                    + "只读了 {2} 个，从“{3}”起的其余未读，报告中不会为那些文件夹的数值标出工作簿的单元格。请把每个项目的文件夹作为单独的申报目录检查，或删去不再使用的文件夹。",
                    en = "The submission folder {0} and its folders hold {1} .jixiao-cells files (the record jixiao:import writes of the cell each value came from), "
                            + "more than the {2} read: from \"{3}\" on they were not read, so the reports name no workbook cell for the values in those folders. "
                            + "Check each project's folder as a submission folder of its own, or delete the folders no longer used."),
            @RuleInfo.Message(key = "init-tasks-in-project", zh = "{0} 是 jixiao:init 为部门整体申报写下的年度主要任务清单，仍是占位内容；本申报是一个项目（department.json 的 kind 为 project），"
                    + "项目的绩效表没有任务清单，检查不需要它。请删除 {0}。",
                    en = "{0} is the list of main tasks jixiao:init writes for a whole department's filing, still holding its placeholders; this filing is one "
                            + "project's (department.json's kind is project), whose table has no task list, and the check needs none. Delete {0}."),
            @RuleInfo.Message(key = "earlier-table", zh = "申报的阶段是“{0}”，而 jixiao:import 记下的单元格（.jixiao-cells）来自“{1}”阶段的表 {2}：报告只为该表印有的栏目标出单元格，"
                    + "该表没有的栏目（如截至目前的完成值、完成目标可能性、得分）按 JSON 字段指出，不是要在该表中加列。请导入本阶段的表（jixiao:import，加 -Djixiao.overwrite=true），"
                    + "或删去 .jixiao-cells，直接在 JSON 中填写。",
                    en = "The submission's stage is \"{0}\", but the cells jixiao:import recorded (.jixiao-cells) are those of a table of the stage \"{1}\", {2}: "
                            + "the reports name cells only for what that table prints, and a field it has no column for (the value to date, the likelihood, a score) "
                            + "is named as the JSON's field, not as a column to add to that table. Import this stage's table (jixiao:import with "
                            + "-Djixiao.overwrite=true), or delete .jixiao-cells and fill in the JSON.")
        })
public final class SubmissionStructure implements InputRule {
}
