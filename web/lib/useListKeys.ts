import { useRef } from 'react';

/**
 * Stable React keys for an editable list of plain values (which have no ids of their own): one key per row,
 * kept when rows after it are added or edited. Call `removed(i)` just before removing row i.
 */
export function useListKeys(length: number): { keys: number[]; removed(i: number): void } {
  const next = useRef(0);
  const keys = useRef<number[]>([]);
  // Idempotent for a given length, so rendering twice (strict mode) gives the same keys.
  while (keys.current.length < length) keys.current.push(next.current++);
  if (keys.current.length > length) keys.current = keys.current.slice(0, length);
  return {
    keys: keys.current,
    removed: (i) => {
      keys.current = keys.current.filter((_, j) => j !== i);
    },
  };
}
