import type { WebhookSettings } from '../core/schema/notify.js';
import { readSecret } from '../mail/secrets.js';

export type PostResult = { ok: true } | { ok: false; error: string; again: boolean };

/**
 * One JSON POST to an incoming webhook. A server that could not be reached at all is tried
 * again by the next run (nothing arrived); an answer that is not 2xx is a failure to record.
 */
export async function postWebhook(hook: WebhookSettings, body: string, where: string): Promise<PostResult> {
  const url = typeof hook.url === 'string' ? hook.url : await readSecret(hook.url, `${where}.url`);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body,
      signal: AbortSignal.timeout(15_000),
    });
    await res.arrayBuffer().catch(() => undefined);
    if (res.ok) return { ok: true };
    return { ok: false, error: `HTTP ${res.status} ${res.statusText}`.trim(), again: res.status >= 500 };
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause;
    const unreachable = cause?.code === 'ECONNREFUSED' || cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN';
    return { ok: false, error: cause?.code ?? (e as Error).message, again: unreachable };
  }
}
