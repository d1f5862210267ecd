import { answeredLate, orderStatus } from './supervision-order';

const dueBy = new Date('2026-12-14T15:59:59.999Z');

describe('a supervision order’s status', () => {
  it('is open until its due date, the due instant included, and overdue a millisecond later', () => {
    expect(orderStatus({ dueBy }, new Date('2026-12-10T00:00:00Z'))).toBe('open');
    expect(orderStatus({ dueBy }, dueBy)).toBe('open');
    expect(orderStatus({ dueBy }, new Date('2026-12-14T16:00:00.000Z'))).toBe('overdue');
  });

  it('is answered once the unit answered, late or not', () => {
    const late = { dueBy, answeredAt: new Date('2026-12-15T02:00:00Z') };
    expect(orderStatus(late, new Date('2026-12-20T00:00:00Z'))).toBe('answered');
    expect(answeredLate(late)).toBe(true);
    expect(answeredLate({ dueBy, answeredAt: new Date('2026-12-11T02:00:00Z') })).toBe(false);
    expect(answeredLate({ dueBy })).toBeNull();
  });
});
