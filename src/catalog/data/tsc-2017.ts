/**
 * SOC 2 — 2017 Trust Services Criteria (points of focus revised 2022).
 *
 * Ids, categories, series, COSO principle numbers and point-of-focus counts are facts. Every title, intent,
 * auditor-focus and evidence text below is Assay's own writing, aimed at a compliance lead at a small company;
 * none of it is AICPA's criterion or point-of-focus wording.
 */
import type { CategoryId, Criterion } from '../types.js';

/** Our own names for the 20 series. */
export const TSC_SERIES_NAMES: Record<string, string> = {
  CC1: 'Control environment',
  CC2: 'Communication and information',
  CC3: 'Risk assessment',
  CC4: 'Monitoring of controls',
  CC5: 'Control activities',
  CC6: 'Logical and physical access',
  CC7: 'System operations',
  CC8: 'Change management',
  CC9: 'Risk mitigation',
  A1: 'Availability',
  PI1: 'Processing integrity',
  C1: 'Confidentiality',
  P1: 'Notice',
  P2: 'Choice and consent',
  P3: 'Collection',
  P4: 'Use, retention and disposal',
  P5: 'Access by data subjects',
  P6: 'Disclosure and notification',
  P7: 'Quality',
  P8: 'Monitoring and enforcement',
};

function categoryOf(series: string): CategoryId {
  if (series.startsWith('CC')) return 'security';
  if (series.startsWith('PI')) return 'processing_integrity';
  if (series.startsWith('A')) return 'availability';
  if (series.startsWith('C')) return 'confidentiality';
  return 'privacy';
}

interface Def {
  id: string;
  coso?: number;
  pof: number;
  title: string;
  intent: string;
  auditorFocus: string;
  typicalEvidence: string[];
}

function def(d: Def): Criterion {
  const series = d.id.slice(0, d.id.indexOf('.'));
  const seriesName = TSC_SERIES_NAMES[series];
  if (!seriesName) throw new Error(`unknown TSC series ${series}`);
  return {
    id: d.id,
    category: categoryOf(series),
    series,
    seriesName,
    cosoPrinciple: d.coso ?? null,
    title: d.title,
    intent: d.intent,
    auditorFocus: d.auditorFocus,
    typicalEvidence: d.typicalEvidence,
    pointsOfFocusCount: d.pof,
  };
}

export const TSC_2017_CRITERIA: Criterion[] = [
  // ───────────────────────────── CC1 — Control environment ─────────────────────────────
  def({
    id: 'CC1.1',
    coso: 1,
    pof: 5,
    title: 'Leadership sets an ethical tone and a code of conduct people follow',
    intent:
      'Leaders write down how people are expected to behave, make sure everyone (contractors included) has read it, and act when someone crosses the line. If the culture shrugs at shortcuts, every other control gets quietly bypassed.',
    auditorFocus:
      'Auditors sample new hires and contractors to confirm they acknowledged the code of conduct, and ask management how misconduct is reported and handled. They often look at any conduct cases closed during the period.',
    typicalEvidence: [
      'Current code of conduct with approval date and version history',
      'Signed code-of-conduct acknowledgements for new hires in the period',
      'Annual re-acknowledgement records for existing staff',
      'Contractor agreements that reference conduct expectations',
      'Log of conduct or ethics cases and how each was resolved',
    ],
  }),
  def({
    id: 'CC1.2',
    coso: 2,
    pof: 4,
    title: 'A board or similar body oversees management independently',
    intent:
      'Someone other than the people running the company day to day should keep an eye on security and internal control and be able to challenge management. In a startup this is usually the board of directors, which needs regular, honest updates on security risk.',
    auditorFocus:
      'Auditors read board or committee minutes for evidence that security and risk were discussed, inspect any charter describing oversight duties, and ask about members who are independent of management and what relevant expertise they bring.',
    typicalEvidence: [
      'Board or committee meeting minutes with security and risk agenda items',
      'Board or audit committee charter describing oversight responsibilities',
      'Board roster noting which members are independent of management',
      'Security program update decks presented to the board',
    ],
  }),
  def({
    id: 'CC1.3',
    coso: 3,
    pof: 6,
    title: 'Clear org structure, reporting lines and who may decide what',
    intent:
      'Everyone should know who they report to, who owns the security program and who can approve what. Clear ownership stops decisions falling through the cracks and lets you separate duties that should not sit with one person.',
    auditorFocus:
      'Auditors inspect the org chart and job descriptions, confirm a named person is accountable for security, and look at how responsibilities and approval authority are written down and kept current.',
    typicalEvidence: [
      'Current org chart showing reporting lines',
      'Job descriptions that spell out security responsibilities',
      'Responsibility matrix (RACI) for the security and compliance program',
      'Documented appointment of the security lead or officer',
      'Approval or delegation-of-authority matrix',
    ],
  }),
  def({
    id: 'CC1.4',
    coso: 4,
    pof: 7,
    title: 'Hiring, vetting, training and keeping capable people',
    intent:
      'Controls are run by people, so the company needs staff with the right skills, checked before they join and trained once they are in. It should also think about who covers critical roles if someone leaves.',
    auditorFocus:
      'Auditors sample hires from the period to check background screening and onboarding training were completed, inspect training completion reports, and ask how performance reviews and cover for key roles are handled.',
    typicalEvidence: [
      'Background check completion records for sampled new hires',
      'Security awareness training completion report for the period',
      'Job descriptions listing required skills and qualifications',
      'Performance review completion records',
      'Succession or backup-coverage plan for critical roles',
    ],
  }),
  def({
    id: 'CC1.5',
    coso: 5,
    pof: 6,
    title: 'Owning a control comes with measures and consequences',
    intent:
      'Owning a control has to mean something: people are measured on it, and there are consequences when they ignore it. Leadership should also watch that targets and incentives do not push people to cut corners.',
    auditorFocus:
      'Auditors check that control owners are named, inspect performance review templates for security or compliance goals, and review the sanctions policy together with any disciplinary actions taken for policy violations.',
    typicalEvidence: [
      'Control register listing a named owner for each control',
      'Performance review forms that include security or compliance objectives',
      'Disciplinary or sanctions policy covering security violations',
      'Redacted records of disciplinary actions taken in the period',
    ],
  }),

  // ───────────────────────────── CC2 — Communication and information ─────────────────────────────
  def({
    id: 'CC2.1',
    coso: 13,
    pof: 9,
    title: 'Reliable information to run and check controls',
    intent:
      'Controls run on information: asset lists, user listings, logs, tickets, reports. The company has to know what it needs, pull it from trustworthy sources and keep it complete and accurate enough to rely on.',
    auditorFocus:
      'Auditors test whether system-generated reports used in controls are complete and accurate, for example by asking how a user list was extracted and comparing it to the source. They also inspect system and data inventories.',
    typicalEvidence: [
      'Inventory of systems, data stores and their owners',
      'Data flow diagrams for in-scope systems',
      'Saved queries or scripts used to produce control reports',
      'Description of the system and its boundaries',
      'Records of data quality or reconciliation checks',
    ],
  }),
  def({
    id: 'CC2.2',
    coso: 14,
    pof: 13,
    title: 'Telling staff about policies, their duties and how to raise concerns',
    intent:
      'Everyone inside the company should know the security goals, the policies that apply to them and what they personally must do. They also need a way to report problems or concerns, including anonymously.',
    auditorFocus:
      'Auditors inspect where policies are published and who acknowledged them, review onboarding and internal security communications, and confirm that a reporting or whistleblower channel exists and is known to staff.',
    typicalEvidence: [
      'Screenshot of the internal policy portal with published policies',
      'Policy acknowledgement records for employees',
      'Onboarding security training materials',
      'Description of the anonymous or whistleblower reporting channel',
      'Internal announcements about security topics or policy changes',
      'Instructions for staff on how to report a security incident',
    ],
  }),
  def({
    id: 'CC2.3',
    coso: 15,
    pof: 12,
    title: 'Communicating with customers, vendors and other outsiders',
    intent:
      'Customers, partners, vendors and regulators need to know what you have promised, how to reach you about problems and when something important changes. The channel also runs the other way: you need to hear from them.',
    auditorFocus:
      'Auditors inspect customer contracts and terms for security commitments, look at public security and status pages and external reporting channels, and check that customers were told about relevant incidents or changes.',
    typicalEvidence: [
      'Master services agreement or terms of service with security commitments',
      'Public security or trust page',
      'Status page history of incidents and maintenance notices',
      'Published vulnerability disclosure policy or security contact address',
      'Customer notifications sent for significant changes or incidents',
    ],
  }),

  // ───────────────────────────── CC3 — Risk assessment ─────────────────────────────
  def({
    id: 'CC3.1',
    coso: 6,
    pof: 16,
    title: 'Written business and security goals that risk work can anchor to',
    intent:
      'You cannot judge risk without knowing what you are trying to achieve. The company should write down its business, reporting, compliance and security goals, including what it has promised customers, so the risk assessment has something concrete to measure against.',
    auditorFocus:
      'Auditors look for documented objectives and service commitments, check that management approved them, and see whether the risk assessment actually refers back to them.',
    typicalEvidence: [
      'Documented company and security program objectives',
      'List of service commitments and system requirements',
      'Risk assessment methodology that references those objectives',
      'Management meeting notes approving the objectives',
      'Service level definitions shared with customers',
    ],
  }),
  def({
    id: 'CC3.2',
    coso: 7,
    pof: 9,
    title: 'Finding and rating risks, then deciding what to do about them',
    intent:
      'At least once a year the company works out what could go wrong with its systems, data and suppliers, estimates how likely and how bad each risk is, and chooses to reduce, accept, transfer or avoid it.',
    auditorFocus:
      'Auditors inspect the risk assessment done in the period, the methodology and the risk register, and check for management sign-off, named owners and treatment decisions linked to controls.',
    typicalEvidence: [
      'Risk assessment methodology document',
      'Risk register with likelihood, impact, owner and treatment',
      'Signed-off risk assessment report dated within the period',
      'Risk treatment plans with due dates',
      'Asset and vendor inventories used as inputs',
    ],
  }),
  def({
    id: 'CC3.3',
    coso: 8,
    pof: 5,
    title: 'Thinking through fraud and insider misuse',
    intent:
      'The risk assessment should ask how someone inside or outside could cheat the company or abuse its systems: altering records, stealing data, sneaking past approvals. Considering motive and opportunity helps target the right controls.',
    auditorFocus:
      'Auditors check that the risk assessment contains specific fraud and misuse scenarios, ask management how those were considered, and see whether controls are mapped to them.',
    typicalEvidence: [
      'Fraud and misuse section of the risk assessment',
      'Fraud scenarios recorded in the risk register',
      'Mapping of fraud scenarios to mitigating controls',
      'Notes from management discussions about fraud risk',
    ],
  }),
  def({
    id: 'CC3.4',
    coso: 9,
    pof: 6,
    title: 'Reassessing risk when the business or its technology shifts',
    intent:
      'A new product line, an acquisition, new regulation, leadership turnover, a cloud migration or a new critical vendor can make existing controls obsolete. The company needs a way to notice such shifts and reassess risk when they happen.',
    auditorFocus:
      'Auditors ask how significant changes are identified and look for risk register updates or reassessments that followed the changes that occurred during the period.',
    typicalEvidence: [
      'Risk register entries updated after significant changes',
      'Management meeting notes discussing business or technology changes',
      'Ad hoc risk assessments triggered by a change',
      'Log of regulatory or legal developments being tracked',
    ],
  }),

  // ───────────────────────────── CC4 — Monitoring of controls ─────────────────────────────
  def({
    id: 'CC4.1',
    coso: 16,
    pof: 8,
    title: "Management's own testing of whether controls work",
    intent:
      'Management should not wait for the external auditor to find out whether controls work. Continuous monitoring, internal reviews, self-assessments and penetration tests show whether controls are in place and operating as designed.',
    auditorFocus:
      'Auditors inspect internal review or readiness reports, automated monitoring results and penetration test reports, and ask who performed the evaluations and whether they were competent and objective.',
    typicalEvidence: [
      'Internal audit or readiness assessment report',
      'Exports from a continuous control monitoring dashboard',
      'Annual penetration test report',
      'Quarterly control self-assessment sign-offs',
    ],
  }),
  def({
    id: 'CC4.2',
    coso: 17,
    pof: 3,
    title: 'Reporting control gaps and fixing them on time',
    intent:
      'When a check turns up a broken control, route it to whoever owns the fix, escalate the serious ones to leadership or the board, and track every fix until it is done. Findings that sit in a spreadsheet for a year are a finding in themselves.',
    auditorFocus:
      'Auditors inspect the deficiency or findings log, look for evidence that findings were reported to management, and follow a sample of items through to their remediation and closure.',
    typicalEvidence: [
      'Control deficiency log with owners and due dates',
      'Remediation tickets with closure evidence',
      'Management or board reports on open findings',
      'Tracker for penetration test and audit findings',
    ],
  }),

  // ───────────────────────────── CC5 — Control activities ─────────────────────────────
  def({
    id: 'CC5.1',
    coso: 10,
    pof: 6,
    title: 'Each significant risk answered by fitting controls',
    intent:
      'Controls should follow from risks: each significant risk is answered by one or more controls, with a sensible mix of preventive and detective, manual and automated. Where one person could both do and approve something risky, split the work.',
    auditorFocus:
      'Auditors inspect the risk-to-control mapping, check that high risks are covered, and ask how segregation of duties is handled where the team is small.',
    typicalEvidence: [
      'Risk and control matrix',
      'Control register showing nature, frequency and owner of each control',
      'Segregation-of-duties matrix or compensating-control notes',
      'Documented rationale for risks accepted without a control',
    ],
  }),
  def({
    id: 'CC5.2',
    coso: 11,
    pof: 4,
    title: 'Baseline IT controls over the technology stack',
    intent:
      'Almost every control leans on technology, so the technology itself needs baseline controls: on the cloud and network foundations, on the way security tooling is administered, and on the process for buying, building and maintaining software.',
    auditorFocus:
      'Auditors inspect which technology components are in scope and which general IT controls (access, change, operations) cover each, and identify where the business relies on automated controls.',
    typicalEvidence: [
      'System component inventory showing control coverage',
      'General IT controls matrix',
      'Secure development lifecycle policy',
      'Infrastructure-as-code repository and its access settings',
    ],
  }),
  def({
    id: 'CC5.3',
    coso: 12,
    pof: 6,
    title: 'Policies and procedures that are written, owned and actually used',
    intent:
      'Write down the rules (policies) and the step-by-step how-tos (procedures). Each needs an owner, sign-off and a yearly look, and both must match what people really do, with corrections when practice and paper drift apart.',
    auditorFocus:
      'Auditors inspect the policy set for owners, approval and review dates, and compare written procedures against what they observe or sample in practice.',
    typicalEvidence: [
      'Information security policy set with version history',
      'Annual policy review and approval records',
      'Operational procedures and runbooks',
      'Policy exception register with approvals',
    ],
  }),

  // ───────────────────────────── CC6 — Logical and physical access ─────────────────────────────
  def({
    id: 'CC6.1',
    pof: 13,
    title: 'Technical access foundations: identity, login and restrictions',
    intent:
      'This is the plumbing of access control: know what assets you have, give everyone a unique identity with strong authentication, restrict who can reach data and infrastructure, segment networks and look after encryption keys.',
    auditorFocus:
      'Auditors inspect identity provider settings for MFA and password rules, network segmentation, encryption-at-rest settings and key management, often by watching someone walk through live configuration screens.',
    typicalEvidence: [
      'Identity provider configuration showing MFA enforced for all users',
      'Asset inventory of in-scope systems',
      'Network diagram showing segmentation between environments',
      'Encryption-at-rest settings for databases and storage buckets',
      'Key management policy and key rotation settings',
      'Access control policy',
    ],
  }),
  def({
    id: 'CC6.2',
    pof: 3,
    title: 'Approving accounts before creation and removing them promptly',
    intent:
      'An account should exist only after someone authorised has asked for it, and it should be switched off promptly when the person leaves or no longer needs it. This applies to employees, contractors and service accounts alike.',
    auditorFocus:
      'Auditors sample new hires and leavers from the period, check for approved access requests, and compare the HR termination list with account deactivation dates to test timeliness.',
    typicalEvidence: [
      'Access request tickets showing approval before provisioning',
      'Onboarding checklists for sampled new hires',
      'Offboarding tickets with deactivation timestamps',
      'Reconciliation of HR leaver list to identity provider deactivations',
    ],
  }),
  def({
    id: 'CC6.3',
    pof: 4,
    title: 'Role-based, least-privilege access with regular reviews',
    intent:
      'Permissions should fit the job and no more, changes should be approved, and someone should regularly review who has what and remove access that is no longer justified.',
    auditorFocus:
      'Auditors inspect role definitions, sample access changes for approval, and re-check the periodic access reviews, including whether the user lists were complete and whether flagged access was actually removed.',
    typicalEvidence: [
      'Role and permission matrix',
      'Quarterly user access review sign-offs',
      'Tickets showing access removed as a result of reviews',
      'List of privileged users with business justification',
    ],
  }),
  def({
    id: 'CC6.4',
    pof: 4,
    title: 'Keeping unauthorised people away from facilities and hardware',
    intent:
      'Only authorised people should get into offices, server rooms and places where hardware, media or backups are kept. For cloud-hosted companies much of this is inherited from the cloud provider, leaving office access and reliance on the provider’s report.',
    auditorFocus:
      'Auditors inspect badge system user lists and their periodic review, visitor logs, and the cloud or data-centre provider’s SOC report together with your review of it.',
    typicalEvidence: [
      'Badge access system user list',
      'Periodic physical access review records',
      'Visitor logs for offices',
      'Cloud provider SOC 2 report and review memo',
    ],
  }),
  def({
    id: 'CC6.5',
    pof: 1,
    title: 'Wiping or destroying hardware and media before disposal',
    intent:
      'Before a laptop, drive or backup medium leaves the company’s hands, the data on it must be made unrecoverable. Otherwise retired equipment becomes an easy data leak.',
    auditorFocus: 'Auditors sample retired or disposed assets from the period and look for wipe records or certificates of destruction.',
    typicalEvidence: [
      'Certificates of destruction from the disposal vendor',
      'Device wipe records from mobile device management',
      'Asset register entries marked as retired with disposal date',
      'Media and equipment disposal procedure',
    ],
  }),
  def({
    id: 'CC6.6',
    pof: 4,
    title: 'Perimeter defences for internet, remote and partner traffic',
    intent:
      'Anything coming in from outside (internet traffic, remote staff, third-party integrations) should pass through controls such as firewalls, web application firewalls, VPN or zero-trust access, and strong authentication.',
    auditorFocus:
      'Auditors inspect firewall and security group rules, web application firewall settings and the remote access setup, and check that rules are reviewed and that remote access requires MFA.',
    typicalEvidence: [
      'Security group or firewall rule exports',
      'Web application firewall configuration',
      'VPN or zero-trust access configuration requiring MFA',
      'External vulnerability scan results',
      'Firewall rule review records',
    ],
  }),
  def({
    id: 'CC6.7',
    pof: 4,
    title: 'Protecting data in transit and controlling how it leaves',
    intent:
      'Data crossing networks should be encrypted, and the company should control the ways data can leave (email, file sharing, USB drives, laptops) so it only goes where it is allowed to.',
    auditorFocus:
      'Auditors inspect TLS settings on public endpoints, device management reports for disk encryption, and any restrictions on removable media or data loss prevention rules.',
    typicalEvidence: [
      'TLS configuration or scan results for public endpoints',
      'Load balancer listener settings enforcing HTTPS',
      'Device management report showing full-disk encryption on laptops',
      'Removable media policy and its technical enforcement',
      'Configuration of encrypted file transfer channels',
    ],
  }),
  def({
    id: 'CC6.8',
    pof: 5,
    title: 'Endpoint protection and keeping unapproved software out',
    intent:
      'Laptops and servers need protection against malware and against software nobody approved. That means endpoint protection, limits on who can install things, and checks that what runs in production is what you built.',
    auditorFocus:
      'Auditors compare endpoint protection coverage with the device inventory, check that alerts are handled, and look at restrictions on local admin rights and scanning of container images or dependencies.',
    typicalEvidence: [
      'Endpoint protection console report showing device coverage',
      'Device management policy restricting software installation',
      'Container image or dependency scanning results',
      'Tickets showing malware alerts investigated',
      'File integrity monitoring configuration',
    ],
  }),

  // ───────────────────────────── CC7 — System operations ─────────────────────────────
  def({
    id: 'CC7.1',
    pof: 5,
    title: 'Finding configuration drift and new vulnerabilities',
    intent:
      'Define secure baseline configurations, notice when systems drift away from them, and scan regularly so newly published vulnerabilities are found and fixed within set timeframes.',
    auditorFocus:
      'Auditors inspect scan schedules and results across the period, sample critical findings to check they were fixed within the stated deadline, and review configuration baselines or cloud posture reports.',
    typicalEvidence: [
      'Vulnerability scan reports covering the period',
      'Vulnerability remediation timeframe policy',
      'Tickets showing remediation of sampled critical findings',
      'Cloud security posture or benchmark reports',
      'Documented configuration baselines',
    ],
  }),
  def({
    id: 'CC7.2',
    pof: 4,
    title: 'Watching systems for signs of attack, error or failure',
    intent:
      'Record security-relevant activity, send it somewhere central, and alert on unusual patterns so attacks, errors and outages are noticed quickly rather than weeks later.',
    auditorFocus:
      'Auditors inspect logging configuration, alert rules and log retention, and follow a sample of alerts to see that someone looked at them.',
    typicalEvidence: [
      'Centralised logging configuration for in-scope systems',
      'Alert rule definitions and routing',
      'Sample alerts with corresponding response tickets',
      'Log retention settings',
      'Intrusion or threat detection service configuration',
    ],
  }),
  def({
    id: 'CC7.3',
    pof: 7,
    title: 'Triaging security events to decide which are incidents',
    intent:
      'Not every alert is an incident. Someone with clear criteria needs to look at events, decide whether they are incidents, rate their severity and escalate the ones that matter.',
    auditorFocus:
      'Auditors inspect the severity and classification criteria in the incident plan and sample events or tickets to see that triage happened and the decisions were recorded.',
    typicalEvidence: [
      'Incident severity classification matrix',
      'Security event triage tickets with dispositions',
      'On-call rotation schedule',
      'Escalation contact list',
    ],
  }),
  def({
    id: 'CC7.4',
    pof: 14,
    title: 'Responding to incidents under a written, tested plan',
    intent:
      'When an incident happens, a documented plan tells people who does what: stop the spread, clear out the cause, repair what broke and keep the right people informed. The plan only works if it has been rehearsed.',
    auditorFocus:
      'Auditors inspect the incident response plan and the record of tabletop exercises, and sample real incidents to check the plan was followed and affected parties were informed where needed.',
    typicalEvidence: [
      'Incident response plan with roles and contact details',
      'Annual tabletop exercise report',
      'Incident tickets with timelines of actions taken',
      'Communications sent to customers or others about incidents',
    ],
  }),
  def({
    id: 'CC7.5',
    pof: 6,
    title: 'Recovering from incidents and learning from them',
    intent:
      'Once an incident is contained, get services back to normal, work out the root cause and feed the lessons into your controls so the same thing does not happen again.',
    auditorFocus:
      'Auditors inspect post-incident reviews, check that root causes were identified, and follow corrective actions through to completion.',
    typicalEvidence: [
      'Post-incident review documents',
      'Corrective action tickets linked to incidents',
      'Records of service restoration',
      'Runbooks or controls updated after an incident',
    ],
  }),

  // ───────────────────────────── CC8 — Change management ─────────────────────────────
  def({
    id: 'CC8.1',
    pof: 18,
    title: 'Controlled changes to code, infrastructure, configuration and data',
    intent:
      'Every change to production (code, infrastructure, configuration, direct data fixes) should be requested, tested, reviewed and approved before it goes live. Emergency changes are allowed but get reviewed afterwards.',
    auditorFocus:
      'Auditors pull the full list of production changes for the period and sample it for a linked ticket, peer review, passing tests and approval. They inspect branch protection to see whether anyone can bypass review, and look at emergency changes.',
    typicalEvidence: [
      'Change management policy',
      'Branch protection settings on production repositories',
      'Sampled pull requests showing peer approval and passing CI checks',
      'Deployment logs for the period',
      'Emergency change records with after-the-fact approval',
      'Infrastructure-as-code change history',
    ],
  }),

  // ───────────────────────────── CC9 — Risk mitigation ─────────────────────────────
  def({
    id: 'CC9.1',
    pof: 2,
    title: 'Preparing for events that could disrupt the business',
    intent:
      'Work out what could stop the business from operating and prepare for it, through continuity and recovery planning and by shifting some of the financial risk to insurers.',
    auditorFocus:
      'Auditors inspect the business continuity plan and any impact analysis, confirm insurance coverage, and check that disruption risks appear in the risk register.',
    typicalEvidence: [
      'Business continuity plan',
      'Business impact analysis',
      'Cyber insurance certificate or policy summary',
      'Risk register entries for disruption scenarios',
    ],
  }),
  def({
    id: 'CC9.2',
    pof: 13,
    title: 'Vetting and overseeing the suppliers you depend on',
    intent:
      'Vendors that touch your systems or data bring their risk into your environment. Assess them before signing, put security obligations into contracts, and review them periodically, for example by reading their SOC reports.',
    auditorFocus:
      'Auditors inspect the vendor inventory and risk tiers, then sample critical vendors for due diligence, contract terms and an annual review of their assurance reports, including the controls you are expected to operate on your side.',
    typicalEvidence: [
      'Vendor inventory with criticality ratings',
      'Completed vendor security questionnaires or assessments',
      'Vendor SOC 2 reports with review notes',
      'Contracts or data processing agreements with security clauses',
      'Vendor offboarding records',
    ],
  }),

  // ───────────────────────────── A1 — Availability ─────────────────────────────
  def({
    id: 'A1.1',
    pof: 3,
    title: 'Enough headroom: tracking usage and planning for growth',
    intent:
      'Track how much compute, storage and network capacity is in use and plan ahead, so growth or traffic spikes do not cause outages that break your uptime promises.',
    auditorFocus:
      'Auditors inspect monitoring dashboards, alert thresholds and autoscaling settings, and look for evidence that capacity is reviewed and acted on.',
    typicalEvidence: [
      'Capacity and utilisation dashboards',
      'Alert thresholds for CPU, memory, disk and queue depth',
      'Autoscaling configuration',
      'Notes from periodic capacity planning reviews',
    ],
  }),
  def({
    id: 'A1.2',
    pof: 11,
    title: 'Backups, resilient infrastructure and environmental safeguards',
    intent:
      'Protect the physical environment (power, cooling, fire suppression, usually via the cloud provider), back up data, replicate across zones or regions, and have recovery infrastructure ready so you can meet availability commitments.',
    auditorFocus:
      'Auditors inspect backup schedules and job results, multi-zone or multi-region architecture, and the hosting provider’s SOC report for the environmental protections you inherit.',
    typicalEvidence: [
      'Backup schedule and retention configuration',
      'Backup job success and failure logs for the period',
      'Architecture diagram showing zone or region redundancy',
      'Hosting provider SOC report covering environmental controls',
      'Disaster recovery plan',
    ],
  }),
  def({
    id: 'A1.3',
    pof: 2,
    title: 'Testing that recovery actually works',
    intent:
      'A backup you have never restored and a recovery plan you have never run are guesses. Periodically restore data and run recovery exercises, then fix what they expose.',
    auditorFocus:
      'Auditors inspect restore test records and recovery exercise reports from the period and compare the achieved recovery times and data loss against the stated targets.',
    typicalEvidence: [
      'Backup restore test records',
      'Disaster recovery test report with achieved recovery time and point',
      'Tickets for issues found during recovery testing',
      'Recovery plan updated after the test',
    ],
  }),

  // ───────────────────────────── PI1 — Processing integrity ─────────────────────────────
  def({
    id: 'PI1.1',
    pof: 3,
    title: 'Defining and sharing the specs for correct processing',
    intent:
      'To process data correctly you need clear definitions of what input is expected, what the system does with it and what the output should be, and the people using the system need access to those definitions too.',
    auditorFocus:
      'Auditors inspect product specifications, data definitions and customer-facing documentation, and ask how changes to them are communicated.',
    typicalEvidence: [
      'API documentation and data dictionaries',
      'Product or processing specifications',
      'Customer-facing documentation describing how data is processed',
      'Change log for specifications',
    ],
  }),
  def({
    id: 'PI1.2',
    pof: 3,
    title: 'Checking that inputs are complete and correct',
    intent:
      'Bad data in means bad results out. Validate what enters the system (format, ranges, required fields, duplicates) and deal with rejected items rather than silently dropping them.',
    auditorFocus:
      'Auditors inspect validation rules and may re-perform them by submitting bad input in a test environment. They also review how rejected records are logged and resolved.',
    typicalEvidence: [
      'Input validation code or configuration',
      'Reject and error logs with resolution notes',
      'Import or ingestion reconciliation reports',
      'Automated test cases covering validation rules',
    ],
  }),
  def({
    id: 'PI1.3',
    pof: 5,
    title: 'Processing data accurately, completely and on time',
    intent:
      'Once data is in, the system should process all of it correctly and within expected timeframes, and errors should be caught and corrected rather than passed along.',
    auditorFocus:
      'Auditors inspect job monitoring and reconciliations, sample processing errors to see how they were fixed, and may re-perform a calculation to compare with the system result.',
    typicalEvidence: [
      'Scheduled job monitoring dashboards and failure alerts',
      'Reconciliation reports between processing stages',
      'Automated test results for processing logic',
      'Tickets for processing errors and their correction',
    ],
  }),
  def({
    id: 'PI1.4',
    pof: 4,
    title: 'Delivering outputs accurately and only to the right recipients',
    intent:
      'Results, reports and files should be complete, correct and delivered on time, and they should reach only the people or systems meant to receive them.',
    auditorFocus:
      'Auditors inspect output reconciliations, delivery logs and the settings that control who receives outputs, and sample deliveries for accuracy.',
    typicalEvidence: [
      'Output reconciliation or control total reports',
      'Delivery logs for reports, files or webhooks',
      'Configuration of recipients and output access permissions',
      'Tickets for misdirected or failed deliveries',
    ],
  }),
  def({
    id: 'PI1.5',
    pof: 4,
    title: 'Storing inputs, work in progress and outputs safely',
    intent:
      'Data held at each stage must stay complete and unaltered, be protected from unauthorised changes and be kept for as long as the specifications say.',
    auditorFocus: 'Auditors inspect storage access controls, integrity mechanisms and retention settings for each stage of processing.',
    typicalEvidence: [
      'Database constraints and integrity checks',
      'Access permissions on storage locations',
      'Retention configuration for stored inputs and outputs',
      'Checksums or versioning settings on stored files',
    ],
  }),

  // ───────────────────────────── C1 — Confidentiality ─────────────────────────────
  def({
    id: 'C1.1',
    pof: 3,
    title: 'Knowing what is confidential and guarding it',
    intent:
      'Know which information you have promised to keep confidential (customer data, trade secrets, contract terms), classify it, protect it accordingly and keep it no longer than needed.',
    auditorFocus:
      'Auditors inspect the classification policy and data inventory, check access restrictions on confidential data stores, and review the retention schedule.',
    typicalEvidence: [
      'Data classification policy',
      'Data inventory tagged with classification levels',
      'Retention schedule for confidential information',
      'Access restrictions on confidential data stores',
    ],
  }),
  def({
    id: 'C1.2',
    pof: 2,
    title: 'Destroying confidential information when no longer needed',
    intent:
      'When confidential information reaches the end of its retention period, or a customer leaves, it should be deleted or destroyed in a way that cannot be undone.',
    auditorFocus:
      'Auditors sample retention expiries or customer terminations and look for evidence that the related data was actually deleted.',
    typicalEvidence: [
      'Deletion logs or records for expired data',
      'Customer data deletion confirmations after contract end',
      'Automated retention job configuration',
      'Certificates of destruction for physical records',
    ],
  }),

  // ───────────────────────────── P1–P8 — Privacy ─────────────────────────────
  def({
    id: 'P1.1',
    pof: 7,
    title: 'A privacy notice explaining what happens to personal data',
    intent:
      'People whose data you handle should be told, in plain language and at the right time, what you collect, why, who it is shared with, how long it is kept and how to contact you.',
    auditorFocus:
      'Auditors inspect the published privacy notice and its revision history, check where it is shown during sign-up or collection, and compare it with actual practices.',
    typicalEvidence: [
      'Published privacy notice with revision history',
      'Screenshots of where the notice is presented during sign-up',
      'Internal review records when the notice changes',
      'Records of processing activities matching the notice',
    ],
  }),
  def({
    id: 'P2.1',
    pof: 6,
    title: 'Offering real choices and recording consent',
    intent:
      'Where people have a say in how their data is used, they should be shown the options clearly, their choices should be recorded and the system should respect them.',
    auditorFocus:
      'Auditors inspect consent capture screens and preference settings, sample consent records, and check that opt-outs are honoured in downstream systems.',
    typicalEvidence: [
      'Consent records with timestamps and versions',
      'Cookie consent banner configuration',
      'Preference centre or opt-out settings',
      'Evidence that opt-outs propagate to marketing and analytics tools',
    ],
  }),
  def({
    id: 'P3.1',
    pof: 4,
    title: 'Collecting only the personal data you actually need',
    intent:
      'Gather only the personal data your stated purposes call for, and do it in ways that are honest and legal. Collecting extra fields just in case creates risk without benefit.',
    auditorFocus:
      'Auditors inspect the data inventory and collection forms, and ask how new data collection is reviewed before it is introduced.',
    typicalEvidence: [
      'Records of processing activities or personal data inventory',
      'Privacy review records for new features that collect data',
      'Data minimisation review notes',
      'Sign-up and collection forms compared with the privacy notice',
    ],
  }),
  def({
    id: 'P3.2',
    pof: 2,
    title: 'Explicit consent where law or commitments require it',
    intent:
      'For sensitive data, or where law or your own commitments demand it, get clear opt-in consent and explain what happens if the person says no.',
    auditorFocus: 'Auditors inspect explicit consent flows and sample consent logs for the data categories that require it.',
    typicalEvidence: [
      'Explicit consent screens and wording',
      'Consent logs with timestamps for sensitive data',
      'Legal analysis of where explicit consent is required',
    ],
  }),
  def({
    id: 'P4.1',
    pof: 1,
    title: 'Using personal data only for the purposes stated',
    intent:
      'Once collected, personal data should be used only for what people were told. New uses need a fresh look and, where needed, fresh notice or consent.',
    auditorFocus:
      'Auditors ask how new uses of personal data are reviewed and compare actual processing with the purposes in the privacy notice.',
    typicalEvidence: [
      'Purpose register linking data categories to uses',
      'Privacy impact assessments for new uses',
      'Internal data use policy',
    ],
  }),
  def({
    id: 'P4.2',
    pof: 2,
    title: 'Keeping personal data no longer than needed',
    intent:
      'Set retention periods for personal data based on purpose and legal obligations, and apply them in practice instead of keeping everything forever.',
    auditorFocus:
      'Auditors inspect the retention schedule and check that systems enforce it, for example by looking for records older than the stated period.',
    typicalEvidence: [
      'Personal data retention schedule',
      'Automated retention or purge job configuration',
      'Query results showing no records beyond retention limits',
    ],
  }),
  def({
    id: 'P4.3',
    pof: 3,
    title: 'Securely disposing of personal data, including on request',
    intent:
      'When personal data is no longer needed, or someone asks for deletion, remove it securely from primary systems and, in due course, from backups.',
    auditorFocus:
      'Auditors sample deletion requests and retention expiries and inspect evidence that the data was removed within the promised timeframe.',
    typicalEvidence: [
      'Deletion request log with completion dates',
      'Deletion job logs',
      'Procedure describing how backups age out deleted data',
      'Certificates of destruction for physical records',
    ],
  }),
  def({
    id: 'P5.1',
    pof: 5,
    title: 'Letting people see the personal data you hold about them',
    intent: 'People can ask what data you have about them and get a copy, once you have confirmed they are who they say they are.',
    auditorFocus: 'Auditors inspect the access request procedure and sample requests for identity verification and on-time responses.',
    typicalEvidence: [
      'Data subject access request procedure',
      'Request log with receipt and response dates',
      'Identity verification records for sampled requests',
      'Example response package sent to a requester',
    ],
  }),
  def({
    id: 'P5.2',
    pof: 4,
    title: 'Correcting personal data when people ask',
    intent:
      'People can ask you to fix or add to their data. Make the correction, pass it on where it was shared, and explain in writing if you refuse.',
    auditorFocus:
      'Auditors sample correction requests for timely handling, onward updates to recipients and written reasons for any refusal.',
    typicalEvidence: ['Correction request log', 'Records of corrections passed to third parties', 'Denial letters stating reasons'],
  }),
  def({
    id: 'P6.1',
    pof: 4,
    title: 'Sharing personal data with third parties only when permitted',
    intent: 'Hand personal data to other organisations only for purposes people were told about and agreed to, or where the law allows it.',
    auditorFocus:
      'Auditors compare the list of third parties receiving personal data with the privacy notice and consents, and inspect the approval process for new recipients.',
    typicalEvidence: [
      'List of third parties receiving personal data',
      'Approval records for new data-sharing arrangements',
      'Data sharing agreements',
    ],
  }),
  def({
    id: 'P6.2',
    pof: 1,
    title: 'Logging authorised disclosures of personal data',
    intent:
      'Whenever personal data goes to an outside party with approval, write down who got what and when, so you can answer questions later and spot misuse.',
    auditorFocus: 'Auditors inspect the disclosure log and compare a sample of known disclosures against it.',
    typicalEvidence: [
      'Disclosure log with date, recipient and data categories',
      'Records of responses to law enforcement or legal requests',
      'Transfer logs from data-sharing integrations',
    ],
  }),
  def({
    id: 'P6.3',
    pof: 1,
    title: 'Logging breaches and unauthorised disclosures',
    intent:
      'Each time personal data turns out to have gone somewhere it should not, whether you spotted it or someone told you, log it in a register, however small, so it can be assessed and patterns can be seen.',
    auditorFocus:
      'Auditors inspect the breach register and compare it with incident tickets involving personal data to check nothing was left out.',
    typicalEvidence: ['Privacy breach register', 'Incident tickets involving personal data', 'Breach assessment worksheets'],
  }),
  def({
    id: 'P6.4',
    pof: 3,
    title: 'Privacy obligations for vendors, and checking they are met',
    intent:
      'Vendors that handle personal data for you should sign up to privacy terms at least as strict as your own, and you should check from time to time that they keep to them.',
    auditorFocus:
      'Auditors sample vendors that process personal data and inspect their data processing agreements and your periodic compliance reviews.',
    typicalEvidence: [
      'Signed data processing agreements',
      'Sub-processor list',
      'Vendor privacy assessments or questionnaires',
      'Periodic vendor compliance review records',
    ],
  }),
  def({
    id: 'P6.5',
    pof: 2,
    title: 'Vendors must report breaches of your data to you',
    intent:
      'Contracts should oblige vendors to tell you quickly if personal data you gave them is exposed, so you can meet your own notification duties.',
    auditorFocus:
      'Auditors inspect vendor contracts for breach notification clauses and deadlines, and check how notices received from vendors were handled.',
    typicalEvidence: [
      'Breach notification clauses in vendor contracts',
      'Breach notices received from vendors and related tickets',
      'Vendor contact list for incident communication',
    ],
  }),
  def({
    id: 'P6.6',
    pof: 2,
    title: 'Telling affected people and regulators about breaches',
    intent:
      'When a breach affects personal data, notify the affected people, regulators and other required parties within the deadlines set by law and contracts.',
    auditorFocus:
      'Auditors inspect the notification procedure and, for any breaches in the period, the notices sent and their timing against legal deadlines.',
    typicalEvidence: [
      'Breach notification procedure with legal deadlines',
      'Notification letters or emails sent to affected individuals',
      'Regulator notification submissions',
      'Timeline showing discovery and notification dates',
    ],
  }),
  def({
    id: 'P6.7',
    pof: 3,
    title: 'Telling people what you hold and whom you shared it with',
    intent:
      'When someone asks, be able to list the personal data you keep on them and every outside party that received it, drawing on your inventory and disclosure records.',
    auditorFocus:
      'Auditors sample such requests and check that the responses were complete, drawing on the disclosure log and data inventory.',
    typicalEvidence: [
      'Request log for disclosure accountings',
      'Sample responses listing data held and recipients',
      'Disclosure log used to prepare responses',
    ],
  }),
  def({
    id: 'P7.1',
    pof: 2,
    title: 'Keeping personal data accurate and up to date',
    intent:
      'Personal data should be correct, complete and current enough for the purpose it serves, because decisions made on stale or wrong data can harm people.',
    auditorFocus:
      'Auditors ask how data accuracy is maintained and inspect self-service update features, validation rules and periodic data quality checks.',
    typicalEvidence: [
      'Self-service profile update feature',
      'Validation rules on personal data fields',
      'Periodic data quality review records',
    ],
  }),
  def({
    id: 'P8.1',
    pof: 6,
    title: 'Handling privacy complaints and monitoring compliance',
    intent:
      'Give people a way to raise privacy questions and complaints, resolve them, and regularly check that privacy commitments are being met, fixing the gaps you find.',
    auditorFocus:
      'Auditors inspect the complaint log and sample complaints for resolution, and review internal privacy compliance reviews and the follow-up of their findings.',
    typicalEvidence: [
      'Privacy inquiry and complaint log with resolutions',
      'Published privacy contact details',
      'Internal privacy compliance review report',
      'Remediation tickets from privacy reviews',
    ],
  }),
];
