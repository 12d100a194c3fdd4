def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
common.assertFinding(basedir, "submission/management.json", "json-syntax", "文件是空的")
return true
