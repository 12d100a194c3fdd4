def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
common.assertFinding(basedir, "submission/budget.json", "json-number", "1E+400")
return true
