import Foundation
import PipelineKit

/// A subscription's trial offer on a line of its own, anywhere in the page ("Try 1 month for 99¢",
/// "12 Ausgaben Abendlicht für 12 €", "14 Tage gratis testen", "Wir schenken Ihnen 6 Wochen
/// Abendlicht Digital ➔"): a term of the subscription with a small price or "free", opening like
/// an offer, and naming reading, access or the publication's issues. An article's crosshead about
/// prices ("3 Monate für 9 Euro", "14 Tage kostenlos parken") names no reading of the medium.
extension AppealStripper {
    /// Words offering the term for nothing ("gratis", "kostenlos", "free", "offert", "бесплатно").
    static let freeTermWords = ByteNeedles([
        " free", "gratis", "kostenlos", "kostenfrei", "gratuit", "offert", "бесплатн", "безкоштовн", "schenken",
    ].map { Array($0.utf8) })

    /// Openings of a gift of the term to the reader ("Wir schenken Ihnen 4 Wochen …").
    static let giftOpenings: [[UInt8]] = ["wir schenken", "we're giving you", "nous vous offrons", "дарим вам", "даруємо вам"].map { Array($0.utf8) }

    /// Words of what the offer is for: reading or trying the medium, its issues or its digital edition
    /// (access words count too), or a button's arrow; read on the line after a space, so a word's
    /// start is one ("try", not "country").
    static let readingWords = ByteNeedles([
        " read", " lesen", " lire", " читать", " читати", " try", " testen", " essayez", " essai", "ausgabe", " issue", " numéro",
        " номер", " digital", "e-paper", "epaper", " plus", "➔", "→", "»",
    ].map { Array($0.utf8) })

    /// A trial offer has at most this many words ("Probe-Abo: 3 Monate für 1 Euro – jetzt testen").
    static let termOfferWords = 12

    /// The lines (of the page's lines before merging) that are a subscription's trial offer and
    /// nothing else: under ``offerPoints`` and ``termOfferWords``, a term (``termWords``) with a
    /// small price after a preposition or an opening call (see ``isTopOffer(_:_:)``), or with a
    /// word offering it free (``freeTermWords``) after an offer's opening or a gift to the reader
    /// ("Wir schenken Ihnen …") or before a closing German call (``endsWithTrialCall(_:)``: "Zugang zu
    /// allen Inhalten 30 Tage kostenlos testen"); the line names reading, access or the publication's issues
    /// (``readingWords``, ``accessWords``). A line printed twice over ("75 Ausgaben … für 75 € 75
    /// Ausgaben … für 75 €") is read on its first half; a lead-in broken off above the offer (see
    /// ``isBrokenLeadIn(_:)``) goes with it.
    func termOfferLines(in lines: [TextLine]) -> [Int] {
        let offers = lines.indices.filter { i in
            let line = lines[i]
            // Most lines are longer, or have no digit or term: passed over on their bytes, before any words are split.
            // (A line printed twice is at most twice an offer's length, in code points of up to two bytes
            // in Latin and Cyrillic text, so one byte scan here is the only cost of most short lines.)
            // (An offer opens like one, and so does a line printed twice: checked before the term is looked for.)
            guard !line.isBlank, line.lowered.count < 2 * 2 * Self.offerPoints,
                  Self.opensOffer(line.lowered) || Self.opensWithGift(line.lowered) || Self.endsWithTrialCall(line.lowered),
                  line.lowered.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), Self.termWords.occurs(in: line.lowered),
                  line.wordCount <= 2 * Self.termOfferWords
            else { return false }
            let offer = Self.firstOfTwoCopies(line) ?? line
            guard offer.wordCount <= Self.termOfferWords, Self.termWords.occurs(in: offer.lowered),
                  Self.readingWords.occurs(in: [0x20] + offer.lowered) || Self.accessWords.occurs(in: offer.lowered) else { return false }
            let e = lineEvidence(offer)
            if Self.isTopOffer(offer, e) || Self.isFreeTermOffer(offer, e) { return true }
            // A German offer may close with its call ("Unsere Artikel 30 Tage kostenlos testen"),
            // as a banner, not a sentence ("Kunden können die App 30 Tage kostenlos testen." is a report).
            return Self.endsWithTrialCall(offer.lowered) && !offer.endsWithPeriod && e.points < Self.offerPoints && e.largeAmounts == 0 && !e.isReporting
                && !e.hasQuote && e.namesNoOtherParty
                && (e.smallAmounts > 0 || Self.freeTermWords.occurs(in: offer.lowered))
        }
        // A lead-in broken off above the offer goes with it ("Nichts verpassen und" / "14 Tage gratis testen").
        let leadIns = offers.compactMap { i in
            lines[..<i].lastIndex { !$0.isBlank }.flatMap { Self.isBrokenLeadIn(lines[$0]) ? $0 : nil }
        }
        return Array(Set(offers + leadIns)).sorted()
    }

    /// German calls of a trial that close an offer, the verb last ("… 30 Tage kostenlos testen", "… für 1 € lesen").
    static let trialCalls: Set<String> = ["testen", "lesen", "weiterlesen", "sichern", "bestellen", "abonnieren"]

    /// Whether a lowered line's last word is one of ``trialCalls`` (an arrow or closing mark after it skipped).
    static func endsWithTrialCall(_ bytes: [UInt8]) -> Bool {
        var end = bytes.count
        while end > 0, bytes[end - 1] < 0x61 || bytes[end - 1] > 0x7A { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] >= 0x61 && bytes[start - 1] <= 0x7A { start -= 1 }
        return end - start >= 5 && trialCalls.contains(String(decoding: bytes[start..<end], as: UTF8.self))
    }

    /// Words a broken-off lead-in ends with: a conjunction ("Nichts verpassen und").
    static let leadInEnds: Set<String> = ["und", "and", "et", "и", "oder", "or", "ou", "или"]

    /// A lead-in broken off above an offer has at most this many words.
    static let leadInWords = 6

    /// Whether a line is a lead-in broken off above the line that completes it: at most
    /// ``leadInWords`` words, ending with a conjunction or a colon.
    static func isBrokenLeadIn(_ line: TextLine) -> Bool {
        guard line.wordCount <= leadInWords, let last = line.text.split(whereSeparator: \.isWhitespace).last else { return false }
        return last.hasSuffix(":") || leadInEnds.contains(last.lowercased())
    }

    /// Whether a line offers a subscription's term for nothing: a word offering it free, no amount,
    /// reporting, quotation or third parties, opening with a number, a call or an offer word ("30
    /// Tage kostenlos lesen", "Jetzt 1 Monat gratis testen") or as a gift ("Wir schenken Ihnen …").
    static func isFreeTermOffer(_ line: TextLine, _ e: LineEvidence) -> Bool {
        guard e.points < offerPoints, e.smallAmounts + e.largeAmounts == 0, !e.isReporting, !e.hasQuote,
              e.namesNoOtherParty, freeTermWords.occurs(in: line.lowered) else { return false }
        return opensOffer(line.lowered) || opensWithGift(line.lowered)
    }

    /// Whether a lowered line opens with a gift of the term to the reader (``giftOpenings``).
    static func opensWithGift(_ bytes: [UInt8]) -> Bool {
        let start = TextNormalizer.wordStart(in: bytes)
        return giftOpenings.contains { bytes[start...].starts(with: $0) }
    }

    /// The first half of a line that is one phrase printed twice over (a button's hidden and shown
    /// label), as a line of its own; nil otherwise.
    static func firstOfTwoCopies(_ line: TextLine) -> TextLine? {
        let words = line.text.split(whereSeparator: \.isWhitespace)
        guard words.count >= 4, words.count % 2 == 0, words[..<(words.count / 2)].elementsEqual(words[(words.count / 2)...])
        else { return nil }
        let scalars = Array(line.text.unicodeScalars)
        // The first half ends where its last word does: the start of the second copy's first word, less the spaces.
        var seen = 0, k = 0
        while k < scalars.count {
            while k < scalars.count, scalars[k].properties.isWhitespace { k += 1 }
            if seen == words.count / 2 { break }
            while k < scalars.count, !scalars[k].properties.isWhitespace { k += 1 }
            seen += 1
        }
        return line.piece(of: scalars, 0..<k)
    }
}
