import groovy.json.JsonSlurper
import io.github.jixiao.engine.Engine
import io.github.jixiao.engine.EngineOptions
import java.nio.file.Path

// import then check on the 棠溪 workbook: the same score and findings as the hand-written JSON of form-tangxi-2022
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
assert log.contains("jixiao:import 写入 submission/indicators.json") && log.contains("jixiao:import 写入 submission/budget.json")

def summary = new JsonSlurper().parse(new File(basedir, "target/jixiao/score-summary.json"), "UTF-8")
assert summary.frameworkId == "mof-project-2020"
assert (summary.total as BigDecimal) == 90.00G
assert summary.project == "委托业务项目"

Path handWritten = new File(repoRoot, "src/it/form-tangxi-2022").toPath().toAbsolutePath().normalize()
def expected = new Engine().run(EngineOptions.of(handWritten, handWritten.resolve("submission")))
assert expected.sheet().total() == (summary.total as BigDecimal)
expected.sheet().criteria().each { c ->
    def got = summary.criteria.find { it.id == c.id() }
    assert (got.score as BigDecimal) == c.score() : c.id()
    assert got.items*.score.collect { it as BigDecimal } == c.items()*.score() : c.id()
}
def findings = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8").findings
def key = { rule, file, pointer, sev -> rule + " " + file.substring(file.lastIndexOf('/') + 1) + "#" + pointer + " " + sev }
assert findings.collect { key(it.rule, it.file, it.pointer, it.severity) }.sort() ==
        expected.findings().collect { key(it.ruleId(), it.file(), it.pointer(), it.severity().id()) }.sort()

// each finding on imported data names its cell (blank rows/columns shift everything by 2 rows and 1 column)
assert findings.find { it.rule == "indicator-template-row" }.cell == "自评表!C24"
assert findings.findAll { it.rule == "sum-mismatch" }*.cell.every { it != null && it.startsWith("自评表!") }
assert log.contains("（单元格 自评表!")
assert new File(basedir, "target/jixiao/score-summary.xlsx").isFile()
return true
