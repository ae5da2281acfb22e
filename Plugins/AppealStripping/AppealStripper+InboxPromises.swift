/// A newsletter box's promise to deliver the outlet's news to the reader's mailbox or phone ("Today's breaking
/// news and more in your inbox", "Get our stories in your inbox.", a blog's "Get new content delivered
/// directly to your inbox.", "Nos lettres d'info, gratuites,
/// dans votre boîte mail", "Die wichtigsten Nachrichten direkt in Ihr Postfach"), and the interest
/// form's "(please check all that apply)" under it. Such a title often carries no sign-up word, so neither
/// the sign-up rules nor the scorer take it; an article line names what lands in the reader's
/// mailbox only to advise ("Your tax bill should arrive in your inbox by Friday": no news of the
/// medium's). Cut as a prompt, like a follow label.
extension AppealStripper {
    /// Where the promise delivers, in the languages read (lowered). Only lines of units in the
    /// reader's "you" or the newsroom's "we" are read ("Unseren Newsletter bequem ins Postfach bekommen.").
    static let inboxPhrases = ByteNeedles([
        "in your inbox", "to your inbox", "into your inbox", "in your email", "to your email", "in your e-mail", "to your e-mail",
        // The reader's phone, as alerts ("Breaking local news, pushed right to your phone.").
        "to your phone", "sur votre téléphone", "auf ihr handy", "auf ihr smartphone", "на ваш телефон",
        "dans votre boîte", "dans votre boite",
        "dans votre boîte de réception", "in ihr postfach", "in ihrem postfach", "in dein postfach",
        "in deinem postfach", "ins postfach", "in ihren posteingang", "in ihr e-mail-postfach", "на вашу почту", "на вашу пошту", "на почту", "на пошту",
    ].map { Array($0.utf8) })

    /// What the promise delivers: the medium's news, stories, columns, letters, opinion pages or updates (the words
    /// of ``callMediumWords`` count too).
    static let inboxContents = ByteNeedles([
        "stor", "column", "headline", "update", "digest", "article", "edition", "brief", "newsletter", "lettre", "info",
        "nouvelle", "artikel", "meldung", "beitr", "geschicht", "рассылк", "стат", "новин", "выпуск", "материал", "матеріал", "розсилк",
        // The opinion pages: editorials, opinion pieces, commentary and columns.
        "editorial", "éditori", "opinion", "meinung", "kommentar", "chroniqu", "колонк", "мнени", "думк", "аналит", "аналіт",
        // A blog's posts and content ("Get new content delivered directly to your inbox.", "new posts in your inbox").
        "content", "contenu", "inhalte", "posts",
        // A podcast's episodes ("Recevez les derniers épisodes … directement dans votre boîte").
        "episode", "épisode", "folge", "podcast",
    ].map { Array($0.utf8) })

    /// An interest form's line under a newsletter box's promise ("I'm interested in (please check all that apply)").
    static let checkAllThatApply = ByteNeedles([Array("check all that apply".utf8)])

    /// The longest such line, in code points: a box's title or a one-sentence pitch.
    static let inboxPromisePoints = 100
    /// The longest interest-form line, in code points.
    static let interestFormPoints = 60

    /// The lines of a newsletter box's inbox promise and of the interest form right under it (see
    /// the extension's summary); the document's first line only when text follows and a call opens
    /// it ("Get opinion pieces … sent directly to your inbox weekly!" above the page's first story) or
    /// it names the outlet's own ("Columns, reader letters and our editorials, delivered to your inbox
    /// each week!"), since a headline reports ("Why scam texts keep landing in your inbox"). Only the lines
    /// of units (`units`, sorted, with their `evidence`) that speak to the reader or as the newsroom are read.
    func inboxPromiseLines(in lines: [TextLine], units: [TextLine], evidence: [LineEvidence]) -> [Int] {
        let headline = lines.firstIndex { !$0.isBlank }, topLine = Self.firstLineWithTextAfter(lines)
        let read = linesOfUnits(in: lines, units: units, headline: true) { u, k in
            evidence[u].speaksToReader && (k != headline || k == topLine && (lines[k].opensWithCall || lineEvidence(lines[k]).firstPlural > 0))
        }
        return read.filter { isInboxPromise(lines[$0]) }.flatMap { k in
            // The interest form right under a promise goes with it.
            guard let next = lines[(k + 1)...].firstIndex(where: { !$0.isBlank }), Self.isInterestForm(lines[next]) else { return [k] }
            return [k, next]
        }
    }

    /// Whether a line promises the medium's news in the reader's mailbox: at most
    /// ``inboxPromisePoints`` code points, holding a phrase of ``inboxPhrases`` and a word of what is
    /// delivered (``inboxContents``, ``callMediumWords``), no question, in the page's own words.
    func isInboxPromise(_ line: TextLine) -> Bool {
        let bytes = line.lowered
        // (A code point takes at most four bytes: longer lines are never read further.)
        guard bytes.count <= 4 * Self.inboxPromisePoints, Self.inboxPhrases.occurs(in: bytes), !line.endsWithQuestion,
              Self.inboxContents.occurs(in: bytes) || Self.callMediumWords.occurs(in: bytes),
              line.text.unicodeScalars.count <= Self.inboxPromisePoints else { return false }
        let e = lineEvidence(line)
        return e.speaksOwnWords && !e.hasQuote && e.namesNoOtherParty
    }

    /// Whether a line is an interest form's: at most ``interestFormPoints`` code points, asking to
    /// "check all that apply".
    static func isInterestForm(_ line: TextLine) -> Bool {
        line.lowered.count <= 4 * interestFormPoints && checkAllThatApply.occurs(in: line.lowered)
            && line.text.unicodeScalars.count <= interestFormPoints
    }
}
