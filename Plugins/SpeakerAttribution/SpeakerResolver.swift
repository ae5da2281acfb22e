/// Gives every speaker mention a clean name: titles and roles stripped from named mentions,
/// pronouns and role nouns (`the senator`) resolved to the most recent compatible named person.
struct SpeakerResolver {
    let text: ScannedText
    /// Named person mentions in document order.
    private var mentions: [PersonMention] = []
    /// Known people by last word of the name, with the fullest name seen and a gender.
    private var people: [String: Person] = [:]

    struct PersonMention {
        var token: Int
        var key: String
    }

    struct Person {
        var name: String
        var gender: Gender
    }

    init(text: ScannedText) {
        self.text = text
    }

    /// Names the speakers of `attributions` (sorted by position) in place.
    mutating func resolve(_ attributions: inout [Attribution], pronouns: Bool) {
        collectMentions(speakers: attributions.compactMap(\.speaker))
        for index in attributions.indices {
            guard let speaker = attributions[index].speaker else { continue }
            attributions[index].name = name(for: speaker, resolvePronouns: pronouns)
        }
    }

    // MARK: - Mentions

    /// Scans capitalised runs outside quotations for person names.
    private mutating func collectMentions(speakers: [Range<Int>]) {
        let tokens = text.tokens
        var speakerStarts = Set<Int>()
        for s in speakers { for t in s { speakerStarts.insert(t) } }
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWord, tokens[i].capitalized, !text.inQuotation(i) else { i += 1; continue }
            var j = i
            while j < tokens.count, !text.inQuotation(j),
                  (tokens[j].isWord && (tokens[j].capitalized || (j > i && ["de", "van", "von", "al", "bin", "la", "del", "da"].contains(tokens[j].lower))))
                    || (tokens[j].isPunct(0x2E) && j > i && SentenceBoundaries.isAbbreviation(tokens, before: j)) {
                j += 1
            }
            let run = i..<j
            i = j
            guard let name = NameCleaner.personName(text, run) else { continue }
            let isSpeaker = run.contains { speakerStarts.contains($0) }
            register(name: name, at: name.lastToken, explicitPerson: isSpeaker)
        }
    }

    private mutating func register(name: CleanName, at token: Int, explicitPerson: Bool) {
        let key = name.key
        if var known = people[key] {
            if name.words.count > known.name.split(separator: " ").count { known.name = name.text }
            if known.gender == .unknown { known.gender = name.gender }
            people[key] = known
        } else {
            guard name.isPersonLike || explicitPerson else { return }
            people[key] = Person(name: name.text, gender: name.gender)
        }
        mentions.append(PersonMention(token: token, key: key))
    }

    // MARK: - Naming

    private mutating func name(for speaker: Range<Int>, resolvePronouns: Bool) -> String {
        let tokens = text.tokens
        let mentionText = text.text(speaker)
        if speaker.count == 1, let gender = WordLists.pronounGender[tokens[speaker.lowerBound].lower] {
            guard resolvePronouns, gender == .male || gender == .female else { return mentionText }
            return resolve(before: speaker.lowerBound, gender: gender) ?? mentionText
        }
        if let clean = NameCleaner.cleanName(text, speaker) {
            if let known = people[clean.key] { return clean.words.count >= known.name.split(separator: " ").count ? clean.text : known.name }
            return clean.text
        }
        // A role noun: `the senator`, `the spokeswoman`.
        let head = tokens[speaker.upperBound - 1].lower
        if resolvePronouns, speaker.count <= 4, tokens[speaker.lowerBound].lower == "the", let gender = WordLists.roleNouns[head] {
            return resolve(before: speaker.lowerBound, gender: gender) ?? mentionText
        }
        return mentionText
    }

    /// The most recent named person before token `position` whose gender agrees; learns the
    /// gender when the person had none.
    private mutating func resolve(before position: Int, gender: Gender) -> String? {
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].token < position { low = mid + 1 } else { high = mid }
        }
        var k = low - 1
        let paragraph = text.paragraphOf[position]
        while k >= 0 {
            let mention = mentions[k]
            if paragraph - text.paragraphOf[mention.token] > 4 { break }
            if let person = people[mention.key], person.gender.agrees(with: gender) {
                if person.gender == .unknown && (gender == .male || gender == .female) {
                    people[mention.key]?.gender = gender
                }
                return person.name
            }
            k -= 1
        }
        return nil
    }
}
