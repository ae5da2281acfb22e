/// The Ukrainian counterparts of the Russian phrases of the main tables (twentieth session): until
/// then Ukrainian had its calls to support and subscribe, a few voice phrases and its newsroom words,
/// so a Ukrainian favour box, paywall, subscription offer, newsletter sign-up or plea for help went
/// uncut where the same text in Russian was cut. Ukrainian subscriptions are "передплата" (paid)
/// and "підписка" (channels, newsletters); newsletters are "розсилка". Words spelled alike in Russian
/// ("разово", "криптовалют…") stand in the Russian tables only: the matcher counts a phrase listed twice twice.
extension AppealLexicon {
    static let ukrainianPhrases: [(String, AppealCue)] =
        ukrainianAction.map { ($0, .action) } + ukrainianVoice.map { ($0, .voice) } + ukrainianHeader.map { ($0, .header) }
        + ukrainianPayment.map { ($0, .payment) } + ukrainianSignoff.map { ($0, .signoff) }
        + ukrainianReporting.map { ($0, .reporting) } + ukrainianThirdParty.map { ($0, .thirdParty) }
        + ukrainianNewsroom.map { ($0, .newsroom) } + ukrainianBeneficiary.map { ($0, .beneficiary) }

    static let ukrainianAction: [String] = [
        "оформити передплату", "оформіть передплату", "передплатіть", "передплатити",
        "зареєструйтеся", "зареєструйтесь", "приєднуйтеся", "приєднуйтесь", "долучитися", "зробити внесок",
        "підтримати редакцію", "підтримати команду", "допоможіть нам", "допомогти нам", "допомогти редакції",
        "лише для передплатників", "тільки для передплатників", "доступно передплатникам", "задонатити",
        "пожертвувати", "завантажте наш", "завантажуйте наш", "підтримуйте", "подаруйте передплату",
        "подарувати передплату", "залиште чайові", "щоб читати далі",
        "щоб продовжити читання",
    ]

    static let ukrainianVoice: [String] = [
        // Pleas (the Russian ones sit in ``pleas``).
        "невелике прохання", "раз ви вже тут", "ваша допомога", "вашої допомоги", "вашу допомогу",
        "без вашої допомоги", "без вашої підтримки", "з вашою підтримкою", "нам потрібна", "нам потрібен",
        "нам потрібні", "ми потребуємо", "кожен внесок", "кожна пожертва", "будь-яка сума", "будь-яку суму",
        "навіть невеликий", "навіть невелика", "ваш внесок", "без ваших пожертв", "не зможемо продовжувати",
        "завдяки таким читачам", "буде подвоєн*", "збір для редакції",
        // The newsroom's own work and readers.
        "наша робота", "нашої роботи", "нашу журналістику", "незалежне видання", "незалежних журналістів",
        "незалежних медіа", "наші читачі", "нашим читачам", "наших читачів", "нашим журналістам",
        "підтримайте редакцію", "підтримайте нас", "наше видання", "без реклами", "завдяки читачам",
        "завдяки вам", "дякуємо, що ви з нами", "без платної передплати",
    ]

    static let ukrainianHeader: [String] = [
        "дорогі читачі", "шановні читачі", "дорогий читачу", "дорогі друзі", "звернення редакції",
        "звернення до читачів", "вам сподобал*", "сподобалася стаття", "сподобався матеріал", "сподобався текст",
        "ви прочитали", "лише для передплатників", "тільки для передплатників", "доступно передплатникам",
    ]

    static let ukrainianPayment: [String] = [
        "щомісяця", "на місяць", "разовий", "разовий внесок", "банківськ* картк*",
        "передплат*", "пробний період", "читати далі", "читати повністю", "електронної пошти", "увійти",
        "увійдіть", "вже маєте передплату", "вже маєте акаунт", "на тиждень", "розсилк*", "скасувати будь-коли", "знижк*",
    ]

    static let ukrainianSignoff: [String] = ["дякуємо", "дякую", "редакція"]

    static let ukrainianReporting: [String] = [
        "заявив", "заявила", "заявили", "сказав", "сказала", "сказали", "повідомив", "повідомила", "повідомили",
        "за словами", "за даними", "зазначив", "зазначила", "розповів", "розповіла", "розповіли",
        "закликав", "закликала", "закликали",
    ]

    static let ukrainianThirdParty: [String] = [
        "мільйон*", "мільярд*", "партії", "його кампані*", "їхня кампанія", "благодійний фонд",
    ]

    static let ukrainianNewsroom: [String] = [
        "змі", "статті", "тексти", "текстів", "розслідуван*", "глядач*", "ефір*", "матеріал*", "слухач*",
    ]

    static let ukrainianBeneficiary: [String] = [
        "постраждал*", "біженц*", "притулк*", "лікарн*", "червоний хрест", "червоного хреста",
    ]
}
