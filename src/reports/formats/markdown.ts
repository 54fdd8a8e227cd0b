/**
 * GitHub-flavoured Markdown (`--format md`): renders as a CI job summary or in a pull request.
 * Charts become text bars in a code block; trends stay sparklines.
 */
import type { Block, ReportDocument, TableBlock } from '../document.js';
import { chartLines, cellText } from './text.js';
import { human, isNumeric } from './values.js';

/** Text inside a table cell: no pipes or line breaks may end the cell early. */
const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function renderMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${doc.title}`, '', ...doc.meta.map((m) => `${m}  `), ''];
  for (const section of doc.sections) {
    out.push(`## ${section.title}`, '');
    for (const block of section.blocks) out.push(...blockLines(block), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'text':
      return [block.text];
    case 'figures':
      return [
        '| Figure | Value | Metric |',
        '|---|---:|---|',
        ...block.items.map(
          (i) => `| ${cell(i.label)} | ${cell(human(i.value, i.unit))} | ${i.metric ? `\`${i.metric}\`` : ''} |`,
        ),
      ];
    case 'table':
      return tableLines(block);
    case 'chart':
      return ['```text', ...chartLines(block), '```'];
  }
}

function tableLines(block: TableBlock): string[] {
  const head = block.title ? [`**${block.title}**`, ''] : [];
  if (block.rows.length === 0) return [...head, `_${block.empty}_`];
  return [
    ...head,
    `| ${block.columns.map((c) => cell(c.header)).join(' | ')} |`,
    `|${block.columns.map((c) => (isNumeric(c.unit) ? '---:' : '---')).join('|')}|`,
    ...block.rows.map((row) => `| ${row.map((v, i) => cell(cellText(v, block.columns, block.rows, i))).join(' | ')} |`),
  ];
}
