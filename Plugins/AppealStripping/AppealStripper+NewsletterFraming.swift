import PipelineKit

/// A newsletter's framing lines, printed where a newsletter is archived as a web page: its welcome
/// ("Welcome to The Tideline, a newsletter for people who …") and its note to readers who got it
/// forwarded ("If you've been forwarded this email, you can sign up for your own subscription
/// here:"). Neither is the issue's text; an article about newsletters neither welcomes its reader
/// to one nor speaks of this email.
extension AppealStripper {
    /// A newsletter's note to a reader it was forwarded to.
    static let forwardedPhrases = ByteNeedles([
        "forwarded this email", "forwarded this newsletter", "forwarded this e-mail", "was forwarded to you",
        "were forwarded this", "forwarded to you by", "diese e-mail wurde ihnen weitergeleitet", "wurde ihnen weitergeleitet",
        "ce courriel vous a été transféré", "cette lettre vous a été transférée", "on vous a transféré", "вам переслали",
    ].map { Array($0.utf8) })

    /// Openings of a newsletter's welcome ("welcome to", "willkommen bei", "bienvenue dans", "добро пожаловать").
    static let welcomeOpenings: [[UInt8]] = [
        "welcome to", "welcome back to", "willkommen bei", "willkommen zu", "bienvenue dans", "bienvenue à", "добро пожаловать",
    ].map { Array($0.utf8) }

    /// A framing line is shorter than this (code points) ...
    static let framingPoints = 200
    /// ... and than this (UTF-8 bytes).
    static let framingBytes = 320
    /// How many content lines from the top and from the bottom may frame a newsletter.
    static let framingReach = 5

    /// The lines (before merging) that frame a newsletter, among the first and last ``framingReach``
    /// content lines: under ``framingPoints``, neither reporting
    /// nor quoting, either opening with a welcome (``welcomeOpenings``, bullets and emoji skipped) and
    /// naming a newsletter, or speaking of being forwarded (``forwardedPhrases``) beside a sign-up or
    /// subscription word (``accessWords``).
    func newsletterFramingLines(in lines: [TextLine]) -> [Int] {
        // A newsletter frames its issue at the top or the bottom: only so many content lines from either end are read.
        let content = lines.indices.filter { !lines[$0].isBlank }
        let edges = content.count <= 2 * Self.framingReach ? content[...]
            : content.prefix(Self.framingReach) + content.suffix(Self.framingReach)
        return edges.filter { k in
            let bytes = lines[k].lowered
            // (Most paragraphs are longer than a framing line: passed over before their bytes are searched.)
            guard bytes.count < Self.framingBytes else { return false }
            let start = TextNormalizer.letterStart(in: bytes)
            let welcomes = start < bytes.count && Self.welcomeOpenings.contains { bytes[start...].starts(with: $0) }
                && Self.newsletterWords.occurs(in: bytes)
            let forwarded = !welcomes && Self.forwardedPhrases.occurs(in: bytes) && Self.accessWords.occurs(in: bytes)
            guard welcomes || forwarded else { return false }
            let e = lineEvidence(lines[k])
            return e.points < Self.framingPoints && e.speaksOwnWords
        }
    }
}
