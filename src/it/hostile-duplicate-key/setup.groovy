def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
def sub = common.copySample(basedir, new File(repoRoot))
def f = new File(sub, "budget.json")
def t = f.getText("UTF-8")
f.setText(t.replaceFirst('"carryover"', '"actualExpenditure": {"value": 1, "unit": "万元"},\n  "carryover"'), "UTF-8")
return true
