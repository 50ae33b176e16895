/**
 * THE view of a code, used by the hover popover and by the popup. Props only: no browser API,
 * no storage. Styles: `codeCardCss` (components/code-card-css.ts), scoped under `.cl-card`.
 */
import { Component, type ComponentChildren } from 'preact';
import type { CodeEntry, OptionalText } from '../data/schema';
import { modifierList } from './ModifierList';
import { modifierUsage } from './modifier-usage';
import { SOURCE_LABELS, sourceKindOf, sourceLine } from './source-label';

export const NOT_IN_SOURCE = 'Not in the source publication';

export type CopyResult = boolean | undefined;

export interface CodeCardProps {
  entry: CodeEntry;
  /** Short meaning of each modifier code (the bundled glossary); missing ones say "meaning not bundled". */
  meanings?: Readonly<Record<string, string>>;
  /** Modifiers written with the code on the page (`64712-RT` → ['RT']). */
  used?: readonly string[];
  /** Copies the code; resolve false when the clipboard refused, so the card can say so. */
  onCopy?: (code: string) => CopyResult | Promise<CopyResult>;
  /** Level of the title heading, to fit the host's outline (popover: 2). */
  level?: 2 | 3;
  /** The same code from other sources, each shown after this one under its source's label. */
  others?: readonly CodeEntry[];
}

/** One fact row; a plain function, not a component: a props object costs its key names in the content script. */
const field = (label: string, value: OptionalText) => (
  <div class="cl-field">
    <dt>{label}</dt>
    <dd>{value.available ? value.text : <span class="cl-gap">{NOT_IN_SOURCE}</span>}</dd>
  </div>
);

const NO_MEANINGS: Readonly<Record<string, string>> = {};

type CopyState = 'idle' | 'copied' | 'failed';

let cards = 0;

/**
 * A class rather than hooks: the hover popover renders this card in the content script, and
 * `preact/hooks` there cost 910 B gzip of its 40 KB budget. `id` plays `useId`'s part (unique
 * in this page's script, enough for the ids the card points its aria attributes at).
 */
export class CodeCard extends Component<CodeCardProps, { more: boolean; copy: CopyState }> {
  id = `cl-card${++cards}`;
  override state = { more: false, copy: 'idle' as CopyState };
  render(props: CodeCardProps) {
    return cardView(props, this);
  }
}

function cardView(
  { entry, meanings = NO_MEANINGS, used = [], onCopy, level = 2, others = [] }: CodeCardProps,
  card: CodeCard,
) {
  const { id } = card;
  const moreId = `${id}-more`;
  // "More" (summary, clinical context, key payers) is the card's own state: no page drives it.
  const { more: isExpanded, copy } = card.state;
  const setCopy = (next: CopyState) => card.setState({ copy: next });
  const usage = modifierUsage(entry, used);
  const Heading = `h${level}` as 'h2' | 'h3';
  const Sub = `h${level + 1}` as 'h3' | 'h4';

  const toggle = () => card.setState({ more: !isExpanded });
  /** One titled section; `part` names its heading's id, which the section points `aria-labelledby` at. */
  const section = (part: string, title: string, body: ComponentChildren) => (
    <section class="cl-section" aria-labelledby={`${id}-${part}`}>
      <Sub id={`${id}-${part}`} class="cl-sub">
        {title}
      </Sub>
      {body}
    </section>
  );
  const doCopy = async () => {
    if (!onCopy) return;
    const ok = await onCopy(entry.code);
    setCopy(ok === false ? 'failed' : 'copied');
  };

  return (
    <article class="cl-card">
      <header class="cl-head">
        <div class="cl-codeline">
          <span class="cl-code">
            CPT {entry.code}
            {used.length > 0 && <span class="cl-code-mods">-{used.join('-')}</span>}
          </span>
          {onCopy && (
            <button type="button" class="cl-btn cl-copy" onClick={doCopy}>
              {copy === 'copied' ? 'Copied' : 'Copy code'}
            </button>
          )}
        </div>
        <Heading class="cl-title">{entry.title}</Heading>
        {copy === 'failed' && (
          <p class="cl-note" role="status">
            The clipboard refused; select the code and press Ctrl+C.
          </p>
        )}
        {copy === 'copied' && (
          <span class="cl-sr" role="status">
            Copied {entry.code}
          </span>
        )}
      </header>

      {usage.length > 0 && (
        <ul class="cl-usage" aria-label="Modifiers used on this page">
          {usage.map((u) => (
            <li key={u.modifier} class={u.warn ? 'cl-warn' : 'cl-ok'}>
              <strong>{u.warn ? `Check modifier ${u.modifier}: ` : `Modifier ${u.modifier} used: `}</strong>
              {u.message}
            </li>
          ))}
        </ul>
      )}

      <p class="cl-overview">{entry.billingOverview}</p>

      <dl class="cl-facts">
        {field('Service type', entry.serviceType)}
        {field('Typical site of service', entry.siteOfService)}
      </dl>

      {section('mods', 'Allowed modifiers', modifierList(entry, meanings, used))}

      <button type="button" class="cl-btn cl-more" aria-expanded={isExpanded} aria-controls={moreId} onClick={toggle}>
        {isExpanded ? 'Less' : 'More'}
      </button>
      <div id={moreId} class="cl-more-body" hidden={!isExpanded}>
        {isExpanded && (
          <>
            {section(
              'summary',
              'Summary',
              entry.summary.map((p) => <p key={p}>{p}</p>),
            )}
            {section(
              'clinical',
              'Clinical context',
              entry.clinicalContext.available ? (
                <p>{entry.clinicalContext.text}</p>
              ) : (
                <p class="cl-gap">{NOT_IN_SOURCE}</p>
              ),
            )}
            {section(
              'payers',
              'Key payers',
              entry.keyPayers.length > 0 ? (
                <ul class="cl-payers">
                  {entry.keyPayers.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              ) : (
                <p class="cl-gap">{NOT_IN_SOURCE}</p>
              ),
            )}
          </>
        )}
      </div>
      <footer class="cl-source">Source: {sourceLine(entry)}</footer>
      {others.map((other) => (
        <section key={sourceKindOf(other)} class="cl-also">
          <p class="cl-sub">Also {SOURCE_LABELS[sourceKindOf(other)]}:</p>
          <CodeCard entry={other} meanings={meanings} used={used} level={3} />
        </section>
      ))}
    </article>
  );
}
