import { Catalogue, definitionOf } from './catalogue';
import { createEvent } from './create-event';
import { eventKey } from './envelope';
import { allFixtures, fixtureOf } from './fixtures';
import { AllTopics, deadLetterTopic } from './topics';
import { decodeEvent, parseEvent } from './validation';

const mutate = (type: (typeof Catalogue)[number]['type'], change: (event: Record<string, any>) => void) => {
  const event = fixtureOf(type) as unknown as Record<string, any>;
  change(event);
  return event;
};

describe('the event catalogue', () => {
  it('has one fixture per event type, on the topic of its producer', () => {
    const fixtures = allFixtures();
    expect(fixtures.map((f) => f.type)).toEqual(Catalogue.map((d) => d.type));
    for (const fixture of fixtures) {
      const definition = definitionOf(fixture.type)!;
      expect(definition.topic.startsWith(`${fixture.producer}.`)).toBe(true);
      expect(AllTopics).toContain(definition.topic);
    }
  });

  it.each(Catalogue.map((d) => d.type))('accepts the %s fixture', (type) => {
    const result = parseEvent(fixtureOf(type));
    if (!result.ok) throw new Error(`${result.reason}: ${JSON.stringify(result.problems)}`);
    expect(result.event.type).toBe(type);
  });

  it.each(Catalogue.map((d) => d.type))('rejects a %s whose payload lost a required field', (type) => {
    const definition = definitionOf(type)!;
    const event = fixtureOf(type) as unknown as { payload: Record<string, unknown> };
    const required = Object.keys(event.payload).find((key) => {
      const copy = { ...event.payload };
      delete copy[key];
      return !parseEvent({ ...event, payload: copy }).ok;
    });
    expect(required).toBeDefined();
    delete event.payload[required!];
    const result = parseEvent(event);
    expect(result.ok).toBe(false);
    expect(definition.payload.name).toBeTruthy();
  });

  it('rejects values outside the vocabularies', () => {
    const result = parseEvent(mutate('case.replied', (e) => (e.payload.outcome = 'done')));
    expect(result).toMatchObject({ ok: false, problems: [{ path: 'payload.outcome' }] });
    expect(parseEvent(mutate('feedback.rated', (e) => (e.payload.satisfaction = 'meh'))).ok).toBe(false);
    expect(parseEvent(mutate('petition.registered', (e) => (e.payload.channel = 'fax'))).ok).toBe(false);
  });

  it('rejects broken envelopes', () => {
    expect(parseEvent(mutate('case.accepted', (e) => (e.id = 'not-a-uuid'))).ok).toBe(false);
    expect(parseEvent(mutate('case.accepted', (e) => (e.type = 'case.exploded'))).ok).toBe(false);
    expect(parseEvent(mutate('case.accepted', (e) => (e.version = 2))).ok).toBe(false);
    expect(parseEvent(mutate('case.accepted', (e) => (e.producer = 'someone'))).ok).toBe(false);
    expect(parseEvent(mutate('case.accepted', (e) => (e.occurredAt = 'yesterday'))).ok).toBe(false);
    expect(parseEvent(mutate('case.accepted', (e) => (e.petitionId = null))).ok).toBe(false);
    expect(parseEvent(mutate('case.accepted', (e) => delete e.payload)).ok).toBe(false);
    expect(decodeEvent(Buffer.from('{"id":')).ok).toBe(false);
    expect(decodeEvent(null).ok).toBe(false);
    expect(parseEvent([fixtureOf('case.accepted')]).ok).toBe(false);
  });

  it('rejects nested payload problems and wrong types', () => {
    const badAttachment = mutate('petition.registered', (e) => (e.payload.attachments = [{ id: 'x', size: -1 }]));
    const result = parseEvent(badAttachment);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('payload.attachments.0.size');
    expect(parseEvent(mutate('case.replied', (e) => (e.payload.round = '1'))).ok).toBe(false);
    expect(parseEvent(mutate('petition.assigned', (e) => (e.payload.leadUnitId = 'Housing Bureau'))).ok).toBe(false);
  });

  it('never lets a plaintext phone number pass as a petitioner key', () => {
    const result = parseEvent(mutate('petition.registered', (e) => (e.payload.petitionerKeys.phone = '+8613812345678')));
    expect(result.ok).toBe(false);
  });

  it('tolerates fields added by a newer producer of the same version', () => {
    expect(parseEvent(mutate('case.accepted', (e) => (e.payload.acceptedBy = 'staff-7'))).ok).toBe(true);
  });

  it('keys petition events by petition id and publications by their subject', () => {
    expect(eventKey(fixtureOf('case.accepted'))).toBe(fixtureOf('case.accepted').petitionId);
    expect(eventKey(fixtureOf('appraisal.published'))).toBe('appraisal:AP-2026-Q4');
    expect(deadLetterTopic('handling.events.v1')).toBe('handling.events.v1.dlq');
  });
});

describe('createEvent', () => {
  it('builds a valid envelope with a UUID v7 id', () => {
    const event = createEvent('case.accepted', { petitionId: 'p-1' }, fixtureOf('case.accepted').payload, {
      producer: 'handling',
      correlationId: 'corr-1',
    });
    expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseEvent(event).ok).toBe(true);
  });

  it('refuses to build an invalid event', () => {
    const payload = { ...fixtureOf('case.replied').payload, outcome: 'whatever' };
    expect(() =>
      createEvent('case.replied', { petitionId: 'p-1' }, payload as never, { producer: 'handling', correlationId: 'c' }),
    ).toThrow(/payload.outcome/);
  });
});
