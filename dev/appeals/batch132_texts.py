"""Batch 132: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

23 documents (12 appeal, 11 negative; all EN): our own paraphrases of every document of the
local-only real probe 112 (23 documents). Each keeps the real page's structure line for line (no
blank lines, as in the real pages): a statehouse bill-tracker story with a photo-caption line,
trailing-space paragraphs, three "•" bullets and a sentence missing its verb; a newsroom update from a
town site's editors; a business weekly's pandemic note with byline, timestamp and bare URLs; an
editor's "Dear reader" letter; a republished newsroom-anniversary essay with a lone button line
between its paragraphs; a small paper's "from the newsroom" note with its editor's sign-off; a
newsletter digest with a director's signature, "|" table-cell pipes and a "| Read the … → |" line; a
statehouse newsletter landing page with a "top story" label and four teasers ending in "…"; a
regional magazine's voting index with a lowercase tag line and author lines; a mountain-town site's
category page with quote blocks, speaker and title lines and three "Read More" lines; a web news
story on two weeklies' crowdfunding; a capitol news digest with "*  *  *" separators. Several pages
are cut off mid-word at the end, as in the real ones.

The gold marks exactly what the real gold marks: a three-line block at the end (a reporter's regional
newsletter sign-up, an anniversary event with a members' discount code, a second event cut mid-word);
a four-line thanks-subscribers-and-please-subscribe block; a whole newsletter sign-up line plus the
second half of a paywall-lifted line (subscribe link with promo code); an app-download sentence at
the end of a paragraph, a whole please-subscribe line and a cut Facebook-group-and-newsletter line;
a lone "Subscribe now." button line; a two-line "we need your support" plea with the editor's
sign-off; a matched year-end donation plea in the second half of a long paragraph; a two-line
newsletter promo at the top; a one-line support tagline at the top; a two-line email-updates sign-up
at the end; a "follow us on Flipboard" line; a four-line sponsored membership box between the
separators (the closing separator stays text). Negatives keep what makes the real ones hard: five
broadcast items on other charities' holiday bucket drives and a food network (goals, shortfalls,
sums, "you can donate online", a phone number for donors), a journal's roundtable on saving local
news, a blog's analysis of council members' campaign donations, a community fund's goal and relief
fund totals (twice), a blogger relaying another site's fundraising drive with its daily average and
goal, and a church paper's student mission trip funded by a bake sale.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches each text is taken as it stands,
every gold appeal substring is located in it (asserted unique).
"""


from whole_documents import _doc, _neg


# --- Probe 112: appeal documents ------------------------------------------------------------------

_SIGNAL_END = "\n".join([
    "Eastern Oregon Dispatch: Every Thursday, Statehouse Signal reporter Colin Reyes rounds up the top stories from east of the Cascades. Read his latest edition and subscribe here to get it in your inbox.",
    "Statehouse Signal events: Come to Portland on Oct. 17 for an evening marking Statehouse Signal’s 8th birthday and Martha Kilgore’s 40th year reporting on Oregon government. Listen as Martha looks back on four decades in the Capitol press room. Guests can also buy raffle tickets for a chance at a lunch with Martha. Members get a reduced ticket price with the code “SIGNAL” at checkout. Get tickets here.",
    "One more event: Statehouse Signal, Oregon Civic Table and the Willamette Policy Forum are putting on a mayoral debate for Portla",
])

_MILLHAVEN_SUBS = "\n".join([
    "To our readers who have subscribed for years: thank you for keeping our reporting going all this time.",
    "And to everyone who has signed up over the last few days as the outbreak reached our town, welcome aboard.",
    "With so many shops closed or trimming their ad budgets, backing from readers counts for more than it ever has if we are to keep bringing you the news.",
    "If you have not yet signed up, please think about becoming a subscriber today.",
])

_VALLEY_NEWSLETTERS = (
    "You can also get our reporting — plus updates from trusted regional news outlets — through our "
    "Morning Brief and Afternoon Wrap newsletters. For medical-sector news, try our weekly Health Beat "
    "newsletter. Follow how local eateries are coping through our Table Talk dining guide. Register for "
    "any of our newsletters at https://valleycommerce.example.com/register/"
)

_VALLEY_SUBSCRIBE = (
    "If you want to back our reporting, please consider subscribing here: "
    "https://valleycommerce.example.com/join Enter promo code SPRING15 to take $15 off your subscription."
)

_COURIER_APP = "Our app can also send you an alert on your phone whenever a big story breaks."

_COURIER_SUBSCRIBE = (
    "So even as our outbreak coverage stays free to everyone, we hope you will back us with a "
    "subscription so we can keep delivering this vital reporting."
)

_COURIER_GROUP = (
    "Got questions? Join our Facebook group: Rhode Island Outbreak Questions. We also send a "
    "newsletter devoted to the outbreak that"
)

_PLAINS_BUTTON = "Subscribe now."

_CREEKSIDE_PLEA = "\n".join([
    "If you can manage it, we could really use your help. Like plenty of small businesses, this paper has taken a real beating from the pandemic. We are not part of a chain like most papers around here — we're independent and owned right here in town. There's one full-time staffer plus a freelance reporter we lean on, and that's the whole crew.",
    "Your editor, Wes Ambrose",
])

_BUCKEYE_MATCH = (
    "Huge thanks to everyone who already supports us, and if you'd like to join in, you'll find the "
    "details here. Now is a particularly good time, because during our year-end drive every donation "
    "is being matched dollar for dollar. Better still, any new recurring monthly or quarterly gift will "
    "be matched at its full value for the year. So a $15 monthly gift brings in an extra $180 in "
    "matching money for local reporting."
)

_CROSSING_NEWSLETTER = "\n".join([
    "A no-cost email briefing that unpacks the stories that matter most to Iowans and Illinoisans.",
    "Arrives every Monday and Wednesday morning",
])

_GULF_TAGLINE = "Stand up for democracy on the Gulf Coast."

_UPPERBASIN_SIGNUP = "\n".join([
    "Get our email updates",
    "Stay on top of the news that matters in the upper valley. Subscribe to our weekly email updates.",
])

_LAKES_FOLLOW = "Follow Lakes Region Now on Flipboard for up-to-the-minute headlines"

_GRANITE_MEMBERS = "\n".join([
    "Brought to you by our Member Backers!",
    "Membership Keeps Our Reporting Going",
    "Becoming a Granite Capitol Report member now is an investment in . Should 150 new readers sign on as monthly or yearly members at $5 to $12 a month, we'll be able to keep delivering minute-by-minute reporting from the State House. This work was hard even before the pandemic, so know that every bit of help counts. Please consider joining! Your support would mean a great deal to us!",
    "And new members who choose a recurring plan can pick up a sturdy tote bag or one of several other thank-you gifts.",
])


PROBE112_APPEALS = [
    _doc("b132-statehousesignal-billtracker-end", "appeal", "end",
         "Invented; modelled on CalMatters (bill-tracker story with caption line and bullets, newsletter and events block at the end cut mid-word)", "en", [
             "A stack of bill folders rests on a committee table inside the temporary Capitol offices in Salem on Oct. 3, 2024. Photo by Renata Aguilar-Moss, Statehouse Signal",
             "Gov. Helen Marquardt faces a long list of choices in the coming four weeks. ",
             "Piled on her desk are several hundred measures that lawmakers sent her before the session wrapped up late on Sunday. With a single signature, any of them could take effect. ",
             "Our statehouse reporters built this tracker so you can follow what happens to the biggest of those measures. ",
             "The governor has plenty of knotty state questions to weigh – on top of her fresh role on the national stage. ",
             "Lawmakers have handed her several heavy items, including: ",
             "• A broad rewrite of Oregon’s wildfire and water rules",
             "• A package of limits on how landlords can use rent algorithms",
             "• Several measures answering the federal government’s push to cut rural health funding",
             "Last year, Marquardt roughly 14% of the 980 measures lawmakers approved. Her usual explanations for a veto: flawed or duplicate policy, price tags, public backlash or well-funded lobbies.",
             _SIGNAL_END,
         ], appeals=[_SIGNAL_END]),
    _doc("b132-millhavennow-newsroomupdate-end", "appeal", "end",
         "Invented; modelled on Evanston Now (newsroom update ending in a thank-subscribers-and-subscribe block)", "en", [
             "A note from the Millhaven Now newsroom",
             "Millhaven Now enters its 11th year of bringing local news to Millhaven residents this week.",
             "When we started out a decade ago, few of us could have imagined marking the occasion while staying home under a stay-at-home order.",
             "Downtown Millhaven may be nearly empty these days, yet the magnolias along the river are blooming, a hint that brighter days are coming.",
             "In a season like this one, community reporting matters more than it ever has — our traffic this month is running far ahead of the same stretch last year.",
             "We've set up a single page gathering all our coronavirus reporting, and we've posted more than 70 stories about the outbreak since the first of the month.",
             _MILLHAVEN_SUBS,
         ], appeals=[_MILLHAVEN_SUBS]),
    _doc("b132-valleycommerce-outbreakupdates-middle", "appeal", "middle",
         "Invented; modelled on The Business Journal (Fresno) (pandemic note with timestamp and byline, newsletter line and subscribe-with-promo-code sentence)", "en", [
             "posted on April 2, 2020 - 10:15 AM",
             "Written by Howard Pellman, III",
             "With fast-changing information so important right now, the Valley Commerce Weekly newsroom is publishing daily briefings on the pandemic and what it means for employers and the regional economy.",
             "Our pandemic reporting online is free for everyone, subscribers or not. Find all of it on our new outbreak hub: https://valleycommerce.example.com/outbreak/",
             _VALLEY_NEWSLETTERS,
             "We have taken down the paywall on pandemic stories as a community service. " + _VALLEY_SUBSCRIBE,
             "We join you in hoping that everyone comes through this period healthy and that local businesses recover quickly once it passes. We will keep delivering the latest reporting and practical guidance about the region's business community.",
             "If you have a question, want more details or would like to share feedback or a tip, contact our Editor Lorena Quist at editor@valleycommerce.example.com",
         ], appeals=[_VALLEY_NEWSLETTERS, _VALLEY_SUBSCRIBE]),
    _doc("b132-baycourier-editorletter-middle-end", "appeal", "middle+end",
         "Invented; modelled on Delaware Online / The News Journal (editor's 'Dear reader' letter with app, subscription and cut Facebook-group lines)", "en", [
             "Dear reader,",
             "I'm writing this from a folding table in the spare bedroom of my house in Cedar Hollow while the Bay Courier/CoastlineOnline newsroom works from home to cover the coronavirus outbreak across Rhode Island.",
             "My daughter is attending her high school lessons online at the kitchen counter. My husband takes his calls from the garage. I know many of you have likewise turned your homes into a classroom, an office, a refuge and everything else at once.",
             "By now, physical distancing is a term everybody knows, and CoastlineOnline/The Bay Courier is practicing it to protect our staff while we report on the outbreak and everything else happening in Rhode Island.",
             "I also want to thank the many people — nurses, paramedics, pharmacy clerks, bus drivers and so many more — who keep showing up at work so the rest of us stay safe.",
             "Even though our newsroom is empty, I want you to know our team is putting in long days to make sure the information you get is fast and correct. We want you to have what you need to make good choices for yourself and the people you love. Our job is to make a confusing moment easier to understand.",
             "Plenty of news will break as this outbreak develops. That is why we have made every story that serves public health free and unlimited for as long as it lasts. I hope you will keep checking CoastlineOnline through the day as events unfold. " + _COURIER_APP,
             "Still, we are not shielded from the economic downturn that is coming. With shops, diners and theaters shutting their doors, there will be fewer ads on our website and in The Bay Courier.",
             _COURIER_SUBSCRIBE,
             "The CoastlineOnline/Bay Courier team is working around the clock through the outbreak.",
             "And that comes on top of the usual flood of breaking stories and updates.",
             _COURIER_GROUP,
         ], appeals=[_COURIER_APP, _COURIER_SUBSCRIBE, _COURIER_GROUP]),
    _doc("b132-plainsledger-firstyear-middle", "appeal", "middle",
         "Invented; modelled on Glendale Cherry Creek Chronicle (republished newsroom-anniversary essay with a lone sign-up button line, cut off)", "en", [
             "Plains Ledger turns one",
             "Sandhill Buttes Natural Area in Nebraska holds ridges shaped by wind and ancient seas. Grass-covered dunes, scattered wetlands and slow, winding creeks give it an almost storybook calm. (Dana Whitlock / State Parks Office / Public Domain)",
             "We went live on Aug. 3, 2020, in about the worst season imaginable. Protests over police violence filled city streets. A virus was taking American lives by the thousands each week. Those running the country were a dishonest crew with an authoritarian streak. Huge numbers of voters were drifting into absurd conspiracy stories as though the whole nation had taken a bad pill. The drought season was on its way to being the harshest in the state's record books, a frightening sign that a warming climate was not some distant danger but a present emergency in every Nebraskan's life.",
             "Launching anything in those conditions was daunting. Our line of work depends heavily on legwork and sitting down with sources, yet we at the Ledger were mostly kept from seeing anyone. We hardly got together, and when we did, we wore masks and kept it short. It is hardly how you would choose to build a newsroom.",
             _PLAINS_BUTTON,
             "It was an odd moment to open a newsroom, too. Nationwide, reporters were being laid off and furloughed as an already shaky industry tumbled over the edge of the pandemic recession. Those who kept their jobs were threatened at campaign events, beaten by police at protests, and smeared by the occupant of the Oval Office.",
             "The news business seemed to be crumbling in real time. As we pointed out at our launch, U.S. newspaper newsrooms shrank by about half between 2008 and 2019. Around fifteen years ago, Nebraska's two biggest dailies employed roughly 300 journalists covering Omaha, Lincoln and the rest of the state. Even before the pandemic dealt the industry another blow, that number had fallen under 80.",
             "Still, into that emp",
         ], appeals=[_PLAINS_BUTTON]),
    _doc("b132-creeksidepost-newsroomnote-end", "appeal", "end",
         "Invented; modelled on Banks Post (small paper's newsroom note ending in a support plea and the editor's sign-off)", "en", [
             "Open Notes From Our Newsroom",
             "A fresh month, and the virus is still here.",
             "Think back to March, when some of us hoped the closures and stay-home orders would only last a few weeks — a stretch that now seems about two decades in the past?",
             "Right.",
             "It's September; almost six months after the first orders shuttered taverns, diners and shops all over, and following some early progress, case counts and deaths are climbing again as parts of the state reopen.",
             "Through all of it, our coronavirus coverage has stayed free — we dropped the paywall so everyone can keep up with this fast-moving outbreak.",
             _CREEKSIDE_PLEA,
         ], appeals=[_CREEKSIDE_PLEA]),
    _doc("b132-buckeyefreewire-holidaydigest-middle", "appeal", "middle",
         "Invented; modelled on Free Press Indiana (newsletter digest, matched-donation plea inside a paragraph, signature and '|' table cells, cut off)", "en", [
             "Around 2.4 million Ohioans are on the road this week, each of us headed somewhere that is home or close enough to it. We'll crowd around tables, perhaps take a walk before dessert and surely remember why the trip was worth making.",
             "This week's edition brings you reads for the airport gate or the long stretch of highway from the passenger seat. Like any good holiday spread, it has a bit of everything, and there's surely a piece in here you didn't expect to need.",
             "Assembling this newsletter every week is one of my favorite parts of the job, and I feel very lucky to do it. About five years back, a handful of committed people joined forces to figure out how Ohioans could keep getting the local news and information they rely on — a goal that is more than worth the fight. " + _BUCKEYE_MATCH,
             "Thank you for reading. However you celebrate this week, I hope it leaves you full. |",
             "Dana Whitcomb",
             "Buckeye Free Wire Director of Community Engagement |",
             "Photo/Dana Whitcomb |",
             "What we learn around a crowded table |",
             "Columbus poet Marisol Vance writes about how the holidays can teach patience and generosity, served up with the stuffing and the gravy. In this brief piece, Vance describes what she discovered ... in cranberries and card games. A quick, warm read for the long weekend. |",
             "| Read the essay → |",
             "Housing aid delays squeeze renters |",
             "The Lakefront Report finds that Ohio renters waiting on emergency housing help face mo",
         ], appeals=[_BUCKEYE_MATCH]),
    _doc("b132-thecrossing-statehousedigest-top", "appeal", "top",
         "Invented; modelled on The Beacon (Kansas City) (newsletter landing page, promo lines at the top above a 'featured story' list of teasers ending in '…')", "en", [
             _CROSSING_NEWSLETTER,
             "top story",
             "Iowa lawmakers target ‘activist’ pension investing to keep public money out of climate-focused funds",
             "Several Iowa officials want to ensure that public pension dollars are not steered toward what they call “activist corporate agendas.” A bill would bar the state from doing business with asset managers that weigh climate risk or other social factors.  Legislators in Des Moines are following colleagues in other GOP-led states in a campaign against so-called ESG investing. Critics…",
             "Hours on hold and burned-out workers: how outdated computers slow down Iowa agencies",
             "For years, Iowans have sat through long waits on the phone trying to sign up for unemployment, child care aid or other benefits from a state system hobbled by vacancies and decades-old software.  Inside the state’s Department of Human Services, which also runs child welfare programs, case systems…",
             "Where the real work happens in the Illinois General Assembly",
             "The Illinois legislature is back in session, and members are settling into the slow work of writing laws through weeks of hearings and bargaining in committee rooms.  While a bill must pass both chambers before it reaches the governor, committees decide the fine print. Whether a…",
             "Meet the legislators representing Scott and Rock Island counties in 2024",
             "Scott and Rock Island counties send more legislators to their statehouses this session than last time, a sign of the area’s rising population — and clout.  The area picked up two House seats after the latest redistricting.  Ro",
         ], appeals=[_CROSSING_NEWSLETTER]),
    _doc("b132-gulfdispatch-votingindex-top", "appeal", "top",
         "Invented; modelled on Facing South (Institute for Southern Studies) (article index with a support tagline at the top, tag line and author lines)", "en", [
             _GULF_TAGLINE,
             "thurgood marshall",
             "New film revisits the life of a forgotten civil rights pioneer",
             "Marcus Delacroix",
             "Gulf Dispatch spoke with director Hannah Lowe and writer-producer Dwayne Ellery, the team behind \"Ida Mae Rising,\" a new documentary tracing the victories and setbacks of the pioneering labor organizer and voting rights lawyer who grew up in Mobile, Alabama.",
             "Campus organizers expect record student turnout this November",
             "Renata Okoye",
             "After a summer of protests over racial injustice, mounting worry about the pandemic, and now a rushed push by GOP senators to cement a conservative court majority, surveys suggest young people are ready to vote in historic numbers. We look at student organizing efforts in a battleground Southern state.",
             "Volunteers raise money to clear court fees and restore voting rights in Alabama",
             "Renata Okoye",
             "A federal appeals court recently let stand an Alabama rule requiring people with past convictions to settle every court fine and fee before voting again, so advocates are stepping up fundraising to cover costs for people who cannot pay.",
             "Justices back counting all residents in Louisiana redistricting case but leave the door open for other approaches",
             "Priya Banerjee",
             "In a closely watched voting case, the justices upheld Louisiana's practice of drawing legislative maps using total population rather than only eligible voters. Yet whether a state may switch to counting voters alone — and shift political power in the process — is still unresolved.",
         ], appeals=[_GULF_TAGLINE]),
    _doc("b132-upperbasinvoice-maskdispute-end", "appeal", "end",
         "Invented; modelled on Ark Valley Voice (category page with quote blocks, speaker lines and 'Read More' lines, email sign-up at the end)", "en", [
             "Category: Cedar Ridge",
             "The Tamarack County Mask Dispute; Cedar Ridge Pushes Forward as Sheriff Holds Back",
             "After two weeks of watching the county task force do little more than “circle” the question, the town of Cedar Ridge stopped waiting for a shared countywide message.",
             "“I’ve raised this every day for a week and nobody listened. The town and the business alliance went ahead with our own campaign. We’re glad to pass it along to anyone…but we’re out in front here and our campaign is already running and ought to be leading. What we’re telling people is ‘Yes, we wear masks – and here’s the reason’.”",
             "J.R. Hollis",
             "Cedar Ridge Mayor",
             "Read More",
             "Tamarack County sends COVID-19 reopening variance application to the state health department",
             "“The last thing we want is to rush out too fast, see cases jump and then have to try closing down again in the middle of summer. Our goal is to get through the summer season with our resources still standing – and then get through the winter that follows.”",
             "Anne Castellano",
             "Chair, Tamarack Board of Conty Commissioners",
             "Read More",
             "Tamarack County Declares COVID-19 “A Single Shot at Reopening Right”",
             "Tamarack County officials say their message about coming out of the coronavirus “stay at home” orders  is squarely about our own valley. It is a promise and a warning at once: “We only get one try at this.”  If we get it wrong and case numbers climb, if shops open ahead of the county’s schedule, if people don’t keep up distancing, the county could loose its whole, vital summer tourism season.",
             "Read More",
             _UPPERBASIN_SIGNUP,
         ], appeals=[_UPPERBASIN_SIGNUP]),
    _doc("b132-lakesregionnow-weekliescrowdfund-middle", "appeal", "middle",
         "Invented; modelled on Bring Me The News (story on two weeklies' GoFundMe, a follow-us-on-Flipboard line, cut off)", "en", [
             "Two Wisconsin weeklies ask readers to crowdfund their future",
             "Small-town papers have been under growing strain for years.",
             "A pair of western Wisconsin weekly newspapers have made the rare move of starting a GoFundMe page to keep their presses running.",
             "With community papers squeezed by higher costs and shrinking subscriber and ad revenue, the Pepin Valley Herald, of Elm Falls, and its sister paper, the Buffalo River Courier, of Cobb Crossing, are asking readers directly for money.",
             "\"What we hope to do with this GoFundMe is remind people that a hometown paper like ours is essential to community life, and that every issue is a piece of history families will hold on to for years,\" the papers write on their fundraising page.",
             "\"We are fighting to keep going because we care about the towns we cover. We believe in this work, and the difference it makes belongs to the people who live here.",
             "\"Each of you has a part in keeping a local paper alive. Running a newspaper today is expensive. Printing and mailing costs alone keep rising. Day-to-day bills climb faster every month. Papers are cutting staff, and the people who remain take on more and more just to make sure the community's stories get told.\"",
             "Small-town Wisconsin has lost a number of papers lately. Only last week, the Tamarack Lake Sentinel printed its final issue.",
             "It reflects a broader trend of closures nationwide, leaving less reporting on local government and voters who know less about it.",
             "A university study released last fall found the country has lost roughly a quarter of its newspapers since 2005, more than 2,500 titles.",
             _LAKES_FOLLOW,
             "Whether the crowdfunding push by the Elm Falls and Cobb Crossing papers will raise e",
         ], appeals=[_LAKES_FOLLOW]),
    _doc("b132-granitecapitolreport-budget-membership-end", "appeal", "end",
         "Invented; modelled on CTNewsJunkie (capitol digest, sponsored membership box between '*  *  *' separators)", "en", [
             "Desrosiers Leans On Federal Aid To Plug Budget Gap, Promises Granite State Rebound",
             "Gov. Paula Desrosiers unveiled a two-year, $15 billion spending plan Tuesday that aims to erase a $900 million shortfall across the biennium.",
             "The gap Desrosiers wants to close is bigger than the figure forecast by the governor’s budget office and by legislative fiscal staff, and analysts warn their numbers are cautious because the pandemic makes New Hampshire’s economic future especially hard to read. Read more",
             "Watch the speech & read the complete text",
             "Opinion: If Not Now, When Should the Richest Pay More?",
             "Other than perhaps housing density, nothing riles affluent and upper-middle-class Granite Staters like a tax proposal aimed squarely at them. Marcus Ledoux has more",
             "*  *  *",
             _GRANITE_MEMBERS,
             "*  *  *",
         ], appeals=[_GRANITE_MEMBERS]),
]


# --- Probe 112: negatives -------------------------------------------------------------------------

PROBE112_NEGATIVES = [
    _neg("b132-kwrx-silverbell-shortfall-neg",
         "Invented; modelled on FOX21 News (KXRM, Colorado Springs) (TV item on a charity's holiday bucket drive behind its goal)", "en", [
             "PUEBLO — With fewer than ten days left before Christmas, the Hope Harbor Mission says giving is lagging for this year’s Silver Bell Campaign.",
             "The charity brings in a large part of its yearly budget during the Silver Bell drive. Hope Harbor said it is $38,200 short of its fundraising target.",
             "According to the mission, every dollar raised stays in Pueblo and pays for hot meals for struggling families, holiday gifts for kids and a range of other programs all year long.",
             "“We help close to 9,000 people,” Hope Harbor Major Lynette Carver said. “What comes in during bell season shapes everything we do. Between the gifts and the bell stands in November and December, we collect roughly 55% of our yearly income in just those eight weeks. So the way Christmas turns out is the way the entire year turns out.”",
             "Gifts can be dropped in as coins, bills or checks, or sent by phone. Hope Harbor also needs volunteers to staff the bell stands this season.",
         ]),
    _neg("b132-kmnt7-bellbucket-shortfall-neg",
         "Invented; modelled on KEYC News 12 (Mankato) (short TV item on a charity drive missing its goal, station sign-off line)", "en", [
             "The Owatonna Grace Mission says its Bell & Bucket Campaign came up nearly $18,000 below its target.",
             "The group says this season's drive raised a little more than $141,000, short of its $159,000 target.",
             "Grace Mission says the gap has forced tough choices, such as freezing wage increases for staff, and may lead to fewer positions.",
             "The wider Holiday Campaign, which includes the Bell & Bucket drive, runs through January 31.",
             "---KMNT News 7",
         ]),
    _neg("b132-wpdx6-greenbucket-shortfall-neg",
         "Invented; modelled on KFVS12 (Cape Girardeau) (TV item on a charity's holiday shortfall, budget cuts, gifts welcome all year)", "en", [
             "The Paducah Good Shepherd Mission says giving came up short over the holidays.",
             "Mission officials say the group fell roughly $42,000 below its Green Bucket target over the past season.",
             "Major Denise Fowler, who leads the Paducah Good Shepherd Mission, says nobody is sure why giving dropped.",
             "“Honestly, it caught us off guard. Our letter campaign came in higher and the buckets were holding their own, but in the end we came up a bit short,” Fowler said.",
             "The mission still managed to bring in $212,000 over the course of the drive.",
             "Even so, Fowler says the group will need to go over its spending carefully for the year ahead.",
             "\"We'll have to go through the budget line by line and figure out where we can trim without gutting the programs,” Fowler said. “Shutting a program down isn't always the right move, because that doesn't help the community.\"",
             "She says it's too soon to know which services might be trimmed, but the mission will keep serving the community.",
             "This is the second shortfall in four years for the Green Bucket drive.",
             "Paducah Good Shepherd Mission officials point out that gifts are welcome all year.",
         ]),
    _neg("b132-kdln-foodnetwork-thanksgiving-neg",
         "Invented; modelled on KTIV (Sioux City) (TV item on a food bank's Thanksgiving demand, ending with a phone number for donors)", "en", [
             "SIOUX FALLS (KDLN) - A regional food pantry is dealing with its usual jump in need before Thanksgiving. This time around, the pandemic has changed the picture.",
             "The Prairie Harvest Food Network says the coronavirus outbreak has pushed more households into food insecurity.",
             "\"We're still running full tilt, especially with Thanksgiving coming, and we expect to move about 410,000 pounds of food this month,\" said Carla Brandvold, who directs the Prairie Harvest Food Network.",
             "Brandvold said the network usually hands out the most food in October and December. Yet with so many people out of work, and families skipping big gatherings outside their own homes, November is on track to set a record.",
             "\"Our staff feels even busier this year because instead of one large dinner where every guest brings a dish or two, every household is now cooking its own Thanksgiving meal, so our numbers are higher than they have ever been,\" said Brandvold.",
             "Brandvold said that by Nov. 24, most of the network's Thanksgiving distributions had wrapped up.",
             "\"We usually serve around 31,000 people a month, and I expect we'll reach closer to 36,000 families this November,\" said Brandvold.",
             "She said none of it would happen without donations from the community, and she is grateful for that this Thanksgiving.",
             "Anyone who wants to give food or volunteer can call the Prairie Harvest Food Network at 605-555-0188.",
         ]),
    _neg("b132-whrt-bluebucket-down-neg",
         "Invented; modelled on CBS News Boston (WBZ) (short TV item relaying a charity's urgent holiday plea and online giving)", "en", [
             "Beacon Relief Corps says giving to Blue Bucket drive is down 18% this season",
             "HARTFORD – Beacon Relief Corps is issuing an urgent call for holiday donations.",
             "The charity says its yearly Blue Bucket drive has brought in roughly 18% less than it did a year ago.",
             "It says it must raise $1.9 million to continue assisting struggling families.",
             "Those who have not yet given can donate on the charity's website, Beacon Relief Corps says.",
         ]),
    _neg("b132-civicquarterly-localnews-roundtable-neg",
         "Invented; modelled on Democracy: A Journal of Ideas (roundtable on local news with a participants list, cut off)", "en", [
             "Civic Quarterly, like most general-interest policy reviews, has mostly looked at national questions. Yet self-government is built and sustained in towns, counties and statehouses. Community papers and stations have been hollowed out over the past two decades by vanishing ad dollars and hedge-fund owners stripping newsrooms for short-term profit. We set out to look for signs of renewal around the country, and we brought together several people who work in or research local news. The discussion was held on April 9 and has been trimmed and lightly edited.",
             "The participants were:",
             "Dolores Ferrante, the policy director for local news at the Civic Media Alliance;",
             "Jamal Whitaker, the founding editor of Riverside Ledger;",
             "Hannah Brockmeyer (she/her), an assistant professor of journalism at Lakeshore State University and a visiting fellow at the Center for Public Markets;",
             "Tom Reddick, co-founder of Hollow Creek Watch and a statehouse fellow at the nonprofit outlet Public Record Project.",
             "The discussion was led by Serena Adeyemi, editor of the Local News Review at the Whitfield Institute for Media at Brandt College.",
             "Serena Adeyemi: Let's begin with quick introductions and a word about what you work on, and then we'll move to the questions.",
             "Hannah Brockmeyer: I teach at Lakeshore State, where I research how media, technology and political life intersect, and I've followed the changes in journalism brought by digital platforms for my entire career. At first my question was what the web was doing to journalism; lately it has become what is happening to self-government and what part journalism plays in it. My latest book is Who Gets the News: Money, Geography and the Shape of Local Reporting, and the title more or less states the thesis.",
             "Tom Reddick: I'm based in Huntington, West Virginia, where I spent 22 years at the Huntington Herald and later the Herald-Advertiser. I'm",
         ]),
    _neg("b132-covetowntalk-council-donations-neg",
         "Invented; modelled on LagunaBeachCHAT (community blog analysis of council members' campaign donations, cut off)", "en", [
             "Council Members’ Campaign Contributions – What each took in from the Building Industry",
             "Applying the definition of “Building Industry” used in our earlier piece on reportable contributions to the 2018 council races (i.e., Developers, Contractors, Engineers, Land-use attorneys, Real estate agents & brokers, Property managers and their spouses), CoveTownTALK went through the campaign disclosure filings for every sitting council member (covering each one’s latest campaign). What we found is that, with the exception of Councilmember Hadley, the building industry supplies the BIGGEST PORTION of itemized (i.e., gifts over $100) contributions.",
             "Click here for sortable tables of contributors:",
             "2018 Election",
             "2020 Election",
             "Although the “building industry” has every right to take part in local politics and to back candidates it likes with money, it troubles us that 4 of our 5 council members rely so heavily on contributions from this one interest group. We urge our readers to weigh every land-use vote cast by council members Pruitt, Langford, Van Aken and Oduya with the large sums each has accepted from this group in mind. We also urge every council member to commit to capping the building-industry contributions they accept in future races.",
             "CoveTownTALK also looked at the unitemized (i.e. < $100) contributions each sitting council member reported in their latest race. Those contributions appear only as a ‘total’, without any donor names.  In our view these small gifts show wider ‘grass-roots’ backing for a candidate and offer a healthier route both for candidates to pay for a race and for Cove Harbor residents to back the candidates they like.  We would urge future council candidates to commit to a $5",
         ]),
    _neg("b132-riverbendcourier-communitychest-goal-neg",
         "Invented; modelled on The Augusta Chronicle (news on a community fund's campaign goal and relief-fund totals, cut off)", "en", [
             "The Community Chest of the Tri-Rivers Region set a 2020 fundraising target of $1.85 million at its first online campaign launch on Thursday.",
             "Unveiling the target, board president Maya Lindgren said donors will need to find new ways to help this year.",
             "\"This year calls for creative thinking like no other. Some of you are at your kitchen tables, on a factory line, at a hospital, a gas station or a school,\" Lindgren said. \"Wherever you are, we are counting on you. Large or small, every gift makes a difference and helps families move ahead.\"",
             "The Community Chest usually launches its campaign at the Civic Center arena, often before a crowd of over 600. Because of the pandemic, organizers moved the launch online.",
             "Responding to the pandemic and its toll on the region has been a huge task for the Community Chest. President and CEO Raymond Achebe described the group's work through the Tri-Rivers Pandemic Relief Fund, started together with the Tri-Rivers Community Foundation.",
             "\"Over the last six months, we've raised and handed out more than $1.1 million to more than 40 local charities working nonstop on the front lines for kids, teens, families, neighbors and friends,\" Achebe said.",
             "The fund has assisted more than 52,000 households in the region, he said.",
             "In May, the group started Cover Up Tri-Rivers, a project supplying fabric face coverings to paramedics, grocery and transit workers and other at-risk residents. More than 9,000 coverings have been handed out.",
             "Achebe stressed that many people are still struggling and need help.",
             "\"A lot of our neighbors are being forced into hard choices ... like deciding between buying groceries and keeping the lights on,\" he said. \"But we have reason for hope, and with your help we will come through this together.\"",
             "Donors can contribute through the",
         ]),
    _neg("b132-lakeportbizreport-communityfund-goal-neg",
         "Invented; modelled on BizTimes Milwaukee (business news on a community fund's annual campaign goal, co-chairs and volunteer goal)", "en", [
             "Community Fund of Greater Lakeport & Harlan County has set a target of $41.8 million for its yearly community campaign.",
             "The target was unveiled Tuesday at a kickoff event at the Lakeport Botanical Gardens.",
             "“The Community Fund is about joining something bigger than yourself,” said Renee Castellanos, president and CEO of Community Fund of Greater Lakeport & Harlan County. “We speak up for people who aren’t heard, and we take on the region’s toughest challenges by going after their underlying causes while also meeting urgent everyday needs.”",
             "The campaign continues through Dec. 8. Totals will be revealed at an event hosted by Brightline Logistics.",
             "The group’s 2017 campaign raised $41.72 million, about $8,200 above its target and $71,000 more than the year before.",
             "Co-chairs of this year’s campaign are Walter Biggs, a retired member of the Lakeport Building Trades Council; Annette Kuhlman, president and chief executive of Harbor Tool & Die; Luis Ferreira, president and CEO of Northshore Credit Union; and Priya Natarajan, chair and CEO of Brightline Logistics.",
             "The Community Fund supports more than 180 programs and over 90 partner agencies, concentrating on health, education and financial security. Its grants span a three-county area that includes Harlan, Lakeport and Dunmore counties.",
             "The group also set a volunteer target of 19,000 hours to be logged during its “Month of Service” drive, running from September through December.",
             "“Volunteering changes neighborhoods,” said Gregory Tillman, superintendent of Lakeport Area Schools and chair of the volunteer committee. “The Community Fund prizes the time people give and the difference it makes for a child, for a neighbor struggling to cover the basics, and for the whole community. I urge everyone to sign up as a volunteer and take part in the Community Fund’s Month of Service.”",
         ]),
    _neg("b132-dissentledger-nowarwire-drive-neg",
         "Invented; modelled on Kn@ppster (Thomas L. Knapp blog) (dated blog post relaying another site's fundraising drive with its daily average and goal, cut off)", "en", [
             "Tuesday, November 18, 2014",
             "Got a few bucks (for peace)?",
             "During the first four days of its semiannual pledge drive, NoWarWire raised $9,480. Extend that daily pace and it lands at roughly $16,590 for the week -- not even a third of their $55,000 drive goal.",
             "Sure, I know the midterms just wrapped up. Sure, I know the other party is taking over the Senate in January. Sure, I know they gained seats in the House.",
             "I also know that the incoming Senate leader railed against the drone program back when he was a freshman; that he then voted to renew its budget every single year once he had seniority; that he dropped the antiwar crowd like a hot potato whenever the subject came up during this campaign; and that the majority voters handed his party back in 2006 never made a single, honest, sustained effort to shut the program down.",
             "I can't help noticing that the new leadership won't rule out strikes on Syria; that although it would cost them nothing politically, they have refused to offer any less meddlesome foreign policy; and that the committee chairs they've floated so far read like the cast list for a sequel to \"Fail-Safe.\"",
             "Oh, and I also remember that presidents and congressional majorities of both parties started, funded or cheered on every major US war of the last century, from the Philippines to the Gulf, plus plenty of the \"small wars\" sandwiched in between.",
             "If you figure the midterms made NoWarWire unnecessary, think again. Foreign adventures under the new Congress may come wrapped in coalition flags and lean hard on the word \"liberation\" in their press releases, but I've looked and looked and can't see a reason to expect any real, lasting difference.",
             "The hawks stacked the deck beautifully this cycle, and NoWarWire is one of the last good cards the peace ",
         ]),
    _neg("b132-wesleyanwitness-malawi-orphans-neg",
         "Invented; modelled on Baptist Standard (church paper feature with repeated split headline, caption, byline and school lines, cut mid-word)", "en", [
             "Easter trip to Malawian orphanage reshaped students’ view of the world",
             "Posted: 4/18/09",
             "CBC students Morgan Tate (right) and Leah Dorsett sit among the girls who live at the Bright Hope Children’s Village in Lilongwe, Malawi, during their Easter visit.",
             "Easter trip to Malawian orphanage",
             "reshaped students' view of the world",
             "By Caleb Winston",
             "Cedar Bluff College",
             "HARTWELL—Rather than spending Easter at home, Cedar Bluff College senior Leah Dorsett chose to spend it with 35 children in Malawi.",
             "“It was tough. I had never been away for a holiday before,” said Dorsett, a nursing major from Round Rock, about missing the celebration at home.",
             "Even with the setbacks she and her friend ran into along the way, she said going to Lilongwe, Malawi, in early April was the right call.",
             "“Giving 35 children who had never had an Easter basket one on Easter morning made it all worth it,” she said.",
             "Dorsett first visited Malawi in 2007 when she and a group of college students, many of them from CBC, went there on a mission trip. Once home, she felt drawn to go back and organized another trip for summer 2008. At the Bright Hope Children’s Village in Lilongwe, she helped with chores while the children were at school. She also led singing and morning prayer.",
             "Back on campus for her final year, Dorsett and her friend Morgan Tate started planning to bring Easter to the children at the village.",
             "“They have almost nothing,” said Tate, a junior music major from Pflugerville.",
             "With the backing of Grace Hill Baptist Church in Round Rock, Dorsett’s home church and where Tate worked as an intern in summer 2008, the two friends’ plan came true.",
             "“They were amazing about it,” Tate said. “We shared the idea and the whole church got behind it.”",
             "The youth group held a bake sale to raise funds. Adults donated gifts.",
             "When it was all done, the fri",
         ]),
]


BATCH132_DOCUMENTS = PROBE112_APPEALS + PROBE112_NEGATIVES
