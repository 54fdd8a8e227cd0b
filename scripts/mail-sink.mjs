#!/usr/bin/env node
/**
 * A local SMTP sink for trying desk's mail without a mail server: it accepts every message on
 * 127.0.0.1 and writes it to a folder, one .eml file per message.
 *
 *   node scripts/mail-sink.mjs PORT FOLDER     (Ctrl-C stops it)
 *
 * The demo starts it with `--until-stdin-closes` and a pipe as its input: the pipe closes when the
 * demo ends, however it ends (killed by a time limit too), and the sink stops with it.
 */
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

const [port = '2525', folder = 'sent-mail', untilStdinCloses] = process.argv.slice(2);
mkdirSync(folder, { recursive: true });
let n = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, done) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      n++;
      const to = session.envelope.rcptTo.map((r) => r.address).join(',');
      writeFileSync(join(folder, `${String(n).padStart(3, '0')}.eml`), Buffer.concat(chunks));
      process.stderr.write(`mail-sink: message ${n} for ${to}\n`);
      done();
    });
  },
});
server.listen(Number(port), '127.0.0.1', () => process.stdout.write(`listening ${port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
if (untilStdinCloses === '--until-stdin-closes') process.stdin.on('close', () => process.exit(0)).resume();
