// The stylesheet of the HTML report, embedded into every page so that the file is
// self-contained (no fonts, images or scripts to fetch). System fonts only; the
// colours keep enough contrast for print and for colour-blind readers (status is
// also spelled out in words, never shown by colour alone).
#include "html_parts.hpp"

namespace avvlint::report {

char const* const kHtmlStyle = R"css(
:root {
  --fg: #1d2330; --muted: #5b6474; --bg: #ffffff; --panel: #f5f7fa; --line: #dde2ea;
  --error: #b42318; --error-bg: #fdecea; --warning: #9a5b00; --warning-bg: #fff4dc;
  --info: #175cd3; --info-bg: #e8f0fe; --ok: #1a7f37; --ok-bg: #e6f4ea; --na: #667085; --na-bg: #eef0f3;
  --note-bg: #f1ecfb; --note: #6941c6;
}
* { box-sizing: border-box; }
html { font-size: 15px; }
body { margin: 0; color: var(--fg); background: var(--bg);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; line-height: 1.45; }
header.page { padding: 1.2rem 2rem 0.6rem; border-bottom: 3px solid var(--fg); }
header.page h1 { margin: 0; font-size: 1.5rem; letter-spacing: 0.01em; }
header.page nav h2 { font-size: 1rem; margin: 0.8rem 0 0.3rem; }
header.page nav ol { margin: 0; padding-left: 1.4rem; }
header.page nav li { margin: 0.15rem 0; }
main { padding: 0 2rem 2rem; max-width: 78rem; }
footer { padding: 1rem 2rem; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--line); }
article.document { padding-top: 1rem; }
article.document + article.document { border-top: 2px solid var(--line); margin-top: 2rem; }
h2 { font-size: 1.3rem; margin: 0.6rem 0 0.2rem; word-break: break-all; }
h3 { font-size: 1.12rem; margin: 1.8rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 1px solid var(--line); }
h4 { font-size: 0.95rem; margin: 1rem 0 0.4rem; }
p.meta, p.note { color: var(--muted); margin: 0.2rem 0 0.6rem; font-size: 0.9rem; }
.none { color: var(--muted); font-style: italic; }
a { color: var(--info); text-decoration: none; }
a:hover { text-decoration: underline; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85em; }

.cards { display: flex; flex-wrap: wrap; gap: 1.5rem; }
.cards .group { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: stretch; }
.cards .group h4 { width: 100%; margin: 0 0 0.1rem; color: var(--muted); font-weight: 600; }
.card { min-width: 6.5rem; padding: 0.5rem 0.8rem; border-radius: 6px; background: var(--panel);
  border-left: 5px solid var(--line); display: flex; flex-direction: column; }
.card .num { font-size: 1.5rem; font-weight: 700; line-height: 1.1; }
.card .lbl { font-size: 0.85rem; color: var(--muted); }

.badge { display: inline-block; padding: 0.05rem 0.45rem; border-radius: 999px; font-size: 0.8rem;
  font-weight: 600; white-space: nowrap; background: var(--na-bg); color: var(--na); }
.sev-error.card, .status-missing.card { border-left-color: var(--error); }
.sev-warning.card, .status-partial.card { border-left-color: var(--warning); }
.sev-info.card { border-left-color: var(--info); }
.status-met.card { border-left-color: var(--ok); }
.status-not-applicable.card { border-left-color: var(--na); }
.badge.sev-error, .badge.status-missing, .badge.transfer-no-safeguard, .badge.conflict { background: var(--error-bg); color: var(--error); }
.badge.sev-warning, .badge.status-partial, .badge.transfer-unknown { background: var(--warning-bg); color: var(--warning); }
.badge.sev-info { background: var(--info-bg); color: var(--info); }
.badge.status-met, .badge.transfer-inside-eea, .badge.transfer-adequate, .badge.transfer-safeguarded { background: var(--ok-bg); color: var(--ok); }
h4.sev-error { color: var(--error); } h4.sev-warning { color: var(--warning); } h4.sev-info { color: var(--info); }

table { border-collapse: collapse; width: 100%; }
table.coverage th, table.coverage td, table.subprocessors th, table.subprocessors td {
  text-align: left; vertical-align: top; padding: 0.35rem 0.55rem; border-bottom: 1px solid var(--line); }
table.coverage thead th, table.subprocessors thead th { background: var(--panel); font-size: 0.85rem; color: var(--muted); }
table.coverage td.num { color: var(--muted); width: 2.5rem; }
table.coverage td.basis { font-size: 0.88rem; white-space: nowrap; }
table.coverage td.evidence { font-size: 0.88rem; white-space: nowrap; }
table.coverage tr.status-missing { background: #fff8f7; }
table.coverage tr.status-partial { background: #fffcf3; }
.req-title { font-weight: 600; }
.req-id { display: block; color: var(--muted); font-size: 0.78rem; }
.detail { font-size: 0.88rem; color: var(--muted); margin-top: 0.2rem; }
table.subprocessors tr.transfer-problem { background: #fff8f7; }
ul.flows { list-style: none; margin: 0; padding: 0; }
ul.flows li { margin: 0.1rem 0; }

ol.findings { list-style: none; margin: 0; padding: 0; }
li.finding { border-left: 4px solid var(--line); background: var(--panel); border-radius: 4px;
  padding: 0.45rem 0.75rem; margin: 0 0 0.5rem; }
li.finding.sev-error { border-left-color: var(--error); }
li.finding.sev-warning { border-left-color: var(--warning); }
li.finding.sev-info { border-left-color: var(--info); }
li.finding:target { outline: 2px solid var(--info); }
li.finding .head { font-size: 0.88rem; color: var(--muted); }
li.finding .msg { margin: 0.25rem 0 0.1rem; }
li.finding code.rule { color: var(--muted); float: right; }
ul.related { margin: 0.2rem 0 0; padding-left: 1.2rem; font-size: 0.88rem; color: var(--muted); }

table.source { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.82rem;
  line-height: 1.5; border: 1px solid var(--line); }
table.source thead th { font-family: system-ui, sans-serif; text-align: left; background: var(--panel);
  color: var(--muted); font-weight: 600; padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--line); }
table.source td { vertical-align: top; padding: 0 0.5rem; }
table.source td.ln { width: 3.5rem; text-align: right; color: var(--muted); user-select: none;
  border-right: 1px solid var(--line); }
table.source td.ln a { color: var(--muted); }
table.source td.cl { width: 7rem; color: var(--note); white-space: nowrap; font-size: 0.78rem; }
table.source td.tx { white-space: pre-wrap; overflow-wrap: anywhere; }
table.source td.mk { width: 5rem; white-space: nowrap; }
table.source tr:target { background: #fff9c4; }
table.source tr.hit.sev-error td.ln { background: var(--error-bg); box-shadow: inset 3px 0 var(--error); }
table.source tr.hit.sev-warning td.ln { background: var(--warning-bg); box-shadow: inset 3px 0 var(--warning); }
table.source tr.hit.sev-info td.ln { background: var(--info-bg); box-shadow: inset 3px 0 var(--info); }
table.source tr.rel td.ln { background: var(--note-bg); }
mark { border-radius: 2px; padding: 0 1px; color: inherit; }
mark.sev-error { background: #f9c9c4; }
mark.sev-warning { background: #fde4a8; }
mark.sev-info { background: #cfe0fc; }
mark.note { background: var(--note-bg); border-bottom: 1px dashed var(--note); }
a.mark { display: inline-block; min-width: 1.5rem; margin-right: 0.2rem; padding: 0 0.3rem; border-radius: 3px;
  text-align: center; font-size: 0.75rem; font-family: system-ui, sans-serif; font-weight: 700; color: #fff; }
a.mark.sev-error { background: var(--error); }
a.mark.sev-warning { background: var(--warning); }
a.mark.sev-info { background: var(--info); }
a.mark.note { background: var(--note-bg); color: var(--note); border: 1px solid var(--note); }

@media print {
  header.page, main, footer { padding-left: 0; padding-right: 0; }
  a { color: inherit; }
  li.finding, table.coverage tr, table.source tr { break-inside: avoid; }
}
)css";

}  // namespace avvlint::report
