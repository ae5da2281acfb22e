import PipelineKit

/// The attribution rules: finds cues, their speakers and their content, sentence by sentence.
///
/// Direct quotes are attached to the cue next to them (`“A,” she said.` / `She said: “A.”`),
/// split turns and multi-paragraph quotes become one attribution with parts, and cues with
/// no adjacent quotation give reported speech (`X said (that) …`, `…, X said.`, `according to X`).
struct AttributionFinder {
    let text: ScannedText
    let lexicon: CueLexicon
    let phrases: SpeakerPhrase
    let options: AttributionOptions
    private(set) var results: [Attribution] = []
    /// Quotations already part of an attribution's content.
    private var usedQuotation: [Bool]
    /// Length of the cue starting at each token (0: none).
    private let cueLength: [UInt8]

    init(text: ScannedText, lexicon: CueLexicon, options: AttributionOptions) {
        self.text = text
        self.lexicon = lexicon
        self.phrases = SpeakerPhrase(text: text, lexicon: lexicon)
        self.options = options
        self.usedQuotation = [Bool](repeating: false, count: text.quotations.count)
        self.cueLength = Self.cueLengths(text, lexicon: lexicon, options: options)
    }

    mutating func run() -> [Attribution] {
        for index in text.sentences.indices { processSentence(index) }
        attachLeftoverQuotations()
        results.sort { $0.first < $1.first }
        return results
    }

    // MARK: - Cues

    /// The cue starting at token `i`, from the table computed once per document.
    private func isCueToken(_ i: Int, in sentence: Range<Int>) -> Range<Int>? {
        let length = Int(cueLength[i])
        guard length > 0 else { return nil }
        return i..<min(i + length, sentence.upperBound)
    }

    /// The length in tokens (0, 1 or 2) of the cue starting at each token.
    static func cueLengths(_ text: ScannedText, lexicon: CueLexicon, options: AttributionOptions) -> [UInt8] {
        var lengths = [UInt8](repeating: 0, count: text.tokens.count)
        for i in text.tokens.indices where text.tokens[i].isWord {
            let sentence = text.sentences[Int(text.sentenceOf[i])]
            if let cue = computeCue(i, in: sentence, text: text, lexicon: lexicon, options: options) {
                lengths[i] = UInt8(cue.count)
            }
        }
        return lengths
    }

    private static func computeCue(
        _ i: Int, in sentence: Range<Int>, text: ScannedText, lexicon: CueLexicon, options: AttributionOptions
    ) -> Range<Int>? {
        let t = text.tokens[i]
        guard t.isWord, !text.inQuotation(i) else { return nil }
        // One hash lookup rejects the ordinary words.
        guard lexicon.candidates.contains(t.lower) else { return nil }
        if t.lower == "according", i + 1 < sentence.upperBound, text.tokens[i + 1].lower == "to" { return i..<(i + 2) }
        // `shot back`, `fired back`, `hit back`.
        let backCue = i + 1 < sentence.upperBound && text.tokens[i + 1].lower == "back"
            && ["shot", "fired", "hit", "pushed", "struck"].contains(t.lower)
        if !lexicon.isCue(t.lower), let prepositions = lexicon.prepositional[t.lower], i + 1 < sentence.upperBound,
           prepositions.contains(text.tokens[i + 1].lower) {
            return i..<(i + 2)
        }
        let passive = options.passives && passiveCues.contains(t.lower) && i > sentence.lowerBound
            && WordLists.passiveAuxiliaries.contains(text.tokens[i - 1].lower)
        guard lexicon.isCue(t.lower) || backCue || passive || lexicon.quoteOnlyForms.contains(t.lower) else { return nil }
        // Phrasal cues: `pointed out`, `called for`, `spoke of`.
        if i + 1 < sentence.upperBound, text.tokens[i + 1].isWord {
            let n = text.tokens[i + 1].lower
            if n == "out" || (n == "for" && t.lower.hasPrefix("call")) || n == "up" && t.lower.hasPrefix("spoke")
                || (n == "to" && (t.lower.hasPrefix("refer") || t.lower.hasPrefix("allud"))) || n == "back" { return i..<(i + 2) }
        }
        return i..<(i + 1)
    }

    // MARK: - Sentences

    private mutating func processSentence(_ index: Int) {
        let sentence = text.sentences[index]
        guard !sentence.isEmpty else { return }
        var i = sentence.lowerBound
        var found: [Attribution] = []
        while i < sentence.upperBound {
            guard let cue = isCueToken(i, in: sentence) else { i += 1; continue }
            if let attribution = attribution(cue: cue, sentence: sentence, previous: found.last) {
                found.append(attribution)
                results.append(attribution)
            }
            i = cue.upperBound
        }
    }

    /// Builds the attribution of one cue, or nil when no speaker or content fits.
    private mutating func attribution(cue: Range<Int>, sentence: Range<Int>, previous: Attribution?) -> Attribution? {
        let tokens = text.tokens
        let s = sentence.lowerBound
        let e = sentence.upperBound
        let c = cue.lowerBound
        let cueWord = tokens[c].lower
        var speaker: Range<Int>?
        var blockStart = c
        var blockEnd = cue.upperBound

        if cueWord == "according" {
            guard let right = phrases.right(from: cue.upperBound, limit: e) else { return nil }
            speaker = right
            blockEnd = right.upperBound
            return accordingTo(cue: cue, speaker: right, sentence: sentence)
        }
        let commaQuote = c - 2 >= s && tokens[c - 1].kind == .closeQuote && tokens[c - 2].isPunct(0x2C)
        let isParticiple = cueWord.hasSuffix("ing") && c > s && (tokens[c - 1].isPunct(0x2C) || commaQuote || tokens[c - 1].lower == "while"
            || tokens[c - 1].lower == "before" || tokens[c - 1].lower == "after" || tokens[c - 1].lower == "and")
        if isParticiple {
            if !options.participles { return nil }
            speaker = previous?.speaker ?? sentenceSubject(sentence, before: c)
            guard speaker != nil else { return nil }
        } else if c > s, ["and", "but", "then", "or"].contains(tokens[c - 1].lower) {
            speaker = previous?.speaker ?? sentenceSubject(sentence, before: c)
            guard speaker != nil else { return nil }
        } else if options.passives, let passive = passiveAttribution(cue: cue, sentence: sentence) {
            // `The bill is expected to pass`, `It was reported that …`: no recoverable speaker.
            return passive
        } else if let left = phrases.left(ofCue: c, sentenceStart: s) {
            if lexicon.ambiguousForms.contains(cueWord) && !isStrongSubject(left) { return nil }
            speaker = left
            blockStart = left.lowerBound
        } else if c == s || tokens[c - 1].isPunct(0x2C) || tokens[c - 1].kind == .closeQuote {
            // Inverted: `“…,” said Ross.` / `…, said Ross.`
            guard let right = phrases.right(from: cue.upperBound, limit: e) else { return nil }
            if lexicon.ambiguousForms.contains(cueWord) && !isStrongSubject(right) { return nil }
            // The phrase must end the clause: `said Ross.` / `said Ross, who …`, not `said the plan is …`.
            let afterQuote = c > s && (tokens[c - 1].kind == .closeQuote || (c - 2 >= s && tokens[c - 2].kind == .closeQuote))
            if !afterQuote, right.upperBound < e, tokens[right.upperBound].isWord || tokens[right.upperBound].isQuote { return nil }
            speaker = right
            blockEnd = right.upperBound
        } else {
            return nil
        }
        guard let speaker else { return nil }

        // Content before the cue block: `“A,” she said.` or `A, she said.`
        var before = blockStart
        if before > s && tokens[before - 1].isPunct(0x2C) { before -= 1 }
        let quoteBefore = before > s && tokens[before - 1].kind == .closeQuote ? Int(text.quotationOf[before - 1]) : -1
        var quoteBeforeRaw = before > s && tokens[before - 1].isQuote && text.quotationOf[before - 1] >= 0
            ? Int(text.quotationOf[before - 1]) : quoteBefore
        let afterBlock = skipAfterCue(blockEnd, cue: cue, sentenceEnd: e)
        let endsHere = afterBlock >= e || isSentenceFinal(afterBlock, e)
        let commaAfter = afterBlock < e && tokens[afterBlock].isPunct(0x2C)
        // `“Why now?” Lichtman said.`: a question or exclamation in quotes ends the previous sentence,
        // but the speaker and cue that follow still belong to it.
        if quoteBeforeRaw < 0, before == s, s > 0, tokens[s - 1].kind == .closeQuote, text.quotationOf[s - 1] >= 0,
           text.paragraphOf[s - 1] == text.paragraphOf[s],
           endsHere || commaAfter || isAdverbialTail(afterBlock, e)
            || (afterBlock < e && ["about", "of", "as", "after", "before", "while", "during"].contains(tokens[afterBlock].lower)) {
            quoteBeforeRaw = Int(text.quotationOf[s - 1])
        }

        if !isParticiple && quoteBeforeRaw >= 0 && !usedQuotation[quoteBeforeRaw] && !isTitleLike(quoteBeforeRaw) {
            let q = quoteBeforeRaw
            var parts = chainBackward(q)
            var kind: QuoteKind = .direct
            let openSentenceStart = text.quotations[firstOfChain(q)].open
            if openSentenceStart > s && text.sentenceOf[openSentenceStart] == text.sentenceOf[s] && hasWriterWords(s..<openSentenceStart) {
                // `The plan is “dead,” she said.`: the writer's words belong to the content.
                parts = [s..<text.quotations[q].content.upperBound]
                kind = .mixed
            }
            for p in parts { markUsed(p) }
            // A second piece after the cue: `“A,” she said, “B.”`
            if commaAfter, afterBlock + 1 < e, tokens[afterBlock + 1].kind == .openQuote {
                let q2 = Int(text.quotationOf[afterBlock + 1])
                if q2 >= 0 && !usedQuotation[q2] { parts += chainForward(q2); markUsed(q2) }
            }
            parts += followingPureQuotes(after: sentence)
            return Attribution(parts: parts, kind: kind, cue: cue, speaker: speaker)
        }

        // Verbs that are cues only next to a quotation (`“…,” Trump continued.`).
        if lexicon.quoteOnlyForms.contains(cueWord) {
            var probe = afterBlock
            if probe < e && (tokens[probe].isPunct(0x3A) || tokens[probe].isPunct(0x2C)) { probe += 1 }
            guard probe < e && tokens[probe].kind == .openQuote else { return nil }
        }
        // Content after the cue: a quotation directly (`said: “…”`) or reported speech.
        if !endsHere {
            var start = afterBlock
            if start < e && (tokens[start].isPunct(0x3A) || tokens[start].isPunct(0x2C)) { start += 1 }
            // `said in a statement Tuesday: “…”`: an adverbial between the cue and a quotation.
            var probe = start
            while probe < e && probe < start + 10 && tokens[probe].isWord && !text.inQuotation(probe) { probe += 1 }
            if probe > start, probe + 1 < e, tokens[probe].isPunct(0x3A) || tokens[probe].isPunct(0x2C),
               tokens[probe + 1].kind == .openQuote {
                start = probe + 1
            }
            if start < e, tokens[start].kind == .openQuote, text.quotationOf[start] >= 0 {
                let q = Int(text.quotationOf[start])
                let qq = text.quotations[q]
                let closeIndex = min(qq.close ?? qq.content.upperBound, tokens.count - 1)
                if !usedQuotation[q] && !isTitleLike(q) && (closeIndex + 1 >= e || isSentenceFinal(closeIndex + 1, e) || qq.close == nil) {
                    var parts = chainForward(q)
                    markUsed(q)
                    if text.sentenceOf[closeIndex] == text.sentenceOf[s] || qq.close == nil || text.quotations[q].next != nil {
                        parts += followingPureQuotes(after: text.sentences[Int(text.sentenceOf[min(closeIndex, text.tokens.count - 1)])])
                    }
                    return Attribution(parts: parts, kind: .direct, cue: cue, speaker: speaker)
                }
            }
            let commaBefore = before < blockStart
            if !isParticiple && afterBlock < e && tokens[afterBlock].isPunct(0x2C) && before > s {
                if !isContentStartAfterComma(afterBlock + 1, e) {
                    // `A, she said, adding …`: content before.
                    return contentBefore(speakerBlock: before, sentence: sentence, cue: cue, speaker: speaker)
                }
                if commaBefore, options.reportedSpeech, var first = contentBefore(speakerBlock: before, sentence: sentence, cue: cue, speaker: speaker) {
                    // `Trump, Sexton said, has created …`: content on both sides of the cue.
                    let end = clauseEnd(from: afterBlock + 1, sentenceEnd: e)
                    if end > afterBlock + 1 {
                        first.parts.append((afterBlock + 1)..<end)
                        if containsQuotation((afterBlock + 1)..<end) { first.kind = .mixed; markQuotations(in: (afterBlock + 1)..<end) }
                    }
                    return first
                }
            }
            if !isParticiple && commaBefore && before > s && isAdverbialTail(afterBlock, e) {
                // `A, Hollande said Tuesday in Paris, noting …`: content before.
                return contentBefore(speakerBlock: before, sentence: sentence, cue: cue, speaker: speaker)
            }
            guard options.reportedSpeech else { return nil }
            var cue = cue
            if start < e, tokens[start].isWord, !text.inQuotation(start) {
                let first = tokens[start].lower
                // A preposition that belongs to the cue: `talked about X`, `called for X`, `spoke of X`.
                if Self.cuePrepositions.contains(first), start == cue.upperBound {
                    cue = cue.lowerBound..<(start + 1)
                    start += 1
                } else if Self.nonContentStarts.contains(first) {
                    // `said in an interview`, `reported by CNN`, `said as she left`: no content.
                    return nil
                }
            }
            let end = clauseEnd(from: start, sentenceEnd: e)
            guard end > start, wordCount(start..<end) >= 2 || (wordCount(start..<end) == 1 && options.attitudesShortContent) else { return nil }
            let kind: QuoteKind = containsQuotation(start..<end) ? .mixed : .indirect
            if kind == .mixed { markQuotations(in: start..<end) }
            return Attribution(parts: [start..<end], kind: kind, cue: cue, speaker: speaker)
        }
        guard !isParticiple, before > s, before < blockStart || tokens[before - 1].kind == .closeQuote || tokens[before - 1].kind == .dash else { return nil }
        return contentBefore(speakerBlock: before, sentence: sentence, cue: cue, speaker: speaker)
    }

    private mutating func contentBefore(speakerBlock before: Int, sentence: Range<Int>, cue: Range<Int>, speaker: Range<Int>) -> Attribution? {
        guard options.reportedSpeech else { return nil }
        let s = sentence.lowerBound
        var end = before
        while end > s && (text.tokens[end - 1].isPunct(0x2C) || text.tokens[end - 1].kind == .dash) { end -= 1 }
        guard end > s, wordCount(s..<end) >= 2 else { return nil }
        let range = s..<end
        let kind: QuoteKind = containsQuotation(range) ? .mixed : .indirect
        if kind == .mixed { markQuotations(in: range) }
        return Attribution(parts: [range], kind: kind, cue: cue, speaker: speaker)
    }

    private mutating func accordingTo(cue: Range<Int>, speaker: Range<Int>, sentence: Range<Int>) -> Attribution? {
        guard options.reportedSpeech || true else { return nil }
        let s = sentence.lowerBound
        let e = sentence.upperBound
        var range: Range<Int>
        if cue.lowerBound == s || (cue.lowerBound > s && !hasWriterWords(s..<cue.lowerBound)) {
            var start = speaker.upperBound
            while start < e && text.tokens[start].isPunct(0x2C) { start += 1 }
            range = start..<clauseEnd(from: start, sentenceEnd: e)
        } else {
            var end = cue.lowerBound
            while end > s && (text.tokens[end - 1].isPunct(0x2C) || text.tokens[end - 1].kind == .dash || text.tokens[end - 1].isPunct(0x28)) { end -= 1 }
            range = s..<end
        }
        guard !range.isEmpty, wordCount(range) >= 2 else { return nil }
        let kind: QuoteKind = containsQuotation(range) ? .mixed : .indirect
        if kind == .mixed { markQuotations(in: range) }
        return Attribution(parts: [range], kind: kind, cue: cue, speaker: speaker)
    }

    /// Passive participles whose attribution has no speaker in the text.
    static let passiveCues: Set<String> = ["expected", "asked", "said", "believed", "reported", "rumored", "rumoured",
                                           "considered", "thought", "told", "known", "seen", "alleged", "estimated",
                                           "projected", "predicted", "urged", "advised", "warned", "described"]

    /// A speakerless attribution for a passive cue (`is expected to …`, `was told that …`), or nil.
    private mutating func passiveAttribution(cue: Range<Int>, sentence: Range<Int>) -> Attribution? {
        let tokens = text.tokens
        let c = cue.lowerBound
        guard cue.count == 1, Self.passiveCues.contains(tokens[c].lower) else { return nil }
        var j = c - 1
        while j >= sentence.lowerBound, tokens[j].isWord, WordLists.betweenSubjectAndCue.contains(tokens[j].lower),
              !WordLists.passiveAuxiliaries.contains(tokens[j].lower) { j -= 1 }
        guard j >= sentence.lowerBound, tokens[j].isWord, WordLists.passiveAuxiliaries.contains(tokens[j].lower) else { return nil }
        let e = sentence.upperBound
        guard cue.upperBound < e, tokens[cue.upperBound].lower != "by" else { return nil }
        var start = skipAfterCue(cue.upperBound, cue: cue, sentenceEnd: e)
        if start < e && (tokens[start].isPunct(0x3A) || tokens[start].isPunct(0x2C)) { start += 1 }
        guard start < e, tokens[start].isWord, !Self.nonContentStarts.contains(tokens[start].lower) else { return nil }
        // Only clauses and infinitives: `to pass`, `that …`, `whether …`.
        guard ["to", "that", "whether", "if", "about", "how", "why", "what", "when"].contains(tokens[start].lower) else { return nil }
        let end = clauseEnd(from: start, sentenceEnd: e)
        guard end > start, wordCount(start..<end) >= 2 else { return nil }
        let kind: QuoteKind = containsQuotation(start..<end) ? .mixed : .indirect
        if kind == .mixed { markQuotations(in: start..<end) }
        return Attribution(parts: [start..<end], kind: kind, cue: cue, speaker: nil)
    }

    // MARK: - Leftover quotations

    /// Quotations no cue claimed: `“…” — Name`, and whole-sentence quotes continuing the
    /// previous speaker's turn in the same paragraph.
    private mutating func attachLeftoverQuotations() {
        let tokens = text.tokens
        for (q, quotation) in text.quotations.enumerated() where !usedQuotation[q] && quotation.previous == nil {
            if isTitleLike(q) { continue }
            guard let close = lastOfChain(q).close else { continue }
            // `“…” — Name` at the end of a paragraph.
            let k = close + 1
            if k < tokens.count, tokens[k].kind == .dash, let name = phrases.right(from: k + 1, limit: tokens.count),
               name.contains(where: { tokens[$0].capitalized }),
               name.upperBound >= tokens.count || tokens[name.upperBound].kind == .lineBreak
                || (tokens[name.upperBound].kind == .punct && tokens[name.upperBound].mark != 0x2E && tokens[name.upperBound].mark != 0x2C) {
                let parts = chainForward(q)
                markUsed(q)
                results.append(Attribution(parts: parts, kind: .direct, cue: k..<(k + 1), speaker: name))
                continue
            }
            // A colon introduction without a speech verb: `Rep. Jane Doe (D-Ohio): “…”`,
            // `The board was clear in its findings: “…”`.
            var colon = quotation.open - 1
            if colon >= 0, tokens[colon].kind == .lineBreak { colon -= 1 }
            if colon > 0, tokens[colon].isPunct(0x3A) {
                let sentence = text.sentences[Int(text.sentenceOf[colon])]
                if let subject = sentenceSubject(sentence, before: colon, requireName: false), subject.upperBound <= colon {
                    let parts = chainForward(q)
                    markUsed(q)
                    results.append(Attribution(parts: parts, kind: .direct, cue: colon..<(colon + 1), speaker: subject))
                    continue
                }
            }
            guard options.carryTurns else { continue }
            // A whole-sentence quote right after an attribution with a speaker, same or previous paragraph.
            let open = quotation.open
            let sentence = text.sentences[Int(text.sentenceOf[open])]
            guard open == sentence.lowerBound else { continue }
            guard let lastBefore = results.last(where: { $0.first < open }), let sp = lastBefore.speaker else { continue }
            let paragraphGap = text.paragraphOf[open] - text.paragraphOf[lastBefore.parts.last!.upperBound - 1]
            guard paragraphGap <= 1, lastBefore.kind != .indirect else { continue }
            // Nothing attributed between.
            guard !sentenceHasCue(sentence) else { continue }
            let parts = chainForward(q)
            markUsed(q)
            results.append(Attribution(parts: parts, kind: .direct, cue: lastBefore.cue, speaker: sp))
        }
    }

    // MARK: - Helpers

    /// Prepositions that complete a cue rather than start its content.
    static let cuePrepositions: Set<String> = ["about", "for", "of", "on", "against", "over", "with"]
    /// Words that start a time or place adverbial after a cue (`said Tuesday in Paris`).
    static let adverbialStarts: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                               "sunday", "yesterday", "today", "tonight", "last", "earlier", "later",
                                               "on", "in", "at", "during", "to", "from", "with", "recently", "this"]
    /// Words that start an adverbial, not reported content.
    static let nonContentStarts: Set<String> = ["by", "as", "while", "when", "after", "before", "during", "at", "in",
                                                "from", "into", "without", "because", "since", "although", "though",
                                                "up", "down", "off", "out", "back", "later", "earlier", "again",
                                                "afterward", "afterwards", "too", "so", "yesterday", "today", "tonight"]

    private func sentenceHasCue(_ sentence: Range<Int>) -> Bool {
        for i in sentence where isCueToken(i, in: sentence) != nil { return true }
        return false
    }

    /// The subject phrase at the start of the sentence, for participle cues (`…, adding that`).
    private func sentenceSubject(_ sentence: Range<Int>, before limit: Int, requireName: Bool = true) -> Range<Int>? {
        let tokens = text.tokens
        var k = sentence.lowerBound
        // Skip an introductory phrase (`In an interview with CNN, …`) ending in a comma; a sentence
        // starting with a name or pronoun has its subject right there.
        // Leading conjunctions and adverbs: `And Mr. Christie gloated:`.
        while k < limit, tokens[k].isWord, ["and", "but", "so", "yet", "then", "still", "meanwhile", "however", "now", "also"].contains(tokens[k].lower) {
            k += 1
            if k < limit && tokens[k].isPunct(0x2C) { k += 1 }
        }
        guard k < limit else { return nil }
        let opener = tokens[k]
        let startsWithSubject = opener.isWord && (WordLists.pronounGender[opener.lower] != nil
            || (opener.capitalized && !WordLists.capitalizedNonNames.contains(opener.lower))
            || WordLists.determiners.contains(opener.lower))
        if !startsWithSubject {
            var scan = k
            while scan < min(limit, k + 14) { if tokens[scan].isPunct(0x2C) { k = scan + 1; break }; scan += 1 }
        }
        guard k < limit, tokens[k].isWord, !text.inQuotation(k) else { return nil }
        if WordLists.pronounGender[tokens[k].lower] != nil { return k..<(k + 1) }
        guard let phrase = phrases.right(from: k, limit: limit) else { return nil }
        let named = phrase.contains { tokens[$0].capitalized && !WordLists.capitalizedNonNames.contains(tokens[$0].lower) }
        if !named && (requireName || !WordLists.determiners.contains(tokens[phrase.lowerBound].lower)) { return nil }
        return phrase
    }

    private func isStrongSubject(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        let last = tokens[range.upperBound - 1]
        if WordLists.pronounGender[last.lower] != nil { return true }
        if last.capitalized && !WordLists.capitalizedNonNames.contains(last.lower) { return true }
        if WordLists.roleNouns[last.lower] != nil || WordLists.sourceNouns.contains(last.lower) { return true }
        if last.lower.hasSuffix("s") && !last.lower.hasSuffix("'s") && range.count <= 3 { return true }
        return false
    }

    /// Skips what stands between a cue and its content: `told reporters`, `in a statement`,
    /// `on Tuesday`, up to a following `that`.
    private func skipAfterCue(_ from: Int, cue: Range<Int>, sentenceEnd e: Int) -> Int {
        let tokens = text.tokens
        var k = from
        guard k < e else { return k }
        let cueWord = tokens[cue.lowerBound].lower
        // Look for a `that` within the next few tokens when the gap is an addressee or adverbial.
        var j = k
        var sawPunct = false
        while j < e && j < k + 10 {
            let t = tokens[j]
            if t.isWord && t.lower == "that" && !text.inQuotation(j) {
                let gap = k..<j
                if gap.isEmpty { return k }
                let g0 = tokens[k].lower
                let prepositional = ["in", "on", "at", "to", "during", "after", "before", "from", "with", "via", "last",
                                     "this", "earlier", "later", "yesterday", "today", "repeatedly", "again", "also",
                                     "privately", "publicly", "recently", "monday", "tuesday", "wednesday", "thursday",
                                     "friday", "saturday", "sunday", "in", "over", "through", "under", "told"].contains(g0)
                if !sawPunct || prepositional || lexicon.addresseeForms.contains(cueWord) || tokens[k].isPunct(0x2C) {
                    if prepositional || lexicon.addresseeForms.contains(cueWord) || tokens[k].isPunct(0x2C) { return j }
                }
                break
            }
            if t.kind == .punct && t.mark != 0x2E { sawPunct = true }
            if t.isQuote || t.kind == .lineBreak { break }
            j += 1
        }
        if lexicon.addresseeForms.contains(cueWord), k < e, tokens[k].isWord {
            // `told reporters the …`: skip one object phrase (pronoun or up to 4 words of a name/noun).
            if ["him", "her", "them", "me", "us", "you", "it"].contains(tokens[k].lower) { return k + 1 }
            if tokens[k].capitalized || ["reporters", "the", "a", "an", "voters", "supporters", "his", "her", "their", "audience", "listeners", "viewers"].contains(tokens[k].lower) {
                var m = k
                while m < e && m < k + 5 && tokens[m].isWord && (tokens[m].capitalized || WordLists.determiners.contains(tokens[m].lower) || tokens[m].lower.hasSuffix("s") || tokens[m].lower == "of") && !["that", "this", "these", "those"].contains(tokens[m].lower) { m += 1 }
                if m < e && (tokens[m].isPunct(0x2E) && m > k && SentenceBoundaries.isAbbreviation(tokens, before: m)) { m += 1 }
                return m
            }
        }
        return k
    }

    /// Whether the words from `k` up to the next comma or the sentence end are a short
    /// adverbial of time or place (`Tuesday in Paris`, `in an interview`).
    private func isAdverbialTail(_ k: Int, _ e: Int) -> Bool {
        guard k < e, text.tokens[k].isWord, !text.inQuotation(k) else { return false }
        let first = text.tokens[k].lower
        guard Self.adverbialStarts.contains(first) || Self.nonContentStarts.contains(first) else { return false }
        var i = k
        while i < e && text.tokens[i].isWord && !text.inQuotation(i) { i += 1 }
        guard i - k <= 7 else { return false }
        return i >= e || text.tokens[i].isPunct(0x2C) || isSentenceFinal(i, e)
    }

    /// Whether tokens from `k` to the sentence end hold nothing but final punctuation.
    private func isSentenceFinal(_ k: Int, _ e: Int) -> Bool {
        var i = k
        while i < e {
            let t = text.tokens[i]
            if t.kind == .punct && (t.mark == 0x2E || t.mark == 0x21 || t.mark == 0x3F) { i += 1; continue }
            if t.kind == .closeQuote || t.isPunct(0x29) { i += 1; continue }
            return false
        }
        return true
    }

    /// After `A, she said,` whether what follows continues the content (a lower-case clause)
    /// rather than a participle or adverbial.
    private func isContentStartAfterComma(_ k: Int, _ e: Int) -> Bool {
        guard k < e else { return false }
        let t = text.tokens[k]
        if t.kind == .openQuote { return true }
        guard t.isWord else { return false }
        if t.capitalized || t.lower.hasSuffix("ing") || t.lower == "according" { return false }
        if Self.nonContentStarts.contains(t.lower) || WordLists.timeWords.contains(t.lower) { return false }
        if ["but", "and", "who", "which", "though", "although", "because", "citing", "adding", "not"].contains(t.lower) { return false }
        return true
    }

    /// Where reported content starting at `from` ends: the sentence end without its final
    /// punctuation, or before `, adding …` / `, according to …`.
    private func clauseEnd(from: Int, sentenceEnd e: Int) -> Int {
        let tokens = text.tokens
        var k = from
        while k < e {
            if tokens[k].kind == .closeQuote, k > from, tokens[k - 1].isPunct(0x2C), k + 1 < e, tokens[k + 1].isWord,
               tokens[k + 1].lower.hasSuffix("ing") && lexicon.isCue(tokens[k + 1].lower) || tokens[k + 1].lower == "according" {
                // `…“local control,” saying …`: the clause ends with the quotation.
                return k + 1
            }
            if tokens[k].isPunct(0x2C) && !text.inQuotation(k) && k + 1 < e {
                let n = tokens[k + 1]
                if n.isWord && !text.inQuotation(k + 1) && (n.lower == "according" || (n.lower.hasSuffix("ing") && lexicon.isCue(n.lower))) { break }
            }
            k += 1
        }
        var end = k
        while end > from {
            let t = tokens[end - 1]
            if text.inQuotation(end - 1) { break }
            if t.kind == .punct || t.kind == .dash || t.kind == .lineBreak { end -= 1; continue }
            break
        }
        return end
    }

    private func hasWriterWords(_ range: Range<Int>) -> Bool {
        range.contains { text.tokens[$0].isWord && !text.inQuotation($0) }
    }

    private func wordCount(_ range: Range<Int>) -> Int {
        var n = 0
        for i in range where text.tokens[i].isWord { n += 1 }
        return n
    }

    private func containsQuotation(_ range: Range<Int>) -> Bool {
        range.contains { text.tokens[$0].isQuote && text.quotationOf[$0] >= 0 }
    }

    private mutating func markQuotations(in range: Range<Int>) {
        for i in range where text.quotationOf[i] >= 0 { usedQuotation[Int(text.quotationOf[i])] = true }
    }

    private mutating func markUsed(_ q: Int) {
        var k: Int? = firstOfChain(q)
        while let i = k { usedQuotation[i] = true; k = text.quotations[i].next }
    }

    private mutating func markUsed(_ range: Range<Int>) {
        markQuotations(in: range)
        if let first = range.first, first > 0, text.quotationOf[first - 1] >= 0 { usedQuotation[Int(text.quotationOf[first - 1])] = true }
    }

    private func firstOfChain(_ q: Int) -> Int {
        var k = q
        while let p = text.quotations[k].previous { k = p }
        return k
    }

    private func lastOfChain(_ q: Int) -> Quotation {
        var k = q
        while let n = text.quotations[k].next { k = n }
        return text.quotations[k]
    }

    private func chainBackward(_ q: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var k: Int? = firstOfChain(q)
        while let i = k { pieces.append(text.quotations[i].content); if i == q { break }; k = text.quotations[i].next }
        return pieces
    }

    private func chainForward(_ q: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var k: Int? = q
        while let i = k { pieces.append(text.quotations[i].content); k = text.quotations[i].next }
        return pieces
    }

    /// Quotations making up whole sentences right after `sentence` in the same paragraph, with no
    /// cue of their own: the rest of the same speaker's turn (`“A,” she said. “B.”`).
    private mutating func followingPureQuotes(after sentence: Range<Int>) -> [Range<Int>] {
        guard options.joinTurns else { return [] }
        var parts: [Range<Int>] = []
        var index = Int(text.sentenceOf[max(sentence.upperBound - 1, 0)]) + 1
        let paragraph = text.paragraphOf[max(sentence.upperBound - 1, 0)]
        while index < text.sentences.count {
            let next = text.sentences[index]
            guard !next.isEmpty, text.paragraphOf[next.lowerBound] == paragraph else { break }
            guard text.tokens[next.lowerBound].kind == .openQuote, text.quotationOf[next.lowerBound] >= 0 else { break }
            let q = Int(text.quotationOf[next.lowerBound])
            guard !usedQuotation[q], !sentenceHasCue(next), !isTitleLike(q) else { break }
            parts += chainForward(q)
            markUsed(q)
            index = Int(text.sentenceOf[max(lastOfChain(q).content.upperBound - 1, next.lowerBound)]) + 1
        }
        return parts
    }

    /// A short quotation of capitalised words without final punctuation: a title or a name
    /// (“Saturday Night Live”), not speech.
    func isTitleLike(_ q: Int) -> Bool {
        let content = text.quotations[q].content
        var words = 0
        var capitalized = 0
        for i in content {
            let t = text.tokens[i]
            if t.isWord {
                words += 1
                if t.capitalized || ["of", "the", "a", "an", "and", "in", "on", "to", "for", "with", "at", "or"].contains(t.lower) { capitalized += 1 }
            } else if t.kind == .punct && (t.mark == 0x2C || t.mark == 0x2E || t.mark == 0x3F || t.mark == 0x21) {
                return false
            }
        }
        return words > 0 && words <= 8 && capitalized == words && text.quotations[q].close != nil
    }
}

/// Switches of the attribution rules, from the stage options.
struct AttributionOptions: Sendable {
    var reportedSpeech = true
    var participles = true
    var joinTurns = true
    var carryTurns = false
    var resolvePronouns = true
    /// Attribute passive cues (`is expected to`) with no speaker.
    var passives = true
    /// Accept one-word reported content (`supported Sanders`).
    var attitudesShortContent = false
}
