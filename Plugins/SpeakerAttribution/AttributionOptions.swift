/// Switches of the attribution rules, from the stage options.
struct AttributionOptions: Sendable {
    /// Attribute speech without quotation marks (`X said that …`).
    var reportedSpeech = true
    /// Let participles (`…, adding that …`) take the main clause's subject.
    var participles = true
    /// Join the rest of a turn split around its cue into one quote with parts.
    var joinTurns = true
    /// Give a cue-less whole-sentence quote the previous quote's speaker.
    var carryTurns = false
    /// Resolve pronoun and role-noun speakers to named people.
    var resolvePronouns = true
    /// List quoted words inside reported speech as separate `partial` quotes.
    var partialQuotes = true
    /// Attribute passive cues (`is expected to`) with no speaker.
    var passives = true
    /// Attribute noun-headed cues with a possessive source (`his attacks on …`, `Ortiz's claim that …`).
    var nounCues = true
}
