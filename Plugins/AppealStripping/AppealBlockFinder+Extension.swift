/// Extension rules: once a block is clearly an appeal, neighbouring lines that carry no article
/// evidence of their own are taken along where the text's shape says they belong to it (a
/// sentence the block opens in the middle of, a note after its closing button).
extension AppealBlockFinder {
    /// A sentence broken over lines continues into a block for at most this many lines above it.
    var brokenSentenceLines: Int { 6 }

    /// The position of the line where the sentence a block opens in the middle of starts ("Мы
    /// пишем об экологии там, где об" / "этом запрещено говорить: о" / "свалках, …" above "и
    /// экоактивистах, которых преследуют власти."): the block's first line opens in lower case,
    /// the lines above it end no sentence, bridge (no reporting, quotation or quoted speech) and
    /// go back to a line right after a sentence end, never to the document's first line.
    func sentenceStart(before first: Int, content: [Int], lines: [TextLine], evidence: [LineEvidence],
                       taken: Set<Int>) -> Int? {
        guard first >= 2, lines[content[first]].opensWithLetter, !lines[content[first]].opensWithCapital else { return nil }
        var k = first - 1
        var bytes = 0
        while k >= 1, first - k <= brokenSentenceLines {
            let e = evidence[content[k]]
            guard !taken.contains(content[k]), !lines[content[k]].endsSentence, bridges(e), !e.quotesSpeech,
                  e.namesNoOtherParty else { return nil }
            bytes += e.length
            if lines[content[k - 1]].endsSentence { return bytes < 2 * leadInWe ? k : nil }
            k -= 1
        }
        return nil
    }

    /// Whether the document's last line, after a block that ends with a button, is the box's
    /// second button or note ("Может быть, позже", "Maybe later", "Prefer to give by phone? Call
    /// …"): the block's last line is a short button without a full stop; the last line is one too,
    /// or a short question or call to the reader, or a note opening with what the button offers
    /// ("Become a member" / "Members get free studio time.") (an article's last line after an appeal in the
    /// middle is a statement: "Weekend sailings are not affected."), outside reporting, quotation
    /// and third parties.
    func closesAfterButton(after last: Int, content: [Int], lines: [TextLine], evidence: [LineEvidence]) -> Bool {
        guard last >= 1, last + 2 <= content.count else { return false }
        let button = lines[content[last]]
        let e = evidence[content[last + 1]]
        let line = lines[content[last + 1]]
        // In the middle of the text the article goes on: only a note on how to pay ("Paiement
        // par carte, virement ou mobile money", "Cancel anytime. Direct Debit or card.") is the
        // box's fine print there.
        let finePrint = e.cues[.payment] > 0 && e.smallAmounts == 0
        guard last + 2 == content.count || finePrint else { return false }
        // A sentence there is the article's last line unless it asks the reader something,
        // calls to act ("Prefer to give by phone? Call the station during office hours.") or
        // says how to pay.
        let asks = e.secondPerson > 0 || e.opensWithCall || line.opensWithQuestion || line.opensWithOffer(of: button) || finePrint
        return !button.endsSentence && button.wordCount <= 5 && evidence[content[last]].length < closingButton
            && e.length < shortLine && (line.wordCount <= 6 && !line.endsSentence || line.wordCount <= 12 && asks)
            && !e.isReporting && !e.isQuotation && !e.hasQuote && e.score >= 0
            && e.namesNoOtherParty && e.largeAmounts == 0
    }
}

extension AppealBlockFinder {
    /// A statement leading into a block that opens in the newsroom's "we" has at most this many words.
    var leadInBeforeWeWords: Int { 12 }

    /// Whether the line (or sentence) right above a block whose first line opens with the
    /// newsroom's "we" or "our" ("Our studio trains residents …", "Нашу энциклопедию пишут …")
    /// is the appeal's opening statement ("Every story on this page was reported by a teenager.",
    /// "Пожалуйста, дочитайте это сообщение до конца."): one sentence of at most twelve words
    /// naming the medium, speaking to the reader or pointing at the page (the document's first
    /// line only with a full stop: a headline has none), outside quotation, third parties and large sums; a reporting word is
    /// allowed only beside a word naming the medium's work ("story", "journalism") in a line
    /// pointing at the page, never twice.
    /// - Parameter inParagraph: whether the lines are the sentences of one paragraph.
    func leadsIntoWe(before first: Int, content: [Int], lines: [TextLine], evidence: [LineEvidence],
                     taken: Set<Int>, inParagraph: Bool = false) -> Bool {
        guard first >= 1, !taken.contains(content[first - 1]), lines[content[first]].opensWithWe else { return false }
        let line = lines[content[first - 1]]
        // The document's first line is the headline unless it ends with a full stop.
        guard first >= 2 || line.endsWithPeriod else { return false }
        let e = evidence[content[first - 1]]
        guard line.wordCount <= leadInBeforeWeWords, e.length < shortLine, !e.isQuotation, !e.hasQuote,
              e.namesNoOtherParty, e.largeAmounts == 0, e.score > -3.5,
              // A sentence glued onto a paragraph's reporting ("Two members said …") takes a reporting
              // word only where it also points at the page ("Every story on this page was reported by …").
              !e.isReporting || (e.cues[.reporting] == 1 && e.cues[.newsroom] > 0 && (!inParagraph || line.pointsAtItself)),
              line.sentences().count == 1 else { return false }
        // The article's short last sentence looks the same ("Engineers replaced two cables."): the
        // statement must name the medium's work, speak to the reader, or point at the page itself.
        return e.cues[.newsroom] > 0 || e.secondPerson > 0 || line.pointsAtItself
    }
}

extension TextLine {
    /// Phrases by which a line points at the page or message it stands on, or asks politely
    /// ("this page", "ce message", "это сообщение", "please", "пожалуйста").
    static let selfReferences: [[UInt8]] = [
        "this page", "this message", "this site", "this website", "this banner", "this box", "please",
        "diese seite", "diese nachricht", "dieser seite", "bitte", "cette page", "ce message", "ce site",
        "s'il vous plaît", "s'il vous plait", "это сообщение", "эту страницу", "этой странице", "этот сайт",
        "пожалуйста",
    ].map { Array($0.utf8) }

    /// Whether the line points at the page or message it stands on, or asks politely: a phrase of
    /// ``selfReferences`` as whole words ("please", not "pleased").
    var pointsAtItself: Bool {
        Self.selfReferences.contains { phrase in
            guard phrase.count <= lowered.count else { return false }
            var i = 0
            while i + phrase.count <= lowered.count {
                let end = i + phrase.count
                if lowered[i] == phrase[0], lowered[i..<end].elementsEqual(phrase),
                   i == 0 || !TextNormalizer.isWordByte(lowered[i - 1]),
                   end == lowered.count || !TextNormalizer.isWordByte(lowered[end]) {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    /// Words of the newsroom's "we" that open an appeal's own paragraph ("Our offices were raided
    /// …", "Нашу энциклопедию пишут …"). Straight apostrophes only: ``TextNormalizer`` turns curly
    /// ones into `'` before any line is read.
    static let weWords: Set<String> = [
        "we", "our", "we're", "we've", "wir", "unser", "unsere", "unserer", "unseren",
        "nous", "notre", "nos", "мы", "наш", "наша", "нашу", "наше", "наши", "нашей", "нашего", "нашим", "нас",
    ]

    /// Whether the line's first word is the newsroom's "we" or "our".
    var opensWithWe: Bool {
        Self.isWeWord(lowered, at: TextNormalizer.wordStart(in: lowered))
    }

    /// Whether the word starting at `start` of a normalised line is the newsroom's "we" or "our"
    /// (``weWords``; apostrophes belong to the word).
    static func isWeWord(_ bytes: [UInt8], at start: Int) -> Bool {
        var end = start
        while end < bytes.count, TextNormalizer.isWordByte(bytes[end]) || bytes[end] == 0x27 { end += 1 }
        guard end > start, end - start <= 16 else { return false }
        return weWords.contains(String(decoding: bytes[start..<end], as: UTF8.self))
    }
}

extension TextLine {
    /// Whether the line's first sentence is a question ("Prefer to give by phone? Call …").
    var opensWithQuestion: Bool {
        for byte in lowered {
            if byte == 0x3F { return true }
            if byte == 0x2E || byte == 0x21 { return false }
        }
        return false
    }
}

extension AppealBlockFinder {
    /// A clear appeal's body reaches over at most this many plain sentences up to its "we" sentence.
    var weBodySentences: Int { 3 }

    /// The position of the sentence in the newsroom's "we" that opens a clear appeal's body a few
    /// plain sentences above it ("We are an independent, reader-supported magazine. Subscriptions
    /// cover less than half of what it costs. Donors cover the rest." above "Subscribe · Donate"):
    /// up to three sentences between, each without reporting, quotation, quoted speech, third
    /// parties or a negative score; never the text's first sentence (the headline glued onto the lede).
    /// A sentence opening with "we" or "our" opens the body up to twice the length of a lead-in in
    /// the newsroom's "we" (``leadInWe``): the body's first sentence tells what the newsroom does at
    /// some length ("Мы рассказываем о регионах, чьи …").
    func weBodyStart(before first: Int, content: [Int], lines: [TextLine], evidence: [LineEvidence],
                     taken: Set<Int>) -> Int? {
        var k = first - 1
        while k >= 1, first - k <= weBodySentences + 1 {
            let e = evidence[content[k]]
            guard !taken.contains(content[k]), bridges(e), !e.quotesSpeech, !e.hasQuote, e.score >= 0,
                  e.namesNoOtherParty else { return nil }
            if speaksAsNewsroom(e) { return k }
            if lines[content[k]].opensWithWe, e.points < 2 * leadInWe, !e.isReporting, !e.isQuotation { return k }
            k -= 1
        }
        return nil
    }
}

extension TextLine {
    /// Whether the line's first word names what the button offers as its last word ("Become a
    /// member" / "Members get free studio time."): one word starts with the other, both of five
    /// letters or more; or names those who follow the button's call, its first word made a noun
    /// ("Back season three" / "Backers hear every episode early.", "Support us" / "Supporters
    /// get …"): a longer word starting with the call verb of four letters or more.
    func opensWithOffer(of button: TextLine) -> Bool {
        guard let first = words(fromStart: true).first else { return false }
        if button.opensWithCall, let verb = button.words(fromStart: true).first, verb.count >= 4,
           first.count > verb.count, first.starts(with: verb) {
            return true
        }
        guard let last = button.words(fromStart: false).first, min(first.count, last.count) >= 5 else { return false }
        return first.starts(with: last) || last.starts(with: first)
    }

    /// The line's lowercased words (UTF-8 bytes), from the start or from the end.
    private func words(fromStart: Bool) -> [ArraySlice<UInt8>] {
        let all = lowered.split(whereSeparator: { !TextNormalizer.isWordByte($0) })
        return fromStart ? all : all.reversed()
    }
}
