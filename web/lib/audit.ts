// The audit log's entry shape and plain-language names for its actions (shared by the overview and the log).
import type { Schema } from './api';

export type AuditEntry = Schema<'AuditEntry'>;

const NAMES: Record<string, string> = {
  'org.created': 'Organization created',
  'org.updated': 'Organization renamed',
  'member.added': 'Member added',
  'member.removed': 'Member removed',
  'member.role_changed': 'Role changed',
  'member.joined_via_sso': 'Joined through single sign-on',
  'invitation.created': 'Invitation sent',
  'invitation.accepted': 'Invitation accepted',
  'invitation.revoked': 'Invitation revoked',
  'session.signin': 'Signed in',
  'session.signout': 'Signed out',
  'user.created': 'Account created',
  'user.locked': 'Account locked after failed sign-ins',
  'user.password_changed': 'Password changed',
  'user.signin_link_issued': 'One-time sign-in link issued',
  'token.created': 'API token created',
  'token.revoked': 'API token revoked',
  'sso.configured': 'Single sign-on settings changed',
  'job.retried': 'Background job retried',
  'scope.updated': 'Scope changed',
  'system_description.updated': 'System description edited',
  'controls.adopted': 'Control templates adopted',
  'control.created': 'Custom control created',
  'control.updated': 'Control edited',
  'control.owner_assigned': 'Control owner assigned',
  'control.status_changed': 'Control status changed',
  'control.criteria_changed': 'Control criteria changed',
  'control.deactivated': 'Control deactivated',
  'control.activated': 'Control activated',
  'task.created': 'Task created',
  'task.updated': 'Task updated',
  'task.commented': 'Task comment added',
  'tasks.created_from_gaps': 'Tasks created from readiness gaps',
  'catalog.official_texts_imported': 'Licensed criterion texts imported',
  'catalog.official_texts_deleted': 'Licensed criterion texts removed',
};

/** "invitation.created" → "Invitation sent"; unknown actions get a readable fallback. */
export function actionName(action: string): string {
  if (NAMES[action]) return NAMES[action];
  const text = action.replace(/[._]/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The one detail worth showing next to an entry, when the summary has one (an email, a name, a role). */
export function summaryHint(summary: Record<string, unknown>): string | undefined {
  for (const key of ['email', 'name', 'role', 'method', 'code', 'title']) {
    const v = summary[key];
    if (typeof v === 'string' && v) return v.replace(/_/g, ' ');
  }
  return undefined;
}
