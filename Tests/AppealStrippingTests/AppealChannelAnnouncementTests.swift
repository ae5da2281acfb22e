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

@Test("a sign-up to 'the channel' with no owner named, staying 'with us' in it, and a slogan before a dash are cut",
      arguments: [
          (Article.parom, "⚠️ Подпишись на канал, чтоб ничего не упустить!"),
          (Article.parom, "Подписывайтесь на канал!"),
          (Article.ferryStory, "Subscribe to the channel so you never miss a sailing."),
          (Article.parom, "Будьте с нами в канале"),
          (Article.parom, "Быстро и достоверно – читайте нас в Telegram-канале"),
      ])
func bareOwnChannelSignUpIsCut(text: String, line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: text), rulesOnly).text == text)
}

@Test("someone else's channel, a messenger mirror's infinitive button, and a next headline under a two-sentence plug stay")
func otherBareChannelsStay() async throws {
    #expect(try await strip(Article.inserting("Подписаться на канал", into: Article.parom), rulesOnly).removed.isEmpty)
    // A channel named for its owner is someone's; only a channel noun closing the call is the page's own.
    #expect(!AppealStripper.namesBareChannel(Array(" на канал мэрии, чтобы узнать о рейсах".utf8)))
    #expect(AppealStripper.namesBareChannel(Array(" на канал, чтоб ничего не упустить".utf8)))
    #expect(AppealStripper.namesBareChannel(Array(" the channel so you never miss a sailing".utf8)))
    // Short lines merge into one unit; the next story's headline under the plug is no part of it.
    let text = Article.inserting("Don't Miss A Thing! Find Us On Instagram, Facebook, and X\nHarbour tycoons", into: Article.ferryStory)
    #expect(try await strip(text, rulesOnly).text.contains("Harbour tycoons"))
}
