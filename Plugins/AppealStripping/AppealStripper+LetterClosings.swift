import PipelineKit

/// The closing of a fund-raising letter right under a kept block: a valediction ("With gratitude,",
/// "All the best,", "Thank you on behalf of the team,"), a bare thanks ("Thank you."), and the
/// signature under a valediction ("Nina Hale, Founder and Editor" / "Founder and publisher"). The
/// scorer rates such lines low (a name says nothing of an appeal), so a cut letter used to leave
/// its closing in the text. Each goes with the block as its rim (see ``isBoxEdgeLine(_:at:above:)``);
/// a name under a block with no valediction stays (an article's byline can stand right under a box).
extension AppealStripper {
    /// How a valediction begins (lowercased): it ends with a comma and holds at most
    /// ``valedictionWords`` words.
    static let valedictionOpenings: [String] = [
        "with gratitude", "with thanks", "with appreciation", "gratefully", "sincerely", "yours", "all the best",
        "best wishes", "warmly", "warm regards", "kind regards", "best regards", "regards", "thank you", "thanks",
        "many thanks", "cheers", "in solidarity", "onward",
        "mit freundlichen grüßen", "herzliche grüße", "herzlichst", "viele grüße", "beste grüße", "vielen dank", "danke",
        "bien à vous", "cordialement", "amicalement", "avec gratitude", "merci",
        "с уважением", "с благодарностью", "спасибо", "искренне", "з повагою", "з вдячністю", "дякуємо", "щиро",
    ]
    /// What a thanks standing alone on its line reads (lowercased, without its closing marks).
    static let bareThanks: Set<String> = [
        "thank you", "thanks", "thank you so much", "thanks so much", "many thanks", "thank you all", "thanks again",
        "danke", "vielen dank", "herzlichen dank", "merci", "merci beaucoup", "спасибо", "большое спасибо", "дякуємо", "дякую",
    ]
    /// The most words a valediction holds ("Thank you on behalf of the KyForward Team,").
    static let valedictionWords = 8
    /// The longest valediction or signature line, in code points.
    static let letterClosingPoints = 60
    /// The most words a signature line holds ("Nina Hale, Founder and Editor, Planet Ledger").
    static let signatureWords = 8

    /// Whether unit `u` of `units` closes a letter right under a kept block: a valediction or a bare
    /// thanks, or a signature line right under a valediction, or a second one under a signature line
    /// that holds only a name (a name, then a title: "Judy Hale" / "Founder and publisher"; under
    /// "Rosalind Carey, editor" comes the page's "Share" button).
    static func closesLetter(_ units: [ScoringUnit], at u: Int) -> Bool {
        if isValediction(units[u].trimmedText) { return true }
        guard u > 0, isSignatureLine(units[u].trimmedText) else { return false }
        let above = units[u - 1].trimmedText
        if isValediction(above) { return !isBareThanks(above) }
        guard u > 1, isSignatureLine(above), !above.contains(","), case let top = units[u - 2].trimmedText else { return false }
        return isValediction(top) && !isBareThanks(top)
    }

    /// Whether a line is a valediction (an opening of ``valedictionOpenings``, a closing comma, at most
    /// ``valedictionWords`` words; "Thanks to the new law," is a clause) or a bare thanks (``bareThanks``).
    static func isValediction(_ text: Substring) -> Bool {
        guard !text.isEmpty, text.unicodeScalars.count <= letterClosingPoints else { return false }
        if isBareThanks(text) { return true }
        guard text.last == ",", text.split(whereSeparator: \.isWhitespace).count <= valedictionWords else { return false }
        let lowered = text.lowercased()
        guard !lowered.hasPrefix("thanks to"), !lowered.hasPrefix("thank you to") else { return false }
        return valedictionOpenings.contains { opening in
            lowered.hasPrefix(opening) && lowered.dropFirst(opening.count).first.map { !$0.isLetter } != false
        }
    }

    /// Whether a line is only a thanks (``bareThanks``) with its closing marks ("Thank you.", "Danke!").
    static func isBareThanks(_ text: Substring) -> Bool {
        let words = text.lowercased().drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed()
        return bareThanks.contains(String(words))
    }

    /// Whether a line reads as a signature: at most ``letterClosingPoints`` code points and
    /// ``signatureWords`` words, opening with a capital, with no closing mark of a sentence and no digit
    /// ("Judy Hale", "Founder and contributor", "Nina Hale, Editor, Planet Ledger").
    static func isSignatureLine(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isUppercase,
              text.unicodeScalars.count <= letterClosingPoints,
              text.split(whereSeparator: \.isWhitespace).count <= signatureWords,
              let last = text.last, !".?!:;\"”»".contains(last) else { return false }
        return !text.unicodeScalars.contains { $0.properties.numericType != nil }
    }
}
