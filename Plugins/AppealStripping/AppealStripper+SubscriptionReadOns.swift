/// A paywall's line offering to read on with a subscription ("Lesen Sie mit einem Abo der
/// Landpost weiter.", "Keep reading with a subscription to the Valley Post.", "Poursuivez votre
/// lecture avec un abonnement."): the page cut off its article and names the price of the rest.
/// The line opens with reading on and names a subscription; an article tells who reads what
/// ("Readers keep reading with a subscription, the publisher said" opens with its subject).
extension AppealStripper {
    /// Openings of reading on, lowered ("Lesen Sie … weiter" needs its "weiter": ``lesenSie``).
    static let subscriptionReadOnOpenings: [[UInt8]] = [
        "keep reading", "continue reading", "read the rest",
        "lesen sie", "weiterlesen", "weiter lesen",
        "poursuivez votre lecture", "poursuivez la lecture", "continuez votre lecture", "continuez à lire", "lisez la suite",
        "читайте дальше", "продолжите чтение", "продолжайте читать", "читайте далі", "продовжуйте читати", "продовжте читання",
    ].map { Array($0.utf8) }

    /// The opening that reads on only with "weiter" after it ("Lesen Sie mit einem Abo weiter.").
    static let lesenSie = Array("lesen sie".utf8)
    static let weiter = ByteNeedles([Array(" weiter".utf8)])

    /// Words naming a subscription or membership ("Abo", "Digitalabo", "subscription", "abonnement", "подписка").
    static let subscriptionWords = ByteNeedles([
        " abo ", " abo.", " abo!", " abo-", "-abo", "digitalabo", "abonnement", "subscription", "membership",
        "подписк", "передплат",
    ].map { Array($0.utf8) })

    /// Prepositions of the means ("with", "mit", "avec", "с", "по", "з").
    static let subscriptionMeans = ByteNeedles([" with ", " mit ", " avec ", " с ", " по ", " з "].map { Array($0.utf8) })

    /// A read-on line is shorter than this (code points).
    static let subscriptionReadOnPoints = 120

    /// Whether a line offers to read on with a subscription: under ``subscriptionReadOnPoints``, opening
    /// with reading on (``subscriptionReadOnOpenings``, bullets skipped, no colon after it), naming a
    /// subscription (``subscriptionWords``) as the means (``subscriptionMeans``), in the page's own words
    /// with no third party.
    func isSubscriptionReadOn(_ line: TextLine) -> Bool {
        let bytes = line.lowered
        // (Most lines are longer or open otherwise: passed over on their length and first bytes.)
        guard bytes.count < 4 * Self.subscriptionReadOnPoints,
              let end = TextNormalizer.openingPhraseEnd(in: bytes, among: Self.subscriptionReadOnOpenings),
              TextNormalizer.pointCount(bytes) < Self.subscriptionReadOnPoints,
              Self.subscriptionWords.occurs(in: bytes + [0x20]) else { return false }
        let rest = Array(bytes[end...])
        // (The opening found ends at `end`: "lesen sie" when its last bytes are.)
        if bytes[..<end].reversed().starts(with: Self.lesenSie.reversed()), !Self.weiter.occurs(in: rest) { return false }
        // The subscription is the means ("mit einem Abo", "with a subscription"), not the topic of a teaser
        // after a colon ("Lesen Sie weiter: Wie das Abo-Modell der Stadtwerke funktioniert …").
        guard Self.subscriptionMeans.occurs(in: rest), !rest.prefix(2).contains(0x3A) else { return false }
        return lineEvidence(line).speaksOwnWordsOnly
    }
}
