/** `+18005550100` → `(800) 555-0100`; anything else as given. */
export const formatPhone = (phone: string): string => {
  const d = phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')
  return d.length === 10 ? `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}` : phone
}
