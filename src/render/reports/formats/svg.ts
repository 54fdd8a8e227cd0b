/**
 * Charts as inline SVG for the HTML page: no script, no font or file from the network, the same
 * markup for the same figures (coordinates rounded to a tenth of a pixel).
 */
import type { ChartBlock } from '../document.js';
import { human as humanIn } from './values.js';
import type { Language } from '../../../i18n/index.js';
import { htmlText } from '../../../core/safe-text/index.js';

/** Outside text in the page's markup (core/safe-text): entities for markup, controls and bidi controls shown. */
export const escapeXml = htmlText;
const n = (x: number) => (Math.round(x * 10) / 10).toString();

export const COLOURS = ['#2563eb', '#94a3b8', '#16a34a', '#ea580c', '#9333ea', '#0891b2'];

/** A small bar chart of a series for a table cell; a dashed line marks `reference` (100 % of a quota). */
export function sparkSvg(values: readonly (number | null)[], scale: number, reference?: number): string {
  const [barW, gap, h] = [6, 2, 22];
  const max = Math.max(scale, reference ?? 0, 1);
  const w = values.length * (barW + gap);
  const bars = values
    .map((v, i) => {
      if (v === null) return '';
      const bh = Math.max(1, (Math.min(v, max) / max) * h);
      const over = reference !== undefined && v > reference;
      return `<rect x="${n(i * (barW + gap))}" y="${n(h - bh)}" width="${barW}" height="${n(bh)}" fill="${over ? '#dc2626' : COLOURS[0]}"><title>${escapeXml(String(v))}</title></rect>`;
    })
    .join('');
  const ref =
    reference === undefined
      ? ''
      : `<line x1="0" x2="${w}" y1="${n(h - (reference / max) * h)}" y2="${n(h - (reference / max) * h)}" stroke="#475569" stroke-dasharray="2 2"/>`;
  return `<svg class="spark" role="img" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" xmlns="http://www.w3.org/2000/svg">${bars}${ref}</svg>`;
}

/** Horizontal bars, one group per label, one bar per series, with the values written beside them. */
export function barChartSvg(chart: ChartBlock, lang: Language = 'en'): string {
  const human = (v: number, unit: ChartBlock['unit']) => humanIn(v, unit, undefined, lang);
  const labelW = Math.min(260, Math.max(60, ...chart.labels.map((l) => l.length * 7 + 12)));
  const [plotW, valueW, barH, gap] = [360, 90, 14, 10];
  const groupH = chart.series.length * barH + gap;
  const legendH = chart.series.length > 1 ? 22 : 0;
  const height = legendH + chart.labels.length * groupH + (chart.reference ? 18 : 4);
  const width = labelW + plotW + valueW;
  const max = Math.max(chart.reference?.value ?? 0, ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0)), 1);
  const x = (v: number) => labelW + (v / max) * plotW;
  const parts: string[] = [];
  chart.series.forEach((s, j) => {
    if (legendH)
      parts.push(
        `<rect x="${labelW + j * 140}" y="4" width="12" height="12" fill="${COLOURS[j % COLOURS.length]}"/><text x="${labelW + j * 140 + 18}" y="14">${escapeXml(s.name)}</text>`,
      );
  });
  chart.labels.forEach((label, i) => {
    const top = legendH + i * groupH;
    parts.push(
      `<text x="${labelW - 8}" y="${n(top + (chart.series.length * barH) / 2 + 4)}" text-anchor="end">${escapeXml(label)}</text>`,
    );
    chart.series.forEach((s, j) => {
      const v = s.values[i] ?? null;
      if (v === null) return;
      const y = top + j * barH;
      parts.push(
        `<rect x="${labelW}" y="${n(y + 1)}" width="${n(Math.max(0, x(v) - labelW))}" height="${barH - 2}" fill="${COLOURS[j % COLOURS.length]}"/>`,
      );
      parts.push(
        `<text x="${n(x(v) + 4)}" y="${n(y + barH - 3)}" class="value">${escapeXml(human(v, chart.unit))}</text>`,
      );
    });
  });
  if (chart.reference) {
    const rx = n(x(chart.reference.value));
    parts.push(
      `<line x1="${rx}" x2="${rx}" y1="${legendH}" y2="${height - 16}" stroke="#dc2626" stroke-dasharray="4 3"/>`,
    );
    parts.push(
      `<text x="${rx}" y="${height - 4}" text-anchor="middle" class="value">${escapeXml(`${chart.reference.label} ${human(chart.reference.value, chart.unit)}`)}</text>`,
    );
  }
  return `<svg class="chart" role="img" aria-label="${escapeXml(chart.title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}
