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
        /// The next word is a footnote number that belongs to the sentence before it.
        case footnote
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
        if let list, leadingMarkers < sentenceWords, first <= 0x7A, let marker = ListMarker(text, from: start, to: end),
           list.isFollowed(by: marker) {
            return true
        }
        if first >= 0x41 && first <= 0x5A && startsDatelineOrCaption(start, end) { return true }
        if endsDateline(nextStart: start, nextEnd: end) { return true }
        switch terminalDecision(nextStart: start, nextEnd: end) {
        case .boundary:
            return true
        case .noBoundary(let strong):
            return newlines > 0 && !strong
        case .footnote:
            footnotePending = true
            return false
        case .notTerminal:
            return newlines > 0 && lineBreakEndsSentence(nextStart: start, nextEnd: end)
        }
    }

    /// The decision for the punctuation ending the sentence's last word, or the word before the
    /// closing quotes, citation marks or footnote numbers standing after it, given the next word.
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
        } else if endsInTerminal(anchor) {
            // Closing quotes, citations (`[12]`, `[...]`), an ellipsis or an attribution dash
            // standing after a sentence's final punctuation belong to that sentence.
            if isCloserOnly(nextStart, nextEnd) || isEllipsisWord(nextStart, nextEnd) { return .noBoundary(strong: true) }
            if isDashWord(nextStart, nextEnd) { return .noBoundary(strong: false) }
            if anchor.start == w1.start, isFootnoteNumber(nextStart, nextEnd) { return .footnote }
        }
        return punctuationDecision(word: anchor, before: anchorBefore, index: anchorIndex, next: following)
    }

    /// Whether the word at `start..<end` opens a dateline (`Tuesday, May 5, 2015`) or a photo
    /// caption (`Image: Reuters`) after a line without final punctuation.
    func startsDatelineOrCaption(_ start: Int, _ end: Int) -> Bool {
        let last = text[end - 1]
        if last == 0x3A {
            guard cues.isCaptionLabel(text, start, end - 1) else { return false }
        } else if last == 0x2C {
            guard cues.isWeekday(text, start, end - 1), let month = nextWord(from: end),
                  cues.isMonth(text, month.start, wordLetterEnd(month.start, month.end)) else { return false }
        } else {
            return false
        }
        let (previous, _) = text.scalar(before: w1.end)
        if previous == 0x2C || previous == 0x3A { return false }
        return !rules.abbreviations.isContinuationWord(text, from: w1.start, to: w1.end)
            && !rules.abbreviations.isContinuationWord(text, from: w1.start, to: wordLetterEnd(w1.start, w1.end))
    }

    /// Whether a dateline or a figure label ends before the next word: a sentence that began with
    /// a weekday date and has reached its year (`Tuesday, May 5, 2015 | The council…`), or a label
    /// and its number without a full stop (`Figure 1.3 | This map shows…`).
    func endsDateline(nextStart: Int, nextEnd: Int) -> Bool {
        guard sentenceWords >= 2, shape(ofWordAt: nextStart, end: nextEnd) == .upper else { return false }
        if sentenceWords == 2, cues.isFigureLabel(text, firstWord.start, firstWord.end),
           text[w1.end - 1] != 0x2E, isNumbering(from: w1.start, to: w1.end) {
            return true
        }
        if sentenceWords <= 5, w1.end - w1.start == 4, isDigits(from: w1.start, to: w1.end),
           text[firstWord.end - 1] == 0x2C, cues.isWeekday(text, firstWord.start, firstWord.end - 1) {
            return true
        }
        return false
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
        var nextShape = shape(ofWordAt: next.start, end: next.end)
        let nextOpensBracket = text[next.start] == 0x28 || text[next.start] == 0x5B
        if strong && nextOpensBracket && punctuationEnd == word.end {
            return .noBoundary(strong: false)  // a title with `!` or `?` and a note: `Viva Maria! (1965)`
        }
        // After a full stop, a parenthesis opens a sentence of its own whatever its first letter.
        if nextOpensBracket && !strong && nextShape != .digit { nextShape = .upper }
        if nextShape == .lower { return .noBoundary(strong: true) }
        // Punctuation alone (`?` after a space in French, `...`) ends a sentence before a capital;
        // an omission mark `[...]` does not.
        if core == clusterStart { return text[word.start] == 0x5B ? .noBoundary(strong: false) : .boundary }
        if strong {
            // `“Why?” Mom asked.` continues the sentence.
            if punctuationEnd < word.end && speechVerbFollows(next) { return .noBoundary(strong: false) }
            return .boundary
        }
        if ellipsis || dots >= 2 { return .boundary }

        // A full stop after a word.
        if leadingMarkers >= index, ListMarker(text, from: word.start, to: punctuationEnd) != nil {
            return .noBoundary(strong: true)  // `1. The first item`
        }
        if index == 1 && isNumbering(from: core, to: clusterStart) {
            return .noBoundary(strong: true)  // a section number: `2.1. Institutions`
        }
        if index == 2 && anchor.start == word.start && cues.isFigureLabel(text, firstWord.start, firstWord.end) {
            return .noBoundary(strong: false)  // `Figure 1. Original and mutant application.`
        }
        switch rules.abbreviations.kind(of: text, from: core, to: clusterStart) {
        case .title, .inner:
            return .noBoundary(strong: true)
        case .beforeNumber:
            if nextShape == .digit { return .noBoundary(strong: true) }
            return startsSentencesOften(next) ? .boundary : .noBoundary(strong: false)
        case .ambiguous:
            return startsSentencesOften(next) ? .boundary : .noBoundary(strong: false)
        case .final:
            return nextShape == .digit ? .noBoundary(strong: false) : .boundary
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

    /// Where a footnote number attached to a full stop (`innovation.23`) starts: one to three
    /// digits after a full stop after a letter.
    func attachedFootnoteStart(from lower: Int, end: Int) -> Int? {
        var i = end
        while i > lower && end - i < 4 && text[i - 1] >= 0x30 && text[i - 1] <= 0x39 { i -= 1 }
        guard i < end, i - 2 >= lower, text[i - 1] == 0x2E else { return nil }
        let (before, _) = text.scalar(before: i - 1)
        return ScalarClass.isLetter(before) && ScalarClass.shape(before) == .lower ? i : nil
    }

    /// Digits joined by full stops, as section and figure numbers are: `2`, `2.1`, `24.7`.
    func isNumbering(from start: Int, to end: Int) -> Bool {
        guard start < end, text[start] >= 0x30 && text[start] <= 0x39 else { return false }
        for i in start..<end where !(text[i] >= 0x30 && text[i] <= 0x39) && text[i] != 0x2E { return false }
        return true
    }

    func endsInTerminal(_ word: Word) -> Bool {
        let end = tailStart(of: word)
        guard end > word.start else { return false }
        let (u, _) = text.scalar(before: end)
        return u == 0x2E || u == 0x2026 || ScalarClass.isStrongTerminal(u)
    }

    /// A word that is only closing quotes or brackets (`»` after a French sentence) or a citation
    /// mark (`[12]`, `[a]`, `[...]`).
    func isCloserOnly(_ start: Int, _ end: Int) -> Bool {
        let first = text[start]
        if first == 0x5B {
            guard text[end - 1] == 0x5D, end - start > 2, end - start <= 7 else { return false }
            for i in (start + 1)..<(end - 1) {
                let b = text[i]
                guard (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2E || b >= 0x80
                else { return false }
            }
            return true
        }
        guard first == 0x29 || first == 0x5D || first == 0x7D || first == 0xC2 || first == 0xE2 else { return false }
        var i = start
        while i < end {
            let (u, length) = text.scalar(at: i)
            guard ScalarClass.isCloser(u) && u != 0x27 && u != 0x22 else { return false }
            i += length
        }
        return true
    }

    /// A word that is only an ellipsis (`...`, `…`), possibly with closing quotes.
    func isEllipsisWord(_ start: Int, _ end: Int) -> Bool {
        let tail = tailStart(of: Word(start: start, end: end, startCP: 0, endCP: 0))
        if tail - start >= 3 && isAll(0x2E, from: start, to: tail) { return true }
        return tail - start == 3 && text.scalar(at: start).value == 0x2026
    }

    private func isAll(_ byte: UInt8, from start: Int, to end: Int) -> Bool {
        for i in start..<end where text[i] != byte { return false }
        return true
    }

    /// A dash standing alone: `-`, `--`, `–`, `—`.
    func isDashWord(_ start: Int, _ end: Int) -> Bool {
        if isAll(0x2D, from: start, to: end) { return end - start <= 2 }
        let (u, length) = text.scalar(at: start)
        return length == end - start && (u == 0x2013 || u == 0x2014 || u == 0x2015)
    }

    /// A footnote number after a sentence (`… a fee. 8 Yet some …`): one to three digits followed
    /// by a capitalised word.
    func isFootnoteNumber(_ start: Int, _ end: Int) -> Bool {
        guard end - start <= 3, isDigits(from: start, to: end), let after = nextWord(from: end) else { return false }
        let first = text[after.start]
        return first >= 0x41 && first <= 0x5A
    }

    /// Whether the words from `next` on are a speaker and a speech verb (`Mom asked`, `I say`,
    /// `Pete said`), so that a quoted question or exclamation before them does not end the sentence.
    func speechVerbFollows(_ next: (start: Int, end: Int)) -> Bool {
        var word = next
        for position in 0..<4 {
            let letters = wordLetterEnd(word.start, word.end)
            if position > 0 && cues.isSpeechVerb(text, word.start, letters) { return true }
            // The speaker: a pronoun or capitalised words, without punctuation or quotes.
            guard letters == word.end, shape(ofWordAt: word.start, end: word.end) == .upper else { return false }
            guard let following = nextWord(from: word.end) else { return false }
            word = following
        }
        return false
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
