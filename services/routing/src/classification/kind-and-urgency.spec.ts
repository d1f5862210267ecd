import { triageKind } from './kind-triage';
import { detectUrgency } from './urgency-detector';

describe('kind triage', () => {
  it('reads a report, a complaint, a consultation, a suggestion and a plain request', () => {
    expect(triageKind({ text: '举报某村支书在征地中套取补偿款。' }).kind).toBe('report');
    expect(triageKind({ subject: '投诉社保窗口', text: '工作人员态度恶劣，推诿扯皮。' }).kind).toBe('complaint');
    expect(triageKind({ text: '请问毕业生户口迁回需要哪些材料？' }).kind).toBe('consultation');
    expect(triageKind({ text: '建议在学校门口增设斑马线。' }).kind).toBe('suggestion');
    expect(triageKind({ text: '小区停水三天了，请尽快恢复供水。' }).kind).toBe('request');
  });
});

describe('urgency detection', () => {
  it('flags self-harm, gatherings and safety hazards as urgent', () => {
    const result = detectUrgency({ text: '再不解决我就跳楼，工友们明天去区政府门口拉横幅。', receivedAt: '2024-06-01T10:00:00+08:00' });
    expect(result.signals).toEqual(expect.arrayContaining(['self-harm', 'gathering']));
    expect(result.urgent).toBe(true);
    expect(detectUrgency({ text: '楼道里燃气泄漏的味道很重', receivedAt: '2024-06-01T10:00:00+08:00' }).signals).toContain('safety-hazard');
  });

  it('makes wage arrears urgent shortly before the Spring Festival but not in early summer', () => {
    const text = '包工头拖欠我们工资十八万元。';
    const beforeFestival = detectUrgency({ text, receivedAt: '2024-01-25T10:00:00+08:00' });
    expect(beforeFestival.signals).toEqual(['wage-arrears', 'holiday-near']);
    expect(beforeFestival.holiday).toBe('春节');
    expect(beforeFestival.urgent).toBe(true);
    const summer = detectUrgency({ text, receivedAt: '2024-06-20T10:00:00+08:00' });
    expect(summer.signals).toEqual(['wage-arrears']);
    expect(summer.urgent).toBe(false);
  });
});
