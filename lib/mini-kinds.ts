/**
 * zod/mini schemas for the content script's messages and settings, each built from the fewest schema and check kinds:
 * every kind zod/mini builds with (`$ZodBoolean`, `$ZodCheckRegex`, `$ZodNumberFormat`…) is code in the content
 * script's 40 KB gzip budget. Each accepts exactly what the zod builtin named beside it accepts
 * (test/unit/mini-kinds.test.ts, test/unit/messages.test.ts, test/unit/settings/).
 */
import * as z from 'zod/mini';
import { lazy } from './lazy';

/**
 * A number the test accepts, as a custom schema (`Number.isSafeInteger` and the like refuse anything but a number):
 * without `$ZodNumber` and zod's table of number formats in the content script.
 */
export const numberWhere = (test: (n: number) => boolean) => z.custom<number>((n) => typeof n === 'number' && test(n));

/** `z.int()`: a safe integer. */
export const int = lazy(() => numberWhere(Number.isSafeInteger));

/**
 * `z.literal([...values])`: one of these primitives, compared as zod's Set does (SameValueZero, like `includes`), as a
 * custom schema: without `$ZodLiteral` in the content script.
 */
export const oneOf = <const T extends readonly (string | number | boolean | null)[]>(...values: T) =>
  z.custom<T[number]>((v) => values.includes(v as T[number]));

/** `z.boolean()`: `true` or `false`. */
export const bool = lazy(() => oneOf(true, false));

/** `z.nullable(schema)`: the schema or `null`, with the union kind the messages use anyway. */
export const orNull = <T extends z.ZodMiniType>(schema: T) => z.union([schema, oneOf(null)]);

/** `z.string()`, as a custom schema: without `$ZodString` in the content script. */
export const str = lazy(() => z.custom<string>((s) => typeof s === 'string'));

/** `z.string().check(z.regex(pattern))`, as a custom schema (no `$ZodString`, no refinement check). */
export const matching = (pattern: RegExp) => z.custom<string>((s) => typeof s === 'string' && pattern.test(s));

/**
 * An object, not null nor an array: what the settings' reads (lib/settings-read.ts) take a record to be. One function
 * for the four tests, not the expression written out in each: the content script carries it once.
 */
export function isObjectRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Zod's own test for a record's input (a `{…}` object, not an array, a class instance or null). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObjectRecord(value)) return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return typeof proto === 'object' && proto !== null && Object.hasOwn(proto, 'isPrototypeOf');
}

/**
 * `z.record(matching(key), z.string())`: a plain object whose every key matches `key` and every value is a string,
 * without `$ZodRecord` (about 3 KB before gzip) in the content script. One difference: zod drops an own `__proto__` key
 * and accepts the rest; this refuses the object (no such key matches a field name anyway). Messages are JSON-shaped: no
 * symbol keys.
 */
export const stringRecord = (key: RegExp) =>
  z.custom<Record<string, string>>(
    (value) => isPlainObject(value) && Object.entries(value).every(([k, v]) => key.test(k) && typeof v === 'string'),
  );
