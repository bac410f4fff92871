import { useRef, type RefObject } from 'react';
import { useLayoutEffect } from '@radix-ui/react-use-layout-effect';

/**
 * A ref to the latest `value`, for callbacks that run later (events, fetches, store listeners).
 * It is written after each commit, never during render, so a render React throws away (StrictMode,
 * concurrent rendering) leaves it alone. Render code reads the value itself, not this ref.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
