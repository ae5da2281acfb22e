"""Fifty-eighth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (13 appeal, 11 negative; EN, DE, FR, RU with a Ukrainian channel bio): our own
paraphrases of every document of the local-only real probe 38. Each keeps the real page's structure
(a sign-up box with its status messages above a "skip to content" line, a Telegram channel header
with counters and a bio, emoji reaction lines and player chrome, paywall boxes with price, trial and
log-in lines, a bulleted subscription box with a trailing line break, two editorials glued around a
one-line newsletter call, an indented menu and form, a Patreon paragraph with its button word and a
newsletter form among footer lines, a listing of doubled headlines and cut-off teasers, a one-line
reader testimonial, push-alert boxes under teasers, a digest's opening line, a Telegram call above
menu words) and exactly what the real gold marks: a top sign-up box with its two status lines; a
donate link in a channel bio; a whole paywall box; an "Abo weiterlesen" box; a newsletter line
between editorials; a Telegram call and, separately, a newsletter pitch with its form lines; a
Patreon plea and a newsletter form; a channel item of a listing (its doubled title and cut-off
teaser, not its author line); the last sentence of a reader's letter; a notification box; a push
line; the follow-and-subscribe sentences after a digest's first sentence; a Telegram call.
Negatives keep what makes the real ones hard: a blogger relaying another site's fund drive with its
goal, mailing address and tax note; third-party donation drives for sick children with account
numbers, sums and quoted donors; a charity's plea reported by a business paper; another magazine's
finished crowdfunding; a blogger's relayed plea for another site ("Qualität kostet"); a blogger
urging readers to give to someone else's fund drive; a blog urging purchases and subscriptions of
another monthly; a news agency on another magazine's collection for a fine; an opinion piece on the
economics of the trade; a quoted jibe about a streaming subscription.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like batches 29-57 `build_devset.py --batch58` takes each
text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch58.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer
does train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Appeals ------------------------------------------------------------------------------------

_WHARF_SIGNUP = "\n".join([
    "Over 31,000 people read our free email list. Our new site is live. Members, please enter your e-mail once more to unlock every story",
    "Now open your inbox and tap the confirmation link to finish signing up, Cheers!",
    "Oops, that didn't work. Please have another go.",
])

_OBRII_DONATE = "Підтримати Обрій: obrii.example/donate"

_KURIER_WALL = "\n\n".join([
    "Hören oder lesen Sie einfach weiter.",
    "Sichern Sie sich freien Zugriff auf sämtliche K+ Texte der Leipziger Abendpost, auch zum Anhören.",
    "Erster Monat gratis.",
    "Anschließend 8,99 € pro Monat.",
    "Im Probemonat ohne Frist kündbar.",
    "Jetzt 1 Monat gratis lesen",
    "Schon Abonnent? Hier einloggen.",
    "Lieber auf Papier? Zum Abo-Shop geht's hier.",
])

_KURIER_BOX = "\n".join([
    "Weiterlesen mit einem Abo",
    "- Alle K+ Artikel freigeschaltet",
    "- Nur 1,50 € pro Monat statt 8,99 €",
    "- Kündigung jederzeit möglich",
])

_KOMPASS_NL = "Unseren Newsletter bequem ins Postfach bekommen."

_EPU_TG = "Our sharpest news and analysis land first on our Telegram channel — join us there!"

_EPU_NL = "\n".join([
    "Delivered to your inbox each morning: fresh opportunities (fellowships, jobs, contests, training grants), event listings (talks, screenings, book launches, briefings) and reading worth your time.",
    "",
    "",
    "    * required field",
    "",
    "    Signing up means you accept our Privacy Policy",
])

_STEPPE_PATREON = "Independent reporting from Ukraine only survives with readers behind it. That means you. Back us on Patreon and help us carry Ukrainian voices further abroad. Your monthly pledge pays new contributors, keeps our servers running and improves how people find our stories. For roughly the price of a sandwich each month you become part of that bridge, and patrons also get to suggest and vote on the subjects we tackle next. Pledge now or find other ways to help. Become a Patron!"

_STEPPE_NL = "\n".join([
    "Sign up for our newsletter",
    "",
    "* required",
])

_TERRES_WA = "\n".join([
    "Suivez Terres d’Afrique sur sa toute nouvelle chaîne WhatsApp",
    "",
    "Suivez Terres d’Afrique sur sa toute nouvelle chaîne WhatsApp",
    "",
    "ABONNEZ-VOUS À NOTRE CHAÎNE WHATSAPPTerres d’Afrique, qui entame sa neuvième année, ne tiendrait pas sans la fidélité de ses lecteurs, installés pour un tiers en Europe (en France surtout, mais aussi en Belgique et en Suisse), pour un autre tiers au Maghreb (notamment au Maroc) et pour le reste en Afrique de l’Ouest (le Sénégal et",
])

_ROUGEVERT_CALL = "Abonnez-vous et faites cadeau d’un abonnement à vos proches!"

_LETTRE_ALERTS = "\n".join([
    "Recevez nos nouveaux numéros et nos alertes exclusives à l’instant même où ils paraissent !  ",
    "",
    "Une fois inscrit, un bref message s’affichera sur votre écran d’ordinateur ou de téléphone à chaque parution d’un numéro ou d’une alerte de notre lettre. Gardez une longueur d’avance, où que vous soyez !",
])

_KALOUM_PUSH = "Recevez nos infos en direct sur votre téléphone : activez les notifications dès maintenant."

_NEDELYA_FOLLOW = "Но читать нас можно не только здесь. Мы есть в Facebook, Telegram и Instagram, а видеоверсия выходит на Youtube. Подпишитесь там, где вам привычнее, и вы не упустите ничего важного!"

_DNIPRO_TG = "Чтобы не пропускать главное из Украины, подписывайтесь на наш канал в Telegram"


PROBE38_APPEALS = [
    _doc("b58-wharf-signup-top", "appeal", "top",
         "Invented; modelled on Manchester Mill (newsletter post, sign-up box with status messages at the top)", "en", [
             _WHARF_SIGNUP,
             "One moment while we search the archive.",
             "Skip to content",
             "",
             "Back next Tuesday",
             "",
             "A short pause in the schedule",
             "",
             "Hello Wharfers, hope the week has been kind to you and that you found time for Delphine Achebe's weekend essay, a slow, wandering ride along the old canal towpath from Halverton to Brickmoor, told through the lock-keepers' diaries she found in a church basement. Plenty of you have been passing it around.",
             "",
             "\u201cThe best thing I've read all month,\u201d one member wrote underneath. \u201cNobody else in town does pieces like this.\u201d On Bluesky, Marcus Thorne said \u201cI've forwarded this to my whole family.\u201d And one reader, refreshingly blunt, admitted: \u201chonestly I expected to be bored senseless by a canal story, but I couldn't stop reading\u201d.",
             "",
             "So here is the moral: whenever you suspect we are about to bore you senseless, stick with us anyway. A few more reactions below.",
             "",
             "A selection of reader replies to Delphine's essay.",
             "",
             "Those of us who write for The Wharf always love seeing replies like these, under the piece or shared online. We have never tried to be only a feed of updates about Halverton and its boroughs. Part of what we are for is finding stories that cheer you up, pieces that brighten a grey morning and help you see your streets and neighbours a little differently. To my mind that is what a local paper ought to be: not a steady drip of gloom that convinces you the town is falling apart (as certain other papers round here like to imply) but a place for pleasure and belonging.",
         ], appeals=[_WHARF_SIGNUP]),
    _doc("b58-obrii-tgbio-top", "appeal", "top",
         "Invented; modelled on Focus (focus.ua Telegram mirror; donate link in the channel bio)", "ru", [
             "Обрій: новини, розслідування, думки – Telegram",
             "Обрій: новини, розслідування, думки",
             "9.4K subscribers",
             "41.3K photos",
             "17.9K videos",
             "3 files",
             "52.8K links",
             "Обрій — незалежне видання про те, що відбувається в Україні та за її межами.",
             "",
             "Поділитися новиною: бот t.me/obrii_tips_bot або лист на tips@obrii.example.",
             "",
             _OBRII_DONATE,
             "",
             "Обговорення: t.me/obrii_talk",
             "Download Telegram",
             "ГБР объявило в розыск бывшего директора госпредприятия «Укрводпорт» Аркадия Левченко.",
             "",
             "Левченко и двое его бывших подчиненных, Тарас Гнатюк и Оксана Рябоконь, по версии следствия, причастны к растрате 140 миллионов гривен при закупке земснарядов.",
             "",
             "\"Уведомления о подозрении были вручены в сентябре заочно, поскольку никто из троих по месту жительства не проживал. На повестки фигуранты не реагировали, поэтому их объявили в розыск\", — отмечается в заявлении ГБР.",
             "",
             "Предложить новость Обрію. І Обрій на украинском.",
             "👍29😁8😱14👎2🤔3🔥1",
             "This media can't be played in this browser",
             "VIEW IN TELEGRAM",
             "Военнослужащих РФ, самовольно покинувших позиции, держат в подвале под Сватово.",
             "",
             "Запись выложили жены и матери мобилизованных из Тульской и Курской областей.",
         ], appeals=[_OBRII_DONATE]),
    _doc("b58-abendpost-kplus-wall-end", "appeal", "end",
         "Invented; modelled on Berliner Zeitung (B+ article, full paywall box at the end)", "de", [
             "Leipzig - Leipzig könnte sich die Hälfte seiner Sorgen sparen, wenn es nur ein wenig weniger Leipzig wäre. Das klingt erst einmal nach einer Binsenweisheit, ist hier aber als Befund gemeint. Denn die Stadt steht sich gerade selbst im Weg: Sie wächst schneller, als sie bauen kann. Es fehlt an Platz für all jene, die es in diese rauere, etwas unordentliche, aber eben einzigartige Stadt zieht.",
             "",
             _KURIER_WALL,
         ], appeals=[_KURIER_WALL]),
    _doc("b58-abendpost-abobox-end", "appeal", "end",
         "Invented; modelled on Berliner Zeitung (B+ article cut off by a bulleted subscription box)", "de", [
             "Leipzig-Wer in Leipzig zum Grillabend eingeladen ist, kann fest damit rechnen, dass irgendwann die Liste der städtischen Pannen auf den Tisch kommt. Die Straßenbahn, die nie pünktlich ist, die Brücke, die seit Jahren gesperrt bleibt, Lastenräder auf dem Fußweg, das Wohnungsamt oder das Schulamt. Wo soll man da beginnen, und ein Ende findet diese Aufzählung ohnehin nie. Einiges davon wird aber auch maßlos aufgebauscht, etwa die Geschichte von den angeblich monatelangen Wartezeiten im Standesamt.",
             "",
             _KURIER_BOX,
             "",
         ], appeals=[_KURIER_BOX]),
    _doc("b58-kompass-editorials-newsletter-middle", "appeal", "middle",
         "Invented; modelled on Forum Freies Berlin (editorial page, newsletter line between two editorials)", "de", [
             "",
             "Liebe Leser,",
             "kaum etwas verbindet die Menschen in diesem Land so zuverlässig wie das Formular. Jeder hat schon eines ausgefüllt, und keiner hat es je verstanden. Deshalb erzählen uns die Herren in den Ämtern auch mit ernster Miene, dass Ordnung das halbe Leben sei und dass ohne Stempel gar nichts gehe – und dafür bekommen sie Pensionen. Aber seien wir ehrlich: Die andere Hälfte des Lebens verbringen sie beim Kaffee. Und wie sagt man so schön: Wer glaubt, dass es für alles ein Formular gibt, hat nur noch nicht lange genug gesucht.",
             "Bürokratie ist der stille Held aller Reformdebatten (der echten, die es nie ins Gesetzblatt schaffen, nicht der angekündigten), dabei ist sie eigentlich nur ein Werkzeug. Ein Werkzeug, das leider wuchert. Besonders dann, wenn jede Behörde ihre eigene kleine Behörde gründet. Wäre ja halb so wild, wenn am Ende wenigstens irgendwer die Anträge bearbeiten würde.",
             "Doch die merken einen Antragsstau vermutlich nicht mal, wenn er ihnen die Bürotür zustellt. Man muss sich also selbst durch den Dschungel schlagen. Mit welcher Karte? Keine Ahnung. Verwaltungskunde steht ja auf keinem Stundenplan. Vermutlich fürchtet man, wir würden alle zu Rebellen, sobald wir wüssten, wie viele Stunden unseres Lebens in Wartezimmern verschwinden.",
             "Darum haben wir gesammelt, wer alles Ihre Zeit beansprucht und in welchem Aktenschrank sie am Ende verstaubt. Hier ist unsere neue Ausgabe – garantiert mit Durchschlag.",
             "",
             "",
             "",
             _KOMPASS_NL,
             "Liebe Leser,",
             "jeden Sommer schwören wir uns aufs Neue, diesmal entspannt in den Urlaub zu fahren. Spätestens am ersten Stau hinter dem Kreuz ist das vergessen (der nächste Sommer kommt ja bestimmt, oder?). Jeden Sommer studieren wir Wetter-Apps, als stünde darin unser Schicksal – und sei es nur zum Zeitvertreib.",
             "Gern lacht man über all jene, die im Mai einen Sprachkurs buchen, um im August doch nur mit Händen und Füßen zu bestellen. ",
         ], appeals=[_KOMPASS_NL]),
    _doc("b58-epu-telegram-newsletter-end", "appeal", "end",
         "Invented; modelled on BAJ (press-freedom association news item, Telegram call and newsletter pitch with form lines at the end)", "en", [
             "• Latest",
             "  • Media law",
             "  • Useful",
             "  • Programmes and campaigns",
             "  • Monitoring and reports",
             "  • Nioman TV's website and social pages declared an extremist formation by the interior ministry",
             "",
             "    Under a ruling by the Interior Ministry, people who follow or contribute to the online outlet Nioman TV now count as members of an extremist formation and are forbidden from any activity inside the country.",
             "",
             "    The ministry's press office gave state news agency BelNews the following account of the ruling against the broadcaster:",
             "",
             "    - \u00abAn association of individuals organised via internet resources\u00bb of the station has been designated an extremist formation",
             "",
             "    - The designation covers not only the station's website but also its YouTube channel and its pages on Telegram, Instagram, X, Facebook, VK and TikTok.",
             "",
             "    " + _EPU_TG,
             "    Most read",
             "    " + _EPU_NL,
         ], appeals=[_EPU_TG, _EPU_NL]),
    _doc("b58-steppebridge-patreon-newsletter-end", "appeal", "end",
         "Invented; modelled on Euromaidan Press (feature, Patreon plea with button and newsletter form before the footer)", "en", [
             "Ukrainian teachers, painters and shopkeepers who now serve as army medics",
             "",
             "Latest from Ukraine",
             "",
             "\u201cIf we stop now, our kids will be the ones who have to finish this,\u201d says Oksana Dovhal. She has been evacuating wounded soldiers for three years. Until the invasion she taught chemistry at a secondary school in Kherson and ran a weekend robotics club.",
             "",
             "On the first of October, Ukraine marks its Defenders Day. Since the full-scale invasion, and for some since the fighting in the east that began years before it, schoolteachers, painters and shop owners have left their ordinary jobs behind to train as combat medics. Their accounts are collected below.",
             "",
             _STEPPE_PATREON,
             "Recent Posts",
             _STEPPE_NL,
             "",
             "Copyright \u00a9 2023 SteppeBridge.example",
             "",
             "SteppeBridge receives project support from the Open Horizons Media Fund",
             "",
             "If you quote our work, link back to the original SteppeBridge article and keep the excerpt under 400 characters. Longer reprints need our written consent; ask at [email protected]",
             "",
             "Privacy and cookies.",
             "",
             "Trending Tags",
         ], appeals=[_STEPPE_PATREON, _STEPPE_NL]),
    _doc("b58-terresdafrique-listing-whatsapp-middle", "appeal", "middle",
         "Invented; modelled on Mondafrique (opinion listing, WhatsApp channel item among teasers)", "fr", [
             "Le Tchad face au retour des tensions au Darfour ",
             "",
             "Le Tchad face au retour des tensions au Darfour ",
             "",
             "Les relations entre N’Djamena et les factions armées installées de l’autre côté de la frontière soudanaise ont fait l’objet de nombreux commentaires. Un point fait consensus parmi les observateurs : l’équilibre fragile négocié au début des années 2010 ne tient plus.Mahamat KORI, chercheur associé, Genève (Suisse)",
             "",
             "La rédaction de Terres d’Afrique La rédaction de Terres d’Afrique",
             "La prudence des capitales du Golfe devant la crise libyenne",
             "",
             "La prudence des capitales du Golfe devant la crise libyenne",
             "",
             "La réunion extraordinaire convoquée à Riyad par les ministres des Affaires étrangères de la région voulait montrer un front uni derrière le gouvernement de Tripoli et préparer une réponse concertée. Ce front commun pourrait bien ne jamais dépasser le stade des communiqués, comme le mont",
             "",
             "Hélène Marchetti Hélène Marchetti",
             _TERRES_WA,
             "",
             "La rédaction de Terres d’Afrique La rédaction de Terres d’Afrique",
             "Le carnet de route du « Griot » de Ségou",
             "",
             "Le carnet de route du « Griot » de Ségou",
             "",
             "Le Griot, hebdomadaire malien indépendant réputé pour son sérieux et son franc-parler, a été créé en 2004] par Oumar Sangaré, dont nous reprendrons chaque semaine la chronique qu’il tient sur la crise sécuritaire au centre du pays, un sujet que Paris semble avoir relégué au second pla",
             "",
             "La rédaction de Terres d’Afrique La rédaction de Terres d’Afrique",
             "Le Bénin à l’heure des choix",
             "",
             "Le Bénin à l’heure des choix",
         ], appeals=[_TERRES_WA]),
    _doc("b58-rougevert-temoignage-abonnez-end", "appeal", "end",
         "Invented; modelled on Gauchebdo (reader testimonial ending in a subscribe-and-gift sentence)", "fr", [
             "Les grands groupes de presse ont pesé de tout leur poids sur la dernière campagne cantonale. Il suffit de compter les pages d’annonces pour voir que l’on vend un candidat comme on vend un yaourt, et que la droite dure et les milieux patronaux n’y regardent pas à la dépense. Le canton se montre désormais frileux, replié, méfiant envers l’étranger et prêt à tout privatiser. Une démocratie à vendre ? On serait presque tenté de répondre oui.",
             "Par bonheur, Rouge & Vert refuse de se plier à l’argent roi et imagine un canton solidaire, écologique, curieux, attaché au partage équitable des richesses. Par bonheur, Rouge & Vert se bat avec cœur et lucidité pour un autre avenir, fait de citoyennes et de citoyens qui pensent par eux-mêmes. Par bonheur, Rouge & Vert reste une voix à contre-courant, exigeante et pleine d’idées. Lectrice depuis vingt ans, je le défends sans réserve et le remercie pour son indépendance, son humour et la qualité de ses enquêtes. J’y trouve des arguments pour militer, des idées pour rêver d’un autre canton. Un salut particulier aux dessins de presse, aux reportages photo et à la chronique syndicale de Martine Rochat. Vive la presse libre, vive Rouge & Vert. " + _ROUGEVERT_CALL,
         ], appeals=[_ROUGEVERT_CALL]),
    _doc("b58-lettregolfe-alertes-end", "appeal", "end",
         "Invented; modelled on Africa Intelligence (paywalled teaser, notification sign-up box at the end)", "fr", [
             "À la une | Afrique de l’Ouest",
             "Quand les présidents transforment leur village natal en vitrine",
             "",
             "Le pouvoir très personnel exercé par certains dirigeants de la région profite d’abord à leurs localités d’origine. Routes goudronnées, hôpitaux neufs et aéroports y poussent pendant que le reste du territoire attend toujours ses écoles. Pourtant [...]",
             "Lecture 4 minutes",
             "À lire aussi",
             "",
             _LETTRE_ALERTS,
         ], appeals=[_LETTRE_ALERTS]),
    _doc("b58-kaloum24-push-end", "appeal", "end",
         "Invented; modelled on Guinee7 (AMP teaser, push-notification line at the end)", "fr", [
             "Tribune",
             "",
             "Des électeurs de vingt ans, des présidents de quatre-vingts",
             "",
             "",
             "Sur un continent où la moitié des habitants n’a pas 20 ans, les chefs d’État affichent en moyenne plus de 60 printemps. Et nombre d’entre eux ne semblent pas pressés de céder leur fauteuil.",
             "",
             "Lire la suite …",
             "",
             _KALOUM_PUSH,
         ], appeals=[_KALOUM_PUSH]),
    _doc("b58-nedelya-digest-follow-top", "appeal", "top",
         "Invented; modelled on MNews (weekly text digest, follow-and-subscribe sentences in the opening line)", "ru", [
             "Перед вами текстовая версия главных новостей недели. " + _NEDELYA_FOLLOW,
             "Шатдаун позади: бюджет утвержден",
             "",
             "Открываем выпуск мировыми новостями. В Вашингтоне закончилось почти шестинедельное противостояние вокруг бюджета. Развязка такая: правительство снова работает. Конгресс принял временный закон о финансировании — федеральные служащие возвращаются на работу.",
             "Чего-то подобного и ожидали: большинство в обеих палатах у одной партии, а давление со стороны авиадиспетчеров и военных росло с каждым днем. При этом часть оппозиционных сенаторов в итоге поддержала компромисс, хотя руководство их фракции до последнего требовало продолжать бойкот. Примечательно, что сенатор Лора Беннетт, которая первой перешла на сторону большинства, до этого ни разу не голосовала вопреки позиции своей партии.",
             "Оппозиция, разумеется, осталась недовольна и пообещала вернуться к спору уже в январе.",
         ], appeals=[_NEDELYA_FOLLOW]),
    _doc("b58-dnipronews-telegram-end", "appeal", "end",
         "Invented; modelled on Glavnoe (news item, Telegram channel call above menu words)", "ru", [
             "Общество",
             "",
             "Независимая российская радиостанция собрала 9 млн рублей на штраф",
             "",
             "21 марта 2019 14:05",
             "",
             "Основатель радиостанции «Волна-FM» Глеб Карцев написал в фейсбуке, что слушатели помогли собрать всю сумму, присужденную судом, — 9 миллионов рублей.",
             "",
             "Своих средств на выплату у станции не было, поэтому редакция обратилась к аудитории за помощью. Нужную сумму перекрыли уже на третий день, в итоге пришло почти 11 миллионов.",
             "",
             "В начале марта Мещанский суд Москвы назначил штраф станции и лично Карцеву. По мнению суда, радиостанция вовремя не отчиталась о поступлениях из-за рубежа. Сам Карцев настаивает, что дело должны были закрыть еще осенью, поскольку истек срок давности.",
             "",
             "",
             _DNIPRO_TG,
             "",
             "ТОП-новости",
             "Свежие новости",
             "все новости",
             "Спорт",
         ], appeals=[_DNIPRO_TG]),
]


# --- Negatives ----------------------------------------------------------------------------------

PROBE38_NEGATIVES = [
    _neg("b58-overcast-ledgerstreet-funddrive-neg",
         "Invented; modelled on discomfit (blog relaying another site's fund-drive notice with goal, address and tax note)", "en", [
             "Friday, November 13, 2009",
             "",
             "Ledger Street Review announces autumn fund target - \"The press lost its nerve when it mattered\" - Founder Miriam Kessler",
             "",
             "Falling ad revenue and the web get the blame for shrinking newsrooms, but Miriam Kessler argues the bigger problem is that editors stopped asking hard questions.",
             "",
             "Read the whole piece at",
             "",
             "",
             "And on the same site:",
             "",
             "A retired bus driver in Ohio started his own call-in show to answer the shouting on AM radio, and found an audience.",
             "",
             "Plus this video:",
             "",
             "How the loss of union jobs pushed families toward payday lenders, from the Labor Desk.",
             "",
             "Autumn Fund Target: $35,000.",
             "",
             "Money is tight at our site. We have already trimmed what we pay freelancers and put two long investigations on hold. You can help us keep going at a time when this country badly needs scrutiny by giving to our autumn drive.",
             "",
             "Gifts can be made with a card on our donation page or by posting a check to:",
             "",
             "Ledger Street Review Inc.; PO Box 4417; 1180 Harbor Road; Baltimore, MD 21230.",
             "",
             "(Readers who prefer PayPal can send gifts to our account, listed as \"donate@ledgerstreet.example\").",
             "",
             "Because Ledger Street Review Inc. is a registered 501(c)(3) nonprofit, gifts can be deducted from your taxes. (Many employers will also match what you give through workplace giving schemes.)",
             "",
             "If giving isn't possible at the moment, you can still help by sending our alerts on to anyone who might enjoy them.",
             "",
             "Many thanks, as ever, for standing with us.",
             "",
             "No comments:",
         ]),
    _neg("b58-spreewaldbote-lena-rotary-neg",
         "Invented; modelled on Lausitzer Rundschau (local report on a club's donation drive for a sick child, account number)", "de", [
             "| 17:42 Uhr",
             "",
             "Hilfe für eine Familie",
             "Bereits 14 380 Euro für Lena",
             "",
             "Für die siebenjährige Lena aus Mühlberg wird fleißig gesammelt.",
             "Für die siebenjährige Lena aus Mühlberg wird fleißig gesammelt. FOTO: Karin Wendt / Spreewald-Bote",
             "Mühlberg. Ein beachtliches Ergebnis: 14 380 Euro sind inzwischen zusammengekommen, damit die Familie der siebenjährigen Lena aus Mühlberg einen Kleinbus mit Rampe kaufen kann. Lena hat seit ihrer Geburt eine Zerebralparese, kann nur wenige Schritte gehen und braucht für längere Wege den Rollstuhl. Von Karin Wendt",
             "",
             "Die Rotary-Clubs aus Herzberg und Finsterwalde haben dafür eine Sammlung gestartet und im Oktober ein Benefizkonzert in der Stadtkirche organisiert. Clubpräsident Uwe Drescher: „Nach unserem Bericht über das Konzert hat das Telefon kaum stillgestanden.“ Mittlerweile habe auch ein Kamerateam des MDR die Familie besucht.  Der Beitrag laufe in Kürze.",
             "",
             "Beim Adventsmarkt des SPREEWALD-BOTEN am 6. Dezember in Mühlberg wollen die Rotarier Glühwein ausschenken und weiter für Lena sammeln. Rund 18 000 Euro kostet das umgebaute Fahrzeug insgesamt.",
             "",
             "Spendenkonto: Rotary-Hilfe Elbe-Elster DE00 1234 5678 0000 4411 22 Stichwort: Lenas Bus",
         ]),
    _neg("b58-echoflandres-cagnotte-neg",
         "Invented; modelled on dayfr republishing La Voix du Nord (third-party online collection for a family, sums and quoted donors)", "fr", [
             "Le 3 mars, cinq jours après la chute de Julien depuis un échafaudage sur un chantier d’Hazebrouck, sa cousine Clara ouvre une cagnotte en ligne sur « Cagnotte Solidaire » pour soutenir sa compagne. Elle y présente Léa ainsi : « Maman de la petite Inès, atteinte d’une maladie rare des reins, qui enchaîne les dialyses à l’hôpital de Lille. Son conjoint Julien, 24 ans, est tombé de huit mètres et les médecins restent prudents. » Au bout de deux semaines en réanimation, Julien est hors de danger, mais il devra réapprendre à marcher.",
             "Lorsque L’Écho des Flandres joint Léa pour la première fois, la cagnotte affiche 620 €. Après la parution de notre article dans les pages régionales, repris par plusieurs radios locales, le compteur passe les 5 000 € et dépasse désormais 18 000 €.",
             "« Ils en ont plus besoin que nous »",
             "Pour Bernadette, retraitée à Tourcoing, participer allait de soi : « Je suis grand-mère, j’ai été infirmière pendant trente ans, j’ai vu trop de familles basculer du jour au lendemain, alors on aide. » Gérard, de Bergues, écrit : « Quel bonheur de pouvoir soutenir des jeunes parents qui encaissent autant de coups, cet argent leur sera plus utile qu’à moi ! » Sylvie, dans l’Avesnois, raconte : « En lisant l’article, j’ai dû m’asseoir, tant de malheur d’un coup, j’en ai eu les larmes aux yeux. Une si petite fille déjà si malade, c’est injuste… »",
             "Un chèque de 300 euros… venu de Belgique",
             "Monique, d’Armentières, n’a pas pu verser sa part en ligne : « À 74 ans, internet et moi, ça fait deux. », mais elle a transmis à la famille les coordonnées d’associations qui peuvent l’accompagner : « Cela fait trente-cinq ans que j’aide bénévolement des familles en difficulté, je sais à quelles portes frapper. »",
         ]),
    _neg("b58-midlandsledger-steppingstones-neg",
         "Invented; modelled on Business Mondays (business paper reporting a charity's plea for donations, sums and costs)", "en", [
             "Derby-based charity Stepping Stones Therapy Centre is asking supporters to keep giving through the current lockdown, as small charities report some of the steepest income falls of any sector.",
             "",
             "The centre, which offers specialist physiotherapy and play therapy to children with physical disabilities across Derbyshire and gives their parents a place to share advice, has lost more than a third of its income since March.",
             "",
             "Charities up and down the country describe the same picture, with the Charities Finance Network estimating that the sector as a whole could be short by \u201cas much as \u00a33.5 billion\u201d before the year is out.",
             "",
             "Small and medium charities have suffered most because organisers have called off so many big sponsored events \u2013 the Peak District Trail 10K among them \u2013 that normally bring in a large share of their yearly budget.",
             "",
             "",
             "Stepping Stones had 22 runners signed up for the trail race (originally set for April) and had counted on around \u00a315,000 from that day alone. For a charity of its size \u2013 it works with 45 families at present \u2013 even a modest drop in donations could force it to close its doors.",
             "",
             "The centre, open in Derby for 27 years, needs at least \u00a312,500 every month to keep running, and many families depend on it entirely for the therapy their children need to progress. Its income goes straight into sessions for children aged one to ten with cerebral palsy, genetic conditions and delayed motor skills, teaching them abilities they will use for the rest of their lives.",
             "",
             "A single session for one child and parent costs the centre \u00a370, covering work on balance, crawling, walking, hand control, communication and feeding.",
         ]),
    _neg("b58-seebote-atom-crowdfunding-neg",
         "Invented; modelled on Der Landbote (report on another magazine's finished crowdfunding, sums and goal)", "de", [
             "Wissenschaftsportal «Atom» ist gerettet Rund 94’000 Franken hat das Online-Portal «Atom» per Crowdfunding eingesammelt. Jetzt will das Team eine dauerhafte Finanzierung auf die Beine stellen. Lukas Brändli",
             "",
             "Chefredaktorin Seraina Dosch führt das kleine Team von «Atom». Martin Gubler",
             "",
             "Die Sammelaktion des Wissenschaftsportals «Atom» ist am Freitag abgeschlossen worden. Laut der Projektseite haben Unterstützerinnen und Unterstützer gut 94’000 Franken beigesteuert. Das selbst gesteckte Ziel wurde damit klar übertroffen. Die angepeilten 80’000 Franken waren schon vier Tage vor Ablauf der Frist erreicht. Seraina Dosch, Chefredaktorin von «Atom», sagt: «Wir sind sprachlos und einfach dankbar! So etwas kann man vorher schlicht nicht planen.»",
         ]),
    _neg("b58-buergerblick-meinungsmelder-relayed-neg",
         "Invented; modelled on conservo (blog post relaying another site's plea for donations)", "de", [
             "Netzportal „Meinungsmelder“ im Aufwind",
             "",
             "Von Hartmut Voss",
             "",
             "Der Meinungsmelder ist binnen drei Jahren zu einer Plattform für Gastautoren gewachsen, die viele Leser erreicht. Allein im letzten Quartal wurden die Beiträge mehr als 700.000 Mal aufgerufen, bei Facebook folgen inzwischen über 4.500 Menschen. Ein Ranking-Dienst führt das Portal unter den unabhängigen Angeboten bereits auf Rang 9 – und das nach so kurzer Zeit.",
             "",
             "Das beweist, wie sehr die Bürger eine zweite Stimme neben den großen Verlagshäusern vermissen, die alle dasselbe schreiben und überall sparen. Das Angebot findet immer mehr Zuspruch. Doch wer Erfolg hat, bekommt auch Gegenwind. Der Server des Meinungsmelders wird regelmäßig lahmgelegt, Anwaltsschreiben und Unterlassungsforderungen landen im Briefkasten – das muss ein kleines Team erst einmal aushalten.",
             "",
             "Vielfalt in Gefahr – eine zweite Stimme unterstützen!",
             "",
             "Ohne Frage braucht der mündige Leser eine solche zweite Stimme, und zwar ohne Bezahlschranke. Genau deshalb ist der Meinungsmelder auf seine Leser angewiesen. Auch ein bescheidener Betrag hilft schon, die laufenden Kosten zu decken und ab und zu ein Honorar an einen Gastautor zu überweisen. Gute Texte entstehen nicht umsonst!",
             "",
             "Gerade wir Konservativen sehen täglich, wie einseitig die großen Blätter berichten. Dass viele davon wenigen Konzernen gehören, verschärft das Problem noch. Die Vielfalt der Meinungen gerät ins Wanken. Sorgen wir zusammen dafür, dass diese zweite Stimme lauter wird und den großen Häusern etwas entgegensetzen kann!",
             "",
             "Gute Arbeit hat ihren Wert",
             "",
             "Denn: Umsonst ist nur der Tod!",
         ]),
    _neg("b58-bluecollarleft-peacewire-plea-neg",
         "Invented; modelled on American Leftist (blogger urging readers to give to another site's fund drive)", "en", [
             "Tuesday, October 14, 2008",
             "",
             "Money is tight over there, and they need more of it to keep going as one of the few serious anti-war news sites around. In case you've forgotten why peacewire.example matters, here is what I posted back in March 2007:",
             "",
             "I don't think I have ever asked the readers of this blog to send money anywhere. Maybe I did it one time, but I genuinely can't remember it.",
             "",
             "This week, though, I'm convinced we need to back peacewire.example through its seasonal fund drive. These drives are always a struggle, and it's tempting to assume some big donor will rescue them at the eleventh hour, as seems to have happened more than once before. This time, let's not lean on that hope, and instead show some gratitude for the liveliest anti-war site on the web.",
             "",
             "To be fair, peacewire.example is no leftist outfit; its editors are proudly libertarian. I part company with them on plenty of social and economic questions. Still, on the central question of this era, the spread of American power by bombing and sanctions, its people have been clear and consistent in opposing it.",
             "",
             "It gathers reporting and commentary from every continent on the occupation of Iraq, the drone campaigns, the threats against Iran and the endless settlement of the West Bank. It has done a great deal to break the grip the big networks and papers used to have on what Americans could learn. We no longer depend on the Times, the Post, the cable channels and, God help us, talk radio.",
             "",
             "The range of voices at peacewire.example is simply unmatched. On any given day you'll find a pacifist Quaker next to a retired Army colonel, a British conservative beside a veteran labor reporter.",
         ]),
    _neg("b58-carnetsbleus-lalime-relayed-neg",
         "Invented; modelled on filzeloom (blog urging readers to buy and subscribe to another monthly in danger)", "fr", [
             "La Lime, mensuel coopératif sans actionnaire, drôle et nécessaire, fabriqué par des gens qui nous ressemblent, raconte la politique « depuis les cuisines, les usines et les files d’attente, là où elle se vit vraiment - il fut un temps, les moins de trente ans ne s’en souviennent pas, où c’est pour ça qu’on achetait les journaux satiriques. Toute la presse gagnerait à raconter la politique ainsi, plutôt que de réduire la \"vie publique\" aux petites phrases échangées entre trois ministres et quatre chroniqueurs, de se passionner pour les querelles d’ego et les bruits de couloir ; plutôt que de tout soumettre au \"débat\", sauf ce qui compte. » (1)",
             "Formidable, allez-vous dire... Sauf que La Lime s’écoule à 3800 exemplaires chaque mois et doit gagner 1500 lecteurs de plus avant la fin de l’été, sinon, rideau ! on éteint la lumière et on ferme !",
             "Sans viser la lune (2), je propose juste d’aller acheter un numéro de La Lime (trois euros, zéro publicité, trois fois rien !) et, tant qu’à faire, vu que vous serez forcément séduits, de prendre un abonnement d’un an (30 euros, 20 pour les fins de mois difficiles, on survivra).",
             "Il y a deux ans, la revue Le Fil, consacrée à la bande dessinée, a échappé à la faillite grâce à une mobilisation de ses lecteurs, alors pourquoi pas elle !",
             "Le site du mensuel : http://lalime.example/",
             "PS : voir aussi là-dessus ce billet d’Ailleurs.",
             "(1) Karine Ferrand",
             "(2) Quelques exemples de lune, au hasard : débrayer une heure pour défendre l’hôpital du coin, aller (en personne, avec ses jambes, quelle audace !) devant la préfecture pour dire que l’on trouve les expulsions de familles un tantinet contraires à l’idée qu’on se faisait d’un pays accueillant, éteindre son téléphone une soirée pour filer un coup de main à l’épicerie solidaire du quartier...",
             "Aucun commentaire:",
             "Enregistrer un commentaire",
         ]),
    _neg("b58-finpress-meridian-collected-neg",
         "Invented; modelled on Interfax (news agency on another magazine's reader collection for a fine)", "ru", [
             "\u00abВечерний меридиан\u00bb собрал 15 млн рублей на оплату штрафа",
             "За три дня читатели перечислили изданию больше нужной суммы - почти 17 млн рублей",
             "Москва. 6 апреля. FINPRESS.EXAMPLE - Журнал \u00abВечерний меридиан\u00bb за трое суток получил почти 17 млн рублей от более чем 14 тысяч читателей, этого хватит, чтобы при необходимости погасить штраф в 15,4 млн рублей, назначенный судом.",
             "\"За три дня поступило 16 млн 870 тыс. рублей. Впереди у нас суд: 15 апреля в 10:00 рассматривается наша жалоба в Мосгорсуде, там мы и будем отстаивать свою правоту\", - рассказал \"Финпрессу\" издатель журнала Аркадий Зимин.",
             "\"Нам помогли больше 14 тыс. человек, и я уверен, что это не предел\", - добавил он.",
             "По словам Зимина, к каждому переводу читатели прикладывают теплые слова, а типичная сумма составляет от 300 до 800 рублей.",
             "Мировой суд Мещанского района 18 марта оштрафовал на 15,4 млн рублей ООО \"Меридиан-Медиа\", которое выпускает журнал и ведет его сайт, за то, что компания с опозданием подала сведения о зарубежном финансировании.",
         ]),
    _neg("b58-mediapole-radio-opinion-neg",
         "Invented; modelled on Media-Azi (opinion column on the economics of a media trade)", "ru", [
             "Зачем нужно радио в эпоху подкастов",
             "",
             "Ирина Костакэ, директор радиостанции «Прут-FM»",
             "Я работаю в эфире больше двенадцати лет. Была ведущей утреннего шоу и ночных программ, монтировала репортажи, писала тексты для рекламы, готовила выпуски новостей и помню, как звучат события, пока их никто не отредактировал: сбивчиво, с шумом улицы, с паузами и без красивой подложки. Я слышала, как один звонок слушателя меняет повестку дня, а одна спокойная интонация диктора гасит слухи. Это не поэзия радио, а его будничная работа, которую знает каждый, кто сидел у микрофона.",
             "Понять, зачем вообще сегодня нужна радиостанция, я смогла в 2023 году, когда стала директором «Прут-FM». Когда у каждого есть подкасты, плейлисты и короткие видео, а любой блогер может вести трансляцию с места событий, эфирное радио выглядит пережитком. Но именно тут и проходит граница, которую многие не замечают: подкаст выбирают под настроение, а радио остается рядом, когда что-то случилось. Подкаст может подождать, эфир — нет.",
             "Особенно остро эта граница ощущается, когда речь заходит о деньгах.",
         ]),
    _neg("b58-puls-prosecutors-streaming-quote-neg",
         "Invented; modelled on Life (news item quoting a jibe about a streaming subscription)", "ru", [
             "Европа",
             "14 марта, 11:40",
             "",
             "В Британии сравнили брифинги польской прокуратуры с детективным сериалом",
             "",
             "Обложка © Фото из открытых источников",
             "",
             "Польская прокуратура и антикоррупционное бюро превратили публикацию итогов годичного расследования о закупках для железной дороги в настоящий сериал с продолжением. Об этом пишет британский еженедельник The Weekly Ledger.",
             "",
             "Первую \u00abсерию\u00bb открыл снимок чемодана с наличными и подписью \u00abконечная станция\u00bb, затем появились фрагменты допросов, нарезки с камер наблюдения и комментарии следователя Томаша Вуйцика. Последний ролик оборвался на титре \u00abСмотрите дальше\u00bb.",
             "",
             "Как отмечает издание, новые видео выходили раз в полдня, и в них было все, что нужно хорошему шоу: погони, тайны и звучное название \u00abДело \u201cСемафор\u201d\u00bb.",
             "",
             "\u00abПосле таких брифингов платить за стриминговый сервис уже нет смысла\u00bb, — привел еженедельник слова одного из польских блогеров.",
         ]),
]

BATCH58_DOCUMENTS = PROBE38_APPEALS + PROBE38_NEGATIVES
