import PipelineKit

/// A line pointing the reader to the outlet's own channel without a sign-up call opening it
/// ("Оперативні новини – на нашому Telegram-каналі", "Новости быстрее, чем на сайте, в нашем
/// Telegram.", "Обсудить новости вы сможете в нашем телеграм-канале", "Get the latest news on our
/// WhatsApp channel"): "our" names a messenger channel or network, and the line offers news there
/// or speaks to the reader. An article about a newsroom's channel says what happened to it
/// ("Our Telegram channel passed 10,000 subscribers this week") and offers the reader nothing.
extension AppealStripper {
    /// "Our" in the languages read: whole words, so "нашли" (found) is none.
    static let ownChannelPossessives: Set<String> = [
        "our", "unser", "unsere", "unserem", "unseren", "unserer", "unseres", "notre", "nos",
        "наш", "наша", "наше", "наши", "нашем", "нашей", "нашего", "нашему", "нашим", "нашими", "нашу", "наших",
        "наші", "нашого", "нашому", "нашім", "нашій", "нашої",
    ]
    /// Beginnings of the words of a channel or network ("telegram", "каналі", "chaîne", "YouTube").
    static let ownChannelWords: [String] = [
        "telegram", "телеграм", "канал", "channel", "kanal", "chaîne", "viber", "вайбер", "whatsapp", "youtube", "ютуб",
        "instagram", "инстаграм", "інстаграм", "дзен", "вконтакте", "facebook", "фейсбук",
    ]
    /// Beginnings of the words for news offered there.
    static let ownChannelNewsWords: [String] = ["новост", "новин", "news", "nachricht", "actualit", "infos", "событи", "поді"]
    /// How many words after "our" the channel may come ("на нашей странице в Instagram").
    static let ownChannelReach = 4

    /// The lines (not blank, not the headline) that point the reader to the outlet's own channel
    /// (``pointsToOwnChannel(_:_:)``: "our" of ``ownChannelPossessives`` and a channel word of
    /// ``ownChannelWords`` after it).
    func ownChannelLines(in units: [TextLine], evidence: [LineEvidence]) -> [Int] {
        let headline = units.firstIndex { !$0.isBlank }
        return units.indices.filter { u in
            u != headline && !units[u].isBlank && Self.pointsToOwnChannel(units[u], evidence[u])
        }
    }

    /// Whether a line (or sentence) with evidence `e` points the reader to the outlet's own channel:
    /// allowed by its evidence (``mayPlugChannel(_:)``), "our" and a channel within
    /// ``ownChannelReach`` words (``namesOwnChannel(_:)``), and news offered there
    /// (``ownChannelNewsWords``) or the reader addressed ("you", a call).
    static func pointsToOwnChannel(_ line: TextLine, _ e: LineEvidence) -> Bool {
        guard mayPlugChannel(e),
              // (Most lines say no "our": passed over on their evidence, or for "нашем", a form the
              // lexicon's whole words miss, on a quick byte search, before the channel words are looked for.)
              e.firstPlural > 0 || holdsCyrillicOwn(line.lowered),
              channelWords.occurs(in: line.lowered) else { return false }
        let words = String(decoding: line.lowered, as: UTF8.self).split { !$0.isLetter }.map(String.init)
        guard namesOwnChannel(words) else { return false }
        let offersNews = words.contains { word in ownChannelNewsWords.contains { word.hasPrefix($0) } }
        return offersNews || e.secondPerson > 0 || e.cues[.action] > 0 || line.opensWithCall
    }

    /// Whether `words` (lowered) hold "our" followed within ``ownChannelReach`` words by a channel word.
    static func namesOwnChannel(_ words: [String]) -> Bool {
        for (k, word) in words.enumerated() where ownChannelPossessives.contains(word) {
            let after = words[(k + 1)..<min(words.count, k + 1 + ownChannelReach)]
            if after.contains(where: { next in ownChannelWords.contains { next.hasPrefix($0) } }) { return true }
        }
        return false
    }

    /// A teaser over a channel sign-up promising the news first ("Want to be the first to know?",
    /// "Хочете дізнаватися про головні події першими?", "Дізнайся першим!"), lowered.
    static let firstToKnow = ByteNeedles([
        // (A stem covers its endings: "als erste" "als Erster", "первым" "первыми", "першим" "першими".)
        "first to know", "first to hear", "als erste", "le premier informé", "les premiers informés", "первым", "першим",
    ].map { Array($0.utf8) })
    /// The longest such teaser, in code points.
    static let teaserPoints = 80

    /// The lines right above channel sign-ups (`signUps`, blank lines between allowed) that tease
    /// them by promising the news first (``firstToKnow``): at most ``teaserPoints`` code points, in
    /// the page's own words, not the headline. Alone, such a line may be an article's ("Who was
    /// the first to know?"); over the outlet's sign-up it is the box's header.
    func firstToKnowTeasers(above signUps: Set<Int>, in units: [TextLine], evidence: [LineEvidence]) -> [Int] {
        guard !signUps.isEmpty else { return [] }
        let headline = units.firstIndex { !$0.isBlank }
        return signUps.compactMap { s in
            var u = s - 1
            while u >= 0, units[u].isBlank { u -= 1 }
            guard u >= 0, u != headline, !signUps.contains(u), evidence[u].points <= Self.teaserPoints, evidence[u].speaksOwnWords,
                  Self.firstToKnow.occurs(in: units[u].lowered) else { return nil }
            return u
        }
    }
}
