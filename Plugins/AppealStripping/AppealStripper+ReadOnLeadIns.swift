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

    /// The outlet's print issue, where a web excerpt sends the reader for the rest ("… in this
    /// week's issue of the <paper>!", "Mehr dazu in der aktuellen Ausgabe", "в свежем номере").
    static let printIssues = ByteNeedles([
        "this week's issue", "this week's edition", "this week's paper", "today's print edition", "our print edition",
        "the print edition", "der aktuellen ausgabe", "der heutigen ausgabe", "unserer printausgabe", "der printausgabe",
        "notre édition papier", "l'édition papier", "notre édition de", "в свежем номере", "в печатной версии", "в печатном номере",
    ].map { Array($0.utf8) })

    /// Words of reading the rest ("read on", "lesen Sie", "lisez", "читайте").
    static let readOnWords = ByteNeedles([
        "read on", "read more", "read the", "read it", "to read", "more in", "lesen sie", "weiterlesen", "mehr dazu", "mehr in",
        "lisez", "à lire", "la suite", "читайте", "подробнее",
    ].map { Array($0.utf8) })

    /// A print issue's read-on is shorter than this (code points).
    static let printReadOnPoints = 120

    /// The unit that is such a lead-in ending the text (see the extension's summary), or a line
    /// ending it that sends the reader to the outlet's print issue for the rest (``printIssues``,
    /// ``readOnWords``: "…Read on and see a picture in this week's issue of the <paper>!"), if any.
    func readOnLeadIn(in units: [TextLine], evidence: [LineEvidence]) -> Int? {
        guard let last = units.lastIndex(where: { !$0.isBlank }), units.filter({ !$0.isBlank }).count >= 3 else { return nil }
        let e = evidence[last]
        guard !e.isReporting, !e.hasQuote else { return nil }
        var trimmed = units[last].lowered[...]
        while let byte = trimmed.last, byte == 0x20 { trimmed = trimmed.dropLast() }
        let line = Array(trimmed)
        if line.last == 0x3A, e.points < Self.readOnLeadInPoints, Self.readOnPhrases.occurs(in: line) { return last }
        guard e.points < Self.printReadOnPoints, e.cues[.thirdParty] == 0, Self.printIssues.occurs(in: line),
              Self.readOnWords.occurs(in: line) else { return nil }
        return last
    }
}
