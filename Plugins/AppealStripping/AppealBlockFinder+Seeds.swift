/// Where appeal blocks start: strong lines, calls beside the newsroom's voice or a price, buttons,
/// and neighbourhoods of weaker signals.
extension AppealBlockFinder {
    /// Whether a line speaking to the reader or as the newsroom, with some appeal evidence of its
    /// own, starts a block because it and the neighbours that would join it carry weaker signals of at least
    /// three kinds that add up to the threshold ("Your $5 keeps us on the beat." beside
    /// "Members read without ads."), though none of them is a seed alone. The newsroom's "we" must
    /// be among them; never the first line.
    /// - Parameter scores: the lines' evidence scores, as ``blocks(in:evidence:excluding:absorbsNeighbours:allowsWhole:)``
    ///   computed them.
    func seedsByNeighbourhood(_ position: Int, content: [Int], evidence: [LineEvidence], scores: [Double]) -> Bool {
        let e = evidence[content[position]]
        guard position > 0, scores[content[position]] >= 2, !e.isReporting, !e.isQuotation, e.speaksToReader else { return false }
        var first = position
        var last = position
        while first > 1, joins(evidence[content[first - 1]], score: scores[content[first - 1]]) { first -= 1 }
        while last + 1 < content.count, joins(evidence[content[last + 1]], score: scores[content[last + 1]]) { last += 1 }
        var total = 0.0
        var kinds: Set<Int> = []
        var newsroomVoice = false
        for k in content[first...last] {
            let n = evidence[k]
            total += scores[k]
            newsroomVoice = newsroomVoice || n.firstPlural > 0
            if n.speaksToReader { kinds.insert(0) }
            if n.cues[.action] > 0 { kinds.insert(1) }
            if n.cues[.voice] > 0 { kinds.insert(2) }
            if n.cues[.header] + n.cues[.signoff] > 0 { kinds.insert(3) }
            if n.cues[.payment] + n.smallAmounts > 0 { kinds.insert(4) }
            if n.cues[.newsroom] > 0 { kinds.insert(5) }
        }
        // The newsroom speaks as "we" somewhere: consumer news addresses "you" about prices too.
        return total >= threshold && kinds.count >= 3 && newsroomVoice
    }

    /// Whether a line starts a block (see the type's overview, step 2). `isNearEnd`: the line is
    /// among the last two, or right below the headline, where appeals stand.
    func isSeed(_ evidence: LineEvidence, _ line: TextLine, isFirst: Bool, isNearEnd: Bool) -> Bool {
        if evidence.cues[.custom] > 0 { return true }
        let score = evidence.score
        if evidence.isQuotation || evidence.isReporting { return false }
        // Imperatives need no pronoun: "Support bold reporting and donate today.", nor does a call
        // beside the newsroom's voice, with a price or at the end: "Become a member for $8 a month
        // and hear every episode without ads." (elsewhere, an article on media funding names both:
        // "Spenden", "gemeinnützig"). The call opens a clause, as imperatives do ("… — chip in
        // before midnight"), not "Listeners can become a member".
        let speaks = evidence.speaksToReader || evidence.cues[.header] > 0
        let callsWithVoice = evidence.cues[.action] > 0 && evidence.cues[.voice] > 0 && !isFirst
            && (isNearEnd || evidence.cues[.payment] + evidence.smallAmounts > 0) && line.hasClauseOpeningWithCall
        // So does a priced call naming the medium: "Members read it first. Join for $5."
        let pricedCallNamingMedium = evidence.cues[.action] > 0 && evidence.smallAmounts > 0 && evidence.cues[.payment] > 0
            && evidence.cues[.newsroom] > 0
        // Two calls need no pronoun either, unless they are a German report's nouns of giving.
        if score >= seedScore && (speaks || callsWithVoice || pricedCallNamingMedium
                                  || (evidence.cues[.action] >= 2 && !Self.reportsGivingInGerman(evidence, line))) { return true }
        if callsWithPrice(evidence, line, isFirst: isFirst) { return true }
        // A button or banner: a short line that is a call to action and nothing else ("Support
        // The Lantern / Monthly / Annual" may run a little longer).
        return evidence.cues[.action] > 0 && (evidence.length < 40 || (evidence.opensWithCall && evidence.length < 60))
            && !evidence.isReporting && score >= seedScore
    }
}
