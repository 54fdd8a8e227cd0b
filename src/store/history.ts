import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  commitProblems,
  signatureProblems,
  signingRequired,
  type FileChangeText,
  type HistoryCommit,
  type HistoryProblem,
} from '../core/permissions/history.js';
import { parseYamlText } from '../core/files/yaml-text.js';
import type { DeskConfig } from '../core/schema/config.js';
import { readSealed, writeSealed } from './cache/sealed-file.js';
import {
  BlobReader,
  changesOf,
  commitsIn,
  existed,
  isAncestor,
  revParse,
  signatureChecks,
  type LoggedCommit,
} from './git-history.js';

/**
 * The audit of the history (docs/roles.md#history): every commit but merges, judged by the
 * permission table of its parent's desk.yaml and, where that requires it, by its signature
 * against the allowed signers of its parent. A commit's verdict never changes, so what was
 * judged is kept in .desk/history.json (sealed, keyed on desk's build and these rules) with the
 * commit it reached, and only newer commits are read the next time; a history rewritten under it
 * is judged again from the start.
 */
const RULES = 1; // raised whenever the rules change, so every commit is judged again
const GOVERNED =
  /^(desk\.yaml|tickets\/|contracts\/|kb\/|invoices\/|payments\/|dunning\/|templates\/|\.gitattributes$|\.gitignore$)/;

interface Kept {
  tips: string[];
  problems: HistoryProblem[];
}
const KEY = `history:${RULES}`;

/** Every problem of the history up to `to`; `since`: only commits after it (what a sync brings in). */
export async function historyProblems(
  root: string,
  opts: { to?: string; since?: string; keep?: boolean } = {},
): Promise<HistoryProblem[]> {
  const to = opts.to ?? 'HEAD';
  const keep = opts.keep ?? opts.since === undefined;
  const path = join(root, '.desk', 'history.json');
  let kept = keep ? readSealed<Kept>(path, KEY) : undefined;
  if (kept && !(Array.isArray(kept.tips) && Array.isArray(kept.problems))) kept = undefined;
  // a history rewritten under what was judged (a reset, a forced fetch): judge all of it again
  for (const tip of kept?.tips ?? []) if (!(await isAncestor(root, tip, to))) kept = undefined;
  const revisions = [to, ...(opts.since ? [`^${opts.since}`] : []), ...(kept?.tips ?? []).map((t) => `^${t}`)];
  if (!(await revParse(root, to))) return []; // no commit yet
  const commits = await commitsIn(root, revisions);
  const problems = [...(kept?.problems ?? []), ...(await judge(root, commits))];
  if (keep) {
    const tip = await revParse(root, to);
    if (tip) await writeSealed(path, KEY, { tips: [tip], problems } satisfies Kept); // a read-only clone still works
  }
  return problems;
}

async function judge(root: string, commits: readonly LoggedCommit[]): Promise<HistoryProblem[]> {
  if (commits.length === 0) return [];
  const changes = await changesOf(
    root,
    commits.map((c) => c.hash),
  );
  const reader = new BlobReader(root);
  const configs = new Map<string, Promise<ParentConfig | undefined>>();
  const problems: HistoryProblem[] = [];
  const toVerify = new Map<string, { signers?: string; commits: LoggedCommit[] }>();
  try {
    for (const c of commits) {
      const parent = c.parents[0];
      if (!parent) continue; // the founding commit: there is no table before it
      const config = await configAt(reader, configs, parent);
      if (!config) continue; // no desk.yaml yet, or one desk check reports as invalid
      const raw = (changes.get(c.hash) ?? []).filter((ch) => GOVERNED.test(ch.path) || ch.path === config.signersFile);
      const texts: FileChangeText[] = [];
      for (const ch of raw) texts.push(await textsOf(reader, ch));
      const commit: HistoryCommit = { ...c, changes: texts };
      problems.push(...commitProblems(commit, config.config, config.signersFile));
      if (signingRequired(config.config)) {
        const group = toVerify.get(config.signersKey) ?? { signers: config.signers, commits: [] };
        group.commits.push(c);
        toVerify.set(config.signersKey, group);
      }
    }
  } finally {
    reader.close();
  }
  for (const group of toVerify.values()) problems.push(...(await verify(root, group.signers, group.commits)));
  const order = new Map(commits.map((c, i) => [c.hash, i]));
  return problems.sort((a, b) => (order.get(a.commit) ?? 0) - (order.get(b.commit) ?? 0));
}

interface ParentConfig {
  config: DeskConfig;
  signersFile: string;
  signers?: string;
  signersKey: string;
}

async function configAt(
  reader: BlobReader,
  cache: Map<string, Promise<ParentConfig | undefined>>,
  commit: string,
): Promise<ParentConfig | undefined> {
  let found = cache.get(commit);
  if (!found) {
    found = (async () => {
      const text = await reader.read(`${commit}:desk.yaml`);
      if (text === undefined) return undefined;
      const yaml = parseYamlText('desk.yaml', text);
      if (!yaml.ok) return undefined;
      const { deskConfigSchema } = await import('../core/schema/config.js');
      const parsed = deskConfigSchema.safeParse(yaml.value ?? {});
      if (!parsed.success) return undefined;
      const signersFile = parsed.data.signing.allowedSigners;
      const signers = parsed.data.signing.required ? await reader.read(`${commit}:${signersFile}`) : undefined;
      return { config: parsed.data, signersFile, signers, signersKey: signers ?? '' };
    })();
    cache.set(commit, found);
  }
  return found;
}

async function textsOf(
  reader: BlobReader,
  ch: { path: string; before: string; after: string },
): Promise<FileChangeText> {
  // articles and invoice renderings are judged by their path alone
  const needed = /\.(yaml)$/.test(ch.path);
  return {
    path: ch.path,
    ...(existed(ch.before) && { before: needed ? ((await reader.read(ch.before)) ?? '') : '' }),
    ...(existed(ch.after) && { after: needed ? ((await reader.read(ch.after)) ?? '') : '' }),
  };
}

/** Signatures, checked by git against the allowed signers as the parent had them. */
async function verify(root: string, signers: string | undefined, commits: LoggedCommit[]): Promise<HistoryProblem[]> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-signers-'));
  try {
    const file = join(dir, 'allowed_signers');
    writeFileSync(file, signers ?? '');
    const checks = await signatureChecks(
      root,
      commits.map((c) => c.hash),
      file,
    );
    return commits.flatMap((c) => signatureProblems(c, checks.get(c.hash) ?? { status: 'N', signer: '' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The problems of the history `desk check` reports: none where desk.yaml says `audit.history:
 * false`, else those of commits `audit.reviewed` does not list.
 */
export async function unreviewedHistoryProblems(root: string): Promise<HistoryProblem[]> {
  const audit = await auditSettings(root);
  if (audit && !audit.history) return [];
  const problems = await historyProblems(root);
  const reviewed = audit?.reviewed.map((r) => r.commit) ?? [];
  return problems.filter((p) => !reviewed.some((r) => p.commit.startsWith(r)));
}

async function auditSettings(root: string): Promise<DeskConfig['audit'] | undefined> {
  const { readYamlFile } = await import('./yaml-files.js');
  const { deskConfigSchema } = await import('../core/schema/config.js');
  const config = await readYamlFile(root, 'desk.yaml', deskConfigSchema).catch(() => undefined);
  return config?.ok ? config.value.audit : undefined;
}
