import { customerTextParts, isolatedPlainText } from '../../../preload/contract/customer-text';
import { useT } from '../i18n';
import { hiddenCharacterName } from '../lib/safety-wording';

/**
 * Text a customer or a backend wrote (a subject, a name, an e-mail, a user id, a tag, a macro
 * title), shown anywhere outside a message body. It is isolated (<bdi dir="auto">: a right-to-left
 * name cannot reorder the e-mail and user id beside it), and every direction control or invisible
 * character in it is shown as a named mark instead of acting (`invoice_7731⟨right-to-left
 * override⟩fdp.exe`, never `invoice_7731exe.pdf`). Every view uses this one component. `lang` is the
 * language the customer writes in, where it is known, so screen readers and fonts use its rules.
 */
export function CustomerText({ text, className, testId, lang }: { text: string; className?: string; testId?: string; lang?: string }) {
  const t = useT();
  const parts = customerTextParts(text);
  const hidden = parts.filter((p) => p.hidden).length;
  return (
    <bdi dir="auto" lang={lang} className={className ? `customer-text ${className}` : 'customer-text'} data-testid={testId} data-hidden-chars={hidden > 0 ? hidden : undefined}>
      {parts.map((p, i) => {
        if (!p.hidden) return p.text;
        const name = hiddenCharacterName(p.text, t);
        return (
          <span key={i} className="hidden-char" role="note" title={`${name} (${p.label})`}>
            ⟨{name}⟩
          </span>
        );
      })}
    </bdi>
  );
}

/**
 * The same text for places that take a string (a tooltip, a screen-reader announcement, a desktop
 * notification, a translated sentence): hidden characters as ⟨U+202E⟩ marks, wrapped in one
 * closed isolate.
 */
export function customerPlain(text: string): string {
  return isolatedPlainText(text);
}
