// The signed-in person (GET /api/v1/me), shared by the shell and every page that shows or hides controls.
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { ApiError, api, type Schema, setCsrfToken } from './api';

/** session.pinnedOrgId: the session came through that organization's SSO and opens no other. */
export type Me = Schema<'Me'>;
export type OrgSummary = Me['organizations'][number];

export const meQueryKey = ['me'] as const;

/** The current person, or null when nobody is signed in. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get('/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

/** The current person (null when signed out); the query the shell and guards read. */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });
}

/** The signed-in person; only for components rendered inside the signed-in shell. */
export function useSignedInMe(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInMe used outside the signed-in shell');
  return data;
}

const notMe = (q: { queryKey: readonly unknown[] }) => q.queryKey[0] !== meQueryKey[0];

/**
 * After sign-in or an organization switch: load the person again, then reset every other cached answer so that
 * nothing of the previous session or organization is shown (pages on screen refetch, the rest start empty).
 * Resetting, unlike removing, tells the components on screen.
 */
export async function resetSession(queryClient: QueryClient): Promise<Me | null> {
  const me = await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 0 });
  void queryClient.resetQueries({ predicate: notMe });
  return me;
}

/** After sign-out: nobody is signed in, and nothing of the session stays cached. */
export function forgetSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.setQueryData(meQueryKey, null);
  queryClient.removeQueries({ predicate: notMe });
}

/** Where to go after signing in: the page that asked for it when it is on this site, else the overview. */
export function safeNext(next: string | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/signin')) return '/';
  return next;
}
