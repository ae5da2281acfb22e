"""Batch 173: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

17 documents (5 appeal, 12 negative; DE, FR, RU): our own paraphrases of every document of the
local-only real probe 153 (17 documents). Each keeps the real page's structure (kicker, headline,
"Von" / author / reading-time lines, photo captions with a double-spaced credit, a "..." cut marker, a
teaser headline repeated under a dateline-and-views line, an editorial signed with initials and an
"auteur :" line, a media site's "Temps de lecture" / "Publié le" chrome, agency sign-offs, pages cut
mid-word or mid-URL) and exactly what the real gold marks: a local site's whole donate box at the top
(headline, plea, funding shares, members' association, thank-you and its "donate" button line) above an
unrelated article; a regional paper's "read the whole article / 30 days for 0 EUR / offer" teaser at
the top plus its full package chooser (two packages with prices, bullets, buttons and the login line)
at the end; a metered-paywall and account-creation form (free-article counter, offers, browser notice,
benefit bullets, step bullets, cut confirmation line) at the end; a two-line "discuss in our Telegram
channel / subscribe in the news feed" footer; an anniversary editorial whose paragraph about everybody
chipping in for the paper and whose "PS" about the enclosed payment slip are gold (the rest of the
editorial stays text). Negatives keep what makes the real ones hard: a citizens' association's
cheque to a youth hospice doubled by a foundation with a bank account and totals, a blog relaying
another climate magazine's rescue appeal and its donation tally, a mayor's stalled fundraiser for
fire-brigade gear abroad, two food-charity collection reports with their needs lists, a media
magazine's profile of a regional daily's anniversary and losses, a report on a journalist launching a
rival web TV, an NGO's gifts to an orphanage, a youth street collection for two sick boys handed to the
paper, a charity craft fair, a foundation's children's project, volunteers' school-supply shipment.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field.
"""


from whole_documents import _doc, _neg


# --- Probe 153: appeal documents ----------------------------------------------------------------

_DONAUECHO_BOX = "\n".join([
    "Stärken Sie freien Lokaljournalismus für Wendelburg!",
    "Guten Tag. Es freut uns, dass Sie bei uns mitlesen oder mitdiskutieren. Noch größer wäre unsere Freude, wenn Sie das Team von donauecho-digital mit einer kleinen (oder ruhig etwas größeren) Spende stärken. Anzeigen decken bei uns gerade mal ein Viertel der Kosten. Und wer bei uns wirbt, bekommt dafür ausdrücklich nichts obendrauf, weder bezahlte Beiträge noch getarnte Werbetexte.",
    "Rund drei Viertel unseres Etats kommen aus Spenden – feste Beiträge von ungefähr 240 Mitgliedern im Förderverein für unabhängige Lokalpresse Wendelburg e.V.",
    "Kurz gesagt: Wir zählen auf Sie – kritische Leserinnen und Leser, die uns aus freien Stücken tragen. Machen Sie mit – einmalig oder dauerhaft. Vielen herzlichen Dank.",
    "Jetzt mitspenden",
])

_TAUBERBOTE_TEASER = "\n".join([
    "Diesen Beitrag vollständig lesen.",
    "Alle Bote+ Inhalte jetzt 30 Tage lang für 0 € freischalten",
    "Angebot ansehen",
])

_TAUBERBOTE_CHOOSER = "\n".join([
    "BT+",
    "Bote+",
    "Paket aussuchen und ohne Limit sämtliche Beiträge auf Tauberbote.example lesen:",
    "Bote+ 30 Tage gratis",
    "0,00 Euro",
    "• 30 Tage ohne Kosten ausprobieren",
    "• Anschließend 8,49 Euro im Monat",
    "• Jeden Monat kündbar",
    "Gratis starten Ich besitze schon ein BT+ Paket",
    "Bote+ Jahrespaket",
    "89,00 Euro",
    "• Zwölf Monate zum Sonderpreis",
    "• Anschließend jeden Monat kündbar",
    "• Mehr als 12 Euro gespart",
    "Jetzt zugreifen",
    "Sie haben Bote+ schon gebucht?   Zum Login",
])

_RHEINAU_WALL = "\n".join([
    "Schalten Sie jetzt einen Ihrer Gratis-Artikel frei.",
    "Wenn Sie diesen Beitrag freigeben, bleiben Ihnen diesen Monat noch so viele Gratis-Artikel: X",
    "Ihr Kontingent an Gratis-Artikeln für diesen Monat ist schon aufgebraucht.",
    "Freut uns, dass Sie unsere Berichte gern lesen – mit einem unserer Abo-Pakete lesen Sie einfach weiter und nutzen sämtliche Vorteile.",
    "Weiter geht's mit",
    "Schon registriert oder Abonnent? Zum Login",
    "Ein Abo lässt sich aus Sicherheitsgründen leider nicht länger im Internet Explorer abschließen. Wechseln Sie dafür bitte zu einem anderen Browser, etwa Firefox, Edge oder Chrome. Danke für Ihr Verständnis!",
    "• Freier Zugriff auf diesen und jeden anderen Beitrag",
    "• Exklusive Reportagen und Analysen aus Ihrem Ort",
    "• Fotostrecken, Clips, Podcasts und mehr",
    "• Stufe 1",
    "• Stufe 2",
    "• Stufe 3",
    "Eigenes Leserkonto erstellen",
    "• Stufe 1",
    "• Stufe 2",
    "• Stufe 3",
    "E-Mail bestätigen und einloggen",
    "Ihre Registrierung hat gekla",
])

_SEVEKRAN_FOOTER = "\n".join([
    "Новости можно обсудить с нами в телеграм-канале",
    "Подпишитесь на Новости Лесногорска в Дзене и будьте в курсе!",
])

_RIVES_CHIPIN = (
    "Voilà pourquoi rédacteurs, employés de l’administration, lectrices et lecteurs mettent tous la "
    "main au porte-monnaie pour t’offrir ce cadeau. Inutile de nous dire merci, cela va de soi : mois "
    "après mois, tu nous fais découvrir notre coin de pays et tu resserres des liens sociaux bien "
    "malmenés par l’époque agitée que nous traversons."
)

_RIVES_PS = "PS. Au cas où, un bulletin de versement se cache quelque part entre tes pages."


PROBE153_APPEALS = [
    _doc("b173-donauecho-landesmusiktag-top", "appeal", "top",
         "Invented; modelled on regensburg-digital (local site, full donate box with button above an unrelated article)", "de", [
             _DONAUECHO_BOX,
             "Halbe Million für den Landesmusiktag",
             "Stadt und Kreis einigen sich: Der Landesmusiktag 2016 soll ein Fest für die ganze Gegend werden Zusammen wollen die Stadt Wendelburg und der Kreis Wendelburg den Landesmusiktag 2016 mit einer halben Million Euro fördern. Nachdem der Landesmusikverband sein Finanzierungskonzept neu aufgestellt hat und der Beitrag des Bezirks spürbar gewachsen ist, verständigten sich die Vertreter von Stadt, Kreis und der Geschäftsführer der Trägergesellschaft „Landesmusiktag Wendelburg 2016“, Jonas Brenninger, auf die Summe der kommunalen Förderung: Die Stadt übernimmt 320 000 Euro, der Kreis legt 180 000 Euro dazu. „Der Landesmusiktag 2016 bringt Chöre, Kapellen und Zuhörer aus dem ganzen Land zu uns und wird für die Gegend ein Ereignis, über das man lange reden wird“, sagt Oberbürgermeisterin Petra Lind",
         ], appeals=[_DONAUECHO_BOX]),
    _doc("b173-tauberbote-freibad-kommentar-top-end", "appeal", "top+end",
         "Invented; modelled on Heilbronner Stimme (comment behind a plus-paywall: teaser at top, package chooser at end)", "de", [
             _TAUBERBOTE_TEASER,
             "Warum Wertheim ein zweites Freibad verdient",
             "Die Idee eines zweiten Freibads in Wertheim sollte ernsthaft geprüft werden, findet unsere Kommentatorin.",
             "Sabine Krautheimer",
             "Lesezeit 2 Min",
             "Noch halb leer: das Becken des alten Hofgartenbads",
             "Ein zweites Freibad hält unsere Autorin für eine Idee mit Zukunft.  Foto: Bauer, Tim",
             "\"Träumer bauen keine Brücken\", lästerte ein früherer Landrat einst über die Pläne eines Gemeinderats aus dem eigenen Lager. Aber wie öde wäre eine Stadt, in der niemand mehr träumt. Und der Gedanke an ein zweites Freibad am Mainufer, den die Leiterin des städtischen Bäderbetriebs, Miriam Ostheimer, vor kurzem öffentlich geäußert hat, verdient es, ernsthaft zu Ende gedacht zu werden.",
             _TAUBERBOTE_CHOOSER,
         ], appeals=[_TAUBERBOTE_TEASER, _TAUBERBOTE_CHOOSER]),
    _doc("b173-rheinautageblatt-thw-aggregat-end", "appeal", "end",
         "Invented; modelled on Schwetzinger Zeitung (cut local story, metered paywall and account form at the end)", "de", [
             "Technisches Hilfswerk - Neuer Aggregat-Anhänger soll Rathaus und Sporthallen im Notfall mit Strom versorgen / Helfer erhalten dazu Funkgeräte und wärmere Einsatzjacken",
             "Für den Blackout künftig besser gerüstet",
             "Von",
             "Tobias Reinhardt",
             "Lesedauer:",
             "Gerüstet für den Ernstfall: Bürgermeisterin Sandra Kolb (v. r.) begutachtet mit Ortsbeauftragtem Hannes Wirth, Mira Ebert, Kai Lenz, Nils Franke und Kämmerer Otto Brandl den neuen Anhänger. © Reinhardt",
             "Überflutete Keller, ein Sturm, der Dächer abdeckt – oder ein Lastwagen, der quer auf der Bundesstraße liegt. Hannes Wirth und die Helferinnen und Helfer des Ortsverbands rücken aus, wenn andere lieber zu Hause bleiben. Häufig geht es um Minuten.",
             "Die Bilanz für 2021 verzeichnet 213 Einsätze, zu denen die Ehrenamtlichen des Ortsverbands ausrücken mussten. „Das ist ein Plus von rund acht Prozent",
             "...",
             _RHEINAU_WALL,
         ], appeals=[_RHEINAU_WALL]),
    _doc("b173-severnyekran-sharikikids-end", "appeal", "end",
         "Invented; modelled on SurgutInform-TV (short charity news item, Telegram and news-feed footer)", "ru", [
             "Жёлтые шарики помогли собрать 74 тысячи рублей для больных детей округа",
             "14:20 18.03.2015 Общество 1873 просмотров",
             "Фото: stock.example.com",
             "Жёлтые шарики помогли собрать 74 тысячи рублей для больных детей округа",
             "В середине марта в Лесногорске и Озёрске волонтёры фонда «Тёплые ладони» провели уличную акцию: за скромный взнос в 120 рублей любой прохожий получал жёлтый воздушный шарик. Участников нашлось немало, и за три дня набралось 74 тысячи рублей. 55 тысяч пойдут на операцию восьмилетней лесногорчанке Алине Котовой, а на оставшиеся 19 тысяч оплатят курс восстановления Матвею Лаптеву из Озёрска.",
             "Напомним, у нас такая акция состоялась впервые, тогда как за рубежом подобные благотворительные затеи давно стали привычными. В Ирландии, к примеру, так помогают больницам для детей уже почти 20 лет.",
             _SEVEKRAN_FOOTER,
         ], appeals=[_SEVEKRAN_FOOTER]),
    _doc("b173-rivesdulac-edito-anniversaire-middle-end", "appeal", "middle+end",
         "Invented; modelled on Versoix Région (anniversary editorial, chip-in paragraph and payment-slip PS)", "fr", [
             "Edito",
             "Bonjour",
             "Au nom de toute l’équipe, je vous adresse mes vœux les plus chaleureux pour l’année qui commence.",
             "Joyeux anniversaire également à toi, notre journal, venu au monde voilà quarante ans.",
             "Depuis, tu as changé bien des fois, pas toujours pour le mieux, troquant ta modeste feuille contre la forme que tu arbores à présent.",
             "Ton nombre de pages a grimpé, tu as pris de l’assurance et, comme nous tous, un peu d’embonpoint ; tu es devenu épais, très épais. Disons-le, tu t’es étoffé.",
             "Rien d’étonnant : notre coin regorge de sujets, de sociétés locales, de clubs de sport, de chorales et de troupes pleines d’idées, de fêtes et de rendez-vous qui donnent du sel à nos journées.",
             "Alors, pour tes quarante ans, on te rafraîchit le visage : une allure plus actuelle, une mise en page qui respire, un papier plus noble (dès les prochaines éditions si la caisse le permet) pour que tes photos brillent davantage.",
             _RIVES_CHIPIN,
             "Longue vie à toi, notre journal.",
             "R. Perrottet",
             _RIVES_PS,
             "auteur : Roland Perrottet",
         ], appeals=[_RIVES_CHIPIN, _RIVES_PS]),
]


# --- Probe 153: negatives -----------------------------------------------------------------------

PROBE153_NEGATIVES = [
    _neg("b173-huegellandwochenblatt-jugendhospiz-verdopplung-neg",
         "Invented; modelled on Cronenberger Woche (citizens' association's cheque doubled by a foundation, account details, cut URL)", "de", [
             "„Die Hügelländer“: Spende für das Jugendhospiz zählt doppelt",
             "Aus 1.200 Euro werden 2.400 Euro – wie funktioniert das? Dank der Verdopplungsaktion, die die Lindqvist-Stiftung für das Jugendhospiz Eichenhain ins Leben gerufen hat: Bis Ende April 2018 legt die Stiftung auf jede Spende für das Jugendhospiz denselben Betrag noch einmal drauf (das HW berichtete), jeder Euro für das Haus am Buchenweg zählt also derzeit zweimal.",
             "Die Arbeitsgemeinschaft „Die Hügelländer“ überreichte am Dienstag zwar „bloß“ einen Scheck über 1.200 Euro an das Jugendhospiz. Durch die Aktion der Lindqvist-Stiftung kamen so jedoch 2.400 Euro beim Jugendhospiz an – der Zusammenschluss der drei Hügelländer Heimatvereine und Anja Berghoff, Vorständin der Jugendhospiz-Stiftung, freuten sich bei der Übergabe also gleich doppelt.",
             "Bis zur Mitte der Aktion hatten übrigens mehr als 180 Spenderinnen und Spender Geld für das Jugendhospiz gegeben, berichtete Dirk Sommerfeld, der in den Gremien beider Stiftungen sitzt. Zusammen waren so schon 27.341,55 Euro zusammengekommen. Die Lindqvist-Stiftung verdoppelt eingehende Spenden bis zu einer Obergrenze von 120.000 Euro.",
             "Jugendhospiz braucht jährlich rund 800.000 Euro an Spenden",
             "Rund 800.000 Euro an Spenden braucht das Jugendhospiz in jedem Jahr. Der Grund für den großen Bedarf: Die Kassen zahlen nicht für die Eltern und Geschwister, die die schwerkranken jungen Menschen während ihres Aufenthalts begleiten. Zuwendungen mit dem Vermerk „Verdopplung Lindqvist“ nimmt die Jugendhospiz-Stiftung Hügelland deshalb weiterhin gern entgegen, auf ihr Konto bei der Sparkasse Talstadt mit der IBAN DE00 1234 5678 0000 4455 66 (BIC EXAMPLEXXX).",
             "Weitere Informationen zum Jugendhospiz finden Sie online auf www.jugendhospiz-",
         ]),
    _neg("b173-gruenerblick-klimakompass-rettung-neg",
         "Invented; modelled on Sonnenseite (blog relaying another climate magazine's rescue appeal and donation tally, cut mid-word)", "de", [
             "KLIMAKOMPASS: „Uns kann man noch helfen!“",
             "klimakompass.example steckt in der Klemme, seit Anfang März erhält die Redaktion des Portals keine Gehälter mehr.",
             "Sparbetrieb bei klimakompass.example: „Eigentlich würden wir Ihnen gern weiter die Energiewende und den Klimaschutz erklären und dazu gründlich recherchieren. Doch dafür fehlt uns im Moment schlicht das Geld. Noch ist aber nichts verloren. Darum sagen wir unseren Leserinnen und Lesern: Uns kann man helfen!“",
             "“Und, wie läuft es bei euch inzwischen?” – das ist zurzeit, wenig überraschend, die Frage, die uns als Erstes begegnet, sobald wir – das Team von klimakompass.example – mit Leserinnen und Kollegen ins Gespräch kommen. Etwa bei der Tagung Erde im Wandel, die vorige Woche an der Hochschule Kassel über die Bühne ging. Anders als vor zwei Jahren, als wir mit fünf Leuten angereist waren, konnten wir uns diesmal nur eine Mini-Delegation leisten.",
             "Die Einladung, gemeinsam mit mehreren Wochenzeitungen, zwei Fachverlagen und einer Umweltstiftung als Medienpartner aufzutreten, mussten wir ausschlagen. Eine Krise frisst Kraft, und ehe man Neues beginnt, muss zuerst das Überleben gesichert sein. So blieb es diesmal bei unserem Aufsteller im Foyer der Hochschule (siehe Foto).",
             "Wie also läuft es? Schwer zu sagen. Es könnte besser laufen. Aber ganz so düster wie vor Wochen sieht es nicht mehr aus. Auf dem Spendenkonto sind bisher immerhin 1.900 Euro zusammengekommen (Stand 14. März)",
             "Dazu melden sich neue Anzeigenkunden, und die Verhandlungen des Verlags mit Stiftungen über Förderprogramme verlaufen insgesamt vielversprechend. Darüber berichten wir dann bald ausführlicher.",
             "Und dann gibt es noch die riesige Welle an Zuspruch, die uns von unzähligen Leserinnen und Lesern erre",
         ]),
    _neg("b173-isarbote-brandschutz-malawi-neg",
         "Invented; modelled on idowa (one-paragraph item on a mayor's stalled fundraiser)", "de", [
             "Nicht jede Feuerwehr ist so gut ausgerüstet wie die hiesige. Bürgermeisterin Gisela Stangl sammelt deshalb gerade Geld, um ausgemusterte Atemschutzgeräte nach Malawi zu schicken. Von den angestrebten 4.000 Euro seien inzwischen rund 2.600 Euro beisammen – doch nun geht es kaum noch voran.",
         ]),
    _neg("b173-loirehebdo-tablesdupartage-collecte-neg",
         "Invented; modelled on Magcentre (short report on a food charity's national collection)", "fr", [
             "Depuis leur création à l’hiver 1988, les Tables du Partage se sont implantées dans tout le pays pour nourrir les foyers les plus fragiles.",
             "Dans notre région, les cinq antennes départementales, avec 70 points de distribution et environ 2400 bénévoles, ont fourni plusieurs millions de repas l’an dernier.",
             "Depuis la hausse des prix, la pauvreté a progressé et cette aide compte plus que jamais.",
             "La grande collecte annuelle des Tables du Partage se tiendra du jeudi 10 au samedi 12 mars.",
             "Pendant ces trois jours, apportons conserves, pâtes, riz et articles de toilette aux bénévoles du Cher postés à l’entrée de nombreux supermarchés.",
             "Les Tables du Partage ont besoin de chacun de nous !",
         ]),
    _neg("b173-monvillageinfo-tablesdupartage-jura-neg",
         "Invented; modelled on macommune.info (food charity collection report with a needs list)", "fr", [
             "Collecte annuelle des Tables du Partage",
             "Les Tables du Partage mènent leur collecte annuelle jusqu’au samedi soir 12 mars. Leurs bénévoles seront présents dans 96 supermarchés du Jura.",
             "© Paul Richardet",
             "Les Tables du Partage mènent leur collecte annuelle le jeudi 10, le vendredi 11 et le samedi 12 mars. Leurs bénévoles seront présents dans 96 supermarchés du Jura.",
             "L’hiver passé, les équipes jurassiennes ont servi 900 000 repas et suivi près de 6 200 personnes. \"Un tiers d’entre elles a moins de 25 ans et une sur trois est mineure, parmi lesquelles 95 nourrissons. Les hivers passent et la précarité ne recule pas, bien au contraire\", indiquent les responsables jurassiens.",
             "Ce qui manque le plus : plats cuisinés en conserve, articles de toilette, biscuits et chocolat, lait infantile...",
         ]),
    _neg("b173-mediascope-courrierdesalpes-35ans-neg",
         "Invented; modelled on EDITO (media magazine profile of a regional daily's anniversary, cut)", "fr", [
             "« Un journal enraciné dans sa vallée »",
             "Le Courrier des Alpes tient à son autonomie et souffle ses 35 bougies sans inquiétude. Le titre mise sur une présence massive dans ses vallées et sur une proximité qui fait sa force.",
             "Par Claire Monnier, Photo: Luc Berset/Studio Photo Vallée",
             "À la mi-mai, Le Courrier des Alpes publiait un cahier spécial pour marquer ses trente-cinq ans. Trente-cinq ans, ce n’est pas si long, et pourtant le parcours du quotidien est bien rempli. Le Courrier n’avait pas pu fêter ses 30 ans : en 2016, la chute de sa régie publicitaire lui avait coûté près de 800 000 francs, tout son espace publicitaire ayant été confié à cette seule société.",
             "Le 2 mai 1988, la nouvelle fait l’effet d’un coup de tonnerre dans la vallée : « La Sentinelle » à Sion-la-Haute et « L’Écho » à Montvert deviennent un seul journal. Le premier, lancé en 1881, penche à gauche, le second, fondé en 1869, défend une ligne conservatrice. « Les deux rédactions ne se saluaient même pas », raconte Sylvie Roux, la rédactrice en chef, entrée au journal il y a 31 ans.",
             "Sous l’impulsion du regretté Paul Favre, éditeur de « La Sentinelle » et père de l’éditeur actuel, l’affaire avait été montée dans la plus grande discrétion. Les deux titres rivaux n’ont révélé la fusion que vingt-quatre heures avant. Le moment s’y prêtait : les abonnés se faisaient rares, les annonces fondaient et la presse de « L’Écho » rendait l’âme. Paul Favre et Jean Morand, patron puis rédacteur en chef du nouveau titre, voulaient une union valaisanne plutôt que de vendre à un grand groupe de presse.",
             "Un soutien précieux",
             "Le quotidien a traversé deux tempêtes sérieuses. La première au début des années 2000. Le",
         ]),
    _neg("b173-hemicycleinfo-webtv-rivale-neg",
         "Invented; modelled on Public Sénat (wire story on a journalist launching a rival web TV, site chrome, cut)", "fr", [
             "Écartée de Canal Libre, Sophie Marchetti lance sa propre webTV",
             "La journaliste Sophie Marchetti doit lancer jeudi soir une webTV engagée baptisée \"La Base\", appelée à rivaliser avec Canal Libre,...",
             "Hémicycle Info",
             "Temps de lecture :",
             "4 min",
             "Publié le",
             "La journaliste Sophie Marchetti doit lancer jeudi soir une webTV engagée baptisée \"La Base\", appelée à rivaliser avec Canal Libre, la chaîne en ligne qu’elle dirigeait encore il y a peu.",
             "\"La Base, l'info sans laisse\" veut \"donner une voix et des outils à ceux qui, des syndicalistes aux collectifs de quartier, des défenseurs de l'environnement aux associations de locataires, ne se sentent plus représentés par les grands médias et se heurtent à des pouvoirs de plus en plus sourds\", a expliqué Sophie Marchetti.",
             "Sur la grille de La Base, visible sur Youtube et sur Twitch : des plateaux de discussion, des enquêtes de terrain et des interviews \"de voix qu'on n'entend jamais à l'heure de grande écoute\".",
             "Une formule proche de celle de Canal Libre, la chaîne en ligne dont Sophie Marchetti a été évincée dans la tourmente à la mi-mars. Elle avait parlé d'un \"coup de force\" au sommet de cette webTV lancée en 2018 par des sympathisants d'un parti de gauche, alors que l'équipe affirmait vouloir résoudre des tensions internes en lui retirant la présidence de Canal Libre, dont elle pilotait aussi la rédaction.",
             "Canal Libre, qui l'emploie toujours, dit lui avoir adressé mercredi, après l'échec d'une médiation, un courrier de licenciement pour \"faute grave\", consulté par l'AFP.",
             "La chaîne accuse en particulier Sophie Marchetti d'avoir \"propagé des affirmations inexactes\" sur la société et d'avoir tenu",
         ]),
    _neg("b173-lagunenews-orphelinat-dons-neg",
         "Invented; modelled on Abidjan.net (agency item on an NGO's gifts to an orphanage, agency sign-off)", "fr", [
             "L’organisation non gouvernementale \"Solidarité Ardèche Lagunes\" (SAL), dont le siège est en France, a remis des dons aux enfants de l’orphelinat \"Les Petits Bergers\" d’Abobo-Baoulé, à l’occasion des fêtes de Noël, selon un communiqué parvenu à l’agence.",
             "Les pensionnaires ont reçu vendredi des fournitures scolaires, des vêtements, des moustiquaires, des couvertures et une somme de 150.000 FCFA.",
             "D’après les responsables de l’ONG, ce don traduit la volonté de l’association de s’affirmer comme un partenaire solidaire durable en Côte d’Ivoire. Elle compte déjà plusieurs réalisations sociales, parmi lesquelles l’équipement de maternités, le parrainage d’écoliers, des ateliers d’apprentissage et la rénovation de salles de classe.",
             "Dans la même dynamique, en plus de l’orphelinat d’Abobo, la SAL a aussi apporté son aide au dispensaire de Bingerville, à l’école primaire publique de Grand-Lahou, au lycée moderne d’Anyama et à un foyer pour personnes âgées de Treichville.",
             "Fondée le 3 mars 2016 à Privas, en France, l’association Solidarité Ardèche Lagunes (SAL) vise à tisser des liens d’amitié et d’entraide entre l’Ardèche et la Côte d’Ivoire, indique le communiqué.",
             "Kda/ys",
         ]),
    _neg("b173-uralskiyvestnik-ulichnaya-akciya-neg",
         "Invented; modelled on Vecherniy Karpinsk (street collection for two sick boys, money handed to the paper)", "ru", [
             "В прошлое воскресенье, 9 июня, в нашем городе случилось то, чего раньше не бывало. Девять слушателей тренинга «Шаг вперёд», который сейчас идёт в Северогорске, решили помочь семилетнему Тимофею и десятилетнему Егору. Оба мальчика тяжело больны — у них онкология крови.",
             "Поделившись на три команды, ребята вышли на главную улицу Северогорска и прошли от сквера Победы до перекрёстка Ленина и Садовой. У каждого в руках была картонная коробочка со снимками мальчиков.",
             "— Мы обращались к прохожим и рассказывали, зачем собираем деньги, — вспоминает Олеся Круглова, одна из участниц. — И почти никто не прошёл мимо: кто-то опускал 50 рублей, кто-то пятьсот, но откликались буквально все. Если у человека не было наличных, мы давали листочки с номерами карт мам Тимофея и Егора. Надеюсь, что и туда что-то пришло.",
             "Всего сбор продолжался три часа — с 12.00 до 15.00. За это время удалось собрать 21 тысячу 450 рублей (!!!). Всю сумму ребята принесли в редакцию «Уральского вестника». Мы, со своей стороны, непременно передадим её мамам Егора и Тимофея",
         ]),
    _neg("b173-zarya-pashalnaya-yarmarka-neg",
         "Invented; modelled on Niva, Rovenki (district paper report on a charity craft fair)", "ru", [
             "В Красноборске состоялась ежегодная благотворительная «Пасхальная ярмарка». Напоминаем, что вся выручка от неё пойдёт на помощь тяжелобольным детям района.",
             "Выставленные поделки мастериц — вышивка, роспись, лоскутное шитьё и плетение — были посвящены одной теме: приближению светлого праздника Пасхи. Гости ярмарки могли купить понравившиеся работы, а также куличи и пироги домашней выпечки.",
             "Концертную программу для гостей подготовили воспитанники районного Дома творчества. Вырученные деньги направят на лечение и реабилитацию детей, которым требуется долгая и дорогостоящая помощь.",
         ]),
    _neg("b173-rodnoykanal-schastlivyy-dom-neg",
         "Invented; modelled on Tsargrad (opinion piece introducing a foundation's children's project, cut mid-word)", "ru", [
             "Жалеть мало. Нужно действовать. Дети пострадавшего от паводка края",
             "Мы постоянно повторяем, что детям из затопленных районов нужна поддержка. Значит, пришло время её оказать. Потом может быть уже поздно.",
             "Наш канал продолжает говорить о настоящих бедах края, пережившего наводнение. Речь не только об общих цифрах ущерба и восстановления, когда спасатели и строители день за днём возвращают людям дома и дороги. Мы хотим рассказывать о каждом отдельном человеке. Особенно если это ребёнок.",
             "Чужих детей не бывает, и несчастных детей быть не должно. Только от нас, взрослых, зависит, будет ли у нынешних ребят светлое детство, а у всей страны — светлое завтра.",
             "Помочь совсем несложно. Фонд «Добрый берег» и его основатель Аркадий Полозов вместе с областным детским омбудсменом Ниной Сергеевой начали новый благотворительный проект «Счастливый дом». Первыми его получателями станут два детских дома и коррекционная школа-интернат в пострадавших районах. А затем",
         ]),
    _neg("b173-stolichnyefakty-shkolnyy-ryukzak-neg",
         "Invented; modelled on NSN (city volunteers' school-supply shipment report, channel credit)", "ru", [
             "Волонтёры Екатеринбурга передали более 9 тонн помощи детям из пострадавших от паводка районов",
             "Свыше девяти тонн вещей жители Екатеринбурга принесли в пункты приёма «Город рядом» и добровольческие центры «Тёплый дом». Об этом сообщила глава городского комитета по молодёжной политике Ольга Вершинина.",
             "Вещи собирали в ходе акции «Рюкзак к первому сентября». Сотни посылок с тетрадями, ранцами, пеналами, спортивной формой, кроссовками и предметами гигиены отправили школьникам затопленных посёлков области.",
             "Вершинина подчеркнула, что в акции участвовали «и семьи, и школы, и вузы, и предприятия».",
             "«Каждая коробка была собрана с любовью и вниманием», — добавила она.",
             "Ранее похожая акция по сбору помощи для спасателей завершилась в Кировском районе Екатеринбурга, пишет Telegram-канал «Фактограф».",
         ]),
]


BATCH173_DOCUMENTS = PROBE153_APPEALS + PROBE153_NEGATIVES
