/**
 * Latin letters that look like a basic letter but do not decompose to it (strokes, bars, hooks,
 * curls, small capitals, dotless and insular forms: ø, đ, ħ, ł, ŧ, ƀ, ɨ, ᴋ, ȷ, …), by the letter
 * they pass for. Canonical decomposition leaves them alone and Unicode's confusables list maps
 * few of them, so the host skeleton (text-safety.ts) reads them through this table. Derived
 * from the Unicode character names (Unicode 14): every letter named "LATIN [SMALL|CAPITAL]
 * LETTER [SMALL CAPITAL|DOTLESS|INSULAR|BROKEN|SCRIPT|OPEN|CLOSED] x [WITH …]" whose
 * compatibility decomposition is not x itself (digraphs such as ǅ left out), plus kra (ĸ), the shape of Cyrillic к.
 */
const BY_LETTER: Readonly<Record<string, string>> = {
  a: 'Ⱥᴀᶏẚⱥ',
  b: 'ƀƁƂƃɃɓʙᵬᶀꞖꞗ',
  c: 'ƇƈȻȼɕᴄꞒꞓꞔꟄ\u{1df1d}',
  d: 'ĐđƊƋƌȡɖɗᴅᵭᶁᶑꝹꝺꟇꟈ',
  e: 'ƐɆɇɛᴇᶒᶓⱸꬴ',
  f: 'ƑƒᵮᶂꜰꝻꝼꞘꞙ',
  g: 'ƓǤǥɠɡɢʛᵹᶃꝽꞠꞡꞬꬶ',
  h: 'ĦħɦʜⱧⱨꞕꞪ',
  i: 'ıƗɨɪᶖꞮ\u{1df1a}',
  j: 'ȷɈɉɟʄʝᴊꞲ',
  k: 'ƘƙᴋᶄⱩⱪꝀꝁꝂꝃꝄꝅꞢꞣĸ',
  l: 'ĿŀŁłƚȴȽɫɬɭʟᴌᶅⱠⱡⱢꝆꝇꝈꝉꞎꞭꬷꬸꬹ\u{1df04}\u{1df11}\u{1df13}',
  m: 'ɱᴍᵯᶆⱮꬺ',
  n: 'ƝƞȠȵɲɳɴᵰᶇꞐꞑꞤꞥꬻ',
  o: 'ØøƆƟǾǿɔᴏᶗⱺꝊꝋꝌꝍꬿ\u{1df1b}',
  p: 'ƤƥᴘᵱᵽᶈⱣꝐꝑꝒꝓꝔꝕ',
  q: 'ɋʠꝖꝗꝘꝙꞯ',
  r: 'ɌɍɼɽɾʀᵲᵳᶉⱤꞂꞃꞦꞧꭆꭉꭋꭌ\u{1df16}',
  s: 'ȿʂᵴᶊⱾꜱꞄꞅꞨꞩꟅꟉꟊ\u{1df1e}',
  t: 'ŦŧƫƬƭƮȶȾʈᴛᵵⱦꞆꞇ\u{1df09}',
  u: 'ᴜᶙꞸꞹꭎꭒ',
  v: 'ƲʋᴠᶌⱱⱴꝞꝟ',
  w: 'ᴡⱲⱳ',
  x: 'ᶍꭖꭗꭘꭙ',
  y: 'ƳƴɎɏʏỾỿꭚ',
  z: 'ƵƶȤȥɀʐʑᴢᵶᶎⱫⱬⱿꟆ',
};

/** Each such letter → the basic letter it passes for. */
export const LATIN_BASE_LETTER: ReadonlyMap<string, string> = new Map(Object.entries(BY_LETTER).flatMap(([letter, chars]) => [...chars].map((ch) => [ch, letter] as const)));
