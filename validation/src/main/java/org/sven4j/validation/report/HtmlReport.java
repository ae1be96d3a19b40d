package org.sven4j.validation.report;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.sven4j.validation.suite.RunResult;

/** report.html: the content of report.md in one self-contained file, figures embedded as base64 PNG. */
final class HtmlReport {
    private HtmlReport() {
    }

    /** @return the HTML document */
    public static String render(ReportModel m) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(m.title()))
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em;max-width:1400px}"
                        + "table{border-collapse:collapse;font-size:0.9em}td,th{border:1px solid #ccc;padding:2px 6px}"
                        + "td.n{text-align:right;font-family:monospace}th{background:#f0f0f0}"
                        + ".figs img{margin:4px;border:1px solid #eee;vertical-align:top}</style></head><body>\n");
        sb.append("<h1>").append(esc(m.title())).append("</h1>\n<ul>");
        MachineInfo mi = m.machine();
        sb.append("<li>Command: <code>").append(esc(mi.command())).append("</code></li>");
        sb.append("<li>Java: ").append(esc(mi.java())).append("</li>");
        sb.append("<li>OS: ").append(esc(mi.os())).append(", ").append(mi.processors()).append(" processors, ")
                .append(mi.threads()).append(" Sven4j threads</li>");
        sb.append("<li>Dense back-end: ").append(esc(mi.dense())).append("</li></ul>\n");
        sb.append("<h2>Results</h2>\n<table><tr>");
        for (String h : List.of("problem", "ansatz", "solver", "seed", "P", "points", "iterations", "seconds",
                "ms/iteration: evaluation / decomposition / step", "rel L2", "max abs error", "residual RMS", "status")) {
            sb.append("<th>").append(h).append("</th>");
        }
        sb.append("</tr>\n");
        for (RunResult r : m.results()) {
            sb.append("<tr><td>").append(esc(r.spec().problem())).append("</td><td>").append(r.spec().ansatz().id())
                    .append("</td><td>").append(r.spec().solver().id()).append("</td>");
            num(sb, Long.toString(r.spec().seed()));
            num(sb, Integer.toString(r.parameters()));
            num(sb, Integer.toString(r.points()));
            num(sb, Integer.toString(r.iterations()));
            num(sb, Fmt.secs(r.seconds()));
            num(sb, MarkdownReport.split(r));
            num(sb, Fmt.cell(r.relativeL2()));
            num(sb, Fmt.cell(r.maxAbsError()));
            num(sb, Fmt.cell(r.residualRms()));
            sb.append("<td title=\"").append(esc(r.message())).append("\">").append(esc(r.status()))
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n");
        List<ReportModel.SeedSummary> seeds = m.seedSummaries();
        if (!seeds.isEmpty()) {
            sb.append("<h2>Across seeds</h2>\n<table><tr><th>problem / ansatz</th><th>solver</th><th>runs</th>"
                    + "<th>worst rel L2</th><th>median rel L2</th><th>median s</th></tr>\n");
            for (ReportModel.SeedSummary s : seeds) {
                sb.append("<tr><td>").append(esc(s.group())).append("</td><td>").append(s.solver().id()).append("</td>");
                num(sb, Integer.toString(s.runs()));
                num(sb, Fmt.cell(s.worstRelL2()));
                num(sb, Fmt.cell(s.medianRelL2()));
                num(sb, Fmt.secs(s.medianSeconds()));
                sb.append("</tr>\n");
            }
            sb.append("</table>\n");
        }
        sb.append("<h2>Solver settings</h2>\n<table><tr><th>problem / ansatz</th><th>solver</th><th>settings</th></tr>\n");
        for (Map.Entry<String, String> e : MarkdownReport.settings(m.results()).entrySet()) {
            String[] k = e.getKey().split(" \\| ", 2);
            sb.append("<tr><td>").append(esc(k[0])).append("</td><td>").append(esc(k[1])).append("</td><td>")
                    .append(esc(e.getValue())).append("</td></tr>\n");
        }
        sb.append("</table>\n<p>").append(esc(MarkdownReport.NOTES)).append("</p>\n");
        Base64.Encoder b64 = Base64.getEncoder();
        for (Map.Entry<String, List<Figure>> e : m.figures().entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            sb.append("<h2>").append(esc(e.getKey())).append("</h2>\n<div class=\"figs\">");
            for (Figure f : e.getValue()) {
                sb.append("<img alt=\"").append(esc(f.title())).append("\" title=\"").append(esc(f.title()))
                        .append("\" src=\"data:image/png;base64,").append(b64.encodeToString(f.png())).append("\">");
            }
            sb.append("</div>\n");
        }
        sb.append("</body></html>\n");
        return sb.toString();
    }

    private static void num(StringBuilder sb, String v) {
        sb.append("<td class=\"n\">").append(esc(v)).append("</td>");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
