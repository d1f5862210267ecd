import { blindIndex, phoneToE164 } from '../eval/eval-data';
import { DuplicateDetector } from './duplicate-detector';
import { type PetitionForDedup } from './petition-signature';

const phone = (raw: string) => blindIndex('phone', phoneToE164(raw)!);
const AT = '2024-03-10T09:00:00+08:00';
const MIXING_PLANT = '我是A2区丽发新城小区的业主，同发投资有限公司在离小区不到百米的地方建了一个混凝土搅拌站，每天噪音大、扬尘多，请尽快查处，关停或搬迁这个搅拌站。';
const STREET_LIGHTS = '滨河路从三号桥到五号桥的路灯坏了三个月，晚上一片漆黑，老人孩子出行很不安全，多次反映无人维修。';

function petition(id: string, text: string, at: string, identity: PetitionForDedup['identity'] = {}): PetitionForDedup {
  return { petitionId: id, caseNumber: `SW-2024-${id}`, receivedAt: at, channel: 'web', text, identity };
}

/** Everything a search could have changed: the index's size and bytes, each row's state and group, and the next decision. */
function fingerprint(detector: DuplicateDetector, ids: string[]) {
  const next = detector.decide(petition('probe', MIXING_PLANT.replace('我是', '本人是'), AT, { phone: phone('13900000009') }));
  return { size: detector.size, bytes: detector.byteLength, states: ids.map((id) => detector.stateOf(id)), next };
}

describe('duplicate hints: searching the index for a text being typed', () => {
  function stocked() {
    const detector = new DuplicateDetector();
    detector.process(petition('000001', MIXING_PLANT, '2024-03-01T09:00:00+08:00', { phone: phone('13807310001') }));
    detector.process(petition('000002', STREET_LIGHTS, '2024-03-02T09:00:00+08:00', { phone: phone('13807310002') }));
    return detector;
  }

  it('finds the stored petition a similar text is about, with its case number, and leaves the index as it was', () => {
    const detector = stocked();
    const before = fingerprint(detector, ['000001', '000002']);
    const items = detector.searchCandidates({ text: '丽发新城小区旁边的混凝土搅拌站噪音很大，灰尘也多，希望有关部门管一管。' }, { at: AT });
    expect(items[0]).toMatchObject({ petitionId: '000001', caseNumber: 'SW-2024-000001', reasons: ['similar-text'] });
    expect(items[0].score).toBeGreaterThanOrEqual(0.44);
    expect(items[0].score).toBeLessThanOrEqual(1);
    expect(items.map((i) => i.petitionId)).not.toContain('000002');
    expect(fingerprint(detector, ['000001', '000002'])).toEqual(before);
  });

  it('finds nothing for an unrelated text', () => {
    const detector = stocked();
    expect(detector.searchCandidates({ subject: '咨询社保', text: '请问灵活就业人员的养老保险每年什么时候缴费，在哪里办理？' }, { at: AT })).toEqual([]);
  });

  it('brings in the case a matter group links to when only a later petition of the group still matches', () => {
    // The first petition is older than the 180-day window at the time of the search: only the later one is compared.
    const detector = new DuplicateDetector();
    detector.process(petition('000001', MIXING_PLANT, '2024-01-02T09:00:00+08:00', { phone: phone('13807310001') }));
    const later = '丽发新城小区附近那个混凝土搅拌站半夜还在开工，轰隆隆的机器声吵得人睡不着，粉尘落满阳台。';
    const { decision } = detector.process(petition('000003', later, '2024-06-20T09:00:00+08:00', { phone: phone('13975120033') }));
    expect(decision.relation).toBe('joint');
    const items = detector.searchCandidates({ text: '半夜搅拌站机器声吵得人睡不着，粉尘落满阳台，丽发新城小区' }, { at: '2024-07-15T09:00:00+08:00' });
    expect(items).toEqual([
      { petitionId: '000001', caseNumber: 'SW-2024-000001', score: items[1].score, reasons: ['same-matter-group'] },
      { petitionId: '000003', caseNumber: 'SW-2024-000003', score: expect.any(Number), reasons: ['similar-text'] },
    ]);
  });

  it('gives at most the limit asked for, best first', () => {
    const detector = stocked();
    for (let i = 0; i < 6; i++) detector.process(petition(`00010${i}`, MIXING_PLANT.replace('每天', `第${i + 2}周每天`), `2024-03-0${i + 3}T09:00:00+08:00`, { phone: phone(`1390000000${i}`) }));
    const items = detector.searchCandidates({ text: MIXING_PLANT }, { at: AT, limit: 3 });
    expect(items).toHaveLength(3);
    expect(items.map((i) => i.score)).toEqual([...items.map((i) => i.score)].sort((a, b) => b - a));
  });

  it('leaves out petitions outside the time window', () => {
    const detector = stocked();
    expect(detector.searchCandidates({ text: MIXING_PLANT }, { at: '2025-03-01T09:00:00+08:00' })).toEqual([]);
  });
});
