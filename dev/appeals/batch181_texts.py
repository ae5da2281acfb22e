"""Batch 181: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

14 documents (5 appeal, 9 negative; DE, FR, RU, UK): our own paraphrases of every document of the
local-only real probe 161 (14 documents). Each keeps the real page's structure (a regional weekly's
headline / weekday dateline / lead / capitalised author line / body cut with "…"; a village-paper
report with kicker, lead, author, a doubled photo caption and photographer line, a mid-text subheading
and a mid-word cut; a magazine issue overview with "À lire dans nos pages :", "Aussi :" and
"Chez nos chroniqueurs :" lists of dash bullets cut mid-word; a two-line local report; a blog review
cut mid-word; a charity-collection tally with "–" bullets and ">" sums; a short road-accident item;
a Telegram channel mirror with channel title, description, feedback-bot line, "⚡️" posts and a cut
ending; a charity-run report with caption and name lines cut mid-name; a postal-tariff report; a
doubled-headline fair report with repeated caption lines) and exactly what the real gold marks: a
one-line subscribers-only paywall notice after a cut body; a two-line "not yet a subscriber? subscribe
here" block at the top of an issue overview; a one-line "read the whole article in our print and
digital edition of <date>" teaser after a single paragraph; a one-line "more news, photos and video
in our Telegram channel" sign-off after an accident item; a one-line "we are on Dzen: <URL>" line in
a Telegram channel's header (the feedback-bot line above it stays text). Negatives keep what makes
the real ones hard: a village paper whose municipal subsidy was voted down (budgets, patrons' money,
advertising income), a newspaper's own "donate your paper while on holiday" scheme reported with
prize winners and a free e-paper offer, a blog relaying another outlet's crowdfunding for summit
coverage with target sum, a blog review of a new politics magazine amid falling press sales, a
village charity-telethon tally, a charity run whose entry fees go to a children's fund, a report on
rising postal delivery tariffs for newspaper subscriptions with prices, anglers donating drones to
the army, and a families' charity fair raising money for vehicles and drones.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches, each text is taken as it stands,
every gold appeal substring is located in it (asserted unique).
"""


from whole_documents import _doc, _neg


# --- Probe 161: appeal documents ----------------------------------------------------------------

_KANDERTAL_WALL = "Der vollständige Beitrag steht nur Abonnentinnen und Abonnenten offen."

_LAVIGIE_TOP = "\n".join([
    "Toujours pas abonné à La Vigie ?",
    "Rejoignez nos lecteurs dès maintenant !",
])

_ECHOORGE_PRINT = (
    "La suite de ce reportage vous attend dans notre journal papier et en version numérique du mercredi 9 mars 2016."
)

_VOLGAPULS_TG = "Ещё больше свежих новостей, снимков и роликов — в нашем Телеграм-канале!"

_IRTYSH_DZEN = "Читайте нас в Дзене: https://dzen.example.ru/irtyshpulse.example.org"


PROBE161_APPEALS = [
    _doc("b181-kandertalanzeiger-schulhaus-paywall-end", "appeal", "end",
         "Invented; modelled on Frutigländer (regional weekly, subscribers-only line after a cut body)", "de", [
             "Der Gemeinderat legt den Kurs für das neue Schulhaus fest",
             "Do, 14. Jan. 2021",
             "Auch in der Pandemie verzichtet die Gemeinde nicht auf ihre Versammlung im Saal. Am 29. Januar entscheiden die Stimmberechtigten unter anderem über den Voranschlag 2021 und einen Planungskredit. Weil die Steuererträge höher ausfielen als erwartet, schliesst die Rechnung fast ausgeglichen ab. Ausserdem erhalten 21 Neuzugezogene einen Willkommensgruss.",
             "MARTINA SIGRIST",
             "Wer an der Versammlung teilnehmen möchte, plant am besten etwas Reserve ein, denn beim Eingang wird jede Person einzeln erfasst. Abstand halten, eine Maske tragen und sich in die Präsenzliste eintragen: So sieht das Konzept der Behörden aus. Gemeindepräsident Urs Ammeter begründet den Entscheid so: «Da Bern solche Versammlungen weiterhin erlaubt, wollten wir den Leuten im Tal die Gelegenheit geben, ihre Meinung direkt…",
             _KANDERTAL_WALL,
         ], appeals=[_KANDERTAL_WALL]),
    _doc("b181-lavigiemag-entrevue-premierministre-subscribe-top", "appeal", "top",
         "Invented; modelled on L'actualité (magazine issue overview, two-line subscribe block at the top)", "fr", [
             _LAVIGIE_TOP,
             "Au sommaire de ce numéro :",
             "Drôle de décor pour un tête-à-tête avec un chef de gouvernement : un café-bar de Trois-Rivières à l’heure de l’apéro, bien loin des salons lambrissés où se tiennent d’ordinaire ces rencontres. À peine assis, le premier ministre Gabriel Létourneau a réclamé une rousse locale, puis s’est prêté pendant près de quatre-vingt-dix minutes aux questions serrées de notre correspondante parlementaire, Josée Maltais, qui n’a épargné aucun dossier délicat.",
             "Également :",
             "- Consulter un orthophoniste relève souvent du parcours du combattant quand on n’a ni économies ni régime privé. Québec dévoile enfin un plan censé ouvrir ces soins à toutes les familles. Avec, à la clé, des retombées pour tout le monde.",
             "- Nadia Bellerose ne ressemble à aucun de ses prédécesseurs, et elle en fait une force plutôt qu’un handicap. Car derrière cette mairesse atypique se cache une stratège coriace qui goûte l’exercice du pouvoir et en maîtrise les ficelles.",
             "- Jamais on n’a lu autant de livres numériques, mais les auteurs qui les écrivent touchent des droits toujours plus maigres. Qui empoche la différence ? Et que faire pour nos maisons d’édition ?",
             "- Initier les jeunes de Kuujjuaq à la raquette de course : voilà la drôle de mission que poursuit un de nos reporters chaque hiver depuis six ans. Ce sport, a-t-il compris, ouvre des portes pour se rapprocher des familles inuites et constater que le Nord et le Sud partagent bien davantage qu’on l’imagine…",
             "Du côté de nos chroniqueurs :",
             "- Lucie Tremblay-Ouellet estime que le premier ministre tient le bon cap tant que son caucus ne se met pas à fondre.",
             "- Marc-André Giguère se penche sur les leçons tirées entre 2009 et 2019, une décennie où le Québec a devancé ses voisins sur le front du chômage.",
             "- Hélène Desrosiers nous fait remarquer que le réseau sco",
         ], appeals=[_LAVIGIE_TOP]),
    _doc("b181-echodelorge-voeux-maire-printteaser-end", "appeal", "end",
         "Invented; modelled on Le Républicain (Essonne) (two-line local report ending in a print/digital edition teaser)", "fr", [
             "Un hommage aux soignants du canton, puis quelques mots sur la solidarité entre voisins : c’est ainsi que la maire de la commune, Odile Marchetti, accompagnée de ses adjoints, a ouvert la traditionnelle soirée des vœux à l’espace Roger-Lanvin. Elle a ensuite dressé le bilan d’une année au cours de laquelle « deux chantiers sur trois ont été menés à terme ».",
             _ECHOORGE_PRINT,
         ], appeals=[_ECHOORGE_PRINT]),
    _doc("b181-volgapuls-dtp-trassa-telegram-end", "appeal", "end",
         "Invented; modelled on Панорама Pro (short road-accident item with a Telegram-channel sign-off)", "ru", [
             "Днём 3 декабря на 87-м километре дороги Р-132 в Заволжском районе случилась авария.",
             "Водитель седельного тягача Скания 37 лет, обгоняя колонну, не рассчитал дистанцию и врезался в легковушку Киа.",
             "Травмы получили сидевшая за рулём легковушки 41-летняя женщина и трое её пассажиров: 9-летний мальчик, 14-летняя девочка и 63-летняя пенсионерка.",
             "Водители прошли освидетельствование, оба оказались трезвыми.",
             _VOLGAPULS_TG,
         ], appeals=[_VOLGAPULS_TG]),
    _doc("b181-irtyshpuls-tgmirror-poliklinika-dzen-top", "appeal", "top",
         "Invented; modelled on Город55 (Telegram channel mirror, Dzen link in the channel header)", "ru", [
             "Иртыш-Пульс | Новости Прииртышья",
             "Городские события, расследования и комментарии. Собственный взгляд журналистов irtyshpulse.example.org на всё, что творится вокруг.",
             "Есть тема для публикации? Присылайте боту: @irtyshpulse_tips_bot",
             _IRTYSH_DZEN,
             "⚡️Коронавирус нашли ещё у одного сотрудника районной поликлиники, на этот раз в Лесогорском районе. Заболел водитель скорой помощи. Поликлиника небольшая, закрывать её не стали: по требованию санитарных врачей помещения обработали, а всех, кто общался с водителем, отправили на самоизоляцию. Приём пациентов идёт в обычном режиме, вызовы обслуживает соседняя бригада.",
             "Разбираясь в этой истории, мы наткнулись на любопытную путаницу с названиями. Поликлиника стоит в селе Лесогорском (не в деревне Лесогорка), и относится это село вовсе не к Лесогорскому, а к Береговому району. Получается, что Лесогорское и Лесогорка — совершенно разные места, да ещё и приписанные к разным районам.",
             "⚡️Наш собеседник в городской администрации рассказал, что на совещ",
         ], appeals=[_IRTYSH_DZEN]),
]


# --- Probe 161: negatives -----------------------------------------------------------------------

_KYIV_HEAD = "Гроші на пікапи та тепловізори: у Львові відкрили благодійну ярмарку"
_KYIV_CAPTION = "Благодійна ярмарка для бійців 112-ї бригади ТрО. Фото: Львівський Вісник/Оксана Мельничук"

PROBE161_NEGATIVES = [
    _neg("b181-seetalbote-dorfblatt-gemeindebeitrag-neg",
         "Invented; modelled on Aargauer Zeitung (report on a village paper losing its municipal subsidy vote; kicker, doubled caption, mid-word cut)", "de", [
             "Geldsorgen",
             "Das Wagnis mit dem eigenen Dorfblatt endet in Hallwilen vorerst",
             "Die Gemeindeversammlung hat dem Hallwiler Boten die erhoffte Finanzhilfe verwehrt. Das Loch von 120'000 Franken bleibt damit offen. Für das Redaktionsteam ist der Entscheid ein harter Schlag. Dem Blatt droht das Aus.",
             "Sandra Meier",
             "Verleger Kurt Fankhauser wirbt im Saal leidenschaftlich für das Dorfblatt.",
             "Verleger Kurt Fankhauser wirbt im Saal leidenschaftlich für das Dorfblatt.",
             "Lukas Brunner",
             "Der Voranschlag 2017, den Kurt Fankhauser als Präsident der Hallwiler Verlags GmbH auf die Leinwand warf, liess keinen Zweifel: Ohne zusätzliches Geld aus der Gemeindekasse hat der 2014 gegründete Hallwiler Bote kaum eine Zukunft.",
             "Budgetiert sind für das kommende Jahr 140'000 Franken für Druck und Vertrieb sowie 125'000 Franken für Löhne. Zusammen mit Büromiete und weiteren Ausgaben ergibt das einen Gesamtaufwand von 310'000 Franken.",
             "Auf der Einnahmenseite stehen 165'000 Franken aus Anzeigen und 8000 Franken von Gönnerinnen und Gönnern. Dazu kämen 20'000 Franken aus dem Kulturfonds der Ortsbürger, falls dieser Beitrag am Ende freigegeben wird.",
             "Gegen den Beschluss des Fondsrats läuft nämlich wegen eines Verfahrensfehlers noch ein Rekurs.",
             "Die erwartete Lücke hätte die Gemeinde schliessen sollen, indem sie ihren jährlichen Zustupf von 20'000 auf 120'000 Franken erhöht. Doch der Antrag, den Kurt Fankhauser mit grossem Einsatz und spürbarer Leidenschaft begründete, fiel bei den Stimmberechtigten mit 91:62 Stimmen klar durch.",
             "Am Blatt selbst, das mit beträchtlichem journalistischem Aufwand entsteht und auch optisch frisch und farbenfroh wirkt, übte kaum jemand Kritik. Ganz im Gegenteil: Selbst wer gegen die Erhöhung stimmte, lobte den Boten ausdrücklich.",
             "Ein Dorfblatt ist ein Luxus",
             "Für die meisten Anwesenden im Saal gehört ein eigenes Dorfblatt allerdings zu den Dingen, die man sich nur leis",
         ]),
    _neg("b181-muensterlandbote-zeitungspate-urlaub-neg",
         "Invented; modelled on Dülmener Zeitung (newspaper's own holiday paper-donation scheme with prize winners, free e-paper)", "de", [
             "Strahlend nahm Hildegard Wessels am Dienstagnachmittag in der Kundenhalle des Boten einen Einkaufsgutschein über 40 Euro entgegen. Sie war bei der traditionsreichen Boten-Aktion \"Zeitungspate\" als Hauptgewinnerin gezogen worden.",
             "Über je einen Gutschein im Wert von 20 Euro dürfen sich außerdem Bernhard Overkamp, Ilse Terhorst, Jutta Brinkhaus und Ferdinand Lütke freuen. Bei Leserinnen und Lesern wie auch bei den beschenkten Häusern ist die Aktion seit langem sehr beliebt. Wie sie funktioniert, ist schnell erklärt.",
             "Digitale Ausgabe auf Reisen gratis",
             "Wer als Abonnent verreist, kann für die Dauer der Abwesenheit seine gedruckte Ausgabe an ein Pflegeheim, die Klinik, eine Wohngruppe oder eine andere gemeinnützige Einrichtung weitergeben. Manche Leserinnen und Leser überlassen ihr bezahltes Exemplar auf diese Weise schon seit vielen Jahren für ein paar Wochen anderen, einige sogar zwei- oder dreimal pro Jahr.",
             "Nachdem in den beiden Pandemiejahren deutlich weniger Menschen Urlaub gemacht hatten, erreichte die Zahl der Zeitungspaten in diesem Jahr einen neuen Höchststand. Für die kommenden Wochen sind bereits die nächsten Patenschaften angemeldet, obwohl inzwischen viele Abonnenten lieber die digitale Ausgabe auf Reisen ohne Aufpreis nutzen.",
             "Der Bote möchte die Aktion fortsetzen, in welcher Form steht allerdings noch nicht fest.",
         ]),
    _neg("b181-gruenerhorizont-blog-meeresgipfel-crowdfunding-relayed-neg",
         "Invented; modelled on Grün und Gloria (blog relaying another outlet's crowdfunding for summit coverage)", "de", [
             "Die Kollegen von nebenan brauchen euch!",
             "Redaktion von ozeanwache.example.org sammelt vor dem UN-Meeresgipfel Geld",
             "Mit einer Spendenaktion, einem Online-Seminar und einer neuen Webseite rüsten sich Redaktionsleiterin Katrin Ohlsen und ihre Leute von ozeanwache.example.org für den Meeresgipfel in Lissabon. Acht Reporterinnen und Reporter sollen zwölf Tage lang von dort berichten, worüber große Sender kaum sprechen, und die Verhandlungen mit ihrem Fachwissen laufend und allgemein verständlich erläutern.",
             "Am 27. Juni 2022 startet in Lissabon die UN-Ozeankonferenz. Regierungen, Verbände und Konzerne aus aller Welt ringen dort um den Schutz der Meere. Das Ziel: ein Abkommen, das große Teile der Hochsee unter Schutz stellt. Zwar warnen Meeresforscher seit Jahren, dass die Zeit drängt, doch wie die Gespräche ausgehen, weiß niemand. Für manche Inselstaaten geht es um ihre Existenz, andere Länder wittern Geschäfte mit Fischgründen und Rohstoffen am Meeresboden. Die Interessen prallen hart aufeinander.",
             "Um das Geschehen in Lissabon auf den Podien und in den Fluren begleiten und für ihr Publikum verständlich aufbereiten zu können, bittet die Redaktion von ozeanwache.example.org auch ihre Leserschaft um Hilfe.",
             "Über die Plattform „wirfinanzieren“ will das Team von ozeanwache.example.org ab heute und bis zum 20. Juni insgesamt 7.500 Euro einsammeln. Mit dem Geld sollen Anreise, Unterkunft und Verpflegung der Reporter während der Konferenz bezahlt werden. Wer etwas gibt, trägt dazu bei, dass viele Menschen erfahren, was hinter verschlossenen Türen verhandelt wird, und die oft gegensätzlichen Meldungen aus aller Welt besser einschätzen können.",
             "Hinter ozeanwache.example.org steht eine Gruppe unabhängiger Journalistinnen, die schon lange über Meerespolitik schreib",
         ]),
    _neg("b181-pagesdamien-blog-revue-agora-neg",
         "Invented; modelled on Culture Remains (Belgian blog reviewing a new politics magazine, cut mid-word)", "fr", [
             "Agora, exigeant et patient, civique mais captivant",
             "Qui prétend que la vie publique wallonne manque de piquant ? Entre un parti régionaliste qui grimpe dans les sondages, un bourgmestre qui brade des terrains communaux à ses amis, un ministre surnommé « le Tweeteur » et l’interminable feuilleton des indemnités de mandataires, il y a largement de quoi remplir un magazine entier. Ce magazine, justement, vient de naître. Son nom : Agora. Et il a tout d’un mook.",
             "Quelque chose bouge dans les kiosques de Wallonie et de Bruxelles. Tandis que les quotidiens historiques traversent une crise sans précédent et voient leurs ventes s’effriter d’année en année, une poignée de jeunes revues relèvent le défi et parient sur le papier. Après Longue Vue, trimestriel de reportages né en 2012, et Sillons, revue d’enquêtes sortie en 2016, c’est Agora qui fait son entrée en 2018.",
             "Ce que ces trois revues ont en commun, au-delà de leur ancrage belge, c’est leur adhésion au « journalisme lent », qui préfère le temps long et l’analyse à la course à l’info permanente des grands médias. Ce qui singularise Agora par rapport à ses prédécesseurs, c’est son sujet unique : la vie politique belge, ou plutôt « le bien commun », formule plus large qui dit bien l’ambition de la revue d’ouvrir au plus grand nombre ce monde réputé fermé. Concrètement, la politique occupe environ les trois quarts des pages, le reste allant à l’enseignement, au monde associatif, à l’environnement, aux tribunaux,… . Des thèmes qui, eux non plus, ne sont jamais tout à fait apolitiques.",
             "Comme le résume Yves Demaret, rencontré dans le troisième numéro d’Agora, « Chacun de nous fait de la politique (…). Lorsque vous choisissez la boulangerie du coin plutôt que le rayon pain du supermarché, vous fai",
         ]),
    _neg("b181-vivrealescun-telethon-collecte-neg",
         "Invented; modelled on Arthez mon village (village blog tallying a telethon collection with dash bullets)", "fr", [
             "Les dons récoltés pour le Téléthon 2023 battent tous les records avec 3 118,45 € au total (environ 800 € de mieux que l’année précédente).",
             "Il faut préciser que 8 stands de collecte ont été tenus cette fois (6 l’an passé) :",
             "– sapeurs-pompiers et cadets > 1 214,60 €",
             "– randonnée > 288 €",
             "– tombola > 176 €",
             "– basket > 402 €",
             "– pétanque > 197 €",
             "– Esbérous > 233 €",
             "– club des aînés > 148, 85 €",
             "– association des parents d’élèves (bal des Bergers) > 458 €",
         ]),
    _neg("b181-belomorvecher-zabeg-fond-neg",
         "Invented; modelled on Вечерний Северодвинск (charity-run report with entry fees for a children's fund, caption and name lines, cut mid-name)", "ru", [
             "Бегуны на линии старта. Снимок Ольги Прохоровой",
             "Нынче желающие пробежать благотворительную дистанцию купили 3 870 стартовых номеров по 250 рублей, а всего собрано 967 тысяч 500 рублей. Число участников увеличивается из сезона в сезон.",
             "Вырученные средства передадут фонду «Тёплые руки», который помогает детям с тяжёлыми заболеваниями. Для троих ребят купят специальные тренажёры, которые облегчат им повседневную жизнь. Один мальчик живёт в Беломорске, двое других — в районах Карелии.",
             "На таких стартах секундомер почти ничего не решает: важнее всего удовольствие от бега, забота о собственном здоровье и желание помочь тем, кому сейчас тяжело. Всего прошло пять забегов. Самая упорная борьба развернулась на основной дистанции. Среди женщин быстрее всех финишировала Алина Шестакова, у мужчин лучшим стал 17-летний Егор Вдовин.",
             "Всех победителей и призёров наградили кубками, грамотами и памятными сувенирами. Напоследок среди бегунов разыграли два велосипеда.",
             "Пётр Лаврентьев",
             "Алина Шестакова (в центре)",
             "Егор Вд",
         ]),
    _neg("b181-vestiokskie-pochta-tarify-podpiska-neg",
         "Invented; modelled on Вести-Липецк (report on rising postal delivery tariffs for newspaper subscriptions, cut mid-word)", "ru", [
             "Доставка подписных изданий подорожает",
             "Калужская область по праву считается одной из самых читающих: по числу оформленных подписок на газеты и журналы регион занимает четвёртое место в округе и входит в двадцатку по стране. Редакции рассчитывают не растерять аудиторию и сохранить тиражи, хотя почта поднимает расценки на доставку печатной прессы; впрочем, до 15 марта оформить подписку ещё можно по прежней стоимости.",
             "Светлана Корнеева, начальник регионального отделения почтовой службы по Калужской области: «Со следующего полугодия почтовая служба лишается государственной компенсации в объёме 2,5 миллиарда рублей. А потери от доставки периодики оцениваются примерно в ту же сумму. Поэтому было принято вынужденное и, понимаю, неприятное для читателей решение увеличить стоимость доставки в 2,3 раза. К примеру, «Калужская неделя» на полугодие обходилась в 412 рублей, а теперь обойдётся в 947 рублей. Новые расценки вступают в силу с 15 марта 2015 года. Пока же у подписчиков остаётся шанс оформ",
         ]),
    _neg("b181-bardivvisti-myslyvtsi-droni-neg",
         "Invented; modelled on Хмільник online (local report on a hobby club donating drones to the army)", "uk", [
             "Мисливське товариство Бардіївщини передало безпілотники нашим військовим. Цей вчинок вкотре показує, що кожен, хто долучається, наближає день, коли ми святкуватимемо Перемогу.",
             "Замість звичних виїздів до лісу — збір коштів і закупівля техніки для фронту. Завдяки згуртованості місцевих мисливців у розпорядженні бійців з’явилося ще кілька крилатих розвідників.",
             "— Дякуємо всім, хто відгукнувся і скинувся. Перемога сама не прийде, тож кожен має робити свою частину роботи вже сьогодні, — кажуть ініціатори збору.",
             "Мисливці з Бардіївщини знову показали: підтримка війська — спільна справа для всіх нас. Кожна гривня та кожен переданий безпілотник рятують чиїсь життя і зміцнюють оборону.",
         ]),
    _neg("b181-lvivskyivisnyk-yarmarok-tro-neg",
         "Invented; modelled on The Kiev City (charity-fair report for army vehicles and drones; doubled headline, repeated caption pairs, mid-word cut)", "uk", [
             _KYIV_HEAD,
             _KYIV_HEAD,
             _KYIV_CAPTION,
             "У суботу, 14 жовтня, на площі Ринок у Львові відкрилася благодійна ярмарка. Містяни прийшли, щоб допомогти бійцям 112-ї бригади ТрО та не дати забути про тих, хто зник безвісти чи перебуває в полоні.",
             "Про це розповів журналіст Львівського Вісника.",
             "Рідні військових 112-ї бригади влаштували ярмарку, аби назбирати кошти для своїх захисників. Мета — купити 3 пікапи та 15 тепловізорів. Для цього треба 2,8 млн гривень.",
             _KYIV_HEAD,
             _KYIV_CAPTION,
             _KYIV_HEAD,
             _KYIV_CAPTION,
             "\"Тут пироги й печиво, які напекли мами, сестри та сусідки наших хлопців. А ще є в'язані речі та свічки власного виготовлення. Зібра",
         ]),
]


BATCH181_DOCUMENTS = PROBE161_APPEALS + PROBE161_NEGATIVES
