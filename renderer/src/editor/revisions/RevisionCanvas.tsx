/** A read-only canvas of one revision, with its own store (one per editor instance) carrying the diff marks. */
import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import type { Journey } from '../../../../core/journey';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { EditorStoreProvider } from '../store/editor-context';
import { createEditorStore } from '../store/editor-store';
import type { StepMark } from '../store/editor-store';

export function RevisionCanvas({ journey, marks, label }: { journey: Journey; marks: ReadonlyMap<string, StepMark>; label: string }) {
  const [store] = useState(() => createEditorStore(journey, { readOnly: true, marks }));
  return (
    <ReactFlowProvider>
      <EditorStoreProvider store={store}>
        <JourneyCanvas label={label} interactive={false} />
      </EditorStoreProvider>
    </ReactFlowProvider>
  );
}
