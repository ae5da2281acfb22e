/// A stretch of text between a pair of double quotation marks.
///
/// A quote left open at the end of a paragraph and reopened at the start of the next one is the
/// news convention for a quote running over several paragraphs: such pieces are chained with
/// ``next`` and ``previous``.
struct Quotation {
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark, or nil when the quote runs to the paragraph's end.
    var close: Int?
    /// Token range of the content (between the marks).
    var content: Range<Int>
    /// The next piece of a multi-paragraph quote.
    var next: Int?
    /// The previous piece of a multi-paragraph quote.
    var previous: Int?

    /// The token range including the marks.
    var tokenRange: Range<Int> { open..<((close ?? (content.upperBound - 1)) + 1) }
}

/// Pairs quotation-mark tokens into ``Quotation``s.
enum QuotationPairer {
    static func pair(_ tokens: [Token], paragraphOf: [Int32]) -> ([Quotation], [Int32]) {
        var quotations: [Quotation] = []
        var open: Int?
        var lastUnclosed: Int?  // quotation index left open at the previous paragraph end

        func closeOpen(at end: Int, mark: Int?) {
            guard let o = open else { return }
            var q = Quotation(open: o, close: mark, content: (o + 1)..<end)
            if !q.content.isEmpty, let u = lastUnclosed, quotations[u].close == nil, paragraphOf[o] == paragraphOf[quotations[u].open] + 1,
               o == firstTokenOfParagraph(o) {
                q.previous = u
                quotations[u].next = quotations.count
            }
            lastUnclosed = nil
            if !q.content.isEmpty { quotations.append(q) }
            if mark == nil, !q.content.isEmpty { lastUnclosed = quotations.count - 1 }
            open = nil
        }
        func firstTokenOfParagraph(_ index: Int) -> Int {
            var i = index
            while i > 0 && tokens[i - 1].kind != .lineBreak { i -= 1 }
            return i
        }

        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .lineBreak:
                if open != nil { closeOpen(at: index, mark: nil) } else if let u = lastUnclosed, paragraphOf[index] > paragraphOf[quotations[u].open] + 1 {
                    lastUnclosed = nil
                }
            case .openQuote:
                if open != nil {
                    // An opening mark while open: a straight mark read the wrong way closes; a curly one restarts.
                    if token.end - token.start == 1 || token.end - token.start == 2 {
                        closeOpen(at: index, mark: index)
                        continue
                    }
                    open = index
                } else {
                    open = index
                }
            case .closeQuote:
                if open != nil {
                    closeOpen(at: index, mark: index)
                } else if token.end - token.start <= 2, index + 1 < tokens.count, tokens[index + 1].isWord,
                          index > 0, !tokens[index - 1].isWord {
                    // A straight mark glued to punctuation before a word (`,"Yes`) opens.
                    open = index
                }
            default:
                break
            }
        }
        if open != nil { closeOpen(at: tokens.count, mark: nil) }
        // An unclosed piece without a continuation is kept only if it is a whole paragraph's tail
        // of reasonable length; chained pieces always stay.
        var quotationOf = [Int32](repeating: -1, count: tokens.count)
        for (k, q) in quotations.enumerated() {
            for t in q.content { quotationOf[t] = Int32(k) }
            quotationOf[q.open] = Int32(k)
            if let c = q.close { quotationOf[c] = Int32(k) }
        }
        return (quotations, quotationOf)
    }
}
