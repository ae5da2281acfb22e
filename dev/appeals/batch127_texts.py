"""Batch 127: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

13 documents (3 appeal, 10 negative; DE, FR, RU, UK): our own paraphrases of every document of the
local-only real probe 107 (13 documents). Each keeps the real page's structure (a blogger's weekly
housekeeping note cut off mid-sentence, a weekly paper's "about us" page with its subheadings and a
doubled space, a magazine teaser copied onto an aggregator with "<< >>" quotes and <em> tags followed
by a newsletter sign-up form with all its form messages, a tech site's tongue-in-cheek notice with its
title repeated as teaser and photo caption and a mid-word cut, a byline over a cut school charity-run
report, a TV site's "web desk" item with sentences glued together without spaces, a crowdfunding
story with its title printed twice and a trailing space, a dated item with a view counter, quoted
"Name, role:" interview lines, a "Фото: Telegram/..." credit line and a subheading) and exactly what
the real gold marks: a blogger's thank-you to his PayPal donors in the middle and, at the end, his
"here is how you can support my work, three ways" lead-in with the cut first option; a weekly's
one-line "take out a subscription here or buy us at a kiosk" sentence inside its about page (the
patrons' association sentence above it stays text); a politics newsletter box with its schedule,
pitch, validation and confirmation messages, link to the other newsletters and consent line.
Negatives keep what makes the real ones hard: a tech site joking about charging readers for links,
a school run whose laps raise money for a charity, a family's online collection with its link, total
and days left, a baker's crowdfunding for two orphaned children with goal and sums, a journalists'
group inviting the public to back local media, a charity concert for a hospital garden, a charity
drive with donation boxes, a fintech founder reporting a fundraiser's totals, and two Ukrainian pieces
on fundraising fatigue and on a newspaper's own completed collection for soldiers.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch127` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch127.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 107: appeal documents ----------------------------------------------------------------

_BLICKWECHSEL_THANKS = (
    "Ein großes Dankeschön geht auch an alle, die mich über PayPal mit einem Beitrag bedacht haben! "
    "Ohne Sie gäbe es den Blickwechsel in dieser Form gar nicht."
)

_BLICKWECHSEL_WAYS = "\n".join([
    "Nachdem ich mich nun bei den PayPal-Unterstützern bedankt habe, fehlt nur noch der Hinweis, auf welchen Wegen Sie meine Arbeit fördern können. Davon gibt es genau drei:",
    "Sie können mir per PayPal einen Betrag Ihrer Wahl",
])

_LINDENAU_ABO = (
    "Ein Jahresabonnement schließen Sie gleich hier ab – oder Sie holen sich die LW an einem unserer Kioske."
)

_REGARD_NEWSLETTER = "\n".join([
    "La lettre Coulisses du pouvoir",
    "Chaque mercredi à 8h00",
    "Soyez les premiers à lire les décryptages et les confidences politiques de nos journalistes.",
    "Adresse e-mail incorrecte",
    "Merci d'indiquer une adresse e-mail",
    "C'est noté !",
    "Nous avons bien enregistré votre demande pour l'adresse :",
    "Toutes nos autres lettres vous attendent ici : MonEspace",
    "En validant, vous acceptez nos conditions d'utilisation ainsi que notre charte de protection des données.",
])


PROBE107_APPEALS = [
    _doc("b127-blickwechsel-sommerpause-paypal-middle-end", "appeal", "middle+end",
         "Invented; modelled on Anti-Spiegel (blogger's weekly note with donor thanks mid-text and a cut support-options lead-in at the end)", "de", [
             "Vor ein paar Tagen habe ich hier erklärt, wie sich unabhängige Blogs finanzieren, und angekündigt, dass bald eine kleine Anzeigenfläche auf der Seite auftauchen soll. Offen gestanden hat mich das Echo meiner Leserschaft angenehm überrascht.",
             "Eigentlich war ich auf Protest eingestellt, doch stattdessen erreichten mich rund 70 Zuschriften voller Verständnis und keine einzige Beschwerde. Herzlichen Dank dafür!",
             "Wer selbst eine Anzeige auf dem Blickwechsel schalten will, findet die nötigen Angaben übrigens auf dieser Seite.",
             _BLICKWECHSEL_THANKS,
             "Da wir gerade beim Blickwechsel sind: Vielleicht ist Ihnen aufgefallen, dass hier zuletzt seltener etwas Neues erschienen ist als „üblich“. Keine Sorge, die Lust ist mir nicht vergangen, es ist schlicht Ferienzeit. Lieber bringe ich an manchen Tagen gar nichts oder nur einen einzigen Text, als die Seite mit einem belanglosen „Füllstoff“ zu bestücken. Momentan passiert wenig, das ich für wichtig halte und bei dem ich mich gut genug auskenne, um es gründlich aufzuarbeiten.",
             "Beherrscht wurden die letzten Tage von den Kundgebungen in Tiflis. Das liegt nicht daran, dass ich mir dieses Thema freiwillig jeden Morgen aussuchen würde. Welche Themen ich aufgreife, bestimmen neben der Nachrichtenlage vor allem die großen Redaktionen, deren Artikel mir reichlich „Stoff“ liefern. Und über die Kundgebungen in Tiflis verbreiten sie derart viel Halbwahres, dass ich fast täglich etwas dazu schreiben musste.",
             _BLICKWECHSEL_WAYS,
         ], appeals=[_BLICKWECHSEL_THANKS, _BLICKWECHSEL_WAYS]),
    _doc("b127-lindenauerwoche-ueberuns-abo-middle", "appeal", "middle",
         "Invented; modelled on Schaffhauser AZ (weekly's about page with a one-line subscribe-or-buy-at-kiosk sentence)", "de", [
             "Wer wir sind",
             "Der unbequeme Blick auf Lindenau",
             "Die Lindenauer Woche ist das Wochenblatt für Lindenau und das ganze obere Talgebiet. Jeden Mittwoch bringt sie gründlich recherchierte Geschichten aus der Lokalpolitik, Porträts aus allen Schichten der Bevölkerung und die ausführlichsten Kulturseiten im Tal.",
             "Getragen wird die Lindenauer Woche dankenswerterweise auch von einem Förderverein.",
             _LINDENAU_ABO,
             "Eine wechselvolle Vergangenheit",
             "Die erste Ausgabe erschien am 12. März 1921 unter dem Titel «Volksstimme». Gegründet wurde das Blatt wenige Wochen nach einem großen Textilarbeiterstreik, der nach drei Wochen ohne jeden Erfolg beendet wurde.",
             "Bis 2003 kam die LW täglich heraus. Eine Geldkrise – keineswegs die erste in ihrer langen Geschichte – machte damals den Wechsel zum wöchentlichen Erscheinen nötig. Was seinerzeit schmerzte, hat sich als Glücksfall erwiesen: Seither steckt die LW ihre Kräfte in ausführliche Hintergründe und eigene Nachforschungen – in Geschichten, die es anderswo schlicht nicht gibt.",
             "In den ersten Jahren gehörte die LW den Sozialdemokraten, danach eine Zeit lang der der Gewerkschaftsbewegung und ab 1946 erneut der SP.",
             "Mit der Parteizeitung war 2002 Schluss: Heute erscheint die Lindenauer Woche bei der Talpresse Genossenschaft. Deren Anteilkapital beträgt 512’000 Franken. Die etwa 80 Genossenschafterinnen und Genossenschafter sympathisieren zwar mit der SP, doch die LW ist schon lange kein  Sprachrohr der Lindenauer SP mehr, sondern arbeitet eigenständig.",
             "Trotzdem sieht sich die Lindenauer Woche nach wie vor als Blatt mit klarer Linie, als wache Stimme links von der Mitte.",
         ], appeals=[_LINDENAU_ABO]),
    _doc("b127-leregard-corbel-newsletter-end", "appeal", "end",
         "Invented; modelled on Le Point copied on limportant.fr (magazine teaser followed by a politics newsletter sign-up form with its messages)", "fr", [
             "Politique",
             "<< Pour une Europe qui tienne debout >>, Marianne Corbel publie <em>L'Art de resister,</em> un bref manifeste paru dans la revue <em>Horizons croises</em>.",
             "Chine, Bruxelles, 2027 : nous avons lu le manifeste de Corbel",
             "En une soixantaine de pages aux allures de programme, l'ex-ministre des Affaires étrangères décrit les bouleversements du monde et les menaces qui pèsent sur le continent comme sur la France. Sans craindre les images de fin du monde.",
             _REGARD_NEWSLETTER,
         ], appeals=[_REGARD_NEWSLETTER]),
]


# --- Probe 107: negatives -----------------------------------------------------------------------

PROBE107_NEGATIVES = [
    _neg("b127-bitfeld-linkgebuehr-neg",
         "Invented; modelled on Golem.de (tongue-in-cheek notice about charging readers for links, title repeated as teaser and caption, cut mid-word)", "de", [
             "Hinweis der Redaktion: Bitfeld.de erhebt ab sofort eine Linkgebühr",
             "Bitfeld.de erhebt ab sofort eine Linkgebühr.",
             "Bitfeld.de erhebt ab sofort eine Linkgebühr. (Bild: Jana Roth/Bitfeld.de)",
             "Weil das geplante Verlegerrecht in Brüssel auf der Kippe steht, brauchen Redaktionen frische Geldquellen. Bitfeld.de verabschiedet sich deshalb vom Gratislink. Wer trotzdem kostenlos weiterklicken möchte, hat aber ein paar Alternativen.",
             "Scheitert das Lieblingsprojekt der ehemaligen EU-Medienkommissarin Helga Brandstetter an störrischen Parlamentariern? Im Moment deutet vieles darauf hin, dass ihr leidenschaftlich verteidigtes Verlegerrecht in Straßburg durchfällt. Suchportale werden also weiterhin mit Verweisen auf sorgfältig gemachte Fachartikel Geld verdienen, ohne den Redaktionen einen Cent abzugeben. Bitfeld.de muss sich daher auf Dauer nach anderen Erlösen umsehen.",
             "Zum 25. Geburtstag von Bitfeld.de am 1. April 2019 endet deshalb eine lange gepflegte Gewohnheit. Seit es das Netz gibt, stellen Redaktionen ihren Lesern nicht nur Texte gratis zur Verfügung, sondern obendrein allerlei Zusatzservice. Dazu zählt, auf Quellen und weiterführende Berichte zu verweisen. Wer mehr wissen will, erspart sich so stundenlanges Suchen. Wieso sollte man so etwas umsonst hergeben?",
             "Gerecht abrechnen: Bitfeld Klick",
             "Bitfeld.de bittet für diesen Service deshalb künftig zur Kasse. Wir haben uns dafür ein ausgewogenes Preismodell ausgedacht. Ab Mai werden alle Adressen externer Seiten standardmäßig verschleiert. Wer einen Verweis öffnen möchte, registriert sich bei unserem neuen Angebot Klickkasse. Dort lässt sich zum Beispiel ein Quart",
         ]),
    _neg("b127-neckarbote-spendenlauf-neg",
         "Invented; modelled on Esslinger Zeitung (byline over a cut report on a school charity run)", "de", [
             "Von Lena Hofstetter",
             "Verschwitzt und bis zu den Knien voller Schlamm drängten sich rund 140 Schülerinnen und Schüler vor dem Vereinsheim an der Lindenwiese. In Teams drehten sie jeweils 45 Minuten lang Runden von 300 Metern über die Wiese am Ufer. Jede Runde brachte einen Stempel auf der Laufkarte und später einen Betrag von einem Förderer. Eine Hälfte bekommt das Hilfswerk Kinderbrücke für Schulprojekte in Ostafrika. Über den Rest entscheidet die Schule selbst.",
             "„Wir freuen uns riesig, wie begeistert alle mitgemacht haben“, sagt Schulleiter Jörg Albrecht. Er selbst schaffte zwölf Runden und bekam für jede 10 Euro von der",
         ]),
    _neg("b127-motutv-cagnotte-maeva-neg",
         "Invented; modelled on TNTV (web-desk item on a family's online collection, sentences glued without spaces)", "fr", [
             "La rédaction web",
             "Maeva, 9 ans, est soignée depuis trois semaines à Bordeaux, où sa mère est restée auprès d'elle. « Elle avait déjà été évacuée une première fois l'an dernier. Son état s'est aggravé et il a fallu repartir en catastrophe », précise le message publié avec la collecte.Son père et sa grande sœur sont restés à Raiatea. Les proches de la famille souhaitent que l'argent récolté serve à payer les billets pour qu'ils la rejoignent.« Ce sont des gens discrets qui ne réclament jamais rien », insistent les initiateurs de la collecte, qui précisent : « ils ont été très émus par tous ces messages ».Lancée hier soir, la collecte ( https://www.cagnotte.example.org/c/m4ev9a ) atteint déjà près de 52 000 francs. Elle restera accessible pendant encore 45 jours.",
         ]),
    _neg("b127-actuflash-incendie-orphelins-neg",
         "Invented; modelled on MCE TV (crowdfunding story for two orphans, title printed twice, trailing space)", "fr", [
             "Incendie à Marseille : un boulanger ouvre une cagnotte pour deux enfants privés de parents",
             "Incendie à Marseille : un boulanger ouvre une cagnotte pour deux enfants privés de parents",
             "Les deux enfants ont perdu leur père et leur mère dans l'incendie de leur immeuble. Bouleversé, le boulanger qui employait leur père a choisi de solliciter la générosité du public.",
             "Même au cœur du malheur, la solidarité finit toujours par se montrer. Dans la nuit du mardi 4 février, un immeuble du quartier de la Belle de Mai a été ravagé par les flammes. Lina, 9 ans, et Noé, 2 ans, dont Radio Cité a raconté l'histoire, y ont perdu leurs deux parents. Ils sont désormais hébergés par leur oncle, qui ne touche pour l'instant aucune aide. Devant l'urgence, plusieurs commerçants du quartier se mobilisent et sollicitent les dons.",
             "Une collecte en ligne pour Lina et Noé",
             "Parmi eux, Karim, patron de la boulangerie Au Pain Doré, à deux rues de l'immeuble sinistré. Il a ouvert une cagnotte sur la plateforme Entraide Plus pour réunir de quoi soutenir les enfants. Il s'agit de permettre aux internautes d'épauler une famille frappée de plein fouet. Celui qui employait leur père confie à Radio Cité qu'« il faut trouver de l'argent tout de suite pour les besoins du quotidien, mais surtout éviter que le frère et la sœur soient placés chacun de leur côté. Leurs parents n'auraient jamais voulu ça, et nous leur devons de garder ces enfants ensemble, avec une école et un vrai foyer ».",
             "Un objectif de 80 000 euros",
             "Sans surprise, l'élan de solidarité a touché de nombreux internautes et la cagnotte a déjà franchi la barre des 55 000 euros. Partagés sur Facebook, Instagram et dans les groupes de quartier, les appels à contribuer ",
         ]),
    _neg("b127-voixdescedres-presselocale-neg",
         "Invented; modelled on L'Hebdo Journal (journalists' group inviting the public to back local media)", "fr", [
             "Le Regroupement des journalistes indépendants de la vallée des Cèdres convie le public à un 4@6 de solidarité avec les médias locaux le 12 octobre à la Maison de la culture de Val-des-Cèdres.",
             "La rencontre veut montrer l'appui de la communauté à la survie de l'hebdomadaire La Voix des Cèdres, et plus largement à l'avenir de l'information de proximité dans toute la vallée, quel que soit le support.",
             "Ceux qui ne pourront pas venir peuvent écrire un mot sur la page Facebook « J'appuie mes médias d'ici – vallée des Cèdres », pour dire ce que les nouvelles locales représentent pour eux.",
         ]),
    _neg("b127-tuvaefir-sad-bolnica-neg",
         "Invented; modelled on Arig Us (charity concert for a hospital garden, quoted 'Name, role:' lines, cut mid-word)", "ru", [
             "В Кызыле прошёл благотворительный концерт в поддержку юных пациентов гематологии. Волонтёры мечтают разбить прогулочный сад при больнице для ребят, которые проходят долгое лечение. Местные музыканты помогли собрать первую часть суммы. Сколько удалось выручить за один вечер?",
             "Ольга Сандакова, мама пациентки: Сейчас у ребят есть только крыльцо и узкая дорожка вдоль корпуса, по которой можно немного пройтись, и больше ничего.",
             "Заросший участок за корпусом детской больницы пустует уже много лет. Чаще всего там ставят машины сотрудники, изредка выходят подышать маленькие пациенты. После курсов терапии дети особенно беззащитны перед инфекциями, поэтому общая игровая площадка во дворе для них закрыта.",
             "Айдын Монгуш, заведующий отделением детской гематологии: Иногда ребёнок проводит у нас полгода и больше, поэтому так важно, чтобы рядом было место, где можно хоть ненадолго забыть о процедурах.",
             "Для сада нужно провести освещение, выровнять грунт, спилить аварийные тополя и высадить кустарники. Начать рабо",
         ]),
    _neg("b127-severgorsk-akciya-ladoni-neg",
         "Invented; modelled on Amurskie Novosti (charity drive with donation boxes, date-time-views line, cut)", "ru", [
             "Северогорцы охотно жертвуют деньги на лечение детей",
             "11.09.2016 14:35 512",
             "Благотворительная акция «Тёплые ладони» набирает силу: прозрачные боксы для пожертвований наполняются с каждым часом. У входа в городской Дом культуры уже несколько десятков северогорцев опустили в них деньги для детей, которым требуется дорогостоящее лечение. Сами жители признаются, что помогать малышам для них естественно.",
             "«Я не могла пройти мимо, ведь этим малышам сейчас очень тяжело. Лечение длится годами и стоит огромных денег. А родителям одним с этим не справиться. Хочу, чтобы у них всё получилось», – рассказала пенсионерка с внуком.",
             "«Сердце разрывается, когда читаешь про таких крох. Пусть они поскорее поправятся, пусть растут весёлыми и крепкими, пусть у каждого будет нормальное детство – дома, с мамой и папой», – добавила молодая жительница города.",
             "Один бокс стоит прямо в фойе Дома культуры, второй переносной. «Я хожу с переносным боксом, за утро мы уже со",
         ]),
    _neg("b127-vestidnya-sputnik-sbor-neg",
         "Invented; modelled on Novosti-N (fintech founder reporting a fundraiser's participants and totals)", "ru", [
             "В сборе на покупку разведывательного спутника для Украины участвуют жители 48 стран. Активнее всего деньги переводят из Канады и Германии.",
             "Об этом рассказал сооснователь финтех-сервиса «Гривна Плюс» Андрей Марченко.",
             "По его данным, к сбору присоединились примерно 52 тысячи человек из 48 государств. Помимо самих украинцев, больше всего перечислений приходит из Канады и Германии.",
             "«Благодарю всех! Канадцы и немцы снова доказали, что на них можно положиться», - отметил Марченко.",
             "\"За последние сутки сумма пожертвований приблизилась к 9 миллионам долларов. Спутниковая инициатива находит всё больше сторонников внутри страны\", - сообщает «Вести Дня».",
         ]),
    _neg("b127-pravyiberih-vtoma-zbory-neg",
         "Invented; modelled on LB.ua (feature on fundraising fatigue, photo credit line, subheading, cut mid-word)", "uk", [
             "Оголошення про збори трапляються всюди: у сторіз, перед подкастами, на банках для донатів біля кас у супермаркетах і в таксі. «Дай мені хвилину, не гортай далі», — звертається з екрана військовий посеред серіалу, хоча добре розуміє, що більшість глядачів одразу тисне «Пропустити рекламу». Та нові ролики з'являються щодня, бо фронт потребує дедалі більше, а волонтерські ініціативи не можуть зупинитися. Біда в тому, що грошей надходить менше. Волонтери кажуть: прохань стає більше, а втома від новин і важкі матеріальні обставини людей роблять кожен збір довшим і складнішим.",
             "Розвідники однієї з бригад ще в червні оголосили збір на пікап. За десять тижнів із потрібних 320 тисяч (хоча допомагали знайомі, колеги й сусіди) назбирали лише 118 тисяч. «Решту скинулися самі хлопці — чекати далі не було сенсу, машина потрібна зараз. А збір стояв на місці», — розповіла сестра одного з бійців.",
             "Фото: Telegram/Олена Гайова",
             "Безліч прохань і збори-мільйонники",
             "Торік напередодні Дня Незалежності у 8-А класі ліцею на Житомирщині батьківський комітет вирішив скинутися на дрон для підрозділу, де служить тато одного з уч",
         ]),
    _neg("b127-poltavskyivisnyk-vesnianyi-zbir-neg",
         "Invented; modelled on Ukraina-Tsentr (editor's reflection on the paper's own completed collection for soldiers, cut)", "uk", [
             "Організувати збір на армію журналістові нескладно: пишеш зворушливий допис, шукаєш влучний знімок, разом з верстальником робиш яскраву листівку, додаєш номер картки, ставиш усе на сайт газети й розганяєш по своїх сторінках. І гроші йдуть! Тиждень, другий, третій. Люди в нас небагаті, але небайдужі.",
             "Крім того, дуже допомагає те, що частина наших читачів досі звикла читати газету, а за виданням і за його авторами стоїть багаторічна довіра. Та є одне «але»: я на собі відчула, як ніяково просити в людей гроші, коли сама сидиш без зайвої гривні. Віддавати простіше, ніж випрошувати.",
             "Думаю, так не лише в «Полтавському віснику», але кожен боєць, з яким нашим кореспондентам хоч раз довелося поговорити, так і лишається у переповненому записнику телефону. І нерідко наш ранок починається з дзвінків: як там Ігор Мазур, Степан Ковтун, Денис Гнатюк і ще добрий десяток хлопців.",
             "Напередодні Великодня ми врешті завершили наш «Весняний збір». Стартували ще в лютневу відлигу, читачі охоче підтримали, а коли потік переказів вщух, основну частину зібраного ми",
         ]),
]


BATCH127_DOCUMENTS = PROBE107_APPEALS + PROBE107_NEGATIVES
