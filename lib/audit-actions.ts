// Every action the audit log records, as `subject.verb`, named once so a typo cannot start a new
// kind of event that no filter or report knows about.
export const AUDIT_ACTIONS = [
  // People and their accounts
  'user.create',
  'user.change_roles',
  'user.deactivate',
  'user.reactivate',
  'user.set_temporary_password',
  'user.sign_out_everywhere',
  'user.change_password',
  'user.change_notice_preferences',
  'user.sign_in',
  'user.sign_in_failed',
  'user.locked_out',
  'user.clear_sign_in_lock',
  'user.sign_out',
  // A lead's month
  'entry.save_draft',
  'entry.submit',
  'entry.withdraw',
  // The chief executive's review and the pack (issue 11)
  'entry.return',
  'entry.resubmit',
  'period.close_for_review',
  'period.sign_off',
  'period.publish',
  'period.reopen',
  // Measures administration (issue 13)
  'measure.create',
  'measure.update',
  'measure.move',
  'measure.deactivate',
  'measure.reactivate',
  // Annual targets (issue 13)
  'target.set',
  'targets.copy_forward',
  // Loading data
  'seed.reference_pack',
  'seed.demo',
  // Administration: months (issue 13)
  'period.open',
  // The figures import (issue 13)
  'figures.import',
  'entry.import',
  // Benchmarks (issue 13)
  'benchmark.add',
  'benchmark.change',
  'benchmark.remove',
  'benchmarks.import',
  'benchmark.import',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
