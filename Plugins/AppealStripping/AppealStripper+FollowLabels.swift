/// A social-media label on a line of its own ("Folge uns:", "Connect with us", "Suivez-nous sur
/// Facebook et Instagram", "Мы в соцсетях", a blog's "Follow My Blog"): what is left of the outlet's row of follow buttons
/// once their icons are scraped away. An article never sets "follow us" as a line alone; a report
/// of someone asking to be followed says who asks ("Follow us, the mayor said").
extension AppealStripper {
    /// The labels, lowered: "follow us" in the languages read (the line may go on with platforms only).
    static let followLabels: [[UInt8]] = [
        "follow us", "connect with us", "find us on", "folge uns", "folgt uns", "folgen sie uns", "suivez-nous", "suivez nous",
        "retrouvez-nous", "rejoignez-nous", "следите за нами", "мы в соцсетях", "мы в социальных сетях",
        "подписывайтесь на нас", "читайте нас", "стежте за нами", "ми в соцмережах", "підписуйтесь на нас",
        "будьте с нами", "будьте з нами",
        // "We're on …": only platforms (and "we're on" again) may follow ("Мы в Telegram, мы в Viber").
        "we're on", "we are on", "wir sind auf", "nous sommes sur", "мы в", "мы на", "ми в", "ми у", "ми на",
        // A blog's follow widget ("Follow My Blog", "Follow Blog via Email").
        "follow my blog", "follow this blog", "follow our blog", "follow blog via email", "follow blog via e-mail",
        "follow by email", "follow by e-mail",
        // Liking the outlet's page ("Like us on Facebook", "Like uns auf Facebook").
        "like us on", "like uns auf", "likt uns auf",
    ].map { Array($0.utf8) }

    /// Words that may follow a label on its line: prepositions, conjunctions and the platforms
    /// ("on", "auf", "sur", "в", "Facebook", "X").
    static let followLabelTail: Set<String> = [
        "on", "auf", "sur", "в", "у", "and", "und", "et", "и", "та", "or", "oder", "ou", "social", "media", "sozialen", "medien",
        "réseaux", "sociaux", "соцсетях", "соцмережах",
        "facebook", "twitter", "x", "instagram", "youtube", "tiktok", "linkedin", "telegram", "whatsapp", "threads",
        "bluesky", "mastodon", "vk", "вконтакте", "одноклассниках", "дзен", "яндекс", "yandex", "viber", "pinterest", "snapchat", "rss",
        // A "we're on" label repeated for each platform, and the outlet's bot there ("наш Telegram-бот @handle").
        "мы", "ми", "на", "наш", "bot", "бот",
        // Wherever the outlet posts ("Follow us everywhere we post:", "Следите за нами и здесь").
        "everywhere", "we", "post", "здесь", "тут", "також", "также",
    ]

    /// Whether a line is a follow label and nothing else: emoji or bullets before it skipped, a
    /// label of ``followLabels``, then only words of ``followLabelTail`` (and punctuation, handles and
    /// the account's web address: "Мы на Яндекс Дзен: https://…").
    static func isFollowLabel(_ line: TextLine) -> Bool {
        let bytes = line.lowered
        guard bytes.count < 120, let end = TextNormalizer.openingPhraseEnd(in: bytes, among: followLabels) else { return false }
        // (A handle or the account's address names the account: "@harbour_bot", "https://t.me/…" are passed over whole.)
        let words = String(decoding: bytes[end...], as: UTF8.self)
            .split(whereSeparator: \.isWhitespace)
            .filter { !$0.hasPrefix("@") && !Self.isAddressWord($0) }
            .flatMap { $0.split { !$0.isLetter } }
            .map(String.init)
        return words.allSatisfy(followLabelTail.contains)
    }

    /// The words of a network's line in a follow list ("📸 Instagram", "➤ Facebook", "🌏 Site internet").
    static let networkListWords: Set<String> = [
        "facebook", "twitter", "x", "instagram", "youtube", "tiktok", "linkedin", "telegram", "whatsapp", "threads", "bluesky",
        "mastodon", "vk", "вконтакте", "viber", "pinterest", "spotify", "deezer", "apple", "google", "podcasts", "news", "rss",
        "site", "internet", "website", "web",
        // Cyrillic spellings ("Телеграм – https://t.me/…", "Фейсбук", "Інстаграм").
        "телеграм", "телеграмм", "фейсбук", "інстаграм", "инстаграм", "ютуб", "тікток", "тикток", "вайбер", "твіттер", "твиттер",
        "сайт", "дзен",
    ]
    /// A follow list has at least this many network lines.
    static let networkListMinimum = 2

    /// Words naming the outlet's networks in a follow list's header ("in den sozialen Netzwerken", "sur les réseaux").
    static let networkHeaderWords = ByteNeedles(["netzwerk", "réseaux", "social media", "соцсет", "соцмереж", "networks"].map { Array($0.utf8) })
    /// Stems of following there ("Folge <outlet> …", "Pour suivre <outlet> …", "Следите за …").
    /// Subscribing there counts in the imperative only ("Та підписуйтесь на наші акаунти у соцмережах:"; "підписала" reports).
    static let networkHeaderCalls = ByteNeedles([
        "folg", "follow", "suiv", "retrouv", "следи", "слідк", "стеж",
        "подписывайтесь", "подпишитесь", "подписывайся", "подпишись", "підписуйтесь", "підпишіться", "підписуйся", "підпишись",
    ].map { Array($0.utf8) })

    /// The lines of a follow list: a follow label (``isFollowLabel(_:)``) or a header following the outlet on
    /// its networks (at most ``titleWords`` + 6 words, ``networkHeaderCalls`` and ``networkHeaderWords``: "Folge
    /// "<outlet>" jetzt in den sozialen Netzwerken!", "Pour suivre <outlet> sur les réseaux 👇"), then at least
    /// ``networkListMinimum`` lines naming a network and nothing else (blank lines between allowed). A row of
    /// share buttons has no such header.
    func networkListLines(in lines: [TextLine]) -> [Int] {
        var found: [Int] = []
        for k in lines.indices where !lines[k].isBlank {
            // (Most lines are followed by a longer one than a network's name: passed over before their bytes are read.)
            guard let below = lines[(k + 1)...].firstIndex(where: { !$0.isBlank }),
                  lines[below].lowered.count < Self.networkLineBytes + Self.networkAddressBytes,
                  Self.networkHeaderCalls.occurs(in: lines[k].lowered) else { continue }
            let header = lines[k]
            guard Self.isFollowLabel(header) || header.wordCount <= Self.titleWords + 6 && Self.networkHeaderWords.occurs(in: header.lowered)
            else { continue }
            var list: [Int] = []
            var next = k + 1
            while next < lines.count {
                if lines[next].isBlank { next += 1; continue }
                guard Self.namesNetworkOnly(lines[next]) else { break }
                list.append(next)
                next += 1
            }
            guard list.count >= Self.networkListMinimum else { continue }
            let e = lineEvidence(header)
            guard e.speaksOwnWords, e.namesNoOtherParty else { continue }
            found += [k] + list
        }
        return found
    }

    /// A network's line in a follow list is shorter than this (UTF-8 bytes), its account's address aside.
    static let networkLineBytes = 40
    /// How long (UTF-8 bytes) the account's address after a network's name may be ("Телеграм – https://t.me/…").
    static let networkAddressBytes = 80

    /// Whether a line names a network and nothing else (marks, bullets, emoji and the account's
    /// address or handle aside): one to three words of ``networkListWords``.
    static func namesNetworkOnly(_ line: TextLine) -> Bool {
        guard line.lowered.count < networkLineBytes + networkAddressBytes else { return false }
        let kept = String(decoding: line.lowered, as: UTF8.self).split(whereSeparator: \.isWhitespace)
            .filter { !$0.hasPrefix("@") && !isAddressWord($0) }
        guard kept.reduce(0, { $0 + $1.utf8.count + 1 }) <= networkLineBytes else { return false }
        let words = kept.flatMap { $0.split { !$0.isLetter } }
        return (1...3).contains(words.count) && words.allSatisfy { networkListWords.contains(String($0)) }
    }
}
