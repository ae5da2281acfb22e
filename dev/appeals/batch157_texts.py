"""Batch 157: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

16 documents (5 appeal, 11 negative; UK, DE, FR, RU): our own paraphrases of every document of the
local-only real probe 137 (16 documents). Each keeps the real page's structure line for line: short
Ukrainian city-news items ending in a follow-us line, a headline-and-dateline item whose quoted mayor
runs two sentences together, a video-teaser item, a petition item with a glued word, a Swiss village
weekly's assembly report cut mid-word before its login wall, a trade newsletter's one-paragraph
analysis with run-in subheads cut mid-sentence, a crowdfunding report, a party interview in Q/A
lines cut mid-sentence, a radio site's charity-collection report with quote subheads cut at a
comma, West African solidarity-drive reports (an "Actualités ::" headline ending in "(...)", a body
cut mid-word, a subhead line, a closing cut at a comma), a Russian business-weekly charity feature
with a trailing space, Ukrainian volunteer-fundraising items with a bare Telegram link, a "(ВІДЕО)"
headline and a mayor's quoted request ending in a trailing space.

What the gold marks: a one-sentence "subscribe to our Telegram channel and Facebook page" line at the
end; a two-line "read us on Facebook, Telegram and Instagram" plus slogan pair at the end; a
"subscribe to our Telegram" sentence at the end; a "read us on Telegram:" line glued to its t.me
link at the end; a "register for free or log in to read the rest. Log in here." paywall line after
a cut paragraph. Negatives keep what makes the real ones hard: a trade analysis of newspaper
subscription price rises, a shop's crowdfunding totals and thresholds, a small party's treasurer
interviewed about representation and donated salaries, a national charity collection with the
organisers' wish list, a head of state's solidarity appeal reported with sums, donations handed to a
ministry for displaced people, a trade union's contribution to a national call, a charity fund's
director on raising money through social networks, a concert collection for a military unit with a
regional administration's Telegram link, volunteers buying a vehicle for soldiers, and a mayor
asking residents for help buying vehicles for the front.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text by
/work/s21/check_para.py). The modelled real outlet is noted in each outlet field. Like the earlier
batches each text is taken as it stands and every gold appeal substring is located in it (asserted
unique).
"""


from whole_documents import _doc, _neg


# --- Probe 137: appeal documents ----------------------------------------------------------------

_ZORIA_CHANNEL = (
    "Підписуйтеся на наш Телеграм-канал і фейсбук-сторінку, аби першими дізнаватися про головні "
    "події громади."
)

_MYTTIEVO_FOLLOW = "\n".join([
    "Стежте за нами у Facebook, Telegram та Instagram.",
    "Лише найсвіжіше з міста!",
])

_TYZHDEN_TELEGRAM = "Аби завжди знати головні новини, підписуйтеся на наш Telegram"

_BEREH_TELEGRAM = "Стежте за нами в Телеграмі:https://t.me/Bereh0372news"

_SEEWIL_LOGIN = (
    "Melden Sie sich gratis an oder erstellen Sie ein Konto, damit Sie den ganzen Beitrag lesen "
    "können. Zur Anmeldung."
)


PROBE137_APPEALS = [
    _doc("b157-prykarpatskazoria-dystantsiia-end", "appeal", "end",
         "Invented; modelled on Галичина (city news item, Telegram-and-Facebook follow line at the end)", "uk", [
             "З 3 листопада ліцеї та гімназії громади тимчасово переходять на дистанційне навчання. Про це повідомив міський голова Тарас Вербицький.",
             "«Рішення непросте, але виважене. Очно мали вчитися аж до осінніх канікул, проте сьогодні на засіданні комісії з надзвичайних ситуацій ми вирішили перейти на дистанційку вже з понеділка. Так ми зменшимо кількість хворих серед учнів і вчителів, бо грип цього року лютує», - пояснив Вербицький.",
             _ZORIA_CHANNEL,
         ], appeals=[_ZORIA_CHANNEL]),
    _doc("b157-myttievo-info-den-mista-end", "appeal", "end",
         "Invented; modelled on Бліц-Інфо (headline, dateline, mayor's quote, two-line follow-us block at the end)", "uk", [
             "Як Яснобір відзначатиме свій день народження. Програма свята",
             "14 Вересня 2021, 10:40",
             "15 вересня Яснобір відзначає 418-у річницю від заснування.",
             "Як зазначив міський голова Степан Гаврилюк, громада і цьогоріч не може дозволити собі гучних гулянь, концертів і ярмарків.",
             "\"Проте ми все одно створимо святковий настрій і привітаємо рідне місто та кожного ясноборця. Основна частина програми пройде В МЕРЕЖІ та просто неба Я вестиму прямі ефіри на своїй сторінці у ФБ, у вайбер-спільноті й телеграм-каналі, а ще привітання покажуть місцеві телеканали. Дуже прошу всіх бути обережними, берегти близьких і не забувати про маски\", - звертається міський голова.",
             _MYTTIEVO_FOLLOW,
         ], appeals=[_MYTTIEVO_FOLLOW]),
    _doc("b157-tyzhden-volyn-obmezhennia-end", "appeal", "end",
         "Invented; modelled on 7 днів (short video-teaser item, subscribe-to-our-Telegram sentence at the end)", "uk", [
             "Захворюваність на грип та COVID-19 в Україні стрімко зростає. На жаль, і в Прибузьку ситуація не краща, ніж деінде.",
             "Наші кореспонденти запитали в очільника міста: “Чого чекати далі?”.",
             "Андрій Ковальчук наголосив, що про пом'якшення обмежень наразі навіть не йдеться.",
             "Подробиці — у відеосюжеті.",
             _TYZHDEN_TELEGRAM,
         ], appeals=[_TYZHDEN_TELEGRAM]),
    _doc("b157-bereh0372-petytsiia-kiosky-end", "appeal", "end",
         "Invented; modelled on 0362.ua (petition item, read-us-on-Telegram line glued to its link at the end)", "uk", [
             "Днями мешканка міста Оксана Литвинчук подала електронну петицію на порталі міської ради. Жінка вважає, що старі бляшані кіоски вздовж головного бульвару давно псують вигляд історичного центру і їх варто демонтувати.",
             "Станом на зараз звернення вженабрало потрібну кількість підписів і чекає на відповідь посадовців.",
             _BEREH_TELEGRAM,
         ], appeals=[_BEREH_TELEGRAM]),
    _doc("b157-seewiler-dorfpost-gemeindeversammlung-end", "appeal", "end",
         "Invented; modelled on Zolliker Zumiker Bote (village weekly, report cut mid-word before a free-registration login wall)", "de", [
             "Strahlender Himmel und etwas Gegenwind",
             "Bereits zum zweiten Mal hat Seewil seine Gemeindeversammlung im Freien abgehalten. 97 Stimmberechtigte haben bei drei von vier Geschäften dem Antrag des Gemeinderats zugestimmt. Nur die neue Gebührenordnung für den Bootshafen sorgte für hitzige Voten und wurde schliesslich zurückgewiesen. Am Samstagvormittag versammelte sich die Bevölkerung auf der Spielwiese hinter dem Schulhaus Rebhal",
             _SEEWIL_LOGIN,
         ], appeals=[_SEEWIL_LOGIN]),
]


# --- Probe 137: negatives -------------------------------------------------------------------------

PROBE137_NEGATIVES = [
    _neg("b157-verlagsmonitor-digitalabo-preise-neg",
         "Invented; modelled on pv digest (trade newsletter analysis of subscription price rises, one paragraph with run-in subheads, cut mid-sentence)", "de", [
             "Analyse: Stößt die Preisschraube bei Digitalabos an ihre Grenze?",
             "Auch im Netz wird der Preisaufschlag zum Jahresritual Lange galten Digitalabos als Einstiegsangebot zum Kampfpreis. Inzwischen drehen viele Regionalverlage auch online Jahr für Jahr an der Preisschraube, um die schwindenden Printerlöse wenigstens teilweise auszugleichen. Häufig wächst so der Umsatz aus dem Aboverkauf, obwohl die Zahl zahlender Kunden stagniert oder sogar schrumpft. In etlichen Häusern läuft der jährliche Aufschlag inzwischen fast automatisch. Systematische Analysen der Zahlungsbereitschaft gibt es selten. Meist orientiert man sich schlicht am Aufschlag des Vorjahres und legt noch etwas drauf. Die Schritte fallen dabei tendenziell größer aus. bekanntes Muster: erst Nervosität, dann Aufatmen Zum festen Ablauf gehören warnende Stimmen, die befürchten, 'diesmal' sei die Schmerzgrenze erreicht, die Kundschaft werde sich abwenden, der Bogen sei überspannt; im Klartext: dass die neue Erhöhung erstmals (!) so viele Kündigungen auslöst, dass am Ende weniger Umsatz in der Kasse bleibt als vorher. Ebenso fest dazu gehörte bislang die spätere Entwarnung, dass der Aufschlag 'gegriffen' hat, dass also trotz Kündigungen mehr Geld hereinkam. Wir werten die Preislisten der Branche jedes Frühjahr systematisch aus. Schaut man",
         ]),
    _neg("b157-weserbergland-echo-buchcafe-crowdfunding-neg",
         "Invented; modelled on Lippische Landes-Zeitung (local report on a shop's crowdfunding with thresholds and totals)", "de", [
             "Hollenbrück. Die Gründerinnen des geplanten Buchcafés dürfen sich über reichlich Rückenwind freuen: Über die Plattform \"Funkenflug\" haben Unterstützer insgesamt 28.460 Euro für ihr Vorhaben zugesagt. Mit dem Geld soll das Café im Mai an der Mühlenstraße seine Türen öffnen.",
             "Sechs Wochen lang konnten Interessierte das Buchcafé von Miriam Sander und Jonas Tietz mit einem frei wählbaren Betrag fördern. Dort sollen Gäste künftig bei Kaffee und Kuchen in gebrauchten Büchern stöbern, die sie mitnehmen oder gegen eigene tauschen können. Die Kampagne hatte zwei Stufen. Die erste Schwelle lag bei 25.000 Euro, die zweite bei 45.000 Euro. Wäre die erste Schwelle verfehlt worden, hätten sämtliche Förderer ihren Beitrag zurückerhalten und das Projekt wäre ohne einen Cent dagestanden.",
             "Groß war daher der Jubel, als am Sonntagabend um Mitternacht die Frist endete und 412 Menschen zusammen 28.460 Euro beigesteuert hatten. \"Davon können wir Regale, Theke und Kaffeemaschine komplett bezahlen\", sagt Miriam Sander. Noch ein Vorteil: Das Darlehen, das die beiden für ihr Café bei der Sparkasse aufnehmen, wird spürbar geringer.",
             "Die Umbauarbeiten laufen bereits auf Hochtouren. Der Boden ist abgeschliffen, die Wasserleitungen werden gerade verlegt, ein Schreiner baut die Bücherwände. Jonas Tietz: \"Im Mai soll es losgehen.\"",
         ]),
    _neg("b157-alpenland-dossier-llo-kassierin-interview-neg",
         "Invented; modelled on Tebel-Report (interview with a small party's finance officer in Q/A lines, cut mid-sentence on donated salaries)", "de", [
             "LLÖ: UMVERTEILUNG ALS STAATSAUFGABE – Gespräch mit Brigitte Haslauer, Kassierin der Linken Liste Österreich",
             "Die Linke Liste Österreich gehört zu den traditionsreichsten Kleinparteien des Landes und hat seit 1966 kein Mandat mehr im Nationalrat errungen. Das soll sich bald ändern: Verstärkt durch frühere Köpfe einer Studentenbewegung will die LLÖ unter dem Namen „LLÖ neu“ einen Neustart wagen und in der Sozialpolitik Zeichen setzen.",
             "Mag. Brigitte Haslauer, Kassierin der LLÖ, im Interview mit „Alpenland-Dossier“",
             "Alpenland-Dossier: Wie sieht für Sie ein gerechtes politisches System aus?",
             "Mag. Brigitte Haslauer: Seit Gründung der Republik tritt die LLÖ bei Nationalratswahlen an und bemüht sich um Vertrauen und Stimmen. Wir wollen mit Argumenten und konkreten Vorschlägen überzeugen.",
             "Das Verhältniswahlrecht ist in unserer Verfassung verankert. Das halten wir für richtig, denn nur so haben auch kleine Bewegungen eine Chance auf Vertretung im Parlament. Allerdings gibt es die Sperrklausel von 4 Prozent, die diesen Grundsatz wieder aushöhlt. Wir fordern seit jeher, dass jede Stimme gleich viel zählt. Ein erster Schritt wäre, die Hürde deutlich abzusenken.",
             "Außerdem sind wir fast ausschließlich auf unsere eigenen Kanäle angewiesen. Der öffentlich-rechtliche Rundfunk, für die Meinungsbildung das wichtigste Medium, meint, Politik finde nur im Hohen Haus statt. Deshalb kommen in den Hauptnachrichten nur Parlamentsparteien zu Wort. Im Wahlkampf wurde das noch enger gefasst: Gezeigt wurden fast ausschließlich Parteien mit Klubstatus.",
             "Alpenland-Dossier: Die Gemeinderäte der LLÖ behalten – so steht es im Statut und so hat es etwa Josef Reiter in Steinbruck vorgelebt – nur einen Facharbeiterlohn und geben den Rest ihrer Bezüge",
         ]),
    _neg("b157-radiohexagone-berceaux-solidaires-collecte-neg",
         "Invented; modelled on RMC (radio site report on a national charity collection with the organisers' wish list, cut at a comma)", "fr", [
             "\"Il nous manque surtout des couches et du lait infantile\": la collecte nationale des Berceaux solidaires est lancée",
             "Couches, petits pots, savon doux... Le réseau des Berceaux solidaires organise dès ce samedi et jusqu'à lundi sa grande collecte annuelle, avec l'ambition de réunir de quoi équiper 40.000 nourrissons pendant un mois.",
             "Impossible de les rater si vous passez en caisse ce week-end. Pendant trois jours, 42.000 volontaires seront postés dans 6.500 magasins, le plus souvent à la sortie des grandes surfaces et des pharmacies, pour recueillir des produits pour bébés.",
             "Les dons seront ensuite redistribués à 2.100 maternités, foyers et épiceries sociales qui les remettront aux familles en difficulté. Le but affiché: rassembler environ 900 tonnes de produits, de quoi couvrir les besoins de 40.000 nourrissons. Pour le réseau, ce rendez-vous est vital pour tenir toute l'année.",
             "\"Pour certaines mamans, c'est un vrai soulagement\"",
             "Des lingettes, du liniment… Depuis quatre ans, Karim donne un coup de main à la collecte: \"J'essaie de choisir ce dont les parents ont réellement besoin, pas seulement ce qui est en promotion. Tout le monde peut connaître un passage difficile, alors je sais que ces paquets comptent vraiment pour certaines mamans\".",
             "Pendant trois jours, 42.000 volontaires comme Léonie vont se relayer pour recevoir les dons. Tout est accepté avec gratitude, mais le réseau insiste sur certains articles: \"Il nous manque surtout des couches en grandes tailles et du lait infantile. On reçoit énormément de petits pots sucrés, alors qu'on a peu de produits d'hygiène. Ce sont ces produits-là qu'on met en avant\".",
             "\"Sans cette collecte, on ne tiendrait pas\"",
             "Même si ce week-end ne pèse qu'un cinquième du volume reçu chaque année par le réseau,",
         ]),
    _neg("b157-lekanare-tempete-solidarite-nationale-neg",
         "Invented; modelled on Lefaso.net (\"Actualités ::\" report on a head of state's national solidarity appeal with sums, cut mid-word)", "fr", [
             "Actualités :: SOLIDARITÉ NATIONALE APRÈS LA TEMPÊTE : Près de 800 millions de F CFA réunis en (...)",
             "Au lendemain de la violente tempête qui a frappé la capitale le 14 août 2011, le chef de l'État a lancé un appel à la générosité de tous pour secourir les quelque 92 000 sinistrés. La cérémonie de lancement s'est tenue le 19 août dans la salle des banquets du Palais des congrès. En moins de trois heures, les promesses et versements ont dépassé 790 millions de FCFA. Les contributions sont collectées au Palais des congrès jusqu'au 26 août, puis à la direction de l'ANSEC. En province, ce sont les hauts-commissariats qui centralisent les dons.",
             "Le pays entier répond présent. 9h30. Le chef de l'État pénètre dans la salle. L'assistance se lève d'un bloc. Accompagnée par l'orchestre de la Police nationale, elle reprend l'hymne national. Premier moment fort. Ensuite, le ministre d'État, Ousmane Kaboré, au nom du président (présent dans la salle), expose le sens de l'appel. Il rappelle que près d'un habitant sur huit de la capitale a été touché, soit 92 000 personnes. Toitures arrachées, écoles effondrées, forages ensablés, marchés dévastés : le vent n'a rien épargné sur son passage. Le désarroi des familles se mêle à la détresse, comme l'illustre cette veuve (évoquée par le ministre d'État) qui a confié que « le ciel m'a tout pris en une nuit. Où vais-je dormir ? ». Ces mots résument à eux seuls la tragédie.",
             "Voilà pourquoi le président a lancé cet élan de solidarité. D'après le ministre d'État, il faudrait 4,5 milliards de FCFA pour prendre en charge les sinistrés pendant deux mois sur les sites d'accueil et pour la reconst",
         ]),
    _neg("b157-kadiinfo-dons-deplaces-ministere-neg",
         "Invented; modelled on Mousso News (report on donations handed to a ministry for displaced people, subhead line, cut at a comma)", "fr", [
             "Élan de solidarité : 41 750 000 Franc CFA pour soutenir les déplacés internes et les ménages vulnérables",
             "Le ministre de la solidarité nationale a réceptionné plusieurs dons ce mardi 21 avril 2020. Ces contributions viennent renforcer l'action de l'État en faveur des familles déplacées.",
             "Riz, maïs, couvertures, moustiquaires, seaux, lait, sont notamment les dons en nature remis par ces bienfaiteurs, d'une valeur estimée à près de 19 250 000 Franc CFA. S'y ajoute un chèque de 22 500 000 franc CFA. La démarche est portée par des associations de commerçants, des ordres professionnels et des groupements de femmes. Les élèves des lycées de la capitale ont eux aussi apporté leur pierre à l'édifice sous le regard du représentant de la CEDEAO. « Cette crise sécuritaire pèse lourdement sur l'économie, mais aussi sur la cohésion sociale, l'éducation et la santé des populations », a souligné Adama Tiendrébéogo, représentant résident de la CEDEAO. Il a renouvelé le soutien de son institution au gouvernement, à la population et en particulier aux familles chassées de leurs villages. L'association des épouses de diplomates ainsi que celle de l'UNICEF ont également pris part à cette chaîne de solidarité. Elles ont remis respectivement 6 000 000 (nature et espèce) et 950 000 en espèce.",
             "La voix des guides religieux entendue",
             "‘’c'est à la suite de l'invitation du Naaba Kiiba, appelant toutes les communautés à une journée de jeûne et de prière le 3 février 2020, que les fidèles ont réuni 845 000 Franc CFA (en nature). Ce montant a servi à acheter des céréales pour les familles déplacées’’ précise Salam Ouédraogo, chef de Wend-Panga,",
         ]),
    _neg("b157-eveildusahel-transporteurs-don-deplaces-neg",
         "Invented; modelled on Le Réveil Africain (report on a trade union's donation answering a national call)", "fr", [
             "Sahel-Centre: Soutien aux déplacés/ les transporteurs routiers remettent 6 millions de FCFA",
             "Les transporteurs routiers ne sont pas restés en marge de la mobilisation nationale contre l'insécurité. 6 millions de francs CFA, c'est la valeur totale du don remis ce jeudi 15 juin au ministère de la solidarité par l'union des chauffeurs et transporteurs routiers (UCTR).",
             "Ce don est l'aboutissement d'un partenariat entre les transporteurs et le ministère des transports, qui ont répondu à l'appel à la mobilisation générale lancé par le chef de l'État.",
             "Constitué d'une trentaine de bâches, de jerricans et d'un chèque, ce geste doit profiter aux familles déplacées internes, afin d'améliorer un tant soit peu leur quotidien. Il vise surtout à couvrir les besoins en abris sur les sites d'hébergement, pour les protéger des intempéries, a expliqué Issouf Bikienga, président de l'UCTR.",
             "Des propos auxquels fait écho le ministre des transports, Hamidou Zerbo, pour qui ce geste contribuera à adoucir le quotidien des familles déplacées.",
             "« Avec l'hivernage qui approche, l'abri reste une priorité pour les familles déplacées internes. Et ce que nous offrons doit correspondre à ce dont elles ont réellement besoin. Il faut, autant que possible, que chaque don réponde à une attente précise sur le terrain », a-t-il déclaré.",
             "Pour sa part, la ministre de la solidarité a tenu à remercier chaleureusement les généreux donateurs.",
         ]),
    _neg("b157-delovoy-irtysh-fond-ryadom55-neg",
         "Invented; modelled on Деловой квартал (business-weekly feature on a charity fund raising money through social networks)", "ru", [
             "Как собрать миллионы на реабилитацию детей через интернет",
             "Благотворительный фонд «Рядом55» появился около полутора лет назад благодаря волонтёрам из соцсетей.",
             "Фонд помогает семьям, которые, казалось бы, уже исчерпали все возможности, — детям с редкими генетическими болезнями и тяжёлыми травмами, — находить тех, кто готов их поддержать. По словам директора фонда Валентины Серовой, суммы на лечение могли бы быть ещё больше: желающих помогать, включая предпринимателей, становится всё больше. ",
             "Фонд у нас совсем юный — ему всего полтора года. Но его создатели — обычные люди, которым не всё равно, — задолго до этого несколько лет бесплатно помогали тем, кто в беде. У каждого свой путь. Меня в благотворительность, а точнее в добровольчество, привела история девочки из Казахстана. Пять лет назад сын завёл мне страницу в «Одноклассниках», и буквально в тот же вечер я наткнулась на сообщество этой малышки. Ей тогда было восемь месяцев, и она с рождения боролась с тяжёлым пороком сердца.",
         ]),
    _neg("b157-step24-kontsert-heneratory-neg",
         "Invented; modelled on Kirovograd24 (concert collection for a military unit, bare regional-administration Telegram link)", "uk", [
             "У Новопільську під час благодійного концерту «Весняні струни», на якому виступили хорові, інструментальні та танцювальні ансамблі, збирали гроші на генератор для 63-ї окремої механізованої бригади, якій громада вже передала пікап у березні 2023 року. У лютому бійці звернулися з новим проханням. Упродовж шести тижнів до збору долучилися десятки небайдужих.",
             "За вечір вдалося зібрати 31 450 гривень. З них 28 000 грн піде на генератор, а 3 450 грн отримають волонтерки, які плетуть маскувальні сітки.",
             "https://t.me/novopilska_hromada/40517",
         ]),
    _neg("b157-lisove-today-mikroavtobus-volontery-neg",
         "Invented; modelled on Zhitomir.today (\"(ВІДЕО)\" item on volunteers buying a vehicle for soldiers, quoted volunteer)", "uk", [
             "На Поліссі волонтери купили для захисників 44-ї бригади мікроавтобус (ВІДЕО)",
             "Волонтери з містечка Ясногірськ, що на Поліссі, придбали мікроавтобус для бійців 44-ї окремої бригади з Лісового, які зараз несуть службу в зоні АТО,– інформує «Канал 12».",
             "Місцеві фермери купили бус уживаний, зате на ходу. Про те, що такий транспорт потрібен, у Ясногірську почули від самих військових. Гроші знайшли протягом тижня. Далі машину відремонтували й перефарбували в захисний колір. Усю роботу безоплатно виконали механіки СТО з обласного центру.",
             "Окрім буса, волонтери закупили медикаменти та теплі речі для хлопців. Вже наступного тижня машину на передову відвезуть активісти місцевого Автомайдану.",
             "«Там зараз гатять з мінометів, техніка постійно ламається, от ми й намагаємось, аби хлопцям було на чому пересуватися, бо вони кажуть, що навіть по якусь довідку чи в штаб доводиться їхати на КрАЗі чи на БТРі, а так буде хоч якась підмога»,– розповідає волонтер Петро Гнатюк.",
         ]),
    _neg("b157-radio-khvylia-vysadka-derev-neg",
         "Invented; modelled on Радіо Трек (mayor invites residents to a clean-up and asks for help buying vehicles for the front)", "uk", [
             "«Саджатимемо разом»: мешканців Озерянська запрошують на висадку дерев (ВІДЕО)",
             "У місті наводитимуть лад перед святом",
             "Незважаючи на війну, Озерянськ готується зустріти весну чистим і зеленим. Цієї суботи в місті відбудеться висадка дерев.",
             "Про це розповів міський голова Озерянська Віктор Литвин.",
             "Закликаю всіх у суботу вийти на вулиці. Висаджуватимемо липи й клени, запрошую приєднатися і переселенців, які тепер живуть у нашому місті, – сказав міський голова.",
             "Також Віктор Литвин нагадав, що Озерянськ і далі передає на фронт транспорт для наших військових.",
             "Якщо хтось може допомогти з купівлею позашляховиків чи квадроциклів для хлопців, звертайтеся до мене напряму, – наголосив Віктор Литвин. ",
         ]),
]


BATCH157_DOCUMENTS = PROBE137_APPEALS + PROBE137_NEGATIVES
