"""Batch 155: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

22 documents (11 appeal, 11 negative; all EN): our own paraphrases of every document of the
local-only real probe 135 (22 documents). Each keeps the real page's structure (a public-radio daily
show rundown with a photo-credit line, a station article with a stacked underwriting footer, a talk-show
page with doubled photo captions and a cut-off reporter line, an aggregator article with a "Print"
headline, doubled photo caption, lost drop-cap first letter and cut ending, a civic outlet's story list
with "By" lines and an all-star list, a station page with dated program items and a contest cut
mid-sentence, a podcast page with dated episode lines, a radio show page with timestamps, a photo credit
split across "/" and "AP" lines, blog posts with date lines, cut-off endings) and exactly what the real
gold marks: a "if the reporting helped you, donate" paragraph at the top of a show rundown; a
four-line federal-funding-cut alert asking readers to call Congress and give at the top of an article,
plus a sponsor footer repeated twice at the end; an eight-line fall fund-drive push (goal, phone
numbers, match challenge, premium thanks) between two pairs of doubled captions; a lone "fundraising
banner" label line at the top of an article; a two-line newsletter sign-up in the middle of a story
list; a three-line car-donation item among dated program items; a three-line sustaining-donor alert
above a podcast description plus a lone "subscribe" link line under it; a one-line "already a
sustainer? increase your gift" arrow line at the top of a radio show page; and three whole-page
appeals (a newspaper's giving-day subscription letter cut mid-list, a fact-checker's founding-member
and account-system drive letter cut mid-sentence, a station's postponed fall fund-drive notice).
Negatives keep what makes the real ones hard: a one-day online charity giving total with matching
funds, nonprofits saying people must give during a recession, a newspaper fighting to keep a public
legal-notice contract (revenue talk), a press anniversary with a quote urging readers to support the
papers, a fire-victims' crowdfunding page and nonprofit fundraiser reported as news, a blogger relaying
another outlet's founder's fundraising letter at length, a sheriff urging pledges to a charity
campaign, a magazine feature on crowdfunding sites, a university centre's primer on nonprofit
newsrooms, a blogger urging readers to give to a radio station's drive, and a blog mocking another
paper's threatening subscription policy (quoted in full).

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text by
/work/s21/check_para.py). The modelled real outlet is noted in each outlet field. Like the earlier
batches, the build takes each text as it stands, locates every gold appeal substring in it (asserted
unique) and writes the fixture file.
"""


from whole_documents import _doc, _neg


# --- Probe 135: appeal documents ----------------------------------------------------------------

_DAYBOOK_GIVE = (
    "If this morning's coverage was worth something to you, please think about chipping in to keep it "
    "coming right here. Every gift pays for all the work on lonestardaybook.example.org and "
    "kprq.example.org. We are grateful for your contribution today."
)

_KVL_ALERT = "\n".join([
    "Congress Has Voted to Strip Funding From Public Broadcasting",
    "The House has approved the Budget Clawback Act of 2025, a bill that would wipe out federal money for public broadcasting altogether. The revised measure now returns to the Senate for a final vote.",
    "That decision endangers the federal dollars that help sustain WKVL — threatening the classroom programs, reliable reporting and storm alerts our region counts on, from our own newsroom and from our national partners.",
    "We need to hear from you right away. Phone your Senators and give today to secure the future of community public broadcasting.",
])

_KVL_FOOTER = "\n".join([
    "Underwriting for WKVL comes from:",
    "Sponsor WKVL programming today »",
    "Underwriting for WKVL comes from:",
    "Sponsor WKVL programming today »",
])

_KDSX_DRIVE = "\n".join([
    "The Finish Line Is in Sight – Help Us Cross It!",
    "The clock is ticking! If you haven't pledged yet, show us that you treasure independent reporting, lively conversations, and music and arts shows here in the Trans-Pecos high country.",
    "Phone us today at 432-555-0147 or toll-free at 888-555-KDSX (5379.) Or simply tap here to pledge your support!",
    "Our Autumn Membership Drive wraps up tomorrow, November 2nd.",
    "We're under 15% short of our $65,000 target – but we can't get there without you! Hitting our this fall matters enormously, since we're getting ready to settle into our “future studio by the arroyo.”",
    "Let's sprint to the end side by side and help secure independent news and music for the whole high desert – and thank you to all who have pitched in already!",
    "Big thanks to Basin Family Clinic in Fort Alder for putting up a generous $750 matching challenge during this morning's news hour – listeners met it before 9 o'clock!",
    "Thanks too to our hometown underwriters for donating today's thank-you gifts – Saguaro Cuts in Fort Alder, the Desert Rose Inn in Mirador, and  Ellen Pratt's Adobe Cottage in Fort Alder.",
])

_CRN_BANNER = "CRN Fundraising Banner"

_CIVIC_NEWSLETTER = "\n".join([
    "Get The Civic's weekly email",
    "Stay on top of our newest stories with our weekly email roundup. Look for it in your inbox first thing every Friday.",
])

_WHLM_CAR = "\n".join([
    "Give your old car to WHLM!",
    "Mar 3, 2021",
    "Pass on some goodwill by handing your used vehicle over to WHLM! Once your car has reached retirement age, it can help pay for the shows you rely on.",
])

_RVPR_BACK = "\n".join([
    "Back RVPR Today",
    "Public media's federal support is under threat. Defend the journalism that keeps our region informed and connected. A monthly gift will keep RVPR sturdy, independent, and answerable to listeners—not to shifting political tides.",
    "Give Now",
])

_RVPR_SUBSCRIBE = "Where to Subscribe"

_WPLT_BOOST = "Already giving monthly? Tap to raise your gift now →"

_COURIER_LETTER = "\n".join([
    "Help keep local news going with a subscription on #LocalNewsTuesday",
    "Hard times can bring disorder and doubt, but they can also bring things into sharp focus.",
    "We see that focus in the tireless commitment of nurses, doctors and paramedics treating the sick under enormous strain and at great personal cost. We see it in the businesses joining forces and signing on to Stay Well Minnesota. We see it in the dollars pouring into food shelves, community funds and other charities to help families, shops and towns.",
    "For the reporters in our community newsrooms, the pandemic has underlined why independent, fact-driven reporting matters. We've published hundreds of daily updates, pressed for answers about outbreaks in food-processing plants and nursing homes and told stories of people at their best during the crisis.",
    "The pandemic's economic toll has also exposed how hard things are for the news business. Some outlets have closed, and others, ours included, have resorted to furloughs, job cuts and smaller executive salaries as the national economy slumps. We were already moving toward a newsroom that leans more and more on its subscribers to keep going – and that matters even more in a year like this.",
    "Today, on what's been named #LocalNewsTuesday, please think about a low-cost subscription to help back our reporters.",
    "A subscription for yourself costs $29 for the first year. Gift subscriptions for somebody else come in six-month and full-year versions.",
    "We've put real effort into making your digital subscription worth more:",
    "- Along with a free daily edition of a national paper, you now get an extra section, Health Watch, with expanded pandemic coverage, bundled into the e-edition of our papers for readers who like their news in a classic layout.",
    "- We are putting out a live daily video at 4 p.m.",
])

_RUMORWATCH_LETTER = "\n".join([
    "Powering Up Rumorwatch for 2021",
    "Rumorwatch Accounts are now switched on!",
    "That means every Charter Backer can browse without ads by signing in to More details are waiting in a members-only email sent to Charter Backers or on our help pages.",
    "If you aren't a Charter Backer yet, think about signing up and enjoy an ad-free today.",
    "Rumorwatch has been knocking down hoaxes since 1997, and over the two decades since we have turned into a familiar name in myth-busting and, for some readers, a verb (“Have you rumorwatched it?”).",
    "As it happens, this small passion project devoted to debunking was well ahead of the curve. Now, with facts a click away, even careful readers can wander into a haze of fabrications. With a new election season arriving — and a fresh decade with it — we need to power up Rumorwatch to guide many more readers: bring on more researchers and engineers, rebuild our site, and deepen our specialist knowledge so we can spot and stop hoaxes at scale.",
    "We can't manage it without you.",
    "The internet looked very different when I started what became Rumorwatch back in 1997. More than twenty years on, Rumorwatch is a benchmark for reliable myth-busting. We keep sharpening our methods and building the know-how it takes to hold back a swelling flood of falsehoods.",
    "Yet with a new decade underway and another national election approaching fast, we are asking for your help to grow and strengthen what Rumorwatch does so it can handle the information battles of the coming decades… and after. Let us know where we should start.",
    "Harriet Lindgren",
    "Founder and Publisher",
    "Where You Come In",
    "Rumorwatch is a small team — just 12 people staff our newsroom — yet your backing has lifted us into the web's most visited sites and the first stop for daily hoax-checking. Still, outlets like ours everywhere are under strain.",
    "To push back hard against the people who mass-produce falsehoods, and to keep our",
])

_WMRC_NOTICE = "\n".join([
    "The autumn pledge week we had planned for September 21-27 was pushed aside by the Blue Ridge floods. Asking for money felt wrong while so many of our neighbors were in real need. So we spent that time passing along relief information, spreading the word about benefit concerts, and offering some comfort through the music we play. Still, we depend on listener dollars to stay on the air and to remain the community resource so many of you leaned on during these extraordinary weeks. And so, with humility and gratitude, we are reaching out to you today.",
    "The pledge week will kick off Sunday, October 27th at 7 am with Sunday Porch Sessions and wrap up Saturday evening, November 2nd when Mountain Roots Hour signs off at 10 pm.",
    "This pledge week will look different from our usual on-air event, run mostly by our staff with only a handful of volunteers, so we encourage those of you who plan to give to do it online through our website. Online giving is safe and secure, and you can still leave a message for us to read on the air if you like — just as if you had called one of our phone volunteers.",
    "If you already gave during our first preview week, September 14 through September 20, or give monthly as a sustainer, you are already entered in every prize drawing we hold during the on-air week. And your gift will still be added to our pledge-week total.",
])


PROBE135_APPEALS = [
    _doc("b155-lonestardaybook-rundown-donate-top", "appeal", "top",
         "Invented; modelled on Texas Standard (public-radio daily show rundown with a donate paragraph at the top)", "en", [
             _DAYBOOK_GIVE,
             "Lone Star Daybook For March 11, 2021",
             "County versus comptroller: Four rural county judges are taking the state comptroller to court over broadband grants. The dispute: a roughly $180 million program for rural internet that several judges argue should have gone through public hearings first, but never did. And: Remember the toll road fight that defined the last legislative session? A stretch of the privately financed loop near Pecos Flats is already cracking, and a soggy spring is partly to blame. Also: The debate over classroom cellphone bans gets louder. Those segments and plenty more today on the Lone Star Daybook:",
             "Rosa Medina/Lone Star Daybook",
             "Lone Star Daybook producer Rosa Medina keeps her portable mic and headphones packed so she can record interviews from her kitchen table during the winter storm.",
         ], appeals=[_DAYBOOK_GIVE]),
    _doc("b155-wkvl-youthcenters-fundingalert-sponsor-top-end", "appeal", "top+end",
         "Invented; modelled on WITF (station article with a federal-funding alert at the top and a doubled sponsor footer)", "en", [
             _KVL_ALERT,
             "Could other states copy Ohio's audit of youth detention centers?",
             "Director Lynette Carver of the state youth services office speaks at a news conference at the Statehouse in Columbus, Ohio, Tuesday, March 5, 2024. The audit released this week documented repeated neglect of more than 400 teenagers at nine state-run facilities over twelve years. It faulted Carver's office for urging lawmakers to keep two troubled facilities open. (AP Photo/Dale Prentiss)",
             "(Undated) — After Ohio's sweeping review of abuse and neglect inside its youth lockups, some advocates want every juvenile system in the nation to face an audit of the same depth.",
             "“Nothing would make me happier,” Darren Okafor, an Ohio state senator who spent part of his teens in one of the centers, said",
             _KVL_FOOTER,
         ], appeals=[_KVL_ALERT, _KVL_FOOTER]),
    _doc("b155-kdsx-residency-falldrive-middle", "appeal", "middle",
         "Invented; modelled on Marfa Public Radio (talk-show page, eight-line fund-drive push between doubled captions)", "en", [
             "Friday Conversation: Lena Ortiz on Sculptor Marcus Hale and the Chisos Residency",
             "Marcus Hale",
             "Marcus Hale",
             "Residency director and volunteer lead Lena Ortiz describes the Chisos Basin artist residency and its latest guest, the sculptor Marcus Hale.",
             "Further details to follow.",
             "Mesa Hour usually airs live at 11 am and rebroadcasts at 7 pm every weekday.",
             "KDSX crew touring our \"future studio by the arroyo!\"",
             "KDSX crew touring our \"future studio by the arroyo!\"",
             _KDSX_DRIVE,
             "Nora Whitfield hikes a dry stretch of the Pecos River near the New Mexico line. (NPR/Tom Abernathy)",
             "Nora Whitfield hikes a dry stretch of the Pecos River near the New Mexico line. (NPR/Tom Abernathy)",
             "Thursday Conversation: Nora Whitfield and Tom Abernathy Follow the “Vanishing Pecos”",
             "Reporter Nora Whit",
         ], appeals=[_KDSX_DRIVE]),
    _doc("b155-commonsreadernews-montana-banner-top", "appeal", "top",
         "Invented; modelled on Reader Supported News (aggregator article with a fundraising-banner label line at the top)", "en", [
             _CRN_BANNER,
             "CRN: Who Will Guard Montana's Ballot Tally? Print",
             "Monday, 13 March 2023 09:17",
             "Excerpt: \"Every eye in the country is on Montana's special House election. When it wraps up on April 4, it will settle which party holds the slim edge in a deadlocked chamber.\"",
             "Voters line up on the opening morning of early voting for Montana's special election in Billings, Montana, on March 6. (photo: Grace Dunlevy/AP)",
             "Voters line up on the opening morning of early voting for Montana's special election in Billings, Montana, on March 6. (photo: Grace Dunlevy/AP)",
             "Who Will Guard Montana's Ballot Tally?",
             "By Peter Lindqvist and Maya Okonjo, Commons Reader News",
             "13 March 23",
             "very eye in the country is on Montana’s special House election. When it wraps up on April 4th, the result will settle which party holds the slim edge in a deadlocked chamber.",
             "Alongside it sits a “quiet” down-ballot race for the state Land Board, which controls leases on the West's largest coal tracts … and which might tip the headline contest.",
             "Tens of millions of dollars are flooding in. Every second of airtime on local stations has been snapped up at premium rates.",
             "The early skirmishes have been over mail-ballot deadlines and turnout, shuttered polling sites, false claims about voting locations, harassment of voters queued outside early-voting centers, disqualification of “defective” envelopes, and plenty else.",
             "Yet all of that shrinks beside a single question: will the ballots be counted honestly and correctly?",
             "It hinges on whether local volunteer groups can gather the know-how, the people and the leverage to ensure ballots are filled out properly, read correctly by the machines, and tallied accurately — and then properly audi",
         ], appeals=[_CRN_BANNER]),
    _doc("b155-lakeportcivic-storylist-newsletter-middle", "appeal", "middle",
         "Invented; modelled on The Philadelphia Citizen (story list with By lines, two-line newsletter sign-up in the middle)", "en", [
             "“A Lamp Against the Dark”",
             "Sixty years (and one week) after a civil-rights organizer was gunned down here, we revisit a pastor's sermon on a season of “grief and reckoning”—not unlike this one",
             "By Rev. Amos Whitcombe",
             "Hey, Mayor Dunmore—Fix the Polling Place Ramps!",
             "Every neighboring county has made its voting sites wheelchair-accessible. Lakeport Forward's outreach lead started a petition demanding the city catch up.",
             "By Tessa Morrow",
             "12+ Ways to Stand With Refugee Families in Lakeport",
             "A string of arson attacks on immigrant-owned shops has left newcomer families on edge after a hard winter. Here's what you can do.",
             "By Priya Castellanos Hart",
             "Two Years of Floods",
             "How Lakeporters Pitched In",
             "Catching up with the neighbors who filled sandbags around the clock, collected thousands (!) for flooded storefronts, kept shelters stocked and more. Lakeport, you're amazing.",
             "By Daniel Okoro",
             _CIVIC_NEWSLETTER,
             "Who Is Missing From the Count?",
             "The Lakeport Overdose Memorial records the staggering cost of our city's fentanyl crisis, one life at a time",
             "By Marguerite Quinlan",
             "Honest Servant Awards Night",
             "We honored the city employees chosen as the first-ever champions of public honesty in Lakeport—and the region. See why we they deserve our admiration.",
             "By Marguerite Quinlan",
             "Hattie Marsh Greer | Lakeport Women's History Month Honoree",
             "Honoree #21: Hattie Marsh Greer",
             "Clara Beaumont | Lakeport Women's History Month Honoree",
             "Honoree #14: Clara Beaumont",
             "Ruth Ellison Pike | Lakeport Women's History Month Honoree",
             "Honoree #8: Ruth Ellison Pike",
         ], appeals=[_CIVIC_NEWSLETTER]),
    _doc("b155-whlm-programs-cardonation-middle", "appeal", "middle",
         "Invented; modelled on WYPR (station page of dated program items with a car-donation item in the middle)", "en", [
             "WHLM Instagram | WHLM",
             "WHLM Instagram",
             "Teresa Yoon",
             "Transit advocates argue that Gov. Pellham's plan for expanding regional bus service over the coming ten years won't come close to easing gridlock. They say the plan is unrealistic because it leans on toll revenue and assumes tens of thousands of commuters will abandon their cars for buses. Corinne Lasky leads the Tidewater Transit Alliance and says the governor's plan is all headlines and no funding. But Transportation Secretary Ray Fenwick defends the heart of the governor's proposal for dedicated bus lanes on major corridors -- called 'MOVE.'  Fenwick says the plan acknowledges the need for faster and more reliable service. How wide is the gap between advocates and the Pellham administration?",
             "For details on upcoming public transit plan hearings, follow this link.",
             "Jordan Pike/WHLM",
             "Harborton Mayor Lisa Quell has dared the city's Department of Public Works to a 60-day streetlight sprint: fixing 3,000 broken streetlights in 60 days. DPW is on board, says Director Amir Castellan.",
             "The push is part of Quell's wider Bright Blocks campaign.",
             _WHLM_CAR,
             "Finding the Way Back: Darnell's Story",
             "Mar 3, 2021",
             "Darnell spent his teens trying not to be noticed. He grew up the oldest of five in a house ruled by a father's temper. He understands today that he was carrying untreated anxiety, but back then he only knew that alcohol made the noise go quiet. After a decade of drinking he got sober, found steady work, and married, until a setback knocked everything sideways. He is rebuilding now, once more, with 14 months sober, and he tells Theo about the good days and the hard ones along the way.",
             "VOTE in WHLM's Tote Bag Art Contest",
             "Feb 24, 2021",
             "Cast your VOTE in the WHLM tote bag art contest and help choose",
         ], appeals=[_WHLM_CAR]),
    _doc("b155-rvpr-confluence-sustainer-subscribe-top-middle", "appeal", "top+middle",
         "Invented; modelled on St. Louis Public Radio (podcast page, sustaining-donor alert at the top and a subscribe link line)", "en", [
             _RVPR_BACK,
             "The Confluence",
             "Must-know news for the Quad Rivers region. Each weekday, in roughly 10 to 12 minutes, catch up on the day's biggest headlines and hear deeper stories that add context and heart to the issues and ideas shaping life here.",
             _RVPR_SUBSCRIBE,
             "Thursday, May 8 - What's next for WQRX",
             "A federal judge signed off on selling listener-run station WQRX for $6.2 million to a satellite broadcasting group. We unpack the ruling and what comes after it.",
             "Wednesday, May 7 - The governor is \"handing out clemency like party favors\"",
             "A prosecution that dragged on for eight years against former state Senate leader Harlan Voss has reached its final act. Next Tuesday, a man once seen as the most feared power broker in the capitol will be sentenced on several bribery counts. If Voss receives a lengthy sentence, might he turn to the governor for a pardon?",
             "Tuesday, May 6 - Stuck in the flood while 911 calls rang out",
             "The Eastgate Community Center stood at the center of the Millrace neighborhood. It was the anchor of the east side. But last month, a flash flood tore through the 90-year-old building. Four people were stranded on its roof for almost three hours. One of them was swept away. Repeated calls from the roof to the county's 911 dispatch center were never picked up.",
         ], appeals=[_RVPR_BACK, _RVPR_SUBSCRIBE]),
    _doc("b155-wplt-stormopera-sustainerboost-top", "appeal", "top",
         "Invented; modelled on WUNC (radio show page with timestamps, a sustainer boost arrow line at the top)", "en", [
             _WPLT_BOOST,
             "Tropical Storm Nadia soaks the SC Lowcountry. Plus, 'Harbor Lights' folk opera premieres at the Dock Street.",
             "Floodwater from Tropical Storm Nadia surrounds a beach house in Edisto Beach, S.C., on Tuesday, Sept. 9, 2025.",
             "Marla K. Dunne",
             "/",
             "AP",
             "Floodwater from Tropical Storm Nadia surrounds a beach house in Edisto Beach, S.C., on Tuesday, Sept. 9, 2025.",
             "0:01:00",
             "Tropical Storm Nadia update from the Lowcountry",
             "Nadia is crawling along the coast, bringing flash flooding, beach erosion and more. We get the latest from the shoreline.",
             "Priya Ramaswamy, Hydrologist at the National Weather Service in Charleston",
             "Tommy Hale, Publisher of EdistoTideReport.example.com",
             "Corinne B. Lott (LottImages)",
             "0:13:00",
             "At the Dock Street, a new folk opera follows the women who worked the textile mills",
             "Dock Street Theatre presents the world premiere of Harbor Lights, a new “chamber folk opera” drawn from oral histories of women who worked in Carolina textile mills and the families they raised. The show was developed with Loom Stories, a nonprofit that records and shares the memories of former mill communities.",
             "Ada Pennington, librettist of “Harbor Lights” and founder of Loom Stories",
             "Gerald Simms-Acosta, head of the theatre program at the College of Charleston and director of “Harbor Lights.”",
             "0:33:00",
             "‘Strike Up the Band’ marks its 9th year at SC State",
             "South Carolina State University will hold its 9th annual ‘Strike Up the Band’ brass showcase and benefit on Saturday, Sept. 13. We talk with organizer Lionel Brooks about the event, his new memoir and the effort to keep marching-band traditions alive at SC State and elsewhere.",
         ], appeals=[_WPLT_BOOST]),
    _doc("b155-pinecrestcourier-givingday-subscription-letter-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on Marshfield News-Herald (whole page is a giving-day subscription letter cut mid-list)", "en", [
             _COURIER_LETTER,
         ], appeals=[_COURIER_LETTER]),
    _doc("b155-rumorwatch-charterbacker-accounts-letter-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on Snopes (whole page is a founder's membership and account-system drive letter, cut mid-sentence)", "en", [
             _RUMORWATCH_LETTER,
         ], appeals=[_RUMORWATCH_LETTER]),
    _doc("b155-wmrc-postponed-pledgeweek-notice-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on WNCW (whole page is a station's postponed fall fund-drive notice)", "en", [
             _WMRC_NOTICE,
         ], appeals=[_WMRC_NOTICE]),
]


# --- Probe 135: negatives -----------------------------------------------------------------------

PROBE135_NEGATIVES = [
    _neg("b155-harbordailyrecord-givingsprint-charities-neg",
         "Invented; modelled on San Diego Daily Transcript (news story on a one-day online charity giving total with matching funds, cut mid-word)", "en", [
             "$870K collected in one-day online giving sprint",
             "In a single day of online giving this week, the Bayview Community Trust collected more than $870,000 — about $640,000 from individual givers and $150,000 in matching grants from area companies and family funds — for nonprofits across the county.",
             "The money will flow to some 260 local groups, from a booster club at Northgate's Science Academy, which topped the list with $31,275, to Oceanside's Harbor Folk Music Museum, which received a $60 gift — one of 41 groups that took in $100 or less.",
             "\"Our neighbors have never been stingy,\" said Corinne Ashby, who directs donor relations at the trust, a pass-through for grants to nonprofits all over the county. \"We put the need in front of them and they showed up in a big way.”",
             "Still, the day points to a shift in how charities raise money: low-cost online crowd campaigns that reach everyday givers, people long overlooked by the old-style drives aimed at companies, grantmakers and the very rich.",
             "\"Wealthy donors keep giving whether the economy is up or down,\" said Felipe Ortega, the trust's spokesman. \"What made this day work was that it rallied people who give modest sums and turned them into something big.\"",
             "Online gifts remain a modest slice of charitable giving overall, making up 5 percent of all donations last year. Yet they are climbing far faster: up 11.8 percent last year, against 3.7 percent for giving as a whole, according to an annual giving survey by Ledgerline Analytics, a firm that sells donor software.",
             "About one in four U.S. nonprofits launched web-based giving drives of their own last year, in part because they are viewed as building a fresh pool of supporters as richer donors pul",
         ]),
    _neg("b155-bayviewbizweekly-nonprofits-recession-neg",
         "Invented; modelled on San Diego Business Journal (business feature on nonprofits in a recession, people must give, cut mid-sentence)", "en", [
             "Stretching Every Dollar",
             "While many companies appear to be losing ground amid a downturn, climbing joblessness and federal rescue packages, area nonprofits are keeping their heads above water by inventing new ways to keep their programs running.",
             "“Our job now is stretching every dollar further,” said Monica Reyes, outreach director for the Bayview Harvest Pantry, which supplies 150,000 residents a month through 240 partner charities and counts 14,000 volunteers.",
             "Running on the same level of giving it had in 2007, the pantry has watched its food distribution rise steadily from the first quarter of 2008 to the second. Lemon Grove is up 88 percent, Santee 57 percent, National City 29 percent and the city of Bayview 21 percent.",
             "For the moment the pantry can keep its programs going, but it expects demand to climb in 2009 as the economy keeps sliding.",
             "“We are laying out exactly where we stand. The point is making sure the community knows how big this problem is,” Reyes said. “Simply put, if people don't give, families go without food.”",
             "Since January 2008, over 12,000 county residents have enrolled in the pantry's Crisis Grocery Program. It kept all 22 of its full-time employees, made no cuts in 2008 and expects none soon.",
             "“Our staff is as lean as it gets,” Reyes said. “Similar groups elsewhere in the country run with 30 or more people.”",
             "Reasons for Hope",
             "Brave Hearts Fund, a charity that helps service members fighting cancer and their families, reports that its cash gifts have held steady and that in-kind gifts rose 18 percent over 2007. Started in 2006 as an offshoot of the Bayview Sports for Learning program, Brave Hearts held the biggest holiday gift drive in its history in December.",
             "Founder Luis Vantongeren says Brave Hearts",
         ]),
    _neg("b155-capitalcrier-legalnotices-contract-neg",
         "Invented; modelled on The Washington Informer (paper fighting to keep a public legal-notice contract, revenue talk, cut mid-word)", "en", [
             "Is The Crier Being Shut Out Because of Who Reads It?",
             "Fairpress.example.org | 10/3/2013, 2:12 p.m.",
             "\"If the Capital Crier can be ruled out because it speaks to one particular community, then the Riverside Times could be ruled out just as easily, since some people claim it speaks only to readers of one political stripe,\" The Crier argued in its challenge filed with the city's Procurement Review Board. \"Fairly and honestly judged, neither paper should be ruled out on such grounds, which the law does not allow.\"",
             "Ever since Harold and Bernice Tolliver started it in 1971, the parents of today's publisher, Yvonne Tolliver Grant, The Crier has set itself apart as a neighborhood newspaper, speakers told last month's rally. Though its roots are in the city's Black neighborhoods, the paper belongs to everyone, said Marcus Delaney, head of the city's bus drivers' union. \"Nobody called it The Black Capital Crier. Nobody called it The White Capital Crier... It is a paper for the whole city,\" Delaney said.",
             "\"This paper turned my life around,\" Andre Whitlow said, waving a copy of The Crier. The 27-year-old might have ended up somewhere very different if not for The Crier. Whitlow said he was suspended from high school over his hairstyle and let back in only after The Crier ran his story. He finished school with honors, went on to college and today sits on the city's school board for the Ninth District. \"We need our own press,\" he told the crowd.",
             "Running the city's public legal notices has long given neighborhood papers ad income they depend on. With papers closing at an alarming pace, that matters more now than ever. Even so, the city finance office is steering $41,000 in hard-earned public money away from a neighborhood paper like The Crier and toward the conservative Riverside Times, a paper controlled by the fou",
         ]),
    _neg("b155-eastshorebeacon-crier-50th-anniversary-neg",
         "Invented; modelled on NNPA Newswire (press anniversary story, a quote urging readers to keep supporting the papers, cut mid-sentence)", "en", [
             "The Capital Crier marks its 50th year too",
             "By Janelle Whitaker",
             "Special to the Eastshore Beacon",
             "Reporters and editors of every background are set to fill the Grace Street Baptist Church in the capital on April 12 to honor two big milestones: the Black press's nearly two centuries and the 50th birthday of The Capital Crier.",
             "The Capital Crier and the wider Black press will be honored at a gathering at Grace Street Baptist Church in the capital on April 12.",
             "Credit: Handout image",
             "“For close to two hundred years, Black-owned papers have been central to keeping our neighborhoods informed. Right now our business is under pressure, and plenty of newsrooms have decided to bend to the wishes of billionaires,” said Terrence Boyd, who chairs the Capital Area Black Journalists Network (CABJN).",
             "He went on, “Honest papers such as the Eastshore Beacon and The Capital Crier matter every bit as much today as on the day they were founded. Keeping them going falls to all of us.”",
             "CABJN members plan to join in saluting the two anchors of Black journalism and what they have added to the story of the capital and far beyond it.",
             "“I feel lucky and thankful that we've lasted 50 years thanks to our loyal readers and a committed staff through the decades,” Yvonne Tolliver Grant, publisher of The Capital Crier, told the Beacon.",
             "“We're among the younger Black papers, since so many, like the Beacon and the Gulf Coast Herald, have a full century behind them. They keep me going.”",
             "Tolliver Grant described the Black press as the keeper of Black history in this country.",
             "“The Black press rarely gets the credit it has earned,” she said.  “Black congregations, historically Black colleges, fraternities and sororities and Black-owned shops all go back a long way, but the press",
         ]),
    _neg("b155-wdlv8-rowhousefire-victims-fundraisers-neg",
         "Invented; modelled on WPVI-TV 6abc (TV news on how to help fire victims: a cousin's crowdfunding page and a nonprofit's fundraiser, cut mid-quote)", "en", [
             "Ways to help families of the 9 people killed in the Millbrook rowhouse fire",
             "The blaze, which broke out early Tuesday in Millbrook, killed 9 people, six of them children.",
             "Neighbors and a local nonprofit collect money for the families of the fire victims",
             "HARBORTON (WDLV) -- As fire marshals and state investigators came back to Larchmont Avenue on Wednesday, neighbors searched for ways to support the families of the nine victims.",
             "\"I knew those kids. I'd ride through here every day sweeping the sidewalks for folks on this block, and they'd always be outside playing. It just breaks my heart, honestly,\" said Dwayne Hollis, who pedaled over to the scene to pay his respects.",
             "A makeshift memorial of candles, teddy bears and balloons now stands just beside the yellow tape blocking off the block.",
             "A cousin has started a crowdfunding page to help the relatives who survived.",
             "Kids Before All, a children's advocacy group on Chestnut Ridge Road, has also opened a collection.",
             "\"What helps us is that we're tiny and there's no red tape, so we can get this money to the family, to the families, quickly. We don't keep a cent, and we won't second-guess how they spend it. Those choices are theirs to make,\" said director Alma Reyes-Booker.",
             "News traveled fast, and donations through Kids Before All soon reached the tens of thousands.",
             "Reyes-Booker stressed that the money is badly needed, because these families lost relatives along with everything they had.",
             "The help, she said, cannot stop now.",
             "\"It's going to take a lot more than dollars",
         ]),
    _neg("b155-cranberrybogjournal-openpress-fundraising-letter-relayed-neg",
         "Invented; modelled on Middleboro Review (blog relaying another outlet's founder's fundraising letter, cut mid-word)", "en", [
             "Tuesday, June 14, 2016",
             "OPD: Why a Free Press Needs Its Readers",
             "Up Now on Their Front Page:",
             "Open Press Daily",
             "\"FUNDED ENTIRELY BY READERS,\" HOW MANY OUTLETS CAN CLAIM THAT? How many truly answer to nobody but their audience? How many have no corporate go-between paying the bills? How many can say their final duty is to the people who read them? Open Press Daily, nobody had tried it before. Together, every one of us, we are making it work. We depend on you, and we are proud to depend on you. Warmly. / Dana Whitcombe - Founder, Open Press Daily",
             "Brennan writes: \"How hopeful can we really be that ordinary Americans will pour their dollars, their hours, their energy and their grit into a long-shot campaign to repair our democracy, the kind of country that democracy is meant to build, and perhaps, only perhaps, the climate itself, when we won't even keep the news source we depend on afloat?\"",
             "Marchers link arms on a bridge during a voting-rights rally in Selma on March 8, 2015. (photo: Karen Mills/Reuters)",
             "Marchers link arms on a bridge during a voting-rights rally in Selma on March 8, 2015. (photo: Karen Mills/Reuters)",
             "Why a Free Press Needs Its Readers",
             "By Colleen Brennan, Open Press Daily",
             "14 June 16",
             "his note landed in my inbox tonight, and quite likely in yours as well:",
             "Why OPD Counts on Its Readers",
             "Our June fundraising drive opens tomorrow, so it seems like the right moment to explain why we picked reader funding over ad dollars from corporations.",
             "Make no mistake, with an audience our size we could earn a great deal more b",
         ]),
    _neg("b155-wrtv9-unitedfund-sheriff-pledges-neg",
         "Invented; modelled on WCTV (short TV item: sheriff chairs a charity campaign and urges pledges)", "en", [
             "Community Chest Drive",
             "With 4 days left in the Community Chest drive, the Gulf Hills chapter is still short of its target. The gap is roughly $180,000.",
             "To date the Community Chest has collected $3.9 million toward the $4.1 million it is after.",
             "Across the region, giving has slipped 4.1% this year, but Gulf Hills hopes to beat that slide, and the sheriff is telling residents to (as he put it) “quit dragging their feet and phone in a pledge.”",
             "Sheriff Pruitt is chairing this year's Community Chest drive.",
         ]),
    _neg("b155-suncoastliving-crowdfunding-foodtruck-neg",
         "Invented; modelled on Orlando Magazine (magazine feature on crowdfunding sites and a local food truck, cut mid-quote)", "en", [
             "Pass the Hat",
             "Online pledge platforms let ordinary people bankroll dreamers, from taco carts to indie documentaries.",
             "Picture your big NOTION—a taco cart, serving Baja-style fish tacos. You know that rolling restaurants are fashionable but shaky bets, so where do you find cash quickly?",
             "Lenders are famously stingy, investors want the next unicorn, and royal patrons disappeared with the Medicis. Nowadays, for painters, bands, inventors and small-business hopefuls, the path to money runs through a digital tip jar.",
             "The practice is known as crowdfunding, a word that caught on in the mid-2000s, in which makers invite relatives, friends, fans and complete strangers to chip in online toward a target. The leading platforms in this new way of launching a business are still young. Marisa Quell, a former bond trader who needed money to stage a short film in 2007, founded BackerBox. FundRally launched in 2010 as an ordinary startup backed by investors, raising $12 million from the same firms behind several photo-sharing and music apps. In a twist, plenty of investment firms now turn to these crowd platforms to finance other startups.",
             "FundRally's 10 biggest campaigns have pulled in over $38 million from hopeful backers. A $129 smart bike lock drew 54,000 supporters and almost $7 million — and none of them will get one until next summer. BackerBox's top campaign was a drive to turn an inventor's old workshop into a museum, which brought in nearly $1.2 million.",
             "For Sarasota's Denise Albrecht, the target was more modest. The 47-year-old former bank teller now runs the Baja Bus taco truck, paid for by a 45-day, $12,000 FundRally campaign that hit its mark.",
             "She got the idea at a Sunset Eats rally in 2012, where crowds packed the lot behind Palm Grove Community Church on Fruitville Road. “I watched people who'd never met chatting with",
         ]),
    _neg("b155-halvorsencenter-primer-nonprofit-newsrooms-neg",
         "Invented; modelled on Overby Center (university centre's primer on nonprofit newsrooms ahead of a panel, cut mid-title)", "en", [
             "Explainer: Will Nonprofit Newsrooms Rescue the Heartland?",
             "In the current media climate, national and global headlines tend to crowd out the stories that shape daily life in our own towns. Yet through watchdog reporting and in-depth statewide projects, nonprofit newsrooms are changing that picture, one investigation at a time.",
             "Next Tuesday, the Halvorsen Center will look at how Midwestern nonprofit newsrooms are filling the holes left by shrinking legacy outlets, at the Center's opening panel of the spring term, with Dana Okimoto of the Justice Ledger and Victor Hallam, a former network news president who founded Prairie Today. The program begins at 6 p.m. in the Halvorsen hall and is free and open to all. A buffet and drinks will follow.",
             "Until then, here is a closer look at how Midwestern nonprofit newsrooms like the Justice Ledger and Prairie Today have become essential sources of reporting and analysis.",
             "The Justice Ledger, started in 2013 by two former newspaper editors, Ruth Calloway and Samuel Brandt, is an independent, nonprofit newsroom that sets out to build and keep up national pressure to fix the country's prisons and jails. It tries to use reporting to make the system fairer, more efficient, more open and more humane. People on both the left and the right agree that the justice system badly needs repair. With its investigations, the Justice Ledger has exposed stubborn gaps by race and income across courts and prisons. Those gaps cost the public heavily every year and damage both the people locked up and many who work inside. Though poorly equipped for it, police, judges and jails are routinely left to deal with mental illness, drug dependency and poverty.",
             "In a recent piece headlined “How State",
         ]),
    _neg("b155-bayoubloggery-publicradio-pledgedrive-neg",
         "Invented; modelled on SptBlog (personal blog urging readers to give to a public radio station's short drive)", "en", [
             "Tuesday, March 14, 2006",
             "Springsteen interview on public radio, Tu, Mar 14, in the middle of a refreshingly quiet pledge drive",
             "Public radio is practically scripture for a lot of us. If you read Bayou Bloggery, odds are you listen to public radio.",
             "This week the folks at Pinewood Public Radio kicked off the gentlest and least pushy pledge drive I can remember. Station manager Della Fontenot explains, \"This time we've zeroed in on our target, and we've worked to make the drive shorter, both in days and in how much airtime we give it.\"",
             "\"As you can imagine this season is crucial for Pinewood Public Radio, since the money we raise keeps the lights on and the bills paid. I hope our listeners are noticing and valuing what we've changed about our on-air pledge breaks.\"",
             "I hope you'll give generously to this hugely valuable hometown station. And if the Springsteen interview slips past you, don't fret. opens the door to a remarkable universe of news and music. While you're there you can pledge without a worry.",
         ]),
    _neg("b155-webwhimsy-gazette-subscription-policy-quoted-neg",
         "Invented; modelled on Urlesque (blog post mocking another paper's threatening subscription policy, quoted in full, cut mid-word)", "en", [
             "The Adirondack Ledger is a Lake Hollis, New York outlet covering the state's crime, conservation and giant-roadside-statue-related news. And it treats its subscription rules with enormous gravity! A notice at the foot of every page (in bright purple script) warns readers that the story in front of them is the one and only story they will ever get to read without paying. The rules state:",
             "Reading the Adirondack Ledger requires a subscription. Each visitor is permitted a single free article. We are now logging IP addresses and device data of repeat trespassers who decline to purchase a subscription and are stealing our services. Our lawyer will issue mass subpoenas to every internet provider involved, including Spectrum, Windstream and mobile carriers, after which we will sue the individuals responsible.",
             "(Incidentally, Slashdot sent readers their way this morning, so the site may be offline for a bit.)",
             "Lawyer: stand down! On another page, the paper begs readers not to \"act in bad faith\" or misuse their reading rights. (And if you click through too many stories they block your IP.) Fair enough! For the sake of good faith, Web Whimsy has built a refuge where you can catch up on all the latest Ledger headlines without breaking the paper's single-story rule. We've boiled down ten stories from the Adirondack Ledger's homepage for you to enjoy, no attorney required. Or you could just open the Boston Globe.",
             "State Weighs Fresh Limits On Backyard Fire Pits: The state's environmental agency held a hearing and is drafting smoke rules for backyard fire pits.",
             "Sleeping Motorist Charged With DWI: A man discovered asleep at the wheel of his idling van with the radio blasting has been charged with driving while intoxicated.",
             "The Moose Is Home!!!: A towering fiberglass moose has been put back outside the Maple Leaf Diner after a five-w",
         ]),
]


BATCH155_DOCUMENTS = PROBE135_APPEALS + PROBE135_NEGATIVES
