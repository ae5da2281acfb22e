/// A short call line printed more than once in a text ("Follow us on LinkedIn!" after each of
/// a listing's teasers, "Подпишись на @channel" under each post): a plug of the outlet's, since
/// no article repeats a call to its reader word for word. Too short for a block's score alone, it
/// is cut wherever it stands.
extension AppealStripper {
    /// A repeated call line is shorter than this (code points).
    static let repeatedCallPoints = 80

    /// The lines (indices into `units`) that carry a call to action, open with it or speak to the
    /// reader or as the newsroom (not a headline printed twice: "How residents can help the shelter"),
    /// are shorter than ``repeatedCallPoints``, read as no reporting or quotation, and occur (trimmed)
    /// at least twice among `units`.
    func repeatedCallLines(in units: [TextLine], evidence: [LineEvidence]) -> [Int] {
        let calls = units.indices.filter { u in
            let e = evidence[u]
            return !units[u].isBlank && e.cues[.action] > 0 && e.points < Self.repeatedCallPoints
                && (e.opensWithCall || e.addressesReader) && e.speaksOwnWords
        }
        guard calls.count >= 2 else { return [] }
        let keys = calls.map { Substring(units[$0].text).trimmedOfSpace }
        var counts: [Substring: Int] = [:]
        for key in keys { counts[key, default: 0] += 1 }
        return zip(calls, keys).filter { counts[$0.1, default: 0] >= 2 }.map(\.0)
    }
}
