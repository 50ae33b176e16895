import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as lean from '../../lib/page/zod-core';
import { zodCheck } from '../../lib/zod-check';

/** zodCheck (zod's `~standard.validate`) must accept, refuse and return what `z.safeParse` does. */
const values: unknown[] = [
  0,
  '64712',
  '',
  true,
  null,
  undefined,
  {},
  [],
  ['a', 1],
  { a: 'x' },
  { a: 'x', extra: true },
  { a: 1 },
  { a: 'x', b: undefined },
  { a: 'x', b: 'y' },
  Object.create(null),
];

function same(build: (m: typeof z) => z.ZodMiniType<unknown>) {
  for (const m of [z, lean as unknown as typeof z]) {
    const schema = build(m);
    for (const v of values) {
      const parsed = z.safeParse(schema, v);
      const label = JSON.stringify(v) ?? String(v);
      expect(zodCheck(schema, v), label).toEqual(parsed.success ? { value: parsed.data } : undefined);
    }
  }
}

const str = (m: typeof z) => m.custom<string>((v) => typeof v === 'string');

describe('zodCheck', () => {
  it('custom', () => same((m) => str(m)));
  it('object (unknown keys dropped from the value)', () => same((m) => m.object({ a: str(m), b: m.optional(str(m)) })));
  it('array', () => same((m) => m.array(str(m))));
  it('union', () => same((m) => m.union([m.object({ a: str(m) }), m.array(str(m))])));
  it('optional: an accepted undefined is a value, not a refusal', () => {
    expect(zodCheck(z.optional(str(z)), undefined)).toEqual({ value: undefined });
    expect(zodCheck(str(z), undefined)).toBeUndefined();
  });
  it('an async schema is no value', () => {
    const slow = z.custom<string>(async (v) => typeof v === 'string');
    expect(zodCheck(slow, 'x')).toBeUndefined();
  });
});
