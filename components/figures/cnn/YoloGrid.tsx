// YOLO (Redmon et al. 2016): a 7×7 grid over the image; the cell holding an object's centre is
// responsible for it and predicts B = 2 boxes (x, y, w, h, confidence) plus C = 20 class
// probabilities, so the network outputs 7 × 7 × (5·2 + 20) = 7 × 7 × 30 numbers.
import type { SVGProps } from 'react';

const S = 7;
const CELL = 56;
const GX = 44;
const GY = 40;

/** A box in grid units: [left, top, right, bottom]. */
type Box = readonly [number, number, number, number];

const at = (u: number, origin: number) => origin + u * CELL;
const centre = (b: Box): [number, number] => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];

const OBJECTS: { label: string; box: Box }[] = [
  { label: 'dog', box: [0.6, 3.2, 3.8, 6.4] },
  { label: 'bicycle', box: [3.9, 0.7, 6.6, 3.9] },
];

/** The two boxes predicted by the dog's cell (column 2, row 4). */
const PREDICTED: Box[] = [
  [1.25, 2.85, 2.95, 6.85],
  [0.3, 3.95, 3.9, 5.85],
];

/** PASCAL VOC's 20 classes in their usual order; "dog" is number 12 (index 11). */
const CLASS_PROBS = [0.01, 0.01, 0.01, 0.0, 0.0, 0.0, 0.01, 0.12, 0.01, 0.02, 0.0, 0.74, 0.03, 0.0, 0.02, 0.0, 0.01, 0.01, 0.0, 0.0];
const DOG = 11;

function Rect({ box, ...rest }: { box: Box } & SVGProps<SVGRectElement>) {
  return <rect x={at(box[0], GX)} y={at(box[1], GY)} width={(box[2] - box[0]) * CELL} height={(box[3] - box[1]) * CELL} {...rest} />;
}

function Cells({ x, y, labels, title }: { x: number; y: number; labels: string[]; title: string }) {
  return (
    <g>
      <text x={x} y={y - 10} fontSize={17} fontWeight={700} fill="var(--fg)">
        {title}
      </text>
      {labels.map((l, i) => (
        <g key={l}>
          <rect x={x + i * 40} y={y} width={40} height={38} fill="color-mix(in srgb, var(--c-orange) 30%, var(--bg))" stroke="var(--fg-muted)" />
          <text x={x + i * 40 + 20} y={y + 19} dominantBaseline="central" textAnchor="middle" fontSize={19} fontStyle="italic" fill="var(--fg)">
            {l}
          </text>
        </g>
      ))}
    </g>
  );
}

export function YoloGrid() {
  const lines = Array.from({ length: S + 1 }, (_, i) => i);
  const barX = 40;
  const barW = 20;
  const barBase = 668;
  return (
    <svg viewBox="0 0 480 770" width={480} role="img" aria-labelledby="fig-cnn-yolo-title fig-cnn-yolo-desc">
      <title id="fig-cnn-yolo-title">The YOLO grid and the output of one grid cell</title>
      <desc id="fig-cnn-yolo-desc">
        Top: an image divided into a 7 by 7 grid, with two labelled objects, a dog and a bicycle. The cell that contains
        the centre of each object is shaded: it is responsible for that object. The dog's cell predicts two dashed boxes
        of different shapes. Below: the 30 numbers that one cell outputs: x, y, w, h and a confidence c for each of its
        two boxes, then 20 class probabilities, drawn as bars in which the bar for dog is the tallest. In total the
        network outputs 7 by 7 by 30, that is 1470 numbers.
      </desc>

      {OBJECTS.map(({ label, box }) => {
        const [cx, cy] = centre(box);
        return (
          <rect
            key={`cell-${label}`}
            x={at(Math.floor(cx), GX)}
            y={at(Math.floor(cy), GY)}
            width={CELL}
            height={CELL}
            fill="color-mix(in srgb, var(--c-sky) 45%, var(--bg))"
          />
        );
      })}
      {lines.map((i) => (
        <g key={i} stroke="var(--border)" strokeWidth={1.2}>
          <line x1={at(i, GX)} y1={GY} x2={at(i, GX)} y2={at(S, GY)} />
          <line x1={GX} y1={at(i, GY)} x2={at(S, GX)} y2={at(i, GY)} />
        </g>
      ))}
      {PREDICTED.map((box, i) => (
        <Rect key={i} box={box} fill="none" stroke="var(--c-orange)" strokeWidth={2.6} strokeDasharray="8 5" />
      ))}
      {OBJECTS.map(({ label, box }) => {
        const [cx, cy] = centre(box);
        return (
          <g key={label}>
            <Rect box={box} fill="none" stroke="var(--c-blue)" strokeWidth={3} />
            <rect x={at(box[0], GX)} y={at(box[1], GY) - 26} width={label.length * 10 + 16} height={26} fill="var(--c-blue)" />
            <text x={at(box[0], GX) + 8} y={at(box[1], GY) - 13} dominantBaseline="central" fontSize={17} fill="#ffffff">
              {label}
            </text>
            <circle cx={at(cx, GX)} cy={at(cy, GY)} r={7} fill="var(--c-vermillion)" stroke="var(--bg)" strokeWidth={1.5} />
          </g>
        );
      })}
      <text x={240} y={at(S, GY) + 28} fontSize={16} textAnchor="middle" fill="var(--fg-muted)">
        shaded: the cell holding an object’s centre (dot)
      </text>

      <Cells x={20} y={510} title="box 1" labels={['x', 'y', 'w', 'h', 'c']} />
      <Cells x={260} y={510} title="box 2" labels={['x', 'y', 'w', 'h', 'c']} />
      <text x={20} y={586} fontSize={17} fontWeight={700} fill="var(--fg)">
        20 class probabilities
      </text>
      <line x1={barX} y1={barBase} x2={barX + 20 * barW} y2={barBase} stroke="var(--fg-muted)" />
      {CLASS_PROBS.map((p, i) => (
        <rect
          key={i}
          x={barX + i * barW + 2}
          y={barBase - Math.max(2, p * 80)}
          width={barW - 4}
          height={Math.max(2, p * 80)}
          fill={i === DOG ? 'var(--c-vermillion)' : 'var(--c-green)'}
        />
      ))}
      <text x={barX + DOG * barW + barW / 2} y={barBase + 22} fontSize={16} textAnchor="middle" fill="var(--fg)">
        p(dog)
      </text>
      <g fontSize={17} fill="var(--fg)" textAnchor="middle">
        <text x={240} y={726}>per cell: 5 × 2 + 20 = 30 numbers</text>
        <text x={240} y={752}>whole image: 7 × 7 × 30 = 1470</text>
      </g>
    </svg>
  );
}
