import PipelineKit

/// The cue table: which tokens start a cue, and how long the cue is.
extension AttributionFinder {
    // MARK: - Cues

    /// The cue starting at token `i`, from the table computed once per document.
    func isCueToken(_ i: Int, in sentence: Range<Int>) -> Range<Int>? {
        let length = Int(cueLength[i])
        guard length > 0 else { return nil }
        return i..<min(i + length, sentence.upperBound)
    }

    /// The length in tokens (0, 1 or 2) of the cue starting at each token.
    static func cueLengths(_ text: ScannedText, lexicon: CueLexicon, options: AttributionOptions) -> [UInt8] {
        var lengths = [UInt8](repeating: 0, count: text.tokens.count)
        for i in text.tokens.indices where text.tokens[i].isWord {
            let sentence = text.sentences[Int(text.sentenceOf[i])]
            if let cue = computeCue(i, in: sentence, text: text, lexicon: lexicon, options: options) {
                lengths[i] = UInt8(cue.count)
            }
        }
        return lengths
    }

    /// `party leaders see him as an asset`: `see`/`view` are cues when an `as` follows the object.
    static func seeAs(_ i: Int, in sentence: Range<Int>, text: ScannedText) -> Bool {
        guard seeForms.contains(text.tokens[i].lower) else { return false }
        var k = i + 1
        while k < sentence.upperBound, k <= i + 8, text.tokens[k].isWord, !text.inQuotation(k) {
            if text.tokens[k].lower == "as" { return k > i + 1 }
            k += 1
        }
        return false
    }

    /// Forms of `see` and `view` that are cues before `as` (`see him as`).
    static let seeForms: Set<String> = ["see", "view", "viewed", "views"]
    /// Verbs that are cues before `back` (`shot back`).
    static let backVerbs: Set<String> = ["shot", "fired", "hit", "pushed", "struck"]

    /// `officials learned that …`: verbs of finding out are cues only before `that`.
    static func learnedThat(_ i: Int, in sentence: Range<Int>, text: ScannedText) -> Bool {
        guard learningForms.contains(text.tokens[i].lower), i + 1 < sentence.upperBound else { return false }
        return text.tokens[i + 1].lower == "that"
    }

    static let learningForms: Set<String> = ["learned", "learnt", "learns", "discovered", "discovers", "realized",
                                             "realised", "recognized", "recognised", "recognizes"]

    static func computeCue(
        _ i: Int, in sentence: Range<Int>, text: ScannedText, lexicon: CueLexicon, options: AttributionOptions
    ) -> Range<Int>? {
        let t = text.tokens[i]
        guard t.isWord, !text.inQuotation(i) else { return nil }
        // One hash lookup rejects the ordinary words.
        guard lexicon.candidates.contains(t.lower) else { return nil }
        if t.lower == "according", i + 1 < sentence.upperBound, text.tokens[i + 1].lower == "to" { return i..<(i + 2) }
        // `shot back`, `fired back`, `hit back`.
        let backCue = i + 1 < sentence.upperBound && text.tokens[i + 1].lower == "back"
            && backVerbs.contains(t.lower)
        if !lexicon.isCue(t.lower), let prepositions = lexicon.prepositional[t.lower], i + 1 < sentence.upperBound,
           prepositions.contains(text.tokens[i + 1].lower) {
            return i..<(i + 2)
        }
        var aux = i - 1
        while aux > sentence.lowerBound, passiveAdverbs.contains(text.tokens[aux].lower) { aux -= 1 }
        let passive = options.passives && passiveCues.contains(t.lower) && aux >= sentence.lowerBound
            && WordLists.passiveAuxiliaries.contains(text.tokens[aux].lower)
        guard lexicon.isCue(t.lower) || backCue || passive || lexicon.quoteOnlyForms.contains(t.lower)
                || seeAs(i, in: sentence, text: text) || learnedThat(i, in: sentence, text: text) else { return nil }
        // Phrasal cues: `pointed out`, `called for`, `spoke of`.
        if i + 1 < sentence.upperBound, text.tokens[i + 1].isWord {
            let n = text.tokens[i + 1].lower
            if n == "out" || (n == "for" && t.lower.hasPrefix("call")) || n == "up" && t.lower.hasPrefix("spoke")
                || (n == "to" && (t.lower.hasPrefix("refer") || t.lower.hasPrefix("allud"))) || n == "back" { return i..<(i + 2) }
        }
        return i..<(i + 1)
    }

}
