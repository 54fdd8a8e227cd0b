/**
 * The communication part of npm run bench (also alone: node scripts/bench-communication.mjs),
 * against the targets of docs/communication.md: `desk announce` to 2,000 contacts queued in
 * under 10 s (sending then runs at the server's pace, resumably; --no-send here). `desk notify`
 * with nothing new due at 100,000 tickets is measured with the other commands in bench.mjs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** 200 customers of the product lohn with 10 contacts each, mail pointing at a closed port (nothing is sent). */
function announceHelpdesk(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'contracts'), { recursive: true });
  writeFileSync(
    join(dir, 'desk.yaml'),
    `${readFileSync(join(ROOT, 'desk.yaml'), 'utf8')}
mail:
  address: support@lutterbach-software.example
  smtp: { host: 127.0.0.1, port: 9, security: none }
`,
  );
  const product = /- id: "?([a-z0-9-]+)"?\n\s+name:/.exec(
    readFileSync(join(ROOT, 'desk.yaml'), 'utf8').split('\nproducts:')[1],
  )[1];
  for (let c = 0; c < 200; c++) {
    const id = `kunde-${String(c).padStart(3, '0')}`;
    const contacts = Array.from(
      { length: 10 },
      (_, i) => `  - { name: "Kontakt ${i} ${c}", email: k${i}@${id}.example, role: ${i % 2 ? 'IT' : 'Einkauf'} }`,
    ).join('\n');
    writeFileSync(
      join(dir, 'contracts', `${id}.yaml`),
      `id: ${id}\nname: "Kunde ${c} GmbH"\nlanguage: ${c % 4 ? 'de' : 'en'}\nproducts: [${product}]\ncontacts:\n${contacts}\n`,
    );
  }
  writeFileSync(
    join(dir, 'wartung.txt'),
    '--- de\n{{greeting}},\n\nam Samstag warten wir {{products}}.\n\n{{company}}\n--- en\n{{greeting}},\n\non Saturday we maintain {{products}}.\n\n{{company}}\n',
  );
  writeFileSync(join(dir, '.gitignore'), '.desk/\n');
  const git = (...a) => execFileSync('git', a, { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-qm', 'sample');
  return { dir, product };
}

export async function communicationBench({ measure, bench }) {
  const base = join(bench, 'communication');
  mkdirSync(base, { recursive: true });
  const desk = (...a) => [process.execPath, join(ROOT, 'bin', 'desk.js'), ...a];
  const env = { ...process.env, DESK_USER: 'mk', NO_COLOR: '1', DESK_NOW: '2026-12-01T10:00:00+01:00' };
  let run = 0;
  const { dir, product } = announceHelpdesk(join(base, 'announce'));
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
  measure(
    'announce to 2,000 contacts, queued (--no-send)',
    2000,
    desk('announce', '--subject', 'Wartung', '--file', 'wartung.txt', '--product', product, '--no-send'),
    {
      cwd: dir,
      env,
      warmup: 0,
      runs: 3,
      target: '< 10 s',
      // each run starts from the helpdesk before the announcement (and its outbox)
      before: () => {
        execFileSync('git', ['reset', '-q', '--hard', head], { cwd: dir });
        execFileSync('git', ['clean', '-qfdx', '-e', '.desk'], { cwd: dir });
        rmSync(join(dir, '.git', 'desk-mail'), { recursive: true, force: true });
        run++;
      },
    },
  );
  return run;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const measure = (label, size, argv, opts = {}) => {
    const ms = [];
    const cpu = [];
    for (let i = 0; i < (opts.runs ?? 3); i++) {
      opts.before?.();
      const cmd = TIME ? [TIME, '-f', '%U %S', ...argv] : argv;
      const t0 = process.hrtime.bigint();
      const r = spawnSync(cmd[0], cmd.slice(1), { cwd: opts.cwd, env: opts.env, encoding: 'utf8' });
      ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr.slice(-500)}`);
      if (TIME)
        cpu.push(
          r.stderr
            .trim()
            .split('\n')
            .pop()
            .split(' ')
            .map(Number)
            .reduce((a, b) => a + b, 0) * 1000,
        );
    }
    ms.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const fmt = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
    console.log(
      `${label.padEnd(50)} ${fmt(ms[Math.floor(ms.length / 2)])} wall, ${cpu.length ? fmt(cpu[Math.floor(cpu.length / 2)]) : '?'} CPU  target ${opts.target ?? '-'}  (load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`,
    );
  };
  await communicationBench({ measure, bench: join(ROOT, '.desk-bench') });
}
