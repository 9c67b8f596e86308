/**
 * Control templates — processing integrity (prefix PI): specifications, inputs, processing, outputs and
 * storage of processing records. Assay's own wording.
 */
import type { ControlTemplate } from '../../types.js';

export const PROCESSING_TEMPLATES: ControlTemplate[] = [
  {
    id: 'PI-01',
    title: 'Processing specifications are documented and published to customers',
    description:
      'Product and engineering keep customer-facing documentation of what the service does with data: API reference, field definitions and formats, calculation rules, processing schedules and limits. Documentation is updated in the same release as behaviour changes, and product reviews it for accuracy every year.',
    domain: 'Processing integrity',
    criteria: [
      { id: 'PI1.1', relation: 'primary' },
      { id: 'CC2.3', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'engineering',
    evidence: [
      'Published API reference and data definitions with change history',
      'Release pull requests that include documentation updates',
      'Record of the annual accuracy review',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the published documentation and confirm it describes inputs, processing rules and outputs for in-scope features.',
      },
      {
        method: 'inspection',
        step: 'Select a sample of releases that changed behaviour and confirm documentation was updated in the same release.',
      },
      { method: 'inspection', step: 'Inspect the annual review record.' },
    ],
    iso27001: ['A.5.37', 'A.8.26'],
  },
  {
    id: 'PI-02',
    title: 'Inputs are validated against schemas and rejected with clear errors',
    description:
      'Every API endpoint, import and form validates input against a typed schema for required fields, types, ranges and formats before processing. Invalid input is rejected with an error that tells the caller what to fix, and nothing partial is saved.',
    domain: 'Processing integrity',
    criteria: [
      { id: 'PI1.2', relation: 'primary' },
      { id: 'CC8.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Schema definitions for in-scope endpoints',
      'Automated tests covering invalid input cases',
      'API error catalogue in the public documentation',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the schema definitions for a sample of endpoints (test of one).' },
      {
        method: 'observation',
        step: 'Observe submission of malformed and out-of-range input to a sample endpoint and confirm it is rejected without partial writes.',
      },
      { method: 'inspection', step: 'Inspect CI results confirming validation tests passed for releases in the period.' },
    ],
    iso27001: ['A.8.26', 'A.8.28'],
  },
  {
    id: 'PI-03',
    title: 'Bulk imports and ingested feeds are checked for completeness',
    description:
      'File imports and data feeds record the number of records received, accepted and rejected, and verify checksums or sequence numbers where the source provides them. Rejected records are reported back to the customer or integration owner, and imports that fail completeness checks are held rather than partially applied.',
    domain: 'Processing integrity',
    criteria: [
      { id: 'PI1.2', relation: 'primary' },
      { id: 'PI1.3', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'per_event',
    ownerFunction: 'engineering',
    evidence: [
      'Import job logs showing received, accepted and rejected counts',
      'Rejection reports delivered to customers',
      'Code or configuration for checksum and sequence checks',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the import logic for count reconciliation and hold-on-failure behaviour (test of one).' },
      {
        method: 'reperformance',
        step: 'Run a test import containing invalid and duplicate rows and confirm counts and the rejection report are correct.',
      },
      { method: 'inspection', step: 'Inspect a sample of production import logs for completeness counts.' },
    ],
    iso27001: ['A.8.26'],
  },
  {
    id: 'PI-04',
    title: 'Failed or stalled processing jobs alert and are worked from a queue',
    description:
      'Background jobs and data pipelines report success, failure and lag to monitoring; failures retry with backoff and then land in a dead-letter queue. On-call is alerted on failure rates or lag above threshold, and the dead-letter queue is worked down each business day.',
    domain: 'Processing integrity',
    criteria: [
      { id: 'PI1.3', relation: 'primary' },
      { id: 'CC7.2', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Job monitoring and alert definitions',
      'Dead-letter queue depth history',
      'Tickets or notes showing daily handling of failed jobs',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect job failure and lag alerts and their routing (test of one).' },
      { method: 'inspection', step: 'Inspect dead-letter queue depth for a sample of days and confirm items were processed or resolved.' },
      { method: 'inquiry', step: 'Ask engineering how a failed job is re-run safely without double processing.' },
    ],
    iso27001: ['A.8.16', 'A.8.26'],
  },
  {
    id: 'PI-05',
    title: 'Processed transactions are reconciled to source records',
    description:
      'Automated reconciliations compare processed totals with source events, for example metered usage against billed amounts or events received against events stored, each day. Finance or the owning team reviews exceptions monthly, investigates differences and documents corrections.',
    domain: 'Processing integrity',
    criteria: [
      { id: 'PI1.3', relation: 'primary' },
      { id: 'PI1.4', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'monthly',
    ownerFunction: 'finance',
    evidence: [
      'Reconciliation job definition and daily output',
      'Monthly exception review sign-off',
      'Investigation notes and corrections for differences',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the reconciliation logic and confirm it compares the right source and processed totals.' },
      { method: 'inspection', step: 'For a sample of months, inspect the exception review and the resolution of differences.' },
      { method: 'reperformance', step: 'Reperform the reconciliation for one day using source and processed data.' },
    ],
    iso27001: ['A.8.26'],
  },
  {
    id: 'PI-06',
    title: 'Reports and exports reach only authorised users of the right tenant',
    description:
      'Exports, scheduled reports and webhooks are generated per tenant after an authorisation check, sent only to verified destinations configured by a tenant admin and delivered through expiring signed links or authenticated endpoints. Automated tests check that output never mixes data from different tenants.',
    domain: 'Processing integrity',
    criteria: [
      { id: 'PI1.4', relation: 'primary' },
      { id: 'CC6.1', relation: 'supporting' },
      { id: 'C1.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Code and configuration for export authorisation and signed links',
      'Automated tests for tenant separation in outputs',
      'Webhook destination verification settings',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the export and webhook delivery logic for authorisation checks and link expiry (test of one).',
      },
      {
        method: 'observation',
        step: 'Observe an attempt to open another tenant’s export link or an expired link and confirm it is refused.',
      },
      { method: 'inspection', step: 'Inspect CI results showing the tenant separation tests passed for releases in the period.' },
    ],
    iso27001: ['A.8.3', 'A.8.26', 'A.5.14'],
  },
  {
    id: 'PI-07',
    title: 'Customer-facing outputs are sampled monthly for accuracy',
    description:
      'Each month the owning team samples customer-facing outputs such as invoices, usage statements or calculated reports, recomputes them from the underlying data and records the result. Errors are corrected, the affected customers are told, and the cause is fixed through a change ticket.',
    domain: 'Processing integrity',
    criteria: [
      { id: 'PI1.4', relation: 'primary' },
      { id: 'PI1.3', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'monthly',
    ownerFunction: 'operations',
    evidence: [
      'Monthly output sampling worksheet with recomputed values',
      'Correction records and customer communications for errors found',
      'Change tickets addressing root causes',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the sampling worksheet for a sample of months and confirm outputs were recomputed.' },
      { method: 'reperformance', step: 'Recompute one sampled output independently and compare it with the worksheet.' },
      { method: 'inspection', step: 'For errors found, inspect the correction, customer communication and change ticket.' },
    ],
    iso27001: ['A.8.26', 'A.5.37'],
  },
  {
    id: 'PI-08',
    title: 'Stored inputs and outputs are protected against loss and alteration',
    description:
      'Databases enforce integrity through constraints and transactions, uploaded files and generated outputs are stored in versioned object storage with checksums, and write access is limited to the services that own them. Point-in-time recovery lets engineering restore data altered in error.',
    domain: 'Processing integrity',
    criteria: [
      { id: 'PI1.5', relation: 'primary' },
      { id: 'A1.2', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Object storage versioning and checksum settings',
      'Database point-in-time recovery settings',
      'IAM policies limiting write access to owning services',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect versioning and point-in-time recovery settings for in-scope data stores (test of one).' },
      { method: 'inspection', step: 'Inspect IAM policies and confirm write access is limited to the owning services.' },
      { method: 'inquiry', step: 'Ask engineering how a record altered in error would be identified and restored.' },
    ],
    iso27001: ['A.8.13', 'A.8.3'],
  },
  {
    id: 'PI-09',
    title: 'Processing records are kept for a defined period and then purged',
    description:
      'Job run logs, import files, processing audit trails and generated outputs are kept for the periods in the retention schedule so that processing can be traced and re-run, and are then purged by lifecycle rules. Engineering confirms the lifecycle rules match the schedule each year.',
    domain: 'Processing integrity',
    criteria: [
      { id: 'PI1.5', relation: 'primary' },
      { id: 'C1.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Retention schedule entries for processing records',
      'Storage lifecycle rules and log retention settings',
      'Annual comparison of lifecycle rules with the schedule',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Compare lifecycle and retention settings with the retention schedule (test of one).' },
      {
        method: 'reperformance',
        step: 'Query for processing records older than the retention period and confirm none remain beyond any grace period.',
      },
      { method: 'inspection', step: 'Inspect the annual comparison record.' },
    ],
    iso27001: ['A.5.33', 'A.8.10'],
  },
];
