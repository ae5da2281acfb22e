import PipelineKit

/// Where the cuts go: line blocks, appeals glued to paragraphs, and chrome.
extension AppealStripper {
    /// The evidence of one line, sentence or paragraph, by the stage's phrases.
    func lineEvidence(_ line: TextLine) -> LineEvidence {
        LineEvidence(line: line.text, normalized: line.lowered, matcher: matcher)
    }

    /// The evidence of a piece of text that is no line of its own (a scoring unit, a piece of a sentence).
    func lineEvidence(text: String) -> LineEvidence {
        LineEvidence(line: text, normalized: TextNormalizer.normalized(text), matcher: matcher)
    }

    /// The cuts for the appeals and repeated chrome of a text, in text order, with block scores,
    /// and the spans of the lines (merged as the rules read them) that carry an appeal cue: a
    /// call, the newsroom's voice, a priced offer or a small amount (where the line scorer may
    /// still find a short pitch, see ``scorerPitchUnits(in:of:taken:candidates:lineModel:)``; `nil`
    /// for a text of one line), the text's lines, and every non-blank line (merged as the rules
    /// read them) with whether it speaks in the newsroom's "we" (both for
    /// ``requiringAsks(_:lines:voices:)``), and the subscription prompts, support links and payment
    /// details that lie inside other cuts (cut only if the veto or the ask check drops those).
    func findCuts(in text: String)
        -> (cuts: [(cut: Cut, score: Double)], cueLines: [Span]?, lines: [TextLine], voices: [(span: Span, we: Bool)],
            fallbacks: [(cut: Cut, score: Double)]) {
        let lines = TextLine.lines(of: text)
        // The last line ends at the text's length in code points (counted while splitting).
        let length = lines.last?.span.end ?? 0
        let chrome = removesRepeatedChrome ? RepeatedChromeFinder.blocks(in: lines) : []
        var chromeCuts = chrome.map { (cut: Cut(span: Self.cutSpan(of: $0, in: lines, textLength: length), reason: $0.reason), score: $0.score) }
        if removesRepeatedChrome, chromeCuts.isEmpty, let first = lines.first(where: { !$0.isBlank }),
           let span = RepeatedChromeFinder.runTogetherSpan(in: first) {
            chromeCuts.append((cut: Cut(span: span, reason: RepeatedChromeFinder.reason), score: 2))
        }
        let units = TextLine.units(merging: lines)
        let excluded = Set(units.indices.filter { u in chromeCuts.contains { $0.cut.span.overlaps(units[u].span) } })
        var evidence = units.map(lineEvidence)
        // A paragraph that is one quotation from its first mark to its last is someone's speech (a
        // station's pledge pitch quoted in a column): it weighs against any block around it.
        for u in units.indices where Self.isWhollyQuoted(units[u], evidence[u]) { evidence[u].isWholeQuotation = true }
        // (A paragraph passed on under a relay line is no pitch of the outlet's either.)
        let cueLines = units.indices.filter { evidence[$0].hasAppealCue && !Self.followsRelay($0, units: units) }.map { units[$0].span }
        // A block that is one run-together line of many sentences is judged sentence by sentence.
        let (blocks, runTogether) = finder.blocks(in: units, evidence: evidence, excluding: excluded)
            // A paragraph alone that tells prices to nobody, long or naming what the text is about, is a report of
            // them ("Readers will be offered unlimited access for £4.99 per month …", "Man kann <Magazin> mit einer
            // Spende … unterstützen."): not a block.
            .filter { $0.firstLine != $0.lastLine || !reportsPrices(units[$0.firstLine], evidence[$0.firstLine], text: text) }
            .reduce(into: ([AppealBlock](), [Int]())) { result, block in
                if block.firstLine == block.lastLine,
                   units[block.firstLine].sentences().count >= Self.rejudgedSentences {
                    result.1.append(block.firstLine)
                } else {
                    result.0.append(block)
                }
            }
        let appeals = blocks.map {
            takingExclaimedHeader(
                droppingLetterHeadline(droppingContactLines(takingAnnouncedList($0, units: units, evidence: evidence),
                                                            units: units, evidence: evidence), units: units, evidence: evidence),
                units: units, evidence: evidence)
        }
        let appealCuts = appeals.map { block in
            (cut: Cut(span: trimmed(Self.cutSpan(of: block, in: units, textLength: length), block: block, units: units,
                                    lines: lines),
                      reason: block.reason), score: block.score)
        }
        let contentUnits = units.reduce(0) { $0 + ($1.isBlank ? 0 : 1) }
        let covered = Set(appeals.flatMap { Array($0.firstLine...$0.lastLine) }).union(excluded)
        // Only paragraphs that carry some appeal cue (or a priced offer, or the reader and the medium
        // named together) are split into sentences. A paragraph right after a line that passes on
        // someone else's appeal ("Below, we are relaying the appeal of …") is the relayed text.
        let inlineCuts = units.indices
            .filter { !covered.contains($0) && !units[$0].isBlank && (evidence[$0].hasCallOrVoice || evidence[$0].offersAccess
                                                                       || (evidence[$0].secondPerson > 0 && evidence[$0].cues[.newsroom] > 0)) }
            .filter { u in !Self.followsRelay(u, units: units) }
            .flatMap { u in
                inlineAppeals(in: units[u], wholeLine: runTogether.contains(u), isWholeText: contentUnits == 1).map { found in
                    // A cut of every sentence of a line takes the line breaks along, like a line block.
                    guard runTogether.contains(u), found.cut.span.end >= units[u].span.end,
                          let first = units[u].sentences().first, found.cut.span.start <= first.span.start else { return found }
                    let block = AppealBlock(firstLine: u, lastLine: u, score: found.score, reason: found.cut.reason)
                    return (cut: Cut(span: Self.cutSpan(of: block, in: units, textLength: length), reason: found.cut.reason),
                            score: found.score)
                }
            }
        let taken = appealCuts.map(\.cut.span) + inlineCuts.map(\.cut.span) + chromeCuts.map(\.cut.span)
        let isCut = { (u: Int) in covered.contains(u) || taken.contains { $0.overlaps(units[u].span) } }
        // A pitch names an outlet the text never mentions again: mentions inside the appeals cut do not count
        // ("Support The Tribune!" above a box that names The Tribune).
        let uncut = taken.isEmpty ? text : Self.blanking(taken, in: text)
        // A newsletter widget's title ("Email newsletter signup") is a pitch, and comes back from a kept block (below).
        let widgetTitles = units.indices.filter { !units[$0].isBlank && Self.isNewsletterWidgetTitle(units[$0]) }
        let pitches = Set(topPitches(in: units, evidence: evidence, text: uncut))
            .union(readingFrameLines(in: units, evidence: evidence))
            .union(fundGoalLines(in: units, evidence: evidence, covered: isCut))
            .union(newsletterBoxLines(in: units))
            .union(units.indices.filter { !units[$0].isBlank && Self.isSignUpToName(units[$0]) })
            .union(repeatedCallLines(in: units, evidence: evidence))
            .union(units.indices.filter { u in
                !units[u].isBlank && (isSponsorThanks(units[u], evidence[u]) || Self.isHandlePointer(units[u]))
            })
            .union(widgetTitles)
        // Subscription, log-in and newsletter prompts are page chrome of their own kind: the veto does not judge them.
        let channelPrompts = removesPrompts
            ? Set(channelSignUpLines(in: units, evidence: evidence)).union(ownChannelLines(in: units, evidence: evidence)) : []
        let prompts = removesPrompts
            ? Set(edgePromptLines(in: units, evidence: { evidence[$0] }, atTop: false))
                .union(middlePromptLines(in: units, evidence: evidence))
                .union(channelPrompts)
                .union(firstToKnowTeasers(above: channelPrompts, in: units, evidence: evidence))
                .union(paywallNoticeLines(in: units, evidence: evidence))
                .union(printContinuationLines(in: units, evidence: evidence))
                .union(accountQuestionLines(in: units, evidence: evidence))
                .union([readOnLeadIn(in: units, evidence: evidence)].compactMap { $0 }).subtracting(pitches)
            : []
        // The cut of one line (of `units` or of the `lines` before merging) found with the block threshold's score.
        let lineCut = { (k: Int, reason: String, lines: [TextLine]) in
            (cut: Self.wholeLinesCut(k, k, in: lines, reason: reason), score: finder.threshold)
        }
        let pitchCuts = (pitches.map { ($0, "appeal") } + prompts.map { ($0, Self.promptReason) })
            .sorted { $0.0 < $1.0 }.filter { !isCut($0.0) }.map { lineCut($0, $1, units) }
        // A prompt inside a block the veto may keep whole comes back if nothing else cuts it.
        let promptFallbacks = prompts.sorted().filter(isCut).map { lineCut($0, Self.promptReason, units) }
            // So does a newsletter widget's title: page chrome whatever the block around it is.
            + widgetTitles.filter(isCut).map { lineCut($0, "appeal", units) }
        // A sign-up widget broken over short lines is found among the lines before merging.
        let takenOrPitch = taken + pitchCuts.map(\.cut.span)
        // So is a bare sign-up to a name on a line of its own that the units merged with a button above it,
        // and a newsletter widget's title they merged with a short line above it ("FEB. 13-14"; not the
        // first line, where a bare "Newsletter" is the page's section).
        let firstLine = lines.firstIndex { !$0.isBlank } ?? 0
        let signUps = lines.indices.filter {
            !lines[$0].isBlank && (Self.isSignUpToName(lines[$0]) || ($0 > firstLine && Self.isNewsletterWidgetTitle(lines[$0])))
        }
        // So is a prompt at the top, read on the lines: a menu's short lines merge into one unit.
        let topPrompts = removesPrompts ? edgePromptLines(in: lines, evidence: { lineEvidence(lines[$0]) }, atTop: true) : []
        // So is a subscription's trial offer or a sale on its access on a line of its own, anywhere.
        let termOffers = removesPrompts ? Array(Set(termOfferLines(in: lines) + saleOfferLines(in: lines))).sorted() : []
        // So are a form's messages printed one under another, and a newsletter's welcome and forwarding note.
        let formAndFraming = removesPrompts ? formMessageLines(in: lines) + newsletterFramingLines(in: lines) : []
        // So is a social-media label on a line of its own ("Folge uns:", "Connect with us") or over a list of networks,
        // a box's title promising to keep the reader informed ("Never miss a local story."), a paid post's label, a
        // newsletter's referral prompt ("Forward it to a friend"), a prompt to switch on the outlet's notifications,
        // an offer of its free newsletter, a paywall's offer to read on with a subscription, a plug for its e-edition, and a
        // call to sign up "here" or a follow plug in prose that fills its line (one that ends a line after the
        // article's sentences is among the sentence cuts below).
        let plugCandidates = removesPrompts ? Self.plugCandidates(in: lines) : []
        let hereSignUps = hereSignUps(in: lines, candidates: plugCandidates)
        let followPlugs = followPlugs(in: lines, candidates: plugCandidates)
        let labels = removesPrompts
            ? lines.indices.filter {
                !lines[$0].isBlank && (Self.isFollowLabel(lines[$0]) || isStayInformedTitle(lines[$0]) || isNamedFollowLine(lines[$0])
                    || isNotificationPrompt(lines[$0]) || isFreeNewsletterOffer(lines[$0]) || Self.isPaidLabel(lines[$0])
                    || isReferralPrompt(lines[$0]) || isSubscriptionReadOn(lines[$0]) || isEditionPlug(lines[$0]))
            } + networkListLines(in: lines) + hereSignUps.whole + followPlugs.whole : []
        // So are support links, links to the outlet's subscription page and payment details: unambiguous, they come
        // back when a block the veto keeps holds them.
        // (App plugs and donation addresses read only the lines with an app word or a web address, found in one pass.)
        let appOrAddress = Self.appOrAddressLines(in: lines)
        let supportLines = Set(paymentDetailLines(in: lines) + supportLinkLines(in: lines) + subscriptionPageLinkLines(in: lines)
                               + platformLinkLines(in: lines, candidates: appOrAddress)).sorted()
            .map { lineCut($0, "appeal", lines) }
            + donationLinkCuts(in: lines, candidates: appOrAddress).map { (cut: $0, score: finder.threshold) }
        let held = { (w: (cut: Cut, score: Double)) in Self.isHeld(w.cut.span, by: takenOrPitch, in: lines) }
        // The page's top button above the headline ("Support <Outlet>"), or a short plea printed there; inside a block the
        // veto may keep, it comes back on its own.
        let topButton = (topCallButtonLine(in: lines) ?? topPleaLine(in: lines)).map { [$0] } ?? []
        let platformHeader = removesPrompts ? [topPlatformHeaderLine(in: lines), topPlatformBarLine(in: lines)].compactMap { $0 } : []
        // An app plug is unambiguous like a support link: inside a block the veto or the ask check may keep, it comes back on its own.
        let appPlugs = appPlugLines(in: lines, candidates: appOrAddress)
        let widgetCuts = (Set(brokenSignUpLines(in: lines) + signUps + titledSignUpLines(in: lines) + callLines(in: lines) + topButton
                               + topSloganPitchLines(in: lines, text: uncut)
                                + readerButtonLines(in: lines, text: uncut) + appPlugs
                                + fundingTeaserLines(in: lines) + freeKeepingLines(in: lines, units: units, evidence: evidence)
                                + enjoyQuestionLines(in: lines)).sorted()
                            .map { ($0, "appeal") } + Set(topPrompts + termOffers + formAndFraming + labels + platformHeader).sorted().map { ($0, Self.promptReason) })
            .map { lineCut($0, $1, lines) }.filter { !held($0) }
            + supportLines.filter { !held($0) }
        // A call to sign up "here" or a follow plug ending a line after the article's sentences; inside a block the
        // veto may keep, it comes back on its own.
        let plugTails = (hereSignUps.tails + followPlugs.tails).map { span in
            (found: (cut: Cut(span: span, reason: Self.promptReason), score: finder.threshold),
             held: takenOrPitch.contains { $0.overlaps(span) })
        }
        // So is a sign-up for the outlet's channel among a paragraph's last sentences.
        let signUpSentenceCuts = removesPrompts
            ? channelSignUpSentences(in: lines, units: units, evidence: evidence) { span in takenOrPitch.contains { $0.overlaps(span) } }
                .map { (cut: Cut(span: $0, reason: Self.promptReason), score: finder.threshold) }
                // (Lines overlapping a cut or pitch are skipped already; a widget cut is found on the lines too.)
                .filter { found in !widgetCuts.contains { $0.cut.span.overlaps(found.cut.span) } }
                + plugTails.filter { !$0.held }.map(\.found)
            : []
        // A trial offer, a form's message, a newsletter's framing, a follow label, a stay-informed title or a
        // notification prompt inside a block the veto may keep comes back on its own ("Stay connected with us"
        // above the headline of a newsroom's letter about itself, which the letter's block held and the veto kept).
        let heldPrompts = Set(termOffers + formAndFraming + labels).subtracting(topPrompts).sorted()
            .map { lineCut($0, Self.promptReason, lines) }.filter(held)
        // A box's promise to fill the reader's inbox ("Today's breaking news and more in your inbox") is
        // cut where nothing else cuts it: the scorer may take it with the plug above it in one unit.
        let inboxPromises = removesPrompts ? inboxPromiseLines(in: lines, units: units, evidence: evidence).map { lineCut($0, Self.promptReason, lines) } : []
        let heldButton = topButton.map { lineCut($0, "appeal", lines) }.filter(held)
        // (All of them: one merged into a block that is dropped later comes back too; a kept cut holds the others.)
        let appPlugFallbacks = appPlugs.map { lineCut($0, "appeal", lines) }
        var fallbacks = promptFallbacks + supportLines.filter(held) + heldPrompts + inboxPromises + heldButton + appPlugFallbacks
            + plugTails.filter(\.held).map(\.found)
        // Where line breaks were lost, the pitch is a piece of the text's one line.
        var pieceCuts: [(cut: Cut, score: Double)] = []
        var runTogetherPrompt: Span?
        if contentUnits == 1, let u = units.firstIndex(where: { !$0.isBlank }), !excluded.contains(u) {
            // Its paragraphs (where blank lines were) and their evidence, read once for the passes below.
            let unit = units[u], paragraphs = unit.paragraphs()
            let paragraphEvidence = paragraphs.count >= 3 ? paragraphs.map(lineEvidence) : []
            // (A goal box first: its title may pass as a pitch on its own.)
            let spans = runTogetherFundGoals(in: unit, paragraphs: paragraphs, evidence: paragraphEvidence)
                + [runTogetherNewsletterBox(in: unit, paragraphs: paragraphs), runTogetherTopPitch(in: unit, text: text)].compactMap { $0 }
                + runTogetherReadingFrames(in: unit, paragraphs: paragraphs, evidence: paragraphEvidence)
                + runTogetherSupportLinks(in: paragraphs)
                + runTogetherParagraphBlocks(in: unit, paragraphs: paragraphs, evidence: paragraphEvidence)
                + runTogetherSignUps(in: paragraphs)
            var occupied = taken + widgetCuts.map(\.cut.span)
            for span in spans where !occupied.contains(where: { $0.overlaps(span) }) {
                pieceCuts.append((cut: Cut(span: span, reason: "appeal"), score: finder.threshold))
                occupied.append(span)
            }
            // A subscription prompt ending the text is read on its sentences; it takes in the pieces of it other rules cut.
            if removesPrompts, let found = runTogetherEndPrompt(in: unit),
               case let clashes = { (span: Span) in occupied.contains { $0.overlaps(span) && !span.contains($0) } },
               !clashes(found) {
                // With the spaces before it, where no other cut holds them (the text does not end in a space).
                let spaces = unit.text.unicodeScalars.prefix(found.start - unit.span.start).reversed()
                    .prefix { $0.properties.isWhitespace }.count
                let widened = Span(start: found.start - spaces, end: found.end)
                let span = clashes(widened) ? found : widened
                pieceCuts.removeAll { span.contains($0.cut.span) }
                pieceCuts.append((cut: Cut(span: span, reason: Self.promptReason), score: finder.threshold))
                runTogetherPrompt = span
            }
            // So is a priced offer above the headline, in the first pieces of the text.
            if removesPrompts, let span = runTogetherTopOffer(in: unit), !occupied.contains(where: { $0.overlaps(span) }) {
                pieceCuts.append((cut: Cut(span: span, reason: Self.promptReason), score: finder.threshold))
            }
        }
        // In a charity's letter printed whole, the blocks that name no medium are the letter's asks.
        let ownAppeals = outletsOwn(appealCuts + inlineCuts, units: units, evidence: evidence)
        // And a pointer to the outlet's channel there, where no other cut (a run-together block's piece too) holds it.
        let ownChannelSentenceCuts = removesPrompts
            ? ownChannelSentences(in: lines, units: units, evidence: evidence) { span in takenOrPitch.contains { $0.overlaps(span) } }
                .filter { span in !(widgetCuts + signUpSentenceCuts + pieceCuts).contains { $0.cut.span.overlaps(span) }
                    && runTogetherPrompt.map { !$0.overlaps(span) } ?? true }
                .map { (cut: Cut(span: $0, reason: Self.promptReason), score: finder.threshold) }
            : []
        var cuts = (chromeCuts + ownAppeals + pitchCuts + widgetCuts + signUpSentenceCuts + ownChannelSentenceCuts).filter { found in
            runTogetherPrompt.map { !$0.contains(found.cut.span) } ?? true
        } + pieceCuts
        // So is an appeal paragraph on the first line whose button was lost; a cut of part of it
        // (its sentence with a call) becomes part of the whole.
        let opening = topAppealParagraph(in: lines).map { k in
            Self.cutSpan(of: AppealBlock(firstLine: k, lastLine: k, score: finder.threshold, reason: "appeal"), in: lines,
                         textLength: length)
        } ?? (contentUnits == 1 ? units.first(where: { !$0.isBlank }).flatMap(runTogetherTopAppealParagraph(in:)) : nil)
        if let line = opening {
            var span = line
            for other in cuts where other.cut.span.overlaps(line) {
                span.start = min(span.start, other.cut.span.start)
                span.end = max(span.end, other.cut.span.end)
            }
            cuts.removeAll { $0.cut.span.overlaps(line) }
            cuts.append((cut: Cut(span: span, reason: "appeal"), score: finder.threshold))
        }
        // A prompt line, or a newsletter box closed by its consent line, is cut whole: it takes in the
        // pieces of it other rules cut ("This content is restricted to subscribers. Click here to
        // subscribe. Already a subscriber? Click here to login." cut up to its last sentence).
        if removesPrompts {
            let consent = newsletterConsentLines(in: units, evidence: evidence)
            for u in (prompts.filter(isCut) + consent).sorted() {
                var box = lineCut(u, Self.promptReason, units)
                if cuts.allSatisfy({ !$0.cut.span.overlaps(box.cut.span) || box.cut.span.contains($0.cut.span) }) {
                    // A piece an appeal rule cut in a prompt line keeps its reason, so the veto may still grow
                    // it over the line's neighbours; a consent box is a prompt whatever lies in it.
                    if !consent.contains(u), let piece = cuts.first(where: { box.cut.span.contains($0.cut.span) }) {
                        box.cut.reason = piece.cut.reason
                    }
                    cuts.removeAll { box.cut.span.contains($0.cut.span) }
                    cuts.append(box)
                } else if consent.contains(u) {
                    // Inside a block the veto may keep, it comes back on its own (a prompt is among the fallbacks already).
                    fallbacks.append(box)
                }
            }
        }
        // An offer's benefit lines after the last cut end the text with it ("- Zugriff auf über 10.000 Artikel").
        if removesPrompts, let tail = benefitTail(after: cuts.map(\.cut.span), in: lines, evidence: { lineEvidence(lines[$0]) }, length: length),
           let k = cuts.indices.max(by: { cuts[$0].cut.span.end < cuts[$1].cut.span.end }) {
            cuts[k].cut.span.end = tail
        }
        // So do they after the last prompt that comes back from inside a kept block (read on the lines:
        // the offer's short lines may have merged with the benefits into one unit).
        if removesPrompts, let k = fallbacks.indices.max(by: { fallbacks[$0].cut.span.end < fallbacks[$1].cut.span.end }),
           let tail = benefitTail(after: [fallbacks[k].cut.span], in: lines, evidence: { lineEvidence(lines[$0]) }, length: length) {
            fallbacks[k].cut.span.end = tail
        }
        // Where line breaks were lost, an editor's-letter headline opening the text stays out of a cut there.
        if contentUnits == 1, let unit = units.first(where: { !$0.isBlank }),
           let body = letterHeadlineEnd(in: unit) {
            cuts = cuts.map { found in
                guard found.cut.span.start <= unit.span.start, found.cut.span.end > body else { return found }
                return (cut: Cut(span: Span(start: body, end: found.cut.span.end), reason: found.cut.reason), score: found.score)
            }
        }
        // Where line breaks were lost, a sentence's cue may not count in its line's evidence (a
        // call opening a line, a quoted passage elsewhere): every sentence may be a pitch.
        let voices = units.indices.filter { !units[$0].isBlank }.map { (span: units[$0].span, we: evidence[$0].firstPlural > 0) }
        return (cuts.sorted { $0.cut.span < $1.cut.span }, contentUnits == 1 ? nil : cueLines, lines, voices, fallbacks)
    }

    /// A run-together text is judged paragraph by paragraph when it keeps at least this many
    /// paragraphs (its blank lines left as two spaces) ...
    static let paragraphBlockMinimum = 4
    /// ... for a block opening in its first two paragraphs, each of at most this many sentences.
    static let paragraphBlockSentences = 3

    /// Appeal blocks at the top of a text whose line breaks were lost but whose blank lines left two
    /// spaces ("Advertisement  We need you right now  Readers like you keep The Harbour Desk going.
    /// You came here because …  If our reporting …  # the sideline  Most read …"): the paragraphs are
    /// judged like lines, and a block that opens in the first two of them, each paragraph short, is
    /// cut, never past a heading ("# …"), which opens the page's next part. Further down, paragraphs run together hold article sentences the
    /// line pass would take along (a report on another outlet's donors, a "Most read" list).
    /// (`paragraphs`: the unit's ``TextLine/paragraphs(upTo:)``, `evidence` theirs.)
    func runTogetherParagraphBlocks(in unit: TextLine, paragraphs: [TextLine], evidence: [LineEvidence]) -> [Span] {
        guard paragraphs.count >= Self.paragraphBlockMinimum else { return [] }
        return finder.blocks(in: paragraphs, evidence: evidence)
            .filter { block in
                block.firstLine <= 1
                    && (block.firstLine...block.lastLine).allSatisfy { paragraphs[$0].sentences().count <= Self.paragraphBlockSentences }
            }
            .map { block in
                let last = (block.firstLine + 1..<block.lastLine + 1).first { paragraphs[$0].lowered.first == 0x23 }
                    .map { $0 - 1 } ?? block.lastLine
                return Span(start: block.firstLine == 0 ? unit.span.start : paragraphs[block.firstLine].span.start,
                            end: last + 1 < paragraphs.count ? paragraphs[last + 1].span.start : unit.span.end)
            }
    }

    /// Whether the paragraph at `u`, or the one before it, passes on someone else's appeal.
    static func followsRelay(_ u: Int, units: [TextLine]) -> Bool {
        var seen = 0
        var k = u
        while k >= 0, seen < 2 {
            if !units[k].isBlank {
                if AppealBlockFinder.relaysAppeal(units[k].lowered) { return true }
                seen += 1
            }
            k -= 1
        }
        return false
    }

    /// How many sentences after an attribution with a colon count as its quotation.
    static let attributedSentences = 3
    /// How far ahead a closing quotation mark ends such a quotation.
    static let closingQuoteReach = 8

    /// Verbs that attribute what follows their colon to someone else ("… told me:", "The editor
    /// writes:", "schreibt die Redaktion:" is not covered: the verb must stand right before the colon).
    static let attributionVerbs: Set<String> = [
        "writes", "wrote", "said", "says", "told", "tells", "explains", "explained", "adds", "added", "stated",
        "schreibt", "schrieb", "sagt", "sagte", "erklärt", "erklärte", "écrit", "déclare", "explique", "ajoute",
        "пишет", "написал", "написала", "написали", "заявил", "заявила", "сказал", "сказала", "говорит",
    ]

    /// Whether a sentence hands over to a quotation after a colon: the word before the colon (or
    /// the one before "me" / "us") is an attribution verb ("… the editor told me: Nobody else covers …").
    static func opensAttributedQuotation(_ bytes: [UInt8]) -> Bool {
        // The colon may end the sentence: where line breaks were lost, the quotation is split off after it.
        var tail = bytes.count
        while tail > 0, bytes[tail - 1] == 0x20 { tail -= 1 }
        guard let colon = bytes.firstIndex(of: 0x3A), colon + 1 == tail || bytes[colon + 1] == 0x20 else { return false }
        var words: [String] = []
        var end = colon
        while words.count < 2, end > 0 {
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0, TextNormalizer.isWordByte(bytes[start - 1]) { start -= 1 }
            guard start < end else { break }
            words.append(String(decoding: bytes[start..<end], as: UTF8.self))
            end = start
        }
        guard let last = words.first else { return false }
        if attributionVerbs.contains(last) { return true }
        return (last == "me" || last == "us") && words.count == 2 && attributionVerbs.contains(words[1])
    }

    /// Narrows a block's cut when its first or last line also holds article sentences (an
    /// appeal glued to a paragraph): leading or trailing sentences without any appeal cue stay,
    /// when they are more than a short lead-in (two or more sentences, or 60+ code points), and so
    /// does the line after a closing button the block's last line was merged with (`lines`: the
    /// document's lines before merging).
    func trimmed(_ span: Span, block: AppealBlock, units: [TextLine], lines: [TextLine]) -> Span {
        var result = span
        let head = units[block.firstLine].sentences()
        if head.count >= 2, let k = articleRun(head, fromStart: true), k < head.count {
            result.start = max(result.start, head[k - 1].span.end)
        }
        let tail = block.lastLine == block.firstLine ? head : units[block.lastLine].sentences()
        if tail.count >= 2, let k = articleRun(tail, fromStart: false), k > 0,
           tail[k].span.start > result.start {
            result.end = min(result.end, tail[k - 1].span.end)
        } else if let last = tail.last, let junction = buttonJunction(in: last), junction > result.start,
                  lines.contains(where: { $0.span.start == junction }),
                  !Self.isSecondButton(after: junction, in: last, endsText: !units[(block.lastLine + 1)...].contains { !$0.isBlank }) {
            // A button merged with the article's next short line ("Jetzt anmelden" / "Der Eintritt
            // bleibt günstig."): the line after the button stays, and so does the line break before the block.
            result.end = min(result.end, junction)
            result.start = max(result.start, units[block.firstLine].span.start)
        }
        return result
    }

    /// Whether the line after a closing button, merged with it, is a second button at the end of
    /// the text ("Пожертвовать" / "Может быть, позже"): at most four words, no full stop, and
    /// nothing after it; an article's next line is a sentence ("Der Eintritt bleibt günstig.").
    /// So is the button's note naming those who follow its call ("Back season two" / "Backers get
    /// every episode early.", see ``TextLine/opensWithOffer(of:)``): at most twelve words, after a
    /// button of at most five, without quotation marks.
    static func isSecondButton(after junction: Int, in sentence: TextLine, endsText: Bool) -> Bool {
        guard endsText else { return false }
        let scalars = sentence.text.unicodeScalars
        let rest = String(String.UnicodeScalarView(scalars.dropFirst(junction - sentence.span.start)))
        let line = TextLine(span: Span(start: junction, end: sentence.span.end), text: rest,
                            lowered: TextNormalizer.normalized(rest), trimmedByteCount: rest.utf8.count)
        if line.wordCount <= 4 && !line.endsSentence { return true }
        guard line.wordCount <= 12, !line.lowered.contains(0x22) else { return false }
        let head = String(String.UnicodeScalarView(scalars.prefix(junction - sentence.span.start)))
        let button = TextLine(span: Span(start: sentence.span.start, end: junction), text: head,
                              lowered: TextNormalizer.normalized(head), trimmedByteCount: head.utf8.count)
        return button.wordCount <= 5 && line.opensWithOffer(of: button)
    }

    /// Whether the words before a junction are a short title over a body in the newsroom's "we"
    /// ("The world, in five minutes Our daily briefing …"): at most eight words, no full stop, and
    /// the words after the junction open with "we" or "our" (a German noun after a verb makes a
    /// junction too: "kann Waren abgeben").
    static func isTitle(before junction: Int, in sentence: TextLine) -> Bool {
        let scalars = sentence.text.unicodeScalars
        let head = String(String.UnicodeScalarView(scalars.prefix(junction - sentence.span.start)))
        let rest = String(String.UnicodeScalarView(scalars.dropFirst(junction - sentence.span.start)))
        let line = TextLine(span: Span(start: sentence.span.start, end: junction), text: head,
                            lowered: TextNormalizer.normalized(head), trimmedByteCount: head.utf8.count)
        let body = TextLine(span: Span(start: junction, end: sentence.span.end), text: rest,
                            lowered: TextNormalizer.normalized(rest), trimmedByteCount: rest.utf8.count)
        return line.wordCount >= 2 && line.wordCount <= 8 && !line.endsSentence && body.opensWithWe
    }

    /// The length of the run of cue-less sentences at the start (returned as the index of the
    /// first appeal sentence) or at the end (returned as the index of the first article sentence),
    /// or nil when the run is too short to be article text.
    private func articleRun(_ sentences: [TextLine], fromStart: Bool) -> Int? {
        let order = fromStart ? Array(sentences.indices) : Array(sentences.indices.reversed())
        var count = 0
        var points = 0
        for i in order {
            let e = lineEvidence(sentences[i])
            if e.score > 0.5 || e.hasCallOrVoice || e.addressesReader { break }
            count += 1
            points += sentences[i].span.length
        }
        guard count >= 2 || points >= 60 else { return nil }
        return fromStart ? count : sentences.count - count
    }

    /// Whether the text's last sentence, after an appeal ending on a question, answers it (or is
    /// that short question after the button): at most eight words, no reporting, quotation, third
    /// party or large sum ("Find out how.").
    func answersClosingQuestion(_ sentence: TextLine, _ e: LineEvidence) -> Bool {
        sentence.wordCount <= 8 && e.length < 60 && !e.isReporting && !e.isQuotation && !e.hasQuote && e.score >= 0
            && e.namesNoOtherParty && e.largeAmounts == 0
    }

    /// Whether the words before a junction are a fundraising progress bar ("Winter fund drive:
    /// $41,870 of $60,000 We print …"): the box's own line, no headline to keep.
    func isProgressBar(before junction: Int, in sentence: TextLine) -> Bool {
        let head = String(String.UnicodeScalarView(sentence.text.unicodeScalars.prefix(junction - sentence.span.start)))
        return lineEvidence(text: head).isProgressBar
    }

    /// Whether a sentence names the medium in the newsroom's own "we" ("from our newsroom"),
    /// outside reporting and quotation.
    func namesOwnMedium(_ e: LineEvidence) -> Bool {
        e.firstPlural > 0 && e.cues[.newsroom] > 0 && !e.isReporting && !e.isQuotation && !e.hasQuote
    }

    /// A question opening an inline appeal has at most this many words.
    static let openingQuestionWords = 8

    /// Whether the first sentence of a run-together text is a short slogan (see
    /// ``AppealBlockFinder/tagline(before:content:lines:evidence:taken:)``): a full stop, colon
    /// or exclamation mark after two to nine words, no reporting, quotation or third party.
    func isOpeningSlogan(_ sentence: TextLine, _ e: LineEvidence) -> Bool {
        (sentence.endsWithPeriod || sentence.endsWithColon || sentence.endsWithExclamation)
            && sentence.wordCount >= 2 && sentence.wordCount <= finder.taglineWords && e.length < finder.taglineBytes
            && !e.isReporting && !e.isQuotation && !e.hasQuote && e.score >= 0
            && e.namesNoOtherParty
    }

    /// A line with at least this many sentences is read as paragraphs run together.
    static let runTogetherSentences = 8
    /// A document that is one line of at least this many sentences is read as paragraphs run together.
    static let runTogetherTextSentences = 3
    /// How many sentences before an inline appeal its salutation may stand.
    static let salutationReach = 6
    /// A short answer to an appeal's question on how to pay has at most this many words.
    static let answerWords = 5
    /// An appeal glued onto a paragraph takes at most this many plain sentences up to its end.
    static let trailingBodySentences = 3
    /// A one-line block of at least this many sentences is judged again sentence by sentence.
    static let rejudgedSentences = 4

    /// Appeals glued to the start or the end of an article paragraph on the same line: the
    /// paragraph's sentences are judged like lines, and a block is cut only when it reaches the
    /// paragraph's first or last sentence.
    /// - Parameter wholeLine: whether a block may cover every sentence (the line-level pass
    ///   already found appeal content in it, but as one run-together line).
    /// - Parameter isWholeText: whether the line is the document's only line (its line breaks
    ///   were lost), where an appeal may sit between article sentences.
    func inlineAppeals(in line: TextLine, wholeLine: Bool = false, isWholeText: Bool = false) -> [(cut: Cut, score: Double)] {
        var pieces = line.sentences()
        var evidence = pieces.map(lineEvidence)
        // Headlines glue onto sentences only where line breaks were lost.
        if wholeLine || isWholeText || pieces.count >= Self.runTogetherSentences {
            splitAtJunctions(&pieces, evidence: &evidence)
        }
        let sentences = pieces
        guard sentences.count >= 2 else { return [] }
        // A sentence inside a quotation opened by an earlier sentence of the paragraph is quoted
        // speech too ("... said: "We have a beautiful island. Join us here!"").
        // So are the sentences after an attribution and its colon ("The editor told me: Nobody else
        // covers the port. …"), the opening mark lost: up to one that closes the quotation, if one soon
        // does, else the next few.
        let marks = sentences.map(\.straightQuoteCount)
        var quoteMarks = 0
        var attributedUntil = -1
        for k in sentences.indices {
            if quoteMarks % 2 == 1 || k <= attributedUntil { evidence[k].isQuotation = true }
            if k > attributedUntil, marks[k] == 0, Self.opensAttributedQuotation(sentences[k].lowered) {
                evidence[k].isQuotation = true
                let window = (k + 1)..<min(sentences.count, k + 1 + Self.closingQuoteReach)
                attributedUntil = window.first { marks[$0] % 2 == 1 } ?? min(sentences.count - 1, k + Self.attributedSentences)
                quoteMarks += marks[k]
                continue
            }
            if k <= attributedUntil { continue }
            quoteMarks += marks[k]
        }
        let last = sentences.count - 1
        // A sentence alone inside a paragraph that tells prices to nobody is the paragraph's report ("Für 60
        // Euro schließen Unterstützer eine Art Jahres-Abonnement ab.").
        let found = finder.blocks(in: sentences, evidence: evidence, absorbsNeighbours: false, allowsWhole: wholeLine)
            .filter { $0.firstLine != $0.lastLine || !tellsPricesToNobody(sentences[$0.firstLine], evidence[$0.firstLine]) }
        let taken = Set(found.flatMap { Array($0.firstLine...$0.lastLine) })
        return found
            .map { block in
                // A closing button or link after the appeal ("Log in", "Je m'abonne") goes with it; a
                // short plain sentence ("Work starts in May.") is the article's.
                var block = block
                if block.lastLine == last - 1, evidence[last].length < 40, !evidence[last].isReporting,
                   evidence[last].score >= 0, !sentences[last].endsWithPeriod || evidence[last].score > 0 {
                    block.lastLine = last
                } else if block.lastLine == last - 1, wholeLine || isWholeText,
                          finder.isClosingNote(evidence[last]) {
                    // At the end of a text whose line breaks were lost, a short note of the offer too.
                    block.lastLine = last
                } else if block.lastLine == last - 1, wholeLine || isWholeText, sentences[last - 1].endsWithQuestion,
                          answersClosingQuestion(sentences[last], evidence[last]) {
                    // An appeal that ends on a question to the reader ("Prefer to give by cheque?") is
                    // answered by the text's last short sentence ("Find out how.", "Call the studio.").
                    block.lastLine = last
                } else if block.lastLine < last - 1, wholeLine || isWholeText, sentences[block.lastLine].endsWithQuestion,
                          evidence[block.lastLine].cues[.payment] > 0, case let answer = block.lastLine + 1,
                          sentences[answer].wordCount <= Self.answerWords, sentences[answer].endsWithPeriod,
                          answersClosingQuestion(sentences[answer], evidence[answer]) {
                    // In the middle, a short answer to the appeal's question on how to pay ("Prefer to give by
                    // mail? Find the address here.") goes too; the article goes on after it.
                    block.lastLine = answer
                } else if block.lastLine == last - 2, wholeLine || isWholeText, sentences[last - 1].endsWithQuestion,
                          answersClosingQuestion(sentences[last - 1], evidence[last - 1]),
                          answersClosingQuestion(sentences[last], evidence[last]) {
                    // So are a short question and its answer after the closing button ("Prefer to give by
                    // phone? Call the studio during any show.").
                    block.lastLine = last
                } else if block.lastLine < last, case let next = block.lastLine + 1, sentences[next].opensWithCall,
                          sentences[next].wordCount <= 5, evidence[next].length < 60, !evidence[next].isReporting, !evidence[next].isQuotation,
                          evidence[next].score >= 0 {
                    // So does a call of up to five words right after it, anywhere: "Become a builder today."
                    block.lastLine = next
                } else if block.lastLine < last, last - block.lastLine <= Self.trailingBodySentences,
                          case let rest = (block.lastLine + 1)...last,
                          rest.allSatisfy({ finder.bridges(evidence[$0]) && finder.isPlainBody(evidence[$0]) }),
                          rest.contains(where: { evidence[$0].score > 0 }) {
                    // So do the paragraph's last few sentences when none carries article evidence and
                    // one carries the appeal's ("It takes a minute, and every gift keeps …", "Support
                    // science journalism Visa · PayPal"): an appeal glued onto the paragraph runs to its end.
                    block.lastLine = last
                }
                // A short exclamation or question right before it is its opening ("Sie sind wichtig!", "Still here?",
                // "Got an old car in the driveway?").
                if block.firstLine > 0, case let previous = block.firstLine - 1, sentences[previous].endsWithExclamationOrQuestion,
                   (sentences[previous].wordCount <= 4 && evidence[previous].length < 30)
                    || (sentences[previous].wordCount <= Self.openingQuestionWords && evidence[previous].length < 60
                        && !evidence[previous].hasQuote),
                   !evidence[previous].isReporting, !evidence[previous].isQuotation, evidence[previous].score >= 0 {
                    block.firstLine = previous
                } else if block.firstLine > 0, evidence[block.firstLine - 1].isProgressBar {
                    // A progress bar above it is the box's own ("Winter fund drive: $41,870 of $60,000").
                    block.firstLine -= 1
                } else if isWholeText, block.firstLine == 1, isOpeningSlogan(sentences[0], evidence[0]) {
                    // A text whose line breaks were lost opens with its headline glued onto the lede;
                    // a short sentence of its own before an appeal there is the appeal's slogan
                    // ("Bad information ruins lives.").
                    block.firstLine = 0
                }
                // A short title split off before an appeal in our voice that runs to the end heads no
                // article text: it is the appeal's own ("The world, in five minutes" / "Our daily briefing …",
                // "Slow down this weekend" / "Every Saturday, one story from our newsroom …").
                if block.lastLine == last, block.firstLine >= 2, case let title = block.firstLine - 1,
                   !sentences[title].endsSentence, (2...8).contains(sentences[title].wordCount),
                   sentences[block.firstLine].opensWithWe || namesOwnMedium(evidence[block.firstLine]),
                   !evidence[title].isReporting, !evidence[title].isQuotation,
                   !evidence[title].hasQuote, evidence[title].score >= 0 {
                    block.firstLine = title
                }
                // A lead-in glued behind the headline ("… heating The story you just read was paid
                // for by readers.") goes with the appeal; the headline before it stays (see below).
                if block.firstLine > 0, case let before = sentences[block.firstLine - 1],
                   let junction = headlineJunction(in: before, keeping: .before),
                   leadsIn(String(before.text.unicodeScalars.dropFirst(junction - before.span.start))) {
                    block.firstLine -= 1
                }
                // A long appeal flattened into the paragraph opens with its salutation ("Dear reader,",
                // "Chère lectrice,") a few sentences before the plea: the story it tells in between
                // (what the newsroom's reporting achieved) goes with it.
                // Reporting or another appeal in between means the salutation belongs elsewhere.
                var k = block.firstLine - 1
                while k >= max(0, block.firstLine - Self.salutationReach), !evidence[k].hasQuote, !evidence[k].isReporting,
                      !taken.contains(k) {
                    if evidence[k].cues[.header] > 0 && !evidence[k].isReporting && !evidence[k].isQuotation {
                        block.firstLine = k
                        break
                    }
                    k -= 1
                }
                return block
            }
            // In a paragraph, only an appeal at its start or end is cut; a line of many sentences
            // is a whole document run together, where an appeal may sit anywhere.
            .filter { $0.firstLine == 0 || $0.lastLine == last || wholeLine || sentences.count >= Self.runTogetherSentences
                || (isWholeText && sentences.count >= Self.runTogetherTextSentences) }
            .filter { wholeLine || !($0.firstLine == 0 && $0.lastLine == sentences.count - 1) }
            .map { block in
                // Take the space between the article's sentences and the appeal along.
                var start = block.firstLine == 0 ? line.span.start
                    : block.lastLine == sentences.count - 1 ? sentences[block.firstLine - 1].span.end
                    : sentences[block.firstLine].span.start
                var end = block.lastLine == sentences.count - 1 ? sentences[block.lastLine].span.end
                    : sentences[block.lastLine + 1].span.start
                // A headline without a full stop glues onto the next sentence when line breaks are
                // lost: the cue-less words before the appeal (or after its button) stay.
                if let junction = headlineJunction(in: sentences[block.firstLine], keeping: .before),
                   !(block.lastLine == last && block.firstLine > 0
                     && Self.isTitle(before: junction, in: sentences[block.firstLine])),
                   !isProgressBar(before: junction, in: sentences[block.firstLine]) {
                    // (A title glued before an appeal that runs to the end of the paragraph heads
                    // no article text: it is the appeal's own, "The world, in five minutes".)
                    start = max(start, junction - 1)
                }
                if let junction = headlineJunction(in: sentences[block.lastLine], keeping: .after),
                   !(block.lastLine == last && Self.isSecondButton(after: junction, in: sentences[block.lastLine], endsText: true)) {
                    end = min(end, junction)
                } else if block.lastLine < sentences.count - 1, let junction = buttonJunction(in: sentences[block.lastLine + 1]) {
                    // The appeal's button glued onto the next headline ("Choose an amount Classes resume …"),
                    // or, at the end, onto its own note ("Back season two Backers get every episode early.").
                    if block.lastLine + 1 == last, Self.isSecondButton(after: junction, in: sentences[last], endsText: true) {
                        end = sentences[last].span.end
                        // Running to the end, the cut takes the space before it along, as above.
                        if block.firstLine > 0, start == sentences[block.firstLine].span.start {
                            start = sentences[block.firstLine - 1].span.end
                        }
                    } else {
                        end = junction
                    }
                }
                return (cut: Cut(span: Span(start: start, end: end), reason: block.reason), score: block.score)
            }
    }

    /// Whether a cut of `span` is held by one of `spans` over its words (``words(of:in:)``), not over the
    /// line breaks around them: a cut at the end of the text takes the line break before it, which a cut
    /// of the line above may hold.
    static func isHeld(_ span: Span, by spans: [Span], in lines: [TextLine]) -> Bool {
        let words = words(of: span, in: lines)
        return spans.contains { $0.overlaps(words) }
    }

    /// `span` without the line breaks and blank lines at its edges: from the first to the last
    /// character of the lines (sorted) it overlaps, within it.
    static func words(of span: Span, in lines: [TextLine]) -> Span {
        var first = lines.partitionPoint { $0.span.end <= span.start }
        var last = lines.partitionPoint { $0.span.start < span.end } - 1
        // (A blank line has no characters: the edges are the first and last lines with any.)
        while first <= last && lines[first].isBlank { first += 1 }
        while last >= first && lines[last].isBlank { last -= 1 }
        guard first <= last else { return span }
        return Span(start: max(span.start, lines[first].span.start), end: min(span.end, lines[last].span.end))
    }

    /// The content lines of `lines` (past the first, the headline, unless `headline`) that lie in a
    /// unit of `units` (sorted) for which `holds(unit, line)` is true: a rule reads only the lines its
    /// evidence points to, in one walk over both.
    func linesOfUnits(in lines: [TextLine], units: [TextLine], headline: Bool = false,
                      where holds: (_ unit: Int, _ line: Int) -> Bool) -> [Int] {
        guard let first = lines.firstIndex(where: { !$0.isBlank }) else { return [] }
        var found: [Int] = []
        var u = 0
        for k in lines.indices where (headline || k > first) && !lines[k].isBlank {
            while u < units.count, units[u].span.end < lines[k].span.end { u += 1 }
            if u < units.count, holds(u, k) { found.append(k) }
        }
        return found
    }

    /// The cut of whole lines `first...last` of `lines` with their line breaks, like a block's (see
    /// ``cutSpan(of:in:textLength:)``).
    static func wholeLinesCut(_ first: Int, _ last: Int, in lines: [TextLine], reason: String) -> Cut {
        let block = AppealBlock(firstLine: first, lastLine: last, score: 0, reason: reason)
        return Cut(span: cutSpan(of: block, in: lines, textLength: lines.last?.span.end ?? 0), reason: reason)
    }

    /// The code point span a block removes: its lines and the line breaks and blank lines after
    /// it, or, at the end of the text, the line breaks before it, so no empty gap is left.
    static func cutSpan(of block: AppealBlock, in lines: [TextLine], textLength: Int) -> Span {
        let start = lines[block.firstLine].span.start
        var next = block.lastLine + 1
        while next < lines.count && lines[next].isBlank { next += 1 }
        if next < lines.count { return Span(start: start, end: lines[next].span.start) }
        var previous = block.firstLine - 1
        while previous >= 0 && lines[previous].isBlank { previous -= 1 }
        let from = previous >= 0 ? lines[previous].span.end : start
        return Span(start: from, end: textLength)
    }

    /// A wholly quoted paragraph is at least this long (bytes): shorter quoted lines are titles and buttons.
    static let quotedParagraphBytes = 120

    /// Whether a unit is one quotation: at least ``quotedParagraphBytes`` long, opening with a
    /// quotation mark (``LineEvidence/isQuotation``) and ending with its only closing mark, after
    /// the last sentence's end ("“You're listening to the member drive … your favorite shows.”").
    static func isWhollyQuoted(_ unit: TextLine, _ e: LineEvidence) -> Bool {
        guard e.isQuotation, unit.lowered.count >= quotedParagraphBytes else { return false }
        var bytes = unit.lowered[...]
        while let last = bytes.last, last == 0x20 { bytes = bytes.dropLast() }
        guard bytes.last == 0x22, bytes.count >= 2 else { return false }
        let before = bytes[bytes.index(before: bytes.endIndex) - 1]
        guard before == 0x2E || before == 0x21 || before == 0x3F else { return false }
        // Exactly two marks: the one opening the paragraph and the one closing it.
        return bytes.reduce(0) { $0 + ($1 == 0x22 ? 1 : 0) } == 2
    }
}
