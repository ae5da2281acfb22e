import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// Articles about another outlet's fund drive: an appeal relayed under a line that says so, an
// appeal quoted in a paragraph whose opening quotation mark stood on the line before, and a
// report whose lead sentence names the drive without any "we" or "you". Our own sentences; the
// outlet's own appeal beside each, which is still cut.

@Test("an appeal relayed under a line saying so stays the article's")
func relayedAppealStays() async throws {
    try await expectUntouched("""
    Small newsrooms that need our readers too
    Like many independent sites, we rely on readers. Today we relay here the appeal of the Harbour Gazette, a weekly that covers the port and its workers.
    The Harbour Gazette has no owner and no advertisers. That is why it needs your support. If you think local reporting matters, support the Harbour Gazette and make a donation before 31 December.
    Port workers
    The port employs about 2,000 people, most of them on short contracts.
    """)
    try await expectUntouched("""
    Ces médias qui ont besoin de vous : la Gazette du Port
    Nous relayons ici l'appel de la Gazette du Port, hebdomadaire indépendant consacré au port.
    La Gazette du Port n'a ni actionnaire ni publicité. C'est pourquoi elle a besoin de votre soutien. Si vous pensez que l'information locale compte, soutenez la Gazette du Port et faites un don avant le 31 décembre.
    Les dockers
    Le port emploie environ 2 000 personnes.
    """)
}

@Test("the same appeal in the outlet's own voice, without a relay line, is cut")
func ownAppealWithoutRelayIsCut() async throws {
    try await expectAppealCut("""
    The Harbour Gazette has no owner and no advertisers. That is why we need your support. If you think local reporting matters, support the Harbour Gazette and make a donation before 31 December.
    """)
}

@Test("a paragraph closing a quotation opened on the line before is quoted speech")
func quotationClosedOnLaterLineStays() async throws {
    try await expectUntouched("""
    Valley Courier close to its goal
    The Valley Courier, which has lived on reader donations for a decade, is a few thousand dollars short in its spring fund drive. Its editor wrote to readers on Friday:
    We urgently need your help. This is the last message of our drive and we still need $8,400. Can we count on you to give $10 today? Please click the button and help us out.”
    Many small sites face the same gap this year.
    """)
}

@Test("the outlet's own appeal paragraph, without a closing quotation mark, is cut")
func ownAppealParagraphIsCut() async throws {
    try await expectAppealCut("""
    We urgently need your help. This is the last message of our drive and we still need $8,400. Can we count on you to give $10 today? Please click the button and help us out.
    """)
}

@Test("a report leading with another outlet's urgent call stays")
func reportOnAnotherOutletsDriveStays() async throws {
    try await expectUntouched("""
    Le dernier appel urgent pour soutenir un journal indépendant. À quelques jours de la fin de leur collecte, les fondateurs de la Gazette du Port appellent désespérément aux dons. Il leur manque encore 4 000 euros pour atteindre un objectif modeste de 12 000 euros, qui permettrait de garder gratuite leur lettre d'information.
    Les dons restent possibles jusqu'à dimanche, avec une réduction d'impôt de 66 % : un don de 30 euros coûte 10 euros au donateur. Cependant, le fondateur avertit que les caisses sont vides et que sans soutien immédiat, le journal risque de perdre son indépendance.
    La rédaction insiste sur la nécessité d'une solidarité active des lecteurs.
    Le port emploie environ 2 000 personnes.
    """)
    try await expectUntouched("""
    Last urgent appeal for an independent weekly. Days before the end of their drive, the founders of the Harbour Gazette urged readers to donate, saying they are still $4,000 short.
    The port employs about 2,000 people.
    """)
}

@Test("the outlet's own urgent call, in its we, is still cut from its paragraph")
func ownUrgentCallInParagraphIsCut() async throws {
    let article = "Le port emploie environ 2 000 personnes, a indiqué la capitainerie."
    let appeal = "Le dernier appel urgent pour soutenir un journal indépendant. Notre collecte se termine dimanche et il nous manque encore 4 000 euros : faites un don, même de 5 euros."
    try await expectGluedAppealCut(appeal, before: article)
    try await expectAppealCut(appeal, after: article)
}

@Test("run together, the sentences after an attribution and its colon are the quoted outlet's")
func runTogetherAttributedQuotationStays() async throws {
    try await expectUntouched(
        "Harbour Gazette close to its goal The Harbour Gazette, a reader-funded weekly, is a few thousand pounds short of its spring target. Its founder, Mara Lind, told me: We publish what nobody else in the port covers. It is impossible to get paid for news online, so we depend on readers like you who value our journalism. Your support keeps our reporting free, and every gift counts. That leaves £5,000 to go. Gifts can be made on its site.")
    try await expectUntouched(
        "Valley Courier close to its goal The Valley Courier has lived on reader donations for a decade. Its editor writes: We urgently need your help. This is the last message of our drive and we still need $8,400. It will take 800 readers giving about $10 each. Can we count on you to be one? Gifts have been slower than usual. Please click the button and help us out.” Many small sites face the same gap this year.")
}

@Test("run together, the same sentences in the outlet's own voice, without an attribution, are cut")
func runTogetherOwnVoiceWithoutAttributionIsCut() async throws {
    let article = "The port employs about 2,000 people, most of them on short contracts, the harbour authority said."
    try await expectGluedAppealCut(
        "We publish what nobody else in the port covers. It is impossible to get paid for news online, so we depend on readers who value what we do. Please give what you can today.",
        after: article)
    try await expectGluedAppealCut(
        "We urgently need your help. This is the last message of our drive and we still need $8,400. Can we count on you to give $10 today? Please click the button and help us out.",
        after: article)
}
