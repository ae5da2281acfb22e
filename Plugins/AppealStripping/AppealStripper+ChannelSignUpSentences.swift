import PipelineKit

/// A sign-up for the outlet's channel printed as one of the last sentences of a paragraph
/// ("… the week's other stories. Подписывайтесь и на наш канал. Увидимся через неделю."): the
/// one-line rule (``channelSignUpLines(in:evidence:)``) reads whole lines only. The sentence must
/// say whose channel it is in the outlet's own words ("our", "наш", "us", a handle), not merely name
/// one: inside a paragraph a capitalised name is as likely someone else's.
extension AppealStripper {
    /// How many sentences from a paragraph's end a sign-up may stand.
    static let signUpSentenceReach = 2

    /// A sign-up sentence opens within this many bytes of its line's end: it is one of the last two
    /// sentences and shorter than ``channelSignUpPoints`` (Cyrillic letters take two bytes), and a
    /// paragraph's last sentence after it is short ("Увидимся через неделю.").
    static let signUpTailBytes = 1_000

    /// Whether lowered bytes hold the Russian and Ukrainian "наш" (any form). Found from the lead
    /// byte of "н" (D0), which the standard library's search passes over quickly in Latin text.
    static func holdsCyrillicOwn(_ bytes: [UInt8]) -> Bool {
        let own: [UInt8] = [0xD0, 0xBD, 0xD0, 0xB0, 0xD1, 0x88]
        var from = 0
        while let at = bytes[from...].firstIndex(of: 0xD0) {
            if bytes.count - at >= own.count, bytes[at..<(at + own.count)].elementsEqual(own) { return true }
            from = at + 1
        }
        return false
    }

    /// The sign-up calls and "more news" openings, looked for near a line's end.
    static let signUpCallNeedles = ByteNeedles(signUpCalls + moreNewsOpenings)

    /// Words that may make a channel the outlet's own inside a paragraph (a quoted name «…» may be
    /// anyone's), looked for on a line's bytes before its sentences are read; a sentence's own words
    /// are then counted as whole words (``isOwnSignUpSentence(_:)``).
    static let strictOwnWords = ByteNeedles([
        "our ", "notre ", "nos ", "unser", "наш", "@", " us ", "-nous", " uns ", " нас ",
    ].map { Array($0.utf8) })

    /// The spans of sign-up sentences among the last ``signUpSentenceReach`` sentences of the
    /// paragraphs in `lines` (as written, before short lines merge: a sentence without closing
    /// punctuation would run on into a kicker below it; read where the unit of `units` holding the
    /// line calls or speaks to or as "we" by its `evidence`) that no other cut takes: opening with a
    /// sign-up call, naming a channel and the outlet as its owner, under ``channelSignUpPoints``,
    /// neither reporting nor quoting, and not inside a quotation the paragraph opened. Each span runs
    /// from the sentence to the next one, or from the end of the one before when it ends the line, so
    /// the space between goes too.
    func channelSignUpSentences(in lines: [TextLine], units: [TextLine], evidence: [LineEvidence],
                                skipping taken: (Span) -> Bool) -> [Span] {
        // Only the lines of units that call or speak to or as "we" are read (their evidence is at hand;
        // reading every line's bytes for the calls cost about a tenth of the stage), and Russian and
        // Ukrainian lines saying "наш…" in a form the lexicon's whole words miss ("нашими", "нашому").
        let read = linesOfUnits(in: lines, units: units, headline: true) { unit, u in
            let e = evidence[unit]
            return e.hasCallOrVoice || e.firstPlural > 0 || e.secondPerson > 0 || Self.holdsCyrillicOwn(lines[u].lowered)
        }
        return read.flatMap { u -> [Span] in
            let bytes = lines[u].lowered
            // (Most such lines hold no sign-up call near their end, or name no channel or owner: passed over
            // on their bytes before they are split into sentences. Only the tail is read for the call.)
            guard Self.signUpCallNeedles.occurs(in: bytes, from: bytes.count - Self.signUpTailBytes),
                  Self.channelWords.occurs(in: bytes), Self.strictOwnWords.occurs(in: bytes), !taken(lines[u].span) else { return [] }
            return Self.lastSentenceSpans(of: lines[u], where: isOwnSignUpSentence)
        }
    }

    /// The spans of the sentences among the last `reach` of `line` (not its first, not inside a
    /// quotation the line opened) for which `holds` is true. Each span runs from the sentence to the
    /// next one, or from the end of the one before when it ends the line, so the space between goes too.
    static func lastSentenceSpans(of line: TextLine, reach: Int = signUpSentenceReach, where holds: (TextLine) -> Bool) -> [Span] {
        let sentences = line.sentences()
        guard sentences.count >= 2 else { return [] }
        let quotes = sentences.map(\.straightQuoteCount)
        return sentences.indices.suffix(reach).filter { k in
            k > 0 && quotes[..<k].reduce(0, +) % 2 == 0 && holds(sentences[k])
        }
        .map { k in
            k + 1 < sentences.count ? Span(start: sentences[k].span.start, end: sentences[k + 1].span.start)
                : Span(start: sentences[k - 1].span.end, end: sentences[k].span.end)
        }
    }

    /// Whether a sentence is a sign-up for the outlet's own channel in its own words: the newsroom's
    /// "we" as the lexicon counts its pronouns (whole words: "your" and "harbour" hold no "our"), "наш…"
    /// in any form, or a handle.
    func isOwnSignUpSentence(_ sentence: TextLine) -> Bool {
        let bytes = sentence.lowered
        guard Self.opensWithSignUpCall(bytes) || Self.opensWithMoreNews(bytes), !Self.endsWithInitial(sentence.text[...])
        else { return false }
        let e = lineEvidence(sentence)
        guard e.firstPlural > 0 || Self.holdsCyrillicOwn(bytes) || bytes.contains(0x40) else { return false }
        return Self.mayPlugChannel(e) && Self.isChannelSignUp(sentence)
    }

    /// Whether a sentence ends in a name's initial ("… — Donald J."): its full stop ends no sentence,
    /// and what follows belongs with it (an embedded post's signature after a sign-up the page glued in).
    static func endsWithInitial(_ text: Substring) -> Bool {
        // Read back from the end (white space skipped) at most three scalars; nothing is copied.
        var last = text.unicodeScalars.reversed().lazy.drop { $0.properties.isWhitespace }.makeIterator()
        guard last.next() == ".", let letter = last.next(), letter.properties.isUppercase else { return false }
        return last.next().map { !$0.properties.isAlphabetic } ?? true
    }
}
