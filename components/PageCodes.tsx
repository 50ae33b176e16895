/**
 * "On this page": the codes the active tab holds across all its frames, with counts.
 * Each is a button: the caller shows the code's next occurrence on the page. Up and Down move
 * between the buttons (Tab still works). Props only.
 */

export interface PageCodeView {
  code: string;
  count: number;
  /** The title from the bundled data, when it has one. */
  title?: string;
  /** 1-based occurrence last revealed, shown as "2 of 3". */
  revealed?: number;
}

export type PageCodesState =
  | { status: 'loading' }
  | { status: 'unavailable'; reason: string }
  | { status: 'ready'; codes: readonly PageCodeView[] };

export interface PageCodesProps {
  state: PageCodesState;
  onReveal: (code: string) => void;
}

export function PageCodes({ state, onReveal }: PageCodesProps) {
  const total = state.status === 'ready' ? state.codes.reduce((sum, c) => sum + c.count, 0) : 0;
  return (
    <section class="page-codes" aria-labelledby="page-codes-heading" aria-busy={state.status === 'loading'}>
      <h2 id="page-codes-heading" class="section-heading">
        On this page
        {state.status === 'ready' && total > 0 && (
          <>
            <span class="heading-count" aria-hidden="true">
              {total}
            </span>
            <span class="sr-only">, {total} in total</span>
          </>
        )}
      </h2>
      {state.status === 'loading' && <p class="muted">Looking for codes…</p>}
      {state.status === 'unavailable' && <p class="muted">{state.reason}</p>}
      {state.status === 'ready' && state.codes.length === 0 && <p class="muted">No CPT codes found on this page.</p>}
      {state.status === 'ready' && state.codes.length > 0 && (
        <ul
          class="page-code-list"
          onKeyDown={(event) => {
            if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
            const buttons = [...event.currentTarget.querySelectorAll('button')];
            const at = buttons.indexOf(event.target as HTMLButtonElement);
            if (at < 0) return;
            event.preventDefault();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            buttons[(at + step + buttons.length) % buttons.length]?.focus();
          }}
        >
          {state.codes.map((item) => (
            <li key={item.code}>
              <button
                type="button"
                class="page-code"
                aria-label={`${item.code}${item.title ? ` ${item.title}` : ''}: ${item.count} on this page${
                  item.revealed ? `, showing ${item.revealed} of ${item.count}` : ''
                }`}
                onClick={() => onReveal(item.code)}
              >
                <span class="page-code-code">{item.code}</span>
                <span class="page-code-title">{item.title ?? 'Not in the bundled data'}</span>
                <span class="page-code-count">
                  {item.revealed ? `${item.revealed}/${item.count}` : `×${item.count}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
