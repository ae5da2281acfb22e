"""Seventy-second batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

15 documents (7 appeal, 8 negative; EN, FR, DE, RU): our own paraphrases of every document of the
local-only real probe 52 (15 documents). Each keeps the real page's structure (headline and kicker
lines, a bare date line and a lone "Von" byline line above an author bio, a press release hard-wrapped
into short lines with split sub-headings, a name-change editorial cut mid-word, a weekly newsroom
letter, Telegram mirror chrome with a channel description line, "|" link rows and a repeated channel
name line, emoji bullets and a hashtag line, a video-date line with a running time "•", a paywall cut
mid-name, a dateline "CITY, State (CALL) -" wire story, "•" bullet rankings, a "..." cut teaser, a
newsletter's numbered-style update paragraphs ending in a cut "And a") and exactly what the real gold
marks: the last paragraph of a nonprofit newsroom's weekly letter turning to its year-end giving
campaign, cut mid-word; a "subscribe to our channel" emoji line between a story and a "send us news"
bot line (the bot line and hashtags stay text); a "help the magazine" link inside a Telegram channel
description line plus a lone support link in a "|" row further down; a three-line "support our work,
we are independent because of you" block at the end of a broadcaster's anniversary report, cut
mid-word; a three-line premium offer (1 EUR first month, limited offer, "I want it" button) after a
paywall-cut paragraph; a one-line cheap digital-access trial above a county budget story; two
paragraphs of a newsletter switching on paid subscriptions ("this is not a paywall") between an event
invitation and a reader-survey request (both stay text). Negatives keep what makes the real ones hard:
an IT magazine's guide to donating online to clothing banks and their umbrella association, a
micro-donation platform's press release on giving trends, a nonprofit newsroom's rebranding and
fundraising-backed growth, a weekly paper's editorial raising subscription and single-copy prices, a
media blog on newspaper cover-price rises, a state rebate-donation programme's biggest recipients
(a community radio among them, quoting its fundraising manager), a TV report on how to pledge through
the same programme, a broadcaster's charity telethon record.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch72` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch72.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 52: appeal documents -----------------------------------------------------------------

_RIDGELINE_DRIVE = (
    "Switching gears, we are heading into a crucial stretch for Ridgeline Reporting — our yearly "
    "end-of-year fundraising drive. Although our nonprofit newsroom depends on backing from foundation "
    "partners and local donors all year long, we are thrilled t"
)

_GRAZHDANIN_CHANNEL = "🔵Подпишитесь на наш канал @Grazhdanin_Media в Telegram"

_PROSTRANSTVO_HELP = "Помочь журналу: prostranstvo.example.org/donate"

_PROSTRANSTVO_BUTTON = "Помочь рублём"

_LOTSE_SUPPORT = "\n".join([
    "Helfen Sie uns weiterzusenden",
    "Frei und unbequem bleiben wir nur dank Ihrer Hilfe:",
    "Gegen die Meinungs",
])

_VIGIE_PREMIUM = "\n".join([
    "Passez à l’offre Intégrale pour 1€ le premier mois",
    "Une promotion limitée dans le temps pour lire tous nos articles en ligne",
    "J’en profite",
])

_HARTWELL_TRIAL = "Try All-Access Digital for 14 days for just $1.49"

_CIVICDESK_PAYMENTS = "\n".join([
    "We’re switching on paid subscriptions. More of you than we expected have told us you’d be willing to chip in money to keep this small project going. Thank you for that! Until now those promises have been hypothetical, but we’re about to make them real by enabling payments shortly. The money will let us pay a handful of freelance writers who dig into especially important stories that get little attention elsewhere. Not every guest piece (or even most of them) will be paid, but we want to compensate contributors who put serious hours into reporting that genuinely breaks news.",
    "To be clear, nothing is going behind a paywall. If our emails reach you today, they will keep reaching you whether or not you decide to become a paying subscriber. This simply gives you a way to back the project if you want to. Payments won’t actually switch on until next week, so think of this as advance notice (or as an invite, if you had already been thinking about chipping in).",
])


PROBE52_APPEALS = [
    _doc("b72-ridgelinereporting-growthdesk-hearings-yearend-end", "appeal", "end",
         "Invented; modelled on Aspen Journalism (weekly newsroom letter, last paragraph turns to the year-end giving campaign, cut mid-word)", "en", [
             "Land-use hearings need land-use reporters",
             "One of the yardsticks we use to judge our own work at Ridgeline Reporting is how many public hearings we attend. For our Growth Desk in particular, it is a key number, given the tangled layers of town planning boards answering to county commissioners, the valley-wide Upper Fork Housing Authority with its own budget and priorities, and a long list of smaller districts with a say over roads, sewer lines and zoning across the Upper Fork valley and the neighboring high country.",
             "Covering no fewer than 40 hearings a year is written into the job of Growth Desk Editor Marcus Ellery — many of them with no other journalist present. He has already sailed past that mark this year, with 47 hearings logged as of Tuesday. What he learns in those rooms, and the contacts and records they lead to, are a large part of why our Growth Desk is trusted by planners and ordinary residents as among the sharpest coverage around. Ellery's newest story, “Pine Hollow workforce housing clears county vote,” shows it again; it ran on our site and in partner papers the Silver Bend Courier and Eagle Flats Gazette on Thursday, following how the county will spend the new housing levy voters approved last fall.",
             "Elsewhere this week at Ridgeline Reporting, our Snowpack Watch series explained why early-season snow totals have stalled instead of building, and our Numbers Page took a close look at parking counts in downtown Silver Bend. After a packed summer of festivals, it is hardly surprising that the lots stayed full right into the shoulder season.",
             _RIDGELINE_DRIVE,
         ], appeals=[_RIDGELINE_DRIVE]),
    _doc("b72-grazhdaninmedia-streltsova-piket-channel-middle", "appeal", "middle",
         "Invented; modelled on Activatica (Telegram-style news items, follow-our-channel emoji line between a story and a send-news bot line)", "ru", [
             "«Вам всем ещё придётся отвечать за это — каждому по отдельности!»",
             "Активистка Вероника Стрельцова вышла на одиночный пикет в Томске. Она объяснила, зачем появляется на площади каждую субботу и почему не намерена отступать.",
             _GRAZHDANIN_CHANNEL,
             "🔵Прислать новость: @GrazhdaninMediaBot",
             "#томск #пикет #стрельцова #протест #ответственность",
             "В Екатеринбурге подожгли релейный шкаф у оборонного завода",
             "В Екатеринбурге неизвестные подожгли релейный шкаф на подъездных путях к заводу, выпускающему продукцию для армии, – ролик об этом сегодня выложил телеграм-канал «Сигнал». По данным канала, после поджога на несколько часов встало движение грузовых составов на ветке.",
             "Ветка обслуживает цеха, связанные с выпуском бронетехники и средств связи. В пределах километра от места поджога распол",
         ], appeals=[_GRAZHDANIN_CHANNEL]),
    _doc("b72-prostranstvo-shalash-album-help-top-middle", "appeal", "top+middle",
         "Invented; modelled on Discours (Telegram channel mirror: description line with a help link, '|' rows with a lone support link)", "ru", [
             "Telegram-канал prostranstvo_mag - Пространство",
             "Свободное издание о литературе, кино, технологиях и городе, которое делают сами читатели Прислать текст: prostranstvo.example.org/#write " + _PROSTRANSTVO_HELP + " Написать нам: @prostranstvo_bot Наш сайт: prostranstvo.example.org",
             "Пространство",
             "«Шалаш» — дрим-поп-альбом дуэта «Сквозняк» из Батуми. Название-палиндром читается одинаково слева направо и справа налево, и так же устроены песни: вторая половина каждой зеркалит первую. Заодно это поклон забытому кассетному альбому ансамбля «Полночный трамвай» — главной записи подпольной сцены 80-х.",
             "Тёплые синтезаторы, домашняя запись, тоска по эстраде 70-х и лукавые тексты, частью написанные на стихи Ильи Каштанова и Веры Дольской, превращают пластинку в свежую и смелую работу, которая звучит очень по-сегодняшнему.",
             "🎧Послушать у нас | Зеркало без VPN",
             _PROSTRANSTVO_BUTTON + " | Прислать текст",
             "Пространство",
             "Города, которые думают. Как датчики и алгоритмы меняют транспорт, освещение и вывоз мусора",
             "Умные системы уже не только переключают светофоры, считают пассажиров и прокладывают маршруты автобусов, но и подсказывают коммунальщикам, где вот-вот прорвёт трубу, оценивая износ сетей с инженерн",
         ], appeals=[_PROSTRANSTVO_HELP, _PROSTRANSTVO_BUTTON]),
    _doc("b72-lotsetv-sommerfest-zweijahre-support-end", "appeal", "end",
         "Invented; modelled on AUF1 (video report with date and running-time line, three-line support block at the end, cut mid-word)", "de", [
             "LOTSE-Sommerfest: Zuschauer, Spender und Team feierten zwei Jahre freies Fernsehen",
             "14.6.2023 • 11:20 Minuten",
             "Am Ufer des idyllischen Kesselsees wurde am 9. Juni ein großes Geburtstagsfest begangen: LOTSE TV wird zwei! Ungeachtet aller Prophezeiungen eines schnellen Endes und ständiger Anfeindungen ist der Sender in kurzer Zeit enorm gewachsen. Auf seinen Kanälen folgen dem freien Fernsehen inzwischen weit über 150.000 Menschen. Gefeiert haben nicht nur Redaktion und Technik, sondern auch Förderer, Weggefährten und mehrere hundert Zuschauer, die teils stundenlange Anfahrten auf sich genommen hatten. Nach einem Auftakt mit der örtlichen Musikkapelle moderierten Lukas Brandtner und Mirjam Heuberger das bunte Bühnenprogramm. Eine Alphorngruppe aus dem Nachbartal spielte auf, ebenso der Liedermacher Toni Ebersberger, der Ökonom Clemens Rauter und die Ärztin Sabine Wallner. Auch der Sachbuchautor Henning Quast schaute vorbei. Für die vielen Freunde aus dem Grenzland reiste Markus Feurlinger an. Den lautesten Applaus und minutenlange stehende Ovationen erhielt die Festrede von LOTSE-Programmchef Rainer Hollwedel. Zum Abschluss stimmten alle gemeinsam ein altes Volkslied an. Erst gegen 4 Uhr früh verließen die letzten Besucher das Gelände des „Seewirts“. Ohne die Zuschauer und Förderer gäbe es den Sender nicht, sagte Hollwedel in seiner Rede. „Wir bleiben standhaft – und Sie auch. Für eine freie und mündige Gesellschaft!“, rief er den Gästen zu und mahnte, jetzt nicht nachzulassen. Schon der kommende Winter werde neue Zumutungen aus der Politik bringen.",
             _LOTSE_SUPPORT,
         ], appeals=[_LOTSE_SUPPORT]),
    _doc("b72-lavigieinfo-vescan-premium-end", "appeal", "end",
         "Invented; modelled on Earth Press News (paywall-cut paragraph ending mid-name, three-line premium offer with button)", "fr", [
             "La nouvelle a fait le tour des messageries en un rien de temps : Radu Vescan, l’adversaire le plus tenace du président valdanien Ilie Dorneanu, aurait succombé « à un malaise ». La première à me prévenir fut la militante des droits humains réfugiée à Genève, Ana-Maria Tiron",
             _VIGIE_PREMIUM,
         ], appeals=[_VIGIE_PREMIUM]),
    _doc("b72-hartwellcountyherald-council-budget-trial-top", "appeal", "top",
         "Invented; modelled on Carroll County Times (one-line digital-access trial above a county budget story cut with '...')", "en", [
             _HARTWELL_TRIAL,
             "Council advances draft spending plan",
             "The County Council narrowly backed a draft spending plan Tuesday evening that comes in below the school district's budget ask but keeps property tax rates flat.",
             "The $412 million plan includes $196,420,310 for public schools, along with funding to expand the county's mental health crisis team, the Fire and Rescue Department and several other county programs.",
             "The plan cleared on a 5-2 vote, with Council Members Dolores Whitcombe, D-Ward 5, and Grant Pellegrino, D-Ward 1, opposing it.",
             "Council members spent much of Tuesday's session debating education money, a sore point since the school board adopted a budget request in March that sought a $12...",
         ], appeals=[_HARTWELL_TRIAL]),
    _doc("b72-civicdesk-updates-paidsubscriptions-middle", "appeal", "middle",
         "Invented; modelled on City That Works (newsletter update list: event invite, two paragraphs switching on paid subscriptions, survey request, cut)", "en", [
             "What’s coming next, and we want to hear from you",
             "An inbox for ideas that somebody really reads",
             "As we said in our look back at last year, we plan to step up both our publishing pace and our live events this year. Here are three updates on that:",
             "Join us in person! We’re hosting a get-together on March 4th, 6:00-8:00pm at the Copper Kettle taproom. Dana will sit down with council members Luis Ferreira, Janelle Brooks and Omar Haddad to talk through this year’s spending fights, how the deal finally came together, and what’s ahead for 2027 and after. Entry costs nothing (though the venue wants a minimum headcount), but please RSVP here so we can plan.",
             _CIVICDESK_PAYMENTS,
             "Please fill out our reader survey. We’re working out where to take this next and your answers would really help. The quick survey below is how we’ll collect them. Every question is optional, but we’d love to hear from you - including honest feedback on what’s working, what isn’t, and what we ought to add.",
             "And a",
         ], appeals=[_CIVICDESK_PAYMENTS]),
]


# --- Probe 52: negatives ------------------------------------------------------------------------

PROBE52_NEGATIVES = [
    _neg("b72-datenpost-kleiderkammern-onlinespenden-neg",
         "Invented; modelled on Computerwoche (IT magazine guide to online donations: headline, kicker, date, 'Von' line, author bio, charity portrait)", "de", [
             "Spenden per Mausklick",
             "So kommt Ihre Hilfe an!",
             "17.11.2009",
             "Von",
             "Konrad Weidlich ist Senior Analyst bei Nordlicht Research – einem Beratungshaus mit Sitz in Lübeck. Zuvor schrieb er über ein Jahrzehnt als Ressortleiter und Chefkorrespondent für die DATENPOST.",
             "Die Kleiderkammern",
             "Viele Familien können sich warme Kleidung für den Winter kaum leisten – gleichzeitig landen jedes Jahr Tonnen gut erhaltener Textilien im Müll. Die Kleiderkammern schließen diese Lücke vor Ort in Städten und Gemeinden. Ihr Anliegen: Mäntel, Schuhe und Bettwäsche, die noch tragbar sind, sollen bei Menschen ankommen, die sie dringend brauchen. Unter dem Motto \"Teilen macht warm\" packen Modehäuser und Reinigungen, Schneidereien, Speditionen, Webdesigner, Versicherungen und Softwarefirmen mit an. Landesweit sortieren etwa 18.500 Freiwillige die Spenden in den Ausgabestellen. Sie reichen die Kleidung direkt an Hilfesuchende weiter oder versorgen Notunterkünfte und Frauenhäuser. Abgegeben wird sie gratis oder gegen eine kleine Schutzgebühr.",
             "Die Kleiderkammern sind weder an eine Partei noch an eine Kirche gebunden; die meisten Helfer arbeiten unentgeltlich, einzelne Stellen werden über Zuschüsse bezahlt. Geldspenden fließen in erster Linie an die Ausgabestellen vor Ort. Weil längst nicht jede kleine Initiative eine eigene Homepage betreibt, lässt sich nicht überall im Netz spenden. In diesem Fall leitet der Dachverband, das Netzwerk Kleiderkammern Nord e.V., die Beträge gern weiter.",
         ]),
    _neg("b72-petitemonnaie-arrondi-solidaire-communique-neg",
         "Invented; modelled on Esteval (press release on giving trends, hard-wrapped lines with split sub-headings, ends without a full stop)", "fr", [
             "Tandis que les associations font face à une conjoncture tendue,",
             "entre subventions en recul et peine à fidéliser des soutiens",
             "réguliers, un geste discret gagne du terrain comme nouveau canal de",
             "solidarité : le micro-don à l’arrondi. En peu de temps, il s’est installé comme",
             "un outil précieux pour la collecte des associations, à même de",
             "combiner simplicité, traçabilité et impact.",
             "Chez Petite Monnaie,",
             "plateforme lyonnaise spécialisée dans le paiement solidaire, la tendance se mesure : près de 14% des",
             "paiements traités par ses commerçants partenaires sont désormais arrondis au profit d’une",
             "association. Une part qui ne cesse de grimper, signe d’un changement",
             "durable dans le regard des ménages sur la générosité.",
             "Le micro-don",
             ": un geste plus simple, plus quotidien,",
             "plus visible",
             "Si l’envie d’aider",
             "reste forte, la façon de la traduire se transforme. À l’ère du paiement sans",
             "contact et des applications bancaires, les donateurs veulent agir vite, voir et",
             "mesurer. Un chèque envoyé une fois par an ne leur suffit plus, ils tiennent à savoir",
             "ce que deviennent leurs centimes, et à constater le résultat sur le terrain.",
             "D’après Bérénice Lacombe-Ruiz,",
             "présidente de Petite Monnaie : « Donner devient un réflexe du quotidien, plus",
             "léger et plus lisible. Les gens veulent soutenir des causes proches",
             "d’eux, qu’ils comprennent. L’arrondi leur offre cette possibilité",
             "sans effort, à chaque passage en caisse ».",
             "Un arrondi, c’est",
             "d’abord un petit geste répété. Celui d’un client, d’une boutique, d’une cause",
             "locale que chacun peut épauler en un instant. Il permet d’aider sans",
             "paperasse, d’intégrer le don à ses achats et de faire connaître autour de soi",
             "l’association choisie. Ainsi, il bouscule le modèle de la collecte classique : chaque",
             "commerçant se fait passeur, porte-voix de l’association. L’entraide se",
             "propage ainsi de caisse en caisse, portée par l’essor des paiements numériques",
         ]),
    _neg("b72-statehouselantern-rename-growth-neg",
         "Invented; modelled on CommonWealth Beacon (nonprofit newsroom's rebranding editorial with seed funding and new hires, cut mid-word)", "en", [
             "The Statehouse Ledger becomes The Statehouse Lantern today, a change we have been planning for well over a year and one that marks a new outlook at what is likely the region’s longest-running independent civic newsroom.",
             "We began in 1994 as a quarterly policy journal printed on heavy paper and read mostly by legislative aides. As readers moved online, we moved with them. We built a website, ended the print edition, and put our energy into reporting, opinion pieces, and a weekday email briefing. As newsrooms across the state closed or merged, we shrank along with them. Our team lost positions year after year instead of adding them.",
             "Starting today, that trend reverses. We are bringing on new reporters, recruiting our first audience and fundraising staff to widen our reach and steady our budget, and aiming higher. While nonprofit town-level newsrooms spring up in county after county, we intend to be a strong voice on statewide affairs.",
             "Our guide on this path has been Rosalind Achebe, once the station manager at public radio outlet WNRT, who shaped much of our thinking about what comes next. Together we toured independent newsrooms in a dozen states and saw how many of them field large teams of reporters who explain how government works and keep officials answerable.",
             "Rosalind gathered the startup funding for The Statehouse Lantern from a circle of supporters eager to see us grow. Now, with Civic Futures Institute president Desmond Farrow leading the parent organization, the real work begins.",
             "It’s thrilling, and something I’ve hoped for through many lean years. We’ve commissioned the Lakeshore Survey Center to run the first Statehouse Lantern poll, whose results begin appearing this week with an analysis from managing editor Priya Castellanos.",
             "We’re returning to long-form reporting, giving sustained attention to the problems facing our state.",
             "We’re expanding our opinion section, running more pieces and actively seeking writers whose perspectives rarely make it into print. We’re even joining a fellowship in which young policy professionals learn to wr",
         ]),
    _neg("b72-millcreekgazette-rate-increase-editorial-neg",
         "Invented; modelled on Boerne Star (weekly paper's editorial announcing subscription and single-copy price rises, cut mid-word)", "en", [
             "Much like the hardware store, the pharmacy or the barbershop down the block, this paper serves the public – and it also has bills to pay.",
             "Like every other enterprise, we feel the pressure of the wider economy, from the price of newsprint to postage, wages, utilities and beyond.",
             "Climbing expenses that have pushed up the price of nearly everything, from a tank of gas to a carton of eggs, have caught up with us too.",
             "So, after many months of careful review, we are adjusting the price of subscriptions and newsstand copies, with small increases that begin Jan. 15.",
             "Annual rates will be $64 for readers inside Harlan County; $72 for readers elsewhere in the state; $81 for out-of-state readers; and $55 for the digital edition. A single copy at the rack will cost $1.25.",
             "We take no pleasure in this, but it is the only way we can keep bringing you the local news, school sports, obituaries, public notices, features and ads that help hold this town together. The decision was not made lightly, and while plenty of other businesses raised their prices years ago, we held ours steady for as long as we could.",
             "Nobody enjoys paying more for groceries or at the gas pump, yet we pay because our families and our cars can't run on empty.",
             "The same is true of this paper, which keeps a community informed.",
             "Every Wednesday it lands on your porch and in your email with stories that matter, a running record of local life that covers everything from the Friday-night football score to the latest county road project or school board vote.",
             "Yet none of it is free. Behind every headline, photo and box score stands a small team of neighbors working hard on your behalf, from the reporter at the council meeting to the carrier on the early-morning rou",
         ]),
    _neg("b72-druckfrisch-elbtaler-copypreis-neg",
         "Invented; modelled on Clap (media blog on newspaper cover-price rises, photo-credit line)", "de", [
             "Verkaufspreise steigen: Jetzt zieht auch der „Elbtaler Anzeiger“ nach",
             "Druckfrisch Online hatte schon über die Welle von Preisanhebungen bei Tageszeitungen berichtet. Das „Hanseatische Tageblatt“, der „Oberland-Kurier“, die „Mittelrhein-Post“ und die „Westmark-Zeitung“ hatten in den letzten Wochen höhere Preise angekündigt. Danach folgten unter anderem an der Küste der „Fördebote“, die „Haffer Abendpost“ und das „Dünenblatt“.",
             "Dem schließt sich nun auch der „Elbtaler Anzeiger“ an: Bereits ab kommendem Montag, dem 3. März, gilt der neue Tarif. Die Wochenendausgabe kostet dann 2,20 Euro statt 2,00 Euro. Werktags steigt der Preis ebenfalls um zwanzig Cent und liegt künftig bei 1,80 Euro. Auch für die Schwestertitel „Auental-Bote“, „Kieselberger Zeitung“, „Lindhofer Nachrichten“ und „Sandauer Volksblatt“ hat der Verlag die Preise angehoben. Einheitlich werden auch diese Titel ab dem 3. März zwanzig Cent teurer. Als einziges Blatt nannte das „Hanseatische Tageblatt“ gestiegene Papierkosten als Grund für den Aufschlag.",
             "(kr) Foto: Elbtaler Anzeiger",
         ]),
    _neg("b72-frosthavendispatch-rebateroundup-top-recipients-neg",
         "Invented; modelled on Anchorage Daily News (report on a rebate-donation programme's biggest recipients, bullet list, a community radio quoted, cut mid-word)", "en", [
             "Biggest Rebate Roundup recipients span a range of Norland causes",
             "Every year a growing share of Norlanders set aside part of their Resource Rebate checks for the Rebate Roundup program, which channels the money to nonprofits across the state. This year, the groups drawing the largest totals serve very different needs, from animal shelters to community radio.",
             "This year, $2.7 million was pledged through Rebate Roundup as of the March 31 application deadline. Totals may still shift slightly, since the figure leaves out pledges made after the deadline and any checks later found ineligible. A final number should be released in the autumn.",
             "Since its start in 2011, the program has drawn more donors every year. This year, 5.4 percent of Norlanders who applied for their rebate online chose to give, and recipients may use the money however they see fit. The year before, 4.1 percent took part.",
             "The typical gift this year was $48, up from $45 in 2016.",
             "So which groups came out on top?",
             "The five biggest recipients",
             "• Harbor Street Shelter and its Warm Nights program led all 612 participating nonprofits, collecting $131,400.",
             "Harbor Street Shelter director Camille Oduya called the pledges \"an incredible boost.\" The funds will pay for items such as winter gear and cots -- so guests have somewhere safe to sleep -- and for hot meals served seven nights a week.",
             "• Northwind Community Radio received $118,250 in pledges.",
             "\"As with every drive we run, these dollars go straight back into serving our listeners,\" said Northwind Community Radio development manager Tobias Renn. He added that the money would support local programming, including a new youth reporting project and the long-running \"Trail Stories\" oral history series.",
             "• Norland Animal Rescue Network received $96,310 in pledges.",
             "\"Because the money comes with no strings attached, Norland Animal Rescue Network puts it whe",
         ]),
    _neg("b72-knrl-rebateroundup-how-to-pledge-neg",
         "Invented; modelled on Alaska's News Source (TV station wire story with 'CITY, State (CALL) -' dateline on pledging through a rebate-donation programme)", "en", [
             "FROSTHAVEN, Norland (KNRL) - Norlanders can choose to give part of their Resource Rebate to local nonprofits they care about when they apply through the Rebate Roundup program.",
             "This year, 587 groups have signed up.",
             "“Every one of them does important work,” says Rebate Roundup coordinator Daniela Marsh. “You’ll find everything from animal shelters and search-and-rescue teams to food pantries, health clinics and youth programs. It’s a really broad mix of organizations from every corner of the state.”",
             "Even with the economic slowdown, Marsh says 23,912 Norlanders gave through the program last year, pledging $2,611,500, roughly $4,000 more than the year before.",
             "She says that even though last year’s rebate was smaller than usual at $874, residents still chose to share it with causes they believe in.",
             "“People gave because they could see how many of their neighbors were struggling,” says Marsh. “It let folks do something at a time when a lot of us felt stuck.”",
             "This year Marsh says the rebate is expected to come in at about $1,050.",
             "Marsh says most pledges fall between $20 and $75, though residents may give as much as their entire rebate.",
             "Pledges made through Rebate Roundup are tax-deductible.",
             "Anyone who has already filed can log back in at rebate.norland.example.gov to check on their application and add or change a pledge until Sept. 15, Marsh says.",
             "And for people unsure where to give, a “match-me tool” sorts nonprofits by cause and region, which Marsh says is handy for first-time givers and for kids learning how charities work.",
             "Nonprofits must apply a year in advance to be included in the program.",
         ]),
    _neg("b72-distelpost-sonnenseite-spendentag-rekord-neg",
         "Invented; modelled on Die Brennessel (two-line wire item on a broadcaster's charity telethon record, agency tag)", "de", [
             "Stuttgart: Beim gestrigen Sonnenseite-Spendentag des Südfunks kamen insgesamt 9,47 Millionen Euro zusammen – so viel wie noch nie.",
             "Südfunk-Intendant Malte Gerlinger betonte, den Rekord hätten vor allem unzählige kleine Beträge möglich gemacht. Ab 7 Uhr morgens saßen bekannte Gesichter wie die Schauspielerin Henrike Moll, der Kabarettist Ole Brenninger oder der Skispringer Till Aschauer abwechselnd an den Telefonen in der Stadthalle Ulm und im Sendezentrum Stuttgart, um Zusagen aufzunehmen. Sonnenseite ist eine Hilfsaktion des Südfunks. Seit 25 Jahren unterstützt sie Einrichtungen, die sich um schwerkranke und benachteiligte Kinder kümmern, in der Region wie auch international. – SF",
         ]),
]


BATCH72_DOCUMENTS = [*PROBE52_APPEALS, *PROBE52_NEGATIVES]
