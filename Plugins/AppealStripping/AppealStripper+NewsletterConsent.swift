import PipelineKit

/// Newsletter sign-up boxes closed by their consent line ("Mit meiner Anmeldung zum Newsletter stimme
/// ich der Werbevereinbarung zu.", "By signing up, you agree to our privacy policy."): the fine print
/// of a form, which no article prints, marks the box however its title and blurb are worded.
extension AppealStripper {
    /// Phrases of a sign-up form's consent line.
    static let consentPhrases = ByteNeedles([
        "mit meiner anmeldung zum newsletter", "mit der anmeldung zum newsletter", "mit ihrer anmeldung zum newsletter",
        "by signing up, you agree", "by signing up you agree", "by subscribing, you agree", "by subscribing you agree",
        "by clicking subscribe", "by entering your email", "en vous inscrivant, vous acceptez", "en vous inscrivant vous acceptez",
        "en vous abonnant, vous acceptez", "en vous abonnant vous acceptez", "en cliquant sur « je m'inscris »",
        "подписываясь на рассылку", "подписываясь, вы соглашаетесь", "нажимая кнопку «подписаться»",
    ].map { Array($0.utf8) })

    /// A consent line, and each line of the box above it, is shorter than this (code points).
    static let consentLinePoints = 400
    /// At most this many lines of the box (title, blurb, schedule) stand above the consent line.
    static let consentBoxLines = 3

    /// The units of newsletter boxes closed by a consent line (``consentPhrases``): the consent
    /// line, under ``consentLinePoints`` without reporting or quotation, and up to ``consentBoxLines``
    /// lines right above it that name a newsletter, its delivery or schedule, call to act, or are a
    /// title of at most five words without a full stop, none of them reporting, quoting or marking an
    /// advertisement ("Weiterlesen nach der Anzeige"). Not for a
    /// text of one line (where the box would take the article along).
    func newsletterConsentLines(in units: [TextLine], evidence: [LineEvidence]) -> [Int] {
        // (Most texts hold no consent phrase: looked for before the lines are listed.)
        guard units.indices.contains(where: { evidence[$0].cues[.payment] > 0 && Self.consentPhrases.occurs(in: units[$0].lowered) })
        else { return [] }
        let content = units.indices.filter { !units[$0].isBlank }
        guard content.count >= 2 else { return [] }
        var found: [Int] = []
        // (A consent line names the newsletter, a subscription or the privacy policy, all payment
        // cues: most lines are passed over unread.)
        for (k, u) in content.enumerated() where evidence[u].cues[.payment] > 0 && Self.consentPhrases.occurs(in: units[u].lowered) {
            let e = evidence[u]
            guard e.points < Self.consentLinePoints, e.cues[.reporting] == 0, !e.isQuotation, !e.quotesSpeech else { continue }
            var first = k
            while first > 0, k - first < Self.consentBoxLines, isConsentBoxLine(units[content[first - 1]], evidence[content[first - 1]]) {
                first -= 1
            }
            found += content[first...k]
        }
        return found
    }

    /// Whether a line may stand in a newsletter box above its consent line.
    private func isConsentBoxLine(_ line: TextLine, _ e: LineEvidence) -> Bool {
        let bytes = line.lowered
        guard e.points < Self.consentLinePoints, !e.isReporting, !e.isQuotation, !e.hasQuote,
              e.namesNoOtherParty, !Self.adMarkers.occurs(in: bytes) else { return false }
        return Self.newsletterWords.occurs(in: bytes) || Self.deliveryWords.occurs(in: bytes)
            || Self.scheduleOpenings.contains { bytes.starts(with: $0) } || line.opensWithCall
            || (line.wordCount <= 5 && !line.endsSentence)
    }
}
