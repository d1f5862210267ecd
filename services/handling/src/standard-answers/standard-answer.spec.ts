import { firstVersion, nextVersion, versionOf } from './standard-answer';

const NOW = new Date('2026-12-01T02:00:00.000Z');
const CONTENT = {
  category: ' 劳动和社会保障 ',
  title: '跨省流动就业如何转移养老保险关系',
  keywords: ['养老保险', ' 转移 ', '养老保险', ''],
  answer: '基本养老保险关系随本人转移。',
  legalBasis: { law: '《中华人民共和国社会保险法》', article: '第十九条' },
};

describe('a standard answer’s versions', () => {
  it('starts at version 1, trimmed, keywords without duplicates', () => {
    const doc = firstVersion('sa-1', CONTENT, 'joint-1', NOW);
    expect(doc).toMatchObject({ _id: 'sa-1', version: 1, category: '劳动和社会保障', keywords: ['养老保险', '转移'], editedBy: 'joint-1' });
    expect(doc.versions).toHaveLength(1);
  });

  it('makes every edit a new version and keeps the earlier ones readable', () => {
    const doc = firstVersion('sa-1', CONTENT, 'joint-1', NOW);
    const v2 = nextVersion(doc, { ...CONTENT, answer: '缴费年限累计计算。' }, 'joint-2', NOW);
    const edited = { ...doc, ...v2, versions: [...doc.versions, v2] };
    expect(versionOf(edited)?.answer).toBe('缴费年限累计计算。');
    expect(versionOf(edited, 1)?.answer).toBe('基本养老保险关系随本人转移。');
    expect(versionOf(edited, 3)).toBeUndefined();
  });
});
