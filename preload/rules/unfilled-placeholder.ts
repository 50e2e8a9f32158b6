/**
 * Template markup left in a reply or note (an output `{{ … }}` or a tag `{% … %}`), from a macro
 * or pasted from a template: never sent to a customer as it is. The composer blocks the send and
 * main refuses it again, whatever the renderer did.
 */
const UNFILLED_PLACEHOLDER = /\{\{[^}]*\}\}|\{%/;

export function hasUnfilledPlaceholder(text: string): boolean {
  return UNFILLED_PLACEHOLDER.test(text);
}
