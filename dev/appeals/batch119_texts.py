"""Batch 119: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

15 documents (6 appeal, 9 negative; FR, DE, RU, UK): our own paraphrases of every document of the
local-only real probe 99 (15 documents). Each keeps the real page's structure (a weekly newsroom
update with title, standfirst, date, reading time and a doubled outlet-name line; a regional paywall
cut ending in "..." with a repeated photo caption; a home page of article teasers each cut off with
"…"; a Luxembourg-style title / subtitle / repeated title block with a cut paragraph; a dated magazine
teaser; a short Ukrainian news item; photo-caption and "Von:" bylines; a "Фото" line and a
"Читайте також:" link line; photo-report lines ending in ":"; a trailing space on a last line) and
exactly what the real gold marks: the last sentence of a newsroom paragraph nudging readers who have
not yet subscribed (the rest of the paragraph stays text); a four-line "join our subscribers" paywall
block with first-month price and a search-partner discount after a cut article about a village
donation drive; a top teaser asking readers to gift solidarity subscriptions, cut off with "…"; a
two-line subscriber-access notice with its "keep reading" button; a one-line "buy this issue online to
keep reading" note; a one-line "follow our Telegram channel" footer. Negatives keep what makes the real
ones hard: a district's appeal for donations to clothing banks quoted in a press release (ending in an
open quote about giving money), a village food bank asking for food and money at a market, food banks
short of goods with an umbrella body allowing cash donations, a charity food collection reported as
news, a radio fundraising marathon with its phone number, website and totals, a protest whose new
Telegram channel asks supporters to join, a humanitarian-aid collection at a charity concert,
villagers buying equipment for the army with itemised sums, volunteers thanking everyone who donated.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch119` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch119.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 99: appeal documents -----------------------------------------------------------------

_OCTET_NUDGE = (
    "Une bonne partie de ces papiers est réservée à nos abonnés : si vous n’avez toujours pas franchi "
    "le cap, c’est peut-être le bon moment pour nous rejoindre !"
)

_VEILLEUR_WALL = "\n".join([
    "...la suite de cet article est réservée aux membres de notre communauté d'abonnés",
    "profitez de tous nos contenus en ligne et sur l'appli, sans aucune limite",
    "dès 0,99 € le premier mois, résiliable quand vous voulez",
    "Offre Google : -40% pendant 3 mois",
])

_SILLON_GIFT = (
    "Tous vos proches reçoivent déjà Le Sillon Commun ? Vous pouvez aussi nous épauler en offrant un "
    "abonnement solidaire, que nous transmettrons à des lecteurs qui n’ont pas de quoi se le payer. "
    "Grâce à votre fidélité, notre mensuel a retrouvé des couleurs. Un grand MERCI à chacune et…"
)

_ALZETTE_WALL = "\n".join([
    "Mit einem Abo der Alzette-Post (Print+Digital oder nur Digital) lesen Sie sämtliche Artikel von Post+ ohne Umweg.",
    "Gleich weiterlesen",
])

_KALEIDOSKOP_BUY = (
    "Weiterlesen? Diesen Beitrag samt passender Ausgabe von „Kaleidoskop“ bequem im Netz bestellen."
)

_RIADOK_TELEGRAM = "Швидко й достовірно – читайте нас у Telegram-каналі"


PROBE99_APPEALS = [
    _doc("b119-octet-redaction-middle", "appeal", "middle",
         "Invented; modelled on Next (next.ink) (weekly newsroom update, subscribe nudge ending a paragraph)", "fr", [
             "Du nouveau côté rédaction #14 et bilan de la semaine",
             "Presque tous les samedis (on préfère ne rien jurer…), nous prenons quelques minutes pour vous raconter ce qui se passe dans nos bureaux.",
             "Le 16 mars 2024 à 10h22",
             "5 min",
             "Octet",
             "Octet",
             "Demain matin, juré, la revue des liens",
             "Côté coulisses, semaine plutôt calme. La refonte du site et de l’interface d’administration avance, mais tout le mérite en revient à nos développeurs (nous, on se contente de leur réclamer toujours plus d’options). On apprivoise petit à petit notre nouvel outil de publication, avec ses pièges… et ses bonnes surprises.",
             "Les plus attentifs l’auront noté : la Revue Des Liens n’est pas parue dimanche dernier. Pas de mystère là-dessous : une actualité chargée et des batteries à plat font mauvais ménage avec notre sélection dominicale. Rassurez-vous, elle revient demain matin !",
             "Comme samedi dernier, voici un récapitulatif de ce que nous avons mis en ligne ces sept derniers jours – sans compter les brèves, les billets et la chronique de Margaux. " + _OCTET_NUDGE,
             "Ce point du samedi nous sert aussi de baromètre : dites-nous franchement ce que vous avez pensé des sujets abordés.",
             "Bilan de la semaine",
             "Deux grands chantiers nous ont occupés ces derniers jours. D’abord la photonique, avec une explication de ce qu’est un processeur optique et de la façon dont la lumière peut prendre le relais des électrons. Nous avons essayé de rester clairs et accessibles. Après la mémoire vive et les cartes mères (la suite arrive, c’est juré), nous avons raconté 25 ans d’histoire des écrans plats.",
             "Nous avons aussi refait le point sur le cloud souverain Nuvola, qui, d’après l’un de ses administrateurs, « avance toujours »… admettons. Enfin, nous avons analysé l’amende infligée par le régulateur à l’opérateur Telvia.",
         ], appeals=[_OCTET_NUDGE]),
    _doc("b119-veilleurest-lavoir-end", "appeal", "end",
         "Invented; modelled on L'Est Républicain (regional article on a donation drive cut by a four-line subscriber paywall)", "fr", [
             "Saulxy-la-Côte Un appel aux dons pour sauver le lavoir communal",
             "Le vieux lavoir du village menace de s’effondrer et la facture des travaux s’annonce lourde. Outre les subventions, la municipalité s’est tournée vers une association de sauvegarde du bâti ancien pour lancer une souscription publique.",
             "Le Veilleur de l'Est - 22 juillet 2024 à 18:05 - Temps de lecture :",
             "Le lavoir de Saulxy-la-Côte",
             "Le lavoir de Saulxy-la-Côte",
             "Les élus de Saulxy-la-Côte ont confié à l’association Pierres et Mémoire le montage du dossier et la souscription destinée à refaire la charpente du lavoir.",
             "Pierres et Mémoire, structure reconnue d’utilité publique qui accompagne la sauvegarde des bâtiments anciens, classés ou non, dans...",
             _VEILLEUR_WALL,
         ], appeals=[_VEILLEUR_WALL]),
    _doc("b119-silloncommun-accueil-top", "appeal", "top",
         "Invented; modelled on L'âge de faire (home page of cut-off teasers, gift-subscription appeal first)", "fr", [
             _SILLON_GIFT,
             "À Vaudrieu-sur-Lézon, au pied des coteaux, la contravention fait florès. Chaque jeudi depuis un mois, une cinquantaine d’habitants tiennent une « soupe des libertés » les jours de foire. Ils investissent la halle pour rire, jouer de l’accordéon, débattre et trinquer ensemble. Certains en viendraient presque à regretter l’ancien préfet,…",
             "« Chanter plus fort », voilà le nom et le refrain d’un morceau de la fanfare Les Cuivres Têtus, repris en chœur par des foules qui se rassemblent dans les rues pour le jouer, le danser, le transmettre et le porter d’un bout à l’autre du territoire. 14 mai 2022, gare de Brévannes. Les passants ralentissent…",
             "La dernière réforme des retraites complémentaires marque une cassure nette avec le modèle de gestion partagée mis en place en 1961. Le gouvernement a repris la main et tranche seul, sans écouter les partenaires sociaux. Ses conséquences toucheront une large part des futurs pensionnés : 870 000 sur les 2,1 millions de départs…",
             "« L’incubateur NovaPente et le fonds Altiris présentent “Cap’Cités”, un accélérateur pour les jeunes des quartiers nord ». À la lecture de ces premières lignes d’un communiqué vantant un stage de trois jours sur l’auto-entreprise en périphérie, j’ai bondi de ma chaise. Pour tout dire, j’ai vu rouge. Assez de ce jargon de consultants, lisse,…",
         ], appeals=[_SILLON_GIFT]),
    _doc("b119-alzettepost-biergerlescht-end", "appeal", "end",
         "Invented; modelled on Luxemburger Wort (title, subtitle, repeated title, cut paragraph, subscriber notice with button)", "de", [
             "Hoch hinaus, tief gefallen",
             "Déi Biergerlëscht erlebt kurz vor dem Urnengang stürmische Wochen.",
             "Hoch hinaus, tief gefallen",
             "Drei Monate vor den Gemeindewahlen erlebt die Bürgerliste ein Wechselbad der Gefühle. Der plötzliche Rückzug ihrer langjährigen Spitzenfrau Mireille Kauten hat die Partei kalt erwischt. Gemessen an diesem Einschnitt sind die ordentlichen Zahlen der letzten Umfragen nur ein schwacher Trost.",
             "Eigentlich hätte die Bürgerliste allen Anlass zur Zuversicht, winkt ihr doch im Bezirk Osten womöglich ein zusätzlicher Sitz ...",
             _ALZETTE_WALL,
         ], appeals=[_ALZETTE_WALL]),
    _doc("b119-kaleidoskop-dorfcafes-end", "appeal", "end",
         "Invented; modelled on Privat (luxprivat.lu) (dated magazine teaser, buy-the-issue line at the end)", "de", [
             "3. März 2018",
             "Das Verstummen der „Dorfcafés“",
             "Die Dorfcafés verschwinden leise, aber stetig! Von einst 410 Cafés auf dem Land haben seit 2005 gerade einmal 138 überlebt. Zählt man die Kneipen hinzu, die nur noch am Wochenende öffnen, ist das gesellige Dorfleben vielerorts schon Geschichte! Das hat Folgen – für Vereine, Nachbarschaft und Mundart!",
             _KALEIDOSKOP_BUY,
         ], appeals=[_KALEIDOSKOP_BUY]),
    _doc("b119-pershyiriadok-kovzanka-end", "appeal", "end",
         "Invented; modelled on Заголовок (zaholovok.com.ua) (short city news item, Telegram channel footer)", "uk", [
             "У центрі Вербогорська почали монтувати міську ковзанку. Про це в понеділок, 20 листопада, повідомили у відділі комунікацій міськради.",
             "За інформацією посадовців, майданчик площею 600 квадратних метрів уже втретє з'явиться на площі Злагоди на час зимових канікул. Монтаж проводять працівники комунального підприємства, відкрити ковзанку для відвідувачів планують у середині грудня.",
             _RIADOK_TELEGRAM,
         ], appeals=[_RIADOK_TELEGRAM]),
]


# --- Probe 99: negative documents ---------------------------------------------------------------

PROBE99_NEGATIVES = [
    _neg("b119-moorlandanzeiger-kleiderkammer-neg",
         "Invented; modelled on Heide-Kurier (district press release on clothing banks quoted, ends in an open quote about giving money)", "de", [
             "Winterkleidung wird knapp in den Kleiderkammern",
             "Die Anlaufstellen im Landkreis Fehnmoor geben Alarm: Ehrenamtliche gesucht und warme Kleiderspenden dringend benötigt",
             "Winterkleidung wird knapp in den Kleiderkammern",
             "„Die Kleiderkammern im Kreis Fehnmoor stehen unter Druck, sie sind dringend auf warme Sachen angewiesen“, heißt es in einer Pressemitteilung der Kreisverwaltung. Danach sei die Zahl der Menschen, die dort Jacken, Schuhe und Decken abholen, spürbar gestiegen, „gleichzeitig kommen immer weniger Spenden herein. Bislang musste niemand mit leeren Händen gehen, doch der Spielraum wird von Woche zu Woche kleiner.“",
             "Die Kreisverwaltung hatte am 8. Oktober Vertreterinnen und Vertreter der Gemeinden, der Wohlfahrtsverbände und der Kleiderkammern zu einem Runden Tisch eingeladen. Besprochen wurde, wie man einer wachsenden Nachfrage mit schrumpfenden Beständen begegnen kann. „Die Kleiderkammern machten einhellig deutlich, dass sie das jetzige Angebot ohne Hilfe der Kommunen, etwa durch Sammelstellen in den Rathäusern, kaum halten können. Zugleich sind die Mittel der Gemeinden, die selbst zum großen Teil auf Zuschüsse angewiesen sind, knapp bemessen. Damit die Ausgabe nicht auf bestimmte Gruppen beschränkt werden muss, braucht es jetzt schnell mehr warme Kleidung“, heißt es weiter.",
             "Landrätin Silke Harms lobte den Austausch und unterstrich, wie unverzichtbar die Kleiderkammern für Menschen mit wenig Geld im Kreis seien. Entscheidend sei, dass sie eng mit Textilgeschäften vor Ort und den Sozialdiensten der Gemeinden zusammenarbeiteten.",
             "„Wer die Kleiderkammern im Kreis Fehnmoor mit Geld unterstützen will, kann jederzeit bar spenden oder etwas überweisen.",
         ]),
    _neg("b119-aabote-tafel-erntedank-neg",
         "Invented; modelled on Westfälische Nachrichten (wn.de) (village food bank short of goods, asks for food and money at a market)", "de", [
             "Wo früher rund 40 Haushalte kamen, stehen bei der Ausgabestelle der Tafel in Brockhövel heute meist 60 bis 70 an, an manchen Tagen sogar 85. Die Vorräte schwinden dadurch schneller, als es den Freiwilligen recht ist.",
             "Vor einem Jahr holten sich pro Woche etwa 40 Haushalte in Brockhövel ihre Lebensmittel ab. Schon damals reichte es nicht immer für alle – je nachdem, wie viel die Märkte in der Umgebung gerade abgaben.",
             "Zuletzt sind diese Lieferungen spürbar weniger geworden. Gleichzeitig hat sich die Zahl der Bedürftigen rasant erhöht. „An manchen Dienstagen stehen hier 85 Leute“, sagt Heike Lammers, die die Brockhöveler Ausgabestelle gemeinsam mit Walburga Termeer leitet.",
             "Für sie und die übrigen Helfer ist das ein Kraftakt. In manchen Wochen gelingt es halbwegs, jedem etwas mitzugeben. „Dann gibt es wieder Termine, an denen fast nichts da ist. Dann greifen wir an die Konserven und Trockenvorräte im Lager.“ Schließlich wolle niemand erleben, dass ein Gast ohne Einkauf wieder gehen muss.",
             "Auch das Lager ist irgendwann leer – deshalb setzt das Team auf eine Sammelaktion beim Erntedankmarkt am nächsten Sonntag. Neben dem Kuchenstand des Heimatvereins wird ein Wagen stehen, an dem Besucher haltbare Lebensmittel für die Brockhöveler Tafel abgeben können.",
             "Über Geldspenden freut sich das Team ebenso. Von dem Geld werden Waren gekauft, die dann an den Dienstagsterminen an die Kundschaft gehen.",
             "Benötigt wird so ziemlich alles. Von Öl, Kaffee, Haferflocken und Konserven bis zu Tee, Linsen oder Tomatensoße – jede Spende findet dankbare Abnehmer.",
         ]),
    _neg("b119-seenlandkurier-tafeln-neg",
         "Invented; modelled on Münchner Merkur (merkur.de, Starnberg) (byline, long photo caption, food banks allowed to take cash donations)", "de", [
             "Leere Regale, volle Warteschlangen: Wie die Tafeln im Seenland über die Runden kommen",
             "Von: Jonas Reitmeier",
             "Auf Hilfe angewiesen: die Helferinnen und Helfer der „Brotzeit-Stube“ in Ammerau (v.l.) Franz Obermaier, Renate Lechner, Hubert Kastl, Olga Brandmeier, Sepp Wimmer, Traudl Huber, Klaus Dengler, Leiterin Monika Sattler, Irmgard Feichtner und Anni Zellner. © tobias hartl",
             "Zuerst die Pandemie, danach Inflation, teure Mieten und höhere Stromrechnungen: Die Tafeln im Kreis spüren jede Krise unmittelbar. Immer weniger Waren stehen immer mehr Menschen gegenüber.",
             "Landkreis – Um fast zwei Drittel ist die Zahl der Kunden bei der Tafel in Seefeldern in den letzten Monaten gestiegen. Früher kamen etwa 250 Menschen, jetzt stehen rund 410 jeden Freitag vor der Ausgabe an der Bahnhofstraße. „Uns geht die Arbeit nicht aus“, sagt Hildegard Pröbstl. Nach Angaben der Vorsitzenden sind etwa 80 Prozent der neuen Kunden Geflüchtete, die in den vergangenen Monaten in die Gemeinde gekommen sind. Doch auch Alteingesessene melden sich zunehmend.",
             "„Manche merken jetzt, dass das Geld am Monatsende einfach nicht mehr reicht“, sagt Pröbstl. Schuld seien die gestiegenen Lebensmittelpreise, dazu Miete und Benzin. „Ich glaube nicht, dass sich das schnell ändert. Da rollt noch etwas auf uns zu.“",
             "Während der Andrang wächst, schrumpfen die Lieferungen der Supermärkte. „Es kommt spürbar weniger herein. Das macht uns Sorgen“, sagt die Vorsitzende. Weil es vielen Ausgabestellen im Land ähnlich geht, hat der Dachverband ausnahmsweise erlaubt, auch Geld anzunehmen (wir berichteten). „Im Grunde geht es bei uns ja darum, Lebensmittel zu retten, die sonst im Müll landen würden. Aber die Lage ist gerade eine besondere“, sagt Pröbstl.",
         ]),
    _neg("b119-infodirect-paniers-collecte-neg",
         "Invented; modelled on CNews (two-line news brief on a charity food collection)", "fr", [
             "La grande quête des Paniers Solidaires continue jusqu’à dimanche soir. Seuls deux départements ont choisi de reporter leur opération.",
             "Sont concernés le Haut-Varenne et la Lézardière. La grippe saisonnière préoccupe tout le monde et les Paniers Solidaires en appellent à la générosité, de peur de recevoir moins que l’an passé. Dans la Valdaine, en revanche, les bénévoles restent sur le pont.",
         ]),
    _neg("b119-portailactus-radiothon-neg",
         "Invented; modelled on Yahoo Actualités (dépêche AFP) (wire story on a fundraising marathon with phone number, website and totals)", "fr", [
             "Le Radiothon des Neiges démarre ce samedi et vise un nouveau record de promesses",
             "Grand rendez-vous solidaire devenu incontournable, la 22e édition du Radiothon des Neiges s’étale du samedi 14 au dimanche 15 janvier avec 26 heures d’antenne sur les radios régionales et compte dépasser le total de 2023 malgré la hausse des prix et des ménages à la peine.",
             "Parrainée par la skieuse Éloïse Marchand et animée par Romain Delcourt, Inès Baptiste et Hugo Ferrand, cette émission fleuve commencera samedi matin pour se terminer dimanche en fin d’après-midi.",
             "En plus des collectes dans les stations, les dons par SMS (7 21 21), en ligne (radiothon-neiges.example.org), un tournoi de jeux vidéo et une loterie sont prévus. Parmi les lots, un casque signé par le pilote de rallye Maxime Orlan.",
             "Faire mieux malgré la vie chère",
             "L’édition 2023, la première entièrement en public depuis la crise sanitaire, avait rassemblé 4,3 millions d’euros, un record depuis 2015, alors même que la générosité des ménages envers les associations marquait le pas pour la première fois depuis huit ans.",
             "L’association qui porte l’opération, Neige pour Tous, a financé en 2023 quelque 2,9 millions d’euros de séjours adaptés et d’équipements pour des enfants en situation de handicap.",
             "\"Le Radiothon ne peut pas tout financer, mais il donne de l'élan\", estime le président de Neige pour Tous, Gérald Moulin.",
             "Alors que seules 30% des stations sont accessibles en fauteuil, les besoins restent immenses. Chez les parents, \"l'attente est bien plus pressante qu'il y a dix ans, parce que les premiers progrès sont visibles, et nettement plus rapides depuis 2020-2021\", explique Gérald Moulin.",
         ]),
    _neg("b119-primorskyvestnik-chai-ratusha-neg",
         "Invented; modelled on Одесская жизнь (odessa-life.od.ua) (photo report of a protest, its new Telegram channel asks supporters to join)", "ru", [
             "Нынешнее воскресенье, 3 декабря 2023 года, выдалось в Лиманске холодным и ветреным. Но и это не помешало участникам еженедельной акции «Чай у ратуши». Невзирая на погоду, горожане, которые уже несколько месяцев выступают против дорогостоящих ремонтов и закупок во время войны, вновь пришли к горсовету, чтобы повторить: сейчас бюджетные деньги должны идти на нужды армии.",
             "На акции работал и фотокорреспондент «Приморского вестника», который сделал небольшую фотоподборку.",
             "Дует ледяной ветер, но народ продолжает собираться:",
             "Тем временем рабочие коммунального предприятия взялись очищать фонтан «Рыбаки», который, напомним, несколько дней назад расписал краской местный уличный художник Аркадий Зорин:",
             "Участники акции скандируют: «Спочатку армія!», а также: «Фонтан почекає – гроші на ЗСУ».",
             "Кроме того, активисты сообщили, что открыли Телеграм-канал «Чай біля ратуші». Всех неравнодушных призывают на него подписаться.",
             "Рядом с горсоветом разместили плакаты с перечнем сомнительных трат городских властей, против которых и протестуют собравшиеся:",
         ]),
    _neg("b119-okskykrai-gumpomosch-neg",
         "Invented; modelled on vmo24.ru (Московская область) (regional item on humanitarian aid collected at a charity concert)", "ru", [
             "В Заречинске собрали 700 килограммов гуманитарного груза для пострадавших сёл",
             "Продукты и лекарства для отправки в пострадавшие сёла передали жители Заречинска и гости благотворительного фестиваля «Вместе сильнее»",
             "Фото: ИА \"Окский край\"",
             "В минувшую субботу, 13 августа, в Заречинске состоялся благотворительный фестиваль «Вместе сильнее». Для жителей приграничных сёл, пострадавших от обстрелов, гости фестиваля и горожане собрали около 700 кг гуманитарного груза, сообщает местный сайт zarechinsk-news.example.ru.",
             "Партнёром акции выступил благотворительный фонд «Тёплый дом». Во время фестиваля работали пункты приёма помощи. Гости и жители Заречинска сдали на пункты для отправки 150 литров питьевой воды и 550 килограммов различных вещей: продуктов длительного хранения, постельного белья, лекарств, детских и бытовых товаров. ",
         ]),
    _neg("b119-visnykregioniv-teplovizor-neg",
         "Invented; modelled on Укрінформ (Ukrinform) (villagers' fundraising for army equipment with itemised sums, 'Читайте також' link)", "uk", [
             "Мешканці трьох сіл Приозер'я зібрали понад ₴180 тисяч і купили тепловізор для ЗСУ",
             "Фото",
             "У Приозерній області жителі трьох сіл зібрали понад 180 тисяч гривень і придбали тепловізійний приціл, який уже передали військовим.",
             "Про це в Телеграмі повідомляє Приозерна обласна адміністрація, передає «Вісник Регіонів».",
             "\"Мешканці сіл Лозуватка, Верхня Лозуватка та Глибочок, що належать до Озерянської громади, склали кошти для захисників і купили тепловізор. Прилад коштував 186 тисяч гривень\", - сказано в дописі.",
             "В обладміністрації уточнили, що 120 тисяч гривень зібрали учасники благодійного ярмарку при місцевій школі, 42 тисячі – підприємець із Глибочка; ще 31 тисячу надіслали земляки, які працюють за кордоном.",
             "Придбаний прилад передали одному з підрозділів 73-ї окремої бригади.",
             "Читайте також: Громада Приозер'я від початку року передала військовим 180 рацій",
             "За кошти, що лишилися після покупки, волонтери закупили медикаменти та гігієнічні набори для бійців.",
             "Як повідомлялося, під час благодійного концерту в Озерянську зібрали 24 тисячі гривень на тепловізор для ЗСУ.",
         ]),
    _neg("b119-mistoplus-drony-neg",
         "Invented; modelled on Проскурів плюс (proskurivplus.km.ua) (volunteers' report on drones bought with city donations, thanks to all who donated)", "uk", [
             "Ворогу стане ще гарячіше!",
             "Про це повідомили волонтери ГО “Опора Тилу”, звітуючи про нову партію дронів для Сил оборони. Ідеться про 19 FPV-дронів загальною вартістю близько 380 тисяч гривень, які допомогли зібрати мешканці Зеленодара.",
             "Дрони здатні літати кілька разів, мають посилений акумулятор і обладнані модулем, що захищає їх від ворожих засобів радіоелектронної боротьби (РЕБ). “Це вдалося завдяки спільним зусиллям із нашими друзями та партнерами, — написали волонтери у своєму Телеграм-каналі —ПП “Сигма-Пласт” та його колективу, управлінню освіти Зеленодарської міської ради (школам, ліцеям, садочкам, центрам позашкілля), центру первинної допомоги та лікарням міста, установам обласної ради та всім, хто долучився донатом”.",
             "Найбільшу суму серед шкіл — 24 150 гривень — зібрала Зеленодарська гімназія №3, а найактивнішим виявився 6-А клас. Як зазначила директорка гімназії Ірина Ткачук, підтримувати Збройні Сили для учнів — це не лише обов'язок, а й честь.",
         ]),
]


BATCH119_DOCUMENTS = PROBE99_APPEALS + PROBE99_NEGATIVES
