// The demo partner's glue code, as a partner would write it: structured config goes in as a
// property (read from a JSON block, which a strict CSP allows), events come out.
const checker = document.querySelector('iop-coverage-checker')
const config = document.getElementById('partner-config')
if (checker && config) checker.partner = JSON.parse(config.textContent || '{}')

document.addEventListener('iop-callback-request', () => {
  // The lead form comes later; for now the page acknowledges the request.
  const note = document.getElementById('callback-note')
  if (note) note.hidden = false
})
