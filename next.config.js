// Static export of the book. Every formula is rendered by KaTeX at build time; pages need no
// server. BASE_PATH lets the site live in a sub-folder (e.g. /book on a shared host).
import createMDX from '@next/mdx';
import { rehypePlugins, remarkPlugins } from './lib/mdx/plugins.mjs';

const basePath = normaliseBasePath(process.env.BASE_PATH);

const withMDX = createMDX({
  extension: /\.mdx$/,
  options: { remarkPlugins, rehypePlugins },
});

/** @type {import('next').NextConfig} */
const config = {
  output: 'export',
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  pageExtensions: ['ts', 'tsx', 'mdx'],
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  poweredByHeader: false,
  // Types are checked once, by `npm run typecheck` (part of `npm test`), not again inside the build.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
};

function normaliseBasePath(value) {
  if (!value || value === '/') return '';
  const trimmed = value.replace(/\/+$/, '');
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

export default withMDX(config);
