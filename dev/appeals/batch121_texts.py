"""Batch 121: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

19 documents (9 appeal, 10 negative; all EN): our own paraphrases of every document of the
local-only real probe 101 (19 documents). Each keeps the real page's structure line for line (no blank
lines in any of them): an alt-weekly chain's "keep it free" support widget (title line, button line,
four bullet lines ending in a bare "logo" bullet, then a support sentence) wedged between a headline and
a long feature that is cut off mid-sentence (twice, sister papers); a political-digest newsletter whose
headline line has a glued newsletter sign-up widget cut off mid-sentence, followed by the full widget
(sign-up title, terms line with a raw <a href> tag, "all our newsletters" link), bracketed source
credits and a raw tracking-link line; a membership appeal as the first two lines of a supervisors'
meeting recap with a ">>" dateline and a photo-caption line; an emailed morning briefing whose
"view in browser  |  newsletters" line carries the appeal only in its second half; a video
description whose whole link block (air-time line, donate-and-follow plea, donate / newsletter /
updates / social link lines) is the appeal; an editor's letter that opens with a voluntary digital
subscription sentence and carries a text-alert / newsletter sign-up sentence at the end of a later
paragraph; an editor's "»»" fund link plus the following three-paragraph donation plea with a
crowdfunding URL in the middle of a letter; an aggregator's once-a-year donation plea above a list of
headlines, deks, a photo caption and a "|"-separated video roundup. The gold marks exactly those
blocks (or sentence parts) and nothing else.

Negatives keep what makes the real ones hard: legislative fundraising totals and six-figure races
(twice, one with PAC donations and a withdrawn candidate), a columnist relaying an alt-weekly's
membership drive and newsroom layoffs, an opinion piece attacking a rival nonprofit news site's donors
and donor list, a radio item on a charity's bell-ringer collections falling short, a TV report on
friends raising money for a family's funerals with online fundraisers and a benefit dinner, a
community site's essay on a shrinking daily and its subscriptions, campaign-finance takeaways with
party committee sums, a columnist praising an email news brief she never subscribed to (with
"unsubscribe" and "Read More"), and a small paper's year in review about its sale and staff changes.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch121` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch121.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 101: appeal documents ----------------------------------------------------------------

_DESERT_WIDGET = "\n".join([
    "Keep the Current Free",
    "Count Me In",
    "• Neighborhood",
    "• Civic",
    "• Reporting",
    "• logo",
    "Stand behind Tucson's independent newsroom and make sure the Desert Current stays free to read for years to come.",
])

_BAYFRONT_WIDGET = "\n".join([
    "Keep the Current Free",
    "Count Me In",
    "• Neighborhood",
    "• Civic",
    "• Reporting",
    "• logo",
    "Stand behind Tampa Bay's independent newsroom and make sure the Bayfront Current stays free to read for years to come.",
])

_WIRE_GLUED = "Get Our Morning Briefing By Email Subscribe Thanks for subscribing! When you press submit, you"

_WIRE_FULL = "\n".join([
    "Get Our Morning Briefing By Email",
    "When you press submit, you accept our <a href=\"http://riverbankmedia.example.com/terms\">terms of use</a> and agree that we may email you news, product offers and promotions from this site and our partner sites. Unsubscribe whenever you like.",
    "Browse every newsletter we publish",
])

_ALDER_MEMBERS = "\n".join([
    "Alder Coast Local provides its Alder County Board of Supervisors meeting summaries at no cost as a community service. We believe every resident should be able to follow what county government does.",
    "Alder Coast Local relies on members like you to keep this essential reporting open to everyone. Will you pitch in?",
])

_LAKES_NEWSLETTERS = "Browse all our newsletters"

_OPENWIRE_LINKS = "\n".join([
    "Join us every Tuesday at 8:00 p.m. EST for a fresh episode of Courthouse Watch: https://openwire.example.org/cw",
    "Keep Courthouse Watch going by subscribing to our channel and chipping in a small gift:",
    "Give: https://openwire.example.org/give-yt-cw",
    "Get our email newsletter: https://openwire.example.org/nl-yt-cw",
    "Courthouse Watch alerts: https://openwire.example.org/yt-alerts-cw",
    "Find us on Facebook: https://facebook.com/openwiremedia",
    "Follow us on X: https://x.com/openwiremedia",
])

_CASCADIAN_MEMBERSHIP = (
    "A few days ago, we introduced an optional digital membership to CascadiaLive for readers who would "
    "like to back our reporting."
)

_CASCADIAN_ALERTS = (
    "Text 541-555-0178 to get the alerts, or visit cascadialive.example.com/newsletters to receive the "
    "daily emails."
)

_DELTA_FUND = "\n".join([
    "»» Give to The Delta Courier's Neighborhood Equity Fund",
    "Last spring, I came to you for help while our company worked its way through bankruptcy and ad revenue dried up as local shops, ours among them, were hammered by the wildfire smoke season and the shutdowns that followed.",
    "You answered, with more than $27,000, which let us skip layoffs, unpaid leave and salary cuts when plenty of nearby newsrooms had no such luck. It paid for months of reporting on the fires, the evacuations, this fall's local races and day-to-day life across Tule County. For that, and for staying with us as subscribers, we cannot thank you enough.",
    "To pay for the new reporters, and to keep our promise to local news, we are turning to you once more, with a target of $30,000, at give.example.org/DeltaCourier",
])

_LEFTWIRE_PLEA = (
    "Knowledge is leverage. At Leftwire our job is to dig up and pass along the reporting that gives you "
    "an edge -- that gives the movement an edge. Each day we comb through hundreds of outlets to bring "
    "you the sharpest, most surprising and most practical pieces. Only one time each year do we ask "
    "readers like you to chip in so this work can go on. Please give what you can."
)


PROBE101_APPEALS = [
    _doc("b121-desertcurrent-vanishing-act-top", "appeal", "top",
         "Invented; modelled on Phoenix New Times (alt-weekly feature, keep-it-free support widget with bullet menu under the headline, cut-off ending)", "en", [
             "Vanishing Act",
             _DESERT_WIDGET,
             "On paper, it reads like the setup for a first-rate whodunit.",
             "A retired rancher who hands over $850,000 hoping to see a treasured novel become a film. A charming writer, set on shooting every scene in the blistering Sonoran summer, even as local crews and Los Angeles veterans bicker over who runs the set. And then the shock, only days before the first take, that the money is gone.",
             "The catch is that this is not a draft of Tucson novelist Marguerite Vance's next book.",
             "Marguerite Vance",
             "For twelve months now, it has been her reality.",
             "Vance is known around town as the author behind Rosalind Keene, a sharp-tongued \"silver-haired desert sleuth\" who cracks cases in dusty border towns. The five Rosalind Keene mysteries were never picked up by a major house and reviewers have mostly ignored them, yet they have drawn a loyal following. Credit the twisty plots, which often feel lifted from the evening news — and the heroine's unforgettable voice.",
             "Vance had long hoped to see Rosalind Keene on a movie screen. And for several months last year, she was sure the cameras were about to roll. A devoted fan had put up enough cash to lure a Los Angeles director and a screenplay by a seasoned pro.",
             "Then the cash vanished from the production's checking account.",
             "Exactly where it went, and who is to blame, remains fiercely disputed, but nobody denies the film is dead. After months of back-and-forth, hardly anyone tied to the project expects the production company to recover a cent. In the meantime, as Vance tries to beat her one-time partners in court, half the big law firms in Tucson have picked up a share of the work — a clear signal that almost nobody involved will walk away without hefty legal fees.",
             "That the money disappeared at all is",
         ], appeals=[_DESERT_WIDGET]),
    _doc("b121-bayfrontcurrent-pelicankey-police-top", "appeal", "top",
         "Invented; modelled on Miami New Times (alt-weekly feature, keep-it-free support widget with bullet menu under the opening line, cut-off ending)", "en", [
             "Welcome to Pelican Key.",
             _BAYFRONT_WIDGET,
             "At ten o'clock on the dot on Thursday, March 11, Everett Lindqvist wandered into Pelican Key's tiny village hall to speak to his distinguished council. In an unsolicited six-minute monologue, the retired yacht builder praised the gated island he had moved to two years earlier. The pearl of the Gulf, he declared. Stunningly pretty, peaceful, and above all, guarded by a simply outstanding police force.",
             "Lindqvist was new in town, naturally, but he surely had a point. Their little realm, just north of Clearwater, glittered that morning. The manicured fairways, the six species of palms, the lush lawns — all soaked up the winter sunshine like a perfectly mixed daiquiri. Past the stout seawall, the turquoise ripples of the bay brushed the horizon. While Lindqvist talked, the council, squeezed around a table barely big enough for a hand of canasta, glowed with pleasure. Even the pink hibiscus, visible across the seventh green, seemed to bob its approval in the well-behaved breeze.",
             "There was the small problem of the peacocks screeching next door. But Lindqvist trusted that his neighbor, a shipping heir from Oslo, would sort it out with the council members, who, after all, live on the island too. Sure enough, Lindqvist had hardly turned toward the door before the village attorney was told to draft a peacock ordinance. Likewise, the council members bravely demanded tougher policing of the rule that limits the hours when landscaping crews may run their mowers.",
             "If only Lindqvist had lingered for agenda item number eleven, an outside audit of Pelican Key's twelve-officer department.",
             "The audit, just printed after five months of digging, called the department \"a law unto it",
         ], appeals=[_BAYFRONT_WIDGET]),
    _doc("b121-statehousewire-bridgefares-newsletter-top", "appeal", "top",
         "Invented; modelled on Observer (political-digest newsletter, sign-up widget glued to a headline line and repeated in full with raw terms link)", "en", [
             "Today's headlines from StatehouseWire.example",
             "ALCOTT, TOO? " + _WIRE_GLUED,
             "ALCOTT, TOO?",
             _WIRE_FULL,
             "Gov. Harmon's contested proposal to patch the state's chronic budget gaps by raising bridge fares was knocked on Wednesday by Sen. Ruth Alcott and a Democratic assemblyman who is seeking a House seat.",
             "\"Commuters here already pay $4 for a gallon of gas, and Sen. Alcott thinks now is the wrong moment to push fares higher,\" said Marcy Fenn, a spokeswoman for Alcott's re-election campaign.",
             "Fenn added that Alcott believed Harmon should be \"applauded for tackling the state's real budget trouble\" by proposing a hiring freeze and asking voters to sign off on any new bonds. (Pruitt, Delaware Valley Herald)",
             "http://www.delawarevalleyherald.example/politics/Alcott__Brandt_slam_Harmon_fare_plan.html <http://statehousewire.bm77.example.com/public/?q=link&amp;fn=Key&amp;id=qzrtplmvbnxcwekdaoyhwpqr&amp;link=kdjfhwuyeqpazmxnvbtl>",
             "AND BRANDT, TOO?",
             "Gov. Leon Harmon's proposal to pay down state debt and pay for road work by steeply raising bridge fares hit serious political headwinds on Wednesday, as every Republican lawmaker and one influential Democratic senator said they would fight it.",
             "The wave of statements from legislative leaders arrived just hours before the governor took his case straight to voters at a town hall in Salt Marsh County, where roughly 600 people greeted him with a mix of cheers and boos. It was the eighth such event Harmon has held; he intends to stop in all 19 counties.",
             "Wednesday's setbacks leave Harmon with few",
         ], appeals=[_WIRE_GLUED, _WIRE_FULL]),
    _doc("b121-aldercoastlocal-burnban-citations-top", "appeal", "top",
         "Invented; modelled on Santa Cruz Local (supervisors' meeting recap opening with a two-line membership appeal, >> dateline, photo caption)", "en", [
             _ALDER_MEMBERS,
             "ALDER COAST >> Alder County supervisors on Tuesday gave fire officials the power to issue $150 citations for lighting outdoor fires during the seasonal burn ban.",
             "The vote follows the state forester's order in May barring open burning and campfires outside designated sites. Under the new rule a first violation brings a $150 citation and a second one $300. That replaces $2,500 criminal penalties that technically existed but were almost never pursued. Officials say the citation is easier to apply and takes effect right away.",
             "It “lets us start a conversation with people, explain the risks and ask them to put the fire out on their own before handing them something like a parking ticket if they won't,” Alder County Fire Chief Renata Ostrowski told supervisors Tuesday.",
             "Tidepool Tacos owner Marco Delacruz flips fish tortillas on a griddle at the harbor night market in Port Alder on Friday. The rockfish came from a Port Alder day boat and the 31-year-old Delacruz ran out of tortillas by 8 p.m. (Jenna Albright – Alder Coast Local)",
             "Fire officials can issue the citations in unincorporated parts of the county such as Driftwood, Kelp Point, Fernvale, Mill Creek, Otter Beach and the hills above Port Alder.",
             "The Cypress Springs City Council plans to consider a matching rule with a $150 citation at its Thursday meeting. At least a dozen other coastal cities and counties already issue similar citations, among them Sandpiper County and the towns of Bayview and Marlow.",
             "A handful of residents argued both for and against the citations at the meeting. Supervisors passed the rule 4-1.",
             "“You can't decide the burn ban only matters when it suits y",
         ], appeals=[_ALDER_MEMBERS]),
    _doc("b121-lakeslive-daybreak-digest-newsletters-top", "appeal", "top",
         "Invented; modelled on MLive (emailed morning briefing, newsletters link in the second half of the browser line)", "en", [
             "“I’m staying right where I am.\"",
             "Read online  |  " + _LAKES_NEWSLETTERS,
             "Daybreak Digest",
             "WEDNESDAY, AUGUST 14, 2024",
             "In this morning's edition, deputies warn about 'tailgate riding', a coach breaks his silence on the recruiting probe and a lakefront festival unveils its music lineup.",
             "Your weather outlook for the week",
             "After the sunny, breezy weekend it may be easy to forget the downpours and severe storms that swept through earlier this month, but storm season is not finished with us.",
             "Each of the next three afternoons brings a round of thunderstorms across the state, and the storms will shift to new areas each day. Here is when to expect a storm where you live.",
             "Once the storms clear out, a thick layer of haze from western wildfires could drift overhead. Here is how one of our most reliable models tracks the smoke.",
             "Selected by Dana Kowalczyk",
             "Lanterns rise over the lake at dusk",
             "Paper lanterns drift above Heron Lake during the Summer Lights Festival at Marsh Point Park in Alder Falls on Saturday, Aug. 10, 2024. It was the festival's first lantern launch in nearly eight years. (Ruben Ortiz | LakesLive.example)",
             "Gov. Tull rules out a run for U.S. Senate, backs party's pick",
             "Gov. Marjorie Tull, who endorsed state Treasurer Alan Whitcomb for the open U.S. Senate seat, said she will not enter the race herself. Tull also said she will lead Whitcomb's statewide campaign committee.",
             "Local races: Three Republican hopefuls are vying to take on incumbent U.S. Rep. Denise Farrow in the state's 4th Congressional District on Nov. 5. No Democrat filed against her.",
             "Though Republican U.S. Rep. Carl Brennan is favored in the 6th Congressional District, two Democrats and one more Republican are competing for a spot on the November ballot.",
             "Three hopefuls are competing for a shot to r",
         ], appeals=[_LAKES_NEWSLETTERS]),
    _doc("b121-openwire-courthousewatch-links-end", "appeal", "end",
         "Invented; modelled on The Real News Network (video description, air-time line, donate-and-follow plea and link block at the end)", "en", [
             "How do courts that are meant to be public end up shutting out the very people they serve? Who decides which hearings get sealed, and why do so few judges ever have to explain themselves? On this episode of CW, reporters Mara Quint and Devon Hale travel to the statehouse in Concord, New Hampshire, where clerks and judges rallied against a new bill that would require open dockets and livestreamed bail hearings. Then we talk with longtime court watcher Lena Moss about why ordinary people should sit in on hearings, and her 15-year campaign to let cameras into the county courthouse.",
             _OPENWIRE_LINKS,
         ], appeals=[_OPENWIRE_LINKS]),
    _doc("b121-cascadian-editorsletter-membership-alerts-top-middle", "appeal", "top+middle",
         "Invented; modelled on The Oregonian/OregonLive (editor's letter opening with a voluntary digital subscription sentence, text-alert and newsletter sign-up sentence ending a later paragraph)", "en", [
             _CASCADIAN_MEMBERSHIP,
             "I could not be prouder of what the newsroom at The Cascadian/CascadiaLive is doing in punishing conditions, keeping people across the region up to date on the wildfires and the smoke.",
             "Over 8,000 readers now get our free text alerts and close to 45,000 get our emailed wildfire newsletter. " + _CASCADIAN_ALERTS,
             "Those figures, along with the jump in visits to CascadiaLive, show how hungry readers are for news about what the fires mean for their homes and towns.",
             "We have done tough breaking news and watchdog reporting, but we have also told hopeful stories, like the welcome-home party for the 97-year-old rancher whose barn survived the blaze. We have shone a light on kindness, such as the tractor convoy that hauled hay to a 9-year-old girl's evacuated goats. Reporter Nina Castellanos wrote about volunteers sewing filter masks for firefighters.",
             "“As crews burn through their supply of respirators and spare gear, neighbors have rushed to fill the gap. Knitting circles, scout troops and congregations have turned their halls into workshops, humming with sewing machines, racing to keep the line crews breathing,” she wrote.",
             "And our reporting makes a difference, in ways big and small.",
             "Reporter Walt Brennan Sr. got this email after a brief 400-word piece on the pressing shortage of drivers to bring hot meals to homebound seniors. Many regular drivers had quit because of the smoke.",
             "“Thank you so much for the piece on Valley Hot Plates… . The response has been incredible. Since it ran, more than 1,300 people have signed up to drive for us,” wrote",
         ], appeals=[_CASCADIAN_MEMBERSHIP, _CASCADIAN_ALERTS]),
    _doc("b121-deltacourier-equitydesk-fund-middle", "appeal", "middle",
         "Invented; modelled on The Modesto Bee (editor's letter, fund link line and three-paragraph donation plea with crowdfunding URL in the middle, cut-off ending)", "en", [
             "Starting in January, we will add a group of reporters devoted to spotlighting, and looking for answers to, the gaps and inequities across Tule County.",
             "Our Neighborhood Equity Desk will include reporters covering our Hmong, Latino and overlooked neighborhoods, jobs and schools – keeping a close eye on how people in every corner of Riverbend and Tule County can push past long-standing barriers such as crumbling streets, distant government offices and thin political clout to make their lives better.",
             "Riverbend has more than one face: People north of the canal and people south of it. People with paved roads and working streetlights, and people without. People close to grocery stores, clinics, schools and bus lines and people far from them. People who feel heard by city and county officials and people who do not.",
             "Our three-person desk will look at why the gap keeps widening, press officials with hard questions and help surface fixes for inequities that have existed for decades and been overlooked.",
             _DELTA_FUND,
             "Already, two appl",
         ], appeals=[_DELTA_FUND]),
    _doc("b121-leftwire-frontpage-annualplea-top", "appeal", "top",
         "Invented; modelled on Portside (aggregator front page, once-a-year donation plea above a headline list with deks, photo caption and video roundup)", "en", [
             _LEFTWIRE_PLEA,
             "The Ohio Statehouse Rally That Has Officials Bracing for Trouble",
             "How a yearly open-carry march turned into a curfew order and a flood of online threats.",
             "Georgia Voter Roll Cleanup Targets Rural Black Counties",
             "A sweeping roll cleanup in Georgia is set to hit Black voters hardest, chipping away at access to the ballot.",
             "Nevada Lawmakers Back Paid Family Leave",
             "Nevada has approved paid family leave for most workers. Hurdles remain, but the win energizes organizers pushing for caregivers. It also signals a real shift in a state that long sided with casino owners over the people who staff them.",
             "Building a Fortress State in Brazil's Amazon",
             "Indigenous leaders march against the new land-title decree",
             "The land-title decree is the newest blow the Brazilian government has dealt to the country's Indigenous peoples. By tying land rights to paperwork most villages never had, the decree is built to open the forest to ranchers and miners.",
             "Rural Renters Push to Be Heard in 2020 Housing Survey",
             "Marisol Begay and her cousin Tanya Begay outside their trailer in Shiprock, New Mexico.",
             "For rural renters, the housing survey ‘decides everything,’ from repair grants to bus routes. Yet rural households have long been missed; roughly one in six rural renters were left out of the last federal housing count.",
             "Saturday Morning Clips | March 7, 2020",
             "Whistleblower Hands Congress the Texts, and They Are Damning. Nina Simone | Mississippi Goddam. How Melting Glaciers Feed Droughts Downstream. Harriet | Movie. Fact-Checking the Flat-Earthers.",
             "What the Jobs Numbers Really Say",
             "It is getting har",
         ], appeals=[_LEFTWIRE_PLEA]),
]


# --- Probe 101: negative documents --------------------------------------------------------------

PROBE101_NEGATIVES = [
    _neg("b121-plainsexaminer-sixfigure-legislative-races-neg",
         "Invented; modelled on Nebraska Examiner (state news on legislative candidates' six-figure fundraising totals)", "en", [
             "Six Kansas House hopefuls have already pulled in more than $100k • Plains Statehouse Examiner",
             "TOPEKA — Running a serious campaign for the Kansas House keeps getting pricier, with last year's fundraising reports suggesting 2026 will bring another crop of six-figure contests.",
             "Six candidates for the $9,500-a-year seat had collected more than $100,000 in 2025, an off-year — a figure that points to a faster climb than in past cycles, according to year-end filings with the Kansas Governmental Ethics Board.",
             "In 2022, a record 31 Kansas House candidates topped $100,000. In 2024, 24 reached that mark. As late as the 2000s, only five or six candidates in a typical cycle raised anywhere near that sum.",
             "Whitlock out front",
             "State Rep. Dana Whitlock of Lawrence, a Republican, raised the most in 2025, at $188,000. That brought her campaign's bank balance to $241,000, counting money left over from earlier cycles.",
             "Much of it came from hospital executives, relatives, several of the biggest Johnson County Republican givers and a water-policy political action committee on whose board she sits. Whitlock's campaign spent roughly $42,000 last year, largely on helping fellow candidates.",
             "Asked why she started raising money so early, Whitlock said her 2024 race taught her that the early guesses about what winning would cost were far too low.",
             "In that contest with Democrat Owen Marsh, the two sides raised and spent at least $540,000 between them, among the most expensive House races the state has seen.",
             "“I lowballed it the first time, and I wasn't going to repeat that,” Whitlock said.",
             "On June 2, the filing deadline, the Democrat who had entered the race against Whitlock, Priya Shah, pulled out. That left Whitlock well stocked for a contest that may never",
         ]),
    _neg("b121-sandhillgazette-district38-pac-donations-neg",
         "Invented; modelled on The North Platte Telegraph (local report on pre-primary campaign finance filings, PAC donations, a withdrawn candidate)", "en", [
             "Ray Hollister keeps the fundraising lead, passes out-of-race rival Gwen Tate",
             "Business PACs and well-known statewide politicians turned up more often in the latest pre-primary finance filings for three regional races around Sandhill.",
             "Candidates faced a May 9 deadline to submit their second pre-primary reports to the state Ethics and Campaign Finance Office. Their last reports are not due until June 28, weeks after next Tuesday's primary.",
             "Next Tuesday voters will knock one candidate out of each field in House District 38, the District 5 seat on the state Board of Regents and the Zone 2 seat on the Prairie Rural Electric board.",
             "Appointed state Rep. Ray Hollister of Sandhill moved into the money lead in the three-candidate District 38 contest, with $118,650 raised through May 1 against $79,420 for Carver County Commissioner Lena Osgood of rural Sandhill.",
             "Hollister's April haul carried his total past the $102,300 raised by former District 38 hopeful Gwen Tate, who dropped out after Hollister jumped in.",
             "Tate has given a combined $640 in cash and in-kind help to Hollister's campaign. Hollister had given $2,900 to Tate's campaign before Gov. Ann Whitfield appointed him March 3 to replace term-limited Rep. Dale Pruitt, who stepped down three days before.",
             "Seven statewide PACs, speaking for grain elevators, home builders, dentists, credit unions and the state Farm Bureau, have given a combined $9,750 to Hollister's ten-week-old campaign.",
             "One of them, the state Home Builders PAC, has given $1,500 each to Osgood and Hollister. Osgood got a $4,000 gift Dec. 8 from Republican Senate hopeful Martin L. Greaves of Wheatland.",
             "The third District 38 hopeful, Curtis Rowe",
         ]),
    _neg("b121-upnextriverton-freepress-membership-layoffs-neg",
         "Invented; modelled on NEXTpittsburgh (columnist relaying an alt-weekly's membership drive amid newsroom layoffs)", "en", [
             "The team at the Riverton Free Press. Photo courtesy of the Riverton Free Press.",
             "Update: After this column was first posted, the Riverton Diocesan Herald stopped printing and let go of all 9 of its staff on Wednesday; the paper had published for 142 years, since 1878, the Riverton Daily Star reported",
             "In addition, Keystone Valley Media cut 19 jobs, 13 of them in the newsroom, on Thursday, after folding its Ashford and Millbrook dailies into a single edition and pausing its weekly papers for a month, company president Dana Holloway told me.",
             "On a happier note, a handful of local newsrooms – UPNEXT Riverton, Riverton Voices, The Ledge, the Riverton Free Press and KidsRiverton – teamed up this week on a guide to ways people can lend a hand during the crisis.",
             "I had always assumed I was too dull, too uncool, too plain.",
             "Yet here we are. The Riverton Free Press, that scrappy, irreverent weekly, is asking me – of all people – to sign on as a member. And they'd like you to sign on as well. Today.",
             "Things were already hard for a lot of the news organizations in our area — and as life has grown stranger with the pandemic over the last couple of weeks, it has become harder still for reporters. Plenty of newsrooms are quietly discussing cuts, and some editors are wondering whether their doors will still be open next month.",
             "Reporters are worried not just about falling ill but about whether they will still have a paycheck. That goes for the staff at the Free Press and at several other newsrooms around the area who have called me lately with accounts of advertisers yanking their budgets as commerce slows to a crawl.",
             "Maya Okonkwo, the Free Press's editor, was blunt when she described the threat to the paper's survival:",
             "“Most of the Free Press's income comes from ads bought by neighborhood restaurants, taverns, music clubs, shops and festivals that",
         ]),
    _neg("b121-capitoldispatch-rival-nonprofit-donors-oped-neg",
         "Invented; modelled on The Missouri Times (opinion piece attacking a rival nonprofit news site's funding and donor list)", "en", [
             "Opinion: The Prairie Ledger is a partisan shop in a newsroom costume. Kansans should see through it",
             "Only a few weeks ahead of the midterms, a shiny new news website appeared in Kansas. It billed itself as the Prairie Ledger — a neutral, just-the-facts outlet that would cover the Statehouse down the middle. Good news for Kansas readers, isn't it?",
             "Gordon Pell",
             "Sadly, the story is a lot more complicated than it looks. The Ledger is anything but neutral. It is one small outpost of a sprawling progressive operation called Capitol Network, which is dropping newsrooms into state after state nationwide so it can tilt the “coverage” it puts out.",
             "Capitol Network began as a program of the Linden Fund, a left-leaning pass-through fund run by Larkspur Partners. Larkspur Partners has close ties to a handful of coastal billionaires and their web of progressive political nonprofits. Having bankrolled the launch and growth of the Capitol Network, those groups now want to act as if they barely know one another.",
             "Setting aside Capitol Network's plainly partisan roots, it was misleading Kansans before it ever ran a single article. It says it names every large donor who has given over $1,000. That is flatly false. “Anonymous Ohio Foundation” and “Charitable Giving Account” are two of the entries on its donor page. Ledger editors Marla Finch and Tom Reyes have been asked again and again about those two donors, and they have refused to respond. Plainly they have no plan to actually disclose where their money comes from, and anyone with common sense knows that simply posting a donor page does not make an outlet transparent.",
             "The Ledger also says it turns down corporate gifts, yet a glance at its donor list shows “Meridian Software Inc.” among its biggest funders. As a newcomer to Kansas, th",
         ]),
    _neg("b121-wkrl-silverpail-collections-short-neg",
         "Invented; modelled on WQSB (radio item on a charity's bell-ringer collections falling short of goal)", "en", [
             "Silver Pail Donations Lagging",
             "The Good Shepherd Mission in town, like its chapters nationwide, is trailing its fundraising target this year. Thanksgiving fell as late as it possibly can, and the silver pail bell ringers don't head out until after the holiday. That means giving is running behind where it stood at this point a year ago. Mission Captain Louise Farrow says the silver pail collections here are about 2,900 dollars short of the mark, and she hopes a final holiday rush will move people to dig deep and help out neighbors in need.",
         ]),
    _neg("b121-channel8lakeshore-holiday-fires-fundraisers-neg",
         "Invented; modelled on News 5 Cleveland (TV report on deadly holiday fires, friends raising funeral money through online fundraisers and a benefit dinner)", "en", [
             "MILLERSBURG, Ind. — Six house fires around Indiana over the holiday weekend made it the deadliest New Year's weekend officials have ever recorded, with 11 people killed.",
             "\"We haven't seen numbers like these since 2015,\" Indiana State Fire Marshal Carla Benning said. \"Last year we ended with 118 deaths. Right now we're at 143. That puts us far ahead of both years, and it's troubling because we know most of these fires could have been avoided.\"",
             "Two of them broke out in northern Indiana counties: Elkhart and LaGrange.",
             "In Elkhart County, a family of five was killed in a house fire early Sunday morning,",
             "According to Fire Chief Doug Hensel, crews were dispatched to a house fire in the 200 block of Orchard Lane just before 2 a.m. When they got there, flames had engulfed the entire house, the chief said. Several neighboring departments sent help.",
             "Tasha Greer and Ronnie Blake are among a circle of friends now stepping up for the family, collecting money for funeral expenses with online fundraisers and upcoming events around Millersburg.",
             "\"Family and friends mean everything,\" Greer said. \"You see them one day and they're gone the next. Everybody's in a daze right now, just numb, we're in disbelief. None of us can make sense of it, an entire family lost.\"",
             "On Sunday evening, well over a hundred Millersburg residents gathered in the cold outside First Mennonite Church to honor the family of five.",
             "Greer said plans for a fundraising chili supper are also in the works. It is set for Jan. 28 from noon to 4 p.m. at Millersburg Elementary. The supper will feature a raffle, along with balloon animals and other activities for kids in memory of the children who were lost.",
             "\"We want people to remember them,\" Greer said.",
             "By Monday evening, more than $12,000 had been donated through two online fundraising pages, which are lin",
         ]),
    _neg("b121-orchardcitizen-gazette-shrinking-subscriptions-neg",
         "Invented; modelled on The Valley Citizen (community site essay on a shrinking local daily, subscriptions and delivery, repeated byline lines)", "en", [
             "Is the Gazette Going Extinct?",
             "As far back as 2012, a national press-criticism magazine ran a piece about how badly Orchard City needed local news. Back then the Orchard City Gazette still had a staff in the hundreds, a little below its high point of about five hundred and fifty, still a healthy headcount for a regional daily.",
             "These days, the Gazette's staff can be counted in the dozens. The paper still carries wire stories, and its local coverage still nominally reaches across the upper Sacramento Valley, though most of it now stays inside Butte County and its towns—and, not surprisingly, the local report has grown leaner year by year.",
             "Considering how many people it has lost, the Gazette does an impressive job. Still, Orchard City and the upper valley need local reporting, today more than ever.",
             "Sadly, as the Gazette keeps shrinking, readers find it harder to justify paying for it, all the more when delivery and customer service keep slipping. Below, Marlene Ostrander describes the frustration and sense of loss we feel when our hometown paper can't even make it to the front porch. Ed.",
             "Marlene Ostrander",
             "Marlene Ostrander",
             "Started in 1879 as The Orchard City Evening Courier, our hometown daily passed through a string of names before becoming the Orchard City Gazette we know. After a few rebrandings, it was bought in 1921 by the Hartwell newspaper chain, which that same year combined it with the Orchard City Herald and took that name as part of the merger.",
             "By 1930, it had formally lengthened its name to The Orchard City Gazette and Herald, still one of the Hartwell group of papers, a company that had sprung up during the Comstock silver boom in Virginia City with The Daily Sentinel, first printed on April 12, 1860, which later became the Hartwell chain's flagship under editor Josiah Hartwell.",
             "By October of 1941, the masthead “Gazette” o",
         ]),
    _neg("b121-lakeshorecapitalreport-finance-takeaways-neg",
         "Invented; modelled on Ohio Capital Journal (campaign-finance takeaways with party committee sums, empty byline line, stock-photo line)", "en", [
             "5 things to know from Michigan's latest campaign finance reports",
             "By: - January 29, 2024 6:00 am",
             "File photo from a stock library.",
             "Winning back the state Court of Appeals and gaining ground in the Legislature was always going to be hard for Republicans in 2024.",
             "Being outspent will only make it harder. The party is trailing its rivals in both money raised and money spent, the latest filings show.",
             "The last filing deadline was Jan. 25, and the fundraising totals for candidates and party committees are now posted by the Michigan Bureau of Elections. Here is what stands out in those filings:",
             "1. Democrats hold a wide money edge over the GOP",
             "Nearly everywhere you look, the Democrats are ahead on cash.",
             "The House Democratic Fund raised $2.1 million, with $1.3 million of that coming from House Speaker Joel Marchetti. The House Republican Campaign Committee, by contrast, raised a little over $450,000, roughly a fifth of it from Minority Leader Dana Pruitt. The Democratic committee has nearly four times as much money left in the bank as the Republican committee to spend on House contests in 2024.",
             "The gap is wider still in the state Senate. The Senate Democratic Fund collected more than $1.7 million in contributions, while the Senate Republican Committee brought in $205,000. The Democrats have roughly seven times as much cash available for 2024.",
             "These early numbers look good for the Democrats, who are trying to hold on to narrow majorities in both the House and the Senate.",
             "That will be hardest in the House, where Democrats hold 56 of 110 seats. The majority flips if Republicans pick up just two districts in November. Democrats have a bit more cushion in the Senate, where Republicans would need to gain three seats to take control.",
             "Michigan Republicans have recruited candidates for 97 of the 110 House seats and all 38 Senate seats on the ballot in 2024. The Democrats have candidates in 106/110 House dist",
         ]),
    _neg("b121-ridgevalleyherald-sunrise-digest-column-neg",
         "Invented; modelled on WV News (columnist praising an email news brief she never signed up for, with unsubscribe and Read More)", "en", [
             "Each morning, a news roundup called “Rosie’s Sunrise Digest” lands in my email. I never asked for it and never filled out a form.",
             "That Rosie tracked me down is no shock. My inbox gets buried in junk every single day. It makes no difference how hard I hammer the “delete” button.",
             "Yet “Rosie’s Sunrise Digest” is not junk. When I first spotted it wedged between messages from Kohl’s and Michaels and Aunt Bev and Office Depot and Hobby Lobby, my finger hovered, ready to zap it.",
             "But something told me, “This one seems real. It looks like a sender that would actually honor an unsubscribe.” My finger froze above the key.",
             "So rather than trashing it, I opened the email and found the day's top headlines, each with a tidy, well-crafted summary. Below each summary is a “Read More” link in case I want the whole story.",
             "I read the Digest that morning and the one after and the one after that. It takes me under five minutes. Most days I can spare under five minutes.",
             "Rosie's method is the old-fashioned kind, and old-fashioned is best. She sticks to the rules of reporting that most of the news business has forgotten.",
             "Put simply, her stories don't tilt one way or the other. The writing is even-handed. She lets us read it and make up our own minds. Imagine that.",
             "Another neat touch is the “Agree or Disagree” question at the bottom of each item. After a summary about Kroger shares sliding 18%, the question was:",
             "“Can Kroger win its customers back?” with buttons reading “Agree, with lower prices” or “Disagree, shoppers have moved on.”",
             "Nobody has to answer, but when I pick one, a page pops up showing how everyone has voted so far.",
             "On the Kroger question, 61.4% of readers believe the grocery chain can win shoppers back with lower prices.",
             "Through the Digest, I also learned more about the federal probe into Apple. Its app store rules, payment systems and smartwatch features are all being scrutinized.",
             "Were you aware that a new survey found 38%",
         ]),
    _neg("b121-pineridgecourier-year-in-review-sale-staff-neg",
         "Invented; modelled on Sky-Hi News (small paper's year in review on its sale to a new owner and staff changes)", "en", [
             "The Pine Ridge Courier’s year in review",
             "Lena Marsh / Pine Ridge Courier",
             "In a year packed with upheaval, the Pine Ridge Courier went through its own round of changes, including a refreshed office, a new owner and some staff moves.",
             "In late October, the Courier's former parent company, Summit Press Group, said it would sell its papers in Montana, Idaho, Wyoming and Oregon to Hallbrook Media, a family-run company based in Ohio.",
             "Hallbrook Media was started in 1902 by Amos Hallbrook and is now led by the fourth generation of the family. In the announcement, Hallbrook president Carol Hallbrook repeated the family's pledge to the business and stressed how much small-town newspapers matter.",
             "The sale is set to close this week, and once it does Hallbrook Media will own 41 daily papers plus a range of weeklies and magazines across 14 states.",
             "On the newsroom side, Courier editor Graham Tolliver left in November to run the Bitterroot Sentinel. The paper is still searching for a replacement to take over the editor's desk.",
             "Sales representative Janelle Ortiz was promoted to a regional job, Digital Marketing Lead, and now spends her time helping businesses across the region find their way online.",
             "Beginning in January, Derek Lowe will step in as the local sales representative, working alongside Ortiz and Courier Publisher Hannah Kemp. Lowe moves here from Alaska, where his parents ran a small shop, and he is eager to work with businesses across Pine Ridge.",
             "Even the Courier's office has changed, with a barbershop now in the front space and a newsroom rebuild forced by a roof leak in August.",
             "Through all of the upheaval, the Courier is still devoted to covering everything that happens in Pine Ridge County.",
             "This year, the Montana Newspaper Association gave the Courier 14 individual awards in its 2021 Better Newspaper Contest, enough t",
         ]),
]


BATCH121_DOCUMENTS = PROBE101_APPEALS + PROBE101_NEGATIVES
