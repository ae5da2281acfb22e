/// A follow call naming the outlet instead of "us", on a line of its own: a social row's label
/// ("Follow Town Hall Dispatches:", "Suivez HTV Français sur :", "Follow Us :") or a plug for one
/// platform ("Follow Lakes Region Now on Flipboard for up-to-the-minute headlines", "Follow Lensakini on
/// its WhatsApp Channel for breaking news"). The name is written as a name (every word capitalised),
/// so an article's "Follow the Money: …" or "Follow these steps:" and its advice to follow an
/// official for updates ("Follow the weather service on X for alerts") stay. (The channel sign-ups take
/// "Follow <name> on <platform>" without a purpose when the name is a medium's, see
/// ``followsMediumName(_:callWords:)``; this rule takes any name that promises the news or ends a label.)
extension AppealStripper {
    /// Verbs opening such a call, lowered.
    static let namedFollowVerbs: Set<String> = ["follow", "folgen", "folge", "folgt", "suivez", "следите", "стежте"]
    /// The same verbs as bytes, to pass over most lines before their words are read.
    static let namedFollowVerbBytes = namedFollowVerbs.map { Array($0.utf8) }
    /// Words that may stand between the verb and the colon or the platform without being the name: the
    /// newsroom's "us" (which names it), the platform's leads, "Sie", and an article before the name ("the
    /// Harbour Tribune", "dem Hafenblatt": a capitalised word must still follow).
    static let namedFollowGlue: Set<String> = platformLeads.union(["us", "uns", "nous", "нами", "sie", "за", "the", "dem", "der", "die", "le", "la"])
    /// Platforms a follow call may name (lowered): the messenger brands of the channel sign-ups and a few more networks.
    static let followPlatforms = channelBrands.subtracting(["newsletter", "google", "signal"])
        .union(["bluesky", "mastodon", "flipboard", "vk", "вконтакте"])
    /// Words right before a platform's name ("on Flipboard", "on its WhatsApp Channel", "auf Instagram").
    static let platformLeads: Set<String> = ["on", "auf", "sur", "в", "у", "its", "seinem", "sa"]
    /// What the platform plug may promise after "for": the outlet's news (lowered).
    static let followNewsWords: Set<String> = ["news", "headlines", "breaking", "commentary", "nachrichten", "infos", "actualité", "новости", "новини"]
    /// At most this many words in such a line.
    static let namedFollowWords = 16

    /// Whether a line is a follow call naming the outlet (see the extension's summary): a follow
    /// verb first, then a name in capitals (and the glue of ``namedFollowGlue``), then either the
    /// line's closing colon, or "on" and a platform of ``followPlatforms`` with nothing after it but
    /// its "channel" or "page" and a "for" of the outlet's news (``followNewsWords``); in the page's own words.
    /// A reporter's "Follow <Name> on Twitter @handle" promises no news and stays.
    func isNamedFollowLine(_ line: TextLine) -> Bool {
        guard line.lowered.count < 200, TextNormalizer.openingPhraseEnd(in: line.lowered, among: Self.namedFollowVerbBytes) != nil,
              line.wordCount <= Self.namedFollowWords else { return false }
        let words = line.text.split(whereSeparator: \.isWhitespace)
        guard let verb = words.first, Self.namedFollowVerbs.contains(verb.lowercased()), words.count >= 2 else { return false }
        let bare = words.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        // The name: capitalised words (and glue) up to the colon ending the line or up to the platform.
        var k = 1
        var named = false
        while k < words.count {
            let word = words[k], lowered = bare[k]
            if Self.followPlatforms.contains(lowered), k > 1, Self.platformLeads.contains(bare[k - 1]) { break }
            if word == ":" || lowered.isEmpty { k += 1; continue }
            if Self.namedFollowGlue.contains(lowered) {
                named = named || AppealLexicon.firstPlural.contains(lowered)
            } else if word.first.map({ $0.isUppercase || $0.isNumber }) == true {
                named = true
            } else {
                return false
            }
            if word.hasSuffix(":") { k += 1; break }
            k += 1
        }
        guard named else { return false }
        if k >= words.count {
            // A label: the name (and glue) ends the line with a colon.
            guard line.text.last(where: { !$0.isWhitespace }) == ":" else { return false }
        } else {
            guard Self.followPlatforms.contains(bare[k]) else { return false }
            // After the platform: its "channel" or "page", then a "for" of the outlet's news (a reporter's
            // "Follow Pam Key on Twitter @pamkey" promises none and stays).
            let rest = bare[(k + 1)...].drop { ["channel", "page", "kanal", "канал", "канале"].contains($0) }
            guard let first = rest.first, ["for", "für", "pour", "для"].contains(first),
                  rest.dropFirst().contains(where: Self.followNewsWords.contains) else { return false }
        }
        let e = lineEvidence(line)
        return e.speaksOwnWords && !e.hasQuote && e.namesNoOtherParty
    }
}
