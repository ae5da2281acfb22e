import Foundation
import PipelineKit

/// One-line sign-ups for the outlet's newsletter or messenger channel between paragraphs or after
/// the article ("Subscribe to the Harbour Brief newsletter.", "Подписывайтесь на наш телеграм-канал
/// «…».", "Abonnez-vous à notre newsletter"): too short for a block, and often without the
/// newsroom's "we", they have a shape an article's sentence does not, a subscription call opening
/// the sentence whose object is a newsletter or channel of the outlet's own.
extension AppealStripper {
    /// A sign-up line is shorter than this (code points).
    static let channelSignUpPoints = 200

    /// Whether a line's (or sentence's) evidence allows a plug for the outlet's channel: shorter
    /// than ``channelSignUpPoints``, in the page's own words (no reporting or quotation), no large
    /// sums, and nobody else named as asking or helped (no third party, no beneficiary).
    static func mayPlugChannel(_ e: LineEvidence) -> Bool {
        e.points < channelSignUpPoints && e.speaksOwnWords && e.largeAmounts == 0 && e.namesNoOtherParty
    }

    /// Openings of a sign-up call, lowered ("subscribe to", "подпишитесь"); a polite word, bullet or
    /// emoji may stand before them.
    static let signUpCalls: [[UInt8]] = [
        "subscribe to", "sign up for", "sign up to", "join our", "abonnez-vous", "inscrivez-vous", "подпишитесь",
        "подписывайтесь", "подписаться на",
        // Following the outlet's own channel ("Follow us on Telegram", "Читайте нас в Telegram").
        "follow us on", "suivez-nous", "читайте нас", "следите за нами",
        // (Infinitives after a reminder: "N'oubliez pas de nous suivre sur Facebook", "Не забывайте
        // подписываться на наш канал".)
        "nous suivre sur", "подписываться на", "підписуватися на",
        // Reading "our" news or channel there ("Читайте наши новости также в Телеграме", "Читайте наш телеграм").
        "читайте наш", "следите за нашими", "читайте наші", "стежте за нашими",
        // Joining it, in the polite and the familiar form ("Join us on WhatsApp", "Rejoignez notre chaîne WhatsApp",
        // "Присоединяйтесь к каналу <outlet> в Дзен"), and the familiar sign-ups ("Подпишись на …").
        "join us on", "join us in", "join the", "rejoignez notre", "abonne-toi",
        "присоединяйтесь к", "присоединяйся к", "подпишись на", "подписывайся на",
        // Staying with "us" there ("Будьте с нами в канале").
        "будьте с нами", "будь с нами", "будьте з нами", "будь з нами",
        // Ukrainian, and reading the outlet's news on its networks ("Читайте новини «…» у Facebook | Telegram").
        "підпишіться на", "підписуйтесь на", "підписуйтеся на", "долучайтеся до", "долучайтесь до", "приєднуйтеся до", "приєднуйтесь до",
        "приєднуйся до", "підписуйся на", "підпишись на", "долучайся до", "читайте новини", "читайте новости",
        // Following the outlet's news on its networks ("Слідкуйте за новинами у соцмережах <outlet>",
        // "Follow the <outlet> on Facebook", "Find us on X, Instagram and Google News").
        "слідкуйте за", "стежте за", "следите за", "follow our", "follow the", "find us on", "retrouvez-nous", "suivez",
        // Listening to the outlet's podcast ("Listen to our podcast on Spotify", "Слушайте наш подкаст …").
        "listen to our", "hören sie unseren", "hört unseren", "écoutez notre", "слушайте наш", "слухайте наш",
    ].map { Array($0.utf8) } + germanCalls + namedFollowCalls

    /// Calls to follow or connect with a name ("Follow <outlet> on Twitter", "Connect with <outlet> on
    /// LinkedIn"): the name is the outlet's only when it is a medium's (``mediumNameWords``), not a
    /// reporter's ("Follow Pam Key on Twitter @…").
    static let namedFollowCalls: [[UInt8]] = ["follow ", "connect with "].map { Array($0.utf8) }

    /// Words of a medium's name ("Caribbean News Now", "Channel 11 News", "The Harbour Times").
    static let mediumNameWords: Set<String> = [
        "news", "times", "post", "herald", "tribune", "journal", "gazette", "chronicle", "tv", "radio", "channel", "daily",
        "weekly", "press", "media", "magazine", "courier", "observer", "ledger", "report", "dispatch", "sentinel", "standard",
        "wire", "review", "bulletin", "monitor", "examiner", "inquirer", "mirror", "telegraph", "express", "beacon", "citizen",
        "register", "banner", "globe", "guardian", "independent", "reporter",
    ]

    /// The German sign-up calls (German capitalises every noun, so a capital names no outlet there).
    static let germanCalls: [[UInt8]] = [
        "abonnieren sie", "abonniert", "abonniere", "melden sie sich", "folgen sie uns", "folgt uns", "folge uns",
    ].map { Array($0.utf8) }

    /// Words naming a newsletter or a messenger channel ("newsletter", "Telegram", "рассылк…", "канал"),
    /// or the outlet's content ("nos contenus", "our stories").
    static let channelWords = ByteNeedles([
        "newsletter", "lettre d'info", "infolettre", "рассылк", "розсилк", "telegram", "телеграм", "youtube", "whatsapp", "viber",
        "канал", "дзен", "@",
        // The outlet's social networks ("у соцмережах <outlet>", "в наших соцсетях", "on social media"),
        // and the networks by name.
        "соцмереж", "соцсет", "social media", "réseaux sociaux", "facebook", "instagram", "twitter", "tiktok",
        "linkedin", "threads", "google news", "g-news", "вконтакте", "одноклассник", "фейсбук", "ютуб", "вайбер",
        // A newsroom's alerts, letters and editions by e-mail or text ("Sign up for <Station> email alerts",
        // "Join the <outlet> mailing list", "Sign Up For Our FREE Daily eNews!", "Sign up for <outlet> texts"),
        // its briefings, feeds and podcasts.
        "email alerts", "e-mail alerts", "news alerts", "text alerts", "mailing list", "email list", "email update",
        "daily email", "enews", "e-news", "e-edition", "e-paper", "epaper", "texts", "text messages", "briefing",
        "digest", " feed", "podcast", "подкаст",
        // The outlet's content a subscription opens ("Abonnez-vous pour accéder à tous nos contenus").
        "contenus", "nos articles", "our stories", "our articles", "our journalism", "unsere artikel", "unsere inhalte",
        "наши материалы", "наши статьи",
        // The outlet's news itself, followed wherever the reader likes ("Следите за нашими новостями в удобном формате").
        "новостями", "новинами", "our news", "nos actualités", "unseren nachrichten",
        // What subscribing keeps the reader from missing ("… , чтобы не пропустить новые тексты", "so you never miss").
        "не пропустить", "ничего не пропустить", "never miss", "don't miss", "nichts verpassen", "nichts mehr verpassen",
        "ne rien manquer", "ne rien rater",
    ].map { Array($0.utf8) })

    /// Words making the channel the outlet's own ("our", "notre", "unseren", "наш", "us", a quoted
    /// name «…», a handle "@…"; "nous suivre": a reminder's infinitive sign-up names "us" before its
    /// verb, "N'oubliez pas de nous suivre sur …").
    static let ownWords = ByteNeedles([
        "our ", "notre ", "nos ", "unser", "наш", "«", "@", " us ", "-nous", "nous suivre", " uns ", " нас ", " нами",
        // A link to the channel, like its handle ("Підписуйся на телеграм-канал t.me/<name>").
        "t.me/",
    ].map { Array($0.utf8) })

    /// What marks a web address or a handle in a lowered line.
    static let linkMarks = ByteNeedles([httpBytes, wwwBytes] + ["t.me/", "@"].map { Array($0.utf8) })

    /// Messenger brands: capitalised, but naming no outlet ("Follow us on WhatsApp").
    static let channelBrands: Set<String> = ["telegram", "youtube", "whatsapp", "viber", "max", "мах", "дзен", "newsletter",
                                             "facebook", "instagram", "twitter", "x", "tiktok", "linkedin", "threads", "google", "signal"]

    /// The units (non-blank, not the document's first content line unless it holds several sentences) that are a sign-up for the
    /// outlet's newsletter or channel: under ``channelSignUpPoints``, no reporting, quotation or
    /// third parties, opening with a sign-up call (``signUpCalls``) that names a channel
    /// (``channelWords``) of the outlet's own (``ownWords``, or a capitalised name that is not a
    /// messenger brand: "the Harbour Brief newsletter", "новости Пристань.Ру в Telegram"), or such a
    /// call after a purpose clause (``purposePieces(of:)``: "To get the news first, join …"), or of two
    /// sentences, the second such a call and the first a remark to the reader or about the
    /// newsroom without article evidence ("Never miss the most important reporting from our
    /// newsroom."). A bare "Subscribe to the newsletter" names no outlet and stays; so does an
    /// article's report that people may subscribe ("Residents can sign up for the city's alerts").
    func channelSignUpLines(in units: [TextLine], evidence: [LineEvidence]) -> [Int] {
        let content = units.indices.filter { !units[$0].isBlank }
        // The first line is the headline, unless it holds several sentences (a headline has one) or
        // a web address or handle (a headline carries none: "Follow us on Telegram: https://t.me/…").
        let first = content.first.map { units[$0].sentences().count >= 2 || Self.linkMarks.occurs(in: units[$0].lowered) } == true
            ? content[...] : content.dropFirst()
        return first.filter { u in
            let e = evidence[u]
            // (A sign-up is short, in the page's own words, calls (perhaps after a purpose clause) or speaks as
            // "we"/"us" and names a channel: most lines are passed over on their evidence before their bytes are read.)
            guard Self.mayPlugChannel(e),
                  e.cues[.action] > 0 || e.firstPlural > 0 || Self.opensWithMoreNews(units[u].lowered)
                    || Self.opensWithSignUpCall(units[u].lowered) || Self.opensWithPurpose(units[u].lowered),
                  Self.channelWords.occurs(in: units[u].lowered) else { return false }
            // The call opens the line (what follows it is the pitch's remark: "… – все самое важное в
            // жизни города!"), or a remark to the reader comes first ("Never miss … Subscribe to …").
            if Self.isChannelSignUp(units[u]) { return true }
            // A purpose clause may come first ("To get the news first, join our channel"): a remark of its own.
            let purpose = Self.purposePieces(of: units[u])
            if purpose.count == 2, Self.isChannelSignUp(purpose[1]) { return true }
            let sentences = units[u].sentences()
            // A channel's announcement before a bare call ("Sputnik Литва теперь в Telegram! Подписывайтесь на …").
            if sentences.count == 2, Self.announcesChannel(sentences[0]), Self.opensWithBareSignUp(sentences[1].lowered) { return true }
            // The remark may also stand before a dash ("Отримуйте оперативні новини міста – підписуйтеся на наш
            // Telegram-канал"), or be a short title before a colon ("Be the first to know: follow us on Telegram!").
            let dashed = sentences.count == 2 ? sentences : Self.dashPieces(of: units[u])
            let titled = dashed.isEmpty
            let pieces = titled ? Self.titlePieces(of: units[u]) : dashed
            guard pieces.count == 2, Self.isChannelSignUp(pieces[1]) else { return false }
            // (A short title, or a short slogan before a dash, is remark enough: "Швидко й достовірно – читайте нас у
            // Telegram-каналі"; another remark must speak to the reader or as the newsroom.)
            if titled || sentences.count != 2 && pieces[0].wordCount <= Self.titleWords { return true }
            let remark = lineEvidence(pieces[0])
            return remark.speaksToReader || remark.cues[.newsroom] > 0 || remark.opensWithCall
        }
    }

    /// Whether a sentence announces the outlet's channel and nothing else ("Sputnik Литва теперь в
    /// Telegram!", "RADIO•R в Telegram.", "We're now on WhatsApp!"): at most ``announcementWords`` words,
    /// one of them a messenger's or network's name (``announcedChannels``). Only before a bare call is it read so.
    static func announcesChannel(_ sentence: TextLine) -> Bool {
        sentence.wordCount <= announcementWords && announcedChannels.occurs(in: sentence.lowered)
    }

    /// The messengers and networks a channel's announcement names ("… теперь в Telegram!"); the other
    /// ``channelWords`` ("don't miss", "newsletter") announce nothing.
    static let announcedChannels = ByteNeedles([
        "telegram", "телеграм", "whatsapp", "viber", "вайбер", "youtube", "ютуб", "дзен", "facebook", "фейсбук", "instagram",
        "tiktok", "вконтакте", "google news",
    ].map { Array($0.utf8) })

    /// A channel's announcement has at most this many words.
    static let announcementWords = 8

    /// Whether a lowered sentence opens with a sign-up call (``opensWithSignUpCall(_:)``) or a bare subscription
    /// verb (``subscriptionCalls``: "Подпишись и читай …", "Subscribe for the day's news"), bullets and a
    /// polite word skipped.
    static func opensWithBareSignUp(_ bytes: [UInt8]) -> Bool {
        opensWithSignUpCall(bytes) || subscriptionCalls.contains(TextNormalizer.word(in: bytes, at: callStart(in: bytes)))
    }

    /// Whether a line or sentence opens with a sign-up call for a channel of the outlet's own.
    static func isChannelSignUp(_ line: TextLine) -> Bool {
        let bytes = line.lowered
        let start = callStart(in: bytes)
        // "More news … in our channel" opens with what the channel offers; the line must still call
        // ("Больше новостей смотрите в телеграм-канале …") or name the channel as the outlet's own.
        if let more = moreNewsOpenings.first(where: { bytes[start...].starts(with: $0) }) {
            // (The call or "our" may come after the channel: "Больше новостей — в нашем телеграм-канале".)
            let rest = Array(bytes[(start + more.count)...])
            return channelWords.occurs(in: rest) && (ownWords.occurs(in: rest) || channelImperatives.occurs(in: rest))
                && isChannelNamed(line, rest: rest, afterWords: 2)
        }
        // A German reminder puts its call last ("Vergessen Sie nicht, uns auf Telegram zu folgen."):
        // the outlet's own channel and the infinitive may stand anywhere after it.
        if let reminder = germanReminders.first(where: { bytes[start...].starts(with: $0) }) {
            let rest = Array(bytes[(start + reminder.count)...])
            return germanReminderCalls.occurs(in: rest) && channelWords.occurs(in: rest) && ownWords.occurs(in: rest)
        }
        // "Читайте головні новини <outlet> також на нашій сторінці у Facebook": the news read may be qualified.
        if let afterNews = readNewsCallEnd(bytes, from: start) {
            let rest = Array(bytes[afterNews...])
            return channelWords.occurs(in: rest) && (ownWords.occurs(in: rest) || isChannelNamed(line, rest: rest, afterWords: 3))
        }
        // "Актуальні новини міста також читайте на нашій Facebook-сторінці": the news may come before the call.
        if let afterCall = newsFirstReadCallEnd(bytes, from: start) {
            let rest = Array(bytes[afterCall...])
            return channelWords.occurs(in: rest) && ownWords.occurs(in: rest)
        }
        guard let call = signUpCalls.first(where: { bytes[start...].starts(with: $0) }) else { return false }
        let rest = Array(bytes[(start + call.count)...])
        guard channelWords.occurs(in: rest) else { return false }
        if namedFollowCalls.contains(call) { return followsMediumName(line, callWords: call.split(separator: 0x20).count) }
        if ownWords.occurs(in: Array(bytes[start...])) || !infinitiveCalls.contains(call) && namesBareChannel(rest) { return true }
        // Or a capitalised name after the call that is no messenger brand ("the Harbour Brief newsletter");
        // German capitalises every noun, so there the channel must be "unser".
        guard !germanCalls.contains(call) else { return false }
        return isChannelNamed(line, rest: rest, afterWords: 2)
    }

    /// Whether the words after a sign-up call name a channel and no owner ("Подпишись на канал, чтоб
    /// ничего не упустить!", "Subscribe to the channel so you never miss …"): the channel noun
    /// (``bareChannelNouns``, after "the" or a left preposition) ends the call, before a mark, the line's end or a word opening
    /// a clause (``clauseOpeningWords``). The page's own channel needs no name; someone else's is named
    /// ("на канал мэрии").
    static func namesBareChannel(_ rest: [UInt8]) -> Bool {
        let raw = String(decoding: rest, as: UTF8.self).split(separator: " ")
        var k = 0
        // (A call read without its preposition leaves it here: "подписывайтесь" + "на канал".)
        if k < raw.count, raw[k] == "на" || raw[k] == "до" { k += 1 }
        if k < raw.count, raw[k] == "the" { k += 1 }
        guard k < raw.count else { return false }
        let noun = raw[k].prefix { $0.isLetter || $0 == "-" }
        guard bareChannelNouns.contains(String(noun)) else { return false }
        if noun.count < raw[k].count || k + 1 == raw.count { return true }
        return clauseOpeningWords.contains(String(raw[k + 1]))
    }

    /// Infinitive sign-ups: a messenger mirror's button ("Подписаться на канал") names any channel, no outlet's.
    static let infinitiveCalls: Set<[UInt8]> = Set(["подписаться на", "подписываться на", "підписуватися на"].map { Array($0.utf8) })

    /// Channel nouns a sign-up may name without an owner.
    static let bareChannelNouns: Set<String> = ["канал", "каналу", "channel", "chaîne", "kanal"]
    /// Words opening a clause after such a channel noun ("… канал, чтоб …", "… channel so you …").
    static let clauseOpeningWords: Set<String> = ["чтобы", "чтоб", "щоб", "и", "і", "та", "and", "so", "to", "pour", "und", "um"]

    /// Whether a line opening with a bare follow call (``namedFollowCalls``) names a medium before its
    /// network: up to ``mediumNameLength`` capitalised words or numbers before "on", one of them of
    /// ``mediumNameWords`` ("Follow Caribbean News Now on Twitter", "Follow Channel 11 News on Facebook
    /// and Twitter."); "Follow <outlet> reporter Jane Doe on Twitter" names a reporter.
    /// (`callWords`: how many words the call itself has.)
    static func followsMediumName(_ line: TextLine, callWords: Int) -> Bool {
        let words = line.text.split(whereSeparator: \.isWhitespace).drop { !$0.contains(where: \.isLetter) }.dropFirst(callWords)
        var named = false
        for (k, word) in words.enumerated() {
            let bare = word.trimmingCharacters(in: .punctuationCharacters)
            if bare == "on" || bare == "in" { return named }
            // The name is a few capitalised words or numbers: "Follow <outlet> investigative reporter <name> on Twitter" names a reporter.
            guard k < mediumNameLength, bare.first?.isUppercase == true || bare.first?.isNumber == true else { return false }
            if mediumNameWords.contains(bare.lowercased()) { named = true }
        }
        return false
    }

    /// A medium's name after a bare follow call has at most this many words.
    static let mediumNameLength = 4

    /// Whether the channel after a line's first `afterWords` words is the outlet's own: "our", a quoted
    /// name or a handle (``ownWords`` in `rest`), or a capitalised name that is no messenger brand
    /// ("the Harbour Brief newsletter", "в телеграм-канале ОСН").
    static func isChannelNamed(_ line: TextLine, rest: [UInt8], afterWords: Int) -> Bool {
        if ownWords.occurs(in: rest) { return true }
        let words = line.text.split(whereSeparator: \.isWhitespace).drop { !$0.contains(where: \.isLetter) }.dropFirst(afterWords)
        return words.contains { word in
            let letters = word.drop { !$0.isLetter }
            guard let first = letters.unicodeScalars.first, first.properties.isUppercase else { return false }
            let name = letters.lowercased().trimmingCharacters(in: .punctuationCharacters)
            return !channelBrands.contains(name) && !channelBrands.contains { name.hasPrefix($0) }
        }
    }

    /// Whether a lowered line opens with one of ``signUpCalls`` (bullets, emoji and a polite word
    /// before it skipped): "Please join the <outlet> WhatsApp Channel" carries no action cue of the lexicon.
    static func opensWithSignUpCall(_ bytes: [UInt8]) -> Bool {
        let start = callStart(in: bytes)
        return signUpCalls.contains { bytes[start...].starts(with: $0) }
    }

    /// Where a call may open in a lowered line: past bullets and emoji ("📌Подписывайтесь …" ) and
    /// a reminder ("Don't forget to follow …", ``reminderFrames``), then a polite word or "also"
    /// ("Please subscribe …", "Jetzt abonnieren …", "Також підписуйтесь …").
    /// (Read on the bytes: it runs on every short line of the text that neither calls nor says "we".)
    static func callStart(in bytes: [UInt8]) -> Int {
        var start = TextNormalizer.letterStart(in: bytes)
        if let frame = reminderFrame(in: bytes, at: start) {
            start = TextNormalizer.wordStart(in: bytes, from: frame.end)
        }
        let end = TextNormalizer.wordEnd(in: bytes, from: start)
        guard TextNormalizer.isWord(bytes, start..<end, among: callOpeningBytes) else { return start }
        return TextNormalizer.wordStart(in: bytes, from: end)
    }

    /// ``politeOpenings`` and "also" (a second sign-up line: "Також підписуйтесь на наш Telegram") as
    /// bytes, compared with a line's first word without decoding it.
    static let callOpeningBytes = (politeOpenings.sorted() + ["also", "також", "также"]).map { Array($0.utf8) }

    /// Whether a lowered line opens with one of ``moreNewsOpenings`` (bullets and emoji before it skipped).
    static func opensWithMoreNews(_ bytes: [UInt8]) -> Bool {
        let start = bytes.firstIndex { $0 >= 0x61 && $0 <= 0x7A || $0 >= 0xC0 } ?? bytes.count
        return moreNewsOpenings.contains { bytes[start...].starts(with: $0) }
    }

    /// Openings telling what the channel offers before the call ("Больше новостей …", "More news …").
    static let moreNewsOpenings: [[UInt8]] = [
        "больше новостей", "больше актуальных новостей", "больше интересных новостей", "еще больше новостей", "все новости", "more news", "for more news", "mehr nachrichten", "plus d'actualités",
        "усі новини", "усі головні новини", "більше новин",
    ].map { Array($0.utf8) }

    /// Imperatives that send the reader to a channel ("смотрите", "читайте", "follow", "retrouvez").
    static let channelImperatives = ByteNeedles([
        "смотрите", "читайте", "ищите", "подписывайтесь", "follow", "join", "find us", "read us", "folgen sie",
        "дивіться", "підписуйтесь", "підписуйтеся",
        "lesen sie", "suivez", "retrouvez",
    ].map { Array($0.utf8) })
}
