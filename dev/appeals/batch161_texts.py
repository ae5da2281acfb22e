"""Batch 161: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

16 documents (5 appeal, 11 negative; DE, FR, RU, UK): our own paraphrases of every document of the
local-only real probe 141 (16 documents). Each keeps the real page's structure (one paragraph per
line and no blank lines; a headline line above the body, a photo-caption line and a repeated caption
variant, short subheading lines, "Lire aussi :" link lines inside a price report, a signature line
at the end, a section-and-date line with a quoted title and a byline with photo credit, a story cut
off after a one-sentence paragraph, an "Earlier, <outlet> wrote" line before the sign-off) and exactly
what the real gold marks: a print-magazine teaser on the first line announcing the next issue and
offering a free sample copy plus a look at the contents; a subscribers-only paywall notice on the
first line that goes on to ask readers to subscribe to support the paper; a one-line "want the region's
news first? subscribe to our Telegram channel" line with a t.me handle at the end of a Ukrainian
crime item; a two-line channel block at the end of a Russian city item (follow us in Max, faster news
in our Telegram, more photos in our VK group); a cut-off line left over from a subscribe widget
("... or via RSS, to keep up with the city's latest news") after a Russian city item. Negatives keep
what makes the real ones hard: a food bank's Christmas gift drive and its overwhelming response, a
charity food-aid project's holiday distribution with donation tonnages and an income limit, a trade
magazine's report on an online magazine's record membership crowdfunding with a subscription price
and pledged sums, a food bank's yearly figures and donor generosity, a report on daily newspapers'
cover-price rises with subscription remarks, a report on papers raising newsstand prices and the
shift to digital, a feature on foundations funding journalism, a trade-press profile of a regional
daily's anniversary and finances, a charity run raising millions, a community's children's charity
fairs paying for drones, a school's record donation to a volunteer drone initiative.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the builder takes each text as it
stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch161.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 141: appeal documents ----------------------------------------------------------------

_LINKSBLICK_TEASER = (
    "Ab dem 14. März liegt die neue Ausgabe von linksblick mit dem Titelthema Olympische Winterspiele "
    "vor. Hier gratis ein Probeheft anfordern und vorab in den Inhalt schauen."
)

_MOSAN_WALL = (
    "Ce contenu est destiné aux seuls abonnés. Une actualité locale fiable et soignée demande des "
    "moyens. Votre abonnement protège notre liberté éditoriale et le travail essentiel des journalistes "
    "de terrain. Vous abonner, c'est nous aider à continuer."
)

_OBLVISNYK_TG = (
    "Бажаєте раніше за всіх знати, що відбувається на Вінниччині? Приєднуйтеся до нашого "
    "телеграм-каналу t.me/oblvisnyk_example"
)

_SAMARA24_CHANNELS = "\n".join([
    "Следите за нами в Max. Продолжение срочных и главных сюжетов — там, и никакой VPN не нужен.",
    "В нашем Telegram всё появляется раньше, чем на сайте. Фото и обсуждения ищите в нашем сообществе ВКонтакте.",
])

_UFAPULSE_RSS = "либо по RSS, чтобы не пропускать свежие события Уфы"


PROBE141_APPEALS = [
    _doc("b161-linksblick-olympia-probeheft-top", "appeal", "top",
         "Invented; modelled on marx21 (left print magazine's issue editorial, next-issue teaser with free sample copy on the first line)", "de", [
             _LINKSBLICK_TEASER,
             "Ein Heft, zwei Titelseiten – eine vorne, eine hinten. Dafür gibt es einen Anlass: Anfang Februar starten die Winterspiele in den Alpen. Man kann jetzt schon ahnen, dass wie bei jedem Großturnier Fahnen an Balkonen und Autos hängen werden und Medaillenspiegel die Nachrichten beherrschen. Uns erscheint es nötig, dazu eine linke Sicht beizusteuern. Darum das eine Titelbild, darum ein ganzer Schwerpunkt zum Sport. Darin schauen wir außerdem auf die Bergdörfer, die für Schanzen und Pisten Wald und Wasser hergeben mussten.",
             "Doch auch während der Spiele steht die Politik nicht still. Sparpakete und Mietsteigerungen treffen weiterhin vor allem jene, die ohnehin wenig haben – in Portugal, in Österreich, in ganz Europa und darüber hinaus. Davon handeln die Rückseite und mehrere Analysen in diesem Heft. Dazu gibt es einen Schwerpunkt zum landesweiten Pflegestreik, der am 14. März beginnt.",
             "Unsere Reihe »Zurück zu den Quellen« pausiert diesmal. Kein Grund zur Beunruhigung: Hannelore Wiesinger setzt sie mit der kommenden Nummer fort. Weil das Heft noch vor den Spielen und vor dem Streik an den Kiosken sein sollte, mussten wir den Redaktionsschluss stark nach vorne ziehen. So knapp ließ sich ihr Text leider nicht mehr rechtzeitig abschließen.",
             "Eine Geschichte wollten wir euch nicht vorenthalten – die von Mimi, der Streikkatze, die seit einem Jahr bei nahezu jeder Kundgebung in Lissabon auftaucht. Mimi gilt inzwischen als heimliches Wappentier der Bewegung, eine Katze, die weiß, wo sie hingehört. Eine Fanseite für sie auf einem großen Bildernetzwerk (»strike cat«) zählt bereits 25.000 Abonnentinnen und Abonnenten rund um den Globus.",
             "Anlass genug, Mimi einen Platz in diesem Heft zu geben. Siebenmal hat sie sich zwischen unseren Seiten versteckt.",
         ], appeals=[_LINKSBLICK_TEASER]),
    _doc("b161-courriermosan-marchehiver-paywall-top", "appeal", "top",
         "Invented; modelled on Sudinfo (regional news article, subscribers-only notice with subscribe-to-support plea on the first line)", "fr", [
             _MOSAN_WALL,
             "Sur l'esplanade du Grognon et dans la rue des Brasseurs à Namur, le montage des cabanes en bois du marché d'hiver a débuté ce lundi.",
             "Cette fois, l'événement se tiendra sans la moindre restriction ni vérification aux accès : « Il y a trois ans, on avait dû tout arrêter. L'an passé, on a ouvert presque au dernier moment, avec des mesures sanitaires. Ce mois-ci, on repart à fond, comme à l'époque », sourit Aurélie Dambremont, qui coordonne le marché d'hiver.",
         ], appeals=[_MOSAN_WALL]),
    _doc("b161-oblvisnyk-vinnytsia-barricade-telegram-end", "appeal", "end",
         "Invented; modelled on Stolychnyi Rehion (short Ukrainian crime item, Telegram-channel line with t.me handle at the end)", "uk", [
             "У Вінниці озброєний чоловік забарикадувався в аптеці та відпустив продавчиню в обмін на переговорника",
             "У Вінниці чоловік із мисливською рушницею, який зачинився в аптеці разом із продавчинею та погрожував стріляти, відпустив жінку, коли до нього зайшов переговорник.",
             "Переговорником став заступник начальника обласної поліції.",
             "Таку інформацію оприлюднили вінницькі інтернет-видання.",
             "На вимогу нападника до дверей підігнали мікроавтобус. Чоловік разом із поліцейським намагається залишити місто.",
             "Силовики оголосили операцію «Щит», щоб затримати зловмисника так, аби ніхто не постраждав.",
             "Нагадаємо, «Обласний вісник» повідомляв, що в Гайсині правоохоронці вилучили у двох місцевих жителів зброю без дозволу.",
             _OBLVISNYK_TG,
         ], appeals=[_OBLVISNYK_TG]),
    _doc("b161-samara24-syzran-police-channels-end", "appeal", "end",
         "Invented; modelled on Ural56.ru (short Russian city item, two-line follow-our-channels block at the end)", "ru", [
             "Ранее мы сообщали, что на главной площади Сызрани с самого утра стоят наряды полиции. Полицейские обходят Театральную площадь и сквер напротив здания городской думы.",
             "Вчера патрули там тоже стояли весь день.",
             _SAMARA24_CHANNELS,
         ], appeals=[_SAMARA24_CHANNELS]),
    _doc("b161-ufapulse-posadka-derevev-rss-end", "appeal", "end",
         "Invented; modelled on KZN.media (Russian city item ending in a cut-off subscribe-via-RSS fragment)", "ru", [
             "В первую очередь саженцы появятся вдоль набережных и в новых микрорайонах",
             "В ближайшую субботу в Уфе пройдёт массовая высадка деревьев. Общую акцию по озеленению городские власти запланировали на 18 мая.",
             "Как пояснил глава администрации Уфы Рустам Галиев, в этот день основные силы направят на берега Белой и дворы новостроек.",
             "«Сделать город зелёным за одну субботу невозможно. Мест, где без участия жителей мы просто не справимся, очень много», — подчеркнул чиновник.",
             _UFAPULSE_RSS,
         ], appeals=[_UFAPULSE_RSS]),
]


# --- Probe 141: negatives -----------------------------------------------------------------------

PROBE141_NEGATIVES = [
    _neg("b161-muldetalkurier-glauchau-geschenkeaktion-neg",
         "Invented; modelled on Westsachsen.TV (local TV item on a food bank's Christmas gift drive and its huge response)", "de", [
             "Geschenkeaktion der Glauchauer Lebensmittelausgabe übertrifft alle Erwartungen",
             "Wir leben in einem wohlhabenden Land, heißt es gern. Doch der Wohlstand kommt längst nicht bei allen an. Zahlreiche Familien wissen am Monatsende kaum, wie sie Miete und Essen bezahlen sollen. Haben sie Kinder, wird das Fest der Liebe schnell zur Last. Keine Mittel für Geschenke unter dem Baum – und dann? Die Glauchauer Lebensmittelausgabe hat deshalb zu einer Sammelaktion aufgerufen. Wie viele Menschen trotz knapper Kassen mitgemacht haben, hat Leiterin Sabine Körnig so überrascht, dass sie die Presse zu sich bat.",
         ]),
    _neg("b161-radiosuedost-steiermark-weihnachtshilfe-neg",
         "Invented; modelled on ORF Kärnten (regional public-broadcaster item on a charity food-aid holiday distribution with tonnages and an income limit)", "de", [
             "Lebensmittelhilfe Steiermark: Mehr Bedürftige, mehr Gaben",
             "Die Aktion „Volle Teller“, getragen vom Samariterbund und dem Sender Radio Grünwelle, gibt auch in diesem Jahr rund um Weihnachten gespendete Lebensmittel an Menschen mit wenig Geld aus. Immer mehr Haushalte nehmen das Angebot an. Gleichzeitig stellen die Supermärkte mehr Ware zur Verfügung.",
             "Gerade in den Tagen vor dem Fest landen sonst große Mengen frischer Ware im Abfall, weil sie nach den Feiertagen unverkäuflich wären, darunter auch Produkte mit fehlerhaftem Etikett oder beschädigter Hülle, die völlig in Ordnung sind, erklärt Verena Pichler vom Samariterbund, der „Volle Teller“ in der Steiermark organisiert.",
             "Im Vorjahr wurden allein in der Steiermark 310.000 Kilo Lebensmittel vor der Tonne bewahrt. Mehr als 94.000 Personen holten sich an den Ausgabepunkten des Samariterbunds etwas zu essen. Für diese Menschen seien die Gaben rund um Weihnachten besonders wertvoll, so Pichler: „Knappes Geld begleitet einen das ganze Jahr – aber am härtesten spürt man es, wenn rundherum alle Geschenke kaufen und Festessen planen und man selbst einfach nicht mitkann.“",
             "Dank „Volle Teller“ sollen auch Haushalte mit kleinem Budget ein schönes Fest feiern können. Steiermarkweit gibt es vierzehn Ausgabepunkte der Aktion. In Leoben und Weiz wird schon am Donnerstagnachmittag ausgegeben, überall sonst erst am 23. Dezember. In Graz-Lend entfällt die Ausgabe über die Feiertage. Ausgabeberechtigt ist ein Einpersonenhaushalt mit höchstens 1.240 Euro Monatseinkommen.",
         ]),
    _neg("b161-spendenwelt-lupe-crowdfunding-rekord-neg",
         "Invented; modelled on Fundraiser-Magazin (trade magazine on an online magazine's record membership crowdfunding with price and pledges)", "de", [
             "Crowdfunding für Journalismus: L wie Lawine",
             "Die ersten 150 Mitglieder von „Lupe“ warten vor dem Kulturhaus Brunnenhof.",
             "Andrang am Kulturhaus Brunnenhof: Die ersten 150 Mitglieder von „Lupe“ warten auf Einlass.",
             "12.500 Mitglieder und über 3 Millionen Euro – alles eingesammelt per Crowdfunding: Das österreichische Digitalmagazin „Lupe“ hat binnen weniger Tage nicht nur sein Ziel weit hinter sich gelassen, sondern gleich mehrere Spendenrekorde gebrochen. Das Team rund um Miriam Hollerbach startet mit gewaltigem Rückenwind.",
             "Zwei Jahre lang hat die Truppe an „Projekt L“ gebastelt. Acht Journalistinnen und Journalisten verfolgen ein gemeinsames Vorhaben: ein neues Onlinemedium für Österreich. Unabhängig von Großverlagen und frei von Werbekunden soll es sein. Wie sich das finanzieren lässt, blieb lange offen. Zwei Punkte waren bis zuletzt ungeklärt: wie das Kind heißen und wer es bezahlen sollte. Inzwischen ist beides geklärt: „Lupe“ heißt das Projekt, das seine Gründer nun mit einem prall gefüllten Startkonto ins Leben schicken.",
             "Vorgabe: Wenigstens 2500 Mitglieder gewinnen",
             "Am 3. März fiel der Startschuss für die Kampagne, das Team um die Reporterin Miriam Hollerbach hatte eine klare Hürde gesetzt: wenigstens 2500 Menschen sollten zusammen 600.000 Euro für das Magazin aufbringen. Die Jahresmitgliedschaft bei „Lupe“ kostet 180 Euro. Nur bei ausreichend Unterstützung wollte das Team starten, so der Plan. Daran knüpfte es auch die Auszahlung von bereits versprochenen 2,8 Millionen Euro aus Stiftungs- und Förderzusagen.",
             "Zu riskant? Keineswegs. Schon am frühen Nachmittag des ersten Tages hatte „Lupe“ die Hürde genommen. Seither fragt sich die Branche nur noch, welcher Spendenrekord als Nächstes fällt.",
         ]),
    _neg("b161-wienerwaldbote-purkersdorf-lebensmittelausgabe-neg",
         "Invented; modelled on NÖN (regional weekly on a food bank's yearly figures and donor generosity, with subheadings)", "de", [
             "„Im vergangenen Jahr kamen dreimal so viele Menschen zu uns, inzwischen sind es fast viermal so viele“, fasst Brigitte Hainzl das Jahr zusammen. Hainzl leitet beim Samariterbund die sozialen Dienste und betreut die Lebensmittelausgabe in Purkersdorf. Dort werden jeden Freitag Waren aus Supermärkten, die nicht mehr in die Regale dürfen, an berechtigte Abholerinnen und Abholer weitergegeben.",
             "Den plötzlichen Zuwachs erklärt Hainzl vor allem mit den hohen Energiepreisen. „Davor ist die Zahl nur gemächlich gestiegen“, sagt Hainzl. Die Preiswelle habe viele dazu gebracht, den Weg zur Ausgabe zu wagen, „doch ich wünsche mir, dass wirklich alle kommen, die Hilfe brauchen“. Die größte Hemmschwelle sei die Anmeldung beim Samariterbund. „Wer aber einmal da war, sieht, dass er mit seiner Lage nicht allein ist“, erzählt sie.",
             "Schwierige Monate",
             "Am gefragtesten sind übrigens lange haltbare Produkte – etwa Reis, Mehl oder Speiseöl. „Genau davon bekommen wir aber selten etwas“, bedauert Hainzl. Beliebt sind daneben Joghurt, Wurst, Gemüse, Brot und – wenn nötig – Windeln und Säuglingsnahrung.",
             "Mehr Waren ausgegeben als im Vorjahr",
             "Alles in allem gingen im Vorjahr rund 61 Tonnen Lebensmittel über den Tisch. „Das ist eine Tonne mehr als das Jahr davor. Damit hätte ich nie gerechnet. Wir hatten eher das Gefühl, dass die Märkte knausriger geworden sind. Umso schöner ist diese Entwicklung“, meint Hainzl, die auch auf Sammelaktionen von Schulen und Vereinen hinweist. „Die Menschen geben gern.“",
             "Verteilt wird in Kisten, aussuchen kann man sich dabei nichts. Das liegt an Platzmangel und an den Hygieneregeln.",
         ]),
    _neg("b161-garonneinfo-quotidiens-prix-hausse-neg",
         "Invented; modelled on Infos-Toulouse (report on daily papers' cover-price rises, with 'Lire aussi' link lines and a signature line)", "fr", [
             "Les quotidiens nationaux relèvent une fois de plus leurs tarifs",
             "Lectorat en recul, papier de plus en plus cher, difficultés du distributeur, plans sociaux successifs, virage numérique coûteux… Chaque hausse du prix de vente fait fuir une partie du public et fait encore chuter la diffusion. Une spirale que les journaux du matin connaissent par cœur.",
             "Le vieux Réveil Ouvrier devient hors de portée pour les salariés modestes – au moment même où beaucoup descendent dans la rue pour leurs fins de mois et contre les taxes sur le carburant. Le Réveil Ouvrier se vend désormais 2,40 euros du lundi au vendredi et 3,80 euros le dimanche, soit 30 centimes de plus depuis janvier, afin d'absorber 1,1 million d'euros de charges supplémentaires liées à l'impression et à l'acheminement.",
             "Lire aussi : Pluralisme des médias, le classement qui fâche selon Presseveille",
             "La Gazette du Matin grimpe elle aussi : trente centimes de plus à 3 euros et 4,80 euros le samedi, L'Économiste passe également à 3 euros et à 5,20 euros pour son numéro du week-end. Le Stade prend quinze centimes en semaine (1,85 euro) et vingt-cinq le samedi, Le Franc-Parler ajoute dix centimes – et demeure, à 1,30 euro, le journal le plus abordable du pays, Le Francilien trente centimes (1,60 euro), La Tribune de France trente centimes (3 euros), alignée désormais sur La Gazette du Matin.",
             "Lire aussi : Un collectif de reporters réclame une charte face aux manifestants",
             "Radio Hexagone souligne que La Tribune de France valait 1,40 euro en 2011 et La Gazette du Matin 1,50 euro. Les deux titres ont ainsi vu leur tarif plus que doubler en une décennie. À ce rythme, ils dépasseraient 6 euros en 2030, ce qui ferait plus de 140 euros par mois (suppléments non compris). À ce niveau, la formule numérique pourrait bien prendre la place du journal imprimé.",
             "La Vigie des médias.",
         ]),
    _neg("b161-echosdelaplaine-kiosque-tarifs-numerique-neg",
         "Invented; modelled on Le Média Plus (wire-style report on papers raising newsstand prices and the shift to digital)", "fr", [
             "Les titres de presse relèvent leurs prix en kiosque et hâtent le basculement vers le numérique",
             "Après «La Gazette du Matin», «La Tribune de France» et «L'Aurore» ont relevé en ce début d'année leur prix en kiosque: les journaux de l'Hexagone continuent leur transition vers l'écran, dopée par la pandémie, au détriment de l'imprimé.",
             "Dans un message «À nos lectrices et lecteurs» paru dans son numéro du samedi, «L'Aurore» dit «encaisser, comme l'ensemble des éditeurs, une envolée inédite du coût du papier. (…) Nous n'avons d'autre choix que de revoir notre tarif». Le quotidien progressiste ne touche cependant qu'à son édition du week-end: elle coûtera 3,80 euros le samedi au lieu de 3,20 euros. Le tarif en semaine reste inchangé (2,60 euros), de même que les formules d'abonnement. Quelques jours auparavant, «La Tribune de France» faisait savoir qu'elle relevait «de 30 centimes (son) prix au numéro», une hausse équivalente à celle retenue par «La Gazette du Matin» peu de temps avant. «La Tribune de France» pointait elle aussi l'envolée du prix du papier (près de 60% en un an), ainsi que la flambée des factures d'électricité et de gaz, qui alourdit ses dépenses d'impression. D'autres titres avaient déjà prévu des hausses pour l'année, dont «L'Économiste», «Ouest Matin», «Le Courrier des Alpes» et «Télé Semaine». «Le prix plus élevé en kiosque va pousser encore plus vite les journaux vers l'écran», juge Hélène Marchetti, directrice de l'Institut de journalisme de Lyon-Villeurbanne (IJLV). Une évolution déjà largement amorcée depuis plusieurs années et qui s'est emballée lors du premier confinement, au printemps 2020. Avec beaucoup de marchands de journaux fermés et la peur de mettre le nez dehors, une foule de lecteurs avait pris l'habitude de s'informer sur internet.",
         ]),
    _neg("b161-mondeaffairesqc-philanthropie-journalisme-neg",
         "Invented; modelled on Les Affaires (business-magazine feature on foundations funding journalism, photo caption on the first line)", "fr", [
             "Journaliste, Nadia Ouellet-Traoré, directrice de l'information du site Le Carrefour, était lasse d'être la seule personne racisée de sa rédaction et de devoir justifier que les sujets touchant les communautés exclues relevaient de l'intérêt général. (Photo: gracieuseté)",
             "PHILANTHROPIE. De 2010 à 2024, près de 480 journaux et stations locales ont cessé leurs activités au pays. Et la liste des menaces s'allonge : il suffit de penser au retrait des nouvelles sur certains réseaux sociaux ou à la concurrence des outils qui rédigent des textes automatiquement. Le moment est-il venu pour les fondations de prendre l'information sous leur aile ?",
             "« Depuis des années, privées de revenus publicitaires captés par les géants du numérique venus d'ailleurs, les rédactions se vident et ferment l'une après l'autre, laissant derrière elles des régions sans couverture où les rumeurs et les fausses nouvelles se répandent librement », signaient Louis Bergeron, président de la Fondation Famille Bergeron, et Sophie Lacasse, directrice générale de la Fondation de l'Estrie (avec six autres signataires), dans un texte d'opinion paru dans Le Devoir du Matin l'automne dernier.",
             "Qu'une démocratie en santé ait besoin de journalisme, personne ne le conteste. Pourtant, après les coups encaissés par le métier au fil des deux dernières décennies, nombreux sont ceux qui craignent pour ce pilier de nos sociétés ouvertes. « Les fondations doivent se demander comment l'information nous aide à saisir les enjeux sociaux et climatiques et à prendre part à la vie publique », affirme Mateo Rinaldi-Côté, responsable des programmes à la Fondation Boréale, qui s'est donné pour mission de faire progresser l'équité raciale, sociale et économique. Boréale soutient plusieurs médias et initiatives journalistiques de proximité.",
         ]),
    _neg("b161-pressemonde-quotidiendesvallees-40ans-neg",
         "Invented; modelled on EDITO (Swiss trade-press profile of a regional daily's anniversary and finances, cut after a subheading)", "fr", [
             "Laurence Béguelin, à la tête de la rédaction depuis douze ans.",
             "Actuel – 14.11.2024",
             "« Un journal enraciné »",
             "Le Quotidien des Vallées tient à son autonomie et célèbre ses 40 ans avec calme. Le titre mise sur un lectorat fidèle dans son canton et sur un lien de voisinage qui fait sa force.",
             "Par Olivier Rossat, Photo: Nadine Perrin/Studio Lumière Sion",
             "Au printemps dernier, Le Quotidien des Vallées publiait un cahier spécial pour marquer ses quatre décennies. Quarante ans, ce n'est pas si long, et pourtant le parcours du journal est mouvementé. Le QV n'avait pas fêté son trentième anniversaire : cette année-là, la chute d'une grande régie d'annonces lui avait coûté près de 800 000 francs, puisqu'il lui confiait l'ensemble de sa publicité.",
             "Le 3 mars 1984, la nouvelle fait l'effet d'un coup de tonnerre dans la vallée : « La Sentinelle » à Martigny et « Le Courrier du Haut » à Sierre se regroupent. L'un, fondé en 1881, porte une tradition libérale, l'autre, lancé en 1869, se réclame du camp conservateur. « Les deux maisons se détestaient cordialement », raconte Laurence Béguelin, entrée au journal il y a « 31 ans ».",
             "Sous la conduite du regretté Bernard Fellay, éditeur de « La Sentinelle » et père de l'actuel propriétaire du QV, le rapprochement avait été préparé dans la plus grande discrétion. Les deux rivaux n'en ont parlé publiquement que la veille. Le moment était propice : les abonnés se faisaient plus rares, les annonces rapportaient toujours moins et la presse d'impression du « Courrier du Haut » arrivait en fin de vie. Bernard Fellay et Jacques Roduit, directeur puis rédacteur en chef du Courrier et ensuite du QV, voulaient une union valaisanne, pour que le QV demeure entre des mains locales au lieu de tomber dans l'escarcelle d'un grand éditeur.",
             "Soutien sans faille",
             "Le journal a traversé deux tempêtes sérieuses.",
         ]),
    _neg("b161-kanaldvadtsat-velozaezd-nezryachie-neg",
         "Invented; modelled on Telekanal 360 (TV-channel item on a charity sports event raising millions)", "ru", [
             "На благотворительном велозаезде в Подмосковье собрали свыше 12 миллионов рублей для незрячих",
             "Около двух с половиной тысяч человек вышли 12 октября на старт благотворительного велозаезда в парке «Дубрава». Событие приурочили к Международному дню белой трости.",
             "Организатор заезда Анна Брусницына назвала главной целью проекта приобщить людей к помощи другим через движение.",
             "«Когда у тебя праздник и азарт, хочется поделиться этим настроением — и тут самое время вспомнить о тех, кому нужна поддержка», — сказала она.",
             "Заезд прошёл уже в третий раз. Для участников проложили пять маршрутов. Младшие ребята катались на 1, 3 или 5 километров, а участники от 16 лет — на 15, 30 или 50 километров. Победителям в каждой категории достались кубки и подарки от спонсоров.",
             "«Отличный получился день: каждый километр, который проехали люди, превратился в настоящую поддержку, в конкретные дела и конкретные суммы», — подытожил вице-президент банка «Северный» Константин Ларионов.",
             "В итоге удалось собрать свыше 12 миллионов рублей — примерно втрое больше, чем в прошлом сезоне.",
         ]),
    _neg("b161-vyshnevyinfo-yarmarky-drony-neg",
         "Invented; modelled on Bucha News (community news on children's charity fairs paying for drones handed to schools)", "uk", [
             "FPV-дрони для захисників від учнів Вишневої громади (Фото)",
             "Ударні дрони придбали на гроші, які зібрали школи та садочки громади. Пригадуєте жовтневу благодійну кампанію «Крила для своїх»? Цього тижня волонтери передали навчальним закладам безпілотники, які виготовили за виручені тоді кошти.",
             "Цілих 76 FPV-дронів вирушать до військових на передову. Там «очі в небі» потрібні щодня. Літають ці машини недовго, проте кожна з них береже життя бійців.",
             "Цього тижня кожен ліцей громади разом із підшефними садочками отримав стільки дронів, скільки дозволила зібрана сума. Далі заклади передаватимуть їх своїм колишнім учням або землякам, які тримають оборону на різних ділянках фронту.",
             "Нагадаємо, ідею кампанії запропонувала учнівська рада ліцеїв.",
             "Школярі, вихованці садочків, їхні мами й тата, педагоги та вихователі Вишневої громади – усі охоче взяли участь у шкільних ярмарках, які проходили під гаслом «Крила для своїх».",
         ]),
    _neg("b161-berehovopravda-shkola7-donat-drony-neg",
         "Invented; modelled on Varosh (regional news on a school's record donation to a volunteer drone initiative)", "uk", [
             "Берегівські ліцеїсти зібрали для армії 75 тисяч гривень на дрони — найбільший донат в історії ініціативи «Небо Закарпаття»",
             "Учні Берегівського ліцею №7 імені Лесі Українки передали волонтерській ініціативі «Небо Закарпаття» 75 тисяч гривень, виручених на благодійному шкільному ярмарку. Це найбільша одноразова пожертва від одного внеску за весь час існування збору «Берегівські крила», повідомив співзасновник ініціативи, волонтер і викладач фізкультури Дмитро Керецман.",
             "Ярмарок проходив 21 та 24 листопада у два дні, окремо для молодших і старших класів, тут продавали пироги, печиво, лимонади, чай, какао та плетені браслети. Гроші від початку планували на підтримку армії, – розповіла «Берегівській правді» директорка ліцею №7 Оксана Габор.",
             "— Жодної мети щодо суми ми собі не ставили. Вирішили: що виручимо — те й віддамо. А вийшло, що це рекорд, – поділилася вона.",
             "До ярмарку приєдналися й батьки, педагоги і навіть сусіди та друзі родин ліцеїстів.",
         ]),
]


BATCH161_DOCUMENTS = PROBE141_APPEALS + PROBE141_NEGATIVES
