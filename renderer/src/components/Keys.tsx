import { Fragment } from 'react';
import { useT } from '../i18n';
import { formatCombo } from '../keyboard/clashes';
import { keyPlatform } from '../stores/settings-store';

/** One combination: each press in a <kbd>, sequences read "p then l". */
export function KeyCombo({ combo }: { combo: string }) {
  const t = useT();
  const presses = formatCombo(combo, keyPlatform).split(' ');
  return (
    <span className="combo">
      {presses.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <span className="combo-then"> {t('actionKeys.then')} </span>}
          <kbd>{p}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

/** All keys of an action: "j or ↓". */
export function Keys({ keys }: { keys: readonly string[] }) {
  const t = useT();
  return (
    <span className="keys">
      {keys.map((k, i) => (
        <Fragment key={k}>
          {i > 0 && <span className="keys-or"> {t('actionKeys.or')} </span>}
          <KeyCombo combo={k} />
        </Fragment>
      ))}
    </span>
  );
}
