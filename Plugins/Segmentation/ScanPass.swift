import PipelineKit

/// The state of one scan over one text.
struct ScanPass {
    let text: UTF8Text
    let rules: SentenceScanner
    /// The spans found so far.
    var result = Segmentation()

    /// Code point where the open paragraph starts, or -1.
    var paragraphStart = -1
    /// Code point where the open sentence starts, or -1.
    var sentenceStart = -1
    /// Code point after the last word seen.
    var lastEnd = 0
    /// Words in the open sentence so far.
    var sentenceWords = 0
    /// How many of the open sentence's first words are bullets or list markers.
    var leadingMarkers = 0
    var inMarkerRun = false
    /// The marker that opened the current list item, if any in this paragraph.
    var list: ListMarker?
    /// The last word of the open paragraph.
    var w1 = Word.none
    /// The last word of the open sentence that is not a closing quote, citation mark or footnote
    /// number standing alone (those attach to the punctuation before them), the word before it,
    /// and its position in the sentence (1-based).
    var anchor = Word.none, anchorBefore = Word.none, anchorIndex = 0
    /// The first word of the open sentence.
    var firstWord = Word.none
    /// Words on the current line so far, and the code point where the line starts.
    var wordsOnLine = 0
    var lineStart = 0
    /// Whether the open paragraph is hard-wrapped text: a long line in it broke before a
    /// lowercase word.
    var wrappedParagraph = false
    /// Set when the next word is a footnote number attached to the sentence before it.
    var footnotePending = false
    /// The cue word lists of the scanner.
    var cues: CueWords { rules.cues }
    /// Consecutive words that are a lone full stop (a spaced ellipsis `. . .`).
    var dotRun = 0
    /// Scratch buffer for the tokenizer: byte offsets of the scalars of one word.
    var scalarStarts: [Int] = []
    /// Scratch buffer for the tokenizer: trailing punctuation tokens of one word, last first.
    var trailingTokens: [(Int, Int)] = []

    init(text: UTF8Text, rules: SentenceScanner) {
        self.text = text
        self.rules = rules
        result.paragraphs.reserveCapacity(text.count / 400 + 1)
        result.sentences.reserveCapacity(text.count / 100 + 1)
        if rules.wantsTokens { result.tokens.reserveCapacity(text.count / 5 + 1) }
    }

    /// Scans the whole text, closing the last sentence and paragraph at its end.
    mutating func run() {
        let bytes = text.bytes
        let n = bytes.count
        var i = 0
        var cp = 0
        guard n > 0, let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let wantsTokens = rules.wantsTokens
        while true {
            // White space between words; count line breaks.
            var newlines = 0
            while i < n {
                let b = bytes[i]
                if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C {
                    i &+= 1; cp &+= 1
                } else if b == 0x0A {
                    newlines &+= 1; i &+= 1; cp &+= 1
                } else if b >= 0xC2, b == 0xC2 || b == 0xE2 || b == 0xE3, let space = text.unicodeSpace(at: i) {
                    newlines &+= space.newlines; i &+= space.length; cp &+= 1
                } else {
                    break
                }
            }
            if i >= n { break }
            // The word.
            let start = i
            let startCP = cp
            while i < n {
                // Eight bytes at a time while they are printable ASCII: find the first byte that is
                // a control or space (<= 0x20) or part of a multi-byte character (>= 0x80).
                while i &+ 8 <= n {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let special = ((x &- 0x2121_2121_2121_2121) & ~x | x) & 0x8080_8080_8080_8080
                    if special == 0 {
                        i &+= 8; cp &+= 8
                    } else {
                        let ordinary = special.trailingZeroBitCount >> 3
                        i &+= ordinary; cp &+= ordinary
                        break
                    }
                }
                // A run of multi-byte characters (Cyrillic, Greek, accented words) byte by byte,
                // stopping at lead bytes that may start a Unicode space.
                while i < n {
                    let b = bytes[i]
                    guard b >= 0x80 && b != 0xC2 && b != 0xE2 && b != 0xE3 else { break }
                    if b & 0xC0 != 0x80 { cp &+= 1 }
                    i &+= 1
                }
                guard i < n else { break }
                let b = bytes[i]
                if b <= 0x20 {
                    if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C { break }
                } else if b >= 0xC2, b == 0xC2 || b == 0xE2 || b == 0xE3, text.unicodeSpace(at: i) != nil {
                    break
                }
                if b & 0xC0 != 0x80 { cp &+= 1 }
                i &+= 1
            }
            let word = Word(start: start, end: i, startCP: startCP, endCP: cp)
            if newlines == 0 && continuesSentence(word) {
                // The common case, inlined: a lowercase word after a word ending in a letter or comma.
                sentenceWords &+= 1
                anchorBefore = w1
                anchor = word
                anchorIndex = sentenceWords
                w1 = word
                lastEnd = cp
                dotRun = 0
                wordsOnLine &+= 1
                if wantsTokens { tokenize(word) }
            } else {
                accept(word, newlines: newlines)
            }
        }
        closeSentence()
        closeParagraph()
    }

    /// Places the boundaries before `word`, then adds it to the open sentence.
    mutating func accept(_ word: Word, newlines: Int) {
        defer {
            if newlines > 0 {
                wordsOnLine = 1
                lineStart = word.startCP
            } else {
                wordsOnLine += 1
            }
        }
        if paragraphStart >= 0 && newlines == 1 && endsLongLine {
            let first = text[word.start]
            if first >= 0x61 && first <= 0x7A { wrappedParagraph = true }
        }
        if paragraphStart >= 0 {
            if newlines >= 2 {
                closeSentence()
                closeParagraph()
            } else if needsBoundaryRules(before: word, newlines: newlines),
                      sentenceEnds(before: word.start, end: word.end, newlines: newlines) {
                closeSentence()
            }
        }
        if paragraphStart < 0 {
            paragraphStart = word.startCP
            list = nil
            wrappedParagraph = false
            w1 = .none; anchor = .none; anchorBefore = .none
            dotRun = 0
        }
        if sentenceStart < 0 {
            sentenceStart = word.startCP
            sentenceWords = 0
            leadingMarkers = 0
            inMarkerRun = true
            firstWord = word
            footnotePending = false
        }
        let first = text[word.start]
        let attached = footnotePending
            || (sentenceWords > 0 && (first == 0x5B || first == 0x29 || first == 0x5D || first == 0x7D || first >= 0xC2)
                && text.isCloserOnly(word.start, word.end))
        footnotePending = false
        sentenceWords += 1
        if inMarkerRun { noteLeadingMarker(word) }
        dotRun = first == 0x2E && text.isDotWord(word.start, word.end) ? dotRun + 1 : 0
        if !attached {
            anchorBefore = w1
            anchor = word
            anchorIndex = sentenceWords
        }
        w1 = word
        lastEnd = word.endCP
        if rules.wantsTokens { tokenize(word) }
    }

    /// Whether `word` simply continues the open sentence: it starts with a lowercase letter (ASCII,
    /// Latin-1 or Cyrillic), the word before it ends in a letter, comma or semicolon, and no list, marker run or
    /// footnote needs attention.
    @inline(__always)
    private func continuesSentence(_ word: Word) -> Bool {
        let first = text[word.start]
        if first < 0x61 || first > 0x7A {
            // A lowercase Cyrillic (а–я, ё) or Latin-1 (ß–ÿ) letter.
            guard first == 0xD0 || first == 0xD1 || first == 0xC3, word.end - word.start >= 2 else { return false }
            let second = text[word.start + 1]
            let lowercase = first == 0xD0 ? second >= 0xB0 : first == 0xD1 ? second <= 0x9F : second >= 0x9F
            guard lowercase else { return false }
        }
        guard sentenceStart >= 0, w1.exists else { return false }
        let last = text[w1.end - 1]
        if last >= 0x80 {
            // The word before ends in a Cyrillic or Latin-1 letter.
            guard w1.end - w1.start >= 2, last < 0xC0 else { return false }
            let lead = text[w1.end - 2]
            guard lead == 0xD0 || lead == 0xD1 || lead == 0xC3 else { return false }
        } else {
            guard (last >= 0x61 && last <= 0x7A) || (last >= 0x41 && last <= 0x5A) || last == 0x2C || last == 0x3B
            else { return false }
        }
        return list == nil && !inMarkerRun && !footnotePending
    }

    /// Whether any boundary rule can apply before `word`: most words follow a word ending in a
    /// letter or comma on the same line and start with a letter, and need no further look.
    @inline(__always)
    private func needsBoundaryRules(before word: Word, newlines: Int) -> Bool {
        if newlines > 0 { return true }
        let last = text[w1.end - 1]
        // After `.`, `!`, `?`, quotes, brackets, digits or any multi-byte character.
        if last >= 0x80 || last <= 0x3F && last != 0x2C && last != 0x2D && last != 0x3B && last != 0x3A {
            return true
        }
        if last == 0x5D || last == 0x7D { return true }
        let first = text[word.start]
        // Before bullets and other multi-byte symbols, captions, datelines and list markers.
        if first >= 0xE2 { return true }
        if first >= 0x41 && first <= 0x5A {
            let end = text[word.end - 1]
            if end == 0x3A || end == 0x2C { return true }
        }
        return list != nil
    }

    /// Whether the line that ends with ``w1`` is as long as the lines of wrapped text are.
    var endsLongLine: Bool { w1.endCP - lineStart >= 55 }

    /// Counts bullets and list markers at the start of a sentence; a numbered or first lettered
    /// marker there opens a list whose next marker will start a new sentence.
    private mutating func noteLeadingMarker(_ word: Word) {
        if text.isBulletWord(word.start, word.end) {
            leadingMarkers += 1
        } else if let marker = ListMarker(text, from: word.start, to: word.end) {
            leadingMarkers += 1
            if marker.kind == .number || marker.value == 1 || (list?.isFollowed(by: marker) ?? false) {
                list = marker
            }
        } else {
            inMarkerRun = false
        }
    }

    /// Ends the open sentence, if any, after the last word.
    mutating func closeSentence() {
        guard sentenceStart >= 0 else { return }
        result.sentences.append(Span(start: sentenceStart, end: lastEnd))
        sentenceStart = -1
    }

    /// Ends the open paragraph, if any, after the last word.
    mutating func closeParagraph() {
        guard paragraphStart >= 0 else { return }
        result.paragraphs.append(Span(start: paragraphStart, end: lastEnd))
        paragraphStart = -1
    }
}
