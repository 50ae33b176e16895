import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { bool, int, matching, numberWhere, oneOf, orNull, str, stringRecord } from '../../lib/mini-kinds';

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
  const same = (mine: z.ZodMiniType, builtin: z.ZodMiniType, more: unknown[] = []) => {
    for (const v of [...values, ...more]) {
      const a = z.safeParse(mine, v);
      const b = z.safeParse(builtin, v);
      expect(a.success, typeof v === 'bigint' ? String(v) : (JSON.stringify(v) ?? String(v))).toBe(b.success);
      if (a.success && b.success) expect(a.data).toEqual(b.data);
    }
  };

  it('int() is z.int()', () => same(int(), z.int()));
  it('bool() is z.boolean()', () => same(bool(), z.boolean()));
  it('oneOf(...values) is z.literal(values)', () => {
    same(oneOf('page/list'), z.literal('page/list'), ['page/list', 'page/lis', 'Page/list']);
    same(oneOf('none', 'Alt', 'Shift'), z.literal(['none', 'Alt', 'Shift']), ['Alt', 'alt', 'none ', 'Shift']);
    same(oneOf(true), z.literal(true));
    same(oneOf(null), z.literal(null));
    same(oneOf(7, 0), z.literal([7, 0]), [-0, '0']);
  });
  it('str() is z.string()', () => same(str(), z.string(), ['', 'a b', new String('x')]));
  it('orNull(s) is z.nullable(s)', () => {
    same(orNull(z.string()), z.nullable(z.string()));
    same(orNull(z.array(int())), z.nullable(z.array(int())), [[1, 2], [1.5], [null]]);
    const entry = z.object({ code: z.string(), line: int() });
    same(orNull(entry), z.nullable(entry), [{ code: '64712', line: 3 }, { code: '64712' }, { code: 1, line: 3 }]);
  });
  it('matching(re) is z.string().check(z.regex(re))', () =>
    same(matching(/^[0-9]{5}$/), z.string().check(z.regex(/^[0-9]{5}$/))));
  it('numberWhere(test) is z.number().check(z.refine(test))', () => {
    const test = (n: number) => Number.isSafeInteger(n) && n >= 0 && n <= 2000;
    same(numberWhere(test), z.number().check(z.refine(test)), [2000, 2001, -1, 250.5]);
  });
  it('stringRecord(re) is z.record(<string matching re>, z.string())', () => {
    const re = /^(?:[0-9]{2}|[A-Z][A-Z0-9])$/;
    same(stringRecord(re), z.record(z.string().check(z.regex(re)), z.string()), [
      { RT: 'Right side', 59: 'Distinct procedural service' },
      { RT: 'Right side', rt: 'lower case' },
      { RT: 7 },
      { RT: null },
      { R: 'one letter' },
      Object.create(null),
      new Date(0),
      new Map([['RT', 'Right side']]),
    ]);
    // The one difference (lib/mini-kinds.ts): an own `__proto__` key refuses the object rather than being dropped.
    expect(z.safeParse(stringRecord(re), JSON.parse('{"__proto__": "x", "LT": "Left side"}')).success).toBe(false);
  });
});
