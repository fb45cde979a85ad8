// The charts' rules for the document's one <style> element (no inline style attributes: the page's
// content security policy allows only that element). Every rule hangs off a kpi-chart class.
//
// The drawing is 560 units wide and scales to its column, text with it. The container queries
// enlarge the text and markers (in drawing units; lines keep their width in screen pixels) as the chart gets narrower, so that a
// label that is 13px on a desktop is still about 11px on a 320px phone, and hide every other month
// name when there is no room for twelve.
export const CHART_CSS = `
.kpi-chart{margin:0 0 1.5rem;container:kpi-chart/inline-size}
.kpi-chart__caption{font-weight:700;margin:0 0 .5rem}
.kpi-chart__svg{display:block;width:100%;max-width:44rem;height:auto;overflow:visible}
.kpi-chart__tick,.kpi-chart__month,.kpi-chart__label,.kpi-chart__axis-title{font-family:inherit;font-size:13px;fill:#1a1a1a}
.kpi-chart__month--current,.kpi-chart__label{font-weight:700}
.kpi-chart__label{paint-order:stroke;stroke:#ffffff;stroke-width:4px;stroke-linejoin:round}
.kpi-chart__legend{list-style:none;margin:.5rem 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;font-size:.875rem}
.kpi-chart__legend-item{display:flex;align-items:center;gap:.5rem;margin:0}
.kpi-chart__key{flex:none;width:2.5rem;height:1rem}
.kpi-chart__summary{margin:.5rem 0;max-width:44rem}
.kpi-chart__figures{margin:.5rem 0}
.kpi-chart__table{border-collapse:collapse;margin:.5rem 0 1rem;font-variant-numeric:tabular-nums}
.kpi-chart__table caption{text-align:left;font-weight:700;padding:0 0 .25rem}
.kpi-chart__table th,.kpi-chart__table td{text-align:left;vertical-align:top;padding:.25rem 1rem .25rem 0;border-bottom:1px solid #b1b4b6}
@container kpi-chart (max-width:30rem){
.kpi-chart__tick,.kpi-chart__month,.kpi-chart__label,.kpi-chart__axis-title{font-size:17px}
.kpi-chart__svg .kpi-chart__marker{transform-box:fill-box;transform-origin:center;scale:1.3}
}
@container kpi-chart (max-width:22rem){
.kpi-chart__tick,.kpi-chart__month,.kpi-chart__label,.kpi-chart__axis-title{font-size:22px}
.kpi-chart__month--alternate{display:none}
.kpi-chart__svg .kpi-chart__marker{scale:1.6}
.kpi-chart__grid{stroke-width:1.5px}
}
@media (forced-colors:active){
.kpi-chart__tick,.kpi-chart__month,.kpi-chart__label,.kpi-chart__axis-title{fill:CanvasText}
.kpi-chart__label{stroke:Canvas}
.kpi-chart__line,.kpi-chart__target,.kpi-chart__axis,.kpi-chart__marker{stroke:CanvasText}
.kpi-chart__marker{fill:CanvasText}
.kpi-chart__marker--hollow{fill:Canvas}
}
@media print{
.kpi-chart{break-inside:avoid}
.kpi-chart__table{font-size:.85rem;margin:.25rem 0 .5rem}
.kpi-chart__table caption{font-size:1rem}
.kpi-chart__table th,.kpi-chart__table td{padding:.05rem .75rem .05rem 0}
}
`.trim();
