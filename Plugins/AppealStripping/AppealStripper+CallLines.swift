import PipelineKit

/// A box's call on a line of its own, the rest of the box lost in the scrape ("Become a member of
/// <Outlet> News", "Support Local Journalism", "Sign Up For Our FREE Daily eNews!"): a short line
/// opening with a call verb whose object is the medium itself (a word naming it: journalism, news,
/// newsroom, a paper, "our", "us"). An article's subheading that opens with a call asks for someone else
/// ("Support local businesses", "Help for flood victims") or uses the verb as a noun ("Support grows
/// for …").
extension AppealStripper {
    /// A call line has at most this many words.
    static let callLineWords = 8
    /// A call line is shorter than this (code points).
    static let callLinePoints = 60

    /// Words naming the medium as a call's object: journalism, news, the newsroom, a paper or magazine, a show
    /// ("Support Local Journalism", "Become a member of <Outlet> News"). The lexicon's wider newsroom
    /// words ("member", "independent", "station", "press") also name a council's members, candidates
    /// or a press conference in subheadings ("Support independent candidates").
    static let callMediumWords = ByteNeedles([
        "journalis", "news", "reporting", "redaktion", "zeitung", "nachrichten", "medien", "rédaction", "média", "magazin",
        "редакци", "новост", "медиа", "сми", "сайт", "site", "новин", "медіа", "змі", "журналист", "журналіст",
        // A podcast's or programme's show notes ("Support the show", "Soutenez l'émission").
        "the show", "this show", "our show", "podcast", "подкаст", "émission", "sendung",
    ].map { Array($0.utf8) })

    /// Calls whose object is always a medium ("Subscribe to <Name>!").
    static let subscriptionCalls: Set<String> = [
        "subscribe", "abonnieren", "abonniere", "abonnez", "подпишитесь", "подпишись", "подписывайтесь", "подписывайся",
        "підпишіться", "підпишись", "підписуйтесь", "підписуйтеся", "підписуйся",
    ]

    /// Whether the name a call line ends with (its last two words as written, "Harbour Wire") stands on
    /// no other line: an outlet's button names it once; a post headed "Support Commons Radio" tells of it.
    static func mastheadNamedOnlyHere(_ k: Int, lines: [TextLine]) -> Bool {
        let name = buttonWords(ofCase: lines[k].text).suffix(2).joined(separator: " ")
        return !lines.indices.contains { $0 != k && lines[$0].text.contains(name) }
    }

    /// Calls to give to, back or join the medium, which may end with a full stop ("Support local
    /// journalism.", "Back the Harbour Examiner."); a call to get or sign up for something ending so is
    /// left to the rules that read sign-ups and inbox promises.
    static let givingCallVerbs: Set<String> = supportButtons.union([
        "back", "become", "join", "help", "contribute", "fund", "unterstützt", "werden", "soutenez", "rejoignez", "devenez",
        "поддержите", "поддержи", "станьте", "підтримайте", "підтримай",
    ])

    /// A channel named as anybody's, on a messenger mirror's button.
    static let anyChannel = ByteNeedles(["a channel", "на канал"].map { Array($0.utf8) })

    /// The lines (before merging; never the document's first, its headline) that are such a call:
    /// at most ``callLineWords`` words and ``callLinePoints`` code points, no full stop or question
    /// mark at the end, opening with a call verb (``LineEvidence/opensWithCallVerb(_:at:)``, bullets
    /// and emoji skipped), naming the medium (``callMediumWords``, a subscription call's object:
    /// ``subscriptionCalls``) or "us"/"our", in the page's own words (``LineEvidence/speaksOwnWords``:
    /// a name in quotation marks is no quoted speech: "Підписуйтесь на “<outlet>”"), with no third
    /// party or beneficiary.
    func callLines(in lines: [TextLine]) -> [Int] {
        let content = lines.indices.filter { !lines[$0].isBlank }
        return content.dropFirst().filter { k in
            let line = lines[k], bytes = line.lowered
            // (Most lines are longer or open with no call verb: passed over before their words are counted.)
            guard bytes.count < 4 * Self.callLinePoints, !line.endsWithQuestion,
                  case let start = TextNormalizer.letterStart(in: bytes), LineEvidence.opensWithCallVerb(bytes, at: start),
                  line.wordCount <= Self.callLineWords,
                  // A messenger mirror's own button names nobody's channel ("Subscribe to a channel").
                  !Self.anyChannel.occurs(in: bytes) else { return false }
            let verb = TextNormalizer.word(in: bytes, at: start)
            // A full stop may end a call to give ("Support local journalism."); others are read as sentences.
            if line.endsWithPeriod, !Self.givingCallVerbs.contains(verb) { return false }
            let e = lineEvidence(line)
            // One subscribes to a medium: a subscription call names it whatever its name.
            let namesMedium = e.firstPlural > 0 || Self.subscriptionCalls.contains(verb)
                || Self.callMediumWords.occurs(in: bytes)
                || Self.namesMasthead(line.text, object: Self.buttonWords(of: line.text).dropFirst())
                    && Self.mastheadNamedOnlyHere(k, lines: lines)
            return namesMedium && e.points < Self.callLinePoints && e.speaksOwnWords
                && e.namesNoOtherParty
        }
    }
}
