/**
 * Control templates — governance (prefix GOV): tone at the top, ethics, oversight body, organisation
 * structure and authority (CC1.1–CC1.3), and how controls, technology controls and policies are selected
 * and deployed (CC5.1–CC5.3). Assay's own wording, sized for a 20–500 person SaaS company.
 */
import type { ControlTemplate } from '../../types.js';

export const GOVERNANCE_TEMPLATES: ControlTemplate[] = [
  {
    id: 'GOV-01',
    title: 'Code of conduct is approved by an executive and refreshed every year',
    description:
      'An executive approves a written code of conduct that covers honesty, conflicts of interest, handling of customer data, gifts and how to speak up. The People lead reviews it every year, records what changed and republishes it to employees and contractors.',
    domain: 'Governance',
    criteria: [
      { id: 'CC1.1', relation: 'primary' },
      { id: 'CC2.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'leadership',
    evidence: [
      'Code of conduct in force during the period, with version history and approval date',
      'Executive approval record (signed approval or meeting minutes)',
      'Intranet page or announcement showing the republished code reached employees and contractors',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the code of conduct in force during the period for executive approval and a review date no older than 12 months.',
      },
      {
        method: 'inspection',
        step: 'Inspect the code for coverage of conflicts of interest, treatment of customer data and the channels for raising concerns.',
      },
      { method: 'inquiry', step: 'Inquire of the People lead how contractors and temporary staff are made aware of the code.' },
    ],
    iso27001: ['A.5.1', 'A.5.4'],
  },
  {
    id: 'GOV-02',
    title: 'Confidential channel for raising ethics and conduct concerns',
    description:
      'Staff and contractors can report suspected misconduct through a channel that sits outside their own management line (a hosted hotline, web form or a mailbox read by Legal), anonymously if they wish. Legal logs each report, investigates it under a written procedure and records the outcome, and the code of conduct forbids retaliation against reporters.',
    domain: 'Governance',
    criteria: [
      { id: 'CC1.1', relation: 'primary' },
      { id: 'CC2.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'legal',
    evidence: [
      'Hotline service agreement or configuration of the reporting form and its recipients',
      'Case log with date received, category, investigator, outcome and closure date',
      'Investigation procedure and non-retaliation statement',
    ],
    testProcedures: [
      {
        method: 'observation',
        step: "Observe a test submission through the reporting channel and confirm it reaches the designated recipient and not the reporter's manager.",
      },
      {
        method: 'inspection',
        step: 'Inspect the case log for the period and, for a sample of reports, inspect the investigation notes and documented resolution.',
      },
      {
        method: 'inquiry',
        step: 'Inquire of Legal how a report that concerns an executive is routed so that the subject cannot see or influence it.',
      },
    ],
    iso27001: ['A.5.4', 'A.6.4'],
  },
  {
    id: 'GOV-03',
    title: 'Leadership restates integrity and security expectations at all-hands',
    description:
      'At least twice a year a member of the executive team uses a company all-hands meeting to restate expectations on integrity, protection of customer data and current security priorities. The slides and recording are kept as evidence.',
    domain: 'Governance',
    criteria: [
      { id: 'CC1.1', relation: 'primary' },
      { id: 'CC2.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'semi_annual',
    ownerFunction: 'leadership',
    evidence: [
      'All-hands agenda and slide deck containing the integrity and security segment',
      'Recording or attendance record of the meeting',
      'Calendar invitation showing the date and audience',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect all-hands materials from each half of the period for a segment on conduct and security delivered by an executive.',
      },
      {
        method: 'inquiry',
        step: 'Inquire of a small sample of employees whether leadership discussed ethics and security expectations during the period.',
      },
    ],
    iso27001: ['A.5.4', 'A.6.3'],
  },
  {
    id: 'GOV-04',
    title: 'Board or advisory charter gives a named member security oversight',
    description:
      'The board of directors, or an advisory board where the company has no formal board, adopts a charter or resolution making it responsible for overseeing information security and compliance risk. The charter names the member who leads that oversight and is reviewed once a year.',
    domain: 'Governance',
    criteria: [{ id: 'CC1.2', relation: 'primary' }],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'leadership',
    evidence: [
      'Board or advisory charter, or board resolution, assigning security and compliance oversight',
      'Record of the annual charter review',
      'Current member list identifying the oversight lead',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the charter or resolution for explicit responsibility over information security and compliance risk.',
      },
      {
        method: 'inspection',
        step: 'Inspect evidence that the charter was reviewed during the period and that an oversight lead is named.',
      },
      {
        method: 'inquiry',
        step: 'Inquire of the CEO how the oversight body is informed of significant security matters between meetings.',
      },
    ],
    iso27001: ['A.5.2', 'A.5.4'],
  },
  {
    id: 'GOV-05',
    title: 'Board or advisory meeting reviews the security program at least annually',
    description:
      'At least once a year the security lead presents the program to the board or advisory body: top risks, incidents, audit results, open deficiencies and planned investment. The minutes record the questions asked and any direction given to management, and those actions are tracked to closure.',
    domain: 'Governance',
    criteria: [
      { id: 'CC1.2', relation: 'primary' },
      { id: 'CC3.2', relation: 'supporting' },
      { id: 'CC4.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'security',
    evidence: [
      'Board deck or written memo containing the security program update',
      'Board minutes recording the discussion and any resolutions',
      'Action log tracking board requests to completion',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect board minutes from the period for a security agenda item covering risks, incidents and audit status.',
      },
      {
        method: 'inspection',
        step: 'Inspect the action log for requests raised by the board and confirm each has an owner and a status update.',
      },
      {
        method: 'inquiry',
        step: 'Inquire of the oversight lead whether the information presented was sufficient to challenge management.',
      },
    ],
    iso27001: ['A.5.4', 'A.5.35'],
  },
  {
    id: 'GOV-06',
    title: 'Oversight body independence and security expertise checked yearly',
    description:
      'Each year the board chair and CEO confirm that at least one member of the oversight body is independent of day-to-day management and that the body can draw on security expertise, either from a member or an engaged external advisor. Any gap is recorded with a plan and a date to close it.',
    domain: 'Governance',
    criteria: [{ id: 'CC1.2', relation: 'primary' }],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'leadership',
    evidence: [
      'Board composition list marking members independent of management',
      'Annual independence and skills review memo',
      'Engagement letter of the external security advisor, where one is used',
      'Conflict-of-interest declarations from board members',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the annual composition review for the identification of at least one member independent of management.',
      },
      {
        method: 'inspection',
        step: 'Inspect member biographies or the advisor engagement letter for evidence that security expertise was available to the body.',
      },
      { method: 'inquiry', step: 'Inquire of the board chair how members declare and manage conflicts of interest.' },
    ],
    iso27001: ['A.5.4'],
  },
  {
    id: 'GOV-07',
    title: 'Organisation chart kept in the HR system and reviewed quarterly',
    description:
      'The HR system is the single source for the organisation chart and every employee has a recorded manager, title and department. Each quarter the People team reviews the chart with department heads, corrects errors and files a dated export.',
    domain: 'Governance',
    criteria: [
      { id: 'CC1.3', relation: 'primary' },
      { id: 'CC2.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'quarterly',
    ownerFunction: 'people',
    evidence: [
      'Dated organisation chart export from the HR system for each quarter',
      'Quarterly review sign-off from department heads',
      'Log of corrections made to managers, titles or departments',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the organisation chart exports for a sample of two quarters and the related review sign-off.',
      },
      {
        method: 'reperformance',
        step: 'Select a sample of employees from the payroll register and trace each to a manager, title and department in the chart.',
      },
    ],
    iso27001: ['A.5.2'],
  },
  {
    id: 'GOV-08',
    title: 'Security program lead is formally appointed and duties are assigned',
    description:
      'The CEO formally appoints one person accountable for the security program (a CISO, head of security or a designated engineering leader) and approves a responsibility matrix that assigns security duties to teams. Both are reviewed annually and after any reorganisation.',
    domain: 'Governance',
    criteria: [
      { id: 'CC1.3', relation: 'primary' },
      { id: 'CC5.3', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'leadership',
    evidence: [
      'Appointment letter or executive announcement naming the security lead',
      'Security responsibility (RACI) matrix with approval and review dates',
      'Job description for the security lead role',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the appointment record and confirm the named security lead held the role throughout the period.',
      },
      {
        method: 'inspection',
        step: 'Inspect the responsibility matrix for coverage of access, change, incident, vendor and risk duties and for a review in the period.',
      },
      {
        method: 'inquiry',
        step: 'Inquire of the security lead whether the matrix matched how work was actually divided during the period.',
      },
    ],
    iso27001: ['A.5.2', 'A.5.4'],
  },
  {
    id: 'GOV-09',
    title: 'Segregation of duties matrix for sensitive functions reviewed annually',
    description:
      'Compliance keeps a matrix of duties that should not sit with one person, such as writing and approving production code, creating and paying vendors, or granting and reviewing access. Once a year it compares the matrix with actual role assignments and documents a compensating control wherever team size makes separation impractical.',
    domain: 'Governance',
    criteria: [
      { id: 'CC1.3', relation: 'primary' },
      { id: 'CC5.1', relation: 'supporting' },
      { id: 'CC6.3', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'annual',
    ownerFunction: 'compliance',
    evidence: [
      'Segregation of duties matrix listing incompatible duties',
      'Annual conflict analysis comparing the matrix with role and permission exports',
      'Documented compensating controls for each accepted conflict, with approver',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the matrix and the annual conflict analysis for completion and approval during the period.' },
      {
        method: 'reperformance',
        step: 'For a sample of sensitive roles, compare the users holding them against the matrix and identify any conflict not addressed in the analysis.',
      },
      { method: 'inspection', step: 'For each accepted conflict, inspect evidence that the documented compensating control operated.' },
    ],
    iso27001: ['A.5.3'],
  },
  {
    id: 'GOV-10',
    title: 'Delegation of authority matrix sets who may approve what, and up to what limit',
    description:
      'Finance maintains a delegation of authority matrix stating who may sign contracts, approve spending, hire, grant policy exceptions and accept risk, with monetary or risk thresholds for each. The CEO approves the matrix annually and whenever an executive joins or leaves.',
    domain: 'Governance',
    criteria: [
      { id: 'CC1.3', relation: 'primary' },
      { id: 'CC5.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'finance',
    evidence: [
      'Delegation of authority matrix with CEO approval date',
      'Record of updates made after executive changes',
      'Sample of approved contracts or purchase orders showing the approver',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the matrix for CEO approval during the period and for thresholds covering contracts, spend and risk acceptance.',
      },
      {
        method: 'reperformance',
        step: 'For a sample of signed contracts and purchase orders, compare the approver and amount with the limits in the matrix.',
      },
    ],
    iso27001: ['A.5.2', 'A.5.4'],
  },
  {
    id: 'GOV-11',
    title: 'Security steering group meets quarterly to set priorities',
    description:
      'A steering group made up of the security lead, the engineering lead, a People representative and an executive sponsor meets every quarter. It reviews changes to the risk register, control health, incidents and open audit items, and records decisions with owners and due dates.',
    domain: 'Governance',
    criteria: [
      { id: 'CC1.3', relation: 'primary' },
      { id: 'CC2.1', relation: 'supporting' },
      { id: 'CC4.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'quarterly',
    ownerFunction: 'security',
    evidence: [
      'Steering group terms of reference listing members and remit',
      'Quarterly agendas and minutes with decisions and owners',
      'Action tracker showing follow-up on decisions',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect minutes for a sample of two quarters and confirm the required members attended and key topics were covered.',
      },
      {
        method: 'inspection',
        step: 'Trace a sample of recorded decisions to the action tracker and confirm they were assigned and progressed.',
      },
    ],
    iso27001: ['A.5.2', 'A.5.4'],
  },
  {
    id: 'GOV-12',
    title: 'Every risk above appetite is linked to the controls that treat it',
    description:
      'After each annual risk assessment, Compliance links every risk rated above appetite to one or more controls in the control matrix and records the residual rating expected once those controls operate. Risks left without a control are escalated to the security lead for a treatment decision.',
    domain: 'Governance',
    criteria: [
      { id: 'CC5.1', relation: 'primary' },
      { id: 'CC3.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'annual',
    ownerFunction: 'compliance',
    evidence: [
      'Risk register export showing linked controls and residual ratings',
      'Report of risks above appetite without a linked control, with escalation notes',
      'Security lead sign-off on the completed mapping',
    ],
    testProcedures: [
      {
        method: 'reperformance',
        step: 'Filter the risk register for risks rated above appetite and confirm each is linked to at least one control that exists in the control matrix.',
      },
      {
        method: 'inspection',
        step: 'For a sample of linked risks, inspect the linked controls and judge whether they plausibly address the stated threat.',
      },
      { method: 'inspection', step: 'Inspect the sign-off and escalation notes for any risk that was left unmapped.' },
    ],
    iso27001: ['A.5.1'],
  },
  {
    id: 'GOV-13',
    title: 'Policy and control exceptions are approved, time-limited and tracked',
    description:
      'Anyone needing to deviate from a policy or control submits an exception request describing the reason, the risk and a compensating measure. The security lead approves or rejects it, approved exceptions carry an expiry date of no more than 12 months, and Compliance reviews the open list every quarter.',
    domain: 'Governance',
    criteria: [
      { id: 'CC5.1', relation: 'primary' },
      { id: 'CC5.3', relation: 'supporting' },
      { id: 'CC3.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'security',
    evidence: [
      'Exception register with requester, risk description, compensating measure, approver and expiry',
      'Approval records for a sample of exceptions',
      'Quarterly review notes of open and expired exceptions',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect a sample of exceptions raised in the period for a documented risk, compensating measure, security lead approval and an expiry date.',
      },
      { method: 'inspection', step: 'Inspect the register for expired exceptions and confirm each was closed or re-approved.' },
      { method: 'inquiry', step: 'Inquire of the security lead how exceptions are detected when someone deviates without requesting one.' },
    ],
    iso27001: ['A.5.1', 'A.5.36'],
  },
  {
    id: 'GOV-14',
    title: 'Security roadmap ranks control gaps by risk and is approved yearly',
    description:
      'The security lead turns the risk assessment and audit findings into a yearly roadmap that ranks missing or weak controls by risk reduction and cost. Leadership approves the roadmap and its budget, and progress is reported to the steering group each quarter.',
    domain: 'Governance',
    criteria: [
      { id: 'CC5.1', relation: 'primary' },
      { id: 'CC3.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'security',
    evidence: [
      'Annual security roadmap with risk ranking of initiatives',
      'Leadership approval of roadmap and budget',
      'Quarterly progress reports to the steering group',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the roadmap for traceability from initiatives back to specific risks or audit findings.' },
      { method: 'inspection', step: 'Inspect leadership approval of the roadmap and budget dated within the period.' },
      {
        method: 'inquiry',
        step: 'Inquire of the security lead how initiatives were re-prioritised when new risks emerged during the year.',
      },
    ],
    iso27001: ['A.5.1', 'A.5.4'],
  },
  {
    id: 'GOV-15',
    title: 'IT general control baseline is recorded for every in-scope system',
    description:
      'For each system in audit scope, Security records which access, change, backup and logging controls apply and who runs them. A new system cannot be added to scope until its baseline entry is complete, and the full list is reviewed every six months.',
    domain: 'Governance',
    criteria: [
      { id: 'CC5.2', relation: 'primary' },
      { id: 'CC6.1', relation: 'supporting' },
      { id: 'CC8.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'semi_annual',
    ownerFunction: 'security',
    evidence: [
      'System inventory with the applicable general controls and owner for each system',
      'Semi-annual review sign-off of the baseline',
      'Ticket showing baseline completion for a system added during the period',
    ],
    testProcedures: [
      {
        method: 'reperformance',
        step: 'Compare the in-scope system list in the system description with the baseline and identify systems without assigned general controls.',
      },
      { method: 'inspection', step: 'Inspect the two semi-annual reviews in the period for sign-off and resulting updates.' },
      {
        method: 'inspection',
        step: 'For a system added to scope during the period, inspect the baseline entry completed before it went live.',
      },
    ],
    iso27001: ['A.5.9', 'A.5.15', 'A.8.32'],
  },
  {
    id: 'GOV-16',
    title: 'Settings behind automated controls are change-controlled and access-restricted',
    description:
      'Compliance lists every automated control the company relies on (branch protection, MFA enforcement, backup policies, CI merge gates) together with the setting that makes it work. Admin rights to those settings are limited to a named group, changes to them are logged, and each quarter the security lead reviews the change log for unapproved edits.',
    domain: 'Governance',
    criteria: [
      { id: 'CC5.2', relation: 'primary' },
      { id: 'CC6.3', relation: 'supporting' },
      { id: 'CC8.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'quarterly',
    ownerFunction: 'security',
    evidence: [
      'Register of automated controls and the configuration each depends on',
      'List of administrators able to change those configurations',
      'Audit log extracts of configuration changes with quarterly review sign-off',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the register of automated controls and confirm each entry names the configuration it depends on and who may change it.',
      },
      {
        method: 'reperformance',
        step: 'Extract the audit log for a sample of those configurations and match each change in the period to an approval or the quarterly review.',
      },
      {
        method: 'inspection',
        step: 'Inspect the administrator lists for the sampled configurations and compare them with the approved group.',
      },
    ],
    iso27001: ['A.8.9', 'A.8.2', 'A.8.15'],
  },
  {
    id: 'GOV-17',
    title: 'Generative AI tools are limited to an approved list with safe settings',
    description:
      'Security keeps a list of AI assistants and services approved for use with company or customer data, each with required settings such as opting out of model training and enforcing SSO. Staff must use only listed tools for such data, and Security reviews the list and usage reports every quarter.',
    domain: 'Governance',
    criteria: [
      { id: 'CC5.2', relation: 'primary' },
      { id: 'CC5.3', relation: 'supporting' },
      { id: 'C1.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'quarterly',
    ownerFunction: 'security',
    evidence: [
      'Approved AI tool list with required settings and data classes allowed',
      'Acceptable use policy section covering AI tools',
      'Admin console screenshots showing required settings on approved tools',
      'Quarterly review notes including usage or spend reports',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the approved list and the quarterly reviews performed during the period.' },
      {
        method: 'inspection',
        step: 'For a sample of approved tools, inspect the admin settings for training opt-out and SSO enforcement.',
      },
      {
        method: 'reperformance',
        step: 'Compare AI-related vendors in the expense or SSO application list with the approved list and identify unlisted tools.',
      },
    ],
    iso27001: ['A.5.10', 'A.5.23'],
  },
  {
    id: 'GOV-18',
    title: 'Information security policies are approved by leadership and reviewed yearly',
    description:
      'The security lead owns a policy set (information security, acceptable use, access, change, incident, vendor, continuity and data handling) and reviews every policy at least once a year. An executive approves each new version, and superseded versions are archived.',
    domain: 'Governance',
    criteria: [
      { id: 'CC5.3', relation: 'primary' },
      { id: 'CC2.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'security',
    evidence: [
      'Policy index listing each policy, owner, version, approval and next review date',
      'Approval records for policy versions in force during the period',
      'Archive of superseded policy versions',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the policy index and confirm each policy was reviewed and approved by an executive within the last 12 months.',
      },
      { method: 'inspection', step: 'For a sample of policies, compare the approved version with the version published to staff.' },
    ],
    iso27001: ['A.5.1'],
  },
  {
    id: 'GOV-19',
    title: 'Runbooks exist for each recurring control activity',
    description:
      'Each recurring control, such as access reviews, restore tests or vendor reviews, has a written procedure stating the steps, the inputs used and the evidence to keep. Control owners review their procedures annually and whenever the underlying process or tool changes.',
    domain: 'Governance',
    criteria: [
      { id: 'CC5.3', relation: 'primary' },
      { id: 'CC5.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'compliance',
    evidence: [
      'Procedure library linked to recurring controls',
      'Review dates and reviewer names per procedure',
      'Change history showing updates after process changes',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Select a sample of recurring controls and inspect the related procedure for steps, inputs and evidence requirements.',
      },
      { method: 'inquiry', step: 'Inquire of the sampled control owners whether they perform the control as written.' },
      { method: 'observation', step: 'Observe one control owner performing a recurring control and compare the steps with the procedure.' },
    ],
    iso27001: ['A.5.37'],
  },
  {
    id: 'GOV-20',
    title: 'Every control has a named owner and backup, confirmed quarterly',
    description:
      'Each control in the compliance platform is assigned to a named person (not a team) plus a backup. Every quarter Compliance runs a report of controls with no owner or whose owner has left, and reassigns them within two weeks.',
    domain: 'Governance',
    criteria: [
      { id: 'CC5.3', relation: 'primary' },
      { id: 'CC1.3', relation: 'supporting' },
      { id: 'CC1.5', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'quarterly',
    ownerFunction: 'compliance',
    evidence: [
      'Control list export with owner and backup for each control',
      'Quarterly unowned-control report',
      'Reassignment records with dates',
    ],
    testProcedures: [
      {
        method: 'reperformance',
        step: 'Compare the control owner list with the active employee list as of a date in the period and identify departed owners.',
      },
      { method: 'inspection', step: 'Inspect two quarterly reports and confirm gaps found were reassigned within two weeks.' },
    ],
    iso27001: ['A.5.2'],
  },
];
