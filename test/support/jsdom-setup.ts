// jsdom lacks ResizeObserver, which Fluent UI's overflow and positioning use; a no-op is
// enough in tests (nothing is laid out).
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { value: ResizeObserverStub, writable: true });
}

// jsdom has no canvas: axe-core (jest-axe) asks for a 2-D context and falls back when there is
// none. Saying so (null) keeps jsdom from logging "not implemented".
if (typeof HTMLCanvasElement !== 'undefined') {
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { value: () => null, writable: true });
}

// A shared machine (CI on 2 cores) may take seconds to render and analyse: the pane's tests wait
// up to 20 s for what they look for, instead of testing-library's 1 s.
import { configure } from '@testing-library/dom';
configure({ asyncUtilTimeout: 20_000 });
