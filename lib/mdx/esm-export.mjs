// Builds an MDX ESM node `export const <name> = <json>;` with the estree MDX needs.
import { parse } from 'acorn';

export function esmExport(name, value) {
  const code = `export const ${name} = ${JSON.stringify(value)};`;
  return {
    type: 'mdxjsEsm',
    value: code,
    data: { estree: parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) },
  };
}
