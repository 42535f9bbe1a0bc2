/**
 * Cue lexicons for claim detection, typing and strength. They describe how
 * health claims are worded in English in general (verbs of effect, hedges,
 * quantifiers, study vocabulary); nothing here is taken from a particular article.
 */

/** Explicit mention of the drug. */
export const LDN_EXPLICIT = /\b(?:LDN|VLNTX|VLDN|ULDN|low[-\s]?dose\s+naltrexone|naltrexone|naltrexon)\b/i;
/** Words that refer back to the drug or the treatment. */
export const LDN_ANAPHOR = /\b(?:the|this|that)\s+(?:drug|medication|medicine|treatment|therapy|compound|pill)\b|\b(?:it|its)\b/i;

/** Verbs, nouns and adjectives that assert a clinical effect. */
export const EFFECT =
  /\b(?:treats|treating|(?:can|may|might|could|will|would|successfully) treat|cure[sd]?|curing|curative|heal(?:s|ed|ing)?|reliev(?:e|es|ed|ing)|relief|reduc(?:e|es|ed|ing|tion)|decreas(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|drop(?:s|ped)?|fell|went (?:up|down)|undetectable|no longer (?:have|has|had|detectable)|without symptoms|stable|lower(?:s|ed|ing)?|improv(?:e|es|ed|ing|ement|ements)|help(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|slow(?:s|ed|ing)?|prevent(?:s|ed|ing)?|alleviat(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|enhanc(?:e|es|ed|ing)|boost(?:s|ed|ing)?|benefit(?:s|ed|ing|ial)?|remission|respond(?:s|ed)?|response|responders?|effective(?:ly|ness)?|efficacy|efficacious|works?|worked|success(?:ful|fully)?|promise|promising|stabiliz(?:e|ed|ation)|stabilis(?:e|ed|ation)|stability|shrink(?:s|age)?|shrank|disappear(?:s|ed|ance)?|regain(?:s|ed)?|reversal|revers(?:e|es|ed)|better|fight(?:s|ing)?|combat(?:s|ing)?|beat(?:s)?|inhibit(?:s|ed|ing|ory)?|suppress(?:es|ed|ing)?|positive effects?|amazing|phenomenal|(?:great|good|promising|phenomenal|amazing|impressive|excellent|positive|remarkable|dramatic) (?:results?|outcomes?)|recover(?:y|ed)?|wipe out|symptom[- ]free|pain[- ]free|progression|survival|less|fewer|linked to|associated with|game[- ]changer|life back|miracle|wonder drug|relapse-free)\b/i;

export const SAFETY =
  /\b(?:safe(?:ly|ty)?|unsafe|side[-\s]effects?|adverse|tolerat(?:e|ed|ion|es)|well-tolerated|toxic(?:ity)?|non-toxic|harm(?:ful|less)?|drug interactions?|interacts? with (?:other )?(?:drugs|medications|medicines)|contraindicat\w*|warning|caution(?:ed)?|dangerous|risks?|impair|liver function|should not be combined|do not combine|overdose|withdrawal reaction|(?:should|would|must|could) not (?:be )?(?:use|used|take|taken|combined)|must not|interfere(?:s|d)? with|can(?:not|'t|’t) take|(?:trigger|cause|precipitate|put you into)\w* (?:\w+ )?withdrawal|vivid dreams|insomnia|nausea|headaches?|sleep (?:disturbances?|problems)|trouble sleeping)\b/i;

export const COST =
  /(?:[$€£]\s?\d|\b(?:cost(?:s|ly)?|price[sd]?|inexpensive|cheap(?:er|ly)?|affordable|afford|insurance|insurers?|per month|a month's supply|reimburs\w+)\b)/i;

export const DOSE =
  /\b(?:dose[sd]?|dosage|dosing|mg|milligrams?|micrograms?|mcg|µg|bedtime|at night|once (?:a|per) day|daily|titrat\w+|slow[- ]release|timed[- ]release|sustained[- ]release|capsules?|fillers?|tablets?|liquid|cream|transdermal|absorption|compounded)\b/i;
/** How and when the drug is taken, without a number: enough for a dose claim when the drug is named. */
export const REGIMEN =
  /\b(?:bedtime|at night|(?:once|twice) (?:a|per) day|release (?:formulas?|forms?|tablets?|naltrexone)|slow[- ]release|timed[- ]release|fillers?|absorption|dosage)\b/i;

export const MECHANISM =
  /\b(?:receptors?|endorphins?|enkephalins?|met-?enkephalin|opioid growth factor|OGFr?|TLR-?4|toll-like|microglia\w*|glia\w*|apoptosis|cytokines?|immune system|immun\w+|pathways?|mechanisms?|modulat\w+|up-?regulat\w+|down-?regulat\w+|antagonis[tm]\w*|blocks?|blocking|blockade|DNA|cell (?:growth|proliferation|replication)|natural killer|T[- ]cells?|NK cells?|(?:cancer|tumou?r) cells|neuroinflammation|inflammation|anti-inflammatory|angiogenesis|gene expression|genes?)\b/i;

/** Vocabulary of studies and their participants. */
export const STUDY =
  /\b(?:stud(?:y|ies|ied)|trials?|pilot|randomi[sz]ed|placebo|double[- ]blind|single[- ]blind|open[- ]label|crossover|cohort|case (?:series|report)|meta-analys[ie]s|systematic review|review|published|journal|researchers?|participants?|subjects|patients?|cases|children|women|men|adults|volunteers|mice|rats|animals?|cell cultures?|tissue culture|in vitro|follow-?up|data)\b/i;

/** Past-tense or reporting verbs that introduce a finding. */
export const FINDING =
  /\b(?:found|find(?:s|ings)?|showed|shown|shows|demonstrat(?:ed|es|e)|reported|reports|observed|concluded|confirm(?:ed|s)|revealed|noted|experienced|achieved|went into|had|saw|led to|resulted in|responded|improved|decreased|increased|reduced|stopped|remained|were in)\b/i;

/** Clinical outcome words: when present, a sentence about cells or receptors still claims a clinical effect. */
export const CLINICAL =
  /\b(?:symptoms?|pain|fatigue|remission|relapse|attacks?|progression|disease activity|quality of life|patients?|people|sufferers|spasticity|mood|sleep|survival|tumou?r (?:size|shrinkage)|viral (?:load|counts?)|CD4|seizures?|itch\w*|cravings?|withdrawal)\b/i;

/** Wording of certainty, from sweeping to hedged. */
export const ABSOLUTE =
  /\b(?:cure[sd]?|curing|all (?:patients|cases|of (?:them|the patients|his patients))|in all\b|every (?:patient|case|one)|everyone|always|never|none of|no (?:side[-\s]effects|patients?)|halt(?:s|ed)?|(?:stops?|stopped) (?:the )?(?:progression|disease)|eliminat(?:e|es|ed)|eradicat\w+|wipe[sd]? out|completely|in its tracks|100 ?%|guarantee\w*|will not|without any|zero)\b/i;
export const STRONG =
  /\b(?:proven|proves?|confirm(?:ed|s)|significantly|significant|remarkabl[ey]|dramatic(?:ally)?|powerful|phenomenal|amazing|impressive|profound|overwhelming(?:ly)?|marked(?:ly)?|highly|very (?:safe|effective)|clearly|definitely|successfully|effective(?:ly)?|efficacy|works?|treats|is able to|most patients|majority|radically|great results|successful|game[- ]changer|life[- ]changing|life back|miracle)\b/i;
export const HEDGE =
  /\b(?:may|might|could|possibl[ey]|potential(?:ly)?|promise|promising|seems?|seemed|appears?|suggests?|suggested|believed|thought to|likely|perhaps|some evidence|preliminary|hope|claimed|reportedly|anecdot\w+|uncertain|unclear|not (?:yet )?proven)\b/i;
/** Moderate: an asserted but bounded effect ("improves", "can reduce", "helps"). */
export const MODERATE =
  /\b(?:can|improv(?:e|es|ed)|helps?|helped|reduc(?:e|es|ed)|relieves?|relieved|benefit(?:s|ed)?|some patients|many patients|several)\b/i;

/** Words that make the sentence a statement about the article, a disclaimer or an advert, not a claim. */
export const NON_CLAIM =
  /\b(?:not (?:meant|intended) (?:to|as)|medical advice|all rights reserved|sign up|subscribe|click|excerpted|footnote|for more information|please see|newsletter|free (?:copy|consultation|report)|make an appointment|this article focuses|has not been reviewed by the FDA|(?:contact|consult|ask|talk to|see) (?:with )?(?:your|a|an) (?:\w+ )?(?:doctor|physician|health ?care (?:provider|practitioner|professional)|pharmacist|GP|practitioner)|(?:is|are) (?:currently )?(?:\([^)]*\) )?recruiting|recruiting participants|not yet (?:been )?published|under ?way|currently running|is (?:also )?running|are running)\b/i;

/** Mechanism words that alone only restate what an opioid antagonist is. */
export const MECHANISM_WEAK = /\b(?:receptors?|antagonis[tm]\w*|blocks?|blocking|blockade|pathways?)\b/gi;

/** Finite verbs of effect, for headings that must contain a verb to be a claim. */
export const FINITE_VERB =
  /\b(?:is|are|was|were|can|may|might|could|will|would|has|have|had|does|do|treats|helps|reduces|improves|relieves|blocks|supports|enhances|beats|cures|works|halts|stops|slows|prevents|boosts|fights|combats|eases|alleviates|increases|decreases|lowers|shows|offers|protects|heals|reverses|restores|inhibits|suppresses|modulates|regulates|kills|effective|beneficial|helpful|useful|safe)\b/i;

/** The drug's own name contains "dose"; cue tests run on text where it is replaced by "LDN". */
export const LDN_PHRASE = /\b(?:very[-\s])?low[-\s]?dose\s+naltrexone\b/gi;

/** Outcomes stated as numbers or as the absence of events ("from a 7 to a 4", "not had a single relapse"). */
export const OUTCOME_PHRASE =
  /\bfrom (?:an? )?\d+(?:\.\d+)?(?:\/10)? (?:down |up )?to (?:an? )?\d+|\b(?:no|never|not|n't|n’t)\b(?: \w+){0,4} (?:single |new )?(?:relapses?|attacks?|flares?|seizures?|symptoms)\b/i;

/** Common adverse effects named without the words "side effects". */
export const ADVERSE_EFFECT =
  /\b(?:side[- ]effects?|adverse|vivid dreams|insomnia|nausea|headaches?|sleep (?:disturbances?|problems)|trouble sleeping)\b/i;

/** Ends with a question mark, possibly inside quotes, brackets or Markdown emphasis. */
export const QUESTION = /\?[\s"'”’)\]*_]*$/;
