import type { JourneyNode, NodeOf, NodeType } from '../../../../core/journey';
import type { Finding } from '../../../../core/rules';

/** What every node form receives: its node, the findings about it, and where to send a change. */
export interface FormProps<T extends NodeType> {
  node: NodeOf<T>;
  issues: readonly Finding[];
  onChange: (node: JourneyNode) => void;
}

/** The node with new data, keeping its id, type and position. */
export function withData<T extends NodeType>(node: NodeOf<T>, data: NodeOf<T>['data']): NodeOf<T> {
  return { ...node, data } as NodeOf<T>;
}
