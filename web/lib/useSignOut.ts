import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api, errorMessage } from './api';
import { forgetSession } from './session';

/**
 * Ends the session and forgets everything cached from it. Afterwards the person sees the sign-in page,
 * or, with `stay`, the page they are on (an invitation opened while signed in as someone else).
 */
export function useSignOut(opts: { stay?: boolean } = {}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post('/auth/signout'),
    onSuccess: async () => {
      forgetSession(queryClient);
      if (!opts.stay) await navigate({ to: '/signin', search: { next: undefined, error: undefined } });
      notifications.show({ color: 'gray', title: 'Signed out', message: 'You have been signed out of Assay.' });
    },
    onError: (err) => notifications.show({ color: 'red', title: 'Sign-out failed', message: errorMessage(err) }),
  });
}
