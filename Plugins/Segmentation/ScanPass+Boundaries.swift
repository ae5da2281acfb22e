/// The sentence boundary rules: given the words around a gap, does a sentence end there?
extension ScanPass {
    /// What the punctuation at the end of a word says about the gap after it.
    enum Decision {
        /// A sentence ends.
        case boundary
        /// No sentence ends; `strong` when even a line break there would not end one (`e.g.`, a
        /// lowercase next word), weak when a line break would (`St.` ending an address line).
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
        if first >= 0x41 && first <= 0x5A, text[end - 1] == 0x3A || text[end - 1] == 0x2C,
           startsDatelineOrCaption(start, end) {
            return true
        }
        // Most words end in a letter or a comma: no punctuation rule applies after them.
        let last = text[w1.end - 1]
        if last >= 0x30 && last <= 0x39 {
            if endsDateline(nextStart: start, nextEnd: end) { return true }
            let footnote = anchor.start != w1.start
            if !footnote && !(w1.end - w1.start >= 2 && text.hasFullStop(from: max(w1.start, w1.end - 5), to: w1.end)) {
                return newlines > 0 && lineBreakEndsSentence(nextStart: start, nextEnd: end)
            }
        } else if !Self.mayEndSentence(last) {
            return newlines > 0 && lineBreakEndsSentence(nextStart: start, nextEnd: end)
        }
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

    /// Last bytes of a word after which a punctuation rule may apply: `.`, `!`, `?`, ASCII closing
    /// quotes and brackets, and the last byte of any multi-byte character (`…`, `”`, `»`, `？`).
    @inline(__always)
    static func mayEndSentence(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2E, 0x21, 0x3F, 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x80...: true
        default: false
        }
    }

    /// The decision for the punctuation ending the sentence's last word, or the word before the
    /// closing quotes, citation marks or footnote numbers standing after it, given the next word.
    func terminalDecision(nextStart: Int, nextEnd: Int) -> Decision {
        // A spaced ellipsis `. . .`: three dots continue the sentence, four end it.
        if text.isDotWord(w1.start, w1.end) {
            if text.isDotWord(nextStart, nextEnd) { return .noBoundary(strong: true) }
            if dotRun >= 4 || dotRun == 1 {
                return text.shape(ofWordAt: nextStart, end: nextEnd) == .lower ? .noBoundary(strong: true) : .boundary
            }
            return .noBoundary(strong: true)
        }
        var following = (start: nextStart, end: nextEnd)
        if text.isDotWord(nextStart, nextEnd) {
            // `word. . . . Next`: the word's full stop ends a sentence; the ellipsis leads the next.
            guard let after = text.wordAfterSpacedEllipsis(from: nextStart) else { return .noBoundary(strong: true) }
            following = after
        } else if text.endsInTerminal(anchor) {
            // Closing quotes, citations (`[12]`, `[...]`), an ellipsis or an attribution dash
            // standing after a sentence's final punctuation belong to that sentence.
            if text.isCloserOnly(nextStart, nextEnd) || text.isEllipsisWord(nextStart, nextEnd) { return .noBoundary(strong: true) }
            if text.isDashWord(nextStart, nextEnd) { return .noBoundary(strong: false) }
            if anchor.start == w1.start, text.isFootnoteNumber(nextStart, nextEnd) { return .footnote }
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
            guard cues.isWeekday(text, start, end - 1), let month = text.nextWord(from: end),
                  cues.isMonth(text, month.start, text.wordLetterEnd(month.start, month.end)) else { return false }
        } else {
            return false
        }
        let (previous, _) = text.scalar(before: w1.end)
        if previous == 0x2C || previous == 0x3A { return false }
        return !rules.abbreviations.isContinuationWord(text, from: w1.start, to: w1.end)
            && !rules.abbreviations.isContinuationWord(text, from: w1.start, to: text.wordLetterEnd(w1.start, w1.end))
    }

    /// Whether a dateline or a figure label ends before the next word: a sentence that began with
    /// a weekday date and has reached its year (`Tuesday, May 5, 2015 | The council…`), or a label
    /// and its number without a full stop (`Figure 1.3 | This map shows…`).
    func endsDateline(nextStart: Int, nextEnd: Int) -> Bool {
        guard sentenceWords >= 2, text.shape(ofWordAt: nextStart, end: nextEnd) == .upper else { return false }
        if sentenceWords == 2, cues.isFigureLabel(text, firstWord.start, firstWord.end),
           text[w1.end - 1] != 0x2E, text.isNumbering(from: w1.start, to: w1.end) {
            return true
        }
        if sentenceWords <= 5, w1.end - w1.start == 4, text.isDigits(from: w1.start, to: w1.end),
           text[firstWord.end - 1] == 0x2C, cues.isWeekday(text, firstWord.start, firstWord.end - 1) {
            return true
        }
        return false
    }

    /// The decision for a word ending in punctuation, possibly followed by closing quotes.
    func punctuationDecision(word: Word, before: Word, index: Int, next: (start: Int, end: Int)) -> Decision {
        let punctuationEnd = text.tailStart(of: word)
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
        var nextShape = text.shape(ofWordAt: next.start, end: next.end)
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
        if index == 1 && text.isNumbering(from: core, to: clusterStart) {
            return .noBoundary(strong: true)  // a section number: `2.1. Institutions`
        }
        if index == 2 && anchor.start == word.start && cues.isFigureLabel(text, firstWord.start, firstWord.end) {
            return .noBoundary(strong: false)  // `Figure 1. Original and mutant application.`
        }
        switch rules.abbreviations.kind(of: text, from: core, to: clusterStart) {
        case .inner:
            return .noBoundary(strong: true)
        case .title:
            // `Main St. The store…` ends a sentence; a title never precedes `The` or `He`.
            // Weak: `304 North Cardinal St.⏎Dorchester` ends a line.
            return startsSentenceAfterTitle(next) ? .boundary : .noBoundary(strong: false)
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
               ScalarClass.shape(text.firstScalarSkippingOpeners(before)) == .upper {
                return .noBoundary(strong: true)
            }
            return startsSentencesOften(next) ? .boundary : .noBoundary(strong: false)
        }
        if text.isDottedAbbreviation(from: core, to: clusterStart) {
            // `U.S.`, `a.m.`, `Ph.D.`: a boundary only before a sentence starter, and not before a
            // title after a fragment too short to be a sentence (`At 5 a.m. Mr. Smith left`).
            if nextShape == .digit || !startsSentencesOften(next) { return .noBoundary(strong: false) }
            if index < 4 && isTitle(next) { return .noBoundary(strong: false) }
            return .boundary
        }
        if nextShape == .upper, clusterStart - core <= 2, text.isDigits(from: core, to: clusterStart),
           rules.abbreviations.isDateNoun(text, from: next.start, to: text.wordLetterEnd(next.start, next.end)) {
            return .noBoundary(strong: false)  // German ordinal dates: `am 3. Oktober`
        }
        return .boundary
    }

    /// Whether a single line break after ``w1`` ends a sentence although no punctuation does:
    /// headlines, datelines, bylines and list items stand on their own lines; a line that breaks
    /// before a lowercase word, after a comma or after a function word is wrapped text, and so is
    /// a long line in a paragraph already seen to be wrapped.
    func lineBreakEndsSentence(nextStart: Int, nextEnd: Int) -> Bool {
        if text.shape(ofWordAt: nextStart, end: nextEnd) == .lower { return false }
        let (last, _) = text.scalar(before: w1.end)
        switch last {
        case 0x3A:
            return true  // a line ending in a colon introduces what follows: `Dear readers:`, `Ingredients:`
        case 0x2C:
            return wordsOnLine <= 4  // a salutation or closing: `Dear readers,`, `Best regards,`
        case 0x3B, 0x2D, 0x2013, 0x2014, 0x28, 0x26, 0x2F, 0x2B, 0x3D:
            return false
        default:
            // In hard-wrapped text a long line breaks wherever the width ran out.
            if wrappedParagraph && endsLongLine { return false }
            return !rules.abbreviations.isContinuationWord(text, from: w1.start, to: w1.end)
        }
    }

    /// Whether the words from `next` on are a speaker and a speech verb (`Mom asked`, `I say`,
    /// `Pete said`), so that a quoted question or exclamation before them does not end the sentence.
    func speechVerbFollows(_ next: (start: Int, end: Int)) -> Bool {
        var word = next
        for position in 0..<4 {
            let letters = text.wordLetterEnd(word.start, word.end)
            if position > 0 && cues.isSpeechVerb(text, word.start, letters) { return true }
            // The speaker: a pronoun or capitalised words, without punctuation or quotes.
            guard letters == word.end, text.shape(ofWordAt: word.start, end: word.end) == .upper else { return false }
            guard let following = text.nextWord(from: word.end) else { return false }
            word = following
        }
        return false
    }

    /// Whether the next word is a title such as `Mr.` or `Dr.`.
    func isTitle(_ next: (start: Int, end: Int)) -> Bool {
        let start = text.wordStartSkippingOpeners(next.start, next.end)
        return rules.abbreviations.kind(of: text, from: start, to: text.wordLetterEnd(start, next.end)) == .title
    }

    /// Whether the next word starts sentences and never continues a name after a title:
    /// `The`, `He`, `This`, `But` …
    func startsSentenceAfterTitle(_ next: (start: Int, end: Int)) -> Bool {
        let start = text.wordStartSkippingOpeners(next.start, next.end)
        return rules.starters.neverFollowsTitle(text, from: start, to: text.wordLetterEnd(start, next.end))
    }

    /// Whether the next word (after opening quotes) is a common sentence starter.
    /// An all-capitals word of two or more letters is an acronym (`ET`, `IT`), not a starter.
    func startsSentencesOften(_ next: (start: Int, end: Int)) -> Bool {
        let i = text.wordStartSkippingOpeners(next.start, next.end)
        let end = text.wordLetterEnd(i, next.end)
        if end - i >= 2 && text.isAll(uppercaseASCIIFrom: i, to: end) { return false }
        return rules.starters.contains(text, from: i, to: end)
    }
}
