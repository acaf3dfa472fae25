// Every tag an MDX author may use, in one place. Chapters use these names directly
// (<Callout>, <Equation label="…">, <ActivationExplorer />, <NetworkDiagram />, …) without imports.
import type { MDXComponents } from 'mdx/types';
import { figures } from '@/components/figures';
import { widgets } from '@/components/widgets';
import { Callout } from './Callout';
import { DeepDive } from './DeepDive';
import { EqRef, Equation } from './Equation';
import { Exercise, Solution } from './Exercise';
import { FigRef, Figure } from './Figure';
import { H2, H3, Table, TextLink } from './headings';

export const mdxComponents: MDXComponents = {
  h2: H2,
  h3: H3,
  table: Table,
  a: TextLink,
  Callout,
  DeepDive,
  Equation,
  EqRef,
  Exercise,
  Solution,
  Figure,
  FigRef,
  ...figures,
  ...widgets,
};
