"""Batch 170: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

15 documents (6 appeal, 9 negative; all EN): our own paraphrases of every document of the local-only
real probe 150 (15 documents). Each keeps the real page's structure (a headline line above a whole
fundraising page, a "read this in Spanish" link line, a photo-caption line under a headline, a signed
publisher's letter followed by an author bio cut off with "....", a TV station's short video item
with a repeated headline, a "/ Station" credit line, a video-length line and a "First published"
line, link text broken across lines with double spaces after sentences, a letters-to-the-editor page
with two letters, their headlines and signatures) and exactly what the real gold marks: a local
weekly's whole multi-heading support page below its headline (ask, staffing plans, a monthly gap,
"talk with local businesses" and "subscribe consciously" sections); a nonprofit newsroom's whole
fall matching-gift letter below the Spanish link line; a fundraiser-goal post's whole body with its
two "click here" contribution links and two short contributor quotes, below the headline and photo
caption; a publisher's signed "Dear Reader" letter asking for a small monthly subscription, with its
sign-off and name but not the bio line after it; a one-line breaking-news e-mail-list sign-up line
glued into the middle of a TV station's church-dinner story; a two-line "be the first to know"
browser-notification prompt at the end of a TV station's short police item. Negatives keep what
makes the real ones hard: a columnist explaining crowdfunding and a bakery's funded campaign, a
super PAC's record fundraising haul reported as news, a university's record anonymous gift and its
split reported twice by two outlets, a parish dinner raising money for orphans abroad, a spaghetti
supper for a food pantry with matching funds per item, an editor's one-year look back at the paper,
readers' letters praising a new publisher of their nonprofit paper, and a paper reporting the legal
costs of its own lawsuit.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches, each text is taken as it stands,
every gold appeal substring is located in it (asserted unique) and the documents are written out as
an unseen fixture file.
"""


from whole_documents import _doc, _neg


# --- Probe 150: appeal documents ----------------------------------------------------------------

_RIVERBEND_PAGE = "\n".join([
    "Keep Local Reporting Rooted Here",
    "Help Us Hold On to What We Built and Hire More Writers",
    "Back in the spring, we promised readers a more thorough and grown-up kind of news report, and we went further on openness than ever before. We put our budget online, we now mark every commentary piece plainly, and we launched extras such as a weekday web news brief and our monthly TownTalk Nights. Our beat is still the few square miles around us, yet our reporting on a militia recruiter and on the valley's salmon runs was picked up far beyond the county line.",
    "Next, we hope to bring on a pair of full-time reporters and a dedicated Metro Editor. The catch is that every upgrade from the past twelve months has been carried on the backs of our small crew, some of whom now work nearly twice the hours for unchanged wages.",
    "Help Grow Reporting Rooted Here",
    "Readers have answered with memberships and businesses with fresh advertising, but as December closes in we still face a shortfall of about $5,800 each month. If you have not yet pitched in, we would be grateful if you did.",
    "The difference between hiring reporters for the town we share and rolling back some of this year's gains is smaller than most people imagine. Any amount makes a difference.",
    "Have a word with the shops you use.",
    "Merchants ask you to buy from neighbors, so tell them you expect the same loyalty toward the news gathered right here. A business that earns its keep from this town owes something to the quality of the town's public conversation.",
    "Buying ads on big social platforms works as well as any other option, but firms often choose it because it is easy, and none of that money stays in the valley. Each of us can nudge nearby merchants to put some of their ad budget into local outlets.",
    "Become a member with intention.",
    "What you give stays in town. We run a tight ship on overhead, and most of what we spend still goes to reporting and writing the stories that matter most to the people who live here.",
])

_SANBRAVO_LETTER = "\n".join([
    "Each autumn we turn to you to keep San Bravo Link, the county's own nonprofit newsroom, on solid footing so we can keep delivering the reporting and stories you count on.",
    "For a rural county, we are fortunate to still have a newsroom of our own. Plenty of places our size have lost the everyday coverage people rely on to follow what their supervisors decide or to size up the candidates on their local ballot.",
    "If you want to know more about how San Bravo Link started, a journalism professor at Lakeshore State recently interviewed me about it.",
    "A companion report from the Lakeshore State journalism school found that local papers kept closing in 2024 at a pace of nearly three a week, faster than the year before.",
    "When it comes to keeping local reporting alive, every gift you make counts. We are lucky that a growing group of neighbors has pledged generous matching funds. Pledges from Marta Oyelaran, Desmond Pike, Lou and Greta Farnham, and Ivo and Ruth Castellanos bring this autumn's match to $42,000, which could double what you give. A national nonprofit news network will also add a match of no less than $12,500.",
    "Together, then, this autumn's matching target stands at $54,500. Meeting the full match would put $109,000 toward our reporting budget for 2025.",
    "Help us hit that target and prove to these generous backers that you, too, want a well-informed county that has a say in where it goes next.",
    "With the holiday season just starting, we can all be thankful that our small county built its own newsroom again and that it is owned by all of us.",
])

_MAPLEHURST_POST = "\n".join([
    "With the Jan. 9 cutoff only days away, we can see the finish line. Maplehurst Wire needs just $3,200 more to hit its $18,000 winter fundraising target. To give today and help us get there, follow this link. A year ago, our readers pushed us past a winter target of $15,000, and we hope you will carry us over the line once more.",
    "As we said in our first fundraiser post, every newsroom has had a rough year in a rough business, and we are hardly the only ones. We know it has been rough on you too. Groceries and rent keep climbing while wages mostly stand still. Just getting through the month can feel exhausting. If that is why you have not chipped in this year, no hard feelings. We will keep covering your town and telling you what is happening around you either way.",
    "To everyone who was able to give and did, we are deeply grateful. It means more than we can say. To those who have not yet, we could really use you. Our reporting runs on readers (and on our sponsors, too!) so it can stay open to all and never get locked behind a pay barrier. A healthy Maplehurst Wire means better-informed neighbors and officials who know someone is watching. We care about that. If you care too, follow this link to give to the drive.",
    "A few words from people who gave recently:",
    "“So glad this town has you. Thanks for all the work.” — Priya",
    "“Don't stop digging.” — Colm",
])

_HARBORSIDE_LETTER = "\n".join([
    "Dear Neighbor:",
    "I realize this is an awkward moment to bring up money.  Believe me, I do.  If you have just lost your job or are scraping by on freelance shifts, you can stop here.  Nobody expects anything from you.  For everyone else, I am asking for help, because the Harborside Ledger is in a tough spot.  Putting out a news site every day — and paying the reporters and editors who make it good — is expensive, truly expensive.  Our reserves are nearly gone.",
    "Long before the storm season shut half the waterfront down, we had started asking readers for small monthly gifts.  A number of you came through — just not enough of you.",
    "We meant to start selling ads to shops along the boardwalk this spring, and then, well,  the flooding happened.  Funny how plans work out, right?",
    "All we want is the price of a muffin each month, a blueberry one from the corner bakery.  For 3.49 a month, you can help us keep covering Harborside's neighborhoods, council fights, galleries, bands, stages and whatever else deserves attention.",
    "If you are unsure what the Ledger is worth, browse what we have published. Look at Nina Okafor's flood recovery briefings. Look at Theo Brandt's close coverage of zoning hearings and school budget sessions.  Look at Carla Wen's gallery reviews — and Marcus Hale's record reviews.  Check out our weekend listings page.",
    "We believe we are giving Harborside the kind of serious reporting and useful information it has gone without for years; we hope you see it that way too. If so, and you can spare just $3.49 a month, sign up here.",
    "Thank you, truly. We will come through this side by side.",
    "Warmly,",
    "Delia Marchetti",
])

_LAKEPORT_LIST = "For alerts sent straight to your phone, join WLKP 12/LakeportNow.com’s urgent news, morning digest & storm warning text lists"

_RIDGELINE_PROMPT = "\n".join([
    "Never miss an update",
    "Turn on desktop alerts for urgent stories, live coverage, and reporting you won't find elsewhere.",
])


PROBE150_APPEALS = [
    _doc("b170-riverbend-courier-support-page-top", "appeal", "top",
         "Invented; modelled on Corvallis Advocate (headline above a whole multi-heading support page)", "en", [
             "Stop the Presses? Local News Still on Thin Ice",
             _RIVERBEND_PAGE,
         ], appeals=[_RIVERBEND_PAGE]),
    _doc("b170-sanbravolink-matching-gifts-top", "appeal", "top",
         "Invented; modelled on BenitoLink (Spanish-link line above a whole fall matching-gift letter)", "en", [
             "Lea esta nota en español en este enlace.",
             _SANBRAVO_LETTER,
         ], appeals=[_SANBRAVO_LETTER]),
    _doc("b170-maplehurstwire-winter-drive-top", "appeal", "top",
         "Invented; modelled on Decaturish (headline and photo caption above a whole fundraiser-goal post with contributor quotes)", "en", [
             "Almost there: Maplehurst Wire is just $3,200 short of its winter fundraising target",
             "The Eastbrook Youth Brass Band plays at the yearly tree lighting in Linden Square in Maplehurst’s Eastbrook district on Saturday, Dec. 7, 2024. Photo by Rosa Quill.",
             _MAPLEHURST_POST,
         ], appeals=[_MAPLEHURST_POST]),
    _doc("b170-harborsideledger-dear-neighbor-top", "appeal", "top",
         "Invented; modelled on Jersey City Times (publisher's signed monthly-subscription letter, then a cut author bio)", "en", [
             _HARBORSIDE_LETTER,
             "Delia is a former ferry captain, poet and accountant. Delia studied at Coastline Community College and later at Westbay University. Delia spent two years teaching English in Portugal. She earned an M.B.A....",
         ], appeals=[_HARBORSIDE_LETTER]),
    _doc("b170-wlkp12-firehall-pancakes-middle", "appeal", "middle",
         "Invented; modelled on JET 24/FOX 66 (TV station community story with an e-mail-list sign-up line glued in before the last quote)", "en", [
             "A neighborhood volunteer fire company served a pancake breakfast on Saturday to help pay for a new roof on its hall.",
             "We stopped by the Millbrook Fire Hall to see the breakfast put on by the company's Ladies Auxiliary.",
             "Pancakes, sausage, scrambled eggs, maple syrup, fresh coffee, every diner staple you can think of was on the griddle.",
             "Each winter the Millbrook Fire Company holds the breakfast to raise money for upkeep on the building.",
             "It is the company's second largest fundraiser after the summer carnival held in July.",
             "“It covers a lot of our costs. Fewer people join up these days. So the dues don't stretch like they once did,” said Gail Tremonti, Ladies Auxiliary.",
             "Tremonti said keeping the hall in good shape matters to the whole village.",
             "“This building is where the town gathers. It's all we have left,” said Tremonti.",
             "They plan to hold more breakfasts later this year to raise money.",
             "“We want more going on at the hall, and this is a start, and we're hoping to do another one before the carnival,” said Tremonti.",
             "Why does it matter to back your neighbors and events like this one?",
             "“Well the hall needs the help, and there are families around here who are struggling, with heating bills and groceries costing more every month, and we try to look out for them,” said Stan Kowalczyk, a Millbrook firefighter.",
             "What is it like to watch the town turn out?",
             _LAKEPORT_LIST,
             "“It warms my heart. We've got great neighbors in Millbrook, Cedar Run, and Old Forge.",
         ], appeals=[_LAKEPORT_LIST]),
    _doc("b170-ridgeline-news-hollowford-officers-end", "appeal", "end",
         "Invented; modelled on KDKA (short TV video item with repeated headline, video length line and browser-notification prompt at the end)", "en", [
             "Hollowford constables back on patrol after weeks off following captain's passing",
             "/ Ridgeline News 9",
             "Hollowford constables back on patrol after weeks off following captain's passing",
             "Hollowford constables back on patrol after weeks off following captain's passing 00:31",
             "HOLLOWFORD, Ohio (WRDG) - Hollowford's constables resume patrols Monday morning, their first shifts since Captain Reyes died.",
             "Since he died, the borough said only two full-time constables remain, and county deputies will fill in on nights while officials look for a permanent fix.",
             "People in the borough should still dial 911 in an emergency.",
             "First published on March 4, 2024 / 6:42 AM",
             _RIDGELINE_PROMPT,
         ], appeals=[_RIDGELINE_PROMPT]),
]


# --- Probe 150: negative documents --------------------------------------------------------------

PROBE150_NEGATIVES = [
    _neg("b170-lakeshoretribune-bakery-crowdfunding-neg",
         "Invented; modelled on Democrat and Chronicle (columnist on crowdfunding, link text cut across lines, double spaces)", "en", [
             "Green Oven Gets a Boost from the Crowd",
             "Talia Brennan",
             "Backing projects online hasn't quite gone mainstream, but it keeps edging closer thanks to big hits such as a reunion concert film",
             "($4.1 million pledged) and a cult cartoonist's new graphic novel, \"Paper Lanterns\"",
             "($1.3 million and climbing).  The \"How it works\"",
             "section explains the basics of online pledging pretty well, and I'd point anyone curious about it there first.  Several similar platforms exist too, such as FundHive",
             "which runs on a slightly different set of rules.  If nobody in your family has deep pockets and you'd rather skip the bank or an investor, ask the people who would buy from you.  None of them may have much to spare, but together they add up.  For backers, the risk is small, too.  If a project misses its target by the deadline, nobody pays a cent.",
             "With that out of the way, a growing number of Lakeshore folks and shops (myself included) are using these platforms to launch their next art project or small business.  The sites also show you which campaigns are running near you, so backing a neighborhood shop becomes very direct and personal.",
             "The other day I spotted a campaign for Green Oven",
             ", a neighborhood shop that makes everything from scratch with organic ingredients, including sourdough, gelato, pastries, and even chili jam!  Yes, I know, three paragraphs before I get to the actual story.  So much for leading with the news, huh?  Green Oven has run out of room in its tiny kitchen and wants a bigger one.  It turned to the crowd to pay for the move and hit its $3,000 target in only two days!  Nice work, everybody!",
         ]),
    _neg("b170-capitolwire-superpac-haul-neg",
         "Invented; modelled on GANT News (news report on a party super PAC's record fundraising haul)", "en", [
             "House Democrats aren't the only ones bragging about big checks this fall.",
             "The leading outside group backing House Republicans, Heartland Majority Fund, will disclose its biggest fundraising total to date on Friday after pulling in $16.8 million over the first 20 days of September. That figure — landing as Republicans look more and more likely to hold the chamber — beats its best full month ever by $5.5 million, despite covering less than three weeks of reporting.",
             "The fund has not yet named its donors, who will be disclosed later Friday — but the speed of the haul points to one or two very large checks from wealthy Republican backers.",
             "And although it works far down the ticket, the group actually brought in more in September than this year's biggest White House super PAC, the pro-Garrison group Forward Together, did. Steered by House Republican Whip Dale Ostrander, Heartland Majority Fund reported $11 million in cash as of September 20.",
             "At the same stage two years earlier, the fund had only a fifth of that sum in the bank.",
             "The money may ease strained talks among Republican leaders over which House districts deserve whatever cash is left in the fund's account.",
             "“Donors have never shown up like this, and we're ready for the home stretch,” said Kira Mendel, a spokeswoman for the fund. “In under three weeks Republicans will keep the House.”",
             "For months, Democrats enjoyed a flood of money from their donors who are nervous about the top of the ticket and looking for another place to spend. The Congressional Victory Project, the chief Democratic counterpart to Heartland Majority Fund, this week announced a fresh $20 million television campaign across the eight districts expected to settle control — a sign that they, too, got a last-minute cash boost.",
         ]),
    _neg("b170-greatlakesherald-university-gift-neg",
         "Invented; modelled on Detroit Free Press (news report on a university's record anonymous gift and how it is split)", "en", [
             "Northern Prairie State University has been given $620 million, the biggest single donation any public university in the country has ever received, school officials will reveal at an 11 a.m. Wednesday press event.",
             "The donor is an unnamed Northern Prairie graduate, according to a report in the Chicago Ledger. The sum will be paid to the school's foundation over 12 years.",
             "The money will be divided among three main areas: $340 million for Northern Prairie’s Alma Vance College of Nursing; $230 million for scholarships, new professors and other campus priorities, and $50 million for sports, according to the Ledger.",
             "“We are good at helping students climb,” university President Lorraine Abernathy told the Ledger. “Our donors share that goal. ... I could not be happier about this gift. Its scale lets it change everything.”",
             "The university sent out a media notice for the midday event on its Fargo campus promising a \"landmark announcement that will lift the University family for decades ahead,\" but gave no details.",
             "The earlier top donation any public university had received was $575 million, reached twice, once by the Okonkwo Family Trust to the University of the Plains in 2019 and once by Harriet and Len Sorensen to Bluewater State in 2018, according to a ranking of big gifts since 1970 kept by the trade journal \"Campus Philanthropy Review.\"",
         ]),
    _neg("b170-channel8plains-university-gift-neg",
         "Invented; modelled on FOX 47 News (TV station rewrite of another paper's report on a record university gift)", "en", [
             "FARGO, N.D. — Northern Prairie State University has just received the biggest private donation ever made to a public university, according to reporting by the Chicago Ledger.",
             "The university says an unnamed graduate gave it $620 million.",
             "The Ledger reports the gift will be paid to the school's foundation across 12 years. According to the paper, the money is being divided into three parts. $340 million goes to Northern Prairie’s Alma Vance College of Nursing, $230 million to scholarships, new professors and other campus priorities, and the Bison sports teams will get $50 million.",
             "The earlier record gift was $575 million, the Chicago Ledger reports. Northern Prairie State University's biggest gift before this was $90 million, which paid for its nursing college.",
             "According to the Chicago Ledger, two schools had tied for the earlier record of $575 million for the biggest gift to a public university: the University of the Plains and Bluewater State.",
         ]),
    _neg("b170-diocesanherald-fish-fry-orphans-neg",
         "Invented; modelled on The Catholic Sun (parish dinner raising money for a charity abroad)", "en", [
             "The Lenten Fish Fry at St. Brendan & Holy Cross Parish in Millers Landing brought in $4,200 for a Catholic relief mission in Lebanon.",
             "The parish priest, Father Tomasz Wierzbicki, proposed that this year's proceeds go to the nuns in Beirut who look after children left without parents by the fighting in the region.",
             "Parishioners of every age pitched in to put on a hearty fried-fish dinner — handling tables, frying, serving, decorations, music, baked goods from home, and the washing up — for 210 guests. On top of ticket sales, more came in from a quilt raffle, a bake table and private gifts.",
             "The evening showed how deeply the parish cares for people who are hurting far from home.",
         ]),
    _neg("b170-northwoodsgazette-chili-supper-pantry-neg",
         "Invented; modelled on The County (church supper for a food pantry with per-item matching funds)", "en", [
             "Church chili supper to benefit Pine Hollow food shelf",
             "PINE HOLLOW — Bringing back what many call the finest chili north of Bangor, members of Grace Methodist Church and Trinity Presbyterian Church will hold their yearly Chili Supper on Saturday,March 15, to support the Pine Hollow Community Food Shelf.",
             "The supper has taken place in late winter every year since it began in 2011 so that it lines up with the window in which the Food Shelf can earn extra money from the Alder Family Fund, based on how much the public donates over a set six-week stretch.",
             "The food shelf can earn more from the fund not only through bigger cash gifts from neighbors, but also through the canned and boxed goods people drop off, each of which counts as $1 per item or pound.",
             "Besides the Alder Family Fund, the churches also get help from a regional farm credit union. The credit union gives $1 for every two hours volunteers spend planning, cooking and serving the supper.",
             "Several local businesses back the event as well. Sponsors and the women's circles of both churches pay for all of the supper's costs, so every dollar raised goes straight to the food shelf.",
             "Coming to the supper not only helps the food shelf keep feeding families who need it, the chili itself is hard to beat.",
             "Serving runs from 5 to 7 p.m. at the church, and everyone is urged to come hungry.",
         ]),
    _neg("b170-glacierweekly-first-year-neg",
         "Invented; modelled on Flathead Beacon (editor's column looking back on the paper's first year, title cut with \"…\")", "en", [
             "The Weekly, Twelve Months Later …",
             "By Corinne Vale",
             "Roughly ten weeks after our first issue of the Glacier Weekly hit the racks, a weathered rancher holding the newest edition walked into our office on Depot Street. Without raising his voice, he asked me straight out, “Do you people even read what you print?” I told him, as politely as I could, that we did, and that started a lengthy talk about water rights along the river. He cared a great deal about it and quickly walked me through why he believed our front-page story had left his side out.",
             "Apart from the opening scolding, the talk stayed friendly and, in the end, felt rewarding. Not because he and I saw eye to eye, but because the story meant something to him, so he wanted to explain where he thought we got it wrong. That, good or bad, was exactly what we set out to invite from day one: Report news that matters, from a newsroom that stays open, with people who don't put on airs. A year of issues later, we're still chasing all three.",
             "Our reporters are fairly young, and the learning has come fast. When we started, we knew the state well, but not this valley. The questions facing people here are partly familiar (rents, school budgets and county services) and partly their own (grazing leases, wildfire smoke and feuding town councils). We have taken on both, figuring out local politics and the touchy subjects, and collecting both compliments and jeers as we go.",
             "A lot is different since that first issue on June 2, 2009. For starters, we have gone from 20 to 36 pages. We soon beefed up our news pages. And, lately, we widened our business and arts coverage and brought on a weekly \"Camp Cook,\" whose chili recipe I will no doubt ruin before long.",
         ]),
    _neg("b170-millriverledger-letters-new-publisher-neg",
         "Invented; modelled on The Lakeville Journal (letters page: two letters praising the paper's new publisher)", "en", [
             "Letters to the Editor - 3-15-25",
             "Cheers for the Ledger's new publisher",
             "What wonderful news that the Mill River Ledger company (now MRL News Group) has named Priscilla Doane its chief executive and publisher.",
             "I worked alongside Priscilla for close to fifteen years at The Mill River Ledger, and I can say for certain that there is no task at that paper she can't handle fast, well, with grace and with tact (no small thing in a little shop with so many strong personalities and moving pieces).",
             "Well done to the board for seeing Priscilla's worth and honoring all the effort she has made to keep our town's two weeklies going and lively through some very hard times. Here's hoping the road ahead is open for real success.",
             "Harold Finch",
             "Mill River",
             "Doane is the right choice for MRL",
             "Word that Priscilla Doane is now publisher and chief executive of MRL News Group (formerly The Mill River Ledger Foundation, for many years before that The Mill River Ledger Company, and earlier still just The Mill River Ledger, dating to 1902) should please everyone who cares about hometown news, and it certainly pleases me.",
             "Doane's fifteen years there, covered at length in last week's editions, have led her through every part of the business, which she has helped shape along the way. The nonprofit board is lucky to have her in charge, and so are those of us who read these papers.",
             "Working with her all that time, while I was on staff too, was a pleasure. She is an inventive, gifted and capable community reporter and leader, who has long been involved with the Tri-State Press Guild and the Northeast Weekly Publishers Council. She takes the ethics of local reporting very seriously and knows how to put them into practice issue after issue, season after season. Not everyone can do that.",
         ]),
    _neg("b170-cedarfallsmessenger-lawsuit-costs-neg",
         "Invented; modelled on Bellevue Herald-Leader (paper reporting its own legal costs in an open-meetings lawsuit)", "en", [
             "Bluestem Publishing, which owns the Cedar Falls Messenger, has so far spent over $11,500 on lawyers in its push to make the Prairie Ridge Unified School District obey open-meetings law and deal honestly with the community.",
             "We sued about fourteen months ago after records surfaced that strongly indicated the school board – prompted by the superintendent – had held an unlawful closed session that kept residents, staff, families and students away from a key debate over parents' say and which novels belong in classrooms.",
         ]),
]


BATCH170_DOCUMENTS = PROBE150_APPEALS + PROBE150_NEGATIVES
