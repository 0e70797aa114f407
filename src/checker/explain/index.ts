export { explain, type ExplainInput, type ExplainOptions } from './explain';
export type * from './types';
