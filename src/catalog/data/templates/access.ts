/**
 * Control templates — logical access (prefix ACC). Assay's own wording, written for a 20–500 person SaaS
 * company that runs on AWS or GCP, keeps code in GitHub and signs its workforce in through an identity provider.
 */
import type { ControlTemplate } from '../../types.js';

export const ACCESS_TEMPLATES: ControlTemplate[] = [
  {
    id: 'ACC-01',
    title: 'Workforce sign-in goes through the central identity provider (SSO)',
    description:
      'IT connects every in-scope business and production tool (cloud consoles, GitHub, monitoring, ticketing, HR and finance systems) to the company identity provider using SAML or OIDC, so people sign in with one managed identity. Local passwords on connected tools are disabled where the tool allows it, and any tool that cannot use SSO is recorded as an exception with a compensating measure.',
    domain: 'Access control',
    criteria: [
      { id: 'CC6.1', relation: 'primary' },
      { id: 'CC6.2', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'it',
    evidence: [
      'Export of the identity provider application catalogue showing each in-scope tool and its SSO protocol',
      'Screenshots of SSO-enforced or password-login-disabled settings for a sample of connected tools',
      'SSO exception register listing tools without SSO, their owner and the compensating measure',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Compare the system inventory of in-scope tools with the identity provider application list and note any tool not federated.',
      },
      {
        method: 'inspection',
        step: 'For a sample of federated tools, inspect the authentication settings to confirm password sign-in is disabled or restricted to break-glass accounts.',
      },
      {
        method: 'inspection',
        step: 'Inspect the SSO exception register and confirm each exception is approved and has a documented compensating measure.',
      },
    ],
    iso27001: ['A.5.16', 'A.5.17', 'A.8.5'],
  },
  {
    id: 'ACC-02',
    title: 'Multi-factor authentication is enforced for workforce and admin access',
    description:
      'The identity provider, cloud provider consoles and the GitHub organisation require a second factor for every user, with phishing-resistant factors (security keys or platform passkeys) required for administrators. Enforcement is a tenant-wide policy, so an account without an enrolled factor cannot complete sign-in.',
    domain: 'Access control',
    criteria: [
      { id: 'CC6.1', relation: 'primary' },
      { id: 'CC6.6', relation: 'primary' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'it',
    evidence: [
      'Identity provider sign-on policy showing MFA required for all users and phishing-resistant factors for admins',
      'GitHub organisation security settings showing two-factor authentication required',
      'Cloud console report (for example an IAM credential report or Workspace 2-Step Verification report) listing MFA status per user',
      'Automated check history showing zero users without MFA during the period',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the MFA enforcement policy in the identity provider, GitHub and each cloud provider and confirm it applies to all users without exclusion groups (test of one).',
      },
      {
        method: 'inspection',
        step: 'Inspect a system-generated MFA status report as of a date in the period and confirm every active account has a registered factor.',
      },
      { method: 'observation', step: 'Observe a sign-in attempt by a test user without a second factor and confirm access is refused.' },
      {
        method: 'inspection',
        step: 'Inspect the change history of the MFA policies and confirm any change during the period followed the change-management process.',
      },
    ],
    iso27001: ['A.8.5', 'A.5.17'],
  },
  {
    id: 'ACC-03',
    title: 'Each person uses a unique named account; shared logins are prohibited',
    description:
      'Every person who touches production or customer data uses an individual account tied to their identity provider identity, so actions can be attributed. A daily automated check matches accounts in cloud consoles, GitHub and databases to active identities and flags unmatched or generic accounts; the only permitted shared credentials are sealed break-glass accounts.',
    domain: 'Access control',
    criteria: [
      { id: 'CC6.1', relation: 'primary' },
      { id: 'CC6.2', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'daily',
    ownerFunction: 'security',
    evidence: [
      'Output of the account-to-identity matching job for a date in the period',
      'List of flagged unmatched or generic accounts with their resolution tickets',
      'Break-glass account register showing custodian, storage location and last-use review',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the configuration of the matching job, including the systems it covers and how it flags accounts with no matching identity.',
      },
      {
        method: 'reperformance',
        step: 'Export user lists from two in-scope systems and match them to the identity provider; compare the result with the job output for the same day.',
      },
      { method: 'inspection', step: 'For a sample of flagged accounts, inspect the ticket showing the account was removed or justified.' },
    ],
    iso27001: ['A.5.16', 'A.8.5'],
  },
  {
    id: 'ACC-04',
    title: 'New access is requested in a ticket and approved by the system owner',
    description:
      'Access to in-scope systems beyond the default role bundle is requested through the ticketing or access-request tool, stating the system, role and business need. The named system owner (or the requester’s manager for birthright access) approves before IT or the owner grants it, and the ticket records who granted the access and when.',
    domain: 'Access control',
    criteria: [
      { id: 'CC6.2', relation: 'primary' },
      { id: 'CC6.3', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'it',
    evidence: [
      'Access request tickets showing requester, system, role, approver and approval timestamp',
      'System owner register naming the approver for each in-scope system',
      'Audit log entries from the target system showing the grant date after the approval date',
    ],
    testProcedures: [
      {
        method: 'inquiry',
        step: 'Ask IT and two system owners how access is requested, approved and granted, and who may approve for each system.',
      },
      {
        method: 'inspection',
        step: 'From a system-generated list of accounts created or elevated during the period, select a sample and inspect the request ticket for each.',
      },
      {
        method: 'inspection',
        step: 'For each sampled grant, confirm the approver is the designated owner, is not the requester, and approved before the access was granted.',
      },
    ],
    iso27001: ['A.5.15', 'A.5.18', 'A.5.16'],
  },
  {
    id: 'ACC-05',
    title: 'Role-based access groups map each job function to its permissions',
    description:
      'Security maintains a role matrix that maps each job function to identity provider groups and, through them, to permission sets in cloud accounts, GitHub teams and business tools, so new joiners receive a standard bundle instead of copied access. Engineering and security leadership review the matrix once a year and when teams are reorganised.',
    domain: 'Access control',
    criteria: [
      { id: 'CC6.3', relation: 'primary' },
      { id: 'CC6.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'security',
    evidence: [
      'Current role matrix with group names and mapped permission sets',
      'Record of the annual matrix review with reviewer names, date and changes made',
      'Identity provider group export showing the groups in the matrix exist as documented',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the role matrix and confirm it covers every in-scope system.' },
      { method: 'inspection', step: 'Inspect evidence that the matrix was reviewed and approved within the last twelve months.' },
      {
        method: 'reperformance',
        step: 'For a sample of employees, compare their identity provider group membership with the groups the matrix assigns to their job function.',
      },
    ],
    iso27001: ['A.5.15', 'A.5.18'],
  },
  {
    id: 'ACC-06',
    title: 'Access is revoked within one business day of a departure',
    description:
      'When HR records a departure, an offboarding ticket is created automatically and IT suspends the identity provider account by the end of the person’s last working day, then removes any remaining accounts that are not SSO-federated, keys and tokens within one business day. Involuntary departures are actioned immediately at notice.',
    domain: 'Access control',
    criteria: [
      { id: 'CC6.2', relation: 'primary' },
      { id: 'CC6.3', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'it',
    evidence: [
      'HR system termination report for the period',
      'Offboarding tickets with checklist items completed and timestamps',
      'Identity provider audit log showing account suspension date and time',
      'Removal evidence for systems outside SSO (for example cloud access keys, database users)',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Obtain the HR termination report for the period and select a sample of leavers.' },
      {
        method: 'inspection',
        step: 'For each leaver, compare the termination date with the identity provider suspension timestamp and confirm it is within the one-business-day target.',
      },
      {
        method: 'inspection',
        step: 'For each leaver, inspect user lists of non-federated in-scope systems as of the test date to confirm no active account remains.',
      },
    ],
    iso27001: ['A.5.18', 'A.6.5', 'A.5.11'],
  },
  {
    id: 'ACC-07',
    title: 'HR, identity provider and app accounts are reconciled daily via SCIM',
    description:
      'The HR system is the source of truth for who works at the company; it feeds the identity provider, which provisions and deprovisions accounts in connected apps over SCIM. A daily automated reconciliation compares active HR records, identity provider users and accounts in GitHub and cloud providers, and opens a ticket for any orphaned or unexpected account.',
    domain: 'Access control',
    criteria: [
      { id: 'CC6.2', relation: 'primary' },
      { id: 'CC6.3', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'daily',
    ownerFunction: 'it',
    evidence: [
      'SCIM provisioning configuration for each connected application',
      'Daily reconciliation job configuration and run history',
      'Tickets raised for orphaned accounts, with closure notes',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the HR-to-identity-provider integration and SCIM settings and confirm deactivation in HR propagates to connected apps (test of one).',
      },
      {
        method: 'inspection',
        step: 'Inspect the reconciliation job run history and confirm it ran on each day in a sample of weeks across the period.',
      },
      {
        method: 'inspection',
        step: 'For a sample of discrepancies the job raised, inspect the ticket to confirm the account was removed or justified.',
      },
    ],
    iso27001: ['A.5.16', 'A.5.18'],
  },
  {
    id: 'ACC-08',
    title: 'Quarterly user access review of production and in-scope systems',
    description:
      'Every quarter security exports current user and permission lists from the cloud providers, GitHub, production databases and other in-scope systems, and each system owner confirms every account is still needed at its current level. Removals are ticketed and completed within ten business days, and the completed review is retained with sign-off.',
    domain: 'Access control',
    criteria: [
      { id: 'CC6.3', relation: 'primary' },
      { id: 'CC6.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'quarterly',
    ownerFunction: 'security',
    evidence: [
      'System-generated user listings used for the review, with extraction date',
      'Review worksheet or access-review tool record with reviewer decisions per account',
      'Tickets for access removed as a result of the review, with completion dates',
      'Reviewer sign-off for each system',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Select a sample of quarters and systems and inspect the completed review, including reviewer, date and decision for each account.',
      },
      {
        method: 'reperformance',
        step: 'Confirm the user listing used was complete by comparing it with a listing extracted directly from the system for the same date.',
      },
      {
        method: 'inspection',
        step: 'For accounts marked for removal, inspect the system or ticket to confirm removal was completed within the stated timeframe.',
      },
      { method: 'inspection', step: 'Confirm that no reviewer approved their own access without a second reviewer.' },
    ],
    iso27001: ['A.5.18', 'A.5.15'],
  },
  {
    id: 'ACC-09',
    title: 'Production admin rights are granted just in time and expire automatically',
    description:
      'Engineers hold read-only production roles by default. Write or admin access to production accounts, Kubernetes clusters or databases is requested through a just-in-time elevation tool that records the reason, requires approval from another engineer for high-risk roles and expires after a few hours.',
    domain: 'Access control',
    criteria: [
      { id: 'CC6.3', relation: 'primary' },
      { id: 'CC6.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'security',
    evidence: [
      'Elevation tool configuration showing eligible roles, approval rules and maximum session length',
      'Elevation log for the period with requester, approver, reason and expiry',
      'Cloud IAM export showing no standing admin assignments outside break-glass accounts',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the elevation tool configuration for maximum duration and approval requirements (test of one).',
      },
      {
        method: 'inspection',
        step: 'Inspect a cloud IAM export as of a date in the period and confirm standing admin rights are limited to approved break-glass accounts.',
      },
      {
        method: 'inspection',
        step: 'For a sample of elevation events, confirm a reason was recorded, required approvals were obtained and the grant expired on schedule.',
      },
    ],
    iso27001: ['A.8.2', 'A.5.15', 'A.5.18'],
  },
  {
    id: 'ACC-10',
    title: 'Cloud root and organisation owner accounts are locked down and watched',
    description:
      'The AWS root users and GCP organisation or super-admin accounts have hardware-key MFA, no access keys and credentials held in a sealed vault with two custodians. Any sign-in to these accounts raises an immediate alert to security, who confirm the use was planned and record it.',
    domain: 'Access control',
    criteria: [
      { id: 'CC6.1', relation: 'primary' },
      { id: 'CC6.3', relation: 'supporting' },
      { id: 'CC7.2', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'security',
    evidence: [
      'Credential report showing root or super-admin accounts with hardware MFA and no access keys',
      'Alert rule definition for root or super-admin sign-in',
      'Log of root or super-admin use during the period with the justification recorded for each',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the credential report or admin console to confirm MFA is set and no programmatic keys exist for root or super-admin accounts.',
      },
      {
        method: 'inspection',
        step: 'Inspect the alert rule for root sign-in and a triggered test alert showing it reached the security channel (test of one).',
      },
      {
        method: 'inspection',
        step: 'Compare cloud audit logs of root sign-ins during the period with the justification log and confirm each use was recorded.',
      },
    ],
    iso27001: ['A.8.2', 'A.8.5', 'A.5.17'],
  },
  {
    id: 'ACC-11',
    title: 'Service accounts and API keys are inventoried, owned and rotated',
    description:
      'Engineering keeps an inventory of non-human identities (cloud IAM roles and service accounts, CI tokens, GitHub apps, integration API keys) with an owner and purpose for each. Workloads use short-lived credentials such as workload identity or OIDC federation where possible; remaining static keys are rotated at least every 90 days and the inventory is reviewed each quarter.',
    domain: 'Access control',
    criteria: [
      { id: 'CC6.1', relation: 'primary' },
      { id: 'CC6.3', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'quarterly',
    ownerFunction: 'engineering',
    evidence: [
      'Service account and API key inventory with owner, purpose, credential type and last rotation date',
      'Cloud report of access key ages as of a date in the period',
      'Quarterly review record with actions taken on unused or over-privileged identities',
    ],
    testProcedures: [
      {
        method: 'reperformance',
        step: 'Export service accounts and access keys from the cloud providers and GitHub and confirm each appears in the inventory with an owner.',
      },
      { method: 'inspection', step: 'Inspect key ages and confirm static keys older than the rotation limit have an approved exception.' },
      {
        method: 'inspection',
        step: 'Inspect the quarterly review records for a sample of quarters and follow up removals of unused identities.',
      },
    ],
    iso27001: ['A.5.16', 'A.5.17', 'A.8.2'],
  },
  {
    id: 'ACC-12',
    title: 'Password and session rules are enforced centrally by the identity provider',
    description:
      'The identity provider enforces the company authentication standard: a minimum length of 12 characters, screening against known breached passwords, lockout after repeated failures and session lifetimes limited to a working day for admin apps. Staff use the company password manager for any credential that is not behind SSO.',
    domain: 'Access control',
    criteria: [
      { id: 'CC6.1', relation: 'primary' },
      { id: 'CC6.6', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'it',
    evidence: [
      'Identity provider password policy settings',
      'Session and lockout policy settings for admin applications',
      'Password manager admin report showing licensed and active users',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the identity provider password, lockout and session policies and compare them with the documented authentication standard (test of one).',
      },
      {
        method: 'inspection',
        step: 'Inspect the policy change log for the period and confirm changes were approved through change management.',
      },
      {
        method: 'inspection',
        step: 'Compare the password manager user report with the active employee list and follow up staff without an account.',
      },
    ],
    iso27001: ['A.5.17', 'A.8.5'],
  },
  {
    id: 'ACC-13',
    title: 'Access is adjusted when someone changes role or team',
    description:
      'When HR records a transfer or role change, the identity provider moves the person to the groups of the new role and IT raises a ticket for the previous and new managers to confirm which old permissions must be removed. Access no longer needed is removed within five business days of the effective date.',
    domain: 'Access control',
    criteria: [
      { id: 'CC6.3', relation: 'primary' },
      { id: 'CC6.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'it',
    evidence: [
      'HR report of role changes and transfers in the period',
      'Role-change tickets showing manager confirmation and removed permissions',
      'Identity provider group membership history for the people who moved',
    ],
    testProcedures: [
      { method: 'inquiry', step: 'Ask IT and HR how role changes are communicated and how old access is identified for removal.' },
      {
        method: 'inspection',
        step: 'For a sample of role changes from the HR report, inspect the ticket and group membership history to confirm old access was removed within five business days.',
      },
      { method: 'inspection', step: 'Confirm the sampled people hold no groups that the role matrix reserves for their previous role.' },
    ],
    iso27001: ['A.5.18', 'A.6.5'],
  },
  {
    id: 'ACC-14',
    title: 'Customer sign-in to the product is protected and tenants are isolated',
    description:
      'The product authenticates customer users with salted, slow password hashing or customer SSO, offers and lets tenant admins require MFA, and rate-limits sign-in attempts. Every data access path checks the caller’s tenant, and automated tests in CI assert that one tenant cannot read another tenant’s records.',
    domain: 'Access control',
    criteria: [
      { id: 'CC6.1', relation: 'primary' },
      { id: 'CC6.6', relation: 'supporting' },
      { id: 'C1.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Application authentication configuration (hash algorithm and cost, MFA options, rate limits)',
      'Cross-tenant authorisation test suite and its latest CI results',
      'Latest penetration test section covering authentication and tenant isolation',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the authentication code or configuration for password hashing, MFA support and sign-in rate limiting.',
      },
      {
        method: 'observation',
        step: 'Observe a test user in one tenant attempt to retrieve another tenant’s record through the API and confirm the request is refused.',
      },
      { method: 'inspection', step: 'Inspect CI results for a sample of releases and confirm the tenant-isolation tests ran and passed.' },
    ],
    iso27001: ['A.8.5', 'A.8.3', 'A.8.26'],
  },
];
