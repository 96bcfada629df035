import { Anchor, Container, Title, Text } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Container component="main" py="xl">
      <Title order={1}>Page not found</Title>
      <Text mt="md">
        Nothing lives at this address.{' '}
        <Anchor component={Link} to="/login">
          Go to sign-in
        </Anchor>
        .
      </Text>
    </Container>
  );
}
