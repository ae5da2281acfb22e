import PipelineKit

/// Quotations that no cue claimed, multi-paragraph chains, split turns and titles.
extension AttributionFinder {
    // MARK: - Leftover quotations

    /// Quotations no cue claimed: `“…” — Name`, and whole-sentence quotes continuing the
    /// previous speaker's turn in the same paragraph.
    mutating func attachLeftoverQuotations() {
        let tokens = text.tokens
        for (q, quotation) in text.quotations.enumerated() where !usedQuotation[q] && quotation.previous == nil {
            if isTitleLike(q) { continue }
            guard let close = lastOfChain(q).close else { continue }
            // `“…” — Name` at the end of a paragraph.
            let k = close + 1
            if k < tokens.count, tokens[k].kind == .dash, let name = phrases.right(from: k + 1, limit: tokens.count),
               name.contains(where: { tokens[$0].capitalized }),
               name.upperBound >= tokens.count || tokens[name.upperBound].kind == .lineBreak
                || (tokens[name.upperBound].kind == .punct && tokens[name.upperBound].mark != 0x2E && tokens[name.upperBound].mark != 0x2C) {
                let parts = chainForward(q)
                markUsed(q)
                results.append(Attribution(parts: parts, kind: .direct, cue: k..<(k + 1), speaker: name))
                continue
            }
            // A colon introduction without a speech verb: `Rep. Jane Doe (D-Ohio): “…”`,
            // `The board was clear in its findings: “…”`.
            var colon = quotation.open - 1
            if colon >= 0, tokens[colon].kind == .lineBreak { colon -= 1 }
            if colon > 0, tokens[colon].isPunct(0x3A) {
                let sentence = text.sentences[Int(text.sentenceOf[colon])]
                if let subject = sentenceSubject(sentence, before: colon, requireName: false), subject.upperBound <= colon {
                    let parts = chainForward(q)
                    markUsed(q)
                    results.append(Attribution(parts: parts, kind: .direct, cue: colon..<(colon + 1), speaker: subject))
                    continue
                }
            }
            guard options.carryTurns else { continue }
            // A whole-sentence quote right after an attribution with a speaker, same or previous paragraph.
            let open = quotation.open
            let sentence = text.sentences[Int(text.sentenceOf[open])]
            guard open == sentence.lowerBound else { continue }
            guard let lastBefore = results.last(where: { $0.first < open }), let sp = lastBefore.speaker else { continue }
            let paragraphGap = text.paragraphOf[open] - text.paragraphOf[lastBefore.parts.last!.upperBound - 1]
            guard paragraphGap <= 1, lastBefore.kind != .indirect else { continue }
            // Nothing attributed between.
            guard !sentenceHasCue(sentence) else { continue }
            let parts = chainForward(q)
            markUsed(q)
            results.append(Attribution(parts: parts, kind: .direct, cue: lastBefore.cue, speaker: sp))
        }
    }


    // MARK: - Quotation chains and turns

    func firstOfChain(_ q: Int) -> Int {
        var k = q
        while let p = text.quotations[k].previous { k = p }
        return k
    }

    func lastOfChain(_ q: Int) -> Quotation {
        var k = q
        while let n = text.quotations[k].next { k = n }
        return text.quotations[k]
    }

    func chainBackward(_ q: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var k: Int? = firstOfChain(q)
        while let i = k { pieces.append(text.quotations[i].content); if i == q { break }; k = text.quotations[i].next }
        return pieces
    }

    func chainForward(_ q: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var k: Int? = q
        while let i = k { pieces.append(text.quotations[i].content); k = text.quotations[i].next }
        return pieces
    }

    /// Quotations making up whole sentences right after `sentence` in the same paragraph, with no
    /// cue of their own: the rest of the same speaker's turn (`“A,” she said. “B.”`).
    mutating func followingPureQuotes(after sentence: Range<Int>) -> [Range<Int>] {
        guard options.joinTurns else { return [] }
        var parts: [Range<Int>] = []
        var index = Int(text.sentenceOf[max(sentence.upperBound - 1, 0)]) + 1
        let paragraph = text.paragraphOf[max(sentence.upperBound - 1, 0)]
        while index < text.sentences.count {
            let next = text.sentences[index]
            guard !next.isEmpty, text.paragraphOf[next.lowerBound] == paragraph else { break }
            guard text.tokens[next.lowerBound].kind == .openQuote, text.quotationOf[next.lowerBound] >= 0 else { break }
            let q = Int(text.quotationOf[next.lowerBound])
            guard !usedQuotation[q], !sentenceHasCue(next), !isTitleLike(q) else { break }
            parts += chainForward(q)
            markUsed(q)
            index = Int(text.sentenceOf[max(lastOfChain(q).content.upperBound - 1, next.lowerBound)]) + 1
        }
        return parts
    }

    /// Lower-case words a title may hold (`Meet the Press`, `Game of Thrones`).
    static let titleSmallWords: Set<String> = ["of", "the", "a", "an", "and", "in", "on", "to", "for", "with", "at", "or"]

    /// A short quotation of capitalised words without final punctuation: a title or a name
    /// (“Saturday Night Live”), not speech.
    func isTitleLike(_ q: Int) -> Bool {
        let content = text.quotations[q].content
        var words = 0
        var capitalized = 0
        for i in content {
            let t = text.tokens[i]
            if t.isWord {
                words += 1
                if t.capitalized || Self.titleSmallWords.contains(t.lower) { capitalized += 1 }
            } else if t.kind == .punct && (t.mark == 0x2C || t.mark == 0x2E || t.mark == 0x3F || t.mark == 0x21) {
                return false
            }
        }
        return words > 0 && words <= 8 && capitalized == words && text.quotations[q].close != nil
    }
}
