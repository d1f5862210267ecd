import { DEFAULT_LIGHT_RULE } from '@sunshine/contracts';
import { limitRules } from './reminder-rules';

describe('the yellow rule of each limit', () => {
  it('takes the statutory limits from the warning light settings and 1 day / 20 % for the others', () => {
    const rules = limitRules(DEFAULT_LIGHT_RULE);
    expect(rules['handle-by']).toEqual({ yellowDays: 3, yellowFraction: 0.2 });
    expect(rules['order-due-by']).toEqual({ yellowDays: 1, yellowFraction: 0.2 });
  });

  it('is configurable per limit', () => {
    const rules = limitRules(DEFAULT_LIGHT_RULE, 'order-due-by=2:0.4,handle-by=5:0.25');
    expect(rules['order-due-by']).toEqual({ yellowDays: 2, yellowFraction: 0.4 });
    expect(rules['handle-by']).toEqual({ yellowDays: 5, yellowFraction: 0.25 });
    expect(rules['promised-by']).toEqual({ yellowDays: 1, yellowFraction: 0.2 });
  });

  it('refuses an unknown limit', () => {
    expect(() => limitRules(DEFAULT_LIGHT_RULE, 'lunch-by=1:0.2')).toThrow('invalid limit rule');
  });
});
