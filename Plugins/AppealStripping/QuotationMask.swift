/// Blanks the quoted parts of a line, so its evidence counts only the words written outside
/// quotation marks.
enum QuotationMask {
    /// The line and its normalised bytes with every paired quotation (marks included) turned into
    /// spaces, or nil when the line holds no pair, when nothing but quotations would be left
    /// (a quoted line stays whole: ``LineEvidence/isQuotation`` judges it), or when the marks of
    /// the two forms do not match up. An unpaired last mark and the text after it stay.
    /// - Parameter keepingLabels: whether short quoted names stay (a pair at most 40 bytes and two
    ///   spaces apart: a button, a title), so that only quoted speech is blanked.
    static func unquoted(_ line: String, _ normalized: [UInt8], keepingLabels: Bool = false) -> (String, [UInt8])? {
        let normalizedMarks = markOffsets(in: normalized) { $0[$1] == 0x22 ? 1 : 0 }
        guard normalizedMarks.count >= 2 else { return nil }
        let blanked = pairsToBlank(normalized, marks: normalizedMarks, keepingLabels: keepingLabels)
        guard blanked.contains(true) else { return nil }
        var lineBytes = Array(line.utf8)
        let lineMarks = markOffsets(in: lineBytes, width: quoteMarkWidth)
        guard lineMarks.count == normalizedMarks.count else { return nil }
        var ownNormalized = normalized
        blankPairs(&ownNormalized, marks: normalizedMarks, blanked: blanked) { _ in 1 }
        // Some letter must be left outside the quotations.
        guard ownNormalized.contains(where: { TextNormalizer.isWordByte($0) }) else { return nil }
        let original = lineBytes
        blankPairs(&lineBytes, marks: lineMarks, blanked: blanked) { quoteMarkWidth(original, $0) }
        return (String(decoding: lineBytes, as: UTF8.self), ownNormalized)
    }

    /// The offsets of the quotation marks in `bytes`, read by `width` (the mark's byte length at an
    /// offset, 0 when no mark starts there).
    private static func markOffsets(in bytes: [UInt8], width: ([UInt8], Int) -> Int) -> [Int] {
        var marks: [Int] = []
        var i = 0
        while i < bytes.count {
            let w = width(bytes, i)
            if w > 0 { marks.append(i); i += w } else { i += 1 }
        }
        return marks
    }

    /// Which pairs of marks (by pair index) are to be blanked: all, or only speech.
    private static func pairsToBlank(_ normalized: [UInt8], marks: [Int], keepingLabels: Bool) -> [Bool] {
        stride(from: 0, to: marks.count - 1, by: 2).map { k in
            guard keepingLabels else { return true }
            let spaces = normalized[marks[k]..<marks[k + 1]].reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
            return marks[k + 1] - marks[k] > 40 || spaces > 2
        }
    }

    /// Turns the bytes from each opening mark to the end of its closing mark into spaces, for the
    /// pairs marked in `blanked`.
    private static func blankPairs(_ bytes: inout [UInt8], marks: [Int], blanked: [Bool], width: (Int) -> Int) {
        var k = 0
        while k + 1 < marks.count {
            defer { k += 2 }
            guard blanked[k / 2] else { continue }
            let end = marks[k + 1] + width(marks[k + 1])
            for i in marks[k]..<end { bytes[i] = 0x20 }
        }
    }

    /// The byte length of the quotation mark starting at `i` in raw UTF-8 (`"`, `“`, `”`, `„`, `«`,
    /// `»`, the marks ``TextNormalizer`` turns into `"`), or 0.
    private static func quoteMarkWidth(_ b: [UInt8], _ i: Int) -> Int {
        if b[i] == 0x22 { return 1 }
        if b[i] == 0xC2, i + 1 < b.count, b[i + 1] == 0xAB || b[i + 1] == 0xBB { return 2 }
        if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, (0x9C...0x9E).contains(b[i + 2]) { return 3 }
        return 0
    }
}
