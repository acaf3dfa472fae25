// The GAN training loop: noise → generator → fake sample; real and fake samples → discriminator →
// probability "real"; the loss sends gradients back to the discriminator and, through it, to the
// generator.
import type { ReactNode } from 'react';
import { ArrowMarker, Label, MathLabel } from '../kit/labels';

function Block({ x, y, w, h, stroke, children }: { x: number; y: number; w: number; h: number; stroke: string; children: ReactNode }) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={10} fill="var(--bg-soft)" stroke={stroke} strokeWidth={2.5} />
      {children}
    </g>
  );
}

export function GanLoop() {
  const arrow = 'url(#gan-arrow)';
  const back = 'url(#gan-back)';
  const line = { stroke: 'var(--fg-muted)', strokeWidth: 2, fill: 'none' } as const;
  const dashed = { stroke: 'var(--c-vermillion)', strokeWidth: 2, strokeDasharray: '7 4', fill: 'none' } as const;
  return (
    <svg viewBox="0 0 680 320" role="img" aria-labelledby="gan-title gan-desc">
      <title id="gan-title">The GAN training loop</title>
      <desc id="gan-desc">
        Noise z is fed to the generator G, which outputs a fake sample G(z). Real samples x from the data and fake
        samples both go into the discriminator D, which outputs the probability that its input is real. Dashed arrows
        carry the gradient of the loss back: to D, which learns to tell real from fake, and through D to G, which learns to
        fool D.
      </desc>
      <defs>
        <ArrowMarker id="gan-arrow" color="var(--fg-muted)" />
        <ArrowMarker id="gan-back" color="var(--c-vermillion)" />
      </defs>

      <Block x={15} y={180} w={110} h={60} stroke="var(--fg-muted)">
        <Label x={70} y={205} size={15} weight={700}>
          noise
        </Label>
        <text x={70} y={228} textAnchor="middle" fontSize={16} fill="var(--fg)" fontFamily="KaTeX_Math, 'Times New Roman', serif" fontStyle="italic">
          z ∼ N(0, I)
        </text>
      </Block>
      <line x1={125} y1={210} x2={163} y2={210} {...line} markerEnd={arrow} />

      <Block x={165} y={180} w={80} h={60} stroke="var(--c-orange)">
        <MathLabel x={205} y={207} base="G" size={22} />
        <Label x={205} y={229} size={14} fill="var(--fg-muted)">
          generator
        </Label>
      </Block>
      <polyline points="245,210 320,210 320,162 358,162" {...line} markerEnd={arrow} />
      <Label x={255} y={234} size={15} anchor="start">
        fake sample G(z)
      </Label>

      <Block x={125} y={30} w={175} h={60} stroke="var(--c-blue)">
        <Label x={212} y={55} size={15} weight={700}>
          real data
        </Label>
        <MathLabel x={206} y={79} base="x ∼ p" sub="data" size={17} />
      </Block>
      <polyline points="300,60 320,60 320,118 358,118" {...line} markerEnd={arrow} />

      <Block x={360} y={105} w={90} h={70} stroke="var(--c-green)">
        <MathLabel x={405} y={137} base="D" size={22} />
        <Label x={405} y={160} size={14} fill="var(--fg-muted)">
          discriminator
        </Label>
      </Block>
      <line x1={450} y1={140} x2={498} y2={140} {...line} markerEnd={arrow} />

      <Block x={500} y={105} w={165} h={70} stroke="var(--fg-muted)">
        <Label x={582} y={133} size={15} weight={700}>
          P(real)
        </Label>
        <text x={582} y={158} textAnchor="middle" fontSize={16} fill="var(--fg)" fontFamily="KaTeX_Main, 'Times New Roman', serif">
          D(·) between 0 and 1
        </text>
      </Block>

      {/* Gradients flowing back */}
      <polyline points="582,175 582,245 420,245 420,179" {...dashed} markerEnd={back} />
      <Label x={670} y={268} size={15} anchor="end" fill="var(--c-vermillion)">
        update D: tell real from fake
      </Label>
      <polyline points="395,177 395,290 205,290 205,244" {...dashed} markerEnd={back} />
      <Label x={300} y={312} size={15} fill="var(--c-vermillion)">
        update G, through D: fool D
      </Label>
    </svg>
  );
}
