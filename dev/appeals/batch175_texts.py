"""Batch 175: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (12 appeal, 12 negative; all EN): our own paraphrases of every document of the local-only
real probe 155 (24 documents). Each keeps the real page's structure (headline and byline lines, a
collage caption, "››" bullet lists, a letters page with a repeated letter, datelines, photo-caption
lines, a subhead-broken CEO letter cut mid-word, a blog teaser index whose snippets stop mid-sentence,
a paywalled teaser archive with "date+read-time+views" meta lines, a letters index with "..." cuts and
a triple space, a community-briefs page with subheads, an article cut off mid-sentence) and exactly what
the real gold marks: a newsletter tagline sitting between an intro and a "by the numbers" bullet list;
a weekly opinion-newsletter line at the end of a letters page; a membership-or-donation sign-up line
under the lede of a layoffs announcement; a "follow our new neighborhood feed" paragraph cut off
mid-sentence at the end; a breaking-news sign-up heading with its terms-consent line under a reader's
letter; a capitalised app-download line between a subhead and a cut paragraph; a fund-drive donation
ask (phone line and dollar goal) in a radio episode page, with the reporter bio after it staying text;
an e-edition subscription line plus an advertise-with-us phone line after a dash separator (the
relief fund's own "donate online" and "more information" links above it stay text); two
subscribers-only teaser notices with their login line (differing only in one letter's case so each
occurs once); a lone "connect with us" social line at the top; a "join the list" line above a letters
index; a follow-by-email widget with its follower count in the middle of a blog index. Negatives keep
what makes the real ones hard: a campaign-finance analysis full of donations and PAC sums, a TV item
relaying a mission's food-pantry fundraiser with its goal and how to mail a check, readers' letters
about subscription rates in a joint-operating fight, a blog jab at a rival paper's pay archive with
its pack prices, a tech writer's rant about crowdfunding backers, subscribers' letters on a paper's
merger, candidates' cash on hand, a journal-price survey, a blogger planning small-donor fundraising
for candidates, community briefs with vendor fees, ticket prices and a giving challenge, nonprofits
receiving dividend donations, a magazine feature on nonprofits and donating.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text by
/work/s21/check_para.py). The modelled real outlet is noted in each outlet field. Like the earlier
batches, each text is taken as it stands, every gold appeal substring is located in it (asserted
unique).
"""


from whole_documents import _doc, _neg


# --- Probe 155: appeal documents ----------------------------------------------------------------

_BENCHLEDGER_TAGLINE = "Court reporting that digs, questions and explains. Straight to your inbox."

_PRAIRIE_LETTERS = "Have columns, reader letters and our editorials land in your email every week!"

_NORTEBITES_JOIN = (
    "Join Norte Bites for a year as a member right now, or give a one-time gift, so our newsroom "
    "survives and Bayport keeps a food-and-culture outlet no one owns."
)

_BLOCKNOTE_FOLLOW = (
    "From this morning on, Riverside updates will appear on @BlocknoteRiver on Twitter and on the "
    "Blocknote Riverside page on Facebook. And, like always, feel free to"
)

_PLAINSTRIB_ALERTS = "\n".join([
    "Sign up for Breaking Alerts",
    "* By signing up I accept that creating an account on or browsing this website means I accept its terms of service and privacy notice.",
])

_METRODISPATCH_APP = "TAP HERE TO DOWNLOAD THE METRO DISPATCH APP"

_KWTR_DRIVE = (
    "Stories that bring people together only reach you because listeners chip in. Please go online or "
    "phone 888-555-KWTR and give now, so we can keep airing one-of-a-kind programs that tie the "
    "coast's many communities to one another. Help us reach our $400,000 target today."
)

_SPIRE_EDITION = "\n".join([
    "Get the Spire digital edition for Harrow Falls arts, food, culture, news and nightlife sent right to your email.",
    "Phone now to place an ad in Spire, 555.301.7720",
])

_RANGE_WALL_1 = "\n".join([
    "This story is open to subscribers only.",
    "Log in or Subscribe",
])

_RANGE_WALL_2 = "\n".join([
    "This story is open to subscribers only.",
    "Log In or Subscribe",
])

_MILLBROOK_SOCIAL = "Follow us on:"

_COVESIDE_LIST = "Get on the Locals' Roster"

_TSW_EMAIL = "\n".join([
    "Follow by Email",
    "Get an email alert every time we post. 12,408 readers already follow along",
])


PROBE155_APPEALS = [
    _doc("b175-benchledger-yearreview-middle", "appeal", "middle",
         "Invented; modelled on Injustice Watch (year-in-review page, newsletter tagline above a bulleted numbers list)", "en", [
             "Looking Back: What the Bench Ledger team got done in 2023",
             "The Bench Ledger crew is tiny but relentless, and 2023 kept us running. Below is a quick tour of the year's work.",
             "A grid of pictures and drawings. Clockwise from upper left: a drawing of a gavel towering over a small courtroom, a photo of a young man in a gray hoodie on courthouse steps, a drawing of a prosecutor juggling case files, a photo of a grandmother reading a letter at her table, a drawing of a ballot with judges' portraits being ticked off, a photo of three speakers at a library forum.",
             "This year our handful of reporters published two voter guides to the bench, dug into misconduct by judges, prosecutors and sheriff's deputies, and kept pushing for open records and accountability in Marlow County's courts.",
             "Our year, counted up:",
             _BENCHLEDGER_TAGLINE,
             "›› We teamed up with 17 area newsrooms to share or co-produce stories, among them the Marlow Courier, WKRX radio, Eastside Voice, El Puente and the Harbor Township Weekly.",
             "›› We held or joined 26 public gatherings to discuss our findings, hear what residents want to know, and connect those most affected by the courts with help.",
             "›› Our stories were read in every one of Marlow City's 54 wards and in most of the county's outlying towns.",
             "›› We put 8 articles and both voter guides into Spanish and worked with Spanish-language papers to reach readers who don't read English.",
             "Still, figures only tell part of the story. Here is some of the reporting we are proudest of from this year.",
         ], appeals=[_BENCHLEDGER_TAGLINE]),
    _doc("b175-prairiecourier-mural-letters-end", "appeal", "end",
         "Invented; modelled on Lincoln Journal Star (letters page with a duplicated letter, opinion newsletter line at the end)", "en", [
             "My suggestion is to rebuild the old depot mural along the north fence of Harlan Bend's botanical garden. Drivers and walkers on Elm Parkway would pass it daily. There is plenty of room there.",
             "Renata Ostrowski, Harlan Bend",
             "My suggestion is to rebuild the old depot mural along the north fence of Harlan Bend's botanical garden. Drivers and walkers on Elm Parkway would pass it daily. There is plenty of room there.",
             "Renata Ostrowski, Harlan Bend",
             _PRAIRIE_LETTERS,
         ], appeals=[_PRAIRIE_LETTERS]),
    _doc("b175-nortebites-membership-drive-top", "appeal", "top",
         "Invented; modelled on L.A. TACO (layoffs announcement, membership-or-donation sign-up line under the lede)", "en", [
             "Staring Down Furloughs, Norte Bites Starts a Member Push to Keep the Lights On",
             "Once this week's checks clear, the bank account is empty. Reaching 4,000 members would make us self-supporting. We have until May 9th to get there.",
             _NORTEBITES_JOIN,
             "This morning we had to put our four-person staff—Rosa Quintero, Dev Malhotra, Tomas Arriaga and Wren Castellano—on unpaid leave, starting next week. Once this week's checks clear, the bank account is empty.",
             "So what happened?",
             "We started the year optimistic, but our member base stayed small and our biggest sponsor walked away before we could renew. Sponsorships carried us through earlier rough patches, and that money has vanished. We grew from one editor to four staffers over three years, yet the membership side never kept pace.",
             "Forces beyond us played a part too: readers now swipe through short creator clips more than they open stories. Search engines that answer questions with AI summaries built from newsroom work, without sending readers our way, hurt as well. Together those shifts wrecked the economics of local reporting almost overnight. Ad sales and paid partnerships are also at their weakest ever.",
         ], appeals=[_NORTEBITES_JOIN]),
    _doc("b175-blocknote-riverside-launch-end", "appeal", "end",
         "Invented; modelled on Hoodline (launch announcement, follow-our-new-feeds paragraph cut off mid-sentence at the end)", "en", [
             "Say Hello to Blocknote Riverside",
             "Say Hello to Blocknote Riverside",
             "Priya Castellanos",
             "Posted March 9, 2016",
             "Sharp readers may have spotted that lately we've been reporting farther south and west than usual, with pieces on the Riverside precinct's new beat map, the fate of the Copper Kettle bar, and the sale of the longtime drag venue Starlite.",
             "This week we're happy to say that Blocknote is formally adding Riverside to its beat, plus occasional pieces from the Depot District, Canal Row and Lower Mill.",
             "As we do elsewhere, we'll profile neighbors, nonprofits, shops and artists, and report the harder news on crime, transit and city hall.",
             "Anybody who has lived in Riverside knows how closely neighbors look after one another despite long-running hardships. We want our reporting to deepen those bonds and to help newcomers, residents and merchants alike, feel at home.",
             "Our own reporters won't be the only voices here: we're teaming up with the veteran community paper Riverside Signal to republish pieces from its twice-monthly print edition.",
             "A while ago we wrote about the Signal and the group that publishes it, the nonprofit Canal Learning House. Active in Riverside since the late '60s, it has championed reporting about neighborhoods by the people living in them – from a mimeographed bulletin tracking council votes to an oral-history archive to the newspaper it prints now. It also helped launch a string of local groups, among them Bike Riverside, Meal Share, the Foundry Playhouse and the Tree Keepers. Our complete interview tells more of the Learning House's story.",
             _BLOCKNOTE_FOLLOW,
         ], appeals=[_BLOCKNOTE_FOLLOW]),
    _doc("b175-plainstribune-frontpage-letter-end", "appeal", "end",
         "Invented; modelled on Billings Gazette (reader letter, breaking-news sign-up heading with consent line at the end)", "en", [
             "What a treat to open the June 4 Tribune and find that more than half the front page went to two stories about our own valley and the ranch towns up by Cold Creek — on our side of the mountains for once!",
             "I realize the chain that owns this paper has been slashing its payroll. Every print outlet is struggling to stay alive.",
             "Still, I hold no mineral rights out along the western state line, so news from over there doesn't do much for me.",
             "I do wonder — how many copies of the Tribune actually get read out west? Do you ship any print copies there, or is it all online readers?",
             "Harold Pemberton",
             _PLAINSTRIB_ALERTS,
         ], appeals=[_PLAINSTRIB_ALERTS]),
    _doc("b175-metrodispatch-ceoletter-app-middle", "appeal", "middle",
         "Invented; modelled on The Dallas Express (CEO letter with subheads, app-download line, cut paragraph)", "en", [
             "Dear Dispatch Readers,",
             "I'm sending this note about eighteen months after I took the helm at Metro Dispatch Media – and it has been quite a stretch. Last year ranked among the busiest news years in a generation. It was also when independent outlets proved they could stand up to the tired old-line press. We were glad to be picked up over the year by a long list of independent voices, podcasters and commentators, among them Rick Dawes, the Open Range Show, Carla Benning, Mesa Sports Radio, Tanner Vail and plenty of others.",
             "A Big Year Capped by a Story That Went Everywhere",
             "Our audience climbed more than 40% last year, and we closed it out by breaking its most-shared story – how a longtime state senator from our metro had quietly stopped showing up for votes for most of the session and was found living in a care home hundreds of miles away while her district went unrepresented at the capitol. The piece was picked up by commentators across the country the week before New Year's and repeated by nearly every big newsroom. It passed 60 million views and dominated the last stretch of December.",
             "That story put us on the map and won us new respect. In its last ten days alone we picked up roughly seventy thousand new subscribers. A national politics site interviewed me in the spring and ran a behind-the-scenes account of how our small team beat the capital press corps to the story with old-fashioned legwork, knocking on doors and building sources.",
             "Rivals Still Can't Get Over Us",
             _METRODISPATCH_APP,
             "Their flattering piece about us was a little funny, given how firmly that site leans the other way, and their praise c",
         ], appeals=[_METRODISPATCH_APP]),
    _doc("b175-kwtr-tidelines-belonging-end", "appeal", "end",
         "Invented; modelled on KNKX Public Radio (radio episode page, fund-drive donation ask before the reporter bio)", "en", [
             "Belonging: Tide Lines, Episode 212",
             "Marisa Okonkwo",
             "This week's Tide Lines is built around one idea: belonging. And that idea runs through the whole station: at KWTR Coastal Public Radio, we exist to bring listeners closer to us and to one another. Listener gifts are what make that possible.",
             "In this fund-drive episode of Tide Lines, every story is about finding your place. We start with a prison choir rehearsing for its first concert outside the walls. Next, we replay a prize-winning piece about a retired fisherman who taught a teenager to read the tides. Last, a nurse's belief in strangers is renewed on a late-night ferry — and again when she visits our studio.",
             _KWTR_DRIVE,
             "Lena Farris is a former KWTR reporter who covered schools, ports and local government in Dune, Alder and Shoal counties, focusing on open records.",
         ], appeals=[_KWTR_DRIVE]),
    _doc("b175-spireweekly-relieffund-edition-end", "appeal", "end",
         "Invented; modelled on Ace Weekly (relief-fund story with its own donate links, then dash separator, e-edition and advertise lines)", "en", [
             "\u201cBlock by block, shop by shop, family by family, that is how Harrow Falls pulls through,\u201d said Mayor Denise Arkwright.",
             "On April 2, 2020, Harrow Falls Mayor Denise Arkwright unveiled an Emergency Relief Fund to back residents across the Ridge Valley and its hill towns who may be hit hardest by the pandemic.",
             "The fund was set up by the Ridge Valley Community Chest and the Harrow Falls Foundation. It will reach past the city limits as a regional giving partnership.",
             "\u201cEvery time this emergency has brought another closure, Harrow Falls has replied with another act of generosity,\u201d Mayor Arkwright said. \u201cWe've helped in little ways — ordering takeout, checking on a neighbor, giving up a parking spot. Now we're helping on a much larger scale. My thanks to the companies and groups that have stepped forward to ease things for so many families here and throughout the valley.\u201d",
             "The first award goes to Valley Harvest Pantry to hand out 7,500 meals to families who need them. More awards will follow as donations keep coming in over the coming months.",
             "Give online here.",
             "More details on the Emergency Relief Fund are here.",
             "\u2014",
             _SPIRE_EDITION,
         ], appeals=[_SPIRE_EDITION]),
    _doc("b175-statehouserange-teasers-paywall-top-middle", "appeal", "top+middle",
         "Invented; modelled on Colorado Politics (teaser archive with date/read-time/view meta lines, two subscriber-only notices)", "en", [
             "March 14, 20199min88",
             "Tin marks a tenth anniversary: tradition says tin stands for durability and the ability to bend without breaking. That fits the state's drought compact, which turned ten this week. The compact, run by the Basin Allocation Commission (BAC), is [\u2026]",
             _RANGE_WALL_1,
             "March 12, 20193min204",
             "A farm lobby published a study Tuesday ranking which states would lose the most if tariffs on imported fertilizer go up again. The group has stressed the damage to grain growers above all, should Congress let the current exemption lapse or even widen the [\u2026]",
             _RANGE_WALL_2,
             "March 12, 20194min6215",
             "A Senate hopeful from a neighboring state drew some controversial local backing Monday at a rally with church leaders meant to push back on fresh ethics complaints. Front and center beside him: former state representative and radio preacher Wendell Pruitt, known on air as Brother Wendell.",
             "Pruitt, who spent a single term in the statehouse, addressed the crowd, calling the candidate someone \u201cwho keeps his word, unlike the people attacking him.\u201d",
             "Pruitt said the two first met years ago when the candidate publicly backed him after a county board told him to stop opening meetings with prayer. \u201cHe showed me how to stand firm,\u201d Pruitt said.",
             "\u201cHe had my back. Now the voters have his,\u201d the ex-legislator said.",
         ], appeals=[_RANGE_WALL_1, _RANGE_WALL_2]),
    _doc("b175-millbrookledger-agnes-publisher-top", "appeal", "top",
         "Invented; modelled on The Lansing Journal (publisher's column about a reader, social line at the very top, photo captions)", "en", [
             _MILLBROOK_SOCIAL,
             "Remember Agnes? She still pitches in however she can",
             "by Gloria Vandermeer, Publisher",
             "MILLBROOK, Ohio (December 3, 2023) \u2013 About a year ago I wrote here about a call I got from a reader I named Agnes. (She asked me not to use her name, so I borrowed my great-aunt's.)",
             "Agnes had phoned to find out why The Millbrook Ledger stopped turning up on her doorstep. I told her that since the pandemic we couldn't afford to print as many editions as before. \u201cThen let me chip in,\u201d she said. \u201cI want it back \u2014 I need to know what's happening around here!\u201d",
             "Agnes is on her own and rarely leaves the house. The paper made her feel part of things. She saw what it was worth, and she knew that kind of delivery doesn't come free.",
             "Agnes",
             "A year ago Agnes mailed in $3.",
             "Sure enough, not long after we talked, an envelope came for me with three dollar bills inside. Agnes wanted to cover her copy.",
             "Agnes wants to stay informed",
             "I never asked Agnes for anything. She offered on her own. She wants to keep up and stay in touch. She knows local news matters to her, and she's doing her part so we can keep bringing it.",
             "Readers like Agnes are the reason The Millbrook Ledger stays free to read. I won't charge $84 a month (the going rate at a paper nearby) to someone on a fixed income. Those three dollars probably already pinched.",
             "Even so, when we tucked a donation envelope into our July print edition, Agnes sent hers back within days. There were two quarters and a dollar in it this time. Things may be tighter for her now, yet she keeps giving.",
             "Agnes",
             "Agnes sent one of the very first envelopes back to help pay for the July print Ledger.",
         ], appeals=[_MILLBROOK_SOCIAL]),
    _doc("b175-covesideindy-letters-roster-top", "appeal", "top",
         "Invented; modelled on Laguna Beach Indy (letters index with truncated snippets, join-the-list line at the top)", "en", [
             _COVESIDE_LIST,
             "Hats Off to Town Hall on the Storm",
             "Editor, People talk about a baptism of fire; ours was a baptism of mud. Our new town administrator, Carla Voss, had hardly hung her diplomas when the hills above Coveside let loose the worst mudslide I can recall. I was walking the pier just after 6 a.m....",
             "Grateful for the Early Warning Calls",
             "Editor, Many thanks to the town for its automated warning calls, which worked beautifully. With so many outlets competing for attention, local alerts can get lost, and this storm showed how much those calls matter. Whoever set them up has earned...",
             "Let the Kids Be Seen",
             "Editor,   To my neighbor on Gull Lane, I'm sorry the skateboards bother you. Teenagers can be a nuisance, and they bother me too now and then. But if I phoned the sheriff each time they got on my nerves, the town would need a deputy just for my block. Perhaps you...",
         ], appeals=[_COVESIDE_LIST]),
    _doc("b175-townshipsentinel-index-followemail-middle", "appeal", "middle",
         "Invented; modelled on Edgar County Watchdogs (blog index with cut-off snippets, follow-by-email widget in the middle)", "en", [
             "June 6, 2023",
             "Fernwood Library District \u2013 \u201cPerks For Trustees, Fees For You\u201d-",
             "Fernwood, Ind. (TSW) \u2013 We have learned that the Fernwood Library District has been handing out free room rentals and staff time to its trustees and their relatives. It is smaller in scale than the Ashby Parks Board's giveaways to its own members, but it still has to",
             "Harlow Township Voters Reject Pipeline Referendum",
             "Dorsey Co. (TSW) A Harlow Township resident gathered the 20 signatures needed to call a special meeting of township  voters. The aim was a vote on what we regard as a loaded pipeline question. \u201cShall the Township of",
             "Marsh County \u2013 Show Us The Receipts",
             "Marsh Co., Ind. (TSW) \u2013 At the May 2023 Marsh County Council session, Emergency Management Director Colin Brandt read aloud a prepared statement on honesty. \u201cHonesty means being fair, truthful and sincere in word and deed, the one quality without which",
             _TSW_EMAIL,
             "Marsh County Council Approves Sale Of Poor Farm Parcel \u2013",
             "Marsh Co., Ind. (TSW) \u2013 At Tuesday night's Marsh County Council session, despite repeated outbursts from a handful of spectators, members voted 9:4 to move ahead with selling the old poor farm acreage to the best qualified buyer. That",
             "Pike County \u2013 Commissioner Speaks For The Record",
             "Pike Co. (TSW) \u2013 The state police are now looking into a criminal complaint involving Pike County officials.  We reported on it in this post.  As that post noted, the commission president had not answered our questions when",
         ], appeals=[_TSW_EMAIL]),
]


# --- Probe 155: negatives -----------------------------------------------------------------------

PROBE155_NEGATIVES = [
    _neg("b175-capitalledger-campaigncash-neg",
         "Invented; modelled on Des Moines Register (campaign-finance analysis with donation and PAC totals)", "en", [
             "$38 million over four years: Ledger review follows the money in state races",
             "Hollis Brandt",
             "After an election season in which voters railed against insiders and big institutions, a Capital Ledger-Times review finds that PACs, labor groups and deep-pocketed contributors supplied a large share of the money behind the state's candidates over the last two cycles.",
             "Advocacy groups, unions, big givers, national party committees and tens of thousands of ordinary residents together put over $38 million into state campaign accounts between 2015 and 2018, according to a fresh look at disclosure filings.",
             "Those four years cover the 2016 and 2018 cycles, which featured races for governor, the other statewide posts, all 40 seats in the upper chamber and, twice, every one of the 90 seats in the lower chamber.",
             "Drawing of donkeys and elephants stacking coins, 2018.",
             "The $38 million breaks down into $19.6 million raised by Republicans and their party and $18.4 million raised by Democrats. Roughly $17.9 million came from individual givers and $20.1 million from political action committees.",
             "The totals come from a Ledger-Times study of 72 campaign accounts at the state level. The set is not complete, but it is large, taking in both major parties, every major-party statewide candidate and the most closely watched legislative contenders in 2016 and 2018. (Left out were scores of smaller legislative committees, which mostly collected modest amounts from individuals.)",
         ]),
    _neg("b175-krvl-pancakes-pantry-neg",
         "Invented; modelled on FOX21 Online (TV item relaying a mission's food-pantry fundraiser, goal and mail-a-check instructions)", "en", [
             "Harbor Light Mission Pantry Running Low, Asks For Help",
             "PORT ALDEN, Wis. \u2014 The Harbor Light Mission on the city's north side held a benefit Saturday for its food pantry after its budget ran dry.",
             "The event, \u201cPancakes for the Pantry,\u201d served 300 free pancake breakfasts, one for each day the pantry operated last year, along with free juice.",
             "State support for the pantry has been cut by more than half. To keep its doors open three days a week, the mission must bring in $48,000 before December 31.",
             "\u201cFamilies are stretched thin, giving is down, and the line at our door keeps getting longer,\u201d said Marguerite Osei, the mission's outreach coordinator. \u201cHonestly, I'm not sure how we keep this going. The pantry's money was gone by the end of June. The shelves look pretty bare.\u201d",
             "In the past twelve months the pantry handed out nearly 21,000 meals. Anyone wanting to help can mail a check to the Harbor Light Mission and write \u201cpantry\u201d on the memo line.",
         ]),
    _neg("b175-mesasun-joa-letters-neg",
         "Invented; modelled on Las Vegas Sun (readers' letters on a joint-operating-agreement fight, subscription rates mentioned)", "en", [
             "Readers write:",
             "Letters pour in over the Gazette-Post's bid to end its partnership with the Sun",
             "Editor's note: After the Mesa Gazette-Post went to court last month to dissolve the Joint Operating Agreement that has bound it and the Mesa Sun for 25 years, our readers responded in force.",
             "Since then the Sun has heard from readers by phone, by email and through letters to the editor. Below is a selection of those letters.",
             "Some background: the Gazette-Post argues it may leave the agreement without the Sun's approval because, it claims, the Sun's journalism falls short of the quality the deal requires. The Sun says the real goal is to shut it up so that one paper alone decides what the city talks about and who gets heard \u2014 and who doesn't.",
             "A sample of what readers told us:",
             "Why on earth would the Gazette-Post want to stop printing the Sun? Sun staff, you should know many of us, your longtime readers, are behind you. Plenty of subscribers like me value the Sun's liberal take as a balance to the Gazette-Post's hard-right pages. They work hard to argue the Sun isn't meeting its end of the bargain, but with newspapers everywhere in trouble, they might look in the mirror at what they've done to stay afloat. They've squeezed their own subscribers with steep price hikes, leaned on wire copy, and crammed in more ads than ever.",
         ]),
    _neg("b175-stripnotes-payarchive-neg",
         "Invented; modelled on Las Vegas Weekly (blog jab at a rival paper's pay archive, pack prices quoted)", "en", [
             "Gossip, hunches, loose ends + the occasional professionally monitored meltdown about this town",
             "Care to Spend $1,480 on Old News?",
             "The town's daily of record has stopped letting the online public read its treasure trove of stories for free, and now bills for anything older than ten days\u2014to be precise, by \"older than ten days\" we mean anything that ran more than ten days back; news that was stale on arrival, news the Sun broke first, or news everyone heard elsewhere but the daily got late or wrong is not exempt. \"For your convenience,\" the Gazette-Post's new paid archive explains, \"choose a ten-day, monthly or yearly plan, or buy stories one at a time.\" So, for instance, you could sign up for this credit-cards-accepted-exclusively deal: \"750 Story Bundle: $1,480, valid twelve months,\" or, for lighter punishment, the \"300 Story Bundle: $640, valid twelve months.\" Which leaves us with one plain, quietly thrilling pleasure: the Sun's back issues still cost nothing.",
         ]),
    _neg("b175-circuitry-crowdfunding-rant-neg",
         "Invented; modelled on Gizmodo (first-person rant about a crowdfunding site, writer admits backing projects)", "en", [
             "I'm Through With FundLaunch",
             "Drawing for the post titled I'm Through With FundLaunch",
             "That's it. I quit. Totally sick of it. FundLaunch is wrecking the tech I care about. I used to adore oddball gizmos, since I could trust that somewhere behind each one stood a halfway capable crew, or a plan, or something.",
             "Those days are over. FundLaunch has made me skittish about anything new.",
             "It pains me, but my old colleague Dara Finch called this years ago.",
             "I spent a decade in Portside, the startup capital of the coast. Everybody had a scheme to remake the world, and maybe half of them actually went for it. It was thrilling. It made the foggy summers bearable.",
             "That buzz is a big reason I fell for FundLaunch at first. It felt like any town could become Portside. But there was a catch: in Portside, moving your company out of the garage meant scraping together savings, pleading with relatives for a loan, renting a closet-sized flat, talking friends into free labor, grinding for months, building a prototype, and then the truly brutal step: to land early funding, you had to win over investors who really understood the business and would only back something solid. Lots of founders flopped. Plenty made it\u2014and those who did had seasoned mentors pushing them to sharpen their product into something that wasn't just more junk for the landfill.",
             "None of that happens on FundLaunch. All you need to win over is a crowd of starry-eyed, easily dazzled backers like yours truly. Yes, I've pledged to more campaigns than I'd like to say. Around fifteen, give or take. The only two I don't regret are Shortwave Quarterly and Mina Kato's upcoming record, Static Bloom. (Hear a preview here. It is pure sonic chaos.)",
         ]),
    _neg("b175-southsidebulletin-merger-letters-neg",
         "Invented; modelled on Hyde Park Herald (readers' letters on the paper's merger, subscribers speaking)", "en", [
             "To the editor,",
             "We've taken the paper ever since we arrived in Southside from Boston in 1979, and because this neighborhood is one of a kind, we treasure a weekly that covers it almost entirely. The merger should make it far likelier that the Bulletin stays alive for years to come.",
             "Walter Okafor",
             "Please don't drop the Sunday cryptic crossword!!",
             "Harriet Lindqvist",
             "Thanks, Martin! I've read the Bulletin since roughly 1981, when I first learned my letters. I was thrilled to have my own subscription when I left for college in 1992. I enjoyed following the news from home, and I've never once let it lapse. Thank you for your decades of work and your trust in your readers. I'm eager to see what comes next for the Bulletin. A nonprofit setup suits me fine, and I think it's the best route for fair local reporting.",
             "Camille Brightwater",
             "The Bulletin has been on my kitchen table for over 30 years. It has mattered so much to this neighborhood. Thanks for keeping it alive!",
             "Desmond Achebe",
             "I just hope the merger doesn't end up killing off the Southside Bulletin.",
             "Loretta Fairbanks",
         ]),
    _neg("b175-riversentinel-cashonhand-neg",
         "Invented; modelled on The Hawk Eye (candidates' campaign cash on hand, a candidate refusing donations)", "en", [
             "Legislative hopefuls report wide gaps in fundraising",
             "Candidates for the legislature in the river counties reported anywhere from zero to $54,210 in the bank at the close of the latest reporting window, which ended Thursday, disclosure filings show.",
             "Two candidates seeking to represent the area at the capitol filed nothing for the July 1-to-Sept. 30 window and have not reported any activity since entering their races.",
             "Ellen Varga, an independent seeking the District 31 Senate seat, told a forum in Cedar Ford she had capped her spending at $400 and would turn down contributions. As a result, the state disclosure commission's site shows no filing for her.",
             "The other candidate with nothing on file is Republican House District 62 hopeful Grant Pollard. Pollard, 27, of Millers Landing did not return calls Tuesday about his fundraising.",
             "The local candidate holding the most cash at the close of the window is state Rep. Ada Kimura, R-Shelby Mills, with $54,209.77. State Rep. Lionel Grubb, R-Cedar Ford, who faces no opponent, ranks second with $49,311.40.",
         ]),
    _neg("b175-stacksquarterly-journalprices-neg",
         "Invented; modelled on Library Journal (periodicals price survey, single long paragraph on subscription costs)", "en", [
             "Journal Cost Report 2005: Open Access Gains Ground",
             "Over the past twelve months, the resentment that libraries had been nursing for years about a scholarly publishing system that keeps getting more broken finally found a platform, a rallying point and partners across the world. This round, the refusals of bundled \"all-you-can-read\" packages came from professors and provosts at a handful of elite campuses - Northfield, Ashcombe, a consortium of state schools in the Carolinas, Lindell Tech, and, briefly, the Pacific State system. Their refusals made headlines everywhere once the general press, drawn no doubt to the picture of scholars brandishing cancellation notices at publishing conglomerates, took up the story. These campuses voiced what many felt when they announced they would pick journals the traditional way - one year at a time, one title at a time, judged by what is inside rather than how big the bundle is. A single renewal cycle won't settle the future of bundled deals, yet other signals suggest the high-margin model in academic publishing is about to face real rivals. Those rivals march under the banner of open access and open archives. The movement is fueled by the conviction that monopoly pricing in today's system badly restricts what people can read and endangers a vital shared resource. By returning rights to the people who write the papers and by making research free to read worldwide, open access aims to loosen the grip of the big science and medical publishers. The math behind the new approach will be argued over for years, but it has won favorable notice on campus and off. If it manages to spark the competition its backers hope for, it could be the cure libraries have waited for to runaway subscription prices.",
         ]),
    _neg("b175-porchlight-smalldonor-plan-neg",
         "Invented; modelled on Balloon Juice (blogger planning small-donor fundraising for candidates)", "en", [
             "It's a strange feeling and I'm not used to it",
             "Coming from a grump like me this may sound odd, but\u2026grassroots giving to our side worked wonders in this cycle, and the way our readers (and plenty of others) steered their money was honestly pretty shrewd. We sent a pile to Nora Whitcomb and an even bigger pile to Eli Barrows, and chipped in for almost every challenger who took a seat from the other party.",
             "I've been mulling how to keep the momentum. I think I've landed on something. To start, giving early matters, because it tells strong recruits they can jump in knowing there will be enough cash for a real campaign. That's why I love placeholder funds for whoever wins the primary. I'd want to set those up for, say, the 15 seats held by the other side that lean most our way. Those are the next-cycle targets, and seeding those funds could coax good people into running. A seat near my town, District 7, leans our way by a couple of points, yet nobody big stepped up. Notably, a popular former county executive, Ruth Delacroix, passed on it. Word is she couldn't stomach spending half of every day on call time. What if she, or someone like her, knew a seven-figure cushion was waiting from small online donors? That could change the math.",
             "I'd also like to collect money for the roughly 25 first-term members on our side sitting in the toughest seats. Freshmen are at their weakest, people say, in their very first reelection race.",
             "So how about we take on something like 30-40 House contests next year (collecting the money over the coming months)? We could add placeholder funds for a couple of key Senate seats as well.",
             "I'm not sure how well the donation platform handles anything local. But keep in mind: local races matter enormously and draw tiny turnouts. I might team up with a longtime commenter on some postcard drives for city races.",
         ]),
    _neg("b175-carvercourier-briefs-neg",
         "Invented; modelled on Lexington Herald-Leader (community briefs: vendor fees, gala tickets, leaf pickup, a giving challenge)", "en", [
             "carver county",
             "Carver County: Riverhawks' yard sale, leaf pickup, Give Local Day, more",
             "October 28, 2014",
             "The Millport Riverhawks will hold their third yearly ballpark yard sale from 8 a.m. to 2 p.m. Sunday at Foundry Field, 410 Riverhawk Way.",
             "The club is leasing 12-by-12-foot booths to sellers for $25. Extra booths are $15 apiece. Fees cannot be refunded, and everything must be paid ahead of sale day. Booth forms can be downloaded at riverhawks.example.com. Sellers may start unloading at 7 a.m. Sunday.",
             "Shoppers will also find Riverhawks giveaways and assorted stadium gear for sale. The county thrift alliance will haul away whatever doesn't sell once the event wraps up.",
             "Questions about the sale can go to Denise Harlan at (555) 310-4482.",
             "Grown-Ups Night at Discovery Depot offers auction, exhibits, games and snacks",
             "Discovery Depot, the hands-on kids' museum, will hold its fourth Grown-Ups Night at 7 p.m. Friday. The adults-only evening includes the museum's galleries, a silent auction, drinks and appetizers, a face painter, a palm reader and a magician. Admission is $45, with proceeds going to the museum, and covers appetizers and a single drink voucher. Phone (555) 310-7719 to reserve.",
             "Leaf pickup is almost here; time your raking",
             "Millport's 2014 leaf pickup is set to begin Nov. 10 and run into mid-December. Crews will skip Nov. 27 and 28 for the holiday.",
             "Pickup is offered only to county households on city trash service. Each of those homes gets one vacuum collection.",
             "To see when crews will reach your street, visit millport.example.gov/leaves for the full schedule of streets and dates. You can also dial the city help line at 311 or (555) 310-2200.",
             "Give Local Day aims to raise $750,000 by Dec. 2",
         ]),
    _neg("b175-kmtn-dividenddonations-neg",
         "Invented; modelled on KTNA Talkeetna Community Radio (nonprofits receive dividend donations, sums per group)", "en", [
             "Area nonprofits see a lift from refund donations",
             "by Marta Selig ~ October 19th, 2011",
             "Three Ridgeview nonprofits are enjoying a bit of a windfall this month as payments roll in from a statewide option called \u201cShare Your Refund.\u201d The program let residents filing their state return online steer part of their refund to nonprofits they picked. In Ridgeview, givers chose to share with the Hollis Youth Fund, the Ridgeview Arts Guild, KMTN Ridgeview Community Radio and the Pine Hollow Clinic.",
             "The Hollis Youth Fund got $1,310. Fund board member Teresa Quill said the money would be added to the fund's endowment. Quill said the board will gather in January for a half-day retreat to decide how to spend it. She added that the fund will also review 19 proposals submitted for its matching-grant round, in which local groups' fundraising is matched with grant dollars. The Ridgeview Arts Guild took in $1,090 through \u201cShare Your Refund.\u201d Guild director Owen Brightman said he was delighted the checks had come and that the money will go to general operations. He said six givers, one of them anonymous, gave between $20 and $400.  The biggest single gift was $400.  KMTN Ridgeview Community Radio got $310, and the Pine Hollow Clinic collected $60  from the \u201cShare Your Refund\u201d option.",
         ]),
    _neg("b175-heartlandquarterly-nonprofits-neg",
         "Invented; modelled on Kentucky Monthly (magazine feature on nonprofits and giving, quoted director)", "en", [
             "1 IN 12 OF OUR NEIGHBORS WORKS FOR A NONPROFIT",
             "Chances are you know the country's biggest charities by name, and you've probably given to a few. Ever hauled a bag of old coats to a thrift store donation bin? Tossed a few coins in a red bucket outside the grocery store in December? Signed up for a payroll deduction for a community fund? Or mailed a check to a relief group after a flood or a tornado?",
             "Those groups have woven themselves into daily life. Yet plenty of nonprofits have narrower aims, serving one particular need you may never have heard of.",
             "The state counts roughly 18,500 nonprofits, groups set up not to make money but to pursue a public purpose or a common cause.",
             "A good number focus on hunger. Bread of Life Pantry covers groceries and household basics for families in Alder County; Backpack Friends in Millport sends kids home with food for the weekend; and Supper Wagon runs delivery routes across the state for people who can't cook or shop for themselves.",
             "At Full Bowls Project in Harrow Falls, the aim is to end hunger among children with food that actually nourishes. Shipping some 800,000 meals a year across the globe, Full Bowls packs kits with everything needed for a balanced dish.",
             "\u201cWe ship boxes of VitaRice, a rice-and-lentil blend fortified with a vitamin and mineral mix. It has helped children recover from severe malnutrition,\u201d Executive Director Corinne Vasquez said. \u201cThe meals keep for a long time and cost about 20 cents apiece.\u201d",
         ]),
]


BATCH175_DOCUMENTS = PROBE155_APPEALS + PROBE155_NEGATIVES
