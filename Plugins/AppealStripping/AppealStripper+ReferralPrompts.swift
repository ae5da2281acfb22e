/// A newsletter's prompt to pass it on ("Enjoying the Harbour Brief? Forward it to a friend.",
/// "Refer a friend and get a free month", "Leiten Sie ihn an Freunde weiter", "Transférez-la à un
/// ami"): the outlet growing its list through its readers. A report says who forwarded what ("Readers
/// forwarded the letter to friends, the editor said"); a share button's "Share this article" names no
/// e-mail and no friend.
extension AppealStripper {
    /// Verbs of forwarding an e-mail, and the program words of a referral, lowered.
    static let referralWords = ByteNeedles([
        "forward", "weiterleiten", "leiten sie", "leite ihn", "transférez", "transférer", "перешлите", "переслать", "перешліть",
        "refer a friend", "referral", "referring", "parrainez", "parrainage", "пригласите друз",
        // Sending or sharing the issue ("Copy this and send it to a friend", "Share this newsletter with a friend").
        "send it to a friend", "send this to a friend", "share this newsletter", "share this email", "share this issue",
    ].map { Array($0.utf8) })

    /// Whom it goes to: a friend, a colleague, someone ("Freunde", "un ami", "друзьям").
    static let referralRecipients = ByteNeedles([
        "friend", "colleague", "someone", "freund", "bekannte", "kolleg", "ami", "proche", "collègue", "друз", "знаком", "колег",
    ].map { Array($0.utf8) })

    /// A referral prompt is shorter than this (code points).
    static let referralPoints = 200

    /// Whether a line is such a prompt: under ``referralPoints``, a word of forwarding or referral
    /// (``referralWords``) and a recipient (``referralRecipients``), speaking to the reader ("you", a
    /// call, or a sentence opening with the verb: "Enjoying the Brief? Forward it to a friend."), in the
    /// page's own words with no third party or beneficiary.
    func isReferralPrompt(_ line: TextLine) -> Bool {
        let bytes = line.lowered
        // (Most lines are longer or name no forwarding: passed over on their code points, then their bytes,
        // before their evidence is read.)
        guard bytes.count < 4 * Self.referralPoints, TextNormalizer.pointCount(bytes) < Self.referralPoints,
              Self.referralRecipients.occurs(in: bytes), Self.referralWords.occurs(in: bytes) else { return false }
        let e = lineEvidence(line)
        return e.points < Self.referralPoints && e.speaksOwnWords && e.namesNoOtherParty
            && (e.secondPerson > 0 || e.cues[.action] > 0 || line.opensWithCall
                || line.sentences().contains { Self.opensWithReferralVerb($0.lowered) })
    }

    /// Whether a lowered line or sentence opens with a verb of forwarding or sending (bullets skipped): an imperative
    /// the lexicon does not count as a call ("Forward it to a friend", "Copy this and send it …").
    static func opensWithReferralVerb(_ bytes: [UInt8]) -> Bool {
        let start = TextNormalizer.letterStart(in: bytes)
        return referralOpenings.contains { bytes[start...].starts(with: $0) }
    }

    /// Imperatives opening a referral prompt, lowered.
    static let referralOpenings = ["forward", "copy this", "send this", "send it", "refer", "share this newsletter", "transférez", "перешлите"]
        .map { Array($0.utf8) }
}
