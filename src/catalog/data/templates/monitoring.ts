/**
 * Control templates — monitoring (prefix MON): ongoing and separate evaluations of whether controls are
 * working (CC4.1), and how deficiencies are recorded, escalated and corrected (CC4.2). Assay's own wording.
 */
import type { ControlTemplate } from '../../types.js';

export const MONITORING_TEMPLATES: ControlTemplate[] = [
  {
    id: 'MON-01',
    title: 'Automated checks test control settings continuously and alert owners',
    description:
      'The compliance platform runs automated checks against cloud, identity, code and HR systems at least daily, such as MFA enforcement, encryption and backup settings. A failing check opens a task for the control owner and the history of results is kept for the audit period.',
    domain: 'Monitoring',
    criteria: [
      { id: 'CC4.1', relation: 'primary' },
      { id: 'CC5.2', relation: 'supporting' },
      { id: 'CC7.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'compliance',
    evidence: [
      'List of enabled automated checks mapped to controls',
      'Check result history for the period',
      'Tasks opened for failing checks and their resolution',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the check configuration and confirm each check runs on a schedule of at least daily (test of one per check).',
      },
      { method: 'inspection', step: 'For a sample of failing results, inspect the task created and its resolution.' },
      {
        method: 'observation',
        step: 'Observe a deliberate misconfiguration in a test account and confirm the related check fails and notifies the owner.',
      },
    ],
    iso27001: ['A.5.36'],
  },
  {
    id: 'MON-02',
    title: 'Control owners complete a quarterly self-assessment',
    description:
      'Each quarter every control owner answers a short self-assessment for their controls: did the control run as designed, is evidence stored, and did anything change. Compliance reviews the answers and samples evidence for any control reported as working.',
    domain: 'Monitoring',
    criteria: [
      { id: 'CC4.1', relation: 'primary' },
      { id: 'CC1.5', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'quarterly',
    ownerFunction: 'compliance',
    evidence: [
      'Completed self-assessments per owner and quarter',
      'Compliance review notes and evidence spot-checks',
      'Issues raised from self-assessments',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect self-assessments for a sample of two quarters and confirm all control owners responded.' },
      {
        method: 'reperformance',
        step: 'For a sample of controls reported as working, inspect the stored evidence and confirm it supports the owner’s answer.',
      },
    ],
    iso27001: ['A.5.36'],
  },
  {
    id: 'MON-03',
    title: 'Internal control review is performed annually by someone independent',
    description:
      'Once a year a person who does not operate the controls, such as an internal auditor, an outside consultant or a peer from another team, tests a risk-based selection of controls using documented procedures. Findings are reported to the security lead and the steering group.',
    domain: 'Monitoring',
    criteria: [
      { id: 'CC4.1', relation: 'primary' },
      { id: 'CC4.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'compliance',
    evidence: [
      'Internal review plan showing scope and reviewer',
      'Test workpapers for the controls reviewed',
      'Findings report with management responses',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the review plan and confirm the reviewer did not operate the controls tested.' },
      { method: 'inspection', step: 'Inspect workpapers for a sample of controls tested and the resulting findings report.' },
      { method: 'inquiry', step: 'Inquire of the reviewer how controls were selected for testing.' },
    ],
    iso27001: ['A.5.35'],
  },
  {
    id: 'MON-04',
    title: 'Independent external assessment of controls is obtained every year',
    description:
      'The company engages an independent firm each year for an external examination of its controls, such as a SOC 2 examination or a certification audit. Leadership reviews the report, and every exception noted goes into the deficiency log.',
    domain: 'Monitoring',
    criteria: [
      { id: 'CC4.1', relation: 'primary' },
      { id: 'CC2.3', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'compliance',
    evidence: [
      'Engagement letter with the independent firm',
      'Final report issued by the firm',
      'Deficiency log entries for reported exceptions',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the engagement letter and final report of the most recent external assessment.' },
      { method: 'inspection', step: 'Trace each exception in the report to an entry in the deficiency log.' },
    ],
    iso27001: ['A.5.35'],
  },
  {
    id: 'MON-05',
    title: 'Evidence for recurring controls is checked for completeness every month',
    description:
      'At the start of each month Compliance runs a report of recurring control tasks due in the previous month and confirms that evidence was attached and looks sufficient. Missing or weak evidence is returned to the owner with a one-week deadline.',
    domain: 'Monitoring',
    criteria: [
      { id: 'CC4.1', relation: 'primary' },
      { id: 'CC2.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'monthly',
    ownerFunction: 'compliance',
    evidence: [
      'Monthly completeness report of due tasks and attached evidence',
      'Follow-up requests sent to owners for missing evidence',
      'Closure dates for follow-ups',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the completeness report for a sample of months and the follow-ups raised.' },
      {
        method: 'reperformance',
        step: 'For one sampled month, list the tasks due from the platform and confirm each has evidence or an open follow-up.',
      },
    ],
    iso27001: ['A.5.36'],
  },
  {
    id: 'MON-06',
    title: 'Security and control health metrics are reported to leadership monthly',
    description:
      'The security lead sends leadership a monthly report covering check pass rates, overdue control tasks, open vulnerabilities by severity, incidents and training completion, with a short commentary on trends. Leadership questions and decisions are recorded.',
    domain: 'Monitoring',
    criteria: [
      { id: 'CC4.1', relation: 'primary' },
      { id: 'CC2.1', relation: 'supporting' },
      { id: 'CC2.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'monthly',
    ownerFunction: 'security',
    evidence: [
      'Monthly metrics reports with distribution list',
      'Source data extracts behind the metrics',
      'Record of leadership questions or decisions',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the metrics reports for a sample of months and confirm they were sent to leadership.' },
      {
        method: 'reperformance',
        step: 'For one sampled month, recompute two metrics from the source extracts and compare with the report.',
      },
    ],
    iso27001: ['A.5.4', 'A.5.36'],
  },
  {
    id: 'MON-07',
    title: 'Control failures are logged as deficiencies with severity and owner',
    description:
      'Whenever a control is found not to have operated, from a failed check, a missed task, an audit exception or an incident, the finder records it in the deficiency log within five business days. Each entry gets a severity, an owner, a root cause and a target date.',
    domain: 'Monitoring',
    criteria: [
      { id: 'CC4.2', relation: 'primary' },
      { id: 'CC4.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'compliance',
    evidence: [
      'Deficiency log with source, severity, owner, root cause and target date',
      'Severity definitions',
      'Link from each entry to the originating check, task or report',
    ],
    testProcedures: [
      {
        method: 'reperformance',
        step: 'Select a sample of failed checks, missed tasks and audit exceptions from the period and confirm each appears in the deficiency log within five business days.',
      },
      { method: 'inspection', step: 'Inspect a sample of log entries for severity, owner, root cause and target date.' },
    ],
    iso27001: ['A.5.36'],
  },
  {
    id: 'MON-08',
    title: 'Open deficiencies are reviewed monthly and overdue items escalated',
    description:
      'Compliance reviews all open deficiencies with their owners every month, updating status and confirming that fixes have actually worked before closing. Items past their target date are escalated to the owner’s executive and listed in the steering group pack.',
    domain: 'Monitoring',
    criteria: [
      { id: 'CC4.2', relation: 'primary' },
      { id: 'CC1.5', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'monthly',
    ownerFunction: 'compliance',
    evidence: [
      'Monthly deficiency review notes',
      'Escalation messages for overdue items',
      'Closure evidence showing the fix was validated',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the review notes for a sample of months and confirm overdue items were escalated.' },
      {
        method: 'inspection',
        step: 'For a sample of deficiencies closed in the period, inspect evidence that the fix was validated before closure.',
      },
    ],
    iso27001: ['A.5.36'],
  },
  {
    id: 'MON-09',
    title: 'Significant deficiencies are reported to executives and the board',
    description:
      'Deficiencies rated high or critical are reported to the executive team within one week of being logged, and a summary of all significant deficiencies and their status goes to the board or advisory body at its next meeting.',
    domain: 'Monitoring',
    criteria: [
      { id: 'CC4.2', relation: 'primary' },
      { id: 'CC1.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'security',
    evidence: [
      'Executive notification messages for high and critical deficiencies',
      'Board pack section summarising significant deficiencies',
      'Board minutes recording the discussion',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For each high or critical deficiency logged in the period, inspect the executive notification and confirm it was sent within one week.',
      },
      { method: 'inspection', step: 'Inspect the next board pack after each such deficiency for its inclusion.' },
    ],
    iso27001: ['A.5.4', 'A.5.35'],
  },
  {
    id: 'MON-10',
    title: 'Audit and assessment findings get a root cause and a retest',
    description:
      'For every finding from an external audit, internal review or penetration test, the owner records the root cause and a corrective action, not only a one-off fix. Compliance or the original assessor retests the area after remediation and files the retest result.',
    domain: 'Monitoring',
    criteria: [
      { id: 'CC4.2', relation: 'primary' },
      { id: 'CC7.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'compliance',
    evidence: [
      'Findings tracker with root cause and corrective action',
      'Retest results or assessor confirmation letters',
      'Closure approvals',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For a sample of findings closed in the period, inspect the documented root cause and corrective action.',
      },
      { method: 'inspection', step: 'For the same sample, inspect the retest result and confirm it passed before closure.' },
    ],
    iso27001: ['A.5.35', 'A.5.36'],
  },
  {
    id: 'MON-11',
    title: 'Muted or excepted automated check results are re-justified quarterly',
    description:
      'Any automated check result that has been muted, marked not applicable or excepted must carry a reason and an approver. Each quarter Compliance reviews all such results and reopens those whose justification no longer holds.',
    domain: 'Monitoring',
    criteria: [
      { id: 'CC4.2', relation: 'primary' },
      { id: 'CC4.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'quarterly',
    ownerFunction: 'compliance',
    evidence: [
      'Report of muted or excepted check results with reason and approver',
      'Quarterly review sign-off',
      'Results reopened as a result of the review',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the report of muted results and confirm each has a reason and an approver.' },
      { method: 'inspection', step: 'Inspect the quarterly reviews for a sample of two quarters and any results reopened.' },
    ],
    iso27001: ['A.5.36'],
  },
];
