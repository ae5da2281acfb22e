"""Batch 160: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

22 documents (10 appeal, 12 negative; all EN): our own paraphrases of every document of the
local-only real probe 140 (22 documents). Each keeps the real page's structure line for line (no
blank lines, as on the real pages): a council liveblog with its "how to follow" block, agenda and
venue lines and timestamped entries glued to their dates, ending in a word cut mid-way; an
investigations digest with "Posted:" and section lines and a "READ NOW" button glued to a donate
button; a multi-paragraph reminder-to-donate post above a "Further reading" list of title/blurb
pairs; a one-writer site whose whole visible page is its funding plea (headline repeated twice, cut
mid-sentence); a blog index with " • "-separated section/date/byline lines and "…" cut blurbs; an
aggregator's app-promo lines above a podcast page with timecodes and recommendations; a podcast page
with a patron/coffee plea before the credits line; a podcast show page with "*****" separators,
subscribe and follow link lines and a network line; and two regional paywall cuts ("[…]" and a word
cut mid-way). What the gold marks, exactly as the real gold does: the liveblog's "local journalism
costs money ... join the club" paragraph between the venue lines and the first entry; the digest's
four-line donation block with its button line, and a second lone donation button glued after "READ
NOW"; the six paragraphs of the donate reminder (gift link, postal address, small sums, T-shirt shop)
but not the reading list; the whole funding-plea page; the two-line "newsletter / sign up to support
independent journalism" block at the top of the index; the aggregator's four app-promo lines; the
podcast's three plea lines (the real page's missing URL after "on our website at" kept); the
subscribe-to-show and follow lines with the separator between them (not the network line); the
two-line "subscribe to continue reading" cut (not the "we look forward to hearing from you" contact
lines); the one-line "subscribe to read the full story" cut.

Negatives keep what makes the real ones hard: a blogger criticising another outlet's reporter for
soliciting donations; a hospice bucket collection with totals, targets and quoted thanks; a hospice
fundraising branch's yearly report of events and sums; a hospice's sponsored-challenge awards with
its daily fundraising need; a volunteer writer praising a free citizen-journalism site; a viral
crowdfunding page for famine relief ending on a cut "if you'd like to get involved,"; a regulator's
press release on party donations and reporting thresholds; a reporter's essay on a broadcaster's
defunding; a feature on exiled newsrooms' funding struggles; an aggregator summary about newspaper
prices with the source agency's boilerplate; a columnist relaying another journalist's crowdfunding
appeal at length; a report on readers' new respect for community papers during a lockdown.

Every sentence, outlet, person, number and URL is ours; a few real countries, cities and regions
that the real pages do not name serve as settings (as in batch 71). No run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. As with the earlier batches, each text is meant to be taken
as it stands, with every gold appeal substring located in it (each occurs exactly once). Negatives use
`_neg`, so their position is "real" (the probe lists "none").
"""


from whole_documents import _doc, _neg


# --- Probe 140: appeal documents ----------------------------------------------------------------

_HERON_CLUB = (
    "Careful city reporting isn’t free, and it runs on the generosity of the people who read it. If "
    "our gavel-to-gavel council coverage matters to you, a few dollars each month will keep our "
    "prize-winning desk going. Each contribution stretches a long way, especially when it keeps your "
    "faithful liveblog crew stocked with coffee through twelve-hour meetings. Chip in while the session "
    "is under way and we’ll thank you by name in the liveblog! Join the Heron Club today."
)

_REDACTED_BLOCK = "\n".join([
    "Our investigations only happen with your backing.",
    "We refuse funding from states and companies, which is why every reader gift matters so much to us.",
    "Could you give what a couple of coffees cost each month and join us now?",
    "Yes, I'll back your reporting",
])

_REDACTED_BUTTON = "Count me in for a small monthly gift"

_SAVANNA_REMINDER = "\n".join([
    "What with all the buzz about our move under the Commons Review roof, we feared the fundraising side of things might have slipped out of view.",
    "So here is a friendly nudge asking you to give to Savanna Letters! Your gift supports our restart on the new site, covering running costs such as fees for emerging African reporters, illustrators and documentary makers, and helps us work toward a printed annual.",
    "Savanna Letters remains a genuinely independent outlet that has mostly run on volunteer hours. Through the years we have worked hard to keep our pages free of advertising and corporate sponsorship. Only our readers can keep it that way!",
    "So please set aside a moment to give. Just follow this link: paypal.example/savannaletters — or post a cheque to: Commons Review Foundation, 74 Ferris Lane, Millbrook NY 10999 (writing “Savanna Letters” on the memo line if you send your gift by mail).",
    "Modest gifts go a long way! Even $5, $10 or $20 would mean a great deal to us. Better still, send your favourite Savanna Letters piece to a friend and encourage them to chip in for independent media too!",
    "As an extra thank-you, our merch store is open again. If you still don’t own one, between now and December 31 you can pick up a Savanna Letters logo tee there!",
])

_KINGSMERE_PLEA = "\n".join([
    "Please help give Kingsmere the reporting it deserves",
    "Please help give Kingsmere the reporting it deserves",
    "Kingsmere, and far too many of the people who live here, have taken a battering from the pandemic. Getting back on our feet will take years rather than months. Meanwhile the consequences of leaving the EU for the city – and for everywhere else – are still becoming clear, and ministers have pursued a policy of starving big cities in both rhetoric and funding. The city’s 20-year-old mayoral powers are under attack. Its poorest households are falling further behind. In some neighbourhoods, the city’s proud tradition of mixing looks threadbare.",
    "At this anxious and unsettled moment in Kingsmere’s long story, the city needs reporting on its politics, its economy and its communities that is fair-minded, careful and stubbornly resistant to populism, as the recovery slowly takes shape. That is the aim of this site. So I am now asking regular readers who have not yet given money towards it to think about doing so now.",
    "Kingsmere Matters is a modest operation but it punches above its weight, covering the city in a depth and detail you rarely find anywhere else. Its backers already span the political centre ground, including some who may not share the views of its varied contributors. Others work in councils, universities, firms, unions, and in planning, transport, housing, the arts and more.",
    "Every gift is hugely appreciated. I especially want to grow the number of people who give £4 a month or £40 a year. Those amounts let me plan a little ahead and pay freelance contributors rates that stand up against the largest media companies, while also meeting the site’s running costs and letting me cover my part of the household budget.",
    "Right now about 170 Kingsmere Matters supporters give at that level. That is roughly 40 more than on 1 March, when I launched my",
])

_UNDERCURRENT_SIGNUP = "\n".join([
    "Newsletter",
    "Fed up with the Ashport Gazette? Sign up and back independent reporting.",
])

_PAPERSTACK_PROMO = "\n".join([
    "All the news you need, one feed.",
    "Hundreds of quality titles.",
    "A single app.",
    "Begin reading",
])

_LAKESHORE_PLEA = "\n".join([
    "Producing two shows every week eats up cash and hours. We adore this work, but if you’re able, please think about backing us so we can keep getting better and keep the lights on.",
    "You can sign up as a monthly or annual backer on our site at We got tired of splitting your kindness with that other ‘backer’ platform, so we built our own. Become a backer, enjoy member perks and our undying thanks, and rest easy knowing you’re not mostly bankrolling some faceless tech firm overseas. Everybody wins!",
    "Or how about treating us to a coffee?",
])

_TOWNHALL_LINKS = "\n".join([
    "Subscribe to the Podcast:",
    "Apple Podcasts: https://podcasts.example.com/townhalldispatches",
    "Spotify: open.example.com/show/townhalldispatches",
    "***********************************",
    "Follow Town Hall Dispatches:",
    "Website: https://www.civicsteps.example/",
])

_CHRONICLE_WALL = "\n".join([
    "Subscribe to keep reading",
    "To read the rest of this story and many others, take out a subscription to The Chronicle",
])

_GLENROY_WALL = "Subscribe to the Glenroy Herald to read the whole article."


PROBE140_APPEALS = [
    _doc("b160-westmerewire-liveblog-transit-fares-middle", "appeal", "middle",
         "Invented; modelled on Torontoist (council liveblog, reader-funding paragraph between venue lines and first timestamped entry)", "en", [
             "The March 2019 Westmere City Council Liveblog, Day Two (Transit Fares)",
             "On Monday, councillors started down the road toward a new package of user fees. This morning they return with still more money business. No, this isn’t the operating budget that the evening news keeps talking about, but it is one of the city’s budgets all the same. Westmere keeps a separate ledger for transit, ferries and street parking, supposedly because riders and drivers pay for them directly (yes, that’s the theme of the day!).",
             "It won’t make headlines, but the stakes are real: who should pay to replace worn-out buses and docks, and how fairly? Where is the line between a fare that is too high and one that leaves the system starved? Which nudges would actually get Westmerians out of their cars?",
             "Yes, patient reader, we can hardly wait either.",
             "How to Tune In",
             "Read the Agenda",
             "Civic Centre Council Room (45 Harbour Road)",
             "March 6, 9:30 a.m.",
             _HERON_CLUB,
             "Priya Lam March 6, 20199:41 am",
             "Morning, all! First up, council is tackling this report overhauling the rules for rental e-scooters.",
             "Priya Lam March 6, 20199:43 am",
             "Some of you will remember this story from 2015, and a few others like it.",
             "Priya Lam March 6, 20199:52 am",
             "Under the new rules, rental scooters will be barred from waterfront paths and operators will have to prove to the licensing office that riders have watched a safety video. There are also fresh limits on leaving a scooter parked across a sidewalk for more than two hours, on blocking bus stops, and so on—habits that are blamed for most of the complai",
         ], appeals=[_HERON_CLUB]),
    _doc("b160-redactedrecord-digest-arbitration-middle+end", "appeal", "middle+end",
         "Invented; modelled on Declassified UK (investigations digest, donation block with button mid-page, lone donate button glued after READ NOW)", "en", [
             "The Redacted Record",
             "Posted: 14th May 2024",
             "Catch Up On These",
             "A freelance photographer who covers Baluch communities was held for six hours at a regional airport under counter-terror powers. He suspects officers were acting on a tip-off from Pakistan’s security services – a long-standing buyer of British surveillance kit.",
             "An energy firm’s arbitration win against a Balkan government’s freeze on offshore drilling reveals how investor tribunals let corporations override climate rules.",
             "When colonies were winning freedom in the 1960s, a pair of lawyers drew up a private tribunal system to shield overseas investors. That blueprint, now in force, has become the main weapon companies use to overturn national laws across the globe.",
             _REDACTED_BLOCK,
             "The war in Sudan is just the latest case in which British officials and arms firms hunt for contracts amid catastrophe – sometimes supplying more than one side.",
             "Today’s Story",
             "Records of a senior minister’s private talks abroad during a contested arms licence review have vanished from the national archive – and the department admits it cannot say which files were shredded.",
             "Whitehall says it ‘stands with Kyiv’ against ‘aggression’. Yet a Gulf monarchy accused of sanctions busting trains its pilots alongside the RAF at a base in Lincolnshire under a joint squadron deal.",
             "READ NOW" + _REDACTED_BUTTON,
         ], appeals=[_REDACTED_BLOCK, _REDACTED_BUTTON]),
    _doc("b160-savannaletters-donate-reminder-relaunch-top", "appeal", "top",
         "Invented; modelled on Africa Is a Country (six-paragraph donate reminder above a further-reading list)", "en", [
             _SAVANNA_REMINDER,
             "More to Read",
             "The river remembers",
             "Along the delta, fishing families watch a new upstream dam drain their livelihoods. As the water thins and the police arrive, young organisers take up an old fight.",
             "When the General Goes",
             "The republic’s ruler has held power for nearly forty years through patronage and patience. With a son waiting in the wings and no plan for handover, the country drifts between stasis and rupture.",
             "Machines that write?",
             "When we hand the work of reading to alg",
         ], appeals=[_SAVANNA_REMINDER]),
    _doc("b160-kingsmerematters-funding-plea-top", "appeal", "top",
         "Invented; modelled on On London (one-writer city site, whole visible page is the funding plea, cut mid-sentence)", "en", [
             _KINGSMERE_PLEA,
         ], appeals=[_KINGSMERE_PLEA]),
    _doc("b160-ashportundercurrent-index-newsletter-top", "appeal", "top",
         "Invented; modelled on Managed Decline (blog index, newsletter sign-up block at the top, bullet-separated bylines)", "en", [
             _UNDERCURRENT_SIGNUP,
             "Culture  •  March 3, 2017  •  by Fenwick Moss",
             "Sole Survivors! – Much More Than A Sneaker Shop",
             "Growing up in Norfolk, I’ve always suspected my sneaker knowledge would never measure up to a local’s. I even half-believed I might be turned away at the door of Sole Survivors! because of what I had on my feet. After settling on a pair of green-and-white Puma Clydes, I headed out for…",
             "News  •  February 24, 2017  •  by The Agitator",
             "Nurses’ Union Flags Deep Ward Closures",
             "Hospitals in Ashport have stayed quiet about numbers released by a nurses’ union which warn of sweeping ward closures over the coming three years. Projections from the nursing union and the health branch of a public-sector union point to losses across the wider city of almost £19 million by 2020. The union…",
             "Up North  •  February 17, 2017  •  by Gladys Doomsday-Parker",
             "Finger Lost In Bakery Mixer",
             "A bakery worker needed surgery after the firm he worked for failed to fit proper guards to a dough mixer. Crumbwell Bakeries Limited, which supplies bread to supermarkets and cafés, was convicted at Ashport Crown Court last month following an inquiry by the Health…",
         ], appeals=[_UNDERCURRENT_SIGNUP]),
    _doc("b160-paperstack-offtherecord-podcast-apppromo-top", "appeal", "top",
         "Invented; modelled on inkl (news aggregator, app-promo lines at the top of a syndicated podcast page)", "en", [
             _PAPERSTACK_PROMO,
             "Pressline",
             "Pressline",
             "National",
             "PL Team",
             "Off the Record Ep 212: Life after being ‘banned’ by a government",
             "This week, presenter Ritika Bansal talks with freelance filmmaker Kabir Sethi.",
             "Previously at a foreign news channel, Kabir was “banned” by officials over a film called Rivers of Smoke, on which he served as a researcher. He describes facing lawsuits after ministers accused him of painting the country in an “unflattering” way. He says his residency papers were withdrawn regardless and speaks about the grief of being unable to go home.",
             "Listen in.",
             "Timestamps",
             "00:00:00 - Opening",
             "00:02:47 - Kabir’s story",
             "00:28:12 - Picks",
             "Our picks",
             "Kabir",
             "Borders of the Mind: Essays on Exile and Belonging in South Asia",
             "Ritika",
             "Why the Opposition’s Big Tent Keeps Falling Down",
             "Produced and edited by Meera Joshi, recorded by Tarun Das.",
         ], appeals=[_PAPERSTACK_PROMO]),
    _doc("b160-lakeshoreline-council-review-patron-end", "appeal", "end",
         "Invented; modelled on The 905er (podcast page, patron and coffee plea before the credits line)", "en", [
             "Dara Quinlan",
             "Nobody keeps closer watch on Millhaven City Hall than Dara Quinlan, and her views carry weight. When last autumn’s vote swept a wave of new faces onto council, many hoped for more than a friendlier tone – they wanted a bold, reform-minded council. But its toughest test was set before it even met: on the very day members took their oaths, the province announced that the old council’s refusal to open farmland for development would be overruled. And that was only the beginning, as the province went on to strip cities of planning powers and cut key revenue streams, leaving a hole in the budget of every municipality around.",
             "So how has the new council coped? Who is shining? Who is falling short? And how are the rookies and the veterans managing their trickiest … ahem … partnership – the one every councillor has with the people who actually run City Hall?",
             "Because one thing seems certain: council may have a new look, but the machinery of Millhaven City Hall has started this term just as it finished the last. With a run of puzzling choices and plans that seem built to expose an organisation with deep, structural problems.",
             _LAKESHORE_PLEA,
             "Priya Mendes: audio",
         ], appeals=[_LAKESHORE_PLEA]),
    _doc("b160-townhalldispatches-prairies-episode-end", "appeal", "end",
         "Invented; modelled on The Political Trenches (podcast show page, subscribe and follow link lines between star separators, network line)", "en", [
             "\"The Prairies\"",
             "Welcome to Town Hall Dispatches: Municipal Politics Up Close",
             "Today we head to our last prairie stop, rolling into grain country to talk about everything happening out on the plains.",
             "Helping us make sense of it all, we are delighted to welcome the former reeve of a rural municipality near Larkspur.",
             "First, though, Dana and Marcus have a few headlines to get through.",
             "***********************************",
             "Headlines In This Episode: Residents push back after the town of Westbrook plans paid parking along its lakeshore road",
             "Towns need direct federal cash for water upgrades, mayors say",
             "Ex-councillor repays $9K in travel claims billed to town expense account https://www.news.example/local/ex-councillor-repays-travel-claims-1.2345678",
             "***********************************",
             _TOWNHALL_LINKS,
             "Town Hall Dispatches is Part of the Northern Civic Network",
         ], appeals=[_TOWNHALL_LINKS]),
    _doc("b160-kelvalechronicle-street-sweeper-paywall-end", "appeal", "end",
         "Invented; modelled on Naracoorte News (regional paper, subscribe-to-continue cut after a [...] teaser, contact lines after)", "en", [
             "Big-ticket purchase",
             "By Holly Brennan Kelvale-Marsh mayor Derek Oates has stood by the council’s costly decision to buy a new street sweeper. The council has paid $318,950 for the machine and its attachments for the depot fleet. The previous council had set aside $200,000 in its budget to allow the works crew to […]",
             _CHRONICLE_WALL,
             "We’d love to",
             "hear what you think!",
             "Get in touch to share news from around our district.",
         ], appeals=[_CHRONICLE_WALL]),
    _doc("b160-glenroyherald-mayor-inquiry-paywall-end", "appeal", "end",
         "Invented; modelled on Barossa Leader (regional paper, one-line subscribe-to-read cut after a word cut mid-way)", "en", [
             "Council news",
             "\"We are at breaking point\"",
             "Lower Glenroy Council Mayor, Anne Whitlock has issued an impassioned call for more funding on behalf of her district and its ratepayers at a recent hearing, held under a national inquiry into the finances of local councils.",
             "A visibly moved Mayor Whitlock began her submission to the Senate committee by descr",
             _GLENROY_WALL,
         ], appeals=[_GLENROY_WALL]),
]


# --- Probe 140: negatives -----------------------------------------------------------------------

PROBE140_NEGATIVES = [
    _neg("b160-callitoutph-newscove-typhoon-donations-neg",
         "Invented; modelled on Get Real Philippines (blogger criticising another outlet's reporter for soliciting donations)", "en", [
             "Should @NewsCovePH really be asking readers for money to cover the typhoon?",
             "It feels a bit off when a big, established outlet like NewsCove passes the hat to pay for its disaster reporting. Yet here is NewsCove reporter Liza Dimaculangan doing exactly that...",
             "Is that appropriate? Or even good manners for a media company the size of NewsCove?",
             "And come to think of it, why do they believe their own audience owes them funding? Maybe it comes with being seen (or seeing themselves) as the saviours of Philippine media, with their stories as some kind of sacred calling.",
         ]),
    _neg("b160-lakelandherald-hospice-tinshake-totals-neg",
         "Invented; modelled on Northern Ireland World (hospice street collection with totals, target and quoted thanks)", "en", [
             "A remarkable £18,000-plus has been collected for Lakeland Hospice through a Great Tin Shake in towns including Drumbrack and Kilveagh.",
             "The final figure of £18,342.65 came in from the appeal on Saturday, April 15, when 164 volunteers turned out across the Lakeland district, aiming to reach £20,000 for the charity.",
             "Community fundraiser Niamh Gallagher said “We came within touching distance of this year’s goal, but we are still thrilled with what was collected in a single day. We are overwhelmed and grateful for the incredible backing from local communities.”",
             "Collectors were out in Drumbrack, Kilveagh, Ballinlough, Carrowmore, Tullyhern, Glenfarne, Ardmoy, Rathcool, Lisnabeg, Crossgar, Dunmore and Portglen.",
             "Members of the Lakeland Hospice fundraising team with their final total. From left: Aoife Rooney, Declan Boyle, Niamh Gallagher, Ciara Devlin, Ruth Magee and Sean Corr.",
             "Community fundraiser Ciara Devlin said ‘It’s incredible how much we have collected in a single day for the hospice, and that is thanks to our brilliant volunteers who gave up their time to shake tins for us.",
             "\"It rained nearly all day, so we can’t thank them enough, along with everyone who put something in a tin. We’re also really thankful to the local supermarkets that let us collect at their doors, every coin counts.”",
             "Lakeland Hospice offers specialist end-of-life care and support to adults living mainly in the Lakeland district and needs to raise £2.4million each year to keep its services running.",
         ]),
    _neg("b160-ossorylive-kilmoran-hospice-branch-year-neg",
         "Invented; modelled on Tipperary Live (hospice fundraising branch's yearly report of events and sums, cut at the thanks)", "en", [
             "2019 was a record-breaking year for the Kilmoran fundraising branch of West Ossory Hospice",
             "The year ended with committee members handing over a cheque for €38,000 to Bríd Fennelly from West Ossory Hospice.",
             "That our community gave an average of over €700 a week to the Hospice last year is something every one of us is hugely proud of.",
             "Our programme of events is run by a committee of about 18 volunteers chaired by Declan Furlong, and it takes real teamwork. Many gifts also arrive anonymously, either handed in directly or passed on by other local groups.",
             "Regular fixtures include the yearly coffee mornings and daffodil day. In December we held a Christmas bake sale and carol service. The New Year’s Day swim has become a big occasion and the church gate collection each autumn remains a fixture. New for 2019 was a Memory Tree displayed in the local post office with the postmaster’s kind permission. We also received a very generous gift from Ballyfin and held a coffee morning in Nolan’s pharmacy.",
             "In June 2019 we hosted a sell-out concert in the Glebe House hotel with Maura Kiely topping the bill. The night also showcased local performers and pupils of the Carmel Dunne School of Dance.",
             "The organisers of the Kilmoran vintage rally also gave a generous share of their takings to the hospice, as did the local camogie club.",
             "Last October was the sixth time we ran the 12-hour rowing machine challenge, which raised close to €8,000.",
             "The committee was delighted to present Tom and Maeve Horgan with the 2019 Hospice Champion award after the New Year’s swim. The Horgans have long backed the hospice and open their farmyard to us every New Year’s Day.",
             "Our heartfelt thanks go out to everyone in",
         ]),
    _neg("b160-wessexeye-chalkdown-hospice-summit-summer-neg",
         "Invented; modelled on Dorset Eye (hospice sponsored-challenge awards evening with daily fundraising need)", "en", [
             "Sponsored challengers go the extra mile for hospice",
             "Fundraisers for the Chalkdown Hospice charity, who have collected more than £8,000, were praised by bestselling novelist and television writer Dame Eleanor Vance at an awards evening on Thursday.",
             "The event, held at Lyme Vale Academy in Bridcombe, marked the efforts of everyone who took on the ‘Summit Summer’ sponsored challenges – a scheme launched by the charity to bring in much-needed money so that it can keep offering its services.",
             "Dame Eleanor, who is a patron of the Chalkdown Hospice Trust, said she was ‘humbled’ to see such a deserving cause backed by people who had willingly given up their own time for it.",
             " “You have all gone above and beyond,” she told them.",
             "The Summit Summer scheme took its cue from the mountaineering festival held in the county last year. Participants chose their own challenge, which ranged from a 10-mile hill walk to a day of sponsored silence.",
             "“We wanted to let people pick something that meant something to them,” said Gareth Hollis, the Head of Fundraising. “Many of those who took part have seen our care first-hand and feel strongly about the hospice,” he said.",
             "Government funding covers only 30% of what the hospice costs to run.",
             "“Being a charity, we have to find £11,000 every day,” said Gareth. “What was raised this evening will support our core work caring for patients and families right across the county,” he added.",
             "The hospice, which depends largely on public generosity, employs specialist nurses to support patients who choose to stay at home during their illness – a crucial service for both the patients and",
         ]),
    _neg("b160-leftbench-coastlinevoices-citizen-journalism-neg",
         "Invented; modelled on Labour Hub (volunteer writer praising a free citizen-journalism site)", "en", [
             "Citizen Journalism: Coastline Voices",
             "By Rosa Ferrante",
             "A tweet of theirs first grabbed my attention, in the spring of 2021. Coastline Voices wanted volunteers. I grew up in Saltmarsh Bay, though I moved away long ago. Still, I sent off an email offering to help with research, adding that I’d had the occasional piece published.",
             "Editor Gwen Alder wrote back straight away asking me to pitch a story, and before long I was looking into a newly ennobled former broadcaster and the web of think-tank allies that critics had nicknamed the Tufton crowd.",
             "Reading Coastline Voices costs nothing. A fresh issue goes up each week, and there is a large back catalogue of pieces.",
             "Its patch is what the name promises: England’s south coast, from the chalk cliffs in the east to the holiday towns in the west and every faded pier in between.",
             "It is a patchy economy, where nearly a third of children are growing up poor. Some go hungry; some families can’t afford school shoes.",
             "The coast can feel lawless. Anyone with a bit of influence assumes they can do as they please, and often they can. There is never a lack of material.",
             "Every few weeks I file a piece, from a cabinet minister’s seaside property dealings to the councillors who quietly switched parties to seize control of a borough. Then came a ferry operator, its holding company and a string of offshore directors who happen to be big party donors. I keep finding stories that start locally and end up mattering nationally.",
             "Coastline Voices plugs a gap. Local papers do cover plenty, but regional reporters rarely have the hours for deep digging. The titles have hardly any budget for investigations: their focus has shifted to click-chasing headlines that push up web ad income.",
             "And some stories the regional papers simply avoid, particularly when",
         ]),
    _neg("b160-loudmouthed-crowdfund-water-filters-neg",
         "Invented; modelled on Sick Chirpse (viral crowdfunding for famine relief, image-credit lines, cut at 'if you'd like to get involved')", "en", [
             "Crowdfunding Page Raises Over £700,000 In A Weekend To Fly Water Filters To Chad",
             "Heart-warmer of the week.",
             "Chad is facing a severe water crisis, with at least 31 people tragically dying of cholera in the country’s east over the last four days. The crisis has been driven by months without rain and one of the worst dry seasons anyone there can remember.",
             "Featured Image VIA",
             "Looking to get help there fast, ex-YouTube creator Malik Osei and Open Hands Collective founder Priya Nandi launched a crowdfunding page and a social media push aiming to fund a plane loaded with water filters to the capital N’Djamena.",
             "Chad water cri",
             "Image VIA",
             "Only one cargo carrier flies that route, SkyAtlas, so the plan was to raise $800,000 (roughly £640,000) to charter the aircraft, load it with filters and send it to Chad. Incredibly, once the campaign went viral under #SkyAtlasHelpChad and the page went live, the goal was smashed within two days and SkyAtlas itself stepped in to help.",
             "Image VIA",
             "With the target met, Osei chose to push it up to $1.6million (roughly £1.3million), and after the hashtag #ChallengeForChad took off, actor Dean Marlowe joined in too:",
             "Brilliant use of the internet right there. The first tranche will fly a 50 tonne load of filters and purification tablets out on the 19th of this month, together with bottled water, rehydration salts and medical kits for people at risk. The second tranche will go on drilling wells in the worst-hit villages. Marlowe will travel with the team to film the effort.",
             "What an incredible act of generosity. It shows just how social media and crowdfunding can make a real difference in places crying out for help. Respect to everyone who has chipped in to this brilliant effort and if you want to lend a hand,",
         ]),
    _neg("b160-govwirefeed-partyfinance-q2-donations-neg",
         "Invented; modelled on Wired-Gov (regulator press release on party donations and reporting thresholds, bullet list)", "en", [
             "Party Finance Regulator",
             "Parties report almost £14 million in donations for second quarter of 2024",
             "Registered political parties in the UK declared £13,904,551 in donations and public funding for the second quarter of 2024, the Party Finance Regulator announced this morning.",
             "The equivalent figure for the same quarter in 2023 (April to June) was £9,215,338.",
             "Daniel Okoro, the Regulator’s Head of Compliance and Public Information, said:",
             "“We release these figures so that the public can see where parties get their money. Openness about political funding matters to voters, yet our polling shows just 19 per cent think the way parties are financed is open.",
             "“Publication on its own will not fix that. We keep urging ministers to update the rules, so that parties are shielded from people trying to get round the law, and so that voters can trust the system more.”",
             "Every registered party must file a return on donations and loans each quarter. In these returns, parties declare:",
             "• donations received over the £11,180 limit (over £2,230 for accounting units)",
             "• several smaller gifts from one donor that together pass the reporting limit",
             "• donations from impermissible sources and what was done about them.",
             "Parties may also declare gifts that ought to have appeared in earlier returns.",
         ]),
    _neg("b160-steppewatch-caucasus-broadcaster-defunded-neg",
         "Invented; modelled on Freedom For Eurasia (reporter's essay on a broadcaster's defunding, photo caption, subhead, cut mid-word)", "en", [
             "The Caucasus: Collateral Damage In Washington’s Cuts To Independent Broadcasting",
             "Martin Hollis",
             "for Steppe Watch",
             "Levan Beridze crouches behind a concrete barrier during fighting on a mountain border in September 2022. Photo credit Levan Beridze",
             "In September 2022, when shelling erupted along a disputed mountain border, Levan Beridze was one of the first reporters to arrive, crouching behind a concrete barrier as artillery rounds landed on both sides of the line.",
             "It was the first time he had seen men wounded by shrapnel, as a decades-old quarrel flared into open fighting in an area where villagers had long argued over grazing and roads.",
             "Three years on, still filing from the border districts as a stringer for Radio Open Horizon (ROH), Beridze reported on the reopening of a mountain road linking the two sides, after a treaty settled a dispute dating back to the collapse of the Soviet Union.",
             "It was a landmark moment, without doubt, and also the final story Beridze filed for the American-funded network he had reported for since 2011.",
             "In March, he and dozens of other regional stringers working for ROH on short freelance agreements had their contracts cancelled as part of Washington’s sweeping drive to cut off funding to public and independent broadcasters.",
             "Across the region’s brittle media landscape, the damage is already being tallied, as governments at home and abroad see a new chance to shape the news on their own terms.",
             "Making Faraway Places Feel Near",
             "My own post as ROH’s South Caucasus correspondent disappeared at roughly the same moment as Beridze’s.",
             "And I am far from the only outside reporte",
         ]),
    _neg("b160-wavenews-exiled-newsrooms-funding-neg",
         "Invented; modelled on WE News (feature on exiled newsrooms' funding and security struggles, cut mid-word)", "en", [
             "Beyond the Border: How Exiled Newsrooms Keep Reporting on Home",
             "Tue Mar 12 2024",
             "VILNIUS, Lithuania: Four years of crackdown at home have pushed the country’s independent reporters abroad, yet their work has not stopped. Scattered across several capitals, editors and correspondents are piecing their newsrooms back together, still set on one goal: telling the world what is happening and giving people back home the facts.",
             "The risks are enormous. The people who feed them information, still living under the regime, face arrest, beatings or long prison terms for talking. Keeping those sources safe comes first, and it demands careful habits, encrypted apps and constant vigilance.",
             "Still, the work is paying off. Exiled outlets reach audiences through satellite channels and mirror websites that censors struggle to block. Their investigations document abuses in prisons and courts and shine a light on how the authorities silence dissent.",
             "What they uncover supports opposition groups at home and gives international monitors evidence they can use to hold officials to account. Their reports record the lives of ordinary people caught up in the repression, carrying their stories to a wider audience.",
             "Yet life in exile is expensive. Newsrooms struggle with tight budgets, patchy equipment and regular hacking attempts traced to state agencies. The strain of living far from family and watching events at home from a distance weighs heavily on the reporters too.",
             "And still the exiled press carries on. Its stubborn devotion to the craft, backed by press-freedom groups and loyal readers abroad, keeps the hope of an open society alive. Their persistence stands as a signal to others living under rep",
         ]),
    _neg("b160-marketpulse-digital-editions-dent-print-neg",
         "Invented; modelled on Bizcommunity (aggregator summary on newspaper prices and circulation, source agency boilerplate)", "en", [
             "Digital editions dent print sales",
             "The study also finds that circulation of Amharic-language dailies fell by 60,000 copies after a new stamp duty pushed up cover prices and hit sales.",
             "\"Most readers now prefer to get their news on their phones rather than in print, and the stamp duty introduced in 2015, which raised the cover price, may have added to the fall,\" the study said.",
             "The leading dailies raised their cover price from Br8 to Br10.",
             "Read the full article on panafricawire.example",
             "Source: PanAfrica Wire",
             "PanAfrica Wire is a voice from and about the continent - collecting, producing and distributing more than 1,500 news items every day from over 100 African media partners and its own correspondents to readers across Africa and the world. We have offices in Accra, Addis Ababa, Johannesburg, Kigali, Nairobi and London.",
         ]),
    _neg("b160-harbourforum-marisa-kowal-crowdfunding-neg",
         "Invented; modelled on Raise the Hammer (columnist relaying another journalist's crowdfunding appeal at length, cut mid-sentence)", "en", [
             "Back Marisa Kowal's Crowdfunding Campaign for Independent Civic Reporting in Port Arden",
             "Port Arden's most dedicated independent reporter has spent years shining a clear, constant light on City Hall, and now she is asking for our help.",
             "By Devin Sato",
             "Published February 11, 2015",
             "Marisa Kowal",
             "Port Arden needs Marisa Kowal, and Marisa Kowal needs us to chip in.",
             "Port Arden's most dedicated independent reporter has set out to keep City Hall in full view by streaming and archiving every council session, every committee and subcommittee, and every school board meeting. She also presses for agendas and minutes to be posted on time and has long argued, clearly and persuasively, that the city should publish its data openly.",
             "Democracy happens before council votes, not after, and Marisa has raised the bar for early, steady reporting on how decisions get made in Port Arden. That gives residents a chance to learn about issues and weigh in while their voices can still change the outcome.",
             "Besides the streams, Marisa files write-ups on the stories that matter and now and then a column. She even drives to the provincial legislature to track Port Arden files there.",
             "On top of that, she manages live reports from wherever news breaks around town, from ice storms to late-night fires to street festivals.",
             "Marisa can't be at every event, but her skilful use of social media has helped lift up the voices of engaged residents across Port Arden who want a bigger part in the news and decisions affecting their neighbourhoods.",
             "With the 2015 municipal campaign now under way, Marisa Kowal has promised \"the most thorough, evidence-based election coverage in the city\".",
             "She does it all with a professionalism and honesty that leave nobody doubting her commitment to the ideals of civic reporting. The whole city gains from her work, even those who only",
         ]),
    _neg("b160-southlandbeacon-community-papers-lockdown-neg",
         "Invented; modelled on The Ensign (report on readers' new respect for community papers during a lockdown, cut mid-sentence)", "en", [
             "Readers rediscover the ‘freebie’",
             "Plenty of people will never again dismiss the community paper that lands in their mailbox as “just the freebie”.",
             "They have a fresh appreciation, either because they noticed what was missing during the strictest stage of the lockdown or because they were thankful that publishers kept local news flowing through those difficult weeks.",
             "When the strictest stage was announced, community papers (and magazines) were oddly left off the list of news outlets treated as essential services.",
             "Officials seemed to think that community papers were still handed out by young paperboys.",
             "Within days, the rule was eased slightly so that titles serving isolated rural districts and migrant communities could carry on.",
             "Even so, many papers were unable to print or to deliver.",
             "Online editions kept going and readers thanked publishers for the ongoing coverage, but for plenty of older residents a screen was no substitute for the paper itself.",
             "In the river valley, the Riverbend Courier and the Hillside Herald joined forces for the period and kept printing copies for bulk drop-off at corner shops and grocers.",
             "An older reader phoned their office in tears after picking up the first joint edition.",
             "It was his only window on local news and his only ‘company’.",
             "Southern Mastheads, which owns a string of community papers in the south, was asked by readers to start printing again during the strictest stage.",
             "It had to turn those requests down, but a few of its titles, including the Plainsfield Post, were cleared to keep publishing, first dropping copies at grocers and later delivering to isolated farms.",
             "The Rural Gazette and the High Country Gazette also came back during the lockdown.",
             "In Kerrowdale, three readers of the Kerrowdale Weekly (which kept printing and skipped just one week of home delivery) complained on social media that they were annoyed",
         ]),
]


BATCH160_DOCUMENTS = PROBE140_APPEALS + PROBE140_NEGATIVES
