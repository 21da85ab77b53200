import { useSyncExternalStore } from 'react';
import type { InputFile } from '../import/types';

/**
 * Which file the mapping screen 取込設定の作成 is open for (null: closed). Set from wherever the data page offers it —
 * the refusal notice, the import report, its own file picker — and read by the data page, which shows the screen.
 */
export interface MappingRequest {
  file: InputFile;
  /** the worksheet to start on, when the offer came from one sheet's report */
  sheet: string | null;
}

let request: MappingRequest | null = null;
const listeners = new Set<() => void>();

export function openMapping(next: MappingRequest): void {
  request = next;
  listeners.forEach((l) => l());
}

export function closeMapping(): void {
  request = null;
  listeners.forEach((l) => l());
}

export function useMappingRequest(): MappingRequest | null {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => request,
  );
}
