import groovy.json.JsonSlurper

// -Djixiao.kind=project: one project's submission, without the hand edit of department.json it needed before
def gen = new File(basedir, "generated")
["pom.xml", "submission/department.json", "submission/budget.json", "submission/indicators.json", "submission/adjustments.json"].each {
    assert new File(gen, it).isFile() : it
}
assert !new File(gen, "submission/tasks.json").exists() : "a project's table has no task list"
def dept = new JsonSlurper().parse(new File(gen, "submission/department.json"), "UTF-8")
assert dept.kind == "project" && dept.framework == "mof-project-2020" && dept.project.name == "（请填写项目名称）"
assert dept.name == "深圳市福田区示例局" && dept.year == 2025 && dept.stage == "目标申报"
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("kind project")
assert log.contains("BUILD SUCCESS")
def json = new JsonSlurper().parse(new File(gen, "target/jixiao/findings.json"), "UTF-8")
// as the department's: the only findings are those saying what to fill in, the project's name among them
assert !json.findings.any { it.rule.startsWith("json-") || it.rule.startsWith("schema") || it.rule == "submission-structure" || it.rule == "framework-invalid" }
assert json.findings.any { it.rule == "placeholder-left" && it.pointer == "/project/name" }
assert !new File(gen, "target/jixiao/score-summary.json").exists()
def page = new File(gen, "target/jixiao/score-summary.html").getText("UTF-8")
assert page.contains("目标申报阶段不评分") && page.contains("placeholder-left")
return true
