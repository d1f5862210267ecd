import { formatCaseNumber, localYear } from './case-number';

describe('case numbers', () => {
  it('are district, year and a six-digit sequence', () => {
    expect(formatCaseNumber('SW', 2026, 123)).toBe('SW-2026-000123');
    expect(formatCaseNumber('SW', 2026, 1_234_567)).toBe('SW-2026-1234567');
  });

  it('turn over at New Year in the district, not in UTC', () => {
    expect(localYear(new Date('2026-12-31T16:30:00Z'), 'Asia/Shanghai')).toBe(2027);
    expect(localYear(new Date('2026-12-31T15:30:00Z'), 'Asia/Shanghai')).toBe(2026);
  });
});
