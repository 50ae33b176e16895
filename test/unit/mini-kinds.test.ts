import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { bool, int, matching } from '../../lib/mini-kinds';

/** lib/mini-kinds.ts stands in for zod builtins to save content-script bytes: it must accept exactly what they do. */
describe('mini kinds accept what the zod builtins accept', () => {
  const values: unknown[] = [
    0,
    -3,
    7,
    1.5,
    -0.25,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 53,
    -(2 ** 53),
    Number.MAX_SAFE_INTEGER,
    '7',
    '64712',
    '6471',
    'RT',
    true,
    false,
    null,
    undefined,
    {},
    [],
    1n,
  ];
  const same = (mine: z.ZodMiniType, builtin: z.ZodMiniType) => {
    for (const v of values) {
      const a = z.safeParse(mine, v);
      const b = z.safeParse(builtin, v);
      expect(a.success, `${String(v)}`).toBe(b.success);
      if (a.success && b.success) expect(a.data).toEqual(b.data);
    }
  };

  it('int() is z.int()', () => same(int(), z.int()));
  it('bool() is z.boolean()', () => same(bool(), z.boolean()));
  it('matching(re) is z.string().check(z.regex(re))', () =>
    same(matching(/^[0-9]{5}$/), z.string().check(z.regex(/^[0-9]{5}$/))));
});
