import { maskContactDetails } from './contact-masking';

describe('contact masking', () => {
  it('masks mobile numbers however they are written', () => {
    expect(maskContactDetails('晚上还在施工，请回电13812345678或 +86 139-1234-5678')).toBe('晚上还在施工，请回电138****5678或 139****5678');
    expect(maskContactDetails('电话１３８１２３４５６７８')).toBe('电话138****5678');
  });

  it('masks ID numbers, fixed lines and e-mail addresses', () => {
    expect(maskContactDetails('身份证11010519491231002X，邮箱 wang.xm@example.com')).toBe('身份证110***********002*，邮箱 ***@***');
    expect(maskContactDetails('座机0833-2123456，或(028) 87654321')).toBe('座机0833****56，或(028) 87654321');
    expect(maskContactDetails('座机028-87654321')).toBe('座机028-****21');
  });

  it('keeps everything else as written', () => {
    for (const text of ['施工已于12月3日停止，处理结果满意。门牌号 2-101，共 3 户受影响。', '欠薪共计12000元，涉及35人，2019年3月', '编号 0012345678']) {
      expect(maskContactDetails(text)).toBe(text);
    }
  });
});
