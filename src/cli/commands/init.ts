import { ATTRIBUTE_LINE } from '../../store/clone-setup.js';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { usage } from '../../core/errors.js';
import { Git } from '../../store/git.js';
import { gitIn } from '../../store/git-process.js';
import { io } from '../../io/context.js';
import { deskYamlTemplate } from '../../store/templates.js';
import { print, printJson } from '../output.js';
import { t, text } from '../../i18n/index.js';

/** `desk init [DIR] [--company NAME]`: a new helpdesk repository with commented defaults. */
export async function init(dir: string | undefined, opts: { company?: string; json?: boolean }): Promise<void> {
  const root = resolve(io().cwd, dir ?? '.');
  if (existsSync(join(root, 'desk.yaml'))) {
    throw usage(text('system.initExists', { dir: root }), text('system.initExistsHint'));
  }
  await mkdir(root, { recursive: true });
  const top = await Git.topLevel(root);
  if (top !== undefined && resolve(top) !== root) {
    throw usage(text('system.initInsideRepo', { dir: root, top }), text('system.initInsideRepoHint'));
  }
  if (top === undefined) await Git.init(root);
  const git = new Git(root);
  const email = await git.configValue('user.email');
  const name = await git.configValue('user.name');
  const files: Record<string, string> = {
    'desk.yaml': deskYamlTemplate({
      company: opts.company ?? 'Meine Firma GmbH',
      staff: name && email ? { name, email } : undefined,
    }),
    '.gitignore': '# derived caches and indexes, always safe to delete\n.desk/\n',
    '.gitattributes': `# ticket files merge by their events (desk setup installs the driver)\n${ATTRIBUTE_LINE}\n`,
    'contracts/.gitkeep': '',
    'tickets/.gitkeep': '',
    'kb/.gitkeep': '',
  };
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
  const identity = name && email ? [] : ['-c', 'user.name=desk', '-c', 'user.email=desk@localhost'];
  await gitIn(root, [...identity, 'add', '--', ...Object.keys(files)]);
  await gitIn(root, [
    ...identity,
    'commit',
    '--quiet',
    '--no-verify',
    '-m',
    'Create the helpdesk',
    '--',
    ...Object.keys(files),
  ]);
  if (opts.json) return printJson({ root, files: Object.keys(files).sort() });
  await print(t('system.initDone', { dir: root }));
}
