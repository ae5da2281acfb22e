import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// The words of a web address's path are no words of the line: a report telling readers where to
// sign up for someone else's service does not call for a sign-up twice. The host stays, and a line
// without an address is read as it is. Our own lines.

@Test("an address's path is blanked for the cues; its host and the words around it stay")
func addressPathIsBlanked() {
    let line = TextNormalizer.normalized("Sign up at www.county.example/subscribe today")
    let blanked = String(decoding: LineEvidence.addressPathsBlanked(line), as: UTF8.self)
    #expect(blanked.hasPrefix("sign up at www.county.example "))
    #expect(!blanked.contains("subscribe"))
    #expect(blanked.hasSuffix(" today"))
    let https = String(decoding: LineEvidence.addressPathsBlanked(TextNormalizer.normalized("Go to https://x.example/donate now")), as: UTF8.self)
    #expect(https.contains("https://x.example ") && !https.contains("donate"))
    let plain = TextNormalizer.normalized("Donate/subscribe buttons, the clerk said.")
    #expect(LineEvidence.addressPathsBlanked(plain) == plain)
}

@Test("a report telling residents where to sign up for the county's alerts stays")
func reportWithSubscribeAddressStays() async throws {
    let line = "The county launched an alert service, and residents can sign up at www.county.example/subscribe after the storm."
    #expect(try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly).removed.isEmpty)
}
