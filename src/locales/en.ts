// English, the default pack: the components use it when no `labels` are given.
import { defaultLabels } from '../components/shared/labelsEn.js';
import type { Labels } from '../components/shared/labels.js';

export const en: Labels = defaultLabels;
export default en;
