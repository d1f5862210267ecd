import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadUnitCatalogue } from '../routing/unit-catalogue';
import { proposeUnits, ruleSetProblems, type RuleSet } from './routing-rules';

const catalogue = loadUnitCatalogue(join(__dirname, '../catalogue/units.json'));
const rules = JSON.parse(readFileSync(join(__dirname, '../catalogue/routing-rules.json'), 'utf8')) as RuleSet;

describe('routing proposals', () => {
  it('let the first matching rule decide the lead and assisting units', () => {
    const p = proposeUnits(catalogue, rules, { subject: '工地夜间施工扰民', text: '每晚夜间施工到凌晨。' });
    expect(p).toMatchObject({ lead: { id: 'law-enforcement-bureau' }, ruleId: 'night-construction-noise', ruleVersion: 'default' });
    expect(p.assisting.map((u) => u.id)).toEqual(['ecology-environment-bureau']);
  });

  it('otherwise pick among the category’s units by their words', () => {
    const p = proposeUnits(catalogue, rules, {
      subject: '孩子入学难',
      text: '小区附近的小学学位紧张，孩子无法就近入学。',
      category: { level1: '教育文体', probability: 0.9, confident: true },
    });
    expect(p.lead.id).toBe('education-bureau');
    expect(p.confidence).toBeGreaterThan(0.6);
  });

  it('trust the channel’s own category over the model’s', () => {
    const p = proposeUnits(catalogue, { version: 'v', rules: [] }, {
      subject: '路面塌陷',
      text: '路面塌陷。',
      categoryHint: '交通运输',
      category: { level1: '城乡建设', probability: 0.6, confident: true },
    });
    expect(p.category).toBe('交通运输');
    expect(p.lead.id).toBe('transport-bureau');
  });

  it('send what nothing points to to the joint petition office with no confidence', () => {
    const p = proposeUnits(catalogue, { version: 'v', rules: [] }, { subject: '其他', text: '想反映一个情况。' });
    expect(p).toMatchObject({ lead: { id: 'joint-petition-office' }, confidence: 0 });
  });

  it('never propose a unit that returned the item', () => {
    const p = proposeUnits(catalogue, rules, { subject: '工地夜间施工扰民', text: '夜间施工。' }, ['law-enforcement-bureau']);
    expect(p.lead.id).not.toBe('law-enforcement-bureau');
  });

  it('refuse rule sets naming unknown units or taking everything', () => {
    expect(ruleSetProblems(rules.rules, catalogue)).toEqual([]);
    expect(ruleSetProblems([{ id: 'x', leadUnitId: 'nobody', keywords: ['a'] }, { id: 'y', leadUnitId: 'tax-bureau' }], catalogue)).toEqual([
      'rule x: unknown lead unit nobody',
      'rule y has no condition and would take everything',
    ]);
  });
});
