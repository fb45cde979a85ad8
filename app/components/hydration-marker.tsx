'use client';

import { useEffect } from 'react';

/**
 * Marks the page as taken over by React (`<html data-hydrated="true">`). Until then a field typed
 * into could be redrawn with the value the server sent; the browser tests wait for this mark
 * instead of looking at React's internals. Part of the bundle, so the CSP needs no inline script.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
