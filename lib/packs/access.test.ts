import { describe, expect, it } from 'vitest';
import { ROLES } from '../auth/policy';
import { mayReadPack } from './access';

describe('who may read a published pack', () => {
  it('lets anyone read a public pack, signed in or not', () => {
    expect(mayReadPack(null, 'public')).toBe(true);
    for (const role of ROLES) expect(mayReadPack({ id: 'u', roles: [role] }, 'public')).toBe(true);
  });

  it('keeps a members-only pack for signed-in viewers, executives and admins', () => {
    expect(mayReadPack(null, 'members_only')).toBe(false);
    expect(mayReadPack({ id: 'u', roles: ['lead'] }, 'members_only')).toBe(false);
    expect(mayReadPack({ id: 'u', roles: [] }, 'members_only')).toBe(false);
    for (const role of ['viewer', 'executive', 'admin'] as const) expect(mayReadPack({ id: 'u', roles: [role] }, 'members_only')).toBe(true);
    expect(mayReadPack({ id: 'u', roles: ['lead', 'viewer'] }, 'members_only')).toBe(true);
  });
});
