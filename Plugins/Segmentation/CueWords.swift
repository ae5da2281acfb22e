/// Small word lists some line-level rules look for: weekdays and months of datelines, labels of
/// photo captions, and speech verbs after a quoted question or exclamation.
struct CueWords: Sendable {
    private let weekdays = Set(Self.weekdayList.compactMap(WordKey.init))
    private let months = Set(Self.monthList.compactMap(WordKey.init))
    private let captionLabels = Set(Self.captionLabelList.compactMap(WordKey.init))
    private let speechVerbs = Set(Self.speechVerbList.compactMap(WordKey.init))
    private let figureLabels = Set(Self.figureLabelList.compactMap(WordKey.init))

    func isWeekday(_ text: UTF8Text, _ from: Int, _ to: Int) -> Bool { contains(weekdays, text, from, to) }
    func isMonth(_ text: UTF8Text, _ from: Int, _ to: Int) -> Bool { contains(months, text, from, to) }
    func isCaptionLabel(_ text: UTF8Text, _ from: Int, _ to: Int) -> Bool { contains(captionLabels, text, from, to) }
    func isSpeechVerb(_ text: UTF8Text, _ from: Int, _ to: Int) -> Bool { contains(speechVerbs, text, from, to) }
    func isFigureLabel(_ text: UTF8Text, _ from: Int, _ to: Int) -> Bool { contains(figureLabels, text, from, to) }

    private func contains(_ set: Set<WordKey>, _ text: UTF8Text, _ from: Int, _ to: Int) -> Bool {
        guard let key = WordKey(text, from: from, to: to) else { return false }
        return set.contains(key)
    }

    static let weekdayList = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ]
    static let monthList = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "januar", "februar", "märz", "mai", "juni", "juli", "oktober",
        "dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ]
    static let captionLabelList = [
        "image", "images", "photo", "photos", "photograph", "picture", "credit", "credits", "caption",
        "video", "source", "foto", "bild", "quelle",
    ]
    static let speechVerbList = [
        "said", "says", "say", "asked", "asks", "ask", "replied", "replies", "cried", "cries", "called",
        "calls", "shouted", "shouts", "whispered", "whispers", "added", "adds", "continued", "answered",
        "answers", "exclaimed", "yelled", "yells", "wrote", "writes", "began", "started", "howled",
        "screamed", "muttered", "mutters", "demanded", "wondered", "insisted", "laughed", "sighed",
        "told", "tells", "responded", "recalled", "explained", "noted", "remarked", "pleaded",
    ]
    static let figureLabelList = [
        "figure", "fig", "fig.", "table", "chart", "map", "exhibit", "plate", "abbildung", "abb.", "tabelle",
    ]
}
