import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';
import { parseEvent } from '@sunshine/contracts';
import { eventFor, waitUntil } from '@sunshine/testing';
import { DAY, ECOLOGY, HOUSING, JIAYANG, LAW, startWorkbench, type Workbench } from './support/workbench';

describe('handling: leaders’ own cases (领导包案), send-back (发回重办), instructions and sealed accusations', () => {
  let w: Workbench;

  beforeAll(async () => {
    w = await startWorkbench('handling-leaders');
  });

  afterAll(async () => {
    await w?.close();
  });

  const reply = (petitionId: string) =>
    w.post(`/api/v1/cases/${petitionId}/reply`, ECOLOGY, {
      outcome: 'supported',
      facts: '经现场核查，工地确有夜间施工。',
      decision: '已责令施工单位停止夜间施工。',
      basis: '《中华人民共和国噪声污染防治法》第四十三条',
    });

  it('a leader sees the cases they are in charge of, with their warning lights; another leader does not', async () => {
    const mine = await w.acceptedCase({ leaderInCharge: 'party-secretary' });
    const assigned = await w.assignedCase({ leaderInCharge: 'party-secretary', acceptBy: new Date(Date.now() + DAY).toISOString() });
    const theirs = await w.assignedCase({ leaderInCharge: 'district-head' });

    const list = await w.get('/api/v1/leader-cases', 'secretary').expect(200);
    expect(list.body.leaderId).toBe('party-secretary');
    const byId = new Map((list.body.items as { petitionId: string; light: string; status: string; deadlines: { handleBy: string } }[]).map((i) => [i.petitionId, i]));
    expect(byId.get(mine.petitionId)).toMatchObject({ status: 'accepted', light: 'green', deadlines: { handleBy: expect.any(String) } });
    // One day left of the acceptance period: yellow (the supervision rule).
    expect(byId.get(assigned.petitionId)).toMatchObject({ status: 'assigned', light: 'yellow' });
    expect(byId.has(theirs.petitionId)).toBe(false);

    await w.setDates(mine.petitionId, { handleBy: new Date(Date.now() - 60_000) });
    const later = await w.get('/api/v1/leader-cases', 'secretary').expect(200);
    expect(later.body.items.find((i: { petitionId: string }) => i.petitionId === mine.petitionId).light).toBe('red');

    expect((await w.get('/api/v1/leader-cases', 'head').expect(200)).body.items.map((i: { petitionId: string }) => i.petitionId)).toContain(theirs.petitionId);
    expect((await w.get('/api/v1/leader-cases', 'anonymousLeader').expect(200)).body.items).toEqual([]);
    await w.get('/api/v1/leader-cases', ECOLOGY).expect(403);
    await request(w.server).get('/api/v1/leader-cases').expect(401);
  });

  it('a leader sends back a case the petitioner rated satisfied, within the review window; after it, 409 with the date', async () => {
    const { petitionId, caseNumber } = await w.acceptedCase({ leaderInCharge: 'district-head' });
    await reply(petitionId).expect(200);
    await w.publish(eventFor('feedback.rated', petitionId, { caseNumber, unitId: ECOLOGY, satisfaction: 'satisfied', round: 1 }));
    await w.events.waitFor('case.closed', petitionId);

    await w.post(`/api/v1/cases/${petitionId}/send-back`, ECOLOGY, { note: 'x' }).expect(403);
    const sentBack = await w.post(`/api/v1/cases/${petitionId}/send-back`, 'head', { note: '答复未回应群众关于夜间施工的诉求，请重新核查。' }).expect(200);
    expect(sentBack.body).toMatchObject({ status: 'reopened', reopenings: [{ reason: 'leader-sent-back', afterRound: 1 }] });
    expect(sentBack.body.closure).toBeUndefined();
    const [reopened] = await w.events.waitFor('case.reopened', petitionId);
    expect(parseEvent(reopened).ok).toBe(true);
    expect(reopened.payload).toMatchObject({ caseNumber, reason: 'leader-sent-back', note: '答复未回应群众关于夜间施工的诉求，请重新核查。' });

    // Replied again, closed again, and now the review window is over.
    await reply(petitionId).expect(200);
    await w.publish(eventFor('feedback.rated', petitionId, { caseNumber, unitId: ECOLOGY, satisfaction: 'satisfied', round: 2 }));
    await waitUntil(() => w.cases().findOne({ _id: petitionId as never }), (c) => c?.status === 'closed', { message: 'closed again' });
    await w.setDates(petitionId, { repliedAt: new Date(Date.now() - 40 * DAY) });
    const version = (await w.cases().findOne({ _id: petitionId as never }))!.version;
    const late = await w.post(`/api/v1/cases/${petitionId}/send-back`, 'head', { note: '再次发回' }).expect(409);
    expect(late.body.code).toBe('CASE.REVIEW_WINDOW_CLOSED');
    expect(late.body.detail).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect((await w.cases().findOne({ _id: petitionId as never }))!).toMatchObject({ status: 'closed', version });

    const open = await w.acceptedCase();
    expect((await w.post(`/api/v1/cases/${open.petitionId}/send-back`, 'head', { note: 'x' }).expect(409)).body.code).toBe('CASE.NOT_REPLIED');
  });

  it('records a leader’s instruction on an assigned case once, and shows it in the case view', async () => {
    const { petitionId, caseNumber } = await w.acceptedCase();
    const instructed = eventFor('petition.leader-instructed', petitionId, { caseNumber, leaderId: 'district-head', instruction: '请加快办理，三日内报告进展。' });
    await w.publish(instructed);
    const shown = await waitUntil(() => w.get(`/api/v1/cases/${petitionId}`, ECOLOGY), (r) => r.body.instructions?.length === 1, { message: 'the instruction' });
    expect(shown.body.instructions).toEqual([{ leaderId: 'district-head', instruction: '请加快办理，三日内报告进展。', at: instructed.payload.instructedAt }]);
    expect(shown.body.status).toBe('accepted');

    await w.publish(instructed); // redelivered
    await w.publish(eventFor('petition.leader-instructed', petitionId, { caseNumber, leaderId: 'party-secretary', instruction: '同意。' }));
    const both = await waitUntil(() => w.get(`/api/v1/cases/${petitionId}`, ECOLOGY), (r) => r.body.instructions?.length >= 2, { message: 'the second' });
    expect(both.body.instructions.map((i: { leaderId: string }) => i.leaderId)).toEqual(['district-head', 'party-secretary']);
  });

  it('never lets an accusation reach the unit it accuses: not on the case, 404 by id, not listed, not suggested, not convened', async () => {
    const { petitionId, caseNumber } = await w.assignedCase({
      kind: 'report',
      confidential: true,
      leadUnitId: LAW,
      leadUnitName: '区综合行政执法局',
      // Routing should never do this; handling drops the accused assisting unit anyway.
      assistingUnitIds: [JIAYANG, HOUSING],
      accusedUnitIds: [HOUSING],
    });
    const stored = await w.cases().findOne({ _id: petitionId as never });
    expect(stored).toMatchObject({ unitIds: [LAW, JIAYANG], assistingUnitIds: [JIAYANG], accusedUnitIds: [HOUSING] });

    const hidden = await w.get(`/api/v1/cases/${petitionId}`, HOUSING).expect(404);
    expect(hidden.body.code).toBe('CASE.NOT_FOUND');
    const listed = await w.get('/api/v1/cases?limit=100', HOUSING).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(caseNumber);
    for (const path of ['accept', 'extension-requests', 'assist-opinions', 'coordination-requests', 'return']) {
      await w.post(`/api/v1/cases/${petitionId}/${path}`, HOUSING, { reason: 'x', opinion: 'x', days: 5 }).expect((r) => expect([400, 404]).toContain(r.status));
    }

    const version = (await w.cases().findOne({ _id: petitionId as never }))!.version;
    const steered = await w.post(`/api/v1/cases/${petitionId}/return`, LAW, { reason: '不属本单位职责', suggestedUnitId: HOUSING }).expect(422);
    expect(steered.body.code).toBe('CASE.SUGGESTED_UNIT_ACCUSED');
    expect(JSON.stringify(steered.body)).not.toContain(HOUSING);
    const convened = await w.post(`/api/v1/cases/${petitionId}/convene`, 'jointOffice', { participantUnitIds: [HOUSING], opinion: '会商' }).expect(422);
    expect(convened.body.code).toBe('JOINT.PARTICIPANT_NOT_ALLOWED');
    expect((await w.cases().findOne({ _id: petitionId as never }))!.version).toBe(version);

    // A reassignment that no longer names the accused unit still keeps it away.
    await w.post(`/api/v1/cases/${petitionId}/return`, LAW, { reason: '不属本单位职责' }).expect(200);
    await w.publish(eventFor('petition.reassigned', petitionId, { caseNumber, leadUnitId: ECOLOGY, previousUnitId: LAW, assistingUnitIds: [HOUSING], kind: 'report', confidential: true }));
    await waitUntil(() => w.get(`/api/v1/cases/${petitionId}`, ECOLOGY), (r) => r.status === 200, { message: 'reassigned' });
    await w.get(`/api/v1/cases/${petitionId}`, HOUSING).expect(404);

    // An assignment to an accused lead unit is unusable: dead-lettered, no case.
    const bad = eventFor('petition.assigned', uuidv7(), { caseNumber: 'SW-2026-999901', leadUnitId: HOUSING, accusedUnitIds: [HOUSING], kind: 'report' });
    await w.publish(bad);
    await waitUntil(
      () => w.events.messages.filter((m) => m.topic.endsWith('.dlq') && (m.value as { id?: string }).id === bad.id),
      (found) => found.length === 1,
      { message: 'the assignment to an accused lead unit in the DLQ' },
    );
    expect(await w.cases().findOne({ _id: bad.petitionId as never })).toBeNull();
  });
});
