import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** What a message asks of its caller and of the plural rules, read from its ICU syntax tree. */
export interface IcuStructure {
  /** Every argument name, whatever its kind ({name}, {n, number}, {count, plural, …}, {kind, select, …}). */
  arguments: Set<string>;
  /** Arguments used as numbers (plural or number): a test formats them with numbers. */
  numeric: Set<string>;
  /** Select arguments with their branch keys. */
  selects: Map<string, string[]>;
  /**
   * One entry per plural element: its argument, the categories it covers, and whether every form
   * is the number alone (`{n, plural, other {#}}`: a plural only so that the argument has the type
   * it has in the other languages; no words agree with it).
   */
  plurals: Array<{ argument: string; categories: string[]; numberOnly: boolean }>;
}

/** Parses an ICU message; throws with the parser's reason when it is not valid ICU. */
export function icuStructure(message: string): IcuStructure {
  const structure: IcuStructure = { arguments: new Set(), numeric: new Set(), selects: new Map(), plurals: [] };
  walk(parse(message), structure);
  return structure;
}

function walk(elements: MessageFormatElement[], into: IcuStructure): void {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
      case TYPE.date:
      case TYPE.time:
        into.arguments.add(el.value);
        break;
      case TYPE.number:
        into.arguments.add(el.value);
        into.numeric.add(el.value);
        break;
      case TYPE.select:
        into.arguments.add(el.value);
        into.selects.set(el.value, [...(into.selects.get(el.value) ?? []), ...Object.keys(el.options)]);
        for (const option of Object.values(el.options)) walk(option.value, into);
        break;
      case TYPE.plural:
        into.arguments.add(el.value);
        into.numeric.add(el.value);
        into.plurals.push({
          argument: el.value,
          categories: Object.keys(el.options),
          numberOnly: Object.values(el.options).every((o) => o.value.length === 1 && o.value[0]!.type === TYPE.pound),
        });
        for (const option of Object.values(el.options)) walk(option.value, into);
        break;
      case TYPE.tag:
        into.arguments.add(el.value);
        walk(el.children, into);
        break;
      default:
        break;
    }
  }
}
