// English, the default pack: the strings before Confirm (labelsEnPanel.ts) and after (labelsEnDeposit.ts).
import { mergeLabels, type Labels } from './labels.js';
import { enPanel } from './labelsEnPanel.js';
import { enDeposit } from './labelsEnDeposit.js';

/** English defaults. */
export const defaultLabels: Labels = { ...enPanel, ...enDeposit, errors: { ...enPanel.errors, ...enDeposit.errors } };

const complete = new WeakMap<Labels, Labels>();

/**
 * `labels` with any string it lacks taken from English. The components up front fall back to
 * `enPanel` only; the dialog and the trade status, which load this module, fill in the rest.
 */
export function completeLabels(labels: Labels): Labels {
  let full = complete.get(labels);
  if (!full) complete.set(labels, (full = mergeLabels(defaultLabels, labels)));
  return full;
}
