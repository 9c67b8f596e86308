/**
 * Control templates — communication and information (prefix COM): information used to run controls
 * (CC2.1), internal communication and reporting lines (CC2.2), and communication with customers,
 * researchers, regulators and other outside parties (CC2.3). Assay's own wording.
 */
import type { ControlTemplate } from '../../types.js';

export const COMMUNICATION_TEMPLATES: ControlTemplate[] = [
  {
    id: 'COM-01',
    title: 'System description is updated and approved before each audit period',
    description:
      'Compliance maintains the written description of the in-scope system: services offered, infrastructure, software, people, data, subservice organisations and commitments to customers. Engineering and the security lead confirm its accuracy and an executive approves it before each audit period and after major architecture changes.',
    domain: 'Communication',
    criteria: [
      { id: 'CC2.1', relation: 'primary' },
      { id: 'CC2.3', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'compliance',
    evidence: [
      'Approved system description with version and approval date',
      'Review comments or sign-off from engineering and the security lead',
      'List of subservice organisations and carved-out services referenced in the description',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the system description for executive approval dated before the start of the audit period.' },
      {
        method: 'reperformance',
        step: 'Compare the components listed in the description with the current infrastructure inventory and note missing or obsolete items.',
      },
      {
        method: 'inquiry',
        step: 'Inquire of engineering whether any significant architecture changes during the period are not yet reflected.',
      },
    ],
    iso27001: ['A.5.9', 'A.5.37'],
  },
  {
    id: 'COM-02',
    title: 'Architecture and data flow diagrams are kept current',
    description:
      'Engineering maintains diagrams showing production network zones, major services and how customer data enters, moves through and leaves the system, including third-party integrations. The diagrams are reviewed every six months and updated when a change adds a new data store or external data flow.',
    domain: 'Communication',
    criteria: [
      { id: 'CC2.1', relation: 'primary' },
      { id: 'CC6.1', relation: 'supporting' },
      { id: 'C1.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'semi_annual',
    ownerFunction: 'engineering',
    evidence: [
      'Current network and architecture diagram with last-reviewed date',
      'Data flow diagram marking where customer data is stored and transmitted',
      'Review record or pull request history for diagram updates',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the diagrams for review dates within each half of the period.' },
      {
        method: 'reperformance',
        step: 'Trace a sample of production data stores and external integrations from the cloud inventory to the data flow diagram.',
      },
    ],
    iso27001: ['A.5.9', 'A.5.14'],
  },
  {
    id: 'COM-03',
    title: 'Reports used as control evidence are checked for completeness and accuracy',
    description:
      'Whenever a control relies on a system-generated list (a user listing, a change log, an HR termination report), the person performing it records how the report was produced, its parameters and a check that it is complete, such as a record-count tie-out to the source. Compliance spot-checks these validations each quarter.',
    domain: 'Communication',
    criteria: [
      { id: 'CC2.1', relation: 'primary' },
      { id: 'CC4.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'compliance',
    evidence: [
      'Report query or export parameters saved with the evidence',
      'Completeness tie-out (record counts or totals compared to the source system)',
      'Screenshot of the source system at time of extraction',
      'Quarterly spot-check log from Compliance',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For a sample of controls that use system reports, inspect the saved parameters and completeness tie-out for the report used.',
      },
      {
        method: 'reperformance',
        step: 'Re-run one sampled report with the recorded parameters and compare the result with the report used by the control owner.',
      },
    ],
    iso27001: ['A.5.33'],
  },
  {
    id: 'COM-04',
    title: 'Evidence integrations are monitored for failures and coverage gaps',
    description:
      'The compliance platform pulls evidence from cloud, identity, code and HR systems through integrations. Failed syncs alert Compliance daily, and each quarter Compliance compares connected accounts with the system inventory to catch production accounts or tools that are not being monitored.',
    domain: 'Communication',
    criteria: [
      { id: 'CC2.1', relation: 'primary' },
      { id: 'CC4.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'quarterly',
    ownerFunction: 'compliance',
    evidence: [
      'Integration health dashboard or sync failure alerts',
      'Quarterly coverage comparison of connected accounts against the system inventory',
      'Tickets opened to connect missing accounts or fix broken integrations',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the integration health history for the period and confirm failures were alerted and resolved.',
      },
      {
        method: 'reperformance',
        step: 'Compare the list of production cloud accounts with the accounts connected to the compliance platform as of a date in the period.',
      },
    ],
    iso27001: ['A.5.9', 'A.5.36'],
  },
  {
    id: 'COM-05',
    title: 'Workforce acknowledges security policies at hire and every year',
    description:
      'Security policies are published on the intranet and every employee and contractor acknowledges them within 30 days of starting and again each year through the compliance platform. Compliance chases people who have not acknowledged and reports stragglers to their managers.',
    domain: 'Communication',
    criteria: [
      { id: 'CC2.2', relation: 'primary' },
      { id: 'CC1.1', relation: 'supporting' },
      { id: 'CC5.3', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'annual',
    ownerFunction: 'compliance',
    evidence: [
      'Intranet page listing the current policies',
      'Acknowledgement report per person with date and policy version',
      'Reminder and escalation messages sent to people overdue',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect a sample of new-hire records for a policy acknowledgement dated within 30 days of the start date.',
      },
      {
        method: 'inspection',
        step: 'Inspect the annual acknowledgement report and confirm it covers all active staff as of the campaign close date.',
      },
      { method: 'inspection', step: 'For anyone overdue, inspect reminder and escalation messages.' },
    ],
    iso27001: ['A.5.1', 'A.6.2'],
  },
  {
    id: 'COM-06',
    title: 'New control owners are briefed on their duties before taking over',
    description:
      'When a control is assigned to someone new, Compliance meets them to walk through the procedure, the evidence expected, the schedule and where to get help. The new owner confirms the briefing in the compliance platform before the first due date.',
    domain: 'Communication',
    criteria: [
      { id: 'CC2.2', relation: 'primary' },
      { id: 'CC1.4', relation: 'supporting' },
      { id: 'CC1.5', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'compliance',
    evidence: [
      'Control ownership change history from the compliance platform',
      'Briefing record or acknowledgement by the new owner',
      'Date of the first control task performed by the new owner',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Extract control ownership changes made during the period from the compliance platform.' },
      {
        method: 'inspection',
        step: 'For a sample of ownership changes, inspect the briefing acknowledgement and confirm it predates the first task due date.',
      },
      { method: 'inquiry', step: 'Inquire of a sampled new owner what they were told about their control and its evidence.' },
    ],
    iso27001: ['A.5.2', 'A.6.3'],
  },
  {
    id: 'COM-07',
    title: 'Monthly security bulletin keeps staff current on threats and changes',
    description:
      'Every month the security team posts a short bulletin covering current scams, recent phishing seen at the company, policy or tooling changes and reminders of reporting channels. Posts are kept in a searchable channel or newsletter archive.',
    domain: 'Communication',
    criteria: [
      { id: 'CC2.2', relation: 'primary' },
      { id: 'CC1.4', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'monthly',
    ownerFunction: 'security',
    evidence: ['Archive of monthly bulletins with publication dates', 'Distribution list or channel membership showing audience'],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the bulletin archive for a sample of months and confirm each was published to all staff.' },
      { method: 'inquiry', step: 'Inquire of the security team how bulletin topics are chosen.' },
    ],
    iso27001: ['A.6.3'],
  },
  {
    id: 'COM-08',
    title: 'Material policy changes are announced to staff within two weeks',
    description:
      'When a policy changes in a way that affects how people work, the policy owner sends a summary of what changed and why to all affected staff within two weeks of approval. Where the change is significant, staff are asked to acknowledge the new version.',
    domain: 'Communication',
    criteria: [
      { id: 'CC2.2', relation: 'primary' },
      { id: 'CC5.3', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'security',
    evidence: [
      'Policy change log with approval dates',
      'Announcement messages summarising each change',
      'Re-acknowledgement report for significant changes',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For a sample of policy changes approved in the period, inspect the announcement and confirm it was sent within two weeks of approval.',
      },
      { method: 'inspection', step: 'For significant changes, inspect the re-acknowledgement report for completeness.' },
    ],
    iso27001: ['A.5.1'],
  },
  {
    id: 'COM-09',
    title: 'Control owners get automatic reminders of due and overdue tasks',
    description:
      'The compliance platform sends control owners a notice before each recurring control task is due and escalates overdue tasks to the owner’s manager and Compliance. Notification rules are configured centrally so no owner can switch them off.',
    domain: 'Communication',
    criteria: [
      { id: 'CC2.2', relation: 'primary' },
      { id: 'CC1.5', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'daily',
    ownerFunction: 'compliance',
    evidence: [
      'Notification and escalation rule configuration',
      'Notification log showing reminders and escalations sent in the period',
      'Overdue task report',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the notification configuration for due-date reminders and overdue escalation (test of one).' },
      { method: 'inspection', step: 'For a sample of overdue tasks, inspect the notification log for the escalation message.' },
    ],
    iso27001: ['A.5.36'],
  },
  {
    id: 'COM-10',
    title: 'Public trust page describes security practices and is reviewed twice a year',
    description:
      'The company publishes a trust or security page describing its security practices, certifications, subprocessors and how to request audit reports. Security and Legal review it every six months so that nothing on it overstates what the company actually does.',
    domain: 'Communication',
    criteria: [
      { id: 'CC2.3', relation: 'primary' },
      { id: 'P1.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'semi_annual',
    ownerFunction: 'security',
    evidence: [
      'Dated snapshots of the public trust page',
      'Semi-annual review notes from Security and Legal',
      'Change history of the page content',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the semi-annual review records for the period and the resulting edits to the page.' },
      {
        method: 'inspection',
        step: 'Compare a sample of claims on the trust page with the controls in place and note any statement not supported by a control.',
      },
    ],
    iso27001: ['A.5.1'],
  },
  {
    id: 'COM-11',
    title: 'Customer agreements state security, confidentiality and uptime commitments',
    description:
      'Legal uses standard customer terms that state the security measures, confidentiality duties, breach notification timelines and availability targets the company commits to. Any change a customer asks for in these terms is reviewed by Legal and Security before signature so the company only promises what its controls deliver.',
    domain: 'Communication',
    criteria: [
      { id: 'CC2.3', relation: 'primary' },
      { id: 'C1.1', relation: 'supporting' },
      { id: 'PI1.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'legal',
    evidence: [
      'Standard master subscription agreement and security exhibit',
      'Service level agreement with availability targets',
      'Security approval records for negotiated changes to security terms',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the standard terms for security, confidentiality, breach notification and availability commitments.',
      },
      {
        method: 'inspection',
        step: 'For a sample of customer contracts signed during the period, inspect whether negotiated changes to security terms were approved by Security before signature.',
      },
    ],
    iso27001: ['A.5.31'],
  },
  {
    id: 'COM-12',
    title: 'Service disruptions are posted to the public status page promptly',
    description:
      'During any customer-facing outage or degradation, the incident commander or support lead posts an update to the public status page within 30 minutes of confirmation and updates it until resolution. Customers can subscribe to status notifications.',
    domain: 'Communication',
    criteria: [
      { id: 'CC2.3', relation: 'primary' },
      { id: 'CC7.4', relation: 'supporting' },
      { id: 'A1.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'support',
    evidence: [
      'Status page incident history for the period',
      'Incident timeline showing time of confirmation and first public post',
      'Status page subscription settings',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For a sample of customer-facing incidents, compare the confirmation time in the incident record with the first status page post.',
      },
      { method: 'inspection', step: 'Inspect the status page history for regular updates through to resolution.' },
    ],
    iso27001: ['A.5.26'],
  },
  {
    id: 'COM-13',
    title: 'Customers are told which security duties remain theirs',
    description:
      'Security publishes customer-facing guidance explaining the duties that stay with customers, such as managing their own users, enabling SSO and MFA, protecting API keys and reviewing audit logs. The guidance is checked against the product each year and referenced in the system description and customer terms.',
    domain: 'Communication',
    criteria: [
      { id: 'CC2.3', relation: 'primary' },
      { id: 'CC6.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'security',
    evidence: [
      'Published customer security responsibilities guide or help-centre article',
      'Annual review record comparing the guide with current product features',
      'System description section listing customer-side controls',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the published guide and confirm it was reviewed during the period.' },
      {
        method: 'reperformance',
        step: 'Compare the customer-side controls listed in the system description with the published guide and note omissions.',
      },
    ],
    iso27001: ['A.5.1', 'A.5.37'],
  },
  {
    id: 'COM-14',
    title: 'Security questionnaire answers are reviewed by Security before release',
    description:
      'Sales and support draft answers to customer security questionnaires from an approved answer library, and a member of the security team reviews each completed questionnaire before it is sent. The answer library is refreshed after each audit so answers match current controls.',
    domain: 'Communication',
    criteria: [
      { id: 'CC2.3', relation: 'primary' },
      { id: 'CC2.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'security',
    evidence: [
      'Approved answer library with last-updated date',
      'Questionnaire tracker showing security reviewer and date',
      'Completed questionnaires with reviewer comments',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For a sample of questionnaires returned in the period, inspect evidence of security review before the send date.',
      },
      { method: 'inspection', step: 'Inspect the answer library for an update after the most recent audit report.' },
    ],
    iso27001: ['A.5.14'],
  },
  {
    id: 'COM-15',
    title: 'Contacts for regulators, law enforcement and industry groups are kept',
    description:
      'Legal keeps a list of the regulators, data protection authorities, law enforcement contacts and industry information-sharing groups the company may need to reach, with when each must be contacted. The list is reviewed annually and referenced from the incident response plan.',
    domain: 'Communication',
    criteria: [
      { id: 'CC2.3', relation: 'primary' },
      { id: 'CC7.4', relation: 'supporting' },
      { id: 'P6.6', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'legal',
    evidence: [
      'Authority and industry group contact list with review date',
      'Incident response plan section referencing the list',
      'Membership confirmation for any information-sharing group',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the contact list for a review date within the period and for notification triggers per authority.',
      },
      { method: 'inspection', step: 'Inspect the incident response plan for a reference to the contact list.' },
    ],
    iso27001: ['A.5.5', 'A.5.6'],
  },
  {
    id: 'COM-16',
    title: 'Customers receive advance notice of changes that affect them',
    description:
      'Product publishes release notes for customer-visible changes and gives at least 30 days’ notice before removing features, changing APIs or altering how customer data is handled. Notices go out through the changelog, email and in-product messages.',
    domain: 'Communication',
    criteria: [
      { id: 'CC2.3', relation: 'primary' },
      { id: 'CC8.1', relation: 'supporting' },
      { id: 'PI1.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'operations',
    evidence: [
      'Public changelog entries for the period',
      'Deprecation or data-handling change notices with send dates',
      'Internal checklist requiring customer notice for breaking changes',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For a sample of breaking changes or deprecations in the period, inspect the customer notice and confirm it was sent at least 30 days before the change.',
      },
      { method: 'inspection', step: 'Inspect the changelog for entries matching a sample of released customer-visible changes.' },
    ],
    iso27001: ['A.8.32'],
  },
];
