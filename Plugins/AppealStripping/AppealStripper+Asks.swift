import Foundation
import PipelineKit

/// The newsroom's own letters: a long block that asks the reader for nothing is article text.
extension AppealStripper {
    /// The `reason` of an `appeals` entry the rules found that holds at least `require-ask` of its
    /// document and asks the reader for nothing, so it stays in the text.
    public static let unaskedReason = "no-ask"

    /// The default `require-ask`: the share of a document's code points from which a found block
    /// must ask the reader for something to be cut. Chosen on every fixture set and the real
    /// probes (see dev/appeals/README.md, "Newsroom letters"): against 0.5, 0.4 lost 18 more
    /// cleaned appeal documents for 1,300 fewer article characters cut, 0.6 two fewer documents
    /// for 1,500 more characters; asking it of every block kept many appeal boxes that ask only
    /// implicitly (a thank-you box under an article).
    public static let defaultRequiredAskShare = 0.5

    /// The cuts without the appeal blocks the rules found in a newsroom's letter that hold no
    /// sentence asking the reader for something (see ``asks(_:)``): a year-in-review letter, its
    /// thanks after a fund drive or its note on a new paywall is the document itself, not page
    /// furniture around it. A block is in such a letter when it covers at least
    /// ``requiredAskShare`` of the text, or when at least ``letterVoiceShare`` of the document's
    /// other lines (`voices`: every non-blank line, with whether it speaks in the newsroom's "we";
    /// at least two outside the cuts) are in the newsroom's "we" too. Those come back apart for
    /// the `appeals` layer. Cuts of the line scorer's own pitches (which carry a probability) and
    /// page chrome are never dropped here. `lines` are the text's lines (as ``findCuts(in:)``
    /// split them; the last ends at the text's length).
    func requiringAsks(_ cuts: [(cut: Cut, score: Double, probability: Double?)], lines: [TextLine],
                       voices: [(span: Span, we: Bool)])
        -> (kept: [(cut: Cut, score: Double, probability: Double?)], unasked: [(cut: Cut, score: Double)]) {
        let rulesCut = { (entry: (cut: Cut, score: Double, probability: Double?)) in entry.cut.reason == "appeal" && entry.probability == nil }
        guard requiredAskShare > 0, cuts.contains(where: rulesCut) else { return (cuts, []) }
        let length = lines.last?.span.end ?? 0
        let outside = voices.filter { line in !cuts.contains { $0.cut.reason == "appeal" && $0.cut.span.overlaps(line.span) } }
        let isLetter = outside.count >= 2 && Double(outside.count { $0.we }) >= Self.letterVoiceShare * Double(outside.count)
        // A block opening with a letter's salutation ("Dear readers,") is a letter at any length.
        let salutes = { (entry: (cut: Cut, score: Double, probability: Double?)) in
            lines.first { !$0.isBlank && $0.span.end > entry.cut.span.start }
                .map { $0.lowered.count < Self.buttonBytes && Self.letterOpenings.occurs(in: $0.lowered) } ?? false
        }
        let large = { (entry: (cut: Cut, score: Double, probability: Double?)) in
            rulesCut(entry) && (isLetter || Double(entry.cut.span.length) >= requiredAskShare * Double(length) || salutes(entry))
        }
        guard cuts.contains(where: large) else { return (cuts, []) }
        var kept: [(cut: Cut, score: Double, probability: Double?)] = []
        var unasked: [(cut: Cut, score: Double)] = []
        for entry in cuts {
            guard large(entry) else { kept.append(entry); continue }
            let sentences = lines.filter { !$0.isBlank && $0.span.overlaps(entry.cut.span) }
                .flatMap { $0.sentences() }
                .filter { $0.span.overlaps(entry.cut.span) }
            if endsWithColon(entry.cut.span, in: sentences) || sentences.contains(where: asks) {
                kept.append(entry)
            } else {
                unasked.append((entry.cut, entry.score))
            }
        }
        return (kept, unasked)
    }

    /// Whether a sentence asks the reader for something: a button or form line, a phrase of the
    /// stage's `patterns`, a priced offer, a call that addresses the reader or opens the sentence
    /// (imperative) or names a price with a payment word, the reader's own gift named ("your donation keeps us going"), or the
    /// newsroom's voice turned to the reader ("we count on you"). A call word inside a report of
    /// the newsroom's money ("readers who support us with donations") is no ask.
    func asks(_ sentence: TextLine) -> Bool {
        let e = lineEvidence(sentence)
        if e.opensWithCall || e.isDismissButton || e.cues[.readerButton] > 0 || e.cues[.custom] > 0 || e.offersAccess {
            return true
        }
        if e.cues[.payment] > 0 && e.secondPerson > 0 { return true }
        // Announcing a favour to ask is asking, "you" or not ("Before you go, we have a small favour to ask.").
        if Self.favourAsks.occurs(in: sentence.lowered), !e.isReporting, !e.hasQuote { return true }
        // The newsroom's voice turned to the reader asks when it pleads ("we count on you", "your gift
        // matters") or names a small sum ("Even £5 of your giving …"); thanks and news about the outlet
        // do not ("Without you we would not exist.", "If you missed it, you can find it on our site.").
        if e.cues[.voice] > 0 && e.secondPerson > 0 && (e.smallAmounts > 0 || Self.pleas.occurs(in: sentence.lowered)) { return true }
        // A short line with a call, a payment word or an appeal header is a button or a box title;
        // a letter's salutation or title ("Dear Reader", "Liebe Leserinnen und Leser,") is not.
        if e.length < Self.buttonBytes && e.cues[.action] + e.cues[.payment] + e.cues[.header] > 0
            && (e.cues[.action] + e.cues[.payment] > 0 || !Self.letterOpenings.occurs(in: sentence.lowered)) { return true }
        // A sentence to the reader that ends in a colon leads into the call ("… tout dépend de vous :").
        if e.secondPerson > 0, Self.endsWithColon(sentence.text[...]) { return true }
        guard e.cues[.action] > 0 else { return false }
        if e.secondPerson > 0 || (e.smallAmounts > 0 && e.cues[.payment] > 0) || e.length < Self.callLineBytes { return true }
        // The call may open the sentence or a clause after a colon, semicolon or dash ("… il nous
        // manque 4 000 euros : faites un don").
        return Self.clauses(of: sentence.text).contains(where: opensWithImperative)
    }

    /// Phrases that plead with the reader: the lexicon's ``AppealLexicon/pleas`` (voice phrases) and
    /// a few more ("we ask you", "nous comptons sur vous", "просим вас"); beside "you", the sentence asks.
    static let pleas = ByteNeedles((AppealLexicon.pleas + [
        "please don't", "we ask you", "we're asking", "we are asking", "count on you", "whitelist",
        "bloqueur de publicit", "zählen auf", "bitten sie", "comptons sur vous", "faisons appel", "vous demandons",
        "поддержите", "рассчитываем на вас", "просим вас",
    ]).map { Array($0.utf8) })

    /// Announcements of a favour to ask, in four languages ("we have a small favour to ask", "nous avons
    /// un petit service à vous demander", "wir haben eine kleine Bitte", "у нас есть небольшая просьба").
    static let favourAsks = ByteNeedles([
        "favour to ask", "favor to ask", "faveur à vous demander", "service à vous demander", "eine kleine bitte",
        "einen kleinen gefallen", "небольшая просьба",
    ].map { Array($0.utf8) })

    /// A letter's salutations and titles ("Dear Reader", "Chères lectrices, chers lecteurs,", "A note
    /// from the editor"): a header that opens a letter, whatever it goes on to say, and asks for nothing.
    static let letterOpenings = ByteNeedles([
        "dear ", "hi reader", "hello reader", "a message from", "a note from", "a note to", "a letter from", "message from the",
        "from the editor", "editor's note", "editors' note", "note to readers", "message to our readers", "lieber leser",
        "liebe leser", "in eigener sache", "chers lecteurs", "chères lectrices", "chère lectrice", "cher lecteur",
        "дорогие читател", "уважаемые читател", "дорогой читател",
    ].map { Array($0.utf8) })

    /// The pieces of a sentence after each colon, semicolon or spaced dash, the sentence's start first.
    static func clauses(of text: String) -> [Substring] {
        let scalars = text.unicodeScalars
        var pieces: [Substring] = []
        var start = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let spacedDash = (scalar == "\u{2013}" || scalar == "\u{2014}") && next < scalars.endIndex && scalars[next] == " "
            if scalar == ":" || scalar == ";" || spacedDash {
                pieces.append(text[start..<index])
                start = next
            }
            index = next
        }
        pieces.append(text[start...])
        return pieces
    }

    /// Whether the block's text (read from the `sentences` holding it) ends in a colon: it pointed
    /// at a button or form the scrape lost ("… tout dépend de vous :"), where line breaks were
    /// lost too, inside a sentence that runs on into the article.
    func endsWithColon(_ span: Span, in sentences: [TextLine]) -> Bool {
        guard let last = sentences.last(where: { $0.span.start < span.end }) else { return false }
        let scalars = last.text.unicodeScalars
        let end = scalars.index(scalars.startIndex, offsetBy: span.end - last.span.start, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return Self.endsWithColon(last.text[..<end])
    }

    /// Whether the last character of `text` that is not white space is a colon.
    static func endsWithColon(_ text: Substring) -> Bool {
        text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) == ":"
    }

    /// The share of a document's lines outside its cuts in the newsroom's "we" from which the
    /// whole document is the newsroom's letter (every block in it must ask). Chosen on every
    /// fixture set and the real probes: 0.5 and a third cut the same article text but for 45
    /// characters on unseen batch 34 (a third).
    static let letterVoiceShare = 1.0 / 3

    /// Lines shorter than this (UTF-8 bytes) with a call, payment word or header read as buttons or box titles.
    static let buttonBytes = 40
    /// Lines shorter than this (UTF-8 bytes) with a call ask ("Jetzt Mitglied werden und weiterlesen").
    static let callLineBytes = 60
    /// How many words at a sentence's start may hold the call of an imperative ("Become a member today").
    static let imperativeWords = 4
    /// Words that may stand before an imperative call ("Please consider …", "Jetzt unterstützen").
    static let politeOpenings: Set<String> = ["please", "so", "now", "today", "bitte", "jetzt", "alors", "пожалуйста", "сейчас"]
    /// Reminders that may stand before an imperative call, lowered, word by word ("Don't forget to
    /// follow <outlet> on Twitter", "N'oubliez pas de suivre …", "Не забудьте подписаться …"), and a
    /// link's lead-in ("Click here to sign up for …"); the
    /// call must still follow them ("Don't forget to bring your ticket" calls for nothing). German
    /// puts the verb last ("Vergessen Sie nicht, uns zu folgen") and is not read this way.
    static let reminderFrames: [[String]] = [
        ["don't", "forget", "to"], ["do", "not", "forget", "to"], ["be", "sure", "to"], ["make", "sure", "to"],
        ["remember", "to"], ["n'oubliez", "pas", "de"], ["pensez", "à"],
        // A link's lead-in before the call ("Click HERE to sign up for the site's free afternoon email newsletter").
        ["click", "here", "to"], ["tap", "here", "to"],
        ["не", "забудьте"], ["не", "забывайте"], ["не", "забувайте"],
    ]

    /// Whether a call phrase starts the clause (after a polite opening word): a phrase found in
    /// its first `k` words that is not found in words 2 to `k` begins at the first word. So
    /// "Donate today …" and "Become a member …" open with a call, "Readers who support us …" does not.
    func opensWithImperative(_ clause: Substring) -> Bool {
        // Bullets, arrows and emoji before the call ("👉 Rejoignez …") are no words.
        var words = clause.split(whereSeparator: \.isWhitespace)
            .drop { !$0.unicodeScalars.contains(where: \.properties.isAlphabetic) }
            .prefix(Self.longestReminderFrame + Self.imperativeWords + 1).map(String.init)
        // A reminder before the call is read past ("Don't forget to follow …"), as ``callStart(in:)`` reads it.
        let opening = TextNormalizer.normalized(words.prefix(Self.longestReminderFrame).joined(separator: " ") + " ")
        if let frame = Self.reminderFrame(in: opening, at: 0) {
            words.removeFirst(frame.words)
        }
        words = Array(words.prefix(Self.imperativeWords + 1))
        if let first = words.first, Self.politeOpenings.contains(first.lowercased().trimmingCharacters(in: .punctuationCharacters)) {
            words.removeFirst()
        }
        guard !words.isEmpty else { return false }
        func hasCall(_ piece: ArraySlice<String>) -> Bool {
            guard let line = TextLine.lines(of: piece.joined(separator: " ")).first else { return false }
            return lineEvidence(line).cues[.action] > 0
        }
        for k in 1...min(Self.imperativeWords, words.count) where hasCall(words[0..<k]) {
            return k == 1 || !hasCall(words[1..<k])
        }
        return false
    }
}
