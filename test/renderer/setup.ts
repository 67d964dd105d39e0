// Registered for every renderer test (vitest.config.ts): DOM matchers, an IndexedDB for Dexie,
// and a clean page between tests.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  // vitest runs without globals, so testing-library cannot register its own cleanup.
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.removeAttribute('data-ready');
  document.documentElement.lang = '';
});
