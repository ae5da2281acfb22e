import PipelineKit

/// Subscription and paywall prompts at a document's edges: the few short lines a scrape keeps where
/// the page cut the article off ("Les articles ABO sont réservés aux abonnés." / "S'abonnerSe
/// connecter", "Wollen Sie weiterlesen?" / "Pässe" / "ab" / "1,29 €") or put an offer above the
/// headline ("Become a Plus subscriber. 99 for 4 weeks."). Too short for a block of their own,
/// they have a shape an article's last or first lines do not: words of access (a subscription, a
/// log-in, an offer) beside an ask, a button or a question to the reader, with no reporting.
extension AppealStripper {
    /// How many content lines at the end of a document a prompt may span (its price fragments count).
    static let edgePromptLines = 6
    /// How many content lines at the top of a document a prompt may span.
    static let topPromptLines = 2
    /// A prompt's lines are shorter than this (UTF-8 bytes).
    static let promptLineBytes = 160
    /// A button's label is shorter than this (UTF-8 bytes); it opens with a log-in or subscription
    /// word, or with a call verb beside an access word ("Voir nos offres d'abonnement"), not a
    /// share button ("Email").
    static let promptButtonBytes = 40
    /// A price fragment of a broken offer ("ab", "1,29 €", "1 Tag/1 Woche") is shorter than this (UTF-8 bytes).
    static let promptFragmentBytes = 24

    /// Word stems of access to the medium: a subscription, a log-in or a membership.
    static let accessWords: [[UInt8]] = [
        "subscri", "log in", "login", "sign in", "member", "premium", "paywall",
        "abonn", " abo ", " abo-", " abos", "weiterlesen", "anmelden", "einloggen", "registrier", "mitglied",
        "s'identifier", "se connecter", "connectez", "membre",
        "подпис", "подпиш", "войти", "авториз", "зарегистр",
    ].map { Array($0.utf8) }

    /// Openings of a button that needs no call verb: a log-in or a subscription ("Se connecter",
    /// "Log in", "S'abonnerSe connecter", "Anmelden").
    static let buttonOpenings: [[UInt8]] = [
        "log in", "login", "sign in", "anmelden", "einloggen", "s'identifier", "se connecter", "s'abonn", "abonn", "войти",
        "подпис", "подпиш",
    ].map { Array($0.utf8) }

    /// A line that asks in a sentence (not as a button or question) is shorter than this (UTF-8
    /// bytes): a column's closing advice ("So buy a subscription to your local paper. …") runs longer.
    static let promptAskBytes = 80

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

    /// What a line at a document's edge is to a prompt. `imperativeOnly`: at the top, only a call
    /// that opens the line or a button asks (a headline may address the reader: "Why you should subscribe").
    func promptLine(_ line: TextLine, _ e: LineEvidence, imperativeOnly: Bool) -> PromptLine {
        guard e.length < Self.promptLineBytes, !e.isReporting, !e.isQuotation, !e.quotesSpeech, e.largeAmounts == 0,
              e.cues[.thirdParty] + e.cues[.beneficiary] == 0 else { return .other }
        let bytes = line.lowered
        let access = AppealBlockFinder.contains(any: Self.accessWords, in: bytes)
        let start = TextNormalizer.wordStart(in: bytes)
        let button = e.length < Self.promptButtonBytes && !line.endsSentence
            && (e.opensWithCall && access || Self.buttonOpenings.contains { bytes[start...].starts(with: $0) })
        let question = line.endsWithQuestion && access && (e.secondPerson > 0 || e.length < Self.promptButtonBytes)
        // A longer line of several sentences is a prompt when each of its sentences names access or
        // asks ("This content is only available to paid subscribers. Please log in or subscribe today!");
        // a column's closing advice has a sentence of its own argument ("… Journalism is not optional.").
        if e.length >= Self.promptAskBytes, case let sentences = line.sentences(), sentences.count >= 2 {
            var access = false, asking = false
            for sentence in sentences {
                guard case let .prompt(a, k) = promptLine(sentence, lineEvidence(sentence), imperativeOnly: imperativeOnly),
                      a || k else { return e.speaksToReader || line.endsWithColon ? .prompt(access: false, asks: false) : .other }
                access = access || a
                asking = asking || k
            }
            return .prompt(access: access, asks: asking)
        }
        let asking: Bool
        if button || question && !imperativeOnly {
            asking = true
        } else if e.length >= Self.promptAskBytes {
            asking = false
        } else if !access && !e.speaksToReader && e.smallAmounts == 0 {
            // A call about nothing of the medium's ("Share this:") asks for no subscription.
            asking = false
        } else if imperativeOnly {
            asking = e.opensWithCall || line.sentences().first.map { opensWithImperative($0.text[...]) } == true
        } else {
            asking = line.sentences().contains(where: asks)
        }
        // A line to the reader or in the newsroom's voice goes along ("… profitez de notre offre dès
        // maintenant."), and so does a lead-in ending in a colon ("Pour consulter cet article :").
        // A longer sentence naming subscribers to no one is the article's ("Les abonnés annuels gardent …").
        if asking || e.speaksToReader || line.endsWithColon { return .prompt(access: access, asks: asking) }
        if access { return e.length < Self.promptAskBytes ? .prompt(access: true, asks: false) : .other }
        if e.length < Self.promptFragmentBytes, line.wordCount <= 4, !line.endsSentence { return .fragment }
        return .other
    }

    /// The lines of subscription and paywall prompts at the end or the top of a document of
    /// several lines: a run of prompt lines (see ``promptLine(_:_:imperativeOnly:)``) from the last
    /// line back, at most ``edgePromptLines``, or from the first line on, at most
    /// ``topPromptLines``, that names access and asks. Fragments count only between prompt lines
    /// or after them at the end, so a price row stays with its prompt.
    func edgePromptLines(in units: [TextLine], evidence: [LineEvidence]) -> [Int] {
        let content = units.indices.filter { !units[$0].isBlank }
        guard content.count >= 3 else { return [] }
        func run(_ lines: some Sequence<Int>, limit: Int, imperativeOnly: Bool) -> [Int] {
            var taken: [Int] = [], access = false, asking = false, best: [Int] = []
            for u in lines.prefix(limit) {
                switch promptLine(units[u], evidence[u], imperativeOnly: imperativeOnly) {
                case .other: return best
                case .fragment:
                    // Short lines at the very end are a price row only with a figure in the last
                    // ("ab" / "1,29 €"); a letter's signature ("Jason Miller" / "Local Editor") is the article's.
                    if taken.isEmpty, !units[u].lowered.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return best }
                    taken.append(u)
                case let .prompt(a, k):
                    // A line with neither access nor an ask at the document's edge is the article's.
                    guard a || k || access || asking else { return best }
                    taken.append(u)
                    access = access || a
                    asking = asking || k
                    if access && asking && (a || k || units[u].endsWithColon) { best = taken }
                }
            }
            return best
        }
        let end = run(content.reversed(), limit: Self.edgePromptLines, imperativeOnly: false)
        // At the top the run ends with a prompt line: a fragment after it is the headline's start.
        let top = run(content, limit: Self.topPromptLines, imperativeOnly: true)
        // The whole document is never a prompt.
        guard end.count + top.count < content.count else { return [] }
        return top + end.reversed()
    }
}

