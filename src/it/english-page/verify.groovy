import groovy.json.JsonSlurper

// -Djixiao.locale=en: the page, the Markdown summary and the formula texts of score-summary.json (each criterion's
// explanation, its figures and sub-items, the reasons for points not scored) hold Chinese only where it comes from
// the department's own data (the submission's files), or as a Chinese term glossed in English ("达成 (achieved)").
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
def out = new File(basedir, "target/jixiao")
def summary = new JsonSlurper().parse(new File(out, "score-summary.json"), "UTF-8")
def allowed = new StringBuilder()
new File(basedir, "submission").eachFileRecurse { f -> if (f.isFile()) allowed.append(f.getText("UTF-8")).append('\n') }
def text = allowed.toString()
def cjk = ~/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2e80-\u2fdf]+/
def glossed = ~/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2e80-\u2fdf]+(?=["”]? \([A-Za-z0-9])|(?<=[A-Za-z] )\([\u4e00-\u9fff\/]+\)/
def foreign = { String s -> (s.replaceAll(glossed, "") =~ cjk).collect { it }.findAll { !text.contains(it) }.unique() }
["score-summary.html", "score-summary.md"].each { name ->
    def f = foreign(new File(out, name).getText("UTF-8"))
    assert f.isEmpty() : name + " holds Chinese from outside the department's data: " + f
}
def formulas = new StringBuilder()
def walk
walk = { c ->
    formulas.append(c.explanation ?: "").append('\n')
    (c.inputs ?: []).each { formulas.append(it.label).append('\n').append(it.value).append('\n') }
    (c.items ?: []).each { walk(it) }
}
summary.criteria.each { walk(it) }
(summary.unscored ?: []).each { formulas.append(it.reason ?: "").append('\n') }
def ff = foreign(formulas.toString())
assert ff.isEmpty() : "score-summary.json's formula texts hold Chinese from outside the department's data: " + ff
def html = new File(out, "score-summary.html").getText("UTF-8")
assert html.contains("<html lang=\"en\">")
assert html.contains("Excellent")
assert html.contains("Budget execution rate")
assert html.contains("error(s)")
assert html.contains("annual mean (")
assert log.contains("Score: 96.15 / 100.00")
return true
