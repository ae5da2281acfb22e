import PipelineKit

/// Speakerless attributions of passive cues (`is expected to`, `was told that`).
extension AttributionFinder {
    /// Passive participles whose attribution has no speaker in the text.
    static let passiveCues: Set<String> = ["expected", "asked", "said", "believed", "reported", "rumored", "rumoured",
                                           "considered", "thought", "told", "known", "seen", "alleged", "estimated",
                                           "projected", "predicted", "urged", "advised", "warned", "described"]

    /// Adverbs between a passive auxiliary and its participle (`is widely expected`, `is not expected`).
    static let passiveAdverbs: Set<String> = ["not", "widely", "generally", "largely", "broadly", "still", "now",
                                              "also", "increasingly", "n't", "never", "long"]

    /// Words that open an asked question.
    static let questionWords: Set<String> = ["whether", "if", "how", "why", "what", "about", "when", "who", "which", "where"]

    /// Words that open a participle clause (`when asked whether …`).
    static let participleClauseOpeners: Set<String> = ["when", "while", "after", "before", "once", "if", "upon", "but", "and"]

    /// Words that open the content of a passive cue: an infinitive or a clause (`to pass`, `that …`).
    static let passiveContentOpeners: Set<String> = ["to", "that", "whether", "if", "about", "how", "why", "what",
                                                     "when", "which", "where", "who"]
    /// Openers that read as relative clauses unless a question was asked (`was told which …`).
    static let relativeOpeners: Set<String> = ["which", "where", "who"]

    /// A speakerless attribution for a passive cue (`is expected to …`, `was told that …`), or nil.
    mutating func passiveAttribution(cue: Range<Int>, sentence: Range<Int>) -> Attribution? {
        let tokens = text.tokens
        let c = cue.lowerBound
        guard cue.count == 1, Self.passiveCues.contains(tokens[c].lower) else { return nil }
        var j = c - 1
        while j >= sentence.lowerBound, tokens[j].isWord,
              WordLists.betweenSubjectAndCue.contains(tokens[j].lower) || Self.passiveAdverbs.contains(tokens[j].lower),
              !WordLists.passiveAuxiliaries.contains(tokens[j].lower) { j -= 1 }
        // `Asked whether …, she said …` / `When asked about …`: a participle clause with no auxiliary.
        let clauseOpening = tokens[c].lower == "asked" && j == c - 1
            && (j < sentence.lowerBound || (tokens[j].isWord && Self.participleClauseOpeners.contains(tokens[j].lower)))
        guard clauseOpening || (j >= sentence.lowerBound && tokens[j].isWord && WordLists.passiveAuxiliaries.contains(tokens[j].lower)) else { return nil }
        let e = sentence.upperBound
        guard cue.upperBound < e else { return nil }
        // `Asked by the host whether …` / `was asked by reporters if …`: the asker is the source.
        var asker: Range<Int>?
        if tokens[cue.upperBound].lower == "by" {
            guard tokens[c].lower == "asked", let phrase = phrases.right(from: cue.upperBound + 1, limit: e) else { return nil }
            asker = phrase
        }
        var start = asker?.upperBound ?? skipAfterCue(cue.upperBound, cue: cue, sentenceEnd: e)
        if start < e && (tokens[start].isPunct(0x3A) || tokens[start].isPunct(0x2C)) { start += 1 }
        if clauseOpening || asker != nil {
            // `Asked on Monday whether …`: a short adverbial before the question word.
            var k = start
            while k < e, k < start + 6, tokens[k].isWord, !Self.questionWords.contains(tokens[k].lower) { k += 1 }
            if k < e, tokens[k].isWord, Self.questionWords.contains(tokens[k].lower) { start = k }
        }
        guard start < e, tokens[start].isWord, !Self.nonContentStarts.contains(tokens[start].lower) else { return nil }
        // Only clauses and infinitives: `to pass`, `that …`, `whether …`.
        guard Self.passiveContentOpeners.contains(tokens[start].lower),
              asker != nil || clauseOpening || !Self.relativeOpeners.contains(tokens[start].lower) else { return nil }
        var end = clauseEnd(from: start, sentenceEnd: e)
        if clauseOpening || asker != nil, let comma = (start..<end).first(where: { tokens[$0].isPunct(0x2C) && !text.inQuotation($0) }) {
            // The participle clause ends at its comma; the main clause is attributed on its own.
            end = comma
        }
        guard end > start, wordCount(start..<end) >= 2 else { return nil }
        let kind: QuoteKind = containsQuotation(start..<end) ? .mixed : .indirect
        if kind == .mixed { markQuotations(in: start..<end) }
        return Attribution(parts: [start..<end], kind: kind, cue: cue, speaker: asker)
    }

}
