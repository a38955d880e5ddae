/**
 * @module
 * The little XML the CORE SOAP envelope needs: escaping our values, and reading one element's
 * text by local name (any namespace prefix), CDATA or escaped. Not a general XML parser: the
 * CORE envelope is flat and its schema fixed (CORERule2.2.0.xsd).
 */

export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

/** Text in CDATA; a `]]>` inside (never in X12, but possible in principle) is split across sections. */
export const cdata = (s: string): string => `<![CDATA[${s.split(']]>').join(']]]]><![CDATA[>')}]]>`

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeText(raw: string): string {
  let out = ''
  const re = /<!\[CDATA\[([\s\S]*?)\]\]>/g
  let last = 0
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    out += decodeEntities(raw.slice(last, m.index)) + m[1]
    last = m.index + m[0].length
  }
  return out + decodeEntities(raw.slice(last))
}

const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!,
  )

/** The text of the first element named `local` (with or without a prefix), or null. */
export function elementText(xml: string, local: string): string | null {
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</(?:[A-Za-z_][\\w.-]*:)?${local}\\s*>)`)
  const m = re.exec(xml)
  return m ? decodeText(m[1] ?? '') : null
}

/** Whether an element named `local` appears at all. */
export const hasElement = (xml: string, local: string): boolean => new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}[\\s>/]`).test(xml)
