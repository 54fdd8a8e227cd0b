/**
 * JSON for a terminal as well as for programs: the data stays exactly what it is, but the
 * characters JSON would write raw and a terminal could act on (DEL, C1 controls, bidi controls,
 * separators) are written as `\u` escapes, which every JSON reader turns back into them. They
 * can only stand inside strings, so escaping them in the serialised text is safe.
 */
const RAW = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff\ufff9-\ufffb]/g;

export function safeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
