/** Renders an editor's canvas (or any part of it) over a store, in English unless told otherwise. */
import { render } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Journey } from '../../../core/journey';
import { JourneyCanvas } from '../../../renderer/src/editor/canvas/JourneyCanvas';
import { EditorStoreProvider } from '../../../renderer/src/editor/store/editor-context';
import { createEditorStore } from '../../../renderer/src/editor/store/editor-store';
import type { EditorStore } from '../../../renderer/src/editor/store/editor-store';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { installReactFlowEnv } from './react-flow-env';

export function renderWithEditor(journey: Journey, ui: ReactNode = <JourneyCanvas label="Journey canvas" />, language: 'en' | 'fr' = 'en') {
  installReactFlowEnv();
  const store: EditorStore = createEditorStore(journey);
  const view = render(
    <I18nextProvider i18n={createI18n(language)}>
      <ReactFlowProvider>
        <EditorStoreProvider store={store}>
          <div style={{ width: '1000px', height: '700px' }}>{ui}</div>
        </EditorStoreProvider>
      </ReactFlowProvider>
    </I18nextProvider>,
  );
  return { ...view, store };
}

/** entry -> n1 -> ... -> n{count} (waits), a chain long enough to count renders on. */
export function chainJourney(count: number): Journey {
  const nodes: Journey['nodes'] = [{ id: 'in', type: 'entry', position: { x: 0, y: 0 }, data: { source: 'audience' } }];
  const edges: Journey['edges'] = [];
  for (let i = 1; i <= count; i++) {
    nodes.push({ id: `n${i}`, type: 'wait', position: { x: (i % 6) * 300, y: Math.floor(i / 6) * 200 }, data: { mode: 'duration', duration: { amount: i, unit: 'hours' } } });
    edges.push({ id: `e${i}`, source: i === 1 ? 'in' : `n${i - 1}`, sourceHandle: 'out', target: `n${i}` });
  }
  return { id: 'chain', name: 'Chain', timezone: 'UTC', nodes, edges };
}
