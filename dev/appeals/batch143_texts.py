"""Batch 143: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

21 documents (9 appeal, 12 negative; all EN): our own paraphrases of every document of the local-only
real probe 123 (21 documents). Each keeps the real page's structure (an editor's-note lead line, an
email sign-up widget's three state lines and a second newsletter box above a wire-quote digest whose
last headline is glued to its quote and cut, a daily briefing with a sign-up line and "•" bullets, an
editorial under a one-line donate banner, a newspaper's own paywall-launch column with blank link
slots, a newsletter's anniversary update with a repeated kicker and photo credit, a producer's signed
first-person letter, a three-line brief ending in a print teaser, a street-paper director's column,
"Published" datelines, a duplicated headline, a photo-credit line, and cut-off endings mid-word) and
exactly what the real gold marks: a Member Week editor's note as the first line; a breaking-news
email sign-up block (prompt, success message, pitch) plus a later "alerts emails" heading with its
blurb; a "get this briefing by email" line near the top and a "learn more / follow the podcast" line
after the bullets; a one-line "back us with a donation" banner; a single discount line ("take 85%
off") in the middle of a column about starting digital subscriptions (the column itself stays text);
a newsletter writer's closing membership ask with price and mailing address, cut mid-word; a
producer's closing giving ask with thanks and signature; a "(Full story in Wednesday's ...)" print
teaser glued to the end of the last paragraph; a street paper's three-paragraph year-end donor ask,
cut mid-word. Negatives keep what makes the real ones hard: a paper reporting its own print cutbacks
and digital-subscriber growth, a station's grant-funded investigative unit and fundraising target, a
charity chapter closing after decades of fundraising runs, a donor match for a rescue mission with
a mailing address for checks, a community foundation's Giving Tuesday match pool, a relief charity's
matched Day of Giving with "to give, go to the website", a report on donor-funded nonprofit
newsrooms, campaigns' deadline fundraising emails quoted as news, a reader's letter promising to
renew a subscription, a small outlet's birthday look-back thanking Members and donors, a community
journalism fund explained, an editorial asking readers for more letters.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches each text is taken as it stands,
every gold appeal substring is located in it (asserted unique), and the documents are written out as
unseen fixtures (no rule is fitted to them).
"""


from whole_documents import _doc, _neg


# --- Probe 123: appeal documents ----------------------------------------------------------------

_ROOTED_NOTE = (
    "Editor's Note: Our towns are under more pressure every year, yet this movement keeps getting "
    "stronger. Supporter Week is a reminder that each article we publish, each idea that travels, and "
    "each toolkit we put together exists only because readers like you keep turning up. Being a member "
    "is never just sitting on the sidelines—it's the engine that moves change forward."
)

_MERIDIAN_SIGNUP = "\n".join([
    "Sign up for Urgent Alerts emails",
    "You're now signed up for the Urgent Alerts email.",
    "Sign up now to hear first about the the biggest stories and special coverage.",
])

_MERIDIAN_BOX = "\n".join([
    "Urgent Alerts Emails",
    "Receive urgent alerts and special coverage. The headlines and features you need, sent every weekday morning.",
])

_CALIBER_SIGNUP = "Get this news roundup in your inbox each weekday morning. Subscribe here."

_CALIBER_PODCAST = "Find out more about the series here. You can follow Echoes on Apple Podcasts, Spotify and wherever you listen."

_IRONWOOD_BANNER = "Back the Ironwood Courier with a donation today."

_CASCADE_DEAL = "Today only, take 85% off a digital subscription."

_BOREALIS_ASK = (
    "If you don't have a membership yet: Here's the part where I invite you to join, since I depend on "
    "readers for everything described above. Memberships start at just $8 a month; you can also send a "
    "check to PO Box 4471, Fairbanks AK 99708, if you'd rather skip the card payment. If money's tight "
    "right now, mayb"
)

_HCPR_ASK = "\n".join([
    "Plenty of other listeners share moments like ours — and every one of them depends on your support.",
    "If you already give to HCPR or are a member, we're grateful.",
    "If you haven't yet, please think about chipping in a few dollars each month so this work can continue.",
    "Gratefully,",
    "Renata Olvera",
])

_LAKEVIEW_TEASER = "(Full story in Wednesday's LDC)"

_CURBSIDE_ASK = "\n".join([
    "Curbside Voices runs on the hard work of a great many people, and your generosity is what keeps all of it going.",
    "The stretch from late November through New Year's is when Curbside Voices brings in most of the money it needs to run all year. Most of our operating budget comes from individual givers like you, with foundation grants making up much of the rest.",
    "When you give to Curbside Voices, you back a paper that took top honors for overall excellence among small newsrooms in the 2022 Regional Press Association awards. You back a newsroom that is getting bigger. Getting to the roots of deep inequities takes serious investment in investigative reporting. To make sure tribal news cov",
])


PROBE123_APPEALS = [
    _doc("b143-rootedplaces-supporterweek-top", "appeal", "top",
         "Invented; modelled on Strong Towns (essay led by a Member Week editor's note, cut mid-word)", "en", [
             _ROOTED_NOTE,
             "Over the past twelve months I've traveled to dozens of places around the country. Some were farm towns, some were sprawling metros. A few were still finding their feet, while others seemed to have settled into a steady pace. Wherever I land, I hear a familiar refrain: local officials are hunting for the perfect master plan, the perfect grant, or the perfect pitch to bring in new growth.",
             "Plenty of strategies are on offer for that problem. Some councils are drafting fresh zoning codes. Others are assembling tax breaks to tempt new employers. A handful are reshuffling their departments or launching pilot programs meant to jump-start investment. Yet when you peel back all those efforts, the towns that are genuinely flourishing, the ones that feel lively and sturdy, have a single trait in common.",
             "They invest in relationships between neighbors.",
             "Community Doesn't Come From a Spreadsheet",
             "Neighborliness can't be boiled down to a to-do list or drafted as a template ordinance. It grows when residents hold a shared picture of their town, give their hours, and look after a place side by side.",
             "Tune into any broadcast or scroll the headlines about housing costs and you will soon notice that we treat homes as figures on a ledger rather than as the roots of a neighborhood. Housing, for instance, gets counted in units or labeled with strings of initials, and sized up by square footage and bedroom counts. Vehicles get the same treatment, tallied by seats and doors and measured by parking minimums and traffic delays. But reducing the places we build to numbers l",
         ], appeals=[_ROOTED_NOTE]),
    _doc("b143-meridiannews-alerts-top", "appeal", "top",
         "Invented; modelled on NBC News (email sign-up widget states and alerts box above a wire-quote morning digest)", "en", [
             _MERIDIAN_SIGNUP,
             "Capitol Desk's Morning Roundup",
             _MERIDIAN_BOX,
             "“Veloria edged closer to splitting apart Wednesday as the regional assembly in Ostrava Bay voted without dissent to seek union with Karstland and scheduled a public vote within two weeks. Prime Minister Elena Marsh denounced the step, and allied capitals responded with their first serious penalties against Karstland,” Wire Service reports.",
             "“Prime Minister Elena Marsh announced the allies' opening round of penalties over Karstland's armed seizure of Ostrava Bay on Wednesday, vowing that the region would not be sliced off from Veloria. She said a hurriedly arranged ballot on the bay's breakaway would breach treaty law,” Wire Service reports.",
             "Marsh and Karstland's leader talked by phone for forty minutes last night.",
             "The ruler of neighboring Dravia applauded Karstland's actions in a public statement on Tuesday.",
             "“Southland's Chancellor Tomas Rivka declared he has ‘no intention’ of ceding the northern river valley or accepting shared control of the port city of Halden, dismissing what his aides suspect will be central pieces of a mediated settlement,” Wire Service writes. “Rivka's remarks suggested the distance between him and Northland's Premier Ana Volkov is still large after five months of shuttle talks led by envoy Martin Greer.” His exact words: \"They keep insisting, 'no deal without the valley.’ That will not happen. We refuse.’”",
             "A Daily Ledger/Channel 9 survey shows wide backing for the proposed Prairie Line rail expansion, with voters favoring construction by a 61%/27% margin.",
             "Harlow's workplace-safety bill stalled“Yielding to industry pressure, the Senate voted after a heated floor fight Wednesday to keep the ru",
         ], appeals=[_MERIDIAN_SIGNUP, _MERIDIAN_BOX]),
    _doc("b143-caliberreport-podcast-top-middle", "appeal", "top+middle",
         "Invented; modelled on The Trace (daily briefing with email sign-up line and podcast follow line after bullets)", "en", [
             "Good morning, readers. Today we have news of a project we've been building for a long time, and one that takes The Caliber Report into a medium that is new for us.",
             _CALIBER_SIGNUP,
             "Meet Echoes, a new podcast from The Caliber Report and the Dayton Ledger",
             "Roughly 70,000 Americans a year live through being shot. Each one carries a story. Eight survivors tell theirs in a fresh series produced by The Caliber Report with the Dayton Ledger.",
             "The conversations in the series were reported by The Caliber Report's Nadia Ferris and the Ledger's Colin Straub. Each Wednesday, beginning June 6, you'll meet a person whose life was upended by a bullet, among them:",
             "• A woman wounded at 16 outside a church youth dance who later became an ER nurse",
             "• A teenager in Stockton, California, who joined a crew for safety, and payback, after a shooting left him unable to walk",
             "• A man who held the door open for an armed stranger at his workplace",
             _CALIBER_PODCAST,
             "Granger Arms exits Chapter 11. “A new day has dawned for Granger,” the firm's chief executive said. The rifle maker said Wednesday its reorganization had swapped over $640 million in debt for ownership stakes. Granger disclosed in January that it would seek court protection after piling up close to $900 million in obligations.",
             "Gun owners and non-owners mostly see eye to eye on firearm rules.  That is the conclusion of fresh polling from the Northfield University School of Public Health. The team tested backing for 22 proposals, among them extreme-risk protection orders and checks on every sale, and found that most people surveyed favored stronger limits. Related: We talked with longtime and lapsed gun-club members about which measures they would accept.",
             "Investigators released fresh rec",
         ], appeals=[_CALIBER_SIGNUP, _CALIBER_PODCAST]),
    _doc("b143-ironwoodcourier-session-top", "appeal", "top",
         "Invented; modelled on Timberjay (editorial under a one-line donate banner, cut mid-word)", "en", [
             _IRONWOOD_BANNER,
             "A productive session",
             "Lawmakers break new ground on many fronts",
             "Remarkable. That word fits the legislative session that just wrapped up at our state capitol, which shattered past benchmarks for output. Residents will certainly argue about some of the new statutes and programs approved this year, but few could claim it was anything less than sweeping.",
             "With one party holding the House, the Senate and the governor's office, legislators finished on schedule while approving far-reaching measures on everything from child care to prescription costs, rural broadband to voting access. Along the way they also approved the biggest bonding bill the state has ever seen, with tens of millions set aside for projects up here in the lake country.",
             "At the outset, the majority rolled out an ambitious (many called it unrealistic) agenda. Even with control of both chambers and an ally in Gov. Ruth Engstrom, hardly anyone predicted that by the final gavel, each of the caucus's top priorities would have passed in some shape or other.",
             "The specifics fill thousands upon thousands of pages, far too many to summarize here. Still, the overall direction is plain: broadening freedoms, lifting up people who struggle, and stepping up to safeguard our lakes and forests.",
             "One measure pushes power companies to reach carbon-free electricity by 2038 instead of the old 2050 target, only 15 years away, and offers incentives to get there. Another covers breakfast for every public school child so nobody starts class on an empty stomach. Another writes reproductive freedom into statute for the first time. And another scraps the long-failed ban on cannabis, a change that will matter to the many thousands of residents whose records were tarnis",
         ], appeals=[_IRONWOOD_BANNER]),
    _doc("b143-cascadeherald-digitalplan-middle", "appeal", "middle",
         "Invented; modelled on The Seattle Times (own column announcing digital subscriptions, one discount line mid-column)", "en", [
             "Americans like to say that a bargain costs you in the end. The assumption is that value tends to track price. Other cultures that never championed free markets have a saying like it too: as an old Spanish proverb puts it, “Lo barato sale caro,” or, “The cheap ends up costly.”",
             "Lately, that bedrock of our economy has been reaching into journalism. Ever since the big national dailies began asking readers to pay for full website access three years ago, upward of 450 papers nationwide — among them nearly every major paper in our region — have put up digital subscriptions. Complete, unlimited use of their sites no longer costs nothing.",
             "Starting in April, the Cascade Herald will follow suit. Early that month, we will introduce a new digital membership for readers of, the valley's biggest, most trusted and most visited news site.",
             "If you already take the printed Herald, here is welcome news: Digital access comes bundled with your home delivery, so you'll be able to read everything the Herald publishes on any device, including our redesigned phone and tablet apps and the e-edition that mirrors each day's paper.",
             _CASCADE_DEAL,
             "If you don't receive the print edition but appreciate the reach and richness of reporting from the valley's biggest newsroom, there is good news for you too: You will now be able to play a direct role in sustaining serious journalism where you live.",
             "Why this is happening is no mystery: The finances of news, and of daily newspapers above all, have shifted enormously in the last ten years. Our audience across paper and screens is larger than it has ever been, yet our main income stream — advertising — keeps shrinking here and across the country and no longer covers our expenses the way it used to.",
             "Ever since it went live in 1998, has been open to everyone at no charge. Until now our only charge to readers was for",
         ], appeals=[_CASCADE_DEAL]),
    _doc("b143-borealisledger-anniversary-end", "appeal", "end",
         "Invented; modelled on Northern Journal (newsletter anniversary update, closing membership ask with mailing address, cut mid-word)", "en", [
             "Updates from, and about, Borealis Ledger",
             "Three years on, a look at how this little news business is doing, plus a heads-up on how to get your Borealis Ledger beanie and tote bag.",
             "Updates from, and about, Borealis Ledger",
             "The new Borealis Ledger beanie design (Mara Ekholm)",
             "Three years ago, I had just come back to Fairbanks from a long stint in South America, with no job and no clear idea of what came next.",
             "With media and politics both shifting under everyone's feet, I figured I'd quietly start a newsletter and see whether anyone would read it.",
             "The reaction blew past anything I'd hoped for. Scores of readers signed on as paying subscribers within days, other outlets started republishing my reporting, and it became obvious fast that Borealis Ledger could be more than a side project. It's now my full-time job, so I spend my days (and plenty of late nights) chasing, studying and traveling to the corners of the state that grab my curiosity.",
             "The reason I can do any of this is, plainly, you. The several hundred readers who pay for Borealis Ledger memberships now cover my rent, my fuel oil and my reporting costs. That's frankly something I never pictured back when I hit send on the first issue.",
             "So I want to pause for a moment and thank everyone who has backed Borealis Ledger over these three years. Reporting for you has renewed my drive to cover this state; it has let me ride along on bush planes, sit in on village council meetings and walk into boardrooms to understand and explain how things really work up here. I feel lucky to do it.",
             _BOREALIS_ASK,
         ], appeals=[_BOREALIS_ASK]),
    _doc("b143-hcpr-producerletter-end", "appeal", "end",
         "Invented; modelled on Texas Public Radio (producer's first-person letter ending in a signed giving ask)", "en", [
             "Public radio wasn't part of my childhood. In the car I (nearly) always have a playlist going, and I catch up on the day's headlines through a news app or the evening TV broadcast.",
             "About a year ago, though, while I was deep into my job at HCPR producing the afternoon magazine, the real reach of public radio finally clicked for me.",
             "From the producer's chair, I get to see the careful work HCPR reporters do day in and day out to bring listeners accurate, well-sourced - and up-to-the-minute - reporting.",
             "Today I'm a proud listener. I've seen up close how HCPR brings our community together.",
             "My mom drives a school bus route and then delivers packages in the afternoons, so she's behind the wheel most of the day. She tuned in to public radio now and then, but these days she's a loyal HCPR listener. Whether she's crossing Llano, Mason or Menard County, she hears Lydia Castañeda's voice (and once in a while mine) hosting the afternoon news.",
             "Each evening on my commute, I phone my mom and we go over the best stories from that day's HCPR coverage.",
             "We discuss the newest updates on the river flooding covered by Tomás Ybarra. We chat about Grace Holloway's story on the city council's water vote. I've even lectured her about getting enough sleep, thanks to a health piece from Dev Raman we both caught.",
             "These evening phone calls with my mom have become something I truly treasure...and hold onto.",
             _HCPR_ASK,
         ], appeals=[_HCPR_ASK]),
    _doc("b143-lakeviewcourier-barnfire-end", "appeal", "end",
         "Invented; modelled on Newport Daily Express (three-line brief with a print-edition teaser glued to the end)", "en", [
             "Century-Old Dairy Barn Destroyed In Blaze",
             "Flames leveled the century-old Maple Hollow barn off Route 14 on Fenwick Road in Albury Sunday evening.  Owner Gary Thibodeau, who bought the property roughly two years ago, said the structure was built in the 1880s.",
             "Thibodeau said he had not kept cows in the barn and his livestock were either pastured or housed in a newer building. The only contents were bales of old straw left behind by the prior owners. Most of his newer feed was stored elsewhere. " + _LAKEVIEW_TEASER,
         ], appeals=[_LAKEVIEW_TEASER]),
    _doc("b143-curbsidevoices-vendors-end", "appeal", "end",
         "Invented; modelled on Street Roots (street paper director's column ending in a year-end donor ask, cut mid-word)", "en", [
             "Curbside Voices vendors are out on corners all over town. Maybe you're catching up with your vendor on the way out of the hardware store. Perhaps you're strolling the Saturday craft fair or picking up a bagel. Your vendor is right there, the latest issue held up in front of them, impossible to miss. They say a friendly “hey there” and might even know your kid's name.",
             "Dana Whitlock is the executive director of Curbside Voices. This column reflects her opinions.",
             "On the other side of town, at the Curbside Voices office near the rail yard, a vendor slides a dollar across the counter for five more papers to sell, then wanders to the snack table, where a volunteer has already fixed a cup of tea with lemon and two spoons of honey, exactly how they take it.",
             "Out on the sidewalk, three more vendors are gathered around a bicycle trailer, patching a flat tire. It's the trailer one vendor uses to haul his papers and his bedroll each day, so the other Curbside Voices vendors jumped in to help.",
             "At the same time, our reporters are busy filing records requests, calling sources, editing drafts and posting online. And in the back room, a group of vendors and directors have sat down to talk about the county budget, sweeps and shelter pods that actually help.",
             _CURBSIDE_ASK,
         ], appeals=[_CURBSIDE_ASK]),
]


# --- Probe 123: negative documents --------------------------------------------------------------

PROBE123_NEGATIVES = [
    _neg("b143-millbrookgazette-printchanges-neg",
         "Invented; modelled on Salisbury Post (paper reports its own print cutbacks and digital-subscriber growth, cut)", "en", [
             "Gazette adjusts sections to keep printing",
             "Published 6:00 am Thursday, April 2, 2020",
             "The Millbrook Gazette has made a series of adjustments so the printed paper keeps coming out on schedule while the coronavirus outbreak forces many local businesses to close or sharply limit operations.",
             "Starting now, the Gazette will suspend until further notice its Thursday Weekender section, which lists area happenings, along with the recipes page. That material will move into the Sunday Living section. The Sunday paper will carry only the color comics, dropping the extra page of monochrome strips. The Gazette will also stop printing its additional monochrome strips page in Saturday's edition.",
             "The Gazette will keep a single page of monochrome strips and games in weekday papers. Half-page crosswords will also run in Wednesday's and Sunday's editions.",
             "For the time being, church news and items usually found on a standalone Yard and Home page have shifted into the Gazette's Sunday features section.",
             "Millbrook Gazette Publisher Dale Whitaker said visits to the Gazette's website have jumped thanks to the outstanding work of the paper's newsroom — on some days more than doubling. The paper has also added digital subscribers over the past few weeks, though not nearly enough to offset current and expected losses in advertising.",
             "“Everyone at the Millbrook Gazette is committed to delivering the strongest mix of reporting, sports, commentary and entertainment we can at a tough moment for every business in town,” Whitaker said. “Right now, we have to make adjustments to protect the Gazette's future. Readers can keep relying on the Gazette for complete, accurate reporting on the coronavirus and its effect on our town. All of us here can't wait for the day when Millbrook gets back to business as usual.”",
             "Managing Editor Priya Nandakumar said the",
         ]),
    _neg("b143-wlmr-investigativeteam-neg",
         "Invented; modelled on WBUR (station's grant-funded investigative unit and fundraising target, excerpted from a trade site, cut)", "en", [
             "WLMR to form investigative team",
             "This item is adapted from Public Media Weekly, from a story by staff writer Jonah Feld. Read the complete story on their site.",
             "WLMR will start an investigative reporting team backed by a two-year, $250,000 grant from the Halvorsen Trust. The money, made public on Monday, will let the station assign a group of reporters full-time to investigations, said Carla Brandt, the station's vice president of news. Until now, the newsroom has tackled investigations only occasionally and often alongside partner outlets.",
             "Investigative work takes a lot of time and frequently a lot of money, which has held back public radio newsrooms, particularly at individual stations, Brandt said. “We haven't always had the luxury of doing the deep digging that newspapers, particularly in their prime, could take on,” she said.",
             "WLMR intends to bring on three reporters to dig into subjects such as housing costs, water quality and the state prison system. With Halvorsen's money in hand, WLMR is seeking additional grants of comparable size, Brandt said, with a target of $900,000 to cover the first three years of launch and operations.  First to join will be an editor who also reports, then a second reporter and finally a journalist who handles audio production and data.",
             "WLMR partners with the Lakeshore Investigative Collaborative, a nonprofit newsroom that supplies stories to several outlets. That relationship will go on “whenever it makes sense,” Brandt said. The collaborative has a seasoned reporting staff with a sharp focus and deep experience in print, Brandt said. Through years of working together, WLMR found that its investigations didn't always work well on the air.",
             "“Telling  … stories for the ear is its own discipline, and not every print reporter can pick up the particular demands of public radio and audio storytelling,” Brandt said. “That’",
         ]),
    _neg("b143-riverbendsocial-pinkribbon-closing-neg",
         "Invented; modelled on Portland Society Page (charity chapter closes after decades of fundraising runs, duplicated headline, cut)", "en", [
             "Pink Ribbon Alliance of Central Valley Shuts Local Office",
             "Pink Ribbon Alliance of Central Valley Shuts Local Office",
             "Lindale, CA. The Pink Ribbon Alliance Central Valley chapter will shut its office as of April 30th. The Alliance's national board said in May 2020 that it planned to “fold all regional chapters into a single unified Alliance to streamline operations and sharpen its mission.” The health crisis sped up those tough choices, according to Marissa Feld, the Alliance's chief executive for nearly four years. Most money in the chapter model came from the Alliance's hallmark fun runs and bike rides, which were called off, delayed, or moved online.",
             "For 24 years, the Pink Ribbon Alliance has staged its yearly fundraising run as pictured above. It was a day when people swapped memories, hugs, and tears while collecting donations to fight breast cancer. The Central Valley run was among the largest in the country.",
             "Central Valley chapter leaders looked back on the change. “Together, we are enormously proud of what we achieved over the past 24 years. In that time we built a devoted community of backers in the battle against breast cancer; raised $21 million for programs focused on screening access and on improving daily life for people in treatment; and paid for promising research close to home.”",
             "The chapter gave up its rented office downtown and switched to remote work at the onset of the pandemic. Last winter, chapter staff were told that every function – outreach, patient services, fundraising, communications, IT, bookkeeping would be handled from headquarters in Atlanta, Georgia. The charity is merging its 52 chapters into one national body.",
             "Pink Ribbon Alliance Central Valley says, “We are committed to serving our local breast cancer community with the money raised right here. As our signature progr",
         ]),
    _neg("b143-coastalnews-rescuemission-match-neg",
         "Invented; modelled on WOKV (donor match for a rescue mission, with how to give and a mailing address reported as news)", "en", [
             "SAVANNAH, Ga. — Local donors Dr. Helen Okafor and Marcus Whitfield announced Monday that they will match every gift made to Harborview Rescue Mission in Savannah during May, up to $30,000.",
             "Organizers hope residents will take full advantage of the match by giving whatever amount they can.",
             "Gifts will support Harborview Rescue Mission's programs in Savannah. Those include the evening supper line that offers a warm meal each night, all year round, to anyone in need, the food pantry that supplies groceries to 180 families each week, and the Beacon House shelter for mothers and children.",
             "Beacon House usually shelters over 450 people a year, roughly half of them children.",
             "“Across Georgia, according to state health department figures, nearly one in three children lives in a single-parent home,” Harborview Rescue Mission said in a statement. “Kids in single-parent homes are far more likely to grow up poor than kids with two parents at home. That means lots of families around us are struggling to cover basics for their children, like healthy food, a safe bed, diapers, and more.”",
             "Donations can be made online through the mission's website or by sending a check to Harborview Rescue Mission at 412 E. Bay St., Savannah, GA 31401 marked for the May Match Drive.",
         ]),
    _neg("b143-prairieherald-doubleday-match-neg",
         "Invented; modelled on The Morning Sun (community foundation's Giving Tuesday match pool explained, cut mid-word)", "en", [
             "The Prairie Hills Community Foundation has set aside $40,000 in matching dollars for its fifth annual Double Day on Dec. 2, Giving Tuesday. Held on the Tuesday after Thanksgiving and the big retail days of Cyber Monday and Black Friday, Giving Tuesday opens the charitable season when many people turn to holiday and year-end donations.",
             "Double Day is a drive to help area nonprofits grow their endowment funds and strengthen their long-term footing. According to a statement from the PHCF, 27 nonprofits holding endowed funds with the foundation have signed up this year and will qualify for a proportional share of the $40,000 matching pool based on gifts received. Residents are encouraged to take part “because these hometown groups and the work they do matter and change lives across our area,” the statement said.",
             "Endowment funds are invested to generate income now and in the future for yearly distributions that pay for operations, programs or special projects. The $40,000 pool will be split among participating groups according to how much each raises, capped at 15 percent of the total match. Every dollar given, plus the match, goes into the group's endowed fund.",
             "“These gifts go into their long-term savings, which lets programs grow and do even more good for years to come,” PHCF Executive Director Lena Marsh said in the statement. “Our area is full of generous people who care about their neighbors and about the health of the whole community.",
             "“We hope givers will be excited by this chance to support any cause they love on Giving Tuesday and mark a day that lifts everyone's spirits.”",
             "Gifts for Double D",
         ]),
    _neg("b143-channel5dyersburg-dayofgiving-neg",
         "Invented; modelled on WBBJ (relief charity's matched Day of Giving reported, ending in where to give)", "en", [
             "Gifts to Hearthstone Relief will be doubled for Day of Giving",
             "DYERSBURG, Tenn. — Thursday, April 11, is the day when people nationwide join forces to help neighbors facing hardship.",
             "April 11 is Day of Giving, a campaign launched by Hearthstone Relief to assist families hit by floods, fires and storms.",
             "The charity is seeking support to reach its target of assisting 20,000 households.",
             "Three regional businesses, Delta Freight, Riverside Fuel and the Oakmont Foundation, have pledged to match every gift made before midnight Thursday, up to $180,000.",
             "Every gift is tax deductible.",
             "To give, go to the Hearthstone Relief website.",
         ]),
    _neg("b143-deltapublicradio-nonprofitnewsrooms-neg",
         "Invented; modelled on WKMS (report on donor-funded nonprofit newsrooms, photo-credit line)", "en", [
             "Investigation of State Senator Highlights Nonprofit Newsrooms' Growing Reach",
             "Credit Ozark Investigative News Network, Instagram",
             "An Arkansas newsroom's detailed investigation this week into a rancher-turned-lawmaker underscores the growing influence of nonprofit, independent news outlets around the country.",
             "The Ozark Investigative News Network's reporting on Democratic state Sen. Carl Beckett included documents showing he steered state contracts to a company owned by his brother-in-law. Beckett angrily rejected the findings, then announced his resignation Friday in a brief written statement.",
             "Industry studies have found that tens of thousands of newsroom positions vanished nationwide over roughly ten years, as legacy outlets suffered from shrinking ad revenue and circulation in the internet age.",
             'The director of the Arkansas Press Association said donor-funded nonprofit newsrooms focused on accountability reporting are "stepping into the gap."',
         ]),
    _neg("b143-campusballot-deadlinefundraising-neg",
         "Invented; modelled on Mason Votes (student election blog quoting campaigns' deadline fundraising emails)", "en", [
             "Candidates Scramble for Late Cash Before Filing Deadline",
             "At set intervals, candidates have to file reports listing what they spent and what they took in. Campaigns treat those totals as a kind of scoreboard and fight hard to outraise their rivals. Tonight marks the close of the Jan. 1-June 30 window, and campaigns are all but pleading with backers to give before the clock strikes twelve.",
             "“Tonight is huge for our team as we wrap up another filing period and lay the groundwork for the homestretch. The number of phone calls we make, doors we reach, mailers we send, and ads we put on the air all hinge on your generosity,” Marian Holt wrote in a fundraising email.",
             "The totals will be released on July 15 and will shape each campaign's capacity to buy airtime and field staff. The money matters a great deal for candidates for governor such as Peter Lowell (D), who trailed Anne Carver (R) in a Daily Herald survey 41 to 46 percent. Still, in the previous filing period, Lowell outraised Carver by more than 1.2 million dollars.",
             "The State Elections Commission posts Campaign Finance Reports for every candidate. The nonprofit Open Ballot Project also offers a detailed look at campaign money in a more eye-catching format.",
         ]),
    _neg("b143-gulfgazettestar-readerletter-renew-neg",
         "Invented; modelled on Northwest Florida Daily News (reader's letter promising to renew a subscription)", "en", [
             "Bravo! You've made sure I'll be renewing my subscription.",
             "Saturday's Gazette-Star was packed with so many hometown stories that I actually sat down and read the news before I even got to the ads. The “Mill Town Memories” feature was wonderful. I grew up in Montana, and until I enlisted in the Navy in 1968 I had never lived near the ocean. I've been here 18 years and I'm curious about this region's past. Keep them coming.",
             "The “Shrimp Boat Season” piece caught my eye because I've fished near Pelican Point Park and know those marshes. Even the dramatic photos of the boathouse fire were news I was glad to see.",
             "Stay focused on local news, including the little stories about neighbors lending a hand. It all keeps me tied to my town and guarantees I'll be renewing my subscription.",
         ]),
    _neg("b143-faultlinepress-birthday-neg",
         "Invented; modelled on Shadowproof (small outlet's birthday look-back thanking Members and donors, cut)", "en", [
             "Fault Line Press Turns Seven: A Look Back At The Year",
             "We started Fault Line Press seven years ago, and despite a rough stretch of layoffs across the industry and rising costs, we're still here, so let's mark the occasion.",
             "Since our previous birthday, Fault Line Press ran 51 pieces by 33 freelance reporters. That's close to double our output in 2021.",
             "Partly because of the Hattie Lane Reporting Fund, we were able to raise our freelance rates above past years. That happened thanks to Members and donors, along with the reporters who pitched stories and trusted us to give their work a strong home.",
             "Fault Line Press senior editor Rosa Delacroix covered the espionage trial of whistleblower Martin Oyelaran and appeared on Dan Keller's Open Mic Radio, Lucy Farrow's Signal Hour on KXPR, Tom Bright's Ground Truth, Ana Ruiz and Leo Ruiz on “Static,” and Sam Whitaker and Priya Das on “Contrarians.” Channel 12 Sydney, The Independent Wire, Undercurrent Magazine, and The Ledger's “Unpacked” podcast also had her on.",
             "We held a roundtable on independent media the weekend after the Oyelaran trial wrapped up, which included several of the journalists who faithfully followed the hearings—Jon Haas, Amira Said, Tom Raleigh, Maria Costa, Tess Hood, Ravi Menon, and Juan Ortega.",
             "As veteran British reporter and press freedom advocate Gwen Marlow said, American reporter Rosa Delacroix “covered more of the trial than all the big American papers and networks put together, CNN included.”",
             "Inside Out, which Fault Line Press publisher Noah Berman co-hosts, launched a new season titled “Outside the Walls,” with voices of people behind bars and a fresh lineup of co-hosts. A segment from our conversation with organizer Dana Price appeared in her acclaimed book, “Tend the Fire Together,” too.",
             "Fault Line Press was glad to feature wor",
         ]),
    _neg("b143-snakeriverledger-journalismfund-neg",
         "Invented; modelled on The Spokesman-Review (community journalism fund and grant-funded reporters explained, cut mid-word)", "en", [
             "Hometown reporting really does belong to everyone",
             "Three years ago, an unnamed donor in Pocatello partnered with the Portneuf Valley Foundation to create a new fund at the charity called the Civic News and Community Connection Fund.",
             "The fund's announced purpose was to organize and hold local gatherings that would draw the Pocatello area together in many ways and nudge people to get involved where they live.",
             "Yet the fund's top priority was to help pay for regional reporting at a moment when the economics of news were shifting fast. Stories paid for through this fund at the foundation would not belong to the Snake River Ledger or any other outlet, and would instead belong to the public under a Creative Commons license. That meant any group or publication that wanted to use the stories paid for this way could publish them at no charge.",
             "Last year, the fund – together with main support from Newsroom Corps, plus extra help from the foundation and the Bannock Readers group – helped give the area its first dedicated education reporter, focusing on one of the most overlooked subjects in the country: rural schools. Miguel Sandoval joined the Snake River Ledger last fall and started telling education stories from a region that seldom gets attention. His stories were offered to anyone to print for free.",
             "When the pandemic turned into the education story of the decade, Sandoval shifted his attention to school closures across southern Idaho and eastern Oregon, giving the area some of the most thorough coverage of the issue anywhere in the country.",
             "The Snake River Ledger has since landed two more Newsroom Corps grants, adding a second full-time reporter in Boise to cover legislative matters with Snake River Ledger political writer Dan Pruitt and helping the paper hire a full-time reporter in Tw",
         ]),
    _neg("b143-harborvillagetimes-letterscall-neg",
         "Invented; modelled on TBR News Media (editorial asking readers for more local letters, photo label, cut)", "en", [
             "Stock photo",
             "What makes a hometown paper special is that we cover the things national and big-city media companies overlook.",
             "We're writing about your kids' Little League games, the retired teacher who started a community fridge and the new library garden taking shape downtown.",
             "The big networks handle the national headlines. The cable channels and the wire services — they're following every move in Washington — not so much the village board or the school district.",
             "When your letters to the editor arrive, we're delighted and deeply grateful. We love it when you send us your views, and we appreciate that you trust us with them. But we sometimes ask ourselves why readers aren't writing to us about what's happening around here. We'd love to see more of that.",
             "Readers notice what our reporters miss. You're out in the world, chatting with neighbors, witnessing things firsthand and meeting people we've never heard of. We need your help telling those stories.",
             "What happens in Washington touches all of us — we know, and we feel it as well. But as we head into 2022, we'd like you to send us more letters rooted in our own towns. What's frustrating you close to home? What would you change here? What makes you proud? What needs saying?",
             "This is your opportunity as a resident to speak up about something that might actually change things. Town officials read the local paper — the president and his predecessor do not.",
             "We enjoy national news too, but let's make an effort — going forward — to keep our letters close to home. A reminder: letters should run 350 words or fewer and we edit them for A.P. style, the standard at most American news outlets, and for libel and taste. We also ask writers to cite sources or supporting information for any fac",
         ]),
]


BATCH143_DOCUMENTS = PROBE123_APPEALS + PROBE123_NEGATIVES
