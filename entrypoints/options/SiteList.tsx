/**
 * The user's site list: add, edit, remove, with what is typed checked by lib/sites.ts
 * (host names, IDN → punycode, ports, IPs, "*." or the subdomains box). Props only.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatHostRule, parseHostRule, type SiteMode, type SiteRule } from '../../lib/sites';

export interface SiteListProps {
  mode: SiteMode;
  sites: readonly SiteRule[];
  onChange: (sites: SiteRule[], status: string) => void;
}

function sameRule(a: SiteRule, b: SiteRule): boolean {
  return a.host === b.host && a.includeSubdomains === b.includeSubdomains;
}

/** One text box + "and its subdomains" + a submit button, with the error tied to the box. */
function HostForm({
  initial,
  submitLabel,
  inputLabel,
  onSubmit,
  onCancel,
  autoFocus,
}: {
  initial?: SiteRule;
  submitLabel: string;
  inputLabel: string;
  onSubmit: (rule: SiteRule) => string | undefined;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState(initial?.host ?? '');
  const [subdomains, setSubdomains] = useState(initial?.includeSubdomains ?? false);
  const [error, setError] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);
  // The edit box replaces the row the user chose to edit, so it takes the focus. (Not the
  // autofocus attribute: browsers honour it once per document.)
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = parseHostRule({ input: text, includeSubdomains: subdomains });
    const problem = parsed.ok ? onSubmit(parsed.rule) : parsed.error;
    setError(problem);
    if (problem) input.current?.focus();
    else if (!initial) {
      setText('');
      setSubdomains(false);
    }
  };
  return (
    <form class="host-form" onSubmit={submit} noValidate>
      <div class="host-form-row">
        <label for={`${id}-host`}>{inputLabel}</label>
        <input
          id={`${id}-host`}
          ref={input}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="portal.example.com"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && onCancel) onCancel();
          }}
        />
        <label class="check">
          <input type="checkbox" checked={subdomains} onChange={(e) => setSubdomains(e.currentTarget.checked)} /> and
          its subdomains
        </label>
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {error ? (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} class="hint">
          A host name, IP address or pasted address; a port (localhost:8080) limits it to that port.
        </p>
      )}
    </form>
  );
}

export function SiteList({ mode, sites, onChange }: SiteListProps) {
  const headingId = useId();
  const [editing, setEditing] = useState<number | undefined>();
  // Where keyboard focus goes after an edit or a removal unmounts the focused button.
  const list = useRef<HTMLElement>(null);
  const focusAfter = useRef<{ index: number; button: 'Edit' | 'next' } | undefined>(undefined);
  useEffect(() => {
    const target = focusAfter.current;
    if (!target || editing !== undefined) return;
    focusAfter.current = undefined;
    const rows = list.current?.querySelectorAll<HTMLElement>('.site-row') ?? [];
    const row = rows[Math.min(target.index, rows.length - 1)];
    const button =
      row?.querySelector<HTMLButtonElement>('button') ?? list.current?.querySelector<HTMLInputElement>('input');
    button?.focus();
  });
  const stopEditing = (index: number) => {
    focusAfter.current = { index, button: 'Edit' };
    setEditing(undefined);
  };
  const title = mode === 'all-except' ? 'Sites where CPT Lens is off' : 'Sites where CPT Lens is on';

  const add = (rule: SiteRule): string | undefined => {
    if (sites.some((s) => sameRule(s, rule))) return `${formatHostRule(rule)} is already in the list.`;
    onChange([...sites, rule], `Added ${formatHostRule(rule)}.`);
    return undefined;
  };
  const replace = (index: number, rule: SiteRule): string | undefined => {
    if (sites.some((s, i) => i !== index && sameRule(s, rule)))
      return `${formatHostRule(rule)} is already in the list.`;
    const next = [...sites];
    next[index] = rule;
    stopEditing(index);
    onChange(next, `Changed to ${formatHostRule(rule)}.`);
    return undefined;
  };
  const remove = (index: number) => {
    const rule = sites[index];
    if (!rule) return;
    focusAfter.current = { index, button: 'next' };
    onChange(
      sites.filter((_, i) => i !== index),
      `Removed ${formatHostRule(rule)}.`,
    );
  };

  return (
    <section aria-labelledby={headingId} class="site-list" ref={list}>
      <h3 id={headingId}>{title}</h3>
      {sites.length === 0 ? (
        <p class="hint">No sites listed.</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {sites.map((rule, index) => (
            <li key={formatHostRule(rule)}>
              {editing === index ? (
                <HostForm
                  initial={rule}
                  inputLabel={`Edit ${formatHostRule(rule)}`}
                  submitLabel="Save"
                  autoFocus
                  onSubmit={(next) => replace(index, next)}
                  onCancel={() => stopEditing(index)}
                />
              ) : (
                <div class="site-row">
                  <span class="site-host">{rule.host}</span>
                  {rule.includeSubdomains && <span class="tag">and subdomains</span>}
                  <span class="row-actions">
                    <button type="button" aria-label={`Edit ${formatHostRule(rule)}`} onClick={() => setEditing(index)}>
                      Edit
                    </button>
                    <button type="button" aria-label={`Remove ${formatHostRule(rule)}`} onClick={() => remove(index)}>
                      Remove
                    </button>
                  </span>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <HostForm inputLabel="Add a site" submitLabel="Add" onSubmit={add} />
    </section>
  );
}
