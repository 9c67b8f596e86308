/**
 * Control templates — system operations (prefix OPS): configuration baselines, vulnerabilities, logging,
 * alerting, intrusion detection and penetration testing. Assay's own wording.
 */
import type { ControlTemplate } from '../../types.js';

export const OPERATIONS_TEMPLATES: ControlTemplate[] = [
  {
    id: 'OPS-01',
    title: 'Hardened configuration baselines are defined for cloud, hosts and images',
    description:
      'Engineering maintains written baselines for cloud accounts, Kubernetes clusters, base container images and managed databases, derived from a recognised benchmark such as CIS and adjusted for the company’s stack. Baselines are encoded in infrastructure code modules and reviewed by security once a year.',
    domain: 'Operations',
    criteria: [
      { id: 'CC7.1', relation: 'primary' },
      { id: 'CC5.2', relation: 'supporting' },
      { id: 'CC8.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'engineering',
    evidence: [
      'Baseline documents for each platform with version and approval',
      'Infrastructure code modules that implement the baselines',
      'Record of the annual security review of the baselines',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the baselines and confirm they cover each production platform and were reviewed within the last twelve months.',
      },
      {
        method: 'inspection',
        step: 'Select a sample of baseline settings and confirm they are implemented in the infrastructure code modules.',
      },
      { method: 'inquiry', step: 'Ask engineering how deviations from the baseline are approved and recorded.' },
    ],
    iso27001: ['A.8.9'],
  },
  {
    id: 'OPS-02',
    title: 'Cloud configuration drift and misconfigurations are detected continuously',
    description:
      'A cloud security posture tool (for example AWS Security Hub with Config rules, GCP Security Command Center or an open-source scanner) evaluates every account against the baselines continuously. New high-severity findings open tickets automatically, and security reviews the open findings each week.',
    domain: 'Operations',
    criteria: [
      { id: 'CC7.1', relation: 'primary' },
      { id: 'CC6.1', relation: 'supporting' },
      { id: 'CC4.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'security',
    evidence: [
      'Posture tool configuration showing enabled standards and accounts covered',
      'Findings report as of a date in the period',
      'Tickets created for high-severity findings with resolution dates',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the posture tool configuration and confirm all production accounts and regions are covered (test of one).',
      },
      {
        method: 'inspection',
        step: 'Inspect the ticket integration and confirm a sample high-severity finding created a ticket automatically.',
      },
      {
        method: 'inspection',
        step: 'For a sample of high-severity findings, confirm they were resolved or risk-accepted within the target time.',
      },
    ],
    iso27001: ['A.8.9', 'A.8.8'],
  },
  {
    id: 'OPS-03',
    title: 'Hosts, containers and cloud services are scanned for vulnerabilities',
    description:
      'An authenticated vulnerability scanner covers production hosts and running container images at least weekly, and images are also scanned when pushed to the registry. External attack-surface scans of public IPs and hostnames run monthly, and results feed the vulnerability tracker automatically.',
    domain: 'Operations',
    criteria: [
      { id: 'CC7.1', relation: 'primary' },
      { id: 'CC6.8', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'weekly',
    ownerFunction: 'security',
    evidence: [
      'Scanner configuration showing scope, schedule and authentication',
      'Scan history for the period',
      'Export of findings synchronised to the vulnerability tracker',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the scanner configuration and confirm the scope matches the production asset inventory (test of one).',
      },
      { method: 'inspection', step: 'Inspect scan history for a sample of weeks and confirm scans completed.' },
      {
        method: 'reperformance',
        step: 'Compare a sample of production hosts and images with the scanner’s asset list to confirm coverage.',
      },
    ],
    iso27001: ['A.8.8'],
  },
  {
    id: 'OPS-04',
    title: 'Vulnerabilities are fixed within severity-based deadlines',
    description:
      'Security triages findings from scanners, dependency alerts, penetration tests and the disclosure programme, and assigns owners with deadlines based on severity (for example critical 7 days, high 30 days, medium 90 days). Each month security reviews overdue items with engineering leadership, and any extension is a documented risk acceptance.',
    domain: 'Operations',
    criteria: [
      { id: 'CC7.1', relation: 'primary' },
      { id: 'CC3.2', relation: 'supporting' },
      { id: 'CC4.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'monthly',
    ownerFunction: 'security',
    evidence: [
      'Vulnerability management standard with severity deadlines',
      'Tracker export showing discovery date, severity, due date and closure date',
      'Monthly overdue review notes',
      'Approved risk acceptances for extended items',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the vulnerability management standard for defined severities and deadlines.' },
      {
        method: 'reperformance',
        step: 'From the tracker, select a sample of critical and high findings raised in the period and recalculate time to fix against the deadline.',
      },
      { method: 'inspection', step: 'For findings fixed late or still open, inspect the approved risk acceptance.' },
      { method: 'inspection', step: 'Inspect monthly review records for a sample of months.' },
    ],
    iso27001: ['A.8.8'],
  },
  {
    id: 'OPS-05',
    title: 'Operating systems and managed services are patched on a schedule',
    description:
      'Node images and hosts are rebuilt from patched base images at least monthly, and managed databases and clusters have maintenance windows with automatic minor-version upgrades. Engineering tracks end-of-life runtimes and engines and plans upgrades before support ends.',
    domain: 'Operations',
    criteria: [
      { id: 'CC7.1', relation: 'primary' },
      { id: 'CC6.8', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'monthly',
    ownerFunction: 'engineering',
    evidence: [
      'Base image rebuild pipeline history',
      'Managed service maintenance window and auto-upgrade settings',
      'List of runtimes and engines with their end-of-support dates and upgrade plan',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the image rebuild history for a sample of months and confirm images were rebuilt on the patched base.',
      },
      { method: 'inspection', step: 'Inspect managed database and cluster settings for maintenance windows and automatic minor upgrades.' },
      {
        method: 'inspection',
        step: 'Inspect the end-of-life tracker and confirm no production component runs an unsupported version without an approved plan.',
      },
    ],
    iso27001: ['A.8.8', 'A.8.19'],
  },
  {
    id: 'OPS-06',
    title: 'Audit and system logs are collected centrally and kept for a year',
    description:
      'Cloud audit logs (CloudTrail in all regions or GCP admin and data access logs), identity provider and GitHub audit logs, load balancer, database and application logs are shipped to a central log platform. Logs are retained for at least one year in write-once storage in a separate account, clocks are synchronised, and access to logs is limited to security and on-call engineers.',
    domain: 'Operations',
    criteria: [
      { id: 'CC7.2', relation: 'primary' },
      { id: 'CC7.3', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'security',
    evidence: [
      'Log source inventory with shipping method per source',
      'Cloud audit trail configuration (all regions, log file validation)',
      'Retention and object-lock settings on the log archive',
      'Access policy for the log platform',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the audit trail configuration and confirm it covers all accounts and regions with integrity validation (test of one).',
      },
      { method: 'inspection', step: 'Inspect the log archive retention and object-lock settings.' },
      {
        method: 'reperformance',
        step: 'Query the log platform for events from a sample of sources on a date early in the period to confirm they were retained.',
      },
    ],
    iso27001: ['A.8.15', 'A.8.17', 'A.5.28'],
  },
  {
    id: 'OPS-07',
    title: 'Security alert rules page the on-call responder',
    description:
      'Security maintains detection rules for high-risk events, such as root sign-in, IAM policy changes, audit logging being disabled, unusual data exports and mass deletions, in the log platform or SIEM. Alerts route to the security on-call through the paging tool with an escalation policy, and each rule is tested when created or changed.',
    domain: 'Operations',
    criteria: [
      { id: 'CC7.2', relation: 'primary' },
      { id: 'CC7.3', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'security',
    evidence: [
      'List of detection rules with severity and routing',
      'Paging tool escalation policy and on-call schedule',
      'Alert history with acknowledgement times',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the detection rule list and confirm rules exist for the high-risk events named in the logging standard.',
      },
      { method: 'observation', step: 'Observe a test event trigger an alert and page the on-call responder (test of one).' },
      { method: 'inspection', step: 'Inspect the on-call schedule for a sample of weeks and confirm there were no coverage gaps.' },
    ],
    iso27001: ['A.8.16', 'A.8.15'],
  },
  {
    id: 'OPS-08',
    title: 'Managed threat detection is enabled in every cloud account',
    description:
      'The cloud provider’s threat detection service (for example GuardDuty or Security Command Center threat detection) is enabled organisation-wide, including newly created accounts, and its findings flow to the security alert pipeline. Disabling the service is prevented by an organisation policy.',
    domain: 'Operations',
    criteria: [
      { id: 'CC7.2', relation: 'primary' },
      { id: 'CC6.6', relation: 'supporting' },
      { id: 'CC6.8', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'security',
    evidence: [
      'Organisation-level threat detection settings with auto-enable for new accounts',
      'Organisation policy preventing the service from being disabled',
      'Finding export and the integration forwarding findings to alerting',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the organisation settings and confirm the service is active in all accounts and regions (test of one).',
      },
      { method: 'inspection', step: 'Inspect the policy that prevents disabling and its change history during the period.' },
      { method: 'inspection', step: 'Inspect a sample finding and confirm it reached the alert pipeline and was triaged.' },
    ],
    iso27001: ['A.8.16', 'A.8.7'],
  },
  {
    id: 'OPS-09',
    title: 'Security signals are reviewed weekly and detections are tuned',
    description:
      'Each week the security on-call reviews alert volume, suppressed and low-severity findings, and dashboards of authentication failures and privilege changes for patterns no single alert caught. Noisy or missing detections are adjusted through tickets, and the review is logged.',
    domain: 'Operations',
    criteria: [
      { id: 'CC7.2', relation: 'primary' },
      { id: 'CC4.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'weekly',
    ownerFunction: 'security',
    evidence: [
      'Weekly review log with reviewer, date and observations',
      'Dashboard snapshots used during the review',
      'Tuning tickets raised from the review',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Select a sample of weeks and inspect the review log entry for each.' },
      { method: 'inspection', step: 'For observations requiring follow-up, inspect the related ticket and its outcome.' },
      { method: 'inquiry', step: 'Ask the security team what the weekly review covers and how findings turn into detection changes.' },
    ],
    iso27001: ['A.8.16', 'A.8.15'],
  },
  {
    id: 'OPS-10',
    title: 'An independent penetration test is performed at least once a year',
    description:
      'A qualified external firm tests the production application, APIs and cloud perimeter at least annually and after major architecture changes, under a written scope and rules of engagement. Findings enter the vulnerability tracker with severity deadlines, and a retest confirms high and critical fixes.',
    domain: 'Operations',
    criteria: [
      { id: 'CC7.1', relation: 'primary' },
      { id: 'CC4.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'security',
    evidence: [
      'Statement of work with scope and rules of engagement',
      'Penetration test report with findings and severities',
      'Tracker entries for findings and the retest letter',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the penetration test report and confirm it was performed by an independent party within the last twelve months and covered the in-scope system.',
      },
      { method: 'inspection', step: 'Trace each high and critical finding to the tracker and to the retest evidence.' },
      {
        method: 'inquiry',
        step: 'Ask security how the scope was chosen and whether major changes since the test triggered additional testing.',
      },
    ],
    iso27001: ['A.8.8', 'A.8.29', 'A.8.34'],
  },
  {
    id: 'OPS-11',
    title: 'Dynamic application scans run weekly against a staging environment',
    description:
      'A dynamic application security scanner crawls the web application and API in a production-like staging environment each week and after major releases, using authenticated test accounts for each role. New medium or higher findings are triaged by security into the vulnerability tracker.',
    domain: 'Operations',
    criteria: [
      { id: 'CC7.1', relation: 'primary' },
      { id: 'CC8.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'weekly',
    ownerFunction: 'security',
    evidence: [
      'Scanner configuration with target, schedule and authenticated roles',
      'Scan history for the period',
      'Tracker entries created from scan findings',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the scanner configuration and confirm it authenticates and covers the web application and API (test of one).',
      },
      { method: 'inspection', step: 'Inspect scan history for a sample of weeks and confirm scans completed.' },
      { method: 'inspection', step: 'Trace a sample of medium or higher findings to tracker entries.' },
    ],
    iso27001: ['A.8.8', 'A.8.29'],
  },
  {
    id: 'OPS-12',
    title: 'Actively exploited vulnerabilities trigger an emergency patch process',
    description:
      'When a vulnerability known to be exploited in the wild affects a component the company runs, security declares an emergency vulnerability response, uses the software bill of materials and asset inventory to find every affected system within one business day, and has fixes or mitigations deployed within the emergency deadline (for example 72 hours). Progress is tracked in a single ticket until every affected system is closed out.',
    domain: 'Operations',
    criteria: [
      { id: 'CC7.1', relation: 'primary' },
      { id: 'CC8.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'security',
    evidence: [
      'Emergency vulnerability response procedure with deadlines',
      'Software bill of materials or dependency inventory queries used to find affected systems',
      'Emergency response tickets with affected systems and fix or mitigation dates',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the procedure and confirm it sets identification and fix deadlines.' },
      {
        method: 'inspection',
        step: 'Select a widely exploited vulnerability published during the period and confirm the company assessed exposure and, where affected, opened an emergency response.',
      },
      {
        method: 'reperformance',
        step: 'For one emergency response, recompute time from publication to fix for each affected system and compare with the deadline.',
      },
    ],
    iso27001: ['A.8.8', 'A.5.7'],
  },
];
