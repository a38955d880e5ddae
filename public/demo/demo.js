// The demo partner's glue code, as a partner would write it: structured config goes in as a
// property (read from a JSON block, which a strict CSP allows), events come out.
const checker = document.querySelector('iop-coverage-checker')
const config = document.getElementById('partner-config')
if (checker && config) checker.partner = JSON.parse(config.textContent || '{}')

// The callback form lives in the checker's frame; the page only learns that a lead was sent
// (its id and the non-PHI context), and says what happens next.
document.addEventListener('iop-lead-submitted', () => {
  const note = document.getElementById('callback-note')
  if (note) note.hidden = false
})
