// What the users forms say about roles and temporary passwords, in one place for every form.
import { ROLES, type Role } from '@/lib/auth/policy';
import type { CheckboxOption } from '@/app/components/form/checkboxes';

const ROLE_TEXT: Record<Role, { label: string; hint: string }> = {
  lead: { label: 'Lead', hint: 'Enter and submit figures for the measures they own' },
  executive: { label: 'Executive', hint: 'Review, return, sign off and publish' },
  admin: { label: 'Admin', hint: 'Manage measures, targets, users and periods' },
  viewer: { label: 'Viewer', hint: 'Read published packs only' },
};

/** Every role, in the policy's order, with a hint of what it may do. */
export const ROLE_OPTIONS: readonly CheckboxOption[] = ROLES.map((role) => ({ value: role, ...ROLE_TEXT[role] }));

export const roleLabel = (role: Role) => ROLE_TEXT[role].label;

export const TEMPORARY_PASSWORD_HINT =
  'At least 12 characters. Give it to the person yourself, not by e-mail. They will be asked to choose their own when they sign in.';
