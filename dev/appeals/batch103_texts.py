"""Batch 103: written by a helper, never scored before being handed over (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (11 appeal, 13 negative; EN, UK, RU): our own paraphrases of every document of the
local-only real probe 83 (24 documents). Each keeps the real page's structure (a title line above a
newsletter question and its sign-up sentence, a pipe table of states with a "---|---|---|" rule, a
podcast-feed header whose "Subscribe to ... feed" line runs into the feed blurb, a date-stamped story,
an editor's column signed with phone and e-mail, an encyclopedia index of "Definition"/"Article"/
"Image" labels with blurbs cut off in "...", a single-line podcast show-notes block whose sentences
are glued together without spaces and a second item cut off mid-word, hyphen-bulleted lines, a
triple-repeated headline, a repeated headline inside a relayed post, a dateline in brackets,
sentences glued across a full stop, print articles cut off mid-word) and exactly what the real gold
marks: a "have you subscribed yet?" question with its daily-newsletter sign-up sentence at the top; a
"Subscribe to ... feed" line with the feed's description paragraph at the top; a whole editor's
donation column (heading through the closing "thank you", the contact line and bio stay text); a
member/donate box with its heading, two identical paragraphs and its button line in the middle of an
index; the "as always ... tell your friends about the show!" run of asks (question, newsletter,
social handles, e-mail, gift, share) in the middle of a glued show-notes line; two sentences inviting
readers to subscribe to the paper itself in the middle of a Subscriber Day report; a "join us, follow
our news on" social line at the end; a glued "read us in Google News. Tap Subscribe" line at the end;
a print-issue teaser plus a district paper's subscription price cut mid-word at the end; a "read the
rest in the e-edition" line at the end; a "subscribe at any post office" sentence cut mid-word after
the paper's anniversary story. Negatives keep what makes the real ones hard: a charity telethon's
totals and the host's plea for help, an exiled outlet thanking its partners and staff, a media
coalition urging support for independent media, an editor urging readers to keep donating to
volunteer fundraisers, a public crowdfunding drive with running totals, a postal operator's
subscription deadlines and counts, an editor saying the outlet lives on subscribers' money, an NGO's
collection to pay a fine, a journalist relaying a successful newspaper-printing collection, an
editorial greeting to subscribers, regional subscription statistics with a charity subscription
drive, a TV marathon's QR-code collection, a Subscriber Day report with prizes.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). Places are
invented too (states, provinces, towns, villages, rivers and countries), with two kinds of
exception: pages about a country-level event (Ukraine's war-time media, donations and fundraisers)
keep the words Ukraine/Ukrainian and mention Europe and North America, and the names of real
platforms (YouTube, Facebook, Instagram, Telegram, Reddit, Google News) are kept where the real page
names platforms. URLs use example.org/example.com/.example domains. The modelled real outlet is
noted in each outlet field. Every gold appeal is a module constant passed as `appeals=[...]` and
occurs exactly once in its document text (checked with /work/s21/check_para.py, which also checks
the copied runs).
"""


from whole_documents import _doc, _neg


# --- Probe 83: appeal documents -----------------------------------------------------------------

_BALLOTWISE_TALLY = "\n".join([
    "Already on our list?",
    "Hundreds of thousands of readers count on Ballotwise for a quick morning rundown of the political news. Get the Morning Tally in your inbox.",
])

_KESTREL_FEED = "\n".join([
    "Subscribe to Kestrel Coast News feed Kestrel Coast News",
    "Hear regional news from the member stations of the Kestrel Coast Public Radio Group (KCPRG). Our main newsroom sits in Port Selwyn, and reporters file from towns up and down the coast, so the voices of the region reach listeners everywhere. Listen on your nearest KCPRG station, find us on the web at KCPRG.EXAMPLE.ORG or follow the Kestrel Coast News podcast from this page. Each item here is a single story; most of them also air in Coast News Tonight (offered as its own podcast).",
])

_MARREN_COLUMN = "\n".join([
    "Please don't make me become Nolan Pryce. Give today!",
    "Nonprofit newsrooms can't survive on foundation money or ad sales alone. Digging into complicated subjects costs real money, so the people who rely on that digging have to chip in to keep it alive.",
    "Public radio stations run on-air pledge drives twice a year, full of repeated pleas for cash that remind listeners they ought to give.",
    "Most of the time those breaks grate on me, but I confess I like it when they bring out Nolan Pryce, who hosts \"Porch Light Stories.\" He always finds the words that get people laughing or misty-eyed.",
    "He knows how to make the listeners who never give squirm. He turns  pledge week into a show, phoning up fans to ask why they tune in every week but never sign up as members.",
    "It's hilarious, unless you're the one who picks up. I truly don't want to become Nolan Pryce.",
    "Still, a single original story costs us about $650 to report, and we aim to run a few of them every week. You, our readers, say it matters more to you than anything else we publish.",
    "Right now we're racing to earn a $30,000 matching grant from a local foundation. We're still $21,400 short, and only 16 days remain.",
    "So what will it take, everyone? Must I really pick up the phone?",
    "To learn how to give, scroll to the end of this column. Many thanks.",
])

_PASTATLAS_MEMBER = "\n".join([
    "Open to Everyone, Funded by Readers",
    "Past Atlas is a nonprofit. Help keep history learning free for millions of students around the globe for just $4 a month by joining as a member. We're grateful!",
    "Past Atlas is a nonprofit. Help keep history learning free for millions of students around the globe for just $4 a month by joining as a member. We're grateful!",
    "Join Now Give",
])

_CURIOUS_ASKS = (
    "As always, Curious Valley works best with you in it: Send us a question about Wendmoor Get the "
    "Curious Valley newsletter Find us on Instagram and Reddit @curiousvalleywm Write to us: "
    "hello@curiousvalley.example.org Chip in to fund listener-driven reporting Spread the word about "
    "the show!"
)

_NADRICHCHIA_SELF = (
    "Жителів Ясноборська та всього краю цього святкового дня кличуть виписати й нашу газету «Вісті "
    "Надріччя». Адже читачів і друзів у видання тут чимало."
)

_LTV_SOCIAL = "Приєднуйтеся, стежте за новинами ЛТВ-Плюс у соцмережах: YouTube Facebook Instagram Telegram"

_KAMIANOBRID_GNEWS = "Слідкуйте за нами в Google News.Тисни Підписатися"

_ZARECHIE_END = "\n".join([
    "Продолжение истории ищите в следующем выпуске «Зареченки».",
    "Напоминаем, что оформить подписку на районку «Заречье» на первое полугодие 2023 года можно и в почтовом отделении за 587 рублей 40 копеек, и прямо в редакци",
])

_TIKHOZERYE_EEDITION = "Окончание статьи читайте в электронной версии нашего издания."

_NASHKRAI_POST = "Оформить подписку на «Наш край» можно в каждом почтовом отделени"


PROBE83_APPEALS = [
    _doc("b103-ballotwise-campaign-money-2024-top", "appeal", "top",
         "Invented; modelled on Ballotpedia (reference page: newsletter question and sign-up sentence under the title, pipe table of states)", "en", [
             "Ballot question campaign money, 2024",
             _BALLOTWISE_TALLY,
             "In the 2024 cycle, 97 statewide ballot questions qualified for the ballot across 21 states. Ballotwise tracked $842.6 million given to committees backing or fighting statewide questions that year.",
             "By comparison, committees in 2022 reported $911.3 million through December 31, 2022, for or against 104 questions put to voters statewide.",
             "Summary",
             "How this cycle compares",
             "The chart below tracks total giving to state ballot question committees in 2020, 2022, and 2024. Norvance, the state where committees took in the most, is shaded orange.",
             "Top states by contributions",
             "These five states saw the largest sums given to ballot question campaigns:",
             "State | Questions | Raised |",
             "---|---|---|",
             "Norvance | 9 | $391,204,118 |",
             "Calderra | 5 | $88,615,902 |",
             "West Vauldrenne | 2 | $64,930,447 |",
             "Lake Orrin | 12 | $39,118,260 |",
             "Pellamy | 4 | $21,776,935 |",
             "Questions with the largest totals",
             "These 10 ballot questions drew the most money for the campaigns on either side:",
             "Contributions to 2024 ballot questions",
             "The tables below show each statewide question on 2024 ballots, the money raised for and against it, and whether voters passed or rejected it.",
             "Initiatives filed by citizens",
             "This table covers questions put on the ballot by citizen petition, veto referendums included, after a signature campaign.",
             "Legislatively referred questions",
         ], appeals=[_BALLOTWISE_TALLY]),
    _doc("b103-kestrelcoast-sentencing-board-top", "appeal", "top",
         "Invented; modelled on KBBI / APRN Alaska News feed (podcast-feed page: subscribe-to-feed line and feed blurb above a dated story)", "en", [
             "Kestrel Coast News",
             _KESTREL_FEED,
             "Tallis Bay Police Sergeant Named to Sentencing Review Board",
             "Tue, 2016-03-08 11:04",
             "Tallis Bay Police Sgt. Maren Ostby has been named by Gov. Ellis Vantongeren to a seat on the Kestrel Coast Sentencing Review Board. Ostby is the sole serving officer among its members; the board was set up under legislation lawmakers approved last spring. It is charged with reviewing how sentences are handed down and how policing is done, and with proposing fixes that could touch on parole, treatment programs and payments to victims.",
             "Ostby says her name was put forward by Harlan Dupree, an assistant director in the Department of Corrections, who urged her to apply.",
             "She says a board seat is new territory for her, but she is eager to take it on. Ostby got back to Tallis Bay on Monday after the board held its opening session in Port Selwyn.",
             "“For now we're mostly trying to get a handle on the whole picture — what does doing corrections well even look like? How do we keep people safer, get real results for the money we spend on prisons, and set a direction for the years ahead?”",
             "The Kestrel Coast has one of the highest rates of repeat offending anywhere.",
         ], appeals=[_KESTREL_FEED]),
    _doc("b103-marrenhealth-editor-pledge-column-top-middle-end", "appeal", "top+middle+end (whole column)",
         "Invented; modelled on Health News Florida / WUSF (editor's donation column from heading to thank-you, contact line and bio below)", "en", [
             _MARREN_COLUMN,
             "--Editor Wendy Halvorsen can be reached at 555-014-2287 or at Wendy.Halvorsen@marrenhealthreport.example.org.",
             "Wendy Halvorsen, founder and senior correspondent of Marren Health Report, has covered hospital budgets and health policy for more than thirty years, with a focus on patient rights and shielding consumers.",
         ], appeals=[_MARREN_COLUMN]),
    _doc("b103-pastatlas-latest-entries-member-middle", "appeal", "middle",
         "Invented; modelled on World History Encyclopedia (index of labelled entries, member/donate box with doubled paragraph and button line)", "en", [
             "Newest Entries",
             "Spotlight Definition",
             "Definition",
             "Great Archive of Velmora",
             "The Great Archive of Velmora was founded under the Tessarine kings of Vauldrenne (412-188 BCE) and grew rich through the gifts of its first royal patrons, who...",
             "Spotlight Image",
             "Image",
             "Crown of Queen Isolde II",
             "The crown of Queen Isolde II of Carvenna (reigned 1712-1749). Forged in 1716. Built from three silver bands studded with garnets, opals, moonstones and...",
             _PASTATLAS_MEMBER,
             "Definition",
             "Tomas Reyl - The Ferryman Who Smuggled Refugees Across the Vell",
             "Tomas Reyl (around 1802 to around 1861) was a ferryman in the river town of Harrowmere, Carvenna, who carried hundreds of refugees across at night while posing as a...",
             "Definition",
             "The Orchard Masque - Love and Disguise in Edrin Vale's Pastoral Comedy",
             "The Orchard Masque is a pastoral comedy by the playwright Edrin Vale (1571-1622), composed in 1604 and probably staged within months. Indeed, scholars believe...",
             "Article",
             "Bounty Riders in Kelmouth - The Botched Pursuit of Ada & Joren Hask",
             "In 1851, Ada and Joren Hask fled bonded servitude in the Marsh Provinces, with Ada disguised as a travelling merchant and Joren as 'his' porter (because women could not...",
             "Definition",
             "King Orlan the Cruel - Edrin Vale's Darkest Tyrant",
             "King Orlan the Cruel, usually called just Orlan, is a history play by Edrin Vale (1571-1622), most likely composed between 1598 and 1600, and it has long been...",
             "Definition",
             "Maris Colden - Nine Years in Chains",
             "Maris Colden (around 1811 to around 1870) was a freeborn weaver in the Free City of Ostrell when he was seized in 1846 and sold...",
         ], appeals=[_PASTATLAS_MEMBER]),
    _doc("b103-curiousvalley-winter-check-shownotes-middle", "appeal", "middle",
         "Invented; modelled on Vermont Public's Brave Little State on ivy.fm (glued one-line show notes with the asks run mid-line, next item cut mid-word)", "en", [
             "Ever heard of a block heater? Not sure? One listener learned the hard way, when a mechanic told her hers had quit during her yearly winter-readiness check — and that fixing it would not be cheap. "
             "Wendmoor is one of only a handful of states that still makes every car pass a cold-weather check each fall. "
             "Again and again, those checks — above all the ones that send drivers home with a failed sticker — push annoyed Wendmoorians to drop a note in our question box. "
             "Three listeners asked us why Wendmoor hangs on to the rule when neighboring states scrapped theirs long ago. "
             "And they want to know: Does the check really keep anyone safer on icy roads?"
             "To see pictures from our visit to Dottie's Eastside Garage (starring Biscuit the shop cat) head to the web version of this episode."
             "Thanks to Rhea Marsh and Tobin Ecker of Quillby Falls, and Odile Fenn of Arrowmere Hollow, for sending in such good questions."
             "Reporting for this episode was done by Quinn Abernathy. Editing and production by the rest of the Curious Valley crew, Lila Serrano and Dev Patel. Our intern is Hannah Roux. Martina Kell is our Executive Producer. Theme song by Otto Rasmussen; additional music by Grey Pine Studio."
             "Extra thanks to Colm Avery, Jude Pettit, Rosa Lindqvist, Farid Nasser, Beth Tolliver, Sam Okonjo, Wren Delacroix, Hal Brennan, Nita Solberg, Gus Ferreira, Ivy Castellano, Len Marsh, Priya Dunmore, Ned Calloway and Opal Whitcombe, ."
             + _CURIOUS_ASKS +
             " Curious Valley is produced by Ridgeline Public Media and belongs, proudly, to a national network of public radio stations.",
             "Marisol Antwi, president and CEO of Harborline Public Broadcasting, discusses the budget bill Governor Pell signed cutting state money for public stations and what it means next for Harborline and t",
         ], appeals=[_CURIOUS_ASKS]),
    _doc("b103-vistinadrichchia-den-peredplatnyka-middle", "appeal", "middle",
         "Invented; modelled on Голос України (one-paragraph Subscriber Day note inviting readers to subscribe to the paper itself mid-paragraph)", "uk", [
             "Уранці в головному залі Ясноборського поштамту стартує свято передплати. "
             "Поштовики кличуть усіх, хто бажає й надалі отримувати улюблену пресу в новому році, оформити її просто під час святкової програми. "
             "На відвідувачів чекають розмови з редакторами, розіграші, загадки, сувеніри та лотерея без програшних квитків. "
             + _NADRICHCHIA_SELF +
             " Якщо хтось не встигне заглянути на пошту сьогодні, не засмучуйтеся: 19 грудня свято передплати повториться. "
             "Тоді воно пройде вже не лише в Ясноборську, а й у поштових відділеннях усіх міст краю та районних вузлах зв’язку, передає власний кореспондент газети Остап ГРИЦЕНКО.",
         ], appeals=[_NADRICHCHIA_SELF]),
    _doc("b103-ltvplus-maidanchyk-tolooka-end", "appeal", "end",
         "Invented; modelled on МІС ТБ (local TV news story, follow-us social line at the end)", "uk", [
             "Мешканці та «Джерело» разом оновили дитячий майданчик",
             "14 жовтня 2025 року мешканці кварталу Сонячний зібралися на спільне прибирання, щоб привести до ладу дитячий майданчик біля своїх будинків.",
             "Завдяки громадській спілці «Джерело» вдалося закупити все потрібне — нові лавки, пісок та садові інструменти. Так люди змогли самотужки облаштувати затишний куточок для дітей та сусідських зустрічей.",
             "«Ми почули, чого просять мешканці, і підсобили з інвентарем. Радісно спостерігати, як сусіди згуртовуються й разом роблять свій квартал кращим», — сказала депутатка селищної ради Ольга Мирошник.",
             "Коли роботу закінчили, сусіди ще довго не розходилися, ділячись задумами щодо нових клумб і освітлення.",
             "«Спільна праця робить наші двори не тільки доглянутими, а й ріднішими. Щиро дякую кожному, хто долучився та підставив плече!» — підсумувала депутатка.",
             _LTV_SOCIAL,
         ], appeals=[_LTV_SOCIAL]),
    _doc("b103-kamianobrid-city-briefing-ukryttia-end", "appeal", "end",
         "Invented; modelled on Nikopol.City (two-line video note, glued Google News subscribe line at the end)", "uk", [
             "Під час брифінгу за підсумками позачергового засідання міськради голова Кам’яноброду Віталій Дорош розповів про загострення ситуації з обстрілами в громаді та про облаштування нових укриттів. Подробиці — у відео.",
             _KAMIANOBRID_GNEWS,
         ], appeals=[_KAMIANOBRID_GNEWS]),
    _doc("b103-zarechie-berezhnye-rayonka-end", "appeal", "end",
         "Invented; modelled on районная газета «Урал» (reader-couple story, print-issue teaser and subscription price cut mid-word)", "ru", [
             "Николай и Галина Бережные из деревни Ясеневый Дол получают и читают районку вот уже больше 55 лет. На селе местная газета значит многое: она сообщает новости, помогает скоротать вечер, знакомит с земляками и их делами.",
             "- Читать районную газету у нас в доме было заведено ещё при родителях. За эти годы «районка» сильно изменилась — и имя у неё стало другое, и материалы. Я ещё застала газету, когда она звалась «Путь к коммунизму». Но читать её всегда было интересно, и сейчас она марку держит, – рассказывает Галина Степановна. – В газете появляются свежие рубрики. И каждая так увлекает, что мы с мужем прямо караулим у окна, когда придёт почтальонша. Николай Фёдорович, понятное дело, берёт новый номер «Заречья» первым. Читает всё до последней строчки. А ещё у нас заведено перечитывать заметки про соседей и вспоминать, как жили раньше.",
             _ZARECHIE_END,
         ], appeals=[_ZARECHIE_END]),
    _doc("b103-tikhozerye-vestnik-letnie-prazdniki-end", "appeal", "end",
         "Invented; modelled on «Вестник района» (district news item with signature, read-the-rest-in-the-e-edition line at the end)", "ru", [
             "Скоро—летние праздники и торжества",
             "До начала лета остаются считаные дни. Как в районе отметят День защиты детей, День района и другие июньские события, обсуждали на очередном заседании оргкомитета в районной администрации и на аппаратном совещании во вторник.",
             "Первое июня для жителей Тихозёрья начнётся с большого детского праздника на центральной площади райцентра. Как и раньше, школам, детским садам и организациям предлагают подготовить игровые площадки, выставки рисунков и концертные номера. Завершится день традиционным велопробегом—одним из самых многолюдных спортивных событий лета.",
             "На следующей неделе оргкомитет согласует программу празднования Дня района. Часть мероприятий приурочат к 22 июня—Дню памяти и скорби.",
             "Ольга Веретенникова.",
             _TIKHOZERYE_EEDITION,
         ], appeals=[_TIKHOZERYE_EEDITION]),
    _doc("b103-nashkrai-85-let-podpiska-end", "appeal", "end",
         "Invented; modelled on газета «Добрый день» (paper's anniversary note, subscribe-at-the-post-office sentence cut mid-word)", "ru", [
             "85 лет. Ровно столько исполнится газете «Наш край» 9 ноября. Ведь она ведёт свою историю от районки «Красный пахарь», которая вышла впервые в 1937 году.",
             "Солидная дата. Не всякому человеку удаётся её встретить, а наша, вернее, ваша газета, дорогие читатели, продолжает выходить. С трудом, с потерями, но выходит.",
             "За эти годы «Наш край» лишился многого: значительной части подписчиков, распространителей, полос. Но самым горьким ударом стал уход главного редактора Виктора Ильича Самохина. Наверное, кто-то решил, что после этого «НК» перестанет выходить. Но редакция, вопреки всем сложностям, постановила выпускать газету дальше.",
             "«Наш край» продолжает работать! И спасибо за это тем, кто по-прежнему подписывается на газету и покупает её в киосках, несёт нам объявления и рекламу. Ведь «НК» по-прежнему никому не подчиняется. Мы выходим не на гранты и не на бюджетные субсидии, а на деньги от продажи тиража и рекламы. Значит, жизнь газете даёте именно вы, дорогие читатели!",
             "И вся редакция верит, что «Наш край» непременно доживёт до своего столетия. " + _NASHKRAI_POST,
         ], appeals=[_NASHKRAI_POST]),
]


# --- Probe 83: negatives ------------------------------------------------------------------------

PROBE83_NEGATIVES = [
    _neg("b103-channeleight-brighterdays-telethon-neg",
         "Invented; modelled on BBC News (charity telethon report with totals and the host's plea for help)", "en", [
             "Brighter Days telethon raises £19.4m in five-hour broadcast",
             "The Lantern Sisters, Northbound and Coastal Hearts were among the acts backing Brighter Days",
             "Channel Eight's Brighter Days appeal collected almost £19.4m on the night, topping last year's £18.9m.",
             "Dame Harriet Lowe presented the Channel Eight broadcast on Saturday alongside Marcus Thorne, Priya Kaur and Radio Eight's Danny Fielding.",
             "Northbound and The Lantern Sisters played live sets, while Channel Eight weather presenters tried a celebrity bake-off round and comedian Lord Albright appeared in a one-off soap sketch.",
             "Organisers expect the final figure to climb beyond the £19,382,615 counted on Saturday night once every pledge has arrived.",
             "This year's show comes amid a storm of accusations of bullying and misconduct against retired Channel Eight host Desmond Crale, and questions over a current affairs programme that shelved its report into some of the claims.",
             "Rowers from the national eight perform a line dance that went viral in a special film",
             "Brighter Days chair Lorna Pike said she was \"over the moon\" with the sum collected at the close of \"one more difficult twelve months\".",
             "She told Channel Eight Mornings that the previous record had been \"blown out of the water\".",
             "\"I simply believe it shows the entire country rallying behind Sunny the bear, turning out in huge numbers,\" she said.",
             "Opening Saturday night's programme, Dame Harriet said: \"As you'll have guessed, tonight we'll ask for your help to stand by children facing hardship in every corner of the country. You've been extraordinary so often in the past and we quietly trust that we can rely on you again.",
             "\"We know how exposed children can be. Recent headlines have given us a painful reminder of exactly that. For years we have been helping... young people who have survived every kind of abuse, sexual abuse among them. That work will carry on.\"",
             "The host went on: \"We also help children in all sorts of situations, and they share one thing - every one of them needs your support.\"",
         ]),
    _neg("b103-kestreldispatch-exile-staff-thanks-neg",
         "Invented; modelled on The Irrawaddy (exiled outlet thanking long-serving staff and supporting partners)", "en", [
             "Some people simply refuse to quit. Aware of the dangers, living on modest pay and chasing tight deadlines, dozens of independent Marovian reporters have stayed with The Kestrel Dispatch for years, a few of them for well over ten.",
             "Last Friday, The Kestrel Dispatch presented letters of thanks to 17 veteran staff members, partners and friends, to show how deeply we value the courage they have shown by standing with us through these hard years. We hosted a small gathering and everyone had a lovely time.",
             "The Kestrel Dispatch marked its 25th anniversary last year; from exile, we threw a party for the occasion with our team, fellow reporters, diplomats and friends.",
             "Across a quarter of a century, many partners have backed us, helping keep alive our work and our mission to defend a free press. We say it sincerely: everyone on our team is grateful for what they have given.",
             "Besides our many generous partners, The Kestrel Dispatch is fortunate to count some steadfast friends, among them the veteran correspondent Henrik Albers, who has written many well-regarded commentaries for our pages. Alongside Albers, we gave letters of thanks to the partners and friends who have accompanied us on the road.",
             "Among our staff are editors and correspondents who have worked alongside us for over 18 years. They include our Managing Editors Teodor Vasko and Ilena Marsh, who steer the busy newsrooms of our Marovian-language and English editions, respectively. Managing Editor Sabin Orel, Video Desk Editor Mira Toska, Marovian Edition Editor Pavel Dunic and other editors have spent over a decade with the organization, working without pause.",
             "In the same way, The Kestrel Dispatch's co-founder Dorian Pell remains with us after 25 years and is still a huge asset. He isn't a reporter; he runs the office from first light until late at night.",
         ]),
    _neg("b103-mediakolo-pidtrymka-nezalezhnykh-neg",
         "Invented; modelled on MY.UA Новини (media coalition's call to support independent media, headline repeated three times)", "uk", [
             "Коаліція «Медіаколо» просить підприємців, меценатів і громадян підтримати вільну пресу",
             "Коаліція «Медіаколо» просить підприємців, меценатів і громадян підтримати вільну пресу",
             "Коаліція «Медіаколо» просить підприємців, меценатів і громадян підтримати вільну пресу",
             "через згортання грантових програм міжнародних донорів незалежним редакціям і медійним ініціативам бракує коштів.",
             "Вільна українська преса — одна з головних речей, що вирізняють нас серед авторитарних сусідів. Вона говорить від імені наших цінностей, свободи й демократії, і саме тому суспільство тримається навіть у найтемніші часи.",
             "Нині незалежна журналістика як ніколи потребує допомоги. За підрахунками Центру медійних досліджень «Прозорість», від початку війни 287 українських редакцій припинили роботу через агресію та фінансові проблеми воєнного часу. А недавнім рішенням одного з найбільших іноземних донорів на три місяці заморожено підтримку всіх його програм. Цей фонд роками допомагав сотням медійних ініціатив в Україні, особливо після початку великої війни.",
         ]),
    _neg("b103-miskakhvylia-zvernennia-redaktora-neg",
         "Invented; modelled on 20 хвилин (Вінниця) / RIA (editor's word urging readers to keep donating to volunteers, hyphen-bulleted lines)", "uk", [
             "Тримаймося і допомагаймо! Звернення головного редактора «Міської хвилі»",
             "- Вже майже два роки триває велика війна. Ілюзії розвіялися навіть у найбільших оптимістів.",
             "- Треба казати чесно — становище в нас важке. Ворог має багато людей, бронетехніки, ракет і ударних дронів. І він не зупиниться. Мета в нього одна — стерти нас і захопити нашу землю.",
             "- Ми мусимо боротися. Мусимо підтримувати військо.",
             "Я бачу, що всі виснажені. Та право на втому мають хіба наші захисники й захисниці на передовій. А наше завдання в тилу — працювати на перемогу.",
             "Наші журналісти підготували сотні публікацій про збори для фронту. Через ці збори на шпальтах «Міської хвилі» та на сайті hvylia.example волонтери назбирали десятки мільйонів гривень ваших внесків. Це саме ви їх переказували. І вдячність вам надсилають з усіх ділянок фронту, де стоять наші бійці. Проте допомоги стає дедалі менше. Не зупиняймося. Ворог тільки й чекає, що ми зневіримося.",
             "Дякую вам, дорогі читачі, що попри все ви й далі допомагаєте нашим захисникам.",
         ]),
    _neg("b103-znyzhka-zbir-na-rakety-neg",
         "Invented; modelled on Vygoda.info (report on a public crowdfunding drive with running totals)", "uk", [
             "Українці скидаються на «власні ракети» після гучної сварки на переговорах",
             "Співвласник фінтех-сервісу «Кленпей» запустив збір на розробку далекобійних ракет. Люди вже переказали понад 19 мільйонів гривень.",
             "Після гострої суперечки українських переговорників із західними партнерами на міжнародному саміті громадяни почали збирати гроші на власну ракетну програму.",
             "Співвласник «Кленпей» Артем Вишневський написав у Telegram, що запустив відповідну банку.",
             "Лише за першу годину люди переказали 3 мільйони гривень. Наразі сума перевалила за 19 мільйонів і далі зростає.",
             "Після скандалу на саміті соцмережі заполонили заклики зміцнити оборону країни.",
             "Тож Вишневський запустив збір, і люди охоче відгукнулися.",
             "Внески приходять не тільки з України, а й від діаспори — зокрема, з Європи та Північної Америки.",
             "Офіційні особи ініціативу поки не коментують. Натомість користувачі соцмереж жваво сперечаються, на що саме підуть зібрані гроші.",
             "Ілюстративне фото з відкритих джерел",
         ]),
    _neg("b103-lystonosha-peredplata-pivrichchia-neg",
         "Invented; modelled on Галінфо (postal operator's subscription-campaign deadlines and counts, hyphen bullets)", "uk", [
             "1 березня поштовий оператор «Листоноша» відкрив передплату періодики на друге півріччя 2020 року.",
             "Приймання передплати на вітчизняну пресу триває:",
             "- на всеукраїнські газети й журнали — до 10 червня;",
             "- на регіональні видання (районні, міські, обласні) — у терміни, погоджені з редакціями та видавцями в договорах, проте не пізніше 25 числа місяця перед початком передплатного періоду.",
             "- на закордонні газети та журнали — до 1 червня.",
             "Передплатити пресу з наступного місяця у великих містах можна до 14 числа включно, а в решті населених пунктів — до 9 числа включно щомісяця перед передплатним.",
             "Оформлення доступне в кожному відділенні «Листоноші», у поштарів або через онлайн-сервіс передплати на сайті оператора.",
             "Ціни на передплату встановлено відповідно до тарифів, погоджених профільним міністерством.",
             "Нагадаємо: на 2020 рік через «Листоношу» вже оформлено 6,3 млн примірників періодики. З них 3,4 млн — загальнонаціональні видання, а 2,9 млн — регіональні, тобто 54% і 46% відповідно.",
         ]),
    _neg("b103-kamenweb-inoagent-podpischiki-neg",
         "Invented; modelled on Uralweb.ru (editor's quote that the outlet lives on subscribers' money, text credit line)", "ru", [
             "— Похоже, в перечень «иностранных агентов» теперь попадают без всякого конкретного повода, просто за совокупность прошлых публикаций. Существует перечень изданий — тех, что не угождают начальству, не зависят от него и не стесняются его критиковать. По нему и идут, есть повод или его нет. Рекламы у нас нет и рекламных бюджетов тоже, так что бояться их ухода нам незачем. Живём мы на деньги подписчиков. Как они воспримут эту новость — увидим. Рассчитываю, что они останутся с нами и даже поддержат ещё сильнее, — сказал в комментарии изданию «Северный свет» (его тоже внесли в перечень иноагентов) Арсений Лыков.",
             "Кроме того, в перечень иноагентов включили портал «Вечерний курьер».",
             "Текст: Kamenweb.example",
         ]),
    _neg("b103-volnoslov-soyuz-materei-shtraf-neg",
         "Invented; modelled on Каспаров.Ru mirror (NGO's collection to pay a fine, reported)", "ru", [
             "Региональной общественной организации «Союз матерей Приречья» суд назначил штраф 250 тысяч рублей за отказ зарегистрироваться в качестве \"иностранного агента\". Чтобы не закрыться, союз открыл сбор денег на уплату штрафа, сообщил 14 августа корреспондент Вольнослов.example.",
             "Активистки просят помочь любой суммой и рассказать о сборе знакомым, коллегам и единомышленникам.",
             "Союз появился 19 лет назад. Когда в 1996 году вспыхнул вооружённый конфликт в горных районах, организация решила, что миротворчество станет одной из главных её задач и что гасить конфликты и мирить людей — женское дело. Помимо этого, союз помогает восстанавливаться людям, пережившим войну, аварии и стихийные бедствия, ведёт просветительскую работу, отстаивает и укрепляет права женщин.",
             "Помимо Приреченской области, помощь получили жители Ключегорска, Вербоярска, Нагорного Брода, Сторожецка, Мглинки-Новой, Глуховодья и Ольховца-Дальнего.",
         ]),
    _neg("b103-vestnikexample-gazety-prifrontovye-neg",
         "Invented; modelled on Диалог.UA (relayed post about a successful collection to print newspapers, headline repeated)", "ru", [
             "14 марта 2018, 19:37",
             "\"Четыре пятых донатов на газеты для прифронтовых сёл пришли из-за рубежа\", - Сорокин и Лозовая сообщили, что жители прифронтовой зоны получат газеты на родном языке",
             "Печать газет для жителей прифронтовых районов оплатили главным образом читатели из других стран.",
             "\"Четыре пятых донатов на газеты для прифронтовых сёл пришли из-за рубежа\", - Сорокин и Лозовая сообщили, что жители прифронтовой зоны получат газеты на родном языке",
             "Об этом сообщает \"Вестник.Example\" со ссылкой на страницу в \"Фейсбуке\" журналиста Глеба Сорокина.",
             "\"Потрясающая Инна Лозовая пишет, что мы с вами всё-таки набрали нужную сумму на печать газет для прифронтовой зоны, чтобы противостоять вражеской пропаганде. В апреле выйдет 28 тысяч экземпляров. Двадцать восемь тысяч! И что удивительнее всего — восемьдесят процентов переводов прислали из-за границы. Я вами горжусь, друзья. Вы невероятные\", - написал он.",
             "При этом сама волонтёр Инна Лозовая поблагодарила всех, кто помог проекту. Правда, она отметила, что средства пришли в иностранной валюте.",
         ]),
    _neg("b103-beregovye-vesti-privetstvie-podpischikam-neg",
         "Invented; modelled on Таманские новости (editorial greeting to subscribers, invitation to write letters)", "ru", [
             "Добрый день, дорогие читатели! Добрый день, верные подписчики нашей газеты!",
             "Эти полосы мы готовили для вас и вместе с вами. Нас радует, что разговор у нас получается двусторонний. Наши читатели — люди разного возраста и разных профессий, но их роднит одно: им не всё равно, они живо участвуют в делах района и города. Многих из вас мы знаем лично, поэтому и говорим так уверенно.",
             "Любая газета стремится удержать и приумножить своих подписчиков. И это нормально! Вопрос лишь в том, какими способами это делается. Мы считаем, что лучший и самый честный путь — делать каждый выпуск нужным и содержательным, помня о своей ответственности перед людьми. Мы стараемся публиковать как можно больше материалов из сёл и посёлков. И читатели присылают нам письма, написанные, что называется, от руки. Вашим письмам и откликам на наших страницах место найдётся всегда. Пишите смелее!",
         ]),
    _neg("b103-velmarsky-kray-podpisnaya-kampaniya-neg",
         "Invented; modelled on gazeta1931.ru (regional subscription statistics, online subscription service and charity subscription drive)", "ru", [
             "Жители Вельмарского края по-прежнему входят в число самых читающих в стране. По данным общенационального рейтинга, край стоит на 9-м месте по охвату подписными печатными изданиями.",
             "Около 184 тысяч экземпляров газет и журналов оформили жители края в ходе подписной кампании на I полугодие 2019 года. На каждую тысячу жителей приходится 172 экземпляра подписных изданий.В целом по стране этот показатель равен 88 экземплярам.",
             "Всё популярнее становится сервис онлайн-подписки podpiska.example.org, которым пользуется всё больше читателей и редакций. Сейчас в почтовом каталоге представлены почти все периодические издания края – 17 районных и 19 краевых, а через онлайн-подписку оформлено 64 заказа на I полугодие 2019 года.",
             "Кроме того, любой посетитель почтового отделения может присоединиться к благотворительной акции «Книжная полка добра»: в её рамках можно выписать газету или журнал для выбранного социального учреждения – детского дома, интерната, дома ветеранов или пансионата для пожилых.",
         ]),
    _neg("b103-severnyvesti-medmarafon-verboyarsk-neg",
         "Invented; modelled on Вести-Кузбасс (TV media marathon with a QR-code collection for a sister city)", "ru", [
             "Главное событие дня – медиамарафон «Северный край – Вербоярску». С шести утра на всех наших площадках рассказываем, как сейчас живёт Вербоярск и что нужно его жителям. 16 часов в эфире звучали рассказы очевидцев, членов делегации и добровольцев. Именно они и придумали собирать деньги.",
             "Помочь может любой, QR-код сейчас на экране. Собранные средства направят на то, чтобы отстроить город, с которым наш край давно дружит. Совсем недавно закрылась открытая студия у Дворца культуры металлургов в Рудоярске.",
         ]),
    _neg("b103-slavinfo-den-podpischika-neg",
         "Invented; modelled on Татар-информ (Subscriber Day report with bracketed dateline, counts and prizes)", "ru", [
             "В Славинске провели День подписчика",
             "(Велигород, 14 ноября, \"Славинфо\"). Почти 6,2 тысячи славинцев выписали газеты и журналы на первое полугодие 2006 года во время прошедшего в Славинске 13 ноября Дня подписчика.",
             "Любопытно, что в этот раз удалось превзойти результат предыдущей такой же акции - в мае на периодику подписались 4,8 тысячи жителей. Во время акции сотрудники редакций городских и областных газет и журналов - и государственных, и частных, - вышли к горожанам в своеобразной форме - в фирменных куртках и кепках. Они с удовольствием рассказывали славинцам о своих буднях и о том, что задумали. 12 редакций выделили призы для лотереи среди подписчиков. Назвав такие акции доброй традицией, организаторы сообщили, что очередной День подписчика пройдёт 9 декабря.",
         ]),
]


BATCH103_DOCUMENTS = PROBE83_APPEALS + PROBE83_NEGATIVES
