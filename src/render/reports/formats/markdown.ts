/**
 * GitHub-flavoured Markdown (`--format md`): renders as a CI job summary or in a pull request.
 * Charts become text bars in a code block; trends stay sparklines.
 */
import type { Block, ReportDocument, TableBlock } from '../document.js';
import { chartLines, cellText, type Said } from './text.js';
import { human, isNumeric } from './values.js';
import { markdownText } from '../../../core/safe-text/index.js';

/** Text inside a table cell or a line: no markup, no pipe or line break that ends the cell early. */
const cell = markdownText;

export function renderMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${cell(doc.title)}`, '', ...doc.meta.map((m) => `${cell(m)}  `), ''];
  for (const section of doc.sections) {
    out.push(`## ${cell(section.title)}`, '');
    for (const block of section.blocks) out.push(...blockLines(block, doc), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function blockLines(block: Block, doc: Said): string[] {
  switch (block.kind) {
    case 'text':
      return [cell(block.text)];
    case 'figures':
      return [
        `| ${[doc.say('report.mdFigure'), doc.say('report.mdValue'), doc.say('report.mdMetric')].map(cell).join(' | ')} |`,
        '|---|---:|---|',
        ...block.items.map(
          (i) =>
            `| ${cell(i.label)} | ${cell(human(i.value, i.unit, undefined, doc.language))} | ${i.metric ? `\`${i.metric}\`` : ''} |`,
        ),
      ];
    case 'table':
      return tableLines(block, doc);
    case 'chart':
      return fenced(chartLines(block, doc));
  }
}

function tableLines(block: TableBlock, doc: Said): string[] {
  const head = block.title ? [`**${cell(block.title)}**`, ''] : [];
  if (block.rows.length === 0) return [...head, `_${cell(block.empty)}_`];
  return [
    ...head,
    `| ${block.columns.map((c) => cell(c.header)).join(' | ')} |`,
    `|${block.columns.map((c) => (isNumeric(c.unit) ? '---:' : '---')).join('|')}|`,
    ...block.rows.map(
      (row) => `| ${row.map((v, i) => cell(cellText(v, block.columns, block.rows, i, doc))).join(' | ')} |`,
    ),
  ];
}

/** Lines in a code block whose fence is longer than any run of backticks in them, so no label can close it. */
function fenced(lines: readonly string[]): string[] {
  const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}text`, ...lines, fence];
}
