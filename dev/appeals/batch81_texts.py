"""Batch 81: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

18 documents (8 appeal, 10 negative; EN, FR, DE, RU): our own paraphrases of every document of the
local-only real probe 61 (18 documents). Each keeps the real page's structure (a weekly digest header
above a three-line paywall block and upper-case topic items ending in a word cut mid-way; a columnist's
analogy paragraph followed by a signed "Dear Reader" letter; a newsletter sign-up box with its data
protection notice above a newsletter archive; a donation-match banner over a podcast listing with a
"subscribe" line; an issue page with a glued run of contributor names; a blog's welcome note; a
top donor-count banner with its button plus a "since you're here" monthly-gift block at the end; a
video roundup ending in a "find us on" line and an independence blurb; interview openers cut
mid-word; a data-project methodology note; TV and radio fire and food-drive stories) and exactly what
the real gold marks: a subscribers-only line with its log-in word, the "want to read on?" line and
the monthly-price line; a whole reader letter asking for online subscriptions down to the editor's
sign-off; the newsletter box from its heading to the data-protection link; a donation-matching banner
and, further down, a lone podcast subscribe line; a two-line tax-deductible gift banner; the last
sentences of a blogger's paragraph pointing to a voluntary support project in the sidebar (the start
of that paragraph stays text); a donor-count banner with its support button and a closing monthly
donation block; a "find our TV partner on" line, a "did you know" line and the outlet's independence
blurb. Negatives keep what makes the real ones hard: a paper reporting how its readers' donations for
a widow are invested, a charity foundation's collections discussed in an interview, a philanthropy
journal's fundraising survey, a TV station's own food drive and sponsor thanks, an op-ed about media
ownership, a blog relaying another outlet's crowdfunding goal, an activist paper describing its
subscriptions and price, a column about a threatened exile channel and the campaign to save it, two
house-fire crowdfunding stories with totals, goals and a fundraiser link.

Every sentence, outlet, person, number and URL is ours (a few real cities and regions stay as settings,
as in batch 71); no run of more than five words is copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the build step takes each text as
it stands, locates every gold appeal substring in it (asserted unique) and writes the batch fixture.
"""


from whole_documents import _doc, _neg


# --- Probe 61: appeal documents -----------------------------------------------------------------

_RUMEURS_WALL = "\n".join([
    "Cet article est accessible uniquement à nos abonnés. Connexion",
    "Vous voulez connaître la suite ?",
    "Tous les articles de l'Observatoire des Rumeurs sans restriction dès 4,50 €/mois",
])

_MERCANTILE_LETTER = "\n".join([
    "Dear Reader,",
    "For years The Mercantile Daily has worked to bring you timely reporting and analysis on the events that matter to your work and that shape the politics and economy of this nation and beyond. Your kind words and your steady suggestions on how we might do better have only sharpened our sense of purpose. Even in this hard season of lockdowns and disruption, we remain determined to keep you briefed with reliable reporting, expert opinion and sharp analysis of the issues that count.",
    "There is, though, one thing we must ask of you.",
    "While the slowdown caused by the outbreak hits every business, ours included, your backing matters more than ever if we are to keep producing work of this standard. Many of you have already taken up a paid plan for our website, and we are grateful for it. Every additional online subscriber brings us closer to giving you deeper and more useful coverage. We stand for independent, balanced and trustworthy reporting. A subscription from you helps us keep doing exactly that kind of reporting.",
    "Stand up for serious reporting: subscribe to The Mercantile Daily.",
    "Online Editor",
])

_WACHTURM_BOX = "\n".join([
    "Newsletter",
    "Keinen Beitrag von Wachturm.Info mehr versäumen? Ganz einfach: Unser Newsletter erledigt das für Sie.",
    "Jeden Dienstag erhalten Sie eine Auswahl unserer wichtigsten Texte der Woche: Hintergründe, Reportagen und Einordnungen zu Neonazismus, Hetze im Netz, Menschenverachtung und Falschmeldungen, dazu praktische Tipps und Antworten für den Alltag.",
    "Jetzt hier eintragen!",
    "Bitte beachten Sie: Wenn Sie uns Ihre E-Mail-Adresse geben, verarbeiten wir personenbezogene Angaben. Wir tun das ausschließlich nach den Regeln der europäischen Datenschutzgrundverordnung (DS-GVO), die seit Mai 2018 verbindlich ist.",
    "Näheres zum Datenschutz",
])

_CLASSROOM_MATCH = "Opinions cost nothing - solid reporting costs plenty. Your gift counts three times over through Local News Match, so back ClassroomWire today."

_CLASSROOM_PODCAST = "Subscribe today on Podwave and Castline"

_AGORA_BANNER = "\n".join([
    "Keep Our Pages Open to All",
    "Self-government needs arguments that travel freely. Keep them moving with a tax-deductible gift right now.",
])

_LAGEBILD_HUTKASSE = (
    "Ihnen fällt vermutlich auf, dass hier nirgends Anzeigen stehen, und das hat mehrere Gründe. "
    "Mehr Besucher heißen für mich deshalb eben nicht: mehr Geld. Stattdessen gibt es, auch am "
    "rechten Seitenrand verlinkt, die Bitte um eine freiwillige Unterstützung, das Projekt Hutkasse."
)

_VIGIE_TOP = "\n".join([
    "Rédaction totalement libre, gratuite, sans la moindre pub, portée ce mois-ci par 2113 soutiens réguliers !",
    "Je donne à La Vigie",
])

_VIGIE_END = "\n".join([
    "Tant que vous êtes là...",
    "Voilà 6 ans que #LaVigie veille sur les droits fondamentaux, la pensée de gauche, la mémoire des luttes, l'art de l'esquive et les paroles qu'on étouffe.",
    "Voilà 6 ans que tout ce que nous fabriquons reste en accès gratuit, parce que nous tenons plus que jamais à une information qui circule sans péage",
    "À présent, les idées réactionnaires gouvernent, nos droits reculent, la gauche cherche sa boussole. Une presse curieuse, têtue et insoumise n'a jamais été aussi nécessaire.",
    "L'info libre n'a pas de prix. Elle a pourtant un coût.",
    "Local, paies, caméras, essence : ce sont vos dons qui font tourner l'atelier.",
    "Si votre budget le permet, pensez au don régulier chaque mois.",
    "Dès 2€, résiliable quand vous voulez.",
])

_HORIZON_END = "\n".join([
    "Suivez HTV Français sur :",
    "Bon à savoir : ",
    "Le Quotidien Horizon est un journal indépendant, qui ne ressemble pas aux autres rédactions. Aucun État, aucune entreprise et aucun parti ne nous dicte notre ligne. Nous voulons offrir à nos lecteurs des faits vérifiés et rigoureux, et nous rendons des comptes à celles et ceux qui nous lisent. Notre seul but est d'informer, puis de laisser chacun forger son propre jugement, en nous appuyant sur la vérité et sur les valeurs traditionnelles.",
])


PROBE61_APPEALS = [
    _doc("b81-observatoirerumeurs-revue-semaine-paywall-top", "appeal", "top",
         "Invented; modelled on Conspiracy Watch (weekly digest, three-line paywall block under the header, upper-case topic items cut mid-word)", "fr", [
             "Les rumeurs de la semaine passées au crible par l'Observatoire des Rumeurs (semaine du 14/03/2022 au 20/03/2022).",
             _RUMEURS_WALL,
             "L'ILLUSTRATION DE LA SEMAINE.",
             "MISSION LACOMBE. L'historienne Sylvie Roubaud, spécialiste de la presse clandestine et ancienne conservatrice aux archives municipales de Nantes, a fait savoir qu'elle quittait la mission « Vérité et réseaux sociaux ». Lancée mardi 15 mars sous la houlette du chercheur Antoine Lacombe, cette mission a été reçue avec hostilité par la chaîne d'État étrangère VoxEst TV, tandis que l'ex-élu souverainiste Hervé Delmas la compare à une « police de la pensée » et que le site complotiste Réveil Libre crie à la « censure organisée ».",
             "BASTIEN LORMIER. Après avoir examiné ce que l'essayiste Bastien Lormier écrivait sur la collaboration (voir l'Observatoire des Rumeurs, 9 mars 2022), notre rédaction se penche sur l'étonnante indulgence du chroniqueur envers le prédicateur Karim Essaoui. Dans son nouvel ouvrage, celui qui pourrait briguer la présidence affirme que ce dernier, poursuivi pour agressions sexuelles, serait victime d'un coup monté… (voir l'Observatoire des Rumeurs, 17 mars 2022).",
             "À lire également, toujours au sujet de Bastien Lormier, l'article très fouillé que lui consacre Martine Aubrac dans Regards Droits, la revue semestrielle publiée par l'Alliance contre les Discriminations (ACD) : « Voyons d'abord le tableau d'ensemble, nous viendrons aux nuances ensuite : soupçons jetés sur des innocents, éloge des ligues d'avant-guerre, relecture flatteuse de leur place sous l'Occupation, filiation forcée avec la France libre, excuses trouvées au gouvernement de l'époque et défense d'une prétendue résist",
         ], appeals=[_RUMEURS_WALL]),
    _doc("b81-mercantiledaily-glassrules-letter-end", "appeal", "end",
         "Invented; modelled on Business Standard (opinion column with an analogy, then the editor's signed subscribe letter to the end)", "en", [
             "Picture a neighbour's goats slipping into your vegetable patch through a gap in the hedge. To keep them out, you can string up some cheap wire, put in a sturdier wooden fence, or go all the way and build a brick wall. Each option does the job up to a point; which one you pick comes down to your budget. Now suppose the council orders a brick wall around every garden to stop stray livestock once and for all. Some owners will simply pave over their patches and stop growing anything, while others will quietly break the rule and keep their flimsy wire. Hardly anyone can pay for a wall of the kind the order demands.",
             _MERCANTILE_LETTER,
         ], appeals=[_MERCANTILE_LETTER]),
    _doc("b81-wachturminfo-stiftung-20jahre-newsletter-top", "appeal", "top",
         "Invented; modelled on Belltower.News (newsletter sign-up box with data-protection notice above a newsletter archive)", "de", [
             _WACHTURM_BOX,
             "Bisherige Ausgaben",
             "Archiv der Editorials früherer Newsletter",
             "12.05.2023",
             "Liebe Leser*innen,",
             "am Wochenende gab es bei uns etwas zu feiern, denn Wachturm.Info gehört zur Hedwig-Sommer-Stiftung. Und die gibt es jetzt seit 20 Jahren. Zwei Jahrzehnte Engagement gegen Neonazis, Rassismus und Judenhass in Deutschland. Am Anfang stand die Stiftung unter dem Eindruck der gewalttätigen rechten Übergriffe in kleinen Städten an der Ostseeküste. Wir wollten die Angegriffenen in den Mittelpunkt stellen und jene stärken, die sich den Schlägern in den Weg stellten. 2003 saßen wir in Rostock zu dritt in einem Zimmer. Dafür mit umso mehr Leidenschaft.",
             "Inzwischen arbeiten für die Hedwig-Sommer-Stiftung etwa 95 Menschen in Rostock, Dresden, Kassel und Erfurt (derzeit 5 davon für Wachturm.Info). Unsere Themen sind Neonazismus, Rassismus, Judenhass, Muslimfeindlichkeit, Transfeindlichkeit und Frauenhass, Verschwörungsmythen - und alles andere, was unsere Demokratie bedroht. Das zeigt uns, dass man uns zugehört hat. Das zeigt auch, dass viele andere inzwischen begriffen haben, wie gefährlich rechte Gewalt ist - für jene, die sie unmittelbar trifft, und genauso für alle anderen.",
         ], appeals=[_WACHTURM_BOX]),
    _doc("b81-classroomwire-podcast-listing-match-topmiddle", "appeal", "top+middle",
         "Invented; modelled on EdSource (donation-match banner above a podcast episode listing with a subscribe line)", "en", [
             _CLASSROOM_MATCH,
             "All Highlighted Stories",
             "Tune in to ClassroomWire's weekly schools podcast, hosted by Marta Quiñones and Dev Abernathy, as they talk through the week's news with invited guests and with one another.",
             _CLASSROOM_PODCAST,
             "Latest episodes: The Week in Oregon Schools",
             "Thirty years of the levy fight; campuses brace for smoke season",
             "March 6, 2020 - On this episode: We look back at Measure 21 — the school funding cap that Oregon voters approved three decades ago; and Linn County's schools chief, Rosalind Okafor-Pike, explains how her 11 districts kept classes running through a week of ice-storm outages in February.",
             "Floods disrupt a semester; districts try restorative discipline",
             "February 28, 2020 - On this episode: Community college students displaced by river flooding fret about lost weeks; several districts swap detentions for mediation circles.",
         ], appeals=[_CLASSROOM_MATCH, _CLASSROOM_PODCAST]),
    _doc("b81-agorareview-mayjune2017-issue-banner-top", "appeal", "top",
         "Invented; modelled on Boston Review (issue page with a tax-deductible gift banner at the top, glued contributor names)", "en", [
             _AGORA_BANNER,
             "May/June 2017",
             "Learning in Common, Organizing in Common",
             "Lorraine T. Abernethy opens a forum on community schools and the tenant organizing movement.  Desmond Okoro, Priya Nandakumar, Walter J. Feltz, Helen Ostrow, Marcus Bell, and others reply. Elsewhere in the issue: Ingrid Solvang, Teodoro Ruiz, Kaya Whitfield, and others.",
             "May/June 2017",
             "Lorraine T. Abernethy begins the forum by arguing that community schools run by neighbors could give the tenant movement staying power, while doubting that movement's habit of speaking mostly in the vocabulary of individual hardship. Desmond OkoroPriya NandakumarWalter J. FeltzHelen Ostrow, and others reply. Teodoro Ruiz contributes a strange, gripping poem about eviction courts, “Docket.” Ingrid Solvang shows how old prejudices about the poor survive in nursing textbooks, and Graham Tillery questions a wave of new books on housing and finance for ignoring what organizers themselves have written. Nadia Brooks reviews a rediscovered diary from a 1930s rent strike that traces the origins of today's eviction machinery, and Lucía Aranda Pell considers how missing records (or their survival) shape the work of working-class novelists. Also, Ruth Penhallow remembers her mentor, Aldo Kessler, whose research transformed the study of city housing; Owen Marsh talks with Carla Medeiros about why a decades-long foreign intervention is bound to fail; Simon Adair takes apart Martin Colquhoun‘s enormous new biography of a treasury secretary; and Kaya Whitfield praises Ines Darrow‘s gifts as an essayist.",
             "From the Editors",
             "Naomi Feld & Adrian Voss",
         ], appeals=[_AGORA_BANNER]),
    _doc("b81-lagebildnord-willkommen-hutkasse-end", "appeal", "end",
         "Invented; modelled on Augen geradeaus! (defence blog's welcome note, voluntary-support sentences at the end of a paragraph)", "de", [
             "In eigener Sache, ganz kurz: Hallo, liebe neue Leserinnen und Leser",
             "Seit Hansa Online heute früh in ihrem Artikel über die neue Dienstvorschrift zu Sportbekleidung, Uhren und Schmuck dieses Blog nicht bloß genannt, sondern auch verlinkt hat, schauen hier viele zum ersten Mal vorbei: Hallo! Den Beitrag zur Vorschrift und die vielen Leserkommentare dazu gibt es hier: Neue Kleiderordnung: Sportuhr ja, Fitnessarmband nein",
             "Ich sage Ihnen aber auch gern, worum es hier sonst geht: Lagebild Nord beschäftigt sich mit Sicherheits- und Verteidigungsfragen aus Sicht der Bundesrepublik, also neben Vorschriften wie dieser vor allem mit dem Einsatz in Litauen oder, gerade aktuell, mit der Debatte über eine Marine-Mission im Roten Meer. Dazu kommen Berichte wie der über die jüngste Notlandung eines Transporthubschraubers. Oder über die Lage in der Ostsee. (Und wer wissen möchte, wer hier schreibt: Das bin ich, auf dem Foto links oben.)",
             "Das Ganze ist Journalismus – ich war ja nicht nur beim Wochenmagazin Kompass, sondern vorher gut fünfzehn Jahre bei der Nachrichtenagentur Eurodienst und beim Radiosender Welle Nord. Und, nebenbei bemerkt, auch wenn der Kollege Jonas Brenner von Hansa Online meint, dass Themen wie die Kleiderordnung hier für reichlich Klicks sorgen: " + _LAGEBILD_HUTKASSE,
             "Dann viel Vergnügen.",
         ], appeals=[_LAGEBILD_HUTKASSE]),
    _doc("b81-lavigie-festival-saintsauveur-dons-topend", "appeal", "top+end",
         "Invented; modelled on Au Poste (live-show page: donor-count banner with button at the top, monthly-gift block at the end)", "fr", [
             _VIGIE_TOP,
             "Direct improvisé depuis les Rencontres de la presse libre à Saint-Sauveur-sur-Lot",
             "Tous les étés à Saint-Sauveur-sur-Lot, une drôle de scène prend forme. Des reporters, par centaines, croisent des habitants, par milliers. Une sorte de comité de rédaction géant, en plein air. Sur les quais du Lot, on échange, on argumente, on se chamaille.",
             "Six grandes questions pour regarder devant et s'interroger : quatre retenues par les organisateurs, deux par le public. Un fil conducteur : saisir ce qui agite la société à travers ce qu'en disent les médias. L'information mise en discussion, en pratique, en doute. Et cette fois, davantage que jamais, en dialogue.",
             " La Vigie se promène dans cette fête animée, en essayant d'y semer un peu de désordre.",
             _VIGIE_END,
         ], appeals=[_VIGIE_TOP, _VIGIE_END]),
    _doc("b81-quotidienhorizon-regardschine-video-independance-end", "appeal", "end",
         "Invented; modelled on Epoch Times édition française (video roundup, find-us line, did-you-know line and independence blurb at the end)", "fr", [
             "Focus Chine (22 octobre) : 35 militants arrêtés chaque semaine en Chine",
             "Photo: Chine en bref",
             "Numéro du 22 octobre de Chine en bref, réalisé par HTV Français.",
             "Chaque semaine, 35 militants seraient arrêtés en Chine. Une étude d'une association internationale de défense des libertés décrit une technique propre au pouvoir chinois pour faire « taire » les voix gênantes. Selon cette étude, 35 militants en moyenne sont interpellés chaque semaine dans le pays, et le total réel serait sans doute supérieur.",
             "À Chengdu, les marchés rouvrent et le quotidien paraît reprendre son cours après des semaines de restrictions. Pourtant, une habitante a relevé plusieurs indices inquiétants.",
             "La télévision d'État chinoise s'en est de nouveau prise à un haut diplomate américain, cette fois dans une série de reportages. De nombreux internautes chinois se sont pourtant dits choqués et ont critiqué les propos diffusés.",
             "Un groupe public chinois du BTP vient d'être ajouté à la liste noire de Washington pour ses chantiers de ports militaires en mer de Chine orientale. Nanhai Harbour Works, un pilier du programme chinois  » Routes de la soie « , est mêlé à de multiples affaires de pots-de-vin et à d'autres scandales sur plusieurs continents.",
             _HORIZON_END,
         ], appeals=[_HORIZON_END]),
]


# --- Probe 61: negatives ------------------------------------------------------------------------

PROBE61_NEGATIVES = [
    _neg("b81-fraenkischeabendpost-leserspenden-witwe-anlage-neg",
         "Invented; modelled on Abendzeitung München (paper reporting how its readers' donations for a widow are invested)", "de", [
             "Viele Spenden – und ein Zuschuss für den Urlaub",
             "Was die Leser gegeben haben – und was mit dem Geld für die Familie geschieht",
             "Die Leser der FA haben enorm viel Herz gezeigt. Über 800 Nürnberger zahlten für Melanie K. und ihre vier Kinder auf das FA-Hilfskonto ein. Darunter waren etliche, die selbst jeden Euro umdrehen müssen. Sie gaben drei, acht oder 20 Euro. Bereits das ergab eine stattliche Summe. Hinzu kamen Beträge von einigen hundert bis zu einigen tausend Euro von Bürgern und Betrieben. In manchen Büros legten ganze Abteilungen zusammen und überwiesen für Familie K. Auch Vereine und Kegelclubs sammelten.",
             "Ganz besonders spendabel waren ein paar Großspender, unter ihnen Bauunternehmer Rüdiger Falkenhahn, der Ehemann von Fernsehmoderatorin Tanja Seidl. 8000 Euro gingen von ihm auf das Hilfskonto. „Die Geschichte dieser Familie hat uns beide tief getroffen“, sagte Rüdiger Falkenhahn der FA.",
             "Eine 87-jährige Witwe aus Fürth schickte 3000 Euro. „Es macht mich glücklich, wenn mein Erspartes noch jemandem nützt!“, sagte die Seniorin und rief extra an, um zu hören, ob das Geld angekommen sei.",
             "Was passiert jetzt mit den Spenden? Herbert Lindner, Vorstand der Stadtbank Nürnberg, hat einen Plan entwickelt, der der Familie langfristig und vernünftig helfen soll. Ein Teil des Betrags steht Melanie K. sofort für nötige Anschaffungen zur Verfügung, etwa ein neues Kinderbett. Ein zweiter Teil wird in eine sichere Anlage mit monatlicher Auszahlung gesteckt. Damit hat die Familie jeden Monat ein paar hundert Euro mehr in der Kasse. Bislang lebt Melanie K. von einer knappen Hinterbliebenenrente.",
             "Der Rest des Geldes wird für die Kinder sicher angelegt. Es bleibt gebunden und ist später für Lehre oder Studium gedacht. „Wir glauben, dass dieser Plan genau dem entspricht, was sich unsere Leser gewünscht haben“, sagt FA-Chefredakteurin Ulrike Brandl.",
         ]),
    _neg("b81-dnevnikonline-fond-otkrytyeladoni-intervyu-neg",
         "Invented; modelled on Dni.ru (interview with a charity foundation's director about its collections, cut mid-word)", "ru", [
             "Московское представительство международного благотворительного фонда «Открытые ладони» через свою программу «Добро-онлайн» помогает справляться с социальными бедами, которых в сегодняшней России хватает. Суммы, собранные программой, сначала могут показаться скромными - 214 300 рублей за 2009 год, но если говорить об адресной срочной поддержке почти в любой области, от детских домов до лекарств для стариков, - это настоящие глотки воздуха для тех, кому тяжело. Для цикла «Страна добрых дел» руководитель направления партнерских программ фонда Вероника Заславская объяснила «Дневнику онлайн», почему помощь другим лечит от хандры и какому делу хотела бы помогать известная фигуристка Дарья Ветрова.",
             "- Вы называете «Добро-онлайн» справочным порталом. Как это понимать?",
             "- Замысел возник в 2006 году: в Сети тогда не было никаких упорядоченных сведений о благотворительных фондах и общественных организациях. Скажем, если семье требуется поддержка и она рассчитывает найти ее у какой-нибудь некоммерческой организации - например, если у родителей ребенок тяжело бол",
         ]),
    _neg("b81-givingledger-bigcharities-pandemic-survey-neg",
         "Invented; modelled on The Chronicle of Philanthropy (methodology note of a fundraising survey of large charities)", "en", [
             "To get a clearer picture of how the country's largest charities have weathered the public-health emergency and the downturn, the Giving Ledger reached out to 410 major nonprofits across the United States asking for figures on how their fundraising this year compared with matching periods in 2019; 128 organizations answered in whole or in part. Of those, 119 organizations, which together accounted for about 9 percent of all donations nationwide before the outbreak, supplied numbers for their fundraising from January through June.",
             "The organizations we selected are among the strongest fundraisers in the nation. Many of them show up regularly in our yearly lists of the charities that bring in the most cash and private gifts, the Giving Ledger Top 300 (and the ranking it replaced, the Big Gift Index) . Over the last three years these organizations took in a median of $142 million annually, according to figures compiled by the Giving Ledger.",
             "Most of the numbers are estimates, because charities have not finished auditing what they raised during the crisis.",
             "We undertook this project to help lawmakers, grant makers, and others see how nonprofits are holding up in a difficult period, and to give fundraising professionals numbers that let them compare themselves with similar groups. Even so, the results may not reflect the experience of every large charity, because many did not respond to several requests, particularly after we told them we would not publish only pooled totals.",
             "Because of the unusual conditions created by the outbreak and the strain it has put on charities, this survey replaces our usual Giving Ledger Top 300 list,",
             "The figures in the tables below cover donations of cash, securities, and goods during the January-to-March and April-to-June quarters of 2020, along with the total for both quarters, set against the corresponding periods of 2019.",
             "(Marisa Delacroix, Tobias Wren, and Hye-jin Park contributed reporting.)",
         ]),
    _neg("b81-wkrx7-harvesttable-holiday-fooddrive-neg",
         "Invented; modelled on ABC11 WTVD (TV station story on a food bank's holiday needs, its own food drive and sponsor thanks)", "en", [
             "Harvest Table Food Bank of the Tri-County Region needs extra donations as the holidays approach",
             "The busy season is here again.",
             "\"Right now we're laying in plenty of things for the holiday meals, like canned yams and cornbread mix,\" said Tony Albright.",
             "Albright cooks for Open Hearth, a drop-in center where people without homes come to get warm and have a hot meal. The center depends on Harvest Table Food Bank of the Tri-County Region.",
             "\"They've got the basics we're after. Rice, beans, canned tuna, fresh fruit,\" Albright said.",
             "Yet the food bank itself depends on gifts from local residents, above all in the final weeks of the year.",
             "\"As you can tell, this is when our shelves fill up with things like cranberry sauce and gravy mix. It's the same food you'd put on your own table, and we want families who are having a hard time to have it too,\" said Renee Castellano of Harvest Table Food Bank of the Tri-County Region.",
             "That is just what the food bank is short of - the holiday favorites that can cost a bit more at the store.",
             "\"We try to bring in the healthier choices too, like no-salt-added beans and brown rice. Items that can be combined into a full dinner,\" Castellano said.",
             "If you want to help out this season, the WKRX 7 Share the Table Food Drive officially opens Saturday at the WKRX 7 Millbrook Holiday Parade. You can also find more ways to give here.",
             "Many thanks to the sponsors of the 2021 WKRX 7 Food Drive, Greenway Markets and Tri-County Dairy Co-op!",
         ]),
    _neg("b81-mediakontrol-mediabazar-samoregulyaciya-oped-neg",
         "Invented; modelled on Detector Media (op-ed on media ownership and self-regulation, upper-case subheading)", "ru", [
             "МедиаБАЗАР или медиаФОРУМ?",
             "Чего не хватает, чтобы перемены после протестов наконец дошли и до украинских редакций? Автор считает, что сейчас важнее всего заставить работать саморегулирование в профессии, противостоять давлению владельцев, а также равнодушию и низкой квалификации самих журналистов.",
             "Украинская пресса настойчиво требует от новой власти перемен, отказа от влияния крупного капитала, честности и прозрачности. Но сама журналистская среда страны по-прежнему существует по старым правилам. Собственность в руках финансово-промышленных групп, негласные договоренности между хозяевами, редакторами и авторами, круговая безответственность — вот будни медиаотрасли в нынешней Украине.",
             "ОБРАТНАЯ СТОРОНА",
             "Свои успехи за прошедший год журналистам Украины предъявить, безусловно, есть чем.",
         ]),
    _neg("b81-citoyensvigilants-sahelxxi-objectif-relayed-neg",
         "Invented; modelled on a French civic blog relaying another outlet's crowdfunding goal with a video link", "fr", [
             "Dans la vidéo ci-après, la journaliste malienne Fatoumata Keïta raconte pourquoi Sahel XXI lui paraît indispensable, en particulier pour le « pluralisme des points de vue » et pour offrir à ceux qu'on n'entend jamais « une audience qu'on [nous] refuse parce que les chaînes dominantes nous ignorent ».",
             "Nos révélations sur le groupe minier Varennes, sur la mémoire de la colonisation dans les manuels scolaires ou encore sur les réseaux entreles milieux identitaires et le Sahel trouvent un large écho. Atteindre notre cible nous donnera les moyens de mener ces enquêtes qui servent l'intérêt général.",
             "https://video.example.com/watch/k3Tq9PzLm?t=22",
         ]),
    _neg("b81-tarnsolidaire-contrecourants-kezako-abonnement-neg",
         "Invented; modelled on Confluences 81 (activist paper describing itself, its subscriptions and price)", "fr", [
             "CONTRE-COURANTS, kézako ?",
             "Posée en 2010, la question aurait reçu cette réponse : un journal imprimé, militant et associatif, tourné vers l'écologie, l'entraide et une autre mondialisation. Ça n'a pas changé, sauf le support, comme vous l'avez deviné ! Animé par une bande de gens aux parcours variés mais aux convictions partagées, financé uniquement par ses lecteurs abonnés et la vente en kiosque, sans la moindre aide publique, accueillant toute plume qui adhère à ses principes de départ, il raconte les expériences qui tournent le dos au modèle dominant et s'attaque au libre-échange débridé, à la course au profit, au dérèglement du climat, bref au chacun-pour-soi et aux murs entre les gens. Or ces temps-ci, des murs, on en a autour de nous, et il faut les franchir. En prenant de la hauteur, en continuant de penser et d'agir ensemble, et d'écrire.",
             "Voilà pourquoi le journal paraît désormais en ligne, sur notre blog, jusqu'à ce que nous puissions revenir au papier recyclé, aux encres naturelles et à l'atelier Typo'Coop d'Albi. Vous y trouverez chaque jour de nouveaux textes et les croquis de Mathilde Ferrand. Le débat et les idées ne restent pas enfermés, Contre-Courants sert justement à les faire circuler et grandir. Donnons-nous rendez-vous sur le blog, montrons que nous tenons ensemble à ce journal, envoyez-nous vos textes si le cœur vous en dit. Parlez-en aussi autour de vous, à vos proches, et à ceux qui pourraient le devenir. L'avenir que nous souhaitons se prépare – aussi – ici et dès aujourd'hui. Et abonnez-vous, le prochain numéro imprimé se prépare. Annoncé pour mars, il paraîtra sans doute au printemps. (15 euros/an, 3 numéros).",
         ]),
    _neg("b81-volnayakhvalya-prasvet-kanal-zhiv-column-neg",
         "Invented; modelled on Belsat (columnist on the threatened exile TV channel and the campaign to save it)", "ru", [
             "Янка Дубовик Прасвет жив, а Вы? ..",
             "публицист, переводчик",
             "Теперь, когда дирекция телеканала получила от министра культуры Литвы обещание, что Прасвет никто закрывать не собирается, пора сделать кое-какие выводы.",
             "Речь пойдет не о тонкостях литовской политической кухни – для этого есть знатоки, – а о том, как отреагировала наша белорусская национально-демократическая среда, которая показала себя весьма любопытно.",
             "Едва пошли слухи, что Прасвет могут закрыть, обозреватели, если помните, тут же раскололись надвое. Первые бросились собирать подписи, рассылать обращения и даже устраивать пикеты под одним лозунгом: «Прасвет, держись!»",
             "Вторые, довольно ухмыляясь, с облегчением вздохнули: «Давно пора…» Один вспомнил, что журналистам «… лепш бы дома сядзець, а не па чужых краях блукаць», другой вдруг начал переживать за литовский бюджет, на который мы якобы «не вправе претендовать», кое0кто сказал прямо: Прасвет никому не интересен, его никто не включает, толку ноль.",
             "Складывается ощущение, что одновременно с кампанией в защиту канала стартовала встречная кампания: «Прасвет, исчезни!»",
         ]),
    _neg("b81-prairie1020-larkspur-housefire-fundraiser-neg",
         "Invented; modelled on CJME (radio station story on a house-fire crowdfunding for a young family)", "en", [
             "A young family that escaped a blaze and watched their house burn down in Larkspur is getting help to start over.",
             "Carla Nyberg launched a FundHearth page for her brother, Evan Nyberg, his wife, Mireille Tardif, and their four-year-old son, Felix.",
             "“The first thing I want everyone to know is that Evan is a real hero. He spotted (the smoke) before anyone else and got the whole family out of the house in time,” Nyberg said.",
             "Based on what she has heard, Nyberg said the night must have been terrifying. Her brother had been awake with a toothache at about 3 a.m., when the blaze broke out.",
             "“He smelled smoke in the hallway and when he opened the basement door, there was fire right there. He got Mireille and Felix up in seconds and took them out and over to, I think, the folks next door,” Nyberg said.",
             "The family managed to rescue their dog but fled the blaze with only their pyjamas on.",
             "“Everything they owned is gone, and they stood there and watched it all burn,” Nyberg said.",
             "While the family is still shaken, Nyberg said they are coping remarkably well with a terrible loss. Even Felix appears to be handling something that would frighten most adults, simply because he knows his mom and dad are safe.",
             "“He's doing great,” Nyberg said. “He and my daughter are together all the time and he came by just yesterday and they were building forts.",
             "“He understands what happened, but for a four-year-old he seems to have an amazing sense of what really matters.”",
             "After emergency help from the Prairie Relief Society, the family got a motel room, some groceries and fresh clothing. Now neighbours are rallying around them.",
         ]),
    _neg("b81-heartlandnow-eureka-farmhouse-fire-gofundme-neg",
         "Invented; modelled on Central Illinois Proud WMBD (TV story on a farmhouse fire and a school group's fundraiser with goal and link)", "en", [
             "Neighbors rally around family after fire destroys their home",
             "EUREKA, Il. - A Saturday night fire in Eureka destroyed a family's farmhouse.",
             "Crews were dispatched to the property just before 11 p.m. When they got there, flames had already engulfed the walls and the attic, but fortunately all four people living there got out unhurt.",
             "Investigators are still working out what sparked the fire, but Eureka Fire Chief Dale Hoskins says he has rarely seen a fire spread so fast.",
             "\"This isn't the kind of call we get very often around here,\" said Hoskins. \"We do get fires out in the county, but most of them we can knock down quickly. A big part of that is people getting an early alarm from a smoke detector. I'd hope every house has working detectors by now, and if yours doesn't, please go get some.\"",
             "There were smoke detectors in the house, but since the blaze began in an attached shed, the warning came too late.",
             "No damage figure has been released yet, but the Parent Teacher Association at Willow Creek Elementary in Roanoke set up a crowdfunding page to help the family recover.",
             "So far it has collected more than $11,000, passing the original target of $10,000. The chief says he is glad to see people pull together for a family so many know well at such a hard time.",
             "Those who want to pitch in can go to https://www.fundraise.example.com/hollis-family-recovery.",
         ]),
]


BATCH81_DOCUMENTS = PROBE61_APPEALS + PROBE61_NEGATIVES
