import PipelineKit

/// A call to sign up or subscribe "here", "below" or "at this link" ("This article first appeared in
/// our Daily newsletter, sign up here.", "Get the Brief newsletter by signing up here.", "If you haven't
/// subscribed yet, sign up at this link."): the link stands for the outlet's own sign-up, and the line
/// names its medium (a newsletter, an edition, a subscription). It is cut with the sentences of its line
/// that belong to the plug, the whole line or the line's last sentences after the article's. A line
/// reporting or quoting another's sign-up, or naming another party ("To get the county's alerts, sign up
/// here."), stays.
extension AppealStripper {
    /// Calls to sign up or subscribe through a link on the page, lowered. (English only: the French and
    /// German calls, "Abonnez-vous ici …", "… können Sie hier abonnieren", score as appeals already.)
    static let hereSignUpNeedles = ByteNeedles(hereSignUpPhrases.map { Array($0.utf8) })
    /// The phrases of ``hereSignUpNeedles``.
    static let hereSignUpPhrases = [
        "sign up here", "signing up here", "sign up right here", "sign up at this link", "sign up below", "subscribe here",
        "subscribe free here", "subscribe right here", "subscribe below", "subscribe at this link",
    ]

    /// The lines that are such a call whole, and the spans of calls that end a line after the article's
    /// own sentences ("Not bad. (Also, you can subscribe right here!)"): from the end of the sentence
    /// before the call to the line's end (see ``plugStart(in:phrases:callNames:)``). Each line is read once.
    /// The call's own sentence names what it signs up for: the medium or an access word ("You can sign up
    /// here." after "The mayor's office publishes a newsletter." may be the office's).
    /// - Parameter candidates: the lines to read; ``plugCandidates(in:)`` when `nil`.
    func hereSignUps(in lines: [TextLine], candidates: [Int]? = nil) -> (whole: [Int], tails: [Span]) {
        plugs(in: lines, candidates: candidates, phrases: Self.hereSignUpNeedles) { call in
            Self.accessWords.occurs(in: call.lowered) || lineEvidence(call).cues[.newsroom] > 0
        }
    }

    /// Every phrase of a call to sign up "here" or of a follow plug, for one pass over the lines.
    static let plugPhrases = ByteNeedles((hereSignUpPhrases + followPlugPhrases).map { Array($0.utf8) })

    /// The content lines holding a phrase of ``plugPhrases``: the only lines the sign-up and follow rules read
    /// (one scan of each line's bytes for both).
    static func plugCandidates(in lines: [TextLine]) -> [Int] {
        lines.indices.filter { !lines[$0].isBlank && plugPhrases.occurs(in: lines[$0].lowered) }
    }

    /// The lines (whole) and line tails that are an own plug of `phrases` (see
    /// ``plugStart(in:phrases:callNames:)``), among `candidates` (``plugCandidates(in:)`` when `nil`).
    func plugs(in lines: [TextLine], candidates: [Int]? = nil, phrases: ByteNeedles,
               callNames: (TextLine) -> Bool) -> (whole: [Int], tails: [Span]) {
        var whole: [Int] = [], tails: [Span] = []
        for k in candidates ?? Self.plugCandidates(in: lines) {
            guard let start = plugStart(in: lines[k], phrases: phrases, callNames: callNames) else { continue }
            if start == 0 {
                whole.append(k)
            } else {
                tails.append(Span(start: lines[k].sentences()[start - 1].span.end, end: lines[k].span.end))
            }
        }
        return (whole, tails)
    }

    /// Where in a line an own plug starts, as the index of its first sentence (0: the whole line), or
    /// `nil`. The line holds a phrase of `phrases` that the reader is told to do (the phrase opens a
    /// sentence or clause, follows "by", or the line speaks to the reader: "Parents can subscribe here to
    /// the district's alerts" tells no one), and the sentence holding it passes `callNames`.
    /// That sentence and every sentence after it belong to the plug: in the page's own words only (not
    /// reporting, no quotation mark, no other party), and naming the medium, speaking to or as "we", or
    /// calling ("Otherwise, keep scrolling…"). The plug takes the sentences before it that belong too
    /// ("Ballotline is a nonprofit newsroom …", "Send your tips to …") and starts after an article's
    /// sentence ("Not bad.").
    func plugStart(in line: TextLine, phrases: ByteNeedles, callNames: (TextLine) -> Bool) -> Int? {
        let bytes = line.lowered
        guard let at = phrases.firstOffset(in: bytes, from: 0),
              lineEvidence(line).speaksToReader || Self.opensClause(bytes, at: at) else { return nil }
        let sentences = line.sentences()
        let call = sentences.firstIndex { phrases.occurs(in: $0.lowered) } ?? sentences.count - 1
        guard callNames(sentences[call]) else { return nil }
        let belongs = sentences.map { Self.belongsToPlug(lineEvidence($0)) }
        guard belongs[call...].allSatisfy({ $0 }) else { return nil }
        var start = call
        while start > 0, belongs[start - 1] { start -= 1 }
        return start
    }

    /// Whether a sentence belongs to an own plug or the call it leads to: in the page's own words only,
    /// and naming the medium, speaking to or as "we", or carrying an appeal cue (a call, the newsroom's
    /// voice, an amount).
    static func belongsToPlug(_ e: LineEvidence) -> Bool {
        e.speaksOwnWordsOnly && (e.cues[.newsroom] > 0 || e.speaksToReader || e.hasAppealCue)
    }

    /// Whether the words at byte `at` open the line, a sentence or a clause (after ". ", "? ", "! ",
    /// ", ", ": " or a dash), or follow "by " ("by signing up here").
    static func opensClause(_ bytes: [UInt8], at: Int) -> Bool {
        guard at >= 2 else { return at == 0 }
        if bytes[at - 1] == 0x20, [0x2E, 0x3F, 0x21, 0x2C, 0x3A, 0x2D].contains(bytes[at - 2]) { return true }
        return at >= 3 && bytes[(at - 3)..<at].elementsEqual("by ".utf8)
    }
}
