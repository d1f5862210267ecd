import { endOfDayAfter } from '@sunshine/contracts';
import { eventFor, waitUntil } from '@sunshine/testing';
import { v7 as uuidv7 } from 'uuid';
import { DAY, ECOLOGY, JIAYANG, LAW, startWorkbench, type Workbench } from './support/workbench';

const future = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const REPLY = { outcome: 'supported', facts: '经现场核查，工地夜间施工属实。', decision: '已责令停止夜间施工。', basis: '《中华人民共和国噪声污染防治法》第四十三条' };

describe('handling: a linked petitioner’s rating, an upper-level office’s date, the configured assisting days', () => {
  let w: Workbench;

  beforeAll(async () => {
    // Not the default 10: every view must show the configured days.
    w = await startWorkbench('handling-linked', { HANDLING_ASSIST_DAYS: '3' });
  });

  afterAll(async () => {
    await w?.close();
  });

  it('ignores a linked co-petitioner’s rating: the original case is neither reopened nor closed by it', async () => {
    const { petitionId, caseNumber } = await w.acceptedCase();
    await w.post(`/api/v1/cases/${petitionId}/reply`, ECOLOGY, REPLY).expect(200);
    const before = await w.cases().findOne({ _id: petitionId as never });

    // A repeat petitioner, linked to this case, is dissatisfied with its reply: feedback keeps that with their petition.
    const linked = eventFor('feedback.rated', petitionId, { caseNumber, unitId: ECOLOGY, satisfaction: 'dissatisfied', round: 1, comment: '我家门口还在施工', ratedViaPetitionId: uuidv7() });
    await w.publish(linked);
    // The original petitioner's own rating comes after it on the same key, so the linked one was handled first.
    await w.publish(eventFor('feedback.rated', petitionId, { caseNumber, unitId: ECOLOGY, satisfaction: 'satisfied', round: 1 }));
    const [closed] = await w.events.waitFor('case.closed', petitionId);
    expect(closed.payload).toMatchObject({ caseNumber, reason: 'satisfied' });

    const view = await w.get(`/api/v1/cases/${petitionId}`, ECOLOGY).expect(200);
    expect(view.body).toMatchObject({ status: 'closed', round: 1, reopenings: [], closure: { reason: 'satisfied' } });
    expect(w.events.events('case.reopened', petitionId)).toHaveLength(0);
    const after = await w.cases().findOne({ _id: petitionId as never });
    // Exactly one change since the reply: the original petitioner's rating; the linked one left no trace.
    expect(after!.version).toBe(before!.version + 1);
    expect(after!.processedEvents).not.toContain(linked.id);
  });

  it('keeps an upper-level office’s earlier dueBy through acceptance, also after a reassignment, and infers none without it', async () => {
    const due = new Date(Date.now() + 20 * DAY).toISOString();
    const upper = await w.assignedCase({ channel: 'upper-level', acceptBy: future(10), handleBy: due, dueBy: due });
    await w.post(`/api/v1/cases/${upper.petitionId}/return`, ECOLOGY, { reason: '夜间施工噪音由城管执法部门查处', suggestedUnitId: LAW }).expect(200);
    // Routing moves it on: the office's date travels with the case file.
    await w.publish(eventFor('petition.reassigned', upper.petitionId, { caseNumber: upper.caseNumber, leadUnitId: LAW, leadUnitName: '区综合行政执法局', previousUnitId: ECOLOGY, assistingUnitIds: [], channel: 'upper-level', acceptBy: future(10), handleBy: due, dueBy: due }));
    await waitUntil(() => w.get(`/api/v1/cases/${upper.petitionId}`, LAW), (r) => r.status === 200, { message: 'the new lead unit sees the case' });
    const accepted = await w.post(`/api/v1/cases/${upper.petitionId}/accept`, LAW).expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', handleBy: due, upperLevelDueBy: due, deadlines: { handleBy: due } });
    const [event] = await w.events.waitFor('case.accepted', upper.petitionId);
    expect(event.payload).toMatchObject({ unitId: LAW, handleBy: due, upperLevelDueBy: due });

    // An early provisional handle-by alone is no office's date: acceptance gives the statutory 60 days.
    const plain = await w.assignedCase({ channel: 'upper-level', acceptBy: future(10), handleBy: due });
    const ok = await w.post(`/api/v1/cases/${plain.petitionId}/accept`, ECOLOGY).expect(200);
    expect(ok.body.handleBy).toBe(endOfDayAfter(new Date(ok.body.acceptedAt), 60, 'Asia/Shanghai').toISOString());
    expect(ok.body).not.toHaveProperty('upperLevelDueBy');
  });

  it('shows assisting opinions due HANDLING_ASSIST_DAYS after acceptance in every view of the case: accept, reply, one case and the list', async () => {
    const { petitionId } = await w.assignedCase({ assistingUnitIds: [JIAYANG] });
    const accepted = await w.post(`/api/v1/cases/${petitionId}/accept`, ECOLOGY).expect(200);
    const due = endOfDayAfter(new Date(accepted.body.acceptedAt), 3, 'Asia/Shanghai').toISOString();
    const expected = [{ unitId: JIAYANG, submitted: false, dueBy: due }];
    expect(accepted.body.assistOpinions).toEqual(expected);
    expect((await w.get(`/api/v1/cases/${petitionId}`, JIAYANG).expect(200)).body.assistOpinions).toEqual(expected);
    const listed = await w.get('/api/v1/cases?limit=100', ECOLOGY).expect(200);
    expect(listed.body.items.find((c: { petitionId: string }) => c.petitionId === petitionId).assistOpinions).toEqual(expected);
    const replied = await w.post(`/api/v1/cases/${petitionId}/reply`, ECOLOGY, REPLY).expect(200);
    expect(replied.body.assistOpinions).toEqual(expected);
  });
});
