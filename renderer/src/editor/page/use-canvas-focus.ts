/** Selects a step and brings it to the middle of the view, keeping the zoom (a finding was clicked). */
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { DEFAULT_STEP_SIZE } from '../layout/auto-layout';
import { useEditorStoreApi } from '../store/editor-context';

export function useFocusStep(): (id: string) => void {
  const store = useEditorStoreApi();
  const flow = useReactFlow();
  return useCallback(
    (id: string) => {
      const { journey, measured, actions } = store.getState();
      const node = journey.nodes.find((n) => n.id === id);
      if (!node) return;
      actions.select([id]);
      const size = measured.get(id) ?? DEFAULT_STEP_SIZE;
      const at = flow.getNode(id)?.position ?? node.position ?? { x: 0, y: 0 };
      void flow.setCenter(at.x + size.width / 2, at.y + size.height / 2, { zoom: Math.max(flow.getZoom(), 0.8), duration: 250 });
    },
    [store, flow],
  );
}
