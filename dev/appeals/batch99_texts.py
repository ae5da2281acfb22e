"""Batch 99: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

22 documents (10 appeal, 12 negative; RU, FR, DE): our own paraphrases of every document of the
local-only real probe 79 (22 documents). Each keeps the real page's structure line for line (no blank
lines, as in the real pages): a "conclusion, beginning" series header, an epigraph with its author line
and a cut-off essay ending mid-word; a support link and lone support button above an interview with a
section label, headline, standfirst, photo caption and a question cut mid-word; an aggregator's
masthead lines (service, paper, date, headline, author, reading time, author repeated twice); a
football commentary with dateline and "/ Lesedauer" line; a referendum article with caption-style
standfirst and a subhead; a local fundraiser report ending in an editor credit line; a media-trade
piece and a blogger's subscription comparison with a bulleted offer box, both cut off; three pieces
about one invented cooperative paper (with a fact-sheet line of bullet separators and a contact
footer); a disaster-giving guide whose paragraph repeats cut-off at the end; four Russian charity
news items (two cut mid-word).

The gold marks exactly what the real gold marks: a "stay informed, follow our Telegram channel" line
under the series header; a "Support <outlet>" link line plus the lone "Support" button line at the
top; a four-line members-only block (heading, sentence, levels link, mixed-language log-in line) after
a cut paragraph; a "you have read part of this article for free, to read on:" line; a one-line
subscribers-only label after a paragraph ending in "..."; a three-line "read the rest? promo offer
and button" block; a six-line subscription recommendation box with slogan lines, a discount and a
log-in line; a seven-line free-trial registration box with its e-mail and terms lines; a two-line
"read on? digital subscription" notice; a one-line "you need a subscription" sentence. Negatives keep
what makes the real ones hard: a private collection-tin fundraiser with its website and beneficiary
association, publishers raising subscription prices and building paywalls (reported as news), a
blogger quoting digital-subscription offers with prices, trial periods and cancellation terms,
townspeople paying a fined veteran's penalty, three reports on a cooperative paper's pre-sale
subscription financing (one quoting its founder's plea for readers' help), a guide to disaster
donation platforms, and four charity items with fund transfers, sums collected and coin drives.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches each text is taken as it stands,
every gold appeal substring is located in it (asserted unique).
"""


from whole_documents import _doc, _neg


# --- Probe 79: appeal documents -----------------------------------------------------------------

_KRUGOZOR_TG = "Не пропускайте главное! Присоединяйтесь к нашему Telegram-каналу."

_NOVGLAVA_TOP = "\n".join([
    "Поддержать Новая глава",
    "Поддержать",
])

_CONTREJOUR_WALL = "\n".join([
    "Accès membres",
    "Ce contenu est réservé aux membres inscrits de notre site.",
    "Découvrir les formules d’adhésion",
    "Already a member? Identifiez-vous ici",
])

_ECHOCATALAN_WALL = "Cet extrait vous a été offert, pour découvrir la suite de l'article :"

_RIVELAC_WALL = "Article pour abonnés"

_ECHOALPIN_OFFER = "\n".join([
    "Envie de connaître la fin de ce reportage ?",
    "Offre spéciale Cyber Monday : 2 mois = 2€ !",
    "Je fonce",
])

_REMSTAL_BOX = "\n".join([
    "Jetzt weiterlesen mit",
    "Unsere Abo-Angebote für Sie",
    "Aus der Stadt, für das Umland,",
    "hinaus in die Welt.",
    "-31 %",
    "Schon Abonnent? Einloggen",
])

_EMSCHERBLATT_TRIAL = "\n".join([
    "Mehr lesen. Besser verstehen. Am Ball bleiben.",
    "Jetzt 30 Tage gratis ausprobieren ",
    "Melden Sie sich kostenlos und ohne Verpflichtung an und",
    "lesen Sie sofort weiter. Es gibt keine versteckten Gebühren. Der Probemonat läuft von selbst aus.",
    "Oder melden Sie sich per E-Mail an:",
    "Mit der Anmeldung akzeptieren Sie unsere Nutzungsbedingungen und Datenschutzhinweise",
    "Jetzt weiterlesen",
])

_SEETALER_WALL = "\n".join([
    "Mehr lesen?",
    "Der vollständige Beitrag ist für Digital-Abonnenten reserviert.",
])

_AARETAL_WALL = "Für den ganzen Text ist ein Abonnement nötig."


PROBE79_APPEALS = [
    _doc("b99-krugozoramerika-framing-top", "appeal", "top",
         "Invented; modelled on Континент USA (series essay, follow-our-Telegram line under the series header)", "ru", [
             "Окончание. Начало.",
             _KRUGOZOR_TG,
             "“Каждый раз, когда чиновник обещает позаботиться о вас, проверьте, на месте ли ваш кошелёк. Забота сверху почти всегда оборачивается контролем, а контроль — доходным делом для тех, кто так трогательно заботится”.",
             "Гарольд Уинслоу",
             "Английское слово framing трудно перевести на русский одним словом. Справочники предлагают варианты: «обрамление» (картины или фотографии); «рамка»; «подача» (новости или мысли); «постановка вопроса». Проще говоря, это способ показать факт так, чтобы вывод казался очевидным. В нашей речи прижилось слово фрейминг. По сути, это приём мягкой манипуляции, при котором человеку подсовывают готовую интерпретацию, а он считает её собственной. Мастеров фрейминга называют «режиссёрами восприятия». Они заранее решают, о чём публике полезно думать и о чём ей лучше не задумываться — разумеется, ради её же спокойствия.",
             "Два исследователя, выпустившие книгу «Рамка»: когнитивный психолог Элинор Брукс и политолог Тимоти Вэйл (Vale) Подзаголовок: «Незам",
         ], appeals=[_KRUGOZOR_TG]),
    _doc("b99-novayaglava-kamerton-interview-top", "appeal", "top",
         "Invented; modelled on Продолжение следует (interview page, support link and lone support button at the top)", "ru", [
             _NOVGLAVA_TOP,
             "Лица",
             "«Сегодня любая колыбельная звучит почти как листовка»",
             "Интервью Ирины Залесской с Павлом Корниловым, который решил не уезжать",
             "Концерт «Без спроса». Фото: сайт kamerton.example.org",
             "Я бывала на их выступлениях много раз, часто добывая билет у входа в последний момент. «Камертон» был настоящей легендой. Дома у меня до сих пор стоит их кассета. Затем появился цикл «Городские романсы». Затем мюзикл «Северный ветер». После пожара в театре на Садовой пятнадцать лет они не собирались на одной сцене. А 14 октября в Доме культуры «Заря» прошёл концерт «Без спроса», где они сказали всё, что накопилось. Знакомые мелодии звучали совсем иначе… Как им это удалось, я выясняю у Павла Корнилова. ",
             "— «Всю ночь и весь день без отдыха скрипит наш внутренний мотор», — это строчка из вашей песни. Вы умеете изобретать. Когда появились зелёные шарфы, потом за авторство этой затеи спорили десятки людей. А я отлично помню, как вы позвонили мне с этой идеей и как я связывала вас с Колесниковым и Аверьяновым. Вы придумали множество по-настоящему небывалых вещей. Вот и сейчас мы, признаюсь, немного по-потребительски ож",
         ], appeals=[_NOVGLAVA_TOP]),
    _doc("b99-contrejour-maire-perquisitions-members-end", "appeal", "end",
         "Invented; modelled on Contre7 (one cut paragraph, four-line members-only block with mixed-language log-in line)", "fr", [
             "Gérard Malvezin, maire de Saint-Aubrac-sur-Mer, aime se présenter en gardien de la probité et de la discipline. Voilà quinze ans qu’il gouverne ses administrés d’une main ferme, invoquant le règlement à chaque occasion comme une parole d’évangile. Pourtant, les fouilles menées le 12 février 2025 à l’hôtel de ville, à la communauté d’agglomération et dans une société d’économie mixte fissurent ce piédestal vertueux.",
             _CONTREJOUR_WALL,
         ], appeals=[_CONTREJOUR_WALL]),
    _doc("b99-echocatalan-finale-cerdans-paywall-end", "appeal", "end",
         "Invented; modelled on L'Indépendant via SFR Presse (aggregator masthead lines, one paragraph, read-the-rest line)", "fr", [
             "Kiosque Numérique",
             "L'Écho catalan",
             "23 mai 2017",
             "Le sacre des Cerdans",
             "Mathieu Labarthe",
             "3 min",
             "Mathieu Labarthe",
             "Mathieu Labarthe",
             "Rien n’est jamais écrit d’avance dans un match couperet. Cette formule, que les techniciens répètent à chaque fin de saison, a pris dimanche tout son sens. « On nous présentait comme les grands favoris, mais une finale se joue à pile ou face et on l’a vérifié encore une fois ce dimanche », a souligné au terme d’une rencontre haletante le coach des champions, Julien Cazenave.",
             _ECHOCATALAN_WALL,
         ], appeals=[_ECHOCATALAN_WALL]),
    _doc("b99-rivelac-fetedulac-paywall-end", "appeal", "end",
         "Invented; modelled on La Côte (paragraph ending in '...', one-line subscribers label)", "fr", [
             "Pour sa sixième édition, la fête du lac a dû relever un sacré défi : une pluie battante s’est invitée en plein week-end, transformant en bourbier la grande prairie qui accueillait pour la première fois les concerts. «Avec un ciel plus clément et un terrain mieux drainé, l’ambiance aurait été plus festive», admet Laurence Perrottet, chargée de presse. Malgré tout, les chapiteaux chauffés dressés près des buvettes et des food-trucks ont attiré les plus courageux ...",
             _RIVELAC_WALL,
         ], appeals=[_RIVELAC_WALL]),
    _doc("b99-echoalpin-parking-square-offer-end", "appeal", "end",
         "Invented; modelled on L'Essor savoyard (one paragraph, read-the-rest question, promo offer and button)", "fr", [
             "Quand ils ont repris le dossier au printemps, les conseillers de la nouvelle équipe ont eu la surprise. « Ce projet de parking souterrain, on l’a trouvé dans les cartons de nos prédécesseurs, et on a vite compris que la suppression du square coinçait. » détaille Sandrine Girod, adjointe aux espaces verts.",
             _ECHOALPIN_OFFER,
         ], appeals=[_ECHOALPIN_OFFER]),
    _doc("b99-remstalbote-fcremstal-noten-abo-end", "appeal", "end",
         "Invented; modelled on Cannstatter Zeitung (two paragraphs, six-line subscription recommendation box)", "de", [
             "Nach dem 4:0-Kantersieg gegen den Tabellenführer wird der FC Remstal in der ganzen Liga gefeiert. Ob die Mannschaft von Coach Jonas Brettschneider diese Form auch über Wochen halten kann, muss sie erst noch zeigen. Bei der Entwicklung des Kaders geht die Kurve aber an vielen Stellen steil nach oben.",
             "Der Abpfiff ist kaum verklungen, das Trikot klebt noch nass am Rücken, da greifen viele Spieler in der Kabine schon nach derselben Sache: dem Smartphone. Im Eiltempo wird nachgeschaut, welche Bewertung die Reporter der eigenen Leistung auf dem Rasen gegeben haben.",
             _REMSTAL_BOX,
         ], appeals=[_REMSTAL_BOX]),
    _doc("b99-emscherblatt-westfalia-kommentar-trial-end", "appeal", "end",
         "Invented; modelled on Ruhr Nachrichten (commentary with dateline and reading-time line, seven-line free-trial registration box)", "de", [
             "Der mühsame 3:2-Erfolg von Westfalia Lünenbruch gegen Hagenau macht deutlich: Statt mit breiter Brust in die entscheidenden Wochen im Aufstiegsrennen zu starten, wirkt die Mannschaft verunsichert und brüchig. Timo Brakelmann meint.",
             "Lünenbruch",
             ", 21.09.2018 / Lesedauer: 2 min",
             "Ruud Vermeulen war nach dem Abpfiff sichtlich dünnhäutig. „Drei Punkte sind drei Punkte“, gab er knapp zurück, als man ihn fragte, ob der Sieg über Hagenau die richtige Antwort auf die 1:4-Pleite in Altenwerth gewesen sei. Nur das Ergebnis zähle, wiederholte der Westfalia-Coach stur. Seine versteinerte Miene zeigte jedoch, wie sehr es in ihm brodelte. Kein Wunder: Was seine Elf in der Schlussphase an diesem verregneten Abend im Stadion am Kanal abgeliefert hatte, war schlicht erschreckend.",
             _EMSCHERBLATT_TRIAL,
         ], appeals=[_EMSCHERBLATT_TRIAL]),
    _doc("b99-seetaleranzeiger-openair-digitalabo-end", "appeal", "end",
         "Invented; modelled on Bote der Urschweiz (concert report, two-line digital-subscription notice)", "de", [
             "Manches kannte man schon von den drei früheren Abenden: Wieder baten die Veranstalter die Gäste, auf den Holzbänken zusammenzurücken, damit alle einen Platz fanden. Obwohl Gewitter angesagt waren, genossen die frühen Besucher vor dem ersten Ton eine herrliche Abendstimmung über dem See. Erst nach der Zugabe grollte der erste Donner, und auf dem Heimweg entlud sich das Unwetter dann mit voller Wucht.",
             _SEETALER_WALL,
         ], appeals=[_SEETALER_WALL]),
    _doc("b99-aaretalzeitung-sonnmatt-abstimmung-abo-end", "appeal", "end",
         "Invented; modelled on Berner Zeitung (headline, caption-style standfirst, subhead, one-line subscription sentence)", "de", [
             "Sonnmatt: Der Widerstand regt sich wieder",
             "«Ein Jahrhundertvorhaben»: Gemeindepräsidentin Ruth Zbinden und Bauvorsteher Marco Gisler stellten gestern den Medien die geplante Sonnmatt-Siedlung vor.  Die Unterlagen liegen bereit, am 14. März hat das Volk das letzte Wort.",
             "Was die Gemeinde vorhat",
             "Gemeindepräsidentin Ruth Zbinden möchte nun endlich vorwärtsmachen.",
             _AARETAL_WALL,
         ], appeals=[_AARETAL_WALL]),
]


# --- Probe 79: negatives ------------------------------------------------------------------------

PROBE79_NEGATIVES = [
    _neg("b99-bergheidewochenanzeiger-fluthilfe-sammelbuechsen-neg",
         "Invented; modelled on Rheinische Anzeigenblätter (private collection-tin fundraiser with website and beneficiary, editor credit line)", "de", [
             "Markus Feldhaus startet Sammelaktion",
             "Nicht nur zuschauen",
             "Bergheide. „Zuschauen und die Hände in den Schoß legen, das kam für mich nicht infrage“, erklärt Markus Feldhaus. Und „bloß selbst etwas zu überweisen, reichte mir nicht.“ Also stellte er kurzerhand eine Sammelaktion für die Opfer des Hochwassers im Nachbartal auf die Beine. Denn mit Geld lässt sich den Familien, die durch die Flut ihr Zuhause verloren haben, am schnellsten und gezieltesten helfen.",
             "87 Spendenbüchsen hat er gekauft, jede einzelne versiegelt, sodass sie sich nach dem Aufbrechen nicht mehr schließen lassen. Das schafft Vertrauen. Außerdem hat er eine Webseite einrichten lassen (www.fluthilfe-bergheide.example.org), die offenlegt, wer sammelt, wofür gesammelt wird und wo die Spenden am Ende landen. Auf allen 87 Büchsen klebt zudem das Logo der Aktion.",
             "„Etliche haben schon zugesagt, in ihrem Bekanntenkreis mitzumachen“. Darauf legt Markus Feldhaus großen Wert: Wer in den kommenden Tagen mit einer Büchse loszieht, soll nur bei Nachbarn, Kollegen und Freunden klingeln, wo man ihn kennt, und dort um einen Beitrag bitten. Weitere Büchsen stehen in Bäckereien und Kneipen. Mit Absicht bleibt die Aktion auf Bergheide und seine Ortsteile begrenzt.",
             "Ist die Sammlung vorbei, werden die Büchsen im Beisein von Zeugen geöffnet und der Inhalt gezählt. Jeder Euro geht dann ohne Abzug an den Hilfsverein Bergheide e.V. und wird ausschließlich für die betroffenen Familien verwendet. Büchsen, Logo und Webseite bezahlt Markus Feldhaus aus eigener Tasche.",
             "Autor/in:BWA - Lokalredaktion |",
         ]),
    _neg("b99-marktundmedien-verlage-abopreise-paywall-neg",
         "Invented; modelled on Werbewoche (media-trade report on publishers raising subscription prices and building paywalls, cut off)", "de", [
             "Zeitungshäuser verlangen für ihre Artikel immer mehr Geld",
             "Weil das alte Modell bröckelt, bitten die Verlage im Land ihre Leserschaft stärker zur Kasse: Auch für 2014 steigen deshalb die Abonnementspreise und vielerorts der Preis am Kiosk. Zugleich führen immer mehr Häuser Bezahlmodelle auf ihren Webseiten ein.",
             "Inserenten und Abonnenten wandern ab, zuerst einmal ins Netz. Dort gibt es vieles umsonst zu lesen, und Werbung ist billig zu haben. Noch schwerer wiegt für die Verlage allerdings, dass ihre Texte zunehmend auf dem Smartphone gelesen werden – denn dort bringt Werbung noch einmal deutlich weniger ein. Das Ergebnis: Sowohl bei den Abonnements als auch vor allem bei den Inseraten bricht der Umsatz ein. Deshalb suchen die Häuser fieberhaft nach einem neuen Geschäftsmodell. «Gefunden haben wir es noch nicht», räumte der scheidende Helvepress-Chef Urs Dällenbach Mitte November im Gespräch mit der Wochenpost am Sonntag ein.",
             "Im selben Gespräch deutete er an, wohin die Reise geht: «Mit Inseraten allein kommen wir nicht mehr durch, also setzen wir jetzt auf die Bezahlschranke im Netz.» Zwei Erhebungen von Markt & Medien stützen seine Einschätzung: Die Umfrage zu den Inseratepreisen, erschienen in der vorigen Ausgabe, zeigte, dass nur knapp ein Drittel der Titel für 2014 offen mehr verlangt. Manche halten ihren Seitenpreis sogar seit acht Jahren stabil. Die jetzt ausgewertete zweite Umfrage ergibt, dass über die Hälfte der Blätter eine Bezahlschranke oder ein ähnliches Modell vorbereitet – oder schon betreibt. Die meisten wählen dabei das «harte» Modell: Ob am Computer oder auf dem Telefon – die eigenen Texte lesen nur, wer Print oder Digital abonniert hat. Vereinzelt bleibt ein kleiner Teil der Beiträge frei. Weiter zeigt die Erhebung, dass drei Viertel der Titel ihre Abonnementspreise für 2014 anheben – und das nicht zum ersten Mal: Manche drehen jedes Jahr an der Schraube. Bei and",
         ]),
    _neg("b99-textwerkstatt-digitalabos-kuendbar-neg",
         "Invented; modelled on Webwriting-Magazin (blogger comparing digital-subscription offers with prices, trial periods and terms, cut off)", "de", [
             "Sabine Mertens am 14. März 2020 —",
             "Kündigung jederzeit? Digitalabos auf dem Prüfstand",
             "Wer heute online liest, stößt ständig auf die Bezahlmauern der großen Verlagshäuser: HB-Plus, Merkur+, Rundschau Premium, Anzeiger+ und das Wochenblatt-Digitalabo kosten Geld, und überall lockt ein Gratismonat zum Ausprobieren. In den Werbetexten klingt es verheißungsvoll: „jederzeit kündbar“ – nur heißt das noch lange nicht, dass man aus dem Vertrag auch rasch wieder herauskommt. Ist damit wirklich eine kurze Frist gemeint, oder darf man bloß jederzeit kündigen, und zwar zum Ende einer langen Mindestlaufzeit?",
             "Ich habe mir die Angebote der großen Häuser genauer angesehen. Vor allem wollte ich wissen, wie lange man gebunden ist, aber auch, was die Plus-Pakete kosten, denn sie leisten durchaus Unterschiedliches: Manchmal gehört die komplette Ausgabe dazu, manchmal nur einzelne Beiträge.",
             "W+ – das Digitalabo des WOCHENBLATTS",
             "Sämtliche Beiträge auf wochenblatt.example.com lesbar",
             "Wochenblatt-App für Handy und Tablet",
             "Das WOCHENBLATT als PDF, Podcast & für E-Book-Reader",
             "30 Tage kostenlos, anschließend 4,90 € wöchentlich",
             "Jederzeit kündbar",
             "So steht es auf der Seite, die erscheint, sobald man einen W+-Beitrag anklickt (die Hervorhebung stammt von mir). Kein Wort dazu, wie lange der Vertrag läuft, wenn man zugreift (oder schlicht verpasst, innerhalb des Gratismonats zu kündigen). Erst tief in den seitenlangen Geschäftsbedingungen, im Kapitel „Leistungsumfang“, liest man:",
             "„Digitale Abonnements können jederzeit unter Einhaltung einer Frist von vier Wochen beendet werden. Nach dem Ende des Abonnements lassen sich kostenpflichtige Inhalte nur noch nutzen, sofern sie zuvor auf dem eigenen Endgerät heruntergeladen wurden.“",
             "Muss das so umständlich sein? Kein Mensch liest Geschäftsbedingungen! Gehört die Erklärung von „jederzeit kündbar“ nicht genau dorthin, wo der Satz steht? Das ist umso wichtiger, als „jederzeit kündbar“ bei jedem Anbieter etwas anderes heißt – längst",
         ]),
    _neg("b99-ostblickblog-veteran-geldstrafe-neg",
         "Invented; modelled on russland.jetzt (one-paragraph blog item: townspeople pay a fined veteran's penalty)", "de", [
             "Die Menschen in einer Kleinstadt an der Onega standen einem Nachbarn bei, einem früheren Tschetschenien-Soldaten, den ein Gericht wegen kriegskritischer Beiträge im Internet verurteilt hatte. Pawel Gorschkow sollte 45.000 Rubel Strafe bezahlen. Lokale Reporter und Bürgerrechtler sammelten das Geld, damit er die Strafe begleichen konnte.",
         ]),
    _neg("b99-plumesvertes-lamainverte-quinzeans-neg",
         "Invented; modelled on JNE (association site: a cooperative paper's anniversary, pre-sale subscription financing, cut mid-word)", "fr", [
             "Entre 2025 et 2026, le mensuel La Main Verte souffle ses quinze bougies.",
             "par Armelle Roussin",
             "Thibault, qui s’occupe des abonnements et de la distribution, se souvient : « en 2009, Régis Fourcade (1), à l’origine du titre (adhérent de notre association), a sillonné les marchés paysans de tout le pays pour vendre à l’avance un journal qui n’existait pas encore et qui a paru au printemps 2011. Les premiers temps, la parution était irrégulière, puis on a trouvé notre rythme d’un numéro par mois. »",
             "Le journal veut montrer au plus grand nombre les initiatives concrètes en faveur de l’écologie, de l’agriculture paysanne, de la démocratie locale et de l’entraide. « Tout est parti d’une campagne d’un collectif antinucléaire qui, en 2006, avait tiré un quatre-pages à des centaines de milliers d’exemplaires vendu presque rien. » (2) Régis Fourcade en a tiré une conviction : « imprimer massivement pour que le journal tombe dans toutes les mains. On l’a fait grâce à une prévente militante. Les fonds ont été réunis avant même le premier numéro, ce qui nous a permis de viser tout de suite une diffusion énorme. Il me semble qu’au départ, on tirait quelque 30 000 exemplaires par mois. »",
             "La vocation de La Main Verte, c’est de « faire circuler les alternatives, quel que soit le domaine concerné. C’est changer d’angle et poser un regard neuf sur les choses ».",
             "Pour Nadia, rédactrice, « c’est un mensuel, et l’envie est de raconter ce que des habitants font, souvent ensemble, parfois seuls, pour plus d’entraide et pour reprendre la main sur leur quotidien. On parle donc beaucoup de coopératives, de climat, d’initiatives solidaires, de mobilisations citoyennes. Bref, de tout ce qui aide à construire un monde plus vivable. »",
             "Jusqu’en 2016, une association portait le titre, puis une société coopérative d’intérêt collectif (SCIC) a pris le relais. Grâce à ce modèle, le journal est déten",
         ]),
    _neg("b99-aufildesmots-lamainverte-premiernumero-neg",
         "Invented; modelled on C pour dire (blog review of a paper's first issue quoting the founder's plea, contact footer)", "fr", [
             "La Main Verte, le temps de passer à l’acte",
             "Il aura fallu de la ténacité : La Main Verte, tout nouveau journal écolo, a enfin vu le jour après un très long mûrissement. Son initiateur, Régis Fourcade, refusant de s’en remettre aux banques et aux grands groupes, a choisi de le faire financer par ses lecteurs. Il a ainsi rassemblé quelque 400 diffuseurs qui ont promis de prendre 20 exemplaires chaque mois durant un an, réglés à l’avance – rien de ruineux : 12 euros, puisque le numéro coûte 60 centimes. La Main Verte est donc un titre engagé par son mode de financement et d’organisation (association loi 1901) ; il l’est moins, au sens du vieux bulletin de parti, par ses pages, bien plus tournées vers le concret que vers la doctrine. D’où sa devise « Observer – Débattre – Agir ».",
             "Ce premier numéro respire la vitalité :: mise en page aérée et claire, des couleurs sans excès et, cela va de soi, un papier recyclé agréable au toucher (aucun écran ne remplace le bruissement d’une page qu’on tourne…) Qu’il y soit question de panneaux solaires, de pesticides et de circuits courts, rien d’étonnant… Mais cela ne suffirait pas à retenir des lecteurs qui en veulent davantage. D’où des rubriques comme « Ailleurs » qui se penche sur l’accaparement des terres ; d’où l’enquête sur le mythe de la croissance « infinie », ou encore la page « Produire autrement » dédiée cette fois aux jardins partagés et aux coopératives d’habitants.",
             "Ce numéro inaugural sonne comme un pari. Il est plein de promesses, mais, comme le rappelle Régis Fourcade, « ce journal ne tiendra que si vous êtes nombreux à le porter avec nous ».",
             "Association La Main Verte - 26110 Valrièges - Tél 04 75 00 31 62",
             "- contact@lamainverte.example.org",
             "- http://www.lamainverte.example.org",
         ]),
    _neg("b99-racines-dossier-lamainverte-neg",
         "Invented; modelled on Silence (magazine dossier on a cooperative paper, fact-sheet line, distribution and price history, cut mid-word)", "fr", [
             "Dossier Presse indépendante",
             "La Main Verte",
             "Claire Deschamps",
             "Depuis 2011, le mensuel La Main Verte circule à grande échelle pour montrer qu’on peut transformer la société depuis la base, par l’écologie et l’engagement local.",
             "Carte d’identité",
             "Siège : Valrièges, 820 habitant-es, Drôme • Lancement : 2011 • Cinq salarié-es • Diffusion : 18 000 numéros mensuels • Budget annuel : 280 000 € • Forme : association devenue SCIC.",
             "Au printemps 2006, un collectif antinucléaire lance ses groupes locaux dans une grande opération de distribution d’un faux quotidien régional détourné pour l’occasion. En un mois, 600 000 exemplaires circulent. Régis Fourcade, un commerçant de Crest, en reste marqué et se prend à imaginer un journal engagé qui, porté par un réseau de diffuseurs bénévoles (avec l’ambition d’en réunir 3 000), pourrait toucher massivement le public sur les thèmes écologiques. Il parcourt alors le pays pour rallier le plus de monde possible et en 2011, il sort le bimestriel La Main Verte. Vendu à un prix dérisoire (0,60 €), il est tiré en grand nombre, mais seuls 400 volontaires ont accepté de diffuser au moins 20 exemplaires. Le premier tirage atteint 45 000 exemplaires. Côté contenu, le modèle est celui d’une revue de presse : on y retrouve des informations glanées dans les médias alternatifs et des communiqués d’associations. Le journal est édité par une association qui porte son nom.",
             "En 2013, le journal passe au rythme mensuel. Le réseau de bénévoles s’essouffle et peine à se renouveler. Même en recul, les ventes se maintiennent autour de plusieurs dizaines de milliers de numéros. L’équipe de rédaction s’étoffe, sans que cela suffise à redresser la courbe. Pour boucler les comptes, il devient nécessaire de relever le t",
         ]),
    _neg("b99-vertdemain-inondations-cagnottes-neg",
         "Invented; modelled on Bio à la une (guide to disaster donation platforms, scam warning, paragraph repeated cut off)", "fr", [
             "Inondations : les collectes et initiatives solidaires pour soutenir les sinistrés à votre mesure",
             "Dans ces jours difficiles, les familles touchées et les bénévoles sur le terrain ont besoin de l’aide de chacun. Dons d’argent, de matériel ou simple présence, l’entraide apparaît pour l’instant comme la meilleure réponse à la catastrophe.",
             "Avec les crues qui ont ravagé plusieurs vallées du Sud-Ouest, la vie des habitants et des secouristes est mise à très rude épreuve. Si les pompiers qui enchaînent les interventions sont salués partout sur les réseaux sociaux, les sinistrés comptent également sur les dons. Diverses initiatives ont été lancées pour les épauler.",
             "Inondations : les principales collectes en ligne",
             "Beaucoup d’associations lancent des appels aux dons pour les familles sinistrées sur leur site internet. C’est le cas, entre autres, des plus connues telles que :",
             "Si vous hésitez encore sur l’association à aider, vous pouvez consulter Cagnottia, un site qui recense de nombreuses structures pour simplifier les dons des particuliers vers celle qu’ils préfèrent. Face à la catastrophe, la plateforme a remanié sa page d’accueil pour mettre en avant plusieurs associations engagées auprès des sinistrés. Les actions soutenues sont diverses : nettoyage des maisons, relogement d’urgence, achat d’électroménager pour les familles… Les dons se font entièrement en ligne, en quelques clics seulement !",
             "Attention aux escroqueries !",
             "La multiplication des collectes sur internet fait aussi le bonheur des fraudeurs. Voici donc quelques réflexes à adopter :",
             "Si vous hésitez encore sur l’association à aider, vous pouvez consulter Cagnottia, un site qui recense de nombreuses structures pour simplifier les dons des particuliers vers celle qu’ils",
         ]),
    _neg("b99-katuninfo-fond-klinika-lechenie-neg",
         "Invented; modelled on Горно-Алтайск.info (charity fund pays a foreign clinic for a child's treatment, cut mid-word)", "ru", [
             "Благотворительный фонд «Рука помощи» перечислит мюнхенской клинике Klinik am Lindenhof 6,412 млн рублей на лечение 7-летней жительницы Усть-Катунска Алины Зуевой, у которой диагностирована нейробластома 4 стадии. Этих денег хватит, чтобы целиком оплатить первый счёт клиники.",
             "Напомним, на прошлой неделе Алина с отцом прилетела в Мюнхен. К пятнице врачи Klinik am Lindenhof рассчитывают закончить диагностику и начать терапию. Как рассказал детский онколог Маттиас Кёрнер, девочке предстоит несколько курсов химиотерапии, а затем, возможно, операция и пересадка стволовых клеток.",
             "В фонде «Рука помощи» уточнили, что нужные Алине 6 412 000 рублей взяты из средств, поступивших в ходе сбора для Кирилла Лаптева, по программе «Адресная помощь тяжелобольным по письмам через СМИ и интернет за счёт пожертвований граждан и компаний».",
             "Волонтёры напоминают, что сбор, за несколько месяцев которого удалось получить более 2,3 млн рублей, пока не заве",
         ]),
    _neg("b99-nevskiykurer-monetka-marafon-neg",
         "Invented; modelled on 178.ru (charity coin-collection drive across cities, cut mid-word)", "ru", [
             "Благотворительный марафон «Монетка к монетке» в помощь детям с тяжёлыми заболеваниями пройдёт по инициативе фонда «Светлый путь» в первые три выходных июня, рассказали агентству «Вести-Сеть» в пресс-службе фонда.",
             "Как поясняют организаторы, смысл марафона – в сборе монет любого достоинства в специально оборудованных точках. В этот раз такие точки заработают в Казани, Екатеринбурге, Томске, Ярославле, Владимире, Калининграде, Омске, Уфе и Красноярске. Все деньги пойдут на оплату дорогостоящего лечения детей из разных уголков страны.",
             "«Почти в каждой квартире найдётся банка или копилка, куда годами ссыпается мелочь. На время марафона мы откроем точки сбора, куда любой сможет прийти и отдать свою мелочь, чтобы помочь больным детям», – рассказала руководитель программ фонда Дарья Клименко.",
             "Марафон «Монетка к монетке» фонд устраивает с 2012 года. За эти годы удалось собрать свыше пяти миллионов рублей, помощь получили 37 детей с тяжёл",
         ]),
    _neg("b99-volzhskayazarya-znaniyavmestobuketov-neg",
         "Invented; modelled on Нижегородская правда (school charity drive with record sum, drug prices, cut mid-word)", "ru", [
             "Приволжская благотворительная акция «Знания вместо букетов» принесла более 1,1 млн рублей на лечение 9-летнего Артёма с нейробластомой. Об этом рассказали в фонде «Добрый берег». Жители области собрали рекордную для акции сумму – 1 124 380 рублей. Средства пойдут на лечение мальчика.",
             "В акции приняли участие 198 классов из 37 школ.Всего Артёму Савельеву требуется 3 870 000 рублей на препараты. Сбор идёт на сайте фонда «Добрый берег». К деньгам с акции прибавили 140 тысяч, вырученные на ярмарке «Осенний базар» и спектакле «Свет в окне», а также частные пожертвования жителей.",
             "Мальчику назначены 17 курсов препарата «Динутум». Каждый курс обходится почти в 210 тысяч рублей.",
             "«Препарат полностью оплачен и уже передан в клинику. Артём начнёт терапию в самые ближайшие дни», – сообщили в фонде.",
             "Напомним, за пять лет акция собрала 2 947 115 рублей для 16 детей. Суть акции – 1 сентября вместо большого букета для учителя класс передаёт деньги на лечение больного ребёнка.",
             "Как писал ранее сайт volzhzarya.example.org, благотворительные орг",
         ]),
    _neg("b99-zdravinfo-nadezhdaryadom-sbor-koreya-neg",
         "Invented; modelled on MedikForum.ru (charity fund opens a collection for treatment abroad)", "ru", [
             "Благотворительный фонд «Надежда рядом» открыл сбор на лечение Миши Ершова в Южной Корее.",
             "Бабушка мальчика, Татьяна, вместе с друзьями и соседями уже собрала примерно 900 тысяч рублей – чуть меньше половины нужной суммы.",
             "Как уточняют в фонде, деньги на зарубежное лечение собирают лишь тогда, когда доказано, что все возможности российских клиник исчерпаны или оказались безрезультатными.",
             "За последнее десятилетие медицина в стране сделала большой шаг вперёд, и основная часть пациентов лечится дома, в российских больницах.",
             "В ситуации Миши Ершова, подчёркивают в фонде, поездка за границу – крайняя мера, к которой прибегают только в самых тяжёлых случаях.",
         ]),
]


BATCH99_DOCUMENTS = PROBE79_APPEALS + PROBE79_NEGATIVES
