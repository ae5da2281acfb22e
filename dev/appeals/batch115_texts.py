"""Batch 115: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

23 documents (11 appeal, 12 negative; all EN): our own paraphrases of every document of the local-only
real probe 95 (23 documents). Each keeps the real page's structure (an editorial "quick takes" index of
headline / paragraph / "Read more" pairs with a logo word, a price line and a button wedged between two
items, a "Filed under" label glued to its category, letter-to-the-editor lines with a signature and a
town, a photo-credit line under a newsletter teaser, a bullet "Also this week" list cut mid-word,
photo captions and bylines, a numbered list of tabloid headlines, a lone "Why?" line, a signed reader
letter, pages cut off mid-word) and exactly what the real gold marks: a subscriber-only price line
with its logo word above and its button below, in the middle of an opinion index; a thank-you to
donors for reaching a year-end goal at the top, above an unrelated letter; a blog's "get our posts in
your inbox, click and scroll to sign up" line at the end; a "name your price" subscriber plea in the
middle of a year-in-photos post (the plug for a photographer's own work above it stays text); a
giving-day shortfall sentence with a donate-or-monthly-member link and a cut-off "Please ... us" line
after quoted speakers; three paragraphs of an editor's open letter about the site's first support
drive, with the thanks to one-time card donors; a half sentence "to learn how you can back our
reporters, go to" whose link text is missing, inside a paragraph; a line with two links to the
outlet's own page on a giving-campaign site (the description of the campaign above it stays text);
the closing "we need your support ... to donate, go to ... stay cool" paragraphs after a report on
a fundraiser's takings (the report stays text); and twice the chain's "Back Community Reporting"
box with its doubled heading after a letter and after a club notice. Negatives keep what makes the
real ones hard: a column listing charity walks, grants and hearing-aid banks with sums; a TV item on
a library's renovation fund with its goal and where to give; a blogger describing a new nonprofit
site's memberships and their price; a blogger relaying another site's quarterly fund drive with its
totals; a religion-media blog on another site losing its sponsor; a small site musing on how to earn
money; a free paper explaining skipped editions and thanking advertisers; a nonprofit founder's op-ed
about why local news matters; a reader letter defending the paper's prices and listing his
subscriptions; a column about other nonprofit news services; a town site congratulating a library
on its fundraising goal; an editor's note on distribution costs paid by advertisers.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch115`
takes each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch115.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 95: appeal documents -----------------------------------------------------------------

_TRIBUNE_PRICE = "\n".join([
    "tribune",
    "Read every subscriber-only story with no limits, starting at just $9.75 /mo.",
    "Start Today",
])

_MILLBROOK_THANKS = "\n".join([
    "With the year winding down, we keep thinking about the wonderful circle of readers (yes, you!) who carried us past our $35,000 target! When you put your money into The Millbrook Beacon, you told us our reporting matters, and nothing fires us up more than hearing that.",
    "Your generosity leaves us humbled and deeply thankful, and we give you our word that we will earn it.",
    "On to the next chapter!",
])

_PLAINTALK_EMAIL = "Want our posts sent straight to your email? Tap this link, then scroll down to the foot of the page to subscribe."

_HILLTOP_SUB = "We’d also be grateful if you would sign up as a “name your own price” Hilltop Ledger subscriber, which lets us pay the writers and photographers who cover these streets so well."

_SENTINEL_GIVE = "\n".join([
    "The Sentinel came close to twice its target for Riverbend Gives Day, ending roughly $180 shy. Please think about making a gift or joining as a recurring monthly supporter so we can keep carrying a lantern into the shadows of the courthouse: http://riverbendsentinel.givingpage.example.org",
    "Please stand with us",
])

_LUMEN_LETTER = "\n".join([
    "Our growth isn’t over, and that leads to my second round of thanks: A few days ago we closed our very first “Stand With Lumen” drive, and while it beat every projection we made, we will keep needing you.",
    "The drive has ended for now, but you can chip in to Lumen Dispatch whenever you like through this page. If you value what you read here, that is the surest way to keep it going.",
    "I’ve done my best to write a personal thank-you to each giver, but because of how the payment system works we never see the email of anyone who gave once with a card – so if that was you, please know how thankful I am.",
])

_BASIN_SUPPORT = "Stand up for the newsrooms you count on; to find out how you can back our writers and editors, go to"

_NORTHPEAK_LINKS = "Or head directly to our LocalNewsNow giving page here. Or here https://www.localnewsnow.example.org/newsrooms/northpeak-center-for-civic-reporting-7c2e91ab-0d44-4f1e-9a3b-22c8e5f0b6d1"

_RAVEN_ASK = "\n".join([
    "We hope to keep doing worthwhile work, and for that we need you behind us. Help us bring on fresh reporters to tackle the stories that matter and dig further into them. Help us strengthen the ties that bind this town and encourage thoughtful conversation. Help us keep growing.",
    "To give, visit our site at www.pinonraven.example.org, stop in at the office, send a check to PO Box 238, or scan the QR code. And keep an eye out for our summer giving drives on social media, with more auction pieces going up online.",
    "Keep hydrated, Pinon Springs.",
])

_SILVERPEAK_BOX = "\n".join([
    "Back Community Reporting",
    "Back Community Reporting",
    "Neighbors across Silverpeak and Elk Hollow are what keep the Silverpeak Times going. A gift from you pays for our work bringing you trustworthy reporting rooted in this valley.",
    "Today more than ever, we count on you to help us keep the valley up to date on the ongoing coronavirus outbreak and the way it is changing life here. Gifts of any size, big or modest, truly add up.",
    "Every dollar we receive goes solely toward producing more and deeper news reporting.",
])

_JUNIPER_BOX = "\n".join([
    "Back Community Reporting",
    "Back Community Reporting",
    "Neighbors across Juniper and Sage County are what keep the Juniper Press going. A gift from you pays for our work bringing you trustworthy reporting rooted in this valley.",
    "Today more than ever, we count on you to help us keep the valley up to date on the ongoing coronavirus outbreak and the way it is changing life here. Gifts of any size, big or modest, truly add up.",
    "Every dollar we receive goes solely toward producing more and deeper news reporting.",
])


PROBE95_APPEALS = [
    _doc("b115-harborislandstribune-quicktakes-middle", "appeal", "middle",
         "Invented; modelled on Honolulu Star-Advertiser (editorial quick-takes index, logo word, price line and button between items)", "en", [
             "Quick Takes",
             "Quick takes: Toddler care grants now reach more families",
             "The island toddler care grant program has widened its reach. Families of 2-year-olds can now apply alongside those with 3-year-olds, helped along by $38 million in fresh funding. The income ceiling was also raised so that a larger share of households will be eligible for assistance. Read more",
             _TRIBUNE_PRICE,
             "Quick takes: Honor Founders Day at Makani Green",
             "The nonprofit Lanakai Heritage Circle, the Kapena Youth Drum Ensemble and a statewide program called “Music in Every Park” are teaming up to host an open-air festival from 9 a.m. to 4 p.m. Sunday at Makani Green, where the islands’ first constitution was read aloud in 1851. Read more",
             "Quick takes: Leeward County revisits farm tax rules",
             "Leeward County is on the right track in reworking how it taxes farm-zoned land, so that owners who raise no crops but put up “hobby ranch” estates on their parcels pay a fairer share — yet the draft measures now open for public testimony still need tightening. Read more",
             "Quick takes: Setback for Kalua debris site plan",
             "Windward County’s long climb back after the March 14 flood keeps hitting snags, as a federal judge on Friday turned down a request to fast-track the condemnation of 35 acres near Pahoa Flats to enlarge a dump for storm debris and household trash. Read more",
             "Quick takes: Harbor Rescue Division names first head",
             "Veteran Port Kalua rescue swimmer Dana Okimura was named interim chief of the new Harbor Rescue Division (HRD) on Wednesday — a stopgap post that will run until voters settle in November whether to set up a citizen review panel for the HRD. Read more",
         ], appeals=[_TRIBUNE_PRICE]),
    _doc("b115-millbrookbeacon-yearendgoal-top", "appeal", "top",
         "Invented; modelled on The Ithaca Voice (donor thank-you for a reached goal above an unrelated letter)", "en", [
             _MILLBROOK_THANKS,
             "Filed underOpinion",
             "Letter to the Editor: We can weather this storm side by side",
             "Nobody can deny that this is a frightening moment, and we owe it to one another to speak plainly about the worry so many of us carry. Shop owners lie awake wondering whether the businesses they spent years building will survive. Employees handed sudden pink slips are trying to work out how to keep food on the table. Mothers and fathers caught off guard by shuttered classrooms are hunting for someone to watch their kids. Property owners, a few of them only a missed payment or two from losing their own buildings, cannot see how they will hang on if renters stop paying.",
         ], appeals=[_MILLBROOK_THANKS]),
    _doc("b115-plaintalkwt-boardreorg-end", "appeal", "end",
         "Invented; modelled on Back to Basics WC (blog) (short meeting note ending in an email sign-up line)", "en", [
             "Yearly School Board Reorganization Session This Evening, Jan 8",
             "This evening’s board session is different from the usual ones because it doubles as the yearly reorganization meeting, where the members set up how the board will be run for 2024. They will choose a chair and a vice chair, and each member will be handed committee assignments, among other business.",
             "Should anything unusual come up during the session, we will post about it here in the morning.",
             _PLAINTALK_EMAIL,
         ], appeals=[_PLAINTALK_EMAIL]),
    _doc("b115-hilltopledger-yearinphotos-middle", "appeal", "middle",
         "Invented; modelled on Capitol Hill Seattle Blog (year-in-photos post with a pay-what-you-can subscriber plea)", "en", [
             "Hilltop Ledger Looking Back 2021 | Twelve months in photographs",
             "Welcome to the new year. Like every January, the Ledger has gathered the images that sum up the months just past while we turn toward the ones ahead. In 2021, our readers and neighborhood shutter-bugs helped out more than ever as the vaccine rollout, the tenant marches and the long fight over the old armory all played out on the Hilltop. Huge thanks for that help, and thanks once more to longtime Ledger contributor Priya Okonkwo. Send Priya a note if you are interested in backing her work or buying one of her prints.",
             _HILLTOP_SUB,
             "In the meantime, scroll through the Ledger’s year in photographs below. Every picture is linked to its original Ledger story, so spend a few minutes digging into what happened. Thanks for being part of the Ledger, and we can’t wait to share more pictures and reporting from across the Hilltop in 2022.",
         ], appeals=[_HILLTOP_SUB]),
    _doc("b115-riverbendsentinel-givesday-end", "appeal", "end",
         "Invented; modelled on Davis Vanguard (quoted speakers from a giving-day event, then shortfall plea with link and a cut-off line)", "en", [
             "At the Sentinel’s Riverbend Gives Day gathering, Marin County Sheriff candidate Lorraine Oduya and Bell County chief defender Tomas Reyes talked about why the Sentinel’s reporting matters.",
             "Lorraine Oduya said, “Honestly, one of the key engines that makes self-government function is openness, is fair and freely shared information that the public can actually get at. Left to its own devices, government is not going to police itself. Officials only answer for what they do when ordinary people insist that they answer.”",
             "She went on, “What the Sentinel does is set that information in front of you, plain and simple, so you can see what’s happening and think it through for yourself and decide whether things are working.”",
             "“Having journalism that nobody owns is needed now more than ever.”",
             "Tomas Reyes said, “When people talk about law enforcement, the accounts our clients carry with them are the accounts everyone ought to hear.”",
             "He said, “I kept thinking about your team, the courtroom monitoring, and the view from inside that you have and can broadcast, and it’s really remarkable, because so much goes on out of sight in those courtrooms, so much goes on that our neighbors never hear about, so much goes on that the public never learns, and if people could watch it all or read these write-ups and see the same falsehoods told again and again, I believe they’d be stunned!”",
             _SENTINEL_GIVE,
         ], appeals=[_SENTINEL_GIVE]),
    _doc("b115-lumendispatch-openletter-middle", "appeal", "middle",
         "Invented; modelled on Crux (editor's open letter thanking readers after the site's first support drive, cut off)", "en", [
             "Instead of my regular Sunday piece on whatever is making headlines, this week I’m writing an open letter to the readers of Lumen Dispatch. I’ll say more further down, but the short version fits in two words: “Thanks, everyone!”",
             "To begin with, April was a record month for Lumen in online readership. Visits ran about forty percent above any month we’ve had, continuing the steady climb we’ve seen ever since we went out on our own in 2018. While other media houses lament falling audiences and dwindling staffs, our audience keeps rising – sharply – and our little crew has expanded.",
             "Those facts go hand in hand. Alongside my regular offerings and the unmatched Rome reporting we count on from Teodora Vasquez, we’ve brought on the sharp news instincts of deputy editor Patrick Oyelaran, the fearless digging of our U.S. correspondent Renee Caldwell, and the gorgeous prose of our arts and spirituality writer Matteo Ferrandi. Readers are noticing, and as a team, our happy little troupe keeps delivering the finest in thoughtful, connected and independent Catholic reporting.",
             _LUMEN_LETTER,
             "I’m also delighted to share that Lumen is forming a closer partnership with Vesper Media, the news and broadcast arm of the Diocese of San Aurelio, headed by my longtime colle",
         ], appeals=[_LUMEN_LETTER]),
    _doc("b115-basinweekly-sneakpeek-middle", "appeal", "middle",
         "Invented; modelled on Inlander (issue teaser with a photo-credit line, half-sentence support plea inside a paragraph, cut bullet)", "en", [
             "First Look: Hidden headlines, a jazz legend, holiday gift picks, attack ads, the Falcons, Main Street Revival and more!",
             "This week’s edition of the Basin Weekly lands on racks today. Pick it up at your neighborhood market and scores of other spots; check this map for the rack closest to you. Or flip through the online edition here.",
             "Delphine Marchetti",
             "This week we’re highlighting a dozen significant stories from around the country that the big outlets mostly overlooked. We’re running the roundup together with the HIDDEN HEADLINES PROJECT, which has put out a yearly tally of “stories nobody told you” since 1981. Like any ranking, it begs to be argued over. What nobody can argue with, though, is the emergency in American reporting: papers across the country have lost tens of thousands of positions — roughly half of all newsroom staff gone since 2007. And all that happened before the virus arrived.",
             "Already this year, some 14,000 reporting jobs have disappeared. Just like that, they’re gone, which means 14,000 fewer people sitting through council sessions, combing through spending plans, pressing officials and insisting on replies from those who would rather nobody paid attention. So this week in particular we’ll be thinking of them, and of a wider idea of “censorship,” one that has less to do with cartoon villains in boardrooms and more to do with every story left unreported when a newsroom shuts its doors.",
             "Out here in the Basin, we’re fairly fortunate, far better off than the 2,100 towns across the nation now labelled “news deserts.” Still, we can’t assume it will last. " + _BASIN_SUPPORT + " With luck, this is one point where we’re all on the same page: A town without news is terrible news for all of us.",
             "Also this week:",
             "• MAIN STREET REVIVAL, PART 4: Tucked into this week’s issue is a 36-page g",
         ], appeals=[_BASIN_SUPPORT]),
    _doc("b115-northpeakreport-localnewsnow-middle", "appeal", "middle",
         "Invented; modelled on InDepthNH.org (campaign explainer with a photo caption, a line of links to the outlet's giving page, cut off)", "en", [
             "We Joined LocalNewsNow in the North Country and Are Proud to Back #CommunityGivingDay",
             "The team behind NorthPeakReport.org. From left Dana Whitcombe, Rosa Lindqvist, Emmett Farrow, Jolene Acheson-Pratt, Victor Lamb and Hazel Lindqvist. Missing from the picture is Curtis Bell, who was holding the camera. They were photographed at the North Country Press Club awards banquet.",
             "So what exactly is LocalNewsNow? It is a fast-moving drive to back local reporting, running April 14-16 alongside #CommunityGivingDay — a worldwide day of solidarity – to honor the vital work nonprofit newsrooms are doing to report on the public health emergency.",
             "Upward of 250 nonprofit news outlets were asked (and we are the only one in our state) to set up donation pages on LocalNewsNow.org, a fresh site built by the Alliance of Independent Newsrooms so givers can locate reliable community and watchdog outlets to back. The Civic Media Fund, the Hometown Reporting Trust and GiveLocal are also backing the effort.",
             _NORTHPEAK_LINKS,
             "We take pride in how NorthPeakReport.org, which is put out by the NorthPeak Center for Civic Reporting, has risen to the moment to bring you the news you need in the North Country during this difficult stretch. Emmett Farrow, Dana Whitcombe, and I are covering the stories you need to keep yourself and your loved ones safe, as well as how your elected leaders are reacting to what you need and carrying out their duties during this emergency.",
             "That covers how the state is handing out $980 million in federal relief money, and nobody tracks the statehouse more closely than Emmett Farrow, whose column Capitol Corner is widely trusted and widely read from one border to the other. Emmett has been following the tug-of-war between Gov. Alan Prescott and legislative leaders over who gets the last word on spending the reli",
         ], appeals=[_NORTHPEAK_LINKS]),
    _doc("b115-pinonraven-winefundraiser-end", "appeal", "end",
         "Invented; modelled on The Crestone Eagle (fundraiser report with caption and byline, closing donate paragraphs and sign-off)", "en", [
             "Caption: Editor Rosalind Tate and publisher Owen Marchbanks at the benefit evening",
             "By Owen Marchbanks",
             "It warmed our hearts to watch the people of Pinon Springs turn out for their hometown paper at the Tapas, Tunes & Raffle Night on Friday, July 12th. Proof of the generosity that runs all through this town, we brought in $1,850 in a single evening, all from goods and services donated by neighbors.",
             "Still, that night was just the first step. We are aiming much higher, with a goal of $18,000 by the end of the summer. The money will go toward widening our coverage, bringing in new contributors, and creating good local jobs for people who live right here.",
             _RAVEN_ASK,
         ], appeals=[_RAVEN_ASK]),
    _doc("b115-silverpeaktimes-letter-end", "appeal", "end",
         "Invented; modelled on The Aspen Times (short reader letter with signature and town, doubled-heading support box)", "en", [
             "Silverpeak, going once",
             "Pointing to the climate is a joke (“Court asks to hear Silverpeak’s case in building pause lawsuit,” Jan. 4, The Silverpeak Times). This town will keep on changing. The folks put in charge will back whatever the builders and buyers are after.",
             "A pause lets the people in charge seem thoughtful and careful. Time will be the judge; governing is hard when Silverpeak moves as fast as the money does.",
             "Ruth Ellery",
             "Elk Hollow",
             _SILVERPEAK_BOX,
         ], appeals=[_SILVERPEAK_BOX]),
    _doc("b115-juniperpress-quiltguild-end", "appeal", "end",
         "Invented; modelled on Craig Press (club meeting notice followed by the doubled-heading support box)", "en", [
             "Heritage Quilters of the High Plains to gather Tuesday",
             "The Heritage Quilters of the High Plains will gather Tuesday at 6 p.m. in the Fellowship Hall at 412 Sage St.",
             "Martha Quinlan will present a talk on prairie star patterns. Everyone is invited. Questions? Call 970-555-0148.",
             _JUNIPER_BOX,
         ], appeals=[_JUNIPER_BOX]),
]


# --- Probe 95: negatives ------------------------------------------------------------------------

PROBE95_NEGATIVES = [
    _neg("b115-tidewaterherald-givingcolumn-neg",
         "Invented; modelled on Bangor Daily News (community column listing charity walks, grants and sums, cut off)", "en", [
             "Neighbors keep lending a hand even when money is tight",
             "By Ruth Pelletier",
             "This week’s column picks up where the last one left off, with more examples of local folks, from private citizens to clubs and shop owners, who go out of their way to help those around them, particularly in a lean economy, by giving their hours, their dollars and their energy.",
             "Over 90 “Memory Walkers” from around Port Hadley collected better than $5,100 for dementia care, caregiver help and research at October’s yearly Walk to Remember organized by the Seaview Home for Senior Living, according to Denise Arsenault of Harborside Medical Group.",
             "Arsenault’s announcement points out that millions of people nationwide live with dementia, and around 26,000 of them live in our state.",
             "On the subject of stepping out for a good cause, Gloria Theriault wrote that the Lindqvist Center for Speech and Hearing’s first Walk for Words, held in October and put together by the Pinecrest Alumnae Circle of Sigma Rho and member Paula Dube, was “a wonderful day.”",
             "Money raised went to “services at the Lindqvist Center” in Tidewater, “which offers speech therapy and hearing care to people all over the region,” Theriault said.",
             "As neighbors pitch in for local causes however they can, big national firms also chip in for the towns where they run stores, as shown by an $8,000 award the Lindqvist Center got this year from the Northway Pharmacy Foundation.",
             "That gift went to the Lindqvist Center’s Community Hearing Aid Loan Closet, which lets the center “lend hearing aids to people in our area who would otherwise have to go without,” according to the announcement from the Lindqvist Center.",
             "When the Coastal Women in Business Association held its yearly fall leadership gathering in Tidewater, the members kept up th",
         ]),
    _neg("b115-wkrv14-libraryrenovation-neg",
         "Invented; modelled on FOX 22 Bangor (TV item on a library's renovation fund with goal and how to give)", "en", [
             "Only $75,000 to Go",
             "EASTON - The campaign to pay for a big overhaul of the Easton Free Library is close to the finish line.",
             "So far, the library has collected 6.2 million dollars. Just 75-thousand dollars more is needed, and the library will hit its 6.3 million dollar target.",
             "Gifts have arrived from all over the region, and library workers say they’re delighted by how much the public has chipped in.",
             "\"We heard from people all over the state, even from overseas,\" says Marcy Dunleavy of the Easton Free Library. \"Everybody had a memory of what this library meant to them.  It has been really moving to hear so many of them.\"",
             "They hope to close out the campaign before the end of next month. Checks can be left at the front desk, or gifts can be made online through the library’s website.",
         ]),
    _neg("b115-daverwrites-newnonprofitsite-neg",
         "Invented; modelled on Jimmy C Says (blog) (blogger on a new nonprofit news site and its paid memberships, cut off)", "en", [
             "The Lamplight, which burst onto the scene Monday ahead of its scheduled launch, keeps proving itself a go-to spot for engaging and practical local coverage of the flu epidemic.",
             "As I wrote the other day, The Lamplight’s opening piece was a practical explainer from respected medical writer Grant Olufemi, one of a handful of freelancers that Lamplight founder and editor Bethany Voss has brought aboard.",
             "Wednesday brought an article from freelancer and one-time Marlow Courier reporter Helen Stroud on how neighbors and local shops were pitching in to support families in trouble. Photos with that piece came from a freelance shooter named Dario Pike.",
             "Today my email brought a Lamplight piece by Martin Kessler, another Courier alum, about the hardships of students who were sent home from their dorms and whose courses have all moved onto the internet. That piece had pictures by Pike too, plus a first-person box — “I spent a week in quarantine” — by a woman studying at Marlow State University.",
             "Voss has also put together a thorough guide to local help lines.",
             "Even this early on, The Lamplight is plugging some of the gap left by the steadily shrinking Marlow Courier, and it makes a welcome new player among the news and culture sources around Marlow City.",
             "Voss is paying for her nonprofit venture with foundation grants, reader gifts and memberships. A membership costs a tax-deductible gift of $60. There is more about that on her site.",
             "The largest gap-plugger up to now, naturally, has been WMRL, among the country’s best public radio newsrooms.",
             "Across the past ten years, WMRL has steadily grown a strong newsroom that now tops 50 people. Among them, as far as I can tell, are five Courier veterans: Nora Bishop, Felix Ambrose, Carla Whitten, Gene Okafor and Lydia Brandt.",
             "(One more curious Courier link is that Ramona Tillis, whom WMRL brought on as its head o",
         ]),
    _neg("b115-nedfarrow-peacewire-funddrive-neg",
         "Invented; modelled on Alan Bock (blog) (blogger relaying another site's quarterly fund drive with totals)", "en", [
             "Thursday, June 11, 2009",
             "Peacewire.org fund drive",
             "I admit up front that I have a stake in this one. Peacewire.org is in the middle of its quarterly fund drive, and right now it is crawling along -- a bit more than $19,000 of the $60,000 it takes to keep the lights on for three more months. Money is tight for lots of us these days, and I'm sure that explains much of why the gifts are coming in so slowly. But setting my own stake aside, Peacewire.org has been the most dogged voice on the web against Washington's habit of meddling overseas, whichever party holds the White House. It is also among the finest places to find world news, handy whether or not you agree with its antiwar slant. If you can spare even a small amount . . .",
         ]),
    _neg("b115-faithbeatreview-cathedralwire-neg",
         "Invented; modelled on GetReligion (religion-media blog on another site losing its newspaper sponsor, cut off)", "en", [
             "Still standing, or fading out? What happens to Cathedral Wire once the Harborton Sun steps away?",
             "That jolt you may have sensed yesterday across the world of religion reporting came from some truly grim news.",
             "Perhaps you’ve heard, or caught the chatter on social media, that the Harborton Sun has chosen to end its backing of Cathedral Wire, the essential online Catholic news service it built around the tireless (yes, I will go on using that word, because it fits) Martin J. Keane. The money runs out at the close of April.",
             "Sun editor Paula Brennan conceded the plain truth, in a note that could have come from any newsroom boss who has tried to cover costs with web ads that readers skip or flat-out loathe:",
             "\"What failed was the revenue,\" Brennan wrote. \"We never managed to build the model of major Catholic-oriented sponsors we pictured when we started Cathedral Wire in 2015. ...",
             "\"We also have to be willing to walk away once it’s clear certain ventures won’t succeed,\" her note says.",
             "Meanwhile, a message to readers from Cathedral Wire managing editor Gail Sorensen (read the full thing) addresses the big questions that faith-beat readers and reporters will be asking. Here is a key passage:",
             "... The bright spot is that Martin Keane means to keep the site going, with help from Lucia Ferraro, who covers Rome for us. National writer Owen Draper, columnist Janet Kilbride, and our circle of freelancers will look for new homes for their work. I’ll be heading to ...",
             "We’re delighted that Martin is stepping up to keep Cathedral Wire going. His wide-ranging expertise and long track record have always been Cathedral Wire’s greatest strength, and keeping him tied to the site is wonderful. There could be a quiet spell before Martin gets everything rolling again, so keep an eye on his posts on his social media pages.",
             "Take note of the line about the site’s circle of freelancers going elsewhere. I w",
         ]),
    _neg("b115-eastsideprogressive-revenuemusings-neg",
         "Invented; modelled on LA Progressive (small site musing on making money, numbered list of tabloid headlines)", "en", [
             "The Eastside Progressive is a tiny shop, but we’re like the scrappy tugboat that refuses to quit. Giving up is not in us. Every single day we put something up, fix something, push something out. Why bother? Because a couple hundred thousand people actually read what we write. And we adore that!! If that isn’t encouraging, nothing is. Yet there’s a catch. We don’t ask anyone to pay – so you could call this a passion project in the purest sense.",
             "rita calloway",
             "And as much as I love working alongside Walt and the writers and organizers who pour themselves into this passion project, passion alone won’t pay the electric bill.",
             "So we’ve been exploring new ways to bring in money. Hoping to see what making it looks like, I clicked over to a huge and very profitable website that everyone has heard of. In the sidebar of its home page I spotted these headlines:",
             "1) Seven Breakfast Foods That Secretly Age You",
             "2) Pop Singer Dumps Entire Glam Squad Overnight",
             "3) Agency Unseals Files on Late Crooner",
             "4) Fashion Mogul Cast as \"Tabloid King\"",
             "5) Reality Star Steps Out in Tiny Shorts",
             "Later today Walt and I will sit down to weigh our choices and map out what to do next, though first I’m heading to the mall to find the tiniest tiny shorts on the rack.",
         ]),
    _neg("b115-shorelinegazette-skippededitions-neg",
         "Invented; modelled on The Coastal Star (free paper explaining skipped editions and thanking advertisers, cut off)", "en", [
             "Each month since March 2009, right through most of the pandemic, The Shoreline Gazette has landed in our readers’ driveways at no charge. Our careful local reporting is funded nearly in full by ad revenue from merchants right here in our towns.",
             "Please thank those merchants for standing behind hometown news.",
             "Last year the pandemic’s economic slump hit the whole country hard. Besides taking hundreds of thousands of lives, it shut the doors of countless small shops and pushed millions of workers out of their jobs.",
             "For this paper, that slump has meant ad revenue down by 29%. Last year we made the hard choice to drop the May, July and November issues simply to be sure we could keep going.",
             "This year the long tail of the slowdown means we will drop the June and August issues.",
             "Why?",
             "Just as so many households spent the last year watching every dollar, plenty of our advertisers did likewise and are still holding off on ads, or trimming their budgets across the board.",
             "Our most faithful partners have stuck with us and keep reaching our readers. We hope you’ll keep giving them your business.",
             "Ads from the arts world fell especially hard once the pandemic shut down nearly every theater and gallery. And now we’ve reached the warm months, when most of them pause their shows to get ready for the coming year.",
             "The bright side is that most of the arts groups tell us they’ll be back in full swing this fall with lively lineups planned for the new season. So I’m glad to report that we intend to return to a monthly schedule in September. Watch for our Arts Season Sneak Peek in that issue.",
             "While the printed paper takes a short summer break, we will keep watching over our towns at council sessions, on our streets and along the shore. We’ll put “must-know” updates on o",
         ]),
    _neg("b115-millponddaily-founderoped-neg",
         "Invented; modelled on Foster's Daily Democrat (nonprofit news founder's op-ed on why local reporting matters, cut off)", "en", [
             "I’m just like you. I want deeper reporting about our state and about what the people running it are doing, and failing to do, that will probably shape my days.",
             "I want stories about folks like us and how all of us are getting by in a world that shifts under our feet, right here at home. I want to know enough to make the big choices that a healthy self-governing society asks of each of us.",
             "I want coverage of schools, of commerce and of the neighbors we rarely hear about – people with disabilities, people with mental illness and people going through hard times of one kind or another, folks like the ones I care about.",
             "Too often, people who have fallen on hard times end up tangled in the courts and the hospitals, and we show up to make sure they are being treated fairly. In the end, if the system holds up for the neighbors who lean on it hardest, then it will hold up for everyone else as well.",
             "I want to understand the troubles facing our state and what we might do about them. During my many years as a reporter at the Capital City Register, I treasured the rich and varied coverage we had a couple of decades back, when the state had half again as many reporting jobs as it does now.",
             "That is why I founded the Lakes Region Center for Public Reporting three years ago, and we post fresh stories every day at DeepLakes.org. We concentrate on serious local news that matters to all of us, and we gather state and world stories from the most reliable outlets anywhere.",
             "DeepLakes.org just reported on the public hearings over the Lakeshore Transmission Upgrade, a line that would stretch 11 miles from Alton Ridge to Millpond. We covered every minute of the state siting board’s sessions as it took testimony on the upgrade, which engineers say is required to keep up with the region’s rising power demand, but which plenty of residents are against.",
             "State officials signed off on the upgrade, yet if we hadn’t been reporting, how would anyone learn w",
         ]),
    _neg("b115-seacliffreview-letterpricing-neg",
         "Invented; modelled on Half Moon Bay Review (reader letter defending the paper's prices and listing his own subscriptions)", "en", [
             "I’ve made my home on this stretch of coast for close to 25 years, and the Seacliff Review has not once been free in all that time. In fact, a colleague first handed me a subscription as a present to welcome me to the area.",
             "I can’t imagine that anybody who reads a newspaper of any kind, on paper or on a screen, is unaware of what it costs to put one out. Ad sales and paid readers are what keep a solid, diligent newsroom afloat. Sure, for a stretch most papers put their stories on the web at no charge, but everyone soon learned that model could not last and only ate into paid circulation. Expecting the same quality online for nothing is unrealistic, since that coverage comes from the very same reporters who deserve fair pay for what they do. I can’t name a single outlet whose online edition is truly “free”; the math simply fails. Personally I pay for seven news services (The Daily Ledger, Capital Post, Market Journal, Global Finance Weekly, The Observer, Wire Service International and Metro Business Daily).",
             "I don’t side with every opinion column, so nobody can call me biased for writing this: The Seacliff Review is a real news source for our community. It keeps us up to speed, and then we go dig in and take part in the issues we care about. I’m glad the Seacliff Review has made it through the sale to new owners, and I suspect the new pricing plan may turn out to be quite clever. As for me? I get the printed paper so we can gather at the kitchen counter to talk things over, and clip notices for the fridge.",
             "My thanks to you and your whole staff for all the hard work. We are lucky they can still afford to be here doing this vital job for our towns.",
             "— Lyle Harrington, Seacliff",
         ]),
    _neg("b115-rivertonchronicle-nonprofitnews-neg",
         "Invented; modelled on Hoptown Chronicle (column about other nonprofit news services, photo caption, cut off)", "en", [
             "Marguerite Holloway: Looking for news that matters? Beacon, Ledger, Chronicle & Courier point the way",
             "With hometown and regional papers struggling and folding, people who care need to get to know the nonprofit outlets that now carry the news, argues Marguerite Holloway.",
             "How much work it takes to keep up with what is happening around our state is best told as a bedtime story. Considering the shape the press is in, picture Little Red Riding Hood wandering off the path, with no clear trail to grandma’s house.",
             "Throwing light – and a little fire – on news from across the state, The Statehouse Beacon is an independent, nonpartisan news service that costs nothing to read. As its site puts it, the Beacon “belongs to Capitol Network, a nonprofit, nationwide group of reporters that aims to cover the state government stories left untold as newspapers shed their reporters.”",
             "riverton chronicle board",
             "(From left) Riverton Chronicle editor Samuel T. Greer with board members Anita Pruitt, Marguerite Holloway and Desmond Ayles at a Riverton Chronicle board meeting in August 2022. Community editor Lena Ortiz (on the screen) took part by video call. (Riverton Chronicle photo)",
             "On a recent trip to the Beacon’s front page, readers were met with a striking photo of a sinkhole that had opened beneath a county road near an old coal mine, forcing the road to close. Although the hole itself is near Millersport, what it means reaches far beyond, a reminder of the other environmental troubles waiting across the state.",
             "Focusing on four topics that touch every resident, wherever they happen to live, the Beacon digs into questions tied to land and water, jobs and money, government, and public health.",
             "Choose “environment” and the Millersport story comes up, next to a report from a valley on the far side of the state, where an out-of-state firm operates a new crypto mining plant that gives off a steady,",
         ]),
    _neg("b115-morningashfordglen-libraryfund-neg",
         "Invented; modelled on GOOD Morning Wilton (town site congratulating a library on reaching its fundraising goal)", "en", [
             "Hats off to the Ashford Glen Library Association, which set itself a big year-end fundraising target of $185,000 to reach–and got there as of Tuesday, June 25!",
             "When MORNING Ashford Glen reported on the library’s plea for community donations a week and a half ago, we noted that the library was still $27,000 short at that stage, or about $1,900 a day. We spoke up, and the town–MAG readers above all–answered. Only a day and a half after our article went up, the shortfall had shrunk to $14,000–close to half of what it was a day earlier! Library staff reached out with a special thank-you to MAG–they said our story played a large role in that jump.",
             "Skip ahead to Tuesday, June 25, when fundraising chief Marisa Holbrook wrote to share the happy news that the target had been met. Cheers and heartfelt thanks to everyone who gave so the Ashford Glen Library can keep doing all it does for our town!",
         ]),
    _neg("b115-redstonepost-coffeetalk-neg",
         "Invented; modelled on Glenwood Springs Post Independent (editor's note on distribution costs covered by advertisers, cut off)", "en", [
             "Engaged readers at the far end of Redstone County",
             "Carla Ruehl",
             "My thanks go to the 25 or so readers who showed up at our Coffee Chat last Tuesday in Dry Creek, and to the many others who couldn’t make it but phoned or wrote to share their views.",
             "A good number of people from Sumner and Pine Bluff Estates made it clear they would love to see the Redstone Post delivered in their towns once again.",
             "To be clear, we stopped delivering there because of money. Not enough merchants in that area bought ads to cover what it costs us to print and truck the paper out there. It is our local advertisers who pay for your hometown papers. We hope their ads are useful to you and that you shop with your local merchants.",
             "As it happens, a reader emailed me on Sunday unhappy that we had tucked the Redstone High School soccer match onto the back page of sports while putting Elk Ridge’s on the front. This reader thought of us as Redstone’s own “home paper.” In truth, we aim to be the paper of record for the whole county, with a focus from Elk Ridge to Dry Creek.",
             "Janine Weller of Valley View Hospital told us the hospital would like to supply the Post to the people on its home-delivered meals route, a lot of them in Sumner and Pine Bluff Estates. The library in Sumner would also like more copies. We’ll look into setting up that delivery arrangement, at least on weekdays. Getting papers to Dry Creek is simple — it’s the additional 14 miles out past it that gets tricky.",
             "Several readers said they love our stories about local kids and want them as often as we can manage, and one mentioned how much she likes the new teen writers column in Weekend.",
             "One man worried that The County Courier could be shut down. That isn’t part of our plans, as the Courier has a loyal readership.",
             "The Courier is the county’s official paper for legal notices, which m",
         ]),
]


BATCH115_DOCUMENTS = PROBE95_APPEALS + PROBE95_NEGATIVES
