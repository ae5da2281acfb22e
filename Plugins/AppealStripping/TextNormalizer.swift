/// Lowercasing and whitespace/apostrophe normalisation shared by lines and phrases.
///
/// Works on UTF-8 bytes: ASCII, Latin-1 letters and Cyrillic are lowercased byte by byte; a
/// text holding any other character that may have a case (Latin Extended, Greek, fullwidth…)
/// goes through `String.lowercased()` first, so the result is always the same.
enum TextNormalizer {
    /// Lowercases `text`, turns no-break and other spaces into one ASCII space, and curly
    /// apostrophes into `'`.
    static func normalized(_ text: String) -> [UInt8] {
        if let fast = text.utf8.withContiguousStorageIfAvailable({ normalize($0, mapsCase: true) }), let fast {
            return fast
        }
        if let fast = normalize(Array(text.utf8), mapsCase: true) { return fast }
        return normalize(Array(text.lowercased().utf8), mapsCase: false) ?? []
    }

    /// Normalises bytes; with `mapsCase`, also lowercases them, or returns nil when a character
    /// outside the byte-level case tables occurs.
    static func normalize<C: RandomAccessCollection>(_ bytes: C, mapsCase: Bool) -> [UInt8]? where C.Element == UInt8, C.Index == Int {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        let end = bytes.endIndex
        var lastWasSpace = true
        @inline(__always) func space() {
            if !lastWasSpace { out.append(0x20) }
            lastWasSpace = true
        }
        @inline(__always) func emit(_ b: UInt8) {
            out.append(b)
            lastWasSpace = false
        }
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A {
                    space()
                } else {
                    emit(mapsCase && b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
                }
                i += 1
                continue
            }
            let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            guard i + width <= end else { emit(b); i += 1; continue }
            let b1 = bytes[i + 1]
            switch b {
            case 0xC2:
                switch b1 {
                case 0xA0: space()
                case 0xAB, 0xBB: emit(0x22)                        // « »
                default: emit(b); out.append(b1)
                }
            case 0xC3 where mapsCase:
                emit(b)
                out.append(b1 >= 0x80 && b1 <= 0x9E && b1 != 0x97 ? b1 + 0x20 : b1)   // À-Þ → à-þ
            case 0xD0 where mapsCase:
                if b1 <= 0x8F {                                    // Ѐ-Џ → ѐ-џ
                    emit(0xD1); out.append(b1 + 0x10)
                } else if b1 <= 0x9F {                             // А-П → а-п
                    emit(0xD0); out.append(b1 + 0x20)
                } else if b1 <= 0xAF {                             // Р-Я → р-я
                    emit(0xD1); out.append(b1 - 0x20)
                } else {
                    emit(b); out.append(b1)
                }
            case 0xD1 where mapsCase && b1 >= 0xA0:                // historic Cyrillic pairs
                return nil
            case 0xE2:
                let b2 = bytes[i + 2]
                if b1 == 0x80 {
                    switch b2 {
                    case 0x98, 0x99: emit(0x27)                    // ‘ ’
                    case 0x9C, 0x9D, 0x9E: emit(0x22)              // “ ” „
                    case 0x93, 0x94: emit(0x2D)                    // – —
                    case 0xA6: emit(0x2E)                          // …
                    case 0xAF, 0x89, 0x8A, 0x88: space()           // narrow and thin spaces
                    default: emit(b); out.append(b1); out.append(b2)
                    }
                } else if mapsCase && Self.mayHaveCase(afterE2: b1) {
                    return nil
                } else {
                    emit(b); out.append(b1); out.append(b2)
                }
            default:
                // Latin Extended, Greek, Armenian, Cyrillic supplements, Latin Extended Additional,
                // Latin Extended-D, fullwidth forms and supplementary planes may have case.
                if mapsCase && ((b >= 0xC4 && b <= 0xCF) || (b >= 0xD2 && b <= 0xD5) || b == 0xE1 || b == 0xEA
                                || b == 0xEF || b >= 0xF0) {
                    return nil
                }
                emit(b)
                for k in 1..<width { out.append(bytes[i + k]) }
            }
            i += width
        }
        if out.last == 0x20 { out.removeLast() }
        return out
    }

    /// Letterlike symbols, Roman numerals, circled letters, Glagolitic, Latin Extended-C, Coptic.
    @inline(__always)
    private static func mayHaveCase(afterE2 b1: UInt8) -> Bool {
        switch b1 {
        case 0x84, 0x85, 0x86, 0x92, 0x93, 0xB0, 0xB1, 0xB2, 0xB3: return true
        default: return false
        }
    }

    /// Letters, digits and any byte of a multi-byte character count as word bytes.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte >= 0x80
    }
}
