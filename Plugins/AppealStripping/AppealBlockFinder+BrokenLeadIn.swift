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
            guard !taken.contains(content[k]), !e.isReporting, !e.isQuotation, !e.quotesSpeech, e.score >= 0,
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
