export { defaultBehaviour, type Fault, type MockBehaviour } from './fault-types.ts';
export { FAULT_LIST, FAULTS, resolveBehaviour } from './registry.ts';
