import { revealRefusal } from './reveal-policy';

describe('who may have contact details revealed', () => {
  const assigned = { confidential: false, assignment: { unitIds: ['town-fulu', 'civil-affairs-bureau'] } };

  it('lets the lead unit have them', () => {
    expect(revealRefusal(assigned, 'town-fulu')).toBeUndefined();
  });

  it('refuses an assisting unit', () => {
    expect(revealRefusal(assigned, 'civil-affairs-bureau')).toBe('not-lead');
  });

  it('refuses everyone for a report, ticked or sealed by routing', () => {
    expect(revealRefusal({ ...assigned, confidential: true }, 'town-fulu')).toBe('sealed');
    expect(revealRefusal({ confidential: false, assignment: { ...assigned.assignment, sealed: true } }, 'town-fulu')).toBe('sealed');
  });
});
