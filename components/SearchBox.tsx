/**
 * Manual lookup: a combobox over a listbox of ranked results (WAI-ARIA APG "combobox with
 * listbox popup"). Focus stays in the input; arrow keys move the active option
 * (aria-activedescendant) and Enter opens it. Props only: the caller runs the search.
 */
import type { Ref } from 'preact';
import { useId, useState } from 'preact/hooks';

export interface SearchResultView {
  code: string;
  title: string;
  /** A short second line, e.g. the service type. */
  detail?: string;
}

export interface SearchBoxProps {
  query: string;
  onQueryChange: (query: string) => void;
  /** Ranked, best first. */
  results: readonly SearchResultView[];
  /** A well-formed code the bundled data lacks: answered in words, never with an empty list. */
  missingCode?: string;
  /** How many codes the data holds, for the "not in the bundled data" answer. */
  codeCount: number;
  onOpen: (code: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}

export function SearchBox({
  query,
  onQueryChange,
  results,
  missingCode,
  codeCount,
  onOpen,
  inputRef,
  autoFocus,
}: SearchBoxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const statusId = `${id}-status`;
  const [active, setActive] = useState(0);
  // A new query starts at its best match. Reset here, with the query, and not in an effect on
  // `results`: an effect runs after paint, so an arrow key pressed right after typing was undone.
  const changeQuery = (next: string) => {
    setActive(0);
    onQueryChange(next);
  };

  const open = query.trim() !== '' && results.length > 0;
  const activeIndex = Math.min(active, results.length - 1);
  const optionId = (i: number) => `${id}-opt-${i}`;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      const chosen = open ? results[activeIndex] : undefined;
      if (chosen) {
        event.preventDefault();
        onOpen(chosen.code);
      }
    } else if (event.key === 'Escape' && query !== '') {
      // Clear first; a second Esc closes the popup (the browser's default).
      event.preventDefault();
      changeQuery('');
    }
  };

  return (
    <div class="search">
      <label class="search-label" for={`${id}-input`}>
        Look up a CPT code
      </label>
      <div class="search-field">
        <svg class="search-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="m13 13 4.5 4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
        <input
          id={`${id}-input`}
          ref={inputRef}
          type="search"
          // biome-ignore lint/a11y/noRedundantRoles: only an input with a `list` is a combobox by default; this one has none
          role="combobox"
          // Preact's typings tie role="combobox" to a `list` attribute; the listbox is ours, not a <datalist>.
          list={undefined}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open ? optionId(activeIndex) : undefined}
          aria-describedby={statusId}
          placeholder="Code or words, e.g. 6471 or sciatic nerve"
          autoComplete="off"
          spellcheck={false}
          // biome-ignore lint/a11y/noAutofocus: the brief asks for the search box to be focused on open
          autoFocus={autoFocus}
          value={query}
          onInput={(event) => changeQuery(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <div id={listId} class="results" role="listbox" aria-label="Matching codes" hidden={!open}>
        {open &&
          results.map((result, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard use goes through the combobox input (APG pattern)
            // biome-ignore lint/a11y/useFocusableInteractive: options are never focused; aria-activedescendant points at them
            <div
              key={result.code}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              class={i === activeIndex ? 'result active' : 'result'}
              onMouseMove={() => i !== activeIndex && setActive(i)}
              onClick={() => onOpen(result.code)}
            >
              <span class="result-code">{result.code}</span>
              <span class="result-text">
                <span class="result-title">{result.title}</span>
                {result.detail && <span class="result-detail">{result.detail}</span>}
              </span>
            </div>
          ))}
      </div>
      <p id={statusId} class={missingCode ? 'search-status missing' : 'search-status'} role="status">
        {statusText({ query, results, missingCode, codeCount })}
      </p>
    </div>
  );
}

function statusText({
  query,
  results,
  missingCode,
  codeCount,
}: Pick<SearchBoxProps, 'query' | 'results' | 'missingCode' | 'codeCount'>): string {
  if (missingCode)
    return `CPT ${missingCode} is not in the bundled data. CPT Lens knows ${codeCount} ${codeCount === 1 ? 'code' : 'codes'}.`;
  if (query.trim() === '') return '';
  if (results.length === 0) return `No code matches “${query.trim()}”.`;
  return `${results.length} ${results.length === 1 ? 'match' : 'matches'}. Use ↑ ↓ and Enter to open.`;
}
