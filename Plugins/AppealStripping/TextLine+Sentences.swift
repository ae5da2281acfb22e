import PipelineKit

extension TextLine {
    /// How many straight double quotes (`"`) the line holds: an odd count before a sentence means it
    /// stands inside a quotation its paragraph opened.
    var straightQuoteCount: Int { lowered.reduce(0) { $0 + ($1 == 0x22 ? 1 : 0) } }

    /// Splits the line into rough sentences, each as a `TextLine` with its own code point span.
    ///
    /// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) followed by
    /// whitespace and a capital letter, digit or opening quote. Good enough to find an appeal
    /// glued to the end or the start of an article paragraph; abbreviations only cause extra
    /// splits, which the block logic tolerates.
    func sentences() -> [TextLine] {
        let scalars = Array(text.unicodeScalars)
        let utf8 = Array(text.utf8)
        // UTF-8 offset of each scalar, so a piece's text is decoded from bytes, not rebuilt from scalars.
        var byteOffset = [Int](repeating: 0, count: scalars.count + 1)
        for (k, scalar) in scalars.enumerated() { byteOffset[k + 1] = byteOffset[k] + UTF8.width(scalar) }
        var pieces: [TextLine] = []
        var start = 0
        var i = 0
        func emit(_ end: Int) {
            var from = start
            while from < end, scalars[from].properties.isWhitespace { from += 1 }
            guard from < end else { return }
            let piece = String(decoding: utf8[byteOffset[from]..<byteOffset[end]], as: UTF8.self)
            pieces.append(TextLine(
                span: Span(start: span.start + from, end: span.start + end), text: piece,
                lowered: TextNormalizer.normalized(piece), trimmedByteCount: piece.utf8.count))
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "." || c == "!" || c == "?" || c == "…" {
                var end = i + 1
                while end < scalars.count, Self.closers.contains(scalars[end]) || scalars[end] == "." { end += 1 }
                var next = end
                while next < scalars.count, scalars[next] == " " || scalars[next] == "\u{A0}" { next += 1 }
                if next > end ? next < scalars.count && Self.startsSentence(scalars[next])
                              : Self.isGluedSentenceStart(scalars, mark: i, next: end) {
                    emit(end)
                    start = end
                    i = next
                    continue
                }
            }
            i += 1
        }
        emit(scalars.count)
        return pieces
    }

    /// The line cut in two at code point `offset` (each part without surrounding spaces), or nil
    /// when either part would be empty.
    func split(at offset: Int) -> (TextLine, TextLine)? {
        let scalars = Array(text.unicodeScalars)
        guard offset > 0, offset < scalars.count,
              let head = piece(of: scalars, 0..<offset), let tail = piece(of: scalars, offset..<scalars.count)
        else { return nil }
        return (head, tail)
    }

    /// The part of this line at `range` of its `scalars`, white space trimmed from both ends, as
    /// a line of its own (span in the text's code points); nil when only white space is left.
    func piece(of scalars: [Unicode.Scalar], _ range: Range<Int>) -> TextLine? {
        guard let trimmed = Self.trimmed(range, of: scalars) else { return nil }
        let (from, to) = (trimmed.lowerBound, trimmed.upperBound)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[from..<to])
        let text = String(view)
        return TextLine(span: Span(start: span.start + from, end: span.start + to), text: text,
                        lowered: TextNormalizer.normalized(text), trimmedByteCount: text.utf8.count)
    }

    /// `range` of `scalars` without white space at either end; nil when nothing else is left.
    static func trimmed(_ range: Range<Int>, of scalars: [Unicode.Scalar]) -> Range<Int>? {
        var from = range.lowerBound
        var to = range.upperBound
        while from < to, scalars[from].properties.isWhitespace { from += 1 }
        while to > from, scalars[to - 1].properties.isWhitespace { to -= 1 }
        return from < to ? from..<to : nil
    }

    /// Whether a sentence starts right after the mark at `mark`, without a space: two paragraphs
    /// glued when a page lost its line break ("… changes everything.The morning …"): a lower-case
    /// letter before the mark, a capital and a lower-case letter after it ("U.S.Army", "z.B.Berlin"
    /// are no such place: a capital before the mark).
    private static func isGluedSentenceStart(_ scalars: [Unicode.Scalar], mark: Int, next: Int) -> Bool {
        guard mark > 0, next == mark + 1, next + 1 < scalars.count else { return false }
        return scalars[mark - 1].properties.isLowercase && scalars[next].properties.isUppercase
            && scalars[next + 1].properties.isLowercase
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", "»", ")", "]"]

    private static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase || scalar.properties.numericType != nil
            || "\"“„«‘'([".unicodeScalars.contains(scalar)
    }
}
