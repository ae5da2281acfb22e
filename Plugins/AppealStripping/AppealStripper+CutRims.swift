import PipelineKit

/// The rim of a small box that a one-line rule cut from its middle: the teaser question above it
/// ("Need daily news updates on your phone?" over "Follow us on Telegram!"), and under it the box's
/// link button ("Click here"), its form's message, what it keeps the reader from missing ("Pour ne
/// rien rater de l'actualité …!") or the rest of a line the box broke with an
/// ellipsis ("Sign up for our free daily morning email..." / "...and afternoon text update"). An
/// article's line next to a pitch is a sentence or a subheading of its own.
extension AppealStripper {
    /// Bare link buttons, lowered ("Click here", "Mehr erfahren", "En savoir plus", "Подробнее").
    static let linkButtons: [[UInt8]] = [
        "click here", "tap here", "learn more", "find out more", "more info", "hier klicken", "mehr erfahren", "mehr infos",
        "cliquez ici", "en savoir plus", "подробнее", "нажмите здесь", "узнать больше", "дізнатися більше", "детальніше",
    ].map { Array($0.utf8) }

    /// A rim line is at most this long (code points).
    static let rimLinePoints = 60
    /// A button under a box has at most this many words.
    static let rimButtonWords = 3

    /// The cuts of the rim lines next to `cuts` (one content line above and one below each, not
    /// repeated chrome): see ``isRimAbove(_:)`` and ``isRimBelow(_:after:)``. Never the first content line (the headline).
    func rimLineCuts(around cuts: [Cut], lines: [TextLine]) -> [Cut] {
        // (Both sorted by start, for the binary search of ``overlaps(_:in:other:)``.)
        let boxes = cuts.filter { $0.reason != RepeatedChromeFinder.reason }.map(\.span).sorted { $0.start < $1.start }
        guard !boxes.isEmpty else { return [] }
        let all = cuts.map(\.span).sorted { $0.start < $1.start }
        let content = lines.indices.filter { !lines[$0].isBlank }
        let inBox = { (k: Int) in Self.overlaps(lines[k].span, in: boxes) }
        var rims = Set<Int>()
        for p in content.indices where !Self.overlaps(lines[content[p]].span, in: all) {
            let k = content[p]
            let above = p + 1 < content.count && inBox(content[p + 1])
            let below = p > 0 && inBox(content[p - 1])
            if (above && p > 0 && isRimAbove(lines[k]))
                || (below && (isRimBelow(lines[k], after: lines[content[p - 1]]) || isKeepingUpPurpose(lines[k]))) {
                rims.insert(k)
            }
        }
        return rims.sorted().map { Self.wholeLinesCut($0, $0, in: lines, reason: Self.promptReason) }
    }

    /// Whether a line is a box's teaser question right above the cut: at most ``rimLinePoints`` code
    /// points, a question to the reader ("your") carrying an appeal cue or naming the medium, or a question of at
    /// most ``readingOnQuestionWords`` words whether the reader wants to read on (``readingOnQuestions``, "you"
    /// or ``wantingWords``), in the page's own words.
    func isRimAbove(_ line: TextLine) -> Bool {
        guard line.lowered.count <= 4 * Self.rimLinePoints, line.endsWithQuestion else { return false }
        let e = lineEvidence(line)
        // A paywall box's short question whether the reader wants to read on needs no "you" ("Want to read more?",
        // "Envie de lire la suite ?"); a subheading asks about others ("Do teens read more?").
        if line.wordCount <= Self.readingOnQuestionWords, Self.readingOnQuestions.occurs(in: line.lowered),
           e.secondPerson > 0 || Self.wantingWords.occurs(in: line.lowered) { return e.speaksOwnWords }
        return e.points <= Self.rimLinePoints && e.secondPerson > 0 && (e.hasAppealCue || e.cues[.newsroom] > 0) && e.speaksOwnWords
    }

    /// Phrases of reading on or reading more in a paywall box's teaser question, lowered.
    static let readingOnQuestions = ByteNeedles([
        "read more", "keep reading", "continue reading", "read the rest", "read the full", "weiterlesen", "mehr lesen",
        "lire la suite", "en lire plus", "continuer la lecture", "poursuivre la lecture", "читать дальше", "читать больше",
        "продолжить чтение", "читати далі", "читати більше",
    ].map { Array($0.utf8) })
    /// Words of wanting that make such a question the reader's ("want", "möchten", "envie", "хотите").
    static let wantingWords = ByteNeedles(["want", "möchten", "wollen", "envie", "voulez", "хотите", "хочете"].map { Array($0.utf8) })
    /// Such a question has at most this many words.
    static let readingOnQuestionWords = 6

    /// Whether a line is a box's rest right under the cut line `cut`: a link button of at most
    /// ``rimButtonWords`` words (``linkButtons``), a form's message, or a line opening with an
    /// ellipsis under a line the cut ends with one.
    func isRimBelow(_ line: TextLine, after cut: TextLine) -> Bool {
        let bytes = line.lowered
        guard bytes.count <= 4 * Self.rimLinePoints, line.text.unicodeScalars.count <= Self.rimLinePoints else { return false }
        let start = TextNormalizer.letterStart(in: bytes)
        if line.wordCount <= Self.rimButtonWords, !line.endsWithPeriod, Self.linkButtons.contains(where: { bytes[start...].starts(with: $0) }) {
            return true
        }
        if Self.opensWithFormState(line) { return lineEvidence(line).speaksOwnWords }
        return Self.opensWithEllipsis(bytes) && Self.endsWithEllipsis(cut.lowered)
    }

    /// Openings of a box's line saying what the sign-up keeps the reader from missing, lowered ("Pour ne
    /// rien rater de l'actualité …!", "To stay up to date with …", "Щоб нічого не пропустити …").
    static let keepingUpOpenings: [[UInt8]] = [
        "to never miss", "so you never miss", "so you don't miss", "to stay informed", "to stay up to date", "to stay on top of",
        "to keep up with", "pour ne rien rater", "pour ne rien manquer", "pour ne jamais rien rater", "pour rester informé",
        "pour être informé", "um nichts zu verpassen", "um keine nachricht zu verpassen", "um immer informiert", "um auf dem laufenden",
        "damit sie nichts verpassen", "чтобы ничего не пропустить", "чтобы не пропустить", "чтобы быть в курсе",
        "чтобы всегда быть в курсе", "щоб нічого не пропустити", "щоб не пропустити", "щоб бути в курсі", "щоб завжди бути в курсі",
    ].map { Array($0.utf8) }
    /// Such a line is at most this long (code points).
    static let keepingUpPoints = 200

    /// Whether a line right under a cut says what the box keeps the reader from missing (above a call,
    /// the block finder takes such a lead-in already): at most
    /// ``keepingUpPoints`` code points, opening with a phrase of ``keepingUpOpenings``, in the page's own
    /// words with no third party ("To stay informed, residents can sign up for the county's alerts" names one).
    func isKeepingUpPurpose(_ line: TextLine) -> Bool {
        guard line.span.length <= Self.keepingUpPoints,
              TextNormalizer.openingPhraseEnd(in: line.lowered, among: Self.keepingUpOpenings) != nil else { return false }
        return lineEvidence(line).speaksOwnWordsOnly
    }

    /// "..." and "…" as UTF-8 bytes.
    static let ellipses: [[UInt8]] = [Array("...".utf8), Array("…".utf8)]

    /// Whether a line's bytes open with an ellipsis, after spaces ("...and afternoon text update").
    static func opensWithEllipsis(_ bytes: [UInt8]) -> Bool {
        let trimmed = bytes.drop { $0 == 0x20 || $0 == 0x09 }
        return ellipses.contains { trimmed.starts(with: $0) }
    }

    /// Whether a line's bytes end with an ellipsis, before spaces ("Sign up for our free daily morning email...").
    static func endsWithEllipsis(_ bytes: [UInt8]) -> Bool {
        let end = bytes.lastIndex { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }.map { $0 + 1 } ?? 0
        return ellipses.contains { end >= $0.count && bytes[(end - $0.count)..<end].elementsEqual($0) }
    }
}
