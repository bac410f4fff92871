import { useEffect, useState } from 'react';

/**
 * The current time, updated every `everyMs`, so relative times ("3 min ago", a hold countdown,
 * "refresh in 12 sec") stay current. Only the component that shows the time re-renders.
 */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
