import { useMemo } from 'react';
import { useDisplay, type Display, type DisplayProps } from './display.js';
import { completeLabels } from './labelsEn.js';

/**
 * `useDisplay` with every string, English for any the labels lack: what the deposit dialog, the
 * trade status and the public `useDisplay` read. Components shown before Confirm use `useDisplay`,
 * so a page pays for the English of the dialog only when the dialog loads.
 */
export function useFullDisplay(props?: DisplayProps): Display {
  const display = useDisplay(props);
  return useMemo(() => ({ ...display, labels: completeLabels(display.labels) }), [display]);
}
