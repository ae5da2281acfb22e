import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A channel's announcement before a bare call to subscribe ("Пристань теперь в Telegram!
// Подписывайтесь на самые быстрые новости."): the call names no channel itself, the sentence before
// it does. Our own lines; a report of someone's channel and a remark that names no messenger stay.

@Test("a channel's announcement before a bare sign-up call is cut, in Russian and English",
      arguments: [
          (Article.parom, "Пристань Литва теперь в Telegram! Подписывайтесь на самые быстрые новости о порте."),
          (Article.parom, "RADIO•P в Telegram. Подпишись и читай новости порта прямо сейчас"),
          (Article.ferryStory, "The Harbour Wire is now on WhatsApp! Subscribe for the day's news."),
      ])
func channelAnnouncementBeforeBareCallIsCut(text: String, line: String) async throws {
    let document = try await strip(Article.inserting(line, into: text), rulesOnly)
    #expect(document.text == text)
}

@Test("a report of someone's channel, a long first sentence or a remark naming no messenger before a call stays",
      arguments: [
          (Article.parom, "Мэрия теперь в Telegram. Подписаться можно по ссылке, сообщили в мэрии."),
          (Article.ferryStory, "The harbour authority, which runs the ferries, opened a channel on WhatsApp this week. Subscribe, it urged."),
          (Article.ferryStory, "Flood alerts come by text messages. Subscribe at the town hall."),
      ])
func otherAnnouncementsStay(text: String, line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: text), rulesOnly).removed.isEmpty)
}

@Test("an announcement names a messenger or network within its first words")
func announcementNamesMessenger() {
    #expect(AppealStripper.announcesChannel(TextLine.lines(of: "Пристань теперь в Telegram!")[0]))
    #expect(!AppealStripper.announcesChannel(TextLine.lines(of: "Don't miss a thing!")[0]))
    #expect(!AppealStripper.announcesChannel(TextLine.lines(of: "The old harbour authority that runs the ferries is now on WhatsApp.")[0]))
}
