import { createHash, randomBytes } from 'node:crypto';

/**
 * Payment ids, apart from reading payment files (payments.ts): the repository object offers them
 * to the payment commands, and every command loads it, so this stays free of the payment schema.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const encode = (bytes: Uint8Array) => [...bytes.subarray(0, 10)].map((b) => ALPHABET[b & 31]).join('');

/** A new payment's id: random, so clones recording payments apart never pick the same. */
export const newPaymentId = () => `P-${encode(randomBytes(10))}`;

/** An imported payment's id follows from its bank entry: importing the statement again finds it. */
export const bankPaymentId = (entryKey: string, part = 0) =>
  `P-${encode(createHash('sha256').update(`${entryKey}\n${part}`).digest())}`;
