// Organizations, members and invitations as the API answers them.
import type { ApiResponse, Schema } from '../../lib/api';

export type Organization = Schema<'Organization'>;
export type Member = Schema<'Member'>;
export type Invitation = Schema<'Invitation'>;
export type InvitationStatus = Invitation['status'];
export type InviteResult = ApiResponse<'post', '/invitations'>;
export type InvitationLookup = ApiResponse<'get', '/invitations/lookup'>;
