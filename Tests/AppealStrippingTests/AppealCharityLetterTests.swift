import Testing
import PipelineKit
import PipelineKitTesting
import Foundation
@testable import AppealStripping

// A charity's letter that a paper prints whole: its "we" names the charity as "our …", and its asks
// are the article. Our own text; the outlet's own appeal under it names the newsroom and goes.

private let letter = """
Dear neighbours,
As of today, thanks to this generous community, we have collected over half of what we need for our food bank's 12th winter drive. It is the most humbling time of the year.
On Monday I sat at the interview station, where we have a short talk with every family who comes in to shop. I spoke with more than thirty families in an hour.
When I came back six years ago, ninety families a day was a busy day. Now it is an ordinary one.
We are so grateful for the support of this community. This winter, we are asking for your help to reach our $180,000 goal. It is a big ask, but it is what we need to keep our shelves stocked.
Thank you for considering a gift this winter. Donations can be made online at https://harbourfood.example/give or in person at 12 Quay Street. Together, we feed our community.
Mara Lind, director of the Harbour Food Bank, wrote this letter to the paper's readers.
"""

@Test("a charity's letter printed whole, its asks in the charity's own 'we', stays whole, by the rules alone too",
      arguments: [rulesOnly, [:]])
func charityLetterStays(options: [String: OptionValue]) async throws {
    let document = try await strip(letter, options)
    #expect(document.text == letter)
    #expect(document.removed.isEmpty)
}

@Test("the outlet's own appeal under a charity's letter names the newsroom and is cut")
func outletAppealUnderCharityLetterIsCut() async throws {
    let appeal = "Local journalism like the Harbour Ledger's needs you too. Support our newsroom today: become a member from $5 a month."
    for options in [rulesOnly, [:]] {
        let document = try await strip(letter + "\n" + appeal, options)
        #expect(document.text.trimmingCharacters(in: .newlines) == letter)
    }
}
