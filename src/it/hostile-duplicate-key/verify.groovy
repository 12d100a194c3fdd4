def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
common.assertFinding(basedir, "submission/budget.json", "json-duplicate-key", "actualExpenditure")
return true
