import groovy.json.JsonSlurper

def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
def out = new File(basedir, "target/jixiao")

// HTML: the name is text, never markup
def html = new File(out, "score-summary.html").getText("UTF-8")
assert !html.contains("<script")
assert html.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
assert html.contains("&lt;script&gt;alert(2)")
assert !html.contains("\u202e") && !html.contains("\u001b")

// Markdown: no raw HTML, link, mention or line break from the data
def md = new File(out, "score-summary.md").getText("UTF-8")
assert !(md =~ /(?<!\\)<script/) : "an unescaped <script in the Markdown"
assert md.contains("\\<script\\>alert(1)\\</script\\>")
assert !(md =~ /(?<!\\)\[x(?<!\\)\]\(/) : "a link from the data"
assert !md.contains("@admin")
assert !md.contains("\n::notice::")
assert !md.contains("\u202e") && !md.contains("\u001b")

// SARIF: valid JSON, the message holds the name as text, no raw control or bidi character
def sarifText = new File(out, "findings.sarif").getText("UTF-8")
assert !sarifText.contains("\u202e") && !sarifText.contains("\u001b")
def sarif = new JsonSlurper().parseText(sarifText)
def missed = sarif.runs[0].results.find { it.ruleId == "indicator-target-missed" }
assert missed.message.text.contains("<script>alert(2)") : "SARIF keeps the text (JSON-escaped), its clients show it as text"
assert !missed.message.text.contains("\n")

// console: no forged workflow command, no escape sequence, no bidi override
assert !(log =~ /(?m)^\s*::notice::/) : "a forged workflow command"
assert log.contains("::notice::forged") : "the indicator's name is in the console, on the line of its finding"
assert !log.contains("\u001b[31m")
assert !log.contains("\u202e")
return true
