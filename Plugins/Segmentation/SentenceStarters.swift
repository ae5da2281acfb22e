/// Capitalised words that commonly begin sentences but rarely continue a name.
///
/// After an ambiguous abbreviation (`Inc.`, `U.S.`, `Jr.`) a period ends the sentence only when
/// the next word is one of these: `the U.S. The talks` ends a sentence, `the U.S. Senate` does not.
struct SentenceStarters: Sendable {
    private let words: Set<WordKey>
    private let afterTitle: Set<WordKey>

    init() {
        words = Set(Self.english.compactMap(WordKey.init) + Self.otherLanguages.compactMap(WordKey.init))
        afterTitle = Set(Self.neverAfterTitle.compactMap(WordKey.init))
    }

    /// Whether `text[from..<to]` starts sentences and never follows a title such as `Dr.`
    /// or `St.` in a name: `The`, `He`, `But` …
    func neverFollowsTitle(_ text: UTF8Text, from: Int, to: Int) -> Bool {
        guard let key = WordKey(text, from: from, to: to) else { return false }
        return afterTitle.contains(key)
    }

    static let neverAfterTitle: [String] = [
        "the", "he", "she", "it", "they", "we", "this", "these", "those", "there", "but", "however",
        "his", "its", "their", "our", "when", "while", "after", "if", "what", "why", "how",
        "der", "die", "das", "er", "sie", "es", "il", "elle", "ils", "он", "она", "они", "это",
    ]

    /// Whether `text[from..<to]` (one word, without punctuation) is a common sentence starter.
    func contains(_ text: UTF8Text, from: Int, to: Int) -> Bool {
        guard let key = WordKey(text, from: from, to: to) else { return false }
        return words.contains(key)
    }

    static let english: [String] = [
        "the", "a", "an", "he", "she", "it", "i", "we", "they", "you", "this", "that", "these", "those",
        "there", "here", "his", "her", "its", "our", "their", "my", "your", "in", "on", "at", "for", "but",
        "and", "or", "so", "yet", "if", "when", "while", "after", "before", "since", "as", "although",
        "though", "however", "meanwhile", "then", "now", "also", "still", "what", "who", "why", "how",
        "where", "which", "some", "many", "most", "all", "not", "one", "both", "each", "every", "other",
        "such", "today", "yesterday", "tomorrow", "earlier", "later", "last", "next", "did", "do", "does",
        "is", "are", "was", "were", "will", "would", "can", "could", "should", "may", "might", "must",
        "let", "please", "according", "during", "from", "with", "without", "by", "under", "over",
        "despite", "because", "instead", "even", "only", "just", "yes", "no", "well", "oh", "thus",
        "therefore", "moreover", "furthermore", "nevertheless", "indeed", "perhaps", "maybe", "again",
        "once", "another", "any", "several", "few", "much", "more", "neither", "nor", "either",
        "whether", "unlike", "like", "until", "unless", "among", "between", "through", "following",
        "further", "given", "to", "of", "about", "if", "mr", "mrs", "ms", "dr", "however", "otherwise",
        "besides", "finally", "first", "second", "third", "soon", "afterwards", "instead", "rather",
        "similarly", "likewise", "consequently", "hence", "accordingly", "nonetheless", "notably",
        "anything", "everything", "nothing", "something", "someone", "everyone", "nobody", "none",
        "whatever", "look", "yeah", "okay", "ok", "sure", "thanks", "hello", "hi",
    ]

    static let otherLanguages: [String] = [
        // German
        "der", "die", "das", "er", "es", "wir", "ich", "ihr", "aber", "und", "im", "am", "auch", "doch",
        "dies", "diese", "dieser", "ein", "eine", "nach", "mit", "bei", "für", "wie", "was", "wer", "wenn",
        "als", "so", "dann", "nun", "zudem", "jedoch", "damit", "denn",
        // French
        "il", "elle", "ils", "elles", "le", "la", "les", "un", "une", "des", "ce", "cette", "mais", "et",
        "en", "dans", "pour", "on", "nous", "je", "selon", "après", "avant", "depuis", "lors",
        // Russian
        "он", "она", "они", "оно", "это", "в", "во", "на", "но", "и", "а", "по", "как", "что", "мы", "я",
        "не", "так", "однако", "при", "после", "для", "с", "к", "из", "за", "его", "её", "их", "там",
    ]
}
