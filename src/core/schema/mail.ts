import { z } from 'zod';

/**
 * The `mail:` section of desk.yaml: where customers' mail comes from and how replies leave.
 * Passwords are never in the repository: a source names an environment variable or a command
 * that prints the password (a password manager, a keyring, a file outside the repository).
 */
export const secretSchema = z.union(
  [
    z.strictObject({
      env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name, e.g. DESK_IMAP_PASSWORD'),
    }),
    z.strictObject({ command: z.string().min(1) }),
  ],
  { error: 'give the password as { env: VARIABLE } or { command: "…" }, never the password itself' },
);
export type Secret = z.infer<typeof secretSchema>;

/** tls: encrypted from the first byte (IMAPS 993, SMTPS 465); starttls: upgraded (143, 587); none: loopback tests only. */
export const SECURITY = ['tls', 'starttls', 'none'] as const;
export type Security = (typeof SECURITY)[number];

const server = {
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535).optional(),
  security: z.enum(SECURITY).default('tls'),
  /** A CA certificate file (PEM) for a server whose certificate a company CA signed. */
  ca: z.string().optional(),
};

const imap = z.strictObject({
  ...server,
  user: z.string().min(1),
  password: secretSchema,
  /** The folder desk reads. */
  folder: z.string().min(1).default('INBOX'),
  /** What marks a message processed: moved to a folder, or a flag (keyword) set on it. */
  processed: z
    .union([z.strictObject({ move: z.string().min(1) }), z.strictObject({ flag: z.string().min(1) })])
    .default({ flag: '$Desk' }),
});
export type ImapSettings = z.infer<typeof imap>;

const sourceName = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'source names are lower-case letters, digits and dashes');

const common = {
  name: sourceName,
  /** The address customers write to (support@…); replies to tickets from this source go out from it. */
  address: z.string().email().optional(),
  /** Answer every new request at once with the acknowledgement template (counts as the reaction). */
  acknowledge: z.boolean().default(false),
};

/** One object with either `imap:` or `maildir:`, so that a mistake inside one is reported at its field. */
export const mailSourceSchema = z
  .strictObject({ ...common, imap: imap.optional(), maildir: z.string().min(1).optional() })
  .superRefine((s, ctx) => {
    if (Boolean(s.imap) === Boolean(s.maildir))
      ctx.addIssue({ code: 'custom', message: 'give a source either imap: { … } or maildir: PATH' });
  });
export type MailSource = z.infer<typeof mailSourceSchema>;

const smtp = z.strictObject({
  ...server,
  user: z.string().min(1).optional(),
  password: secretSchema.optional(),
  /** A message that cannot be delivered for this long is given up and shown in its writer's queue. */
  giveUpAfterHours: z.number().positive().default(48),
});
export type SmtpSettings = z.infer<typeof smtp>;

export const mailConfigSchema = z
  .strictObject({
    /** From of replies and acknowledgements: the support address and the name shown with it. */
    address: z.string().email(),
    name: z.string().min(1).optional(),
    smtp: smtp.optional(),
    sources: z.array(mailSourceSchema).default([]),
    /** Senders never turned into tickets (newsletters, monitoring), as addresses or *@domain. */
    ignore: z.array(z.string().min(3)).default([]),
  })
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.sources.forEach((s, i) => {
      if (seen.has(s.name))
        ctx.addIssue({ code: 'custom', path: ['sources', i, 'name'], message: `two sources are named ${s.name}` });
      seen.add(s.name);
    });
  });
export type MailConfig = z.infer<typeof mailConfigSchema>;
