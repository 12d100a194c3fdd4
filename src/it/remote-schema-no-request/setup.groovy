import com.sun.net.httpserver.HttpServer
import java.util.concurrent.atomic.AtomicInteger

def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
def sub = common.copySample(basedir, new File(repoRoot))
def hits = new AtomicInteger()
def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext("/") { ex -> hits.incrementAndGet(); ex.sendResponseHeaders(200, 2); ex.responseBody.withCloseable { it.write("{}".bytes) } }
server.start()
System.properties.put("jixiao.it.server", server)
System.properties.put("jixiao.it.hits", hits)
def url = "http://127.0.0.1:" + server.address.port + "/schemas/evil.schema.json"
def f = new File(sub, "management.json")
f.setText(f.getText("UTF-8").replace("https://jixiao.github.io/schemas/v1/management.schema.json", url), "UTF-8")
return true
