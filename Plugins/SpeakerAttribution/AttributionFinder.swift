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
    var results: [Attribution] = []
    /// Quotations already part of an attribution's content.
    var usedQuotation: [Bool]
    /// Length of the cue starting at each token (0: none).
    let cueLength: [UInt8]
    /// The antecedent of a relative-pronoun speaker found by the last ``attribution(cue:sentence:previous:)``.
    var relativeName: Range<Int>?

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
        attributeHeadlines()
        results.sort { $0.first < $1.first }
        return results
    }

    // MARK: - Sentences

    mutating func processSentence(_ index: Int) {
        let sentence = text.sentences[index]
        guard !sentence.isEmpty else { return }
        var i = sentence.lowerBound
        var found: [Attribution] = []
        while i < sentence.upperBound {
            if options.reportedSpeech, options.nounCues, let noun = nounCueAttribution(at: i, sentence: sentence) {
                // Not a subject for later participles (`his attacks on X, calling …`).
                results.append(noun)
                i += 2
                continue
            }
            guard let cue = isCueToken(i, in: sentence) else {
                if options.reportedSpeech,
                   let other = impressionAttribution(at: i, sentence: sentence) ?? pollAttribution(at: i, sentence: sentence) {
                    found.append(other)
                    results.append(other)
                }
                i += 1
                continue
            }
            if var attribution = attribution(cue: cue, sentence: sentence, previous: found.last) {
                if let name = relativeName, let speaker = attribution.speaker, speaker.count == 1, !name.contains(speaker.lowerBound) {
                    attribution.nameSource = name
                    // `Mayor Lin, who said the budget was sound, changed course`: a relative clause set
                    // off by commas ends at its closing comma.
                    let r = speaker.lowerBound
                    if r > sentence.lowerBound, text.tokens[r - 1].isPunct(0x2C), attribution.parts.count == 1,
                       let part = attribution.parts.first, part.lowerBound > r,
                       let comma = part.first(where: { text.tokens[$0].isPunct(0x2C) && !text.inQuotation($0) }),
                       comma + 1 < part.upperBound, text.tokens[comma + 1].isWord, !text.tokens[comma + 1].capitalized,
                       !Self.relativeClauseContinuations.contains(text.tokens[comma + 1].lower),
                       wordCount(part.lowerBound..<comma) >= 2 {
                        attribution.parts = [part.lowerBound..<comma]
                    }
                }
                found.append(attribution)
                results.append(attribution)
            }
            i = cue.upperBound
        }
    }

    /// Builds the attribution of one cue, or nil when no speaker or content fits.
    mutating func attribution(cue: Range<Int>, sentence: Range<Int>, previous: Attribution?) -> Attribution? {
        let tokens = text.tokens
        let s = sentence.lowerBound
        let e = sentence.upperBound
        let c = cue.lowerBound
        let cueWord = tokens[c].lower
        var speaker: Range<Int>?
        var blockStart = c
        var blockEnd = cue.upperBound
        relativeName = nil

        if cueWord == "according" {
            guard let right = phrases.right(from: cue.upperBound, limit: e) else { return nil }
            return accordingTo(cue: cue, speaker: withAppositiveName(right, limit: e), sentence: sentence)
        }
        let commaQuote = c - 2 >= s && tokens[c - 1].kind == .closeQuote && tokens[c - 2].isPunct(0x2C)
        let isParticiple = cueWord.hasSuffix("ing") && c > s && (tokens[c - 1].isPunct(0x2C) || commaQuote || tokens[c - 1].lower == "while"
            || tokens[c - 1].lower == "before" || tokens[c - 1].lower == "after" || tokens[c - 1].lower == "and"
            || tokens[c - 1].lower == "by")
        if isParticiple {
            if !options.participles { return nil }
            speaker = previous?.speaker ?? sentenceSubject(sentence, before: c) ?? roleSubject(sentence, before: c)
            guard speaker != nil else { return nil }
        } else if c > s, Self.cueConjunctions.contains(tokens[c - 1].lower) {
            speaker = previous?.speaker ?? sentenceSubject(sentence, before: c)
            guard speaker != nil else { return nil }
        } else if options.passives, let passive = passiveAttribution(cue: cue, sentence: sentence) {
            // `The bill is expected to pass`, `It was reported that …`: no recoverable speaker.
            return passive
        } else if let left = phrases.left(ofCue: c, sentenceStart: s) {
            if lexicon.ambiguousForms.contains(cueWord) && !isStrongSubject(left) { return nil }
            speaker = left
            blockStart = left.lowerBound
            // `Officials who spoke with the Herald said …`: the phrase found is the object of a
            // restrictive relative clause; the subject is the phrase before `who`.
            if let head = subjectBeforeRestrictiveRelative(left, sentenceStart: s) {
                speaker = head
                blockStart = head.lowerBound
            }
            // `McConnell issued a statement saying …`: the document is the object of the main verb;
            // the speaker is the sentence's subject.
            if cueWord.hasSuffix("ing"), WordLists.sourceNouns.contains(tokens[left.upperBound - 1].lower),
               left.lowerBound - 1 > s, tokens[left.lowerBound - 1].isWord, Self.publishingVerbs.contains(tokens[left.lowerBound - 1].lower),
               let subject = sentenceSubject(sentence, before: left.lowerBound - 1, requireName: false),
               subject.upperBound <= left.lowerBound - 1 {
                speaker = subject
            }
            // `Sanders, who endorsed Canova`: PolNeAR marks the relative pronoun as the source;
            // the name still comes from the phrase before it.
            if let r = (left.upperBound..<c).first(where: { tokens[$0].isWord && (tokens[$0].lower == "who" || tokens[$0].lower == "which") }) {
                relativeName = left
                speaker = r..<(r + 1)
            }
        } else if c == s || tokens[c - 1].isPunct(0x2C) || tokens[c - 1].kind == .closeQuote {
            // Inverted: `“…,” said Ross.` / `…, said Ross.`
            guard let right = phrases.right(from: cue.upperBound, limit: e) else { return nil }
            if lexicon.ambiguousForms.contains(cueWord) && !isStrongSubject(right) { return nil }
            // The phrase must end the clause: `said Ross.` / `said Ross, who …`, not `said the plan is …`.
            let afterQuote = c > s && (tokens[c - 1].kind == .closeQuote || (c - 2 >= s && tokens[c - 2].kind == .closeQuote))
            // `said a handful of Democrats who point to …`: a relative clause may follow the phrase.
            let relativeAfter = right.upperBound < e && WordLists.whoForms.contains(tokens[right.upperBound].lower)
            if !afterQuote, !relativeAfter, right.upperBound < e, tokens[right.upperBound].isWord || tokens[right.upperBound].isQuote { return nil }
            speaker = right
            blockEnd = right.upperBound
            if relativeAfter && !afterQuote {
                // The relative clause belongs to the speaker block; the content is before the cue.
                var k = right.upperBound
                while k < e, !(tokens[k].isPunct(0x2C) && !text.inQuotation(k)) { k += 1 }
                blockEnd = k
            }
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
           endsHere || commaAfter || isAdverbialTail(afterBlock, e) || lexicon.addresseeForms.contains(cueWord)
            || (afterBlock < e && Self.cueTailPrepositions.contains(tokens[afterBlock].lower)) {
            quoteBeforeRaw = Int(text.quotationOf[s - 1])
        }

        // A few quoted words inside an introductory phrase (`Speaking on ABC’s “This Week,” Carson
        // admitted that …`) do not take the cue when reported content follows it.
        if quoteBeforeRaw >= 0, blockStart < c, !(endsHere || commaAfter || isAdverbialTail(afterBlock, e)),
           wordCount(text.quotations[quoteBeforeRaw].content) <= 5, afterBlock < e, tokens[afterBlock].isWord,
           text.quotations[quoteBeforeRaw].open > s, hasWriterWords(s..<text.quotations[quoteBeforeRaw].open) {
            quoteBeforeRaw = -1
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
            guard end > start, wordCount(start..<end) >= 2 else { return nil }
            let kind: QuoteKind = containsQuotation(start..<end) ? .mixed : .indirect
            if kind == .mixed { markQuotations(in: start..<end) }
            return Attribution(parts: [start..<end], kind: kind, cue: cue, speaker: speaker)
        }
        guard !isParticiple, before > s, before < blockStart || tokens[before - 1].kind == .closeQuote || tokens[before - 1].kind == .dash else { return nil }
        return contentBefore(speakerBlock: before, sentence: sentence, cue: cue, speaker: speaker)
    }

    mutating func contentBefore(speakerBlock before: Int, sentence: Range<Int>, cue: Range<Int>, speaker: Range<Int>) -> Attribution? {
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

    mutating func accordingTo(cue: Range<Int>, speaker: Range<Int>, sentence: Range<Int>) -> Attribution? {
        // `according to` is kept even without `reported-speech`: it names a source, not a paraphrase cue.
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

    /// `the city treasurer, Paul Lindqvist,`: a role phrase followed by a name set off by commas
    /// takes the name in, so the name is the speaker and not the start of the content.
    func withAppositiveName(_ phrase: Range<Int>, limit: Int) -> Range<Int> {
        let tokens = text.tokens
        guard !phrase.contains(where: { tokens[$0].isWord && tokens[$0].capitalized && !WordLists.determiners.contains(tokens[$0].lower) }),
              phrase.upperBound < limit, tokens[phrase.upperBound].isPunct(0x2C) else { return phrase }
        var k = phrase.upperBound + 1
        var words = 0
        while k < limit, tokens[k].isWord, tokens[k].capitalized, !text.inQuotation(k) {
            words += 1
            k += 1
        }
        guard words >= 2, k < limit, tokens[k].isPunct(0x2C) else { return phrase }
        return phrase.lowerBound..<k
    }

    // MARK: - Helpers

    /// Words after a comma in a relative clause's content that keep the content going (`…, and …`,
    /// `…, the …`); any other lower-case word ends it there (`Lin, who said …, changed course`).
    static let relativeClauseContinuations: Set<String> = ["and", "or", "but", "who", "which", "that", "a", "an", "the"]
    /// Conjunctions before a cue that share the previous subject (`… and said`).
    static let cueConjunctions: Set<String> = ["and", "but", "then", "or"]
    /// Prepositions after the cue that keep a quote of the previous sentence with it (`“Why now?” he asked about …`).
    static let cueTailPrepositions: Set<String> = ["about", "of", "as", "after", "before", "while", "during"]
    /// Prepositions that join a complement to a role noun (`the spokesman for the council`).
    static let roleComplementPrepositions: Set<String> = ["of", "for", "at"]

    /// Words that make a subject a poll or study (`exit polling shows`).
    static let pollSubjects: Set<String> = ["poll", "polls", "polling", "survey", "surveys", "study", "studies",
                                            "analysis", "report", "reports", "data", "research"]

    /// Verbs whose object is a document that speaks for the subject (`issued a statement saying`).
    static let publishingVerbs: Set<String> = ["issued", "released", "sent", "published", "posted", "wrote", "put",
                                               "tweeted", "issues", "releases", "sends", "publishes", "posts", "writes",
                                               "filed", "ran", "aired", "circulated", "distributed", "shared", "signed"]

    /// Conjunctions and adverbs skipped before a sentence's subject.
    static let subjectLeadingConjunctions: Set<String> = ["and", "but", "so", "yet", "then", "still", "meanwhile",
                                                          "however", "now", "also"]
    /// Prepositions that complete a cue rather than start its content.
    static let cuePrepositions: Set<String> = ["about", "for", "of", "on", "against", "over", "with"]
    /// Words that start a time or place adverbial after a cue (`said Tuesday in Paris`).
    static let adverbialStarts: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                               "sunday", "yesterday", "today", "tonight", "last", "earlier", "later",
                                               "on", "in", "at", "during", "from", "with", "recently", "this"]
    /// Words that start an adverbial, not reported content.
    static let nonContentStarts: Set<String> = ["by", "as", "while", "when", "after", "before", "during", "at", "in",
                                                "from", "into", "without", "because", "since", "although", "though",
                                                "up", "down", "off", "out", "back", "later", "earlier", "again",
                                                "afterward", "afterwards", "too", "so", "yesterday", "today", "tonight"]

    func sentenceHasCue(_ sentence: Range<Int>) -> Bool {
        for i in sentence where isCueToken(i, in: sentence) != nil { return true }
        return false
    }

    /// The subject phrase at the start of the sentence, for participle cues (`…, adding that`).
    func sentenceSubject(_ sentence: Range<Int>, before limit: Int, requireName: Bool = true) -> Range<Int>? {
        let tokens = text.tokens
        var k = sentence.lowerBound
        // Skip an introductory phrase (`In an interview with CNN, …`) ending in a comma; a sentence
        // starting with a name or pronoun has its subject right there.
        // Leading conjunctions and adverbs: `And Mr. Christie gloated:`.
        k += leadingConjunctions(from: k, limit: limit, words: Self.subjectLeadingConjunctions)
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

    /// The noun phrase before a restrictive `who` clause that ends in `phrase`, or nil.
    func subjectBeforeRestrictiveRelative(_ phrase: Range<Int>, sentenceStart s: Int) -> Range<Int>? {
        let tokens = text.tokens
        guard WordLists.pronounGender[tokens[phrase.lowerBound].lower] == nil else { return nil }
        var k = phrase.lowerBound - 1
        while k > s, phrase.lowerBound - k <= 14 {
            let t = tokens[k]
            guard t.isWord, !text.inQuotation(k), cueLength[k] == 0 || k < phrase.lowerBound - 1 else { return nil }
            if t.lower == "who" || t.lower == "who'd" || t.lower == "who've" || t.lower == "who're" {
                guard k - 1 >= s, tokens[k - 1].isWord, let head = phrases.phrase(endingAt: k - 1, sentenceStart: s) else { return nil }
                return head
            }
            k -= 1
        }
        return nil
    }

    /// A sentence subject led by a determiner whose head is a role or source noun (`One operative
    /// inside the campaign tried …, saying`), for participles when no named subject is found.
    func roleSubject(_ sentence: Range<Int>, before limit: Int) -> Range<Int>? {
        guard let phrase = sentenceSubject(sentence, before: limit, requireName: false) else { return nil }
        let tokens = text.tokens
        // The head: the last word before `of`/a capitalised modifier run ends the phrase.
        // The head: the last role or source noun before a preposition or a verb-like word.
        var headIndex = -1
        var k = phrase.lowerBound + 1
        while k < phrase.upperBound, tokens[k].isWord {
            let w = tokens[k].lower
            if WordLists.phraseStop.contains(w) || Self.roleComplementPrepositions.contains(w) || w.hasSuffix("ed") { break }
            if WordLists.roleNouns[w] != nil || WordLists.roleNouns[String(w.dropLast())] != nil || WordLists.sourceNouns.contains(w) {
                headIndex = k
            }
            k += 1
        }
        guard headIndex >= 0 else { return nil }
        // The phrase ends at its head, or at its `of` complement (`the spokesman for the council`).
        var end = headIndex + 1
        if end + 1 < phrase.upperBound, Self.roleComplementPrepositions.contains(tokens[end].lower) {
            end += 1
            while end < phrase.upperBound, tokens[end].isWord, tokens[end].capitalized || WordLists.determiners.contains(tokens[end].lower) { end += 1 }
        }
        return phrase.lowerBound..<end
    }

    /// Whether a subject is clear enough for a cue that is often a noun (`reports`, `claims`).
    func isStrongSubject(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        let last = tokens[range.upperBound - 1]
        if WordLists.pronounGender[last.lower] != nil { return true }
        if last.capitalized && !WordLists.capitalizedNonNames.contains(last.lower) { return true }
        if WordLists.roleNouns[last.lower] != nil || WordLists.sourceNouns.contains(last.lower) { return true }
        if last.lower.hasSuffix("s") && !last.lower.hasSuffix("'s") && range.count <= 3 { return true }
        // `62 percent of voters saying`, `with three in 10 saying`: a share of a group.
        if last.lower.hasSuffix("s") && !last.lower.hasSuffix("'s") && range.count <= 7
            && range.contains(where: { SpeakerPhrase.isNumberWord(tokens[$0].lower) || tokens[$0].lower == "percent" }) { return true }
        if SpeakerPhrase.isNumberWord(last.lower), range.count >= 3, tokens[range.upperBound - 2].lower == "in" { return true }
        // `An average of recent polls shows`, `Exit polling shows`: a poll or document as subject.
        if range.contains(where: { Self.pollSubjects.contains(tokens[$0].lower) }) { return true }
        return false
    }

}
