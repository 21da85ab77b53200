import { describe, expect, it } from 'vitest';
import { loadThresholdPreference, saveThresholdPreference, searchWithPreference } from '../../../src/app/threshold-preference';

/** An in-memory Storage: the module only needs getItem, setItem and removeItem. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('remembered thresholds', () => {
  it('round-trips a setting and forgets one that is all defaults', () => {
    const s = memoryStorage();
    saveThresholdPreference({ near: 75, under: null, over: null }, s);
    expect(loadThresholdPreference(s)).toEqual({ near: 75, under: null, over: null });
    saveThresholdPreference({ near: null, under: null, over: null }, s);
    expect(s.items.size).toBe(0);
    expect(loadThresholdPreference(s)).toBeNull();
  });

  it('ignores what it cannot trust: broken JSON, wrong types, values out of range', () => {
    expect(loadThresholdPreference(memoryStorage({ 'seika:thresholds': '{not json' }))).toBeNull();
    expect(loadThresholdPreference(memoryStorage({ 'seika:thresholds': '"75"' }))).toBeNull();
    expect(loadThresholdPreference(memoryStorage({ 'seika:thresholds': '{"near":"75","under":250}' }))).toBeNull();
    expect(loadThresholdPreference(memoryStorage({ 'seika:thresholds': '{"near":75,"under":250}' }))).toEqual({ near: 75, under: null, over: null });
  });

  it('fills the URL of a visit that names no thresholds, and only then', () => {
    const pref = { near: 75, under: 60, over: null };
    expect(searchWithPreference('', pref)).toBe('?near=75&under=60');
    expect(searchWithPreference('?view=budget&year=2023', pref)).toBe('?view=budget&year=2023&near=75&under=60');
    expect(searchWithPreference('?near=70', pref)).toBe('?near=70');
    expect(searchWithPreference('?view=budget', null)).toBe('?view=budget');
  });
});
