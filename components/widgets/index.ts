// The widgets MDX may use. registry.tsx is a client module, so its exports reach the server as
// component references; they are gathered into a plain object here, on the server side.
import { ActivationExplorer, BackpropStepper } from './registry';

export const widgets = { ActivationExplorer, BackpropStepper };
