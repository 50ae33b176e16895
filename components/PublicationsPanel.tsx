/**
 * The options page's "Publications" section: import (file input, progress, preview with each
 * file's code, title and problems, apply or cancel), the administrator's publications (locked)
 * and yours (remove one, remove all, export). Props only: the wiring is in
 * entrypoints/options/Publications.tsx.
 */
import { useId } from 'preact/hooks';
import type { ImportPreview } from '../lib/publications/import';
import type { PublicationMeta } from '../lib/publications/types';
import { LockIcon } from './LockIcon';

export type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; done: number; total: number }
  | { status: 'preview'; preview: ImportPreview; ignored: string[] }
  | { status: 'applying' };

export interface PublicationsPanelProps {
  limits: string;
  user: readonly PublicationMeta[];
  managed: readonly PublicationMeta[];
  managedProblems: readonly string[];
  state: ImportState;
  onChoose: (files: File[]) => void;
  onApply: () => void;
  onCancel: () => void;
  onRemove: (code: string) => void;
  onRemoveAll: () => void;
  onExport: () => void;
}

const date = (iso: string) => iso.slice(0, 10);

/** Rows shown without problems: a 5,000-file preview as a 5,000-row table took seconds to render. */
const SHOWN_OK_ROWS = 200;

function PreviewView({ preview, ignored }: { preview: ImportPreview; ignored: string[] }) {
  const problems = preview.items.reduce((n, item) => n + item.problems.length, 0) + preview.problems.length;
  // Every file with a problem, and the first of the others.
  let ok = 0;
  const shown = preview.items.filter((item) => item.problems.length > 0 || ok++ < SHOWN_OK_ROWS);
  const hidden = preview.items.length - shown.length;
  return (
    <div class="pub-preview" data-testid="publication-preview">
      {preview.ok ? (
        <p>
          Ready to import {preview.accepted.length} publication{preview.accepted.length === 1 ? '' : 's'}. Nothing is
          stored until you apply.
        </p>
      ) : (
        <p class="field-error" role="alert">
          This import is rejected ({problems} problem{problems === 1 ? '' : 's'}). Nothing was stored; your publications
          are unchanged.
        </p>
      )}
      {preview.problems.length > 0 && (
        <ul class="pub-problems">
          {preview.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <table class="pub-table">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Code</th>
            <th scope="col">Title</th>
            <th scope="col">Problems</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((item) => (
            <tr key={item.file} data-ok={item.problems.length === 0 ? '' : undefined}>
              <td>{item.file}</td>
              <td>{item.code ?? '—'}</td>
              <td>
                {item.title ?? '—'}
                {item.replaces && (
                  <span class="hint">
                    {' '}
                    (replaces {item.replaces.file}, imported {date(item.replaces.loadedAt)})
                  </span>
                )}
              </td>
              <td>
                {item.problems.length === 0 ? (
                  'None'
                ) : (
                  <ul class="pub-problems">
                    {item.problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && <p class="hint">… and {hidden.toLocaleString('en-US')} more files without problems.</p>}
      {ignored.length > 0 && <p class="hint">Ignored (not .txt): {ignored.join(', ')}</p>}
    </div>
  );
}

function List({
  items,
  label,
  onRemove,
  disabled = false,
}: {
  items: readonly PublicationMeta[];
  label: string;
  /** Absent for the administrator's publications: those are locked. */
  onRemove?: (code: string) => void;
  disabled?: boolean;
}) {
  return (
    <ul class="pub-list" aria-label={label}>
      {items.map((m) => (
        <li key={m.code} class="pub-item" data-code={m.code}>
          <span class="pub-code">{m.code}</span> <span class="pub-title">{m.title}</span>{' '}
          <span class="hint">
            {m.file}, loaded {date(m.loadedAt)}
          </span>
          {onRemove ? (
            <button
              type="button"
              class="pub-remove pub-end"
              aria-label={`Remove ${m.code}`}
              disabled={disabled}
              onClick={() => onRemove(m.code)}
            >
              Remove
            </button>
          ) : (
            <span class="lock-note pub-end" title="Set by your administrator: it cannot be removed here.">
              <LockIcon />
              Locked
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function PublicationsPanel(props: PublicationsPanelProps) {
  const id = useId();
  const { state, user, managed } = props;
  const busy = state.status === 'reading' || state.status === 'applying';
  return (
    <>
      <p>
        Add your organization's own publications: coding guidance, payer notes, descriptors under your CPT licence. Each
        is a <code>.txt</code> file in the bundled publications' format, one code per file; a <code>.zip</code> of them
        works too. Their codes are found on every page, and their cards show where they come from.
      </p>
      <div class="field">
        <label for={`${id}-file`}>Import publications</label>
        <input
          id={`${id}-file`}
          type="file"
          multiple
          accept=".txt,.zip,text/plain,application/zip"
          disabled={busy}
          aria-describedby={`${id}-limits`}
          onChange={(event) => {
            const input = event.currentTarget;
            const files = [...(input.files ?? [])];
            input.value = ''; // choosing the same file again must fire change again
            if (files.length > 0) props.onChoose(files);
          }}
        />
        <p id={`${id}-limits`} class="hint">
          {props.limits} An import is applied whole or not at all.
        </p>
      </div>

      {state.status === 'reading' && (
        <div class="pub-progress">
          <progress max={state.total || 1} value={state.done} aria-label="Checking publications" />
          <span role="status">
            Checked {state.done.toLocaleString('en-US')} of {state.total.toLocaleString('en-US')} files…
          </span>
        </div>
      )}
      {state.status === 'applying' && <p role="status">Storing publications…</p>}
      {state.status === 'preview' && (
        <>
          <PreviewView preview={state.preview} ignored={state.ignored} />
          <div class="row">
            {state.preview.ok && (
              <button type="button" onClick={props.onApply}>
                Apply import
              </button>
            )}
            <button type="button" onClick={props.onCancel}>
              {state.preview.ok ? 'Cancel' : 'Dismiss'}
            </button>
          </div>
        </>
      )}

      <h3>From your administrator</h3>
      {props.managedProblems.length > 0 && (
        <ul class="pub-problems" aria-label="Problems in your administrator's publications">
          {props.managedProblems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {managed.length > 0 ? (
        <>
          <p class="lock-note">
            <LockIcon />
            Set by your administrator: they cannot be removed here.
          </p>
          <List items={managed} label="From your administrator" />
        </>
      ) : (
        <p class="hint">None.</p>
      )}

      <h3>Imported by you</h3>
      {user.length > 0 ? (
        <>
          <List items={user} label="Imported by you" onRemove={props.onRemove} disabled={busy} />
          <div class="row">
            <button type="button" onClick={props.onExport}>
              Export all (.zip)
            </button>
            <button type="button" onClick={props.onRemoveAll} disabled={busy}>
              Remove all
            </button>
          </div>
        </>
      ) : (
        <p class="hint">None yet.</p>
      )}
    </>
  );
}
