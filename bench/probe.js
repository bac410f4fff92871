// Installed in the page by bench/run.mjs with addInitScript, before any page script runs.
// Collects Event Timing entries (threshold 16 ms, the lowest allowed), long animation frames,
// long tasks, input timestamps and per-event handler time (window capture → window bubble,
// which covers React's root listener and the synchronous render it flushes), and for each handled
// event the end of the next frame after its handlers (rAF, then a message-channel task), so an
// interaction's "input → next frame" is known to the ms where Event Timing rounds to 8 ms and
// reports nothing under 16 ms.
// Plain browser JavaScript: it is passed to the page as a function.
export function installProbe() {
  const probe = {
    events: [],
    loafs: [],
    longtasks: [],
    inputs: [],
    handlers: [],
    frames: null,
  };
  window.__probe = probe;

  const eventObserver = new PerformanceObserver((list) => take(list.getEntries()));
  function take(entries) {
    for (const e of entries) {
      probe.events.push({
        name: e.name,
        id: e.interactionId || 0,
        start: e.startTime,
        dur: e.duration,
        proc: e.processingEnd - e.processingStart,
        delay: e.processingStart - e.startTime,
      });
    }
  }
  try {
    eventObserver.observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        probe.loafs.push({ start: e.startTime, dur: e.duration, blocking: e.blockingDuration ?? 0 });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longtasks.push({ start: e.startTime, dur: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}

  // The end of the frame after a handler: rAF, then a task (after that frame's style, layout, paint).
  const afterFrame = new MessageChannel();
  const frameQueue = [];
  afterFrame.port1.onmessage = () => frameQueue.shift()?.();

  const INPUTS = ['pointerdown', 'keydown'];
  const HANDLED = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown', 'keypress', 'beforeinput', 'input', 'change', 'keyup'];
  const open = new WeakMap();
  for (const type of HANDLED) {
    window.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) return;
        if (INPUTS.includes(type)) probe.inputs.push({ type, t: event.timeStamp, at: performance.now() });
        open.set(event, performance.now());
      },
      true,
    );
    window.addEventListener(type, (event) => {
      const start = open.get(event);
      if (start === undefined) return;
      const entry = { type, start, ms: performance.now() - start, ts: event.timeStamp, frame: undefined };
      probe.handlers.push(entry);
      requestAnimationFrame(() => {
        frameQueue.push(() => (entry.frame = performance.now()));
        afterFrame.port2.postMessage(0);
      });
    });
  }

  /** Flushes observers, then summarises what happened since `t0` (a performance.now() value). */
  probe.collect = (t0) => {
    take(eventObserver.takeRecords());
    const events = probe.events.filter((e) => e.id > 0 && e.start >= t0 - 1);
    const handlers = probe.handlers.filter((h) => h.start >= t0);
    const input = probe.inputs.find((i) => i.at >= t0);
    return {
      // null: no entry at the 16 ms threshold, i.e. the interaction took < 16 ms.
      dur: events.length ? Math.max(...events.map((e) => e.dur)) : null,
      proc: events.length ? Math.max(...events.map((e) => e.proc)) : null,
      delay: events.length ? Math.max(...events.map((e) => e.delay)) : null,
      interactions: new Set(events.map((e) => e.id)).size,
      js: handlers.reduce((sum, h) => sum + h.ms, 0),
      // Event timestamp → end of the next frame after its handlers, max over the interaction's events.
      frame: handlers.some((h) => h.frame !== undefined) ? Math.max(...handlers.filter((h) => h.frame !== undefined).map((h) => h.frame - h.ts)) : null,
      inputAt: input ? input.t : null,
    };
  };

  /** Long tasks and LoAFs that started at or after t0 (and before t1 when given). */
  probe.jank = (t0, t1 = Infinity) => {
    const inWindow = (e) => e.start >= t0 && e.start < t1;
    const longtasks = probe.longtasks.filter(inWindow);
    const loafs = probe.loafs.filter(inWindow);
    return {
      longTasks: longtasks.length,
      tbt: longtasks.reduce((sum, e) => sum + Math.max(0, e.dur - 50), 0),
      loafs: loafs.length,
      loafBlocking: loafs.reduce((sum, e) => sum + e.blocking, 0),
      longestLoaf: loafs.reduce((max, e) => Math.max(max, e.dur), 0),
    };
  };

  /** Records one timestamp per animation frame until stopFrames(). */
  probe.startFrames = () => {
    const frames = [];
    probe.frames = frames;
    const tick = () => {
      if (probe.frames !== frames) return;
      frames.push(performance.now());
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  probe.stopFrames = () => {
    const frames = probe.frames ?? [];
    probe.frames = null;
    const gaps = [];
    for (let i = 1; i < frames.length; i++) gaps.push(frames[i] - frames[i - 1]);
    const sorted = [...gaps].sort((a, b) => a - b);
    return {
      frames: frames.length,
      slowFrames: gaps.filter((g) => g > 34).length,
      p95Gap: sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] : 0,
      maxGap: sorted.length ? sorted[sorted.length - 1] : 0,
      start: frames[0] ?? performance.now(),
    };
  };
}
