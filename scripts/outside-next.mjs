// Lets a command-line script (mail:send) import lib/ modules that begin with `import 'server-only'`.
// That package throws outside a React Server Components bundle, to keep server code out of
// browsers; a script run by Node is server code, so the import resolves to an empty module here.
// Use: tsx --import ./scripts/outside-next.mjs scripts/<script>.ts
import { register } from 'node:module';

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,export {}', shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
