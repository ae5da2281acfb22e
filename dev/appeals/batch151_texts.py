"""Batch 151: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

19 documents (8 appeal, 11 negative; all EN): our own paraphrases of every document of the local-only
real probe 131 (19 documents). Each keeps the real page's structure (a dateline and an air-quality
widget line above a newsletter letter, a newsletter essay with dash bullets and a cut-off last line,
an opinion column with a disclaimer line and a dash sign-off, a login/subscribe bar above a short
news item ending in a "| date(count)" stamp, a fund-drive banner above a section teaser cut mid-word,
a headline/dek index, a menu with a social-follow line and photo-label lines, an opinion index with
"Guest Editorial -" lines, letters to the editor with name and town lines, a byline and "Written by:"
footer, hashtags, cut-off endings) and exactly what the real gold marks: an editor's signed
matching-gift letter at the top of a newsletter (the greeting, the body with its numbered list and the
match offer) plus its sign-off and P.S. after the "on to the news" line (that line stays text); a
triple-match donation banner at the top of a newsletter essay plus a "give, give, give" bullet cut
mid-word at its end; a columnist's members-fight-censorship plea with promo code and signature at the
end of a column; a two-line subscriber login/subscribe bar at the top of a news item; a spring fund
drive banner with its "needs your support" heading and long plea at the top of a movement site; a
one-line donate/help-raise-funds line above a headline index; a "donate or subscribe" menu pair with
its follow line at the top of a news listing; a weekly opinion newsletter line at the top and a
breaking-news alert line at the end of an opinion index. Negatives keep what makes the real ones hard:
campaign-finance reports for city council, council and congressional races with sums and donors; a
United Way campaign total with a community-appeal quote; GivingTuesday reports quoting nonprofits
asking for support; a GivingTuesday reminder column with hashtags and a registration site; an alumni
association's scholarship fund drive with a mailing address and a "DONATE" button described; a food
pantry's donation drop-off notice; letters to the editor, one regretting the paper's reduced print
days; a public radio pledge-drive record; a striking newsroom's column about money and values.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the builder takes each text as it
stands, locates every gold appeal substring in it (asserted unique) and writes the unseen-batch151
fixture. Named `unseen-` because no rule is fitted to it.
"""


from whole_documents import _doc, _neg


# --- Probe 131: appeal documents ----------------------------------------------------------------

_GREENHARBOR_LETTER = "\n".join([
    "Dear Green Harbor reader,",
    "Backing a hometown newsroom should feel like a sound bet on what comes next. This spring, Green Harbor News received the 2025 Beacon Stewardship Prize for responsible money management. The honor recognizes how carefully we have grown a durable newsroom across our first five-and-a-half years, all while publishing climate reporting that changes things on the ground.",
    "Why should that matter to you?",
    "1. Every dollar stretches farther: Because we keep our books lean and tidy, your gift turns straight into careful, well-sourced reporting on the lakes, air and land around us.",
    "2. Lasting results: When you fund a newsroom that can pay its own way, you help keep local climate coverage alive in Lakeport for years to come.",
    "3. Proven quality: Alongside this prize, the 9 reporting honors our team collected in 2025 show that the work stands up.",
    "Through January 3, the Local Match Fund will repeat your first monthly gift 12 times or match a single gift dollar for dollar, capped at $1,500. Can we count on you to keep this prize-winning, carefully run climate newsroom going?",
])

_GREENHARBOR_SIGNOFF = "\n".join([
    "With thanks,",
    "Ada Kowalczyk, Founder and Editor, Green Harbor News",
    "P.S. Your gift counts double as long as it arrives by January 3rd. Please don't let this match slip by!",
])

_CANOPY_BANNER = "\n".join([
    "Make your gift count three times. Give through the Match Drive.",
    "Our goal is $12,000 so our Reporting Fellowship can run again next year. Tomas Reyes has spent the autumn verifying Amara Osei's story on mangrove clearing in Ghana, and chasing a water-rights story in the high desert of Idaho!",
    "Between now and January 2nd, the Cedar Trust and the Match Drive will repeat your first monthly gift 24 times or triple a single gift, capped at $1,000. Plus, longtime reader Maya Lindqvist is handing out signed field notebooks to the next fifteen people who give!",
])

_CANOPY_BULLET = "- Give, give, give! The Cellblock Ledger and Prairie Current Report are in the match too. Your gift goes twice (or three times!) as f"

_COMMONS_PLEA = "\n".join([
    "We refuse to stop chasing what's true, no matter how many platforms throttle us or how loudly the pundit pile-on, cheered by agency officials and self-appointed \"misinformation\" referees, demands we go quiet. That work only happens because our Insider members carry it, helping our reporting reach readers that Silicon Valley would rather keep in the dark.",
    "Stand with us now and help keep the facts flowing. Enter code SPEAKFREELY at checkout and take 40% off an Insider membership!",
    "-Marla",
])

_LAKEVIEW_BAR = "\n".join([
    "already subscribed? Activate my account",
    "Subscribe today Compare all plans",
])

_GRASSROOTS_DRIVE = "\n".join([
    "Heads Up: Our Autumn Fundraiser Has Begun",
    "Grassroots Rising got its start roughly six years back, after most of a year spent listening to organizers and elders in dozens of states and running planning sessions on what a movement led from below would actually require. Our tiny crew puts in long days so you get news from the front lines of organizing, along with reporting that pushes back on the version of events sold by billionaire-owned outlets and the war lobby. When readers see how neighbors elsewhere are fighting back and building cooperatives, clinics and land trusts of their own, they carry those lessons home. We also run an online organizers' academy, free of charge, so people can win more of the fights they take on.",
    "Grassroots Rising Can't Do This Without You",
    "Here is where we stand: the Grassroots Rising crew is devoted to people's dignity and to a livable earth, and we will keep pushing peacefully for fairness and for a broader coalition of struggles. Because we refuse to play by the usual rules of politics, the big grant-making foundations will not touch us. We are not going to water down what we publish to win a grant, yet the bills still have to be paid. A number of you have chipped in lately, and we are truly thankful. Asking for money is not something we enjoy or do often, but right now we have no choice. Several of our team members are working unpaid, and others have cut their own wages to keep the lights on, and that cannot last. Money is tight in most households, we know, but if you are able to give something today, please do.",
])

_DEEPDIG_LINE = "With more readers behind us, DeepDig can dig deeper and publish more often. To give, tap here. To help us rally backers, tap here."

_EASTSHORE_MENU = "\n".join([
    "support or subscribe",
    "Follow Us Mastodon Instagram",
])

_VALLEYCOURIER_OPINION = "Columns, reader letters and our editorials, delivered to your inbox each week!"

_VALLEYCOURIER_ALERTS = "Breaking local news, pushed right to your phone."


PROBE131_APPEALS = [
    _doc("b151-greenharbornews-matchfund-letter-top+middle", "appeal", "top+middle",
         "Invented; modelled on Planet Detroit (environmental newsletter: dateline and air-quality widget, editor's signed matching-gift letter, sign-off and P.S. after the news intro line)", "en", [
             "Dec. 4, 2025",
             "CO2 2025/2024425.38 ppm / 422.90 ppm (0.59%)",
             "How much CO2 was in the air the year you arrived?",
             _GREENHARBOR_LETTER,
             "And now the headlines. Lakeport anglers want tighter runoff rules, a boil-water notice rattled the east side, a pocket prairie takes root in Millrace, and the state's wind-farm permit law lands before a judge.",
             _GREENHARBOR_SIGNOFF,
             "FROM THE GREEN HARBOR NEWSROOM",
             "Survey: Most Lakeport boaters back tougher runoff limits",
             "Know a low-waste holiday gift idea? Send it our way",
             "Lakeport's lead-pipe deadline goes before the appeals court: Safer taps or a reprieve for the utility? A three-judge panel is weighing whether the city can push back its schedule for pulling lead service lines, a timeline advocates call one of the firmest in the region. The utility's lawyers ar",
         ], appeals=[_GREENHARBOR_LETTER, _GREENHARBOR_SIGNOFF]),
    _doc("b151-canopywire-judges-targeted-top+end", "appeal", "top+end",
         "Invented; modelled on The Xylom (newsletter essay: triple-match donation banner at the top, 'give, give, give' bullet cut mid-word at the end)", "en", [
             "When the Reporters I Scored for a Prize Became Targets",
             _CANOPY_BANNER,
             "Hello friend,",
             "Back in July, I sat on the jury for the Open Ledger Awards' Fearless Reporting prize in the small-newsroom category. I volunteered to repay a network that has carried us through lean years (the Match Drive kept our doors open), and explaining out loud why a strong story succeeds sharpens my own craft.",
             "Rarely does an entry land on your desk and settle the contest within a page. This one did. So picture my dismay as the following played out:",
             "- The entry we chose, by Darnell Pike of The Cellblock Ledger, vanished from his tablet after a \"system update\" pushed by the prison's messaging vendor. He and the other incarcerated writers on his team were offered three message credits - worth about 90 cents - for months of lost drafts.",
             "- Runner-up Lucia Ferraz of the Prairie Current Report saw her immigrant background mocked by Governor Dale Hutchins after she reported that several hog operations tied to his relatives had fouled nearby wells and broken permit rules:",
             "\"First of all, I haven't looked at it. I'm not going to,\" Hutchins said. \"Second, just check where the writer comes from. She isn't even from here. That tells you everything.\"",
             "Unbelievable!",
             "We can't let them go after our reporters unanswered. This is your part:",
             _CANOPY_BULLET,
         ], appeals=[_CANOPY_BANNER, _CANOPY_BULLET]),
    _doc("b151-patriotcommons-platformpapers-insider-end", "appeal", "end",
         "Invented; modelled on Townhall (opinion column with disclaimer line, members-fight-censorship plea with promo code and dash signature at the end)", "en", [
             "Patriot Commons Shows Up in the 'Platform Papers'",
             "Views in columns belong to their authors alone and are not necessarily shared by PatriotCommons.example.",
             "Patriot Commons just turned up in the Platform Papers.",
             "The blackout of winter 2021 upended life across the state for good. From that first frozen week we've dug into what really took the grid down, who ignored the warnings, and how a panicked, heavy-handed crackdown on energy producers landed on ordinary families.",
             "We stuck with the evidence from day one, and it showed us that frozen, unweatherized gas valves triggered the collapse. We also pored over the choices of the grid operator and the utility commission, which buried the problem by quietly rewriting logs, sidelining engineers who spoke up, stonewalling outside auditors, shutting out the press, and a great deal more.",
             "We now know for certain that Patriot Commons was throttled the entire time.",
             "On March 9, 2022, I posted a link to sign up for our Insider membership.",
             "The post was tagged by a self-styled \"trust and safety\" outfit named ClearSignal Review. ClearSignal then forwarded the post to the platform and to 480 newsrooms, labeling it \"FALSE CONTEXT.\"",
             "Every word of that post was accurate then and remains accurate today.",
             _COMMONS_PLEA,
         ], appeals=[_COMMONS_PLEA]),
    _doc("b151-lakeviewtribune-cabinetvisit-clinic-top", "appeal", "top",
         "Invented; modelled on Milwaukee Journal Sentinel (subscriber login/subscribe bar above a short news item with date stamp)", "en", [
             _LAKEVIEW_BAR,
             "Labor secretary to stop in Lakeview, tout apprenticeships at trade school",
             "U.S. Labor Secretary Renata Vance will tour the Northgate Technical Institute's welding center at 4180 N. Ferris St. on Thursday to highlight federal apprenticeship grants and urge young workers to enroll in paid training programs.",
             "Vance's stop follows a ribbon-cutting for a 36,000-square-foot training hall that will take the place of the school's 7,200-square-foot shop. The new hall, expected to cost upward of $9 million, is being paid for in part by a $4 million federal workforce grant. | Mar. 6, 2014(11)",
         ], appeals=[_LAKEVIEW_BAR]),
    _doc("b151-grassrootsrising-autumndrive-top", "appeal", "top",
         "Invented; modelled on Popular Resistance (movement site: fund-drive banner, 'needs your support' heading and long plea above a section teaser cut mid-word)", "en", [
             _GRASSROOTS_DRIVE,
             "GR ‘Isn’t Shy About Getting In City Hall’s Face’",
             "Nobody should pretend that defending public broadband is a polite hobby. Three community-internet organizers were reportedly dragged out of a hearing room Wednesday after they interrupted a briefing given by Lyle Brandt, one of the four appointed utility commissi",
         ], appeals=[_GRASSROOTS_DRIVE]),
    _doc("b151-deepdig-ballotaccess-index-top", "appeal", "top",
         "Invented; modelled on WhoWhatWhy (donate/help-raise-funds line above a headline-and-dek index)", "en", [
             _DEEPDIG_LINE,
             "Purging the Rolls: A Cure for an Illness That Barely Exists Could Sideline Voters by the Million",
             "Impersonation at the polls has reshaped American elections — not because it happens, but because state lawmakers keep pointing to this vanishingly uncommon offense to excuse sweeping new ID rules that could tip this November's close races.",
             "Packing and Cracking: How District Lines Warp Our Politics",
             "Carving up voting districts for partisan gain is a rot that spreads through every level of government.",
             "Threats to the Ballot Nobody Warned You About",
             "An election-security researcher lays out some unexpected weak spots — such as how mail-in windows can widen the openings for tampering, and how collapsing faith in the count may do as much harm as any real intrusion.",
             "Foreign Poll Watchers Are Already Worried",
             "Election monitors from abroad typically head to young or shaky democracies, such as Moldova. This year, it seems, the shaky democracy drawing their attention is the United States.",
         ], appeals=[_DEEPDIG_LINE]),
    _doc("b151-eastshorevoice-menu-transit-top", "appeal", "top",
         "Invented; modelled on San Francisco Bay View (site menu: donate-or-subscribe pair and follow line above a news listing with photo labels)", "en", [
             _EASTSHORE_MENU,
             "Eastshore Region",
             "Harborview Central Library",
             "Riders push back on transit agency's plan to trim 22 Alder bus stops",
             "March 14, 2017",
             "Harborview riders and neighborhood advocates seem to have won – for the moment – their campaign to convince the Eastshore Regional Transit Authority (ERTA) board to reject a staff proposal that would have removed the two stops nearest the Central Library and City Hall plaza on the outbound 22 Alder route. ERTA staff had folded the cuts into its Market Corridor Speed-Up Plan.",
             "This picture, “We Carry Each Other,” by Lorna Quist belongs to a series by the Dockside Drop-In Center in which unhoused residents photographed life on the streets of Harborview. Lorna Quist said, “Nobody out here is a stranger for long, we just haven't said hello yet.”",
             "Did Harborview build its own housing emergency?",
             "February 27, 2017",
             "Officials rolled out the slogan “Harborview Rising” as though the old working-class port town had been swept away. As the city drew newcomers, rents jumped and longtime Black and Filipino families were pushed out. A travel magazine called Harborview one of the nation's “most livable” towns, yet now its unhoused residents sleep in tent rows along the renovated waterfront. Most of them were displaced by that same wave of redevelopment.",
         ], appeals=[_EASTSHORE_MENU]),
    _doc("b151-valleycourier-opinion-index-top+end", "appeal", "top+end",
         "Invented; modelled on Santa Ynez Valley News (opinion index: weekly opinion newsletter line at the top, news-alert line at the end)", "en", [
             _VALLEYCOURIER_OPINION,
             "Guest Editorial - When a legislature shrugs off its own audit and the clear language of the state charter to shield a governor, its members are putting loyalty to one man ahead of the rules that bind all of them.",
             "Guest Editorial - For all the bad news, spring brings real grounds for optimism. Reservoirs are filling, and wildfire risk maps are finally easing back.",
             _VALLEYCOURIER_ALERTS,
         ], appeals=[_VALLEYCOURIER_OPINION, _VALLEYCOURIER_ALERTS]),
]


# --- Probe 131: negatives -------------------------------------------------------------------------

PROBE131_NEGATIVES = [
    _neg("b151-harborsideweekly-council-fundraising-neg",
         "Invented; modelled on Newport This Week (local paper on city council candidates' campaign-finance reports, cut mid-word)", "en", [
             "Cash Keeps Flowing Into Local Races",
             "True to the old line that politics runs on money, elections officials predict this fall will rank among the costliest campaign cycles Connecticut has ever seen.",
             "In the contest for attorney general alone, well over $9 million is projected to be spent across the primary and the general election before the last ballot is tallied. There is a reason for that.",
             "It doesn't always hold, but in most races the size of a candidate's war chest tracks closely with how well he or she does on Election Day. Fundraising totals also fuel endless chatter among insiders, and reporters use them as a yardstick for how serious a candidate or a cause really is.",
             "Money matters most in statewide and congressional contests, of course, since the cost of a credible campaign at those levels is steep.",
             "Still, with Election Day only weeks away, it is worth looking at what it costs to win a seat on the Port Halden Board of Aldermen.",
             "Late last month, just like those running for higher office, local hopefuls had to file their newest fundraising reports with the town clerk 30 days ahead of the vote.",
             "Here is how Port Halden's aldermanic candidates stacked up.",
             "In District 1, Teodoro Vance, who is running unopposed, listed no contributions and no spending as he seeks a second term.",
             "In District 2, Rosalind Petrak reported taking in $2,915 between June 15 and Sept. 30, with $1,876.40 left on hand. Her challenger, Gwen Albright, reported raising $2,450 over that stretch, with $2,011 still in the bank.",
             "In the contest for the District 3 seat, incumbent Harold P. Whitcomb reported brin",
         ]),
    _neg("b151-northcoastherald-council-disclosures-neg",
         "Invented; modelled on Times-Standard (daily on council candidates' disclosure statements with contribution sums, cut mid-sentence)", "en", [
             "New campaign finance filings in the Bayport City Council contest show incumbent Ruth Castellanos' war chest lagging behind challenger Gavin Ferro's by over $8,000, even though she collected more in donations this round.",
             "Up the coast in Millhaven, only challenger Dana Okoro appears to have topped $1,000 so far.",
             "State election law requires any candidate who plans to collect or spend at least $1,000 in a year to submit a detailed disclosure report to the local clerk. The reports list who gave and how much, any in-kind gifts, and how the money was spent. Anyone can ask to see them at the clerk's counter.",
             "Candidates in the Bayport and Millhaven races had until Friday to report what they took in from Sept. 28 through Oct. 18.",
             "Castellanos pulled in a bit more than Ferro during this latest period -- roughly $7,300 to his $6,900 -- yet Ferro still leads in total fundraising. To date Ferro has collected about $27,410 since July 15, compared with the $18,220 Castellanos has raised since June 1 for the District 4 seat.",
             "Apart from $300 in in-kind support, everything Ferro reported this round came in as cash. Gifts under $100 added up to $3,950. Ferro spent roughly $9,870 during the period and closed it with about $7,400 left.",
             "Among his 14 named donors, five gave $500 each, among them retired Bayport teacher Eleanor Voss, Millhaven resident Ansel Park, Coastline Title Co. and Driftwood Lodge LLC.",
             "Castellanos' filing shows roughly $2,900 of her money came as loans and about $4,400 as cash gifts. About $2,700 of the cash came in amounts below $100. Her spending totaled about $3,980, leaving her with about $3,300.",
             "Among her 19 named donors, four gave more",
         ]),
    _neg("b151-pinetreedispatch-congress-fundraising-neg",
         "Invented; modelled on The Maine Wire (political site's highlights of congressional candidates' quarterly fundraising with donors, cut mid-sentence)", "en", [
             "Quarterly fundraising filings for New Hampshire's House hopefuls went public Wednesday. Below are the takeaways.",
             "Curtis Wendell, making his second bid for the Republican nod in the First District, brought in $1,408.22 between April 1 and June 30, pushing his total to $2,915.60, nearly all of it already gone.",
             "Wendell's team always figured he would trail the rest of the GOP field in dollars and is betting on volunteers in small towns to keep him in the conversation. Matching his rivals on TV time will be close to impossible, but his standing with the state's hunters and farmers is not for sale. Writing him off is easy, though his opponents would be foolish to try it.",
             "Marjorie Talbot, who is chasing the Republican spot for a third time, took in $84,310 over the same three months. She reported $79,902.15 in the bank when the period closed.",
             "A few notable gifts: Everett Cole, who runs Granite Ridge Paving, chipped in $1,000; Nadine Hubbard, a well-known developer from Concord, gave $500; former Gov. Walter Pryce gave $2,400; Hugh Marston, a past GOP Senate hopeful, gave $2,700; Republicans for Clean Energy gave $1,500; and Granite Forward, a PAC started by former U.S. Rep. Alden Foss, gave her $5,000.",
             "The Pryce and Foss checks were no surprise given how long she worked alongside the former congressman, but landing several big Republican business names counts as a victory for Talbot. Most of her money came from her home base of Coos County, so over the coming months she will have to reach beyond the easy donors. The sizable check from a climate-minded PAC won't win her many friends among hard-line voters up north. (Update: Talbot's campaign notes that she only started raising money 21 days before the deadline.)",
             "Simon Archer led every candidate in either party, hauling in $198,504.37 from April 1",
         ]),
    _neg("b151-prairiecapitalgazette-unitedway-campaign-total-neg",
         "Invented; modelled on The Topeka Capital-Journal (daily on a charity federation's annual campaign total with a community-appeal quote)", "en", [
             "The Heartland Community Chest of Salina said Wednesday its yearly giving drive brought in just over $1.8 million.",
             "The drive wrapped up June 30 at $1,812,447, short of the $2 million target, according to Priya Dasgupta, the group's director of donor relations.",
             "Still, Dasgupta said, the way neighbors answered when the Community Chest sounded the alarm in March left staff both energized and thankful.",
             "\"What makes that figure so special is that close to $160,000 of it came in over the final three months through our Finish Strong push,\" she said. \"In March we went to people and told them, 'Look, we're behind, and we can't get there alone.' Over those weeks folks gave roughly $160,000. It was incredible. Watching this town rally like that never gets old.\"",
             "Falling short means the Community Chest will have less money to pass along to the agencies it works with.",
             "\"We missed the mark, but we are deeply, deeply thankful to every person who pitched in,\" she said. \"Some folks give a couple of dollars out of every paycheck. It's remarkable that people want to help at every level, from four-figure checks to spare change. Every gift counts, and every gift changes something.\"",
             "Dasgupta said the Community Chest is promising the region it will hit its target next year because \"the need around here isn't going away.\"",
             "\"Whenever agencies apply to join us and receive grants, the requests always outrun what we can cover,\" she said. \"We're always going to keep pushing to close that gap.\"",
         ]),
    _neg("b151-valleysentinel-givingtuesday-nonprofits-neg",
         "Invented; modelled on The Times-Tribune (daily on local nonprofits preparing for GivingTuesday, quoting their pleas; ends without a period)", "en", [
             "With a year unlike any other drawing to a close, area charities and service groups are counting on GivingTuesday to brace for the needs that will carry over into the months ahead.",
             "\"Now more than at any point before, we're leaning on our neighbors to back our work on GivingTuesday,\" said Monica Feld, director of the Downtown Wilkesdale Partnership.",
             "This week marks the ninth round of what organizers describe as a \"worldwide day for turning everyday kindness into lasting change for neighborhoods everywhere.\"",
             "The day was launched in 2012 as a counterweight to holiday shopping and lands on the Tuesday following the big weekend of Black Friday sales, Small Business Saturday promotions and Cyber Monday deals. Folks everywhere are urged to give to charities, service groups and mission-driven businesses.",
             "\"If someone feels moved to give, this is the moment,\" said Gerald Omondi, president and CEO of the Wilkesdale Valley Foundation. \"Charities still can't hold their usual galas and events, and they're still going to see demand climb in our region.\"",
             "The foundation, which supports the upper valley as a grant maker, giving adviser and engine for community projects, is marking its 58th year and runs its own hometown day of giving, \"Valley Gives Back,\" each June.",
             "\"What I keep hearing from charities is how worn down their people are this year,\" he said. \"In many cases they're being asked to do far more with far less. A bit of extra support right now ... could really help groups feel steadier, and give them some fresh energy.\"",
             "Omondi expects the aftershocks of the pandemic — hunger and unstable housing among them — to carry into the new year and possibly get worse. That is where neighborhood charities will step up to support their neighbors",
         ]),
    _neg("b151-riverbendcourier-givingtuesday-reminder-neg",
         "Invented; modelled on The Southwest Times (small daily's GivingTuesday reminder column with hashtags, byline and 'Written by:' footer)", "en", [
             "Remember the nonprofits this season",
             "By GRETCHEN HOLLOWAY",
             "Maybe you wrapped up your holiday gift list during the Black Friday rush or the Cyber Monday deals, and perhaps even slipped a little \"present\" for yourself into the cart; local charities are hoping you think of them as well in this season of generosity.",
             "Today, #GivingTuesday, is an ideal day to back the causes you care about with a donation, a few volunteer hours or another kind gesture.",
             "A number of local groups, including the Lantern House Teen Center of Riverbend and the Friends of Miller Creek, have signed up with the worldwide #GivingTuesday campaign. Signing up, though, isn't necessary to take part or to receive gifts and help.",
             "Anyone giving through #GivingTuesday should send their support straight to the group they have chosen.",
             "#GivingTuesday began in 2012 at a community center in New York City. It aims to open the giving season by moving people to support their hometowns, promoting generosity and honoring kindness around the globe.",
             "Organizers say the day is now marked in nearly every nation. More details and a directory of participating groups can be found at www.givingday.example.org.",
             "Written by: Editor on November 28, 2017.",
         ]),
    _neg("b151-shorelinepress-alumni-scholarship-dinner-neg",
         "Invented; modelled on The Press of Atlantic City (news brief on an alumni association's cancelled dinner turned scholarship fund drive, with mailing address and a DONATE button)", "en", [
             "LOWER BAYSIDE — The Bayside Regional High School Alumni Club has called off its yearly Scholarship Gala, which had been set for May 14, because of the coronavirus outbreak.",
             "The club still intends to hand out scholarships to worthy graduates, though, according to a statement it released. Students and their families will need and value that help this year more than usual, the statement says. With shops shuttered and many parents laid off, plenty of households will rely on these awards to keep their kids in school. Rather than shelve its plans, the club is turning the moment into a drive for its scholarship fund.",
             "The club is asking people to contribute however and whatever they are able. A seat at the gala would have run about $85 for the night, including dinner, drinks, a silent auction and raffle tickets. Members suggest people think about giving something close to that. The club says it typically hands out four $750 scholarships, so it hopes to collect at least that amount.",
             "Checks or money orders may be mailed to BRHS Alumni Club, P.O. Box 417, Seaville, NJ 08299.",
             "Gifts can also be made online through the club's site, www.brhsalumni.example.org. Click \"Scholarship Gala\" and press the \"GIVE NOW\" button at the bottom of the page.",
         ]),
    _neg("b151-coalregionherald-pantry-shelves-neg",
         "Invented; modelled on Reading Eagle (community brief on a church-run food pantry's donation drop-off times and wanted items)", "en", [
             "The Cressona Community Pantry, run by the Cressona Area Ministerium, is asking residents to help restock its bare shelves.",
             "Donations may be dropped off at the side entrance of the Fellowship Hall on Thursdays from 9 to 10:30 a.m. A collection bin will also sit in the lobby of the Cressona Borough Library at 112 Pine St.",
             "Items in demand include breakfast foods like oatmeal, pancake mix and boxed juice (nothing in glass); rice, pasta sauce, canned beans, tuna, stews, fruit cups, honey, apple butter, applesauce, crackers, granola bars, and boxed macaroni. Expired food and anything packed in glass will be turned away.",
             "Scores of local households rely on these donations, along with deliveries from the Tri-County Food Bank and donated hygiene supplies such as diapers.",
         ]),
    _neg("b151-silverstateleader-letters-july22-neg",
         "Invented; modelled on Nevada Appeal (letters to the editor with headlines, name and town lines; one regrets the paper's reduced print days)", "en", [
             "Reader letters for Sunday, July 22, 2018",
             "Parks crews keep Minden looking its best",
             "I'd like to say thank you to the Parks Department for the excellent work they do all over town.",
             "Whether it is mowing the fields or pruning the cottonwoods, the crews put in long hours in heat and wind and hardly anyone notices.",
             "Just know that people see it, and I am grateful for your effort and your friendly manner.",
             "Helen Brandt",
             "Minden",
             "Fewer print days for the Leader is a loss for the valley",
             "I was sorry to learn the Leader has cut back on the days its paper edition comes out.",
             "A daily paper matters to every community, and especially here, where county government does so much of its business.",
             "Residents need a place to speak up as neighbors and as voters.",
             "I am writing to voice my serious worries about our country right now and the health of our democracy. Many others feel the same way.",
             "I never imagined I would find myself praying every day for this country and for our democratic institutions to survive.",
             "The independent investigators must be allowed to finish their work, follow the money, and find out how far the foreign interference in the last election really went.",
             "Every member of our congressional delegation should stand behind that inquiry, because what is at stake is the survival of our democracy.",
             "Protecting it is the heart of their job and the reason we sent them to Washington.",
             "Any lawmaker who will not back that inquiry should be voted out at the next election.",
             "Like many people across Nevada and the nation, I cherish this country and want it kept safe.",
             "Owen Castellano",
             "Minden",
         ]),
    _neg("b151-campusbulletin-publicradio-pledge-record-neg",
         "Invented; modelled on The University Record (university bulletin on the campus public radio station's record pledge drive)", "en", [
             "The Campus Bulletin, October 28, 1999",
             "Listeners give Lakeshore Public Radio its best drive ever",
             "Lakeshore Public Radio brought in $386,000 during a seven-day pledge drive that ended Oct. 16. The listener total beat the previous fall's high mark of $297,000, despite this year's on-air appeal running three fewer days.",
             "\"Our audience has shown up for us yet again,\" said general manager Harriet Lowell. \"The people who call in to pledge are, for the most part, the same people who have us on every day.\" Lowell said another $52,000 came in through challenge pledges from area businesses and employer matching programs, lifting the on-air drive total to $438,000. Renewals mailed in by existing members are counted separately.",
             "The station will put the money toward day-to-day costs, among them the fees it pays for nationally distributed programs. Those fees, which rise with the size of the station's audience, jumped by $85,000 this budget year after listenership grew by more than half over three years.",
         ]),
    _neg("b151-steelvalleystrikepress-budget-values-neg",
         "Invented; modelled on Pittsburgh Union Progress (striking newsroom's column about a county budget, money and values; cut mid-sentence)", "en", [
             "On Wednesday evening roughly fifteen of us pulled on our green strike-paper hoodies, surely the boldest fashion statement the labor movement has ever produced, and packed into the council chamber at the Monongah County Building to watch local officials pass a resolution praising the Steel Valley Newspaper Guild for holding a picket line that is nearing its third anniversary.",
             "We showed up early and the chamber was already full. The evening's agenda also featured County Executive Marcus Delaney, who was set to walk the council through his office's proposed 2026 spending plan. Local TV crews had set up tripods along the rear wall.",
             "Local governments are having a rough stretch. Washington pumps out turmoil and hostility at a steady clip, feeding a constant online uproar (to the great joy of partisan commentators) and making life miserable for officials who are just trying to close budget gaps and serve residents with wildly different needs.",
             "Delaney told the room that a budget is \"a statement of conscience\" about what a community cares about. It was good to hear someone whose job involves hard choices about money say it so plainly and so publicly. Particularly at this moment.",
             "The federal cuts now on the table would strip roughly $95 million that the county relies on for a range of programs, including help for residents with the fewest resources – people without housing and people fighting addiction among them. They make convenient targets. How we choose, together, to meet their complicated needs while money is uncertain will reveal a great deal about who we are. What matters most to us? Washington wields funding as a crowbar to pry people, institutions and companies away from the principles they claim. It often appears delighted by how little force the job requires.",
             "Delaney's talk struck a chord with us because money and values have been on our minds for a long time. When we walked out on Nov. 2, 2022, most of us figured we",
         ]),
]


BATCH151_DOCUMENTS = PROBE131_APPEALS + PROBE131_NEGATIVES
