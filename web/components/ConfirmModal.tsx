import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { ErrorAlert } from './ErrorAlert';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  onClose(): void;
  loading?: boolean;
  error?: unknown;
}

/** Asks before a destructive action; the confirm button is red and names what will happen. */
export function ConfirmModal({ opened, title, children, confirmLabel, onConfirm, onClose, loading, error }: ConfirmModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack>
        <Text size="sm">{children}</Text>
        {error ? <ErrorAlert error={error} title="That did not work" /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={onConfirm} loading={loading}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * A mutation that runs only after the person confirms it for one target (a row, or `undefined` for a page-wide
 * action): `ask(target)` opens the modal, `modal` is spread onto ConfirmModal, and the modal closes on success.
 */
export function useConfirmedMutation<T>(mutation: UseMutationResult<unknown, Error, T, unknown>) {
  const [asked, setAsked] = useState<{ target: T } | null>(null);
  const close = () => {
    setAsked(null);
    mutation.reset();
  };
  return {
    target: asked?.target,
    ask: (target: T) => setAsked({ target }),
    modal: {
      opened: asked !== null,
      loading: mutation.isPending,
      error: mutation.error,
      onClose: close,
      onConfirm: () => asked && mutation.mutate(asked.target, { onSuccess: () => setAsked(null) }),
    },
  };
}
