import { DEFAULT_SHAPE } from './dedup-features';
import { checkHash, DedupColumns } from './dedup-columns';
import { type PetitionerIdentity, type StoredPetitionSignature } from './petition-signature';
import { samePerson, worthKeeping } from './scoring-policy';

function stored(columns: DedupColumns, petitionId: string, identity: PetitionerIdentity): number {
  const record: StoredPetitionSignature = {
    petitionId,
    receivedAt: '2024-03-01T09:00:00+08:00',
    channel: 'web',
    identity,
    signature: new Array<number>(DEFAULT_SHAPE.hashes).fill(0),
    shingleCount: 0,
    terms: [],
    keyEntities: [],
    groupId: petitionId,
    state: 'open',
  };
  return columns.append(record, record.signature);
}

/** Identity checks in IDENTITY_KINDS order: phone, idNumber, email, nameAddress. */
const query = (identity: PetitionerIdentity) => [identity.phone, identity.idNumber, identity.email, identity.nameAddress].map((v) => (v ? checkHash(v) : 0));

describe('scoring policy: same person', () => {
  const columns = new DedupColumns(DEFAULT_SHAPE);
  const withPhone = stored(columns, 'p1', { phone: 'A', nameAddress: 'N' });
  const anonymous = stored(columns, 'p2', {});

  it('takes a shared strong key as the same person', () => {
    expect(samePerson(query({ phone: 'A' }), columns, withPhone)).toBe(true);
  });

  it('takes the weak name+address key only when no strong key of the same kind contradicts it', () => {
    expect(samePerson(query({ nameAddress: 'N' }), columns, withPhone)).toBe(true);
    expect(samePerson(query({ phone: 'B', nameAddress: 'N' }), columns, withPhone)).toBe(false);
  });

  it('never takes two anonymous petitions as one person', () => {
    expect(samePerson(query({}), columns, anonymous)).toBe(false);
  });
});

describe('scoring policy: thresholds', () => {
  it('keeps a candidate from 80 % of the threshold that applies to it', () => {
    expect(worthKeeping(0.17, true, 0.2, 0.55)).toBe(true);
    expect(worthKeeping(0.17, false, 0.2, 0.55)).toBe(false);
    expect(worthKeeping(0.45, false, 0.2, 0.55)).toBe(true);
    expect(worthKeeping(0.43, false, 0.2, 0.55)).toBe(false);
  });
});
