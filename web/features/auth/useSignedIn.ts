import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { resetSession, safeNext } from '../../lib/session';

/** After any way of signing in: load the new session, then go where the person was headed. */
export function useSignedIn() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return async (next?: string) => {
    await resetSession(queryClient);
    router.history.push(safeNext(next));
  };
}
