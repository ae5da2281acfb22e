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
        let words = platformWords(of: line)
        guard let last = words.last, donationPlatforms.contains(last) else { return false }
        return words.count >= 2 && platformPrepositions.contains(words[words.count - 2])
    }

    /// The lines (before merging) that are a platform link (see ``isPlatformLink(_:)``) or a plea
    /// to give there (see ``isPlatformPlea(_:_:)``).
    /// - Parameter candidates: the lines that may name a platform (see ``appOrAddressLines(in:)``).
    func platformLinkLines(in lines: [TextLine], candidates: [Int]) -> [Int] {
        candidates.filter { k in
            guard Self.namesPlatform(lines[k]) else { return false }
            return Self.isPlatformLink(lines[k]) || isPlatformPlea(lines[k], lineEvidence(lines[k]))
        }
    }

    /// A plea to give on a platform is shorter than this (code points).
    static let platformPleaPoints = 240

    /// Whether a line naming a platform (``namesPlatform(_:)``) asks the reader to give there ("Did you
    /// like this post? You can help me out via Patreon.", "Soutenez-nous sur Tipeee."): under
    /// ``platformPleaPoints``, speaking to the reader or opening with a
    /// call, in its own words (no reporting or quotation), with no third party, beneficiary or large
    /// sum. A report of someone funded there ("funded by listeners through Patreon") speaks to no one.
    func isPlatformPlea(_ line: TextLine, _ e: LineEvidence) -> Bool {
        e.points < Self.platformPleaPoints && (e.secondPerson > 0 || e.opensWithCall) && e.speaksOwnWords && !e.hasQuote
            && e.namesNoOtherParty && e.largeAmounts == 0
    }

    /// Whether a donation platform's name stands after one of ``platformPrepositions`` in a line ("… via Patreon")
    /// of fewer than twice ``platformPleaPoints`` bytes.
    static func namesPlatform(_ line: TextLine) -> Bool {
        // (Most lines are too long for a link or a plea, or name no platform: passed over on their bytes.)
        guard line.lowered.count < 2 * platformPleaPoints, platformNeedles.occurs(in: line.lowered) else { return false }
        let words = platformWords(of: line)
        return words.indices.dropFirst().contains { donationPlatforms.contains(words[$0]) && platformPrepositions.contains(words[$0 - 1]) }
    }

    /// A line's words lowered, without the punctuation around them ("Ko-fi" keeps its hyphen), as the
    /// platform names and prepositions are written.
    private static func platformWords(of line: TextLine) -> [String] {
        line.text.split(whereSeparator: \.isWhitespace).map { $0.lowercased().trimmingCharacters(in: platformWordEdges) }
    }

    /// Punctuation trimmed from a word's ends, except the hyphen of "ko-fi".
    private static let platformWordEdges = CharacterSet.punctuationCharacters.subtracting(["-"])

    /// The platforms' names as byte needles, for the first look at a line.
    static let platformNeedles = ByteNeedles(donationPlatforms.sorted().map { Array($0.utf8) })
}
