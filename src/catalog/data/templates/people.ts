/**
 * Control templates — people (prefix HR): hiring standards, screening, agreements, training and
 * competence (CC1.4), accountability through performance management and discipline (CC1.5), and the
 * HR side of joining and leaving. Access provisioning and revocation live in the access-control set.
 * Assay's own wording.
 */
import type { ControlTemplate } from '../../types.js';

export const PEOPLE_TEMPLATES: ControlTemplate[] = [
  {
    id: 'HR-01',
    title: 'Job descriptions state the security duties and skills of each role',
    description:
      'Hiring managers write a job description for every open role that lists required skills and any security duties, such as approving changes, handling customer data or being on call. The People team checks that descriptions for sensitive roles include those duties before the role is posted.',
    domain: 'People',
    criteria: [
      { id: 'CC1.4', relation: 'primary' },
      { id: 'CC1.3', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'people',
    evidence: [
      'Job descriptions for roles filled during the period',
      'List of sensitive roles requiring stated security duties',
      'People team review record before posting',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For a sample of hires in the period, inspect the job description and confirm it lists required skills and any security duties.',
      },
      { method: 'inquiry', step: 'Inquire of the People team how sensitive roles are identified.' },
    ],
    iso27001: ['A.5.2', 'A.6.1'],
  },
  {
    id: 'HR-02',
    title: 'Candidates are assessed through structured interviews and references',
    description:
      'Each hire goes through a structured interview loop with scored criteria tied to the job description, including a values or conduct interview. References are taken for roles with production or financial access, and the hiring decision is recorded in the applicant tracking system.',
    domain: 'People',
    criteria: [
      { id: 'CC1.4', relation: 'primary' },
      { id: 'CC1.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'people',
    evidence: [
      'Interview scorecards from the applicant tracking system',
      'Reference check notes for sensitive roles',
      'Recorded hiring decision and approver',
    ],
    testProcedures: [
      { method: 'inspection', step: 'For a sample of new hires, inspect completed scorecards and the recorded hiring decision.' },
      { method: 'inspection', step: 'For sampled hires into sensitive roles, inspect reference check notes dated before the offer.' },
    ],
    iso27001: ['A.6.1'],
  },
  {
    id: 'HR-03',
    title: 'Background checks are completed before a new hire is given access',
    description:
      'Where local law allows, the People team orders a background check through a screening provider for every employee and long-term contractor, scaled to the role. Results are cleared before the start date, and any adverse finding is reviewed with Legal before the hire proceeds.',
    domain: 'People',
    criteria: [
      { id: 'CC1.4', relation: 'primary' },
      { id: 'CC1.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'people',
    evidence: [
      'Screening provider report status per hire (results redacted)',
      'Screening standard defining checks by role and country',
      'Legal review notes for adverse findings',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For a sample of new hires, inspect the screening status and confirm the check cleared before the start date.',
      },
      { method: 'inspection', step: 'Inspect the screening standard for the checks required per role and jurisdiction.' },
      { method: 'inquiry', step: 'Inquire of the People team how hires in countries that restrict screening are handled.' },
    ],
    iso27001: ['A.6.1'],
  },
  {
    id: 'HR-04',
    title: 'New hires acknowledge the code of conduct and declare conflicts of interest',
    description:
      'Before their first day, every new employee and contractor reads and acknowledges the code of conduct in the HR system and completes a conflict-of-interest declaration covering outside jobs, investments in competitors or vendors, and related parties. The People team follows up on any declared conflict with the person’s manager and Legal.',
    domain: 'People',
    criteria: [
      { id: 'CC1.1', relation: 'primary' },
      { id: 'CC1.4', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'people',
    evidence: [
      'Code of conduct acknowledgement records with dates',
      'Completed conflict-of-interest declarations',
      'Follow-up notes for declared conflicts',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For a sample of new hires, inspect the code of conduct acknowledgement and conflict declaration and confirm both predate the start date.',
      },
      { method: 'inspection', step: 'For declared conflicts in the sample, inspect the documented follow-up and decision.' },
    ],
    iso27001: ['A.6.2', 'A.5.4'],
  },
  {
    id: 'HR-05',
    title: 'People in sensitive roles renew their conflict-of-interest declaration yearly',
    description:
      'Each year executives and staff in finance, procurement, security and production administration renew their conflict-of-interest declaration. Legal reviews new or changed declarations and records any restriction placed on the person, such as removal from a vendor decision.',
    domain: 'People',
    criteria: [
      { id: 'CC1.1', relation: 'primary' },
      { id: 'CC3.3', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'legal',
    evidence: [
      'List of roles required to declare annually',
      'Annual declarations with dates',
      'Legal review notes and any restrictions imposed',
    ],
    testProcedures: [
      {
        method: 'reperformance',
        step: 'Compare the people holding the listed roles during the period with the declarations received and identify anyone missing.',
      },
      { method: 'inspection', step: 'For declarations reporting a conflict, inspect Legal’s review and the restriction recorded.' },
    ],
    iso27001: ['A.5.3', 'A.5.4'],
  },
  {
    id: 'HR-06',
    title: 'Security awareness training within 30 days of hire and every year',
    description:
      'All employees and contractors complete security awareness training in the learning platform within 30 days of starting and then annually. The course covers phishing, passwords and MFA, data handling, device security and how to report incidents.',
    domain: 'People',
    criteria: [
      { id: 'CC1.4', relation: 'primary' },
      { id: 'CC2.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'annual',
    ownerFunction: 'security',
    evidence: [
      'Training content outline with last update date',
      'Completion report per person with completion dates',
      'New-hire completion list compared with start dates',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect a sample of new-hire records for training completed within 30 days of the start date.' },
      {
        method: 'inspection',
        step: 'Inspect the annual completion report and confirm all active staff completed training during the period.',
      },
      { method: 'inspection', step: 'Inspect the training content for coverage of phishing, data handling and incident reporting.' },
    ],
    iso27001: ['A.6.3'],
  },
  {
    id: 'HR-07',
    title: 'Staff who access customer data complete data-handling training first',
    description:
      'Support, success and operations staff who can view customer records complete a short course on handling customer data (viewing only for a ticketed reason, no copies to personal tools, redacting screenshots) before that access is granted. The course is repeated every year and completion is checked by the team manager.',
    domain: 'People',
    criteria: [
      { id: 'CC1.4', relation: 'primary' },
      { id: 'C1.1', relation: 'supporting' },
      { id: 'P4.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'annual',
    ownerFunction: 'support',
    evidence: [
      'Data-handling course outline',
      'Completion report for staff with customer-data access',
      'Access grant dates for the same staff',
    ],
    testProcedures: [
      {
        method: 'reperformance',
        step: 'For a sample of staff granted customer-data access during the period, compare the training completion date with the access grant date.',
      },
      { method: 'inspection', step: 'Inspect the annual completion report for all staff holding customer-data access at period end.' },
    ],
    iso27001: ['A.6.3', 'A.5.34'],
  },
  {
    id: 'HR-08',
    title: 'Quarterly phishing simulations with follow-up coaching',
    description:
      'The security team runs a simulated phishing campaign to all staff at least quarterly. People who submit credentials are automatically enrolled in short remedial training, and repeat clickers are discussed with their manager.',
    domain: 'People',
    criteria: [
      { id: 'CC1.4', relation: 'primary' },
      { id: 'CC2.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'quarterly',
    ownerFunction: 'security',
    evidence: [
      'Campaign reports with send, click and report rates',
      'Remedial training assignments and completions',
      'Notes of repeat-clicker follow-ups',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect campaign reports for a sample of two quarters and confirm all staff were targeted.' },
      {
        method: 'inspection',
        step: 'For a sample of people who submitted credentials, inspect the remedial training assignment and completion.',
      },
    ],
    iso27001: ['A.6.3'],
  },
  {
    id: 'HR-09',
    title: 'Performance reviews assess how people meet their security duties',
    description:
      'The annual performance review template includes a section on compliance with policies and, for control owners, on how reliably their controls ran. Managers complete it for every employee and the People team checks the section is not left blank.',
    domain: 'People',
    criteria: [
      { id: 'CC1.5', relation: 'primary' },
      { id: 'CC1.4', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'people',
    evidence: [
      'Performance review template with the security section',
      'Completion report of reviews for the cycle',
      'Sample of completed reviews for control owners (sensitive content redacted)',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the review template for a section on policy compliance and control ownership.' },
      { method: 'inspection', step: 'For a sample of control owners, inspect the completed review and confirm the section was filled in.' },
    ],
    iso27001: ['A.5.4', 'A.6.2'],
  },
  {
    id: 'HR-10',
    title: 'Policy violations are handled through a documented disciplinary process',
    description:
      'Confirmed breaches of security policy or the code of conduct are handled by the People team under a written disciplinary procedure, with sanctions proportionate to severity and intent. Each case, the sanction applied and the approver are recorded.',
    domain: 'People',
    criteria: [
      { id: 'CC1.5', relation: 'primary' },
      { id: 'CC1.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'people',
    evidence: [
      'Disciplinary procedure referencing security and conduct breaches',
      'Case log with sanction and approver',
      'Link between case log and security incident or ethics reports',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the disciplinary procedure for a reference to security policy and code of conduct breaches.' },
      {
        method: 'inspection',
        step: 'For a sample of incidents caused by a policy breach, inspect the case log for the action taken and its approver.',
      },
    ],
    iso27001: ['A.6.4'],
  },
  {
    id: 'HR-11',
    title: 'Overdue security training is escalated and can lead to access suspension',
    description:
      'The learning platform reminds people whose security training is overdue, escalates to their manager after 14 days and to the security lead after 30 days. People more than 45 days overdue have non-essential access suspended until they complete it.',
    domain: 'People',
    criteria: [
      { id: 'CC1.5', relation: 'primary' },
      { id: 'CC1.4', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'monthly',
    ownerFunction: 'security',
    evidence: [
      'Reminder and escalation configuration in the learning platform',
      'Monthly overdue training report',
      'Access suspension tickets for people beyond the limit',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the escalation configuration and a sample of monthly overdue reports.' },
      {
        method: 'inspection',
        step: 'For people more than 45 days overdue during the period, inspect the suspension ticket or the documented exception.',
      },
    ],
    iso27001: ['A.6.3', 'A.5.4'],
  },
  {
    id: 'HR-12',
    title: 'New-hire onboarding checklist is tracked to completion',
    description:
      'When an offer is accepted, the HR system creates an onboarding checklist: signed agreements, background check, equipment request, access request via IT, policy acknowledgement and training enrolment. The People team confirms every item is complete by the end of the first month.',
    domain: 'People',
    criteria: [
      { id: 'CC1.4', relation: 'primary' },
      { id: 'CC6.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'people',
    evidence: [
      'Onboarding checklist template',
      'Completed checklists for new hires with completion dates',
      'Report of checklists open past 30 days',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For a sample of new hires, inspect the onboarding checklist and confirm all items were completed within 30 days.',
      },
      { method: 'inspection', step: 'Inspect the open-checklist report for items past 30 days and their follow-up.' },
    ],
    iso27001: ['A.6.2', 'A.6.3'],
  },
  {
    id: 'HR-13',
    title: 'HR starts offboarding on notice and recovers company equipment',
    description:
      'As soon as a departure is known, the People team records the last day in the HR system, which notifies IT, the manager and payroll. Equipment return is tracked, and the leaver is reminded in writing of confidentiality duties that continue after they leave.',
    domain: 'People',
    criteria: [
      { id: 'CC6.2', relation: 'primary' },
      { id: 'CC1.5', relation: 'supporting' },
      { id: 'C1.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'people',
    evidence: [
      'HR system termination records with notice and last-day dates',
      'Offboarding notification sent to IT',
      'Equipment return log',
      'Exit letter reminding the leaver of confidentiality obligations',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For a sample of leavers, compare the date HR recorded the departure with the date IT was notified and confirm IT was told no later than the last day.',
      },
      { method: 'inspection', step: 'For the same sample, inspect equipment return records and the exit reminder letter.' },
    ],
    iso27001: ['A.6.5', 'A.5.11'],
  },
  {
    id: 'HR-14',
    title: 'Succession cover is planned for critical roles every year',
    description:
      'Leadership keeps a list of roles whose sudden absence would disrupt security or operations, and for each names a trained backup or interim arrangement. The plan is reviewed annually and after any reorganisation.',
    domain: 'People',
    criteria: [
      { id: 'CC1.4', relation: 'primary' },
      { id: 'CC9.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'leadership',
    evidence: [
      'Critical role list with named backups',
      'Annual succession plan review record',
      'Evidence backups have been trained or have shadowed the role',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the succession plan for review during the period and a named backup for each critical role.' },
      { method: 'inquiry', step: 'Inquire of a sample of named backups whether they could perform the role’s key duties.' },
    ],
    iso27001: ['A.5.2', 'A.5.30'],
  },
  {
    id: 'HR-15',
    title: 'Security and infrastructure team skills are reviewed against needs yearly',
    description:
      'Each year the security lead compares the skills of the security and infrastructure teams with the technologies and threats the company faces, and agrees a development plan covering courses, certifications or outside help. Progress is checked at mid-year.',
    domain: 'People',
    criteria: [
      { id: 'CC1.4', relation: 'primary' },
      { id: 'CC5.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'security',
    evidence: [
      'Skills assessment for the security and infrastructure teams',
      'Development plan with budget',
      'Training or certification records for the period',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the skills assessment and development plan prepared during the period.' },
      { method: 'inspection', step: 'Inspect training or certification records for a sample of planned development items.' },
    ],
    iso27001: ['A.6.3'],
  },
];
