"""Batch 120: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

23 documents (12 appeal, 11 negative; EN): our own paraphrases of every document of the local-only
real probe 100 (23 documents). Each keeps the real page's structure (a city briefing page of one-line
news items; a daily newsletter with a long "//"-separated headline, a doubled tagline, date and byline
lines, a sponsor line, a weather line and "~" quote paragraphs; small-town "Published <time> <date>"
columns and letters with a mid-page or last-line newsletter widget; a community calendar with date
headers, a bookmobile list and a stray "Station" word; a reader letter signed with name, school and
class year; a blog post with hard line breaks in the middle of sentences; a column with a "•"
bullet; a telethon story with a "|"-joined dateline and doubled backtick quotes; an area-briefs
page of short headed items) and exactly what the real gold marks: a three-line "never miss a story /
free morning email / evening text" signup at the top of a briefing; a newsletter's "subscribe for
$/mo or $/yr" line under its tagline plus a two-line "our emails get N views, please become a paid
subscriber" update under the byline; a two-line membership-program launch inside a print-comeback
announcement (the thank-you to readers above it stays text); a Substack writer's "upgrade to paid"
paragraph near the top and a one-sentence "move from free to paid" plea in the middle; a lone
"Email newsletter signup" widget line in the middle of a calendar, a column, an editorial and a
publisher's note, and as the last line of a reader letter; the last sentence of a paragraph pointing
to the e-newsletter signup on the home page (the rest of the paragraph stays text); a two-line
"breaking news in your inbox / topics I'm interested in" form at the end of a letter. Negatives keep
what makes the real ones hard: a report on a crowdfunding site's local appeals with goals, fees and
a diner's ask; an explainer urging readers to give to an official victims' fund and warning about
fake campaigns; a blogger's campaign-finance tallies with donations and cash on hand; a column on
saving local journalism; a community column with a fire-station fundraiser, a seedling giveaway and
a blood drive plea; a paper's subscription price increase explained; a children's-hospital telethon
with pledge totals; area briefs with an auxiliary's membership rules and a dinner's prices; a
paper's anniversary editorial about readers who support it; a print-to-digital day switch mentioning
subscriptions; a historical society's grant and its need to raise more funds.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch120` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch120.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 100: appeal documents ----------------------------------------------------------------

_PECANISTA_SIGNUP = "\n".join([
    "Stay on top of every story",
    "Get our free weekday breakfast email...",
    "...plus an evening text alert",
])

_RBXWIRE_PRICE = "Subscribe for $6/mo or $60/yr: RBXwire.example.com"

_RBXWIRE_UPDATE = "\n".join([
    "RBX WIRE UPDATE: Our emails now get 25k+ opens every day!",
    "» Please think about upgrading to a paying subscription at RBXwire.example.com for $6/month or $60/year.",
])

_CAUSEWAY_MEMBERS = "\n".join([
    "Also today, we are launching the Causeway Membership Program. Members get special members-only newsletters and invitations to gatherings, but above all they join a shared effort to keep independent, fact-driven local reporting free and open to everyone.",
    "With your backing, we plan to expand our reporting on news, the arts, food and culture over the months ahead. Find out more about membership here. Questions? Write to members@causeway.example.com.",
])

_LANTERN_UPGRADE = (
    "Here is why YOU ought to put $6 a month toward upgrading your Prairie Lantern subscription to paid. "
    "(A heartfelt THANK YOU if you already have.) Time matters. We report on what the big outlets, based "
    "on the coasts or in our state’s bigger cities, decide to skip or can’t pay anyone to cover."
)

_LANTERN_PLEA = (
    "Please move up from a free to a paying subscription so The Prairie Lantern can widen its reporting "
    "and pump more honesty into country veins."
)

_NEWSLETTER_WIDGET = "Email newsletter signup"

_METROBEAT_SIGNUP = "To get our e-newsletter, just sign up on our front page, www.metrobeat.example.com."

_REGISTER_FORM = "\n".join([
    "The day’s top stories and more, straight to your inbox",
    "Topics I care about (tick all that apply)",
])


PROBE100_APPEALS = [
    _doc("b120-pecanista-briefs-top", "appeal", "top",
         "Invented; modelled on Austonia (city briefing page, three-line email-and-text signup on top)", "en", [
             _PECANISTA_SIGNUP,
             "Mayor Delia Runnels told a cable network she worries about a “second wave” of virus cases this spring.",
             "State sales tax collections fell 7% in March compared with a year earlier, the Prairie Ledger reports.",
             "Two Tolliver County parks shut their gates several times over the weekend because of crowds, KPFN reports.",
             "A memorial art project honoring neighbors lost to the virus got under way Friday evening downtown, the Courier-Gazette says.",
             "Sunday is Mother’s Day, and Forkful has a few brunch picks.",
         ], appeals=[_PECANISTA_SIGNUP]),
    _doc("b120-rbxwire-lakelevels-top", "appeal", "top",
         "Invented; modelled on ATX Pulse (daily city newsletter, price line under tagline and paid-subscriber update under byline)", "en", [
             "RBX WIRE 8/14/24: Cedar Lake May Climb 4 Feet by Sunday // Police Union Deal Close // RPD Adds Patrols on Sixth Street // Carjacking Suspect Caught Same Day // Two Shootings at One Apartment Complex in Five Days",
             "All you NEED TO KNOW about Riverbend.",
             _RBXWIRE_PRICE,
             "RBX Wire",
             "All YOU NEED TO KNOW about Riverbend.",
             "Wednesday, August 14, 2024",
             "By Colin Hardesty",
             _RBXWIRE_UPDATE,
             "LEAD SPONSOR #1: Riverbend Soccer Alliance",
             "Find out more, fill out a club membership interest form, and get email updates at: RBSoccer.example.org",
             "Today’s Weather: H: 88° / L: 70°. Passing storms. Full forecast from KRVB 5’s Dana Whitfield here.",
             "TOP NEWS",
             "~ “Cedar Lake may climb more than 4 feet before Sunday,” KRVB’s Tom Ellery – “Following days of downpours across the region, the Upper Sabine Water Authority said Cedar Lake could go up by more than four feet by the weekend.",
             "On Tuesday, an authority spokesman said the lake gained roughly 1.2 feet in a single day. He said by Tuesday night it might gain another 3 feet and keep climbing over the coming days.",
             "As of Tuesday, Cedar Lake sits at 38% of capacity, according to the authority.",
             "As of Tuesday morning, floodgates at the Harlow and Pruett dams are open to move runoff into Lake Mirren from the Pedernal River. Water passes through Pruett Dam from Lake Stonefall into Cedar Lake, according to the authority.” KRVB",
         ], appeals=[_RBXWIRE_PRICE, _RBXWIRE_UPDATE]),
    _doc("b120-causeway-printreturn-top", "appeal", "top",
         "Invented; modelled on Isthmus (print-comeback announcement with a two-line membership launch)", "en", [
             "For 14 months we have dreamed of printing this sentence: Causeway is going back on paper!",
             "Lakeport’s beloved alternative weekly for nearly forty years will return as a monthly on Sept. 2. None of this would be possible without the steady backing of so many devoted readers. We are grateful!",
             _CAUSEWAY_MEMBERS,
             "We know you felt the loss with us on March 23, 2020, when Causeway said it would stop the presses and “go dark.” Our newsroom, ad sales and office staff — many of them Causeway veterans of twenty years or more — lost their jobs overnight as the state shut down to slow a virus few people yet understood. None of us guessed then how heavy a price the pandemic would exact at home and around the globe.",
         ], appeals=[_CAUSEWAY_MEMBERS]),
    _doc("b120-prairielantern-ruraltruth-top-middle", "appeal", "top+middle",
         "Invented; modelled on The Iowa Mercury (Substack essay, upgrade-to-paid paragraph near top and one-line plea mid-essay)", "en", [
             "Hometown weeklies are the final stronghold of a shared sense of what is real. And this newsletter, The Prairie Lantern, offers its stories to those papers, because, when all is said and done, I am a third-generation small-town newspaperman in this state.",
             _LANTERN_UPGRADE,
             "We can rebuild trust and a common reality from the hometown paper upward, not from national networks and campaign stages downward.",
             "There is no paywall at The Prairie Lantern — any newspaper in the country can pick up and print these rural stories for free. As news deserts spread across the countryside, the truth gets buried along with the local papers, or is left to wither in the hands of the hollowed-out “zombie papers” that drift through a landscape of rumor and slow decay.",
             "On top of that, The Prairie Lantern reaches readers nationwide, with deep reach into the rural corners of a divided country — and our own state above all. Rural readers trust us. Now and then we can get past the walls of partisanship.",
             _LANTERN_PLEA,
             "What appears in hometown papers, the outlets of small rural towns, readers accept as true because they saw it with their own eyes.",
             "The death notices. They know their neighbor or old classmate has passed.",
             "The box scores. They were in the bleachers, or heard about it at the feed store.",
             "They know the final, just as the paper printed it, was 21-17.",
             "The town council. Readers believe the story about the Elm Street repaving since they have been detouring to and from work for six weeks.",
             "Articles or ads, really any content, about state and national affairs gains credibility by sitting next to the local truth.",
         ], appeals=[_LANTERN_UPGRADE, _LANTERN_PLEA]),
    _doc("b120-cobbleridgesentinel-calendar-middle", "appeal", "middle",
         "Invented; modelled on Harlan Enterprise (community calendar with date headers, newsletter widget line mid-page)", "en", [
             "Around the County",
             "Published 10:42 pm Monday, March 4, 2019",
             "The Cobble Ridge Sentinel prints local happenings in the community calendar at no charge when space permits. Phoned-in items cannot be accepted. Please email all items to calendar@cobbleridge.example.com or bring them by our office at 880 Route 19 North, Cobble Ridge. Items must reach us at least four working days ahead of the event. Items received on time will run one or two days before the event. Listings can also be found at cobbleridgesentinel.example.com.",
             "The Tanner County Scholarship Dinner is set for May 2 at the Tanner Civic Center. Anyone planning to award a scholarship at the dinner should finalize their choices by April 25 so recipient details can appear in the program. Anyone who wants to present a scholarship should call Superintendent Dale Whitt or Laura Pennington at Tanner County Schools at 555-214-3300 or Superintendent R.J. Combs at Cobble Ridge Independent Schools at 555-214-7700. Ticket details will come later, but seats will be $12 each.",
             "MARCH 5-6",
             _NEWSLETTER_WIDGET,
             "The Tanner County Bookmobile route for the week of March 4 includes:",
             "Tuesday — Laurel Fork and Pigeon Hollow.",
             "Wednesday — Dry Branch, Miller’s Gap, Grace Outreach Center and Kettle Creek. Station",
             "Thursday — No route.",
             "MARCH 6",
             "Tanner Regional Medical Center will hold its Lunch and Learn wellness talk at noon on March 6 at the Tanner County Extension Office, 42 Depot Street in Cobble Ridge. Dr. Anita Desai, a cardiologist at the Tanner Heart Clinic, will discuss “Keeping Your Blood Pressure in Check.” Lunch and door prizes are free. For details or to reserve a seat, call Renee Colson at 555-214-8120 or rcolson@tannerrmc.example.org.",
             "The Kettle Creek Elementary School site-based council will meet at 3:30 p.m. on March 6 in the school cafeteria.",
         ], appeals=[_NEWSLETTER_WIDGET]),
    _doc("b120-tarrowvalleygazette-chilisupper-middle", "appeal", "middle",
         "Invented; modelled on The Jessamine Journal (editor's column, newsletter widget line mid-column)", "en", [
             "Settling into Tarrow Valley",
             "Published 6:45 pm Thursday, March 9, 2017",
             "The swing in weather between Thursday and Friday was nearly enough to send me back to my years up north. Especially when the sharp, biting Friday morning gusts reminded me how much I miss the hair that used to cover the crown of my head.",
             "Still, the Millbrook Lions Club chili supper fundraiser went well for us, and it was a good evening for everyone who came by for a steaming bowl while listening to the local bluegrass trio The Hollow Log Pickers. As it happens, fiddle tunes and chili pair as naturally as a worldwide service club raising funds for a hometown cause and neighbors who back the clubs that back their town.",
             _NEWSLETTER_WIDGET,
             "My thanks go to the fellow Lions who braved the cold Friday evening to help out, putting others before themselves. And congratulations to the other honorees at Tuesday’s luncheon!",
             "That neighborly spirit and the wish to hold onto a small-town feel are what have made Millbrook grow so dear to me since I joined The Tarrow Valley Gazette last October. I look forward to getting to know Millbrook and Aster Springs better as I become more involved locally in my new roles helping with the Gazette’s news coverage and steering the editorial side of the new Tarrow Living magazine.",
             "This follows my return to my home state in 2014 after spending 22 years out west, where I edited, published and partly owned a weekly paper in a small, rural county. I was proud not only to help keep one of the county’s four oldest businesses going, but to see a paper founded in 1889 improve in quality and circulation.",
         ], appeals=[_NEWSLETTER_WIDGET]),
    _doc("b120-bellcastleherald-neighbors-middle", "appeal", "middle",
         "Invented; modelled on The Demopolis Times (short editorial, newsletter widget line mid-page)", "en", [
             "Neighbors step up for neighbors",
             "Published 5:48 pm Thursday, August 8, 2013",
             "The wave of support from the people of Bellcastle and Tuller County is heartening for the whole region.",
             "Young and old, many folks here will do whatever they can to carry a fellow resident and friend through hard times.",
             "That has been especially clear over the past several weeks in Bellcastle with the Whitaker family and their ordeal. Jenna Whitaker was diagnosed with meningitis and has remained hospitalized since. There have been bass tournaments, civic groups have given money, and kids have even set up cookie stands to raise funds and attention for the Whitaker family.",
             _NEWSLETTER_WIDGET,
             "Smaller efforts around town draw plenty of support too. The Bellcastle High School band hosted a car wash fundraiser this week for its program, and roughly 40 people turned out Tuesday afternoon.",
             "Clearly, this is a place where people care, and it is a comfort to know you can lean on your neighbor when you need to.",
         ], appeals=[_NEWSLETTER_WIDGET]),
    _doc("b120-metrobeat-papertowels-middle", "appeal", "middle",
         "Invented; modelled on Lansing City Pulse (publisher's column, e-newsletter sentence ending a paragraph)", "en", [
             "Walking out of the Greenleaf Market, I spotted a paper sack hooked on my car’s side mirror. In it was a single roll of paper towels. Since my license plate reads MTROBT, I worried an unhappy reader was making a point about what paper Metro Beat deserves to be printed on.",
             "So I was relieved to find this note: “Thank you for all the Metro Beat updates,” signed by friends Ruth Okafor and Dale Brandt, Westfield residents who run the local folk music society. Thanks, Dale and Ruth. These days, paper towels are very welcome.",
             "Those updates are web stories posted twice a day, around lunchtime and again late at night. We also send them by email to 6,500 subscribers of the Metro Beat newsletter. " + _METROBEAT_SIGNUP,
             "Those updates come from our reporter Priya Nandakumar. She is working every day of the week to keep readers in the loop. Her updates round up news from around town and farther away. If you’d like to ration your bad news (good luck), her updates are tight summaries with links to articles and other resources.",
             "The pandemic has flipped how people find Metro Beat. Last April, Metro Beat’s website drew roughly 80,000 pageviews. This April it was close to 250,000. At the same time, our print run has dropped by about half, to roughly 7,000 copies. You can most reliably pick us up at Harvest Basket (except the Millpond store), Green Grocer, Greenleaf Market, QuickFuel (at some you may have to ask the cashier), Fresh Row and our many racks around town. A full list of pickup spots is on www.metrobeat.example.com under the “where to find us” tab at the top of the page.",
         ], appeals=[_METROBEAT_SIGNUP]),
    _doc("b120-highlandcourier-cedarliving-middle", "appeal", "middle",
         "Invented; modelled on The Interior Journal (publisher's note on a special section, newsletter widget line mid-page)", "en", [
             "Cedar County Living shows what makes our home unique",
             "Published 3:15 pm Thursday, March 7, 2019",
             "With luck, by the time you see this column, you’ve already paged through our yearly Cedar County Living magazine tucked inside today’s edition.",
             "I tend to look on the bright side, so I’ll assume you did, and that you read every page before turning to the rest of the paper.",
             "Cedar County Living — a 40-page keepsake meant to highlight the best our community has to offer in all sorts of ways — is our championship game among newspaper editions. Alongside the perennially popular community directories, we set out to profile some of the events and groups that capture the spirit and history of Cedar County.",
             _NEWSLETTER_WIDGET,
             "Our staff put in untold hours over the last three or four months pulling this together.",
             "We think it turned out to be a real triumph and perhaps The Courier’s finest special section yet.",
             "Everybody pitched in somehow, but our reporters, ad representatives and designers have earned special thanks for the effort they poured into it and for their dedication to quality.",
             "It is easy to wear down on a project this big, but nobody lost track of what we were aiming for. It all feels worthwhile when you finally hold the printed result.",
             "We are grateful to everyone who told us their stories — and so, in turn, told them to you. We believe there is something here for every reader.",
             "I’d be remiss not to thank the advertisers who backed this project and saw it as an excellent way to reach engaged residents who genuinely want to shop local.",
             "Without both of those groups, none of this could have happened.",
             "So step away from the daily rush for a bit, pour a coffee or whatever you like to sip, and lose yourself in the people and history of Cedar County.",
             "We hope you have as much fun reading it as we had making it.",
         ], appeals=[_NEWSLETTER_WIDGET]),
    _doc("b120-pinecreststandard-forum-middle", "appeal", "middle",
         "Invented; modelled on The Greenville Advocate (editorial on a candidate forum, newsletter widget line mid-page)", "en", [
             "Come out and quiz the candidates",
             "Published 12:00 am Tuesday, May 21, 2002",
             "On Thursday, The Pinecrest Standard will hold a candidate forum ahead of the June 4 primary in the Pinecrest Middle School gym at 7 p.m.",
             "The event is meant to let Dorsey County voters hear the candidates answer questions sent in by the public.",
             "Choosing someone to hold office, whether probate judge, school board, county commission or anything else, is a right guaranteed to us by the federal and state constitutions. Generations before us fought for that right, and it falls to us as citizens to stay informed and current on the issues and where each candidate stands on them.",
             _NEWSLETTER_WIDGET,
             "Many candidates have placed announcements and ads in The Pinecrest Standard hoping to spread the word that they are in the race. They have also posted yard signs all over the county, and plenty have knocked on doors to meet voters. Even so, not every resident has managed to learn which issues the candidates consider most pressing, and not every candidate has heard what matters most to residents.",
             "Make use of this chance on Thursday evening. The Standard will take questions until noon Thursday. Do your part and stay informed. If there’s a question you think deserves an answer, odds are other people in the county are wondering the same thing.",
             "Mail questions to The Pinecrest Standard, P.O. Box 214, Pinecrest, Alabama 36099 or to Questions can also be phoned in at (555) 410-2200 ext. 18, faxed to (555) 410-2291 or dropped off at 27 Magnolia Avenue.",
         ], appeals=[_NEWSLETTER_WIDGET]),
    _doc("b120-rosemontledgerstar-betterpaper-end", "appeal", "end",
         "Invented; modelled on The Advocate-Messenger (reader letter, newsletter widget as last line)", "en", [
             "Letter: Rosemont needs a better local paper",
             "Published 9:30 am Tuesday, May 10, 2022",
             "My wife and I relocated to Rosemont in 2020 and we adore this town and everyone in it. In that time we have gotten to know lots of neighbors and have put down real roots here.",
             "As someone who has worked in newspapers and understands that local news matters more than any other kind, I find the current condition of the Ledger-Star discouraging. With no staff left in Rosemont and the work farmed out to hubs two states away, it shows.",
             "I kept my subscription when it dropped from daily to twice a week and understood why that had to happen. Then the sports section disappeared.",
             "If Garland County has one thing that defines it, it is high school sports. What good is a hometown paper that doesn’t cover our young athletes, report on local government and serve as the town’s record?",
             "Honestly, Rosemont deserves more.",
             "Martin Coyle",
             _NEWSLETTER_WIDGET,
         ], appeals=[_NEWSLETTER_WIDGET]),
    _doc("b120-registergazette-riverfront-end", "appeal", "end",
         "Invented; modelled on The Intelligencer (Wheeling) (reader letter, two-line inbox-and-topics form at the end)", "en", [
             "Riverfront District Left In Shameful Shape",
             "Editor, Register-Gazette:",
             "Having not been back to Port Ellis for some time, it was with real dismay that some out-of-town friends and I, heading to the Harvest Fest, got a shameful welcome to the city!",
             "The old saying “First impressions are the ones that stick” never fit better! The downtown streets are an embarrassment, as were many others we drove in other parts of town.",
             "My friends from Arizona were stunned and surprised (so was I) that city leaders and even residents put up with such conditions! Has nobody any pride?.",
             "I can only picture what others returning for reunions, festivals, etc. must think, and carry home and share across the country! Simply unbelievable!",
             "Eleanor Vasko",
             "Port Ellis Central High School",
             "Class of 1961",
             _REGISTER_FORM,
         ], appeals=[_REGISTER_FORM]),
]


# --- Probe 100: negatives -----------------------------------------------------------------------

PROBE100_NEGATIVES = [
    _neg("b120-birchfieldcrier-crowdfunding-neg",
         "Invented; modelled on The Local Reporter (Chapel Hill) (report on a crowdfunding site's local appeals)", "en", [
             "In a dark season, can a crowdfunding page bring a little light?",
             "By Harriet Lowe",
             "If you’d like to do something kind in the spirit of the holidays, the PitchIn crowdfunding site lists over 400 appeals for cash from around Birchfield. Individual pages seek $300, $1,500, $4,000, $8,000, $25,000, or $110,000 for causes every bit as diverse as the sums.",
             "Urgent cancer care. Surgery for a family dog. Overdue hospital bills. Shops in need of quick capital. Earthquake relief abroad. A community garden. A high school robotics team. Aid for unhoused neighbors. Putting on a benefit bingo night. Shooting a low-budget zombie movie. Flying relatives home to Birchfield for the holidays. Some PitchIn pages are fresh and pressing while others hit their targets years back.",
             "PitchIn is straightforward: decide how much you need, publish and share your page, and then, with luck, people chip in until you reach the target. If gifts exceed the target, the extra is yours; and unlike some crowdfunding platforms, if you come up short, you still keep whatever came in. PitchIn covers its own costs by keeping 25 cents plus 3 percent of each gift.",
             "There is no time limit on raising the money. Whether a page reaches its target or not, it stays live on the site until its owner removes it.",
             "A handful of Birchfield businesses have started a PitchIn page or two. Marco Ruiz of the Corner Spoon Diner is seeking $120,000 to “keep staff paid, the power on, equipment repaired, and the place up to code.” On top of that, he said, he’ll need to step away from the diner in 2024 to care for a seriously ill parent. As of this writing, gifts stand at just over $31,000.",
         ]),
    _neg("b120-loudline-survivorsfund-neg",
         "Invented; modelled on Heavy.com (explainer urging gifts to an official victims' fund)", "en", [
             "PitchIn",
             "The nation is shaken by the terrible fire that broke out yesterday at the Rialto Music Hall in Harmon County, Ohio. Stirred by the horrific scenes, countless people want to act. So what can you do? The most direct, most meaningful and simplest way to help is to give to the Rialto Survivors’ Fund. Survivors urgently need medical care, counseling and ongoing support, all of which require a great deal of money to keep up with mounting hospital bills and other costs. How can you give and be sure your money ends up where it should? By going to the official Rialto Survivors’ Fund.",
             "People all over the country (and abroad) want to help those hurt in yesterday’s devastating fire at the Rialto Music Hall in Harmon County, Ohio. Sadly, a common pattern after any disaster is the appearance of so-called relief campaigns built to look genuine that are really a simple way for scammers to profit from tragedy and divert money away from real causes. For that reason, an official PitchIn campaign has been set up, where people can give safely without worrying about misuse.",
         ]),
    _neg("b120-speakupmartin-financereports-neg",
         "Invented; modelled on Air It Out with George (blog post with hard line breaks, campaign-finance tallies)", "en", [
             "Martin Kessler",
             "The second",
             "round of campaign finance reports filed yesterday showed state senator",
             "Walt Prescott spent $76,000 in his failed bid for the Democratic Party's",
             "mayoral nod in Ashford's city race. His receipts included a",
             "last-minute $4,000 loan from himself. The remainder",
             "in his campaign account was $1,420.",
             "Linda Marsh,",
             "who captured the Democrats' nomination, reported raising $64,000 in all, spending",
             "$49,000 and entered the General Election ahead of every candidate with $15,210",
             "in the crucial cash on hand.",
             "Republican",
             "Mayor Tom Brennan reported total receipts of $24,150, spending $11,300,",
             "leaving $12,850 in the bank.",
             "Unaffiliated",
             "mayoral candidate Susan Pryor, who skipped the primary,",
             "reported receipts of $10,470, spent $5,915 and has $4,555 left.",
             "In the",
             "first finance report, Prescott listed $18,000 from companies",
             "tied to developer Carl Mueller and $9,000 from companies tied to",
             "Ridgeway Paving. Marsh reported",
             "getting $6,000 from companies tied to local car dealer Ron",
             "Haskins.",
             "I was the",
             "first to break this story and urge a change to the campaign contribution",
             "ordinance to shut the loopholes that let candidates accept more money than",
             "the limit ($3,000 for mayor, $1,500 for alderman) set by law.",
             "In",
             "addition, I asked every General Election candidate to sign a pledge",
             "to honor the “intent of the law” for the rest of the",
             "race. On my first pass through the second",
             "round of reports, it looks like no candidate took advantage of the loopholes",
             "open to them, which is encouraging.",
             "On",
             "Tuesday, the mayor and aldermen will hold a workshop on amending the ordinance to",
             "close these loopholes.",
             "Republican Dan Keefer ($16,000) and Democrat Lisa Ortiz ($11,500) topped the alderman field in money raised. Keefer had $7,420 on hand and Ortiz $5,980.",
         ]),
    _neg("b120-plateaucourier-localnews-neg",
         "Invented; modelled on The Courier-Herald (Enumclaw) (column on saving local journalism, bullet example)", "en", [
             "The headlines have been exhausting lately, at least for people who still follow them.",
             "That makes the effort to rescue local reporting harder. It gets drowned out by the nonstop noise coming out of the nation’s capital.",
             "Still, I’m convinced that one underlying reason for the political turmoil is the disappearance of trusted, well-staffed hometown news outlets.",
             "The decline started some twenty years ago, when half the nation began to lose its local papers along with the civic habits, shared facts and common ground they supplied. Social platforms, cable talk and other substitutes appear to be doing the reverse.",
             "My remedy for this gloomy picture is to look at the work reporters are still doing at local outlets around the nation.",
             "Over half of American counties have become news deserts, with almost no local coverage at all. Over a third of local papers have closed and about two-thirds of newsroom positions have vanished in the past twenty years.",
             "Yet there are bright spots, places with vigorous local papers and digital newsrooms that show why we mustn’t give up on the news or look away.",
             "The work goes on even as officials now openly attack and obstruct the press, and as many readers seem more excited about the latest season of a streaming drama than the future of the First Amendment.",
             "All that comes on top of newsrooms shrunk by cuts and mergers, and the prospect of more layoffs and shutdowns this year.",
             "A few examples:",
             "• Marisol Chen of The Gulf Coast Tribune last week won a prestigious national reporting award for “revealing how home-roofing outfits coached high-pressure salespeople to pursue retirees with bogus promises of storm-damage payouts that never arrived, insurance discounts that did not exist and warranties that were never honored. Beyond the shoddy repairs, many victims were left with leaking ceilings.”",
         ]),
    _neg("b120-cordellenquirer-fishfry-neg",
         "Invented; modelled on Hartselle Enquirer (community column with a fire-station fundraiser and blood drive)", "en", [
             "Fish fry fundraiser Saturday",
             "Oak Hill News",
             "Oak Hill Volunteer Fire Department will hold a fish fry fundraiser Saturday, March 12, from 10 a.m. to 4 p.m. Plates are $12 and come with a choice of catfish, tilapia or chicken tenders. Stop by to support the firefighters and have a good meal while you’re at it.",
             "Pruitt County forester Dana Whitley spoke at the county volunteer firefighters association meeting on Monday, March 7. She said free pine and hardwood seedlings would be handed out at the county Forestry Commission office in Cordell (beside the extension office) on Thursday, March 10, starting at 8 a.m. Each person can take home three to five seedlings to plant on their land. Varieties include loblolly pine, white oak, water oak, dogwood, redbud, sweetgum, sycamore, black cherry, persimmon, yellow poplar, willow oak and eastern red cedar. Residents are encouraged to back the Forestry Commission so future generations will have trees to enjoy.",
             "A Red Crest blood drive is scheduled at Pleasant Valley Methodist Church on Sunday, March 13, from noon to 4 p.m. Please come out and give blood. Keep in mind, the life saved could be yours.",
             "The meeting of Pruitt County volunteer fire departments drew a good crowd on March 7.The following departments sent members: Bear Creek, Cedar Bluff, Clear Springs, Oak Hill, Fairview, Goose Pond, Hickory Flat, Lone Star, Mill Creek, Pine Grove, Red Hill,Sand Mountain, Shiloh, Union Grove and Walnut Ridge.",
         ]),
    _neg("b120-sagebrushsun-pricerise-neg",
         "Invented; modelled on Green Valley News (publisher's column explaining a subscription price increase)", "en", [
             "Get ready for a pile of figures. I’ll try to give them some context and explain a few changes coming your way.",
             "Like fuel, food and plenty of other things, producing and delivering your paper is costing us a lot more.",
             "Over the last two years, newsprint prices alone have climbed 35 percent, and more hikes are coming. Wages and ink have risen sharply in the past year too, and we have swallowed all of those increases along the way.",
             "We have always tried to keep the Sagebrush Sun within reach of as many readers as we can, and that remains a priority. But to stay on solid financial footing, our prices have to rise.",
             "Beginning April 1, a year of home delivery will rise to $119. That is a $20 yearly increase, which matches what we expect our extra costs to be. There is no added profit in that figure — it just keeps us level. The single-copy price in stores will go to $2 (up from $1.50); coin-operated racks will be phased out because they can’t be set to $2, and refitting them costs too much.",
             "Newsprint has climbed for the same reasons everything else has: wages and supply and demand. The country has fewer paper mills than it used to, which makes newsprint harder and pricier to buy.",
             "The bright side? You will still have a hometown paper, which a lot of towns can no longer claim.",
             "In February, Ridgeport, Idaho, lost its daily, the Ridgeport Register. Ridgeport is about three times the size of our valley and has a metro population of roughly 200,000.",
         ]),
    _neg("b120-millfordsentinel-telethon-neg",
         "Invented; modelled on Hartford Courant (archived telethon story with '|' dateline and backtick quotes)", "en", [
             "Telethon Gives Lift To Kids' Hospital",
             "May 18, 1998|By LAURA BENSON; Sentinel Staff Writer",
             "Residents across the state dug deep to pledge $1.08 million during a 20-hour telethon last weekend benefiting Riverside Children's Hospital.",
             "The broadcast, part of the 15th annual national Kids First Network telethon, is the hospital's biggest fund-raiser of the year.",
             "From the $2,310 raised by students at Hale Middle School in Brookfield, to the $187 in pocket change collected at Linden Elementary School in Eastmoor, the pledges will pay for equipment and programs.",
             "A steady parade of young patients and their families -- in the Millford studio and from the hospital -- went on Channel 6 from 8 p.m. Saturday until 4 p.m. Sunday to share uplifting stories.",
             "Egged on by radio host Dave Marcone, Ashby resident Jenna Pruitt, 9, who had a tumor removed from her arm in January, vowed to skateboard at next year's telethon.",
             "Marcus Lee, 11, of Dunmore, appeared on the broadcast to explain how the hospital helped him manage his diabetes. After a frightening episode two years ago, he is back to playing soccer thanks to careful treatment.",
             "Also on the air was Tommy Reyes, a 4-year-old from Westbrook born with a heart defect. With his parents beside him, he grinned at the camera, showing how well he recovered from surgery.",
             "``That's one more miracle for everyone to see,'' said weatherman Hal Brody, who talked with the family. ``. . . We have watched miracles happen right here.''",
             "Susan Farrell, the hospital's development director, was delighted the telethon topped last year's pledges by $6,000. The money, she said, will buy equipment, such as ventilators and infusion pumps the hospital otherwise couldn't afford, and support programs such as child life services.",
         ]),
    _neg("b120-marlowmirror-areabriefs-neg",
         "Invented; modelled on Altoona Mirror (area briefs with headed items, membership rules and dinner prices)", "en", [
             "Around the region",
             "Food pantry for veterans set for Tuesday",
             "HOLLIDAY — American Legion Auxiliary Unit 412 will hold its monthly Veterans Food Pantry distribution on Tuesday, starting at 11 a.m., at the post, 220 Creekside Road.",
             "It is open to all active-duty service members, veterans and surviving spouses of veterans living in Marlow County. Bring military ID plus a photo ID and use the entrance on Route 36/Creekside Road.",
             "The auxiliary thanks all the volunteers, area businesses, individuals and the Marlow Community Foundation for helping keep the program running.",
             "Auxiliary meetings are held at 6:30 p.m. on the second Thursday of every month at the post. Anyone may join who is a relative of a veteran who served during a recognized period of conflict. The veteran in question can be a husband or wife, mother or father, son or daughter, sibling, grandparent or grandchild, living or not.",
             "For more information, call the Legion at 555-4410.",
             "Veterans Day chicken dinner planned",
             "The Elm Hollow Community Club will hold a Veterans Day chicken and biscuit dinner from 5 to 8 p.m. Thursday at the Elm Hollow Community Hall, 48 Orchard Lane, Holliday.",
             "The cost is $6 for veterans and $8 for adults. Children 8 and younger eat free.",
             "For more information, call Donna Sheets at 555-2716.",
             "Marlow County ARPE chapter to meet again",
             "Marlow County Chapter 217 of the Association of Retired Public Employees (ARPE) will gather Thursday at the Hilltop Diner, 85 Summit Avenue, Holliday.",
             "Members are urged to bring along a current or retired public employee. Lunch starts at 11:30 a.m., followed by the meeting at 12:30 p.m.",
             "Details on the 2021 health insurance open enrollment period will be presented to members.",
             "For information, contact Gail Moser at 555-8301 or gmoser.arpe@example.com.",
             "Salvation Army looking for holiday helpers",
             "The Holliday Salvation Army Corps Community Center is looking for volunteers for the Christmas season.",
         ]),
    _neg("b120-valleychronicle-140years-neg",
         "Invented; modelled on The Leader-Herald (Gloversville) (anniversary editorial on the readers who support the paper)", "en", [
             "Marking 140 years",
             "October 4, 2019",
             "The Valley Chronicle",
             "Oct. 4, 1879, wasn't a particularly notable day in history. Railroads were pushing westward, a steamboat ran aground on the river near Cairo, and the price of wheat dropped in Albany.",
             "Here in Brookhaven, though, the big story was the launch of a newspaper. Those items and others filled page one of the debut issue of The Daily Chronicle.",
             "Today, we ask our readers to help us mark this newspaper's 140th birthday. A special anniversary section appears in today's print edition.",
             "The printed edition of The Valley Chronicle, despite plenty of shiny digital rivals, remains a leading source of local news for over 15,000 readers in our region. Many people also stop by online for a roundup of the day's top stories, sports and opinion.",
             "Small hometown papers like ours are read and sustained by remarkable people - people who prize trustworthy information and care a great deal about what goes on where they live. Like you, the roughly 150 people who report, edit, sell, print and deliver The Valley Chronicle have a stake in this community.",
             "The paper tells readers how their town boards and schools operate and how their tax money is used, and more broadly, it mirrors the character and way of life in the places it serves.",
             "Through all the decades and every change this paper has gone through since 1879, its purpose and role have stayed the same.",
             "Across the nation, newspapers face financial strain and competition from digital media. Only this week, word came that the big dailies in Toledo, Ohio, and Dayton, Ohio, will soon print only three days a week, shifting focus to their websites.",
         ]),
    _neg("b120-harborlight-digitalmondays-neg",
         "Invented; modelled on The Garden Island (note on a print day going digital-only, subscription replica)", "en", [
             "This week marks the start of Digital Mondays, the one day each week when The Harbor Light newspaper comes out only online. Our final printed Monday edition of THL ran June 8.",
             "We are still printing THL six days a week — Tuesday through Sunday.",
             "On Mondays, you’ll still find the same amount of news you count on from THL, it will simply be available only in digital form. We’re also shifting some pages in the Sunday and Tuesday papers so you still get your Monday comics, puzzles and answers to the Sunday crossword.",
             "We understand that many subscribers love having a paper in hand each day, and enjoy picking up that copy from the porch or the neighborhood market on Monday mornings.",
             "Some readers will be let down that they can’t get a paper copy of THL on Mondays. Our staff shares that feeling, but it is a needed, companywide change that helps make sure we can keep bringing you local news every day. Our parent company, Coastline Media Group, also publishes the Bayport Daily Star and two other island dailies. Company President Renee Okimoto addressed the Monday change in a late May column in the Daily Star (short.example/ab12cd), and I explained the move to Digital Mondays in more detail in a June 3 column in THL (link.example/xy98zt).",
             "If you are reading these words in the digital replica of THL at harborlight.example.com, well done. You’ve found the unlimited, page-by-page digital print replica that comes with your subscription. On the six days that printed copies of The Harbor Light are sold in stores or delivered to your home, you can read an exact replica online.",
         ]),
    _neg("b120-tolliverdemocrat-oldjail-neg",
         "Invented; modelled on Greene County Democrat (commission approves a heritage grant; society must raise more)", "en", [
             "Tolliver County Commission approves use of $248,000 grant to Heritage Society to restore interior of old Jail",
             "At its regular monthly session on Tuesday, September 12, 2023, the Tolliver County Commission voted to accept a plan for spending a $248,000 grant from the State Historical Commission on repairs inside the historic old county jail, just off the town square in Eldridge.",
             "The grant went to the Tolliver County Heritage Society. The jail building and grounds, apart from a few outbuildings, are leased to the Eldridge Chamber of Commerce for upkeep and improvements. The square is part of the main business and government district for the City of Eldridge and Tolliver County.",
             "The Chamber brought in the Heritage Society to help find money to restore the old jail, which held the sheriff’s office on its ground floor and cells and a meeting hall on the upper floor. Photographs hang in the new Judge Ella Mae Turner Justice Center of voter registration rallies held at the old jail grounds when Black candidates won county seats in 1970 and 1972.",
             "Ruth Addison, president of the Tolliver County Heritage Society, said, “We qualified on all three counts for this grant: it was a public building constructed before 1850; it played a role in the civil rights struggle of the 1960s; and it is on the federal historic register.”",
             "Addison added, “We requested more than we were awarded to fully restore the inside of the old jail. We intend to strip, sand and repaint the interior, shore up the ceiling, replaster the walls, repair the windows and doors, rebuild the restrooms, and do whatever else is needed to make the building usable as a visitor center and gathering place for the county. We will have to raise additional money to finish the job and go on from the ground floor to restore the upper floor as a community hall for the county.”",
         ]),
]


BATCH120_DOCUMENTS = PROBE100_APPEALS + PROBE100_NEGATIVES
