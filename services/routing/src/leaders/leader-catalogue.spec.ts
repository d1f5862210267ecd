import { join } from 'node:path';
import { checkLeaderCatalogue, escalationLeaders, loadLeaderCatalogue, mailboxLeaderOf, parseEscalationLeaders } from './leader-catalogue';

const shipped = loadLeaderCatalogue(join(__dirname, '../catalogue/leaders.json'));

describe('the leader catalogue', () => {
  it('ships the Party secretary and the district head with their mailboxes, and the deputy heads', () => {
    expect(shipped.leaders).toEqual(
      expect.arrayContaining([
        { id: 'party-secretary', name: '区委书记', office: '区委', mailbox: 'secretary-mailbox' },
        { id: 'district-head', name: '区长', office: '区政府', mailbox: 'head-mailbox' },
        expect.objectContaining({ id: 'leader-deputy-head-1' }),
      ]),
    );
    expect(shipped.leaders.length).toBeGreaterThanOrEqual(4);
  });

  it('sends a letter to a leader’s mailbox to that leader and other channels to nobody in particular', () => {
    expect(mailboxLeaderOf(shipped, 'secretary-mailbox')).toBe('party-secretary');
    expect(mailboxLeaderOf(shipped, 'head-mailbox')).toBe('district-head');
    expect(mailboxLeaderOf(shipped, 'web')).toBeUndefined();
  });

  it('refuses bad ids, repeated ids, incomplete leaders and a mailbox given to two leaders', () => {
    const leader = { id: 'party-secretary', name: '区委书记', office: '区委' };
    expect(() => checkLeaderCatalogue({ version: '1', leaders: [{ ...leader, id: 'Party Secretary' }] })).toThrow('bad or repeated');
    expect(() => checkLeaderCatalogue({ version: '1', leaders: [leader, leader] })).toThrow('bad or repeated');
    expect(() => checkLeaderCatalogue({ version: '1', leaders: [{ ...leader, name: '' }] })).toThrow('name and an office');
    expect(() => checkLeaderCatalogue({ version: '1', leaders: [] })).toThrow('required');
    expect(() =>
      checkLeaderCatalogue({
        version: '1',
        leaders: [
          { ...leader, mailbox: 'secretary-mailbox' },
          { id: 'district-head', name: '区长', office: '区政府', mailbox: 'secretary-mailbox' },
        ],
      }),
    ).toThrow('mailbox');
    expect(() => checkLeaderCatalogue({ version: '1', leaders: [{ ...leader, mailbox: 'fax' as never }] })).toThrow('mailbox');
  });
});

describe('who an escalation notifies', () => {
  const configured = parseEscalationLeaders(shipped, 'party-secretary, district-head');

  it('notifies the configured leaders and the leader in charge, each once', () => {
    expect(escalationLeaders(shipped, configured)).toEqual(['party-secretary', 'district-head']);
    expect(escalationLeaders(shipped, configured, 'leader-deputy-head-1')).toEqual(['party-secretary', 'district-head', 'leader-deputy-head-1']);
    expect(escalationLeaders(shipped, configured, 'district-head')).toEqual(['party-secretary', 'district-head']);
  });

  it('leaves out a leader in charge the catalogue does not know, and refuses an unknown configured leader', () => {
    expect(escalationLeaders(shipped, configured, 'someone-else')).toEqual(['party-secretary', 'district-head']);
    expect(() => parseEscalationLeaders(shipped, 'party-secretary,mayor')).toThrow('mayor');
    expect(parseEscalationLeaders(shipped, '')).toEqual([]);
  });
});
