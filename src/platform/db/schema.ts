/** Table types for Kysely. Instants are ISO-8601 UTC strings in both databases. */
export interface OrganizationsTable {
  id: string;
  name: string;
  slug: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  failed_signins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface MembershipsTable {
  id: string;
  org_id: string;
  user_id: string;
  role: string;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  active_org_id: string | null;
  /** Set for sessions opened through an organization's SSO: they only ever act in that organization. */
  pinned_org_id: string | null;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface InvitationsTable {
  id: string;
  org_id: string;
  email: string;
  role: string;
  token_hash: string;
  invited_by: string;
  status: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
}

export interface ApiTokensTable {
  id: string;
  org_id: string;
  name: string;
  role: string;
  token_hash: string;
  last_four: string;
  created_by: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface OneTimeLinksTable {
  id: string;
  purpose: string;
  token_hash: string;
  user_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AuditEntriesTable {
  id: string;
  chain: string;
  seq: number;
  org_id: string | null;
  actor_type: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string;
  target_id: string | null;
  summary: string;
  ip: string | null;
  user_agent: string | null;
  created_at: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadsTable {
  chain: string;
  seq: number;
  hash: string;
}

export interface SsoConfigsTable {
  org_id: string;
  enabled: number;
  issuer: string;
  client_id: string;
  client_secret_enc: string | null;
  auto_join_domains: string;
  auto_join_role: string;
  updated_at: string;
}

/** An identity at an organization's provider (issuer + subject) linked to an account on its first sign-in. */
export interface SsoIdentitiesTable {
  org_id: string;
  issuer: string;
  subject: string;
  user_id: string;
  /** The email the provider asserted last time. */
  email: string;
  created_at: string;
  last_seen_at: string;
}

export interface SsoStatesTable {
  id: string;
  org_id: string;
  code_verifier: string;
  nonce: string;
  created_at: string;
  expires_at: string;
}

export interface DataKeysTable {
  org_id: string;
  wrapped_key: string;
  master_key_id: string;
  created_at: string;
}

export interface JobsTable {
  id: string;
  name: string;
  payload: string;
  state: string;
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_by: string | null;
  locked_at: string | null;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface JobSchedulesTable {
  name: string;
  cron: string;
  payload: string;
  updated_at: string;
}

export interface OrgProfilesTable {
  org_id: string;
  legal_name: string;
  website: string;
  industry: string;
  headcount: string;
  /** JSON array of category ids in scope; security is always present. */
  categories: string;
  /** JSON document of the system description (DC1–DC9). */
  system_description: string;
  updated_at: string;
}

export interface ControlsTable {
  id: string;
  org_id: string;
  template_id: string | null;
  code: string;
  title: string;
  description: string;
  domain: string;
  nature: string;
  frequency: string;
  owner_function: string;
  owner_id: string | null;
  status: string;
  status_reason: string | null;
  active: number;
  deactivated_reason: string | null;
  /** JSON array of evidence descriptions. */
  evidence: string;
  /** JSON array of { method, step }. */
  test_procedures: string;
  created_at: string;
  updated_at: string;
}

export interface ControlCriteriaTable {
  org_id: string;
  control_id: string;
  criterion_id: string;
  relation: string;
}

export interface ControlIsoTable {
  org_id: string;
  control_id: string;
  iso_id: string;
}

export interface ControlStatusHistoryTable {
  id: string;
  org_id: string;
  control_id: string;
  from_status: string | null;
  to_status: string;
  reason: string | null;
  actor_label: string;
  created_at: string;
}

export interface TasksTable {
  id: string;
  org_id: string;
  title: string;
  description: string;
  control_id: string | null;
  criterion_id: string | null;
  gap_key: string | null;
  owner_id: string | null;
  due_date: string | null;
  status: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
}

export interface TaskCommentsTable {
  id: string;
  org_id: string;
  task_id: string;
  author_id: string | null;
  author_label: string;
  body: string;
  created_at: string;
}

export interface ReadinessSnapshotsTable {
  org_id: string;
  day: string;
  overall: number;
  /** JSON: { categories: {id: pct}, frameworks: {soc2: pct, iso27001: pct}, criteriaReady: n, criteriaTotal: n } */
  detail: string;
  created_at: string;
}

export interface CriterionTextsTable {
  org_id: string;
  criterion_id: string;
  official_text: string;
  /** JSON array of point-of-focus texts. */
  points_of_focus: string;
  source: string;
  imported_at: string;
}

export interface RateLimitsTable {
  key: string;
  hits: number;
  /** Milliseconds since the epoch when the window ends. */
  reset_at: number;
}

export interface Database {
  organizations: OrganizationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  api_tokens: ApiTokensTable;
  one_time_links: OneTimeLinksTable;
  audit_entries: AuditEntriesTable;
  audit_heads: AuditHeadsTable;
  sso_configs: SsoConfigsTable;
  sso_states: SsoStatesTable;
  sso_identities: SsoIdentitiesTable;
  data_keys: DataKeysTable;
  jobs: JobsTable;
  job_schedules: JobSchedulesTable;
  org_profiles: OrgProfilesTable;
  controls: ControlsTable;
  control_criteria: ControlCriteriaTable;
  control_iso: ControlIsoTable;
  control_status_history: ControlStatusHistoryTable;
  tasks: TasksTable;
  task_comments: TaskCommentsTable;
  readiness_snapshots: ReadinessSnapshotsTable;
  criterion_texts: CriterionTextsTable;
  rate_limits: RateLimitsTable;
}
