import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicy, checkStoredSettings } from '../../../lib/settings-faults';
import {
  CHECKED_FIELDS,
  checkPolicyHost,
  checkSiteRule,
  policyOf,
  type Settings,
  settingsOf,
} from '../../../lib/settings-read';

// The content script reads with settingsOf and policyOf, which keep no faults; the pages read with
// checkStoredSettings and checkPolicy, whose faults must name exactly what those two dropped.

const site = (host: unknown, includeSubdomains: unknown = false) => ({ host, includeSubdomains });

const STORED: unknown[] = [
  undefined,
  null,
  'garbage',
  [],
  {},
  { mode: 'only-listed', hoverDelayMs: 100, holdKey: 'Alt', highlightStyle: 'off' },
  { mode: 'sometimes', hoverDelayMs: 2001, holdKey: 'Tab', highlightStyle: null, colour: 'red' },
  { hoverDelayMs: 1.5, mode: undefined, sites: undefined },
  { sites: 'portal.example.com' },
  {
    sites: [
      site('portal.example.com'),
      site('Portal.Example.com'),
      site('a b'),
      site('10.0.0.1', true),
      site('x.org'),
      'c.org',
      null,
      site(7),
    ],
  },
];

const POLICIES: unknown[] = [
  undefined,
  null,
  [],
  {},
  { forceEnabledHosts: 'x.org', forceDisabledHosts: ['ok.org', 'ok.org', '10.0.0.1:0', 7, '*.b.org'] },
  { forceEnabledHosts: ['https://', 'A.org'], lockedMode: 'sometimes' },
  { lockedMode: 'only-listed', forceDisabledHosts: [] },
];

const asRecord = (raw: unknown): Record<string, unknown> =>
  raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};

describe('settings faults: what the content script’s read dropped, for the pages', () => {
  it('gives the settings settingsOf gives, with a fault for each field it kept at its default and each site it dropped', () => {
    for (const raw of STORED) {
      const label = JSON.stringify(raw) ?? 'undefined';
      const settings = settingsOf(raw);
      const { settings: read, faults } = checkStoredSettings(raw);
      expect(read, label).toEqual(settings);
      const record = asRecord(raw);
      // A stored value zod accepts is kept as it is: any other one fell back to the default.
      const fellBack = CHECKED_FIELDS.filter(
        (field) => record[field] !== undefined && settings[field as keyof Settings] !== record[field],
      );
      expect(
        faults.filter((f) => f.why === 'invalid').map((f) => f.field),
        label,
      ).toEqual(fellBack);
      const entries = Array.isArray(record.sites) ? record.sites : [];
      const dropped = faults.filter((f) => f.why === 'site').map((f) => f.value);
      for (const entry of entries) {
        const checked = checkSiteRule(entry);
        expect(dropped.includes(entry), `${label}: ${JSON.stringify(entry)}`).toBe(!checked.ok);
        if (checked.ok) expect(settings.sites, label).toContainEqual(checked.rule);
      }
    }
  });

  it('gives the policy policyOf gives, with a fault for each host it dropped and a lockedMode it ignored', () => {
    for (const raw of POLICIES) {
      const label = JSON.stringify(raw) ?? 'undefined';
      const policy = policyOf(raw);
      const { policy: read, faults } = checkPolicy(raw);
      expect(read, label).toEqual(policy);
      const record = asRecord(raw);
      const ignored = record.lockedMode !== undefined && policy.lockedMode !== record.lockedMode;
      expect(
        faults.some((f) => f.why === 'invalid'),
        label,
      ).toBe(ignored);
      for (const key of ['forceEnabledHosts', 'forceDisabledHosts'] as const) {
        const hosts = Array.isArray(record[key]) ? (record[key] as unknown[]) : [];
        const dropped = faults.filter((f) => f.why === 'entry' && f.key === key).map((f) => f.value);
        for (const host of hosts) {
          const checked = checkPolicyHost(host);
          expect(dropped.includes(host), `${label}: ${key} ${JSON.stringify(host)}`).toBe(!checked?.ok);
          if (checked?.ok) expect(policy[key], label).toContainEqual(checked.rule);
        }
        const notList = record[key] !== undefined && !Array.isArray(record[key]);
        expect(
          faults.some((f) => f.field === 'policy' && f.why === 'not-list' && f.key === key),
          label,
        ).toBe(notList);
      }
    }
  });

  it('stays out of the content script: its settings modules do not import the faults or their words', () => {
    // lib/page/site-gate.ts is the content script's way into the settings (entrypoints/content).
    for (const file of ['lib/page/site-gate.ts', 'lib/settings-read.ts', 'lib/sites.ts']) {
      const source = readFileSync(resolve(import.meta.dirname, '../../..', file), 'utf8');
      expect(source, file).not.toMatch(/'\.{1,2}\/(?:\.\.\/)*settings(?:-faults|-problems)?'/);
    }
  });
});
