import { v7 as uuidv7 } from 'uuid';
import { parseEvent } from '@sunshine/contracts';
import { DAY, ECOLOGY, JIAYANG, HOUSING, startWorkbench, type Workbench } from './support/workbench';

describe('handling: extension by a leader’s approval (延期审批, 信访工作条例 art. 32)', () => {
  let w: Workbench;

  beforeAll(async () => {
    w = await startWorkbench('handling-extension');
  });

  afterAll(async () => {
    await w?.close();
  });

  const requestExtension = (petitionId: string, who = ECOLOGY, body: object = { days: 20, reason: '涉及多个部门，需联合调查' }) =>
    w.post(`/api/v1/cases/${petitionId}/extension-requests`, who, body);
  const decide = (petitionId: string, requestId: string, body: object, who = 'head') =>
    w.post(`/api/v1/cases/${petitionId}/extension-requests/${requestId}/decision`, who, body);

  it('a unit requests, a leader approves: handleBy moves by the days asked only on approval, and case.extended names the leader and request', async () => {
    const { petitionId, caseNumber } = await w.acceptedCase({ assistingUnitIds: [JIAYANG] });
    const before = (await w.get(`/api/v1/cases/${petitionId}`, ECOLOGY).expect(200)).body;
    expect(before.deadlines.handleBy).toBe(before.handleBy);

    const created = await requestExtension(petitionId).expect(201);
    expect(created.body).toEqual({ requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const { requestId } = created.body as { requestId: string };
    const [requested] = await w.events.waitFor('case.extension-requested', petitionId);
    expect(parseEvent(requested).ok).toBe(true);
    expect(requested.payload).toMatchObject({ caseNumber, unitId: ECOLOGY, requestId, days: 20, requestedBy: `staff-${ECOLOGY}` });

    const pending = (await w.get(`/api/v1/cases/${petitionId}`, ECOLOGY).expect(200)).body;
    expect(pending.deadlines.handleBy).toBe(before.handleBy);
    expect(pending.extension).toMatchObject({ requested: true, requestId, days: 20, reason: '涉及多个部门，需联合调查', status: 'pending' });

    // The leaders' approvals queue holds it; units cannot read the queue.
    const queue = await w.get('/api/v1/extension-requests?status=pending', 'head').expect(200);
    expect(queue.body.items).toContainEqual(expect.objectContaining({ petitionId, requestId, days: 20, status: 'pending' }));
    await w.get('/api/v1/extension-requests', ECOLOGY).expect(403);
    // Deciding is for leaders, not for the unit or the joint office.
    await decide(petitionId, requestId, { approve: true }, ECOLOGY).expect(403);
    await decide(petitionId, requestId, { approve: true }, 'jointOffice').expect(403);

    const approved = await decide(petitionId, requestId, { approve: true, comment: '同意延期，请抓紧办理' }).expect(200);
    const expected = new Date(new Date(before.handleBy).getTime() + 20 * DAY).toISOString();
    expect(approved.body.deadlines.handleBy).toBe(expected);
    expect(approved.body.handleBy).toBe(expected);
    expect(approved.body.extension).toMatchObject({ status: 'approved', decidedBy: 'district-head', comment: '同意延期，请抓紧办理', newHandleBy: expected, approvedBy: 'district-head' });
    const [extended] = await w.events.waitFor('case.extended', petitionId);
    expect(parseEvent(extended).ok).toBe(true);
    expect(extended.payload).toMatchObject({ caseNumber, unitId: ECOLOGY, days: 20, approvedBy: 'district-head', requestId, handleBy: expected });

    // Decided once; one extension per case.
    expect((await decide(petitionId, requestId, { approve: false }).expect(409)).body.code).toBe('EXTENSION.ALREADY_DECIDED');
    expect((await requestExtension(petitionId, ECOLOGY, { days: 1, reason: '再延' }).expect(409)).body.code).toBe('CASE.ALREADY_EXTENDED');
    expect((await w.get('/api/v1/extension-requests', 'head').expect(200)).body.items.map((i: { requestId: string }) => i.requestId)).not.toContain(requestId);
  });

  it('a leader refuses: the deadline stays, case.extension-refused is published, and the unit may ask again', async () => {
    const { petitionId } = await w.acceptedCase();
    const before = (await w.get(`/api/v1/cases/${petitionId}`, ECOLOGY).expect(200)).body;
    const { requestId } = (await requestExtension(petitionId).expect(201)).body as { requestId: string };
    expect((await requestExtension(petitionId).expect(409)).body.code).toBe('EXTENSION.ALREADY_PENDING');

    const refused = await decide(petitionId, requestId, { approve: false, comment: '请按期办结' }, 'secretary').expect(200);
    expect(refused.body.handleBy).toBe(before.handleBy);
    expect(refused.body.extension).toMatchObject({ status: 'refused', decidedBy: 'party-secretary', comment: '请按期办结' });
    const [event] = await w.events.waitFor('case.extension-refused', petitionId);
    expect(parseEvent(event).ok).toBe(true);
    expect(event.payload).toMatchObject({ requestId, refusedBy: 'party-secretary', comment: '请按期办结' });
    expect(w.events.events('case.extended', petitionId)).toHaveLength(0);

    await requestExtension(petitionId, ECOLOGY, { days: 10, reason: '补充调查' }).expect(201);
  });

  it('refuses requests after the handle-by deadline (naming it), approvals after it, and still records a refusal after it', async () => {
    const { petitionId } = await w.acceptedCase();
    const { requestId } = (await requestExtension(petitionId).expect(201)).body as { requestId: string };
    const passed = new Date(Date.now() - DAY);
    await w.setDates(petitionId, { handleBy: passed });

    const late = await decide(petitionId, requestId, { approve: true }).expect(409);
    expect(late.body.code).toBe('EXTENSION.AFTER_DEADLINE');
    const stored = await w.cases().findOne({ _id: petitionId as never });
    expect(stored).toMatchObject({ handleBy: passed, extensionPending: true });
    await decide(petitionId, requestId, { approve: false, comment: '已超期' }).expect(200);
    await w.events.waitFor('case.extension-refused', petitionId);

    const again = await requestExtension(petitionId).expect(409);
    expect(again.body.code).toBe('EXTENSION.AFTER_DEADLINE');
    expect(again.headers['content-type']).toContain('application/problem+json');
    const day = new Date(passed.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(JSON.stringify(again.body)).toContain(day);
  });

  it('checks who asks and what: 1–30 days, the lead unit only, an accepted case only; another unit gets 404; nothing changes', async () => {
    const { petitionId } = await w.assignedCase({ assistingUnitIds: [JIAYANG] });
    expect((await requestExtension(petitionId).expect(409)).body.code).toBe('CASE.NOT_ACCEPTED_YET');
    await w.post(`/api/v1/cases/${petitionId}/accept`, ECOLOGY).expect(200);
    const version = (await w.cases().findOne({ _id: petitionId as never }))!.version;

    for (const days of [0, 31]) {
      const invalid = await requestExtension(petitionId, ECOLOGY, { days, reason: 'r' }).expect(400);
      expect(invalid.body.code).toBe('REQUEST.VALIDATION_FAILED');
    }
    await requestExtension(petitionId, ECOLOGY, { days: 5 }).expect(400);
    expect((await requestExtension(petitionId, JIAYANG).expect(403)).body.code).toBe('CASE.NOT_LEAD_UNIT');
    expect((await requestExtension(petitionId, HOUSING).expect(404)).body.code).toBe('CASE.NOT_FOUND');
    await requestExtension(petitionId, 'head').expect(403);
    await decide(petitionId, uuidv7(), { approve: true }).expect(404);
    await decide(petitionId, 'not-a-uuid', { approve: true }).expect(400);
    await decide(petitionId, uuidv7(), { approve: 'yes' }).expect(400);

    const unchanged = await w.cases().findOne({ _id: petitionId as never });
    expect(unchanged!.version).toBe(version);
    expect(unchanged!.extensionRequests ?? []).toEqual([]);
    // A leader token without a leader id cannot decide.
    const { requestId } = (await requestExtension(petitionId).expect(201)).body as { requestId: string };
    expect((await decide(petitionId, requestId, { approve: true }, 'anonymousLeader').expect(403)).body.code).toBe('LEADER.ID_REQUIRED');
  });
});
