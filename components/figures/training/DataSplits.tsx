// Training, dev and test sets. Top: one distribution, split at random. Bottom: when training data
// and the data the model will face differ, a dev set is carved from each, and the gaps between the
// errors on the four sets separate overfitting from train–test mismatch.

interface Block {
  label: string;
  sub: string;
  width: number;
  fill: string;
}

function Bar({ x, y, blocks }: { x: number; y: number; blocks: Block[] }) {
  let left = x;
  return (
    <g>
      {blocks.map((b) => {
        const bx = left;
        left += b.width;
        return (
          <g key={b.label}>
            <rect x={bx} y={y} width={b.width} height={56} fill={b.fill} fillOpacity={0.22} stroke="var(--fg)" strokeWidth={1.5} />
            <text x={bx + b.width / 2} y={y + 24} textAnchor="middle" fontSize={20} fontWeight={700} fill="var(--fg)">
              {b.label}
            </text>
            <text x={bx + b.width / 2} y={y + 45} textAnchor="middle" fontSize={17} fill="var(--fg)">
              {b.sub}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export function DataSplits() {
  return (
    <svg viewBox="0 0 680 450" width={680} height={450} role="img" aria-labelledby="split-title split-desc">
      <title id="split-title">Training, dev and test sets, with and without a train–test mismatch</title>
      <desc id="split-desc">
        Top: a single data set is shuffled and split into a training set, a dev set used to choose hyperparameters, and
        a test set used once at the end. Bottom: when the training data come from a different distribution than the data the
        model will be used on, a train-dev set is held out from the training distribution and a test-dev set from the
        target distribution. The gap between training and train-dev error measures overfitting; the gap between train-dev and
        test-dev error measures the mismatch.
      </desc>
      <text x={20} y={30} fontSize={20} fill="var(--fg)" fontWeight={700}>
        One distribution: shuffle, then split
      </text>
      <Bar
        x={20}
        y={44}
        blocks={[
          { label: 'train', sub: 'fit the weights', width: 400, fill: 'var(--c-blue)' },
          { label: 'dev', sub: 'tune', width: 110, fill: 'var(--c-orange)' },
          { label: 'test', sub: 'report once', width: 130, fill: 'var(--c-green)' },
        ]}
      />
      <text x={20} y={136} fontSize={18} fill="var(--fg-muted)">
        the digits: 1437 images to train and tune, 360 to test
      </text>
      <text x={20} y={194} fontSize={20} fill="var(--fg)" fontWeight={700}>
        Training data ≠ target data: two dev sets
      </text>
      <text x={20} y={222} fontSize={18} fill="var(--fg-muted)">
        training distribution (plentiful)
      </text>
      <text x={450} y={222} fontSize={18} fill="var(--fg-muted)">
        target distribution
      </text>
      <Bar
        x={20}
        y={232}
        blocks={[
          { label: 'train', sub: 'fit the weights', width: 300, fill: 'var(--c-blue)' },
          { label: 'train-dev', sub: 'same source', width: 110, fill: 'var(--c-sky)' },
        ]}
      />
      <Bar
        x={450}
        y={232}
        blocks={[
          { label: 'test-dev', sub: 'tune', width: 100, fill: 'var(--c-orange)' },
          { label: 'test', sub: 'report', width: 110, fill: 'var(--c-green)' },
        ]}
      />
      {[
        { from: 170, to: 375, y: 320, text: 'train → train-dev: overfitting (variance)' },
        { from: 375, to: 500, y: 372, text: 'train-dev → test-dev: mismatch' },
        { from: 500, to: 605, y: 424, text: 'test-dev → test: overfit to dev' },
      ].map((gap) => (
        <g key={gap.text}>
          <line x1={gap.from} x2={gap.to} y1={gap.y - 20} y2={gap.y - 20} stroke="var(--fg)" strokeWidth={2} />
          <line x1={gap.from} x2={gap.from} y1={gap.y - 28} y2={gap.y - 12} stroke="var(--fg)" strokeWidth={2} />
          <line x1={gap.to} x2={gap.to} y1={gap.y - 28} y2={gap.y - 12} stroke="var(--fg)" strokeWidth={2} />
          <text x={Math.min(gap.from, 330)} y={gap.y + 6} fontSize={18} fill="var(--fg)">
            {gap.text}
          </text>
        </g>
      ))}
    </svg>
  );
}
