import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Debian's poppler-utils (pdffonts, pdfinfo, pdftotext, pdftoppm) and qpdf read the PDFs the
 * way other programs do; .ci/run installs them. Without them the tests say what to install.
 */
const TOOLS: Record<string, string> = {
  pdffonts: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftotext: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  qpdf: 'qpdf',
};

export function requireTools(): void {
  const missing = Object.entries(TOOLS).filter(([tool]) => spawnSync(tool, ['-v']).error !== undefined);
  if (missing.length)
    throw new Error(
      `missing ${missing.map(([t]) => t).join(', ')}: install Debian's ${[...new Set(missing.map(([, p]) => p))].join(' and ')} (apt-get install -y poppler-utils qpdf; .ci/run does)`,
    );
}

/** A PDF written to a temporary file for the command-line tools. */
export class PdfFile {
  readonly dir = mkdtempSync(join(tmpdir(), 'desk-pdf-'));
  readonly path = join(this.dir, 'doc.pdf');
  constructor(readonly bytes: Uint8Array) {
    writeFileSync(this.path, bytes);
  }

  private run(tool: string, args: string[]): string {
    return execFileSync(tool, [...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  }

  /** Each page's text, in reading order (`pdftotext -layout`). */
  pages(): string[] {
    return this.run('pdftotext', ['-layout', this.path, '-']).split('\f').slice(0, -1);
  }

  /** The fonts: name and whether embedded (`pdffonts`). */
  fonts(): { name: string; embedded: boolean }[] {
    return this.run('pdffonts', [this.path])
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => {
        const parts = l.trim().split(/\s+/);
        // the columns after the name: type (one or two words), encoding, emb, sub, uni, object, generation
        return { name: parts[0]!, embedded: parts[parts.length - 5] === 'yes' };
      });
  }

  info(): Record<string, string> {
    return Object.fromEntries(
      this.run('pdfinfo', [this.path])
        .split('\n')
        .filter((l) => l.includes(':'))
        .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
    );
  }

  xmp(): string {
    return this.run('pdfinfo', ['-meta', this.path]);
  }

  /** Every object, as qpdf's JSON (names as "/Name", strings as "u:text", references as "N 0 R"). */
  objects(): Record<string, { value?: Record<string, unknown>; stream?: { dict: Record<string, unknown> } }> {
    const json = JSON.parse(this.run('qpdf', ['--json', '--json-key=qpdf', '--json-stream-data=none', this.path])) as {
      qpdf: [unknown, Record<string, { value?: Record<string, unknown>; stream?: { dict: Record<string, unknown> } }>];
    };
    return json.qpdf[1];
  }

  /** `qpdf --check`: the structure (xref, streams) is sound. */
  check(): string {
    return this.run('qpdf', ['--check', this.path]);
  }

  /** Words with their boxes, page by page (`pdftotext -bbox`). */
  words(): { page: number; text: string; x0: number; y0: number; x1: number; y1: number }[] {
    const html = this.run('pdftotext', ['-bbox', this.path, '-']);
    const out: { page: number; text: string; x0: number; y0: number; x1: number; y1: number }[] = [];
    let page = 0;
    for (const line of html.split('\n')) {
      if (line.includes('<page ')) page += 1;
      const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
      if (m) out.push({ page, x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: m[5]! });
    }
    return out;
  }

  /** Renders every page to PNG (`pdftoppm`) and returns the files' sizes, page by page. */
  images(dpi = 40): number[] {
    this.run('pdftoppm', ['-r', String(dpi), '-png', this.path, join(this.dir, 'page')]);
    return readdirSync(this.dir)
      .filter((n) => n.startsWith('page') && n.endsWith('.png'))
      .sort()
      .map((n) => statSync(join(this.dir, n)).size);
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Resolves "N 0 R" references in qpdf's JSON. */
export function resolver(objects: ReturnType<PdfFile['objects']>) {
  return (ref: unknown): Record<string, unknown> => {
    const o = objects[`obj:${String(ref)}`];
    if (!o) throw new Error(`no object ${String(ref)}`);
    return (o.value ?? o.stream?.dict ?? {}) as Record<string, unknown>;
  };
}
