/**
 * One self-contained HTML page (`--format html`): styles inline, charts as inline SVG, nothing
 * loaded from anywhere, so a pipeline can publish it as an artifact and it opens offline.
 */
import type { Block, ReportDocument, TableBlock, Unit, Value } from '../document.js';
import { barChartSvg, escapeXml as esc, sparkSvg } from './svg.js';
import type { Said } from './text.js';
import { human as humanIn, isNumeric, trendScale } from './values.js';

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#0f172a;line-height:1.4}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #cbd5e1;padding-bottom:.2rem}
.meta{color:#475569;margin:.1rem 0}
dl.figures{display:flex;flex-wrap:wrap;gap:.8rem;margin:0}
dl.figures div{border:1px solid #cbd5e1;border-radius:6px;padding:.5rem .8rem;min-width:10rem}
dl.figures dt{font-size:.85rem;color:#475569}dl.figures dd{margin:0;font-size:1.3rem;font-weight:600}
dl.figures dd.metric{font-size:.75rem;font-weight:400;color:#64748b;font-family:ui-monospace,monospace}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border-bottom:1px solid #e2e8f0;padding:.25rem .6rem;text-align:left;vertical-align:middle}
th{background:#f1f5f9}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
p.empty{color:#64748b;font-style:italic}
svg text{font-size:12px;fill:#0f172a}svg text.value{fill:#334155}
figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}
`;

export function renderHtml(doc: ReportDocument): string {
  const body = doc.sections
    .map((s) => `<section>\n<h2>${esc(s.title)}</h2>\n${s.blocks.map((b) => block(b, doc)).join('\n')}\n</section>`)
    .join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(doc.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header>\n<h1>${esc(doc.title)}</h1>\n${doc.meta.map((m) => `<p class="meta">${esc(m)}</p>`).join('\n')}\n</header>`,
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function block(b: Block, doc: Said): string {
  const human = (v: Value, unit: Unit, scale?: number) => humanIn(v, unit, scale, doc.language);
  switch (b.kind) {
    case 'text':
      return `<p>${esc(b.text)}</p>`;
    case 'figures':
      return `<dl class="figures">${b.items.map((i) => `<div><dt>${esc(i.label)}</dt><dd>${esc(human(i.value, i.unit))}</dd>${i.metric ? `<dd class="metric">${esc(i.metric)}</dd>` : ''}</div>`).join('')}</dl>`;
    case 'table':
      return tableHtml(b, human);
    case 'chart':
      return `<figure>\n<figcaption>${esc(b.title)}</figcaption>\n${barChartSvg(b, doc.language)}\n</figure>`;
  }
}

function tableHtml(b: TableBlock, human: (v: Value, unit: Unit) => string): string {
  const title = b.title ? `<h3>${esc(b.title)}</h3>\n` : '';
  if (b.rows.length === 0) return `${title}<p class="empty">${esc(b.empty)}</p>`;
  const cls = (i: number) => (isNumeric(b.columns[i]?.unit ?? 'text') ? ' class="num"' : '');
  const head = `<tr>${b.columns.map((c, i) => `<th${cls(i)}>${esc(c.header)}</th>`).join('')}</tr>`;
  const rows = b.rows.map(
    (row) =>
      `<tr>${row
        .map((v, i) => {
          const c = b.columns[i];
          if (c?.unit === 'trend' && Array.isArray(v)) {
            const scale = trendScale(c, b.rows, i);
            return `<td>${sparkSvg(v as (number | null)[], scale, c.reference)}</td>`;
          }
          return `<td${cls(i)}>${esc(human(v, c?.unit ?? 'text'))}</td>`;
        })
        .join('')}</tr>`,
  );
  return `${title}<table>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}
