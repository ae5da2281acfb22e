/// Read access to a document's UTF-8 bytes with the few Unicode helpers the scanner needs.
///
/// The scanner's hot loop reads bytes directly; these helpers decode a scalar only at the rare
/// places where a rule must look at a character (a word's first or last one).
struct UTF8Text {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    @inline(__always)
    subscript(_ i: Int) -> UInt8 { bytes[i] }

    /// The scalar starting at byte `i` (assumed a scalar start) and its length in bytes.
    @inline(__always)
    func scalar(at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0, i + 1 < count {
            return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if b0 < 0xF0, i + 2 < count {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if i + 3 < count {
            return ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                    | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// The scalar ending just before byte `end` and the byte where it starts.
    @inline(__always)
    func scalar(before end: Int) -> (value: UInt32, start: Int) {
        var start = end - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 && end - start < 4 { start -= 1 }
        return (scalar(at: start).value, start)
    }

    /// The length of a white-space scalar starting at byte `i` and how many line breaks it counts
    /// for (a paragraph separator counts two), or nil when the scalar there is not white space.
    /// Only called for lead bytes 0xC2, 0xE2 and 0xE3; ASCII white space is tested inline.
    @inline(__always)
    func unicodeSpace(at i: Int) -> (length: Int, newlines: Int)? {
        let b0 = bytes[i]
        if b0 == 0xC2 {
            guard i + 1 < count else { return nil }
            let b1 = bytes[i + 1]
            if b1 == 0xA0 { return (2, 0) }  // no-break space
            if b1 == 0x85 { return (2, 1) }  // next line
            return nil
        }
        guard i + 2 < count else { return nil }
        let b1 = bytes[i + 1], b2 = bytes[i + 2]
        if b0 == 0xE2 {
            if b1 == 0x80 {
                if b2 <= 0x8A || b2 == 0xAF { return (3, 0) }  // en quad … hair space, narrow no-break space
                if b2 == 0xA8 { return (3, 1) }  // line separator
                if b2 == 0xA9 { return (3, 2) }  // paragraph separator
            } else if b1 == 0x81 && b2 == 0x9F {
                return (3, 0)  // medium mathematical space
            }
            return nil
        }
        if b0 == 0xE3 && b1 == 0x80 && b2 == 0x80 { return (3, 0) }  // ideographic space
        return nil
    }
}
