extension AppealBlockFinder {
    /// The position of a lead-in sentence broken over two to four lines right above a block, in
    /// the newsroom's "we" ("Мы работаем в эмиграции и не можем" / "получать деньги из России
    /// обычным" / "способом."): the lines before the block's first line continue one sentence
    /// that ends just above it and starts after a sentence end, never on the document's first line.
    func brokenLeadIn(before first: Int, content: [Int], lines: [TextLine], evidence: [LineEvidence],
                      taken: Set<Int>) -> Int? {
        guard first >= 3, lines[content[first - 1]].endsSentence else { return nil }
        var k = first - 1
        var bytes = 0
        var speaksAsWe = false
        var opens = false
        while k > 0, first - k <= 4 {
            let e = evidence[content[k]]
            guard !taken.contains(content[k]), e.speaksOwnWords, e.score >= 0,
                  k == first - 1 || !lines[content[k]].endsSentence else { return nil }
            bytes += e.length
            speaksAsWe = speaksAsWe || e.firstPlural > 0
            if k < first - 1 && lines[content[k - 1]].endsSentence { opens = true; break }
            k -= 1
        }
        guard opens, speaksAsWe, bytes < 2 * leadInWe else { return nil }
        return k
    }
}

extension AppealBlockFinder {
    /// Whether a line is an imperative call naming a small price ("Subscribe from $45 and go in
    /// the draw …", "Werden Sie Fördermitglied ab 3 Euro im Monat"): its first word is a call verb,
    /// it carries a call to act and a small amount, and it is no reporting, quotation or first line.
    func callsWithPrice(_ evidence: LineEvidence, _ line: TextLine, isFirst: Bool) -> Bool {
        guard !isFirst, evidence.cues[.action] > 0, evidence.smallAmounts > 0, !evidence.isReporting,
              !evidence.isQuotation, evidence.score >= seedScore else { return false }
        // Normalised lines never open with a space.
        return line.opensWithCall
    }
}

extension AppealBlockFinder {
    /// The position of a short exclamation or question above a block that opens the appeal
    /// ("It's Radiothon week!", "Prefer to listen?"): at most six words, outside reporting and
    /// quoted speech, never the document's first line (the headline).
    func exclaimedHeader(before first: Int, content: [Int], lines: [TextLine], evidence: [LineEvidence],
                         taken: Set<Int>) -> Int? {
        guard first >= 2, !taken.contains(content[first - 1]) else { return nil }
        let line = lines[content[first - 1]]
        let e = evidence[content[first - 1]]
        guard line.endsWithExclamationOrQuestion, line.wordCount <= 6, e.length < 50, !e.isReporting, !e.isQuotation,
              !e.hasQuote, e.score >= 0 else { return nil }
        return first - 1
    }
}

extension AppealBlockFinder {
    /// Whether the one line left after a block is its closing note, even as a full sentence
    /// ("Offer for new subscribers only. Renews at the standard rate.", "Bereits Abonnent? Hier
    /// einloggen."): the document's last line, short, with some appeal evidence of its own, outside
    /// reporting and quoted speech.
    func closesDocument(after last: Int, content: [Int], evidence: [LineEvidence]) -> Bool {
        last + 2 == content.count && isClosingNote(evidence[content[last + 1]])
    }

    /// Whether a last line or sentence is short, carries some appeal evidence and is no reporting or quoted speech.
    func isClosingNote(_ e: LineEvidence) -> Bool {
        e.length < shortLine && e.score > 0 && e.speaksOwnWords
    }
}
