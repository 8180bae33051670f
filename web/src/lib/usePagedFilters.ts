import { useState } from 'react';
import type { TablePaginationConfig } from 'antd';

export interface Paged {
  page: number;
  pageSize: number;
}

/**
 * A server-paged list's filters: `set` changes filters and goes back to page 1; `turnPage`
 * follows the table's pagination (page and page size).
 */
export function usePagedFilters<F extends Paged>(initial: F) {
  const [filters, setFilters] = useState<F>(initial);
  const set = (part: Partial<F>) => setFilters((f) => ({ ...f, ...part, page: 1 }));
  const turnPage = (pagination: TablePaginationConfig) =>
    setFilters((f) => ({
      ...f,
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? f.pageSize,
    }));
  return { filters, set, setFilters, turnPage };
}
