/// A fixed set of short byte strings looked for anywhere in a lowered line (the stage's word lists
/// outside the phrase matcher), bucketed by first byte so each position of the line is compared
/// only with the needles that can start there.
struct ByteNeedles: Sendable {
    private let buckets: [[[UInt8]]]

    /// - Parameter needles: lowered UTF-8 strings (empty ones are ignored).
    init(_ needles: [[UInt8]]) {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for needle in needles where !needle.isEmpty { buckets[Int(needle[0])].append(needle) }
        self.buckets = buckets
    }

    /// Whether any needle occurs in `bytes`.
    func occurs(in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { line in
            for i in 0..<line.count {
                for needle in buckets[Int(line[i])] where i + needle.count <= line.count {
                    var k = 1
                    while k < needle.count, line[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
            }
            return false
        }
    }
}
