import PipelineKit

/// One-line plugs for the outlet itself that carry no call verb a block would need: a sponsor
/// credit asking to become one ("<Outlet> thanks its sponsors. Join them."), and a messenger
/// post's pointer to the channel's own handle ("Новости Пристани тут 👉 @handle"). (Calls to
/// download the outlet's app: `AppealStripper+AppPlugs.swift`.)
extension AppealStripper {
    /// The outlet thanking its sponsors in the third person ("thanks its sponsors", "dankt seinen Sponsoren").
    static let sponsorThanks = ByteNeedles([
        "thanks its sponsors", "thanks its supporters", "thanks its members", "dankt seinen sponsoren",
        "dankt ihren sponsoren", "remercie ses partenaires", "remercie ses mécènes", "благодарит спонсоров",
    ].map { Array($0.utf8) })

    /// A sponsor credit or pointer line is shorter than this (code points).
    static let plugPoints = 100

    /// Whether a line is a sponsor credit of the outlet's own ("<Outlet> thanks its sponsors.", "The
    /// Harbour Tribune thanks its sponsors. Join them."): under ``plugPoints``, no reporting or quotation.
    func isSponsorThanks(_ line: TextLine, _ e: LineEvidence) -> Bool {
        e.points < Self.plugPoints && Self.sponsorThanks.occurs(in: line.lowered) && !e.isReporting && !e.hasQuote
    }

    /// Pointing marks before a channel's handle ("👉", "👇", "➡️").
    static let pointers: Set<Unicode.Scalar> = ["\u{1F449}", "\u{1F447}", "\u{27A1}", "\u{2B07}", "\u{1F448}", "\u{261B}", "\u{261E}"]

    /// Whether a line is a pointer to a messenger handle and nothing else ("Новости Пристани тут 👉
    /// @handle", "All our news 👉 @harbour_news"): at most eight words, a pointing mark, and a handle
    /// ending the line. A photo credit names its author after a colon, without a pointer ("Фото: @ivanov").
    static func isHandlePointer(_ line: TextLine) -> Bool {
        guard line.lowered.count < 160, line.lowered.contains(0x40), line.wordCount <= 8,
              let last = line.text.split(whereSeparator: \.isWhitespace).last, last.hasPrefix("@"), last.count > 2
        else { return false }
        return line.text.unicodeScalars.contains { pointers.contains($0) }
    }
}
