import PipelineKit

/// A sign-up, registration or order form's messages printed as lines of their own where the page
/// hid them ("Vielen Dank für Ihre Registrierung. …" / "Ihr Konto ist aktiviert. …" / "Vielen Dank
/// für Ihre Bestellung. …"): a scrape keeps every state of the form, one under another, at the top
/// of the page or under the article. No article prints two of them in a row. (One message next to
/// a kept appeal goes with it as its rim: ``isBoxEdgeLine(_:above:)``.)
extension AppealStripper {
    /// Fewest form messages a run must hold.
    static let formMessageRun = 2
    /// A line between two form messages that speaks to the reader ("Sie haben die Schweizer
    /// Ausgabe ausgewählt. …") is shorter than this (code points).
    static let formAsidePoints = 120

    /// The lines (before merging) of runs of form messages: content lines in a row, each opening
    /// with a form's message about itself (``formStates``, bullets and emoji before it skipped) or
    /// a short line to the reader between two of them, with at least ``formMessageRun`` messages,
    /// opening and closing with one; none reports or quotes.
    func formMessageLines(in lines: [TextLine]) -> [Int] {
        // (Most texts hold no form message at all: looked for first.)
        guard lines.contains(where: Self.opensWithFormState) else { return [] }
        var found: [Int] = [], run: [Int] = [], messages = 0
        func close() {
            // The run ends with its last message: asides after it stay.
            while let last = run.last, !Self.opensWithFormState(lines[last]) { run.removeLast() }
            if messages >= Self.formMessageRun { found += run }
            run = []; messages = 0
        }
        for k in lines.indices where !lines[k].isBlank {
            let message = Self.opensWithFormState(lines[k])
            // (A line is read only when it may join a run: a message, or an aside after one.)
            guard message || !run.isEmpty else { continue }
            let e = lineEvidence(lines[k])
            guard e.speaksOwnWords else { close(); continue }
            if message {
                run.append(k)
                messages += 1
            } else if e.secondPerson > 0, e.points < Self.formAsidePoints {
                run.append(k)
            } else {
                close()
            }
        }
        close()
        return found
    }

    /// Whether a line opens with a form's message about itself (``formStates``), bullets and emoji skipped.
    static func opensWithFormState(_ line: TextLine) -> Bool {
        opensWithFormState(line.lowered)
    }

    /// Whether normalised `bytes` open with a form's message about itself (``formStates``), bullets
    /// and emoji skipped: the one test of a form message, for a run of them and for a box's rim. The
    /// message ends where a word of the line does (``TextNormalizer/openingPhraseEnd(in:among:)``:
    /// "Pflichtfeld", not "Pflichtfelder im Antrag").
    static func opensWithFormState(_ bytes: [UInt8]) -> Bool {
        let start = TextNormalizer.letterStart(in: bytes)
        // (Most lines open with a letter no message opens with: checked before the messages are compared.)
        return start < bytes.count && formStateLeads[Int(bytes[start])] && TextNormalizer.openingPhraseEnd(in: bytes, among: formStates) != nil
    }

    /// The bytes some form message opens with.
    private static let formStateLeads: [Bool] = {
        var leads = [Bool](repeating: false, count: 256)
        for state in formStates { if let first = state.first { leads[Int(first)] = true } }
        return leads
    }()
}
