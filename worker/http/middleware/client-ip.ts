/**
 * The client address for abuse limits: `CF-Connecting-IP` (set by Cloudflare, which replaces any
 * client-sent value), with IPv6 addresses reduced to their /64, since one subscriber usually
 * holds a whole /64 and could otherwise rotate through it.
 */
export function clientIpKey(header: string | undefined): string {
  const ip = (header ?? '').trim()
  if (!ip.includes(':')) return ip || 'unknown'
  const [head = '', tail = ''] = ip.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = ip.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left
  return `${groups
    .slice(0, 4)
    .map((g) => (g || '0').toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
