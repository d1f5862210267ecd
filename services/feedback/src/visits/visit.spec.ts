import { checkVisit } from './visit';

describe('a return visit', () => {
  const now = new Date('2026-12-10T06:00:00.000Z');

  it('follows a reply, and defaults to now', () => {
    expect(checkVisit({ round: 1 }, undefined, now)).toEqual(now);
    const earlier = new Date('2026-12-09T02:00:00.000Z');
    expect(checkVisit({ round: 2 }, earlier, now)).toEqual(earlier);
  });

  it('is refused before any reply (409) or when dated in the future (400)', () => {
    expect(() => checkVisit({ round: 0 }, undefined, now)).toThrow(expect.objectContaining({ code: 'VISIT.NO_REPLY', status: 409 }));
    expect(() => checkVisit({ round: 1 }, new Date('2026-12-11T06:00:00.000Z'), now)).toThrow(expect.objectContaining({ code: 'VISIT.IN_THE_FUTURE', status: 400 }));
  });
});
