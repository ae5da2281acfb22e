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
    /// Words naming the medium itself: "journalism", "newsroom", "readers", "Redaktion", "издание".
    /// An appeal asks for the outlet; a block without any such word is not one.
    case newsroom
    /// Words naming someone else who is to receive help: "food bank", "victims", "Hilfsorganisation".
    /// A block that speaks more of them than of the outlet is a charity call, not an appeal.
    case beneficiary
    /// A phrase configured per outlet in the pipeline file (`patterns`).
    case custom
    /// A first-person plural word, the newsroom's "we" ("we", "our", "wir", "nous", "мы").
    case firstPlural
    /// A second-person word addressed to the reader ("you", "vous", "вы").
    case secondPerson
    /// German informal "du", which is also French "du" ("le long du canal").
    case du
    /// A French function word ("le", "les", "une", "est"): a "du" beside it is French.
    case frenchWord
    /// The newsroom telling of its own reporting ("we've told", "we have reported"): its reporting
    /// verb is no attribution to someone else and cancels one reporting cue.
    case ownReporting
    /// The reader's own "I" on a button ("Double my gift", "Je soutiens", "Ich unterstütze"): page
    /// furniture of the outlet's appeal, never an article's words.
    case readerButton
}

/// How many phrases of each cue one line holds (a fixed-size vector: no allocation per line).
struct CueCounts: Sendable {
    private var counts = SIMD16<Int32>()

    mutating func add(_ cue: AppealCue) { counts[cue.rawValue] &+= 1 }

    mutating func add(_ rawCue: Int) { counts[rawCue] &+= 1 }

    mutating func remove(_ cue: AppealCue, count: Int) { counts[cue.rawValue] &-= Int32(count) }

    subscript(cue: AppealCue) -> Int { Int(counts[cue.rawValue]) }
}
