// What a refused deposit (or fresh data) did to the selection, in words. Internal: DepositDialog.tsx is the public entry.
import type { AdjustedItem, DroppedItem } from '../../core/index.js';
import type { Display } from '../shared/index.js';
import type { SlotClass } from './DepositDialogParts.js';

/** True when {@link RepairList} has something to say. */
export function hasRepairs(dropped: readonly DroppedItem[], adjusted: readonly AdjustedItem[]): boolean {
  return dropped.length > 0 || adjusted.length > 0;
}

/** Items taken out of the selection and amounts lowered, each with its reason. Names render as text. */
export function RepairList({ dropped, adjusted, display, c }: {
  dropped: readonly DroppedItem[];
  adjusted: readonly AdjustedItem[];
  display: Display;
  c: SlotClass;
}) {
  const { labels } = display;
  if (!hasRepairs(dropped, adjusted)) return null;
  const reason = (key: DroppedItem['reason']) => labels.dropReason[key] ?? key;
  return (
    <div data-slot="deposit-dialog-repairs" className={c('repairs')}>
      <p>{labels.selectionChanged}</p>
      <ul>
        {dropped.map((item) => (
          <li key={`drop-${item.id}`} data-item-id={item.id} data-repair="removed" data-reason={item.reason}>
            {labels.removedItem(item.name, reason(item.reason))}
          </li>
        ))}
        {adjusted.map((item) => (
          <li key={`adjust-${item.id}`} data-item-id={item.id} data-repair="adjusted" data-reason={item.reason}>
            {labels.adjustedItem(item.name, item.from, item.to, reason(item.reason))}
          </li>
        ))}
      </ul>
    </div>
  );
}
