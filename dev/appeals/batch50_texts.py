"""Fiftieth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

50 documents (31 appeal, 19 negative; EN, DE, FR, RU): our own paraphrases of every document of the
local-only real probe 1 (50 documents). Each keeps the real page's structure (an "Advertisement"
line above a reader-help box, a headline with a teaser and a byline line above a membership box, a
newsletter sign-up line at the very top or the very end of an article, a long donor plea repeated
twice with its sign-off lines, a member box glued to the first sentence of a column, a news-feed page
with a top member line and a subscribe box between timestamps, a Telegram channel header with a
support link, a newsletter note inside a long letter, an outlet's "we could talk about something
else" box with its donor counter and goal, a long line-by-line plea ending in a join button, an arrow
list ending a cooperative's box, two "thank you / join us" boxes of a pay-what-you-want paper, a
paywall plea with its price and login lines, a shareholders-and-donations letter above a local
story) and exactly what the real gold marks. Negatives keep what makes the real ones hard: reports
on other outlets' crowdfunding with sums and goals, a retiree giving money to a paper, a paper's own
report on its past fund drive, quoted pleas of other newsrooms, a charity appeal's totals, campaign
fundraising figures, a satire quoting a donation banner, a burglary after a crowdfunding campaign,
a tag page of grants and gifts, annual reports full of donations.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch50` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch50.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg

# A follow label left from the row of social buttons: the outlet's follow plug.
_FOLLOW_INSTAGRAM = "follow us on instagram"


# --- Appeal documents -----------------------------------------------------------------------------

_LEDGER_HELP = "\n".join([
    "Right now we need you",
    "",
    "Readers keep The Harbour Ledger running.",
    "",
    "You came here because we offer something worth having: straight, fair news that sticks to the facts. Ad income covers part of what we do, yet this year it fell short.",
    "",
    "If our stories have been useful to you, please give whatever you are able to, so that careful, honest reporting can keep coming. For every reader who relies on it.",
])

_QUERSCHNITT_BOX = "Querschnitt ist ein Onlinemagazin für Politik, Ökonomie, Wissenschaft und Alltag – bezahlt von der eigenen Leserschaft. Ganz ohne Anzeigen und frei von Konzernen. Werden Sie heute Abonnentin oder Mitglied!"

_BLUEMESA_NL = "Cut through the noise: Get the free Blue Mesa Morning email and keep up with stories that count."

_FRUEHPOST_NL = "Das war die FRÜHPOST, der Morgen-Newsletter der Redaktion von STADTBLATT. Hier kostenlos abonnieren:"

_PRAVDA_SEVERA = "- «Северной правде» нужна ваша поддержка! Власти лишили нас лицензий на все наши выпуски, закрыли доступ к сайту, распугали рекламодателей и душат штрафами. Но мы по-прежнему работаем внутри страны: ведем сайт, канал в телеграме, записываем видео и даже выпускаем небольшим тиражом бумажную «Северную правду». Чтобы не останавливаться, нам нужны Соавторы, которые помогают редакции деньгами. Это несложно и, что важнее всего, не опасно. Помочь «Северной»!"

_LEVANT_BOX = "Chez nous, tout se lit sans payer : l’information libre doit rester ouverte à chacune et chacun. Mais enquêter sérieusement et prendre parti coûte des heures et des euros, en particulier quand on ne veut servir ni les milliardaires ni leurs copains… On aimerait bien continuer ! Bonne nouvelle, la suite dépend de vous :"

_MERIDIAN_BOX = "From water rights to artificial intelligence to housing, The Meridian Post reports from where the news breaks. Whether we are tracing the money behind a senator's super PAC or filming our new series, 'Ground Truth', about farmers facing drought, we know it matters to separate what is true from what is spin. At a moment like this one, we need journalists out in the field."

_OPENWIRE_PLEA = "Our newsroom can only run if people like you decide to chip in. It's tempting to switch off when every day brings another crisis, but please don't—democracy depends on people who pay attention. When politics is this divided we need coverage that goes past the score-keeping, coverage that lets ordinary people describe in their own voices what power has done to them. If this work matters to you, please give today. Each dollar counts. Many thanks."

_OPENWIRE_BOX = "\n".join([
    _OPENWIRE_PLEA,
    "Open Wire Radio",
    "Dolores Fine",
    "It's tempting to switch off when every day brings another crisis, but please don't—democracy depends on people who pay attention. When politics is this divided we need coverage that goes past the score-keeping, coverage that lets ordinary people describe in their own voices what power has done to them. If this work matters to you, please give today. Each dollar counts. Many thanks.",
    "Open Wire Radio",
    "Dolores Fine",
    "Whether you tune in every morning or only once in a while, this is a good moment to set up a monthly gift.",
    "Do your part now.",
])

_EVENING_BRIEF = "You are reading The Evening Brief from The Westerly, an email that walks you through the day's main stories, points you to fresh thinking, and suggests the best in books, film and music. Subscribe to it here."

_COMMONGROUND_BOX = "\n".join([
    "GET OUR FREE DAILY EMAIL",
    "Independent news & bold commentary—paid for by readers, never by corporations—sent right to your inbox.",
    "3",
    "#111111",
    "#FEFEFE",
    "Prefer to give by cheque, by phone or another way? Visit our Other Ways to Donate page.",
    "Independent news & bold commentary—paid for by readers, never by corporations—sent right to your inbox.",
])

_DISPATCHBOX = "This is The Counterweight. For Ruth Hale's weekly letter, columns by Omar Velt, Priya Sandhu and Gregor Lyle, unlimited reading and tickets to members-only evenings, join as a member HERE."

_DNIPRO_TOP = "Become one of 8,000+ Dnipro Herald members Back our journalism"
_DNIPRO_NL = "\n".join([
    "Get the Morning Dnipro",
    "Main Headlines",
    "Straight to Your Inbox",
])

_ANGLEMORT_CAMPAIGN = "Notre campagne de dons de l’année démarre et nous avons besoin de vous pour la réussir. Premier cap à franchir : 12 000 euros. Cela représente à peu près un septième de nos dépenses annuelles et servira à payer des reportages inédits et des enquêtes de terrain, loin du flux des chaînes d’info. Un immense merci pour votre aide !"


PROBE1_APPEALS = [
    _doc("b50-harbourledger-top", "appeal", "top",
         "Invented; modelled on The Journal (thejournal.ie) (sports feature page, reader-help box under an ad label)", "en", [
             "Advertisement",
             "",
             _LEDGER_HELP,
             "",
             "# the back page",
             "",
             "Most read",
             "'Our skipper is 41, Dessie is nearly 38... nobody here is getting nervous'",
             "'I was always the joker in the dressing room, that's who I am, but you don't come here just for the wages'",
         ], appeals=[_LEDGER_HELP]),
    _doc("b50-querschnitt-mid", "appeal", "middle",
         "Invented; modelled on Republik (long read, membership box after the byline)", "de", [
             "Zehnmal Glück – und einmal gewinnt der Außenseiter",
             "",
             "Hat Sie das Ergebnis der letzten Wahl kalt erwischt? Umfragen und Zufall vertragen sich schlecht mit unserem Bauchgefühl. Zeit für ein Gespräch über Chancen.",
             "",
             "Von Lena Ammann (Text), Jonas Wirz (Grafik) und Petra Hug (Programmierung), 14.09.2021",
             "",
             _QUERSCHNITT_BOX,
             "",
             "Ein Würfelspiel auf dem Jahrmarkt, Sie kennen das: Man zahlt zwei Franken, wirft drei Würfel und hofft auf drei Sechsen. Fallen sie, gibt es den Plüschbären. Fallen sie nicht, ist der Einsatz weg und der Abend etwas ärmer.",
             "",
             "Dieser Würfel hat zehn Seiten. Nicht nur eine, sondern drei davon zeigen einen Stern. Der Würfel rollt über den Tisch, kippt noch einmal, bleibt liegen, und dann …",
         ], appeals=[_QUERSCHNITT_BOX]),
    _doc("b50-bluemesa-top", "appeal", "top",
         "Invented; modelled on Mother Jones (book essay, newsletter line at the top)", "en", [
             _BLUEMESA_NL,
             "",
             "On May 4, 2024, Bread Before Bombs, a film made by Corinne Atwater, opened on public television. It drew on the 2008 book Bread Before Bombs: The Cannery Women Who Took On the Governor, by Oberlin labor historian Miriam Castellano, which came out this spring in a longer new edition. It follows a band of low-paid cannery workers who in 1974 blocked the main highway into Fresno over cuts to child care and then started Project Harvest, among the most durable community programs of the period.",
             "",
             "I knew almost nothing about the women of the Valley Mothers' Council when we first sat down together in Fresno over tacos on a sweltering Fourth of July in 1996.",
         ], appeals=[_BLUEMESA_NL]),
    _doc("b50-stadtblatt-end", "appeal", "end",
         "Invented; modelled on Falter (morning newsletter, sign-up line at the end)", "de", [
             "Im Rathaus bleibt man hingegen erstaunlich ruhig. Am Donnerstag hat die Stadträtin für Verkehr die geplante Citymaut endgültig beerdigt. Was bedeutet das? Warum staut es sich trotzdem jeden Morgen? Wo bleiben die versprochenen Busspuren? Und wie viel würde eine Maut in einer Stadt dieser Größe überhaupt bringen? Wir gehen den wichtigsten Fragen nach.",
             "",
             "Ein entspanntes Wochenende und kommen Sie gut durch!",
             "",
             "Miriam Hollerer",
             "",
             "",
             _FRUEHPOST_NL,
         ], appeals=[_FRUEHPOST_NL]),
    _doc("b50-severpravda-top", "appeal", "top",
         "Invented; modelled on Novaya Gazeta (report, long donor plea after the intro line)", "ru", [
             "Этот материал 12 ноября вошел в «Неделю соавторов» на видеоканале «Север. Голос из регионов», который выпускает архангельская редакция «Северной правды».",
             _PRAVDA_SEVERA,
             "Жители деревень возле старого химического завода рассказывают, как в юности купались в цветной реке, и признаются, что до сих пор ездят по врачам.",
         ], appeals=[_PRAVDA_SEVERA]),
    _doc("b50-levant-top", "appeal", "top",
         "Invented; modelled on Le Poing (local news, plea box at the top)", "fr", [
             _LEVANT_BOX,
             "Ce samedi 14 février à Nîmes, un rassemblement de solidarité avec les paysans sans terre a été écourté après l’arrivée de la police, appelée à la suite d’une bousculade provoquée par un passant opposé aux manifestants. Personne n’a été blessé, mais l’épisode s’ajoute à une série de heurts visant, un peu partout en Europe, les rassemblements de soutien aux luttes paysannes.",
         ], appeals=[_LEVANT_BOX]),
    _doc("b50-meridianpost-mid", "appeal", "middle",
         "Invented; modelled on The Independent (news article, reporting-mission box between paragraphs)", "en", [
             "Although she holds a valid visa and three of her children were born in Ohio, her removal order has been on hold for most of the decade. Federal agents revived the case after she was detained over a traffic fine that a judge threw out within a week.",
             "",
             _MERIDIAN_BOX,
             "",
             "Her detention is now one of the longest ever for a photographer held in connection with covering a protest in the country.",
         ], appeals=[_MERIDIAN_BOX]),
    _doc("b50-openwire-top", "appeal", "top",
         "Invented; modelled on Democracy Now! (topic page, donor plea shown twice with sign-off lines)", "en", [
             _OPENWIRE_BOX,
             "See, read and hear Open Wire Radio's coverage of Portugal, still hurting years after the debt crisis. Evictions from rented flats are everywhere, pushing families onto the street while landlords convert buildings into holiday lets, and tenants' unions say several people have taken their own lives. Amid this, we have followed the neighbourhood movement known as 'the Stayers', the Ones Who Won't Leave, out of which a new party called 'Casa Comum' has grown. Watch our conversation with its leader, Inês Valadares, a geography lecturer and organiser who could end up in government if her housing-first coalition does well in the vote next spring.",
         ], appeals=[_OPENWIRE_BOX]),
    _doc("b50-westerly-top", "appeal", "top",
         "Invented; modelled on The Atlantic (daily newsletter, sign-up note after the headline)", "en", [
             "What Makes This Whooping Cough Wave Unusual",
             "",
             _EVENING_BRIEF,
             "",
             "Whooping cough was once thought to be close to beaten in much of the country. Now health officials are worried: a wave of pertussis has sickened more than 900 people in Oregon and Idaho since the autumn. An infant too young to be vaccinated died last month in Boise—the first such death in the state in nearly fifteen years. I talked with my colleague Daniel Osei, who writes about medicine and public health, about why booster shots for adults matter so much, and what a return of this illness could mean for new parents.",
             "",
             "",
             "Hannah Reyes: Why does pertussis depend so heavily on vaccination to keep it in check?",
             "",
             "Daniel Osei: It spreads extraordinarily well from person to person. In a household where nobody is protected, a single sick person can pass it to almost everyone else under the roof. And immunity from the shots fades with time. For most adults it's a nasty cough that drags on for weeks, but for babies it can stop their breathing, lead to pneumonia or brain damage, and kill.",
         ], appeals=[_EVENING_BRIEF]),
    _doc("b50-commonground-top", "appeal", "top",
         "Invented; modelled on Common Dreams (opinion column, newsletter box with stray widget lines)", "en", [
             _COMMONGROUND_BOX,
             "Every morning I leave my house in Milwaukee and breathe air that is cleaner because of laws passed long before I was born. I walk on a path that my neighbors' taxes paid for, and I slow down to admire the tomato plants someone has set along the curb. Maples planted by strangers who never lived to see them grown keep the sun off my head.",
             "Every morning I leave my house in Milwaukee and breathe air that is cleaner because of laws passed long before I was born. I walk on a path that my neighbors' taxes paid for, and I slow down to admire the tomato plants someone has set along the curb. Maples planted by strangers who never lived to see them grown keep the sun off my head. A community radio station plays in my earbuds, carried on frequencies that belong to the public, while I circle the river walk, saved from condos a century ago by stubborn townspeople.",
             "The river walk, like everything else I have described, is shared ground that all of us have to look after.",
             "Often I stop by the branch library, where the world's books, films, data and music wait for me at no charge--and for whoever else walks in. My job means I am always learning something new. The web is my most useful tool. Both the library and the web belong to everyone as well.",
         ], appeals=[_COMMONGROUND_BOX]),
    _doc("b50-counterweight-top", "appeal", "top",
         "Invented; modelled on Reaction (comment piece on another outlet's fundraiser, member line at the top)", "en", [
             _DISPATCHBOX + " ",
             "",
             "When the owner of Georgia's biggest English-language daily, a shipping magnate named Levan Abashidze, shut the paper down last spring after a row with his editors, the reporters refused to go quietly and built a news site of their own. Today that site, the Tbilisi Ledger, has become essential reading on the unrest in the country and is leading the push against invented stories.",
             "",
             "The Tbilisi Ledger, set up in April by editor Nino Kapanadze and two dozen former staff of the old daily, has kept working from the capital even as many families head for the countryside.",
             "",
             "It is among the few truly independent newsrooms still reporting on the spot, telling Georgians – and everybody else – what is going on, from street clashes to coordinated smear campaigns.",
             "",
             "Reporters in this country can forget how lucky they are compared with colleagues elsewhere, who cannot question the powerful without fear. We salute the people doing this work in Tbilisi.",
             "",
             "A crowdfunding page has been launched to help the Tbilisi Ledger survive.",
         ], appeals=[_DISPATCHBOX]),
    _doc("b50-dniproherald-top", "appeal", "top",
         "Invented; modelled on The Kyiv Independent (news feed and editorial, member line and newsletter box at the top)", "en", [
             _DNIPRO_TOP,
             "Skip to content",
             "",
             "Live Updates",
             "",
             "Thursday, April 13",
             _DNIPRO_NL,
             "9:41 PM",
             "Portugal votes to mark 1932 famine as genocide. The foreign minister thanked Lisbon on April 12 after the Portuguese parliament adopted a motion on the famine. Of the deputies present, 191 backed the text and three opposed it.",
             "6:02 PM",
             "Drones strike Sumy Oblast, wounding 2. Russian troops sent a group of attack drones toward the town of Okhtyrka on April 12, regional police reported. Two women, aged 58 and 64, were hurt and taken to hospital with shrapnel wounds.",
             "11:30 AM",
             "General Staff: Russian attacks near Zaporizhzhia ease. Russian offensive activity around Zaporizhzhia has fallen because its units have run short of fuel depots and struggle to bring up shells, a spokesperson for the Tavria command told a television marathon on April 12.",
             "",
             _FOLLOW_INSTAGRAM,
             "",
             "Edit post",
             "",
             "Editorial: Our first twelve months",
             "",
             "by The Dnipro Herald December 2, 2023 10:05 AM 4 min read",
             "The Dnipro Herald's first office.",
             "",
             "A year ago today, on Dec. 2, 2022, we agreed to start the Dnipro Herald.",
             "",
             "The 'we' was about two dozen reporters let go by the Dnipro Evening Post, back then the region's best-known daily. Its owner sacked the entire staff for refusing to soften its coverage and for staying awkwardly hard on the people who ran the city – in other words, for doing the job properly.",
             "",
             "Not the easiest beginning, you might say.",
         ], appeals=[_FOLLOW_INSTAGRAM, _DNIPRO_TOP, _DNIPRO_NL]),
    _doc("b50-angleamort-top", "appeal", "top",
         "Invented; modelled on Grand Format (podcast page, annual campaign plea at the top)", "fr", [
             _ANGLEMORT_CAMPAIGN,
             "Lors des Rencontres des médias libres, des collégiens de Dinan ont questionné des reporters poursuivis ou menacés à cause de leurs articles. 7 épisodes audio pour saisir pourquoi informer ressemble désormais à un combat.",
         ], appeals=[_ANGLEMORT_CAMPAIGN]),
]

_POLKA_NOTE = "Материал подготовила команда «Полки» — это медиа в почтовом ящике от авторов «Маяка». Оформите подписку тут, и письма будут приходить вам дважды в неделю. Каждое письмо — самостоятельный текст, написанный только для «Полки». Почти все, что делает редакция, доступно лишь подписчикам. Но отдельные тексты выкладывает на своем сайте и «Маяк» (как вот этот)."

_BLUEMESA_DRIVE = "\n".join([
    "FEWER WORRIES, MORE WORK",
    "",
    "This is the moment of truth: the opening week of our first fundraising push since we joined forces with the Gulf Coast Investigative Desk to carry hard-hitting reporting onto podcasts, video, print and every other place where people need a remedy for spin and falsehood.",
    "",
    "Gifts have been trickling in slowly, and we think that explaining calmly why your money truly is what keeps our reporting alive could change that. Read more in “Fewer Worries, More Work,” or watch this 3:05 clip about our merger (which just picked up a prize), and please give if you can today.",
    "",
    "payment methods",
])

_LECTERN_SIGNUP = "Subscribe to The Lectern"

_NEVA_SUPPORT = "Support The Neva Courier!"

_TERRAVIVE_BOX = "\n".join([
    "On aurait aimé vous parler d’autre chose que de climat",
    "Mais l’urgence de la situation ne nous laisse pas le choix.",
    "Terravive, journal sans but lucratif, publie tous les jours des enquêtes sur l’environnement, gratuites et sans publicité.",
    "Il ne tient que grâce aux dons de lectrices et lecteurs comme vous.",
    "Aidez Terravive, même avec 2€. C’est l’affaire de deux minutes. Merci.",
    "1 personnes aident déjà Terravive",
    "Objectif : 12 000 donateurs d’ici le 31 décembre 2024",
])

_TERRAVIVE_LONG = "\n\n".join([
    "« Jamais chez nous », croyait-on.",
    "Que les idées de l’extrême droite deviennent banales sur tous les plateaux.",
    "Que des reporters soient suivis, mis sur écoute, intimidés.",
    "Que le mot « information » finisse par vouloir dire « communication ».",
    "Pourtant…",
    "En France, des chroniques et des documentaires sur le climat sont retirés de l’antenne.",
    "En France, l’extrême droite s’installe dans les studios et trie ses intervieweurs.",
    "En France, l’extrême droite se prépare à gouverner.",
    "Chez Terravive, nous savons qu’une démocratie ne survit pas sans presse indépendante, sans regard critique sur ceux qui détiennent le pouvoir, qu’il soit politique ou financier. Et nous restons convaincus que l’environnement est la grande affaire de ce siècle.",
    "Voilà pourquoi, depuis neuf ans, nos articles sont ouverts à toutes et tous, sans aucune publicité.",
    "Nous sommes un journal sans but lucratif, sans actionnaires et sans patron milliardaire.",
    "Nous pouvons donc enquêter sans entrave : personne ne retouche ce que vous lisez.",
    "Mais tout cela a un prix.",
    "Celui des salaires de nos 31 employés, dont 22 reporters.",
    "Celui des enquêtes sur le terrain, aux côtés des combats écologiques.",
    "Celui des lettres d’information expédiées par centaines de milliers chaque semaine.",
    "À ce jour, à peine 1,1% de nos 1,6 million de lecteurs par mois soutiennent Terravive.\n1,1% de notre lectorat finance plus de 97% de notre budget.",
    "Ce soutien garantit un journalisme rigoureux et libre, qui fait progresser l’écologie comme la démocratie.",
    "Peu importe ce que vous pouvez donner, c’est pour vous que nous travaillons, pour un avenir plus vivable.",
    "En deux minutes à peine, et à partir d’un euro, vous pouvez peser chaque mois pour une presse libre, pour la démocratie et pour la planète.",
    "Je rejoins les 1,1%",
])

_LUPE_NL = "\n".join([
    "LUPE Abendpost",
    "",
    "Eigene Recherchen, kluge Hintergründe und frische Denkanstöße.",
    "Montag bis Freitag um 18 Uhr, dazu eine Ausgabe am Sonntag.",
])

_GENOSSEN_BOX = "\n".join([
    "Die »Linkszeitung« bleibt. Weil es Sie gibt.",
    "",
    "Die Linkszeitung eG ist im Besitz ihrer Leserinnen, Leser und Mitarbeitenden. Als Genossenschaft sichern wir, dass uns niemand in die Redaktion hineinregiert, und wir möchten unsere Artikel für alle offen halten – auch für Menschen, die selbst nichts dazugeben können.",
    "",
    "Eine strenge Bezahlschranke gibt es bei uns bewusst nicht. Das bedeutet allerdings, dass wir alle, die etwas übrig haben, immer wieder bitten müssen, linken Journalismus mitzutragen. Das ist anstrengend, für die Lesenden ebenso wie für unsere Schreibenden, die das manchmal satt haben.",
    "",
    "Trotzdem: Gemeinsam halten wir linke Stimmen am Leben!",
    "",
    "Dank Ihrer Hilfe können wir auch künftig:",
    "",
    "",
    "→ Unabhängig und kritisch berichten.",
    "→ Themen aufgreifen, die sonst niemand sieht.",
    "→ Leisen und ausgegrenzten Stimmen einen Raum bieten.",
])

_RUELLE_BOX = "\n".join([
    "Avant de replonger dans nos archives, on voulait vous rappeler à quel point on tient à une info d’utilité publique, ouverte au plus grand nombre. Voilà pourquoi nos enquêtes et nos vidéos sont toutes gratuites et en libre accès. Sauf qu’on ne va pas se raconter d’histoires : nos comptes sont dans le rouge. Pour tenir, il nous faut votre aide. Elle protège notre indépendance, et plus simplement notre existence. Chaque euro pèse.",
    "",
    "    > Pour aider La Ruelle, c’est par ici.",
])

_STUZHA_LINK = "Поддержать нас: https://stuzha.example/help"

_CALANQUE_LETTER = "\n".join([
    "Vous l’avez peut-être vu, l’en-tête de notre site a été changé cette semaine. On y voit désormais une mouette qui plane et qui vous propose de soutenir Calanque Info. Beaucoup d’entre vous sont déjà abonnés et nous les en remercions chaleureusement. Pour les autres, il n’est pas trop tard pour nous rejoindre en suivant ce lien.",
    "Aujourd’hui nous vous proposons de faire un pas de plus en devenant associé de notre aventure, à travers le Cercle des Lecteurs de Calanque Info. À partir de 400 euros, vous pouvez entrer au capital de cette structure. Vous aidez ainsi notre entreprise de presse solidaire à grandir et vous avez votre mot à dire sur son développement et ses grandes orientations. Et ce n’est pas rien : une part de votre apport peut être déduite de vos impôts. Pour en savoir plus, suivez ce lien.",
    "Vous pouvez aussi plus simplement faire un don du montant de votre choix à notre journal grâce à la plateforme partagée par plusieurs médias indépendants, Presse Commune. Là aussi, une réduction d’impôt (de 66 % cette fois) est possible. C’est par ici.",
    "Maintenant que ses fondations sont solides, Calanque Info veut prendre son envol. Votre aide financière garantit la durée de ce journal. Elle protège notre liberté face aux marchands d’armes ou de béton. Et elle permet à une voix différente de se faire entendre dans le Var. Nous comptons sur vous !",
])

_MAYAK_EU = "\n".join([
    "Делайте «Маяк» вместе с нами!",
    "В стране действует военная цензура. Свободная журналистика запрещена. В таких условиях вести расследования изнутри России и про Россию не только тяжелее, но и рискованнее. И все же мы не останавливаемся, ведь наши читатели остаются людьми свободными. «Маяк» отвечает только перед вами и держится только на вас.",
])

_PRAIRIE_GOAL = "\n".join([
    "Back reporting that helps you find your way through the housing crisis",
    "",
    "Target: $80k",
])

_GREENLEAF_SUPPORT = "Help Support GreenLeaf Daily"

_TAGESZAHL_THANKS = "\n".join([
    "32.000 mal Dankeschön!",
    "32.000 Menschen machen bei »Tagesblatt freiwillig« mit – weil freier, kritischer Journalismus gerade jetzt nötig ist. Weil es das Tagesblatt braucht. Dafür sagen wir von Herzen danke! Ihr Beitrag sorgt dafür, dass tagesblatt.example für alle ohne Schranke lesbar bleibt. Für uns ist Journalismus kein bloßes Produkt, sondern ein Gemeingut. Was uns ausmacht? Sie, unsere Leserinnen und Leser. Sie wissen: Niemand muss zahlen, doch gute Recherche kostet Geld. Und es werden immer mehr",
])

_TAGESZAHL_COALITION = "\n".join([
    "Ein Bündnis mit Wirkung: tagesblatt.example und seine Leser:innen",
    "",
    "Unsere Gemeinschaft hält die Seite für alle offen. Das hebt uns von vielen Nachrichtenportalen ab. Für uns ist Journalismus nicht nur eine Ware, sondern ein Gut, das allen gehört. Unsere Texte sollen so viele Menschen wie möglich erreichen. Mit unseren Berichten tun wir, was wir am besten können: sorgfältigen, engagierten Journalismus. Sämtliche Dossiers, Reportagen und Analysen bieten wir frei an, ohne Bezahlschranke. Gerade in diesen Zeiten müssen Hintergründe für alle erreichbar sein. Was uns außerdem ausmacht: unsere Leser:innen. Niemand muss zahlen, aber viele wissen, dass guter Journalismus Arbeit und Geld kostet. Dafür danken wir sehr. Damit es auch künftig weitergeht, brauchen wir noch mehr Unterstützung. Unser nächstes Ziel: 40.000 – und mit Ihnen schaffen wir das. Es wäre ein starkes Signal für das Tagesblatt und für unabhängigen Journalismus. Schon ab 5,- Euro machen Sie mit! Jetzt mitmachen",
])

_RHEINFUENF_WALL = "\n".join([
    "Wir wissen: Genau hier den Text abzuschneiden, ist ein bisschen fies.",
    "",
    "Weil wir ohne Werbung und ohne Geldgeber im Hintergrund arbeiten, können wir unsere Texte nicht verschenken. Darum möchten wir Sie hier bitten, uns zu unterstützen und ein Abo abzuschließen oder diesen einen Text zu kaufen. Bezahlen können Sie per Paypal, Lastschrift oder Kreditkarte.",
    "",
    "Probe-Abo: 3 Monate für 1 Euro",
    "",
    "Nur diesen Artikel kaufen",
    "",
    "Schon Abonnentin, Abonnent oder Unterstützerin?",
    "",
    "Zum Login",
])

_MERIDIAN_GLUED = "\n".join([
    "Your backing lets us report the story",
    "From water rights to artificial intelligence to housing, The Meridian Post reports from where the news breaks. Whether we are tracing the money behind a senator's super PAC or filming our new series, 'Ground Truth', about farmers facing drought, we know it matters to separate what is true from what is spin.",
    "At a moment like this one, we need journalists out in the field. Your gift lets us keep sending reporters to hear every side.",
    "The Meridian Post is read by people of every political stripe. And unlike plenty of serious news sites, we don't hide our journalism behind a paywall. We think good reporting belongs to everybody, funded by those who are able to pay.",
    "Your backing changes everything.",
])


PROBE1_APPEALS += [
    _doc("b50-polka-mid", "appeal", "middle",
         "Invented; modelled on Meduza (Kit newsletter) (letters feature, newsletter note after the lead)", "ru", [
             "1 марта исполнится два года с того дня, как вода ушла из Каховского водохранилища и половина области осталась без полива. Рассылка «Полка» попросила фермеров с юга написать письма горожанам — о том, как за это время поменялась их работа, что их пугает и что они хотели бы объяснить тем, кто живет далеко от степи. И нашлись люди, которые ответили — хотя, казалось бы, им давно не до разговоров. Прочитайте эти письма и перешлите родным — особенно тем, кто считает, что все уже наладилось. А в конце текста есть ссылки, где можно помочь фермерским семьям — чтобы сочувствие превратилось в дело.",
             _POLKA_NOTE,
             "«Сад, который сажал дед, засох за одно лето»",
             "Микола, 61 год, Херсонская область, садовод",
         ], appeals=[_POLKA_NOTE]),
    _doc("b50-bluemesa-column-end", "appeal", "end",
         "Invented; modelled on Mother Jones (blog column, newsletter line at the top and drive box at the end)", "en", [
             "More From the Pulpit Bulletin",
             "",
             _BLUEMESA_NL,
             "",
             "",
             "Suppose you run a big Sunday magazine and need someone to write about the Middle East. Naturally you call Douglas Pryor. He is, after all, the man who promised a month before the invasion that 'the troops will be home by Christmas with flowers at their feet.'",
             "",
             "Or suppose you edit a national business page and want a long essay on the coming housing crash. Naturally you call Lionel Fisk. He is, after all, the author of Never Sell: Why Home Prices Can Only Go Up.",
             "",
             "I find the big papers make far more sense once you picture them as parish bulletins for an odd little faith. Naturally the parish picks writers who already believe the creed.",
             "",
             _BLUEMESA_DRIVE,
         ], appeals=[_BLUEMESA_NL, _BLUEMESA_DRIVE]),
    _doc("b50-lectern-mid", "appeal", "middle",
         "Invented; modelled on The Conversation (via Daily Bulletin) (editor's letter, sign-up line between paragraphs)", "en", [
             "Over the past year more than 15,000 people have joined this mailing list, so a good number of you are fairly new to The Lectern. I hope you've liked the research-based articles our academic authors write. But perhaps our way of working is less familiar, so let me spend a moment on it.",
             "",
             "The Lectern started in Ireland in 2014 – thanks to a stubborn former radio producer, Fiona Keogh, and her co-founder Declan Rooney – and it rests on fixing what an economist would call a gap in the market. Most of what we learn comes from media that hand the microphone to lobbyists and confident loudmouths with little real knowledge. Meanwhile, universities are full of well-trained specialists we almost never hear from.",
             "",
             _LECTERN_SIGNUP,
             "",
             "This imbalance has plenty of causes. News outlets reward volume and quick conflict, and they are easy marks for rumour and public relations. Getting airtime takes a knack for talking that many researchers were never taught. Too often the market rewards confidence and a tough hide rather than deep understanding.",
             "",
             "But reliable facts matter to a democracy the way safe food matters to health. If we want to choose well on the big questions of our time we need good evidence and fresh studies in front of us. Best of all, we'd have a specialist nearby who can put complicated things into everyday language.",
         ], appeals=[_LECTERN_SIGNUP]),
    _doc("b50-nevacourier-top", "appeal", "top",
         "Invented; modelled on The Moscow Times (podcast page, one-line support link at the top)", "en", [
             _NEVA_SUPPORT,
             "",
             "Why Don't Russians Talk About Plastic Waste?",
             "",
             "Russia produces mountains of packaging and has only a handful of working recycling plants, and landfills near several cities are already overflowing. Yet while rubbish is a hot political topic across much of Europe, in Russia it barely appears on television, in parliament or in schools.",
             "",
             "In this episode, we set out to learn how ordinary Russians think about waste and why so many shrug it off. Zero-waste blogger Darya Lunina and environmental engineer Pavel Grekov talk it through with us.",
             "",
             "To learn more about landfill protests across the country, see our earlier explainer.",
         ], appeals=[_NEVA_SUPPORT]),
    _doc("b50-terravive-top", "appeal", "top",
         "Invented; modelled on Reporterre (news report, donor box with counter and goal at the top)", "fr", [
             _TERRAVIVE_BOX,
             "Samedi 3 juin au matin, dans 22 communes de France, des dizaines d’épouvantails en paille, baptisés les « pailleux en colère », ont été plantés devant les mairies. Les habitants se sont demandé ce qu’ils faisaient là, tout comme les internautes qui partageaient le mot-clé #pailleux. Il a fallu attendre le soir pour comprendre : cette mise en scène, lancée par le réseau paysan Terre Commune, annonçait le Grand Printemps des Semences, un appel ouvert à tous les habitants. Comme l’explique son porte-parole, Hugo Delmas, « on ne pouvait plus attendre que les ministères bougent pour changer notre façon de cultiver ». Les épouvantails sont ainsi devenus l’emblème d’une envie de bâtir d’autres modèles agricoles. Car si les fermes collectives se multiplient et grandissent, elles restent encore bien trop rares pour peser vraiment.",
         ], appeals=[_TERRAVIVE_BOX]),
    _doc("b50-terravive-mirror-end", "appeal", "end",
         "Invented; modelled on Reporterre (scraped mirror monde25.info) (mirrored headline followed by the long donor plea)", "fr", [
             "Le frelon à pattes jaunes, une « menace grave » pour les ruches et les vergers",
             "",
             "",
             "",
             _TERRAVIVE_LONG,
         ], appeals=[_TERRAVIVE_LONG]),
    _doc("b50-lupe-top", "appeal", "top",
         "Invented; modelled on CORRECTIV (section page, newsletter teaser at the top)", "de", [
             _LUPE_NL,
             "",
             "Recherchen",
             "",
             "Hochschulgeld aus Golfstaaten",
             "",
             "Die Luxus-Dozenten aus Münster",
             "",
             "Jachten, Oldtimer, Ferienvillen: Beschäftigte einer Fachhochschule in Münster berichten von einem Netz aus Gefälligkeiten. Viel Geld kommt aus Katar.",
             "",
             "Inklusion",
             "",
             "Leise Hürden: ADHS bei Erwachsenen",
             "",
             "ADHS wird bei Erwachsenen oft übersehen: Wie sich das im Berufsalltag auswirkt und warum Termine bei Fachärzten so knapp sind.",
         ], appeals=[_LUPE_NL]),
    _doc("b50-linkszeitung-end", "appeal", "end",
         "Invented; modelled on nd (neues deutschland) (gloss column, cooperative box with arrow list at the end)", "de", [
             "Ganz unten rechts",
             "",
             "  • Lesezeit: 1 Min.",
             "Die große Stunde des Fernsehens kommt immer dann, wenn es uns zeigt, was es wirklich kann: seinen Scharfsinn, seine Unabhängigkeit, seine Sprachkunst, seinen Einfallsreichtum, seine Gedankenfülle, seine Sorgfalt im Kleinen, seine Hartnäckigkeit, seinen Abstand zur gerade regierenden Koalition, seinen Mut zu scharfer, gnadenloser Kritik. Glänzende Belege dafür gibt es jeden Abend. Eine Talkshow wollte etwa am Sonntag von mehreren Hauptstadtkorrespondenten wissen, ob die neue »Ministerin für Digitales, Verkehr und Zukunft« eine »durchsetzungsstarke Ministerin« sein wird. Gesendet wurde unter anderem die folgende Einschätzung eines Kollegen vom »Wochenkurier«: »Das wird man sehen. Jedenfalls hat sie ein wichtiges Ressort.« Wir sollten täglich dankbar sein für so scharfsinnige Beobachter. Wie ahnungslos wären wir ohne sie! rkl",
             "",
             _GENOSSEN_BOX,
         ], appeals=[_GENOSSEN_BOX]),
    _doc("b50-laruelle-mid", "appeal", "middle",
         "Invented; modelled on StreetPress (summer best-of page, indented plea with a click line in the middle)", "fr", [
             "Cet été, redécouvrez le meilleur de La Ruelle",
             "",
             "    Par Sofiane Berrada",
             "",
             "    Retrouvez nos articles préférés de l’année. Au programme, un documentaire sur un club de boxe de quartier, un feuilleton sur Saint-Étienne, les meilleures plumes du slam en entretien et des enquêtes à la pelle. On se retrouve fin août.",
             "",
             "    C’est sans doute la plus belle conquête sociale du siècle dernier : les vacances payées. Comme tous les étés, l’équipe souffle un peu. L’occasion de découvrir – ou redécouvrir ! – nos meilleurs papiers, en attendant les nouveaux à la rentrée. Au sommaire de ce best-of : des forains en grève, un préfet (pas n’importe lequel) fan de chasse à courre, un rappeur en audience au tribunal…",
             "",
             "    " + _RUELLE_BOX,
             "",
             "    La grève des livreurs, c’était notre grand sujet de l’année. Des scooters en cortège sur le périphérique, des coursiers qui bloquent un siège social avec leurs vélos… Là, on l’avoue, on ne l’avait pas vu arriver. Au début, il s’agissait juste de contester une baisse des tarifs, puis les revendications se sont élargies. Tout le monde réclame de quoi vivre correctement. Quelque chose bouge. Et on veut le raconter à notre manière. Pas de papier sur les sondages, mais du terrain et de l’enquête.",
         ], appeals=[_RUELLE_BOX]),
    _doc("b50-stuzha-top", "appeal", "top",
         "Invented; modelled on Holod (Telegram channel page) (channel header with a support link)", "ru", [
             "«Стужа» — независимое медиа о России, которое работает с весны 2020 года.",
             "",
             "Почта редакции: mail@stuzha.example",
             "",
             "Бот для обратной связи: @StuzhaWriteBot",
             "",
             "Сотрудничество и реклама: partners@stuzha.example",
             "",
             _STUZHA_LINK,
             "Get the Telegram app",
             "Your browser cannot play this media",
             "OPEN IN TELEGRAM",
             "Полиция Армении отпустила всех задержанных на акциях 2 и 3 апреля, кого обвиняли в административных нарушениях",
             "",
             "Проверка по уголовным делам о нападениях на сотрудников полиции при этом не закончена.",
             "",
             "2 и 3 апреля в Ереване проходили многотысячные шествия против нового закона о СМИ. По подсчетам организаторов, на улицы вышли около двадцати тысяч человек.",
             "",
             "Всего полиция задержала 96 человек.",
             "",
             "Правительство объявило, что законопроект отправлен на доработку. Несмотря на это, вечером люди снова пришли к зданию парламента.",
         ], appeals=[_STUZHA_LINK]),
    _doc("b50-calanque-top", "appeal", "top",
         "Invented; modelled on Marsactu (newsletter mirror) (shareholder and donation letter above a local story)", "fr", [
             _CALANQUE_LETTER,
             "En larges lettres vertes, « quartier durable » s’affiche sur le bungalow commercial des Jardins de la Palud. Josiane Ferrat, Karim Bensalah et Lucien Morel prennent la pose devant, un sourire en coin. « De durable, il n’a que l’étiquette ! » lancent ces riverains, qui ont monté une association pour pointer les défauts de ce vaste chantier immobilier.",
         ], appeals=[_CALANQUE_LETTER]),
    _doc("b50-mayak-eu-end", "appeal", "end",
         "Invented; modelled on Novaya Gazeta Europe (weekly video digest, plea at the end)", "ru", [
             "В четверг в Казани сотрудники в штатском задержали, а после шума в соцсетях отпустили блогера Тимура Галиева. Теперь возбуждены дела и против задержавших, и против самого блогера. Кого из них скорее посадят? Полиция провела обыски в офисе лояльного властям портала «Вести-Регион». Одного из его сотрудников задержали по делу о мошенничестве. Зачем власти взялись даже за дружественные им СМИ? На этой неделе поссорились два главных техномиллиардера планеты. Теперь они обмениваются колкостями в интернете. Что из этого следует? Каждое воскресенье Алексей Зорин, шеф-редактор «Маяка», разбирает главные события недели в России и за ее пределами.",
             _MAYAK_EU,
         ], appeals=[_MAYAK_EU]),
    _doc("b50-prairiewire-top", "appeal", "top",
         "Invented; modelled on Canada's National Observer (withdrawn-article page, goal box at the top)", "en", [
             _PRAIRIE_GOAL,
             "",
             "Our apologies. This story has been taken down. We ran it before learning that the agency asks for permission in writing before its photos can be reused. Prairie Wire is sorry for the mistake and thinks the agency's coverage of refugee camps is among the most valuable anywhere.",
         ], appeals=[_PRAIRIE_GOAL]),
    _doc("b50-greenleaf-top", "appeal", "top",
         "Invented; modelled on EcoWatch (opinion page, one-line support link below the tagline)", "en", [
             "Green Living and Climate News for Everyone",
             "",
             _GREENLEAF_SUPPORT,
             "",
             "An Ocean Defense Playbook for 2019",
             "",
             "Oceans",
             "Marta Ilves / BlueTide.org",
             "",
             "By Ravi Kessler",
             "",
             "Let's spend a minute on how the ocean movement plans to push back in 2019.",
             "",
             "First, though, a quick notice.",
             "",
             "On Feb. 12, organizers including Senator Rosa Delgado, BlueTide co-founder Ellen Strand, Pastor Marcus Webb of the Coastal Justice Network, Aiyana Brooks of the Tribal Fisheries Alliance, and others, will meet for an evening called 'Nets Down: Defend the Deep,' to set out the movement's priorities for the year.",
             "",
             "",
             "If you live near Seattle, come along in person (tickets here). Otherwise, you can throw or attend a watch party and stream it with other volunteers nearby. Over 80 watch parties have already signed up across the country. You won't want to miss this one.",
             "",
             "Right. Now on to the real work of pushing back.",
         ], appeals=[_GREENLEAF_SUPPORT]),
    _doc("b50-tagesblatt-kiez-end", "appeal", "end",
         "Invented; modelled on taz (neighbourhood gloss, thank-you box at the end)", "de", [
             "Wenn in Ottensen niemand mehr der Polizei im Weg steht",
             "An der Ecke Bahrenfelder/Nöltingstraße ist Ottensen ganz bei sich: Auffallend gut aussehende Leute in sorgfältig zerknitterten Hemden bestellen Hafermilch-Flat-White „with a conscience“ (so steht es an der Tafel) und schauen hinter runden Sonnenbrillen auf die frisch gestrichenen Altbauten. Ein einziges Bühnenbild, furchtbar anstrengend und natürlich höchst unterhaltsam. Meine Kolleginnen und ich kehren hier immer nach dem Elbuferlauf ein, weil der Kaffee tatsächlich gut ist und es auf dem Heimweg liegt.",
             "Wir sitzen also da und versuchen, unseren Flat White mit angemessener Gelassenheit zu trinken, da plötzlich Rufe aus der schmalen Passage, die auf den Platz führt. Ein paar Mädchen, höchstens 13, rennen vorbei. Hinter ihnen drei Polizistinnen, auch im Laufschritt. Ein Werbedreh, denken wir, das hier ist ja Ottensen, bis wir merken: Das ist ernst! Die Gäste an den Tischen zeigen den Beamtinnen bereitwillig, in welchen Hauseingang die Mädchen geflüchtet sind. Nur eine ältere Dame murmelt: „Früher hätte man denen hier den Weg versperrt.“ Alles eine Frage der Haltung eben. Jana Wollmer",
             "Hamburg-Ottensen",
             "36.412 Einwohner:innen,",
             "ein beliebter Stadtteil im Westen der Hansestadt (im Bezirk Altona) mit unzähligen Cafés, Zugezogenen, Kinderwagen und gelegentlich sogar ein paar Alteingesessenen.",
             _TAGESZAHL_THANKS,
         ], appeals=[_TAGESZAHL_THANKS]),
    _doc("b50-tagesblatt-gloss-end", "appeal", "end",
         "Invented; modelled on taz (second box variant) (regional gloss, coalition box with button at the end)", "de", [
             "nordlichtGemütlich",
             "",
             "Sie ist oft schwer verdaulich, die Textproduktion der hiesigen Polizeipressestellen: Bevor ein kleines Zeitungseck sich's versieht, hat es schon nachgetreten gegen längst – gelegentlich sogar buchstäblich – am Boden liegende „Ladendiebe“ oder andere Ziele amtlichen Spotts. So wie gegen jene Frau, der man nun in Cuxhaven auf die selbst gestreute Fährte kam: Von den vermutlich aus besten Gründen aus einem Supermarkt mitgenommenen Waren hatte die 42-Jährige unterwegs mehrere Käsepackungen verloren, die die Beamten dann zu ihrem Unterschlupf führten. So gern das nordlicht der Meldung wenigstens eine zufriedene – weil gut genährte – Möwe entnommen hätte: Übrig bleibt eine Polizei, die selbst ihre ureigene Suche am liebsten von anderen erledigen lässt.",
             "",
             _TAGESZAHL_COALITION,
         ], appeals=[_TAGESZAHL_COALITION]),
    _doc("b50-rheinfuenf-end", "appeal", "end",
         "Invented; modelled on VierNull (Düsseldorf local) (local report with photo credit, paywall plea with price and login lines)", "de", [
             "Sicherheit am Rheinufer? Klar, aber nur bis 21 Uhr",
             "",
             "Ein neues Konzept von Ordnungsamt und Polizei zeigt kaum Wirkung. Die gemeinsame Anlaufstelle an der Promenade wird zum Witz, weil sie schließt, bevor die heiklen Stunden beginnen.",
             "",
             "Veröffentlicht am 3. Juli 2023",
             "Gemeinsame Wache von Polizei und Ordnungsdienst",
             "Nachts, wenn es am Rheinufer wirklich ungemütlich wird, hat diese Anlaufstelle von Ordnungsdienst und Polizei längst geschlossen für alle, die vielleicht Hilfe brauchen. Foto: Katrin Oberholz",
             "",
             "Obwohl es in den vergangenen drei Wochen erneut zu zwei Schlägereien an der Promenade kam (siehe Übersicht der Polizeiberichte weiter unten), reden Anwohnende von einer eher entspannten Phase. Wer schon lange hier wohnt, kennt das: In den Sommerferien wird es nachts ruhiger, weil offenbar auch die Krawallmacher Urlaub machen. Doch das, meint eine Nachbarin, dürfte sich bald wieder ändern, vielleicht schon am kommenden Samstag.",
             "",
             _RHEINFUENF_WALL,
         ], appeals=[_RHEINFUENF_WALL]),
    _doc("b50-meridianpost-glued-top", "appeal", "top",
         "Invented; modelled on The Independent (box glued to article text) (column, support box glued to the first sentence)", "en", [
             "Editor's note: Everybody's in the same boat!",
             _MERIDIAN_GLUED + "The morning could barely have started worse. Just after 7.30 on Tuesday, I was flat on my back in a barber's chair.",
             "My barber, a kind man used to nervous clients, had switched on his clippers and bent toward me. “Follow the cricket?” he asked over the buzzing and humming (the clippers, not me). “I do,” I said. He went on: “I'm a Yorkshire man,” and then, with the blade hovering near my ear: “and you?”",
         ], appeals=[_MERIDIAN_GLUED]),
]


# --- Negatives ------------------------------------------------------------------------------------

PROBE1_NEGATIVES = [
    _neg("b50-mayak-partnerdrive-neg",
         "Invented; modelled on Meduza (report on a partner outlet's crowdfunding, with subscriber targets)", "ru", [
             "Наши друзья и коллеги из издания «Протокол» объявили новый сбор денег.",
             "",
             "В 2024 году «Протокол», которому исполнилось девять лет, оказался на грани закрытия. После отключения российских карт от зарубежных платежных систем издание потеряло большую часть постоянных доноров. Чтобы продержаться, редакции пришлось закрыть подкаст, съехать из офиса и расстаться с частью сотрудников.",
             "",
             "Сейчас «Протокол» ежемесячно поддерживают около трех тысяч человек. Чтобы редакция могла работать дальше, ей требуется 6000 регулярных подписчиков.",
             "",
             "Прежде всего журналисты просят о помощи тех, у кого есть зарубежные карты, но уточняют, что переводы из России тоже принимают — «пока это разрешено и не несет риска».",
         ]),
    _neg("b50-irtysh-pensioner-neg",
         "Invented; modelled on Argumenty i Fakty (regional) (a veteran journalist's donation to another paper, quoted)", "ru", [
             "Почетный работник печати, бывший редактор районки из Омской области Галина Сыромятникова полученную ею к пенсии разовую выплату в 10 тыс. рублей, которую в народе прозвали «подарком к выборам», отправила, как сама рассказала на своей странице, «туда, где нужнее»: в помощь изданию «Вечерний Иртыш», чтобы оно продолжало писать о том, о чем другие молчат.",
             "",
             "«Это газета, где работали мои учителя, где не боялись спорить с губернатором; для меня она всегда была примером честности, смелости и настоящей заботы о людях».",
         ]),
    _neg("b50-kolokol-ownreport-neg",
         "Invented; modelled on Nabat (Birobidzhan) (a paper reporting the results of its own past fund drive)", "ru", [
             "ХАБАРОВСК, 14 МАРТА, «КОЛОКОЛ». — Осенью 2023 года редакция «Колокола» запустила кампанию «Рубль за правду». Поводов было несколько, и среди них — серьезные проблемы, с которыми столкнулось независимое издание.",
             "",
             "За один 2023 год против редакции и ее учредителя составили пять протоколов. Общая сумма штрафов за последние четыре года (2020-2023) превысила 90 тысяч рублей! Честное слово в наши дни обходится недешево.",
             "",
             "В этих обстоятельствах редакции пришлось попросить читателей о денежной помощи. И читатели откликнулись. За минувшие месяцы самые преданные из них перевели на счет независимой газеты почти 120 тысяч рублей.",
         ]),
    _neg("b50-balticwire-undesirable-neg",
         "Invented; modelled on a news item about The Moscow Times (another outlet declared undesirable)", "en", [
             "The Riga Observer was lately labelled an “undesirable” organization by Russian prosecutors, a move that makes any further cooperation with it a crime and exposes its reporters to prosecution. Officials claimed the site had been “spreading falsehoods about the armed forces”, while its editors say they will keep checking facts and publishing for their readers.",
         ]),
    _neg("b50-broadcastbeat-tagpage-neg",
         "Invented; modelled on TVNewsCheck (tag page) (headlines about a nonprofit's grants, partnerships and a $2M gift)", "en", [
             "State University Sues Reporters Over Campus Visit",
             "",
             "The university, in Fairmont, West Virginia, headed by chancellor Doyle Brannan, has accused reporters from Lantern Investigations and the Chicago Sun-Times of trespassing during reporting on conditions in its dormitories. Brannan said the school had followed every state health guideline.",
             "",
             "Lantern Investigations, Arizona Mirror Launch Joint Desk",
             "",
             "",
             "Local TV And Lantern Keep Watch",
             "",
             "At a time when officials attack the press more harshly than at any point in decades, critics should point out when newsrooms do work that actually protects the public and strengthens self-government. Here are two examples.",
             "",
             "Lantern Investigations To Pay For Statehouse Reporters",
             "",
             "Lantern Investigations is widening its local reporting network with fresh funding for journalists who cover state legislatures. “Coverage of statehouses has collapsed faster than almost any other beat,” said Renata Cole, a Lantern deputy editor.",
             "",
             "Axis, Lantern Partner On Documentaries",
             "",
             "The outlets said they are recruiting a shared documentary producer for a twelve-month post (since the role is temporary, they are describing it as a residency) who will work alongside Axis's film unit to turn Lantern's investigations into short films.",
             "",
             "Tech Founder Donates $2M To Lantern Investigations",
             "",
             "Harold Wenz, the software entrepreneur and donor behind the Wenz Civic Fund, said on Tuesday he is giving $2 million to Lantern Investigations. The money will “let Lantern put people and tools where the need is greatest, including new hires, across many public-interest beats,” the nonprofit said in a statement.",
         ]),
    _neg("b50-gadflyblog-quotedplea-neg",
         "Invented; modelled on Beanstock's World (blog quoting Truthout) (blog post quoting another outlet's final donation plea)", "en", [
             "We Pour Money Into Campaigns and Let Our Own News Sources Starve",
             "",
             "Clear Signal, which has for years delivered honest, critical reporting that the corporate networks won't touch — the very Clear Signal whose scoops I keep passing along on this blog — has just sent out one last urgent cry for money. Clear Signal has always lived off its readers' gifts (I'd like to manage that too, one day). In its current drive, the gap has shrunk to roughly $8,000. But after everything we've given to insurgent candidates and ballot initiatives, our wallets seem to be running dry. Clear Signal writes: ",
             "",
             "We are in real trouble. This is the last email of our drive and we still have $8,140 to go. It will take 800 readers giving around 10 dollars each to close the gap. Will you be one of them? Gifts have come in slower than we hoped and we need to speed up. Please click … and lend a hand.”",
             "",
             "Here is Clear Signal's giving page.",
             "",
             "I only wish independent media got a tiny share of what pours into election campaigns (some of those candidates fold the moment the primary is stolen from them, and some of them never follow through on anything). If all our news comes from dishonest corporate outlets, how will ordinary people ever learn what is really happening and what we could do to leave this mess behind for something far better?",
         ]),
    _neg("b50-newsroomlab-casestudy-neg",
         "Invented; modelled on Indiegraf (case study of another outlet's reader-funded launch, quoted pledges)", "en", [
             "Scrolling through the Tbilisi Ledger's homepage is an unsettling record of how quickly life in Georgia has changed. A culture page once full of jazz festivals, gallery openings and wine fairs is now buried under live blogs about “Clashes in the capital: What we know so far” and shareable graphics tallying arrests.",
             "The site went live barely five months ago after two dozen reporters and editors were suddenly barred from the building and dismissed by the Georgian Daily — the oldest English-language paper in the country. Today it is covering street protests while bringing in close to $600,000 from its readers.",
             "How it started",
             "Soon after the paper ran stories critical of the ruling party, as it often had, the owner's business manager said she would launch new Georgian and Russian editions and bring in a completely new team. Staff read it as a bid to rein in the newsroom, reporter Giorgi Beridze explained in an essay for the Prospect. When they asked for answers, the Georgian Daily was closed for a time.",
             "The reporters moved fast, opening a Kickstarter page to fund the new site, the Tbilisi Ledger. A design studio in the city built it for free, and a newsletter and a podcast came shortly after. “With pressure from Moscow and unrest at home, Georgia cannot be left without an independent English-language voice that explains this country to everyone else,” they wrote in April.",
             "Crucially, the new site would be paid for by its audience rather than by a tycoon like the old paper. “No billionaire and no party stands behind us,” they wrote. “We want a closer bond with our readers and supporters than we ever had at the Daily.”",
         ]),
    _neg("b50-chroniquehebdo-observatoire-neg",
         "Invented; modelled on France Chronique (report on Ojim fund drive) (report on another site's last-call fund drive, tax deduction, sums)", "fr", [
             "Ultime sursaut pour un site d’information indépendant. Leur collecte se termine dans une poignée de jours, et les animateurs de la Vigie des médias lancent donc un appel pressant aux dons. En dépit de gros efforts, il leur manque encore 4 000 euros pour boucler un budget pourtant raisonnable de 18 000 euros. Ce montant servirait à garder gratuites leurs lettres d’information quotidiennes sur la presse, et à entretenir leurs 250 fiches sur les rédactions ainsi que leurs 5 000 articles.",
             "La collecte reste ouverte jusqu’à dimanche, avec un avantage fiscal non négligeable : 66 % de la somme versée sont déductibles de l’impôt. Un don de 60 euros reviendrait donc à environ 20 euros pour le donateur. Le responsable du site prévient toutefois que les caisses sont presque vides et que, sans aide rapide, la structure pourrait perdre son autonomie éditoriale.",
             "Les animateurs répètent qu’une mobilisation concrète est indispensable pour maintenir une voix différente face aux fausses nouvelles. En échange, les donateurs recevront un dossier inédit, « Vallon », consacré à une affaire judiciaire que le site juge passée sous silence.",
             "Au bout du compte, cette démarche souligne combien une presse libre reste fragile quand l’argent manque. Chaque don, selon eux, compte pour le débat public.",
         ]),
    _neg("b50-medienticker-tagesblatt-neg",
         "Invented; modelled on DWDL.de (media-trade report on another paper's voluntary payment scheme, quoted)", "de", [
             "Das \"Tagesblatt\" führt für seine Website ein freiwilliges Unterstützer-Abo ein. Ab jetzt können Leserinnen und Leser über die Funktion \"Tagesblatt freiwillig\" monatlich einen Betrag überweisen und gehören damit zum Kreis der sogenannten \"Mitzahler\". \"Wir bitten alle, die tagesblatt.example oft nutzen, uns auch regelmäßig etwas zu geben, quasi als Abo\", schreibt die Redaktion in ihrem Hausblog.",
             "",
             "Seit dem Start der Aktion im Februar sind nach Angaben des Blatts bereits mehr als 15.000 Euro von Leserinnen und Lesern zusammengekommen. Würden nur zwei Prozent der 900.000 monatlichen Besucher vier Euro zahlen, könne das \"Tagesblatt\" die zusätzlichen Kosten seiner Onlineredaktion tragen und das Angebot sogar ausbauen.",
             "",
             "\"Überall hört man, die Leute müssten endlich lernen, im Netz zu bezahlen\", sagt Onlinechefin Karin Dörfler. \"Die großen Häuser wollen, dass man vorher zahlt, wie beim Zeitschriftenkauf am Bahnhof. Auf vielen Portalen sieht man nur noch die Überschrift und zwei Zeilen.\" Genau das wolle das \"Tagesblatt\" nicht. \"Für uns zählt, dass alles freiwillig bleibt: Wer mag, gibt, so viel und so oft er mag.\"",
         ]),
    _neg("b50-veillemedia-relay-neg",
         "Invented; modelled on Acrimed (relaying Basta!'s appeal) (watchdog relaying another outlet's donation appeal)", "fr", [
             "Ces journaux qui comptent sur nous : le site d’enquêtes Contrepoint",
             "",
             "par Veille Médias,",
             "",
             "Comme Veille Médias, qui sollicite régulièrement ses lecteurs, lectrices et ami·e·s pour boucler son budget, de nombreux titres et sites indépendants vivent en ce moment des difficultés financières qui menacent parfois leur survie. Nous reprenons ci-dessous l’appel de Contrepoint, site indépendant consacré au travail, à l’habitat et à l’écologie, qui compte sur le soutien de chacune et chacun (Veille Médias).",
             "",
             "Contrepoint ne vit ni de l’argent des banques, ni de titres racoleurs, ni de potins sur les célébrités, ni de fonds étrangers, ni d’annonceurs. Voilà pourquoi Contrepoint compte sur vous. Une information indépendante et sérieuse a un coût. Si vous estimez que la presse libre est plus nécessaire que jamais, qu’il faut aider chacun à s’y retrouver dans le vacarme de l’actualité, aidez Contrepoint, et donnez avant le 15 janvier.",
             "",
             "",
             "Ce qui est en jeu",
             "",
             "Le pluralisme des médias paraît de plus en plus menacé. Dans les rédactions, beaucoup de journalistes font leur métier avec rigueur. Mais les pressions, et parfois la censure pure et simple, se font plus fréquentes. Côté budget, les titres dépendent toujours davantage de quelques grands annonceurs. Ce qui pose de vraies questions d’indépendance sur des sujets essentiels.",
         ]),
    _neg("b50-courier-winterappeal-neg",
         "Invented; modelled on The Guardian (via NewsBreak) (a paper's charity appeal reporting its total, quoted charity chief)", "en", [
             "The Northern Courier's winter appeal, raising money for community groups that help families hit by soaring energy bills, has passed £750,000, reaching the mark on Monday, barely a month after it opened.",
             "",
             "The appeal, which runs until the end of January, supports small charities offering practical help to households facing fuel poverty and debt, through its two partner organisations, HomeWarm and Neighbourhood Trust. Over 7,400 readers have given a combined £752,300 so far.",
             "",
             "The money will go to volunteer-led groups in some of the most deprived towns in the north of England, which provide everything from hot meals and heated community spaces to benefits advice and emotional support.",
             "",
             "This is the sixth year running that the Courier's winter appeal has raised over half a million pounds. Earlier appeals have focused on youth homelessness, loneliness in old age, flood recovery and asylum seekers.",
             "",
             "Anita Boateng, chief executive of HomeWarm, said: “It is wonderful to see the Courier's appeal pass three-quarters of a million. We are so thankful to every reader who has given, and the total is a tribute to the volunteers working across our network.",
         ]),
    _neg("b50-capitolbeacon-fundraising-neg",
         "Invented; modelled on The Atlanta Journal-Constitution (campaign-finance roundup with contributions)", "en", [
             "Tracking the cash — governor hopefuls' quarterly hauls",
             "",
             "A look at second-quarter fundraising by the 2026 candidates for governor. Monday was the deadline for statewide candidates to report their campaign receipts and spending from April through June. Of those who have already filed, Whitfield brought in $4.1 million; Okafor raised $2.9 million; Dunmore collected $2.2 million, state Sen. Lydia Marsh took in about $1.7 million and former mayor Carl Benning raised $900,000.",
             "",
             "Whitfield pulls in $4.1 million",
             "",
             "Republican Grant Whitfield raised $4.1 million in the spring, a sharp drop from the blistering pace the former attorney general set when he entered the race in January. The total leaves Whitfield, a third-generation cattle rancher, in second place behind a newcomer who has surged among rural voters, businesswoman Teresa Okafor, who quickly pulled in $5.6 millionduring the quarter as her campaign caught fire with small-town conservatives. It is the newest sign that party-backed candidates are losing the money race to outsiders.",
         ]),
    _neg("b50-spoonbill-wikisatire-neg",
         "Invented; modelled on Huck Finn (satire quoting the Wikipedia banner) (satire quoting a donation banner and its statistics)", "en", [
             "Portland — In what psychologists are hailing as \"the most effective guilt campaign since your dentist asked whether you floss,\" the nonprofit behind FreeAtlas, the online map everybody uses, has yet again warned that the service is moments from going dark for good, unless the 97% of moochers reading this finally hand over $3.10 before the loosely specified instant when \"it's too late\"—a cutoff that has been roughly two days away since flip phones were cool.",
             "",
             "\"If you can't remember how often you've opened FreeAtlas this year, we hope it has saved you at least $3.10 in wrong turns,\" the pop-up says, at last putting a dollar figure on never getting lost. Insiders confirmed the sum matches the precise value of winning a bet over which way the nearest gas station is, discovering the name of \"that lake by that town,\" and memorizing enough about the Louisiana Purchase to impress a date.",
             "",
             "\"Fewer than 3% of users chip in. The rest keep scrolling.\" — The most quietly wounded number since \"no, it's fine, really\"",
             "",
             "The nonprofit's newest plea—which analysts call \"public-radio tote-bag season, minus the tote bag, for a thing you were going to use for free anyway\"—debuts what scholars are calling the \"97% Embarrassment Scale,\" a groundbreaking shame gauge that reminds people they are part of the vast crowd of moochers who will dismiss this pop-up and go straight back to checking how far the moon is, whether penguins have knees, and where the closest taco truck is parked.",
         ]),
    _neg("b50-midweek-commonsite-neg",
         "Invented; modelled on New Statesman (on openDemocracy) (column on another site's funding gap, its editor quoted)", "en", [
             "PublicSquare is asking for your support",
             "",
             "The website is £40,000 away from its fundraising goal.",
             "",
             "PublicSquare, the open forum that has run widely noticed campaigns like SaveOurLibraries and FairRent, and sharp series like Borderlands and EuroWatch, a study of politics on the eastern edge of the EU, is now just £40,000 away from its target.",
             "",
             "Like many similar sites, it is run as a non-profit alternative to commercial media, trying to put out independent, public-minded journalism. Yet that kind of work is very hard to fund over time, and the site ran up debts while it grew quickly over the last two years. So it must now find £200,000 by 30 April, or close:",
             "",
             "We want to do three things: pay off what we owe, meet our running costs, and give our new editor and her team the breathing room to find fresh funders for next year and after. Reaching £200,000 will put PublicSquare on solid ground again.",
             "",
             "Helen Arkwright, PublicSquare's editor, told me:",
             "",
             "We provide a place that simply doesn't exist elsewhere, where specialists and new writers from the places we cover can publish serious reporting and argument without bending to what commercial outlets demand.",
             "",
             "Nobody pays for writing online any more, so we rely on readers who value our work and agree that it matters. We have collected £160,000 of the £200,000 we need so far, and we think that proves plenty of people share our view.",
             "",
             "That leaves £40,000 still to find. Gifts can be made through its website, and the charity that backs it, the Square Trust, can claim gift aid on them as well.",
         ]),
    _neg("b50-vecher-annualreport-neg",
         "Invented; modelled on Afisha Daily (a rights project's annual report with donation totals and a quote)", "ru", [
             "Правозащитная инициатива «Голос защиты», которая помогает задержанным на акциях протеста и фигурантам политических дел, выпустила отчет за минувший год.",
             "В 2023-м «Голос защиты»:",
             "- получил 54 210 пожертвований на общую сумму свыше 31 млн рублей;",
             "- ответил примерно на 11 тыс. обращений на горячую линию;",
             "- опубликовал 3 870 материалов о преследованиях по политическим мотивам;",
             "- подал 312 жалоб в международные инстанции;",
             "- 84 адвоката и юриста, работающих с инициативой, защищали 1 105 человек на допросах и в судах.",
             "За первые шесть месяцев 2024 года «Голос защиты» поддержали активнее, чем за весь 2023-й. Деньги инициативе перевели 70 тыс. человек, а общая сумма пожертвований перевалила за 140 млн рублей.",
             "Полную версию отчета можно найти по ссылке. «Да, там 48 страниц! Зато мы подробно и открыто рассказываем о себе — пусть вы узнаете это от нас, а не из чужих слухов», — говорится в сообщении «Голоса защиты».",
         ]),
    _neg("b50-stepnews-quotedappeal-neg",
         "Invented; modelled on Tengrinews.kz (quoting Meduza's appeal) (news agency quoting another outlet's plea for donations)", "ru", [
             "Редакция онлайн-издания \"Маяк\" обратилась к аудитории и начала собирать пожертвования после того, как ее внесли в реестр иноагентов, передает StepNews.kz.",
             "",
             "\"Маяк\" хотят погасить. Минюст РФ внес нас в список \"иностранных агентов\". После этого от нас ушли рекламодатели. А значит, деньги у нас кончаются. Уже сейчас.",
             "",
             "Мы долго были уверены, что сумеем сделать издание, которое живет за счет рекламы и остается бесплатным для читателей. Для страны, где людям так нужна правда, а свободных редакций почти не осталось, это особенно важно. ",
             "",
             "И у нас получилось. Мы шли к этому семь лет. Власти уничтожили наше дело за несколько часов.",
             "",
             "Мы урезали все траты. Офиса у нас больше нет - ни в Вильнюсе, ни в Петербурге.",
         ]),
    _neg("b50-regionalfunk-rechercheverbund-neg",
         "Invented; modelled on MDR (explainer box on a donation-funded newsroom)", "de", [
             "Was steckt hinter dem Rechercheverbund Spürsinn Der Rechercheverbund Spürsinn ist ein Zusammenschluss investigativer Reporterinnen und Reporter, organisiert als gemeinnütziger Verein. Entstanden ist Spürsinn im März 2016. Aus den Erfahrungen mit schrumpfenden Lokalredaktionen heraus wollen die Gründer eine Alternative zum gebührenfinanzierten und zum werbefinanzierten Journalismus schaffen.",
             "",
             "",
             "",
             "Bemerkenswert: Spürsinn lebt allein von Spenden und Mitteln gemeinnütziger Stiftungen. Förderer kann jede und jeder werden. Spürsinn lehnt allerdings Geld von Gebern ab, deren Werte die Redaktion nicht teilt. In der Satzung steht, dass Namen von Spenderinnen und Spendern ab 2.000 Euro veröffentlicht werden.",
             "",
             "",
             "",
             "Spürsinn beschreibt sich selbst als unabhängig, gemeinnützig, investigativ und dem Gemeinwohl verpflichtet. Die Redaktion sieht sich auch in einem Bildungsauftrag. Grundlage der Arbeit ist die Überzeugung, dass gründliche Recherche für eine Demokratie unverzichtbar ist.",
         ]),
    _neg("b50-infoplus-cambriolage-neg",
         "Invented; modelled on franceinfo (report on a burglary after another outlet's crowdfunding, quoted tweet and pleas)", "fr", [
             "\"On n'a vraiment pas de chance.\" Le média en ligne La Ruelle a fait savoir, mardi 5 novembre, que ses bureaux de Pantin (Seine-Saint-Denis) avaient été cambriolés pendant la nuit de lundi à mardi. Micros, caméras et ordinateurs portables ont disparu. La perte est évaluée à 25 000 euros, \"et l'assurance ne couvrira pas tout, on le sait déjà\", indique La Ruelle sur son compte Instagram.",
             "",
             "Coup dur chez @LaRuelle. On sortait d'une campagne de dons incroyable et voilà qu'on se fait dévaliser cette nuit. Non, ce n'est pas un coup de com' pour relancer la collecte. 25 000 balles de matos partis. On n'a vraiment pas de chance. On respire et on garde la tête froide. https://t.example/x7Qp2 — Inès Kaddour (@InesKdr) November 5, 2024",
             "",
             "Le média venait juste de clore une collecte participative censée lui permettre de \"finir l'année\" et d'échapper à la faillite. \"Aucun grand patron ne nous paie, nous sommes totalement indépendants\", rappelait l'équipe, qui emploie six permanents et travaille avec de nombreux photographes et dessinateurs pigistes. Le 30 octobre, trois semaines avant l'échéance, les 35 000 euros visés avaient été récoltés. \"On croyait avoir la tête hors de l'eau grâce à vous, ont écrit les journalistes de La Ruelle à leurs lecteurs après le vol. On a encore plus besoin de vous qu'avant.\"",
         ]),
    _neg("b50-bluemesa-feed-neg",
         "Invented; modelled on Mother Jones (feed excerpt) (politics teaser about a candidate's small-donor fundraising)", "en", [
             "Small Donors Are Ignoring Greg Halvorsen",
             "",
             "Greg Halvorsen is struggling badly with small-dollar fundraising. Things have slid so far that the Montana senator may be spending more to find grassroots donors than those donors are giving him. Halvorsen's aides have tried to dress the numbers up as good news. In a Washington Post story on Sunday, his staff insisted […]",
         ]),
]

BATCH50_DOCUMENTS = PROBE1_APPEALS + PROBE1_NEGATIVES
