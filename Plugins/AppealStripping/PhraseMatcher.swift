/// Finds lexicon phrases in lowercased, whitespace-normalised UTF-8 lines.
///
/// A phrase matches at a word start. A phrase ending in `*` also matches as a word prefix
/// (`spend*` finds "spenden" and "spende"); other phrases must end at a word boundary.
/// Phrases are grouped by their first two bytes (one-byte phrases are not allowed) so a line is
/// scanned once and each word start is compared with only a few candidates, also in Cyrillic
/// where every letter shares its lead byte.
struct PhraseMatcher: Sendable {
    private struct Entry: Sendable {
        let bytes: [UInt8]
        let cue: AppealCue
        let isPrefix: Bool
    }

    private var byLeadingPair: [[Entry]] = Array(repeating: [], count: 1 << 16)

    /// Builds a matcher from `(phrase, cue)` pairs; phrases are lowercased and normalised here.
    init(_ phrases: [(String, AppealCue)]) {
        for (phrase, cue) in phrases {
            var text = phrase
            let isPrefix = text.hasSuffix("*")
            if isPrefix { text.removeLast() }
            let bytes = TextNormalizer.normalized(text)
            guard bytes.count >= 2 else { continue }
            byLeadingPair[Int(bytes[0]) << 8 | Int(bytes[1])].append(Entry(bytes: bytes, cue: cue, isPrefix: isPrefix))
        }
    }

    /// Counts the phrases of each cue found in `line` (normalised bytes).
    func count(in line: [UInt8], into counts: inout CueCounts) {
        line.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            var i = 0
            while i + 1 < n {
                // Phrases start at a word start; one that opens with punctuation ("/month") may follow a word.
                if i > 0 && TextNormalizer.isWordByte(buffer[i - 1]) && TextNormalizer.isWordByte(buffer[i]) { i += 1; continue }
                for entry in byLeadingPair[Int(buffer[i]) << 8 | Int(buffer[i + 1])] where entry.bytes.count <= n - i {
                    let matches = entry.bytes.withUnsafeBufferPointer { phrase in
                        var k = 2
                        while k < phrase.count && buffer[i + k] == phrase[k] { k += 1 }
                        return k == phrase.count
                    }
                    guard matches else { continue }
                    let end = i + entry.bytes.count
                    if !entry.isPrefix && end < n && TextNormalizer.isWordByte(buffer[end])
                        && TextNormalizer.isWordByte(entry.bytes[entry.bytes.count - 1]) { continue }
                    counts.add(entry.cue)
                }
                i += 1
            }
        }
    }
}

/// Lowercasing and whitespace/apostrophe normalisation shared by lines and phrases.
enum TextNormalizer {
    /// Lowercases `text`, turns no-break and other spaces into one ASCII space, and curly
    /// apostrophes into `'`.
    static func normalized(_ text: String) -> [UInt8] {
        let bytes = Array(text.lowercased().utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        var lastWasSpace = true
        while i < bytes.count {
            let b = bytes[i]
            var isSpace = b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A
            var replacement: UInt8? = nil
            var width = 1
            if b == 0xC2, i + 1 < bytes.count {
                switch bytes[i + 1] {
                case 0xA0: isSpace = true; width = 2
                case 0xAB, 0xBB: replacement = 0x22; width = 2               // « »
                default: break
                }
            }
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                switch bytes[i + 2] {
                case 0x98, 0x99: replacement = 0x27; width = 3        // ‘ ’
                case 0x9C, 0x9D, 0x9E: replacement = 0x22; width = 3  // “ ” „
                case 0x93, 0x94: replacement = 0x2D; width = 3        // – —
                case 0xA6: replacement = 0x2E; width = 3              // …
                case 0xAF, 0x89, 0x8A, 0x88: isSpace = true; width = 3 // narrow and thin spaces
                default: break
                }
            }
            if isSpace {
                if !lastWasSpace { out.append(0x20) }
                lastWasSpace = true
            } else if let replacement {
                out.append(replacement)
                lastWasSpace = false
            } else {
                out.append(b)
                for k in 1..<width { out.append(bytes[i + k]) }
                lastWasSpace = false
            }
            i += width
        }
        if out.last == 0x20 { out.removeLast() }
        return out
    }

    /// Letters, digits and any byte of a multi-byte character count as word bytes.
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte >= 0x80
    }
}
