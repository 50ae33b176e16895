/**
 * Vite plugin: parses and validates the publications at build time and serves them as two
 * virtual modules. A bad source fails the build with `data/sources/FILE:LINE: problem`.
 *
 * - `virtual:cpt-lens/codes`: the sorted codes and the version, all the content script needs.
 * - `virtual:cpt-lens/dataset`: every entry and the modifier glossary, for background/popup/options.
 *
 * `CPT_LENS_SOURCES` points the build at another folder of sources (used by the failing-build test).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { parseSources, SourceError, type SourceFile } from './parse';
import { type CodeEntry, type Dataset, dataset as datasetSchema, modifierGlossary } from './schema';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_SOURCES = resolve(import.meta.dirname, 'sources');
const GLOSSARY = resolve(import.meta.dirname, 'modifiers.json');
const IDS = { dataset: 'virtual:cpt-lens/dataset', codes: 'virtual:cpt-lens/codes' } as const;

export interface BuiltDataset {
  dataset: Dataset;
  /** Not fatal: e.g. a modifier the glossary lacks (shown as "meaning not bundled"). */
  warnings: string[];
}

/** The line of `"KEY"` in a JSON text, for messages about the glossary. */
function jsonKeyLine({ text, key }: { text: string; key: string }): number {
  const at = text.indexOf(`"${key}"`);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** data/modifiers.json, validated: code -> meaning. */
export function parseGlossary({ file, text }: SourceFile): Map<string, string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SourceError(file, 1, `not valid JSON: ${(error as Error).message}`);
  }
  const result = modifierGlossary.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    throw new SourceError(file, jsonKeyLine({ text, key }), `${key ? `modifier "${key}": ` : ''}${issue.message}`);
  }
  return new Map(Object.entries(result.data).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Pure: the publications and the glossary in, the validated dataset out. Throws a SourceError at
 * the first problem, including a code defined by two files.
 */
export function buildDataset({ sources, glossary }: { sources: SourceFile[]; glossary: SourceFile }): BuiltDataset {
  if (sources.length === 0) throw new SourceError(glossary.file, 1, 'no publications (*.txt) to build the data from');
  const meanings = parseGlossary(glossary);
  const known = new Set(meanings.keys());
  const hash = createHash('sha256');
  const byCode = new Map<string, CodeEntry>();
  const warnings: string[] = [];
  const sorted = [...sources].sort((a, b) => a.file.localeCompare(b.file));
  for (const source of sorted) hash.update(source.file).update('\0').update(source.text).update('\0');
  for (const entry of parseSources({ sources: sorted, knownModifiers: known })) {
    byCode.set(entry.code, entry);
    for (const row of entry.modifiers.rows)
      if (row.code !== '??' && !known.has(row.code))
        warnings.push(
          `${entry.source.file}:${row.line}: modifier ${row.code} is not in ${glossary.file}; shown as "meaning not bundled"`,
        );
  }
  hash.update(glossary.text);
  const entries = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  const result = datasetSchema.safeParse({
    version: hash.digest('hex').slice(0, 12),
    entries,
    modifiers: [...meanings].map(([code, meaning]) => ({ code, meaning })),
  });
  if (!result.success)
    throw new SourceError(
      glossary.file,
      1,
      result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  return { dataset: result.data, warnings };
}

/** The sources folder: `CPT_LENS_SOURCES` (relative to the working directory) or data/sources. */
export function sourcesDir(): string {
  const override = process.env.CPT_LENS_SOURCES;
  return override ? resolve(process.cwd(), override) : DEFAULT_SOURCES;
}

/** How a file is named in messages: relative to the project, with forward slashes. */
function label(path: string): string {
  const rel = relative(ROOT, path);
  return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
}

/** Reads a folder of publications plus the glossary and builds the dataset. */
export function loadDataset({ dir = sourcesDir(), glossaryPath = GLOSSARY } = {}): BuiltDataset {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  } catch {
    throw new SourceError(label(dir), 1, 'the sources folder cannot be read');
  }
  if (names.length === 0) throw new SourceError(label(dir), 1, 'no publications (*.txt) in the sources folder');
  return buildDataset({
    sources: names.map((name) => ({ file: label(join(dir, name)), text: readFileSync(join(dir, name), 'utf8') })),
    glossary: { file: label(glossaryPath), text: readFileSync(glossaryPath, 'utf8') },
  });
}

/** The module the content script imports: the codes and the version, nothing else. */
export function codesModule(data: Dataset): string {
  const codes = data.entries.map((e) => e.code).sort();
  return `export const codes = ${JSON.stringify(codes)};\nexport const version = ${JSON.stringify(data.version)};\n`;
}

/** The full dataset; JSON.parse of a string literal parses faster than an object literal. */
export function datasetModule(data: Dataset): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
}

/** Parses and validates the publications at build time; a bad source fails the build with file:line. */
export function cptDataPlugin(): Plugin {
  return {
    name: 'cpt-lens-data',
    resolveId(id) {
      if (id === IDS.dataset || id === IDS.codes) return `\0${id}`;
    },
    load(id) {
      if (id !== `\0${IDS.dataset}` && id !== `\0${IDS.codes}`) return;
      const dir = sourcesDir();
      try {
        for (const f of readdirSync(dir)) this.addWatchFile(join(dir, f));
      } catch {
        // loadDataset reports the unreadable folder.
      }
      this.addWatchFile(GLOSSARY);
      let built: BuiltDataset;
      try {
        built = loadDataset({ dir });
      } catch (error) {
        if (error instanceof SourceError) this.error(error.message);
        throw error;
      }
      for (const warning of built.warnings) this.warn(warning);
      return id === `\0${IDS.codes}` ? codesModule(built.dataset) : datasetModule(built.dataset);
    },
  };
}
