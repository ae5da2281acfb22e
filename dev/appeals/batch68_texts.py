"""Sixty-eighth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (13 appeal, 11 negative; EN, FR, RU, DE): our own paraphrases of every document of the
local-only real probe 48 (24 documents). Each keeps the real page's structure (category-page teasers
with "Posted in" labels glued to the section name and cut off with "[...]", a birthday post with
emoji button lines, a newsletter letter from a founder, a column closing on a register-for-free
plea, a regional-daily paywall box with an app-store discount line, a one-line donate header, a
"before you go" box above an annual-report note, a newsletter with a forward-to-a-friend line on top
and a year-end goal paragraph in the middle, a Telegram channel mirror with a subscribe line after
each post, a JavaScript notice and a login box after a column teaser, an allow-ads line between a
"Full Story" teaser and a column, a bare header button above a folksy column, a newsletter sign-up
header above an opinion piece) and exactly what the real gold marks: a four-paragraph year-end
matching plea at the top; a subscribe-and-tip block starting mid-paragraph in a birthday post; a
join-for-a-gift sentence at the end of a thank-you paragraph; the last two paragraphs of a column
asking readers to register; the four paywall lines; the donate header; the "before you go" box; the
forward line and the goal paragraph of a newsletter; the two subscribe lines of a Telegram mirror
(worded slightly differently here, "Подписаться на SEVDELO" and "Подписаться на канал SEVDELO",
because each gold substring has to be unique in its text; the real page repeats one line); the login
box; the allow-ads line; the header button; the sign-up header. Negatives keep what makes the real
ones hard: a report on a support evening for a threatened left-wing daily with its slogan, a blogger
mocking another blogger's year-end fundraiser with goal and sums, a volunteer disability news
service's anniversary ("alles ehrenamtlich"), a paper's own special print with its price, a weekly
digest quoting the outlet's statement about a closure threat, a report on exiled journalists with
video-player junk, another outlet's first-person donation plea republished by a blog (with the
shortfall, a bulleted "your gifts pay for" list and a ten-euro ask), a blog urging readers to back
another site's campaign with perks, a philanthropy report on a foundation grant to a news site, a
survey of nonprofit newsrooms and how they raise money, a city-committee report.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like batches 29-36 `build_devset.py --batch68` takes each
text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch68.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Appeal blocks --------------------------------------------------------------------------------

_LEDGER_MATCH = "\n".join([
    "Across the country, roughly one newspaper in four has shut down, and close to 2,300 hometown papers have disappeared in under two decades. When a town loses its reporters, the gap that opens up puts self-government itself at risk. People cannot run their own affairs well without an independent press that tells them what is at stake where they live.",
    "",
    "Until Dec. 31, every gift you make to the Ledger will be doubled thanks to pledges from regional and national funders.",
    "",
    "Our plans for next year are big - and we need you to reach them. ",
    "",
    "Back Millbrook. Back independent nonprofit local news.",
])

_SLAGHEAP_BIRTHDAY = "\n".join([
    "Readers are the only reason this place still exists, so if you keep reading but haven't paid up yet? This is your moment!",
    "",
    "Want us around for the next three hundred years? Subscribe now",
    "",
    "🎂 🎂 🎂 🎂  Subscribe to Slag Heap for our birthday 🎂 🎂 🎂 🎂 🎂 🎂 ",
    "",
    "Or drop something in the tip jar.",
    "",
    "🎂 🎂 🎂 🎂 🎂  Tip us for our birthday 🎂 🎂 🎂 🎂 🎂 🎂 🎂 🎂",
])

_TIDEWATCH_JOIN = ("If you'd like to back this work and aren't yet among our 900-plus members – please join today. "
                   "For a short time, every new membership comes with TWO passes to the Harbor Twin Cinema. "
                   "Click here to learn more.")

_RIVERTON_REGISTER = "\n".join([
    "So if the stories you find here every day and in our weekly print edition matter to you, please stand behind them. Reporting costs money, and the only thing we ask is that you sign up for a free account to read us online. It costs nothing. Your email and postal code are all we need.",
    "",
    "And with that small gesture, all of us here can keep telling your stories, informing and entertaining you, and bringing you essential news through this crisis and into the better days ahead.",
])

_GRESIVAUDAN_WALL = "\n".join([
    "...pour découvrir la suite, devenez abonné et rejoignez nos lecteurs",
    "",
    "et lisez tous nos contenus sur le site comme sur l'appli",
    "",
    "dès 1 € le premier mois, résiliable à tout moment",
    "",
    "Apple : -40% les 3 premiers mois",
])

_SCHOOLSBEAT_DONATE = "Your gift makes reporting like this possible. Please donate today."

_PIEDMONT_BEFORE = "\n".join([
    "Before you leave …",
    "",
    "If you enjoy what you're reading and think independent, nonprofit, nonpartisan reporting like ours matters—reporting done right—please chip in to keep it alive. This work costs real money to produce and we can't manage it on our own. Thanks!",
])

_COPPER_FORWARD = ("Enjoy these emails from your hometown nonprofit newsroom? Today's issue is a great way to show a "
                   "friend why they should sign up here at no cost! Please send it on to someone you think would enjoy it.")

_COPPER_GOAL = ("If this reporting matters to you and you want it to keep going in 2025, we need the community's help "
                "right now. We've passed the halfway mark toward our $280,000 goal to begin the new year on solid "
                "ground. To help local news grow, donate now or pass this message along.")

_SEVDELO_SUB_1 = "Подписаться на SEVDELO"
_SEVDELO_SUB_2 = "Подписаться на канал SEVDELO"

_CIMARRON_LOGIN = ("SUBSCRIBER LOGIN REQUIRED FOR PREMIUM STORIES. Readers must sign in to see our best local coverage. "
                   "Don't have a subscription yet? Subscribe today!")

_LUMPKIN_ADS = "When you let ads load on this site, you help the area merchants who, in turn, keep local reporting going."

_CACHE_BUTTON = "Support Community Journalism"

_SEACOAST_SIGNUP = "Sign Up for Our Newsletter and Magazine"


# --- Probe 48: appeal documents --------------------------------------------------------------------

PROBE48_APPEALS = [
    _doc("b68-millbrookledger-matching-top", "appeal", "top",
         "Invented; modelled on Evanston RoundTable (category page, year-end matching plea above teasers)", "en", [
             _LEDGER_MATCH,
             "",
             "Posted inHousing",
             "",
             "March 1 is the new cutoff for tenant relief applications; first payments expected by summer",
             "",
             "Millbrook spent years arguing over a fund for renters pushed out by redevelopment, and the families chosen may still wait several months before any money arrives. As the Ledger first reported, the city's Displaced Renters Assistance Fund is the first program of its kind in the county and draws on a $6 million […]",
             "",
             "Posted inCity News",
             "",
             "Grocery co-op request stalls: Finance Committee delays vote on $750,000 in federal relief for Northside market",
             "",
             "Being early in line won't guarantee an early answer, after the Finance Committee decided Nov. 28 to put off recommending $750,000 in federal pandemic relief until members can see every pending request side by side. The committee had been reviewing an application from Northside Roots. The nonprofit group […]",
             "",
             "Posted inCity News",
             "",
             "After crossing guards reported threats, Millbrook supervisor wrote it was 'unlikely' anything would change",
             "",
             "Content warning: This story describes threats of violence and stalking.  Records the Ledger received this month explain how the city's crossing guards lost patience with the way their harassment complaints were handled.",
         ], appeals=[_LEDGER_MATCH]),
    _doc("b68-slagheap-birthday-middle", "appeal", "middle",
         "Invented; modelled on Hell Gate (worker-owned site's birthday post, subscribe-and-tip block with emoji buttons)", "en", [
             "Fill out our reader survey now!",
             "Inside Baseball",
             "",
             "Happy Birthday to Us! Come Party With Us",
             "",
             "Three whole years of Slag Heap.",
             "",
             "10:12 AM EDT on June 9, 2025",
             "",
             "The Hot Metal Bridge under a hazy sky in March 2023.",
             "",
             "(Photo: Rena Kowalczyk)",
             "",
             "On June 9th, 2022, we flipped the lights on at Slag Heap as a small experiment to find out whether anyone would pay for news run by the people who write it. ",
             "",
             "Three years and a few thousand stories on, we are doing far better than hanging on. We started as four laid-off reporters paying the hosting bill out of pocket; today we are eight full-time staff with real health insurance, an operations lead, a shared desk in a converted garage, and several thousand people who pay us. We're glad to show that newsrooms owned by their workers can last, and thrilled that other upstarts keep borrowing the recipe. ",
             "",
             "And honestly—we screenshot every kind note readers send us. " + _SLAGHEAP_BIRTHDAY + " ",
             "",
             "Also, Slag Heap celebrates twice a year, because we can't resist a party: once in June, when the rough test site went live, and once in September, when we opened the grown-up, yes-we're-really-doing-this site with a paywall.",
         ], appeals=[_SLAGHEAP_BIRTHDAY]),
    _doc("b68-tidewatch-tidetables-middle", "appeal", "middle",
         "Invented; modelled on Lookout Santa Cruz (founder's monthly letter, join-for-movie-passes sentence inside a thank-you paragraph)", "en", [
             "Pier at low tide",
             "(Dana Whitfield / Tidewatch Pacifica)",
             "Latest News",
             "",
             "Behind Tidewatch: A big push into classrooms, meet our new Tidewatchers and a home for transit coverage",
             "",
             "In this month's letter from founder and publisher Marcus Hale, a first look at Tidewatch's plan to reach every student, our new transit hub and hellos to the newest Tidewatchers.",
             "",
             "Like you, we've been through quite a year at Tidewatch Pacifica. It has felt like riding the old wooden coaster on the wharf. We expected a news startup to be bumpy, but nobody planned for a pandemic landing in the middle of it. Now (dare we say it?) things are creeping back toward normal, and we want to settle into a steadier habit of talking with you -- the readers who matter most to us.",
             "",
             "This is the debut of a new monthly letter, Tide Tables. Each month we'll give you a look ahead, introduce the people joining us, point out new sections and series, take you behind the curtain and tell you about gatherings around the county.",
             "",
             "Remarkably, upward of 80,000 people read Tidewatch Pacifica every month. To all of you who found us, open our morning emails and pass them along, I have two words: Thank You. " + _TIDEWATCH_JOIN,
             "",
             "Now, as we do more and more at all hours, on to today's news from around Tidewatch.",
             "",
             "We think a local news service today has to reach the whole community. So this morning we're launching our countywide Classroom Access program. Thanks to generous supporters, every current student at Pacifica State and Coastline Community College can now read Tidewatch in full at no charge.",
         ], appeals=[_TIDEWATCH_JOIN]),
    _doc("b68-rivertonherald-register-end", "appeal", "end",
         "Invented; modelled on Cambridge Times (publisher's pandemic column ending in a register-for-free plea)", "en", [
             "Enough about me, though. This is really about the many committed reporters and editors who start each day determined to bring you the news, facts and uplifting stories about the neighbours who make our towns work.",
             "",
             "The outbreak has shown all of us that a reliable local news source is one of the most valuable things a community can have in a crisis. Readership has never been higher.",
             "",
             "The irony is that the same crisis could finish off a newspaper business that was already struggling. Every part of the economy is hurting, and the advertisers that papers depend on have largely stopped buying space while shops are shut.",
             "",
             "This company, like others, is of course looking at ways to make up the shortfall. Whether that will be sufficient is another matter.",
             "",
             "The bright spot is that we have gained more new readers than at any point in our history, and plenty of them will probably stay with us once life and commerce get back to normal.",
             "",
             "Reaching that day is something everyone in this newsroom is working toward, hopefully and with energy, around the clock. But they can't get there without you.",
             "",
             _RIVERTON_REGISTER,
             "",
             "",
         ], appeals=[_RIVERTON_REGISTER]),
    _doc("b68-courriergresivaudan-voeux-end", "appeal", "end",
         "Invented; modelled on Le Dauphiné Libéré (regional-daily teaser cut off by a subscription box)", "fr", [
             "locale Express Cérémonie des vœux ce soir : un projet de piscine qui risque de diviser",
             "",
             "Le Courrier du Grésivaudan - 10 janv. 2020 à 06:30 - Durée de lecture :",
             " | ",
             "sainte-aurélie-du-mont",
             "",
             "On s'attend rarement à un coup de théâtre (sauf annonce fracassante !) lors des vœux municipaux : on y dresse le bilan des douze derniers mois, on y présente les chantiers des suivants, souvent avec une bonne dose de satisfaction. Qu'ils se disent de droite, de gauche, du centre, sans étiquette ou « au-dessus des partis », les élus empruntent presque tous la même route ce jour-là. Ce vendredi soir, dès 18 h 30 à la salle des fêtes Louis-Berthier, le maire de Sainte-Aurélie-du-Mont, Gérard Vallin, et son équipe recevront les habitants pour la traditionnelle cérémonie...",
             "",
             _GRESIVAUDAN_WALL,
         ], appeals=[_GRESIVAUDAN_WALL]),
    _doc("b68-valleyschoolsbeat-board-top", "appeal", "top",
         "Invented; modelled on LA School Report (one-line donate header above a short blog post)", "en", [
             _SCHOOLSBEAT_DONATE,
             "You can tell a school board meeting is a big one when the early-morning TV crews show up at district headquarters at dawn to do a live shot like the one above. (The district even emailed a special \u201cpress notice\u201d last night telling camera crews to arrive by 10 am because officials expect a packed room. Click below for the clip.",
             "Earlier coverage: Rallies Outside, Crowded Agenda; Why the Union Opposes In-Class Lunch; Families Push for In-Class Lunch; Union Puts Layoffs Front and Center at Wednesday Meeting",
         ], appeals=[_SCHOOLSBEAT_DONATE]),
    _doc("b68-piedmontledger-annualreport-top", "appeal", "top",
         "Invented; modelled on Carolina Public Press (\"before you go\" box above an annual-report note)", "en", [
             _PIEDMONT_BEFORE,
             "",
             "We are grateful to everyone who made Piedmont Public Ledger a success in 2018 — our reporters, freelancers, contractors, board members, readers, media partners, foundations, underwriters and donors. You are what keeps our nonprofit newsroom running. Click here for our 2018 Annual Report [PDF].",
         ], appeals=[_PIEDMONT_BEFORE]),
    _doc("b68-coppervalleytoday-mostread-top", "appeal", "top",
         "Invented; modelled on Charlottesville Tomorrow (year-end newsletter: forward line on top, goal paragraph before the most-read list)", "en", [
             _COPPER_FORWARD,
             "",
             "Tuesday, Dec. 31, 2024",
             "",
             "Happy New Year from all of us at Copper Valley Today!",
             "",
             "Priya, Dom, Latisha, Wren, Osei and I feel real pride in what this small team made this year — alongside you, readers who turn up for local news — and it's hard not to look back with gratitude. Even on the hard days, even with big obstacles in the way, we kept at it to bring you news that helps you understand the people around you. Our aim was reporting that lets every one of us keep Copper Valley and the surrounding hills as strong as they can be.",
             "",
             "Today I'm rounding up the stories you clicked on most in 2024, plus some of what readers told us about them. We hope they offer a new angle, useful facts and a sense of belonging to the place we share.",
             "",
             _COPPER_GOAL,
             "",
             "2024's most read stories",
             "Credit: Credit: Marisol Vega/Copper Valley Today",
             "",
             "In Copper Valley, wealthy households keep gaining ground while lower-income families are priced out",
             "",
             "A rise in the region's median income means more households qualify for rent help — but the pot of help stays the same size. It's a tangled subject, and within hours of publishing we had a dozen emails saying the piece made the everyday consequences clear. One reader posted, \u201cI've read this three times trying to absorb it. The figures are jaw-dropping.\u201d",
             "",
             "Credit: Credit: Tom Reyes/State Department of Corrections",
         ], appeals=[_COPPER_FORWARD, _COPPER_GOAL]),
    _doc("b68-sevdelo-tgmirror-middle", "appeal", "middle",
         "Invented; modelled on Delovoy Peterburg (Telegram channel mirror, subscribe line after each post)", "ru", [
             "Новую объездную вокруг Выборга спроектируют к лету 2026 года",
             "В Ленобласти начали готовить проект дороги, по которой грузовики, идущие к границе, смогут миновать центр Выборга.",
             "По замыслу, объездная снимет нагрузку с исторических улиц, где после открытия нового терминала в порту заторы стали почти ежедневными.",
             "Сейчас фуры к пограничному переходу идут через весь город по Ленинградскому шоссе. Новая дорога должна пройти от деревни Осиновка до посёлка Светлый Бор.",
             "Автор фото: Анна Ракитина / \"СД\"",
             _SEVDELO_SUB_1,
             "Финский горнолыжный курорт у российской границы нашёл нового владельца",
             "Новым владельцем курорта \"Вуоренхуиппу\" (Vuorenhuippu Resort), разорившегося после закрытия границы, стала финская строительная компания, сообщил конкурсный управляющий Ээро Лахти.",
             "Ни имени покупателя, ни цены он не раскрыл, однако подчеркнул, что предложение оказалось лучше всех предыдущих и отвечает рынку.",
             "Автор фото: Mikko Salonen/Lapin Viesti",
             _SEVDELO_SUB_2,
         ], appeals=[_SEVDELO_SUB_1, _SEVDELO_SUB_2]),
    _doc("b68-cimarronrecord-fair-login-end", "appeal", "end",
         "Invented; modelled on Kingfisher Times & Free Press (JavaScript notice, column teaser, login-or-subscribe box)", "en", [
             "Please turn on JavaScript to view this site.",
             "",
             "County fair week is here; organ music, shrieks from the rides, sideshows, midway games and every kind of fried food",
             "",
             "August 12, 2025 - 18:42",
             "Filed under:",
             "Article Image Alt Text",
             "",
             "Organ tunes drifting from the carousel, shrieks of terror and delight from the Zipper, the sideshow barkers and the ring-toss booths. And of course the food: that's what I think about first when the county fair rolls around.No, not the corn dog, and not the 4-H Club's pulled pork ...",
             "",
             _CIMARRON_LOGIN,
         ], appeals=[_CIMARRON_LOGIN]),
    _doc("b68-lumpkinledger-allowads-middle", "appeal", "middle",
         "Invented; modelled on Dawson County News (allow-ads line between a teaser and a syndicated column)", "en", [
             "ALERT: Deputies still seeking man wanted for questioning in burglary spree",
             "Investigators continue to look for the suspect.",
             "Full Story",
             _LUMPKIN_ADS,
             "Community Newspaper Week is a good time to remember why local papers count",
             "Harold Pettigrew",
             "In case it got by you, this week is Community Newspaper Week. This year's slogan is \u201cNews You Can Trust.\u201d I'd say so. I wouldn't write this column if I didn't. You'll find plenty in these pages, but not made-up stories. That doesn't fly at the local level. You'll run into us at the hardware store or the diner or a Friday night game and ask us to account for ourselves. That keeps us honest and careful, and it ought to reassure you that what you read here is right. We are not \u201cthe enemy\u201d as some politicians like to claim. That's a reckless thing to say in a free country. An old editor of mine liked to say that \u201ca town without a paper is a town talking to itself in the dark.\u201d I'd add that it needs a council, too. Maybe that's why nobody ever asked me to run for office.",
         ], appeals=[_LUMPKIN_ADS]),
    _doc("b68-cachevalleycourier-rodeo-top", "appeal", "top",
         "Invented; modelled on The Herald Journal (bare support button above a folksy community column)", "en", [
             _CACHE_BUTTON,
             "",
             "It's rodeo week! Before long the road out to the arena will be jammed with pickups and horse trailers going every which way; behind the chutes the broncs will be snorting; steers will be bawling; kids will be lugging feed buckets and brushing down their 4-H lambs; it's going to be a blast. I count down to it every year.",
             "",
             "And all the food stands to pick from. Can't forget those. And running into neighbors you haven't seen since last rodeo. Such a blast.",
             "",
             "",
         ], appeals=[_CACHE_BUTTON]),
    _doc("b68-seacoastcommerce-libraries-top", "appeal", "top",
         "Invented; modelled on Business NH Magazine (newsletter sign-up header above an opinion piece)", "en", [
             _SEACOAST_SIGNUP,
             "",
             "Opinion: Libraries Kept Maine Connected",
             "",
             "Published Thursday Dec 10, 2020",
             "",
             "Author Lorraine Picard, Devin Holloway, and Sunita Marsh-Okafor.",
             "",
             "Opinion: Libraries Kept Maine Connected",
             "",
             "When the pandemic closed reading rooms across the state, Maine's public libraries did not simply lock their doors: they reinvented themselves—and kept serving their towns.",
             "",
             "Branch staff worked out curbside pickup within days, even when that meant quarantining every returned book for three days in the basement.",
             "",
             "Librarians in small towns turned their parking lots into Wi-Fi hotspots so students without internet at home could finish their schoolwork from the car.",
             "",
             "Children's librarians moved story hour onto video calls, mailed craft kits to families and read picture books over the phone to kids who missed the routine.",
             "",
             "Reference desks became help lines for people filing unemployment claims for the first time. Local history rooms digitized old photo albums so residents could browse them from home and stay in touch with the place they live.",
             "",
             "Bookmobiles parked outside senior housing so residents who could not travel still got something new to read.",
             "",
             "And the examples keep coming. Town after town.",
             "",
             "And libraries did all of this while their own budgets were squeezed, with book sales and benefit dinners called off, meeting-room rentals gone and volunteers stuck at home, in the middle of a public health emergency nobody had planned for. ",
             "",
             "Plenty of Mainers noticed and stepped up. In October, the statewide Friends of the Library giving week brought in more money than in any year since it started, beating the previous three years put together.",
             "",
             "Families and local companies gave generously to keep open the places that hold communities together.",
         ], appeals=[_SEACOAST_SIGNUP]),
]


# --- Probe 48: negatives ---------------------------------------------------------------------------

PROBE48_NEGATIVES = [
    _neg("b68-courrierdumarne-reveilouvrier-soiree-neg",
         "Invented; modelled on La Dépêche de l'Aube (report on a support evening for another threatened daily)", "fr", [
             "Quelque 3 500 personnes venues d'horizons très divers ont pris part à la longue soirée organisée pour que Le Réveil ouvrier reste entre les mains de ses lecteurs.",
             "Le Réveil ouvrier n'est pas seulement un quotidien : c'est un foyer d'idées brûlantes, un endroit fragile où se nouent des amitiés et des luttes, des connaissances, des hésitations, des certitudes et toute une façon de voir le monde. Le 14 mars, à la halle Lucie-Arnaud de Pantin, ce mélange a pris corps de la plus joyeuse manière, à l'occasion de la grande soirée de solidarité avec le titre. Élus écologistes, syndicalistes, anciens ministres, maires de banlieue... chacun était venu rappeler combien ce journal compte pour les mobilisations, pour l'esprit critique, pour l'imagination d'une autre politique. La volonté de confier Le Réveil ouvrier à ses lecteurs franchit même les clivages partisans. On y a vu des scènes inattendues : une députée de la majorité, connue pour son combat en faveur des lanceurs d'alerte, discutait longuement avec un chauffeur routier en grève. Des comédiennes ont bavardé avec des salariés d'usines menacées ; des rugbymen échangeaient avec des sociologues ; des illustrateurs, des photographes, des chroniqueurs, des danseurs ou des chanteurs croisaient des métallos, des aides-soignantes, des postières ; des chercheurs dialoguaient avec des associations de locataires, des militantes féministes ou des collectifs contre les expulsions. « Ce journal reste l'endroit où les savants et les gens ordinaires se parlent encore, et sans ce dialogue rien ne bouge », a résumé l'éditrice Claire Montaubin, invitée de la soirée.",
             "« Quand tout semble perdu, c'est souvent là que tout recommence »",
             "Difficile de rendre compte en quelques lignes de cette soirée foisonnante et chaleureuse.",
         ]),
    _neg("b68-plainspeaking-profmarsh-fundraiser-mocked-neg",
         "Invented; modelled on Gary Fouse (blogger mocking another blogger's year-end fundraiser, goal and sums)", "en", [
             "Monday, December 21, 2020",
             "",
             "Help Professor Delwin Marsh Save the World: Mail Him a Check",
             "",
             "",
             "Tis the season for generosity. So all you progressives who love to \"make an impact\" should hurry up and mail your yearly holiday check to Professor Delwin Marsh of Ridgeway State, the funniest man in academia, so he can keep his website alive. Drop by Marsh Notes and you'll find banners begging for cash on every page.",
             "",
             "A quick look at Marsh Notes tells you there are four things the professor can't stand: fossil fuels, the police, the suburbs, and conservatives. He dislikes conservatives so much he puts the word \"Progressive\" in capital letters every time. (Progressive) Don't take my word for it; follow the link.",
             "",
             "Naturally, this is an annual ritual for Delwin. He explains that Western thought itself hangs on keeping Marsh Notes afloat. This time the target is $40,000. His fans, trusting souls that they are, have already chipped in $22,500! Imagine that.",
             "",
             "So what does your money buy? It buys you essays like this month's masterpiece, titled,",
             "",
             "\"Is Santa's workshop a textbook case of wage theft?\"",
             "",
             "",
             "Absolutely, says Delwin. And if you wanted an economics lecture on the North Pole, forget Adam Smith; this essay has you covered. From the elves' union to reindeer overtime, Delwin explains it all at a length that rivals Das Kapital! That essay by itself must be worth $22,500. I honestly think Delwin chose the wrong line of work. He'd have made a great late-night infomercial host.",
             "",
             "Obviously, you can tell from the way Delwin writes that he can't stand our President. Honestly, what comes next, a piece likening the election to the sinking of the Titanic?",
             "",
             "Hold on! Look at this.",
             "",
             "",
             "\"Seen this way, the administration may be the third great shipwreck of the century. Considering its captain's ego, it is perhaps less an iceberg moment than a bathtub moment.\"",
             "-Renata Quill (never heard of her).",
         ]),
    _neg("b68-teilhabeinfo-gml-meldungen-25jahre-neg",
         "Invented; modelled on BIZEPS (anniversary of a volunteer-run disability news service)", "de", [
             "Am 3. März vor 25 Jahren wurde der Verein Gemeinsam Medien Leben (GML) ins Leben gerufen.",
             "",
             "Weil der Verein vor allem Nachrichten von und für Menschen mit Behinderungen verbreitet und dafür die gml-meldungen herausgibt, können diese heute ein Vierteljahrhundert Bestehen feiern.",
             "",
             "Von gml-Redakteurin Hanna Dörrfeld",
             "",
             "Der täglich erscheinende Online-Nachrichtendienst gml-meldungen geht auf die frühen Jahre des Internets zurück. Damals schlossen sich mehrere Gruppen zusammen, die bis dahin jede für sich Rundbriefe per Post oder Mailinglisten verschickt hatten, um ein gemeinsames Angebot aufzubauen.",
             "",
             "Die Selbsthilfegruppe Rollfix aus Kassel mit ihrem Rundbrief, das Magazin Querweg oder der Mailverteiler des Landesverbands Blinder Eltern gehörten zu den ersten Beteiligten.",
             "",
             "Auch aus Graz und Zürich trafen regelmäßig Meldungen ein, und die Initiative Barrierefrei Wohnen sowie der Arbeitskreis Persönliches Budget lieferten Texte und Fachwissen. Eine kleine Gruppe fester Autorinnen und Autoren hat seitdem beinahe jeden Tag dafür gesorgt, dass bei den gml-meldungen Neuigkeiten aus der Behindertenpolitik erscheinen.",
             "",
             "Wild in den Anfangsjahren, mutig und streitlustig im Erwachsenwerden, immer bemüht, mit der Technik Schritt zu halten, aber hartnäckig bei der Sache zeigten sich die gml-meldungen über all die Jahre. Und das, obwohl bei den gml-meldungen bis heute alles ehrenamtlich läuft – Tag für Tag – getragen von einer Handvoll Menschen.",
             "",
             "Darin ähneln die gml-meldungen vielen Entwicklungen der Selbstvertretungsbewegung, der sich der Nachrichtendienst bis heute eng verbunden weiß.",
         ]),
    _neg("b68-ruhrkurier-sonderdruck-zechenzeiten-neg",
         "Invented; modelled on General-Anzeiger Bonn (paper's own special print with its price)", "de", [
             "Essen. Der dritte Sonderdruck „Zechenzeiten“ des Ruhrkuriers kommt am Donnerstag, 9. Mai, heraus. Alte Kurier-Seiten erzählen vom Bergbau und vom Wandel im Revier.",
             "",
             "„Kohle fördern war für das Revier nie leicht, aber ohne Kohle zu leben war noch schwerer“, schreibt Chefredakteurin Miriam Altenbeck in ihrem Vorwort zu den dritten „Zechenzeiten“ des Ruhrkuriers. Ab Donnerstag liegt der 112 Seiten starke Sonderdruck für 11,50 Euro in den Kurier-Geschäftsstellen, an vielen Kiosken und in ausgewählten Buchläden bereit.",
             "",
             "In sieben Abschnitten zeigen die nachgedruckten Seiten in Originalgröße die Geschichte von Schächten, Siedlungen und Strukturwandel. Die Zeit von Aufbau und Vollbeschäftigung wird greifbar. Es geht um Grubenunglücke und Streiks, um Zechenschließungen, neue Hochschulen, Autobahnen und die S-Bahn. Ein eigenes Kapitel gilt der Zeche Waldhorst, die heute ein Museum ist.",
             "",
             "Die älteste abgedruckte Seite vom 2. Juni 1952 erinnert unter der Zeile „Glück auf nach drei Tagen“ an die Rettung von elf Bergleuten. „Wer damals vor dem Tor stand, wird diese Nächte nicht vergessen“, heißt es in dem Text. „Frauen, Kinder, Nachbarn warteten im Regen, bis die Sirene endlich das Zeichen gab, dass die Männer lebten.“",
             "",
             "Vom Abschied einer Epoche erzählt ein Bericht vom 28. Februar 1968 mit der Überschrift: „Letzte Schicht auf Waldhorst“. Auf einem Foto hält Steiger Franz Kowalski die letzte Lore fest, die er selbst aus dem Schacht geschoben hat. Das Ende komme nicht überraschend, aber es tue weh, notiert der Kurier-Reporter. Daneben haben auch kleine Meldungen ihren Reiz. „Brieftaube fand Heimweg nach 600 Kilometern“ etwa.",
         ]),
    _neg("b68-tyanshanmedia-itogi-nedeli-preduprezhdenie-neg",
         "Invented; modelled on Asia-Plus (weekly digest quoting the outlet's own statement about a closure threat)", "ru", [
             "ИТОГИ НЕДЕЛИ: Предупреждение редакции, визит в Пекин и штраф за угнанный велосипед",
             "",
             "Самые заметные события в Кыргызстане за прошедшие семь дней.",
             "",
             "В выходные в горных районах Кыргызстана ожидается мокрый снег. А вот конец весны, как обещают метеорологи, выдастся засушливым — в долинах столбик термометра поднимется до 38 градусов. Президент провёл переговоры в Пекине, а под Токмоком начнут собирать китайские электробусы.",
             "",
             "О других событиях недели — в нашей подборке.",
             "",
             "Прежде всего сообщаем, что редакция «Тянь-Шань Медиа» временно прекращает публиковать материалы о протестах в Нарынской области из-за угрозы закрытия.",
             "",
             "«На этой неделе «Тянь-Шань Медиа» получила письменное предупреждение от Министерства культуры, а также устные предупреждения от ряда ведомств: по их мнению, наши публикации о Нарыне “однобоки” и “разжигают напряжённость в обществе”. Нам велено “исправить допущенные нарушения”, иначе издание может лишиться регистрации» — говорится в заявлении редакции.",
         ]),
    _neg("b68-volnaefir-belarus-zhurnalisty-emigraciya-neg",
         "Invented; modelled on Voice of America Russian (report on exiled journalists with video-player junk)", "ru", [
             "Белорусские журналисты вдали от дома",
             "",
             "",
             "Около 400 белорусских журналистов уехали из страны за последние три года. Ещё десятки готовятся к отъезду. Кто поддерживает их за границей?",
             "",
             "За три года, по подсчётам профессиональных объединений, не меньше 400 репортёров покинули Беларусь. Дома им грозят уголовные дела за «экстремистские материалы», а этим словом власти называют почти любую критику. Работать журналистом внутри страны стало по сути невозможно.",
             "",
             "Белорусские журналисты вдали от дома",
             "please wait",
             "",
             "No media source is currently available",
             "",
             "0:00 0:03:48 0:00",
             "",
             "",
             "«Нас часто спрашивают: нужна ли кому-то в Гомеле или Бресте честная журналистика? Ищут ли люди проверенные новости? И меняет ли она хоть что-нибудь? Ответ простой: если бы наша работа ничего не меняла, зачем было бы сажать за неё в тюрьму? Сегодня любой, кто пишет правду, для властей — враг».",
         ]),
    _neg("b68-carnetsdupays-gascogneactu-appel-relaye-neg",
         "Invented; modelled on L'Information nationaliste (blog republishing another site's first-person donation plea)", "fr", [
             "Chères lectrices, chers lecteurs,",
             "Tous les jours, près de 9 000 personnes viennent lire Gascogne-Actu. Beaucoup d'entre vous nous envoient des messages de remerciement, partagent nos articles et nous poussent à poursuivre ce travail d'information libre, ancrée dans nos terres, sans un sou d'argent public, face au conformisme ambiant.",
             "Aujourd'hui pourtant, c'est nous qui avons besoin de vous.",
             "La situation est critique : il nous manque 45 000 euros pour équilibrer nos comptes de l'année et faire vivre Gascogne-Actu en 2026.",
             "Nous ne touchons aucune subvention publique (et nous n'en demandons pas), et nous n'avons pas les recettes des grands groupes de presse. Notre seule ressource, c'est vous.",
             "Sans ces fonds, plus d'enquêtes, plus de reportages, plus de chroniques, plus d'entretiens, plus de voix différente entre Garonne et Pyrénées. Plus de dossiers sur l'agriculture qui souffre. Plus d'exclusivités. Plus de regard sur les sujets que les autres journaux laissent de côté. Plus de suivi des fêtes de Bayonne. Plus de balades dans nos villages. Plus de billets d'humeur de Pierre Lacoste ou d'Hélène Daguerre. Plus de place pour notre patrimoine, nos traditions, la langue occitane, ni pour ceux qu'on oublie et ceux qui tiennent bon.",
             "Concrètement, votre générosité sert à :",
             "- rémunérer les journalistes, pigistes et correspondants qui écrivent pour vous chaque jour ;",
             "- payer l'hébergement, le matériel, les déplacements, les frais de justice quand on nous attaque, et la nouvelle version du site prévue au printemps.",
             "- maintenir Gascogne-Actu indépendant, gratuit et presque sans publicité envahissante.",
             "Si chaque lecteur versait seulement 5 euros dès maintenant, l'année 2026 serait assurée. Mais si personne ne bouge, nous fermerons.",
             "Et le silence l'emportera : une seule voix, un seul ton, la disparition par étouffement.",
         ]),
    _neg("b68-fieldandcommons-prairieledger-keepitrolling-neg",
         "Invented; modelled on Art of the Rural (blog urging readers to back another site's campaign with perks)", "en", [
             "Backing The Prairie Ledger: Keep It Rolling",
             "",
             "This week I want to pass along word of The Prairie Ledger's campaign to Keep The Ledger Rolling.",
             "",
             "My guess is that most people who visit this site already know The Prairie Ledger — and with good reason: nobody covers small-town economies, farm policy in the statehouse and in Washington, and everything rural in between as thoroughly as its reporters do.  ",
             "It's hard to exaggerate how much it matters, how the whole national conversation about rural places rests on the steady work of its editors, Marta Lindqvist and Joel Ruiz.  Speaking for myself, the Ledger showed me it was possible, and that it was our shared right, to start something like Field & Commons. ",
             "I doubt I'm the only one; think back to the bare-bones internet of the late 2000s and you start to see how long the Ledger has been shaping the way the country talks about its countryside. ",
             "There are plenty of ways to help Keep the Ledger Rolling, and the thank-you gifts are delightfully Ledger-ish: heirloom bean packets, a barn-quilt tour, fiddle lessons, and a pile of Ledger merch. If you're able, please think about giving to their campaign.",
         ]),
    _neg("b68-givingwatch-tidelinereport-grant-neg",
         "Invented; modelled on Inside Philanthropy (report on a foundation grant to a nonprofit news site)", "en", [
             "This Ocean News Site Is Riding a Wave of Funding for Science Reporting",
             "",
             "Some of the country's oldest harbor towns may not be around for their next big anniversary. Along the Gulf Coast, high-tide flooding now closes roads a dozen times a year where it once happened every few winters. Out West, shrinking glaciers are starving rivers that farms and cities rely on. Yet, as we've pointed out before, only a sliver of charitable giving goes to climate work.",
             "",
             "One corner where money has been moving lately, though, is journalism that explains the warming planet and looks for fixes. We recently covered how a tech founder and her husband have poured money into ocean reporting, and before that, a large gift for environmental coverage from a shipping heir.",
             "",
             "",
             "Now there's one more example to add to the pile: the Halvorsen Family Foundation's new $350,000 grant to TideLine Report, the award-winning online newsroom.",
             "",
             "We'll admit a soft spot for any outlet with a nautical name. But this one has a shelf of national prizes to show it's the real thing. The foundation says the money is for \u201cunrestricted support of in-depth reporting on oceans, coasts and the people who depend on them.\u201d It runs for two years, ending in June 2017.",
             "",
             "TideLine Report is one of a crop of nonprofit newsrooms that appeared as regional papers cut their science desks. Editor Rachel Okonkwo launched it in 2009. She and managing editor Tomás Varga started out as a team of two and now run a staff of nine, plus a roster of freelancers. Foundations and individual donors pay for all of it. Only the editors choose what gets covered: fisheries, offshore wind, coastal flooding and marine science.",
         ]),
    _neg("b68-ridgelinereview-nonprofit-news-oregon-neg",
         "Invented; modelled on Foothills Forum (survey of nonprofit newsrooms and how they raise money)", "en", [
             "",
             "local news logo",
             "Amid all the gloomy news about local news, something hopeful is happening: a crop of lively new websites where people can learn what happened today instead of waiting for tomorrow's paper or next week's edition. Some belong to old newspapers, but others are nonprofit startups such as the Cascade Ledger and High Desert Dispatch, along with a veteran outlet, Willamette Weekly Watch, which has refocused on reaching Spanish-speaking families in Marion County.",
             "Unlike most newspaper sites, these nonprofits don't lock stories behind a paywall; they raise money the way public broadcasters do – from readers, foundations and charities, and in the Dispatch's case from local businesses that sponsor it. On top of that, two of the state's biggest public radio networks have built up their still-young newsrooms in the mid-valley and on the southern coast.",
             "What follows are profiles of these newcomers and veterans, along with two small nonprofits, Ridgeline Review and the Upper Valley News Trust, that have taken it on themselves to make sure important, often tangled stories get told in Linn, Benton and Lincoln counties.",
             "High Desert Dispatch: reporting what readers care about",
             "Veterans of the shrinking newsroom of the Bend Courier-Times – one of a chain's nine papers in the state – started High Desert Dispatch in March 2022, aiming to cover the rural east of the state, from the Cascades to the Idaho line, where coverage had all but vanished.",
             "",
             "Corinne Faulk, Abel Montoya",
             "Dispatch editor Corinne Faulk and publisher Abel Montoya at a statewide journalism conference in May 2023.",
             "Their goal, in Faulk's words, is not to chase police blotters or every county commission vote but to cover \u201cthe economic, political and cultural questions people here actually talk about at the kitchen table.\u201d",
         ]),
    _neg("b68-millbrookledger-housingequity-listening-neg",
         "Invented; modelled on Evanston RoundTable (city-committee report)", "en", [
             "Editor's Note: The Ledger has a second story from the city's Jan. 18 Housing Equity Committee meeting. Click here to read it.",
             "",
             "The city's Housing Equity Committee wants to know what residents think of its work. At its Jan. 18 meeting, the committee said it will hold its first public listening session when it meets again in February.",
             "",
             "\u201cI'm grateful for what the city has done so far, and for everything Deborah Lyle has put into this,\u201d said Marcus Adeyemi. \u201cBut honestly, I think we're only at the beginning.\u201d Credit: Tessa Nguyen",
             "",
             "\u201cBeyond the written statements, we want to hold a listening session every quarter, so people can speak and we can answer them directly, a real conversation,\u201d said committee chair Deborah Lyle. \u201cWe've heard that criticism, and we intend to act on it.\u201d",
             "",
             "Each quarterly listening session will take the place of one regular committee meeting.",
             "",
             "The schedule, however, could be a sticking point.",
             "",
             "The committee will keep meeting at 10 a.m. on the third Wednesday of each month, even though a resident survey found most people would rather it met in the evening.",
             "",
             "According to the survey, 57% of the 74 respondents wanted meetings to start at 6:30 p.m.",
             "",
             "Members kept the morning slot because council members on the committee already have other meetings most weeknights.",
             "",
             "\u201cWe do hear what residents asked for, but at some point we have to pick a time that works for the people who actually sit on this committee,\u201d said Fourth Ward Council Member Alan Brisco.",
             "",
             "\u201cThese are wonderful,\u201d committee member Joy Fenwick said of the winning student essays. Credit: Tessa Nguyen",
             "",
             "\u201cBut as Deborah has said, you can reach us, you can find us. There are only so many evenings, and only so many meetings any of us can get to.",
         ]),
]


BATCH68_DOCUMENTS = PROBE48_APPEALS + PROBE48_NEGATIVES
