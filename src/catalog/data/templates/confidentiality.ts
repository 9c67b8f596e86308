/**
 * Control templates — confidentiality (prefix CNF): classification, handling, agreements, retention and
 * secure deletion of confidential information. Assay's own wording.
 */
import type { ControlTemplate } from '../../types.js';

export const CONFIDENTIALITY_TEMPLATES: ControlTemplate[] = [
  {
    id: 'CNF-01',
    title: 'Data classification scheme with handling rules for each level',
    description:
      'Security publishes a classification scheme (for example Public, Internal, Confidential and Restricted) with examples and handling rules for storage, sharing, transfer and disposal at each level. Customer data is Confidential or higher by default, and the scheme is reviewed every year.',
    domain: 'Confidentiality',
    criteria: [
      { id: 'C1.1', relation: 'primary' },
      { id: 'CC6.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'security',
    evidence: [
      'Data classification and handling standard with approval',
      'Record of annual review',
      'Policy acknowledgement report covering the standard',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the standard and confirm it defines levels, examples and handling rules, including customer data.',
      },
      { method: 'inspection', step: 'Confirm it was reviewed within the last twelve months.' },
      { method: 'inquiry', step: 'Ask a sample of employees how they would share a Confidential document with a customer.' },
    ],
    iso27001: ['A.5.12', 'A.5.13', 'A.5.10'],
  },
  {
    id: 'CNF-02',
    title: 'Register of systems holding confidential data is kept current',
    description:
      'Security keeps a register of every system, data store and SaaS tool that holds Confidential or Restricted data, with owner, data types, location and retention rule. Owners confirm their entries twice a year, and new systems are added during vendor or design review.',
    domain: 'Confidentiality',
    criteria: [
      { id: 'C1.1', relation: 'primary' },
      { id: 'CC2.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'semi_annual',
    ownerFunction: 'security',
    evidence: [
      'Confidential data register with owners and data types',
      'Owner confirmations for each semi-annual review',
      'Vendor or design reviews that added entries',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the register and the owner confirmations for both reviews in the period.' },
      {
        method: 'reperformance',
        step: 'Compare the register with the cloud asset inventory and vendor list and confirm data stores holding customer data are included.',
      },
      { method: 'inquiry', step: 'Ask security how new systems are added to the register.' },
    ],
    iso27001: ['A.5.9', 'A.5.12'],
  },
  {
    id: 'CNF-03',
    title: 'Support access to customer workspaces needs permission and is logged',
    description:
      'Support and engineering staff can view a customer’s workspace only through an impersonation or support-access feature that requires the customer admin’s grant (or a logged emergency justification), expires automatically and shows a banner in the session. Every support session is written to an audit log the customer can see, and security reviews emergency sessions each month.',
    domain: 'Confidentiality',
    criteria: [
      { id: 'C1.1', relation: 'primary' },
      { id: 'CC6.3', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'support',
    evidence: [
      'Support-access feature configuration (grant requirement, expiry)',
      'Customer-visible audit log entries for support sessions',
      'Monthly review of emergency access sessions',
    ],
    testProcedures: [
      {
        method: 'observation',
        step: 'Observe a support agent attempt to open a workspace without a customer grant and confirm access is refused (test of one).',
      },
      {
        method: 'inspection',
        step: 'Inspect a sample of support sessions in the audit log and confirm each had a grant or emergency justification and expired.',
      },
      { method: 'inspection', step: 'Inspect the monthly emergency session reviews for a sample of months.' },
    ],
    iso27001: ['A.8.3', 'A.5.15', 'A.8.15'],
  },
  {
    id: 'CNF-04',
    title: 'Customer data is deleted within a set period after contract end',
    description:
      'When a customer contract ends, support opens an offboarding ticket; the customer’s data is deleted from production stores within the contractual period (for example 30 days) and ages out of backups within the backup retention window. The ticket records deletion evidence, and the customer receives confirmation on request.',
    domain: 'Confidentiality',
    criteria: [
      { id: 'C1.2', relation: 'primary' },
      { id: 'C1.1', relation: 'supporting' },
      { id: 'P4.3', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'support',
    evidence: [
      'List of customers that churned in the period from the billing system',
      'Offboarding tickets with deletion job output and dates',
      'Deletion confirmation letters where requested',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Select a sample of churned customers from the billing system and inspect their offboarding tickets.' },
      {
        method: 'reperformance',
        step: 'Query production data stores for the sampled tenant identifiers and confirm no data remains past the deletion deadline.',
      },
      { method: 'inspection', step: 'Confirm the backup retention window matches what customer contracts state.' },
    ],
    iso27001: ['A.8.10', 'A.5.33'],
  },
  {
    id: 'CNF-05',
    title: 'Automated purge jobs remove data that has passed its retention period',
    description:
      'Scheduled jobs and storage lifecycle rules delete records, files, logs and backups once they pass the periods in the retention schedule. Job failures alert the owning team, and each run logs the number of items deleted.',
    domain: 'Confidentiality',
    criteria: [
      { id: 'C1.2', relation: 'primary' },
      { id: 'P4.2', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'daily',
    ownerFunction: 'engineering',
    evidence: ['Retention schedule', 'Purge job and lifecycle rule definitions', 'Purge run logs with deleted counts and failure alerts'],
    testProcedures: [
      { method: 'inspection', step: 'Compare purge job and lifecycle rule settings with the retention schedule (test of one).' },
      { method: 'inspection', step: 'Inspect run logs for a sample of days and follow up any failures.' },
      { method: 'reperformance', step: 'Query a sample data store for records older than the retention period.' },
    ],
    iso27001: ['A.8.10', 'A.5.33'],
  },
  {
    id: 'CNF-06',
    title: 'Sharing of confidential files outside the company is restricted',
    description:
      'The document and collaboration platforms (for example Google Workspace or Microsoft 365, Slack) block public links, warn or require approval before sharing with external domains and apply data loss prevention rules for common confidential patterns. IT reviews externally shared Confidential files each quarter.',
    domain: 'Confidentiality',
    criteria: [
      { id: 'C1.1', relation: 'primary' },
      { id: 'CC6.7', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'it',
    evidence: [
      'Sharing settings for the document and chat platforms',
      'Data loss prevention rule definitions and incident log',
      'Quarterly report of externally shared files with review notes',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the sharing settings and confirm public links are disabled and external sharing is restricted (test of one).',
      },
      { method: 'observation', step: 'Observe an attempt to share a test file publicly and confirm it is blocked or warned.' },
      { method: 'inspection', step: 'Inspect the quarterly external sharing reviews for a sample of quarters.' },
    ],
    iso27001: ['A.8.12', 'A.5.14', 'A.5.10'],
  },
  {
    id: 'CNF-07',
    title: 'Confidentiality commitments in contracts are captured and tracked',
    description:
      'Legal reviews customer and partner contracts for confidentiality, data location, retention and deletion commitments that go beyond the standard terms, and records them in a commitments register. Security checks each non-standard commitment can be met before signature and assigns an owner.',
    domain: 'Confidentiality',
    criteria: [
      { id: 'C1.1', relation: 'primary' },
      { id: 'CC2.3', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'legal',
    evidence: [
      'Standard contract confidentiality terms',
      'Commitments register with non-standard terms and owners',
      'Security sign-off on contracts with non-standard terms',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Select a sample of contracts signed in the period and confirm non-standard confidentiality terms appear in the register.',
      },
      { method: 'inspection', step: 'For those contracts, inspect security sign-off before signature.' },
      { method: 'inquiry', step: 'Ask legal how the register is shared with the teams who must meet the commitments.' },
    ],
    iso27001: ['A.5.31', 'A.6.6'],
  },
  {
    id: 'CNF-08',
    title: 'Deletion of confidential data is verified by a yearly sample test',
    description:
      'Once a year security selects a sample of deletion events (ended customers, expired records, deletion requests) and checks production stores, search indexes, analytics copies and logs to confirm the data is gone. Gaps found become tickets and feed updates to the deletion procedures.',
    domain: 'Confidentiality',
    criteria: [
      { id: 'C1.2', relation: 'primary' },
      { id: 'CC4.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'annual',
    ownerFunction: 'security',
    evidence: ['Sample selection and test worksheet', 'Query results from each data location checked', 'Tickets raised for gaps'],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the annual test worksheet and confirm it covered secondary copies such as search indexes and analytics stores.',
      },
      { method: 'reperformance', step: 'Re-query one sampled deletion in two data locations and confirm the data is absent.' },
      { method: 'inspection', step: 'Trace gaps found to tickets and their resolution.' },
    ],
    iso27001: ['A.8.10', 'A.5.36'],
  },
];
