"""Batch 139: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

23 documents (11 appeal, 12 negative; DE, FR, UK, RU): our own paraphrases of every document of the
local-only real probe 119 (23 documents). Each keeps the real page's structure (a kicker glued to its
headline, a teaser line, a pull quote with its speaker line, an author line, a photo caption repeated
twice with a photographer line, "Von ... | date" and "Mis en ligne le / , actualisé" bylines, a dateline with
time, a photo-credit line, a headline repeated as a second line, an interview with question lines, an
embedded tweet glued into a paragraph, short section subheads, cut-off endings ("...", "…", a word cut
mid-way), a login button glued to a comment-notification prompt, pipe-separated channel lines, emoji in
an offer line) and exactly what the real gold marks: a two-line "subscription needed to read the whole
article" paywall with glued subscribe/login buttons at the end (twice, one with a single button); a
two-line "exclusive for PLUS readers" label between an intro paragraph and the byline; a five-line
free-trial-month box with price, cancellation terms and a login line; a one-word subscribers label
under a headline plus a "already have an account / log in" pair before a glued comment prompt; three
members-only paywall notices with login/register buttons between teaser paragraphs (the three differ
in one space so each is unique); a "want to read this article? subscribe" offer with an emoji price
and voucher line; a "read our news on" pipe list of social channels; a two-line "be first to know,
join our Telegram channel and Facebook group" block; a three-line "follow us on Facebook and
Instagram, subscribe to our Telegram and YouTube" block; a one-line "subscribe to us | send us news"
footer. Negatives keep what makes the real ones hard: a neighbourhood association's charity-stall
donations and totals, an interview on why a town needs its own gazette with reach figures, newspaper
cover and subscription price rises reported as media news, a blogger mocking a local paper's higher
subscription price, a report on falling press circulation, a service club's fundraising barbecue for
a seniors' home, a regional daily's anniversary with shareholders and new subscriptions after a
citizens' appeal, an interview about a site financed by readers' tips, two charity fairs with sums
raised for sick children, a fundraising fair for soldiers, foreign partners' grants to frontline
newspapers.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch139` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch139.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 119: appeal documents ----------------------------------------------------------------

_AARWILER_WALL = "\n".join([
    "Den vollständigen Beitrag können Sie nur mit einem Abonnement lesen.",
    "Abo lösenAnmelden",
])

_OBERSEER_WALL = "\n".join([
    "Den ganzen Text erhalten Sie ausschliesslich mit einem gültigen Abo.",
    "Abo kaufen",
])

_HAVELLAND_PLUS = "\n".join([
    "Exklusiv für",
    "HR+ Leser",
])

_WIEHEN_TRIAL = "\n".join([
    "Jetzt einen Monat gratis lesen!",
    "Sichern Sie sich den kostenlosen Testmonat und lesen Sie diesen Beitrag sofort weiter. Dazu erhalten Sie Zugang zu allen übrigen Artikeln auf unserer Seite und in der App „WGZ Aktuell“.",
    "Testmonat für 0 €",
    "Danach 8,90 €/Monat | Jederzeit kündbar",
    "Schon Digitalabonnent? Jetzt einloggen",
])

_VALVERT_LABEL = "Exclusivité abonnés"

_VALVERT_LOGIN = "\n".join([
    "Vous avez déjà un compte ?",
    "Connexion",
])

_CAUSSES_WALL_1 = "\n".join([
    "Ce contenu est réservé aux abonnés Intégral et Intégral mensuel.",
    "Connexion Inscription",
])

_CAUSSES_WALL_2 = "\n".join([
    "Ce contenu est réservé aux abonnés Intégral et Intégral mensuel.",
    "Connexion  Inscription",
])

_CAUSSES_WALL_3 = "\n".join([
    "Ce contenu est réservé aux abonnés Intégral et Intégral  mensuel.",
    "Connexion Inscription",
])

_BROYE_OFFER = "\n".join([
    "Envie de lire la suite ?",
    "Abonnez-vous aujourd'hui et profitez d'un joli cadeau de chez nous",
    "📱 dès CHF 69.– au lieu de CHF 119. – 🎁 + un bon à dépenser dans les boutiques de Romanens-le-Bourg",
])

_NADZBRUCH_CHANNELS = "Стежте за новинами \"НХ\" у Telegram | Facebook | Instagram | Viber"

_POLISSIA_CHANNEL = "\n".join([
    "Бажаєте першими знати найважливіше?",
    "Підписуйтеся на наш Telegram-канал і сторінку у Facebook!",
])

_KARPATY_FOLLOW = "\n".join([
    "Читайте нас у Facebook та Instagram.",
    "А ще приєднуйтесь до нашого Telegram і Youtube.",
    "Будь в курсі першим!",
])

_PRIAZOVIE_FOOTER = "Будьте с нами в канале | расскажите свою новость"


PROBE119_APPEALS = [
    _doc("b139-aarwileranzeiger-fusion-paywall-end", "appeal", "end",
         "Invented; modelled on Der Bund (kicker glued to headline, teaser, pull quote, two-line paywall with glued buttons)", "de", [
             "Nach dem Ja in BrunnmattLüthold wagt einen neuen Vorstoss für Gross-Aarwil",
             "Bleibt Brunnmatt die einzige Gemeinde, die zu Aarwil stossen will? Die jüngste Fusionsinitiative der Stadt findet bei den Nachbarn kaum Anklang.",
             "«Dass Brunnmatt zugestimmt hat, ist ein Wendepunkt für die ganze Region.»",
             "Regula Lüthold (SP), Aarwiler Stadtpräsidentin",
             _AARWILER_WALL,
         ], appeals=[_AARWILER_WALL]),
    _doc("b139-oberseerzeitung-fcseeburg-stadion-paywall-end", "appeal", "end",
         "Invented; modelled on Thuner Tagblatt (headline, teaser, author, caption repeated twice, photographer, lead, paywall with one button)", "de", [
             "Seeburg pflegt seine neue Gewohnheit",
             "Am Abend beginnen die Seeburger gegen den FC Rheintal ihre achte Spielzeit nacheinander in der obersten Liga.",
             "Sandro Kälin",
             "Blau-Weisse holen statt Rot-Weisse bekehren: «Wir ärgern uns nicht mehr über Fans aus Oberhofen, die für einen Match des FC Aarstadt an unserem Stadion vorbeifahren», meint Vereinspräsident Beat Imboden.",
             "Blau-Weisse holen statt Rot-Weisse bekehren: «Wir ärgern uns nicht mehr über Fans aus Oberhofen, die für einen Match des FC Aarstadt an unserem Stadion vorbeifahren», meint Vereinspräsident Beat Imboden.",
             "Andrea Ruchti",
             "Das regionale Turnfest 2024 soll bloss der Auftakt sein. Ein grosser Alpkäse-Markt, ein Jodlertreffen, Auftritte von Bands aus der Gegend, vielleicht sogar ein Winter-Openair – all das könnte künftig in der Seepark-Arena über die Bühne gehen. Jedenfalls wenn es nach dem FC Seeburg geht, der das Stadion betreibt.",
             _OBERSEER_WALL,
         ], appeals=[_OBERSEER_WALL]),
    _doc("b139-havellaenderrundschau-kinder-gemeinderat-plus-top", "appeal", "top",
         "Invented; modelled on Schweriner Volkszeitung SVZ (kids explainer intro, two-line PLUS-exclusive label, agency byline, dateline, cut text)", "de", [
             "Auf dem Schulhof fehlt ein Fahrradständer. Die Straßenlaterne vor der Bücherei flackert seit Wochen. Damit sich jemand um solche und noch viel mehr Dinge kümmert, hat jeder Ort in Deutschland eine Art kleines Parlament. Das gilt für ein großes Dorf genauso wie für eine Stadt mit vielen Einwohnern.",
             _HAVELLAND_PLUS,
             "von mpa",
             "3. März 2021, 10:47 Uhr",
             "In jedem Bundesland stimmen die Leute regelmäßig über ein eigenes Parlament ab. Ganz ähnlich funktioniert es in Dörfern und Kreisen. Dort heißt das Ganze dann Gemeinderatswahl. Bald ist es zum Beispiel im Bundesland Niedersa...",
         ], appeals=[_HAVELLAND_PLUS]),
    _doc("b139-wiehengebirgszeitung-kita-blindgaenger-probemonat-end", "appeal", "end",
         "Invented; modelled on Neue Osnabrücker Zeitung NOZ (glued kicker headline, byline with date, lead, five-line free-trial box)", "de", [
             "Wie ein Ausflug ins Ungewisse So bereitet sich eine Kita auf die Bombenentschärfung in Lindhorst vor",
             "Von Jana Pöttker | 04.03.2021, 09:25 Uhr",
             "Wenn am Samstag wegen der Entschärfung eines Blindgängers rund 1800 Einwohner von Lindhorst ihre Häuser räumen müssen, betrifft das auch die Kinder und Erzieherinnen der Kita Regenbogen am Marktplatz. Die Planungen für den Umzug auf Zeit laufen bereits.",
             _WIEHEN_TRIAL,
         ], appeals=[_WIEHEN_TRIAL]),
    _doc("b139-courrierdevalvert-rugby-argentins-top+end", "appeal", "top+end",
         "Invented; modelled on Le Petit Bleu d'Agen (headline, subscribers label, 'Mis en ligne le' lines, cut teaser, account/login pair glued to a comment prompt)", "fr", [
             "Des Argentins au stade Lafitte, mais pas ceux qu'on espérait",
             _VALVERT_LABEL,
             "Mis en ligne le",
             ", actualisé",
             "Depuis que le groupe argentin Moreno Alimentos a repris la conserverie Castelnau, et comme chacun sait combien ce groupe soutient le rugby dans son pays, Pumas compris, tout ce qui vient de Buenos Aires éveille chez les supporters du RC Valvert une vive curiosité. Les conversations ont donc vite pris un tour animé ce mardi matin au bord de la pelouse d'entraînement du stade Lafitte quand les supporters...",
             _VALVERT_LOGIN + "Voulez-vous être prévenu(e) quand un(e) lecteur(rice) répond à votre commentaire ?",
         ], appeals=[_VALVERT_LABEL, _VALVERT_LOGIN]),
    _doc("b139-caussesetgarrigues-teasers-integral-middle", "appeal", "middle",
         "Invented; modelled on Dis-Leur ! (regional teaser list, three members-only notices with login/register buttons between teasers)", "fr", [
             "Classé aux Monuments historiques depuis mars 2021, le phare de la pointe de Cazalière va s'offrir aux caméras de plusieurs millions de spectateurs de la Route du Sel, le 14 septembre 2022. Dernier phare encore habité de la côte, promis un temps à la démolition et aujourd'hui en plein chantier, il entame une seconde carrière : devenir un lieu de pointe pour expliquer la montée des eaux.",
             "Pendant qu'un collectif d'habitants se rassemble contre la visite du maire de Valrac à Saint-Aurèle ce vendredi, Gérard Lautier parle de \"simple bon sens. Mon camp ne gagnera aucune ville sans partenaires. Les autres sont à la peine. Il faut des alliances.\" Avec les départementales en ligne de mire...",
             _CAUSSES_WALL_1,
             "Voilà quatre ans qu'historiens et habitants de Vézenac, village de garrigue et fief des joutes nautiques, s'opposent à une carrière qui recouvrirait une villa romaine d'une importance rare. Huit cents noms figurent déjà au bas de trois pétitions.",
             _CAUSSES_WALL_2,
             "À Valrac, 48 000 habitants vivent en zone inondable. Frappée à plusieurs reprises, la commune a mis sur pied en 2016 un système d'alerte inédit, Valrac'Abri, copié depuis à Lunel-Plage, Port-Ardent et jusque sur la côte basque. Retour sur une réussite.",
             _CAUSSES_WALL_3,
             "Dans le Haut-Causse, vieillir, ça ne date pas d'hier. Ce minibus s'inscrit dans un plan d'ensemble porté par le Département, où plus de 180 000 habitants auront dépassé 65 ans en 2035, et qui s'associe à une démarche pour \"inventer ensemble un cadre de vie taillé pour le territoire caussenard\".",
         ], appeals=[_CAUSSES_WALL_1, _CAUSSES_WALL_2, _CAUSSES_WALL_3]),
    _doc("b139-broyehebdo-balconsfleuris-abonnement-end", "appeal", "end",
         "Invented; modelled on La Gruyère (photo caption with credit, dateline, three-line subscribe offer with emoji price and voucher)", "fr", [
             "Les bénévoles du jury, chargés d'évaluer les balcons fleuris du concours Villages en couleurs, ont découvert des façades exubérantes et soignées dans plusieurs hameaux du Haut-Vaulruz. La preuve que les Broyards bichonnent leurs fleurs avec passion et constance. PHOTOS LÉA CHAPPUIS",
             "9 juillet 2022 à 06:30",
             _BROYE_OFFER,
         ], appeals=[_BROYE_OFFER]),
    _doc("b139-nadzbruchanskakhvylia-vybukhy-poligon-channels-end", "appeal", "end",
         "Invented; modelled on Молодий буковинець molbuk.ua (short news, source line ending in a slash, quote, pipe list of social channels)", "uk", [
             "Жителів Прибужжя просять не хвилюватися через гучні вибухи за містом.",
             "Про це повідомив очільник районної військової адміністрації Богдан Кравчишин/",
             "\"Вибухи, які чути сьогодні, — це планове знищення боєприпасів на полігоні\", — уточнив чиновник.",
             _NADZBRUCH_CHANNELS,
         ], appeals=[_NADZBRUCH_CHANNELS]),
    _doc("b139-poliskyikurier-feik-vybukhy-telegram-end", "appeal", "end",
         "Invented; modelled on Волинський вісник visnyk.lutsk.ua (short fact-check news, two-line join-our-channels block)", "uk", [
             "Станом на 14:20 на Поліссі жодних влучань або вибухів не зареєстровано. Водночас протиповітряна оборона перебуває в повній готовності.",
             "Про це повідомив очільник обласної військової адміністрації Максим Ярошук.",
             "Тож повідомлення про «вибухи біля Озерного», «збиття ракети» чи «колону з Білорусі», які поширюють анонімні телеграм-канали, поки що є неправдою.",
             _POLISSIA_CHANNEL,
         ], appeals=[_POLISSIA_CHANNEL]),
    _doc("b139-karpatskyipuls-feik-udary-follow-end", "appeal", "end",
         "Invented; modelled on Mukachevo.net (fact-check news with quotes, three-line follow-us block)", "uk", [
             "Зранку низка анонімних пабліків розповсюдила фейкові дані про удари по Верхньоріччю.",
             "\"Наразі жодних ракетних влучань на території області не зафіксовано. Закликаємо не піддаватися паніці та залишатися в укриттях\", - повідомили в обласній військовій адміністрації (ОВА).",
             "Варто додати, що на сторінці обласної ради також з'явився допис про вибухи з приміткою \"Канал \"Фронтові зведення\" написав про влучання в область. В ОВА цих даних поки не підтверджують\".",
             "Нагадаємо, цієї ночі ворог атакував ракетами й дронами майже всю територію України.",
             _KARPATY_FOLLOW,
         ], appeals=[_KARPATY_FOLLOW]),
    _doc("b139-vestipriazovia-pozhar-trava-footer-end", "appeal", "end",
         "Invented; modelled on Новости Дона news-don.ru (two-line brief, one-line subscribe | send news footer)", "ru", [
             "Новый крупный пожар сухой травы в области.",
             "Уже почти 3 часа пылает сухостой у хутора Верхнеозёрный на площади около 5 тыс. кв. метров. Подробности выясняются, - передает региональное управление МЧС.",
             _PRIAZOVIE_FOOTER,
         ], appeals=[_PRIAZOVIE_FOOTER]),
]


# --- Probe 119: negatives -----------------------------------------------------------------------

PROBE119_NEGATIVES = [
    _neg("b139-talheimonline-adventsbasar-spenden-neg",
         "Invented; modelled on möhringen.de (district site: headline and one long paragraph on a charity stall's donations and totals)", "de", [
             "Der Erlös vom Adventsbasar hat nach 37 Jahren die Marke von 1,2 Millionen Euro überschritten",
             "Auch beim 37. Adventsbasar waren der Heimatverein und die Kreissparkasse gemeinsam mit einem Stand voller Handarbeiten und einem Glücksrad dabei. Die Einnahmen von 4720 Euro gingen als Spende an Familien im Ortsteil, die Unterstützung brauchen. Am Glücksrad wurden mehr als 5000 Runden gedreht. „Ohne die Hilfe größerer Unternehmen ginge es nicht, und wichtig ist vor allem, dass jeder Euro hier im Viertel bleibt“, sagt die Vorsitzende des Heimatvereins, Karin Stöckle (Bild Mitte). Profitiert haben nach ihren Angaben 78 Menschen in 41 Haushalten, viele davon Alleinstehende. „Der Verein leistet großartige Arbeit, die Standbetreiber sind seit Jahren dieselben und der Basar gehört einfach zum Ort“, lobt Sparkassen-Filialleiter Jürgen Maier (Bild rechts). „Uns treibt an, dass wir etwas bewirken, das direkt bei den Nachbarn ankommt, und ein wenig zurückgeben können.“ Auch unter den Kolleginnen und Kollegen sei die Lust groß, mitzuhelfen. Jedes Jahr aufs Neue klappert der Heimatverein die Geschäfte nach Preisen für das Glücksrad ab. „Das sind vor allem kleine Läden, aber man muss dranbleiben und immer wieder anklopfen“, erzählt Gisela Hornung vom Heimatverein (links). Bezirksbeirätin Ute Kächele (2. von rechts) würdigt diesen Einsatz. Seit dem allerersten Basar sind so insgesamt gut 1,2 Millionen Euro an Spenden zusammengekommen.",
         ]),
    _neg("b139-glattalerbote-gemeindeblatt-interview-neg",
         "Invented; modelled on Zürcher Unterländer (interview kicker, question, answer about a town gazette and the paper's reach)", "de", [
             "Gespräch vor der Gemeindeabstimmung in Rietbach",
             "Wozu braucht Rietbach ein eigenes Gemeindeblatt?",
             "Sonja Keller: Es geht darum, dass die Leute wissen, was im Ort läuft. Wer informiert ist, fühlt sich zugehörig. Zahlreiche Gemeinden und sogar grosse Städte leisten sich eigene Blätter. Dort können sich Vereine und Projekte zeigen. Das schafft ein Wir-Gefühl. Der «Glattaler Bote» kommt nur am Dienstag, wenn er gratis in jeden Haushalt flattert, bei allen an; sonst liest ihn nur etwa ein Fünftel der Einwohner.",
         ]),
    _neg("b139-medienbeobachter-zeitungspreise-teurer-neg",
         "Invented; modelled on Observer news.observer.at (media news: teaser line and paragraph on newspaper price rises)", "de", [
             "Teurer am Kiosk. „Tagesecho“, „Alpenpost“ und „Donaubote“ geben die gestiegenen Kosten weiter.",
             "Die Tageszeitungen „Tagesecho“ und „Alpenpost“ kosten seit 1. März im Einzelverkauf je 1,20 Euro. Auch die Abonnements der beiden Blätter aus dem Verlagshaus Nordring und jene des „Donauboten“ wurden teurer. Begründet wird die „Tarifanpassung“ mit der Inflation und gestiegenen Papier- und Energiepreisen. Der Verein Regionaler Zeitungsverlage (VRZ) (www.vrz.example.org) erwartet zusätzliche Lasten für die Häuser. Laut VRZ-Generalsekretärin Martina Hollerer treiben Kollektivverträge, Zustellkosten und Papierpreise die Preise für Zeitungen nach oben.",
         ]),
    _neg("b139-kreisstadtblog-wlz-abopreis-neg",
         "Invented; modelled on ibb.town (local blog mocking the local paper's higher subscription price, quoted notice)", "de", [
             "Die Krisenjahre sind für Lokalzeitungen bestimmt keine Freude. Es passiert weniger im Ort, Anzeigen bleiben aus und so fort. Da liest man das Heimatblatt mit seinen Lückenfüllern nicht mehr ganz so aufmerksam, darum komme ich auf diese Meldung vom März auch erst jetzt zu sprechen:",
             "Seit April kostet das Abo der WLZ satte 47,50€, verantwortlich ist wie immer die gerechte Entlohnung der Belegschaft, ab April ganze 12 Cent mehr pro Stunde:",
             "Die Anhebung der Abonnementpreise resultiert vor allem aus der fortgesetzten schrittweisen Anpassung des gesetzlichen Mindestlohns.",
             "und verschwiegen wird, dass die Zustellung ohnehin gefördert wird. Genauso gut könnte man die schrumpfende Zahl der Abonnenten oder die weggebrochenen Anzeigenerlöse in der Krise nennen.",
         ]),
    _neg("b139-rhodaniamag-diffusion-recul-neg",
         "Invented; modelled on LyonMag (headline repeated, subtitle question, paragraphs on falling press sales)", "fr", [
             "Diffusion en recul : l'Écho des Deux Rives n'arrive pas à inverser la tendance",
             "Diffusion en recul : l'Écho des Deux Rives n'arrive pas à inverser la tendance",
             "Le journal imprimé a-t-il encore un avenir ?",
             "D'année en année, la presse écrite hexagonale écoule de moins en moins d'exemplaires. 2024 confirme la tendance, avec 2,5 milliards de numéros vendus, en repli de 5,1 % sur un an d'après les données publiées par l'Observatoire de la diffusion.",
             "Les quotidiens régionaux, longtemps persuadés d'échapper au déclin amorcé au tournant du siècle, restent malgré tout les plus lus, devant les hebdomadaires et les quotidiens nationaux.",
             "Pourtant les grands titres régionaux fléchissent eux aussi, avec une diffusion en retrait de 3,8 % sur douze mois.",
             "Dans la vallée, l'Écho des Deux Rives a vécu une année 2024 difficile, avec une diffusion moyenne de 84 310 exemplaires par jour. Le quotidien du groupe Médialpes accuse ainsi une chute de 7,9 %, alors que sa rédaction est en plein bras de fer avec la direction, les journalistes ayant récemment voté une motion de défiance. Il demeure néanmoins le 11e quotidien régional de France, très loin derrière la Voix du Littoral et ses 540 210 exemplaires par jour.",
         ]),
    _neg("b139-gazettedulac-epluchette-aines-neg",
         "Invented; modelled on Le Métropolitain Toronto (community report on a service club's fundraising meal for seniors, cut mid-word)", "fr", [
             "Le Cercle Champlain de Kingsbury (CCK) recevait le public du quartier à la Résidence Beauséjour (RB) pour son épluchette de fin d'été au bénéfice des deux associations. Au programme : maïs, saucisses grillées, frites maison, salades, crudités et gâteaux.",
             "Lancée il y a une quinzaine d'années, cette activité-bénéfice permet au CCK de soutenir une cause qui lui est chère, les aînés d'expression française. Le Cercle s'investit auprès des jeunes francophones toute l'année, mais aussi auprès des personnes âgées, dont bon nombre vivent dans la précarité. Les fonds remis à la RB servent à organiser des sorties pour les résidents et à aider d'autres aînés à obtenir des services variés, qu'il s'agisse de soutien moral, de soins ou de transport.",
             "Les bénévoles du CCK mettent leur temps et leurs multiples savoir-faire au service de la population. On pense à Jean-Marc Thériault qui, ce soir-là, a fait la preuve de ses talents de cuisinier en grillant les saucisses pour toute l'assemblée. D'autres, comme Lucie Bergeron et Francine Lapointe, accueillaient les invités et veillaient au bon déroulement de la soirée.",
             "La présidente du CCK, Hélène Gagnon, a pris la parole avant le repas pour remercier les partenaires de l'événement ainsi que les membres du Cercle Champlain Frontenac venus pour l'occasion. De nombreux prix de présence, offerts par des bénévoles du CCK, étaient à gagner et, afin de récolter quelques dollars de plus, Mme Gagnon avait invité les convives à apporter leurs propres boissons contre 4 $ de droit de bouchon.",
             "Ensuite, elle a divisé la somme récoltée en trois parts égales, qui ont fait l'objet d'un tirage. Le premier tiers du montant amas",
         ]),
    _neg("b139-horizonch-echotroislacs-30ans-neg",
         "Invented; modelled on Le Matin Suisse (report on a regional daily's anniversary and finances, embedded tweet, subheads, cut mid-word)", "fr", [
             "L'Écho des Trois-Lacs fête ce samedi ses 30 ans avec un supplément spécial. Le quotidien avait dû reporter ce numéro en raison de ses soucis d'argent.",
             "«Notre trentième année n'aura pas été la plus sereine», écrit la rédactrice en chef Nadia Perrenoud dans son éditorial. Au printemps, le journal perdait son éditeur historique, Jean-Claude Monnier, l'homme qui avait réuni La Sentinelle et Le Progrès du Vallon. Peu après, l'ETL plongeait dans de graves difficultés à la suite de la déconfiture de sa régie publicitaire.",
             "Un trou de près de 1,3 million de francs a contraint la société à se serrer la ceinture, notamment en renonçant à la fête prévue et en reportant la parution du supplément anniversaire.",
             "L'Écho des Trois-Lacs souffle aujourd'hui ses 30 bougies. Ce numéro 9102 a été pensé et produit dans nos rédactions de Lacbourg, Rivaz-Dessus, Montferrand-le-Haut et Cortailly, et imprimé la nuit passée. 30 ans et de nouveaux défis à la une de #ETL pic.example.com/Xk4RtP — Sven Aebischer (@sv_etl) 2 juin 2023",
             "Appui des lecteurs",
             "Début septembre, trois fondations sont entrées au capital de la société éditrice, ce qui a permis à l'ETL de reprendre son souffle. Grâce à cette opération, la part des actions aux mains d'acteurs régionaux a grimpé de 40 à 70%. Les nouveaux actionnaires soutiennent depuis longtemps le tissu économique local. Le capital de la société Éditions du Lac SA a été porté d'un million et demi à trois millions de francs.",
             "L'ETL a aussi pu compter sur la mobilisation de la population durant ces mois difficiles. L'appel lancé par des figures de la région pour sauver le journal a débouché sur plusieurs dizaines d'abonnements supplémentaires.",
             "Coup de fouet",
             "«Le choc de notre 30e anniversaire aura eu un mérite inattendu: faire comprendre aux habitants de la région une vér",
         ]),
    _neg("b139-lepanier-planetesobre-interview-neg",
         "Invented; modelled on FRC Magazine (archived interview: title, date, author, questions, reader tips financing, cut mid-word)", "fr", [
             "Planète Sobre: «Nous relayons, nous ne sauvons personne»",
             "Archive · 12 novembre 2021",
             "Mathilde Rochat",
             "Journaliste",
             "La pointe émergée d'un très gros glacier. C'est l'image que choisit le fondateur pour décrire son site lancé en 2009. D'abord simple blog consacré aux achats responsables, Planète Sobre rassemble désormais entre 3 et 8 millions de lecteurs chaque semaine sur sa plateforme et ses comptes en ligne. Son originalité? Personne ne connaît le visage de son créateur. Un parti pris qui fait la force du média: le propos compte plus que celui qui le porte.",
             "Le mot «passer à l'action» résume-t-il ce qui vous pousse?",
             "C'est bien l'élan qui a guidé ma façon de parler du monde et de participer à une période charnière de notre histoire. Nous traversons un moment où tout se renverse. Pas aussi vite que certains le croient. Mais cela se joue aujourd'hui, et chacun peut choisir d'y jouer un rôle ou de regarder passer le train.",
             "Comment le site se finance-t-il et que fait-il?",
             "Après six années entièrement bénévoles, avec des contenus forcément modestes en qualité comme en volume, j'ai ouvert la porte aux contributions des lecteurs par le biais d'outils clairs et honnêtes comme Pourboire.example. Aujourd'hui, les créateurs «libres» du web peuvent travailler en professionnels grâce à de petits gestes – le prix d'un café – qui permettent de financer le projet et de donner un sens à son travail. Ces contributions permettent à des personnes de vivre de ce qu'elles produisent, ce qui était impensable avant.",
             "Vous avez choisi l'anonymat dès le début. Pour quelle raison?",
             "J'ai créé Planète Sobre au moment où les lanceurs d'alerte faisaient la une. C'était une période charnière d'internet, quand les États et les grandes plateformes s'immisçaient toujours davantage dans la vie privée des gens. Aujourd'hui, c'est pire que jamais, mais tout le monde a fini par s'y résig",
         ]),
    _neg("b139-biznesvolga-bazar-miloserdiya-neg",
         "Invented; modelled on РБК Татарстан (charity school fair: headline, lead, paragraphs with record sum and recipients)", "ru", [
             "Благотворительный базар в Центральном парке принес почти 1,5 млн рублей",
             "Городской школьный базар прошел в прошлую субботу при участии главы Заречинска Рустама Галеева.",
             "\"Базар милосердия\" в этом году впервые вышел за рамки отдельных районов и стал общегородским: в нем участвовали ученики 27 школ, учителя и родители, а также жители, которые пришли в выходной прогуляться по парку с детьми, – в общей сложности порядка 11 тысяч человек.",
             "Собрать удалось рекордные 1 миллион 468 тысяч 320 рублей. Деньги передадут детскому хоспису \"Светлый дом\", городскому дому ребенка и ученику 4 \"Б\" класса лицея №7 Тимуру Сафину – мальчику диагностировали лейкоз и нужна дорогостоящая операция.",
         ]),
    _neg("b139-vestnikverkhnevolzhska-yarmarka-kaplyatepla-neg",
         "Invented; modelled on Караван karavantver.ru (church youth charity fair for sick residents, cut mid-word)", "ru", [
             "В праздник Дня города в Верхневолжске у каждого была возможность сделать доброе дело. С утра до вечера у стен Троицкого храма шла благотворительная ярмарка «Капля тепла», которую уже в четвертый раз устраивает молодежное братство «Светоч». Такие ярмарки в поддержку больных земляков братство проводит несколько раз в год. За это время собрано и передано юным пациентам областной детской больницы 380 тысяч рублей",
             "На сей раз деньги собирали на лечение 8-летней Алины Смирновой, у которой лейкоз, и руководителя детского хора «Жаворонок» при воскресной школе Троицкого храма Ольги Беловой, которая также борется с онкологией.",
             "Для помощи им поставили несколько ящиков для пожертвований. Сбор шел с девяти утра до семи вечера (до начала ярмарки в храме прошел молебен), а готовились к ней участники «Светоча» почти три недели. Все это время горожане несли вещи для продажи, а также помогали с доста",
         ]),
    _neg("b139-priozersksite-yarmarka-boitsam-neg",
         "Invented; modelled on 0462.ua (city site: fundraising fair for soldiers with sums, photo-report link line)", "ru", [
             "Эту сумму организаторы собрали всего за 5 часов. В том числе 18,3 тысячи гривен пойдут бойцам 24-го и 57-го батальонов и добровольческого отряда «Полесье».",
             "Кроме того, на ярмарке собирали помощь для тяжело раненного бойца 24-го батальона, который проходит лечение в госпитале. Ему на лекарства собрали 9,7 тысячи гривен.",
             "Гостям предлагали вещи ручной работы, проходили аукционы, работала полевая почта, фотозона в костюмах, продавались пряники с патриотическими рисунками, браслеты из паракорда, сертификаты на полет на параплане… Для детей провели мастер-класс по рисованию, игры, конкурсы и поздравления.",
             "Зато чиновников, по словам организаторов, на ярмарке никто не видел.",
             "Фотоотчет с ярмарки смотрите по ссылке.",
         ]),
    _neg("b139-pravdyvo-gazety-grant-daniya-neg",
         "Invented; modelled on Справжнє spravzhne.media Russian version (headline, byline with date, headline repeated, photo credit, lead, grants to frontline papers, cut mid-word)", "ru", [
             "Датские партнеры поддержат деньгами четыре прифронтовых газеты на Приозерщине",
             "Оксана Левченко 14.03.2025, 10:21",
             "Датские партнеры поддержат деньгами четыре прифронтовых газеты на Приозерщине",
             "Иллюстративное фото: example.org",
             "Помимо финансирования выбранные редакции получат консультации наставников и обучение для работы в условиях войны",
             "Четыре прифронтовых печатных издания Приозерской области получат поддержку от партнеров из Дании. Об этом в Facebook сообщил председатель Ассоциации региональной прессы Украины (АРПУ) Андрей Мельничук, передает \"Правдиво\"",
             "Как он уточнил, АРПУ вместе с датскими издателями запускает программу помощи Front Pages для изданий прифронтовых регионов.",
             "По итогам отбора пакет помощи на поддержание работы во время войны получат 31 из 64 прифронтовых газет, подавших заявки.",
             "В том числе это четыре газеты Приозерской области – \"Степной край\" (Степногорск), \"Вечерний маяк\" (Приозерск), \"Наш берег\" (пгт Озерное) и \"Зоря\" (Камышовка).",
             "Каждая из редакций будет ежемесячно получать финансовую помощь в размере от 35 тыся",
         ]),
]


BATCH139_DOCUMENTS = PROBE119_APPEALS + PROBE119_NEGATIVES
