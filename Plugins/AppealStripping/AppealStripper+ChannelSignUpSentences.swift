import PipelineKit

/// A sign-up for the outlet's channel printed as one of the last sentences of a paragraph
/// ("… the week's other stories. Подписывайтесь и на наш канал. Увидимся через неделю."): the
/// one-line rule (``channelSignUpLines(in:evidence:)``) reads whole lines only. The sentence must
/// say whose channel it is in the outlet's own words ("our", "наш", "us", a handle), not merely name
/// one: inside a paragraph a capitalised name is as likely someone else's.
extension AppealStripper {
    /// How many sentences from a paragraph's end a sign-up may stand.
    static let signUpSentenceReach = 2

    /// Words making a channel the outlet's own inside a paragraph (a quoted name «…» may be anyone's).
    static let strictOwnWords = ByteNeedles([
        "our ", "notre ", "nos ", "unser", "наш", "@", " us ", "-nous", " uns ", " нас ",
    ].map { Array($0.utf8) })

    /// The spans of sign-up sentences among the last ``signUpSentenceReach`` sentences of the
    /// paragraphs in `lines` (as written, before short lines merge: a sentence without closing
    /// punctuation would run on into a kicker below it) that no other cut takes: opening with a
    /// sign-up call, naming a channel and the outlet as its owner, under ``channelSignUpPoints``,
    /// neither reporting nor quoting, and not inside a quotation the paragraph opened. Each span runs
    /// from the sentence to the next one, or from the end of the one before when it ends the line, so
    /// the space between goes too.
    func channelSignUpSentences(in lines: [TextLine], skipping taken: (Span) -> Bool) -> [Span] {
        lines.indices.flatMap { u -> [Span] in
            let bytes = lines[u].lowered
            // (Most lines name no channel or hold no call: passed over on their bytes.)
            guard !lines[u].isBlank, !taken(lines[u].span), Self.channelWords.occurs(in: bytes), Self.strictOwnWords.occurs(in: bytes) else { return [] }
            let sentences = lines[u].sentences()
            guard sentences.count >= 2 else { return [] }
            let quotes = sentences.map { $0.lowered.reduce(0) { $0 + ($1 == 0x22 ? 1 : 0) } }
            return sentences.indices.suffix(Self.signUpSentenceReach).filter { k in
                k > 0 && quotes[..<k].reduce(0, +) % 2 == 0 && isOwnSignUpSentence(sentences[k])
            }
            // The spaces after it go too, or before it when it ends the line.
            .map { k in
                k + 1 < sentences.count ? Span(start: sentences[k].span.start, end: sentences[k + 1].span.start)
                    : Span(start: sentences[k - 1].span.end, end: sentences[k].span.end)
            }
        }
    }

    /// Whether a sentence is a sign-up for the outlet's own channel in its own words.
    func isOwnSignUpSentence(_ sentence: TextLine) -> Bool {
        let bytes = sentence.lowered
        guard Self.opensWithSignUpCall(bytes) || Self.opensWithMoreNews(bytes), Self.strictOwnWords.occurs(in: bytes),
              !Self.endsWithInitial(sentence.text[...]) else { return false }
        let e = lineEvidence(sentence)
        return e.points < Self.channelSignUpPoints && e.speaksOwnWords && e.largeAmounts == 0
            && e.cues[.thirdParty] + e.cues[.beneficiary] == 0 && Self.isChannelSignUp(sentence)
    }

    /// Whether a sentence ends in a name's initial ("… — Donald J."): its full stop ends no sentence,
    /// and what follows belongs with it (an embedded post's signature after a sign-up the page glued in).
    static func endsWithInitial(_ text: Substring) -> Bool {
        let scalars = Array(text.unicodeScalars.reversed().drop { $0.properties.isWhitespace })
        guard scalars.count >= 2, scalars[0] == ".", scalars[1].properties.isUppercase else { return false }
        return scalars.count == 2 || !scalars[2].properties.isAlphabetic
    }
}
