/// Word-level questions the boundary rules ask about the bytes of a text.
extension UTF8Text {
    /// Whether a full stop occurs in `start..<end`.
    func hasFullStop(from start: Int, to end: Int) -> Bool {
        for i in start..<end where self[i] == 0x2E { return true }
        return false
    }

    /// Where the closing quotes, brackets and citation marks at the end of `word` begin.
    func tailStart(of word: Word) -> Int {
        var end = word.end
        while end > word.start {
            let (u, s) = scalar(before: end)
            if u == 0x5D, let open = citationStart(from: word.start, closing: s) {
                end = open
            } else if u >= 0x30 && u <= 0x39, let dot = attachedFootnoteStart(from: word.start, end: end) {
                end = dot
            } else if ScalarClass.isCloser(u) {
                end = s
            } else {
                break
            }
        }
        return end
    }

    /// The start of a citation mark `[12]` or `[a]` whose `]` is at `closing`, when one is there
    /// right after sentence-final punctuation or a closing quote.
    func citationStart(from lower: Int, closing: Int) -> Int? {
        var i = closing - 1
        while i > lower && closing - i <= 6 {
            let b = self[i]
            if b == 0x5B {
                guard i < closing - 1, i > lower else { return nil }
                let (before, _) = scalar(before: i)
                return before == 0x2E || ScalarClass.isStrongTerminal(before) || ScalarClass.isCloser(before) ? i : nil
            }
            let alphanumeric = Self.isAlphanumeric(b) || b == 0x2C || b == 0x2D
            guard alphanumeric else { return nil }
            i -= 1
        }
        return nil
    }

    /// Where a footnote number attached to a full stop (`innovation.23`) starts: one to three
    /// digits after a full stop after a letter.
    func attachedFootnoteStart(from lower: Int, end: Int) -> Int? {
        var i = end
        while i > lower && end - i < 4 && self[i - 1] >= 0x30 && self[i - 1] <= 0x39 { i -= 1 }
        guard i < end, i - 2 >= lower, self[i - 1] == 0x2E else { return nil }
        let (before, _) = scalar(before: i - 1)
        return ScalarClass.isLetter(before) && ScalarClass.shape(before) == .lower ? i : nil
    }

    /// Digits joined by full stops, as section and figure numbers are: `2`, `2.1`, `24.7`.
    func isNumbering(from start: Int, to end: Int) -> Bool {
        guard start < end, self[start] >= 0x30 && self[start] <= 0x39 else { return false }
        for i in start..<end where !(self[i] >= 0x30 && self[i] <= 0x39) && self[i] != 0x2E { return false }
        return true
    }

    /// Whether `word`, without its closing quotes and citation marks, ends in `.`, `…`, `!` or `?`.
    func endsInTerminal(_ word: Word) -> Bool {
        let end = tailStart(of: word)
        guard end > word.start else { return false }
        let (u, _) = scalar(before: end)
        return u == 0x2E || u == 0x2026 || ScalarClass.isStrongTerminal(u)
    }

    /// A word that is only closing quotes or brackets (`»` after a French sentence) or a citation
    /// mark (`[12]`, `[a]`, `[...]`).
    func isCloserOnly(_ start: Int, _ end: Int) -> Bool {
        let first = self[start]
        if first == 0x5B {
            guard self[end - 1] == 0x5D, end - start > 2, end - start <= 7 else { return false }
            for i in (start + 1)..<(end - 1) {
                let b = self[i]
                guard Self.isAlphanumeric(b) || b == 0x2E || b >= 0x80
                else { return false }
            }
            return true
        }
        guard first == 0x29 || first == 0x5D || first == 0x7D || first == 0xC2 || first == 0xE2 else { return false }
        var i = start
        while i < end {
            let (u, length) = scalar(at: i)
            guard ScalarClass.isCloser(u) && u != 0x27 && u != 0x22 else { return false }
            i += length
        }
        return true
    }

    /// A word that is only an ellipsis (`...`, `…`), possibly with closing quotes.
    func isEllipsisWord(_ start: Int, _ end: Int) -> Bool {
        let tail = tailStart(of: Word(start: start, end: end, startCP: 0, endCP: 0))
        if tail - start >= 3 && isAll(0x2E, from: start, to: tail) { return true }
        return tail - start == 3 && scalar(at: start).value == 0x2026
    }

    /// Whether `start..<end` holds only ASCII capital letters.
    func isAll(uppercaseASCIIFrom start: Int, to end: Int) -> Bool {
        for i in start..<end where !(self[i] >= 0x41 && self[i] <= 0x5A) { return false }
        return true
    }

    /// Whether every byte of `start..<end` is `byte`.
    func isAll(_ byte: UInt8, from start: Int, to end: Int) -> Bool {
        for i in start..<end where self[i] != byte { return false }
        return true
    }

    /// A dash standing alone: `-`, `--`, `–`, `—`.
    func isDashWord(_ start: Int, _ end: Int) -> Bool {
        if isAll(0x2D, from: start, to: end) { return end - start <= 2 }
        let (u, length) = scalar(at: start)
        return length == end - start && (u == 0x2013 || u == 0x2014 || u == 0x2015)
    }

    /// A footnote number after a sentence (`… a fee. 8 Yet some …`): one to three digits followed
    /// by a capitalised word.
    func isFootnoteNumber(_ start: Int, _ end: Int) -> Bool {
        guard end - start <= 3, isDigits(from: start, to: end), let after = nextWord(from: end) else { return false }
        let first = self[after.start]
        return first >= 0x41 && first <= 0x5A
    }

    /// A word that is a lone full stop, possibly with closing quotes (`.` in `. . .`).
    func isDotWord(_ start: Int, _ end: Int) -> Bool {
        guard self[start] == 0x2E else { return false }
        var i = start + 1
        while i < end {
            let (u, length) = scalar(at: i)
            guard ScalarClass.isCloser(u) else { return false }
            i += length
        }
        return true
    }

    /// A word that is a single bullet or dash.
    func isBulletWord(_ start: Int, _ end: Int) -> Bool {
        let (u, length) = scalar(at: start)
        return length == end - start && (ScalarClass.isBullet(u) || ScalarClass.isLineBullet(u))
    }

    /// The word after a spaced ellipsis of exactly three dots starting at `start`, if a word
    /// follows it.
    func wordAfterSpacedEllipsis(from start: Int) -> (start: Int, end: Int)? {
        var position = start
        for _ in 0..<3 {
            guard let word = nextWord(from: position), isDotWord(word.start, word.end) else { return nil }
            position = word.end
        }
        guard let after = nextWord(from: position), !isDotWord(after.start, after.end) else { return nil }
        return after
    }

    /// The next word starting at or after byte `position`.
    func nextWord(from position: Int) -> (start: Int, end: Int)? {
        var i = position
        let n = count
        while i < n {
            let b = self[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                i += 1
            } else if b >= 0xC2, let space = unicodeSpace(at: i) {
                i += space.length
            } else {
                break
            }
        }
        guard i < n else { return nil }
        let start = i
        while i < n {
            let b = self[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { break }
            if b >= 0xC2, unicodeSpace(at: i) != nil { break }
            i += 1
        }
        return (start, i)
    }

    /// The shape of the first letter or digit of a word, after opening quotes and brackets; a
    /// lowercase word with a capital inside (`eHow`, `iPhone`) counts as capitalised.
    func shape(ofWordAt start: Int, end: Int) -> ScalarClass.Shape {
        var i = start
        while i < end {
            let (u, length) = scalar(at: i)
            if ScalarClass.isOpener(u) { i += length; continue }
            let shape = ScalarClass.shape(u)
            if shape == .lower {
                var k = i + length
                while k < end {
                    let b = self[k]
                    if b >= 0x41 && b <= 0x5A { return .upper }
                    if !(b >= 0x61 && b <= 0x7A) { break }
                    k += 1
                }
            }
            return shape
        }
        return .other
    }

    /// The first scalar of `word` after its opening quotes and brackets (0 if none).
    func firstScalarSkippingOpeners(_ word: Word) -> UInt32 {
        var i = word.start
        while i < word.end {
            let (u, length) = scalar(at: i)
            if !ScalarClass.isOpener(u) { return u }
            i += length
        }
        return 0
    }

    /// Where a word starts after its opening quotes and brackets.
    func wordStartSkippingOpeners(_ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end {
            let (u, length) = scalar(at: i)
            guard ScalarClass.isOpener(u) else { break }
            i += length
        }
        return i
    }

    /// Where the letters at the start of a word end (after opening quotes): `They,` → `They`.
    func wordLetterEnd(_ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end {
            let (u, length) = scalar(at: i)
            guard ScalarClass.isLetter(u) else { break }
            i += length
        }
        return i
    }

    /// Letters joined by full stops, each part at most three letters: `U.S`, `a.m`, `Ph.D`.
    func isDottedAbbreviation(from start: Int, to end: Int) -> Bool {
        var i = start
        var partLength = 0
        var dots = 0
        while i < end {
            let (u, length) = scalar(at: i)
            if u == 0x2E {
                guard partLength > 0 else { return false }
                dots += 1
                partLength = 0
            } else if u == 0x2D {
                // `J.-C.`
            } else if ScalarClass.isLetter(u) {
                partLength += 1
                if partLength > 3 { return false }
            } else {
                return false
            }
            i += length
        }
        return dots > 0
    }

    /// Whether `start..<end` is one or more ASCII digits.
    func isDigits(from start: Int, to end: Int) -> Bool {
        for i in start..<end where !(self[i] >= 0x30 && self[i] <= 0x39) { return false }
        return end > start
    }

    /// Whether `self[start..<end]` is one token as it stands: ASCII, starting and ending with a
    /// letter or digit, without a possessive `'s`.
    func isPlainASCIIWord(from start: Int, to end: Int) -> Bool {
        let first = self[start], last = self[end - 1]
        guard Self.isAlphanumeric(first) && Self.isAlphanumeric(last) else { return false }
        if last | 0x20 == 0x73 && end - start > 2 && self[end - 2] == 0x27 { return false }
        for i in start..<end where self[i] >= 0x80 { return false }
        return true
    }

    /// Whether a byte is an ASCII letter or digit.
    static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
    }
}
