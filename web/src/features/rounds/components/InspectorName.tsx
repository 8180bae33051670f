import { useCan } from '../../auth/session';
import { useInspector } from '../../inspectors/api/hooks';

/** An inspector's name: known from the round when a member, else read from the talent pool. */
export function InspectorName({ id, known }: { id: string; known?: string }) {
  const canRead = useCan('inspectors.read');
  const inspector = useInspector(id, canRead && !known);
  return <>{known ?? inspector.data?.name ?? `${id.slice(0, 8)}…`}</>;
}
