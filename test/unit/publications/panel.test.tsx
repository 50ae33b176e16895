/** The Publications section's view (props only): preview, limits, locked administrator's list. */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { PublicationsPanel, type PublicationsPanelProps } from '../../../components/PublicationsPanel';
import type { ImportPreview } from '../../../lib/publications/import';
import type { PublicationMeta } from '../../../lib/publications/types';

const meta = (code: string): PublicationMeta => ({
  code,
  title: `Title ${code}`,
  file: `${code}.txt`,
  loadedAt: '2026-11-30T06:00:00.000Z',
  bytes: 5000,
  billingOverview: 'x',
  serviceType: { available: false, note: 'n' },
  siteOfService: { available: false, note: 'n' },
});

function view(props: Partial<PublicationsPanelProps>) {
  const host = document.createElement('div');
  const noop = () => {};
  render(
    <PublicationsPanel
      limits="Up to 5,000 publications."
      user={[]}
      managed={[]}
      managedProblems={[]}
      state={{ status: 'idle' }}
      onChoose={noop}
      onApply={noop}
      onCancel={noop}
      onRemove={noop}
      onRemoveAll={noop}
      onExport={noop}
      {...props}
    />,
    host,
  );
  return host;
}

describe('PublicationsPanel', () => {
  it('a rejected preview lists every problem, offers no Apply, and shows only the first 200 good rows', () => {
    const items = [
      ...Array.from({ length: 300 }, (_, i) => ({
        file: `${i}.txt`,
        code: String(60000 + i),
        title: 't',
        problems: [],
      })),
      { file: 'bad.txt', problems: ['bad.txt:16: expected the table separator'] },
    ];
    const preview: ImportPreview = { items, problems: [], accepted: [], ok: false };
    const host = view({ state: { status: 'preview', preview, ignored: [] } });
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/rejected \(1 problem\)/);
    expect(host.querySelectorAll('tbody tr')).toHaveLength(201);
    expect(host.textContent).toContain('bad.txt:16: expected the table separator');
    expect(host.textContent).toContain('… and 100 more files without problems.');
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Apply import');
  });

  it('the administrator’s publications are locked: no Remove button; yours have one each', () => {
    const host = view({ managed: [meta('64640')], user: [meta('64641')] });
    const admin = host.querySelector('[aria-label="From your administrator"]')!;
    expect(admin.querySelectorAll('button')).toHaveLength(0);
    expect(admin.textContent).toContain('Locked');
    expect(host.querySelector('[aria-label="Remove 64641"]')).not.toBeNull();
    expect(host.querySelector('[aria-label="Remove 64640"]')).toBeNull();
  });

  it('shows progress while checking', () => {
    const host = view({ state: { status: 'reading', done: 1200, total: 5000 } });
    expect(host.querySelector('progress')?.getAttribute('value')).toBe('1200');
    expect(host.textContent).toContain('Checked 1,200 of 5,000 files…');
  });
});
