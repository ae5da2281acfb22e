"""Batch 111: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

20 documents (11 appeal, 9 negative; EN, RU): our own paraphrases of every document of the local-only
real probe 91 (20 documents). Each keeps the real page's structure (a "Plus:" teaser line and photo-credit
lines with pipes between two bylined story teasers, a journalist's newsletter letter with a bare
"Subscribe" button line and "•" news bullets, a "Posted on" dateline, a regional wire dateline, a morning
newsletter with emoji bullets, "… and more." and a quote-of-the-day footer, a dated newsletter sign-off
with a "*" line and a "THE DAILY ..." section head, a letter to friends of a newsroom ending on a colon,
capitalised wire-brief slugs, a Telegram mirror header with bot and ad-exchange lines and emoji headlines,
a one-paragraph Dzen column whose sentences run together without spaces, a Telegram mirror ending in a
"Subscribe | Help" chrome line, an article cut off mid-quote) and exactly what the real gold marks: a
reader-supported newsroom's tripled-gifts matching drive line under a teaser line; a journalist's
three-paragraph plea to subscribe together with its "Subscribe" button; a one-line "needs your financial
support" banner above an awards post; a two-line "subscribe to our channels" header with the site name;
a "P.S. new here? sign up free" line inside a morning newsletter; a "share our sign-up link" line with
the playlist line after it; a donation sentence at the end of a paragraph plus a closing "we need your
help to continue:" line; an "allowing ads supports local journalism" line above wire briefs; a Telegram
"subscribe to the channel" line in the channel header; a "subscribe to our channel too" sentence inside a
run-together column; a "Subscribe | Support" chrome line at the end. Negatives keep what makes the real
ones hard: a cut in public funding for community broadcasters with talk of pledge drives, a new
nonprofit newsroom launching with donors and members, a relayed founder's letter asking readers to sign
up and contribute to another outlet, a report on subscription prices for the printed press rising, a
crowdfunding holiday explainer, a children's charity project with sums, a crowdfunding platform
interview intro, a how-to on campaign donor filings with a regulator's e-mail alerts, and a governor
inviting residents to subscribe to his own Telegram channel.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field.
"""


from whole_documents import _doc, _neg


# --- Probe 91: appeal documents -----------------------------------------------------------------

_LAKESHORE_MATCH = (
    "As a newsroom funded by its readers, The Lakeshore Current counts on people like you to keep "
    "the lights on. Until January 15, every contribution to The Lakeshore Current is being tripled by "
    "a circle of matching donors. Give today and your gift will stretch three times further."
)

_KESSLER_PLEA = "\n".join([
    "Stepping back for a single day showed me again why this matters to me. Apart from coffee, the thing I missed most was the reporting itself — because this work is no mere paycheck for me; it is a vocation. And you — the people who read this — are what make that vocation possible.",
    "While this administration keeps trying to shut me up, and while hostile messages land in my inbox week after week, your backing is what keeps this newsroom going. It pays for the stories they most want to disappear.",
    "If independent reporting matters to you — if you value facts that will not be bullied into silence — then please become a subscriber today. Side by side, we are doing more than reporting events. We are defending the freedom to report them.",
    "Subscribe",
])

_RIDGELINE_BANNER = "The Ridgeline Weekly relies on your financial help!"

_UTRO_HEADER = "\n".join([
    "Подписывайтесь на наши каналы",
    "UtroRegion.example",
])

_PRETZEL_PS = "P.S. New around here? Sign up at no cost right here."

_EARLYTRAIN_SHARE = "\n".join([
    "Please pass our sign-up link along to (nearly) everybody in your contacts!",
    "* Plus, give the July Early Train Playlist a spin on Spotify!",
])

_CIRCUIT_GIFT = "Would you back our groundbreaking reporting today with a donation?"

_CIRCUIT_CLOSE = "Our investigations and tools are needed now more than ever. Help us keep going:"

_VALLEYHERALD_ADS = (
    "When you let ads show on this website, you help the neighborhood shops that, in return, help pay "
    "for strong local reporting."
)

_KRAY61_SUB = "⚠️ Подпишись на канал, чтоб ничего не упустить!"

_ZARECHYE_CHANNEL = "Не забудьте подписаться и на наш собственный канал."

_NORDNEWS_CHROME = "Подписаться | Поддержать NordNews"


PROBE91_APPEALS = [
    _doc("b111-lakeshorecurrent-capitol-aides-top", "appeal", "top",
         "Invented; modelled on New York Focus (story teasers with photo credits, matching-gift drive line under a teaser line)", "en", [
             "Also inside: What residents across the state expect from their local paper",
             _LAKESHORE_MATCH,
             "The Senate chamber in the state capitol. Photo: Rivermoth22 / Flickr | Illustration: The Lakeshore Current",
             "A large share of the capitol's bill drafting rests on a small army of mostly young, poorly paid aides who turn policy wishes into draft legislation. And they are quitting in large numbers.",
             "By Dana Okafor",
             "When budget talks peak each spring, someone strolling through the Senate office wing could come across an unexpected sight: air mattresses and folded blankets.",
             "Former aides say those are signs of a workplace that is grueling, all-consuming and badly paid.",
             "“My daughter would phone me in tears and ask, ‘Are you ever coming home?’” one former Senate aide recalled. (The Lakeshore Current agreed not to name this aide and several others in this article so they would not face reprisals from their present bosses.)",
             "The Lakeshore Current visited Marlow, Fenwick, Ashby and Port Ellery to hear from residents about how local news is faring around the state. Photos: Lena Tori, Marcus Bell, Ivy Canton and Raul Pine | Collage: The Lakeshore Current",
             "The Lakeshore Current toured the state to talk with residents about what they want from local news.",
             "By Priya Santos and Owen Gallagher",
             "Backed by a grant from the Halvorsen Fund for Local Reporting, we went looking for answers. From the autumn of 2023 through the summer of 2024, The Lakeshore Current stopped in towns such as Marlow, Fenwick, Ashby and Port Ellery to collect views from residents and media partners on the health of local news. Read the complete report.",
         ], appeals=[_LAKESHORE_MATCH]),
    _doc("b111-kesslerdispatch-digital-fast-top", "appeal", "top",
         "Invented; modelled on Parnas News (journalist's evening letter, subscribe plea with its button before news bullets)", "en", [
             "Good evening, friends. I have just wrapped up a full day offline — a 24-hour digital fast — and as I ease back in, my first instinct is to catch you up. The headlines came in waves again, but make no mistake: nothing changed while I was gone. This administration is still burying the public in noise and misleading claims, betting that you will get tired and stop paying attention.",
             "I refuse to. And I suspect you do too.",
             _KESSLER_PLEA,
             "Now, here is what happened while I was offline:",
             "• The President said that if the shutdown drags on, federal employees might be let go and programs Democrats care about could be cut for good, pinning the blame on congressional Democrats.",
             "• The budget office has reportedly drawn up a roster of agencies facing layoffs, which could be unveiled as early as Friday, although the final details are still being worked out.",
             "• Senate Majority Leader Dale Hargrove (R-Wyo.) called the standoff “pointless,” said his talks with the minority leader were going nowhere, and pressed Democrats to pass a stopgap spending bill, while standing by the administration’s layoff and spending-cut plans.",
         ], appeals=[_KESSLER_PLEA]),
    _doc("b111-ridgelineweekly-press-awards-top", "appeal", "top",
         "Invented; modelled on Seven Days (Vermont) (financial-support banner line above a dated awards post)", "en", [
             _RIDGELINE_BANNER,
             "The Ridgeline Weekly Takes Home Six Top Honors in National Press Contests",
             "Posted on Thu, Nov 12, 2020 at 4:38 PM",
             "The Ridgeline Weekly, the state’s free and independent weekly paper, collected five first-place prizes from the Alliance of Independent Weeklies during an online ceremony on October 2. One winning piece, produced together with Highland Public Radio and examining the state’s licensed nursing and group homes, also earned a national prize for investigative journalism from the Broadcast News Editors Guild on October 24.",
             "The Alliance prizes honor the boldest, most inventive and most gripping work published every year by independent weeklies. Member papers from places like Denver, Portland, Tucson and Ridgeline City go head to head. This year, 61 papers from the U.S., Canada and Ireland sent in entries.",
         ], appeals=[_RIDGELINE_BANNER]),
    _doc("b111-utroregion-lapshin-zorin-top", "appeal", "top",
         "Invented; modelled on Новый День (NewDayNews.ru) (subscribe-to-channels header with site name above a wire item)", "ru", [
             _UTRO_HEADER,
             "Губернатора Лапшина принял вице-премьер Зорин",
             "Москва, Март 4 (Утро Региона, Марина Полякова) – Накануне губернатор Геннадий Лапшин провёл в Москве переговоры с вице-премьером правительства Олегом Зориным. Беседа состоялась в Доме правительства, в кабинете вице-премьера. Подводя итоги разговора, Геннадий Петрович заявил: «С вице-премьером мы встречаемся не впервые, но такого подробного и откровенного обсуждения у нас раньше не получалось. По каждой теме, которую я поднял, я встретил понимание и поддержку Олега Викторовича».",
         ], appeals=[_UTRO_HEADER]),
    _doc("b111-pretzelbrief-news-links-middle", "appeal", "middle",
         "Invented; modelled on The Donut (morning newsletter with emoji bullets, P.S. sign-up line before the quote of the day)", "en", [
             "Why Oregon and a search giant are squaring off over news…",
             "Wednesday, May 8 2024",
             "Good morning. Today is National Teacher Day, so send a thank-you note to that one teacher who believed in you. Grading essays at midnight is no picnic... but here is something that is: the free coffee and discounts cafés are rolling out for school staff this week.",
             "See? Hard work pays off, sometimes.",
             "In this issue:",
             "• 🔍 The Senate passed a disputed data-privacy bill",
             "• 📰 Oregon and a search giant are feuding over news links",
             "• 🤔 Will the candidates ever share a debate stage?",
             "… and more.",
             "🚀⏰ On Your Marks: Today’s issue takes about ~5.10 minutes to get through (1,318 words).",
             _PRETZEL_PS,
             "💬 Morning Crumb",
             "“Surround yourself with people who push you toward the person you hope to become.”",
             "–Amelia Thornbury (1871-1952)",
         ], appeals=[_PRETZEL_PS]),
    _doc("b111-earlytrain-lanyards-middle", "appeal", "middle",
         "Invented; modelled on The Morning Commute (dated newsletter, share-the-sign-up-link and playlist lines after the sign-off)", "en", [
             "7/1/19 - \"Lanyards!\"",
             "Before you dive into the long, fireworks-heavy weekend, let me pass along a fun idea from our neighbors up north: \"In a quirky and politically loaded break with custom, several members of a provincial legislature have decided to stop wearing blazers. The wardrobe controversy comes as the small caucus tries to present itself as the voice of ordinary workers.\"",
             "And since we won't talk again until Tuesday, here is one more, loosely borrowed from a bit on The Office: every sheriff's deputy should wear an oversized lanyard with a first name printed huge. It would make patrols feel friendlier, and if some jittery 22-year-old deputy ever has me pinned against a car, I think \"Kyle, please relax. Please relax, Kyle.\" could calm everyone down by reminding him that we are two neighbors on a first-name basis.",
             "With that, enjoy a glorious holiday weekend of grilled corn and quoting Jaws.",
             "Have a good morning and a good ride,",
             "Tessa M. Quill",
             _EARLYTRAIN_SHARE,
             "THE DAILY DIGEST: Late-night posts, a third-party bid, and \"way beyond a minor fix\"",
             "Yesterday, shortly before 8am, the governor posted the following: \"I hear the failing @MorningDrive crew trashes me on air (never listen anymore). So why did Loud Larry and Sleepy Dan beg to come to my lake house for a whole weekend last summer, and insist on fishing with me? Larry fell off the dock. Sad!\"",
         ], appeals=[_EARLYTRAIN_SHARE]),
    _doc("b111-circuit-excellence-award-middle-end", "appeal", "middle+end",
         "Invented; modelled on The Markup (letter to friends about an award, donation sentence mid-letter and a closing help line)", "en", [
             "Dear readers,",
             "This month marks a turning point for The Circuit.",
             "Last Thursday, The Circuit was named one of the top newsrooms anywhere, when the Digital Journalism Guild gave us its overall excellence prize among small outlets.",
             "I still get goosebumps remembering the moment the host read aloud:“Fearless, useful reporting that — considering the topic — arrived exactly when the public needed it most. This year's honor goes to The Circuit.”",
             "We were shortlisted for this prize twice before, in 2021 and 2022. We have also collected plenty of other honors for our reporting.",
             "But this one feels different.",
             "It is not about the crystal plaque (whose corner is so pointy that airport security pulled my suitcase aside for a hand search on the way back).",
             "It is about how our distinct approach to reporting, what we call The Circuit method, is reshaping and guiding the wider news industry. " + _CIRCUIT_GIFT,
             "We began with a simple but unusual plan: our newsroom would team up data reporters, engineers and investigative journalists to hold the biggest tech firms to account. Then we widened our ambitions, taking on the task of pushing every kind of technology to serve the public, and we decided to judge ourselves by the concrete difference our work made. We have reinvented our reporting, and every creative method behind it, to help build a world in which ordinary people steer technology rather than being steered by it.",
             "Our reporting does more than make headlines; it changes things. Readers and lawmakers have used our stories to reveal and ban algorithmic bias, to uncover which apps sell personal information and force them to stop, and to push whole industries toward stronger protections for patients and shoppers, among many other results.",
             _CIRCUIT_CLOSE,
         ], appeals=[_CIRCUIT_GIFT, _CIRCUIT_CLOSE]),
    _doc("b111-valleyherald-wire-briefs-top", "appeal", "top",
         "Invented; modelled on Manteca Bulletin (ad-support line above capitalised wire briefs)", "en", [
             _VALLEYHERALD_ADS,
             "National News Roundup",
             "CROWDS WATCH COUNTY JAIL AS DEFENDANT AWAITS BOND: MILLBROOK, Texas (NWS) — Attention is fixed on the Hale County jail where a man charged in the shooting death of 16-year-old Darnell Price is waiting to be released on bond, and his release may still be days away.",
             "Defense lawyer Carla Benning spent Saturday trying to line up the bond money and a secure place for her 31-year-old client, a volunteer crossing guard, to live. Yet people in Millbrook, where Price died, say they expect little commotion once he walks out.",
             "Council members say no worried residents have called them. No demonstrators have gathered at the jail. And the chatter at a downtown bakery rarely turned to the case.",
             "\"Folks have pretty much moved on,\" said Tonya Reyes, a cashier at the Bluebonnet Bakery. \"What the whole town wanted was an arrest, and now the courts can take it from here.\"",
             "DESERT ARTS FAIR PUT ON NOTICE: BARSTOW FLATS, Calif. (NWS) — Still recovering from a wristband mix-up, organizers of the Mirage Flats arts gathering in the high desert now face a second battle.",
             "They are contesting a federal agency's move to put them on probation — with warnings that their permit could be revoked — after too many people showed up last year at one of the biggest open-air art fairs in the West.",
             "The Desert Lands Office acted against Mirage Flats Events Inc. after the fair's sculpture and music program pulled in more than 46,000 visitors on each of Aug. 28 and 29 last year on the dry lake bed, 95 miles east of Bakersfield.",
             "The organizers received a formal finding that they had broken the 42,000-person daily limit set in their event permit for the ten-day festival of makers and performers that ends on Labor Day, said Ray Donnelly, who runs the agency's Needles district office.",
         ], appeals=[_VALLEYHERALD_ADS]),
    _doc("b111-kray61-flu-goats-top", "appeal", "top",
         "Invented; modelled on Регион 74 (Telegram channel web mirror, subscribe line in the channel header above emoji headlines)", "ru", [
             "Край 61 | Приречье и Заозёрск",
             "🆘 Самые свежие проверенные новости Приречья! Узнавай раньше всех!",
             "🤖 @kray61_newsbot - присылайте свои новости и заявки на рекламу!",
             _KRAY61_SUB,
             "Рекламу можно купить через биржу по ссылке - https://ads.example.org/c/kray61",
             "💊 Школьникам бесплатно выдадут лекарства от гриппа",
             "💰 Заместитель губернатора Ольга Мельник рассказала, что область нашла деньги на лечение детей, которые заболели гриппом.",
             "«Мы уже перечислили 2 млн рублей из областной казны на покупку противовирусных препаратов для заболевших школьников. Из федерального бюджета такие траты не предусматривались, ведь раньше дети почти не попадали в больницы с осложнениями», — объяснила Ольга Мельник.",
             "🐐😱 Житель Заозёрска запер в сарае соседских коз",
             "Рогатые гостьи объели ему весь палисадник.",
             "Мужчина рассказывает, что козы бродили сами по себе, потом забрались на поленницу у его забора и оттуда перемахнули к нему во двор. Там они сгрызли всю морковь и вытоптали грядки с луком.",
         ], appeals=[_KRAY61_SUB]),
    _doc("b111-zarechyeonline-telegram-review-end", "appeal", "end",
         "Invented; modelled on iluki.ru (Великие Луки), via Дзен (one-paragraph column of run-together sentences, subscribe-to-our-channel sentence before the sign-off)", "ru", [
             "В своей еженедельной колонке Антон Беляев снова разбирает самые заметные посты телеграм-каналов Заречья. Материала, как обычно, хватает.«Правительство Заречной области» объявило, что осенний фестиваль урожая в областном центре не состоится. При этом в Сосновогорске праздник всё равно устроили. Там же рассказали, что из Заречинска запустят прямые рейсы в Тунис и Грецию. Туристы обрадовались, но стоит ли уже паковать чемоданы?«Спорт Заречья» сообщил, что санитарные службы разрешили пускать зрителей на хоккейные матчи. Дождутся ли того же сосновогорские болельщики?«Сосновогорский дозор» взялся вывести на чистую воду депутата Игоря Ремезова. Вышло что-то вроде местного «Поля чудес».«#заречныйспорт» ненадолго напомнил о себе, пересказав заметку крупного спортивного портала. Известное на всю страну издание рассказало историю борца Тимура Алиева.Вот такими получились главные новости областного телеграма за неделю. " + _ZARECHYE_CHANNEL + " До встречи в следующий понедельник.",
         ], appeals=[_ZARECHYE_CHANNEL]),
    _doc("b111-nordnews-wildfire-village-end", "appeal", "end",
         "Invented; modelled on RusNews (Telegram channel web mirror, subscribe-and-support chrome line at the end)", "ru", [
             "В Приангарье огонь уничтожил целую деревню. Пламя подобралось вплотную к оборонному предприятию",
             "Леса в области горят с апреля — огнём пройдено уже свыше 1,2 млн гектаров. Сейчас пожар охватил 3,1 тыс. гектаров возле села Берёзовка, всего в 14 км от Усть-Каменска.",
             "Дотла сгорело садовое товарищество «Рассвет», где круглый год жили пять семей. Огонь дошёл до СНТ «Строитель», разъезда Таёжный и 47-го ремонтного завода. В Берёзовке отключился свет. Люди уезжали сами, как они говорят, ночь выдалась «жуткая, никогда не забудем».",
             "Из зоны пожара вывезли детские лагеря «Бригантина» и «Солнечный». Ребят перевели в лагерь «Орлёнок».",
             "В Тайшетском районе полыхает ещё один большой очаг — огонь занял больше 270 тыс. гектаров. Из-за плотной дымовой завесы закрывали трассу Усть-Каменск — Тайшет.",
             "Журналисты пишут, что чиновников отправляют на тушение за собственные деньги и без защитной формы. В областной администрации это опровергают.",
             _NORDNEWS_CHROME,
         ], appeals=[_NORDNEWS_CHROME]),
]


# --- Probe 91: negatives ------------------------------------------------------------------------

PROBE91_NEGATIVES = [
    _neg("b111-openmarketmonthly-community-tv-funding-neg",
         "Invented; modelled on Reason (opinion piece on a cut in public broadcast funding, pledge drives mentioned)", "en", [
             "What a Community TV Station Can Do When the State Money Dries Up",
             "Lawmakers just voted to end the state's grants for public-access television. Now what?",
             "So it finally happened: after years of loudly threatening to defund public-access TV, the legislature's majority stopped posturing and went through with it. The budget amendment passed in the early hours of Wednesday will take back the money set aside for the State Community Media Fund. The governor still has to sign the bill by Saturday, but nobody expects a veto.",
             "Once upon a time, someone would now mention the beloved Saturday puppet show, but that program moved to a streaming service years ago. The big regional networks will also get through this cut just fine. (Remember the enormous bequest a shipping heiress left to the network back in 2003? As far as I know, they still have not spent a cent of the principal.) So most of the argument has centered on small individual stations that depend on the state grants.",
             "Now imagine you run a small public-access channel and there is suddenly a gap in your budget. You might hold an emergency pledge drive to plug it — yet even a wildly successful drive will not keep viewers in emergency mode for years. If the state's money paid your bills and the state stops paying, you will have to find another way to stay on the air, and that may mean rethinking what you broadcast.",
             "Roughly speaking, a station can survive without state money in one of two ways. It can turn far more commercial, or it can turn far less commercial.",
         ]),
    _neg("b111-caldercitybiz-calderpost-launch-neg",
         "Invented; modelled on Richmond BizSense (business news on a new nonprofit newsroom backed by donors and members)", "en", [
             "With three seasoned local reporters signed on and dozens of donors behind it, a new outlet is getting ready to debut on Calder's news scene next month.",
             "The Calder Post, a nonprofit digital newsroom headed by former Calder Herald reporter and editor Nathan Greer, plans to go live Oct. 2, covering mainly the City Council and the School Board at first, along with the race for mayor and the November vote.",
             "Greer is joined by reporters Tessa Lund, another Herald veteran who has spent the past four years at the State Dispatch, and Omar Reyes, a former Dispatch editor and reporter who left that site in April after a six-year stint.",
             "Like the Dispatch, The Calder Post will run as a nonprofit, with free articles paid for by community donations and memberships. The site and its email newsletter will start with the city itself and will gradually add the surrounding counties.",
             "Greer, 41, spent 15 years at the Herald as a sports writer and editor, plus ten months as acting executive editor, before losing his job in a wave of cuts last year. He said the layoff was the push he needed to start The Calder Post, which in his view will plug a hole in how City Hall is covered today.",
             "“This is a big city, one of the largest in the country, and not a single professional reporter sits in on City Council meetings,” Greer said.",
             "“Everyone loses when that happens. People in the room act differently, different decisions get made, and in the end those decisions cost taxpayers more because nobody was there speaking for them and watching out for them.”",
             "The outlet will rely on donors and members who can give monthly or annually, though nobody will have to pay to read it.",
         ]),
    _neg("b111-eastcaldernews-calderpost-founder-letter-neg",
         "Invented; modelled on South Richmond News (community site relaying another outlet's founder letter asking for sign-ups and contributions)", "en", [
             "New nonprofit news site The Calder Post to debut in October",
             "A note from Nathan Greer:",
             "Hi everyone!",
             "I am thrilled to share that we are about to launch The Calder Post, a nonprofit newsroom that will concentrate on serious reporting about the most urgent issues in our city.",
             "It would mean a lot if you joined our email list, which starts sending on Oct. 2. It would mean even more if you thought about chipping in to help us get off the ground. We have a terrific team ready, and we will introduce them over the next few days and weeks.",
             "We think real reporting means showing up where decisions get made and picking up the phone until we find out what really happened. I cannot wait to get started!",
             "Read more from Lila Marsh at Metro Brief Calder –>",
         ]),
    _neg("b111-primorskyvestnik-podpiska-tarify-neg",
         "Invented; modelled on Приморье 24 (news item on print subscription prices rising, publishers' letter)", "ru", [
             "«Коммерческий курьер»: подписка на печатную прессу подорожает на треть",
             "Уже на этой неделе должны утвердить новые подписные цены на первое полугодие 2016 года, рост составит до 30%.",
             "Редакции газет и журналов обратились к вице-премьеру с просьбой остановить удорожание подписки.",
             "Представители печатной отрасли объясняют, что из-за прекращения господдержки доставки прессы подписка в этом году вырастет в цене на 30%.Такой скачок вынудит людей отказаться от газет и журналов, отмечается в обращении на имя вице-премьера.",
             "По данным «Коммерческого курьера», составители письма предупреждают, что массовый отказ от подписки «ослабит единое информационное поле страны и заметно уменьшит роль прессы в формировании взглядов граждан».",
             "С 2017 года Национальная почтовая служба больше не будет получать бюджетные деньги на сдерживание подписных цен. Каждый год на это уходило около 2,4 млрд рублей.",
         ]),
    _neg("b111-posadonline-den-kraudfandinga-neg",
         "Invented; modelled on Сергиев.ру (town site explainer on a crowdfunding holiday)", "ru", [
             "Сравнительно молодой праздник — День коллективного финансирования — в России отмечают 14 сентября. Мудрёное на слух слово «краудфандинг» пришло из английского: crowd означает «толпа», а funding — «финансирование». Речь идёт о том, что множество людей по собственной воле скидываются или вкладываются, чтобы помочь деньгами какой-то задумке. По-русски суть явления отлично передаёт поговорка «с миру по нитке — голому рубаха».",
             "Откуда взялся сетевой праздник",
             "14 сентября 2011 года в интернете заработала площадка Skladchina.example, где одни пользователи могли выложить свою идею, а другие — поддержать её рублём. Сегодня так собирают деньги на что угодно — от съёмок кино, открытия небольшого бизнеса и предвыборных кампаний до благотворительных сборов.",
             "В быту мы сами то и дело прибегаем к краудфандингу: скидываемся с коллегами на торт для именинника, с соседями по подъезду — на новую дверь, с одноклассниками — на подарок учительнице.",
         ]),
    _neg("b111-sotsvestnik-pavodok-shkolnaya-forma-neg",
         "Invented; modelled on Социнформ (charity news: a children's fund buying school uniforms for flood victims, with sums)", "ru", [
             "Благотворительная программа «Паводок на Амуре: школьники» запущена в помощь пострадавшим семьям фондом «Детская надежда», — передаёт «Вестник НКО» со ссылкой на волонтёров.",
             "Как сообщается, к 1 сентября фонд намерен одеть в школьную форму 4 тыс. ребят и направит на это 12 млн рублей.",
             "«Нас, как и чиновников, родителей и педагогов, тревожит одно: с чем придут в школу дети, чьи дома пострадали от воды, — сказал председатель фонда «Детская надежда», писатель Виктор Самойлов. — У очень многих семей вода испортила буквально всё, включая школьную одежду. Поэтому мы заказали 4 тыс. комплектов формы. Их шьёт фабрика в Благовещенске, договор с ней заключён, оплата уже перечислена. Амурское отделение фонда доделывает списки ребят по школам с размерами нужных костюмов. Каждый ученик с первого по одиннадцатый класс получит тёплое письмо от фонда, новый костюм и мою повесть «Мальчишки с Зеи» – о том, как мы росли в трудные послевоенные годы, когда были их ровесниками».",
         ]),
    _neg("b111-gentlemanmag-kraudfanding-interview-neg",
         "Invented; modelled on Esquire (Россия), via a mirror (interview intro about crowdfunding and a platform's PR director)", "ru", [
             "Умные очки, которые зачитывают вслух текст для слабовидящих, складной солнечный чайник для туристов, велосипедный фонарь, заряжающийся от вращения колёс, — всё это придумали и собрали не огромные концерны, а обычные люди. А другие обычные люди скинулись, чтобы эти идеи стали реальностью. Лет десять назад странное словечко «краудфандинг» встречали с недоверием и усмешкой, а сегодня это привычный способ поддержать творческие, общественные, научные и коммерческие начинания. Если идея нашла отклик у публики, деньги можно собрать на что угодно: от первых в стране протезов, напечатанных на 3D-принтере, до новой сцены для уличного театра, от приюта для бездомных ежей до открытия пекарни «Калачи», где трудятся люди с инвалидностью.",
             "Мы поговорили с Алиной Ворониной, директором по коммуникациям платформы «Складчина» и, как её в шутку называют коллеги, «феей сборов».",
         ]),
    _neg("b111-cubreporternotes-donor-disclosure-neg",
         "Invented; modelled on Your First Byline (newsletter how-to on candidate donor filings, regulator's e-mail alerts mentioned)", "en", [
             "How to Read a Local Candidate's Donor Disclosure",
             "Veteran reporter Marisa Quon walks through the key pages of the filings that city and county candidates submit.",
             "Longtime watchdog reporter Marisa Quon has combed through more donor disclosures than she can count.",
             "Plenty of reporters treat the filings as one more scoreboard in the race, checking who pulled in the most cash, who has the broadest base of hometown backers, or who leans on small contributions.",
             "But Quon says the most revealing stories are often buried deeper.",
             "What exactly is a donor disclosure filing?",
             "Candidates for city council, county board and mayor, along with most local political committees, must by law report what they raised, what they spent, how much cash they hold and what they owe. In our state those reports are usually due on Feb. 10, May 10, Aug. 10 and Nov. 10. Filers have until midnight on the due date, though the majority submit well before the clock runs out.",
             "Naturally — thanks a lot, lawmakers — the reporting rules are messier than four tidy deadlines. Some party committees, for instance, report every month. In years with no election, certain committees only report twice a year. And in election years, candidates also owe extra reports in the weeks right before and right after the primary and the general election. Don't panic! The State Ethics Commission posts a handy guide and a filing calendar so you can stay on top of everything. The commission also offers e-mail notifications you can opt into.",
             "How should you get ready for a filing deadline?",
             "First and most important, learn the due dates. Putting reminders in your calendar well in advance can spare you the headache (and the red face) of missing a report you were waiting for.",
         ]),
    _neg("b111-radiodelo-zarechnaya-gubernator-telegram-neg",
         "Invented; modelled on Business FM Новосибирск (item on a governor launching his own Telegram channel, ends cut off in his quote)", "ru", [
             "Губернатор Заречной области Колесников открыл собственный Telegram-канал",
             "Глава Заречной области Павел Колесников запустил личный Telegram-канал, где собирается быстро сообщать жителям о новостях региона",
             "Губернатор Заречной области Павел Колесников объявил, что создал Telegram-канал, чтобы без промедления держать жителей в курсе событий.",
             "По словам главы региона, в новом канале жители области смогут первыми узнавать о происходящем и о решениях областного правительства.",
             "«Запускаю ещё одну площадку, где буду рассказывать жителям Заречной области о жизни региона, — это Telegram-канал. Он носит название «Колесников Павел». Приглашаю всех подписаться, туда я буду выкладывать самые свежие новости обо всех событиях и постановлениях правительства",
         ]),
]


BATCH111_DOCUMENTS = PROBE91_APPEALS + PROBE91_NEGATIVES
