/**
 * Control templates — business continuity (prefix BCP): planning for business disruption and insurance
 * (CC9.1), backups, redundancy and environmental protection of recovery infrastructure (A1.2), and
 * testing that recovery actually works (A1.3). Assay's own wording.
 */
import type { ControlTemplate } from '../../types.js';

export const CONTINUITY_TEMPLATES: ControlTemplate[] = [
  {
    id: 'BCP-01',
    title: 'Business impact analysis sets recovery time and data-loss targets',
    description:
      'Operations and engineering leads identify the services and business processes customers depend on, estimate the impact of losing each over time, and set a recovery time objective and recovery point objective for each one. Leadership approves the analysis every year.',
    domain: 'Business continuity',
    criteria: [
      { id: 'CC9.1', relation: 'primary' },
      { id: 'A1.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'operations',
    evidence: [
      'Business impact analysis with RTO and RPO per service',
      'Leadership approval record',
      'Comparison of targets with customer service level commitments',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the business impact analysis for approval within the period and RTO and RPO values for each critical service.',
      },
      { method: 'reperformance', step: 'Compare the RTO values with availability commitments in customer agreements and note conflicts.' },
    ],
    iso27001: ['A.5.29', 'A.5.30'],
  },
  {
    id: 'BCP-02',
    title: 'Business continuity and disaster recovery plan is approved each year',
    description:
      'The operations lead maintains a plan describing who declares a disruption, how staff keep working, how production is restored in another region, and how customers are kept informed. The plan is reviewed and approved by leadership annually and kept where it is reachable during an outage.',
    domain: 'Business continuity',
    criteria: [
      { id: 'CC9.1', relation: 'primary' },
      { id: 'A1.2', relation: 'supporting' },
      { id: 'CC7.5', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'operations',
    evidence: [
      'Continuity and recovery plan with version and approval date',
      'Recovery runbooks referenced by the plan',
      'Evidence of an offline or out-of-band copy of the plan',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the plan for leadership approval within the period and for roles, declaration criteria and recovery steps.',
      },
      {
        method: 'inquiry',
        step: 'Inquire of the operations lead where the plan is kept and how it can be reached if primary systems are down.',
      },
    ],
    iso27001: ['A.5.29', 'A.5.30'],
  },
  {
    id: 'BCP-03',
    title: 'Insurance cover is reviewed yearly against risks and contract terms',
    description:
      'Finance reviews cyber liability, technology errors and omissions, and other relevant insurance each year with a broker. The review checks that limits match the risk assessment and the minimum levels promised in customer contracts, and records decisions to change cover.',
    domain: 'Business continuity',
    criteria: [
      { id: 'CC9.1', relation: 'primary' },
      { id: 'CC3.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'finance',
    evidence: [
      'Current insurance certificates and policy schedules',
      'Annual coverage review memo or broker report',
      'List of contractual minimum insurance requirements',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the insurance certificates for cover in force throughout the period.' },
      {
        method: 'reperformance',
        step: 'Compare the policy limits with the highest contractual minimums in customer agreements and note any shortfall.',
      },
    ],
    iso27001: ['A.5.31'],
  },
  {
    id: 'BCP-04',
    title: 'Emergency contact tree and crisis communication templates are kept current',
    description:
      'The operations lead maintains a contact tree for leadership, on-call engineers and key vendors, plus pre-approved message templates for staff and customers. Both are checked every six months, including a test that contact details still work.',
    domain: 'Business continuity',
    criteria: [
      { id: 'CC9.1', relation: 'primary' },
      { id: 'CC2.3', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'semi_annual',
    ownerFunction: 'operations',
    evidence: [
      'Emergency contact tree with review date',
      'Crisis message templates for staff and customers',
      'Record of the semi-annual contact test',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the contact tree and templates for reviews in each half of the period.' },
      {
        method: 'reperformance',
        step: 'Compare the contact tree with the current on-call roster and leadership list and note outdated entries.',
      },
    ],
    iso27001: ['A.5.29'],
  },
  {
    id: 'BCP-05',
    title: 'Single points of failure and vendor concentration are reviewed yearly',
    description:
      'Engineering and operations review the production architecture and business tools each year to find components, vendors or people whose failure would stop service. Each finding gets a mitigation, such as a secondary provider, redundancy or documented workaround, or a recorded acceptance.',
    domain: 'Business continuity',
    criteria: [
      { id: 'CC9.1', relation: 'primary' },
      { id: 'CC9.2', relation: 'supporting' },
      { id: 'A1.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'engineering',
    evidence: ['Single point of failure review document', 'Mitigation or acceptance for each finding', 'Tickets tracking mitigation work'],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the review for completion during the period and a mitigation or acceptance for each finding.',
      },
      { method: 'inspection', step: 'Trace a sample of mitigations to tickets and confirm progress.' },
    ],
    iso27001: ['A.5.30', 'A.8.14'],
  },
  {
    id: 'BCP-06',
    title: 'Production databases are backed up automatically every day',
    description:
      'Every production database and file store is backed up automatically at least daily, with point-in-time recovery where the service supports it. Retention is defined in infrastructure code and meets the recovery point objectives and retention commitments.',
    domain: 'Business continuity',
    criteria: [
      { id: 'A1.2', relation: 'primary' },
      { id: 'CC9.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'daily',
    ownerFunction: 'engineering',
    evidence: [
      'Backup configuration for each production data store',
      'Backup job history or snapshot list for the period',
      'Infrastructure code defining retention',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect backup configuration for each production data store and confirm daily frequency and defined retention (test of one).',
      },
      {
        method: 'inspection',
        step: 'Inspect the backup history for a sample of days across the period and confirm successful completion.',
      },
    ],
    iso27001: ['A.8.13'],
  },
  {
    id: 'BCP-07',
    title: 'Failed backup jobs alert on-call and are resolved within one business day',
    description:
      'The monitoring system raises an alert to the on-call engineer whenever a backup job fails or a backup is missing. The engineer opens a ticket, reruns or fixes the job and records the cause, with resolution expected within one business day.',
    domain: 'Business continuity',
    criteria: [
      { id: 'A1.2', relation: 'primary' },
      { id: 'CC7.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'engineering',
    evidence: [
      'Alert rule configuration for backup failures',
      'Alert history for the period',
      'Tickets for each failure with cause and resolution time',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the alert rule and confirm it targets the on-call rotation.' },
      {
        method: 'inspection',
        step: 'For a sample of backup failure alerts, inspect the related ticket and confirm resolution within one business day.',
      },
    ],
    iso27001: ['A.8.13', 'A.8.16'],
  },
  {
    id: 'BCP-08',
    title: 'Backups are encrypted and copied to an isolated account and region',
    description:
      'Backups are encrypted and copied automatically to a separate cloud account in a different region, protected by write-once or deletion-lock settings. Only a small break-glass group can reach that account, so one compromised production credential cannot delete both data and backups.',
    domain: 'Business continuity',
    criteria: [
      { id: 'A1.2', relation: 'primary' },
      { id: 'CC6.1', relation: 'supporting' },
      { id: 'C1.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Cross-account and cross-region copy configuration',
      'Encryption and deletion-lock settings on the backup vault',
      'Access list for the backup account',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the backup copy configuration and vault settings for encryption, a separate region and deletion lock.',
      },
      { method: 'inspection', step: 'Inspect the backup account access list and confirm it is limited to the approved group.' },
      {
        method: 'observation',
        step: 'Observe an attempt to delete a locked backup with a production administrator role and confirm it is refused.',
      },
    ],
    iso27001: ['A.8.13', 'A.8.24'],
  },
  {
    id: 'BCP-09',
    title: 'Source code and key business records are copied outside their main provider',
    description:
      'A scheduled job copies all source code repositories, infrastructure code and exports of key business records (customer contracts, billing data, the control evidence store) to storage run by a different provider. The job runs weekly and Engineering is alerted if a copy fails or is older than ten days.',
    domain: 'Business continuity',
    criteria: [
      { id: 'A1.2', relation: 'primary' },
      { id: 'CC9.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'weekly',
    ownerFunction: 'engineering',
    evidence: [
      'Job definition listing the repositories and record exports included',
      'Run history of the copy job for the period',
      'Alert configuration for failed or stale copies',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the job definition and confirm it covers every repository in the source control organisation.',
      },
      { method: 'inspection', step: 'Inspect the run history for a sample of weeks and any alerts raised for failures.' },
      { method: 'observation', step: 'Observe an engineer retrieving a repository from the secondary copy and opening a recent commit.' },
    ],
    iso27001: ['A.8.13', 'A.5.30'],
  },
  {
    id: 'BCP-10',
    title: 'Step-by-step recovery procedures are kept for every critical service',
    description:
      'For each service rated critical in the business impact analysis, Engineering keeps a recovery procedure next to its code that states the backups used, restore commands, dependencies to bring up first and checks that confirm the service is healthy. Procedures are reviewed every six months and after each recovery test.',
    domain: 'Business continuity',
    criteria: [
      { id: 'A1.2', relation: 'primary' },
      { id: 'A1.3', relation: 'supporting' },
      { id: 'CC7.5', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'semi_annual',
    ownerFunction: 'engineering',
    evidence: [
      'Recovery procedures for each critical service with last-reviewed dates',
      'Critical service list from the business impact analysis',
      'Change history showing updates after recovery tests',
    ],
    testProcedures: [
      {
        method: 'reperformance',
        step: 'Compare the critical services in the business impact analysis with the recovery procedures and identify services without one.',
      },
      {
        method: 'inspection',
        step: 'For a sample of procedures, inspect reviews in each half of the period and updates after the latest test.',
      },
    ],
    iso27001: ['A.5.30', 'A.5.37'],
  },
  {
    id: 'BCP-11',
    title: 'Automated check flags production data stores without backups',
    description:
      'An automated check scans all production accounts daily for databases, volumes and buckets that lack a backup plan or point-in-time recovery. New stores found without backups open a ticket for the owning team.',
    domain: 'Business continuity',
    criteria: [
      { id: 'A1.2', relation: 'primary' },
      { id: 'CC4.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'daily',
    ownerFunction: 'engineering',
    evidence: [
      'Check definition and scope (accounts and resource types)',
      'Check result history for the period',
      'Tickets opened for unprotected data stores',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the check definition and confirm it covers all production accounts and data store types.' },
      {
        method: 'reperformance',
        step: 'List production data stores as of a date in the period and confirm each was covered by backup or flagged by the check.',
      },
    ],
    iso27001: ['A.8.13'],
  },
  {
    id: 'BCP-12',
    title: 'Backups are restored in a test every quarter and the data checked',
    description:
      'Each quarter an engineer restores a recent backup of a production database into an isolated environment, checks row counts and a sample of records against the source, and records how long the restore took against the recovery time objective.',
    domain: 'Business continuity',
    criteria: [
      { id: 'A1.3', relation: 'primary' },
      { id: 'A1.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'quarterly',
    ownerFunction: 'engineering',
    evidence: [
      'Restore test records with date, backup used and duration',
      'Integrity check results (row counts, sample record comparison)',
      'Tickets for any issues found',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect restore test records for a sample of two quarters and confirm integrity checks were performed.',
      },
      {
        method: 'observation',
        step: 'Observe a restore test being performed, or reperform one with the engineer, and compare the duration with the RTO.',
      },
    ],
    iso27001: ['A.8.13'],
  },
  {
    id: 'BCP-13',
    title: 'Annual disaster recovery exercise fails production over to another region',
    description:
      'Once a year Engineering performs a recovery exercise in which production, or a full-scale copy of it, is rebuilt in a secondary region from backups and infrastructure code. Actual recovery time and data loss are measured against the targets and the results are reported to leadership.',
    domain: 'Business continuity',
    criteria: [
      { id: 'A1.3', relation: 'primary' },
      { id: 'CC9.1', relation: 'supporting' },
      { id: 'CC7.5', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'engineering',
    evidence: ['Exercise plan and scope', 'Exercise report with measured recovery time and data loss', 'Leadership review of results'],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the exercise report for the period and compare the measured recovery time and data loss with the targets.',
      },
      { method: 'inquiry', step: 'Inquire of the participants how the exercise scope was chosen and what did not go as planned.' },
    ],
    iso27001: ['A.5.30', 'A.8.14'],
  },
  {
    id: 'BCP-14',
    title: 'Leadership tabletop tests the continuity plan against a realistic scenario',
    description:
      'Each year the operations lead runs a tabletop exercise in which leadership and key staff walk through a disruption scenario, such as the loss of a critical vendor, a prolonged regional cloud outage or the main office becoming unusable. The session tests decision-making, communications and staff continuity, and gaps are recorded.',
    domain: 'Business continuity',
    criteria: [
      { id: 'CC9.1', relation: 'primary' },
      { id: 'A1.3', relation: 'primary' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'operations',
    evidence: ['Scenario description and attendee list', 'Exercise notes and after-action report', 'Plan updates made from the findings'],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the after-action report for the period and confirm leadership attendance.' },
      { method: 'inspection', step: 'Trace a sample of gaps identified in the exercise to plan updates or tracked actions.' },
    ],
    iso27001: ['A.5.29', 'A.5.30'],
  },
  {
    id: 'BCP-15',
    title: 'Recovery test findings are tracked to closure and the plan is updated',
    description:
      'Problems found during restore tests, recovery exercises or real outages are logged with an owner and due date, and the continuity plan and runbooks are updated within 30 days. The operations lead reviews open items monthly until closed.',
    domain: 'Business continuity',
    criteria: [
      { id: 'A1.3', relation: 'primary' },
      { id: 'CC4.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'operations',
    evidence: ['Findings log from recovery tests and exercises', 'Runbook and plan change history', 'Monthly review notes of open items'],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the findings log for owners and due dates on each item raised in the period.' },
      {
        method: 'inspection',
        step: 'For a sample of findings, inspect the corresponding plan or runbook change and confirm it was made within 30 days.',
      },
    ],
    iso27001: ['A.5.30'],
  },
];
