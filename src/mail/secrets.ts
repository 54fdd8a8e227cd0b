import { execFile } from 'node:child_process';
import { usage, failed } from '../core/errors.js';
import type { Secret } from '../core/schema/mail.js';
import { io } from '../io/context.js';

/**
 * A password named in desk.yaml: read from the environment, or printed by a command (a password
 * manager, `secret-tool`, `cat ~/.config/desk/imap`). Never stored in the repository.
 */
export async function readSecret(secret: Secret, where: string, env: NodeJS.ProcessEnv = io().env): Promise<string> {
  if ('env' in secret) {
    const value = env[secret.env];
    if (value === undefined || value === '')
      throw usage(
        `${where}: the environment variable ${secret.env} is not set`,
        `export ${secret.env}=… before running desk`,
      );
    return value;
  }
  return new Promise((resolve, reject) => {
    execFile('/bin/sh', ['-c', secret.command], { env, timeout: 30_000, maxBuffer: 64 * 1024 }, (err, stdout) => {
      if (err)
        reject(
          failed(
            `${where}: the password command failed: ${err.message.split('\n')[0]}`,
            `run it yourself: ${secret.command}`,
          ),
        );
      else {
        const value = stdout.replace(/\r?\n$/, '');
        if (!value)
          reject(failed(`${where}: the password command printed nothing`, `run it yourself: ${secret.command}`));
        else resolve(value);
      }
    });
  });
}
