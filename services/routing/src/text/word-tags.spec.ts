import { isFunctionTagged, isUserDictionaryWord, wordTag } from './word-tags';

describe('word tags', () => {
  it('reads part-of-speech tags from the general and the user dictionary', () => {
    expect(wordTag('恢复')).toBe('v');
    expect(wordTag('沙湾区')).toBe('ns');
    expect(isUserDictionaryWord('沙湾区')).toBe(true);
    expect(isUserDictionaryWord('恢复')).toBe(false);
    expect(wordTag('丽发')).toBeUndefined(); // a local name no dictionary knows
  });

  it('tells function words (never part of a name) from name parts', () => {
    for (const word of ['恢复', '撤销', '别的', '一家', '隔壁', '去']) expect(isFunctionTagged(word)).toBe(true);
    for (const word of ['龙泉', '新华', '第二', '实验', '丽发']) expect(isFunctionTagged(word)).toBe(false);
  });
});
