import request from 'supertest';
import type { MongoClient } from 'mongodb';
import { signDevToken } from '@sunshine/auth';
import { createIdempotentProducer } from '@sunshine/messaging';
import { connectMongo, eventFor, publishEvent, startServiceApp, testKafka, testNamespace, waitUntil, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service';

// A 1×1 JPEG and a PNG header: real magic bytes.
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAA//EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AN//Z',
  'base64',
);

describe('intake: who may see a petitioner and their evidence', () => {
  const namespace = testNamespace('disclose');
  const kafka = testKafka();
  const producer = createIdempotentProducer(kafka);
  let service: TestServiceApp;
  let mongo: MongoClient;
  let unitA: string;
  let unitB: string;
  let leader: string;
  let supervisor: string;

  beforeAll(async () => {
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, { INTAKE_PUBLIC_RATE_LIMIT: '100000' });
    await producer.connect();
    mongo = await connectMongo();
    [unitA, unitB, leader, supervisor] = await Promise.all([
      signDevToken({ roles: ['unit'], unitId: 'town-fulu', subject: 'staff-fulu-1' }),
      signDevToken({ roles: ['unit'], unitId: 'town-niushi' }),
      signDevToken({ roles: ['leader'] }),
      signDevToken({ roles: ['supervisor'] }),
    ]);
  });

  afterAll(async () => {
    await producer.disconnect();
    await service?.close();
    await mongo?.db(`${namespace}_intake`).dropDatabase();
    await mongo?.close();
  });

  async function submitAndAssign(body: Record<string, unknown>, unitId = 'town-fulu', extra: Record<string, unknown> = {}) {
    const receipt = (await request(service.server).post('/api/v1/petitions').send(body).expect(201)).body;
    const assigned = eventFor('petition.assigned', receipt.petitionId, {
      caseNumber: receipt.caseNumber,
      leadUnitId: unitId,
      leadUnitName: '福禄镇人民政府',
      confidential: Boolean(body.confidential),
      ...extra,
    });
    await publishEvent(producer, namespace, assigned);
    await waitUntil(
      () => mongo.db(`${namespace}_intake`).collection('petitions').findOne({ _id: receipt.petitionId }),
      (doc) => Boolean(doc?.assignment),
      { message: 'the assignment known to intake' },
    );
    return receipt;
  }

  const petition = {
    subject: '福禄镇敬老院伙食差',
    text: '福禄镇敬老院的老人反映伙食长期很差，希望镇上督促改善。',
    petitioner: { name: '陈建国', phone: '138-0833-1234', idNumber: '11010519491231002X', address: '福禄镇新街12号' },
  };

  it('reveals contact details to the assigned unit only, and audits the disclosure first', async () => {
    const receipt = await submitAndAssign(petition);
    const url = `/api/v1/petitions/${receipt.petitionId}/contact-reveal`;
    await request(service.server).post(url).set('Authorization', `Bearer ${unitB}`).send({ reason: '想了解情况' }).expect(404);
    await request(service.server).post(url).set('Authorization', `Bearer ${leader}`).send({ reason: '想了解情况' }).expect(403);
    await request(service.server).post(url).set('Authorization', `Bearer ${unitA}`).send({}).expect(400);
    const revealed = await request(service.server).post(url).set('Authorization', `Bearer ${unitA}`).send({ reason: '电话回访核实伙食改善情况' }).expect(200);
    expect(revealed.body).toEqual({ name: '陈建国', phone: '+8613808331234', address: '福禄镇新街12号' });
    expect(JSON.stringify(revealed.body)).not.toContain('11010519491231002X'); // an ID number is not a contact detail

    const log = await request(service.server).get(`/api/v1/audit/disclosures?petitionId=${receipt.petitionId}`).set('Authorization', `Bearer ${supervisor}`).expect(200);
    expect(log.body.intact).toBe(true);
    expect(log.body.entries).toEqual([
      expect.objectContaining({ actor: 'staff-fulu-1', unitId: 'town-fulu', action: 'contact-revealed', petitionId: receipt.petitionId, reason: '电话回访核实伙食改善情况' }),
    ]);
    await request(service.server).get('/api/v1/audit/disclosures').set('Authorization', `Bearer ${unitA}`).expect(403);
  });

  it('never reveals a confidential reporter, nor their evidence, to any unit', async () => {
    const upload = await request(service.server).post('/api/v1/attachments').attach('file', JPEG, 'photo.jpg').expect(201);
    const receipt = await submitAndAssign({
      ...petition,
      subject: '举报福禄镇某站所负责人收受好处费',
      text: '福禄镇某站所负责人在审批中收受好处费，请纪检部门调查。',
      confidential: true,
      attachmentIds: [upload.body.id],
    });
    await request(service.server)
      .post(`/api/v1/petitions/${receipt.petitionId}/contact-reveal`)
      .set('Authorization', `Bearer ${unitA}`)
      .send({ reason: '核实情况需要联系举报人' })
      .expect(403)
      .expect((r) => expect(r.body.code).toBe('DISCLOSURE.IDENTITY_SEALED'));
    await request(service.server)
      .get(`/api/v1/petitions/${receipt.petitionId}/attachments/${upload.body.id}`)
      .set('Authorization', `Bearer ${unitA}`)
      .expect(403);
    // The unit's list says the evidence is sealed and names none of it.
    const listed = await request(service.server).get(`/api/v1/petitions/${receipt.petitionId}/attachments`).set('Authorization', `Bearer ${unitA}`).expect(200);
    expect(listed.body).toEqual({ sealed: true, items: [] });
    // The joint office may examine the evidence.
    const jointOffice = await signDevToken({ roles: ['joint-office'] });
    const examined = await request(service.server).get(`/api/v1/petitions/${receipt.petitionId}/attachments`).set('Authorization', `Bearer ${jointOffice}`).expect(200);
    expect(examined.body).toEqual({ sealed: false, items: [{ id: upload.body.id, contentType: 'image/jpeg', size: JPEG.length }] });
    const file = await request(service.server)
      .get(`/api/v1/petitions/${receipt.petitionId}/attachments/${upload.body.id}`)
      .set('Authorization', `Bearer ${jointOffice}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(Buffer.compare(file.body as Buffer, JPEG)).toBe(0);
  });

  it('lists a petition\'s evidence to the unit it is assigned to, without file names, and to no other unit', async () => {
    const upload = await request(service.server).post('/api/v1/attachments').attach('file', JPEG, '陈建国的照片.jpg').expect(201);
    const receipt = await submitAndAssign({ ...petition, subject: '福禄镇敬老院屋顶漏雨', text: '福禄镇敬老院屋顶漏雨，照片附后，请尽快维修。', attachmentIds: [upload.body.id] });
    const url = `/api/v1/petitions/${receipt.petitionId}/attachments`;
    const listed = await request(service.server).get(url).set('Authorization', `Bearer ${unitA}`).expect(200);
    expect(listed.body).toEqual({ sealed: false, items: [{ id: upload.body.id, contentType: 'image/jpeg', size: JPEG.length }] });
    expect(JSON.stringify(listed.body)).not.toContain('陈建国');
    await request(service.server).get(url).set('Authorization', `Bearer ${unitB}`).expect(404);
    await request(service.server).get('/api/v1/petitions/not-a-uuid/attachments').set('Authorization', `Bearer ${unitA}`).expect(400);
  });

  it('never reveals contact details to an assisting unit (协办): only the lead unit calls the petitioner', async () => {
    const receipt = await submitAndAssign({ ...petition, subject: '福禄镇敬老院供暖不足', text: '福禄镇敬老院冬天供暖不足，老人们很冷，希望镇上和民政部门尽快解决。' }, 'town-fulu', {
      assistingUnitIds: ['town-niushi'],
    });
    const url = `/api/v1/petitions/${receipt.petitionId}/contact-reveal`;
    const refused = await request(service.server).post(url).set('Authorization', `Bearer ${unitB}`).send({ reason: '协办需要联系信访人' }).expect(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'DISCLOSURE.LEAD_UNIT_ONLY' });
    expect(JSON.stringify(refused.body)).not.toContain('陈建国');
    // The refusal wrote nothing to the audit chain; the lead unit's reveal is the only entry.
    await request(service.server).post(url).set('Authorization', `Bearer ${unitA}`).send({ reason: '电话回访' }).expect(200);
    const log = await request(service.server).get(`/api/v1/audit/disclosures?petitionId=${receipt.petitionId}`).set('Authorization', `Bearer ${supervisor}`).expect(200);
    expect(log.body.entries).toEqual([expect.objectContaining({ unitId: 'town-fulu', action: 'contact-revealed' })]);
  });

  it('never reveals a reporter routing sealed as 检举控告 though nobody ticked the box, nor their evidence', async () => {
    const upload = await request(service.server).post('/api/v1/attachments').attach('file', JPEG, 'photo.jpg').expect(201);
    const receipt = await submitAndAssign(
      { ...petition, subject: '反映福禄镇城管队长', text: '福禄镇城管中队的队长向摊贩索要好处费。', attachmentIds: [upload.body.id] },
      'discipline-commission',
      { confidential: true, kind: 'report', accusedUnitIds: ['law-enforcement-bureau'] },
    );
    const lead = await signDevToken({ roles: ['unit'], unitId: 'discipline-commission' });
    await request(service.server)
      .post(`/api/v1/petitions/${receipt.petitionId}/contact-reveal`)
      .set('Authorization', `Bearer ${lead}`)
      .send({ reason: '核实情况需要联系举报人' })
      .expect(403)
      .expect((r) => expect(r.body.code).toBe('DISCLOSURE.IDENTITY_SEALED'));
    await request(service.server).get(`/api/v1/petitions/${receipt.petitionId}/attachments/${upload.body.id}`).set('Authorization', `Bearer ${lead}`).expect(403);
  });

  it('checks attachments by their bytes, their size and their number, and lets one petition claim each', async () => {
    await request(service.server).post('/api/v1/attachments').attach('file', Buffer.from('MZ\x90\x00 this is a program'), 'photo.jpg').expect(415);
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0);
    JPEG.copy(big);
    await request(service.server).post('/api/v1/attachments').attach('file', big, 'big.jpg').expect(413);
    await request(service.server).post('/api/v1/attachments').expect(400);

    const ids = await Promise.all(
      Array.from({ length: 6 }, async () => (await request(service.server).post('/api/v1/attachments').attach('file', JPEG, 'p.jpg').expect(201)).body.id as string),
    );
    await request(service.server).post('/api/v1/petitions').send({ ...petition, attachmentIds: ids }).expect(400);
    const first = await request(service.server).post('/api/v1/petitions').send({ ...petition, attachmentIds: ids.slice(0, 2) }).expect(201);
    const stolen = await request(service.server).post('/api/v1/petitions').send({ ...petition, attachmentIds: [ids[1], ids[2]] }).expect(400);
    expect(stolen.body.code).toBe('ATTACHMENT.NOT_AVAILABLE');
    // The refused petition took nothing: the third attachment is still free.
    await request(service.server).post('/api/v1/petitions').send({ ...petition, attachmentIds: [ids[2]] }).expect(201);
    const stored = await mongo.db(`${namespace}_intake`).collection('petitions').findOne({ _id: first.body.petitionId });
    expect(stored?.attachments).toEqual([
      { id: ids[0], contentType: 'image/jpeg', size: JPEG.length },
      { id: ids[1], contentType: 'image/jpeg', size: JPEG.length },
    ]);
  });
});
