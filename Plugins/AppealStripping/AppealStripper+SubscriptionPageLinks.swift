/// A line pointing the reader to the outlet's subscription, e-paper, membership or donation page
/// ("Hier finden Sie das für Sie passende Abo: www.landpost.ch/abo", "Hier geht es direkt zum
/// E-Paper: www.landpost.ch/e-paper", "Toutes nos offres : https://…/abonnement"): a short label
/// introducing the link (ending in a colon, or speaking to the reader) and one address whose path
/// names such a page. A report names who offers what ("The county's alerts: www.county.gov/subscribe"
/// names the county) or reads as a sentence.
extension AppealStripper {
    /// Path segments of an outlet's own pages for paying, subscribing or reading the paper, lowered.
    static let subscriptionPagePaths: [[UInt8]] = [
        "abo", "abos", "abonnement", "abonnements", "abonnieren", "subscribe", "subscription", "subscriptions", "e-paper", "epaper",
        "donate", "spenden", "membership", "become-a-member", "support-us", "unterstuetzen", "soutenir", "faire-un-don",
        "podpiska", "donat", "pidtrymka", "peredplata",
    ].map { Array($0.utf8) }

    /// A subscription link's label has at most this many words.
    static let subscriptionLinkLabelWords = 10

    /// The lines (before merging) that are such a link: under ``supportLinkBytes``, ending in one web
    /// address whose path has a segment of ``subscriptionPagePaths``, after a label of 2 to
    /// ``subscriptionLinkLabelWords`` words that ends in a colon or speaks to the reader, carries an
    /// appeal cue or names the medium ("Abo", "E-Paper", "subscription"), in the page's own words with no
    /// third party.
    func subscriptionPageLinkLines(in lines: [TextLine]) -> [Int] {
        lines.indices.filter { k in
            // (Most lines are longer or end in no address: checked on the bytes before splitting words.)
            let bytes = lines[k].lowered
            guard bytes.count < Self.supportLinkBytes, Self.endsWithAddress(bytes) else { return false }
            let words = lines[k].text.split(whereSeparator: \.isWhitespace)
            guard words.count >= 3, words.count <= Self.subscriptionLinkLabelWords + 1, let address = words.last,
                  Self.hasSubscriptionPagePath(Array(address.lowercased().utf8)) else { return false }
            let label = words.dropLast().joined(separator: " ")
            guard let line = TextLine.lines(of: label).first else { return false }
            let e = lineEvidence(line)
            guard e.speaksOwnWordsOnly, e.hasAppealCue || e.cues[.newsroom] > 0 else { return false }
            return label.hasSuffix(":") || e.secondPerson > 0
        }
    }

    /// Whether a lowered web address has a path segment of ``subscriptionPagePaths`` (after a slash,
    /// up to the next slash, "?", "#", "." or the end: "/abo", "/e-paper/", "/subscribe?ref=…"; "/about" is none).
    static func hasSubscriptionPagePath(_ address: [UInt8]) -> Bool {
        guard let pathStart = TextNormalizer.addressPathStart(in: address[...]) else { return false }
        var i = pathStart
        while i < address.count {
            guard address[i] == 0x2F else { i += 1; continue }
            var end = i + 1
            while end < address.count, address[end] != 0x2F, address[end] != 0x3F, address[end] != 0x23, address[end] != 0x2E { end += 1 }
            let segment = address[(i + 1)..<end]
            if subscriptionPagePaths.contains(where: { segment.elementsEqual($0) }) { return true }
            i = end
        }
        return false
    }
}
