"""Batch 82: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

18 documents (9 appeal, 9 negative; EN, FR, DE, RU): our own paraphrases of every document of the
local-only real probe 62 (18 documents). Each keeps the real page's structure (line count and blank
lines, datelines, a byline with department, a photo-credit line, a doubled photo caption, a Telegram
mirror with an emoji item cut off with "…" and a "subscribe | send news" button line, a
headline-then-district-line teaser, a quoted ad-network notice, footnote markers, a bullet link line,
an ad shard breaking a sentence in two, trailing spaces, an IBAN block, HTML italics tags in a title)
and exactly what the real gold marks: a mailing-list self-description with its subscribe link at the
top plus a "not subscribed yet? sign up here" sentence glued to the end of a paragraph further down; a
lone "Подписаться" button beside a "send us news" button in a Telegram mirror (the news button stays
text); a jokey du-form paywall notice above a headline teaser; a whole-page donation letter marked as its
title plus the letter running to the end through a quoted ad-network notice (the doubled photo
caption between them stays text); a newsletter sign-up line at the top of a charity story (the relayed
"CLICK HERE TO GIVE TO" line for another fund stays text); a whole-page donor letter from title to
sign-off; a whole-page donation appeal whose dateline between its title pair and the letter stays
text; a whole-page year-end collection appeal ending in a collection link; a whole-page "we are
growing but overstretched" letter cut off mid-list. Negatives keep what makes the real ones hard: a
national charity drive's totals and donor shares, a politician losing Telegram subscribers, a
broadcaster's Christmas donation drive handing over a cheque, a radio station's winter-jacket
campaign with its donation account and PayPal line, a society column listing fundraising events, a
charity federation's record campaign kickoff, a relief council's fundraising totals and CEO speech,
an opinion piece on how community funds raise money, a TV station's food-bank drive with totals and a
relayed donate-link line.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text by
check_para.py). The modelled real outlet is noted in each outlet field. Like the earlier batches each
text is taken as it stands, every gold appeal substring is located in it (asserted unique).
"""


from whole_documents import _doc, _neg


# --- Probe 62: appeal documents -----------------------------------------------------------------

_KOVCHEG_TOP = "\n".join([
    "«Ковчег» — почтовая рассылка с длинными историями. Рассказываем про экономику, города, медицину, науку, школу и не только.",
    "",
    "Подпишитесь: https://kovcheg.example.org",
])

_KOVCHEG_GLUED = (
    "Если вы пока не получаете «Ковчег», оформите подписку по этой ссылке (а мы тут же отправим вам "
    "историю о «банковских кружках»)."
)

_YANTAR_BUTTON = "Подписаться"

_MAINLAND_WALL = (
    "Ertappt, was? Da wollte wohl jemand hinter die Kulissen spähen. Tut uns leid, hier im Quelltext "
    "liegt nichts Spannendes – der vollständige Artikel steckt hinter unserer Bezahlschranke. Wie wär's, "
    "wenn du dir ein Abo holst und so unabhängigen Lokaljournalismus möglich machst? Ansonsten: "
    "fröhliches Weiterstöbern im Seitencode!"
)

_KLARSICHT_TITLE = "Nur noch dieses eine Mal, Ehrenwort"

_KLARSICHT_LETTER = "\n".join([
    "Liebe Leserinnen, Leser und Förderer!",
    "",
    "Aller guten Dinge sind drei, heißt es. Darum kommt hier unsere dritte und wirklich letzte Bitte um Hilfe in diesem Jahr. Danach ist Ruhe, großes Indianerehrenwort.",
    "",
    "Wie jedes Jahr kurz vor Weihnachten fragen wir Sie nach einer Spende. Ohne echten Bedarf würden wir Sie damit nicht behelligen. Uns ist klar, dass die Teuerung viele von Ihnen selbst hart trifft und dass eine zusätzliche Gabe in diesen Monaten nicht leichtfällt.",
    "",
    "Doch Ihr Geld kommt bei uns GENAU dort an, wo es gebraucht wird. Als eines der meistgelesenen unabhängigen Portale sehen wir unsere Aufgabe darin, unbequeme Tatsachen zu recherchieren, aufzuschreiben und unter die Leute zu bringen – heute dringender als je zuvor, da die Regierung das Land Stück für Stück herunterwirtschaftet.",
    "",
    "Auch dieses Jahr hat uns vor Augen geführt, wie sehr kleinen Portalen wie der Klarsicht-Wache das Leben schwer gemacht wird. Über Abmahnungen, abspringende Anzeigenkunden und Plattformen, die unsere Beiträge drosseln, soll eine lästige Stimme zum Schweigen gebracht werden.",
    "",
    "Wieder einmal floss ein großer Teil unserer Einnahmen an Kanzleien und Gerichte – Geld, das eigentlich unseren Autorinnen und Autoren zustehen sollte.",
    "",
    "Und dann kam noch diese Nachricht von Werbenetz, unserem letzten nennenswerten Anzeigenvermarkter, der nach einer Welle anonymer Beschwerden eingeknickt ist:",
    "",
    "Sehr geehrte Damen und Herren,",
    "Ihr Angebot entspricht nicht mehr unseren Partnerrichtlinien, daher liefern wir auf dieser Domain ab sofort keine Werbung mehr aus.",
    "Betroffene Domain: klarsichtwache.example",
    "",
    "Art des Verstoßes",
    "„Irreführende und gefährdende Inhalte“:",
])

_MERIDIAN_NEWSLETTER = "Get the newest flu-season coverage and more sent straight to your inbox every day. Sign up here."

_LANTERN_LETTER = "\n".join([
    "Why You Need The Lantern Now More Than Ever — and Why We Are Counting on You",
    "",
    "Dear Friend of The Lantern:",
    "",
    "If you are anything like me, the days since the vote have left your head spinning: Worry. Frustration. Disbelief.",
    "",
    "Our newsroom has felt all of that as well. Yet underneath it we have found something stronger: Focus. Energy. Determination.",
    "",
    "In a moment like this, a free press is no luxury. If you have been meaning to give to The Lantern and were waiting for a sign, consider this your sign.",
    "",
    "The stakes could hardly be higher. The campaign we just lived through ran on fear and falsehood, and partisan sites pumped out made-up stories faster than anyone could check them.",
    "",
    "Reporters who simply did their jobs were painted as enemies. Several members of our own staff were flooded with threatening messages, ugly voicemails and slurs aimed at their families.",
    "",
    "We will not be intimidated. For 85 years The Lantern has told its readers the truth without flinching, and that is not about to change. We are more committed than ever to giving you what you rely on us for: careful reporting and thoughtful analysis rooted in the life of our community.",
    "",
    "Through the coming term — and long after — we will stand with you, doing the work we know best: journalism built on patient research, careful editing and an honest commitment to getting it right.",
    "",
    "If this election taught us anything, it is that community journalism cannot survive on goodwill alone. Your support has never mattered more.",
    "",
    "Please give to The Lantern today, and give as generously as you can. Your gift is what lets us keep reporting, week after week, for our community and for everyone who cares about it. Thank you.",
    "",
    "Donate Today",
    "",
    "With gratitude,",
])

_MARDISOIR_TITLE = "\n".join([
    "Pour épauler mardisoir, c’est le moment !",
    "",
    "Appel aux dons",
])

_MARDISOIR_LETTER = "\n".join([
    "Chers lecteurs, chères lectrices,",
    "Notre conseillère bancaire fronce les sourcils, alors voici notre appel aux dons. Comme dans les vieilles fêtes de village, les 150 premiers soutiens recevront le quatrième cahier imprimé de la revue [1].",
    "",
    "Voilà 7 ans que mardisoir sort chaque mardi soir, sans pause, sans mécène, sans aide publique ni annonceurs... autrement dit, grâce à vous.",
    "Nous vous passons le détail de nos comptes : les dons arrivent un peu plus nombreux qu’avant, mais chacun est plus petit. Nos experts maison y voient une sorte de cascade à l’envers : avec la hausse des prix, nos lecteurs ont moins de marge, ils donnent moins aux projets comme le nôtre, qui à leur tour se retrouvent à sec.",
    "Bref, nous tendons la main le moins souvent possible, par pudeur et par fierté ; si nous le faisons ce soir, c’est bien parce qu’il nous faut votre aide, et un peu d’argent – du moins de la part de qui peut encore en donner.",
    "",
    "mardisoir, ce sont 340 numéros, des milliers de textes, enquêtes, chroniques, vidéos, entretiens, poèmes et extraits de livres lus des millions de fois ; 5 cahiers imprimés, une émission mensuelle en vidéo, une petite maison d’édition, des soirées et des rencontres. Si nous tenons bon, c’est pour trois raisons. D’abord, parce qu’il nous faut un lieu pour comprendre ce qui nous arrive, et une façon de faire de l’information qui crée aussi des liens, qui relie des mondes de pensée et d’expérience qu’on croyait sans rapport. Une sensibilité partagée, une intelligence à plusieurs, cela ne tombe pas du ciel, cela se fabrique ;",
])

_VEILLEPHYTO_PAGE = "\n".join([
    "Pourquoi lançons-nous un appel aux dons en cette fin d’année 2024 ?",
    "",
    "Le retour en force des lobbys agrochimiques",
    "",
    "En bref : l’information sur les pesticides risque de reculer. Bruxelles doit présenter en 2025 une réforme des autorisations de mise sur le marché des produits phytosanitaires [1]. Sous couvert de simplification et de souveraineté alimentaire, les industriels multiplient les rendez-vous. Si ce texte passait en l’état, des molécules contestées pourraient revenir dans les vergers, les rivières et nos assiettes sans que personne n’en soit informé.",
    "",
    "L’essentiel : une veille rigoureuse et sans attaches",
    "",
    "Parce que les agences publiques et les fabricants restent très discrets sur les résidus et les dérogations [2], nous jugeons indispensable de continuer à publier une information vérifiée, ouverte et indépendante. Elle permet aux citoyennes et citoyens de se faire leur propre idée, et aux associations, syndicats et élus locaux de jouer pleinement leur rôle de vigie.",
    "",
    "Une information ouverte n’est pas gratuite à produire",
    "",
    "Les aides publiques à la presse profitent surtout aux grands titres nationaux [3], ce qui accélère la concentration des médias entre les mains d’une poignée de milliardaires [4].",
    "",
    "Dans ces conditions, les petits médias comme Veille Phyto, sans publicité et en accès libre, ne peuvent compter que sur leurs lectrices et lecteurs. Une information ouverte à tous a bel et bien un prix.",
    "",
    "Soutenir Veille Phyto, c’est garantir une information sérieuse, indépendante et ouverte à tous sur les pesticides, l’eau et la santé des sols.",
    "",
    "Aidez Veille Phyto",
    "",
    "• En participant à notre collecte : https://dons.example.org/veille-phyto/fin-2024",
])

_SURSAUT_PAGE = "\n".join([
    "Au cours de l’année écoulée, Sursaut a beaucoup grandi : trois fois plus de visites sur le site, des passages à la radio et à la télé bien plus fréquents, des abonnés en forte hausse sur les réseaux, davantage d’articles et de vidéos, un hors-série imprimé de plus en plus soigné qui trouve son public… Toute l’équipe en est très fière.",
    "",
    "Hélas, Sursaut traverse aussi de sérieuses difficultés, et l’écart se creuse entre le travail que demande cette croissance et les moyens bien réels dont nous disposons.",
    "",
    "Nous sommes à peine 3 salariés à temps partiel et nous n’avons pas de bureau. Vu de dehors, on croit souvent qu’un média passe l’essentiel de son temps à écrire des articles, des reportages et des interviews. En pratique, ce n’est qu’une toute petite partie du boulot.",
    "",
    "Avec si peu de bras, il faut chaque jour : répondre aux courriels des lecteurs, animer une demi-douzaine de comptes (Instagram, YouTube, Bluesky, Mastodon, TikTok, Facebook…) et fabriquer des visuels, relire, corriger et mettre en forme les textes, entretenir et reconstruire le site (qui peine à encaisser le surplus de visiteurs), écrire les lettres d’information, tenir les comptes, suivre les dons (les formulaires, les résiliations et changements, les centaines de colis pour les contreparties…), tourner et monter les vidéos (prise de son, découpage, couleurs, mixage…), dessiner des illustrations, préparer le hors-série annuel (commandes, mise en page, relectures, tournée de présentation avec des soirées à co-organiser…)...",
])


PROBE62_APPEALS = [
    _doc("b82-kovcheg-bankovskie-kruzhki-top-middle", "appeal", "top+middle",
         "Invented; modelled on Kit (email newsletter reader-mail issue: self-description with subscribe link at the top, subscribe sentence glued to a later paragraph)", "ru", [
             _KOVCHEG_TOP,
             "В предыдущем письме «Ковчега» речь шла о школьных кружках финансовой грамотности, которые за последний год появились почти в каждом районном центре. А ещё — о том, что банки оплачивают эти занятия с середины десятых годов. Программа год от года становилась всё более рекламной, а затем её и вовсе объединили с уроками технологии. Чем это закончилось, догадаться нетрудно.",
             "",
             "Ниже — несколько писем, которые прислали читатели после этого выпуска. Кто ещё не успел его прочесть, загляните в почтовый ящик — письмо пришло туда в среду. " + _KOVCHEG_GLUED,
             "Закрытие сельских почтовых отделений — одна из самых обсуждаемых тем в региональной прессе.",
         ], appeals=[_KOVCHEG_TOP, _KOVCHEG_GLUED]),
    _doc("b82-yantarlenta-pozhar-parus-middle", "appeal", "middle",
         "Invented; modelled on Klops (Telegram channel mirror: emoji item cut off with an ellipsis, subscribe | send-news button line)", "ru", [
             "Янтарь.Лента",
             "🚒 Специалисты полагают, что быстрому распространению огня в торговом центре «Парус» могли поспособствовать пластиковые панели на фасаде «По первым данным, облицовка здания была выполнена из материалов, которые легко…",
             "В управляющей компании «Паруса» утверждают, что при строительстве использовались только сертифицированные материалы",
             "",
             "«Все вопросы о пожарной безопасности торгового центра сейчас находятся в ведении регионального управления МЧС. Назначена техническая экспертиза. Панели, которыми облицован «Парус», имеют все нужные сертификаты, проверяющим переданы копии документов»",
             "",
             _YANTAR_BUTTON + " | Предложить новость",
             "Жительнице Зеленоградска разбили зеркала на машине из-за спора о месте во дворе",
             "",
             "Женщина приехала в гости к подруге в посёлок Сокольники.",
         ], appeals=[_YANTAR_BUTTON]),
    _doc("b82-mainlandbote-weiher-paywall-top", "appeal", "top",
         "Invented; modelled on Fränkischer Tag (jokey du-form paywall notice above a headline and district-line teaser)", "de", [
             _MAINLAND_WALL,
             "Die Not an den Weihern",
             "",
             "LKR Kastelgrund",
             "– Die Trockenheit setzt längst nicht nur den Karpfen zu. Der Sommer 2023 bringt vielen Teichwirten im Steigerwald Verluste, die keiner vorhergesehen hat.",
         ], appeals=[_MAINLAND_WALL]),
    _doc("b82-klarsichtwache-letzte-spendenbitte-whole", "appeal", "whole-page (top to end)",
         "Invented; modelled on Journalistenwatch (whole-page advent donation letter: title, doubled image caption, letter running into a quoted ad-network notice)", "de", [
             _KLARSICHT_TITLE,
             "",
             "Helft der Klarsicht-Wache; Grafik: Klarsicht-Wache Montage",
             "Helft der Klarsicht-Wache; Grafik: Klarsicht-Wache Montage",
             "",
             _KLARSICHT_LETTER,
         ], appeals=[_KLARSICHT_TITLE, _KLARSICHT_LETTER]),
    _doc("b82-meridiannews-nightingale-surge-fund-top", "appeal", "top",
         "Invented; modelled on Fox News (charity story with a newsletter sign-up line at the top; relayed donate-to-fund line stays text)", "en", [
             _MERIDIAN_NEWSLETTER,
             "",
             "The Nightingale Relief Trust was one of three nonprofits to benefit from Meridian and Crestline Radio's “Songs From the Porch” benefit broadcast, and the money is already reaching nurses working through the winter flu surge.",
             "",
             "“This is the hardest season our hospitals have faced in decades, and nurses are carrying most of it,” trust director Maureen Ashby told Meridian News. “We have a real chance to help, and we intend to use it.”",
             "",
             "CLICK HERE TO GIVE TO THE WINTER SURGE HARDSHIP FUND",
             "",
             "The trust was founded in 1998 after a bus crash outside Dayton left 14 nurses injured and two dead on their way home from a night shift. Its mission is to cover medical bills and lost wages for nurses hurt on the job, and to help their families through sudden money trouble.",
             "",
             "The Nightingale Relief Trust was one of three nonprofits to benefit from the “Songs From the Porch” broadcast (Meridian Photo/Lena Varga)",
             "",
             "The Nightingale Relief Trust was one of three nonprofits to benefit from the “Songs From the Porch” broadcast (Meridian Photo/Lena Varga)",
             "",
             "“For twenty-five years we focused on nurses who had been injured,” Ashby said. “Once this flu wave hit, we agreed that the job right now is to stand behind every nurse on the ward and whatever they need this week, so we opened the Winter Surge Hardship Fund.”",
         ], appeals=[_MERIDIAN_NEWSLETTER]),
    _doc("b82-lantern-after-election-donor-letter-whole", "appeal", "whole-page (top to end)",
         "Invented; modelled on The Forward (whole-page post-election donor letter from title to sign-off with a give button)", "en", [
             _LANTERN_LETTER,
         ], appeals=[_LANTERN_LETTER]),
    _doc("b82-mardisoir-appel-aux-dons-whole", "appeal", "whole-page (top to end)",
         "Invented; modelled on lundimatin (whole-page donation appeal: title pair, issue dateline, letter)", "fr", [
             _MARDISOIR_TITLE,
             "",
             "publié dans mardisoir#217, le 12 septembre 2024",
             "",
             _MARDISOIR_LETTER,
         ], appeals=[_MARDISOIR_TITLE, _MARDISOIR_LETTER]),
    _doc("b82-veillephyto-collecte-fin-annee-whole", "appeal", "whole-page (top to end)",
         "Invented; modelled on Inf'OGM (whole-page year-end collection appeal with subheads, footnote markers and a bullet collection link)", "fr", [
             _VEILLEPHYTO_PAGE,
         ], appeals=[_VEILLEPHYTO_PAGE]),
    _doc("b82-sursaut-croissance-difficultes-whole", "appeal", "whole-page (top to end)",
         "Invented; modelled on Frustration magazine (whole-page growing-but-overstretched support letter cut off mid-list)", "fr", [
             _SURSAUT_PAGE,
         ], appeals=[_SURSAUT_PAGE]),
]


# --- Probe 62: negatives ------------------------------------------------------------------------

PROBE62_NEGATIVES = [
    _neg("b82-magistral-rubl-k-rublyu-charity-neg",
         "Invented; modelled on Gudok (dated report on a national children's charity drive with totals and donor shares)", "ru", [
             "14 марта 2023 10:47",
             "",
             "Урок щедрости",
             "",
             "На этой неделе начался новый этап всероссийской благотворительной акции «Рубль к рублю». Её задача – собрать для детей с пороками сердца полмиллиарда рублей на операции и реабилитацию.",
             "",
             "За прошлый год помощь получили сорок три ребёнка. Лечение каждого обходилось в сумму от 1,5 до 12 миллионов рублей – такие деньги обычной семье не собрать.",
             "",
             "Акцию «Рубль к рублю» проводит Ассоциация благотворительных фондов. В ней участвуют крупные торговые сети, банки и промышленные предприятия. Тем не менее, как отметил на подведении итогов глава ассоциации Григорий Савельев, он снова убедился – в нашей стране благотворительность держится прежде всего на неравнодушии простых людей.",
             "",
             "– Мы ожидали, что основную часть дадут компании, – рассказывает Савельев. – Так и вышло: 55 процентов пришло от бизнеса. Но остальные 45 процентов – это переводы частных жертвователей, и немало переводов было совсем небольшими, по 200–500 рублей, – переводили явно не самые обеспеченные люди.",
         ]),
    _neg("b82-setinfo-mer-zarechinsk-telegram-podpischiki-neg",
         "Invented; modelled on Lenta.ru (news item on a politician losing Telegram subscribers, byline with department and photo credit)", "ru", [
             "Мэр Заречинска лишился четверти подписчиков в Telegram",
             "",
             "Глава Заречинска Аркадий Мельник потерял четверть аудитории своего Telegram-канала",
             "Ольга Савина (редактор отдела «Регионы»)",
             "Фото: Пресс-служба администрации Заречинска / Example Images",
             "",
             "Мэр Заречинска Аркадий Мельник потерял около четверти подписчиков своего Telegram-канала, теперь их меньше 200 тысяч. Об этом сообщает агентство «Регион-Пресс» со ссылкой на сервис аналитики КаналСтат.",
             "",
             "Сейчас публикации градоначальника читают примерно 196,4 тысячи пользователей. По данным аналитиков, аудитория канала быстро росла с начала паводка в апреле, а к маю достигла 260 тысяч человек.",
             "",
             "Затем подписчики стали постепенно отписываться, к октябрю их осталось немногим больше 200 тысяч. Отмечается, что ещё недавно канал мэра входил в число самых читаемых муниципальных каналов страны. Только за последние семь дней он лишился около четырёх тысяч подписчиков.",
         ]),
    _neg("b82-radioweserland-adventsspenden-bilanz-neg",
         "Invented; modelled on Hessischer Rundfunk (broadcaster's report on its own Christmas donation drive result and cheque handover)", "de", [
             "rwl-Adventsspendenaktion 2022 Bilanz der Aktion: 48.500 Euro aus mehr als 900 Spenden",
             "",
             "Der Dachverband der Kleiderkammern in Niedersachsen hat am Mittwoch, den 8. Februar, einen symbolischen Scheck über 48.500 Euro von rwl-Programmdirektorin Sabine Lohmann erhalten.",
             "",
             "Scheckübergabe rwl-Adventsspendenaktion 2022 Kleiderkammern Niedersachsen",
             "Die Kleiderkammern freuen sich über die Bilanz der rwl-Adventsspendenaktion (v.l.n.r.): rwl-Moderator Tobias Renner, Helga Brandt (Vorsitzende Dachverband der Kleiderkammern), rwl-Programmdirektorin Sabine Lohmann, Jens Kowalski und Petra Imhoff (beide Dachverband) sowie Ehrenamtliche aus verschiedenen Kleiderkammern. Bild © rwl/Marco Feldhaus",
             "",
             "Helga Brandt, Vorsitzende des Dachverbands, dankte für die Spenden und ganz besonders \"für die vielen Menschen, die sich nicht nur mit Geld beteiligt, sondern sich auch bei der Kleiderkammer in ihrem Ort gemeldet haben, um dort mit anzupacken\". Begleitet wurde Brandt von Kolleginnen aus dem Vorstand und Ehrenamtlichen der Kleiderkammern aus Achim, Cloppenburg, Diepholz, Hameln, Nienburg, Oldenburg, Syke, Vechta und Verden.",
             "",
             "\"Es freut uns riesig, dass wir mit der Aktion so viel Unterstützung mobilisieren und die Arbeit der Kleiderkammern wieder stärker ins öffentliche Bewusstsein holen konnten\", zog Sabine Lohmann Bilanz.",
             "",
             "Quelle: Radio Weserland",
         ]),
    _neg("b82-suedstern-jackenwaerme-spendenkonto-neg",
         "Invented; modelled on HIT RADIO FFH (station page on a charity's winter campaign it backs, with the charity's donation account and PayPal line)", "de", [
             "#jackenwärme: Winterjacken für Wohnungslose",
             "",
             "Kampagne #Jackenwärme - Winterjacken für Wohnungslose",
             "",
             "© SÜDSTERN",
             "",
             "SÜDSTERN am Morgen-Moderator Felix Brandauer ist als Pate der Kampagne \"#Jackenwärme\" in Stuttgart unterwegs mit dem früher wohnungslosen Mehmet Kaya. ",
             "",
             "In Baden-Württemberg soll diesen Winter niemand ohne warme Kleidung draußen schlafen müssen - dafür steht die Kampagne #jackenwärme, ins Leben gerufen vom \"Wärmestube e.V.\" und der \"Stiftung Neckarherz\".",
             "",
             "In der Stuttgarter Wärmestube am Hauptbahnhof werden ab sofort wieder Winterjacken ausgegeben. Frost, Glätte und nasser Schnee sind für Menschen ohne Wohnung lebensgefährlich - die gefütterten, leuchtend gelben Jacken können deshalb Leben retten.",
             "",
             "SÜDSTERN am Morgen-Moderator Felix Brandauer ist Pate der Kampagne und hat deshalb selbst in Stuttgart Jacken an Wohnungslose ausgegeben. Begleitet hat ihn Mehmet Kaya, der 14 Jahre lang auf der Straße lebte, heute Führungen durch das Viertel rund um den Bahnhof anbietet und genau weiß, wie sich eine Winternacht ohne Jacke anfühlt. ",
             "",
             "Felix Brandauer unterwegs mit Mehmet Kaya",
             "",
             "Plakate im ganzen Land",
             "",
             "Gefördert wird die Kampagne unter anderem von den Stadtwerken Neckartal und RADIO SÜDSTERN. Im ganzen Land hängen Plakate mit Paten wie Handballerin Lena Vogt, Kinderbuchautor Jakob Rieder, Sängerin Amira Lenz oder SÜDSTERN-Moderator Felix Brandauer, die auf die Not aufmerksam machen.",
             "",
             "Spendenkonto und Online-Spende",
             "",
             "Jede Spende bis 300 Euro legen die Initiatoren noch einmal obendrauf. Mit dem Geld werden wetterfeste Jacken und weitere Soforthilfen für wohnungslose Menschen gekauft und über Anlaufstellen im ganzen Land, etwa die Stuttgarter Wärmestube, verteilt.",
             "",
             "Wer die Kampagne #jackenwärme mit einer Spende unterstützen möchte:",
             "",
             "Neckartaler Bürgerbank",
             "DE00 6005 0000 0012 3456 78",
             "Verwendungszweck: jackenwärme",
             "",
             "Online spenden oder per PayPal",
         ]),
    _neg("b82-gazettestlaurent-chronique-collectes-neg",
         "Invented; modelled on Le Journal de Montréal (society column inviting charities' photos, listing fundraising events and a foundation's thrift shop)", "fr", [
             "Hier nous appartient, aujourd’hui se vit au jour le jour, et demain, nous allons l’inventer ensemble ! Pour tous les Québécois, ces mois-ci ne ressemblent à rien de connu ! J’étais impatiente de vous retrouver dans ces pages. J’invite les organismes de bienfaisance et les fondations à me faire parvenir des photos de leurs collectes de fonds et de leurs nouvelles initiatives. Familles, clubs sportifs et grand public, n’hésitez pas non plus à m’écrire par courriel avec vos photos. Célébrons ensemble les beaux moments de notre région. Ma chronique vous attend chaque dimanche dans La Gazette du Saint-Laurent.",
             "",
             "Photos Hélène Brodeur, Marc-André Tremblay, Julie Ouellet",
             "",
             "Les camelots de La Gazette du Saint-Laurent",
             "",
             "Depuis le début de la pandémie, la ministre de la Santé rend hommage à ses « héros du quotidien ». Je voudrais à mon tour saluer une équipe d’adolescents et de retraités qui font un boulot remarquable. Les 420 camelots de La Gazette livrent le journal à domicile six jours par semaine. Sur la photo, Gilles Fortier, camelot dans le secteur de Boucherville depuis 2009, pose avec Denise Lapointe, responsable de secteur depuis 1998.",
             "",
             "Les Paniers solidaires de Longueuil",
             "",
             "Les Paniers solidaires de Longueuil, organisés par Marché Frais, l’Épicerie Bonsecours, l’Alouette de Longueuil et la Boulangerie du Vieux-Port, au profit de la Fondation Rayon-de-Soleil et de la Maison des jeunes du Rivage, se tiendront à l’aréna Jacques-Cartier de 9 h à 16 h. Sur la photo, des bénévoles au travail.",
             "",
             "Le Grenier de la Fondation",
             "",
             "Tous les week-ends, des centaines de clients passent par la boutique du Grenier, tenue par la Fondation hospitalière du Richelieu.",
         ]),
    _neg("b82-crossroadsweekly-tricounty-fund-kickoff-neg",
         "Invented; modelled on JTA (column on a charity federation's record campaign kickoff, an ad shard splitting a sentence)", "en", [
             "Campaign Kickoff",
             "",
             "",
             "We spend so much energy worrying about what is broken in our community that we rarely stop to notice what works. One thing that plainly works is the Tri-County United Fund, the region's biggest local charity, whose 80-plus partner agencies deliver food, counseling, job training and elder care to families across the three counties as well as to sister programs overseas.",
             "",
             "Last Tuesday 120 of the Fund's leading contributors showed their faith in its work by pledging a record $28 million to open the 2011 campaign at the yearly “Lakeside Dinner,” held at the waterfront home of shipping executive Walter “Skip” Hammond and his wife, Eleanor. That is a jump of almost",
             "Riverside Conservatory of Music",
             "$2.4 million over last year, or more than 9 percent.",
             "",
             "The full community campaign brought in just over $110 million last year, which means roughly a quarter of that total was promised in a single evening.",
             "",
             "Still, that figure deserves some context, because the Fund's volunteer and staff leaders spent months laying the groundwork for the dinner, working to explain a complicated organization that serves people close to home and far away, that pays for child care, senior services and disability programs, and that backs schools and neighborhood projects meant to keep community life strong for the next generation.",
             "",
             "“Think of us as an index fund for doing good, at a moment when a lot of donors want to choose individual stocks,” says Fund president and CEO Margaret Liu, adding that “if everyone backs only a favorite cause, the network that catches people all over this region and beyond will simply fall apart.”",
         ]),
    _neg("b82-civicwire-hurricane-relief-council-neg",
         "Invented; modelled on JNS (report on a relief council's fundraising totals and its CEO's speech, no blank lines)", "en", [
             "The National Council of Community Chests said this week that its relief fundraising since Hurricane Delia has passed $90 million.",
             "The $34 million it has already distributed—of the $92.3 million collected—is going to roughly 140 partner groups, including the Gulf Coast Food Alliance, Rebuild Together Mobile, Bayou Medical Volunteers and several church shelters, the council said.",
             "Its priorities include emergency housing, help for farmworker families and elderly residents, and mental-health counseling for children.",
             "Denise Carrow, president and CEO of the council, spoke about “what neighbors owe each other” at the Mobile Civic Forum on March 4.",
             "“I first saw what a community can do for itself as a girl on this very coast,” Carrow said, according to a transcript of her speech released by the council. “I saw it when shop owners, pastors and county officials stepped past their own circles to build alliances that none of them could have built alone.”",
             "She also addressed insurance companies, which she called “perhaps the biggest obstacle standing between families and recovery right now,” and the slow pace of federal disaster payments.",
             "“You do not need an engineering degree … to see that half these houses could be rebuilt by now if the paperwork moved as fast as the volunteers,” she said. “The crews are ready, the lumber is stacked, and the families are waiting in motels and borrowed bedrooms.”",
             "“Every week we lose to forms and phone trees is a week a child spends without a home,” she added. “The fact that so many neighbors have stepped in to fill that gap tells you everything about what this region is made of.”",
         ]),
    _neg("b82-communityledger-four-ways-fund-opinion-neg",
         "Invented; modelled on Jewish Journal (opinion piece on how community funds raise money, italics tags in the title)", "en", [
             "Four ways to make <I>your</I> community fund stronger",
             "",
             "Community funds are among the quiet triumphs of American giving. They draw tens of thousands of volunteers and donors, raise enormous sums every year, oversee large endowments and donor-advised funds, and run emergency appeals after floods and fires that bring in millions more. If they disappeared overnight, towns would have to build them again from scratch.",
             "",
             "Even so, they can do better. Measured in today's dollars, the yearly united campaign has been shrinking for a generation. Fewer households give to it, too. Meanwhile, giving outside the shared campaign has exploded. Family foundations have multiplied and grown richer and more generous. Countless smaller charities raise money with great success.",
             "",
             "Community funds should make four shifts to thrive. First, they should see themselves as advisers on giving, a broader job than simply gathering and handing out money. Many still believe their real business is the annual drive (whatever their mission statements claim). They ought to be partnering with family foundations, building sharper tools to track and measure grants, steering gifts and bequests to local needs.",
             "",
             "Second, community funds should drop the notion that they are the “front door” of civic life. Some still say it out loud; others don't. Either way, many act as if it were true. They should stop. The phrase carries a whiff of gatekeeping and command. It may not be intended that way, but it's easy to see why schools, clinics and neighborhood groups hear it as institutional swagger. A front door implies a doorman, and a building that decides who gets in.",
         ]),
    _neg("b82-news8riverton-fullplates-foodbank-neg",
         "Invented; modelled on FOX 35 Orlando (TV station's food-bank drive with totals, thanks and a relayed donate-link line)", "en", [
             "NEWS 8 collects over $50K for Harvest Table Pantry to support families during the flu surge",
             "",
             "NEWS 8 joined forces with Harvest Table Pantry to collect more than $50,000 for families in the region.",
             "",
             "RIVERTON, Ohio - Because of every generous viewer who gave, our NEWS 8 Full Plates drive was a big success, collecting more than $50,000!",
             "",
             "By Thursday afternoon, Harvest Table Pantry reported roughly $54,000 in gifts. That beats our target of $45,000.",
             "",
             "A single viewer gave $15,000. NEWS 8 also got a $500 gift from popular Riverton morning DJ Benny Blaze of KRV 98.3.  ",
             "",
             "His producer, Carla Nguyen, told NEWS 8 he was moved by how many neighbors helped him after a tornado damaged his house in the spring.  ",
             "",
             "\"This town showed up for him when it counted,\" she said. \"Now he wants to return the favor, so he's giving $500.\" ",
             "",
             "NEWS 8 joined with Harvest Table Pantry as flu hospitalizations keep climbing in Ohio. Harvest Table Pantry gathers, stores and hands out donated groceries across the Riverton area through a network of church and school pantries, helping households in need.",
             "",
             "Every $1 can supply 3 meals for a hungry neighbor.",
             "",
             "Thank you again to every single person who gave!",
             "",
             "CLICK HERE TO GIVE TO HARVEST TABLE PANTRY",
             "",
             "Watch the video below to see NEWS 8 at Harvest Table Pantry.",
         ]),
]


BATCH82_DOCUMENTS = PROBE62_APPEALS + PROBE62_NEGATIVES
