/**
 * A value built on first use and kept. The content script runs in every frame of every page, and
 * whatever its modules build at load is part of the page's first task of ours: its zod schemas
 * alone were about 11 ms of a 45–62 ms first evaluation on the 200,000-node page (CPU profile), for
 * messages most frames never receive. Built on first use, they cost the frame that uses them.
 * Only for objects (the schemas): a built value is never undefined, so `??=` tells built from not yet, with no flag
 * beside it (size pass 16).
 */
export function lazy<T extends object>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
