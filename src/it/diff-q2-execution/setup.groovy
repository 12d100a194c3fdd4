def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
common.copySample(new File(basedir, "base"), new File(repoRoot))
def sub = common.copySample(basedir, new File(repoRoot))
def f = new File(sub, "budget.json")
def text = f.getText("UTF-8")
assert text.contains('"cumulativePercent": 55.25')
f.setText(text.replace('"cumulativePercent": 55.25', '"cumulativePercent": 45.25'), "UTF-8")
return true
