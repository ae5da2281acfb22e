/// An enumeration marker that opens a list item: `1.`, `2)`, `3.)`, `(4)`, `a.`, `B)`.
///
/// A list written on one line (`1) The first item 2) The second item`) has no punctuation between
/// items; the scanner starts a new sentence at each marker that continues the sequence of the
/// marker that opened the current item.
struct ListMarker: Equatable {
    enum Kind: Equatable { case number, lowercaseLetter, uppercaseLetter }
    enum Style: Equatable { case period, parenthesis, periodParenthesis, enclosed }

    let kind: Kind
    let style: Style
    let value: Int

    /// Whether `next` is the marker that follows this one (`1.` → `2.`, `a)` → `b)`).
    func isFollowed(by next: ListMarker) -> Bool {
        next.kind == kind && next.style == style && next.value == value + 1
    }

    /// Parses a whole word as a marker; a leading bullet (`•9.`, `⁃10.`) is allowed.
    init?(_ text: UTF8Text, from: Int, to: Int) {
        var i = from
        if i < to, text[i] >= 0xE2 {
            let (u, length) = text.scalar(at: i)
            guard ScalarClass.isBullet(u) else { return nil }
            i += length
        }
        var enclosed = false
        if i < to && text[i] == 0x28 { enclosed = true; i += 1 }  // (
        guard i < to else { return nil }
        var value = 0
        var kind = Kind.number
        let first = text[i]
        if first >= 0x30 && first <= 0x39 {
            var digits = 0
            while i < to, text[i] >= 0x30, text[i] <= 0x39, digits < 3 {
                value = value * 10 + Int(text[i] - 0x30)
                i += 1
                digits += 1
            }
        } else if first >= 0x61 && first <= 0x7A {
            kind = .lowercaseLetter
            value = Int(first - 0x61) + 1
            i += 1
        } else if first >= 0x41 && first <= 0x5A {
            kind = .uppercaseLetter
            value = Int(first - 0x41) + 1
            i += 1
        } else {
            return nil
        }
        let rest = to - i
        let style: Style
        if enclosed {
            guard rest == 1 && text[i] == 0x29 else { return nil }
            style = .enclosed
        } else if rest == 1 && text[i] == 0x2E {
            style = .period
        } else if rest == 1 && text[i] == 0x29 {
            style = .parenthesis
        } else if rest == 2 && text[i] == 0x2E && text[i + 1] == 0x29 {
            style = .periodParenthesis
        } else {
            return nil
        }
        self.kind = kind
        self.style = style
        self.value = value
    }
}
