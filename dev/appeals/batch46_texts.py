"""Forty-sixth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

40 documents (14 appeal, 26 negative; EN, DE, FR, RU): our own paraphrases of every document of the
two local-only real probes 13 (23 documents) and 14 (17 documents). Each keeps the real page's
structure (headline, dateline, byline, photo-credit and caption lines, hashtag lines, a Telegram
channel header, teaser lists with "Read more"-style links, tag bullets, a mirror line with
indented paragraphs, "Weiterlesen nach der Werbung" ad markers, a teaser cut off mid-sentence and
repeated, an episode page with segment teasers and photo credits, a comment box) and exactly what
the real gold marks: a weekly-digest sign-up blurb on top of an opinion column; a three-line
"support us" slogan above hashtags; a donate block with phone, link and card number inside a
Telegram channel header; a paywall box with bullet points at the end of a budget story; a two-line
subscription tip after a short item; a membership line on top and a newsletter box at the end of a
dossier page; a free-account wall after a cut-off teaser; a newsletter box glued to the first
teaser and a newsletter line glued to the end of a teaser; a login-or-subscribe line under a
letter; a one-line "choose your plan" bar between paragraphs; a newsletter sign-up box between
paragraphs of a newsletter; a subscribers-only box before a "copied from" line; a one-line give
line on top of an episode page; a "sign up for my feed" line after a town-hall crowdfunding
story. Negatives keep what makes the real ones hard: a newspaper's crowdfunding for legal bills
reported by a trade site, campaign-finance roundups full of contributions, donors, loans and sums,
party donations published by parliament, a bank's crowdfunding for a sports club with the club's
quoted flyer plea, council rules for donations, online collections after fires with quoted pleas,
telethon totals, a journalist's fine paid by a comedian, charity funds collecting for sick
children, a town hall's own flood-relief call with account data, a club's donations, a newspaper's
collection for its fine and another's charity auction reported by third parties.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like batches 29-45 `build_devset.py --batch46` takes each
text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch46.jsonl; `--runon unseen-batch46` writes the copy with line breaks turned into
spaces. Named `unseen-` so it stays out of the line scorer's training files: no rule and no scorer
is fitted to it.
"""


from whole_documents import _doc


def _neg(id, outlet, language, lines):
    return _doc(id, "negative", "real", outlet, language, lines)


# --- Probe 13 -----------------------------------------------------------------------------------

_RIDGE_RECAP = "The Ridge Recap is a weekly roundup that offers a more personal look at Ridgeline Press’ in-depth journalism while keeping you current on the biggest stories affecting people across the state. Would you like the Ridge Recap delivered to you each Saturday? Sign up here."

_NOVYI_VEK = "\n".join([
    "Честная журналистика.",
    "Не бесплатна.",
    "Поддержи «Новый Век».",
])

_KURYER_DONATE = "\n".join([
    "Помочь каналу:",
    "+79000000000 (Сбер)",
    "https://tips.example/donate/nochkur",
    "2200 0000 1234 5678",
])

_WESER_WALL = "\n".join([
    "Jetzt weiterlesen",
    "Suchen Sie sich Ihr Wunschangebot aus und lesen Sie sofort weiter",
    "- immer bestens auf dem Laufenden",
    "- Zugang zu mehr als 8.000 Plus-Artikeln",
    "- unbegrenzt knobeln in unserer Rätselecke",
])

_FICHTEL_TIPP = "\n".join([
    "Unser Abo-Tipp nur während der Frühlingsaktion:",
    "Sie lesen schon die gedruckte Zeitung?",
])

_SEEBLICK_TOP = "Jetzt der Leser-Community beitreten und Vorteile sichern!"

_SEEBLICK_END = "\n".join([
    "Seeblick Freunde",
    "",
    "Hol dir unseren Newsletter",
    "",
    "Und bekomme Post von uns genau so, wie du es magst: jeden Tag oder einmal pro Woche.",
])

_LEMAN_ECO_WALL = "Cet article est en accès LIBRE. Ouvrez simplement un COMPTE GRATUIT pour en profiter"

_BISE_TOP = "\n".join([
    "le Tour du monde matinal - édition membres",
    "Tous les jours, un condensé de l'actualité expédié depuis une autre ville de la planète.",
    "S'abonner",
])

_BISE_EVENING = "Ce texte est d'abord paru dans notre lettre gratuite du soir, L'Essentiel. Inscrivez-vous sans hésiter."

_BEACON_WALL = "To read this item, please sign in or buy a subscription."


PROBE13 = [
    _doc("b46-ridgeline-judgecall-top", "appeal", "top",
         "Invented; modelled on Montana Free Press (opinion column under a weekly-digest sign-up blurb)", "en", [
             _RIDGE_RECAP,
             "",
             "On Tuesday, Ridgeline Press and the Gazette chain both revealed that Gov. Harlan Voss had called Margaret Ellery in March — a litigator, past counsel to the state Republican Party, spokeswoman for a well-funded conservative advocacy network, and now the Republican head of the state Water Board — to urge her to enter a nonpartisan race for the state Court of Appeals. We could report it because Ellery described the call herself, before a room of supporters at a Pinecrest County GOP luncheon in early April, the same week absentee ballots for the primary went out.",
             "",
             "Party politicians are free to back anyone they like, appellate judges included. What the state’s rules of judicial ethics forbid is for a candidate for the bench to “solicit, welcome or advertise the backing of a party committee, or of any partisan or independent officeholder or office seeker.” Retired Appeals Judge Thomas Orrin, who sat on the panel that rewrote those rules in 2011, said Ellery seemed to be “right up against the boundary, if not over it,” when she told the luncheon she had been, as Orrin summarized it, “recruited by the governor [and] backed by the governor in her race for the bench.”",
             "",
             "Our story drew a wave of “but what about” replies from Republicans, who noted that Democrats in the state have also tried to sway judicial contests by lining up behind favored candidates. In this contest, several of Ellery’s backers want reporters to look just as hard at Judge Daniel Whitcomb, the sitting appellate judge she hopes to unseat, and at his own ties to party officials.",
         ], appeals=[_RIDGE_RECAP]),
    _doc("b46-novyivek-zapreshcheniya-top", "appeal", "top",
         "Invented; modelled on The New Times (magazine article under a three-line support slogan)", "ru", [
             _NOVYI_VEK,
             "",
             "#Общество",
             "",
             "#Эксклюзив",
             "",
             "#Законы",
             "",
             "#Парламент",
             "",
             "Новая волна ограничений",
             "",
             "14.04.2016 | Марина Гаврилова , Олег Ступин | № 12 (402), 14 апреля 2016",
             "",
             "Почему благотворительным фондам с иностранными донорами скоро станет тесно, а фотографировать полицейских на улице окажется рискованно? «Новый Век» изучил свежие инициативы народных избранников",
             "12-402-03.jpg",
             "",
             "Впервые увлечение запретами и наказаниями охватило парламентариев несколько лет назад. После протестной зимы и громких задержаний депутаты сначала резко повысили штрафы для участников уличных акций, потом ввели понятие «организаций-посредников» и закрыли для иностранцев возможность брать на воспитание детей-сирот. Тогда за палатой и закрепилось ироничное прозвище «станок для запретов». Потом пыл остыл, и депутаты вернулись к обычной работе; в новости чаще всего попадали заранее обреченные, но шумные проекты или просто заявления о том, что такой проект когда-нибудь появится.",
             "",
             "От посредников — к «неугодным»",
             "",
             "Теперь все иначе.",
         ], appeals=[_NOVYI_VEK]),
    _doc("b46-nochkur-profsoyuz-top", "appeal", "top",
         "Invented; modelled on Вечерние ведомости (Telegram channel page, donate block with phone, link and card number in the header)", "ru", [
             "Ночной курьер",
             "5.12K subscribers",
             "11K photos",
             "3.87K videos",
             "5 files",
             "48.2K links",
             "18+. Пишем о новостях Заречья, Поволжья, страны и планеты",
             "",
             "Предложить новость: @nochkur_news",
             "Обсуждение: https://t.example/+nochkurChat42",
             "",
             _KURYER_DONATE,
             "Download Telegram",
             "На председателя профкома шинного комбината «Вектор» оформили уже третий за четыре недели протокол",
             "",
             "Снова — по статье, которая грозит арестом.",
             "",
             "До этого Геннадию Сомову уже давали 12 суток ареста за пост пятилетней давности, в котором он поделился роликом оппозиционного политика (судья Ирина Лапшина усмотрела в действиях Сомова нарушение статьи 20.3 КоАП), и 7 суток за неподчинение полицейским, когда его задерживали прямо в цеху комбината «Вектор» (судья Павел Дорохов наказал профсоюзного активиста по статье 19.3 КоАП).",
             "",
             "Про очередное дело против Геннадия Сомова сообщила глава местного отделения партии «Гражданская инициатива» в Заречном Людмила Сивцова.",
         ], appeals=[_KURYER_DONATE]),
    _doc("b46-weserkurier-kreisfinanzen-end", "appeal", "end",
         "Invented; modelled on Zevener Zeitung (budget story ending in a paywall box with bullet points)", "de", [
             "Schon der erste Entwurf für 2026 weist ein Loch von 11 Millionen Euro auf. Und der Schuldenberg wächst rasant. Landrätin Sabine Ohlendorf (SPD) kommt ohne Manuskript aus, als sie in gut zehn Minuten die Eckdaten des Kreisetats erläutert. Was sie am Dienstagabend dem Finanzausschuss des Kreistags präsentiert, kennen die meisten Mitglieder schon aus früheren Sitzungen und Klausurtagungen der Fraktionen.",
             _WESER_WALL,
         ], appeals=[_WESER_WALL]),
    _doc("b46-fichtelbote-busverkehr-end", "appeal", "end",
         "Invented; modelled on Nordbayerischer Kurier (short item ending in a two-line subscription tip)", "de", [
             "Für den Kreis sind vor allem die Ausgaben für die Busfahrer merklich nach oben gegangen. Unterm Strich sieht der Etat dennoch überraschend gut aus. Es gibt sogar einen Höchstwert zu vermelden.",
             _FICHTEL_TIPP,
         ], appeals=[_FICHTEL_TIPP]),
    _doc("b46-seeblick-gemeinderatswahl-top", "appeal", "top",
         "Invented; modelled on zentralplus (dossier page with a membership line on top and a newsletter box at the end)", "de", [
             _SEEBLICK_TOP,
             "«Das schmerzt»: Beat Imhasly verzichtet auf eine weitere Kandidatur",
             "Der heutige Gemeinderat (von links): Urs Bachmann, Petra Zihlmann, Beat Imhasly, Nadja Wyrsch, Gemeindeschreiber Roman Kälin und Ivo Steiner.",
             "Dossier",
             "Wahlen Seetal",
             "Am 22. März wählten die Gemeinden am See. Am 14. Juni folgt der zweite Durchgang. Wer zieht in die Exekutive ein? Wie sehen die Parlamente künftig aus? Und wer wird neuer Gemeindepräsident von Seedorf? Seeblick verfolgt und kommentiert den Wahlkampf.",
             "«In Krisenzeiten wählen die Leute lieber das Vertraute»",
             "  • Politik",
             "  • Gemeinderatswahlen",
             "  • Update",
             "Seedorf: Vorstoss der Grünen verpufft",
             "«In Krisenzeiten wählen die Leute lieber das Vertraute»",
             "Die Seedorferinnen und Seedorfer wollen keinen Linksrutsch im Gemeinderat: Monika Arnold (FDP) und Reto Felder (Mitte) lassen Salome Gisler (Grüne) deutlich hinter sich. Gerade jetzt wolle man Beständigkeit, sagen die zwei Gewählten. Mit diesem Argument habe man offenbar gepunktet,1",
             "5 min Lesezeit Zum Artikel",
             _SEEBLICK_END,
         ], appeals=[_SEEBLICK_TOP, _SEEBLICK_END]),
    _doc("b46-lemaneco-communes-end", "appeal", "end",
         "Invented; modelled on L'Agefi (cut-off teaser repeated, then a free-account wall)", "fr", [
             "12 mars 2017, 18h45",
             "Partager",
             "Entre la vigueur du franc et les déconvenues qui marquent cette année de votations, les cantons de montagne ont plus de mal que jamais à faire passer leurs messages. Rien d’étonnant à cela. Les régions alpines ont beau figurer en toutes lettres dans plusieurs lois fédérales, elles ne constituent pas pour autant un échelon politique à part entière.",
             "Elles rassemblent des communes souvent minuscules, définies par leur altitude – 800 mètres au minimum – et par une densité de population très inférieure à la...",
             "Elles rassemblent des communes souvent minuscules, définies par leur altitude – 800 mètres au minimum – et par une densité de population très inférieure à la...",
             _LEMAN_ECO_WALL,
         ], appeals=[_LEMAN_ECO_WALL]),
    _doc("b46-labise-lausanne-top", "appeal", "top",
         "Invented; modelled on Heidi.news (teaser page, newsletter box glued to the first teaser and a newsletter line glued to a teaser's end)", "fr", [
             _BISE_TOP + "Le Tribunal de police de Lausanne a infligé à une éducatrice de crèche 30 mois de prison, dont une partie avec sursis, pour lésions corporelles graves par négligence. Un nourrisson de 8 mois avait été grièvement blessé.",
             "Le service cantonal de la jeunesse avait promis des sanctions contre les auteurs de mauvais traitements dans un foyer pour adolescents. Pourtant, d'après les informations de La Bise et de Radio Lac, l'un d'eux, mis en cause par d'anciens collègues pour «brutalité répétée», allait prendre la tête d'une unité de l'office des familles. Face au tollé, il a fini par se retirer.",
             "Une cantine solidaire de Lausanne sert deux formules, payante à midi et offerte le soir, aux personnes qui peinent à se nourrir. Comment la vivent-elles? Nous avons passé une soirée sur place.",
             "Un tableau de bord interactif des principaux signaux de la crise climatique et des moyens d'y répondre.",
             "À Lausanne, la Fondation Tremplin aide les jeunes sortis de l'école sans titre à décrocher une place d'apprentissage. Un soutien qui finit par rapporter, selon une étude de l'école d'ingénieurs et de gestion du canton.",
             "Le gouvernement vaudois invalide la désignation du futur directeur de la Haute école par son conseil. Ses arguments, les suites possibles, les réactions et les chantiers qui attendent. " + _BISE_EVENING,
             "À Lausanne, la refonte du dispositif de protection de l'enfance (le projet «Boussole») n'avance guère. Les témoignages recueillis par La Bise traduisent une lassitude croissante devant le manque de progrès.",
         ], appeals=[_BISE_TOP, _BISE_EVENING]),
    _doc("b46-millbrookbeacon-letter-end", "appeal", "end",
         "Invented; modelled on msgrnews.com (cut-off letter to the editor ending in a login-or-subscribe line)", "en", [
             "Letter to the Editor: Town decisions deserve town voices",
             "",
             "Since several of us started sitting in on Select Board and school committee sessions, I keep urging more of my neighbors to follow what happens at Town Hall.If open government is the foundation of our charter, why is it acceptable for a board member to hand-pick a study group with no hearing at all? The group is s...",
             "",
             _BEACON_WALL,
         ], appeals=[_BEACON_WALL]),
    _neg("b46-mediawire-prairieledger-neg",
         "Invented; modelled on Talking Biz News (trade site reporting a small paper's crowdfunding for legal bills)", "en", [
             "A tiny newspaper on the Nebraska plains is asking readers online to help cover the lawyers’ fees it ran up defending its reporting in court, according to the Omaha Courier.",
             "By Friday afternoon, the Prairie Ledger had collected $38,205 toward a $115,000 target from roughly 1,100 contributors.",
             "Ellen Hargrove, who co-owns the paper and edits its news pages, said, “Seeing help pour in from our county and from people all over the country has honestly left me speechless. I will make sure every dollar goes to keeping serious journalism alive here, so that we keep holding officials to account, keep watching how public money is spent, keep digging on our own and keep this corner of the plains from losing its local news the way so many towns already have.”",
             "The Ledger prevailed in court, yet its insurance did not pay the $115,000 bill, and the paper also lost ads and readers during the fight. “I was sure of the facts,” Hargrove said. “Our reporter had checked everything twice, and I felt we owed it to our readers to see the case through and defend what we printed.”",
             "While the case dragged on and afterward, Hargrove said, the town’s reaction was “a real mix” of praise and anger.",
         ]),
    _neg("b46-harborherald-capitolwatch-neg",
         "Invented; modelled on The Free Press, Rockland (opinion column on governor candidates' fundraising reports)", "en", [
             "Last week every candidate for governor filed finance reports covering the final six months of the year. The leaders in the money race so far are Democrats Laura Pennock and Victor Oyelaran, Republicans Dale Haskins and Rita Moreau, and independent Glen Abbot. Still, money alone does not win races. If it did, Democrats would control the House and Senate alike, given how much more they pour into legislative contests each cycle.",
             "",
             "Keep in mind, too, that at this stage of the previous open race for governor, Republican developer Frank Tolliver led the field with more than $610,000, with independent Sara Lind at over $240,000, Democrat Paul Mercer at $225,000, later state Treasurer Joan Beale with more than $170,000 and Curt Ames with $74,000. An underdog named Ned Calloway sat at the back with under $55,000. The filings can also mislead, because some contenders got going earlier than others. Even so, while cash cannot replace political skill, the reports show who is lining up behind whom, hint at where a candidate stands, and reveal who may be hoping for a post in the next administration. They also signal to other wealthy givers which campaign has the wind at its back.",
             "",
             "Democrats Stick to Traditional Funding",
             "",
             "Secretary of State Laura Pennock tops the Democratic field after raising $312,000 over the half year, about $64,000 ahead of her nearest competitor. Her campaign said 97 percent of the money came from individual donors rather than committees or companies, and 88 percent from people living in the state. The typical gift was $163.",
         ]),
    _neg("b46-sunshinewire-carmenruiz-neg",
         "Invented; modelled on Florida Politics (campaign's own fundraising announcement with donors and sums)", "en", [
             "State Sen. Carmen Ruiz’s campaign for governor said Thursday that it raised over $1.2 million in May, its strongest month since she entered the contest last spring.",
             "“Floridians and grassroots volunteers who believe in Carmen’s hopeful vision for this state are what drive this campaign. Voters are sick of negative ads and shadowy outside money meddling in our elections,” campaign manager Trevor Ashby said.",
             "“Carmen is a reformer, a nurse and a proven leader who fights for working families and delivers results. As our nominee, she will bring Democrats together from every corner of the state. As governor, she will unite Floridians and lead the state ahead.”",
             "Ruiz’s reports have not yet been posted on the state elections office website, but her team said she finished May with over $5.1 million on hand across her campaign account and her political committee, Floridians for Carmen.",
             "That is $800,000 more than she had at the close of April, a month in which the Tampa Bay Democrat raised $540,000. The latest figures bring her overall haul near $8.2 million.",
             "The campaign said more than $410,000 went to the campaign account and more than $790,000 to the committee.",
             "The committee’s own running list shows a handful of large May checks. Sarasota philanthropist Helen Marchetti, Miami developer Oscar Lindqvist, Pensacola builder Roy Tate and a national women’s candidate PAC each gave $100,000, while Orlando lawyer Dennis Pratt contributed $40,000.",
             "The site also lists more than $160,000 in spending, among it a $130,000 transfer to the state Democratic Party and an $18,200 gift to a Gulf Coast estuary group. That gift stems from Ruiz’s promise to turn down money from the phosphate industry.",
         ]),
    _neg("b46-baytimes-governormoney-neg",
         "Invented; modelled on Tampa Bay Times (campaign-finance roundup by candidate)", "en", [
             "Advertisement",
             "",
             "Money race for governor: GOP keeps its lead",
             "",
             "Democrats would have trailed by even more without a large check from a former senator and a candidate’s self-funding.",
             " ",
             "Published April 9, 2022|Updated April 12, 2022",
             "",
             "Surveys show that most voters are not yet tuned in to the race for governor. Yet these first months count. Some contenders are raking in cash and preparing for a long primary battle. And some contenders are Democrats.",
             "",
             "OK, that is unfair. A couple of Democrats posted respectable March totals. But overall, Republicans once again outpaced Democrats in raising money last month. And several reports are still missing.",
             "",
             "Democrats",
             "",
             "Marcus Dell",
             "",
             "The St. Petersburg mayor drew lots of attention after the hurricane. Yet his fundraising stalled again in March. Dell brought in about $212,000 through his campaign and an allied committee — the smallest sum of any major candidate for the month. Without a $90,000 gift from New Horizons Fund, a group backing young progressive candidates at every level, his total would have looked even thinner.",
             "",
             "Alicia Fenn ",
             "",
             "Fenn raised $590,000, her strongest month since she launched her campaign last summer. Family helped a lot. Her uncle, former U.S. Sen. Walter Fenn, gave $200,000 to her effort. Her team again pointed to its broad base of small donors — more than 12,000 so far.",
             "",
             "Tony Baptiste",
             "",
             "The Jacksonville restaurateur has begun the year fairly well, raising over $230,000 in each of the last two months. That sum would be small for most contenders, but it is notable for Baptiste, who is little known and has never run for office.",
         ]),
    _neg("b46-boersenticker-parteispenden-neg",
         "Invented; modelled on finanznachrichten.de / dpa-AFX (agency report on party mega-donations)", "de", [
             "BERLIN (dpa-AFX) - Im Jahr der Bundestagswahl fließen den Parteien ungewöhnlich hohe Summen aus Großspenden zu - verteilt allerdings sehr ungleich. Seit Januar haben die Bundestagsparteien zusammen rund 9,8 Millionen Euro aus Einzelzuwendungen oberhalb der Meldegrenze erhalten, wie aus den Listen der Bundestagsverwaltung hervorgeht. Im ganzen Vorjahr hatten Firmen, Verbände und Privatleute zusammen lediglich etwa 1,9 Millionen Euro beigesteuert.",
             "",
             "Üblicherweise steigen die großen Spenden vor Wahlen stark an. Am meisten Geldgeber zählen diesmal die Liberalen mit zusammen etwa 3,7 Millionen Euro. Es folgen die Grünen mit gut 3,1 Millionen sowie die CDU mit knapp 3 Millionen Euro. Rechnet man die CSU hinzu, kommt die Union auf rund 3,2 Millionen Euro.",
             "",
             "Die übrigen Parteien liegen weit zurück. Die Sozialdemokraten verbuchten bisher nur zwei Zuwendungen über insgesamt 160 000 Euro, bei der Linken ging eine einzige über 60 000 Euro ein. Die AfD erhielt keine meldepflichtige Spende.",
             "",
             "Bemerkenswert: Die zwei höchsten Einzelbeträge, 1,1 Millionen und 900 000 Euro, landeten bei den Grünen. Auf Platz drei folgt eine Zahlung von 700 000 Euro an die Liberalen, die zugleich die größte Zahl an Spendern aufweisen.",
             "",
             "Die Parteien bestreiten ihre Ausgaben hierzulande hauptsächlich aus Beiträgen ihrer Mitglieder, staatlichen Zuschüssen und Spenden. Beträge über 50 000 Euro sind umgehend der Bundestagspräsidentin anzuzeigen, die sie kurz darauf publik macht. Wer einer Partei binnen eines Jahres mehr als 10 000 Euro gibt, erscheint mit Name, Adresse und Summe im jährlichen Rechenschaftsbericht, der ebenfalls an die Parlamentsspitze geht./ab/DP/mk",
         ]),
    _neg("b46-suedpfalzbote-sparkassencrowdfunding-neg",
         "Invented; modelled on Die Rheinpfalz (bank's crowdfunding for clubs, with the club's own flyer plea quoted)", "de", [
             "Die Initiative der Sparkasse Queichtal dient nicht zuletzt dem eigenen Ruf. Firmen wollen sich eben ein gutes Ansehen erarbeiten oder es pflegen. Ganz vorn liegt in der Pandemie, in der viele Vereine ums Überleben kämpfen und das Land acht Millionen Euro für Nothilfen gegen die Pleite bereitstellt, der SV Hagenbach: Er ist Spitzenreiter bei „Gemeinsam für unseren Club“.",
             "",
             "Bis Donnerstagmittag um 12.15 Uhr waren beim SV Hagenbach 9.840 Euro eingegangen. Geld von 296 Spendern und der Sparkasse. Für jeden ersten Beitrag eines Unterstützers ab fünf Euro lege das Institut fünf Euro obendrauf, sagt Sparkassensprecherin Jana Wolff über ihr „regionales Engagement“. Noch bis 15. Juni kann man für den SVH spenden. Anteil der Sparkasse: 1480 Euro.",
             "",
             "„Unglaublich. Gerade zieht das ganze Dorf mit, Jung und Alt“, sagt Tobias Kern, einer von drei Vorsitzenden des Clubs, der im Portal sehen kann, wer Geld gegeben hat. So kann man sich bedanken und bei Bedarf eine Zuwendungsbestätigung schicken. Ihm ist etwa eine private Spende über 800 Euro bekannt. Aus seiner eigenen Verwandtschaft hätten fünf mitgemacht.",
             "",
             "Handzettel im Ort",
             "",
             "Kaum hatte Kern den Club als Erster bei der Sparkasse angemeldet, trugen Spieler der A-Jugend Handzettel in alle Briefkästen. Darauf steht: „Seit Monaten bleiben die Einnahmen aus unserem Vereinsheim aus. Jetzt ist auch noch das Sommerfest gestrichen, für unsere Kasse ein schwerer Schlag.“ Weiter heißt es: „ Damit wir Training und Spiele für Aktive und Nachwuchs über die Krise hinaus sichern können, ist der SV Hagenbach jetzt auf die Hilfe aller Freunde und Mitglieder angewiesen.“",
             "",
             "Die reagieren offenbar prompt. Etwas mehr Schwung könnte die Wasserwacht Kandel gebrauchen.",
         ]),
    _neg("b46-kommunalblatt-gemeindespenden-neg",
         "Invented; modelled on Bayerische Staatszeitung (report on how towns vet donations)", "de", [
             "Das Vorhaben war ein voller Erfolg: Dank Spenden aus der Bürgerschaft konnte etwa die denkmalgeschützte Stadtmauer in Kirchheimbach im Landkreis Lichtenau instand gesetzt werden. Ohne solche Hilfe ließe sich manches gar nicht verwirklichen. Allerdings muss jede Zuwendung peinlich genau geprüft werden, denn das Risiko von Bestechung ist nie ganz auszuschließen.",
             "",
             "",
             "",
             "Gerade große Firmen haben in den Rathäusern bisweilen ein gewichtiges Wort mitzureden, weil sie am Ort Geld geben. Bolzplatz, Schwimmbad – vieles könnten finanzschwache Kommunen aus eigener Kraft kaum noch stemmen. Nur: Regelmäßig zeigt sich später, wie stark Geldgeber und sponsernde Unternehmen Beschlüsse mitgeprägt haben.",
             "",
             "",
             "",
             "„Deshalb ist bei uns exakt festgelegt, welche Zuwendungen die Stadt entgegennehmen darf“, erklärt Sabine Kolb (Freie Wählergruppe Kirchheimbach), Erste Bürgermeisterin von Kirchheimbach. Jede Spende an die Stadt werde dreimal kontrolliert. Zuerst prüfe die Kämmerei. Danach bekomme der Stadtrat turnusmäßig eine Spendenliste zur Durchsicht: „Anschließend geht die Liste an die Kommunalaufsicht, die noch einmal alles kontrolliert.“",
             "",
             "Wenn sich Bürger mit einem Vorhaben identifizieren",
             "",
             "",
             "",
             "Manche Vereine geben den Erlös ihres Sommerfests an die Stadt weiter, damit ein bestimmtes Vorhaben umgesetzt werden kann. Auch Einwohnerinnen und Einwohner geben gern für Projekte, die ihnen am Herzen liegen. Betriebe aus der Gegend sponsern, weil sie sich davon ein besseres Ansehen versprechen. Für Sabine Kolb zählen vor allem die Spenden der Bürger selbst: „Daran sieht man, dass die Leute hinter dem Vorhaben stehen.“ Ein gutes Beispiel seien Spenden für Bänke im Stadtpark.",
         ]),
    _neg("b46-nordregion-maubeuge-cagnotte-neg",
         "Invented; modelled on France 3 Régions (online collection after a deadly building fire, quoted plea of a victim)", "fr", [
             "Après l'incendie meurtrier qui a ravagé un immeuble de Louvroil (Nord) ce samedi, une famille qui a tout perdu sollicite l'aide du public au moyen d'une collecte sur internet, quelques jours avant le réveillon.",
             "Samedi 21 décembre 2024, peu après 19 heures, une quinzaine de locataires d'un immeuble de l'avenue Jean-Jaurès à Louvroil (Nord) ont vu leurs appartements et presque toutes leurs affaires partir en fumée. Le sinistre, dont la cause reste inconnue pour l'heure, a coûté la vie à une locataire et causé d'importants dégâts.",
             "► À LIRE AUSSI : Une femme meurt dans l'incendie d'un immeuble à Louvroil",
             "Devant ce drame, voisins et municipalité se mobilisent pour soutenir les sinistrés, hébergés depuis chez des proches ou par la commune. Pour prévenir tout nouveau danger, la ville a pris un arrêté interdisant l'entrée dans l'immeuble.",
             "Collectes sur internet",
             "Depuis dimanche 22 décembre, les gestes de soutien de la famille, des amis et des conseillers municipaux de Louvroil se multiplient en ligne. Une collecte a notamment été ouverte afin d'aider une des familles touchées à se relever, juste avant Noël.",
             "Sur Facebook, un Louvroilien, qui semble faire partie des sinistrés, dit ne plus rien avoir : \"Tout ce que j'avais a brûlé cette nuit-là… Ma mère, ma petite sœur et moi, on repart de rien.\" Pour s'en sortir, ce riverain a ouvert une collecte, qui a réuni environ 1100 euros en 48 heures, et précise que \"chaque geste compte\", qu'il s'agisse de nourriture, de vêtements ou d'affaires pour bébé.",
             "Tout ce que j'avais a brûlé cette nuit-là… Ma mère, ma petite sœur et moi, on repart de rien.",
         ]),
    _neg("b46-normandieinfo-telethon-neg",
         "Invented; modelled on Tendance Ouest (AFP dispatch on a telethon's running total)", "fr", [
             "Au bout de 14 heures d'antenne, le Téléthon a dépassé dimanche en début d'après-midi le cap des 10 millions d'euros de promesses destinées aux chercheurs qui étudient les maladies génétiques. L'opération caritative, qui fait bouger depuis samedi des milliers de bénévoles dans tout le pays, se poursuit jusqu'à dimanche soir sur les antennes du service public. Avec l'humoriste Lucie Marchal pour marraine, l'édition se joue aussi en ligne, où artistes et volontaires relaient l'appel. Le studio principal a été monté au pied du Mont-Saint-Michel, sous la houlette des animateurs Paul Renard et Inès Lamotte. Quatre communes « partenaires » -- Lorient, Nancy, Annecy et Sainte-Anne en Martinique -- relèvent chacune un « défi ». Au programme dimanche, un tracteur décoré aux couleurs de l'opération parcourt les routes de la Manche pour offrir des surprises, et la « Grande Chaîne », où des coureurs de tous niveaux partis samedi de Brest doivent rallier le plateau en soirée. À Nancy, il s'agit d'écouler 6.000 macarons, à Annecy de couvrir un pont de 8.000 rubans tricotés, à Lorient de vendre 3.000 crêpes et d'en empiler les billets de caisse, et à Sainte-Anne les habitants prépareront le plus long gâteau au coco des Antilles. Dans la capitale, des stands installés un peu partout vendent crêpes et chocolats, et non loin du plateau plusieurs camions-restaurants ont pris place. Près de l'abbaye, un grand goûter est servi dimanche à 16 heures par un collectif de cuisiniers ambulants, qui reverseront une part de leurs ventes à l'association organisatrice.",
         ]),
    _neg("b46-actumonde-telethon2021-neg",
         "Invented; modelled on Atlantico (telethon total compared with previous years)", "fr", [
             "Le compteur du Téléthon 2021 s'est arrêté à 61,4 millions d'euros de promesses pour financer les travaux sur les pathologies rares, a fait savoir l'association organisatrice dans la nuit du samedi au dimanche.",
             "",
             "\"Malgré une année encore marquée par les restrictions, qui ont fait annuler une bonne partie des animations locales, les donateurs ont répondu présent pour une édition hors norme\", ont salué les organisateurs dans un communiqué. Le montant reste toutefois nettement inférieur à celui de l'édition 2019, qui avait rassemblé 72,1 millions d'euros pendant l'émission et 84 millions au final (les dons restant possibles quelques jours de plus).",
             "",
             "\"En temps normal, près d'une commune sur trois s'engage, avec des centaines de milliers de bénévoles et des millions de participants. Cette année, beaucoup de ces rendez-vous n'ont pas pu avoir lieu\", avait souligné en début de semaine la présidente de l'association, Hélène Vasseur, auprès de l'AFP. Or, les animations locales pèsent \"plus d'un tiers des dons\", et reposent surtout sur \"une multitude de petites sommes\", avait-elle insisté.",
             "",
             "En 2018, l'émission s'était terminée sur 68,7 millions d'euros de promesses, un résultat jugé décevant à l'époque, en partie parce que les manifestations de la fin d'année avaient perturbé l'organisation. En 2017, la collecte avait franchi 74 millions d'euros (un recul que l'on avait alors lié à l'actualité très chargée du week-end) et en 2016 elle avait culminé à 79,8 millions.",
         ]),
    _neg("b46-presscorp-oreshkina-sbor-neg",
         "Invented; modelled on Журналист (journalist's own collection to pay a court fine, with her quoted post)", "ru", [
             "9 марта Журналистка из Костромы Ольга Орешкина открыла сбор денег, чтобы заплатить штраф в 400 тыс. руб., к которому ее приговорили за колонку о причинах поджога здания районной администрации в 2019 году.",
             "Орешкина написала, что откладывала сбор, поскольку надеялась отменить штраф в суде. Но 27 февраля областной суд в Ярославле оставил решение в силе.",
             "Ольга Орешкина собрала всю нужную сумму меньше чем за два часа. Об этом она написала во «ВКонтакте».",
             "Друзья, стоп! на штраф уже хватает! Дальше все переводы пойдут только на помощь коллегам — в фонд поддержки независимых журналистов* (а может, и в другие хорошие организации, это обсудим).",
             "В комментариях под записью о сборе Ольга Орешкина разместила скриншот перевода от музыканта Артема Лисицына, который, как и пообещал, отправил журналистке 400 тыс. руб. Это же Орешкина подтвердила порталу «Прямая речь».",
             "Источник: Север-Инфо",
         ]),
    _neg("b46-nedelnyifakt-lisitsyn-neg",
         "Invented; modelled on Аргументы недели (report that a musician paid a journalist's fine)", "ru", [
             "Музыкант Артем Лисицын отправил осужденной за колонку журналистке 400 тысяч на штраф",
             "10 марта 2022, 14:05 [ «Недельный факт» ]",
             "Суд признал журналистку Ольгу Орешкину виновной за текст в авторской колонке и назначил ей штраф в 400 тыс. рублей. Она открыла сбор, и меньше чем через два часа вся сумма была у нее.",
             "Деньги отправил музыкант и видеоблогер Артем Лисицын – все 400 тысяч. Переводили средства и другие люди. Журналистка пообещала отдать все лишнее организациям, которые помогают журналистам.",
             "Ольгу Орешкину обвинили из-за колонки на сайте костромской радиостанции, где она рассуждала о поджоге здания районной администрации.",
         ]),
    _neg("b46-radiovolga-fondluchik-neg",
         "Invented; modelled on Радио России – Санкт-Петербург (radio item on a children's charity drive)", "ru", [
             "Слушайте нас на проводном радио города и области, а также на частоте УКВ 67,1 МГц",
             "14-11-2025 Благотворительный фонд \"Лучик\" начал кампанию в помощь тяжелобольным детям",
             "\"Подари надежду\". Так называется благотворительная кампания в помощь детям с тяжелыми диагнозами, которую начал фонд «Лучик». Она продолжится до 30 ноября. Подробности у Ирины Соловьевой.",
             "Сейчас фонд «Лучик» ищет деньги на лечение Миши Ветрова. Ему 9 лет, у него редкое наследственное заболевание – несовершенный остеогенез. Кости мальчика ломаются от малейшей нагрузки, а еще у него проблемы с обменом веществ. За три года Миша перенес пять переломов. А весной он получил новую травму - трещину в большеберцовой кости. Врачи скрепили кость специальными спицами. Но теперь спицы сместились, из-за чего у Миши начались сильные боли и он почти не может ходить, а кость стала деформироваться.",
         ]),
    _neg("b46-zauralinfo-podaroksyna-neg",
         "Invented; modelled on Курган-News (city charity event for children with cancer)", "ru", [
             "Жителям Шадринска объяснили, как поддержать детей с онкологией",
             "",
             "Жителям Шадринска объяснили, как поддержать детей с онкологией",
             "",
             "«Открытка для папы». Так назвали благотворительную акцию, которая прошла в Шадринске в День отца.",
             "",
             "Устроителями акции стали городской центр семьи и благотворительный фонд «Надежда». Фонд уже несколько лет помогает детям, больным раком. Акции ко Дню отца в Шадринске проходят уже не первый год.",
             "",
             "- Мы подготовили для жителей большой благотворительный праздник. Будут концерты детских студий, будет сбор пожертвований, будут игры для малышей. Все пожертвования пойдут на то, ради чего создан фонд, - на помощь детям с онкологией, - рассказала директор фонда «Надежда» Елена Пахомова.",
             "",
             "Фонд оплачивает детям лечение в клиниках Москвы и Казани и закупает нужные препараты.",
             "",
             "На праздник жители шли всей семьей.",
             "",
             "- По-моему, это нужное дело, болезнь надо побеждать вместе. Надо помогать друг другу.",
         ]),
]


# --- Probe 14 -----------------------------------------------------------------------------------

_RIVERTON_BAR = "Rc Unlock everything we publish.See the options ArrowRight"

_LANDTAG_LUPE = "Landtags-Lupe Beobachtungen und Hintergründe direkt aus dem Landtag. Jeden Montag, Mittwoch und Freitag. Abonnieren Durch meine Anmeldung zum Newsletter willige ich in die ein."

_QUOTIDIEN_WALL = "\n".join([
    "Ce contenu est réservé à nos abonnés. Encore 76% à lire.",
    "",
    "Nourrir sa curiosité, c’est protéger sa liberté.",
    "",
    "Offre sans engagement",
    "",
    "Vous avez déjà un abonnement ?",
    "Identifiez-vous",
])

_MAINSTREET_GIVE = "Main Street Hour is independent public radio news that listeners like you pay for. Donate Today"

_MONFIL_LINE = "Retrouvez les infos de vos communes et de vos titres préférés en créant votre compte Mon Fil."


PROBE14 = [
    _doc("b46-rivertonchronicle-mayorfunds-middle", "appeal", "middle",
         "Invented; modelled on The Washington Post via a mirror (finance story with a one-line plan bar between indented paragraphs)", "en", [
             "Finance reports show Mayor Hollis ahead of Councilmember Ortega in Riverton fundraising",
             "2023-04-11 00:00:00.0     里弗顿纪事报-里弗顿     原网页",
             "",
             "       Mayor Diane Hollis (D) raised more than her rival, Councilmember Luis Ortega, in March and the first days of April as she pursues a second term. With ten weeks left before the primary and only days to file for a spot on the ballot, nobody could say how much the third contender, Councilmember Janelle Brooks, had collected, because her campaign missed the filing deadline.",
             "",
             "       " + _RIVERTON_BAR,
             "",
             "       Hollis listed over $164,000 in gifts from individual donors between March 1 and April 7, while Ortega (Ward 4) listed over $61,000 for his run. Once the city’s matching-funds program, which boosts small donations, is counted, Hollis also heads into the last stretch of the race with far more money in the bank — over $2.3 million against Ortega’s $744,120 — even as Ortega spent more than double what the mayor did over the same weeks in an effort to gain ground.",
             "",
             "       Hollis celebrated her lead in a post online, calling it proof of a “neighborhood-powered campaign.” Ortega also found good news in his figures, pointing out that more city residents gave to him than in his previous filing at the end of February — when his donor total beat the mayor’s by $2,915. “I’ve trailed in money before and still won, because no war chest can outlast a crowd of voters who want something new.",
         ], appeals=[_RIVERTON_BAR]),
    _doc("b46-ostseeblatt-landtagslupe-middle", "appeal", "middle",
         "Invented; modelled on Kieler Nachrichten / RND newsletter (newsletter sign-up box between paragraphs, ad markers)", "de", [
             "Liebe Leserinnen und Leser,",
             "",
             "Weiterlesen nach der Werbung",
             "",
             "Weiterlesen nach der Werbung",
             "",
             "das Gezerre um das Schulgesetz, das diese Woche bestenfalls halb beendet wurde, zeigt einen grundlegenden Konstruktionsfehler der Kieler Dreierkoalition. Er sitzt im Landtag, genauer an der Spitze der Fraktionen von CDU, Grünen und FDP.",
             "",
             "Normalerweise ruht ein Bündnis auf wenigstens zwei belastbaren Machtachsen: Kabinett und Fraktionen. Wie Beobachter schon öfter verwundert feststellen durften, bildet das Kabinett mit Ministerpräsidentin Karin Holtorf, ihrem Stellvertreter Jens Albrecht und dem gern als heimlicher Regierungschef verspotteten Finanzminister Mats Feddersen eine ziemlich wacklige Achse. Es ruckelt eben.",
             "",
             "In den Fraktionen ist Verlässlichkeit noch schwerer herzustellen. CDU-Fraktionschef Henning Thode, die grüne Doppelspitze Maren Lüders und Aylin Karaca sowie der Liberale Ole Brandt werden nicht warm miteinander. Eine Etage tiefer, bei den parlamentarischen Geschäftsführern und Stellvertretern, ist die Lage – bis auf wenige Fälle, in denen es über Parteigrenzen hinweg echtes Vertrauen gibt – sogar noch trüber. Es knirscht an allen Ecken.",
             "",
             "Weiterlesen nach der Werbung",
             "",
             "Weiterlesen nach der Werbung",
             "",
             _LANDTAG_LUPE,
             "",
             "Eine Einigung, die den nächsten Konflikt schon enthält",
             "",
             "Davon abgesehen, dass beim Schulgesetz noch längst nicht alles geklärt ist, erklärt die Art, wie dieser noch nicht beschlossene Entwurf entstanden ist, wenigstens teilweise, warum die Koalition und vor allem die Grünen in den Umfragen der letzten Wochen abgerutscht sind.",
         ], appeals=[_LANDTAG_LUPE]),
    _doc("b46-quotidien-conseilregional-end", "appeal", "end",
         "Invented; modelled on Le Figaro via a copy site (cut-off feature, subscribers-only box, then a 'copied from' line)", "fr", [
             "Au conseil régional, le tutoiement gagne les débats",
             "",
             "L’hémicycle du conseil régional, le 7 mars 2023. JULIEN MOREAU/AGENCE EXEMPLE",
             "",
             "ANALYSE – Avec l’arrivée d’élus novices, le dernier renouvellement a fait entrer des profils venus d’ailleurs, au franc-parler revendiqué. Depuis la rentrée, les esclandres se succèdent.",
             "",
             "Il est 14 h 30, la salle des séances est pleine. Comme à chaque session plénière, la tension est palpable. Depuis le dernier scrutin régional, le temps des questions à l’exécutif tourne au numéro de cirque, rythmé par les interpellations des groupes nouveaux venus. Depuis les travées de l’opposition écologiste, le conseiller Mathis Perrault dégaine. Col ouvert, voix qui porte, il prend à partie la vice-présidente chargée des transports, Anne-Laure Berthier. «Vos trains régionaux sont aussi ponctuels qu’un lycéen un lundi matin!», lance-t-il, ravi de sa trouvaille. Autour de lui, on s’en amuse à peine – une pique de plus parmi d’autres. «Cette assemblée, c’est un conseil de classe qui a mal tourné. Notre rôle, c’est de les réveiller», sourit même son collègue Karim Delorme.",
             "",
             "Depuis la rentrée, ce type d’échange n’a plus rien d’exceptionnel. Car avec l’arrivée d’élus novices, le renouvellement a aussi fait entrer des profils…",
             "",
             _QUOTIDIEN_WALL,
             "",
             "CE TEXTE A ETE REPRIS DEPUIS www.lequotidien.example",
         ], appeals=[_QUOTIDIEN_WALL]),
    _doc("b46-mainstreethour-stimulusstall-top", "appeal", "top",
         "Invented; modelled on Marketplace (episode page with a one-line give line on top, segment teasers and photo credits)", "en", [
             _MAINSTREET_GIVE,
             "Waiting on Washington, again",
             "Nov 10, 2021",
             "",
             "Waiting on Washington, again",
             "",
             "Today, we look at the infrastructure talks that got pushed into next year. Also: shipping backlogs, political donations and an overlooked housing fairness problem.",
             "",
             "Stories in this episode",
             "",
             "Treasury secretary urges lawmakers to move faster",
             "",
             "Treasury Secretary Lena Ashford urged lawmakers to pass the spending bill in remarks Wednesday morning. By the afternoon, House leaders announced the vote would slip into January.",
             "",
             "Highway money for rural counties becomes a sticking point in the budget deal",
             "",
             "Nov 10, 2021",
             "Lawmakers from both parties are split over how much road money should go to small counties.",
             "Senate leaders from both parties talk outside the Capitol in October. House leaders said Wednesday the vote on the spending bill will wait until January.",
             "Rowan Gaines/Example Images",
             "",
             "Ports posted their longest backlog on record. Economists see a silver lining",
             "",
             "Nov 10, 2021",
             "It suggests households are still buying and retailers are stocking up for the holidays.",
             "Cargo containers are stacked at a terminal in the Port of Harbor City.",
             "Tessa Lindqvist/Example Images",
             "",
             "Small donors now fuel a larger share of congressional campaigns",
             "",
             "Nov 10, 2021",
             "They account for close to one in five campaign dollars. In some races, they out-give corporate committees altogether",
             "Supporters gather to watch a candidates’ forum at a community center on Oct. 21 in Dayton, Ohio.",
             "Marco Reyes/Example Images",
             "",
             "Early frost is the newest setback for Michigan cherry growers",
             "",
             "Nov 10, 2021",
             "Low prices, labor shortages and a cold snap that damaged next season’s buds.",
         ], appeals=[_MAINSTREET_GIVE]),
    _doc("b46-monfil-pontdelarche-cagnotte-end", "appeal", "end",
         "Invented; modelled on actu.fr (town-hall crowdfunding story ending in a 'sign up for my feed' line)", "fr", [
             "Incendie à Saint-Pierre-du-Val. La commune ouvre une collecte pour soutenir les sinistrés",
             "",
             "Devant la détresse des foyers frappés par le feu qui a pris près de la route des Tanneurs, à Saint-Pierre-du-Val (Eure), la commune a ouvert une collecte d'argent sur internet.",
             "",
             "Voir mon fil",
             "L'atelier s'est embrasé dans la nuit du 3 au 4 août 2022. L'atelier s'est embrasé dans la nuit du 3 au 4 août 2022.",
             "L'atelier s'est embrasé dans la nuit du 3 au 4 août 2022. ©Le Courrier de l'Eure",
             "",
             "Après le violent feu d'atelier qui a fait des dégâts considérables dans la nuit du mercredi 3 au jeudi 4 août 2022, deux maisons voisines ont été entièrement détruites.",
             "",
             "À découvrir aussi",
             "",
             "Collecte sur internet",
             "",
             "La commune de Saint-Pierre-du-Val a très vite cherché comment faire participer la population pour soutenir les foyers sinistrés. Elle a ainsi ouvert une collecte sur une plateforme de financement participatif afin de réunir des fonds",
             "",
             "« L'idée vient de nous, c'est la commune qui a lancé cette collecte », précise la mairie de Saint-Pierre-du-Val, qui voit dans ce mouvement de solidarité quelque chose d'évident.",
             "",
             "« Ça s'est imposé tout seul, et c'était une façon de soutenir rapidement ces foyers tout en rassemblant les habitants. »",
             "",
             "Mairie de Saint-Pierre-du-Val",
             "",
             "La commune précise que chacun donne ce qu'il veut :",
             "",
             "« Chacun participe selon ses moyens, s'il le souhaite. L'argent ira aux foyers sinistrés ».",
             "",
             "Mairie de Saint-Pierre-du-Val",
             "",
             "Pour donner à cette collecte, suivez ce lien.",
             "",
             _MONFIL_LINE,
         ], appeals=[_MONFIL_LINE]),
    _neg("b46-hillcountryobserver-moneyrace-neg",
         "Invented; modelled on The Austin Chronicle (council and mayoral fundraising highlights)", "en", [
             "As everyone has noted by now, the heavyweight in the first money race for City Council (per treasurer reports through Jan. 15) is first-time mayoral hopeful Karen Whitlow, who pulled in $341,508 in contributions and kept $262,410 in the bank. Her main rivals, Council Member Jorge Salinas and former Council Member Deb Kaminski, trailed well behind.",
             "Salinas raised $88,615 and had $71,930 left on Jan. 15; Kaminski raised $149,330 and had $117,804 left (figures rounded). Whitlow’s team boasts that her haul (from over 1,250 donors) breaks the citywide record for a mayoral race – and in the very first reporting window. There is more to it; she also loaned herself $180,000 and has already burned through $241,760 – a pace that outstrips her rivals’ entire intake and has longtime operatives raising eyebrows. Her campaign argues the spending is needed to compete with better-known officeholders.",
             "Meanwhile, Salinas has spent $7,118 and Kaminski $49,602. Two other filed candidates – Dale Pruitt and Marisol Ybarra – have raised and spent token sums, and the sixth, Arthur Keene, says he will neither raise nor spend a dime.",
             "Some more money notes from the district races, showing who led as of Jan. 15:",
             "District 4: Of five candidates, Lena Okafor raised $26,480 and Ruben Castillo $10,930, but they hold similar cash, and Castillo has $9,500 in loans.",
             "District 6: In a two-person race (so far), Priya Natarajan raised $14,120 and Gordon Fitch $950.",
             "District 8: In what is now an eight-candidate field (counting late entrant Hal Brewster), Teresa Lujan raised $12,340 and Owen Marsh raised $1,610 plus $11,000 in loans; Rosa Delgado and Ken Oduya are in the thousands.",
         ]),
    _neg("b46-bayviewpublic-specialelection-neg",
         "Invented; modelled on KPBS (special-election money report opening with a correction)", "en", [
             "CORRECTION: A previous version of this article said that Ray Dunford had missed Friday’s deadline for his campaign finance filing. He did file on time. The story has been corrected. We apologize for the mistake. In the money chase for the special election for mayor, former state senator Claire Whitman and Councilmember Omar Benitez — both Democrats — are running about even.",
             "Whitman’s campaign and the outside committees backing her reported taking in $1.4 million as of Friday in the most complete filing of the race so far. Benitez, who won the party’s endorsement, and the outside committees supporting him reported $1.3 million.",
             "Roughly $130,000 on Whitman’s side, though, moved between two of her committees, which leaves her and Benitez essentially tied.",
             "Councilmember Greg Lattimore, the lone Republican running, remained well back of the two Democrats. He and his allied committees reported $950,000.",
             "Former city auditor Ray Dunford reported raising $4,870 in all through Oct. 28. He spent $2,960 over that stretch. When he entered the race, Dunford pledged to cap donations at $200 per person.",
             "Altogether, the four leading candidates and the outside committees formed to help them have collected at least $3.9 million in the last nine weeks. Those committees may not coordinate with the campaigns themselves.",
             "Most of the latest numbers come from reports filed Friday with the city clerk. The new filing, the second of three due before the Nov. 14 vote, lists money raised and spent from Oct. 1 — the day after the first reporting period closed — through Oct. 28.",
             "Anyone who gave $100 or more has to be identified.",
         ]),
    _neg("b46-thisisdesertcity-mayorfunds-neg",
         "Invented; modelled on This Is Tucson (mayoral fundraising story with mojibake quote marks)", "en", [
             "Former county supervisor Alan Brandt holds a clear lead in private donations in Mesa Verdeβs race for mayor. But his opponent, Councilmember Sofia Arellano, has more cash once public matching money is counted.",
             "Brandt, a Democrat who runs a bike shop, had collected $118,402 for his campaign as of Sept. 30, according to filings submitted to the city clerk this week.",
             "βHundreds of neighbors have joined us over the past quarter to build a campaign that will make this city work better,β Brandt said.",
             "Brandtβs total is about $31,000 above what another opponent β builder Nina Castellanos β took in over the same quarter.",
             "Castellanos, also a Democrat, reported $87,215 at the Sept. 30 deadline for contribution reports.",
             "Brandt and Castellanos have both opted for privately financed campaigns, passing on the cityβs Fair Elections program, which gives matching money to candidates.",
             "Arellano, in her second term on the council, raised $69,880 over the same quarter.",
             "Though it does not show in this weekβs filings, Arellanoβs team said the campaign has just been credited about $70,000 in matching funds by the city.",
             "The cityβs matching program was created by voters in 1991 for candidates who accept caps on private contributions.",
             "βThese results show a Fair Elections campaign can be strong and grassroots without needing to spend without limit,β Arellano said.",
             "Independent Tom Sizemore reported raising $5,912.",
             "Sizemore, who owns a local printing business, is one of two candidates running without a party label.",
             "Gary Pell, one of two Republicans in the race, raised $1,340 for his campaign in the quarter.",
             "Lydia Crane, an independent, brought in $250 between July 1 and Sept. 30.",
         ]),
    _neg("b46-smithvillegazette-nonprofitcuts-neg",
         "Invented; modelled on Carthage Courier (county budget cuts to non-profit contributions)", "en", [
             "COUNTY TRIMS SUPPORT FOR LOCAL CHARITIES",
             "",
             "Several non-profit groups saw their county money cut or dropped altogether as the county wrestles with a budget shortfall. The reductions were made at the commission’s June session on Tuesday night, June 11, when commissioners adopted the 2024-2025 budget and set the property tax rate at $2.58.",
             "",
             "Throughout this year’s budget talks, several commissioners objected to giving money to charities, saying “a county that’s short on cash has no business handing it out”. Some argued that charities ought to rely on gifts from residents, companies and congregations, along with their own benefit events.",
         ]),
    _neg("b46-muldental24-wurzen-hochwasser-neg",
         "Invented; modelled on nordsachsen24.de (town hall's own flood-relief call with account data, reported)", "de", [
             "Wurzen möchte den Hochwasser-Opfern in Bayern beistehen",
             "",
             "Die Stadt Wurzen bittet um Spenden für die vom Hochwasser in Bayern getroffenen Gemeinden.",
             "",
             "“Menschen verloren, Dörfer unter Wasser, Straßen zu Flüssen geworden. Ein solches Unglück hat unser Land lange nicht gesehen. Schlamm und Wasser stehen in den Häusern, ganze Ortschaften sind abgeschnitten. Jetzt zählen keine Reden, jetzt zählt Unterstützung! Rasche, unbürokratische Unterstützung! Durch Geld ebenso wie durch die Helfer der vielen Organisationen vor Ort”, heißt es in einer Erklärung der Wurzener Stadtverwaltung.",
             "",
             "Wurzen habe Ähnliches selbst vor nicht allzu langer Zeit durchgemacht und wolle daher etwas zurückgeben. “Gebt, was ihr könnt, und steht den Menschen bei, die Angehörige und ihr ganzes Hab und Gut verloren haben und nun ohne alles dastehen. Aufräumen und Wiederaufbauen muss jetzt so schnell wie möglich gehen”, appelliert Wurzens Oberbürgermeister Jörg Kästner.",
             "",
             "Die Stadtverwaltung Wurzen nehme Geld unter dem Stichwort „Hochwasserhilfe 2024“ entgegen und gebe es an eine betroffene Gemeinde weiter. Die Bankverbindung:",
             "",
             "Kontoinhaber: IBAN: Verwendungszweck:",
             "Stadtverwaltung Wurzen DE00 0000 0000 0000 0000 00",
             "Hochwasserhilfe 2024",
             "",
             "Auf Wunsch bestätigt die Stadtverwaltung den Eingang der Zahlung. Hierfür sollen Name und Anschrift an die zuständige Mitarbeiterin Frau Lenz (k.lenz@wurzen.example) geschickt werden. Eine Spendenbescheinigung sei nicht möglich, weil das Geld weitergereicht werde. Der Oberbürgermeister wolle selbst Kontakt mit dem Freistaat Bayern aufnehmen, damit die Mittel gezielt und ohne Umwege ankommen.",
             "",
             "Foto: Archivbild",
             "",
             "(3 mal heute gelesen)",
             "Veröffentlicht am 5. Juni 2024 um 09:12 Uhr.",
             "Letzte Bearbeitung: 5. Juni 2024 um 09:12 Uhr.",
         ]),
    _neg("b46-bezirksblatt-lions-hochwasser-neg",
         "Invented; modelled on Berliner Woche (club's donations to flood victims, comment box)", "de", [
             "Geld für Hochwasseropfer",
             "Köpenick. Der Lions Club Köpenick-Müggelsee hat zusammen 10 000 Euro an fünf Lions Clubs in den vom Hochwasser getroffenen Regionen in Bayern und Baden-Württemberg geschickt. Je 2000 Euro gingen an die Clubs in Passau, Reichertshofen, Schrobenhausen, Ebersbach und Rudersberg. Die Mittel sollen vor Ort weitergegeben oder für bestimmte Hilfsprojekte eingesetzt werden. Unterdessen sammeln die Köpenicker Lions weiter Geld und Vorschläge, wie man den Betroffenen noch helfen kann. mk",
             "Autor:Martina Kühn aus Treptow |",
             "Kommentare",
             "Sie wollen einen Kommentar schreiben?",
             "Sie haben etwas zu sagen? Loggen Sie sich ein, um mitzudiskutieren.",
         ]),
    _neg("b46-saalebote-dornstedt-sammlung-neg",
         "Invented; modelled on Ostthüringer Zeitung (village collection of goods for flood victims)", "de", [
             "Dornstedt. Kurzfristige Sammelaktion in Dornstedt stößt bei den Einwohnern auf großes Echo. Sachspenden für Hochwasseropfer in Bayern und Baden-Württemberg zusammengetragen.",
             "",
             "Der kurzfristige Aufruf, Hilfsgüter für die Hochwasseropfer in Bayern und Baden-Württemberg abzugeben, sorgte noch am gleichen Nachmittag für regen Andrang im Dorfgemeinschaftshaus. Sandra Pohl, Lukas und Jan Reuter, Emil Hartung sowie Frank Seidel (v.l.) hatten schon nach einer knappen Stunde Berge von Decken, Getränken, Dosen, Hygieneartikeln und Kinderspielzeug entgegengenommen. Verbindungen aus dem Kirmesverein nach Reichenbach, das wiederum Freunde und Verwandte im Katastrophengebiet hat, brachten die Idee ins Rollen, und die Feuerwehr Dornstedt half am Sonntag gleich beim Verladen.",
         ]),
    _neg("b46-radiosud-leucate-cagnotte-neg",
         "Invented; modelled on Europe 1 (reportage on a town hall's collection after a deadly explosion, quoted resident)", "fr", [
             "REPORTAGE",
             "",
             "Après l'explosion mortelle survenue à Port-la-Marine, non loin de Narbonne, la commune ouvre une collecte pour les sinistrés. Les enquêteurs ignorent toujours si le drame est accidentel ou volontaire, et les dommages sont considérables. Plusieurs habitants n'ont plus rien et c'est à leur intention que le maire a ouvert cette collecte. La commune veut centraliser les gestes de solidarité et réunir de l'argent, afin qu'ils puissent remplacer ce que le souffle ou les flammes leur ont pris. Un coup de pouce pour tout reconstruire.",
             "",
             "Parce que la mairie était submergée de messages venus de toute la France, dont beaucoup de gens désireux de verser de l'argent, elle a choisi d'ouvrir cette collecte sur internet. Celle-ci a déjà réuni environ 2.400 euros en une demi-journée. Depuis mardi, la générosité ne faiblit pas. Du matin au soir, des habitants se relayaient pour apporter des cartons : la salle des fêtes déborde désormais de vêtements. Certains offraient même des lits, des tables, des cuisines complètes.",
             "",
             "Une solidarité hors du commun",
             "",
             "Un vrai soulagement pour Nadège, dont l'appartement a été soufflé. \"Je suis partie en chaussons, et j'ai pu me rhabiller grâce à tout ce que les gens ont apporté. Quand on nous a fait sortir, des inconnus nous ont ouvert leur porte pour dormir, dîner et prendre un café le matin, ils nous ont donné des habits, des objets\", confie-t-elle à notre micro. \"On a vu une entraide comme on n'en voit plus beaucoup aujourd'hui. Personne ne pensait aux distances : tout le monde s'embrassait. On comprend à quel point la chaleur des gens compte\", ajoute l'habitante.",
         ]),
    _neg("b46-lenta24-vek-shtraf-sbor-neg",
         "Invented; modelled on obzor.io (third-party report on a magazine's reader collection for its fine, with the editor's quoted post)", "ru", [
             "За три дня независимый журнал «Новый Век» получил от читателей пожертвований почти на 19,8 млн рублей – эти средства нужны, чтобы заплатить рекордный для российской прессы штраф в 18,6 млн рублей, который Хамовнический районный суд назначил изданию и его главному редактору.",
             "– УРА!!!!!! К 18:00 МСК 22 октября, на третий день сбора, пришло 19 миллионов 812 тысяч 455 рублей. ПОЛУЧИЛОСЬ!!!!!! ОГРОМНОЕ СПАСИБО!!!!! Справились!!!!! Вместе мы сила! Спасибо!!!!! – не скрывая чувств, написала в соцсети главный редактор «Нового Века», известная журналистка Вера Холмогорова.",
             "Сообщается, что штраф назначили журналу за то, что он не вовремя отчитался о деньгах, полученных из-за рубежа. Сама Холмогорова назвала наказание «небывалым» и попросила читателей помочь собрать нужную сумму.",
         ]),
    _neg("b46-gorodnashe-kuryer-auktsion-neg",
         "Invented; modelled on It's My City (city site reporting another outlet's charity auction to pay its fines)", "ru", [
             "Телеграм-канал «Ночной курьер» выручил больше 180 тысяч рублей в ходе благотворительных торгов. Деньги редакция потратит на штрафы по статье о распространении «ложной информации», рассказали «Городу нашему» в редакции канала.",
             "С молотка ушли работы художников Киры Лапиной, Димы Sprt, Ольги и Сергея Гончаровых, Васи Штрихова, группы НКВЛ, Дарьи Мельник, Котиков 04:20, Марины Ивлевой, Глеба Воронова, Moon.Kid, Полины Ершовой, just another artist и многих других. Помимо этого, можно было приобрести особые лоты от соседних изданий, футболки движения за сохранение городского сквера, бейдж прессы от «Города нашего» и сборник песен местного барда Ильи Ветра.",
             "На этой неделе торги продолжатся, но уже только в интернете. Сделать ставку можно будет через бота в Telegram.",
             "Сбор денег на штрафы не закрыт. Пока жители перевели примерно 55 тысяч рублей. Как отправить пожертвование, рассказано здесь.",
         ]),
    _neg("b46-vomske-lechenie-malchika-neg",
         "Invented; modelled on vtomske.ru (city site on a completed collection for a sick child)", "ru", [
             "Жители Северска за три недели собрали больше 250 тысяч на лечение пятилетнего мальчика",
             "",
             "Жители Северска за три недели собрали больше 250 тысяч на лечение пятилетнего мальчика",
             "Анна Рыбакова / seversk.example",
             "",
             "Об этом редакции рассказали в благотворительном фонде «Добрый берег». Часть денег удалось собрать во время ежегодной ярмарки «Пирог в подарок», которая прошла в Северске 14 апреля.",
             "",
             "Напомним, у пятилетнего Артема Зуева врачи обнаружили опухоль почки. Мальчику понадобились лекарства, которых нет в льготном перечне, и импортные препараты. Также во время курса лечения Артему нужно особое питание. Всего на это требовалось 250 тысяч рублей. У родителей таких средств нет.",
             "",
             "Сбор для мальчика открыли 28 марта, а к 13 апреля не хватало лишь около 18 тысяч рублей. Эту сумму организаторы надеялись собрать на ярмарке «Пирог в подарок».",
         ]),
    _neg("b46-tvsegodnya-talanty-marafon-neg",
         "Invented; modelled on НТВ (TV report on a children's charity marathon)", "ru", [
             "Видео сюжета «Новости дня»",
             "За полгода талантливые дети области, певцы, актеры, художники и юные мастера будут собирать средства на лечение своих ровесников, которых опекает региональное отделение Детского фонда милосердия.",
             "Как рассказывает корреспондент телеканала Марина Белкина, первыми на просьбу о помощи тяжелобольным детям отозвались большие семьи. Едва услышав о начале благотворительного марафона «Таланты — друзьям», Светлана Мохова и ее шестеро детей из деревни Верхние Ключи несколько недель шили и рисовали. На благотворительную ярмарку в Липецк они привезли сорок работ. Младшей рукодельнице 6 лет. Настя Мохова рассказывает, что с особым старанием вышивала салфетку, шила подушечку и лепила ангела.",
             "Благотворительный вечер помогли провести юные исполнители, стипендиаты Детского фонда милосердия. Студент Кирилл Жаров специально приехал из Петербурга, чтобы тоже помочь общему делу.",
             "Марафон будет идти полгода. По решению Детского фонда милосердия помощь получат семьи с небольшим доходом, в которых растут дети с онкологией, ДЦП и аутизмом.",
         ]),
]

BATCH46_DOCUMENTS = PROBE13 + PROBE14
