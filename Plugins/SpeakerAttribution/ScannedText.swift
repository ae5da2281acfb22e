import PipelineKit

/// A document's text as the attribution rules see it: bytes, tokens, sentences and quotations.
///
/// Sentence boundaries come from the document's `sentences` layer, refined by a quote-aware
/// boundary test of our own so that coarse sentence spans (or none) still work.
struct ScannedText {
    let bytes: [UInt8]
    let tokens: [Token]
    /// Code point offset of every byte offset (and of the end).
    let codePoints: [Int32]
    /// Index of the sentence each token belongs to.
    let sentenceOf: [Int32]
    /// Token ranges of the sentences, in order.
    let sentences: [Range<Int>]
    /// Index of the paragraph each token belongs to (line breaks separate paragraphs).
    let paragraphOf: [Int32]
    /// Quotations found by pairing quote marks.
    let quotations: [Quotation]
    /// For each token, the index of the quotation whose marks enclose it, or -1.
    let quotationOf: [Int32]

    init(text: String, sentenceSpans: [Span]?) {
        let bytes = Array(text.utf8)
        self.bytes = bytes
        let tokens = Tokenizer.tokenize(bytes)
        self.tokens = tokens
        var codePoints = [Int32](repeating: 0, count: bytes.count + 1)
        var scalar: Int32 = 0
        for (offset, byte) in bytes.enumerated() {
            if byte & 0xC0 != 0x80 { scalar += 1 }
            codePoints[offset] = scalar - 1
        }
        codePoints[bytes.count] = scalar
        self.codePoints = codePoints

        var paragraphOf = [Int32](repeating: 0, count: tokens.count)
        var paragraph: Int32 = 0
        for (index, token) in tokens.enumerated() {
            if token.kind == .lineBreak { paragraph += 1 }
            paragraphOf[index] = paragraph
        }
        self.paragraphOf = paragraphOf

        let (quotations, quotationOf) = QuotationPairer.pair(tokens, paragraphOf: paragraphOf)
        self.quotations = quotations
        self.quotationOf = quotationOf

        let starts = SentenceBoundaries.starts(tokens: tokens, quotationOf: quotationOf, quotations: quotations,
                                               given: sentenceSpans, codePoints: codePoints)
        var sentences: [Range<Int>] = []
        var sentenceOf = [Int32](repeating: 0, count: tokens.count)
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : tokens.count
            var s = start
            var e = end
            while s < e && tokens[s].kind == .lineBreak { s += 1 }
            while e > s && tokens[e - 1].kind == .lineBreak { e -= 1 }
            for t in start..<end { sentenceOf[t] = Int32(sentences.count) }
            sentences.append(s..<e)
        }
        self.sentences = sentences
        self.sentenceOf = sentenceOf
    }

    /// The code point span of a byte range.
    func span(bytes from: Int, _ to: Int) -> Span {
        Span(start: Int(codePoints[from]), end: Int(codePoints[to]))
    }

    /// The code point span covering tokens `range` (non-empty).
    func span(tokens range: Range<Int>) -> Span {
        span(bytes: tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    /// The original text of a token range.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(decoding: bytes[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end], as: UTF8.self)
    }

    /// The original text of one token.
    func text(_ index: Int) -> String {
        String(decoding: bytes[tokens[index].start..<tokens[index].end], as: UTF8.self)
    }

    func inQuotation(_ index: Int) -> Bool { quotationOf[index] >= 0 }
}
