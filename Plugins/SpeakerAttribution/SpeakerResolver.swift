/// Gives every speaker mention a clean name: titles and roles stripped from named mentions,
/// pronouns and role nouns (`the senator`) resolved to a recent compatible named person.
///
/// Candidates are the named people mentioned in the last few paragraphs. Each gets a score:
/// its distance in sentences, plus a penalty when its gender is unknown, minus a bonus when it
/// was itself a speaker lately (news text keeps quoting the same person with `he said`). The
/// lowest score wins, the most recent on ties. A resolved pronoun teaches the person's gender.
struct SpeakerResolver {
    let text: ScannedText
    /// Named person mentions in document order.
    private var mentions: [PersonMention] = []
    /// Known people by the last word of their name (several for families: Bill and Hillary Clinton).
    private var people: [String: [Person]] = [:]
    /// Per last word, the index of the person mentioned most recently.
    private var lastMentioned: [String: Int] = [:]
    /// Speakers already named, with the token of their mention.
    private var speakerMentions: [PersonMention] = []

    /// One person: a last-name key and an index into that key's list.
    struct PersonID: Hashable {
        var key: String
        var index: Int
    }

    struct PersonMention {
        var token: Int
        var person: PersonID
    }

    struct Person {
        var name: String
        var first: String?
        var gender: Gender
        /// Role words seen before the name (`president`, `spokesperson`), for `the president said`.
        var roles: Set<String> = []
    }

    /// Speakers that are groups or organisations (`party leaders`, `the Trump campaign`), in order.
    private var groupSpeakers: [(token: Int, name: String)] = []

    /// Heads that make a phrase an organisation.
    static let organisationHeads: Set<String> = ["campaign", "committee", "party", "administration", "department",
                                                 "agency", "company", "group", "organization", "council", "board",
                                                 "court", "network", "government", "house", "senate", "congress",
                                                 "team", "caucus", "coalition", "union", "association", "commission"]

    /// Whether a speaker mention names a group of people or an organisation rather than one person.
    func isGroup(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        var end = range.upperBound - 1
        // The head before an appositive or a relative clause: `party leaders, who …`.
        if let comma = range.first(where: { tokens[$0].isPunct(0x2C) }), comma > range.lowerBound { end = comma - 1 }
        let head = tokens[end]
        guard head.isWord, WordLists.pronounGender[head.lower] == nil, !head.lower.hasSuffix("'s") else { return false }
        if Self.organisationHeads.contains(head.lower) { return true }
        if head.capitalized {
            // `Republicans`, `Democrats`, `Russians`, not surnames like `Sanders`.
            return head.lower.hasSuffix("ans") || head.lower.hasSuffix("ats") || head.lower.hasSuffix("ists")
        }
        return head.lower.hasSuffix("s") && !head.lower.hasSuffix("ss") && !head.lower.hasSuffix("us")
    }

    /// The name of the group speaker last quoted before `token`, within two paragraphs.
    func recentGroup(before token: Int) -> String? {
        guard let last = groupSpeakers.last(where: { $0.token < token }) else { return nil }
        guard text.paragraphOf[token] - text.paragraphOf[last.token] <= 2 else { return nil }
        return last.name
    }

    /// Possessive pronouns owning a cue noun (`his attacks on …`).
    static let possessiveGender: [String: Gender] = ["his": .male, "her": .female, "their": .plural, "its": .neuter,
                                                     "my": .unknown, "our": .plural, "your": .unknown]

    /// Plural pronouns that take the group speaker quoted last (`they said`).
    static let pluralPronouns: Set<String> = ["they", "their", "them"]

    /// How far back (in paragraphs) a pronoun may find its person.
    static let paragraphWindow: Int32 = 4
    /// How far back (in sentences) a pronoun may find its person, however long the paragraph: a
    /// text whose line breaks were lost is one paragraph, and without this bound every pronoun
    /// would look back over the whole text (quadratic in its length).
    static let sentenceWindow: Int32 = 60

    init(text: ScannedText) {
        self.text = text
    }

    /// Names the speakers of `attributions` (sorted by position) in place.
    mutating func resolve(_ attributions: inout [Attribution], pronouns: Bool) {
        collectMentions(speakers: attributions.compactMap(\.speaker))
        let order = attributions.indices.sorted {
            (attributions[$0].speaker?.lowerBound ?? 0) < (attributions[$1].speaker?.lowerBound ?? 0)
        }
        for index in order {
            guard let speaker = attributions[index].speaker else { continue }
            let source = attributions[index].nameSource ?? speaker
            var (name, person) = self.name(for: source, resolvePronouns: pronouns)
            if pronouns, source.count == 1, Self.pluralPronouns.contains(text.tokens[source.lowerBound].lower),
               let group = recentGroup(before: source.lowerBound) {
                name = group
            } else if person == nil, isGroup(source) {
                groupSpeakers.append((token: source.lowerBound, name: name))
            }
            attributions[index].name = name
            if let person { speakerMentions.append(PersonMention(token: speaker.lowerBound, person: person)) }
        }
    }

    // MARK: - Mentions

    /// Scans capitalised runs outside quotations for person names.
    private mutating func collectMentions(speakers: [Range<Int>]) {
        let tokens = text.tokens
        // Only the head of a speaker phrase (before any comma) marks its words as a person's name.
        var speakerTokens = Set<Int>()
        for s in speakers {
            for t in s {
                if tokens[t].isPunct(0x2C) { break }
                speakerTokens.insert(t)
            }
        }
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWord, tokens[i].capitalized, !text.inQuotation(i) else { i += 1; continue }
            var j = i
            while j < tokens.count, !text.inQuotation(j),
                  (tokens[j].isWord && (tokens[j].capitalized || (j > i && NameCleaner.particles.contains(tokens[j].lower))))
                    || (tokens[j].isPunct(0x2E) && j > i && SentenceBoundaries.isAbbreviation(tokens, before: j)) {
                j += 1
            }
            let run = i..<j
            i = j
            guard let name = NameCleaner.personName(text, run) else { continue }
            let isSpeaker = speakerTokens.contains(name.lastToken)
            register(name: name, at: name.lastToken, explicitPerson: isSpeaker)
        }
    }

    private mutating func register(name: CleanName, at token: Int, explicitPerson: Bool) {
        guard let id = person(for: name, create: name.isPersonLike || (explicitPerson && !name.isOrganizationLike)) else { return }
        mentions.append(PersonMention(token: token, person: id))
        // Remember the role words right before the name: `Russian President Vladimir Putin`.
        var k = token - name.words.count
        var steps = 0
        while k >= 0 && steps < 4 {
            let t = text.tokens[k]
            guard t.isWord || t.isPunct(0x2E) else { break }
            let w = NameCleaner.stripped(t.lower)
            if WordLists.roleNouns[w] != nil || WordLists.titles.contains(w) { people[id.key]![id.index].roles.insert(w) }
            k -= 1
            steps += 1
        }
    }

    /// The person a clean name refers to, updating what is known about them; a new person when
    /// `create` allows. A surname alone refers to the person with that surname mentioned last.
    private mutating func person(for name: CleanName, create: Bool) -> PersonID? {
        let key = name.key
        let first = name.words.count > 1 ? name.words[0].lowercased() : nil
        var list = people[key] ?? []
        var index: Int?
        if let first {
            index = list.firstIndex { $0.first == first }
        } else if !list.isEmpty {
            // A title can pick the family member: `Mrs. Clinton`.
            if name.gender != .unknown, let g = list.lastIndex(where: { $0.gender == name.gender }) {
                index = g
            } else {
                index = lastMentioned[key] ?? list.count - 1
            }
        }
        if let i = index {
            if name.words.count > list[i].name.split(separator: " ").count && name.isPersonLike { list[i].name = name.text }
            if list[i].gender == .unknown { list[i].gender = name.gender }
        } else {
            guard create else { return nil }
            list.append(Person(name: name.text, first: first, gender: name.gender))
            index = list.count - 1
        }
        people[key] = list
        lastMentioned[key] = index!
        return PersonID(key: key, index: index!)
    }

    private func person(_ id: PersonID) -> Person { people[id.key]![id.index] }

    // MARK: - Naming

    /// The name for a speaker mention and the person it names, if any.
    private mutating func name(for speaker: Range<Int>, resolvePronouns: Bool) -> (String, PersonID?) {
        let tokens = text.tokens
        let mentionText = text.text(speaker)
        if speaker.count == 1, let gender = WordLists.pronounGender[tokens[speaker.lowerBound].lower]
            ?? Self.possessiveGender[tokens[speaker.lowerBound].lower] {
            guard resolvePronouns, gender == .male || gender == .female else { return (mentionText, nil) }
            guard let id = resolve(before: speaker.lowerBound, gender: gender) else { return (mentionText, nil) }
            return (person(id).name, id)
        }
        if let clean = NameCleaner.cleanName(text, speaker) {
            if let id = mentionAt(clean.lastToken) ?? (people[clean.key] != nil ? person(for: clean, create: false) : nil) {
                let known = person(id).name
                let name = clean.words.count >= known.split(separator: " ").count ? clean.text : known
                return (name, id)
            }
            return (clean.text, nil)
        }
        // A role noun: `the senator`, `the spokeswoman`.
        let head = tokens[speaker.upperBound - 1].lower
        if resolvePronouns, speaker.count <= 4, tokens[speaker.lowerBound].lower == "the", let gender = WordLists.roleNouns[head],
           let id = resolve(before: speaker.lowerBound, gender: gender, role: head) {
            return (person(id).name, id)
        }
        // `the White House`: a capitalised name after the article keeps its words, without the article.
        if speaker.count > 1, tokens[speaker.lowerBound].lower == "the", tokens[speaker.lowerBound + 1].capitalized,
           !speaker.contains(where: { tokens[$0].isPunct(0x2C) }) {
            return (text.text((speaker.lowerBound + 1)..<speaker.upperBound), nil)
        }
        return (mentionText, nil)
    }

    /// The person mentioned with its last word at `token`, if that mention was registered.
    private func mentionAt(_ token: Int) -> PersonID? {
        let k = lastMention(before: token + 1)
        return k >= 0 && mentions[k].token == token ? mentions[k].person : nil
    }

    /// The best-scoring named person before token `position` whose gender agrees; learns the
    /// gender when the person had none.
    private mutating func resolve(before position: Int, gender: Gender, role: String? = nil) -> PersonID? {
        let paragraph = text.paragraphOf[position]
        let sentence = text.sentenceOf[position]
        var recentSpeakers = Set<PersonID>()
        var lastSpeaker: PersonID?
        for mention in speakerMentions.reversed() where mention.token < position {
            if isBeyond(mention.token, paragraphs: 2, from: paragraph, sentence: sentence) { break }
            if lastSpeaker == nil { lastSpeaker = mention.person }
            recentSpeakers.insert(mention.person)
        }
        var best: (score: Double, id: PersonID)?
        var k = lastMention(before: position)
        var seen = Set<PersonID>()
        while k >= 0 {
            let mention = mentions[k]
            k -= 1
            if isBeyond(mention.token, paragraphs: Self.paragraphWindow, from: paragraph, sentence: sentence) { break }
            let candidate = person(mention.person)
            guard !seen.contains(mention.person), candidate.gender.agrees(with: gender) else { continue }
            seen.insert(mention.person)
            var score = Double(sentence - text.sentenceOf[mention.token])
            if candidate.gender == .unknown { score += 1.5 }
            if recentSpeakers.contains(mention.person) { score -= 1.5 }
            if mention.person == lastSpeaker { score -= 1 }
            if let role, candidate.roles.contains(role) { score -= 10 }
            if best == nil || score < best!.score { best = (score, mention.person) }
        }
        guard let id = best?.id else { return nil }
        if person(id).gender == .unknown && (gender == .male || gender == .female) { people[id.key]![id.index].gender = gender }
        return id
    }

    /// Whether the mention at `token` lies more than `paragraphs` paragraphs or ``sentenceWindow``
    /// sentences before `paragraph` / `sentence`: too far back for a pronoun there.
    private func isBeyond(_ token: Int, paragraphs: Int32, from paragraph: Int32, sentence: Int32) -> Bool {
        paragraph - text.paragraphOf[token] > paragraphs || sentence - text.sentenceOf[token] > Self.sentenceWindow
    }

    /// Index of the last mention before `position`, or -1.
    private func lastMention(before position: Int) -> Int {
        mentions.partitionPoint { $0.token < position } - 1
    }
}
