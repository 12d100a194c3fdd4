// mvn site: the jixiao report is written into the site as jixiao.html and listed among the project reports
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
def page = new File(basedir, "target/site/jixiao.html")
assert page.isFile() : "mvn site wrote no target/site/jixiao.html"
def html = page.getText("UTF-8")
assert html.startsWith("<!DOCTYPE html>")
assert html.contains("96.15")
assert html.contains("id=\"verdict\"")
assert html.contains("<b>11</b>") : "the error count"
assert !html.contains("<script")
// <rules> in the reporting section: the rule turned off there is off on the page (8 findings on the sample otherwise)
assert !html.contains("indicator-target-no-comparator") : "a rule turned off in <rules> shows on the site page"
// the page is the reviewer's page of this build: the same file check writes
def summary = new File(basedir, "target/site/project-reports.html")
if (summary.isFile()) {
    assert summary.getText("UTF-8").contains("jixiao.html")
}
// jixiao:report run directly (invocation 2) writes the same page to target/reports, as README's goal table says
def direct = new File(basedir, "target/reports/jixiao.html")
assert direct.isFile() : "jixiao:report run directly wrote no target/reports/jixiao.html"
assert direct.getText("UTF-8").contains("id=\"verdict\"")
// rule links only where jixiao.rulesUrl says where the rules are published: none on the site page, the address on the direct one
assert !html.contains("rules.md#") : "the site page links a rule though no jixiao.rulesUrl is set"
assert direct.getText("UTF-8").contains("<a href=\"https://docs.example.org/jixiao/rules.md#") : "jixiao:report ignores jixiao.rulesUrl"
return true
