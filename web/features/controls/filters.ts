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

/** The filters and page as kept in the address (/controls?status=…&page=2), defaults left out. */
export interface ControlsSearch {
  q?: string;
  status?: string;
  owner?: string;
  domain?: string;
  active?: 'deactivated' | 'all';
  page?: number;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.slice(0, 200) : undefined);

/** Reads the address's search part; anything unknown or malformed falls back to the default. */
export function parseControlsSearch(s: Record<string, unknown>): ControlsSearch {
  const page = Number(s.page);
  return {
    q: text(s.q),
    status: text(s.status),
    owner: text(s.owner),
    domain: text(s.domain),
    active: s.active === 'deactivated' || s.active === 'all' ? s.active : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

export const filtersOf = (s: ControlsSearch): ControlFilters => ({
  q: s.q ?? '',
  status: s.status ?? '',
  owner: s.owner ?? '',
  domain: s.domain ?? '',
  active: s.active ?? 'active',
});

export const searchOf = (f: ControlFilters, page = 1): ControlsSearch => ({
  q: f.q || undefined,
  status: f.status || undefined,
  owner: f.owner || undefined,
  domain: f.domain || undefined,
  active: f.active === 'active' ? undefined : f.active,
  page: page > 1 ? page : undefined,
});
