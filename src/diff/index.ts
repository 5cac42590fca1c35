/* Comparing two request sequences */
export { diffScenarios, formatDifference, type ScenarioDifference } from './diff-scenarios.ts';
export { diffHeaders, type HeaderDifference } from './diff-headers.ts';
export { diffJson, type JsonDifference } from './diff-json.ts';
export { placeholderRenaming, type Rename } from './normalise-placeholders.ts';
