import PipelineKit

/// A sale on the medium's own access on a line of its own, anywhere in the page ("This week, save
/// 90% on digital access.", "NEW YEAR SALE: Only 99¢ for Access!", "Nur diese Woche: 90 % Rabatt
/// auf den Digitalzugang", "Только на этой неделе: скидка 90% на цифровую подписку"): a discount on
/// access or a subscription, worded as a banner, not as a report ("The newspaper offered readers 90%
/// off digital access this week, the publisher said." stays).
extension AppealStripper {
    /// Words of a discount, read after a percentage ("save 90%", "90% off", "90 % Rabatt", "скидка 90%").
    static let discountWords = ByteNeedles([
        "save", "% off", "rabatt", "réduction", "скидк", "знижк",
    ].map { Array($0.utf8) })

    /// Words of a sale, read beside a small price ("NEW YEAR SALE: Only 99¢ …").
    static let saleWords = ByteNeedles([" sale"].map { Array($0.utf8) })

    /// What the sale is on: the medium's access, its digital edition or a subscription (``accessWords`` too).
    static let saleObjects = ByteNeedles([
        " access", " digital", "numérique", "доступ",
    ].map { Array($0.utf8) })

    /// A sale banner has at most this many words ("LABOR DAY SALE: Get full access to the Post for only
    /// $1 for 3 months"): a trial offer's limit (``termOfferWords``) and a name and a term more.
    static let saleOfferWords = 16

    /// Openings that limit the sale in time ("This week, …", "Только на этой неделе …"; the German "Nur …"
    /// opens like an offer already, see ``opensOffer(_:)``).
    static let saleTimeOpenings: [[UInt8]] = [
        "this week", "today only", "cette semaine", "только на этой неделе", "только сегодня", "лише цього тижня",
        "лише сьогодні",
    ].map { Array($0.utf8) }

    /// The lines (of the page's lines before merging) that are a sale on the medium's access: under
    /// ``offerPoints`` and ``saleOfferWords`` words, a percentage with a discount word
    /// (``discountWords``) or a minus sign, or a sale word with a small price (``saleWords``), on access or a
    /// subscription (``saleObjects``, ``accessWords``), without reporting, quotation, large sums or
    /// third parties; worded as a banner: opening like an offer or a call (``opensOffer(_:)``) or
    /// with a time limit (``saleTimeOpenings``), under a short title and its colon, or exclaimed.
    func saleOfferLines(in lines: [TextLine]) -> [Int] {
        lines.indices.filter { i in
            let line = lines[i]
            let bytes = line.lowered
            // (Most lines are longer: passed over on their length before any copy is made. The needles
            // open with a space to start a word, so the line is read with one before it.)
            guard !line.isBlank, bytes.count < 2 * Self.offerPoints, line.wordCount <= Self.saleOfferWords else { return false }
            let spaced = [0x20] + bytes
            guard Self.isDiscount(bytes) || Self.saleWords.occurs(in: spaced),
                  Self.saleObjects.occurs(in: spaced) || Self.accessWords.occurs(in: bytes) else { return false }
            let e = lineEvidence(line)
            guard e.points < Self.offerPoints, !e.isReporting, !e.hasQuote, !e.quotesSpeech, e.largeAmounts == 0,
                  e.namesNoOtherParty,
                  bytes.contains(0x25) || e.smallAmounts > 0 else { return false }
            let start = TextNormalizer.wordStart(in: bytes)
            return Self.opensOffer(bytes) || Self.saleTimeOpenings.contains { bytes[start...].starts(with: $0) }
                || Self.hasTitleColon(bytes) || line.endsWithExclamationOrQuestion
        }
    }

    /// Whether a lowered line holds a discount: a percentage with a discount word (``discountWords``) or
    /// a minus sign ("Google : 3 mois à -40 %" under a paywall's offer: a store's price for the same access).
    static func isDiscount(_ bytes: [UInt8]) -> Bool {
        bytes.contains(0x25) && (discountWords.occurs(in: bytes) || hasMinusPercent(bytes))
    }

    /// Whether a lowered line holds a percentage with a minus sign before it ("-90 %", "−50%").
    static func hasMinusPercent(_ bytes: [UInt8]) -> Bool {
        for (k, byte) in bytes.enumerated() where byte == 0x25 {
            var i = k - 1
            if i >= 0, bytes[i] == 0x20 { i -= 1 }
            var digits = 0
            while i >= 0, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i -= 1; digits += 1 }
            guard digits > 0, i >= 0 else { continue }
            // "-" or the minus sign U+2212 (E2 88 92).
            if bytes[i] == 0x2D || (i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x88 && bytes[i] == 0x92) { return true }
        }
        return false
    }

    /// Whether a lowered line opens with a short title and its colon ("new year sale: …"): at most
    /// four words before the first colon.
    static func hasTitleColon(_ bytes: [UInt8]) -> Bool {
        guard let colon = bytes.firstIndex(of: 0x3A), colon > 0 else { return false }
        return bytes[..<colon].split(separator: 0x20).count <= 4
    }
}
