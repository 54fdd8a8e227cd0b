import { afterAll, afterEach, beforeAll } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../mail/servers.js';
import { startWebhookServer, type WebhookServer } from './webhook-server.js';

/**
 * The servers of a test file of the communication features: a real SMTP server on loopback
 * (and, with `webhooks`, an HTTP server taking webhook posts), started once for the file,
 * stopped after it, and emptied after each test — every answer back to `accept` and 200, after
 * the file's own `afterEach` (a helpdesk's cleanup) has run. The returned `smtp` and `hook` are
 * usable in the file's tests as the servers themselves.
 */
export function smtpTestServers(o: { webhooks?: boolean; afterEach?: () => void | Promise<void> } = {}): {
  smtp: SmtpSink;
  hook: WebhookServer;
} {
  let sink: SmtpSink | undefined;
  let server: WebhookServer | undefined;
  const started = <T>(x: T | undefined, what: string): T => {
    if (!x) throw new Error(`the test ${what} is not running: use it inside a test, not while the file loads`);
    return x;
  };
  beforeAll(async () => {
    [sink, server] = await Promise.all([startSmtpSink(), o.webhooks ? startWebhookServer() : undefined]);
  });
  afterAll(async () => {
    await Promise.all([sink?.stop(), server?.close()]);
  });
  afterEach(async () => {
    try {
      await o.afterEach?.();
    } finally {
      // emptied even when the file's cleanup failed, or the next test would see this one's mail
      if (sink) {
        sink.received.length = 0;
        sink.mode = 'accept';
        sink.onMail = undefined;
      }
      if (server) {
        server.posts.length = 0;
        server.status = 200;
      }
    }
  });
  const smtp: SmtpSink = {
    get port() {
      return started(sink, 'SMTP server').port;
    },
    get received() {
      return started(sink, 'SMTP server').received;
    },
    get mode() {
      return started(sink, 'SMTP server').mode;
    },
    set mode(mode) {
      started(sink, 'SMTP server').mode = mode;
    },
    get onMail() {
      return started(sink, 'SMTP server').onMail;
    },
    set onMail(f) {
      started(sink, 'SMTP server').onMail = f;
    },
    stop: () => started(sink, 'SMTP server').stop(),
  };
  const hook: WebhookServer = {
    get url() {
      return started(server, 'webhook server').url;
    },
    get posts() {
      return started(server, 'webhook server').posts;
    },
    get status() {
      return started(server, 'webhook server').status;
    },
    set status(status) {
      started(server, 'webhook server').status = status;
    },
    close: () => started(server, 'webhook server').close(),
  };
  return { smtp, hook };
}
