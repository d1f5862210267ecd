import { STATUTORY } from './statutory-limits';

describe('statutory limits', () => {
  it('are the numbers of 信访工作条例 and cannot be changed at run time', () => {
    expect(STATUTORY).toEqual({
      acceptDays: 15,
      handleDays: 60,
      maxExtensionDays: 30,
      returnWorkingDays: 5,
      reviewRequestDays: 30,
      reviewDecisionDays: 30,
      reReviewRequestDays: 30,
      reReviewDecisionDays: 30,
    });
    expect(Object.isFrozen(STATUTORY)).toBe(true);
  });
});
