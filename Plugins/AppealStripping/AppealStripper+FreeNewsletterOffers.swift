/// An offer of the outlet's free newsletter on a line of its own, maybe after a slogan ("Get the free
/// Harbour Morning email and keep up with the stories that count.", "Cut through the noise: Get the free
/// Harbour Morning email …", "Holen Sie sich den kostenlosen Newsletter …"), or of its own newsletter
/// by name ("Get The Pulse, our Friday briefing on community health."): no sign-up word, so
/// neither the sign-up rules nor (without "our") the newsroom's voice take it. It is cut as a prompt, also as the
/// first line, where a page's banner stands. An article's tip offers a service's thing ("Get the free
/// flu shot at the clinic", "Get the free email reminders from the county"): its free thing is no
/// newsletter, or the newsletter word is not where the offer ends.
extension AppealStripper {
    /// How the offer opens (lowered), at the line's start or right after a slogan and its colon.
    static let freeOfferOpenings: [[UInt8]] = [
        "get the free", "receive the free", "holen sie sich den kostenlosen",
    ].map { Array($0.utf8) }

    /// What the outlet offers for free: its newsletter by any name.
    static let freeOfferProducts: Set<String> = [
        "email", "e-mail", "newsletter", "briefing", "digest", "bulletin", "newsletters", "emails",
    ]

    /// Words after the product that go on with the offer ("… email and keep up …", "… newsletter in your
    /// inbox", "… briefing every morning"), besides the end of the line or a mark.
    static let freeOfferContinuations: Set<String> = [
        "and", "in", "every", "each", "delivered", "straight", "newsletter", "direkt", "jeden", "und",
    ]

    /// At most this many words stand between the opening and the product (the newsletter's name).
    static let freeOfferNameWords = 5
    /// Such an offer is shorter than this (code points).
    static let freeOfferPoints = 200
    /// A slogan before the offer ends with its colon within this many bytes of the line's start.
    static let freeOfferSloganBytes = 60

    /// Whether a line is such an offer: under ``freeOfferPoints``, opening with ``freeOfferOpenings`` (or
    /// a slogan and a colon first), a ``freeOfferProducts`` word within ``freeOfferNameWords`` words,
    /// where the offer ends or goes on (``freeOfferContinuations``), in the page's own words (no report
    /// or quotation) with no third party or beneficiary (a candidate's campaign newsletter).
    func isFreeNewsletterOffer(_ line: TextLine) -> Bool {
        let bytes = line.lowered
        // (The openings are read first: they are cheaper than counting the code points of every line.)
        guard bytes.count < 4 * Self.freeOfferPoints,
              Self.offersOwnNewsletter(bytes) || Self.freeOfferEnd(in: bytes).map({ Self.offersFreeNewsletter(bytes, after: $0) }) == true,
              TextNormalizer.pointCount(bytes) < Self.freeOfferPoints else { return false }
        let e = lineEvidence(line)
        return e.speaksOwnWords && e.namesNoOtherParty
    }

    /// Whether the words after a free offer's opening (from byte `end`) name a ``freeOfferProducts`` word
    /// within ``freeOfferNameWords`` words, where the offer ends (a mark, the line's end) or goes on
    /// (``freeOfferContinuations``).
    static func offersFreeNewsletter(_ bytes: [UInt8], after end: Int) -> Bool {
        let words = String(decoding: bytes[end...], as: UTF8.self).split(separator: " ").prefix(freeOfferNameWords + 2)
        guard let product = words.firstIndex(where: { freeOfferProducts.contains(bareWord($0)) }),
              product - words.startIndex <= freeOfferNameWords else { return false }
        // (The product stands at most ``freeOfferNameWords`` words in: the word after it, if any, was read.)
        let next = product + 1 < words.endIndex ? words[product + 1] : nil
        return bareWord(words[product]) != words[product] || next.map { freeOfferContinuations.contains(bareWord($0)) } ?? true
    }

    /// The offer of the outlet's own newsletter without "free" ("Get The Pulse, our Friday briefing on
    /// community health."): "get" opens the line, "our" follows within ``freeOfferNameWords`` words (a
    /// name may stand before it), and a ``freeOfferProducts`` word within three words after "our".
    static func offersOwnNewsletter(_ bytes: [UInt8]) -> Bool {
        guard TextNormalizer.openingPhraseEnd(in: bytes, among: [Array("get".utf8)]) != nil else { return false }
        let words = String(decoding: bytes, as: UTF8.self).split(separator: " ").prefix(freeOfferNameWords + 5).map(bareWord)
        guard let our = words.prefix(freeOfferNameWords + 2).firstIndex(of: "our") else { return false }
        return words[(our + 1)...].prefix(3).contains(where: freeOfferProducts.contains)
    }

    /// Where the offer's opening ends in a lowered line: at the line's start, or after a slogan's colon.
    static func freeOfferEnd(in bytes: [UInt8]) -> Int? {
        if let end = TextNormalizer.openingPhraseEnd(in: bytes, among: freeOfferOpenings) { return end }
        guard let colon = bytes.prefix(freeOfferSloganBytes).firstIndex(of: 0x3A), colon + 1 < bytes.count else { return nil }
        let rest = Array(bytes[(colon + 1)...])
        return TextNormalizer.openingPhraseEnd(in: rest, among: freeOfferOpenings).map { colon + 1 + $0 }
    }

    /// A lowered word without the marks at its end ("email." → "email").
    static func bareWord(_ word: Substring) -> String {
        String(word.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed())
    }
}
