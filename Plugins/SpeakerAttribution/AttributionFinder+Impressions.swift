import PipelineKit

/// Speakerless attributions of impressions and hearsay: `the race seemed to tighten`, `it appears
/// that …`, `the firm has reportedly paid`.
///
/// PolNeAR annotates the writer's hedged perceptions as attributions with no source; the content
/// is the whole clause, subject included, or what follows `that`.
extension AttributionFinder {
    /// Forms of the verbs of impression.
    static let impressionForms: Set<String> = ["seem", "seems", "seemed", "seeming", "appear", "appears", "appeared",
                                               "reportedly"]
    /// Words after `appear` that make it a verb of showing up (`appeared on CNN`), not of impression.
    static let appearanceWords: Set<String> = ["on", "at", "in", "before", "with", "onstage", "alongside", "together",
                                               "during", "for", "from", "outside", "inside", "as", "live", "again",
                                               "briefly", "only", "here", "there", "twice", "once", "later", "earlier"]

    /// The speakerless attribution of an impression verb at token `i`, or nil.
    mutating func impressionAttribution(at i: Int, sentence: Range<Int>) -> Attribution? {
        let tokens = text.tokens
        let s = sentence.lowerBound
        let e = sentence.upperBound
        guard tokens[i].isWord, Self.impressionForms.contains(tokens[i].lower), !text.inQuotation(i), i + 1 < e,
              tokens[i + 1].isWord else { return nil }
        if tokens[i].lower.hasPrefix("appear"), Self.appearanceWords.contains(tokens[i + 1].lower) { return nil }
        // `Mr. Cruz seemed to mock …`: a cue verb after `to` keeps the subject as its speaker.
        if tokens[i + 1].lower == "to", i + 2 < e, cueLength[i + 2] > 0, !tokens[i + 2].lower.hasSuffix("ing"),
           let subject = phrases.left(ofCue: i, sentenceStart: s) {
            let cueEnd = i + 2 + Int(cueLength[i + 2])
            let end = clauseEnd(from: min(cueEnd, e), sentenceEnd: e)
            guard cueEnd < end, wordCount(cueEnd..<end) >= 2 else { return nil }
            guard !containsQuotation(cueEnd..<end) else { return nil }
            return Attribution(parts: [cueEnd..<end], kind: .indirect, cue: i..<cueEnd, speaker: subject)
        }
        var start: Int
        if tokens[i + 1].lower == "that" {
            start = i + 1
        } else {
            // The clause opens after the last comma, semicolon, colon or dash before the verb.
            start = s
            var k = i - 1
            while k >= s {
                let t = tokens[k]
                if !text.inQuotation(k), t.isPunct(0x2C) || t.isPunct(0x3B) || t.isPunct(0x3A) || t.kind == .dash {
                    start = k + 1
                    break
                }
                k -= 1
            }
            while start < i, tokens[start].isWord, Self.clauseConjunctions.contains(tokens[start].lower) { start += 1 }
            guard start < i else { return nil }
        }
        let end = clauseEnd(from: i + 1, sentenceEnd: e)
        guard end > start, wordCount(start..<end) >= 3 else { return nil }
        let kind: QuoteKind = containsQuotation(start..<end) ? .mixed : .indirect
        if kind == .mixed { markQuotations(in: start..<end) }
        return Attribution(parts: [start..<end], kind: kind, cue: i..<(i + 1), speaker: nil)
    }

    /// Conjunctions that open a clause but are not part of its content.
    static let clauseConjunctions: Set<String> = ["and", "but", "or", "so", "yet", "though", "although", "while",
                                                  "because", "as", "since", "if", "when", "whereas", "still"]
}
