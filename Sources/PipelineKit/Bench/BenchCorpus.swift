/// Reshapes a benchmark corpus into long documents, to see how stages scale with document length:
/// a stage that is linear keeps its MB/s when documents grow, a quadratic one collapses.
public enum BenchCorpus {
    /// The documents joined `count` at a time into one (texts separated by a blank line; ids
    /// `joined-1`, `joined-2`, …), and with every line break turned into a space when
    /// `runTogether` is set (as when a scraper loses them). `count` 1 keeps the documents apart.
    public static func reshaped(_ documents: [Document], joining count: Int, runTogether: Bool) -> [Document] {
        let groups = count > 1
            ? stride(from: 0, to: documents.count, by: count).map { Array(documents[$0..<min($0 + count, documents.count)]) }
            : documents.map { [$0] }
        return groups.enumerated().map { index, group in
            var text = count > 1 ? group.map(\.text).joined(separator: "\n\n") : group[0].text
            if runTogether {
                var spaced = String.UnicodeScalarView()
                spaced.append(contentsOf: text.unicodeScalars.lazy.map { $0 == "\n" ? " " : $0 })
                text = String(spaced)
            }
            return count > 1 ? Document(id: "joined-\(index + 1)", text: text) : Document(id: group[0].id, text: text, meta: group[0].meta)
        }
    }
}
