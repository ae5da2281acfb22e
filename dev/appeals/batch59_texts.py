"""Fifty-ninth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (12 appeal, 12 negative; EN, DE, FR, RU): our own paraphrases of every document of the
local-only real probe 39 (24 documents). Each keeps the real page's structure (a headline above a
quoted essay and a comment-box footer, a dateline run into a standfirst, a newsletter masthead with
its byline and date line, a cookie banner and language switch, a zoom-interview block with its
"published on" lines, an ads.txt scrap ahead of a press review, Telegram channel headers with their
counters, contact lines and "Download Telegram", a one-word follow line above a news archive, blog
date lines and a comment footer, hard-trailing blank lines) and exactly what the real gold marks: a
donate box with a reader testimonial and a sign-off call at the end of an essay; a long independence
plea ending in a monthly support price at the top of a quotes page; a one-sentence thank-and-help-us
line closing a milestone story; a thank-you support box with CHF amount buttons and a bank-transfer
line plus a separate newsletter button line on a news page; a one-sentence subscribe line inside a
newsletter's welcome paragraph; a "share our articles" plea about a blocking order with its legal
note at the end of a video page; a donors-only funding plea and a donation-campaign launch line
between two interview teasers; a scan-the-QR-code support sentence inside a press review intro; a
treasury-trouble donation drive with its euro goal at the top of a magazine home page; "support" and
"donate" links inside Telegram channel headers; a lone "subscribe:" line above an archive. Negatives
keep what makes the real ones hard: an opinion piece on a chain paper publicising an unauthorised
crowdfunder with sums, a student-paper piece on crowdfunding success stories with goals and totals,
a blogger on public-radio pledge breaks, a reader editorial series about a free paper's sold front
page and a buy-it-back crowdfunder, a party-donations list with amounts, a town's crowdfunding
platform with goals and matching money, a relayed letter of a TV channel's director asking for help
(republished by another site, so not that site's own appeal), food-bank campaign launches and
supermarket collections with their calls to help, protest-aid funds, street and minibus collections
for sick children with quoted pleas.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like batches 29-58 `build_devset.py --batch59` takes each
text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch59.jsonl; `--runon unseen-batch59` writes the copy with line breaks turned into
spaces. Named `unseen-` because no rule is fitted to it (the line scorer does train on the
unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 39: appeals --------------------------------------------------------------------------

_GROUNDTRUTH_BOX = "\n".join([
    "At a moment like this one, readers like you make the difference...Heading into an unsettled 2026, with officials openly attacking reporters and their sources, the danger is plain: our freedom to publish is being tested.",
    "Your tax-deductible gift lets us keep digging, bringing you bold investigations and sharp analysis that show what really sits underneath the day's news — with no strings attached.",
    "\"The Groundtruth is the one site I trust to tell me what is going on when everything else feels upside down.\"",
    "— Priya Okonkwo, Duluth, MN",
    "The time to act is right now. Stand behind our reporters. Donate today to defend an independent press, keep democracy strong and bring hidden stories into the light.",
])

_AGORA_TOP = "\n".join([
    "Looking toward 2024, we have plenty of work ahead, from the long fight to protect open debate to careful coverage of the cultural and political shifts that shape our lives. Agora Review's editors answer to nobody but our readers. Without a corporate parent, big advertisers or a need to please the outrage machine online, we can commission and publish honest, rigorous writing that no commercial or partisan interest can steer. We do not chase clicks as a sign that we are doing well, and so far we have refused to join the scramble for attention that has cheapened so many websites and commentators.",
    "We also have no plans to lock Agora Review behind a paywall. Keeping it open means that students can read us, and we think that anyone, whatever they earn, deserves a place in the conversation we host.",
    "So if you have ever thought about backing us with money, this is the moment. Any gift, large or modest, counts. Support Agora Review now for $US6 per month.",
])

_FOXHOLLOW_THANKS = "All of us at FoxhollowPost are grateful to our readers for standing with us, and if you are able to help us in any way on the road to the next 25, 50 or 200 million readers, it would mean a great deal to us."

_BLITZ_BOX = "\n".join([
    "MERCI FÜRS ♥",
    "Möchtest du blitz und unabhängigen Journalismus fördern? Hier mehr dazu",
    "(Für die Bezahlung leiten wir dich weiter)",
    "7 CHF",
    "12 CHF",
    "20 CHF",
    "Eigener Betrag",
    "Oder hilf uns mit einer Banküberweisung.",
])

_BLITZ_NEWSLETTER = "Hol dir unseren Newsletter"

_FRUEHLAGE_LINE = "Wer den Newsletter gratis bestellen möchte, ist in einer halben Minute dabei."

_OSTWIND_SHARE = (
    "Mit der Blockade von Ostwind will die EU eine unbequeme Stimme abseits des westlichen Konsenses verstummen lassen, "
    "und zwar längst nicht nur beim Thema Krieg. Unsere Seite ist schwerer erreichbar geworden, etliche Plattformen haben "
    "unsere Kanäle gelöscht. Ob es in Deutschland und Europa weiterhin Berichterstattung gibt, die vom Meinungsstrom "
    "abweicht, hängt jetzt von uns allen ab. Wenn Ihr unsere Beiträge schätzt, dann verbreitet sie überall, wo Ihr Euch "
    "im Netz bewegt. Das ist erlaubt: Weder unsere Redaktionsarbeit noch das Lesen oder Weiterleiten unserer Texte wurde von der EU "
    "untersagt. Hinweis: Die Schweiz hat allerdings am 2. Mai mit einer Novelle ihres Rundfunkgesetzes eine Regelung "
    "geschaffen, die unter Umständen auch einzelne Nutzer treffen kann. Wir bitten Euch daher, bis diese Frage geklärt "
    "ist, unsere Inhalte in der Schweiz einstweilen nicht über soziale Netzwerke weiterzugeben."
)

_SOUVERAIN_PLEA = "\n".join([
    "Le travail, les moyens engagés et l'indépendance éditoriale de Canal Souverain ne tiendront pas dans la durée sans l'aide de chacun d'entre vous. N'oublions jamais que Canal Souverain n'existe que grâce à ceux qui lui donnent. C'est la seule voie pour n'être l'obligé ni des publicitaires, ni des partis, ni des grandes fortunes, ni des banques, ni d'aucun État étranger.",
    "",
    "En ce mois de mai 2025, Canal Souverain ouvre sa campagne de dons : participez-y dès maintenant sur le site de Canal Souverain !",
])

_BAOBAB_QR = "Sans vous, rien n'est possible : pour nous épauler, flashez le QR code et aidez-nous à faire durer cette aventure. Aimez et relayez !"

_MESANGE_TOP = "\n".join([
    "Magazine imprimé, libre et porté par une association, La Mésange traverse en ce moment une grave crise de trésorerie.",
    "Afin de boucler les numéros de fin 2025 et de 2026 et de reprendre un peu de souffle, cette campagne de dons vise 45 000 € avant le 3 décembre.",
    "Pour un magazine papier sans publicité et sans actionnaires, soutenez La Mésange !",
])

_POLITKOMPAS_LINK = "Поддержать https://pay.tips.example/p/7a1d09e4"

_ZORKA_LINK = "Пожертвовать: paypal.example/zorka"

_VOLGAINFO_FOLLOW = "Подписывайтесь:"


PROBE39_APPEALS = [
    _doc("b59-groundtruth-showingup-end", "appeal", "end",
         "Invented; modelled on Truthdig (essay page with a quoted epigraph, donate box with a reader testimonial, comment footer)", "en", [
             "Why Showing Up Still Matters",
             "\"We are not finished yet. Our vote still counts. We can still organize. It can begin the morning after the funeral.\" -- Marisol Keane\"When ordinary people stop paying attention, the powerful write the rules for them. So nobody should act surprised when our children look back on this decade with shame, asking how a whole country let itself drift. Most likely they will decide that the drift was fed by exhaustion, cynicism and a shrug, which left the republic open to anyone willing to grab it.",
             "\"We are not finished yet. Our vote still counts. We can still organize. It can begin the morning after the funeral.\" Read Marisol Keane's \"The Morning After\"",
             _GROUNDTRUTH_BOX,
             "Only supporters can leave comments here.",
             "Nobody has replied to this piece yet.",
             "Start the conversation.",
         ], appeals=[_GROUNDTRUTH_BOX]),
    _doc("b59-agorareview-editorspicks-top", "appeal", "top",
         "Invented; modelled on Quillette (year-end editors' picks of quotes, independence plea with a monthly price at the top)", "en", [
             _AGORA_TOP,
             "\"Nobody serious claims that closing schools did nothing at all; the point is that the costs were real, they fell on the poorest families, and pretending otherwise does no one any favors.\"",
             "\"Progressives who laugh at conservative distrust of experts might want to look in the mirror. Suspicion of official science has a long and proud pedigree on the left, and few people care to remember it.\"",
             "\"Rather than funding workshops built on the idea that every office hides secret bias, companies could spend that (by now very large) diversity money on things that actually help, like tutoring programs, scholarships and apprenticeships for kids from struggling neighborhoods.\"",
             "\"A novel ought to come from people you have lived beside and fought with, not from people you have merely looked up in a library.",
         ], appeals=[_AGORA_TOP]),
    _doc("b59-foxhollowpost-25million-end", "appeal", "end",
         "Invented; modelled on ScheerPost (milestone story by staff, one-sentence thank-and-help line at the end)", "en", [
             " date 2024-05-11 The stories and cartoons on this reader-backed news site have now been opened more than 25 million times since it began.",
             "",
             "25 Million – Ink by Delgado",
             "",
             "By FP Staff",
             "",
             "Started in the autumn of 2020, when the lockdown economy was closing one small newsroom after another, FoxhollowPost was the idea of former Chicago Tribune bureau chief Harold Finch, who persuaded his partner, Lena Ostrova, once the paper's features editor, to pour their half-century of newspaper work into a tiny shop of their own on the web. With a handful of tech fortunes buying up the press, they remembered an old editor's joke that a free press belongs to whoever can afford the printing plant.",
             "",
             "So they bought a small one of their own.",
             "",
             "It has been a lean project with no ads and no paywall, which columnist Ruth Abernathy likes to call a \"kitchen-table newsroom\" at the bottom of her Sunday essay, and which has been shaped from the start by the sharp, strange drawings of Rafael Delgado, our house cartoonist.",
             "",
             "Nearly four years on, with a few eager journalism students from a nearby college, a roster of seasoned contributors and the producer of our weekly Finch Files podcast on board, the site has become something rare, and the figures speak for themselves: 25 million views and climbing fast.",
             "",
             _FOXHOLLOW_THANKS,
             "",
             "",
         ], appeals=[_FOXHOLLOW_THANKS]),
    _doc("b59-blitz-aargau-hundequaeler-middle", "appeal", "middle",
         "Invented; modelled on watson.ch (news page with cookie banner, CHF support box and a separate newsletter button)", "de", [
             "DE | FR",
             "Diese Seite setzt Cookies und Messwerkzeuge ein, damit du sie bequemer nutzen kannst und damit blitz und seine Partner dir passende Anzeigen zeigen können. Mehr dazu steht in unseren Hinweisen zum Datenschutz.",
             "",
             "Aargau: Tierquäler muss für misshandelte Hunde tief in die Tasche greifen",
             "",
             "",
             "",
             _BLITZ_BOX,
             "",
             "Das könnte dich ebenfalls interessieren:",
             "",
             _BLITZ_NEWSLETTER,
             "",
             "Themen",
             "",
             "«Mir im Weste gönd vergässe» – diese 4 Klagen hört man aus Basel & Umgebung",
             "",
             "Zum Start der Herbstmesse haben die Regierungen der Nordwestschweiz nach Basel eingeladen. Zweck des Treffens: Verständnis für die Sorgen der Region wecken. Jüngster Ärger: Die Pendlerzüge sind voller als anderswo im Land. Eine Übersicht über das Jammern aus dem «übersehenen Westen».",
             "",
             "Ab Samstag ist es wieder so weit: Zum 54. Mal lockt die Herbstmesse. Zwei Wochen lang sollen Karussells, Magenbrot-Stände und Tausende Liter Glühwein die Menschen in die Innenstadt bringen.",
             "",
             "Bevor der Rummel beginnt, treten die Regierungen der Nordwestschweiz gewöhnlich gemeinsam vor die Presse. In dieser Runde sitzen die Kantone Basel-Stadt, Basel-Landschaft, Aargau, Solothurn und Jura zusammen und …",
             "",
             "Ganzen Artikel lesen",
             "Link zum Artikel",
         ], appeals=[_BLITZ_BOX, _BLITZ_NEWSLETTER]),
    _doc("b59-netzpost-fruehlage-start-middle", "appeal", "middle",
         "Invented; modelled on t-online Tagesanbruch (first morning newsletter, one-sentence subscribe line in the welcome paragraph)", "de", [
             "netzpost.example",
             "Wird diese Nachricht nicht richtig angezeigt, geht es hier zur Webversion .",
             "Frühlage",
             "Der Morgen auf einen Blick",
             "von Katrin Obermeier",
             "Facebook Twitter Mailen",
             "Dienstag, 12.03.2019",
             "Guten Morgen, verehrte Leserinnen und Leser,",
             "schön, dass Sie dabei sind: Das ist die erste FRÜHLAGE, der neue Newsletter von netzpost.example für den Start in den Tag. Von nun an möchte ich Ihnen an jedem Werktag früh am Morgen sagen, was in Deutschland und draußen in der Welt zählt: knapp, genau und ausdrücklich mit eigener Meinung. " + _FRUEHLAGE_LINE + " Los geht's:",
             " ",
             "Was war?",
             "landtagsdebatte",
             "(Quelle: Agentur)",
             "Sondersitzung: Viel Lärm um wenig",
             "Die Sondersitzung des Landtags zur Krankenhausreform hatte durchaus Stoff für Streit. Aber hat sie den Menschen im Land gezeigt, wer was will? Eher nicht. Regierung und Opposition lieferten sich über fast drei Stunden vor allem Scheingefechte und waren sich in der Sache erstaunlich nah. Zwischendurch klang es, als säße dort schon die nächste große Koalition. Meinen Kommentar dazu finden Sie hier. ...weiterlesen",
             "Wie fanden Sie die Debatte? Hat die Ministerin überzeugt oder die Opposition? In unserer Leserumfrage können Sie Ihre Meinung abgeben. ...weiterlesen",
             "hafenstreik",
             "(Quelle: Agentur / Fotograf)",
             "Stillstand im Hafen: Der Streik der Hafenarbeiter sei ein Hebel, um die Betreiber zurück an den Verhandlungstisch zu holen, heißt es in Kommentaren. Stimmt das, hat die Gewerkschaft am Montag ihren bisher schärfsten Trumpf gespielt: Sie kündigte an, alle Terminals für 72 Stunden lahmzulegen. Ob die Reedereien wirklich ausweichen können, ist offen, aber eines hat die Gewerkschaft schon geschafft: Die Betreiber meldeten sich noch am Abend.",
             "",
         ], appeals=[_FRUEHLAGE_LINE]),
    _doc("b59-ostwind-genossenschaft-linz-end", "appeal", "end",
         "Invented; modelled on RT DE (video feature page ending in a share-our-articles plea about an EU blocking order with a legal note)", "de", [
             "Genossen im Rathaus? Ein Besuch in Linz",
             "",
             "Linz ist die drittgrößte Stadt Österreichs, bekannt für Industrie, Donau und Medienkunst. Was viele nicht wissen: In der Stahlstadt sitzen auch Genossenschaftssozialisten im Rathaus. Die Liste \"Linz Solidarisch\" ist eine rein örtliche Bewegung und gehört seit gut zehn Jahren fest zum Gemeinderat.",
             "Genossen im Rathaus? Ein Besuch in Linz",
             "",
             "Im Programm bekennt sich die Liste zwar zu einer linken Gesellschaftsidee, im Alltag kümmert sie sich aber vor allem ganz handfest um Leute, denen die Miete oder die Heizkosten über den Kopf wachsen. Warum die Bewegung gerade in der oberösterreichischen Landeshauptstadt so viel Zuspruch findet, fragt Moderatorin Sabine Reuter die Vizebürgermeisterin Gerlinde Hofbauer, die sich seit ihrer Lehrzeit in der Liste engagiert.",
             "",
             _OSTWIND_SHARE,
         ], appeals=[_OSTWIND_SHARE]),
    _doc("b59-canalsouverain-zoom-direction-middle", "appeal", "middle",
         "Invented; modelled on TVLibertés (zoom-interview teasers, donors-only plea and campaign launch line between them)", "fr", [
             "Zooms",
             "",
             "Zoom - Hélène Marchal et Gilles Varenne : les coulisses de Canal Souverain",
             "",
             "Publiée le 12/05/2025",
             "",
             "Bientôt 600 000 abonnés sur sa chaîne vidéo, Canal Souverain ne baisse pas les bras. En 2024, avec au moins quatre programmes par jour, Canal Souverain s'est imposé comme la première télévision indépendante du pays en traitant des thèmes que personne d'autre ne touche, en donnant la parole à des voix qu'on n'entend jamais ailleurs et en proposant des lectures que les autres médias s'interdisent ! Face à Thomas Lefort, Hélène Marchal, rédactrice en chef, et Gilles Varenne, directeur général, font le point sur la vie de la chaîne et sur ses projets pour les mois qui viennent. Comment Canal Souverain résiste-t-il aux suppressions, aux obstacles et aux manœuvres qui visent à le rendre invisible en ligne ? Comment se fabrique son journal du soir ? Selon quels critères choisit-il ses invités ? ",
             "",
             _SOUVERAIN_PLEA,
             "",
             "Zoom - Bernard Aubrac - Le Général et la « carte cachée » : un document qui dérange !",
             "",
             "Publiée le 18/11/2025",
             "",
             "Ancien sénateur et animateur de l'émission Les Veillées sur Canal Souverain, Bernard Aubrac vient commenter un enregistrement oublié de mars 1951. On y entend le Général expliquer à ses fidèles qu'il faut se tenir prêts, guetter « le moment » — hors de toute élection — et ne pas le laisser passer.",
         ], appeals=[_SOUVERAIN_PLEA]),
    _doc("b59-radiobaobab-revue-presse-octobre-middle", "appeal", "middle",
         "Invented; modelled on RadioTamTam Africa (press-review intro with an ads.txt scrap, QR-code support sentence inside a paragraph)", "fr", [
             "radiobaobab.example/ads.txt. adnetwork.example, adnetwork.example,adnetwork.example, pub-0000111122223333, DIRECT, a1b2c3d4e5f60718/ ===",
             "",
             "Ouverture de la ©Chronique Afrique Matin du 14 octobre 2025, animée par Aïssata Ndiaye-KONÉ. CHRONIQUE 14 octobre 2025",
             "",
             "14 octobre 2025 à 09h37 - 512 vues",
             "",
             "Par Aïssata KONÉ",
             "",
             " Bonjour et bienvenue dans ce nouveau numéro de la ©Chronique Afrique Matin. En ce 14 octobre 2025, nous ouvrons une saison repensée, plus vivante et plus interactive, mais toujours tournée vers les grandes questions qui dessinent l'avenir du continent. Chaque matin, nous passons en revue les titres marquants de l'actualité africaine, de l'économie à la culture en passant par la politique, et nous mesurons ce qu'ils disent des chances et des risques pour l'Afrique d'aujourd'hui et de demain.",
             "",
             "Restez à l'écoute pour un tour d'horizon complet des dossiers du jour, décryptés par Aïssata Ndiaye-KONÉ. Ce soir dès 20h30, retrouvez le journal en direct sur notre flux vidéo. " + _BAOBAB_QR,
             "",
             "Au programme, un dossier brûlant pour le Bénin : le climat politique et social du moment. À travers une analyse fouillée, nous reviendrons sur les derniers rebondissements et sur ce qui attend le pays. Ne manquez pas ce décryptage essentiel !",
             "",
             "BÉNIN : Le 9 octobre 2025, le Front pour l'Alternance Citoyenne (FAC) a réuni la presse à Cotonou pour dire tout le mal qu'il pense de la réforme du code électoral soumise aux députés. Emmené par son porte-parole, Rodrigue Hounkpatin, le FAC a fait part de ses inquiétudes sur les effets possibles de ce texte pour la cohésion nationale et l'équilibre des institutions.",
             "",
             "",
         ], appeals=[_BAOBAB_QR]),
    _doc("b59-lamesange-accueil-campagne-top", "appeal", "top",
         "Invented; modelled on S!lence (magazine home page, treasury-trouble donation drive with euro goal at the top, dossier teasers)", "fr", [
             _MESANGE_TOP,
             "Chaque année en France, des dizaines de millions de poules pondeuses vivent en cage ou en bâtiment fermé, et près de 70 % des œufs vendus viennent de ces filières. Les consommateurs se disent prêts à payer plus cher pour le plein air, mais les rayons changent lentement. Comment faire bouger les choses ? Améliorer les normes des grands élevages ? Soutenir les petites fermes qui vendent en direct ? Renoncer aux œufs ? Associations, éleveuses et chercheurs défendent des réponses très différentes. Ce dossier donne la parole à plusieurs d'entre eux (...)",
             "Depuis deux ans, les promoteurs d'éoliennes délaissent les zones industrielles et les friches pour démarcher les propriétaires de bois et de bocages. Sur le papier, produire de l'énergie propre tout en gardant des haies et des arbres a de quoi plaire ; sur le terrain, les chantiers, les pistes et les baux de trente ans racontent une autre histoire, celle d'un rapport de force très déséquilibré entre énergéticiens et paysans. Ce mouvement qui s'accélère montre combien il devient urgent que les campagnes décident elles-mêmes de leur avenir, ce qui (...)",
             "Après un hiver de grèves sur les salaires, une question est restée dans l'ombre : à quoi sert ce que nous produisons ? Et qu'est-ce que nos métiers rendent vraiment à la société ?",
         ], appeals=[_MESANGE_TOP]),
    _doc("b59-politkompas-tme-bio-top", "appeal", "top",
         "Invented; modelled on PolitNavigator (Telegram channel header with a support link, then a post)", "ru", [
             "ПолитКомпас. Новости и мнения",
             "84K subscribers",
             "9.7K photos",
             "18K videos",
             "41 files",
             "112K links",
             "Новости и комментарии. Россия, Украина, Молдова, Кавказ, Центральная Азия.",
             "",
             "",
             "Сайт politkompas.example",
             "Редакция @PK_editor_bot",
             "Реклама @pk_ads_manager",
             "Регистрация в РКН https://short.example/Kp9Qz",
             "",
             _POLITKOMPAS_LINK,
             "Download Telegram",
             "В Нижнем Новгороде построят инженерный кампус для предприятий судостроения",
             "",
             "Областное правительство и два частных инвестора, ООО «Волжские верфи» и АО «Кстово-Инвест», подписали соглашение о строительстве инженерного кампуса на берегу Оки для подготовки кадров судостроительной отрасли.",
             "",
             "Как следует из проекта, на месте заброшенной промзоны рядом с речным вокзалом появятся учебные корпуса, лаборатории и общежитие, где студенты и инженеры будут проектировать новые суда и проходить практику на соседних верфях.",
             "",
             "",
         ], appeals=[_POLITKOMPAS_LINK]),
    _doc("b59-zorka-tme-bio-top", "appeal", "top",
         "Invented; modelled on NEXTA (Telegram channel header with contact lines and a donate link, then posts)", "ru", [
             "ZORKA",
             "215K subscribers",
             "8.1K photos",
             "3.9K videos",
             "7 files",
             "2.6K links",
             "Главное о Беларуси: новости, разборы, утечки",
             "",
             "Сообщить новость: @zorka_tips_bot",
             "tips@zorka.example",
             "",
             "English version: https://social.example/zorka_en",
             "",
             "Реклама и партнёрство: @zorka_partners",
             "ads@zorka.example",
             _ZORKA_LINK,
             "",
             "Другие каналы: @zorka_live, @zorka_video",
             "Download Telegram",
             "to see and join this conversation",
             "Media is too large",
             "VIEW IN TELEGRAM",
             "«Пояса затягивают все, кто не хочет жить по чужой указке, вот и у нас премий нет»",
             "",
             "Директор Гомельского мясокомбината Савчук на собрании долго рассказывает рабочим, куда подевались премии. Коротко: во всём виноваты санкции и происки соседей. Хорошо хоть погоду не приплёл.",
             "",
             "Попутно директор проговорился, насколько плохи дела на комбинате:",
             "",
             "«Раньше мы за смену отгружали, грубо говоря, двести тонн, а сейчас из-за этой экономической войны еле-еле набираем восемьдесят».",
             "Бывшего учителя физкультуры Андрея Лисовского осудили на два с половиной года колонии за бело-красно-белую ленту на рюкзаке, с которой он ходил по Мозырю",
             "",
             "",
         ], appeals=[_ZORKA_LINK]),
    _doc("b59-volgainfo-rameshki-doroga-top", "appeal", "top",
         "Invented; modelled on rus-kostroma.ru (regional news page opening with a lone follow line above the archive)", "ru", [
             _VOLGAINFO_FOLLOW,
             "Лента новостей",
             "",
             "Сельчане Рамешковского округа активно включились в областную программу поддержки местных проектов",
             "",
             "Сельчане Рамешковского округа активно включились в областную программу поддержки местных проектов",
             "",
             "Главной темой для жителей округа оказался блок программы, посвящённый дорогам. Переулок Лесной в деревне Заречье давно превратился в сплошные ямы.",
             "",
             "На собрании сельчане единогласно проголосовали за ремонт. Смета превысила девятьсот тысяч рублей. Большую часть оплатила область, остальное взял на себя округ. Почти тысячу двести квадратных метров покрыли асфальтовой крошкой, пишет районка «Рамешковский вестник».",
         ], appeals=[_VOLGAINFO_FOLLOW]),
]


# --- Probe 39: negatives ------------------------------------------------------------------------

PROBE39_NEGATIVES = [
    _neg("b59-mesquitecurrent-chainpaper-crowdfunder-neg",
         "Invented; modelled on San Angelo LIVE! (opinion on a chain paper publicising an unauthorised online fundraiser, sums raised)", "en", [
             "OPINION — Hardly a month passes without somebody pitching us a crowdfunding page for a cause that looks, at first glance, like it deserves help. That is what happened last March, when Darla Whitcomb contacted us about a campaign for a young girl who had been badly burned in a trailer fire.",
             "Whitcomb, readers may remember, used to run the Mesquite County Historical Society until the group nearly collapsed under her watch. Her tenure was one reason county commissioners hesitated to extend the society's lease on the old cotton exchange building. She also accused a former board treasurer, Glenn Pruitt, of embezzlement, claiming to have bank records she never produced.",
             "When her request to promote the campaign landed in my inbox, I was wary. The fundraising page did not name the family, as far as I could tell. And the pitch came from Whitcomb, whom I had no reason to believe. I said no.",
             "The chain-owned Mesquite Morning Herald said yes. It ran the story on its front page, repeating the urgent goal of $15,000 and pushing it across social media. The Herald linked straight to Whitcomb's campaign and quoted her at length. Within a week it emerged that the girl's parents had never agreed to any fundraiser, and Whitcomb conceded to the paper that she had never met them. Worse, the trailer belonged to her brother-in-law, who was already facing questions from the fire marshal. Each new detail made the affair stranger.",
             "By the time the Herald printed a follow-up quietly admitting its mistake, the campaign had collected $2,340. That is real money from real neighbors who gave because the Herald promoted the page in the first place. This week the paper acknowledged that the family has yet to see a single cent.",
             "",
         ]),
    _neg("b59-riverhawk-crowdfunding-kindness-neg",
         "Invented; modelled on The State Hornet (student paper on crowdfunding success stories with goals and totals)", "en", [
             "Crowdfunding gives strangers a way to help",
             "March 3, 2016",
             "Ten days ago, Lakeshore College sophomore Priya Banerjee, 20, set up a crowdfunding page for Walter Huggins, a retired janitor from Toledo who had been riding two buses and walking four miles to reach his dialysis appointments. Moved by his story, Banerjee hoped to collect enough to pay for a year of rides.",
             "In less than a week the page blew past its $3,000 target and has since topped $180,000. On top of that, a regional ride-share company read about the campaign and offered Huggins free trips for life.",
             "Banerjee says she never expected the page to change so much. In a post on the campaign site she admitted, \"Honestly, halfway through typing the description I almost deleted it, because why would anyone give money to a college kid they've never heard of?\"",
             "As it happens, more than 9,000 people decided they would.",
             "Sites like this have built a tool that does more than rescue individuals; they have changed what giving looks like. Social media already reshaped how we talk to each other, and now it is reshaping how we help each other too.",
             "Huggins and Banerjee have dominated local headlines, but they are far from the only people to benefit from online campaigns.",
             "Beneficiaries include flood victims, families facing funeral costs, students buried in medical bills, rescue animals and plenty of others. A fundraiser for Biscuit, a three-legged beagle who needed spinal surgery, has melted hearts across the region, and several other campaigns have drawn national coverage and tens of thousands of gifts.",
             "Another campaign that spread widely online belongs to Marcus Bell, a widowed father of triplets who lost his job at a bottling plant the week his wife died. Bell's page has so far raised more than $260,000.",
             "",
         ]),
    _neg("b59-gripesandgrumbles-pledgebreaks-neg",
         "Invented; modelled on Things Eric Dislikes (personal blog post about public-radio pledge breaks)", "en", [
             "Tuesday, October 9, 2013",
             "",
             "Public Radio Pledge Breaks",
             "",
             "Public radio was the soundtrack of my childhood. One of the first things I clearly remember is a radio play about pirates crackling out of my grandmother's kitchen radio. That tells you roughly how old I am, I suppose.",
             "",
             "I was about six.",
             "",
             "At fourteen, I got a shortwave set for my birthday and spent a whole weekend hunting for the jazz station my uncle liked (yes, I was that sort of kid). I was sure I'd found it - but it turned out to be KWRL, one of our two public radio stations.",
             "",
             "Back then, they played jazz late at night (from around 9 until midnight).",
             "",
             "At midnight, the news came on and I realised I was not where I thought I was. But I liked what I heard, and I never switched away.",
             "",
             "I've been tuned to KWRL for 25 years now, and I adore it. That doesn't mean I nod along to every single segment. But hearing views I disagree with is worth something. And public radio does a better job than most outlets of giving both sides a fair hearing.",
             "",
             "The trouble is that public radio never has enough money. Twice a year or so, the regular shows stop so the hosts can ask listeners for support - because listeners are who pays the bills.",
             "",
             "I don't hold the pledge breaks against them. The station needs the cash. I only wish the breaks didn't have to happen. I wish listeners gave without being nagged. I wish the state chipped in more.",
             "",
             "They don't, so we put up with the pledge breaks. Until the target is reached and normal programming comes back.",
             "",
             "For another half year.",
             "",
             "No comments:",
             "",
             "Post a Comment",
         ]),
    _neg("b59-blitz-gratisblatt-titelseite-neg",
         "Invented; modelled on watson.ch (reader editorial series about a free paper's sold front page and a buy-it-back crowdfunder)", "de", [
             "blitz-Leserin Corinne Egli an die «Pendlerpost»-Leser: «Schauen Sie genau hin!»",
             "Bei der Gratiszeitung «Pendlerpost» hat FDP-Präsident Rolf Amsler die Titelseite gekauft. In der blitz-Serie #MeinePendlerpost darf jetzt jede und jeder eine eigene schreiben. Heute ist blitz-Leserin Corinne Egli an der Reihe.",
             "Anfang Oktober hat die «Pendlerpost» ihre Frontseite samt Leitartikel an die FDP verkauft. Parteipräsident Rolf Amsler verfasste damit den ersten bezahlten Leitartikel, den das Gratisblatt je gedruckt hat. Die Aktion sorgte im ganzen Land für Kopfschütteln. Besonders bei Leandro Furrer, der prompt eine Crowdfunding-Aktion startete, um die Titelseite selbst zurückzukaufen und ein Zeichen gegen Wahlkampf-Theater und intransparente Parteikassen zu setzen. blitz macht den Spiess nun umgekehrt. In der Serie #MeinePendlerpost bekommen ausgewählte Leserinnen, Promis und Politikerinnen Platz für ihren eigenen «Pendlerpost»-Leitartikel. (mko)",
             "Da wir die Diskussionen unter unseren Artikeln selbst betreuen wollen, schliessen wir die Kommentarspalte jeweils einen Tag nach Erscheinen eines Beitrags. Danke, dass du das verstehst!",
             "«Erhebliche Gefahr»: Schwere Gewitter ziehen über das Mittelland",
             "Am Samstagnachmittag bildeten sich über dem Mittelland die ersten schweren Gewitter. Mehrere Regionen sind betroffen.",
             "Der Wetterdienst warnte am Samstagnachmittag vor starken Gewittern mit Hagel im Mittelland. Für die Regionen Olten, Zofingen, Langenthal und Burgdorf galt Warnstufe 4 (grosse Gefahr), für Solothurn, Grenchen und Biel Stufe 3 (erhebliche Gefahr).",
         ]),
    _neg("b59-rechnerwelt-grossspenden-liste-neg",
         "Invented; modelled on PC-Welt (report on a parliament's published list of large party donations with amounts)", "de", [
             " date 2021-11 Welche Firmen, Verbände und Privatleute 2021 mehr als 50.000 Euro auf einmal an eine Partei überwiesen haben, zeigt eine öffentlich einsehbare Aufstellung des Bundestages.",
             "",
             "Vergrößern Die Übersicht der Großspenden auf der Webseite des Parlaments © Tobias Lindner/Rechnerwelt",
             "",
             "Auf einer eigenen Seite nennt der Bundestag bei jeder Parteispende oberhalb von 50.000 Euro, wer gezahlt hat, welche Partei das Geld bekam und wie hoch der Betrag war. Die vollständige Übersicht für 2021 können Sie dort jederzeit abrufen. Rechtsgrundlage ist das Parteiengesetz: Es verlangt, dass eine derart hohe Einzelspende sofort der Bundestagspräsidentin gemeldet wird, die sie dann samt Namen des Spenders rasch als Drucksache bekannt macht.",
             "",
             "",
             "",
             "Wer sich für Politik interessiert, sollte gelegentlich einen Blick auf diese Aufstellung werfen. Sie verrät immerhin, welche Firmen und Verbände sich von welchen Parteien irgendeine Gegenleistung erhoffen könnten. So überwies etwa der Arbeitgeberverband Chemie Nordost e.V. kurz vor der Wahl je 120.000 Euro an zwei Parteien. Laut Übersicht kassieren diese beiden am häufigsten Beträge über 50.000 Euro. Die übrigen Parteien liegen weit dahinter, eine davon bekam im Sommer immerhin 75.000 Euro von einem Logistikunternehmen aus Bremen. Kurios wirkt eine Zuwendung von 310.000 Euro eines Privatmanns an eine Kleinstpartei, die bei der Wahl unter einem Prozent blieb. Mehrere Fraktionen tauchen in der Liste bisher gar nicht auf. Allerdings ist das Jahr 2021 ja noch nicht vorbei.",
             "",
             "",
         ]),
    _neg("b59-kommunalbrief-stadtcrowd-vereine-neg",
         "Invented; modelled on ZfK (trade paper on a town's crowdfunding platform with project goals and matching money)", "de", [
             "Meldungen",
             "",
             "Kreisstadt startet eigene Crowdfunding-Plattform",
             "",
             "Nach rund zwanzig Stadtwerken, die ihre Vereinsförderung um eine Spendenplattform erweitert haben, zieht jetzt erstmals eine Stadtverwaltung nach.",
             "03.06.2021",
             "",
             "Viele kleine Beträge ergeben am Ende eine große Summe. Auf diesem Prinzip beruht jede Schwarmfinanzierung.",
             "",
             "Die Kreisstadt an der Weser setzt jetzt ebenfalls auf Crowdfunding. Seit Dienstag ist die Plattform Weserhöhe-Gemeinsam mit vier Projekten online.",
             "",
             "Das höchste Ziel hat sich die Freiwillige Feuerwehr Ortsteil Brockhusen gesetzt: Für 12.000 Euro soll ein gebrauchter Mannschaftswagen für die Jugendfeuerwehr angeschafft werden. Der Heimatverein „Altes Fährhaus“ braucht Geld für eine neue Bühne im Gemeindesaal. Rund 6.500 Euro sind dafür nötig, inklusive Beleuchtung und Vorhang.",
             "",
             "Zuschusstopf von 1.200 Euro",
             "",
             "Bescheidener ist der Wunsch des Schachclubs Weserhöhe. Die Spieler möchten für knapp 900 Euro neue Turnieruhren und Bretter anschaffen. Alle Aktionen laufen gerade erst an; für jede Spende ab 15 Euro legt die Stadt jeweils sieben Euro aus ihrem Zuschusstopf obendrauf. (mh)",
         ]),
    _neg("b59-vigiemedias-canalsouverain-lettre-neg",
         "Invented; modelled on Polémia (site relaying a TV channel director's letter asking viewers for help after platform deletions)", "fr", [
             "Par Gilles Varenne, directeur général de Canal Souverain ♦ Il y a quelques jours, la plateforme vidéo d'une grande firme américaine a supprimé la chaîne principale de Canal Souverain. Devant cette censure à peine voilée, les équipes de la télévision indépendante font front pour que les émissions continuent. Gilles Varenne a adressé aux fidèles de la chaîne une lettre offensive, que nous publions ci-dessous.",
             "Chères amies, chers amis,",
             "La plateforme a encore une fois supprimé plusieurs chaînes de Canal Souverain, dont certaines tournaient depuis des années comme CS Archives.",
             "Aucun avertissement ni aucune explication technique ne nous a été adressé. On ne prend même plus la peine d'invoquer un prétexte juridique, aussi mince soit-il.",
             "Ces géants du numérique profitent de leur monopole pour faire taire qui les dérange. Et les pouvoirs publics laissent faire, sans jamais contester leurs règles ni leurs méthodes.",
             "Cela ne durera pas ! D'autres plateformes, indépendantes et ouvertes, grandissent vite, et nous sommes lancés dans une course pour devancer la pensée unique et la télévision aseptisée.",
             "Une guerre se gagne rarement sans quelques revers. Soyez assurés que Canal Souverain continuera d'émettre quoi qu'il arrive. Et que tout rentrera bientôt dans l'ordre.",
             "Pour l'instant, il vous faudra simplement passer par notre site https://www.canalsouverain.example/ et notre application mobile. Et en prendre l'habitude chaque jour.",
             "Nous comptons sur votre générosité pour encaisser ce nouveau coup dur, car nous devons remettre en ligne des milliers d'heures de programmes.",
             "Nous comptons aussi sur vous pour faire circuler nos émissions, que les algorithmes ne mettent plus en avant.",
         ]),
    _neg("b59-ouestpratique-paniers-solidaires-campagne-neg",
         "Invented; modelled on Presselib (report on a food charity's campaign launch with figures and a call to help the charity)", "fr", [
             "Hier matin, la ministre des Solidarités a lancé une campagne qui risque, malheureusement, d'établir un nouveau record (voir nos photos). L'an dernier déjà, les Paniers Solidaires avaient franchi la barre symbolique des 800 000 personnes aidées.",
             "Créée par un groupe de cheminots en 1991, l'association s'appuie aujourd'hui sur 1.640 antennes réparties sur tout le territoire, qui récoltent des produits (conserves, farine, lait, couches…) pour les familles en difficulté. Vous aussi, vous pouvez donner un coup de main !",
             "Les chiffres à retenir...",
             "Les dons des particuliers et les legs couvrent près de 60 % du budget des Paniers Solidaires (48 millions d'euros).",
             "Mais dans un contexte économique tendu, ces ressources n'augmentent plus et l'association cherche d'autres façons de permettre aux gens de donner.",
             "Comme l'a rappelé Mireille Caradec, présidente des Paniers Solidaires, devant la ministre et plusieurs élus, il faut absolument inventer de nouvelles solutions.",
             "« Au départ, aucun de nous ne pensait que l'association durerait plus de quelques hivers. C'est un constat amer. Le pays s'est habitué à nos files d'attente, mais c'est aussi un signal : la précarité ne recule que si chacun s'en mêle. Trente-trois ans de distributions, ce sont des millions de rencontres et des milliers de familles qui ont pu se relever »",
             "Les Paniers Solidaires veulent surtout obtenir davantage de dons directs des agriculteurs (fruits, fromages, volailles, pommes de terre…), grâce à un avantage fiscal élargi.",
             "L'année dernière, 900 tonnes de fruits ont ainsi été récupérées, mais il en faudrait huit fois plus pour couvrir les besoins. Le chemin est encore long.",
             "On peut aussi aider les Paniers Solidaires en devenant l'un de leurs 41.000 bénévoles.",
             "",
         ]),
    _neg("b59-canalinfo-collecte-paniers-week-end-neg",
         "Invented; modelled on TF1 Info (TV news report on a weekend supermarket food collection, volunteers' needs and donors' quotes)", "fr", [
             " date 2025-11 Les Paniers Solidaires ont ouvert ce samedi leur grande collecte d'automne. Tout le week-end, leurs bénévoles se relaient à l'entrée des magasins de tout le pays. Une fois de plus, les clients se sont montrés généreux, a pu constater notre équipe.",
             "",
             "Devant la plupart des grandes surfaces, des gilets orange des Paniers Solidaires accueillent les clients. Comme chaque automne, ils recherchent des produits qui se conservent : lentilles, huile, sucre, conserves de poisson, et cette année 2025 une consigne précise : privilégier les petites portions, car les demandes de personnes vivant seules, jeunes travailleurs ou veufs, ne cessent d'augmenter.",
             "",
             "Les Paniers Solidaires ont entamé ce samedi leur collecte d'automne auprès du public, un rendez-vous jugé « vital » par l'association. Sur deux jours, 52.000 bénévoles se tiendront dans 5.800 magasins. L'association espère réunir 6.500 tonnes de produits.",
             "",
             "\"Ça pourrait être moi demain\"",
             "",
             "Malgré la hausse des prix, les clients ne tournent pas le dos à l'association. \"Ça pourrait être moi demain, alors je donne ce que je peux\", explique une cliente dans notre reportage ci-dessus. Chacun participe à sa façon. Les bénévoles ont parfois de quoi être émus : certains glissent une seule boîte de sardines, d'autres déposent un chariot entier. Plusieurs donateurs ont connu eux-mêmes des périodes de galère, d'autres pensent simplement à ceux qui les traversent.",
             "",
             "Les Paniers Solidaires restent très aimés, et pourtant chacun espère qu'un jour ils n'auront plus de raison d'exister.",
         ]),
    _neg("b59-obzorplus-belarus-fondy-solidarnosti-neg",
         "Invented; modelled on Newzoboz (report on aid funds for protest participants, a named officer's story)", "ru", [
             "«Без шума и огласки»: как в Беларуси помогают пострадавшим на протестах",
             "",
             "«Без шума и огласки»: как в Беларуси помогают пострадавшим на протестах",
             "",
             "Автор фото",
             "Агентство / Фотобанк",
             "",
             "Протесты в Беларуси не утихают уже второй месяц, и за это время в стране возникли десятки инициатив, которые поддерживают задержанных на акциях и уволенных за свою позицию. Пожертвования туда присылают и бизнесмены, и простые граждане из Беларуси и из-за границы. Как такие фонды выживают, когда государство делает всё, чтобы их закрыть?",
             "",
             "Капитан милиции Андрей Веренич в середине сентября написал заявление об уходе со службы.",
             "",
             "За две недели до этого в Гродно задержали его младшего брата. Лишь через несколько дней родные узнали, что тот сидит в местном изоляторе. Вышел он оттуда с сотрясением мозга и разбитым лицом. По словам Андрея Веренича, брата схватили, когда он с другом просто ждал автобус на остановке у рынка.",
             "",
             "",
         ]),
    _neg("b59-donskoykurier-ulichnye-sbory-neg",
         "Invented; modelled on Nashe vremya (report on teenagers collecting cash in the street for sick children)", "ru", [
             "То и дело на улицах и в автобусах Краснодара появляются подростки с прозрачными коробками для денег. Они уверяют, что собирают на лечение больных детей, и даже называют их имена.",
             "",
             "То и дело на улицах и в автобусах Краснодара появляются подростки с прозрачными коробками для денег. Сбор наличных прямо на улице и в транспорте считается одним из самых прибыльных способов.",
             "",
             "Старая история",
             "",
             "Пару лет назад город уже переживал похожую волну. Тогда сборщики говорили, что помогают домам престарелых. Их удалось убрать с улиц благодаря настойчивости городского депутата Ирины Головиной и студенческих волонтёров. ",
             "",
             "Встречались и те, кто продавал магниты и брелоки с надписью «Спаси» – по 150 рублей. Собранное подростки сдавали в какой-то офис. Что стало с этими деньгами дальше? Ответа на этот вопрос до сих пор толком нет. ",
             "",
             "",
         ]),
    _neg("b59-tsentrvesti-marshrutki-volontery-neg",
         "Invented; modelled on Rossiyskaya gazeta (AMP report on volunteers collecting in minibuses for children's treatment, quoted plea)", "ru", [
             "22.02.2020 09:14",
             "Общество",
             "",
             "Что происходит с деньгами, которые собирают в маршрутках на больных детей",
             "",
             "Волонтеры с ящиками для пожертвований стали привычными попутчиками в маршрутках. Кому на самом деле достаются эти деньги?",
             "Текст:  Ольга Миронова (Липецк)",
             "Центральные вести - Еженедельник - Черноземье: №8 (1204)",
             "\"Остановите на минутку, пожалуйста! Здравствуйте, пассажиры, я волонтер фонда Z. Мы помогаем собрать деньги на операцию мальчику с тяжелым пороком сердца…\" - такие обращения слышал почти каждый, кто ездит по Черноземью. В маршрутку заходит молодой человек: футболка с логотипом, пластиковая коробка с фото ребенка и номером телефона его отца, стопка распечаток. Еще недавно пассажиры охотно доставали кошельки, теперь многие делают вид, что не замечают. \"ЦВ\" выясняли, может ли обычный человек проверить, на что уходят собранные средства.",
             "Открыть на сайте CV.EXAMPLE",
             "",
             "Бумагам - доверять?",
             "",
             "Справки о ребенке покажут любому, кто попросит. Но спрашивают их единицы.",
             "",
             "",
         ]),
]


BATCH59_DOCUMENTS = PROBE39_APPEALS + PROBE39_NEGATIVES
