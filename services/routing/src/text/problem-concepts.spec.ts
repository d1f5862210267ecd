import { nameTerms, problemConcepts } from './problem-concepts';
import { TextAnalyzer } from './text-analyzer';

describe('problem concepts and names', () => {
  const analyzer = new TextAnalyzer();

  it('sees one problem in different words: noise and dust in 噪音/扬尘 and 轰鸣/尘土飞扬', () => {
    const a = analyzer.analyze({ text: '搅拌站每天噪音大、扬尘多，窗户都不敢开。' });
    const b = analyzer.analyze({ text: '新建的搅拌厂天天尘土飞扬，机器轰鸣。' });
    expect(a.concepts).toEqual(expect.arrayContaining(['noise', 'dust', 'factory-pollution']));
    expect(b.concepts).toEqual(expect.arrayContaining(['noise', 'dust', 'factory-pollution']));
  });

  it('ignores a cue that is part of a name (龙塘安置小区 is not about resettlement)', () => {
    expect(problemConcepts('龙塘安置小区门口经常有人聚众赌博', ['龙塘安置'])).not.toContain('demolition');
    expect(problemConcepts('安置房补偿款没有到位')).toContain('demolition');
  });

  it('keeps estates and shops as names but not districts, bureaus or generic roads', () => {
    const a = analyzer.analyze({ text: '我是A2区丽发新城小区的业主，请区住建局和公交公司管一管这条马路。' });
    expect(a.names).toContain('丽发新城');
    expect(a.names.some((n) => /a2区|住建局|公交公司|马路/.test(n))).toBe(false);
    expect(nameTerms(['p:幸福社区', 'o:市教育局', 'm:300'], [])).toEqual(['幸福']);
  });
});
