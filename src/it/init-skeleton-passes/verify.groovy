import groovy.json.JsonSlurper

def gen = new File(basedir, "generated")
["pom.xml", "submission/department.json", "submission/budget.json", "submission/tasks.json", "submission/indicators.json"].each {
    assert new File(gen, it).isFile() : it
}
def dept = new JsonSlurper().parse(new File(gen, "submission/department.json"), "UTF-8")
assert dept.name == "深圳市福田区示例局" && dept.year == 2025 && dept.stage == "目标申报"
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
def json = new JsonSlurper().parse(new File(gen, "target/jixiao/findings.json"), "UTF-8")
// the only findings are those saying what to fill in: no input, schema or structure problems
assert !json.findings.any { it.rule.startsWith("json-") || it.rule.startsWith("schema") || it.rule == "submission-structure" }
// and no score at 目标申报
assert !new File(gen, "target/jixiao/score-summary.json").exists()
// but a page to read on the first day: the verdict and what to fill in
def page = new File(gen, "target/jixiao/score-summary.html").getText("UTF-8")
assert page.contains("目标申报阶段不评分") && page.contains("placeholder-left")
assert new File(gen, "target/jixiao/score-summary.md").getText("UTF-8").contains("## 问题")
// and the workbook finance staff open in Excel: the indicators and the findings (no 评分表 before the year end)
assert new File(gen, "target/jixiao/score-summary.xlsx").isFile()
return true
