import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

/// Checks that the rules alone cut `line` both above `text` and as a line of its own between its
/// paragraphs (``Article/inserting(_:into:)``), leaving `text` as it was.
func expectLineCutAtTopAndBetweenParagraphs(_ line: String, of text: String,
                                            sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
    #expect(try await strip(line + "\n" + text, rulesOnly).text == text, sourceLocation: sourceLocation)
    #expect(try await strip(Article.inserting(line, into: text), rulesOnly).text == text, sourceLocation: sourceLocation)
}

/// Checks that the rules alone cut `line`, inserted as a line of its own between the paragraphs of
/// `text`, as a prompt (``AppealStripper/promptReason``), and keep it with `prompts: false`.
func expectPromptCutBetweenParagraphs(_ line: String, of text: String,
                                      sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
    let inserted = Article.inserting(line, into: text)
    let document = try await strip(inserted, rulesOnly)
    #expect(document.text == text, sourceLocation: sourceLocation)
    #expect(document.removed.map(\.reason) == [AppealStripper.promptReason], sourceLocation: sourceLocation)
    #expect(try await strip(inserted, rulesOnly.merging(["prompts": .bool(false)]) { $1 }).text == inserted, sourceLocation: sourceLocation)
}

/// Checks that the rules alone leave `text` untouched with `line` inserted as a line of its own
/// between its paragraphs (``Article/inserting(_:into:)``): an article's line that only looks like one.
func expectLineKeptBetweenParagraphs(_ line: String, of text: String,
                                     sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
    #expect(try await strip(Article.inserting(line, into: text), rulesOnly).removed.isEmpty, "\(line)", sourceLocation: sourceLocation)
}

/// Invented article paragraphs used around appeals in these tests.
enum Article {
    /// `text` with every line break turned into a space, as when a scraper loses them.
    static func runTogether(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: " ") }

    /// `text` with `box` inserted as lines of their own after its second line (between two paragraphs).
    static func inserting(_ box: String, into text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        lines.insert(box, at: 2)
        return lines.joined(separator: "\n")
    }

    static let council = """
    The city council voted on Tuesday to close the old ferry terminal by the end of next year.
    Council member Ruth Okafor said the building had cost more to heat than it earned in fees.
    Residents of the harbour district will be asked about a new use for the site in the spring.
    """
    static let bridge = """
    Engineers found cracks in two supports of the Elm Street bridge during a routine inspection.
    The bridge will stay open to cars, but lorries heavier than twelve tonnes must take the ring road.
    """
    /// A short English report: headline and two lines.
    static let ferryStory = """
    Ferry terminal to close next year
    The city council voted on Tuesday to close the old ferry terminal by the end of next year.
    Council member Ruth Okafor said the building had cost more to heat than it earned.
    """
    /// A short Russian report: headline and two lines.
    static let parom = """
    Паромный терминал закроют в следующем году
    Портовое управление закроет старый паромный терминал весной, решил совет во вторник.
    Паромы будут причаливать к новому пирсу с апреля, сообщили в совете.
    """
    /// A short Ukrainian report: headline and three lines.
    static let porom = """
    Пором перестане курсувати з наступного року
    Портове управління закриє старий поромний термінал навесні, вирішила рада у вівторок.
    Пороми причалюватимуть до нового пірсу з квітня, повідомили в раді.
    Будівля старого терміналу 1962 року стане ринком.
    """
    /// A German report: headline and four lines.
    static let faehrterminal = """
    Fährterminal schließt nächstes Jahr
    Die Hafenbehörde schließt das alte Fährterminal im Frühjahr, wie ihr Vorstand am Dienstag beschloss.
    Die Fähren legen ab April am neuen Pier an.
    Das alte Terminalgebäude von 1962 soll eine Markthalle werden.
    Händler können sich bis Juni um einen Stand bewerben, teilte die Behörde mit.
    """
    /// A short German report: headline, blank line, two paragraphs.
    static let radwege = """
    Neue Radwege am Hafen

    Der Stadtrat hat am Dienstag drei neue Radwege am Hafen beschlossen.

    Die Arbeiten sollen im Mai beginnen und bis zum Herbst dauern.
    """
}

/// Options for the rules alone (no learned veto, no scorer pitches), so a test does not depend on the bundled scorer.
let rulesOnly: [String: OptionValue] = ["veto": .double(0), "scorer-pitches": .double(0)]

func strip(_ text: String, _ options: [String: OptionValue] = [:]) async throws -> Document {
    let stage = try AppealStripper.descriptor.makeStage(options)
    return try await StageHarness.run([stage], on: text)
}

/// Rebuilds the original text from the stripped text and the removal records.
func rebuild(_ document: Document) -> String {
    var scalars = Array(document.text.unicodeScalars)
    for removal in document.removed.sorted(by: { $0.span.start < $1.span.start }) {
        scalars.insert(contentsOf: removal.text.unicodeScalars, at: removal.span.start)
    }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars)
    return String(result)
}

@Test("an English appeal at the end is removed with its header and sign-off")
func englishAppealAtEnd() async throws {
    let appeal = """
    A note to our readers
    Dear reader, this story was free to read because readers like you fund our newsroom.
    We do not put our reporting behind a paywall, and we never will. But we need your help to keep it that way.
    Please support us today with a monthly gift starting from just $3. Every contribution counts.
    Thank you.
    — The editors
    """
    let text = Article.council + "\n" + appeal
    let document = try await strip(text)
    #expect(document.text == Article.council)
    #expect(document.removed.map(\.reason) == ["appeal"])
    #expect(rebuild(document) == text)
}

@Test("an appeal between paragraphs is removed and the paragraphs on both sides stay")
func appealInTheMiddle() async throws {
    let appeal = "Support independent local journalism. Become a member today and help us keep our reporting free for everyone.\n"
    let text = Article.council + "\n\n" + appeal + "\n" + Article.bridge
    let document = try await strip(text)
    #expect(document.text == Article.council + "\n\n" + Article.bridge)
    #expect(rebuild(document) == text)
}

@Test("a newsletter pitch at the top is removed")
func newsletterAtTop() async throws {
    let pitch = "Sign up for our free morning newsletter and get the stories you need in your inbox every day.\n"
    let text = pitch + Article.bridge
    let document = try await strip(text)
    #expect(document.text == Article.bridge)
    #expect(rebuild(document) == text)
}

@Test("an appeal split over short lines is removed as one block")
func appealOverShortLines() async throws {
    let appeal = """
    Our journalism
    depends on you.
    Donate
    now
    """
    let text = Article.bridge + "\n" + appeal
    let document = try await strip(text)
    #expect(document.text == Article.bridge)
    #expect(document.removed.count == 1)
}

@Test("appeals in German, French and Russian are removed", arguments: [
    """
    Liebe Leserinnen und Leser,
    unser Journalismus ist für alle frei zugänglich, ohne Bezahlschranke. Dafür sind wir auf Ihre Unterstützung angewiesen.
    Unterstützen Sie uns jetzt mit einem monatlichen Beitrag ab 5 Euro. Vielen Dank!
    """,
    """
    Chers lecteurs,
    notre rédaction est indépendante et sans publicité. Nous avons besoin de votre soutien pour continuer notre travail.
    Faites un don dès aujourd'hui, quel que soit le montant. Merci !
    """,
    """
    Дорогие читатели!
    Наша редакция продолжает работать, несмотря на давление. Нам нужна ваша поддержка.
    Поддержите независимую журналистику — оформите ежемесячное пожертвование от 300 рублей. Спасибо!
    """,
])
func appealsInOtherLanguages(appeal: String) async throws {
    let text = Article.bridge + "\n" + appeal
    let document = try await strip(text)
    #expect(document.text == Article.bridge)
    #expect(rebuild(document) == text)
}

@Test("an address block printed twice at the top is removed as repeated boilerplate")
func repeatedChromeAtTop() async throws {
    let chrome = "Postal Address\n12 Harbour Road\nPortmere, XY 10001\n"
    let text = chrome + chrome + Article.council
    let document = try await strip(text)
    #expect(document.text == Article.council)
    #expect(document.removed.map(\.reason) == ["repeated-boilerplate"])
    #expect(rebuild(document) == text)
}

@Test("a single line printed twice at the top stays twice: a headline, a byline, a photo credit, a standfirst sentence",
      arguments: ["Council closes ferry terminal\n", "By Mara Quill\n", "Photo: Harbour Archive\n",
                  "After the floods, the families on the lower quay need a great deal of help.\n"])
func repeatedSingleLineStays(line: String) async throws {
    try await expectUntouched(line + line + Article.council)
    // So does a line that is one phrase printed twice over, the scrape's doubled title.
    try await expectUntouched(line.dropLast() + " " + line + Article.council)
}

@Test("articles about donations, charities and campaign finance are left untouched", arguments: [
    """
    The hospital foundation said on Monday that donors had given $4.2 million during its winter drive.
    "Every gift, big or small, helps a child get treatment," the foundation's director, Mara Lind, told reporters.
    The charity plans to open a second ward next year.
    """,
    """
    Senator Hale's campaign raised $12 million in the third quarter, according to filings with the FEC.
    Most of the money came from small donors who gave less than $200, the campaign said.
    Critics said the super PAC supporting him had spent heavily on television advertising.
    """,
    """
    "Please donate what you can," the mayor urged residents at the food bank on Saturday.
    Volunteers said shelves had been empty since the factory closed and asked neighbours to give tinned food.
    """,
    """
    Die Stiftung teilte mit, dass im vergangenen Jahr 3,5 Millionen Euro an Spenden eingegangen seien.
    Laut dem Vorstand sollen die Mittel in Schulprojekte fließen.
    """,
    """
    Selon l'association, les dons ont reculé de 8 % cette année, a indiqué sa présidente.
    Фонд сообщил, что собрал 2 миллиона рублей на помощь пострадавшим.
    """,
])
func donationNewsUntouched(text: String) async throws {
    let document = try await strip(text)
    #expect(document.text == text)
    #expect(document.removed.isEmpty)
}

@Test("mark mode keeps the text and lists the appeal in the appeals layer")
func markMode() async throws {
    let appeal = "Before you go: we have a small favour to ask. Please support our journalism with a donation today.\n"
    let text = Article.council + "\n" + appeal
    let document = try await strip(text, ["mode": .string("mark")])
    #expect(document.text == text)
    #expect(document.removed.isEmpty)
    let marks = try #require(document.layers["appeals"]?.arrayValue)
    #expect(marks.count == 1)
    let start = try #require(marks.first?["start"]?.intValue)
    let end = try #require(marks.first?["end"]?.intValue)
    let marked = String(String.UnicodeScalarView(Array(text.unicodeScalars)[start..<end]))
    #expect(marked.contains("small favour to ask"))
    #expect(!marked.contains("ferry"))
}

@Test("strip mode lists each cut in the appeals layer with its score, on the original text")
func stripModeWritesAppealsLayer() async throws {
    let appeal = "Before you go: we have a small favour to ask. Please support our journalism with a donation today.\n"
    let text = Article.council + "\n" + appeal
    let document = try await strip(text)
    let marks = try #require(document.layers["appeals"]?.arrayValue)
    #expect(marks.count == document.removed.count)
    let start = try #require(marks.first?["start"]?.intValue)
    let end = try #require(marks.first?["end"]?.intValue)
    #expect(start == document.removed.first?.span.start && end == document.removed.first?.span.end)
    #expect((marks.first?["score"]?.doubleValue ?? 0) >= 5)
    // An article without an appeal gets an empty layer: the stage always writes what it declares.
    let plain = try await strip(Article.council)
    #expect(plain.layers["appeals"]?.arrayValue?.isEmpty == true)
}

@Test("extra patterns from the pipeline file mark a block that the lexicon alone misses")
func extraPatterns() async throws {
    let blurb = "Harbour Gazette Plus: the whole archive, one price.\n"
    let text = Article.bridge + "\n" + blurb
    let plain = try await strip(text)
    #expect(plain.text == text)
    let configured = try await strip(text, ["patterns": .stringList(["harbour gazette plus"])])
    #expect(configured.text == Article.bridge)
}

@Test("an unknown mode is rejected when the stage is built")
func unknownModeRejected() throws {
    #expect(throws: OptionError.self) {
        _ = try AppealStripper.descriptor.makeStage(["mode": .string("delete")])
    }
}

@Test("an appeal glued to the last paragraph on the same line is cut after the article's last sentence")
func appealGluedToParagraph() async throws {
    let last = "The bridge will stay open to cars, but lorries heavier than twelve tonnes must take the ring road."
    let appeal = "Our reporting is free for everyone because readers like you fund it. Please support us with a monthly gift today."
    let text = "Engineers found cracks in two supports of the Elm Street bridge.\n" + last + " " + appeal
    let document = try await strip(text)
    #expect(document.text == "Engineers found cracks in two supports of the Elm Street bridge.\n" + last)
    #expect(rebuild(document) == text)
}

@Test("a short lead-in line without cues goes with the appeal it introduces")
func leadInLineGoesWithAppeal() async throws {
    let appeal = """
    Good reporting is not cheap.
    We don't charge for our journalism and we never will. Become a member from $5 a month and keep it free for everyone.
    """
    let text = Article.council + "\n" + appeal
    let document = try await strip(text)
    #expect(document.text == Article.council)
}

@Test("a call to give to a food bank or disaster victims is not an outlet's appeal", arguments: [
    """
    This winter, give what you can to your local food bank
    Every December I write the same column, and every December the queues are longer.
    If you can afford it, set up a small monthly donation to your nearest food bank. If you cannot, give an hour of your time.
    We like to think of ourselves as a generous town. This is the season to prove it.
    """,
    """
    So können Sie den Flutopfern helfen
    Mehrere Hilfsorganisationen sammeln Spenden für die Menschen im Katastrophengebiet.
    Wer spenden möchte, sollte Geld statt Sachspenden geben und auf das Spendensiegel achten.
    """,
])
func charityCallsUntouched(text: String) async throws {
    let document = try await strip(text)
    #expect(document.removed.isEmpty)
}

@Test("quoted speech that continues over several paragraphs is kept")
func quotedSpeechContinuationKept() async throws {
    let text = """
    The food bank's director, Lena Marsh, spoke to volunteers on Friday.
    "We never wanted to launch an emergency appeal, but we need your help to get through this winter," she said.
    "If you can donate, even a little, please do it today. Every gift helps a family in our town."
    The appeal runs until the end of January.
    """
    let document = try await strip(text)
    #expect(document.text == text)
}

@Test("an article reporting on a newsroom's own fundraising is kept")
func newsroomFundraisingReportKept() async throws {
    let text = """
    The nonprofit newsroom said it had raised $1.5 million from readers in its year-end campaign, more than double the previous year.
    Its editor said most gifts were under $50 and that the money would pay for two reporters covering the legislature.
    """
    let document = try await strip(text)
    #expect(document.removed.isEmpty)
}

@Test("an interview answer about a station's fund drive is quoted speech and stays")
func interviewAnswerKept() async throws {
    let text = """
    Q: How does the station pay for its reporting now?
    A: Mostly through members. We tell listeners every fund drive that we can't do this without them, and they respond.
    Q: Did the cuts change that?
    A: They made it urgent. We lost a tenth of our budget overnight.
    """
    let document = try await strip(text)
    #expect(document.removed.isEmpty)
}

@Test("a donation widget of short buttons and a newsletter form are removed")
func widgetAndFormRemoved() async throws {
    let widget = "Support independent local news\nChoose an amount\n$5 | $10 | $25 | Other\nMonthly | One time\nDonate →"
    let form = "Get our evening briefing\nEnter your email address\nSign up\nBy signing up you agree to our privacy policy."
    let text = Article.council + "\n" + widget + "\n" + Article.bridge + "\n" + form
    let document = try await strip(text)
    #expect(document.text == Article.council + "\n" + Article.bridge)
    #expect(document.removed.count == 2)
    #expect(rebuild(document) == text)
}

@Test("a document whose line breaks were lost keeps its article and loses the appeal in the middle")
func runTogetherDocument() async throws {
    let paragraphs = Article.council.split(separator: "\n").joined(separator: " ")
    let appeal = "Dear reader, we have a small favour to ask. Our journalism is free for everyone because readers like you fund it. Please support us monthly from just $3."
    let bridge = Article.bridge.split(separator: "\n").joined(separator: " ")
    let text = paragraphs + " " + appeal + " " + bridge
    let document = try await strip(text)
    #expect(document.text == paragraphs + " " + bridge)
    #expect(rebuild(document) == text)
}

@Test("a menu printed twice at the start of a run-together line is removed")
func runTogetherChrome() async throws {
    let text = "Home News Politics Culture Home News Politics Culture " + Article.bridge
    let document = try await strip(text)
    #expect(document.text == Article.bridge)
    #expect(document.removed.map(\.reason) == ["repeated-boilerplate"])
}

@Test("a run-together headline followed by a lede opening with the same words is kept")
func runTogetherHeadlineAndLede() async throws {
    let text = "New ferry opens at Portmere New ferry opens at Portmere harbour after two years of delays, the council said. "
        + "Новая школа открылась Новая школа открылась в посёлке после трёх лет стройки."
    let document = try await strip(text)
    #expect(document.text == text)
    #expect(document.removed.isEmpty)
}

@Test("consumer advice about paying for news and reporting on exile media's funding are kept", arguments: [
    """
    Should you pay for a news subscription? We compared what five papers charge and what you get.
    Prices range from $3 to $20 a month; you can usually cancel online, though one paper still wants a phone call.
    Our advice: check whether your library offers free digital access before you sign up.
    """,
    """
    Unabhängige Exilmedien kämpfen ums Überleben. Viele Redaktionen sind fast ganz auf Spenden ihrer Leser angewiesen.
    „Ohne Ihre Unterstützung können wir nicht weiterarbeiten“, heißt es in einem Aufruf einer Chefredakteurin.
    Die Organisation Reporter ohne Grenzen fordert einen Hilfsfonds.
    """,
])
func paymentJournalismKept(text: String) async throws {
    let document = try await strip(text)
    #expect(document.removed.isEmpty)
}

@Test("an appeal in capitals and a paywall prompt with an arrow button are removed", arguments: [
    "DEAR READERS: PLEASE DON'T SKIP THIS.\nWE ARE A SMALL NON-PROFIT AND RUN NO ADS. IF EVERYONE GAVE $2, WE COULD KEEP THE SITE ONLINE.\nGIVE $2 →",
    "Sie möchten weiterlesen?\nMit unserem Digitalabo lesen Sie alle Artikel auf unserer Website. Jetzt 4 Wochen für 0,99 € testen.\nJetzt testen →",
])
func capitalsAndPaywallPrompt(appeal: String) async throws {
    let text = Article.bridge + "\n" + appeal
    let document = try await strip(text)
    #expect(document.text == Article.bridge)
}

@Test("an appeal telling the outlet's story in two plain lines in its middle is removed whole")
func appealWithStoryInTheMiddle() async throws {
    let appeal = """
    Dear reader,
    Investigations like this one take months and cost a lot of money.
    Last year our reporting showed that a county jail had hidden a dozen deaths.
    Within a week the sheriff resigned.
    That only happens if readers pay for it. Will you make a gift today?
    Donate now
    """
    let text = Article.council + "\n" + appeal
    let document = try await strip(text)
    #expect(document.text == Article.council)
}
