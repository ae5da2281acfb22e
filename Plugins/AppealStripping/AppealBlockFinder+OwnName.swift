/// An outlet asking in its own name in the third person ("Pour qu'<outlet> poursuive sa mission,
/// faites un don …", "Triple your donation and support <outlet> today."): no word of the lexicon names
/// the medium, but the name the block calls for appears nowhere in the article around it. A charity or
/// campaign whose appeal an article passes on is what the article is about, and it names it.
extension AppealBlockFinder {
    /// Whether a block's lines (`members`, of `lines`) name something in a capitalised word in the
    /// middle of a sentence (after an elided article: "qu'Aleteia") that no other line of the text
    /// holds; lines in German are passed over.
    func namesOnlyItself(_ members: ArraySlice<Int>, lines: [TextLine]) -> Bool {
        let names = members.flatMap { Self.midSentenceNames(in: lines[$0].text) }
        guard !names.isEmpty else { return false }
        let others = lines.indices.filter { !members.contains($0) && !lines[$0].isBlank }
        return names.contains { name in !others.contains { lines[$0].text.contains(name) } }
    }

    /// The capitalised words of at least three letters in a line that do not open a sentence, with
    /// an elided article before them dropped ("d'Aleteia" → "Aleteia"); none in a German line.
    static func midSentenceNames(in line: String) -> [Substring] {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !isGerman(words) else { return [] }
        var names: [Substring] = []
        for (k, raw) in words.enumerated() where k > 0 {
            // A sentence opens after a full stop, question or exclamation mark, or a colon.
            if let end = words[k - 1].last, ".!?:".contains(end) { continue }
            var word = raw
            if let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }), word.distance(from: word.startIndex, to: apostrophe) <= 3 {
                word = word[word.index(after: apostrophe)...]
            }
            word = word.prefix { $0.isLetter || $0 == "-" }
            guard word.count >= 3, let first = word.unicodeScalars.first, first.properties.isUppercase else { continue }
            names.append(word)
        }
        return names
    }
}
