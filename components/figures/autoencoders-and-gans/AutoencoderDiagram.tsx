// An undercomplete autoencoder: 8 inputs squeezed through a 2-unit code and expanded back to 8
// outputs that should reproduce the inputs.
import { Label, MathLabel } from '../kit/labels';

const LAYERS = [
  { x: 70, n: 8, stroke: 'var(--c-vermillion)' },
  { x: 200, n: 5, stroke: 'var(--fg-muted)' },
  { x: 340, n: 2, stroke: 'var(--c-green)' },
  { x: 480, n: 5, stroke: 'var(--fg-muted)' },
  { x: 610, n: 8, stroke: 'var(--c-blue)' },
];
const CENTER_Y = 160;
const GAP = 30;

const nodeYs = (n: number) => Array.from({ length: n }, (_, i) => CENTER_Y + (i - (n - 1) / 2) * GAP);

export function AutoencoderDiagram() {
  return (
    <svg viewBox="0 0 680 360" role="img" aria-labelledby="ae-title ae-desc">
      <title id="ae-title">An autoencoder with a two-unit bottleneck</title>
      <desc id="ae-desc">
        A network drawn as columns of circles: 8 input units x, a hidden layer of 5, a bottleneck of 2 units labelled code
        z, a hidden layer of 5 and 8 output units x hat. The left half, from x to z, is shaded and labelled encoder phi; the
        right half, from z to x hat, is labelled decoder psi. The loss is the squared distance between input and reconstruction.
      </desc>
      <polygon points={`40,${CENTER_Y - 130} 355,${CENTER_Y - 45} 355,${CENTER_Y + 45} 40,${CENTER_Y + 130}`} fill="var(--bg-soft)" stroke="var(--border)" />
      <polygon points={`325,${CENTER_Y - 45} 640,${CENTER_Y - 130} 640,${CENTER_Y + 130} 325,${CENTER_Y + 45}`} fill="var(--bg-soft)" stroke="var(--border)" opacity={0.85} />
      {LAYERS.slice(0, -1).map((layer, l) => {
        const next = LAYERS[l + 1];
        return nodeYs(layer.n).flatMap((y1, i) =>
          nodeYs(next.n).map((y2, j) => <line key={`${l}-${i}-${j}`} x1={layer.x} y1={y1} x2={next.x} y2={y2} stroke="var(--border)" strokeWidth={1.2} />),
        );
      })}
      {LAYERS.map((layer) =>
        nodeYs(layer.n).map((y, i) => <circle key={`${layer.x}-${i}`} cx={layer.x} cy={y} r={10} fill="var(--bg)" stroke={layer.stroke} strokeWidth={2.5} />),
      )}
      <MathLabel x={70} y={28} base="x" bold size={22} />
      <Label x={70} y={CENTER_Y + 150} size={15} fill="var(--fg-muted)">
        input
      </Label>
      <MathLabel x={610} y={28} base="x" accent="hat" bold size={22} />
      <Label x={610} y={CENTER_Y + 150} size={15} fill="var(--fg-muted)">
        reconstruction
      </Label>
      <MathLabel x={340} y={CENTER_Y - 40} base="z" bold size={22} />
      <Label x={340} y={CENTER_Y + 66} size={15} weight={700}>
        code
      </Label>
      <Label x={340} y={CENTER_Y + 84} size={14} fill="var(--fg-muted)">
        (bottleneck)
      </Label>
      <Label x={190} y={22} size={17} weight={700}>
        encoder φ
      </Label>
      <Label x={490} y={22} size={17} weight={700}>
        decoder ψ
      </Label>
      <Label x={340} y={348} size={17}>
        loss: squared distance between input and reconstruction
      </Label>
    </svg>
  );
}
