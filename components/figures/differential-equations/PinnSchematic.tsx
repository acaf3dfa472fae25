import type { ReactNode } from 'react';
import { FigureSvg } from '../kit/plot-svg';

const W = 680;
const H = 476;

function Box({ x, y, w, h, color, lines, bold = false }: { x: number; y: number; w: number; h: number; color: string; lines: readonly ReactNode[]; bold?: boolean }) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={10} fill="var(--bg-soft)" stroke={color} strokeWidth={2} />
      {lines.map((l, i) => (
        <text key={i} x={x + w / 2} y={y + h / 2 + 6 + (i - (lines.length - 1) / 2) * 22} textAnchor="middle" fontSize={17} fontWeight={bold && i === 0 ? 700 : 400}>
          {l}
        </text>
      ))}
    </g>
  );
}

/** "MSE" with a subscript, drawn with a shifted tspan (Unicode has no subscript f). */
function Mse({ sub }: { sub: string }) {
  return (
    <>
      MSE<tspan baselineShift="sub" fontSize="0.75em">{sub}</tspan>
    </>
  );
}

/** The physics-informed network for Burgers' equation: one network, two loss terms. */
export function PinnSchematic() {
  const arrow = 'url(#pn-arrow)';
  const line = (x1: number, y1: number, x2: number, y2: number) => (
    <line x1={x1} y1={y1} x2={x2} y2={y2} stroke="var(--fg-muted)" strokeWidth={2} markerEnd={arrow} />
  );
  return (
    <FigureSvg
      id="fig-pinn"
      width={W}
      height={H}
      title="A physics-informed neural network for Burgers' equation"
      desc="The inputs t and x enter a network of tanh layers with parameters theta, whose output is u theta of t and x. Two branches follow. Left: at the initial and boundary points the output is compared with the known values, giving the data loss MSE u. Right: automatic differentiation gives u t, u x and u x x, which form the residual f equals u t plus u u x minus nu u x x at the collocation points, giving MSE f. The two terms are added into the loss, whose gradient with respect to theta updates the network."
    >
      <defs>
        <marker id="pn-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--fg-muted)" />
        </marker>
        <marker id="pn-arrow-update" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--c-vermillion)" />
        </marker>
      </defs>
      <Box x={44} y={34} w={110} h={60} color="var(--fg)" lines={['(t, x)']} />
      {line(156, 64, 194, 64)}
      <Box x={196} y={24} w={232} h={80} color="var(--c-blue)" lines={['network uθ', 'tanh layers, weights θ']} bold />
      {line(430, 64, 472, 64)}
      <Box x={474} y={34} w={192} h={60} color="var(--c-blue)" lines={['uθ(t, x)']} />

      {line(520, 96, 240, 150)}
      {line(600, 96, 540, 150)}
      <Box x={44} y={152} w={274} h={96} color="var(--c-orange)" lines={['at t = 0 and x = ±1:', 'uθ − u  (u is known)']} />
      <Box x={346} y={152} w={320} h={96} color="var(--c-green)" lines={['automatic differentiation', '∂ₜuθ,  ∂ₓuθ,  ∂ₓₓuθ']} />
      {line(506, 250, 506, 284)}
      <Box x={346} y={286} w={320} h={62} color="var(--c-green)" lines={['fθ = uₜ + u uₓ − ν uₓₓ']} />

      {line(181, 250, 181, 386)}
      {line(506, 350, 506, 386)}
      <text x={192} y={322} fontSize={17} fill="var(--c-orange)"><Mse sub="u" /></text>
      <text x={516} y={374} fontSize={17} fill="var(--c-green)"><Mse sub="f" /></text>
      <Box x={120} y={388} w={460} h={56} color="var(--fg)" lines={[<>loss = <Mse sub="u" /> + <Mse sub="f" /></>]} bold />
      <path d="M120,416 L22,416 L22,10 L312,10 L312,20" fill="none" stroke="var(--c-vermillion)" strokeWidth={2} strokeDasharray="7 5" markerEnd="url(#pn-arrow-update)" />
      <text x={W / 2} y={H - 8} textAnchor="middle" fontSize={16} fill="var(--c-vermillion)">dashed: update θ along −∇θ loss, then repeat</text>
    </FigureSvg>
  );
}
