/**
 * Control templates — availability (prefix AVL): capacity monitoring and planning, service objectives and
 * headroom. Backups and disaster recovery live with business continuity. Assay's own wording.
 */
import type { ControlTemplate } from '../../types.js';

export const AVAILABILITY_TEMPLATES: ControlTemplate[] = [
  {
    id: 'AVL-01',
    title: 'Capacity metrics have thresholds that alert before limits are reached',
    description:
      'Monitoring tracks CPU, memory, disk, database connections and storage, queue depth and request latency for every production service. Alert thresholds are set below hard limits so the on-call engineer is paged with time to act, and thresholds are defined in code alongside the service.',
    domain: 'Availability',
    criteria: [
      { id: 'A1.1', relation: 'primary' },
      { id: 'CC7.2', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Monitor definitions with thresholds for each production service',
      'Paging routes for capacity alerts',
      'Alert history for capacity monitors during the period',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect monitor definitions and confirm each production service has capacity thresholds routed to on-call (test of one).',
      },
      { method: 'inspection', step: 'For a sample of capacity alerts in the period, inspect the response and resolution.' },
      { method: 'inspection', step: 'Confirm changes to monitors during the period were made through reviewed code.' },
    ],
    iso27001: ['A.8.6', 'A.8.16'],
  },
  {
    id: 'AVL-02',
    title: 'Capacity is forecast and planned every quarter',
    description:
      'Each quarter engineering reviews growth in traffic, data volume and customer count against current capacity, cloud quotas and budget, and forecasts needs for the next two quarters. Actions such as database upsizing, partitioning or quota increases are ticketed with owners.',
    domain: 'Availability',
    criteria: [
      { id: 'A1.1', relation: 'primary' },
      { id: 'CC3.4', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'quarterly',
    ownerFunction: 'engineering',
    evidence: [
      'Quarterly capacity review document with usage trends and forecast',
      'Action tickets raised from the review',
      'Attendee list or sign-off',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the capacity review for a sample of quarters and confirm it compares usage trends with limits and forecasts demand.',
      },
      { method: 'inspection', step: 'Trace a sample of actions to tickets and confirm they were completed or re-planned.' },
      { method: 'inquiry', step: 'Ask engineering how sales forecasts or large customer onboardings feed into the review.' },
    ],
    iso27001: ['A.8.6'],
  },
  {
    id: 'AVL-03',
    title: 'Autoscaling and cloud service quotas are configured and watched',
    description:
      'Stateless services scale automatically within configured minimum and maximum sizes, and the maximums leave headroom under cloud account quotas. A daily job compares usage with service quotas and raises a ticket when any quota passes 80 percent.',
    domain: 'Availability',
    criteria: [
      { id: 'A1.1', relation: 'primary' },
      { id: 'A1.2', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Autoscaling configuration for production services',
      'Quota monitoring job configuration and output',
      'Tickets or quota increase requests raised by the job',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect autoscaling settings for a sample of production services (test of one).' },
      {
        method: 'inspection',
        step: 'Inspect the quota monitoring job output for a sample of days and follow up any quota above the threshold.',
      },
      { method: 'inquiry', step: 'Ask engineering how scaling limits are chosen and changed.' },
    ],
    iso27001: ['A.8.6', 'A.8.14'],
  },
  {
    id: 'AVL-04',
    title: 'Service level objectives are defined and error budgets reviewed monthly',
    description:
      'Engineering defines availability and latency objectives for customer-facing services that support the uptime commitments in customer contracts. Each month the team reviews SLO attainment and error budget burn with product leadership and prioritises reliability work when a budget is exhausted.',
    domain: 'Availability',
    criteria: [
      { id: 'A1.1', relation: 'primary' },
      { id: 'A1.2', relation: 'supporting' },
      { id: 'CC2.3', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'monthly',
    ownerFunction: 'engineering',
    evidence: [
      'SLO definitions with measurement method',
      'Monthly SLO reports with attainment and error budget status',
      'Notes or tickets showing reliability work prioritised after budget breaches',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect SLO definitions and compare them with uptime commitments in the standard customer agreement.',
      },
      { method: 'inspection', step: 'Inspect the monthly reports for a sample of months and confirm they were reviewed.' },
      { method: 'reperformance', step: 'Recalculate attainment for one month from the monitoring data and compare with the report.' },
    ],
    iso27001: ['A.8.6', 'A.5.30'],
  },
  {
    id: 'AVL-05',
    title: 'Synthetic checks from several regions watch key user journeys',
    description:
      'Synthetic monitors run from at least three external locations every minute against the sign-in page, the public API and the most used user journeys, checking both response and content. Failures confirmed from more than one location page the on-call engineer, and monitor definitions are kept in code.',
    domain: 'Availability',
    criteria: [
      { id: 'CC7.2', relation: 'primary' },
      { id: 'A1.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Synthetic monitor definitions with locations, interval and assertions',
      'Paging route for synthetic monitor failures',
      'Monitor result history and pages raised during the period',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the monitor definitions and confirm they cover sign-in, the API and the key journeys from several locations (test of one).',
      },
      { method: 'inspection', step: 'Inspect the paging route and a page raised by a failed check in the period.' },
      { method: 'inspection', step: 'Confirm changes to monitor definitions in the period were made through reviewed code.' },
    ],
    iso27001: ['A.8.16'],
  },
  {
    id: 'AVL-06',
    title: 'Load tests are run before launches expected to raise demand',
    description:
      'Before major launches, large customer onboardings or architecture changes on hot paths, engineering runs load tests in a production-like environment against the expected peak plus a safety margin. Results and any resulting capacity changes are recorded in the launch ticket.',
    domain: 'Availability',
    criteria: [
      { id: 'A1.1', relation: 'primary' },
      { id: 'CC8.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'engineering',
    evidence: [
      'Load test plan with target load and pass criteria',
      'Load test results',
      'Launch ticket linking results and capacity changes',
    ],
    testProcedures: [
      { method: 'inquiry', step: 'Ask engineering which events in the period called for load testing.' },
      { method: 'inspection', step: 'For a sample of those events, inspect the plan, results and launch ticket.' },
      { method: 'inspection', step: 'Confirm capacity actions from failed criteria were completed before launch.' },
    ],
    iso27001: ['A.8.6', 'A.8.29'],
  },
  {
    id: 'AVL-07',
    title: 'API rate limits and per-tenant quotas protect shared capacity',
    description:
      'The API gateway and application apply rate limits per client and per tenant, and background workloads have per-tenant concurrency caps, so one customer or attacker cannot exhaust shared capacity. Limits are defined in configuration and their hit rates are monitored.',
    domain: 'Availability',
    criteria: [
      { id: 'A1.1', relation: 'primary' },
      { id: 'CC6.6', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Rate limit and quota configuration',
      'Dashboard of rate-limited requests by tenant',
      'Public API documentation describing limits',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the rate limit configuration for public API routes (test of one).' },
      { method: 'observation', step: 'Observe a burst of requests from a test client exceed the limit and receive throttling responses.' },
      { method: 'inspection', step: 'Inspect the dashboard and confirm limits are monitored.' },
    ],
    iso27001: ['A.8.6', 'A.8.20'],
  },
  {
    id: 'AVL-08',
    title: 'Each availability zone has headroom to absorb the loss of another',
    description:
      'Production services and databases run in at least two availability zones, and engineering sizes each zone so the remaining zones can carry peak load if one zone fails. Minimum instance counts, database standby or replica placement and zone spread rules are set in infrastructure code and checked at each quarterly capacity review.',
    domain: 'Availability',
    criteria: [
      { id: 'A1.1', relation: 'primary' },
      { id: 'A1.2', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Infrastructure code showing zone spread and minimum instance counts for production services',
      'Database configuration with a standby or replica in another zone',
      'Quarterly capacity review notes comparing single-zone-loss capacity with peak load',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect infrastructure code and the cloud console for a sample of services and confirm they span at least two zones (test of one).',
      },
      {
        method: 'reperformance',
        step: 'Using peak load figures from monitoring, recalculate whether the capacity left after losing the largest zone covers peak demand.',
      },
      {
        method: 'inquiry',
        step: 'Ask engineering whether a zone failure or failover test occurred in the period and how the service behaved.',
      },
    ],
    iso27001: ['A.8.14', 'A.8.6'],
  },
];
