"""Batch 84: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

14 documents (5 appeal, 9 negative; EN, FR, DE, RU): our own paraphrases of every document of the
local-only real probe 64 (14 documents). Each keeps the real page's structure (a nonprofit newsroom's
weekly newsletter with its masthead, date line and contents line; a photo-credit line over a
newsletter wall; a newsroom letter about readership; a reader's letter with a dateline; a farm
weekly's byline line with a "subscribe / comment / print" button row and a photo caption repeated
with a copyright mark; hospice appeal reports with a doubled caption line ending in "( )", a hashtag
and misspellings; a newspaper's own Christmas-drive result; a food bank's Christmas-bag drive; a
short messenger-move item; a campaign-finance story with a photo-credit line; a newsroom's
anniversary note; a civic newsroom's founding essay) and exactly what the real gold marks: a
"did you know we are a nonprofit" line at the very top plus a six-line year-end matching-gift block
(reader quote, gift link, PayPal/Venmo and a PO box) in the middle of the newsletter; a four-line
newsletter sign-up wall with its success message under a photo credit; a one-line subscription
button line with its template placeholder at the end of a newsroom letter; a five-line
"support local journalism" archive-digitisation donation box (heading twice) after a reader's
letter; the lone subscribe button word at the start of a button row (the other buttons stay text).
Negatives keep what makes the real ones hard: a hospice's record online giving marathon with match
funding and quoted thanks, a hospice's two-day appeal beating its target with ambassadors and
pledges, a hospice asking the public to knit and sell for it (hashtag, badge, online group), a
paper's own Christmas appeal reported with totals and receipts, a food bank calling for Christmas
bags and money, an official telling his subscribers he is leaving one messenger for another, a
county race's campaign donations, a free nonprofit newsroom's anniversary (no paywall, no paid
subscriptions), a civic newsroom's essay on the economics of local news.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text by
check_para.py). The modelled real outlet is noted in each outlet field. Like the earlier batches
`build_devset.py --batch84` takes each text as it stands, locates every gold appeal substring in it
(asserted unique) and writes Fixtures/unseen-batch84.jsonl.
"""


from whole_documents import _doc, _neg


# --- Probe 64: appeal documents -----------------------------------------------------------------

_CARDINAL_TOP = (
    "Did you know Cardinal Desk runs as a nonprofit? Read about our independent, "
    "nonpartisan reporting »"
)

_CARDINAL_YEAREND = "\n".join([
    "Here we are: Just two days remain in 2024, and we are still a little short of our year-end fundraising goal. Under $8,500 stands between us and the finish. Can you help us close out the year?",
    "Hitting this goal before the calendar turns matters enormously. What we raise in these final hours decides how much tough, independent reporting we can do for Ohio in 2025. Help us keep showing up for our readers next year and the years after.",
    "Give a tax-deductible donation to Cardinal Desk today and a generous matching fund will DOUBLE it.",
    "Our thanks go to the 1,204 readers who have chipped in so far, among them Darnell W., who wrote, “With hometown papers shrinking, it gets tougher every year to find real reporting on the statehouse. Right now, keeping voters informed isn't a nice extra, it's essential.”",
    "Stand with Darnell and give a tax-deductible gift today »",
    "Prefer another way? Give through PayPal or Venmo, or mail a check to: Cardinal Desk, PO Box 4420, Columbus, OH 43216.",
])

_BRIDGEWAY_WALL = "\n".join([
    "To keep reading this story and the rest of our coverage at no cost, just join our newsletter.",
    "Bridgeway Journal produces careful, on-the-ground reporting by and for immigrant families and communities of color—stories nobody else is telling.",
    "Sign up for our free newsletter to unlock every in-depth story.",
    "Done! You're subscribed.",
])

_RIVERBEND_BUTTON = "Back Hometown Reporting Your subscription keeps our newsroom going. {{featured_button_text}}"

_TIMBERLINE_BOX = "\n".join([
    "Back Local Reporting",
    "Back Local Reporting",
    "As a Timberline Herald reader, you help keep our newsroom going.",
    "The Timberline Herald has launched a project spanning several years to scan its print archive back to 1976 and open it to everyone, working with the Mountain West Digital Newspaper Library. We expect the work to cost roughly $140,000. Every gift we receive in 2024 will go straight to the archive effort.",
    "Gifts of every size add up and matter.",
])

_SILLONS_BUTTON = "S'abonner"


PROBE64_APPEALS = [
    _doc("b84-cardinaldesk-watchdog-yearend-top-middle", "appeal", "top+middle",
         "Invented; modelled on Spotlight PA (nonprofit weekly newsletter, nonprofit line on top, year-end matching-gift block in the middle)", "en", [
             _CARDINAL_TOP,
             "Cardinal Desk's top accountability stories of 2024",
             "Also: what the new per diem rules mean for Ohio legislators.",
             "You're reading The Watchdog, a no-cost weekly email rounding up the biggest stories from around Ohio.",
             "A weekly email from Cardinal Desk, a nonprofit, nonpartisan newsroom doing investigative reporting across Ohio.",
             "December 29, 2024 | cardinaldesk.example.org",
             "Per diem rules, statehouse centennial, empty districts, top stories, stalled sale, address checks, agency response, and license pulled.",
             _CARDINAL_YEAREND,
             "Ohio legislators’ daily expense allowance was recently raised to $212, drawing renewed complaints about how little oversight the payments get.",
             "Renata Oyelaran explains how the allowance works, where the money goes, and why reform keeps stalling.",
         ], appeals=[_CARDINAL_TOP, _CARDINAL_YEAREND]),
    _doc("b84-bridgewayjournal-impactreport-top", "appeal", "top",
         "Invented; modelled on Sahan Journal (photo credit, newsletter sign-up wall with success message, founder story)", "en", [
             "Credit: Bridgeway Journal",
             _BRIDGEWAY_WALL,
             "Early in his reporting career, Idris K. Warsame hoped to land at a newsroom where a varied staff wrote fair, careful stories about immigrant families in Maine. Somewhere that noticed communities like his own, which others tended to skip, and that listened to what they needed to know.",
             "By the fall of 2020 he had concluded that the surest path there—maybe the only path—was to launch a nonprofit newsroom of his own. That is how Bridgeway Journal began.",
             "This month, Idris and the Bridgeway staff are proud to publish the newsroom's first annual impact report. It lays out what this one-of-a-kind outlet has achieved in its short life. It also lets Bridgeway Journal say thank you to the members, foundations, sponsors, and—most of all—the readers who backed Bridgeway Journal early on, long before anyone could say what it would turn into.",
             "Bridgeway Journal has reported through some of the hardest stretches in recent years, from the mill closures in Lewiston to the long shadow of the pandemic. We have also told hopeful stories of newcomers and residents of color who are shaping Maine's future, through their work in schools, city halls, clinics, the arts, small business, and beyond.",
         ], appeals=[_BRIDGEWAY_WALL]),
    _doc("b84-riverbendchronicle-readership-end", "appeal", "end",
         "Invented; modelled on Winston-Salem Journal (newsroom letter on readership, one-line subscription button with template placeholder)", "en", [
             "Hometown news counts.",
             "We're reminded of it daily in the Riverbend Chronicle newsroom. A big monitor on one wall shows, minute by minute, which stories readers are clicking on most.",
             "Scan the locally reported pieces on that screen and it's clear people come to RiverbendChronicle.example.com to find out what is happening where they live, something no other outlet in town can offer.",
             "Our top story of the year so far explained an extra $75 a week in jobless benefits taking effect. That's essential reading for anyone still trying to make up for lost wages.",
             "Readership jumps the same way whenever we send a breaking-news alert about a crime, or when the sports desk emails about a big win by an area college or high school.",
             "The Chronicle does important work, but it doesn't come free. Those costs grow harder to carry as a pandemic reshapes the economy, as a bitter election leaves us split along party lines, and as we wrap up nearly twelve months of worry about what comes next.",
             _RIVERBEND_BUTTON,
         ], appeals=[_RIVERBEND_BUTTON]),
    _doc("b84-timberlineherald-busletter-end", "appeal", "end",
         "Invented; modelled on Summit Daily News (reader's letter with dateline, archive-digitisation donation box with doubled heading)", "en", [
             "Letter to the Editor: Timberline Herald, keep pushing the regional bus authority for answers",
             "Larkspur Pass",
             "Everyone in Alder County has felt the decline in our regional bus service.",
             "The Herald has done the legwork and covered the breakdowns. I hope you will stay on this story and keep reporting. You are giving us a window into what's going wrong, and maybe steady pressure on the people in charge will finally bring the fixes we need.",
             _TIMBERLINE_BOX,
         ], appeals=[_TIMBERLINE_BOX]),
    _doc("b84-echodessillons-collecte-top", "appeal", "top",
         "Invented; modelled on Le Syndicat Agricole (farm weekly, byline line, subscribe/comment/print button row, doubled photo caption)", "fr", [
             "L'Écho des Sillons 14 novembre 2016 à 07h30 | Par L'Écho des Sillons",
             "Entraide - Les bénévoles préparent la grande collecte",
             "Pâtes, riz, conserves de poisson... les 25 et 26 novembre, glissez quelques produits de plus dans votre caddie pour les familles en difficulté, avec la collecte de l'Épicerie solidaire.",
             _SILLONS_BUTTON + " Commenter Imprimer",
             "Voici l'entrepôt amiénois de l'Épicerie solidaire de la Somme. Dès 2017, l'association déménagera ses bureaux à Longueau (80).",
             "Voici l'entrepôt amiénois de l'Épicerie solidaire de la Somme. Dès 2017, l'association déménagera ses bureaux à Longueau (80). - © L'Écho des Sillons",
             "450 tonnes de produits : voilà l'objectif fixé cette année par l'Épicerie solidaire de la Somme pour sa collecte d'automne, prévue les 25 et 26 novembre dans près de 320 supermarchés et magasins de proximité du département. Conserves de poisson, de légumes ou de plats cuisinés, riz, pâtes, sucre, ou encore chocolat et lait... Vos produits seront réceptionnés par les bénévoles en « chasubles vertes » postés à l'entrée des magasins. L'opération a lieu partout dans l'Hexagone et continuera le dimanche 27 novembre dans les rares enseignes ouvertes ce jour-là.",
             "Ce week-end de solidarité vient renforcer l'action menée par l'Épicerie solidaire toute l'année. L'association collecte chaque jour des produits de longue conservation, ensuite distribués aux foyers les plus fragiles. L'an passé, l'Épicerie solidaire de la Somme a rassemblé 431 tonnes de marchandises, avec le concours de 2 870 bénévoles et de 118 structures partenaires. Une trentaine de collèges et une soixantaine de communes du département soutiennent aussi l'opération.",
             "Dans l'Oise voisine, on vise 260 tonnes de produits. Quelque 2 400 bénévoles se relaieront dans les points de collecte.",
         ], appeals=[_SILLONS_BUTTON]),
]


# --- Probe 64: negatives ----------------------------------------------------------------------

PROBE64_NEGATIVES = [
    _neg("b84-moorsideweekly-heathfield-givingmarathon-neg",
         "Invented; modelled on Tavistock Today (hospice's record online giving marathon, match funding, quoted thanks)", "en", [
             "Cornwall charity Heathfield Hospice is toasting the success of a record 48-hour online giving marathon.",
             "The community-led campaign brought in a remarkable £420,000, a much-needed lift for nursing people with incurable illnesses at home across Truro, Falmouth and west Cornwall.",
             "Match funders pledged to double every gift made while the campaign ran, pushing the final figure well past what organisers had hoped for.",
             "Community fundraising lead, Megan Trelawny, said: “We never imagined we would reach a figure anything like this. People have come together in a way none of us could have predicted.",
             "“We called the campaign ‘Care Where You Belong’, and that is precisely what this money will pay for. Across west Cornwall we look after about 450 patients each day, and most of them are nursed at home, with their families, their own things and their pets around them.",
             "“For a small local charity, this makes a huge difference in helping more people receive care in the place they want to be.”",
             "The money will help Heathfield pay for visits from its clinical nurse specialists, fund dementia support at home, keep its overnight sitting service going, offer bereavement visits to families and provide massage and other therapies in patients’ homes.",
             "Megan Trelawny added:“That amazing total shows just how much people here care about Heathfield and the work we do.”",
             "“It has been a wonderful show of what a community can do together. My thanks go to our match funders and our volunteer ‘ambassadors’, without whom the campaign could never have happened, and to every supporter and donor who got behind us and helped keep care where people belong.”",
             "Heathfield Hospice is an independent charity offering specialist care to adults with terminal illnesses, and to their families, across Truro, Falmouth and west Cornwall. Only 21 percent of its income comes from the NHS.",
         ]),
    _neg("b84-blackdownpost-holmwood-twodayappeal-neg",
         "Invented; modelled on Wellington Today (hospice's two-day appeal beats its target, doubled photo caption ending in '( )')", "en", [
             "A BIG two-day fundraising push for Holmwood Hospice has sailed well past its £80,000 goal.",
             "The ‘Here For Every Day’ appeal reached its goal in only 11 hours and ended up raising over £132,000 across the 48 hours it ran earlier this month.",
             "That figure is expected to grow once money from sponsored events held during the appeal is counted.",
             "The appeal was designed to raise the hospice's profile and its income as the charity marks 40 years and launches its new four-year plan ‘Caring Today, Caring Tomorrow’.",
             "Some 65 volunteer ambassadors were signed up to share the appeal, tap their contacts and raise money for the hospice, and between them they gathered almost 1,100 gifts.",
             "Nurses and mascot Hoot the Owl mark a fundraising milestone for Holmwood Hospice.",
             "Nurses and mascot Hoot the Owl mark a fundraising milestone for Holmwood Hospice. ( )",
             "Local families and charitable trusts in Dorset then doubled the money by promising to match the first £55,000 donated.",
             "The new plan draws on what Holmwood has learned over four decades and looks at how best to protect hospice care in Dorset for years to come.",
             "It stresses the good that hospices can do in helping people live fully, and hopes people will think of hospice care as something to turn to much sooner in their illness.",
             "Holmwood also wants to learn more about needs that are going unmet and to teach others across the health service about hospice care so that more patients benefit.",
             "The £132,480 brought in by the appeal will let the hospice reach more people living with a life-limiting illness far earlier, helping them live as well as they can for as long as they can and share precious time with the people they love.",
         ]),
    _neg("b84-kingsmoorecho-marshfield-knitappeal-neg",
         "Invented; modelled on The Weston Mercury (hospice asks the public to knit and sell for it, hashtag campaign, misspellings)", "en", [
             "Hospice unveils appeal to bring in much-needed money",
             "Residents are being urged to pick up their knitting needles to help raise cash for Marshfield Hospice, whose income has been badly hit by the coronavirus crisis.",
             "The charity, based in Kingsmoor, is starting a grassroots fundraising scheme to bring in money it urgently needs.",
             "Marshfield Hospice cares for people with incurable or terminal conditions and their loved ones, but with events called off and its charity shops shut it has fallen well short of the income it relies on.",
             "Every year the hospice looks after 1,700 people at a cost of £6.90 every minute – yet patients and families never pay a penny for any of its services.",
             "The charity is asking for support to pay for its outstanding care, which eases pain and distress at the hardest point in people's lives.",
             "The #KnitTogetherForMyHospice campiagn will change theme every quarter, and fundraisers will be sent a green heart pin and an invite to an online group sharing tips for raising money.",
             "Between now and the new year, supporters are invited to knit and sell scarves, hats and toys to raise money for the hospice.",
             "Community fundraising lead, Janet Pellow, said: “Backing your local hospice has never mattered more than in these really difficult months.",
             "“Like all of us, the hospice has been hit hard financially, with so many events called off and our shops forced to close their doors.",
             "“So whether you live in Kingsmoor, Stowbridge, Eastcombe, Wrayton, Millford, Ashcott or Pennington, we need the whole community to grab some wool and enjoy ourselves.",
             "“And if knitting isn't really your thing, we would be delighted if you dreamed up your own ways to raise money and back the campagin.",
         ]),
    _neg("b84-ruhrtalpost-weihnachtsaktion-suppenkuechen-neg",
         "Invented; modelled on Westfalen-Blatt (newspaper's own Christmas donation drive reported with totals and receipts)", "de", [
             "Die Weihnachtsaktion der RUHRTAL-POST, die am 28. Februar abgeschlossen wurde, hat 138.790 Euro für die Suppenküchen der Region eingebracht – gespendet von unzähligen Leserinnen und Lesern, die so die Arbeit der ehrenamtlichen Initiativen fördern wollten. Zusammen versorgen die elf Suppenküchen zwischen Hagen und Iserlohn mehr als 19.000 Gäste.",
             "Chefredakteurin Martina Oberkamp erklärte, sie sei dankbar, dass die Leserschaft trotz teurer Lebensmittel und steigender Mieten an Bedürftige gedacht habe. „Die Suppenküchen sorgen dafür, dass viele Menschen wenigstens eine warme Mahlzeit am Tag bekommen. Sinnvoller kann man sein Geld kaum einsetzen.“",
             "Aus praktischen Gründen wurden die Spenden zunächst an den Dachverband der Suppenküchen in Dortmund überwiesen, der die Zuwendungsbestätigungen ausstellte und die Summe anschließend an die elf Einrichtungen weiterleitete.",
             "Verbandsvorsitzender Klaus Tiedemann sagte: „Wir bedanken uns bei der RUHRTAL-POST für die schöne Gewohnheit, jedes Jahr im Advent für Menschen in Not zu sammeln, und für die einfühlsamen Reportagen aus unseren Küchen. Genauso herzlich danken wir aber allen Spenderinnen und Spendern, die nicht nur Geld gegeben, sondern auch gezeigt haben, dass Mitgefühl in unserer Region zählt.“",
             "Vorsitzender Klaus Tiedemann, Kassiererin Monika Brandhorst und Pressesprecher Jens Ollig vom Dachverband der Suppenküchen in Dortmund freuen sich über das Ergebnis. Foto: Sabine Kettler",
             "Für einige Suppenküchen sei das Geld in diesem Winter überlebenswichtig gewesen, betonte Tiedemann. Nach Abzug der Portokosten für die Zuwendungsbestätigungen und ähnlicher Ausgaben wurde der Betrag auf die elf Einrichtungen aufgeteilt – jeweils nach der Zahl der Gäste, die sie versorgen.",
         ]),
    _neg("b84-wochenecho-tafelruhrbogen-weihnachtspaeckchen-neg",
         "Invented; modelled on Supertipp (free weekly, food bank's Christmas-bag drive asking for goods and money)", "de", [
             "Hattingen/Sprockhövel/Witten. Die Tafel Ruhrbogen hat ihre 12. Weihnachtspäckchen-Aktion ins Leben gerufen. Letzter Abgabetag an allen Ausgabestellen ist Freitag, der 15. Dezember. Wer lieber Geld gibt, kann auch Päckchen finanzieren.",
             "„Die Päckchenaktion schenkt gleich dreifach Glück“, sagt Tafelsprecherin Birgit Wollenhaupt. „Zuerst, wenn die Leute ihre Päckchen an den Annahmestellen abgeben, dann bei unseren Helferinnen und Helfern, wenn sich der Lagerraum bis unter die Decke mit bunten Paketen füllt, und schließlich, wenn sich unsere Kundinnen und Kunden ein Päckchen für sich oder ihre Angehörigen aussuchen.“ Für Wollenhaupt, die seit der ersten Aktion dabei ist, ist das „Weihnachten, wie es sein soll!“",
             "Inzwischen läuft die 12. Weihnachtspäckchen-Aktion der Tafel Ruhrbogen auf vollen Touren. Gesammelt wird im gesamten Versorgungsgebiet, also in Hattingen, Sprockhövel und Witten. Der Grundgedanke hat sich seit dem ersten Jahr nicht verändert und knüpft an den Sinn des Festes an: „Wir wollen daran erinnern, dass wir aufeinander achten und denen helfen, die Unterstützung brauchen“, sagt Jörg Albrecht-Nowak, der die Tafel leitet.",
             "Konkret sind nun alle Menschen in der Region eingeladen, Zutaten für ein festliches Essen in ein Päckchen zu legen. Ein Rezept oder ein paar Grußworte freuen die Empfänger besonders. Bitte ausschließlich lange haltbare Lebensmittel einpacken; statt Fleisch eignen sich zum Beispiel Dosenware oder Einkaufsgutscheine.",
             "Vergangenes Jahr kamen allein in Hattingen 387 Weihnachtspäckchen zusammen. „Ein älterer Herr war so gerührt, dass er weinen musste und jeden von uns umarmen wollte“, erzählt Albrecht-Nowak. Außerdem seien zahlreiche Bücher und Puzzles abgegeben worden. Die Kinder, die sich mit strahlenden Gesichtern selbst ein Geschenk aussuchen konnten, hätten sich riesig gefreut.",
         ]),
    _neg("b84-priozernyvestnik-glava-max-neg",
         "Invented; modelled on Volga News (short item: an official tells his subscribers he is moving to another messenger)", "ru", [
             "Глава Приозёрного района Олег Ветлугин опубликовал в Viber прощальное видео. Чиновник объявил, что уходит из этого мессенджера и переносит свой канал в MAX.",
             "\"В MAX мы можем переписываться без риска для своих данных. Так что, дорогие подписчики, в Viber я с вами прощаюсь. Начиная с понедельника, все новости — только в MAX. Никакого шума, только самое важное о жизни нашего района. Трудимся для земляков\", — подытожил Ветлугин.",
             "Пока на канал главы района в MAX подписались 3,4 тыс. человек, тогда как в Viber у него было больше 27 тысяч.",
         ]),
    _neg("b84-granitecreekgazette-assessor-donations-neg",
         "Invented; modelled on Steamboat Pilot & Today (county race campaign-finance story, photo-credit line)", "en", [
             "Ruth Okafor’s fundraising nearly triples that of rival Glen Pruitt in Elkhorn County assessor race",
             "The Republican has collected about $28K, against a bit more than $10K for her Democratic challenger",
             "Republican candidate for Elkhorn County Assessor Ruth Okafor, left, and Democratic candidate for Elkhorn County Assessor Glen Pruitt, right.",
             "Tessa Morrow/Granite Creek Gazette",
             "Republican Ruth Okafor has raised almost three times as much for her Elkhorn County assessor campaign as Democratic challenger Glen Pruitt, state campaign finance filings show.",
             "Okafor’s contributions add up to nearly $28,000 through Oct. 9, against a little over $10,000 for Pruitt, according to the filings, the latest of which came in on Monday, Oct. 14. Pruitt said he has also lent his campaign $8,000, though just $5,000 of that appears in the reports filed so far.",
             "“I’m really grateful for the support, and it comes from every corner of Elkhorn County, every town and every line of work,” Okafor said. “It’s a broad group of people backing my campaign, including folks from other parties.”",
             "Roughly 76% of Okafor’s contributions come from inside Elkhorn County, versus about 91% for Pruitt, according to a Granite Creek Gazette review of the filings.",
             "“That’s something I’m really proud of,” Pruitt said, pointing to how much of his money came from local donors.",
             "Each candidate has a few out-of-state contributions, though they make up only a sliver of the totals. Okafor said one gift from Oregon came from her sister.",
             "The assessor is chosen countywide, so every registered voter in Elkhorn County can cast a ballot in the race, even though the office itself sits in the town of Granite Creek.",
         ]),
    _neg("b84-magnoliacurrent-firstbirthday-neg",
         "Invented; modelled on Verite News (free nonprofit newsroom's anniversary note: no paywall, fellows, partners)", "en", [
             "Magnolia Current turns one",
             "Magnolia Current marks its first anniversary this week, a milestone that caps a year of fast growth and real impact since we launched last spring.",
             "Our independent, nonprofit newsroom began with a clear mission to “amplify people in communities long overlooked or brushed aside, and to produce careful, solutions-focused reporting on the issues that matter most,” and to build a fellowship that trains, mentors and inspires the next generation of journalists of color.",
             "Twelve months on, Magnolia Current has published powerful reporting on housing costs, public accountability, policing, the legislature, everyday life and more. We just welcomed our second cohort of fellows, new college graduates seeking hands-on training as writers, editors, photographers, video producers, audio producers, podcasters and documentary makers.",
             "We have done all of it while building a reliable news source that costs readers nothing — no paywall, no subscription fees – and stories anyone is free to republish. We have grown from one reporter and a pair of editors into a team of five reporters, three fellows and three editors by the end of September. We have also added local columnists who write about politics, music, the civil rights movement and Mississippi’s Choctaw communities",
             "We also launched a video series designed to get younger audiences more informed and involved in civic life. Stoop Talk turns selected stories from our site into short, easy-to-watch videos.",
             "We have teamed up with trusted partners such as the Gulf States Reporting Collaborative, River Region Public Radio, the Hollis School of Journalism, the Cold Files Project and others to bring readers better access to strong journalism on a wide range of subjects.",
         ]),
    _neg("b84-juniperobserver-civicnewsroom-essay-neg",
         "Invented; modelled on Shasta Scout (civic newsroom's founding essay on the economics of local news, map caption)", "en", [
             "Why We’re Creating a Community Newsroom in Pinecrest County",
             "Economists describe local news as a public good: society depends on it, yet it doesn't earn enough for the open market to pay for it, which puts its survival at risk.",
             "We openly share how we are building this newsroom in our Open Newsroom columns, as part of our core promise to strengthen community life through reporting.",
             "When 2022 started, the Juniper Observer barely existed. We had put up a simple website and run a set of reader interviews meant to tell us whether Pinecrest County wanted a local, independent newsroom devoted to the public interest. We were already sure Pinecrest County needed one.",
             "Local reporting has been shrinking fast all over the country, driven largely by sweeping shifts in how people consume media and by the growing reach of the big social platforms. The largest search and social companies have remade how we discover, read, share and profit from information. And since most news outlets are run for profit, those shifts have reshaped how news gets made, read and delivered.",
             "This interactive map comes from the Local News Gap Atlas, a deep source of data on how the news landscape has shifted over recent decades.",
             "Not surprisingly, none of this has helped local news, which costs a lot to produce. As ad revenue dried up and squeezed local outlets, many were bought by big chains such as Meridian Media Group and Apex Newspapers, which leaned on economies of scale and filled their pages with more national and regional stories shared across their papers, replacing much of the local reporting.",
             "We can see the same pattern right here in Pinecrest County.",
         ]),
]


BATCH84_DOCUMENTS = PROBE64_APPEALS + PROBE64_NEGATIVES
