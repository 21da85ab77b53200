/**
 * Memory of the processes this benchmark started (headless Chromium: browser, renderers, GPU and utility
 * processes), read from /proc: the sum of their PSS (shared pages split between the processes that share them, so
 * the sum is what the browser costs the machine; RSS where smaps_rollup cannot be read). Linux only.
 */
import { readdirSync, readFileSync } from 'node:fs';

function children(): Map<number, number[]> {
  const kids = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // the command name (field 2) may hold spaces and parentheses: the fields after its last ')' are plain
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while the list was read
    }
  }
  return kids;
}

function processKb(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // fall through to RSS
  }
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** MB held now by every process below this one (this Node process itself left out). */
export function descendantsMB(root = process.pid): number {
  const kids = children();
  let kb = 0;
  const stack = [...(kids.get(root) ?? [])];
  while (stack.length) {
    const pid = stack.pop()!;
    kb += processKb(pid);
    stack.push(...(kids.get(pid) ?? []));
  }
  return kb / 1024;
}

/** Samples descendantsMB every `everyMs` until stopped; returns the peak. */
export function samplePeak(everyMs = 100): { stop(): number } {
  let peak = descendantsMB();
  const timer = setInterval(() => {
    peak = Math.max(peak, descendantsMB());
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, descendantsMB());
    },
  };
}
