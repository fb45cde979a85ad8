// Who may do what (product.md, "Users and roles"), as data: for each action, the roles that may
// take it and the conditions that must hold. Every page, server action and route handler asks
// `authorize` before it shows or changes anything; nothing else decides.
export const ROLES = ['lead', 'executive', 'admin', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** A month's life: entered, reviewed by the chief executive, signed off, published to the committee. */
export const PERIOD_STATES = ['open', 'in_review', 'approved', 'published'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];

export type Actor = { id: string; roles: readonly Role[] };

/** What an action is about; each condition reads the parts it needs. */
export type Resource = {
  /** The owner of the measure an entry belongs to. */
  measureOwnerId?: string | null;
  periodState?: PeriodState;
  /** Whether the measure is still reported on: a retired measure's figures are history. */
  measureActive?: boolean;
  /** The entry's status: a returned entry may be changed by its lead while its month is in review. */
  entryStatus?: 'draft' | 'submitted' | 'returned' | null;
  /** Everyone who submitted figures in the period (for maker-checker). */
  submitterIds?: readonly string[];
  /** How many active executives there are (maker-checker's exception). */
  activeExecutives?: number;
  /** The user an action changes (for actions on oneself). */
  userId?: string;
  /**
   * The month is an earlier year's figures loaded as history (`figures:import --history`): signed
   * off as imported, never reviewed, published or reopened here.
   */
  importedHistory?: boolean;
};

type Condition =
  | 'ownsMeasure'
  | 'measureActive'
  | 'entryReturned'
  | 'periodOpen'
  | 'periodInReview'
  | 'periodApproved'
  | 'periodSignedOff'
  | 'periodReported'
  | 'makerChecker'
  | 'self';

type Rule = { roles: readonly Role[]; when?: readonly Condition[] };

const everyone = ROLES;
const staff = ['lead', 'executive', 'admin'] as const;

export const POLICY = {
  // Reading
  'measures.view': [{ roles: everyone }],
  'packs.view': [{ roles: everyone }],
  // A pack published for members only (exempt information): committee members and the company's
  // executives and performance team. A lead reads the public packs, as anyone may.
  'packs.viewMembersOnly': [{ roles: ['viewer', 'executive', 'admin'] }],
  'entries.view': [{ roles: staff }], // draft figures: never a committee viewer
  'audit.view': [{ roles: ['executive', 'admin'] }],
  'review.view': [{ roles: ['executive', 'admin'] }], // a month's figures with its flags, before sign-off: never a viewer
  // A lead's month
  // …and, while the month is in review, an entry the chief executive returned to them.
  'entry.edit': [
    { roles: ['lead'], when: ['ownsMeasure', 'measureActive', 'periodOpen'] },
    { roles: ['lead'], when: ['ownsMeasure', 'measureActive', 'periodInReview', 'entryReturned'] },
    { roles: ['admin'], when: ['measureActive', 'periodOpen'] },
    { roles: ['admin'], when: ['measureActive', 'periodInReview', 'entryReturned'] },
  ],
  'entry.submit': [
    { roles: ['lead'], when: ['ownsMeasure', 'measureActive', 'periodOpen'] },
    { roles: ['lead'], when: ['ownsMeasure', 'measureActive', 'periodInReview', 'entryReturned'] },
    { roles: ['admin'], when: ['measureActive', 'periodOpen'] },
    { roles: ['admin'], when: ['measureActive', 'periodInReview', 'entryReturned'] },
  ],
  // The chief executive's review
  'period.closeForReview': [{ roles: ['executive', 'admin'], when: ['periodOpen'] }],
  // Imported history is never in review; `periodReported` says so here too, so no path reaches it.
  'entry.return': [{ roles: ['executive'], when: ['periodInReview', 'periodReported'] }],
  'period.signOff': [{ roles: ['executive'], when: ['periodInReview', 'makerChecker'] }],
  'period.publish': [{ roles: ['executive'], when: ['periodApproved', 'periodReported'] }],
  'period.reopen': [{ roles: ['executive'], when: ['periodSignedOff', 'periodReported'] }],
  // The performance & intelligence team
  'periods.manage': [{ roles: ['admin'] }],
  'measures.manage': [{ roles: ['admin'] }],
  'targets.manage': [{ roles: ['admin'] }],
  'benchmarks.manage': [{ roles: ['admin'] }],
  'figures.import': [{ roles: ['admin'] }],
  'users.manage': [{ roles: ['admin'] }],
  // Every e-mail the portal has written, and what became of it (issue 16): addresses and messages
  // about everyone's work, so the performance team's alone.
  'outbox.view': [{ roles: ['admin'] }],
  // Anyone signed in, for their own account
  'account.changePassword': [{ roles: everyone, when: ['self'] }],
  // Reminders by e-mail on or off (issue 16); the notices a person's work needs are always sent.
  'account.notices': [{ roles: everyone, when: ['self'] }],
} as const satisfies Record<string, readonly Rule[]>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

export type Decision =
  | { allowed: true; /** Set when maker-checker let the only executive through: audit it. */ soleExecutiveException?: boolean }
  | { allowed: false; reason: string };

function holds(condition: Condition, actor: Actor, resource: Resource): boolean {
  switch (condition) {
    case 'ownsMeasure':
      return !!resource.measureOwnerId && resource.measureOwnerId === actor.id;
    case 'entryReturned':
      return resource.entryStatus === 'returned';
    case 'measureActive':
      // Only a measure known to be active: a resource that does not say is not assumed to be.
      return resource.measureActive === true;
    case 'periodOpen':
      return resource.periodState === 'open';
    case 'periodInReview':
      return resource.periodState === 'in_review';
    case 'periodApproved':
      return resource.periodState === 'approved';
    case 'periodSignedOff':
      return resource.periodState === 'approved' || resource.periodState === 'published';
    case 'periodReported':
      // A month reported through the product, not an earlier year's imported history.
      return resource.importedHistory !== true;
    case 'makerChecker':
      return !(resource.submitterIds ?? []).includes(actor.id) || (resource.activeExecutives ?? 0) <= 1;
    case 'self':
      return resource.userId === actor.id;
  }
}

const rulesForRoles = (actor: Actor, action: Action): readonly Rule[] =>
  (POLICY[action] as readonly Rule[]).filter((rule) => rule.roles.some((role) => actor.roles.includes(role)));

/**
 * May this person's roles take this action at all, whatever it is taken on? Asked before anything
 * else is looked at, so someone who may never do it learns nothing about their input or the data.
 */
export function authorizeRole(actor: Actor | null | undefined, action: Action): Decision {
  if (!actor) return { allowed: false, reason: `anonymous: ${action}` };
  if (rulesForRoles(actor, action).length === 0) return { allowed: false, reason: `no role of [${actor.roles.join(', ')}] may ${action}` };
  return { allowed: true };
}

/** May this person take this action on this resource? Anonymous people may do nothing here. */
export function authorize(actor: Actor | null | undefined, action: Action, resource: Resource = {}): Decision {
  const byRoleOnly = authorizeRole(actor, action);
  if (!actor || !byRoleOnly.allowed) return byRoleOnly;
  const byRole = rulesForRoles(actor, action);
  const passing = byRole.find((rule) => (rule.when ?? []).every((c) => holds(c, actor, resource)));
  if (!passing) {
    const failed = byRole.flatMap((rule) => (rule.when ?? []).filter((c) => !holds(c, actor, resource)));
    return { allowed: false, reason: `${action}: ${[...new Set(failed)].join(', ')} not met` };
  }
  const soleExecutiveException =
    (passing.when as readonly Condition[] | undefined)?.includes('makerChecker') &&
    (resource.submitterIds ?? []).includes(actor.id);
  return soleExecutiveException ? { allowed: true, soleExecutiveException: true } : { allowed: true };
}

export const can = (actor: Actor | null | undefined, action: Action, resource?: Resource): boolean =>
  authorize(actor, action, resource).allowed;

// Who sees what: the decisions pages used to make for themselves.

/** Which measures a person's lists of work show: a lead's own, or every measure for the performance team and the chief executive. */
export type MeasureScope = 'own' | 'all';

export function measureScope(actor: Actor): MeasureScope {
  const seesAll = actor.roles.includes('admin') || actor.roles.includes('executive');
  return actor.roles.includes('lead') && !seesAll ? 'own' : 'all';
}
