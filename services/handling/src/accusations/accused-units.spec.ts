import type { CaseFile } from '../cases/case';
import { refuseAccusedSuggestion, sealCaseFile } from './accused-units';

const file = {
  caseNumber: 'SW-2026-000123',
  leadUnitId: 'discipline-commission',
  assistingUnitIds: ['town-jiayang', 'housing-construction-bureau'],
  unitIds: ['discipline-commission', 'town-jiayang', 'housing-construction-bureau'],
} as CaseFile;

describe('a sealed accusation (检举控告, 条例 art. 45) never reaches a unit it accuses', () => {
  it('records the accused units and leaves an accused assisting unit out of the case’s units', () => {
    const sealed = sealCaseFile(file, ['housing-construction-bureau']);
    expect(sealed).toMatchObject({
      kind: 'sealed',
      dropped: ['housing-construction-bureau'],
      file: { assistingUnitIds: ['town-jiayang'], unitIds: ['discipline-commission', 'town-jiayang'], accusedUnitIds: ['housing-construction-bureau'] },
    });
  });

  it('keeps the units accused before through a reassignment that no longer names them', () => {
    const sealed = sealCaseFile(file, undefined, ['town-jiayang']);
    expect(sealed).toMatchObject({ kind: 'sealed', file: { unitIds: ['discipline-commission', 'housing-construction-bureau'], accusedUnitIds: ['town-jiayang'] } });
  });

  it('refuses a case file whose lead unit is accused', () => {
    expect(sealCaseFile(file, ['discipline-commission']).kind).toBe('refused');
  });

  it('changes nothing when nobody is accused', () => {
    expect(sealCaseFile(file, undefined)).toMatchObject({ kind: 'sealed', dropped: [], file: { unitIds: file.unitIds, accusedUnitIds: [] } });
  });

  it('refuses a return that suggests an accused unit, and only that', () => {
    expect(() => refuseAccusedSuggestion(['housing-construction-bureau'], 'housing-construction-bureau')).toThrow(expect.objectContaining({ code: 'CASE.SUGGESTED_UNIT_ACCUSED', status: 422 }));
    expect(() => refuseAccusedSuggestion(['housing-construction-bureau'], 'town-jiayang')).not.toThrow();
    expect(() => refuseAccusedSuggestion(undefined, 'town-jiayang')).not.toThrow();
  });
});
