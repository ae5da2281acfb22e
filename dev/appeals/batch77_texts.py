"""Seventy-seventh batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

18 documents (9 appeal, 9 negative; EN, DE, FR, RU): our own paraphrases of every document of the
local-only real probe 57 (18 documents). Each keeps the real page's structure (a Telegram mirror's
channel header with a bot/phone/handle line and emoji-bulleted case headings, a headline-digest page of
headline/summary pairs, a teaser-and-subheading magazine page, a registration wall with "•" bullets
ending in a lone "oder", a mis-decoded French page whose body carries cp1250 mojibake while the appeal
line stays clean, a dateline and photo-credit line, a legal-news page cut at "the..." and a mid-word
or mid-sentence cut ending) and exactly what the real gold marks: a donation link line under a
channel header; a free daily e-news sign-up line under a founder's headline (the founder's own "click
the box above and support" line and his plea to invest stay text); a "subscribe to our free daily,
it helps support local news" pair of lines between two digest items; a two-line donate heading at the
very top of a magazine page; a free-registration wall with its bullets, its sign-in line and the
trailing "oder"; a one-line "we need your support to continue" line under a dateline (the headline
that also urges support stays text); a follow-us line plus a three-line newsletter box at the end of a
story; two year-end donation paragraphs (one at the top, one in the middle, a photo caption and a
year-review paragraph between them); a one-line subscriber sign-in prompt after a cut summary.
Negatives keep what makes the real ones hard: a business paper's profile of a nonprofit newsroom
quoting its founder on donations, a sports club's crowdfunding with a bank matching gifts (cut
mid-sentence), a report on a country crowdfunding army gear with totals, a report on state workers
pressured into donating to a construction fund, a governor race's fundraising totals, an online
collection for a child's funeral, online collections after a church fire, a volunteer radar
fundraiser with an earlier foreign campaign, a crash victims' family fund with goal and donor counts.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch77` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch77.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


def _cp1250_mojibake(text):
    """The real page's body was UTF-8 read as cp1250 for some letters only: é, à and ê come out as
    two characters while ’, «, », è and ç survive. We reproduce that on our own sentence."""
    return text.replace("é", "Ă©").replace("à", "Ă\xa0").replace("ê", "ĂŞ")


# --- Probe 57: appeal documents -----------------------------------------------------------------

_KHRONIKA_DONATE = "Помогите нам работать: https://khronika.example.org/donate_tg-live"

_KENNEBEC_ENEWS = "Get Our FREE Morning Headlines by Email!"

_PRAIRIE_SUBSCRIBE = "\n".join([
    "Subscribe to Morning in Prairie Junction!",
    "It costs nothing, it keeps you up to date on everything going on around Prairie Junction, and it helps keep independent local reporting alive.",
])

_LICHTUNG_TOP = "\n".join([
    "Fördern Sie Lichtung mit Ihrem Beitrag",
    "Fördern Sie Lichtung",
])

_RHEINTALER_WALL = "\n".join([
    "Jetzt gratis weiterlesen!",
    "• Einmal kostenlos ein Konto anlegen",
    "• Alle frei zugänglichen Artikel auf rheintalerbote.example lesen",
    "• Exklusive Berichte, Meinungen und Hintergründe aus der Region nutzen",
    "Einloggen oder Konto erstellen",
    "oder",
])

_BREST_SUPPORT = "En 2023, Brest en Lutte ne tiendra pas sans votre soutien, aidez-nous"

_KYIVPOST_END = "\n".join([
    "Find us on X, Instagram and Google News",
    "Kyiv Morning",
    "A short daily briefing on the main news and events from Ukraine and the front",
    "Every morning at 7am GMT",
])

_BORDERLINES_TOP = (
    "What a grim 2023 it was, and still it gave us stories of solidarity showing that public opinion "
    "on asylum is finally starting to move. The big networks rarely cover them, but Borderlines does — "
    "and we intend to build on that in 2024. As this hard year winds down, please help carry "
    "Borderlines into a brighter new year with a generous gift today."
)

_BORDERLINES_MIDDLE = (
    "Our reporting, analysis and commentary on migration and the border keep the public informed and "
    "fill the gap left by the corporate press. We know how hard this year has been for many of you, "
    "and we do not make this request casually: if you can, please consider a donation of any size. It "
    "will let Borderlines start the new year on solid footing, ready for whatever comes next."
)

_DOCKET_WALL = "Have a subscription? Sign in here to read the whole story"


PROBE57_APPEALS = [
    _doc("b77-khronikainfo-vershinina-politzek-top", "appeal", "top",
         "Invented; modelled on OVD-Info (Telegram mirror of a live channel, donation link under the channel header)", "ru", [
             "Хроника-Инфо LIVE",
             "Оперативные сводки о преследованиях за убеждения по всей стране",
             "@KhronikaHelpBot | 88005550173 | @KhronikaInfo",
             _KHRONIKA_DONATE,
             "❗️ Мы признаём политзаключённой Алину Вершинину",
             "Жительницу Екатеринбурга обвиняют в том, что она по указанию запрещённой «Северной бригады» расклеивала листовки против войны и собиралась вступить в её ряды",
             "🔻 Что известно о деле Алины Вершининой?",
             "Алина Вершинина — преподаватель музыкальной школы, мать двоих детей. 3 марта 2024 года к ней пришли с обыском, после чего увезли на допрос и задержали по уголовному делу: следствие считает, что в феврале 2024 года она наклеила листовки «НЕТ ВОЙНЕ» и «ХВАТИТ ЛГАТЬ» на остановках Октябрьского района и у входа в два отделения банка. Против неё возбудили дела о хулиганстве, совершённом из политических побуждений, и о повторной дискредитации армии.",
             "9 августа 2024 года Вершининой вменили ещё одну статью — о содействии деятельности экстремистского сообщества.",
         ], appeals=[_KHRONIKA_DONATE]),
    _doc("b77-kennebecwatch-newsroomtrust-why75000-top", "appeal", "top",
         "Invented; modelled on Manchester Ink Link (founder's essay, free daily e-news sign-up line under the headline; the founder's own support line stays text)", "en", [
             "So What Exactly Is the Kennebec Newsroom Trust, and Why Is It Asking for $75,000",
             _KENNEBEC_ENEWS,
             "I started the Kennebec Newsroom Trust to run KennebecWatch.example.org because Maine is living through a local news collapse, and so is most of America. If you doubt me, flip through your hometown paper or sit through the evening broadcast. If that leaves you content, you have probably forgotten fifteen years ago, when the capitol had twice the reporters it has now, all racing one another for the next scoop in a crowded and noisy press gallery.",
             "Those jobs paid enough to hold onto the strongest reporters, and the veterans coached the rookies as they arrived. Hardly any young journalists land full-time jobs in Maine now, and many of the seasoned editors who once showed them the ropes have left through early retirements, cutbacks and the simple need to cover the rent.",
             "Use the button above to back independent, nonprofit watchdog reporting in Maine.",
             "KennebecWatch wants to help reverse that by adding to what the dedicated papers, stations and editors who are still holding on in lean years already do. Our model is simple: any outlet may reprint our investigations and capitol coverage for free. Our purpose is to add the kind of reporting that costs the most and takes the longest, which is always the first to go when a newsroom runs short of hands.",
             "For the most part we have worked unpaid, because we wanted to build a strong site first so you could see what we can do, what we have already done and where we want to go next. Now we are asking you to put something into that work. We will always tell you exactly how your money is used. Your help will let us pay ourselves a modest wage and, more important, grow into the news source Maine trusts most.",
         ], appeals=[_KENNEBEC_ENEWS]),
    _doc("b77-prairiejunctionvoice-digest-morningnewsletter-middle", "appeal", "middle",
         "Invented; modelled on The Minot Voice (headline digest of headline/summary pairs, free daily newsletter pair of lines between two items)", "en", [
             "A Crater Hidden Under Greenland's Ice",
             "Under more than half a mile of Greenland ice, researchers say they have spotted what could be a huge impact crater, wider than the city of Paris. Watch the clip for the full story.",
             "Rural Districts Can't Find Enough Bus Drivers",
             "Schools across Nebraska are short of bus drivers, and the squeeze is worst in the smallest and most remote districts. Mark Ellison, writing for the Platte Valley Herald, looks at why the jobs go unfilled and what superintendents are trying.",
             "Can airport-style screening really keep stadiums safe?",
             "Every new security measure asks us to trade a little freedom for a little safety. At one European stadium last month, the extra checkpoints may have kept a bad night from turning into a disaster. Here's hoping we never have to weigh those trade-offs at home.",
             "Nebraska senators doubt plan for the state to cover county jail costs",
             "Last session, senators backed a measure moving part of the cost of county jails off local property taxes and onto the state budget. Whether the state can keep paying for it is still an open question, and so is whether counties will pass the savings on to homeowners.",
             "Report: Ogallala school enrollment could pass 2,500",
             "Despite the slump in cattle prices, forecasts for Ogallala's schools keep pointing up. The district is drafting plans to make room for more than 2,500 students over the next eight years, close to twice as many as it serves today.",
             _PRAIRIE_SUBSCRIBE,
             "Sidney council votes to push payday lenders off Main Street",
         ], appeals=[_PRAIRIE_SUBSCRIBE]),
    _doc("b77-lichtung-dnjestr-begegnungsreise-spende-top", "appeal", "top",
         "Invented; modelled on Manova (magazine page, two-line donate heading at the very top above a teaser and subheading)", "de", [
             _LICHTUNG_TOP,
             "Freundschaft ohne Schlagbaum",
             "Über die Menschen jenseits des Dnjestr wird viel geredet, mit ihnen aber kaum — Eindrücke von einer langen Reise der Begegnung.",
             "Wieder einmal die Bösewichte vom Dienst",
             "Herbst 2023. Ich weiß noch gut, wie ich in der Küche stand und im Radio die Abendnachrichten liefen. Mir fiel auf, wie seltsam es war, dass schon Stunden nach den ersten Meldungen über die Grenzschließung die Rollen von Gut und Böse fertig verteilt waren und dieselben Formulierungen auf allen großen Sendern Wort für Wort wiederkehrten. Zweifel schien niemand zu hegen: Die Leute drüben am Fluss galten als Handlanger, ihre Führung als Marionette fremder Mächte. Und zum Schluss der Sendung wurde, wie könnte es anders sein, auch schon ein Spendenkonto für die andere Seite eingeblendet.",
             "Inzwischen erkennt man solche Kampagnen ja recht schnell, oder man muss sich wenigstens damit abfinden, dass es noch immer Leute gibt, die ganze Regionen zum Spielball machen, bloß um den eigenen Einfluss zu sichern.",
             "Ich fragte mich, was ich selbst beitragen könnte. Am Ende fiel mir nichts Besseres ein, als hinzufahren, den Menschen nach Kräften zur Seite zu stehen, ihren Alltag aus der Nähe zu erleben, beim Ausbessern von Dächern mit anzupacken oder eben zu tun, was gebraucht wurde und machbar war, um Respekt und Verbundenheit zu zeigen. Am 3. März 2024 brach ich mit meiner treuen Mischlingshündin Fritzi und dem selbst umgebauten Kastenwagen „Olga“ auf, quer durch Österreich, Ungarn und Rumänien. Am 11. März passierten wir den letzten Grenzposten und fuhren weiter Richtung Tiraspol.",
         ], appeals=[_LICHTUNG_TOP]),
    _doc("b77-rheintalerbote-graz-kundgebung-registrierwall-end", "appeal", "end",
         "Invented; modelled on Liechtensteiner Vaterland (news article cut by a free-registration wall with bullets and a trailing \"oder\")", "de", [
             "Kundgebung in Graz gegen Kürzungen im Sozialbereich",
             "Einige Tausend Menschen haben sich am Sonntagmittag zum zweiten Jahrestag der Landesregierung in Graz versammelt, um gegen deren Sparkurs zu protestieren. Der Marsch des Bündnisses \"Solidarischer Winter\" endete am Nachmittag auf dem Hauptplatz vor dem Rathaus.",
             "Rund 12'500 Personen protestierten am Sonntag in Graz gegen die Sparpläne der Koalition unter Landeshauptfrau Erika Lindner.",
             "Aufgerufen zu der Kundgebung gegen \"Kahlschlag, Ausgrenzung und Lohndruck\" hatten Studierendenvertretungen und Gewerkschaften – mit Rückendeckung zweier Oppositionsparteien.",
             _RHEINTALER_WALL,
         ], appeals=[_RHEINTALER_WALL]),
    _doc("b77-brestenlutte-montagnac-dons-soutien-top", "appeal", "top",
         "Invented; modelled on Nantes Révoltée (militant blog post, mojibake body, support line under the dateline; the headline's own plea stays text)", "fr", [
             "đź’° 1,5 MILLION D’EUROS EN SIX JOURS POUR LE PARTI DE MONTAGNAC : ET LA PRESSE LIBRE, ON L’AIDE ?",
             "mars 28, 2023",
             _BREST_SUPPORT,
             _cp1250_mojibake(
                 "➡️ Lundi soir, à peine les résultats des régionales connus, la tête de liste du Rassemblement "
                 "Citoyen, Hélène Montagnac, appelait déjà à faire barrage au second tour. Quelques minutes plus "
                 "tard, elle lançait en plateau un appel à la générosité pour éponger les dettes de sa campagne : "
                 "la page de paiement était déjà prête, mise en ligne des jours plus tôt. Le mouvement savait qu’il "
                 "n’atteindrait pas le seuil de remboursement : après des mois passés à jouer les arbitres, il se "
                 "savait condamné à rester sous les 5%. Six jours plus tard, le parti annonce 1,5 million d’euros "
                 "récoltés. Son trésorier parle d’«un vrai soulagement» et d’«une mobilisation formidable». Les "
                 "petits donateurs de Montagnac ont visiblement le portefeuille bien garni."
             ),
         ], appeals=[_BREST_SUPPORT]),
    _doc("b77-kyivpostcard-kovalenko-ambulances-followus-newsletter-end", "appeal", "end",
         "Invented; modelled on NV (New Voice of Ukraine) (news story on a volunteer fundraiser, follow-us line and newsletter box at the end)", "en", [
             "Ukrainian volunteers raise money for 12 ambulances in 2 days",
             "9 March, 11:40 AM",
             "Armoured ambulance (Photo:EXAMPLE/Olena Marchuk)",
             "TV host, musician and volunteer Andriy Kovalenko, together with streamer Dmytro Lysenko, collected 95 million hryvnias ($2.5 million) — enough for twelve armoured ambulances in just two days, according to an update from the Andriy Kovalenko Aid Fund on Instagram published on March 8.",
             "\"Nobody can outgive Ukrainians. We said 'we still need two more', and they covered two more on top! 95 million in 48 hours! My thanks to every donor and every company that took part in this. You have shown once again that there is no limit to what we can do together. You have shown that even the smallest transfer matters,” the post said.",
             "Kovalenko noted that the plan had been to fund ten vehicles within a week, but donors paid for twelve in two days.",
             "\"This campaign proves what kind of people we are. It is about caring for one another. About refusing to feel small. We have shown ourselves and everyone watching that we can do anything we set our minds to. Let's keep trusting each other!” he added.",
             "Kovalenko told those who missed the campaign that a new initiative would be announced shortly.",
             "Kovalenko turned 38 on March 6, and instead of gifts he asked followers to join a large fundraiser: over the ten days from March 6 to 15, he hoped to gather enough to buy ten armoured ambulances for frontline medics.",
             "As Kovalenko said earlier, $2.1 million was needed for the vehicles. His fund put in $300,000 of its own money. On March 7, the volunteer said that most individual transfers were somewhere between 10 and 300 hryvnias.",
             _KYIVPOST_END,
         ], appeals=[_KYIVPOST_END]),
    _doc("b77-borderlines-yearend-donation-top-middle", "appeal", "top+middle",
         "Invented; modelled on Mondoweiss (year-end review, donation paragraph at the top and another in the middle)", "en", [
             _BORDERLINES_TOP,
             "Migrant children, wearing donated winter coats, play in the courtyard of a church-run shelter in Ciudad Juárez on December 4, 2023. (Photo: Rosa Elizondo/Frontera Images)",
             "If any recent year deserves to be called unrepeatable, it is 2023. Along the border, the end of the emergency health rule did not end the expulsions, and in many places it deepened the harm of three decades of deterrence policy. Beyond the pandemic's aftermath, we saw sweeping changes in how governments across the hemisphere handle migration, with new agreements to hold people far from the border, and a bitter fight in Congress over asylum itself. At the same time, grassroots movements for migrant justice kept crossing borders of their own, pushing voices long ignored into the national conversation in ways few thought possible.",
             _BORDERLINES_MIDDLE,
             "The trouble with the 'secure the border first' Democrats is that they are so attached to deterrence that they attack every serious plan to give asylum seekers a fair hearing.",
         ], appeals=[_BORDERLINES_TOP, _BORDERLINES_MIDDLE]),
    _doc("b77-docketwire-toledostar-fold-signin-end", "appeal", "end",
         "Invented; modelled on Law360 (legal-news teaser cut at \"the...\", subscriber sign-in line)", "en", [
             "Toledo Daily To Fold Amid Contract Fight With Pressmen",
             "The Toledo Morning Star said it will stop printing after nearly 150 years, a day after a federal appeals panel on Tuesday refused to pause a labor board order directing the paper to restore the...",
             _DOCKET_WALL,
         ], appeals=[_DOCKET_WALL]),
]


# --- Probe 57: negatives ------------------------------------------------------------------------

PROBE57_NEGATIVES = [
    _neg("b77-delawarebizjournal-firststatefocus-nonprofitnews-neg",
         "Invented; modelled on New Hampshire Business Review (profile of a nonprofit newsroom, founder quoted on donations)", "en", [
             "Going Deeper",
             "Delaware nonprofit newsroom begins to gain ground",
             "As the internet upended the business of print newspapers, nonprofit newsrooms have been multiplying, not only across the United States but far beyond it. Next door in Maryland and New Jersey, the Chesapeake Ledger and Garden State Watch are covering their capitols with unusual persistence. Out West, veteran political columnist Dana Whitcomb recently started the Mesa Report to follow the Arizona legislature and the politics of a state both parties covet.",
             "In France, meanwhile, the nonprofit investigative outfit Vérifié has made a name for itself by knocking down viral hoaxes that spread on social platforms ahead of the country's regional elections next spring.",
             "Delaware is part of the trend too. Started in 2016 by longtime Wilmington Chronicle reporter Ruth Albanese, FirstStateFocus.example.org has gradually built an audience through its reporting and its knack for surviving on a shoestring budget.",
             "The site is run by the Delaware Institute for Civic Reporting, whose stated goals are to strengthen independent journalism, keep public officials honest and spark public conversation on a broad range of topics.",
             "“Money is tight in the first few years for any nonprofit newsroom, but I'm already seeing more interest from advertisers and donors,” Albanese said. “Nothing like this has existed in Delaware before, and I'm confident it will grow. Readers are beginning to see why deep, investigative reporting matters, and papers around the state are glad to run what we produce.”",
             "Albanese describes a collision of forces: the digital shift that rewrote how news is made and paid for, and the steady shrinking of newspaper staffs. Figures from the Society of Regional Editors show full-time newsroom jobs at papers dropping from 61,200 in 1995 to 34,800 in 2016, with the sharpest fall coming between 2009 and 2014.",
         ]),
    _neg("b77-vogelsbergecho-dornbach-hilft-dornbach-crowdfunding-neg",
         "Invented; modelled on Osthessen News (sports club's flood-relief crowdfunding with a bank matching gifts, cut mid-sentence)", "de", [
             "So möchte Dornbach Dornbach unter die Arme greifen – Spenden sind noch bis 28.2. möglich - Foto: Privat",
             "SCHLITZ \"Dornbach hilft Dornbach\"",
             "Turnverein sammelt per Crowdfunding für die Hochwasseropfer",
             "03.02.22 - Nach dem Sommerfest, dem Benefizturnier und dem Kuchenbasar ruft der TV Dornbach nun unter dem Leitspruch \"Dornbach hilft Dornbach\" zu einer weiteren Aktion auf, um dem gleichnamigen Dorf im Überschwemmungsgebiet an der Erft erneut beizustehen.",
             "\"Zusammen mit der Raiffeisenbank Vogelsberg-Süd haben wir eine Spendenplattform gestartet, auf die wir große Hoffnungen setzen, denn in Dornbach an der Erft mangelt es nach wie vor an beinahe allem\", sagt Petra Hohmann aus dem Vorstand des Turnvereins, die schon das Sommerfest mitorganisiert hat. \"Das Beste daran: Die Bank legt auf jede Spende bis 30 Euro denselben Betrag obendrauf, sodass sich alles, was wir zusammenbekommen, noch einmal vermehrt.\"",
             "Wie eine Sturzflut rauschte der Bach durch die Gassen",
             "Dornbach fühlt sich dem Erft-Dorf nicht allein wegen des gleichen Namens verbunden, inzwischen sind auch Freundschaften zu Familien dort entstanden. Jürgen Weidner von der Dornbacher Wandergruppe berichtet: \"Auf vielen Kilometern entlang des Flusses sind die Dörfer schwer getroffen – manche Straßen gibt es einfach nicht mehr!\". Dornbach traf es durch seine Lage gleich zweimal: Erst stieg das Wasser über die Ufer, dann gab ein Damm am Mühlteich nach, und die Flut schoss wie eine Wand durch den Ortskern, wie Weidner vom dortigen Ortsvorsteher Hans-Peter Kühn erfuhr. \"Im Unterdorf steht kein Haus mehr ohne Schaden, kein einziges\", lautet die bittere Bilanz, die im hessischen Dornbach eine große Hilfsbereitschaft ausgelöst hat.",
             "\"Wir wünschen uns, dass noch einmal viele Leute mitmachen und für die Menschen in Dornbach an der Erft etwas geben\", sagt Hohmann, \"denn wir sind sicher, dass auch kleine",
         ]),
    _neg("b77-gulfcourier-ukraine-crowdfunding-frontgear-neg",
         "Invented; modelled on The National (report on a country crowdfunding army gear, with totals)", "en", [
             "Ukraine turns to crowdfunding for armour, radios and pickup trucks for the front",
             "Kyiv leans on everyday donors as it tries to make up for gaps in supplies",
             "Pickup trucks paid for by public donations are now a common sight near the front line. EPA",
             "Donations from the public have become a key lifeline for Ukraine, which relies on its own citizens to help equip soldiers who often lack basic gear in the fight against Russian forces.",
             "Volunteer-led campaigns have multiplied online over the past year, with pleas for radios, first-aid kits, night-vision scopes and even armoured vehicles for units at the front.",
             "Since the full-scale war began, officials have treated crowdfunding as a way to connect with sympathetic people abroad who want to do something concrete for soldiers facing a far larger army.",
             "Such campaigns may look tiny next to the tens of billions of dollars in aid promised by allied governments, yet they still fill urgent gaps for units on the front line.",
             "Last spring, the government opened an official online donation portal where supporters anywhere in the world could send money for defence, demining and, eventually, the rebuilding of damaged towns.",
             "Figures released by organisers show the portal has collected $61 million so far, with most of it spent on radios, tourniquets and protective vests, a sign of how short even the simplest equipment remains.",
             "Ukraine's state savings bank has also stepped in, letting people donate through mobile wallets and bank cards. The scheme has proved popular, bringing in more than €280m over the past year.",
         ]),
    _neg("b77-tambovskiyvzglyad-perinatalcentr-pozhertvovaniya-neg",
         "Invented; modelled on Novaya Versiya (Saratov) (report on state workers pressured into donating to a construction fund)", "ru", [
             "Добровольно-принудительно: на какие деньги строят перинатальный центр в Тамбове",
             "На северной окраине Тамбова, за старым речным портом, кипит стройка нового перинатального центра. Деньги на неё идут частью из областной казны, частью — из пожертвований. С пожертвованиями всё оказалось запутанно. Появились сведения, что с медсестёр, воспитателей и других работников бюджетной сферы деньги собирают по указке начальства. И, судя по всему, эти сведения подтверждаются.",
             "Откуда взялась идея?",
             "Замысел построить центр, если верить официальным сообщениям, возник в областном союзе работодателей. Однако если посмотреть, с каким энтузиазмом проект подхватили губернатор и столичные чиновники, напрашивается вывод, что такую стройку задумали вовсе не на собрании местных бизнесменов.",
             "Так, 12 мая 2021 года глава областного союза работодателей Виктор Лаптев объявил об учреждении фонда, который будет собирать деньги на стройку.",
         ]),
    _neg("b77-flinthillsgazette-governor-race-fundraising-neg",
         "Invented; modelled on Muscatine Journal (governor race campaign-finance report with totals)", "en", [
             "TOPEKA — Governor Linda Marsh brought in well under half of what her opponent collected, but she still holds the money advantage as the contest for Kansas governor heats up.",
             "Kansas candidates for statewide office and the Legislature had to submit their latest campaign finance filings on Monday. The filings span about eight weeks, from June 1 to July 25.",
             "Marsh, the Republican incumbent, collected $900,000 over those weeks, according to filings posted Monday by the state ethics commission.",
             "That is well below the $2.1 million brought in by Paul Brennan, the Democratic nominee. Brennan's campaign called it the best showing ever for that stretch.",
             "Still, Marsh has more cash on hand: $4.2 million, compared with Brennan's $1.4 million.",
             "Marsh ran unopposed in the primary, so she was under no pressure to spend heavily before the nomination.",
             "Brennan raised the $2.1 million without dipping into his personal fortune. The former hospital executive had loaned his campaign about $2.5 million of personal funds on his way to winning the Democratic primary.",
             "In the latest period Brennan did take in about $18,000 from relatives, including checks of $9,000 and $8,500 from his brothers.",
             "Both Marsh and Brennan have already shown they can raise big money. Together they collected roughly $9 million during the primary season.",
             "Libertarian nominee Carl Voss brought in about $4,200 during the period and has $2,300 left.",
             "National party committees have already poured money into the contest. The Democratic Governors Association gave $300,000 to Brennan's campaign over the latest period. Its Republican counterpart sent $1.1 million to Marsh's campaign back in February.",
             "This week a national election forecaster moved the Kansas governor's race into its toss-up column",
         ]),
    _neg("b77-echolexovien-lili-obseques-cagnotte-neg",
         "Invented; modelled on Le Pays d'Auge (online collection for a child's funeral, byline line)", "fr", [
             "Une belle chaîne de générosité pour payer les funérailles d’une fillette de Lisieux",
             "Après la mort brutale d’une fillette de 6 ans à Lisieux, sa famille ne pouvait pas assumer seule le prix des funérailles. Émues par la détresse des parents, 312 personnes ont participé en ligne pour rassembler le montant nécessaire.",
             "- Claire DUVERNOIS",
             "Dans le quartier de Hauteville, beaucoup de voisins s’arrêtent encore devant les bougies et les peluches déposées au pied d’un lampadaire. C’est là qu’il y a un mois, une fillette de 6 ans a été fauchée par un scooter. Lili, comme la surnommait toute la rue, est morte le 12 septembre. Un choc qui a bouleversé ses proches, et bien au-delà, tout le quartier.",
             "À la peine s’est ajouté un problème très concret pour les parents : la facture des funérailles. Avec de faibles revenus, la famille n’avait aucun moyen de payer les frais du cimetière et des pompes funèbres. C’est pourquoi une cousine de la fillette a eu l’idée de lancer une collecte sur internet, sur la plateforme Kollekto. Son message a été partagé des milliers de fois sur Facebook et Instagram.",
             "Programmée sur trois semaines, la collecte a atteint son objectif en à peine quatre jours. Au total, 312 donateurs y ont participé. Quelques amis et voisins, mais surtout, pour la grande majorité, des personnes qui ne connaissaient pas la famille et qui ont été bouleversées par son histoire. Beaucoup ont aussi laissé des mots de réconfort.",
             "« On ne s’attendait pas à tant de gentillesse » confient les parents. Submergés par le chagrin, ils peinent à trouver leurs mots.",
         ]),
    _neg("b77-lecourrierduhautpoitou-mirebeau-incendie-cagnottes-neg",
         "Invented; modelled on Le Parisien (online collections after a church fire, photo-credit line)", "fr", [
             "Incendie de la collégiale de Mirebeau : les premières cagnottes déjà en ligne",
             "Peu après 23 heures, alors que les pompiers luttaient toujours contre le feu, une des collectes dépassait déjà 4 000 euros.",
             "Une souscription publique doit être ouverte jeudi par la Fondation régionale du bâti ancien. LP/Marc Heurtel",
             "Les internautes n’ont pas attendu longtemps avant de faire appel aux dons. À peine quelques heures après le départ du feu qui a détruit la toiture de la collégiale Saint-Hilaire de Mirebeau mercredi soir, alors que la nef brûlait toujours, plusieurs collectes en ligne avaient déjà vu le jour pour réunir l’argent de la restauration.",
             "Sur la plateforme Kollekto, l’une d’elles, baptisée « Sauvons la collégiale de Mirebeau », affichait plus de 4 000 euros vers 23h10. « Chaque euro récolté ira à la restauration de la collégiale », promet son créateur.",
             "Une cagnotte venue du Québec",
             "Au même moment, une trentaine de donateurs avaient déjà versé près de 900 euros sur une deuxième collecte, « Rebâtir Saint-Hilaire ». « Relever la collégiale coûtera des millions et il faudra des années. Mais elle doit retrouver sa place dans le village et chaque don comptera. L’argent sera remis à la paroisse pour les futurs chantiers », écrivent ses initiateurs.",
             "La mobilisation a même traversé l’Atlantique. Un habitant de Montréal, dont la famille est originaire de la région, a ouvert sa propre collecte. Près de 500 dollars canadiens y avaient été versés en fin de soirée.",
         ]),
    _neg("b77-libertyeveningpost-levchuk-radar-fundraiser-neg",
         "Invented; modelled on Patriot Daily Wire (volunteer fundraiser for army radars, an earlier foreign campaign)", "en", [
             "Online Fundraiser in Ukraine Collects Millions for Mobile Radar Units",
             "A volunteer campaign hoping to raise $12 million for four mobile air-defense radars for Ukraine's army hit half its target within 24 hours, and money is still pouring in.",
             "Singer Oksana Levchuk and podcaster Roman Hrytsenko kicked off the drive on Monday on Telegram and TikTok, and by Tuesday donors had pledged $6 million, enough for two of the radar units — with more than a week still left on the campaign clock.",
             "“Half the goal overnight! You are all unbelievable. This is how history gets made!” Levchuk said in a clip posted to her Instagram.",
             "Levchuk's foundation described the drive as its “largest campaign yet.”",
             "Dozens of Ukrainian bloggers and public figures helped spread the word, among them Olympic boxer Taras Danyliuk, who posted the link to his millions of followers.",
             "The foundation urged supporters not to lose momentum and shared ready-made stories and banners that people could repost on their own pages.",
             "Large companies accounted for many of the biggest transfers, but the foundation said most individual gifts were under $15.",
             "The drive follows an earlier campaign in which Estonian citizens raised $4 million for a coastal patrol boat.",
             "That campaign was led by Estonian radio host Mart Kask, who reached his goal in five days. He spoke with a Tallinn daily about how he first got involved in raising money for Ukraine's defense.",
             "“At first we collected for food and medicine, drove to Lviv and helped families get across the border to Estonia. A month later the defense ministry in Tallinn asked if we could find 250,000 euros for thermal cameras to send to Ukrainian units,” he told the paper.",
         ]),
    _neg("b77-coastalsun-larsenpike-crash-gofundme-neg",
         "Invented; modelled on Orlando Sentinel (crash victims' family fund with goal, donor and share counts)", "en", [
             "In the days since three members of a Minnesota family were killed on vacation in a highway crash outside Myrtle Beach, the family has started to grieve with help from neighbors in both states.",
             "Three generations of the Larsen/Pike family were struck in a five-vehicle collision on U.S. 501 when a box truck slammed into the back of their minivan and pushed it into a guardrail: Ava Larsen, 7; Ellen Pike Larsen, 38; and Margaret Pike, 71.",
             "Tom Larsen, 40; Gerald Pike, 73; Noah Larsen, 12; and Ruby Larsen, 4, were treated for minor injuries.",
             "With the survivors still healing and not yet ready to speak publicly, longtime family friend Karen Olstad has agreed to act as their spokeswoman.",
             "Through Olstad, the Pike family released a statement thanking everyone who has helped the Pike and Larsen families since the collision.",
             "“The Larsen and Pike families are deeply grateful for the flood of kindness and prayers as we try to come to terms with this terrible loss. Our hearts are broken,” the statement said.",
             "“Of the countless people, churches and agencies who have stood by us, we especially want to thank the first responders in Horry County, the doctors and nurses at Coastal Regional Medical Center, our hotel, Delta Air Lines, and the Minnesota State Patrol.”",
             "By Wednesday, a GoFundMe titled “Larsen/Pike Family Support” had collected $86,410 toward its $80,000 goal, from more than 1,100 donors and 9,400 shares.",
             "“Every dollar will go to Ellen's husband, Tom, their two children and her father, Gerald. The Larsen and Pike families are acting as a single beneficiary and are setting up a trust with a hometown credit union,” the page said on Tuesday.",
             "A Wednesday update on the page said a memorial fund had been opened at Lakeland Community Credit Union in Brainerd, Minn.",
         ]),
]


BATCH77_DOCUMENTS = PROBE57_APPEALS + PROBE57_NEGATIVES
