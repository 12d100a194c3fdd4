import groovy.json.JsonSlurper

// -Djixiao.locale=en: the page and the Markdown summary hold Chinese only where it comes from the department's own
// data (the submission's files) or from the scoring formula texts. The formula texts (each criterion's explanation,
// its figures and sub-items, as score-summary.json holds them) are built in Chinese by the scoring package and are
// excluded here explicitly: they are not translated yet.
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
def out = new File(basedir, "target/jixiao")
def summary = new JsonSlurper().parse(new File(out, "score-summary.json"), "UTF-8")
def allowed = new StringBuilder()
new File(basedir, "submission").eachFileRecurse { f -> if (f.isFile()) allowed.append(f.getText("UTF-8")).append('\n') }
def formulas
formulas = { c ->
    allowed.append(c.explanation ?: "").append('\n')
    (c.inputs ?: []).each { allowed.append(it.label).append('\n').append(it.value).append('\n') }
    (c.items ?: []).each { allowed.append(it.name).append('\n'); formulas(it) }
}
summary.criteria.each { formulas(it) }
def text = allowed.toString()
def cjk = ~/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2e80-\u2fdf]+/
["score-summary.html", "score-summary.md"].each { name ->
    def page = new File(out, name).getText("UTF-8")
    def foreign = (page =~ cjk).collect { it }.findAll { !text.contains(it) }.unique()
    assert foreign.isEmpty() : name + " holds Chinese from outside the department's data: " + foreign
}
def html = new File(out, "score-summary.html").getText("UTF-8")
assert html.contains("<html lang=\"en\">")
assert html.contains("Excellent")
assert html.contains("Budget execution rate")
assert html.contains("error(s)")
assert log.contains("Score: 96.15 / 100")
return true
