extension TextLine {
    /// Whether the line opens with a capital letter (Latin, Latin-1 or Cyrillic): a new sentence
    /// or title, not the continuation of a sentence broken over lines.
    var opensWithCapital: Bool {
        var bytes = text.utf8.drop { TextLine.isSpaceByte($0) }.makeIterator()
        guard let first = bytes.next() else { return false }
        if first >= 0x41 && first <= 0x5A { return true }
        guard let second = bytes.next() else { return false }
        if first == 0xC3 { return second >= 0x80 && second <= 0x9E && second != 0x97 }    // À-Þ without ×
        return first == 0xD0 && ((second >= 0x90 && second <= 0xAF) || second == 0x81)   // А-Я, Ё
    }

    /// Whether a short first line is a headline of three words or more above a line that opens
    /// with a capital: "Port workers approve new contract" above "Go Premium" stays a unit of its
    /// own (a sentence broken over lines continues in lower case: "Community radio runs on").
    static func isShortHeadline(_ lines: [TextLine], at i: Int) -> Bool {
        guard lines[i].wordCount >= 3, !lines[i].endsSentence else { return false }
        var j = i + 1
        while j < lines.count && lines[j].isBlank { j += 1 }
        return j < lines.count && lines[j].opensWithCapital
    }
}

extension TextLine {
    /// Whether the line ends with an arrow or chevron ("Become an owner →", "Weiterlesen ›"): a
    /// button complete in itself, never continued on the next line.
    var endsWithArrow: Bool {
        // (The normaliser writes a "»" as a quotation mark, or drops it as a short line's arrow: in the text,
        // a "»" no "«" opened is a chevron. Read on the text's last bytes: C2 BB.)
        let tail = text.utf8.reversed().lazy.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }.prefix(2)
        if tail.elementsEqual([0xBB, 0xC2]) { return !text.unicodeScalars.contains("«") }
        var bytes = lowered[...]
        while let last = bytes.last, last == 0x20 { bytes = bytes.dropLast() }
        guard let last = bytes.last else { return false }
        if last == 0x3E { return true }                                                   // >
        guard bytes.count >= 2 else { return false }
        let before = bytes[bytes.index(before: bytes.endIndex - 1)]
        guard bytes.count >= 3, bytes[bytes.endIndex - 3] == 0xE2 else { return false }
        return (before == 0x86 && last == 0x92) || (before == 0x80 && last == 0xBA)       // → ›
    }
}
