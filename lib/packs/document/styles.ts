// The pack's one stylesheet: screen (GOV.UK-like, reflows to 320 CSS px) and A4 print. It is placed
// in a single inline <style> element that the Content-Security-Policy allows by its hash, so the
// page needs no nonce, no script and no file of its own, and can be cached like any document.
import { createHash } from 'node:crypto';
import { CHART_CSS } from './chart';

/** GOV.UK colours; amber carries black text, the others white, for 4.5:1 contrast. */
const BASE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:Arial,"Liberation Sans","Helvetica Neue",Helvetica,sans-serif;font-size:1rem;line-height:1.5;color:#0b0c0c;background:#fff}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;border:0!important;white-space:nowrap!important}
a{color:#1d70b8;text-decoration:underline;text-underline-offset:.15em}
a:visited{color:#4c2c92}
a:hover{color:#003078;text-decoration-thickness:3px}
a:focus{outline:3px solid transparent;color:#0b0c0c;background:#ffdd00;box-shadow:0 -2px #ffdd00,0 4px #0b0c0c;text-decoration:none}
.skip-link{position:absolute;left:-9999px;top:0;padding:.6rem 1rem;font-weight:700}
.skip-link:focus{position:static;display:block;left:auto}
.width{max-width:1020px;margin:0 auto;padding:0 15px}
.draft-banner{margin:0;padding:.75rem 15px;background:#0b0c0c;color:#fff;border-bottom:6px solid #d4351c;font-size:1.1875rem;text-align:center}
.draft-banner p{margin:0}
.draft-banner strong{color:#ffdd00;letter-spacing:.05em}
.site-header{background:#0b0c0c;color:#fff;border-bottom:8px solid #1d70b8}
.site-header .width{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:.25rem 1.5rem;padding-top:.75rem;padding-bottom:.6rem}
.site-header a,.site-header a:visited{color:#fff;text-decoration:none}
.site-header a:hover{text-decoration:underline}
.site-header a:focus{color:#0b0c0c}
.site-name{font-size:1.25rem;font-weight:700}
.toc{margin-top:1.5rem;padding:1rem 1.25rem;border-left:5px solid #b1b4b6;background:#f3f2f1}
.toc-title{margin:0 0 .5rem;font-weight:700;font-size:1.1875rem}
.toc ol{margin:0;padding-left:1.5rem}
.toc li{margin:.25rem 0}
main{display:block;padding-bottom:3rem}
h1,h2,h3{line-height:1.2;margin:0 0 1rem;font-weight:700}
h1{font-size:1.75rem;margin-top:1.5rem}
h2{font-size:1.4rem;margin-top:2.5rem;padding-top:.5rem;border-top:2px solid #0b0c0c}
h3{font-size:1.15rem}
p,ul,ol,dl{margin:0 0 1rem}
.organisation{margin:1.5rem 0 0;font-size:1.1875rem;font-weight:700;color:#505a5f;text-transform:uppercase;letter-spacing:.04em}
.summary-list{display:grid;grid-template-columns:1fr;margin:0 0 1.5rem;border-top:1px solid #b1b4b6}
.summary-list>div{padding:.5rem 0;border-bottom:1px solid #b1b4b6}
.summary-list dt{font-weight:700}
.summary-list dd{margin:0}
.notice{margin:1.5rem 0;padding:1rem;border:5px solid #1d70b8;font-weight:700}
.small-print{font-size:.875rem;color:#505a5f;overflow-wrap:anywhere}
.downloads ul{padding-left:1.25rem}
table{border-collapse:collapse;width:100%;margin:0;font-size:.95rem}
caption{text-align:left;font-weight:700;font-size:1.1rem;padding:0 0 .5rem}
th,td{text-align:left;vertical-align:top;padding:.5rem .6rem .5rem 0;border-bottom:1px solid #b1b4b6}
thead th{border-bottom:2px solid #0b0c0c;vertical-align:bottom}
.table-scroll{position:relative;overflow-x:auto;margin:0 0 1.5rem}
.table-scroll:focus{outline:3px solid #ffdd00;outline-offset:0;box-shadow:0 0 0 7px #0b0c0c}
.nowrap{white-space:nowrap}
.print-only{display:none}
.rag{display:inline-flex;align-items:center;gap:.4em;padding:.15em .55em .15em .35em;border:2px solid #505a5f;font-weight:700;line-height:1.2;white-space:nowrap;vertical-align:middle}
.rag-letter{font-size:1.35em;min-width:1em;text-align:center}
.rag--red{background:#d4351c;border-color:#d4351c;color:#fff}
.rag--amber{background:#f47738;border-color:#f47738;color:#0b0c0c}
.rag--green{background:#00703c;border-color:#00703c;color:#fff}
.rag--blue{background:#1d70b8;border-color:#1d70b8;color:#fff}
.rag--none{background:#fff;color:#0b0c0c}
.judged{display:inline-block;margin-left:.35em;font-weight:700;font-size:.875rem}
.judged sup{font-size:.75em}
.definitions tbody th{width:10rem}
.definitions+.small-print{margin-top:.75rem}
.kpi-chart figure{margin:0}
.commentary-item .reason{margin-bottom:1rem}
.kpi{margin:2rem 0 2.5rem;padding-top:1rem;border-top:1px solid #b1b4b6}
.kpi:first-of-type{border-top:0;padding-top:0}
.kpi-ref{white-space:nowrap}
.kpi-body{display:grid;grid-template-columns:minmax(0,1fr);gap:1rem 2rem}
.kpi-body>*{min-width:0}
.facts{margin:0;border-top:1px solid #b1b4b6}
.facts>div{padding:.4rem 0;border-bottom:1px solid #b1b4b6}
.facts dt{font-weight:700;font-size:.875rem;color:#505a5f}
.facts dd{margin:0}
.position{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem .75rem}
.position-figure{font-size:1.9rem;font-weight:700;line-height:1.1}
.reason{margin:.35rem 0 0;font-size:.875rem}
.direction{list-style:none;padding:0;margin:0}
.direction-symbol{display:inline-block;width:1.2em}
.label{margin:0 0 .25rem;font-weight:700}
.text p{margin:0 0 .75rem}
.kpi-words{border-left:5px solid #b1b4b6;padding-left:1rem}
.data-lag{font-size:.875rem;color:#505a5f}
.supporting td:nth-child(2){min-width:14rem}
.notes{font-size:.875rem}
.commentary-item{margin:0 0 2rem}
.commentary-item .position{margin-bottom:.75rem}
.grid{font-size:.875rem}
.grid th,.grid td{padding:.35rem .3rem;border:1px solid #b1b4b6;vertical-align:middle}
.grid thead th{border-bottom:2px solid #0b0c0c;text-align:center}
.grid thead th.indicator,.grid thead th.ref{text-align:left}
.grid td.indicator{min-width:14rem}
.grid td.cell{width:2.1em;text-align:center;font-weight:700;font-size:1rem;vertical-align:middle}
.grid td.freq{text-align:center;white-space:nowrap}
.grid abbr{text-decoration:none}
.cell--R{background:#d4351c;color:#fff}
.cell--A{background:#f47738;color:#0b0c0c}
.cell--G{background:#00703c;color:#fff}
.cell--B{background:#1d70b8;color:#fff}
.cell--none{color:#505a5f}
@media (min-width:40.0625em){
  .width{padding:0 30px}
  .draft-banner{padding-left:30px;padding-right:30px}
  h1{font-size:2.25rem}
  h2{font-size:1.6rem}
  .summary-list>div{display:grid;grid-template-columns:12rem minmax(0,1fr);gap:1rem}
}
@media (min-width:54em){
  .kpi-body{grid-template-columns:minmax(15rem,2fr) minmax(0,3fr)}
  .kpi-words{grid-column:1/-1}
}
`;

/** A4, colours kept, no navigation; each major section on a new page, as the reference pack is laid out. */
const PRINT_CSS = `
@page{size:A4;margin:14mm 12mm 16mm}
@media print{
  *,*::before,*::after{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  html{font-size:9.5pt}
  body{background:none}
  .skip-link,.site-header,.toc,.downloads,.screen-only{display:none!important}
  .print-only{display:block}
  .width{max-width:none;padding:0}
  a,a:visited{color:inherit;text-decoration:none}
  h1{margin-top:0;font-size:1.75rem}
  h2{margin-top:0;break-after:avoid}
  h3{break-after:avoid}
  .page-break{break-before:page}
  .draft-banner{margin-bottom:1rem;font-size:1rem}
  thead{display:table-header-group}
  tr,figure,svg,.kpi,.commentary-item,.facts>div{break-inside:avoid}
  .table-scroll{overflow:visible}
  .kpi{margin:0 0 1.2rem}
  .kpi-body{grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:.6rem 1.2rem}
  .kpi-words{grid-column:1/-1}
  .position-figure{font-size:1.6rem}
  .grid{font-size:.85rem}
  .grid th,.grid td{padding:.15rem .25rem}
  .grid td.cell{width:1.7em;font-size:.95rem}
  .grid td.indicator,.supporting td:nth-child(2){min-width:0}
}
`;

/**
 * A draft says so at the head of every printed page, in the page's top margin where it covers
 * nothing (CSS page-margin boxes, which Chromium prints, PDF included). The screen banner is markup.
 */
const DRAFT_PRINT_CSS = `
@page{margin-top:18mm;@top-center{content:"DRAFT – not published";font:700 11pt Arial,"Liberation Sans",sans-serif;color:#d4351c;letter-spacing:.05em}}
`;

/** The exact text of the pack's <style> element. */
export function packStylesheet(draft: boolean): string {
  return `${BASE_CSS}${CHART_CSS}\n${PRINT_CSS}${draft ? DRAFT_PRINT_CSS : ''}`;
}

/** 'sha256-…' of the style element's text, as a CSP source expression. */
export const styleHashSource = (css: string): string => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/**
 * Nothing may load or run but the one stylesheet. img-src allows the pack's own origin and data:
 * for any image a chart might embed; base-uri and form-action close the two ways markup could
 * redirect a reader; frame-ancestors stops the pack being framed by another site.
 */
export const packContentSecurityPolicy = (css: string): string =>
  `default-src 'none'; style-src ${styleHashSource(css)}; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
