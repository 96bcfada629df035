import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface Frame {
  readonly name: string;
  /** Share of the samples in which this frame was on top of the stack. */
  readonly selfPercent: number;
}

const ROOT = resolve(__dirname, '..');

/** `package` for a frame in node_modules, `deskstream` for the project's code, `node` for Node's internals, else `(vm)`. */
function ownerOf(url: string): string {
  if (!url) return '(vm)';
  if (url.startsWith('node:')) return 'node';
  const modules = url.split('node_modules/');
  if (modules.length > 1) {
    const [scope, name] = modules[modules.length - 1].split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  return 'deskstream';
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.startsWith('file://') ? relative(ROOT, url.slice('file://'.length)) : url;
  return `${functionName || '(anonymous)'} ${where ? `${where.replace(/^.*node_modules\//, '')}:${lineNumber + 1}` : ''}`.trim();
}

function top(counts: Map<string, number>, total: number, limit: number): Frame[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, hits]) => ({ name, selfPercent: (hits / total) * 100 }));
}

/**
 * The top self-time frames of a V8 `.cpuprofile` (what `node --cpu-prof` writes), and the same time
 * grouped by who owns the code (a package, Node, the project): a text flame summary. Idle and the
 * garbage collector are frames of their own. Only the samples of the last `lastSeconds` count (the
 * load, not the start-up).
 */
export function summariseProfile(file: string, lastSeconds: number, limit = 25): { frames: Frame[]; owners: Frame[]; seconds: number } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const frames = new Map<string, number>();
  const owners = new Map<string, number>();
  const from = profile.endTime - lastSeconds * 1e6;
  let at = profile.startTime;
  let total = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < from) return;
    total += 1;
    const node = byId.get(id)!;
    const name = frameName(node);
    frames.set(name, (frames.get(name) ?? 0) + 1);
    const special = node.callFrame.functionName.startsWith('(') ? node.callFrame.functionName : ownerOf(node.callFrame.url);
    owners.set(special, (owners.get(special) ?? 0) + 1);
  });
  return { frames: top(frames, total, limit), owners: top(owners, total, 12), seconds: Math.min(lastSeconds, (profile.endTime - profile.startTime) / 1e6) };
}
