/**
 * Files in, publications out: `.txt` files as they are, `.zip` archives opened with fflate (only
 * their `.txt` members, each checked against the size limit before it is inflated, so an archive
 * cannot blow up memory). Export is the reverse: every imported publication as a `.txt` in one
 * `.zip`, under the name it was imported with, so importing the archive restores the same state.
 */
import { unzipSync, zipSync } from 'fflate';
import type { ImportFile } from './import';
import { formatBytes, PUBLICATION_LIMITS, type PublicationLimits } from './limits';

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}

/** Folders, macOS resource forks, hidden files: never publications. */
function isPublicationPath(path: string): boolean {
  const name = baseName(path);
  return /\.txt$/i.test(name) && !name.startsWith('.') && !path.split('/').includes('__MACOSX');
}

export function readImportFiles({
  inputs,
  limits = PUBLICATION_LIMITS,
}: {
  inputs: readonly NamedBytes[];
  limits?: PublicationLimits;
}): { files: ImportFile[]; problems: string[]; ignored: string[] } {
  const files: ImportFile[] = [];
  const problems: string[] = [];
  const ignored: string[] = [];
  const add = (name: string, label: string, bytes: Uint8Array) => {
    try {
      files.push({ name, label, text: decoder.decode(bytes), bytes: bytes.byteLength });
    } catch {
      problems.push(`${label}:1: not UTF-8 text`);
    }
  };
  for (const input of inputs) {
    if (/\.zip$/i.test(input.name)) {
      let members: Record<string, Uint8Array>;
      const tooBig: string[] = [];
      try {
        members = unzipSync(input.bytes, {
          filter: (member) => {
            if (!isPublicationPath(member.name)) {
              if (!member.name.endsWith('/')) ignored.push(`${input.name}/${member.name}`);
              return false;
            }
            if (member.originalSize > limits.maxFileBytes) {
              tooBig.push(
                `${input.name}/${member.name}:1: ${formatBytes(member.originalSize)}, over the ${formatBytes(limits.maxFileBytes)} a publication may have`,
              );
              return false;
            }
            return true;
          },
        });
      } catch (error) {
        problems.push(`${input.name}:1: not a readable .zip archive (${(error as Error).message})`);
        continue;
      }
      problems.push(...tooBig);
      for (const [path, bytes] of Object.entries(members).sort(([a], [b]) => a.localeCompare(b)))
        add(baseName(path), `${input.name}/${path}`, bytes);
    } else if (/\.txt$/i.test(input.name)) {
      add(input.name, input.name, input.bytes);
    } else {
      problems.push(`${input.name}:1: not a .txt publication or a .zip of them`);
    }
  }
  return { files, problems, ignored };
}

/** One `.zip` of `.txt` files; a name used twice gets a numbered suffix. */
export function exportZip(publications: readonly { file: string; text: string }[]): Uint8Array {
  const encoder = new TextEncoder();
  const members: Record<string, Uint8Array> = {};
  for (const { file, text } of publications) {
    let name = baseName(file);
    for (let n = 2; name in members; n++) name = baseName(file).replace(/(\.txt)?$/i, `-${n}.txt`);
    members[name] = encoder.encode(text);
  }
  return zipSync(members, { level: 6 });
}
