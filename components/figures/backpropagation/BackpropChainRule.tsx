// The chain rule for one weight of the worked example: w5 changes z of o1, which changes a of o1,
// which changes C. ∂C/∂w5 is the product of the three local derivatives, read from C backwards.
import type { ReactNode } from 'react';
import { exampleOutputGradient } from './example';
import { ArrowMarker, Rich } from './parts';

const Y = 120;
const BOX = { width: 136, height: 70 };
const XS = [78, 260, 442, 624];

function Box({ x, name, value }: { x: number; name: ReactNode; value: string }) {
  return (
    <g>
      <rect x={x - BOX.width / 2} y={Y - BOX.height / 2} width={BOX.width} height={BOX.height} rx={10} fill="var(--bg-soft)" stroke="var(--fg)" strokeWidth={1.5} />
      <text x={x} y={Y - 8} textAnchor="middle" fontSize={26} fill="var(--fg)">
        {name}
      </text>
      <text x={x} y={Y + 24} textAnchor="middle" fontSize={20} fill="var(--fg-muted)">
        {value}
      </text>
    </g>
  );
}

export function BackpropChainRule() {
  const n = exampleOutputGradient();
  const f4 = (v: number) => v.toFixed(4);
  const factors = [
    { value: n.ah1, rule: '∂z_{o1}/∂w_{5} = a_{h1}' },
    { value: n.dadz, rule: '∂a/∂z = a(1 − a)' },
    { value: n.dCda, rule: '∂C/∂a = a − t_{1}' },
  ];
  return (
    <svg viewBox="0 0 700 330" width={700} height={330} role="img" aria-labelledby="bp-chain-title bp-chain-desc">
      <title id="bp-chain-title">The chain rule for the weight w5</title>
      <desc id="bp-chain-desc">
        {`A chain of four boxes: w5 = 0.40, then z of o1 = ${f4(n.zo1)}, then a of o1 = ${f4(n.ao1)}, then the cost C. `}
        {`The local derivatives on the arrows are ${f4(n.ah1)}, ${f4(n.dadz)} and ${f4(n.dCda)}; `}
        {`their product, ∂C/∂w5 = ${f4(n.gradW5)}, is formed from the cost backwards.`}
      </desc>
      <defs>
        <ArrowMarker id="bp-chain-arrow" color="var(--fg)" />
        <ArrowMarker id="bp-chain-back" color="var(--c-vermillion)" />
      </defs>
      <line x1={XS[3]} x2={XS[0] + 10} y1={36} y2={36} stroke="var(--c-vermillion)" strokeWidth={2.5} strokeDasharray="9 6" markerEnd="url(#bp-chain-back)" />
      <text x={351} y={24} textAnchor="middle" fontSize={20} fill="var(--fg)">
        backward: multiply the local derivatives, starting at C
      </text>
      <Box x={XS[0]} name={<Rich text="w_{5}" />} value="0.40" />
      <Box x={XS[1]} name={<Rich text="z_{o1}" />} value={f4(n.zo1)} />
      <Box x={XS[2]} name={<Rich text="a_{o1}" />} value={f4(n.ao1)} />
      <Box x={XS[3]} name="C" value="½Σ(a − t)²" />
      {factors.map((f, i) => {
        const mid = (XS[i] + XS[i + 1]) / 2;
        return (
          <g key={f.rule}>
            <line x1={XS[i] + BOX.width / 2} x2={XS[i + 1] - BOX.width / 2 - 2} y1={Y} y2={Y} stroke="var(--fg)" strokeWidth={2} markerEnd="url(#bp-chain-arrow)" />
            <text x={mid} y={Y + 72} textAnchor="middle" fontSize={25} fontWeight={700} fill="var(--fg)">
              × {f4(f.value)}
            </text>
            <text x={mid} y={Y + 100} textAnchor="middle" fontSize={18} fill="var(--fg-muted)">
              <Rich text={f.rule} />
            </text>
          </g>
        );
      })}
      <text x={351} y={300} textAnchor="middle" fontSize={24} fill="var(--fg)">
        ∂C/∂w₅ = {f4(n.dCda)} × {f4(n.dadz)} × {f4(n.ah1)} = <tspan fontWeight={700}>{f4(n.gradW5)}</tspan>
      </text>
    </svg>
  );
}
