import type { Problem } from '../core/files/yaml-text.js';
import { parseYamlText } from '../core/files/yaml-text.js';
import { staffProblems } from '../core/references.js';
import type { DeskConfig } from '../core/schema/config.js';
import type { Customer } from '../core/schema/customer.js';
import { invalid } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import type { TicketRecord } from '../core/ticket/ticket-record.js';
import type { FileChange } from './transaction.js';

/**
 * What `desk check` would say about the ticket and customer files a command is about to commit:
 * no command may commit a file that check rejects. A bug that would, fails here with the file and
 * field, before anything is written. Returns the tickets as read from the texts to be written.
 */
export async function refuseWhatCheckRejects(
  config: DeskConfig,
  files: readonly FileChange[],
): Promise<{ record: TicketRecord; text: string }[]> {
  const problems: Problem[] = [];
  const tickets: { record: TicketRecord; text: string }[] = [];
  for (const f of files) {
    if (typeof f.content !== 'string') continue;
    if (/^tickets\/.*\.yaml$/.test(f.path)) {
      const { parseTicket } = await import('../core/ticket/ticket-file.js');
      const id = f.path.slice(f.path.lastIndexOf('/') + 1, -'.yaml'.length);
      const parsed = parseTicket(f.path, f.content, id);
      if (parsed.ok) tickets.push({ record: parsed.value, text: f.content });
      else problems.push(...parsed.problems);
    } else if (/^contracts\/[^/]+\.yaml$/.test(f.path)) {
      const yaml = parseYamlText(f.path, f.content);
      if (!yaml.ok) {
        problems.push(...yaml.problems);
        continue;
      }
      const { customerSchema } = await import('../core/schema/customer.js');
      const parsed = customerSchema.safeParse(yaml.value);
      if (!parsed.success) {
        problems.push(
          ...parsed.error.issues.map((i) => ({
            file: f.path,
            field: i.path.join('.') || '(file)',
            message: i.message,
          })),
        );
        continue;
      }
      const customer = parsed.data as Customer;
      problems.push(...staffProblems(config, new Map([[customer.id, customer]])).filter((p) => p.file === f.path));
    }
  }
  const first = problems[0];
  if (!first) return tickets;
  throw invalid(
    text('store.notCommitted', {
      file: first.file,
      field: first.field,
      message: first.message,
      more: problems.length - 1,
    }),
    text('store.notCommittedHint'),
  );
}
