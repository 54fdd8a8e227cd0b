import { refused } from '../errors.js';
import { text as said } from '../../i18n/keys.js';

/**
 * The git hooks desk installs in a code repository. A hook the developer already has is kept:
 * it moves aside to `<hook>.before-desk` and desk's hook runs it first (with the same arguments;
 * its refusal stands). `desk hooks uninstall` moves it back. Where that is impossible — the hook
 * is a file the repository tracks (a shared `core.hooksPath`), or a `.before-desk` file is in
 * the way — installing is refused with what to do instead.
 */
export const HOOK_NAMES = ['commit-msg', 'post-commit'] as const;
export type HookName = (typeof HOOK_NAMES)[number];

export const MARK = 'installed by `desk hooks install`';
export const KEPT_SUFFIX = '.before-desk';

/** What is in the hooks folder now for one hook. */
export interface HookSlot {
  name: HookName;
  /** The hook's current content, if there is one. */
  current?: string;
  /** The current hook is a file the repository tracks. */
  tracked: boolean;
  /** `<hook>.before-desk` exists. */
  kept: boolean;
}

/** `keepExisting`: move the developer's hook aside first; `update`: desk's hook is there already; `chained`: a kept hook runs first. */
export type InstallStep = { name: HookName; keepExisting: boolean; update: boolean; chained: boolean };
export type UninstallStep = { name: HookName; remove: boolean; restore: boolean; note?: string };

export const isOurs = (content: string | undefined) => content !== undefined && content.includes(MARK);

/** Refuses before anything is touched when any hook cannot be installed. */
export function planInstall(slots: readonly HookSlot[]): InstallStep[] {
  return slots.map((s) => {
    if (s.current === undefined || isOurs(s.current))
      return { name: s.name, keepExisting: false, update: s.current !== undefined, chained: s.kept };
    if (s.tracked) {
      throw refused(
        said('input.hookInRepo', { hook: s.name }),
        said('input.hookInRepoHint', {
          line: `desk hooks run ${s.name} --code-repo "$(git rev-parse --show-toplevel)"${s.name === 'commit-msg' ? ' "$1"' : ''}`,
        }),
      );
    }
    if (s.kept)
      throw refused(
        said('input.hookTwice', { hook: s.name, kept: `${s.name}${KEPT_SUFFIX}` }),
        said('input.hookTwiceHint'),
      );
    return { name: s.name, keepExisting: true, update: false, chained: true };
  });
}

export function planUninstall(slots: readonly HookSlot[]): UninstallStep[] {
  return slots.map((s) => {
    if (isOurs(s.current)) return { name: s.name, remove: true, restore: s.kept };
    if (s.current === undefined && s.kept) return { name: s.name, remove: false, restore: true };
    const note =
      s.current === undefined
        ? undefined
        : `${s.name} is not desk's hook; left as it is${s.kept ? ` (and ${s.name}${KEPT_SUFFIX} too)` : ''}`;
    return { name: s.name, remove: false, restore: false, note };
  });
}

/** How the hook calls desk: the node and launcher that installed it, else a `desk` on the PATH. */
export interface DeskCommand {
  node: string;
  launcher: string;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function hookScript(name: HookName, desk: DeskCommand): string {
  const node = quote(desk.node);
  const launcher = quote(desk.launcher);
  const common = [
    '#!/bin/sh',
    `# desk: ${name} hook, ${MARK}; \`desk hooks uninstall\` restores what was here before.`,
    name === 'commit-msg'
      ? '# Refuses a commit message naming a ticket that does not exist or is closed.'
      : '# Links the new commit to the tickets its message names, in the helpdesk.',
    '# Skip it for one commit with DESK_SKIP_HOOK=1 git commit …' +
      (name === 'commit-msg' ? ' (or git commit --no-verify).' : '.'),
    `kept="$(dirname "$0")/${name}${KEPT_SUFFIX}"`,
    name === 'commit-msg'
      ? 'if [ -x "$kept" ]; then "$kept" "$@" || exit $?; fi'
      : 'if [ -x "$kept" ]; then "$kept" "$@"; fi',
    'case "${DESK_SKIP_HOOK:-}" in ""|0|false) ;; *) exit 0 ;; esac',
  ];
  const rebase =
    name === 'post-commit'
      ? [
          '# commits replayed by a rebase are linked by `desk link ID --scan` when wanted, not one by one',
          'for d in rebase-merge rebase-apply; do [ -d "$(git rev-parse --git-path $d)" ] && exit 0; done',
        ]
      : [];
  const run = [
    'top=$(git rev-parse --show-toplevel) || exit 0',
    "# desk works on the helpdesk repository: git's variables for this repository must not reach it",
    'unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_PREFIX GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES GIT_COMMON_DIR',
    'run_desk() {',
    `  if [ -f ${launcher} ] && [ -x ${node} ]; then ${node} ${launcher} "$@"`,
    '  elif command -v desk >/dev/null 2>&1; then desk "$@"',
    `  else echo "desk ${name} hook: desk is not at ${desk.launcher.replace(/["`$\\]/g, '')} any more and not on the PATH; skipped (run desk hooks install again)" >&2`,
    '  fi',
    '}',
    name === 'commit-msg'
      ? `run_desk hooks run commit-msg --code-repo "$top" "$1"`
      : 'run_desk hooks run post-commit --code-repo "$top" || true',
  ];
  return `${[...common, ...rebase, ...run].join('\n')}\n`;
}
