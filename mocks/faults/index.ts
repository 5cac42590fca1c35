export { defaultBehaviour, type BulkDeviations, type Fault, type MockBehaviour } from './fault-types.ts';
export { FAULT_LIST, FAULTS, resolveBehaviour } from './registry.ts';
