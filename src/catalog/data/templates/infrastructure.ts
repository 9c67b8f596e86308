/**
 * Control templates — network security (NET), cryptography (CRY), asset and endpoint management (AST) and
 * physical security (PHY). Assay's own wording, aimed at a cloud-hosted SaaS company without its own data centre.
 */
import type { ControlTemplate } from '../../types.js';

export const INFRASTRUCTURE_TEMPLATES: ControlTemplate[] = [
  // ---------------------------------------------------------------- Network security
  {
    id: 'NET-01',
    title: 'Production runs in its own cloud accounts and private networks',
    description:
      'Production workloads and customer data live in dedicated AWS accounts or GCP projects, separate from staging, development and corporate tooling, each with its own VPC. Databases and internal services sit in private subnets with no public addresses, and traffic between environments is denied unless a documented peering or endpoint allows it.',
    domain: 'Network security',
    criteria: [
      { id: 'CC6.1', relation: 'primary' },
      { id: 'CC6.6', relation: 'supporting' },
      { id: 'C1.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Cloud organisation structure showing separate production and non-production accounts or projects',
      'Network diagram of production VPCs, subnets and permitted connections',
      'Infrastructure-as-code definitions of subnets and routing for production',
      'Configuration check output showing no production database with a public endpoint',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the cloud organisation structure and confirm production resources are in accounts or projects separate from non-production.',
      },
      {
        method: 'inspection',
        step: 'Inspect the network diagram and infrastructure code and confirm data stores are in private subnets without public IPs (test of one).',
      },
      {
        method: 'inspection',
        step: 'Inspect peering, VPN and private endpoint configurations between environments and confirm each is documented and approved.',
      },
    ],
    iso27001: ['A.8.22', 'A.8.31', 'A.8.20'],
  },
  {
    id: 'NET-02',
    title: 'Firewall rules deny by default and no admin port is open to the internet',
    description:
      'Security groups, GCP firewall rules and Kubernetes network policies deny inbound traffic unless a rule allows it; only the load balancer listens on ports 80 and 443 from the internet. An automated configuration check runs continuously and alerts security when any rule exposes SSH, RDP, database or other management ports to 0.0.0.0/0.',
    domain: 'Network security',
    criteria: [
      { id: 'CC6.6', relation: 'primary' },
      { id: 'CC6.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'security',
    evidence: [
      'Export of security group or firewall rules for production as of a date in the period',
      'Configuration check rule definition for internet-exposed management ports',
      'Alert history for the rule and remediation tickets for any finding',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the production firewall rule export and confirm internet-facing ingress is limited to the load balancer on web ports.',
      },
      {
        method: 'inspection',
        step: 'Inspect the configuration check and a test finding showing an alert is raised for an exposed management port (test of one).',
      },
      {
        method: 'inspection',
        step: 'For alerts raised in the period, inspect the related tickets to confirm the rule was removed or justified promptly.',
      },
    ],
    iso27001: ['A.8.20', 'A.8.22'],
  },
  {
    id: 'NET-03',
    title: 'Public endpoints sit behind a web application firewall and DDoS protection',
    description:
      'All customer-facing hostnames are served through a CDN or load balancer with a managed web application firewall rule set and provider DDoS protection enabled. Engineering reviews blocked-request trends monthly and tunes rules, and DNS records are checked so that origins cannot be reached directly.',
    domain: 'Network security',
    criteria: [
      { id: 'CC6.6', relation: 'primary' },
      { id: 'CC6.8', relation: 'supporting' },
      { id: 'A1.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'WAF configuration showing managed rule sets attached to each public endpoint',
      'DDoS protection settings for the CDN or load balancer',
      'Monthly WAF review notes or dashboard snapshots',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the list of public hostnames and confirm each is associated with the WAF and DDoS protection (test of one).',
      },
      { method: 'observation', step: 'Observe a request to an origin server address bypassing the CDN and confirm it is refused.' },
      { method: 'inspection', step: 'Inspect monthly WAF review records for a sample of months.' },
    ],
    iso27001: ['A.8.20', 'A.8.21'],
  },
  {
    id: 'NET-04',
    title: 'Remote administration goes through an identity-aware access gateway',
    description:
      'Engineers reach production hosts, clusters and databases only through an identity-aware proxy or session manager (for example AWS Systems Manager, GCP IAP or a zero-trust access tool) that checks SSO, MFA and device posture. There is no public SSH or bastion exposed to the internet, and sessions are logged.',
    domain: 'Network security',
    criteria: [
      { id: 'CC6.6', relation: 'primary' },
      { id: 'CC6.1', relation: 'supporting' },
      { id: 'CC6.7', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'security',
    evidence: [
      'Access gateway configuration showing SSO, MFA and device posture requirements',
      'Firewall rule export showing no inbound SSH or RDP from the internet',
      'Sample of session logs from the gateway',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the gateway configuration and confirm it requires SSO with MFA and a managed device (test of one).',
      },
      {
        method: 'observation',
        step: 'Observe an engineer connect to a production host and confirm the path runs through the gateway and the session is logged.',
      },
      {
        method: 'inspection',
        step: 'Inspect firewall rules to confirm hosts do not accept direct administrative connections from the internet.',
      },
    ],
    iso27001: ['A.8.20', 'A.6.7', 'A.8.5'],
  },
  {
    id: 'NET-05',
    title: 'Network and firewall rules are reviewed every six months',
    description:
      'Twice a year engineering and security walk through production firewall rules, load balancer listeners, VPC peering, VPN connections and allow-listed third-party IPs, and confirm each still has a purpose and an owner. Stale or overly broad rules are removed through a change ticket.',
    domain: 'Network security',
    criteria: [
      { id: 'CC6.6', relation: 'primary' },
      { id: 'CC6.1', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'semi_annual',
    ownerFunction: 'security',
    evidence: [
      'Rule export used for the review with its extraction date',
      'Review record listing each rule, owner, decision and reviewer',
      'Change tickets removing or narrowing rules',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the review records for both reviews in the period and confirm they were completed by the named reviewers.',
      },
      {
        method: 'reperformance',
        step: 'Compare the rule export in the review with a current export to confirm the review covered the full rule set.',
      },
      {
        method: 'inspection',
        step: 'For rules marked for removal, inspect the change ticket and current configuration to confirm removal.',
      },
    ],
    iso27001: ['A.8.20', 'A.8.21'],
  },
  {
    id: 'NET-06',
    title: 'Public access to cloud storage buckets is blocked by default',
    description:
      'Account-level public access blocks (S3 Block Public Access, GCS public access prevention) are enforced across all production and non-production accounts by organisation policy. The rare bucket that must serve public files (for example marketing assets) lives in a separate account with an approved exception, and a continuous check alerts on any other public bucket or object.',
    domain: 'Network security',
    criteria: [
      { id: 'CC6.1', relation: 'primary' },
      { id: 'CC6.7', relation: 'supporting' },
      { id: 'C1.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'security',
    evidence: [
      'Organisation policy or service control policy enforcing public access prevention',
      'Per-account public access block settings',
      'Continuous check results and the exception register for public buckets',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the organisation-level policy enforcing public access prevention and confirm it applies to all accounts (test of one).',
      },
      { method: 'observation', step: 'Observe an attempt to make a test object public in a production account and confirm it is refused.' },
      {
        method: 'inspection',
        step: 'Inspect the exception register and confirm each public bucket is approved and holds no confidential data.',
      },
    ],
    iso27001: ['A.8.3', 'A.5.15', 'A.5.23'],
  },

  // ---------------------------------------------------------------- Cryptography
  {
    id: 'CRY-01',
    title: 'Production data stores are encrypted at rest with managed keys',
    description:
      'Databases, object storage, block volumes, snapshots, queues and backups holding customer data are encrypted at rest using the cloud key management service. Encryption is enforced by infrastructure code defaults and an organisation policy, and a continuous check flags any unencrypted resource.',
    domain: 'Cryptography',
    criteria: [
      { id: 'CC6.1', relation: 'primary' },
      { id: 'C1.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Configuration check output listing encryption status of production data stores',
      'Organisation policy or infrastructure code module enforcing encryption by default',
      'Key management service listing of keys used by production data stores',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the encryption status report for production data stores and confirm every store holding customer data is encrypted.',
      },
      {
        method: 'inspection',
        step: 'Inspect the enforcing policy or module and confirm unencrypted resources cannot be created (test of one).',
      },
      { method: 'inspection', step: 'Confirm changes to the enforcing policy during the period went through change management.' },
    ],
    iso27001: ['A.8.24'],
  },
  {
    id: 'CRY-02',
    title: 'Data in transit is protected with TLS 1.2 or higher',
    description:
      'Public endpoints accept only TLS 1.2 or 1.3 with modern cipher suites and send HSTS, and plain HTTP redirects to HTTPS. Connections from services to databases, caches and third-party APIs require TLS, and certificates are issued and renewed automatically with expiry monitoring.',
    domain: 'Cryptography',
    criteria: [
      { id: 'CC6.7', relation: 'primary' },
      { id: 'CC6.6', relation: 'supporting' },
      { id: 'C1.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Load balancer or CDN TLS policy settings',
      'External TLS scan report of public hostnames',
      'Database parameter settings requiring TLS connections',
      'Certificate inventory with automated renewal and expiry alerts',
    ],
    testProcedures: [
      {
        method: 'reperformance',
        step: 'Run a TLS scan against the public hostnames and confirm protocols below TLS 1.2 are refused and HSTS is present.',
      },
      { method: 'inspection', step: 'Inspect database and cache settings to confirm encrypted connections are required (test of one).' },
      { method: 'inspection', step: 'Inspect the certificate inventory and expiry alert configuration.' },
    ],
    iso27001: ['A.8.24', 'A.5.14'],
  },
  {
    id: 'CRY-03',
    title: 'Encryption keys are managed in KMS with rotation and separated duties',
    description:
      'Customer-managed keys live in the cloud key management service with automatic rotation at least yearly. Key policies separate the few people who can administer or schedule deletion of keys from the workloads that use them, and key deletion or disablement raises an alert.',
    domain: 'Cryptography',
    criteria: [
      { id: 'CC6.1', relation: 'primary' },
      { id: 'CC6.3', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'security',
    evidence: [
      'KMS key listing with rotation status',
      'Key policies showing administrators separate from key users',
      'Alert rule for key disablement or scheduled deletion',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the KMS key listing and confirm automatic rotation is enabled on customer-managed keys (test of one).',
      },
      {
        method: 'inspection',
        step: 'Inspect the key policies for production keys and confirm administrators cannot also use the keys to decrypt data.',
      },
      { method: 'inspection', step: 'Inspect the alert rule for key deletion and any alerts raised during the period.' },
    ],
    iso27001: ['A.8.24', 'A.5.15'],
  },
  {
    id: 'CRY-04',
    title: 'Application secrets are kept in a secrets manager, never in code or images',
    description:
      'Database passwords, API tokens and signing keys used by services are stored in the cloud secrets manager or a vault and injected at runtime, with access granted per service. Secret scanning with push protection runs on all GitHub repositories, and any detected secret is revoked and rotated as an incident.',
    domain: 'Cryptography',
    criteria: [
      { id: 'CC6.1', relation: 'primary' },
      { id: 'CC6.7', relation: 'supporting' },
      { id: 'CC8.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Secrets manager inventory and access policies per service',
      'GitHub organisation setting showing secret scanning and push protection enabled',
      'Secret scanning alert history with revocation and rotation tickets',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the GitHub organisation security settings to confirm secret scanning and push protection cover all repositories (test of one).',
      },
      {
        method: 'inspection',
        step: 'Inspect the deployment configuration of a sample of services and confirm secrets are read from the secrets manager.',
      },
      {
        method: 'inspection',
        step: 'For secret scanning alerts raised during the period, inspect evidence that the secret was revoked and rotated.',
      },
    ],
    iso27001: ['A.5.17', 'A.8.24', 'A.8.4'],
  },
  {
    id: 'CRY-05',
    title: 'Cryptography standard sets approved algorithms and is reviewed yearly',
    description:
      'Security maintains a short cryptography standard naming approved algorithms, key lengths, TLS versions, password hashing functions and key-handling rules, plus those that are banned. It is reviewed each year against current guidance, and deviations found in code reviews or scans are tracked to closure.',
    domain: 'Cryptography',
    criteria: [
      { id: 'CC6.7', relation: 'primary' },
      { id: 'CC6.1', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'security',
    evidence: [
      'Current cryptography standard with version history',
      'Record of the annual review and approval',
      'Tickets for deviations from the standard',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the cryptography standard and confirm it names approved and prohibited algorithms, protocols and key lengths.',
      },
      { method: 'inspection', step: 'Inspect evidence of review and approval within the last twelve months.' },
      {
        method: 'inquiry',
        step: 'Ask engineering how the standard is applied in design and code review, and inspect one deviation ticket if any exist.',
      },
    ],
    iso27001: ['A.8.24', 'A.5.1'],
  },

  // ---------------------------------------------------------------- Asset and endpoint management
  {
    id: 'AST-01',
    title: 'Cloud resources are inventoried automatically and tagged with an owner',
    description:
      'A cloud asset inventory (for example AWS Config, GCP Cloud Asset Inventory or a CSPM tool) records every resource in every account and region. Infrastructure code applies mandatory tags for owner, environment and data classification, and a weekly report lists untagged resources for their team to fix.',
    domain: 'Asset management',
    criteria: [
      { id: 'CC6.1', relation: 'primary' },
      { id: 'CC7.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'Cloud asset inventory configuration covering all accounts and regions',
      'Tagging policy and infrastructure code defaults for required tags',
      'Weekly untagged-resource report and follow-up tickets',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the inventory configuration and confirm it is enabled for all accounts and regions (test of one).',
      },
      {
        method: 'reperformance',
        step: 'Select a sample of resources from the cloud console and confirm each appears in the inventory with the required tags.',
      },
      { method: 'inspection', step: 'Inspect a sample of weekly untagged-resource reports and the related tickets.' },
    ],
    iso27001: ['A.5.9', 'A.5.12'],
  },
  {
    id: 'AST-02',
    title: 'Company laptops are tracked in MDM and reconciled to staff each quarter',
    description:
      'Every company laptop and mobile device that accesses company data is enrolled in MDM at setup and assigned to a person. IT reconciles the MDM device list with the HR roster each quarter to find unassigned devices, devices of leavers that were not returned and staff without an enrolled device.',
    domain: 'Asset management',
    criteria: [
      { id: 'CC6.1', relation: 'primary' },
      { id: 'CC6.7', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'quarterly',
    ownerFunction: 'it',
    evidence: [
      'MDM device inventory export with assigned user, serial number and last check-in',
      'Quarterly reconciliation worksheet against the HR roster',
      'Tickets resolving discrepancies (recovered, wiped or re-assigned devices)',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the reconciliation for a sample of quarters and confirm discrepancies were identified and resolved.',
      },
      {
        method: 'reperformance',
        step: 'Compare a current MDM export with the HR roster and confirm each employee has at least one enrolled device and no device is unassigned.',
      },
      { method: 'inquiry', step: 'Ask IT how new devices are enrolled before being handed to staff.' },
    ],
    iso27001: ['A.5.9', 'A.8.1', 'A.5.11'],
  },
  {
    id: 'AST-03',
    title: 'MDM enforces disk encryption, screen lock and OS updates on laptops',
    description:
      'The MDM platform pushes a security baseline to every company laptop: full-disk encryption (FileVault or BitLocker) with escrowed recovery keys, screen lock after at most 10 minutes idle, host firewall on and OS updates installed within 14 days of release. Non-compliant devices are reported daily and lose access to SSO apps through device-trust rules until fixed.',
    domain: 'Endpoint security',
    criteria: [
      { id: 'CC6.7', relation: 'primary' },
      { id: 'CC6.8', relation: 'supporting' },
      { id: 'CC6.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'it',
    evidence: [
      'MDM configuration profiles for encryption, screen lock, firewall and updates',
      'Device compliance report as of a date in the period',
      'Identity provider device-trust rule blocking non-compliant devices',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the MDM profiles and confirm they set the required encryption, lock, firewall and update settings (test of one).',
      },
      { method: 'inspection', step: 'Inspect the compliance report and follow up any non-compliant device to its resolution.' },
      {
        method: 'observation',
        step: 'Observe a sample laptop and confirm disk encryption is on and the screen locks after the configured idle time.',
      },
    ],
    iso27001: ['A.8.1', 'A.8.24', 'A.7.9'],
  },
  {
    id: 'AST-04',
    title: 'Endpoint detection and response runs on all laptops and servers',
    description:
      'An EDR or anti-malware agent is installed on every company laptop and on production hosts that run a general-purpose OS, with signatures and behaviour rules updated automatically. Detections are sent to security for triage, and a daily coverage report compares agent check-ins with the MDM and cloud inventories.',
    domain: 'Endpoint security',
    criteria: [
      { id: 'CC6.8', relation: 'primary' },
      { id: 'CC7.2', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'security',
    evidence: [
      'EDR console policy showing real-time protection and automatic updates',
      'Coverage report comparing EDR agents with the device and server inventories',
      'Detection log with triage outcomes for the period',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the EDR prevention policy and confirm real-time protection and automatic updates are on (test of one).',
      },
      { method: 'reperformance', step: 'Compare the EDR agent list with the MDM inventory and production host list and confirm coverage.' },
      { method: 'inspection', step: 'For a sample of detections, inspect the triage record and resolution.' },
    ],
    iso27001: ['A.8.7', 'A.8.1', 'A.8.16'],
  },
  {
    id: 'AST-05',
    title: 'Staff cannot install unapproved software on company devices',
    description:
      'Employees work as standard users without local administrator rights; software is installed from the MDM self-service catalogue, and requests for new tools go through IT and security review. The EDR or MDM blocks known-bad and unapproved applications, and browser extensions are limited to an allow-list.',
    domain: 'Endpoint security',
    criteria: [
      { id: 'CC6.8', relation: 'primary' },
      { id: 'CC6.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'it',
    evidence: [
      'MDM settings removing local admin rights and listing the self-service catalogue',
      'Application block-list or allow-list configuration',
      'Browser extension allow-list policy',
      'Software request tickets with approval',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the MDM configuration and confirm standard users have no local admin rights (test of one).' },
      {
        method: 'observation',
        step: 'Observe a user try to install an application outside the catalogue and confirm it is blocked or requires IT approval.',
      },
      { method: 'inspection', step: 'Inspect a sample of software request tickets and confirm approval before installation.' },
    ],
    iso27001: ['A.8.19', 'A.8.7', 'A.8.1'],
  },
  {
    id: 'AST-06',
    title: 'USB storage and unmanaged file transfer are blocked on laptops',
    description:
      'MDM blocks writes to removable storage on company laptops, and approved exceptions are time-boxed and recorded. Confidential files leave the company only through approved channels such as the sharing controls of the document platform or encrypted customer transfer tools.',
    domain: 'Endpoint security',
    criteria: [
      { id: 'CC6.7', relation: 'primary' },
      { id: 'C1.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'it',
    evidence: [
      'MDM restriction profile for removable media',
      'Register of approved removable-media exceptions with expiry',
      'Acceptable use policy section on approved transfer channels',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the MDM removable-media restriction and confirm it is assigned to all laptops (test of one).',
      },
      { method: 'observation', step: 'Observe an attempt to copy a file to a USB drive on a sample laptop and confirm it is blocked.' },
      {
        method: 'inspection',
        step: 'Inspect the exception register and confirm each exception was approved and has expired or been renewed.',
      },
    ],
    iso27001: ['A.7.10', 'A.8.12', 'A.5.14'],
  },
  {
    id: 'AST-07',
    title: 'Returned and retired devices are wiped or destroyed with a certificate',
    description:
      'When a laptop is returned or retired, IT performs a cryptographic wipe through MDM before reissue. Devices leaving the company are sent to a disposal vendor that supplies a certificate of destruction listing serial numbers, and IT matches certificates to the asset inventory.',
    domain: 'Asset management',
    criteria: [
      { id: 'CC6.5', relation: 'primary' },
      { id: 'C1.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'it',
    evidence: [
      'MDM wipe records for returned devices',
      'Certificates of destruction from the disposal vendor with serial numbers',
      'Asset inventory entries marked disposed with the certificate reference',
    ],
    testProcedures: [
      { method: 'inspection', step: 'From the asset inventory, select a sample of devices returned or disposed of during the period.' },
      {
        method: 'inspection',
        step: 'For reissued devices, inspect the MDM wipe record dated before reissue; for disposed devices, match the serial number to a certificate of destruction.',
      },
      { method: 'inquiry', step: 'Ask IT where devices awaiting wipe or disposal are stored and who can access them.' },
    ],
    iso27001: ['A.7.14', 'A.8.10', 'A.5.11'],
  },
  {
    id: 'AST-08',
    title: 'Lost or stolen devices are locked and wiped remotely',
    description:
      'Staff report a lost or stolen laptop or phone to IT right away through the security channel. IT issues a remote lock and wipe through MDM, revokes the person’s sessions and tokens in the identity provider and records the event as a security incident.',
    domain: 'Endpoint security',
    criteria: [
      { id: 'CC6.7', relation: 'primary' },
      { id: 'CC6.5', relation: 'supporting' },
      { id: 'CC7.3', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'it',
    evidence: [
      'Lost-device reports or incident tickets for the period',
      'MDM remote lock and wipe commands with timestamps',
      'Identity provider session revocation log for the affected user',
    ],
    testProcedures: [
      { method: 'inquiry', step: 'Ask IT and a sample of staff how a lost device is reported and what happens next.' },
      {
        method: 'inspection',
        step: 'For each lost-device report in the period, inspect the MDM wipe command and session revocation and compare their timing with the report.',
      },
      {
        method: 'inspection',
        step: 'Inspect the lost-device procedure and confirm it names the reporting channel and expected response times.',
      },
    ],
    iso27001: ['A.8.1', 'A.7.9', 'A.6.8'],
  },
  {
    id: 'AST-09',
    title: 'Decommissioned cloud resources have their data and snapshots removed',
    description:
      'When a database, volume, bucket or account is retired, engineering follows a decommissioning checklist that deletes data, snapshots and replicas (or schedules them under the retention rules) and destroys related keys where appropriate. The checklist is attached to the change ticket and reviewed by a second engineer.',
    domain: 'Asset management',
    criteria: [
      { id: 'CC6.5', relation: 'primary' },
      { id: 'C1.2', relation: 'supporting' },
    ],
    nature: 'it_dependent_manual',
    frequency: 'per_event',
    ownerFunction: 'engineering',
    evidence: [
      'Decommissioning checklist template',
      'Change tickets for retired data stores with completed checklists and reviewer',
      'Cloud listing showing no leftover snapshots for the retired resources',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Identify data stores removed during the period from the asset inventory history and select a sample.',
      },
      { method: 'inspection', step: 'For each, inspect the change ticket and checklist and confirm a second engineer reviewed it.' },
      {
        method: 'reperformance',
        step: 'Search the cloud account for snapshots or backups of the sampled resources beyond their retention date.',
      },
    ],
    iso27001: ['A.8.10', 'A.7.14', 'A.5.9'],
  },
  {
    id: 'AST-10',
    title: 'Production runs only trusted, scanned and signed workload images',
    description:
      'Production containers and machine images are built by CI from approved base images, scanned for malware and known vulnerabilities, and signed. The cluster or deployment service admits only signed images from the company registry, and runtime file systems are read-only where the workload allows.',
    domain: 'Endpoint security',
    criteria: [
      { id: 'CC6.8', relation: 'primary' },
      { id: 'CC7.1', relation: 'supporting' },
      { id: 'CC8.1', relation: 'supporting' },
    ],
    nature: 'automated',
    frequency: 'continuous',
    ownerFunction: 'engineering',
    evidence: [
      'List of approved base images and their update schedule',
      'CI pipeline configuration showing image scanning and signing steps',
      'Admission policy allowing only signed images from the company registry',
    ],
    testProcedures: [
      { method: 'inspection', step: 'Inspect the admission policy and confirm unsigned or external images are rejected (test of one).' },
      { method: 'observation', step: 'Observe a deployment of an unsigned test image to production and confirm it is refused.' },
      { method: 'inspection', step: 'Inspect CI runs for a sample of releases and confirm scan and signing steps completed.' },
    ],
    iso27001: ['A.8.7', 'A.8.19', 'A.8.9'],
  },

  // ---------------------------------------------------------------- Physical security
  {
    id: 'PHY-01',
    title: 'Production runs only in provider data centres whose entry controls are checked',
    description:
      'Security confirms each year that no production system or customer data is hosted on company premises (no office servers, storage appliances or on-site backups), so physical access to production rests with the cloud provider. As part of that check security reads the physical entry and media-handling sections of the provider’s assurance report for the regions in use and records any exception that affects the company.',
    domain: 'Physical security',
    criteria: [
      { id: 'CC6.4', relation: 'primary' },
      { id: 'CC6.5', relation: 'supporting' },
    ],
    nature: 'manual',
    frequency: 'annual',
    ownerFunction: 'security',
    evidence: [
      'Annual confirmation that production and customer data are hosted only with the cloud provider',
      'Asset inventory showing no on-premises production equipment',
      'Review notes on the physical access and media-handling sections of the provider report',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the annual confirmation and the asset inventory for on-premises servers or storage holding customer data.',
      },
      {
        method: 'inspection',
        step: 'Inspect the review notes and confirm the provider report covered the regions in use and physical access exceptions were assessed.',
      },
      {
        method: 'observation',
        step: 'During an office walkthrough, observe that no servers or storage appliances holding production data are present.',
      },
    ],
    iso27001: ['A.7.1', 'A.7.2', 'A.5.23'],
  },
  {
    id: 'PHY-02',
    title: 'Office entry uses personal badges that are reviewed every quarter',
    description:
      'Offices are entered with personal badges issued by operations after a ticket from HR; badges are disabled on the last working day. Each quarter operations compares the badge system export with the HR roster and deactivates badges of leavers and lost cards.',
    domain: 'Physical security',
    criteria: [{ id: 'CC6.4', relation: 'primary' }],
    nature: 'it_dependent_manual',
    frequency: 'quarterly',
    ownerFunction: 'operations',
    evidence: [
      'Badge system export of active badges',
      'Quarterly reconciliation against the HR roster with actions taken',
      'Badge deactivation records for leavers',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the quarterly reconciliation for a sample of quarters and confirm discrepancies were actioned.',
      },
      {
        method: 'reperformance',
        step: 'Compare the current badge export with the HR roster and confirm no badges remain active for leavers.',
      },
      { method: 'observation', step: 'Observe the office entrance and confirm entry requires a badge.' },
    ],
    iso27001: ['A.7.1', 'A.7.2', 'A.7.3'],
  },
  {
    id: 'PHY-03',
    title: 'Office visitors sign in, wear a badge and are escorted',
    description:
      'Reception or the host registers each visitor in a visitor log, issues a visibly different badge and escorts the visitor in non-public areas. Network equipment and any paper records are kept in locked rooms or cabinets that visitors cannot reach.',
    domain: 'Physical security',
    criteria: [{ id: 'CC6.4', relation: 'primary' }],
    nature: 'manual',
    frequency: 'per_event',
    ownerFunction: 'operations',
    evidence: [
      'Visitor log entries for the period',
      'Visitor badge design and office security guidelines',
      'Photos or walkthrough notes of locked network and storage rooms',
    ],
    testProcedures: [
      {
        method: 'inspection',
        step: 'Inspect the visitor log for a sample of days and confirm each entry names a host and times in and out.',
      },
      { method: 'observation', step: 'Observe the visitor process and confirm visitors receive a badge and are escorted.' },
      { method: 'observation', step: 'Observe that the network equipment room or cabinet is locked.' },
    ],
    iso27001: ['A.7.2', 'A.7.3', 'A.7.8'],
  },
];
