/// A newsletter widget's title on a line of its own ("Email newsletter signup", "Newsletter
/// abonnieren", "Подписка на рассылку"): page chrome of the sign-up box, never an article's line.
extension AppealStripper {
    /// The words a newsletter widget's title is made of ("Email newsletter signup", "Newsletter",
    /// "Inscription à la newsletter", "Подписка на рассылку").
    static let newsletterWidgetWords: Set<String> = [
        "email", "e-mail", "newsletter", "newsletters", "sign", "up", "signup", "sign-up", "subscribe", "free", "daily",
        "weekly", "our", "the", "get", "to", "abonnieren", "anmeldung", "bestellen", "inscription", "à", "la", "notre",
        "lettre", "d'information", "d'info", "подписка", "на", "рассылку", "рассылка", "подписаться",
        // Receiving it ("Receive our newsletter", "Recevoir notre newsletter", "Unseren Newsletter erhalten", "Получать нашу рассылку").
        "receive", "recevoir", "recevez", "erhalten", "unseren", "получать", "получайте", "нашу",
        // Ukrainian ("Підписка на розсилку", "Отримувати нашу розсилку").
        "підписка", "підписатися", "розсилку", "розсилка", "отримувати", "отримуйте",
        // The news subscribed to ("Подписка на новости"), a name only beside a subscription word (``newsSubscriptionWords``).
        "новости", "новини",
    ]
    /// Words naming the newsletter itself, one of which the title must hold.
    static let newsletterNames: Set<String> = ["newsletter", "newsletters", "lettre", "рассылку", "рассылка", "розсилку", "розсилка"]
    /// Words naming the news a title subscribes to: a newsletter's name only beside a word of
    /// ``newsSubscriptionWords`` ("Подписка на новости"; "Новости" alone is a menu's).
    static let newsNames: Set<String> = ["новости", "новини"]
    /// The subscription words that make ``newsNames`` a newsletter's.
    static let newsSubscriptionWords: Set<String> = ["подписка", "подписаться", "підписка", "підписатися"]

    /// Whether a line is a newsletter widget's title and nothing else: at most four words, all of
    /// ``newsletterWidgetWords``, one naming the newsletter (or the news, beside a subscription word), no sentence mark; or a subscription box's
    /// title pointing to its offers, all of ``offerTitleWords``, one of ``offerNames`` and one of ``offerPointers``.
    static func isNewsletterWidgetTitle(_ line: TextLine) -> Bool {
        guard line.lowered.count < 48, line.wordCount <= 4, !line.lowered.contains(where: { $0 == 0x2E || $0 == 0x3F || $0 == 0x21 })
        else { return false }
        let words = String(decoding: line.lowered, as: UTF8.self).split(whereSeparator: { $0.isWhitespace || $0 == ":" }).map(String.init)
        return words.allSatisfy(newsletterWidgetWords.contains)
                && (words.contains(where: newsletterNames.contains)
                    || words.contains(where: newsNames.contains) && words.contains(where: newsSubscriptionWords.contains))
            || words.allSatisfy(offerTitleWords.contains) && words.contains(where: offerNames.contains)
                && words.contains(where: offerPointers.contains)
    }

    /// The words of a subscription box's title pointing to its offers ("Découvrez nos offres d'abonnement",
    /// "See our subscription options", "Unsere Abo-Angebote entdecken").
    static let offerTitleWords: Set<String> = [
        "see", "view", "discover", "explore", "our", "subscription", "subscriptions", "offers", "options", "plans",
        "découvrez", "découvrir", "nos", "offres", "d'abonnement", "abonnements", "entdecken", "unsere", "abo-angebote",
        "abo-optionen", "смотрите", "наши", "тарифы", "подписки",
    ]
    /// The words naming the subscription's offers, one of which such a title must hold, with a subscription word
    /// ("offres" alone may be a shop's).
    static let offerNames: Set<String> = ["subscription", "subscriptions", "d'abonnement", "abonnements", "abo-angebote", "abo-optionen", "подписки"]
    /// The words pointing the reader to the offers, one of which such a title must hold too (a menu's
    /// "Subscriptions" or "Subscription options" points nowhere).
    static let offerPointers: Set<String> = ["see", "view", "discover", "explore", "our", "découvrez", "découvrir", "nos", "entdecken", "unsere", "смотрите", "наши"]
}
