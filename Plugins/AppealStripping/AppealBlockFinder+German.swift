/// Telling a German line: its capitals name no one, and its nouns of giving read like calls.
extension AppealBlockFinder {
    /// Frequent German function words: a line holding one is read as German, where every noun is
    /// capitalised (so no capital marks a name) and nouns of giving read like calls ("die Spenden").
    static let germanWords: Set<String> = [
        "der", "die", "das", "und", "sie", "ist", "nicht", "mit", "für", "auch", "ihr", "ihre", "ihrem", "ihren", "ihrer", "wir", "uns",
    ]

    /// Whether a line's words hold one of ``germanWords`` (any case).
    static func isGerman<S: StringProtocol>(_ words: [S]) -> Bool {
        words.contains { germanWords.contains($0.lowercased()) }
    }

    /// Whether a line holds one of ``germanWords`` as a word of its own.
    static func isGerman(_ line: String) -> Bool {
        isGerman(line.split(whereSeparator: { $0 == " " || $0 == "\t" }))
    }

    /// Whether a line is a German sentence reporting on giving, whose nouns ("die Spenden",
    /// "Spendenquittungen") match the calls "spende*": it ends with a full stop, opens no clause with
    /// a call, holds no reader's button and no link mark, and is German. ("waren die Spenden an den
    /// Verband gegangen, der die Spendenquittungen verschickte".)
    static func reportsGivingInGerman(_ evidence: LineEvidence, _ line: TextLine) -> Bool {
        line.endsWithPeriod && !line.hasClauseOpeningWithCall && evidence.cues[.readerButton] == 0
            && !linkMarks.occurs(in: Array(line.text.utf8)) && isGerman(line.text)
    }

    /// Marks of a link on a line ("►", "→", a web address), read in the line's own text (the normaliser
    /// turns symbols into spaces): a page's button, not a report's sentence.
    static let linkMarks = ByteNeedles(["►", "→", "http", "www."].map { Array($0.utf8) })
}
