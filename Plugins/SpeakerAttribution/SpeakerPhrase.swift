/// Finds the noun phrase naming a speaker next to a cue, by scanning tokens.
struct SpeakerPhrase {
    let text: ScannedText
    let lexicon: CueLexicon

    /// The subject phrase ending just before cue token `cue` (adverbs and auxiliaries between are
    /// skipped), or nil. Returns nil for passives (`was told`).
    func left(ofCue cue: Int, sentenceStart s: Int) -> Range<Int>? {
        let tokens = text.tokens
        var j = cue - 1
        var passive = false
        while j >= s, tokens[j].isWord, !text.inQuotation(j), WordLists.betweenSubjectAndCue.contains(tokens[j].lower) {
            if WordLists.passiveAuxiliaries.contains(tokens[j].lower) { passive = true }
            if tokens[j].lower == "had" || tokens[j].lower == "has" || tokens[j].lower == "have" { passive = false }
            j -= 1
        }
        let cueWord = tokens[cue].lower
        if passive && !cueWord.hasSuffix("ing") { return nil }
        // Time adverbials between subject and cue: `Trump on Tuesday said`.
        if j >= s, tokens[j].isWord, isTimeWord(tokens[j].lower), j > s {
            var k = j
            while k >= s, tokens[k].isWord, isTimeWord(tokens[k].lower) || tokens[k].startsWithNumber { k -= 1 }
            if k >= s, k < j, tokens[k].isWord, tokens[k + 1].lower == "on" || tokens[k + 1].lower == "in"
                || tokens[k + 1].lower == "last" || tokens[k + 1].lower == "this" || tokens[k + 1].lower == "earlier" {
                j = k
            }
        }
        guard j >= s, !text.inQuotation(j) else { return nil }
        // A party or place in brackets after the name: `Sen. Jane Doe (D-Ohio) said`.
        if tokens[j].isPunct(0x29) {
            var k = j - 1
            while k > s && j - k < 8 && !tokens[k].isPunct(0x28) { k -= 1 }
            if k > s && tokens[k].isPunct(0x28), let name = phrase(endingAt: k - 1, sentenceStart: s) {
                return name.lowerBound..<(j + 1)
            }
            return nil
        }
        let t = tokens[j]
        if t.isWord, WordLists.pronounGender[t.lower] != nil { return j..<(j + 1) }
        if t.isPunct(0x2C) {
            return appositive(endingAt: j - 1, sentenceStart: s).map { $0.lowerBound..<j }
        }
        if t.kind == .dash {
            // `The justice -- who has … -- said`: the phrase before the opening dash.
            var k = j - 1
            while k > s && j - k < 30 && tokens[k].kind != .dash && tokens[k].kind != .lineBreak { k -= 1 }
            if k > s, tokens[k].kind == .dash, let name = phrase(endingAt: k - 1, sentenceStart: s) {
                return name.lowerBound..<j
            }
            return nil
        }
        if t.isWord && (t.lower == "who" || t.lower == "which") && j - 1 > s && tokens[j - 1].isPunct(0x2C) {
            return appositive(endingAt: j - 2, sentenceStart: s) ?? phrase(endingAt: j - 2, sentenceStart: s)
        }
        if t.isWord && t.lower == "who" {
            // `state legislators who have endorsed him`, `those who said`: the phrase before `who`,
            // or `who` alone.
            return (j > s ? phrase(endingAt: j - 1, sentenceStart: s) : nil) ?? (j..<(j + 1))
        }
        guard t.isWord || (t.isPunct(0x2E) && j > s && tokens[j - 1].isWord) else { return nil }
        return phrase(endingAt: j, sentenceStart: s)
    }

    private func isTimeWord(_ w: String) -> Bool { WordLists.timeWords.contains(w) }

    /// `Name, appositive,` ending at `end` (the token before the final comma): the name phrase
    /// before the first comma plus the appositive.
    func appositive(endingAt end: Int, sentenceStart s: Int) -> Range<Int>? {
        let tokens = text.tokens
        guard end >= s else { return nil }
        var k = end
        var steps = 0
        var relative = false
        // A `, who` clause anywhere before `end` holds any `that` seen first while scanning back.
        var enclosingRelative = false
        var m = max(s + 1, end - 45)
        while m <= end {
            if tokens[m].isWord, Self.relativePronouns.contains(tokens[m].lower), tokens[m - 1].isPunct(0x2C) { enclosingRelative = true; break }
            m += 1
        }
        while k >= s && steps < 45 {
            let t = tokens[k]
            if t.isPunct(0x2C) && !text.inQuotation(k) {
                // Inside a relative clause (`Roffman, who estimates …, described`) keep going to its comma.
                if !relative || (k + 1 <= end && Self.relativePronouns.contains(tokens[k + 1].lower)) { break }
            }
            if text.inQuotation(k) || t.isQuote { k -= 1; steps += 1; continue }
            if t.kind == .lineBreak || t.isPunct(0x3B) || t.isPunct(0x3A) || t.isPunct(0x3F) || t.isPunct(0x21) { return nil }
            if t.isPunct(0x2E) && !SentenceBoundaries.isAbbreviation(tokens, before: k) { return nil }
            if t.isWord && (t.lower == "said" || t.lower == "says") { return nil }
            // Only a relative clause set off by a comma (`Roffman, who …,`) spans an inner comma;
            // `a pollster who advises …` ends at the comma before `a`.
            if t.isWord && Self.relativePronouns.contains(t.lower) && k > s && tokens[k - 1].isPunct(0x2C) { relative = true }
            // `that` opens reported content after a cue (`said that`), but a relative clause elsewhere
            // (`who estimated that …`, `lights that formed …`).
            if t.isWord && t.lower == "that" && !relative && !enclosingRelative
                && (k == s || !tokens[k - 1].isWord || lexicon.isCue(tokens[k - 1].lower)) { return nil }
            k -= 1
            steps += 1
        }
        guard k > s, tokens[k].isPunct(0x2C) else {
            // No earlier comma: `The agency's spokesman, said` is not an appositive; but
            // `Jane Doe, 45, said` has the name at the sentence start.
            return nil
        }
        var nameEnd = k - 1
        // `Jane Doe, 27, a nurse in Ohio,`: an age between commas belongs to the appositive.
        if nameEnd - 1 > s, tokens[nameEnd].isWord, tokens[nameEnd].lower.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
           tokens[nameEnd - 1].isPunct(0x2C) {
            nameEnd -= 2
        }
        if nameEnd > s, tokens[nameEnd].isPunct(0x29) {
            // `Rep. Jane Doe (D-Md.), chair of …, said`
            var b = nameEnd - 1
            while b > s && nameEnd - b < 8 && !tokens[b].isPunct(0x28) { b -= 1 }
            if b > s && tokens[b].isPunct(0x28) { nameEnd = b - 1 }
        }
        guard let name = phrase(endingAt: nameEnd, sentenceStart: s) else { return nil }
        let hasCapital = name.contains { tokens[$0].capitalized && !WordLists.capitalizedNonNames.contains(tokens[$0].lower) }
        let tail = (k + 1)..<(end + 1)
        let tailHasName = tail.contains { tokens[$0].capitalized && !WordLists.capitalizedNonNames.contains(tokens[$0].lower) }
        // `The official, who spoke on condition of anonymity, said`: a relative clause marks the
        // phrase before it as the subject even without a name.
        let relativeTail = tokens[k + 1].isWord && WordLists.whoForms.contains(tokens[k + 1].lower)
            && WordLists.determiners.contains(tokens[name.lowerBound].lower)
        guard hasCapital || tailHasName || relativeTail else { return nil }
        return name.lowerBound..<(end + 1)
    }

    /// Whether a word is a time word (``WordLists/timeWords``), one in the plural or a number (`three`, `10`).
    static func isTimeOrCount(_ w: String) -> Bool {
        WordLists.timeWords.contains(w) || isPluralTimeWord(w) || isNumberWord(w)
    }

    /// Whether a word is a time word in the plural (`weekends`, `weeks`): a count of them is a
    /// stretch of time (`three weekends`), while a count alone may be people (`four in 10 said`).
    static func isPluralTimeWord(_ w: String) -> Bool {
        w.hasSuffix("s") && WordLists.timeWords.contains(String(w.dropLast()))
    }

    /// Whether a word is a number (`three`, `10`).
    static func isNumberWord(_ w: String) -> Bool {
        if let f = w.utf8.first, f >= 0x30 && f <= 0x39 { return true }
        return numberWords.contains(w)
    }

    /// Numbers spelled as words, up to ten.
    static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    /// Prepositions after an adjective of closeness (`close to`, `familiar with`).
    static let affinityPrepositions: Set<String> = ["to", "with", "on", "about"]
    /// Adjectives of closeness that keep a preposition inside a speaker phrase (`a source close to the campaign`).
    static let affinityAdjectives: Set<String> = ["close", "familiar", "knowledgeable", "briefed", "loyal", "closest",
                                                  "friendly"]
    /// Object pronouns that may end a speaker phrase (`told him`).
    static let endingObjectPronouns: Set<String> = ["him", "her", "them"]
    /// Determiners that are no speaker on their own (`Your support …`).
    static let loneDeterminers: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
                                               "this", "that"]
    /// Object pronouns that may head a longer phrase of common words (`many of them`).
    static let headObjectPronouns: Set<String> = ["them", "him", "her", "us"]
    /// Heads that make a phrase of common words look like a verb or time phrase, not a speaker.
    static let verbLikeHeads: Set<String> = ["stop", "offer", "ever", "never", "week", "year", "month", "day", "time", "ago"]

    /// Relative pronouns that open a clause inside a speaker phrase (`Smith, who …`).
    static let relativePronouns: Set<String> = ["who", "whose", "which"]
    /// Words that open a phrase with `of`: `most of them`.
    static let quantifiers: Set<String> = ["most", "some", "many", "all", "both", "few", "several", "none", "one", "two",
                                           "three", "each", "half", "majority", "any", "either", "neither", "much"]

    /// A noun phrase ending at token `end`, scanning left.
    func phrase(endingAt end: Int, sentenceStart s: Int) -> Range<Int>? {
        let tokens = text.tokens
        guard end >= s else { return nil }
        var k = end
        var count = 0
        var lowercaseRun = 0
        var first = end + 1
        while k >= s && count < 9 {
            let t = tokens[k]
            if text.inQuotation(k) { break }
            if t.isWord {
                let w = t.lower
                if t.capitalized {
                    if WordLists.determiners.contains(w) { first = k; break }
                    if w.hasSuffix("ing") && k == s { break }  // `Conceding defeat, he said`
                    let title = k + 1 <= end && tokens[k + 1].isPunct(0x2E) && SentenceBoundaries.prefixTitles.contains(w)
                    if WordLists.capitalizedNonNames.contains(w) && !title { break }
                    first = k
                    lowercaseRun = 0
                } else {
                    // `three in five`, `one in 10`: a share of a group.
                    if w == "in" && k > s && k < end && Self.isNumberWord(tokens[k - 1].lower) && Self.isNumberWord(tokens[k + 1].lower) {
                        first = k - 1
                        k -= 2
                        count += 2
                        continue
                    }
                    if w == "of" && k > s && k < end && tokens[k - 1].isWord {
                        first = k
                        // `most of them`, `some of the delegates`: the quantifier opens the phrase.
                        if Self.quantifiers.contains(tokens[k - 1].lower) { first = k - 1; break }
                        k -= 1
                        count += 1
                        continue
                    }
                    if WordLists.determiners.contains(w) && !WordLists.phraseStop.contains(w) { first = k; break }
                    if Self.affinityPrepositions.contains(w), k > s, k < end, Self.affinityAdjectives.contains(tokens[k - 1].lower) {
                        // `a source close to the campaign`, `people familiar with the talks`
                        first = k
                        k -= 1
                        count += 1
                        continue
                    }
                    if WordLists.phraseStop.contains(w) || lexicon.isCue(w) || WordLists.pronounGender[w] != nil {
                        if !(Self.endingObjectPronouns.contains(w) && k == end) { break }
                    }
                    if w.hasSuffix("ly") && w.utf8.count > 4 { break }
                    lowercaseRun += 1
                    if lowercaseRun > 4 { break }
                    first = k
                }
            } else if t.isPunct(0x2E), k > s, tokens[k - 1].isWord, tokens[k - 1].end == t.start,
                      SentenceBoundaries.isAbbreviation(tokens, before: k) || k == end {
                if k == end && !SentenceBoundaries.isAbbreviation(tokens, before: k) { break }
                first = k
            } else {
                break
            }
            k -= 1
            count += 1
        }
        guard first <= end else { return nil }
        // A determiner alone (`Your support …`) is no speaker.
        if first == end, tokens[end].isWord,
           Self.loneDeterminers.contains(tokens[end].lower) {
            return nil
        }
        // Trim a leading "of".
        var start = first
        while start <= end, tokens[start].lower == "of" { start += 1 }
        guard start <= end else { return nil }
        // The phrase must end in a word (not a possessive, which modifies what follows).
        let last = tokens[end]
        guard last.isWord || last.isPunct(0x2E) else { return nil }
        if last.lower.hasSuffix("'s") || last.lower.hasSuffix("s'") { return nil }
        if !last.capitalized && last.isWord && WordLists.determiners.contains(last.lower) { return nil }
        // A phrase of common words only must look like a noun phrase: a determiner in front
        // (`the council`), a role noun (`officials`), or one or two words ending in a plural.
        let range = start..<(end + 1)
        let named = range.contains { tokens[$0].capitalized && !WordLists.capitalizedNonNames.contains(tokens[$0].lower) }
        if !named {
            let head = last.lower
            let determined = WordLists.determiners.contains(tokens[start].lower)
            let role = WordLists.roleNouns[head] != nil || WordLists.roleNouns[String(head.dropLast())] != nil
            let plural = head.hasSuffix("s") && !head.hasSuffix("ss") && !head.hasSuffix("'s") && range.count <= 2
            let objectPronoun = Self.headObjectPronouns.contains(head) && range.count > 1
            let verbLike = !objectPronoun && head.hasSuffix("ed") || head.hasSuffix("ly") || head.hasSuffix("ing") || head.hasSuffix("en")
                || Self.verbLikeHeads.contains(head)
            if !(determined || role || plural || objectPronoun) && (verbLike || range.count == 1) { return nil }
            // `last week` is no speaker, `the statement` is; nor is a stretch of time counted in
            // plural time words (`for three weekends asking shoppers to donate`); `four in 10` is.
            // (A number counts time only beside a plural time word.)
            let words = range.map { tokens[$0].lower }
            if words.allSatisfy(Self.isTimeOrCount) && !WordLists.sourceNouns.contains(head)
                && (words.contains(where: Self.isPluralTimeWord) || !words.contains(where: Self.isNumberWord)) { return nil }
        }
        return range
    }

    /// A speaker phrase starting at `start` and going right (`said Sen. Ted Cruz`, `according to
    /// the senator`), or nil.
    func right(from start: Int, limit: Int) -> Range<Int>? {
        let tokens = text.tokens
        guard start < limit, tokens[start].isWord, !text.inQuotation(start) else { return nil }
        if WordLists.pronounGender[tokens[start].lower] != nil { return start..<(start + 1) }
        var k = start
        var sawCapital = false
        var lastGood = -1
        var lowercase = 0
        while k < limit && k - start < 10 {
            let t = tokens[k]
            if text.inQuotation(k) { break }
            if t.isWord {
                let w = t.lower
                let title = k + 1 < limit && tokens[k + 1].isPunct(0x2E) && SentenceBoundaries.prefixTitles.contains(w)
                if t.capitalized && (!WordLists.capitalizedNonNames.contains(w) || title) || (t.capitalized && k == start && WordLists.determiners.contains(w)) {
                    sawCapital = sawCapital || !WordLists.determiners.contains(w)
                    lastGood = k
                } else if w == "of" && k > start {
                    // keep scanning: `the mayor of Chicago`
                } else if k == start && WordLists.determiners.contains(w) {
                    // a leading determiner
                } else if !t.capitalized {
                    if sawCapital { break }
                    if WordLists.phraseStop.contains(w) || lexicon.isCue(w) { break }
                    lowercase += 1
                    if lowercase > 4 { break }
                    lastGood = k
                } else {
                    break
                }
            } else if t.isPunct(0x2E), k > start, SentenceBoundaries.isAbbreviation(tokens, before: k) {
                // Sen. / Jr.
                if k + 1 < limit && tokens[k + 1].isWord && tokens[k + 1].capitalized { lastGood = k } else { lastGood = k; break }
            } else {
                break
            }
            k += 1
        }
        guard lastGood >= start else { return nil }
        return start..<(lastGood + 1)
    }
}
