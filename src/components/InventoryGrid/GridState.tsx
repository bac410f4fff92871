import type { AssetPayError } from '../../core/index.js';
import { errorLabel, type Display } from '../shared/index.js';

interface GridStateProps {
  state: 'loading' | 'error' | 'empty' | 'ready';
  error?: AssetPayError | null;
  onRetry?: () => void;
  emptyMessage?: string;
  display: Display;
  className?: string;
}

/** The grid's loading, error and empty messages (nothing when ready). */
export function GridState({ state, error, onRetry, emptyMessage, display, className }: GridStateProps) {
  const { labels } = display;
  if (state === 'loading') {
    return (
      <div role="status" data-slot="inventory-grid-status" data-state="loading" className={className}>
        {labels.loading}
        <div data-slot="inventory-grid-skeleton" aria-hidden="true">
          {Array.from({ length: 8 }, (_, i) => (
            <span key={i} data-slot="inventory-grid-skeleton-card" />
          ))}
        </div>
      </div>
    );
  }
  if (state === 'error' && error) {
    return (
      <div role="alert" data-slot="inventory-grid-status" data-state="error" data-error-key={error.key} className={className}>
        <p>{errorLabel(labels, error.key) ?? labels.loadError}</p>
        {error.requestId && <p data-slot="request-id">{labels.requestId(error.requestId)}</p>}
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {labels.retry}
          </button>
        )}
      </div>
    );
  }
  if (state === 'empty') {
    return (
      <p role="status" data-slot="inventory-grid-status" data-state="empty" className={className}>
        {emptyMessage ?? labels.empty}
      </p>
    );
  }
  return null;
}
