"""Batch 176: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

19 documents (8 appeal, 11 negative; all EN): our own paraphrases of every document of the
local-only real probe 156 (19 documents). Each keeps the real page's structure, line for line (none
of the real pages has blank lines): a metered-paywall counter line with a close mark above a
headline, subtitle and byline; a newsletter sign-up pair of lines heading a section archive of
headline-and-teaser pairs cut with "[...]"; a social-feed mirror with the outlet name, its blurb, a
newsletter line and dash bullets carrying hashtags, a handle and a cut-off URL; a repeated subscription
price line above a police log with weekday headers and time-stamped entries; a story-list page with a
"Read more" line and teasers cut with "…"; a press release with hard line breaks inside sentences; a
birthday matching-gift drive built from emoji-bulleted amounts; an about page under a newsletter
pitch, keeping the real page's mojibake apostrophes. And exactly what the real gold marks: the
free-articles-left counter with its subscribe prompt; the two newsletter sign-up lines; the one
newsletter line with its address; both copies of the price line; a one-line recurring-donation plea
between the list items; the two hard-wrapped lines sending readers to the matching campaign's site to
give (the rest of the release about the campaign stays text); the whole birthday drive page (every
line); the opening newsletter pitch. Negatives keep what makes the real ones hard: a holiday goods
drive with sponsors' web addresses and a business's record gift, an arts council's matching pool for
a give day with its goal, a school foundation gala with grant amounts, a giving-day tally with donor
counts and quoted thanks, a public radio history with federal funding cuts, a blogger on a brewery's
failed crowdfunding with its shortfall, a paper's self-portrait mentioning its nonprofit status, a
student paper's gala report with sums raised, a link blog relaying a charity pantry's shortage and a
food bank's theft losses, a newsroom announcing a reporting fellowship half-paid by local donors, an
editor quoting a tech company's full-page ad about local news.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch176` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch176.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 156: appeal documents ----------------------------------------------------------------

_CELLBLOCK_METER = "× Only 3 free stories remain for you this month. Subscribe now."

_PORCHLIGHT_SIGNUP = "\n".join([
    "Sign up for the Porchlight Dispatch or Porchlight|Kin Email Letters",
    "Get Our Email Letters",
])

_BASINWIRE_NEWSLETTER = "Get our daily email: basinstatewire.example.org/newsletter"

_HARBORCOURIER_PRICE = "\n".join([
    "Starting at $2 for 4 weeks",
    "Starting at $2 for 4 weeks",
])

_LAKESHOREPROBE_PLEA = "Back our digging into Michigan's power brokers with a monthly gift – starting at just $4/month"

_PRAIRIECENTER_GIVE = "\n".join([
    "Readers can get the details, give, and be part of the effort to sustain independent, nonprofit",
    "newsrooms from now on at: doubleupnews.example.org.",
])

_RELAYTOLEDO_DRIVE = "\n".join([
    "Relay Toledo and Double Up News year-end fundraiser banner",
    "Relay Toledo is two years old as of Oct. 9! Two years back, we opened our doors with a few neighborhood stories and a hunch that a fresh kind of community reporting could take root in Toledo.",
    "From there, we've become a lively newsroom that many thousands of people across the Toledo area rely on to keep up with what's happening where they live.",
    "Even better, readers like you have shown that the hunch was correct: Toledoans want, and are willing to pay for, dependable neighborhood reporting that treats their city with respect.",
    "And since we think every resident ought to be able to read it for free, the whole operation rests on you.",
    "To celebrate our birthday, every gift will be tripled! Double Up News, the Marlow Trust and the Ingrid and Paul Haskett Fund are all in on today's match. So a $20 monthly gift brings in another $480 for Relay Toledo, and a single gift of $150 earns us $300 more.",
    "Looking for a little extra push to give a matched gift?",
    "Try one of these Toledo-flavored birthday amounts, each one helping keep our neighbors in the know for a long time:",
    "Every monthly gift gets matched 12 times over",
    "🎉 $9 a month, because we launched on Oct. 9",
    "🏘️ $21 a month, one dollar for each of our covered districts",
    "📍 $46 a month, matching the count of towns and townships in Lucas County",
    "🤳 $63 a month, our rough guess at daily photos snapped beside the riverfront mural",
    "🟦 $84 a month, roughly the land area of Toledo in square miles",
    "🏠 $110 a month, for every time a neighbor asks us when the bridge will reopen",
    "Three funders will match your single gift too",
    "🗳️ $31 for the updates we posted to our primary-night live coverage",
    "🗓️ $104 for every week we've been publishing stories online",
])

_RELAYCANTON_PITCH = (
    "From city hall budgets to school board votes, we report stories that explain and keep officials "
    "answerable. Sign up for our no-cost newsletter and get dependable neighborhood reporting by email."
)


PROBE156_APPEALS = [
    _doc("b176-cellblockreview-constables-top", "appeal", "top",
         "Invented; modelled on Prison Legal News (metered-paywall counter line above headline, subtitle and byline)", "en", [
             _CELLBLOCK_METER,
             "Rogue Constables",
             "When Badges Answer to Nobody, Corruption Follows",
             "by Miriam T. Holloway",
             "On the night of March 3, 2006, Calvin Rourke was walking home from choir practice when shots rang out behind him. He was carrying a birthday cake he had picked up for his daughter, Nadine, when two men stepped from a parked van and fired, hitting him eight times and ending his life at 51.",
             "This was no random street crime. Five men were eventually indicted in the killing, and every one of them worked for the Constable's Office in Harlow County, a sprawling district that takes in the northern suburbs of Brantley and the whole town of Millvale. They carried out the attack on orders from Wendell Pike, the county's outgoing chief constable, who had just been beaten at the polls by Rourke. Prosecutors said Pike had promised his men raises and promotions if he somehow clung to the post after the killing.",
             "Pike, then 63, had run the office from early 2001 through the spring of 2006, and his years there were dogged by claims of bribery and mistreatment of staff. Rourke was less than a week from being sworn in to take his place when he died.",
             "Terrell Voss, one of the officers indicted, agreed to cooperate and told investigators he had worked alongside the others on Pike's instructions. He described how two officers crouched behind a hedge waiting for Rourke, while a third sat in a truck at the corner in case the constable-elect ran. Voss himself drove the van that carried the gunmen there and back.",
             "\"My job was to do what the chief wanted, and what he wanted was Calvin Rourke dead,\" Voss told a reporter for The Harlow Sentinel. His choice to call it a \"job\" was telling: he plainly regarded the command from his boss as a duty to obey rather than a favor he might refuse.",
             "Pike was later found guilty of ordering the killing and was sentenced to spend the rest of his days behind bars.",
         ], appeals=[_CELLBLOCK_METER]),
    _doc("b176-porchlight-newsletters-archive-top", "appeal", "top",
         "Invented; modelled on Reckon (two newsletter sign-up lines above a section archive of teasers cut with [...])", "en", [
             _PORCHLIGHT_SIGNUP,
             "'No-Spend February' is less a dare than a way to reclaim your budget",
             "The winter surge kept many of us indoors and away from friends. Yet not every change was for the worse. It also nudged plenty of people toward [...]",
             "The 'grievance economy': Why tracking extremist networks keeps getting tougher",
             "With the region still absorbing last week's armed standoff outside the state archives, a confrontation that has unsettled people across the [...]",
             "Unlearning shame, one conversation at a time",
             "Every Thursday the Porchlight Kin letter carries an essay from a writer in the Gulf states, produced with Front Stoop Writers. Tap here to sign up for the [...]",
             "Loretta Banks: Pushing sentencing reform for mothers behind bars",
             "Loretta Banks met some of the kindest people of her life inside the cinderblock intake wing of the Caddo County Detention Center in March 2016. Then 24, the Shreveport native had been charged with forging [...]",
             "Did the siege at the statehouse betray the nation's values? Partly, scholars argue",
             "Within an hour of the mob forcing its way into the statehouse, lawmakers and local officials turned to their phones to share their [...]",
             "How a disputed vote count in 1876 opened the door to segregation",
             "Has a presidential tally ever been successfully overturned? Only one time. And the result was decades of segregation. Here is how lawmakers bargained [...]",
             "Tamsin Oduya on verse, grief and the discipline of revision with Front Stoop Writers",
             "Tamsin Oduya is a poet, essayist and a professor at a state university in Mobile, originally from Savannah, Georgia. In her new book, \"Salt Lines,\" she traces [...]",
             "Women of color and their lasting influence at the ballot box",
             "A good share of this year's contests across the Gulf states may hinge on women of color. These voters have shaped regional politics for [...]",
         ], appeals=[_PORCHLIGHT_SIGNUP]),
    _doc("b176-basinstatewire-feed-newsletter-top", "appeal", "top",
         "Invented; modelled on Utah News Dispatch (social-feed mirror: name, blurb, newsletter line, dash bullets with hashtags)", "en", [
             "Basin State Wire",
             "Basin State Wire is an independent, nonprofit newsroom reporting on lawmakers, public money and the decisions that shape daily life for Nevadans.",
             _BASINWIRE_NEWSLETTER,
             "- Oregon is quietly stocking a legal reserve in case it ends up in court over its portion of Klamath Basin water. Full story from @orbeacon.example.com",
             "- Officers of the Nevada Judges Association say the legislature is pouring money into new appellate judgeships while trial courts go short-staffed. At the same time, a stack of other proposals could weaken protections keeping courts out of politics, they warn. #nvleg",
             "- A Carson City senator wants to overhaul pay and pensions so government jobs can compete with private employers, but public employees say one piece of his plan would leave them worse off. basinstatewire.example.org/2026/03/11/p...",
             "- A plan to rework how Nevada taxes diesel has not been released yet, but it is already stirring friction with California officials and fuel distributors. #nvleg",
             "- Two Nevada members of Congress — Reps. Darla Quist and Martin Fenwick — have gone to federal court asking a judge to scrap the state's newly drawn legislative districts. The revised lines produced two Democratic and two Republican seats. #nvleg",
             "- Whether you ride the lifts or simply admire the peaks, nobody can miss it this winter — the Sierra snowpack is thin.",
             "- After campaigning for \"Rosa's Law\" in memory of her daughter, who was killed by an ex-partner, Gloria Ybarra is now supporting a bill that would put patterns of controlling behavior — such as threats, tracking, money restrictions and cutting someone off from friends — first among the factors custody judges must weigh.",
             "- Nevada legislators are pushing a measure that would let shelters and group homes sort residents strictly by sex assigned at birth, widening limits on where transgender people may stay. #nvleg",
         ], appeals=[_BASINWIRE_NEWSLETTER]),
    _doc("b176-harborcourier-policelog-top", "appeal", "top",
         "Invented; modelled on Wicked Local (repeated subscription price line above a police log with weekday headers)", "en", [
             _HARBORCOURIER_PRICE,
             "Holiday driver plows through storefront awning: Wexley Police Log",
             "Dana Pruitt",
             "Harbor Town Courier",
             "Thursday, July 2",
             "9:41 a.m.: Officers went to a bakery on Ferry Street after the manager reported a break-in. The manager told police she arrived to open and found the side door pried loose, and the tip jar and a cash box had been taken from behind the counter and left empty in the alley. She estimated about $215 was missing and said nothing else appeared to be gone. Officers checked nearby shops for surveillance video but found no camera that covered the side door. The case remains open.",
             "6:18 p.m.: Officers were sent to a hit-and-run on Harbor Road. A driver said a dark blue pickup backing out of a gas station struck her car and pushed it into a hydrant. The pickup then left. The driver declined an ambulance and said she could not recall the plate or other details. A bystander told police he watched the pickup reverse into the car and speed off. Officers recovered a broken taillight assembly, which came from a Ford. The investigation continues.",
             "Saturday, July 4",
             "1:52 a.m.: Officers answered a call about a car that had gone into a storefront. They found the car up on the sidewalk with its front end wedged under a shop awning, and its driver lying on the pavement beside the door, not responding. Paramedics started treating him while officers talked with a second driver, who said the car had been racing along the street and clipped her mirror, after which it swerved out of control and hit the building.",
         ], appeals=[_HARBORCOURIER_PRICE]),
    _doc("b176-lakeshoreprobe-storylist-middle", "appeal", "middle",
         "Invented; modelled on The Badger Project (story list with a one-line recurring-donation plea between items)", "en", [
             "The press association's Best of the Lakes awards named the nonprofit newsroom a finalist in three categories, among them Best Watchdog Report, Best Explanatory Series and Best Feature Story. Winners will be revealed at a luncheon in June. Read more",
             _LAKESHOREPROBE_PLEA,
             "Minority Democrats have tried again and again to shut the loophole, but the majority party has let each effort die. A fresh proposal filed on Tuesday to do just that will probably…",
             "With lawmakers in Lansing about to break for the election season, the House approved a majority bill aimed at lawsuits meant to silence critics. The Senate still has to…",
             "The press association's Best of the Lakes awards named the nonprofit newsroom a finalist in three categories, among them Best Watchdog Report, Best Explanatory Series and Best Feature Story. Winners will be revealed…",
             "The Michigan Open Records Alliance hands out its annual Sunshine Awards to honor people who fight for transparency in public bodies and to call out those who work against it.",
             "A veteran deputy with the Marquette County Sheriff's Office stepped down during an internal review of a report that did not match dashcam video of a traffic stop involving an intoxicated driver near…",
         ], appeals=[_LAKESHOREPROBE_PLEA]),
    _doc("b176-prairiecenter-doubleup-middle", "appeal", "middle",
         "Invented; modelled on Investigate Midwest (press release with hard line breaks; two-line give-at-the-campaign-site sentence)", "en", [
             "Double Up News, the biggest people-powered giving drive for independent nonprofit newsrooms, kicked off this month at outlets nationwide – the Prairie Center for Accountability Reporting among them – and on the web at doubleupnews.example.org.",
             "The drive matches gifts to 180 nonprofit newsrooms in almost every state, beginning Nov. 3 and ending Dec. 31, 2019.",
             "On top of that, the Prairie Center for Accountability Reporting will get a second one-to-one match from the Harwell Family Fund for Civic Information.",
             _PRAIRIECENTER_GIVE,
             "Double Up News is now in its fourth year, and the count of nonprofit outlets",
             "taking part has grown by nearly half compared with a year ago.",
             "Every participating newsroom can earn up to $30,000 in matching money for individual gifts of as much as $1,000. The drive aims to spark a wave of giving to community and watchdog journalism and to make nonprofit newsrooms sturdier through coaching and pooled tools.",
             "\"Across the map, nonprofit newsrooms are stepping in where coverage has",
             "dried up,\" said Renata Alvarez, president of the Alliance for",
             "Independent Newsrooms. \"This season's drive will help these outlets bring in",
             "the money they need to keep doing careful, accurate",
             "community reporting well into the future.\"",
             "Double Up News is run by the Alliance for Independent Newsrooms and the Reader Revenue Lab,",
             "two groups working to put American journalism on a steadier financial footing.",
         ], appeals=[_PRAIRIECENTER_GIVE]),
    _doc("b176-relaytoledo-birthday-match-top+middle+end", "appeal", "top+middle+end",
         "Invented; modelled on Signal Cleveland (whole page is a birthday matching-gift drive with emoji-bulleted amounts)", "en", [
             _RELAYTOLEDO_DRIVE,
         ], appeals=[_RELAYTOLEDO_DRIVE]),
    _doc("b176-relaycanton-about-newsletter-top", "appeal", "top",
         "Invented; modelled on Signal Akron (newsletter pitch above an about page with mojibake apostrophes)", "en", [
             _RELAYCANTON_PITCH,
             "Our goal is simple: every household in the Canton area should get the local reporting it needs.",
             "Who is Relay Canton?",
             "Opened in February 2024, Relay Canton is the third newsroom in the Relay Midwest group of independent, neighborhood-driven, nonprofit newsrooms. Relay Midwest ranks among the biggest nonprofit local news launches anywhere in the nation, with newsrooms in Canton, Toledo, the capitol bureau and Youngstown coming soon, a team of over 25 and upward of $12 million in funding to date. Relay Midwest is supported by a group of regional foundations, civic groups and a national news investment fund.",
             "At Relay Canton, we publish careful, reliable reporting every weekday on topics such as city hall, schools, policing, public health and culture. Weโre also the base for Canton Note-Takers, a team of residents we train and pay to sit in on public meetings and report back.",
             "All told, we aim to be a go-to resource for neighbors who might otherwise lack dependable local coverage, and weโre reachable on the web, in your inbox and across social media. Our site will carry explainers and how-to guides for getting around life in Canton, and it grows as a civic resource for the city. We also run public forums and workshops, and weโll be out in Canton neighborhoods every single day.",
         ], appeals=[_RELAYCANTON_PITCH]),
]


# --- Probe 156: negatives -----------------------------------------------------------------------

PROBE156_NEGATIVES = [
    _neg("b176-valleyherald-givingtree-drive-neg",
         "Invented; modelled on Riverbender.com (holiday goods drive with sponsors' web addresses and a business's record gift)", "en", [
             "The yearly Giving Tree collection for the Millbrook Valley, backed by Community Chest www.communitychest.example.org and The Valley Herald www.valleyherald.example.com, again gathered thousands of goods for families struggling over the holidays. This season the Giving Tree took in 15,482 items, among them canned and boxed food, coats, cold-weather gear such as mittens, caps and scarves, bedding, diapers and formula, toiletries and brand-new toys.",
             "Collection ended on Friday, December 12, when over 90 bins were gathered from shops around the valley and brought to First Lutheran Church in Fairbrook to be sorted. On Saturday, December 13, 12 area charities came to pick up their share for their holiday giveaways.",
             "\"I could not be happier or more thankful for the generosity our whole valley showed this season,\" said Rhonda Keel, who coordinates the Giving Tree. \"From the Halvorsen Hardware Hot Cider Night and the Ridgeway Mills staff party to the many other wonderful shops that kept a bin by the register and everyone who dropped something in, the kindness around here is remarkable. Hundreds of children and their parents will have a brighter holiday because of the many generous people in our community.\"",
             "Halvorsen Hardware is once again the biggest backer of the Giving Tree, with a record gift of $41,275 to the drive. Halvorsen's yearly events such as Santa in Summer and Hot Cider Night, along with a memorial fund created in honor of Greta Halvorsen's late father, all added to that amount.",
         ]),
    _neg("b176-lancastersentinel-artsmatch-giveday-neg",
         "Invented; modelled on The York Dispatch (photo caption plus arts council's matching pool for a local give day)", "en", [
             "Corinne Abbott, left, director of Give Big Lancaster, accepted an award for the group at the 2018 Lancaster Impact Honors on Thursday, Oct. 11. Businessman Harold J. Feeney, helped to launch the effort. (Photo: Courtesy: Lancaster Chamber of Commerce)",
             "The Arts Council of Lancaster County will match as much as $30,000 in gifts to area arts and heritage groups that take part in this year's Give Big Lancaster (GBL) day of giving.",
             "The council revealed the matching pool on Tuesday, March 12. It will match every eligible online gift made through the GBL site on May 7, up to $3,000 for any single group.",
             "\"Our artists and museums are a big reason people choose to settle here, start families and build careers,\" said Arts Council Director Leon Whitcomb. \"They lift everyday life, and if we want to keep and attract workers, we have to offer them a lively place to land.\"",
             "Plenty of regions around the nation mark the national give day — set for the first Tuesday of May — by holding their own day of giving around the same week.",
             "GBL is run by area charity leaders who want to show off what the county has and to get residents to take pride in their hometowns by working together. This is only the second year of the event, which raised about $1.2 million for over 180 charities in its debut.",
             "This time around, the target is $2.5 million, GBL director Corinne Abbott has said.",
             "\"The Arts Council match is one more way a dollar stretches further on May 7,\" Abbott said. \"We are deeply thankful for the energy and backing from residents and from partners like the Arts Council, who understand what a single day of giving can mean for the hardworking charities in Lancaster County.\"",
         ]),
    _neg("b176-westfieldweekly-foundation-gala-neg",
         "Invented; modelled on ThisWeek Community News (school foundation gala report with grant amounts)", "en", [
             "The envelope, please: this year's top honors go to the Westfield-Brook Schools Foundation, for its work boosting learning across the Westfield-Brook district.",
             "Under the banner A Night on Broadway, the foundation staged its 12th yearly Westfield Gala on March 2 at the Pavilion Center, 40 Commerce Drive, a week before the Tony nominations celebrating the best of the stage.",
             "Foundation Chair Denise Varga said the aim of the gala, which features silent and live auctions, is always to beat the previous year's total.",
             "She had set her sights on $95,000 this time, from a crowd of about 350 guests that filled every seat.",
             "Varga said money from last year's gala paid for roughly 65 grants worth $58,000.",
             "Those grants covered a districtwide Science and Story Night run by the Westfield High School Media Club, $2,100; a districtwide reading program called PageQuest, $6,400; physics equipment at the high school, $1,985; Brookside Elementary's after-school coding club, $2,350; and a calm-down room at Westfield Intermediate, $1,200.",
             "Owen Pratt, who handles community outreach for the district, said the foundation has handed out close to $1.3 million in grants, programs and student scholarships over its 12 years.",
             "Varga said the foundation set aside $18,000 for this year's Spotlight Fund, which will go to the district's intermediate schools for drone kits for student competitions and for hands-on tinkering labs in the school libraries.",
             "Westfield Intermediate technology teacher Rosa Jimenez said a student drone team flew in a contest in Toledo the night of the gala, reaching the semifinals in its debut season.",
             "\"The Spotlight Fund has opened so many doors,\" she said.",
             "Jimenez said this was the first season for the contest drone team, which got off the ground with a grant from the foundation.",
         ]),
    _neg("b176-harmonyledger-givingday-tally-neg",
         "Invented; modelled on Washington Times-Herald via Yahoo News (giving-day tally with donor counts and quoted thanks)", "en", [
             "Dec. 6—Early forecasts suggested this year's giving day might fall short of past totals. That turned out to be wrong, and especially so in Harmony County.",
             "A national giving-day research group found that across the country, donors gave upward of $3.4 billion to charities, a small rise over the prior year. Those donations came from roughly 36 million people.",
             "In Harmony County, 71 donors made 248 separate gifts adding up to $16,907.50 for 19 nonprofits and 11 funds managed by the Harmony Area Foundation.",
             "\"Honestly, we did not know what this year would bring,\" said Lydia Marsh, executive director of the Harmony Area Foundation. \"We kept hearing from the press and from other groups in our field that donations were slipping overall.\"",
             "Marsh said this year's drive saw a clear jump in donors choosing more than one fund or charity through the Harmony Area Foundation site.",
             "\"Our secure giving page makes it simple to spread a gift across several causes, and this year people really used that,\" Marsh said. \"We also welcomed many first-time givers. All in all, we finished 11.6% ahead of last year.\"",
             "Harmony Area Foundation board chair Ted Olsen described Harmony County as remarkable, thanks partly to its giving spirit and the work of its nonprofits.",
             "\"This time of year is about giving and receiving, and that makes Harmony County better. That is all thanks to you,\" Olsen said.",
         ]),
    _neg("b176-lakecitycourier-publicradio-history-neg",
         "Invented; modelled on Metro Observer (public radio station history with federal funding cuts)", "en", [
             "KLRN, a pillar of Milwaukee's news and culture scene, has anchored local radio since it first went on the air as the voice of the city's public schools on October 2, 1939.",
             "The station arrived in an uneasy era, with the world sliding toward war, and it soon became an essential tool for pupils in classrooms across Milwaukee trying to keep up with the headlines.",
             "One 5th grader from Lincoln Avenue School boasted about how well informed the class had become, saying, \"When grown-ups argue about the news at supper, we already know the answers. We are ahead of them for once.\"",
             "That habit of educational programming carried on as KLRN signed on among the earliest members of the national public radio network after it was formed in 1970.",
             "KLRN's importance reaches past the classroom; over the decades it has also given listeners a wide mix of shows that mirror the city's character.",
             "It has carried all sorts of offbeat programs, among them a long-running Saturday variety hour that blended storytelling with folk tunes.",
             "Fans also tuned in for a wisecracking weekend call-in show about fixing old cars, proof that KLRN was happy to stretch beyond hard news.",
             "As the years have passed, the pressures on public media have shifted too. A spending plan recently floated in Congress would strip roughly $1.1 billion set aside for the private nonprofit that funnels federal money to public stations.",
             "Luckily, KLRN is fairly well shielded, since only about 5% of its budget comes from Washington, but the wider consequences for public stations nationwide look grim.",
             "A great many of those stations, particularly in small towns, depend on federal dollars to stay on the air and are a lifeline for local news and emergency alerts in their areas.",
         ]),
    _neg("b176-hopsandhearsay-crowdfunding-fail-neg",
         "Invented; modelled on The New School beer blog (blogger on a brewery's failed crowdfunding with its shortfall)", "en", [
             "When Crowdfunded Taprooms Come Up Short",
             "For a few weeks now I have been keeping half an eye on several brewery fundraising pages on Fundbarrel, though I never expected any of the teams behind them to handle their own drive quite like this. As it happens, the crew behind Rusty Siphon, the planned taproom from the owners of the Mash Tun Supply shop, were offline when their campaign closed, missing the $31,000 target by a mere $187.",
             "That is remarkable, particularly since the last time I looked the campaign seemed nowhere near its target, and co-owner Derek Lund conceded that much while sparring in the comments under Tess Moreau's column \"Sorry, I'm Not Paying for Your Half-Baked Taproom.\" A business site pointed out that an owner, a relative or a regular could surely have covered the missing $187 instead of forfeiting the $30,813 (less the platform's fee) they stood to collect. There may be good reasons the goal slipped away, yet in the comments on that site Derek Lund dismisses us as \"armchair bloggers and keyboard critics\" and worse, while insisting nobody on the team was at a screen when the clock ran out. So who is the armchair critic now? Honestly, Derek Lund and the Mash Tun Supply folks, nobody here is rooting against you or hoping your taproom flops. Personally I get a thrill whenever a new brewery is announced–there is always room for one more. Tess Moreau even mentioned to me that she chipped in to the campaign herself. It is painful to see a project fall so narrowly short, and I can only guess how maddening that must feel, but pointing fingers at commenters and writers instead of asking them to help spread the word is probably not the smartest way forward.",
         ]),
    _neg("b176-dublinvalleytribune-history-nonprofit-neg",
         "Invented; modelled on Pleasanton Weekly (paper's self-portrait mentioning its nonprofit status)", "en", [
             "We showed up.",
             "Town council and school district sessions that ran long past midnight. Heated races at the ballot box. Housing tracts, shopping centers and office parks going up around Dublin Valley — new trails and greenbelts as well. Main Street's steady change into a modern downtown that still keeps its old-town charm. Turnover at town hall (and more of it at the school district offices).",
             "The triumphs of Valley Oak and Crestline graduates chasing titles in college, the pros or the Paralympics. Hometown people, past and present, leaving their mark in movies, on TV, on stage, in print and in galleries. Portraits of local business owners, elected officials, philanthropists and neighborhood organizers.",
             "The heartbreak of killings and fatal collisions, job cuts and recessions, mistreatment behind closed doors, feuds at the dais, quarrels between neighbors, wildfires in the hills or in the middle of town, and a worldwide pandemic.",
             "And so many meaningful, moving, entertaining and absorbing hometown stories that landed somewhere in the middle.",
             "\"The Tribune has served as exactly the right way for this town to talk to itself,\" said Gordon Ashby, a retired town administrator and onetime owner and publisher of the Tribune.",
             "\"Thanks to its fair-minded reporting and opinion pages, the Tribune has been where people turned for the facts on hard and divisive issues,\" added Ashby, who now sits on the board of our Tri-Valley News Trust. \"As a nonprofit going forward, it keeps its independence to cover the biggest events in our town candidly and evenhandedly as they unfold. And with the refreshed website, it is an even more useful and up-to-the-minute source.\"",
         ]),
    _neg("b176-falconflyer-foundation-gala-neg",
         "Invented; modelled on The Gryphon Times student paper (student reporter on the school foundation's gala with sums raised)", "en", [
             "Mr. Delgado and several of his art students went to the gala to present a mural panel painted from a design the students came up with.",
             "Summit Prep Foundation's yearly benefit gala, held on May 3, was a big success. At this year's 20th anniversary gala, close to $480,000 was raised for Summit Prep students and graduates.",
             "Every year at the gala, neighbors and supporters gather to raise money and goodwill for the extra programs offered to Summit Prep students and graduates. Students, teachers and parents can also come to the gala and help show guests what the school is about.",
             "Guests get a good dinner, live music, a dance floor and plenty of time to mingle and have fun. Over the course of the night, money comes in several ways, including an auction of things like student paintings, handmade pottery and premium concert packages.",
             "Gala money covers the cost of sending students to all kinds of summer programs, funds classroom grants for teachers, and backs plenty of other chances for current and past Summit Prep Falcons. The funds also reward graduates who keep up strong grades in college. It also helps pay Summit Prep alumni who take summer internships arranged by the foundation.",
             "Nora Finch, who leads fundraising and outreach at the foundation, said, \"We need well over a million dollars a year to run everything, including travel programs, junior high camps, internships and a lot more.\"",
             "Putting together an event as large as the Summit Prep gala can be hard and nerve-racking. Many details have to be just right for the night to go well. Finch said the foundation starts meeting in August and signs up committee members and volunteers to organize the evening.",
             "Her favorite moment of the gala was watching Summit Prep students chat with donors and try something that stretched them beyond what felt easy.",
         ]),
    _neg("b176-signalnoise-foodbank-links-neg",
         "Invented; modelled on Media Monarchy (link blog relaying a pantry shortage and a food bank's theft losses)", "en", [
             "pantries nationwide squeezed by demand, burglars",
             "church pantry shelves nearly bare",
             "pantries nationwide squeezed by demand, burglars",
             "via the granite falls herald: Shelves are running low at the area's St. Brigid Mission pantries. It is the first time in years that mission workers say gifts of canned and boxed food have dropped off sharply. \"We used up the last of our stock this week, and money is tight,\" said mission coordinator Ellen Ruiz. \"Giving always dips this time of year, and then it picks back up near the holidays. On top of that, more households are coming to us.\" The mission fed 148 households in June and 104 households in July, she said. More than 90 households have already asked for help this month. The mission normally purchases about a third of what it hands out, and now workers are dipping into their own pockets to buy groceries, she said.",
             "burglars hit lakewood ridge food pantry",
             "via channel 9 local: Burglars have drained fuel from a food pantry's delivery van three times, and the volunteers who run it say the only people being hurt are struggling families. The most recent theft cost the Neighbors Helping Neighbors Pantry about $320. The charity says that would have covered a week of bread and eggs for the households it helps. On the first visit, the burglars just unscrewed the fuel cap, slid in a tube and drained the tank. So the pantry put on a locking cap. That made no difference, because on the second visit they crawled under the van, pried the cap loose and got at it that way. The third visit did the most damage. The fuel line was sliced. Fifty-five volunteers keep the pantry going and feed about 180 households on a typical week.",
         ]),
    _neg("b176-steelvalleyvoice-fellowship-donors-neg",
         "Invented; modelled on Mahoning Matters on Medium (newsroom announcing a reporting fellowship half-paid by local donors)", "en", [
             "One more reporter, many more stories",
             "Steel Valley Voice will add a reporter through the Civic Reporting Corps in 2021",
             "In our first three months publishing Steel Valley Voice, we've found that a tiny team can still tell a great many important stories. There are five of us in our Weirton office — an editor, a producer, an audience lead and two reporters — and everyone juggles several roles to get the news out each day. There is so much more we want to do to make sure the stories that matter most in the Upper Ohio Valley get told, but we needed reinforcements to get there.",
             "So I'm thrilled to announce that Steel Valley Voice has been chosen as a Civic Reporting Corps partner newsroom for 2021.",
             "The Civic Reporting Corps is a nationwide service program that embeds reporters in chosen local newsrooms to cover overlooked issues and neighborhoods. The Corps covers half of the reporter's pay, and the rest comes from the host newsroom (that would be us) and from gifts by local donors.",
             "This hire will boost our reporting muscle by roughly a quarter, and it will also help our partners at WVUV, a community radio station run by a nearby state college.",
             "Our new reporter will focus on producing data-rich stories for print, audio and web on the biggest issue facing Weirton residents in 2021 — the condition of city services as a budget shortfall takes shape.",
         ]),
    _neg("b176-canyoncountyledger-googlead-quote-neg",
         "Invented; modelled on Southwest Ledger (editor quoting a tech company's full-page ad about local news)", "en", [
             "Hometown news is hometown memory. It is common ground. It is a record of where we live and of the people and debates that shape those places. We understand that local reporting is vital to our towns – and that across the country, the work of collecting news and paying for it keeps getting harder.\u201d",
             "Perhaps you spotted this printed in our pages in late September. I wish it were mine. But it was not; it came from a full-page ad bought by a search giant. I could not have put it any better.",
         ]),
]


BATCH176_DOCUMENTS = PROBE156_APPEALS + PROBE156_NEGATIVES
