"""Batch 125: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

21 documents (10 appeal, 11 negative; all EN): our own paraphrases of every document of the local-only
real probe 105 (21 documents). Each keeps the real page's structure line for line (no blank lines, as
in the originals): a faith radio programme's transcript page under a "| Give" tagline, with the hosts'
opening fundraising-drive lines; a city newsletter issue with a newsletter link line, a repeated
headline, a photo credit, an emoji summary line and a cut-off ending; a politics email newsletter's
masthead chrome (date, lowercase brand, doubled section and author lines) with a survey prompt and a
"forwarded?" line; a small weekly's paywall after a "…" teaser; local TV station pages with
bracketed "[DOWNLOAD: ...]" / "[SIGN UP: ...]" lines, "Credit:" photo lines, "Read:" link lines, a
doubled byline and photo caption, and podcast/app footers with "||" platform pipes and an emoji lead.

What the gold marks, exactly as in the real pages: the tagline line with its give button and the two
host lines asking for drive gifts (ending mid-line before the host moves on to the programme); a lone
newsletter sign-up link at the top; a free email briefings line under the masthead plus a "was this
forwarded to you? sign up" line (the reader survey prompt just above it stays text); a subscribers-only
premium notice with login and purchase links; a free streaming-app line in the middle of a police
story plus the whole footer from the mobile-app line through the podcast promos; a closing free
streaming-channel line; bracketed app and newsletter lines in mid-story and at the end (twice); a
closing free apps / watch live / live radar block; a closing app line plus a follow-us and watch-live
line. Negatives keep what makes the real ones hard: a grocery drive run by a food bank and partners
with its ways to donate, per-dollar meals and goals; a columnist saying which weeklies he subscribes
to; a mayor's campaign donations and gifts; a charity kettle campaign short of its goal; a student
paper cutting print days over falling revenue; a warehouse club raising its membership fee; a
record cash gift to a university; a giving day with an animal shelter matching donations; a moved
giving day with advice to give; a streaming service raising subscription prices (twice, once
retiring an ad-free plan).

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches, each text is taken as it
stands, every gold appeal substring is located in it (asserted unique).
"""


from whole_documents import _doc, _neg


# --- Probe 105: appeal documents ----------------------------------------------------------------

_COMPASS_TAGLINE = "Honest reporting, anchored in evidence and Scripture | Give"

_COMPASS_HOSTS = "\n".join([
    "GRETA HOLLOWAY, HOST: Morning Lantern reaches you only because people like you chip in! Our March Giving Week wraps up in a few days, so if you meant to give and it slipped your mind, the door is still open. Barely.",
    "PAUL DRESSLER, HOST: Gifts are welcome anytime at compassaudio.example.org/give! We'd be grateful for yours.",
])

_BROADSIDE_LINK = "Get the newsletter in your inbox >>"

_DISPATCH_TOP = "Subscribe to our no-cost newsletters by email"

_DISPATCH_FORWARD = "Did a friend pass this email along? Subscribe here!"

_PRAIRIE_WALL = (
    "This Premium story is reserved for paying subscribers. Sign in here to keep reading or head here to "
    "start a subscription."
)

_WLKP_STREAM = "WLKP Lakeport streams at no cost on Roku and Apple TV — just add our app."

_WLKP_FOOTER = "\n".join([
    "Get breaking stories, forecasts and traffic updates on your phone with the WLKP Lakeport app.",
    "MORE FROM WLKP",
    "Crosscurrents is our weekly deep dive into politics across Virginia, Maryland and the capital region, hosted by Nadia Brooks. New episodes every Thursday.",
    "SUBSCRIBEPocket Casts || Apple Podcasts || Overcast || YouTube Music",
    "Every WLKP Lakeport podcast costs nothing to stream or download. Listen on Android, iPhone, smart speakers and most connected gadgets. Tune in from Virginia, Maryland, or wherever the road takes you.",
    "Home Turf is a regional sports podcast network owned by Meridian Broadcast Group, which also owns WLKP Lakeport.",
    "Hear Home Turf here.",
])

_WKTR_STREAM = (
    "📺 7KTR+ costs nothing on Roku & Google TV: Keep up with your neighborhood through our round-the-clock "
    "live channel and on-demand stories from 7KTR — just look for us on Roku and Google TV."
)

_WQRT_APP = "[GET THE APP: WQRT-TV News is free, with alerts the moment stories break]"

_WQRT_NEWSLETTER = "[NEWSLETTER: Get WQRT-TV's Morning Briefing by email]"

_WDKR_APP = "[FREE APP: WDKR-TV News sends you alerts as stories unfold]"

_WDKR_NEWSLETTER = "[JOIN: WDKR-TV Morning Headlines email list]"

_WCFL_FOOTER = "\n".join([
    "GET THE APPS: WCFL News & Weather, free",
    "Away from the television? Tap here to stream WCFL newscasts live",
    "Live Radar: StormTrack 6 HD",
])

_WKBT_FOOTER = "\n".join([
    "Grab the free WKBT News app to get breaking alerts first.",
    "Find Channel 8 News on Facebook and X. | Stream WKBT LIVE",
])


PROBE105_APPEALS = [
    _doc("b125-compassaudio-morninglantern-top", "appeal", "top",
         "Invented; modelled on WORLD (WORLD News Group) (radio transcript page, give tagline, hosts' drive lines)", "en", [
             _COMPASS_TAGLINE,
             "Morning Lantern: March 12, 2024",
             "COMPASS Audio - Morning Lantern: March 12, 2024",
             "A look at three fresh appeals court rulings, an Oklahoma bill to hang the national motto on classroom walls, and a farmer reviving heritage apple trees. Also, Dana Whitcomb on what the drafters of the Equal Access Act meant, plus the Tuesday headlines",
             _COMPASS_HOSTS + " On to your Tuesday show.",
             "PAUL DRESSLER, HOST: Good morning! An Oklahoma legislator wants the national motto posted in every public classroom.",
             "BRANNIGAN: Few phrases tie us to our founding as closely as that one does.",
             "GRETA HOLLOWAY, HOST: Also ahead, we break down a handful of appeals court rulings. And later, an orchardist rescuing old apple varieties.",
             "AUDIO: Somebody has to keep these trees going, because they were handed down to us, plain and simple. That's the whole reason I bother.",
             "And a closer look at the Equal Access Act.",
             "DRESSLER: Today is Tuesday, March 12th. You're hearing Morning Lantern on listener-funded COMPASS Audio. I'm Paul Dressler.",
             "HOLLOWAY: And I'm Greta Holloway. Glad you're here!",
             "DRESSLER: Coming up, Leon Marchetti brings us the headlines.",
             "SOUND: [Wind howling]",
             "LEON MARCHETTI, NEWS ANCHOR: Wildfire update » Strong winds are driving grass fires across the southern Plains as crews battle more than twenty blazes at once.",
             "With smoke closing highways, Oklahoma Governor Ruth Kessling says emergency teams have moved families out of the most exposed towns.",
             "KESSLING: We had volunteer fire crews from Enid and state forestry people driving ranch to ranch, knock",
         ], appeals=[_COMPASS_TAGLINE, _COMPASS_HOSTS]),
    _doc("b125-broadsidebulletin-planningcommission-top", "appeal", "top",
         "Invented; modelled on The Pamphleteer (Nashville) (city newsletter issue, newsletter link line at the top)", "en", [
             _BROADSIDE_LINK,
             "No. 512: Notes From the Planning Commission",
             "Photo by Lucas Amberley / Pexels",
             "No. 512: Notes From the Planning Commission",
             "🗓️ Dorian breaks down Tuesday's Planning Commission hearing. A taco counter opens on Fourth. Out-of-state buyers scooping up lake lots.",
             "Good evening, friends.",
             "Quick reminder before we dig in: our Porch Social is Thursday with the crew from Tall Pines Brewing. RSVP at the link and we'll send you the address. Hope to see you there.",
             "From Dorian Ashby",
             "On Monday, Gail Prentiss stepped down from the Parks Board after a wave of threatening messages. Several commissioners had been ready to push for her removal this week, but her exit, together with a postponed vote on the riverfront stadium lease, drained most of the drama from Tuesday's agenda. Still, there was plenty left to argue over.",
             "About halfway through the evening, the commission approved a measure directing several county offices to carry out a \"full study\" of how short-term rental rules and lot-size changes would affect Harlan County. It was filed in answer to the stack of proposals rolled out under the HOME framework, which caught commissioners and residents off guard when Commissioner Tessa Oyelaran introduced them in January",
             "Even though the study will slow her proposals down, Oyelaran signed on as a co-sponsor. Even so, the measure seems aimed more at technical review than at hearing from neighbors. Commissioner Bradley Coyle, for example, asked the county's deputy planning chief, Renee Castellano, to explain how HOME grows out of the Harlan 2040 plan, which residents already weighed in on years ago.",
             "\"...Everything we recommend and everything we work on traces back to Harlan 2040,\" Castellano told commissioners. \"Thousands of people gave input on Harlan 2040 when it came to the regio",
         ], appeals=[_BROADSIDE_LINK]),
    _doc("b125-dispatchline-insiders-briefings-top+middle", "appeal", "top+middle",
         "Invented; modelled on Semafor (politics email newsletter, free-briefings line under the masthead, forwarded sign-up line)", "en", [
             "March 7, 2023",
             "dispatchline",
             "Insiders",
             "insiders",
             _DISPATCH_TOP,
             "Harriet Vale",
             "Harriet Vale",
             "In a memoir out next week, former Treasury Secretary Gordon Pratt goes after the budget-hawk credentials of his onetime boss, ex-President Walter Haines, saying Haines ordered him to \"drop it\" and stop warning about the deficit during the 2020 downturn because the White House needed Wall Street on its side. Dispatchline's Mara Quinn and Theo Banks say the book may hint at how Pratt would run against Haines if both seek the nomination next year.",
             "Ohio Republicans in the state Senate rejected their own governor's nominee to the state supreme court on Monday. The fight was tame next to the recent turmoil in Congress, but it laid bare real splits inside the party and drew in national names like Senate Minority Whip Lydia Cortez. Read Aaron Feld and Nia Osei's account of the vote.",
             "ALSO: Five quick questions with pollster Renata Okafor on whether Arizona is slipping away from Republicans for good.",
             "Insiders turns six months old this week, and we'd love to hear how to make it more useful to your mornings. Fill out our short questionnaire here — it really helps. Thanks for reading along.",
             _DISPATCH_FORWARD,
             "Agenda",
             "White House: The president will travel to Arizona on Saturday to mark the 30th anniversary of the Family and Medical Leave Act. The stop is one piece of a wider push by the administration to highlight paid leave. Labor Secretary Monica Reyes will visit Michigan and Pennsylvania, and senior aides will vis",
         ], appeals=[_DISPATCH_TOP, _DISPATCH_FORWARD]),
    _doc("b125-prairiecourier-statehouse-paywall-end", "appeal", "end",
         "Invented; modelled on Phonograph-Herald (St. Paul, Neb.) (small weekly column teaser cut with an ellipsis, premium notice)", "en", [
             "Legislators face a revenue gap and a censure fight this session",
             "The first day I set foot in the statehouse, I asked myself \"why is everyone in these corridors moving like they're late for a train?\"I nearly got knocked over twice; a newcomer learns quickly to hug the wall.Granted, the corridors form one long loop, which makes them perfect for a brisk…",
             _PRAIRIE_WALL,
         ], appeals=[_PRAIRIE_WALL]),
    _doc("b125-wlkplakeport-policeresponse-middle+end", "appeal", "middle+end",
         "Invented; modelled on WCNC Charlotte (TV station police brief, streaming-app line mid-story, app and podcast footer)", "en", [
             "Large police response ends near north Lakeport strip mall",
             "WLKP Lakeport has asked LPD for details about what happened.",
             "LAKEPORT, Va. — Officers crowded around a storefront in north Lakeport early Saturday.",
             "The Lakeport Police Department was looking into an incident along Harbor Crossing, just off Dunmore Avenue.",
             _WLKP_STREAM,
             "WLKP Lakeport has asked LPD for details about what happened. As of Monday, March 4, police have shared nothing further.",
             _WLKP_FOOTER,
         ], appeals=[_WLKP_STREAM, _WLKP_FOOTER]),
    _doc("b125-wktr7-stolencars-end", "appeal", "end",
         "Invented; modelled on WBNS-TV (10TV, Columbus) (TV station crime story with photo credit lines, streaming-channel line at the end)", "en", [
             "Two stolen cars found at west Fairhaven ball fields; one burned, one in a creek",
             "Officers say no one was reported hurt in either crash and nobody has been arrested.",
             "FAIRHAVEN, Ind. — Fairhaven police on Thursday are looking into two unrelated cases involving stolen cars.",
             "At about 4:45 a.m., patrol officers came across two cars at Linwood Fields on the city's west side. Police said both, including a Chevrolet, had been listed as stolen.",
             "The Chevrolet sedan was found nose-down in a creek that runs along the fields.",
             "Credit: WKTR-TV",
             "The second car was found charred beside the access road. Police said it looked like the driver had cut across a ballfield and hit a dirt berm before wrecking.",
             "Credit: WKTR-TV",
             "Officers say no one was reported hurt in either crash and nobody has been arrested.",
             "A few hours later, near 8:15 a.m., officers got a report of a suspicious car near Pine and Orchard streets on the north side.",
             "When police got there, they saw a silver Nissan with several people in it. Officers believed those inside were teenagers and said they noticed a handgun on the seat before the car sped away.",
             "As it pulled off, the Nissan clipped a lieutenant's patrol car. Nobody was hurt.",
             "Police said the Nissan had earlier been listed as stolen from an apartment lot but gave no details on when or where.",
             "Investigators have not said whether the two cases are related.",
             _WKTR_STREAM,
         ], appeals=[_WKTR_STREAM]),
    _doc("b125-wqrt4-stripmall-scene-middle+end", "appeal", "middle+end",
         "Invented; modelled on WSB-TV (Channel 2 Action News, Atlanta) (short TV brief, bracketed app line mid-story, bracketed newsletter line at the end)", "en", [
             "CLAYMORE COUNTY, Ga. — Claymore County deputies were called to a strip mall Wednesday evening.",
             "Few details have been released so far.",
             _WQRT_APP,
             "Channel 4 NewsWatch crews were there during the 10 p.m. newscast as officers walked the lot behind a pizza place on Ridgeview Parkway.",
             "Several patrol cars were parked at the scene, along with an evidence unit truck.",
             "What investigators are looking into remains unclear.",
             "Channel 4 NewsWatch contacted the Claymore County Sheriff's Office but has not gotten a response.",
             _WQRT_NEWSLETTER,
         ], appeals=[_WQRT_APP, _WQRT_NEWSLETTER]),
    _doc("b125-wdkr5-downtownsafety-middle+end", "appeal", "middle+end",
         "Invented; modelled on WHIO-TV (News Center 7, Dayton) (short TV brief, bracketed app line after the lead, bracketed newsletter line at the end)", "en", [
             "SPRINGDALE — A cross-party group of city and state lawmakers is zeroing in on public safety in downtown Springdale.",
             _WDKR_APP,
             "NewsCenter 5's Priya Lindholm will report on the group's ideas for a safer downtown during NewsCenter 5 Sunrise.",
             "State Senator Colin Marsh said the group believes downtown needs more social services along with more officers on patrol.",
             "The lawmakers have forwarded their proposals to Clark County and the Springdale City Council.",
             _WDKR_NEWSLETTER,
         ], appeals=[_WDKR_APP, _WDKR_NEWSLETTER]),
    _doc("b125-wcfl6-helicopterchase-end", "appeal", "end",
         "Invented; modelled on WFTV (Channel 9 Eyewitness News, Orlando) (TV brief with Read: link lines, apps / watch live / radar footer)", "en", [
             "Deputies track stolen-truck suspect from the sky in Cypress County",
             "By: Marisa Dunleavy",
             "CYPRESS COUNTY, Fla. - Deputies said Thursday afternoon they were tracking a man suspected of stealing a pickup in Cypress County.",
             "Investigators said the truck was first seen around 1:15 p.m. near Heron Lake Road and West Palmetto Avenue.",
             "Deputies said a Cypress County Sheriff's Office helicopter was keeping watch on the suspect.",
             "Read: Bell schedules: Cypress County school board weighs moving start times later",
             "From SkyCam 6, the driver appeared to abandon a Ford pickup and hop onto a dirt bike.",
             "He later dropped the dirt bike and ran into a patch of woods, where deputies took him into custody.",
             "No further information was released.",
             "Stay with Channel 6 Action News for updates as they come in.",
             "Read: Former Lakeside daycare aide sentenced to probation in abuse case",
             _WCFL_FOOTER,
         ], appeals=[_WCFL_FOOTER]),
    _doc("b125-wkbt8-riverfrontteens-end", "appeal", "end",
         "Invented; modelled on WPXI (Channel 11 News, Pittsburgh) (investigative TV teaser with doubled byline and caption, app and follow/watch footer)", "en", [
             "8 Investigates Exclusive: Late-night crowds of teens rattle riverfront, Brookhaven police step up",
             "By Dana Cortland, Channel 8 Senior Investigative Reporter",
             "Brookhaven Police (WKBT) Brookhaven Police (WKBT)",
             "By Dana Cortland, Channel 8 Senior Investigative Reporter",
             "BROOKHAVEN — After weeks of complaints about groups of teens causing trouble along the riverfront, Brookhaven police say they are stepping in.",
             "The department just said it will add officers on foot around Commerce Plaza.",
             "But 8 Investigates found the trouble has been building since last fall.",
             "Tonight on 8 News at 5:30, what officers plan to do about it.",
             _WKBT_FOOTER,
         ], appeals=[_WKBT_FOOTER]),
]


# --- Probe 105: negatives -----------------------------------------------------------------------

PROBE105_NEGATIVES = [
    _neg("b125-harborviewgazette-grocerydrive-foodbank-neg",
         "Invented; modelled on Presidio Sentinel (San Diego) (community paper item on a partners' food drive with bulleted ways to donate)", "en", [
             "Grocery Drive Gives Shoppers a Way to Help Neighbors This Winter",
             "| November 28, 2019 | 0 Comments",
             "Boxed pasta and peanut butter are among the most requested items.",
             "The season of potlucks, office parties and big family meals is here, with tables loaded with casseroles, pies and cookies.",
             "Not every household shares in that abundance, though, and the Bayside Children's Fund, the Harbor Valley Food Bank, Coastline Credit Union and Freshway Markets across Harbor County are teaming up again for their yearly Winter Grocery Drive. This year brings more ways than ever to pitch in.",
             "Food Bank figures show that of Harbor County's 1.4 million residents, roughly 210,000 go without enough to eat, about 72,000 of them children. Requests at the Food Bank climb every winter.",
             "Working with partner pantries, the Food Bank serves about 150,000 people a month and handed out 11 million pounds of groceries last year, or roughly 9.2 million meals. Here are some of the ways to take part:",
             "• Drop canned and boxed goods into the blue collection bins at any Freshway Market",
             "• Buy a ready-packed $10 grocery bag at a Freshway checkout",
             "• Shop the Food Bank's online pantry (choose the items you'd like to give, mostly sold by the case, and pay with a card)",
             "• Give money directly to the Food Bank. Each $1 lets it provide four meals to neighbors who need them",
             "• Organize a collection at your school, church or workplace. Go to the Food Bank website, open the drives page and sign up your group",
             "The drive wraps up on Jan. 15, 2020. Last winter, 540 groups ran collections and brought in over 410,000 pounds of food. This year's target is 480,000 pounds for local families.",
             "Details on the drive are on the Food Bank's Winter Grocery Drive page.",
         ]),
    _neg("b125-ridgelinecourier-weeklies-column-neg",
         "Invented; modelled on The Mountain Messenger (Downieville, Calif.) (one-paragraph column naming the weeklies the writer subscribes to)", "en", [
             "Five weekly papers land in my mailbox: here in Connecticut I get The Shoreline Pilot, The Essex Tidings and the Valley Crier; in Arizona, The Desert Mirror; and up in Vermont, The Kingdom Ledger. I don't read them for breaking news. I read them to get a feel for how each place thinks about itself. My summer cabin sits outside Maple Falls, Vermont, a town without a paper of its own, yet the Ledger covers the whole Northeast Kingdom. The Connecticut papers do more than sum up the week; their letters pages are full of sharp opinions about town and national affairs alike. And then there is The Ridgeline Courier in Pine Hollow, my favorite of all. I admit to some bias, since it carries my column every week. Still, even from a distance, its local pages make me feel close to the folks who keep a paper going that has come out without a break since the stagecoach era. People in the business say weeklies are fading faster than the dailies. I'm not convinced. A weekly earns its place by reporting honestly and keeping an eye on town hall. It also gives room to readers of every age, whether volunteers like me or beginners learning the trade. Not long ago I went back to Willa Cather's early newspaper pieces and could see the voice that later shaped her novels taking form. The weekly paper has earned its place, then and now.",
         ]),
    _neg("b125-capitalcityledger-mayorrace-fundraising-neg",
         "Invented; modelled on Richmond Times-Dispatch (campaign finance report on a mayor's race: donations, gifts, spending)", "en", [
             "Mayor Denise Arbogast's campaign for a second term brought in another $187,000 this month, again topping her two main rivals and pushing her total past $800,000 in contributions.",
             "As the race heads into its last stretch, Arbogast holds a money lead over Corey Whitfield and Janelle P. \"Jan\" Okonkwo, according to campaign finance filings released Tuesday. The filings list each candidate's contributions and spending from Sept. 1 through Sept. 25.",
             "\"We always knew we'd have what we need to get our message out, and this last report shows the mayor is best placed to win and the only candidate able to reach every voter,\" campaign manager Lydia Serrano said in a written statement.",
             "A Hollins Institute survey published two weeks ago had 34% of likely voters backing Arbogast, 19% backing Okonkwo and 14% backing Whitfield.",
             "Still, 31% told pollsters they had not made up their minds. Under the city charter, a winner must carry a majority of the seven council wards. If nobody does so on Election Day, the two leading candidates go to a second round.",
             "Arbogast has collected roughly $812,000 overall, with $187,000 coming in during the latest period. For a second month in a row she listed a $20,000 contribution from Forward Together PAC, the committee run by former Sen. Martin Hale. She also reported $18,000 in in-kind support from the regional carpenters' union, $12,000 from the Metro Realtors Association and $10,000 from the Riverfront Business Alliance.",
             "That money helped pay for $164,000 in cable and streaming ads placed through Brightline Media this month, her report shows. The ad buy accounted for most of the $241,000 Arbogast sp",
         ]),
    _neg("b125-northwoods13-bellringer-shortfall-neg",
         "Invented; modelled on NBC15 (WMTV, Madison) (brief on a charity kettle campaign missing its goal)", "en", [
             "The Harbor Mission's holiday bell-ringer campaign came up short of its fundraising target this season in one northern Minnesota town.",
             "Mission staff in Grand Pines say they reached about 72 percent of a $95,000 goal before the drive wrapped up on Dec. 24.",
             "Organizers blame a shortage of bell ringers and the fact that fewer shoppers carry cash, with many families stretched thin themselves.",
             "The bell-ringer drive has run for roughly 90 years and is the Mission's largest fundraiser each year.",
         ]),
    _neg("b125-wkvr-studentpaper-printcut-neg",
         "Invented; modelled on WQBE (Charleston, W.Va.) (radio news brief on a student paper cutting print days)", "en", [
             "Student paper scales back",
             "Ridgeway State University's student paper, in print for nearly 90 years, will drop from four printed issues a week to one and shift its effort to daily web stories. The Ridgeway Herald-Star reports The Campus Lantern is squeezed by shrinking ad sales and students who get their news on Instagram and TikTok rather than from a printed page.",
         ]),
    _neg("b125-wsgn12-pantrymax-feehike-neg",
         "Invented; modelled on WPTV (West Palm Beach) (story on a warehouse club raising its membership fee)", "en", [
             "PantryMax raises membership fee for the first time since 2018",
             "Standard memberships rise by $5 a year, and premier memberships by $10.",
             "Warehouse chain PantryMax said Tuesday it will raise membership prices starting Oct. 1. The standard membership will go from $55 a year to $60, while premier members will pay $120 a year, $10 more than now.",
             "Premier members do get one perk: the cap on their yearly cash-back reward rises from $800 to $1,000. Premier members get a yearly check for as much as 2% of their spending at the chain.",
             "PantryMax keeps posting strong gains, its latest quarterly results show. In June the company reported membership up 6.8% from a year earlier, to 48.2 million in all, about 21 million of them premier.",
             "Finance chief Diane Holloway told analysts on a June call that a fee increase was a question of timing rather than whether it would come.",
             "\"Our pattern has been to revisit the fee roughly every five or six years,\" Holloway said. \"We're past that point now compared to where a normal cycle would put us. Nothing in how the stores are doing changes our thinking there. Renewals look very healthy. And when we ask ourselves whether members are getting a lot more value than they did at the last increase, we're comfortable with the answer. Honestly, the biggest rival we have is probably our own track record.\"",
             "In July 2018, PantryMax lifted its standard membership from $50 to $55 and its premier membership fr",
         ]),
    _neg("b125-baystatewire-northfield-gift-neg",
         "Invented; modelled on MassLive (news story on a record cash gift to a university)", "en", [
             "WORCESTER — Northfield State University is getting a $35 million cash gift, the biggest single donation in the school's 131 years.",
             "The gift from alumni Harold and Simone Reyes will widen access and support students across the three-campus system, starting with $12 million to endow the Worcester campus's teacher-education program, officials announced Tuesday.",
             "\"It's hard to overstate what this gift means,\" said Northfield president Angela Dubois. \"Harold and Simone came through our doors themselves. As the first in their families to earn degrees, they know firsthand how this university can change a student's life. They have long set an example with their giving, and this extraordinary gift challenges other donors to step up. It tells everyone that Northfield is a sound investment and a way to shape the state's future right now. On behalf of all three campuses, we thank the Reyes family for their generosity and their faith in our students.\"",
         ]),
    _neg("b125-wcvt3-givingtuesday-shelter-neg",
         "Invented; modelled on WTNH News 8 (New Haven) (giving-day story with a shelter matching donations)", "en", [
             "BRATTLEFORD, Vt. (WCVT) – Charities across the country are getting ready for Giving Tuesday.",
             "The day began as a social media tag more than a decade ago and has become one of the busiest days of the year for charitable giving.",
             "Charities and sector groups report that gifts are running behind earlier years so far, though many still hope to make an impact.",
             "The Green Valley Animal Rescue League is among the many local groups that depend on donations. For Giving Tuesday, the league posted a video on its website about a cat named Biscuit who was found with a badly injured leg. With the league's help, Biscuit's owner, Maria, was able to cover the cost of the operation.",
             "The league will also match gifts up to $15,000 this Giving Tuesday until midnight. Gifts can be made through the league's website.",
             "Plenty of charities nationwide are also running matching drives, in which a backer promises to double or even triple what smaller donors give.",
             "For more on Giving Tuesday, tap here.",
         ]),
    _neg("b125-wekn9-givesday-moved-neg",
         "Invented; modelled on WITN (Greenville, N.C.) (short story on a rescheduled giving day and ways to help)", "en", [
             "Carolina Gives Day normally falls in early December, but the group that runs it has added a spring edition this year because of the flooding along the coast.",
             "Dozens of groups are taking part, including 4-H clubs, food pantries and local rescue squads.",
             "A list of participating charities near you is on the Carolina Gives Day website.",
             "Organizers say that if money is tight right now, there are other ways to help.",
             "Try checking on an elderly neighbor or leaving a good review for a small business you love, anything that passes the kindness along.",
         ]),
    _neg("b125-screenreel-streamora-pricehike-neg",
         "Invented; modelled on MovieWeb (entertainment news on a streaming service raising subscription prices)", "en", [
             "Streamora members will soon pay a bit more for their weekend marathons. The company said this winter that it would lift prices for American customers, and the new rates kick in next month. Anyone signing up lately has already been charged the higher price, but longtime members still on the older, cheaper plans will need to pay up shortly or go find their shows somewhere else.",
             "Here is how the new lineup breaks down. The standard tier, with two HD screens, rises $1.50 a month, from $9.49 to $10.99. The premium tier, with up to four 4K screens at once, climbs $2 a month, from $14.99 to $16.99. Even the entry tier, with a single standard-definition screen, is getting its first ever increase, a modest $1 from $6.99 to $7.99 a month.",
             "Why the jump? Streamora has poured more and more money into its own series and films over the past few years, after launching as a service that simply rented other studios' catalogs. That push is expensive, with the company spending billions on originals, and members are now footing part of the bill. Analysts think the higher prices could add around $700 million in revenue this year. They also expect most members to stay put rather than cancel over a dollar or two.",
             "Still, something will eventually have to give. Plenty of households have dropped cable for streaming, but the field keeps getting crowded, with new services guarding their own exclusive shows. When a couple of big studio services launch later this year, the picture gets murkier still. A dollar or two may sound small on its",
         ]),
    _neg("b125-wmtr5-cinevault-adfree-neg",
         "Invented; modelled on WXYZ 7 Action News (Detroit) (TV station story on a streamer retiring an ad-free plan)", "en", [
             "If you like your Cinevault movies and series without commercial breaks, you may soon be choosing between a bigger bill and a different service.",
             "Cinevault said Thursday in its quarterly results that it will \"phase out\" its entry-level ad-free tier, priced at $10.99 a month, to steer more members toward its plan with ads. The change starts in Australia and Germany this spring before \"rolling out more widely,\" the company said.",
             "Cinevault already stopped offering the entry ad-free tier to new or returning customers, but now existing members on it who want to keep skipping ads will have to move to the $14.99 monthly tier or the top plan at $21.99 a month. The other choice is the ad-supported tier at $5.99 a month.",
             "\"Growing our advertising business gives us a real chance to open up large new sources of revenue and profit over the next several years,\" Cinevault wrote to investors. \"In Q3'24, as in the prior quarter, sign-ups on our ad plan rose by roughly 60% from the quarter before, helped by upgrades to the product (such as offline viewing) and by retiring the entry tier for new and returning members in our ad markets.\"",
             "Cinevault also reported adding 9.4 million paying members in the third quarter of 2024, with 45% of newcomers choosing the cheaper plan with ads. That puts its estimated total at roughly 180 million households paying for the service in some form every month worldwide.",
             "Recent figures shared with a national business paper suggest more Americans are dropping streaming services or trading down to cheaper tiers, yet Cinevault members should not expect this to be the final price change. After announcing it was lifting subscri",
         ]),
]


BATCH125_DOCUMENTS = PROBE105_APPEALS + PROBE105_NEGATIVES
