/* Recording proxy */
export { startRecordingProxy, type RecordingProxy, type RecordingProxyOptions } from './recording-proxy.ts';
export type { RecordedExchange, RecordedResponse } from './exchange.ts';
/* Session → scenario */
export { buildScenario, type BuildScenarioOptions, type BuiltScenario } from './build-scenario.ts';
export { writeRecordedScenario } from './write-scenario.ts';
/* Building blocks */
export { credentialValues, forwardRequestHeaders, forwardResponseHeaders, recordedHeaders } from './header-rules.ts';
export { PersonalData, type Entity, type EntityKind, type ValueContext } from './personal-data.ts';
export { inferExpectation, inferSchema } from './infer-expectation.ts';
