"""Seventy-first batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (13 appeal, 11 negative; EN, FR, DE, RU): our own paraphrases of every document of the
local-only real probe 51 (24 documents). Each keeps the real page's structure (bylines, section and
dateline lines, a photo-label line, magazine cover-shard headlines, a tag-archive list with "Continue
reading" lines, a site menu with repeated search-placeholder lines and a bulleted favourites list, a
comment widget, a newsletter's "read the rest" break, paywall cuts ending in "(...)", copyright and
"Popular Right Now" footers, "+++" separators) and exactly what the real gold marks: a reader's signed
recurring-donor plea for the outlet's anniversary campaign above an article; a newsletter's "support us
by subscribing or sharing" block with its button, and a second lone join button further down; a
one-line subscribers-only paywall line after a cut paragraph (twice); a trial print subscription
between two "+++" lines of a weekly issue overview; a "click here to subscribe" sentence glued to the
end of a print-issue note; an editors' subscribe offer after a cut essay; two near-identical
newsstand free-trial boxes in the middle of a story (differing only in one space); the outlet's own
anniversary recurring-donor block with its team sign-off inside a tag archive; a support button in a
site menu plus a newsletter-and-support pair under a favourites list; an end-of-article "did you like
it, share it, subscribe to our newsletter, follow us" box (the outlet's own relayed collection link for
a charity above it stays text); a newsletter line at the top of a blog index; an editors' supporters
box after a thank-you-to-donors paragraph (the thank-you stays text). Negatives keep what makes the
real ones hard: a neighbourhood council's membership drive quoted with dues, a blogger relaying
another magazine's sustainer appeal at length, a guest post saying another blog needs support, a TV
host's charity channel with its daily goals and small donations, a writer's fundraising channel, a
family-fire crowdfunding with goal and sums, a party paper's subscription drive and building fund
reported as news, a house-fire fundraiser with totals and quoted thanks, an editor's note ending in a
feedback prompt, a short reader-video item, a blogger's report on another magazine's anniversary.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch71` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch71.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 51: appeal documents -----------------------------------------------------------------

_BEACON_POPS = (
    "Without the Beacon, the real story of our neighborhoods would hardly ever get told. Year after "
    "year, the big outlets have shown our corner of the city at its worst. By our corner I mean "
    "everybody the mainstream press tends to overlook, belittle, and push to the margins. The Beacon "
    "has been here to remind us what we are worth, and that, like a lamp in a harbor window, our "
    "people shine brighter than anyone gives them credit for. Please stand with me in backing the "
    "Beacon as a monthly donor during its 6th birthday drive, Lanterns & Tides at Home, May 3—11. "
    "Become a Lamplighter today by picking the \"monthly donor\" option!—Otis \"Pops\" Delgado, "
    "The Editor's Father (and Resident Neighborhood Grouch)"
)

_CROSSBAR_TOP = "\n".join([
    "You can back The Crossbar by signing up for Crossbar Plus, or simply by forwarding this newsletter to a friend who would get something out of it.",
    "",
    "Join today",
])

_CROSSBAR_BUTTON = "Join now"

_GARONNE_WALL = "Cet article est accessible à nos seuls abonnés :"

_ALPENBLATT_PROBE = (
    "Jetzt sechs Wochen lang OHNE RISIKO unsere gedruckte Zeitung testen: Mit dem Probeabo bekommen "
    "Sie die kommenden 6 Wochen sämtliche packenden Berichte für bloß 8,- Euro direkt ins Haus!"
)

_PUGET_CLICK = "Tap here to subscribe."

_LANTERN_OFFER = "\n".join([
    "A Word from the Editors",
    "",
    "Get ten print and digital issues, and one extra issue free, when you subscribe to The Lantern Review before September 15.",
])

_PAGESTAND_BOX_1 = "\n".join([
    "This article comes from the {{IssueName}} issue of {{MagazineName}}.",
    "Begin your 7-day Pagestand PLUS trial at no cost to unlock thousands of hand-picked premium stories, plus 8,000+ magazines and newspapers.",
    "Already subscribed ? Log In",
])

_PAGESTAND_BOX_2 = "\n".join([
    "This article comes from the {{IssueName}} issue of {{MagazineName}}.",
    "Begin your 7-day Pagestand PLUS trial at no cost to unlock thousands of hand-picked premium stories, plus 8,000+ magazines and newspapers.",
    "Already subscribed? Log In",
])

_BEACON_TEAM = "\n".join([
    "For six bright years the Beacon community has been lighting lamps with its talent and its stubborn brilliance! That light travels well past the south end — a neighborhood, in the end, is less a map than the folks who live in it. And home can mean a street, a circle of friends, or both at once. The warmth our people give off, here and farther afield, keeps proving that even one small lantern can push back the dark in every direction and show us the way forward.",
    "",
    "Please help us keep serving our neighbors by signing up as a monthly donor during our 6th birthday drive, Lanterns & Tides at Home, May 3–11. Become a Lamplighter today by picking the “monthly donor” option on our giving page! ",
    "",
    "—The Beacon Team",
])

_LEDGER_MENU = "SUPPORT THE LEDGER"

_LEDGER_PAIR = "\n".join([
    "Get EBL FREE in your inbox",
    "DONATE TO THE LEDGER",
])

_LAGON_END = "\n".join([
    "Message fin article",
    "",
    "Cet article vous a plu ?",
    "",
    "Faites-le circuler sur vos réseaux, inscrivez-vous à notre lettre d'information,",
    "et suivez toute notre actualité en nous ajoutant dans Google Actualités.",
    "",
    "Pour lire nos papiers au fil de l'eau, voici notre fil RSS : https://www.lagonactu.example/feed",
    "Pour un meilleur confort de lecture,",
    "nous vous conseillons le lecteur Feedly.",
])

_POTOMAC_NEWSLETTER = "Get Mind+Body in your inbox every Friday morning."

_LANTERN_FRIENDS = "\n".join([
    "A Word from the Editors",
    "",
    "Since 1991, The Lantern Review has tended and defended a fragile literary inheritance. Join our circle of supporters and help keep serious criticism alive for the next generation.",
])


PROBE51_APPEALS = [
    _doc("b71-rainierbeacon-sheriff-top", "appeal", "top",
         "Invented; modelled on South Seattle Emerald (article with a reader's signed recurring-donor plea at the top)", "en", [
             "by Marisol Whitfield",
             _BEACON_POPS,
             "As the search for a new Marrow County sheriff moves ahead, neighborhood organizers and civic leaders want to be sure old problems do not come back.",
             "Two years ago, residents and local officials demanded that former Sheriff Dana Kroll step down after remarks she made when one of her deputies fatally shot a 19-year-old named Luis Ortega. Those remarks, sent in a memo only hours after Ortega died, seemed to defend the deputy's conduct.",
             "When Kroll's term ran out in January 2023, County Executive Harold Baines named Teresa Nakamura as acting sheriff. She will either keep the post or give way to one of two other finalists — Marcus Lyle, the police chief of Granite Falls, Oregon, or Denise Harper, a captain in the Tacoma Police Department.",
             "In 2021, voters decided the sheriff would be picked by the executive instead of at the ballot box, a change some organizers said would make oversight easier.",
             "\"Appointment is a fairer route than an election in this specific situation,\" Councilmember Ahmed Yusuf told the Beacon by email.",
         ], appeals=[_BEACON_POPS]),
    _doc("b71-crossbar-plus-newsletter-top", "appeal", "top",
         "Invented; modelled on The Bulwark (newsletter digest, support-by-subscribing block with button, later a lone join button)", "en", [
             "Recently in The Crossbar:",
             "",
             _CROSSBAR_TOP,
             "",
             "Last spring, Governor Wade Pruett promised that on his “very first morning” back in office he would post “every line of the state budget, in plain English, for every taxpayer to see.” That morning came and went, and so did the next, and the one after. . . . It took his staff almost seven weeks—until this Thursday, in fact—to put up a single spreadsheet, and half its columns were blank. The governor wants voters to think he treasures openness, yet he cannot even keep his own deadline for it. His actual priority for the coming session is to probe the previous administration. Egged on by the hard-line Liberty Bloc in the statehouse, his allies have created a new Special Committee on Agency Overreach, which intends, among other goals, to show that the attorney general's office and the state police are tilted against rural voters. To that end, the measure creating the committee lets it examine the agencies' “pending criminal cases.”",
             "",
             "KEEP READING.",
             "",
             _CROSSBAR_BUTTON,
             "",
             "Senator Roy Haskins has a famous allergy to facts. Hundreds of residents, maybe thousands, went without heat for days during last winter's ice storm because he brushed off the utility's warnings and told everyone the grid was fine. A crowd of his supporters blocked the capitol steps for an entire afternoon, frightening staff and shutting down a vote, because he would not admit that his bill had failed. On trade, Haskins insisted that a hostile foreign ministry was a reliable partner. He waved away his own auditors when they traced missing money to a donor's firm. He claimed that a friendly phone call could settle a dispute that had run for a decade.",
         ], appeals=[_CROSSBAR_TOP, _CROSSBAR_BUTTON]),
    _doc("b71-garonneeco-infirmieres-paywall-end", "appeal", "end",
         "Invented; modelled on Touléco (regional business news, subscribers-only line after a cut paragraph)", "fr", [
             "Le choix d'un mot d'ordre en anglais pour le collectif Care Not Cuts ne doit rien au hasard. Il reprend les combats menés outre-Manche contre une vague de coupes dans les hôpitaux : postes gelés, services fermés, primes supprimées, pressions sur les syndicats… « Là-bas, c'est poussé à l'extrême, mais on n'en est pas si éloignés. Beaucoup d'entre nous ont travaillé à Londres, et (…)",
             _GARONNE_WALL,
         ], appeals=[_GARONNE_WALL]),
    _doc("b71-alpenblatt-ausgabe-41-probeabo-middle", "appeal", "middle",
         "Invented; modelled on Wochenblick (weekly issue overview, trial print subscription between +++ lines)", "de", [
             "Auf einen Blick: Wird das Land zum Selbstbedienungsladen?",
             "Strom- und Heizkosten klettern weiter – doch Landwirtschaftsministerin Gerlinde Hofbauer ist das offenbar zu wenig. Erst die neue Bodenabgabe, nun soll auch die Agrardiesel-Vergütung fallen und die Hofübergabe teurer werden. Bauernfamilien werden damit zum Zahlmeister der Republik.",
             "Österreich und die Welt: Razzien und Festnahmen: Wer hat schon geplaudert?",
             "Die Festnahme eines Werbeagentur-Chefs und früheren Beraters im Finanzressort, Markus Pölzl, sorgte für Aufruhr und lässt die Frage offen: Hat er ausgepackt? Die Regierungspartei bemüht sich derweil um Schadensbegrenzung.",
             "Wochenthema: Alte Affären, schnell vergessen",
             "Die Ermittlungen rund um die Regierungspartei haben gezeigt, wie eng Politik und Boulevard verzahnt sind. Angelegt hat dieses Geflecht aber schon vor Jahrzehnten die Opposition – die heutige Führung hat es bloß verfeinert. Die Bauring-Pleite, der Glykol-Prozess und die Salzburger Stiftungsaffäre zeigen, wie das Netz gewachsen ist.",
             "Wochenthema: Impfstoff-Deals, Maskenbeschaffung und andere internationale Merkwürdigkeiten",
             "Dass Politik kein sauberes Handwerk ist, weiß man nicht erst seit gestern. Nicht jeder bringt das Rückgrat und die Charakterfestigkeit mit, um der Versuchung zu widerstehen. Das zeigen nicht nur zugespitzte Fernsehserien über Intrigen im Regierungsviertel. Nicht selten arbeiten Politik und Presse dabei Hand in Hand, denn neben Macht geht es stets auch um Geld.",
             "+++",
             _ALPENBLATT_PROBE,
             "+++",
             "Im Gespräch: Schuld, Schweigen, Spätfolgen: Was der Ex-Minister heute über den Chat-Skandal denkt",
             "Vor gut drei Jahren brachten veröffentlichte Chatprotokolle die Karriere von Ex-Minister Ferdinand Aigner zu Fall. Heute blickt Aigner zurück und erzählt vom Innenleben der Macht.",
         ], appeals=[_ALPENBLATT_PROBE]),
    _doc("b71-pugetmonthly-opendoor-turns-30-top", "appeal", "top",
         "Invented; modelled on Seattle magazine (magazine feature, subscribe sentence glued to the print-issue note)", "en", [
             "Arts & Culture",
             "",
             "Best of 2021: ‘Open Door’ Turns 30",
             "",
             "'Open Door' marks three decades of putting people back on their feet",
             "",
             "By Harriet Lindqvist November 30, 2021",
             "",
             "OpenDoor",
             "",
             "This story first ran in the November 2021 issue of Puget Monthly.",
             "",
             "This story runs in print in the November 2021 issue inside our Best of 2021 cover package. " + _PUGET_CLICK,
             "",
             "What the name Open Door stands for was hard to miss at the anniversary dinner held for the city's nonprofit bike shop this fall. “This shop got me off the street, and I couldn't ask for anything more,” said Rosa Kimura, one of Open Door's 2021 mechanics of the year, after a long round of applause greeted her at the podium of a waterfront hotel ballroom. “It handed me my life back, and I'm thankful every day.” (Dmitri Saleh was named the shop's other mechanic of the year.)",
             "",
             "Since 1991, the nonprofit has trained people without stable housing to repair and resell donated bicycles, with a focus on fair wages and second chances. As trainees fix bikes for resale across town, they earn a paycheck right away (trainees are paid $18 an hour from day one) and join a crew of coworkers and regular customers. Today, with a shelf of regional small-business awards behind it, Open Door supports the livelihoods of about 350 people who were homeless or close to it, paying out more than $2 million in wages each year.",
             "",
             "Nora Becker, Open Door's founder and director, has been working alongside unhoused neighbors for over 30 years. “You already know the last couple of years have been especially hard,” Becker told the dinner guests. “Homelessness has been turned into a political cudgel, where fear and contempt have been used as weapons in city hall and across the country.”",
         ], appeals=[_PUGET_CLICK]),
    _doc("b71-lanternreview-critics-online-subscribe-end", "appeal", "end",
         "Invented; modelled on The New Criterion (cut essay, editors' subscribe offer before the footer)", "en", [
             "There was a time, back when everything was printed, that a review was finished the moment it appeared. An essay or a notice, it made no difference. You handed in your copy, your relieved editor passed it along to the typesetter, and then it vanished into a chain of clattering machines whose workings you barely understood. Some weeks later the piece came home to you, bound between glossy covers with hundreds of other people's paragraphs. That shiny bundle of paper was what everyone called a magazine. Writing for a daily worked almost the same way, only your words came back faster, on thinner paper, in ink that left gray smudges on your thumbs.",
             "",
             "Either way, you could lean back, put your feet up, and wait for the letters of praise to arrive. The issue would turn up in mailboxes and on porches. People would hurry down to the corner shop to buy a copy. Everybody would read it. Your task was...",
             "",
             "",
             _LANTERN_OFFER,
             "",
             "Popular Right Now",
         ], appeals=[_LANTERN_OFFER]),
    _doc("b71-pagestand-chimag-counters-plustrial-middle", "appeal", "middle",
         "Invented; modelled on Magzter (digital-newsstand story page, two near-identical free-trial boxes mid-story)", "en", [
             "THIS TOWN Has ALWAYS GATHERED at its LUNCH COUNTERS",
             "BLUE PLATE DINER",
             "IN 1958",
             "VISIT ANY TOWN in the Midwest and you'll probably find a decent taqueria, a trendy ramen bar, and a speakeasy hidden behind a laundromat. Only in Chicago, though, do we have the alderman's breakfast booth, the blues-legend rib joint, the poets' pancake house, and the night-shift nurses' pie counter. We go out for brisket or martinis, sure, but mostly we go out to find our tribe. The veteran Chicago columnist Ruth Amsel once told my coworker Devin Ochoa about her first visit to the Tip Top Grill on Halsted, led there by a senior reporter: “He called it ‘the newspaper table.’ I was over the moon. I thought, Well, now I'm one of them.”",
             "It wasn't always like this. As the historian Paul Marchetti notes in his 2014 book, Counter Culture, eating out for fun only caught on around 150 years ago. Back then the serious cooking happened in New Orleans and San Francisco. Chicago got by on saloon lunches: sausages, rye bread, lager, pickled eggs. Then a pair of Greek brothers dressed up their Loop lunchroom with marble and brass and a whole new chapter began. Lena Okafor opened her soul-food palace on the South Side, Arturo Reyes put mole on a steakhouse menu, and Hiro Tanabe turned a parking-garage kiosk into a sushi pilgrimage site. Menus shift, fashions come and go; the simple truth that our eateries are our meeting halls and our hiding places stays put.",
             _PAGESTAND_BOX_1,
             _PAGESTAND_BOX_2,
             "The Zen of Brisket",
             "Smokehouse Row has a gifted pitmaster, deep-pocketed investors, and the air of a private club. It still lacks something.",
             "The Bartender's Dilemma",
         ], appeals=[_PAGESTAND_BOX_1, _PAGESTAND_BOX_2]),
    _doc("b71-rainierbeacon-tag-featured-lanterns-middle", "appeal", "middle",
         "Invented; modelled on South Seattle Emerald (tag archive page, anniversary recurring-donor block with team sign-off)", "en", [
             "Tag Archives: Featured",
             "",
             "NEWS GLIMMERS: A Day to Plant, A Day to Rest, And a Day to Call Across the Pacific",
             "",
             "gathered by Beacon Staff",
             "",
             "A batch of news and notices we'd hate to see swept away by the endless scroll of headlines!",
             "",
             "Continue reading NEWS GLIMMERS: A Day to Plant, A Day to Rest, And a Day to Call Across the Pacific",
             "",
             "Harbor Strings Collective's Spring Thursday Sessions Kick Off Tonight",
             "",
             "by Jonah Whitaker",
             "",
             _BEACON_TEAM,
             "",
             "This Thursday, May 4, the Harbor Strings Collective's Thursday Sessions start up again at the Copperleaf Gallery and Lounge in Beacon Hill. The sessions ran last season from early November of 2022 to March 2023, and are coming back in a new shape. From now on the series will run in five-week blocks — one each for spring, summer, autumn, and winter. The May 4 concert opens the spring block.",
             "",
             "Continue reading Harbor Strings Collective's Spring Thursday Sessions Kick Off Tonight",
             "",
             "My Beacon Story: Six Years of Lighting Lamps",
             "",
             "To mark the Rainier Beacon's 6th birthday, we invited neighbors to tell us about moments from our paper's history that still mean a lot to them. ",
             "",
             "by Keisha Morrow",
         ], appeals=[_BEACON_TEAM]),
    _doc("b71-eastbankledger-mondaybulletin-supporttheledger-top", "appeal", "top",
         "Invented; modelled on West Side Rag (local news site: support button in the menu, newsletter-and-support pair under a favourites list)", "en", [
             "East Bank Ledger",
             "Nothing Found",
             "Show All Results",
             _LEDGER_MENU,
             "Nothing Found",
             "Show All Results",
             "",
             "Favorite EBL Stories",
             "",
             "  • Openings & Closings: Mabel's Bagels; Greenroot Juicery; Core Barre Studio; Sound Hearing Center; Riverside Vision Care",
             "  • Why the Promised Bike Lane on a Crowded East Bank Avenue Still Has No Paint",
             _LEDGER_PAIR,
             "",
             "Monday Bulletin: New Film Follows East Bank Dancer and Her Grandmother; Historic Church Opens Halal Food Pantry; Corner Tavern Starts Crowdfunding Drive to Stay Open",
             "",
             "November 3, 2025 | 7:42 AM",
             "in COLUMNS, NEWS",
             "12",
             "Reader Priya Nandakumar sent in this lovely shot along with a note: “I got a happy surprise at dawn today [October 27th] when an old acquaintance showed up. The moon, after drifting west all autumn, had evidently swung back and was now slowly, night by night, creeping back toward the river. This evening, seen from my kitchen window on East 84th Street, it rose right between the two Harbor Point towers, making what I've started to call ‘Moonbridge.’ From what I've read online, it will keep up this path until the end of the month, peaking at exactly 6:41 pm on Friday, November 28. The almanac notes there's a short stretch of nights when it lines up, but late November is the likeliest. The moon will appear to hang there for a moment before it heads back east, giving me one more shot at Moonbridge from my kitchen in roughly 40 days. What a way to end the day!” Photo by Priya Nandakumar",
         ], appeals=[_LEDGER_MENU, _LEDGER_PAIR]),
    _doc("b71-lagonactu-inondations-dons-secourspop-finarticle-end", "appeal", "end",
         "Invented; modelled on Zinfos974 (news article, end-of-article share/newsletter/follow box; the outlet's relayed charity collection link stays text)", "fr", [
             "Retour à la rubrique : Société",
             "",
             "Inondations à Saint-Pierre : Ne déposez plus rien à la salle omnisports, appelez la cellule d'entraide",
             "",
             "Le Secours populaire indique que les bénévoles croulent sous les vêtements et les colis. Une cellule téléphonique a été ouverte et la population est priée de téléphoner avant tout dépôt pour savoir ce qui manque vraiment.",
             "",
             "Publié par lagonactu – le jeudi 9 mars 2023 à 14H05",
             "",
             "La vague d'entraide en faveur des familles sinistrées par la crue de la ravine Blanche a été impressionnante. Les habitants ont répondu présent, mais les bénévoles les prient désormais de ne plus apporter de sacs de linge ni de denrées à la salle omnisports de Bois-d'Olives, où les familles sont hébergées.",
             "",
             "« L'entraide fonctionne à merveille. Les gens ont un cœur immense. Mais ici, nous n'avons plus de place. Chaque sac de plus nous gêne au lieu de nous aider. La commune met à disposition un local. Composez le 0262 55 10 20 entre 8h et 17h en semaine ! Ce sera le nouveau point de collecte, où tout sera trié et accepté », précise Josiane, bénévole au Secours populaire.",
             " ",
             "",
             " ",
             "",
             " ",
             "",
             "[Il est également possible de soutenir financièrement le Secours populaire grâce à une collecte ouverte par Lagon Actu.]urlblank:https://www.collecte.example/c/soutien-familles-sinistrees-crue-ravine-blanche",
             "",
             " ",
             "",
             "Thèmes :",
             _LAGON_END,
             "",
             "Suivre",
             "M'avertir pour",
             "0 Commentaire",
             "Réactions en ligne",
             "Voir toutes les réactions",
             "",
             "Dans la même rubrique",
             "",
             "Port Est : les dockers réclament la médiation du sous-préfet",
         ], appeals=[_LAGON_END]),
    _doc("b71-potomaclife-citybeat-index-mindbody-newsletter-top", "appeal", "top",
         "Invented; modelled on Washingtonian (blog index page, newsletter sign-up line at the top)", "en", [
             _POTOMAC_NEWSLETTER,
             "",
             "A fashion magazine feted the council chair Thursday. The honor is hers to keep; the gown is not. By Laurel Benton",
             "Council Chair Gloria Estrada with Vantage editor Miles Corbin. Photographs by Renée Walsh for Vantage.",
             "",
             "Council Chair Gloria Estrada got the uncommon treat of wearing a borrowed designer gown Thursday night, alongside other honorees of Vantage magazine's fourth yearly Capital Women of Influence list.",
             "",
             "The award is permanent, but the gown, sadly, has to go home. \"My understanding is it's being returned on Monday,\" Estrada's press secretary Darnell Price tells Potomac Life.",
             "",
             "The honorees—a roster of the region's most powerful and talked-about women—met at the private home of the Ambassador of Norway, Lars Engebretsen, and his wife Ingrid Solberg. Vantage editor Miles Corbin and the fashion house's North American chief Paolo Ricci hosted the evening.",
             "",
             "Metro Transit chief Danielle Okoye with Corbin.",
             "",
             "Appeals court judge Harriet Vance and broadcaster Joan Whitley were honored, as were morning-show anchor Celeste Park, state Senator Amanda Greer of Maryland, and Delegate Kim Tran, the youngest person ever sent to the statehouse from her district.",
             "",
             "Other honorees included Patricia Lowe, the first lady of Maryland; Sandra Keel, head of the Women's Campaign Fund; Nadia Farouk, the city's deputy mayor for planning; and federal housing spokesperson Erin Molloy.",
             "",
             "Appeals court judge Harriet Vance with Ambassador Lars Engebretsen.",
             "",
             "Posted at 06:20 PM/ET, 04/16/2015 | Permalink | Comments ()",
             "Kingsley Hotel reopens this fall after an $80 million makeover. By Oliver Grant",
             "Bartenders at the Kingsley's rooftop lounge will wear outfits borrowed from a 1970s airline ad. Photograph by Oliver Grant.",
             "",
             "When the Kingsley Hotel opens its doors again after its long overhaul, its notorious past won't be the only thing brought back.",
         ], appeals=[_POTOMAC_NEWSLETTER]),
    _doc("b71-lanternreview-howwemanage-thanks-friends-end", "appeal", "end",
         "Invented; modelled on The New Criterion (editorial thanking named donors, editors' supporters box before the footer; the thank-you stays text)", "en", [
             "As we wrap up our fifteenth year in print, we want to take up a question readers keep putting to us: just how do we pull it off? The Lantern Review runs on a very small staff, so how do we keep bringing you some of the liveliest, most carefully written, and most revealing criticism around, issue after issue, season after season? The answer comes in two halves. The first is our contributors. We have been lucky enough to draw remarkable writers: some just starting out, some long established, and many in the middle. They fill these pages, and we owe them thanks as much for their graceful sentences as for their sharp ideas.",
             "",
             "Yet that is only half of it. The other half is the widening circle of friends who stand behind The Lantern Review. We are glad to have this chance to thank them in public: the handful of foundations that got us started, and the many individuals who have stepped in since then. We thank especially the members of the Lantern Circle, above all those who made this year's spring gala and autumn lecture possible: Margaret Ellery, Thomas and Ruth Abernathy, Walter and June Kessling, Ines Marlowe, and Frederick and Alma Doyle. Our thanks go as well to H. L. Brandt for years of steady generosity. And we are most indebted to Eleanor Vasquez, whose remarkable gift has done much to secure the Review's future. To each of you, our heartfelt gratitude.",
             "",
             _LANTERN_FRIENDS,
             "",
             "This essay first ran in The Lantern Review, Volume 15 Number 9, on page 4",
             "Copyright © 2021 The Lantern Review |",
             "",
             "Popular Right Now",
         ], appeals=[_LANTERN_FRIENDS]),
    _doc("b71-garonneeco-conjoncture-insee-paywall-end", "appeal", "end",
         "Invented; modelled on Touléco (regional economy news, subscribers-only line after a cut paragraph)", "fr", [
             "Régine Marchal, la directrice régionale de l'Insee, l'admet d'emblée : le bilan économique qu'elle vient exposer n'incite guère à l'optimisme : « Les entreprises sortent d'une année particulièrement éprouvante. » Elle commence par aligner les chiffres (peu flatteurs) à l'échelle du pays : « Près de 640.000 postes ont disparu pendant la récession et il faudra sans doute trois à cinq ans pour (...)",
             _GARONNE_WALL,
         ], appeals=[_GARONNE_WALL]),
]


# --- Probe 51: negatives ------------------------------------------------------------------------

PROBE51_NEGATIVES = [
    _neg("b71-cedarhollownotes-neighborhoodassoc-dues-neg",
         "Invented; modelled on Maple Leaf Life (neighbourhood blog quoting a community council's membership drive with dues)", "en", [
             "With 2012 under way, the Cedar Hollow Neighborhood Association has opened its yearly membership campaign, a push to win more backing and more volunteers from the people who live here. The letter that landed in many Cedar Hollow mailboxes this week puts it like this:",
             "The Cedar Hollow Neighborhood Association works to protect and improve everyday life in our area and to keep residents informed through a range of programs. …",
             "A healthy neighborhood depends on the help and participation of the people in it. We hope you will make Cedar Hollow stronger by backing the Neighborhood Association.",
             "The letter lists the Cedar Hollow Fall Picnic, the Cedar Hollow Tool Library and three general meetings, the next of which starts at 6:30 p.m. Tuesday, Feb. 7, at Birchwood Middle School, 1120 N. 88th St. A recent string of car break-ins is on the agenda, along with news about the Cedar Creek trail restoration and room for anything else neighbors want to raise.",
             "Dues are $20 for a household, $8 for a senior, $40 for a sponsor, $75 for a champion and $45 for a business. Besides mailing a check, residents can pay by card on the association's website.",
             "At December's board meeting, members talked about trimming the price of the annual mailer, which currently holds the sign-up form, a longer explanation of what the association does, and a return envelope. Next year the board may simply mail a postcard asking people to join, which would save money on printing and postage and might nudge more neighbors toward paying online.",
             "How would you like the association to ask for new members and renewals? Are you planning to join this year, and why or why not?",
             "",
             "",
         ]),
    _neg("b71-quietmargins-blog-support-commonsradio-relayed-neg",
         "Invented; modelled on a Blogspot blog relaying another magazine's sustainer appeal", "en", [
             "Wednesday, March 4, 2009",
             "",
             "Support Commons Radio",
             "",
             "I've listened to Commons Radio since 1994, and it has been a priceless source of reporting and long-form analysis, and also a hopeful example, both as a long-running independent outlet and in its cooperative, leaderless way of working. Over the past year they took on a big new streaming project, which of course ran far longer than expected and drained their bank account. Long story short, they need money, or they will have to cut back their programming severely.",
             "",
             "Please think about sending a few dollars, or, better still, signing up, as I did years ago, as a Commons Keeper (which means a small monthly gift, of whatever size you can manage).",
             "",
             "Here's part of their appeal:",
             "",
             "Of course you can send a single gift whenever you like and/or order our CDs or buy a program transcript. That money helps enormously. But on its own it cannot keep the station running year after year. With a Keeper pledge (at whatever level suits you), you can keep an independent voice on the air for good.",
             "",
             "We estimate that around 300,000 people tune in regularly. If only 1 in 25 of those listeners signed up as Keepers, even for just $2 a month, our money troubles would disappear.",
             "",
             "So what stops regular listeners from becoming Keepers? And why do we suspect that barely 1 in 8 of you will finish reading this appeal?",
             "",
             "For some, money is tight. But for most people who haven't signed up yet, we believe the obstacle isn't the budget, it's routine. Listeners tend to assume that one gift won't make a difference, so why bother, even for a couple of minutes, to fill in the form? Why even read a letter like this one? It's simply not something I'd do. Well, routines exist to be broken. And we promise you that each and every pledge counts, enormously.",
             "",
             "",
         ]),
    _neg("b71-zeitspiegel-lumenveritatis-unterstuetzung-otherblog-neg",
         "Invented; modelled on Zeitchronik (guest post praising another blog and saying it needs support)", "de", [
             "Ein Gastbeitrag von Hartmut Seidel",
             "Seit sieben Jahren stemmt sich ein kleines Blog gegen die Verflachung der Debattenkultur hierzulande. Lumen Veritatis, ein Vorhaben, das sich als Zufluchtsort für unbequeme Fragen und offene Auseinandersetzung versteht, ist längst zu einem Sinnbild der Beharrlichkeit geworden – allen Anfeindungen seiner Gegner zum Trotz.",
             "Was als private Schreibstube begann, hat sich inzwischen zu einer festen Adresse für Andersdenkende entwickelt. Das Blog wendet sich gegen vorgefertigte Sprachregelungen und prangert die leise Ausgrenzung abweichender Meinungen an. Hier traut man sich, Dinge auszusprechen, die anderswo nur geflüstert werden – ungewöhnlich in Jahren, in denen schon der offene Streit verdächtig wirkt.",
             "Hinter dem Projekt steht jedoch keine Stiftung und kein Konzern, sondern ein einzelner Mensch mit festem Vorsatz: Clemens Harder, früher Dozent für Kirchengeschichte in Freiburg, hat sich vorgenommen, das freie Wort zu verteidigen. Sein Widerspruch gilt nicht nur den Regierenden, sondern ebenso dem rauen Ton im öffentlichen Gespräch. Wo andere lieber nicken – aus Vorsicht oder aus Berechnung –, sagt er, was er denkt. Und genau das ist heikel in einem Umfeld, das unbequeme Stimmen lieber überhört als ernst nimmt.",
             "Leicht ist dieser Weg freilich nicht. Moralische Tugendwächter und die Deutungshoheit großer Redaktionen haben den Spielraum für Widerrede Stück für Stück verengt. Selbst in einem Gemeinwesen, das sich seiner Vielfalt rühmt, gilt Abweichung heute schnell als Gefahr. Lumen Veritatis hält dagegen – mit nüchternen Begründungen und dem festen Willen, die eigene Überlieferung nicht dem Zeitgeist zu opfern.",
             "Allerdings ist auch diese Laterne auf Hilfe angewiesen. Die Unterstützer des Blogs, Leserinnen und Leser aus den verschiedensten Berufen, sorgen dafür, dass das Licht nicht ausgeht.",
         ]),
    _neg("b71-kanalvostok-grinberg-sbor-donaty-charity-neg",
         "Invented; modelled on Novy Kanal (TV channel item on a host's charity Telegram channel with daily goals)", "ru", [
             "Ведущий интеллектуальной игры «Эрудит», участник шоу «Кто быстрее?», новые сезоны которых стартуют 14 и 15 сентября на канале «Восток», рассказал, как собрал свыше 9 млн грн на помощь благодаря своему Telegram-каналу",
             "",
             "Мелких пожертвований не существует! Так считает Лёва Гринберг. Именно наши каждодневные 15, 50 или 200 гривен превращаются у волонтёров в генераторы, аптечки или машины скорой помощи. С февраля 2024 года ведущий канала «Восток» каждый день закрывает сборы вместе с читателями своего Telegram-канала «Сбор готов». За всё это время он не выложил пост лишь однажды, и то по весомому поводу – у него родилась дочь! Зато у Лёвы появились щедрые жертвователи, которые порой заставляют звезду эфира изрядно поволноваться.",
             "",
             "– Честно, не припомню, чем ещё я занимался так упорно и так долго, как «Сбором готов». Если сложить всё, то с момента запуска мы с читателями собрали больше 9 миллионов гривен. Каждое утро я объявляю на канале цель на день. И люди переводят, кто сколько может, – рассказывает Лёва Гринберг в беседе с изданием Vesti.",
         ]),
    _neg("b71-agentstvosibir-veresova-tgkanal-sbory-charity-neg",
         "Invented; modelled on RIA Novosti (agency feature on a writer's fundraising Telegram channel)", "ru", [
             "НОВОСИБИРСК, 4 мар — Агентство «Сибирь-Информ», Олег Прохоров. Сначала помогала одной сельской больнице, а потом уже десяткам фельдшерских пунктов — когда литератор и блогер Дарья Вересова заводила ТГ-канал, она лишь хотела выплеснуть тяжёлые мысли в тексты. Но всё довольно скоро пошло по-другому — и всё из-за читателей. Как так вышло, — в материале агентства.",
             "",
             "Смешные посты",
             "",
             "\"В 2016-м на трассе под Колыванью разбился мой близкий друг и сокурсник, фотограф Андрей Лаптев, — вспоминает Дарья. — Скорая ехала к нему почти два часа. Тогда до меня впервые дошло, что спокойная и надёжная жизнь, какой мы её себе представляли, есть далеко не у всех\".",
             "",
             "В 2021-м Вересова начала переводить деньги знакомым активистам, которые возили в отдалённые сёла лекарства и медицинские приборы. Сама ничего не покупала и никуда не выезжала. Пока в одну из таких поездок не отправилась её младшая сестра.",
             "",
             "\"Любая беда так или иначе рождает тяжёлые чувства — бессилие, обиду, но меня лично они просто разрушают, — говорит писательница. — Всё сильнее проваливаешься в страх, безнадёжность и тоску.",
         ]),
    _neg("b71-millbrooksentinel-harlow-kids-fire-gofundme-neg",
         "Invented; modelled on Stratford Beacon Herald (news on a friend's crowdfunding for a family's children after a house fire, goal and sums)", "en", [
             "Online campaign started for Millbrook children whose home was gutted by fire",
             "An online fundraiser for three children whose family home was badly damaged by fire on Monday has already passed a third of its $12,000 goal.",
             "Tessa Morgan, a close friend of the Harlow family, said Tuesday she set up the GoFundMe page — look for “Help the Harlow kids rebuild” — to support the children — 16, 9 and six — who she said have “nothing left” after the two-alarm fire. Just over $4,100 had come in by midday Tuesday.",
             "“It's wonderful to watch the town pull together for a family going through something like this, (and) it's really uplifting these days,” Morgan said. “When you lose a house, particularly in the dead of winter, the insurance takes a while to kick in. They're in a really tough spot right now. This was the one thing I knew how to do for them. What else can you do when it's all gone?”",
             "Crews were called just before 10 a.m. Monday and more than 25 firefighters worked to put the flames out. Millbrook Fire Rescue Platoon Chief Dennis Okafor said at the scene the fire is thought to have started in the laundry room at the back of the townhouse.",
             "Millbrook fire Chief Laura Beckett said Tuesday the full extent of the damage will be known after the provincial fire marshal's investigators finish their work later this week.",
             "The children were at school when the fire started, and the three adults inside got out unharmed, with two checked at hospital for smoke inhalation. The family's eldest child lives elsewhere.",
             "Morgan, who previously collected $6,500 for a neighbour whose son needed heart surgery, said the $12,000 target for the Harlow kids “might sound like a lot, but with what everything costs now and them losing every single thing, it really isn't much.”",
         ]),
    _neg("b71-workersbulletin-wul-subscription-drive-buildingfund-neg",
         "Invented; modelled on The Militant (party paper reporting its own subscription drive and building fund as news)", "en", [
             "Members of the Workers Unity League and allied groups in Ireland, New Zealand and Scotland have launched the ten-week effort to sell 1,200 Workers' Bulletin subscriptions, an equal number of books and pamphlets charting a socialist way forward, and raise $95,000 for the WUL Building Fund. They're carrying reports on current strikes and labor's take on the big political issues to workers' front doors, picket lines, union halls and protest rallies.",
             "At a diesel depot outside Amarillo, Texas, Oct. 4, Hector Villanueva talked about the congressional hearings on federal grain subsidies with WUL volunteers Marta Ibarra and Glen Sorensen. “Folks shrug it off,” Villanueva said, “but once they start squeezing one group, they'll come for the next.” He signed up for the Bulletin and chipped in to the WUL Building Fund.",
             "The yearly fund keeps the League running. Every bit of the League's activity depends on donations from working people and small farmers.",
             "Tyrell Simmons, a long-haul driver who first subscribed to the Bulletin last fall, talked about soaring fuel and repair bills. He renewed, made a donation to the fund, and picked up Steel, Sweat and the Fight for Dignity, by WUL chair Harriet Cole, and Land, Labor and the Making of Society. Simmons said he reads the Bulletin every week and believes “the big powers should quit meddling in other people's wars.”",
             "In Toledo, four League members brought the Bulletin and its reporting on warehouse workers' battle over forced overtime, heat and staffing cuts to a distribution center gate Oct. 2, where 11 workers stopped and took copies on their way into or out of the shift. One bought a copy of Defending Labor Today by WUL writer Samuel Ortega.",
         ]),
    _neg("b71-ridgefieldrecord-unionst-housefire-gofundme-neg",
         "Invented; modelled on The Villano View (student paper on a house-fire crowdfunding with totals and quoted thanks)", "en", [
             "Little borough, huge heart",
             "February 2, 2022",
             "The new year brings a fresh start for two families from Ridgefield Park who lost all they had in a house fire. Tens of thousands of dollars from a GoFundMe campaign are paying for new clothes, school supplies, groceries and other basics. Marisa Delgado helped set up the campaign.",
             "“The campaign has brought in $31,420, and we're hoping to get at least 15k to 20k to each family,” Delgado said.",
             "The two families, with six children between them, shared a two-family house on Maple Street. According to local news accounts, the blaze began in a space heater on the porch of the house around 3 a.m. on December 12. Everyone got out of the burning house unhurt.",
             "“There was no time to grab anything because it was the middle of the night and they had to run,” the GoFundMe campaign says.",
             "The campaign says the families prefer not to be named, but they are deeply thankful for the flood of kindness.",
             "“Speaking for both families hit by the Maple Street fire, we want to thank every single person who has given,” the GoFundMe campaign says.",
             "The families were offered emergency shelter at the Ridgefield Park Community Center.",
             "“I couldn't have been prouder of this town,” Mayor Anthony Russo said. “It broke out in the small hours. I drove over as soon as I got the call. Right away I told them to unlock the community center. I stayed about 3 hours and people just kept showing up, and they're still giving to this day.”",
             "Businesses around town pitched in too. The owner of Main Street Bagel Co. brought meals for the families.",
             "“We sent over bagels, soup and coffee,” he said. “We only heard about the fire when the mayor called in the morning, so we put together whatever we could as fast as possible.”",
         ]),
    _neg("b71-pilgrimway-may2025-editors-notspecial-feedbackprompt-neg",
         "Invented; modelled on Sojourners (editor's note ending in a reader-feedback prompt)", "en", [
             "Pilgrim Way began in 1968 with a handful of believers who refused to look away from “a nation sick with prejudice, greed, and endless war,” and “rich in goods but starving in spirit.” They called themselves “Resident Aliens,” pushing back against the quiet fusion of flag-waving and faith. At Pilgrim Way, our first loyalty is still to the one who was executed by an empire.",
             "“No nation gets a pass from history,” Rev. Carla Benton told our senior editor Daniel Moore in this month's cover interview. Benton, an organizer for voting rights and fair housing and once a parish minister, challenges the belief that God has exempted this country from the troubles every other nation faces. “Being breakable is what it means to be human,” she said. She urges worn-out people of faith to start close to home, even when the whole country feels on fire. And Miriam Osei offers nourishment for the soul, reminding readers that we “will need a rooted inner life that actually changes how we vote, organize, and show up for our neighbors.” Together, as Benton put it, our small sparks will add up to “enough to warm a cold house.”",
             "",
             "Have thoughts on what you've read here? We'd love to hear from you!",
         ]),
    _neg("b71-palessewatch-glusk-asfalt-video-neg",
         "Invented; modelled on Nasha Niva (short reader-video item)", "ru", [
             "В Глуске готовятся к приезду губернатора Ковалёва. И так торопятся, так торопятся...",
             "Ролик прислал наш читатель",
             "«Снимал 7 мая, — пишет нам подписчик. — По видео, по-моему, всё ясно и без слов! Народ в шоке! Я не успел достать телефон, а 6 мая с утра тротуарную плитку уже укладывали прямо в лужи и песок!»",
         ]),
    _neg("b71-annemariefeld-fuenfzehnjahre-klartext-otheroutlet-neg",
         "Invented; modelled on Vera Lengsfeld (blog report on another magazine's anniversary)", "de", [
             "Fünfzehn Jahre Klartext Magazin – Der Überraschungserfolg der Branche",
             "",
             "Veröffentlicht am",
             "",
             "Am vergangenen Samstag ging im ausverkauften Festsaal der Magdeburger Stadthalle eine bemerkenswerte Feier über die Bühne. Rund 600 Gäste waren gekommen, um mit Gerd Wallner, seinem Team und seinen Kolumnisten das fünfzehnjährige Jubiläum des Klartext Magazins zu feiern. Ich denke noch gern an den Abend zurück, an dem die allererste Druckausgabe vorgestellt wurde.",
             "",
             "Damals reichte ein Hinterzimmer in einem Leipziger Café, in das kaum achtzig Leute passten. Das war 2012, ein Jahr nachdem Klartext als Webseite gestartet war. Heute liegt das Heft sogar an Bahnhofskiosken in Kleinstädten aus. Während die großen Verlagshäuser über schrumpfende Auflagen klagen und ohne Fördergeld vom Staat kaum noch überleben würden, legt Klartext zu.",
             "",
             "Neuerdings gibt es auch einen Klartext-Podcast, ins Leben gerufen und geleitet von Sophie Wallner.",
             "",
             "Gerd Wallner erzählt gern, dass man ihn regelmäßig fragt, ob er nicht für ein Mandat kandidieren möchte. Er antwortet stets: Nein, er habe nur ein Handwerk gelernt, nämlich anständigen Journalismus, und dabei bleibe er.",
             "",
             "Er berichtet, was Sache ist, und deshalb ist sein Magazin, im Netz wie auf Papier, eine unersetzliche Quelle für alle, die wissen wollen, wie es um dieses Land wirklich steht.",
             "",
             "Wie es um dieses Land steht, durfte ich auf dem Weg nach Magdeburg am eigenen Leib erfahren. Kaum hatte ich die A14, an der seit Jahren gebaut wird, obwohl sie jünger ist als mein Auto, an der Abfahrt Richtung Stadtzentrum verlassen, rumpelte ich über Schlaglöcher, wie ich sie zuletzt zu Zeiten der DDR gesehen habe.",
             "",
             "Die Regierung führt nicht, sie probiert herum, wir steuern wirtschafts- und energiepolitisch ungebremst auf den Abgrund zu, und die Einwanderungs-“politik“ zerreißt den gesellschaftlichen Zusammenhalt endgültig.",
         ]),
]


BATCH71_DOCUMENTS = PROBE51_APPEALS + PROBE51_NEGATIVES
