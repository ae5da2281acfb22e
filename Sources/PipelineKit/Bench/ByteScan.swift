/// The baseline the benchmark compares stages with: one pass over the UTF-8 bytes that finds
/// candidate sentence ends (`.`, `!` or `?` followed by white space), the least any segmenter does.
public enum ByteScan {
    /// Counts candidate sentence ends in `bytes`.
    @inline(never)
    public static func countCandidateEnds(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var previousWasEnd = false
        for byte in bytes {
            let isSpace = byte == 0x20 || byte == 0x0A
            if previousWasEnd && isSpace { count &+= 1 }
            previousWasEnd = byte == 0x2E || byte == 0x21 || byte == 0x3F
        }
        return count
    }
}
