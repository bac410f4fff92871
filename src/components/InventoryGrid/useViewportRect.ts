import { useCallback, useState } from 'react';
import type { Rect, Virtualizer } from '@tanstack/react-virtual';

/**
 * The scroll area's content box (clientWidth/clientHeight, no scrollbar) as the virtualizer
 * measures it: one read on mount and one ResizeObserver. `null` until the first measurement (a
 * layout effect, before the first paint): cards laid out for an unknown width would be thrown away.
 */
export function useViewportRect() {
  const [rect, setRect] = useState<Rect | null>(null);
  const observeRect = useCallback((instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) => {
    const element = instance.scrollElement;
    if (!element) return undefined;
    const measure = () => {
      const next = { width: element.clientWidth, height: element.clientHeight };
      setRect((prev) => (prev && prev.width === next.width && prev.height === next.height ? prev : next));
      cb(next);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { rect, observeRect };
}
