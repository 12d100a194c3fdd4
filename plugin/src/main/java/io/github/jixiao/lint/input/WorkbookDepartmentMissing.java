package io.github.jixiao.lint.input;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "workbook-department-missing",
        severity = Severity.ERROR,
        category = Category.COMPLETENESS,
        titleZh = "导入的表头没有单位名称",
        titleEn = "The imported form's header names no unit",
        rationaleZh = "jixiao:import 从工作簿（.xlsx、.xls）或 Word 文档（.docx）表头“部门名称”（单位名称、预算单位）、“填报单位”、“主管部门”或“实施单位”右侧的单元格（或同一单元格冒号后的文字，如“填报单位（盖章）：XX局”）读取单位名称。表头没有这些栏目时，导入的 department.json 没有单位名称（name），"
                + "报告、评分表和汇总都无法说明是哪个单位的申报。请在工作簿或文档的表头填写本单位的名称（部门名称、填报单位或实施单位；主管部门只记为上级）后重新导入，或直接在 department.json 中补上 name。消息按导入记录的文件类型称“工作簿”或“Word 文档”。",
        rationaleEn = "jixiao:import reads the department's name, in a workbook (.xlsx, .xls) or a Word document (.docx), from the cell right of 部门名称 (department name), 单位名称 (unit name), "
                + "预算单位 (budget unit), 填报单位 (filing unit), 主管部门 (department in charge) or 实施单位 (implementing unit) in the header rows, "
                + "or from the text after the label and a colon in its own cell (填报单位（盖章）：XX局). When the header has none of them, the imported department.json has no name, and the reports, the scoring table and the "
                + "aggregate cannot say whose submission it is. Fill in the unit's own name in the header of the workbook or document (部门名称, 填报单位 or 实施单位; a 主管部门 (department in charge) alone is taken as the department over it) and import again, or add name to department.json. "
                + "The message calls it a workbook or a Word document, as the import recorded the file's type.",
        source = "jixiao:import（docs/forms.md）",
        sourceEn = "jixiao:import (docs/forms.md): the header fields it reads",
        messages = {
            @RuleInfo.Message(zh = "工作簿表头 {0} 中没有“部门名称”“填报单位”“实施单位”或“主管部门”，导入的 department.json 因此没有单位名称（name）。请在表头填写本单位的名称（如“填报单位：XX局”）后重新导入"
                    + "（-Djixiao.overwrite=true），或在 department.json 中补上单位名称（name）。",
                    en = "The workbook's header rows {0} name no 部门名称 (department name), 填报单位 (filing unit), 实施单位 (implementing unit) or 主管部门 (department in charge), so the imported department.json "
                            + "has no 单位名称 (name). Fill in the unit's name in the header (such as 填报单位：XX局) and import again (-Djixiao.overwrite=true), or add the 单位名称 (name) to department.json.",
                    cells = {0}),
            @RuleInfo.Message(key = "word", zh = "Word 文档的表头 {0} 中没有“部门名称”“填报单位”“实施单位”或“主管部门”，导入的 department.json 因此没有单位名称（name）。请在文档表头填写本单位的名称（如“填报单位：XX局”）后重新导入"
                    + "（-Djixiao.overwrite=true），或在 department.json 中补上单位名称（name）。",
                    en = "The Word document's header rows {0} name no 部门名称 (department name), 填报单位 (filing unit), 实施单位 (implementing unit) or 主管部门 (department in charge), so the imported department.json "
                            + "has no 单位名称 (name). Fill in the unit's name in the document's header (such as 填报单位：XX局) and import again (-Djixiao.overwrite=true), or add the 单位名称 (name) to department.json.",
                    cells = {0})
        })
public final class WorkbookDepartmentMissing implements InputRule {
    // reported by the engine from the import's sidecar while department.json has no name (engine.ImportedCells); key
    // "word" where the sidecar is a Word document's (its type docx), "" for a workbook's
}
