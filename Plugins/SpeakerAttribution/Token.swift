/// What a token of the attribution scanner is.
enum TokenKind: UInt8 {
    /// Letters, digits and word-internal apostrophes, hyphens and abbreviation periods.
    case word
    /// A double quotation mark that opens a quote (“, or a straight/`''`/``` `` ``` mark read as opening).
    case openQuote
    /// A double quotation mark that closes a quote.
    case closeQuote
    /// Punctuation: `.`, `,`, `;`, `:`, `!`, `?`, `(`, `)`, `…` (stored as `.`), others as `*`.
    case punct
    /// A dash standing between words (`—`, `–`, ` - `, `--`).
    case dash
    /// A line break: paragraphs never share a sentence.
    case lineBreak
}

/// One token: a byte range of the UTF-8 text plus what the rules need to know about it.
struct Token {
    /// UTF-8 byte offset of the first byte.
    var start: Int
    /// UTF-8 byte offset one past the last byte.
    var end: Int
    var kind: TokenKind
    /// For punctuation, the ASCII character (`.`, `,`, ...); 0 otherwise.
    var mark: UInt8 = 0
    /// Whether the word starts with an upper-case letter.
    var capitalized = false
    /// The word in lower case with `’` written as `'`; empty for non-words.
    var lower = ""

    /// Whether the word starts with a number (`10`, `½`, `٣`): what `lower.first?.isNumber` says,
    /// read from the first byte or scalar instead of a `Character` (a character is numeric when its
    /// first scalar is).
    var startsWithNumber: Bool {
        guard let first = lower.utf8.first else { return false }
        if first < 0x80 { return first >= 0x30 && first <= 0x39 }
        return lower.unicodeScalars.first?.properties.numericType != nil
    }

    func isPunct(_ c: UInt8) -> Bool { kind == .punct && mark == c }
    var isWord: Bool { kind == .word }
    var isQuote: Bool { kind == .openQuote || kind == .closeQuote }
}
