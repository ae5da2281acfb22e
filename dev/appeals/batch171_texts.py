"""Batch 171: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

19 documents (8 appeal, 11 negative; all EN): our own paraphrases of every document of the
local-only real probe 151 (19 documents). Each keeps the real page's structure (a newsletter's title
and subtitle lines with a greeting, wave emoji and a GIF-caption line, a radio archive's episode list
with an episode cut off mid-word, a year-end campaign page with an editor's note and section heads, a
small county paper's letter with trailing spaces on its lines, an industry newsletter's dateline, pipe
tagline, editor's note with a referral URL and a headline-summary list, a newsletter launch post on a
mirror site cut off mid-word, a registration-wall explainer, a publisher's column cut off mid-word) and
exactly what the real gold marks: a welcome-new-subscribers line with a join-now nudge under a
newsletter's headline; a radio project's support heading, its two-sentence free-programs-depend-on-you
block and an inline "like this program? click here and support us" plea glued to the front of an
episode blurb (the blurb stays text); a year-end matching-gift campaign block (two lines) between a
mission tagline and the editor's note; a small paper's whole "please help us" plea with its expense
figures (four lines) before a reporter's letter; a newsletter editor's note from its heading through
the share-this-signup-link request to the signature (seven lines); a writer's launch paragraph for his
paid newsletter with its "please consider joining" line (three lines, the title and the
"first post below" line stay text); a whole register-then-subscribe explainer with its weekly price
(twelve lines, the whole page); a publisher's "why you should pay for a subscription" column (nine
lines, the whole page, ending cut mid-word). Negatives keep what makes the real ones hard: three
service-club donations to food banks with grants, matching funds, dollar sums and an invitation to
join the club, a fourth club gift with quoted thanks, campaign donors and checks in a mayoral race, a
blogger urging readers to give to a public radio pledge drive (another organisation's appeal), a
columnist's complaint about sites asking for logins, a blogger's musing on a newspaper's price rise and
his own subscription, a hyperlocal paper suspending publication while thanking its crowdfunding
donors, an editorial on what community papers do, and a publisher thanking subscribers for support
while making virus coverage free.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the build script takes each text as
it stands, locates every gold appeal substring in it (asserted unique) and writes the batch fixture.
"""


from whole_documents import _doc, _neg


# --- Probe 151: appeal documents ----------------------------------------------------------------

_DULLNOT_WELCOME = (
    "A warm hello to the 214 readers who signed up after Monday's letter! If this landed in your inbox "
    "by way of a friend and you haven't joined yet, today is a fine day to become one of the 2,871 "
    "people in the Never Dull crowd."
)

_OPENAIR_HEAD = "Help keep our shows on the air"

_OPENAIR_BLOCK = "\n".join([
    "Our archive holds more than 640 half-hour documentaries, and every one of them costs listeners nothing. Community stations and podcast fans alike can air or stream them at no charge, because we want stories of working people and neighborhood organizing to travel as far as they can.",
    "That is only possible because listeners like you chip in. If our episodes keep you company on a regular basis and you value them, please think about giving a gift today. We are grateful!",
])

_OPENAIR_INLINE = "Enjoying this episode? Give us a little love back. Tap here to fund our independent, listener-backed reporting. Much appreciated!"

_FOOTHILL_DRIVE = "\n".join([
    "Only seven days remain in our all-important end-of-year giving drive. Give today and a group of local backers will match your gift dollar for dollar–just make sure it arrives before midnight on Dec. 31.",
    "Stand behind our work of reporting stories that start in the neighborhood, backing skilled reporters, and helping readers make sense of the questions that matter.",
])

_MESALOOKOUT_PLEA = "\n".join([
    "Could You Lend Us a Hand Again?",
    "Twelve months have passed since we last came asking, and the cookie jar now rattles, the pantry shelves are echoing, and we've already searched under the sofa for loose change. Would you chip in so the Lookout can cover Piñon County for one more year?",
    "We run lean. Last year reader gifts paid Dolores Archuleta $4,120 for her close watch on our town and county boards (her note follows) and another $712.35 for the web hosting that keeps the Lookout online.",
    "Our thanks go out to everyone who has pitched in before. If you are able to give again, look for the donate button on each story or near the top of our front page.",
])

_GRIDBRIEF_NOTE = "\n".join([
    "A WORD FROM OUR EDITOR",
    "Thanks for turning to Grid Brief each morning to keep pace with the fast-moving news shaping power markets, pipelines and the people who run them.",
    "We aim to deserve your attention through careful reporting and sharp analysis, and by hosting a real conversation among the operators and analysts who know this business best. Write back and tell us which subjects you want more of.",
    "If this briefing has become part of your morning, please pass it along: forward this sign-up link to colleagues so they can get it too: https://www.gridbrief.example.com/join/morning/?ref=7c41be09aa2d5f86e13c0d94",
    "With gratitude,",
    "Harriet Okonkwo",
    "Managing Editor, Grid Brief",
])

_HOLLIS_LAUNCH = "\n".join([
    "Starting this morning, I am publishing a newsletter of my own about money, influence and how the economy actually works.",
    "Expect short essays from me, plus podcast episodes, live question-and-answer sessions, and now and then one of my sketches.",
    "My aim is to talk with readers more directly about what is happening to the country, who really holds the levers, and what it would take to rebuild things so they serve ordinary people. I would be glad if you joined us at martinhollis.example.com.",
])

_LAKESHORE_WALL = "\n".join([
    "If you've stopped by lately, you may have noticed a prompt asking you to sign in. Plenty of readers have wondered why we ask for an account before showing stories. Here is the plain truth:",
    "An account lets us see which stories readers actually spend time with, and that guides where we put our reporters and editors. With fewer staff than we had a decade ago, putting them on the right beats matters more than ever.",
    "We'll be candid about the other reason, too: we hope that once you've signed in, choosing to subscribe feels like a smaller step. Subscribers read everything we publish, not only here but on each of the 14 papers in the Lakeshore Media group. Your subscription also pays for reporting right here at home.",
    "Reporting costs money. Advertising, especially these days, can't cover the cost of putting out the news seven days a week.",
    "At the bakery, you pay for your bread.",
    "At the concert, you pay for your seat.",
    "If you want the full picture of what's happening in your town, you pay for a subscription.",
    "A great many of you have already done that, and to every one of you backing us this way, thank you more than we can say.",
    "Digital access costs $1.89 a week. That's less than most of us hand over for a single muffin. Every cent keeps reporters working so our region never ends up without its own news.",
    "After all, if we weren't here, who would cover it? Who would print your wedding notices, your shop openings, the obituaries of the people you loved? Who would tell your household what it needs to know in a storm?",
    "We don't ask you to sign in so we can sell your details. We promise, we never have. We ask you to sign in and, we hope, subscribe, because this work simply doesn't happen without readers.",
    "We appreciate you.",
])

_WILLOWBEND_COLUMN = "\n".join([
    "Having worked in this business a long while, I tend to take for granted that readers understand what a subscription to their hometown paper gets them.",
    "Taking things for granted is risky, though, so let me spell out why a yearly subscription is worth paying for and what comes with it.",
    "There's no better moment to sign up if you're not a paying reader yet. School is starting again and the leaves will be turning soon. A lot has gone on around town this summer, and a subscription is the easiest way to catch up on all of it.",
    "Chances are you already read us in some form, even without a paper landing on your porch.",
    "Maybe you scroll our site, flip through the digital replica, or see our posts shared online, without realizing it's the hometown paper doing the work behind all of it.",
    "Everything you find on a screen starts with the print edition. Take away that foundation and nothing else we publish would be there.",
    "Your paper is also a public square. It gives residents a place to speak up freely, to argue and trade views about local affairs. That matters a great deal if you want to feel connected to your neighbors and understand the decisions being made around you.",
    "Without a hometown paper, what you hear about your town, your council, your schools… tends to be lopsided, slanted and sometimes just plain wrong. Made up. Made-up stories. Made-up numbers. Made-up quotes. Pure hogwash!",
    "The hometown paper holds a community together. Covering this place is our full-time job and we're in it for years, not weeks. Trained reporters who've built careers on local news are harder and harder to find, and plenty of towns have lost their paper altogether. Your paper speaks up for e",
])


PROBE151_APPEALS = [
    _doc("b171-neverdull-anniversary-top", "appeal", "top",
         "Invented; modelled on Not Boring (personal newsletter, welcome-new-subscribers line under title and subtitle)", "en", [
             "Stepping Back, Looking Ahead",
             "What Twelve Months Taught Me, and What I Want From the Next Twelve",
             _DULLNOT_WELCOME,
             "Hey everyone 👋🏻,",
             "Happy Monday!",
             "Most weeks, Never Dull pulls apart what some other founder or company is up to. But Saturday was the first anniversary of this letter, so today I'd like to turn the lens around, take stock of the year, and sketch out a few targets for the one ahead. It might even be a quick read for once…",
             "Here we go.",
             "What I Learned",
             "happy dance GIF by Studio Pinwheel",
             "Lately I've been reading a lot about how to run a newsletter, and that world is full of tips on growth loops, on writing posts built to be forwarded, on crafting titles that beg to be opened, and so on and so forth… In a strange, self-referential twist, those tips are themselves written to grow loops, get forwarded, get opened, and so on and so forth… Honestly, it makes me a bit queasy. This isn't one of those.",
             "I simply want to pass along a few things that writing Never Dull for twelve months has taught me.",
         ], appeals=[_DULLNOT_WELCOME]),
    _doc("b171-openairradio-episodes-top-middle", "appeal", "top+middle",
         "Invented; modelled on Making Contact (radio archive: support heading, free-programs donation block, inline plea before an episode blurb)", "en", [
             _OPENAIR_HEAD,
             "Recent Shows",
             _OPENAIR_BLOCK,
             "Loud and Young: Teen Rappers Rewriting Their Blocks",
             "This week on Open Air Dispatch, we look at how teenagers, many of them immigrant and trans kids, are turning hip-hop verses into a tool for organizing. We'll also hear how the Riverside Youth Cypher has pushed back on commercial radio and opened rooms where kids who rarely get a microphone can rap about their own neighborhoods. Our thanks to Delia Marquez (co-founder of Verse Forward), Tomas Reyes (outreach coordinator at...",
             "Remembering Those We Lost in 2019",
             _OPENAIR_INLINE + " Across the country, hundreds of tenant organizers, union stewards and neighborhood advocates died this past year. They did vital work close to home, and their passing rarely made the news. As we do at the close of every year, Open Air Dispatch pays tribute to some of the organizers we lost in 2019. Our thanks to documentarian Rosa Whitcomb, the Gulf Coast Workers' Allia",
         ], appeals=[_OPENAIR_HEAD, _OPENAIR_BLOCK, _OPENAIR_INLINE]),
    _doc("b171-foothillcurrent-mission-top", "appeal", "top",
         "Invented; modelled on Sierra Nevada Ally (year-end campaign page: matching-gift block under mission tagline, then editor's note)", "en", [
             "Where We're Headed in 2027",
             "A shared place for reliable news, open conversation and stories told by the people who live them – made possible by readers like you.",
             _FOOTHILL_DRIVE,
             "From Editor in Chief Priya Castellanos:",
             "January always brings a certain spark. It feels like a clean slate, full of room to change, to grow, and to try something we haven't tried before.",
             "Here at the Current, that spark is real. We have ambitious plans for the months ahead, and none of them happen without readers standing behind us.",
             "Here is a quick preview of a few projects we're building toward in 2027.",
             "Putting neighbors and their ideas front and center",
             "Plenty is broken in our region, and reporting on what's broken is part of the job. Yet if every story is about a problem, readers start to feel stuck and, honestly, they stop paying attention.",
             "So this year we'll spend more time on residents who are actually trying to fix things in the foothills. Whether or not you like a given fix is beside the point. The point is that we recognize one another as neighbors pulling in the same direction.",
             "We want real people and real places, not cartoon villains and tidy labels.",
             "Ambitious? Sure. Starry-eyed? A bit. Necessary? Absolutely.",
             "Closing the gaps with numbers and partnerships",
             "We've learned that tying decisions made at city hall to what actually happens on your street makes your time with us worth it. More often than not, that takes digging up the numbers that explain the story–and fill in what nobody else is reporting.",
         ], appeals=[_FOOTHILL_DRIVE]),
    _doc("b171-mesalookout-plealetter-top", "appeal", "top",
         "Invented; modelled on Sierra County Citizen (small paper's whole donation plea with expense figures above a reporter's letter)", "en", [
             _MESALOOKOUT_PLEA,
             "A note from Dolores Archuleta:",
             "A line from an old newspaper editor keeps coming back to me when I sit through public meetings – \"Everyone gets to argue. Nobody gets to make up the numbers.\" ",
             "I have covered statehouse politics in Ohio, farm-country boards in Kansas and Nebraska, and now this corner of New Mexico, Piñon County. In three decades on the job across those places, none has come close to this one for how hard it is to get an answer from a commissioner or an agency head when I ask what evidence they weighed—simply asking them to explain the votes that shape our daily lives. ",
             "Mostly, I hear nothing back. It can feel like an old ranch-boss arrangement still runs things here: officials answer to the big landholders and a few businesses, and like bosses, they issue rulings that ordinary residents, let alone reporters, aren't supposed to question. Reporters, in their view, are there to write down what they say, polish their image and sell the county as a wonderful spot to settle down or vacation. ",
         ], appeals=[_MESALOOKOUT_PLEA]),
    _doc("b171-gridbrief-editornote-top", "appeal", "top",
         "Invented; modelled on Utility Dive (industry newsletter: editor's note with share-the-signup-link request and signature above headline summaries)", "en", [
             "Mar. 12, 2026",
             "| Your morning read on the business of power and pipelines",
             _GRIDBRIEF_NOTE,
             "Gas pipelines approved to serve new factories are landing in a \"permitting blind spot,\" leaving household ratepayers to cover the bill, the Midwest Ratepayer Alliance argued.",
             "Freezing state road contracts is expected to ripple outward into contractor hiring and steel prices. \"Every subcontractor depends on the next one down the line,\" a bridge builder said.",
             "Oil-fired generation kept shrinking from February through June, with closures leaving the region 65 MW short overall, the analysis found.",
             "Smart relays help grid operators spot faults early and keep the lights on.",
             "Nevada, Georgia and Ohio made up 68% of new battery storage brought online in the first quarter, according to Halvorsen Energy Research and the Storage Industry Council.",
             "Fine Print",
             "Permitting backlogs, equipment tariffs, a thin bench of electricians and \"heavy, unusual load requirements\" are slowing factory builds, say project finance lawyers.",
             "Viewpoint",
             "A federal push on long-duration storage could reshape the industry if a single pilot plant proves it can run profitably at scale, argues Brightwater & Cole counsel Martin Adeyemi.",
         ], appeals=[_GRIDBRIEF_NOTE]),
    _doc("b171-hollis-launch-top", "appeal", "top",
         "Invented; modelled on Robert Reich (newsletter launch post on a mirror site, cut off mid-word)", "en", [
             "Something New",
             _HOLLIS_LAUNCH,
             "My opening essay is reprinted here. ",
             "The last stretch has been exhausting – a bitter election, a long recession, floods and wildfires, a wave of strikes, a near collapse of trust in public institutions. The storm hasn't passed. If anything, concentrated wealth, monopoly, lobbying money and a warming planet look to be pulling harder than ever.",
             "The longer I've watched, the more sure I've become that a country only gets better, and self-government only holds, when people can see what is really going on, grasp how the machinery works, and know the steps open to them to fix it.",
             "That's why, in every job I've held, I've thought of myself first as an explainer – in lecture halls, in op-eds and books, in radio segments and short films (and, yes, in doodles). I was explaining, in another key, when I testified before Congress, ran a federal agency, and counseled candidates.",
             "Lately I've leaned on online video – with a handful of gifted collaborators who've helped me boil knotty ideas down into crisp, plain, occasionally funny clips. That is what good explaining looks like.",
             "Still, I've wanted a format whose worth isn't counted in views or shares, or in how many people bought a book of mine or streamed a film. I've wanted something closer – a way of gathering people who want to learn, to push, to reform, and to organize.",
             "Above everything, I'm hopi",
         ], appeals=[_HOLLIS_LAUNCH]),
    _doc("b171-lakeshore-registration-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on RiverTown Multimedia (whole-page register-then-subscribe explainer with weekly price)", "en", [
             _LAKESHORE_WALL,
         ], appeals=[_LAKESHORE_WALL]),
    _doc("b171-willowbend-subscribe-column-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on Sachse News (whole-page publisher's why-subscribe column, cut off mid-word)", "en", [
             _WILLOWBEND_COLUMN,
         ], appeals=[_WILLOWBEND_COLUMN]),
]


# --- Probe 151: negatives -----------------------------------------------------------------------

PROBE151_NEGATIVES = [
    _neg("b171-inkstainedblog-pricerise-neg",
         "Invented; modelled on The Worried Journalist (blog musing on a paper's cover-price rise and the author's own subscription)", "en", [
             "Paying for the paper",
             "IMG_2287A brief notice in the Harbor City Gazette told readers that starting this week the weekday newsstand price would climb from $1.75 to $2.25. The weekend edition holds at $4.50. That still looks like a decent deal given how much is stuffed inside: comics, crosswords, the real estate pullout, the TV guide and more.",
             "Looking at it strictly by the numbers, it's a lot to ask anyone to drop more than two dollars a day on a paper, particularly one that gets a few pages thinner every few months, even if it is still the best paper in the state. At that price a curious teenager is going to struggle to follow what's going on, especially since kids now pick up their news in a dozen other ways, mostly on their phones. A paper you hold in your hands just isn't their thing, as far as I can tell.",
             "Don't get me wrong. I spent years in a newsroom. Reporters need paychecks, and ad money has been shrinking for ages. A talk show on KHCR ran a sobering hour on \"Why the Hometown Paper Is Disappearing.\"",
             "I still take the Gazette, but I keep thinking about dropping it since, even at my age, I can get my news in plenty of other places. An old editor of mine used to ring up circulation every year and threaten to quit over the price. Without fail, they'd knock a few dollars off and he'd stay on for another year. Maybe I should give that a shot.",
         ]),
    _neg("b171-canyonpost-kiwanis-pantry-neg",
         "Invented; modelled on Observer-Reporter (service club's food-pantry donation with photo caption, grant and donation totals, join-us line)", "en", [
             "Shown are Club President Linda Ferraro and Foundation Chair Walt Ibsen handing over 80 cases of canned vegetables to pantry volunteers Rosa Dietz, Coordinator Glen Park and Amy Sato.",
             "The health emergency has kept the Kiwanis Club of Canyon Falls from meeting each week at the Elks Lodge, from running its usual fundraisers and from hosting social nights. Even so, members have stayed busy out of sight.",
             "The club was recently awarded a $750 grant by Kiwanis Division 12 for a local effort facing rising demand during the health crisis. The grants went to clubs whose members had each given at least $120 to the Kiwanis Foundation. With help from a Canyon Falls grocery chain, the club chose to give to the Hilltop Community Pantry.",
             "This latest gift builds on earlier support: $1,200 apiece went to the Canyon County Food Network, the St. Brendan soup kitchen and Canyon Regional Hospital for protective gear. Members also keep backing the Cans for Kids drive with local scout troops, led by Kiwanian Pete Lamar, and several deliver hot lunches to homebound seniors around the county.",
             "Residents who want to know more about the club's local work can speak with any member or go to www.canyonfallskiwanis.example.org.",
         ]),
    _neg("b171-valleystar-lions-foodbank-neg",
         "Invented; modelled on The Madera Tribune (service club's check to a food bank with matching funds and box counts)", "en", [
             "Keeping a careful distance, Lions Club outreach chair Marcy Delgado handed a $2,500 check to Tom Whitaker, director of the Sandoval County Food Bank.",
             "The Sandoval Lions got matching money from their district set aside for pandemic relief and chose to send $2,500 to the food bank. That comes on top of $4,200 the club gave earlier this spring.",
             "The money will go toward the Family Pantry Box program. Whitaker said a normal month sees 6,500 boxes (about 190,000 lbs.) go out the door, but since the outbreak began the food bank has been handing out 2,800 boxes (160,000 lbs.) every week.",
         ]),
    _neg("b171-cascadetimes-elks-meals-neg",
         "Invented; modelled on The Wenatchee World (service club's food donation with district grant, quotes and a looking-for-members line)", "en", [
             "ELLISBURG — The Ellisburg Elks Lodge is giving $9,200 to Hope Kitchen to feed families hit hard by the shutdown.",
             "\"That money was always meant to go back into this town,\" said Lodge Exalted Ruler Dan Okafor. \"Once the virus showed up, there was no way to do our usual volunteer projects in person. … Still, we wanted it working for people as fast as possible.\"",
             "The lodge is contributing $8,000 itself, backed in part by a $1,200 grant from the state Elks association.",
             "For several members, the hunger problem was personal.",
             "Lodge trustee and Eastview Middle School principal Carla Benning said her teachers have been dropping off lunches every weekday to well over a third of the school's 420 households.",
             "\"These kids are the town,\" she said. \"Feeding them turned out to be one of the most urgent things on the list. Nobody can focus on fractions when they're hungry.\"",
             "Once school lunches stop for the summer, families will be pointed to Hope Kitchen.",
             "Okafor said more local gifts will probably follow soon.",
             "\"Helping where we live is why we're here at all,\" he said. \"We want everyone to know that every dollar people handed us at our events or in gifts is going right back out to neighbors.\"",
             "The lodge brings in most of its money at a yearly crab feed, with the proceeds split among several local charities. This fall the crab feed will be swapped for a dinner dance celebrating the lodge's 110th year.",
             "The lodge welcomes new members. To learn more, visit ellisburgelks.example.org.",
         ]),
    _neg("b171-northcountry7-optimists-foodbank-neg",
         "Invented; modelled on WWNY 7 News (TV station item: club gift to a food bank with quoted thanks)", "en", [
             "CANTON FALLS, N.Y. (WNCT) - The Canton Falls Optimist Club has given $1,500 to the Riverside Family Center food pantry to help during the pandemic. Part of the money came through a grant from Optimist International.",
             "\"We're glad to be able to lend a hand to the Family Center at such a hard time,\" said Club President Gail Thornbury. \"For over 70 years our members have shown up when neighbors needed them. This gift is one piece of a much wider effort by Optimists everywhere.\"",
             "Last month, members agreed to hand over the money they'd normally spend on their weekly breakfast meetings to the pantry. Meetings have moved to video calls for now.",
             "\"We can't thank them enough,\" said Riverside Family Center Director Nadia Pruitt. \"That money turns into a lot of groceries for the families we serve. Nobody does this alone, and we couldn't keep going without partners like the Optimists and everyone in this town. Stay well, stay kind, and be patient with each other. We'll come out the other side!\"",
         ]),
    _neg("b171-baycityweekly-mayorrace-donors-neg",
         "Invented; modelled on San Diego Reader (campaign-finance report: builders and unions writing checks in a mayoral race)", "en", [
             "Deep-pocketed backers are writing big checks for the three best-known hopefuls in the March 4 special mayoral election.",
             "As in every race, builders and organized labor are pouring in to put their pick in office.",
             "For the builders, the Bay Homebuilders Council wasted no time forming a committee to raise money for Councilmember Janet Orloff, the business-backed favorite. An October 2 filing shows the council's lobbyist, Carl Wendt, started collecting checks for Orloff a day before the paperwork went in. The filing did not say how much came in.",
             "The Bay City Business Alliance is also in Orloff's corner. Its vice chair, Sandra Ng, gave Orloff $1,500. Alliance president and former mayor Ron Fischer has already backed Orloff, reportedly at a private breakfast with party donors last week, a meeting first reported by the Harbor Ledger and later by the Bay City Tribune.",
             "On the labor side, state Assemblymember Luis Carrillo stands to gain from a hefty $60,000 contribution by the Hotel and Restaurant Workers Union. The union sent the money on October 1 to Bay City Families First, a committee backing Carrillo for Mayor 2026. Carrillo's own campaign can't direct that money, but the committee, run with help from the county labor federation, will no doubt put all of it to work for him.",
         ]),
    _neg("b171-hallwaynotes-pledgedrive-neg",
         "Invented; modelled on Trefpool (personal blog urging readers to give to a public radio pledge drive)", "en", [
             "A Friendly Nudge: Give to Your Local Station!",
             "If you live around Denver, you've probably heard that KDVR Public Radio, our hometown public station, just kicked off its spring membership drive, and if you tune in at all, I'd really encourage you to give. For years I listened without paying a cent, until my partner and I finally signed up as monthly members, and the small dent in our budget was more than repaid by the feeling of being part of a crowd of curious, thoughtful people who want to understand their city and the world beyond it.",
             "snapshot from my morning at the KDVR booth.  hallwaynotes.example.com",
             "A big part of why I write this blog is to celebrate digging deeper; in an age of hot takes and 280-character arguments, the reporting and conversation you get every day on public radio come from genuine curiosity rather than a sales pitch, and a willingness to lay out the many sides of a complicated story.",
             "It isn't a nice extra - it's essential public infrastructure.  And only a handful of people and organizations are even attempting it.  Maybe the biggest point is that listener ownership is what keeps that curiosity honest - a station paid for by its audience, not by sponsors, answers only to its audience, who collectively control the budget.",
             "If you want to hear the spots I taped for the drive and haven't caught them on air, you can find them here.  Once you've heard them, do me a favor and take five minutes to give to KDVR or whatever public station you listen to.  If we don't support the airwaves that belong to all of us, we all lose something.",
         ]),
    _neg("b171-circuitboard-loginwalls-neg",
         "Invented; modelled on The Verge (mirrored column complaining about sites that demand a login, cut off)", "en", [
             "Please stop making me sign in",
             "A screenshot of a sign-in box I have no intention of completing",
             "Hard pass. | Image: Circuit Board",
             "Lately more and more sites insist on my email before they'll show me articles that cost nothing. I understand that publishing is a tough business, but let me state the obvious: closing the tab beats reading — and beats creating an account by a mile.",
             "I'll give the Harbor Review a pass on its email gate — it has saved me from rage-reading its steady stream of contrarian columns — but pretty much everyone else should cut it out. Yes, I'm looking at you, Wirewatch. Wirewatch bugs me in particular because it's a news agency, and I can generally read its copy elsewhere without signing in, just by skipping its own site. And you, Daily Courier, I have no desire to read you inside your app! None…",
         ]),
    _neg("b171-eastsidebell-farewell-neg",
         "Invented; modelled on The Village Sun (hyperlocal paper suspending publication, thanking advertisers and crowdfunding donors)", "en", [
             "To our readers: thank you for reading us these past four years — and for every tip, photo, comment and kind word, and for your friendship. Four years! Where did it go? And we started this thing in the middle of a citywide blackout, no less.",
             "Still, for reasons we saw coming and some we didn't, The Eastside Bell (eastsidebell.example.com) has to pause publishing, both the website and the monthly print edition, for now. We're looking at options for keeping the paper alive in some shape.",
             "Getting a small business off the ground is always hard, and everyone knows neighborhood papers tend to run on fumes. To be honest, it's a small miracle we kept a paper this local going for four years and paid the rent doing it.",
             "A heartfelt thank-you goes to our wonderful advertisers (you know exactly who you are!), our loyal backers and the amazing people who chipped in to our crowdfunding page. Every bit of it mattered — truly — and let us do everything we've done over these years. It wouldn't have happened without you! We mean that.",
             "It's been a blast and it's been gripping, surprising, rewarding and meaningful — from building a website out of nothing (thank you, Marco) to launching a monthly print run, to reporting on a neighborhood unlike any other. We hope we moved the needle on the big issues our neighbors cared about, and gave you something fun and useful to read along the way.",
         ]),
    _neg("b171-pinecrestherald-whypapersmatter-neg",
         "Invented; modelled on Traverse City Record-Eagle (editorial on what community papers do, cut off mid-word)", "en", [
             "Flames tore through the old mill. They moved quickly. Crews from every town in the county rushed in. Tanker trucks rolled up. They battled it until dawn, finally accepting that the best they could do was stop the blaze from jumping to the homes next door.",
             "Long after the flames died, embers kept flaring up on the site for days. Luckily, no one had been inside. But the mill was gone and, along with it, the plan to turn the landmark into senior apartments. Funding had been lined up; blueprints were drawn; the spot was perfect for the town.",
             "Back at the paper, the staff was racing the clock. Copy and a striking photo of the blaze were lined up for the front. The editor glanced at it, tapped the picture and said, \"Run it huge.\"",
             "The photo stretched across the entire front page.",
             "That edition sat on the fire marshal's desk the following morning when a claims adjuster came in, glanced at it, tapped the picture and said, \"Somebody set that.\"",
             "Somebody had. A man was eventually tried, found guilty and is behind bars for it today.",
             "Thankfully, this story didn't take place in our town, but it's one of countless examples of how local papers become part of the machinery of the places they serve, tying residents together in real ways.",
             "At times it's just a neighbor getting recognized for a big achievement or a kid taking home a science fair ribbon. Maybe it's as basic as a bridge closure that scrambles everyone's commute. At times it's as heavy as a sudden loss.",
             "In a sense, local news runs in a circle. It links people to one another, knitting together the information that helps readers grasp what is happening in their neighbo",
         ]),
    _neg("b171-highplainsmedia-freecoverage-neg",
         "Invented; modelled on Prairie Mountain Media (publisher's note thanking subscribers while making virus coverage free)", "en", [
             "Knowing where to turn for reliable local news matters most when things feel uncertain—like these past weeks.",
             "We all need to know how to get through this. We want updates on hospitals, on what officials and employers are doing, and on how the people next door are holding up around the region. Passing the news along is one way a community stays together (even while we keep our distance).",
             "So we've opened up all of our pandemic coverage on our sites at no charge.",
             "Our reporters, photographers, pressroom staff and delivery drivers are working hard to bring accurate, dependable, vital information to readers when it's needed most. Moments like this are when we all lean hardest on the long days our local newsrooms put in.",
             "I'm deeply grateful for the work they're doing. While I've been lucky enough to work from my kitchen table and stay mostly out of harm's way, they've been out there reporting and gathering facts for all of us.",
             "To our subscribers and advertisers, thank you for standing with us and trusting us. We really are in this together.",
         ]),
]


BATCH171_DOCUMENTS = PROBE151_APPEALS + PROBE151_NEGATIVES
