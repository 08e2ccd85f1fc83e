// The panel's open and close transitions start on the frame of the click that asked for them. Left to itself, a
// browser starts a new transition once it has drawn it (its start time is pending until then), so the first frame
// after the click draws the panel at the transition's start: fully transparent. Chromium reads it so for two frames.

/** Starts `el`'s pending transitions now (at the current frame's time): the next frame already shows them under way. */
export function startTransitionsNow(el: Element | null | undefined): void {
  const now = document.timeline.currentTime;
  if (!el || now == null) return;
  // getAnimations() brings style up to date first, so the transition the change just caused is among them.
  for (const animation of el.getAnimations()) if (animation.pending && animation.startTime === null) animation.startTime = now;
}
