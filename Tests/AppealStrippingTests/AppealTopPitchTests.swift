import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// One-line pitches among the first lines of a page: "Support <outlet>!" naming only an outlet the
// article never mentions, and a newsletter sign-up after a slogan and its colon. Our own
// sentences; headlines opening with the same verbs stay.

private let story = Article.ferryStory

@Test("a one-line call for the outlet by name at the top is cut, the headline under it stays")
func topCallForOutletByNameIsCut() async throws {
    #expect(try await strip("Support The Harbour Gazette!\n\n" + story).text == story)
    #expect(try await strip("Local news for the valley\n\nHelp Support ValleyNews\n\n" + story).text
        == "Local news for the valley\n\n" + story)
}

@Test("a one-line call for the outlet by name is cut when only an appeal cut below names the outlet again")
func topCallNamedAgainOnlyInTheAppealIsCut() async throws {
    let box = "\n\n… we have a small favour to ask.\n\nThe Harbour Gazette has covered this town for 40 years, and we rely on "
        + "readers like you.\n\nAny gift helps: even $2 a month keeps us on the quay. Thank you."
    let document = try await strip("Support The Harbour Gazette!\n\n" + story + box)
    #expect(document.text.trimmingCharacters(in: .whitespacesAndNewlines) == story.trimmingCharacters(in: .whitespacesAndNewlines))
}

@Test("a newsletter sign-up, or a call offering a free newsletter, after a slogan and its colon at the top is cut",
      arguments: ["Know your town: Sign up for the free Gazette Morning newsletter, in your inbox at seven.",
                  "Cut the noise: Get the free Harbour Evening email and keep up with the stories that matter."])
func topNewsletterPitchIsCut(pitch: String) async throws {
    #expect(try await strip(pitch + "\n\n" + story).text == story)
}

@Test("a headline opening with a call verb stays: lower-case words, or a name the article mentions")
func headlinesOpeningWithCallVerbsStay() async throws {
    try await expectUntouched("""
    Support grows for new stadium
    Support for a new stadium has grown since the spring, a poll for the council showed on Monday.
    Most residents want it built on the old rail yard.
    """)
    try await expectUntouched("""
    Support Harbour Workers!
    About 300 people marched on Saturday behind a banner reading the same words.
    The Harbour Workers union said the port wants to cut 40 jobs.
    """)
    try await expectUntouched("""
    Join Ruth Okafor
    The council member invited residents to a walk along the old ferry terminal.
    Ruth Okafor said about 50 people had signed up.
    """)
}

@Test("a Title Case headline or crosshead whose verb returns, starts, tries or registers something stays",
      arguments: ["Start Me Up", "Back to School", "Try Again", "Get Out", "Go Big", "Register Explains New Rates",
                  "Help Out Renee Okafor", "Give Back", "Start Here", "Buy Local", "Get Smart", "Try Harder", "Start Fresh", "Help Me Rhonda", "Join Here"])
func titleCaseHeadlineWithAVerbStays(headline: String) async throws {
    let body = "\nThe council voted on Tuesday to add three bus routes to the eastern districts.\nResidents had asked for them for years."
    try await expectUntouched(headline + body)
    try await expectUntouched("Council adds bus routes" + body + "\n" + headline + body)
}

@Test("a short Title Case headline calling for something right above the lede is the story's title and stays",
      arguments: ["Give Thanks", "Donate Blood", "Help Needed", "Join Forces", "Pledge Drive Ends", "Support Local Farmers"])
func titleCallAboveLedeStays(headline: String) async throws {
    // A lede of twenty words or more, or of ten and more with a full stop.
    try await expectUntouched(headline + "\nThe county's blood bank is asking residents to give this week after supplies fell to a two-day level, its director said on Monday.\nThe drive runs until Friday.")
    try await expectUntouched(headline + "\nVolunteers gathered at the church hall early on Saturday morning.\nThe drive runs until Friday.")
    // A name in quotation marks too.
    try await expectUntouched("Support “Harbour Heroes”\nVolunteers gathered at the church hall early on Saturday morning.\nThe drive runs until Friday.")
}

@Test("a call for the outlet by a bare name above a short headline is still a pitch; above a lede it is the headline",
      arguments: [("Harbour ferry timetable changes", true), ("The harbour authority will add two evening crossings from Monday, it said.", false),
                  // A long headline has no full stop; a lede cut off by the page may have none either.
                  ("A former ferry pilot turned chaplain pushes the port to reopen the old night crossing for workers", true),
                  ("The harbour authority will add two evening crossings from Monday after commuters and the union asked for a later boat for months, and the council will", false)])
func callForNameIsTitleOnlyAboveALede(next: String, cut: Bool) async throws {
    // (A name ending in a masthead's word is a top bar's button even above a lede: see AppealTopBarButtonTests.)
    let text = "Support Harbourwire!\n" + next + "\nCommuters had asked for a later boat for months, the union said.\nThe new boats start in March."
    #expect(try await strip(text).text.contains("Support Harbourwire!") != cut)
}

@Test("a one-line call for the outlet by name with a verb of giving, joining or subscribing is still cut",
      arguments: ["Donate to Harbourwire", "Give to Harbourwire", "Join the Harbourwire", "Back The Harbourwire",
                  "Поддержи «Пристань»", "Abonnez-vous à Harbourwire !", "Subscribe to Harbourwire"])
func callForOutletByNameIsCut(call: String) async throws {
    #expect(try await strip(call + "\n\n" + story).text == story)
}

@Test("a headline with a colon and a verb after it stays when it offers nothing free from the medium")
func headlineWithColonAndVerbStays() async throws {
    try await expectUntouched("""
    Exclusive: Get ready for higher ferry fares, the port tells its staff
    The port authority wrote to its staff on Monday that fares would rise by a tenth in March.
    Council member Ruth Okafor said the rise was the third in two years.
    """)
}

@Test("where line breaks were lost, a one-line pitch among the first pieces of the text is cut")
func runTogetherTopPitchIsCut() async throws {
    let storyRun = Article.runTogether(story)
    #expect(try await strip("Support The Harbour Gazette!  " + storyRun).text == storyRun)
    #expect(try await strip("Local news for the valley  Help Support ValleyNews  " + storyRun).text
        == "Local news for the valley  " + storyRun)
    #expect(try await strip(Article.runTogether("Cut the noise: Get the free Harbour Evening email and keep up with the stories that matter.\n\n")
                            + storyRun).text == storyRun)
}

@Test("where line breaks were lost, a headline opening with a call verb stays")
func runTogetherHeadlineOpeningWithCallVerbStays() async throws {
    try await expectUntouched(Article.runTogether("""
    Support grows for new stadium

    Support for a new stadium has grown since the spring, a poll for the council showed on Monday.
    Most residents want it built on the old rail yard.
    """))
    try await expectUntouched(Article.runTogether("""
    Support Harbour Workers!

    About 300 people marched on Saturday behind a banner reading the same words.
    The Harbour Workers union said the port wants to cut 40 jobs.
    """))
}

@Test("a bare sign-up line to a named letter in the middle of the page is cut, as a line and run together")
func midPageSignUpToNameIsCut() async throws {
    let top = "The harbour plan, explained\n\nThe council has argued about the harbour for ten years. Most of the noise came from two loud groups.\n\n"
    let rest = "This has several causes. Meetings reward confidence, and few residents have time to attend.\n\nThe next meeting is on 4 June."
    #expect(try await strip(top + "Sign up to The Quayside\n\n" + rest).text == top + rest)
    #expect(try await strip(Article.runTogether(top + "Sign up to The Quayside\n\n" + rest)).text == Article.runTogether(top + rest))
}

@Test("a subhead in Title Case or naming no title after 'sign up' stays")
func signUpSubheadsStay() async throws {
    let top = "Harbour swim is back\n\nThe summer swim across the harbour returns on 12 July after two years.\n\n"
    let rest = "Registration opens on Monday, the organisers said.\n\nAbout 400 swimmers took part last time."
    try await expectUntouched(top + "Sign Up For The Harbour Swim\n\n" + rest)
    try await expectUntouched(top + "Sign up for swimming lessons\n\n" + rest)
    try await expectUntouched(Article.runTogether(top + "Sign Up For The Harbour Swim\n\n" + rest))
}

@Test("a short slogan to the reader and a call for the outlet by name on one line at the top is cut")
func sloganAndCallAtTopIsCut() async throws {
    #expect(try await strip("Local reporting needs you. Join the Quayside.\n\n" + story).text == story)
}

@Test("a slogan and a call for a name the article reports on stays")
func sloganAndCallForReportedNameStays() async throws {
    try await expectUntouched("""
    The port needs you. Join the Dockers!
    About 300 people marched on Saturday behind a banner reading the same words.
    The Dockers union said the port wants to cut 40 jobs.
    """)
}

private let statia = """
Паромный терминал закроют в следующем году
Городской совет во вторник решил закрыть старый паромный терминал до конца следующего года.
Депутат Рута Окафор сказала, что отопление здания обходилось дороже, чем оно приносило.
"""

@Test("a top pitch read on the page's lines takes the slogan's fragments above it and a short statement about the medium below it",
      arguments: [
          ("Свобода слова.\nДорого.\nПоддержи «Вестник Пристани».\n\n", statia),
          ("Support your local newsroom.\nToday more than ever, town news counts.\n\n", story),
      ])
func topPitchTakesItsSlogan(pitch: String, text: String) async throws {
    let document = try await strip(pitch + text)
    #expect(document.text == text)
}

@Test("short lines above a headline opening with a call verb, or a lede after a top pitch, stay")
func shortLinesAboveCallHeadlineStay() async throws {
    try await expectUntouched("Politics.\nCouncil.\nSupport grows for new stadium\n" + story)
    let document = try await strip("Support The Harbour Gazette!\n" + story)
    #expect(document.text == story)
}

private let recit = """
Le terminal du bac fermera l'an prochain
Le conseil municipal a voté mardi la fermeture de l'ancien terminal du bac d'ici la fin de l'année prochaine.
La conseillère Ruth Okafor a déclaré que le chauffage du bâtiment coûtait plus qu'il ne rapportait.
"""

@Test("a longer slogan before a call for a name the text never repeats is a top pitch (French spacing, a verb with its pronoun); a call for a name the story names again stays")
func longSloganBeforeNamedCallIsCut() async throws {
    let pitch = "La curiosité ne fait jamais de pause en été ! Abonnez-vous à Quai Hebdo !\n\n"
    // (The rules alone: the scorer retrained in the tenth session trims this pitch.)
    #expect(try await strip(pitch + recit, rulesOnly).text == recit)
    try await expectUntouched("Le port ne prend jamais de vacances ! Rejoignez les Amis du Port !\n\n" + recit
        + "Les Amis du Port organisent une fête samedi, a précisé la mairie.\n")
}

@Test("a call verb a headline uses as its subject is no call", arguments: [
    ("support grows for new stadium", false), ("help is on the way for flooded streets", false), ("support the harbour gazette", true),
    ("help us keep the lights on", true), ("donate today", true),
    // The verb may come a few words after its subject; a clause or an object of the call stops the search.
    ("support for the new stadium grows", false), ("donate by phone lines stayed open until midnight", false),
    ("give now and your gift will be doubled", true), ("help us build what comes next", true),
    ("support journalism that is independent", true),
])
func callVerbAsHeadlineSubjectIsNoCall(line: String, calls: Bool) {
    #expect(LineEvidence.opensWithCallVerb(Array(line.utf8)) == calls)
}

@Test("a subheading calling readers to join a body the article is about stays; a call to join the medium at the top is cut")
func topCallToJoinAnotherBodyStays() async throws {
    try await expectUntouched("""
    Two seats open on the planning board
    Become a member of the council
    The town council is looking for two residents to fill vacant seats on its planning committee, the clerk said on Monday.
    Applications are due by March 3, and members serve three-year terms.
    """)
    #expect(try await strip("Become a member of our newsroom today\n\n" + story).text == story)
    #expect(try await strip("Поддержите сайт\n\n" + story).text == story)
}
