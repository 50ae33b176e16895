import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseSource, SourceError } from './parse';
import { type Dataset, dataset as datasetSchema } from './schema';

const SOURCES = resolve(import.meta.dirname, 'sources');
const IDS = { dataset: 'virtual:cpt-lens/dataset', codes: 'virtual:cpt-lens/codes' } as const;

export function loadDataset(dir = SOURCES): Dataset {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const hash = createHash('sha256');
  const entries = files.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    hash.update(file).update('\0').update(text);
    return parseSource({ file: `data/sources/${file}`, text });
  });
  const result = datasetSchema.safeParse({ version: hash.digest('hex').slice(0, 12), entries, modifiers: [] });
  if (!result.success) throw new Error(`data/sources: ${result.error.issues.map((i) => i.message).join('; ')}`);
  return result.data;
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
      for (const f of readdirSync(SOURCES)) this.addWatchFile(join(SOURCES, f));
      let data: Dataset;
      try {
        data = loadDataset();
      } catch (error) {
        if (error instanceof SourceError) this.error(error.message);
        throw error;
      }
      if (id === `\0${IDS.codes}`) {
        const codes = data.entries.map((e) => e.code).sort();
        return `export const codes = ${JSON.stringify(codes)};\nexport const version = ${JSON.stringify(data.version)};\n`;
      }
      return `export default ${JSON.stringify(data)};\n`;
    },
  };
}
