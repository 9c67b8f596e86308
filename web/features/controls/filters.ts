import type { Control } from './api';

export interface ControlFilters {
  q: string;
  status: string;
  owner: string;
  domain: string;
  active: 'active' | 'deactivated' | 'all';
}

export const NO_FILTERS: ControlFilters = { q: '', status: '', owner: '', domain: '', active: 'active' };

/** The controls matching every filter; `owner` is a user id, or "none" for controls nobody owns. */
export function applyFilters(controls: Control[], f: ControlFilters): Control[] {
  const q = f.q.trim().toLowerCase();
  return controls.filter(
    (c) =>
      (f.active === 'all' || c.active === (f.active === 'active')) &&
      (!f.status || c.status === f.status) &&
      (!f.domain || c.domain === f.domain) &&
      (!f.owner || (f.owner === 'none' ? !c.owner : c.owner?.id === f.owner)) &&
      (!q ||
        c.code.toLowerCase().includes(q) ||
        c.title.toLowerCase().includes(q) ||
        c.criteria.some((l) => l.id.toLowerCase() === q) ||
        c.description.toLowerCase().includes(q)),
  );
}
