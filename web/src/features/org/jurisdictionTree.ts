import type { Jurisdiction } from './api/types';

export interface JurisdictionNode {
  key: string;
  value: string;
  title: string;
  jurisdiction: Jurisdiction;
  children: JurisdictionNode[];
}

/** Build the province → city → county tree; orphans (parent not visible) become roots. */
export function buildJurisdictionTree(items: Jurisdiction[]): JurisdictionNode[] {
  const nodes = new Map<string, JurisdictionNode>();
  for (const j of items) {
    nodes.set(j.id, { key: j.id, value: j.id, title: j.name, jurisdiction: j, children: [] });
  }
  const roots: JurisdictionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.jurisdiction.parentId ? nodes.get(node.jurisdiction.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: JurisdictionNode[]) => {
    list.sort((a, b) =>
      (a.jurisdiction.code ?? a.title).localeCompare(b.jurisdiction.code ?? b.title, 'zh-CN'),
    );
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

export const CHILD_LEVEL: Record<Jurisdiction['level'], Jurisdiction['level'] | null> = {
  province: 'city',
  city: 'county',
  county: null,
};
