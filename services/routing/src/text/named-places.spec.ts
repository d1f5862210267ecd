import { comparePlaces, maskPlaces, namedPlaces, samePlace } from './named-places';

const keys = (text: string) => namedPlaces(text).map((p) => `${p.kind}:${p.name}`);

describe('named places (the evidence that look-alikes are elsewhere)', () => {
  it('finds estates, villages and groups, roads, schools, businesses and buildings, cut at the place before them', () => {
    expect(keys('我在锦川区海棠路的鑫达汽修厂上班')).toEqual(['road:海棠路', 'business:鑫达汽修厂']);
    expect(keys('我是桂湖街道金桂园小区业主')).toEqual(['estate:金桂园小区']);
    expect(keys('石岭镇双河村五组的村道被压坏了')).toEqual(['group:五组', 'village:双河村']);
    expect(keys('东湖新村12栋一楼的住户')).toEqual(['building:12栋', 'estate:东湖新村']);
    expect(keys('孩子在城东区实验二小读三年级')).toEqual(['school:实验二小']);
    expect(keys('锦华路和光明街交叉口的红绿灯坏了')).toEqual(['road:锦华路', 'road:光明街']);
  });

  it('takes a shorter or longer form of one name as the same place, and a neighbour of one brand or number as another', () => {
    expect(samePlace('丽发新城', '丽发新城小区')).toBe(true);
    expect(samePlace('城东职校', '城东职业技术学校')).toBe(true);
    expect(samePlace('鑫达汽修厂', '鑫达修车厂')).toBe(true);
    expect(samePlace('金桂园小区', '银桂园小区')).toBe(false);
    expect(samePlace('实验二小', '实验一小')).toBe(false);
    expect(samePlace('东湖新村', '东湖花园')).toBe(false);
    expect(samePlace('一组', '二组')).toBe(false);
  });

  it('counts kinds in common and kinds in conflict', () => {
    const a = namedPlaces('我在锦川区海棠路的鑫达汽修厂上班，老板拖欠工资');
    expect(comparePlaces(a, namedPlaces('海棠路鑫达修车厂欠了我两个半月的工钱'))).toEqual({ agree: 2, conflict: 0 });
    expect(comparePlaces(a, namedPlaces('锦川区海棠路的鑫盛汽车美容店拖欠我一个月工资'))).toEqual({ agree: 1, conflict: 1 });
    expect(comparePlaces(a, namedPlaces('请尽快处理拖欠工资的问题'))).toEqual({ agree: 0, conflict: 0 });
  });

  it('masks the places, leaving the problem told', () => {
    expect(maskPlaces('桂湖街道金桂园小区物业把车库公共区域卖了')).toBe('桂湖街道某处物业把车库公共区域卖了');
  });
});
