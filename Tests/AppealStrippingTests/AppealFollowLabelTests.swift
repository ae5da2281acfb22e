import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A social-media label on a line of its own ("Folge uns:", "Connect with us") is what a row of
// follow buttons leaves behind once its icons are scraped away: the outlet's follow plug. Our own
// lines; an article's sentences that begin with the same words stay.

private let story = Article.ferryStory

@Test("a follow label on a line of its own is cut, at the top and between paragraphs",
      arguments: ["Folge uns:", "Connect with us", "Suivez-nous", "Follow us on Facebook, Instagram and X",
                  "📲 Мы в соцсетях", "Folgen Sie uns auf Instagram und TikTok",
                  // "We're on …", repeated per platform, with the outlet's bot.
                  "We're on Telegram, Viber and Facebook", "Wir sind auf Telegram und Instagram",
                  "Nous sommes sur Facebook et Instagram", "Мы в Telegram, наш Telegram bot — @harbour_bot, Мы в Viber, Мы на Facebook",
                  "Ми в Telegram, ми у Viber, ми на Facebook",
                  // Wherever the outlet posts, and "find us" or "be with us" as the label.
                  "Follow us everywhere we post:", "Следите за нами и здесь", "Find Us On :", "Будьте з нами в соцмережах"])
func followLabelIsCut(label: String) async throws {
    try await expectLineCutAtTopAndBetweenParagraphs(label, of: story)
}

@Test("a line that only begins with a follow label's words stays")
func sentencesOpeningLikeALabelStay() async throws {
    for line in ["Follow us, the mayor told the crowd, and we will fix the ferry.",
                 "Follow usual routes until the bridge reopens.",
                 "Suivez-nous jusqu'au port, a lancé le capitaine aux passagers.",
                 "Connect with us on the ferry contracts was all the council wanted, the union said.",
                 "Find us on the harbour front every Saturday, the stallholders told visitors.",
                 "Будьте с нами честны, попросил мэр жителей."] {
        try await expectLineKeptBetweenParagraphs(line, of: story)
    }
}

@Test("a follow label is told by its words: a label, then only platforms and joining words")
func followLabelShape() {
    let label = { (line: String) in AppealStripper.isFollowLabel(TextLine.lines(of: line)[0]) }
    #expect(label("Follow us:"))
    #expect(label("• Suivez-nous sur Facebook et LinkedIn"))
    #expect(label("Folgt uns auf Instagram"))
    #expect(!label("Follow us home"))
    #expect(!label("Follow usual routes"))
    #expect(!label("Folge uns nach Berlin"))
    #expect(label("Мы в Telegram, мы на Facebook"))
    #expect(label("Мы на YouTube и в Дзен"))
    #expect(label("Ми у Viber"))
    #expect(label("Ми в Telegram, наш бот — @harbour_bot"))
    #expect(label("Ми на Facebook та в Instagram"))
    #expect(label("Наш Telegram-бот: @harbour_bot") == false)
    #expect(!label("Мы в шоке от решения мэрии"))
    #expect(!label("Ми у Facebook побачили фото порту"))
    #expect(!label("We're on the ferry to Statia"))
    #expect(!label("Wir sind auf Telegram umgezogen"))
}
