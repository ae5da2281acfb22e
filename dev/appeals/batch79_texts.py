"""Seventy-ninth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

15 documents (3 appeal, 12 negative; EN, DE, FR, RU): our own paraphrases of every document of the
local-only real probe 59 (15 documents). Each keeps the real page's structure (a newspaper's
"who owns us" mission block whose last line runs straight into the first sentence of an editorial, a
daily-digest intro, a subscriber login line and a mission sentence cut off mid-way at the page end; a
cut opinion paragraph ending in "[…]"; a regional TV item on a Dzen-style channel with a dashed
separator; station, wire and metro food-drive reports with datelines, a photo caption and a repeated
deck line; a one-paragraph quote post under a headline; a campaign page with date, title, "Call to
Action"-style button and the title repeated; an all-caps dossier header and a "(par  ...)" title with
its double space; one-paragraph press notes) and exactly what the real gold marks: the outlet's own
"our name, our owner, our mission" block with its "explore / about us" link words at the top (the
editorial sentence glued to it stays text) plus the login line and the cut-off "our journalism
changes lives" mission sentence at the end; a members-only paywall sentence with the glued plan-button
words ("Starter Free") after a cut paragraph; a two-line "join our channel, watch our programmes"
block below the dashed separator of a regional TV item. Negatives keep what makes the real ones hard:
food-drive reports with pounds, dollar totals, virtual grocery bags and a paper's own fundraising
mention; a headline urging readers to pay for their local paper with a quoted argument; an
advocacy site urging donations to another, independent newsroom; a village benefit concert with its
takings; a paper announcing a new local section; a report on another magazine's crowdfunded launch
with annual memberships; a paper explaining its own cover-price rise and lost advertising; a note on
digital-subscriber growth across other titles; a press club relaying a weekly's cry for help; a
publisher's account of its own crowdfunding for a children's book.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch79` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch79.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 59: appeal documents -----------------------------------------------------------------

_OBSERVER_TOP = "\n".join([
    "Our name stands for plain dealing. The Observer belongs to the Harwell Friends Trust, and we have never kept that quiet.",
    "The Trust runs the Observer because it holds that careful reporting helps the world move forward. Since 1921, we have tried “to light the road, not to blind the traveler,” in the words of our founder, Edith Marrow Pryce.",
    "In these pages you will meet prize-winning reporting that no advertiser steers – a newsroom that treats its duty to lift readers up with real seriousness, hunting for answers and for grounded reasons to hope.",
    "Discover purpose-driven reporting Who we are",
])

_OBSERVER_END = "\n".join([
    "Already a subscriber? Sign in",
    "Observer reporting makes a difference because we pry open the cramped frame most readers assume they are stuck inside. We think reporting can and",
])

_PVBR_WALL = (
    "Only members of the PVBR can read this story. To keep reading, log in or choose a plan Starter Free "
    "Already a member? Log in here."
)

_SEVERO_DZEN = "\n".join([
    "Подписывайтесь на канал Вести-Северогорск в Дзене, чтобы первыми узнавать обо всём, что случается в Северогорске и его окрестностях!",
    "Здесь Вас ждут новые выпуски программ, которые готовит телерадиокомпания «Северогорье».",
])


PROBE59_APPEALS = [
    _doc("b79-lamplightobserver-rivercompact-top+end", "appeal", "top+end",
         "Invented; modelled on The Christian Science Monitor (daily digest page: ownership-and-mission block glued to an editorial at the top, login line and cut mission sentence at the end)", "en", [
             _OBSERVER_TOP + "In one sense, President Halvorsen’s move Thursday to pull out of the Clean Rivers Compact has little to do with polluted water.",
             "The country plainly never stood together behind the previous administration’s scheme to cap runoff from industrial farms. A handful of states want to go well beyond it to honor the Geneva watershed pledges. Others believe the Water Resources Agency has already overreached in a “crusade against growers.” Letting each state chart its own course is a founding idea of the republic’s shared-power design.",
             "Yet what happens when a question touches fairness or public health so deeply that it calls for one answer for everyone? Child labor did not end one state at a time. That points to a larger strain in public life right now. Voters across the spectrum carry sharply different pictures of the country. So more and more debates get framed as matters of pure right and wrong with no middle ground.",
             "Can river pollution be handled one state at a time, or does it need muscle from the capital? In a polarized era, the wider puzzle of how power is split between capitals – across many fronts – will matter a great deal.",
             "Below are today’s five stories, pointing to progress, empathy, and grit.",
             _OBSERVER_END,
         ], appeals=[_OBSERVER_TOP, _OBSERVER_END]),
    _doc("b79-pikesvalleybizreview-commission-paywall-end", "appeal", "end",
         "Invented; modelled on Colorado Springs Business Journal (cut opinion paragraph, members-only line with glued plan-button words)", "en", [
             "On Wednesday evening, our bickering and fractured county commission was back in the spotlight. It has been a brief and odd ride, one that wraps up in May when up to five sitting commissioners could be swapped out in the spring county vote. Change is guaranteed — and whether that change […]",
             _PVBR_WALL,
         ], appeals=[_PVBR_WALL]),
    _doc("b79-vestiseverogorsk-gololed-obryv-end", "appeal", "end",
         "Invented; modelled on GTRK Kursk (regional TV item on a Dzen channel, join-the-channel block under a dashed separator)", "ru", [
             "Сегодня, 17 января, ледяной дождь оборвал провода в Заречном районе. Без света остались жители трёх сёл.",
             "Подробности рассказал глава региона Виктор Сомов:",
             "\"Среди жителей пострадавших нет. Оборвана линия электропередачи, без света сёла Верхняя Ольховка, Кривцово и хутор Лесной. Энергетики начнут восстановление, как только стихнет непогода\".",
             "--------------------------",
             _SEVERO_DZEN,
         ], appeals=[_SEVERO_DZEN]),
]


# --- Probe 59: negatives ------------------------------------------------------------------------

PROBE59_NEGATIVES = [
    _neg("b79-kvlr5-givetwo-fooddrive-neg",
         "Invented; modelled on KOMU 8 (TV station item on a one-day food drive with dollar and pound totals)", "en", [
             "Winter Food Drive Rallies Neighbors",
             "MAPLETON - The Give Two Winter Food Drive for the Prairie Harvest Pantry took place Saturday in the lot beside Hartley's Market. Volunteers set up at 7 a.m. and packed up at 5 p.m.",
             "The drive is in its fourth year, and Lorna Pettibone of Prairie Harvest called it a success.",
             "\"We hold this once every winter to help folks across the county who are struggling,\" Pettibone said. \"Last year we took in around $38,000. So far this time we're at $12,000.\"",
             "Marcus Tell of the Mapleton Police Department said the day is simply about returning the favor.",
             "\"I never get tired of showing up for this,\" Tell said. \"Every family should have a full plate over the holidays. This is the season when helping out counts the most. Small gestures add up.\"",
             "Prairie Harvest hoped to top last year's haul of roughly 6,500 pounds. Volunteers are still weighing the donations to learn the final food total.",
         ]),
    _neg("b79-rivertonherald-winter-fooddrive-record-neg",
         "Invented; modelled on Chicago Tribune / The Beacon-News (metro report on a record food drive, photo caption, virtual grocery bags)", "en", [
             "Five big crates packed with grocery bags given during the yearly Winter Food Drive wait at the Riverton Community Food Shelf. (Riverton Community Food Shelf / HANDOUT)",
             "The 12th Riverton Winter Food Drive brought in more food and cash for the Riverton Community Food Shelf than in any earlier year.",
             "This year's campaign gathered 9,812 pounds of groceries and over $98,000 across the roughly four weeks it ran. The drive is always held from Oct. 25 through the first Friday of December.",
             "“We asked our neighbors to step up, and they answered with warmth and open wallets,” said Denise Faulkner, the food shelf's executive director. “What people gave last month means nobody will be sent home empty-handed, and the season will feel a little lighter for thousands of local families.”",
             "This autumn, the food shelf recorded a 76% jump in households asking for help, compared with last autumn. Over 850 households count on it each week for basic, everyday meals.",
             "This time, besides buying grocery bags at neighborhood stores, donors could give a virtual $20 grocery bag online. The idea came from Walt Jessup, who started the drive and has helped run all 12 years of it.",
             "“Instead of shopping for groceries to drop off, his idea let people send $20 through the food shelf's site … and it took off,” said Rhonda Pike, who leads fundraising for the food shelf. “Our town really heard us when we said demand was climbing, and the way people answered has been deeply moving.”",
         ]),
    _neg("b79-marlowcourier-county-fooddrive-record-neg",
         "Invented; modelled on The Daytona Beach News-Journal (county food-drive record report with repeated deck line, library fine swap, paper's own fundraising mention)", "en", [
             "Organizers said this year's haul will stock the shelves of 812 households for a week.",
             "PINE HOLLOW -- Marlow County's newest winter food drive broke another record, bringing in nearly 58,000 pounds of food for struggling households nearby -- topping last year's total, itself a record, by about 24,000 pounds.",
             "Organizers said this year's haul will stock the shelves of 812 households for a week.",
             "\"I was sure nobody would top last year's number, and this year nearly doubled it,\" said Carla Nunez of Gulf Plains Food Bank, which took in the food.",
             "\"Honestly, I still can't believe it -- this blew past anything I hoped for,\" said County Administrator Wes Harlan.",
             "Workers from the city of Oak Landing once again took the contest among public agencies for the heaviest haul: 12,180 pounds. That figure counted cash gifts turned into pounds. It was roughly triple what the city gathered last year, when it also came first with 3,540 pounds.",
             "\"What's best is that our staff bring the energy and the grit and the will to make it happen,\" said Oak Landing Mayor Lydia Crane. \"I thank every Oak Landing worker and every county worker for stepping up and doing what they did here.\"",
             "The 57,906 total took in just over 5,200 pounds from library users who swapped food gifts for forgiveness of overdue charges. The county forgave about $7,500 in fines that way.",
             "County public works crews trucked the food to Gulf Plains, sparing the nonprofit roughly $4,200 in expenses. Nunez said that over two days of unloading, the crews grew attached to the cause.",
             "\"At some point the crews stopped treating it as a chore and started really caring about how many families they were helping feed,\" Nunez said.",
             "County leaders hope to grow the drive next year, and so does The Marlow Courier, which this year also joined a fundraising push to buy meals for homeless students in Marlow County.",
         ]),
    _neg("b79-glitterfold-payforyourpaper-quote-neg",
         "Invented; modelled on Autostraddle (headline urging readers to pay for their local paper, quoted argument)", "en", [
             "Pull Your Weight: Pay For The Paper In Your Town",
             "“Between all of us, we have to keep paying the people who cover the things we care about. And like it or not, whether or not we feel at home among the neighbors around us, what goes on closest to home shapes our days enormously — usually far more, in fact, than whatever dominates the national or world headlines.”",
         ]),
    _neg("b79-openhorizon-veskara-openpress-donate-otherorg-neg",
         "Invented; modelled on FairPlanet (advocacy campaign page urging donations to another, independent newsroom; button line and repeated title)", "en", [
             "March 12, 2023",
             "Defend independent reporting in Veskara",
             "The Global Union of Reporters’ study ‘Dimming the Lamps’ catalogues the methods the Veskaran authorities use to squeeze independent journalism in the capital. They run from a planned ‘rumour statute’ that could brand any critical story as ‘falsehood’ to the detention of reporters such as Teodor Malik, the founder of Daily Lantern.",
             "As one outlet after another closes across the country, the end of Veskara’s free press seems to be coming fast. Recent reporting by independent newsrooms on the government’s harsh, sometimes cruel, handling of flood relief shows why independent journalism there has to survive. ",
             "Veskara Open Press (VOP) is a neutral, non-profit newsroom bound by a published ethics charter. Among its working rules are fair, accurate and even-handed reporting, openness about where information comes from, and no cherry-picking of material.",
             "Launched in 2017 in reaction to growing alarm over media freedom in Veskara, VOP - among the last independent outlets still working in the country - is a key tool for keeping citizens informed and for holding officials to account for any breaches of human rights, civil liberties and international law. ",
             "So far, Veskarans have gone to great lengths to keep VOP on its feet, but it still needs backing. ",
             "You can help protect independent reporting and media freedom in Veskara by giving money to Veskara Open Press. VOP also welcomes donated gear, which can be arranged by getting in touch with its team. ",
             "Take Action",
             "Defend independent reporting in Veskara",
         ]),
    _neg("b79-inoberland-kressbach-benefizkonzert-neg",
         "Invented; modelled on inFranken.de (regional report on a village benefit concert and its takings)", "de", [
             "Auf dem Dorfplatz in Kressbach ging ein Benefizkonzert über die Bühne. Gut 5400 Euro wurden gesammelt. Die Stimmung sei großartig gewesen, die Spenden überwältigend, berichten die Organisatoren.",
             "\"Hilfstransporte fahren inzwischen ja von überall los. Ich finde aber, dass auch das Geld für die Hilfe eine große Rolle spielt. Was meint ihr? Könnten wir zusammen mit der Gemeinde, den Vereinen im Ort und vielleicht ein paar weiteren Musikern ein Benefizkonzert auf die Beine stellen?\" Mit dieser Nachricht von Jonas Reuter an die Mitglieder seiner Coverband Halbton und deren durchweg begeisterter Antwort nahm das Vorhaben Gestalt an, schreiben die Organisatoren in einer Mitteilung an die Presse.",
             "Einen Termin zu finden war nicht leicht, doch sobald der 3. Oktober gesetzt war, sagten auch die Musiker von Eichenlaub und dem Ensemble Talgrund rasch zu. Tobias Wenger stellte Licht und Ton unentgeltlich zur Verfügung, die Freiwillige Feuerwehr Kressbach übernahm den Verkauf von Speisen, der Posaunenchor Kressbach sorgte für Getränke. Die Gemeinde Kressbach und ihr Bauhof halfen ohne viel Papierkram, wo sie nur konnten, und zahlreiche weitere Freiwillige packten beim Auf- und Abbau mit an. So entstand ein würdiger Rahmen für das Konzert.",
             "Der Großteil fließt an das \"Bündnis Nothilfe Süd\"",
             "Der Zuspruch aus der Bevölkerung bestätigte die Organisatoren: Musiker wie Publikum genossen einen herrlichen, warmen Herbstnachmittag auf dem Kressbacher Dorfplatz bei abwechslungsreicher, guter Musik. Die Stimmung war schlicht großartig.",
             "Und auch die Spendenfreude sei überwältigend gewesen, heißt es in der Mitteilung weiter.",
         ]),
    _neg("b79-tannweilerkreisbote-neuer-regionalteil-neg",
         "Invented; modelled on Leonberger Kreiszeitung (paper announcing its new local section and its layout)", "de", [
             "Mit dem neuen Regionalteil bringen wir ab dem 8. Februar auch auf dem Papier zusammen, was im Alltag längst zusammengehört.",
             "Tannweiler - Wer in Lindach lebt, ist oft nach wenigen Metern schon in Tannweiler. Spaziergänger und Mountainbiker im Kressbachtal kehren gern in der Ostheimer Hofschänke ein. Von Sulzingen aus ist man im Nu in Mühlbronn.",
             "Eines ist klar: Im Altkreis Tannweiler liegt alles nah beieinander. Und zwar nicht nur auf der Landkarte. Auch wenn der Landkreis vor gut 45 Jahren von der Landesregierung aufgelöst wurde, ist er als gewachsener Lebensraum nie verschwunden.",
             "Ob im Beruf, beim Einkaufen, in der Kneipe, im Theater oder im Sportverein: Lindacher kaufen in Tannweiler ein, Ostheimerinnen und Ostheimer arbeiten in Ebertsweiler, Besucher aus Sulzingen fahren zum Weinfest nach Mühlbronn, Schülerinnen und Schüler aus Hohenfurt lernen in Kressbach.",
             "Dieses Zusammengehörigkeitsgefühl möchten wir in Zukunft noch deutlicher zeigen. Im neu gestalteten Regionalteil „Tannweiler & Gäu mit Nachbarorten“, der am Dienstag, 8. Februar, zum ersten Mal erscheint, berichten wir knapp und fundiert über den gesamten früheren Landkreis Tannweiler. So bringen wir auf unseren Seiten zusammen, was im echten Leben längst verbunden ist.",
             "So ist der neue Regionalteil aufgebaut:",
             "Die ersten drei Seiten gehören den großen Themen aus unserem Gebiet: Analysen, Hintergrund und Meinungsstücke zur Kommunalpolitik, Berichte über Wirtschaft, Einzelhandel, Kultur und Verkehr zwischen Mühlbronn und Ebertsweiler-Lindach und von Hohenfurt bis Tannweiler. Porträts außergewöhnlicher Menschen, Reportagen über bewegende Ereignisse.",
             "Jeden Donnerstag erscheint unsere Meinungsspalte Querblick, die ein wichtiges Thema der Woche kritisch beleuchtet. Geschrieben wird sie von erfahrenen Redakteurinnen und Redakteuren, die Region und Menschen kennen.",
         ]),
    _neg("b79-lesezeichennews-wurzelwerk-start-crowdfunding-otheroutlet-neg",
         "Invented; modelled on E-Book-News (report on another magazine's crowdfunded, ad-free launch with annual memberships)", "de", [
             "„Ein Treffpunkt für unabhängigen Onlinejournalismus“: Wurzelwerk startet – ohne Werbung, von Lesern bezahlt",
             "Wurzelwerk hielt im Frühjahr die ganze Branche in Atem: Nach einem zähen Start der Crowdfunding-Aktion kamen auf der Zielgeraden nicht nur die angepeilten 12.000 Jahresmitgliedschaften für das neue Netzmagazin zusammen, sondern sogar über 14.000, womit rund 800.000 Euro Anschubkapital bereitstanden. Seit Anfang September lassen sich nun auf wurzelwerk.example die ersten von Lesern finanzierten Recherchen, Reportagen und Erklärtexte lesen, etwa von Malte Jorgensen, Ilka Brandauer, Ferdinand Ostrowski oder Leonie Vasić. Und ab kommender Woche auch eine Comic-Reportage von Nils Hartung und Paula Ibáñez.",
             "Neu gemacht, neu gezeigt",
             "Kaum war Wurzelwerk online, meldeten sich allerdings schon die üblichen Kritiker aus den etablierten Redaktionen: Neu erfunden habe die Seite den Onlinejournalismus ja wohl nicht, solche Texte lese man auch woanders. Tatsächlich würde man Beiträge wie „Warum Streamer um ihr Publikum bangen“, „Nachtschicht auf der Intensivstation: Ein Pfleger erzählt“ oder „Erntedank in Kanada – Wieso alle Kuchen nach Zimt duften“ ebenso bei den großen Nachrichtenportalen vermuten. Dennoch geht der Einwand wohl am eigentlichen Konzept vorbei, denn die Beiträge entstehen auf andere Weise und werden auch auf andere Weise gezeigt.",
             "In der Grundansicht sieht man auf wurzelwerk.example allein den jeweiligen Text, ablenkende Randspalten fehlen, beinahe so, als läse man ein schlichtes Blog wie Greta Lindholms „Kleine Fluchten“. Auf Wunsch lassen sich jedoch eine Textübersicht und ein Menü aufrufen, und wer am Ende eines Beitrags weiterscrollt, bekommt ohne Bruch den nächsten angezeigt. Eines allerdings sucht man dort vergeblich: Werbebanner.",
         ]),
    _neg("b79-courrierdesplateaux-prix-hausse-dossier-neg",
         "Invented; modelled on El Watan (dossier reproduced on an archive site: paper explaining its own cover-price rise and lost advertising)", "fr", [
             "MEDIAS- ANALYSES ET ENQUETES- ECONOMIE DE LA PRESSE-DOSSIER LE COURRIER DES PLATEAUX 12 MARS 2019 (II)",
             "Un journal a le droit de survivre(par  Karim Oudjana)",
             "Nos lecteurs ont constaté avec déplaisir que leur quotidien Le Courrier des Plateaux coûte désormais, depuis ce matin, 40 francs. Ils méritent qu’on leur explique ce choix, même s’ils se doutent bien qu’au milieu de la flambée générale des tarifs, un quotidien ne pouvait rester à l’écart, vu les dépenses et les hausses qui pèsent sur toute la chaîne, de l’impression jusqu’à l’arrivée chez le marchand. Les lecteurs les moins aisés en souffriront, mais quelle autre voie face à des recettes qui fondent et des charges qui s’envolent ? La réclame, source vitale du journal comme de l’ensemble des titres, a fortement reculé au cours des trois dernières années à cause du ralentissement économique, qui a conduit sociétés publiques et privées et administrations à tailler sévèrement dans leurs dépenses.",
             "Et en 2019, comme dans les années à venir, la publicité se fera encore plus rare, y compris les annonces officielles qui passent par l’OPIP, réparties sous l’œil de l’État. Ce recul est accentué par le budget de l’année, qui a relevé la TVA. Cela touche tous les postes liés à l’impression et à la distribution des quotidiens.",
         ]),
    _neg("b79-raturesetpages-abonnes-numeriques-hausse-neg",
         "Invented; modelled on Itératures (one-paragraph note on digital-subscriber growth across other titles)", "fr", [
             "L’annonce a de quoi étonner, vu la vague de suppressions d’emplois qui secoue les rédactions depuis le début de l’année. Le RIME, une association internationale d’éditeurs, vient de diffuser son bilan semestriel qui, à partir d’un sondage mené auprès de 118 quotidiens, fait état d’une progression régulière des abonnements en ligne. La dernière hausse, de 2,87 %, porte le total des abonnés de ces 118 titres (dont Le Courrier du Nord, The Harbor Times, Die Abendpost ou El Faro del Sur) à 35,6 millions. Les recettes tirées des abonnements en ligne devraient augmenter de 39 % entre le deuxième semestre de 2022 et la fin de cette année.",
         ]),
    _neg("b79-clubpressevaldesorne-vallonnais-alerte-neg",
         "Invented; modelled on Club de la presse Drôme-Ardèche (press club relaying a weekly's cry for help)", "fr", [
             "Dans l’édition du 14 octobre 2023 de l’hebdomadaire Le Vallonnais, son rédacteur en chef Paul-Henri Mazet pousse un nouveau cri d’alerte et sollicite de l’aide. « Il se pourrait que Le Vallonnais tire bientôt son dernier numéro… » avertit-il. Les finances du journal se sont gravement détériorées.",
         ]),
    _neg("b79-epokhamedia-sedmoyklyuch-kraudfanding-kniga-neg",
         "Invented; modelled on Diletant.media (publisher's own account of its crowdfunding for a children's book)", "ru", [
             "2 февраля мы, издательство «Седьмой ключ», запустили краудфандинг, чтобы выпустить детскую книгу об эвакуации детского дома из прифронтового Верхнедольска в 1941 году. Пока пишется этот текст, спустя всего пять дней после запуска, набрано уже 210 процентов от объявленной цели в 280 000 рублей.",
             "Зачем нам понадобился краудфандинг? Затем, что выпуск книги, особенно с иллюстрациями и на качественной бумаге, требует денег. Однако деньги тут не главное. Главное — чтобы о нашей затее услышало как можно больше людей и чтобы книга дошла до тех, кому она действительно нужна. И новость правда разошлась широко, настолько, что нужную сумму мы набрали за один день. Стало ясно: наша работа людям важна.",
             "Скажем честно, такого отклика мы не ждали. Мы рассчитывали, что идея кого-то заинтересует, но не думали, что интерес не будет спадать даже по ходу сбора. Наверное, дело в том, что память о той войне по-прежнему жива, что бы ни говорили многие эксперты.",
         ]),
]


BATCH79_DOCUMENTS = PROBE59_APPEALS + PROBE59_NEGATIVES
