"""Batch 117: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (13 appeal, 11 negative; all EN): our own paraphrases of every document of the local-only
real probe 97 (24 documents). Each keeps the real page's structure (a small-town paper's one-line
"allowing ads supports local journalism" banner above a headline, a photo caption with its credit, a
month label in capitals, a police brief whose sentences are glued together without spaces, a nonprofit
newsroom's series explainer, a snark site's holiday pitch, a subscriber letter under a photo caption,
a photo title and credit line, a blog header, headline and byline above an endorsement quote, an
editor's column quoting a board member's letter, bylines and bio lines cut off after "at", a reader
letter broken mid-sentence across lines, numbered how-to steps, pages cut off without a full stop) and
exactly what the real gold marks: the ad-support banner line at the top of four small-town pages
(identical on all four, as on the real platform), plus a "keep reading for free, enter your email"
gate at the end of one and a free e-newsletter sign-up line at the end of another; a nonprofit
newsroom's year-end donation plea in three places (a whole line near the top, the second sentence of
a middle line, the closing line); a VIP-membership pitch with a promo code and its two follow-on lines
in the middle of a snark post, and its closing thank-you line; one "we can't do it without your
support" line in the middle of a subscriber letter; a magazine's two-line donation request through a
nonprofit-news network near the top and its tax-deductible contribution paragraph near the end (the
industry statistics between them stay text); a blog's four-line matching-gift fund-drive block at the
end; a board member's six-line gift letter quoted at the end of an editor's column (the column's fund
drive figures stay text); a paper's why-pay-for-news plea starting mid-line and running to the end; a
"please consider supporting our work at" tail cut off at the end of a blog post; a rate-increase
note's "so they can lock in the prices they pay now" clause at the end of a middle paragraph.
Negatives keep what makes the real ones hard: a nonprofit outlet's philanthropy grant and plans to
hire for memberships, an editor's letter urging readers to give to local causes listed in a pullout
guide, a snark blog on a rival site shutting down for lack of money, a nonprofit's talks to buy a
magazine, crowdfunding totals for fire victims (twice), a public broadcaster's report on vanishing
local journalists, campaign finance sums from political action committees, a TV station's toy drive
with drop-off locations (twice), a one-line report on closing newspapers.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the builder takes each text as it
stands, locates every gold appeal substring in it (asserted unique) and writes the batch's
unseen- fixture file.
"""


from whole_documents import _doc, _neg


# --- Probe 97: appeal documents -----------------------------------------------------------------

_ADS_BANNER = (
    "When you let advertisements load on this page, you are backing the neighborhood shops that, "
    "in their turn, pay for solid hometown reporting."
)

_CEDARBEND_GATE = "\n".join([
    "Continue at no cost",
    "Type in your email so the rest of this story unlocks.",
])

_BRIAR_NEWSLETTER = "Get the Tribune's no-cost email briefing"

_QUAY_SERIES = (
    "We hope these stories will inspire you to chip in to our end-of-year fund drive. Gifts from "
    "readers keep THE QUAY running: none of this would happen without you."
)

_QUAY_MIDDLE = (
    "So we lean on backing from readers such as yourself: every gift lets us chase the stories "
    "Port Calder residents care about most."
)

_QUAY_CLOSE = (
    "THE QUAY shows up for Port Calder residents every single day – so keep us going strong by giving "
    "to THE QUAY's end-of-year drive now."
)

_SNIPWIRE_VIP = "\n".join([
    "Plenty of folks will be out hunting shadows today, but Voss and the Unity Party won't find anything to cheer about if you sign on as one of our much-envied VIP members. Your backing goes a long way toward paying the electric bill while we keep Voss and the Unity Party honest about every scheme, fib, and unconstitutional power play. Sign up for Snipwire VIP and enter the code SHADOW to knock 40% off your VIP membership (that's right, 40% off — a true Groundhog Day blessing!). Plus, there's a whole pile of extra members-only content.",
    "Each fresh VIP signup turns Voss an even brighter shade of furious purple:",
    "Want a good chuckle while you're filling out the form? Enjoy:",
])

_SNIPWIRE_THANKS = "Thanks, everybody!"

_MERIDIAN_SUPPORT = (
    "So what does this mean for the Meridian Dispatch? Simply that our workload is about to grow "
    "enormously - and we cannot carry it without you backing us!"
)

_CAPQ_GIVING = "\n".join([
    "Please think about giving to Capitol Quarterly through the Network for Independent Newsrooms. The NIN exists to help nonprofit newsrooms that have passed its checks for independence and ethical standards. Happily, the Quarterly is a member. From June 9 to June 11, the NIN is running a #GiveLocalNews drive and you can support us directly through that drive by following this link.",
    "Such gifts, which you can deduct from your taxes, matter enormously—partly because of the long slide in the news business and partly because of the economic slump.",
])

_CAPQ_FUTURE = (
    "If we manage to keep doing this work at the Quarterly, it will be thanks to backing from readers "
    "like you. Grant funding—which we depend on—may well dry up next year, much as it did in the lean "
    "stretch after the last big downturn. So please lend a hand and make a deductible gift now. Our "
    "survival could hinge on it."
)

_POLITIBREW_MATCH = "\n".join([
    "Two Brew readers phoned us this morning offering to match the next $500 given to the Brew pledge drive, dollar for dollar.",
    "Please help us bring in $500 today so your gift counts twice and PolitiBrew can keep serving up the nerdy, line-by-line policy reporting—plus our gossipy, breezy Daily Pour notes—that you come here for.",
    "Many thanks to all who have pitched in so far. We are truly grateful for your generosity.",
    "One more thing: PolitiBrew is not a registered charity, so what you give cannot be deducted from your taxes.",
])

_CRIER_LETTER = "\n".join([
    "Dear Elm Hollow Crier reader,",
    "It's the season of tax forms, when we add up our earnings and work out what we owe to strangers and to agencies whose workings often baffle us.",
    "So it's a fitting moment to reflect on how much we gain from work we never request or pay for outright.",
    "Maybe this is an awkward moment to ask you for a gift to the Crier, your neighborhood paper. Yet that is precisely the purpose of this letter.",
    "A gift from you helps the Crier \u201cmake readers into neighbors\u201d by reporting our wins and our struggles, by greeting people who move in and honoring those we lose.",
    "Every month, the Crier closes the gap between us and the people who walk our sidewalks, wait behind us in line at the grocery or sit a few chairs over at the meetings we go to.",
])

_OSAGE_PLEA = "\n".join([
    "But even as the way we deliver the news has changed, we still depend on the backing of our community.",
    "Now and then a reader asks us why local news should cost anything at all. It's a reasonable thing to wonder, but before I respond, consider this: Why don't we get bread for free? Why don't we get phone service or streaming for free?",
    "Just like bread and the other services we rely on, reporting and delivering the news takes money -- hometown news that you'd struggle to find covered carefully and regularly anywhere else. Without your help we simply can't keep going. Local stories don't report or photograph themselves any more than wheat harvests and bakes itself.",
    "Hometown reporting is how you learn where your tax money goes and which new ordinances and rules are on the table. Who else would give you an impartial account of what elected leaders, school officials and others decide and do?",
    "Plenty of news gets passed around on social platforms, but how many people posting there actually sit through city council and school board sessions, put in the legwork to request police logs and court filings, or take the extra step of checking that what they share is accurate?",
    "While newsrooms nationwide shrink or shut down, partly because fewer people subscribe, the Osage Bend Press is still committed to thorough reporting on the hometown stories our readers care about most.",
])

_BEDLAM_TAIL = "please think about chipping in to keep us going at"

_REDFERN_LOCKIN = (
    "so they can act now to lock in \u2013 for a while, anyway \u2013 the rates they currently pay."
)


PROBE97_APPEALS = [
    _doc("b117-cedarbendcourier-yearinreview-2019-top-end", "appeal", "top+end",
         "Invented; modelled on Turlock Journal (small-town year-in-review page, ad-support banner on top, free email gate at the end)", "en", [
             _ADS_BANNER,
             "Cedar Bends biggest stories of 2019",
             "Nearly every fifth-grader in the Cedar Bend Unified district gathered on the Wallace Field bleachers on April 8 to watch a rocket launch broadcast as part of a hands-on lesson organized by physics teacher Marla Quint. Through Quint's ties with Skyward Kids, a nonprofit science club, she was able to borrow 40 tablets so that more than 600 pupils could follow the countdown live. - photo by DEVON PARRISH/The Courier",
             "Flooding: Swollen creeks, repairs and new fees After a string of dry winters the Alder River basin logged its soggiest season on record in 2019. On March 3, storms lifted the level at Blue Heron Lake above its 612-foot limit and made managers open two of five floodgates for the first time since 1997, releasing water at 11,500 cubic feet per second. Creeks overflowed and rescue calls climbed across the county, especially during May.",
             _CEDARBEND_GATE,
         ], appeals=[_ADS_BANNER, _CEDARBEND_GATE]),
    _doc("b117-quarryhillgazette-yearinreview-secondhalf-top", "appeal", "top",
         "Invented; modelled on The Oakdale Leader (small-town year-in-review page, ad-support banner on top, month label)", "en", [
             _ADS_BANNER,
             "Floods, A New Library, Budget Fights Fill Out The Last Half Of The Year",
             "Crews began repaving a long stretch of North Granite Avenue on Tuesday, Sept. 12, trimming back overhanging branches before the first layer of asphalt went down. Colleen Vargas/The Gazette",
             "As The Gazette wraps up its look back at the biggest stories of 2019, the final six months proved every bit as busy as the first. Here is a summary of the top headlines from July to December.",
             "JULY",
             "A housing plan that had stalled for nearly a decade is at last moving toward the finish line. Residents on the east side of Quarry Hill will soon trade vacant parcels and overgrown brush for new homes as the final 180 lots of the Copper Meadows tract are built out. City Planning Director Arturo Beale expects the project, first mapped out in 2008, to wrap up by the end of next summer.",
             "A one-car crash late on a Friday night along Route 42 just north of Pine Gap killed a Quarry Hill woman. Deputies said the 47-year-old driver drifted off the pavement for reasons still under investigation near Larkspur Lane and hit a utility pole. A passenger riding in the back, a 12-year-old girl, was taken to a hospital as a precaution but seemed to have only minor bruises.",
             "Roughly 5,500 crews and support staff are fighting nine major blazes across the state. That figure came from forestry agency spokesman Dale Whitlock, who shared an update on the fires on Wednesday morning, July 17. Closer to home, the risk is high as well, since a rainy spring produced thick grass and brush. Add the run of 100-degree afternoons so far this month, and much of that growth has dried into ready fuel.",
         ], appeals=[_ADS_BANNER]),
    _doc("b117-briarcountytribune-carjacking-arrest-top-end", "appeal", "top+end",
         "Invented; modelled on Statesboro Herald (small-town police brief with glued sentences, ad-support banner on top, newsletter line at the end)", "en", [
             _ADS_BANNER,
             "Two held after armed holdup",
             "A pair of men held up a couple at gunpoint outside their apartment late Friday, and the couple followed the getaway car until both vehicles collided, officers said.At 11:38 p.m., the Briar City Police Department, Briar County Sheriff's Office and the state highway patrol answered a call about a wreck on Old Mill Road.The couple told officers that as they pulled up to their apartment on West Orchard Street, two armed men walked toward them. The men pointed pistols at the pair and ordered them to hand over their cash. After taking the money, the men climbed into a waiting car and drove north on West Orchard Street, Briar City Public Safety Chief Lonnie Harwell said in a statement.The couple followed the car to Old Mill Road, where the vehicles collided, and the men ran off.",
             _BRIAR_NEWSLETTER,
         ], appeals=[_ADS_BANNER, _BRIAR_NEWSLETTER]),
    _doc("b117-willowfordtimes-council-festival-top", "appeal", "top",
         "Invented; modelled on The Riverbank News (small-town council preview, ad-support banner on top)", "en", [
             _ADS_BANNER,
             "Council To Weigh Festival Layout",
             "With September's Peach and Honey Festival in mind, Willow Ford city staff will suggest at Tuesday's Council session returning to the festival's old footprint along Mercer Avenue from Third to Ninth Street.",
             "Staff will also propose scrapping admission charges and fencing altogether while leasing the street to the Lions Club so it can enforce tighter rules on problems like open drinking and rowdy crowds.",
             "The Council holds its regular sessions on the first and third Tuesday of each month at 6:30 p.m. and for now is meeting at the Willow Ford Senior Center because of sewer work and limited parking beside the municipal building.",
             "Also on the July 14 agenda is a \"reasonable inquiry\" finding stating the City took proper care in examining the Palmer Block before buying it, said City Manager Denise Okoro. Local inspectors Reyes & Lund looked over the property as thoroughly as they could \"short of tearing into the walls\" since it still housed a diner and a dance studio, she said.",
             "Rail yard tenant Northline Fabrication, which builds steel beams and bridge parts, hopes to grow its operation there and will give a presentation. The City will read a proclamation honoring Harlow Logistics for decades of managing the yard for the county.",
             "Staff will ask the Council to approve out-of-state trips for four staff members and two council members to present Willow Ford's case at the National Rail Towns Summit in Denver in September.",
             "The City is expected to sign an agreement with neighboring Fenwick for dog licensing and shelter services for the coming fiscal year.",
             "Council will hold a first reading of a rule telling residents, chiefly diner and cafe operators, to keep cooking grease and food scraps out of the sewer lines.",
         ], appeals=[_ADS_BANNER]),
    _doc("b117-thequay-yearend-series-seventh-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on THE CITY (nonprofit newsroom's series explainer with year-end donation pleas at top, middle and end)", "en", [
             "Why Hometown Reporting Matters",
             "This article is the seventh installment in a series of close looks that walk you through what THE QUAY stands for and what it has achieved, take you behind the curtain of our newsroom, and let you meet our journalists.",
             _QUAY_SERIES,
             "In 2018, a determined circle of Port Calder residents watched local coverage in their city dry up and decided to do something about it – so they launched THE QUAY, a nonprofit newsroom built to serve everyone in Port Calder.",
             "THE QUAY was never meant to push subscriptions or to move ad space, but to help build a fair, democratic and flourishing Port Calder through strong hometown journalism. " + _QUAY_MIDDLE,
             "From the start, THE QUAY has uncovered misconduct by officeholders and city agencies, dug into the block-by-block problems our readers tell us they care about, and given Port Calder residents the essential facts they need to navigate life in our remarkable city.",
             "We are thrilled by the difference our journalism is making in Port Calder residents' daily lives and by everything that still lies ahead. With our voter guides, fresh data projects, hard-hitting investigations and much more, we are giving you and your neighbors the hometown coverage you need and have earned. And we're so thankful you're here with us.",
             _QUAY_CLOSE,
         ], appeals=[_QUAY_SERIES, _QUAY_MIDDLE, _QUAY_CLOSE]),
    _doc("b117-snipwire-groundhogday-vip-middle-end", "appeal", "middle+end",
         "Invented; modelled on Twitchy (snark post with a holiday VIP-membership promo-code pitch mid-post and a closing thank-you)", "en", [
             "According to the old tale, the groundhog sees his shadow and we get six more weeks of winter, much like how Voss promised that grocery prices would dip by spring, that his new tariffs would only touch foreign luxury cars, and that the beefed-up tax bureau would only chase billionaires, all of which turned out to be pure fiction. Hold on, I'm mixing up my folklore – those fibs (and plenty more) are what will accidentally send Voss packing from the executive mansion come next fall. Until then, we have our hands full. But today, it's all about Groundhog Day!",
             _SNIPWIRE_VIP,
             "Nadine Pratt really is a comedy goldmine! And she didn't even have to thumb through her giant binder of approved answers to come up with that one.",
             _SNIPWIRE_THANKS,
         ], appeals=[_SNIPWIRE_VIP, _SNIPWIRE_THANKS]),
    _doc("b117-meridiandispatch-election-letter-middle", "appeal", "middle",
         "Invented; modelled on Zeteo (founder's letter to subscribers under a photo caption, one support line in the middle)", "en", [
             "President-elect Dale Whitcomb waves to supporters as he arrives for his victory rally on November 12, 2030 in Tulsa, Oklahoma. Photo by Reena Casillas/Northlight Images",
             "Dear Members,",
             "Whether last week's national election result caught you off guard or not, it is an outcome that sits heavily with me and with everyone at the Meridian Dispatch, for more reasons than I can list.",
             "Plenty of you will remember how Whitcomb ran the country the first time: the endless assaults on reporters and on minority communities; the steady climb in bias attacks; the shameless self-dealing and constant turmoil. A second Whitcomb term is certain to be harsher in every respect, bringing a fresh and bleak attack on our rights and freedoms. This week the Press Liberty Monitor is already cautioning that a bolder, more autocratic Whitcomb team in 2031 might begin restricting reporters' entry to the executive offices \u201cor shutting the press room for good\u201d; aiming \u201cfederal prosecutors and the broadcast regulator at newsrooms\u201d; and arresting \u201cjournalists who film demonstrations and border raids.\u201d",
             "Meanwhile, Prime Minister Arkady Veles of Dravenia is seizing on the stunning result to name a hard-line settler who backs swallowing the eastern provinces as his new envoy in the capital, and Whitcomb could hand Veles the go-ahead to move troops into those provinces as early as his second week back.",
             _MERIDIAN_SUPPORT,
             "We will not only be covering an erratic (yet reliably explosive) government, fearlessly and evenhandedly, but we will also keep digging into the wrongs and abuses of our country's dealings abroad, which most big outlets simply won't touch. That is a heavy duty, and nobody on our tiny (but tough!) Meridian team shrugs it off.",
         ], appeals=[_MERIDIAN_SUPPORT]),
    _doc("b117-capitolquarterly-givelocalnews-top-end", "appeal", "top+end",
         "Invented; modelled on Washington Monthly (magazine donation request via a nonprofit-news network under a photo title, contribution plea before the byline bio)", "en", [
             "Reporters On Deadline.",
             "Credit: Stockroom Images",
             _CAPQ_GIVING,
             "A 2021 survey by the Civic Press Project found that 58 million people now reside in counties with a single local paper or none, and print advertising income fell by 61 percent between 2009 and 2019. Forecasts from the Midwest Journalism Review expect dailies to lose anywhere from 25 to 45 percent of their ad income this quarter as businesses shutter during the downturn.",
             _CAPQ_FUTURE,
             "Norah Pelletier",
             "Norah Pelletier is the digital editor for Capitol Quarterly. Read more of her work at",
         ], appeals=[_CAPQ_GIVING, _CAPQ_FUTURE]),
    _doc("b117-politibrew-pledgedrive-match-end", "appeal", "end",
         "Invented; modelled on PubliCola (politics blog fund-drive post with a reader matching gift, blog header, byline and endorsement quote)", "en", [
             "PolitiBrew, Poured Fresh",
             "Brew Readers Offer Another $500 Match",
             "By Dana Okafor March 6, 2013",
             "\"I have watched the money squeeze reshape how statehouse politics gets covered, and not for the better -- thinner staffs, thinner stories, thinner understanding, thinner spirit. PolitiBrew pushes the other way: more spirit, more specifics, and a stubborn dedication to showing how laws actually get written, and how they actually play out.\"\u2014State Rep. Lorna Whitfield",
             _POLITIBREW_MATCH,
         ], appeals=[_POLITIBREW_MATCH]),
    _doc("b117-elmhollowcrier-fundappeal-letter-end", "appeal", "end",
         "Invented; modelled on Park Bugle (editor's column on fund-drive figures quoting a board member's gift letter at the end)", "en", [
             "A Note from the Editor's Chair",
             "By Gretchen Alvarado",
             "Another word about the Crier fund drive",
             "We have just crossed the midpoint of the Crier's 2023-24 budget year and wrapped up our yearly giving campaign.",
             "First the bright side: As of late January, we have collected roughly $38,000 in gifts from residents, shops and local groups.",
             "Now the less cheerful part: That total is about $7,500 short of where we stood at this point last year.",
             "A probable cause of the drop is that quite a few people who gave to the Crier in 2022-23 had not, by January, given again in the current budget year.",
             "For now, the Crier has a reasonable cushion in the bank, but no slump in support can be brushed aside. That's especially true while Hollow Media Inc. is working to improve our website and our social media presence.",
             "With that in view, Crier board member Ruth Ostrander drafted the letter below, intended for past donors who had not yet given for the 2023-24 budget year. I felt Ruth's letter deserved a wider audience, so here it is for every reader.",
             "Ruth writes:",
             _CRIER_LETTER,
         ], appeals=[_CRIER_LETTER]),
    _doc("b117-osagebendpress-whypayfornews-middle-end", "appeal", "middle+end",
         "Invented; modelled on McDonald County Press (paper's why-pay-for-local-news plea starting mid-line and running to the end)", "en", [
             "The Osage Bend Press has reported on people and happenings across Osage Bend County since the years after the Second World War. A great deal has shifted since then, yet the Osage Bend Press has kept right on chronicling the news and events of Osage Bend County.",
             "We take pride in what we do and in the record we have kept of this place. " + _OSAGE_PLEA,
         ], appeals=[_OSAGE_PLEA]),
    _doc("b117-beltwaybedlam-fundraising-slowdown-end", "appeal", "end",
         "Invented; modelled on Washington Babylon (independent blog note on slow fundraising, support tail cut off after \"at\")", "en", [
             "If the last several months have taught me anything, it's how brutally tough it is to fund independent reporting. We launched with plenty of noise in September but have had to put more and more hours into fundraising and fewer into chasing leads and actually publishing stories.",
             "Partly for that reason, and partly because of some personal upheaval for our founder (i.e. a family illness, a house sale), we've posted only sporadically these past few weeks. With luck we'll be back to our usual pace shortly.",
             "In the meantime, read the newest piece by Corinne Vasquez (\u201cWhy the Senate Loves Town Halls (Until Voters Actually Show Up)\u201d) and " + _BEDLAM_TAIL,
         ], appeals=[_BEDLAM_TAIL]),
    _doc("b117-redferndailystar-rateincrease-middle", "appeal", "middle",
         "Invented; modelled on Tahlequah Daily Press (paper's rate-increase note, lock-in-your-price clause ending a middle paragraph)", "en", [
             "Like every household and shop through the long economic slump, the newspaper business has weathered hard times. Weighing the press's duty to deliver essential information against the need to bring in enough revenue to stay open is anything but simple.",
             "Well before the slump arrived, parts of the news trade were already under pressure, and under siege. Small-town papers dodged some of the worst damage, but cutbacks and mergers have still been unavoidable – and hard. Every publisher and manager has to weigh the choices: Do we let the quality of what we print slip a little, or do we raise prices a little?",
             "If papers are going to keep doing the work they have done since the earliest days of the republic, then we – like everybody else – have to choose the second option. It does not happen annually, and in some respects not even twice a decade. Still, a few modest rate changes take effect June 1, and in the spirit of openness, the Red Fern Daily Star wanted to give every reader advance notice, " + _REDFERN_LOCKIN,
             "The biggest change will be at newsstands. Roughly a year ago, the Star cut back from six printed editions a week to four: Monday, Wednesday, Friday and the Sunday edition. The other days – Tuesday and Thursday – come out only online, as e-editions you can open on our site. Our coverage did not shrink; in fact, we now publish much more than before, given the regional and national wire stories available on our site. For readers who still aren't online, we did shift a few sections – such as our hometown columnists and church news – into the printed editions.",
         ], appeals=[_REDFERN_LOCKIN]),
]


# --- Probe 97: negative documents ---------------------------------------------------------------

PROBE97_NEGATIVES = [
    _neg("b117-rivertonweekly-lantern-grant-memberships-neg",
         "Invented; modelled on Nashville Scene (alt-weekly news on a nonprofit outlet's philanthropy grant and plans to hire for memberships)", "en", [
             "Nonprofit newsroom the Riverton Lantern has won a $900,000 grant from the Civic News Trust.",
             "The trust, a foundation that backs local reporting, said Thursday it is putting $2.7 million in all toward the expansion of three newsrooms. Besides the Lantern, the Plains Ledger in Kansas ($750,000) and the Gulf Coast Monitor in Alabama ($1.05 million) will also share in the money.",
             "Riverton Lantern publisher and editor Mara Ellison tells the Weekly that the newsroom intends to add three staffers in 2027 devoted to reader growth, underwriting, memberships and day-to-day business operations. Ellison adds that the Lantern hopes to grow its reporting staff by half over the next two years so it can widen its city hall coverage around its core beats of transit, schools and public safety.",
             "\"Let me be blunt about this: Turning around the decline in local reporting takes the kind of money the large national chains are never going to spend,\" Ellison tells the Weekly. \"The trust picking the Lantern is more than a nod to what we've built, it's a bet on Riverton and the whole river valley.\"",
             "Right now, the Lantern newsroom numbers nine people, among them Ellison and longtime Riverton radio host Curtis Abernathy, who works as a senior producer.",
             "Paula Kessler, onetime Riverton Business Journal managing editor and Weekly contributor, and Omar Delacroix, the Journal's former courts reporter, are also on staff, along with Lena Fisk and Theo Marchetti, both of whom used to write for the Weekly.",
             "The Lantern relaunched in the Riverton news scene in September 2025 as an independent digital outlet, decades after its print edition folded in 2001.",
         ]),
    _neg("b117-mesaverdeweekly-dearreaders-localcauses-neg",
         "Invented; modelled on Santa Barbara Independent (editor's letter urging readers to back local groups listed in a pullout guide, lines broken mid-sentence)", "en", [
             "Dear Readers,",
             "We are worried. Truly worried.",
             "The incoming legislature and the governor who takes the oath on Monday, January 9, have vowed to rewrite rules that could threaten the ideals \u2014 fairness, civil liberties, equal representation \u2014 this state and this paper have always stood for.",
             "We hope we're wrong. Still, we have to stay watchful so these hard-won protections don't slip away. To help all of us through this period of change, the staff of the Mesa Verde Weekly has put together a roster of hometown groups working to defend what matters to us \u2014 our coastline and hills, our kids, our clinics, equal pay, and our farmworker, refugee, and transgender neighbors.",
             "Every one of the groups featured in this special insert has a solid",
             "history of getting results. Their wins are numerous and wide-ranging. But the climb ahead is hard, and they are counting on us.",
             "What happens here in San Lorenzo Bay counts. It ripples outward, sometimes so quietly we barely notice, all the way to",
             "the state capital. Because real, durable progress doesn't come only from marches and clever posts online, but from the slow labor of digging into facts, following bills, walking precincts, calling legislators, and casting ballots.",
             "So choose an issue, and dive in. Let's all do a bit more to protect what we believe in.",
             "Let's Keep San Lorenzo Bay Neighborly.",
             "With gratitude,",
             "Corinne Habib, Managing Editor",
             "Coastal Watershed Alliance",
             "Who and What: This nonprofit legal team lives by the idea that the surest way to protect a place is to act before it's harmed, taking on the deep-pocketed developers and polluters that threaten local waters. Its attorneys have helped block the Punta Roja resort expansion, cut pesticide drift from nearby orchards, win grants to rebuild the Salado Creek wetlands, and keep the Cliffside Path, Tidepool Cove, and Oyster Point beach open to the public, along with other wins.",
         ]),
    _neg("b117-snarkpit-policypulse-shutdown-neg",
         "Invented; modelled on Wonkette (snark blog on a rival politics site shutting down for lack of money, movie-quote caption)", "en", [
             "Thunderdome - \"Two Blogs Enter, One Blog Leaves\"",
             "The whole web is wringing its hands as our longtime ARCHRIVAL (not really our archrival) PolicyPulse declares screw it, they're closing up shop. Mostly the hand-wringing on social media consists of people reminding everyone that they personally once worked there, so it was NOT staffed entirely by centrist brand-safe drones from the Institute for Forward Ideas. (They also dunk on Brenda Holloway constantly, but most of the editorial \"meddling\" they point to from PolicyPulse's parent think tank, IFI, was either A, defense contractors obviously, or B, the time IFI stomped on PolicyPulse for irritating Senator Walt Dorsey by noting he quit railing against \"the one percent\" once he joined it.) A small portion of the hand-wringing reminds everybody that there is now zero \"moderate-liberal\" think-tank-bankrolled journalism left anywhere, while Governor Hale's nephew Trent Maddox grew sleek and prosperous off whoever bankrolls The Bulwark Review.",
             "Snarkpit would just love to purchase PolicyPulse, but Snarkpit does not happen to have two and a half million dollars lying around each year to plug PP's budget hole. But we appreciate you proposing it in the comments anyway.",
             "PolicyPulse is hardly the first site Snarkpit has outlasted. Snarkpit outlasted Gossipdrome. (Okay, a litigious tech mogul may have helped.) (And fine, we suppose it was \"acquired\" by Scrollwise.) (Same as Buzzmill.) (Both are thoroughly, completely gone.) (Best of luck to Scrollwise's latest pickup The Margin, we're cheering for you.) Snarkpit has outlasted your precious literary darlings -- ours too! -- The Crumpet and The Owlery. We have toppled the wonderful Moviecrush and the definitely not wonderful Capitol Sentinel and the not-not-wonderful Civic Quarterly and the not-not-not-wonderful -- honestly who knows -- Leakvault files, which The Lens quit hosting because its tech-billionaire owner lost interest or its star columnist wanted MORE HORSES.",
         ]),
    _neg("b117-delawarevalleyherald-civicbeacon-magazine-talks-neg",
         "Invented; modelled on The Philadelphia Inquirer via a mirror (news on a nonprofit outlet negotiating to buy a city magazine)", "en", [
             "The Civic Beacon is in talks to acquire Harborview Magazine",
             "Discussions over the fate of the long-running glossy have stretched on for well over a year.",
             "Backers connected to the Civic Beacon, a nonprofit media group, are negotiating to buy Harborview Magazine, several people with knowledge of the talks told The Herald.",
             "Negotiations to sell the longtime print title to an investor group linked to the online news and events outfit have dragged on for more than twelve months. According to multiple people close to the talks, the push to fund the deal is being led by private equity investor Warren Castellano and Denise Okafor, chief executive of Northgate Capital.",
             "Owen Marsh, a cofounder of the Beacon, would only say: \u201cWe're always open to conversations about expanding the Beacon and advancing our goal of making a real difference for the city and the region.\u201d",
             "The people also said major points, such as the price and the deal's terms, have not been settled. They said the investors are still courting additional backers and hope to create a new media company that would house both titles.",
             "Okafor, via a representative, had no comment, and neither did Castellano.",
             "The Beacon, a nonprofit started in 2016 by attorney Priya Menon and Marsh, champions nonpartisan \u201cjournalism about what works\u201d and hosts \u201ccommunity forums,\u201d its website says.",
             "It is younger and smaller than Harborview Magazine, which is famous for its yearly \u201cTop of the Town\u201d lists and its glossy monthly edition. Gerald Fontaine, whose Bayline Media has owned Harborview Magazine for decades, had no comment on a possible deal.",
             "\u201cWe hear from all kinds of people now and then,\u201d he told The Herald. \u201cI don't get into rumors and that sort of thing. People can guess all they want.\u201d",
         ]),
    _neg("b117-channel9lakeport-eastend-fire-crowdfunding-neg",
         "Invented; modelled on NBC Chicago (TV news on crowdfunding totals for families of fire victims, cut off mid-sentence)", "en", [
             "Online Fundraisers Bring In Thousands for Families of East End Fire Victims",
             "At least four online fundraisers collected thousands of dollars within days after eight children died in Lakeport's worst fire in nearly twenty years.",
             "One launched by the neighborhood group East End Unidos had reached more than $18,000 toward a $40,000 target by Thursday afternoon, meant to pay for funerals and medical bills for the two families affected.",
             "Another fundraiser run by the Harbor Street Alliance brought in over $14,000 by Thursday afternoon. Both groups said they were taking donations, both money and household items, meals and clothing, at several sites.",
             "A 13-year-old girl died Wednesday, becoming the eighth victim of the devastating blaze in an apartment building on Lakeport's East End that also killed two other teenagers and five younger children.",
             "The Marsh County coroner's office said Elena Suarez was pronounced dead at 9:47 a.m. Wednesday at Lakeport General Hospital, where relatives said she had been on a ventilator since the fire.",
             "Lakeport Fire Department spokeswoman Tanya Briggs said the fire is the city's deadliest since at least 2005 and may be its worst since 1988, when 14 people died in a blaze that tore through the Windsor Arms, a rooming house near the docks.",
             "The coroner's office on Tuesday named three of the children who died as 2-year-old Mateo Ruiz, 8-year-old Lucia Ortega and 15-year-old Daniel Ruiz. All three were listed as living on the street where the fire broke out but, under office rules, their precise addresses were withheld.",
             "Relatives named the other victims as Sofia Ortega, 4; Andres Villa, 10; and Marco Villa, 12. A 6-year-old and a 2-year-old who also died in the blaze have not yet been formally identified.",
             "Late Tuesday, the coroner also said that 13-year-old Rosa Villa had also",
         ]),
    _neg("b117-dailybrightside-canyon-fires-crowdfunding-neg",
         "Invented; modelled on Yahoo Life (lifestyle feature on crowdfunding totals for wildfire victims, photo alt line and caption)", "en", [
             "As canyon fires rage, over $60 million has poured into crowdfunding pages. Giving directly can make a real difference.",
             "A family stands together in front of a house reduced to ash.",
             "Gifts for those affected by the Sierra Vista wildfires have been flooding in. (Marco Delgado/Westwire via Stock Images)",
             "An 88-year-old widower lost his Cedar Heights home \u2014 which he'd bought in 1971 with his late wife \u2014 to the fast-moving canyon fires, leaving him with a single duffel bag and none of his family albums or mementos. Everything belonging to Priya Lindqvist, a single mother whose 9-year-old daughter uses a wheelchair, including their Foothill Park bungalow, burned in the Ridgeback Fire. Dwayne Porter, a retired firefighter, and his wife, Celeste, a piano teacher, grabbed just a handful of belongings before they fled, with their records, sheet music, quilts and more lost. Accounts like these are being posted on the crowdfunding site HelpHand \u2014 and donors are responding: Over $60 million has come in through the platform in under ten days. The money goes straight to households, neighborhoods and shops hit by the fires and to charities doing relief work on site, including Mercy Meals, Frontline Aid and the Red Shield Relief Corps, a company representative said.",
             "With at least 17 people killed and more than 80,000 people forced from their homes, the true extent of the damage to the region is still coming into view. Even so, money for urgent needs and long-term rebuilding has arrived from across the globe. HelpHand has set up a special online page that makes it simple to find fundraisers to give to or to launch one for a family that needs help. \u201cOur wildfire relief page offers a straightforward way to pitch in, gathering every verified HelpHand fundraiser and charity resource tied to the fires in one spot,\u201d the HelpHand representative tells Daily Brightside.",
         ]),
    _neg("b117-prairiepublicradio-reporter-shortage-neg",
         "Invented; modelled on WOSU Public Media (public broadcaster's report on vanishing local journalists, alt line and photo credit, cut off in a quote)", "en", [
             "Kansas keeps shedding hometown reporters \u2013 and residents are paying the price",
             "A pile of rolled-up newspapers on a porch",
             "Freepics.example.org",
             "A new study finds Kansas, like the country as a whole, has seen its ranks of local reporters thin dramatically.",
             "The nation has shed roughly 70% of its local reporters over the last twenty years, according to a new review of community news coverage by the Hometown Press Initiative.",
             "The nonpartisan group teamed up with media monitoring firm Clipline to tally reporters in every county across the country. It found Kansas, like the other 49 states, has been bleeding local reporters since 2004.",
             "Back then, the country averaged about 37 reporters for every 100,000 residents. Now the figure has dropped to only 7.4. Kansas comes in a bit below that, at roughly 7.1 reporters for every 100,000 people.",
             "\u201cThere just aren't enough people letting their neighbors know what's happening. There aren't enough people keeping officials honest at every level,\u201d said Clipline data analyst Renee Castillo.",
             "The Reporter Coverage Score",
             "It's hard to count, moment to moment, how many reporters are out there covering their towns, Castillo said. To get an estimate, the team tracked recurring bylines at local outlets, added up part-time stringers and weighed how far a county sits from a big city with its own newsroom.",
             "\u201cIf you're close to a big city, chances are that \u2013 even if no reporter lives in your county \u2013 when something big happens there, someone from that city newsroom will drive out and cover it,\u201d she said.",
             "The final figure is what Castillo calls the \u201cReporter Coverage Score\u201d, or RCS, which ran from as little as 0.2 in Rawlins County to as much as 64 in Douglas County.",
             "\u201cThink of it as a gauge of how much reporting muscle one person in a county has.",
         ]),
    _neg("b117-tricountyregister-pac-money-reports-neg",
         "Invented; modelled on Telegraph Herald (regional paper's rundown of campaign finance sums from political action committees)", "en", [
             "Fundraising filings submitted by tri-county candidates for congressional and legislative seats showed a steady stream of money from political action committees (PACs).",
             "In the region's contests for the U.S. House, each candidate disclosed PAC contributions in the most recent quarter.",
             "In Nebraska, the filing window ran from May 22 to June 30, because candidates there submitted a pre-primary filing earlier, cutting the quarter in two. Even in that shorter stretch, two candidates took in six-figure amounts from PACs.",
             "Of the $512,380 that U.S. Rep. Harold Brandt, R-Nebraska, collected during that span, PACs gave $214,900.",
             "Of the $588,140 that U.S. Rep. Celeste Oyelaran, R-Nebraska, collected during that span, PACs gave $187,250.",
             "Brandt's Democratic challenger for Nebraska's Fourth Congressional District \u2014 state Sen. Marcy Dunleavy, of Kearney \u2014 took in $71,300 from PACs out of $438,915 raised in the period.",
             "Oyelaran's challenger for Nebraska's Fifth Congressional District \u2014 state Sen. Paul Greaves, D-Columbus \u2014 took in $58,400 of his $417,620 haul from PACs.",
             "In Kansas, the filing window was shorter still, from June 8 to 30. During that time, U.S. Rep. Wendell Prior brought in $331,470, of which $209,615 came from PACs.",
             "Traditionally, sitting members draw more national notice and more national PAC dollars. And until primaries are settled, PAC giving tends to be thinner. Yet even before their primary, Missouri House contests drew sizable PAC checks as well.",
             "In the contest for Missouri's Ninth Congressional District, the filing window covered the entire quarter, from April 1 through June 30.",
             "Republican Gavin Strand took in $31,200 from PACs out of $764,950 in all.",
             "In the Democratic primary, state Sen. Lydia Mercer, D-Hannibal, took in $18,750 from PACs, of her $121,880 total.",
         ]),
    _neg("b117-wkrv8-toydrive-dropoffs-neg",
         "Invented; modelled on WOWK 13 News (TV station's toy drive with drop-off locations, ends on a colon before the list)", "en", [
             "The giving season is back! WKRV 8 News is partnering with the Valley Fire Fighters Association for its annual Holiday Toy Roundup.",
             "All across the valley, shops and community groups are welcoming big-hearted neighbors who want to give gifts to kids who need them this season. Simply swing by one of our collection sites with a brand-new toy in its box or a cash gift.",
             "Every gift goes straight to local kids in need and this season, more than in past years, area charities are hearing from a growing number of struggling families.",
             "You can bring your gifts for the Holiday Toy Roundup to any of these sites through Saturday, Dec. 14, 2024:",
         ]),
    _neg("b117-metronews4-papers-closing-neg",
         "Invented; modelled on Spectrum News 1 (one-line TV web item on closing local newspapers)", "en", [
             "MICHIGAN\u2013 A 2019 study from Lakeshore State University finds that nearly 1 in 4 hometown papers have shut down since 2005, nationwide. Across the past seven years, Michigan's newspaper reporters have dropped by 39%, according to the Great Lakes Policy Forum. Some scholars call it an emergency and argue it calls for action from lawmakers. Gloria Fenton says papers help hold a town together and when a city as big as Saginaw loses its paper, you watch it start to fray.",
         ]),
    _neg("b117-kbay5-toydrive-howitworks-neg",
         "Invented; modelled on NBC 7 San Diego (TV station's step-by-step toy drive explainer, numbered steps, cut off at the end)", "en", [
             "Tracking a Gift: Behind the Scenes of the 2022 Holiday Toy Roundup",
             "It's the time of year for generosity, and we follow one way you might help a child in need and share some holiday joy this month",
             "KBAY 5 and Radio Sol 98 are teaming up with the Bay Area Fire Fighters Association and ShipRight Centers to gather gifts for local kids this holiday as part of the Holiday Toy Roundup. You may have spotted the big green and gold collection barrels at shops around town, but what happens next?",
             "KBAY 5's Marcus Bell followed the whole journey from start to finish, from shopping for the toy to seeing it sorted.",
             "Here's the process:",
             "1. To begin, decide what sort of toy you want to give. It has to be brand new and in its packaging, so skip the gift wrap! According to the Toy Roundup organizers, older kids and teens are the group most often left out. Ideas for that age range include art kits, puzzles and sports gear. See more ideas here.",
             "2. Then, it's time to pick a collection site for your gift. ShipRight Centers across Marin County have many participating stores, from Novato to Sausalito, where you can leave a donation. You'll head inside, look for the green and gold barrel, then drop your toy in. That's it, your job is done.",
             "3. After that, most of the work happens out of sight. Volunteer elves, a mix of firefighters and neighbors, sort each gift and decide which age group would love that particular toy best. All the gifts are stored in big depots packed with plush toys, scooters and puzzles in crate after crate. According to the Novato-based Toy Roundup organizer, Captain Renee Dalton, they have received more gifts than normal this season, especially after the drive was scaled back because of staffing shortages in 2021.",
             "4. Once the gifts are sorted into age groups, they are handed out to local charities in the region that pass them on to families who need them",
         ]),
]


BATCH117_DOCUMENTS = PROBE97_APPEALS + PROBE97_NEGATIVES
