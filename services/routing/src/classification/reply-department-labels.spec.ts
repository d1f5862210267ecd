import { departmentPriorDocuments, ReplyDepartmentLabeller, readDepartmentTable } from './reply-department-labels';
import { weaklyLabelled } from './training-data';

describe('reply department labeller', () => {
  const labeller = new ReplyDepartmentLabeller();

  it('labels a petition by the department that signed the reply', () => {
    const label = labeller.label('网友您好！您反映的噪音问题已收悉，经调查核实，该厂已停产整改。感谢您对环保工作的支持。 A7县环境保护局 2014年2月26日');
    expect(label?.category).toBe('环境保护');
    expect(label?.evidence).toContain('环境保护局');
  });

  it('gives no label when the reply names departments of different remits about equally, or none', () => {
    expect(labeller.label('经县教育局与县人社局共同调查，现答复如下。')).toBeUndefined();
    expect(labeller.label('您好，留言已收悉，我们将尽快处理。')).toBeUndefined();
  });

  it('never turns a gold row into a weak row and keeps only the classes being routed', () => {
    const gold = [{ subject: '学校乱收费', text: '某学校每学期额外收取资料费三百元。', category: '教育文体' }];
    const replied = [
      { subject: '学校乱收费', text: '某学校每学期额外收取资料费三百元。', reply: '经市教育局调查，已责令退费。市教育局' },
      { subject: '公交线路', text: '希望增开一条公交线路到新区。', reply: '市交通运输局已研究论证，年内开通。市交通运输局' },
      { subject: '护士工资', text: '医院拖欠护士绩效。', reply: '区卫健委已督促医院发放。区卫健委' },
    ];
    const weak = weaklyLabelled(replied, labeller, { weight: 0.3, categories: new Set(['教育文体', '交通运输']), exclude: gold });
    expect(weak).toEqual([{ subject: '公交线路', text: '希望增开一条公交线路到新区。', category: '交通运输', weight: 0.3 }]);
  });

  it('ships a department table covering the seven routed classes and turns it into prior documents', () => {
    const table = readDepartmentTable();
    expect(new Set(table.map((d) => d.category))).toEqual(new Set(['教育文体', '劳动和社会保障', '卫生计生', '交通运输', '环境保护', '城乡建设', '商贸旅游']));
    const priors = departmentPriorDocuments(table, 3);
    expect(priors.every((p) => p.text.split('。').length <= 3)).toBe(true);
    expect(priors.some((p) => p.category === '商贸旅游' && p.text.includes('旅游局'))).toBe(true);
  });
});
