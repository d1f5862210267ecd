/**
 * The time limits of 信访工作条例 (2022) that the services enforce, in one place. Each service's
 * configuration takes them as its defaults (a district may set stricter ones); code never
 * repeats the numbers. Which service computes and owns which deadline date is written down in
 * docs/decisions/0008-deadline-ownership.md.
 */
const limits = {
  /** Art. 31: a body decides whether to accept (受理) an item within 15 days of receiving it. */
  acceptDays: 15,
  /** Art. 32: an accepted item is handled and answered within 60 days of its acceptance. */
  handleDays: 60,
  /** Art. 32: a complex case may be extended (延期) once, with approval, by at most 30 days. */
  maxExtensionDays: 30,
  /**
   * A unit that is not responsible returns (退回) an assigned item within 5 working days of its
   * assignment. Not an article of the regulations: the district's assignment rule (交办规则)
   * that makes art. 31's 15 days achievable after a misrouting.
   */
  returnWorkingDays: 5,
  /** Art. 35: review (复查) is requested within 30 days of the written reply… */
  reviewRequestDays: 30,
  /** …and the reviewing body answers within 30 days of the request (art. 35). */
  reviewDecisionDays: 30,
  /** Art. 36: re-review (复核) is requested within 30 days of the review's written answer… */
  reReviewRequestDays: 30,
  /** …and the re-reviewing body answers within 30 days of the request (art. 36). */
  reReviewDecisionDays: 30,
};

/** Numbers, not literal types: a configuration field defaulting to one may hold another value. */
export const STATUTORY: Readonly<typeof limits> = Object.freeze(limits);
export type StatutoryLimit = keyof typeof STATUTORY;
