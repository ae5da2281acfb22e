/// Splits UTF-8 text into ``Token``s in one pass over the bytes.
///
/// Knows the quotation marks of news text: curly “ ”, straight `"` (direction from the
/// surrounding spaces), the `''` pair the New York Times prints and ``` `` ```. Apostrophes inside
/// words (`don't`, `Trump’s`) stay inside the word; other single quotes are not quote marks.
enum Tokenizer {
    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4)
        // One scratch buffer for lower-casing every word (no allocation per word).
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        let n = bytes.count
        var i = 0

        @inline(__always) func isSpace(_ at: Int) -> Bool {
            if at < 0 || at >= n { return true }
            let b = bytes[at]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { return true }
            if b == 0xA0 && at > 0 && bytes[at - 1] == 0xC2 { return true }
            if b == 0xC2 && at + 1 < n && bytes[at + 1] == 0xA0 { return true }
            return false
        }
        @inline(__always) func isLetterOrDigit(_ at: Int) -> Bool {
            guard at >= 0 && at < n else { return false }
            let b = bytes[at]
            if b >= 0x80 { return !isPunctuationSequence(at) && !(b == 0xC2 && at + 1 < n && bytes[at + 1] == 0xA0) }
            return (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
        }
        /// Whether a general-punctuation sequence (E2 80 xx) starts at `at`.
        func isPunctuationSequence(_ at: Int) -> Bool {
            var s = at
            while s > 0 && bytes[s] & 0xC0 == 0x80 { s -= 1 }
            return bytes[s] == 0xE2 && s + 2 < n && bytes[s + 1] == 0x80
        }
        /// Opening when nothing or a space, bracket or dash precedes, else closing.
        func quoteKind(before: Int, after: Int) -> TokenKind {
            if before < 0 { return .openQuote }
            let b = bytes[before]
            if isSpace(before) || b == 0x28 || b == 0x5B || b == 0x2D || b == 0x2F { return .openQuote }
            if b == 0x94 || b == 0x93 { if before >= 2 && bytes[before - 2] == 0xE2 { return .openQuote } }
            if b == 0x3A, !isSpace(after) { return .openQuote }
            return .closeQuote
        }

        while i < n {
            let b = bytes[i]
            switch b {
            case 0x20, 0x09, 0x0D:
                i += 1
            case 0x0A:
                if tokens.last?.kind != .lineBreak { tokens.append(Token(start: i, end: i + 1, kind: .lineBreak)) }
                i += 1
            case 0x22:
                tokens.append(Token(start: i, end: i + 1, kind: quoteKind(before: i - 1, after: i + 1)))
                i += 1
            case 0x27:
                if i + 1 < n && bytes[i + 1] == 0x27 {
                    tokens.append(Token(start: i, end: i + 2, kind: quoteKind(before: i - 1, after: i + 2)))
                    i += 2
                } else {
                    i += 1  // a lone apostrophe or single quote: not a quotation mark
                }
            case 0x60:
                if i + 1 < n && bytes[i + 1] == 0x60 {
                    tokens.append(Token(start: i, end: i + 2, kind: .openQuote))
                    i += 2
                } else {
                    i += 1
                }
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29:
                tokens.append(Token(start: i, end: i + 1, kind: .punct, mark: b))
                i += 1
            case 0x2D:
                var j = i
                while j < n && bytes[j] == 0x2D { j += 1 }
                if j - i >= 2 || isSpace(i - 1) || isSpace(j) {
                    tokens.append(Token(start: i, end: j, kind: .dash))
                }
                i = j
            case 0xC2 where i + 1 < n && bytes[i + 1] == 0xA0:
                i += 2
            case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80:
                let c = bytes[i + 2]
                switch c {
                case 0x9C, 0x9D:
                    // Trust the glyph unless the spacing contradicts it (`not,“ he said` closes).
                    let spaceBefore = isSpace(i - 1)
                    let spaceAfter = isSpace(i + 3) || (i + 3 < n && (bytes[i + 3] == 0x2E || bytes[i + 3] == 0x2C))
                    var kind: TokenKind = c == 0x9C ? .openQuote : .closeQuote
                    if c == 0x9C && !spaceBefore && spaceAfter && i > 0 && bytes[i - 1] != 0x28 { kind = .closeQuote }
                    if c == 0x9D && spaceBefore && !spaceAfter { kind = .openQuote }
                    tokens.append(Token(start: i, end: i + 3, kind: kind))
                case 0x94, 0x93: tokens.append(Token(start: i, end: i + 3, kind: .dash))
                case 0xA6: tokens.append(Token(start: i, end: i + 3, kind: .punct, mark: 0x2E))
                default: break  // ‘ ’ outside words, other general punctuation: skipped
                }
                i += 3
            default:
                if isLetterOrDigit(i) {
                    i = scanWord(from: i, bytes: bytes, into: &tokens, scratch: &scratch, isLetterOrDigit: isLetterOrDigit)
                } else {
                    if b < 0x80 { tokens.append(Token(start: i, end: i + 1, kind: .punct, mark: 0x2A)) }
                    i += 1
                    while i < n && bytes[i] & 0xC0 == 0x80 { i += 1 }
                }
            }
        }
        return tokens
    }

    private static func scanWord(
        from start: Int, bytes: [UInt8], into tokens: inout [Token], scratch lower: inout [UInt8],
        isLetterOrDigit: (Int) -> Bool
    ) -> Int {
        let n = bytes.count
        var j = start
        lower.removeAll(keepingCapacity: true)
        while j < n {
            let b = bytes[j]
            if b < 0x80 {
                if (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) {
                    lower.append(b); j += 1; continue
                }
                if b >= 0x41 && b <= 0x5A { lower.append(b | 0x20); j += 1; continue }
                // Word-internal apostrophe, hyphen, ampersand; abbreviation and number periods/commas.
                if (b == 0x27 || b == 0x2D || b == 0x26) && isLetterOrDigit(j + 1) && j > start {
                    lower.append(b); j += 1; continue
                }
                if b == 0x2E && isLetterOrDigit(j + 1) && j + 2 <= n
                    && (j + 2 == n || bytes[j + 2] == 0x2E || !isLetterOrDigit(j + 2) || isDigit(bytes[j - 1]))
                {
                    lower.append(b); j += 1; continue
                }
                if b == 0x2C && isDigit(bytes[j - 1]) && j + 1 < n && isDigit(bytes[j + 1]) {
                    lower.append(b); j += 1; continue
                }
                break
            }
            if b == 0xE2 && j + 2 < n && bytes[j + 1] == 0x80 {
                // ’ inside a word is an apostrophe (Trump’s, don’t).
                if bytes[j + 2] == 0x99 && j > start && isLetterOrDigit(j + 3) {
                    lower.append(0x27); j += 3; continue
                }
                break
            }
            if b == 0xC2 && j + 1 < n && bytes[j + 1] == 0xA0 { break }
            lower.append(b); j += 1
        }
        let first = bytes[start]
        let capitalized = (first >= 0x41 && first <= 0x5A)
            || (first == 0xC3 && start + 1 < n && bytes[start + 1] >= 0x80 && bytes[start + 1] <= 0x9E)
        tokens.append(Token(start: start, end: j, kind: .word, capitalized: capitalized,
                            lower: String(decoding: lower, as: UTF8.self)))
        return j
    }

    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
