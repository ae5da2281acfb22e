/// A newsletter widget's title on a line of its own ("Email newsletter signup", "Newsletter
/// abonnieren", "Подписка на рассылку"): page chrome of the sign-up box, never an article's line.
extension AppealStripper {
    /// The words a newsletter widget's title is made of ("Email newsletter signup", "Newsletter",
    /// "Inscription à la newsletter", "Подписка на рассылку").
    static let newsletterWidgetWords: Set<String> = [
        "email", "e-mail", "newsletter", "newsletters", "sign", "up", "signup", "sign-up", "subscribe", "free", "daily",
        "weekly", "our", "the", "get", "to", "abonnieren", "anmeldung", "bestellen", "inscription", "à", "la", "notre",
        "lettre", "d'information", "d'info", "подписка", "на", "рассылку", "рассылка", "подписаться",
    ]
    /// Words naming the newsletter itself, one of which the title must hold.
    static let newsletterNames: Set<String> = ["newsletter", "newsletters", "lettre", "рассылку", "рассылка"]

    /// Whether a line is a newsletter widget's title and nothing else: at most four words, all of
    /// ``newsletterWidgetWords``, one naming the newsletter, no sentence mark.
    static func isNewsletterWidgetTitle(_ line: TextLine) -> Bool {
        guard line.lowered.count < 48, line.wordCount <= 4, !line.lowered.contains(where: { $0 == 0x2E || $0 == 0x3F || $0 == 0x21 })
        else { return false }
        let words = String(decoding: line.lowered, as: UTF8.self).split(whereSeparator: { $0.isWhitespace || $0 == ":" }).map(String.init)
        return words.allSatisfy(newsletterWidgetWords.contains) && words.contains(where: newsletterNames.contains)
    }
}
