export type ModelCategory = 'discrimination' | 'respect' | 'predetermination' | 'confidential';
export interface SuiteCase { id: string; text: string; labels: ModelCategory[] /* [] = clean */; functionality: string; family: string /* template family, for family-held-out splits */; group?: string /* protected-group key, for group-held-out splits */; contrastOf?: string /* family of the hateful case this clean case contrasts */; }
// training/suite/index.ts: export function generateSuite(seed = 1): SuiteCase[]
