import { conclusionOf, ratingReasons, roundToRate, roundToRateViaLink } from './rating';

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

  it('needs at least one reason when dissatisfied, naming the field, and masks contact details in them', () => {
    expect(() => ratingReasons('dissatisfied', undefined)).toThrow(expect.objectContaining({ code: 'RATING.REASONS_REQUIRED', status: 400, extensions: { field: 'reasons' } }));
    expect(() => ratingReasons('dissatisfied', ['  ', ''])).toThrow(expect.objectContaining({ code: 'RATING.REASONS_REQUIRED' }));
    expect(ratingReasons('dissatisfied', [' 夜间施工仍未停止 ', '请回电13812345678'])).toEqual(['夜间施工仍未停止', '请回电138****5678']);
    expect(ratingReasons('satisfied', undefined)).toEqual([]);
    expect(ratingReasons('basically-satisfied', ['回复稍慢'])).toEqual(['回复稍慢']);
  });
});
