import PipelineKit

/// Where reported content starts and ends around a cue.
extension AttributionFinder {
    /// Skips what stands between a cue and its content: `told reporters`, `in a statement`,
    /// `on Tuesday`, up to a following `that`.
    func skipAfterCue(_ from: Int, cue: Range<Int>, sentenceEnd e: Int) -> Int {
        let tokens = text.tokens
        let k = from
        guard k < e else { return k }
        let cueWord = tokens[cue.lowerBound].lower
        // Look for a `that` within the next few tokens when the gap is an addressee or adverbial.
        var j = k
        var sawPunct = false
        while j < e && j < k + 10 {
            let t = tokens[j]
            if t.isWord && t.lower == "that" && !text.inQuotation(j) {
                let gap = k..<j
                if gap.isEmpty { return k }
                let g0 = tokens[k].lower
                let prepositional = Self.gapOpeners.contains(g0)
                if !sawPunct || prepositional || lexicon.addresseeForms.contains(cueWord) || tokens[k].isPunct(0x2C) {
                    if prepositional || lexicon.addresseeForms.contains(cueWord) || tokens[k].isPunct(0x2C) { return j }
                }
                break
            }
            if t.kind == .punct && t.mark != 0x2E { sawPunct = true }
            if t.isQuote || t.kind == .lineBreak { break }
            j += 1
        }
        if lexicon.addresseeForms.contains(cueWord), k < e, tokens[k].isWord {
            // `told reporters the …`: skip one object phrase (pronoun or up to 4 words of a name/noun).
            if Self.objectPronouns.contains(tokens[k].lower) { return k + 1 }
            if tokens[k].capitalized || Self.addresseeOpeners.contains(tokens[k].lower) {
                var m = k
                while m < e && m < k + 5 && tokens[m].isWord && (tokens[m].capitalized || WordLists.determiners.contains(tokens[m].lower) || tokens[m].lower.hasSuffix("s") || tokens[m].lower == "of") && !Self.demonstratives.contains(tokens[m].lower) { m += 1 }
                if m < e && (tokens[m].isPunct(0x2E) && m > k && SentenceBoundaries.isAbbreviation(tokens, before: m)) { m += 1 }
                return m
            }
        }
        return k
    }

    /// Whether the words from `k` up to the next comma or the sentence end are a short
    /// adverbial of time or place (`Tuesday in Paris`, `in an interview`).
    func isAdverbialTail(_ k: Int, _ e: Int) -> Bool {
        guard k < e, text.tokens[k].isWord, !text.inQuotation(k) else { return false }
        let first = text.tokens[k].lower
        guard Self.adverbialStarts.contains(first) || Self.nonContentStarts.contains(first) else { return false }
        var i = k
        while i < e && text.tokens[i].isWord && !text.inQuotation(i) { i += 1 }
        guard i - k <= 5 else { return false }
        return i >= e || text.tokens[i].isPunct(0x2C) || isSentenceFinal(i, e)
    }

    /// Whether tokens from `k` to the sentence end hold nothing but final punctuation.
    func isSentenceFinal(_ k: Int, _ e: Int) -> Bool {
        var i = k
        while i < e {
            let t = text.tokens[i]
            if t.kind == .punct && (t.mark == 0x2E || t.mark == 0x21 || t.mark == 0x3F) { i += 1; continue }
            if t.kind == .closeQuote || t.isPunct(0x29) { i += 1; continue }
            return false
        }
        return true
    }

    /// After `A, she said,` whether what follows continues the content (a lower-case clause)
    /// rather than a participle or adverbial.
    func isContentStartAfterComma(_ k: Int, _ e: Int) -> Bool {
        guard k < e else { return false }
        let t = text.tokens[k]
        if t.kind == .openQuote { return true }
        guard t.isWord else { return false }
        if t.capitalized || t.lower.hasSuffix("ing") || t.lower == "according" { return false }
        if Self.nonContentStarts.contains(t.lower) || WordLists.timeWords.contains(t.lower) { return false }
        if Self.nonContinuations.contains(t.lower) { return false }
        return true
    }

    /// Where reported content starting at `from` ends: the sentence end without its final
    /// punctuation, or before `, adding …` / `, according to …`.
    func clauseEnd(from: Int, sentenceEnd e: Int) -> Int {
        let tokens = text.tokens
        var k = from
        while k < e {
            if tokens[k].kind == .closeQuote, k > from, tokens[k - 1].isPunct(0x2C), k + 1 < e, tokens[k + 1].isWord,
               tokens[k + 1].lower.hasSuffix("ing") && lexicon.isCue(tokens[k + 1].lower) || tokens[k + 1].lower == "according" {
                // `…“local control,” saying …`: the clause ends with the quotation.
                return k + 1
            }
            if tokens[k].isPunct(0x2C) && !text.inQuotation(k) && k + 1 < e {
                let n = tokens[k + 1]
                if n.isWord && !text.inQuotation(k + 1) && (n.lower == "according" || (n.lower.hasSuffix("ing") && lexicon.isCue(n.lower))) { break }
            }
            if k > from, startsCuedClause(k, e) { break }
            k += 1
        }
        var end = k
        while end > from {
            let t = tokens[end - 1]
            if text.inQuotation(end - 1) { break }
            if t.kind == .punct || t.kind == .dash || t.kind == .lineBreak { end -= 1; continue }
            break
        }
        return end
    }

    /// Whether a new clause with its own speaker and cue starts at `k`: `…, but she said …`,
    /// `…; aides say …`. Reported content ends before it.
    func startsCuedClause(_ k: Int, _ e: Int) -> Bool {
        let tokens = text.tokens
        guard !text.inQuotation(k) else { return false }
        var j: Int
        if tokens[k].isPunct(0x3B) {
            j = k + 1
        } else if tokens[k].isPunct(0x2C), k + 1 < e, tokens[k + 1].isWord,
                  Self.clauseLinks.contains(tokens[k + 1].lower) {
            j = k + 2
        } else {
            return false
        }
        // A subject of at most four words, then the cue.
        let limit = min(e, j + 5)
        guard j < limit, tokens[j].isWord, !text.inQuotation(j) else { return false }
        var m = j + 1
        while m < limit {
            if cueLength[m] > 0 { return !tokens[m].lower.hasSuffix("ing") }
            guard tokens[m].isWord, !text.inQuotation(m) else { return false }
            m += 1
        }
        return false
    }

    /// Words that open the gap between a cue and a following `that` (`said on Tuesday that`,
    /// `told reporters that`).
    static let gapOpeners: Set<String> = ["in", "on", "at", "to", "during", "after", "before", "from", "with", "via",
                                          "last", "this", "earlier", "later", "yesterday", "today", "repeatedly",
                                          "again", "also", "privately", "publicly", "recently", "monday", "tuesday",
                                          "wednesday", "thursday", "friday", "saturday", "sunday", "over", "through",
                                          "under", "told"]
    /// Object pronouns skipped after an addressee cue (`told him`).
    static let objectPronouns: Set<String> = ["him", "her", "them", "me", "us", "you", "it"]
    /// Words that open an addressee phrase after an addressee cue (`told reporters`, `told the crowd`).
    static let addresseeOpeners: Set<String> = ["reporters", "the", "a", "an", "voters", "supporters", "his", "her",
                                                "their", "audience", "listeners", "viewers"]
    /// Demonstratives that end an addressee phrase (`told voters that …`).
    static let demonstratives: Set<String> = ["that", "this", "these", "those"]
    /// Words after `A, she said,` that do not continue the content.
    static let nonContinuations: Set<String> = ["but", "and", "who", "which", "though", "although", "because", "citing",
                                                "adding", "not"]

    /// Conjunctions that link a new clause after a comma.
    static let clauseLinks: Set<String> = ["but", "and", "while", "although", "though", "yet", "whereas", "or"]

    func hasWriterWords(_ range: Range<Int>) -> Bool {
        range.contains { text.tokens[$0].isWord && !text.inQuotation($0) }
    }

    func wordCount(_ range: Range<Int>) -> Int {
        var n = 0
        for i in range where text.tokens[i].isWord { n += 1 }
        return n
    }

    func containsQuotation(_ range: Range<Int>) -> Bool {
        range.contains { text.tokens[$0].isQuote && text.quotationOf[$0] >= 0 }
    }

    mutating func markQuotations(in range: Range<Int>) {
        for i in range where text.quotationOf[i] >= 0 { usedQuotation[Int(text.quotationOf[i])] = true }
    }

    mutating func markUsed(_ q: Int) {
        var k: Int? = firstOfChain(q)
        while let i = k { usedQuotation[i] = true; k = text.quotations[i].next }
    }

    mutating func markUsed(_ range: Range<Int>) {
        markQuotations(in: range)
        if let first = range.first, first > 0, text.quotationOf[first - 1] >= 0 { usedQuotation[Int(text.quotationOf[first - 1])] = true }
    }
}
