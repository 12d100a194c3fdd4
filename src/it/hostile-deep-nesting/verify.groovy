def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
common.assertFinding(basedir, "submission/tasks.json", "json-limit", "嵌套层数超过")
assert !new File(basedir, "build.log").getText("UTF-8").contains("StackOverflowError")
return true
