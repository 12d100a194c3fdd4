import groovy.json.JsonOutput
import groovy.json.JsonSlurper

// jixiao:init wrote a repository into the empty folder "generated"; here its own Maven Wrapper builds it, offline,
// as a department would on day one: first with the placeholders in (the strict build fails naming each), then
// filled in (it passes).
def gen = new File(basedir, "generated")
["mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties", ".mvn/jvm.config", ".gitignore", ".github/workflows/jixiao.yml", ".gitlab-ci.yml",
 "README.md", "pom.xml"].each { assert new File(gen, it).isFile() : it }
assert new File(gen, "mvnw").canExecute()
assert new File(gen, ".mvn/wrapper/maven-wrapper.properties").getText("UTF-8").contains("apache-maven-3.9.16-bin.zip")

// Offline, the wrapper's Maven 3.9.16 comes from ~/.m2/wrapper (cached by this repository's own ./mvnw) and the
// plugin under test with its dependencies from the IT's local repository, where they were cached from the
// repository "local.central" of src/it/settings.xml: a build offline may use them only under that id.
def settings = new File(basedir, "offline-settings.xml")
settings.setText("""<settings><profiles><profile><id>it</id><activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>local.central</id><url>file:///nonexistent</url></repository></repositories>
<pluginRepositories><pluginRepository><id>local.central</id><url>file:///nonexistent</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>""", "UTF-8")

def mvnw = { String logName ->
    def cmd = ["./mvnw", "-o", "-B", "-s", settings.absolutePath, "-Dmaven.repo.local=" + localRepositoryPath.absolutePath,
               "verify", "-Djixiao.failOnViolation=true"]
    def p = new ProcessBuilder(cmd).directory(gen).redirectErrorStream(true).start()
    def out = p.inputStream.getText("UTF-8")
    p.waitFor()
    new File(basedir, logName).setText(out, "UTF-8")
    return [p.exitValue(), out]
}

def (code, log) = mvnw("mvnw-placeholders.log")
assert code != 0 : "the strict build passed with the placeholders in"
assert log.contains("Apache Maven 3.9.16") || log.contains("BUILD FAILURE")
assert log.contains("BUILD FAILURE")
def findings = new JsonSlurper().parse(new File(gen, "target/jixiao/findings.json"), "UTF-8").findings
def placeholders = findings.findAll { it.rule == "placeholder-left" }.collect { it.file + it.pointer } as Set
def expected = ["submission/department.json/preparer", "submission/department.json/contact",
                "submission/department.json/overallGoals/expected/0",
                "submission/budget.json/initialBudget/value", "submission/budget.json/fullYearBudget/value",
                "submission/tasks.json/tasks/0/name", "submission/tasks.json/tasks/0/content",
                "submission/tasks.json/tasks/0/budget/total/value"] + (0..8).collect { "submission/indicators.json/indicators/" + it + "/name" }
assert placeholders == expected as Set
// the console names them too, file by file, with line and column
["department.json", "budget.json", "tasks.json", "indicators.json"].each { f ->
    assert log.contains("文件 submission/" + f)
}
assert log.contains("[placeholder-left] “（请填写年度总体目标）”是 jixiao:init 留下的占位文字")
assert log.contains("[placeholder-left] 填报人（preparer）为空")
assert log.contains("[placeholder-left] 年初预算（initialBudget）为 0")
// no actual is asked for at 目标申报
assert !findings.any { it.key?.contains("actual") }

// fill everything in
def slurp = { String f -> new JsonSlurper().parse(new File(gen, "submission/" + f), "UTF-8") }
def spit = { String f, Object o -> new File(gen, "submission/" + f).setText(JsonOutput.prettyPrint(JsonOutput.toJson(o)), "UTF-8") }
def dept = slurp("department.json")
dept.preparer = "李四"
dept.contact = "0755-12345678"
dept.overallGoals.expected = ["全年举办科普活动不少于 40 场，服务企业不少于 200 家"]
spit("department.json", dept)
def budget = slurp("budget.json")
budget.initialBudget.value = 120.5
budget.fullYearBudget.value = 120.5
spit("budget.json", budget)
def tasks = slurp("tasks.json")
tasks.tasks[0].name = "科普活动"
tasks.tasks[0].content = "举办科普讲座和展览"
assert tasks.tasks[0].budget.total.unit == "万元" : "the task's budget in the unit of budget.json's"
tasks.tasks[0].budget.total.value = 120.5 // the tasks add up to the full-year budget (sum-mismatch)
spit("tasks.json", tasks)
def filled = ["数量指标": ["科普活动场次", "≥ 40 场"], "质量指标": ["活动验收合格率", "≥ 95%"], "时效指标": ["活动按期完成率", "≥ 90%"],
              "成本指标": ["单场活动成本", "≤ 3 万元"], "经济效益指标": ["带动企业研发投入", "≥ 500 万元"],
              "社会效益指标": ["参与市民人次", "≥ 8000 人次"], "生态效益指标": ["线上活动占比", "≥ 30%"],
              "可持续影响指标": ["长期合作科普基地数", "≥ 5 家"], "服务对象满意度指标": ["参与市民满意度", "≥ 90%"]]
def ind = slurp("indicators.json")
ind.indicators.each { i ->
    def v = filled[i.level2]
    assert v != null : i.level2
    i.name = v[0]
    i.target = v[1]
}
spit("indicators.json", ind)

def (code2, log2) = mvnw("mvnw-filled.log")
assert code2 == 0 : "the strict build still fails once filled in:\n" + log2
assert log2.contains("BUILD SUCCESS")
def after = new JsonSlurper().parse(new File(gen, "target/jixiao/findings.json"), "UTF-8").findings
assert !after.any { it.rule == "placeholder-left" }
assert !after.any { it.severity == "error" }
return true
