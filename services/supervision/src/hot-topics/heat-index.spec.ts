import { busiestWindow, heatBase, rankHotTopics, trendFactor, type HeatInput } from './heat-index';

const at = (day: number, hour = 0) => new Date(Date.UTC(2026, 10, day, hour)).toISOString(); // November 2026
const FROM = new Date(at(1));
const TO = new Date(at(30));

/*
 * Worksheet (window 1–30 November, `to` = 30 Nov 00:00Z, τ = 7 days):
 * Matter M: petitions on 10, 12 (p6, p7) and 24, 25, 26, 27, 28, 29 Nov (p1…p5, p1 again as a repeat).
 *   messages 8, petitioners 7, support = co-petitioners 6, repeats 1;
 *   this week (23–30 Nov] 6, four weeks before (26 Oct–23 Nov] 2 → mean 0.5 → 6 ÷ 0.5 = 12 → T = 3;
 *   Δt = 1 day → e^(−1/7) = 0.866878;
 *   base = 0.4·ln 9 + 0.3·ln 8 + 0.2·ln 7 + 0.1·ln 2 = 0.878890 + 0.623832 + 0.389182 + 0.069315 = 1.961219;
 *   H = 1.961219 × 0.866878 × 3 = 5.1004. Busiest 7 days: p1…p5 = 5 petitioners → group alert.
 * Matter N: one anonymous petition on 5 Nov. messages 1, petitioners 1, support 0, repeats 0;
 *   this week 0, four weeks before 1 → mean 0.25 → 0 → floored T = 0.2; Δt = 25 days → e^(−25/7) = 0.028115;
 *   base = 0.4·ln 2 + 0.3·ln 2 = 0.485203; H = 0.485203 × 0.028115 × 0.2 = 0.0027.
 * A petition of M received in October (outside the window) counts only for the trend: none here.
 */
const M = 'matter-m';
const rows: HeatInput[] = [
  { petitionId: 'm-6', matterId: M, receivedAt: at(10), petitionerKey: 'p6', caseNumber: 'SW-2026-000010', category: '环境保护', unitId: 'ecology-environment-bureau' },
  { petitionId: 'm-7', matterId: M, receivedAt: at(12), petitionerKey: 'p7', caseNumber: 'SW-2026-000012' },
  { petitionId: 'm-1', matterId: M, receivedAt: at(24), petitionerKey: 'p1', caseNumber: 'SW-2026-000024' },
  { petitionId: 'm-2', matterId: M, receivedAt: at(25), petitionerKey: 'p2', caseNumber: 'SW-2026-000025' },
  { petitionId: 'm-3', matterId: M, receivedAt: at(26), petitionerKey: 'p3', caseNumber: 'SW-2026-000026' },
  { petitionId: 'm-4', matterId: M, receivedAt: at(27), petitionerKey: 'p4', caseNumber: 'SW-2026-000027' },
  { petitionId: 'm-5', matterId: M, receivedAt: at(28), petitionerKey: 'p5', caseNumber: 'SW-2026-000028' },
  { petitionId: 'm-8', matterId: M, receivedAt: at(29), petitionerKey: 'p1', relation: 'repeat', caseNumber: 'SW-2026-000029' },
  { petitionId: 'n-1', matterId: 'n-1', receivedAt: at(5), caseNumber: 'SW-2026-000005' },
];

describe('the heat index of hot topics', () => {
  it('ranks the hand-worked matters to the worksheet', () => {
    const [m, n] = rankHotTopics(rows, FROM, TO);
    expect(m).toMatchObject({ matterId: M, rank: 1, messages: 8, petitioners: 7, support: 6, repeats: 1, thisWeek: 6, previousWeeksMean: 0.5, trend: 3, daysSinceLast: 1 });
    expect(m.heat).toBeCloseTo(5.1004, 3);
    expect(m.groupAlert).toEqual({ petitioners: 5, from: at(24), to: at(28) }); // the first 7 days reaching the most
    expect(m.category).toBe('环境保护');
    expect(m.caseNumbers[0]).toBe('SW-2026-000010');
    expect(n).toMatchObject({ matterId: 'n-1', rank: 2, messages: 1, petitioners: 1, support: 0, repeats: 0, trend: 0.2 });
    expect(n.heat).toBeCloseTo(0.0027, 4);
    expect(n.groupAlert).toBeUndefined();
  });

  it('counts petitions before the window only for the trend', () => {
    const october = [...rows, { petitionId: 'm-0', matterId: M, receivedAt: new Date(Date.UTC(2026, 9, 28)).toISOString(), petitionerKey: 'p9' }];
    const [m] = rankHotTopics(october, FROM, TO);
    expect(m.messages).toBe(8);
    expect(m.petitioners).toBe(7);
    expect(m.previousWeeksMean).toBe(0.75);
  });

  it('uses likes as support where the channel carries them', () => {
    const liked = rows.map((r) => (r.matterId === M ? { ...r, likes: 3 } : r));
    expect(rankHotTopics(liked, FROM, TO)[0].support).toBe(24);
  });

  it('trend: capped at 3, 3 for a new matter, 1 when quiet in both, floored at 0.2', () => {
    expect(trendFactor(8, 4)).toBe(3);
    expect(trendFactor(2, 4)).toBe(2);
    expect(trendFactor(3, 0)).toBe(3);
    expect(trendFactor(0, 0)).toBe(1);
    expect(trendFactor(0, 8)).toBe(0.2);
  });

  it('the base is the weighted sum of logarithms, support never negative', () => {
    expect(heatBase(0, 0, 0, 0)).toBe(0);
    expect(heatBase(1, 1, -5, 0)).toBeCloseTo(0.7 * Math.log(2), 10);
  });

  it('a group alert needs five distinct petitioners within 7 days, not five petitions', () => {
    const day = 86_400_000;
    const same = [0, 1, 2, 3, 4, 5].map((i) => ({ at: i * day, who: i % 2 ? 'a' : 'b' }));
    expect(busiestWindow(same, 7)?.petitioners).toBe(2);
    const spread = [0, 2, 4, 6, 8, 10].map((i) => ({ at: i * day, who: `p${i}` }));
    expect(busiestWindow(spread, 7)?.petitioners).toBe(4); // days 0, 2, 4, 6 — day 7 is already outside
  });
});
