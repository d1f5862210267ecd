import { namesAreAreas, nameTerms, problemConcepts } from './problem-concepts';
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

  it('takes no verbs, fragments, common words or persons as names', () => {
    const a = analyzer.analyze({ text: '来电人蔡先生反映：1号线某站的电梯坏了，走路不方便，医保只报了一半，老板欠钱不还，司机拉客。' });
    expect(a.names).toEqual([]);
  });

  it('keeps local names, estates before a building number and premises named by their trade', () => {
    expect(analyzer.analyze({ text: '新城御府2栋外墙渗水。' }).names).toContain('新城御府');
    expect(analyzer.analyze({ text: '楼下烧烤店每天营业到凌晨。' }).names).toContain('烧烤店');
    expect(analyzer.analyze({ text: '请恢复龙泉小区的公交站。' }).names).toEqual(['龙泉']);
  });

  it('keeps a town apart from the village in it, and marks town-only names as areas', () => {
    const village = analyzer.analyze({ text: '太平镇石桥村的自来水停了三天。' });
    expect(village.names).toEqual(['石桥村']);
    expect(namesAreAreas(village.names)).toBe(false);
    const town = analyzer.analyze({ text: '嘉农镇的自来水停了三天。' });
    expect(town.names).toEqual(['嘉农镇']);
    expect(namesAreAreas(town.names)).toBe(true);
    expect(namesAreAreas([])).toBe(false);
  });

  it('reads no cue across two words (增加|班次 is no overtime) and lets cues overlap (猪粪 and 粪)', () => {
    const bus = analyzer.analyze({ text: '希望增加班次。' }).concepts;
    expect(bus).toContain('bus-route');
    expect(bus).not.toContain('overtime');
    expect(analyzer.analyze({ text: '养猪场把猪粪水排到山沟里。' }).concepts).toEqual(expect.arrayContaining(['livestock', 'sewage']));
    expect(analyzer.analyze({ text: '公司一直不安排加班。' }).concepts).toContain('overtime');
  });

  it('takes a word no dictionary knows as a name only where it names something', () => {
    expect(analyzer.analyze({ text: '错过了只能打摩的。' }).names).toEqual([]);
    expect(analyzer.analyze({ text: '翔鹭菜市场门口乱摆摊。' }).names).toContain('翔鹭');
  });

  it('lists the districts, counties and cities named, with their level, and schools by number', () => {
    const a = analyzer.analyze({ text: 'A3区幸福小区和E市沙湾区、K2县二中。' });
    expect(a.regions).toEqual(['d:a3区', 'c:e市', 'd:沙湾区', 'd:k2县']);
    expect(a.keyEntities).toContain('o:二中');
  });
});
