def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
common.assertFinding(basedir, "submission/department.json", "json-limit", "字符串长度超过")
assert new File(basedir, "build.log").length() < 1_000_000
new File(basedir, "target/jixiao").eachFile { assert it.length() < 1_000_000 : it }
return true
