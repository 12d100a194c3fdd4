import groovy.json.JsonSlurper

def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD FAILURE")
assert log.contains("文件 submission/management.json")
assert log.contains("GBK")
assert log.contains("[json-encoding]")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/)
def json = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8")
def f = json.findings.find { it.rule == "json-encoding" }
assert f.file == "submission/management.json" && f.line > 0 && f.key == "gbk"
// the other files were still checked
assert json.files.size() == 7
return true
