/// Finds an outlet's appeal lines by their repetition across a corpus: a support button, a
/// newsletter plug or a paywall notice stands verbatim on every page an outlet publishes, while
/// an article's sentences do not repeat. Lines printed in at least ``minimumDocuments``
/// documents that carry an appeal cue of their own (a call, the newsroom's voice, a price, the
/// reader's "I" on a button, a subscription or payment word addressed to the reader) and read as
/// neither a report nor a quotation are proposed, for the researcher to review and name in a
/// pipeline (`lines-file`).
///
/// ```swift
/// var miner = AppealLineMiner(minimumDocuments: 3)
/// for (id, text) in corpus { miner.add(id: id, text: text) }
/// for line in miner.repeatedLines() { print(line.documents, line.text) }
/// ```
public struct AppealLineMiner: Sendable {
    /// A proposed line: its text (white space collapsed), the group (outlet) whose documents repeat
    /// it, in how many of them it stands, and the ids of the first few.
    public struct RepeatedLine: Sendable, Equatable {
        /// The line, trimmed, with white space collapsed.
        public let text: String
        /// The group of documents it was counted in (an outlet's name; empty when not grouped).
        public var group: String = ""
        /// The number of documents that hold it as a line of their own.
        public let documents: Int
        /// The ids of the first documents that hold it (at most ``AppealLineMiner/exampleCount``).
        public let examples: [String]
    }

    /// How many documents must hold a line.
    public let minimumDocuments: Int
    /// Lines longer than this (in code points) are passed over: boxes repeat line by line.
    public let maximumLength: Int
    /// How many example ids a proposed line keeps.
    public static let exampleCount = 3

    private let reader: AppealStripper
    /// Counts by group, then by line.
    private var counts: [String: [String: (documents: Int, examples: [String])]] = [:]
    /// The number of documents added.
    public private(set) var documentCount = 0
    /// The number of documents passed over as copies of one added before.
    public private(set) var duplicateCount = 0
    /// How many of a document's longest non-candidate lines make its fingerprint.
    static let fingerprintLines = 3
    /// Hashes of the longest non-candidate lines of each document counted.
    private var fingerprints = Set<Int>()

    /// Creates a miner.
    /// - Parameters:
    ///   - minimumDocuments: how many documents must hold a line (at least 2).
    ///   - maximumLength: the longest line considered, in code points.
    public init(minimumDocuments: Int = 3, maximumLength: Int = 300) {
        self.minimumDocuments = max(2, minimumDocuments)
        self.maximumLength = maximumLength
        // The rules' reader of line evidence, without the learned scorer (not needed here).
        self.reader = AppealStripper(lineModel: nil, veto: 0, scorerPitches: 0)
    }

    /// Counts the candidate lines of one document (each line once per document), within `group`
    /// (an outlet's name, so that a line counts only when one outlet repeats it; empty: the whole
    /// corpus is one group). A copy of a document added before (the same three longest lines that
    /// are no candidates: a mirrored or syndicated article) is not counted again, or every line of
    /// it would be "repeated". (Three, not one: a long boilerplate line of the outlet may be the
    /// longest of every page.)
    public mutating func add(id: String, text: String, group: String = "") {
        documentCount += 1
        var candidates: [String] = []
        var longest: [String] = []
        let known = counts[group] ?? [:]
        for line in TextLine.lines(of: text) where !line.isBlank {
            let key = OutletLines.normalized(line.text)
            if line.span.length <= maximumLength, key.unicodeScalars.count >= 2, known[key] != nil || isCandidate(line) {
                candidates.append(key)
            } else if longest.count < Self.fingerprintLines || key.utf8.count > longest[longest.count - 1].utf8.count {
                longest.append(key)
                longest.sort { $0.utf8.count > $1.utf8.count }
                if longest.count > Self.fingerprintLines { longest.removeLast() }
            }
        }
        if !longest.isEmpty {
            guard fingerprints.insert(longest.hashValue).inserted else {
                duplicateCount += 1
                return
            }
        }
        for key in Set(candidates) {
            var entry = counts[group, default: [:]][key] ?? (0, [])
            entry.documents += 1
            if entry.examples.count < Self.exampleCount { entry.examples.append(id) }
            counts[group, default: [:]][key] = entry
        }
    }

    /// The lines held by at least ``minimumDocuments`` documents of one group, most frequent first
    /// (ties by group, then text).
    public func repeatedLines() -> [RepeatedLine] {
        counts.flatMap { group, lines in
            lines.filter { $0.value.documents >= minimumDocuments }
                .map { RepeatedLine(text: $0.key, group: group, documents: $0.value.documents, examples: $0.value.examples) }
        }
        .sorted { ($0.documents, $1.group, $1.text) > ($1.documents, $0.group, $0.text) }
    }

    /// A line whose call or voice does not address the reader must be this short (code points) to be
    /// proposed: a button ("Donate", "Jetzt spenden"), not a sentence that mentions sign-ups.
    static let buttonPoints = 80

    /// Whether a line reads like a piece of an appeal on its own, with no reporting or quotation: a
    /// button or a call opening it, the reader's "I" on a button, a priced offer, a call or the
    /// newsroom's voice addressed to the reader (or short as a button), or payment words addressed
    /// to the reader. A header alone ("Editor's note: …") or a sentence that mentions sign-ups to
    /// nobody is not proposed.
    private func isCandidate(_ line: TextLine) -> Bool {
        let e = reader.lineEvidence(line)
        guard e.speaksOwnWords else { return false }
        if e.opensWithCall || e.cues[.readerButton] > 0 || e.offersAccess { return true }
        if e.cues[.action] + e.cues[.voice] > 0 { return e.speaksToReader || e.points <= Self.buttonPoints }
        return e.cues[.payment] > 0 && e.secondPerson > 0
    }
}
