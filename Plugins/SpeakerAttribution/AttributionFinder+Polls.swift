import PipelineKit

/// Polls as sources: `In the latest Gallup poll, Clinton leads …` / `… 49% to 41%, in the survey`.
extension AttributionFinder {
    /// Head nouns of a poll phrase.
    static let pollNouns: Set<String> = ["poll", "polls", "survey", "surveys", "polling"]
    /// Words that may open the poll phrase after `in`.
    static let pollOpeners: Set<String> = ["a", "an", "the", "this", "that", "its", "their", "his", "her", "our",
                                           "another", "one", "two", "several", "recent", "new", "latest", "most"]

    /// The attribution whose source is the poll phrase after `in` at token `i`, or nil.
    mutating func pollAttribution(at i: Int, sentence: Range<Int>) -> Attribution? {
        let tokens = text.tokens
        let s = sentence.lowerBound
        let e = sentence.upperBound
        guard tokens[i].isWord, tokens[i].lower == "in", !text.inQuotation(i), i + 2 < e, tokens[i + 1].isWord,
              Self.pollOpeners.contains(tokens[i + 1].lower) else { return nil }
        // The poll noun within the next nine words, with no punctuation but name-internal marks between.
        var h = i + 1
        var head = -1
        while h < e, h < i + 11 {
            let t = tokens[h]
            if t.isWord {
                if text.inQuotation(h) { return nil }
                if Self.pollNouns.contains(t.lower) { head = h }
                else if head >= 0 { break }
                else if WordLists.phraseStop.contains(t.lower) && h > i + 1 { return nil }
            } else if !(t.isPunct(0x2E) || t.kind == .punct && t.mark == 0x2A) {
                break
            }
            h += 1
        }
        guard head >= 0 else { return nil }
        let source = (i + 1)..<(head + 1)
        let openerStart = s + leadingConjunctions(from: s, limit: i)
        var parts: Range<Int>
        if i == openerStart {
            // `In the new poll, conducted in May, Clinton leads …`: the content follows the phrase.
            var start = head + 1
            var k = start
            while k < e, k < start + 12, !(tokens[k].isPunct(0x2C) && !text.inQuotation(k)) { k += 1 }
            guard k < e, tokens[k].isPunct(0x2C) else { return nil }
            start = k + 1
            if start < e, tokens[start].isWord, tokens[start].lower == "conducted" || tokens[start].lower == "released" {
                var m = start
                while m < e, m < start + 10, !tokens[m].isPunct(0x2C) { m += 1 }
                guard m < e else { return nil }
                start = m + 1
            }
            let end = clauseEnd(from: start, sentenceEnd: e)
            guard end > start else { return nil }
            parts = start..<end
        } else {
            var end = i
            while end > openerStart, tokens[end - 1].kind == .punct || tokens[end - 1].kind == .dash { end -= 1 }
            guard end > openerStart else { return nil }
            parts = openerStart..<end
        }
        guard wordCount(parts) >= 3, !parts.contains(where: { cueLength[$0] > 0 }) else { return nil }
        let kind: QuoteKind = containsQuotation(parts) ? .mixed : .indirect
        if kind == .mixed { markQuotations(in: parts) }
        return Attribution(parts: [parts], kind: kind, cue: i..<(i + 1), speaker: source)
    }

    /// Conjunctions and adverbs that may open a sentence before a poll phrase.
    static let pollLeadingConjunctions: Set<String> = ["and", "but", "so", "yet", "still", "meanwhile", "also", "now"]

    /// How many leading conjunctions and adverbs (`And`, `But`, `Meanwhile,`) open a sentence,
    /// each optionally followed by a comma.
    func leadingConjunctions(from s: Int, limit: Int, words: Set<String> = pollLeadingConjunctions) -> Int {
        var k = s
        while k < limit, text.tokens[k].isWord, words.contains(text.tokens[k].lower) {
            k += 1
            if k < limit, text.tokens[k].isPunct(0x2C) { k += 1 }
        }
        return k - s
    }
}
