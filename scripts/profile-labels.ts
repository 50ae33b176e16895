import type { Profile } from './bench-live';

const OURS = 'chrome-extension://';

/**
 * Names a CPU-profile node for the per-function tables of the diagnosis scripts: our own functions as
 * `name:line`, a native callee as `name < our caller` (a DOM call counted under the JS function that made it), an
 * engine node (`(garbage collector)`, `(idle)`, …) by what `engine` returns for it, and anything else as undefined.
 */
export function profileLabeler(
  profile: Profile,
  engine: (name: string) => string | undefined = () => undefined,
): (id: number) => string | undefined {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (id: number): string | undefined => {
    const { url, functionName, lineNumber } = byId.get(id)!.callFrame as {
      url: string;
      functionName: string;
      lineNumber: number;
    };
    if (url) return url.startsWith(OURS) ? `${functionName || '(anonymous)'}:${lineNumber + 1}` : undefined;
    if (functionName.startsWith('(')) return engine(functionName);
    const p = parent.get(id);
    const caller = p === undefined ? undefined : label(p);
    return caller && `${functionName} < ${caller.split(' < ').pop()}`;
  };
  return label;
}
