import { parseEvent } from '@sunshine/contracts';
import { eventFor } from '@sunshine/testing';
import { ECOLOGY, startWorkbench, type Workbench } from './support/workbench';

describe('handling follows the review chain and withdrawals decided in feedback (复查/复核、撤回)', () => {
  let w: Workbench;

  beforeAll(async () => {
    w = await startWorkbench('handling-reviews');
  });

  afterAll(async () => {
    await w?.close();
  });

  const reply = (petitionId: string) =>
    w.post(`/api/v1/cases/${petitionId}/reply`, ECOLOGY, {
      outcome: 'supported',
      facts: '经现场核查，反映情况属实。',
      decision: '已责令施工单位停止夜间施工。',
      basis: '《中华人民共和国噪声污染防治法》第四十三条',
    });

  async function repliedCase() {
    const arranged = await w.acceptedCase();
    await reply(arranged.petitionId).expect(200);
    return arranged;
  }

  it('a review decided "change" reopens the case for the unit with the directions and the new deadline, once, and the unit replies again as round 2', async () => {
    const { petitionId, caseNumber } = await repliedCase();
    const decided = eventFor('feedback.review-decided', petitionId, {
      caseNumber,
      level: 'review',
      decision: 'change',
      directions: '重新核实夜间施工噪声监测数据，书面答复信访人。',
      newHandleBy: '2027-02-04T15:59:59.999Z',
      decidedAt: new Date().toISOString(),
    });
    await w.publish(decided);
    await w.publish(decided); // redelivered

    const [reopened] = await w.events.waitFor('case.reopened', petitionId);
    expect(parseEvent(reopened).ok).toBe(true);
    expect(reopened.payload).toMatchObject({
      caseNumber,
      unitId: ECOLOGY,
      reason: 'review-changed',
      note: '重新核实夜间施工噪声监测数据，书面答复信访人。',
      handleBy: '2027-02-04T15:59:59.999Z',
    });
    const view = (await w.get(`/api/v1/cases/${petitionId}`, ECOLOGY).expect(200)).body;
    expect(view.status).toBe('reopened');
    expect(view.handleBy).toBe('2027-02-04T15:59:59.999Z');

    const second = await reply(petitionId).expect(200);
    expect(second.body.round).toBe(2);
    await w.events.waitFor('case.replied', petitionId, 2);
    expect(w.events.events('case.reopened', petitionId)).toHaveLength(1);
    const stored = await w.cases().findOne({ _id: petitionId as never });
    expect(stored?.reopenings).toHaveLength(1);
  });

  it('uphold and revoke do not reopen the case', async () => {
    const { petitionId, caseNumber } = await repliedCase();
    const uphold = eventFor('feedback.review-decided', petitionId, { caseNumber, decision: 'uphold', directions: undefined, newHandleBy: undefined });
    const revoke = eventFor('feedback.review-decided', petitionId, { caseNumber, level: 're-review', decision: 'revoke', directions: undefined, newHandleBy: undefined });
    await w.publish(uphold);
    await w.publish(revoke);
    // A later event of the same petition (same partition, same consumer group) proves both were handled.
    const withdrawn = eventFor('petition.withdrawn', petitionId, { caseNumber, withdrawnAt: new Date().toISOString() });
    await w.publish(withdrawn);
    await w.events.waitFor('case.closed', petitionId);
    expect(w.events.events('case.reopened', petitionId)).toHaveLength(0);
  });

  it('a withdrawal closes an open case with reason withdrawn, once; the unit can no longer reply', async () => {
    const { petitionId, caseNumber } = await w.acceptedCase();
    const withdrawnAt = new Date().toISOString();
    const withdrawn = eventFor('petition.withdrawn', petitionId, { caseNumber, withdrawnAt, reason: '问题已自行协商解决' });
    await w.publish(withdrawn);
    await w.publish(withdrawn);

    const [closed] = await w.events.waitFor('case.closed', petitionId);
    expect(parseEvent(closed).ok).toBe(true);
    expect(closed.payload).toEqual({ caseNumber, unitId: ECOLOGY, reason: 'withdrawn', closedAt: withdrawnAt });
    const view = (await w.get(`/api/v1/cases/${petitionId}`, ECOLOGY).expect(200)).body;
    expect(view.status).toBe('closed');
    expect((await reply(petitionId).expect(409)).body.code).toBe('CASE.CLOSED');
    expect(w.events.events('case.closed', petitionId)).toHaveLength(1);
  });

  it('a second withdrawal of a closed case changes nothing', async () => {
    const { petitionId, caseNumber } = await repliedCase();
    await w.publish(eventFor('petition.withdrawn', petitionId, { caseNumber, withdrawnAt: new Date().toISOString() }));
    await w.events.waitFor('case.closed', petitionId);
    await w.publish(eventFor('petition.withdrawn', petitionId, { caseNumber, withdrawnAt: new Date().toISOString() }));
    // A later event of the same petition is handled after it: a review changing the closed case reopens it.
    await w.publish(eventFor('feedback.review-decided', petitionId, { caseNumber, decision: 'change', newHandleBy: '2027-02-04T15:59:59.999Z', decidedAt: new Date().toISOString() }));
    await w.events.waitFor('case.reopened', petitionId);
    expect(w.events.events('case.closed', petitionId)).toHaveLength(1);
  });
});
