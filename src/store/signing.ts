import { refused } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import type { Git } from './git.js';

/**
 * Where desk.yaml requires signed commits, desk signs each commit with git's own signing (SSH or
 * GPG, as the user set git up). Without a key git would fail after the files were written; the
 * change is refused before, saying how to set one up (docs/roles.md#signed-commits).
 */
export async function requireSigningKey(git: Git): Promise<void> {
  const key = await git.configValue('user.signingKey');
  const format = (await git.configValue('gpg.format')) ?? 'openpgp';
  const defaultKey = format === 'ssh' ? await git.configValue('gpg.ssh.defaultKeyCommand') : undefined;
  if (key || defaultKey || format === 'openpgp') return; // GPG finds a default key by the committer's e-mail
  throw refused(text('store.noSigningKey'), text('store.signingHint'));
}
