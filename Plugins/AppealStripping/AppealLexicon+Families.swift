/// Word families added after batches 12 and 13 (kept apart from the main tables so they read as
/// one group): community radio and associations, co-operatives owned by readers, crowdfunding
/// platforms, paid newsletters and previews, podcast follow prompts, photo and print sales, and
/// the Russian monthly-payment and materials vocabulary.
extension AppealLexicon {
    static let familyPhrases: [(String, AppealCue)] =
        familyAction.map { ($0, .action) } + familyVoice.map { ($0, .voice) } + familyHeader.map { ($0, .header) }
        + familyPayment.map { ($0, .payment) } + familySignoff.map { ($0, .signoff) }
        + familyNewsroom.map { ($0, .newsroom) } + ownReporting.map { ($0, .ownReporting) }
        + readerButtons.map { ($0, .readerButton) }

    /// Buttons in the reader's own "I" (see ``AppealCue/readerButton``): the ones that give or support
    /// and the reader's joining or signing up ("Count me in", "Je m'abonne", "Ich bin dabei").
    static let readerButtons: [String] = givingReaderButtons + [
        "double my gift", "double my donation", "count me in", "yes, i'll", "i'll join", "i'm in", "je m'abonne",
        "je deviens", "j'adhère", "ich werde mitglied", "ich bin dabei", "я с вами",
    ]

    /// Buttons in the reader's "I" that give or support ("I'll donate", "Je soutiens").
    static let givingReaderButtons: [String] = [
        "i'll give", "i'll support", "i'll donate", "je soutiens", "je donne", "je fais un don", "ich unterstütze",
        "ich spende", "я поддерживаю", "хочу поддержать",
    ]

    /// Support buttons that stand on a line of their own (``AppealStripper/readerButtonLines(in:text:)``):
    /// the giving buttons and their longer forms ("Yes, I want to support …", "Я хочу поддержать …"),
    /// which no cue counts; the reader's joining ("I'm in", "Count me in") may head an article too.
    static let supportReaderButtons: [String] = givingReaderButtons + [
        "yes, i'll support", "yes, i'll give", "yes, i'll donate", "yes, i want to support", "i want to support",
        "je veux soutenir", "ich will unterstützen", "ich möchte unterstützen", "я хочу поддержать",
    ]

    /// The newsroom's own reporting in its "we", or its stories told by its people: no attribution to someone else.
    static let ownReporting: [String] = [
        "we've told", "we have told", "we told", "we've reported", "we have reported", "we've been reporting",
        "we have been reporting", "we report", "we've said", "wir berichten", "haben wir berichtet", "nous racontons",
        "nous rapportons", "мы рассказываем", "мы рассказали",
        // The newsroom named as the one reporting ("unsere Redaktion berichtet aus dem Stadtrat").
        "unsere redaktion berichtet", "our newsroom reports", "our reporters report", "notre rédaction raconte",
        "наша редакция рассказывает", "наша редакция пишет",
        // A slogan of the medium's own stories ("Island stories, told by islanders").
        "stories told by", "stories, told by", "news told by", "histoires racontées par", "geschichten, erzählt von",
        // "Reported" describing the medium's own work, not attributing a statement ("one deeply reported story").
        "reported story", "reported stories", "deeply reported", "carefully reported", "independently reported",
        "reported journalism", "reported by our", "reported by us",
        // Stories that have to "be told" are the medium's own ("stories that otherwise wouldn't be told").
        "be told",
    ]

    static let familyAction: [String] = [
        // Paid newsletters, premium tiers and trials.
        "upgrade to paid", "upgrade to premium", "upgrade now", "go paid", "go premium", "try premium",
        "become a paid subscriber", "start free trial", "start your free trial", "start a free trial", "try it free",
        // Co-operatives owned by readers.
        "become an owner", "become a co-owner", "become an investor-member", "buy community shares", "buy a share in",
        // Podcasts: following the show is what it asks for.
        "follow it free", "follow the show", "follow the podcast", "follow us wherever",
        // Messenger and social channels of the outlet: following them is what the box asks for.
        "follow us on", "follow our channel", "join our channel", "folgen sie uns", "folge uns", "suivez-nous",
        "suivez notre chaîne", "подписывайтесь на наш", "следите за нами",
        // Associations and crowdfunding.
        "j'adhère", "adhérer", "je participe", "je contribue", "je m'engage",
        "помогать", "оформите ежемесячн*", "подключите ежемесячн*",
        // Pledges, sustainers and paying what it is worth.
        "make a pledge", "pledge your support", "become a sustainer", "donate monthly", "give a monthly",
        "join as a member", "fund independent", "invest in our", "j'aide", "faites un geste", "donnez maintenant",
        "see the tiers", "see all tiers", "choose your tier", "choose a tier", "see plans", "see all plans", "view plans",
        "compare plans", "support your local", "give to your local", "werden sie verleger*", "werde verleger*",
        "jetzt fördern", "fördern sie", "schenken sie uns", "was es ihnen wert ist", "was es dir wert ist", "подпишись",
        // Readers recruiting readers.
        "empfehlen sie uns", "recommend us to", "recommandez-nous", "порекомендуйте нас",
        // The outlet's podcast: listening is what it asks for.
        "jetzt reinhören", "hören sie rein", "hör rein", "listen now",
        // Group and team licences of the outlet.
        "request a quote", "get a quote", "angebot anfordern", "demandez un devis", "запросите предложение",
        "écoutez l'épisode", "слушайте выпуск",
    ]

    static let familyVoice: [String] = [
        "paid subscribers", "paid subscription", "the free edition", "the free version",
        "owned by readers", "owned by its readers", "owned by our readers", "reader-owned", "community-owned",
        "co-operative owned by", "cooperative owned by", "own a piece of",
        "wherever you get your podcasts", "wherever you listen", "never miss an episode",
        "every euro", "every pound", "every cent", "jeder euro", "chaque euro", "каждый рубль",
        "pas sans vous", "sans vous", "без вас",
        // Encyclopedia-style asks: the price of a coffee, if everyone reading this gave.
        "price of a coffee", "price of a cup of coffee", "cost of a coffee", "prix d'un café", "preis eines kaffees",
        "preis einer tasse kaffee", "стоимость чашки кофе", "чашку кофе", "everyone reading this", "everyone who reads this",
        "alle, die das lesen", "chaque personne qui lit", "каждый, кто читает", "thank-you gift", "thank you gift",
        "ne vit que", "vit grâce à", "lebt von ihren", "lebt von seinen", "lebt nur von", "существуем благодаря",
        "существует благодаря", "живём на", "живем на", "your tax-deductible", "where you come in", "we're asking", "we are asking", "we ask you", "journalism costs",
        "your support matters", "chaque contribution", "votre abonnement", "твоя поддержка", "твой вклад", "каждый донат",
        // A fundraising goal counted down ("Il reste 12 jours pour atteindre 25 000 €").
        "our goal", "to reach our goal", "days left to reach", "jours pour atteindre", "notre objectif", "unser ziel",
        // The medium asking for more of its own work, or telling who pays for it.
        "more reporting like this", "more journalism like this", "more stories like this", "if you want more reporting",
        "funded by people who read", "funded by the people who read", "made possible by the support", "made possible by our",
        "made possible by readers", "made possible by members",
        // A fundraising progress bar or countdown ("$31,412 raised of $67,000", "48 hours left to raise").
        "raised of", "left to raise", "raised so far", "of our goal", "toward our goal", "towards our goal",
        "collectés sur", "gesammelt von", "собрано из", "осталось собрать",
    ]

    static let familyHeader: [String] = [
        "prefer to listen", "rather listen", "you're reading the free", "you are reading the free",
        "this is a preview", "you're reading a preview", "don't miss", "radiothon*",
        "vous préférez écouter", "lieber hören", "mahalo",
        "leser werben leser", "срочный сбор", "appel urgent", "dringender aufruf", "urgent appeal",
    ]

    static let familyPayment: [String] = [
        "ulule", "kisskissbankbank", "helloasso", "kickstarter", "indiegogo", "startnext", "crowdfunding",
        "financement participatif", "краудфандинг*", "adhésion*", "cotisation*", "no commitment",
        "dollar for dollar", "bereits abonnent*", "schon abonnent*", "hier einloggen", "einloggen",
        "maybe later", "remind me later", "remind me in", "already donated", "später erinnern", "terms apply", "conditions apply", "es gelten die agb", "voir conditions", "takes less than a minute", "takes just a minute", "only takes a minute", "takes only a minute",
        "dauert nur eine minute", "moins d'une minute", "меньше минуты", "community shares", "dauerauftrag", "förderabo", "solidarabo", "recurring gift", "sepa", "twint",
        "рассылк*", "lettre d'info*", "infolettre", "renews at", "renews automatically", "unless cancelled", "unless canceled",
        "offer for new subscribers", "verlängert sich automatisch", "renouvellement automatique", "se renouvelle",
        "продлевается автоматически", "платёж*", "платеж*", "платн*", "скидк*", "годовая подписка",
        "prämie*", "planned giving", "gift in your will", "legacy gift",
        "group subscription*", "team subscription*", "corporate subscription*", "firmenabo*", "abonnement entreprise", "корпоративная подписка",
        // Ways to pay and text-message sign-up fine print under a button.
        "direct debit", "by cheque", "by check", "e-transfer", "mobile money", "par carte", "par virement", "virement bancaire",
        "par chèque", "per lastschrift", "per überweisung", "per paypal", "переводом", "по сбп",
        // Another way to give than the button ("Prefer to give by mail?", "Call … to pledge by phone.").
        "give by phone", "give by mail", "give by post", "pledge by phone", "pledge by mail", "donate by phone",
        "donate by mail", "donate by post", "telefonisch spenden", "per post spenden", "donner par téléphone",
        "donner par courrier", "пожертвовать по телефону",
        "data rates may apply", "reply stop", "text stop",
        "payment page", "secure payment", "page de paiement", "paiement sécurisé", "zahlungsseite", "sichere zahlung",
        "страниц* оплаты", "безопасная оплата",
    ]

    static let familySignoff: [String] = [
        "mahalo", "thanks for listening", "thank you for listening", "danke fürs lesen", "merci de nous lire",
        "спасибо, что читаете",
    ]

    static let familyNewsroom: [String] = [
        "radios", "*radio", "hörer*", "hörerinnen", "sender", "antenne", "émission*", "auditeur*", "auditrice*",
        "радио", "слушател*", "épisode*", "материал*", "еженедельник*", "газет*",
        "photographer*", "photojournalis*", "fotograf*", "photographe*", "podcast*",
        "analysis", "analyses", "analysen", "рассылк*", "infolettre", "lettre d'info*", "förderverein*",
        // News and information as what the reader pays for ("L'info locale a un coût", "Lösungen statt Schlagzeilen").
        "l'info", "info", "s'informer", "informer", "schlagzeile*", "headlines", "ebooks", "e-books",
    ]
}

extension AppealLexicon {
    /// Whole lines that only close an overlay or banner ("Dismiss", "Not now", "Nicht jetzt",
    /// "Pas maintenant", "Не сейчас"): page chrome, so a block holding one is the page's own box.
    static let dismissButtons: Set<String> = [
        "dismiss", "not now", "no thanks", "no, thanks", "no thank you", "maybe later", "remind me later",
        "nicht jetzt", "vielleicht später", "nein danke", "nein, danke", "später erinnern",
        "pas maintenant", "non merci", "non, merci", "peut-être plus tard",
        "не сейчас", "может быть, позже", "нет, спасибо", "напомнить позже",
        // The reader saying they gave already closes the box too.
        "i already donated", "i've already donated", "i already gave", "already donated", "ich habe schon gespendet",
        "ich habe bereits gespendet", "j'ai déjà donné", "я уже пожертвовал", "я уже пожертвовала", "я уже поддержал",
        "я уже поддержала",
    ]
}
