// Mantine's anchor and nav link, made into router links (typed paths, client-side navigation, active state).
import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
  UnstyledButton,
  type UnstyledButtonProps,
} from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

type AnchorBaseProps = AnchorProps & AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> };
type NavBaseProps = Omit<NavLinkProps, 'onChange'> &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'onChange'> & { ref?: Ref<HTMLAnchorElement> };

function AnchorBase(props: AnchorBaseProps) {
  return <Anchor component="a" {...props} />;
}

function NavLinkBase(props: NavBaseProps) {
  return <NavLink component="a" {...props} />;
}

type ButtonBaseProps = ButtonProps & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color'> & { ref?: Ref<HTMLAnchorElement> };

function ButtonBase(props: ButtonBaseProps) {
  return <Button component="a" {...props} />;
}

type BlockBaseProps = UnstyledButtonProps & AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> };

function BlockBase(props: BlockBaseProps) {
  return <UnstyledButton component="a" {...props} />;
}

const RouterAnchor = createLink(AnchorBase);
const RouterBlock = createLink(BlockBase);
const RouterButton = createLink(ButtonBase);
const RouterNavLink = createLink(NavLinkBase);

/** A text link to a page of the app. */
export const TextLink: LinkComponent<typeof AnchorBase> = (props) => <RouterAnchor {...props} />;

/** A navigation entry of the app shell; marked active on its page (and below it). */
export const NavItemLink: LinkComponent<typeof NavLinkBase> = (props) => <RouterNavLink activeProps={{ 'data-active': true }} {...props} />;

/** A button that goes to a page of the app (a real link, so it opens in a new tab too). */
export const ButtonLink: LinkComponent<typeof ButtonBase> = (props) => <RouterButton {...props} />;

/** A link without link styling around a whole row or card (keyboard-focusable, opens in a new tab too). */
export const BlockLink: LinkComponent<typeof BlockBase> = (props) => <RouterBlock {...props} />;
