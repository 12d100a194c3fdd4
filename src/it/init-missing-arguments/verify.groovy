def log = new File(basedir, "build.log").getText("UTF-8") // one log for the two invocations
assert log.contains("jixiao:init 需要部门名称和预算年度：请加上 -Djixiao.department=某某局 -Djixiao.year=2025（年度只写数字）再运行。")
assert log.contains("不能是“2025年”。请写成 -Djixiao.year=2025。")
assert !log.contains("are missing or invalid") && !log.contains("Cannot convert")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
assert !new File(basedir, "generated").exists() : "nothing written"
return true
