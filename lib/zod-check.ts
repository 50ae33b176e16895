/**
 * zod's validation through the Standard Schema entry every zod schema carries (`schema['~standard'].validate`), for
 * the code the content script shares (lib/messages.ts, lib/settings-read.ts). The check is zod's own: `validate` runs
 * the schema's `_zod.run` exactly as `z.safeParse` does. It leaves `safeParse`'s result and error classes
 * (`$ZodError`, `$ZodRealError`, zod's parse.js and errors.js) out of the content script, whose 40 KB gzip budget
 * they cost ~0.4 KB: every schema already holds `~standard`, so its code ships anyway.
 *
 * Every schema here is synchronous: `validate` then answers at once. A promise (an async schema) is no value here.
 */
import type * as z from 'zod/mini';

/** `{ value }` (zod's output) when `schema` accepts `input`, else undefined. */
export function zodCheck<T>(schema: z.ZodMiniType<T>, input: unknown): { value: T } | undefined {
  const result = schema['~standard'].validate(input);
  return 'value' in result ? result : undefined;
}
