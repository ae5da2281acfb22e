/// Finds money amounts in a normalised line and sorts them into small (payment calls) and
/// large (reporting on donations and campaign finance).
enum MoneyScanner {
    private static let magnitudeWords: [[UInt8]] = [
        "million", "billion", "bn", "m ", "mio", "mrd", "millionen", "milliarden", "millions", "milliards",
        "млн", "млрд", "миллион", "миллиард", "тыс", "мільйон", "мільярд", "тис",
    ].map { Array($0.utf8) }
    private static let currencyWords: [[UInt8]] = [
        "eur", "euro", "usd", "dollar", "pound", "franc", "chf", "руб", "₽", "€", "$", "£", "gbp", "uah", "грн",
        "₹", "inr", "rupee", "franken", "fr.", "aud", "cad", "nzd", "zar", "naira", "₦", "ksh", "kes", "евро", "доллар",
        "гривн", "гривень", "гривен", "₴", "zł", "kronor", "kroner", "sek", "nok", "dkk", "¢", "cents",
    ].map { Array($0.utf8) }

    /// Counts small and large amounts. An amount is a digit run with a currency sign or word right
    /// before or after it; it is large from 1,000 units up or with a magnitude word after it.
    static func amounts(in bytes: [UInt8]) -> (small: Int, large: Int) {
        var small = 0
        var large = 0
        forEachNumber(in: bytes) { start, end, integerDigits in
            guard hasCurrency(bytes, before: start) || hasCurrency(bytes, after: end) else { return }
            if integerDigits >= 4 || hasMagnitude(bytes, after: end) { large += 1 } else { small += 1 }
        }
        return (small, large)
    }

    /// Words joining a sum raised to the goal in a progress bar ("$41,870 of $60,000").
    private static let progressJoins: Set<String> = [
        "of", "out of", "von", "sur", "из", "зі", "з",
        // The newsroom's own goal ("$3,400 of our $10,000 goal", "3.400 € von unserem Ziel von 10.000 €").
        "of our", "toward our", "towards our", "von unserem ziel von", "sur notre objectif de",
    ]

    /// Whether a normalised line holds a fundraising progress bar: an amount, a joining word
    /// (``progressJoins``) and a larger amount ("$41,870 of $60,000", "12 400 € sur 25 000 €",
    /// "3 100 из 5 000 ₽"), with a currency sign or word on at least one of them.
    static func holdsProgressBar(_ bytes: [UInt8]) -> Bool {
        // Digit runs (with thousands groups) and their values.
        var runs: [(start: Int, end: Int, value: Int)] = []
        forEachNumber(in: bytes) { start, end, integerDigits in
            var value = 0
            var counted = 0
            for b in bytes[start..<end] where isDigit(b) && counted < integerDigits {
                value = value &* 10 &+ Int(b - 0x30)
                counted += 1
            }
            runs.append((start, end, value))
        }
        guard runs.count >= 2 else { return false }
        for k in 1..<runs.count where runs[k].value > runs[k - 1].value {
            let (a, b) = (runs[k - 1], runs[k])
            guard hasCurrency(bytes, before: a.start) || hasCurrency(bytes, after: a.end)
                    || hasCurrency(bytes, before: b.start) || hasCurrency(bytes, after: b.end) else { continue }
            // What stands between the two sums, without currency signs and words (``currencyWords``, as prefixes:
            // "руб.", "рублей").
            let words = bytes[a.end..<b.start].split(separator: 0x20)
                .filter { word in !currencyWords.contains { word.starts(with: $0) } }
                .map { String(decoding: $0, as: UTF8.self) }
            if progressJoins.contains(words.joined(separator: " ")) { return true }
        }
        return false
    }

    /// Calls `body` with the start, end and integer-digit count of each number in `bytes`, in order
    /// (see ``number(in:from:)``).
    @inline(__always)
    private static func forEachNumber(in bytes: [UInt8], _ body: (Int, Int, Int) -> Void) {
        var i = 0
        let n = bytes.count
        while i < n {
            guard isDigit(bytes[i]), i == 0 || !isDigit(bytes[i - 1]) else { i += 1; continue }
            let (end, integerDigits) = number(in: bytes, from: i)
            body(i, end, integerDigits)
            i = end
        }
    }

    /// The end of the number starting at `start` (digits, thousands groups "10,000" / "10.000" /
    /// "10 000", one decimal part ".5" / ",50") and how many digits its integer part has.
    private static func number(in bytes: [UInt8], from start: Int) -> (end: Int, integerDigits: Int) {
        var i = start
        var integerDigits = 0
        var sawDecimal = false
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if isDigit(b) {
                if !sawDecimal { integerDigits += 1 }
                i += 1
            } else if (b == 0x2C || b == 0x2E || b == 0x20) && i + 1 < n && isDigit(bytes[i + 1]) {
                // 10,000 / 10.000 / 10 000 group thousands; ".5" or ",50" after few digits is a decimal.
                var run = 0
                var j = i + 1
                while j < n && isDigit(bytes[j]) { run += 1; j += 1 }
                if run == 3 { i += 1 } else if b != 0x20 && !sawDecimal { sawDecimal = true; i += 1 } else { break }
            } else {
                break
            }
        }
        return (i, integerDigits)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static func hasCurrency(_ bytes: [UInt8], before index: Int) -> Bool {
        var j = index
        if j > 0 && bytes[j - 1] == 0x20 { j -= 1 }
        for word in currencyWords where word.count <= j {
            if bytes[(j - word.count)..<j].elementsEqual(word) { return true }
        }
        return false
    }

    /// Whether `word` is written at `index`.
    private static func has(_ word: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        index + word.count <= bytes.count && bytes[index..<(index + word.count)].elementsEqual(word)
    }

    private static func hasCurrency(_ bytes: [UInt8], after index: Int) -> Bool {
        var j = index
        if j < bytes.count && bytes[j] == 0x20 { j += 1 }
        if j < bytes.count && bytes[j] == 0x2D { j += 1 }   // "5-euro"
        for word in magnitudeWords where has(word, in: bytes, at: j) {
            // "$2 million" has its sign before; "2 million euros" has the word after the magnitude.
            var k = j + word.count
            while k < bytes.count && TextNormalizer.isWordByte(bytes[k]) { k += 1 }
            if k < bytes.count && bytes[k] == 0x20 { k += 1 }
            return currencyWords.contains { has($0, in: bytes, at: k) }
        }
        return currencyWords.contains { has($0, in: bytes, at: j) }
    }

    private static func hasMagnitude(_ bytes: [UInt8], after index: Int) -> Bool {
        var j = index
        if j < bytes.count && bytes[j] == 0x20 { j += 1 }
        return magnitudeWords.contains { has($0, in: bytes, at: j) }
    }
}
