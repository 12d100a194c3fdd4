def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
["a", "b", "c"].each { common.copySample(new File(basedir, "dept-" + it), new File(repoRoot)) }
// make the three differ: b misses the Q2 schedule, c names itself differently
def b = new File(basedir, "dept-b/submission/budget.json")
b.setText(b.getText("UTF-8").replace('"cumulativePercent": 55.25', '"cumulativePercent": 45.25'), "UTF-8")
def c = new File(basedir, "dept-c/submission/department.json")
c.setText(c.getText("UTF-8").replace("科技和工业信息化局（本级）", "示例局（第三个部门）"), "UTF-8")
return true
