import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import type { MongoClient } from 'mongodb';
import { Topics } from '@sunshine/contracts';
import { physicalTopic } from '@sunshine/messaging';
import { connectMongo, EventCollector, startServiceApp, testKafka, testNamespace, waitUntil, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service';

const run = promisify(execFile);
const CLIENTS = join(__dirname, 'fixtures/open311-clients');
const REQUIREMENTS = join(CLIENTS, 'requirements.txt');
const API_KEY = 'python-client-key-000000';

/**
 * A throwaway virtualenv with the pinned PyPI clients, kept in the temp dir between runs (keyed
 * by the requirements), so only the first run downloads them.
 */
async function pythonWithClients(): Promise<string> {
  const venv = join(tmpdir(), `sunshine-open311-clients-${createHash('sha256').update(readFileSync(REQUIREMENTS)).digest('hex').slice(0, 12)}`);
  const python = join(venv, 'bin', 'python');
  const ready = join(venv, '.installed');
  if (!existsSync(ready)) {
    await run('python3', ['-m', 'venv', venv]);
    await run(join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', '-r', REQUIREMENTS], { timeout: 240_000 });
    writeFileSync(ready, new Date().toISOString());
  }
  return python;
}

describe('intake Open311 endpoint, driven by independent Python clients from PyPI (georeport, three)', () => {
  const namespace = testNamespace('o311py');
  let service: TestServiceApp;
  let server: Server;
  let events: EventCollector;
  let mongo: MongoClient;
  let python: string;

  beforeAll(async () => {
    python = await pythonWithClients();
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, {
      INTAKE_PUBLIC_RATE_LIMIT: '100000',
      INTAKE_OPEN311_API_KEYS: API_KEY,
    });
    server = service.server.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    events = await new EventCollector(testKafka(namespace), [physicalTopic({ namespace }, Topics.intake)]).start();
    mongo = await connectMongo();
  }, 300_000);

  afterAll(async () => {
    await events?.stop();
    server?.close();
    await service?.close();
    await mongo?.db(`${namespace}_intake`).dropDatabase();
    await mongo?.close();
  });

  it('lets both clients discover, list, define, post with a photo, read back and resolve the token; a wrong key is 403', async () => {
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/open311/v2`;
    const photo = join(__dirname, 'fixtures/waterlogging-photo.jpg');
    const { stdout } = await run(python, [join(CLIENTS, 'check_clients.py'), endpoint, API_KEY, 'shawan.gov.cn', photo], { timeout: 120_000 }).catch(
      (error: { stdout?: string; stderr?: string }) => {
        throw new Error(`the Python clients failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
      },
    );
    const seen = JSON.parse(stdout);
    const id = seen.posted[0].service_request_id as string;
    expect(id).toMatch(/^SW-\d{4}-\d{6}$/);
    expect(seen.request).toMatchObject({ service_request_id: id, service_code: seen.service_code, address: '沙湾区滨江路88号垃圾站旁' });
    expect(seen.georeport_xml).toMatchObject({ service_request_id: id, status: 'open', service_code: seen.service_code });
    expect(seen.refused).toEqual([{ code: 403, description: expect.stringContaining('api_key') }]);

    // What the clients posted became one petition on the open311 channel, with the photo, and
    // the reporter's details sealed.
    const event = (await waitUntil(
      () => events.events('petition.registered').find((e) => e.payload.caseNumber === id),
      (e) => Boolean(e),
      { message: 'petition.registered for the posted request' },
    ))!;
    expect(event.payload).toMatchObject({ channel: 'open311', sourceRef: seen.posted[0].token, attachments: [{ contentType: 'image/jpeg', size: 751 }] });
    const everything = JSON.stringify(event) + stdout + (await request(server).get('/open311/v2/requests.xml')).text;
    for (const secret of ['13981230002', 'wang.fang@example.cn', '王芳']) expect(everything).not.toContain(secret);
    expect(await mongo.db(`${namespace}_intake`).collection('petitions').countDocuments({ channel: 'open311' })).toBe(1);
  });
});
