/**
 * Makes input text safe to print on a terminal: C0 control characters (ESC, CR, BEL, backspace …)
 * become their visible Unicode control pictures (`ESC` → `␛`), DEL becomes `␡`, and C1 controls
 * (which some terminals read as CSI/OSC introducers) and the bidirectional overrides that can
 * reorder what is shown become `<U+009B>`-style tags. Tabs and line feeds are kept. So an article
 * carrying `ESC[2J` or an OSC sequence cannot clear the screen, set the title or hide text.
 *
 * @example
 * escapeTerminal("삼성전자\u001b[2J 주가"); // "삼성전자␛[2J 주가"
 */
export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return "\u2421";
    return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
  });
}

// C0 except TAB and LF, DEL, C1, bidi embeddings/overrides/isolates.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
