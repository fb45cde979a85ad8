// The access matrix, written out as a table: every role and anonymous × every action, with the
// resource states that matter. Any allow not in the table fails.
import { describe, expect, it } from 'vitest';
import { ACTIONS, authorize, authorizeRole, measureScope, type Action, type Actor, type Resource, type Role } from './policy';

const ME = '00000000-0000-4000-8000-000000000001';
const SOMEONE_ELSE = '00000000-0000-4000-8000-000000000002';
const who = (...roles: Role[]): Actor => ({ id: ME, roles });

type Who = 'anonymous' | Role;
const PEOPLE: Record<Who, Actor | null> = {
  anonymous: null,
  lead: who('lead'),
  executive: who('executive'),
  admin: who('admin'),
  viewer: who('viewer'),
};

/** The resources each action is tried on, by name. */
const open = { periodState: 'open', measureActive: true } as const;
const SCENARIOS: Record<string, Resource> = {
  none: {},
  'own measure, open period': { ...open, measureOwnerId: ME },
  "another's measure, open period": { ...open, measureOwnerId: SOMEONE_ELSE },
  'own retired measure, open period': { ...open, measureActive: false, measureOwnerId: ME },
  'own measure, in review': { periodState: 'in_review', measureOwnerId: ME },
  'own returned entry, in review': { periodState: 'in_review', measureOwnerId: ME, measureActive: true, entryStatus: 'returned' },
  "another's returned entry, in review": { periodState: 'in_review', measureOwnerId: SOMEONE_ELSE, measureActive: true, entryStatus: 'returned' },
  'own submitted entry, in review': { periodState: 'in_review', measureOwnerId: ME, measureActive: true, entryStatus: 'submitted' },
  'own returned entry, approved': { periodState: 'approved', measureOwnerId: ME, measureActive: true, entryStatus: 'returned' },
  'own measure, approved': { periodState: 'approved', measureOwnerId: ME },
  'own measure, published': { periodState: 'published', measureOwnerId: ME },
  'in review, not a submitter': { periodState: 'in_review', submitterIds: [SOMEONE_ELSE], activeExecutives: 2 },
  'in review, a submitter, another executive exists': { periodState: 'in_review', submitterIds: [ME], activeExecutives: 2 },
  'in review, a submitter, the only executive': { periodState: 'in_review', submitterIds: [ME], activeExecutives: 1 },
  open: { ...open },
  approved: { periodState: 'approved' },
  published: { periodState: 'published' },
  'imported history': { periodState: 'approved', importedHistory: true },
  'imported history, own measure': { periodState: 'approved', importedHistory: true, measureOwnerId: ME, measureActive: true },
  self: { userId: ME },
  'someone else': { userId: SOMEONE_ELSE },
};

/** Every allow, and only those. Anything not listed must be denied. */
const ALLOWED: Partial<Record<Action, Partial<Record<Who, string[]>>>> = {
  'measures.view': { lead: ['*'], executive: ['*'], admin: ['*'], viewer: ['*'] },
  'packs.view': { lead: ['*'], executive: ['*'], admin: ['*'], viewer: ['*'] },
  'packs.viewMembersOnly': { executive: ['*'], admin: ['*'], viewer: ['*'] },
  'entries.view': { lead: ['*'], executive: ['*'], admin: ['*'] },
  'audit.view': { executive: ['*'], admin: ['*'] },
  'review.view': { executive: ['*'], admin: ['*'] },
  'entry.edit': {
    lead: ['own measure, open period', 'own returned entry, in review'],
    admin: ['own measure, open period', "another's measure, open period", 'open', 'own returned entry, in review', "another's returned entry, in review"],
  },
  'entry.submit': {
    lead: ['own measure, open period', 'own returned entry, in review'],
    admin: ['own measure, open period', "another's measure, open period", 'open', 'own returned entry, in review', "another's returned entry, in review"],
  },
  'period.closeForReview': {
    executive: ['own measure, open period', "another's measure, open period", 'own retired measure, open period', 'open'],
    admin: ['own measure, open period', "another's measure, open period", 'own retired measure, open period', 'open'],
  },
  'entry.return': {
    executive: ['own returned entry, in review', "another's returned entry, in review", 'own submitted entry, in review', 'own measure, in review', 'in review, not a submitter', 'in review, a submitter, another executive exists', 'in review, a submitter, the only executive'],
  },
  'period.signOff': { executive: ['own returned entry, in review', "another's returned entry, in review", 'own submitted entry, in review', 'own measure, in review', 'in review, not a submitter', 'in review, a submitter, the only executive'] },
  'period.publish': { executive: ['own returned entry, approved', 'own measure, approved', 'approved'] },
  'period.reopen': { executive: ['own returned entry, approved', 'own measure, approved', 'own measure, published', 'approved', 'published'] },
  'periods.manage': { admin: ['*'] },
  'measures.manage': { admin: ['*'] },
  'targets.manage': { admin: ['*'] },
  'benchmarks.manage': { admin: ['*'] },
  'figures.import': { admin: ['*'] },
  'users.manage': { admin: ['*'] },
  'outbox.view': { admin: ['*'] },
  'account.changePassword': { lead: ['self'], executive: ['self'], admin: ['self'], viewer: ['self'] },
  'account.notices': { lead: ['self'], executive: ['self'], admin: ['self'], viewer: ['self'] },
};

const cases = ACTIONS.flatMap((action) =>
  (Object.keys(PEOPLE) as Who[]).flatMap((person) =>
    Object.keys(SCENARIOS).map((scenario) => {
      const listed = ALLOWED[action]?.[person] ?? [];
      return { action, person, scenario, expected: listed.includes('*') || listed.includes(scenario) };
    }),
  ),
);

describe('the access policy', () => {
  it('covers every action in the table', () => {
    expect(Object.keys(ALLOWED).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(cases)('$person $action ($scenario) → $expected', ({ action, person, scenario, expected }) => {
    expect(authorize(PEOPLE[person], action, SCENARIOS[scenario]).allowed).toBe(expected);
  });

  it('lets a person with two roles do what either role may', () => {
    const leadAndViewer = who('lead', 'viewer');
    expect(authorize(leadAndViewer, 'entries.view').allowed).toBe(true);
    expect(authorize(leadAndViewer, 'entry.edit', SCENARIOS['own measure, open period']).allowed).toBe(true);
    expect(authorize(who('lead', 'admin'), 'entry.edit', SCENARIOS["another's measure, open period"]).allowed).toBe(true);
  });

  it('marks the only executive signing off their own submissions, so it can be audited', () => {
    expect(authorize(PEOPLE.executive, 'period.signOff', SCENARIOS['in review, a submitter, the only executive'])).toEqual({
      allowed: true,
      soleExecutiveException: true,
    });
    expect(authorize(PEOPLE.executive, 'period.signOff', SCENARIOS['in review, not a submitter'])).toEqual({ allowed: true });
  });

  it('never lets a measure without an owner count as owned', () => {
    expect(authorize(who('lead'), 'entry.edit', { ...open, measureOwnerId: null }).allowed).toBe(false);
  });

  it('keeps a retired measure read-only for everyone, and does not assume a measure is active', () => {
    for (const action of ['entry.edit', 'entry.submit'] as const) {
      for (const actor of [who('lead'), who('admin'), who('lead', 'admin')]) {
        const decision = authorize(actor, action, SCENARIOS['own retired measure, open period']!);
        expect(decision.allowed).toBe(false);
        expect(!decision.allowed && decision.reason).toContain('measureActive');
        expect(authorize(actor, action, { periodState: 'open', measureOwnerId: ME }).allowed).toBe(false);
      }
    }
  });

  it('never publishes, reopens or returns an entry in an earlier year\'s imported history', () => {
    for (const action of ['period.publish', 'period.reopen', 'entry.return'] as const) {
      const decision = authorize(PEOPLE.executive, action, { periodState: action === 'entry.return' ? 'in_review' : 'approved', importedHistory: true });
      expect(decision.allowed).toBe(false);
      expect(!decision.allowed && decision.reason).toContain('periodReported');
    }
    expect(authorize(PEOPLE.executive, 'period.publish', { periodState: 'approved', importedHistory: false }).allowed).toBe(true);
  });

  it('answers by role alone before anything is known about the resource', () => {
    expect(authorizeRole(null, 'users.manage')).toEqual({ allowed: false, reason: 'anonymous: users.manage' });
    expect(authorizeRole(who('viewer'), 'entry.edit').allowed).toBe(false);
    expect(authorizeRole(who('executive'), 'entry.edit').allowed).toBe(false);
    // A lead may edit some entries, so their role passes; the conditions are asked later.
    expect(authorizeRole(who('lead'), 'entry.edit')).toEqual({ allowed: true });
    expect(authorizeRole(who('viewer', 'admin'), 'users.manage')).toEqual({ allowed: true });
  });
});

describe('who sees what', () => {
  // Every combination of roles a person can hold, against the table below.
  const combinations = (['lead', 'executive', 'admin', 'viewer'] as const).reduce<Role[][]>(
    (sets, role) => sets.flatMap((set) => [set, [...set, role]]),
    [[]],
  );
  const has = (roles: Role[], role: Role) => roles.includes(role);

  it.each(combinations.filter((roles) => roles.length > 0).map((roles) => ({ roles: roles.join('+'), list: roles })))(
    '$roles lists the right measures',
    ({ list }) => {
      const actor = { id: ME, roles: list };
      // A lead lists their own measures unless they also see everything as admin or executive.
      const ownOnly = has(list, 'lead') && !has(list, 'admin') && !has(list, 'executive');
      expect(measureScope(actor)).toBe(ownOnly ? 'own' : 'all');
    },
  );

  it('spells out the single roles', () => {
    expect(measureScope(PEOPLE.lead!)).toBe('own');
    expect(measureScope(PEOPLE.admin!)).toBe('all');
    expect(measureScope(PEOPLE.executive!)).toBe('all');
    expect(measureScope(who('lead', 'admin'))).toBe('all');
  });
});
