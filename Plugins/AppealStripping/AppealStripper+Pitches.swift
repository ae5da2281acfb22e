import PipelineKit

/// Short boxes that carry too little evidence for a block of their own but have a shape no article
/// has: one-line pitches at the top, a newsletter's sign-up box, a fund drive's goal line, the note
/// naming the newsletter or member edition the reader is reading. The boxes are judged as
/// lines and, where line breaks were lost, as pieces of the text's one line.
extension AppealStripper {
    /// How many lines at the top of a document may hold a one-line pitch.
    static let pitchLines = 3

    /// One-line pitches among the first lines of a document of several lines ("Support the Harbour
    /// Gazette!", "Help support ValleyNews", "Know your town: Sign up for the free Gazette
    /// Morning newsletter"): a short line opening with a call verb (after a slogan and its colon) that
    /// either calls to act on the medium by a word naming it (a journalism or news word, "site",
    /// "our"/"us", a payment word or a subscription verb: "member" alone is also a council's), or
    /// names only a proper name the rest of the text never mentions (the outlet, not the article's
    /// subject). A headline opening with a verb ("Support grows for the stadium plan") has lower-case
    /// words after it, and "Become a member of the council" calls to join the body the article is about.
    func topPitches(in units: [TextLine], evidence: [LineEvidence], text: String) -> [Int] {
        let content = units.indices.filter { !units[$0].isBlank }
        guard content.count >= 3 else { return [] }
        return content.prefix(Self.pitchLines).enumerated().filter { k, u in
            isTopPitch(units[u], evidence[u], text: text, beforeLede: Self.isLede(content.dropFirst(k + 1).first.map { units[$0] }))
                || isSloganAndPitch(units[u], evidence[u], text: text)
        }.map(\.element)
    }

    /// A line right above a lede is a headline: a call for a name there ("Donate Blood", "Give Thanks")
    /// is the story's title, while a pitch above the headline stands over another short line (a
    /// headline of up to 16 words has no full stop). A lede has at least this many words ...
    static let ledeWords = 20
    /// ... or this many and a full stop at its end.
    static let shortLedeWords = 10

    /// Whether a line (the next content line, if any) is a lede: at least ``ledeWords`` words, or
    /// ``shortLedeWords`` and a full stop at its end.
    static func isLede(_ line: TextLine?) -> Bool {
        guard let line else { return false }
        return line.wordCount >= ledeWords || (line.wordCount >= shortLedeWords && line.endsWithPeriod)
    }

    /// A slogan has at most this many words ...
    static let sloganWords = 6
    /// ... or this many before a call for a name the text never repeats.
    static let namedPitchSloganWords = 10

    /// A slogan's fragment printed on its own line above a top pitch has at most this many words
    /// ("Свобода слова." / "Дорого.").
    static let sloganFragmentWords = 3

    /// One-line pitches among the first lines of a document read on its lines before merging (a
    /// menu's short lines merge into one unit), with the slogan around them: fragments of at most
    /// ``sloganFragmentWords`` words, each a sentence, from the document's first line down to the
    /// pitch ("Свобода слова." / "Дорого." / "Поддержи <outlet>."), and one short statement about
    /// the medium right after it ("Support your local newsroom." / "Today more than ever, town news
    /// counts."): a statement of at most ``sloganWords`` + 2 words with a word naming the medium,
    /// no reporting or quotation. A headline after a pitch has no full stop; a lede is longer.
    func topSloganPitchLines(in lines: [TextLine], text: String) -> [Int] {
        // (Only the first content lines are read: the pitch, the line after it and one more.)
        let content = Array(lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(Self.pitchLines + 2))
        guard content.count >= 4 else { return [] }
        for (k, u) in content.prefix(Self.pitchLines).enumerated() where lines[u].opensWithCall {
            guard isTopPitch(lines[u], lineEvidence(lines[u]), text: text, beforeLede: Self.isLede(lines[content[k + 1]])) else { continue }
            guard content[..<k].allSatisfy({ Self.isSloganFragment(lines[$0]) }) else { return [] }
            var last = k
            let next = lines[content[k + 1]], e = lineEvidence(next)
            if next.endsSentence, next.wordCount <= Self.sloganWords + 2, e.cues[.newsroom] > 0, !e.isReporting, !e.hasQuote,
               e.namesNoOtherParty {
                last = k + 1
            }
            return Array(content[...last])
        }
        return []
    }

    /// Whether a line is a slogan's fragment: a sentence of at most ``sloganFragmentWords`` words
    /// without digits or quotation marks.
    static func isSloganFragment(_ line: TextLine) -> Bool {
        line.wordCount <= sloganFragmentWords && line.endsSentence && !line.lowered.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
            && !line.lowered.contains(0x22)
    }

    /// Whether a line is a short slogan to the reader or about the medium and a one-line pitch
    /// after it ("Independent media needs you. Join the Harbour Desk."): two sentences, the first
    /// of at most ``sloganWords`` words with "you", "we" or a word naming the medium and no
    /// reporting or quotation, the second a pitch (see ``isTopPitch(_:_:text:)``); or any slogan of
    /// at most ``namedPitchSloganWords`` words before a call for a name the text never repeats
    /// (``callsForName(_:in:)``: "La curiosité ne fait jamais de pause en été ! Abonnez-vous à <outlet> !").
    func isSloganAndPitch(_ line: TextLine, _ e: LineEvidence, text: String) -> Bool {
        // (A call verb right after a sentence's end first: most top lines are headlines without one.)
        let bytes = line.lowered
        guard e.length < 120, !e.hasQuote, !e.isReporting,
              bytes.indices.dropLast(2).contains(where: { (bytes[$0] == 0x2E || bytes[$0] == 0x21) && bytes[$0 + 1] == 0x20
                                                          && LineEvidence.opensWithCallVerb(bytes, at: $0 + 2) }),
              case let sentences = line.sentences(), sentences.count == 2 else { return false }
        let slogan = lineEvidence(sentences[0])
        guard slogan.namesNoOtherParty else { return false }
        // A call for a name the text never repeats is the outlet's pitch whatever its slogan says.
        if sentences[0].wordCount <= Self.namedPitchSloganWords, Self.callsForName(sentences[1].text, in: text) { return true }
        guard sentences[0].wordCount <= Self.sloganWords, slogan.speaksToReader || slogan.cues[.newsroom] > 0 else { return false }
        return isTopPitch(sentences[1], lineEvidence(sentences[1]), text: text)
    }

    /// Whether one line (or piece of a run-together text) among the first is a one-line pitch
    /// (see ``topPitches(in:evidence:text:)``); `beforeLede`: the next line is a lede (``isLede(_:)``),
    /// so a call for a name is the story's headline.
    func isTopPitch(_ line: TextLine, _ e: LineEvidence, text: String, beforeLede: Bool = false) -> Bool {
        guard e.length < 120, !e.isReporting, e.largeAmounts == 0, e.namesNoOtherParty else { return false }
        // Quotation marks may only set off the outlet's name after the call ("Поддержи «Вестник»").
        if e.hasQuote || e.isQuotation { return !beforeLede && Self.callsForName(line.text, in: text) }
        let bytes = line.lowered
        var start = 0
        if let colon = bytes.prefix(40).firstIndex(of: 0x3A), colon + 1 < bytes.count, bytes[colon + 1] == 0x20,
           bytes[..<colon].reduce(0, { $0 + ($1 == 0x20 ? 1 : 0) }) <= 2 {
            start = colon + 2
        }
        start = TextNormalizer.wordStart(in: bytes, from: start)
        guard LineEvidence.opensWithCallVerb(bytes, at: start) else { return false }
        if start == 0, e.cues[.action] > 0, e.cues[.newsroom] > 0, line.wordCount <= 14,
           e.firstPlural > 0 || e.cues[.payment] > 0 || Self.callMediumWords.occurs(in: bytes)
            || Self.subscriptionCalls.contains(TextNormalizer.word(in: bytes, at: start)) { return true }
        // After a slogan and its colon, a call offering something free names the medium's product
        // ("Beat the spin: Get the free Ledger Morning email …").
        if start > 0, e.cues[.newsroom] > 0,
           e.cues[.action] > 0 || Self.freeOfferWords.occurs(in: bytes) { return true }
        // Above a lede the call for a name is the story's headline.
        return !beforeLede && Self.callsForName(line.text, in: text)
    }

    /// Words offering something for free ("the free …", "kostenlos", "gratuit", "бесплатн…").
    static let freeOfferWords = ByteNeedles([
        "the free ", "our free ", "kostenlos", "gratuit", "бесплатн",
    ].map { Array($0.utf8) })

    /// Words naming a fund drive's goal on its own line ("Goal: $80k", "Ziel: 10.000 €").
    static let goalWords: [[UInt8]] = [
        "goal", "target", "ziel", "spendenziel", "objectif", "цель",
    ].map { Array($0.utf8) }

    /// Whether a line is a fund drive's goal and nothing else: a goal word, its colon and one sum,
    /// in under 32 bytes ("Goal: $80k", "Objectif : 12 000 €").
    static func isFundGoal(_ line: TextLine, _ e: LineEvidence) -> Bool {
        guard e.length < 32, e.smallAmounts + e.largeAmounts == 1, !e.isReporting else { return false }
        let bytes = line.lowered
        return goalWords.contains { word in
            guard bytes.starts(with: word) else { return false }
            var i = word.count
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            return i < bytes.count && bytes[i] == 0x3A
        }
    }

    /// The fund-goal line of a donation box and its title ("Back reporting that finds a way through
    /// the crisis" / "Goal: $80k"): the goal line goes with the line above it when that line is cut
    /// already (`covered`) or is a title opening with a call verb (no full stop, at most 14 words,
    /// no reporting, quotation or third parties). Articles name a goal inside a sentence.
    func fundGoalLines(in lines: [TextLine], evidence: [LineEvidence], covered: (Int) -> Bool) -> [Int] {
        let content = lines.indices.filter { !lines[$0].isBlank }
        return zip(content, content.dropFirst()).flatMap { title, goal -> [Int] in
            guard Self.isFundGoal(lines[goal], evidence[goal]), !covered(goal) else { return [] }
            if covered(title) { return [goal] }
            let e = evidence[title]
            guard lines[title].opensWithCall, !lines[title].endsSentence, lines[title].wordCount <= 14,
                  !e.isReporting, !e.isQuotation, !e.hasQuote, e.namesNoOtherParty
            else { return [] }
            return [title, goal]
        }
    }

    /// Openings of a newsletter's delivery schedule ("Montags bis freitags um 18 Uhr", "Every
    /// weekday at 7 a.m.", "Du lundi au vendredi à 18 h", "По будням в 18:00").
    static let scheduleOpenings: [[UInt8]] = [
        "montags bis freitags", "werktäglich", "werktags", "täglich um", "jeden morgen", "jeden abend",
        "every weekday", "weekdays at", "every morning", "every evening", "daily at", "monday to friday",
        "du lundi au vendredi", "chaque matin", "chaque soir", "tous les jours à",
        "по будням", "каждое утро", "каждый вечер", "ежедневно в",
    ].map { Array($0.utf8) }

    /// Words of a schedule's time or edition ("18 Uhr", "7 a.m.", "Sonntagsausgabe", "édition").
    static let scheduleTimes = ByteNeedles([
        " uhr", " h ", " h,", " h.", "a.m.", "p.m.", "ausgabe", "edition", "édition", "выпуск",
    ].map { Array($0.utf8) })

    /// Whether a line is a newsletter's delivery schedule: it opens with a schedule
    /// (``scheduleOpenings``), names a time or an edition, ends with a full stop in under 100 bytes.
    func isSchedule(_ line: TextLine, _ e: LineEvidence) -> Bool {
        e.length < 100 && line.endsWithPeriod && !e.isReporting && !e.hasQuote
            && Self.scheduleOpenings.contains { line.lowered.starts(with: $0) }
            && Self.scheduleTimes.occurs(in: line.lowered)
    }

    /// Whether three lines open the document as a newsletter's sign-up box ("FAKTOR Abendlage" /
    /// "Eigene Recherchen, kluge Einordnung und neue Denkanstöße." / "Montags bis freitags um 18 Uhr,
    /// dazu eine Sonntagsausgabe."): a title of at most three words without punctuation, a blurb
    /// of at most twelve words naming the medium's work in a list (a comma, a full stop, no
    /// reporting, quotation or third parties), and the letter's delivery schedule. An article
    /// opens with a headline and a lede, not with a schedule.
    func isNewsletterBox(title: TextLine, blurb: TextLine, schedule: TextLine) -> Bool {
        guard Self.scheduleOpenings.contains(where: { schedule.lowered.starts(with: $0) }), title.wordCount <= 3 else { return false }
        let b = lineEvidence(blurb)
        let t = lineEvidence(title)
        return !title.endsSentence && !t.isReporting && !t.hasQuote
            && blurb.wordCount <= 12 && blurb.endsWithPeriod && blurb.lowered.contains(0x2C) && b.cues[.newsroom] > 0
            && !b.isReporting && !b.hasQuote && b.namesNoOtherParty
            && isSchedule(schedule, lineEvidence(schedule))
    }

    /// The first three lines when they are a newsletter's sign-up box (see
    /// ``isNewsletterBox(title:blurb:schedule:)``).
    func newsletterBoxLines(in units: [TextLine]) -> [Int] {
        let content = units.indices.filter { !units[$0].isBlank }
        guard content.count >= 4, isNewsletterBox(title: units[content[0]], blurb: units[content[1]], schedule: units[content[2]])
        else { return [] }
        return Array(content.prefix(3))
    }

    /// The span of such a box opening a text whose line breaks were lost ("FAKTOR Abendlage  Eigene
    /// Recherchen, … Denkanstöße. Montags bis freitags um 18 Uhr, … Sonntagsausgabe.  Recherchen …"):
    /// the first paragraph is the title, the second the blurb and the schedule.
    /// (`paragraphs`: the unit's ``TextLine/paragraphs(upTo:)``.)
    func runTogetherNewsletterBox(in unit: TextLine, paragraphs: [TextLine]) -> Span? {
        guard paragraphs.count >= 3, case let sentences = paragraphs[1].sentences(), sentences.count == 2,
              isNewsletterBox(title: paragraphs[0], blurb: sentences[0], schedule: sentences[1]) else { return nil }
        return Span(start: unit.span.start, end: paragraphs[2].span.start)
    }

    /// Words of a newsletter's delivery ("in your inbox", "in Ihr Postfach", "dans votre boîte", "на почту").
    static let deliveryWords = ByteNeedles([
        "inbox", "mailbox", "postfach", "boîte mail", "boîte e-mail", "votre boîte", "на почту", "в почту", "почтовый ящик",
    ].map { Array($0.utf8) })

    /// A sign-up widget broken over lines has at most this many fragments under its call.
    static let widgetFragments = 3

    /// The lines of newsletter sign-up widgets broken over lines ("Subscribe to Harbour Daily" /
    /// "Top News" / "in Your Mailbox"): a call of at most six words without a full stop, then up
    /// to ``widgetFragments`` fragments of at most four words without punctuation, the last naming
    /// where the letter is delivered (``deliveryWords``). A headline opening with a call verb is
    /// followed by a sentence, not by such fragments.
    /// (`lines`: the document's lines before merging, where the widget's short lines are still apart.)
    func brokenSignUpLines(in lines: [TextLine]) -> [Int] {
        let content = lines.indices.filter { !lines[$0].isBlank }
        var found: [Int] = []
        for (k, u) in content.enumerated() where lines[u].trimmedByteCount < 80 && !lines[u].endsSentence && lines[u].wordCount <= 6
            && lines[u].opensWithCall
            && !lines[u].lowered.contains(0x22)
            && !lineEvidence(lines[u]).isReporting {
            var end = k + 1
            while end < content.count, end - k <= Self.widgetFragments, case let line = lines[content[end]],
                  line.wordCount <= 4, !line.endsSentence, !line.lowered.contains(0x22) {
                if Self.deliveryWords.occurs(in: line.lowered) {
                    // A call right after another call's start is already listed with it.
                    found += content[k...end].filter { $0 > (found.last ?? -1) }
                    break
                }
                end += 1
            }
        }
        return found
    }

    /// Words of what the medium costs and who pays for it ("gratuit", "argent", "dons", "Geld", "деньги").
    static let fundingWords = ByteNeedles([
        "gratuit", "argent", "euros", "dons ", "soutien", "financ", "free to read", "money", "donation", "funding",
        "kostenlos", "geld", "spenden", "finanzier", "бесплатн", "деньг", "пожертвован", "финансир",
    ].map { Array($0.utf8) })

    /// Words of thanks closing an appeal ("Un immense merci pour votre aide !", "Thank you for your support!").
    static let thanksWords = ByteNeedles([
        "thank you", "thanks", "merci", "danke", "vielen dank", "спасибо", "благодарим",
    ].map { Array($0.utf8) })

    /// Whether the document's first line is an appeal paragraph whose button was lost: several
    /// sentences in the newsroom's "we" to the reader's "you" about the medium and what it costs or
    /// who pays for it (``fundingWords``, a price or a payment word), ending with a colon
    /// that pointed at the button ("… tout repose sur vous :") or with thanks ("Un immense merci
    /// pour votre aide !"), without reporting, quotation or third parties (a large sum only beside
    /// the thanks: the drive's goal). An article's first line is its headline or a lede about others.
    /// (`lines`: the document's lines before merging; a line ending with a colon merges with the next.)
    func topAppealParagraph(in lines: [TextLine]) -> Int? {
        let content = lines.indices.filter { !lines[$0].isBlank }
        guard content.count >= 2, isAppealParagraph(lines[content[0]]) else { return nil }
        return content[0]
    }

    /// Whether a line is such a paragraph (see ``topAppealParagraph(in:)``).
    func isAppealParagraph(_ line: TextLine) -> Bool {
        guard line.endsWithColon || line.endsWithExclamation else { return false }
        let e = lineEvidence(line)
        guard e.length < 700, line.sentences().count >= 2, e.firstPlural > 0, e.secondPerson > 0, e.cues[.newsroom] > 0,
              !e.isReporting, !e.isQuotation, !e.hasQuote, e.namesNoOtherParty,
              e.cues[.payment] + e.smallAmounts + e.largeAmounts > 0 || Self.fundingWords.occurs(in: line.lowered)
        else { return false }
        if line.endsWithColon { return e.largeAmounts == 0 }
        guard line.endsWithExclamation, let last = line.sentences().last else { return false }
        return Self.thanksWords.occurs(in: last.lowered)
    }

    /// How many sentences the opening appeal paragraph of a run-together text may have.
    static let openingParagraphSentences = 6

    /// The span of such a paragraph opening a text whose line breaks were lost: the text's first
    /// sentences, the first of them in "we" or to "you" with no headline glued on, up to one ending with thanks, or up to a colon followed by a capital (the article's
    /// next sentence glued on: "… tout repose sur vous : Ce samedi …").
    func runTogetherTopAppealParagraph(in unit: TextLine) -> Span? {
        let sentences = unit.sentences()
        // The paragraph opens the text in the newsroom's voice or to the reader, with no headline glued on.
        guard sentences.count >= 3, case let first = lineEvidence(sentences[0]),
              first.firstPlural + first.secondPerson > 0, headlineJunction(in: sentences[0], keeping: .before) == nil,
              headlineJunction(in: sentences[0], keeping: .after) == nil else { return nil }
        for last in 1..<min(sentences.count - 1, Self.openingParagraphSentences) {
            var ends = [sentences[last].span.end]
            // A colon and a space before a capital inside the sentence ends the paragraph there.
            let scalars = Array(sentences[last].text.unicodeScalars)
            if let k = scalars.indices.dropLast(2).first(where: { scalars[$0] == ":" && scalars[$0 + 1] == " "
                                                                  && scalars[$0 + 2].properties.isUppercase }) {
                ends.insert(sentences[last].span.start + k + 1, at: 0)
            }
            for end in ends {
                guard let (head, tail) = unit.split(at: end - unit.span.start), isAppealParagraph(head) else { continue }
                return Span(start: unit.span.start, end: tail.span.start)
            }
        }
        return nil
    }

    /// How many lines at the top or the end of a document may hold the note that the reader is
    /// reading a newsletter or member edition.
    static let frameLines = 3

    /// Openings by which a page tells the reader what they are reading ("You're reading …",
    /// "Sie lesen …", "Vous lisez …", "Вы читаете …").
    static let readingFrames: [[UInt8]] = [
        "you're reading ", "you are reading ", "sie lesen ", "vous lisez ", "вы читаете ",
    ].map { Array($0.utf8) }

    /// Lines among the first or last ``frameLines`` that tell the reader which newsletter or
    /// member product they are reading and how to get it ("You're reading The Parapet. For the
    /// Sunday letter …, become a member here.", "Sie lesen Stadt.früh, den Morgen-Newsletter der
    /// Redaktion. Hier geht es zur Anmeldung:"): the line opens with a reading frame followed by
    /// a capitalised name (or a determiner and one), names the medium and calls to act or names a
    /// newsletter, without quotation, reporting, third parties or large sums. An article saying
    /// "You are reading this because …" names nothing after the frame.
    func readingFrameLines(in units: [TextLine], evidence: [LineEvidence]) -> [Int] {
        let content = units.indices.filter { !units[$0].isBlank }
        guard content.count >= 3 else { return [] }
        let candidates = Set(content.prefix(Self.frameLines)).union(content.suffix(Self.frameLines))
        return candidates.sorted().filter { isReadingFrame(units[$0], evidence[$0]) }
    }

    /// Whether one line (or paragraph of a run-together text) is such a note (see
    /// ``readingFrameLines(in:evidence:)``).
    func isReadingFrame(_ line: TextLine, _ e: LineEvidence) -> Bool {
        guard e.length < 400, !e.hasQuote, !e.isQuotation, !e.isReporting, e.largeAmounts == 0,
              e.namesNoOtherParty, e.cues[.newsroom] > 0 else { return false }
        let bytes = line.lowered
        let start = TextNormalizer.wordStart(in: bytes)
        guard let frame = Self.readingFrames.first(where: { bytes[start...].starts(with: $0) }) else { return false }
        // The name: one of the two words after the frame opens with a capital ("den FALTER.morgen").
        let original = line.text.unicodeScalars.drop { $0.properties.isWhitespace }
            .dropFirst(String(decoding: frame, as: UTF8.self).unicodeScalars.count)
        guard String(String.UnicodeScalarView(original)).split(separator: " ").prefix(2)
                .contains(where: { $0.unicodeScalars.first?.properties.isUppercase == true }) else { return false }
        return e.cues[.action] > 0 || Self.newsletterWords.occurs(in: bytes)
    }

    /// The spans of such notes among the first or last ``frameLines`` paragraphs of a text whose
    /// line breaks were lost (paragraphs end where a blank line was: two spaces). A span runs to
    /// the next paragraph, or from the previous one at the end, so no gap is left.
    /// (`paragraphs`: the unit's ``TextLine/paragraphs(upTo:)``, `evidence` theirs.)
    func runTogetherReadingFrames(in unit: TextLine, paragraphs: [TextLine], evidence: [LineEvidence]) -> [Span] {
        guard paragraphs.count >= 3 else { return [] }
        let candidates = Set(paragraphs.indices.prefix(Self.frameLines)).union(paragraphs.indices.suffix(Self.frameLines))
        return candidates.sorted().filter { isReadingFrame(paragraphs[$0], evidence[$0]) }.map { k in
            k + 1 < paragraphs.count
                ? Span(start: k == 0 ? unit.span.start : paragraphs[k].span.start, end: paragraphs[k + 1].span.start)
                : Span(start: paragraphs[k - 1].span.end, end: unit.span.end)
        }
    }

    /// The spans of fund-goal boxes (see ``fundGoalLines(in:evidence:covered:)``) among the
    /// paragraphs of a text whose line breaks were lost: each runs from the title to the next paragraph.
    /// (`paragraphs`: the unit's ``TextLine/paragraphs(upTo:)``, `evidence` theirs.)
    func runTogetherFundGoals(in unit: TextLine, paragraphs: [TextLine], evidence: [LineEvidence]) -> [Span] {
        guard paragraphs.count >= 3 else { return [] }
        return fundGoalLines(in: paragraphs, evidence: evidence, covered: { _ in false })
            .filter { $0 + 1 < paragraphs.count && Self.isFundGoal(paragraphs[$0 + 1], evidence[$0 + 1]) }
            .map { k in
                Span(start: k == 0 ? unit.span.start : paragraphs[k].span.start,
                     end: k + 2 < paragraphs.count ? paragraphs[k + 2].span.start : unit.span.end)
            }
    }

    /// A support link's label has at most this many words.
    static let linkLabelWords = 4

    /// The spans of support links among the paragraphs of a text whose line breaks were lost
    /// ("Помочь редакции: https://… Download Telegram …", "Support us: https://…"): a paragraph
    /// opening with a label of at most ``linkLabelWords`` words that calls to support the newsroom
    /// or "us", its colon and a web address. The span ends with the address: the chrome glued after
    /// it stays. A link to someone else's fund ("Donate: https://…") names neither.
    func runTogetherSupportLinks(in paragraphs: [TextLine]) -> [Span] {
        guard paragraphs.count >= 3 else { return [] }
        return paragraphs.compactMap { paragraph in
            let bytes = paragraph.lowered
            guard let colon = bytes.prefix(64).firstIndex(of: 0x3A), colon + 2 < bytes.count, bytes[colon + 1] == 0x20 else { return nil }
            let label = String(decoding: bytes[..<colon], as: UTF8.self)
            let address = bytes[(colon + 2)...]
            guard address.starts(with: Self.httpBytes) || address.starts(with: Self.wwwBytes),
                  label.split(separator: " ").count <= Self.linkLabelWords, supportLabelEvidence(label) != nil else { return nil }
            // The address ends at the next space; count its code points from the paragraph's start.
            let end = address.firstIndex(of: 0x20) ?? bytes.count
            let points = TextNormalizer.pointCount(bytes[..<end])
            return Span(start: paragraph.span.start, end: paragraph.span.start + points)
        }
    }

    /// Openings of a one-line sign-up to a named newsletter or site ("Sign up to The Harbour Desk").
    static let signUpOpenings: [[String]] = [["sign", "up", "to"], ["sign", "up", "for"], ["subscribe", "to"]]
    private static let signUpStart = Array("sign up ".utf8)
    private static let subscribeStart = Array("subscribe to ".utf8)

    /// Whether a line is a bare sign-up to a name: a sign-up opening (``signUpOpenings``) and one to
    /// four capitalised words, nothing else but an exclamation mark ("Sign up to The Quayside!"); a subhead in Title Case
    /// ("Sign Up For The Marathon") or naming no title ("Sign up for swimming lessons") stays.
    static func isSignUpToName(_ line: TextLine) -> Bool {
        if isRussianSignUpToName(line) { return true }
        guard line.lowered.starts(with: signUpStart) || line.lowered.starts(with: subscribeStart),
              line.wordCount <= 7, !line.endsSentence || line.endsWithExclamation else { return false }
        var words = line.text.split(separator: " ")
        if line.endsWithExclamation, let last = words.popLast() { words.append(last.dropLast()) }
        // The opening's words after the first as written in lower case: a Title Case subhead
        // ("Sign Up For The Marathon") capitalises them too.
        guard let opening = signUpOpenings.first(where: { o in
            words.count > o.count && zip(o, words).allSatisfy { $0 == $1.lowercased() }
                && words[1..<o.count].allSatisfy { String($0) == $0.lowercased() }
        }) else { return false }
        return words.count - opening.count <= 4
            && words[opening.count...].allSatisfy { $0.unicodeScalars.first?.properties.isUppercase == true }
    }

    /// Russian calls to subscribe to a name ("Подписывайся на …", "Подпишитесь на …"), lowered.
    static let russianSignUps: [[UInt8]] = ["подписывайся на ", "подписывайтесь на ", "подпишитесь на ", "подпишись на "]
        .map { Array($0.utf8) }

    /// Whether a line is a Russian call to subscribe to a name and nothing else ("❤ Подписывайся на
    /// <Outlet>", "Подпишитесь на «<Outlet>»!"): emoji before it skipped, then one to four words,
    /// each capitalised or opening a quotation, and no full stop. A report ("Подпишитесь на
    /// рассылку мэрии, призвал мэр") goes on in lower case.
    static func isRussianSignUpToName(_ line: TextLine) -> Bool {
        let bytes = line.lowered
        // (Cyrillic "п" is D0 BF: most lines are passed over on a byte.)
        guard bytes.count < 120, bytes.contains(0xBF) else { return false }
        // Emoji and bullets before the call ("❤ Подписывайся …") are no words.
        let start = TextNormalizer.letterStart(in: bytes)
        guard russianSignUps.contains(where: { bytes[start...].starts(with: $0) }), !line.endsWithPeriod else { return false }
        // (The call is two words: the verb and "на".)
        let words = line.text.split(whereSeparator: \.isWhitespace).drop { !$0.contains(where: \.isLetter) }.dropFirst(2)
        guard (1...4).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.unicodeScalars.first else { return false }
            return first.properties.isUppercase || openingQuotes.contains(first)
        }
    }

    /// The spans of bare sign-up lines among the paragraphs of a text whose line breaks were lost
    /// ("… hardly get heard.  Sign up to The Quayside  This has several causes."), each up to the next paragraph.
    func runTogetherSignUps(in paragraphs: [TextLine]) -> [Span] {
        guard paragraphs.count >= 3 else { return [] }
        return paragraphs.indices.dropFirst().dropLast().filter { Self.isSignUpToName(paragraphs[$0]) }
            .map { Span(start: paragraphs[$0].span.start, end: paragraphs[$0 + 1].span.start) }
    }

    /// Words naming a newsletter ("newsletter", "lettre d'info", "рассылк…").
    static let newsletterWords = ByteNeedles([
        "newsletter", "lettre d'info", "рассылк",
    ].map { Array($0.utf8) })

    /// The span of a one-line pitch among the first pieces of a text whose line breaks were lost
    /// ("Support The Harbour Gazette!  Ferry terminal to close …", "Local news for the valley  Help
    /// Support ValleyNews  Ferry terminal …"): the text's first sentence is cut into pieces where a
    /// blank line was (two spaces), and each of the first ``pitchLines`` pieces is judged like a
    /// line at the top. The span runs to the next piece, so the spaces after the pitch go too.
    func runTogetherTopPitch(in unit: TextLine, text: String) -> Span? {
        leadingPieceSpan(in: unit, among: Self.pitchLines) { isTopPitch($0, lineEvidence($0), text: text) }
    }

    /// The span of the first piece that `matches` among the first `limit` pieces of a text whose
    /// line breaks were lost: its first sentence is cut into pieces where a blank line was (two
    /// spaces). The span runs to the next piece (or the second sentence), so the spaces after it go
    /// too, and from the unit's start for the first piece. `wholeSentence`: whether a first sentence
    /// of one piece may match.
    func leadingPieceSpan(in unit: TextLine, among limit: Int, wholeSentence: Bool = true,
                          where matches: (TextLine) -> Bool) -> Span? {
        let sentences = unit.sentences()
        guard sentences.count >= 2 else { return nil }
        let pieces = sentences[0].paragraphs(upTo: limit + 1)
        guard wholeSentence || pieces.count >= 2 else { return nil }
        for (k, piece) in pieces.prefix(limit).enumerated() where matches(piece) {
            let end = k + 1 < pieces.count ? pieces[k + 1].span.start : sentences[1].span.start
            return Span(start: k == 0 ? unit.span.start : piece.span.start, end: end)
        }
        return nil
    }

    /// `text` with the code points inside `spans` replaced by spaces (offsets keep their meaning): the
    /// text outside the appeals already cut, where a pitch's name may not appear again.
    static func blanking(_ spans: [Span], in text: String) -> String {
        // One pass: the spans sorted by start, the next one to reach read as the text goes by.
        let sorted = spans.sorted { $0.start < $1.start }
        var next = 0, blankUntil = 0
        var view = String.UnicodeScalarView()
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            while next < sorted.count, sorted[next].start <= offset {
                blankUntil = max(blankUntil, sorted[next].end)
                next += 1
            }
            view.append(offset < blankUntil ? " " : scalar)
        }
        return String(view)
    }

    /// Prepositions (or the article) between a call and the name it calls for ("to", "the", "für", "à", "на").
    static let namePrepositions: Set<String> = ["to", "for", "the", "für", "an", "à", "на"]

    /// Opening quotation marks that may stand before a name.
    static let openingQuotes: Set<Unicode.Scalar> = ["\u{AB}", "\u{201E}", "\u{201C}", "\"", "'"]

    /// Whether a line is call verbs (and one preposition) followed only by a capitalised name of at most four words
    /// ("Support The Harbour Gazette!", "Поддержи «Вестник»"), and that name appears nowhere else in `text` but in a
    /// dateline's brackets ("(HG) — …").
    static func callsForName(_ line: String, in text: String) -> Bool {
        // (French spacing leaves a closing mark on its own: "Abonnez-vous à <outlet> !".)
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
        while let last = words.last, last.allSatisfy({ $0 == "!" || $0 == "." }) { words.removeLast() }
        var verbs = 0
        // A verb may carry its pronoun ("Abonnez-vous", "Rejoignez-nous").
        while verbs < words.count,
              Self.nameCallVerbs.contains(String(words[verbs].lowercased().split(separator: "-").first ?? "")) { verbs += 1 }
        // One preposition may join the call to the name ("Donate to RNS", "Join the Tyee", "Spenden für Harbour");
        // "Back to …" returns somewhere ("Back to School").
        if verbs > 0, verbs + 1 < words.count, Self.namePrepositions.contains(String(words[verbs])) {
            if words[verbs - 1].lowercased() == "back", words[verbs] == "to" { return false }
            verbs += 1
        }
        guard verbs > 0, verbs < words.count,
              !Self.headlineParticles.contains(words[verbs].lowercased()) else { return false }
        return isNameOnlyHere(words[verbs...], in: text)
    }

    /// The call verbs (of ``AppealLexicon/callVerbs``) that ask for an outlet by name: to support, give,
    /// join or subscribe. A headline's verbs ("Start Me Up", "Register Explains New Rates", "Try
    /// Again") name no outlet after them.
    static let nameCallVerbs: Set<String> = AppealLexicon.callVerbs.subtracting([
        "get", "go", "start", "try", "pick", "choose", "claim", "buy", "unlock", "renew", "upgrade", "register", "sign",
        "recevez", "je", "testen", "sichern", "hol", "holen", "registrieren", "faites", "essayez", "profitez", "participez",
        "inscrivez", "войдите", "зарегистрируйтесь", "сделайте", "сделать", "увійдіть", "зареєструйтеся", "зробіть",
    ])

    /// Words that make a call verb a headline's phrase, not a call for a name ("Help Out …", "Give Back", "Start Here").
    static let headlineParticles: Set<String> = [
        "me", "us", "it", "out", "up", "off", "down", "over", "back", "again", "here", "there", "away", "in", "on",
    ]

    /// Whether `words` are a capitalised name of at most four words (an opening quotation mark
    /// before it allowed) that appears nowhere else in `text` but in a dateline's brackets ("(HG) — …").
    static func isNameOnlyHere(_ words: ArraySlice<Substring>, in text: String) -> Bool {
        guard !words.isEmpty, words.count <= 4 else { return false }
        for word in words {
            // (An opening quotation mark before the name: "Поддержи «Вестник»".)
            guard let first = word.unicodeScalars.first(where: { !Self.openingQuotes.contains($0) }),
                  first.properties.isUppercase else { return false }
        }
        var name = Array(words.joined(separator: " ").utf8)
        while let last = name.last, last == 0x21 || last == 0x2E { name.removeLast() }
        guard name.count >= 3 else { return false }
        var occurrences = 0
        let bytes = Array(text.utf8)
        var i = 0
        while i + name.count <= bytes.count {
            // A dateline naming the outlet in brackets ("(RNS) — …") is the outlet's own mark, not the subject.
            if bytes[i] == name[0], bytes[i..<(i + name.count)].elementsEqual(name),
               !(i > 0 && bytes[i - 1] == 0x28 && i + name.count < bytes.count && bytes[i + name.count] == 0x29) {
                occurrences += 1
            }
            i += 1
        }
        return occurrences == 1
    }
}
