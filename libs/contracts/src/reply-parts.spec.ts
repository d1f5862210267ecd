import {
  citesLawAndArticle,
  OUTCOMES_BY_KIND,
  outcomeFitsKind,
  requiredReplyParts,
  REVIEW_RIGHTS_NOTICE,
} from './reply-parts';
import { STATUTORY } from './statutory-limits';
import { PetitionKinds, ReplyOutcomes } from './vocabulary';

describe('reply parts', () => {
  it('gives every kind at least one outcome and every outcome to some kind', () => {
    for (const kind of PetitionKinds.codes) expect(OUTCOMES_BY_KIND[kind].length).toBeGreaterThan(0);
    const used = new Set(Object.values(OUTCOMES_BY_KIND).flat());
    expect([...used].sort()).toEqual([...ReplyOutcomes.codes].sort());
  });

  it('lets a report only be transferred to the discipline body and a suggestion never be "supported"', () => {
    expect(OUTCOMES_BY_KIND.report).toEqual(['transferred-to-discipline']);
    expect(outcomeFitsKind('suggestion', 'supported')).toBe(false);
    expect(outcomeFitsKind('complaint', 'scheduled')).toBe(true);
  });

  it('requires facts, decision and basis always, a date for scheduled and explained, a citation for answered', () => {
    expect(requiredReplyParts('noted')).toEqual(['facts', 'decision', 'basis']);
    expect(requiredReplyParts('scheduled')).toContain('promisedBy');
    expect(requiredReplyParts('explained')).toContain('nextCheckAt');
    expect(requiredReplyParts('answered')).toContain('legalBasis');
  });

  it('recognises a basis that names a law and an article, and only such a basis', () => {
    expect(citesLawAndArticle('《社会保险法》第十九条')).toBe(true);
    expect(citesLawAndArticle('信访工作条例 第 32 条')).toBe(true);
    expect(citesLawAndArticle('Social Insurance Law art. 19')).toBe(true);
    expect(citesLawAndArticle('按有关规定办理')).toBe(false);
    expect(citesLawAndArticle('第十九条')).toBe(false);
  });

  it('states the review right with the statutory days and the reviewing body, in both languages', () => {
    expect(REVIEW_RIGHTS_NOTICE('zh-CN')).toContain(`${STATUTORY.reviewRequestDays}日内向区人民政府信访复查复核机关`);
    expect(REVIEW_RIGHTS_NOTICE('en', 'the review office')).toMatch(/ask the review office .* within 30 days/);
  });
});
