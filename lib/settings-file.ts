/**
 * PURE export and import of settings as a JSON file (options page). An import is strict, unlike
 * a storage read: every problem is listed and nothing is applied unless the whole file is valid
 * (all-or-nothing). A valid import is shown as a list of changes before it is applied.
 */
import * as z from 'zod/mini';
import {
  DEFAULT_SETTINGS,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  highlightStyleSchema,
  holdKeySchema,
  hoverDelaySchema,
  modeSchema,
  SETTINGS_FIELDS,
  SETTINGS_VERSION,
  type Settings,
  type SettingsField,
  validateSiteRule,
} from './settings';
import { formatHostRule, parseHostRule, type SiteRule } from './sites';

export const SETTINGS_FILE_FORMAT = 'cpt-lens-settings';
/** Larger than any real settings file; guards the page against a wrong file picked by mistake. */
export const SETTINGS_FILE_MAX_BYTES = 1_000_000;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  settings: Settings;
}

export function exportSettings(settings: Settings): string {
  const file: SettingsFile = { format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(date = new Date()): string {
  return `cpt-lens-settings-${date.toISOString().slice(0, 10)}.json`;
}

export type ImportResult = { ok: true; settings: Partial<Settings> } | { ok: false; errors: string[] };

const LABELS: Record<SettingsField, string> = {
  mode: 'Mode',
  sites: 'Sites',
  hoverDelayMs: 'Hover delay',
  holdKey: 'Key to hold',
  highlightStyle: 'Highlight style',
};

const SCALAR_RULES = {
  mode: { schema: modeSchema, help: '"all-except" or "only-listed"' },
  hoverDelayMs: {
    schema: hoverDelaySchema,
    help: `a whole number from ${HOVER_DELAY_MIN_MS} to ${HOVER_DELAY_MAX_MS}`,
  },
  holdKey: { schema: holdKeySchema, help: '"none", "Alt", "Control", "Shift" or "Meta"' },
  highlightStyle: { schema: highlightStyleSchema, help: '"underline", "background" or "off"' },
} as const;

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function importSites(value: unknown, errors: string[]): SiteRule[] {
  if (!Array.isArray(value)) {
    errors.push(`"sites" must be a list, but it is ${shown(value)}.`);
    return [];
  }
  const rules: SiteRule[] = [];
  value.forEach((entry, index) => {
    // A plain string ("*.example.com") is accepted too: easier to write by hand.
    const checked = typeof entry === 'string' ? parseHostRule({ input: entry }) : validateSiteRule(entry);
    if (checked.ok) rules.push(checked.rule);
    else errors.push(`Site ${index + 1}: ${checked.error}`);
  });
  return rules;
}

/**
 * Reads a settings file. Fields the file leaves out are left as they are. Unknown fields are
 * errors: a misspelt field would otherwise be silently dropped.
 */
export function parseSettingsFile(text: string): ImportResult {
  if (text.length > SETTINGS_FILE_MAX_BYTES) {
    return { ok: false, errors: ['The file is too large to be a CPT Lens settings file.'] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON: ${(error as Error).message}`] };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, errors: ['The file must hold a JSON object exported by CPT Lens.'] };
  }
  const file = json as Record<string, unknown>;
  const errors: string[] = [];
  if (file.format !== SETTINGS_FILE_FORMAT) {
    errors.push(`This is not a CPT Lens settings file ("format" must be "${SETTINGS_FILE_FORMAT}").`);
  }
  if (file.version !== SETTINGS_VERSION) {
    errors.push(
      typeof file.version === 'number' && file.version > SETTINGS_VERSION
        ? `The file comes from a newer CPT Lens (settings version ${file.version}); update CPT Lens first.`
        : `"version" must be ${SETTINGS_VERSION}, but it is ${shown(file.version)}.`,
    );
  }
  const raw = file.settings;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push('"settings" must be an object.');
    return { ok: false, errors };
  }
  const record = raw as Record<string, unknown>;
  const settings: Partial<Settings> = {};
  for (const key of Object.keys(record)) {
    if (!(SETTINGS_FIELDS as readonly string[]).includes(key)) {
      errors.push(`Unknown setting "${key}" (known: ${SETTINGS_FIELDS.join(', ')}).`);
    }
  }
  for (const field of ['mode', 'hoverDelayMs', 'holdKey', 'highlightStyle'] as const) {
    if (!(field in record)) continue;
    const rule = SCALAR_RULES[field];
    const result = z.safeParse(rule.schema() as z.ZodMiniType<unknown>, record[field]);
    if (result.success) (settings as Record<string, unknown>)[field] = result.data;
    else errors.push(`"${field}" must be ${rule.help}, but it is ${shown(record[field])}.`);
  }
  if ('sites' in record) settings.sites = importSites(record.sites, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings };
}

export interface SettingsChange {
  field: SettingsField;
  label: string;
  /** A sentence for the preview list, e.g. "Hover delay: 250 ms → 400 ms". */
  text: string;
}

function valueText(field: Exclude<SettingsField, 'sites'>, value: Settings[typeof field]): string {
  switch (field) {
    case 'mode':
      return value === 'all-except' ? 'on everywhere except listed sites' : 'only on listed sites';
    case 'hoverDelayMs':
      return `${value} ms`;
    default:
      return String(value);
  }
}

/** What applying `next` over `current` would change, in words; empty when nothing changes. */
export function diffSettings(current: Settings, next: Settings): SettingsChange[] {
  const changes: SettingsChange[] = [];
  for (const field of ['mode', 'hoverDelayMs', 'holdKey', 'highlightStyle'] as const) {
    if (current[field] !== next[field]) {
      changes.push({
        field,
        label: LABELS[field],
        text: `${LABELS[field]}: ${valueText(field, current[field])} → ${valueText(field, next[field])}`,
      });
    }
  }
  const before = new Set(current.sites.map(formatHostRule));
  const after = new Set(next.sites.map(formatHostRule));
  const added = [...after].filter((s) => !before.has(s));
  const removed = [...before].filter((s) => !after.has(s));
  if (added.length > 0) changes.push({ field: 'sites', label: LABELS.sites, text: `Sites added: ${added.join(', ')}` });
  if (removed.length > 0) {
    changes.push({ field: 'sites', label: LABELS.sites, text: `Sites removed: ${removed.join(', ')}` });
  }
  return changes;
}

/** The settings an import leads to: the file's fields over the current ones. */
export function applyImport(current: Settings, imported: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, ...current, ...imported, sites: [...(imported.sites ?? current.sites)] };
}
