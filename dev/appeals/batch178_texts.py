"""Batch 178: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

17 documents (6 appeal, 11 negative; all EN): our own paraphrases of every document of the
local-only real probe 158 (17 documents). Each keeps the real page's structure (a headline-less
statehouse story opened by a subscribe line, a legislative bill roundup with a one-line all-caps
newsletter teaser between bill paragraphs, a political blog index of "... READ MORE" teasers with a
daily-email sign-up paragraph in the middle, a small-paper story list with a duplicated teaser line and a
login wall glued to the end of a cut column teaser, a coastal news hub of section labels and briefs with
a two-line daily-newsletter block before a last "Special Report" label, an opinion/sports index with the
same sponsor line at the top and again near the end before a headline cut mid-word) and exactly what the
real gold marks: the opening "support local journalism by subscribing, see our offers" line; the
all-caps "get the headlines in your inbox" line; the three-sentence weekday-email sign-up paragraph;
the run "Login to continue reading ... Sign Up Now Close" after the cut teaser (the teaser text stays
text); the two lines "get the coast's news daily" + "Subscribe to ..." (the following section label
stays text); the sponsor line "... thanks its sponsors. Become one." twice (the two copies differ only in
one space so each occurs exactly once). Negatives keep what makes the real ones hard: a campaign
contribution table with donor totals and limits, a student essay on a charity's kettle drive, a gaming
commission's grants to charities, an outlet's year-end top-stories note about its own growth and a
journalism fund's pilot, readers' letters urging a newspaper chain to donate or keep its paper, a wire
story about a publisher giving his weekly away, a former reporter's blog post on a chain's troubles, an
editorial on legal notices cut off mid-sentence, a party blog relaying "support our local newspaper by
subscribing" for another paper, and an about-us note followed by a numbered link list with a student
fundraiser.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field.
"""


from whole_documents import _doc, _neg


# --- Probe 158: appeal documents ----------------------------------------------------------------

_SAGEBRUSH_TOP = "Keep hometown reporting alive with a subscription! Tap Here to browse our latest deals."

_PRAIRIE_INBOX = "SEND THE DAWN BRIEFING STRAIGHT TO YOUR EMAIL"

_MESA_EMAIL = (
    "Every weekday morning, our team emails many thousands of readers across the state the three "
    "stories worth their time. Keep up without the clutter. Join the list now."
)

_WHEATFIELD_WALL = "Log in to keep reading Log In Register for free access Register Now Close"

_SOUNDSIDE_DAILY = "\n".join([
    "Have the barrier islands' stories land in your inbox every morning.",
    "Subscribe to Soundside Dispatch",
])

_HARBORHERALD_SPONSOR_1 = "The Harbor Herald is grateful to its sponsors. Join them."
_HARBORHERALD_SPONSOR_2 = "The Harbor Herald is grateful to its sponsors.  Join them."


BATCH178_APPEAL_DOCUMENTS = [
    _doc("b178-sagebrushgazette-statehouse-outbreak-top", "appeal", "top",
         "Invented; modelled on Fallon County Times (subscribe line above a statehouse story)", "en", [
             _SAGEBRUSH_TOP,
             "A measure shielding Wyoming employers from pandemic lawsuits and the opening hearing of the Capitol's virus oversight committee both arrived in the session's opening week, one day after majority leaders disclosed that a lawmaker had become the first confirmed case on Wednesday night.",
             "Expected committee chair Dana Whitcombe, R-Lander, said in a written statement Wednesday that Rep. Harold Quist, R-Lander, had received a positive result and was isolating at home away from the statehouse.",
             "The statement said Quist was exposed somewhere other than the Capitol in the days before lawmakers convened.",
             "“Our staff has already begun contacting anyone who spent time near Representative Quist and is asking them to stay home,” Whitcombe said.",
             "Quist spent the whole week at the statehouse, sitting through hearings of the House Budget Committee, and kept his face covering on.",
             "The disclosure capped a stretch of pandemic notices issued by both the Legislature and the executive branch.",
             "At his opening media briefing on Monday, Gov. Martin Ellery, a Republican, laid out how his administration plans to handle the outbreak in Wyoming.",
             "Roughly 40 guests sat in the ceremonial room off his office. Everyone wore masks and sat in marked chairs, although the seats were close together.",
             "Ellery voiced confidence that shots and wider screening would bring case numbers down across Wyoming.",
             "“Wyoming people know how to bounce back, and they will,” Ellery said.",
             "Ellery added that he plans to lift the face-covering order left in place by his predecessor once certain benchmarks are reached.",
             "“Rewarding good choices and trusting people to look after each other works better than rules nobody can live with,” Ellery said.",
         ], appeals=[_SAGEBRUSH_TOP]),
    _doc("b178-prairieledger-billroundup-middle", "appeal", "middle",
         "Invented; modelled on Alabama Reflector (weekly bill list with an all-caps newsletter line)", "en", [
             "Bills cleared by the Nebraska Legislature: April 8-10, 2025 • Prairie Ledger",
             "Below are the measures lawmakers approved during the week.",
             "Tuesday, April 8",
             "House",
             "LB 212, introduced by Sen. Walt Brenner, R-Ord, redraws the municipal limits of the Village of Cotesfield in Howard County. Lawmakers approved it 11-0. Next stop: the upper chamber.",
             "LB 247, introduced by Sen. Corinne Batts, R-Seward, lets the Seward County sheriff set up rules for paying vendors by purchasing card. Approved 9-0, it moves to the upper chamber.",
             "LB 261, introduced by Sen. Amos Feld, R-Alma, creates a licensing charge for keeping a handgun in a truck or hidden on oneself in Harlan County. Members voted 7-0 in favor; the upper chamber takes it up next.",
             _PRAIRIE_INBOX,
             "LB 149, introduced by Sen. Nora Pruitt, R-Kearney, would add $74 million to this year's budget from a federal lending program for small firms to the state's economic development corporation or another body picked by the budget office. Members voted 96-0, sending it along to the upper chamber.",
             "LB 188, introduced by Sen. Gil Harmon, R-Kearney, stops towns and counties from writing their own rules for drone delivery and air taxis and tells the state roads department to draft a statewide blueprint covering landing pads, charging for electric aircraft and other aviation needs. Members voted 95-0, and the upper chamber gets it next.",
             "LB 203, introduced by Sen. Ruth Ashby, R-Gretna, would let the Land Board auction off certain tax-forfeited parcels held by the state in limited situations. Members voted 97-0; it heads across the rotunda.",
             "LB 190, introduced by Sen. Hal Deering, R- Blair, bars schools from teaching reading through guessing words from picture clues. Members voted 88-3; it heads across the rotunda.",
         ], appeals=[_PRAIRIE_INBOX]),
    _doc("b178-mesawire-blogindex-dailyemail-middle", "appeal", "middle",
         "Invented; modelled on Compass Colorado (political blog index of READ MORE teasers)", "en", [
             "Even with a blizzard shutting down half the state, the Arizona House kept working and pushed through some fiercely disputed bills while most folks were snowed in. At last, members began inviting people to send written comments ... READ MORE",
             "Ex-Mayor Greta Lindqvist is expected to launch her run for the Senate this evening.  Meanwhile, the public broadcaster is buying a scrappy local news site. A county clerk could lose her job for tipping off a reporter about ... READ MORE",
             "Following nearly 11 hours of comment last night (and into the small hours) the groundwater package cleared its opening hearing. Opponents argued the whole thing was being rushed ... READ MORE",
             "The Arizona Business Fairness Council says the wording of the \"Fair Wages\" measure has little to do with equity.  The majority party seems to be arguing with itself. Who gets ... READ MORE",
             _MESA_EMAIL,
             "Ex-Mayor Greta Lindqvist told a crowd on Sunday that the Senate \"just isn't my kind of job\" - we'll file that away and bring it back later. Agreed? ... READ MORE",
             "The state's newly sworn Treasurer Rollo Pike wants openness from every office . . . apart from his own. The much-debated \"Supervised Use Center\" measure that would have permitted a ... READ MORE",
             "Our pal Dottie Reyes has a few thoughts to share - and it would pay to hear her out. A celebrity hoax is all anyone can talk about and the people who rushed to ... READ MORE",
             "Everybody at the statehouse is buzzing about the \"plastic bag\" measure. As drafted now it would stop cities from going any further, and setting up a jumble ... READ MORE",
             "The majority is bringing back the gun-seizure bill for another try. With no check from the other party in either chamber or the executive - it (or something close) will probably pass.  Behind the ... READ MORE",
         ], appeals=[_MESA_EMAIL]),
    _doc("b178-wheatfieldcourier-storylist-loginwall-middle", "appeal", "middle",
         "Invented; modelled on The Kansan (story list with a login wall after a cut column teaser)", "en", [
             "Running Out of Ink: What rural weeklies are up against next",
             "ELDORA – Monday morning at the Hardin County Chronicle finds the small crew chasing a scoop: the yearly Iowa River fish fry has been called off.",
             "ELDORA – Monday morning at the Hardin County Chronicle finds the small crew chasing a scoop: the yearly Iowa River fish fry has been called off.",
             "As part of national heart health week, Grundy County said it has become only the fourth county in Iowa to receive the Iowa Heart Alliance's Healthy Hearts Gold recognition.",
             "Got something for the calendar? Email the details to events@example.org",
             "Every time an orange school bus rolls past, I remember the mornings I spent bouncing on a cracked vinyl bench with my knees pressed to the seat ahead. I like to think today's riders get a softer trip than the bare-bones bus that hauled me through snow in both directions.",
             "By: Ramona Pettigrew Why does one word land and another fall flat? Writers chew on that constantly. What a word carries, what it hints at, how it rings… " + _WHEATFIELD_WALL,
             "In July, something remarkable took place in Cedar Falls. Some 1,200 Iowans crowded into a hall at the university for the kind of political exchange that used to be routine and is now unusual — open to everyone, unrehearsed, courteous, and grounded in the pressing issues before the state and country.",
             "Only a handful of sitting leaders have collected the big international peace award, and one former president badly wants to join them. He has pursued it (chosen by a panel abroad) much like he markets his branded goods—with heavy promotion, a bit of arm-twisting, and lots of claims that do not hold up.",
         ], appeals=[_WHEATFIELD_WALL]),
    _doc("b178-soundsidedispatch-briefs-newsletter-end", "appeal", "end",
         "Invented; modelled on Coastal Review (news hub of section labels and briefs)", "en", [
             "Pier Players launch 25th summer with tribute to a river poet",
             "Ada Gorman, Luis Ferrante and Pell Whitaker, the trio billed as the Pier Players, are reviving “Crabpots and Moonrise” for a 25th run and premiering a song cycle honoring the poet Marian Shoals.",
             "Spotlight",
             "Marsh birds post sharpest losses in new survey",
             "A 2025 regional bird census finds that rails, black skimmers and willets along the Atlantic shore have fallen sharply, with marsh species dominating the list of birds near a point of no return.",
             "News Briefs",
             "Fisheries office posts draft habitat plan for comment",
             "Residents have until Aug. 2 to weigh in on the revised coastal habitat plan, which ranks the animals and plants the state considers most at risk.",
             "Island visitor growth focus of next ‘Evenings at the Estuary’",
             "Barrier Isles Tourism Council chief Marla Dunphy and outreach lead Cory Vance will talk about the islands' twenty-year visitor plan July 17 at the next “Evenings at the Estuary” talk on the university's field station grounds.",
             "Shore towns warned of dangerous heat",
             "Health officials are urging people along the shore to limit time outdoors as temperatures climb to levels considered risky.",
             "Sound crossings add summer runs",
             "The state ferry office has added sailings on the Cedar Point-Portsmouth route and the Hatteras-Swan Neck route.",
             "Online workshop to focus on storm preparation, cleanup",
             "The hour-long online session on July 9 will bring together local officials to talk through lessons learned, surprises, and proven ways to get ready for storms and rebuild afterward.",
             _SOUNDSIDE_DAILY,
             "Special Report",
         ], appeals=[_SOUNDSIDE_DAILY]),
    _doc("b178-harborherald-opinion-sports-sponsors-top-middle", "appeal", "top+middle",
         "Invented; modelled on The Baltimore Banner (opinion/sports index with a repeated sponsor line)", "en", [
             _HARBORHERALD_SPONSOR_1,
             "Laughter is a quiet form of defiance worth passing around in these gloomy times",
             "State Sen. Lorraine Okafor speaks at the Dover community center on a drizzly Thursday morning.",
             "Tessa Brandt: Milo Varga can look around the Gulls locker room for slumps that ended fast",
             "Dale Huckins has been coaching the rookie through his rough first weeks.",
             "Gulls left fielder Milo Varga is batting below .190 with a slugging mark barely above .300.",
             "My debut came out the month everything closed. Now I get a second shot.",
             "Lockdown cancelled every reading for my first book. Can the launch of “Tides & Other Troubles,” a valentine to this city and its newsrooms, make up for it?",
             "This new novel shows I can still try something different late in life, and I plan to savor the ride this time.",
             "Letter: State layoffs and a weaker bond rating will cost us for years",
             "Beyond a lower bond rating, the cuts to state payrolls will hurt for a generation, writes Priya Das of Milford.",
             "The old capitol cupola in Dover.",
             "Ray Ocampo: Bringing back Lou Ferris won't fix the Gulls — though some of his thinking could",
             "The skipper of the strong clubs a decade ago admits 'nobody has a magic fix' for today's Gulls. Maybe his time here is better remembered than repeated.",
             "Lou Ferris looks on from the top step during a Gulls game against the Lakeview Herons in 2016, the final year of his seven with the club.",
             "Tessa Brandt: Dale Huckins has a shorter fence in right now. So why isn't the ball leaving?",
             "The Gulls' designated hitter is stuck in the deepest slump of his career, heading into Thursday with three homers and a .590 slugging-plus-on-base mark",
             "Designated hitter Dale Huckins lines a double into the gap against the Pinecrest Owls on Wednesday.",
             _HARBORHERALD_SPONSOR_2,
             "Letter: The library director was pushed out with no reason given in the gov",
         ], appeals=[_HARBORHERALD_SPONSOR_1, _HARBORHERALD_SPONSOR_2]),
]


# --- Probe 158: negatives -----------------------------------------------------------------------

BATCH178_NEGATIVE_DOCUMENTS = [
    _neg("b178-ridgelinecurrent-campaigncontributions-neg",
         "Invented; modelled on The Highlands Current (donor totals table with numbered top givers)", "en", [
             "Money raised by congressional hopefuls in 2023",
             "Last autumn we published a table listing how much local residents had given to each candidate for national office during the first half of 2023, based on federal election filings (example.gov). The table below brings those numbers up to date for the full year.",
             "We list candidates and political committees that took in at least $100 from people living in the Ridgeline towns. The count of givers appears in brackets after each sum. Gifts to committees backing a particular candidate are counted toward that candidate.",
             "A person can give as much as $3,300 to a national candidate for each race (primary and general), plus yearly gifts of as much as $5,000 to committees, $10,000 to state parties and $41,300 to national parties. (Independent-expenditure groups face no cap.)",
             "Statehouse Donors",
             "The nonprofit Open Ledger Project (example.org) follows who funds candidates for state and national posts. The biggest contributors to officeholders and hopefuls in the Ridgeline area appear below.",
             "Marcy Holloway, State Assembly, Ridgeline (2 races)",
             "01. Assembly Majority Victory Fund $188,400",
             "02. United Public Workers Council $27,650",
             "03. Friends of Ned Castell (Assembly 31) $19,200",
             "04. Statewide Teachers Alliance $15,900",
             "05. Metro Builders Roundtable $14,750",
             "06. Tenant Owners Coalition $12,300",
             "07. Granite Paving Co. (roadwork, Millbrook) $11,800",
             "08. Committee for Ada Pruett (Assembly 12) $10,600",
             "09. Keep Lou Sandoval Working (Assembly 40) $10,250",
             "10. Affordable Homes First (property owners) $10,000",
             "11. State Realty Council $9,900",
             "12. Hospital Partners Association $9,400",
             "13. Northway Broadband $9,000",
             "14. Restaurant & Lodging Workers Local 8 $8,750",
         ]),
    _neg("b178-lakeshorehighvoice-holidaycharities-neg",
         "Invented; modelled on Howell Main Four (student essay on a charity's kettle drive)", "en", [
             "Local groups keep spreading holiday joy to struggling households",
             "For most people, the holidays mean exchanging presents.  Kids can hardly sleep before racing to the living room to check what appeared overnight, and moms and dads can't wait to watch them tear off the wrapping.",
             "Sadly, not every kid wakes up to that storybook scene.  A parent gets laid off, someone falls sick, and sometimes the budget simply doesn't stretch far enough.",
             "Every kid deserves to unwrap something on the big morning.  No parent should have to find words for why nothing was waiting. Aid groups step in so families short on cash can still put presents out.",
             "Each winter, right along with the first flurries, the jingling hand bells and the collection buckets show up by the supermarket doors and the mall entrances. People hurrying past in the cold drop in their loose coins for the bell ringer. Those few coins add up and can change a kid's whole holiday.",
             "The Helping Hands Mission runs the whole effort. The money pays for holiday meals, coats, and toys for households that need them. Volunteers bring presents to clinics and care homes, and shelters serve hot dinners. The goal, they say, is keeping the heart of the holidays alive.",
             "The bucket drive is the mission's best-known campaign – and it keeps expanding. The group's site says that at this point last winter it was helping 4,000 households across the country, and this winter that figure is above 6,500. The bell-ringing custom began in 1902 in Chicago and has since reached many countries.",
             "Plenty of other groups also hold holiday drives for families who are struggling.",
         ]),
    _neg("b178-valleytv12-gamingcommission-grants-neg",
         "Invented; modelled on LocalDVM (short TV item on charity grant totals)", "en", [
             "The Allegany County Charitable Gaming Board released its 2022 grant awards.",
             "Faced with 92 requests from 77 groups, the board said choosing recipients and deciding award sizes had been hard. Board chair Loretta Vandermeer said the board had $1,837,412.40 to hand out to local nonprofits in 2022. Of that, the Allegany County Fire and Ambulance Association got $918,706.20.",
             "The money comes from a levy on pull-tab games across the county. The $1.8 million total was roughly $54,310 more than in fiscal 2021.",
         ]),
    _neg("b178-deltacountyherald-yearend-topten-neg",
         "Invented; modelled on Bucks County Beacon (editor's year-end list about the outlet's own growth)", "en", [
             "The Delta County Herald kept expanding over the last twelve months. We added reporters and staff and reached more readers, both here at home and around Michigan and beyond. Year after year, we keep showing why independent hometown news matters to a town and to self-government.",
             "My job was to pick our ten \"Best\" pieces of 2024 – nearly hopeless, given how much strong work our expanding team of reporters and contributors produced. So think of these as ten I personally loved; ten others could easily have taken their places.",
             "Which pieces stuck with you this year? And what should we cover more of in 2025? Email me at editor(at)example.org, or reply on the Delta County Herald's social pages under this post.",
             "10. Delta County Herald Chosen for Regional News Partnership Trial, by Gus Okonkwo",
             "In March, the Delta County Herald joined roughly 40 independent outlets around the country picked for a trial run backed by the Great Lakes Press Foundation (GLPF).",
             "“Hometown outlets are where communities learn what affects them, but too often they don't have the means to do that work well. Accurate, independent reporting is what holds a civic life together,” GLPF president Hannah Moreau said in an announcement. “This trial is our opening move toward closing that gap, so that regional and hometown outlets can cover the issues that nobody else would.”",
             "Outlets in the trial get access to the foundation's shared statewide and national stories and pictures, plus help adapting big stories and data for local readers.",
         ]),
    _neg("b178-capitalrecord-letter-donatepaper-neg",
         "Invented; modelled on Helena Independent Record (reader letter urging a chain to donate the paper)", "en", [
             "Coastline Media purchased the Capital Record from the Granite Mining Co. 58 years back.",
             "Now, Coastline ought to repay that trust by handing the masthead and reader rolls to a local nonprofit. Or, in the words of its bookkeepers, claim the tax write-off while the paper is still worth something.",
             "These days our daily hometown coverage amounts to a story or two written in Pierre, perhaps double that from elsewhere in South Dakota, a few handouts and calendar notices, and three pages of high school sports three days a week. That's thin. Wire features from places unknown are no replacement for local reporting.",
             "Even readers who love the feel of paper will someday drop a paper that isn't local, above all one that arrives only when the postal carrier gets around to it. Once we're gone, the presses and Coastline's buildings across the state can go to whoever pays most.",
             "At that point, Coastline can let the remains wither. Or it can sell or hand the paper over to a nonprofit, which happened not long ago in Vermont and is happening in other states.",
             "Coastline should tell South Dakota towns it is open to doing likewise.",
             "Margaret Ostby,",
             "Pierre",
         ]),
    _neg("b178-riverbendsentinel-letter-furloughs-neg",
         "Invented; modelled on The Free Lance-Star (reader letter praising the paper, criticising furloughs)", "en", [
             "Our hometown daily matters now more than ever",
             "Thanks, Riverbend Sentinel. We can't do without you!",
             "More than at any other time, in these lockdown months, I count on the paper edition of the Riverbend Sentinel each morning. Getting the newest hometown stories, happenings, cartoons, word games and brain teasers on real paper means a great deal to me and, I suspect, to plenty of my neighbors.",
             "I'm grateful for the many hardworking people who give so much to print the paper and bring it to our doors seven days a week, whatever the weather.",
             "I saw in the April 4 issue that Sentinel workers are being sent home without pay because of a \"drop in ad sales\" during the outbreak. What a shame! Just when hometown papers matter most, the parent company, Keystone Newsgroup, only cares about its lost income.",
             "I believe the whole town would agree with me that we rely on what our papers bring us in good times and even more in bad ones. I hope Keystone Newsgroup sees this, reconsiders, and rewards its workers for all they do for us.",
             "Harold Ng",
             "Oakridge Heights",
         ]),
    _neg("b178-northstar6-publisher-giveaway-neg",
         "Invented; modelled on KTTC (wire story on a publisher giving away his weekly)", "en", [
             "Owner hopes to hand off weekly paper, head overseas to volunteer",
             "By The Wire Service",
             "Published: Jun. 14, 2023 at 2:10 PM CDT|Updated: 3 hours ago",
             "HARMONY, Wis. (WS) - The man who owns a small-town weekly in western Wisconsin wants to pass the paper on for nothing so he can volunteer with a relief group abroad.",
             "Wisconsin public broadcasters report that Harmony-Elkhorn Gazette owner and editor Walt Brickner is ready to build shelters, tutor kids or haul supplies overseas.",
             "First, though, he hopes to hand off the paper at no cost.",
             "Brickner puts out the paper on his own for roughly 650 paying readers and wants whoever takes it to care about hometown news.",
             "He warns that the communities he covers would be worse off without it.",
             "Copyright 2023 NorthStar 6. All rights reserved.",
         ]),
    _neg("b178-kesslerblog-chain-troubles-neg",
         "Invented; modelled on David Swartzlander (blog) (former reporter on a chain's finances)", "en", [
             "The paper I used to work for, the Platte Valley Courier, along with the rest of the Heartland Media titles, could be in serious money trouble now that the owner, Heartland Media of Grand Island, Neb., is reportedly \"selling the silverware to make payroll.\"",
             "It doesn't shock me, and I'm glad I left when I did, 11 years back. I suppose I saw it coming. As at other newspaper groups, the emphasis looked to be on profits more than on solid reporting. Still, it makes me sad. Here's to hoping reports of Heartland's collapse are overblown, or that the Courier keeps printing.",
         ]),
    _neg("b178-buttecountyclarion-legalnotices-editorial-neg",
         "Invented; modelled on Hartley Sentinel (editorial on legal notices, cut off)", "en", [
             "Oregonians can't miss what they never see",
             "The gap between decent Oregon towns and flourishing ones, a longtime state treasurer liked to say, comes down to a hometown bank and a committed local paper.",
             "Hometown papers help make Oregon feel like Oregon.",
             "That is why it's so worrying that some state senators want public notices moved to a yet-to-be-built state website, with no requirement that they run in a local paper.",
             "Senate Bill 712 would effectively strip away a vital piece of your paper, shrinking the coverage, and in the process, hobble...",
         ]),
    _neg("b178-bayviewdemocrats-relayed-editorial-neg",
         "Invented; modelled on Charlotte County Democrats (blog) (relayed editorial with a subscribe plea for another paper)", "en", [
             "Kind words won't pour foundations for starter homes",
             "Editor's note:  The Gulf Breeze Tribune, our hometown paper, often weighs in on  issues close to home. Twice in the last week it took up the housing shortage.  We appreciate them keeping us informed.  Please back the Tribune with a paid subscription! The Gulf Breeze Tribune, Editorial Board, March 14, 2022. OUR VIEW: Housing remains a stubborn",
             "Continue Reading »",
         ]),
    _neg("b178-hilltownpost-about-linklist-neg",
         "Invented; modelled on The Berkshire Edge (about-us note and numbered link list with a student fundraiser)", "en", [
             "The Hilltown Post is an independently owned publication covering the valley. We aim to offer – often and thoroughly – coverage that genuinely mirrors the daily life, passions and hopes of this remarkably lively and varied region.",
             "Grounded in sound reporting practice, even-handedness, the search for accuracy, a dedication to fairness for people and the land, and a deep fondness for the stubborn character of the hill towns, The Hilltown Post brings thorough local reporting and features, arts criticism, a broad range of opinion, and a full listing of happenings – all crafted, pictured, and now and then staged, with humor, brains, perception and warmth.",
             "1. The Millbrook Town Council took ideas from residents about spending $1.6 million in federal relief money — an unexpected bonus. Fixing the Ashfield reservoir pipes, starter homes and extending the sewer were among the ideas residents raised:",
             "https://hilltownpost.example.org/millbrook-residents-offer-ideas-for-federal-relief-money-reservoir-sewer-housing/",
             "2. The Millbrook Town Council is also weighing a rule to keep \"absentee investors\" from running vacation rentals:",
             "3. Students at Ridgefield Valley High School have launched a drive to raise money for research into a rare muscle disorder — an illness affecting one of the school's alumni, Theo Marchetti, now a sophomore at Northfield College. The drive caught the eye of Summit Outfitters, which has pledged to match the students' total twice over:",
             "https://hilltownpost.example.org/students-rally-for-theos-fund-summit-outfitters-pledges-double-match-birthday-goal/",
         ]),
]


BATCH178_DOCUMENTS = BATCH178_APPEAL_DOCUMENTS + BATCH178_NEGATIVE_DOCUMENTS
