import PipelineKit

/// One line of a document: its code point span, its text and a lowercased UTF-8 copy for matching.
struct TextLine: Sendable {
    /// Code point span of the line's content, without the line break.
    var span: Span
    /// The line as written.
    var text: String
    /// The line lowercased, as UTF-8 bytes, for phrase matching.
    var lowered: [UInt8]
    /// Length of the line without surrounding whitespace, in UTF-8 bytes.
    var trimmedByteCount: Int

    /// Whether the line ends with sentence or clause punctuation (`.`, `!`, `?`, `:`, `;`,
    /// possibly followed by a closing quote), so a following short line starts afresh.
    var endsSentence: Bool {
        guard let last = lastMark else { return true }
        return last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A || last == 0x3B
    }

    /// The line's last byte before any closing quotes or brackets (`"`, `'`, `)`); nil when none.
    private var lastMark: UInt8? {
        lowered.last { $0 != 0x22 && $0 != 0x27 && $0 != 0x29 }
    }

    /// Whether the line ends with a full stop (possibly followed by a closing quote).
    var endsWithPeriod: Bool { lastMark == 0x2E }

    /// Whether the line looks like a headline after a button: headline length (45+ bytes, or five
    /// words without closing punctuation) and
    /// opening with a capital letter or a number ("10 protesters jailed after …"), so it starts a unit of its own.
    var opensHeadline: Bool {
        guard trimmedByteCount >= 45 || (wordCount >= 5 && !endsSentence) else { return false }
        var bytes = text.utf8.drop { TextLine.isSpaceByte($0) }.makeIterator()
        guard let first = bytes.next() else { return false }
        if first >= 0x41 && first <= 0x5A || first >= 0x30 && first <= 0x39 { return true }
        // Cyrillic capitals А-Я (D0 90-AF) and Ё (D0 81).
        guard first == 0xD0, let second = bytes.next() else { return false }
        return (second >= 0x90 && second <= 0xAF) || second == 0x81
    }

    /// Whether the line is a sentence of its own: four words or more from a capital to a full stop
    /// ("Weekend sailings are not affected." after a "Sign up" button is not the button's rest).
    var isFullSentence: Bool {
        guard endsWithPeriod, wordCount >= 4, let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace })
        else { return false }
        return first.properties.isUppercase
    }

    /// The line cut where blank lines were before its line breaks were lost (two spaces), into at
    /// most `limit` pieces (the last holds the rest).
    /// One pass over the scalars: the rest after each cut is a range of them, not a new line, so
    /// a long text with many gaps costs linear time.
    func paragraphs(upTo limit: Int = .max) -> [TextLine] {
        let scalars = Array(text.unicodeScalars)
        var pieces: [TextLine] = []
        var rest = 0..<scalars.count
        var restIsSelf = true
        while pieces.count + 1 < limit {
            // The first of two spaces in a row inside the rest: where a blank line was.
            var gap: Int?
            var i = rest.lowerBound + 1
            while i < rest.upperBound {
                if scalars[i] == " " && scalars[i - 1] == " " { gap = i - 1; break }
                i += 1
            }
            guard let gap, gap > rest.lowerBound, let head = piece(of: scalars, rest.lowerBound..<gap),
                  let tail = Self.trimmed(gap..<rest.upperBound, of: scalars)
            else { break }
            pieces.append(head)
            rest = tail
            restIsSelf = false
        }
        // The rest is the line itself when nothing was cut (untrimmed, as it came).
        pieces.append(restIsSelf ? self : piece(of: scalars, rest) ?? self)
        return pieces
    }

    /// The number of space-separated words.
    var wordCount: Int {
        var count = 0
        var inWord = false
        for byte in lowered {
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// Whether the line ends with `!` or `?` (possibly followed by a closing quote).
    var endsWithExclamationOrQuestion: Bool { lastMark.map { $0 == 0x21 || $0 == 0x3F } ?? false }

    /// Whether the line ends with `?` (possibly followed by a closing quote).
    var endsWithQuestion: Bool { endsWithExclamationOrQuestion && !endsWithExclamation }

    /// Whether the line ends with `!` (possibly followed by a closing quote).
    var endsWithExclamation: Bool { lastMark == 0x21 }

    /// Whether the line opens with a verb that calls to act ("Become", "Abonnez", "Поддержите";
    /// see ``AppealLexicon/callVerbs``).
    var opensWithCall: Bool { LineEvidence.opensWithCallVerb(lowered) }

    /// Whether the line or one of its clauses (after `.`, `!`, `?`, `:`, `;` or a dash) opens with a
    /// call verb, as an imperative does ("It's paid for by readers — chip in today").
    var hasClauseOpeningWithCall: Bool {
        var start = 0
        var i = 0
        let n = lowered.count
        while i <= n {
            if i == n || lowered[i] == 0x20 {
                if start < i, start == 0 || Self.opensClause(lowered, before: start),
                   AppealLexicon.callVerbs.contains(String(decoding: lowered[start..<i].prefix { TextNormalizer.isWordByte($0) },
                                                           as: UTF8.self)) {
                    return true
                }
                start = i + 1
            }
            i += 1
        }
        return false
    }

    /// Whether the word starting at `start` follows clause punctuation ("…, not advertisers - chip").
    private static func opensClause(_ bytes: [UInt8], before start: Int) -> Bool {
        guard start >= 2, bytes[start - 1] == 0x20 else { return false }
        let mark = bytes[start - 2]
        return mark == 0x2E || mark == 0x21 || mark == 0x3F || mark == 0x3A || mark == 0x3B || mark == 0x2D
    }

    /// Whether the line's first letter is lower case ("в Instagram и нашем Telegram-канале"): the rest
    /// of a sentence broken at the line's start. Bullets, digits and marks before it make no such line,
    /// nor a first word ending in a colon or in "-vous" / "-toi".
    var opensLowercase: Bool {
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }), first.properties.isLowercase else { return false }
        let word = text.drop(while: \.isWhitespace).prefix { !$0.isWhitespace }
        // A credit ("фото: …", "photo: …") and a French button's imperative ("identifiez-vous …") open lines of their own.
        return !word.hasSuffix(":") && !word.hasSuffix("-vous") && !word.hasSuffix("-toi")
    }

    /// Whether the line holds nothing but whitespace.
    var isBlank: Bool { trimmedByteCount == 0 }

    /// Splits a text at `\n` (a preceding `\r` stays with the line), counting code points while
    /// scanning bytes.
    static func lines(of text: String) -> [TextLine] {
        var lines: [TextLine] = []
        let bytes = Array(text.utf8)
        var lineStartByte = 0
        var lineStartPoint = 0
        var points = 0
        func close(at byteEnd: Int) {
            let slice = bytes[lineStartByte..<byteEnd]
            let lineText = String(decoding: slice, as: UTF8.self)
            var trimmed = 0
            var first = slice.startIndex
            var last = slice.endIndex
            while first < last, isSpaceByte(slice[first]) { first += 1 }
            while last > first, isSpaceByte(slice[last - 1]) { last -= 1 }
            trimmed = last - first
            lines.append(TextLine(
                span: Span(start: lineStartPoint, end: points), text: lineText,
                lowered: TextNormalizer.normalized(lineText), trimmedByteCount: trimmed))
        }
        for (offset, byte) in bytes.enumerated() {
            if byte == 0x0A {
                close(at: offset)
                lineStartByte = offset + 1
                lineStartPoint = points + 1
            }
            if byte & 0xC0 != 0x80 { points += 1 }
        }
        close(at: bytes.count)
        return lines
    }

    /// ASCII whitespace, and the lead byte of no-break space (U+00A0 as C2 A0) is not counted.
    static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A || byte == 0x0B || byte == 0x0C
    }
}

extension TextLine {
    /// Lines shorter than this (UTF-8 bytes, trimmed) are merged with short neighbours.
    static let shortRunLimit = 60
    /// A first line at least this long (UTF-8 bytes) is read as the headline and not merged.
    static let headlineBytes = 36

    /// Merges runs of consecutive short lines into one unit, so an appeal split over short lines
    /// ("Donate" / "now") is read as the phrase it is, and a line that breaks a sentence with the line
    /// going on in lower case under it ("… на нашей странице" / "в Instagram и нашем Telegram-канале").
    /// Blank and other long lines stay as they are.
    static func units(merging lines: [TextLine]) -> [TextLine] {
        var units: [TextLine] = []
        let firstContent = lines.firstIndex { !$0.isBlank } ?? 0
        var i = 0
        while i < lines.count {
            var j = i + 1
            // The document's first line, when it is headline-long, stays a unit of its own.
            let isHeadline = i == firstContent && (lines[i].trimmedByteCount >= headlineBytes || isShortHeadline(lines, at: i))
            if !lines[i].isBlank && lines[i].trimmedByteCount < shortRunLimit && !isHeadline {
                while j < lines.count && !lines[j].isBlank && lines[j].trimmedByteCount < shortRunLimit
                        && !lines[j - 1].endsSentence && !lines[j - 1].endsWithArrow && !lines[j].opensHeadline && !lines[j].isFullSentence { j += 1 }
            }
            // A sentence the scrape broke over two lines (the second going on in lower case) is one unit.
            while !isHeadline, j < lines.count, !lines[j - 1].isBlank, !lines[j].isBlank, !lines[j - 1].endsSentence,
                  !lines[j - 1].endsWithArrow, lines[j].opensLowercase { j += 1 }
            if j - i == 1 {
                units.append(lines[i])
            } else {
                let run = lines[i..<j]
                let text = run.map(\.text).joined(separator: " ")
                units.append(TextLine(
                    span: Span(start: lines[i].span.start, end: lines[j - 1].span.end), text: text,
                    lowered: TextNormalizer.normalized(text),
                    trimmedByteCount: run.reduce(0) { $0 + $1.trimmedByteCount + 1 } - 1))
            }
            i = j
        }
        return units
    }
}
