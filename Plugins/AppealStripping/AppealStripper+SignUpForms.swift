/// Forms a sign-up call for the outlet's channel may take beyond "Subscribe to …" (see
/// ``AppealStripper/isChannelSignUp(_:)``): a reminder before it ("Don't forget to follow …", and the
/// German reminder whose call comes last, "Vergessen Sie nicht, uns … zu folgen"), the news read
/// qualified by a word or two ("Читайте головні новини …"), a remark before a dash ("Отримуйте
/// оперативні новини – підписуйтеся на наш Telegram-канал") or a short title and its colon ("Be the
/// first to know: follow us on Telegram!"), and the news before the call to read it
/// ("Актуальні новини міста також читайте на нашій Facebook-сторінці").
extension AppealStripper {
    /// German reminders, whose call comes last ("Vergessen Sie nicht, uns … zu folgen", ``germanReminderCalls``).
    static let germanReminders: [[UInt8]] = ["vergessen sie nicht", "vergiss nicht", "vergesst nicht"].map { Array($0.utf8) }
    /// The infinitive calls closing a German reminder.
    static let germanReminderCalls = ByteNeedles(["zu folgen", "zu abonnieren", "anzumelden"].map { Array($0.utf8) })

    /// Where a Russian or Ukrainian call to read the news ends when one or two words qualify the
    /// news ("Читайте головні новини …", "Читайте свежие новости …"; "Читайте новини" itself is one of
    /// ``signUpCalls``): the offset after the news noun, or `nil`.
    static func readNewsCallEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard bytes[start...].starts(with: readCall) else { return nil }
        var wordStart = TextNormalizer.wordStart(in: bytes, from: start + readCall.count)
        for k in 0..<3 {
            let end = TextNormalizer.wordEnd(in: bytes, from: wordStart)
            guard end > wordStart else { return nil }
            if k > 0, TextNormalizer.isWord(bytes, wordStart..<end, among: newsNouns) { return end }
            wordStart = TextNormalizer.wordStart(in: bytes, from: end)
        }
        return nil
    }

    private static let readCall = Array("читайте ".utf8)
    private static let newsNouns = ["новини", "новости"].map { Array($0.utf8) }

    /// Where a call to read or find the news ends when the news comes first ("Актуальні новини міста
    /// також читайте на …", "Aktuelle Nachrichten lesen Sie auch auf …", "Toute l'actualité de la
    /// ville, retrouvez-la sur …"): a news noun (``newsFirstNouns``) among the first
    /// ``newsFirstWords`` words, then a call of ``newsFirstCalls``; the offset after the call, or `nil`.
    static func newsFirstReadCallEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var wordStart = start, sawNews = false
        for _ in 0..<newsFirstWords {
            if sawNews, let call = newsFirstCalls.first(where: { bytes[wordStart...].starts(with: $0) }) {
                return wordStart + call.count
            }
            let end = TextNormalizer.wordEnd(in: bytes, from: wordStart)
            guard end > wordStart else { return nil }
            sawNews = sawNews || TextNormalizer.isWord(bytes, wordStart..<end, among: newsFirstNouns)
            wordStart = TextNormalizer.wordStart(in: bytes, from: end)
        }
        return nil
    }

    /// The news a news-first call offers, as whole words.
    private static let newsFirstNouns = ["новини", "новости", "новин", "новостей", "nachrichten", "neuigkeiten", "actualité", "infos"]
        .map { Array($0.utf8) }
    /// The calls that follow the news they offer, with the space after them.
    private static let newsFirstCalls = ["читайте ", "дивіться ", "смотрите ", "lesen sie ", "finden sie ", "retrouvez-la ", "retrouvez-les "]
        .map { Array($0.utf8) }
    /// The call must stand among a line's first this many words.
    static let newsFirstWords = 8

    /// A one-sentence line split at its first spaced dash, as two lines (the remark and what
    /// follows it); none when it holds no spaced dash.
    static func dashPieces(of line: TextLine) -> [TextLine] {
        guard let dash = line.text.firstRange(of: " \u{2013} ") ?? line.text.firstRange(of: " \u{2014} ") else { return [] }
        return pieces(of: line, around: dash)
    }

    /// A one-sentence line split after a purpose clause and its comma, as two lines (the purpose and
    /// the call after it: "To get the news first, join our Telegram channel", "Щоб дізнаватись новини
    /// першими, приєднуйтесь до telegram-каналу «…»"); none when the line opens with no purpose word
    /// of ``purposeOpenings`` or no comma follows within ``purposeWords`` words.
    static func purposePieces(of line: TextLine) -> [TextLine] {
        guard opensWithPurpose(line.lowered), let comma = line.text.firstRange(of: ", "),
              line.text[..<comma.lowerBound].split(whereSeparator: \.isWhitespace).count <= purposeWords else { return [] }
        return pieces(of: line, around: comma)
    }

    /// Whether a lowered line opens with a purpose word of ``purposeOpenings`` (bullets and emoji before it skipped).
    static func opensWithPurpose(_ bytes: [UInt8]) -> Bool {
        let start = TextNormalizer.letterStart(in: bytes)
        return purposeOpenings.contains { bytes[start...].starts(with: $0) }
    }

    /// Words opening a purpose clause before a call, lowered, with the space after them ("To …,",
    /// "Um …,", "Pour …,", "Чтобы …,", "Щоб …,").
    static let purposeOpenings = [
        "to ", "in order to ", "um ", "pour ", "afin de ", "afin d'", "чтобы ", "для того чтобы ", "щоб ", "аби ", "для того щоб ",
    ].map { Array($0.utf8) }
    /// A purpose clause before a call has at most this many words.
    static let purposeWords = 12

    /// A one-sentence line split after a short title and its colon, as two lines (the title and what
    /// follows it: "Be the first to know: follow us on Telegram!"); none when no colon follows the
    /// line's first ``titleWords`` words.
    static func titlePieces(of line: TextLine) -> [TextLine] {
        guard let colon = line.text.firstRange(of: ": "),
              line.text[..<colon.lowerBound].split(whereSeparator: \.isWhitespace).count <= titleWords else { return [] }
        return pieces(of: line, around: colon)
    }

    /// The text before and after `separator` in `line`, as two lines; none when either is empty.
    private static func pieces(of line: TextLine, around separator: Range<String.Index>) -> [TextLine] {
        let head = TextLine.lines(of: String(line.text[..<separator.lowerBound]))
        let rest = TextLine.lines(of: String(line.text[separator.upperBound...]))
        guard let first = head.first, let second = rest.first else { return [] }
        return [first, second]
    }

    /// A title before a call has at most this many words.
    static let titleWords = 6

    /// ``reminderFrames`` as lowered bytes with the space after them, compared with a line's first words.
    static let reminderFrameBytes = reminderFrames.map { Array(($0.joined(separator: " ") + " ").utf8) }
    /// The most words a reminder has.
    static let longestReminderFrame = reminderFrames.map(\.count).max() ?? 0

    /// The reminder (``reminderFrames``) opening normalised `bytes` at `start`: where it ends (after
    /// its space) and how many words it has; `nil` when none opens there.
    static func reminderFrame(in bytes: [UInt8], at start: Int) -> (end: Int, words: Int)? {
        guard let k = reminderFrameBytes.firstIndex(where: { bytes[start...].starts(with: $0) }) else { return nil }
        return (start + reminderFrameBytes[k].count, reminderFrames[k].count)
    }
}
