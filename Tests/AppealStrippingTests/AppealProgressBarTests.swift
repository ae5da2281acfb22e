import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A fundraising progress bar (a sum raised of a larger goal) is the box's own line, not reporting
// on someone else's money; the newsroom named as the one reporting is no attribution. Our own
// sentences; a hard negative beside each.

@Test("a progress bar above an appeal at the end goes with it")
func progressBarAboveAppealAtEnd() async throws {
    try await expectAppealCut("""
    Spring pledge week: $12,480 of $30,000
    We hand out 20,000 copies a month in clinics and laundromats. No owner and no advertiser decides what we cover. If our reporting on rents matters to you, chip in before Sunday.
    Give $15
    Give monthly
    """)
}

@Test("a progress bar that opens the document goes with the appeal under it")
func progressBarOpeningDocument() async throws {
    let appeal = """
    Spring pledge week: $12,480 of $30,000
    We hand out 20,000 copies a month in clinics and laundromats. No owner and no advertiser decides what we cover. If our reporting on rents matters to you, chip in before Sunday.
    Give $15
    Give monthly
    """
    let document = try await strip(appeal + "\n" + Article.council)
    #expect(document.text == Article.council)
}

@Test("an article's line on a charity's sum of its goal stays, beside an appeal too")
func reportedSumOfGoalStays() async throws {
    let article = """
    The food bank on Quay Street has collected $41,200 of the $50,000 it needs for a new freezer, its director said.
    Volunteers will collect tins outside the town hall on Saturday.
    """
    try await expectUntouched(article)
    // A sum of a goal in a sentence is no progress bar: it stays above an appeal too.
    try await expectAppealCut("""
    We hand out 20,000 copies a month in clinics and laundromats. No owner and no advertiser decides what we cover. If our reporting on rents matters to you, chip in before Sunday.
    Give $15
    """, after: article)
}

@Test("a progress bar needs a larger goal after the joining word")
func progressBarShape() {
    #expect(MoneyScanner.holdsProgressBar(TextNormalizer.normalized("Winter drive: $8,200 of $20,000")))
    #expect(MoneyScanner.holdsProgressBar(TextNormalizer.normalized("12 400 € sur 25 000 €")))
    #expect(!MoneyScanner.holdsProgressBar(TextNormalizer.normalized("$20,000 of $8,200")))
    #expect(!MoneyScanner.holdsProgressBar(TextNormalizer.normalized("$8,200 for 20,000 people")))
}

@Test("a German appeal whose newsroom reports goes whole with its salutation")
func germanNewsroomReportingAppeal() async throws {
    try await expectAppealCut("""
    Liebe Leserinnen und Leser,
    unsere Redaktion berichtet aus dem Kreistag, vom Amtsgericht und aus den Vereinen im Tal. Ohne Verlag und ohne Anzeigen finanzieren wir uns über unsere Mitglieder. Schon ab 4 Euro im Monat sind Sie dabei.
    Jetzt Mitglied werden
    """)
}

@Test("a quoted editor saying her newsroom reports stays in an article about the paper")
func quotedNewsroomReportingStays() async throws {
    let article = """
    Die Lokalzeitung im Tal feiert ihr vierzigjähriges Bestehen.
    „Unsere Redaktion berichtet seit vier Jahrzehnten aus jedem Dorf", sagte die Chefredakteurin am Freitag.
    Die Zeitung hat heute zwölf Beschäftigte und erscheint dreimal in der Woche.
    """
    try await expectUntouched(article)
}

@Test("in run-together text, a progress bar opening the text and a row of priced buttons glued onto the lede go with the appeal")
func runTogetherProgressBarAndButtonRowGo() async throws {
    let appeal = "Spring pledge week: $12,480 of $30,000 We hand out 20,000 copies a month in clinics and laundromats. "
        + "No owner and no advertiser decides what we cover. If our reporting on rents matters to you, chip in before Sunday. "
        + "Give $15 Give $40 Give monthly"
    let article = "Bus fares will rise by ten cents in May, the transit agency said on Tuesday. "
        + "Riders with a monthly pass are not affected. The agency will hold two public meetings."
    try await expectGluedAppealCut(appeal, before: article)
}

@Test("in run-together text, a reported sum of a goal before an appeal stays with the article")
func runTogetherReportedSumOfGoalStays() async throws {
    let article = "Shelter close to its target The animal shelter has raised $4,200 of $9,000 for a new kennel block, its director said. "
        + "Volunteers will hold a bake sale on Saturday."
    let appeal = "Our reporting is free for everyone because readers like you fund it. Please support our journalism with a gift today."
    let document = try await strip(article + " " + appeal)
    #expect(document.text.hasPrefix(article))
    #expect(!document.text.contains("Please support"))
}

@Test("a fund-goal box at the top, a call title over its goal line, is cut, as lines and run together")
func fundGoalBoxIsCut() async throws {
    let article = """
    Ferry terminal to close next year

    The city council voted on Tuesday to close the old ferry terminal by the end of next year.

    Council member Ruth Okafor said the building had cost more to heat than it earned.
    """
    let box = "Back reporting that keeps the whole harbour in view, week after week\n\nGoal: $60k\n\n"
    #expect(try await strip(box + article).text == article)
    #expect(try await strip(Article.runTogether(box + article)).text == Article.runTogether(article))
}

@Test("a goal line under a headline that is no call stays with the article's fact box")
func goalLineUnderHeadlineStays() async throws {
    let text = """
    School roof appeal passes halfway

    Parents at Elm Street primary have raised $31,000 for a new roof since March.

    Roof appeal in numbers
    Goal: $60k
    Raised so far: $31k

    The head teacher said work could start in the summer holidays.
    """
    try await expectUntouched(text)
    try await expectUntouched(Article.runTogether(text))
}
