/**
 * The allowed modifiers of one code, as the publication's Coding Specifications table lists them.
 * Props only. It keeps the source's gaps visible instead of hiding them: a cut row says its
 * description is cut off, an incomplete table says so, and modifiers the text merely names
 * ("for example LT or RT") are shown apart, never as allowed rows.
 */
import type { CodeEntry } from '../data/schema';

export const MEANING_NOT_BUNDLED = 'meaning not bundled';
export const CUT_OFF = 'Description cut off in the source';

/**
 * The glossary's meaning, else the publication's own description, else an honest gap. Positional parameters: an
 * options object costs its key names twice in the minified content script.
 */
export function meaningOf(
  code: string,
  meanings: Readonly<Record<string, string>>,
  description?: string | null,
): string {
  return meanings[code] ?? description ?? MEANING_NOT_BUNDLED;
}

/**
 * The code's table (`entry.modifiers`) and the modifiers its text only names (`entry.mentionedModifiers`); `used`: the
 * modifiers written with the code on the page (`64445-26` → ['26']). A plain function, not a component, with positional
 * parameters: a props object costs its key names in the content script.
 */
export function modifierList(
  entry: Pick<CodeEntry, 'modifiers' | 'mentionedModifiers'>,
  meanings: Readonly<Record<string, string>>,
  used: readonly string[],
) {
  const { rows, complete, incompleteReason } = entry.modifiers;
  const mentioned = entry.mentionedModifiers;
  return (
    <div class="cl-mods">
      {rows.length > 0 ? (
        <table class="cl-mod-table">
          <thead>
            <tr>
              <th scope="col">Modifier</th>
              <th scope="col">Meaning</th>
              <th scope="col">When to use</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const isUsed = used.includes(row.code);
              const cut = row.description === null || row.whenToUse === null;
              return (
                <tr key={row.code} class={isUsed ? 'cl-used' : undefined}>
                  <th scope="row">
                    <span class="cl-mod-code">{row.code}</span>
                    {isUsed && <span class="cl-tag cl-tag-used">used on this page</span>}
                  </th>
                  <td>{meaningOf(row.code, meanings, row.description)}</td>
                  <td>
                    {row.whenToUse}
                    {cut && <em class="cl-gap">{CUT_OFF}</em>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p class="cl-gap">The source's modifier table has no rows.</p>
      )}
      {!complete && (
        <p class="cl-note">
          <strong>Incomplete table:</strong> {incompleteReason ?? 'the source publication cuts this table short.'}
        </p>
      )}
      {mentioned.length > 0 && (
        <div class="cl-mentioned">
          <p class="cl-mentioned-label">Mentioned in the documentation (not table rows):</p>
          <ul>
            {mentioned.map((code) => (
              <li key={code}>
                <span class="cl-mod-code">{code}</span> {meaningOf(code, meanings)}
                {used.includes(code) && <span class="cl-tag cl-tag-used">used on this page</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
