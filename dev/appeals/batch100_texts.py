"""Batch 100: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (12 appeal, 12 negative; all EN): our own paraphrases of every document of the
local-only real probe 80 (24 documents). Each keeps the real page's structure line for line (no blank
lines, as in the real pages; a "Posted By on" dateline with its photo-credit bullet, a numbered
top-ten headline list whose last two items are glued onto one line, a letters policy with an
obfuscated "[email protected]" line, homepage and archive lists of headline/dek pairs, a history
archive with photo-caption lines, byline and "N slides" lines, a reporter bio block, a magazine
volume/issue header, a morning newsletter with emoji bullets and a sign-off, a fair column with one
trailing space, a campaign-finance list, a quoted-statement line with a trailing space, doubled spaces
inside a beer-magazine feature, and cut-off endings mid-word) and exactly what the real gold marks: a
one-line press-club membership appeal above a blog post; an end-of-page "support local reporting /
become an insider" block cut mid-word after a letters policy; a two-line matched-donation box inside
a year-end letter to readers; a newsletter-plus-support pair at the top, a three-line newsletter block
in the middle and a cut "back nonprofit, independent reporti" line at the end of a section index; a
weekly newsletter box among homepage headlines and a four-line "free to read, powered by readers"
donation block at the end; a two-line donate block at the top of a homepage; a subscription bundle
offer (three lines) at the top and a two-line cash-gift plea in the middle of a history archive; a
two-line newsletter box in an archive list; a two-line topical newsletter sign-up above a reporter
bio; a magazine's sustainer appeal with bullet lines cut mid-item; a thank-you to members of a
membership drive that is only the second half of a sign-off line (the "see you" part stays text); a
one-line "Subscribe for N¢ / day" bar above a cut column. Negatives keep what makes the real ones
hard: an arts-news site reprinting another free weekly's layoff letter that ends in that weekly's own
donation ask, a tech story on a daily cutting its free-article allowance, a mayoral campaign-finance
report, a council candidates' bank-balance breakdown, a blogger on a daily's single-copy price rise,
a journalism fund's "support your local paper" letter relayed by a blog, an editor's year-end thanks
to advertisers and a wage subsidy, two charity-campaign kickoffs with goals and totals, a TV report
on a benefit for a fire-stricken family, a columnist's rant about brewery crowdfunding rewards, and a
feature on community-funded breweries with pledge sums.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). Places are
invented too: every town, county, state, island, river, mountain and street is a made-up name (any
likeness to a real small place's name is accidental), no real town, state or country is named, and
real organisations, charities and crowdfunding platforms are replaced by invented ones (only the
bare "On Twitter:" label of a reporter's contact line is kept). The modelled real outlet is noted in
each outlet field. Like the earlier batches `build_devset.py --batch100` takes each text as it stands,
locates every gold appeal substring in it (asserted unique) and writes Fixtures/unseen-batch100.jsonl.
Named `unseen-` because no rule is fitted to it (the line scorer does train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 80: appeal documents -----------------------------------------------------------------

_LAKEFRONT_CLUB = "Become a Lakefront Beat Backer. Because Silent Newsrooms Are Bad News."

_LANTERN_INSIDER = "\n".join([
    "Back Independent Local Reporting.",
    "Become a Ferrisport Metro Lantern Insider",
    "Reporting on where you live is a public good. Knowing what happens shapes what you can do about it. We think every resident should be able to read careful, independent reporting on their town and region. Readers like you carried our newsroom through 2020, and we can't thank you enough.",
    "Help us carry this work into 2021. A single thank-you gift for this story or a monthly pledge as a member — either way, your money pays for reporting done right here by our lean, stubborn staff.",
    "Become a Metro Lantern Insider starting at just $4 a mo",
])

_CALVERLY_MATCH = "\n".join([
    "Help fund the hometown reporting Callowend County needs",
    "Gifts made before Dec. 31 can be matched by two pledges worth $20,000 combined — tripling what your dollars do here at home.",
])

_CITYSIDE_TOP = "\n".join([
    "Get Our Newsletters",
    "Back Cityside Ledger's watchdog reporting that keeps those in charge answerable.",
])

_CITYSIDE_MIDDLE = "\n".join([
    "Help Cityside Ledger push for a fairer city.",
    "Receive the newest Cityside Ledger stories each week, right in your inbox.",
    "Add your email to get our weekly digest of reporting and commentary - don't miss a sharp investigation, a bold op-ed or a podcast that makes headlines.",
])

_CITYSIDE_END = "Back nonprofit, independent reporti"

_TLLW_WEEKLY = "\n".join([
    "Stay Current on Tallowmere",
    "Every Tuesday, we'll email you the week's top stories, plus a look ahead at weekend happenings",
])

_TLLW_READERS = "\n".join([
    "TllwNow:",
    "Free to read, every day.",
    "Powered by readers.",
    "Please stand with the neighbors who fund TllwNow's work: independent reporting that ties Tallowmere residents to their town and strengthens civic life.",
])

_LEVERS_GIVE = "\n".join([
    "Chip in",
    "Levers is a nonprofit newsroom kept alive by its readers: give today so Levers can keep going! And find out who we are over here.",
])

_VERRANE_BUNDLE = "\n".join([
    "Back the Verrane Observer and get a gift from Hearthside Quarterly or the Stonereach Chamber Orchestra!",
    "For a short time only, buy a yearly Digital Subscription to the Verrane Observer and pick either a one-year subscription to Hearthside Quarterly or a four-month season pass to the Stonereach Chamber Orchestra.",
    "Already a subscriber? Grab the offer today and the bonus months will be added to the plan you already have.",
])

_VERRANE_GIFT = "\n".join([
    "With you beside us, we'll make it through this",
    "Our tiny newsroom has been putting in long days covering every twist of the pandemic along with all the other stories that count. Please back us with a gift of money.",
])

_BRACKENPORT_NEWS = "\n".join([
    "Get the Brackenport Beat Newsletters",
    "Sign up today and have fresh stories land right in your inbox.",
])

_PINEMESA_SAFETY = "\n".join([
    "Get our Public Safety newsletter",
    "Keep up with local crime and courtroom news in this weekly email.",
])

_MERIDIAN_SUSTAINERS = "\n".join([
    "A circle of readers",
    "Because we run mostly on volunteer effort, we invite you, our readers, to think of yourselves as partners in this bold venture and to find your own way to pitch in. If raising a child takes a village (and childhood is the theme of this Summer issue, as it happens), keeping a magazine alive takes a whole community. For those of you with no time at all to spare, we gladly accept gifts of money that help build a future worth hoping for, instead of yet another rerun of business as usual.",
    "We rely on our SUSTAINERS",
    "The 130 readers who are Meridian sustainers give more than $18,000 to our budget every year between them. That covers the printing costs of three of our four quarterly issues. Would you like to help cover printing for the fourth?",
    "• Set up a monthly gift of $10, $25 or more through an automatic transfer from your bank or credit union.",
    "• Send a one-time",
])

_RIDGECOMBE_THANKS = (
    "Before I sign off, a huge thank-you to the new RCD members who have given so far in our spring "
    "membership push — and an equally huge thank-you to the members who gave before it began."
)

_HALDEN_BAR = "Subscribe for 21¢ / day"


PROBE80_APPEALS = [
    _doc("b100-lakefrontbeat-islandtesting-top", "appeal", "top",
         "Invented; modelled on Cleveland Scene (alt-weekly blog post, one-line press-club membership appeal above the dateline)", "en", [
             _LAKEFRONT_CLUB,
             "Thursday, August 6, 2020",
             "41 Test Positive for Virus in Gullreach Island's Screening of Residents, Workers",
             "Posted By on Thu, Aug 6, 2020 at 11:12 AM",
             "• Renata Voss, Lakefront Beat",
             "Forty-one of the 1,127 Gullreach Island residents and seasonal workers screened last weekend came back positive for the virus. That total may still grow, since 52 results are outstanding.",
             "The 3.6% positivity rate sits above recent regional figures but below what health staff had feared.",
             "“Nobody is going to be ordered to close,” the Brandtmoor County health commissioner said to the Marrowport Courier.",
             "\"It's a relief to see so many negatives come back. Owners can use this to keep their doors open safely,\" mayor Colette Ambry said to the Courier.",
             "Health workers will call the positive cases first, ask them to stay home and then track down anyone they spent time near.",
         ], appeals=[_LAKEFRONT_CLUB]),
    _doc("b100-ferrisportlantern-topten-letters-end", "appeal", "end",
         "Invented; modelled on Detroit Metro Times (numbered top-ten list, letters policy, insider membership block cut mid-word)", "en", [
             "10. “Ferrisport organizer live-streams clinic visit to protest new state law”",
             "9. \"‘Portraits of the North Side’ at the city museum is the show longtime residents waited for”",
             "8. “Linwick alderwoman enters race for redrawn legislative seat”",
             "7. “State party vice chair mocks first Latina deputy governor as a ‘puppet in a mask’”",
             "6. “Muralist Dana Okoro headlines the comeback of Ferrisport's Midnight Art Fair”",
             "5. \"Radio documentary revisits case of ex-Hollowmere deputy who kept hateful flyer at home”",
             "4. “Thornecrest Vineyards to pour its first local glass in Ferrisport's Mill District”",
             "3. “Federal investigators look into phony vote certifiers in four states”",
             "2. \"Parent at Linwick board meeting shouted slur after son was suspended for the same word”1. \"Highway patrol sergeant sues, says he was fired for reporting bosses who drank on shift”",
             "We invite readers to send letters about stories and features in Ferrisport Metro Lantern. Letters must run at least 200 words, respond to something Ferrisport Metro Lantern has published, and carry the writer's full name, street address and phone number so we can confirm them. We do not open attachments. Authors whose letters are chosen will hear from us by email. We may trim or edit letters to fit.",
             "Send mail to [email protected].",
             _LANTERN_INSIDER,
         ], appeals=[_LANTERN_INSIDER]),
    _doc("b100-calverlydispatch-yearend-middle", "appeal", "middle",
         "Invented; modelled on Fort Worth Report (year-end letter to readers, two-line matched-donation box mid-letter)", "en", [
             "The reindeer were very kind to us this year.",
             "Over 2023, we moved into a bigger newsroom with twice the desks, and the readership of our email briefings more than doubled too.",
             "None of this happens without you. In true Calverly Springs fashion, you and the people on your block have stepped up to back us and lift us up as a trusted voice for this region.",
             "Powered by your enthusiasm, the Calverly Springs Dispatch has reached big milestones in 2023. From long-haul investigations to stories that center voices rarely heard, your backing made every bit of it happen.",
             _CALVERLY_MATCH,
             "Our membership lead, Ines Okonkwo, one of this year's happy new arrivals, gathered these highlights from our 2023 coverage:",
             "Reedmarsh Island: Our steady reporting on Reedmarsh Island, the planned billion-dollar levee and redevelopment scheme, has lifted the curtain on a project that has been in motion for more than 20 years, usually with scant public scrutiny.",
             "One retired county commissioner told us our series taught her more about what the project could mean for our wallets and our river than she had learned since leaving office in 2011.",
             "Ambulance services: Our accountability reporter dug into why CareLine, which runs ambulance service in and around Calverly Springs, keeps running multimillion-dollar deficits. The city has since launched its own review to fix it.",
             "Housing costs: By untangling how affordable housing actually works in Calverly Springs, our reporting has become an essential guide as the city grows fast. Stories of families fighting over property titles and facing eviction show what is at stake, and help neighbors understand one another.",
             "As the city wrestles with its housing squeeze, our civic forums and o",
         ], appeals=[_CALVERLY_MATCH]),
    _doc("b100-citysideledger-shelters-top+middle+end", "appeal", "top+middle+end",
         "Invented; modelled on City Limits (section index; newsletter-and-support pair at top, three-line newsletter block mid-page, cut support line at the end)", "en", [
             _CITYSIDE_TOP,
             "For a month, Cityside Ledger has been talking with people housed at two of the city's Emergency Arrival and Shelter Sites, or EASS: one at the Corliss Inn and another at the Halvard Suites in Eastquay, where single men were recently moved out and sent to a dormitory-style site at the Pier 9 Ferry Hall in Gullpoint.",
             _CITYSIDE_MIDDLE,
             "Rising Water: Climate and the City",
             "Only 280 workers care for more than 790,000 street and park trees citywide. The mayor's draft budget would cut $38 million from the parks agency, a move tree advocates fear marks a retreat from his pledge to keep the city's canopy thriving.",
             "Under One Roof: Families and the Shelter Emergency",
             "Across the city, staff at nonprofits paid by the city to deliver support and basic services in a moment of deep crisis say they are stretched thin, exhausted and burning out. With prices climbing all around them, many say their thin paychecks make it hard to stay in the field, even after a modest raise from city and state.",
             "Next Stop",
             "“If our city and state leaders really believe fairness and a livable climate are core values, raising subway and bus fares would be off the table. And if the point is to win riders back to the region's best transit network, why push them away with steeper fares?”",
             _CITYSIDE_END,
         ], appeals=[_CITYSIDE_TOP, _CITYSIDE_MIDDLE, _CITYSIDE_END]),
    _doc("b100-tllwnow-homepage-middle+end", "appeal", "middle+end",
         "Invented; modelled on LkldNow (homepage headline/dek list, weekly newsletter box mid-list, reader-funded donation block at the end)", "en", [
             "Tallowmere Utilities Weighs Smaller Fuel Charge and Higher Base Rate",
             "An average household would pay $14 less on the fuel charge from April and $2.10 more on the base rate from May, under two plans expected to pass.",
             "Street Where Gunfire Erupted Has Been Target of Revival Efforts",
             "The Orchard Row area is still climbing out of years of vacant lots, addiction and street crime.",
             "Detectives Say They Found Car Linked to Shooting of 9 People",
             "Investigators have named a suspect, possibly more than one, from the men in the vehicle the shots came from, the chief says.",
             "TPD Chief: 9 People Shot in ‘Planned’ Attack Near Downtown Tallowmere",
             "Three were badly hurt; the other six had injuries not considered life-threatening.",
             _TLLW_WEEKLY,
             "TPD Chief Asks State Investigators to Review Filmed Arrest",
             "Three officers are on paid leave. They must cooperate with investigators but cannot act as police.",
             "TPD Officers Pulled From Patrol Over Filmed Arrest",
             "The move followed the chief's statement that he had ‘received new details’ about the beating of a man in custody.",
             "Youth Drumline Contest Will Open Heritage Month",
             "Tallowmere's Southside Cadence Crew will welcome young drummers from across the region for the event",
             "Pastors to Governor: Undo the Cut to Heritage Studies Course",
             "The rally was organized by the local civil-rights league after the governor announced that a new advanced course would not be offered in state schools.",
             "Parents Group Is Challenging More School Library Titles",
             "Kesslebury County Parents for Standards wants 12 books pulled from two new county middle schools.",
             _TLLW_READERS,
         ], appeals=[_TLLW_WEEKLY, _TLLW_READERS]),
    _doc("b100-levers-homepage-top", "appeal", "top",
         "Invented; modelled on Bolts (nonprofit politics homepage, two-line donate block at the top above section/headline/dek triples)", "en", [
             _LEVERS_GIVE,
             "Learn about High Courts",
             "Your Court-by-Court Map of Every Highest Bench",
             "Levers explains how each high court is built, how its judges get picked, and what it actually does.",
             "Learn About Vote Counting",
             "Who Tallies the Ballots?",
             "Which county and regional officials are in charge of counting, checking, and certifying results?",
             "In 2024, Power Starts Close to Home",
             "Levers covers the gears of power and political change, starting at the local level. Our reporting follows the places, people, and rules behind public decisions. Our focus is criminal justice and voting access, with deeper dives in our section Ballot Watch.",
             "Restoring the Vote",
             "Eastmarch Advocates Step In to Turn Restored Voting Rights Into Real Ballots",
             "After the governor restored rights to tens of thousands in 2020, a coalition led by people who were once incarcerated is reaching out so they know they can vote.",
             "Citizen Lawmaking",
             "‘This Is Ours to Put on the Ballot’: Organizers on Protecting Citizen Initiatives",
             "Levers brought together three organizers from Eastmarch, Pell Valley, and Ardovale for a conversation on the attacks on ballot measures they are resisting at home, and what they have learned.",
             "Registering Voters",
             "Westmarch Law Is First to Sign Up Voters Automatically as They Walk Out of Prison",
             "Lawmakers approved a bill that also widens automatic registration in other ways, such as at public-health-insurance offices, and will likely add many new voters to the rolls.",
             "Voting in Ardovale",
             "Immigrant Organizing Helps Win Local Voting for Noncitizens in Ardovale Towns",
             "Four Ardovale towns now let every resident with legal status vote in local races, giving them a voice on matters ranging from school boards to how their town government is built.",
         ], appeals=[_LEVERS_GIVE]),
    _doc("b100-verraneobserver-history-top+middle", "appeal", "top+middle",
         "Invented; modelled on Arkansas Times (history archive with caption lines, subscription bundle offer at top, cash-gift plea mid-list)", "en", [
             _VERRANE_BUNDLE,
             "Cattle, fevers and the old quarantine wars",
             "A lost historical echo of the pandemic.",
             "A civil rights turning point in Stonereach",
             "The 1976 Delta Freedom Congress.",
             _VERRANE_GIFT,
             "How segregation shaped the fight against unions in Verrane",
             "Driven by profit and white supremacist views, the planters' association, business chambers and others joined segregationists to pass the ‘open shop’ law.",
             "Old Stonereach, seen through the Hotel Marlowe",
             "From recollections by Adelaide Marlowe and Thomas Marlowe",
             "Governor Ellery Vance's plan for public schools began with a Thistlebrook pilot school",
             "In 1958, Ellery Vance made the school board in his home town of Thistlebrook an offer it could hardly turn down: open access to his large inherited railroad fortune to pay for a pilot school program meant to become the model for the state, the region and the country.",
             "Men in suits at a card table",
             "Wired-up Saltwell Springs",
             "Betting has shaped the resort town since the 1910s.",
             "Gov. Harlan Pruitt",
             "Young-earth activists v. Verrane",
             "A new look at the 1982 “Genesis Case.”",
             "Gov. Lyle Dunfield shakes hands with a voter in Fairwold in 1960.",
             "An overlooked challenger and the 1960 Verrane governor's contest",
             "Walt Ransome's overlooked run and the 1960 vote for Verrane governor. An exclusive excerpt from Irene Falk's political memoir.",
         ], appeals=[_VERRANE_BUNDLE, _VERRANE_GIFT]),
    _doc("b100-brackenportbeat-archive-middle", "appeal", "middle",
         "Invented; modelled on Cincinnati CityBeat (news archive list with bylines and slide count, two-line newsletter box mid-list)", "en", [
             "Vellandy News",
             "Lower Vellandy Leads Country in Virus Deaths This Past Week",
             "Although hospital stays and new cases are falling, they are still happening at some of the steepest rates of the outbreak.",
             "Lower Vellandy recorded more virus deaths than any other region over the past seven days. The figure, drawn from a national newspaper's tracker of federal numbers, undercuts the hopeful news that cases and admissions linked to the new virus have dropped through January 2022 in Lower Vellandy and across the country...",
             _BRACKENPORT_NEWS,
             "These Old Photos Capture Brackenport During the Great Ice Storm of '81",
             "Today it's remembered with a shudder. Forty-one years ago, it was a citywide disaster for the Brackenport region when…",
             "By Beat Staff",
             "\"Snowbanks along Tanner Avenue, looking east\"",
             "28 slides",
             "18 Brackenport Stories From 2021 We Won't Forget",
             "What's there to say about 2021? The pandemic's second year was a bit livelier than 2020, thanks to safe, effective…",
             "By Marisa Kettering",
             "The Harrow Street Bridge Is Finally Back to Full Lanes",
             "What a day Oct. 19 turned out to be! After nearly nine months of closed lanes, detours and monstrous backups, the Harrow Street Bridge linking Brackenport with Fennick Crossing opened fully to normal traffic again. The country's third-worst chokepoint for freight haulers was in one piece again. Read the Beat's story on the bridge's long-running headaches (and it isn't the only local span with trouble).",
         ], appeals=[_BRACKENPORT_NEWS]),
    _doc("b100-pinemesastar-shooting-end", "appeal", "end",
         "Invented; modelled on Arizona Daily Star (short crime brief, topical newsletter sign-up above the reporter bio)", "en", [
             "A man has been taken into custody after a shooting Saturday on the north side of the city, Pinemesa police say.",
             "Shortly after 3 p.m. Saturday, officers responded to the 2200 block of North Corran Avenue, just east of Route 9, after calls about gunfire, said Teodoro Ruiz, a spokesman for the Pinemesa Police Department.",
             "One man was driven to a hospital with critical wounds and another was taken into custody, Ruiz said. The investigation is ongoing.",
             "Reach reporter Lucia Ferrante at lferrante@pinemesa-star.example.com. On Twitter: @FerranteReports",
             _PINEMESA_SAFETY,
             "Lucia Ferrante",
             "Reporter",
             "Lucia grew up in Pinemesa and earned her degree from Pinemesa State University in 2015. She reported for papers in Tamsett Falls, Grellsby and Oxbow Landing before coming home to Pinemesa.",
         ], appeals=[_PINEMESA_SAFETY]),
    _doc("b100-leftmeridian-editorial-end", "appeal", "end",
         "Invented; modelled on Canadian Dimension (magazine issue editorial, sustainer appeal with bullet lines cut mid-item)", "en", [
             "Volume 44, Issue 3: Summer 2017",
             "Summer is a season for fresh starts",
             "A new shape for Meridian",
             "Welcome to the Summer issue of Left Meridian. With this issue we step into a new chapter for the magazine. Our new setup centres on a steering group that will work through a handful of standing teams to tighten how editorial work is coordinated, both for print and for our expanding online work. One editorial team will handle the central theme of each print issue, while another will look after the regular columns and departments. Our web team will make sure Meridian builds an active presence online, keeping pace with breaking stories, events and trends. The two remaining teams will shore up the money side and keep our outreach is in good shape. On top of that, we are relying on a network of friends (some of them, we hope, from the old editorial board) to back the new setup with ideas and energy.",
             _MERIDIAN_SUSTAINERS,
         ], appeals=[_MERIDIAN_SUSTAINERS]),
    _doc("b100-ridgecombecivicdesk-morningbrief-middle", "appeal", "middle",
         "Invented; modelled on Boulder Reporting Lab (morning newsletter with emoji bullets; thanks to membership-drive donors as the second half of the sign-off line)", "en", [
             "Good morning, Ridgecombe! ☀️ Ready for a little local news? We've got plenty.",
             "Today's lead story from Priya Lanning examines new gun rules approved last night by Ridgecombe City Council. The set of ordinances — including a ban on high-capacity magazines and bump-style devices — ranks among the toughest local limits on firearms in the state. Quillmont and Barrowvale passed similar rules as part of a regional push to shield Dunmere County residents from shootings, whereas towns along the Tessmark County line made smaller changes.",
             "Plus: the Quillmont Town Board's vote to waive sprinkler rules for families rebuilding after the wildfire, a new housing task force looking for volunteers, this weekend's Riverfront Music Days and more.",
             "See you Thursday, friends. 👋 " + _RIDGECOMBE_THANKS,
             "– Marlo, managing editor",
             "The final glow of a long May evening dims over Cinder Peak at 8:47 p.m. on Tuesday, May 24. Credit: Priya Lanning",
             "🌤️ Sunny and mild: Look for highs in the low 70s today under clear skies. Temperatures should keep climbing through Sunday, when highs could approach 85 degrees.",
             "Cost of clearing camps: Over the past 20 months, the City of Ridgecombe has spent $3.4 million removing homeless camps, a city staff memo shows. On March 9, 2021, the council voted down a plan for a sanctioned campground and instead approved a pilot that added five police officers and a city “Rapid Response Crew” mostly assigned to removing the tents and belongings of people sleeping outdoors. City figures suggest the number of camps has grown since the crackdown began.",
             "🚲 Bike theft hearing: Six people charged with allegedly running a regional bi",
         ], appeals=[_RIDGECOMBE_THANKS]),
    _doc("b100-haldenherald-fairs-top", "appeal", "top",
         "Invented; modelled on Forest City Summit on the Globe Gazette site (per-day subscribe bar above a cut fair column)", "en", [
             _HALDEN_BAR,
             "As usual, both fairs were smoothly organized and drew big crowds.",
             "I doubt anybody who went this summer left let down by what the fairs had on offer.",
             "Every year, the fair boards work hard to add new contests and attractions, which keeps fairgoers guessing about what comes next.",
             "I can hardly picture the hours that go into getting ready for the fairs, never mind the time it takes to keep everything running during the week — and all of it done by volunteers.",
             "Next time you run into a fair board member from either fair, give them thanks for another great year. “Tip of the cap” to the Orrinford and Haldenmoor County Fair Boards.",
             "Which part of the fairs did you enjoy most?",
             "I cover lots of corners of the fair, and I'd say anything involving the county's young people is the highlight.",
             "It's wonderful to watch them recognized for their effort and commitment to whatever they were showing — from goats and poultry to exhibits in the youth building. ",
             "Along with the young exhibitors' effort, there is the effort of their parents.",
             "Being a parent of a youth club member gives you a close view of the work behind a good and worthwhile fair.",
             "I'd urge every parent to get their kids into Sprout League. Your child will get so much out of it.",
             "I say that from experience: one of my kids was in Sprout League for 11 years. Those years mattered to her growth as much as her 12 years of school.",
             "I said it before but it bears repeating: Every child deserves the chance to join Sprout League, whether through Seedlings, a local club or one of the special-interest clubs in the county program.",
             "There are very few low-cost programs like Sprout League that shape a person's life so deeply.",
             "“Grow where you're planted” — what a lesson to teach our kids today.",
             "A special “tip of the cap” to all of the livestock show superin",
         ], appeals=[_HALDEN_BAR]),
]


# --- Probe 80: negatives -------------------------------------------------------------------------

PROBE80_NEGATIVES = [
    _neg("b100-stagelightwire-harborreachweekly-layoffs-donation-relayed-neg",
         "Invented; modelled on BroadwayWorld (arts-news site reprinting another free weekly's layoff letter with that weekly's donation ask)", "en", [
             "Because of the sudden economic collapse caused by the pandemic, Harborreach Weekly is devastated to share that we furloughed 9 staff members today. The cuts touched nearly every team, including advertising, design, newsroom and events. We truly hope that once this storm passes we can bring these deeply valued colleagues back, but right now we cannot say when.",
             "In the interest of openness: because we are a free paper and site, every dollar of Harborreach Weekly's income depends on our community gathering in person — in restaurants, bars, theaters, galleries, parks and at the events and festivals we host ourselves. With most of our advertisers shutting down as stay-home orders take hold, we see no way forward with our full staff. Everyone who remains across the company is taking reduced pay and doing several jobs for now.",
             "\"I hope that very soon we can get back to normal. It breaks our hearts to lose so many hardworking, gifted people,\" Harborreach Weekly publisher Dorian Macklin said. \"Until then, our tiny but tough team stays devoted to the Saltreach Bay region, our advertisers and reporting for the city we love.\"",
             "We can't see what's ahead, but since Saltreach Bay needs all the information it can get right now, we'll be working like mad to bring you the stories you need — and a few you don't. To keep serving you, we're asking: if you can back us with a donation, please do. Every gift will help keep your free, independent news source running one more day.",
             "It's a brutal time for all of us, but we're ready for it, and we're thankful, dear reader, for sticking with us.",
             "With love,",
             "The Harborreach Weekly Team",
         ]),
    _neg("b100-pixelledger-tessingtoncourier-meter-neg",
         "Invented; modelled on Digital Trends (tech story on a daily cutting its free-article allowance, subscriber counts)", "en", [
             "Tessington Courier trims free stories as more readers pay",
             "Tessington Courier",
             "The Tessington Courier said today it is cutting how many stories visitors may open without paying on its site each month from 25 to 12. The change arrives a year after the long-running daily first unveiled its digital subscription plan and began limiting free reading on its site. The paper also said it now counts roughly 381,000 paying digital subscribers.",
             "“Last year changed The Courier as we started charging for online access to our work,” said Tessington Courier Group chairman and acting CEO Howard Ellison III, in a statement. “We knew readers valued our journalism highly, and we expected they would welcome our digital plans.”",
             "The new cap of 12 free items per month will function much like the old cap of 25: visitors can open up to 12 items (videos, photo galleries and other features included) each month. After that, any further attempt to read TessingtonCourier.example.com will bring up an invitation to buy a digital subscription. Readers who arrive at Courier stories through blogs, social networks, search, and email will still be able to open single stories even after hitting their monthly cap, though the paper says it will allow only five free links a day to visitors coming from “certain search engines.”",
             "Historically, the tools The Courier used to limit access have been easy to get around, at least for the tech-savvy. So far, the Courier's paywall seems designed less as a real technical wall and more as a nudge pushing regular visitors to think harder about subscribing. The paper sells several digital plans, including editions for tablets and smart",
         ]),
    _neg("b100-bellmarrowcom-mayoralrace-fundraising-neg",
         "Invented; modelled on cleveland.com (mayoral campaign-finance report with cash-on-hand figures)", "en", [
             "BELLMARROW, Tessmark – City Council President Marcus Tolliver held onto his cash lead after Friday's campaign finance filing deadline in the contest to replace retiring three-term Mayor Gloria Haines, but two rivals brought in more money than Tolliver over the last six months.",
             "Tolliver had about $180,000 more than his nearest rival, with over $512,000 on hand after collecting about $204,000 this period, according to unaudited filings with the Corranby County Board of Elections. Candidates had to file if they raised over $5,000 between January and June, though campaigns could choose to report July donations too.",
             "Still, it was fellow Councilwoman Renee Oduya who raised the most in the period, pulling in more than $352,000 this year and finishing the deadline with about $311,000 in the bank. Nonprofit leader Darnell Price also outraised Tolliver this period with more than $229,000, ending with more than $196,000 on hand.",
             "Former Councilman Vic Amato also reported a six-figure haul this period of more than $128,000. But after spending over $114,000 and raising only $18,000 in the previous period, Amato finished with the smallest cash reserve at just over $31,000.",
             "State Rep. Lorraine Whitby raised just over $89,000. Combined with $104,000 she moved over from her legislative campaign account and after spending about $109,000, Whitby closed the period with just under $84,000 on hand. Her expense report, however, left out $21,000 in charitable gifts she made from money tied to executives and employees of Corranby Power Co.",
             "Former Mayor Augustus Rell, easily the best-known name in the mayoral field, raised just over $41,000, endi",
         ]),
    _neg("b100-bayviewmonthly-council-warchests-neg",
         "Invented; modelled on Boston Magazine (columnist's breakdown of council candidates' campaign bank balances)", "en", [
             "Counting the Cash: Every Council Candidate's Bank Balance",
             "A few days ago I wrote about the hurdles facing this year's council hopefuls. Now for some figures to go with that.",
             "Here is how much money each of the 41 council candidates held in campaign accounts when June ended, as their banks reported to the state campaign finance office.",
             "Keep in mind while reading these numbers that a single solid, well-aimed citywide mailer can run more than $25,000 to print and mail. What strikes me is the incumbents, who are not exactly piling up cash — though I suppose the ones who usually do have moved on to run for mayor.",
             "Looking back at the last comparable at-large preliminary, in 2007, the nine candidates who ultimately advanced had more than $450,000 among them at this point. Today's top nine at-large accounts add up to well below $350,000 — and they haven't spent as much as the '07 field had.",
             "In fact, some of the strongest fundraising challengers are running in district races, including repeat candidate Mei Lin Harrow and newcomer Owen Pask.",
             "Notes: Incumbents carry an (i). Amounts raised include money candidates gave themselves. Felix Dorsey's account shown here also funds his mayoral run. The finance office has no bank filings for Rita Kavanagh; her cash-on-hand number comes from her campaign.",
         ]),
    _neg("b100-portcallowisblog-tidings-pricehike-neg",
         "Invented; modelled on A Town Called Podunk (town blog on the local daily's single-copy price rise, subscriber fine print)", "en", [
             "The Tidings slips a lump of coal into your stocking ahead of the holidays, with word of a price hike for December.",
             "Port Callowisites who buy their Monday, Wednesday and Friday copies (the paid days) at the corner store could get a jolt on Wednesday, December 2nd, when a 40 per cent price hike takes effect for the town's local daily.",
             "In a tiny notice in Thursday, November 19th's edition, tucked away on page 22, (click on the ad above to see it full size) the Tidings lays out the new single-copy price of 70 cents, up from 50 cents today, for the three paid days of its five-day week. Tuesday and Thursday editions still look to be part of the free home delivery run.",
             "Comforting for home subscribers is the fine print at the foot of the ad, which says: Subscribers will keep getting their papers at home under their paid subscription. (well, thanks, we guess)",
             "Home subscribers won't pay more for the Monday, Wednesday and Friday papers; only Port Callowisites who buy at the store or bother to walk into the Tidings office will.",
             "This could be the last straw for many local merchants, some of whom still can't figure out why they must charge for papers on the free days and take the customer's grief for that puzzle. Tacking on a forty percent jump may have them asking whether stocking the Tidings is worth the backlash.",
             "We doubt any shop in town is making a fortune off the paper on its racks; most carry it as a service to the community more than anything.",
             "And in the Thursday ad, hidden away like that, the paper gave no word on why the price is going up, something that might help readers see why the Tidings thinks such a big leap is needed.",
         ]),
    _neg("b100-prairiecommonsblog-journalismfund-relayed-neg",
         "Invented; modelled on Blog for Iowa (blog relaying a journalism fund president's 'support your local paper' letter)", "en", [
             "Stand By Your Hometown Paper",
             "Straight from our inbox.",
             "From Gideon Marsh, President, Upper Wendmark Journalism Fund.",
             "I'm not going to get misty-eyed over one of the defining noises of the past hundred years: the comforting slap of a paper landing on porches all over the country.",
             "How trustworthy local news reaches us isn't really what keeps me up at night. Like most of you, I get nearly all my news on my phone these days. That's okay. Keep scrolling.",
             "What concerns me is this: We still have porches. However far we drift apart from the people next door in all other respects — via faraway and often partisan outlets, via working from home, via an endless fleet of delivery trucks — we still live in places tied to the land and governed by local rules and ordinances. And I make no apology for getting misty about how much these real communities rely on the survival of good local news that is trusted and backed by enough residents of every political stripe.",
             "That is the purpose of our new Upper Wendmark Journalism Fund: “Inform, educate and connect people across Upper Wendmark by backing community journalism so that accurate local news and investigative reporting stay within reach for years to come.” As a nonprofit we join many local news charities around the country working to reshape the local news business for today's market.",
             "But we are also different, because we will directly fund and support the reinvention of existing hometown newsrooms — small Main Street businesses — that people in our region have counted on for generations.",
             "We are after deep and durable structural change, not a quick fix. We mean to change things for real in our corner of the state and, through steady experimenting and teamwork, push community journalism forward everywhere.",
             "Our fund was founded in 2021 as a fully independent nonprofit overseen by a board of directors all its own (t",
         ]),
    _neg("b100-cascadecourant-editor-yearend-thanks-neg",
         "Invented; modelled on Georgia Straight (editor's year-end note thanking advertisers and a wage subsidy, list of dead papers)", "en", [
             "Roll the presses—the Cascade Courant print edition returns for another year",
             "Editor Neil Farrow shares some end-of-year reflections and thanks everyone who stood by the Lowmarrow city weekly through hard times",
             "Some readers may be surprised, but 2021 may have been my favourite year as editor of the Cascade Courant. In spite of the pandemic. In spite of the brutal wildfire smoke that blanketed the coast last summer. And in spite of mounting proof that the climate crisis—which we have reported on heavily since the 1990s—was proving even worse than many researchers had predicted.",
             "So how could anybody call this a good year? Well, for starters, the paper made it. We stayed out of a newspaper cemetery already full of the late Lowmarrow Tribune, MetroDaily Lowmarrow, 24/7 Lowmarrow, Pride Pages, East End Echo, Harbour Asian Times, Northbank Record, Southvale Review, Kettle Creek Leader, and other local titles around the region.",
             "I used to remind the Courant's founder, Owen Galloway, that he outlasted plenty of media barons—among them the Hartfields, the Crestons, Lionel Marsh, and Peter Vane. That was on Galloway's way to becoming the longest-serving publisher of a single paper in the country's history.",
             "But today's crew, headed by company president Dana Whitlock and held together by senior editor Rob Tennant, kept producing the Cascade Courant through a pandemic's first 20 months, which was just as tough a job.",
             "For that, I want to personally thank every business that trusted us with ads in our printed paper or on our site and other channels. And thanks go as well to the federal government for creating a wage-subsidy program that let us keep doing what we love through the deepest economic slump of my life.",
             "Because of that, the Courant kept up its habit of championing the arts. We prov",
         ]),
    _neg("b100-brennanmoortimes-unityfund-kickoff-neg",
         "Invented; modelled on The Gainesville Times (charity campaign kickoff with fundraising goal, volunteer week and sign-up link)", "en", [
             "“Hearing about the rising virus numbers around town, we just wanted to be careful given the climate right now and not put anybody at risk,” she explained.",
             "The campaign will launch a months-long fundraising drive built on individual gifts, workplace campaigns and events.",
             "At the event, award winners will be announced along with the 10 companies that brought in the most money last season. Campaign leaders will report on what Unity Fund accomplished over the past year.",
             "Alongside the fundraising drive, the event will also launch Unity Fund's second yearly Week of Service. That week-long effort invites people to volunteer with local nonprofits on their own or in groups. Partners include the Ridgeline Food Pantry, Brennan-Coyle Child Advocates, the Lakeshore Youth Clubs and Harbor House. The full list and sign-ups for each volunteer event are at unityfundbrennanmoor.example.org/weekofservice.",
             "Unity Fund raised more than $1.1 million and aims to raise as much as $1.25 million this year.",
             "“The purpose of the kickoff is simply to gather everyone and rekindle the energy and enthusiasm for Unity Fund across the community, along with a giving-back spirit and awareness of where our community's needs are,” Pellman said.",
             "The event is free; register online at signup.example.com to get a video-call link for the day of the event.",
         ]),
    _neg("b100-wexleyledger-commongoodfund-campaign-neg",
         "Invented; modelled on The Echo-Pilot (charity community campaign launch with goal, quotes and phone/URL line)", "en", [
             "The Common Good Fund of Wexley County recently launched its community campaign.",
             "This year, organizers aim to raise at least $850,000 to help pay for the work of 24 partner nonprofit programs that improve life in the community. The programs cover basic needs, support early learning, help build financial stability for families and encourage better health.",
             "\"The needs of our partner agencies are bigger than our goal,\" conceded Common Good Fund Executive Director Nora Pruitt.",
             "At a launch event volunteers dropped off campaign materials, stopped by supporting businesses and checked in on programs the campaign funds.",
             "\"Instead of one big event, we chose to bring it to towns all around the county,\" Pruitt said. \"It lets us reach more people in more places this way.\"",
             "Campaign \"thermometers” tracking incoming gifts have been set up around the county.",
             "This is the 70th year of the Common Good Fund campaign in Wexley County, which started as a Neighbors' Chest in 1951. Created to help neighbors and build community, the Common Good Fund of Wexley County continues a long tradition of bringing people together to change lives and offer help close to home.",
             "\"You can trust that when you give to the Common Good Fund the money stays here,\" said Dale Ostrowski, campaign co-chair. \"I got involved with the Common Good Fund because of the trust it has earned locally and because I'm sure my contribution stays local.” ",
             "For more details or to join this year's Common Good Fund campaign, call 555-318-0142 or visit www.commongoodwexley.example.org to find out more.",
         ]),
    _neg("b100-channel7cottonreach-firefamily-benefit-neg",
         "Invented; modelled on KXII (TV report on a community benefit for a family who lost children in a fire, quoted organisers)", "en", [
             "Cottonreach neighbors hold fundraiser for family who lost two children in house fire",
             "COTTONREACH, Tessmark (Channel 7) -- \"As a town we wanted to rally around them and do everything we could to help.\"",
             "A pre-dawn blaze took the lives of a 4-year-old girl and 6-year-old boy in January 2018.",
             "So far, a few hundred dollars have been collected, but some residents hope to keep the gifts flowing.",
             "\"We're holding a barbecue and an auction. We've got all sorts of items and goods up for bid. Every dollar goes straight to them.\"",
             "\"A lot of these pieces were made by hand by folks around here and they poured hours and effort into them. It really shows what kind of town this is.\"",
             "Travis Delacroix and Wade Pemberton teamed up, with others, to organize the event.",
             "Delacroix says the town held a similar fundraiser for his family after his sister died.",
             "\"This is my way of returning the favor. I know this town loves to help and when times are hard they show up and do a lot for others.\"",
             "\"I didn't know the family myself but I'm friends with plenty of people who are close to them. So I figured I'd chip in, help, give back. That's just what we do around here.\"",
             "Delacroix says he was glad to see the town pull together after such a tragedy.",
             "\"Look, nothing we do for the family will ever take away the hurt or the loss, but what I hope comes of this is that it eases the money worries a little.\"",
         ]),
    _neg("b100-hopsideloafer-brewery-crowdfunding-rant-neg",
         "Invented; modelled on Creative Loafing Charlotte (beer columnist's rant about brewery crowdfunding rewards)", "en", [
             "Fix your crowdfunding pitch",
             "Because no one wants your cheap cardboard coasters",
             "I burned an hour flipping through dozens of photos of two breweries about to open, trying to find the right hook that could stitch unrelated stories into one tidy column. Deadline is tomorrow, and I'm desperate for words. But, like a bad morning after, I was haunted by what I'd done the previous night: I had read a would-be brewery's Backerly page, and I couldn't get past my own grinding teeth to write.",
             "Don't misunderstand me; I don't dislike crowdfunding drives at all. I've backed plenty of projects over the years, and own a pile of great albums, cool shirts and a heap of odd gadgets to show for it. But putting a brewery-in-waiting within reach of strangers' wallets can often be its own special recipe for trouble, wrapped in empty, starry-eyed prose.",
             "I get that the point of crowdfunding is to receive something back for my pledge to the project, not an equal trade. But a few of you planned breweries have clearly lost your grip.",
             "No one wants your coasters",
             "I love my writing desk and I love constant mugs of hot coffee, and I'm aware those two don't always get along. Likewise, sweat from cold glasses tends to ruin wooden coffee tables.",
             "Anybody with half a brain knows a decent barrier will stop any damage, but I'll be darned if I'm paying for promotional scraps of disposable cardboard.",
             "Fresh out of school and broke, brewery coasters were everywhere in my apartment. Flat-pack furniture was cheap, but not free, and I wanted to get as many years out of it as possible. I'd grab coasters by the handful from neighborhood bars that got cartons of these everyday bar staples for nothing.",
             "Now, for just seven dollars, I can lock in early shipping of throwaway items I'll eventually get free anyway and toss out unc",
         ]),
    _neg("b100-pintandpress-community-breweries-pledges-neg",
         "Invented; modelled on All About Beer (magazine feature on community-funded breweries with pledge sums, doubled spaces kept)", "en", [
             "Raising a Glass Together",
             "More breweries backed by their neighbors is good news for craft beer, and for the towns around them",
             "By Nolan Ashby Published October 2013, Volume 34, Number 5",
             "Going to Backerly let the brewery do a few things  at the same time, Ferris says. First, a brewery funded by the crowd is unusual enough that it drew some welcome local press and promotion, which in turn got more people to chip in to  the project. It also kept some of the cooperative spirit, of inviting neighbors to buy into an idea. “Even without being a co-op, folks can still feel like part of the place because you put in a little to get us started,” Ferris says. “We're not just passing the hat. There's a bit of give and take and we like that. Folks feel connected to the brewery even though they're not shareholders, and we think that really matters.”",
             "As of November 2012, there were 18 breweries that were either actively raising money on Backerly or had already reached their targets. While Neighborhood Ale Works sought just $12,000, some breweries—Cinderkeg Brewing in Dellport, Mossgate Brewing Co. in Wren Falls, and Lanternfly Yard Brewing in Marren City—each raised over $35,000, a big piece of their startup costs. Still, raising money through Backerly is no guarantee. Several brewery campaigns had missed their Backerly targets, which means the pledged money went back to backers.",
             "Dana Whitcombe is one local who saw the point in giving to Neighborhood Ale Works. Though she knows nothing about brewing, she liked what Ferris and his partners  were attempting and wanted to help however she could. So she put in $75. “I'd like to live in the sort of town where a place like NAW can exist,” Whitcombe says. “So if a bit of money helps them get there, then I'm glad to do it.”",
         ]),
]


BATCH100_DOCUMENTS = PROBE80_APPEALS + PROBE80_NEGATIVES
