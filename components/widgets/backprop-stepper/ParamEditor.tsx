'use client';

import { nodeName } from './NetworkDiagram';
import type { NetworkSpec } from './network';
import { pack } from './presets';

interface Field {
  label: string;
  index: number;
}

/** Every number of the network as a labelled input: weights w1…, biases, inputs and targets. */
export function ParamEditor({ net, onChange }: { net: NetworkSpec; onChange: (values: number[]) => void }) {
  const values = pack(net);
  const groups: { title: string; fields: Field[] }[] = [];
  let i = 0;
  net.weights.forEach((W, l) => {
    const fields: Field[] = [];
    W.forEach((row, j) =>
      row.forEach((_w, k) => {
        fields.push({ label: `w${i + 1} (${nodeName(net.sizes, l, k)}→${nodeName(net.sizes, l + 1, j)})`, index: i });
        i += 1;
      }),
    );
    groups.push({ title: `Weights into layer ${l + 1}`, fields });
  });
  net.biases.forEach((b, l) => {
    groups.push({ title: `Biases of layer ${l + 1}`, fields: b.map((_v, j) => ({ label: `b of ${nodeName(net.sizes, l + 1, j)}`, index: i++ })) });
  });
  groups.push({ title: 'Inputs', fields: net.input.map((_v, j) => ({ label: nodeName(net.sizes, 0, j), index: i++ })) });
  groups.push({ title: 'Targets', fields: net.target.map((_v, j) => ({ label: `t${j + 1}`, index: i++ })) });

  return (
    <details className="param-editor">
      <summary>Edit the numbers</summary>
      {groups.map((g) => (
        <fieldset key={g.title}>
          <legend>{g.title}</legend>
          {g.fields.map((f) => (
            <label key={f.index} className="number-field">
              {f.label}{' '}
              <input
                type="number"
                step={0.01}
                value={values[f.index]}
                onChange={(e) => {
                  const v = e.target.valueAsNumber;
                  if (!Number.isFinite(v) || Math.abs(v) > 1000) return;
                  const next = values.slice();
                  next[f.index] = v;
                  onChange(next);
                }}
              />
            </label>
          ))}
        </fieldset>
      ))}
    </details>
  );
}
