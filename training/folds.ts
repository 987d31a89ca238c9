/**
 * Out-of-fold scores for the natural drafts: the drafts are split into folds by
 * file (a file is one writer's sitting, so near-identical drafts stay together),
 * a model is trained without each fold and scores it. Calibration and
 * thresholds are then chosen on every natural draft, each scored by a model
 * that never saw it, instead of on one small split.
 */
import { hashString } from '../utils/model/hash';

export const FOLDS = 5;

export const foldOf = (file: string): number => hashString(`fold:${file}`) % FOLDS;
