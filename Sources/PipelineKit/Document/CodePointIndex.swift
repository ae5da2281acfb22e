/// Converts between Unicode code point offsets and UTF-8 byte offsets of one text.
///
/// Stages scan UTF-8 bytes for speed but report code point offsets; this index makes both
/// conversions cheap. It records the byte offset of every 64th code point (an eighth of a byte
/// per code point of memory) and walks at most 63 code points from there. For ASCII text both
/// offsets are equal and no table is kept.
public struct CodePointIndex: Sendable {
    private static let stride = 64
    /// Byte offset of code point `k * stride`.
    private let checkpoints: [Int]
    private let utf8: [UInt8]
    /// Number of code points in the text.
    public let count: Int
    /// Whether the text is pure ASCII, where byte and code point offsets coincide.
    public let isASCII: Bool

    /// Builds the index for `text`.
    public init(_ text: String) {
        self.init(utf8: Array(text.utf8))
    }

    /// Builds the index for UTF-8 bytes (assumed valid).
    public init(utf8: [UInt8]) {
        self.utf8 = utf8
        var checkpoints: [Int] = []
        var scalars = 0
        var ascii = true
        for (offset, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 {
            if scalars % Self.stride == 0 { checkpoints.append(offset) }
            scalars += 1
            if byte >= 0x80 { ascii = false }
        }
        self.count = scalars
        self.isASCII = ascii
        self.checkpoints = ascii ? [] : checkpoints
    }

    /// The UTF-8 byte offset where code point `offset` starts (`offset` may equal ``count``).
    public func utf8Offset(ofCodePoint offset: Int) -> Int {
        precondition(offset >= 0 && offset <= count, "code point offset \(offset) outside 0...\(count)")
        if isASCII { return offset }
        if offset == count { return utf8.count }
        var byte = checkpoints[offset / Self.stride]
        var remaining = offset % Self.stride
        while remaining > 0 {
            byte += 1
            while byte < utf8.count && utf8[byte] & 0xC0 == 0x80 { byte += 1 }
            remaining -= 1
        }
        return byte
    }

    /// The code point offset of the code point that contains UTF-8 byte `offset`
    /// (`offset` may equal the byte count).
    public func codePointOffset(ofUTF8 offset: Int) -> Int {
        precondition(offset >= 0 && offset <= utf8.count, "byte offset \(offset) outside the text")
        if isASCII { return offset }
        if offset == utf8.count { return count }
        // Binary search the last checkpoint at or before `offset`.
        var low = 0
        var high = checkpoints.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if checkpoints[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var scalar = low * Self.stride
        var byte = checkpoints[low]
        while true {
            var next = byte + 1
            while next < utf8.count && utf8[next] & 0xC0 == 0x80 { next += 1 }
            if next > offset { return scalar }
            byte = next
            scalar += 1
        }
    }

    /// The text of a code point span of `text` (the text this index was built from).
    public func slice(_ span: Span, of text: String) -> String {
        let from = utf8Offset(ofCodePoint: span.start)
        let to = utf8Offset(ofCodePoint: span.end)
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }

    /// The text of a code point span of the indexed text.
    public func slice(_ span: Span) -> String {
        let from = utf8Offset(ofCodePoint: span.start)
        let to = utf8Offset(ofCodePoint: span.end)
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }
}
