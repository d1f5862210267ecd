import { fixtureOf } from '../../fixtures';
import { parseEvent } from '../../validation';

describe('feedback.rated from a linked petitioner', () => {
  const rated = (ratedViaPetitionId: unknown) => {
    const event = fixtureOf('feedback.rated') as unknown as { payload: Record<string, unknown> };
    event.payload.ratedViaPetitionId = ratedViaPetitionId;
    return event;
  };

  it('carries the linked petition it came through, and the plain rating still validates without it', () => {
    expect(parseEvent(fixtureOf('feedback.rated')).ok).toBe(true);
    expect(parseEvent(rated('0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b02')).ok).toBe(true);
  });

  it('refuses an empty, non-string or overlong linked petition id', () => {
    expect(parseEvent(rated('')).ok).toBe(false);
    expect(parseEvent(rated(42)).ok).toBe(false);
    expect(parseEvent(rated('x'.repeat(65))).ok).toBe(false);
  });
});
