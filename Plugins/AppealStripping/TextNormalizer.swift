/// Lowercasing and whitespace/apostrophe normalisation shared by lines and phrases.
///
/// Works on UTF-8 bytes: ASCII, Latin-1 letters and Cyrillic are lowercased byte by byte; a
/// text holding any other character that may have a case (Latin Extended, Greek, fullwidth…)
/// goes through `String.lowercased()` first, so the result is always the same.
enum TextNormalizer {
    /// Lowercases `text`, turns no-break and other spaces, and emoji, shapes and other symbols
    /// ("🟠Подписывайтесь …", "✅ Join"), and a » used as a link's arrow ("» Read more", "Watch the
    /// film »"), into one ASCII space, curly apostrophes into `'`, and other quotation marks and
    /// doubled apostrophes or backticks (`''`, ``` `` ```) into `"`.
    static func normalized(_ text: String) -> [UInt8] {
        if let fast = text.utf8.withContiguousStorageIfAvailable({ normalize($0, mapsCase: true) }), let fast {
            return fast
        }
        let bytes = Array(text.utf8)
        if let fast = bytes.withUnsafeBufferPointer({ normalize($0, mapsCase: true) }) { return fast }
        let lowered = Array(text.lowercased().utf8)
        return lowered.withUnsafeBufferPointer { normalize($0, mapsCase: false) } ?? []
    }

    /// A line ending in a spaced » is a link's arrow when shorter than this (UTF-8 bytes before it) and
    /// without a quotation mark before it; longer, it may close a quotation opened on an earlier line.
    static let arrowLineBytes = 80

    /// Normalises bytes; with `mapsCase`, also lowercases them, or returns nil when a character
    /// outside the byte-level case tables occurs. The result is never longer than the input.
    static func normalize(_ bytes: UnsafeBufferPointer<UInt8>, mapsCase: Bool) -> [UInt8]? {
        var needsFallback = false
        let result = [UInt8](unsafeUninitializedCapacity: bytes.count) { out, initialized in
            var o = 0
            var i = 0
            let end = bytes.count
            var lastWasSpace = true
            while i < end {
                let b = bytes[i]
                if b < 0x80 {
                    if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A {
                        if !lastWasSpace { out[o] = 0x20; o += 1 }
                        lastWasSpace = true
                    } else if (b == 0x27 || b == 0x60) && i + 1 < end && bytes[i + 1] == b {
                        // '' and `` are quotation marks in some typeset and converted texts.
                        out[o] = 0x22
                        o += 1
                        lastWasSpace = false
                        i += 2
                        continue
                    } else {
                        out[o] = mapsCase && b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                        o += 1
                        lastWasSpace = false
                    }
                    i += 1
                    continue
                }
                let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                guard i + width <= end else { out[o] = b; o += 1; lastWasSpace = false; i += 1; continue }
                let b1 = bytes[i + 1]
                var isSpace = false
                var replacement: UInt8 = 0
                var lead = b
                var second = b1
                switch b {
                case 0xC2:
                    switch b1 {
                    case 0xA0: isSpace = true
                    case 0xAB: replacement = 0x22                         // «
                    case 0xBB:                                            // »
                        // An arrow, not a quotation mark: opening the line before a space ("» Read more"),
                        // or ending a short line with none before it ("Watch the film »").
                        if o == 0 && (i + 2 == end || bytes[i + 2] == 0x20) || lastWasSpace && o < arrowLineBytes
                            && bytes[(i + 2)...].allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })
                            && !holdsQuotationMark(bytes[..<i]) {
                            isSpace = true
                        } else {
                            replacement = 0x22
                        }
                    default: break
                    }
                case 0xC3:
                    if mapsCase && b1 >= 0x80 && b1 <= 0x9E && b1 != 0x97 { second = b1 + 0x20 }   // À-Þ → à-þ
                case 0xD0:
                    if mapsCase {
                        if b1 <= 0x8F { lead = 0xD1; second = b1 + 0x10 }          // Ѐ-Џ → ѐ-џ
                        else if b1 <= 0x9F { second = b1 + 0x20 }                 // А-П → а-п
                        else if b1 <= 0xAF { lead = 0xD1; second = b1 - 0x20 }    // Р-Я → р-я
                    }
                case 0xD1:
                    if mapsCase && b1 >= 0xA0 { needsFallback = true }           // historic Cyrillic pairs
                case 0xE2:
                    if b1 == 0x80 {
                        switch bytes[i + 2] {
                        case 0x98, 0x99: replacement = 0x27               // ‘ ’
                        case 0x9C, 0x9D, 0x9E: replacement = 0x22         // “ ” „
                        case 0x93, 0x94: replacement = 0x2D               // – —
                        case 0xA6: replacement = 0x2E                     // …
                        case 0xAF, 0x89, 0x8A, 0x88, 0x8D: isSpace = true // narrow and thin spaces, zero-width joiner
                        default: break
                        }
                    } else if b1 >= 0x96 && b1 <= 0x9F {
                        isSpace = true                                    // shapes, symbols, dingbats: ● ☎ ✅ ❤ ➡
                    } else if mapsCase && Self.mayHaveCase(afterE2: b1) {
                        needsFallback = true
                    }
                case 0xEF where b1 == 0xB8 && bytes[i + 2] <= 0x8F:
                    isSpace = true                                        // variation selectors (emoji style)
                case 0xF0 where b1 == 0x9F:
                    isSpace = true                                        // emoji and pictographs: 🟠 📌 👉
                default:
                    // Latin Extended, Greek, Armenian, Cyrillic supplements, Latin Extended Additional,
                    // Latin Extended-D, fullwidth forms and supplementary planes may have case.
                    if mapsCase && ((b >= 0xC4 && b <= 0xCF) || (b >= 0xD2 && b <= 0xD5) || b == 0xE1 || b == 0xEA
                                    || b == 0xEF || b >= 0xF0) {
                        needsFallback = true
                    }
                }
                if needsFallback { break }
                if isSpace {
                    if !lastWasSpace { out[o] = 0x20; o += 1 }
                    lastWasSpace = true
                } else if replacement != 0 {
                    out[o] = replacement; o += 1
                    lastWasSpace = false
                } else {
                    out[o] = lead
                    out[o + 1] = second
                    for k in 2..<max(width, 2) { out[o + k] = bytes[i + k] }
                    o += width
                    lastWasSpace = false
                }
                i += width
            }
            if o > 0 && out[o - 1] == 0x20 { o -= 1 }
            initialized = needsFallback ? 0 : o
        }
        return needsFallback ? nil : result
    }

    /// Letterlike symbols, Roman numerals, circled letters, Glagolitic, Latin Extended-C, Coptic.
    @inline(__always)
    private static func mayHaveCase(afterE2 b1: UInt8) -> Bool {
        switch b1 {
        case 0x84, 0x85, 0x86, 0x92, 0x93, 0xB0, 0xB1, 0xB2, 0xB3: return true
        default: return false
        }
    }

    /// Whether UTF-8 `bytes` hold a quotation mark: '"', "«", "“", "”" or "„" (a closing "»" after one ends a
    /// quotation, not a link). Read only where a "»" may be an arrow, so the main loop keeps no flag for it.
    static func holdsQuotationMark(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == 0x22 { return true }
            if b == 0xC2, i + 1 < bytes.endIndex, bytes[i + 1] == 0xAB { return true }
            if b == 0xE2, i + 2 < bytes.endIndex, bytes[i + 1] == 0x80, (0x9C...0x9E).contains(bytes[i + 2]) { return true }
            i += 1
        }
        return false
    }

    /// Where the path of the web address `word` (one word of lowered bytes) begins: its first slash after
    /// the host, which starts after "://" or, without a scheme, after an opening "www."; `nil` for a word
    /// that is no such address or has no path ("www.county.example/subscribe" → the slash before "subscribe").
    static func addressPathStart(in word: ArraySlice<UInt8>) -> Int? {
        var hostStart: Int?
        let i = word.startIndex
        if word.count >= 4, word[i] == 0x77, word[i + 1] == 0x77, word[i + 2] == 0x77, word[i + 3] == 0x2E { hostStart = i + 4 }
        var k = i
        while hostStart == nil, k + 2 < word.endIndex {
            if word[k] == 0x3A, word[k + 1] == 0x2F, word[k + 2] == 0x2F { hostStart = k + 3 }
            k += 1
        }
        guard let hostStart else { return nil }
        return word[hostStart...].firstIndex(of: 0x2F)
    }

    /// The number of code points in UTF-8 `bytes` (every byte that does not continue a character).
    static func pointCount<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
        bytes.withContiguousStorageIfAvailable(pointCount) ?? bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
    }

    /// The number of code points in a buffer of UTF-8 bytes.
    static func pointCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Letters, digits and any byte of a multi-byte character count as word bytes.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte >= 0x80
    }

    /// The offset of the first word byte in `bytes` at or after `start` (past quotation marks,
    /// dashes and spaces), or the end.
    static func wordStart(in bytes: [UInt8], from start: Int = 0) -> Int {
        var i = start
        while i < bytes.count, !isWordByte(bytes[i]) { i += 1 }
        return i
    }

    /// The offset of the first letter in a lowered line's `bytes`: bullets, emoji, digits, quotation
    /// marks and spaces before it are skipped ("❤ Подписывайся …", "13.04.2021Читайте нас …"); the end if none.
    static func letterStart(in bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte >= 0x61 && byte <= 0x7A { return i }
            guard byte >= 0xC0 else { i += 1; continue }
            // Cyrillic U+0400–U+047F (lead bytes D0, D1) are all letters, and so is Latin-1 U+00C0–U+00FF but × and ÷:
            // read without decoding.
            if byte == 0xD0 || byte == 0xD1 { return i }
            if byte == 0xC3, i + 1 < bytes.count, bytes[i + 1] != 0x97 && bytes[i + 1] != 0xB7 { return i }
            let end = min(bytes.count, i + (byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2))
            if let scalar = String(decoding: bytes[i..<end], as: UTF8.self).unicodeScalars.first, scalar.properties.isAlphabetic {
                return i
            }
            i = end
        }
        return i
    }

    /// Where the phrase of `phrases` that opens a lowered line ends, the line's bullets, emoji and
    /// digits skipped (``letterStart(in:)``), when the phrase ends a word there ("follow us" opens
    /// "Follow us:", not "Follow usual routes"; "restez informés" is not "restez informé"); nil if none.
    static func openingPhraseEnd(in bytes: [UInt8], among phrases: [[UInt8]]) -> Int? {
        let start = letterStart(in: bytes)
        guard start < bytes.count else { return nil }
        // (The first byte compared alone passes over most phrases without building a slice.)
        let first = bytes[start]
        for phrase in phrases where phrase.first == first && bytes[start...].starts(with: phrase) {
            let end = start + phrase.count
            if end == bytes.count || !isWordByte(bytes[end]) { return end }
        }
        return nil
    }

    /// The offset just past the word starting at `start` in `bytes` (the first byte that is no word byte).
    static func wordEnd(in bytes: [UInt8], from start: Int) -> Int {
        var i = start
        while i < bytes.count, isWordByte(bytes[i]) { i += 1 }
        return i
    }

    /// Whether `bytes[word]` (one word) is one of `words`, compared as bytes without decoding.
    static func isWord(_ bytes: [UInt8], _ word: Range<Int>, among words: [[UInt8]]) -> Bool {
        words.contains { $0.count == word.count && bytes[word].elementsEqual($0) }
    }

    /// The word starting at `start` in `bytes`, decoded ("" at the end).
    static func word(in bytes: [UInt8], at start: Int) -> String {
        String(decoding: bytes[start..<wordEnd(in: bytes, from: start)], as: UTF8.self)
    }
}
