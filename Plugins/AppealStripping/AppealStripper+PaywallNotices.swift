import PipelineKit

/// A page's notice that the text is for subscribers ("Cet article est réservé aux abonnés.",
/// "Dieser Inhalt ist exklusiv unseren Plus-Abonnenten vorbehalten.", "This story is only for
/// paying subscribers.", "Für den ganzen Text ist ein Abonnement nötig."): the page speaking of "this"
/// content (or the whole text) and restricting it to
/// subscribers or members, on a line of its own anywhere; or restricting the articles to subscribers
/// before a log-in button glued on ("La lecture des articles est réservée aux abonnés. Se connecter").
/// A report of a paywall names another's articles ("The Ledger's articles are now for subscribers
/// only") or quotes the notice.
extension AppealStripper {
    /// The page's own content named as "this" ("this article", "dieser Inhalt", "cet article", "этот материал").
    static let paywallSubjects = ByteNeedles([
        "this content", "this article", "this story", "this post", "dieser inhalt", "dieser artikel", "dieser beitrag",
        "ce contenu", "cet article", "этот материал", "эта статья", "данный материал", "цей матеріал", "ця стаття",
        // An e-paper's edition ("Un compte abonné est requis pour lire cette édition.").
        "this edition", "this issue", "diese ausgabe", "cette édition", "ce numéro", "этот выпуск", "этот номер",
        // The same as an object ("Um diesen Artikel vollständig lesen zu können, …", "Чтобы прочитать эту статью …").
        "diesen artikel", "diesen inhalt", "diesen beitrag", "dieses artikels", "dieses beitrags", "this piece", "ce texte",
        "эту статью", "этот текст", "цю статтю", "цей текст",
        // What is left of it ("Vous devez être abonné pour accéder au reste de l'article"), and a page's item
        // ("This item is available in full to subscribers.").
        "rest of the article", "rest of this article", "rest of the story", "rest of this story", "this item",
        // Reading the rest as the reader's goal ("Become a <Outlet> Pro member to read the rest.").
        "read the rest",
        "reste de l'article", "suite de l'article", "rest des artikels", "продолжение статьи", "продовження статті",
        // The whole of it ("Der vollständige Artikel steht nur Abonnenten zur Verfügung.", "Der gesamte Beitrag ist
        // nur für registrierte Leser sichtbar."), and the text itself ("Dieser Text ist nur mit einem Abo freigeschaltet.").
        "der vollständige artikel", "der vollständige beitrag", "der gesamte artikel", "der gesamte beitrag",
        "dieser text", "diesen text",
        // The whole text as the thing withheld ("Für den ganzen Text ist ein Abonnement nötig.", "Den vollständigen
        // Artikel können nur angemeldete Leser öffnen.").
        "den ganzen text", "der ganze text", "den ganzen artikel", "der ganze artikel", "den ganzen beitrag",
        "der ganze beitrag", "den vollständigen artikel", "den vollständigen beitrag", "den vollständigen text",
        "der vollständige text", "des kompletten beitrags", "des kompletten artikels",
        "the full article", "the whole article", "l'article complet",
        "l'intégralité de l'article", "полный текст", "повний текст",
        // A paid article named as such ("Sie möchten einen kostenpflichtigen Artikel lesen.").
        "kostenpflichtigen artikel", "kostenpflichtiger artikel", "paid article", "article payant", "платный материал", "платний матеріал",
        // A podcast's episode ("The full episode is only available to paid subscribers of <show>").
        "this episode", "the full episode", "the rest of this episode", "l'épisode complet", "cet épisode", "diese folge",
        "die ganze folge", "dieses episode",
    ].map { Array($0.utf8) })

    /// A newsletter platform's label over a paid post or episode, a line of its own ("Paid episode", "Épisode payant"),
    /// read on the lines before merging (a player's "0:00" above it merges with it).
    /// A page's label over content for subscribers or members only ("Subscribers only", "Nur für Abonnenten",
    /// "Exclusivité abonnés", "Только для подписчиков") is one too.
    static let paidLabels: Set<[UInt8]> = Set([
        "paid episode", "paid post", "épisode payant", "bezahlte folge", "платный выпуск",
        "subscribers only", "for subscribers only", "subscriber exclusive", "subscriber-only", "members only", "members-only",
        "members-only edition", "nur für abonnenten", "exklusiv für abonnenten", "abo-beitrag", "abo-artikel", "abonnenten-inhalt",
        "réservé aux abonnés", "article réservé aux abonnés", "exclusivité abonnés", "только для подписчиков",
        "лише для передплатників", "тільки для передплатників",
    ].map { Array($0.utf8) })

    /// Whether a line is one of ``paidLabels`` (a short line's normalised bytes compared; a longer one is none).
    static func isPaidLabel(_ line: TextLine) -> Bool {
        line.lowered.count < paidLabelBytes && paidLabels.contains(line.lowered)
    }
    /// A paid label is shorter than this (UTF-8 bytes).
    static let paidLabelBytes = 48

    /// Words restricting it ("only", "exklusiv", "nur für", "réservé", "только"), giving it to a
    /// paying public ("This post is for paying subscribers", "для подписчиков"), or requiring an
    /// account or subscription for it ("required", "requis").
    static let paywallRestrictions = ByteNeedles([
        "only", "exclusive", "exklusiv", "nur für", "réservé", "uniquement", "только", "лише", "тільки",
        "for paying", "for subscribers", "for members", "to subscribers", "to paying", "für abonnenten", "für zahlende",
        // A newsletter platform's paid tier ("This post is for paid subscribers", "… available to paid members").
        "for paid", "to paid",
        // Becoming a member or subscriber to read on.
        "member to read", "subscriber to read",
        "pour les abonnés", "aux abonnés", "для подписчиков", "подписчикам", "для передплатників", "передплатникам",
        // An account or subscription required to read it, or needed by the reader ("benötigen Sie ein Abo").
        "required", "erforderlich", "requis", "nécessaire", "необходим", "you need", "benötigen sie", "brauchen sie",
        "vous devez", "нужно", "нужна", "потрібно", "потрібна", "необхідн", "kostenpflichtig",
        // Paid for ("Cet article est payant.").
        "payant",
        // Subscribers alone ("accessible aux seuls abonnés", "steht nur Abonnenten zur Verfügung", "steht nur
        // Abonnentinnen und Abonnenten offen", "nur mit einem Onlineabo",
        // "für Digital-Abonnenten reserviert").
        "seuls", "seules", "nur abonnent", "nur registrierten", "nur mit", "reserviert",
        // Needed or reserved ("… ist ein Abonnement nötig.", "… ausschliesslich mit einem gültigen Abo.",
        // "This article is reserved for digital subscribers"), or for signed-in readers alone ("nur angemeldete Leser").
        "nötig", "notwendig", "ausschließlich", "ausschliesslich", "reserved for", "nur angemeldete", "nur eingeloggte",
    ].map { Array($0.utf8) })

    /// Readers signed in to an account ("angemeldete Leserinnen und Leser", "logged-in readers"): the access a
    /// notice restricts the content to, beside ``accessWords``.
    static let signedInReaders = ByteNeedles(["angemeldete", "eingeloggte", "logged-in", "signed-in"].map { Array($0.utf8) })

    /// Whether a line is such a notice: under ``promptLinePoints``, naming the page's content as
    /// "this" or as the whole text (``paywallSubjects``), restricting it (``paywallRestrictions``) to
    /// subscribers, members, signed-in readers or a premium tier (``accessWords``, ``signedInReaders``,
    /// "premium"), without reporting, quotation or third parties.
    func isPaywallNotice(_ line: TextLine, _ e: LineEvidence) -> Bool {
        let bytes = line.lowered
        guard Self.paywallSubjects.occurs(in: bytes) || Self.endsWithAccessButton(line), Self.paywallRestrictions.occurs(in: bytes),
              Self.accessWords.occurs(in: bytes) || Self.premiumWords.occurs(in: bytes) || Self.signedInReaders.occurs(in: bytes)
        else { return false }
        return e.points < Self.promptLinePoints && e.speaksOwnWordsOnly
    }

    /// Names of a paid tier ("premium", "Plus-Abonnenten") or of paid content ("payant").
    static let premiumWords = ByteNeedles(["premium", "plus", "payant"].map { Array($0.utf8) })

    /// A paywall notice takes the lines after it to the end of the text when there are at most this many.
    static let paywallTailLines = 6
    /// A line after the notice that neither speaks to the reader, calls nor names payment has at most this
    /// many words ("À bientôt.").
    static let paywallTailWords = 4

    /// The units that are a paywall notice (see ``isPaywallNotice(_:_:)``), anywhere in the text, and
    /// the lines after a notice near the end (see ``paywallTail(after:in:evidence:)``).
    func paywallNoticeLines(in units: [TextLine], evidence: [LineEvidence]) -> [Int] {
        let notices = paywallNotices(in: units, evidence: evidence)
        guard let last = notices.last else { return [] }
        return notices + paywallTail(after: last, in: units, evidence: evidence)
    }

    /// The content lines after a paywall notice when the text ends within ``paywallTailLines`` of
    /// them and each is a short line in the page's own words that speaks to the reader, calls, names
    /// payment or has at most ``paywallTailWords`` words ("Pour le lire, il vous faut vous abonner.",
    /// "Rendez-vous donc ici.", "À bientôt."): the article stops at the notice, and what follows is
    /// its offer. Empty when any other line follows (the article goes on after a notice at its top,
    /// or a note on where it appeared closes it), or reporting, quotation, a third party or a large sum.
    private func paywallTail(after notice: Int, in units: [TextLine], evidence: [LineEvidence]) -> [Int] {
        let after = units.indices.dropFirst(notice + 1).filter { !units[$0].isBlank }
        guard after.count <= Self.paywallTailLines else { return [] }
        let isOffer = { (u: Int) in
            let e = evidence[u]
            return e.points < Self.promptLinePoints && e.speaksOwnWords && !e.hasQuote && e.largeAmounts == 0
                && e.namesNoOtherParty
                && (e.speaksToReader || e.opensWithCall || e.cues[.action] + e.cues[.payment] > 0 || units[u].wordCount <= Self.paywallTailWords)
        }
        return after.allSatisfy(isOffer) ? after : []
    }

    /// The units that are a paywall notice (see ``isPaywallNotice(_:_:)``), anywhere in the text.
    private func paywallNotices(in units: [TextLine], evidence: [LineEvidence]) -> [Int] {
        units.indices.filter { u in
            // (Most lines are longer, name no subscriber or paid tier, or no content as "this": passed over
            // before their bytes are read.)
            !units[u].isBlank && evidence[u].points < Self.promptLinePoints && evidence[u].cues[.newsroom] + evidence[u].cues[.payment] > 0
                && (Self.paywallSubjects.occurs(in: units[u].lowered) || Self.endsWithAccessButton(units[u]))
                && isPaywallNotice(units[u], evidence[u])
        }
    }

    /// A log-in or subscription button glued after a notice has at most this many words.
    static let gluedButtonWords = 3

    /// Whether a line ends with a log-in or subscription button after a sentence of its own ("La
    /// lecture des articles est réservée aux abonnés. Se connecter"): the notice then needs no "this".
    static func endsWithAccessButton(_ line: TextLine) -> Bool {
        let bytes = line.lowered
        guard !line.endsSentence, let stop = bytes.lastIndex(of: 0x2E), stop + 2 < bytes.count, bytes[stop + 1] == 0x20 else { return false }
        guard bytes[(stop + 2)...].reduce(1, { $0 + ($1 == 0x20 ? 1 : 0) }) <= gluedButtonWords else { return false }
        return opensButton(bytes, from: stop + 2)
    }
}
