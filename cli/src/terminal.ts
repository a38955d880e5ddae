/**
 * Text for a terminal: C0 and C1 control characters (ESC sequences that move the cursor, rewrite
 * the title or hide text, BEL, backspace, CR overwriting a line) and bidi overrides are removed,
 * keeping line breaks and tabs. What the CLI prints comes partly from elsewhere (CSV ids, payer
 * names, an API's problem detail), and none of it may drive the terminal.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

export const terminalSafe = (text: string): string => text.replace(UNSAFE, '')
