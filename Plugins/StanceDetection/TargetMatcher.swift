import Foundation

/// Finds the configured targets' aliases in text: word-bounded, and case-aware (an alias written
/// with a capital letter matches only as written, so `US` never matches "us"; an all-lowercase
/// alias matches in any case).
struct TargetMatcher: Sendable {
    struct Alias: Sendable {
        let target: String
        let bytes: [UInt8]
        let caseSensitive: Bool
    }

    /// A match: byte range and the target label.
    struct Match {
        var byteStart: Int
        var byteEnd: Int
        var target: String
    }

    let aliases: [Alias]

    /// Builds a matcher from target labels and their aliases; a target with no alias matches its label.
    init(targets: [(label: String, aliases: [String])]) {
        var aliases: [Alias] = []
        for target in targets {
            let names = target.aliases.isEmpty ? [target.label] : target.aliases
            for name in names {
                let trimmed = name.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty else { continue }
                let bytes = Array(trimmed.utf8)
                let caseSensitive = bytes.contains { $0 >= 0x41 && $0 <= 0x5A } || bytes.contains { $0 >= 0x80 }
                aliases.append(Alias(target: target.label, bytes: bytes, caseSensitive: caseSensitive))
            }
        }
        self.aliases = aliases
    }

    var isEmpty: Bool { aliases.isEmpty }

    /// Non-overlapping matches in text order; where matches overlap, the earliest and then the longest wins.
    func matches(in text: UnsafeBufferPointer<UInt8>) -> [Match] {
        var found: [Match] = []
        let count = text.count
        for alias in aliases {
            let pattern = alias.bytes
            let length = pattern.count
            guard length > 0, length <= count else { continue }
            let first = pattern[0]
            let firstFolded = fold(first)
            var i = 0
            while i + length <= count {
                let b = text[i]
                if b == first || (!alias.caseSensitive && fold(b) == firstFolded) {
                    if isBoundaryBefore(text, i) && equal(text, i, pattern, alias.caseSensitive)
                        && isBoundaryAfter(text, i + length) {
                        found.append(Match(byteStart: i, byteEnd: i + length, target: alias.target))
                        i += length
                        continue
                    }
                }
                i += 1
            }
        }
        found.sort { $0.byteStart != $1.byteStart ? $0.byteStart < $1.byteStart : $0.byteEnd > $1.byteEnd }
        var result: [Match] = []
        for match in found where result.last.map({ match.byteStart >= $0.byteEnd }) ?? true {
            result.append(match)
        }
        return result
    }

    @inline(__always)
    private func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    @inline(__always)
    private func equal(_ text: UnsafeBufferPointer<UInt8>, _ at: Int, _ pattern: [UInt8], _ caseSensitive: Bool) -> Bool {
        for k in pattern.indices {
            let b = text[at + k]
            if caseSensitive ? b != pattern[k] : fold(b) != fold(pattern[k]) { return false }
        }
        return true
    }

    private func isBoundaryBefore(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i > 0 else { return true }
        var k = i - 1
        while k > 0 && text[k] & 0xC0 == 0x80 { k -= 1 }
        return !isWordScalarStart(text, k)
    }

    private func isBoundaryAfter(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < text.count else { return true }
        return !isWordScalarStart(text, i)
    }

    /// Whether the scalar starting at `k` is a letter or digit (non-ASCII counts as a letter,
    /// except typographic punctuation starting with 0xE2 0x80).
    private func isWordScalarStart(_ text: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        let b = text[k]
        if b < 0x80 { return StanceTokenizer.isWordByte(b) }
        if b == 0xE2, k + 1 < text.count, text[k + 1] == 0x80 { return false }
        if b == 0xC2 { return false }  // no-break space, « », etc.
        return true
    }
}
