"""Batch 158: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

20 documents (8 appeal, 12 negative; all EN): our own paraphrases of every document of the
local-only real probe 138 (20 documents). Each keeps the real page's structure line for line (no
blank lines, as on the real pages): small-town weekly article pages opening with the network's
"letting ads show supports local business and journalism" line, a "Placeholder Image" photo-slot
line, a photo-label line and caption, a reader call-in opinion column, a print-edition teaser and
newsletter sign-up line at the foot, a "* * * * *" separator between two column items, a meeting
recap with a "before you scroll" sign-up box glued to the start of the next paragraph, a gaming
site's anniversary testimonial page with community-member sign-off lines and a pull quote, a
radio-station item with a one-word-per-line list of drop-off stores, and an outlet-name line on top
of a story. What the gold marks: the ad-support line at the top (four times); a lone e-newsletter
sign-up line at the foot; a subscribers-only thank-you paywall line under a headline; a "for the
whole story, see the weekend print edition" line after a cut ending in "..."; a three-line
"before you scroll / read your officials' decisions free / sign up free" box whose last line runs
into the next paragraph; a "read more in the print edition" line plus the newsletter sign-up line;
a parenthetical "we're running an anniversary sale, learn more here" inside the first paragraph;
an editor's "become a subscriber, call or mail a check" pair closing a column on the paper's move
to paid delivery (the price and news-rack details above it stay text). Negatives keep what makes
the real ones hard: charity kettle campaigns with goals, sums, sponsorships and volunteer sign-up
details (twice), a fire company's boot drive, a charity relay walk ending in "visit their website to
donate, volunteer or join", service-club pancake and breakfast fundraisers with ticket prices and
dues (twice), a newspaper publisher's volunteer-awards banquet, a nonprofit newsroom's editorial on
a foundation grant, police toy-shopping programmes seeking tax-deductible donations or reporting
raffle totals (three), and a games site reporting a rival start-up's subscription prices.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the build step takes each text
as it stands, locates every gold appeal substring in it (asserted unique) and writes the batch's
unseen fixture file. Named `unseen-` because no rule is fitted to it.
"""


from whole_documents import _doc, _neg


# --- Probe 138: appeal documents ----------------------------------------------------------------

_ADS_LINE = (
    "When you let advertising show on this site, you help the neighborhood merchants who, in return, "
    "keep strong local reporting going."
)

_TIDEWATER_SIGNUP = "Get our email bulletins"

_HARBOR_PAYWALL = (
    "We appreciate your backing of our reporting. Only subscribers can read this story, and their "
    "support pays for what we do at The Harbor Ledger."
)

_CEDARFLATS_PRINT = "To read the rest of this story, pick up the Saturday print issue of the Cedar Flats Courier."

_CIVICWIRE_BOX = "\n".join([
    "Hold on a moment...",
    "Read what your local leaders say and decide, at no cost to you!",
    "Join Free",
])

_MARSHBANK_TAIL = "\n".join([
    "The full story appears in the Nov. 12 print issue of the Sentinel.",
    "Get our email bulletins",
])

_BACKLOG_SALE = "(We're running a sale to celebrate, and you can find out more about it here.)"

_WILLOWBEND_SUBSCRIBE = "\n".join([
    "We think we make one of the finest hometown papers anywhere, and we hope you, our readers, will keep valuing the work we do to keep you in the know by signing on as subscribers.",
    "To start home delivery just phone 614-2297 and we'll get you on the route! Or mail a check to The Willow Bend Record, 412 N. Orchard Avenue, Willow Bend CA 95612.",
])


PROBE138_APPEALS = [
    _doc("b158-oakhollowgazette-boot-drive-top", "appeal", "top",
         "Invented; modelled on Escalon Times (small-town article page, ad-support line at the top, photo label and caption)", "en", [
             _ADS_LINE,
             "Record First Day Sets Tone For Strong Boot Collection",
             "HELMET 3",
             "Oakhollow volunteer firefighters Rick Tanaka, left, and Lorna Pruitt thank a driver for a gift and pass along a leaflet near the Route 9-Millrace Road crossing on Sunday, the second day of a four-day Cash in the Boot collection. Irene Maddox/The Gazette",
             "After they had to push back their usual Memorial Day collection for Cash in the Boot, Oakhollow firefighters were unsure when a new date might open up. In the end the calendar cooperated and the crew got to spend the final long weekend of the season – Labor Day Weekend – standing at the crossing of Route 9 and Millrace Road holding out their fire boots. Bills, change and checks tossed into the boots all go toward the Valley Burn Care Foundation in Fresno. The foundation offers a range of help to people recovering from burns and also pays for camp weeks for children who have survived burn injuries.",
             "Held from Friday, Aug. 30 through Monday, Sept. 2, the four-day collection got off to a fast start, setting a fresh single-day mark of $9,875 on the Friday alone.",
             "“Honestly, we couldn't believe it,” Oakhollow Fire Chief Wendell Rourke said of the opening-day haul.",
             "Cheaper fuel and mild weather for the last summer weekend kept cars moving past the crossing steadily, and the corner never got quiet. The four-day target of $22,000 was passed well before the finish.",
             "“All wrapped up,” Rourke wrote in a text to the newsroom shortly after midnight between Monday and Tuesday. “Early count is over $29,500.”",
             "An exact figure is expected in a couple of days, and every dollar – with nothing held back for costs – goes straight to the Valley Burn Care Foundation.",
         ], appeals=[_ADS_LINE]),
    _doc("b158-tidewaterherald-speak-up-top-end", "appeal", "top+end",
         "Invented; modelled on Coastal Courier (reader call-in opinion column, ad-support line on top, newsletter line at the foot)", "en", [
             _ADS_LINE,
             "Speak Up for March 9",
             "Placeholder Image",
             "The views below do not belong to the Herald. Callers may stay anonymous, so we have no way to check who they are or why they call. Dial 554-2190 to record your comment.",
             "How come this county can't find its own capable folks to run the studies we need on growing business in Marlow County? We should not be paying some outside consultant forty-some thousand dollars to explain how to bring in business. Want to know how? Fix up Front Street. Pull the clutter off the sidewalks, tear off the plywood and get tenants into the storefronts that are sitting empty. That alone would make downtown look a whole lot better.",
             "And here comes the ice storm panic one more time. Folks are losing their minds, emptying the shelves of eggs and bread and racing around like chickens. Relax, everybody – it's going to miss us. Just carry on like normal.",
             "I read that a Dunmore County commissioner wants every home to pay a yearly ambulance fee to help pay off what's owed on the new dispatch center. Please don't. A new tax is hardly ever the answer.",
             "Why are so many people on foot, on bicycles and on scooters getting struck by drivers these days? Look where you're going, folks, and put on something bright. And drivers, slow down and keep your eyes on the road.",
             "The paper said Port Alder's jobless rate went down in January. I find that hard to believe, because landing work in this town is pure chance. Your résumé means nothing. It all comes down to who your friends are and who your cousins are.",
             _TIDEWATER_SIGNUP,
         ], appeals=[_ADS_LINE, _TIDEWATER_SIGNUP]),
    _doc("b158-harborledger-local-ownership-top", "appeal", "top",
         "Invented; modelled on Capital Gazette (chain daily article, subscribers-only thank-you line under the headline)", "en", [
             "Wexmoor County leader backs local hands for The Harbor Ledger as readership climbs to a record",
             _HARBOR_PAYWALL,
             "Wexmoor County Executive Lorraine Abernathy said Wednesday she wants The Harbor Ledger owned locally, a day after she joined a protest against the shutdown of the paper's Port Carlisle office.",
             "Abernathy said state Del. Marcus Whitlow and Port Carlisle Mayor Ines Foley had sat down with members of a group hoping to buy The Tidewater Courier from Keystone Media Holdings and turn it into a nonprofit. The Harbor Ledger belongs to the Tidewater Courier group.",
             "“My hope is that we can be included in that, or find our own answer here in the county if we're left out, so this paper is protected,” she said.",
             "A quilt stitched by schoolchildren in Millbrook, Oregon, hangs in the Harbor Ledger newsroom in Port Carlisle. Keystone Media Holdings plans to close the office in October.",
             "Dana Whitcombe, speaking for Keystone Media Holdings, said the company feels good about where The Harbor Ledger is headed. Readership has been higher in recent months than ever before, she said, even with its staff working from their kitchens to avoid spreading the virus.",
             "“What we do isn't tied to a set of walls. Our job is to cover these towns the way they ought to be covered, and we stand behind that work whether the reporters sit in a newsroom or at their own tables,” Whitcombe said.",
             "Abernathy spoke at her weekly virus update, a day after she appeared at a waterfront protest organized by the Bayshore Newspaper Guild, which represents writers and photographers at The Harbor Ledger and several sister papers owned by the Tidewater Courier group and Keystone Media Holdings. Roughly 150 backers of the paper turned out.",
         ], appeals=[_HARBOR_PAYWALL]),
    _doc("b158-cedarflatscourier-fish-fry-end", "appeal", "end",
         "Invented; modelled on Big Spring Herald (web teaser cut with \"...\", weekend print-edition line at the end)", "en", [
             "Fish is on the menu ... or it will be on May 18, from 5 p.m. to 7:30 p.m., at the Spring Fish Fry.",
             "The Cedar Flats Sunrise Optimist Club is putting on its very first Fish Fry, hoping to start - or bring back - a yearly custom in town.",
             "“We've lent a hand at other groups' fish fries over the years, but this is the first one that's all ours,” said Renee Castillo, club member and interim treasurer. “We're looking forward to it because it lets us meet our neighbors, bring in money for projects close to home and eat some good catfish.”",
             "The supper will be held at Mesa Verde Community College, and plates cost $8. Castillo said each plate comes with as much fried catfish as you want, hush puppies or fries, and tea or lemonade.",
             "“What I like about what we bring in is that all of it gets spent right here in town,” Castillo said.",
             "Besides projects and donations close to home, the Optimist Club also helps fund a youth ranch near Junction.",
             "“Part of what our members pay in dues goes to the ranch, which hosts kids with special needs,” she said. “That's one of the causes Optimist clubs take on together.” ...",
             _CEDARFLATS_PRINT,
         ], appeals=[_CEDARFLATS_PRINT]),
    _doc("b158-civicwire-ashgrove-board-middle", "appeal", "middle",
         "Invented; modelled on Citizen Portal (auto-written meeting recap, sign-up box glued to the next paragraph)", "en", [
             "The Ashgrove Village Board met on May 14, 2025, to take up a range of agenda items, among them bill approvals and zoning permits for a local eatery and a school.",
             "A key item was signing off on bills owed for the stretch from April 29 to May 13, 2025, which added up to $982,417.56. Every trustee in the room voted in favor.",
             _CIVICWIRE_BOX + " Trustees then moved through the consent agenda, which bundled payroll sign-offs with several special use permits. The one that drew the most comment was the permit for Olive Branch Cafe. Trustee Okonkwo made the motion, stressing openness and public feedback, given that the cafe sits next to a row of homes. It carried with the board's backing.",
             "A second major item was a special use permit to enlarge Birchwood Primary School. Trustee Halvorsen made the motion for the permit, which would let the school put up a new wing on its current building while meeting the zoning code. That vote was also unanimous.",
             "Trustees also talked through handing over part of 214 Linden Street to Birchwood Primary School, which they approved so the school can run more smoothly. An agreement with the park district covering a new entrance sign for the school passed as well.",
             "Trustee Halvorsen then brought forward a motion on the performance bond for Mill Pond Commons, meant to lock in construction of the retail strip north of Fairview Road. Board members noted earlier troubles with the site but said the current builder is in good shape and has pledged to finish the required work.",
         ], appeals=[_CIVICWIRE_BOX]),
    _doc("b158-marshbanksentinel-creek-resolution-top-end", "appeal", "top+end",
         "Invented; modelled on Bryan County News (short web article, ad-support line on top, print-edition teaser and newsletter line at the foot)", "en", [
             _ADS_LINE,
             "Town council backs fight over Delmar Chemicals plant",
             "Measure calls for protecting Sawgrass Creek",
             "Placeholder Image",
             "The Pine Haven Town Council has lent its voice to an issue that still troubles a great many people in Marshbank County — the condition of Sawgrass Creek.",
             "At Monday's regular session, council members voted as one to adopt a resolution urging the state's Department of Natural Resources to keep the creek clean and well cared for.",
             "Mayor Leona Briggs said the council took the step because keeping the local environment healthy matters so much.",
             "“What matters most is looking after every stream we have, and it's a worry given all the dead fish that have turned up in Sawgrass Creek,” Briggs said Thursday. “We also want to keep these waters alive so our children and their children can fish and paddle them.”",
             _MARSHBANK_TAIL,
         ], appeals=[_ADS_LINE, _MARSHBANK_TAIL]),
    _doc("b158-backlog-first-birthday-testimonials-top", "appeal", "top",
         "Invented; modelled on Aftermath (worker-owned games site anniversary testimonial page, sale parenthetical in the first paragraph)", "en", [
             "Feature",
             "Readers With Great Taste Enjoy Buggy Website",
             "Strange but accurate",
             "Backlog",
             "In case the news hasn't reached you yet, Backlog just turned one! " + _BACKLOG_SALE + " Much like any toddler, this site has plenty of growing up left to do; it may not cry at night, need changing, or spit up on its shirt, but it does suffer from annoying sign-in glitches and money-related headaches that – like a colicky baby – keep Marisa awake. In spite of these familiar problems and the many personal failings of its owners, Backlog is somehow adored by lots of people, a few of them famous – and every one of them famous to us.",
             "To mark our first year, here's what some of those people told us:",
             "Tomás Reyes's posts about whatever niche pastime he's fallen completely into are the best thing on the site, period. He talked me into the cast-iron waffle iron lifestyle, and my kitchen thanks him. I like that the site never feels boxed in by the usual rules of games coverage. It's the off-the-cuff posts like ‘here's a thing I taught myself’ or ‘look at this cool object’ that make me return every day.",
             "– Priya, Backlog community member",
             "I really value Backlog's blend of razor-sharp moral sense and absurdly narrow deep dives into, say, how to solder your own arcade stick from parts you order off obscure hobby shops. Tomás Reyes's roundup of message boards that are somehow still alive was among my favorite posts all year. I'm glad to chip in for one of the few places online that still has a pulse. Long live Backlog!",
             "– Dana Whitlock, host of Night Shift Radio, Overthinking It, and Fine Print",
             "I'm glad to chip in for one of the few places online that still has a pulse.",
             "Their Discord is my favorite server by a mile. It lifts people up in lots of ways while also pushing back in ways that help everyone grow.",
         ], appeals=[_BACKLOG_SALE]),
    _doc("b158-willowbendrecord-paid-delivery-top-middle", "appeal", "top+middle",
         "Invented; modelled on Ceres Courier (editor's column on moving to paid delivery, ad-support line on top, subscribe pair before a * * * * * separator)", "en", [
             _ADS_LINE,
             "Major shift ahead for the Record's delivery setup",
             "Placeholder Image",
             "I've worked at the Record for more than twenty-eight years and believe me, this is a major shift for all of us.",
             "Starting with the first edition of February, the Record will switch to paid home delivery. (Was that a sigh I heard?) The newspaper business has changed enormously and that is pushing us to change with it. Until now, every household in town got the Record at no charge. Papers used to be tossed by teenage carriers who asked for an optional $2.50 a month. Later we let the teen carriers go and moved to drivers in cars who never asked for the $2.50. We now have no choice but to charge $42 a year for delivery, or $24 for half a year. You can of course still pick up a copy from the boxes around Willow Bend.",
             "Also, beginning Feb. 6, a single copy from the box will go up from 75 cents to $1.25. That makes $42 a year for delivery the better deal.",
             "With this switch, our staff will put out a weekly advertising flyer carrying every Record ad, which will go to every household that doesn't subscribe. That flyer, though, won't carry the full news pages of the Record.",
             _WILLOWBEND_SUBSCRIBE,
             "* * * * *",
             "Holiday time weighs on plenty of folks for all sorts of reasons.",
             "I felt for a well-known Willow Bend resident whom I had asked to write about a cherished holiday memory for the Record.",
         ], appeals=[_ADS_LINE, _WILLOWBEND_SUBSCRIBE]),
]


# --- Probe 138: negative documents --------------------------------------------------------------

PROBE138_NEGATIVES = [
    _neg("b158-kwrnradio-holiday-kettle-midway-neg",
         "Invented; modelled on KVOE (radio-station item on a charity kettle campaign, store list one per line, volunteer sign-up site)", "en", [
             "The yearly Harvest Mission of Lindale Holiday Kettle Campaign is close to its midpoint, and gifts are still needed to hit this season's target.",
             "Speaking on KWRN's Daybreak program Wednesday, Harvest Mission Major Corinne Slade said the campaign has brought in about $6,500 in its first 12 days toward a target of $35,000. Because giving has been slow so far, Slade says she has written a letter asking area businesses to come on board with $750 sponsorships to lift the total.",
             "Slade adds that they are short on kettle volunteers right now, so many kettles go unstaffed during the week.",
             "Although the start has been sluggish, Slade expects two of the campaign's biggest giving days, both set for this week, to push the numbers up, beginning with Bankers' Thursday.",
             "After Bankers' Thursday comes the yearly First Responders Kettle Day on Saturday morning. Lindale Police, Lindale Fire and Marrow County deputies will staff kettles from 9 am to 1 pm at both Pricewell and Prairie Feed & Supply.",
             "Anyone who can't make it to those events can still give every day until month's end at these spots:",
             "Pricewell",
             "Ridge Market",
             "Hollis",
             "Prairie",
             "Bower's",
             "Craft Barn",
             "Westgate Plaza",
             "Those who want to volunteer at a kettle can register at ringforlindale.example.org.",
         ]),
    _neg("b158-lindaleledger-kettle-strong-start-neg",
         "Invented; modelled on The Emporia Gazette (outlet-name line over a story on a charity kettle drive with weekly goals and matching day)", "en", [
             "The Lindale Ledger",
             "The Harvest Mission of Marrow County's Holiday Kettle Campaign has opened with a bang, Major Corinne Slade says.",
             "Harvest Mission Maj. Corinne Slade says the campaign has had a promising opening. Over $2,800 came in across the weekend thanks to a radio challenge and extra gifts from the Lindale Rotary Club.",
             "Slade said the aim is $5,000 each week through Dec. 23, for a season total of $28,000.",
             "“With any luck we'll hit $5,000 by Sunday for week one,” she said.",
             "Kettles stand at six spots around town, among them Prairie Feed & Supply, Ridge Market, Hollis Grocery, Bower's Hardware, both Pricewell entrances, and Craft Barn.",
             "Slade said the mission still needs kettle volunteers all week long at every spot.",
             "“We really need volunteers on weekdays,” she said.",
             "Slade said two major giving days are planned for next month. On Dec. 5, Prairie Electric Co-op will match every gift made in $10 bills. After that, area police and firefighters will be back for the yearly First Responders Kettle Day on Dec. 12.",
             "To sign up for a kettle shift, phone the Harvest Mission office at 555-0148 or visit ringforlindale.example.org. New volunteers can get a free commemorative Lindale Lumberjacks scarf when they register.",
         ]),
    _neg("b158-millcreekpress-ashby-boot-drive-neg",
         "Invented; modelled on The Courier-Express (dateline story on a fire company's boot drive with a pizza sponsor and total)", "en", [
             "ASHBY — Volunteers with the Ashby Fire Company joined forces with Tony's Slice House in Ashby for a Boot Drive held July 12.",
             "A company spokeswoman said the drive went very well. Over the course of the year, the company puts on a number of public events and fundraisers.",
             "The AFC counts roughly 140 volunteer members, working from three stations.",
             "AFC Capt. Darla Whitfield said Tony's reached out to the company and offered free pizza for the drive. Everyone in every vehicle, even those who gave only a little, got a slice from Tony's.",
             "In a boot drive, firefighters and other helpers stand in the roadway holding an empty firefighter's boot and ask drivers passing by to drop in a gift.",
             "“It's not only about bringing in money, it's a chance for us to be out in town and see people,” Whitfield said. “Without our neighbors behind us, there simply wouldn't be a fire company.”",
             "The boot drive brought in about $3,600, close to what one new set of protective gear costs, Whitfield said.",
         ]),
    _neg("b158-kbtvnews-lantern-walk-neg",
         "Invented; modelled on KPLC (TV-station item on a charity relay walk ending in a relayed donate-volunteer-join pointer)", "en", [
             "Walk Through the Night is a fundraising event staged by the National Kidney Alliance in towns across the country to raise money for kidney research.",
             "The event opens with the Survivors' Lap, when people who have beaten kidney disease circle the track as the crowd cheers them along.",
             "Once the Survivors' and Caregivers' laps are done, the teams set off.",
             "Every team keeps at least one member on the track around the clock, a sign that the disease never rests, and neither do they.",
             "Between turns on the track, walkers can stop by other teams' tents for games and shows that also raise money.",
             "Once it gets dark, they light paper lanterns in memory of those lost to kidney disease, and in support of those living with it now.",
             "To find out how to give, volunteer, or take part, check the organization's website.",
         ]),
    _neg("b158-baysidebreeze-optimists-breakfast-neg",
         "Invented; modelled on Coastal Point (news on a service club's pancake breakfast fundraiser with ticket prices and goal)", "en", [
             "Optimists plan bottomless breakfast",
             "The Sandy Cove Optimist Club will hold its 19th yearly Pancake Breakfast fundraiser on Sunday, May 19, from 7:30 a.m. to 11 a.m., at Skipper Jo's on Route 26 just outside Sandy Cove.",
             "“This is the big one for us every year. It goes back pretty much to the day our club started — 18 years ago,” said former club president Walt Kerrigan. “It really matters to us.”",
             "The bottomless breakfast spread will offer pancakes, scrambled eggs, ham, bacon, coffee and apple juice.",
             "“You won't find a better breakfast. It's something else. Nobody leaves with an empty stomach, I promise you that,” Kerrigan said.",
             "Tickets can be bought at the door or ahead of time from any club member, and cost $10 for adults and $4 for kids ages 4 to 11.",
             "Kerrigan said the club is aiming to bring in about $2,500 from the breakfast. Money from the club's fundraisers lets it offer local services, among them college scholarships for Bayside Regional High School seniors, hearing checks for young children – testing for mild hearing loss, which can go unnoticed for years and slow a child's speech and reading – and delivering groceries to shut-ins.",
             "“Our volunteers visit a lot of schools. This past year we went to 11 sites and checked more than 900 kids,” Kerrigan said of the hearing checks.",
             "“We bring groceries to older folks who can hardly get out of the house. So on top of making sure, every weekday, month in and month out, that these seniors have food, we also keep them company. For a lot of them, the volunteers who drop off their groceries are nearly the only faces they see from morning to night. That's the sort of work our fundraising money pays for.”",
             "Kerrigan pointed out that, unlike a number of other charities, the Optimist Club puts every dollar it takes in from the public right back into the area it serves.",
         ]),
    _neg("b158-pinecrestpost-kiwanis-pancakes-neg",
         "Invented; modelled on Leavenworth Echo (feature on a service club's last pancake breakfast of the season)", "en", [
             "PINECREST – The Pinecrest Kiwanis Club, a local branch of the service group Kiwanis Worldwide, served its final Park Pancake Breakfast of the season on Sept. 21.",
             "“What we take in from the pancake breakfast is most likely our largest fundraiser, and it's what we use to give back to the town,” said Kiwanis Club President Arlo Vance.",
             "The Pinecrest Kiwanis Club puts that money toward a number of local projects, such as college scholarships for graduating seniors, paying for a youth leadership camp, reading programs in the schools, and helping families cover school clothes, backpacks and sports fees. Every Labor Day weekend, the Kiwanis also hands the griddle over to the local Scout troop, which raises money for its own trips.",
             "The pancake breakfast, which was held on nine Saturdays this summer, is a Pinecrest Kiwanis custom going back at least forty years, according to veteran members Hal and Bernice Ostrander. Bernice Ostrander, a member since 1999, recalls flipping pancakes next to one of the club's founders, who started it in 1962.",
             "“I'd ladled the batter onto the griddle, and I just itched to flip them…And he told me, ‘Hold on, hold on.’ Over and over!….But there's an art to it. You wait for the little holes to pop. The rim has to go a bit dull. And at last he said, ‘Now!’” Bernice Ostrander said with a laugh. “And it's still an art today.”",
             "Every Saturday the Kiwanis serve townsfolk bottomless pancakes, eggs, ham, and coffee from their shelter in Kiwanis Grove. Apart from a brief experiment with waffles and the addition of fried eggs, the breakfast has hardly changed through the years, the Ostranders said.",
         ]),
    _neg("b158-riverbendtribune-community-champions-neg",
         "Invented; modelled on Delta Dunklin Democrat (newspaper's own volunteer-awards banquet with publisher and mayor speeches)", "en", [
             "At the first-ever Community Champions evening, Harlan's mayor and the Riverbend Tribune's publisher praised how much volunteer work can change a place, stressing what it does for a town's strength and staying power.",
             "The 2024 Riverbend Tribune Community Champions dinner Friday at the Harlan Grange Hall included uplifting remarks from the paper's publisher and a main speech by Harlan's mayor.",
             "Tribune Publisher Gail Merriweather described how the evening came about and why it matters to towns across Osage County, while Harlan Mayor Dwight Ferrell had warm words for the Pinnacle Media paper and the volunteers being honored.",
             "“Tom (Kessler, Tribune editor) and I sat down a few times to toss around ideas about what we might do for the area,” Merriweather said. “Because first and foremost, The Tribune is part of this community, and we think it matters to point out what's going on in it.",
             "“Sadly, now and then bad things do happen,” she went on. “But we also want to put the spotlight on the good.”",
             "With that in mind, Merriweather had launched Community Champions in towns outside Arkansas.",
             "“I began the Community Champions program at two papers back in Ohio,” Merriweather said. “The Pinnacle group out of Springfield owned every paper around here.",
             "“I took Community Champions to Cedar Falls when I moved to the region,” she went on. “When I told Tom about it his face lit up like a Christmas tree because he thought 'Why didn't we do this sooner?'”",
             "The publisher told the crowd that the paper, as a member of the community, had a duty to honor people doing good works, to promote those works in public and to raise money for charities under the Community Champions banner.",
         ]),
    _neg("b158-elmwoodobserver-reporter-grant-neg",
         "Invented; modelled on Forest Park Review (nonprofit publisher's editorial on a foundation grant for a new reporter)", "en", [
             "EDITORIAL",
             "A welcome boost for Lakeshore Local News",
             "We have some good and hopeful news to pass along this week.",
             "Lakeshore Local News, which publishes the Elmwood Observer, has just been awarded a grant by the Harlow Trust to add a full-time neighborhood stories reporter at our Southport Weekly. As laid out by Yvette Osei, editor of the Southport Weekly and LLN's community editor, the new reporter will chronicle the everyday life of Southport, Ridgeview and East Millbrook.",
             "“This reporter,” Osei wrote, “will help us find and chart the sturdy webs of people and groups that give the South Side its character — from tenant unions, neighborhood patrols, parent councils and congregations to the elders on their stoops, the corner philosophers, and the self-taught neighborhood historians.”",
             "That focus on neighborhood stories lines up our added coverage with the Neighborhood Vision plan put together three years ago by Southport United. That plan points to a basic need for South Siders to see their own lives fairly portrayed in local news.",
             "That is exactly what we mean to do.",
             "Honoring the Southport Weekly's past, we have named the new job the Marjorie Ellis and Curtis Bell Neighborhood Stories Reporter. Marjorie Ellis was a South Side organizer whose work began in the fair-housing fights of the 1960s. She started writing for the Weekly in 1998 and was, truly, the Weekly's best-known voice thanks to her Corner Talk column every week. She died in 2012. Curtis Bell, who died last month at only 51, led the Weekly as editor from 2004 to 2016. Born and raised in Southport, Curtis was widely admired for his balanced and caring coverage of the South Side.",
             "The hiring search starts today, and we hope you'll help get the word out.",
             "We thank the Harlow Trust for the $65,000 grant and Renata Cole, the trust's local news program director, for walking us through the process as a fairly young nonprofit.",
         ]),
    _neg("b158-flintvalleyherald-shop-with-officer-sponsors-neg",
         "Invented; modelled on The Albany Herald (police holiday shopping programme seeking tax-deductible sponsorships, phone number)", "en", [
             "DALTON SPRINGS -- In 2017, when the Dalton Springs Police Department joined with the county family services office and the Flint Valley Kids' Network to buy holiday gifts for area children, 12 youngsters were picked to take part in the local Shop With an Officer outing.",
             "The children, many of them in foster homes and chosen according to need, went out for supper, then teamed up with an off-duty officer for a shopping run to Target, where each got a $120 gift card.",
             "In the program's second year the number of children grew to 24, and last year it rose again to 36",
             "This December organizers of the popular program intend to keep the count at 36, but they hope to raise how much each child gets to spend. In the program's three years, the kids have mostly bought presents for their families instead of themselves.",
             "To reach its aim of giving each child more to spend, DSPD is asking residents to help sponsor children in the Shop With an Officer program. Tax-deductible gifts are being collected by the Dalton Springs Police Charity Fund, a 501(c)(3) nonprofit. Gifts can be left at the police station's front counter.",
             "Anyone with program questions can reach Chief Ray Dunbar at (555) 381-2260, extension 214.",
         ]),
    _neg("b158-decaturcountyledger-first-shop-with-officer-neg",
         "Invented; modelled on The Post-Searchlight (story on a first police shopping day with raffle totals, published-date line)", "en", [
             "‘Shop with an Officer’ lifts spirits of kids, police",
             "Posted 2:15 pm Thursday, December 19, 2013",
             "A number of Milford Public Safety officers got to be Santa's elves on Wednesday morning, taking a group of deserving kids holiday shopping for their loved ones.",
             "In its very first “Shop with an Officer” day, MPS officers were teamed with 13 children from four families who needed a hand making the holiday special. The officers brought the kids to the Milford Target to buy coats and other basics for their brothers, sisters and parents or caregivers.",
             "MPS partnered with Harlan County Schools and the Family Resource Center to pick the 13 children, aged 5 to 13, to take part in “Shop with an Officer,” said Tamsin Greer, communications director for the City of Milford. The children would otherwise have been covered by the schools' “Giving Tree” effort, in which teachers and staff buy gifts for students from struggling homes.",
             "“We wanted our officers to get to know the kids, spend a morning with them, and let them see that police don't only come around when something goes wrong,” Greer said. “To let the kids know, ‘Officers are always around and they're on your side.’ And the officers want to give something back to a town that has really stood behind Public Safety.”",
             "To pay for “Shop with an Officer,” MPS officers and City of Milford staff joined together to bring in over $2,900 by raffling a smoker grill and taking private gifts.",
             "“Shop with an Officer” kids gathered at Target at 8:30 a.m. Wednesday and were greeted by Public Safety Director Gordon Pike. Public Safety office staff also helped the kids pick out presents.",
         ]),
    _neg("b158-hartwelltimes-shop-with-officer-deliveries-neg",
         "Invented; modelled on The Cullman Tribune (police holiday programme adapted for illness, photo caption, donor thanks)", "en", [
             "Doing Good: ‘Shop with an Officer’ keeps the holiday spirit going",
             "Hartwell Police Department officers with a handful of the 38 gift packages headed to homes across Hartwell (Photo courtesy of Sgt. Lena Ortiz)",
             "HARTWELL, Tenn. – The Hartwell Police Department (HPD) was not able to run its yearly “Shop with an Officer” day in the usual way, but that did not keep officers from doing their part to brighten the holidays for kids from struggling families and clients of the Hartwell County Adult Day Center (HCADC)/Eleanor Price Center. Squeezed late in December by flu-related absences among its own officers, and unable to meet the children in person, HPD on Tuesday sent officers to Target to shop for 38 kids and HCADC clients.",
             "The plan may have changed, but the generosity did not. HPD Detective and program organizer Sgt. Lena Ortiz said gifts to the program this year held steady with past years, giving officers more than $180 to spend on each participant.",
             "Ortiz said, “People gave well again this year. We're just thankful for every one of our donors. This is a great town that really stands behind our community outreach, and, without them, honestly, we couldn't do any of this. We're grateful for that, and, with luck, we'll be back to the usual way next year.”",
             "The officers also picked up hams and other groceries for the families' holiday meals.",
         ]),
    _neg("b158-joypaddaily-lowpoly-launch-neg",
         "Invented; modelled on Kotaku (games site reporting a former colleagues' subscription-funded start-up and its prices)", "en", [
             "Plenty of excellent games sites have shut down, so it's refreshing to watch a few new ones get started. The newest is named Lowpoly, a reader-supported outlet launched by former Joypad Daily writers. In the interest of honesty: I spent years working alongside every one of them and they're wonderful.",
             "Started by Wren Castellano, Obi Mensah, Hattie Lindqvist, and Sam Okafor, Lowpoly will be a site covering games and online culture. Unlike most of the sites you already read, though, the company running it will be owned by its staff and paid for by readers instead of fast-shrinking banner ad money. Replay Digest host Ivo Brandt will also write regularly, alongside Side Quest Radio's Mae Tolliver and a group of other freelance writers.",
             "Long for the old one-column stream of posts? Sick of ads chasing you around for stuff you already ordered last month? Just want page after page of good posts? Lowpoly has your back. This is how they describe it:",
             "Lowpoly carries on the irreverent, hard-hitting coverage that started at Joypad Daily. The site will cover breaking stories, sharp criticism and analysis, and provocative commentary from the front edge of online life. At a rough moment for working people everywhere, Lowpoly will also cover labor in the games, streaming, tabletop and media businesses—fights that have touched the founders personally.",
             "Memberships will cost $6 a month or $60 a year for every article and extra podcast episodes. A $9-a-month level ($90 a year) adds comments and opens up the Lowpoly members' Discord. It's a setup much like the one at several other reader-funded sites, all good outlets you may have lately decided deserve your money.",
         ]),
]


BATCH158_DOCUMENTS = PROBE138_APPEALS + PROBE138_NEGATIVES
