/// Finds lexicon phrases in lowercased, whitespace-normalised UTF-8 lines.
///
/// A phrase matches at a word start. A phrase ending in `*` also matches as a word prefix
/// (`spend*` finds "spenden" and "spende"); other phrases must end at a word boundary. Whole-word
/// entries (the pronouns) match only a whole word, where an apostrophe inside a word belongs to
/// it ("we're" is one word, not "we"). A phrase opening with `*` also matches inside a word, so
/// German compounds are found by their last part (`*redaktion` finds "Stadtredaktion").
///
/// Phrases are grouped by their first two bytes (one-byte phrases are not allowed) and stored in
/// one contiguous byte pool, so a line is scanned once, each word start is compared with only a
/// few candidates (also in Cyrillic, where every letter shares its lead byte), and nothing is
/// allocated while matching.
struct PhraseMatcher: Sendable {
    private struct Entry: Sendable {
        var offset: Int32
        var length: Int32
        /// The phrase's third byte (0 for two-byte phrases), checked before the pool is read.
        var third: UInt8
        var cue: UInt8
        var isPrefix: Bool
        var isWholeWord: Bool
        /// Whether the phrase may also start inside a word (written with a leading `*`).
        var isInfix: Bool
    }

    /// All phrase bytes back to back.
    private let pool: [UInt8]
    /// Entries sorted by their leading byte pair.
    private let entries: [Entry]
    /// `entries[bucketStart[k]..<bucketStart[k + 1]]` start with the byte pair `k`.
    private let bucketStart: [Int32]
    /// One bit per leading byte pair that starts some phrase (8 KB, stays in cache).
    private let hasBucket: [UInt64]
    /// The phrases matched inside words too (a few compound parts), scanned directly.
    private let infixEntries: [Entry]
    /// One bit per leading byte pair of such a phrase (checked inside words before the list).
    private let infixPairs: [UInt64]
    /// One bit per byte that starts some phrase matched inside words (checked first, inside words).
    private let infixLead: (UInt64, UInt64, UInt64, UInt64)

    /// Builds a matcher from `(phrase, cue)` pairs; phrases are lowercased and normalised here.
    /// - Parameter wholeWords: words matched only as whole words (pronouns), with their cue.
    init(_ phrases: [(String, AppealCue)], wholeWords: [(String, AppealCue)] = []) {
        var staged: [(key: Int, bytes: [UInt8], cue: AppealCue, isPrefix: Bool, isWholeWord: Bool, isInfix: Bool)] = []
        for (phrase, cue) in phrases {
            var text = phrase
            let isPrefix = text.hasSuffix("*")
            if isPrefix { text.removeLast() }
            let isInfix = text.hasPrefix("*")
            if isInfix { text.removeFirst() }
            let bytes = TextNormalizer.normalized(text)
            guard bytes.count >= 2 else { continue }
            staged.append((Int(bytes[0]) << 8 | Int(bytes[1]), bytes, cue, isPrefix, false, isInfix))
        }
        for (word, cue) in wholeWords {
            let bytes = TextNormalizer.normalized(word)
            guard bytes.count >= 2 else { continue }
            staged.append((Int(bytes[0]) << 8 | Int(bytes[1]), bytes, cue, false, true, false))
        }
        // Stable order inside a bucket keeps counting independent of sorting details.
        let order = staged.indices.sorted { (staged[$0].key, $0) < (staged[$1].key, $1) }
        var pool: [UInt8] = []
        var entries: [Entry] = []
        var bucketStart = [Int32](repeating: 0, count: (1 << 16) + 1)
        for index in order {
            let item = staged[index]
            entries.append(Entry(offset: Int32(pool.count), length: Int32(item.bytes.count),
                                 third: item.bytes.count > 2 ? item.bytes[2] : 0, cue: UInt8(item.cue.rawValue),
                                 isPrefix: item.isPrefix, isWholeWord: item.isWholeWord, isInfix: item.isInfix))
            pool.append(contentsOf: item.bytes)
            bucketStart[item.key + 1] += 1
        }
        var hasBucket = [UInt64](repeating: 0, count: (1 << 16) / 64)
        for k in 0..<(1 << 16) where bucketStart[k + 1] > 0 { hasBucket[k >> 6] |= 1 << UInt64(k & 63) }
        var lead: [UInt64] = [0, 0, 0, 0]
        var infixPairs = [UInt64](repeating: 0, count: (1 << 16) / 64)
        for item in staged where item.isInfix {
            lead[Int(item.bytes[0]) >> 6] |= 1 << UInt64(item.bytes[0] & 63)
            infixPairs[item.key >> 6] |= 1 << UInt64(item.key & 63)
        }
        self.infixPairs = infixPairs
        self.infixLead = (lead[0], lead[1], lead[2], lead[3])
        self.infixEntries = entries.filter(\.isInfix)
        for k in 0..<(1 << 16) { bucketStart[k + 1] += bucketStart[k] }
        self.hasBucket = hasBucket
        self.pool = pool
        self.entries = entries
        self.bucketStart = bucketStart
    }

    /// Counts the phrases of each cue found in `line` (normalised bytes).
    func count(in line: [UInt8], into counts: inout CueCounts) {
        line.withUnsafeBufferPointer { count(in: $0, into: &counts) }
    }

    /// Counts the phrases of each cue found in `buffer` (normalised bytes).
    func count(in buffer: UnsafeBufferPointer<UInt8>, into counts: inout CueCounts) {
        pool.withUnsafeBufferPointer { pool in
            entries.withUnsafeBufferPointer { entries in
                bucketStart.withUnsafeBufferPointer { buckets in
                  hasBucket.withUnsafeBufferPointer { bits in
                    let n = buffer.count
                    let infixLead = self.infixLead
                    var i = 0
                    while i + 1 < n {
                        let here = buffer[i]
                        if i > 0 && TextNormalizer.isWordByte(buffer[i - 1]) && TextNormalizer.isWordByte(here) {
                            // Inside a word only `*`-led phrases (compound parts) may start.
                            let word = here < 64 ? infixLead.0 : here < 128 ? infixLead.1 : here < 192 ? infixLead.2 : infixLead.3
                            if word & (1 << UInt64(here & 63)) != 0 {
                                let pair = Int(here) << 8 | Int(buffer[i + 1])
                                if infixPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 {
                                    countInfixes(at: i, in: buffer, pool: pool, into: &counts)
                                }
                            }
                            i += 1
                            continue
                        }
                        let key = Int(here) << 8 | Int(buffer[i + 1])
                        guard bits[key >> 6] & (1 << UInt64(key & 63)) != 0 else { i += 1; continue }
                        var e = Int(buckets[key])
                        let stop = Int(buckets[key + 1])
                        while e < stop {
                            let entry = entries[e]
                            e += 1
                            let length = Int(entry.length)
                            guard length <= n - i, length == 2 || buffer[i + 2] == entry.third else { continue }
                            let offset = Int(entry.offset)
                            var k = min(3, length)
                            while k < length && buffer[i + k] == pool[offset + k] { k += 1 }
                            guard k == length else { continue }
                            let end = i + length
                            if entry.isWholeWord {
                                // A word continued through an apostrophe ("we're", "l'our") is another word.
                                if i > 1 && buffer[i - 1] == 0x27 && TextNormalizer.isWordByte(buffer[i - 2]) { continue }
                                if end < n && (TextNormalizer.isWordByte(buffer[end]) || buffer[end] == 0x27) { continue }
                            } else if !entry.isPrefix && end < n && TextNormalizer.isWordByte(buffer[end])
                                        && TextNormalizer.isWordByte(pool[offset + length - 1]) {
                                continue
                            }
                            counts.add(Int(entry.cue))
                        }
                        i += 1
                    }
                  }
                }
            }
        }
    }

    /// Counts the compound-part phrases starting at `i` inside a word.
    private func countInfixes(at i: Int, in buffer: UnsafeBufferPointer<UInt8>, pool: UnsafeBufferPointer<UInt8>,
                              into counts: inout CueCounts) {
        let n = buffer.count
        for entry in infixEntries {
            let offset = Int(entry.offset)
            let length = Int(entry.length)
            guard length <= n - i, pool[offset] == buffer[i] else { continue }
            var k = 1
            while k < length && buffer[i + k] == pool[offset + k] { k += 1 }
            guard k == length else { continue }
            if !entry.isPrefix && i + length < n && TextNormalizer.isWordByte(buffer[i + length]) { continue }
            counts.add(Int(entry.cue))
        }
    }
}
