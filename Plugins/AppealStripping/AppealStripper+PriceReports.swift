import Foundation
import PipelineKit

/// Prices told to nobody: a report of what a subscription costs ("Readers will be offered unlimited
/// access for £4.99 per month …", "Für 60 Euro schließen Unterstützer eine Art Jahres-Abonnement ab.")
/// names amounts and payment words like an offer, but addresses no reader, speaks in no newsroom
/// voice and calls nobody to act.
extension AppealStripper {
    /// A paragraph telling prices to nobody is at least this long (code points).
    static let priceReportPoints = 150

    /// Whether a paragraph tells prices to nobody (see ``tellsPricesToNobody(_:_:)``) and reads as a
    /// report of them: at least ``priceReportPoints`` long (an offer of that length speaks to the
    /// reader, "… you get unlimited access for £4.99 a month"; a report names others as its subject,
    /// "Readers will be offered unlimited access for …"), or shorter but naming what the text is
    /// about: a capitalised word after its first that the rest of the text names at least
    /// ``subjectMentions`` times more ("Man kann <Magazin> heute mit einer Spende oder einem Abo von 5 €
    /// unterstützen." in an article about that magazine; an outlet's own box names it once or not at all).
    func reportsPrices(_ line: TextLine, _ e: LineEvidence, text: String) -> Bool {
        tellsPricesToNobody(line, e) && (e.points >= Self.priceReportPoints || Self.namesSubject(line.text, in: text))
    }

    /// How many more times the rest of a text names a line's subject (see ``reportsPrices(_:_:text:)``).
    static let subjectMentions = 2

    /// Whether a capitalised word of `line` after its first (quotation marks and punctuation
    /// stripped, at least four letters) occurs at least ``subjectMentions`` more times in `text`.
    static func namesSubject(_ line: String, in text: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace).dropFirst()
            .map { $0.trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.symbols)) }
            .filter { $0.count >= 4 && $0.unicodeScalars.first?.properties.isUppercase == true }
        return Set(words).contains { word in
            text.components(separatedBy: word).count - 1 > subjectMentions
        }
    }

    /// Whether a line or sentence names small amounts beside payment words without "you", the
    /// newsroom's "we" or voice, a header, or a call opening it or a clause ("SUBSCRIBER EXCLUSIVE:
    /// Get unlimited access … for just $1" calls).
    func tellsPricesToNobody(_ line: TextLine, _ e: LineEvidence) -> Bool {
        e.smallAmounts > 0 && e.cues[.payment] > 0 && e.secondPerson == 0 && e.firstPlural == 0
            && e.cues[.voice] + e.cues[.header] == 0 && !e.opensWithCall
            && !Self.clauses(of: line.text).contains(where: opensWithImperative)
    }
}
