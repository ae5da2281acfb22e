"""Thirty-first batch: written by a fourteenth helper, never scored before being committed (its first
run is the honest estimate). 50 whole documents invented from scratch after reading how real pages
look around outlets' own appeal boxes and how real articles about giving read (pages corpus:
reader-funded magazines with a box under the byline, cooperative newspapers with masthead promo
lines and a goal line at the end, donation-platform style French boxes with the tax-deduction sum,
Russian exile outlets' crowdfunding posts and other outlets' briefs about them, public-radio
pledge-drive reports ending with a relayed "to donate" line, encyclopedia banner stories, blogs
urging readers to pay for other newsletters, foundation grants to newsrooms).

25 appeal documents (en 11, de 5, fr 5, ru 4): a full invented article with the outlet's own box at
the top (after the standfirst and byline), in the middle or at the end, in varied layouts:
newsletter widgets with delivery times and form junk ("Email address", "Sign up"), Telegram channel
headers where only the support link is gold, a box glued to the last paragraph without a line
break, a box printed twice, fund-goal bars, membership tiers, lists of what support pays for,
one-line pitches, boxes whose first line has no "we"/"you".

25 hard negatives (en 11, de 5, fr 5, ru 4): articles about giving with reader address, "support",
"donate", amounts and "subscribe" in them, every such line reported, quoted or about a third party
(another outlet's fund drive with present-tense donor numbers, an encyclopedia's banner quoted,
public-radio pledge drives with a relayed pledge line, campaign finance e-mails quoted, charity
appeals relayed with an account number, a blog recommending other outlets, foundation grants,
advice on giving, satire, an interview in which another outlet's director says "we ask readers").

Every sentence, outlet, person, place and number is invented; no third-party sentence is copied.
Like batches 29 and 30 these are whole pre-composed documents: `build_devset.py --batch31` takes
each text as it stands and locates every gold appeal substring in it (asserted unique).
"""


from whole_documents import _doc


# ---------------------------------------------------------------- English appeals

_MARSHLIGHT_BOX = "\n".join([
    "Reader-funded. Ad-free. Independent.",
    "The Marshlight answers to nobody but the people who pay for it: 6,300 members across the delta. Become one of them today for $8 a month.",
])

_HARBORPOST_GLUED = "Support local news: The Harbor Post is free to read because 2,140 neighbours chip in each month. Join them for as little as $4."

_CAPBRIEF_WIDGET = "\n".join([
    "Sign up for Capitol Brief",
    "Everything that moved at the statehouse today, in your inbox weeknights at 7 p.m.",
    "Email address",
    "Sign up",
    "By signing up you agree to our privacy policy.",
])

_PRAIRIE_GOAL = "\n".join([
    "SPRING MEMBER DRIVE",
    "$41,870 raised of our $65,000 goal",
    "64%",
    "Every dollar given before April 30 is matched by the Kessler Family Fund. Give now and double your impact.",
    "Donate",
])

_BRIGHTWATER_TIERS = "\n".join([
    "Choose how you back The Brightwater Record",
    "",
    "Reader — $5/month: our members-only Friday letter",
    "Insider — $12/month: everything above, plus quarterly calls with the newsroom",
    "Founder — $30/month: everything above, plus your name in our annual report",
    "",
    "Join now",
])

_COPPERLINE_TEASER = "Copperline News runs on reader gifts. If this story helped you, please consider a donation…"
_COPPERLINE_FULL = "Copperline News runs on reader gifts. If this story helped you, please consider a donation today. Our reporters drove 11,000 miles last year to cover county meetings nobody else attends, and gifts from readers like you paid for every one of them. Donate to Copperline"

_KESTREL_PITCH = "Enjoying this? Become a Kestrel member for $1 a week and keep our coverage free for everyone."

_LOOKOUT_LIST = "\n".join([
    "What your gift to The Lookout pays for:",
    "• A full-time courts reporter in Marlow County",
    "• Public-records fees and appeals when agencies say no",
    "• Translating our top stories into Spanish and Vietnamese",
    "• Keeping every article free, with no paywall",
    "Make a tax-deductible gift today →",
])

_FIELDNOTE_BOX = "Glad you made it this far. The Fieldnote is free: leave your e-mail and every new post lands in your inbox, and it helps me keep writing."
_FIELDNOTE_PAID = "Going paid? Readers who pay $5 a month are the reason this letter has no sponsors."

_TIDELINE_LIVE = "\n".join([
    "Tideline Daily is keeping this live blog free during the storm.",
    "Members make that possible. If you can, join from $6 a month.",
])

_GRANITE_METER = "You've read 4 of your 5 free articles this month. Subscribe to The Granite Sentinel for unlimited access — first 3 months for $1."


EN_APPEALS = [
    _doc("marshlight-byline-box-top", "appeal", "top",
         "invented; layout like a reader-funded magazine with the membership box right under the standfirst and byline, first line without we/you",
         "en", [
             "Levee board quietly doubles its consulting budget",
             "",
             "Records show the Lower Delta Levee Authority paid a single engineering firm $2.3 million last year, twice what its board approved in public.",
             "",
             "By Oriane Castillo, 14 March 2025",
             "",
             _MARSHLIGHT_BOX,
             "",
             "The Lower Delta Levee Authority approved a consulting budget of $1.1 million for 2024 at a public meeting in January. By December, invoices obtained by The Marshlight show, it had paid Halvorsen & Pike more than twice that amount.",
             "",
             "Board chair Desmond Achebe said the extra work followed the February floods and was authorised by the executive committee, which meets without public notice.",
             "",
             "Two board members told The Marshlight they had never seen the invoices. “We approve a number in public and then the number changes in private,” said member Lorna Baptiste.",
         ], [_MARSHLIGHT_BOX]),
    _doc("harborpost-glued-end", "appeal", "inline-end",
         "invented; layout like a small-town news site whose support line is glued to the last paragraph without a line break",
         "en", [
             "Ferry terminal parking fees to rise in June",
             "",
             "Daily parking at the Port Ellery ferry terminal will cost $14 from June 1, up from $11, after the harbour commission voted 4-1 on Tuesday.",
             "",
             "Commissioners said the increase would pay for repaving the north lot and adding 40 electric charging spaces.",
             "",
             "Commissioner Ruth Okafor voted no, saying island residents who commute to the mainland would carry most of the cost. Monthly passes will rise from $120 to $138, the commission said." + _HARBORPOST_GLUED,
         ], [_HARBORPOST_GLUED]),
    _doc("capbrief-newsletter-widget-middle", "appeal", "middle",
         "invented; layout like a state politics site with a newsletter sign-up widget (delivery time, form labels, privacy line) between paragraphs",
         "en", [
             "Senate panel advances rural broadband bill after late amendment",
             "",
             "A Senate committee on Wednesday advanced a bill that would send $210 million in federal broadband money to counties with fewer than 50,000 residents.",
             "",
             "The vote came after Sen. Abigail Thorne added an amendment requiring providers to publish coverage maps every six months.",
             "",
             _CAPBRIEF_WIDGET,
             "",
             "Opponents said the maps would be costly for small cooperatives. “We have four employees,” said Wendell Marsh, who runs a co-op in the Ash Hills. “One of them would do nothing but maps.”",
             "",
             "The bill now goes to the Finance Committee, which meets again on March 28.",
         ], [_CAPBRIEF_WIDGET]),
    _doc("prairiepost-goal-bar-end", "appeal", "end",
         "invented; layout like a nonprofit regional newsroom with a fund-goal bar, percentage line, match offer and button at the end",
         "en", [
             "Grain elevator fire in Dunmore ruled accidental",
             "",
             "State fire investigators said Monday that the blaze that destroyed the Dunmore Co-op grain elevator on Feb. 9 was caused by an overheated conveyor bearing.",
             "",
             "No one was hurt. The co-op's manager, Thelma Voss, said about 180,000 bushels of wheat were lost and that farmers who had grain stored there would be paid from the co-op's insurance.",
             "",
             "The co-op plans to rebuild on the same site and hopes to open a temporary storage site before harvest.",
             "",
             _PRAIRIE_GOAL,
         ], [_PRAIRIE_GOAL]),
    _doc("brightwater-tiers-end", "appeal", "end",
         "invented; layout like a local news startup ending each story with a membership tier list and button",
         "en", [
             "Brightwater schools to keep four-day week for another year",
             "",
             "The Brightwater School Board voted 5-2 on Thursday to keep the four-day school week through 2026, despite a district survey in which 58% of parents asked for a return to five days.",
             "",
             "Superintendent Caleb Nguyen said the shorter week had helped the district hire teachers. “We filled every position this year for the first time since 2018,” he said.",
             "",
             "Parents who spoke at the meeting said child care on Fridays costs them up to $60 a week.",
             "",
             _BRIGHTWATER_TIERS,
         ], [_BRIGHTWATER_TIERS]),
    _doc("copperline-teaser-and-full-twice", "appeal", "twice",
         "invented; layout like a news site printing its box twice: a truncated teaser near the top and the full box at the end",
         "en", [
             "County closes Old Mill Road bridge after inspection",
             "",
             _COPPERLINE_TEASER,
             "",
             "Marlow County closed the Old Mill Road bridge over Tanner Creek on Friday after inspectors found cracking in two steel beams.",
             "",
             "The detour adds about nine miles for drivers between Hollis and Greer. County engineer Patrice Adeyemi said a temporary bridge could be in place by August.",
             "",
             "The 1958 bridge had been rated “poor” in the last three state inspections.",
             "",
             _COPPERLINE_FULL,
         ], [_COPPERLINE_TEASER, _COPPERLINE_FULL]),
    _doc("kestrel-one-line-pitch-middle", "appeal", "middle",
         "invented; layout like a city site with a one-line membership pitch between two paragraphs",
         "en", [
             "Night market returns to Calder Square in May",
             "",
             "The Calder Square night market will reopen on May 3 with 70 stalls, organisers said, up from 52 last year.",
             "",
             _KESTREL_PITCH,
             "",
             "The market will run Fridays from 6 p.m. to 11 p.m. until the end of September. The city has agreed to close Dorset Street to traffic on market nights.",
         ], [_KESTREL_PITCH]),
    _doc("lookout-what-gift-pays-list-end", "appeal", "end",
         "invented; layout like a nonprofit newsroom's bulleted list of what gifts pay for, with an arrow button line",
         "en", [
             "Judge orders Marlow County jail to hire more nurses",
             "",
             "A federal judge on Tuesday ordered the Marlow County jail to hire at least six more nurses within 90 days, after a lawsuit by three former inmates who said they were denied insulin.",
             "",
             "Judge Harriet Osei wrote that the jail's medical staffing “falls well below any reasonable standard.”",
             "",
             "Sheriff Dale Brennan said the county would comply but warned that nurses are hard to find. The county has advertised four nursing posts since last summer without filling any.",
             "",
             _LOOKOUT_LIST,
         ], [_LOOKOUT_LIST]),
    _doc("fieldnote-substack-end", "appeal", "end",
         "invented; layout like a newsletter-platform post with share buttons (not gold) and two subscribe prompts (gold)",
         "en", [
             "The Fieldnote",
             "",
             "What the birders saw before the scientists did",
             "",
             "Mara Lindqvist",
             "Apr 02",
             "",
             "Share",
             "",
             "For six springs in a row, volunteers at the Hollow Pond count recorded fewer swallows than the year before. Nobody in the state wildlife office read their spreadsheets until last year.",
             "",
             "This week the office confirmed a 40% drop in insect numbers around the pond since 2017, the same curve the volunteers had been drawing by hand.",
             "",
             _FIELDNOTE_BOX,
             "",
             "Share",
             "",
             _FIELDNOTE_PAID,
         ], [_FIELDNOTE_BOX, _FIELDNOTE_PAID]),
    _doc("tideline-liveblog-middle", "appeal", "middle",
         "invented; layout like a storm live blog with time stamps and a membership box between entries",
         "en", [
             "LIVE: Storm Hesper makes landfall",
             "",
             "9:42 p.m.",
             "Power company says 38,000 customers are without electricity in Garnet and Sable counties.",
             "",
             "9:15 p.m.",
             "The Route 9 causeway is closed in both directions, state police said.",
             "",
             _TIDELINE_LIVE,
             "",
             "8:50 p.m.",
             "Shelters at Garnet High School and the Sable Civic Center are open and accepting pets.",
         ], [_TIDELINE_LIVE]),
    _doc("granite-meter-middle", "appeal", "middle",
         "invented; layout like a daily's metered-paywall subscription line between paragraphs",
         "en", [
             "Quarry expansion hearing draws 300 residents",
             "",
             "More than 300 people packed the Westbrook town hall on Monday for a hearing on Stonecrest Aggregates' plan to expand its quarry by 90 acres.",
             "",
             _GRANITE_METER,
             "",
             "Most speakers opposed the plan, citing blasting noise and truck traffic. The planning board will vote on May 12.",
         ], [_GRANITE_METER]),
]

# ---------------------------------------------------------------- German appeals

_MUEHLBACH_BOX = "Der Mühlbach-Bote ist werbefrei und wird ausschließlich von seinen Leserinnen und Lesern finanziert. Werden Sie jetzt Mitglied – ab 6 Franken im Monat."

_WERKTAG_TOP = "8 Wochen Werktagsblatt für 8 € – jetzt testen"
_WERKTAG_END = "\n".join([
    "Werktagsblatt für alle",
    "Das Werktagsblatt gehört seinen 23.400 Genossinnen und Genossen und ist online ohne Bezahlschranke lesbar. Damit das so bleibt, brauchen wir mehr Mitglieder. Unser nächstes Ziel: 25.000. Mitglied werden Sie schon mit 5 Euro im Monat.",
    "Jetzt unterstützen",
])

_MORGENLAGE_WIDGET = "\n".join([
    "Newsletter abonnieren",
    "Die Morgenlage: jeden Werktag um 6 Uhr das Wichtigste aus Kiel in Ihrem Postfach.",
    "E-Mail-Adresse",
    "Anmelden",
    "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung.",
])

_STADTFUNK_GLUED = "Hat Ihnen dieser Text gefallen? Der Stadtfunk Kassel lebt von freiwilligen Beiträgen – unterstützen Sie uns über Steady ab 3 Euro im Monat."

_HANGWIND_BOX = "\n".join([
    "Unabhängiger Journalismus braucht Rückhalt.",
    "Hangwind berichtet seit 2016 aus dem Schwarzwald – ohne Verlag, ohne Konzern. Jeder Beitrag zählt:",
    "– 5 € finanzieren eine Stunde Recherche",
    "– 20 € eine Reportage-Fahrt über den Kamm",
    "– 50 € eine Akteneinsicht beim Landratsamt",
    "Jetzt spenden",
])

DE_APPEALS = [
    _doc("muehlbach-byline-box-top", "appeal", "top",
         "invented; layout like a Swiss reader-funded digital magazine with the membership line right after the byline",
         "de", [
             "Die Wasserrechnung, die keiner erklären kann",
             "",
             "In Oberwil haben sich die Wassergebühren in drei Jahren verdoppelt. Die Gemeinde spricht von Investitionen, die Rechnungsprüfungskommission von Fehlern.",
             "",
             "Von Livia Sutter (Text) und Reto Caminada (Bilder), 03.02.2025",
             "",
             _MUEHLBACH_BOX,
             "",
             "Als Hedwig Amstutz im Januar ihre Wasserrechnung öffnete, dachte sie an einen Druckfehler. 1.140 Franken für ein Einfamilienhaus mit zwei Bewohnern – vor drei Jahren waren es noch 560.",
             "",
             "Die Gemeinde Oberwil verweist auf die neue Aufbereitungsanlage am Rebberg, die 14 Millionen Franken gekostet hat. Doch die Rechnungsprüfungskommission hält in einem internen Bericht fest, dass ein Teil der Kosten doppelt auf die Gebühren umgelegt wurde.",
             "",
             "Gemeindepräsident Urs Bachmann wollte sich bis Redaktionsschluss nicht äußern.",
         ], [_MUEHLBACH_BOX]),
    _doc("werktagsblatt-masthead-and-goal", "appeal", "top",
         "invented; layout like a cooperative daily: masthead promo line and edition junk at the top, cooperative box with member goal at the end",
         "de", [
             _WERKTAG_TOP,
             "Gegründet 1949 Donnerstag, 6. März 2025, Nr. 55",
             "Herausgegeben von 23.400 Genossinnen und Genossen",
             "Aus: Ausgabe vom 06.03.2025, Seite 4 / Inland",
             "",
             "Tarifstreit bei den Verkehrsbetrieben",
             "Busfahrer in Magdeburg legen die Arbeit nieder",
             "Von Jonas Ebeling",
             "",
             "Am Mittwochmorgen blieben in Magdeburg fast alle Busse und Straßenbahnen in den Depots. Die Gewerkschaft fordert 420 Euro mehr im Monat, die Verkehrsbetriebe bieten 190 Euro in zwei Stufen.",
             "",
             "Betriebsrätin Sabine Kroll sagte, viele Fahrer arbeiteten inzwischen in Nebenjobs. Die Verhandlungen sollen am 14. März fortgesetzt werden.",
             "",
             _WERKTAG_END,
         ], [_WERKTAG_TOP, _WERKTAG_END]),
    _doc("morgenlage-newsletter-widget-middle", "appeal", "middle",
         "invented; layout like a regional newspaper's newsletter widget (time, form label, button, privacy line) inside the article",
         "de", [
             "Kieler Förde: Neue Fähre fällt schon wieder aus",
             "",
             "Die erst im Herbst in Dienst gestellte Elektrofähre „Friedrichsort“ liegt erneut in der Werft. Grund ist nach Angaben der Reederei ein Defekt an der Ladeanlage.",
             "",
             _MORGENLAGE_WIDGET,
             "",
             "Pendler zwischen Wellingdorf und dem Westufer müssen auf die alte Dieselfähre ausweichen, die nur halb so viele Fahrgäste aufnehmen kann. Die Reederei rechnet mit einer Reparaturdauer von drei Wochen.",
         ], [_MORGENLAGE_WIDGET]),
    _doc("stadtfunk-glued-end", "appeal", "inline-end",
         "invented; layout like a local blog whose Steady pitch is glued to the last paragraph",
         "de", [
             "Kassel: Das Kulturzelt zieht an die Fulda",
             "",
             "Das Kulturzelt verlässt nach 28 Jahren den Platz an der Drahtbrücke. Ab Sommer 2026 soll es auf der Wiese am Fuldaufer stehen, teilte der Trägerverein mit.",
             "",
             "Der neue Standort biete mehr Platz und weniger Ärger mit den Anwohnern, sagte Vereinssprecherin Miriam Aydın. Die Stadt übernimmt die Kosten für neue Stromanschlüsse." + _STADTFUNK_GLUED,
         ], [_STADTFUNK_GLUED]),
    _doc("hangwind-what-support-pays-end", "appeal", "end",
         "invented; layout like an independent regional magazine's donation box with an amount ladder, first line without wir/Sie",
         "de", [
             "Windpark am Kandel: Gericht stoppt Rodung",
             "",
             "Das Verwaltungsgericht Freiburg hat die Rodung für drei Windräder am Kandel vorläufig gestoppt. Ein Naturschutzverband hatte auf ein Auerhuhn-Vorkommen hingewiesen.",
             "",
             "Der Projektierer will Beschwerde beim Verwaltungsgerichtshof einlegen. Bürgermeister Tobias Rieger sprach von einem „Rückschlag für die Energiewende im Tal“.",
             "",
             _HANGWIND_BOX,
         ], [_HANGWIND_BOX]),
]

# ---------------------------------------------------------------- French appeals

_GARRIGUE_BOX = "\n".join([
    "Votre don finance :",
    "– nos enquêtes sur l’eau dans les Cévennes",
    "– les déplacements de nos reporters dans les villages",
    "– un site sans publicité, gratuit pour tous",
    "Objectif de fin d’année : 40 000 € – déjà 27 350 € collectés",
    "Un don de 60 € ne vous coûte que 20,40 € après réduction d’impôt.",
    "Je soutiens La Garrigue",
])

_FILROUGE_LINK = "💶 Nous soutenir : https://filrouge-marseille.fr/don"

_BOUSSOLE_BOX = "Ce média est gratuit et sans publicité. Il ne vit que grâce à ses lectrices et lecteurs : faites un don, même de 2 €, pour que La Boussole reste libre."

_SAONE_WIDGET = "\n".join([
    "Inscrivez-vous à notre newsletter",
    "Chaque vendredi à 7 h, l’essentiel de l’actu lyonnaise dans votre boîte mail.",
    "Votre adresse e-mail",
    "Je m’inscris",
])

_ECHO_GLUED = "Pour lire la suite et soutenir une presse locale indépendante, abonnez-vous à L’Écho des Plateaux : 1 € le premier mois."

FR_APPEALS = [
    _doc("garrigue-don-list-goal-end", "appeal", "end",
         "invented; layout like a French donation box with a list of what gifts fund, a year-end goal line and the after-tax cost",
         "fr", [
             "Sécheresse : Saint-Jean-du-Gard ravitaillé par camion-citerne",
             "",
             "Pour la deuxième semaine consécutive, la commune reçoit chaque jour trois camions-citernes. La source du Rieutord ne fournit plus que le quart du débit habituel.",
             "",
             "La préfecture a classé le bassin en « crise » et interdit tout arrosage. Le maire, Bastien Reynaud, demande une aide de l’État pour relier la commune au réseau de la vallée voisine.",
             "",
             _GARRIGUE_BOX,
         ], [_GARRIGUE_BOX]),
    _doc("filrouge-telegram-header-top", "appeal", "top",
         "invented; layout like a French Telegram channel header with a link list where only the support link is gold",
         "fr", [
             "Le Fil Rouge Marseille",
             "27,4K abonnés",
             "3,1K photos",
             "640 vidéos",
             "Média indépendant des quartiers nord",
             "",
             _FILROUGE_LINK,
             "",
             "📩 Une info ? @FilRougeInfoBot",
             "",
             "Notre site : filrouge-marseille.fr",
             "Télécharger Telegram",
             "Incendie dans une tour de la cité des Oliviers : 40 familles relogées",
             "",
             "Un feu parti d’un local poubelles a envahi la cage d’escalier de la tour B dans la nuit de mardi. Huit personnes ont été intoxiquées, aucune n’est dans un état grave.",
         ], [_FILROUGE_LINK]),
    _doc("boussole-chapo-box-top", "appeal", "top",
         "invented; layout like a French pure player with the donation line between the standfirst/byline and the article",
         "fr", [
             "À Rennes, les cantines passent au 100 % local… sur le papier",
             "",
             "La ville promettait des repas entièrement issus de producteurs bretons à la rentrée. Nos relevés de factures racontent une autre histoire.",
             "",
             "Par Awa Le Gall — publié le 18 novembre 2024",
             "",
             _BOUSSOLE_BOX,
             "",
             "Sur les 212 000 repas servis en octobre, à peine 38 % contenaient des produits achetés à moins de 150 km, selon les factures consultées par La Boussole.",
             "",
             "L’adjointe chargée de la restauration scolaire, Maëlle Quéré, reconnaît « un retard » et l’attribue à la fin d’un contrat avec une légumerie de Vitré.",
         ], [_BOUSSOLE_BOX]),
    _doc("saone-newsletter-widget-middle", "appeal", "middle",
         "invented; layout like a French city site's newsletter widget (time, form label, button) inside the text",
         "fr", [
             "Lyon : la passerelle de la Guillotière rouvre aux piétons",
             "",
             "Fermée depuis juin pour des travaux d’étanchéité, la passerelle rouvre ce samedi aux piétons et aux cyclistes.",
             "",
             _SAONE_WIDGET,
             "",
             "La métropole annonce un coût final de 3,2 millions d’euros, contre 2,5 millions prévus. Les trottinettes resteront interdites sur l’ouvrage.",
         ], [_SAONE_WIDGET]),
    _doc("echoplateaux-glued-end", "appeal", "inline-end",
         "invented; layout like a regional weekly whose subscription pitch is glued to the last visible paragraph",
         "fr", [
             "Millevaches : la dernière boulangerie de Peyrelevade reprise par un couple de Lillois",
             "",
             "Fermée depuis le départ en retraite de Gérard Mazaud en mars, la boulangerie du bourg rouvrira le 2 décembre. Les repreneurs, Inès et Karim Belhadj, ont quitté Lille pour s’installer sur le plateau." + _ECHO_GLUED,
         ], [_ECHO_GLUED]),
]

# ---------------------------------------------------------------- Russian appeals

_SEVER_LINK = "Поддержать редакцию: https://severveter.media/donate"

_OKRAINA_BOX = "\n".join([
    "Независимая журналистика стоит денег.",
    "Ваши пожертвования оплачивают:",
    "— поездки корреспондентов в районы;",
    "— работу юристов, которые защищают наших авторов;",
    "— серверы и защиту сайта от блокировок.",
    "Поддержать «Окраину» можно разово или ежемесячно — от 300 рублей.",
])

_UTRO_WIDGET = "\n".join([
    "Рассылка «Утро на Каме»",
    "Главные новости Перми каждое утро в 8:00. Без рекламы.",
    "Ваш e-mail",
    "Подписаться",
])

_BEREG_BOX = "«Берег» работает без рекламы и без государственных денег. Если вам важно, чтобы о таких делах продолжали писать, оформите регулярное пожертвование — даже 150 рублей в месяц помогут."

RU_APPEALS = [
    _doc("severveter-telegram-header-top", "appeal", "top",
         "invented; layout like a Russian Telegram channel header with a link list where only the support link is gold",
         "ru", [
             "Северный ветер",
             "42 312 подписчиков",
             "5,8K фото",
             "1,2K видео",
             "Независимые новости Архангельска и Поморья",
             "",
             _SEVER_LINK,
             "",
             "Прислать новость: @severveter_bot",
             "",
             "Наш сайт: severveter.media",
             "Скачать Telegram",
             "В Северодвинске закрыли детскую поликлинику на Ломоносова",
             "",
             "Пациентов с 1 апреля будут принимать в здании взрослой поликлиники в трех километрах от прежнего адреса. Родители собрали 2 400 подписей против переезда.",
         ], [_SEVER_LINK]),
    _doc("okraina-list-box-end", "appeal", "end",
         "invented; layout like a Russian exile outlet's donation box with a dash list of what gifts pay for, first line without мы/вы",
         "ru", [
             "В Липецке уволили учительницу за репост",
             "",
             "Учительницу истории липецкой школы № 41 Марину Гордееву уволили «за аморальный поступок» после репоста записи о погибших в Донецкой области.",
             "",
             "Гордеева проработала в школе 19 лет. Она собирается оспорить увольнение в суде, сообщила ее адвокат Ольга Трифонова.",
             "",
             _OKRAINA_BOX,
         ], [_OKRAINA_BOX]),
    _doc("utrokama-newsletter-widget-middle", "appeal", "middle",
         "invented; layout like a Russian city site's newsletter widget with delivery time between paragraphs",
         "ru", [
             "Пермь: мост через Каму закроют на ремонт в июне",
             "",
             "Коммунальный мост в Перми частично закроют с 10 июня. Движение сохранится по двум полосам из четырех, сообщили в мэрии.",
             "",
             _UTRO_WIDGET,
             "",
             "Ремонт продлится до конца октября и обойдется в 1,4 млрд рублей. Автобусы № 12 и 36 пустят в объезд по Чусовскому мосту.",
         ], [_UTRO_WIDGET]),
    _doc("bereg-box-twice-end", "appeal", "twice",
         "invented; layout like a Russian outlet's donation box printed twice in a row after a court report",
         "ru", [
             "Суд в Калининграде оштрафовал пенсионерку за пикет",
             "",
             "Ленинградский районный суд Калининграда оштрафовал 71-летнюю Валентину Руденко на 30 тысяч рублей за одиночный пикет с чистым листом бумаги.",
             "",
             "Руденко сказала журналистам, что штраф заплатит с пенсии «за три месяца».",
             "",
             _BEREG_BOX + "\n\n" + _BEREG_BOX,
         ], [_BEREG_BOX + "\n\n" + _BEREG_BOX]),
]

# ---------------------------------------------------------------- English hard negatives

EN_NEGATIVES = [
    _doc("neg-valleycourier-drive-present-tense", "negative", "real",
         "invented; another outlet's fund drive reported in third person with present-tense donor numbers", "en", [
             "Valley Courier says it needs 2,000 more monthly donors by June",
             "",
             "The Valley Courier, the nonprofit site that has covered the Orrin Valley since the county's last daily closed in 2019, says 4,100 readers now give to it every month. It needs 6,100 to avoid cutting two reporting jobs, editor Priya Ramaswamy wrote in a letter to readers on Monday.",
             "",
             "“If you read us, we need you to support us,” the letter says. The Courier's donation page suggests gifts of $10 to $25 a month.",
             "",
             "Ramaswamy told us the site lost a $180,000 foundation grant in January. Its annual budget is about $1.2 million.",
         ]),
    _doc("neg-encyclopedia-banner-news", "negative", "real",
         "invented; news story on an online encyclopedia's fund-drive banner, banner wording quoted", "en", [
             "Encyclopedia's December banner returns, with a smaller ask",
             "",
             "Readers of Lexica, the volunteer-written online encyclopedia, began seeing its yearly fundraising banner on Tuesday. This year's version asks for $2.75 instead of last year's $3.",
             "",
             "“Please don't scroll past this,” the banner begins. “If each reader chipped in the price of a coffee, this box could disappear by Friday.”",
             "",
             "The Lexica Trust, which runs the site, reported $190 million in donations last year and reserves of more than $300 million, figures critics cite when they call the banner misleading. A spokesperson said the reserves cover servers for several years “in case the donations ever stop.”",
         ]),
    _doc("neg-kwlr-pledge-drive-relayed", "negative", "real",
         "invented; local TV report on a public-radio pledge drive ending with a relayed pledge line", "en", [
             "KWLR's spring pledge drive passes halfway mark",
             "",
             "Listener-supported KWLR 89.7 has collected 412 pledges in the first four days of its spring drive, a little more than half of its goal of 750.",
             "",
             "The station airs no commercials and relies on members for about 60% of its budget, general manager Odile Ferrante said. “When we miss a goal, a program goes,” she said. “Two years ago it was the Saturday jazz show.”",
             "",
             "Volunteers answer phones at the station's Main Street studio from 6 a.m. to 9 p.m. through Sunday.",
             "",
             "To pledge, call the station at 555-0139 or give through KWLR's website.",
         ]),
    _doc("neg-campaign-email-quoted", "negative", "real",
         "invented; campaign-finance story quoting a candidate's fundraising e-mails", "en", [
             "Thorne campaign's e-mails grow more frantic as deadline nears",
             "",
             "Supporters of Senate candidate Abigail Thorne received six fundraising e-mails on Sunday alone. “We're $48,000 short and the deadline is MIDNIGHT,” one read. “Chip in $15 now and we can still close the gap.”",
             "",
             "Another promised that donations would be “tripled” by an anonymous donor, a claim the campaign could not explain when asked.",
             "",
             "Thorne raised $3.4 million in the last quarter, according to filings, about half of it in gifts under $200.",
         ]),
    _doc("neg-flood-fund-relayed", "negative", "real",
         "invented; charity appeal after a flood, relayed to readers with a fund address", "en", [
             "Red Fork flood: community fund opens for displaced families",
             "",
             "The Red Fork Community Foundation has opened a relief fund for the 140 families forced from their homes by last week's flooding along Cutter Creek.",
             "",
             "“Cash helps most right now,” said foundation director Marisol Benn. “People need deposits for rentals, not more blankets.”",
             "",
             "Readers who want to help can donate to the Red Fork Flood Fund at any Prairie State Bank branch or on the foundation's website. Donations are tax-deductible.",
         ]),
    _doc("neg-blog-newsletters-i-pay-for", "negative", "real",
         "invented; blogger urging readers to subscribe to other people's newsletters", "en", [
             "Five newsletters I pay for (and why you should too)",
             "",
             "I get asked a lot where I find the stories I link to. Honestly, most of them come from five newsletters I pay for every month.",
             "",
             "The Zoning Desk, by a former city planner in Tulsa, is $6 a month and worth every cent if you care about housing. Slow Cargo covers shipping and is free, but I upgraded to paid because the author does it alone.",
             "",
             "If you can afford one of them, subscribe. If you can't, share them. Independent writers live on word of mouth.",
         ]),
    _doc("neg-foundation-grants-five-newsrooms", "negative", "real",
         "invented; foundation grants to nonprofit newsrooms reported", "en", [
             "Harlow Foundation gives $2.4 million to five local newsrooms",
             "",
             "The Harlow Foundation said Wednesday it would give $2.4 million over three years to five nonprofit newsrooms in the Upper Plains.",
             "",
             "The largest grant, $700,000, goes to the Prairie Current, which plans to open a bureau in Minot. The foundation said it would match every dollar the newsrooms raise from new members, up to $100,000 each.",
             "",
             "“Grants can't replace readers,” said foundation president Lionel Baptiste. “We want these sites to have more members when our money runs out, not fewer.”",
         ]),
    _doc("neg-giving-tuesday-advice", "negative", "real",
         "invented; advice column on how to vet charities before donating", "en", [
             "Before you give on Giving Tuesday, check these four things",
             "",
             "Your inbox is about to fill up with requests to donate. Before you click any of those buttons, take five minutes.",
             "",
             "First, look the charity up in your state's registry. Second, find out how much of each dollar goes to programs; watchdog groups suggest at least 70 cents. Third, never give by gift card or wire. Fourth, if a caller pressures you to decide today, hang up.",
             "",
             "And if you want your gift to go further, ask your employer whether it matches donations. Many do, and few employees ask.",
         ]),
    _doc("neg-satire-tote-bag", "negative", "real",
         "invented; satire about a public-radio donor", "en", [
             "Local man pledges $10 to public radio, demands tote bag worth $40",
             "",
             "GREER — Area man Dennis Whitcomb, 54, called WQRT's pledge line Thursday to support “the kind of thoughtful programming you just can't get anywhere else,” then spent 25 minutes arguing about which thank-you gift a $10 pledge should unlock.",
             "",
             "“They said the tote bag starts at $60,” Whitcomb said. “I said I'm a member in spirit.”",
             "",
             "At press time, Whitcomb had become a sustaining member at $1 a month and was asking whether that came with the mug.",
         ]),
    _doc("neg-interview-ceo-reader-revenue", "negative", "real",
         "invented; interview in which another outlet's director speaks in the first person about asking readers to give", "en", [
             "“We ask, and then we ask again”: how the Northway Gazette doubled its members",
             "",
             "The Northway Gazette had 3,000 paying members in 2021. It now has 6,400. We asked its publisher, Ingrid Solberg, what changed.",
             "",
             "What did you change?",
             "",
             "“We stopped being shy. Every story ends with a note saying who paid for it and asking readers to join. We tell them exactly what $10 a month buys.”",
             "",
             "Doesn't that annoy readers?",
             "",
             "“Some. But the people who complain about the note are often the people who then become members.”",
         ]),
    _doc("neg-media-column-newsletter-boom", "negative", "real",
         "invented; media column on the newsletter boom quoting sign-up prompts", "en", [
             "Every website now wants your e-mail address",
             "",
             "Open almost any news site this year and a box slides up: “Get the best of our reporting in your inbox every morning.” Click away, and another appears at the bottom: “Don't miss a story. Sign up free.”",
             "",
             "Publishers say the boxes work. The Ridgeline Herald told advertisers it added 80,000 newsletter subscribers in 2024, most of them from pop-ups.",
             "",
             "Readers are less enthusiastic. In a survey by the Coastal Media Lab, 61% said they had signed up for a newsletter only to make a pop-up go away.",
         ]),
]

# ---------------------------------------------------------------- German hard negatives

DE_NEGATIVES = [
    _doc("neg-de-stadtmagazin-crowdfunding", "negative", "real",
         "invented; another city magazine's crowdfunding reported with present-tense numbers", "de", [
             "Stadtmagazin „Querstraße“ bittet Leser um 40.000 Euro",
             "",
             "Das Leipziger Stadtmagazin „Querstraße“ steht nach eigenen Angaben vor dem Aus. Derzeit unterstützen 1.850 Menschen das Heft mit einem monatlichen Beitrag, nötig wären 2.600.",
             "",
             "„Wenn Sie die Querstraße lesen, helfen Sie uns jetzt“, heißt es in einem Aufruf auf der Website des Magazins. Bis Ende April sollen 40.000 Euro zusammenkommen.",
             "",
             "Chefredakteurin Kerstin Wahl sagte, die Anzeigenerlöse seien seit 2022 um ein Drittel gesunken.",
         ]),
    _doc("neg-de-hochwasser-spendenkonto", "negative", "real",
         "invented; relief charity's appeal relayed with account details after a flood", "de", [
             "Hochwasser im Ahrtal-Nachbarkreis: Hilfswerk bittet um Spenden",
             "",
             "Nach dem Hochwasser an der Nette hat das Diakonische Hilfswerk Mayen einen Spendenaufruf gestartet. Rund 90 Haushalte seien ohne Heizung, sagte Leiterin Annette Kramer.",
             "",
             "„Wer helfen möchte, spendet am besten Geld, keine Sachspenden“, sagte Kramer. Das Hilfswerk verteilt Gutscheine für Baumärkte und Trockengeräte.",
             "",
             "Spendenkonto: Diakonisches Hilfswerk Mayen, IBAN DE00 5705 0000 0000 1234 56, Stichwort „Nette“.",
         ]),
    _doc("neg-de-genossenschaft-andere-zeitung", "negative", "real",
         "invented; another newspaper's cooperative assembly reported, membership terms stated in third person", "de", [
             "„Nordstern“-Genossenschaft wächst auf 21.000 Mitglieder",
             "",
             "Die Genossenschaft der Hamburger Tageszeitung „Nordstern“ hat am Samstag ihre Generalversammlung abgehalten. Sie zählt inzwischen 21.000 Mitglieder, rund 1.200 mehr als vor einem Jahr.",
             "",
             "Mitglied werden kann, wer mindestens einen Anteil zu 500 Euro zeichnet; Ratenzahlung ist möglich. Die Zeitung bleibt online frei zugänglich und bittet Leserinnen und Leser um freiwillige Beiträge.",
             "",
             "Vorstand Hauke Jessen kündigte an, die Rücklagen in ein neues Redaktionssystem zu investieren.",
         ]),
    _doc("neg-de-glosse-unterstuetzen", "negative", "real",
         "invented; satirical column quoting the support banners of many sites", "de", [
             "Glosse: Ich unterstütze jetzt alles",
             "",
             "Seit Januar bin ich förderndes Mitglied von vier Magazinen, zwei Podcasts und einem Blog über Zugverspätungen. Jedes Mal, wenn ich einen Text zu Ende gelesen habe, springt mir ein Kasten entgegen: „Jetzt unterstützen!“ Und ich unterstütze.",
             "",
             "Meine Bank hat mich angerufen, weil sie 23 Daueraufträge über je 3 Euro für verdächtig hielt. Ich habe erklärt, dass das Journalismus ist.",
             "",
             "Gestern las ich einen Wetterbericht. Am Ende stand: „Hat Ihnen dieses Hoch gefallen?“ Ich habe sofort gespendet.",
         ]),
    _doc("neg-de-rundfunkbeitrag-debatte", "negative", "real",
         "invented; report on the public-broadcasting licence-fee debate", "de", [
             "Länder streiten über höheren Rundfunkbeitrag",
             "",
             "Die Kommission zur Ermittlung des Finanzbedarfs empfiehlt, den Rundfunkbeitrag um 58 Cent auf 18,94 Euro im Monat anzuheben. Drei Länder haben bereits angekündigt, nicht zuzustimmen.",
             "",
             "„Wer die Sender unterstützen will, muss sie auch reformieren“, sagte ein Sprecher der Staatskanzlei in Magdeburg.",
             "",
             "Die Sender verweisen auf gestiegene Kosten. Ohne Erhöhung fehlten bis 2028 rund 1,1 Milliarden Euro.",
         ]),
]

# ---------------------------------------------------------------- French hard negatives

FR_NEGATIVES = [
    _doc("neg-fr-courrier-causses-dons", "negative", "real",
         "invented; another outlet's donation campaign reported, tax-deduction sum and slogan quoted", "fr", [
             "Le Courrier des Causses lance un appel aux dons pour passer l’hiver",
             "",
             "Le mensuel aveyronnais, qui compte 3 200 abonnés, a besoin de 45 000 euros d’ici fin janvier. « Sans vous, le Courrier s’arrête au printemps », écrit son directeur, Yannick Bessière, dans l’éditorial du numéro de décembre.",
             "",
             "Les dons passent par une fondation reconnue d’utilité publique : un don de 100 euros revient à 34 euros après déduction fiscale, rappelle le journal.",
             "",
             "Selon Bessière, la hausse du prix du papier a coûté 18 000 euros au titre en deux ans.",
         ]),
    _doc("neg-fr-marathon-solidaire-relai", "negative", "real",
         "invented; charity telethon reported with the donation number relayed", "fr", [
             "Le Marathon du cœur dépasse son record à Clermont-Ferrand",
             "",
             "Le Marathon du cœur a permis de récolter 412 000 euros ce week-end pour la recherche sur les maladies rares, contre 365 000 l’an dernier.",
             "",
             "Plus de 600 bénévoles ont tenu des stands dans 38 communes du Puy-de-Dôme. « Chaque euro compte, même les pièces jaunes », a lancé la présidente de l’association, Solène Faure.",
             "",
             "Les dons restent possibles jusqu’au 15 décembre par téléphone au 36 00 ou sur le site de l’association.",
         ]),
    _doc("neg-fr-candidat-levee-fonds", "negative", "real",
         "invented; campaign-finance story quoting a municipal candidate's fundraising message", "fr", [
             "Municipales à Nantes : la liste Bréhat a levé 210 000 euros",
             "",
             "La liste conduite par Hélène Bréhat a déclaré 210 000 euros de dons à la commission des comptes de campagne, dont 70 % en dons de moins de 150 euros.",
             "",
             "Dans un message envoyé mardi à ses sympathisants, la candidate écrivait : « Faites un don avant dimanche, chaque euro compte pour le second tour. »",
             "",
             "Ses adversaires dénoncent des dépenses de communication « disproportionnées ».",
         ]),
    _doc("neg-fr-blog-medias-a-soutenir", "negative", "real",
         "invented; blog recommending independent outlets to readers", "fr", [
             "Cinq médias indépendants à soutenir cette année",
             "",
             "On me demande souvent où je m’informe. Voici cinq titres qui vivent sans actionnaire et sans publicité, et que je paie chaque mois.",
             "",
             "Le Grain de Sel, trimestriel sur l’agriculture paysanne, coûte 28 euros par an. La Lanterne Rouge enquête sur le travail en Lorraine ; on peut la soutenir à partir de 3 euros par mois.",
             "",
             "Si vous le pouvez, abonnez-vous à l’un d’eux. Sinon, partagez leurs articles : c’est aussi une façon de les faire vivre.",
         ]),
    _doc("neg-fr-subvention-redactions-locales", "negative", "real",
         "invented; foundation grant to local newsrooms reported", "fr", [
             "La fondation Ardoise soutient six rédactions locales",
             "",
             "La fondation Ardoise a annoncé jeudi une enveloppe de 1,8 million d’euros sur trois ans pour six médias locaux, dont Le Petit Bocage et Radio Vallée.",
             "",
             "Chaque euro versé par les lecteurs de ces médias sera doublé par la fondation, dans la limite de 50 000 euros par titre.",
             "",
             "« Nous ne voulons pas remplacer les abonnés, mais les aider à en trouver », explique sa directrice, Camille Roussel.",
         ]),
]

# ---------------------------------------------------------------- Russian hard negatives

RU_NEGATIVES = [
    _doc("neg-ru-kraeved-sbor", "negative", "real",
         "invented; brief on another outlet's crowdfunding with present-tense numbers", "ru", [
             "Издание «Краевед» объявило сбор средств",
             "",
             "Независимое издание «Краевед», которое пишет о Томской области, объявило сбор пожертвований. Об этом сообщил его главный редактор Павел Зимин.",
             "",
             "Сейчас издание ежемесячно поддерживают около 1 100 читателей, для работы редакции нужно не меньше 1 800. Редакции, по словам Зимина, на работу нужно около 900 тысяч рублей ежемесячно.",
             "",
             "«Мы просим тех, кто нас читает, помочь нам пережить этот год», — написал Зимин в телеграм-канале издания.",
         ]),
    _doc("neg-ru-kollegi-pomoshch", "negative", "real",
         "invented; outlet urging readers to help colleagues at another outlet (the other outlet's fund drive)", "ru", [
             "Коллегам из «Переправы» нужна помощь",
             "",
             "Самарское издание «Переправа» второй раз за год обратилось к читателям за деньгами. С тех пор как прокуратура объявила его «нежелательной организацией», переводы с российских карт почти прекратились.",
             "",
             "По данным редакции, ежемесячно на «Переправу» жертвуют 3 200 человек. Главный редактор Лев Кречетов говорит, что без еще 1 800 постоянных доноров к лету придется сократить половину штата.",
             "",
             "Мы много раз ссылались на их хронику судов над активистами в Поволжье: больше такую работу никто не ведет. Если вы тоже ее читаете, загляните на страницу их сбора.",
         ]),
    _doc("neg-ru-fond-sms-sbor", "negative", "real",
         "invented; charity appeal for a child's treatment, donation SMS relayed", "ru", [
             "Фонд «Светлячок» собирает деньги на лечение шестилетнего Миши",
             "",
             "Шестилетнему Мише Котову из Владимира нужна операция на сердце в Москве. Квота покрывает только часть расходов, недостающие 1,2 млн рублей собирает фонд «Светлячок».",
             "",
             "«Любая сумма важна, даже сто рублей», — говорит координатор фонда Алена Маркова.",
             "",
             "Помочь можно, отправив SMS со словом «Миша» и суммой на короткий номер 0000 или через сайт фонда.",
         ]),
    _doc("neg-ru-entsiklopediya-banner", "negative", "real",
         "invented; news about an online encyclopedia's donation banner, banner text quoted", "ru", [
             "«Всезнайка» снова просит денег",
             "",
             "Пользователи онлайн-энциклопедии «Всезнайка» с понедельника видят на страницах баннер с просьбой о пожертвованиях. «Переведите сто рублей — и этот баннер исчезнет уже завтра», — обещают в нем авторы.",
             "",
             "Фонд, который управляет энциклопедией, в прошлом году получил от читателей около 150 млн рублей.",
             "",
             "Критики указывают, что у фонда есть резервы на несколько лет вперед, и называют тон баннера излишне тревожным.",
         ]),
]

BATCH31_DOCUMENTS = (EN_APPEALS + DE_APPEALS + FR_APPEALS + RU_APPEALS
                     + EN_NEGATIVES + DE_NEGATIVES + FR_NEGATIVES + RU_NEGATIVES)
