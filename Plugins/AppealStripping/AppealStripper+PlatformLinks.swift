import Foundation
import PipelineKit

/// A line naming the outlet's page on a donation platform and nothing else ("<Outlet> on Patreon",
/// "Support us on Patreon", "Auf Steady unterstützen" is a call the blocks find): a menu's or
/// sidebar's link, cut wherever it stands. A headline about a platform says something of it
/// ("Patreon cuts fees", "Creators flock to Patreon") and stays.
extension AppealStripper {
    /// Donation and membership platforms (lowered).
    static let donationPlatforms: Set<String> = [
        "patreon", "boosty", "tipeee", "liberapay", "ko-fi", "kofi", "buymeacoffee", "donorbox", "opencollective", "steady",
    ]

    /// Prepositions before a platform's name in such a link ("on", "auf", "sur", "на").
    static let platformPrepositions: Set<String> = ["on", "at", "via", "auf", "bei", "sur", "на", "в"]

    /// A platform link has at most this many words.
    static let platformLinkWords = 4

    /// Whether a line is such a link: two to ``platformLinkWords`` words, no closing full stop,
    /// ending with a platform's name after one of ``platformPrepositions``.
    static func isPlatformLink(_ line: TextLine) -> Bool {
        guard !line.endsSentence, line.wordCount <= platformLinkWords else { return false }
        let words = line.text.split(whereSeparator: \.isWhitespace)
            .map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters.subtracting(["-"])) }
        guard let last = words.last, donationPlatforms.contains(last) else { return false }
        return words.count >= 2 && platformPrepositions.contains(words[words.count - 2])
    }

    /// The lines (before merging) that are a platform link (see ``isPlatformLink(_:)``).
    func platformLinkLines(in lines: [TextLine]) -> [Int] {
        lines.indices.filter { !lines[$0].isBlank && Self.isPlatformLink(lines[$0]) }
    }
}
