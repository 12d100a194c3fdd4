def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
def sub = common.copySample(basedir, new File(repoRoot))
def f = new File(sub, "budget.json")
f.setText(f.getText("UTF-8").replace('"cumulativePercent": 24.48', '"cumulativePercent": 1e400'), "UTF-8")
return true
