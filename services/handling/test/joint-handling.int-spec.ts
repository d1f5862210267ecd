import { parseEvent } from '@sunshine/contracts';
import { DAY, ECOLOGY, HOUSING, JIAYANG, LAW, startWorkbench, type Workbench } from './support/workbench';

describe('handling: joint handling (协办意见, 联席会商, 申请协调; MISSION 3.2)', () => {
  let w: Workbench;

  beforeAll(async () => {
    w = await startWorkbench('handling-joint', { HANDLING_ASSIST_DAYS: '7' });
  });

  afterAll(async () => {
    await w?.close();
  });

  const opinion = (petitionId: string, who: string, text: string) => w.post(`/api/v1/cases/${petitionId}/assist-opinions`, who, { opinion: text });

  it('assisting units submit opinions by their due date; the case view lists each with its due date and whether it came', async () => {
    const { petitionId, caseNumber } = await w.acceptedCase({ assistingUnitIds: [JIAYANG, HOUSING] });
    const first = await opinion(petitionId, JIAYANG, '经现场核查，施工许可已过期。').expect(200);
    const due = first.body.assistOpinions.find((o: { unitId: string }) => o.unitId === JIAYANG).dueBy as string;
    const acceptedAt = new Date(first.body.acceptedAt).getTime();
    expect(new Date(due).getTime() - acceptedAt).toBeGreaterThan(7 * DAY);
    expect(new Date(due).getTime() - acceptedAt).toBeLessThanOrEqual(8 * DAY);
    // Replaced until the lead unit replies: one opinion per unit.
    await opinion(petitionId, JIAYANG, '经现场核查，施工许可已于上月到期，建议责令停工。').expect(200);
    const shown = await w.get(`/api/v1/cases/${petitionId}`, ECOLOGY).expect(200);
    expect(shown.body.assistOpinions).toEqual([
      { unitId: JIAYANG, submitted: true, dueBy: due, opinion: '经现场核查，施工许可已于上月到期，建议责令停工。', submittedAt: expect.any(String) },
      { unitId: HOUSING, submitted: false, dueBy: due },
    ]);
    const stored = await w.cases().findOne({ _id: petitionId as never });
    expect(stored!.assistOpinions).toEqual([{ unitId: JIAYANG, opinion: '经现场核查，施工许可已于上月到期，建议责令停工。', submittedAt: expect.any(Date) }]);
    const submitted = await w.events.waitFor('case.assist-opinion-submitted', petitionId, 2);
    expect(submitted.every((e) => parseEvent(e).ok)).toBe(true);
    expect(submitted[0].payload).toMatchObject({ caseNumber, unitId: JIAYANG });

    // The lead unit and unrelated units cannot; the assisting unit's view reveals no contact.
    expect((await opinion(petitionId, ECOLOGY, '主办').expect(403)).body.code).toBe('JOINT.NOT_ASSISTING_UNIT');
    expect((await opinion(petitionId, LAW, '无关').expect(404)).body.code).toBe('CASE.NOT_FOUND');
    const assistingView = await w.get(`/api/v1/cases/${petitionId}`, JIAYANG).expect(200);
    expect(JSON.stringify(assistingView.body)).not.toMatch(/reveal|phone|idNumber|contact/i);
  });

  it('refuses an opinion after its due date (409, naming the date) and changes nothing', async () => {
    const { petitionId } = await w.acceptedCase({ assistingUnitIds: [JIAYANG] });
    await w.setDates(petitionId, { acceptedAt: new Date(Date.now() - 9 * DAY) });
    const before = await w.cases().findOne({ _id: petitionId as never });
    const late = await opinion(petitionId, JIAYANG, '迟到的意见').expect(409);
    expect(late.body.code).toBe('JOINT.OPINION_OVERDUE');
    expect(late.headers['content-type']).toContain('application/problem+json');
    expect(late.body.detail).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect((await w.cases().findOne({ _id: petitionId as never }))!.version).toBe(before!.version);
  });

  it('the joint office convenes a case: the joint opinion is recorded and new participants may read the case', async () => {
    const { petitionId, caseNumber } = await w.acceptedCase({ assistingUnitIds: [JIAYANG] });
    await w.get(`/api/v1/cases/${petitionId}`, HOUSING).expect(404);
    await w.post(`/api/v1/cases/${petitionId}/convene`, ECOLOGY, { participantUnitIds: [HOUSING], opinion: 'x' }).expect(403);
    await w.post(`/api/v1/cases/${petitionId}/convene`, 'jointOffice', { participantUnitIds: ['Not A Unit'], opinion: 'x' }).expect(400);

    const convened = await w
      .post(`/api/v1/cases/${petitionId}/convene`, 'jointOffice', { participantUnitIds: [HOUSING, JIAYANG], opinion: '由区住建局牵头，区生态环境局配合，十日内完成整改。' })
      .expect(200);
    expect(convened.body.jointHandling).toMatchObject({ convenedBy: 'joint-office-1', participantUnitIds: [HOUSING, JIAYANG], opinion: '由区住建局牵头，区生态环境局配合，十日内完成整改。' });
    const [event] = await w.events.waitFor('case.joint-convened', petitionId);
    expect(parseEvent(event).ok).toBe(true);
    expect(event.payload).toMatchObject({ caseNumber, unitId: ECOLOGY, participantUnitIds: [HOUSING, JIAYANG] });

    const participant = await w.get(`/api/v1/cases/${petitionId}`, HOUSING).expect(200);
    expect(participant.body.jointHandling.opinion).toContain('住建局牵头');
    // Reading is not acting: the lead unit still replies.
    expect((await w.post(`/api/v1/cases/${petitionId}/extension-requests`, HOUSING, { days: 5, reason: 'r' }).expect(403)).body.code).toBe('CASE.NOT_LEAD_UNIT');
  });

  it('a lead unit asks the joint office to coordinate only after its return window; the joint office sees the request until it convenes', async () => {
    const open = await w.assignedCase({ returnBy: new Date(Date.now() + 3 * DAY).toISOString() });
    const early = await w.post(`/api/v1/cases/${open.petitionId}/coordination-requests`, ECOLOGY, { reason: '职责交叉' }).expect(409);
    expect(early.body.code).toBe('JOINT.RETURN_WINDOW_OPEN');
    expect(early.body.detail).toMatch(/退回|return/);

    const { petitionId, caseNumber } = await w.assignedCase({ returnBy: new Date(Date.now() - DAY).toISOString() });
    await w.post(`/api/v1/cases/${petitionId}/coordination-requests`, JIAYANG, { reason: 'x' }).expect(404);
    const requested = await w.post(`/api/v1/cases/${petitionId}/coordination-requests`, ECOLOGY, { reason: '涉及住建、城管多个部门职责交叉' }).expect(200);
    expect(requested.body.coordination).toMatchObject({ reason: '涉及住建、城管多个部门职责交叉', status: 'pending' });
    const [event] = await w.events.waitFor('case.coordination-requested', petitionId);
    expect(event.payload).toMatchObject({ caseNumber, unitId: ECOLOGY, reason: '涉及住建、城管多个部门职责交叉' });
    expect((await w.post(`/api/v1/cases/${petitionId}/coordination-requests`, ECOLOGY, { reason: '再次' }).expect(409)).body.code).toBe('JOINT.COORDINATION_PENDING');

    const queue = await w.get('/api/v1/coordination-requests', 'jointOffice').expect(200);
    expect(queue.body.items).toContainEqual(expect.objectContaining({ petitionId, caseNumber, unitId: ECOLOGY }));
    await w.get('/api/v1/coordination-requests', ECOLOGY).expect(403);

    await w.post(`/api/v1/cases/${petitionId}/convene`, 'jointOffice', { participantUnitIds: [LAW], opinion: '城管执法局牵头' }).expect(200);
    const after = await w.get('/api/v1/coordination-requests', 'jointOffice').expect(200);
    expect(after.body.items.map((i: { petitionId: string }) => i.petitionId)).not.toContain(petitionId);
    expect((await w.get(`/api/v1/cases/${petitionId}`, ECOLOGY).expect(200)).body.coordination.status).toBe('convened');
  });
});
