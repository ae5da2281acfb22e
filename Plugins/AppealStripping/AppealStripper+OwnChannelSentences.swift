import PipelineKit

/// A pointer to the outlet's own channel printed as one of the last sentences of a paragraph (" …
/// the bridge reopens on Monday. Актуальные новости города читайте в нашем Telegram-канале."): the
/// one-line rule (``ownChannelLines(in:evidence:)``) reads whole lines only, and where a scraper lost
/// the line breaks the pointer runs on after the article's last sentence. Read like the channel
/// sign-up sentences (``channelSignUpSentences(in:units:evidence:skipping:)``), with the own-channel
/// line's evidence: "our" and a channel within a few words, news offered there or the reader addressed.
extension AppealStripper {
    /// The channel words of ``ownChannelWords``, looked for on a line's bytes.
    static let ownChannelNeedles = ByteNeedles(ownChannelWords.map { Array($0.utf8) })

    /// The spans of such sentences among the last ``signUpSentenceReach`` sentences of the lines
    /// that no other cut takes (`taken`), read where the unit of `units` holding the line says "our"
    /// or "наш…" by its `evidence` (see ``lastSentenceSpans(of:where:)``).
    func ownChannelSentences(in lines: [TextLine], units: [TextLine], evidence: [LineEvidence],
                             skipping taken: (Span) -> Bool) -> [Span] {
        let read = linesOfUnits(in: lines, units: units, headline: true) { unit, u in
            evidence[unit].firstPlural > 0 || Self.holdsCyrillicOwn(lines[u].lowered)
        }
        return read.flatMap { u -> [Span] in
            let bytes = lines[u].lowered
            // (Most such lines name no channel of their own near their end: passed over on the bytes and
            // words of their tail before they are split into sentences.)
            let from = bytes.count - Self.signUpTailBytes
            guard Self.ownChannelNeedles.occurs(in: bytes, from: from), !taken(lines[u].span),
                  Self.namesOwnChannel(String(decoding: bytes[max(0, from)...], as: UTF8.self).split { !$0.isLetter }.map(String.init))
            else { return [] }
            return Self.lastSentenceSpans(of: lines[u], where: isOwnChannelSentence)
        }
    }

    /// Whether a sentence points the reader to the outlet's own channel, read as a whole line is by
    /// ``ownChannelLines(in:evidence:)``.
    func isOwnChannelSentence(_ sentence: TextLine) -> Bool {
        // A sentence the splitter ran on from the one before (". подпишитесь …" opens in lower case) is two.
        guard Self.ownChannelNeedles.occurs(in: sentence.lowered), !Self.holdsInnerStop(sentence.text[...]) else { return false }
        let e = lineEvidence(sentence)
        guard Self.mayPlugChannel(e), e.firstPlural > 0 || Self.holdsCyrillicOwn(sentence.lowered),
              Self.channelWords.occurs(in: sentence.lowered) else { return false }
        return Self.pointsToOwnChannel(sentence, e)
    }

    /// Whether a sentence holds a full stop, question or exclamation mark followed by a space before its
    /// last words ("… подоспели медики. подпишитесь на наш канал"): the splitter read two sentences as one.
    static func holdsInnerStop(_ text: Substring) -> Bool {
        let scalars = Array(text.unicodeScalars.reversed().drop { $0.properties.isWhitespace }.reversed())
        return scalars.indices.dropLast().contains { k in
            ".!?".unicodeScalars.contains(scalars[k]) && scalars[k + 1].properties.isWhitespace
        }
    }
}
