/**
 * Control templates — vendor management (prefix VND): inventory and tiering, due diligence, contract
 * terms, review of subservice organisations' assurance reports and their complementary user entity
 * controls (CUECs), ongoing monitoring and exit (CC9.2). Assay's own wording.
 */
import type { ControlTemplate } from '../../types.js';

export const VENDOR_TEMPLATES: ControlTemplate[] = [
  {
    id: 'VND-01',
    title: 'Vendor inventory is tiered by data access and criticality',
    description:
      'Security keeps an inventory of every vendor that stores or processes company or customer data or supports production, with the data types involved, the owner and a risk tier (high, medium, low). Finance spend data is compared with the inventory each quarter to catch vendors that were never added.',
    domain: 'Vendor management',
    criteria: [
      { id: 'CC9.2', relation: 'primary' },
      { id: 'CC3.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'quarterly',
    ownerFunction: 'security',
    evidence: [
      'Vendor inventory with data types, owner and risk tier',
      'Tiering criteria',
      'Quarterly reconciliation of accounts-payable vendors against the inventory',
    ],
    testProcedures: [
      {
        method: 'reperformance',
        step: 'Select a sample of vendors paid during the period from the accounts-payable ledger and confirm each relevant vendor is in the inventory with a tier.',
      },
      { method: 'inspection', step: 'Inspect the quarterly reconciliations for a sample of two quarters.' },
      { method: 'inspection', step: 'For a sample of inventory entries, compare the assigned tier with the tiering criteria.' },
    ],
    iso27001: ['A.5.19', 'A.5.9'],
  },
  {
    id: 'VND-02',
    title: 'Security due diligence is completed before a new vendor gets data',
    description:
      'Before a new vendor receives company or customer data, Security reviews its security posture in proportion to its tier: an assurance report or certification for high-risk vendors, a questionnaire for medium-risk vendors, and a lighter review for low-risk ones. The outcome and any conditions are recorded against the vendor.',
    domain: 'Vendor management',
    criteria: [
      { id: 'CC9.2', relation: 'primary' },
      { id: 'CC3.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'security',
    evidence: [
      'Due diligence records for new vendors (assurance report, questionnaire or review notes)',
      'Risk decision and conditions recorded per vendor',
      'Contract signature or data-sharing start date',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For a sample of vendors onboarded in the period, inspect the due diligence record and confirm it matches the tier requirement.',
      },
      {
        method: 'reperformance',
        step: 'For the same sample, compare the review completion date with the contract or data-sharing start date.',
      },
    ],
    iso27001: ['A.5.19', 'A.5.21'],
  },
  {
    id: 'VND-03',
    title: 'Vendor contracts include security, breach notice and data protection terms',
    description:
      'Legal ensures contracts with vendors that handle company or customer data include confidentiality, security obligations, breach notification within a set number of hours, subcontractor rules, return or deletion of data at exit and, for personal data, a data processing agreement. Missing terms need a documented risk acceptance.',
    domain: 'Vendor management',
    criteria: [
      { id: 'CC9.2', relation: 'primary' },
      { id: 'C1.1', relation: 'supporting' },
      { id: 'P6.4', relation: 'supporting' },
      { id: 'P6.5', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'legal',
    evidence: [
      'Vendor contract security addendum template',
      'Signed data processing agreements',
      'Contract review checklist completed by Legal',
      'Risk acceptances for missing terms',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For a sample of high and medium-risk vendors, inspect the contract for confidentiality, security, breach notification and data return terms.',
      },
      { method: 'inspection', step: 'For sampled vendors processing personal data, inspect the signed data processing agreement.' },
    ],
    iso27001: ['A.5.20', 'A.6.6'],
  },
  {
    id: 'VND-04',
    title: 'Purchasing workflow blocks new vendors until security and legal sign off',
    description:
      'The procurement or spend-management tool requires Security and Legal approval before a purchase order for a new software or data-handling vendor can be issued or a card payment set up. Finance cannot release payment to a vendor whose approvals are missing.',
    domain: 'Vendor management',
    criteria: [
      { id: 'CC9.2', relation: 'primary' },
      { id: 'CC5.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'per_event',
    ownerFunction: 'finance',
    evidence: [
      'Approval workflow configuration in the procurement tool',
      'Purchase requests showing Security and Legal approvals',
      'List of payments to vendors created during the period',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the approval workflow configuration for mandatory Security and Legal steps (test of one).' },
      {
        method: 'reperformance',
        step: 'Match a sample of first payments to new vendors in the period to purchase requests with completed approvals.',
      },
    ],
    iso27001: ['A.5.19'],
  },
  {
    id: 'VND-05',
    title: 'Subservice organisation assurance reports are reviewed every year',
    description:
      'Each year Compliance obtains the latest SOC 2 or equivalent report for every subservice organisation and high-risk vendor and records the period, opinion, exceptions and any gap to the company’s own period. Exceptions are assessed for impact, and a bridge letter is requested when coverage lapses by more than three months.',
    domain: 'Vendor management',
    criteria: [
      { id: 'CC9.2', relation: 'primary' },
      { id: 'CC4.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'compliance',
    evidence: [
      'Assurance reports obtained for subservice organisations',
      'Review memo per report with opinion, exceptions and impact',
      'Bridge letters where coverage gaps exist',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For each subservice organisation named in the system description, inspect the review memo for the most recent report.',
      },
      { method: 'inspection', step: 'Inspect the memos for an assessment of every exception noted by the vendor’s auditor.' },
      {
        method: 'reperformance',
        step: 'Compare each report period with the company’s audit period and confirm a bridge letter covers material gaps.',
      },
    ],
    iso27001: ['A.5.22', 'A.5.23'],
  },
  {
    id: 'VND-06',
    title: 'Complementary user entity controls from vendor reports are mapped',
    description:
      'For each subservice organisation report, Compliance lists the complementary controls the vendor expects its customers to run (such as managing user access to the vendor console) and maps each one to a company control and owner. Unmapped items are raised as deficiencies.',
    domain: 'Vendor management',
    criteria: [
      { id: 'CC9.2', relation: 'primary' },
      { id: 'CC5.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'compliance',
    evidence: [
      'Complementary user entity control list per subservice organisation',
      'Mapping to internal controls and owners',
      'Deficiency entries for unmapped items',
    ],
    testProcedures: [
      {
        method: 'reperformance',
        step: 'For a sample of subservice organisation reports, compare the listed complementary controls with the mapping and identify omissions.',
      },
      {
        method: 'inspection',
        step: 'For a sample of mapped items, inspect evidence that the internal control operated during the period.',
      },
    ],
    iso27001: ['A.5.22', 'A.5.23'],
  },
  {
    id: 'VND-07',
    title: 'Vendors are reassessed on a cycle set by their risk tier',
    description:
      'Security reassesses high-risk vendors every year and medium-risk vendors every two years, updating questionnaires, assurance reports and the risk tier. Vendors that miss their reassessment date are flagged in the vendor register and escalated to the business owner.',
    domain: 'Vendor management',
    criteria: [
      { id: 'CC9.2', relation: 'primary' },
      { id: 'CC3.4', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'annual',
    ownerFunction: 'security',
    evidence: [
      'Vendor register showing last and next assessment dates',
      'Reassessment records for high-risk vendors',
      'Overdue reassessment report and escalations',
    ],
    testProcedures: [
      { method: 'inspection', step: 'For a sample of high-risk vendors, inspect a reassessment completed within the last 12 months.' },
      { method: 'inspection', step: 'Inspect the overdue reassessment report and the escalation for each overdue vendor.' },
    ],
    iso27001: ['A.5.22'],
  },
  {
    id: 'VND-08',
    title: 'Vendor security incidents are assessed for impact on the company',
    description:
      'When a vendor reports a breach or one is made public, Security records it, determines whether company or customer data was affected and decides on actions such as rotating credentials or notifying customers. Decisions are logged and linked to the vendor record.',
    domain: 'Vendor management',
    criteria: [
      { id: 'CC9.2', relation: 'primary' },
      { id: 'CC7.3', relation: 'supporting' },
      { id: 'P6.5', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'security',
    evidence: ['Vendor incident log', 'Impact assessments and actions taken', 'Vendor breach notifications received'],
    testProcedures: [
      { method: 'inquiry', step: 'Inquire of Security which vendor incidents were reported or publicised during the period.' },
      { method: 'inspection', step: 'For each, inspect the impact assessment and evidence that the decided actions were completed.' },
    ],
    iso27001: ['A.5.22', 'A.5.24'],
  },
  {
    id: 'VND-09',
    title: 'Vendor exits include access removal and confirmed data deletion',
    description:
      'When a vendor relationship ends, the business owner completes an exit checklist: integrations and accounts disabled, shared credentials rotated, and company data returned or deleted with written confirmation from the vendor. Security reviews the checklist before the vendor is marked inactive.',
    domain: 'Vendor management',
    criteria: [
      { id: 'CC9.2', relation: 'primary' },
      { id: 'C1.2', relation: 'supporting' },
      { id: 'P4.3', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'it',
    evidence: [
      'Vendor exit checklist',
      'Data deletion or return confirmation from the vendor',
      'Evidence of disabled integrations and rotated credentials',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For a sample of vendors terminated in the period, inspect the completed exit checklist and Security review.',
      },
      { method: 'inspection', step: 'For the same sample, inspect the vendor’s written confirmation of data deletion or return.' },
    ],
    iso27001: ['A.5.22', 'A.8.10'],
  },
  {
    id: 'VND-10',
    title: 'Subprocessor list is published and customers are told of changes',
    description:
      'The privacy lead publishes the list of subprocessors that handle customer personal data and notifies subscribed customers at least 30 days before a new subprocessor starts processing. Objections are routed to Legal.',
    domain: 'Vendor management',
    criteria: [
      { id: 'CC2.3', relation: 'primary' },
      { id: 'CC9.2', relation: 'supporting' },
      { id: 'P6.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'privacy',
    evidence: [
      'Published subprocessor list with change history',
      'Customer notification emails with send dates',
      'Log of customer objections and responses',
    ],
    testProcedures: [
      {
        method: 'reperformance',
        step: 'Compare the vendor inventory entries that process customer personal data with the published subprocessor list.',
      },
      {
        method: 'inspection',
        step: 'For subprocessors added in the period, inspect the customer notice and confirm it was sent at least 30 days before processing began.',
      },
    ],
    iso27001: ['A.5.34', 'A.5.19'],
  },
  {
    id: 'VND-11',
    title: 'Cloud provider shared responsibilities are documented and owned',
    description:
      'For each cloud and platform provider hosting production, Engineering documents which security duties the provider performs and which remain with the company, and assigns an owner to each company duty. The document is reviewed annually and when new provider services are adopted.',
    domain: 'Vendor management',
    criteria: [
      { id: 'CC9.2', relation: 'primary' },
      { id: 'CC5.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'engineering',
    evidence: ['Shared responsibility matrix per provider', 'Owner assignment for each company-side duty', 'Annual review record'],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the shared responsibility matrix for each production provider and its review date.' },
      { method: 'inquiry', step: 'Inquire of a sample of assigned owners about how they carry out their company-side duties.' },
    ],
    iso27001: ['A.5.23'],
  },
];
