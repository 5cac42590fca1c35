export type { AttributePath } from '../filter/filter-ast.ts';
export { parsePath } from './parse-path.ts';
