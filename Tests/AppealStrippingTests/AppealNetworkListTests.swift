import Foundation
import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A follow header over a list of the outlet's networks, "Like us on Facebook", a platform's label
// over a paid episode and a podcast's "Support the show". Our own lines; a row of share buttons, a
// header without a list and a report about the networks stay.

private let sendung = """
Hafen schließt Terminal
Die Hafenbehörde schließt das alte Fährterminal im Frühjahr, wie ihr Vorstand am Dienstag beschloss.
Die Fähren legen ab April am neuen Pier an.
"""

@Test("a follow header over a list of networks is cut with the list, in German and French",
      arguments: [
          "Folge \"Hafenblatt\" jetzt in den sozialen Netzwerken!\n➤ Facebook\n➤ Instagram\n➤ TikTok",
          "Pour suivre Les Quais sur les réseaux 👇🏼\n📸 Instagram\n💼 LinkedIn\n🌏 Site internet",
      ])
func followHeaderOverNetworkListIsCut(box: String) async throws {
    #expect(try await strip(sendung + "\n" + box, rulesOnly).text.trimmingCharacters(in: .newlines) == sendung)
}

@Test("a row of share buttons, a follow header without a list and a report naming networks stay",
      arguments: [
          "Share this:\nFacebook\nTwitter",
          "Folge \"Hafenblatt\" jetzt in den sozialen Netzwerken!\nDie Markthalle öffnet im Mai.",
          "Facebook\nInstagram",
          // A line that follows something, but not the outlet on its networks, heads no follow list.
          "Die Polizei verfolgt den Fall weiter.\nFacebook\nInstagram",
      ])
func otherNetworkLinesStay(box: String) async throws {
    #expect(try await strip(sendung + "\n" + box, rulesOnly).removed.isEmpty)
}

@Test("'Like us on Facebook' is a follow label")
func likeUsIsFollowLabel() {
    #expect(AppealStripper.isFollowLabel(TextLine.lines(of: "Like us on Facebook")[0]))
    #expect(AppealStripper.isFollowLabel(TextLine.lines(of: "Like uns auf Facebook")[0]))
    #expect(!AppealStripper.isFollowLabel(TextLine.lines(of: "Like us on the ferry, many commuters stand")[0]))
}

@Test("a platform's 'Paid episode' label and its notice that the full episode is for paid subscribers are cut")
func paidEpisodeLabelAndNoticeAreCut() async throws {
    let notes = "Dans cet épisode, nous parlons du port avec la capitaine.\nElle dirige les traversées depuis vingt ans."
    let text = "0:00\nÉpisode payant\nL'épisode complet n'est disponible que pour les abonnés payants de La Jetée\n" + notes
    let document = try await strip(text, rulesOnly)
    #expect(document.text.contains(notes))
    #expect(!document.text.contains("payant"))
}

@Test("a podcast's 'Support the show' between its notes is cut; a reported call for a show's cast stays")
func supportTheShowIsCut() async throws {
    #expect(try await strip(Article.inserting("Support the show", into: Article.ferryStory), rulesOnly).text == Article.ferryStory)
    let report = Article.inserting("Support the show's young cast, the theatre urged.", into: Article.ferryStory)
    #expect(try await strip(report, rulesOnly).removed.isEmpty)
}

@Test("a Ukrainian call to subscribe to the outlet's accounts over networks named in Cyrillic with their addresses is cut")
func cyrillicNetworkListWithAddressesIsCut() async throws {
    let box = "Та підписуйтесь на наші акаунти у соцмережах:\nТелеграм – https://t.me/porom_news\nФейсбук – https://www.facebook.com/porom.news"
    #expect(try await strip(Article.porom + "\n" + box, rulesOnly).text.trimmingCharacters(in: .newlines) == Article.porom)
}

@Test("a report of signing with networks over their addresses, and addresses without a header, stay")
func reportedNetworkSigningStays() async throws {
    let report = "Міська рада підписала угоду з соцмережами:\nТелеграм – https://t.me/porom_news\nФейсбук – https://www.facebook.com/porom.news"
    #expect(try await strip(Article.porom + "\n" + report, rulesOnly).removed.isEmpty)
    let bare = "Телеграм – https://t.me/porom_news\nФейсбук – https://www.facebook.com/porom.news"
    #expect(try await strip(Article.porom + "\n" + bare, rulesOnly).removed.isEmpty)
}

@Test("a network's line may carry the account's address or handle, but no other words")
func networkLineMayCarryAddress() {
    #expect(AppealStripper.namesNetworkOnly(TextLine.lines(of: "Телеграм – https://t.me/porom_news")[0]))
    #expect(AppealStripper.namesNetworkOnly(TextLine.lines(of: "Instagram: @porom.news")[0]))
    #expect(!AppealStripper.namesNetworkOnly(TextLine.lines(of: "Телеграм заблокували – https://t.me/porom_news")[0]))
}
