/// A fixed set of short byte strings looked for anywhere in a lowered line (the stage's word lists
/// outside the phrase matcher), bucketed by first byte so each position of the line is compared
/// only with the needles that can start there.
///
/// A bit table of the needles' first two bytes (64K bits) lets most positions be passed over
/// without touching a bucket: in Cyrillic text every letter shares its first byte (D0/D1) with
/// the needles, but few share the first two.
struct ByteNeedles: Sendable {
    private let buckets: [[[UInt8]]]
    /// Bit `a << 8 | b` is set when a needle opens with bytes `a`, `b` (a one-byte needle `a` sets
    /// every `a, *` and `a, 0`, which stands for the line's end).
    private let pairs: [UInt64]

    /// - Parameter needles: lowered UTF-8 strings (empty ones are ignored).
    init(_ needles: [[UInt8]]) {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        var pairs = [UInt64](repeating: 0, count: 1024)
        for needle in needles where !needle.isEmpty {
            buckets[Int(needle[0])].append(needle)
            let first = Int(needle[0]) << 8
            for second in needle.count > 1 ? [Int(needle[1])] : Array(0...255) {
                let key = first | second
                pairs[key >> 6] |= 1 << UInt64(key & 63)
            }
        }
        self.buckets = buckets
        self.pairs = pairs
    }

    /// Whether any needle occurs in `bytes`.
    func occurs(in bytes: [UInt8]) -> Bool { occurs(in: bytes, from: 0) }

    /// Whether any needle starts at or after byte `start` of `bytes`.
    func occurs(in bytes: [UInt8], from start: Int) -> Bool { firstOffset(in: bytes, from: start) != nil }

    /// Where the first needle starts at or after byte `start` of `bytes` and before byte `end` (the
    /// needle may run past `end`), or `nil`.
    func firstOffset(in bytes: [UInt8], from start: Int, before end: Int = .max) -> Int? {
        bytes.withUnsafeBufferPointer { line in
            pairs.withUnsafeBufferPointer { pairs in
                let n = line.count
                for i in max(0, start)..<max(max(0, start), min(n, end)) {
                    let key = Int(line[i]) << 8 | (i + 1 < n ? Int(line[i + 1]) : 0)
                    guard pairs[key >> 6] & (1 << UInt64(key & 63)) != 0 else { continue }
                    for needle in buckets[Int(line[i])] where i + needle.count <= n {
                        var k = 1
                        while k < needle.count, line[i + k] == needle[k] { k += 1 }
                        if k == needle.count { return i }
                    }
                }
                return nil
            }
        }
    }
}
