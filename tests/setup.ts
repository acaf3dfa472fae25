// Shared test setup. Component tests opt into jsdom with a `// @vitest-environment jsdom` docblock;
// React Testing Library needs an explicit cleanup because vitest globals are off.
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
