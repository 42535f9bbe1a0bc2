/** The colour of a status card's left edge (`.status-card.tone-*` in styles.css); always a third cue after words and a symbol. */
export type Tone = 'ok' | 'info' | 'warn' | 'bad';
