import { useT } from '../../i18n';
import { useExecutiveStore } from '../../stores/executive-store';
import { TakeNextButton } from './TakeNextButton';

/** Before the first ticket, and when nobody is waiting: one sentence and the button. */
export function StartPanel() {
  const t = useT();
  const empty = useExecutiveStore((s) => s.phase === 'empty');
  return (
    <section className="executive-start" data-testid="executive-start">
      <p className="executive-intro" data-testid={empty ? 'executive-empty' : undefined} role={empty ? 'status' : undefined}>
        {empty ? t('executive.takeNext.empty') : t('executive.takeNext.intro')}
      </p>
      <TakeNextButton />
    </section>
  );
}
