"""Twenty-ninth batch: written by a twelfth helper, never scored before being committed (its first
run is the honest estimate). Our own paraphrases of the 50 documents of a local-only probe of real
page excerpts (appeal boxes inside real page text, and hard negatives: reports about another
outlet's fund drive or crowdfunding, relayed and quoted appeals, campaign finance, charity
appeals). Each document keeps the real page's structure (position of the box, line layout and
blank lines, length, the standfirst, byline, widget junk or sign-off around it), vocabulary type
and language, but every sentence is ours: different wording, invented outlet names, people, places
and facts. The modelled real outlet is noted in each outlet field. No third-party sentence is
copied.

Unlike earlier batches these are whole pre-composed documents: `build_devset.py --batch29` takes
each text as it stands and locates every gold appeal substring in it (asserted unique), so
layouts the fixed positions cannot express (a standfirst and byline above a box, a box glued to the
next paragraph, widget junk inside a box) are kept.
"""


from whole_documents import _doc

# A follow label left from the row of social buttons: the outlet's follow plug.
_FOLLOW_INSTAGRAM = "follow us on instagram"


_HARBOUR_BOX = "\n".join([
    "We need you right now",
    "",
    "Readers like you are what keep The Harbour Desk going.",
    "",
    "You came here because we offer something worth having: fair, independent news that gets the facts right. Ads cover part of what we do, but this year they have fallen well short.",
    "",
    "If our reporting has been worth something to you, please give whatever you can, so that careful and useful journalism keeps coming. For all the people who rely on it.",
])

_KOMPASS_BOX = "Kompass ist ein werbefreies Online-Magazin über Politik, Wissenschaft, Gesellschaft und Kultur – bezahlt allein von seinen Leserinnen und Lesern. Kein Konzern redet uns drein. Werden Sie jetzt Abonnentin oder Mitglied!"

_LEDGER_LINE = "Beat the spin: Get the free Ledger Morning email and keep up with the stories that count."

_KLARTEXT_BOX = "Sie lesen KLARTEXT.früh, den Morgen-Newsletter der KLARTEXT-Redaktion. Hier geht es zur Anmeldung:"

_VETER_BOX = "- «Вечернему ветру» нужна ваша поддержка! У редакции отобрали лицензию на печатный выпуск, сайт заблокирован, рекламодатели ушли, а штрафы приходят каждый месяц. И все же мы продолжаем работать внутри страны: пишем на сайт, ведем телеграм-канал, снимаем видео и даже выпускаем небольшой бумажный тираж. Чтобы не останавливаться, нам нужны Попутчики — читатели, которые поддерживают редакцию пожертвованиями. Это несложно и, что важнее всего, безопасно. Поддержать «Ветер»!"

_PAVE_BOX = "Chez nous, tout est gratuit à lire, parce qu’une presse libre ne devrait exclure personne. Sauf qu’une info de terrain, fouillée et engagée, coûte des heures et des euros, surtout quand on ne veut dépendre d’aucun magnat des médias… Alors pour que l’aventure continue, tout repose sur vous :"

_SENTINEL_BOX = "From voting rights to wildfires to the gig economy, The Sentinel is there while the story is still unfolding. Whether it's tracing the money behind a shadowy super PAC or making our newest documentary, 'Twelve Miles', which follows rural patients driving hours for care, we know what it takes to separate the facts from the talking points. At a moment this important for the country, we need reporters in the field."

BATCH29_DOCUMENTS = [
    _doc("harbourdesk-top", "appeal", "top",
         "Irish reader-funded news site (paraphrase of The Journal box, real-page structure: ad label above, section widget below)",
         "en", [
             "Advertisement",
             "",
             _HARBOUR_BOX,
             "",
             "# the sideline",
             "",
             "Most read",
             "'Our keeper is 38, Donal is nearly 40... nobody here is panicking'",
             "'I've always played the joker in the dressing room, but you don't come here just for the wages'",
         ], [_HARBOUR_BOX]),
    _doc("kompass-mid", "appeal", "middle",
         "Swiss reader-funded online magazine (paraphrase of Republik box, real-page structure: headline, standfirst and byline above the box)",
         "de", [
             "Siebzig Prozent Regen – und trotzdem bleibt es trocken",
             "",
             "Haben Sie sich auch schon über die Wetter-App geärgert, weil der angekündigte Regen ausblieb? Prozentangaben führen uns leicht in die Irre. Zeit, über Wahrscheinlichkeiten zu sprechen.",
             "",
             "Von Lea Brunner (Text), Jonas Feldmann (Grafik) und Sina Oberholzer (Programmierung), 14.03.2021",
             "",
             _KOMPASS_BOX,
             "",
             "Stellen Sie sich einen Sack mit zehn Murmeln vor. Sieben davon sind blau, drei sind weiss. Sie greifen blind hinein und ziehen eine heraus. Ist sie weiss, freuen Sie sich über den trockenen Nachmittag. Ist sie blau, holen Sie den Schirm.",
             "",
             "Der Sack wird gründlich geschüttelt, Ihre Hand verschwindet darin, und dann …",
         ], [_KOMPASS_BOX]),
    _doc("ledger-top", "appeal", "top",
         "US investigative magazine daily newsletter one-liner (paraphrase of Mother Jones top line, real-page structure: one line above a book review that turns first-person)",
         "en", [
             _LEDGER_LINE,
             "",
             "On May 4, 2022, The Night Shift Strike, a documentary by Renata Oyelaran, aired on public television. It drew on the 2009 book The Night Shift Strike: How Hospital Cleaners Took On a City, by Marlow College labor historian Denise Harcastle, which came out this spring in a revised edition. It tells how a few hundred cleaners and orderlies in 1978 walked off the wards of a Cleveland hospital over pay and went on to found a health cooperative that outlived the hospital itself.",
             "",
             "I knew very little about the cleaners of Local 411 when we first sat down together in a diner off Euclid Avenue on a freezing February night in 1995.",
         ], [_LEDGER_LINE]),
    _doc("klartext-end", "appeal", "end",
         "Austrian weekly's morning newsletter footer (paraphrase of Falter box, real-page structure: newsletter text, greeting, author's name, two blank lines, then the one-line box)",
         "de", [
             "In den Landesregierungen bleibt man dagegen erstaunlich ruhig. Am Donnerstag hat die Bildungsdirektorin die Maskenpflicht an Schulen endgültig aufgehoben. Was steckt dahinter? Weshalb füllen sich die Spitäler so schnell? Wo bleibt der Sommereffekt? Und wie ernst sind die vielen Fälle bei der schwächeren Variante wirklich zu nehmen? Wir gehen den wichtigsten Fragen nach.",
             "",
             "Ein ruhiges Wochenende und passen Sie auf sich auf!",
             "",
             "Katharina Wögerbauer",
             "",
             "",
             _KLARTEXT_BOX,
         ], [_KLARTEXT_BOX]),
    _doc("veter-top", "appeal", "top",
         "Russian independent newspaper under pressure (paraphrase of Novaya Gazeta box, real-page structure: a note line above, a dash-led one-line box, the lead below)",
         "ru", [
             "Этот материал 12 ноября вошел в «Вечерний эфир» на Youtube-канале «ВЕТЕР. Голоса из регионов», который делает самарская редакция «Вечернего ветра».",
             _VETER_BOX,
             "Жители сел у закрытого химзавода рассказывают, как в детстве купались в отстойниках, а теперь годами ездят в областной центр к пульмонологам.",
         ], [_VETER_BOX]),
    _doc("pave-top", "appeal", "top",
         "French militant local news site (paraphrase of Le Poing box, real-page structure: box ending in a colon, no call verb, article directly below)",
         "fr", [
             _PAVE_BOX,
             "Ce samedi 7 février à Nîmes, un rassemblement en soutien aux travailleurs sans papiers a été dispersé par la police après une bousculade avec un automobiliste qui voulait forcer le passage. Personne n’a été blessé, mais l’épisode s’ajoute à une série de tensions autour des mobilisations de sans-papiers dans plusieurs villes du sud de la France.",
         ], [_PAVE_BOX]),
    _doc("sentinel-mid", "appeal", "middle",
         "British-owned US news site (paraphrase of The Independent box, real-page structure: box paragraph with no call verb between two article paragraphs)",
         "en", [
             "Although he holds a valid work visa and three of his children were born in Texas, his removal order has sat suspended for most of the last decade. Federal officers revived the case after he was picked up on a loitering charge that a judge threw out within days.",
             "",
             _SENTINEL_BOX,
             "",
             "His detention is now among the longest ever for a reporter held over their work in the country.",
         ], [_SENTINEL_BOX]),
    _doc("neg-colleagues-crowdfunding", "negative", None,
         "exile Russian site reporting on a colleague outlet's crowdfunding (paraphrase of a Meduza item on Mediazona, real-page structure)",
         "ru", [
             "Наши друзья из издания «Протокол» объявили новый сбор средств.",
             "",
             "В этом году «Протоколу», который работает уже девять лет, грозит закрытие. После 2022 года издание потеряло почти всех постоянных жертвователей из России. Редакции пришлось отказаться от подкастов, съехать из коворкинга и расстаться с частью авторов.",
             "",
             "Сейчас «Протокол» регулярно поддерживают около трех тысяч человек. Чтобы продолжать работу, изданию нужно 5000 ежемесячных подписок.",
             "",
             "Прежде всего редакция просит о помощи тех, у кого есть зарубежные карты, но уточняет, что переводы из России тоже принимаются — «пока это разрешено и ничем не грозит».",
         ]),
    _doc("neg-pension-donation", "negative", None,
         "regional Russian paper on a pensioner donating to an independent newspaper (paraphrase of an AiF regional item, real-page structure)",
         "ru", [
             "Почетный работник печати, бывший редактор районной газеты из Хакасии Валентина Сургутова отдала полученную к пенсии разовую выплату в 10 тыс. рублей, как она написала у себя в соцсетях, «на то, что важнее всего»: на поддержку «Вечернего ветра», чтобы газета и дальше писала о том, о чем другие предпочитают молчать.",
             "",
             "\"Для меня эта газета, потерявшая стольких своих корреспондентов, всегда была примером того, как надо работать: честно, смело и с уважением к людям.\"",
         ]),
]

_NOWWATCH_PARA = "When the headlines come this fast it is easy to switch off, but please stay with us—democracy only works when people are informed and involved. In a time this divided we need reporting that goes past the daily scoreboard, reporting that lets the people living through abuse and injustice tell what happened to them in their own voices. If our work matters to you, please give today. Every gift counts. Thank you, truly."
_NOWWATCH_BOX = "\n".join([
    _NOWWATCH_PARA,
    "Frontline Hour",
    "Dolores Quintana",
    _NOWWATCH_PARA,
    "Frontline Hour",
    "Dolores Quintana",
    "Our programme runs on the people who watch and listen to it. Whether you tune in every day, every week or just now and then, this is a good moment to start a monthly gift.",
    "Please play your part today.",
])

_EVENING_BOX = "You are reading The Evening Brief, The Meridian's daily newsletter, which walks you through the day's biggest stories, points you to fresh ideas and suggests the best in books and film. Sign up for it here."

_COMMONS_BOX = "\n".join([
    "GET OUR FREE DAILY EMAIL",
    "Independent news & bold opinion—paid for by readers, not by billionaires—sent every morning to your inbox.",
    "5",
    "#000000",
    "#FFFFFF",
    "To give by check, phone or another way, visit our Other Ways to Give page.",
    "Independent news & bold opinion—paid for by readers, not by billionaires—sent every morning to your inbox.",
])
_COMMONS_P1 = "Every morning I leave my house in Duluth and breathe air kept clean by rules my grandparents fought for. I walk on a sidewalk everyone paid for together, and my mood lifts at the sight of the flower beds my neighbours tend along the curb. Maples planted by people who never lived to sit under them throw shade over my route."

_PARAPET_BOX = "You’re reading Parapet. For Helen Ashdown’s Sunday letter, writers including Rupert Vane, Nadia Okoro and Clive Merriman, unlimited reading on the site and tickets to members-only evenings, become a member HERE."

_BUG_TOP = "Become one of 12,000+ Dnipro Ledger members Fund our reporting"
_BUG_DAILY = "\n".join(["Get Ukraine Morning", "Top Stories", "in Your Mailbox"])

_TERRAIN_BOX = "Notre campagne de dons de l’année démarre aujourd’hui et nous comptons sur vous pour y participer. Premier cap : réunir 12 000 euros. Cela représente près d’un septième de notre budget et servira à payer des reportages inédits et des enquêtes au long cours, loin du flux des chaînes d’info. Un immense merci pour votre aide !"

_POCHTA_BOX = "Этот материал сделала редакция «Конверта» — издания в формате рассылки от команды «Перекрестка». Оформите подписку здесь, и письма будут приходить вам дважды в неделю. Каждый выпуск — самостоятельный текст, написанный только для «Конверта». Большую часть материалов можно прочесть лишь в рассылке, но иногда «Перекресток» публикует их и у себя на сайте (как в этот раз)."

_LEDGER_CHURCH_TOP = "Beat the spin: Get the free Ledger Morning email and keep up with the stories that count."
_LEDGER_CHURCH_BOX = "\n".join([
    "FEWER WORRIES, MORE WORK",
    "",
    "This is the make-or-break stretch: the opening weeks of our first fund drive since we joined forces with a public radio investigations desk to take hard-hitting reporting onto podcasts, the airwaves, video and anywhere else people need a remedy for spin and lies.",
    "",
    "Gifts have come in slowly so far, and we hope that laying out, calmly, why your money is what our reporting runs on will help. Read more in “Fewer Worries, More Work,” or watch this 3:05 clip about the merger (it just picked up a prize), and please chip in if you can today.",
    "",
    "payment methods",
])

_SEMINAR_LINE = "Sign up to The Seminar Room"

_KREMLIN_TOP = "Support The Baltic Courier!"

_CANOPEE_BOX = "\n".join([
    "On préférerait écrire sur autre chose que le climat",
    "Mais l’ampleur et la vitesse de la crise ne nous laissent pas le choix.",
    "Canopée, média associatif sans but lucratif, publie chaque jour des enquêtes sur l’environnement, en accès libre et sans publicité.",
    "Le journal ne vit que des dons de ses lecteurs, comme vous.",
    "Soutenez Canopée, même avec 1€. Deux minutes suffisent. Merci.",
    "2 donateurs soutiennent Canopée",
    "Objectif de 12 000 donateurs avant le 31 décembre 2024",
])

_CANOPEE_MIRROR_BOX = "\n\n".join([
    "« Jamais chez nous », croyions-nous.",
    "Que les idées de l’extrême droite deviennent banales sur tous les plateaux.",
    "Que des reporters soient suivis, écoutés, intimidés.",
    "Que l’information se confonde avec la communication du pouvoir.",
    "Et voilà…",
    "Dans ce pays, des chroniques sur le climat disparaissent des grilles de rentrée.",
    "Dans ce pays, des chaînes entières ouvrent leur antenne aux discours de haine.",
    "Dans ce pays, l’extrême droite est à deux pas du gouvernement.",
    "Chez Canopée, nous savons qu’aucune démocratie ne tient sans une presse libre qui surveille les pouvoirs publics et privés. Et nous sommes convaincus que le vivant est la grande question de notre siècle.",
    "Voilà pourquoi, depuis neuf ans, notre site est gratuit et sans publicité, pour tout le monde.",
    "Nous sommes une association, sans actionnaire ni patron de presse.",
    "Nous enquêtons donc en toute liberté : personne ne touche à ce que vous lisez.",
    "Mais tout cela a un prix.",
    "Le prix des salaires de nos 21 permanents, dont 15 journalistes.",
    "Le prix des reportages sur place, aux côtés de celles et ceux qui défendent les rivières et les forêts.",
    "Le prix des newsletters expédiées chaque semaine à plus de 300 000 abonnés.",
    "Aujourd’hui, à peine 1,1 % de nos 1,5 million de lecteurs mensuels soutiennent Canopée.\n1,1 % de nos lecteurs assurent plus de 97 % de nos ressources.",
    "Leur appui garantit un journalisme rigoureux et libre, qui fait progresser la cause du vivant, et le débat public.",
    "Petit budget ou grand, c’est pour vous que nous travaillons, pour un avenir plus juste.",
    "En deux minutes, et à partir de 1 euro, vous pouvez peser chaque mois pour une presse indépendante, pour le débat public et pour le climat.",
    "Je rejoins les 1,1 %",
])

_FAKTOR_BOX = "\n".join([
    "FAKTOR Abendlage",
    "",
    "Eigene Recherchen, kluge Einordnung und neue Denkanstöße.",
    "Montags bis freitags um 18 Uhr, dazu eine Sonntagsausgabe.",
])

_LINKS_BOX = "\n".join([
    "Die »Linie« gibt es weiter. Wegen Ihnen.",
    "",
    "Die Linie-Genossenschaft ist im Besitz ihrer Leserinnen und Leser, Autorinnen und Autoren. So sichern wir die Unabhängigkeit der Redaktion und halten unsere Texte für alle offen – auch für jene, die nichts dazu beisteuern können.",
    "",
    "Eine harte Bezahlschranke lehnen wir bewusst ab. Die Kehrseite: Wer es sich leisten kann, wird von uns regelmäßig gebeten, unseren linken Journalismus mitzutragen. Das strapaziert die Geduld, bei unseren Leserinnen und Lesern ebenso wie bei unseren Autorinnen und Autoren.",
    "",
    "Trotzdem gilt: Nur gemeinsam halten wir linke Positionen hörbar!",
    "",
    "Mit Ihrem Beitrag können wir auch künftig:",
    "",
    "",
    "→ unabhängig und kritisch berichten.",
    "→ Themen aufgreifen, die andere liegen lassen.",
    "→ Stimmen Raum geben, die sonst kaum gehört werden.",
])

_BITUME_BOX = "    Avant de replonger dans les archives, on voulait vous redire à quel point on tient à une info utile à tous, lisible par le plus grand nombre. C’est la raison pour laquelle nos enquêtes et nos vidéos restent gratuites, sans abonnement. Mais autant être francs : la trésorerie est dans le rouge. Pour tenir, on a besoin de vous. Votre soutien garantit notre liberté, et plus prosaïquement notre existence. Chaque euro pèse.\n\n    > Pour soutenir Bitume, c’est par ici."

_IZMOROZ_BOX = "Помочь редакции: https://izmoroz.help"

_CIGALE_BOX = "\n".join([
    "Vous l’avez peut-être vu, la bannière en tête de notre site a changé cette semaine. On y voit désormais une cigale qui chante et qui vous propose de soutenir La Cigale. Beaucoup d’entre vous sont déjà abonnés au journal, et nous vous en sommes reconnaissants. Pour les autres, il n’est pas trop tard pour nous rejoindre en cliquant ici.",
    "Aujourd’hui, nous vous proposons d’aller encore plus loin en entrant au capital de notre aventure, via le Cercle des Lecteurs de La Cigale. À partir de 300 euros, vous pouvez devenir sociétaire. Vous accompagnez ainsi la croissance d’un journal indépendant et prenez part aux grandes décisions sur son avenir. Autre atout, une partie de votre mise vient en déduction de vos impôts. Pour en savoir plus, rendez-vous ici.",
    "Vous pouvez aussi, plus simplement, faire un don du montant de votre choix par l’intermédiaire d’un fonds commun à plusieurs journaux indépendants. Là aussi, 66 % du don se déduit de vos impôts. C’est par là.",
    "Maintenant que ses fondations sont solides, La Cigale veut prendre son envol. En nous aidant financièrement, vous assurez l’avenir de ce journal. Vous protégez notre indépendance face aux grands groupes industriels. Et surtout, vous faites vivre une autre voix dans le Var. Nous comptons sur vous !",
])

_ZEMLYA_BOX = "\n".join([
    "Делайте «Землю» вместе с нами!",
    "В стране действует военная цензура. Независимые медиа объявлены вне закона. Вести расследования в России и о России теперь не только труднее, но и рискованнее. Мы все равно продолжаем, потому что уверены: наши читатели не перестали думать сами. «Земля» отвечает только перед вами и существует только благодаря вам.",
])

_BOREAL_BOX = "Back reporting that finds a path through the climate emergency\n\nGoal: $80k"

_GREENLINE_BOX = "Help Keep GreenLine Going"

_KOST_BOX = "\n".join([
    "25.000 mal Danke!",
    "25.000 Menschen machen bei kost mit – weil freier, kritischer Journalismus gerade jetzt gebraucht wird. Und weil die kost ohne sie nicht auskäme. Dafür sagen wir von Herzen danke! Ihr Beitrag sorgt dafür, dass kost.de für alle offen bleibt. Denn Journalismus ist für uns keine Ware, sondern ein Gemeingut. Was uns ausmacht? Sie, unsere Leserinnen und Leser. Sie wissen: Niemand muss zahlen, aber guter Journalismus kostet. Und es werden immer mehr",
])

_KOST2_BOX = "\n".join([
    "Ein Bündnis mit Wirkung: kost.de und seine Leser:innen",
    "",
    "Unsere Gemeinschaft hält die Seite für alle offen. Darin unterscheiden wir uns von vielen anderen Nachrichtenportalen. Journalismus ist für uns kein reines Produkt, sondern ein Gut, das allen gehört. Unsere Texte sollen so viele Menschen wie möglich erreichen. Mit unserer Arbeit tun wir, was wir am besten können: gründlichen, haltungsstarken Journalismus. Sämtliche Dossiers, Reportagen und Analysen bieten wir ohne Bezahlschranke an. Gerade in unruhigen Zeiten muss Orientierung für alle erreichbar sein. Und noch etwas macht uns anders: Leser:innen, die freiwillig zahlen, weil ihnen klar ist, dass guter Journalismus Geld kostet. Dafür danken wir ihnen sehr. Damit es uns auch übermorgen noch gibt, brauchen wir mehr Rückhalt. Unser nächstes Etappenziel: 30.000 – mit Ihrer Hilfe gelingt das. Das wäre ein starkes Signal für die kost und für unabhängigen Journalismus. Schon 4,- Euro im Monat helfen! Jetzt mitmachen",
])

_RHEINBLICK_BOX = "\n".join([
    "Genau hier den Text abzubrechen, ist fies, das geben wir zu.",
    "",
    "Weil wir ohne Werbung und unabhängig arbeiten, können wir unsere Artikel nicht verschenken. Daher unsere Bitte: Unterstützen Sie uns mit einem Abo, oder kaufen Sie diesen Beitrag einzeln. Bezahlen können Sie per Paypal, Lastschrift oder Kreditkarte.",
    "",
    "Probe-Abo: 3 Monate für 1 Euro",
    "",
    "Diesen Artikel kaufen",
    "",
    "Schon Abonnentin, Abonnent, Unterstützerin oder Unterstützer?",
    "",
    "Zum Login",
])

_SENTINEL_GLUED_BOX = "\n".join([
    "Your support lets us tell the whole story",
    "From voting rights to wildfires to the gig economy, The Sentinel is there while the story is still unfolding. Whether it's tracing the money behind a shadowy super PAC or making our newest documentary, 'Twelve Miles', which follows rural patients driving hours for care, we know what it takes to separate the facts from the talking points.",
    "At a moment this important for the country, we need reporters in the field. Your gift helps us keep sending journalists out to hear every side.",
    "Readers across the whole political spectrum trust The Sentinel. And unlike plenty of other serious news sites, we don't shut readers out with a paywall. We think good journalism belongs to everyone, funded by readers who can spare something.",
    "Your support changes everything.",
])

BATCH29_DOCUMENTS += [
    _doc("neg-own-campaign-result", "negative", None,
         "small independent regional paper reporting its own fund-drive result in the third person (paraphrase of a Nabat item, real-page structure)",
         "ru", [
             "КАНСК, 14 МАРТА, «ВЕСТОЧКА». — Осенью 2022 года редакция «Весточки» запустила кампанию «Читательская копейка». Причин было несколько, и главная из них — растущие трудности у независимого издания.",
             "",
             "Только за 2022 год на редакцию и ее учредителя составили три протокола. Штрафы за последние три года (2020-2023) в сумме превысили 60 тысяч рублей! Говорить правду сегодня, как выяснилось, дорого.",
             "",
             "Поэтому редакции пришлось попросить читателей о денежной помощи. И люди откликнулись. За несколько месяцев самые верные читатели перечислили в фонд газеты почти 90 тысяч рублей.",
         ]),
    _doc("neg-undesirable-outlet", "negative", None,
         "news item about an exile outlet being declared undesirable (paraphrase of a short news item, real-page structure)",
         "en", [
             "The Baltic Courier was this month added to the list of “undesirable” organizations by Russia’s Prosecutor General, a step that makes any further work a criminal matter and exposes its staff to prosecution. Officials said the outlet had been “undermining trust in state institutions”, while the newsroom says it will keep publishing checked facts for its readers.",
         ]),
    _doc("frontlinehour-top", "appeal", "top",
         "US independent daily news programme (paraphrase of Democracy Now! box, real-page structure: box printed twice with the host's sign-off, a third paragraph, then a topic page's description)",
         "en", [
             _NOWWATCH_BOX,
             "Catch up on Frontline Hour's coverage of Portugal, where the housing crisis has pushed rents beyond the reach of most workers. Short-term rentals have swallowed whole neighbourhoods of Lisbon, tenants face eviction with a few weeks' notice, and young families are leaving the cities. Out of this crisis has grown a tenants' movement that now fields candidates in local elections. See our conversation with one of its organisers, Inês Valadares, a schoolteacher who could become the capital's first housing councillor if her list does well in the autumn vote.",
         ], [_NOWWATCH_BOX]),
    _doc("meridian-top", "appeal", "top",
         "US magazine's daily newsletter edition note (paraphrase of The Atlantic box, real-page structure: headline above, interview below)",
         "en", [
             "Why This Whooping-Cough Wave Is Different",
             "",
             _EVENING_BOX,
             "",
             "Whooping cough was once almost forgotten in much of the country. Now cases have climbed to their highest level in a decade, with more than 900 infections reported in Oregon and Washington since the start of the school year. Two infants too young to be vaccinated have died in Oregon, the first such deaths in the state in over 15 years. I talked with my colleague Priya Anand, who writes about medicine and public health, about why the booster shots matter so much, and what it means for families when an illness most parents never saw comes back.",
             "",
             "",
             "Hana Lindqvist: Why is whooping cough so hard to keep down without vaccines?",
             "",
             "Priya Anand: The bacterium spreads extremely easily through coughs and sneezes, and protection from both infection and vaccination fades over the years. An infected adult may just have a lingering cough, but can pass it to a baby for whom it is dangerous. For newborns it can mean weeks of coughing fits, stopped breathing and hospital care, and in the worst cases it kills.",
         ], [_EVENING_BOX]),
    _doc("commons-top", "appeal", "top",
         "US progressive nonprofit news site (paraphrase of Common Dreams newsletter box, real-page structure: widget junk 5 / #000000 / #FFFFFF inside the box, a first-person essay right after it, its first paragraph printed twice)",
         "en", [
             _COMMONS_BOX,
             _COMMONS_P1,
             _COMMONS_P1 + " I tune in to community radio, a station run by volunteers on frequencies that belong to the public, as I circle the harbour on a trail that townspeople saved from developers a century ago.",
             "The trail, like all the other things I have listed, is a shared good that each of us looks after.",
             "Most weeks I stop at our public library, where the written record of the world is handed to me without charge--and to anyone else who comes in. My job demands that I keep learning all the time. My main tool is the web. The library and the web are shared goods as well.",
         ], [_COMMONS_BOX]),
    _doc("parapet-top", "appeal", "top",
         "British membership commentary site (paraphrase of Reaction box, real-page structure: membership line at the top, then an article about another outlet that ends with a crowdfunding page mention)",
         "en", [
             _PARAPET_BOX + " ",
             "",
             "When the owner of Georgia’s oldest English-language weekly, the Tbilisi Herald, shut it down last spring after a row over an editorial, its reporters pooled their savings and started a website of their own. Today the Caucasus Ledger has become one of the most important sources on the unrest in Georgia and is pushing back hard against disinformation.",
             "",
             "The Caucasus Ledger, founded in April by editor Tamar Gelashvili and 22 former Herald staff, has kept working from the capital while many foreign correspondents have left.",
             "",
             "It is one of the few independent newsrooms still reporting from the streets and keeps informing Georgians – and readers abroad – about what is going on, from police raids to orchestrated smear campaigns.",
             "",
             "Reporters in Britain can forget how rare it is to question the powerful without fear of arrest. We salute the reporters doing that work in Tbilisi.",
             "",
             "A crowdfunding page has been launched to help keep the Caucasus Ledger running.",
         ], [_PARAPET_BOX]),
    _doc("dniproledger-top", "appeal", "top",
         "Ukrainian English-language newsroom's page chrome (paraphrase of Kyiv Independent page, real-page structure: member banner, skip link, news feed with a newsletter box, time-stamped items, widget lines, then an editorial with byline)",
         "en", [
             _BUG_TOP,
             "Skip to content",
             "",
             "Live Updates",
             "",
             "Thursday, April 13",
             _BUG_DAILY,
             "9:41 PM",
             "Lithuania opens repair hub for Ukrainian armoured vehicles. The Lithuanian defence ministry said on April 13 that a new workshop near Kaunas will fix damaged Ukrainian infantry vehicles, with the first twenty expected by summer. Vilnius has pledged to cover the costs for at least two years.",
             "6:02 PM",
             "Drone strike damages grain terminal in Odesa Oblast, injuring 2. Russian drones hit a port facility in the town of Chornomorsk overnight on April 13, the regional governor wrote. Two dock workers were taken to hospital with shrapnel wounds.",
             "11:37 AM",
             "Officials: Russian shelling of Kherson slows. Russian artillery fire on Kherson has eased in recent days as Russian units rotate out of the left bank, the head of the city administration, Roman Mrochko, said on television on April 12.",
             "",
             _FOLLOW_INSTAGRAM,
             "",
             "Edit post",
             "",
             "Editorial: Two years of the Dnipro Ledger",
             "",
             "by The Dnipro Ledger February 3, 2024 10:20 AM 4 min read",
             "The Dnipro Ledger's newsroom in 2023.",
             "",
             "Two years ago today, on Feb. 3, 2022, we decided to start the Dnipro Ledger.",
             "",
             "“We” were 18 reporters let go by a regional daily after its new owner objected to our coverage of the city council. We had refused to drop a story about a land deal, and that, it turned out, was enough.",
             "",
             "It was, to put it mildly, a bumpy beginning.",
         ], [_FOLLOW_INSTAGRAM, _BUG_TOP, _BUG_DAILY]),
    _doc("terrain-top", "appeal", "top",
         "French independent reportage site (paraphrase of Grand Format box, real-page structure: campaign paragraph above a short teaser)",
         "fr", [
             _TERRAIN_BOX,
             "Lors des Rencontres de la presse locale, des collégiens de Lannion ont interrogé des reporters poursuivis en justice pour leurs articles. Sept épisodes audio pour saisir pourquoi enquêter est devenu un métier à risques.",
         ], [_TERRAIN_BOX]),
    _doc("konvert-mid", "appeal", "middle",
         "exile Russian outlet's newsletter note inside a feature (paraphrase of Meduza Kit box, real-page structure: intro paragraph above, a quoted heading and a person line below)",
         "ru", [
             "Ровно два года назад российские войска вошли в Херсонскую область. Рассылка «Конверт» попросила жителей оккупированных сел рассказать россиянам, как они живут все это время, чего боятся и что хотели бы сказать людям по ту сторону фронта. Нашлись те, кто решился ответить, хотя разговор через линию фронта кажется почти невозможным. Прочитайте эти рассказы и перешлите их родным — особенно тем, кто считает, что все в порядке. А в конце текста мы собрали несколько проверенных фондов, через которые можно помочь пострадавшим.",
             _POCHTA_BOX,
             "«Я не знаю, увижу ли я еще своих внуков»",
             "Галина, 67 лет, Херсонская область, бывшая учительница",
         ], [_POCHTA_BOX]),
    _doc("ledger-church-end", "appeal", "end",
         "US investigative magazine (paraphrase of a Mother Jones blog page, real-page structure: section title, newsletter one-liner, first-person blog post, then a capitalised fund-drive box ending in a widget line)",
         "en", [
             "More From the Parish Bulletin",
             "",
             _LEDGER_CHURCH_TOP,
             "",
             "",
             "If you run a big Sunday paper and need a new voice on the economy, you naturally hire the man who promised in 2006 that house prices could never fall. After all, he was only off by a few trillion dollars.",
             "",
             "And if you run a cable network and need someone to explain the banking crisis, you naturally book the former bank lobbyist. After all, he wrote a bestseller on why regulation was a solution in search of a problem.",
             "",
             "I find these outlets much easier to understand if I picture them as parish bulletins for a small and devout congregation. Naturally the elders pick writers who share the creed.",
             "",
             _LEDGER_CHURCH_BOX,
         ], [_LEDGER_CHURCH_TOP, _LEDGER_CHURCH_BOX]),
    _doc("seminarroom-mid", "appeal", "middle",
         "academic-expert news site's newsletter letter (paraphrase of The Conversation, real-page structure: a one-line sign-up widget between the editor's paragraphs)",
         "en", [
             "Over the past year some 15,000 people have joined this newsletter, so quite a few of you are new to The Seminar Room. I hope you like the research-based journalism our academic authors write. You might be unfamiliar with how we work, though, so let me take a couple of minutes to explain it.",
             "",
             "The Seminar Room was started in Leeds in 2014 by a former regional editor, Harriet Coombe, and a data scientist, Ravi Menon, to fill a gap that economists say the market leaves open. Most of what we learn about the world comes from outlets that hand too much room to lobbyists and loud commentators with little to back them up. Meanwhile thousands of well-informed researchers in our universities hardly get heard.",
             "",
             _SEMINAR_LINE,
             "",
             "This has several causes. Newsrooms reward confidence and conflict, and they are easily taken in by spin. Getting a public platform takes media skills that most researchers were never taught. The market tends to reward the wrong things – quick answers and thick skin – over genuine knowledge.",
             "",
             "But reliable information matters to a democracy as much as clean air matters to our lungs. If we want to decide well on the big questions of our time we need the best evidence in front of us. Better still, we need a specialist beside us who can make the complicated plain.",
         ], [_SEMINAR_LINE]),
    _doc("balticcourier-top", "appeal", "top",
         "exile Russian English-language outlet (paraphrase of The Moscow Times top line, real-page structure: a one-line support pitch without we above a podcast page)",
         "en", [
             _KREMLIN_TOP,
             "",
             "Why Don't Russians Talk About Their Rivers Dying?",
             "",
             "Russia holds some of the largest freshwater reserves in the world, and many of its rivers are already shrinking and silting up. Yet unlike in Europe, where water shortages are front-page news, the issue barely comes up in Russian media, politics or schools.",
             "",
             "In this episode, we set out to learn how Russians think about their rivers and why so many shrug off pollution and drought. Hydrologist Svetlana Orlik and environmental lawyer Timur Bagirov join us to talk it through.",
             "",
             "For more on how water is managed in Russia, see our recent explainer.",
         ], [_KREMLIN_TOP]),
    _doc("canopee-top", "appeal", "top",
         "French nonprofit environment daily (paraphrase of Reporterre box, real-page structure: line-by-line box with a donor counter and a goal line, then the article)",
         "fr", [
             _CANOPEE_BOX,
             "Samedi 3 juin, dans une vingtaine de villes, des centaines de poissons en carton, baptisés les « poissons en colère », ont défilé sur les quais. Les passants se sont demandé d’où ils venaient, tout comme les internautes sous le mot-dièse #poissonsencolère. Le soir même, le collectif Rivières vivantes a levé le mystère : l’opération lançait son Printemps des rivières, ouvert à toutes les communes riveraines. Comme l’explique sa coordinatrice, Maëlle Jourdan, « on ne pouvait plus attendre que l’État protège les cours d’eau à notre place ». Les poissons en carton sont devenus le symbole d’une volonté de reprendre la main. Car si les projets locaux se multiplient, ils restent trop dispersés pour changer la donne.",
         ], [_CANOPEE_BOX]),
    _doc("canopee-mirror-end", "appeal", "end",
         "French nonprofit environment daily republished on a scraped mirror (paraphrase of Reporterre end box, real-page structure: headline, blank lines, long anaphoric box ending in a button)",
         "fr", [
             "Le frelon asiatique, une « menace sérieuse » pour les ruchers et la biodiversité",
             "",
             "",
             "",
             _CANOPEE_MIRROR_BOX,
         ], [_CANOPEE_MIRROR_BOX]),
    _doc("faktor-top", "appeal", "top",
         "German nonprofit investigative newsroom's newsletter widget (paraphrase of CORRECTIV box, real-page structure: newsletter name, tagline, schedule, then a section listing of teasers)",
         "de", [
             _FAKTOR_BOX,
             "",
             "Recherchen",
             "",
             "Pflegeheime im Visier",
             "",
             "Das Milliardengeschäft mit den Heimen",
             "",
             "Überbelegte Zimmer, fehlendes Personal, hohe Renditen: Beschäftigte eines großen Pflegekonzerns berichten von System. Viel Geld fließt an Investoren im Ausland.",
             "",
             "Gesundheit",
             "",
             "Lange Wege: Warum Kinderärzte auf dem Land fehlen",
             "",
             "Viele Familien fahren eine Stunde bis zur nächsten Praxis: Was das für den Alltag bedeutet und warum sich kaum jemand niederlässt.",
         ], [_FAKTOR_BOX]),
    _doc("linie-end", "appeal", "end",
         "German left-wing cooperative daily (paraphrase of nd box, real-page structure: glosse with reading-time bullet and author initials, then a headed box with arrow bullets)",
         "de", [
             "Ganz unten",
             "",
             "  • Lesedauer: 1 Min.",
             "Die großen Momente des Journalismus kommen immer dann, wenn er uns seine ganze Pracht vorführt: seinen Scharfsinn, seine Standhaftigkeit, seine Sprachgewalt, seine Einfälle, seine Tiefe, seine Sorgfalt im Kleinen, seine Hartnäckigkeit, seinen Abstand zur gerade regierenden Koalition, seine Bereitschaft zu scharfem, gnadenlosem Widerspruch. Leuchtende Belege dafür gibt es jeden Tag. Ein Hauptstadtblatt wollte gestern von mehreren Kommentatoren wissen, ob die neue Verkehrsministerin eine »durchsetzungsstarke Ministerin« werden wird. Gedruckt ist unter anderem die Antwort eines Kollegen von einem Wirtschaftsmagazin: »Kann man noch nicht sagen. Sie hat jedenfalls große, bedeutende Aufgaben.« Wir sollten jeden Morgen dankbar sein, dass es so scharfsinnige Kommentatoren gibt. Was wüssten wir ohne sie! pmk",
             "",
             _LINKS_BOX,
         ], [_LINKS_BOX]),
]

BATCH29_DOCUMENTS += [
    _doc("bitume-mid", "appeal", "middle",
         "French independent youth-culture news site (paraphrase of StreetPress box, real-page structure: indented page text, headline, byline, standfirst and intro above the box, a '>' link line closing it)",
         "fr", [
             "Cet été, replongez dans le meilleur de Bitume",
             "",
             "    Par Clémence Arnaud",
             "",
             "    Nos articles préférés de l’année, rien que pour vous. Au programme, un documentaire sur un club de boxe de quartier, une enquête au long cours sur les logements insalubres de Marseille, les meilleurs rappeurs du moment en interview et une pile d’enquêtes. On se retrouve fin août.",
             "",
             "    C’est peut-être la plus belle conquête sociale du siècle dernier : les vacances. Comme tous les ans, l’équipe souffle un peu. L’occasion de découvrir – ou redécouvrir ! – nos meilleurs papiers, en attendant la rentrée. Dans cette sélection : des livreurs à vélo en grève, un élu (et pas le moindre) épinglé pour ses notes de frais, un rappeur passé par le commissariat…",
             "",
             _BITUME_BOX,
             "",
             "    Les livreurs en grève, c’était l’histoire de notre printemps. Des cortèges de vélos sur le périphérique, des plateformes prises de court… Franchement, on ne l’avait pas anticipé. Ça a commencé par une colère contre la baisse des tarifs de course, puis les demandes se sont élargies. Tout le monde veut juste vivre de son travail. Quelque chose bouge. Et on a voulu le raconter à notre façon. Pas de sondages, plutôt des reportages et des enquêtes au plus près des gens.",
         ], [_BITUME_BOX]),
    _doc("izmoroz-top", "appeal", "top",
         "independent Russian magazine's Telegram channel page (paraphrase of Holod page, real-page structure: channel description and contact lines, a one-line support link, Telegram widget lines, then posts)",
         "ru", [
             "«Изморозь» — независимый российский журнал, который выходит с весны 2020 года.",
             "",
             "Написать в редакцию: mail@izmoroz.media",
             "",
             "Бот для анонимных сообщений: @IzmorozTipsBot",
             "",
             "По вопросам рекламы: ads@izmoroz.media",
             "",
             _IZMOROZ_BOX,
             "Download Telegram",
             "This media is not supported in your browser",
             "VIEW IN TELEGRAM",
             "Власти Армении сообщили, что все задержанные на акциях 2 и 3 мая отпущены, административные дела закрыты",
             "",
             "Проверка по эпизодам с нападением на сотрудников полиции при этом не прекращена.",
             "",
             "2 и 3 мая в Ереване прошли массовые акции против нового закона о НКО. По разным подсчетам, на улицы вышли от 15 до 30 тысяч человек.",
             "",
             "Всего полиция задержала 94 человека.",
         ], [_IZMOROZ_BOX]),
    _doc("cigale-top", "appeal", "top",
         "French regional reader-owned news site's newsletter republished on a blog (paraphrase of Marsactu newsletter, real-page structure: four-paragraph appeal with link phrases 'ici' and 'par là', then the article lead)",
         "fr", [
             _CIGALE_BOX,
             "En lettres vertes, « quartier durable » s’affiche sur le bureau de vente des Terrasses du Faron. Nadine Ferrero, Gilles Abbou et Marc Tessier prennent la pose devant, un brin moqueurs. « Durable, c’est surtout le chantier ! » lancent ces riverains, qui ont monté une association pour dénoncer les malfaçons de ce grand projet immobilier.",
         ], [_CIGALE_BOX]),
    _doc("zemlya-end", "appeal", "end",
         "exile Russian newspaper in Europe (paraphrase of Novaya Gazeta Europe box, real-page structure: one long paragraph describing a weekly video show, then a headed box, cut at the end)",
         "ru", [
             "В ночь на 9 апреля в Екатеринбурге сотрудники ФСБ задержали, а под давлением соцсетей уже к утру освободили блогера Аркадия Лемехова. Теперь дела возбуждены и против тех, кто его задерживал, и против него самого. Кому из них реально грозит срок? Полиция пришла с обысками в офис лояльного власти телеканала. Одного из продюсеров задержали по делу о мошенничестве. Зачем силовикам понадобилось бить по своим? На этой неделе поссорились два крупнейших IT-миллиардера мира. Теперь они выясняют отношения в прямом эфире. Что из этого следует? Каждое воскресенье Мария Гордеева, шеф-редактор «Земли», разбирает главные события недели в России и мире.",
             _ZEMLYA_BOX,
         ], [_ZEMLYA_BOX]),
    _doc("boreal-top", "appeal", "top",
         "Canadian reader-funded climate news site (paraphrase of Canada's National Observer box, real-page structure: a campaign title and goal line above a retraction note)",
         "en", [
             _BOREAL_BOX,
             "",
             "We apologise. This article has been removed. We published it before learning that the agency requires written consent before its material can be reprinted. Boreal Dispatch regrets the mistake and considers the agency's field reporting on refugee health some of the best anywhere.",
         ], [_BOREAL_BOX]),
    _doc("greenline-top", "appeal", "top",
         "US environmental news site (paraphrase of EcoWatch top line, real-page structure: site tagline, a one-line support pitch, then headline, section, photo credit, byline and a guest column)",
         "en", [
             "Green News for a Cleaner World",
             "",
             _GREENLINE_BOX,
             "",
             "A Climate Action Playbook for 2019",
             "",
             "Energy",
             "Marco Dellacroce / Sunrise Coalition",
             "",
             "By Teresa Okafor",
             "",
             "Let's spend a minute on how the climate movement plans to push forward in 2019.",
             "",
             "But first, a quick announcement.",
             "",
             "On Feb. 9, organizers like the tireless Rep. Elena Marsh, Sunrise Coalition co-founder Dev Patil, Pastor Marcus Greene of the Faith and Climate Network, Alicia Ruiz of the Farmworker Alliance, and others will gather for an event called \"Power to the People: The Climate Offensive\" to set out the movement's strategy for the year.",
             "",
             "",
             "If you live near Chicago come along in person (get tickets here). Too far away? Throw a watch party, or find one nearby, and follow the livestream with other organizers nearby. More than 80 parties have already signed up across the country. You won't want to miss this one.",
             "",
             "Right. Now on to the real work.",
         ], [_GREENLINE_BOX]),
    _doc("kost-mitte-end", "appeal", "end",
         "German left-liberal daily's pay-what-you-want box (paraphrase of taz box, real-page structure: local column with author's name glued to the last line, a fact box, then the thank-you box ending without a full stop)",
         "de", [
             "Wenn in Ehrenfeld niemand mehr dem Ordnungsamt im Weg steht",
             "Am Platz vor der alten Seifenfabrik ist Ehrenfeld ganz es selbst: Erstaunlich gut gelaunte Menschen in Secondhand-Jacken bestellen „Falafel mit Haltung“ (so steht es auf dem Schild) und schauen durch ihre Vintage-Brillen auf frisch bemalte Brandmauern. Ein einziges Schaufenster, ziemlich anstrengend und zugleich großartig komisch. Mein Laufclub und ich kehren hier nach jedem Sonntagslauf am Rhein ein, weil die Falafel wirklich schmecken und der Platz auf dem Heimweg liegt.",
             "Während wir also versuchen, unsere Teller mit der nötigen Haltung zu leeren, plötzlich Rufe aus der schmalen Einfahrt, die auf den Platz mündet. Drei Jugendliche auf E-Scootern rasen heraus, hinter ihnen zwei Leute vom Ordnungsamt, zu Fuß und außer Atem. Ein Filmdreh, glauben wir erst, schließlich ist das Ehrenfeld, bis wir merken: Das ist echt! Die Gäste an den Tischen zeigen den Kontrolleuren bereitwillig, wohin die Jungs abgebogen sind. Bloß eine ältere Dame murmelt: „Früher hätte hier keiner was gesagt.“ Alles eine Frage der Haltung eben. Jana Oberkamp",
             "Köln-Ehrenfeld",
             "38.912 Einwohner:innen,",
             "ein beliebtes Viertel im Westen der Stadt (im gleichnamigen Bezirk) mit vielen Cafés, Ateliers, Studierenden, Fotoshootings und ab und zu sogar echten Alteingesessenen.",
             _KOST_BOX,
         ], [_KOST_BOX]),
    _doc("kost-norden-end", "appeal", "end",
         "German left-liberal daily's regional page box (paraphrase of the second taz box variant, real-page structure: a glued column title and one long gloss paragraph, blank line, then a long headed box ending in a button)",
         "de", [
             "nordlichtZäh",
             "",
             "Manchmal liest sie sich schwer, die Lyrik aus den örtlichen Polizeiberichten: Bevor eine kleine Randspalte der Zeitung es merkt, hat sie schon mitgetreten gegen Leute, die längst – und nicht immer nur im übertragenen Sinn – am Boden liegen, gegen „Schwarzangler“ oder andere Lieblingsziele amtlicher Schadenfreude. Etwa gegen jene Frau, die man jetzt in Cuxhaven dank ihrer eigenen Spur fand: Aus einem vermutlich aus bestem Grund geplünderten Hofladen hatte die 52-Jährige Eier und Kartoffeln verloren, die die Beamten schnurstracks zu ihrem Gartenhäuschen leiteten. So gern das nordlicht der Meldung wenigstens eine glückliche – weil satte – Möwe abgewonnen hätte: Übrig bleibt die Geschichte einer Polizei, die selbst die ureigene Ermittlungsarbeit lieber anderen überlässt.",
             "",
             _KOST2_BOX,
         ], [_KOST2_BOX]),
    _doc("rheinblick-end", "appeal", "end",
         "German local digital newspaper's paywall box (paraphrase of VierNull box, real-page structure: headline, standfirst, date, photo caption and credit, article paragraph, then the cut-off box with offer, buy and login lines)",
         "de", [
             "Sicherheit am Rheinufer? Ja, aber nur bis 19 Uhr",
             "",
             "Das Sicherheitskonzept, das Rathaus und Polizei im Frühjahr vorgestellt haben, zeigt kaum Wirkung. Die gemeinsame Anlaufstelle am Brückenkopf wird zum Witz, weil sie lange vor den heiklen Stunden dichtmacht.",
             "",
             "Veröffentlicht am 3. September 2023",
             "Die Anlaufstelle am Brückenkopf",
             "Gerade nachts, wenn es am Rheinufer ungemütlich wird, ist die gemeinsame Anlaufstelle von Ordnungsdienst und Polizei schon geschlossen. Foto: Miriam Hollweg",
             "",
             "Obwohl es in den vergangenen drei Wochen erneut zwei Schlägereien am Ufer gab (siehe Übersicht der Polizeimeldungen unten), reden Anwohnerinnen von einer vergleichsweise entspannten Lage. Wer hier lange wohnt, kennt das: In den Sommerferien werden die Nächte ruhiger, weil offenbar auch die Störenfriede verreist sind. Doch das, meint eine Nachbarin, dürfte sich jetzt wieder ändern, vielleicht schon am kommenden Wochenende.",
             "",
             _RHEINBLICK_BOX,
         ], [_RHEINBLICK_BOX]),
    _doc("sentinel-glued-top", "appeal", "top",
         "British-owned US news site (paraphrase of The Independent box glued to the article, real-page structure: column title, box, article's first sentence on the box's last line without a break)",
         "en", [
             "Letter from the editor: We'll get through this one together!",
             _SENTINEL_GLUED_BOX + "The morning could hardly have started worse. Shortly after 7am yesterday, I was flat on my back at the barber's, a hot towel on my face.",
             "My barber, a patient man well used to nervous customers, had just picked up the razor and bent over me. “Follow the cricket?” he asked over the hum of the clippers next door (the clippers, not me). “I do,” I said. He then said: “I'm a Yorkshire man, myself,” and added, razor poised: “and you?”",
         ], [_SENTINEL_GLUED_BOX]),
]

BATCH29_DOCUMENTS += [
    _doc("neg-tagpage-nonprofit-gift", "negative", None,
         "trade-press tag page listing items about a nonprofit newsroom, one about a founder's $1M gift (paraphrase of a TVNewsCheck tag page, real-page structure)",
         "en", [
             "Mountain State U. Sues Student Reporters",
             "",
             "The university in Beckley, West Virginia, led by president Harlan Voss, has sued two reporters from Civic Ledger and a regional daily over stories on dormitory mold. Voss said the school has moved students out of the affected buildings and is following state health guidance.",
             "",
             "Civic Ledger, Gulf Coast Tribune Launch Joint Data Desk",
             "",
             "",
             "Local TV And Civic Ledger Show What Accountability Looks Like",
             "",
             "At a time when officials are attacking reporters more openly than at any point in decades, it is worth pointing out the newsrooms still doing the slow, careful work that holds them to account. Here are two examples.",
             "",
             "Civic Ledger Expands Statehouse Fellowships",
             "",
             "Civic Ledger is widening its program for local accountability reporting with new funding to place reporters in state capitols. “Coverage of statehouses has thinned out faster than almost any other beat,” said Maribel Ocampo, Civic Ledger's deputy managing editor.",
             "",
             "Streamline, Civic Ledger Share A Documentary Producer",
             "",
             "The two newsrooms said they are hiring a shared documentary producer for a twelve-month post (it is being called a residency, since it ends after a year) who will work with Streamline's film unit on short documentaries drawn from Civic Ledger investigations.",
             "",
             "Listings Site Founder Gives $1M To Civic Ledger",
             "",
             "Roland Petrakis, the tech investor who started the classifieds site TradePost, said on Tuesday he is giving $1 million to Civic Ledger. The money will “let Civic Ledger hire and direct reporters toward the stories where the public need is greatest,” according to a statement from the nonprofit newsroom.",
         ]),
    _doc("neg-blog-quoting-fund-drive", "negative", None,
         "personal blog quoting a nonprofit outlet's fund-drive e-mail, the quotation closed but never opened (paraphrase of a blog quoting Truthout, real-page structure)",
         "en", [
             "Voters Fund Every Campaign But Let Their Own News Sources Go Broke",
             "",
             "Clearwater Report, which has for years offered careful and independent coverage unlike the cable channels — the same Clearwater Report whose scoops I keep linking to on this blog — has just sent out one last anxious call for money. It has always lived on small reader gifts (something I dream of doing myself). In this fund drive, they have brought the gap down to roughly $8,000. But after everything we have given to primary challengers and ballot campaigns, it seems we are running dry. Clearwater Report writes:",
             "",
             "We are in real trouble. This is the last e-mail of our drive and we are still $8,140 short. If 800 people give about ten dollars each, we will make it. Will you be one of them? Gifts have been slower than ever this year and we need to turn that around. Please click … and help us close the gap.”",
             "",
             "Here is Clearwater Report’s giving page.",
             "",
             "I honestly wish independent media got even a sliver of what we pour into candidates (some of whom fold the moment the party machine turns on them, and some of whom say the right things and then do nothing). If everything we know comes from outlets that spin for the powerful, how are ordinary people supposed to learn what is actually happening, or what we could do to get out of this mess and build something better?",
         ]),
    _doc("neg-startup-raises-reader-money", "negative", None,
         "media-industry site reporting that another outlet raised nearly $1M from readers (paraphrase of an Indiegraf item on the Kyiv Independent, real-page structure)",
         "en", [
             "Scrolling through the Tbilisi Ledger’s homepage shows how quickly life changed for Georgians. A lifestyle section with wine festivals, theatre premieres and jazz nights now sits below live updates headed “Protests in Georgia: what is happening tonight” and graphics counting arrests.",
             "The independent outlet went live barely five months ago after 22 reporters and editors were locked out and dismissed from the Tbilisi Herald — for decades the main English-language weekly in Georgia. Now the newsroom is covering mass protests while bringing in close to $800,000 (USD) from readers.",
             "How it started",
             "Soon after editors ran critical stories about the ruling party, as they had often done, the owner’s business manager said she would launch new Georgian and Russian editions and bring in a fresh editorial team. Staff read this as a move against the paper’s independence, reporter Nika Beridze wrote in an essay for a London weekly. After they asked for clear answers, the Herald was suspended.",
         ]),
    _doc("neg-report-other-fund-drive-fr", "negative", None,
         "French site reporting on a media watchdog's fund drive, with the deadline, tax deduction and a donor gift described (paraphrase of a France Chronique item, real-page structure)",
         "fr", [
             "Dernière ligne droite pour un observatoire des médias indépendant. Sa collecte ferme dans quelques jours, et l’équipe du Veilleur des médias multiplie les appels aux dons. Malgré une forte mobilisation, il lui manque encore 2500 euros pour boucler un budget modeste de 12 000 euros. Cette somme permettrait de garder gratuites ses lettres d’information, qui décryptent chaque jour l’actualité des rédactions, et de conserver en ligne ses 250 fiches sur des patrons de presse et ses 5000 analyses.",
             "La collecte reste ouverte jusqu’à dimanche, avec une incitation fiscale non négligeable : 66 % du montant versé est déductible des impôts. Un don de 60 euros revient ainsi à environ 20 euros. Le fondateur prévient toutefois que les caisses sont presque vides et que, sans aide rapide, l’association aura du mal à rester indépendante.",
             "Les animateurs du site insistent sur le besoin d’un soutien concret pour faire vivre un regard critique sur les médias. En échange, les donateurs recevront un dossier inédit consacré aux coulisses d’une chaîne d’information en continu.",
             "En définitive, cette campagne montre à quel point une presse libre dépend de ses lecteurs. Chaque don compte, estiment ses responsables.",
         ]),
    _doc("neg-report-voluntary-paywall-de", "negative", None,
         "German media-industry news on another paper's voluntary pay scheme, quoting its blog and its online chief (paraphrase of a DWDL item on taz, real-page structure)",
         "de", [
             "Die \"Wochenpost\" führt für ihre Website ein freiwilliges Bezahlmodell ein. Leserinnen und Leser können ab sofort mit der Funktion \"Ich-zahle-gern\" monatlich einen festen Betrag überweisen und gehören damit zum Kreis der sogenannten \"Gernzahler\". \"Wir bitten alle, die uns online regelmäßig lesen, uns auch regelmäßig etwas zu geben\", schreibt die Redaktion in ihrem Blog.",
             "",
             "Seit dem Start der Aktion im Februar sind nach eigenen Angaben bereits über 15.000 Euro zusammengekommen. Würde nur jeder Hundertste der 900.000 monatlichen Besucher drei Euro geben, könne die \"Wochenpost\" ihre zusätzlichen Online-Kosten decken und das Angebot sogar ausbauen.",
             "",
             "\"Überall heißt es, mit dem kostenlosen Netz müsse Schluss sein\", sagt Henrike Dahl, Online-Chefin der \"Wochenpost\". \"Viele Verlage zeigen nur noch Überschrift und Vorspann, der Rest kostet.\" Genau das wolle man vermeiden. \"Uns ist wichtig, dass niemand muss: Jeder zahlt, was er möchte, wie oft er möchte.\"",
         ]),
    _doc("neg-relayed-appeal-fr", "negative", None,
         "French media-criticism association relaying another site's appeal in its own article (paraphrase of Acrimed relaying Basta!, real-page structure: title, byline, relay note, the relayed appeal with calls, then the article)",
         "fr", [
             "Ces journaux qui comptent sur nous : le site d’enquêtes Rivages",
             "",
             "par Vigie-Médias,",
             "",
             "Comme Vigie-Médias, qui sollicite chaque année ses lectrices, ses lecteurs et ses adhérents pour boucler son budget, de nombreux titres indépendants traversent en ce moment des difficultés financières qui menacent parfois jusqu’à leur existence. Nous publions ci-dessous l’appel de Rivages, site indépendant consacré à l’écologie et aux luttes sociales, qui a besoin de votre aide (Vigie-Médias).",
             "",
             "Rivages ne vit ni de l’argent des grands groupes, ni de titres racoleurs, ni de la publicité. C’est pour cela que Rivages compte sur vous. Une information indépendante et sérieuse a un coût. Si vous estimez que des médias libres sont plus nécessaires que jamais, qu’il faut faire le ménage dans le vacarme des chaînes d’info, soutenez Rivages, et faites un don avant le 31 décembre.",
             "",
             "",
             "Ce qui est en jeu",
             "",
             "Le pluralisme de la presse n’a jamais semblé aussi fragile. Dans les rédactions, beaucoup de journalistes font leur métier avec rigueur. Mais les pressions, et même les censures avérées, se font plus fréquentes. Côté recettes, les titres sont de plus en plus à la merci de quelques annonceurs puissants, et leur liberté de ton s’en ressent sur les questions qui fâchent.",
         ]),
    _doc("neg-newspaper-charity-appeal", "negative", None,
         "British paper reporting its own annual charity appeal passing £1m, quoting a charity chief (paraphrase of a Guardian charity appeal item, real-page structure)",
         "en", [
             "The Northern Standard’s winter appeal, which supports community groups helping families hit by soaring energy bills, has passed £750,000, reaching the mark on Tuesday, less than a month after it opened.",
             "",
             "The appeal, which runs until the end of January, is raising funds for small charities giving practical help to households in fuel poverty, through its two partners, the Warm Homes Trust and Neighbourhood Action. So far 7,400 readers have given a combined £752,300.",
             "",
             "The money will go to volunteer-led groups in some of the poorest parts of the north of England, which offer everything from emergency heating grants and warm hubs to energy advice and befriending for isolated pensioners.",
             "",
             "It is the fifth year running that the Standard’s appeal has raised more than half a million pounds. Earlier appeals have focused on child hunger, flooding and loneliness.",
             "",
             "Joanne Whitlock, chief executive of the Warm Homes Trust, said: “Seeing readers give so generously this winter is overwhelming. Every pound reaches a family who would otherwise go cold, and our volunteers are proud to be part of it.",
         ]),
    _doc("neg-campaign-finance", "negative", None,
         "US paper on candidates' quarterly fundraising totals (paraphrase of an Atlanta Journal-Constitution item, real-page structure)",
         "en", [
             "Tracking the money — Senate hopefuls’ second-quarter hauls",
             "",
             "A look at second-quarter fundraising in the open Senate race. Monday was the date by which federal candidates had to report what they raised and spent in the April-to-June period. Among those who have already posted totals, Hartwell brought in $4.1 million; Delacroix raised $2.9 million; Okafor collected $2.2 million, state Treasurer Lynn Moss took in about $1.6 million and former Rep. Dale Pruitt raised $900,000.",
             "",
             "Hartwell pulls in $4.1 million",
             "",
             "Democrat Ann Hartwell raised $4.1 million in the spring, a clear drop from the pace the former prosecutor set when she entered the race in January. The total leaves Hartwell, a two-term county commissioner, ahead of the field but well short of what outside groups have reserved in ad time, and her rivals note that much of the money came from out of state. It is another sign that the primary will be decided as much by spending from super PACs as by the candidates’ own war chests.",
         ]),
    _doc("neg-satire-quoting-banner", "negative", None,
         "satire site quoting an encyclopedia's donation banner (paraphrase of a satire piece on the Wikipedia banner, real-page structure: quoted banner lines and a pull quote with a dash attribution)",
         "en", [
             "Geneva — In what psychologists are already calling \"the most effective guilt campaign since your dentist asked if you floss,\" the Openpedia Trust has once more announced that the free encyclopedia is days away from going dark for good, unless the 97% of freeloaders reading this finally hand over $3.10 before a deadline that has been \"this week\" since roughly the invention of the smartphone.",
             "",
             "\"If you've opened Openpedia more times this year than you can remember, we hope that's been worth $3.10 of facts to you,\" the banner says, finally putting a number on human curiosity. Insiders confirmed the sum covers settling a dinner-table fight about how tall Napoleon really was, working out which actor was in \"that boat movie,\" and reading just enough about the Hanseatic League to nod along at a pub quiz.",
             "",
             "\"Fewer than 3% of readers give. The rest keep scrolling.\" — The most guilt-inducing sentence since \"No, it's fine, I'll do it myself\"",
             "",
             "The Trust's newest appeal—which media scholars describe as \"public radio pledge week, except the tote bag is something you already had for nothing\"—launches what researchers have named the \"97% Guilt Score,\" a new metric reminding readers that they belong to the vast majority who will dismiss this banner and return at once to checking whether cereal counts as soup, how tall a giraffe is, and what that noise in the car could be.",
         ]),
    _doc("neg-report-other-fund-drive-quoted-block", "negative", None,
         "British weekly's media column on another site's fund drive, quoting its statement and its editor as block paragraphs without quotation marks (paraphrase of a New Statesman item on openDemocracy, real-page structure)",
         "en", [
             "Commonwealth Review is asking for help",
             "",
             "The site is still £40,000 away from its fundraising goal.",
             "",
             "Commonwealth Review, the online forum that has run campaigns such as OurLibraries and OurBuses, and investigations like Borders and Beyond and its Balkans desk, is still £40,000 short of the money it needs.",
             "",
             "Like many sites of its kind, it runs as a not-for-profit alternative to commercial media, putting out independent writing in the public interest. But that kind of work is very hard to pay for, and the site ran up debts while growing over the last three years. It must now raise £200,000 by 30 April, or it will close:",
             "",
             "We want to do three things: pay off what we owe, meet our running costs, and give our new editor and the team room to find new funders for the years ahead. Reaching £200,000 will put Commonwealth Review on solid ground.",
             "",
             "Ingrid Solberg, Commonwealth Review's editor, told me:",
             "",
             "We give people a platform they cannot find anywhere else, letting specialists and new writers from the places we cover publish serious analysis without having to please advertisers.",
             "",
             "Nobody pays for articles online, so we rely on readers who value what we do and agree that it matters. We have raised £160,000 of the £200,000 we need so far, and we take that as a sign that many do agree.",
             "",
             "That still leaves £40,000 to find. Readers can give through its website, and the charity behind it, the Review Trust, can claim gift aid on them too.",
         ]),
    _doc("neg-rights-group-annual-report", "negative", None,
         "Russian city-guide site reporting a human-rights project's annual donations report, quoting it (paraphrase of an Afisha item on OVD-Info, real-page structure: dash list of figures)",
         "ru", [
             "Правозащитный проект «Сигнал», который помогает задержанным на акциях и их родственникам, выпустил годовой отчет.",
             "За 2021 год «Сигнал»:",
             "- получил 52 308 пожертвований на общую сумму свыше 31 млн рублей;",
             "- ответил примерно на 11 тыс. обращений на горячую линию;",
             "- опубликовал 3870 материалов о преследованиях за убеждения;",
             "- подал 312 жалоб в международные инстанции;",
             "- 84 адвоката, работающих с проектом, защитили 1105 человек в полиции и судах.",
             "За первые полгода 2022 года поддержка «Сигнала» еще выросла: деньги проекту перевели 70 тыс. человек, а общая сумма превысила 120 млн рублей.",
             "Полный отчет опубликован на сайте проекта. «В нем 48 страниц, и это не опечатка! Мы хотим, чтобы вы узнавали о нашей работе от нас самих, а не из чужих пересказов», — говорится в сообщении «Сигнала».",
         ]),
    _doc("neg-quoted-appeal-no-marks-ru", "negative", None,
         "Kazakh news site quoting an exile outlet's appeal as paragraphs in the outlet's we, without quotation marks (paraphrase of a Tengrinews item on Meduza, real-page structure)",
         "ru", [
             "Редакция интернет-издания \"Перекресток\" обратилась к читателям с просьбой о помощи после того, как ее внесли в реестр нежелательных организаций, передает корреспондент сайта.",
             "",
             "\"Перекресток\" хотят задушить. Прокуратура объявила нас \"нежелательной организацией\". После этого от нас ушли почти все рекламодатели. Это значит, что деньги на исходе. Уже сейчас.",
             "",
             "Мы долго считали, что сможем строить издание, которое живет на рекламе и остается бесплатным для читателей. Нам казалось, что это особенно важно там, где люди ищут честные новости, а независимых редакций почти не осталось. ",
             "",
             "И нам это удалось. Ушло на это пять лет. Власти разрушили нашу модель за одну неделю.",
             "",
             "Мы сократили все, что могли. У нас больше нет ни студии, ни офиса - ни в Вильнюсе, ни в Тбилиси.",
         ]),
    _doc("neg-explainer-funding-de", "negative", None,
         "German public broadcaster explaining how a nonprofit newsroom is financed (paraphrase of an MDR item on Correctiv, real-page structure: glued heading and blank lines between paragraphs)",
         "de", [
             "Was hinter dem Rechercheverbund Lotse steckt Der Rechercheverbund Lotse ist ein Zusammenschluss investigativer Journalistinnen und Journalisten, organisiert als gemeinnütziger Verein. Gegründet wurde Lotse im März 2016. Aus der Erfahrung schrumpfender Redaktionen heraus will das Team eine Lücke zwischen öffentlich-rechtlichem und werbefinanziertem Journalismus füllen.",
             "",
             "",
             "",
             "Die Besonderheit: Lotse lebt allein von Spenden und Stiftungsgeldern. Jede und jeder kann Fördermitglied werden. Der Verein behält sich aber vor, Spenden abzulehnen, wenn die Geldgeber seinen Grundsätzen widersprechen. In der Satzung steht, dass Spender von mehr als 500 Euro namentlich genannt werden.",
             "",
             "",
             "",
             "Nach eigener Darstellung arbeitet Lotse unabhängig, gemeinnützig, investigativ und dem Gemeinwohl verpflichtet. Die Redaktion versteht sich auch als Bildungsprojekt. Grundlage ihrer Arbeit ist die Überzeugung, dass gründliche Recherche für eine Demokratie unverzichtbar ist.",
         ]),
    _doc("neg-crowdfunding-burglary-fr", "negative", None,
         "French public broadcaster's site reporting another outlet's crowdfunding and a burglary, quoting an embedded post and the outlet's own words to readers (paraphrase of a franceinfo item on StreetPress, real-page structure)",
         "fr", [
             "\"On n'a vraiment pas de chance.\" Le média en ligne Bitume a annoncé, mardi 12 mars, que ses bureaux de Pantin (Seine-Saint-Denis) avaient été cambriolés dans la nuit de lundi à mardi. Ordinateurs, micros et caméras ont disparu. Le montant du vol est évalué à 25 000 euros, \"et l'assurance ne couvrira pas tout\", précise Bitume sur Instagram.",
             "",
             "Grosse galère chez @BitumeMedia. On venait de boucler une campagne incroyable, et on s'est fait voler tout le matériel cette nuit. Non, ce n'est pas un coup de com' pour relancer la cagnotte. 25 000 euros d'équipement partis. On encaisse et on reste debout. https://t.co/xYz0Ab12Cd — Inès Marchal (@InesMarchal) March 12, 2024",
             "",
             "Le site venait tout juste de clore une collecte participative destinée à \"passer l'hiver\" et à éviter la fermeture. \"Aucun actionnaire fortuné ne nous soutient, nous ne vivons que de nos lecteurs\", rappelait la rédaction, qui emploie six salariés et travaille avec de nombreux pigistes et dessinateurs. Dimanche 10 mars, trois semaines avant l'échéance, les donateurs avaient déjà apporté 35 000 euros. \"On croyait être enfin tirés d'affaire grâce à vous, a écrit l'équipe de Bitume à ses lecteurs après le vol. Votre aide compte plus que jamais.\"",
         ]),
    _doc("neg-candidate-small-donors", "negative", None,
         "US magazine feed excerpt on a candidate's weak small-donor fundraising (paraphrase of a Mother Jones item, real-page structure: headline and truncated teaser)",
         "en", [
             "Small Donors Are Not Warming Up to Governor Brandt",
             "",
             "Governor Kyle Brandt is struggling to win over small donors. Things have gone so badly that his campaign may be spending more to find online contributors than those contributors give back. Brandt’s advisers have tried to present the numbers as good news. In an interview with a national paper on Sunday, a senior aide claimed […]",
         ]),
]
