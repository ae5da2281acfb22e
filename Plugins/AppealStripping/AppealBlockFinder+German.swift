/// Telling a German line: its capitals and its nouns of giving read differently.
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
}
