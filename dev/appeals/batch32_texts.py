"""Thirty-second batch: written by a fifteenth helper, never scored before being committed (its first
run is the honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

Section 1 (23 documents): our own paraphrases of the 23 documents of the odd half of the local-only
real probe (probe2-odd). Each keeps the real page's structure (where the box sits, line layout and
blank lines, length, standfirst, byline, dates, teaser lines and widget junk such as "PDF",
"Download Telegram", share buttons, reaction counts, captcha sums, "NL – ... speedbump") and the
kind of appeal (subscription one-liner, trial offer, gift-sub pitch, member widget, newsletter box,
Telegram link list, donation plea, team-news donation box) and what the real gold marks: e.g. the
editors' thank-you after a finished campaign stays article text, only the supporter button above it
is gold; a newsletter one-liner glued after a partnership note is gold but the note is not. Real
outlets modelled: The Tyee, Meduza, Nautilus, NHPR/Poynter, Mediazona, Vert, junge Welt, WOZ,
The Texas Tribune, Jacobin, 7x7 (Horizontal Russia), Tagesspiegel Checkpoint (twice), Mediapart,
Le Média, openDemocracy, New Statesman, Know Your Meme, ProPublica, Acrimed, Le Postillon,
Texas Signal, Kontext:Wochenzeitung.

Section 2 (53 documents): modelled on further real pages read in the pages corpus: The Lever
(editor's thank-you note asking for paid subscriptions), Talking Points Memo (membership-drive
line after an editor's post), Cape May Standard (monthly-gift box), WVTF (a station's own pledge
notice), a local nonprofit's pandemic-era goal email, Republik (reader-funded pitch after the
byline), FALTER.morgen and a Falter blog column (newsletter/column sign-up lines), Le Poing ("our
articles are free" pitch ending in a colon), Les Jours (campaign wrap-up: thanks are article text,
only the closing call is gold), Rue89 Bordeaux and Rue89 Strasbourg (own crowdfunding box),
rslnmag (news about a daily's crowdfunding with the site's own newsletter line), Novaya Gazeta
(reader-marathon note plus "we need your help" box), Holod (interview ending with a no-call-verb
box); hard negatives after Lawrence Journal-World, a TV station's "Friendraiser" story, a
university bulletin and Nonprofit Pro (public-radio pledge drives), a blog urging readers to pay
for news, Horizont/DWDL and a media-trade column (newsletter launches), a weekly's brief on a
satirical paper's crowdfunding countdown, La Lettre de l'audiovisuel (overseas quarterly's
collection), a journalism-school report on press crowdfunding, Spektr (interview on another
outlet's crowdfunding), a blogger urging support for a fined magazine; plus invented negatives
(campaign-finance e-mails quoted, food bank and Tafel appeals, party donations, telethon results,
campaign accounts, fire-victim and school fundraisers, shelters, a newsroom's "we" hiring note, a
foundation grant, a paper's farewell to subscribers) and invented appeal layouts (newsletter
one-liner above "Staff Writer", a box printed twice, a box without a call verb before share
widgets, standfirst and byline above a "free because" box, two boxes in one story).

Every sentence, outlet, person, place and number is ours; no run of more than a few words is copied
from the real pages. The modelled real outlet is noted in each outlet field. Like batches 29-31
`build_devset.py --batch32` takes each text as it stands and locates every gold appeal substring in
it (asserted unique); `--runon batch32` writes the copy with line breaks turned into spaces.
"""


from whole_documents import _doc


# --- Section 1: paraphrases of the probe's odd half -------------------------------------------

_CEDAR_TOP = "Independent reporting needs readers like you. Join the Cedar."

_SPIRAL_BOX1 = "\n".join([
    "Spiral Members read without ads. or Become one .",
    "Get the free Spiral newsletter:",
    "ideas and discovery for readers who like their prose done carefully.",
    "NL – Story speedbump",
])
_SPIRAL_BOX2 = "Spiral Members read without ads. Log in or Become one ."

_OKNO_END = "«Окно» в трудном положении — пожертвований до сих пор меньше, чем было до войны. Если к весне у нас не будет хотя бы 4 000 ежемесячных доноров, сокращения продолжатся. Кроме вас, читателей, «Окно» никто не вытянет.\nПомочь «Окну»"

_BRAISE_BOX = "\n".join([
    "🎉 Grâce aux membres du Cercle, l’équipe de Braise grandit encore ! Nous sommes TELLEMENT heureux·ses d’accueillir notre nouvelle collègue Jeanne Perrault, qui s’occupera de nos lectrices et lecteurs sur les réseaux et dans les rencontres ! Vos contributions = une équipe plus solide = un média plus utile !",
    "",
    ". Aidez un média qui garde la tête froide quand tout chauffe : rejoignez le Cercle pour nous permettre de vous informer encore mieux dans la période qui vient, et profitez des petits cadeaux que nous vous réservons en retour 💚",
])

_ROTE_FAHNE_PROMO = "60 Ausgaben Rote Zeile für 60 € 60 Ausgaben Rote Zeile für 60 €\n60 Ausgaben Rote Zeile für 60 €"

_LONESTAR_TOP = "Sign up for The Rundown, our weekday newsletter that keeps you current on the Texas news that matters most."
_LONESTAR_END = "We’re counting down to the 2023 Lone Star Ideas Fest, three days of big conversations about politics, policy and the news — in person and online, a short walk from the Capitol, Oct. 5-7. Ticket sales open in June, and Lone Star Ledger members get the best prices. Give today to join or renew."

_FORGE_TOP = "Our winter issue has landed. Gift subscriptions start at $6 when you use this link."
_FORGE_MID = "The Millstone is a home for the working-class left, publishing radical takes on politics, work and culture.\n\n12 Months | 4 Issues\nDigital Only\n12 Months | 4 Issues\nPrint + Digital"

_VOLGA_LINKS = "Подписаться на рассылку: https://forms.mailwave.io/a81c3e40d2\n\nПоддержать донатом: https://help.volgabereg.org/?utm_source=tg&utm_medium=channel&utm_ca"

_MORGENPOST_TOP = "Unterstützen Sie Journalismus für Leipzig! Ab 6,99 €"

_CLAIRVOIE_BOX = "Article en libre accès.\n\nPour aider Clairvoie je m’abonne"

_COMMONS_BOX = "Get our free Morning Read\n\nOne complete story, straight to your inbox, every weekday."

_LEDGER_ONELINER = "Sign up for Night Shift to get investigations like this one the moment they are published."

_ABENDBLATT_LINE = "Wir schenken Ihnen 6 Wochen Abendlicht Digital ➔"

_PRAIRIE_BOX = "We're growing an independent media network in Kansas to get working families’ stories told. Back us with a membership.\n\n7 + 5 ="

_LOTSE_TOP = "Werde LOTSE:Förderer"

SECTION1 = [
    _doc("p-cedar-archive-top", "appeal", "top",
         "Invented; modelled on The Tyee (one-line membership pitch above a week's story list)", "en", [
             _CEDAR_TOP,
             "",
             "Stories for week starting Monday, March 9, 2020",
             "",
             "",
             "Should the Province Just Buy the Ferry Fleet Back?",
             "",
             "The coastal routes were sold off for a song. Getting them back may be the cheaper option now.",
             "",
             "By Lorna Vasquez, Yesterday",
             "",
             "",
             "‘Last Train Home’ and the Comedy of Small-Town Ambition",
             "",
             "A film about failing upward that is, mercifully, very good at failing.",
             "",
             "By Desmond Akers, Yesterday",
             "",
             "",
             "The Engineer Who Wants to Pull Methane Out of Old Wells",
             "",
             "Her pilot plant near Prince Rupert is small. Her ambitions are not.",
             "",
             "By Tomasz Reiner, 12 Mar 2020",
             "",
             "",
             "Why a Kamloops Creek Matters to Three Nations",
             "",
             "Spawning numbers are falling, and restoration crews are racing the spring melt.",
             "",
             "By Anita Mehra, 12 Mar 2020",
             "",
             "",
             "Renters in Surrey Get a Surprise Win at Council",
             "",
             "A bylaw nobody expected to pass now protects tenants during rebuilds. Here’s what changes.",
             "",
             "By Owen Tatlow, 11 Mar 2020",
         ], [_CEDAR_TOP]),
    _doc("p-neg-ru-kollegi-sbor", "negative", "real",
         "Invented; modelled on Meduza (report on a fellow outlet's crowdfunding campaign)", "ru", [
             "Наши друзья из издания «Окно» начали новый сбор пожертвований.",
             "",
             "В этом году «Окно», которому исполнилось девять лет, едва сводит концы с концами. После 2022 года издание потеряло почти всех жертвователей из России. Чтобы продержаться, редакции пришлось закрыть студию, отказаться от офиса в Риге и расстаться с частью команды.",
             "",
             "Сейчас «Окно» ежемесячно поддерживают около трех тысяч человек. Чтобы редакция могла работать дальше, ей нужны еще две тысячи регулярных доноров.",
             "",
             "Журналисты прежде всего просят о помощи тех, у кого есть карты зарубежных банков, но уточняют, что переводы из России пока тоже принимают.",
             "",
             "Почему «Окно» важно? Девять лет издание пишет о пытках в колониях и о судьбах политзаключенных, а его база приговоров стала источником для правозащитников.",
         ]),
    _doc("p-spiral-top-middle", "appeal", "top",
         "Invented; modelled on Nautilus (member/newsletter widget under ADVERTISEMENT and a second member line mid-essay)", "en", [
             "ADVERTISEMENT",
             _SPIRAL_BOX1,
             "",
             "Nothing in my childhood was as satisfying as a brass plumb bob. It hung from its string like a tiny planet that had decided where down was, and when you set it swinging it traced a slow ellipse on the floor that seemed to know something about the turning of the Earth. My brothers used theirs to terrorise the cat; I used mine to find out whether the kitchen doorframe was straight, and it never was.",
             "",
             _SPIRAL_BOX2,
             "",
             "My mother ran the surveying program at a technical college on the edge of the Saskatchewan prairie for thirty-one years, and I spent my afternoons under her drafting tables until I was old enough to be trusted with the theodolite.",
             "",
             "The storeroom smelled of machine oil and pencil shavings. I decided early on that the tripods must be older than the building, because their legs were stamped with a company name that no longer existed anywhere else in the world.",
         ], [_SPIRAL_BOX1, _SPIRAL_BOX2]),
    _doc("p-neg-public-radio-giving-advice", "negative", "real",
         "Invented; modelled on NHPR/Poynter (should you donate to your public station? advice piece)", "en", [
             "After lawmakers voted last month to claw back money promised to public broadcasting, stations from coast to coast launched emergency appeals.",
             "Listeners largely answered. In Portland, KBRV collected almost $900,000 in two days. In Duluth, the small community station WLKR took in $140,000.",
             "That is encouraging, but it marks only the start of a hard adjustment for the whole system.",
             "People who study fundraising doubt that this burst of generosity will last. Hundreds of local stations will be going back to the same communities for more money all year, and public television will be asking too.",
             "So should you give to your local station? It helps to ask a few questions first. Here is a simple three-step check for judging what your station actually delivers. — Dana Whitcombe",
             "",
             "How do I know whether my local station is any good?",
             "Public broadcasting licences are held by a patchwork of universities, city governments and independent boards, and the stations they run differ widely in budget, staff and ambition.",
             "Would-be donors can use these questions to decide whether a gift to their station is money well spent.",
             "Is it really local?",
             "“Most people have no idea their town has already lost most of its reporters,” said Howard Lessing, who directs a coalition of local newsrooms.",
         ]),
    _doc("p-okno-sud-end", "appeal", "end",
         "Invented; modelled on Mediazona (court report ending with a plea paragraph and a bare 'help' link line)", "ru", [
             "14 мая Ленинский районный суд Твери отказал в замене наказания более мягким политзаключенному Илье Саввину. За месяц до заседания Саввин получил два выговора — сотрудникам колонии не понравилось, что он читал книгу во время построения.",
             "Корреспондент «Окна» Дарья Климова была на заседании и поговорила с матерью Саввина, которая приехала из Пскова поддержать сына.",
             _OKNO_END,
         ], [_OKNO_END]),
    _doc("p-braise-hebdo-top", "appeal", "top",
         "Invented; modelled on Vert (weekly letter: team-news donation box under the salutation)", "fr", [
             "L'hebdo",
             "",
             "Coup de chaud",
             "",
             "Bonjour à toutes et à tous,",
             "",
             _BRAISE_BOX,
             "",
             "",
             "Le mois d’août s’annonce brûlant, et pas seulement sur les thermomètres.",
             "",
             "",
             "Après un juin pluvieux, que nous réserve la fin de l’été ?",
             "",
             "Coup de chaud. Depuis lundi, le mercure dépasse les 33°C dans une bonne moitié des départements, et les nuits ne rafraîchissent presque plus. Un retournement brutal après plusieurs semaines de grisaille.",
             "",
             "Le printemps a pourtant été l’un des plus humides de la décennie, avec un ensoleillement nettement inférieur à la moyenne. Pourtant, malgré le ciel bas, le thermomètre a affiché en moyenne un peu plus que d’habitude.",
             "",
             "« Nous avons simplement perdu l’habitude de nos étés d’avant », résume la climatologue Hélène Marchal, jointe par téléphone.",
         ], [_BRAISE_BOX]),
    _doc("p-rotezeile-top", "appeal", "top",
         "Invented; modelled on junge Welt (subscription promo printed three times under the masthead, before the dateline and byline)", "de", [
             "Gegründet 1951 Donnerstag, 12. September 2024, Nr. 213",
             "Die Rote Zeile wird von 1930 GenossInnen herausgegeben",
             _ROTE_FAHNE_PROMO,
             "Aus: Ausgabe vom 31.08.2024, Seite 3 / Schwerpunkt",
             "",
             "Was bleibt von den Ostermärschen?",
             "",
             "Vier Beobachtungen zu einer alternden Bewegung",
             "Von Katrin Wollenhaupt",
             "marsch.jpg",
             "Ostermarsch in Hannover (1.4.2024)",
             "",
             "Wir dokumentieren hier einen Vortrag, den die Autorin im Juni auf einem Seminar des Bildungswerks Nord in Bremen gehalten hat. (RZ)",
             "",
             "1. Die Ostermärsche ziehen heute vor allem Menschen über sechzig an. Wer in den Achtzigern mit Zehntausenden durch Bonn lief, steht nun mit ein paar Hundert auf dem Marktplatz. Die Jüngeren engagieren sich eher in Klimagruppen, und die Gewerkschaften schicken allenfalls noch ein Grußwort. Dass die Bewegung dennoch nicht verschwunden ist, verdankt sie einer kleinen Zahl von Ortsgruppen, die seit Jahrzehnten jedes Frühjahr dieselben Flugblätter falten.",
         ], [_ROTE_FAHNE_PROMO]),
    _doc("p-neg-de-lokalportal-finanzierung", "negative", "real",
         "Invented; modelled on WOZ (media column on another city's reader-funded portal)", "de", [
             "Medienkolumne: Luzerner Gegenstimme",
             "",
             "Nr. 7 –",
             "",
             "«Seeblick» behauptet sich in der Luzerner Medienlandschaft. Das Modell mit Gönnerinnen und Mitgliedern scheint zu tragen.",
             "",
             "Zuerst fällt eine Umfrage auf: Welche Bäckerei macht den besten Zopf? Darunter eine Recherche über leere Wohnungen in der Altstadt, weiter unten ein Interview mit einer Pflegefachfrau, die nach zwanzig Jahren aufhört. Der erste Eindruck: verspielt und gründlich zugleich.",
             "",
             "Das Gratisportal «Seeblick» verzichtet fast ganz auf Werbung. Das Modell beruhe auf Verbundenheit, sagt Chefredaktorin Nadine Aebischer: Im Januar seien 400 neue Mitglieder dazugekommen. «Was die Leute wirklich wollen, ist Lokaljournalismus», sagt sie. Das ist die gute Nachricht.",
             "",
             "Gestartet ist «Seeblick» 2020 mit dem Geld einer Stiftung, als Nachfolger eines eingestellten Wochenblatts.",
         ]),
    _doc("p-lonestar-podcast-end", "appeal", "end",
         "Invented; modelled on The Texas Tribune (newsletter one-liner above a podcast blurb, festival/membership pitch at the end)", "en", [
             _LONESTAR_TOP,
             "Recommended Videos",
             "On this week’s show, Priya talks with Marcus and Lena about the lieutenant governor’s plan to cap property appraisals and the governor’s new order on water rights along the Rio Grande.",
             _LONESTAR_END,
         ], [_LONESTAR_TOP, _LONESTAR_END]),
    _doc("p-forge-home-top-middle", "appeal", "top",
         "Invented; modelled on Jacobin (homepage: gift-sub one-liner at top, tagline plus subscription tiers mid-page)", "en", [
             _FORGE_TOP,
             "",
             "Politics Is Not a Superhero Movie",
             "",
             "Centrists love caped crusaders because the genre promises that one good person with the right gadget can save the city — no movement required.",
             "",
             "Issue No. 18 Out Now!",
             "",
             "  • Issue No. 18",
             "  • Winter 2019",
             "",
             "Short Circuit",
             "",
             "In This Issue",
             "",
             "The Depot Strike",
             "",
             "Warehouse workers in Ohio won a contract nobody thought possible. How did they hold the line?",
             "",
             "",
             _FORGE_MID,
             "",
             "Why Libertarians Keep Quoting Tolstoy",
             "",
             "The novelist’s suspicion of the state has been borrowed by people who would have appalled him.",
         ], [_FORGE_TOP, _FORGE_MID]),
    _doc("p-volgabereg-telegram-top", "appeal", "top",
         "Invented; modelled on 7x7 (Telegram channel header: newsletter and donation links gold, 'Download Telegram' and reactions not)", "ru", [
             "Волжский берег — новости Поволжья",
             "28.7K subscribers",
             "15.2K photos",
             "4.91K videos",
             "2 files",
             "21.3K links",
             "volgabereg.org — новости и истории из Поволжья, а не из столицы.",
             "",
             "Написать редакции: @volgabereg_bot",
             "",
             _VOLGA_LINKS,
             "Download Telegram",
             "В Сызрани из-за прорыва теплотрассы без отопления остались 40 домов",
             "",
             "По словам главы города Алексея Прохорова, аварийные бригады работают с ночи. Жителям обещают дать тепло к вечеру.",
             "",
             "В двух школах отменили занятия, детей перевели на дистанционное обучение.",
             "😢31👍4🤔12",
             "Саратовскому активисту назначили 200 часов обязательных работ за пост о мобилизации",
             "",
             "Об этом сообщил сам Виктор Белоногов. Это уже третье дело против него.",
         ], [_VOLGA_LINKS]),
    _doc("p-morgenpost-checkpoint-top", "appeal", "top",
         "Invented; modelled on Tagesspiegel Checkpoint (weather/teaser lines, then a one-line support pitch before the letter)", "de", [
             "Sonnig bei bis zu 26°C",
             "",
             "Wasserrohrbruch am HauptbahnhofLeipzig öffnet zwei neue KitasDas Naturkundemuseum zeigt wieder Dinos",
             "",
             _MORGENPOST_TOP,
             "",
             "wir starten heute mit einem Brief von Sabine Ortlepp. Die Leiterin einer Geschäftsstelle am Amtsgericht schreibt, dass in ihrer Abteilung noch Faxgeräte aus den Neunzigern laufen, und zitiert einen alten Verwaltungsspruch: Was man nicht ändern muss, ändert man nicht. Ortlepp: „Dieser Satz hängt bei uns sinngemäß über jeder Tür.“",
             "",
             "Wir bleiben im Justizpalast und kommen zum Präsidenten des Landgerichts, der im Interview mit einer Lokalzeitung gesteht, dass er Modelleisenbahnen sammelt. Das erklärt vielleicht, warum er für Fahrpläne so viel Geduld aufbringt – die Digitalisierung der Akten jedenfalls fährt nach einem Plan, den niemand kennt.",
         ], [_MORGENPOST_TOP]),
    _doc("p-clairvoie-interview-top", "appeal", "top",
         "Invented; modelled on Mediapart (free-access notice with subscribe line after the standfirst, 'PDF' widget after)", "fr", [
             "« Ce réseau vit de la colère en ligne »",
             "",
             "Dans une enquête publiée en librairie, deux reporters d’un site lyonnais démontent la machine commerciale d’un influenceur identitaire et ses liens avec des élus locaux.",
             "",
             _CLAIRVOIE_BOX,
             "",
             "PDF",
             "",
             "Ancien animateur de radio devenu vendeur de stages de « survie », Marc Delattre a bâti en dix ans une petite entreprise de l’indignation qui revendique trois millions de vues par mois sur ses vidéos.",
             "",
             "Pour comprendre qui suit ce discours et pourquoi il prospère, les journalistes Inès Carrel et Paul Vidalenc ont passé deux ans à remonter ses comptes et ses réseaux. Ils racontent leur travail à Clairvoie.",
             "",
             "Vous écrivez que ses anciens proches ont peur de parler. Avez-vous subi des pressions ?",
             "",
             "Inès Carrel. Il a parlé de nous dans une vidéo avant même la sortie du livre.",
         ], [_CLAIRVOIE_BOX]),
    _doc("p-neg-fr-livre-media-independant", "negative", "real",
         "Invented; modelled on Le Média (report on an independent site's anniversary book and its funding worries)", "fr", [
             "« Nous sommes la marée. » Le titre du livre n’a pas été choisi au hasard : c’est aussi celui de la vidéo qui avait lancé le site, vue plus d’un million de fois.",
             "",
             "",
             "",
             "Indépendance et algorithmes",
             "",
             "",
             "",
             "Depuis 2013, Marée Haute publie ses articles sur l’écologie et les luttes sociales, lus dans tout l’espace francophone.",
             "",
             "Mais comme beaucoup de médias indépendants, le site bute sur la question du financement. Vivant uniquement des contributions de ses lecteurs, il dépend des réseaux sociaux pour être lu, et chaque changement d’algorithme se paie en audience. « Nous voulions laisser une trace sur papier, au cas où les plateformes nous fermeraient la porte », explique l’un des fondateurs.",
             "",
             "",
             "",
             "Couverture de « Nous sommes la marée »",
         ]),
    _doc("p-commons-anniversary-middle", "appeal", "middle",
         "Invented; modelled on openDemocracy (anniversary feature with a newsletter box between paragraphs)", "en", [
             "Home: Feature",
             "",
             "The Commons at 15: from the crash to the climate strikes",
             "",
             "In fifteen years the site has grown from a handful of bloggers into a platform for reporting and argument from six continents",
             "",
             "Ruth Okafor",
             "Ruth Okafor",
             "3 March 2023, 9.40am",
             "In the autumn of 2008, as banks failed one after another, The Commons posted its first article",
             "Archive photo / Stock Library",
             "",
             "The idea was hatched in a pub in Leeds by four friends who thought the financial crisis deserved better than the business pages.",
             "",
             "Plenty of people told them it would never work. Blogs were for diaries, they were told, and serious argument belonged in print.",
             "",
             _COMMONS_BOX,
             "",
             "Still, the early site looked very much like a pamphlet pasted onto a screen, with numbered editions and a monthly rhythm nobody could quite explain.",
             "",
             "Then, eight months in, something happened that forced a change of pace.",
         ], [_COMMONS_BOX]),
    _doc("p-neg-magazine-fundraising-target", "negative", "real",
         "Invented; modelled on New Statesman (blog post relaying another site's fundraising shortfall, with a quoted appeal)", "en", [
             "The Bridge needs your help",
             "",
             "The website is £40,000 away from its fundraising goal.",
             "",
             "The Bridge, the online magazine behind campaigns on housing and libraries, is just £40,000 short of the sum it says it needs to stay open.",
             "",
             "Like several similar projects it runs as a non-profit alternative to commercial outlets, and it ran up debts while expanding. It now has to raise £200,000 by the end of April:",
             "",
             "Our aim is to clear what we owe, pay the bills for this year and give our new editor time to find lasting funding. £200,000 will put The Bridge back on solid ground.",
             "",
             "Its editor, Samira Doyle, told me:",
             "",
             "Nobody pays for reading online, so we depend on people who value what we do. We have raised £160,000 so far, which shows many of you agree.",
             "",
             "Donations can be made on the site, and the charity that backs it can claim gift aid on them.",
         ]),
    _doc("p-neg-meme-banner-history", "negative", "real",
         "Invented; modelled on Know Your Meme (encyclopedia entry about a donation-banner meme)", "en", [
             "2014 Openpedia Donation Banner",
             "Part of a series on Openpedia. [View Related Entries]",
             "",
             "The 2014 Openpedia Donation Banner was a yellow strip shown above every article of the free reference site, carrying a plea that began “A quick note from our volunteers: we are the 2%.” After it appeared in December 2014, the banner became a template for jokes of the form “We are the 2% of (X) who (Y).”",
             "Because Openpedia is ad-free and run by a non-profit, it raises money every winter to pay for servers and staff. In 2014, volunteers tested dozens of banner wordings before settling on the version that asked each reader to give “the price of a coffee.”",
             "Notable Developments",
             "A quick note from (X)",
             "Within a week a browser add-on appeared that pasted the banner on top of every website. Parodies followed on forums and gaming sites, some replacing the volunteers with a tired-looking hamster.",
         ]),
    _doc("p-ledger-oneliner-top", "appeal", "top",
         "Invented; modelled on ProPublica (aggregator copy: newsletter one-liner glued to the partnership note)", "en", [
             "a Quieter Feed™",
             "",
             "The Ledger Project",
             "",
             "A Man Was Caught on Camera Setting the Fire. Five Years Later, He Still Hasn’t Been Tried.",
             "",
             "3 weeks 2 days ago",
             "",
             "This story was produced in partnership with the Tucson Courier. " + _LEDGER_ONELINER,
             "",
             "The footage was clear from the start. A man in a grey hoodie poured gasoline along the back wall of a laundromat in 2019, lit it, and walked off past a security camera that caught his face in full daylight.",
             "",
             "Yet the case against Darnell Wick has crawled through Pima County’s courts for more than five years, through nine defence lawyers and 41 continuances.",
             "",
             "“It’s a disgrace,” said Ana Ferrante, a former prosecutor who now studies court delays.",
         ], [_LEDGER_ONELINER]),
    _doc("p-abendkurier-briefing-top", "appeal", "top",
         "Invented; modelled on Tagesspiegel Checkpoint (e-mail briefing: teasers, byline, trial-offer one-liner, share widget at the end)", "de", [
             "+ Studie: Hamburg hat die meisten Ladesäulen pro Kopf + Einsturzgefahr: Turnhalle in Barmbek bleibt bis Ostern zu + Bürgerschaft: Niemand will die Wahlpannen gewesen sein +",
             "Newsletter im Browser öffnen.",
             "Abendlicht",
             "Kurzfassung",
             " ",
             "  Abendlicht Frühstück vom Mittwoch, 08.03.2023 | Regnerisch bei max. 9°C.  ",
             "  + Studie: Hamburg hat die meisten Ladesäulen pro Kopf + Einsturzgefahr: Turnhalle in Barmbek bleibt bis Ostern zu + Bürgerschaft: Niemand will die Wahlpannen gewesen sein +  ",
             "Jana Kühl",
             "von Jana Kühl",
             " ",
             _ABENDBLATT_LINE,
             " ",
             "  Guten Morgen,",
             "",
             "heute ist Weltfrauentag, und wie jedes Jahr wird viel über Gleichstellung geredet und wenig verändert. Die Reden klingen vertraut, die Zahlen leider auch.",
             " ",
             "     ",
             " ",
             "Weiterleiten: bei Facebook posten bei X posten über WhatsApp senden als E-Mail senden",
         ], [_ABENDBLATT_LINE]),
    _doc("p-neg-fr-relais-appel-autre-media", "negative", "real",
         "Invented; modelled on Acrimed (media-critique site relaying another outlet's donation appeal)", "fr", [
             "Accueil > Critiques > (...) > Presse indépendante",
             "",
             "Ces journaux qui ont besoin de nous : le mensuel Rocaille",
             "",
             "par Obsmédias,",
             "",
             "Comme Obsmédias, qui sollicite lui aussi régulièrement ses lecteurs, plusieurs titres indépendants traversent une passe financière difficile. Nous relayons ici l’appel du mensuel Rocaille, consacré aux luttes rurales et à l’agriculture, qui cherche du soutien (Obsmédias).",
             "",
             "Rocaille ne dépend ni d’un industriel, ni d’un milliardaire, ni de la publicité. C’est pour cela que Rocaille compte sur ses lecteurs. Si vous tenez à une presse qui ne doit rien à personne, soutenez Rocaille en faisant un don avant le 15 janvier.",
             "",
             "",
             "Le contexte",
             "",
             "La concentration des titres dans quelques mains n’a jamais été aussi forte, et les petits journaux ferment les uns après les autres.",
         ]),
    _doc("p-neg-fr-fonds-presse-beneficiaire", "negative", "real",
         "Invented; modelled on Le Postillon (local paper reporting a press fund grant and urging support for other papers)", "fr", [
             "Au printemps, Le Sonnailler a eu la chance d’être retenu par le Fonds Médias Debout, une association qui aide les journaux indépendants à consolider leur modèle économique. Ce financement nous sert à trouver de nouveaux points de vente dans les vallées autour de Chambéry (si vous connaissez un bar-tabac qui voudrait nous vendre, écrivez-nous). Cette année, le fonds organise sa propre collecte auprès du public, avec l’objectif de réunir 120 000 euros pour d’autres titres d’ici au 30 novembre.",
             "Sur les huit lauréats de l’an dernier, nous étions le seul journal papier. Heureusement, d’autres titres imprimés naissent encore : un trimestriel sur la montagne vient d’arriver en kiosque à Grenoble, et un mensuel savoyard fête ses dix ans. Longue vie à ces drôles d’entreprises qui impriment encore en 2024 !",
         ]),
    _doc("p-prairie-home-middle", "appeal", "middle",
         "Invented; modelled on Texas Signal (homepage author list, membership box with a captcha sum, then staff picks)", "en", [
             "May 2, 2023",
             "",
             "The Latest",
             "",
             "Top Authors",
             "",
             "Marla Hughes",
             "",
             "Editor at Large",
             "",
             "Devon Pratt",
             "",
             "Statehouse Reporter",
             "",
             "Ana Lucero",
             "",
             "Staff Writer",
             "",
             _PRAIRIE_BOX,
             "",
             "Politics & Culture",
             "",
             "Staff Picks",
             "",
             "Notes: Tired",
             "",
             "Notes: Tired",
             "",
             "Let me say up front that this is an opinion column and the views are mine. I have spent fifteen years knocking doors for candidates, and lately I have been counting what that cost me...",
         ], [_PRAIRIE_BOX]),
    _doc("p-lotse-thanks-top", "appeal", "top",
         "Invented; modelled on Kontext:Wochenzeitung (supporter button at top; the editors' thank-you after a finished campaign is article text)", "de", [
             _LOTSE_TOP,
             "Ausgabe 418",
             "Unsere Spendenaktion ist vorbei – und wir sagen: vielen, vielen Dank! Danke, dass Sie zur Lotse-Gemeinschaft gehören und unabhängige Lokalberichterstattung in Bremerhaven möglich machen. Mit Ihrem Rückhalt gehen wir zuversichtlich ins elfte Jahr.",
             "",
             "Auf dem Bild (von links): Merle Jansen, Tobias Kruse, Aylin Demir und Ole Harms. Foto: Inga Petersen",
             "Foto: Inga Petersen",
             "",
             "Rund 38.000 Euro sind bei der Aktion zusammengekommen. Das hätten wir nicht zu hoffen gewagt. Für dieses Jahr haben wir viel vor: eine Serie über den Hafenumbau, ein Schulprojekt und im Herbst ein Fest zum Zehnjährigen.",
         ], [_LOTSE_TOP]),
]


# --- Section 2: layouts of further real pages (EN) ---------------------------------------------

_SALTMARSH_NOTE = "\n".join([
    "It is Sunday morning and the house is quiet for once, so I wanted to use the moment to say thank you — for reading, for forwarding our pieces to your friends, and for the tips that keep arriving. And if you haven’t yet, I hope you will think about becoming a paying subscriber, because we want to hire.",
    "",
    "None of what we did this spring would have happened without you. Every monthly and yearly subscriber lets us take on one more story the big outlets won’t touch.",
])

_HOLLOWAY_DRIVE = "We say it often: readers pay for everything we publish. That is how we hired two new reporters this year and how the podcast exists at all. If you are not a member yet, this week of our Membership Drive is a fine time to join."

_BAYSIDE_BOX = "Support Local Reporting\nWith A Monthly Gift.\n\nThe Bayside Sentinel is a nonprofit paper with no billionaire owner. Your donation, even $5 a month, keeps a reporter at every council meeting. Please give what you can.\n\nThank you."

_RIDGELINE_DRIVE = "\n".join([
    "Spring Pledge Week: $300,000 and 400 New Members",
    "",
    "Since Washington cut its grant, Ridgeline Public Radio has lost $220,000 a year. This week we need to raise $300,000 and welcome 400 first-time givers before Friday at midnight.",
    "",
    "Every new gift will be doubled, up to $15,000, thanks to a match from the Alder Family Fund. Please forward this to a friend who listens and hasn’t given yet.",
])

_CIVIC_PLEA = "Traffic to our site has never been higher, but donations have dropped since the spring. Our five-person newsroom is stretched thin. If you count on the Civic Beacon, please give whatever you can so we reach $60,000 by December 31 and start the new year at full strength."

_SUNRISE_NEWSLETTER = "Get the Sunrise Brief in your inbox every weekday at 6 a.m. Sign up free."

_TIDEWATER_BOX = "Tidemark Times reporting is free to read because 2,300 members pay for it. Join them today and keep it that way."

_NOCALL_BOX = "Reader support is the only reason this newsroom exists. More than 4,100 members fund every story on this page, and no advertiser sees it before you do."

_FREE_BECAUSE = "Nothing here sits behind a paywall: readers cover the cost. Become a Pocketbook Weekly sustainer for $7 a month."

_EN_APPEALS = [
    _doc("n-saltmarsh-letter-top", "appeal", "top",
         "Invented; modelled on The Lever (editor's Sunday thank-you note asking for paid subscriptions, above the digest)", "en", [
             "The Saltmarsh Letter",
             "",
             "A note from the editor",
             "",
             _SALTMARSH_NOTE,
             "",
             "This week’s must-reads",
             "",
             "How a utility lobbyist wrote the state’s new rate rules. Our reporter Kira Mendez obtained the drafts, and the tracked changes came from a company email address.",
             "",
             "Why the port authority keeps approving leases at a loss — and who gains from it.",
         ], [_SALTMARSH_NOTE]),
    _doc("n-holloway-drive-end", "appeal", "end",
         "Invented; modelled on Talking Points Memo (editor's blog post on free memberships, drive pitch at the end)", "en", [
             "Some Housekeeping on Free Memberships",
             "",
             "By Ellen Park",
             "",
             "A few years ago we started handing out free memberships to students and to readers who told us they couldn’t afford one. About 900 people hold one now.",
             "",
             "One of them, a retired bus driver in Ohio, wrote in this week to say the site had helped him follow his town’s water fight. He asked us to share his note, and we will in tomorrow’s newsletter.",
             "",
             _HOLLOWAY_DRIVE,
         ], [_HOLLOWAY_DRIVE]),
    _doc("n-bayside-council-end", "appeal", "end",
         "Invented; modelled on Cape May Standard (local story followed by a 'support local reporting with a monthly gift' box)", "en", [
             "Council Delays Vote on Boardwalk Repairs",
             "",
             "By Terry Lomax, Staff Writer",
             "",
             "The Bayside council put off a vote on $2.4 million in boardwalk repairs Tuesday after residents packed the meeting to object to the contractor’s bid.",
             "",
             "Councilwoman Rita Sandoval said she wanted a second estimate before summer. The item returns on June 4.",
             "",
             _BAYSIDE_BOX,
         ], [_BAYSIDE_BOX]),
    _doc("n-ridgeline-pledge-top", "appeal", "top",
         "Invented; modelled on WVTF (station's own fund-drive notice above programme news)", "en", [
             _RIDGELINE_DRIVE,
             "",
             "Schedule changes this week",
             "",
             "Morning Edition will run without pledge breaks on Wednesday so we can carry the governor’s budget address live at 10 a.m.",
             "",
             "The Saturday folk hour moves to 8 p.m. for the next two weeks.",
         ], [_RIDGELINE_DRIVE]),
    _doc("n-civic-beacon-middle", "appeal", "middle",
         "Invented; modelled on a local nonprofit newsroom's pandemic-era email (goal plea between news items)", "en", [
             "The Civic Beacon | Weekly Roundup",
             "",
             "County health officials confirmed 38 new cases this week, most of them in two nursing homes on the east side.",
             "",
             _CIVIC_PLEA,
             "",
             "School board: The board voted 4-3 to keep remote classes through January. Parents on both sides spoke for more than two hours.",
             "",
             "Housing: The eviction moratorium ends Friday. Here is where tenants can find legal help.",
         ], [_CIVIC_PLEA]),
    _doc("n-sunrise-oneliner-end", "appeal", "end",
         "Invented; modelled on a metro daily's web article (newsletter one-liner and 'Staff Writer' junk at the end)", "en", [
             "Heat Advisory Extended Through Sunday",
             "",
             "Temperatures are expected to top 104 degrees again Saturday, and the city will keep its seven cooling centers open until 10 p.m.",
             "",
             "Officials urged residents to check on older neighbours and to keep pets indoors during the afternoon.",
             "",
             _SUNRISE_NEWSLETTER,
             "",
             "Jorge Alcalá",
             "Staff Writer",
         ], [_SUNRISE_NEWSLETTER]),
    _doc("n-tidewater-twice-end", "appeal", "end",
         "Invented; modelled on a reader-funded local site whose footer box is scraped twice", "en", [
             "Ferry Service Cut to Three Runs a Day",
             "",
             "The state ferry to Gull Island will drop to three daily crossings from next month, the transit agency said, citing a shortage of licensed captains.",
             "",
             "Islanders said the change would make it hard to keep medical appointments on the mainland.",
             "",
             _TIDEWATER_BOX + "\n\n" + _TIDEWATER_BOX,
         ], [_TIDEWATER_BOX + "\n\n" + _TIDEWATER_BOX]),
    _doc("n-nocall-paragraph-end", "appeal", "end",
         "Invented; modelled on a member-funded newsroom whose end box has no call verb", "en", [
             "Library Board Reverses Ban on Teen Book Display",
             "",
             "After three weeks of protest, the Millbrook library board voted unanimously Thursday to restore a display of young-adult novels it had removed in March.",
             "",
             "“We moved too fast,” board chair Helen Ostrowski said.",
             "",
             _NOCALL_BOX,
             "",
             "Share this:",
             "Facebook",
             "Email",
         ], [_NOCALL_BOX]),
    _doc("n-standfirst-byline-box-top", "appeal", "top",
         "Invented; modelled on a nonprofit explainer site (standfirst and byline kept above a 'free because' box)", "en", [
             "What the new tariff means for your grocery bill",
             "",
             "Coffee, bananas and canned fish will cost more by summer. Here is how much.",
             "",
             "By Priyanka Nair | Updated April 3, 2025, 11:02 a.m.",
             "",
             _FREE_BECAUSE,
             "",
             "The 12 percent import duty takes effect on May 1 and applies to most foods that are not grown domestically.",
             "",
             "Economists at Harlan University estimate the average household will pay about $140 more a year.",
         ], [_FREE_BECAUSE]),
    _doc("n-two-boxes-mixed", "appeal", "middle",
         "Invented; modelled on a regional magazine with a newsletter line mid-story and a membership ask at the end", "en", [
             "The Last Dairy in Harlow County",
             "",
             "Photographs by Sam Ocampo",
             "",
             "At 4:30 a.m. the lights come on in Ben Vetter’s barn, the way they have for 61 years.",
             "",
             "Want more stories from the back roads? Get Field Notes, our free Friday email.",
             "",
             "Vetter milks 80 cows with his daughter Carla. Milk prices have fallen for three years running, and the co-op that buys from him has cut its price twice since January.",
             "",
             "“If it were just me, I’d have sold,” he said.",
             "",
             "Harlow Quarterly is published by a nonprofit and paid for by 1,800 members. Join them for $8 a month.",
         ], ["Want more stories from the back roads? Get Field Notes, our free Friday email.",
             "Harlow Quarterly is published by a nonprofit and paid for by 1,800 members. Join them for $8 a month."]),
]

_EN_NEGATIVES = [
    _doc("n-neg-stations-beat-goals", "negative", "real",
         "Invented; modelled on Lawrence Journal-World (report: public radio stations beat fall pledge goals)", "en", [
             "Public stations top their fall pledge goals",
             "",
             "Autumn pledge drives have brought in more than expected at the region’s public radio stations.",
             "",
             "“We’re past our goal and pledges are still coming in,” said Rhonda Keel, membership director at KVLR. The station had hoped for $120,000 and had collected $131,000 by Monday.",
             "",
             "Prairie Public Radio raised $96,400 in eight days, its best fall drive. Station manager Luis Ortega said many callers asked to give time instead of money.",
             "",
             "Donors who pledge become members and can ask that their gift support particular programs.",
         ]),
    _doc("n-neg-friendraiser-tv", "negative", "real",
         "Invented; modelled on a TV station's web story about a public radio 'Friendraiser', ending with a relayed donate line", "en", [
             "Radio 88 asks for 500 pledges",
             "",
             "Radio 88 is hoping for 500 pledges during this month’s listener drive.",
             "",
             "The station carries no commercials, so listeners pay most of the bills.",
             "",
             "“Nobody likes asking for money, but our listeners know their gifts are what you hear on air,” station manager Gail Bergstrom said.",
             "",
             "By Tuesday evening the station had 212 pledges. In lean years, Bergstrom said, it has had to drop programs.",
             "",
             "To pledge, listeners can call the station or visit its website.",
         ]),
    _doc("n-neg-record-pledge-university", "negative", "real",
         "Invented; modelled on a university bulletin reporting its station's record pledge drive", "en", [
             "Campus Record, October 30",
             "",
             "Listeners pledge record sum to WKRU",
             "",
             "WKRU raised $372,000 in a seven-day drive that ended Oct. 21, beating last year’s record by $60,000 despite a shorter campaign.",
             "",
             "“Our listeners came through again,” said station director Paul Amundsen. Matching gifts from two local employers added $41,000.",
             "",
             "The money will pay program fees, which rose 18 percent this year.",
         ]),
    _doc("n-neg-campaign-email-quoted", "negative", "real",
         "Invented hard negative modelled on campaign-finance reporting that quotes fundraising emails", "en", [
             "Senate hopeful’s emails promise ‘5x matches’ that don’t exist",
             "",
             "By Marcus Bell",
             "",
             "“Chip in $5 before midnight and your gift will be matched FIVE times,” read an email sent Sunday by the campaign of Senate candidate Rob Keating.",
             "",
             "Campaign finance experts say no such match exists. Filings show Keating raised $3.1 million last quarter, about a third from small donors answering messages like this one.",
             "",
             "A spokeswoman said the emails were “standard industry practice.”",
         ]),
    _doc("n-neg-food-bank-appeal", "negative", "real",
         "Invented hard negative (news report on a food bank's holiday appeal with a relayed how-to-give line)", "en", [
             "Food bank short 40,000 meals ahead of holidays",
             "",
             "The Tri-County Food Bank says donations are down 22 percent from last year while demand keeps rising.",
             "",
             "“Please, if you can spare a can or ten dollars, now is the time,” director Aisha Grant said at a press conference Monday.",
             "",
             "Drop-off bins are at all Halvorsen’s grocery stores through Dec. 20. Donations can also be made online.",
         ]),
    _doc("n-neg-blog-pay-for-news", "negative", "real",
         "Invented; modelled on a personal blog urging readers to pay for other outlets", "en", [
             "Pay for your news. Here’s where to start.",
             "",
             "Since 2005 this country has lost thousands of newspapers. When nobody covers the school board, nobody notices when the money disappears.",
             "",
             "Not every outlet deserves your money, but these do:",
             "",
             "Your local paper. Whoever still covers your city council needs subscribers.",
             "Your public radio station. Local news there is getting rare, and gifts are tax-deductible.",
             "Statehouse nonprofits. Many states now have one; most are free to read and funded by readers.",
             "",
             "I give to four of them. It costs me less than one streaming service.",
         ]),
    _doc("n-neg-newsroom-we-hire", "negative", "real",
         "Invented hard negative (newsroom 'we' announcement of a new hire, no appeal)", "en", [
             "We’re expanding our statehouse team",
             "",
             "We are pleased to announce that Delia Frost will join the Gazette on Monday as our second statehouse reporter.",
             "",
             "Frost spent six years at the Capitol Wire, where she broke the story of the pension fund’s hidden fees. She will cover the legislature and state agencies.",
             "",
             "“We promised readers more scrutiny of how their tax money is spent, and this is part of keeping that promise,” editor Sam Whitley said.",
         ]),
    _doc("n-neg-foundation-grant", "negative", "real",
         "Invented hard negative (foundation grant to a nonprofit newsroom reported)", "en", [
             "Foundation gives $2 million to rural news startup",
             "",
             "The Kestrel Foundation said Wednesday it will give $2 million over four years to High Plains Report, a nonprofit that covers 30 rural counties.",
             "",
             "The newsroom, founded in 2021, currently has six reporters and relies on about 2,000 individual donors. Its director, Maya Two Bulls, said the grant would fund three new positions.",
             "",
             "“Readers still pay for most of what we do,” she said.",
         ]),
    _doc("n-neg-fire-crowdfunding", "negative", "real",
         "Invented hard negative (crowdfunding for fire victims reported)", "en", [
             "Neighbors raise $210,000 for families burned out of apartments",
             "",
             "An online fundraiser for the 14 families displaced by last week’s fire on Alder Street has passed $210,000.",
             "",
             "“We just wanted people to have something when they walk out of the shelter,” said organizer Jenna Ruiz, whose campaign page asks visitors to “give what you can, share if you can’t.”",
             "",
             "The Red Cross is also accepting donations for the families.",
         ]),
    _doc("n-neg-paper-final-edition", "negative", "real",
         "Invented hard negative (report on a weekly's closure quoting its farewell to subscribers)", "en", [
             "After 112 years, the Dunmore Courier prints its last edition",
             "",
             "The Dunmore Courier published its final issue Thursday, ending a run that began in 1913.",
             "",
             "“To every subscriber who stuck with us: thank you. You kept us going longer than the numbers said we could,” publisher Nora Kell wrote on the front page.",
             "",
             "The paper had about 1,900 subscribers, down from 6,000 two decades ago.",
         ]),
    _doc("n-neg-pta-fundraiser", "negative", "real",
         "Invented hard negative (school fundraising drive reported, with a parent's quoted ask)", "en", [
             "Parents raise $48,000 to save elementary music program",
             "",
             "When the district cut its music budget, parents at Lincoln Elementary set a goal of $45,000 in six weeks. They passed it on Friday.",
             "",
             "“We told every family: if you can give, give; if you can’t, come to the bake sale,” PTA president Omar Haddad said.",
             "",
             "The money will pay a part-time teacher through June.",
         ]),
]


# --- Section 2: DE ----------------------------------------------------------------------------

_ANZEIGER_LINE = "Den Anzeiger bezahlen allein seine Leserinnen und Leser: ein Onlinemagazin über Politik, Wirtschaft und Kultur, werbefrei und niemandem verpflichtet. Werden Sie jetzt Abonnentin oder Mitglied!"

_FRUEHPOST_LINE = "Sie lesen die FRÜHPOST, den Morgen-Newsletter der Stadtblatt-Redaktion. Hier können Sie sich anmelden:"

_KOLUMNE_LINE = "Abonnieren Sie Helga Brandstetters Wochenkolumne:"

_TALBOTE_BOX = "Unabhängiger Lokaljournalismus kostet Geld. Jetzt den Auenboten unterstützen – schon ab 5 € im Monat."

_DE_DOCS = [
    _doc("n-anzeiger-oneliner-top", "appeal", "top",
         "Invented; modelled on Republik (reader-funded pitch line right after standfirst and byline)", "de", [
             "Rauchen, aber bitte frei",
             "",
             "Warum die Tabaklobby in Bern so leichtes Spiel hat – und wer davon profitiert.",
             "",
             "Eine Recherche von Simon Grob, 14.02.2023",
             "",
             _ANZEIGER_LINE,
             "",
             "Archivbild/Keystone",
             "",
             "Nein, Ständerat Urs Kälin raucht nicht. Eine Zigarre an Silvester, sagt er, mehr nicht.",
             "",
             "An einem grauen Morgen im Januar sitzt er im Medienzentrum des Bundeshauses und erklärt, warum er gegen das Werbeverbot kämpft.",
         ], [_ANZEIGER_LINE]),
    _doc("n-fruehpost-newsletter-middle", "appeal", "middle",
         "Invented; modelled on FALTER.morgen (newsletter self-description and sign-up line between the editor's greeting and an ad)", "de", [
             "Hitze, Hochwasser, Hausverstand – FRÜHPOST #412",
             "",
             "Versendet am 12.07.2023",
             "",
             "Wetterbericht: Heute heiß und schwül, am Abend drohen Gewitter. Morgen wird es etwas kühler.",
             "",
             "Guten Morgen!",
             "",
             "Kennen Sie das? Im Büro läuft der Ventilator, draußen schmilzt der Asphalt, und im Radio sagt jemand, das sei eben Sommer. Wir haben nachgefragt, wie heiß es in der Stadt wirklich wird.",
             "",
             "Einen schönen Tag wünscht Ihnen",
             "",
             "Marlene Aigner",
             "",
             "",
             _FRUEHPOST_LINE,
             "",
             "ANZEIGE – GRÜNER STROM FÜR ALLE",
             "",
             "Der Donaukanal bekommt bis 2025 zwölf neue Badestellen, teilte das Rathaus mit.",
         ], [_FRUEHPOST_LINE]),
    _doc("n-kolumne-abo-line-top", "appeal", "top",
         "Invented; modelled on a Falter blog column (subscribe-to-column line under the byline)", "de", [
             "Warum uns der Hafenstreik in Rotterdam angeht",
             "",
             "Wirtschaftskolumne. Notizen aus der Lieferkette 88",
             "",
             "Helga Brandstetter",
             "am 02.05.2023",
             "",
             _KOLUMNE_LINE,
             "",
             "Seit zehn Tagen liegen in Rotterdam mehr als vierzig Frachter auf Reede. Der Gastbeitrag des Logistikforschers Jan de Wit erklärt, warum das in Linz genauso spürbar wird wie in Lyon. H. B.",
         ], [_KOLUMNE_LINE]),
    _doc("n-talbote-end-share", "appeal", "end",
         "Invented; modelled on a German local paper (support box glued before the share widgets)", "de", [
             "Gemeinderat stimmt für neuen Radweg nach Obertal",
             "",
             "Von Lukas Ebert",
             "",
             "Mit 14 zu 9 Stimmen hat der Gemeinderat am Dienstag den Bau eines Radwegs entlang der Kreisstraße beschlossen. Die Kosten von 1,8 Millionen Euro trägt zur Hälfte das Land.",
             "",
             "Die Bauarbeiten sollen im Frühjahr beginnen.",
             _TALBOTE_BOX,
             "Teilen: Facebook WhatsApp E-Mail",
         ], [_TALBOTE_BOX]),
    _doc("n-neg-de-newsletter-start", "negative", "real",
         "Invented; modelled on Horizont (trade news about a magazine launching a morning newsletter)", "de", [
             "„Der Morgen“: Wochenecho startet Frühnewsletter",
             "",
             "Nach anderen Verlagen verschickt nun auch das „Wochenecho“ einen täglichen Newsletter. Ab Montag erhalten Abonnenten um 6 Uhr ein kurzes Briefing aus der Chefredaktion.",
             "",
             "„Wir sagen Ihnen vor dem ersten Kaffee, was heute wichtig wird“, sagt Chefredakteurin Ines Morawe. Der Newsletter solle Leser auch zum Digitalabo führen.",
             "",
             "Anmelden können sich Interessierte auf der Website des Magazins.",
         ]),
    _doc("n-neg-de-newsletter-analyse", "negative", "real",
         "Invented; modelled on a media-trade analysis of editors' newsletters", "de", [
             "Post vom Chef: Was die Morgen-Newsletter taugen",
             "",
             "Sie kommen vor sechs Uhr, sie duzen nicht, und sie enden fast immer mit einem Hinweis aufs Abo: Die Newsletter der Chefredakteure erleben eine Renaissance.",
             "",
             "Für Verlage sind sie mehr als Service. „Der Newsletter soll Rituale schaffen und auf bezahlte Angebote hinweisen“, sagt ein Digitalchef, der nicht namentlich genannt werden möchte.",
             "",
             "Wir haben fünf davon zwei Wochen lang gelesen.",
         ]),
    _doc("n-neg-de-tafel-aufruf", "negative", "real",
         "Invented hard negative (report on a food bank's donation call, quoted)", "de", [
             "Tafel Kassel bittet um Spenden",
             "",
             "Die Kasseler Tafel versorgt inzwischen fast 3.000 Menschen pro Woche – doppelt so viele wie vor zwei Jahren. Die Lebensmittelspenden der Supermärkte reichen nicht mehr.",
             "",
             "„Wer kann, möge uns bitte mit Geld oder haltbaren Lebensmitteln helfen“, sagt die Vorsitzende Birgit Sauer. Spenden nimmt der Verein werktags in der Ausgabestelle an der Holländischen Straße entgegen.",
         ]),
    _doc("n-neg-de-parteispenden", "negative", "real",
         "Invented hard negative (campaign finance: party donations report)", "de", [
             "Großspenden: Parteien erhalten 4,2 Millionen Euro im ersten Halbjahr",
             "",
             "Die Bundestagsparteien haben im ersten Halbjahr Großspenden von zusammen 4,2 Millionen Euro erhalten. Das geht aus den Veröffentlichungen der Bundestagsverwaltung hervor.",
             "",
             "Die größte Einzelspende von 500.000 Euro kam von einem Maschinenbauer aus Baden-Württemberg. Transparenzinitiativen fordern seit Jahren eine niedrigere Meldegrenze.",
         ]),
    _doc("n-neg-de-foerderverein-freibad", "negative", "real",
         "Invented; modelled on Kontext's short 'Extra' items (one about a swimming-pool support club raising money)", "de", [
             "EXTRA:",
             "Förderverein rettet Freibad",
             "",
             "Das Freibad in Unterweiler öffnet auch diesen Sommer. Der Förderverein hat in sechs Wochen 84.000 Euro gesammelt, genug für die neue Filteranlage. „Jeder Euro zählt, haben wir gesagt, und die Leute haben es ernst genommen“, sagt Vereinschefin Doris Maurer. (18.5.2024)",
             "",
             "",
             "Stadtbahn: Ausschreibung verzögert sich",
             "",
             "Die Ausschreibung für die Verlängerung der Linie U9 verzögert sich um ein weiteres Jahr.",
         ]),
]

# --- Section 2: FR ----------------------------------------------------------------------------

_FOUDRE_PITCH = "Tout ce que nous publions est gratuit, parce que l’info locale doit rester lisible par tout le monde. Mais enquêter sérieusement prend du temps et coûte de l’argent, surtout quand on ne dépend d’aucun actionnaire… Que ça continue ? Ça dépend de vous :"

_JOURNEES_CALL = "Alors, si vous n’avez pas (ou plus) d’abonnement, prenez-en un, reprenez-le, ou envoyez-nous un don (déductible à 66 %).\n\nSi vous l’êtes déjà, merci, et restez-le ! Vous pouvez aussi passer à la formule de soutien."

_RUE_BOX = "Notre financement participatif en est à 21 % à trois semaines de la fin. C’est tout ou rien : sans les 30 000 euros, chaque don sera remboursé. Contribuez et partagez la campagne autour de vous."

_LETTRE_LINE = "Chaque lundi, le meilleur de l’actualité des médias arrive dans votre messagerie : il suffit de laisser votre adresse ici."

_FR_DOCS = [
    _doc("n-foudre-pitch-top", "appeal", "top",
         "Invented; modelled on Le Poing (category page: 'our articles are free' pitch ending in a colon, above a short item)", "fr", [
             "Catégorie : Luttes locales",
             "",
             _FOUDRE_PITCH,
             "Une quarantaine de personnes se sont réunies mardi soir devant la mairie de Nîmes pour soutenir les locataires de la résidence des Acacias, menacés d’expulsion. Le tribunal doit se prononcer le 12 juin.",
             "",
             "Lire la suite",
         ], [_FOUDRE_PITCH]),
    _doc("n-journees-fin-campagne-end", "appeal", "end",
         "Invented; modelled on Les Jours (campaign wrap-up: thanks are article text, only the closing call is gold)", "fr", [
             "Campagne à moitié pleine",
             "",
             "Notre campagne d’abonnements n’a pas atteint l’objectif de 1 500 nouveaux abonnés. Nous en avons gagné 800 : ce n’est pas rien, et merci à chacune et chacun d’entre vous, comme à celles et ceux qui nous ont fait un don (14 000 euros au total).",
             "",
             "Une campagne, c’est un moment où l’on sollicite beaucoup nos lecteurs ; elle ne peut pas durer toujours. Mais comme deux procès en diffamation nous coûtent cher en frais d’avocat, nous laissons la porte ouverte quelques semaines de plus.",
             "",
             _JOURNEES_CALL,
         ], [_JOURNEES_CALL]),
    _doc("n-rue-metz-crowdfunding-end", "appeal", "end",
         "Invented; modelled on Rue89 Bordeaux (local site's article with its own crowdfunding box at the end)", "fr", [
             "Le parking du Pontiffroy fermera six mois pour travaux",
             "",
             "Par Claire Mansuy",
             "",
             "Le parking souterrain du Pontiffroy fermera du 1er septembre à fin février, a annoncé la métropole. Les 420 abonnés seront orientés vers le parking de la gare.",
             "",
             "Les commerçants du quartier craignent une baisse de fréquentation avant les fêtes.",
             "",
             _RUE_BOX,
         ], [_RUE_BOX]),
    _doc("n-mediaslettre-neg-plus-line", "appeal", "end",
         "Invented; modelled on rslnmag (article about a daily's crowdfunding = news, but the site's own newsletter line at the end is gold)", "fr", [
             "Le financement participatif au chevet d’un quotidien",
             "",
             "15 mars 2024",
             "",
             "Les salariés du Courrier du Sud-Ouest, placé en redressement judiciaire, cherchent à racheter leur journal. Sur les 250 000 euros visés sur une plateforme de dons, ils en ont déjà réuni 270 000.",
             "",
             "« Des lecteurs de toute la France nous ont écrit », raconte la journaliste Léa Fontanel. Le combat n’est pas fini : la reprise doit encore être validée par le tribunal.",
             "",
             _LETTRE_LINE,
         ], [_LETTRE_LINE]),
    _doc("n-neg-fr-satirique-j7", "negative", "real",
         "Invented; modelled on a weekly's brief about a satirical paper's crowdfunding countdown (quoted team)", "fr", [
             "La Pétoire, J-5",
             "",
             "Début mars, le journal satirique La Pétoire lançait une souscription en ligne pour revenir en kiosque après trois ans d’absence. Objectif : 9 000 euros pour imprimer deux numéros.",
             "Il lui reste cinq jours pour réunir les 12 % manquants, soit un peu plus de 1 000 euros.",
             "« On est passés par toutes les émotions, confie l’équipe. Mais tant qu’on n’est pas à 100 %, rien n’est gagné. Aidez-nous à franchir la ligne ! »",
         ]),
    _doc("n-neg-fr-trimestriel-ulule", "negative", "real",
         "Invented; modelled on a trade letter's brief about an overseas quarterly's crowdfunding", "fr", [
             "Le trimestriel Lagon lance une collecte de 40 jours sur une plateforme participative pour rester indépendant. Créé en 2020, le titre veut donner de la visibilité aux territoires du Pacifique avec des enquêtes au long cours.",
             "",
             "Sa rédactrice en chef, Maïa Tehei, rappelle que la revue ne vit que de ses ventes et de ses abonnements.",
         ]),
    _doc("n-neg-fr-crowdfunding-panorama", "negative", "real",
         "Invented; modelled on a journalism-school report on crowdfunding for the press", "fr", [
             "Quand les lecteurs financent l’info",
             "",
             "Faute d’argent, de plus en plus de médias se tournent vers le financement participatif. Suffisant ? Rien n’est moins sûr.",
             "",
             "En 2017, deux reporters indépendants ont réuni 7 000 euros pour un documentaire sur les mines de lithium au Portugal. Depuis, les campagnes se sont multipliées.",
             "",
             "« Une collecte réussie paie un lancement, pas dix ans de salaires », prévient l’économiste des médias Bruno Laval.",
         ]),
    _doc("n-neg-fr-telethon-bilan", "negative", "real",
         "Invented hard negative (charity telethon results reported, organisers' thanks quoted)", "fr", [
             "Téléthon : 2,1 millions d’euros de promesses de dons dans la région",
             "",
             "Les promesses de dons recueillies ce week-end dans les cinq départements dépassent de 8 % celles de l’an dernier.",
             "",
             "« Merci à tous les bénévoles et à tous les donateurs », a déclaré la coordinatrice régionale Sylvie Berthelot. Les dons restent possibles jusqu’à fin janvier.",
         ]),
    _doc("n-neg-fr-comptes-campagne", "negative", "real",
         "Invented hard negative (campaign finance: candidate's accounts rejected)", "fr", [
             "Municipales : les comptes de campagne d’un candidat rejetés",
             "",
             "La commission des comptes de campagne a rejeté ceux de Frédéric Amiel, candidat malheureux à Valence, pour un dépassement de plafond de 14 000 euros.",
             "",
             "En cause, des dons de particuliers supérieurs au maximum légal de 4 600 euros, collectés lors d’un dîner de soutien.",
         ]),
]

# --- Section 2: RU ----------------------------------------------------------------------------

_PRAVDA_BOX = "— «Сквозняку» нужна ваша помощь! Власти отобрали у нас лицензию, заблокировали сайт и выжили рекламодателей. Но мы продолжаем работать: ведем сайт, телеграм и ютуб-канал. Чтобы продолжать, нам нужны люди, которые помогают редакции регулярными пожертвованиями. Это просто и безопасно. Поддержать «Сквозняк»!"

_TG_END = "Поддержать нас: https://boosty.example/severny\nПодписаться: @severny_kray"

_RASSYLKA_LINE = "Подпишитесь на вечернюю рассылку «Сквера» — главное за день в одном письме."

_HOLODOK_END = "«Стужа» работает только благодаря читателям. Более 3 000 человек каждый месяц оплачивают наши репортажи — без рекламы и без государственных денег."

_RU_DOCS = [
    _doc("n-pryamaya-rech-top", "appeal", "top",
         "Invented; modelled on Novaya Gazeta (marathon note above, 'we need your help' box at top of the text)", "ru", [
             "Этот текст 5 ноября вошел в «Марафон читателей» на ютуб-канале редакции.",
             _PRAVDA_BOX,
             "",
             "Жители поселка Горный под Читой третий месяц живут без нормальной воды: после аварии на водоводе ее привозят в бочках два раза в неделю. Администрация обещает закончить ремонт к зиме.",
         ], [_PRAVDA_BOX]),
    _doc("n-severny-tg-end", "appeal", "end",
         "Invented; modelled on a regional Telegram channel post ending with support and subscribe links", "ru", [
             "В Мурманске закрыли последнюю детскую поликлинику на Абрам-мысе",
             "",
             "Жителям предлагают ездить на прием в центр города — это почти час на автобусе. В минздраве области говорят, что здание требует капитального ремонта.",
             "",
             "Родители собрали 1 200 подписей за сохранение поликлиники.",
             "",
             _TG_END,
             "👍 18 😡 64",
         ], [_TG_END]),
    _doc("n-skver-rassylka-middle", "appeal", "middle",
         "Invented; modelled on a city media site with a newsletter one-liner between paragraphs", "ru", [
             "В Казани начнут штрафовать за парковку на газонах с помощью камер",
             "",
             "С 1 июня камеры на трех улицах начнут фиксировать автомобили, припаркованные на газонах. Штраф составит 3 000 рублей.",
             "",
             _RASSYLKA_LINE,
             "",
             "В мэрии говорят, что за прошлый год на газоны жаловались более 4 тысяч раз.",
         ], [_RASSYLKA_LINE]),
    _doc("n-stuzha-interview-end", "appeal", "end",
         "Invented; modelled on Holod (interview ending with an appeal paragraph that has no call verb)", "ru", [
             "Бывшая ведущая госканала Анна Ремизова уже полгода работает в независимом издании. «Стуже» она рассказала, почему ушла.",
             "Чем для вас закончился уход?",
             "— Штрафом и допросом. Больше пока ничего, но они ждут повода.",
             "Вы жалеете?",
             "— Ни дня.",
             "",
             _HOLODOK_END,
         ], [_HOLODOK_END]),
    _doc("n-neg-ru-blog-podderzhite-zhurnal", "negative", "real",
         "Invented; modelled on a blogger's post urging readers to support another magazine fined by the state", "ru", [
             "Журнал «Полынь» объявил сбор после штрафа в 18 млн рублей.",
             "Сумма огромная. Сроки короткие.",
             "Я уже перевел журналу 2 000 рублей.",
             "Пусть вы его не открывали годами. Пусть вам не нравится его редактор.",
             "Дело не в этом. Дело в том, чтобы в стране оставались независимые голоса.",
         ]),
    _doc("n-neg-ru-interview-kraudfanding", "negative", "real",
         "Invented; modelled on Spektr (interview with another outlet's editor about its crowdfunding after an 'agent' label)", "ru", [
             "Издание «Лента дня» признали «иностранным агентом», и редакция объявила краудфандинг. Мы поговорили с главным редактором Петром Ульяновым о том, сколько удалось собрать.",
             "— Почему это случилось именно сейчас?",
             "— Думаю, из-за наших расследований о закупках. За первую неделю нас поддержали 40 тысяч человек, но рекламодатели ушли все сразу.",
             "— Хватит ли пожертвований?",
             "— На год — да. Дальше посмотрим.",
         ]),
    _doc("n-neg-ru-priyut-sbor", "negative", "real",
         "Invented hard negative (animal shelter fundraiser reported in a city news item)", "ru", [
             "Приют для собак в Твери собирает деньги на новый вольер",
             "",
             "Приюту «Верный друг» нужно 600 тысяч рублей, чтобы до зимы построить теплый вольер на 40 собак. Пока собрано около половины.",
             "",
             "«Будем благодарны за любую помощь — деньгами, кормом или руками», — сказала волонтер Наталья Громова.",
         ]),
    _doc("n-neg-ru-pamyatnik-sbor", "negative", "real",
         "Invented hard negative (residents' crowdfunding for a monument, reported)", "ru", [
             "Жители Коломны собрали деньги на памятник пожарным",
             "",
             "За три месяца горожане перевели 1,4 млн рублей на памятник пожарным, погибшим при тушении склада в 1998 году. Открыть его планируют в День города.",
             "",
             "Инициатор сбора, пенсионер Виктор Ладыгин, говорит, что жертвовали в основном бывшие коллеги погибших.",
         ]),
]


# --- Section 2: a few more layouts -------------------------------------------------------------

_QUARTERLY_TOP = "Get the printed edition delivered four times a year. Subscribe to the print Meridian Review for $29."

_ZEITUNG_BOX = "Gute Recherche braucht Zeit und Geld. Unterstützen Sie den Stadtspiegel mit einem freiwilligen Beitrag.\nJetzt unterstützen"

_EGREGORE_END = "Sans publicité ni actionnaire, L’Écluse ne vit que des dons de ses lecteurs : 1 200 donateurs réguliers financent aujourd’hui chaque enquête publiée ici."

_RU_TOP = "Мы работаем без рекламы и без грантов государства. Поддержите «Перекресток» →"

MORE = [
    _doc("n-meridian-print-top", "appeal", "top",
         "Invented; modelled on a literary quarterly's web article (print-subscription one-liner above the dateline)", "en", [
             _QUARTERLY_TOP,
             "",
             "Essays | Spring 2024",
             "",
             "The Orchard at the End of the Line",
             "",
             "By Hanna Lindqvist",
             "",
             "My grandmother planted the first apple trees the year the railway stopped running, as if to prove the valley could still grow something without being connected to anything.",
             "",
             "Forty years later the orchard has 300 trees and no road that a truck can use in March.",
         ], [_QUARTERLY_TOP]),
    _doc("n-neg-paywall-explainer", "negative", "real",
         "Invented hard negative (article about paywalls quoting other outlets' subscribe prompts)", "en", [
             "Why every news site suddenly wants your email",
             "",
             "“Subscribe to keep reading.” “You have two free articles left.” “Register to continue — it’s free.” If these prompts feel more frequent, they are.",
             "",
             "A study of 120 regional news sites by the Kellner Media Lab found that 78 percent now ask readers for an email address before the third article, up from 31 percent in 2019.",
             "",
             "Publishers say registered readers are five times more likely to become paying subscribers.",
         ]),
    _doc("n-stadtspiegel-twice-middle", "appeal", "middle",
         "Invented; modelled on a German city portal (support box between paragraphs, printed twice around an ad marker)", "de", [
             "Sanierung der Stadthalle wird teurer",
             "",
             "Die Kosten für die Sanierung der Stadthalle steigen von 12 auf 17 Millionen Euro. Das geht aus einer Vorlage für den Bauausschuss hervor.",
             "",
             _ZEITUNG_BOX + "\nAnzeige\n" + _ZEITUNG_BOX,
             "",
             "Grund seien vor allem Schadstoffe in der Decke, die erst beim Rückbau entdeckt wurden. Die Wiedereröffnung verschiebt sich auf Herbst 2026.",
         ], [_ZEITUNG_BOX + "\nAnzeige\n" + _ZEITUNG_BOX]),
    _doc("n-ecluse-nocall-end", "appeal", "end",
         "Invented; modelled on a French independent site whose end box states its funding without a call verb, before share junk", "fr", [
             "Pesticides : la préfecture autorise à nouveau l’épandage près des écoles",
             "",
             "Par Camille Rouvière",
             "",
             "Un arrêté publié vendredi réduit de 20 à 5 mètres la distance minimale entre les champs traités et les cours d’école dans le département.",
             "",
             "Les parents d’élèves de Saint-Amand annoncent un recours devant le tribunal administratif.",
             "",
             _EGREGORE_END,
             "",
             "Partager",
             "Imprimer",
         ], [_EGREGORE_END]),
    _doc("n-perekrestok-top", "appeal", "top",
         "Invented; modelled on a Russian independent site (one-line support pitch with arrow above the dateline)", "ru", [
             _RU_TOP,
             "",
             "12 марта 2024, 09:15",
             "",
             "В Иркутске суд арестовал директора управляющей компании после отключения отопления",
             "",
             "Суд отправил под арест на два месяца директора компании «Теплосервис» Андрея Кулешова. Его обвиняют в халатности: в феврале без тепла на пять дней остались 60 домов.",
         ], [_RU_TOP]),
    _doc("n-neg-ru-izdanie-zakrylos", "negative", "real",
         "Invented hard negative (report on an outlet closing after donations fell, its final note quoted)", "ru", [
             "Омское издание «Берег» закрылось из-за нехватки денег",
             "",
             "Редакция объявила о закрытии после восьми лет работы. По словам главного редактора Ксении Мартыновой, число регулярных жертвователей за год сократилось с 1 800 до 600.",
             "",
             "«Спасибо всем, кто был с нами все эти годы», — говорится в последнем посте издания. Архив материалов останется доступным.",
         ]),
]


BATCH32_DOCUMENTS = SECTION1 + _EN_APPEALS + _EN_NEGATIVES + _DE_DOCS + _FR_DOCS + _RU_DOCS + MORE
