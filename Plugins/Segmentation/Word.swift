/// A run of non-white-space bytes with its code point offsets.
struct Word {
    /// Byte offsets of the word.
    var start: Int
    var end: Int
    /// Code point offsets of the word.
    var startCP: Int
    var endCP: Int

    /// No word (before the first word of a paragraph).
    static let none = Word(start: -1, end: -1, startCP: -1, endCP: -1)
    var exists: Bool { start >= 0 }
}
