import PipelineKit

/// A sentence plugging the outlet's social accounts in prose ("Stay connected with <outlet> on Twitter
/// and Instagram and like us on Facebook.", "You can stay updated by following us on Facebook and
/// Twitter.", "Follow us for more breaking news and videos"): a phrase of following or liking the
/// outlet that the reader is told to do, with a platform named or "for more" in its sentence. It is cut
/// with the sentences of its line that belong to the plug, like a call to sign up "here" (see
/// ``plugStart(in:phrases:callNames:)``). "Those of you who follow us on social media" names no platform,
/// and a report or quotation ("Follow us on Facebook," the sheriff's office urged) stays.
extension AppealStripper {
    /// Phrases of following the outlet, lowered.
    static let followPhrases = ByteNeedles(followPlugPhrases.map { Array($0.utf8) })
    /// The phrases of ``followPhrases``.
    static let followPlugPhrases = ["follow us", "following us", "like us on"]

    /// Platforms a follow plug names, or what it promises more of, lowered.
    static let followPlugMarks = ByteNeedles([
        "facebook", "twitter", "instagram", "tiktok", "youtube", "linkedin", "telegram", "whatsapp", "threads",
        "bluesky", "mastodon", "for more",
    ].map { Array($0.utf8) })

    /// The lines (whole) and line tails that are such a plug.
    /// - Parameter candidates: the lines to read; ``plugCandidates(in:)`` when `nil`.
    func followPlugs(in lines: [TextLine], candidates: [Int]? = nil) -> (whole: [Int], tails: [Span]) {
        plugs(in: lines, candidates: candidates, phrases: Self.followPhrases) { Self.followPlugMarks.occurs(in: $0.lowered) }
    }
}
