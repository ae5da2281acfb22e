"""Batch 180: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

16 documents (5 appeal, 11 negative; EN): our own paraphrases of every document of the local-only
real probe 160 (16 documents). Each keeps the real page's structure (a satirical fortnightly's list of
council items with capitalised place-name leads and an issue-date footer, a city daily's home page
with a top story, a survey-prize box, an event promo with a member pre-sale and glued button labels,
and a "latest stories" list of section / headline / byline / date / dek lines, a press-agency
"more stories" list of teasers cut mid-sentence with story blurbs and "Mon DD · >" date lines, a
teaser river cut with "..." and one teaser repeated, a pull-quote list with an author line, an
opinion column with date and "Written by" lines, an analysis newsletter with pin-emoji key points
and a numbered section, blog posts with trailing spaces and pages cut mid-word) and exactly what the
real gold marks: a one-line "subscribe here and get the magazine posted home" sentence after an
issue-date footer; an event promo block (speaker, credentials, title, date, venue, members' pre-sale
line, glued "already a member / join" buttons and the form's email-consent line) in the middle of a
home page; an agency's emergency-funding appeal (heading, paragraph, "find out more" link line)
between a teaser list and article blurbs; a blogger's "enter your email to get my newsletter" line
closing a teaser river; a two-line newsletter sign-up (heading plus tagline) closing a quote list.
Negatives keep what makes the real ones hard: a radio station's holiday food drive totals with a
charity's year-round donation address, a charity platform's pooled pandemic funds with matching and
a "click the tab to donate" line, a paper's coin drive for a toy drive with totals, a hyperlocal
joining a national news network with membership growth and revenue talk, a report on independent
local news outlets and their trade body's members, a farm paper's column attacking a rival's
"funding journalism" newsletter, an analysis of newsletter businesses with paid subscriptions and
sponsorship, a blog on a neighbour country's independent news site's anniversary, a blogger urging
readers to back two other outlets with prices and a crowdfunder, a blogger relaying a charity's
flood appeal with a donate line, an exposé on journalists' poverty and brown envelopes.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text by
check_para.py). The modelled real outlet is noted in each outlet field. Like the earlier batches
`build_devset.py --batch180` takes each text as it stands, locates every gold appeal substring in it
(asserted unique) and writes Fixtures/unseen-batch180.jsonl.
"""


from whole_documents import _doc, _neg


# --- Probe 160: appeal documents ----------------------------------------------------------------

_GADFLY_SUB = "Subscribe here to get the magazine posted to your door once every two weeks."

_HARBOUR_EVENT = "\n".join([
    "Lena Ostrova",
    "MD, Sleep Scientist + Lecturer, Calder Bay School of Health Sciencs",
    "7 RULES FOR RESTFUL NIGHTS & SHARPER DAYS",
    "Thursday, October 9, 2025",
    "7-8:30 , Harbourfront Ellery Hall",
    "Early tickets forHarbour Daily members available today!",
    "ALREADY A MEMBERJOIN AS A MEMBER TODAY",
    "By submitting this form, you consent to getting emails from Harbour Daily. Opt out whenever you wish.",
])

_NPA_APPEAL = "\n".join([
    "Our appeal",
    "National Press Alliance, set up by the veteran editor Ramesh Varadarajan to give the country a wire service owned by no tycoon and no party, now risks closing for good after two years of collapsing subscriptions from small papers. Only urgent help from readers can keep its teleprinters running. We ask everyone who values a free and plural press to give whatever they can to keep this service alive.",
    "Click here to find out more",
])

_RELAY_NEWSLETTER = "Type your email below and my newsletter will land in your inbox"

_OTHERSIDE_SIGNUP = "\n".join([
    "Sign up for our newsletter",
    "Ground-level journalism that questions the headline consensus",
])


PROBE160_APPEALS = [
    _doc("b180-gadfly-councils-end", "appeal", "end",
         "Invented; modelled on Private Eye (fortnightly's council-items list, issue-date footer, one-line subscribe sentence)", "en", [
             "MARLBECK The Liberal-led council has \"mislaid\" the records of 320 families in emergency housing, so its budget fell short by £7m.",
             "OSTERHAM An inspector has told the borough to hand nearly £9,400 to a pensioner left for three winters in a flat with no working heating.",
             "WEALDSHIRE Parish clerks say the county rigged its survey in favour of its own plan before the merger into a single authority next spring.",
             "CRANMOUTH The cash-strapped borough wants to keep quiet about its £6m row with parking operator Meterline, and nobody will say what it paid out.",
             "NORTHBROOKSHIRE",
             "A Heritage councillor escaped sanction after telling followers online that \"the town is being took over [sic] and the church is been sold [sic]\".",
             "Next issue on sale: 14th March 2026",
             "Our site gets refreshed the Friday after each fresh issue appears.",
             _GADFLY_SUB,
         ], appeals=[_GADFLY_SUB]),
    _doc("b180-harbourdaily-sleep-event-middle", "appeal", "middle",
         "Invented; modelled on Capital Daily (city daily home page, event promo with member pre-sale, glued member buttons and email-consent line)", "en", [
             "Top Story",
             "Shop the Coast: Where to buy local as import prices climb",
             "Priya Landsman",
             "June 2, 2025",
             "A guide to the farms, bakeries and makers around Calder Bay selling groceries and home goods made close by.",
             "Win a weekend for 2 + breakfast at the Lighthouse Inn at Carrow Point!",
             "Tell us how we can make Harbour Daily better in a quick questionnaire and you'll go into a draw for a weekend away at the Lighthouse Inn or one of 4 $75 vouchers for a favourite Calder Bay café!",
             _HARBOUR_EVENT,
             "Calder Bay News: Newest Stories",
             "Health",
             "Fewer Calder Bay teens vaping, school survey finds",
             "Owen Talbridge",
             "June 10, 2025",
             "“We expected a dip, not a drop by half in barely three school years,\" — public-health lead Dr. Hana Veldt.",
             "Events",
             "Summer solstice festivals around Calder Bay",
             "Mira Castellanos",
             "June 10, 2025",
             "Bring a lantern and a blanket",
             "Housing",
             "Rent caps leave Calder Bay landlords and tenants at odds",
             "Priya Landsman",
             "June 9, 2025",
             "Tenants fear their leases won't be renewed—and owners say the rules don't add up.",
         ], appeals=[_HARBOUR_EVENT]),
    _doc("b180-npawirepack-appeal-middle", "appeal", "middle",
         "Invented; modelled on IPA Newspack (press-agency teaser list cut mid-sentence, emergency-funding appeal, story blurbs with date lines)", "en", [
             "More stories",
             "The chief minister of Vandrapur, Keshav Rao, has summoned every legislator of the ruling Lok Jan Morcha to the capital on Monday, prompting",
             "The national weather office said it is \"reviewing the readings\" after its new monsoon forecasting satellite went silent,",
             "The federal finance minister on Thursday charged the opposition with playing to vote banks, saying its march over fuel costs was really aimed at",
             "Before the opposition's rally against food inflation, senior leader Anjali Mehra said the country was seeing 'the slow burial of the republic'. The party",
             "A foreign fishing research vessel is expected to berth at the privately run Kestrel Bay harbour on the southern coast on",
             "Barricades went up overnight outside the opposition's central office and the home of its president after officials sealed part of",
             _NPA_APPEAL,
             "Law Commission Study Argues Merger Of Two Districts Was Illegal",
             "  By Suresh Nandan   Wednesday marked two years since the districts of Palgiri and Unnam were fused into one. The same day a study of the merger by the Law Commission's research wing was made public. Its findings may well spark a political row...",
             "Aug 21 · >",
             "Seven Decades On, Clean Water Still Not A Guaranteed Right",
             "By Dr Leela Mathur   The republic has come a long way in roads, rockets and phones. Yet the old rulers left behind thin pipes and dry wells in most villages. According to the rural survey of 1961 quoted by Anil K Deshpande and Rekha Sood, only one home in nine had piped water...",
             "Aug 21 · >",
         ], appeals=[_NPA_APPEAL]),
    _doc("b180-relayaccra-teasers-newsletter-end", "appeal", "end",
         "Invented; modelled on Wire Nigeria (blog teaser river cut with '...', one teaser repeated, closing newsletter-email line)", "en", [
             "Last Stop: A day with Accra's trotro mates",
             "It's 6:40 a.m. on Thursday, and Kofi is hanging from the side door of a packed minibus. He's shouting the route to Madina at the crowd. It's his fir...",
             "It's 6:40 a.m. on Thursday, and Kofi is hanging from the side door of a packed minibus. He's shouting the route to Madina at the crowd. It's his fir...",
             "Along busy Accra streets, wooden kiosks selling airtime, sachet water and bread are where many Ghanaians buy daily goods. Yet for brands hoping t...",
             "Tanzania took in roughly TZS 9 trillion ($3.4 billion) from visitors in 2024. Much of that money is spent in craft stalls where travellers pick up c...",
             "The opposition Progressive Alliance in Volta on Sunday held primaries to choose constituency officers across the 87 polling areas of the region. Vot...",
             "Arsenal drew 1-1 with Everton at the Emirates on Sunday afternoon. Late replacement Tomas Rivera headed home an 89th-minute leveller to deny the vi...",
             "Soldiers of the 4th Infantry Battalion, Tamale, have arrested a suspected kidnap gang leader in the Northern Region, Iddrisu Mahama. The unit's pre...",
             "The Ashanti Regional Minister, Kwame Boateng, has ordered an emergency audit of district hospitals. The order came after a report on drug shortag...",
             _RELAY_NEWSLETTER,
         ], appeals=[_RELAY_NEWSLETTER]),
    _doc("b180-othersidereports-quotes-signup-end", "appeal", "end",
         "Invented; modelled on Unbias The News (pull-quote list with author line, closing two-line newsletter sign-up)", "en", [
             "“It was like being sealed under water – a cold, silent tank. Faces moved past me and the voices were just noise. I could not think. I sat there […] Nobody came.”",
             "Newsrooms often treat a person who crosses a frontier as if they have shed their name – a life with its own worth becomes a dot in a statistic, and their rights shrink along with it.",
             "“I begged the officers to let me go, but they wanted 300,000 CFA ($500) on the spot. Then they took me to a cash machine near the central market and stood there while I emptied my account.”",
             "Amadou Kone Seydou, Mbeki Lydia Anane, and Tchoumi Fabrice Ndi",
             "Across much of Chad, coverage bends to whoever is paying, and a small gift handed over after a press briefing decides which story readers will see.",
             "A Zambian photographer on being paid a pittance by foreign agencies, how fixers' contacts are mined without credit, and first-hand voices from around the continent.",
             _OTHERSIDE_SIGNUP,
         ], appeals=[_OTHERSIDE_SIGNUP]),
]


# --- Probe 160: negative documents --------------------------------------------------------------

PROBE160_NEGATIVES = [
    _neg("b180-crkw-holiday-fooddrive-totals-neg",
         "Invented; modelled on 610 CKTB (radio station's holiday food drive with totals and a charity's year-round donation address)", "en", [
             "THANKS, LAKESHORE | Record-breaking Winter Hamper Drive brings in more than $480,000",
             "For yet another December the Lakeshore region dug deep in its wallets and cupboards for the yearly Winter Hamper Drive in aid of Neighbour Link.",
             "AM 940 CRKW, Coast 101.3 and Hits 88.9 went on air from Harbour Plaza in downtown Port Alder, collecting money, canned goods, warm coats and soap.",
             "Once the 14-hour broadcast wrapped, Neighbour Link's director, Marlene Dufresne, revealed cash pledges of $241,500.",
             "Dufresne said that once groceries, toys, coats and money are all counted, this winter's drive has gathered more than $480,000.",
             "That beats the $230,000 raised twelve months earlier, which makes it the strongest result in the drive's history.",
             "Even with that remarkable sum, Dufresne said the need does not stop in January and neighbours will keep relying on the program.",
             "Gifts can be made any month at NeighbourLinkPA.example.org, or dropped off at 48 Quay Rd, Port Alder.",
         ]),
    _neg("b180-northislandnow-pooled-funds-donate-tab-neg",
         "Invented; modelled on MyTriPortNow (regional radio news on a charity platform's pooled pandemic funds with a donate-tab line)", "en", [
             "Pooled relief funds aim to simplify giving",
             "GiveNorth has set up a pair of pandemic relief pools so people across the country can support hospital staff and many of their chosen causes in one go.",
             "The Frontline Care Pool and the Neighbourhood Relief Pool were unveiled on Tuesday.",
             "Speaking by phone to Coastwave Radio reporter Lina Haddad, GiveNorth's head of partnerships Owen Marchetti said the pools let donors reach dozens of groups at once, \"It bundles a set of registered charities working on the outbreak, so a single gift gets spread across the whole response instead of picking one group at a time.\"",
             "Marchetti added that every dollar given to the two pools will be matched by the Harlow Insurance Foundation, to a ceiling of $1.5-million.",
             "\"Within the first day (Tuesday, March 31st) the Frontline Care Pool took in more than $180-thousand and the Neighbourhood Relief Pool about $195-thousand, so people clearly jumped on it.\"",
             "Together the two pools collected close to $375,000 in their first twenty-four hours. Marchetti also pointed to figures from the past year suggesting that charitable giving had levelled off. He called the pools a sensible option for anyone stuck indoors right now and wondering what they could do to pitch in.",
             "To give, follow this link and pick the first tab along the top.",
         ]),
    _neg("b180-harbourgazette-loonies-toydrive-totals-neg",
         "Invented; modelled on Nanaimo News Bulletin (paper's own coin drive for a toy drive, totals by year, cut mid-sentence)", "en", [
             "Local charities are weighing what came in against how many asked for help this Christmas.",
             "Groceries, gifts and money arrived from every corner of town for households that came up short over the holidays.",
             "The Gazette's Loonies for Little Ones collection was among the campaigns several charities were able to draw on.",
             "Loonies for Little Ones, which used to be called Change for Christmas, lets the Alder Bay Toy Run buy presents for kids from low-income homes in the city. It also backs the Food Bank's holiday box program and the Youth Centre in Alder Bay.",
             "This winter's collection, from Nov. 18 to Dec. 20, brought in $3,612, a bit under half of the $7,500 target set when the drive switched from pennies to dollar coins. The drive raised over $7,700 the year before and over $6,200 the year before that.",
             "This season's total still produced three cheques of $1,204 apiece, one for each partner group.",
             "\"No amount is too small, it all goes somewhere,\" said Rosa Feeney, who chairs the Alder Bay Toy Run.",
             "More shops joined in this time, giving both money and toys. Bayview Mall, the city's two fire halls and several other spots again kept drop boxes in their lobbies. Money gifts let volunteers buy for the ages that get overlooked, like babies and older teens.",
             "The toy run made sure 1,240 kids from 602 households in Alder Bay had something to open.",
             "Dylan Marsh, who runs the Youth Centre of Alder Bay, said the funds also let his team pick up presents and store cards for young members who could do with a boost at this time of year.",
             "Food Bank manager Corinne Haugen also said the food bank is grateful for everything the town ",
         ]),
    _neg("b180-canalsidecourier-network-launch-neg",
         "Invented; modelled on Broughton Spurtle (hyperlocal joining a national news network, membership growth and revenue talk, cut mid-word)", "en", [
             "The Canalside Courier has teamed up with 17 other small community titles from towns, islands and city districts around Wales to launch The Welsh Lantern, a shared news site that went live this morning.",
             "The new platform is the first joint newsroom of its type in the nation. Its backers want to give community media a firmer footing and carry local stories to readers far beyond their home patch.",
             "It will feature reporting on subjects such as local ownership, fairness, council accountability and climate – from Anglesey at the top of the map to Monmouthshire at the bottom.",
             "Other titles signed up so far include: The Valley Voice, Dyfi Notes, Penarth Post, Tawe Talk, The Harbour Herald, Llyn Weekly, The Rhondda Record, Conwy Corner, Bro Bulletin, Cardiff East Chronicle, The Gower Gazette, Newport Pages, Ceredigion Crier, The Wrexham Wire, Pembroke Pages, Brecon Beacon.",
             "Organisers expect more titles to sign up in the coming months, since plenty of independent publishers have yet to come aboard.",
             "Varied set-ups, common goals",
             "The partners – each of which will keep publishing under its own name – are run in many ways. A few are charities, a few are companies, others are one-person operations. Several appear only on paper, some only online, and most do both.",
             "Every one is locally owned and publishes its own reporting for the public good, with deep roots in the towns it covers. The site has signed up to an independent press regulator.",
             "The editors behind the network already meet often to pool tools, training and know-how and to plan joint investigations. They hope to revive local reporting and tackle shared problems such as staying afloat over the long run.",
             "Crucially, the Welsh Lantern might also bring in money by pool",
         ]),
    _neg("b180-levenherald-independent-outlets-report-neg",
         "Invented; modelled on Dumbarton Democrat (report on a count of independent local news outlets and their trade body's members, cut mid-word)", "en", [
             "More than three hundred independent community news sites are still publishing across Britain after a tough twelve months for the industry, according to a survey by trade title Media Ledger, reports Fiona Baird in the NORTHERN DIGEST",
             "The title writes: 'By our tally, at least 330 local and neighbourhood news services are going strong outside the big regional chains (Northgate, Castle Media, Pennine Press and others) and covering their own areas. We have plotted every one of them… and spoken to the trade association, the Association of Community Publishers (ACP), about the pressures on the sector'. Among the ACP's northern members are Fife Focus, Ayr Today and Orkney Wave.",
             "Over the last ten years, notes Media Ledger, steep cutbacks at the big chains have shut scores of papers, while cheap software and fresh ways of paying for news have let small neighbourhood publishers spring up. A 2019 government-backed inquiry into the health of the press also stressed the value of local coverage and of civic journalism, which it listed among the things that 'really count'.",
             "'People finally see the sector as a vital piece of the news landscape, which was not the case before,' says Ruth Ogilvie, operations lead at ACP, which works to raise standards among its members. 'For years the attitude was: \"why bother with these small fry?\", and plenty of local authorities agreed… yet these outlets have shown they matter a great deal to how Britain gets its news. New ones keep popping up every month'.",
             "Small publishers have turned out to be surprisingly hardy. Of the ACP's 110 members, only one folded during the lockdowns. Media Ledger's figures indicate that the north-east, the Highlands, Cornwall and parts of the Midlands are among the places where indep",
         ]),
    _neg("b180-farmgazette-column-rivalnewsletter-neg",
         "Invented; modelled on Dairy News (farm paper's opinion column attacking a rival's 'funding journalism' newsletter)", "en", [
             "Thursday, 11 March 2021 09:30",
             "Fine words, though...",
             "Written by  The Gatepost",
             "OPINION: Media giant Horizon and farmer lobby AgriVoice love to sermonise about their lofty ideals – Horizon, about \"backing local news\", AgriVoice about \"standing up for the land\".",
             "Funny, then, that the pair have joined hands to do precisely the reverse of what they both preach. ",
             "Specialist farm papers spend real money paying for reporting in the country.",
             "Horizon intends to undercut that model by spending – brace yourself – not a cent on reporting in the country.",
             "How? Because AgriVoice has opened the gate, letting Horizon dump on the market, in exchange for a dressed-up newsletter – a self-promotion scheme hatched in a smart city office funded by the very growers that genuine farm papers serve, issue after issue.",
             "So much for \"backing local news\" and \"standing up for the land\"!",
         ]),
    _neg("b180-dispatchnotes-newsletter-business-neg",
         "Invented; modelled on Communiqué (analysis newsletter on newsletter businesses, pin-emoji key points, paid subscriptions and sponsorship, cut mid-sentence)", "en", [
             "Dispatch Notes 48: Is there real money in African newsletters?",
             "Titles such as The Savanna Brief, Chain Letter, Ledgerline and Coastal Capital reveal both the upside and the traps of building a company around an email.",
             "Main takeaways",
             "📌 Readers follow writers: Anyone running a newsletter has to accept that people sign up for a voice they trust rather than for raw information. A steady, recognisable tone earns loyalty, and loyalty is what opens doors.",
             "📌 Specialist knowledge pays best: When an author becomes a go-to name in one industry, companies start paying for their views through advisory work, paid panels and carefully chosen sponsorships.",
             "📌 The Savanna Brief model: Charging readers directly is still hard on the continent, where people are used to reading for free and dislike locked pages. Even so, The Savanna Brief has made it work, with steep prices for in-depth, exclusive coverage sold mostly to readers abroad with more to spend.",
             "1. A strong comeback",
             "On April 3, 2025, Kenyan markets newsletter Ledgerline revealed a sponsorship agreement with PesaBridge, a mobile lending firm that posted more than 2 billion shillings ($15.5 million) in pre-tax earnings in its latest year. For a one-person Kenyan newsletter, a deal like this is almost unheard of—a lucky match of the right readers, a clear personal style, and now a paying partner.",
             "Ledgerline, famous for its blunt notes on East African fintech and banking, went silent for nearly three years while its author, Wanjiru Kamau, ran the business desk at a Nairobi daily. In January, after stepping down from that job, Kamau started sending the newsletter again.",
             "Ledgerline's news set us wondering whether a newsletter can become a lasting business on this continent.",
             "Whether such ventures can pay their way hangs over the region's expanding crop of newsletters. Last",
         ]),
    _neg("b180-pressfreedomjournal-kinianews-anniversary-neg",
         "Invented; modelled on Freedom from the Press (blog on a neighbour country's independent news site's anniversary, cut mid-word)", "en", [
             "Kinia News is 12. Where is our own version?",
             "March 14th, 2011",
             "Pictured: Kinia News founder Ruth Achieng holding copies of banned local weeklies.",
             "WE in Tanzania like to think our neighbours look up to us, yet a few things over the border leave us gaping in admiration. Why does the simple chapati from a Nairobi roadside stall taste better than the fanciest one in Dar? How did Kenya build the region's best-loved mobile money system when we were meant to lead on it? And why, as Kinia News marks twelve years online this week in Nairobi, has no one here built anything like it?",
             "I know little about cooking or banking, but I have tracked the triumphs and setbacks of Kenya's boldest independent news site for a long time and can offer some guesses as to why we have nothing to match it. People usually blame our tougher rules on online publishing. In truth, the legal traps on both sides of the border look much alike. If anything, Nairobi has been quicker to reach for its colonial-era sedition and public order laws than Dodoma has. And it would be unfair to Kenyan campaigners to claim they are bolder simply because they have less to fear. Those I have met do not confuse what the law allows with what courage makes possible.",
             "Rather, I see at least three better explanations for why, next to Kinia News, our own independent media remain so small-time.",
             "To begin with, Kinia News draws on Kenya's noisier politics, with a divided ruling class, muscular opposition parties and a restless web of civic groups. All these competing players keep the stream of political stories flowing without pause. Their rough, surprising battles make the news as addictive as a crime novel and as overwrought as a tel",
         ]),
    _neg("b180-thistleandtea-backing-other-outlets-neg",
         "Invented; modelled on Mewsing Out Loud (blogger urging readers to back two other outlets, prices and a crowdfunder, cut mid-figure)", "en", [
             "Passing the hat",
             "Politics has been a whirlwind since Monday – so I'm taking a day off to calm down because right now I can only manage language my granny wouldn't approve of regarding the coalition deal.",
             "Until then I'm pulling the \"my corner of the internet, my rules\" trick.",
             "So today it's about backing our grassroots / independent outlets – though not the big-name ones, since they have plenty of cheerleaders as it is.",
             "I'll always have a soft spot for Croftwire, the site that got me blogging (don't blame them) and Loudhailer who keep nudging me towards video.",
             "I must also give a shout to the hugely gifted Glenfilm who makes gorgeous films including the excellent \"Roads to Home\" series; the latest two feature long chats with a historian and a tax campaigner. If you've not caught them yet, make a cuppa or pour a dram and settle in; they're both eye-opening and you'll be done in under an hour.",
             "I want to mention two projects today, and both of them badly need money. I realise everyone's purse is tight, but I'd be grateful if you could pass the word around even if you can't chip in.",
             "The first one is Saltire Monthly.",
             "Honestly, if you have the spare cash you should grab it. It's a lovely read with cracking columnists and although it leans towards self-government it never lectures you about it.",
             "Because it only comes out monthly and isn't chasing every headline, it can take its time and think things through. It ranges over all sorts of subjects, always from a Scottish angle. You also get the Wanderer's hill diaries & Auntie Morag's problem page – quite the mix.",
             "The e-edition costs just £2.49 (£24.99 a year) and the paper copy £4.99 (£54.00 a year). We cover ours from our \"not buying a telly licence\" jar.",
             "Their current subscriber push / appeal can be found here.",
             "The second one is Indy Broadcast. Their crowdfunding page has reached 31% of £8",
         ]),
    _neg("b180-quietcorner-tharwar-drought-charity-neg",
         "Invented; modelled on Maniac Moments (blogger relaying a charity's disaster appeal with a donate line, trailing spaces)", "en", [
             "Tuesday, March 12, 2013",
             "Drought in Tharwar",
             "A long drought has ruined farms and herds across the Tharwar plateau. When a country is always in the headlines for conflict and scandal, ordinary suffering barely gets a mention in foreign newsrooms or minds. Two years ago outside aid shrank because of how the world sees us. This time almost nothing has arrived. ",
             "Relief trucks were stopped now by officials, now by road blockades. Over 2 million people, many of them poor, unschooled and very young, have borne the worst of it. Where aid falls short, extremist groups pretending to be relief workers step in again and again. A well-known charity working in the area is \" Water for Villages\". Do watch the news report below from Sky and give to Water for Villages if you can. ",
             "Give here : Water for Villages ",
         ]),
    _neg("b180-kalindaexilereview-journalists-poverty-neg",
         "Invented; modelled on The Independentist (diaspora site's long exposé on journalists' poverty and brown envelopes, cut mid-sentence)", "en", [
             "Ngwa Peter Tabe, The Kalinda Exile Review's chief editor, freshly returned from a reporting trip to Port Selou, dissects the state of the Kalindan press",
             "Permit rules, ads handed out as favours and court cases brought for political ends have left the press repeating one voice. The reporter Pius Njume, who died after beatings in a gendarmerie cell, stands as a warning of what awaits those who tell the regime the truth.",
             "By Ngwa Peter Tabe — freshly returned from Port Selou, Kalinda",
             "Reporting for Handouts: How Kalinda's Journalists Learned to Beg",
             "Opening: A Press That Asks Before It Asks Questions",
             "Where a state respects its citizens, reporting is the public's watchman — a trade built on questions, nerve and honesty. In Kalinda, though, the trade has shrunk into a struggle just to eat — the reporter no longer presses the powerful for answers but holds out a hand to them. The proud guard dog of a free society has been tied up, underfed, and trained to roll over for leftovers from the banquets of ministers, colonels and tycoons.",
             "Empty Pockets, Silent Pens",
             "The country's newsrooms reflect its ruined economy. Reporters earn a pittance, work endless hours, and may go a whole season without a salary. Plenty get by on 'transport' — cash slipped into their hands at briefings and rallies. That has turned reporting from a calling into a hustle, where facts are bartered for favours. In Port Selou, a typical journalist takes home less than a motorbike-taxi rider. Tell the truth and you go hungry; praise the powerful and you get fed. Want has proved a sharper censor than any law.",
             "A Press Owned by the Palace",
             "Across four decades of one-man rule, the media turned into a tool of the regime. The state broadcaster serves as the president's megaphone; most independent titles get",
         ]),
]


BATCH180_DOCUMENTS = PROBE160_APPEALS + PROBE160_NEGATIVES
