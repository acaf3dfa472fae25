'use client';

import type { TrainerState } from './state';
import { ACTIVATIONS, SCHEDULES } from './state';
import { NumberSetting } from './NumberSetting';
import styles from './DigitsTrainer.module.css';

interface SettingsFormProps {
  state: TrainerState;
  update: (patch: Partial<TrainerState>) => void;
}

const ACTIVATION_LABELS: Record<(typeof ACTIVATIONS)[number], string> = { tanh: 'tanh', sigmoid: 'sigmoid', relu: 'ReLU' };

/** The hyperparameters. Changing one stops a run in progress (the page says so). */
export function SettingsForm({ state, update }: SettingsFormProps) {
  return (
    <div className={styles.settings}>
      <div className="widget-controls">
        <NumberSetting label="Hidden units H" value={state.hidden} min={1} max={500} step={1} integer onChange={(hidden) => update({ hidden })} testId="dt-hidden" />
        <label>
          Activation{' '}
          <select value={state.act} onChange={(e) => update({ act: e.target.value as TrainerState['act'] })}>
            {ACTIVATIONS.map((a) => (
              <option key={a} value={a}>
                {ACTIVATION_LABELS[a]}
              </option>
            ))}
          </select>
        </label>
        <NumberSetting label="η" value={state.lr} min={0.0001} max={100} step="any" hint="the learning rate" onChange={(lr) => update({ lr })} testId="dt-lr" />
        <NumberSetting label="λ" value={state.l2} min={0} max={1} step="any" hint="the L2 penalty" onChange={(l2) => update({ l2 })} testId="dt-l2" />
        <NumberSetting label="Batch size" value={state.batch} min={1} max={1437} step={1} integer hint="1437 is the whole training set" onChange={(batch) => update({ batch })} testId="dt-batch" />
        <NumberSetting label="Epochs" value={state.epochs} min={1} max={200} step={1} integer onChange={(epochs) => update({ epochs })} testId="dt-epochs" />
        <NumberSetting label="Seed" value={state.seed} min={0} max={999999} step={1} integer onChange={(seed) => update({ seed })} testId="dt-seed" />
      </div>
      <details className={styles.more}>
        <summary>Optimizer details: momentum, schedule, averaging</summary>
        <div className="widget-controls">
          <NumberSetting label="Momentum μ" value={state.momentum} min={0} max={0.99} step={0.05} hint="0 is plain SGD" onChange={(momentum) => update({ momentum })} testId="dt-momentum" />
          <label>
            η schedule{' '}
            <select value={state.schedule} onChange={(e) => update({ schedule: e.target.value as TrainerState['schedule'] })}>
              {SCHEDULES.map((s) => (
                <option key={s} value={s}>
                  {s === 'cosine' ? 'cosine (η falls to 0)' : 'constant'}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={state.avg} onChange={(e) => update({ avg: e.target.checked })} /> Evaluate averaged weights
          </label>
        </div>
        <p className={styles.small}>
          Momentum μ keeps a running direction v ← μv + ∇C and steps w ← w − ηv. The cosine schedule lowers η from its starting value to
          0 over the epochs. Averaging evaluates a running average of the weights over the last hundred or so steps, which smooths out
          the minibatch noise.
        </p>
      </details>
    </div>
  );
}
