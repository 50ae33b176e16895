/**
 * Wires the "Publications" section (components/PublicationsPanel.tsx) to storage: reads the files
 * chosen, previews them with the build's parser, applies all or nothing, removes, exports, and
 * follows changes made elsewhere (another options tab, the administrator's policy).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type ImportState, PublicationsPanel } from '../../components/PublicationsPanel';
import { allModifierCodes } from '../../lib/dataset';
import { exportZip, readImportFiles } from '../../lib/publications/files';
import { previewImport } from '../../lib/publications/import';
import { limitsSentence } from '../../lib/publications/limits';
import {
  applyImport,
  MANAGED_PROBLEMS_KEY,
  readAllMeta,
  readAllTexts,
  readManagedProblems,
  readMeta,
  removeUserPublications,
} from '../../lib/publications/store';
import type { PublicationMeta } from '../../lib/publications/types';

type Lists = { user: PublicationMeta[]; managed: PublicationMeta[]; managedProblems: string[] };

async function readLists(): Promise<Lists> {
  const [meta, managedProblems] = await Promise.all([readAllMeta(), readManagedProblems()]);
  return { ...meta, managedProblems };
}

function download({ name, bytes }: { name: string; bytes: Uint8Array }) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function Publications({ announce }: { announce: (status: string) => void }) {
  const [lists, setLists] = useState<Lists>({ user: [], managed: [], managedProblems: [] });
  const [state, setState] = useState<ImportState>({ status: 'idle' });

  useEffect(() => {
    let live = true;
    const refresh = () => void readLists().then((next) => live && setLists(next));
    refresh();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local') return;
      if (Object.keys(changes).some((k) => k.startsWith('publications.') || k === MANAGED_PROBLEMS_KEY)) refresh();
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);

  const choose = async (chosen: File[]) => {
    setState({ status: 'reading', done: 0, total: chosen.length });
    const inputs = await Promise.all(
      chosen.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    const { files, problems, ignored } = readImportFiles({ inputs });
    const preview = await previewImport({
      files,
      existing: await readMeta('user'),
      knownModifiers: allModifierCodes(),
      onProgress: (done, total) => setState({ status: 'reading', done, total }),
    });
    if (problems.length > 0) {
      preview.problems.unshift(...problems);
      preview.ok = false;
      preview.accepted = [];
    }
    setState({ status: 'preview', preview, ignored });
    announce(
      preview.ok
        ? `${preview.accepted.length} publication${preview.accepted.length === 1 ? '' : 's'} ready to import. Review them below.`
        : 'The import was rejected. Nothing was stored.',
    );
  };

  const apply = async () => {
    if (state.status !== 'preview' || !state.preview.ok) return;
    const { accepted } = state.preview;
    setState({ status: 'applying' });
    try {
      await applyImport(accepted);
      announce(`Imported ${accepted.length} publication${accepted.length === 1 ? '' : 's'}.`);
    } catch (error) {
      announce(`Not imported: ${String(error)}. Your publications are unchanged.`);
    }
    setState({ status: 'idle' });
    setLists(await readLists());
  };

  const remove = async (codes?: string[]) => {
    await removeUserPublications(codes);
    setLists(await readLists());
    announce(codes ? `Removed ${codes.join(', ')}.` : 'Removed all your publications.');
  };

  const exportAll = async () => {
    const texts = await readAllTexts('user');
    download({ name: `cpt-lens-publications-${new Date().toISOString().slice(0, 10)}.zip`, bytes: exportZip(texts) });
    announce(`Exported ${texts.length} publication${texts.length === 1 ? '' : 's'}.`);
  };

  return (
    <PublicationsPanel
      limits={limitsSentence()}
      user={lists.user}
      managed={lists.managed}
      managedProblems={lists.managedProblems}
      state={state}
      onChoose={(files) => void choose(files)}
      onApply={() => void apply()}
      onCancel={() => setState({ status: 'idle' })}
      onRemove={(code) => void remove([code])}
      onRemoveAll={() => void remove()}
      onExport={() => void exportAll()}
    />
  );
}
