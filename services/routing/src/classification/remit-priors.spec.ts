import { CategoryClassifier, type LabelledPetition } from './category-classifier';
import { classifierPriorDocuments, readRemitPriors } from './remit-priors';
import { readDepartmentTable } from './reply-department-labels';

describe('department remit priors (部门职责)', () => {
  const remits = readRemitPriors();

  it('ships a remit for each of the seven routed classes, one document per department', () => {
    expect(new Set(remits.map((r) => r.category))).toEqual(new Set(['交通运输', '劳动和社会保障', '卫生计生', '商贸旅游', '城乡建设', '教育文体', '环境保护']));
    expect(remits.every((r) => r.text.split('。').length >= 5)).toBe(true);
    expect(classifierPriorDocuments(readDepartmentTable()).length).toBeGreaterThan(remits.length);
  });

  it('lets a matter no labelled petition has mentioned lean to the department that handles it', () => {
    // Two petitions per class, none about lifts, boilers or pressure vessels (特种设备).
    const gold: LabelledPetition[] = [
      { category: '商贸旅游', text: '景区门票涨价，导游强制游客购物。' },
      { category: '商贸旅游', text: '超市缺斤短两，商品以次充好。' },
      { category: '城乡建设', text: '小区物业不作为，开发商延期交房。' },
      { category: '城乡建设', text: '违章建筑挡住采光，请规划部门处理。' },
      { category: '环境保护', text: '化工厂夜间偷排废水，河里死鱼。' },
      { category: '环境保护', text: '工厂废气异味很重，附近居民受不了。' },
    ];
    const petition = { text: '这家厂的锅炉和压力容器多年没有检验，担心出事。' };
    const without = CategoryClassifier.train(gold, { ensembleSize: 1 });
    const withRemits = CategoryClassifier.train(gold, { ensembleSize: 1, priors: remits });
    const probability = (model: CategoryClassifier) => model.predict(petition).ranked.find((r) => r.category === '商贸旅游')!.probability;
    expect(withRemits.predict(petition).category).toBe('商贸旅游');
    expect(probability(withRemits)).toBeGreaterThan(probability(without));
  });
});
