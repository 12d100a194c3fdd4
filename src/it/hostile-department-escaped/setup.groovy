def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
def sub = common.copySample(basedir, new File(repoRoot))
// the department's name and an indicator's name are written by the department: make them hostile
def dept = new File(sub, "department.json")
def text = dept.getText("UTF-8")
def name = text.find(/"name"\s*:\s*"[^"]*"/)
dept.setText(text.replaceFirst(java.util.regex.Pattern.quote(name),
        java.util.regex.Matcher.quoteReplacement('"name": "<script>alert(1)</script> | [x](javascript:alert(1)) @admin"')), "UTF-8")
def ind = new File(sub, "indicators.json")
ind.setText(ind.getText("UTF-8").replace("招引人才数量", "招引人才数量\\n::notice::forged <script>alert(2)</script>\\u202e\\u001b[31m"), "UTF-8")
return true
