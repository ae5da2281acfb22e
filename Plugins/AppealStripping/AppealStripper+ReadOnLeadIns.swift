/// A paywalled page's lead-in to the offer that the scraper dropped, left as the text's last line
/// ("Pour poursuivre la lecture :", "To continue reading:", "Чтобы продолжить чтение:"): a short
/// line naming reading on, ending with a colon, with nothing after it. An article's last line does
/// not announce something that never comes; a bare read-on link without a colon ("Weiterlesen") is
/// a teaser's and stays.
extension AppealStripper {
    /// Phrases of reading on ("poursuivre la lecture", "continue reading", "weiterlesen", "читать дальше").
    static let readOnPhrases = ByteNeedles([
        "poursuivre la lecture", "continuer la lecture", "lire la suite", "lire l'article", "continue reading", "keep reading",
        "read the full", "read the rest", "weiterlesen", "weiter lesen", "den ganzen artikel", "den vollständigen artikel",
        "продолжить чтение", "читать дальше", "читать полностью", "дочитать",
    ].map { Array($0.utf8) })

    /// A read-on lead-in is shorter than this (code points).
    static let readOnLeadInPoints = 80

    /// The unit that is such a lead-in ending the text (see the extension's summary), if any.
    func readOnLeadIn(in units: [TextLine], evidence: [LineEvidence]) -> Int? {
        guard let last = units.lastIndex(where: { !$0.isBlank }), units.filter({ !$0.isBlank }).count >= 3 else { return nil }
        let e = evidence[last]
        var bytes = units[last].lowered[...]
        while let byte = bytes.last, byte == 0x20 { bytes = bytes.dropLast() }
        guard bytes.last == 0x3A, e.points < Self.readOnLeadInPoints, !e.isReporting, !e.hasQuote,
              Self.readOnPhrases.occurs(in: Array(bytes)) else { return nil }
        return last
    }
}
