"""Batch 131: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

12 documents (1 appeal, 11 negative; UK, RU, FR, DE): our own paraphrases of every document of the
local-only real probe 111 (12 documents). Each keeps the real page's structure (a regional news item
closing on a quoted remark introduced by a dash, headline and dateline lines, a "photo is
illustrative" caption line, a question subheading, a photo-credit line, an "(ФОТО)" headline, a line
ending in a colon before a cut list, a blogger's short staccato call lines, an open-letter header, a
blog post with a foreign-language aside line, a transliterated channel-name line and a "PS:" line, a
German subheading, a single paragraph with two sentences glued without a space, and cut-off endings
mid-word) and exactly what the real gold marks: a one-line "follow our Telegram channel for the
region's news" sentence closing a short item. Negatives keep what makes the real ones hard: a school
donation relay for the army with a card number and a quoted call to donate, residents' fundraising
for soldiers gathered from social posts, children raising money for the army, a prize draw among
donors to a volunteer fund, a charity ball with sums and a closing call to transfer money, a blogger
relaying another magazine's fundraising with an urgent "support them" call, a government grant to
community media with amounts, an open letter on community papers' shrinking funding and fees, a blog
post on a public broadcaster's funding failure, a report on a newspaper takeover and rising paper
prices and wages, and a veteran journalist's reflection on why regional papers matter.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch131` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch131.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 111: appeal documents ----------------------------------------------------------------

_USETUT_TELEGRAM = "Найсвіжіші події Полтави та області читайте першими в нашому Telegram-каналі"


PROBE111_APPEALS = [
    _doc("b131-usetut-prapor-toronto-end", "appeal", "end",
         "Invented; modelled on ПРО ВСЕ (provce.ck.ua) (short diaspora item, one-line Telegram channel sentence at the end)", "uk", [
             "- На головній площі міста мешканці й туристи спостерігали, як угору піднімали синьо-жовтий семиметровий стяг. Відомо, що в Торонто живе чимала українська громада, яка серед своїх головних справ вважає виховання дітей у любові до рідного краю далеко від дому, - розповів Петро Гайдук.",
             _USETUT_TELEGRAM,
         ], appeals=[_USETUT_TELEGRAM]),
]


# --- Probe 111: negative documents --------------------------------------------------------------

PROBE111_NEGATIVES = [
    _neg("b131-siverskyivisnyk-estafeta-vneskiv-lytsei-neg",
         "Invented; modelled on Час Чернігівський (cntime.cn.ua) (school donation relay for the army with a card number and a quoted call to donate)", "uk", [
             "Естафету внесків на потреби війська розпочали на Сумщині. Вже назбирали 86 тис грн",
             "3 ЧЕРВНЯ 2024, 09:14",
             "На отримані гроші закупили турнікети, рації та все для плетіння сіток. Фото ілюстративне",
             "Задум естафети внесків виявився напрочуд вдалим. До неї вже долучилися майже 180 людей, які спільно назбирали 86 000 грн.",
             "Стартувала вона в Липоводолинському ліцеї, аби допомогти односельцям, які зараз служать. Кожен учасник переказує гроші на картку громадської організації «Липова рада» 5100000000004321 і згадує 3-4 знайомих, яким передає естафету.",
             "«Щиро вдячна кожному, хто не лишається осторонь і підтримує наших бійців. Уже купили турнікети й рації для хлопців, а також усе потрібне для плетіння маскувальних сіток. Ще мріємо облаштувати в ліцеї куточок пам'яті загиблих випускників», – каже волонтерка Оксана Гребенюк.",
             "\"Естафета не зупиняється, тож не обов'язково чекати, доки вас хтось назве, – можна вже сьогодні переказати внесок, зняти коротке відео чи розповісти друзям про цей збір\", - пишуть на сторінці громади Липова Долина",
         ]),
    _neg("b131-rozhniativska-info-vyroby-dity-neg",
         "Invented; modelled on Долинська.City (dolynska.city) (residents' fundraising for soldiers gathered from social posts, cut mid-name)", "uk", [
             "Мешканці громади невтомно шукають гроші на потреби захисників, які зараз тримають оборону на передовій. Кожен робить це по-своєму, але всіх об'єднує спільна ціль – звільнення української землі від окупантів.",
             "Рожнятівська.Info зібрала дописи місцевих жителів із Facebook про те, як вони допомагають фронту власними силами.",
             "Як це працює?",
             "Оксана Марченко, керівниця благодійної організації «Крила надії», розповіла, що одинадцятирічний Максим Гнатюк сам плете браслети й ліпить магніти з глини. Частину виробів хлопчик уже продав, а весь виторг – 820 гривень – приніс до організації. Дядько Максима Роман Гнатюк поліг на фронті. Роман рано лишився без батьків, і його виростила тітка Ганна Гнатюк. Її син Тарас Ковальчук теж зараз воює.",
             "Цього тижня Максим приніс до організації ще 1730 гривень, які виручив разом із сестрою Іриною Гнатюк. Діти продавали листівки власного малювання, намиста та фігурки з глини.",
             "Найбільше Максим, Ірина та пані Ганна Гнатюк мріють про день, коли всі рідні повернуться додому живими і разом відсвяткують мир.",
             "Волонтер Бо",
         ]),
    _neg("b131-podilskyikurier-shkoliari-klub-neg",
         "Invented; modelled on 0352.ua (Тернопіль) (children raising money for the army, (ФОТО) headline, cut mid-word)", "uk", [
             "16:40, 21 вересня 2022 р.",
             "На Хмельниччині школярі назбирали для армії солідну суму (ФОТО)",
             "У Віньковецькій громаді на Хмельниччині учні допомагають коштами українським захисникам. Усього до справи приєдналися 24 дитини. Про це журналістам місцевого радіо розповіла керівниця молодіжного клубу \"Крок уперед\" Наталія Собко.",
             "Як каже вона, школярі вже передали більш ніж 35 тисяч гривень.",
             "\"У нас у громаді з'явилися справжні юні волонтери. Вони неймовірні, трудяться без вихідних заради перемоги. З 1 червня до нинішнього дня лише до нашого клубу діти принесли понад 36 тисяч гривень. На ці гроші купимо термобілизну, ліхтарики, аптечки, туристичні килимки, підсумки, розвантажувальні жилети та інше спорядження для бійців\", – розповідає Наталія Собко.",
             "Школярі торгують у центрі Віньківців листівками, печивом і брелоками. Серед них – 9-річна Соломія.",
             "\"Тут – печиво, брелоки з тризубом, листівки на будь-який сма",
         ]),
    _neg("b131-ogliadach-motocykl-rozihrash-reb-neg",
         "Invented; modelled on Експерт (expert.in.ua) (prize draw among donors to a volunteer fund, colon line before a cut list)", "uk", [
             "Волонтерська ініціатива «Сильні разом» передала мотоцикл Harley-Davidson чоловікові, який переказував гроші на армію. Подарунок запропонував один із бійців, аби підбадьорити всіх, хто підтримує військо.",
             "У зборі на РЕБ, наприкінці якого розіграли мотоцикл, узяли участь понад 3 тисячі людей. Разом вони назбирали більш ніж 1,8 млн гривень на засоби радіоелектронної боротьби для фронту.",
             "«Це цілий комплект РЕБів, які скоро прикриють наших хлопців від ворожих дронів», – написали в ініціативі «Сильні разом».",
             "Мотоцикл як нагороду для одного з донатерів передав військовий на позивний Грім. Володаря приза обирали випадковим жеребкуванням, розповіли волонтери. Ним виявився житель Житомира. Символічно, що його донька служить медикинею в Силах оборони.",
             "В ініціативі «Сильні разом» наголосили, що збір на РЕБ триває. Хоч головний приз уже знайшов господаря, справжньою винагородою для кожного стане сама підтримка оборонців.",
             "Нагадаємо, сервіс Даталогія раніше дослідив звітність п'яти найбільших благодійних організацій країни:",
             "Виявилося, що за 2023 рік громадяни переказали",
         ]),
    _neg("b131-vestichernozemya-blagotvoritelnyi-vecher-liski-neg",
         "Invented; modelled on РИА «Воронеж» (riavrn.ru) (charity evening with sums, photo-credit line, closing call to transfer money cut mid-word)", "ru", [
             "В Лисках состоялся благотворительный вечер в субботу, 14 февраля. Участники собрали 512 тысяч 340 рублей.",
             "Деньги пойдут на реабилитацию четырех детей с расстройствами аутистического спектра. Остаток потратят на покупку одежды и школьных принадлежностей для семей, где растут трое и больше детей.",
             "Глава администрации района Сергей Воронцов выразил признательность гостям вечера и напомнил, что в Лискинском районе живут 37 детей, которым требуется постоянная помощь.",
             "Фото — Денис Панфилов",
             "Отметим, что год назад деньги, вырученные на благотворительном вечере, передали трем семьям, где воспитывают детей с сахарным диабетом.",
             "– На этот раз мы хотим поддержать земляков, которые изо всех сил помогают своим детям заговорить и научиться общаться, – пояснила заведующая детской поликлиникой Марина Кольцова. – Средства получат четыре семьи, где дети живут с аутизмом.",
             "Благотворительный вечер стал частью районного марафона «Теплые ладошки», который начался 9 февраля. Присоединиться к марафону может каждый. Тех, кто готов помочь юным пациентам и большим семьям, просят пер",
         ]),
    _neg("b131-sever-blog-otkrytyivzglyad-shtraf-sbor-otherpub-neg",
         "Invented; modelled on tel1.info (mirror of a Russian blog post) (blogger relaying another magazine's fundraising with an urgent support call)", "ru", [
             "Еженедельник «Открытый взгляд» начал сбор денег на собственное спасение — в ответ на решение суда, который назначил редакции штраф в 18 млн 400 тысяч рублей, чтобы фактически закрыть журнал.",
             "Деньги огромные. Времени мало. Медлить нельзя. Прямо сейчас.",
             "Поучаствовал в сборе «Открытого взгляда», отправил журналу 1500 руб.",
             "Подключайтесь и помогайте.",
             "Даже если вы не открывали «Открытый взгляд». Даже если вы спорите с Мариной Ворониной. Даже если вам не близок Павел Седов, за которого выступают журнал и его главный редактор.",
             "Речь сейчас вовсе не об этом.",
             "Речь о праве говорить.",
             "Речь о том, чтобы в журналистике не задушили последние свободные голоса.",
             "Речь о том, что, помогая «Открытому взгляду», вы помогаете самим себе. Докажете тем, кто наверху, что им здесь дозволено далеко не все и что их сила не безгранична. Именно из такого упорства вырастает другая страна.",
             "Помощь «Открытому взгляду» — дело вашей личной чести.",
             "Не откладывайте. Сегодня. Немедленно. Помогите «Открытому взгляду».",
         ]),
    _neg("b131-leriverain-medias-communautaires-aide-neg",
         "Invented; modelled on Info Dimanche (Rivière-du-Loup, Québec) (government grant to community media with amounts, cut mid-word)", "fr", [
             "Le député Julien Thibodeau annonce, pour le compte de la ministre de la Culture, Sophie Gagnon, également responsable de la Côte-Nord et de la Condition féminine, et du ministre de l’Économie sociale et du Développement régional, Marc Tremblay, qu’une enveloppe de 82 315 $ sera remise à 4 médias communautaires de La Matanie - La Mitis pour l’exercice 2024-2025.",
             "Québec maintient son appui à une presse locale qui traverse une période difficile. Cette aide donnera aux médias communautaires les moyens de poursuivre leur travail d’information de proximité, tout en encourageant les citoyens à s’engager dans leurs activités.",
             "«Nos médias communautaires occupent une place centrale dans la vie de nos villages, et nous avons le devoir de les épauler. Cette contribution arrive à point nommé et reconnaît le travail acharné des artisans, salariés comme bénévoles, qui produisent chaque semaine une information fiable et proche des gens», a déclaré Julien Thibodeau.",
             "La Radio communautaire de la Mitis a reçu 29 870 $, le journal L’Écho de Matane a touché 31 200 $, la Télé des Monts a obtenu 12 045 $ et le bulletin Le Phare de Baie-des-Sables s’est vu accorder 9 200 $.",
             "Dans l’ensemble de la province, 148 médias communautaires — journaux papier, sites web, stations de radio et chaînes de télé — se partageront une aide totale de 6,1 M$ pour l’exercice 2024-2025.",
             "«Au-delà de l’accès à une information de proximité dans toutes les régions, ce soutien vient reconnaître le dévouement de ces médias et leur contribution à la vie démocratique, à l’intégration et à l’engagement bénévole des citoy",
         ]),
    _neg("b131-echodescimes-lettre-ouverte-journaux-neg",
         "Invented; modelled on Ski-se-Dit (journal communautaire, Saint-Donat, Québec) (open letter on community papers' shrinking funding and fees, cut)", "fr", [
             "Lettre ouverte",
             "Privés de subventions suffisantes et de recettes publicitaires, nos journaux communautaires sur papier vont-ils s’éteindre? Québec est-il en train de laisser mourir la presse de proximité?",
             "La chute marquée des placements publicitaires de l’État donne à le penser. En 2022-2023, les journaux communautaires ont touché à peine 64 210 $ en annonces gouvernementales, soit 0,03 % de l’enveloppe consacrée à tous les médias québécois. Puis 41 980 $ en 2023-2024, soit 0,05 % du total. Où donc passe cet argent? Il s’en va vers tout support autre que le papier : les ondes, les écrans et, évidemment, les plateformes sociales.",
             "Québec paraît vouloir pousser les journaux vers le numérique sans leur donner de quoi y arriver. Or, ce passage ne rapporte rien, du moins pour le moment. Bien des journaux n’ont pas encore de site digne de ce nom, ni d’employés formés pour l’alimenter chaque semaine.",
             "Et parlons des 295,80 $ la tonne que les tabloïds devront verser en 2025 à l’organisme Recyc-Papier! Un journal de quartier n’est pas un emballage de biscuits ou une bouteille de lait qu’on jette au recyclage. Informer, ce n’est pas polluer! En outre, dans le cadre du programme de soutien aux médias communautaires 2024-2025, la plupart des journaux ont vu leur aide fondre.",
             "Depuis un an, quatre journaux communautaires ont cessé de paraître. Quelques-uns se demandent s’ils passeront au tout-numérique ou s’ils mettront carrément la clé sous la porte. D’autres encore ignorent s’ils pourront tenir",
         ]),
    _neg("b131-ecransdelest-radiosvet-financement-neg",
         "Invented; modelled on Médias russes (blog, mediasrusses.wordpress.com) (blog post on a public broadcaster's funding failure, aside and PS lines)", "fr", [
             "Radio Svet : la fin annoncée d’une station publique ?",
             "The show is over",
             "RSV – Radio Svet Vserossiyskoe (la radio publique panrusse)",
             "L’agence « Interfax » rapporte qu’à ce jour près des deux tiers des employés ont quitté Radio Svet (RSV). Son directeur Boris Kalinin a réagi en ces termes:",
             "« Personne n’est mis à la porte. Les départs s’inscrivent dans une réorganisation. Certains arrivent au bout de leur contrat, qui ne sera pas prolongé, d’autres s’en vont d’eux-mêmes ».",
             "Créée en 2014 à la demande du ministère de la Culture, la station RSV n’a jamais trouvé son public. En dépit d’avantages considérables (notamment des fréquences réservées dans les grandes villes), ses dirigeants n’ont cessé de réclamer plus d’argent et n’ont jamais réussi à inventer un modèle de financement autre que les dotations publiques (on comptait au départ sur les dons des auditeurs). Logiquement, cette gestion devrait aboutir à l’effacement complet de la radio publique du paysage audiovisuel russe. ",
             "Mais alors, me demanderez-vous, pourquoi une radio publique ne parvient-elle pas à survivre en Russie ? Je vous invite à lire nos 4 billets ci-dessous pour en savoir plus:",
             "Et pour sourire un peu :",
             "PS:  à titre de comparaison, je citerai la station indépendante Echo Severa qui n’a jamais touché d’argent public et a produit ses émissions avec un budget bien plus maigre que celui consacré par RSV à ses achats de programmes. Le bilan? Echo Severa, qui (malheureusement) demeure menacée de fermeture pour des raisons politiques, vit presque de ses seules recettes alors que RSV n’a jamais décollé.",
         ]),
    _neg("b131-oberrheinischerundschau-landbote-papierpreise-neg",
         "Invented; modelled on Badische Neueste Nachrichten (bnn.de) (newspaper takeover and rising paper prices and wages, subheading, cut mid-word)", "de", [
             "Kurz vor Silvester war es amtlich: Die Fränkische Mediengruppe aus Bamberg kauft den „Hohenloher Landboten“.",
             "Mit der Tageszeitung, die 17.500 Exemplare verkauft, gehen auch ein Wochenblatt und die Onlineangebote des in Öhringen beheimateten Verlags an den neuen Besitzer. „Ich bin weiterhin fest überzeugt, dass Verlage ihre Zukunft vor allem durch digitale Angebote, schlankere Abläufe und Zukäufe sichern“, erklärt Bernd Kastner, Verlagsleiter der Fränkischen Mediengruppe, den Kauf.",
             "Bereits vor zwei Jahren hat sich die Oberrheinische Rundschau mit dem Kaiserstühler Boten verbündet, der auf 26.000 Exemplare kommt.",
             "Papierpreise und Stromrechnungen haben sich verdoppelt",
             "Durch den Zusammenschluss lassen sich Abläufe bündeln und Ausgaben senken – und die sind für alle Verlage im letzten Jahr drastisch gewachsen. „Uns trifft der Papiermangel gleichzeitig mit dem Energiemangel“, erklärt Renate Olbrich vom Verein Oberrheinischer Zeitungsverlage (VOZ). Während der Pandemie blieben viele Anzeigen aus, gefragt war Papier vor allem als Karton für Paketsendungen. Also stellten die Papierwerke ihre Maschinen um.",
             "Inzwischen ist die Nachfrage zurück – und mit ihr sind die Preise für Altpapier gestiegen, den Rohstoff für Zeitungspapier. Eine Tonne koste mittlerweile mehr als doppelt so viel, nämlich über 950 Euro, sagt Olbrich. Dazu kommen stark gestiegene Stromkosten. Obendrein müssen die Verlage den Zustellern jetzt 12,80 Euro pro Stunde zahlen – ein Plus von 19 Prozent.",
             "Deutlich geringer fällt der Druck durch die Personalkosten der Redaktion aus: Dort hatten sich Gewerkschaft und Verleger im März 2022 auf ein Plus von 3 Prozent in zwei Schritten geeinigt, gültig für 30 Monate. Dazu eine Einmalzahlung von 400 Euro – „damals war das fair“, sagt Olbrich. Heute dagegen, bei einer Teuerung von neun Prozent, sei dieser Zuwachs für die Besch",
         ]),
    _neg("b131-muehlviertlerbote-rueckschau-lokalzeitung-neg",
         "Invented; modelled on Oberösterreichische Nachrichten (nachrichten.at) (veteran journalist's reflection on regional papers, two sentences glued without a space)", "de", [
             "Was nach 35 Jahren im Lokaljournalismus als Erkenntnis übrig bleibt, ist die feste Gewissheit, dass eine Demokratie starke Heimatzeitungen braucht. In Kanada breiten sich ganze Landstriche ohne Lokalblatt aus, und Forscher konnten zeigen, wie mit dem Ende der Heimatzeitung die Wahlbeteiligung sinkt und das Zutrauen in die Institutionen schwindet.Übrig geblieben ist auch, dass das Formulieren manchmal eine Plage ist. Die Leserin soll das aber nie spüren.",
         ]),
]


BATCH131_DOCUMENTS = PROBE111_APPEALS + PROBE111_NEGATIVES
