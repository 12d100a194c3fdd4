import groovy.json.JsonSlurper
import io.github.jixiao.engine.Engine
import io.github.jixiao.engine.EngineOptions
import java.nio.file.Path

// import then check, in English, on the 丽江 workbook: the same score and findings as the hand-written JSON of
// form-lijiang-2020
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
assert log.contains("jixiao:import wrote submission/indicators.json") && log.contains("jixiao:import wrote submission/budget.json")

def summary = new JsonSlurper().parse(new File(basedir, "target/jixiao/score-summary.json"), "UTF-8")
assert summary.frameworkId == "mof-project-2020"
assert (summary.total as BigDecimal) == 100.00G

Path handWritten = new File(repoRoot, "src/it/form-lijiang-2020").toPath().toAbsolutePath().normalize()
def expected = new Engine().run(EngineOptions.of(handWritten, handWritten.resolve("submission")))
assert expected.sheet().total() == (summary.total as BigDecimal)
assert expected.sheet().grade() == summary.grade
expected.sheet().criteria().each { c ->
    def got = summary.criteria.find { it.id == c.id() }
    assert (got.score as BigDecimal) == c.score() : c.id()
    assert got.items*.score.collect { it as BigDecimal } == c.items()*.score() : c.id()
}
def findings = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8").findings
def key = { rule, file, pointer, sev -> rule + " " + file.substring(file.lastIndexOf('/') + 1) + "#" + pointer + " " + sev }
assert findings.collect { key(it.rule, it.file, it.pointer, it.severity) }.sort() ==
        expected.findings().collect { key(it.ruleId(), it.file(), it.pointer(), it.severity().id()) }.sort()
assert !findings.isEmpty()

// the printed 得分 9.00 below the 分值 10.00 of the first row: column I, row 12 of Sheet1
assert findings.find { it.rule == "score-claim-mismatch" && it.pointer == "/indicators/0/score" }.cell == "Sheet1!I12"
assert log.contains("(cell Sheet1!")
return true
