/// The sentence boundary rules: given the words around a gap, does a sentence end there?
extension ScanPass {
    /// What the punctuation at the end of a word says about the gap after it.
    enum Decision {
        /// A sentence ends.
        case boundary
        /// No sentence ends; `strong` when even a line break there would not end one
        /// (a title such as `Dr.`, a lowercase next word), weak when only the word order says so.
        case noBoundary(strong: Bool)
        /// The word does not end in sentence-final punctuation.
        case notTerminal
    }

    /// Whether a sentence ends between the last word (``w1``) and the word at `start..<end`,
    /// with `newlines` line breaks (fewer than two) between them.
    mutating func sentenceEnds(before start: Int, end: Int, newlines: Int) -> Bool {
        guard w1.exists else { return false }
        let first = text[start]
        // Bullets start items wherever they stand; dashes and asterisks at the start of a line.
        if first >= 0xE2 {
            let (u, length) = text.scalar(at: start)
            if ScalarClass.isBullet(u) { return true }
            if newlines > 0 && length == end - start && ScalarClass.isLineBullet(u) { return true }
        } else if newlines > 0 && end - start == 1 && ScalarClass.isLineBullet(UInt32(first)) {
            return true
        }
        // The next marker of a list written on one line.
        if let list, leadingMarkers < sentenceWords, first <= 0x7A, let marker = ListMarker(text, from: start, to: end), list.isFollowed(by: marker) {
            return true
        }
        switch terminalDecision(nextStart: start, nextEnd: end) {
        case .boundary:
            return true
        case .noBoundary(let strong):
            return newlines > 0 && !strong
        case .notTerminal:
            return newlines > 0 && lineBreakEndsSentence(nextStart: start, nextEnd: end)
        }
    }

    /// The decision for the punctuation ending ``w1`` (or the word before it, when ``w1`` is only
    /// a closing quote or a citation mark), given the next word.
    func terminalDecision(nextStart: Int, nextEnd: Int) -> Decision {
        // A spaced ellipsis `. . .`: three dots continue the sentence, four end it.
        if isDotWord(w1.start, w1.end) {
            if isDotWord(nextStart, nextEnd) { return .noBoundary(strong: true) }
            if dotRun >= 4 || dotRun == 1 {
                return shape(ofWordAt: nextStart, end: nextEnd) == .lower ? .noBoundary(strong: true) : .boundary
            }
            return .noBoundary(strong: true)
        }
        var following = (start: nextStart, end: nextEnd)
        if isDotWord(nextStart, nextEnd) {
            // `word. . . . Next`: the word's full stop ends a sentence; the ellipsis leads the next.
            guard let after = wordAfterSpacedEllipsis(from: nextStart) else { return .noBoundary(strong: true) }
            following = after
        }
        // A closing quote or citation standing alone belongs to the sentence before it.
        if isCloserOnly(nextStart, nextEnd) && endsInTerminal(w1) { return .noBoundary(strong: true) }
        var word = w1
        var before = w2
        var index = sentenceWords
        if isCloserOnly(w1.start, w1.end) {
            guard sentenceWords >= 2, w2.exists else { return .notTerminal }
            word = w2
            before = w3
            index -= 1
        }
        return punctuationDecision(word: word, before: before, index: index, next: following)
    }

    /// The decision for a word ending in punctuation, possibly followed by closing quotes.
    func punctuationDecision(word: Word, before: Word, index: Int, next: (start: Int, end: Int)) -> Decision {
        let punctuationEnd = tailStart(of: word)
        // The run of sentence-final punctuation.
        var clusterStart = punctuationEnd
        var dots = 0
        var strong = false
        var ellipsis = false
        while clusterStart > word.start {
            let (u, s) = text.scalar(before: clusterStart)
            if u == 0x2E {
                dots += 1
            } else if u == 0x2026 {
                ellipsis = true
            } else if ScalarClass.isStrongTerminal(u) {
                strong = true
            } else {
                break
            }
            clusterStart = s
        }
        if clusterStart == punctuationEnd { return .notTerminal }
        // The word itself, without opening quotes or brackets.
        var core = word.start
        while core < clusterStart {
            let (u, length) = text.scalar(at: core)
            guard ScalarClass.isOpener(u) else { break }
            core += length
        }
        let nextShape = shape(ofWordAt: next.start, end: next.end)
        if nextShape == .lower { return .noBoundary(strong: true) }
        if core == clusterStart {
            // Punctuation alone: `?` after a space (French), `...` or `[...]` inside a sentence.
            return strong || (dots == 1 && !ellipsis) ? .boundary : .noBoundary(strong: false)
        }
        if strong || ellipsis || dots >= 3 { return .boundary }

        // A full stop after a word.
        if leadingMarkers >= index, ListMarker(text, from: word.start, to: punctuationEnd) != nil {
            return .noBoundary(strong: true)  // `1. The first item`
        }
        switch rules.abbreviations.kind(of: text, from: core, to: clusterStart) {
        case .title, .inner:
            return .noBoundary(strong: true)
        case .beforeNumber:
            if nextShape == .digit { return .noBoundary(strong: true) }
            return startsSentencesOften(next) ? .boundary : .noBoundary(strong: false)
        case .ambiguous:
            return startsSentencesOften(next) ? .boundary : .noBoundary(strong: false)
        case nil:
            break
        }
        let (firstScalar, firstLength) = text.scalar(at: core)
        if core + firstLength == clusterStart && ScalarClass.isLetter(firstScalar) {
            // One letter: an initial (`J. R. R. Tolkien`, `Jonas E. Smith`) or a pronoun `I`.
            if nextShape == .digit { return .noBoundary(strong: true) }
            if ScalarClass.shape(firstScalar) == .upper, before.exists,
               ScalarClass.shape(firstScalarSkippingOpeners(before)) == .upper {
                return .noBoundary(strong: true)
            }
            return startsSentencesOften(next) ? .boundary : .noBoundary(strong: false)
        }
        if isDottedAbbreviation(from: core, to: clusterStart) {
            // `U.S.`, `a.m.`, `Ph.D.`: a boundary only before a sentence starter, and not after
            // a fragment too short to be a sentence (`At 5 a.m. Mr. Smith left`).
            if nextShape == .digit { return .noBoundary(strong: false) }
            return index >= 4 && startsSentencesOften(next) ? .boundary : .noBoundary(strong: false)
        }
        if nextShape == .upper, clusterStart - core <= 2, isDigits(from: core, to: clusterStart),
           rules.abbreviations.isDateNoun(text, from: next.start, to: wordLetterEnd(next.start, next.end)) {
            return .noBoundary(strong: false)  // German ordinal dates: `am 3. Oktober`
        }
        return .boundary
    }

    /// Whether a single line break after ``w1`` ends a sentence although no punctuation does:
    /// headlines, datelines, bylines and list items stand on their own lines; a line that breaks
    /// before a lowercase word, after a comma or after a function word is wrapped text.
    func lineBreakEndsSentence(nextStart: Int, nextEnd: Int) -> Bool {
        if shape(ofWordAt: nextStart, end: nextEnd) == .lower { return false }
        let (last, _) = text.scalar(before: w1.end)
        switch last {
        case 0x2C, 0x3B, 0x3A, 0x2D, 0x2013, 0x2014, 0x28, 0x26, 0x2F, 0x2B, 0x3D:
            return false
        default:
            return !rules.abbreviations.isContinuationWord(text, from: w1.start, to: w1.end)
        }
    }

    // MARK: - Word shapes

    /// Where the closing quotes, brackets and citation marks at the end of `word` begin.
    func tailStart(of word: Word) -> Int {
        var end = word.end
        while end > word.start {
            let (u, s) = text.scalar(before: end)
            if u == 0x5D, let open = citationStart(from: word.start, closing: s) {
                end = open
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
            let b = text[i]
            if b == 0x5B {
                guard i < closing - 1, i > lower else { return nil }
                let (before, _) = text.scalar(before: i)
                return before == 0x2E || ScalarClass.isStrongTerminal(before) || ScalarClass.isCloser(before) ? i : nil
            }
            let alphanumeric = (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2C || b == 0x2D
            guard alphanumeric else { return nil }
            i -= 1
        }
        return nil
    }

    func endsInTerminal(_ word: Word) -> Bool {
        let end = tailStart(of: word)
        guard end > word.start else { return false }
        let (u, _) = text.scalar(before: end)
        return u == 0x2E || u == 0x2026 || ScalarClass.isStrongTerminal(u)
    }

    /// A word that is only closing quotes or brackets (`»` after a French sentence) or a citation.
    func isCloserOnly(_ start: Int, _ end: Int) -> Bool {
        if text[start] == 0x5B && text[end - 1] == 0x5D && end - start <= 6 {
            for i in (start + 1)..<(end - 1) {
                let b = text[i]
                guard (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) else { return false }
            }
            return end - start > 2
        }
        var i = start
        while i < end {
            let (u, length) = text.scalar(at: i)
            guard ScalarClass.isCloser(u) && u != 0x27 && u != 0x22 else { return false }
            i += length
        }
        return true
    }

    /// A word that is a lone full stop, possibly with closing quotes (`.` in `. . .`).
    func isDotWord(_ start: Int, _ end: Int) -> Bool {
        guard text[start] == 0x2E else { return false }
        var i = start + 1
        while i < end {
            let (u, length) = text.scalar(at: i)
            guard ScalarClass.isCloser(u) else { return false }
            i += length
        }
        return true
    }

    /// A word that is a single bullet or dash.
    func isBulletWord(_ start: Int, _ end: Int) -> Bool {
        let (u, length) = text.scalar(at: start)
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
        let n = text.count
        while i < n {
            let b = text[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                i += 1
            } else if b >= 0xC2, let space = text.unicodeSpace(at: i) {
                i += space.length
            } else {
                break
            }
        }
        guard i < n else { return nil }
        let start = i
        while i < n {
            let b = text[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { break }
            if b >= 0xC2, text.unicodeSpace(at: i) != nil { break }
            i += 1
        }
        return (start, i)
    }

    /// The shape of the first letter or digit of a word, after opening quotes and brackets; a
    /// lowercase word with a capital inside (`eHow`, `iPhone`) counts as capitalised.
    func shape(ofWordAt start: Int, end: Int) -> ScalarClass.Shape {
        var i = start
        while i < end {
            let (u, length) = text.scalar(at: i)
            if ScalarClass.isOpener(u) { i += length; continue }
            let shape = ScalarClass.shape(u)
            if shape == .lower {
                var k = i + length
                while k < end {
                    let b = text[k]
                    if b >= 0x41 && b <= 0x5A { return .upper }
                    if !(b >= 0x61 && b <= 0x7A) { break }
                    k += 1
                }
            }
            return shape
        }
        return .other
    }

    func firstScalarSkippingOpeners(_ word: Word) -> UInt32 {
        var i = word.start
        while i < word.end {
            let (u, length) = text.scalar(at: i)
            if !ScalarClass.isOpener(u) { return u }
            i += length
        }
        return 0
    }

    /// Where the letters at the start of a word end (after opening quotes): `They,` → `They`.
    func wordLetterEnd(_ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end {
            let (u, length) = text.scalar(at: i)
            guard ScalarClass.isLetter(u) else { break }
            i += length
        }
        return i
    }

    /// Whether the next word (after opening quotes) is a common sentence starter.
    func startsSentencesOften(_ next: (start: Int, end: Int)) -> Bool {
        var i = next.start
        while i < next.end {
            let (u, length) = text.scalar(at: i)
            guard ScalarClass.isOpener(u) else { break }
            i += length
        }
        return rules.starters.contains(text, from: i, to: wordLetterEnd(i, next.end))
    }

    /// Letters joined by full stops, each part at most three letters: `U.S`, `a.m`, `Ph.D`.
    func isDottedAbbreviation(from start: Int, to end: Int) -> Bool {
        var i = start
        var partLength = 0
        var dots = 0
        while i < end {
            let (u, length) = text.scalar(at: i)
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

    func isDigits(from start: Int, to end: Int) -> Bool {
        for i in start..<end where !(text[i] >= 0x30 && text[i] <= 0x39) { return false }
        return end > start
    }
}
