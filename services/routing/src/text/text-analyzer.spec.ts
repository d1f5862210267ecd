import { normalizeText, compactText } from './normalize-text';
import { TextAnalyzer } from './text-analyzer';

describe('text analyzer', () => {
  const analyzer = new TextAnalyzer();

  it('folds full-width digits, letters and punctuation to one form', () => {
    expect(normalizeText('　ＡＢＣ１２３，（沙湾区）！')).toBe('abc123,(沙湾区)!');
    expect(compactText('电话138****1234，请回复。')).toBe('电话请回复');
  });

  it('keeps anonymised places such as A3区 whole and finds the estate after them', () => {
    const result = analyzer.analyze({ text: '我是A市A2区丽发新城小区的业主' });
    expect(result.words).toEqual(expect.arrayContaining(['a市', 'a2区']));
    expect(result.entities.places).toEqual(expect.arrayContaining(['a2区', '丽发新城小区']));
    expect(result.keyEntities).toContain('p:丽发新城小区');
    expect(result.keyEntities).not.toContain('p:a2区');
  });

  it('does not glue verbs, pronouns or numerals to a name, nor take common words for places', () => {
    const result = analyzer.analyze({ text: '请恢复龙泉小区的公交站，别的小区都有。我们走路去一家培训学校。' });
    expect(result.entities.places).toEqual(['龙泉小区']);
    expect(result.entities.orgs).toEqual(['培训学校']);
    // A town's own hospital is named by the town; a village is not.
    expect(analyzer.analyze({ text: '牛石镇卫生院医生态度差' }).entities.orgs).toEqual(['牛石镇卫生院']);
    expect(analyzer.analyze({ text: '太平镇石桥村停水' }).entities.places).toEqual(['太平镇', '石桥村']);
  });

  it('extracts organisations, amounts in yuan and dates', () => {
    const result = analyzer.analyze({ text: '２０１９年１２月５日，沙湾区人民医院欠我工资两万三千元，还有1.5万元没给。' });
    expect(result.entities.orgs).toContain('沙湾区人民医院');
    expect(result.entities.amounts).toEqual(['23000', '15000']);
    expect(result.entities.dates).toContain('2019-12-05');
  });

  it('analyses a 500-character petition in a few milliseconds at most (measured ~0.5 ms; loose bound for busy CI)', () => {
    const text = '我们是沙湾区铜河花园小区的业主，开发商拖欠土地出让金导致不动产权证办不下来，已经三年了。'.repeat(12).slice(0, 500);
    analyzer.analyze({ text });
    const started = process.hrtime.bigint();
    for (let i = 0; i < 200; i++) analyzer.analyze({ text });
    const perCallMs = Number(process.hrtime.bigint() - started) / 1e6 / 200;
    expect(perCallMs).toBeLessThan(5);
  });
});
