import { useT } from '../../i18n';
import { KeyCombo } from '../Keys';

/** The few keys there are, always on screen: nothing to learn beforehand. */
export function CheatSheet() {
  const t = useT();
  return (
    <aside className="executive-keys" aria-labelledby="executive-keys-title" data-testid="executive-cheatsheet">
      <h2 id="executive-keys-title">{t('executive.keys.title')}</h2>
      <dl>
        <div>
          <dt>
            <KeyCombo combo="n" /> {t('executive.keys.or')} <KeyCombo combo="Enter" />
          </dt>
          <dd>{t('executive.keys.takeNext')}</dd>
        </div>
        <div>
          <dt>
            <KeyCombo combo="r" />
          </dt>
          <dd>{t('executive.keys.reply')}</dd>
        </div>
        <div>
          <dt>
            <KeyCombo combo="$mod+Enter" />
          </dt>
          <dd>{t('executive.keys.send')}</dd>
        </div>
        <div>
          <dt>
            <KeyCombo combo="Shift+E" />
          </dt>
          <dd>{t('executive.keys.escalate')}</dd>
        </div>
        <div>
          <dt>
            <KeyCombo combo="Escape" />
          </dt>
          <dd>{t('executive.keys.leave')}</dd>
        </div>
        <div>
          <dt>
            <KeyCombo combo="Tab" />
          </dt>
          <dd>{t('executive.keys.move')}</dd>
        </div>
      </dl>
    </aside>
  );
}
