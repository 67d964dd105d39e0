// Electron main entry: thin glue only; see app.ts.
import { startDesktopApp } from './app';

startDesktopApp();
