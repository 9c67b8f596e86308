import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api, errorMessage } from '../../lib/api';
import { resetSession } from '../../lib/session';

/** Makes another of the person's organizations the active one, then shows its overview. */
export function useSwitchOrg() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (orgId: string) => api.post('/session/org', { body: { orgId } }),
    onSuccess: async (org) => {
      await resetSession(queryClient);
      await navigate({ to: '/' });
      notifications.show({ color: 'teal', title: 'Organization switched', message: `You are now working in ${org.name}.` });
    },
    onError: (err) => notifications.show({ color: 'red', title: 'Could not switch organization', message: errorMessage(err) }),
  });
}
