/// A plea to the reader printed as the document's first line, above the headline ("The Mesquite Ledger
/// counts on its readers to keep its journalism free. Can you give a gift today?", "When you let ads
/// load on this page, you back the shops that pay for our reporting."): a short full sentence or two (a
/// headline has no full stop, or is in Title Case: "A Friendly Nudge: Give to Your Local Station!") that
/// speaks to the reader, names the medium and asks or pleads, in the page's own words. A first line that
/// reports ("Readers gave $2 million to the food bank, the charity said.") or names another party stays,
/// and so does a long first paragraph (a lede or a letter's opening). A line naming a newsletter, a log-in or
/// a subscription is left to the prompt rules.
extension AppealStripper {
    /// A top plea is shorter than this (UTF-8 bytes).
    static let topPleaBytes = 160

    /// The document's first content line when it is such a plea and two more content lines follow it.
    func topPleaLine(in lines: [TextLine]) -> Int? {
        let content = lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(3)
        guard content.count == 3, let first = content.first, lines[first].endsSentence,
              lines[first].lowered.count < Self.topPleaBytes, !Self.isTitleCase(lines[first].text),
              // (A newsletter, log-in or subscription line at the top, or one promising the reader's inbox, is a
              // prompt, read by the prompt rules.)
              !Self.accessWords.occurs(in: lines[first].lowered), !Self.deliveryWords.occurs(in: lines[first].lowered)
        else { return nil }
        let e = lineEvidence(lines[first])
        guard e.speaksOwnWordsOnly, e.secondPerson > 0, e.cues[.newsroom] > 0, e.hasAppealCue else { return nil }
        return first
    }

    /// Whether at least half of a line's words of four letters or more after its first word open with a
    /// capital: a headline in Title Case.
    static func isTitleCase(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " }).dropFirst().filter { $0.unicodeScalars.count >= 4 }
        guard !words.isEmpty else { return false }
        let capitalised = words.filter { $0.unicodeScalars.first?.properties.isUppercase ?? false }
        return 2 * capitalised.count >= words.count
    }
}
