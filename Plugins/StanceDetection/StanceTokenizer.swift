/// One token of a stretch of text, as the stance model sees it.
struct StanceToken: Sendable {
    /// What kind of token this is.
    enum Kind: UInt8, Sendable {
        /// Letters, digits and inner apostrophes ("didn't", "U.S" pieces).
        case word
        /// A clause boundary: `,` `;` `:` `(` `)` dashes.
        case clauseBreak
        /// A sentence end: `.` `!` `?`.
        case sentenceEnd
        /// A quotation mark of any style.
        case quoteMark
        /// Any other symbol.
        case other
    }

    /// Code point offset of the first code point.
    var start: Int
    /// Code point offset one past the last code point.
    var end: Int
    /// Byte range in the UTF-8 text.
    var byteStart: Int
    var byteEnd: Int
    var kind: Kind
    /// FNV-1a hash of the lowercased token (curly apostrophes folded to `'`).
    var hash: UInt64
}

/// Splits UTF-8 text into word and punctuation tokens with code point offsets.
///
/// Works on bytes: ASCII letters and digits and every non-ASCII scalar that is not a known
/// punctuation mark form words; an apostrophe (`'` or `’`) between letters stays inside the word,
/// except a possessive `'s`, which becomes its own token.
enum StanceTokenizer {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3

    /// Tokens of `bytes[from..<to]`; `codePointStart` is the code point offset of byte `from`.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, codePointStart: Int) -> [StanceToken] {
        var result: [StanceToken] = []
        result.reserveCapacity((to - from) / 5 + 4)
        var i = from
        var cp = codePointStart
        while i < to {
            let b = bytes[i]
            let length = scalarLength(b)
            if isSpace(bytes, i, to) {
                i += length
                cp += 1
                continue
            }
            if let kind = punctuationKind(bytes, i, to) {
                result.append(StanceToken(start: cp, end: cp + 1, byteStart: i, byteEnd: i + length, kind: kind,
                                          hash: hashBytes(bytes, i, i + length)))
                i += length
                cp += 1
                continue
            }
            // A word: run until space or punctuation; keep inner apostrophes.
            let startByte = i
            let startCP = cp
            var hash = fnvOffset
            while i < to {
                let c = bytes[i]
                if isSpace(bytes, i, to) { break }
                let apostrophe = apostropheLength(bytes, i, to)
                if apostrophe > 0 {
                    // Inner apostrophe: letter before and after.
                    let next = i + apostrophe
                    guard i > startByte, next < to, isWordByte(bytes[next]) else { break }
                    // Possessive 's ends the word; it becomes its own token.
                    if (bytes[next] | 0x20) == UInt8(ascii: "s"), next + 1 >= to || !isWordByte(bytes[next + 1]) { break }
                    hash = (hash ^ UInt64(UInt8(ascii: "'"))) &* fnvPrime
                    i = next
                    cp += 1
                    continue
                }
                if punctuationKind(bytes, i, to) != nil { break }
                let len = scalarLength(c)
                for k in 0..<len {
                    var byte = bytes[i + k]
                    if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                    hash = (hash ^ UInt64(byte)) &* fnvPrime
                }
                i += len
                cp += 1
            }
            if i == startByte {
                // A lone apostrophe or possessive marker: "'s" or "'".
                let apostrophe = max(1, apostropheLength(bytes, i, to))
                var end = i + apostrophe
                var endCP = cp + 1
                var h = (fnvOffset ^ UInt64(UInt8(ascii: "'"))) &* fnvPrime
                if end < to, (bytes[end] | 0x20) == UInt8(ascii: "s") {
                    h = (h ^ UInt64(UInt8(ascii: "s"))) &* fnvPrime
                    end += 1
                    endCP += 1
                }
                result.append(StanceToken(start: cp, end: endCP, byteStart: i, byteEnd: end, kind: .word, hash: h))
                i = end
                cp = endCP
                continue
            }
            result.append(StanceToken(start: startCP, end: cp, byteStart: startByte, byteEnd: i, kind: .word, hash: hash))
        }
        return result
    }

    /// FNV-1a hash of a string's lowercased bytes, folded like token hashes.
    static func hash(_ word: String) -> UInt64 {
        var hash = fnvOffset
        for var byte in word.utf8 {
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            hash = (hash ^ UInt64(byte)) &* fnvPrime
        }
        return hash
    }

    static func hashBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
        var hash = fnvOffset
        for i in from..<to {
            var byte = bytes[i]
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            hash = (hash ^ UInt64(byte)) &* fnvPrime
        }
        return hash
    }

    @inline(__always)
    static func scalarLength(_ b: UInt8) -> Int {
        b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || b >= 0x80
    }

    /// Length of an apostrophe at `i` (`'` or `’`), or 0.
    @inline(__always)
    static func apostropheLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ to: Int) -> Int {
        if bytes[i] == UInt8(ascii: "'") { return 1 }
        if bytes[i] == 0xE2, i + 2 < to, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
        return 0
    }

    @inline(__always)
    static func isSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ to: Int) -> Bool {
        let b = bytes[i]
        if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { return true }
        if b == 0xC2, i + 1 < to, bytes[i + 1] == 0xA0 { return true }  // no-break space
        return false
    }

    /// The kind of a punctuation mark at `i`, or nil for a word character or apostrophe.
    static func punctuationKind(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ to: Int) -> StanceToken.Kind? {
        let b = bytes[i]
        if b < 0x80 {
            if isWordByte(b) || b == UInt8(ascii: "'") { return nil }
            switch b {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"):
                return .clauseBreak
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return .sentenceEnd
            case UInt8(ascii: "\""): return .quoteMark
            case UInt8(ascii: "-"):
                return .other
            default: return .other
            }
        }
        if b == 0xE2, i + 2 < to, bytes[i + 1] == 0x80 {
            switch bytes[i + 2] {
            case 0x9C, 0x9D, 0x98: return .quoteMark  // “ ” ‘
            case 0x93, 0x94: return .clauseBreak      // – —
            case 0xA6: return .sentenceEnd            // …
            case 0x99: return nil                     // ’ handled as apostrophe
            default: return .other
            }
        }
        if b == 0xC2, i + 1 < to, bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB { return .quoteMark }  // « »
        return nil
    }
}
