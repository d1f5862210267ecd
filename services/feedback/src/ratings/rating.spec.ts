import { conclusionOf, roundToRate, roundToRateViaLink } from './rating';

describe('which reply a rating is for', () => {
  it('is the latest reply, once it exists and while the case is open', () => {
    expect(roundToRate({ status: 'replied', round: 2 })).toBe(2);
    expect(() => roundToRate({ status: 'registered', round: 0 })).toThrow(expect.objectContaining({ code: 'RATING.NO_REPLY', status: 409 }));
    expect(() => roundToRate({ status: 'reopened', round: 1 })).toThrow(expect.objectContaining({ code: 'RATING.NO_REPLY' }));
    expect(() => roundToRate({ status: 'closed', round: 2 })).toThrow(expect.objectContaining({ code: 'RATING.CASE_CLOSED', status: 409 }));
  });

  it('concludes the matter when satisfied or basically satisfied, not when dissatisfied', () => {
    expect(conclusionOf('satisfied')).toBe('satisfied');
    expect(conclusionOf('basically-satisfied')).toBe('satisfied');
    expect(conclusionOf('dissatisfied')).toBeUndefined();
  });

  it("lets a linked petitioner rate the original's latest reply, also once the original is closed, never a reopened one", () => {
    expect(roundToRateViaLink({ status: 'replied', round: 2 })).toBe(2);
    expect(roundToRateViaLink({ status: 'closed', round: 1 })).toBe(1);
    expect(() => roundToRateViaLink({ status: 'reopened', round: 1 })).toThrow(expect.objectContaining({ code: 'RATING.NO_REPLY', status: 409 }));
    expect(() => roundToRateViaLink({ status: 'registered', round: 0 })).toThrow(expect.objectContaining({ code: 'RATING.NO_REPLY' }));
  });
});
