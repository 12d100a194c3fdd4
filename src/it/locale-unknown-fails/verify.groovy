// an unsupported locale is a configuration error naming the supported ones; no report is written in a wrong language
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD FAILURE")
assert log.contains("jixiao.locale 'fr' is not supported: use zh-CN or en")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
assert !new File(basedir, "target/jixiao/score-summary.html").exists()
return true
