/**
 * Control templates — privacy (prefix PRV), one or more per privacy criterion P1.1–P8.1. Assay's own wording,
 * written for a SaaS company that is mostly a processor for customer data and a controller for its own users,
 * prospects and staff.
 */
import type { ControlTemplate } from '../../types.js';

export const PRIVACY_TEMPLATES: ControlTemplate[] = [
  {
    id: 'PRV-01',
    title: 'A public privacy notice describes what is collected and why',
    description:
      'The privacy lead maintains a privacy notice on the website and in the product that explains which personal data the company collects, for what purposes, who receives it, how long it is kept and how people can exercise their rights. The notice is reviewed every year and whenever processing changes.',
    domain: 'Privacy',
    criteria: [
      { id: 'P1.1', relation: 'primary' },
      { id: 'CC2.3', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'privacy',
    evidence: [
      'Published privacy notice with effective date',
      'Version history of the notice',
      'Record of the annual review with reviewer and date',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the published notice and confirm it covers data collected, purposes, recipients, retention and rights.',
      },
      { method: 'inspection', step: 'Confirm the notice was reviewed within the last twelve months.' },
      { method: 'observation', step: 'Observe the sign-up flow and confirm the notice is linked where personal data is first collected.' },
    ],
    iso27001: ['A.5.34'],
  },
  {
    id: 'PRV-02',
    title: 'Material changes to the privacy notice are announced in advance',
    description:
      'When processing changes in a way that affects users (new purposes, new categories of data or new recipient types), the privacy lead updates the notice and informs affected users and customers by email or in-product message before the change takes effect. Prior versions are archived.',
    domain: 'Privacy',
    criteria: [
      { id: 'P1.1', relation: 'primary' },
      { id: 'P2.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'privacy',
    evidence: [
      'Archive of prior notice versions',
      'Change announcements with send dates and audiences',
      'Change assessment noting why the change was material',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Compare notice versions in the period to identify material changes.' },
      {
        method: 'inspection',
        step: 'For each material change, inspect the announcement and confirm it was sent before the effective date.',
      },
      { method: 'inquiry', step: 'Ask the privacy lead how product changes that affect the notice reach them.' },
    ],
    iso27001: ['A.5.34'],
  },
  {
    id: 'PRV-03',
    title: 'Cookie and marketing choices are captured and honoured',
    description:
      'A consent tool on the website and app records visitors’ choices for non-essential cookies and marketing communications before those tags or messages are used, and stores a timestamped record of each choice. Unsubscribe and preference changes propagate to the marketing platform within a few days.',
    domain: 'Privacy',
    criteria: [
      { id: 'P2.1', relation: 'primary' },
      { id: 'P3.2', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'privacy',
    evidence: [
      'Consent tool configuration and tag categories',
      'Sample of stored consent records with timestamps',
      'Marketing platform suppression list synchronisation settings',
    ],
    testProcedures: [
      {
        method: 'observation',
        step: 'Observe a fresh visit to the website and confirm non-essential tags do not load before consent (test of one).',
      },
      { method: 'inspection', step: 'Inspect a sample of consent records for timestamp and choice detail.' },
      {
        method: 'reperformance',
        step: 'Unsubscribe a test address and confirm it is suppressed in the marketing platform within the stated time.',
      },
    ],
    iso27001: ['A.5.34'],
  },
  {
    id: 'PRV-04',
    title: 'Explicit opt-in is recorded where law or sensitivity requires it',
    description:
      'For processing that needs explicit consent, such as sensitive data categories, optional product analytics or customer stories, the product or form asks a separate, unticked question that explains what happens if the person says no. The consent record and its wording version are stored and withdrawal is as easy as giving consent.',
    domain: 'Privacy',
    criteria: [
      { id: 'P3.2', relation: 'primary' },
      { id: 'P2.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'privacy',
    evidence: [
      'List of processing activities that rely on explicit consent',
      'Screenshots of the consent prompts with wording version',
      'Consent and withdrawal records for a sample of people',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the list of consent-based processing and the corresponding prompts.' },
      { method: 'inspection', step: 'For a sample of people, inspect the consent record, wording version and any withdrawal.' },
      {
        method: 'observation',
        step: 'Observe the consent prompt and confirm it is unticked by default and explains the effect of refusing.',
      },
    ],
    iso27001: ['A.5.34'],
  },
  {
    id: 'PRV-05',
    title: 'Forms and product telemetry are checked against approved data fields',
    description:
      'The privacy lead keeps a list of personal data fields approved for each collection point (sign-up, billing, support forms, product analytics events and marketing forms). Twice a year privacy and engineering compare what each collection point actually captures, using form definitions and the analytics event schema, and remove or stop collecting any field that is not approved.',
    domain: 'Privacy',
    criteria: [
      { id: 'P3.1', relation: 'primary' },
      { id: 'P4.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'semi_annual',
    ownerFunction: 'privacy',
    evidence: [
      'Approved fields list per collection point',
      'Semi-annual comparison worksheet against form definitions and the analytics event schema',
      'Tickets removing unapproved fields',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect both comparisons in the period and confirm every collection point on the list was covered.' },
      {
        method: 'reperformance',
        step: 'Select one form and one analytics event, compare the captured fields with the approved list and confirm any difference was found by the review.',
      },
      { method: 'inspection', step: 'Trace unapproved fields found to tickets and confirm collection stopped.' },
    ],
    iso27001: ['A.5.34', 'A.8.11'],
  },
  {
    id: 'PRV-06',
    title: 'Record of processing activities lists purposes, data and recipients',
    description:
      'The privacy lead maintains a record of processing activities covering each purpose, the categories of people and data, legal basis, systems, recipients, transfers and retention. Team owners confirm their entries once a year, and the record is used to check that data is used only for listed purposes.',
    domain: 'Privacy',
    criteria: [
      { id: 'P4.1', relation: 'primary' },
      { id: 'P3.1', relation: 'supporting' },
      { id: 'P6.7', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'privacy',
    evidence: ['Record of processing activities with owners and last review dates', 'Owner confirmations from the annual review'],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the record and confirm each entry names purpose, data categories, recipients and retention.' },
      { method: 'inspection', step: 'Inspect owner confirmations for the annual review.' },
      {
        method: 'reperformance',
        step: 'Select two systems from the confidential data register and confirm their processing is reflected in the record.',
      },
    ],
    iso27001: ['A.5.34', 'A.5.9'],
  },
  {
    id: 'PRV-07',
    title: 'Internal use of personal data for analytics is limited to listed purposes',
    description:
      'Product analytics and data warehouse access to personal data is granted per purpose in the record of processing activities, with direct identifiers pseudonymised in analytical datasets. Requests for a new use of personal data need privacy approval before data is shared.',
    domain: 'Privacy',
    criteria: [
      { id: 'P4.1', relation: 'primary' },
      { id: 'CC6.3', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'privacy',
    evidence: [
      'Data warehouse access groups mapped to purposes',
      'Pseudonymisation configuration for analytical datasets',
      'Approved requests for new uses of personal data',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect warehouse access groups and confirm each maps to a listed purpose.' },
      { method: 'observation', step: 'Observe a query of an analytical dataset and confirm direct identifiers are pseudonymised.' },
      { method: 'inspection', step: 'Inspect a sample of new-use requests and confirm privacy approval before access.' },
    ],
    iso27001: ['A.5.34', 'A.8.11', 'A.5.15'],
  },
  {
    id: 'PRV-08',
    title: 'Personal data is kept only as long as the retention schedule allows',
    description:
      'The retention schedule sets periods for each category of personal data (accounts, support tickets, marketing leads, candidate and employee records). Automated deletion or anonymisation enforces these periods in production systems, and SaaS tools without automation are cleaned manually each quarter by their owners.',
    domain: 'Privacy',
    criteria: [
      { id: 'P4.2', relation: 'primary' },
      { id: 'C1.2', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'privacy',
    evidence: [
      'Retention schedule for personal data categories',
      'Deletion job configuration and logs',
      'Quarterly manual clean-up records for tools without automation',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Compare deletion job settings with the retention schedule (test of one).' },
      { method: 'reperformance', step: 'Query a sample system for personal data older than its retention period.' },
      { method: 'inspection', step: 'Inspect manual clean-up records for a sample of quarters.' },
    ],
    iso27001: ['A.5.33', 'A.5.34', 'A.8.10'],
  },
  {
    id: 'PRV-09',
    title: 'Deletion requests are verified, completed and confirmed in time',
    description:
      'Requests to delete personal data arrive through a web form or privacy email and are logged in the request tracker. Support verifies the requester’s identity, deletes or anonymises the data in production and downstream tools (or forwards processor requests to the customer), and confirms completion within the legal deadline.',
    domain: 'Privacy',
    criteria: [
      { id: 'P4.3', relation: 'primary' },
      { id: 'C1.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'privacy',
    evidence: [
      'Request tracker entries for deletion requests',
      'Identity verification records',
      'Deletion job output and checklist of downstream systems',
      'Confirmation messages sent to requesters',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Select a sample of deletion requests and inspect identity verification, completion evidence and response date against the deadline.',
      },
      { method: 'reperformance', step: 'Search production for a sampled requester’s identifiers and confirm the data was removed.' },
      { method: 'inquiry', step: 'Ask support how requests about customer-controlled data are forwarded to the customer.' },
    ],
    iso27001: ['A.5.34', 'A.8.10'],
  },
  {
    id: 'PRV-10',
    title: 'People can get a copy of their personal data after identity checks',
    description:
      'Access requests are logged, the requester’s identity is verified with account authentication or a proportionate check, and a copy of their data is provided in a common format within the legal deadline. Self-service export covers the main account data, and support compiles the rest from other systems.',
    domain: 'Privacy',
    criteria: [
      { id: 'P5.1', relation: 'primary' },
      { id: 'P6.7', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'privacy',
    evidence: [
      'Request tracker entries for access requests with dates',
      'Identity verification records',
      'Copies of response packages (redacted) and delivery method',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Select a sample of access requests and confirm identity was verified before data was released.' },
      { method: 'inspection', step: 'Compare each response date with the legal deadline.' },
      { method: 'observation', step: 'Observe the self-service export from a test account and confirm it includes the main account data.' },
    ],
    iso27001: ['A.5.34'],
  },
  {
    id: 'PRV-11',
    title: 'Correction requests are handled and refusals explained',
    description:
      'People can fix most profile data themselves; other correction requests are logged, verified and completed by support, with the change passed to recipients that received the wrong data. When a correction is refused, the person is told why and how to escalate.',
    domain: 'Privacy',
    criteria: [
      { id: 'P5.2', relation: 'primary' },
      { id: 'P7.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'support',
    evidence: [
      'Request tracker entries for correction requests',
      'Audit trail of the corrected records',
      'Refusal letters stating reasons and escalation route',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Select a sample of correction requests and inspect the audit trail showing the correction.' },
      { method: 'inspection', step: 'For refused requests, inspect the response for a reason and escalation route.' },
      { method: 'inquiry', step: 'Ask support how corrections are passed to third parties that received the data.' },
    ],
    iso27001: ['A.5.34'],
  },
  {
    id: 'PRV-12',
    title: 'Personal data is released to third parties only on a documented basis',
    description:
      'Outside routine sub-processing, personal data leaves the company only when a documented basis exists: the person’s consent, the customer’s instruction (for example an integration a tenant admin switched on) or a legal obligation confirmed by legal. Product integrations that send personal data to third parties can only be enabled by tenant admins, and ad-hoc sharing requests need privacy approval first.',
    domain: 'Privacy',
    criteria: [
      { id: 'P6.1', relation: 'primary' },
      { id: 'P2.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'privacy',
    evidence: [
      'Procedure for approving one-off sharing of personal data',
      'Approved sharing requests with the basis recorded',
      'Integration settings showing only tenant admins can enable third-party data sharing',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the sharing procedure and confirm it requires a recorded basis and privacy approval.' },
      {
        method: 'inspection',
        step: 'Select a sample of ad-hoc sharing requests in the period and confirm approval and basis were recorded before data was sent.',
      },
      { method: 'observation', step: 'Observe a non-admin tenant user try to enable a third-party integration and confirm it is refused.' },
    ],
    iso27001: ['A.5.34', 'A.5.14'],
  },
  {
    id: 'PRV-13',
    title: 'Disclosures of personal data to third parties are logged',
    description:
      'Legal logs every one-off disclosure of personal data outside routine sub-processing, such as law enforcement requests, court orders, transfers in corporate transactions or requests from other customers. Each entry records the requester, legal basis, data disclosed, approver and date.',
    domain: 'Privacy',
    criteria: [
      { id: 'P6.2', relation: 'primary' },
      { id: 'P6.7', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'legal',
    evidence: ['Disclosure log for the period', 'Legal review notes for each disclosure', 'Government request handling procedure'],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the disclosure log and confirm each entry records requester, basis, data, approver and date.',
      },
      { method: 'inquiry', step: 'Ask legal and support how requests from authorities reach legal.' },
      { method: 'inspection', step: 'Inspect the procedure and, if published, compare the transparency report with the log.' },
    ],
    iso27001: ['A.5.34', 'A.5.5', 'A.5.31'],
  },
  {
    id: 'PRV-14',
    title: 'Suspected and confirmed personal data breaches are kept in a register',
    description:
      'The privacy lead records every detected or reported unauthorised disclosure of personal data in a breach register, including ones judged not notifiable. Each entry notes the incident reference, data and people affected, risk assessment, notification decision and remedial actions.',
    domain: 'Privacy',
    criteria: [
      { id: 'P6.3', relation: 'primary' },
      { id: 'CC7.4', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'privacy',
    evidence: ['Personal data breach register', 'Linked incident records', 'Risk assessment and notification decision for each entry'],
    testProcedures: [
      {
        method: 'reperformance',
        step: 'Compare incidents involving personal data in the incident register with the breach register and confirm all are recorded.',
      },
      { method: 'inspection', step: 'For a sample of entries, inspect the risk assessment and notification decision.' },
      { method: 'inquiry', step: 'Ask the privacy lead how incidents are flagged as involving personal data.' },
    ],
    iso27001: ['A.5.34', 'A.5.25', 'A.5.26'],
  },
  {
    id: 'PRV-15',
    title: 'High-risk sub-processors’ handling of personal data is reviewed yearly',
    description:
      'Each year the privacy lead reviews sub-processors that hold large volumes or sensitive categories of personal data: whether they still process only for the agreed purpose, where the data is stored, their onward sub-processors, their latest privacy and security assurance and any incidents. Gaps are raised with the vendor and tracked, and the result feeds the decision to keep, restrict or replace the vendor.',
    domain: 'Privacy',
    criteria: [
      { id: 'P6.4', relation: 'primary' },
      { id: 'CC9.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'privacy',
    evidence: [
      'List of high-risk sub-processors with review dates',
      'Annual review records covering purpose, location, onward sub-processors and assurance',
      'Follow-up tickets or vendor correspondence for gaps',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Compare the high-risk sub-processor list with the vendor register and confirm all vendors holding sensitive personal data are included.',
      },
      { method: 'inspection', step: 'For a sample of high-risk sub-processors, inspect the annual review and the evidence obtained.' },
      { method: 'inspection', step: 'Trace gaps found to follow-up actions.' },
    ],
    iso27001: ['A.5.22', 'A.5.34', 'A.5.19'],
  },
  {
    id: 'PRV-16',
    title: 'Sub-processor breach notification duties and contacts are confirmed yearly',
    description:
      'Each year the privacy lead confirms, for every sub-processor of personal data, that its agreement obliges it to report breaches to the company within a set time and that both sides’ notification contacts are current. Sub-processors without the obligation are escalated to legal for amendment, and the company’s notification address is tested to confirm it reaches the privacy and security on-call.',
    domain: 'Privacy',
    criteria: [
      { id: 'P6.5', relation: 'primary' },
      { id: 'CC9.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'privacy',
    evidence: [
      'Annual confirmation worksheet listing each sub-processor, notification clause and timeframe',
      'Contact details confirmed with each sub-processor',
      'Escalations to legal for agreements missing the obligation',
      'Test message to the company breach-notification address',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the confirmation worksheet and confirm it covers every sub-processor on the public list.' },
      { method: 'inspection', step: 'For a sample of sub-processors, inspect the agreement clause cited in the worksheet.' },
      {
        method: 'reperformance',
        step: 'Send a test message to the company breach-notification address and confirm it reaches the on-call.',
      },
    ],
    iso27001: ['A.5.20', 'A.5.24'],
  },
  {
    id: 'PRV-17',
    title: 'Affected people and regulators are notified of personal data breaches',
    description:
      'For breaches that meet legal notification thresholds, the privacy lead and legal notify the lead supervisory authority and other regulators within the legal deadline (for example 72 hours), notify affected individuals where required, and, as processor, notify customers so they can meet their own duties. Notices and timings are kept with the breach register entry.',
    domain: 'Privacy',
    criteria: [
      { id: 'P6.6', relation: 'primary' },
      { id: 'CC7.4', relation: 'supporting' },
      { id: 'CC2.3', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'privacy',
    evidence: [
      'Breach notification procedure with deadlines by jurisdiction',
      'Copies of regulator and individual notices with timestamps',
      'Breach register entries showing the notification decision and timing',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the notification procedure and confirm it sets deadlines and responsibilities.' },
      {
        method: 'inspection',
        step: 'For notifiable breaches in the period, compare notice timestamps with the time the breach was confirmed.',
      },
      { method: 'inquiry', step: 'If no breaches occurred, ask the privacy lead to walk through how a notification would be prepared.' },
    ],
    iso27001: ['A.5.34', 'A.5.26', 'A.5.5'],
  },
  {
    id: 'PRV-18',
    title: 'On request, people get an account of their data and who received it',
    description:
      'When a person asks, the privacy team provides a summary of the personal data held about them, the purposes, and the categories of recipients and specific third parties it was disclosed to, using the record of processing and the disclosure log. Responses are logged with their dates.',
    domain: 'Privacy',
    criteria: [
      { id: 'P6.7', relation: 'primary' },
      { id: 'P5.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'privacy',
    evidence: [
      'Response template listing data, purposes and recipients',
      'Request tracker entries with responses',
      'Extracts from the disclosure log used in responses',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Select a sample of requests asking for recipients and inspect the responses.' },
      {
        method: 'reperformance',
        step: 'For one sampled request, compare the recipients listed with the record of processing and the disclosure log.',
      },
      { method: 'inquiry', step: 'Ask the privacy lead how they ensure recipient lists are complete.' },
    ],
    iso27001: ['A.5.34'],
  },
  {
    id: 'PRV-19',
    title: 'Personal data is kept accurate through self-service and stale-record checks',
    description:
      'Users can view and update their own profile and contact details in the product at any time, and email addresses are verified when changed. A quarterly job flags bounced addresses and long-inactive contacts in the CRM and marketing tools for update or removal.',
    domain: 'Privacy',
    criteria: [
      { id: 'P7.1', relation: 'primary' },
      { id: 'P4.2', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'quarterly',
    ownerFunction: 'operations',
    evidence: [
      'Product profile settings allowing self-service updates',
      'Email verification flow on address changes',
      'Quarterly stale-record job output and actions taken',
    ],
    testProcedures: [
      {
        method: 'observation',
        step: 'Observe a test user update profile data and confirm the email change requires verification (test of one).',
      },
      { method: 'inspection', step: 'Inspect the stale-record job output for a sample of quarters and the resulting updates or removals.' },
      { method: 'inquiry', step: 'Ask operations how data quality issues reported by users are fixed.' },
    ],
    iso27001: ['A.5.34'],
  },
  {
    id: 'PRV-20',
    title: 'Privacy questions and complaints are logged and answered',
    description:
      'A published privacy contact routes questions, complaints and disputes to the privacy team, who log each one, respond within 30 days and escalate unresolved complaints to legal. Complaint themes are summarised for leadership every quarter.',
    domain: 'Privacy',
    criteria: [
      { id: 'P8.1', relation: 'primary' },
      { id: 'CC2.3', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'privacy',
    evidence: [
      'Published privacy contact details',
      'Complaint log with dates, outcome and response time',
      'Quarterly summaries shared with leadership',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Select a sample of complaints from the log and confirm each was answered within 30 days or escalated.',
      },
      { method: 'reperformance', step: 'Send a test inquiry to the published contact and confirm it is logged.' },
      { method: 'inspection', step: 'Inspect the quarterly summaries for a sample of quarters.' },
    ],
    iso27001: ['A.5.34'],
  },
  {
    id: 'PRV-21',
    title: 'Privacy programme compliance is assessed every year',
    description:
      'Each year the privacy lead, or an outside adviser, assesses the privacy programme against the notice, contracts and applicable laws, testing a sample of requests, consents, retention and sub-processor records. Findings are reported to leadership with owners and dates and tracked to closure.',
    domain: 'Privacy',
    criteria: [
      { id: 'P8.1', relation: 'primary' },
      { id: 'CC4.1', relation: 'supporting' },
      { id: 'CC4.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'privacy',
    evidence: [
      'Annual privacy assessment report',
      'Leadership presentation or minutes covering the findings',
      'Remediation tracker for findings',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the assessment report and confirm it was completed in the period and covered the main privacy processes.',
      },
      { method: 'inspection', step: 'Inspect evidence that findings were reported to leadership.' },
      { method: 'inspection', step: 'Trace a sample of findings to remediation and closure.' },
    ],
    iso27001: ['A.5.34', 'A.5.36', 'A.5.35'],
  },
];
