/**
 * Control templates — change management (CHG) and secure development (SDL). Assay's own wording, written for
 * teams that ship through GitHub pull requests and CI/CD and manage infrastructure as code.
 */
import type { ControlTemplate } from '../../types.js';

export const CHANGE_TEMPLATES: ControlTemplate[] = [
  // ---------------------------------------------------------------- Change management
  {
    id: 'CHG-01',
    title: 'Change management procedure defines change types and approval paths',
    description:
      'Engineering documents how application, infrastructure, configuration and data changes reach production: standard pre-approved changes, normal changes through pull requests and emergency changes. The procedure names required reviews, tests and approvals for each type and is reviewed every year.',
    domain: 'Change management',
    criteria: [
      { id: 'CC8.1', relation: 'primary' },
      { id: 'CC5.3', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'engineering',
    evidence: [
      'Change management procedure with version history',
      'Record of annual review and approval',
      'List of pre-approved standard change types',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the procedure and confirm it covers application, infrastructure, configuration and data changes and defines the approval path for each change type.',
      },
      { method: 'inspection', step: 'Confirm the procedure was reviewed and approved within the last twelve months.' },
      {
        method: 'inquiry',
        step: 'Ask two engineers how they would ship a normal change and an emergency change, and compare their answers with the procedure.',
      },
    ],
    iso27001: ['A.8.32', 'A.5.37'],
  },
  {
    id: 'CHG-02',
    title: 'Merges to the production branch need an approving review by someone else',
    description:
      'GitHub branch protection or rulesets on every production repository require a pull request with at least one approval from someone other than the author, dismiss stale approvals on new commits and apply to administrators. Force pushes and branch deletion on the default branch are blocked.',
    domain: 'Change management',
    criteria: [
      { id: 'CC8.1', relation: 'primary' },
      { id: 'CC6.3', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Branch protection or ruleset settings for each production repository',
      'Organisation audit log showing changes to protection settings during the period',
      'Report of merged pull requests with approver identities',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the ruleset of each production repository and confirm required approvals, stale-review dismissal and no bypass for administrators (test of one).',
      },
      { method: 'inspection', step: 'Inspect the audit log for changes to the ruleset during the period and confirm each was authorised.' },
      {
        method: 'reperformance',
        step: 'From a system-generated list of production deployments, select a sample and confirm each deployed commit came from a pull request approved by someone other than the author.',
      },
    ],
    iso27001: ['A.8.32', 'A.8.4', 'A.5.3'],
  },
  {
    id: 'CHG-03',
    title: 'Automated tests and checks must pass in CI before code can merge',
    description:
      'Every pull request runs the CI pipeline with unit and integration tests, linting, type checks and security scans, and these are required status checks on the production branch. A failing check blocks the merge, and changes to the required-check list are reviewed like code.',
    domain: 'Change management',
    criteria: [
      { id: 'CC8.1', relation: 'primary' },
      { id: 'PI1.3', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Ruleset showing the required status checks',
      'CI pipeline definition files',
      'CI run history for a sample of merged pull requests',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the ruleset and confirm the test and scan jobs are required checks (test of one).' },
      { method: 'observation', step: 'Observe a pull request with a failing test and confirm the merge button is blocked.' },
      {
        method: 'inspection',
        step: 'For a sample of deployed changes, inspect CI history and confirm required checks passed on the merged commit.',
      },
    ],
    iso27001: ['A.8.29', 'A.8.32'],
  },
  {
    id: 'CHG-04',
    title: 'Only the CI/CD pipeline can deploy to production',
    description:
      'Production deployments run from the CI/CD system using a deploy role that trusts only the pipeline, and the pipeline deploys only commits from the protected branch. Engineers have no standing permission to push images, change task definitions or apply infrastructure in production by hand.',
    domain: 'Change management',
    criteria: [
      { id: 'CC8.1', relation: 'primary' },
      { id: 'CC6.3', relation: 'supporting' },
      { id: 'CC5.2', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Deploy role trust policy limited to the CI/CD identity (for example GitHub OIDC with branch conditions)',
      'Pipeline configuration restricting deploys to the protected branch',
      'IAM export showing engineers lack production deploy permissions',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the deploy role trust policy and confirm only the pipeline from the protected branch can assume it (test of one).',
      },
      { method: 'inspection', step: 'Inspect IAM permissions of engineering roles and confirm they cannot deploy to production directly.' },
      {
        method: 'reperformance',
        step: 'Compare cloud audit log deployment events for a sample of days with pipeline runs and confirm every deployment came from the pipeline.',
      },
    ],
    iso27001: ['A.8.31', 'A.8.32', 'A.5.3'],
  },
  {
    id: 'CHG-05',
    title: 'Emergency changes are reviewed and documented after the fact',
    description:
      'When an urgent fix cannot wait for normal review, the on-call engineer may use the documented emergency path (for example a break-glass merge or direct infrastructure change) and must open an emergency change ticket. A second engineer reviews the change within two business days and the ticket links the review and incident.',
    domain: 'Change management',
    criteria: [
      { id: 'CC8.1', relation: 'primary' },
      { id: 'CC7.4', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'engineering',
    evidence: [
      'Emergency change tickets for the period',
      'Ruleset bypass or break-glass log from GitHub or the cloud provider',
      'Retrospective review approvals with dates',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Obtain the bypass and break-glass logs for the period to identify emergency changes.' },
      {
        method: 'inspection',
        step: 'For each (or a sample), inspect the emergency ticket and confirm a retrospective review by another engineer within two business days.',
      },
      { method: 'inquiry', step: 'Ask engineering who may use the emergency path and how it is triggered.' },
    ],
    iso27001: ['A.8.32'],
  },
  {
    id: 'CHG-06',
    title: 'Infrastructure changes are made through reviewed infrastructure code',
    description:
      'Cloud infrastructure for production is defined in Terraform or a similar tool in GitHub; changes go through a pull request that shows the plan output and is approved before CI applies it. A scheduled drift check compares live infrastructure with the code and alerts on manual console changes.',
    domain: 'Change management',
    criteria: [
      { id: 'CC8.1', relation: 'primary' },
      { id: 'CC7.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Infrastructure repository with ruleset requiring review',
      'Pipeline logs showing plan and apply steps for a sample of changes',
      'Drift detection schedule and its results',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the infrastructure repository ruleset and pipeline and confirm apply runs only after an approved pull request (test of one).',
      },
      { method: 'inspection', step: 'Inspect drift detection results for a sample of dates and the follow-up of any drift found.' },
      {
        method: 'reperformance',
        step: 'Select a sample of infrastructure changes in the cloud audit log and trace each to an approved pull request.',
      },
    ],
    iso27001: ['A.8.9', 'A.8.32'],
  },
  {
    id: 'CHG-07',
    title: 'Schema migrations and production data fixes are reviewed before running',
    description:
      'Database schema migrations ship as code in reviewed pull requests and run through the pipeline. One-off changes to production data (backfills, corrections) are written as scripts, approved in a ticket by a second engineer and, for customer-visible data, the data owner, and their execution output is attached to the ticket.',
    domain: 'Change management',
    criteria: [
      { id: 'CC8.1', relation: 'primary' },
      { id: 'PI1.3', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'engineering',
    evidence: [
      'Migration files in reviewed pull requests',
      'Data change tickets with script, approvals and execution output',
      'Database audit log entries for the executed changes',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Select a sample of schema migrations applied in the period and confirm each was merged via an approved pull request.',
      },
      {
        method: 'inspection',
        step: 'Select a sample of production data changes from the database audit log and trace each to an approved ticket with attached output.',
      },
      { method: 'inquiry', step: 'Ask engineering who can run ad-hoc write queries in production and how that access is granted.' },
    ],
    iso27001: ['A.8.32', 'A.8.31'],
  },
  {
    id: 'CHG-08',
    title: 'Change-control bypasses and unreviewed merges are checked every quarter',
    description:
      'Each quarter security runs a report of merges without approval, ruleset bypasses, direct pushes and manual production changes across GitHub and the cloud audit log. Every item is matched to an emergency ticket or investigated, and the results are reported to engineering leadership.',
    domain: 'Change management',
    criteria: [
      { id: 'CC8.1', relation: 'primary' },
      { id: 'CC4.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'quarterly',
    ownerFunction: 'security',
    evidence: [
      'Quarterly exception report with query or tool used',
      'Investigation notes or ticket links for each item',
      'Communication of results to engineering leadership',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the quarterly reports for a sample of quarters and confirm each item was explained or investigated.',
      },
      { method: 'reperformance', step: 'Re-run the exception query for one quarter and compare the result with the report.' },
      { method: 'inspection', step: 'Confirm results were shared with engineering leadership.' },
    ],
    iso27001: ['A.8.32', 'A.5.36'],
  },

  // ---------------------------------------------------------------- Secure development
  {
    id: 'SDL-01',
    title: 'A secure coding standard and review checklist guide every pull request',
    description:
      'Engineering keeps a secure coding standard covering authentication, authorisation checks, input handling, output encoding, secrets, logging of sensitive data and use of third-party packages, with a short checklist embedded in the pull request template. Reviewers confirm the checklist items relevant to the change, and security updates the standard each year.',
    domain: 'Secure development',
    criteria: [
      { id: 'CC8.1', relation: 'primary' },
      { id: 'CC5.2', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'engineering',
    evidence: [
      'Secure coding standard with version history and annual approval',
      'Pull request template containing the security checklist',
      'Sample of merged pull requests with the checklist completed',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the secure coding standard and confirm it was reviewed within the last twelve months.' },
      { method: 'inspection', step: 'Inspect the pull request template of production repositories for the security checklist.' },
      { method: 'inspection', step: 'For a sample of merged pull requests, confirm the reviewer addressed the relevant checklist items.' },
    ],
    iso27001: ['A.8.25', 'A.8.28'],
  },
  {
    id: 'SDL-02',
    title: 'Static analysis runs on every pull request and blocks high findings',
    description:
      'A static application security testing tool (for example CodeQL or Semgrep) scans each pull request and the default branch. High and critical findings fail the required check unless a reviewer marks them as false positives with a reason, and dismissals are reviewed monthly by security.',
    domain: 'Secure development',
    criteria: [
      { id: 'CC8.1', relation: 'primary' },
      { id: 'CC7.1', relation: 'supporting' },
      { id: 'PI1.2', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Code scanning configuration per repository',
      'Ruleset showing the scan as a required check',
      'Report of dismissed findings with reasons and monthly review notes',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect code scanning configuration for production repositories and confirm it runs on pull requests (test of one).',
      },
      { method: 'inspection', step: 'Inspect the ruleset and confirm the scan is a required check.' },
      {
        method: 'inspection',
        step: 'Inspect a sample of dismissed findings and confirm each has a reason and was covered by the monthly review.',
      },
    ],
    iso27001: ['A.8.28', 'A.8.29'],
  },
  {
    id: 'SDL-03',
    title: 'Open-source dependencies are scanned and vulnerable versions upgraded',
    description:
      'Dependency scanning (for example Dependabot or an SCA tool) watches every production repository and container image, raises alerts for known vulnerable packages and opens upgrade pull requests. Alerts follow the vulnerability deadlines, and licences are checked against an allowed list.',
    domain: 'Secure development',
    criteria: [
      { id: 'CC7.1', relation: 'primary' },
      { id: 'CC8.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Organisation settings showing dependency alerts and security updates enabled',
      'Open dependency alert report with age and severity',
      'Licence policy configuration',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect organisation settings and confirm dependency scanning covers all production repositories (test of one).',
      },
      {
        method: 'inspection',
        step: 'Inspect the open alert report and confirm no critical or high alert is past its deadline without a risk acceptance.',
      },
      { method: 'inspection', step: 'Trace a sample of closed alerts to the pull request that upgraded the dependency.' },
    ],
    iso27001: ['A.8.8', 'A.8.28'],
  },
  {
    id: 'SDL-04',
    title: 'Access to source code is limited to the engineering organisation',
    description:
      'GitHub organisation membership comes from the identity provider, repositories default to private with team-based permissions, and outside collaborators need security approval and an end date. Repository admin rights and the ability to change rulesets are restricted to a small platform group.',
    domain: 'Secure development',
    criteria: [
      { id: 'CC6.1', relation: 'primary' },
      { id: 'CC8.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'GitHub organisation settings (base permissions, SSO enforcement, repository creation rules)',
      'Team and outside collaborator listing',
      'List of organisation owners and repository admins',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the organisation settings and confirm SSO is enforced and base permission is none or read (test of one).',
      },
      { method: 'inspection', step: 'Inspect the outside collaborator list and confirm each has an approval and end date.' },
      { method: 'inspection', step: 'Inspect the list of owners and admins and confirm it matches the approved platform group.' },
    ],
    iso27001: ['A.8.4', 'A.5.15'],
  },
  {
    id: 'SDL-05',
    title: 'Releases roll out gradually with health checks and automatic rollback',
    description:
      'The deployment pipeline releases new versions to a small share of traffic or a canary environment first, watches error rate and latency, and promotes only if health checks pass; otherwise it rolls back automatically. Risky features ship behind feature flags so they can be switched off without a deployment.',
    domain: 'Secure development',
    criteria: [
      { id: 'CC8.1', relation: 'primary' },
      { id: 'CC7.5', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Pipeline configuration defining canary stages, health criteria and rollback',
      'Deployment history showing promotions and automatic rollbacks',
      'Feature flag inventory with owners',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the pipeline configuration for canary stages and rollback conditions (test of one).' },
      {
        method: 'inspection',
        step: 'Inspect deployment history for a sample of releases, including at least one automatic rollback if any occurred.',
      },
      { method: 'inquiry', step: 'Ask engineering how risky changes are identified and placed behind feature flags.' },
    ],
    iso27001: ['A.8.32', 'A.8.29'],
  },
  {
    id: 'SDL-06',
    title: 'Production customer data is not copied into development or test',
    description:
      'Development and staging environments use synthetic or masked data, and copying production data into them is blocked by separate accounts and data access rules. Any exception is approved by security with a time limit, and security checks non-production data stores each quarter for production data.',
    domain: 'Secure development',
    criteria: [
      { id: 'CC8.1', relation: 'primary' },
      { id: 'C1.1', relation: 'supporting' },
      { id: 'CC6.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'quarterly',
    ownerFunction: 'security',
    evidence: [
      'Test data standard describing synthetic and masked data sources',
      'Exception approvals for any use of production data outside production',
      'Quarterly scan or sampling results of non-production data stores',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the test data standard and exception approvals.' },
      { method: 'inspection', step: 'Inspect quarterly checks for a sample of quarters and their findings.' },
      { method: 'observation', step: 'Observe a query of a staging database and confirm records are synthetic or masked.' },
    ],
    iso27001: ['A.8.33', 'A.8.31', 'A.8.11'],
  },
];
