"""Batch 179: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

10 documents (1 appeal, 9 negative; EN): our own paraphrases of every document of the local-only real
probe 159 (10 documents). Each keeps the real page's structure (headline and byline lines, a "By Staff |
date" line, a photo-credit caption glued to the first paragraph, a dateline opener, trailing spaces
after paragraphs, a paragraph cut off mid-word, a paragraph ending on a dangling "at") and exactly what
the real gold marks: a nonprofit newsroom's giving-day letter with three appeal blocks -- the headline
plus the giving-day opener at the top, the "we take no ads, we rely on donors, we have you" passage
ending in a "want to make a donation?" line in the middle, and at the end the closing plea, the
no-ads tagline, the supporter-funded line, three quick-donate amount buttons, the editor's sign-off and
a mail-a-check postscript (the launch history and news-desource paragraphs between them stay text).
Negatives keep what makes the real ones hard: a service club handing a shelter a large check from its
grant contest, a club's yearly check to a food pantry that still takes money, a student's T-shirt
fundraiser with its link, a statewide giving day's record totals and a humane society's matching donors,
a flood-relief telethon with its goal and media partners, lobbyists' reported spending on legislators,
a bill on late campaign-cash reporting, a museum and a shelter quoted on a giving day with matching
funds, a short blog post on a charity day with prize amounts.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the build step takes each text as
it stands, locates every gold appeal substring in it (asserted unique) and writes the batch fixture.
"""


from whole_documents import _doc, _neg


# --- Probe 159: appeal document -----------------------------------------------------------------

_MESA_TOP = "\n".join([
    "On Giving Tuesday, stand behind the Mesa Civic Ledger",
    "It is Giving Tuesday, the one date each year set aside for helping the causes you believe in.",
])

_MESA_MIDDLE = "\n".join([
    "Because we are a nonprofit newsroom, we run no ads at all; our reporting is paid for by the people who give to it. No wealthy patron with a soft spot for reporters keeps us afloat, and no company foots our bills while deciding which stories are allowed to run.",
    "What we do have is you, the readers, and plenty of you have stuck around since our first week.",
    "Ready to chip in?",
])

_MESA_END = "\n".join([
    "This Giving Tuesday, we ask that you put the Mesa Civic Ledger on the short list of good causes you give to.",
    "Zero ads. Zero paywalls. Only reporting that makes the High Mesa region stronger",
    "Paid for entirely by readers",
    "Give $25 now",
    "Give $60 now",
    "Give $120 now",
    "-Corinne Valdespino",
    "Managing Editor, Mesa Civic Ledger",
    "PS: Would you rather give by check than online? Drop us an email for our mailing address and we will tell you where to post it.",
])


PROBE159_APPEALS = [
    _doc("b179-mesacivicledger-givingtuesday-top+middle+end", "appeal", "top+middle+end",
         "Invented; modelled on NM Political Report (nonprofit newsroom's giving-day letter with quick-donate buttons and signed PS)", "en", [
             _MESA_TOP,
             "The last several months have made it plain that solid reporting deserves a spot on that list. Newsrooms from coast to coast keep getting smaller, and even the largest dailies are handing out layoff notices.",
             _MESA_MIDDLE,
             "We opened our doors in March of 2016 not knowing whether we would survive past the 45-day budget session that spring. The whole thing was a test of whether people in the High Mesa region wanted closer coverage of the county and statehouse decisions shaping their days, at a time when papers, local stations and talk radio were pulling back.",
             "Readers answered by opening our stories, passing them around on social media, reposting our updates and forwarding links to friends and family.",
             "Almost two years on, we are doing well. Later this week, in fact, we plan to name a new senior reporter who will cover a beat that gets too little attention.",
             _MESA_END,
         ], appeals=[_MESA_TOP, _MESA_MIDDLE, _MESA_END]),
]


# --- Probe 159: negatives -----------------------------------------------------------------------

PROBE159_NEGATIVES = [
    _neg("b179-prairiecourier-shelter-check-neg",
         "Invented; modelled on Minot Daily News (grant-contest check presentation with photo caption)", "en", [
             "Larchmont Kiwanis Club hands a $60,000 check to the Cedar Bend Pet Rescue as the top pick in its Grand Gift contest",
             "Cedar Bend Pet Rescue gets $60,000",
             "Dalia Ferro/PC Kiwanis members gathered with staff of the Cedar Bend Pet Rescue to hand over an oversized check worth $60,000. Across the coming six years, the rescue will be paid $10,000 annually toward its new kennel wing.",
             "In March, the Larchmont Kiwanis Club named the winner of its Grand Gift contest. That winner, Cedar Bend Pet Rescue, has now been given the ceremonial $60,000 check for its building fund to enlarge the facility.",
             "Kiwanis members sat down with rescue staff to deliver the check and pledged the $60,000 over six years. Each yearly $10,000 payment depends on the construction staying on schedule.",
             "Harold Quist, who leads the Larchmont Kiwanis Club, said the Grand Gift contest was a fresh attempt to leave a lasting mark on the town.",
             "“Requests for money land on our desk nearly every week, easily $1,500 a month,” he said. “So we began asking whether handing out $150 to one group and $150 to another really fits our purpose, or whether one larger gift could lift the whole town.”",
             "The club chose the contest format because members could not agree on which of the many Larchmont efforts deserved their money. Instead, groups were invited to compete for one $60,000 award.",
             "In all, 19 groups sent in proposals. Narrowing that field to three finalists proved hard, so every member got three ballots to spread among the entries. The final three were the Larchmont Robotics League, the Riverside Bandshell Restoration Fund and the Cedar Bend Pet Rescue building fund.",
         ]),
    _neg("b179-pinecountyherald-pantry-check-neg",
         "Invented; modelled on Marshall News Messenger (service club's check to a food pantry, caption opener)", "en", [
             "Area 6120 Foundation Chair Lyle Brandt and Ferris Lions Club President Omar Talley hand Renee Godwin, director of Ferris Food Shelf, a check for $3,912.",
             "The Ferris Lions Club's gift to the Ferris Food Shelf now happens every year to support families in the area who struggle to put meals on the table. The money will go toward buying groceries as demand keeps climbing across Pine and Alder counties. The gift comes from the Lions' own treasury together with foundation money passed down through Area 6120. Sponsorships from shops and residents for the club's holiday wreath sale are one of the ways the Ferris chapter raises what it gives back.",
             "The pandemic has pushed more Pine County households to seek help, so the pantry must hand out more food than before.",
             "“We were glad to back the Food Shelf and the work it does feeding neighbors who are short on groceries,” Talley said.",
             "Godwin said many of the people now coming in have never used the Food Shelf before. The pantry still welcomes cash gifts to buy groceries and operates out of 418 Mill Road in Ferris.",
         ]),
    _neg("b179-copperharbortimes-tshirt-fundraiser-neg",
         "Invented; modelled on The Mining Journal (student fundraiser brief with staff byline and dateline)", "en", [
             "Lakeview College student starts hometown fundraiser",
             "Times Staff Writer",
             "COPPER HARBOR — Responding to the pandemic's toll on local shops, Lakeview College student Nadia Kowalczyk has started a fundraising drive called “Harbor Together.”",
             "Under the drive, every dollar earned from hoodies and face coverings designed and printed in town will go toward promoting area merchants. Once sales close, a raffle on Instagram will hand out shop gift cards to residents who bought gear and kept visiting their favorite Copper Harbor stores.",
             "Sales remain open until Friday. To take part, visit the Harbor Together Instagram account at instagram.example.com/harbortogether. A link there leads to a StitchHouse shop at https;//stitchhouse.example.org/harbor where the hoodie and mask, printed with a sketch of the old lighthouse, are for sale.",
             "Kowalczyk studies accounting at Lakeview and holds the college's four-year Service First scholarship. Before enrolling, she spent time in the Coast Guard and was recently named leader of the campus veterans' association. She also coordinates projects at the Lakeview Startup Lab, which keeps her in close touch with small firms around town.",
             "“Having grown up by the harbor, I know how closely people here look out for one another,” Kowalczyk said in a statement. “That told me we could back local shops in a fresh way: raising money and returning it as gift cards, which helps the owners and also brings customers through their doors again after months at home.",
             "“Harbor Together is hardly a new idea, since people here have been doing this for decades. Still, if there was ever a moment to rally around the shops we love, this is the moment.”",
         ]),
    _neg("b179-bluevalleystar-givingday-totals-neg",
         "Invented; modelled on The Mankato Free Press (statewide giving-day results story with dateline)", "en", [
             "NORTHFIELD — Share the Love Day pulled in an all-time high of $29.8 million for charities across the state, with strong results for groups in the Northfield area.",
             "Most of the money arrived on Share the Love Day itself, Nov. 14, though ShareState's early-gift drive opened at the start of November. Charities may keep collecting through the ShareState website afterward.",
             "Among the bright spots, one Northfield charity finished near the top of the regional rankings for dollars raised, and a second local group won a $750 bonus award.",
             "Cannon River Animal Rescue, known as CRAR, ranked third for total gifts among all groups in the state's south-central region, according to ShareState's figures. The rescue pulls in big numbers around Share the Love Day every year thanks to a loyal circle of givers.",
             "“A handful of our supporters pledge to match what others give,” said board member Lorna Visser. “That approach has worked for us for close to a decade.”",
             "CRAR has lately gathered around $58,000 combined from ShareState gifts and checks mailed straight to the rescue. It hopes to reach $62,000.",
             "The rescue stays busy online, posting reminders and progress reports for its followers during the drive. Supporters understand this stretch is CRAR's biggest giving season, all the more so while the pandemic makes galas and other in-person events hard to hold.",
             "ShareState's website lets visitors sort for charities hit hardest by the pandemic. Plenty of them have called off or shrunk their usual benefit events.",
             "Visser called this year's Share the Love Day drive the best the rescue has ever had. Gifts are still arriving, nudging CRAR toward its $62,000 target.",
         ]),
    _neg("b179-willowcountyclarion-telethon-neg",
         "Invented; modelled on The Pierce County Tribune (relief telethon announcement with staff byline and date)", "en", [
             "Telethon for Ridgeport storm relief and rebuilding scheduled for Oct. 4",
             "By Staff | Sep 21, 2012",
             "Leaders and volunteers of the Ridgeport Area Foundation have set the date for Rise Up Ridgeport, a telethon they hope will bring in $800,000 for families hit by the tornado in Ridgeport and nearby towns. Sponsors have covered every production expense, so each dollar pledged will flow to the Ridgeport Storm Recovery Fund.",
             "The broadcast runs Thursday, Oct. 4 from 6 p.m. to 11 p.m. at Harlan Auditorium inside Founders Hall on the Ridgeport Technical College grounds. It will be carried on leading TV and cable channels and radio stations across three neighboring states.",
             "“I'm certain the telethon will hit its targets. The drive and big hearts of the people planning it make it a sure winner. And yet again, Ridgeport is moved by how many people keep giving their hours and energy and concern while we rebuild after the storm,” says Dolores Ahn, president of the Ridgeport Area Foundation, which set up the recovery fund.",
             "Telethon chair Vernon Ekberg, head of Ekberg Creative, says broadcast partners are central to how far the telethon reaches and whether it succeeds. “The stations embraced the idea right away and have been extremely generous,” Ekberg says. Broadcast partners include Plains Media Group; Lakeside Television; Tri-County Broadcasting; Northwind Radio; Radio Ridgeport-Alden; Heartland Broadcasters; Ridgeport Gazette; Alden Herald; and Valley Cable Services. More broadcast partners are likely to sign on over the next few days. Other sponsors include Ekberg Creative, Ridgeport Technical College, Summit Printing/Quick Copy and Plains Telephone Cooperative.",
         ]),
    _neg("b179-canyonstatejournal-lobbyist-spending-neg",
         "Invented; modelled on Santa Fe New Mexican (lobbyist-spending report with quoted officials)", "en", [
             "Between steak dinners, cocktail hours and fishing trips, lobbyists said they spent roughly $172,000 on lawmakers over the 2021 session, according to the Canyon State elections office.",
             "Yet watchdogs warn that the state's disclosure rules leave big gaps in what lobbyists must report.",
             "Right now the public records list only expenses of $250 and up from the session, and the fuller filing is not due until June. Even that longer filing does not ask which measures lobbyists were pushing — or which legislators they were treating to meals.",
             "“As a lawmaker you end up scratching your head about what is actually happening,” said Sen. Rosalind Archuleta, a Mesa Verde Republican who has pushed for tighter lobbying rules for several years.",
             "Archuleta has filed bills in earlier sessions that would make lobbyists name the measures they work on so residents can “at last see everything that is shaping votes” at the capitol.",
             "Plenty of other blind spots remain in the current filings.",
             "The Canyon State Angling Council said it spent $31,000 on \"fishing outreach\" for lawmakers on March 8, but the contact number it listed on its lobbyist filing rings at the bait shop of the Red Rock Reservoir marina.",
             "The marina manager who answered the call Wednesday said he had never heard of the Canyon State Angling Council and had no idea what $31,000 could have paid for during the session.",
             "\"As far as I know there's no angling council around here,\" marina manager Todd Ferrante said.",
         ]),
    _neg("b179-mesawatchdog-campaign-cash-neg",
         "Invented; modelled on New Mexico In Depth (campaign-finance bill story, paragraphs with trailing spaces)", "en", [
             "Legislators push for faster disclosure of campaign money",
             "During the last week of the 2020 general election, nearly $410 thousand flowed to candidates that went unreported until this month, long after voting had ended. ",
             "The reason is that small cash gifts arriving in the closing days of a Canyon State general election do not have to be disclosed under state law until eight weeks afterward, when “nobody is paying attention anymore because we've all moved on,” said Rep. Gloria Vance, D-Pinecrest, who is carrying a bill with Sen. Arturo Beltran, D-Dry Creek, to shorten the reporting cycle.  ",
             "Their measure would close the reporting window on election day for primaries and general elections alike, with the filing due seven days after. ",
             "“Candidates ought to report while voters are still watching,” Vance told the House Ethics and Elections Committee on Tuesday afternoon.  ",
             "The bill passed the committee 8 to 3. It moves next to the House Appropriations Committee.House bill 217 also makes a handful of other changes meant to bring quicker disclosure of money raised by some officeholders. It shortens the deadline for reporting gifts received while the legislature is in session. ",
             "Under current law, some officeholders may not ask for campaign money from Jan. 10 until the session adjourns, while they are writing and amending statutes.",
         ]),
    _neg("b179-riverbendsentinel-givingday-museum-neg",
         "Invented; modelled on Republican Eagle (giving-day preview quoting local nonprofits, cut off mid-word)", "en", [
             "As the Share the Love website puts it, “Share the Love is one big statewide wave of generosity for the charities and schools all over our state.”",
             "Share the Love Day falls on Thursday, Nov. 14, but donors may give to the groups they care about starting today.",
             "For more than ten years the day has raised money for charities statewide. Still, this year the need may be bigger than at any point since Share the Love began.",
             "Wendell Oakes runs the Riverbend Glassworks Museum. He spoke with the Sentinel:",
             "“Share the Love Day turns our town's attention to what charities accomplish here, and it also shines a light on what our neighbors need. For us it is the single largest fundraiser on the calendar. This year it matters even more; because we depend on visitors, we had to shut our doors for three months right as our peak season was starting. We reopened four months ago, yet attendance is down while people remain cautious about the virus. School visits, bus tours and the cruise-ship crowds all disappeared. Our members usually drop by, and that simply has not been happening. Share the Love Day gives us a way to reach our members – as a bonus, or when meeting face to face is off the table.”",
             "Like plenty of other Share the Love groups, the museum has a match lined up. It aims to bring in $35,000. Donors have extra reason to give since the matching pool will double each gift, up to $12,500.",
             "Harbor Light Shelter is taking part in Share the Love too. On its donation page the shelter wrote, “the urge is to hide under a blanket until all this passes. Sadly, the need for Harbor Light has never been higher. This is the moment to put on our boots (and face masks) and keep doing this crucial work. Right now, we are confronting a whole new list of urgent ne",
         ]),
    _neg("b179-campuscrier-givingday-blog-neg",
         "Invented; modelled on The Minnesota Daily (short blog post with byline, last sentence trailing off)", "en", [
             "Share the Love Day at full speed",
             "Priya Lindqvist",
             "Thursday is the fourth yearly “Share the Love Day” across the state. The daylong “giving sprint,” according to the Courier, is a round-the-clock drive in which residents everywhere can send money to the charities they like best. It wraps up at midnight Thursday.",
             "The earlier editions collected $8 million and $12 million, a record for the country.",
             "In towns across the state, people are turning out to give. The Lakeside Players Theatre downtown is staging a day-long Sketch-A-Thon, donation booths line the atrium of the Riverfront Galleria and residents can also give online at",
             "The leading three charities in each division––big and small nonprofits––will take home awards of $12,000, $8,000 and $5,000.",
         ]),
]


BATCH179_DOCUMENTS = PROBE159_APPEALS + PROBE159_NEGATIVES
