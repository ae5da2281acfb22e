/// Words that take a period without ending a sentence, grouped by how the period behaves.
///
/// Entries are written without their final period. ASCII letters match in any case, except
/// entries written with a capital (`Ill`, `Mass`): those also are ordinary words and match only
/// when capitalised in the text.
struct AbbreviationLexicon: Sendable {
    /// How a period after an abbreviation behaves before a capitalised word.
    enum Kind: Sendable {
        /// Written before a name (`Dr.`, `Gov.`, `Mt.`): the period never ends a sentence.
        case title
        /// Used only inside sentences (`e.g.`, `vs.`): the period never ends a sentence.
        case inner
        /// Written before a number (`No. 5`, `Nov. 3`, `p. 55`); before a word it behaves like
        /// ``ambiguous``.
        case beforeNumber
        /// May end a sentence (`Inc.`, `Jr.`): the period ends one only before a word that
        /// commonly starts sentences (`The`, `He`, `But` …).
        case ambiguous
        /// Usually ends its phrase (`etc.`): the period ends a sentence before any capitalised word.
        case final
    }

    struct Entry: Sendable {
        let kind: Kind
        let capitalOnly: Bool
    }

    private var entries: [WordKey: Entry] = [:]
    private let dateNouns = Set(Self.dateNounList.compactMap(WordKey.init))
    private let continuationWords = Set(Self.continuationWordList.compactMap(WordKey.init))

    /// The built-in lexicon plus extra entries.
    init(extraAmbiguous: [String] = [], extraTitles: [String] = []) {
        add(Self.titles, as: .title)
        add(Self.inner, as: .inner)
        add(Self.beforeNumber, as: .beforeNumber)
        add(Self.ambiguous, as: .ambiguous)
        add(["etc", "usw"], as: .final)
        add(extraAmbiguous.map(Self.trimmed), as: .ambiguous)
        add(extraTitles.map(Self.trimmed), as: .title)
    }

    private static func trimmed(_ word: String) -> String {
        word.hasSuffix(".") ? String(word.dropLast()) : word
    }

    private mutating func add(_ words: [String], as kind: Kind) {
        for word in words {
            guard let key = WordKey(word), let first = word.unicodeScalars.first else { continue }
            let capitalOnly = first.value >= 0x41 && first.value <= 0x5A
            entries[key] = Entry(kind: kind, capitalOnly: capitalOnly)
        }
    }

    /// The kind of the abbreviation `text[from..<to]` (without its period), if it is one.
    func kind(of text: UTF8Text, from: Int, to: Int) -> Kind? {
        guard let key = WordKey(text, from: from, to: to), let entry = entries[key] else { return nil }
        if entry.capitalOnly {
            let first = text[from]
            guard first >= 0x41 && first <= 0x5A else { return nil }
        }
        return entry.kind
    }

    /// Whether `text[from..<to]` is a noun that follows a German ordinal number (`3. Oktober`,
    /// `19. Jahrhundert`), where the number's period ends no sentence.
    func isDateNoun(_ text: UTF8Text, from: Int, to: Int) -> Bool {
        guard let key = WordKey(text, from: from, to: to) else { return false }
        return dateNouns.contains(key)
    }

    /// Whether `text[from..<to]` is a lowercase function word that cannot end a sentence (`and`,
    /// `the`), so that a line break after it is wrapped text. Capitalised forms (`ET`, `A`) are
    /// acronyms or headline words and do not count.
    func isContinuationWord(_ text: UTF8Text, from: Int, to: Int) -> Bool {
        guard from < to, ScalarClass.shape(text.scalar(at: from).value) == .lower,
              let key = WordKey(text, from: from, to: to) else { return false }
        return continuationWords.contains(key)
    }

    // MARK: - Built-in lists

    static let dateNounList: [String] = [
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "dezember", "jahrhundert", "jahrhunderts", "jh", "jahrestag", "geburtstag",
        "mal", "platz", "runde", "liga", "bundesliga", "klasse", "stock", "etage",
    ]

    static let continuationWordList: [String] = [
        "and", "or", "but", "nor", "the", "a", "an", "of", "to", "in", "for", "with", "by", "at", "on",
        "from", "that", "which", "who", "as", "is", "are", "was", "were", "be", "has", "have", "had",
        "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "than", "into",
        "und", "oder", "der", "die", "das", "den", "dem", "des", "ein", "eine", "mit", "von", "zu",
        "et", "ou", "le", "la", "les", "de", "des", "du", "un", "une", "à", "и", "или", "в", "на", "с",
    ]

    static let titles: [String] = [
        // English
        "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "profs", "gov", "govs", "sen", "sens",
        "rep", "reps", "Gen", "gens", "lt", "Col", "capt", "cpl", "sgt", "Maj", "adm", "cmdr", "cdr",
        "brig", "st", "ste", "mt", "ft", "rev", "fr", "hon", "pres", "supt", "det", "insp", "amb",
        "atty", "msgr", "pvt", "spc", "lieut", "rt", "dir", "asst", "assoc",
        // German, French
        "hr", "hrn", "mme", "mlle", "mmes", "mgr",
        // Russian
        "им", "ул", "пр", "пер", "проф", "акад", "тов", "г-н", "г-жа", "св",
    ]

    static let inner: [String] = [
        "e.g", "i.e", "vs", "cf", "viz", "ibid", "resp", "approx",
        "z.b", "z.t", "u.a", "d.h", "bzw", "vgl", "sog", "ggf", "evtl", "inkl", "zzgl",
        "p.ex", "c.-à-d", "c.à.d",
        "т.е", "т.к", "т.н", "напр",
    ]

    static let beforeNumber: [String] = [
        "no", "nos", "nr", "n°", "nº", "vol", "vols", "p", "pp", "pg", "fig", "figs", "Art", "Arts",
        "sec", "secs", "ch", "chap", "op", "ed", "eds", "tel", "ext", "ca", "para", "paras", "pt", "pts",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "est", "Abs", "Bd", "Hft", "Jh", "Jhd", "Tab", "Kap", "Str", "Ziff",
        "janv", "févr", "avr", "juil", "déc",
        "янв", "февр", "апр", "авг", "сент", "окт", "нояб", "дек", "стр", "д", "кв", "рис", "табл",
    ]

    static let ambiguous: [String] = [
        "co", "corp", "inc", "ltd", "llc", "plc", "bros", "jr", "sr", "al", "dept", "univ", "assn",
        "ave", "blvd", "rd", "hwy", "ln", "sq", "pl", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs",
        "Fri", "Sat", "Sun", "min", "mins", "hrs", "yr", "yrs", "mos", "wk", "wks", "kg",
        "km", "oz", "lb", "lbs", "gal", "govt", "intl", "natl", "esp", "incl", "misc", "dist", "div",
        "mfg", "mgmt", "depts", "jnr", "snr", "cie", "AG", "gmbh", "mio", "mrd", "tsd", "ff",
        // U.S. states in AP style; capitalised entries match only capitalised words
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
        "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
        "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wisc", "Wyo",
        // Russian
        "г", "гг", "т.д", "т.п", "др", "млн", "млрд", "тыс", "руб", "коп", "см", "обл", "р", "в", "вв",
    ]
}
