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
