/* Types */
export type { AttributePath, CompareOperator, FilterLiteral, FilterNode } from './filter-ast.ts';
export type { FilterPredicate } from './compile-filter.ts';
export type { SortAttribute } from './sort-resources.ts';
export type { FilterToken } from './tokenize-filter.ts';
/* Parsing */
export { tokenizeFilter } from './tokenize-filter.ts';
export { parseFilter } from './parse-filter.ts';
export { FilterParser, FILTER_MODE } from './filter-parser.ts';
export type { ParserMode } from './filter-parser.ts';
/* Matching */
export { compileFilter, compileValueFilter, pathToText } from './compile-filter.ts';
export { matchesFilter } from './match-filter.ts';
export { isPresentValue } from './build-comparator.ts';
/* Sorting */
export { parseSortAttribute, compareResources, compareSortKeys } from './sort-resources.ts';
