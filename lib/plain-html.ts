import 'server-only';
import Link from 'next/link';
import { cloneElement, createElement, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';

// Serves a page as plain HTML, with none of the React or Next.js client runtime: for pages that
// need no hydration (the entry page, app/entries/[slug]/route.tsx). A Route Handler renders it
// with react-dom/server. Two things stand in the way, and this module deals with both:
// - Next.js refuses a static import of react-dom/server in the app directory (it is meant for
//   Server Components, which should not render HTML themselves): it is imported on first use.
// - In the app directory a Client Component ('use client', e.g. next/link) is only a reference
//   to code on the client, which react-dom/server cannot call. So the tree is resolved here
//   first: Server Components are called, and each Client Component is replaced by its plain-HTML
//   equivalent, or rejected (a page that needs one must stay an App Router page).

type Props = Record<string, unknown> & { children?: ReactNode };

const CLIENT_REFERENCE = Symbol.for('react.client.reference');

/** next/link's props that only its client-side navigation reads. */
const LINK_ONLY_PROPS = ['prefetch', 'replace', 'scroll', 'shallow', 'passHref', 'legacyBehavior', 'locale', 'onNavigate', 'unstable_dynamicOnHover'];

function plainEquivalent(type: unknown, props: Props): ReactNode {
  if (type === Link) {
    if (typeof props.href !== 'string') throw new Error('plain HTML: a <Link> needs a string href');
    const anchor: Props = { ...props };
    for (const name of LINK_ONLY_PROPS) delete anchor[name];
    return createElement('a', anchor);
  }
  const id = (type as { $$id?: string }).$$id ?? 'a client component';
  throw new Error(`plain HTML: ${id} needs the React runtime on the client`);
}

/** The tree with every component called: only host elements (div, a...), fragments and text remain. */
export async function resolveTree(node: ReactNode): Promise<ReactNode> {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return Promise.all(node.map(resolveTree));
  if (node instanceof Promise) return resolveTree(await node);
  if (!isValidElement(node)) throw new Error('plain HTML: only elements, text, arrays and promises can be rendered');
  const { type, props, key } = node as ReactElement<Props>;
  if (typeof type === 'string' || type === Fragment) {
    if (props.children === undefined) return node;
    // Spread, so that children written side by side stay so (a list's items keep their keys).
    const children = await resolveTree(props.children);
    return cloneElement(node, undefined, ...(Array.isArray(children) ? children : [children]));
  }
  // next/link is a client reference in a Route Handler, and the component itself elsewhere (unit tests).
  if (type === Link || (type as { $$typeof?: symbol }).$$typeof === CLIENT_REFERENCE) {
    const output = await resolveTree(plainEquivalent(type, props));
    return key !== null && isValidElement(output) ? cloneElement(output, { key }) : output;
  }
  if (typeof type === 'function') {
    const component = type as ((props: Props) => ReactNode | Promise<ReactNode>) & { prototype?: { isReactComponent?: unknown } };
    if (component.prototype?.isReactComponent) throw new Error('plain HTML: class components are not supported');
    const output = await resolveTree(await component(props));
    // A list item that is a component keeps its key on what it renders.
    return key !== null && isValidElement(output) ? cloneElement(output, { key }) : output;
  }
  throw new Error('plain HTML: only host elements, fragments and function components can be rendered');
}

/** `<!DOCTYPE html>` and the markup of a document (an <html> element), rendered without hydration markers. */
export async function renderDocument(document: ReactElement): Promise<string> {
  const tree = await resolveTree(document);
  const { renderToStaticMarkup } = await import('react-dom/server');
  return `<!DOCTYPE html>${renderToStaticMarkup(tree)}`;
}
