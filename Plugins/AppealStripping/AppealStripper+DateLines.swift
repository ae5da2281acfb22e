import Foundation

/// A date on a line of its own ("21 November 2019", "3. Mai 2024", "le 4 août 2023", "12 марта 2024 г.",
/// "05.03.2024"): under an article's headline, it marks where the article begins.
extension AppealStripper {
    /// Month names by their first three letters, lowered (English, German, French, Russian).
    static let monthStems: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "jän", "mär", "mai", "okt", "dez", "fév", "fev", "avr", "jui", "aoû", "aou", "déc",
        "янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
    ]

    /// Small words a date line may hold besides its day, month and year ("le", "am", "den", "г").
    static let dateWords: Set<String> = ["le", "am", "den", "de", "du", "of", "the", "on", "г", "года"]

    /// Whether `text` is a date and nothing else: at most six words, one of them a year from 1900 to
    /// 2099 (on its own or closing a numeric date, "05.03.2024"), every other a number, a month name or
    /// a small word of ``dateWords``.
    static func isDateLine(_ text: Substring) -> Bool {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
            .map { $0.trimmingCharacters(in: .punctuationCharacters) }.filter { !$0.isEmpty }
        guard !words.isEmpty, words.count <= 6 else { return false }
        var year = false
        for word in words {
            let digits = word.filter(\.isNumber)
            if digits.count == word.count || word.allSatisfy({ $0.isNumber || $0 == "." || $0 == "/" || $0 == "-" }) {
                if let last = word.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" }).last,
                   last.count == 4, last.hasPrefix("19") || last.hasPrefix("20") { year = true }
                continue
            }
            if monthStems.contains(String(word.prefix(3))) || dateWords.contains(word) { continue }
            return false
        }
        return year
    }
}
