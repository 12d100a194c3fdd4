def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD FAILURE")
// jixiao's own message: the heap, the submission folder's size, and what to do
assert log =~ /jixiao 内存不足：检查此申报并写出报告用尽了 Maven 可用的 \d+ MB 堆内存（申报文件夹共 [\d.]+ MB）/
assert log.contains(".mvn/jvm.config")
// neither Maven's bare "Java heap space" nor a stack trace
assert !log.contains("Java heap space")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
assert !log.contains("Exception in thread")
return true
