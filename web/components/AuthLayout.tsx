import { Anchor, Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Logo } from './Logo';

/** The frame of the pages shown before sign-in: a centred card under the Assay mark. */
export function AuthLayout({
  title,
  subtitle,
  children,
  width = 440,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  width?: number;
}) {
  useDocumentTitle(`${title} · Assay`);
  return (
    <Box mih="100vh" bg="gray.0" py={48} px="md">
      <Center>
        <Stack w="100%" maw={width} gap="lg">
          <Center>
            <Logo size={34} />
          </Center>
          <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 32 }} component="main">
            <Stack gap={4} mb="lg">
              <Title order={1} fz="h3">
                {title}
              </Title>
              {subtitle && (
                <Text c="dimmed" size="sm">
                  {subtitle}
                </Text>
              )}
            </Stack>
            {children}
          </Paper>
          <Text c="dimmed" size="xs" ta="center">
            Assay · open, self-hosted SOC 2 compliance ·{' '}
            <Anchor href="/api/docs" size="xs" c="dimmed" underline="always">
              API reference
            </Anchor>
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
