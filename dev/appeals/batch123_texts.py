"""Batch 123: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

18 documents (7 appeal, 11 negative; UK, RU, DE, FR): our own paraphrases of every document of the
local-only real probe 103 (18 documents). Each keeps the real page's structure (a city-politics
interview with a doubled title line, a standfirst, a section heading, "XX:" question lines and a
cut-off answer ending mid-word; a TV news item with a doubled title and caption, a "Поделиться" button
line and a cut-off last word; an aggregator item with a "Дата:" line, a doubled title, a stock-photo
credit, a source line and a share prompt; a regional paywall cut ending in "..." with a place dateline;
a weekly's editorial with an issue line; a local blog's home page with a tagline, a "✓" feature list
and "•" teaser headlines; a Telegram channel's web mirror with channel name, description and a
feedback bot line, cut mid-word; a photo-caption line; a "Accueil > ... (...)" breadcrumb; an essay
ending in an unfinished sentence; an "[…]" cut) and exactly what the real gold marks: a one-line
"subscribe to <outlet>" line between two interview answers; a one-line "follow our news in a format
that suits you" line under the headline; a one-line "not only read but watch us on Instagram" line
above the source and share lines; a full paywall sentence pair offering a free trial month with the
later monthly price; a two-line "stay informed / enter your e-mail for the newsletter" form at the end
of an editorial (the editorial's own "read local papers" plea stays text); a seven-line newsletter
block with its title, pitch and five "✓" bullet lines (the page's tagline above it stays text); a
one-line "read more on our Dzen page" link line under the channel chrome. Negatives keep what makes
the real ones hard: a school's sponsored charity ride with its sponsors and total; an aggregator
retelling another paper's district-newsletter subscriber numbers; regional newspaper circulation and
e-paper figures (twice); a national fundraising marathon's totals and volunteers' plans to collect
donations (twice, one with the charity president's thanks to donors); a trade-press essay on reader
donations to media; a small monthly describing its own reliance on subscriptions and sales; a
school-supplies charity drive with its sums; a paid charity ride with the mayor and its ticket prices;
a press-union figure on media losing income.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch123` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch123.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 103: appeal documents ----------------------------------------------------------------

_DUMAMISTA_SUB = "Підпишіться на “ДумуМіста”"

_VOSKHOD_FOLLOW = "Получайте наши новости в том виде, который вам удобен"

_SARYARKA_INSTA = "Мы не только пишем, но и показываем — загляните в наш Instagram и подпишитесь"

_OHT_TRIAL = (
    "Testen Sie jetzt vier Wochen lang gratis (danach 8,49 €/Monat) und lesen Sie diesen Beitrag sofort "
    "weiter. Damit öffnen sich Ihnen zugleich sämtliche Artikel auf der Website und in der Tagespost-App."
)

_COURRIER_NEWSLETTER = "\n".join([
    "ne ratez rien !",
    "saisissez votre e-mail et recevez notre lettre d’information",
])

_LOKALFUNKE_NEWSLETTER = "\n".join([
    "Der Lösungs-Newsletter für Lindenfurt",
    "Deine Nachbarschaft, Deine Fragen, Deine Vorschläge: Bleib auf dem Laufenden und gehör zum Kreis!",
    "✓ konstruktiv, unabhängig und sorgfältig geprüft",
    "✓ knapp gehalten und gratis",
    "✓ jeden Donnerstag früh in Deinem Postfach",
    "✓ lesbar, wann immer es Dir passt",
    "✓ zum Mitreden und Mitgestalten – denn Du entscheidest mit!",
])

_MONOKL_DZEN = "продолжение и разборы ищите на dzen.example.com/id/monokl_ministra_7f3a91"


PROBE103_APPEALS = [
    _doc("b123-dumamista-verbytska-interview-middle", "appeal", "middle",
         "Invented; modelled on КиївВлада (city-politics interview, doubled title, one-line subscribe line between answers, cut mid-word)", "uk", [
             "Оксана Вербицька: про блекаути, бюрократію і шкільне харчування",
             "Оксана Вербицька: про блекаути, бюрократію і шкільне харчування",
             "Полтавська міськрада увійшла у 2024 рік із кошторисом, який може не витримати реалій воєнного часу. Фінансове становище громади фахівці називають хитким. Посадовцям доведеться неабияк постаратися, аби тримати його під контролем. Чи підтримає громада малих підприємців, коли чекати нової хвилі внутрішніх переселенців, а також про фронт, освіту і власну справу ДуміМіста розповіла депутатка з фракції “Громадський вибір”, волонтерка й очільниця батьківського комітету Оксана Вербицька.",
             "Ніч, що тривала місяцями",
             "ДМ: Повернімося до минулого року. Яким для вас був перший ранок великої війни?",
             "Оксана Вербицька: Я до кінця сподівалася, що до цього не дійде. Про вибухи дізналася, як і багато хто, від сусідки, яка постукала у двері о 5:10. Вона лише промовила: “Оксано, почалося”.",
             _DUMAMISTA_SUB,
             "ДМ: Чому ви з перших днів почали допомагати саме обласній дитячій лікарні?",
             "Оксана Вербицька: Біда застала кожного по-своєму. 25 лютого о дев’ятій ранку мого онука з високою температурою привезли до обласної дитячої лікарні, у відділення ін",
         ], appeals=[_DUMAMISTA_SUB]),
    _doc("b123-voskhodtv-velozaezd-kruti-dobro-top", "appeal", "top",
         "Invented; modelled on РЕН ТВ (TV news item, follow-our-news line under the headline, doubled title and caption, cut-off end)", "ru", [
             'В казанском велопробеге "Крути добро" проехали дистанцию почти 4 тысячи человек',
             _VOSKHOD_FOLLOW,
             'Заезд прошел под слоганом "Каждый километр — чья-то надежда".',
             'Большой праздник движения и милосердия — в Казани финишировал благотворительный велопробег "Крути добро". Акция с девизом "Каждый километр — чья-то надежда" собирает горожан на набережной уже пятый сезон.',
             "Поделиться",
             'В казанском велопробеге "Крути добро" проехали дистанцию почти 4 тысячи человек',
             'Заезд прошел под слоганом "Каждый километр — чья-то надежда".',
             'Его основная задача — поддержать детей с нарушениями слуха. В этот раз на трассу выехали почти 4 тысячи велосипедистов, среди которых — спортсмены-колясочники, чемпионы по велоспорту, депутаты и известные блогеры. По итогам акции организаторам удалось собрать крупную сумму, которая поступит в фонд "Слышать мир".',
             '"Мне очень радостно сообщить, что мы собрали — официально озвучим позже, — но уже сейчас понятно, что это 18 миллионов рублей за один заезд", — поделилась организатор велопробега Алина Гарифуллина.',
             "Осенний велопробег каждый год поддерживают и зарубежные гос",
         ], appeals=[_VOSKHOD_FOLLOW]),
    _doc("b123-saryarkadigest-shtraf-markirovka-end", "appeal", "end",
         "Invented; modelled on Aqparat.info (news aggregator item, Instagram follow line above source and share lines)", "ru", [
             "Суд оштрафовал издание «Северный репортер» за отсутствие маркировки",
             "Дата: 14 марта 2022 в 11:32",
             "Суд оштрафовал издание «Северный репортер» за отсутствие маркировки",
             "Фотографии с фотобанка Shutterpix",
             "Мировой суд Озерска наложил штраф на издание «Северный репортер» за публикации без обязательной пометки. Об этом пишет агентство «Вестник-Пресс».",
             "В суде пояснили, что протокол составили по жалобе одного из читателей.",
             "11 марта стало известно, что сайт «Озерская правда», а также 14 блогеров, в том числе основатель канала «Онежский свет» Илья Ракитин и редактор сайта Марина Ложкина, получили предупреждения от надзорного ведомства.",
             "Ранее похожие штрафы получили редакции «Озерный край», «Полюс», «Ладожский курьер», «Прибой».",
             "В начале февраля журналисты нескольких региональных редакций направили коллективное письмо депутатам. В нем авторы попросили смягчить требования к маркировке и вернуть аккредитацию своим коллегам.",
             _SARYARKA_INSTA,
             "По материалам сайта vesti-sever.example.org",
             "Расскажите о новости друзьям",
         ], appeals=[_SARYARKA_INSTA]),
    _doc("b123-ostholsteinertagespost-meinungsfreiheit-paywall-end", "appeal", "end",
         "Invented; modelled on Norddeutsche Neueste Nachrichten (regional paywall cut ending in '...', free-trial-month paywall sentences)", "de", [
             "Sie ist das Fundament jeder offenen Gesellschaft und doch erstaunlich zerbrechlich. Wie sicher ist die Meinungsfreiheit im Netz heute noch?",
             "Wendstedt | „Wer die Meinungsfreiheit nur für sich selbst verlangt, hat sie nicht verstanden.“ Der Satz der Publizistin Hedwig Albrandt ist auch vier Jahrzehnte nach seiner Entstehung aktuell geblieben. Mehr noch: In Jahren, in denen Hasskommentare und Drohungen gegen Lokalpolitiker zunehmen und Plattformen ihre Moderation zurückfahren, st...",
             _OHT_TRIAL,
         ], appeals=[_OHT_TRIAL]),
    _doc("b123-petitcourriermontvert-edito-canards-newsletter-end", "appeal", "end",
         "Invented; modelled on Le Petit Bulletin Grenoble (weekly editorial with issue line, two-line newsletter e-mail form at the end)", "fr", [
             "Vive les canards de quartier",
             "Édito du n°742 - jeudi 12 octobre 2017 - Petit Courrier Montvert",
             "« Outre-Manche, les hebdomadaires locaux tombent comme des mouches » : c’est ainsi que titrait en septembre un quotidien économique national, qui rappelait que « si la BBC touche chaque semaine des dizaines de millions de personnes, plus de 300 titres locaux ont cessé de paraître en dix ans ». Ça donne le vertige. Bien sûr, notre paysage n’est pas tout à fait le même (nos collectivités pèsent davantage), mais les difficultés se ressemblent – recettes publicitaires en chute, lecteurs pressés, quête d’un équilibre financier durable…",
             "Notre morale, en cet automne où nous soufflons nos 20 bougies (premier numéro en 1997) : lisez la presse d’ici ! La nôtre, évidemment (ce que vous faites déjà – bravo, et merci), mais aussi celle de nos voisins de la vallée – qui sont nombreux et talentueux. Parce que des rédactions locales costaudes, aussi rigoureuses que les grands titres parisiens et donc en mesure d’interroger sans relâche ce qui se passe près de chez nous, représentent sans doute une bonne partie de la réponse à la crise des médias, à l’heure où l’on est noyé sous un flot de nouvelles – souvent identiques, surtout sur les écrans. Encore faut-il que le public suive. Bref, chacun d’entre nous peut peser un peu sur le cours des choses, ne serait-ce qu’à l’échelle de sa rue !",
             "Bel automne à toutes et à tous.",
             _COURRIER_NEWSLETTER,
         ], appeals=[_COURRIER_NEWSLETTER]),
    _doc("b123-lokalfunkelindenfurt-home-newsletter-top", "appeal", "top",
         "Invented; modelled on Lokalblog Nürnberg (local blog home page, tagline then a newsletter block with a check-mark list, bullet teasers)", "de", [
             "Lokale Geschichten, die Dich tatsächlich betreffen.",
             "Aus der Region, gründlich geprüft, unabhängig, mit Blick auf Lösungen, ohne Werbung und immer im Gespräch mit Dir. Weil Deine Stimme zählt.",
             _LOKALFUNKE_NEWSLETTER,
             "• Warum das Graffiti an der alten Kaserne auch Dich angeht",
             "Plötzlich stand da ein Schriftzug. Quer über die Mauer einer ehemaligen Wehrmachtskaserne. Darf man das? Ist das Kunst oder Sachbeschädigung? Passt das zu so einem Ort? Hat das Ordnungsamt die Buchstaben zu eilig entfernen lassen? Mit den passenden Methoden – und den besseren Gründen? Die nächtliche Aktion eines unbekannten Kollektivs, das sich „Stille Zeugen“ nennt, an der Lindenfurter Mühlbergkaserne in der Nacht von Samstag auf Sonntag (14./15. März 2021) wird in der Stadt heftig debattiert. Doch eigentlich geht es um etwas anderes: Wie vermitteln wir Jugendlichen diesen Abschnitt unserer Vergangenheit?",
             "• Der Stadtwald leidet wie ein Patient ohne Arzt",
             "“Bläääääääd.” Die 12 Kinder im Halbkreis auf der Waldwiese sind sich einig, was sie davon hielten, wenn die Buchen ringsum auf einmal verschwänden. “Hier bauen wir doch immer unsere Hütten”, sagt ein Mädchen in roten Gummistiefeln und grüner Regenjacke. Fangen spielen geht hier prima, Höhlen bauen wie nirgends sonst und rennen. Aber der Lindenfurter Stadtwald leidet massiv unter Trockenheit und Borkenkäfer. Und er wird sich dadurch auch für Dich spürbar wandeln.",
         ], appeals=[_LOKALFUNKE_NEWSLETTER]),
    _doc("b123-monoklministra-tg-esenov-dzen-top", "appeal", "top",
         "Invented; modelled on Очки Токаева (Telegram channel web mirror, channel chrome then a read-more-on-Dzen link line, cut mid-word)", "ru", [
             "Монокль Министра",
             "Внимательно разглядываем решения чиновников через увеличительное стекло. Сопоставляем факты и делимся выводами. Трезвый взгляд на бюджет и кадры региона.",
             "Для связи @monokl_inbox_bot",
             _MONOKL_DZEN,
             "По моим сведениям, работникам областного управления здравоохранения недвусмысленно советуют держаться подальше от бывшего руководителя ведомства Нурлана Есенова. Мол, только так у них остается шанс удержаться в системе и не растерять перспективы. Ведь репутация человека из окружения «провалившегося» начальника, которого сняли со скандалом, а не перевели тихо на другую должность, в нашей бюрократии ставит на карьере жирный крест.",
             "38-летний выпускник зарубежной магистратуры Есенов, пришедший в 2020 году в управление из аппарата городского маслихата, поначалу вызвал у наблюдателей осторожный оптимизм. Вряд ли его назначили только за блестящее резюме. В начале пути Нурлан Маратович возглавлял отдел продаж ТОО «Дала фарм логистик». Эту фирму связывают с предпринимателем Вадимом Остроуховым.",
             "Амбициозный экономист, Есенов успел пос",
         ], appeals=[_MONOKL_DZEN]),
]


# --- Probe 103: negatives -----------------------------------------------------------------------

PROBE103_NEGATIVES = [
    _neg("b123-wochenblattkesselberg-spendenfahrt-hospiz-neg",
         "Invented; modelled on Wochenanzeiger München (school charity run report with sponsors and total, photo caption)", "de", [
             "Gymnasiasten radeln 5.400 Euro ein",
             "Spendenfahrt des Gymnasiums an der Lindenallee für ein Kinderhospiz",
             "Gemeinsam legten die Jugendlichen rund 3.200 Kilometer auf dem Schulhof-Parcours zurück. (Foto: Gymnasium)",
             "Die Spendenfahrt des Gymnasiums an der Lindenallee wurde trotz Nieselregen ein voller Erfolg: Die Jugendlichen waren mit Feuereifer dabei. Gemeinsam legten die Jugendlichen rund 3.200 Kilometer auf dem Schulhof-Parcours zurück. Dank der zugesagten Beträge pro Kilometer kamen so mehr als 5.400 Euro für das Kinderhospiz \"Sternenzelt\" zusammen.",
             "Getragen wurde die Aktion neben Verwandten und Nachbarn der Jugendlichen auch von den Firmen Fahrradwerk Brandl, Steuerbüro Okonkwo & Partner, Bäckerei Hollmann, Druckhaus Seeliger KG und dem Café Eckstein. Außerdem spendeten Lehrkräfte und Eltern privat.",
             "Die Idee zu der Fahrt entstand vor einigen Wochen in der Schülervertretung, die etwas für schwerkranke Kinder in der Region tun wollte und den Vorschlag der Schulleitung und dem Elternbeirat vorgestellt hat. Der Plan wurde überall sofort und mit viel Begeisterung aufgegriffen. Die Jugendlichen dürfen auf diese Summe richtig stolz sein.",
         ]),
    _neg("b123-meinrheinstadt-viertel-newsletter-abonnenten-neg",
         "Invented; modelled on mein-berlin.net (aggregator retelling another paper's district-newsletter subscriber numbers, cut mid-word)", "de", [
             "Stadtweit gelesene Viertel-Newsletter: Altmarkt, Hafenkante, Nordhöhe – Gratis jeden Freitag Neues aus dem Kiez!",
             "Laut einem Beitrag von www.rheinstaedter-rundschau.example,“ haben inzwischen mehr als 142.000 Menschen die neun Viertel-Newsletter der Stadt bestellt. Besonders gefragt sind die Freitagsausgaben aus Altmarkt, Hafenkante und Nordhöhe. Für Altmarkt schreibt Henrike Osterloh über Themen wie den Umbau des Marktplatzes, die neue Buslinie zum Klinikum, Stolperstein-Verlegungen, die Sperrung der Brückenstraße für Autos und den Wechsel der Ortsvorsteherin Petra Langkamp von den Grünen zur Wählergemeinschaft Bürger für Rheinstadt. Von der Hafenkante berichtete Yusuf Demir unter anderem über einen neuen Fischimbiss am Kai und das Lichterfest am Yachthafen. Aus Nordhöhe schreibt Clara Wendt über Dinge wie Kitas ohne Erzieherinnen, eine Sporthalle ohne Dach, Förderung für Nachbarschaftstreffs und den Ehrenamtspreis, der vergeben wurde.",
             "Die Berichte aus den einzelnen Vierteln sind besonders wertvoll, weil sie das Leben vor der Haustür und den Blickwinkel der Anwohnerinnen und Anwohner abbilden. So sind etwa Debatten über neue Buslinien in einzelnen Stadtteilen sehr bedeutsam, weil sie den Alltag und die Wege der Menschen unmittelbar prägen. Genauso wichtig sind Gedenkaktionen und Stadtteilfeste für den Zusammenhalt und das gemeinsame Erinnern in den Quartieren. Außerdem prägen lokalpolitische Veränderungen, etwa wenn eine Ortsvorsteherin die Partei wechselt, das politische Klima und die Beteiligung der Menschen vor Ort.",
             "Die Viertel-Newsletter der Rheinstädter Rundschau sind ein wichtiges Werkzeug, um die Eigenheiten und die Vielfalt der Rheinstädter Quartiere sichtbar zu machen und den Anwoh",
         ]),
    _neg("b123-tagesanker-lokalzeitung-metzger-auflage-neg",
         "Invented; modelled on Die Welt (two-paragraph commentary on regional newspaper circulation and e-papers)", "de", [
             "Die Lokalzeitung ist hierzulande eine verlässliche Nachrichtenquelle gerade in Dörfern, Kleinstädten und mittelgroßen Orten – und hat sich über viele Jahrzehnte ungefähr so bewährt wie der Metzger im Ortskern. Doch Metzgereien wie Zeitungshäuser geraten ins Schlingern, nicht zuletzt wegen teurer Energie und steigender Löhne. Um im Bild zu bleiben – allein 2023 gaben bundesweit rund 610 Fleischereibetriebe auf.",
             "Bei den Zeitungshäusern hingegen ist das von Medienforschern seit langem vorhergesagte Aus für Papier bislang ausgeblieben. Laut einer neuen Übersicht des Verlegerverbands erscheinen noch 287 lokale und regionale Tagesblätter. Gemeinsam kommen sie auf gut 8,4 Millionen verkaufte Exemplare pro Tag. Allerdings zählen in dieser Übersicht auch immer mehr digitale Ausgaben mit, also elektronische Abbilder der Printzeitung, die man etwa auf dem Smartphone oder Tablet lesen kann. Zum Vergleich – vor etwa zwölf Jahren lag die Gesamtauflage dieser Blätter noch bei 12,7 Millionen, digitale Ausgaben nicht eingerechnet.",
         ]),
    _neg("b123-hochschulpresse-lokalblaetter-auflage-neg",
         "Invented; modelled on campusmedia.de (short trade item on regional paper sales and e-paper subscriptions)", "de", [
             "Lokalblätter im Abwärtstrend",
             "Die Regional- und Lokalpresse in Deutschland büßt weiterhin deutlich an Lesern ein. In nahezu allen Bundesländern schrumpfte der Verkauf im zweiten Quartal im Vergleich zum Vorjahr um wenigstens 4 Prozent, wie eine Analyse der Auflagenzahlen durch presseradar.example zeigt. Gegenläufige Zahlen melden lediglich einige Titel in Sachsen sowie vereinzelt in Thüringen und Rheinland-Pfalz. Am stärksten trifft es abermals die Straßenverkaufszeitungen: das Rheinstädter Abendblatt und der Hafenkurier verloren jeweils etwa 13 Prozent. Einzige Ausnahme unter den großen Regionaltiteln bleibe die Nordhöher Allgemeine, die ihre verkaufte Auflage erneut leicht steigern konnte. Den Zuwachs (0,6 Prozent) verdankt das Blatt allerdings allein den kräftig wachsenden Digitalabos.",
         ]),
    _neg("b123-radiocarillon-solidathon-bilan-dons-neg",
         "Invented; modelled on Tonic Radio (local radio report on a national fundraising marathon's totals and volunteers' plans)", "fr", [
             "Le bilan définitif du Solidathon 2022 atteint 41 612 387 euros. Un chiffre remarquable au vu de la vague de froid qui a accompagné l’opération les 9 et 10 décembre derniers, à l’antenne de Radio Horizon et dans des centaines de communes. Portée par la fidélité des donateurs, l’imagination et l’énergie des bénévoles et des entreprises partenaires qui ont multiplié les initiatives locales, cette édition confirme que le Solidathon fait partie du paysage depuis bientôt 25 ans et qu’il sait se réinventer quelles que soient les circonstances.",
             "Un beau score en Haute-Vallée",
             "En Haute-Vallée, le Solidathon 2022 a réuni 4 870 512 € dont 1 133 940 € dans la Sorne. Cette édition a permis de prouver qu’une mobilisation peut changer de visage. Les bénévoles ont imaginé des rendez-vous adaptés au froid. À Montcerf, dans la Sorne, par exemple, ils ont tenu un marché de Noël solidaire (vin chaud, gaufres, pains d’épices, soupes maison, bougies, confitures). Ils ont ainsi pu réunir 3 450 €.",
             "Une prochaine saison déjà sur les rails",
             "Les bénévoles du Solidathon comptent bien renouveler la performance de 2022 lors de l’édition 2023. Les 8 et 9 décembre prochains, l’entraide et la bonne humeur seront encore au rendez-vous. Des projets germent déjà un peu partout en Haute-Vallée, comme dans le nord de la Sorne (71) où les équipes fourmillent d’idées et prévoient un tournoi de pétanque nocturne à Vauclair ou une chaîne de tricot géante à Beaulieu-sur-Sorne afin de collecter des dons.",
         ]),
    _neg("b123-versantest-solidathon-presidente-merci-neg",
         "Invented; modelled on Destimed (breadcrumb, fundraising marathon result with the charity president's thanks to donors, cut-off last word)", "fr", [
             "Accueil > Régions > Versant Est > Solidathon 2022 : Trois millions d’euros collectés en Haute-Vallée-Pays (...)",
             "Le montant définitif du Solidathon 2022 est désormais connu. En dépit du froid et des coupures de courant, près de 41 millions d’euros ont été réunis. Une performance due à la fidélité des donateurs, à l’inventivité et à l’énergie des bénévoles et des entreprises qui, en changeant leurs habitudes, ont organisé des collectes surprises dans tout le pays.",
             "Pour Mathilde Carrasco-Vial, présidente de l’association Solidathon, ce montant traduit l’élan de générosité des habitants et leur fidélité à une cause défendue depuis bientôt 25 ans. « Alors que la vague de froid rendait impossibles, sous leur forme habituelle, 70% des rendez-vous Solidathon, nos bénévoles ont fait preuve d’une imagination formidable pour sauver cette édition. Ils ont par exemple changé les traditionnels lotos organisés dans les gymnases en tirages au sort en ligne. Au total, ils ont réuni plus de 7 millions d’euros, soit près de la moitié de ce qu’ils collectent d’habitude sur place ! »",
             "Une édition que personne n’oubliera",
             "La présidente a aussi un mot « pour toutes celles et tous ceux qui voulaient participer mais n’ont pas pu, et à qui j’offre également ce beau résultat. Je tiens à dire à nos bénévoles #Incroyables combien je suis admirative et à les remercier de tout cœur. Ce merci, je le partage avec les donateurs, plus nombreux que l’an dernier, avec les artistes, en particulier notre marraine Léna Mercadier, avec les partenaires, présentateurs et équipes de Radio Horizon... toutes celles et ceux qui ont permis à ce Solidathon pas comme les autres d’entrer dans l’histoire. »",
             "En",
         ]),
    _neg("b123-lecteursdabord-don-medias-cliches-neg",
         "Invented; modelled on The Audiencers, French edition (trade-press essay on reader donations to media, cut mid-sentence)", "fr", [
             "Le don aux médias : pourquoi lecteurs et rédactions s’y mettent enfin",
             "Pendant des années, on a décrit la contribution volontaire comme un petit bonus, bon pour des titres militants, concurrent direct de l’abonnement et promis à disparaître avec les donateurs âgés. Or en Belgique, comme ailleurs en Europe, elle gagne du terrain : sa part augmente dans les revenus des rédactions anciennes comme des nouvelles venues, et elle séduit des lecteurs de moins de 35 ans.",
             "Qu’est-ce qui retient encore les éditeurs de miser franchement sur le don ? Des préjugés tenaces, d’abord, et trop peu de retours d’expérience. Du Quotidien des Hauts à Bourrasque, en passant par L’Écho Fluvial, Rue Libre ou Passerelle, voici ce que révèlent les chiffres lorsqu’on y regarde de près : un modèle qui convainc les directions, attire de nouveaux publics, et fait vivre une information utile à tous, accessible, et transparente.",
             "Lors des Rencontres Les Lecteurs d’Abord à Lyon, nous nous sommes penchés sur la contribution volontaire avec Atelier Kairos, agence qui accompagne les rédactions vers plus d’autonomie financière, éditoriale et technologique de bout en bout. Au menu : un débat avec Le Quotidien des Hauts, L’Écho Fluvial et Passerelle sur la manière de recruter et fidéliser des donateurs, suivi d’un atelier pendant lequel nous avons présenté nos méthodes de campagne chez Atelier Kairos à partir des exemples de Bourrasque et de Rue Libre",
             "Voici 7 clichés sur le don, passés au crible.",
             "Cliché n°1 : « C’est flou, et ça ne rapporte rien fiscalement ».",
             "Évidemment que non. Si la contribution volontaire a souvent été jugée réservée aux pays de tradition philanthropique, ce n’est plus le cas — et la loi y est pour beaucoup.",
             "Depuis 2016, un dispositif fiscal voté après une longue mobilisation des éditeurs indépendants ouvre aux sociétés de presse d’information générale la possibilité de collecter des dons",
         ]),
    _neg("b123-lefilduplateau-revuedepresse-finances-neg",
         "Invented; modelled on L'Écho des Collines (small associative monthly on the regional press and its own subscription and sales income, cut mid-word)", "fr", [
             "Revue de presse",
             "Pour ouvrir l’année, le quotidien départemental a consacré un dossier à la santé des journaux locaux et Le Fil du Plateau y figure !",
             "La presse de proximité garde nettement l’avantage sur les grands titres nationaux, sans doute parce qu’elle parle de ce que l’on voit chaque jour en bas de chez soi. Pourtant, elle n’est pas épargnée par l’érosion continue de son lectorat. Au tournant des années 2000, elle a traversé une sérieuse remise en cause pour deux raisons : l’essor des chaînes d’information en continu et la concentration des groupes de presse. Dix ans après, elle a subi de plein fouet la montée des réseaux sociaux et de la gratuité en ligne, qui l’ont obligée, encore une fois, à se réinventer pour tenir.",
             "En 40 ans, les quotidiens départementaux sont passés de 140 titres à 47 déclinés en 80 éditions locales, pendant que les hebdomadaires de proximité ont continué à naître et à fidéliser des lecteurs jusqu’au début des années 2000.",
             "Aujourd’hui, petite ou grande, la presse écrite affronte partout les mêmes casse-têtes : faire vivre son journal imprimé tout en développant sa présence en ligne avec des budgets stables, voire en recul.",
             "Chez nous, petit bimestriel du haut plateau porté par une association de bénévoles et un seul salarié, nous affrontons exactement les mêmes défis. Nous composons avec les aides de la commune, quelques partenariats publics via des pages institutionnelles et les modestes rentrées des abonnements et des ventes dans nos fidèles points de dépôt.",
             "La petite structure associative traverse la crise et subit la hausse des prix. L’envie reste intacte mais l’équilibre ne tient qu’à un fil. Notre passage au numérique a été long et semé d’embûches. Pas à pas, le site et sa newsl",
         ]),
    _neg("b123-severnyvestnik-sobery-v-shkolu-summa-neg",
         "Invented; modelled on Хабаровский край сегодня (two-paragraph report on a school-supplies charity drive with sums)", "ru", [
             "Ежегодная благотворительная акция «Собери ребенка в школу» шла в городе с 15 июня по 15 сентября 2019 года. За это время компании, индивидуальные предприниматели и отзывчивые горожане перечисляли средства на отдельный счет, чтобы купить тетради, рюкзаки и спортивную форму. Помимо этого, районные отделы соцзащиты и волонтерские штабы принимали для школьников теплые вещи и обувь.",
             "В итоге на поддержку ребят из малообеспеченных и многодетных семей удалось собрать свыше шести миллионов рублей. Годом ранее сумма составила 5,2 миллиона. К акции присоединились более 90 организаций и предпринимателей, а также почти 200 жителей.",
         ]),
    _neg("b123-severogorskinfo-velozaezd-mer-vznos-neg",
         "Invented; modelled on Newsinfo Тюмень (paid charity race with the mayor, ticket prices, short subheaded sections)", "ru", [
             "Оплатил взнос — и поехал с мэром: в Северогорске прошел благотворительный велозаезд",
             "В Северогорске в рамках фестиваля \"Северное колесо\" прошел благотворительный велозаезд, в котором участвовал мэр города Игорь Сабуров. Чтобы проехать дистанцию рядом с градоначальником, участники оплачивали стартовый взнос от 1500 до 3000 рублей.",
             "Сколько человек проехали дистанцию",
             "На старт вышли почти 90 велосипедистов.",
             "В заезде участвовали чиновники администрации, депутаты гордумы и простые жители.",
             "Сам Сабуров в этот день проехал дистанцию дважды — в сумме больше восьми километров.",
             "На что потратят деньги",
             "Все вырученные средства направят на лечение детей с тяжелыми заболеваниями.",
             "Забота о самых юных",
             "Для юных северогорцев проложили отдельную трассу длиной 300 метров на беговелах. Рядом с малышами ехали и их родители, и заезд превратился в настоящий семейный праздник.",
         ]),
    _neg("b123-stezhka-regionalni-gazety-naklady-neg",
         "Invented; modelled on Стрічка, Черкаси (short news item on media losing income, cut with '[…]')", "uk", [
             "Через війну 70 % регіональних газет скоротили наклади, – Асоціація регіональної преси",
             "Унаслідок повномасштабної війни близько 70% регіональних друкованих видань були змушені скоротити наклади або цілком перейти в онлайн. Про це польській дослідниці Агнешці Вуйцік, яка готує доповідь про стан незалежних медіа в Україні, розповів голова правління Асоціації регіональної преси Богдан Кравчишин. Він також додав, що в прифронтових громадах на Сумщині, Запоріжжі, Донеччині друковані газети фактично не […]",
         ]),
]


BATCH123_DOCUMENTS = PROBE103_APPEALS + PROBE103_NEGATIVES
