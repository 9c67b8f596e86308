import type { Role } from '../../lib/roles';

export interface Organization {
  id: string;
  name: string;
  slug: string;
  createdAt: string;
}

export interface Member {
  id: string;
  userId: string;
  email: string;
  name: string;
  role: Role;
  joinedAt: string;
}

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

export interface InviteResult {
  invitation: Invitation;
  emailed: boolean;
  link?: string;
  emailError?: string;
}

export interface InvitationLookup {
  email: string;
  role: Role;
  orgName: string;
  accountExists: boolean;
  expiresAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
