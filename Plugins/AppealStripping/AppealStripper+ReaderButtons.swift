import PipelineKit

/// A support button in the reader's own "I" on a line of its own ("Я хочу поддержать «Вестник»",
/// "Yes, I'll support The Lantern", "Je soutiens"): what a page prints on its donation button. A
/// headline in the first person names someone else ("Ich unterstütze Scholz").
extension AppealStripper {
    /// The lexicon's support buttons in the reader's "I" (``AppealLexicon/supportReaderButtons``), as bytes.
    static let supportReaderButtons = AppealLexicon.supportReaderButtons.map { Array($0.utf8) }

    /// A reader's button has at most this many words.
    static let readerButtonWords = 6

    /// The lines (of the page's lines before merging) that are such a button: at most
    /// ``readerButtonWords`` words without a full stop, opening with a phrase of
    /// ``supportReaderButtons``, then nothing, a quoted name, a word naming the medium, or a
    /// capitalised name `text` mentions nowhere else (`text`: with the appeals already cut blanked).
    func readerButtonLines(in lines: [TextLine], text: String) -> [Int] {
        lines.indices.filter { k in
            let line = lines[k]
            // (Most lines are longer: passed over before their words are split.)
            guard !line.isBlank, line.lowered.count < 80, !line.endsWithPeriod else { return false }
            let bytes = line.lowered
            let start = TextNormalizer.wordStart(in: bytes)
            guard let button = Self.supportReaderButtons.first(where: { bytes[start...].starts(with: $0) }),
                  line.wordCount <= Self.readerButtonWords else { return false }
            let words = line.text.split(whereSeparator: \.isWhitespace)
            let buttonWords = String(decoding: button, as: UTF8.self).split(separator: " ").count
            let rest = words.dropFirst(buttonWords)
            guard let first = rest.first?.unicodeScalars.first else { return true }
            if Self.openingQuotes.contains(first) { return true }
            let e = lineEvidence(line)
            guard !e.isReporting, e.namesNoOtherParty else { return false }
            return e.cues[.newsroom] > 0 || Self.isNameOnlyHere(rest, in: text)
        }
    }
}
