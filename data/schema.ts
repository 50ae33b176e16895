import { z } from 'zod';

/**
 * A field the publication may lack. "Data not available in the input" in a
 * source becomes `{ available: false }`, never text (DESIGN.md "Data").
 */
export const optionalText = z.discriminatedUnion('available', [
  z.object({ available: z.literal(true), text: z.string().min(1) }),
  z.object({ available: z.literal(false), note: z.string().min(1) }),
]);
export type OptionalText = z.infer<typeof optionalText>;

export const modifierCode = z.string().regex(/^(?:[0-9]{2}|[A-Z][A-Z0-9])$/, 'a modifier is two characters');

export const modifierRow = z.object({
  code: modifierCode,
  /** null when the source's row was cut off before this cell. */
  description: z.string().min(1).nullable(),
  whenToUse: z.string().min(1).nullable(),
  /** 1-based line of the row in the source file. */
  line: z.number().int().positive(),
});
export type ModifierRow = z.infer<typeof modifierRow>;

export const codeEntry = z.object({
  code: z.string().regex(/^[0-9]{5}$/),
  title: z.string().min(1),
  summary: z.array(z.string().min(1)).min(1),
  keyPayers: z.array(z.string().min(1)),
  billingOverview: z.string().min(1),
  serviceType: optionalText,
  siteOfService: optionalText,
  clinicalContext: optionalText,
  modifiers: z.object({
    rows: z.array(modifierRow),
    /** false when the table has no rows, or its last row was cut short. */
    complete: z.boolean(),
    /** Why the table is incomplete, in words a user can read. */
    incompleteReason: z.string().optional(),
    /**
     * How the table is cut: `no-table` (the source ends before it), `no-rows` (header only),
     * `cut-row` (the last row stops mid-way), `source-ends` (the file ends right after a full row,
     * so more rows may have followed). Absent when the table is complete.
     */
    truncation: z.enum(['no-table', 'no-rows', 'cut-row', 'source-ends']).optional(),
  }),
  /** Modifiers named only in running text ("for example LT or RT"): not table rows. */
  mentionedModifiers: z.array(modifierCode),
  /** Every "Data not available in the input" the source carries, where it stands. */
  unavailableNotes: z.array(
    z.object({
      /** The section or field the marker stands in, e.g. "Summary & Overview". */
      section: z.string().min(1),
      /** The source's sentence, verbatim. */
      text: z.string().min(1),
      line: z.number().int().positive(),
      /** What is unavailable, when the source says ("specific payor rates, taxonomies, ..."). */
      subject: z.string().min(1).optional(),
    }),
  ),
  source: z.object({
    /** e.g. `data/sources/000_9679e0d9468836aa.txt`. */
    file: z.string().min(1),
    /** 1-based line of the title, for messages that point at the entry. */
    titleLine: z.number().int().positive().optional(),
    /** Who provides it: absent or `bundled` for the build's sources (lib/publications/). */
    kind: z.enum(['bundled', 'user', 'managed']).optional(),
    /** When it was loaded (ISO 8601), for imported and administrator publications. */
    loadedAt: z.string().optional(),
  }),
});
export type CodeEntry = z.infer<typeof codeEntry>;

export const modifierMeaning = z.object({ code: modifierCode, meaning: z.string().min(1).max(160) });
export type ModifierMeaning = z.infer<typeof modifierMeaning>;

/** data/modifiers.json: modifier code -> its standard meaning, in our own short words. */
export const modifierGlossary = z.record(modifierCode, z.string().min(1).max(160));

export const dataset = z
  .object({
    /** Content hash of the sources: changes when any publication changes. */
    version: z.string().min(1),
    entries: z.array(codeEntry).min(1),
    modifiers: z.array(modifierMeaning),
  })
  .superRefine((value, ctx) => {
    const meanings = new Set<string>();
    for (const m of value.modifiers) {
      if (meanings.has(m.code)) ctx.addIssue({ code: 'custom', message: `modifier ${m.code} has two meanings` });
      meanings.add(m.code);
    }
    const seen = new Map<string, string>();
    for (const entry of value.entries) {
      const other = seen.get(entry.code);
      if (other)
        ctx.addIssue({ code: 'custom', message: `code ${entry.code} is in both ${other} and ${entry.source.file}` });
      seen.set(entry.code, entry.source.file);
    }
  });
export type Dataset = z.infer<typeof dataset>;
