import groovy.json.JsonSlurper

def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD FAILURE")
assert log.contains("文件 submission/budget.json")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/)
// the line of the wrong value
def lines = new File(basedir, "submission/budget.json").readLines("UTF-8")
int expected = lines.findIndexOf { it.contains('"cumulativePercent": "55.25"') } + 1
assert expected > 0
def json = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8")
def f = json.findings.find { it.rule == "schema" }
assert f != null
assert f.file == "submission/budget.json"
assert f.line == expected
assert f.pointer == "/quarterlyExecution/1/cumulativePercent"
assert log.contains(expected + ":")
return true
