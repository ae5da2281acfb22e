/// Character classes the boundary rules ask about, for single Unicode scalar values.
enum ScalarClass {
    /// Quotation marks and brackets that may open a sentence or a quote: `"`, `'`, `“`, `‘`, `«`,
    /// `„`, `‚`, `‹`, `(`, `[`, `{`, `¿`, `¡`, and the backtick used for ``…'' quotes.
    static func isOpener(_ u: UInt32) -> Bool {
        switch u {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x60, 0xAB, 0xBF, 0xA1,
             0x2018, 0x201A, 0x201C, 0x201E, 0x2039:
            return true
        default:
            return false
        }
    }

    /// Quotation marks and brackets that may follow sentence-final punctuation: `"`, `'`, `”`,
    /// `’`, `»`, `›`, `)`, `]`, `}`, and `“` (the closing mark of German quotes „…“).
    static func isCloser(_ u: UInt32) -> Bool {
        switch u {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201C, 0x201D, 0x203A:
            return true
        default:
            return false
        }
    }

    /// Sentence-final punctuation that, unlike the full stop, is never part of an abbreviation:
    /// `!`, `?`, their doubled and full-width forms, and the ideographic full stop `。`.
    static func isStrongTerminal(_ u: UInt32) -> Bool {
        switch u {
        case 0x21, 0x3F, 0x203C, 0x2047, 0x2048, 0x2049, 0xFF01, 0xFF1F, 0x3002:
            return true
        default:
            return false
        }
    }

    /// Bullet characters that start a list item wherever they stand.
    static func isBullet(_ u: UInt32) -> Bool {
        switch u {
        case 0x2022, 0x2023, 0x2043, 0x25E6, 0x25AA, 0x25AB, 0x25CF, 0x25A0, 0x25BA, 0x25B8, 0x27A2, 0x2219:
            return true
        default:
            return false
        }
    }

    /// Dashes and asterisks that start a list item when they begin a line.
    static func isLineBullet(_ u: UInt32) -> Bool {
        u == 0x2D || u == 0x2A || u == 0x2013 || u == 0x2014 || u == 0x2B
    }

    /// The letter case (or digit-ness) of a scalar.
    enum Shape {
        case upper, lower, digit, other
    }

    /// The shape of a scalar: ASCII by table, other scripts by Unicode properties.
    static func shape(_ u: UInt32) -> Shape {
        if u < 0x80 {
            if u >= 0x41 && u <= 0x5A { return .upper }
            if u >= 0x61 && u <= 0x7A { return .lower }
            if u >= 0x30 && u <= 0x39 { return .digit }
            return .other
        }
        guard let scalar = Unicode.Scalar(u) else { return .other }
        let properties = scalar.properties
        if properties.isUppercase || properties.generalCategory == .titlecaseLetter { return .upper }
        if properties.isLowercase { return .lower }
        if properties.numericType == .decimal { return .digit }
        // Letters without case (CJK, Arabic…) start sentences like capitals do.
        if properties.isAlphabetic { return .upper }
        return .other
    }

    /// Whether a scalar is a letter of any script.
    static func isLetter(_ u: UInt32) -> Bool {
        if u < 0x80 { return (u | 0x20) >= 0x61 && (u | 0x20) <= 0x7A }
        return Unicode.Scalar(u)?.properties.isAlphabetic ?? false
    }
}
