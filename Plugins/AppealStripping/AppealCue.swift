/// The kinds of evidence a line can carry for or against being part of an appeal.
enum AppealCue: Int, CaseIterable, Sendable {
    /// A call to action: "donate now", "become a member", "subscribe", "faites un don".
    case action
    /// Newsroom voice addressed to the reader: "our journalism", "readers like you", "your support".
    case voice
    /// An appeal's opening line: "Dear readers", "A message from", "In eigener Sache".
    case header
    /// Payment and membership terms: "monthly", "one-off", "PayPal", "tax-deductible".
    case payment
    /// A sign-off: "Thank you", "The editors", "Спасибо".
    case signoff
    /// Third-party reporting: "said", "according to", "sagte", "selon", "заявил".
    case reporting
    /// Actors that donation news is about: "donors", "the charity", "the campaign", "FEC".
    case thirdParty
    /// A phrase configured per outlet in the pipeline file (`patterns`).
    case custom
}

/// How many phrases of each cue one line holds.
struct CueCounts: Sendable {
    private var counts = [Int](repeating: 0, count: AppealCue.allCases.count)

    mutating func add(_ cue: AppealCue) { counts[cue.rawValue] += 1 }

    subscript(cue: AppealCue) -> Int { counts[cue.rawValue] }
}
