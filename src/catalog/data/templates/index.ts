// Every template file of the catalog; the loader collects each exported array.
export * from './access.js';
export * from './availability.js';
export * from './change.js';
export * from './communication.js';
export * from './confidentiality.js';
export * from './continuity.js';
export * from './governance.js';
export * from './incidents.js';
export * from './infrastructure.js';
export * from './monitoring.js';
export * from './operations.js';
export * from './people.js';
export * from './privacy.js';
export * from './processing.js';
export * from './risk.js';
export * from './vendors.js';
