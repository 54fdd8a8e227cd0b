/**
 * Git conflict markers, as a plain (driver-less) merge leaves them in a file. Pure text work:
 * finding them, so a read can name the file instead of failing on odd YAML, and splitting a
 * conflicted text back into its two sides, so it can be merged again properly.
 */

const MARKER = /^(<{7}|={7}|>{7}|\|{7})(?: |$)/;

/**
 * The line (1-based) of the first git conflict marker, if the text has any: a `<<<<<<<` line
 * followed later by a `>>>>>>>` line, both at the start of a line as git writes them (text in
 * YAML files is indented, so it cannot look like that).
 */
export function conflictMarkerLine(text: string): number | undefined {
  if (!text.includes('<<<<<<<') && !text.includes('>>>>>>>')) return undefined;
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^<{7}(?: |$)/.test(l));
  const end = lines.findIndex((l) => /^>{7}(?: |$)/.test(l));
  return start >= 0 && end > start ? start + 1 : undefined;
}

/**
 * The two sides of a text that a plain (driver-less) git merge left with conflict markers:
 * lines outside conflicts belong to both, `<<<<<<<`…`=======` to ours, `=======`…`>>>>>>>` to
 * theirs, and a diff3 base section (`|||||||`) to neither. Undefined when the markers do not
 * nest as git writes them.
 */
export function splitConflict(text: string): { ours: string; theirs: string } | undefined {
  const ours: string[] = [];
  const theirs: string[] = [];
  let state: 'both' | 'ours' | 'base' | 'theirs' = 'both';
  for (const line of text.split('\n')) {
    const marker = MARKER.exec(line)?.[1]?.[0];
    if (marker === '<' && state === 'both') state = 'ours';
    else if (marker === '|' && state === 'ours') state = 'base';
    else if (marker === '=' && (state === 'ours' || state === 'base')) state = 'theirs';
    else if (marker === '>' && state === 'theirs') state = 'both';
    else if (marker) return undefined;
    else {
      if (state === 'both' || state === 'ours') ours.push(line);
      if (state === 'both' || state === 'theirs') theirs.push(line);
    }
  }
  return state === 'both' ? { ours: ours.join('\n'), theirs: theirs.join('\n') } : undefined;
}
