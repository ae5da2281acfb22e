import PipelineKit

/// Noun-headed cues with a possessive source: `his attacks on the plan`, `Ortiz's claim that …`,
/// `their support for the levy`.
extension AttributionFinder {
    /// Cue nouns and the words that introduce their content (measured on PolNeAR train: these are
    /// annotated as attributions most of the time; `support for`, `plan to`, `stance on` are not).
    static let nounCues: [String: Set<String>] = [
        "criticism": ["of"], "attacks": ["on"], "attack": ["on"], "calls": ["for", "to"], "call": ["for", "to"],
        "endorsement": ["of"], "promise": ["to"], "promises": ["to"], "pledge": ["to"], "vow": ["to"],
        "hopes": ["to"], "claim": ["that"], "claims": ["that"], "suggestion": ["that"], "insistence": ["that"],
        "assertion": ["that"], "contention": ["that"], "admission": ["that"], "prediction": ["that"],
        "accusation": ["that"], "accusations": ["that"],
    ]
    /// Possessive pronouns that can own a cue noun.
    static let possessivePronouns: Set<String> = ["his", "her", "their", "its", "my", "our", "your"]

    /// The attribution of a cue noun at token `i` with a possessive source before it, or nil.
    mutating func nounCueAttribution(at i: Int, sentence: Range<Int>) -> Attribution? {
        let tokens = text.tokens
        let s = sentence.lowerBound
        let e = sentence.upperBound
        guard tokens[i].isWord, let links = Self.nounCues[tokens[i].lower], i + 2 < e, !text.inQuotation(i),
              tokens[i + 1].isWord, links.contains(tokens[i + 1].lower), i > s else { return nil }
        // The possessor right before the noun, or before one lower-case modifier (`his repeated attacks on`).
        var p = i - 1
        if p > s, tokens[p].isWord, !tokens[p].capitalized, !Self.possessivePronouns.contains(tokens[p].lower),
           !tokens[p].lower.hasSuffix("'s") {
            p -= 1
        }
        guard p >= s, tokens[p].isWord, !text.inQuotation(p) else { return nil }
        let owner = tokens[p].lower
        var speaker: Range<Int>
        if Self.possessivePronouns.contains(owner) {
            // `her` is also an object pronoun: `told her support for …` stays ambiguous, so only
            // a possessive that opens the phrase after a preposition, verb or sentence start counts.
            speaker = p..<(p + 1)
        } else if tokens[p].capitalized, owner.hasSuffix("'s"), !WordLists.capitalizedNonNames.contains(String(owner.dropLast(2))) {
            var first = p
            while first > s, tokens[first - 1].isWord, tokens[first - 1].capitalized, !text.inQuotation(first - 1),
                  !WordLists.capitalizedNonNames.contains(tokens[first - 1].lower) || first - 1 > s { first -= 1 }
            speaker = first..<(p + 1)
        } else {
            return nil
        }
        var start = i + 2
        if tokens[i + 1].lower == "to" || tokens[i + 1].lower == "that" { start = i + 1 }
        // The content: to the next comma, semicolon or dash outside quotation marks, or the clause end.
        var end = start
        while end < e, !((tokens[end].isPunct(0x2C) || tokens[end].isPunct(0x3B) || tokens[end].kind == .dash) && !text.inQuotation(end)) {
            end += 1
        }
        end = min(end, clauseEnd(from: start, sentenceEnd: e))
        guard end > start, wordCount(start..<end) >= 1 else { return nil }
        if speaker.lowerBound < s { speaker = s..<speaker.upperBound }
        // Quoted words are left to the quotation rules.
        guard !containsQuotation(start..<end) else { return nil }
        return Attribution(parts: [start..<end], kind: .indirect, cue: i..<(i + 2), speaker: speaker)
    }
}
