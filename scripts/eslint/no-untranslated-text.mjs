// ESLint rule: user-visible text in JSX goes through the i18n catalogs (renderer/src/i18n), never
// as a literal. Reports JSX text with letters in it, and string literals (plain, template, or in
// either branch of a condition) given as a child or as a spoken/visible attribute: aria-label,
// title, placeholder, alt, label. Punctuation, symbols and numbers alone are fine ("·", "×", "1").

const DEFAULT_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label'];
const LETTER = /\p{L}/u;

/** The static strings an expression can evaluate to, with the node to report. */
function strings(node) {
  if (!node) return [];
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? [{ node, text: node.value }] : [];
    case 'TemplateLiteral':
      return [{ node, text: node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ') }];
    case 'ConditionalExpression':
      return [...strings(node.consequent), ...strings(node.alternate)];
    case 'LogicalExpression':
      return [...strings(node.left), ...strings(node.right)];
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
      return strings(node.expression);
    default:
      return [];
  }
}

function attributeName(node) {
  return node.name.type === 'JSXNamespacedName' ? `${node.name.namespace.name}:${node.name.name.name}` : node.name.name;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Require user-visible JSX text to come from the translation catalogs' },
    schema: [
      {
        type: 'object',
        properties: {
          allow: { type: 'array', items: { type: 'string' }, uniqueItems: true },
          attributes: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      text: 'Untranslated text “{{text}}”: add it to the catalogs in renderer/src/i18n/catalogs and show t(…).',
      attribute: 'Untranslated {{name}} “{{text}}”: add it to the catalogs in renderer/src/i18n/catalogs and pass t(…).',
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const allowed = new Set(options.allow ?? []);
    const attributes = new Set(options.attributes ?? DEFAULT_ATTRIBUTES);
    const untranslated = (text) => LETTER.test(text) && !allowed.has(text.trim());
    const shown = (text) => {
      const flat = text.replace(/\s+/g, ' ').trim();
      return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
    };

    return {
      JSXText(node) {
        if (untranslated(node.value)) context.report({ node, messageId: 'text', data: { text: shown(node.value) } });
      },
      JSXExpressionContainer(node) {
        if (node.parent.type !== 'JSXElement' && node.parent.type !== 'JSXFragment') return;
        for (const s of strings(node.expression)) {
          if (untranslated(s.text)) context.report({ node: s.node, messageId: 'text', data: { text: shown(s.text) } });
        }
      },
      JSXAttribute(node) {
        const name = attributeName(node);
        if (!attributes.has(name) || !node.value) return;
        const found = node.value.type === 'JSXExpressionContainer' ? strings(node.value.expression) : strings(node.value);
        for (const s of found) {
          if (untranslated(s.text)) context.report({ node: s.node, messageId: 'attribute', data: { name, text: shown(s.text) } });
        }
      },
    };
  },
};

export default rule;
