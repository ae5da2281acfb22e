import PipelineKit

/// A page's notice that the text is for subscribers ("Cet article est réservé aux abonnés.",
/// "Dieser Inhalt ist exklusiv unseren Plus-Abonnenten vorbehalten.", "This story is only for
/// paying subscribers."): the page speaking of "this" content and restricting it to
/// subscribers or members, on a line of its own anywhere. A report of a paywall names another's
/// articles ("The Ledger's articles are now for subscribers only") or quotes the notice.
extension AppealStripper {
    /// The page's own content named as "this" ("this article", "dieser Inhalt", "cet article", "этот материал").
    static let paywallSubjects = ByteNeedles([
        "this content", "this article", "this story", "this post", "dieser inhalt", "dieser artikel", "dieser beitrag",
        "ce contenu", "cet article", "этот материал", "эта статья", "данный материал",
    ].map { Array($0.utf8) })

    /// Words restricting it ("only", "exklusiv", "nur für", "réservé", "только").
    static let paywallRestrictions = ByteNeedles([
        "only", "exclusive", "exklusiv", "nur für", "réservé", "uniquement", "только",
    ].map { Array($0.utf8) })

    /// Whether a line is such a notice: under ``promptLinePoints``, naming the page's content as
    /// "this" (``paywallSubjects``), restricting it (``paywallRestrictions``) to subscribers, members or
    /// a premium tier (``accessWords``, "premium"), without reporting, quotation or third parties.
    func isPaywallNotice(_ line: TextLine, _ e: LineEvidence) -> Bool {
        let bytes = line.lowered
        guard Self.paywallSubjects.occurs(in: bytes), Self.paywallRestrictions.occurs(in: bytes),
              Self.accessWords.occurs(in: bytes) || Self.premiumWords.occurs(in: bytes) else { return false }
        return e.points < Self.promptLinePoints && !e.isReporting && !e.isQuotation && !e.quotesSpeech && !e.hasQuote
            && e.cues[.thirdParty] + e.cues[.beneficiary] == 0
    }

    /// Names of a paid tier ("premium", "Plus-Abonnenten").
    static let premiumWords = ByteNeedles(["premium", "plus"].map { Array($0.utf8) })

    /// The units that are a paywall notice (see ``isPaywallNotice(_:_:)``), anywhere in the text.
    func paywallNoticeLines(in units: [TextLine], evidence: [LineEvidence]) -> [Int] {
        units.indices.filter { u in
            // (Most lines are longer, name no subscriber or paid tier, or no content as "this": passed over
            // before their bytes are read.)
            !units[u].isBlank && evidence[u].points < Self.promptLinePoints && evidence[u].cues[.newsroom] + evidence[u].cues[.payment] > 0
                && Self.paywallSubjects.occurs(in: units[u].lowered) && isPaywallNotice(units[u], evidence[u])
        }
    }
}
