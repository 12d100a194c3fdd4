import groovy.json.JsonSlurper

def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD FAILURE")
// both files are named, with a line, in one run
assert log =~ /文件 submission\/tasks\.json/
assert log =~ /文件 submission\/budget\.json/
assert log =~ /\d+:\d+ 错误 \[json-syntax\]/
// no stack trace
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/)
assert !log.contains("Exception in thread")
def json = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8")
def syntax = json.findings.findAll { it.rule == "json-syntax" }
assert syntax*.file.sort() == ["submission/budget.json", "submission/tasks.json"]
assert syntax.every { it.line > 0 && it.column > 0 }
return true
