/**
 * Control templates — incident response (prefix INC): plan, triage, handling, notification, recovery and
 * learning. Assay's own wording.
 */
import type { ControlTemplate } from '../../types.js';

export const INCIDENT_TEMPLATES: ControlTemplate[] = [
  {
    id: 'INC-01',
    title: 'Incident response plan is documented, approved and reviewed yearly',
    description:
      'Security owns an incident response plan that defines roles (incident commander, communications lead, scribe), severity levels, escalation paths, contact lists and playbooks for common scenarios such as leaked credentials, compromised accounts and data exposure. Leadership approves it, and it is reviewed every year and after any major incident.',
    domain: 'Incident response',
    criteria: [
      { id: 'CC7.4', relation: 'primary' },
      { id: 'CC7.3', relation: 'supporting' },
      { id: 'CC7.5', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'security',
    evidence: [
      'Current incident response plan with version history and approval',
      'Scenario playbooks referenced by the plan',
      'Record of the most recent annual review',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the plan and confirm it defines roles, severity levels, escalation, communication and recovery steps.',
      },
      { method: 'inspection', step: 'Confirm the plan was reviewed and approved within the last twelve months.' },
      {
        method: 'inquiry',
        step: 'Ask two people named in the plan about their responsibilities and where they find the plan during an incident.',
      },
    ],
    iso27001: ['A.5.24', 'A.5.26'],
  },
  {
    id: 'INC-02',
    title: 'Security alerts are triaged by on-call against a severity matrix',
    description:
      'The security on-call acknowledges each security alert within the target time, investigates it using the triage runbook and decides whether it is a false positive, a security event to monitor or an incident. The decision and reasoning are recorded in the alert ticket, and incidents are declared with a severity from the matrix.',
    domain: 'Incident response',
    criteria: [
      { id: 'CC7.3', relation: 'primary' },
      { id: 'CC7.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'security',
    evidence: [
      'Triage runbook and severity matrix',
      'Alert tickets with acknowledgement time, investigation notes and disposition',
      'Paging tool report of acknowledgement times',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the triage runbook and severity matrix.' },
      {
        method: 'inspection',
        step: 'From the alert history, select a sample of security alerts and inspect the ticket for acknowledgement within target and a recorded disposition.',
      },
      { method: 'inspection', step: 'For sampled alerts classified as incidents, confirm an incident record was opened with a severity.' },
    ],
    iso27001: ['A.5.25', 'A.8.16'],
  },
  {
    id: 'INC-03',
    title: 'Reported phishing emails are analysed and purged from all mailboxes',
    description:
      'When staff report a suspicious email, the security on-call checks its sender, links and attachments in a sandbox, decides whether it is malicious and whether anyone clicked or entered credentials. Malicious messages are removed from every mailbox through the mail admin console, indicators are blocked, and any credential exposure is escalated as an incident.',
    domain: 'Incident response',
    criteria: [
      { id: 'CC7.3', relation: 'primary' },
      { id: 'CC6.8', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'security',
    evidence: [
      'Phishing triage runbook',
      'Tickets for reported emails with verdict, click analysis and actions',
      'Mail admin audit log showing message purges and sender or domain blocks',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the phishing triage runbook and confirm it covers analysis, click checks, purge and escalation.',
      },
      {
        method: 'inspection',
        step: 'Select a sample of reported emails and inspect the ticket for a verdict and, for malicious ones, the purge and block actions in the mail audit log.',
      },
      {
        method: 'inspection',
        step: 'For sampled cases where credentials were entered, confirm an incident was opened and the credentials were reset.',
      },
    ],
    iso27001: ['A.5.25', 'A.8.7'],
  },
  {
    id: 'INC-04',
    title: 'Each incident has a record with timeline, actions and containment',
    description:
      'Every declared incident is tracked in an incident record that captures the timeline, severity, affected systems and data, containment and eradication steps, decisions and their owners. The incident commander keeps the record current during the response and closes it only after recovery and follow-ups are assigned.',
    domain: 'Incident response',
    criteria: [
      { id: 'CC7.4', relation: 'primary' },
      { id: 'CC7.3', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'security',
    evidence: [
      'Incident register for the period',
      'Incident records with timeline, containment actions and closure approval',
      'Incident chat channel exports linked to the record',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Obtain the incident register for the period and assess its completeness by comparing it with alerts classified as incidents.',
      },
      {
        method: 'inspection',
        step: 'For a sample of incidents, inspect the record for timeline, severity, containment steps and closure approval.',
      },
      { method: 'inquiry', step: 'Ask the incident commander of a sampled incident to walk through how containment was decided.' },
    ],
    iso27001: ['A.5.26', 'A.5.24'],
  },
  {
    id: 'INC-05',
    title: 'Incident response is rehearsed in an annual tabletop exercise',
    description:
      'At least once a year security runs a tabletop or simulated incident with engineering, support, legal and leadership using a realistic scenario. Gaps found in the plan, tooling or contacts are recorded as action items with owners and fed into the plan review.',
    domain: 'Incident response',
    criteria: [
      { id: 'CC7.4', relation: 'primary' },
      { id: 'CC7.5', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'security',
    evidence: [
      'Exercise scenario and attendee list',
      'Exercise report with observations and action items',
      'Tickets tracking the action items',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the exercise report and confirm the exercise took place in the period with the functions named in the plan.',
      },
      { method: 'inspection', step: 'Inspect the action items and confirm they were assigned and progressed.' },
      { method: 'inquiry', step: 'Ask a participant what was learned and what changed afterwards.' },
    ],
    iso27001: ['A.5.24', 'A.5.27'],
  },
  {
    id: 'INC-06',
    title: 'Significant incidents get a blameless post-incident review',
    description:
      'For every high-severity incident (security or availability) the owning team holds a blameless review within ten business days. The write-up covers impact, timeline, root cause, what went well and corrective actions with owners and dates, and is shared with engineering leadership.',
    domain: 'Incident response',
    criteria: [
      { id: 'CC7.5', relation: 'primary' },
      { id: 'CC4.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'engineering',
    evidence: [
      'Post-incident review documents for high-severity incidents',
      'Meeting invite or notes showing the review took place',
      'Corrective-action tickets linked from the review',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'From the incident register, select the high-severity incidents and inspect the review document for each.',
      },
      {
        method: 'inspection',
        step: 'Confirm each review identifies a root cause and corrective actions, and was completed within the target time.',
      },
      { method: 'inspection', step: 'Trace a sample of corrective actions to tickets.' },
    ],
    iso27001: ['A.5.27'],
  },
  {
    id: 'INC-07',
    title: 'Affected customers are notified of security incidents within contract terms',
    description:
      'When an incident affects customer data or service commitments, legal and the communications lead decide who must be told and send notices within the timelines in customer contracts and applicable law. Each notice states what happened, what data was involved, what was done and what customers should do, and is logged against the incident.',
    domain: 'Incident response',
    criteria: [
      { id: 'CC7.4', relation: 'primary' },
      { id: 'CC2.3', relation: 'supporting' },
      { id: 'P6.6', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'legal',
    evidence: [
      'Notification decision record for each customer-affecting incident',
      'Copies of notices sent with send timestamps and recipient lists',
      'Contract clause summary listing notification deadlines',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Identify incidents that affected customer data or commitments and inspect the notification decision for each.',
      },
      {
        method: 'inspection',
        step: 'For notified incidents, compare notice timestamps with the detection time and the contractual deadline.',
      },
      { method: 'inquiry', step: 'Ask legal how contractual notification terms are tracked and kept current.' },
    ],
    iso27001: ['A.5.26', 'A.5.24', 'A.5.5'],
  },
  {
    id: 'INC-08',
    title: 'Recovery is verified before an incident is closed',
    description:
      'Before closing an incident the responders rebuild or restore affected systems from known-good images, code or backups, rotate any exposed credentials and confirm through monitoring and checks that the service works and the threat is gone. The incident commander records the verification in the incident record.',
    domain: 'Incident response',
    criteria: [
      { id: 'CC7.5', relation: 'primary' },
      { id: 'A1.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'engineering',
    evidence: [
      'Recovery checklist in the incident record',
      'Restore or rebuild logs and credential rotation evidence',
      'Monitoring snapshots showing normal service after recovery',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For a sample of incidents, inspect the recovery checklist and confirm it was completed before closure.',
      },
      { method: 'inspection', step: 'Inspect restore, rebuild or rotation evidence for the sampled incidents.' },
      { method: 'inquiry', step: 'Ask the incident commander how they decided the service was fully recovered.' },
    ],
    iso27001: ['A.5.26', 'A.5.29', 'A.8.13'],
  },
  {
    id: 'INC-09',
    title: 'Post-incident actions are tracked to completion each month',
    description:
      'Corrective actions from post-incident reviews are tracked as tickets labelled with the incident id. Each month engineering leadership reviews open and overdue actions and either re-plans them or records a risk acceptance.',
    domain: 'Incident response',
    criteria: [
      { id: 'CC7.5', relation: 'primary' },
      { id: 'CC4.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'monthly',
    ownerFunction: 'engineering',
    evidence: [
      'Ticket report of post-incident actions with status and due dates',
      'Monthly review notes',
      'Risk acceptances for deferred actions',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect monthly review notes for a sample of months.' },
      {
        method: 'inspection',
        step: 'For a sample of corrective actions, confirm completion by the due date or an approved re-plan or risk acceptance.',
      },
      {
        method: 'reperformance',
        step: 'Compare the actions listed in sampled post-incident reviews with the ticket report to confirm none were dropped.',
      },
    ],
    iso27001: ['A.5.27'],
  },
  {
    id: 'INC-10',
    title: 'Evidence from security incidents is preserved with chain of custody',
    description:
      'For incidents that may involve legal, regulatory or insurance follow-up, responders take snapshots of affected volumes, export relevant logs to a restricted evidence bucket with object lock and record who collected what and when. Evidence is kept for the period set by legal.',
    domain: 'Incident response',
    criteria: [
      { id: 'CC7.4', relation: 'primary' },
      { id: 'CC7.3', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'security',
    evidence: [
      'Evidence handling procedure',
      'Evidence bucket configuration with object lock and restricted access',
      'Chain-of-custody log for incidents where evidence was collected',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the evidence handling procedure and the evidence bucket configuration.' },
      { method: 'inspection', step: 'For incidents where evidence was collected, inspect the chain-of-custody log for completeness.' },
      { method: 'inquiry', step: 'Ask security who decides when evidence must be preserved.' },
    ],
    iso27001: ['A.5.28', 'A.5.26'],
  },
];
