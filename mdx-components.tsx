// Required by @next/mdx with the App Router: the components every .mdx file renders with.
import type { MDXComponents } from 'mdx/types';
import { mdxComponents } from '@/components/mdx/registry';

export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...components, ...mdxComponents };
}
