import Foundation
import PipelineKit

/// Subscription and paywall prompts at a document's edges: the few short lines a scrape keeps where
/// the page cut the article off ("Les articles ABO sont réservés aux abonnés." / "S'abonnerSe
/// connecter", "Wollen Sie weiterlesen?" / "Pässe" / "ab" / "1,29 €") or put an offer above the
/// headline ("Become a Plus subscriber. 99 for 4 weeks."). Too short for a block of their own,
/// they have a shape an article's last or first lines do not: words of access (a subscription, a
/// log-in, a membership, a newsletter) beside an ask, a button or a question to the reader, with no
/// reporting. Between paragraphs the same words make a log-in or newsletter box.
extension AppealStripper {
    /// The `reason` of a removed subscription, log-in or newsletter prompt (see
    /// ``edgePromptLines(in:evidence:atTop:)`` and ``middlePromptLines(in:evidence:)``).
    public static let promptReason = "prompt"

    /// How many content lines at the end of a document a prompt may span (its price fragments count).
    static let edgePromptLines = 6
    /// How many content lines at the top of a document a prompt may span.
    static let topPromptLines = 2
    /// A prompt's lines are shorter than this (code points, so Cyrillic lines are measured like Latin ones).
    static let promptLinePoints = 160
    /// A button's label is shorter than this (UTF-8 bytes); it opens with a log-in or subscription
    /// word, or with a call verb beside an access word ("Voir nos offres d'abonnement"), not a
    /// share button ("Email").
    static let promptButtonBytes = 40
    /// A price fragment of a broken offer ("ab", "1,29 €", "1 Tag/1 Woche") is shorter than this (UTF-8 bytes).
    static let promptFragmentBytes = 24

    /// Word stems of access to the medium: a subscription, a log-in, a membership, a newsletter or an account.
    static let accessWords = ByteNeedles(([
        "subscri", "log in", "login", "sign in", "member", "premium", "paywall",
        "abonn", " abo ", " abo-", " abo.", " abo!", " abo?", " abo,", " abos", "-abo", "aboempfehlung", "weiterlesen", "anmelden", "einloggen", "loggen sie sich", "registrier", "mitglied",
        "s'identifier", "se connecter", "connectez", "membre", "inscri",
        // A subscription, not a signature ("собрали 1 200 подписей", "подпишите петицию").
        "подписк", "подписчик", "подписаться", "подписывайтесь", "подписывайся", "подпишитесь", "подпишись",
        "войти", "войдите", "авториз", "зарегистр", "newsletter", "lettre d'info", "рассылк",
        // Ukrainian: a paid subscription ("передплата") or a channel's ("підписка"), a log-in, a newsletter.
        "передплат", "підписк", "підписник", "підписатися", "підписуйтесь", "підписуйтеся", "підпишіться", "підписуйся", "підпишись", "увійти", "увійдіть",
        "зареєстр", "розсилк", "на пошту",
        "per e-mail", "per mail", "by email", "by e-mail", "par e-mail", "par courriel", "по почте", "на почту",
        // A newsletter's delivery ("Get Well+Being delivered to your inbox every Monday").
        "delivered to your inbox", "straight to your inbox", "direkt in ihr postfach", "dans votre boîte",
        // The page's notice about the content's access ("Ce contenu est libre d'accès.", "This content is for subscribers").
        "this content is", "ce contenu est", "dieser inhalt ist", "этот материал доступен", "цей матеріал доступний",
        // An offer's benefits ("- Zugriff auf über 10.000 Artikel", "Unlimited access to …").
        "zugriff", "unlimited access", "full access", "accès illimité", "accès intégral", "полный доступ", "повний доступ",
    ] + accountPhrases).map { Array($0.utf8) })

    /// Phrases of making an account with the medium: a line holding one is a prompt at any length
    /// ("Créez-vous un compte gratuitement et retrouvez les contenus que vous avez sauvegardés.").
    static let accountWords = ByteNeedles(accountPhrases.map { Array($0.utf8) })
    private static let accountPhrases = [
        "create an account", "create a free account", "create your account", "créez votre compte", "créez-vous un compte",
        "créer un compte", "konto anlegen", "konto erstellen", "создайте аккаунт",
        // The log-in form's question ("Vous avez déjà un compte sur le site du <paper> ?").
        "already have an account?", "already have an account with us", "vous avez déjà un compte", "déjà un compte ?",
        "haben sie bereits ein konto", "bereits ein konto?", "уже есть аккаунт?", "створіть акаунт", "створіть обліковий запис",
        "вже маєте акаунт?", "вже маєте обліковий запис?",
    ]

    /// A request to the reader to log in, register or subscribe in so many words ("please log in",
    /// "il vous suffit de …", "bitte melden Sie sich an", "пожалуйста, войдите"): in a line naming
    /// access, the line asks whatever its verb ("To access content, please login or purchase a subscription.").
    static let requestWords = ByteNeedles([
        "please log", "please sign", "please subscribe", "please register", "please purchase", "please create",
        "you must be a subscriber", "you must be logged", "you must log", "you need to log", "you need to be a",
        "bitte melden", "bitte loggen", "bitte registrieren", "bitte anmelden", "bitte einloggen", "sie müssen sich",
        // The request with its verb first ("Loggen Sie sich bitte ein, um … zu lesen.").
        "loggen sie sich bitte", "melden sie sich bitte",
        "veuillez vous", "merci de vous", "il vous suffit de", "vous devez être", "vous devez vous", "en vous inscrivant",
        "en vous abonnant", "by signing up for", "by subscribing to",
        "пожалуйста, войдите", "пожалуйста, авторизуйтесь", "будь ласка, увійдіть",
    ].map { Array($0.utf8) })

    /// An impersonal request ("необходимо войти", "потрібно увійти": "one has to log in") asks the
    /// reader only beside the medium's content or reading (``impersonalRequestObjects``): "Чтобы
    /// подать заявку, жителям нужно войти на портал госуслуг" is a report of someone else's portal.
    static let impersonalRequestWords = ByteNeedles([
        "необходимо войти", "необходимо авторизоваться", "необходимо зарегистрироваться", "необходимо оформить",
        "нужно войти", "нужно авторизоваться", "необхідно увійти", "необхідно авторизуватися",
        "необхідно зареєструватися", "необхідно оформити", "потрібно увійти", "потрібно авторизуватися",
    ].map { Array($0.utf8) })

    /// What an impersonal request must name: reading on, the medium's material or article, or access to it.
    static let impersonalRequestObjects = ByteNeedles([
        "чита", "продолж", "материал", "стать", "доступ", "продовж", "матеріал", "статт",
    ].map { Array($0.utf8) })

    /// Markers of an advertisement placed in the text ("Weiterlesen nach der Anzeige", "Article continues after advertisement").
    static let adMarkers = ByteNeedles([
        "nach der anzeige", "nach der werbung", "after advertisement", "after the advertisement", "after this ad",
        "below advertisement", "après la publicité", "после рекламы", "після реклами",
    ].map { Array($0.utf8) })

    /// Openings of a button that needs no call verb: a log-in or a subscription ("Se connecter",
    /// "Log in", "S'abonnerSe connecter", "Anmelden").
    static let buttonOpenings: [[UInt8]] = [
        "log in", "login", "sign in", "anmelden", "einloggen", "s'identifier", "se connecter", "s'abonn", "abonn", "войти",
        // Subscribing, not signing: "подписаться", "подписка", "подписывайтесь", "подпишитесь", not "подписи", "подписал".
        "подписат", "подписк", "подписыв", "подпиш",
        // Ukrainian ("Увійти", "Оформити передплату" opens with its verb; "Передплата", "Підписатися").
        "увійти", "передплат", "підписат", "підпиш",
    ].map { Array($0.utf8) }

    /// A line that asks in a sentence (not as a button or question) is shorter than this (code
    /// points): a column's closing advice ("So buy a subscription to your local paper. …") runs longer.
    static let promptAskPoints = 80

    /// What one edge line is to a prompt.
    enum PromptLine {
        /// Article text, a report or a quotation: it ends the prompt's run.
        case other
        /// A short piece of a broken offer or button row with no access word or ask of its own.
        case fragment
        /// A line of the prompt: whether it names access, and whether it asks (a call, a button,
        /// a question to the reader). A line with neither speaks to the reader or leads in with a
        /// colon: it goes along only between lines that have one.
        case prompt(access: Bool, asks: Bool)
    }

    /// A support link in a page's menu at the top has at most this many words ("Поддержать команду <outlet>").
    static let topCallWords = 5

    /// Verbs that make a support button of their own on the first lines of a page ("Поддержать",
    /// "Donate", "Spenden"): the outlet's menu, never an article's opening.
    static let supportButtons: Set<String> = [
        "support", "donate", "give", "spenden", "unterstützen", "soutenir", "soutenez", "donner", "поддержать", "помочь",
    ]

    /// Whether a line is a support button at the top: one support verb alone ("Поддержать"), or a
    /// call of at most four words and a web address, nothing else ("Поддержать: https://…",
    /// "Помогите редакции донатами: https://…").
    static func isTopSupportButton(_ line: TextLine) -> Bool {
        let words = line.text.split(whereSeparator: \.isWhitespace)
        if words.count == 1, supportButtons.contains(words[0].lowercased().trimmingCharacters(in: .punctuationCharacters)) {
            return true
        }
        guard words.count >= 2, words.count <= linkLabelWords + 1, let address = words.last,
              address.hasPrefix("http") || address.hasPrefix("www.") else { return false }
        return LineEvidence.opensWithCallVerb(line.lowered, at: TextNormalizer.wordStart(in: line.lowered))
    }

    /// Words of a subscription's term in a priced offer ("1 month", "4 Wochen", "75 Ausgaben", "1er mois"),
    /// as words of their own ("today" names no term).
    static let termWords = ByteNeedles([
        " day", " week", " month", " year", " issue", " tag", " woche", " monat", " jahr", " ausgabe",
        " jour", " semaine", " mois", " an ", " an.", " ans", " numéro", " день", " дня", " недел", " месяц", " год", " номер",
        "/month", "/monat", "/mois", "/мес",
        // A hyphenated term ("a 7-day free trial").
        "-day", "-week", "-month", "-year",
    ].map { Array($0.utf8) })

    /// A log-in button offered beside a sign-up, opening a top line ("LOGIN or REGISTER for exclusive access
    /// to premium content"): the reader's choice of access asks, though neither word is a call verb, when
    /// the line names what it opens (``accessChoiceObjects``; "Login or register? Residents puzzle over the
    /// county's portal" is a headline).
    static let accessChoiceOpenings: [[UInt8]] = [
        "login or register", "log in or register", "sign in or register", "login or subscribe", "log in or subscribe",
        "sign in or subscribe", "login or sign up", "log in or sign up", "sign in or sign up",
    ].map { Array($0.utf8) }
    /// What a log-in offered beside a sign-up opens: access, reading, the content, the stories.
    static let accessChoiceObjects = ByteNeedles([
        "access", "to read", "content", "premium", "stories", "articles", "subscriber",
    ].map { Array($0.utf8) })

    /// Openings of a priced offer that are no call ("As low as $49 …", "Nur 1 € …", "Seulement 1 € …").
    static let offerOpenings: [[UInt8]] = [
        "as low as", "only ", "just ", "nur ", "ab ", "seulement", "dès ", "à partir de", "всего", "от ",
        // Reading on with the trial ("Keep reading with a 7-day free trial").
        "keep reading with", "continue reading with",
    ].map { Array($0.utf8) }

    /// Prepositions of a price after a term ("1 month for 99¢", "75 Ausgaben für 75 €", "1er mois à 1€").
    static let pricePrepositions = ByteNeedles([" for ", " für ", " à ", " pour ", " за ", " zum preis"].map { Array($0.utf8) })

    /// A priced offer at the top has at most this many words ("60 Ausgaben <paper> für 60 € – jetzt bestellen").
    static let offerWords = 12

    /// Whether a line at the top is a priced offer of a subscription term and nothing else: under
    /// ``offerPoints`` and ``offerWords``, a small amount and a term word (``termWords``), no large
    /// sum, reporting, quotation or third parties, opening with a call ("Try 1 month for 99¢"), an
    /// offer word ("As low as $49 for one year.") or the term's number with the price after a
    /// preposition ("75 Ausgaben junge Welt für 75 €", "1er mois à 1€"). A headline about prices
    /// opens with its subject ("Bus fares rise to €2 a day").
    static func isTopOffer(_ line: TextLine, _ e: LineEvidence) -> Bool {
        guard e.points < offerPoints, line.wordCount <= offerWords, e.smallAmounts > 0, e.largeAmounts == 0, !e.isReporting,
              !e.hasQuote, e.namesNoOtherParty, termWords.occurs(in: line.lowered) else { return false }
        let bytes = line.lowered
        let start = TextNormalizer.wordStart(in: bytes)
        // Opening with the term's number, the price follows a preposition ("2 days of rain cost farmers €500" is a headline).
        if start < bytes.count, bytes[start] >= 0x30 && bytes[start] <= 0x39 { return pricePrepositions.occurs(in: bytes) }
        return opensOffer(bytes)
    }

    /// A priced offer at the top is shorter than this (code points).
    static let offerPoints = 70

    /// Whether a lowered line opens like a priced offer: a call verb, an offer word or a number.
    static func opensOffer(_ bytes: [UInt8]) -> Bool {
        let start = TextNormalizer.wordStart(in: bytes)
        guard start < bytes.count else { return false }
        return LineEvidence.opensWithCallVerb(bytes, at: start) || (bytes[start] >= 0x30 && bytes[start] <= 0x39)
            || offerOpenings.contains { bytes[start...].starts(with: $0) }
    }

    /// Whether a line at the top may ask at all: its first word is a call verb or a polite opening
    /// ("Please", "Jetzt"), it opens with a log-in or subscription button, or like a priced offer;
    /// bullets and emoji before it are skipped.
    static func mayAskAtTop(_ line: TextLine) -> Bool {
        let bytes = line.lowered
        let start = TextNormalizer.wordStart(in: bytes)
        guard start < bytes.count else { return false }
        if opensOffer(bytes) || opensButton(bytes, from: start) {
            return true
        }
        return politeOpenings.contains(TextNormalizer.word(in: bytes, at: start))
    }

    /// What a line at a document's edge is to a prompt. `imperativeOnly`: at the top, only a call
    /// that opens the line or a button asks (a headline may address the reader: "Why you should
    /// subscribe"), and every line of the run must ask (a lede may name access: "The council member …").
    func promptLine(_ line: TextLine, _ e: LineEvidence, imperativeOnly: Bool) -> PromptLine {
        if imperativeOnly, Self.isTopSupportButton(line) || Self.isTopOffer(line, e) { return .prompt(access: true, asks: true) }
        guard e.points < Self.promptLinePoints, e.speaksOwnWords, e.largeAmounts == 0,
              e.namesNoOtherParty else { return .other }
        let bytes = line.lowered
        // An advertisement's marker names reading on, not access ("Weiterlesen nach der Anzeige").
        if Self.adMarkers.occurs(in: bytes) { return .other }
        let access = Self.accessWords.occurs(in: bytes)
        // A longer line of several sentences is a prompt when each of its sentences names access or
        // asks ("This content is only available to paid subscribers. Please log in or subscribe today!");
        // a column's closing advice has a sentence of its own argument ("… Journalism is not optional.").
        if e.points >= Self.promptAskPoints, case let sentences = line.sentences(), sentences.count >= 2 {
            var access = false, asking = false
            for sentence in sentences {
                guard case let .prompt(a, k) = promptLine(sentence, lineEvidence(sentence), imperativeOnly: imperativeOnly),
                      a || k else { return e.speaksToReader || line.endsWithColon ? .prompt(access: false, asks: false) : .other }
                access = access || a
                asking = asking || k
            }
            return .prompt(access: access, asks: asking)
        }
        let button = isPromptButton(line, e, access: access)
        // A request to log in, register or subscribe beside an access word asks ("To access content,
        // please login …", "Pour le lire, il vous suffit de créer un compte").
        let requested = access && !imperativeOnly && (Self.requestWords.occurs(in: bytes)
            || Self.impersonalRequestWords.occurs(in: bytes) && Self.impersonalRequestObjects.occurs(in: bytes))
        let question = line.endsWithQuestion && access && (e.secondPerson > 0 || e.length < Self.promptButtonBytes)
        let asking: Bool
        if button || question && !imperativeOnly || requested {
            asking = true
        } else if e.points >= Self.promptAskPoints {
            asking = false
        } else if imperativeOnly, e.opensWithCall, line.wordCount <= Self.topCallWords, !line.endsSentence {
            // At the top, a short call opening the line is the menu's support link ("Поддержать <outlet>"):
            // it asks, though it names no access (the run needs a line that does).
            asking = true
        } else if !access && !e.speaksToReader && e.smallAmounts == 0 {
            // A call about nothing of the medium's ("Share this:") asks for no subscription.
            asking = false
        } else if imperativeOnly {
            asking = e.opensWithCall || line.sentences().first.map { opensWithImperative($0.text[...]) } == true
                || TextNormalizer.openingPhraseEnd(in: bytes, among: Self.accessChoiceOpenings) != nil && Self.accessChoiceObjects.occurs(in: bytes)
        } else {
            asking = line.sentences().contains(where: asks)
        }
        // A line to the reader or in the newsroom's voice goes along ("… profitez de notre offre dès
        // maintenant."), and so does a lead-in ending in a colon ("Pour consulter cet article :").
        // A longer sentence naming subscribers without asking is the article's or the newsroom's
        // report ("Les abonnés annuels gardent …", "Subscribers now pay for 70 percent of our newsroom …").
        let names = access && (asking || e.points < Self.promptAskPoints || Self.accountWords.occurs(in: bytes))
        // At the top every line of the run asks: a headline's lede may name access ("The council member …").
        if imperativeOnly { return asking ? .prompt(access: names, asks: true) : .other }
        if asking || e.speaksToReader || line.endsWithColon { return .prompt(access: names, asks: asking) }
        if names { return .prompt(access: true, asks: false) }
        if e.length < Self.promptFragmentBytes, line.wordCount <= 4, !line.endsSentence { return .fragment }
        return .other
    }

    /// Whether a line is a log-in or subscription button: under ``promptButtonBytes`` without closing
    /// punctuation, opening with a log-in or subscription word (``buttonOpenings``) or with a call
    /// beside an access word; or a short question and such a button after it ("Déjà un compte ? Se
    /// connecter", "Already a subscriber? Log in").
    func isPromptButton(_ line: TextLine, _ e: LineEvidence, access: Bool) -> Bool {
        guard !line.endsSentence else { return false }
        let bytes = line.lowered
        if e.length < Self.promptButtonBytes, e.opensWithCall && access || Self.opensButton(bytes, from: 0) { return true }
        guard e.points < Self.promptAskPoints, let mark = bytes.lastIndex(of: 0x3F) else { return false }
        return Self.opensButton(bytes, from: mark + 1)
    }

    /// Whether the first word of lowered `bytes` at or after `from` opens a log-in or subscription
    /// button (``buttonOpenings``).
    static func opensButton(_ bytes: [UInt8], from: Int) -> Bool {
        let start = TextNormalizer.wordStart(in: bytes, from: from)
        return buttonOpenings.contains { bytes[start...].starts(with: $0) }
    }

    /// A box between the article's paragraphs has at most this many lines.
    static let middlePromptLines = 6

    /// The lines of log-in, subscription and newsletter boxes between the article's paragraphs
    /// ("Créez votre compte gratuitement …" / "Déjà un compte ? Se connecter", "Zu wöchentlichem
    /// Newsletter hinzufügen?" / "Diese Gemeinde-News per E-Mail abonnieren?"): a run of two to
    /// ``middlePromptLines`` prompt lines (see ``promptLine(_:_:imperativeOnly:)``), each naming
    /// access or asking, that holds a log-in or subscription button, or whose lines are all short
    /// and name access with two of them asking. An article's paragraph about newsletters runs
    /// longer and has no button; a headline and lede about one ("Ex-editor launches newsletter")
    /// ask once at most.
    func middlePromptLines(in units: [TextLine], evidence: [LineEvidence]) -> [Int] {
        var found: [Int] = [], run: [Int] = [], pending: [Int] = []
        var access = false, asks = 0, button = false, short = true
        func close() {
            if (2...Self.middlePromptLines).contains(run.count), access, button || (short && asks >= 2) { found += run }
            run = []; pending = []; access = false; asks = 0; button = false; short = true
        }
        for u in units.indices where !units[u].isBlank {
            // Most lines carry no cue an access word or an ask would come with: they end any run unread.
            let e = evidence[u]
            guard e.cues[.action] + e.cues[.newsroom] + e.cues[.payment] + e.cues[.header] + e.cues[.readerButton] > 0
                    || e.speaksToReader || e.smallAmounts > 0 || units[u].endsWithQuestion || units[u].endsWithColon,
                  case let .prompt(a, k) = promptLine(units[u], e, imperativeOnly: false) else { close(); continue }
            // A line to the reader with neither access nor an ask goes along between two that have one.
            guard a || k else {
                if run.isEmpty { continue }
                pending.append(u)
                continue
            }
            run += pending
            pending = []
            run.append(u)
            access = access || a
            // (Between paragraphs a question naming access asks at any length: "Zum Newsletter hinzufügen?")
            asks += k || (a && units[u].endsWithQuestion) ? 1 : 0
            // (A paywall notice settles the box like a button: "Mit <paper> Plus weiterlesen" / "Dieser Inhalt ist exklusiv …")
            button = button || isPromptButton(units[u], e, access: a) || isPaywallNotice(units[u], e)
            short = short && a && e.points < Self.promptAskPoints
        }
        close()
        return found
    }

    /// The lines of subscription and paywall prompts at the end or the top of a document of
    /// several lines: a run of prompt lines (see ``promptLine(_:_:imperativeOnly:)``) from the last
    /// line back, at most ``edgePromptLines``, or from the first line on, at most
    /// ``topPromptLines``, that names access and asks. Fragments count only between prompt lines
    /// or after them at the end, so a price row stays with its prompt. Call it with the units for
    /// the end and with the lines before merging for the top (a menu's short lines merge into one
    /// unit), each with its evidence.
    func edgePromptLines(in units: [TextLine], evidence: (Int) -> LineEvidence, atTop: Bool) -> [Int] {
        let content = units.indices.filter { !units[$0].isBlank }
        guard content.count >= 3 else { return [] }
        let order = atTop ? Array(content.prefix(Self.topPromptLines)) : Array(content.reversed().prefix(Self.edgePromptLines))
        var taken: [Int] = [], access = false, asking = false, best: [Int] = []
        scan: for u in order {
            // At the top only a line opening with a call, a polite word or a button can ask (its evidence unread otherwise).
            if atTop, !Self.mayAskAtTop(units[u]) { break }
            switch promptLine(units[u], evidence(u), imperativeOnly: atTop) {
            case .other:
                // The service desk's line under a paywall ends the text ("Questions or problems? Email
                // help@… or call …"): it goes with a prompt above it, never alone.
                if !atTop, taken.isEmpty, Self.isHelpDeskLine(units[u]) { taken.append(u); continue scan }
                break scan
            case .fragment:
                // Short lines at the very end are a price row only with a figure in the last
                // ("ab" / "1,29 €"); a letter's signature ("Jason Miller" / "Local Editor") is the article's.
                if taken.isEmpty, !units[u].lowered.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { break scan }
                taken.append(u)
            case let .prompt(a, k):
                // A line with neither access nor an ask at the document's edge is the article's, but
                // for a lead-in ending the text with a colon whose button was lost ("und Vorteile sichern:").
                guard a || k || access || asking || (!atTop && taken.isEmpty && units[u].endsWithColon) else { break scan }
                taken.append(u)
                access = access || a
                asking = asking || k
                if access && asking && (a || k || units[u].endsWithColon) { best = taken }
            }
        }
        // The whole document is never a prompt.
        return best.count < content.count ? best.sorted() : []
    }

    /// The questions a service desk's line opens with, lowered ("Questions or problems? Email …").
    static let helpDeskQuestions: [[UInt8]] = [
        "questions or problems?", "questions?", "any questions?", "need help?", "having trouble?", "problems?",
        "fragen?", "fragen oder probleme?", "haben sie fragen?", "probleme?", "besoin d'aide ?", "besoin d'aide?",
        "des questions ?", "une question ?", "des questions?", "une question?", "вопросы?", "есть вопросы?",
        "нужна помощь?", "питання?", "є питання?", "потрібна допомога?",
    ].map { Array($0.utf8) }

    /// Whether a line is a service desk's: under ``promptLinePoints``, opening with a question of
    /// ``helpDeskQuestions`` and giving an e-mail address or a telephone number (seven digits or more).
    static func isHelpDeskLine(_ line: TextLine) -> Bool {
        let bytes = line.lowered
        let start = TextNormalizer.letterStart(in: bytes)
        guard bytes.count < 4 * promptLinePoints, helpDeskQuestions.contains(where: { bytes[start...].starts(with: $0) }),
              line.text.unicodeScalars.count < promptLinePoints else { return false }
        return bytes.contains(0x40) || bytes.lazy.filter { $0 >= 0x30 && $0 <= 0x39 }.count >= 7
    }

    /// Marks opening a listed item ("- ", "• ", "✓ ").
    static let bullets: Set<Unicode.Scalar> = ["-", "\u{2022}", "\u{2013}", "*", "\u{2713}", "\u{2714}", "\u{25CF}", "\u{25AA}"]

    /// The end of the text when every content unit after the last cut (at most ``edgePromptLines``)
    /// names access to the medium or a discount without reporting, quotation or third parties: the benefits listed under an offer
    /// ("- Zugriff auf über 10.000 zahlungspflichtige Artikel", "- Unlimited access to all stories"), a store's
    /// discount on the same offer ("Google : 3 mois à -40 %"),
    /// which ask for nothing of their own, and a payment form's fields left behind (see ``isFormRemnant(_:)``).
    /// `nil` when nothing follows the last cut, or anything else does.
    func benefitTail(after cuts: [Span], in units: [TextLine], evidence: (Int) -> LineEvidence, length: Int) -> Int? {
        guard let end = cuts.map(\.end).max(), end < length else { return nil }
        let after = units.indices.filter { !units[$0].isBlank && units[$0].span.start >= end }
        guard !after.isEmpty, after.count <= Self.edgePromptLines else { return nil }
        let bulleted = { (u: Int) in
            units[u].text.unicodeScalars.first { !$0.properties.isWhitespace }.map { Self.bullets.contains($0) } == true
        }
        // (A count in a benefit is no reported sum: "über 10.000 Artikel".)
        // A bulleted list goes whole when one of its items names access or the price ("• Alle Artikel
        // in der App lesen" / "• Danach 7,99 €/Monat"); other lines name access each.
        let list = after.allSatisfy(bulleted)
            && after.contains { Self.accessWords.occurs(in: units[$0].lowered) || evidence($0).smallAmounts > 0 }
        return after.allSatisfy { u in
            // A form's field left behind ("Montant:" / "EUR", "Amount:" / "$") goes along.
            if Self.isFormRemnant(units[u]) { return true }
            let e = evidence(u)
            // A benefit is listed, not told: a bullet or a line without a full stop ("If you already subscribe, thank you." is a sentence).
            let listed = !units[u].endsSentence || bulleted(u)
            return listed && e.points < Self.promptLinePoints && e.cues[.reporting] == 0 && !e.isQuotation && !e.quotesSpeech
                && e.namesNoOtherParty
                && (list || Self.accessWords.occurs(in: units[u].lowered) || Self.isDiscount(units[u].lowered))
        } ? length : nil
    }

    /// Currency codes and signs standing alone in a payment form's field.
    static let currencyTokens: Set<String> = ["eur", "€", "usd", "$", "gbp", "£", "chf", "rub", "руб", "руб.", "₽"]

    /// Whether a line is a payment form's field left behind by the scrape: a label of one or two
    /// words ending in a colon ("Montant:", "Betrag:", "Сумма:"), or a currency alone ("EUR").
    static func isFormRemnant(_ line: TextLine) -> Bool {
        let words = line.text.split(whereSeparator: \.isWhitespace)
        guard let last = words.last, words.count <= 2 else { return false }
        return (last.hasSuffix(":") && last.count > 1) || (words.count == 1 && currencyTokens.contains(last.lowercased()))
    }

    /// The span of a subscription prompt ending a text whose line breaks were lost ("… The vote was
    /// 4-1. To access content, please login or purchase a subscription."): the prompt rules read the
    /// text's sentences as lines from the end (see ``edgePromptLines(in:evidence:atTop:)``); the span
    /// runs from the prompt's first sentence to the end of the text (the caller takes the space before
    /// it along where it can). `nil` when the text ends otherwise,
    /// or with a bare link of one or two words.
    func runTogetherEndPrompt(in unit: TextLine) -> Span? {
        let sentences = unit.sentences()
        let found = edgePromptLines(in: sentences, evidence: { lineEvidence(sentences[$0]) }, atTop: false)
        // A bare link closing a teaser ("Auch deshalb… Weiterlesen") is no prompt on its own.
        guard let first = found.first, found.count >= 2 || sentences[first].wordCount >= 3 else { return nil }
        return Span(start: sentences[first].span.start, end: unit.span.end)
    }

    /// The span of a priced offer among the first pieces of a text whose line breaks were lost ("Try 1
    /// month for 99¢  RACINE — A crash …"): the first sentence is cut into pieces where blank lines
    /// were (two spaces), and each of the first ``topPromptLines`` pieces is judged like a line at the
    /// top (see ``isTopOffer(_:_:)``; ``leadingPieceSpan(in:among:wholeSentence:where:)``). The span runs
    /// to the next piece, or to the second sentence after the last piece, so the spaces after it go too.
    func runTogetherTopOffer(in unit: TextLine) -> Span? {
        leadingPieceSpan(in: unit, among: Self.topPromptLines, wholeSentence: false) { Self.isTopOffer($0, lineEvidence($0)) }
    }
}
