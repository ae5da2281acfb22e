/// A prompt to switch on the outlet's notifications for its news ("Turn on desktop alerts for urgent
/// stories, live coverage, and reporting you won't find elsewhere.", "Recevez nos infos en direct sur
/// votre téléphone : activez les notifications dès maintenant."): page chrome like a newsletter's
/// inbox promise. It names the outlet's news or stories; a tip to switch on a service's warnings ("Turn
/// on emergency alerts in your phone's settings before the storm.") names none, and a report says who advised it.
extension AppealStripper {
    /// Calls to switch something on, lowered.
    static let switchOnCalls = ByteNeedles([
        "turn on", "switch on", "enable", "allow", "activez", "activer", "autorisez", "aktivieren sie", "aktiviere",
        "schalten sie", "включите", "разрешите", "увімкніть", "дозвольте",
    ].map { Array($0.utf8) })

    /// What is switched on: notifications or alerts.
    static let notificationWords = ByteNeedles([
        "notification", "alerts", "push", "benachrichtigung", "mitteilungen", "уведомлени", "сповіщен",
    ].map { Array($0.utf8) })

    /// The outlet's news as the thing notified, besides the medium's words (``callMediumWords``) and the
    /// newsroom's "our" (the evidence's first person plural): stories, coverage, headlines, "infos".
    static let notifiedNews = ByteNeedles([
        "stories", "story", "coverage", "headline", "infos", "actualité",
    ].map { Array($0.utf8) })

    /// Such a prompt is shorter than this (code points).
    static let notificationPromptPoints = 150

    /// Whether a line is such a prompt: under ``notificationPromptPoints``, a call of ``switchOnCalls``
    /// and a word of ``notificationWords``, in the page's own words, no quotation, no third party or
    /// beneficiary, naming the outlet's news (``notifiedNews``, ``callMediumWords``) or speaking as the
    /// newsroom ("activez les notifications pour nos infos"; "storm" is no story).
    func isNotificationPrompt(_ line: TextLine) -> Bool {
        let bytes = line.lowered
        // (Counting code points is cheaper than looking for words: the many longer lines are passed over first.)
        guard bytes.count <= 4 * Self.notificationPromptPoints, TextNormalizer.pointCount(bytes) < Self.notificationPromptPoints,
              Self.notificationWords.occurs(in: bytes), Self.switchOnCalls.occurs(in: bytes) else { return false }
        let e = lineEvidence(line)
        guard e.speaksOwnWordsOnly else { return false }
        return e.firstPlural > 0 || Self.notifiedNews.occurs(in: bytes) || Self.callMediumWords.occurs(in: bytes)
    }
}
