/** The cells of a CSV text, every line, read as RFC 4180 quotes them: what a spreadsheet would see. */
export function csvCells(text: string, sep: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep || c === '\n') {
      cells.push(cell.replace(/\r$/, '').replace(/^\ufeff/, ''));
      cell = '';
    } else cell += c;
  }
  return cells;
}
