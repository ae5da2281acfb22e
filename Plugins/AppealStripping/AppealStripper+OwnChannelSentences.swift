import PipelineKit

/// A pointer to the outlet's own channel printed as a sentence of a paragraph, after its first (" …
/// the bridge reopens on Monday. Актуальные новости города читайте в нашем Telegram-канале."): the
/// one-line rule (``ownChannelLines(in:evidence:)``) reads whole lines only, and where a scraper lost
/// the line breaks the pointer runs on among the article's sentences. Read like the channel sign-up
/// sentences (``channelSignUpSentences(in:units:evidence:skipping:)``), but at any place in the line,
/// as the own-channel line is at any line: "our" and a channel within a few words, news offered there
/// or the reader addressed.
extension AppealStripper {
    /// The channel words of ``ownChannelWords``, looked for on a line's bytes.
    static let ownChannelNeedles = ByteNeedles(ownChannelWords.map { Array($0.utf8) })

    /// The spans of such sentences (not a line's first) in the lines that no other cut takes
    /// (`taken`), read where the unit of `units` holding the line says "our" or "наш…" by its
    /// `evidence` (see ``lastSentenceSpans(of:reach:where:)``).
    func ownChannelSentences(in lines: [TextLine], units: [TextLine], evidence: [LineEvidence],
                             skipping taken: (Span) -> Bool) -> [Span] {
        // ("наш…" in a form the lexicon's whole words miss is looked for only on lines whose first letter is no
        // Latin one: a byte search of every English line showed in the stage's speed.)
        let read = linesOfUnits(in: lines, units: units, headline: true) { unit, u in
            evidence[unit].firstPlural > 0 || Self.opensWithNonLatinLetter(lines[u].lowered) && Self.holdsCyrillicOwn(lines[u].lowered)
        }
        return read.flatMap { u -> [Span] in
            let bytes = lines[u].lowered
            // (Most such lines name no channel of their own after "our": passed over on their bytes before
            // they are split into sentences.)
            guard Self.holdsOwnChannelNear(bytes), !taken(lines[u].span) else { return [] }
            return Self.lastSentenceSpans(of: lines[u], reach: .max, where: isOwnChannelSentence)
        }
    }

    /// Whether the first letter of lowered bytes is outside ASCII (a Cyrillic line's, say).
    static func opensWithNonLatinLetter(_ bytes: [UInt8]) -> Bool {
        let start = TextNormalizer.letterStart(in: bytes)
        return start < bytes.count && bytes[start] >= 0xC0
    }

    /// How "our" opens, looked for on a line's bytes ("your" and "notre" in "votre" pass too: a first sieve).
    static let ownPossessiveNeedles = ByteNeedles(["our ", "unser", "notre ", "nos ", "наш"].map { Array($0.utf8) })
    /// How many bytes after "our" a channel word may start (four words, Cyrillic letters taking two bytes).
    static let ownChannelWindow = 80

    /// Whether lowered bytes hold a channel word (``ownChannelNeedles``) within ``ownChannelWindow``
    /// bytes after an "our" (``ownPossessiveNeedles``): the cheap sieve before sentences are read.
    static func holdsOwnChannelNear(_ bytes: [UInt8]) -> Bool {
        var from = 0
        while let at = ownPossessiveNeedles.firstOffset(in: bytes, from: from) {
            if ownChannelNeedles.firstOffset(in: bytes, from: at, before: at + ownChannelWindow) != nil { return true }
            from = at + 1
        }
        return false
    }

    /// Whether a sentence points the reader to the outlet's own channel, read as a whole line is by
    /// ``ownChannelLines(in:evidence:)``.
    func isOwnChannelSentence(_ sentence: TextLine) -> Bool {
        // A sentence the splitter ran on from the one before (". подпишитесь …" opens in lower case) is two.
        guard Self.ownChannelNeedles.occurs(in: sentence.lowered), !Self.holdsInnerStop(sentence.text[...]) else { return false }
        return Self.pointsToOwnChannel(sentence, lineEvidence(sentence))
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
