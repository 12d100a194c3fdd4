import groovy.json.JsonSlurper

def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
assert !log.contains("not marked as @threadSafe")
assert !log.toLowerCase().contains("thread-safe")
def agg = new JsonSlurper().parse(new File(basedir, "target/jixiao/aggregate.json"), "UTF-8")
assert agg.departments.size() == 3
assert agg.departments*.module as Set == ["dept-a", "dept-b", "dept-c"] as Set
// sorted by total, highest first
assert agg.departments[0].total >= agg.departments[1].total && agg.departments[1].total >= agg.departments[2].total
assert agg.departments[2].module == "dept-b" && agg.departments[2].total == 95.96
assert agg.grades["优"] == 3
assert agg.losses.size() > 0
// the findings the three share (copies of one sample: every rule in all three), the most widespread first
assert agg.common.size() > 0 && agg.common.every { it.departments == 3 || it.departments < agg.common[0].departments }
assert agg.common[0].departments == 3
assert new File(basedir, "target/jixiao/aggregate.md").getText("UTF-8").contains("| 95.96 |")
def aggMd = new File(basedir, "target/jixiao/aggregate.md").getText("UTF-8")
assert aggMd.contains("| 模块 | 部门 |") : "a module column"
def html = new File(basedir, "target/jixiao/aggregate.html").getText("UTF-8")
assert html.contains("<svg") && !(html =~ /(src|href)="https?:/)
// the departments' console lines interleave (-T 2): each names its department
def c = "深圳市福田区示例局（第三个部门）"
assert log.contains("[" + c + "] jixiao：") : "the totals line of dept-c names it"
def findingLines = log.readLines().findAll { it.contains("[indicator-target-missed]") }
assert findingLines.size() == 3
findingLines.each { assert it =~ /^\[(INFO|WARNING|ERROR)\] \[深圳市福田区[^\]]+\] / : it }
// a module column, each department linked to its own page, headed tables, the summary's look
["dept-a", "dept-b", "dept-c"].each { mod ->
    assert html.contains("<td><code>" + mod + "</code></td>")
    assert html.contains("<a href=\"../../" + mod + "/target/jixiao/score-summary.html\">")
    assert new File(basedir, mod + "/target/jixiao/score-summary.html").isFile()
}
assert html.findAll("<thead>").size() == 3 : "the three tables (departments, points lost, shared findings) have a header"
assert html.contains("id=\"verdict\"")
assert agg.departments.every { it.page != null }
// the 汇总表 for Excel beside them (a zip package: PK)
def xlsx = new File(basedir, "target/jixiao/aggregate.xlsx")
assert xlsx.isFile() && xlsx.bytes[0] == (byte) 'P' && xlsx.bytes[1] == (byte) 'K'
// GitLab's Code Quality report, which this reactor's .mvn/maven.config asks for: each department's files named from
// the repository's root (the folder of .mvn/; GitLab's checkout when this build runs in a GitLab job), so that GitLab
// links them into the merge request's diff
def ci = System.getenv("CI_PROJECT_DIR")
def root = basedir.toPath().toRealPath()
if (ci?.trim() && root.startsWith(new File(ci.trim()).toPath().toRealPath())) {
    root = new File(ci.trim()).toPath().toRealPath()
}
def merged = [] // GitLab merges the modules' reports and keeps one issue per fingerprint
["dept-a", "dept-b", "dept-c"].each { mod ->
    // SARIF too, as GitHub code scanning resolves a result's file from the repository's root
    def sarif = new JsonSlurper().parse(new File(basedir, mod + "/target/jixiao/findings.sarif"), "UTF-8")
    sarif.runs[0].results.each { assert it.locations[0].physicalLocation.artifactLocation.uri.startsWith(mod + "/") : it.locations }
    def cq = new JsonSlurper().parse(new File(basedir, mod + "/target/jixiao/gl-code-quality-report.json"), "UTF-8")
    def folder = root.relativize(new File(basedir, mod).toPath().toRealPath()).collect { it.toString() }.join("/")
    merged.addAll(cq*.fingerprint)
    assert cq.size() > 0
    cq.each { assert it.location.path.startsWith(folder + "/submission/") : it.location.path }
    assert cq*.fingerprint.toSet().size() == cq.size()
    assert cq.any { it.check_name == "indicator-target-missed" && it.severity in ["major", "minor"] }
}
// the three departments share most findings (copies of one sample): each stays an issue of its own
assert merged.toSet().size() == merged.size() : "a fingerprint in two modules' reports"
return true
