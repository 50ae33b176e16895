/**
 * The options page: where CPT Lens runs (mode and site list), hover, highlight, back up and
 * restore. Every change is saved at once and reaches every tab live. Settings the managed policy
 * decides are shown locked, with the reason; problems found in stored data are listed on top.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { LockIcon } from '../../components/LockIcon';
import {
  type HighlightStyle,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  type HoldKey,
  type Settings,
  type SettingsSnapshot,
  saveSettings,
  watchSettings,
} from '../../lib/settings';
import { formatHostRule, type SiteMode } from '../../lib/sites';
import { ImportExport } from './ImportExport';
import { Publications } from './Publications';
import { SiteList } from './SiteList';

const MODES: { value: SiteMode; label: string; hint: string }[] = [
  { value: 'all-except', label: 'On everywhere except the sites I list', hint: 'Good for most people.' },
  { value: 'only-listed', label: 'Only on the sites I list', hint: 'For example only your payer portals and EHR.' },
];
const HOLD_KEYS: { value: HoldKey; label: string }[] = [
  { value: 'none', label: 'None: open on hover' },
  { value: 'Alt', label: 'Alt (Option on Mac)' },
  { value: 'Control', label: 'Control' },
  { value: 'Shift', label: 'Shift' },
  { value: 'Meta', label: 'Meta (Command on Mac, Windows key)' },
];
// The stored value "underline" names the default mark, which is now a light blue tint: a
// text-decoration underline in ::highlight() costs every frame a live page changes (highlight.css).
// The value stays so that exported settings files and stored choices keep their meaning.
const STYLES: { value: HighlightStyle; label: string }[] = [
  { value: 'underline', label: 'Light blue tint (default)' },
  { value: 'background', label: 'Yellow background' },
  { value: 'off', label: 'Off (codes still open on hover)' },
];

function LockNote({ id, children }: { id: string; children: string }) {
  return (
    <p id={id} class="lock-note">
      <LockIcon />
      {children}
    </p>
  );
}

function HoverDelay({ value, onSave }: { value: number; onSave: (ms: number) => void }) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | undefined>();
  useEffect(() => setText(String(value)), [value]);
  const commit = () => {
    const ms = Number(text);
    if (text.trim() === '' || !Number.isInteger(ms) || ms < HOVER_DELAY_MIN_MS || ms > HOVER_DELAY_MAX_MS) {
      setError(`Type a whole number of milliseconds from ${HOVER_DELAY_MIN_MS} to ${HOVER_DELAY_MAX_MS}.`);
      return;
    }
    setError(undefined);
    if (ms !== value) onSave(ms);
  };
  return (
    <div class="field">
      <label for={`${id}-delay`}>Hover delay (milliseconds)</label>
      <input
        id={`${id}-delay`}
        type="number"
        inputMode="numeric"
        min={HOVER_DELAY_MIN_MS}
        max={HOVER_DELAY_MAX_MS}
        step={50}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={commit}
      />
      {error ? (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} class="hint">
          How long the pointer rests on a code before its card opens.
        </p>
      )}
    </div>
  );
}

export function App() {
  const [snapshot, setSnapshot] = useState<SettingsSnapshot | undefined>();
  const [status, setStatus] = useState('');
  const ids = { mode: useId(), lock: useId(), problems: useId() };

  useEffect(() => {
    const controller = new AbortController();
    // A snapshot now, then every change (the first comes before the browser reports the policy).
    watchSettings(setSnapshot, controller.signal);
    return () => controller.abort();
  }, []);

  if (!snapshot) {
    return (
      <main>
        <h1>CPT Lens options</h1>
        <p role="status">Loading settings…</p>
      </main>
    );
  }
  const { settings, policy, problems } = snapshot;

  const save = async (next: Settings, message: string) => {
    setSnapshot({ ...snapshot, settings: next });
    try {
      await saveSettings(next);
      setStatus(message);
    } catch (error) {
      setStatus(`Not saved: ${String(error)}`);
    }
  };

  const modeLocked = policy.lockedMode !== undefined;
  const mode = policy.lockedMode ?? settings.mode;
  const hasPolicy = modeLocked || policy.forceEnabledHosts.length > 0 || policy.forceDisabledHosts.length > 0;

  return (
    <main>
      <h1>CPT Lens options</h1>
      <p class="intro">Changes are saved at once and apply to open tabs without reloading.</p>

      {problems.length > 0 && (
        <section class="problems" aria-labelledby={ids.problems} role="alert">
          <h2 id={ids.problems}>Some stored settings could not be used</h2>
          <p>CPT Lens uses the default for each of these. Saving any setting replaces the stored value.</p>
          <ul>
            {problems.map((p) => (
              <li key={p.message}>{p.message}</li>
            ))}
          </ul>
        </section>
      )}

      {hasPolicy && (
        <section class="policy" aria-labelledby={ids.lock}>
          <h2 id={ids.lock}>Set by your organization</h2>
          <p>Your IT department manages these settings. They take precedence over yours and cannot be changed here.</p>
          <ul>
            {modeLocked && <li>Mode: {MODES.find((m) => m.value === policy.lockedMode)?.label}</li>}
            {policy.forceEnabledHosts.length > 0 && (
              <li>Always on: {policy.forceEnabledHosts.map(formatHostRule).join(', ')}</li>
            )}
            {policy.forceDisabledHosts.length > 0 && (
              <li>Always off: {policy.forceDisabledHosts.map(formatHostRule).join(', ')}</li>
            )}
          </ul>
        </section>
      )}

      <section class="card" aria-labelledby={`${ids.mode}-where`}>
        <h2 id={`${ids.mode}-where`}>Where CPT Lens runs</h2>
        <fieldset disabled={modeLocked} aria-describedby={modeLocked ? `${ids.mode}-locked` : undefined}>
          <legend>Mode</legend>
          {MODES.map((m) => (
            <label class="radio" key={m.value}>
              <input
                type="radio"
                name="mode"
                value={m.value}
                checked={mode === m.value}
                onChange={() =>
                  void save(
                    { ...settings, mode: m.value },
                    m.value === 'all-except'
                      ? 'Mode: on everywhere except the listed sites.'
                      : 'Mode: only on the listed sites.',
                  )
                }
              />
              <span>
                {m.label}
                <span class="hint"> — {m.hint}</span>
              </span>
            </label>
          ))}
          {modeLocked && <LockNote id={`${ids.mode}-locked`}>The mode is set by your organization.</LockNote>}
        </fieldset>
        <SiteList
          mode={mode}
          sites={settings.sites}
          onChange={(sites, message) => void save({ ...settings, sites }, message)}
        />
      </section>

      <section class="card" aria-labelledby={`${ids.mode}-hover`}>
        <h2 id={`${ids.mode}-hover`}>Hover</h2>
        <HoverDelay
          value={settings.hoverDelayMs}
          onSave={(hoverDelayMs) => void save({ ...settings, hoverDelayMs }, `Hover delay: ${hoverDelayMs} ms.`)}
        />
        <div class="field">
          <label for={`${ids.mode}-hold`}>Key to hold while hovering</label>
          <select
            id={`${ids.mode}-hold`}
            value={settings.holdKey}
            onChange={(e) => {
              const holdKey = e.currentTarget.value as HoldKey;
              const label = HOLD_KEYS.find((k) => k.value === holdKey)?.label ?? holdKey;
              void save({ ...settings, holdKey }, `Key to hold: ${label}.`);
            }}
          >
            {HOLD_KEYS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section class="card" aria-labelledby={`${ids.mode}-look`}>
        <h2 id={`${ids.mode}-look`}>Look</h2>
        <fieldset>
          <legend>Highlight style</legend>
          {STYLES.map((s) => (
            <label class="radio" key={s.value}>
              <input
                type="radio"
                name="highlightStyle"
                value={s.value}
                checked={settings.highlightStyle === s.value}
                onChange={() => void save({ ...settings, highlightStyle: s.value }, `Highlight style: ${s.label}.`)}
              />
              <span>{s.label}</span>
            </label>
          ))}
        </fieldset>
      </section>

      <section class="card" aria-labelledby={`${ids.mode}-publications`}>
        <h2 id={`${ids.mode}-publications`}>Publications</h2>
        <Publications announce={setStatus} />
      </section>

      <section class="card" aria-labelledby={`${ids.mode}-backup`}>
        <h2 id={`${ids.mode}-backup`}>Back up and restore</h2>
        <ImportExport settings={settings} announce={setStatus} onImport={(next) => save(next, 'Settings imported.')} />
      </section>

      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
