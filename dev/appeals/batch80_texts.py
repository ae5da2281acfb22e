"""Eightieth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

17 documents (5 appeal, 12 negative; EN, FR, DE, RU): our own paraphrases of every document of the
local-only real probe 60 (17 documents). Each keeps the real page's structure (a headline with
bylines and "Read ... in ..." reprint lines, a comment-section footer, a one-word subscribers badge
above an interview whose standfirst repeats three times with a photo credit glued to one copy and a
question cut off mid-sentence, a police report ending in "...", a campaign letter signed with a
dash-name followed by a cut-off teaser of the next post, a "By: -" byline with an empty author, a
radio transcript with speaker-initial lines, bullet lists, a "read the rest on ..." teaser line,
photo-caption lines, mid-word cut-offs) and exactly what the real gold marks: a magazine's closing
self-portrait ending in "support us!" after a partnership notice (the partner agency's own
description stays text); an ad-free supporter line under the reprint lines, a "who funds us? you do"
regular-donor block with its dash bullets and thanks, and the comment-section "join the
conversation, only supporters may comment" pair (the bare "Comments" label stays text); a lone
subscribers badge as the first line of an interview page; a four-line regional-paper login paywall
(subscriber-included, e-paper login, print login or register, customer-service phone line) after a
cut news paragraph; a whole signed last-day pledge-drive letter with its prize draw above the next
post's teaser. Negatives keep what makes the real ones hard: a city magazine profiling a new
nonprofit newsroom and its plans to take donations, that newsroom's anniversary essay on its nonprofit
model, a radio-trade blog relaying a public station's letter asking for non-financial help and
describing federal funding, a blogger's "good causes" list that relays another magazine's
end-of-year appeal at length, a municipality handing out charity proceeds to local clubs, a local
voters' list youth group's donation cheque, a town poll on a politician's festival donation with a
"read the rest elsewhere" line, a telethon preview with volunteer appeals, a gift-box drive, an
editor's column quoting a charity's plea for money, a radio interview with a charity portal's editor,
a postal service's newspaper subscription campaign with its prices.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches, each text is meant to be taken as
it stands, with every gold appeal substring located in it (each occurs exactly once; checked by
check_para.py), for an `unseen-` fixture file: no rule is fitted to it.
"""


from whole_documents import _doc, _neg


# --- Probe 60: appeal documents -----------------------------------------------------------------

_OFFENERUNDE_SELF = (
    "Offene Runde ist die Zeitschrift für Alltag, Kunst und Zusammenleben. Sie setzt zu 100% auf "
    "Reportage und Forschung von der Basis her - frei von Konzernen und ohne einen Cent aus Anzeigen. "
    "Pflegerinnen, Lokführer, Studentinnen, Historiker, Landwirtinnen, Tischler, Theologen, "
    "Podcasterinnen, Arbeitsuchende, Sprachtüftler, Fachleute und neugierige Köpfe aus jeder Schicht "
    "und jeder Region schildern, was die Gegenwart bewegt, so wie sie es erleben: direkt, aufrichtig "
    "und ohne verstecktes Kalkül. Unterstütze uns jetzt!"
)

_KINDLING_TOP = "Prefer kindling without the adverts? Sign up as a kindling backer."

_KINDLING_FUNDS = "\n".join([
    "Who pays for kindling? Readers do",
    "Our money comes from people like you. At a time of online pile-ons and jittery sponsors, your gifts matter to us as never before. Close to two-thirds of our income is given by readers – most of them chipping in only £4 a month. Set up a standing gift – £4 monthly or £40 yearly – and you can become a and get:",
    "–No adverts on any page",
    "–Members-only evening talks",
    "–A seat in our comment threads",
    "Nothing else keeps kindling burning – and spreading. Many thanks!",
])

_KINDLING_COMMENTS = "\n".join([
    "Fancy having your say below?",
    "Comment threads are open solely to kindling backers and patrons who give to us every month.",
])

_CARTON_BADGE = "Abonnés"

_REGIO_WALL = "\n".join([
    "Für Abonnenten der TB/RK ist tbrk+ ohne Aufpreis im Abo inbegriffen",
    "Mit Ihrem Digitalzugang (E-Paper) einloggen und ohne Zusatzkosten weiterlesen.",
    "Als Leser der gedruckten Ausgabe (Premium-Abo) einloggen oder neu registrieren und ohne Zusatzkosten weiterlesen.",
    "Haben Sie Fragen? Unser Leserservice hilft Ihnen unter 07143 / 518-0 gerne weiter",
])

_CURBSIDE_LETTER = "\n".join([
    "Chip In Today So Curbside Daily Keeps Rolling",
    "I promise this is my final ask.",
    "If you have not yet given to our autumn member drive, please show us that you are reading and that our work matters to you. If you already gave, we are grateful – and you are welcome to give a second time!",
    "Our Plaza Pileup bracket back in September put a spotlight on some of the most soul-sapping stretches of asphalt lots in the centers of American towns – and our “champion,” Fairhaven Junction, has already started planning to make sure it never takes the title again. Since then, this site has hosted lively, and sometimes heated, debates about robotaxis, who feels welcome on group rides, and plenty more. Where would these arguments even take place without Curbside Daily?",
    "Curbside Daily only survives because you keep it alive. Our readers pay for this newsroom. If we fall short of our goal, Curbside Daily may not make it into 2017.",
    "And 2017 is exactly when we need to be around. That is the year the federal STRIDE Act runs out and Congress has to write a new highway and transit law. Will members finally change the way we rank walking, biking, buses and cars? Will they ever settle on a fair way to fund it all? We hope to put lawmakers and the advocates who check our site every morning in the same room to map out what comes next. For that, we need you to keep us alive.",
    "If you chip in before midnight, you go into a drawing for a hand-stitched Lumen reflective vest, a Pannier Pal rack bag, or the top prize of a Velora cargo e-bike:",
    "Thank you for reading, thank you for giving, and thank you for everything you do to make our sidewalks safer and our towns more fun.",
    "– Priya",
])


PROBE60_APPEALS = [
    _doc("b80-offenerunde-partnerschaft-weltweitblick-end", "appeal", "end",
         "Invented; modelled on Neue Debatte (partnership notice, closing magazine self-portrait ending in a support call)", "de", [
             "Die Zusammenarbeit mit Weltweitblick freut uns bei Offene Runde ganz besonders, weil unsere kleine Redaktion dadurch noch mehr Hintergründe, Reportagen und Analysen vor allem aus Westafrika und dem östlichen Mittelmeerraum bringen kann, die in den großen Tageszeitungen selten oder gar nicht auftauchen.",
             "Umgekehrt können unsere Schreiberinnen und Schreiber ihre Texte künftig auch an Weltweitblick weitergeben und so ein deutlich größeres Publikum finden.",
             "Weltweitblick entstand 2011 in Portugal und widmet sich vor allem Abrüstung, Menschenrechten, Versöhnung und dem Schutz von Minderheiten.",
             "Hinter Weltweitblick stehen Ehrenamtliche, die aus Medienarbeit, Bürgerbewegungen, Kunst und Hochschule kommen. Die Agentur verfolgt kein Gewinnziel und sieht genau darin die Voraussetzung dafür, frei berichten zu können.",
             "Jeden Tag erscheinen Meldungen der Agentur auf Portugiesisch, Englisch, Arabisch, Griechisch, Französisch und Deutsch. Ihre Zentrale liegt in Lissabon, dazu kommen Korespondenten in 31 Staaten.",
             _OFFENERUNDE_SELF,
         ], appeals=[_OFFENERUNDE_SELF]),
    _doc("b80-kindling-newyear-nannycouncil-top-end", "appeal", "top+end",
         "Invented; modelled on spiked (reprinted column: ad-free supporter line under the reprint lines, regular-donor block with dash bullets, comment-section supporters-only pair)", "en", [
             "New Year and the Nanny Council",
             "Read kindling editor Fergus Blaine in The Courier (Leeds).",
             _KINDLING_TOP,
             "Read kindling editor Fergus Blaine in The Courier (Leeds), 2 January 2004:",
             "The festive advice from the accident-prevention lobby boils down to this: ‘Please note, citizens, that you are a hopeless bunch of clots and a danger to your own selves. Skip the pudding, skip the punch, skip the party, since the new year may well finish you off. Otherwise, have a lovely break.’ Fewer cheers and more fears….",
             _KINDLING_FUNDS,
             "Comments",
             _KINDLING_COMMENTS,
         ], appeals=[_KINDLING_TOP, _KINDLING_FUNDS, _KINDLING_COMMENTS]),
    _doc("b80-cartonjaune-castera-interview-top", "appeal", "top",
         "Invented; modelled on Midi Olympique (sports interview behind a one-word subscribers badge, repeated standfirst, cut-off question)", "fr", [
             _CARTON_BADGE,
             "Romain Castéra : « Personne n'est à l'abri d'une chute... »",
             "• Le pivot et capitaine des Bleus du handball a parlé sans détour, un mois avant l'ouverture de l'Euro, de ce qu'il attend de son groupe. Une discussion partagée entre ambitions assumées et lucidité sur tout ce qu'il leur rest à bâtir d'ici les Jeux de 2028.",
             "Le pivot et capitaine des Bleus du handball a parlé sans détour, un mois avant l'ouverture de l'Euro, de ce qu'il attend de son groupe. Une discussion partagée entre ambitions assumées et lucidité sur tout ce qu'il leur rest à bâtir d'ici les Jeux de 2028. Photo Lumière Sport - Lumière Sport",
             "Le pivot et capitaine des Bleus du handball a parlé sans détour avant l'ouverture de l'Euro de ce qu'il attend de son groupe. Une discussion partagée entre ambitions assumées et lucidité sur tout ce qu'il leur reste à bâtir d'ici les Jeux de 2028.",
             "Les sélections scandinaves ont impressionné lors des matchs amicaux de l'automne. L'Euro qui arrive sera-t-il plus dur à gagner qu'un championnat du monde ?",
             "Aucun championnat n'est facile. Quand l'échéance approche, chaque sélection hausse son intensité et arrive au sommet de sa forme... Prenez la Croatie : même si elle a paru plus terne cet automne, elle répond toujours présent le jour du premier match. Combien de fois a-t-on enterré les Croates trop vite ? Et combien de fois sont-ils allés chercher une médaille juste après ?",
             "C'est vrai...",
             "En ce moment, tous les regards se tournent vers le Danemark, la Suède et nous parce que nous avons récemment dominé l'Allemagne et l'Espagne. Justement, je me méfie encore plus des Croates, qui aiment bien arriver sur la pointe des pieds. Ce sont eux les champions en titre, je le rappelle.",
             "L'équipe de France a-t-elle franchi",
         ], appeals=[_CARTON_BADGE]),
    _doc("b80-talboteregional-glatteis-unfaelle-end", "appeal", "end",
         "Invented; modelled on Sindelfinger Zeitung / Böblinger Zeitung (cut police report, four-line subscriber login paywall with service phone)", "de", [
             "28 Glätteunfälle am Morgen",
             "Der überraschend in der Nacht einsetzende Eisregen hat die Pendler am Dienstagmorgen auf eine harte Probe gestellt. Zwischen 4.30 Uhr und 9 Uhr nahm die Polizei im gesamten Landkreis 28 Unfälle auf, die auf die glatten Straßen zurückgingen, der größte Teil davon mit Blechschäden. Nach ersten Angaben wurde ein Fahrer schwer verletzt, drei weitere Menschen kamen mit leichten Blessuren davon. Den Sachschaden beziffern die Beamten vorläufig auf etwa 120 000 Euro. Am späten Vormittag blieben nur noch wenige Lastwagen an der ...",
             _REGIO_WALL,
         ], appeals=[_REGIO_WALL]),
    _doc("b80-curbsidedaily-autumn-drive-lastask-top", "appeal", "top",
         "Invented; modelled on Streetsblog USA (signed last-day pledge-drive letter with prize draw, then the next post's cut-off teaser)", "en", [
             _CURBSIDE_LETTER,
             "Help Curbside Daily Track Down the Saddest Crosswalk in the Country",
             "Voting season is back, and this round is going to be fierce. After giving out a Curbie trophy for the most impressive street makeover of 2015 last December, we are now going to do the opp",
         ], appeals=[_CURBSIDE_LETTER]),
]


# --- Probe 60: negatives ------------------------------------------------------------------------

PROBE60_NEGATIVES = [
    _neg("b80-harborcitymag-tidewaterledger-launch-profile-neg",
         "Invented; modelled on Richmond Magazine (city magazine profile of a new nonprofit newsroom that plans to take donations)", "en", [
             "Illustration source: Stockframe",
             "“SKIM NOTHING” is the cheeky subject line on the Tidewater Ledger's morning email digest, landing in subscribers' mailboxes since the web-only outlet went live in March and carrying stories like “ ‘Even ghosts pay rent:’ What a state senate hopeful once blogged about haunted motels” and “Could Port Allerton lure commuters back onto the ferry?”",
             "The Ledger is a nonprofit newsroom based in Port Allerton that focuses on the statehouse and public policy, and its five reporters cover farming and water, courts and prisons, hospitals, roads and rail, and schools.",
             "“Right now our money comes from the Brightwater Trust, a charitable foundation based in Baltimore,” explains Managing Editor Colleen Brandt, a longtime reporter who until this spring handled the environment and transit beats at the Port Allerton Courier. “Down the road we'll set up our own nonprofit.” Before long, the Tidewater Ledger plans to add a way for readers to give on its site and look for further backers.",
             "Brandt has brought along two old coworkers from the Courier, Felix Amato and Dana Whitcombe, plus a onetime Coastline Gazette reporter, Marlow State University alumna Renée Okoro. Building a newsroom from scratch is thrilling, Okoro says. “We get to decide what we are, which stories we chase and how we chase them.”",
         ]),
    _neg("b80-tidewaterledger-seven-years-nonprofit-model-neg",
         "Invented; modelled on Virginia Mercury (staff essay on the newsroom's anniversary and its nonprofit model, empty-author byline, cut off)", "en", [
             "Seven years of the Ledger, looking back",
             "By: - March 9, 2024 6:15 am",
             "Morning fog lifts off the harbor below the statehouse dome. (Felix Amato/Tidewater Ledger)",
             "A little more than seven years back, a message showed up in my email.",
             "“Hello Jordan,” it began. “You may have heard we're getting started, and I wanted to see whether you'd take on some freelance pieces before we go live at the end of this month. Someone passed along your clips and I think you'd be just right for a couple of ideas I'm working on.”",
             "I had no idea what I was getting into.",
             "That note, dated March 1, 2017, came from Colleen Brandt, who was building the Tidewater Ledger after years as a reporter at the Port Allerton Courier. The Ledger had been written up that February by the Harbor City Weekly, a scrappy free paper that back then still did plenty of local reporting. All I knew was what the Weekly had said, but I was intrigued. The Ledger planned to be a nonprofit that published only online, stick to statehouse policy and explain things plainly.",
             "Every one of those things appealed to me. Coming up through small-town dailies, I had watched print shrink as more and more readers moved to their phones. It drove me crazy trying to squeeze tangled policy fights into a few stingy inches of type. And, like lots of reporters, I was sure that great, important stories were sitting out there that people would happily read, and nobody was writing them because the chains that owned the papers refused to do the two simple things it takes: hire enough reporters and let them take their time.",
             "That was the Ledger's promise, and seven years on, we still keep it. Each reporter gets a statehouse beat to learn inside and out, and then gets the weeks it takes to land the stories that count.",
             "Still today — after a year of writing for the Ledger as a freelancer, four years",
         ]),
    _neg("b80-airwavesnorth-kvrn-letter-nonfinancial-help-neg",
         "Invented; modelled on PBRTV (radio-trade blog relaying a public station's letter asking for non-financial help, bulleted threats)", "en", [
             "KVRN reaches out to listeners",
             "March 3, 2025 4 By Dale Hutchins",
             "Bracing for more turbulence out of the capital, KVRN (89.3) – and probably plenty of other public stations nationwide – has started asking its community for help that doesn't involve money.",
             "In KVRN's letter, station president Maureen Whitlock says:",
             "This time I am not reaching out for a gift; what I need from you is something else.",
             "Moves in Washington have many of us worried about what lies ahead for public broadcasting. Perhaps you've already read that:",
             "• The Federal Broadcast Board (FBB) has opened an inquiry into underwriting announcements on the National Radio Network, and the network's chief has been summoned to testify on Capitol Hill.",
             "• The National Radio Network has been told to give up its press room at the State Department.",
             "• A bill has been filed that would end grants from the Corporation for Community Broadcasting (CCB), which pays for much of public radio's shows and newsgathering.",
             "The CCB has helped pay for public radio since Congress set it up in 1969.  It takes up a sliver of federal spending (well under a hundredth of one percent), yet stations all over the country depend on it.  Here at KVRN, CCB money covers somewhat under 6% of our yearly budget; for stations in small towns and the countryside, it can make up half the cost of staying on the air, or more.",
             "The CCB matters to the National Radio Network too, because most of what local stations get from it is passed straight on to the network to pay for its reporting and shows.  It is no stretch to say that, without the CCB, what you hear on KVRN – and on public radio nationwide – would look very different.",
             "The letter then lays out how listeners can get involved by visiting keeplocalradio.example.org",
         ]),
    _neg("b80-hartleyshardline-worthycauses-advent-relayed-neg",
         "Invented; modelled on Ross's Right Angle (blogger's good-causes list relaying another magazine's end-of-year appeal)", "en", [
             "Worthy Causes This Advent – Part 1 –",
             "Here we are again in the giving season, and a person has to choose carefully. The list of deserving causes is so long that hardly any of us could ever fund every one.",
             "Price of the Festive Season",
             "Though a few so-called ‘charities’ deserve nothing but scorn, like Paws First International…",
             "Mink Stoles for Smugglers? Keep Your Cash From Paws First!",
             "…and several more deserve a close look from the charity regulator…",
             "Liberty Watch Global and the Imam – We Did Tell You So!",
             "And here's one paid for by British taxpayers – which we wrote about back in the summer..",
             "Shelter Route – whose backers include the Northern Broadcaster's Kids' Telethon and the Continental Migrant Fund – today urged ministers to close the Fenmoor detention centre, where people claiming asylum are kept while their cases are decided….",
             "Their money comes from the state-funded Legal Help Board (since renamed the Legal Assistance Office) and from the Metro Boroughs Group…",
             "…along with the International Refugee Office – every one of them living off the taxpayer.",
             "Now for a good cause that makes no claim to be a charity, simply a meeting place for people who love liberty, where plenty gets said that I often don't agree with.",
             "All the same, I'm glad to pass on the details of their year-end plea.",
             "2019 has been the most awful year in memory. Or so say the pundits who were appalled by the referendum rerun and knocked sideways by the election across the Atlantic. Everything is upside down now, they tell us, and disaster lies ahead.",
             "upstart isn't having it. We've enjoyed 2019. Not because every event pleased us. We mourned the long list of famous faces lost this year like anyone else, and though we're leavers through and through, we have no love for the man in the White House.",
             "But 2019 has been wonderful exactly because it shook up political classes that had grown stale, aloof and contemptuous of voters. Because it rocked the cosy cliques and left the establishment shaking.",
         ]),
    _neg("b80-moselbote-waldbrunnen-paeckchen-spenden-vereine-neg",
         "Invented; modelled on Saarbrücker Zeitung (municipality handing charity proceeds to local clubs)", "de", [
             "Benefiz Schuhkarton-Verkauf brachte Geld für Vereine",
             "Waldbrunnen · Die Gemeinde Waldbrunnen reicht 4800 Euro aus Benefizaktionen an Gruppen im Ort weiter.",
             "Wie schon im vergangenen Winter hat die Gemeinde Waldbrunnen wieder etwas für den guten Zweck getan. Kurz vor den Feiertagen wechselten 4800 Euro den Besitzer. Bürgermeisterin Petra Kolberg übernahm dafür gern die Rolle des „Christkinds“ und überreichte jeweils 800 Euro an den „Hospizverein Lichtblick“, die „Tafel Waldbrunnen“, den „Elternkreis frühgeborener Kinder“, die Ortsgruppe der Bergwacht, die Kinderfeuerwehr Waldbrunnen und den Malteser Besuchsdienst im Ort.",
             "Das meiste Geld stammt laut Bürgermeisterin Kolberg aus dem Verkauf der Schuhkartons bei den Aktionen „Ein Päckchen voller Lächeln“ und „Advent für Alleinstehende“. „Diese Aktionen“, erklärte Kolberg, „gehören bei uns schon seit über zehn Jahren fest zur Adventszeit.“",
             "Das Prinzip: Wer mitmacht, kauft für zwei Euro einen hübsch verpackten Karton und packt ihn anschließend mit Geschenken voll. In den Kitas und Grundschulen des Ortes gestalten die Kleinen die Kartons mit Farben und Glitzer. Besonders engagiert war Heike Brenner, die nach Feierabend rund 170 Schachteln eingepackt hat.",
             "Der Rest des Betrages kam beim Kaffee- und Tortenverkauf auf den Frauen-Trödelmärkten zusammen. Die Märkte finden viermal im Jahr in der Waldbrunner Festhalle statt. Die Stände sind meist binnen einer Woche vergeben, und die Märkte sprechen sich längst auch in den Nachbargemeinden herum. Jede Händlerin backt eine Torte, deren Erlös an diesem Tag einem „guten Zweck“ zugutekommt.",
         ]),
    _neg("b80-oberpfalzecho-buergerliste-nikolaus-scheck-neg",
         "Invented; modelled on Onetz / Der neue Tag (local voters' list youth group's donation cheque to first responders)", "de", [
             "Auf vieles mussten die Kleinen in den letzten beiden Wintern verzichten. Damit wenigstens der kostenlose Nikolausbesuch der Bürgerliste Hohenau und ihrer Jugendgruppe nicht ausfällt, hielten die Organisatoren daran fest. Getestet und mit Abstand an der Wohnungstür ging alles sicher über die Bühne. 26 Haushalte bekamen Besuch. Viele Eltern gaben freiwillig etwas dazu. Die gesammelten 520 Euro gingen jetzt an die örtlichen Ersthelfer. Angestoßen hatte das Ganze Jugendsprecher Lukas Ettl, der am 6. Dezember selbst Mantel und Bart trug.",
             "Am Donnerstag lösten Mitglieder der Bürgerliste und ihrer Jugend das Versprechen ein und übergaben den Scheck an Notfallhelferin Sabine Greiner. \"Unser Dienst ist komplett ehrenamtlich, wir leben von Zuwendungen und freuen uns über jeden Euro\", sagte die Ersthelferin zum Dank.",
         ]),
    _neg("b80-heidekurier-lindenau-stadtfest-spende-umfrage-neg",
         "Invented; modelled on Spreewald-Nachrichten (teaser about a town poll on a politician's festival donation, read-the-rest-elsewhere line)", "de", [
             "In Lindenau stimmen die Einwohner darüber ab, ob die Stadt das Geld einer Stadträtin der rechtsnationalen Heimatliste für das Sommerfest annehmen darf. Der Streit um Zuwendungen vom rechten Rand sorgt im Ort für viel Zündstoff.",
             "Weiterlesen können Sie den vollständigen Beitrag auf Lausitzer-Bote.example…",
         ]),
    _neg("b80-echodeslacs-nuitsolidarite-28e-benevoles-neg",
         "Invented; modelled on Le Petit Reporter du 73 (telethon preview with volunteer appeals, photo caption, mid-word cut-off)", "fr", [
             "28e Nuit de la Solidarité : plateaux télé et initiatives locales pour le grand rendez-vous caritatif du continent",
             "Par Claire Vernet • Publié le 26/11/24",
             "Vendredi 6 décembre, fidèle à la tradition, la Nuit de la Solidarité s'emparera des écrans et braquera les projecteurs sur ce qui reste le premier rendez-vous caritatif du continent. Lancées en 1996, ses vingt-quatre heures d'antenne sont devenues un rituel, imité depuis dans bien des pays, au seul profit des chercheurs. Pour cette 28e édition, la machine tourne à plein régime.",
             "On les croise partout, ces stands et soirées portant le logo de la Nuit. Le week-end précédent encore, l'amicale des pompiers de Saint-Aubin-du-Lac servait tartiflette, crêpes et vin chaud sous la halle du marché au profit de la cause. Une grande première pour eux, sans doute pas la dernière.",
             "Au marché de Villard-les-Thermes.",
             "Tout l'enjeu, pour la Nuit de la Solidarité, consiste à « renouveler chaque année les idées » afin d'inventer d'autres animations « et de soulager les bénévoles », explique Sandrine Pellet, référente départementale de l'opération. Ces bénévoles qui font vivre les clubs et les associations, et qui se font plus rares à mesure que les anciens s'en vont sans être remplacés. L'ARGE connaît la même difficulté, malgré son âge respectable, puisqu'elle a été fondée par une poignée de parents en 1971 (voir plus bas). Il faut se réinventer, susciter d'autres élans et prouver que les laboratoires en ont toujours autant besoin. Avec près de 17 000 rendez-vous à travers le pays, la Nuit « se prépare douze mois sur douze ». Dans le département, en 2022 – l'édition 2023 ayant été perturbée par les intempéries – on a recensé 130 initiatives dans les huit cantons, d'octobre à décembre. Et chacune reste liée à la soirée télévisée du premier week-end de décembre, rendez-vous incontournable des chaînes publiques. Qu'il s'agisse de tou",
         ]),
    _neg("b80-severnyvestnik-pribrezhny-podarki-korobki-neg",
         "Invented; modelled on Novosti Surguta (regional gift-box drive for children, title repeated in the lead, missing space after a full stop)", "ru", [
             "Детям Прибрежного района передадут новогодние подарки из Северогорска",
             "Детям Прибрежного района передадут новогодние подарки из Северогорска. Работники областного управления дорожного хозяйства присоединились к акции «Ёлка добрых дел». В итоге собрали почти тридцать коробок с конфетами, книжками и мягкими игрушками. Довезти посылки возьмётся волонтёрский центр «Попутчик».Выезд намечен на конец месяца. На месте подарки раздадут по сёлам и посёлкам района.",
             "Северогорск и Прибрежный район уже много лет помогают друг другу. Наши строители восстанавливают там школы и котельные после весеннего паводка.",
         ]),
    _neg("b80-kompasnedeli-uchastie-sluzhba-pomoshchi-column-neg",
         "Invented; modelled on Monocle.ru (editor's column quoting a church charity's plea for donations, cut off mid-sentence)", "ru", [
             "Время без сострадания",
             "Андрей Колесников",
             "главный редактор «Компас недели»",
             "14 марта 2019, 09:41",
             "Церковная служба помощи «Участие» сама оказалась в трудном положении. С одной стороны, удивляться тут нечему: такие службы живут прежде всего на пожертвования, то есть на деньги обычных людей вроде нас. Но с другой стороны, прежде служба никогда не говорила об этом как о беде. А теперь опубликовано письмо епископа Феодосия, руководителя епархиального отдела по благотворительности и социальной работе, который когда-то и основал «Участие»: «Из-за экономического спада 2017-2018 годов многие наши постоянные жертвователи урезали помощь, и восполнить всё утраченное пока не получается. До сих пор Бог нас хранил, выручал “запасной фонд” — внезапные щедрые переводы, а наши сотрудники выигрывали гранты и добивались субсидий. Однако теперь этот запас почти закончился».",
             "Ошибкой было бы решить, будто настал час, когда Бог перестал заботиться о службе «Участие». Нет, скорее теперь Он открыл нам ещё одну сторону Своей неизменной",
         ]),
    _neg("b80-radiosozvuchie-souchastie-portal-interview-neg",
         "Invented; modelled on Radio Vera (radio interview transcript with a charity portal's editor, speaker-initial lines, cut off)", "ru", [
             "«Разговор о портале про добрые дела «Соучастие-инфо». Марина Ершова",
             "В студии побывала шеф-редактор портала «Соучастие-инфо» Марина Ершова.",
             "Гостья объяснила, как за время эпидемии люди стали по-другому относиться к помощи ближним, чем отличаются тексты, которые пишут ради сбора пожертвований, и какую поддержку смогут получить приходские социальные службы из самых разных областей благодаря новой программе «Сеть участия».",
             "В эфире: Павел Лозинский",
             "П. Лозинский",
             "— Добрый вечер, это «Тихий час» на радио «Созвучие». Здравствуйте, дорогие слушатели. В студии Павел Лозинский. Очень рад представить нашу сегодняшнюю собеседницу. Марина Ершова, шеф-редактор портала «Соучастие-инфо». Здравствуйте.",
             "М. Ершова",
             "— Добрый вечер всем.",
             "П. Лозинский",
             "— Портал «Соучастие-инфо» у меня всегда вызывает в памяти один случай из тех лет, когда я только-только пришёл в храм и как-то довёз до дома одного батюшку. А он совсем не ожидал,",
         ]),
    _neg("b80-zavodskayagazeta-pochtovysoyuz-podpiska-tarif-neg",
         "Invented; modelled on Magnitogorsky Metall (postal service's early newspaper subscription campaign with its prices)", "ru", [
             "Цены на подписку при этом останутся такими же, как в прошлом полугодии. Оформить её можно не только в почтовых отделениях: сотрудники областного филиала «Почтового союза» готовы приезжать в трудовые коллективы и учреждения. А жители области могут подписаться, не выходя из квартиры, — достаточно пригласить почтальона из ближайшего отделения.",
             "Ранняя подписка даёт и частным лицам, и компаниям шанс заранее выписать газеты и журналы по сниженной цене. Поддерживая доставку прессы по подписке, почтовики решают важную общественную задачу — сохраняют общее информационное поле региона. Хотя рынок подписки переживает непростые времена, «Почтовый союз» старается удержать и укрепить его и быстро устранять трудности, возникающие в этой сфере.",
         ]),
]


BATCH80_DOCUMENTS = PROBE60_APPEALS + PROBE60_NEGATIVES
