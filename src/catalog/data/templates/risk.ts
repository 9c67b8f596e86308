/**
 * Control templates — risk management (prefix RSK): objectives and requirements (CC3.1), risk
 * identification, analysis and treatment (CC3.2), fraud risk (CC3.3) and risks raised by significant
 * change (CC3.4). Assay's own wording.
 */
import type { ControlTemplate } from '../../types.js';

export const RISK_TEMPLATES: ControlTemplate[] = [
  {
    id: 'RSK-01',
    title: 'Security, availability and compliance objectives are set each year',
    description:
      'Each year leadership writes down measurable objectives for the security program, such as uptime targets, time to patch critical flaws, audit outcomes and customer commitments to honour. The objectives are shared with control owners and used as the yardstick in the annual risk assessment.',
    domain: 'Risk management',
    criteria: [
      { id: 'CC3.1', relation: 'primary' },
      { id: 'CC2.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'leadership',
    evidence: [
      'Approved objectives document with measurable targets',
      'Communication of objectives to control owners',
      'Risk assessment showing risks evaluated against these objectives',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the objectives document for leadership approval in the period and for targets that can be measured.',
      },
      {
        method: 'inspection',
        step: 'Inspect the risk assessment to confirm risks are expressed in terms of their effect on the stated objectives.',
      },
      { method: 'inquiry', step: 'Inquire of control owners whether they know the objectives relevant to their area.' },
    ],
    iso27001: ['A.5.1'],
  },
  {
    id: 'RSK-02',
    title: 'Leadership approves a risk appetite statement with rating thresholds',
    description:
      'The executive team approves a statement of how much security, availability and compliance risk the company will accept, with the rating above which a risk must be treated or escalated. The statement is reviewed annually alongside the risk methodology.',
    domain: 'Risk management',
    criteria: [
      { id: 'CC3.1', relation: 'primary' },
      { id: 'CC3.2', relation: 'supporting' },
      { id: 'CC1.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'leadership',
    evidence: [
      'Risk appetite statement with approval date',
      'Risk methodology defining likelihood and impact scales and thresholds',
      'Minutes of the meeting where the statement was approved',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the appetite statement and methodology for executive approval within the period.' },
      {
        method: 'reperformance',
        step: 'Select a sample of risks from the register and confirm their treatment decision is consistent with the appetite thresholds.',
      },
    ],
    iso27001: ['A.5.1', 'A.5.4'],
  },
  {
    id: 'RSK-03',
    title: 'Register of legal, regulatory and contractual obligations is maintained',
    description:
      'Legal keeps a register of laws, regulations and customer contract terms that impose security or privacy obligations, with an owner and the controls that meet each one. The register is reviewed every six months and whenever the company enters a new market or signs an unusual contract.',
    domain: 'Risk management',
    criteria: [
      { id: 'CC3.1', relation: 'primary' },
      { id: 'CC2.3', relation: 'supporting' },
      { id: 'P8.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'semi_annual',
    ownerFunction: 'legal',
    evidence: [
      'Obligations register with owner and mapped controls',
      'Semi-annual review records',
      'Updates triggered by new markets or contracts',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the register for review in each half of the period and for an owner on every obligation.' },
      {
        method: 'inquiry',
        step: 'Inquire of Legal about new jurisdictions or regulated customer segments entered during the period and confirm they appear in the register.',
      },
    ],
    iso27001: ['A.5.31', 'A.5.32', 'A.5.34'],
  },
  {
    id: 'RSK-04',
    title: 'Annual risk assessment rates threats to systems and data',
    description:
      'Once a year the security lead runs a documented risk assessment across systems, data, people, and vendors, scoring each risk for likelihood and impact using the approved methodology. Results, including new and retired risks, are approved by leadership.',
    domain: 'Risk management',
    criteria: [
      { id: 'CC3.2', relation: 'primary' },
      { id: 'CC3.3', relation: 'supporting' },
      { id: 'CC9.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'security',
    evidence: [
      'Completed risk assessment report with scoring',
      'Workshop notes or interview list showing who contributed',
      'Leadership approval of the results',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the risk assessment for completion and leadership approval within the period.' },
      {
        method: 'inspection',
        step: 'Inspect the assessment for coverage of in-scope systems, data types, vendors and insider threats.',
      },
      {
        method: 'reperformance',
        step: 'Recalculate the rating of a sample of risks using the methodology and compare with the recorded rating.',
      },
    ],
    iso27001: ['A.5.7', 'A.5.9', 'A.8.8'],
  },
  {
    id: 'RSK-05',
    title: 'Risk register is reviewed quarterly with owners and treatment status',
    description:
      'Every risk in the register has an owner, a treatment decision (mitigate, transfer, avoid or accept) and a target date. Each quarter the security lead and risk owners review progress, update ratings and close risks whose treatment is complete.',
    domain: 'Risk management',
    criteria: [
      { id: 'CC3.2', relation: 'primary' },
      { id: 'CC5.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'quarterly',
    ownerFunction: 'security',
    evidence: [
      'Risk register export with owner, treatment, target date and status',
      'Quarterly review notes or meeting minutes',
      'Register change history for the period',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect review notes for a sample of two quarters and the resulting register changes.' },
      { method: 'inspection', step: 'Inspect the register for risks without an owner, treatment decision or target date.' },
    ],
    iso27001: ['A.5.9'],
  },
  {
    id: 'RSK-06',
    title: 'Risk acceptances are signed by an authorised executive and expire',
    description:
      'When a risk above appetite is accepted rather than treated, the risk owner documents the rationale and an executive with the authority in the delegation matrix signs the acceptance. Acceptances expire after 12 months and must be renewed or the risk treated.',
    domain: 'Risk management',
    criteria: [
      { id: 'CC3.2', relation: 'primary' },
      { id: 'CC1.3', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'leadership',
    evidence: [
      'Risk acceptance forms with rationale, signer and expiry date',
      'Delegation of authority matrix showing the signer’s authority',
      'Renewal or closure records for expired acceptances',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For a sample of accepted risks, inspect the acceptance for a rationale, an authorised signer and an expiry date.',
      },
      { method: 'inspection', step: 'Inspect acceptances that expired during the period for renewal or treatment.' },
    ],
    iso27001: ['A.5.4'],
  },
  {
    id: 'RSK-07',
    title: 'Sector threat trends are reviewed quarterly to update risk ratings',
    description:
      'Each quarter the security lead reviews how attackers are targeting comparable SaaS companies, drawing on industry breach reports, information-sharing groups and incidents at peers and suppliers. The review records which risk ratings changed, which new risks were added and why.',
    domain: 'Risk management',
    criteria: [
      { id: 'CC3.2', relation: 'primary' },
      { id: 'CC3.4', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'quarterly',
    ownerFunction: 'security',
    evidence: [
      'Quarterly threat landscape memo listing sources consulted',
      'Risk register change history showing rating updates attributed to the review',
      'Steering group minutes where the memo was discussed',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the threat landscape memos for a sample of two quarters and the sources they cite.' },
      {
        method: 'inspection',
        step: 'Trace rating changes and new risks named in a sampled memo to the risk register change history.',
      },
    ],
    iso27001: ['A.5.7', 'A.5.6'],
  },
  {
    id: 'RSK-08',
    title: 'Annual fraud risk assessment covers financial and IT-enabled schemes',
    description:
      'Finance and Security jointly assess how fraud could occur at the company, considering pressures such as sales targets, opportunities such as broad admin access, and schemes such as fake vendors, payroll changes, refund abuse or data theft for resale. Each scenario is rated and linked to the controls that prevent or detect it.',
    domain: 'Risk management',
    criteria: [
      { id: 'CC3.3', relation: 'primary' },
      { id: 'CC3.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'finance',
    evidence: [
      'Fraud risk assessment with scenarios, ratings and linked controls',
      'Attendee list showing Finance and Security participation',
      'Leadership sign-off',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the fraud risk assessment for completion in the period and leadership sign-off.' },
      {
        method: 'inspection',
        step: 'Inspect the scenarios for coverage of incentives, opportunities created by system access, and misuse of IT systems.',
      },
      {
        method: 'inquiry',
        step: 'Inquire of the finance lead whether any suspected fraud during the period was considered in the assessment.',
      },
    ],
    iso27001: ['A.5.3', 'A.8.2'],
  },
  {
    id: 'RSK-09',
    title: 'Payee bank detail changes are verified by call-back and dual approval',
    description:
      'Any request to add or change bank details for a vendor, contractor or employee is confirmed by calling a known phone number on file, not one given in the request. A second Finance team member approves the change in the payment system before the next payment run.',
    domain: 'Risk management',
    criteria: [
      { id: 'CC3.3', relation: 'primary' },
      { id: 'CC5.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'finance',
    evidence: [
      'Bank detail change log from the payment system',
      'Call-back verification records',
      'Second approver record in the payment system',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'For a sample of bank detail changes in the period, inspect the call-back record and confirm the number used came from existing records.',
      },
      {
        method: 'inspection',
        step: 'For the same sample, confirm the approver in the payment system differs from the person who entered the change.',
      },
      { method: 'observation', step: 'Observe the payment system configuration requiring a second approver for payee changes.' },
    ],
    iso27001: ['A.5.3', 'A.5.14'],
  },
  {
    id: 'RSK-10',
    title: 'Unusual credits, refunds and discounts are reviewed monthly',
    description:
      'The billing system produces a monthly report of credits, refunds and discounts above set thresholds or issued by unusual users. The finance lead reviews the report, asks for support on anything unexpected and records the outcome.',
    domain: 'Risk management',
    criteria: [
      { id: 'CC3.3', relation: 'primary' },
      { id: 'PI1.3', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'monthly',
    ownerFunction: 'finance',
    evidence: [
      'Monthly exception report from the billing system with thresholds',
      'Reviewer sign-off and follow-up notes',
      'Supporting approvals for items questioned',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the exception report and sign-off for a sample of months.' },
      {
        method: 'reperformance',
        step: 'Re-run the report for one sampled month and compare its items with the report the finance lead reviewed.',
      },
    ],
    iso27001: ['A.8.16'],
  },
  {
    id: 'RSK-11',
    title: 'Business and regulatory changes trigger an out-of-cycle risk review',
    description:
      'When the company plans an acquisition, enters a new country, adds a regulated customer segment, moves hosting provider or faces a new law, the security lead runs a focused risk review before the change takes effect. New risks go into the register with owners.',
    domain: 'Risk management',
    criteria: [
      { id: 'CC3.4', relation: 'primary' },
      { id: 'CC3.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'security',
    evidence: [
      'List of significant changes identified by leadership in the period',
      'Focused risk review for each change',
      'Risk register entries created from the reviews',
    ],
    testProcedures: [
      {
        method: 'inquiry',
        step: 'Inquire of leadership which significant business, regulatory or hosting changes occurred or were planned during the period.',
      },
      {
        method: 'inspection',
        step: 'For each such change, inspect the focused risk review and confirm it was completed before the change took effect.',
      },
    ],
    iso27001: ['A.5.8', 'A.5.31'],
  },
  {
    id: 'RSK-12',
    title: 'Upcoming significant changes are screened for risk every quarter',
    description:
      'Every quarter the steering group reviews a list of planned changes gathered from leadership, such as reorganisations, new markets, large customer commitments, major vendor switches or architecture shifts. For each it decides whether a focused risk review is needed, and records who will do it and by when.',
    domain: 'Risk management',
    criteria: [
      { id: 'CC3.4', relation: 'primary' },
      { id: 'CC2.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'quarterly',
    ownerFunction: 'security',
    evidence: [
      'Quarterly list of planned significant changes',
      'Steering group minutes with the screening decision for each change',
      'Focused risk reviews requested as a result',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the change list and screening decisions for a sample of two quarters.' },
      {
        method: 'inquiry',
        step: 'Inquire of leadership about significant changes during the period and confirm each appeared on a quarterly list.',
      },
      { method: 'inspection', step: 'For changes marked as needing review, inspect the completed focused risk review.' },
    ],
    iso27001: ['A.5.8'],
  },
  {
    id: 'RSK-13',
    title: 'Departures from key roles trigger a handover and risk review',
    description:
      'When an executive or holder of a critical role (such as the only database administrator) resigns or changes role, their manager and the security lead review what knowledge, approvals and credentials the person held. A handover plan is completed before the last day and any resulting risk is logged.',
    domain: 'Risk management',
    criteria: [
      { id: 'CC3.4', relation: 'primary' },
      { id: 'CC1.4', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'leadership',
    evidence: [
      'List of critical roles',
      'Handover plan and risk review for each departure from a critical role',
      'Risk register entries created from handovers',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Compare the critical role list with departures and role changes in the period to identify affected roles.',
      },
      { method: 'inspection', step: 'For each affected role, inspect the handover plan and confirm it was completed before the last day.' },
    ],
    iso27001: ['A.5.2', 'A.6.5'],
  },
];
