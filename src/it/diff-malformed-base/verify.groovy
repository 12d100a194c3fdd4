def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD FAILURE")
assert log.contains("jixiao.baseSummary") && log.contains("base-summary.json") : "the error names the file"
assert log.contains("不是 jixiao 的得分汇总")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
assert !new File(basedir, "target/jixiao/diff.md").exists() : "the planted diff.md survived"
assert !new File(basedir, "target/jixiao/diff.json").exists()
return true
