import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  commitMessage,
  commitSubject,
  csvField,
  csvText,
  forPdf,
  forTerminal,
  forTerminalLine,
  guardTerminal,
  htmlText,
  markdownText,
  oneLine,
  oneLineProblem,
  safeFileName,
  safeJson,
  xmlProblem,
} from '../../src/core/safe-text/index.js';

const OSC_TITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J';
const CLIPBOARD = '\u001b]52;c;Y3VybCBldmlsLmV4YW1wbGU=\u0007';
const RLO = '\u202e';
/** Anything a terminal would act on: ESC, BEL, CSI (8-bit), bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex
const ACTS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('the terminal', () => {
  it('shows escape sequences and bidi overrides instead of running them', () => {
    const title = `${OSC_TITLE}${CLEAR}${CLIPBOARD}Drucker ${RLO}gpj.exe`;
    const shown = forTerminalLine(title);
    expect(shown).not.toMatch(ACTS);
    expect(shown).toBe('\\x1b]0;pwned\\x07\\x1b[2J\\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGU=\\x07Drucker \\u202egpj.exe');
  });

  it('keeps the lines of a description, but a carriage return cannot overwrite a line', () => {
    expect(forTerminal('Zeile 1\r\nZeile 2\rSpoof')).toBe('Zeile 1\nZeile 2\\x0dSpoof');
    expect(forTerminal('a\u2028b')).toBe('a\nb');
  });

  it('keeps one-line fields on one line', () => {
    expect(forTerminalLine('Titel\nSigned-off-by: x')).toBe('Titel\\nSigned-off-by: x');
    expect(forTerminalLine('a\tb')).toBe('a b');
  });

  it('leaves every script, emoji with joiners, and flags as they are', () => {
    const world = 'Müller Ωμέγα Жуков 王小明 山田太郎 김민준 محمد كريم דוד לוי हिन्दी ไทย 👩‍💻 🏴󠁧󠁢󠁳󠁣󠁴󠁿';
    expect(forTerminalLine(world)).toBe(world);
    expect(forTerminal(world)).toBe(world);
  });

  it('turns lone surrogates into the replacement character', () => {
    expect(forTerminalLine('a\ud800b')).toBe('a\ufffdb');
  });

  it('the guard keeps desk’s own colours and shows every other sequence', () => {
    const out = guardTerminal(`\u001b[1mbold\u001b[22m ${OSC_TITLE} ${CLEAR} \u001b[38;5;1mred\u001b[39m`);
    expect(out).toBe('\u001b[1mbold\u001b[22m \\x1b]0;pwned\\x07 \\x1b[2J \u001b[38;5;1mred\u001b[39m');
  });

  it('no string comes out of the one-line form with a control, a bidi override or a line break', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = forTerminalLine(s);
        expect(out).not.toMatch(ACTS);
        expect(out).not.toMatch(/[\n\r\u2028\u2029]/);
      }),
    );
  });
});

describe('commit messages', () => {
  it('a title with line breaks cannot forge a trailer or a body', () => {
    const message = commitMessage('T-4K7M2: open "Drucker\n\nSigned-off-by: Chef <chef@example.de>" for acme');
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain('Drucker\\n\\nSigned-off-by');
  });

  it('desk’s own trailers come after a blank line, each value one line', () => {
    const m = commitMessage('T-4K7M2: approve the change', {
      trailers: [{ key: 'Entered-by', value: 'Miriam\nKrause <mk@x>' }],
    });
    expect(m).toBe('T-4K7M2: approve the change\n\nEntered-by: Miriam\\nKrause <mk@x>');
  });

  it('a body desk composes keeps its lines; a line that looks like a trailer is indented', () => {
    const m = commitMessage('Invoice run', { body: ['RE-1 acme: 10 €', 'Signed-off-by: x\ny'] });
    expect(m).toBe('Invoice run\n\nRE-1 acme: 10 €\n  Signed-off-by: x\\ny');
  });

  it('very long subjects are cut', () => {
    const s = commitSubject(`T-1: open "${'x'.repeat(10_000)}"`);
    expect([...s].length).toBe(120);
    expect(s.endsWith('…')).toBe(true);
  });
});

describe('CSV for spreadsheets (OWASP)', () => {
  it('a cell that would start a formula starts with a quote', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '＝'])
      expect(csvText(`${start}1+1+HYPERLINK("https://evil.example","x")`)).toMatch(/^'/);
    expect(csvText('Müller GmbH')).toBe('Müller GmbH');
  });

  it('fields with quotes, separators or line breaks are quoted', () => {
    expect(csvField('a "b"', ',')).toBe('"a ""b"""');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField(' lead', ',')).toBe('" lead"');
    expect(csvField('x\ny', ';')).toBe('"x\ny"');
    expect(csvField('plain', ',')).toBe('plain');
  });
});

describe('Markdown and HTML', () => {
  it('no markup comes out of Markdown text', () => {
    const md = markdownText('<script>alert(1)</script> [klick](https://evil.example) ![x](y) **fett** `code` | a');
    expect(md).not.toMatch(/<script/);
    expect(md).not.toMatch(/(^|[^\\])\[/);
    expect(md).not.toMatch(/(^|[^\\])\|/);
    expect(markdownText('# Überschrift')).toBe('\\# Überschrift');
    expect(markdownText('Zeile 1\nZeile 2')).toBe('Zeile 1 Zeile 2');
  });

  it('HTML text has entities for markup and shows bidi controls', () => {
    expect(htmlText(`<img src=x onerror="alert('x')"> ${RLO}`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; \\u202e',
    );
  });
});

describe('XML, PDF and JSON', () => {
  it('names the character XML cannot carry and where it is', () => {
    expect(xmlProblem('ACME\u0001\u0007 GmbH')).toMatch(/U\+0001 at position 5/);
    expect(xmlProblem('Müller 王 😀 \t tab')).toBeUndefined();
  });

  it('a PDF gets no bidi override and no control', () => {
    expect(forPdf(`Rechnung ${RLO}fdp.exe\u0001`)).toBe('Rechnung fdp.exe');
  });

  it('JSON keeps the data exactly and escapes what a terminal would act on', () => {
    const value = { title: `x${RLO}\u009b2J\u001b` };
    const json = safeJson(value);
    expect(json).not.toMatch(ACTS);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('one-line fields', () => {
  it('a folded mail subject becomes one line; a typed one with a break is refused', () => {
    expect(oneLine('  Drucker\r\n   druckt\tnicht\u202e ')).toBe('Drucker druckt nicht');
    expect(oneLineProblem('a\nb')).toMatch(/line break/);
    expect(oneLineProblem('a b')).toBeUndefined();
  });
});

describe('file names', () => {
  it('a name a stranger chose is safe on disk: no folder, control or bidi character, within 255 bytes, no character halved', () => {
    expect(safeFileName(`rechnung${RLO}fdp.exe`)).toBe('rechnung_fdp.exe');
    expect(safeFileName(`../${OSC_TITLE}-rf \u200f.sh`)).toBe('_]0;pwned_-rf _.sh');
    const chinese = safeFileName(`${'字'.repeat(200)}.pdf`);
    expect(new TextEncoder().encode(chinese).length).toBeLessThanOrEqual(200);
    expect(chinese).toMatch(/^字+\.pdf$/);
    const emoji = safeFileName(`${'👩‍💻'.repeat(60)}.png`);
    expect(emoji).toMatch(/^(👩‍💻)+\.png$/u);
    expect(safeFileName('-rf')).toBe('rf');
    expect(safeFileName('\ufeff\u200e')).toBe('__');
  });
});
