/**
 * A value built on first use and kept. The content script runs in every frame of every page, and
 * whatever its modules build at load is part of the page's first task of ours: its zod schemas
 * alone were about 11 ms of a 45–62 ms first evaluation on the 200,000-node page (CPU profile), for
 * messages most frames never receive. Built on first use, they cost the frame that uses them.
 */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
