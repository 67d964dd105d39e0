/**
 * A link between steps: a bezier curve; the lit path of a window error is styled by its class,
 * and the canvas overlay's count of contacts that took it sits at its middle.
 */
import { BaseEdge, getBezierPath } from '@xyflow/react';
import type { EdgeProps, EdgeTypes } from '@xyflow/react';
import { memo } from 'react';
import { EdgeCount } from '../overlay/EdgeCount';

function JourneyEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, style, interactionWidth }: EdgeProps) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} interactionWidth={interactionWidth ?? 24} />
      <EdgeCount id={id} x={labelX} y={labelY} />
    </>
  );
}

export const JourneyEdge = memo(JourneyEdgeView);

export const edgeTypes: EdgeTypes = { journey: JourneyEdge };
