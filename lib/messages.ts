/**
 * Every message between contexts, one zod schema per direction (DESIGN.md "messages.ts").
 * zod/mini keeps the content-script bundle small. A message that does not parse is ignored.
 * Add a message by adding a schema to the right union; never send an unschema'd object.
 */
import * as z from 'zod/mini';

const code = z.string().check(z.regex(/^[0-9]{5}$/));

/** Sent by a content script (any frame) to the background. */
export const toBackground = z.discriminatedUnion('type', [
  /** The full entry for a code, for the popover (the content script does not bundle entries). */
  z.object({ type: z.literal('entry/get'), code }),
  /** This frame's code counts changed: the background sums frames into the tab's badge. */
  z.object({ type: z.literal('page/counts'), counts: z.record(code, z.int()) }),
]);
export type ToBackground = z.infer<typeof toBackground>;

/** Sent by the popup or the background to the content scripts of a tab (every frame answers). */
export const toContent = z.discriminatedUnion('type', [
  /** Which codes this frame holds, with counts. */
  z.object({ type: z.literal('page/list') }),
  /** Scroll to the Nth occurrence (0-based, wrapping) of a code in this frame and flash it. */
  z.object({ type: z.literal('page/reveal'), code, occurrence: z.int() }),
]);
export type ToContent = z.infer<typeof toContent>;

export const pageListReply = z.object({ counts: z.record(code, z.int()) });
export type PageListReply = z.infer<typeof pageListReply>;

/** Parses an incoming message; undefined for anything unknown or malformed. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined {
  const result = z.safeParse(schema, value);
  return result.success ? result.data : undefined;
}
