import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// One-line pitches among the first lines of a page: "Support <outlet>!" naming only an outlet the
// article never mentions, and a newsletter sign-up after a slogan and its colon. Our own
// sentences; headlines opening with the same verbs stay.

private let story = """
Ferry terminal to close next year
The city council voted on Tuesday to close the old ferry terminal by the end of next year.
Council member Ruth Okafor said the building had cost more to heat than it earned.
"""

@Test("a one-line call for the outlet by name at the top is cut, the headline under it stays")
func topCallForOutletByNameIsCut() async throws {
    #expect(try await strip("Support The Harbour Gazette!\n\n" + story).text == story)
    #expect(try await strip("Local news for the valley\n\nHelp Support ValleyNews\n\n" + story).text
        == "Local news for the valley\n\n" + story)
}

@Test("a newsletter sign-up after a slogan and its colon at the top is cut")
func topNewsletterPitchIsCut() async throws {
    let text = "Know your town: Sign up for the free Gazette Morning newsletter, in your inbox at seven.\n\n" + story
    #expect(try await strip(text).text == story)
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
