import { blindIndex, phoneToE164 } from '../eval/eval-data';
import { ChainedMultimap } from './chained-multimap';
import { DuplicateDetector } from './duplicate-detector';
import { lookupKeys, nameBigrams } from './dedup-features';
import { InMemoryDedupStore, type PetitionForDedup } from './petition-signature';

const phone = (raw: string) => blindIndex('phone', phoneToE164(raw)!);
const SOURCE = '我是A2区丽发新城小区的业主，同发投资有限公司在离小区不到百米的地方建了一个混凝土搅拌站，每天噪音大、扬尘多，请尽快查处，关停或搬迁这个搅拌站。';

function petition(id: string, text: string, at: string, identity: PetitionForDedup['identity'] = {}): PetitionForDedup {
  return { petitionId: id, caseNumber: `SW-${id}`, receivedAt: at, channel: 'web', text, identity };
}

describe('duplicate detector', () => {
  it('links a repeat from the same phone written in another format to the open case', () => {
    const detector = new DuplicateDetector();
    detector.process(petition('p1', SOURCE, '2024-03-01T09:00:00+08:00', { phone: phone('13807310001') }));
    const { decision } = detector.process(
      petition('p2', '丽发新城小区旁边的搅拌站还在生产，上次反映过没人处理，噪声和粉尘还是很严重。', '2024-03-09T09:00:00+08:00', { phone: phone('+86 138-0731-0001') }),
    );
    expect(decision.relation).toBe('repeat');
    expect(decision.linkedTo).toEqual({ petitionId: 'p1', caseNumber: 'SW-p1' });
    expect(decision.possibleReview).toBe(false);
  });

  it('links a copy from another person as joint and a same-estate different matter as new', () => {
    const detector = new DuplicateDetector();
    detector.process(petition('p1', SOURCE, '2024-03-01T09:00:00+08:00', { phone: phone('13807310001') }));
    const joint = detector.process(petition('p2', SOURCE.replace('我是', '本人是'), '2024-03-02T09:00:00+08:00', { phone: phone('13975120033') }));
    expect(joint.decision.relation).toBe('joint');
    const other = detector.process(petition('p3', 'A2区丽发新城一期和二期中间那条路坑坑洼洼，下雨一地泥，电动车经常摔倒，请安排维修硬化。', '2024-03-03T09:00:00+08:00'));
    expect(other.decision.relation).toBe('new');
  });

  it('links a paraphrase by another person about the same estate and problem as joint, but not the same estate with another problem', () => {
    const detector = new DuplicateDetector();
    detector.process(petition('p1', SOURCE, '2024-03-01T09:00:00+08:00', { phone: phone('13807310001') }));
    const paraphrase = detector.process(
      petition('p2', '区长您好，暮云街道丽发新城小区附近的混凝土搅拌站没有环评就开工了，灰尘和噪音严重扰民，业主们意见很大。', '2024-03-02T09:00:00+08:00', { phone: phone('18673100456') }),
    );
    expect(paraphrase.decision.relation).toBe('joint');
    const sameEstateOtherProblem = detector.process(
      petition('p3', '丽发新城小区二期东边新建了一个垃圾中转站，离住户不到十米，夏天臭气熏天，请求把垃圾站迁走。', '2024-03-03T09:00:00+08:00', { phone: phone('13807310001') }),
    );
    expect(sameEstateOtherProblem.decision.relation).toBe('new');
  });

  it('finds a repeat reworded by the same person even when it shares few characters with the first', () => {
    const detector = new DuplicateDetector();
    detector.process(petition('p1', 'G4县第二中学食堂卫生太差，我儿子上周在食堂吃了午饭后上吐下泻，班上还有七八个同学也一样，请彻查食堂食品安全。', '2024-03-01T09:00:00+08:00', { phone: phone('15074658821') }));
    const { decision } = detector.process(
      petition('p2', '书记您好，我儿子在县二中食堂吃坏肚子的事我之前在网上反映过，到现在没有检查结果。', '2024-03-20T09:00:00+08:00', { phone: phone('150-7465-8821') }),
    );
    expect(decision.relation).toBe('repeat');
  });

  it('takes a shared town as weak evidence: the same problem there is one matter, a related problem is not', () => {
    const first = '嘉农镇的天然气管道一直没有通，做饭只能用煤气罐，请燃气公司尽快通气。';
    const detector = new DuplicateDetector();
    detector.process(petition('p1', first, '2024-03-01T09:00:00+08:00', { phone: phone('13800000001') }));
    const price = detector.process(petition('p2', '嘉农镇天然气今年涨价了，燃气费每个月多交好几十元，物价部门管不管？', '2024-03-02T09:00:00+08:00', { phone: phone('13900000002') }));
    expect(price.decision.relation).toBe('new');
    const same = detector.process(petition('p3', '我们嘉农镇到现在还没通天然气，天天换煤气罐，希望燃气公司尽快把管道通上。', '2024-03-03T09:00:00+08:00', { phone: phone('13900000003') }));
    expect(same.decision.relation).toBe('joint');
    expect(same.decision.matched?.petitionId).toBe('p1');
  });

  it('flags a possible review when the linked case was replied within 30 days', () => {
    const detector = new DuplicateDetector();
    detector.process(petition('p1', SOURCE, '2024-03-01T09:00:00+08:00', { phone: phone('13807310001') }));
    detector.markReplied('p1', '2024-03-20T09:00:00+08:00');
    const { decision } = detector.process(petition('p2', SOURCE, '2024-04-01T09:00:00+08:00', { phone: phone('13807310001') }));
    expect(decision.relation).toBe('repeat');
    expect(decision.possibleReview).toBe(true);
  });

  it('raises a group escalation when five people write about one matter within a week', () => {
    const detector = new DuplicateDetector({ groupMinPetitioners: 5, groupWindowDays: 7 });
    const decisions = ['13800000001', '13800000002', '13800000003', '13800000004', '13800000005'].map(
      (number, i) => detector.process(petition(`p${i}`, SOURCE, `2024-03-0${i + 1}T09:00:00+08:00`, { phone: phone(number) })).decision,
    );
    expect(decisions.slice(0, 4).every((d) => !d.groupEscalation)).toBe(true);
    expect(decisions[4].groupEscalation).toEqual({ petitioners: 5, windowDays: 7, petitionIds: ['p0', 'p1', 'p2', 'p3', 'p4'] });
  });

  it('ignores petitions outside the time window', () => {
    const detector = new DuplicateDetector({ windowDays: 180 });
    detector.process(petition('p1', SOURCE, '2023-01-01T09:00:00+08:00', { phone: phone('13807310001') }));
    expect(detector.process(petition('p2', SOURCE, '2024-03-01T09:00:00+08:00', { phone: phone('13807310001') })).decision.relation).toBe('new');
  });

  it('restores the same decisions from a store after a restart', async () => {
    const store = new InMemoryDedupStore();
    const first = new DuplicateDetector();
    const { record } = first.process(petition('p1', SOURCE, '2024-03-01T09:00:00+08:00', { phone: phone('13807310001') }));
    await store.save(record);
    const restarted = new DuplicateDetector();
    expect(await restarted.restore(store.load())).toBe(1);
    expect(restarted.process(petition('p2', SOURCE, '2024-03-02T09:00:00+08:00', { phone: phone('13807310001') })).decision.relation).toBe('repeat');
    const keys = lookupKeys(first.features({ text: SOURCE }), record.identity);
    expect(keys.filter((k) => k.startsWith('b'))).toHaveLength(16);
    expect(keys).toEqual(expect.arrayContaining(['n:丽发|noise']));
  });
});

describe('chained multimap', () => {
  it('returns postings newest first and survives rehashing', () => {
    const map = new ChainedMultimap(4, 4);
    for (let entry = 0; entry < 1000; entry++) map.add(entry % 10, entry);
    const postings: number[] = [];
    for (let e = map.head(3); e !== -1; e = map.nextOf(e)) postings.push(e);
    expect(postings.slice(0, 3)).toEqual([993, 983, 973]);
    expect(postings).toHaveLength(100);
    expect(map.head(12345)).toBe(-1);
  });
});

describe('duplicate detector: names and regions', () => {
  it('compares names without their generic kind word (阳光幼儿园 / 沫若幼儿园 are two places; 第二中学 / 二中 one)', () => {
    const shared = (a: string, b: string) => nameBigrams([a]).filter((bigram) => nameBigrams([b]).includes(bigram)).length;
    expect(shared('阳光幼儿园', '沫若幼儿园')).toBe(0);
    expect(shared('第二中学', '二中')).toBe(1);
  });

  it('keeps the same complaint on a road of the same name in another district apart', () => {
    const detector = new DuplicateDetector();
    const source = 'C2区锦华路一家KTV每天营业到凌晨三点，音响声音特别大，附近居民睡不着。';
    const paraphrase = (district: string) => `${district}锦华路那家KTV半夜还在放歌，吵得我们整晚没法睡，请管一管。`;
    detector.process(petition('p1', source, '2024-03-01T09:00:00+08:00', { phone: phone('13807310001') }));
    expect(detector.process(petition('p2', paraphrase('B5区'), '2024-03-02T09:00:00+08:00', { phone: phone('13975120033') })).decision.relation).toBe('new');
    expect(detector.process(petition('p3', paraphrase('C2区'), '2024-03-03T09:00:00+08:00', { phone: phone('18673100456') })).decision.relation).toBe('joint');
  });
});
