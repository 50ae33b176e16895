/**
 * Every message between contexts, one zod schema per direction (DESIGN.md "messages.ts").
 * zod/mini keeps the content-script bundle small. A message that does not parse is ignored.
 * Add a message by adding a schema to the right union; never send an unschema'd object.
 * Every schema is built on first use (lib/lazy.ts): each export is a getter, and `parseMessage`
 * takes one, so a frame that never gets a message never builds them.
 * Content-script bytes: `z.union` and lib/mini-kinds.ts accept exactly what `z.discriminatedUnion`,
 * `z.enum`, `z.int()`, `z.boolean()` and `z.regex` would, and leave those schema and check kinds (and zod's table of
 * number formats) out of the bundle (~1.35 KB gzip; test/unit/messages.test.ts);
 * `stringRecord` (the entry reply's modifier meanings) and the custom `int()` also leave `$ZodRecord` and `$ZodNumber`
 * out (~0.6 KB gzip; test/unit/mini-kinds.test.ts), and `str()`, `orNull()` and `oneOf()` leave `$ZodString`,
 * `$ZodNullable` and `$ZodLiteral` out (~0.5 KB gzip). `toBackground` and `pageListReply` keep `z.record`: the content
 * script only sends them.
 */
import * as z from 'zod/mini';
import { lazy } from './lazy';
import { bool, int, matching, oneOf, orNull, str, stringRecord } from './mini-kinds';
import { zodCheck } from './zod-check';

const code = lazy(() => matching(/^[0-9]{5}$/));

/** Sent by a content script (any frame) to the background. */
export const toBackground = lazy(() =>
  z.union([
    /** The full entry for a code, for the popover (the content script does not bundle entries). */
    z.object({ type: oneOf('entry/get'), code: code() }),
    /** This frame's code counts changed: the background sums frames into the tab's badge. */
    z.object({ type: oneOf('page/counts'), counts: z.record(code(), int()) }),
  ]),
);
export type ToBackground = z.infer<ReturnType<typeof toBackground>>;

/** Sent by the popup or the background to the content scripts of a tab (every frame answers). */
export const toContent = lazy(() =>
  z.union([
    /** Which codes this frame holds, with counts. */
    z.object({ type: oneOf('page/list') }),
    /** Scroll to the Nth occurrence (0-based, wrapping) of a code in this frame and flash it. */
    z.object({ type: oneOf('page/reveal'), code: code(), occurrence: int() }),
    /** Keyboard travel (lib/travel-order.ts): this frame's codes in reading order and where it stands. */
    z.object({ type: oneOf('travel/list') }),
    /**
     * Mark the `index`-th match of this frame's `travel/list`, open its card, announce "ordinal of
     * total"; with `total` 0, announce that the page has no codes.
     */
    z.object({ type: oneOf('travel/show'), index: int(), ordinal: int(), total: int() }),
    /** Another frame holds the focus mark now: drop ours. */
    z.object({ type: oneOf('travel/clear') }),
    /** Open the card of the code in this frame's selection (`focused`: only if this frame has focus). */
    z.object({ type: oneOf('travel/selection'), focused: bool() }),
  ]),
);
export type ToContent = z.infer<ReturnType<typeof toContent>>;

/**
 * Sent by the popup to the PDF viewer (pdf.html): an extension page, which `tabs.sendMessage`
 * does not reach, so it goes out by `runtime.sendMessage` and only the viewer in `tabId` answers.
 * Same questions and answers as `page/list` and `page/reveal`.
 */
export const toViewer = lazy(() =>
  z.union([
    z.object({ type: oneOf('viewer/list'), tabId: int() }),
    z.object({ type: oneOf('viewer/reveal'), tabId: int(), code: code(), occurrence: int() }),
  ]),
);
export type ToViewer = z.infer<ReturnType<typeof toViewer>>;
/** Reply to `travel/list` (lib/travel-order.ts FrameTravelReport without the frame id). */
export const travelListReply = lazy(() =>
  z.object({
    path: orNull(z.array(int())),
    codes: z.array(code()),
    childBefore: z.array(int()),
    current: z.optional(int()),
    caret: z.optional(int()),
  }),
);
export type TravelListReply = z.infer<ReturnType<typeof travelListReply>>;

/** Reply to `travel/selection`: the card is shown, or the selected text (no known code in it). */
export const travelSelectionReply = lazy(() => z.object({ shown: bool(), query: z.optional(str()) }));
export type TravelSelectionReply = z.infer<ReturnType<typeof travelSelectionReply>>;

export const pageListReply = lazy(() => z.object({ counts: z.record(code(), int()) }));
export type PageListReply = z.infer<ReturnType<typeof pageListReply>>;

/**
 * The background's answer to `entry/get`: the entry (null when the data does not know the code)
 * and the glossary meaning of every modifier it names. A zod/mini mirror of data/schema.ts's
 * CodeEntry, because full zod must stay out of the content script; test/unit/entry-reply.test.ts
 * keeps the two in step.
 */
const MODIFIER = /^(?:[0-9]{2}|[A-Z][A-Z0-9])$/;
const modifier = lazy(() => matching(MODIFIER));
const optionalText = lazy(() =>
  z.union([z.object({ available: oneOf(true), text: str() }), z.object({ available: oneOf(false), note: str() })]),
);
const entryMini = lazy(() =>
  z.object({
    code: code(),
    title: str(),
    summary: z.array(str()),
    keyPayers: z.array(str()),
    billingOverview: str(),
    serviceType: optionalText(),
    siteOfService: optionalText(),
    clinicalContext: optionalText(),
    modifiers: z.object({
      rows: z.array(
        z.object({
          code: modifier(),
          description: orNull(str()),
          whenToUse: orNull(str()),
          line: int(),
        }),
      ),
      complete: bool(),
      incompleteReason: z.optional(str()),
      truncation: z.optional(oneOf('no-table', 'no-rows', 'cut-row', 'source-ends')),
    }),
    mentionedModifiers: z.array(modifier()),
    unavailableNotes: z.array(z.object({ section: str(), text: str(), line: int(), subject: z.optional(str()) })),
    source: z.object({
      file: str(),
      titleLine: z.optional(int()),
      kind: z.optional(oneOf('bundled', 'user', 'managed')),
      loadedAt: z.optional(str()),
    }),
  }),
);
export const entryGetReply = lazy(() =>
  z.object({
    entry: orNull(entryMini()),
    meanings: stringRecord(MODIFIER),
    /** The same code from other sources (organization's first, then bundled): the card shows each. */
    others: z.optional(z.array(entryMini())),
  }),
);
export type EntryGetReply = z.infer<ReturnType<typeof entryGetReply>>;

/** Parses an incoming message; undefined for anything unknown or malformed. */
export function parseMessage<T>(schema: () => z.ZodMiniType<T>, value: unknown): T | undefined {
  return zodCheck(schema(), value)?.value;
}
