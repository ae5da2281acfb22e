"""Batch 97: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

23 documents (11 appeal, 12 negative; all EN): our own paraphrases of every document of the
local-only real probe 77 (23 documents, English local-news and media-business pages). Each keeps the
real page's structure (a column whose title and opening lines repeat after a paywall block and which
stops mid-word, an editor's column with an obfuscated "[email protected]" line and "What else is in
print?" teasers, a member-goal widget of one-word lines "0 / Current / N / Goal", a digest sign-up
pair above a mirrored business story, a publisher column with an all-caps label line, newsletter
letters with "Catch Up:" and "in Brief" sections and emoji bullets, a byline glued to the first word,
a site name dropped out of sentences ("at During", "on is solid"), "[audio:...] [/audio]" lines, a
photo caption repeated twice, cut-off endings) and exactly what the real gold marks: a three-line
subscribers-only / log-in block in the middle of a column; a subscription-form sentence at the end of a
paragraph; the member-goal widget at the top; the free digest sign-up pair at the top; an all-caps
premium-content log-in line at the end; a "please consider becoming a member" sentence ending a
paragraph plus a gift-membership block (cut) at the end; a three-paragraph paid-member push; a free
mailing-list paragraph; a one-line "log in to view" notice; the word "Support" glued before the title
plus the closing three-paragraph donation-campaign plea; a one-line daily newsletter sign-up at the
end. Negatives keep what makes the real ones hard: a campaign-finance report with donors and sums, a
house-fire crowdfunding with goal, a public radio pledge drive's totals, a food-bank holiday drive, a
business story and a media-trade blurb on a newsletter start-up's fundraising, subscribers and
expansion, a hospital foundation's golf-tournament proceeds with a mailing address for gifts, a
hospital foundation's mail appeal reported by a radio station, a community foundation's donors and
crowdfunding site, a blog and a trade story on a local site's Kickstarter revival with reward tiers,
and a community foundation's fundraiser with ticket price and a "click here" to donate.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch97` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch97.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files). The real negatives carry position "none"; `_neg` writes "real", as in
every earlier batch.
"""


from whole_documents import _doc, _neg


# --- Probe 77: appeal documents -----------------------------------------------------------------

_ELMRIDGE_WALL = "\n".join([
    "The full version of this story is reserved for subscribers.",
    "Sign in to keep reading",
    "Sign in",
])

_CLARION_FORM = (
    "If you still haven’t signed up, we suspect you’re feeling a little left out, so there’s a "
    "tear-off subscription coupon waiting on page 3 of this week’s print issue. Clip it and mail it, "
    "or head on over to our website"
)

_WHARF_GOAL = "\n".join([
    "We're 45 paying members short of our 2025 goal of 1,500. Can you help us close the gap?",
    "0",
    "Current",
    "45",
    "Goal",
])

_LEDGER_DIGEST = "\n".join([
    "Get free alerts as stories break",
    "Just register for the Media Ledger Briefing — sent straight to your email.",
])

_PRAIRIEBEND_WALL = (
    "SIGN IN TO READ PREMIUM STORIES. Visitors need an account to see our top local coverage. "
    "Don't have a subscription yet? Start one now!"
)

_COURIER_MEMBER = "Want to help us keep digging into stories like this? Becoming a member is the best way to do it."

_COURIER_GIFT = "\n".join([
    "Give local reporting as a present:",
    "🎁 Skip the novelty socks and the scented candles this year: surprise your friends, family, neighbours and dog-walkers with a year of proper in-depth reporting this Christmas thanks to a Courier gift",
])

_LANTERN_PUSH = "\n".join([
    "A quick note: we're only a whisker away from 800 paying members, which would say a lot about the sort of reporting people in Dunmarra are willing to back. It would be brilliant to reach it by Friday.",
    "A huge thanks to Morag, Callum, and the six others who became full paying subscribers to The Lantern since Saturday. You can now read every story in our archive of in-depth local reporting. More than that, you're helping to make The Lantern's third year as strong as its first two.",
    "If you'd like to become one of our almost 800 paying members and unlock everything we publish, hit the button below to grab our welcome discount.",
])

_GREYPORTER_LIST = (
    "Want more from The Greyporter landing in your inbox? Three mornings a week we email you one "
    "story we've picked with care, along with our latest exclusives, deep dives and tips. We'd "
    "rather send you less and make it good, and it all comes straight to you — tap the button "
    "underneath to get on our free mailing list. And that's all: no adverts, no junk, no fuss."
)

_HARLAN_WALL = "Sign in to read this story, please."

_OAKMEADOW_TAB = "Support"

_OAKMEADOW_PLEA = "\n".join([
    "Our ad income on is steady, but it can't pay for the kind of expansion that would let us become a lasting organization delivering neighborhood reporting here for the long haul. That is why our reader donation drive continues through the 30th.",
    "If you haven’t given yet, we hope you will join the many hundreds of neighbors who already chipped in. And just as much, we hope you will keep spending your money with the shops and firms of the place we all live in.",
    "Shop close to home. And keep local reporting going by giving to us today.",
])

_HIGHDESERT_NEWSLETTER = "Get the Morning Roundup newsletter in your inbox"


PROBE77_APPEALS = [
    _doc("b97-elmridgecourier-yourpaper-column-wall-middle", "appeal", "middle",
         "Invented; modelled on Chestnut Hill Local (staff column whose title and opening repeat after a subscribers/log-in block, cut mid-word)", "en", [
             "This Paper Is Yours",
             "by Dana Whitcombe, Audience Development Manager",
             "Posted 8/3/22",
             "Go ahead. Confess.",
             "Every one of us has been there.",
             _ELMRIDGE_WALL,
             "This Paper Is Yours",
             "Go ahead. Confess.",
             "Every one of us has been there.",
             "We've all caught ourselves muttering “Honestly, if they put me in charge, I'd just ….” over the kitchen table.",
             "Sometimes the remark comes out with a little swagger and a dash of irritation, because the fix for some problem looks so obvious you can't believe nobody else has spotted it.",
             "Sometimes it springs from a bright idea that you're sure would be a terrific, overlooked chance just waiting to be taken.",
             "Too often, though, the sentence trails off into “not that anybody would ask me.”",
             "The Courier really does want your ideas, because, to put it plainly, our whole job is to give readers a paper that both mirrors the town and answers to it.",
             "A hometown paper wears a lot of hats. It has to keep people informed with accurate, dependable reporting. It points attention at the questions that matter for everyone who lives here. It hosts the town's conversation and tries to make room for every kind of voice in it.  It cheers on neighborhood groups, shops, fundraisers and festivals.  It delights readers with profiles of the remarkable people down the street. Each week we try to capture and strengthen the ties that hold a healthy, lively, thriving town together.",
             "Still, we know that our own guess at what readers want is just half of the picture.",
             "To serve Elmridge well, we have to hear from you – what matters to you, what touches your daily life, what you care about.  How well we do our job depends on what you tell us.",
             "Beginning this week, we are inviting you, our faithful readers, to f",
         ], appeals=[_ELMRIDGE_WALL]),
    _doc("b97-millburyclarion-editorscolumn-subscriptionform-middle", "appeal", "middle",
         "Invented; modelled on The Stow Independent (editor's column, subscription-form sentence ending a paragraph, obfuscated e-mail line and print teasers)", "en", [
             "The Clarion Call",
             "In the 11 years I’ve been putting out community papers, I’ve never had a week quite like this. Sitting here Wednesday evening, juggling a pile of unanswered questions and half-settled stories with the press deadline bearing down on me, I am seriously tempted to fill every page with doodles and pictures of my dog and head home early.",
             "Instead, I’ll brew one more pot of coffee and brace for the splitting headache that should arrive around 1 a.m. I’m blaming it on the replacement umpires in the playoffs. Just saying.",
             "Did you catch the banner on the front page of this week’s paper? Before You Vote, Read This… please read that story and every follow-up we run on the topic. We’d love for you to read the whole paper front to back, of course, but  it really matters that people learn about the choices that will be on the table at the special town election.",
             "If you skip the vote, you’re letting the people who do show up decide what your tax bill looks like. Sure, maybe your neighbor Dave is a terrific fellow who always brings back your ladder in one piece. But would you hand him your bank card and say, ‘Spend whatever you like’?",
             "Our sympathies go out to our terrific police-blotter columnist Renee Fortin and her family on the death of Renee’s grandmother.  Her obituary appears on page 9 of the print issue.",
             "We owe thanks to a handful of sponsors who made this week’s all-households edition possible, among them Tom Albrecht and the Millbury Senior Center Friends.   " + _CLARION_FORM,
             "Marcy Quintal, managing editor; [email protected]",
             "Also in this week’s paper?",
             "Before You Vote, Read This",
             "Library Reopens",
         ], appeals=[_CLARION_FORM]),
    _doc("b97-thewharf-kelmouth-yearreview-membergoal-top", "appeal", "top",
         "Invented; modelled on The Post (Liverpool) (member-goal widget at the top of a new-year letter, cut mid-word)", "en", [
             _WHARF_GOAL,
             "Here's to 2025",
             "Artwork by Priya Castellanos",
             "Thank you for helping us make our best year yet",
             "Hello everyone – and happy 2026! I hope the holidays treated you kindly and that you're not feeling too fragile after last night's fireworks. (Reminder to myself: go easy on the prosecco).",
             "Tom here, and I thought I'd spend the first morning of 2026 looking back at a few of the stories The Wharf was proudest of over the past year. By “proudest”, I don't only mean well written, but something bigger — the kind of reporting that actually makes Kelmouth a better place. Here are some of the pieces we published in 2025 that led to real change or put a spotlight on corners of this city nobody was looking at. I'd really like to hear what you think we should dig into next — drop me a line at tom@thewharf.example.",
             "Graham Pellow's behaviour was an open secret. Why did Kelmouth Arts Trust keep him on?",
             "In March, we ran one of the largest investigations we've ever done. Across four months of reporting, we pieced together a string of disturbing accusations of harassment and bullying made against one of Kelmouth's best-known arts figures: Graham Pellow.",
             "It began with a brief message sent to us in December 2024. People were saying Pellow had behaved badly towards junior staff at the gallery he used to run for the Kelmouth Arts Trust (KAT), and The Wharf ought to take a look. It soon turned into something much larger. By March, I'd talked to more than a dozen people – several of whom had worked under Pellow for years – who said he had belittled, manipulated and intimidated them over nearly twenty years.",
             "A number of those people – and others who knew about the complaints – raised concerns with KAT when he was first appointed in 2019. Even so, KAT kept him in his po",
         ], appeals=[_WHARF_GOAL]),
    _doc("b97-ledgermirror-loommedia-bristol-digest-top", "appeal", "top",
         "Invented; modelled on Financial Times via a news mirror (free digest sign-up pair above a business story cut mid-word)", "en", [
             _LEDGER_DIGEST,
             "Loom Media, a regional news start-up that emails in-depth newsletters to paying readers a few times a week in several English cities, said it would open in Bristol only days after the city’s Evening Courier announced it would cut its printed daily down to a single weekly issue.",
             "The company, drawing on money raised last spring from backers including a former broadcaster chief executive and the economist Ruth Ashdown, wants to grow its operation by half before the year is out.",
             "It plans to open newsrooms in Bristol and Cardiff in 2025 alongside its current bases in Leeds, Newcastle, Nottingham and Hull, saying there is room for serious regional reporting at a moment when local papers have watched their income collapse over the past decade.",
             "The growth plans are an unusual piece of good news for local reporting, where thousands of posts have disappeared as readers drift away.",
             "In the past year alone, Tyne Media, the country’s biggest regional newspaper group, shed roughly 600 roles, pointing to falling social media referrals and higher paper and distribution costs.",
             "Ellis Okonjo, who launched the Leeds Loom newsletter, said the “notion that a city of Bristol’s size can’t sustain a proper paper should worry everyone who cares about local news”.",
             "Okonjo — who previously worked on a national tabloid’s features desk and co-founded a campus magazine and a music website — believes there is demand for a news-first outlet that can cover local stories properly.",
             "“Local coverage has been hollowed out and replaced with viral filler. Readers want serious reporting with genuine depth and context,” he told the paper.",
             "The Loom — launched in Leeds in 2021 — publishes mostly long reads, frequently investigative, and reporting from neighbourhoods th",
         ], appeals=[_LEDGER_DIGEST]),
    _doc("b97-prairiebendgazette-publishercolumn-premium-end", "appeal", "end",
         "Invented; modelled on Sherman County Times (publisher column with an all-caps label line, premium-content log-in line at the end)", "en", [
             "So long, seniors!",
             "FROM THE FRONT PORCH | DALE KRUEGER - PUBLISHER",
             "Last Saturday, I’ll confess I got a little misty-eyed while snapping photos at the opening one of what I know will be several commencement ceremonies this spring.",
             "I don’t consider myself a weepy kind of guy, but for whatever reason, graduation—probably because it marks an ending and comes with all the pomp for a big milestone in these young people’s lives—always makes me a bit blue.",
             _PRAIRIEBEND_WALL,
         ], appeals=[_PRAIRIEBEND_WALL]),
    _doc("b97-ashworthcourier-awards-member-gift-middle-end", "appeal", "middle+end",
         "Invented; modelled on The Dispatch (Birmingham) (newsletter letter with a become-a-member sentence ending a paragraph and a gift block cut at the end)", "en", [
             "Hello Couriers — on Wednesday Rosa travelled up to Edinburgh alongside colleagues from our Leeds and Newcastle titles for the Regional Press Awards, which are a bit like the Oscars if the best picture were about cowboy scaffolders in the Tame Valley. We were “commended” on the night, not bad at all for a paper that turned two this autumn.",
             "The recognition came for our reporting on supported housing. The judges described it as “patient, detailed journalism that connected three councils to reveal a system failing the people it was meant to protect.” Owen Parry at the Ashworth Echo was shortlisted too for his sharp coverage of Ashworth — including the council's bin-strike standoff and a care home left without heating for a week. None of these are glamorous subjects, to be sure, but we believe the city needs local outlets that can stick with this kind of reporting. " + _COURIER_MEMBER,
             "Catch Up:",
             "Would you pick up a memoir that sneers at “lazy Scousers”, “grasping Brummies” and “gormless Geordies”? Us neither. Sadly, Northern Lights, which came out in 2018 (not 1818) to rave reviews in literary London, was written by the man now advising the transport secretary: Marcus Pell. Read more at The Greyporter.",
             "On Thursday the 5th of December, a fire broke out in a bin store at Ashworth's Holloway House. Thankfully nobody was hurt. Even so, the blaze has triggered a wave of anger among tenants about council inaction, broken fire doors and the fear of something worse. “You lie awake thinking about it. All you can picture is being trapped up there,” one tenant told The Courier.",
             _COURIER_GIFT,
         ], appeals=[_COURIER_MEMBER, _COURIER_GIFT]),
    _doc("b97-dunmarralantern-briefing-paidmembers-middle", "appeal", "middle",
         "Invented; modelled on The Glasgow Bell (newsletter briefing with a three-paragraph paid-member push, emoji bullet, cut mid-sentence)", "en", [
             "Hello readers,",
             "Made it through Storm Bram, did we? Old hands will tell you Arwen last winter was rougher. Still, there's been a fair bit of damage in places: a big sycamore came down across Millbrae Road just behind the Drumhill Co-op. A good reminder to watch yourselves as the stormy months get going.",
             "Well done to everyone who ran the Dunmarra 10K on Sunday, which went ahead despite Saturday's children's races being called off. Dunmarra Hares runner Ewan Strachan took the men's title, keeping the win in the city. The women's race went to Isla Brodie of Perth Road Runners, so no local double this time.",
             "What we're most excited about this week is Kirsty coming back from a well-deserved holiday — but first, here's your rundown of everything else worth knowing.",
             _LANTERN_PUSH,
             "Dunmarra at a Glance",
             "🚨 A drawn-out row between the council and a big food charity might (or might not) be settled on Thursday. Feed the City (run by the outspoken Alasdair Munro) has operated its Wellgate community kitchen and drop-in since 2022 — without a change-of-use permit. The charity's application was first turned down after the council pointed to neighbours' worries about noise and crowds. It has kept running regardless.",
             "On Thursday, at the council's Planning Appeals Panel, the refusal",
         ], appeals=[_LANTERN_PUSH]),
    _doc("b97-greyporter-mondaybriefing-mailinglist-middle", "appeal", "middle",
         "Invented; modelled on The Londoner (newsletter briefing, free mailing-list paragraph between intro and big story, cut mid-sentence)", "en", [
             "Hello Greyporters — It's settled. Now that the fireworks and the pumpkin carving are behind us, Greyport is quietly swapping its autumn layers for its tinsel-trimmed, extra-large festive jumper. For me the penny dropped when I passed a gaggle of people in reindeer antlers on a pub crawl down Dock Street on Friday. But the clues were there already: the carol singers by the ferry terminal, the tourists photographing the window displays, the spiced cider being poured by the jugful in every pub in the old town.",
             "Here at The Greyporter, though, we've got an extra reason to feel festive: it turns out one of our stories helped stop a much-loved pub from being turned into flats.",
             "There's more on that further down in this Monday briefing. We've also got a follow-up on our investigation into Hearts for Heroes, the charity collectors who seem to be outside every shopping centre with buckets despite serious doubts about how they operate and where the money goes. Plus, we look at the mystery of a stolen Christmas tree, what happens next for the Anchor café now its owners are retiring, and wade into the row over the no-kids-after-6pm rule at a Harbourside bar.",
             _GREYPORTER_LIST,
             "Big story: Hearts for Heroes fined for “pushy” street collections without a permit",
             "In short: Hearts for Heroes, the much-criticised street collectors The Greyporter has looked into before, have been reprimanded by the fundraising watchdog over their “pushy and unprofessional” conduct.",
             "Who are Hearts for Heroes: The name may not ring a bell straight away but, if you've been to a shopping centre or a ferry terminal in Greyport in the past year, you'll almost certainly have run into its collectors with their tabards and buckets asking for cash",
         ], appeals=[_GREYPORTER_LIST]),
    _doc("b97-harlanplainsregister-roadwork-login-end", "appeal", "end",
         "Invented; modelled on Fairbury Journal-News (teaser with the byline glued to the first word, one-line log-in notice)", "en", [
             "Supervisors Ask Drivers to Slow Down in Work Zones",
             "By Nora LindgrenSeveral large road projects now underway will affect travel across Harlan County. Supervisors are asking motorists to watch for crews and slow down. Five-Year Road PlanHarlan County Supervisors sat down with County Engineer Rick Vossberg, together with Amy Tiedeman and Carl Brandt of the Secondary Roads Department, on …",
             _HARLAN_WALL,
         ], appeals=[_HARLAN_WALL]),
    _doc("b97-oakmeadowpost-buylocal-donationdrive-top-end", "appeal", "top+end",
         "Invented; modelled on Shawnee Mission Post, then PVPost.com (support tab glued before the title, closing donation-campaign plea; site name dropped from sentences)", "en", [
             _OAKMEADOW_TAB + " Why ‘nearby’ matters for shops and for news",
             "Shop close to home.",
             "It is something we try to champion at During this reader donation drive, we have talked a lot about why neighborhood news matters. But backing neighborhood shops is another aim of the site.",
             "Small, owner-run businesses give a town much of its personality. On top of that, the dollars they earn keep moving around right here. They also offer know-how and one-on-one attention that is fast vanishing in today’s cookie-cutter retail world.",
             "Plenty of these businesses get their customers from a few square miles around their door – the same area where most readers of live. Often, they can't afford the newspapers and stations that cover the whole metro area. They still have to reach the people who might walk through their door.",
             "By drawing more than 45,000 neighborhood readers to each month, we give local owners a way to get their offers seen by exactly those shoppers. Everyone gains: we publish news that draws readers; we sell ad space that keeps the site running; shops get an affordable way to promote what they sell. In the end, we stay open, they stay open and the neighborhood is stronger for it.",
             _OAKMEADOW_PLEA,
         ], appeals=[_OAKMEADOW_TAB, _OAKMEADOW_PLEA]),
    _doc("b97-highdesertherald-foodpantry-editorial-newsletter-end", "appeal", "end",
         "Invented; modelled on East Oregonian (short editorial teaser, daily newsletter sign-up line at the end)", "en", [
             "All over the region, demand at food pantries keeps rising, and the weeks before the holidays are the ideal moment for residents to remember the pantry down the road and give money or groceries.",
             "We've written before about how many households here go without enough to eat, because no one in a country this wealthy should shrug at it, and because keeping people fed ought to be the easy part.",
             _HIGHDESERT_NEWSLETTER,
         ], appeals=[_HIGHDESERT_NEWSLETTER]),
]


# --- Probe 77: negatives ------------------------------------------------------------------------

PROBE77_NEGATIVES = [
    _neg("b97-millcitynotes-okafor-campaignfinance-neg",
         "Invented; modelled on RichardHowe.com (local blog breaking down a candidate's campaign-finance report, donors and sums, cut mid-word)", "en", [
             "Okafor's campaign finance report is in",
             "Candidates for state representative have to turn in their pre-primary finance reports today. I found Linda Okafor’s but not yet Paul Desrosiers’s (as of 10:15 pm). Filing can be done online, so Desrosiers still has some time. The reports cover everything from January 1 through August 30. To look at any of them yourself, go to the state campaign finance office’s website and pick the candidate you want from the drop-down menu marked “committees”. Here’s what Okafor’s report shows:",
             "Receipts: Okafor started with $1,380 left from her school committee races. She then raised $84,560, none of it her own money. Of the combined $85,940, she has spent $61,215, leaving $24,725 in the bank. (Keep in mind this leaves out anything raised or spent after August 30.) The law requires naming every donor who gave over $50. Okafor listed $4,870 from donors under that line. Above it, she had 372 donors who gave an average of $198. Of those 372, 201 (54%) live in the district. Sixty-one donors gave the $500 maximum (58 gave $250, 71 gave $200 and 182 gave $100 each).",
             "Spending: Okafor’s largest outlay went to paid campaign workers, at $21,940. She also spent $8,300 on consultants. Printing, mailers and postage came to $19,870. Newspaper advertising cost only $540. The rest of her spending went on the usual things like signs, phones, an office lease and supplies – nothing unusual.",
             "Two things jump out at me. First, the sizeable sum spent on campaign workers. If they have been busy identifying supporters ahead of a serious turnout push on primary day, that could pay off. Second, how little went to newspaper ads. Pre",
         ]),
    _neg("b97-lakeshoretimes-housefire-gofundme-neg",
         "Invented; modelled on The Times of Northwest Indiana (house-fire brief ending with a crowdfunding goal)", "en", [
             "CEDAR BLUFF — A family of four and their cat were forced out of their home after a fire broke out early Thursday.",
             "Crews were called around 3 a.m. to the 2400 block of Willow Run Drive, where they found smoke and flames coming from the ranch-style house, Cedar Bluff Fire Chief Dan Kowalski said.",
             "The family had already gotten out by the time crews arrived, but the cat was still inside. Firefighters found it hiding under a bed and carried it out, Kowalski said.",
             "Crews knocked down the fire in roughly 20 minutes and checked the walls and attic for any hot spots that might flare up again, Kowalski said.",
             "The kitchen and living room were badly damaged.",
             "Investigators think a space heater may have sparked the blaze after being left running near a couch, Kowalski said. The cause remains under investigation.",
             "Fire crews from Porter, Lowell, Dyer and St. John helped at the scene, Kowalski said.",
             "An online fundraiser has been started for the family. Its goal is $18,000.",
             "Organizer and coworker Teresa Vance wrote that the family got out with only their pajamas and their phones.",
         ]),
    _neg("b97-radiotradewire-lakeshorepublicradio-pledge-neg",
         "Invented; modelled on AllAccess.com (radio-trade item on a public radio pledge drive's totals)", "en", [
             "Fewer Pledge Hours, Bigger Haul For Lakeshore Public Radio",
             "November 4, 2009 at 6:12 AM (PT)",
             "LAKESHORE PUBLIC RADIO, the group of four public stations including WLPR/MUSKEGON, WLPH/HOLLAND, WLPT/TRAVERSE CITY and WLPB/BENTON HARBOR, reports that it brought in more than $610,000 in pledges during its AUTUMN membership campaign, held OCTOBER 23-30. The total, up 12% from last year, beat the campaign's target even though on-air pitching was trimmed by 25%, with some shows carrying no pledge breaks at all.",
             "\"Since we reached our targets in less air time, we'd like to keep shortening the drive in the future,\" said General Manager DIANE KOWALCZYK. \"We are deeply thankful that, especially in a tough economy like this one, our listeners still think our programming is worth paying for.\"",
         ]),
    _neg("b97-kdsr7-sahuarita-foodbank-drive-neg",
         "Invented; modelled on KGUN 9 (TV news item on a food bank's holiday drive with drop-off address)", "en", [
             "SAHUARITA, Ariz. (KDSR) — Holiday food drives happen all over town every winter.",
             "But the staff at Desert Harvest Food Pantry are running a drive right now to meet a need that has been climbing for several years.",
             "“Every year our holiday food drive brings in a little less food than the year before,” said Monica Ruelas, Volunteer and Community Programs Manager.",
             "Meanwhile, the town around the pantry keeps getting bigger.",
             "And longtime volunteers like Gary Ochoa have watched demand rise up close.",
             "“We now see 35 to 45 families a day, which never used to happen,” said Ochoa.",
             "The pantry is open Monday through Thursday and the food drive wraps up this Thursday.",
             "Drop-off spots include the pantry itself, located behind the community center at 1850 W Camino Rio Vista.",
             "Items accepted include shelf-stable foods like pasta and canned soup. Beans, oatmeal and canned vegetables are also on a wish list posted on the pantry's website.",
         ]),
    _neg("b97-capitalbusinessdaily-loommedia-bristol-neg",
         "Invented; modelled on City A.M. via a news aggregator (business story on a newsletter start-up's fundraising and expansion, cut mid-sentence)", "en", [
             "Regional newsletter publisher Loom Media heads for Bristol",
             "By Hana Lowe",
             "Regional news start-up Loom Media will use money raised in a well-received investment round last spring to launch in Bristol before the end of 2025, the company has said.",
             "The announcement from Loom, which already runs newsrooms in Newcastle, Nottingham and its home city of Leeds, comes only days after the Evening Courier said it would cut its printed daily down to one weekly edition.",
             "The company's arrival in Bristol was revealed by Loom alongside word that a Cardiff office is planned as well, with both launches paid for out of the investment round it closed last year.",
             "That round, which has so far gone unspent because the company already turns a profit, drew well-known backers such as a former broadcaster chief executive and Daniel Achterberg, the founder of a US news app. Loom said back then the money would help it grow by half before the close of 2025, by which point it expects its Bristol and Cardiff editions to be running.",
             "Reflecting on the expansion against the backdrop of the Courier's retreat, Fiona Hale, head of media research at Marlow Analytics, told Capital Business Daily: “Nobody can watch a historic city paper like the Evening Courier pull back without some sadness.",
             "“It neatly captures many of the worries about shrinking local news coverage that our studies have been flagging for some time.",
             "“A lean, nimble, reporting-first outfit like the Loom makes a lot of sense, though covering a city of Bristol's size is both a big opportunity and a big test. “",
             "The Loom was launched by former music-website editor Ellis Okonjo in 2021, and has been praised across the industry for showing a workable, profitable path for regional news, which has been shrinking for decades across the country.",
             "In the past year alone, Tyne Media, which besides its two national tabloids owns more local papers than any other publisher in the country, cut around 600 jobs,",
         ]),
    _neg("b97-presslab-loommedia-subscription-profile-neg",
         "Invented; modelled on The Fix (media-trade blurb on a subscription newsletter start-up's mailing list)", "en", [
             "Paid local news by email: How Loom Media delivers serious reporting across northern England",
             "The Loom began as a solo side project in Leeds. Today the outlet has 80 000 readers on its email list across four cities and pays its own way. We talked to the Loom's founder about how it got there",
         ]),
    _neg("b97-brownvillebugle-hospitalfoundation-golf-neg",
         "Invented; modelled on The Hiawatha World (small-town report on a hospital foundation's golf-tournament proceeds, address for further gifts)", "en", [
             "The Brownville Regional Hospital Foundation’s 14th Annual Golf Classic on Saturday, Sept. 12 at Brownville Golf Club drew 24 teams and raised close to $9,500.",
             "This year the money will help buy new patient monitors for the emergency department, which are being installed now. The monitors cost about $28,000, and the tournament covered nearly $9,500 of that.",
             "Because of pandemic restrictions, the Foundation could not hold its usual spring dinner and would be grateful for any further gifts toward the monitors. Gifts can be mailed to BRH Foundation, 210 Elm St., Brownville, NE 68321.",
             "Organizers are already planning the 15th Annual Golf Classic, set for Saturday, June 12, 2021.",
         ]),
    _neg("b97-delta-radio-news-hospitalfoundation-mailing-neg",
         "Invented; modelled on DeWitt Daily News (radio-station news item on a hospital foundation's mail appeal with [audio] lines)", "en", [
             "Friends of the Mercy Valley Hospital Foundation will be asked to help in a different way this fall.",
             "Rather than holding its yearly dinner dance, a single evening that raises money for the Foundation, the board has chosen to open things up to everyone in the county. Carla Mendenhall, President of the MVH Foundation, says they will be sending out letters giving anyone the chance to send a cash gift.",
             "[audio:100213mvhfoundation1.mp3] [/audio]",
             "The Foundation's aim is to support the hospital wherever it can. One new thing it did this year was offer a scholarship to local students planning careers in health care. Mendenhall says the scholarship was made possible when the hospital's volunteer guild disbanded, and she says they intend to keep it going.",
             "[audio:100213mvhfoundation2.mp3] [/audio]",
             "Through the years, the Foundation has bought equipment for the hospital. Mendenhall says last year they purchased new stretchers for the ambulance service, and this year they funded equipment for the surgical unit and the lab, among other areas.",
             "[audio:100213mvhfoundation3.mp3] [/audio]",
             "The Foundation hopes to raise $25-thousand through the letter campaign. The letters went out earlier this week. To give to the MVH Foundation, you can write a check made out to the MVH Foundation and mail it to the Hospital, at 615 North Pine Avenue in Greenfield.",
         ]),
    _neg("b97-northcountrysentinel-communityfoundation-giving-neg",
         "Invented; modelled on Adirondack Daily Enterprise (feature on a community foundation's donors, grants and crowdfunding site, photo captions, cut mid-sentence)", "en", [
             "Why giving matters",
             "North Country Community Foundation donors and grantees explain what it means to them",
             "Volunteers with Harbor Light Elder Services chat with seniors at the program's center in Tupper Falls. (Photo provided by Joan Castellano)",
             "Every town has problems that need solving and people who solve them by caring, volunteering and giving. The North Country Community Foundation plays that part across the region, raising money for a broad range of local needs.",
             "Over the last three years, the foundation has launched the Neighbor Fund and North Country Rallies to help raise money for causes close to home.",
             "The Neighbor Fund is a permanent, flexible fund that pays for pressing needs today while investing to meet needs that haven't yet arisen. It had handed out $142,000 in grants from its launch through the end of May 2017.",
             "North Country Rallies is the foundation’s online fundraising platform, where people can start and give to campaigns. It has helped raise nearly $175,000 since it went live in 2015.",
             "Although the foundation's staff have been key to raising money, managing charitable funds and helping groups that make the region stronger, none of it would be possible without generous givers.",
             "Members of the Round Pond Association pull invasive weeds from Miller Brook, work paid for in part through a North Country Rallies campaign. (Photo provided by Ray Dufresne)",
             "Illustrator Nora Pelletier, of Tupper Falls, has long given her time, energy and money to her neighbors because she sees it as part of belonging to a community, she said. Through volunteering and giving on North Country Rallies, she has backed many causes, especially ones involving schools and the arts.",
             "“I like helping people who haven't had the breaks we've had, whether that means the soup kitchen or some special need in town, maybe through North Country Rallies,” Pelletier",
         ]),
    _neg("b97-gadgetwhirl-harborist-kickstarter-revival-neg",
         "Invented; modelled on Boing Boing (blog post on a shuttered local site's Kickstarter revival with reward tiers, repeated caption, cut mid-word)", "en", [
             "Crowdfunding the public-media rescue of Harborist, a much-loved city site shut down by a spiteful, anti-union hedge-fund owner",
             "Harborist's staff voted to join a union in the fall of 2018; within weeks, its owner, the hedge-fund tycoon Preston Vail, pulled the plug on it and every one of its sister sites out of sheer pique at the employees who dared to organize; but then, this spring, a group of public radio stations said they would bring the site back, with money from an unnamed benefactor and help from the original founders.",
             "To keep it running once it relaunches, the nonprofits behind Harborist have opened a Kickstarter, aiming for $80K, and pledges are tax-deductible.",
             "Fittingly, the backer rewards are mostly token gestures, since nearly all the money is set aside for reporting; still, $20 gets you a sticker sheet, $60 gets you the obligatory tote, $100 gets you a beanie, and $200 gets you a signed poster. At the $8,000 tier, you get to go for karaoke night with Harborist's founders.",
             "It's straightforward: every dollar raised through this Kickstarter goes to Harborist. The first $80,000 will relaunch the site and bring back our daily email. It will also let us save the Harborist and Tidewire archives. But that's only the start. The more we raise, the more we can do for you.",
             "If we raise another $80,000, we'll be able to do even more. With your help, we can bring back more of the \"Weekend Picks\" guides, more gorgeous waterfront photography, more on the ferry mess that is wrecking everyone's commute, and dig up more of the city's hidden history and glorious oddness.",
             "A secret rooftop concert above a shuttered cannery on the east waterfront. (Lena Voss / Harborist)",
             "A secret rooftop concert above a shuttered cannery on the east waterfront. (Lena Voss / Harborist)",
             "Reporting made in this city, about this city, has never mattered more than right now—and you can help bring it home.",
             "Revive Harborist [Harborist/Ki",
         ]),
    _neg("b97-adtradeweekly-harborist-kickstarter-returns-neg",
         "Invented; modelled on MediaPost (trade story on a local site's return after a Kickstarter campaign, cut mid-word)", "en", [
             "'Harborist' Comes Back Thanks To Kickstarter Backers",
             "“Well, Hello Again,” read the headline that announced the return of local news site Harborist late last week, after its former owner, hedge-fund investor Preston Vail, closed it, together with its sister blogs and Tidewire, following the staff's union vote.",
             "Vail had called it a money-losing operation.",
             "Shortly after Harborist went dark, the city's public radio station WBHR said that, with help from a pair of anonymous backers, Harborist and two sister sites would be revived and folded into public radio newsrooms in their home cities.",
             "To help pay for the comeback, Harborist launched a Kickstarter campaign called Revive Harborist, aiming for $80,000. As of Tuesday, backers had pledged almost twice that, at $152,340.",
             "Membership schemes and paywalls are popping up all over, as publishers try to work out how to stay afloat online. Often, those new income streams are providing genuine lifelines. They also remind audiences that local reporting matters and has to be paid for.",
             "Harborist was among the first blogs covering everyday life in the city. (The link above goes to a slideshow from blogging's early years and an oral history of the site's founding.) Because nothing else quite like it existed at launch, the site built a devoted audience that leaned on it for everything from neighborhood crime reports to pieces such as “Nine More Harbor Moods That Need Their Own Portuguese Word.”",
             "The Kickstarter's success and WBHR's backing show how much readers trust the site and how badly today's local news scene needs its voice.",
             "Speaking with reporters this week, a senior executive at a major search company floated the idea of supporting news outlets with public money, the way some countries fund public broadcasters. It came in response to questions about whether the company should pay for the articles it surfaces.",
             "The notion tha",
         ]),
    _neg("b97-wnmi6-communityfoundation-tailgate-fundraiser-neg",
         "Invented; modelled on WJMN Local 3 (TV news item on a community foundation's fundraiser with goal, ticket price and 'click here' to donate)", "en", [
             "ESCANABA, Mich. (WNMI) – The Bay de Noc Community Foundation (BNCF) is holding its yearly Harvest Block Party fundraiser on Saturday.",
             "Expect a relaxed, festive night of music, food, a silent auction and more. The foundation's goal is $12,000.",
             "“It's a great night that really celebrates everything we love about living in Delta County. And the music, which is honestly the highlight, comes from our local schools,” said Renee LaFave, executive director of BNCF. “We've got the school jazz bands playing together. Plus the dance teams put on a show. They do the school songs. It's really a big party for the whole community and we've got roughly $8,000 in prizes going back out to local people. “",
             "Every dollar raised will support the foundation's small-grants program.",
             "“The foundation simply wouldn't be here without the people of this county. Right now we oversee about $11 million in assets and 110 funds. Without the community giving, none of that would happen. Each year we return close to $400,000 to local causes. So we're a big part of giving in Delta County and we're grateful for every bit of support,” said LaFave.",
             "The Harvest Block Party takes place at the Lakeview Pavilion in Escanaba on Saturday, September 25. Doors open at 6 p.m. Eastern Time. Tickets cost $40 and must be bought in advance. To buy tickets or give to BNCF, click here.",
         ]),
]


BATCH97_DOCUMENTS = PROBE77_APPEALS + PROBE77_NEGATIVES
