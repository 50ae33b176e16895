/**
 * What the data says about a modifier written with the code on the page (`64712-RT`).
 * Pure: the card shows the result; the wording is precise about where the source stands.
 */
import type { CodeEntry } from '../data/schema';

export interface ModifierUsage {
  modifier: string;
  /** True when the coder should look twice. */
  warn: boolean;
  message: string;
}

/** Positional parameters: an options object costs its key names twice in the minified content script. */
export function modifierUsage(
  entry: Pick<CodeEntry, 'code' | 'modifiers' | 'mentionedModifiers'>,
  used: readonly string[],
): ModifierUsage[] {
  const { code, modifiers, mentionedModifiers } = entry;
  const noRows = modifiers.rows.length === 0;
  const gap = modifiers.complete ? '' : ' The source cuts the table short, so it may be missing rows.';
  // One object literal for every outcome: four would cost their key names five times in the minified content script.
  return [...new Set(used)].map((modifier) => {
    const row = modifiers.rows.find((r) => r.code === modifier);
    // A full row of the code's modifier table: the one outcome with no warning.
    const listed = !!row && row.description !== null && row.whenToUse !== null;
    const table = noRows
      ? `${modifier} is not in the modifier table for ${code}: the source's table has no rows.`
      : `${modifier} is not in the modifier table for ${code}.`;
    const message = listed
      ? `${modifier} is listed for ${code}.`
      : // A row of the table, but the source cuts that row short.
        row
        ? `${modifier} is in the table for ${code}, but the source cuts its row off before the description.`
        : // Not a table row; the publication names it only in running text.
          mentionedModifiers.includes(modifier)
          ? `${table} The documentation only mentions ${modifier}.`
          : // Neither a row nor mentioned.
            noRows
            ? `${table}${gap}`
            : `${modifier} is not among the modifiers the source lists for ${code}.${gap}`;
    return { modifier, warn: !listed, message };
  });
}
