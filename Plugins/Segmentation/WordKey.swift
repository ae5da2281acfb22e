/// A short word packed into two integers for fast set lookups, case-folded for ASCII, Latin-1
/// and Cyrillic letters.
///
/// Words longer than 16 UTF-8 bytes have no key; no abbreviation or sentence starter is that long.
struct WordKey: Hashable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// The key of `text[from..<to]`, or nil when it is empty or longer than 16 bytes.
    init?(_ text: UTF8Text, from: Int, to: Int) {
        let length = to - from
        guard length > 0 && length <= 16 else { return nil }
        var k = 0
        while k < length {
            var byte = text[from + k]
            if byte >= 0x41 && byte <= 0x5A {
                byte |= 0x20
            } else if k + 1 < length, byte == 0xC3 || byte == 0xD0 {
                // Fold two-byte capitals: Latin-1 À–Þ, Cyrillic Ѐ–Я.
                var next = text[from + k + 1]
                if byte == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97 {
                    next += 0x20
                } else if byte == 0xD0 && next >= 0x90 && next <= 0x9F {
                    next += 0x20
                } else if byte == 0xD0 && next >= 0xA0 && next <= 0xAF {
                    byte = 0xD1; next -= 0x20
                } else if byte == 0xD0 && next >= 0x80 && next <= 0x8F {
                    byte = 0xD1; next += 0x10
                }
                put(byte, at: k)
                put(next, at: k + 1)
                k += 2
                continue
            }
            put(byte, at: k)
            k += 1
        }
    }

    private mutating func put(_ byte: UInt8, at k: Int) {
        if k < 8 { low |= UInt64(byte) << (8 * UInt64(k)) } else { high |= UInt64(byte) << (8 * UInt64(k - 8)) }
    }

    /// The key of a word given as a string (for building lexicons).
    init?(_ word: String) {
        var utf8 = Array(word.utf8)
        guard let key = utf8.withUnsafeMutableBufferPointer({ buffer in
            WordKey(UTF8Text(bytes: UnsafeBufferPointer(buffer)), from: 0, to: buffer.count)
        }) else { return nil }
        self = key
    }
}
