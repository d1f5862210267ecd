import { Kafka, logLevel } from 'kafkajs';
import { signDevToken } from '@sunshine/auth';
import { connectMongo, KAFKA_BROKERS, readTopic, testNamespace, waitUntil } from '@sunshine/testing';
import { http, SERVICE_NAMES, startSystem, type RunningSystem } from './support/system';

// The petitioner's personal data, and every spelling of it a leak could take.
const NAME = '司马相如';
const PHONE = '13570246813';
const ID_NUMBER = '11010519491231002X';
const ADDRESS = '嘉州花园9栋3单元402';
const EMAIL = 'sima.xiangru@example.com';
const LEAKS = [NAME, PHONE, '135 7024 6813', '135-7024-6813', '+8613570246813', '8613570246813', ID_NUMBER, ID_NUMBER.toLowerCase(), ADDRESS, EMAIL];
const UNIT = 'ecology-environment-bureau';

function hits(haystack: string): string[] {
  return LEAKS.filter((needle) => haystack.includes(needle));
}

describe('personal data never leaves intake', () => {
  let system: RunningSystem;
  let unit: string;
  let confidentialUnit: string;
  let receipt: { petitionId: string; caseNumber: string; queryCode: string };
  let confidential: { petitionId: string; caseNumber: string; queryCode: string };

  beforeAll(async () => {
    system = await startSystem(testNamespace('privacy'), {
      // Ordinary items are assigned at once; the confidential report still waits for a leader (sealed).
      routing: { ROUTING_INSTRUCTION_POLICY: 'none' },
    });
    unit = await signDevToken({ roles: ['unit'], unitId: UNIT });
    const petitioner = { name: NAME, phone: '135 7024 6813', idNumber: ID_NUMBER, address: ADDRESS, email: EMAIL };
    receipt = (
      await http('POST', `${system.url.intake}/api/v1/petitions`, {
        body: {
          subject: '搅拌站粉尘和噪音污染',
          text: `我是${NAME}，住${ADDRESS}，小区旁搅拌站粉尘和噪音污染严重，请环保部门查处。电话${PHONE}，邮箱${EMAIL}，身份证${ID_NUMBER}。`,
          petitioner,
        },
      })
    ).body;
    confidential = (
      await http('POST', `${system.url.intake}/api/v1/petitions`, {
        body: {
          subject: '举报环保执法人员收受搅拌站好处费',
          text: `我${NAME}实名举报：环保执法人员收受搅拌站好处费，对粉尘噪音污染不管不问。联系电话${PHONE}。`,
          petitioner,
          confidential: true,
        },
      })
    ).body;
    // Drive the first one through handling and feedback, so every service has worked on it.
    await waitUntil(() => http('POST', `${system.url.handling}/api/v1/cases/${receipt.petitionId}/accept`, { token: unit, body: {} }), (r) => r.status === 200 || r.status === 201, {
      timeoutMs: 20_000,
      message: 'the case accepted',
    });
    await http('POST', `${system.url.handling}/api/v1/cases/${receipt.petitionId}/reply`, {
      token: unit,
      body: { outcome: 'supported', facts: '经现场核查，搅拌站未落实降尘措施。', decision: '已责令搅拌站整改，加装喷淋降尘设施，夜间停止作业。', basis: '《中华人民共和国大气污染防治法》第六十九条' },
    });
    await waitUntil(
      () => http('POST', `${system.url.feedback}/api/v1/public/ratings`, { body: { caseNumber: receipt.caseNumber, queryCode: receipt.queryCode, satisfaction: 'dissatisfied', reasons: ['还是有粉尘'], comment: `还是有粉尘，请给我回电话${PHONE}` } }),
      (r) => r.status === 201,
      { timeoutMs: 20_000, message: 'the rating' },
    );
    await waitUntil(
      async () => (await http('GET', `${system.url.supervision}/api/v1/timeline/${receipt.petitionId}`, { token: await signDevToken({ roles: ['supervisor'] }) })).body,
      (t: any) => (t.events ?? []).some((e: any) => e.type === 'case.reopened'),
      { timeoutMs: 20_000, message: 'the reopening in supervision' },
    );
    // A confidential report always waits for a leader (routing seals it, whatever the policy): a
    // named leader finds it in their queue and gives it to a unit it does not accuse. That unit is
    // the one that must learn nothing.
    const leader = await signDevToken({ roles: ['leader'], leaderId: 'district-head' });
    const waiting = await waitUntil(
      async () => (await http('GET', `${system.url.routing}/api/v1/instructions`, { token: leader })).body,
      (q: any) => (q.items ?? []).some((item: any) => item.petitionId === confidential.petitionId),
      { timeoutMs: 20_000, message: 'the confidential report in the leader’s queue' },
    );
    const item = waiting.items.find((i: any) => i.petitionId === confidential.petitionId);
    expect(item.reasons).toContain('sealed-report');
    expect(hits(JSON.stringify(waiting))).toEqual([]);
    const instructed = await http('POST', `${system.url.routing}/api/v1/instructions/${confidential.petitionId}`, {
      token: leader,
      body: { decision: 'approve', instruction: '请生态环境局核查，注意为举报人保密。', leadUnitId: UNIT, assistingUnitIds: [] },
    });
    expect(instructed.status).toBe(200);
    const supervisor = await signDevToken({ roles: ['supervisor'] });
    const timeline = await waitUntil(
      async () => (await http('GET', `${system.url.supervision}/api/v1/timeline/${confidential.petitionId}`, { token: supervisor })).body,
      (t: any) => Boolean(t.leadUnit?.unitId ?? t.leadUnit?.id),
      { timeoutMs: 20_000, message: 'the confidential report assigned' },
    );
    confidentialUnit = await signDevToken({ roles: ['unit'], unitId: timeline.leadUnit.unitId ?? timeline.leadUnit.id });
    await waitUntil(
      () => http('GET', `${system.url.handling}/api/v1/cases/${confidential.petitionId}`, { token: confidentialUnit }),
      (r) => r.status === 200,
      { timeoutMs: 20_000, message: 'the confidential case at its unit' },
    );
  }, 240_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('is in no Kafka topic', async () => {
    const kafka = new Kafka({ clientId: 'privacy-scan', brokers: KAFKA_BROKERS, logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${system.namespace}.`));
    await admin.disconnect();
    expect(topics.length).toBeGreaterThanOrEqual(5);
    const messages = await readTopic(kafka, topics);
    expect(messages.length).toBeGreaterThanOrEqual(10);
    expect(hits(messages.map((m) => `${m.key} ${m.value} ${JSON.stringify(m.headers)}`).join('\n'))).toEqual([]);
  });

  it('is in no log line of any service', () => {
    const logs = system.logs();
    expect(logs.length).toBeGreaterThan(1000);
    expect(hits(logs)).toEqual([]);
  });

  it('is in no other service’s database, and not in plaintext even in intake’s', async () => {
    const mongo = await connectMongo();
    try {
      for (const service of SERVICE_NAMES) {
        const db = mongo.db(`${system.namespace}_${service}`);
        const collections = await db.listCollections().toArray();
        let dump = '';
        for (const { name } of collections) dump += JSON.stringify(await db.collection(name).find({}).toArray());
        expect({ service, size: dump.length > 100 }).toEqual({ service, size: true });
        expect({ service, hits: hits(dump) }).toEqual({ service, hits: [] });
      }
    } finally {
      await mongo.close();
    }
  });

  it('never gives a unit the identity of a confidential reporter, by any endpoint', async () => {
    const unit = confidentialUnit;
    const responses: string[] = [];
    for (const service of SERVICE_NAMES) {
      const spec = (await http('GET', `${system.url[service]}/docs-json`)).body;
      for (const [path, operations] of Object.entries<Record<string, unknown>>(spec.paths)) {
        if (!operations.get) continue;
        const url = path
          .replace('{petitionId}', confidential.petitionId)
          .replace('{unitId}', JSON.parse(Buffer.from(unit.split('.')[1], 'base64url').toString()).unit)
          .replace(/\{[^}]+\}/g, confidential.petitionId);
        const response = await fetch(`${system.url[service]}${url}`, { headers: { authorization: `Bearer ${unit}` } });
        responses.push(`${service} GET ${url} ${response.status} ${await response.text()}`);
      }
    }
    const reveal = await http('POST', `${system.url.intake}/api/v1/petitions/${confidential.petitionId}/contact-reveal`, {
      token: unit,
      body: { reason: '核实情况需要联系举报人' },
    });
    expect(reveal.status).toBe(403);
    responses.push(JSON.stringify(reveal.body));
    expect(responses.length).toBeGreaterThan(10);
    expect(responses.some((r) => r.includes(confidential.caseNumber))).toBe(true); // the unit does see the case itself
    expect(hits(responses.join('\n'))).toEqual([]);
  });
});
