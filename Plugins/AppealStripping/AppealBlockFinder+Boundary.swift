/// Boundary rules: which neighbouring lines of a found appeal belong to it although they carry
/// little or no appeal evidence of their own (a slogan above it, a button or progress bar below).
extension AppealBlockFinder {
    /// A tagline above an appeal has at most this many words ("Lösungen statt Schlagzeilen.").
    var taglineWords: Int { 9 }
    /// ... and fewer UTF-8 bytes than this.
    var taglineBytes: Int { 64 }

    /// The position of a slogan line right above a block that opens the appeal ("L'info locale a
    /// un coût.", "More than 70,000 free ebooks, made by volunteers.", "To everyone who uses the
    /// archive:"): one short sentence of its own line, ending with a full stop, colon or
    /// exclamation mark, outside reporting, quotation and third parties, above a block whose first
    /// line speaks to the reader or as the newsroom, right below the headline. A headline carries no full stop, so the
    /// document's first line is taken too when it ends with one (or with a colon: a salutation);
    /// a question may be the headline and is left to ``exclaimedHeader``.
    func tagline(before first: Int, content: [Int], lines: [TextLine], evidence: [LineEvidence],
                 taken: Set<Int>) -> Int? {
        guard first >= 1, !taken.contains(content[first - 1]) else { return nil }
        let line = lines[content[first - 1]]
        let e = evidence[content[first - 1]]
        let opening = evidence[content[first]]
        guard e.length < taglineBytes, line.wordCount >= 2, line.wordCount <= taglineWords,
              line.endsWithPeriod || line.endsWithColon || line.endsWithExclamation,
              !e.isReporting, !e.isQuotation, !e.hasQuote, e.score >= 0, e.namesNoOtherParty,
              opening.speaksToReader || opening.hasCallOrVoice,
              line.sentences().count == 1 else { return nil }
        // It is the document's first line, or stands between the headline (no full stop) and the
        // appeal; further down, an article's short last paragraph ("Engineers replaced two cables.")
        // looks the same, and a slogan there joins only on appeal evidence of its own (``isLeadIn``).
        guard first == 1 || (first == 2 && !lines[content[0]].endsSentence) else { return nil }
        return first - 1
    }

    /// Whether the line right after a block, as the document's last line, is its closing button or
    /// progress bar ("Stand with independent Myanmar media", "$31,412 raised of $67,000"): short,
    /// without a full stop, naming the medium or carrying appeal evidence, outside reporting and quotation.
    func closesWithButton(after last: Int, content: [Int], lines: [TextLine], evidence: [LineEvidence]) -> Bool {
        guard last + 2 == content.count else { return false }
        let e = evidence[content[last + 1]]
        let line = lines[content[last + 1]]
        return e.length < shortLine && !line.endsWithPeriod && line.wordCount <= 8 && !e.isReporting && !e.isQuotation
            && !e.quotesSpeech && e.score >= 0 && (e.cues[.newsroom] > 0 || e.score > 0 || e.opensWithCall || e.isProgressBar)
    }
}

extension AppealBlockFinder {
    /// Whether a sentence cannot open an appeal without the sentence before it: an elliptic reply
    /// in the newsroom's "we" of at most three words ("So do we.", "Wir auch."), or of four opening
    /// with the word that makes it a reply ("Neither is our reporting.", "Nor is our newsroom."),
    /// or a short call ending on a word pointing back ("Help us fight it.").
    func answersPrevious(_ line: TextLine, _ e: LineEvidence) -> Bool {
        guard e.speaksOwnWords, line.endsWithPeriod || line.endsWithExclamation else { return false }
        if line.wordCount <= 3 && e.firstPlural > 0 && !e.hasCallOrVoice && e.score <= 0.5 { return true }
        if line.wordCount <= 4 && line.opensWithReply && e.firstPlural > 0 && e.cues[.action] == 0 { return true }
        return line.wordCount <= 5 && e.cues[.action] > 0 && line.endsPointingBack
    }
}

extension AppealBlockFinder {
    /// Whether two plain lines are one sentence broken over lines inside an appeal ("Каждый будний
    /// день — главное об экономике и бизнесе в России за" / "пять минут чтения. Это бесплатно,"):
    /// the first ends without punctuation, the second opens in lower case, both may bridge.
    func continuesSentence(_ first: Int, _ second: Int, lines: [TextLine], evidence: [LineEvidence]) -> Bool {
        !lines[first].endsSentence && !lines[second].opensWithCapital && lines[second].opensWithLetter
            && bridges(evidence[first]) && bridges(evidence[second])
    }
}

extension TextLine {
    /// Whether the line's first non-space character is a letter.
    var opensWithLetter: Bool {
        text.unicodeScalars.first { !$0.properties.isWhitespace }?.properties.isAlphabetic ?? false
    }

    /// Words that open an elliptic reply to the sentence before ("Neither is our reporting.").
    static let replyOpenings: Set<String> = ["neither", "nor", "so", "ebenso", "auch", "non", "ni", "как", "и"]

    /// Whether the line's first word opens an elliptic reply (``replyOpenings``).
    var opensWithReply: Bool {
        var end = 0
        while end < lowered.count, TextNormalizer.isWordByte(lowered[end]) { end += 1 }
        return end > 0 && Self.replyOpenings.contains(String(decoding: lowered[..<end], as: UTF8.self))
    }

    /// Words that point back to the sentence before ("Help us fight it.").
    static let pointingBack: Set<String> = ["it", "this", "that", "them", "es", "das", "cela", "ça", "это", "их"]

    /// Whether the line's last word, before its closing punctuation, points back ("… fight it.").
    var endsPointingBack: Bool {
        var end = lowered.count
        while end > 0, !TextNormalizer.isWordByte(lowered[end - 1]) { end -= 1 }
        var start = end
        while start > 0, TextNormalizer.isWordByte(lowered[start - 1]) { start -= 1 }
        return start < end && Self.pointingBack.contains(String(decoding: lowered[start..<end], as: UTF8.self))
    }

    /// Whether the line ends with a colon (possibly followed by spaces).
    var endsWithColon: Bool {
        var bytes = lowered[...]
        while let last = bytes.last, last == 0x20 { bytes = bytes.dropLast() }
        return bytes.last == 0x3A
    }
}
