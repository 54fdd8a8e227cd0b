import { createServer, type Server } from 'node:http';

export interface Posted {
  path: string;
  contentType: string;
  body: unknown;
}

/**
 * An incoming-webhook endpoint on 127.0.0.1 that keeps every POST, as Mattermost, Slack or
 * Teams would take it; `status` is what it answers (a chat server refusing or failing).
 */
export interface WebhookServer {
  url: string;
  posts: Posted[];
  status: number;
  close(): Promise<void>;
}

export async function startWebhookServer(): Promise<WebhookServer> {
  const hook: WebhookServer = { url: '', posts: [], status: 200, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (hook.status < 300 && req.method === 'POST')
        hook.posts.push({
          path: req.url ?? '/',
          contentType: req.headers['content-type'] ?? '',
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
        });
      res.writeHead(hook.status, { 'content-type': 'text/plain' });
      res.end(hook.status < 300 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hook.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  hook.close = () => new Promise((resolve) => server.close(() => resolve()));
  return hook;
}
