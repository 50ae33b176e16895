/**
 * zod/mini schemas for the content script's messages and settings, each built from the fewest schema and check kinds:
 * every kind zod/mini builds with (`$ZodBoolean`, `$ZodCheckRegex`, `$ZodNumberFormat`…) is code in the content
 * script's 40 KB gzip budget. Each accepts exactly what the zod builtin named beside it accepts
 * (test/unit/messages.test.ts, test/unit/settings/).
 */
import * as z from 'zod/mini';
import { lazy } from './lazy';

/** `z.int()`: a safe integer, without zod's table of number formats. */
export const int = lazy(() => z.number().check(z.refine(Number.isSafeInteger)));

/** `z.boolean()`: `true` or `false`, with the literal schema the messages use anyway. */
export const bool = lazy(() => z.literal([true, false]));

/** `z.string().check(z.regex(pattern))`, as a refinement. */
export const matching = (pattern: RegExp) => z.string().check(z.refine((s) => pattern.test(s)));
