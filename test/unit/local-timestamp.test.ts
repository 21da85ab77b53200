import { describe, expect, it } from 'vitest';
import { localTimestamp } from '../../src/import/import-files';

describe('localTimestamp', () => {
  it('is the local wall-clock time (vitest runs with TZ=Asia/Tokyo), not UTC', () => {
    expect(localTimestamp(new Date('2025-04-01T08:05:09Z'))).toBe('2025-04-01 17:05:09');
    expect(localTimestamp(new Date('2024-12-31T15:00:00Z'))).toBe('2025-01-01 00:00:00');
  });
});
