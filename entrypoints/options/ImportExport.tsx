/**
 * Back up and restore: export the settings as a JSON file; import one after a preview of what
 * it changes. All-or-nothing: an invalid file changes nothing and says why.
 */
import { useId, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import {
  applyImport,
  diffSettings,
  exportFileName,
  exportSettings,
  parseSettingsFile,
  type SettingsChange,
} from '../../lib/settings-file';

type Pending = { name: string; next: Settings; changes: SettingsChange[] };

export function ImportExport({
  settings,
  onImport,
  announce,
}: {
  settings: Settings;
  onImport: (next: Settings) => Promise<void>;
  announce: (status: string) => void;
}) {
  const id = useId();
  const [errors, setErrors] = useState<{ name: string; list: string[] } | undefined>();
  const [pending, setPending] = useState<Pending | undefined>();

  const download = () => {
    const blob = new Blob([exportSettings(settings)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName();
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce('Settings exported.');
  };

  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    setPending(undefined);
    const result = parseSettingsFile(await file.text());
    if (!result.ok) {
      setErrors({ name: file.name, list: result.errors });
      announce(`${file.name} was not imported. Your settings are unchanged.`);
      return;
    }
    setErrors(undefined);
    const next = applyImport(settings, result.settings);
    const changes = diffSettings(settings, next);
    if (changes.length === 0) {
      announce(`${file.name} holds the settings you have now: nothing to change.`);
      return;
    }
    setPending({ name: file.name, next, changes });
    announce(`${file.name} would make ${changes.length} change${changes.length === 1 ? '' : 's'}. Review them below.`);
  };

  const apply = async () => {
    if (!pending) return;
    await onImport(pending.next);
    setPending(undefined);
    announce(`Imported ${pending.name}.`);
  };

  return (
    <>
      <div class="row">
        <button type="button" onClick={download}>
          Export settings…
        </button>
        <label class="file-button">
          Import settings…
          <input type="file" accept="application/json,.json" onChange={choose} aria-describedby={`${id}-import-hint`} />
        </label>
      </div>
      <p id={`${id}-import-hint`} class="hint">
        An import shows what it would change first, and changes nothing if the file has any problem.
      </p>
      {errors && (
        <div class="import-errors" role="alert">
          <p>
            <strong>{errors.name} was not imported.</strong> Your settings are unchanged.
          </p>
          <ul>
            {errors.list.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <section class="import-preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`}>Importing {pending.name} would change:</h3>
          <ul>
            {pending.changes.map((change) => (
              <li key={change.text}>{change.text}</li>
            ))}
          </ul>
          <div class="row">
            <button type="button" class="primary" onClick={apply}>
              Apply these changes
            </button>
            <button
              type="button"
              onClick={() => {
                setPending(undefined);
                announce('Import cancelled. Your settings are unchanged.');
              }}
            >
              Cancel
            </button>
          </div>
        </section>
      )}
    </>
  );
}
