import PipelineKit

/// A newsletter box of two lines: its title naming the newsletter ("Harbour Times Newsletter") and
/// a sign-up call under it ("Sign up below to receive the weekly newsletter, which …"). The call
/// alone names no outlet ("the weekly newsletter") and may run longer than a prompt's ask; the title
/// above makes it the outlet's own box. An article's sentence under a headline about a newsletter
/// reports ("Subscribers said …") or does not open with the call.
extension AppealStripper {
    /// A newsletter box's title has at most this many words ...
    static let newsletterTitleWords = 5
    /// ... and fewer UTF-8 bytes than this.
    static let newsletterTitleBytes = 80

    /// Openings of the call under the title, lowered (with ``signUpCalls``): "sign up below", "subscribe here".
    static let boxSignUpCalls: [[UInt8]] = [
        "sign up below", "sign up here", "sign up now", "sign up today", "subscribe below", "subscribe here", "subscribe now",
        "enter your email", "melden sie sich hier", "hier anmelden",
    ].map { Array($0.utf8) } + signUpCalls

    /// Whether a line is a newsletter box's title: at most ``newsletterTitleWords`` words without a
    /// sentence mark, its last word naming the newsletter ("Harbour Times Newsletter", "Newsletter
    /// du Port"), or a widget's title (``isNewsletterWidgetTitle(_:)``).
    static func isNewsletterTitle(_ line: TextLine) -> Bool {
        // (Most lines are longer than a title: passed over before their words are read.)
        guard line.lowered.count < newsletterTitleBytes else { return false }
        if isNewsletterWidgetTitle(line) { return true }
        guard line.wordCount <= newsletterTitleWords, !line.lowered.contains(where: { $0 == 0x2E || $0 == 0x3F || $0 == 0x21 }),
              let last = String(decoding: line.lowered, as: UTF8.self).split(separator: " ").last else { return false }
        return newsletterNames.contains(String(last)) || line.lowered.starts(with: newsletterOpening)
    }

    /// A title naming the newsletter first ("Newsletter du Port").
    private static let newsletterOpening = Array("newsletter ".utf8)

    /// The lines (before merging) of such boxes: a newsletter title (``isNewsletterTitle(_:)``) and
    /// the next content line, which opens with a sign-up call (``boxSignUpCalls``, bullets and emoji
    /// skipped), names a newsletter or channel (``channelWords``) and is under
    /// ``channelSignUpPoints``, with no reporting, quotation or third parties.
    func titledSignUpLines(in lines: [TextLine]) -> [Int] {
        let content = lines.indices.filter { !lines[$0].isBlank }
        var found: [Int] = []
        for (title, call) in zip(content, content.dropFirst()) where Self.isNewsletterTitle(lines[title]) {
            let bytes = lines[call].lowered
            let start = TextNormalizer.letterStart(in: bytes)
            guard start < bytes.count, Self.boxSignUpCalls.contains(where: { bytes[start...].starts(with: $0) }),
                  Self.channelWords.occurs(in: bytes) else { continue }
            let e = lineEvidence(lines[call])
            guard e.points < Self.channelSignUpPoints, e.speaksOwnWords,
                  e.namesNoOtherParty else { continue }
            found += [title, call]
        }
        return found
    }
}
