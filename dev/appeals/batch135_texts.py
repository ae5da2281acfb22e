"""Batch 135: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

16 documents (5 appeal, 11 negative; DE, FR, RU, UK): our own paraphrases of every document of the
local-only real probe 115 (16 documents). Each keeps the real page's structure (a headline and a
one-paragraph lead, a headline with a photo caption repeated twice and a dateline paragraph cut off
without its full stop, a doubled headline, a radio item closing on a "learn more about" line, a
two-line section head and subhead over a photo-credit line, a blog note with an "Update:" line, a
school-run report with a doubled headline, a sentence broken over two lines and an "{image}" marker,
a charity report with a colon heading, a two-paragraph village report, a short item with a
subheading, a how-to guide with a doubled title, numbered subheads and a line broken inside an
organisation's name, news items with repeated "Фото:" credit lines, and cut-off endings mid-word) and
exactly what the real gold marks: a one-line subscribers-only notice closing a cut sports lead; a
print-login and voucher-code form message block ending in a free-trial offer after a cut paragraph;
a whole-page donation appeal of a small union paper (quoting another paper's praise, cut mid-sentence);
a "learn more about the station" line with an English "sign up for new posts by email" line; a
"our news channels, subscribe" two-line block under an economy item. Negatives keep what makes the
real ones hard: a Christmas-market proceeds hand-over with sums and a mayor's thanks for donations, a
blog note on newspapers raising subscription and kiosk prices with their quoted letters to readers,
a school sponsored run for a children's charity with cheque sums, a report on a rare-disease charity's
missions and a children's fundraising evening, a village charity day with totals, an online kitty for a
bereaved family with sums and donor counts, a guide on how associations may collect donations, a prize
car drawn among donors to a volunteer drive, children raising money for the army, a charity ride
raising money for soldiers, and residents' collection for fire victims.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch135` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch135.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 115: appeal documents ----------------------------------------------------------------

_RHEINBRUECKER_WALL = "Für die vollständige Lektüre dieses Beitrags ist ein Abonnement nötig."

_LAENDLE_FORM = "\n".join([
    "Zum Ausdrucken des kompletten Beitrags loggen Sie sich bitte ein.",
    "Tragen Sie hier bitte Ihren",
    "Aktionscode ein.",
    "Der angegebene Aktionscode",
    "wurde leider nicht erkannt.",
    "Bitte probieren Sie es noch einmal.",
    "Lernen Sie die LR in bester Qualität kennen und",
    "lesen Sie jetzt 21 Tage gratis.",
])

_WERKBANK_SPENDE = "\n".join([
    "Spendenbitte für die Werkbank",
    "Liebe Leserinnen und Leser der Werkbank,",
    "wer dieser Tage die Medienseiten durchblättert, liest viel vom Niedergang der linken Presse. Am 14. Oktober 2023 hat sich die Wochenpost ausführlich mit dem Thema befasst. Unter anderem stand dort:",
    "„Für die alternative Publizistik sind das düstere Monate. Erst kürzlich wurde publik, dass das Magazin Zeitraffer und auch das Satireheft Pfeffer um ihr Überleben ringen und dringend Tausende neue Abonnements bräuchten. […] Kaum jemand hat dagegen bemerkt, dass die Quartalsschrift Kontra ihre Druckfassung eingestellt hat. Ende Juli kam das letzte Heft des Ökonomieblatts heraus, das eine echte Nische besetzte. […] Immerhin halten sich noch kleine Titel wie die Werkbank, die aus linker Perspektive kenntnisreich und gründlich über Betriebe, Tarifkämpfe und Gewerkschaften schreibt.“",
    "Dieses Kompliment hat uns selbstverständlich gefreut, nur steht die Werkbank finanziell keineswegs stabiler da als die genannten Blätter. Zugegeben: Die Zahl unserer Abos wächst (langsam), und nach den mageren Pandemiejahren sind wir 2023 wieder viel öfter auf Betriebsrätekonferenzen, linken Verlagsmessen und eigenen Diskussionsabenden zu sehen",
    "Trotzdem: Vieles bleibt liegen, das wir längst anpacken möchten. Manches Vorhaben – zum Beispiel unsere lange angekündigte Umfrage unter der Leserschaft – schieben wir von Monat zu Monat. Honorare für Texte oder Fotos, wie sie anderswo selbstverständlich sind, können wir – ausgerechnet als Blatt der Gewerkschaftsbewegung! – nicht bezahlen. Uns fehlen schlicht Stunden und Euros. Die Werkbank wird nach wie vor von unbezahlter Arbeit und viel Idealismus getragen. Die Not, die jetzt die linke Presse insgesamt erfasst, ist uns seit Jahren vertraut.",
    "Am meisten hilft uns deshalb: abonnieren, abonnieren, abonnieren. Doch bevor ihr, liebe Leute, gleich ein zweites oder drittes Werkbank-Abo abschließt (kein Witz, das kommt vor!), sind wir auch für jede Geldzuwendung dankbar, schlicht gesagt: für eure Spende.",
    "So könnten wir nicht bloß",
])

_SAHEL_EMAIL = "\n".join([
    "En savoir plus sur Radio Télévision du Sahel Oriental",
    "Sign up to receive our newest posts by email.",
])

_DELOVESTNIK_CHANNELS = "\n".join([
    "Наши каналы с новостями",
    "Подписывайтесь, чтобы первыми узнавать главные события и новости за день.",
])


PROBE115_APPEALS = [
    _doc("b135-rheinbrueckertagblatt-training-kaelte-end", "appeal", "end",
         "Invented; modelled on Basler Zeitung (bazonline.ch) (headline, one-paragraph sports lead, one-line subscribers-only notice at the end)", "de", [
             "Nur ein Husarenstück hilft noch am Polarkreis",
             "Wie in der Tiefkühltruhe: Minus 11 Grad meldete die Anzeigetafel beim Schlusstraining am Montagabend, weshalb etliche Profis mit Halstüchern bis über die Nase übten. Torhütertrainer Beat Hofstetter dagegen stand wie gewohnt in kurzen Hosen am Pfosten.",
             _RHEINBRUECKER_WALL,
         ], appeals=[_RHEINBRUECKER_WALL]),
    _doc("b135-laendlerundschau-graz-wahl-end", "appeal", "end",
         "Invented; modelled on Vorarlberger Nachrichten (vn.at) (headline, doubled photo caption, cut paragraph, print-login and voucher-code form messages with a free-trial offer)", "de", [
             "Rote und Pinke wollen in Graz um den Bürgermeistersessel kämpfen",
             "Anna Berger tritt für die Neos als Spitzenkandidatin in Graz an. APA",
             "Anna Berger tritt für die Neos als Spitzenkandidatin in Graz an. APA",
             "GRAZ Die steirische Hauptstadt hat sich im vergangenen Jahrzehnt deutlich nach links bewegt. Jedenfalls an der Urne: Bei Landtags- und Europawahlen lag die KPÖ in der Murmetropole mehrmals ganz vorne.",
             "Danach folgte der Spesenskandal. Und in zwei Wochen wählen die Grazerinnen und Grazer ihren Gemeinderat neu",
             _LAENDLE_FORM,
         ], appeals=[_LAENDLE_FORM]),
    _doc("b135-werkbank-spendenaufruf-top", "appeal", "top",
         "Invented; modelled on express – Zeitung für sozialistische Betriebs- und Gewerkschaftsarbeit (express-afp.info) (whole page is the paper's own donation appeal, quoting another paper's praise, cut mid-sentence)", "de", [
             _WERKBANK_SPENDE,
         ], appeals=[_WERKBANK_SPENDE]),
    _doc("b135-radiosahel-fadayamba-fete-end", "appeal", "end",
         "Invented; modelled on Radiodiffusion Télévision du Burkina (RTB) (one-paragraph radio item, 'en savoir plus' line and English email-subscription line at the end)", "fr", [
             "À l’occasion du 62e anniversaire de l’indépendance, la commune de Fada-Yamba a changé de visage grâce à une série de nouveaux équipements publics. Le préfet de la région de l’Est, Hamidou Sawadogo, interrogé ce midi par Rosine Kaboré, détaille les temps forts de la célébration.",
             _SAHEL_EMAIL,
         ], appeals=[_SAHEL_EMAIL]),
    _doc("b135-delovoivestnik-cement-pereval-end", "appeal", "end",
         "Invented; modelled on Финобзор (finobzor.ru) (doubled headline, one economy paragraph, 'our news channels, subscribe' block at the end)", "ru", [
             "Из-за закрытия перевала Северный край вынужден везти цемент морем",
             "Из-за закрытия перевала Северный край вынужден везти цемент морем",
             "Перекрытие Каменного перевала заставляет строительные компании Северного края завозить цемент по морю. Теперь это признают не только аналитики, но и губернатор края. Первые последствия уже видны. Комбинат «Стройгранит» попросил помощи у соседней области. За время перекрытия предприятие недополучило больше двух миллионов рублей выручки.",
             _DELOVESTNIK_CHANNELS,
         ], appeals=[_DELOVESTNIK_CHANNELS]),
]


# --- Probe 115: negative documents --------------------------------------------------------------

PROBE115_NEGATIVES = [
    _neg("b135-ammerseebote-adventsmarkt-erloes-neg",
         "Invented; modelled on Kurier Dachau (section head, subhead, photo-credit line, report on a Christmas market's proceeds handed out with sums and a mayor's thanks for donations)", "de", [
             "Spendenübergabe",
             "Adventsmarkt Kleinbergheim",
             "Überreichung der Schecks im Rathaus. (Foto: Lena Obermaier)",
             "Auch der 20. Kleinbergheimer Adventsmarkt im letzten Dezember war wieder ein voller Erfolg. Neben einer stimmungsvollen Einstimmung auf die Feiertage mit Glühwein, Musik und Kinderprogramm brachte der Jubiläumsmarkt ein beachtliches Ergebnis. Was die Standbetreiber am Markt einnehmen, fließt traditionell in den Sozialtopf der Gemeinde für Menschen in Notlagen sowie an Vereine und Initiativen im Ort.",
             "Bereits kurz vor Weihnachten konnten aus dem Markterlös 1.280 Euro an bedürftige Familien weitergegeben werden. Nun werden weitere 4.712,60 Euro verteilt. Dass die Summe so hoch ausfällt, liegt auch am Posaunenchor Kleinbergheim, der bei seinem Weihnachtskonzert im Dezember 2018 eigens für den Sozialtopf gesammelt hatte. »Wenn wir die Schecks überreichen, ist das für mich jedes Jahr ein besonderer Moment. Mich beeindruckt, wie viele im Ort beim Adventsmarkt mitmachen, damit anderen geholfen wird. Diesmal freue ich mich besonders, dass der Seniorentreff und der Besuchsdienst Kleinbergheim etwas bekommen«, sagte Bürgermeisterin Renate Huber.",
             "Huber dankte zudem dem Posaunenchor, der Kreissparkasse, der Raiffeisenbank Kleinbergheim sowie allen Standbetreibern und Künstlern für ihre Spenden. Ein großes Dankeschön richtete sie auch an die vielen Helferinnen und Helfer, die den Markt planen, die Buden aufstellen und wieder abbauen und den Tag gestalten.",
         ]),
    _neg("b135-medienstammtischgoerlitz-abopreise-neg",
         "Invented; modelled on Presseclub Dresden (blog) (media blog note on papers raising subscription and kiosk prices, quoting their letters to readers, with an 'Update:' line)", "de", [
             "Der „Elbtal-Anzeiger“ verlangt ab 1. September für sein Monatsabo 1,20 Euro mehr. Die Einzelausgabe am Kiosk kostet dann montags bis donnerstags 1,30 Euro, freitags und samstags 1,40 Euro. In einer kurzen Notiz der heutigen Druckausgabe unter der Überschrift „Liebe Abonnenten“ steht, dass wer schon für ein Vierteljahr oder zwölf Monate im Voraus gezahlt hat, vorerst den bisherigen Preis behält.",
             "Als Grund nennt der „EA“: „Sehr geehrte Leserinnen und Leser, seit Anfang 2010 ist Zeitungspapier für den Druck des Elbtal-Anzeigers um acht Prozent teurer geworden, und ein Ende ist nicht abzusehen. Zudem sind die Energiekosten erneut gestiegen.“",
             "Schon in den zwei vergangenen Jahren war der Preis jeweils im September um 1 Euro angehoben worden. Auch diesmal gibt es eine Servicenummer für Rückfragen: 01805-417 417.",
             "Nachtrag: Ebenfalls teurer wird das „Bautzener Morgenblatt“ (eine Tochter des „Lausitzer Kuriers“), das meldet das Blatt am heutigen 24. August. Die Einzelnummer kostet vom 1. September an 0,95 Euro statt 0,85 Euro, das Monatsabo klettert auf 20,40 Euro. Die Begründung des „BM“ fällt ganz ähnlich aus: „Sehr geehrte Leserinnen und Leser, weil Steuern und Gebühren, Energie, Löhne, Druck und Zustellung stetig teurer werden, kommen wir um eine Anpassung unseres Bezugspreises leider nicht herum.“",
         ]),
    _neg("b135-heidkamplokal-spendenlauf-grundschule-neg",
         "Invented; modelled on harburg-aktuell.de (doubled headline around a photo caption, a sentence broken over two lines, '{image}' marker, school sponsored run for a children's charity with cheque sums)", "de", [
             "Spendenlauf der Grundschule Heidkamp: Kinder sammeln 9.000 Euro",
             "Freude an der Grundschule Heidkamp: Im Beisein aller Klassensprecherinnen und Klassensprecher überreichte Rektorin Anke Thielmann am Mittwoch den Scheck über 4500 Euro an Vereinsvorsitzenden Bernd Kolbeck. Foto: Jana Petersen",
             "Spendenlauf der Grundschule Heidkamp: Kinder sammeln 9.000 Euro",
             "Heidkamp - Gelungener Auftakt an der Grundschule Heidkamp: Erstmals hat die Schule an der Lindenallee",
             "einen Spendenlauf auf die Beine gestellt. Und schon beim Debüt kamen die gut 300 Kinder der Schule auf stolze 9.000 Euro.",
             'Insgesamt 14 Klassen drehten auf der 300 Meter langen Bahn ihre Runden. Für jede Runde zahlten Sponsoren, die sich die Kinder vorher selbst gesucht hatten, einen festen Betrag. "Auf dieses Ergebnis können Kinder, Kollegium und alle Helfer wirklich stolz sein", sagte Rektorin Anke Thielmann am Mittwoch im Gespräch mit heidkamp-lokal.',
             "{image}Eine Hälfte des Geldes geht an den Förderverein der Schule, der davon unter anderem neue Spielgeräte für den Pausenhof anschaffen will, die andere Hälfte erhält der Verein Regenbogenhaus, der schwer kranke Kinder in Lüneburg betreut.",
             'Im Beisein der Klassensprecherinnen und Klassensprecher übergab Anke Thielmann am Mittwoch den Scheck über 4500 Euro an Bernd Kolbeck, den Vorsitzenden des Trägervereins. "Für unsere Arbeit ist das eine enorme Unterstützung. Was die Kinder da zusammengelaufen haben, ist großartig", sagte Kolbeck und ergänzte: "Mit dem Geld können wir noch mehr Familien begleiten."',
             "Das Regenbogenhaus steht Familien mit schwer kranken Kindern über lange Zeit zur Seite und gibt Eltern und Geschwistern in Entlastungswochen Gelegenheit zum Durchatmen. (jp)",
         ]),
    _neg("b135-infosaoneval-elanmaladiesrares-soirees-neg",
         "Invented; modelled on Info-Chalon (colon heading, report on a rare-disease charity's missions and children's fundraising sales evenings, cut mid-word)", "fr", [
             "Élan Maladies Rares, son rôle et ses objectifs :",
             "Depuis plus de trente ans, Élan Maladies Rares se bat pour les droits des patients, pour une meilleure inclusion des personnes handicapées et pour la reconnaissance des pathologies orphelines.",
             "Recherche de pointe, accompagnement médical et social, nouvelles technologies : l’association fait figure de précurseur pour soigner et faciliter la vie des familles. Son action repose sur trois piliers : Soigner, Accompagner, Informer.",
             "Comme beaucoup d’habitants, les équipes des centres sociaux, des clubs, de la mairie et d’autres structures se sentent concernées par ce combat qui réunit des familles dont les enfants sont frappés par ces pathologies rares, longtemps privées du moindre budget de recherche, alors qu’il s’agissait non seulement de guérir mais tout simplement de permettre de vivre !",
             "La responsable du centre social de Saint-Aubin-sur-Loue Sandrine Morel, l’équipe d’animation, le coordinateur de l’accueil périscolaire Julien Faivre, avec l’appui de la municipalité, se sont mobilisés pour cette cause avec les écoliers pendant les ateliers du soir et les jeunes du Foyer des Tilleuls (FDT).",
             "Les écoliers ont participé à des défis sportifs et fabriqué des pochettes de bonbons et des objets décorés, proposés aux familles et au public lors de deux soirées de vente.",
             "Le premier rendez-vous s’est tenu au Préau le lundi ; le maire Patrick Lenoir et plusieurs élus sont passés encourager les bénévoles et les enfants, une démarche que le maire a tenu à féliciter.",
             "Odile Renaud, représentante d’Élan Maladies Rares, a elle aussi remercié petits et grands pour leur engagement.",
             "À l’école des Tilleuls le vendredi, les jeunes du FDT tenaient en plus un stand de gaufres préparées avec leurs animat",
         ]),
    _neg("b135-isulaactu-marathonducoeur-village-neg",
         "Invented; modelled on Corse Net Infos (two-paragraph village charity-day report with totals and thanks for donations, cut mid-word)", "fr", [
             "Bien plus qu’un Marathon du Cœur, ce samedi a été une vraie fête de village, chaleureuse et solidaire, qui a réuni les habitants de Sant’Andria et des communes voisines ! Un immense merci pour votre générosité ! Grâce aux dons des habitants, des commerçants et de tous ceux qui ont mis la main à la pâte, la commune de Sant’Andria reverse 2 870€ au Marathon du Cœur.",
             "Jeudi, les écoliers ont couru un relais sous un vent à décorner les bœufs ! Bravo à eux et à leurs maîtresses, ils ont rapporté 295€ grâce aux tickets vendus. Le samedi, sous un ciel sans nuage, les bénévoles du Marathon et du comité des fêtes « A Festa » ont tenu des stands du matin au soir pour proposer des châtaignes grillées et des beignets préparés par les familles. Les sapeurs-pompiers ont installé une échelle pour des baptêmes en hauteur sur la place et proposé une démonstration de secourisme toute la matinée, avant de clore la journée par un dîner dansant à leur centre de secours ! Au déjeuner, chacun s’est régalé de saucisses et de lonzu grillés sur la place, avec un verre de muscat. L’après-midi, le tournoi de pétanque a fait le plein avec 42 joueurs, qui ont gagné des caisses de vin offertes par le clos Marchetti. Les bénévoles ont aussi proposé des billets de loterie tout au long de la journée ainsi qu’un jeu pour estimer le poids d’une corbeille de produits locaux qui pesait 14 kilos ! Le grand défi du jour : couvrir le mur de la mairie de cartes et de dessins adressés aux enfants hospitalisés, mission accomplie grâce à l’imagination des petits comme des grands ! Lundi 16 décembre les collégiens de Sant’Andria ont eux aussi organisé un cross solid",
         ]),
    _neg("b135-radiorhonealpes-cagnotte-famille-neg",
         "Invented; modelled on Radio Scoop (subheading, short item on a family tragedy with an online kitty's sums and donor count)", "fr", [
             "Aide psychologique et matérielle",
             "Le père et la mère avaient été hospitalisés, puis ont pu rentrer. Les deux aînés, âgés de 6 et 11 ans, ont été suivis par des psychologues et confiés à leur tante.",
             "Un dispositif d’écoute a aussi été installé à l’école des Platanes, que fréquentaient les deux petites victimes. Une psychologue, une assistante sociale et l’infirmière scolaire restent sur place jusqu’à lundi pour épauler les élèves.",
             "Dès le lendemain de l’incendie, une cagnotte en ligne a été ouverte pour aider la famille.",
             "Environ 12 500 euros ont déjà été rassemblés. Près de 300 donateurs y avaient contribué ce samedi midi.",
         ]),
    _neg("b135-foyerpratique-collecte-association-neg",
         "Invented; modelled on Dossier Familial (doubled title, photo-credit line, numbered subheads, a line broken inside an organisation's name, guide on collecting donations for an association, cut off)", "fr", [
             "Organiser une collecte pour son association",
             "Organiser une collecte pour son association",
             "Une association qui reçoit des dons doit rendre compte de l’usage des fonds récoltés. - © Lefort",
             "Faire appel à la générosité du public demeure vital pour beaucoup d’associations. Encore faut-il bien préparer ses opérations de collecte pour rester dans les clous.",
             "1° Effectuer les démarches préalables",
             "Une campagne de dons doit servir un objectif d’intérêt général : recherche, action sociale, aide aux familles, humanitaire, éducation, sport, culture ou protection de la nature. Elle doit en outre être déclarée à la préfecture du département du siège de l’association. Une seule déclaration par an, indiquant l’objet de la structure et le but de la collecte, vaut pour toutes les campagnes de l’année.",
             "« Beaucoup l’oublient, et c’est une erreur », rappelle Hélène Carrier, expert-comptable et associée du cabinet Ardent Conseil.",
             "Mettre en ligne un formulaire de dons sur votre site ne suffit donc pas. À défaut, le dirigeant s’expose à une amende de 1 200 euros (2 400 euros en cas de nouvelle infraction).",
             "2° Choisir ses canaux de collecte",
             "Les lettres envoyées par la poste et les quêtes dans la rue restent les outils les plus répandus. « Solliciter des dons par courrier fonctionne toujours, mais cela coûte cher, en particulier pour louer ou échanger des listes d’adresses avec d’autres associations, explique Thomas Vidal, directeur de la collecte du Secours des",
             " Enfants. Et cela touche surtout des donateurs plutôt âgés. »",
             "Les quêtes en espèces dans l’espace public sont, quant à elles, strictement réglementées. Hors des périodes de grandes causes nationales arrêtées chaque année par les pouvoirs publics (recherche médicale, enfance, secourisme, etc.), il faut demander une autorisation spéciale – valable pour une",
         ]),
    _neg("b135-siogodni-mercedes-donat-drony-neg",
         "Invented; modelled on Today.ua (headline, report on a prize car drawn among donors to a volunteer drone drive with totals, cut mid-word)", "uk", [
             "Житель Житомира виграв Mercedes за внесок на дрони для ЗСУ",
             "Волонтерський рух \"Крила підтримки\" передав позашляховик Mercedes чоловікові, який зробив внесок на потреби армії. Авто подарував підприємець, що хотів відзначити тих, хто регулярно підтримує військових.",
             "У зборі на розвідувальні дрони, серед учасників якого розігрували автівку, взяли участь понад 3 тисячі людей. Разом вони зібрали більш як 1,8 млн гривень на безпілотники для фронту.",
             "\"Ця партія розвідників уже скоро працюватиме над позиціями ворога\", - розповіли в \"Крилах підтримки\".",
             "Mercedes як нагороду для одного з донаторів передав підприємець Олег з Вінниці. Переможця обрали випадково за допомогою онлайн-генератора, уточнюють волонтери. Ним став мешканець Житомира. Примітно, що його донька служить медикинею у Силах оборони.",
             "У \"Крилах підтримки\" наголосили, що збір на дрони триває далі. І хоча головний приз уже знайшов свого власника, справжньою нагородою для кожного учасника є допомога захисникам.",
             "Нагадаємо, раніше аналітики сервісу Даніфікатор порівняли звітність п'яти найбільших благодійних фондів краї",
         ]),
    _neg("b135-halytskyiportal-shkoliari-reb-zbir-neg",
         "Invented; modelled on ЗУНР (zunr.eu) (headline with '(ВІДЕО)', report on schoolchildren raising money for the army with a quoted volunteer, cut mid-word)", "uk", [
             "На Рівненщині школярі-волонтери зібрали 250 тисяч гривень на РЕБ (ВІДЕО)",
             "Школярі з міста Здолбунів Рівненського району зібрали близько 250 тисяч гривень для підтримки українських військових. Частину грошей передали волонтерам на купівлю двох портативних засобів радіоелектронної боротьби.",
             "Як розповіла місцевому радіо організаторка збору Оксана Ковальчук, другий прилад, який замовили бійці 47-ї окремої бригади, привезли на Рівненщину минулого тижня.",
             "– Ми завершили збір до Дня Конституції, 28 червня, тоді назбирали 30 тисяч. Підключилися й волонтери з Луцька, допомогли хто чим міг, але основне – це концерти дітей, – розповідає волонтерка.",
             "За словами Оксани Ковальчук, на прилад довелося чекати три тижні, ще кілька днів пішло на доставку. Один засіб РЕБ обійшовся у 118 тисяч гривень.",
             "Перший прилад для захисту від ворожих дронів, пояснила волонтерка, придбали навесні для підрозділу, що воює на Запоріжжі. Збір на потреби бійців продовжується, – наголосила Оксана Ковальчук.",
             "Гроші здолбунівські діти збирали впродовж двох місяців – на літніх канікулах виступали на ярмарк",
         ]),
    _neg("b135-panorama-ru-veloprobeg-ternopol-neg",
         "Invented; modelled on Рубрика (rubryka.com, русская версия) (headline, repeated 'Фото:' credit lines, report on a charity ride raising money for soldiers, cut mid-word)", "ru", [
             "В Тернополе на благотворительном велопробеге собирали средства для ВСУ",
             "Фото: ГО \"Серце Воїна\"",
             "Общественная организация \"Сердце Воина\" во время благотворительного велопробега в Тернополе собрала 38 тыс. грн для бойцов.",
             "Об этом агентству Вектор рассказала активистка ОО \"Сердце Воина\" Ирина Ткачук, передает Панорама.",
             "\"Мы организовали велопробег \"Педали для победы\" и ярмарку, чтобы собрать средства на нужды ВСУ и оборудование для госпиталя в Тернополе. В итоге получилось 38 тыс. грн\", – рассказала активистка.",
             "Фото: ГО \"Серце Воїна\"",
             "Фото: ГО \"Серце Воїна\"",
             "По ее словам, в \"Педалях для победы\" приняли участие 35 велосипедистов, которые проехали маршрут по городу в желтых футболках.",
             "В ОО \"Сердце Воина\" рассказали: желтый цвет решили взять, когда посмотрели видео с передовой.",
             "\"Это видео нам отправили бойцы, которым мы раньше передавали теплые спаль",
         ]),
    _neg("b135-severnyiluch-pogorelcy-sbor-neg",
         "Invented; modelled on ИА «Красная весна» (rossaprimavera.ru) (headline, dateline sentence, quoted press-service statement on residents' collection with totals)", "ru", [
             "Жители Заозерского края собрали 21 млн рублей для погорельцев Прибрежного района",
             "21 млн рублей для пострадавших от лесных пожаров собрали жители Заозерского края, 14 августа сообщила пресс-служба краевой администрации.",
             "«В Заозерском крае на помощь семьям, лишившимся жилья в Прибрежном районе, собрано уже почти 21 миллион рублей. Значительную часть внесли рыбодобывающие компании, краевые власти, бизнес и общественные объединения. Деньги переводили сотрудники предприятий, волонтеры, пенсионеры и простые жители края», — говорится в сообщении.",
         ]),
]


BATCH135_DOCUMENTS = PROBE115_APPEALS + PROBE115_NEGATIVES
