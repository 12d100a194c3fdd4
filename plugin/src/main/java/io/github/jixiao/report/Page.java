package io.github.jixiao.report;

/**
 * What every jixiao HTML page shares: the document head, one stylesheet (screen and A4 print), the footer. The
 * score summary, the aggregate and the site report all look alike. Nothing is loaded from anywhere: no script,
 * no external stylesheet, font or image.
 */
final class Page {
    private Page() {
    }

    static final String CSS = """
            :root{--ok:#1b5e20;--ok-bg:#e8f5e9;--warn:#8a4b00;--warn-bg:#fff4e0;--err:#b00020;--err-bg:#fdecee;--muted:#5f6368;\
            --full:#2e7d32;--part:#f0a202;--zero:#c62828;--track:#e6e6e6}
            body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Noto Sans",sans-serif;margin:1.5em auto;\
            max-width:1100px;color:#202124;line-height:1.5;padding:0 1em}
            h1{font-size:1.5em;margin:.1em 0}h2{font-size:1.2em;margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.15em}
            h3{font-size:1.05em;margin:1.2em 0 .3em}h4{font-size:.95em;margin:.6em 0 .2em}
            header .kicker,.meta,.detail,footer{color:var(--muted)}header .kicker{margin:0;font-size:.9em}
            .subtitle{margin:.1em 0 .4em;font-size:1.05em}.subtitle:empty{display:none}
            .verdict{border:2px solid #ccc;border-radius:6px;padding:.8em 1.1em;margin:1em 0}
            .verdict.ok{border-color:var(--ok);background:var(--ok-bg)}.verdict.warn{border-color:var(--part);background:var(--warn-bg)}
            .verdict.err{border-color:var(--err);background:var(--err-bg)}
            .verdict .score{font-size:1.25em;margin:0}.verdict .score b{font-size:1.6em}.verdict .grade{font-weight:bold;margin-left:.4em}
            .verdict .status{font-weight:bold;margin:.3em 0 0}
            ul.counts{list-style:none;margin:.4em 0 0;padding:0;display:flex;gap:1.2em;flex-wrap:wrap}
            ul.counts li b{font-size:1.15em}.c-error{color:var(--err)}.c-warning{color:var(--warn)}.c-info{color:var(--muted)}
            nav ul{list-style:none;padding:0;margin:.3em 0;display:flex;gap:1em;flex-wrap:wrap}
            ul.findings{list-style:none;margin:0;padding:0}ul.findings li{margin:.15em 0 .55em;padding-left:.7em;border-left:3px solid #ccc}
            ul.findings li.error{border-color:var(--err)}ul.findings li.warning{border-color:var(--part)}ul.findings li.info{border-color:#aaa}
            .msg{margin:0}.detail{margin:0;font-size:.85em}.detail code{font-size:.95em}.tag{font-size:.8em;padding:0 .35em;\
            border:1px solid #aaa;border-radius:3px;margin-left:.3em}
            table{border-collapse:collapse;width:100%;font-size:.92em;table-layout:fixed}
            th,td{border:1px solid #bbb;padding:.35em .5em;vertical-align:top;text-align:left;overflow-wrap:break-word;hyphens:auto}
            th{background:#f0f0f0}td.n,th.n{text-align:right}td.n{white-space:nowrap}tr.sum td{font-weight:bold;background:#fafafa}
            td.part{color:var(--warn)}td.zero{color:var(--err)}
            col.l1{width:10%}col.l2{width:11%}col.l3{width:16%}col.w{width:6.5%}col.s{width:6.5%}col.how{width:50%}
            .wide{overflow-x:auto;max-width:100%}.wide:focus-visible{outline:2px solid #1a57a8;outline-offset:2px}
            table.monitoring,table.targets{table-layout:auto}
            .formula{margin:.2em 0 0;font-family:ui-monospace,"SFMono-Regular",Consolas,monospace;font-size:.88em;color:#333}
            ul.items,ul.inputs,ul.f{margin:.3em 0 0 1.1em;padding:0}ul.f li{color:var(--warn)}ul.f li.error{color:var(--err)}\
            ul.f li.info{color:var(--muted)}
            .inputs-h{margin:.3em 0 0;font-size:.85em;color:var(--muted)}ul.inputs{font-size:.85em}
            .standard{margin:0 0 .3em;font-size:.85em;color:#444}p.note{margin:.3em 0 1em;font-size:.9em;color:var(--muted)}
            figure{margin:.6em 0 1.2em}figcaption{color:var(--muted);font-size:.9em}
            svg{display:block;margin:.4em 0;font-size:12px;max-width:100%;height:auto}
            svg .bg{fill:var(--track)}svg .full{fill:var(--full)}svg .part{fill:var(--part)}svg .zero{fill:var(--zero)}svg .unscored{fill:none;stroke:var(--err);stroke-width:1.5;stroke-dasharray:4 3}svg text{fill:#202124}
            ul.legend{list-style:none;padding:0;display:flex;gap:1.2em;font-size:.9em;margin:.2em 0}
            .sw{display:inline-block;width:.9em;height:.9em;vertical-align:-.1em;margin-right:.3em;border:1px solid #888}
            .sw.full{background:var(--full)}.sw.part{background:var(--part)}.sw.zero{background:var(--zero)}.sw.unscored{background:none;border:1.5px dashed var(--err)}
            .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
            footer{margin-top:2em;font-size:.85em;border-top:1px solid #ddd;padding-top:.4em}
            a{color:#1a57a8}
            @media screen and (max-width:700px){body{padding:0 .6em}table{table-layout:auto;min-width:600px}figure .wide svg{max-width:none}
            table.score{min-width:0}table.score,table.score tbody,table.score tr,table.score td{display:block}
            table.score colgroup{display:none}table.score thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
            table.score tr{border:1px solid #bbb;border-radius:4px;margin:.6em 0;padding:.35em .6em}table.score td{border:0;padding:.1em 0}
            table.score td.g{display:inline-block;color:var(--muted);font-size:.85em;margin-right:.7em}table.score td.c{font-weight:bold}
            table.score td.n{display:inline-block;text-align:left;margin-right:1.4em}table.score td:empty{display:none}
            table.score td[data-label]::before{content:attr(data-label) " ";color:var(--muted);font-size:.85em;font-weight:normal}
            table.score td.how{border-top:1px solid #e3e3e3;margin-top:.3em;padding-top:.3em}table.score tr.sum{background:#fafafa}}
            @page{size:A4;margin:15mm 12mm}
            @media print{body{max-width:none;margin:0;padding:0;font-size:10pt}.wide{overflow:visible}table{min-width:0}nav{display:none}a{color:inherit;text-decoration:none}
            h2,h3,h4{break-after:avoid;page-break-after:avoid}figure,.verdict,ul.findings li{break-inside:avoid-page}
            thead{display:table-header-group}tr,table.score tr{break-inside:avoid;page-break-inside:avoid}
            table.monitoring,table.targets{font-size:8.5pt}table.monitoring th,table.targets th{min-width:4em}
            table.monitoring td code,table.targets td code{font-size:.8em}
            .verdict{-webkit-print-color-adjust:exact;print-color-adjust:exact}svg{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
            """;

    /**
     * The page's own policy, as a browser enforces it: nothing is fetched, no script runs, only the inline stylesheet
     * applies. The page needs no more (every value is escaped; this holds if one day one were not), and a page mailed
     * or opened from a share loads nothing from anywhere (session 45).
     */
    static final String CSP = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            + "base-uri 'none'; form-action 'none'\">";

    /**
     * Opens a {@code div.wide}, the box a table or chart scrolls sideways in on a narrow screen: focusable
     * ({@code tabindex="0"}) so that a keyboard user can scroll it with the arrow keys (older browsers do not make a
     * scroll box focusable of themselves), and a region named {@code label} (escaped), so that a screen reader says what
     * the focus landed on (session 46). The caller closes it.
     */
    static void wide(StringBuilder sb, String label) {
        sb.append("<div class=\"wide\" tabindex=\"0\" role=\"region\" aria-label=\"").append(Escape.html(label)).append("\">");
    }

    /** The document head up to and including {@code <body>}. */
    static void head(StringBuilder sb, Messages m, String title) {
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(m.english() ? "en" : "zh-CN").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n").append(CSP).append('\n')
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"jixiao\">\n")
                .append("<title>").append(Escape.html(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    }

    /**
     * The footer: what produced the page, and the build's {@code project.build.outputTimestamp} said as what it is (init
     * writes {@code <year>-01-01T00:00:00Z}, which a reviewer took, unlabelled, for the report's date: session 38, trial E).
     * Never the clock: the page is the same bytes on every run.
     */
    static void foot(StringBuilder sb, Messages m, ReportMeta meta) {
        sb.append("<footer>").append(Escape.html(m.label("summary.producedBy", meta.pluginVersion(), meta.schemaVersion())));
        if (!meta.timestamp().isEmpty()) {
            sb.append(" · ").append(Escape.html(m.label("summary.buildTimestamp", meta.timestamp())));
        }
        sb.append("</footer>\n</body>\n</html>\n");
    }
}
