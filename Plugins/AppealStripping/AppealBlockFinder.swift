import PipelineKit

/// Finds appeal blocks among a document's lines.
///
/// 1. Every line is scored from its cues (``LineEvidence``).
/// 2. A *seed* is a line that scores at least ``seedScore`` and addresses the reader or speaks
///    as the newsroom, calls to act beside the newsroom's voice ("paid for by readers — chip in"),
///    or a short button-like line that is a call to action ("Donate now").
/// 3. A seed grows over neighbouring lines (blank lines are skipped) that carry appeal evidence
///    of their own, or that are short headers and sign-offs ("Dear readers,", "Thank you.").
///    Reporting lines ("said", "according to") stop the growth.
/// 4. A block is kept when its total score, with a bonus for standing at the end or the top of
///    the document, reaches the threshold. Kept blocks a line or two apart are joined when the
///    lines between them continue the appeal.
struct AppealBlockFinder: Sendable {
    /// Minimum total score of a block.
    var threshold: Double
    /// Minimum score of a seed line.
    var seedScore: Double = 3.0
    /// Lines shorter than this (UTF-8 bytes) count as short: headers, buttons, sign-offs.
    var shortLine = 90
    /// A cue-less closing line this long (UTF-8 bytes) or of five words or more is a headline, not a button.
    var closingButton = 45
    /// A full sentence naming the medium, but not as "we", leads in only up to this many words
    /// ("Quality news doesn't come cheap."; "Neighbours say the site would bring …" is the article).
    var leadInWords = 15
    /// A lead-in line speaking as "we" may be this long (in code points).
    var leadInWe = 160
    /// Two appeal blocks this many plain lines apart (or fewer) are one appeal ...
    var maxGapLines = 2
    /// ... or this many plain sentences apart in a paragraph ...
    var paragraphGapSentences = 3
    /// ... when those lines hold fewer UTF-8 bytes than this together.
    var maxGapBytes = 240

    /// The appeal blocks among `lines` (or sentences), skipping the indices in `excluded`.
    /// - Parameter absorbsNeighbours: whether one cue-less short line on each side joins a block
    ///   (right for lines; off for sentences inside a paragraph).
    /// - Parameter allowsWhole: whether a block may cover every line (the sentences of a line the
    ///   line-level pass already found to be an appeal among other lines).
    func blocks(in lines: [TextLine], evidence: [LineEvidence], excluding excluded: Set<Int> = [],
                absorbsNeighbours: Bool = true, allowsWhole: Bool = false) -> [AppealBlock] {
        let scores = evidence.map(\.score)
        let content = lines.indices.filter { !lines[$0].isBlank && !excluded.contains($0) }
        guard !content.isEmpty else { return [] }
        var inBlock = Set<Int>()
        // Lines of kept blocks (a rejected block's lines may still be a later block's box title).
        var kept = Set<Int>()
        var blocks: [AppealBlock] = []
        for (position, index) in content.enumerated()
        where !inBlock.contains(index) && (isSeed(evidence[index], lines[index], isFirst: position == 0,
                                                  isNearEnd: position >= content.count - 2
                                                    || (absorbsNeighbours && position == 1 && !lines[content[0]].endsSentence))
                                           || seedsByNeighbourhood(position, content: content, evidence: evidence, scores: scores)) {
            var first = position
            var last = position
            while true {
                if first > 0, !inBlock.contains(content[first - 1]),
                   joins(evidence[content[first - 1]], score: scores[content[first - 1]]),
                   !isStatementAboveTitle(first - 1, last: last, content: content, lines: lines, evidence: evidence) {
                    first -= 1
                } else if first > 1, !inBlock.contains(content[first - 2]), bridges(evidence[content[first - 1]]),
                          joins(evidence[content[first - 2]], score: scores[content[first - 2]]),
                          !isStatementAboveTitle(first - 2, last: last, content: content, lines: lines, evidence: evidence) {
                    first -= 2
                } else if first > 2, !inBlock.contains(content[first - 3]),
                          talksAboutTheOutlet(evidence[content[first - 1]]), talksAboutTheOutlet(evidence[content[first - 2]]),
                          joins(evidence[content[first - 3]], score: scores[content[first - 3]]) {
                    // Two plain lines about the outlet's own work ("That is what reporting can do.").
                    first -= 3
                } else {
                    break
                }
            }
            while true {
                if last + 1 < content.count, joins(evidence[content[last + 1]], score: scores[content[last + 1]]) {
                    last += 1
                } else if last + 2 < content.count, bridges(evidence[content[last + 1]]),
                          joins(evidence[content[last + 2]], score: scores[content[last + 2]]) {
                    // One plain line inside an appeal's body ("Any support matters.") is bridged.
                    last += 2
                } else if last + 3 < content.count,
                          talksAboutTheOutlet(evidence[content[last + 1]]) && talksAboutTheOutlet(evidence[content[last + 2]])
                            || continuesSentence(content[last + 1], content[last + 2], lines: lines, evidence: evidence),
                          joins(evidence[content[last + 3]], score: scores[content[last + 3]]) {
                    last += 3
                } else {
                    break
                }
            }
            // An appeal's lead-in or closing button often carries no cue of its own ("Quality
            // news doesn't come cheap.", "Maverick Insider"): take one short plain line on each
            // side, but never the document's first line (usually the headline).
            if absorbsNeighbours, let start = sentenceStart(before: first, content: content, lines: lines,
                                                            evidence: evidence, taken: inBlock) {
                // The block opens in the middle of a sentence broken over lines: take its start.
                first = start
            } else if first > 0, !inBlock.contains(content[first - 1]),
               !isStatementAboveTitle(first - 1, last: last, content: content, lines: lines, evidence: evidence),
               absorbsNeighbours ? isLeadIn(evidence[content[first - 1]], lines[content[first - 1]], isFirstLine: first == 1)
                                 : leadsInSentence(evidence[content[first - 1]])
                                   && (lines[content[first - 1]].wordCount <= leadInWords || evidence[content[first - 1]].firstPlural > 0) {
                first -= 1
                // In a paragraph, a second sentence before the lead-in opens the appeal too when both
                // speak as the newsroom's "we" ("Мы рассказываем о жизни в регионах. Наши авторы
                // рискуют …"), both are short remarks naming the medium ("Journalism like this
                // costs money. The Lantern is owned by its readers."), or it is a short call naming
                // the medium before a lead-in in "we" ("Get it on paper. We've been writing …").
                if !absorbsNeighbours, first > 0, !inBlock.contains(content[first - 1]),
                   case let (lead, before) = (evidence[content[first]], evidence[content[first - 1]]),
                   (lead.firstPlural > 0 && speaksAsNewsroom(before))
                    || (lead.cues[.newsroom] > 0 && leadsInSentence(before) && lines[content[first - 1]].wordCount <= leadInWords)
                    || (lead.firstPlural > 0 && isShortCallNamingMedium(before, lines[content[first - 1]])) {
                    first -= 1
                }
            } else if leadsIntoWe(before: first, content: content, lines: lines, evidence: evidence, taken: inBlock,
                                  inParagraph: !absorbsNeighbours) {
                // A short statement opens an appeal whose body starts in the newsroom's "we".
                first -= 1
            } else if !absorbsNeighbours, first > 0, !inBlock.contains(content[first - 1]),
                      answersPrevious(lines[content[first]], evidence[content[first]]),
                      lines[content[first - 1]].wordCount <= taglineWords, lines[content[first - 1]].endsSentence,
                      absorbs(evidence[content[first - 1]]),
                      !evidence[content[first - 1]].quotesSpeech, !evidence[content[first - 1]].hasQuote {
                // An elliptic reply in the newsroom's "we" ("So do we.") answers the sentence before it,
                // which opens the appeal ("Organized crime crosses borders. So do we.").
                first -= 1
            } else if let title = boxTitle(before: first, content: content, lines: lines, evidence: evidence,
                                                               taken: inBlock) {
                first = title
            } else if absorbsNeighbours, let start = brokenLeadIn(before: first, content: content, lines: lines,
                                                                   evidence: evidence, taken: inBlock) {
                first = start
            } else if absorbsNeighbours, let start = tagline(before: first, content: content, lines: lines,
                                                              evidence: evidence, taken: inBlock) {
                first = start
            }
            if !absorbsNeighbours,
               content[first...last].reduce(0.0, { $0 + scores[$1] }) + (last == content.count - 1 ? 1.0 : 0.0) >= threshold,
               let start = weBodyStart(before: first, content: content, lines: lines, evidence: evidence, taken: inBlock) {
                // In a paragraph, a clear appeal's body reaches up to its sentence in the newsroom's "we".
                first = start
            }
            if absorbsNeighbours, let start = sentenceStart(before: first, content: content, lines: lines,
                                                            evidence: evidence, taken: inBlock) {
                // A lead-in taken above may itself continue a sentence broken over lines.
                first = start
            }
            if absorbsNeighbours, let title = boxBlurb(before: first, content: content, lines: lines, evidence: evidence,
                                                        taken: kept) {
                // A sign-up box's title and blurb above its form field.
                first = title
            }
            if absorbsNeighbours, let header = exclaimedHeader(before: first, content: content, lines: lines,
                                                                evidence: evidence, taken: inBlock) {
                first = header
            }
            if absorbsNeighbours, last + 1 < content.count, absorbs(evidence[content[last + 1]]),
               !lines[content[last + 1]].endsSentence,
               evidence[content[last + 1]].score > 0
                || (evidence[content[last + 1]].length < closingButton && lines[content[last + 1]].wordCount <= 4 && first > 0) {
                // A button is short; a longer plain line after the block is the next headline, and
                // so is any plain line after an appeal that opens the document.
                last += 1
            } else if absorbsNeighbours, first == 0, topButton(after: last, content: content, lines: lines, evidence: evidence) {
                last += 1
            } else if absorbsNeighbours, closesDocument(after: last, content: content, evidence: evidence)
                        || closesWithButton(after: last, content: content, lines: lines, evidence: evidence) {
                last += 1
            }
            if absorbsNeighbours, closesAfterButton(after: last, content: content, lines: lines, evidence: evidence) {
                last += 1
            }
            if absorbsNeighbours, first == 1, !inBlock.contains(content[0]),
               topTitle(before: last, content: content, lines: lines, evidence: evidence) {
                first = 0
            }
            let members = content[first...last]
            var total = members.reduce(0.0) { $0 + scores[$1] }
            if last == content.count - 1 { total += 1.0 }
            if first == 0 { total += 1.0 }
            members.forEach { inBlock.insert($0) }
            // An appeal comes with an article: a block that is the whole document is an article
            // about giving or paying (consumer advice, a column), unless a configured pattern says so.
            let wholeDocument = !allowsWhole && first == 0 && last == content.count - 1
                && !content.contains { evidence[$0].cues[.custom] > 0 }
            // The outlet may be named just before or after the block ("Investigations like this one ...").
            let context = content[max(0, first - 2)...min(content.count - 1, last + 2)]
            guard total >= threshold, !wholeDocument,
                  asksForTheOutlet(evidence, members: content[first...last], context: context)
                    || callsForItsOwnName(evidence, members: content[first...last], lines: lines),
                  !context.contains(where: { Self.relaysAppeal(lines[$0].lowered) }),
                  absorbsNeighbours || !(isImpersonal(members, lines: lines, evidence: evidence)
                      && context.contains(where: { !members.contains($0) && reportsGiving($0, lines: lines, evidence: evidence) })) else { continue }
            blocks.append(AppealBlock(firstLine: content[first], lastLine: content[last], score: total, reason: "appeal"))
            members.forEach { kept.insert($0) }
        }
        return merged(blocks, lines: lines, content: content, evidence: evidence, inParagraph: !absorbsNeighbours)
    }

    /// Joins two appeal blocks separated by at most two plain lines that continue the appeal: each
    /// continues a sentence broken over lines ("Станьте нашим подписчиком на" / "платформе поддержки
    /// или переведите"), speaks of the outlet or to the reader, or carries some appeal evidence.
    ///
    /// In a paragraph (`inParagraph`: the lines are its sentences), up to three plain sentences
    /// between two appeal blocks are the appeal's body ("This reference is written by volunteer
    /// doctors. It carries no ads. Most people never give."): an article does not set its own
    /// sentences between two appeals in one paragraph. They carry no article evidence (reporting,
    /// quotation, third parties, large sums).
    private func merged(_ blocks: [AppealBlock], lines: [TextLine], content: [Int], evidence: [LineEvidence],
                        inParagraph: Bool) -> [AppealBlock] {
        guard blocks.count >= 2 else { return blocks }
        let position = Dictionary(uniqueKeysWithValues: content.enumerated().map { ($1, $0) })
        var result: [AppealBlock] = []
        for block in blocks.sorted(by: { $0.firstLine < $1.firstLine }) {
            if var previous = result.last, let end = position[previous.lastLine], let start = position[block.firstLine],
               case let opened = inParagraph && evidence[previous.lastLine].cues[.action] == 0,
               start > end, start - end - 1 <= (opened ? paragraphGapSentences : maxGapLines) {
                let gap = content[(end + 1)..<start]
                let continues = gap.allSatisfy { k in
                    bridges(evidence[k]) && (!lines[content[position[k]! - 1]].endsSentence
                                             || talksAboutTheOutlet(evidence[k]) || evidence[k].score > 0
                                             || (opened && isPlainBody(evidence[k])))
                }
                if continues, gap.reduce(0, { $0 + evidence[$1].length }) < maxGapBytes {
                    previous.lastLine = block.lastLine
                    previous.score += block.score + gap.reduce(0.0) { $0 + evidence[$1].score }
                    result[result.count - 1] = previous
                    continue
                }
            }
            result.append(block)
        }
        return result
    }

    /// Whether a block asks for the medium itself: it names the outlet's work or readers at least
    /// once, and not less often than third parties in need (food banks, victims, charities), or it
    /// calls to act in the newsroom's voice and "we" without naming anyone else. A configured
    /// pattern settles it.
    private func asksForTheOutlet(_ evidence: [LineEvidence], members: ArraySlice<Int>, context: ArraySlice<Int>) -> Bool {
        var newsroom = 0
        var beneficiary = 0
        var voice = 0
        var we = 0
        var others = 0
        var calls = 0
        var you = 0
        var payment = 0
        var readerButtons = 0
        // A dismiss button in the box or right beside it ("Give $10" / "Not now").
        let dismiss = context.contains { evidence[$0].isDismissButton }
        for index in members {
            if evidence[index].cues[.custom] > 0 { return true }
            readerButtons += evidence[index].cues[.readerButton] > 0 && evidence[index].length < 60 && !evidence[index].quotesSpeech
                && !evidence[index].isQuotation ? 1 : 0
            // (A credit's label names no medium asking: "Reporter: Anika Hale".)
            newsroom += evidence[index].isCredit ? 0 : evidence[index].cues[.newsroom]
            beneficiary += evidence[index].cues[.beneficiary]
            voice += evidence[index].cues[.voice]
            we += evidence[index].firstPlural
            others += evidence[index].cues[.thirdParty]
            calls += evidence[index].cues[.action]
            you += evidence[index].secondPerson
            payment += evidence[index].cues[.payment]
        }
        if newsroom == 0 {
            newsroom = context.reduce(0) { $0 + (evidence[$1].isReporting || evidence[$1].isCredit ? 0 : evidence[$1].cues[.newsroom]) }
        }
        // Without a word naming the medium, a call beside the newsroom's own voice ("thanks for
        // reading … buy us a coffee") in its "we", with nobody else named, is the outlet asking.
        if newsroom == 0 && voice > 0 && calls > 0 && we > 0 && beneficiary == 0 && others == 0 { return true }
        // So is a call with payment words to "you" beside "we" twice ("отключили нас … оформите
        // регулярное пожертвование"), with nobody else named.
        if newsroom == 0 && calls > 0 && we >= 2 && you > 0 && payment > 0 && beneficiary == 0 && others == 0 { return true }
        // So is a block with a button in the reader's own "I" ("Double my gift"), with nobody else named.
        if readerButtons > 0 && beneficiary == 0 && others == 0 { return true }
        // A block closed by a dismiss button ("Give $10" / "Not now") is the page's own overlay:
        // article text has no button to close it.
        if dismiss && calls > 0 { return true }
        return newsroom > 0 && beneficiary <= newsroom
    }

    /// Whether a block that names no medium calls "you" to act (``AppealCue/action``) for a name
    /// that no other line of the text holds (``namesOnlyItself(_:lines:)``), with no third party or
    /// beneficiary named: the outlet asking in its own name.
    private func callsForItsOwnName(_ evidence: [LineEvidence], members: ArraySlice<Int>, lines: [TextLine]) -> Bool {
        members.contains { evidence[$0].cues[.action] > 0 && evidence[$0].secondPerson > 0 && !evidence[$0].isReporting }
            && members.allSatisfy { evidence[$0].namesNoOtherParty && !evidence[$0].isQuotation }
            && namesOnlyItself(members, lines: lines)
    }

    /// Whether a block neither speaks as the newsroom's "we" nor to the reader, and no line of it
    /// opens with a call verb, holds a button in the reader's "I" or names a price. Beside a sentence reporting
    /// on giving in the same paragraph, it is a report of someone else's fund drive ("An urgent call to keep a
    /// coastal weekly alive. Its founders are asking readers for gifts …"), not the outlet asking. A configured pattern still makes it an appeal.
    func isImpersonal(_ members: ArraySlice<Int>, lines: [TextLine], evidence: [LineEvidence]) -> Bool {
        members.allSatisfy { index in
            let e = evidence[index]
            guard e.firstPlural == 0, e.secondPerson == 0, e.cues[.readerButton] == 0, e.cues[.custom] == 0,
                  e.cues[.payment] == 0, e.smallAmounts == 0 else { return false }
            return !Self.opensWithCall(lines[index])
        }
    }

    /// Whether a sentence reports on giving: a reporting word beside appeal, payment or money words
    /// ("Its founders are asking readers for gifts, even $5").
    func reportsGiving(_ index: Int, lines: [TextLine], evidence: [LineEvidence]) -> Bool {
        let e = evidence[index]
        return e.isReporting && (e.hasCallOrVoice || e.cues[.payment] > 0 || e.largeAmounts + e.smallAmounts > 0)
            && !Self.opensWithCall(lines[index])
    }

    /// Whether a line's first word is a call verb ("Get the …", "Support …").
    static func opensWithCall(_ line: TextLine) -> Bool {
        LineEvidence.opensWithCallVerb(line.lowered, at: TextNormalizer.wordStart(in: line.lowered))
    }

    /// Phrases by which an article passes on someone else's appeal ("Below, we are relaying the appeal of …").
    static let relayPhrases = ByteNeedles([
        "we relay", "we are relaying", "we're relaying", "relaying the appeal", "relaying their appeal",
        "we republish the appeal", "we reprint the appeal", "we pass on the appeal", "nous relayons",
        "nous reproduisons l'appel", "nous publions l'appel", "wir dokumentieren den aufruf",
        "wir veröffentlichen den aufruf", "wir geben den aufruf", "dokumentieren wir den aufruf",
        "мы публикуем обращение", "публикуем обращение", "публикуем призыв",
        // A text announced as following, from someone else ("Its editor e-mailed the following
        // request to readers on Monday.").
        "the following request", "the following appeal", "the following email", "the following e-mail",
        "the following letter", "the following message", "folgenden aufruf", "folgende e-mail", "folgenden brief",
        "l'appel suivant", "le message suivant", "la lettre suivante", "le courriel suivant", "следующее обращение",
        "следующее письмо",
    ].map { Array($0.utf8) })

    /// Whether a line passes on someone else's appeal: the block beside it is the article's
    /// relayed text, not the outlet's own appeal.
    static func relaysAppeal(_ lowered: [UInt8]) -> Bool {
        relayPhrases.occurs(in: lowered)
            || (placementWords.occurs(in: lowered) && othersAppealNouns.occurs(in: lowered))
    }

    /// Words placing a passed-on text after the line ("below", "ci-dessous", "nachfolgend").
    static let placementWords = ByteNeedles([
        "below", "ci-dessous", "ci-après", "nachfolgend", "im folgenden", "hier dokumentieren", "ниже",
    ].map { Array($0.utf8) })

    /// Someone else's appeal named as such ("the appeal of …", "l'appel de …", "den Aufruf der …"):
    /// beside a placement word, the line announces a relayed text ("We print below the appeal from …").
    static let othersAppealNouns = ByteNeedles([
        "the appeal of", "the appeal from", "the appeal by", "their appeal", "l'appel de", "l'appel d'",
        "l'appel lancé", "den aufruf", "den spendenaufruf", "обращение", "призыв",
    ].map { Array($0.utf8) })

    /// Whether a plain sentence carries no article evidence at all: no reporting, quotation,
    /// quoted speech, third parties or large sums, and no negative score.
    func isPlainBody(_ e: LineEvidence) -> Bool {
        !e.hasQuote && e.score >= 0 && e.namesNoOtherParty && e.largeAmounts == 0
    }

    /// Whether a line may sit between two appeal lines as part of the same block.
    func bridges(_ evidence: LineEvidence) -> Bool {
        !evidence.isReporting && !evidence.isQuotation && evidence.score >= 0 && evidence.length < 400
    }

    /// Whether a plain line speaks of the outlet or to the reader (two such lines may sit inside
    /// an appeal, e.g. the story of what its reporting achieved).
    func talksAboutTheOutlet(_ evidence: LineEvidence) -> Bool {
        bridges(evidence) && (evidence.cues[.newsroom] > 0 || evidence.speaksToReader)
    }

    /// Whether the plain line before a block is its lead-in: it speaks of the medium ("Quality
    /// news doesn't come cheap.") or as the newsroom's "we" ("We're a small team without a
    /// billionaire owner."), or is a question, exclamation or title; a plain statement is the
    /// article's last line. The document's first line is usually the headline: it is taken only
    /// when it speaks as "we" or to "you", names the medium in a question or exclamation, or is a
    /// progress bar ("Winter fund drive: $41,870 of $60,000").
    private func isLeadIn(_ evidence: LineEvidence, _ line: TextLine, isFirstLine: Bool) -> Bool {
        let speaksAsNewsroom = self.speaksAsNewsroom(evidence)
        guard absorbs(evidence) || speaksAsNewsroom else { return false }
        if isFirstLine {
            // A headline has no full stop: a first line naming the medium in a sentence opens the appeal.
            return speaksAsNewsroom || (evidence.secondPerson > 0 && !evidence.quotesSpeech) || evidence.isProgressBar
                || (evidence.cues[.newsroom] > 0 && (line.endsWithExclamationOrQuestion || line.endsWithPeriod)
                    && !evidence.quotesSpeech)
        }
        return (evidence.cues[.newsroom] > 0 && (!line.endsWithPeriod || line.wordCount <= leadInWords))
            || !line.endsWithPeriod || speaksAsNewsroom
    }

    /// The position of a sign-up box's title above a block: up to three fragments of at most three
    /// words ("Five minutes.", "Every weekday.") under a short line naming the medium or calling to
    /// act ("Get the Morning Edition"; a title, not a sentence of seven words or more), which is not
    /// the document's first line.
    private func boxTitle(before first: Int, content: [Int], lines: [TextLine], evidence: [LineEvidence],
                          taken: Set<Int>) -> Int? {
        var k = first - 1
        while k > 0, first - k <= 3, !taken.contains(content[k]) {
            let e = evidence[content[k]]
            guard lines[content[k]].wordCount <= 3, e.length < 25, !e.isReporting, !e.isQuotation, e.score >= 0 else { break }
            k -= 1
        }
        guard k < first - 1, k > 0, !taken.contains(content[k]) else { return nil }
        let title = evidence[content[k]]
        guard title.length < shortLine, !title.isReporting, !title.isQuotation, title.score >= 0,
              title.cues[.newsroom] > 0 || title.hasCallOrVoice,
              !lines[content[k]].endsWithPeriod || lines[content[k]].wordCount <= 6 else { return nil }
        return k
    }

    /// The position of a sign-up box's title above its one-line blurb ("Get the Field Notes
    /// newsletter" / "Crop prices and rural health, explained every Tuesday. It's free." /
    /// "Email address"): the block opens with a form field or button (a short line without a
    /// full stop), the blurb is one plain line (no quotation, quoted speech, third parties or
    /// large sums, at most one reporting word: "explained every Tuesday by reporters …" describes
    /// the letter) whose last sentence is a fragment of at most four words, and the title above it
    /// calls to act or names the medium, without a full stop, in at most six words. Article text
    /// above a box ends with a statement, not a fragment.
    private func boxBlurb(before first: Int, content: [Int], lines: [TextLine], evidence: [LineEvidence],
                          taken: Set<Int>) -> Int? {
        guard first >= 3, !taken.contains(content[first - 1]), !taken.contains(content[first - 2]) else { return nil }
        let field = lines[content[first]]
        guard evidence[content[first]].length < 25, !field.endsSentence else { return nil }
        let blurb = evidence[content[first - 1]]
        guard blurb.length < 240, !blurb.isQuotation, !blurb.quotesSpeech, blurb.score >= -3.0,
              blurb.cues[.reporting] <= 1, blurb.largeAmounts == 0,
              blurb.cues[.thirdParty] == 0, blurb.cues[.beneficiary] == 0, lines[content[first - 1]].endsWithPeriod,
              (lines[content[first - 1]].sentences().last?.wordCount ?? 99) <= 4 else { return nil }
        let title = evidence[content[first - 2]]
        guard title.hasCallOrVoice || title.cues[.newsroom] > 0, !lines[content[first - 2]].endsSentence,
              lines[content[first - 2]].wordCount <= 6 else { return nil }
        return first - 2
    }

    /// Whether the line after an appeal that opens the document is its closing button naming the
    /// medium ("Devenir membre", "Stand with independent Armenian media"): at most six words
    /// without a full stop, outside reporting and quotation, after a block ending in a sentence,
    /// and followed by another such title line (the article's headline) and then a sentence. A
    /// headline right after the appeal is followed by its lede, not by a second title.
    private func topButton(after last: Int, content: [Int], lines: [TextLine], evidence: [LineEvidence]) -> Bool {
        guard last + 3 < content.count, lines[content[last]].endsSentence else { return false }
        let button = lines[content[last + 1]]
        let e = evidence[content[last + 1]]
        guard e.cues[.newsroom] > 0 || e.hasCallOrVoice, button.wordCount <= 6, !button.endsSentence,
              e.length < shortLine, !e.isReporting, !e.isQuotation, !e.hasQuote, e.score >= 0 else { return false }
        let headline = lines[content[last + 2]]
        return headline.wordCount <= 12 && !headline.endsSentence && !evidence[content[last + 2]].hasCallOrVoice
            && evidence[content[last + 2]].cues[.newsroom] == 0 && lines[content[last + 3]].endsSentence
    }

    /// Whether the document's first line is the title of an appeal that opens the document
    /// ("Keep the music playing" / "We're listener-supported radio …" / "Become a sustainer" /
    /// the article's headline / its lede): the title has at most six words and no full stop,
    /// outside reporting and quotation; the block under it opens in the newsroom's "we" and ends
    /// with a button, and the article's own headline (no full stop) and a sentence follow it.
    private func topTitle(before last: Int, content: [Int], lines: [TextLine], evidence: [LineEvidence]) -> Bool {
        guard last + 2 < content.count, lines[content[1]].opensWithWe, !lines[content[last]].endsSentence else { return false }
        let title = lines[content[0]]
        let e = evidence[content[0]]
        guard title.wordCount <= 6, !title.endsSentence, !e.isReporting, !e.isQuotation, !e.hasQuote, e.score >= 0
        else { return false }
        let headline = lines[content[last + 1]]
        return headline.wordCount <= 12 && !headline.endsSentence && lines[content[last + 2]].endsSentence
    }

    /// Whether a plain sentence right before an appeal in a paragraph leads into it: it speaks as
    /// the newsroom's "we" or is a short remark naming the medium ("This report is free because
    /// members pay for it.").
    private func leadsInSentence(_ evidence: LineEvidence) -> Bool {
        speaksAsNewsroom(evidence)
            || (evidence.cues[.newsroom] > 0 && absorbs(evidence) && !evidence.quotesSpeech && evidence.score >= 0)
    }

    /// Whether a sentence is a short call naming the medium before a lead-in in the newsroom's "we"
    /// ("Get it on paper." before "We've been writing about the game for thirty years …"): at most
    /// five words opening with a call verb, outside quotation and reporting.
    private func isShortCallNamingMedium(_ evidence: LineEvidence, _ line: TextLine) -> Bool {
        line.opensWithCall && line.wordCount <= 5 && evidence.cues[.newsroom] > 0 && absorbs(evidence)
            && !evidence.hasQuote && evidence.score >= 0
    }

    /// Whether a plain line speaks as the newsroom's "we" outside quotation marks and reporting.
    func speaksAsNewsroom(_ evidence: LineEvidence) -> Bool {
        evidence.firstPlural > 0 && !evidence.quotesSpeech && evidence.points < leadInWe && !evidence.isReporting
            && !evidence.isQuotation && evidence.score > -0.5
    }

    /// Whether a cue-less neighbour may be taken along as a block's lead-in or closing line.
    private func absorbs(_ evidence: LineEvidence) -> Bool {
        evidence.length < shortLine && !evidence.isReporting && !evidence.isQuotation && evidence.score > -0.5
    }

    /// Whether the line at `position` is a plain statement right above an appeal's own title: the
    /// line below it is a short title (at most eight words, no full stop, no call: "Informer la
    /// ville, même dans la crise"; a call there is a button), and it is a full sentence (a full stop after four words or more) without a
    /// call, the newsroom's voice, a sign-off, "we", "you" or a small amount, opening with a capital
    /// (not the end of a sentence broken over lines). A box opening with its title has its top
    /// there; such a sentence above it is the article's last ("Board members voted seven to two.",
    /// "The ride will be free for the first month."), though it may name members or a price. The
    /// title must head a body of the block (`last`: the block's last position), a sentence: a short
    /// line that ends the block is its button, and one over a button a form field ("Email address").
    func isStatementAboveTitle(_ position: Int, last: Int, content: [Int], lines: [TextLine],
                               evidence: [LineEvidence]) -> Bool {
        guard position + 1 < last, lines[content[position + 2]].endsSentence else { return false }
        let title = lines[content[position + 1]]
        let line = lines[content[position]]
        let e = evidence[content[position]]
        return !title.endsSentence && title.wordCount <= 8 && evidence[content[position + 1]].cues[.action] == 0
            && line.endsWithPeriod && line.wordCount >= 4
            && line.opensWithCapital
            && e.cues[.action] + e.cues[.voice] + e.cues[.custom] + e.cues[.signoff] == 0
            && !e.speaksToReader && e.smallAmounts == 0 && !e.isProgressBar
    }

    /// Whether a line joins a neighbouring block line on its own evidence.
    func joins(_ evidence: LineEvidence, score: Double) -> Bool {
        if evidence.isReporting { return false }
        if evidence.cues[.custom] > 0 { return true }
        // Short in letters, not bytes: a Cyrillic letter takes two.
        if evidence.points < shortLine {
            return score >= 0.5 || (score >= 0 && (evidence.cues[.signoff] > 0 || evidence.cues[.header] > 0))
        }
        // A longer line joins when it speaks to the reader or calls to act; newsroom words alone
        // ("ad-free episodes") are also how articles describe other media.
        if evidence.length < 400 {
            return score >= 1.0 && (evidence.speaksToReader || evidence.cues[.action] + evidence.cues[.header] > 0
                                    || evidence.cues[.voice] >= 2)
                // A price line of the offer ("Годовая подписка стоит 49 евро, для пенсионеров скидка.").
                || (score >= 3.0 && evidence.cues[.payment] >= 2 && evidence.smallAmounts > 0)
        }
        return score >= 2.0 && evidence.addressesReader
    }
}
