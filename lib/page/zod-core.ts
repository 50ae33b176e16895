/**
 * What the content script's schemas use of `zod/mini`, built on zod's core schema kinds: the content-script build
 * resolves `zod/mini` to this file (wxt.config.ts). The schemas are zod's own (`$ZodObject`, `$ZodUnion`…, the same
 * defs `zod/mini` builds, checked by zod's own `~standard.validate`, lib/zod-check.ts), without zod/mini's wrapper
 * around each: its methods (`.parse`, `.parseAsync`, `.check`, `.clone`…) are not called in the content script and
 * cost it ~0.4 KB gzip. `safeParse` is here for test/unit/zod-core.test.ts; the content script no longer calls it.
 * test/unit/zod-core.test.ts holds each export to its `zod/mini` namesake.
 */
import {
  $ZodArray,
  $ZodCustom,
  $ZodObject,
  $ZodOptional,
  $ZodRecord,
  type $ZodType,
  $ZodUnion,
  safeParse,
} from 'zod/v4/core';

export { safeParse };

export const object = (shape: Record<string, $ZodType>) => new $ZodObject({ type: 'object', shape });
export const array = (element: $ZodType) => new $ZodArray({ type: 'array', element });
export const union = (options: readonly $ZodType[]) => new $ZodUnion({ type: 'union', options });
export const optional = (innerType: $ZodType) => new $ZodOptional({ type: 'optional', innerType });
export const record = (keyType: $ZodType, valueType: $ZodType) =>
  new $ZodRecord({ type: 'record', keyType, valueType } as never);
export const custom = (fn: (value: unknown) => unknown) =>
  new $ZodCustom({ type: 'custom', check: 'custom', fn, abort: true });
