def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD FAILURE")
assert log.contains("<rules> 中的规则“indicator-target-mised”不存在。是否应为“indicator-target-missed”？")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
// a configuration error: nothing was checked, no report claims otherwise
assert !new File(basedir, "target/jixiao/findings.json").exists()
return true
