"""Sixty-ninth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (13 appeal, 11 negative; EN, FR, DE, RU): our own paraphrases of every document of the
local-only real probe 49 (24 documents). Each keeps the real page's structure (a section header and
tag lines around a short city news item, an RSS feed dump with its channel header, a byline with
upload line and photo captions, a newsletter editorial with its sign-off, a podcast page with episode
teasers, an author archive of teasers, a bulleted news roundup with datelines) and exactly what the
real gold marks: a follow-us-on-social-networks line at the end of a news item; a two-line member
plea inside a council-candidate questionnaire; a nonprofit donate paragraph with its URL inside a
feed item; a one-line newsletter pitch in the middle of an editorial; a one-line VIP join call at the
end of a column; a nonprofit thank-you paragraph between a host's letter and episode teasers; a
reader quote, gift plea and newsletter line on top of an archive page; a one-line "allow ads"
message on top of a column; an Instagram postscript after a newsletter sign-off; a "support our
publication" block at the end of a podcast page; a digital-subscription pitch with its price inside
a summer-series page; a two-paragraph VIP plea inside a column; a matched-gift plea at the end of an
author page. Negatives keep what makes the real ones hard: a charity's plea for small monthly gifts
reported with a photo caption, a Giving Tuesday roundup with sums and deadlines, a reader's letter
urging others to subscribe to the local paper, a how-to on online collection pots with percentages,
a newspaper's own Christmas fund reporting its total, a newspaper's flood-relief drive with its
"please donate" subhead (the drive's partners collect, not the newsroom), third-party crowdfunding
after a house fire with a goal and a Local Journalism Initiative credit, student papers'
crowdfunding, a minister urging people to buy newspapers, a news co-op's fundraising with a
founders' club, and a magazine's price cut explained in its editor's words.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like batches 29-68 `build_devset.py --batch69` takes each
text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch69.jsonl; `--runon unseen-batch69` writes the copy with line breaks turned into
spaces. Named `unseen-` because no rule is fitted to it (the line scorer does train on the
unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 49: appeal documents -----------------------------------------------------------------

_VOLGA_FOLLOW = "Читайте «Волжский курьер» в телеграме, во «ВКонтакте» и в «Одноклассниках». Свежие ролики каждый день — на Rutube, в «Дзене» и на Youtube."

_MESA_MEMBER = "\n".join([
    "Keep the local reporting you rely on going.",
    "Every contribution counts. Join as a member now.",
])

_CANYON_DONATE = "Canyon Ledger is the nonprofit newsroom of Vista Canyon County. Gifts from readers like you keep our reporting alive. Please give what you can today: https://canyonledger.example/donate"

_CARREFOUR_NL = "Chaque mardi, la crème de la presse continentale directement dans votre messagerie"

_BLUEHILL_VIP = "Become a VIP Member and join the discussion"

_CORNER_THANKS = "We are grateful that you keep standing behind Corner City. As a nonprofit, we depend entirely on readers like you. Thank you for trusting in reporting that looks for answers."

_RIVERTOWN_TOP = "\n".join([
    "“Free to read, no paywall, and still serious reporting. That’s rare.”",
    "",
    "-RiverTown Report member Malcolm",
    "",
    "Mark a decade of our civic journalism with us: give today so it stays free for everyone on your block.",
    "",
    "Get our free Friday newsletter.",
])

_ELMWOOD_ADS = "When you let ads show on this page, you help the hometown shops that help pay for our reporting."

_RZ_INSTA = "PS: Auf Instagram finden Sie uns auch. Einfach @rz_dortmund folgen!"

_PRAIRIE_SUPPORT = "\n".join([
    "Back our newsroom",
    "",
    "Each day our reporters chase the stories that count — the ones that hold power to account, bring hidden decisions into the open and speak to readers like you.",
    "",
    "Informed communities and a working democracy depend on this kind of reporting. We can only keep doing it with your help.",
])

_HEXAGONE_ABO = "Vous pourrez lire le dernier volet de votre feuilleton préféré dans l'édition papier, ou bien retrouver tous nos feuilletons en optant pour la formule numérique. Comment ça marche ? Un seul accès vous ouvre tout Hexagone : le journal en version numérique, chaque article du site et les émissions d'Hexagone Vidéo. Ne tardez pas, c'est par ici. Le petit plus ? Les trente premiers jours sont offerts. Après, comptez seulement 7,40 ... Soit moins qu'un café crème sur un boulevard lyonnais ! Belle lecture."

_LIBERTYDESK_VIP = "\n".join([
    "Liberty Desk exists to push back. To give you the tools to push back too.",
    "",
    "And we can't do it unless you back us by signing up for VIP or VIP Gold.",
])

_BAYVIEW_TRIPLE = "\n".join([
    "Our local newsroom is counting on you. Will you invest in what it can become?",
    "",
    "Every gift to Bayview Beacon made today will be TRIPLED!",
    "",
    "Your backing lets us keep dedicated reporters like Mira Castellanos on the beat, digging into the stories that shape your daily life.",
])


PROBE49_APPEALS = [
    _doc("b69-volzhkurier-fontany-end", "appeal", "end",
         "Invented; modelled on Realnoe Vremya (city news item ending in a follow-our-channels line)", "ru", [
             "Лента раздела",
             "",
             "В Самаре на набережной у фонтанов собралась огромная толпа",
             "",
             "Вечером в субботу на самарской набережной возле поющих фонтанов скопилось несколько тысяч человек. Это видел своими глазами корреспондент «Волжского курьера».",
             "",
             "По снимкам заметно, что люди стоят плотной стеной вдоль всего парапета в ожидании лазерного шоу. Начало представления назначено на 22.30, выступит группа «Пятый берег».",
             "",
             "Днём похожие очереди выстроились у палаток с мороженым и на вход в аквапарк.",
             "",
             _VOLGA_FOLLOW,
             "",
             "Город Самарская область",
             "",
             "Материалы партнёров",
         ], appeals=[_VOLGA_FOLLOW]),
    _doc("b69-mesaweekly-candidates-2045-middle", "appeal", "middle",
         "Invented; modelled on Palo Alto Weekly (candidate questionnaire with a two-line member plea)", "en", [
             "by Mesa Verde Weekly staff / Mesa Verde Weekly",
             "Posted: Tue, Aug 8, 2023, 7:42 am 5 Reading time: roughly 6 minutes",
             "Six people are running for two seats on the Mesa Verde City Council in November. Harbor Lane Media file photo.",
             "Lawn signs are sprouting on nearly every street in Mesa Verde as the campaign heats up.",
             "So readers can compare the field before they vote, the Weekly sent each of the six council hopefuls a questionnaire on their background, their picture of the city and their top goals. They also answered on water supply, wildfire risk, bike lanes, downtown parking and public safety, among other issues.",
             "We are running their responses one topic a day until Aug. 15. Today's prompt: Picture Mesa Verde in 2045. What has changed, and what has stayed the same? What would you do during your first term to steer the city toward that picture?",
             "Ramona Delgado-Pike. Photo provided by the candidate.",
             "By 2045, I see Mesa Verde as a welcoming, mixed town where families who have been here for generations and people who just arrived can both afford a home, bike to the farmers market, borrow a book, let their kids roam safely and still get a first-rate public school education.",
             "Mesa Verde will keep the qualities that set it apart — its love of learning, its open debates, its knack for trying new things, its hills and creeks, its care for the wetlands along Arroyo Verde, and its reputation for cutting emissions early.",
             _MESA_MEMBER,
             "In 2045, Mesa Verde will offer homes that people of every income can reach.",
         ], appeals=[_MESA_MEMBER]),
    _doc("b69-canyonledger-shelter-feed-middle", "appeal", "middle",
         "Invented; modelled on Voice of OC (RSS feed copy, nonprofit donate paragraph inside the item)", "en", [
             "Canyon Ledger https://canyonledger.example/ Vista Canyon County's Nonprofit Newsroom Thu, 14 Mar 2024 17:45:02 +0000 en-US hourly 1 https://canyonledger.example/wp-content/uploads/2020/05/ledger-icon-32x32.png Canyon Ledger https://canyonledger.example/ 32 32 204417733 Ridgeford Council Buys Motel for Family Shelter https://canyonledger.example/2024/03/ridgeford-council-buys-motel-for-family-shelter/ Thu, 14 Mar 2024 17:45:00 +0000 https://canyonledger.example/?p=5521903",
             "",
             "Ridgeford council members signed off on buying a shuttered motel near the freeway that will be converted into a shelter for families, with on-site counselors and job placement help.",
             "",
             _CANYON_DONATE,
             "",
             "]]>",
             "",
             "Ridgeford has taken its first concrete step toward a family shelter — picking a building.",
             "",
             "On a 3-2 vote Wednesday evening, the council approved spending $14.5 million on the 60-room motel off Sycamore Avenue. ",
             "",
             "Besides rooms, the site is planned to include a clinic, counseling offices and a small kitchen run by volunteers. ",
             "",
             "Assistant City Manager Denise Harlow said the city has brought on a housing services coordinator who will hire a team to work inside the building.",
             "",
             "No shelter has ever operated within city limits — a proposal four years ago drew packed meetings and was dropped within weeks. ",
             "",
             "“Families are sleeping in cars in our parking lots, and we can't keep looking away,” Councilmember Andre Whitfield said. “Most of the calls I get are about parents with young kids. We owe them a safe place to land.”",
         ], appeals=[_CANYON_DONATE]),
    _doc("b69-carrefourcontinental-retour-middle", "appeal", "middle",
         "Invented; modelled on Voxeurop (relaunch editorial with a one-line newsletter pitch)", "fr", [
             "Nous voici de retour",
             "",
             "Mis en ligne le 3 mars 2016 à 06:30",
             "",
             "Quand Panorama Europe a fermé ses portes, nous avions promis à nos lecteurs que cette pause ne serait pas définitive.",
             "",
             "Impossible, à nos yeux, de laisser disparaître un endroit où l'on pouvait s'informer sur le continent et débattre par-delà les frontières. Impossible aussi de tourner le dos aux milliers de lectrices et de lecteurs qui avaient pris l'habitude de s'y retrouver, d'y commenter et d'y échanger.",
             "",
             "Les messages d'encouragement reçus après l'annonce de la fermeture nous ont convaincus qu'il fallait repartir.",
             "",
             "Carrefour Continental prend donc le relais, sous un nouveau nom qui dit mieux ce que nous voulons faire : bâtir un média vraiment européen, qui donne la parole aux journaux, mais aussi aux internautes et aux habitants des vingt-sept pays. Le tout traduit en huit langues, et peut-être davantage demain. Car un débat démocratique à l'échelle de l'Union suppose une opinion publique qui se parle d'un pays à l'autre.",
             "",
             _CARREFOUR_NL,
             "",
             "Rédacteurs, traductrices et programmeurs de l'ancienne équipe, nous avons fondé une association sans but lucratif pour relancer le projet. Les éditeurs qui pilotaient Panorama Europe avaient renoncé à le faire vivre quand la subvention de Bruxelles s'était arrêtée, le 31 octobre 2015.",
         ], appeals=[_CARREFOUR_NL]),
    _doc("b69-bluehill-anniversary-end", "appeal", "end",
         "Invented; modelled on RedState (anniversary column ending in a VIP join line)", "en", [
             "The day has come.",
             "",
             "Some of you may not remember how Blue Hill Post got going nine years back. It began with three friends, a borrowed laptop and a handful of convictions, and it started out very small.",
             "",
             "",
             "Over the years, small turned into large. The people changed as well: of the founders, none still runs the place. I left first, and the other two drifted off to law firms and think tanks. Tonight at a reception I introduced myself to Senator Alma Reyes as the man who came up with Blue Hill Post. She looked puzzled, so I told her, “Never mind me — the one who counts is Dana. She runs it.” That is the truth, and it explains a good deal about why the site has done so well.",
             "",
             "Today that success is on full display. Regular readers know what I mean. Anyone else can switch on a cable news channel at 2pm Eastern and watch. Some committee aides may shrug at Blue Hill Post — but within an hour of that broadcast, the country will see how much it counts.",
             "",
             "",
             "If you've been with us since the first post, today belongs to you. If you found us last spring, it belongs to you too. If today is your first visit — it is yours as well. As an old preacher once put it in another setting, there is always room at the table, and this table is where the argument over the nation's future is being had.",
             "",
             "Something important happens today. It happens here because this place counts. It counts because of you. And also because three friends once split a cheap pizza nine years ago and dreamed out loud.",
             "",
             "So. Buckle up.",
             "",
             "",
             _BLUEHILL_VIP,
             "",
             "Popular on Blue Hill Post Videos",
         ], appeals=[_BLUEHILL_VIP]),
    _doc("b69-cornercity-podcast-150-middle", "appeal", "middle",
         "Invented; modelled on Next City (podcast milestone letter, nonprofit thank-you before episode teasers)", "en", [
             "",
             "(Illustration by Rafael Mendes / Stockframe)",
             "Today we're marking something special—episode 150 of the Corner City podcast!",
             "I still can't quite believe I've recorded well over 70 hours of conversations with our reporters and the people they cover — and every one of them has taught me something. It's been quite an education.",
             "Looking back across 150 episodes, the biggest lesson might be this: people keep working to improve their neighborhoods, however stubborn the obstacles. These are hard years, but the guests on the Corner City podcast show again and again that progress is real, and that it has always started on the local level. (Even when it seemed nobody in the state capital was paying attention.)",
             "I'm sure that work will go on. I'm sure because you, the people who read and listen, are precisely the people this moment calls for.",
             "Each episode opens with me saying, “I hope you're listening because you want good ideas to travel from one block to the next.” I say hope, but honestly I know nothing will hold you back. You're organizing tenants, rebuilding playgrounds, and turning up for each other. Over the next 150 episodes, I fully expect to be talking with some of you about what you built.",
             _CORNER_THANKS,
             "The Land Is Ours To Keep",
             "Can a coalition of housing co-ops in Detroit keep its blocks from being bought up by investment funds? We talk with Marisol Ochoa, cofounder of the Eastside Commons Trust.",
             "Do Monthly Checks Really Lift Families Out of Poverty?",
             "Cash-payment trials have spread from a handful of cities to dozens of towns and counties.",
         ], appeals=[_CORNER_THANKS]),
]
PROBE49_APPEALS += [
    _doc("b69-rivertown-archive-awards-top", "appeal", "top",
         "Invented; modelled on PublicSource (archive page with reader quote, gift plea and newsletter line on top)", "en", [
             _RIVERTOWN_TOP,
             "",
             "Posted inFrom the Newsroom",
             "",
             "RiverTown Report takes home honors for its 2021 coverage and thanks the sources and readers who trusted us",
             "",
             "RiverTown Report picked up five regional and statewide awards for work published in 2021. From lead pipes under city schools to first-hand essays on caregiving and a long look at what it takes to get by on part-time wages in the Ohio Valley, the honors recognize stories that too often go unreported.  While RiverTown Report […]",
             "",
             "",
             "I work two jobs and use a wheelchair. Every raise puts my health coverage at risk",
             "",
             "First-hand essays written by the people who live them. Most mornings start the same way for most people. The alarm goes off, you grab some toast, wash up, pull on your clothes and you're out. I'd bet that takes you forty minutes, an hour if you linger?  […]",
             "",
             "Posted inPandemic",
             "",
             "Pausing rent and water shut-offs is the right call now, but lawmakers need a plan for what comes after",
             "",
             "First-hand essays written by the people who live them. For six years I answered phones at a tenant hotline in Wheeling, and each April brought the same rush. The moment the cold-weather protections expired, calls from families facing disconnection doubled overnight. Usually, […]",
             "",
             "Posted inPandemic",
             "",
             "Business was finally picking up, then came the lockdowns. How three Ohio Valley shop owners are hanging on.",
             "",
             "The pandemic has hit independent shops hard all over the country. One payments company estimated that by late summer, about 90,000 small firms nationwide had shut their doors for good.",
         ], appeals=[_RIVERTOWN_TOP]),
    _doc("b69-elmwoodledger-deputies-top", "appeal", "top",
         "Invented; modelled on Smithville Review (allow-ads message above a reader column)", "en", [
             _ELMWOOD_ADS,
             "Our deputies are stretched too thin",
             "Placeholder Image",
             "A few weeks back I had a brief chat with Sheriff Dwayne Colter, and what he told me has stuck with me ever since. (I won't print the figure; no sense tipping off the troublemakers.) Let's just say it was far lower than I'd have guessed for a county this big. When he said how many deputies are actually out on the roads each shift, I nearly fell off my chair!Call me old-fashioned, but with so much anger in the air these days, some of it right here at home, we need folks doing the jobs that have kept this county safe for generations.",
         ], appeals=[_ELMWOOD_ADS]),
    _doc("b69-revierzeitung-newsletter-insta-end", "appeal", "end",
         "Invented; modelled on WAZ (city newsletter editorial with an Instagram postscript after the sign-off)", "de", [
             "An dieser Stelle entsteht der RZ-Dortmund-Newsletter. Titel = Betreffzeile, Text = Editorial.",
             "Böses Erwachen am Montag: Im Dortmunder Kreuzviertel hat ein geplatzter Hauptwasserkanal mehrere Straßen unter Wasser gesetzt. Am schlimmsten traf es die Kreuzstraße und den Vinckeplatz, die über Stunden gesperrt blieben. Auch Cafés und kleine Läden mussten vorübergehend schließen. Wie groß der Schaden ist, lesen Sie hier.",
             "Eine Serie von Kunstdiebstählen aus norddeutschen Museen führt die Fahnder überraschend nach Westfalen. Beamte aus Dortmund und Hamburg haben am Sonntag zusammen ein Lager in der Nordstadt durchsucht. Was die Ermittler dort vermuten, erklärt mein Kollege Jannik Brosowski.",
             "Auch beim Impftag in der Westfalenhalle am Sonntag musste die Polizei eingreifen. Eine Gruppe Störer soll Wartende angepöbelt und eingeschüchtert haben. Friedlich blieb es dagegen im Jazzclub „domicil“, wo zwischen Bühne und Bar geimpft wurde. Wie die Sonderaktionen angenommen wurden, schildern Lea Vormbrock und Timo Hastedt.",
             "Wer die kommenden Abende draußen verbringen möchte, sollte im Westfalenpark vorbeischauen. Dort hat am Freitag das Lichterfest begonnen, mit einigen neuen Installationen. Wir waren vorab schon dort.",
             "Kommen Sie gut in die neue Woche!",
             "Ihr Stefan Kalwitz",
             _RZ_INSTA,
         ], appeals=[_RZ_INSTA]),
    _doc("b69-prairiereport-podcast-uncontested-end", "appeal", "end",
         "Invented; modelled on Oklahoma Watch (podcast page ending in a support-our-publication block)", "en", [
             "Prairie Report statehouse reporter Lena Okafor walks through her newest piece — a look at why nearly two-thirds of Kansas House seats went unchallenged on this year's ballot.",
             "",
             "",
             "Marcus Bell unpacks the effects of a new state law that restricts which books and lessons may be used in classrooms on history and identity. ",
             "",
             "Courts reporter Abby Lindqvist talks about a veteran prosecutor who now questions the state's use of long mandatory sentences.",
             "",
             "Prairie Report managing editor Cole Ramsey hosts.",
             "",
             _PRAIRIE_SUPPORT,
         ], appeals=[_PRAIRIE_SUPPORT]),
    _doc("b69-hexagone-feuilletons-ete-middle", "appeal", "middle",
         "Invented; modelled on Marianne (summer-series page with a digital-subscription pitch and price)", "fr", [
             "Arnaques au camping, mémoire des plages, chefs de rayon philosophes, jardins partagés en banlieue, histoires secrètes des tubes de l'été, du Camus, du Pagnol... Et même une fiction où un ministre se perd dans les Cévennes ! Chacun y trouvera son compte, dans les feuilletons estivaux d'\"Hexagone\".",
             "Voici l'été ! La saison des abricots et... des feuilletons. Lassé des articles tièdes qui défilent sur votre téléphone ? Le polar acheté à la gare vous endort au bout de trois pages ? Ne cherchez plus, nos feuilletons estivaux sont là pour ça ! Pendant sept semaines, Hexagone vous prépare des récits sur des sujets aussi variés qu'inattendus. Arnaques au camping, mémoire des plages, chefs de rayon philosophes, jardins partagés en banlieue, lecture des penseurs qu'on cite sans jamais les avoir ouverts... Et même une fiction où un ministre se perd dans les Cévennes ! Chacun y trouvera son compte.",
             _HEXAGONE_ABO,
             "Environnement",
             "La forêt a soif",
             "Le pays, habitué à ses bois denses et à ses pluies régulières, se prépare-t-il aux sécheresses qui menacent ses forêts ? \"Hexagone\" mène l'enquête, avec chaque semaine une piste pour garder nos arbres debout.",
             "Volet 1 : Sécheresse : pourquoi nos chênes pourraient ne pas passer le siècle",
         ], appeals=[_HEXAGONE_ABO]),
    _doc("b69-libertydesk-pushback-middle", "appeal", "middle",
         "Invented; modelled on PJ Media (opinion column with a two-paragraph VIP plea)", "en", [
             "Time to Push Back",
             "",
             "“Nobody hands you freedom; you have to refuse to give it up.” — an old union organizer, quoted in a pamphlet",
             "",
             "“Easier said than done these days.” — Yours truly, tired",
             "",
             "",
             "I'll admit I didn't spend this anniversary of the Oklahoma City bombing in quiet reflection.",
             "",
             "Homegrown violence remains a danger — it always will — but it has not, so far, brought the country to its knees.",
             "",
             "“No foreign army could ever take this country,” an old history teacher of mine liked to say. “If we lose it, we'll have handed it over ourselves.”",
             "",
             "Or, more precisely, we'll have let a loud, tiny and controlling faction take it from us.",
             "",
             "And right now, I'm sorry to say, that faction is ahead.",
             "",
             "The bombers of 1995 did terrible damage, but they did not change how we live.",
             "",
             "What came after — endless new surveillance powers, watch lists and agencies turned inward on citizens — has cost us far more than any bomb did.",
             "",
             "And that was only the opening decade.",
             "",
             "Since then a few tech platforms have taken control of how news travels — and who gets heard at all. Worse, they coordinate with federal agencies to keep the public in a permanent state of alarm.",
             "",
             "The aim is to get Americans used to giving up their freedoms for good.",
             "",
             "",
             _LIBERTYDESK_VIP,
             "",
             "Most of us who started Liberty Desk began writing online in the strange years after 1995. A few of us were first called “militia watchers” because we covered domestic extremism, which after Oklahoma City was the issue that mattered most to us.",
         ], appeals=[_LIBERTYDESK_VIP]),
    _doc("b69-bayviewbeacon-author-ortega-end", "appeal", "end",
         "Invented; modelled on San José Spotlight (author archive ending in a matched-gift plea)", "en", [
             "Author: Lucia Ortega (Lucia Ortega)",
             "",
             "Harbor Point councilmember weighs lawsuit against city manager",
             "",
             "A month after the city manager moved to strip her committee posts, Harbor Point Councilmember Dana Whitlock says she is consulting lawyers about how to respond to City Manager Glen Foss. “What he's doing is intimidation, plain and simple,” Whitlock told Bayview Beacon. “It sends a message to every staffer who disagrees with him, and that should worry everyone.”...",
             "",
             "Renters camp outside Harbor Point City Hall",
             "",
             "Sleeping bags lined the steps of Harbor Point City Hall on Tuesday night, where tenant organizers held an overnight vigil over rising rents and evictions. At Wednesday's council session, members will hear proposals from the city's housing working group on a question that has split residents. While some councilmembers such as...",
             "",
             "Bayview unhoused residents skeptical of shelter at fairgrounds",
             "",
             "After years of sweeping encampments and ticketing people for sleeping outside, Bayview is now promising them beds. The county board said in March that a corner of the old fairgrounds off Bayshore Road would become a temporary shelter site. Construction crews arrived on April 3 and...",
             "",
             _BAYVIEW_TRIPLE,
         ], appeals=[_BAYVIEW_TRIPLE]),
]


# --- Probe 49: negatives ------------------------------------------------------------------------

PROBE49_NEGATIVES = [
    _neg("b69-nevskiykurier-fond-melochi-neg",
         "Invented; modelled on Sankt-Peterburgskie vedomosti (charity's plea for small monthly gifts, with photo caption)", "ru", [
             "Малые суммы тоже спасают! Помогать можно не только в декабре",
             "",
             "В благотворительном фонде «Светлый берег» давно заметили: после новогодних каникул пожертвований становится втрое меньше. Объяснить это несложно. В декабре всем хочется побыть волшебником и порадовать кого-то подарком. Но праздники проходят, а вместе с ними у многих пропадает и желание помогать. К тому же после застолий и подарков денег остаётся совсем немного.",
             "",
             "Малые суммы тоже спасают! Помогать можно не только в декабре | По расчётам фонда, если бы каждый житель города отдавал по 70 рублей в месяц, этого хватило бы на все программы «Светлого берега» без перерывов. ФОТО Дмитрия ЛЕБЕДЕВА",
             "",
             "По расчётам фонда, если бы каждый житель города отдавал по 70 рублей в месяц, этого хватило бы на все программы «Светлого берега» без перерывов. ФОТО Дмитрия ЛЕБЕДЕВА",
             "",
             "А как быть тем, кому лечение нужно уже сегодня?",
         ]),
    _neg("b69-cascadeherald-givingday-roundup-neg",
         "Invented; modelled on Redding Record Searchlight (news roundup led by a community giving day)", "en", [
             "Cascade Falls news roundup: Upper Valley Gives Day arrives Thursday. Here's how to take part",
             "",
             "In this roundup, you'll find:",
             "",
             "  • Upper Valley Gives Day ",
             "  • State money for a welding training program at Cascade Community College ",
             "  • A coat and blanket collection under way",
             "  • A porch-decorating contest open to entries",
             "  • Cashless parking coming to Pine Lake State Park",
             "  • A prescribed burn planned near Elk Hollow",
             "  • Higher fees proposed for dumping yard waste ",
             "The Cascade Falls Science Museum is among the groups registered to receive gifts during Upper Valley Gives Day.",
             "",
             "Dec. 2",
             "",
             "Cascade County, it's almost time to support the nonprofits near you.",
             "",
             "Upper Valley Gives Day opens at 7 a.m. Thursday.",
             "",
             "The Upper Valley Community Trust is running the online giving day for the fourth time. As of this week, 142 groups from Cascade, Linn and Marion counties have registered to raise money for programs and day-to-day costs.",
             "",
             "Givers can look up a specific charity by name or browse the list by 9 categories, among them animal welfare, arts, education, disaster relief, the environment, health, housing, food security and youth programs.",
             "",
             "In 2020, Upper Valley Gives Day raised roughly $640,000 for 98 local nonprofits. In 2021, a year crowded with wildfire relief drives, donors chipped in $515,000 in total. ",
             "",
             "Gifts will be accepted until 9 p.m. Thursday. ",
             "",
             "Dec. 1",
             "",
             "Welding training program at Cascade Community College gets state funding ",
             "",
             "Heavy snow on Tuesday, Jan. 11, 2022 closed roads around Cascade Falls and forced Cascade Community College to shut its campus for two days.",
         ]),
    _neg("b69-lakecountysentinel-letter-readpaper-neg",
         "Invented; modelled on Yankton Press & Dakotan (reader's letter urging others to subscribe)", "en", [
             "A word to everyone who now gets their hometown news only from social media: You tell me, “Why pay when it's free online?”",
             "Fine, BUT have you thought about what happens if the Sentinel and papers like it close their doors? Who will print the death notices, the school board minutes, the shop ads, the anniversaries and the Friday night scores? Yes, a subscription costs a few dollars, BUT it pays local wages and holds a town together. Just consider it.",
             "",
         ]),
    _neg("b69-toulouseinfo-collecte-en-ligne-neg",
         "Invented; modelled on My Angers (how-to on online collection pots with platform figures)", "fr", [
             "Vie locale",
             "Comment organiser une collecte en ligne pour aider un proche ?",
             "Un ami s'est blessé sur un chantier. Une voisine doit payer une opération coûteuse. Une famille de la rue a vu son appartement ravagé par un dégât des eaux. Devant ces coups durs, on ne sait souvent pas quoi faire. Il existe pourtant un outil accessible pour passer à l'action : la collecte participative sur internet.",
             "En 2023, une seule plateforme française a recensé plus de 45 000 collectes de solidarité. Chacune raconte une histoire où l'entraide a changé quelque chose. Encore faut-il bien s'y prendre : ouvrir une page ne garantit rien. Pour qu'une collecte décolle, quelques principes comptent.",
             "Pourquoi ces collectes marchent-elles autant ?",
             "Rappelez-vous la boîte à chaussures qui faisait le tour de l'atelier pour un départ en retraite. C'était lent, un peu embarrassant et cela ne dépassait pas les collègues. Désormais, un lien partagé suffit pour toucher tout un réseau, et même bien au-delà.",
             "Les donateurs ont aussi leurs exigences. D'après une étude du Baromètre de la générosité, 72 % d'entre eux veulent savoir « à qui va leur argent ». Ils tiennent à connaître la personne aidée et l'usage exact des fonds. C'est précisément ce que proposent ces sites.",
             "Quelle plateforme choisir : ce qui change vraiment",
             "Avant d'ouvrir une collecte, posez-vous une question : de combien d'aide aurez-vous besoin ? Pour un premier essai, ou si la situation est sensible, mieux vaut un site qui guide pas à pas. Les services ne se ressemblent pas tous. Quelques critères pour trancher :",
             "Pot Commun figure parmi les pionniers du secteur : comme beaucoup de gens le connaissent déjà, les proches hésitent moins à participer, ce qui simplifie l'organisation.",
         ]),
    _neg("b69-elbekurier-weihnachtsfonds-2022-neg",
         "Invented; modelled on WESER-KURIER (newspaper's own Christmas fund reporting its total)", "de", [
             "ELBE-KURIER-Weihnachtsfonds Freude, die ankommt",
             "",
             "Mehr als 310.000 Euro haben Leserinnen und Leser dem ELBE-KURIER-Weihnachtsfonds überwiesen. Damit bekommen Hunderte Magdeburger Familien ein schöneres Fest.",
             "23.12.2022, 07:10",
             "Lesedauer: 2 Min",
             "Auf die Merkliste",
             "Von EK",
             "",
             "Wie großzügig die Magdeburgerinnen und Magdeburger sind, zeigt sich jedes Jahr aufs Neue, nicht zuletzt beim ELBE-KURIER-Weihnachtsfonds. Seit gut 15 Jahren sammelt",
             "der Verein Weihnachtsfonds, zu dem diese Zeitung, das Jugendamt und die Stadtwerke gehören, für Kinder, deren Eltern am Jahresende kaum Geld für Geschenke übrig haben. Für viele Familien ist schon der Wintermantel eine Hürde.",
             "",
             "Auch 2022 haben viele in der Stadt tief in die Tasche gegriffen: Seit Mitte Oktober sind etwa 312.000 Euro auf dem Konto des Weihnachtsfonds eingegangen. Die Spenden kommen von rund 2900 Privatleuten, Vereinen, Betrieben und Schulklassen. Gut 220.000 Euro sind bereits an 480 Familien ausgezahlt, weitere Anträge werden wegen des großen Andrangs im Januar bearbeitet. In jedem Advent erzählen Familien, oft mit nur einem Elternteil, in unserer Zeitung, woran es fehlt. Die Schuhe sind zu klein geworden, der Kühlschrank ist kaputt, die Heizkosten haben sich verdoppelt, die Klassenfahrt sprengt das Haushaltsbuch.",
             "",
             "Das Ergebnis verdient aus zwei Gründen Beachtung. Erstens sind wegen der Energiekrise mehrere Benefizabende ausgefallen, deren Erlöse sonst dem Weihnachtsfonds zugutekamen. Darunter war auch der beliebte Adventsbasar im Rathaussaal, der diesmal nur in verkleinerter Form im Foyer stattfand.",
         ]),
    _neg("b69-laendlepost-erdbebenhilfe-neg",
         "Invented; modelled on VOL.AT (newspaper's relief drive with a 'please donate' subhead and partner organisations)", "de", [
             "AA",
             "",
             "Große Resonanz auf \"LP\"-Hilfsaktion",
             "",
             "Donnerstag Vormittag im Regierungsgebäude. Vertreter des Landes und die Partner der \"LP\"-Hilfsaktion \"Tirol hilft Erdbebenopfern\" legen die nächsten Schritte fest.  ",
             "",
             "Diakonie, Samariterbund und Landesverwaltung entsenden je eine Person in ein gemeinsames Arbeitsteam – die aus Nepal stammende Ärztin Sunita Gurung begleitet die Gruppe als Beraterin.",
             "",
             "Ein Kontrollgremium prüft, wofür das gesammelte Geld verwendet wird – kein Cent soll versickern. Darin sitzen neben dem Land Tirol und dem Gemeindebund auch Diakonie und Samariterbund. Für die spendenden Leserinnen und Leser nimmt die \"LP\"-Redaktion Platz. Die Diakonie übernimmt die Hauptverantwortung vor Ort, klärt Grundstücksfragen und holt Baugenehmigungen ein. „Künftig darf an den steilen Hängen nicht mehr gebaut werden“, sagt Landesrat Mag. Werner Pichler.",
             "",
             "Bitte helfen Sie mit!",
             "",
             "So soll rasch feststehen, wie viele Schulen, Wasserleitungen und Wohnhäuser im Distrikt Gorkha gebraucht werden. Die Bergbauernfamilien – viele haben beim Beben Angehörige verloren – sind auf Unterstützung angewiesen. Das Tal ist abgelegen, Besucher kommen kaum hin. Aus eigener Kraft schaffen die Menschen den Wiederaufbau nicht. Ein Unternehmer aus Schwaz, der ungenannt bleiben will, hat am Mittwoch 8000 Euro auf das \"LP\"-Hilfskonto überwiesen. Jeder Betrag hilft.",
             "",
             "",
             "Am Montag stellte die \"Ländle Post\" das Projekt \"Tirol hilft Erdbebenopfern\" gemeinsam mit Land Tirol, Diakonie, Samariterbund und Ärztin Sunita Gurung erstmals vor.",
             "",
             "Seither haben schon sehr viele \"LP\"-Leser überwiesen. Jede Bank nimmt die Überweisung an – auch kleine Beträge helfen.",
         ]),
    _neg("b69-valleytimes-cottage-fire-gofundme-neg",
         "Invented; modelled on Penticton Herald (LJI story on crowdfunding after a house fire)", "en", [
             "Just after midnight on Aug. 9, Priya Nandal and Owen Brickell had to flee their cottage on Larch Point Road in Birch Falls when fire tore through it, taking almost everything they owned.",
             "Brickell was badly burned on both arms, and losses are put at roughly $540,000.",
             "Neighbours moved quickly to lend a hand.",
             "\"I honestly can't believe how many people have shown up for us,\" Nandal said. \"It's a huge relief not to be juggling all the money worries on top of everything. Right now we can put our energy into Owen's recovery and figuring out what comes next.\"",
             "Family friend Corinne Dupuis set up a GoFundMe page that brought in close to $11,500 of its $15,000 target within four days of the blaze.",
             "\"People really want to help them. A lot of folks have asked me for Priya's e-transfer details because they'd rather skip the website,\" Dupuis said. \"They want every dollar to go straight to the family, and that's great.\"",
             "Help has come in other forms too. Two days after the fire, neighbours held a drop-off at the Birch Falls Legion hall to gather whatever the couple might need.",
             "\"In one afternoon people brought bedding, dishes, work boots and toys for the kids,\" said organizer and neighbour Gail Whitcombe. \"This town just keeps showing up, with cash, casseroles or a shoulder to lean on.\"",
             "Nandal said she was stunned by the response and hopes to be settled somewhere permanent before winter.",
             "\"We just want a place of our own again and some normal days. Everyone has been so kind ... and we haven't even started rebuilding,\" she said.",
             "Tobias Renner reports from the Birch Falls Gazette newsroom under the Local Journalism Initiative, a program paid for by Ottawa.",
         ]),
    _neg("b69-campuspressnet-crowdfunding-neg",
         "Invented; modelled on Student Press Law Center (report on student papers' crowdfunding)", "en", [
             "Passing the hat: Campus newspapers turn to online fundraising",
             "",
             "When the student senate at Linwood College froze the campus paper's funding after it published a story questioning how parking fines were spent, the editors said the freeze was a plain effort to make the newsroom back off.",
             "",
             "“It felt like they were holding our budget over our heads until we fell in line,” Editor-in-Chief Jordan Mbeki said. “So we went independent.”",
             "",
             "Going independent and online-only gave Mbeki and the staff complete control over what they published. But walking away from the Linwood Ledger, which the senate paid for, also meant giving up the $28,000 a year that had covered printing and small stipends for editors.",
             "",
             "So in March the staff started an online campaign seeking $5,200 to launch the independent Ledger Online and pay for its first year of hosting.",
             "",
             "Over the past two years, a growing number of campus papers have used crowdfunding platforms to stay alive. Linwood's editors used it to start over after a clash with student leaders; elsewhere, staffs have used it to pay down printing bills that piled up over several semesters.",
             "",
             "Some campaigns have blown past their targets and raised five figures, but editors say one-off appeals can't replace a steady budget, and many have struggled to find lasting income once the campaign closes.",
             "",
             "A lifeline, for now",
             "",
             "With readers moving from print to phones, campus papers have watched their ad income shrink. Editors trying to bridge the gap say fundraising drives can reach alumni and parents scattered far from campus.",
         ]),
    _neg("b69-islandgazette-minister-buy-papers-neg",
         "Invented; modelled on Times of Malta (press union welcoming a minister's call to buy newspapers)", "en", [
             "The Guild of Island Reporters (GIR) praised remarks by Communications Minister Helena Farrugia-Borg in parliament about the need to keep the independent press alive.",
             "",
             "Addressing MPs, Farrugia-Borg urged the cabinet to increase state help for established news outlets, which have lost much of their advertising income since the tourism slump.",
             "",
             "She urged public bodies, sports clubs and companies to keep printed papers going by taking out subscriptions. Likewise, she asked firms to place advertising with local outlets.",
             "",
             "In a statement on its website, the GIR said it was encouraging to hear a minister underline how much a free press matters.",
             "",
             "The guild backed her call for people to pick up local papers, but said a much wider debate was needed on the future of the press and how it might be funded.",
             "",
             "Welcome as it is, state bodies buying a few copies would barely make a difference, the guild said. It would also help only printed titles and leave out online and broadcast newsrooms.",
             "",
             "The GIR said it would gladly meet Farrugia-Borg to talk through longer-term options that could keep the island's media afloat.",
             "",
             "What the sector needed, according to the guild, was a lasting and arm's-length funding arrangement.",
             "",
             "Without a serious discussion, it warned, the country's leaders could one day be left explaining why its newsrooms went dark one after another.",
         ]),
    _neg("b69-fraserlocal-news-coop-launch-neg",
         "Invented; modelled on PentictonNow (news co-op's fundraising report with a founders' club)", "en", [
             "A bid to bring local news back to Maple Ridge, Pitt Meadows, Mission and Harrison is close to going live.",
             "Launched by three reporters who lost their jobs when Coastline Media pulled out of four towns, the Keep Our News Local drive closed its first round of fundraising on Sept. 15.",
             "Co-founder Nadia Kowalczyk, who spent 18 years at the Valley Record, said the site is under construction, a logo has been picked, and the first stories should appear within a month.",
             "“We're almost there. We've started holding pitch meetings and planning coverage,” Kowalczyk said. “It finally feels like a real newsroom instead of a plan on paper.”",
             "The outlet's name is being kept secret for now, but the project, backed by a regional co-op development group and a journalists' union local, hopes to become the province's first reader-owned news co-op, covering about 200,000 people.",
             "The drive opened on July 1 and has brought in about $37,500 of a first $90,000 target. With the crowdfunding stage done, the co-op is moving to a more organized second round.",
             "Experienced fundraisers from the co-op development group will help widen the campaign, tap local associations and ask for bigger pledges.",
             "A “charter members circle” now recognizes people who give $750 or more, and a deal with a local credit union is close that would let people donate through a community fund.",
             "Kowalczyk said the $90,000 goal was always “a stretch,” not a “do-or-die” number, and that the organizers consider the first round a success.",
             "“It means a lot to see folks putting in $40 here, $75 there,” Kowalczyk said.",
         ]),
    _neg("b69-mediascope-hexagone-prix-edito-neg",
         "Invented; modelled on Ozap (report on a magazine cutting its price, quoting its editor)", "fr", [
             "Nouvelle formule pour l'hebdomadaire. Dès ce mercredi 9 octobre, les lecteurs trouveront en kiosque un \"Hexagone\" redessiné, sous la houlette de sa directrice Séverine Lambrecht. Le magazine change de look et, fait rare dans la presse actuelle, baisse son prix. En contrepartie, il maigrit nettement, passant de 96 à 64 pages. Sa directrice détaille ce choix dans un éditorial.",
             "\"'Hexagone' ne veut plus d'un système où les journaux vivent des annonceurs et augmentent leurs tarifs sans fin. Parce que les fins de mois sont difficiles pour beaucoup, et parce que nous voulons être lus par tous, notre prix descend à 3,20 euros (au lieu de 4,10 euros jusqu'ici, ndlr)\", écrit Séverine Lambrecht.",
             "Elle explique que l'équipe \"parie que les nouveaux formats en ligne - podcasts, vidéos, longues enquêtes - ne remplacent pas le papier mais le prolongent, avec un seul objectif : vivre de nos lecteurs\". \"Nous pensons qu'un journal indépendant, qui refuse de se ranger derrière les puissants, peut regagner la confiance du public\", ajoute-t-elle.",
             "\"Un journal qui dérange ? Bien sûr, car déranger, c'est déjà proposer autre chose, et parce que la République coiffée de son bonnet phrygien qui figure sur notre couverture nous rappelle d'où nous venons. La presse n'a pas vocation à entériner les choix qu'on présente comme inévitables (aujourd'hui comme en 2027), ni à se résigner au moins pire, mais à faire naître des idées nouvelles qui répondent enfin à ce que veulent les électeurs\", conclut Séverine Lambrecht.",
         ]),
]

BATCH69_DOCUMENTS = PROBE49_APPEALS + PROBE49_NEGATIVES
