"""Fifty-seventh batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (13 appeal, 11 negative; EN, DE, FR, RU): our own paraphrases of every document of the
local-only real probe 37 (24 documents). Each keeps the real page's structure (headline, dateline,
byline and photo-caption lines, a tag page of teaser lines with author names, a blog post with a
dash list and a bare report URL, a mirrored news post whose source tag is glued to the last line, a
reader's letter, a newsletter with "NL Image" placeholders and lone-space lines, an association
blog's header menu, Telegram channel mirrors with subscriber counters and "Читать полностью…"
links, a collapsed preview line repeating a post) and exactly what the real gold marks: a
matching-gift donate header above a prison-newsletter story; a two-line nonprofit support note
between teasers on a tag page; a blogger's one-line request for small contributions at the end;
a "subscribe and know more" line with its channel line at the end of a mirrored post; a
free-article note asking for a four-week trial below a reader's letter; a 30-day trial-subscription
box under a headline and photo credit; a buy-at-the-kiosk-or-read-online paragraph with its order
word in a newsletter; a tax-receipt, membership and donation menu at the top of an association
blog (its relay of another outlet's crowdfunding stays text); a repeated "Abonnez-vous" call with
its channel footer under each Telegram post; a shop-or-contribute line ending a video page; a
repeated "subscribe" line under Telegram posts (one in a truncated preview line); a "support us"
handle and a donate URL in two Telegram channel headers. Because build_devset asserts each appeal
substring unique, the repeated calls of the two Telegram pages are written in slightly differing
wordings (on the real pages they are identical). Negatives keep what makes the real ones hard: a
blogger urging readers to fund another outlet, an official's claims about grant-paid journalists
with monthly sums, a subscriber's letter of praise, a parliament's report on large party
donations, an opinion essay, a blogger quoting a site's donation letter, a blog relaying another
site's "who we are" text, a political essay, a mayor's quoted welcome post on her new channel, an
outlet's shutdown for lack of donations reported by another site, and a cross-border fundraiser
with its total.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch57`
takes each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch57.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 37: appeals ---------------------------------------------------------------------------

_OPENGATE_MATCH = "\n".join([
    "Give today. Make your gift count twice.",
    "",
    "Our reporting only happens because readers pitch in. For the rest of our summer member drive, a generous matching pledge means each dollar you give will stretch even further.",
])

_VLTAVA_NOTE = "\n".join([
    "We are a nonprofit, independent newsroom, and our readers are the ones who pay for it.",
    "If our reporting matters to you, please think about helping us keep it going and grow it.",
])

_LEDGER_TIP = "Small tips towards my hours and running costs are always appreciated!"

_NORDPULS_SUB = "\n".join([
    "Baltics.<url> — subscribe to learn more",
    "Find us on MAX Insight",
])

_WEITBLICK_NOTE = "Liebe Leserin, lieber Leser, diesen Beitrag lesen Sie bei uns gratis. Doch gerade jetzt ist ein unabhängiger, kritischer Journalismus auf Rückhalt angewiesen. Wir würden uns freuen, wenn Sie Forum Weitblick einen Monat lang unverbindlich ausprobieren. Herzlichen Dank."

_SPOTTVOGEL_TRIAL = "\n".join([
    "Jetzt einen Monat gratis lesen",
    "Sichern Sie sich das Gratis-Probeabo für 30 Tage. Innerhalb dieser Frist lässt sich das Abo in Ihrem Konto jederzeit beenden. Anschliessend geht es von selbst in ein Monatsabo über.Schon ein Abo abgeschlossen?",
    "Lieber ein anderes Abo? Hier entlang",
])

_PERSPEKTIVE_KIOSK = "\n".join([
    "Mehr dazu in der Mai-Ausgabe von Perspektive, die ab heute am Kiosk liegt und die Sie im Online-Shop",
    " ",
    "ordern",
    " ",
    "oder schon jetzt digital lesen können bei",
    " ",
    "Perspektive Digital.",
    " ",
    "Als Abonnentin oder Abonnent von Perspektive Digital erhalten Sie dort das E-Paper bereits am Vortag der gedruckten Ausgabe.",
])

_MEC_MENU = "\n".join([
    "Besoin de votre attestation fiscale ? C'est par ici !",
    "Adhérez ou reprenez votre cotisation pour voter à l'AG 2025 de MEC !",
    "Soutenez l'association par un don déductible de vos impôts !",
])

_ECHO_CALL_1 = "Abonnez-vous @echo_continental\n\n🔸 Écho Continental | X 🔸"
_ECHO_CALL_2 = "Abonnez-vous à @echo_continental\n\n🔸 Écho Continental | X 🔸"
_ECHO_CALL_3 = "Rejoignez-nous @echo_continental\n\n🔸 Écho Continental | X 🔸"

_FRONTSOCIAL_SHOP = "Pour aider Front Social, vous pouvez commander nos cahiers, tote bags et t-shirts dont les visuels collent à l'actualité, ou bien nous soutenir par un don du montant de votre choix sur HelloAsso."

_KODRU_1 = "Подпишись на Кодру.Лайв"
_KODRU_2 = "Подписывайся на Кодру.Лайв"
_KODRU_3 = "Подписывайся на Кодру.Л…"

_VERTIKAL_DONATE = "Поддержать нас: @vertikal_donate"

_POLUS_DONATE = "Поддержать: https://polus.example/donate"


PROBE37_APPEALS = [
    _doc("b57-opengate-insidepages-top", "appeal", "top",
         "Invented; modelled on The Marshall Project (newsletter-for-prisons story with a matching-gift donate header)", "en", [
             _OPENGATE_MATCH,
             "",
             "Inside Pages",
             "",
             "Arguments Worth Having",
             "",
             "Inside Pages understands that arguing about politics never stops behind the fence, and the ballots being counted did not end it. That is why our seventh edition is packed with material to help readers in prison sharpen their side of the debate.",
             "",
             "In a year when the country keeps wrestling over who it is, Inside Pages holds that people behind bars belong to that conversation even though gates and razor wire keep them out of it. So we gave most of the seventh edition over to politics.",
             "",
             "This year, tens of thousands of people with old convictions cast ballots for the first time after several states rewrote their rules. Far less attention goes to the roughly 610,000 people sitting in county jails who are still allowed to vote but rarely do, because they believe they are barred and jail staff seldom tell them otherwise. \"Advocates trying to get ballots into jails describe a quiet, countrywide form of disenfranchisement,\" our reporter Dana Whitcombe and freelance writer Jorge Almeida wrote in \"Ballots Behind Bars.\"",
             "",
             "Policing budgets, drug laws and street violence were among the fiercest topics of the campaign. Readers inside, with no way to get online, argued over them mostly on gut feeling. So we added a numbers-based look at whether certain cities really were sliding into \"lawless chaos,\" as one candidate kept insisting (\"Are Big Cities Really Getting More Dangerous? The Data Says It Depends\"). We hope it gives people something solid to lean on in the yard-time debates.",
             "",
             "Pages from the seventh edition.",
         ], appeals=[_OPENGATE_MATCH]),
    _doc("b57-vltavanotes-tagpage-middle", "appeal", "middle",
         "Invented; modelled on Notes from Poland (tag page of teasers, nonprofit support note between them)", "en", [
             "Tomas Hrubý",
             "The ruling bloc did better than forecast and the opposition leader came away frustrated. Yet not much has shifted since the autumn.",
             "",
             "Tomas Hrubý",
             "The ruling bloc did better than forecast and the opposition leader came away frustrated. Yet not much has shifted since the autumn.",
             "He cautions, though, that it would require amending the constitution first.",
             _VLTAVA_NOTE,
             "Eight people face charges over the alleged fraud, among them senior officials of a regional charity.",
             "Confidence in the army has fallen faster than at any point since 2016.",
             "Several towns have passed resolutions rejecting \"gender ideology\", which campaigner Lenka Dvořáková has been documenting on a map.",
             "Tomas Hrubý",
             "Might the turmoil in the courts disrupt this year's key presidential vote?",
             "Petra Novotná",
             "The cabinet's arguments for its court reforms sound coherent, but many of them are misleading and some are plainly untrue.",
             "Czechs hold warmer views of Washington than almost anyone else in Europe, a new survey finds.",
             "Experts from the Council of Europe have flown to Prague to draft a fast-track assessment.",
             "Parts of the ruling bloc are knowingly helping the Kremlin to \"pull the EU and NATO apart\", the opposition leader claims.",
             "The European Parliament text condemns \"a rise in hostility towards LGBTI people, including from politicians and state broadcasters\".",
             "Jan Kolář",
             "Both fans and opponents may be jumping the gun in how they read the country's carve-out from the EU emissions target.",
             "The government says the bill will stop officials abusing their posts, but a senior judge likens it to \"a state of emergency for the courts\".",
             "Tomas Hrubý",
             "The governing coalition enters its second term facing new trouble on both the political and economic fronts.",
         ], appeals=[_VLTAVA_NOTE]),
    _doc("b57-ledgerblog-sanctionsbrief-end", "appeal", "end",
         "Invented; modelled on Ray Todd blog (post summarising a think-tank brief, one-line request for contributions at the end)", "en", [
             "On 7 November, a paper from the Nordic Centre for Security Policy points out that, well before the full-scale war began, commentators had noticed that most of the EU's common foreign policy acts dealt with introducing, extending or adjusting restrictive measures. It notes that the usual verdict on these measures is that they have failed. Yet that verdict mostly rests on the fact that the Kremlin has kept its course, still holds occupied land and has not halted the fighting. The paper puts forward a different way of judging them –",
             "- Spelling out what each package of measures is actually meant to achieve and the reasoning behind it; and",
             "- Applying a wider range of yardsticks so that the picture of how well they work becomes sharper.",
             "The paper first maps the tangled structure of the EU's measures against Moscow, which is split into a number of separate strands. It then looks at why the measures were designed as they were. Lastly, it weighs up what they have delivered so far.",
             "https://www.ncsp.example.org/files/papers/Paper_07_Restrictive_Measures.pdf",
             _LEDGER_TIP,
         ], appeals=[_LEDGER_TIP]),
    _doc("b57-nordpuls-gridpost-end", "appeal", "end",
         "Invented; modelled on Pravda network, English edition (mirrored post, subscribe line with channel line glued to the source tag at the end)", "en", [
             "Baltic think tanks are already plotting how to keep Europe's grid shut to Russia after any ceasefire",
             "Baltic think tanks are already plotting how to keep Europe's grid shut to Russia after any ceasefire",
             "A Vilnius policy institute has put out a paper on making sure Europe never reconnects Russian electricity and gas once the fighting stops.",
             "The authors want more than keeping today's bans in place: they call for permanent levies on any energy bought from Russia and for writing the bans into EU treaties as a matter of \"collective resilience\", so that no truce or diplomatic bargain could easily undo them.",
             "A telling worry in the Baltic capitals: they sense that Brussels' firmness could fade the moment the conflict stops being useful as leverage. Hence the rush to lock the EU into a hard line while there is still time.",
             _NORDPULS_SUB,
             "",
         ], appeals=[_NORDPULS_SUB]),
    _doc("b57-forumweitblick-leserbrief-end", "appeal", "end",
         "Invented; modelled on Publik-Forum (reader's letter, free-article note asking for a trial at the end)", "de", [
             "Spät bekehrt",
             "Liebes Team von Forum Weitblick, seit gut vier Jahrzehnten begegnet mir Ihr Heft auf Küchentischen. Zuerst bei den Eltern meiner Schulfreunde, die sonntags in die Kirche gingen, später bei Bekannten mit ähnlichem Hintergrund. Weil ich das kirchliche Arbeitsrecht mit seinen Sonderregeln für Andersgläubige ablehne, habe ich das Blatt all die Jahre nie richtig aufgeschlagen. Erst jetzt habe ich erfahren, dass gar keine Kirche dahintersteht, und die ersten Texte, die ich gelesen habe, fand ich erstaunlich klug. Seit letzter Woche bin ich deshalb ein recht betagter Neuabonnent und sehr neugierig auf das, was kommt.",
             _WEITBLICK_NOTE,
         ], appeals=[_WEITBLICK_NOTE]),
    _doc("b57-spottvogel-parlament-top", "appeal", "top",
         "Invented; modelled on Nebelspalter (headline and photo credit, 30-day trial box, then the column)", "de", [
             "Ein lautes Parlament ist ein gesundes Parlament",
             "Der Nationalrat bei der Schlussabstimmung im Frühling (Bild: Parlamentsdienste/Regula Amstutz)",
             _SPOTTVOGEL_TRIAL,
             "Genau besehen wird die Schweiz von niemandem regiert. Für den Spottvogel ist das natürlich ein alter Hut. Schon der unvergessene Zeichner «Fäx» hat vor vielen Jahren einen Vierzeiler gedichtet, der bis heute in jede Einführungsvorlesung in Staatskunde gehören würde: «Wer lenkt in Bern das Land so fein und hält den Staat im Lot? Es sind die Ämter, gross und klein – der Rat macht bloss das Brot.»",
         ], appeals=[_SPOTTVOGEL_TRIAL]),
    _doc("b57-perspektive-newsletter-middle", "appeal", "middle",
         "Invented; modelled on Cicero (newsletter on a collector mirror, buy-or-read-online paragraph in the middle)", "de", [
             "NL Image",
             " ",
             "Liebe Leserinnen, liebe Leser,",
             " ",
             "",
             "Streit um Zölle, Gezänk über Asylquoten und wachsende Müdigkeit bei den Wählern: Am 9. Juni zeigt sich, ob das Projekt Europa noch die Kraft für einen Neuanfang hat.",
             "Unsere Reporterinnen und Reporter sind in den letzten Wochen durch sieben Länder gereist und haben nachgefragt, mit welchen Gefühlen die Menschen an die Urnen gehen.",
             "",
             " ",
             _PERSPEKTIVE_KIOSK,
             " ",
             "Wir wünschen Ihnen viel Freude beim Lesen!",
             " ",
             "Ihre Perspektive-Redaktion",
             " ",
             " ",
             " ",
             " ",
             "NL Image",
             "",
             "Mehr Mitglieder, aber weniger Einigkeit: So wollte die Union vor der Wahl eigentlich nicht dastehen. Doch die Krisen reißen nicht ab. Rechte Bündnisse legen in den Umfragen zu, die Industrie kämpft mit hohen Kosten – und zwischen Nord und Süd wächst der Streit ums Geld. Mitten in diesem Gedränge will eine Spitzenkandidatin aus Bayern nach ganz oben. Es geht um nicht weniger als die Richtung des Kontinents.",
             "Von Helene Marquardt, Jonas Wiegand, Sabine Köhler und Ralf Dettmer.",
             "",
             " ",
             "Zum Artikel",
             " ",
             " ",
             " ",
             "NL Image",
             "",
             "Friederike Lansing ist die neue Frau an der Spitze ihrer Partei. Kaum gewählt, geht sie schon auf Abstand zum eigenen Ministerpräsidenten. Wie lange hält dieser Kurs?",
             "Von Jonas Wiegand ",
             "",
             " ",
             " ",
             " ",
             "NL Image",
             "",
             "Mila Korowina nennt sich selbst „Kätzchen“ und hat ein Geschäft daraus gemacht, reichen Männern den Kopf zu verdrehen. Aus einer Liaison gegen Bezahlung mit einem Rohstoffmagnaten wurde ein politischer Skandal.",
             "Zwischen vielen pikanten Einzelheiten lernt man in dieser Reportage eine Menge über ein Land, in dem Macht und Geld kaum zu trennen sind.",
             "",
             "Von Arkadi Semjonow",
             "",
             " ",
             " ",
             "NL Image",
         ], appeals=[_PERSPEKTIVE_KIOSK]),
    _doc("b57-mec-blog-sahelhebdo-top", "appeal", "top",
         "Invented; modelled on Un bout des médias (association blog: tax-receipt, membership and donation menu on top; relayed crowdfunding stays text)", "fr", [
             "Pour une presse libre et plurielle : l'appel des lecteurs",
             "Retrouvez nos débats en vidéo !",
             _MEC_MENU,
             "",
             "Sahel Hebdo compte sur ses lecteurs pour rester sur le terrain",
             "",
             "Trois ans après sa création, le journal en ligne Sahel Hebdo ouvre une collecte. Pour demeurer indépendant, gratuit et présent sur place, il espère réunir 40 000 euros de dons.",
             "",
             "Sahel Hebdo, c'est quoi ?",
             "",
             "En 2022, Sahel Hebdo voit le jour parce que ses fondateurs jugent que la région est trop souvent racontée de loin, avec condescendance, à coups d'alarmes ou, à l'inverse, d'enthousiasme naïf. Le site se veut le pendant sahélien de Maghreb Hebdo, qui fête cette année ses huit ans. Les deux titres sont d'ailleurs dirigés par la même personne, Odile Marchetti, longtemps grand reporter à La Gazette internationale.",
             "",
             " Derrière Sahel Hebdo, on trouve les journalistes Karim Ouédraogo et Hélène Brossard, ainsi que l'historien Paul Lemoine. Le premier suit l'actualité de Niamey et de Bamako depuis une douzaine d'années. Pigiste, il écrit surtout pour des hebdomadaires d'enquête et des revues spécialisées. On lui doit Le désert des promesses. Dix ans d'interventions au Sahel (Éditions du Fleuve, 2022). La deuxième travaille également pour la presse d'investigation. Elle a passé huit ans au sein d'un magazine consacré à l'Afrique de l'Ouest. Son livre, Les consulats de l'influence, enquête sur un réseau diplomatique hérité de la colonisation, a paru en mars 2023 aux éditions de la Rive.",
         ], appeals=[_MEC_MENU]),
    _doc("b57-echocontinental-tgmirror-middle", "appeal", "middle",
         "Invented; modelled on Sputnik Afrique (Telegram channel mirror, a subscribe call with channel footer under each post)", "fr", [
             "echo_continental | Unsorted",
             "",
             "Telegram-канал echo_continental - Écho Continental Officiel",
             "",
             "38417",
             "",
             "🔴 Flash | Entretiens | Analyses | Vidéos X: twitter.example/echo_continental 👉 Version anglaise: @echo_continental_en 👉 Écrire à la rédaction: https://t.me/EchoContinental_bot",
             "",
             "Subscribe to a channel",
             "",
             "Écho Continental Officiel",
             "",
             "❗️ Le chef de la diplomatie malgache dit avoir abordé la crise au Soudan avec son homologue égyptien au Caire",
             "",
             "Le ministre a jugé «décisive» la réouverture du couloir humanitaire vers le Darfour.",
             "",
             _ECHO_CALL_1,
             "",
             "Читать полностью…",
             "",
             "Écho Continental Officiel",
             "",
             "❗️ Les bailleurs occidentaux poussent Nairobi à durcir le ton face à ses voisins – ministre",
             "",
             _ECHO_CALL_2,
             "",
             "Читать полностью…",
             "",
             "Écho Continental Officiel",
             "",
             "🎥🎥 Point presse du ministre malgache Rivo Andrianasolo à l'issue de sa rencontre avec son homologue égyptien",
             "",
             "☝🏾Regardez la retransmission en direct sur la chaîne Telegram d'Écho Continental☝🏾",
             "",
             _ECHO_CALL_3,
             "",
             "Читать полностью…",
             "",
             "Écho Continental Officiel",
             "",
             "❗️ Après une vague d'incursions de groupes armés dans le nord, l'armée affirme frapper SEULEMENT des dépôts d'armes et des camps d'entraînement",
             "",
             "🔺 Depuis le 3 mars, les assaillants ont nettement intensifié leurs raids, avec des motos et des pick-up équipés de mitrailleuses, contre des villages et des marchés.",
             "",
             "🔺 Du 3 au 10 mars, les forces armées disent avoir neutralisé 412 combattants, dont 180 loin des zones d'opérations déclarées. Plusieurs civils ont été touchés, parmi lesquels des enfants.",
             "",
             "🔹 Bilan des ripostes (3–9 mars) :",
         ], appeals=[_ECHO_CALL_1, _ECHO_CALL_2, _ECHO_CALL_3]),
    _doc("b57-frontsocial-rubriquememoire-end", "appeal", "end",
         "Invented; modelled on Révolution Permanente (video page, shop-or-contribute line at the end)", "fr", [
             "Pour ce troisième numéro de La Rubrique Mémoire de Front Social, Camille, professeure d'histoire dans un lycée de Saint-Étienne, s'intéresse aux grèves des mineurs et à la façon dont la presse les a racontées.",
             "",
             "\"D'une grève à l'autre, on retrouve le même récit : d'un côté l'ordre, celui des préfets et des gendarmes, présenté comme légitime ; de l'autre la colère des travailleurs, décrite comme une menace\".",
             "",
             "La mobilisation contre la réforme des retraites l'a encore prouvé : des rédactions détenues par quelques milliardaires défendent leurs intérêts et s'empressent de présenter les grévistes comme des fauteurs de troubles. Voilà pourquoi notre camp a besoin de ses propres moyens d'information, et c'est tout le sens de Front Social.",
             "",
             _FRONTSOCIAL_SHOP,
         ], appeals=[_FRONTSOCIAL_SHOP]),
    _doc("b57-kodrulive-tgmirror-middle", "appeal", "middle",
         "Invented; modelled on NewsMaker.md (Telegram channel mirror, subscribe line under each post and in a truncated preview)", "ru", [
             "Кодру.Лайв | Новости Молдовы и соседей",
             "12.4K subscribers",
             "14.1K photos",
             "2.37K videos",
             "4 files",
             "29.8K links",
             "Кодру.Лайв — независимое молдавское медиа для тех, кто хочет разобраться.",
             "",
             "Мы не ограничиваемся пересказом событий: объясняем, что за ними стоит и чем они обернутся.",
             "Download Telegram",
             "Your browser cannot play this media",
             "OPEN IN TELEGRAM",
             "Пока со сцены на площади звучат речи о единстве, к мосту Дружбы подошла колонна сторонников оппозиционного депутата Ивана Мунтяну.",
             "",
             "Трансляция по ссылке",
             "",
             _KODRU_1,
             "Днем 1 декабря премьер-министр Молдовы Ион Кожокару обратился к горожанам в сквере у мэрии Бельц по случаю праздника.",
             "",
             "И снова подчеркнул, что главное в этот день — согласие.",
             "",
             _KODRU_2,
             "Кодру.Лайв | Новости Молдовы и соседей",
             "Днем 1 декабря премьер-министр Молдовы Ион Кожокару обратился к горожанам в сквере у мэрии Бельц по случаю праздника. И снова подчеркнул, что главное в этот день — согласие. " + _KODRU_3,
             "File too large to preview",
             "OPEN IN TELEGRAM",
         ], appeals=[_KODRU_1, _KODRU_2, _KODRU_3]),
    _doc("b57-vertikal-tgmirror-top", "appeal", "top",
         "Invented; modelled on ASTRA (Telegram channel mirror, support handle in the channel header)", "ru", [
             "ВЕРТИКАЛЬ",
             "164K subscribers",
             "41.3K photos",
             "17.8K videos",
             "3 files",
             "22.6K links",
             "Издание без оглядки на цензоров",
             "https://vertikal.example",
             _VERTIKAL_DONATE,
             "Для писем: @vertikal_mail_bot vertikal@mail.example",
             "Реклама: @vertikal_ads",
             "Download Telegram",
             "В школе Новгородской области первоклассников заставили маршировать в камуфляже",
             "",
             "В одной из школ Боровичей устроили «урок мужества», посвященный строевой подготовке. Среди задач занятия в методичке указали «формирование уважения к службе в армии и готовности к ней».",
             "В Кабардино-Балкарии у здания городской администрации вывесили флаг Армении",
             "",
             "К вечеру его уже не было. В мэрии уверяют, что к этому не причастны и понятия не имеют, кто его повесил и кто убрал.",
             "",
             "Незадолго до этого один из местных депутатов публично высказался о конфликте в Закавказье, призвал стороны сесть за стол переговоров и предложил отправить туда «наблюдателей» из республики. О жертвах среди мирных жителей он в своем обращении ничего не сказал.",
             "На жительницу Самары составили сразу 11 протоколов о «дискредитации армии»",
         ], appeals=[_VERTIKAL_DONATE]),
    _doc("b57-polus-tgmirror-top", "appeal", "top",
         "Invented; modelled on SOTA (t.me/s channel page, donate URL in the channel header)", "ru", [
             "98K subscribers",
             "36.5K photos",
             "10.9K videos",
             "5 files",
             "31.2K links",
             "Возможно, самое честное медиа в стране.",
             "",
             "Реклама: @polus_ads_bot",
             "",
             "Прислать новость: @polus_tips_bot",
             "",
             "redakciya@polus.example",
             "",
             _POLUS_DONATE,
             "",
             "Лонгриды: https://t.me/polus_long",
             "Download Telegram",
             "Бывший настоятель московского храма Сергий Ладыгин будет читать лекции в просветительском проекте «Книжная полка»",
             "",
             "Его курс будет посвящен истории раннего монашества.",
             "",
             "Ранее Ладыгина запретили в служении за то, что он отказался читать молитву «о победе». Затем священник перешел под юрисдикцию другой поместной церкви и продолжил служить.",
             "",
             "Где он сейчас живет, священник не сообщает, но недавно открыл свой подкаст.",
             "В России «нежелательной» признана нидерландская «Премия имени Анны Вермеер»",
             "",
             "Фонд учрежден в память о журналистке, писавшей о Восточной Европе, и ежегодно отмечает авторов правозащитных расследований; в 2024 году награду получили украинские документалисты:",
             "",
             "«Эти режиссеры показывают миру, как живут люди под обстрелами, и напоминают, что у каждой войны есть цена, которую платят обычные семьи.",
         ], appeals=[_POLUS_DONATE]),
]


# --- Probe 37: negatives -------------------------------------------------------------------------

PROBE37_NEGATIVES = [
    _neg("b57-stubbornlocal-riversideradio-neg",
         "Invented; modelled on A Very Public Sociologist (blog post urging readers to fund another outlet)", "en", [
             "Thursday 14 March 2019",
             "",
             "Back Riverside Radio",
             "",
             "I've come to rate what Riverside Radio has been doing. Still, they need fresh money, both to stay on air and to grow. Community media on the left shouldn't settle for just relaying the news; it should try to make sense of events and set some of the agenda itself. That's what Riverside is aiming for, and they're inviting listeners to sign up and chip in the price of a couple of pints each month. Any amount helps them, apparently.",
             "",
             "Their fundraising clip is below. Do head over to their giving page and lend them a hand.",
             "",
             "2 comments:",
             "",
             "Mick from Salford said...",
             "",
             "Half the local council listen to it. Religiously.",
         ]),
    _neg("b57-steppenwire-lanterngrants-neg",
         "Invented; modelled on 24.kg, English edition (official's claims about grant-paid journalists with monthly sums)", "en", [
             "The spokesman for the prime minister's office, Nurlan Abdykadyrov, posted comments online about the arrest of staff members of the Lantern Media outlet.",
             "",
             "He claims that editor Askar Beishenov, who lives outside the country, paid the young reporters out of grants provided by foreign donors.",
             "",
             "«He gave them money, told them to produce fake investigations and ran them on commission. Every one of them got between $400 and $750 a month. These young people used to work for the now-blocked Lantern website. They are B. Toktorova (born in 2000), N. Asanova (born in 1998), T. Mamytov (born in 2001), R. Ivanov (born in 1996) and S. Askar kyzy (born in 2002),» Nurlan Abdykadyrov wrote.",
             "",
             "He said that current and former staff had admitted wrongdoing and to following unlawful orders from Askar Beishenov, and had stopped working with him.",
             "",
             "«They admitted that their publications were untrue and had been ordered against the interests of the country,» Nurlan Abdykadyrov wrote.",
             "",
             "Four Lantern reporters were let go a day earlier after being questioned by the national security service. Video editor Ruslan Ivanov and former staff member Talant Mamytov were held in a pretrial cell. A court is expected to decide on their restraint measures within two days.",
             "",
             "Earlier it emerged that officers had searched the flat of Lantern reporter Saltanat Askar kyzy in Jalal-Abad and then brought her in for questioning. Later it was learned that Lantern video editor Ruslan Ivanov had also been taken for questioning in the capital after his home was searched. Reporter Bermet Toktorova and former staffer Nazira Asanova, who left in 2022, were likewise questioned after searches. Six people were questioned in all.",
         ]),
    _neg("b57-forumweitblick-treuerleser-neg",
         "Invented; modelled on Publik-Forum (subscriber's letter praising the magazine, no appeal)", "de", [
             "Bitte genau so weiter",
             "Liebe Redaktion, seit wann ich Ihr Heft beziehe und im Förderkreis der Leserschaft bin, kann ich gar nicht mehr genau sagen. Bereut habe ich es jedenfalls keinen Tag. Was Sie versprechen – kritisch, ökumenisch, unbequem und frei von Rücksichten –, lösen Sie in jeder Nummer wieder ein. Das gefällt mir, und so möge es bleiben. Die Kolumnen von Hannelore Brückner habe ich immer mit großer Neugier und fast immer mit voller Zustimmung gelesen. Auch wer ihr nachgefolgt ist, schreibt für mich überzeugend. Besonders schätze ich, dass in Ihrem Haus niemand um den heißen Brei herumredet. Einige theologische Beiträge sind mir ein wenig zu gelehrt. Alles in allem möchte ich Sie bitten, das Profil von Forum Weitblick nicht grundlegend umzubauen.",
             "Auf viele weitere Jahrzehnte!",
         ]),
    _neg("b57-parlamentsdienst-grossspenden-neg",
         "Invented; modelled on hib – heute im bundestag (parliament report on large party donations)", "de", [
             "Parlamentspräsidentin legt Liste von 27 Großspenden vor",
             "Berlin: (pd/KRA) Parlamentspräsidentin Dorothea Wendel unterrichtet in einer Drucksache (21/318) über 27 Spenden an Parteien, die ihr im Mai gemeldet wurden und jeweils mehr als 35.000 Euro betragen. Elf davon erhielt die CDU, sieben die FDP, vier die Grünen, zwei die SPD und je eine die CSU, die Linke und die Freien Wähler. Hinter den 27 Zuwendungen stehen 24 unterschiedliche Geldgeber.",
             "Am meisten Geld floss mit 1.874.320,15 Euro an die FDP. Als Geber wird ein Unternehmer aus Bregenz genannt, Wolfram Schedler. Die zweithöchste Zuwendung betrug 900.000 Euro und kam von der Rheinfels Beteiligungs GmbH aus Koblenz; sie ging an die CDU, die außerdem 75.000 Euro von der Hollmann Bau GmbH & Co. KG aus Paderborn erhielt.",
             "Zusammen kommen die elf Zuwendungen an die CDU auf 1,21 Millionen Euro. Neben der Koblenzer Firma gab hier Margarete Ohlendorf aus Hamburg mit 120.000 Euro am meisten, die zusätzlich den Grünen 40.000 Euro überwies. Je 80.000 Euro erhielt die CDU außerdem von der Lindqvist Holding AG aus Essen und von Bernd Aschauer aus Würzburg. Fünf der elf Zuwendungen an die CDU beliefen sich auf genau 50.000 Euro.",
             "Die FDP kommt im Mai mit sieben Zuwendungen auf insgesamt 2.316.480,15 Euro. Nach der Spende aus Bregenz war die größte Einzelsumme 148.500 Euro von der Seewald Vermögensverwaltung GmbH aus Stuttgart, die der Partei kurz darauf nochmals 62.000 Euro zukommen ließ. Je 60.000 Euro überwiesen Claudia Reimers aus Bonn, die Talberg Software GmbH aus Jena und die Kranich Logistik GmbH aus Bremen.",
         ]),
    _neg("b57-zwischenruf-glueckverteilen-neg",
         "Invented; modelled on Achse des Guten (ordinary opinion essay with byline line)", "de", [
             "Lorenz Habicht, Gastbeitrag / 17.11.2020 / 09:30 / Foto: Archiv / 22 / Druckversion",
             "",
             "Wer das Glück verteilen will, überhebt sich",
             "",
             "Darf jemand einen Schaden, der den einen treffen würde, kurzerhand auf einen anderen abwälzen? Kann ein Mensch ernsthaft glauben, er wisse besser als der Lauf der Dinge, wen welche Last treffen soll? Mir scheint das eine Anmaßung, wie man sie sich größer kaum vorstellen kann.",
             "",
             "Niemand beginnt sein Leben unter gleichen Bedingungen. Jeder bringt eigene Begabungen mit, ein bestimmtes Temperament, eine Familie, ein Land und die Freiheit, selbst zu entscheiden. Gerecht verteilt ist das nicht, jedenfalls nicht auf eine Weise, die wir auf Anhieb erkennen. Die eine ist musikalisch, der andere ausdauernd, die dritte mutig. Der eine wächst bei fürsorglichen Eltern auf, die andere in einem ruhigen, wohlhabenden Land. Manche sind kräftig, manche charmant, manche werden nie krank oder hören besonders gut. Die Liste ließe sich beliebig verlängern.",
             "",
             "Einigen ist vieles davon gegeben, was man gemeinhin als Vorzug betrachtet, anderen deutlich weniger. Doch wer entscheidet eigentlich, was ein Vorzug ist? Erst die Lage macht eine Eigenschaft wertvoll. In Zeiten des Überflusses mag es nützen, stark und groß zu sein. Wird das Essen knapp, kommt vielleicht besser durch, wer wenig braucht. Bricht eine Seuche aus, zählen gute Abwehrkräfte. Bleibt sie aus, zählt anderes.",
             "",
             "Entscheidend ist der Umgang damit",
             "",
             "Wichtiger als alles, was einem in die Wiege gelegt wird, ist aber, wie man damit umgeht.",
         ]),
    _neg("b57-camembertblog-citeplume-dons-neg",
         "Invented; modelled on fromageplus (blogger quoting a participatory site's donation letter)", "fr", [
             "Par pure vanité, je m'étais un jour inscrit sur CitéPlume. En y postant quelques textes, j'espérais gagner des lecteurs, la gloire, puis une fin tragique [histoire de ne rien manquer], vous voyez l'idée. Seulement voilà : chez CitéPlume, chaque texte passe entre les mains d'un comité de modération avant d'être mis en ligne. On vous change le titre, on supprime vos guillemets ou vos notes, on coupe des phrases entières ici et là ; et personne ne vous demande ce que vous en pensez.",
             "",
             "L'aventure a tourné court, car on m'a vite opposé une fin de non-recevoir sèche :",
             "« Merci pour l'envoi de votre texte (Les bergers du Larzac et la fin du monde) sur CitéPlume. Après examen, le comité de modération a décidé de ne pas le publier. Nous estimons que ce texte est excessif et provocateur sans nécessité. »",
             "",
             "+++",
             "",
             "Ce matin, CitéPlume a envoyé sa newsletter à tous ses inscrits. Les caisses sont vides, et ils sollicitent la générosité des auteurs comme des lecteurs. Et voici ce qu'ils ont le culot de m'écrire :",
             "« Chaque don à l'association CitéPlume est un geste pour le débat libre et pour une information ouverte à tous. »",
         ]),
    _neg("b57-carnetsolidaire-oceanindien-relay-neg",
         "Invented; modelled on Repères anti-racistes (blog relaying another site's 'who we are' text)", "fr", [
             "Carnet solidaire : contre les discriminations, pour l'entraide entre les peuples",
             "",
             "Océan Indien Mag, un média à découvrir et à épauler",
             "",
             "14 Mars 2023 , Rédigé par Carnet solidaire Publié dans #Océan Indien",
             "",
             "Océan Indien Mag, un média à découvrir et à épauler",
             "",
             "Qui est derrière ce site ?",
             "",
             "Une équipe de reporters, de chercheuses et de bénévoles d'associations, qui passent l'essentiel de leur temps à travailler sur les îles et les côtes de l'océan Indien. Par ce site, ils veulent faire mieux connaître une région que la presse métropolitaine réduit trop souvent aux plages, aux cyclones ou à l'exotisme.",
             "",
             "Sans actionnaire, avec des moyens modestes et des plumes venues d'horizons variés, le projet entend proposer un regard critique et nuancé, grâce à des reportages, des entretiens et des enquêtes réalisés au contact des habitants. L'équipe veut aussi mener des enquêtes croisées avec des rédactions de Madagascar, des Comores ou de Maurice, et tisser des liens avec les universités de la région.",
             "",
             "Océan Indien Mag est un site d'information en accès libre, qui traite de l'ensemble du bassin, de Zanzibar aux Mascareignes, et qui ne dépend d'aucun intérêt financier ou politique. Il se réclame de l'héritage de Caraïbes Mag.",
             "",
             "La région attire depuis longtemps l'attention du public français (et, au-delà, francophone), quelle que soit la période.",
         ]),
    _neg("b57-tribunelibre-renouveau-ordinary-neg",
         "Invented; modelled on AgoraVox (ordinary political essay)", "fr", [
             "Le renouveau",
             "",
             "« Le tort de notre époque est de vouloir ranimer ce qui s'éteint. On peut bien repeindre chaque branche morte au printemps, elle ne portera pas de fruits, et le premier coup de vent l'emportera. »",
             "",
             "Il deviendra donc indispensable de retrouver l'essentiel, car nous nous en sommes tant écartés que le chemin du retour ne va plus de soi. Pendant toutes ces années où nous avons, malgré les déceptions, fait confiance à nos représentants, nous n'avons pas vu qu'eux-mêmes ne tenaient plus la barre.",
             "",
             "Le temps des reproches est pourtant passé, car les citoyens ont la mémoire courte et le cœur large ; sachant d'instinct ce qui convient à leurs enfants comme à leurs aînés, ils regardent déjà devant eux. Ils ne sont pas pressés, ils ne rêvent pas de grand soir, sachant trop bien que la précipitation profite d'abord aux opportunistes.",
             "",
             "Au contraire, laissons tranquillement ce système fatigué s'éteindre de lui-même. Accompagnons-le comme on accompagne un vieil oncle, avec les égards dus à ceux qui y ont consacré leur vie… Et sachons-lui gré de laisser la place à autre chose…",
             "",
             " ",
             "",
             "Nous avons désigné nos conseillers régionaux pour six ans. Un coup d'œil sur les nouveaux élus devrait nous encourager, ou du moins éclairer un peu le tableau bien gris que nous peignent chaque matin les journaux de toutes tendances… Un mandat exercé pour moitié par des infirmières, des artisans, des chercheurs, des avocats, des femmes et des hommes qui, par la nature même de leur métier, ont l'habitude de regarder la société sous tous ses angles, devrait nous contenter ou au moins nous apaiser. Et pourtant la gêne persiste.",
         ]),
    _neg("b57-uralfakt-merkanal-quoted-neg",
         "Invented; modelled on Nakanune.RU (mayor's quoted welcome post on her new channel)", "ru", [
             "Глава Заречного Ольга Прохорова вслед за другими уральскими чиновниками открыла собственный telegram-канал, сообщает корреспондент УралФакта.",
             "\"Рада приветствовать вас в моем канале. Здесь будут городские и областные новости, важные объявления для жителей Заречного, афиша событий и еще много полезного\", - написала она в первом сообщении.",
             "Напомним, что ранее чиновники Тюменской и Курганской областей начали массово \"переезжать\" в Telegram. В частности, каналы появились у председателя областной думы Сергея Лапина и губернатора Курганской области Андрея Ефремова.",
         ]),
    _neg("b57-pressaobzor-vertikal-zakrytie-neg",
         "Invented; modelled on stahanov.info (another outlet's shutdown for lack of donations, reported)", "ru", [
             "Издание «Вертикаль» объявило о паузе в работе",
             "",
             "Издание «Вертикаль» объявило о паузе в работе",
             "Издание «Вертикаль» объявило о паузе в работе",
             "По словам основательницы проекта Марины Лебедевой, у редакции начались серьезные денежные трудности: ей выставили крупный налоговый счет, оплатить который сейчас нечем.",
             "",
             "Гонорары авторам «Вертикали» платили из пожертвований читателей, а сама Лебедева третий год снимает угол в общежитии (журналистка живет в Грузии) и заметно подорвала здоровье.",
             "",
             "«Мы годами работали себе в убыток, отказывая себе в самом необходимом. Просто потому, что иначе не можем. Для нас право знать правду, достоинство людей и мир важнее собственного комфорта», — говорится в ее обращении.",
             "",
             "Лебедева пожаловалась, что кроме читателей никто не захотел поддерживать редакцию без условий; по ее словам, многие фонды помощи независимым медиа дают деньги только тем, чьих главных редакторов знают лично или по чьей-то протекции.",
         ]),
    _neg("b57-stepnoyvestnik-sbor-uzbekistan-neg",
         "Invented; modelled on Altyn Orda (cross-border charity drive with its total, reported)", "ru", [
             "СТЕПНОЙ ВЕСТНИК",
             "Новости регионаНовости соседей",
             "",
             "[:ru]Свыше 7 миллионов тенге собрали жители Казахстана для пострадавших от селя в Узбекистане[:]",
             "",
             "[:ru]",
             "",
             "Блогерша из Шымкента и волонтер из Ферганы собрали свыше 7 миллионов тенге для семей, чьи дома разрушил селевой поток в горных кишлаках, сообщает портал Курсив.example.",
             "",
             "Журналисты портала расспросили одного из организаторов, Бахтиёра Рахимова, о том, скольким семьям уже передали помощь и откуда приходят переводы.",
             "",
             "Сначала деньги собирали в Казахстане. Блогерша Айгерим Сапарова выложила в Instagram обращение с призывом поддержать соседей.",
             "",
             "Идея сбора принадлежит Айгерим. Поначалу о беде почти никто не говорил, и я писал, что если все будут молчать, то о пострадавших просто забудут. Мои посты начали репостить, и Айгерим их заметила. Когда через три дня сошел второй сель, она сама предложила открыть сбор, — рассказал Рахимов.",
         ]),
]

BATCH57_DOCUMENTS = PROBE37_APPEALS + PROBE37_NEGATIVES
