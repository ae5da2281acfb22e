"""Batch 128: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

19 documents (9 appeal, 10 negative; EN): our own paraphrases of every document of the local-only real
probe 108 (19 documents). Each keeps the real page's structure (a clean-energy news-brief digest with
"Label: item—source." lines, a reporter's first-person pitch with link words glued together, a blog's
live relay of a capitol protest with glued sentences, an email newsletter with its greeting, sign-off,
capitalised section heads and a cut final heading, a newsroom's nonprofit-conversion letter cut at a
lone "Become", a progressive community site's membership box above a cut essay, a podcast show page
with a dash-bulleted story list and its channel/follow/listen lines, a publisher's open letter cut
mid-word, a food editor's newsletter repost with "On ..."/"Off ..." heads, "•" bullets, an empty "[]"
credit and a cut bullet) and exactly what the real gold marks: a "you're subscribed, adjust your
settings" form message as the last line; a sign-up-for-email-or-follow-us line under a headline and a
"consider donating here and share it" sentence at the end of the intro paragraph; a blog's once-a-year
support plea as its first paragraph (sentences glued) and its closing two-paragraph tip-jar plea; a
newsletter's "we're launching a separate daily newsletter, sign up here" paragraph plus the first
sentence of the next line ("pass it along"), and a mid-page "is this working for you? sign up" line; a
newsroom's closing "here's what we need: donations, become a member, become..." block; a membership
program box at the top and the cut membership pitch at the end; a podcast's "available on ..., subscribe
in your podcast player" lines (after the first sentence) and the "subscribe to our channel / follow /
listen & subscribe" lines (the "share your thoughts" and tips-email lines stay text); the publisher's
last sentence, a direct plea to readers for help cut mid-word; a "this post first appeared in
the editor's newsletter ... subscribe now" line. Negatives keep what makes the real ones hard: a
publisher's layoff letter thanking readers for their support, a trade blog quoting a paper's combined
weekend edition with single-copy prices, a print-frequency cut with subscription extensions, a blog
jab at a paper's print schedule, an editor's "becoming more local" teaser about cost trims, a blogger
relaying another group's petition call ("will you join them, by clicking here?"), a blogger urging
readers to give to another site's fund drive for a writer, a founder's anniversary essay cut mid-word,
a weekly sold through an essay contest and then crowdfunding, a developer's report on a public radio
pledge drive with its goal and member gifts.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches each text is taken as it stands,
every gold appeal substring is located in it (asserted unique), and the batch is written as an
unseen- fixture (no rule is fitted to it).
"""


from whole_documents import _doc, _neg


# --- Probe 108: appeal documents ----------------------------------------------------------------

_VOLTLINE_FORM = "You're on the list! Whenever you want, you can change your preferences"

_GREENCIRCUIT_SIGNUP = "Get GreenCircuit's morning headlines by email every day. Or add us to your Google News feed!"

_GREENCIRCUIT_DONATE = (
    "If this kind of work matters to you, please think about chipping in to fund it here and pass "
    "it around on your social feeds!"
)

_BACKPORCH_ONCE = (
    "Right, so one time each year we come to you and ask for a hand keeping this place going.Your "
    "gifts, plus the handful of ads that trickle in, are the only money this blog ever sees; no media "
    "company owns us and none of us has a cushy cable-news contract paying the rent while we deliver "
    "the very best in partisan griping, rusty pickup trucks, small signs that people are decent after "
    "all, and now and then the sort of reporting that rattles the windows of the statehouse."
)

_BACKPORCH_TIPJAR = "\n".join([
    "What you give lets us chase down whatever story lands in our laps and stay on it for as long as it takes. The teachers' sit-in, last fall's recount, the Gulf Shore cleanup. It covers the server bill and the electric bill. It pays for things like the holiday toy drive, the turtle-nest adoptions, the scholarship for the kid from the county paper. We do that stuff because over the past eight years (eight! how?) this blog has turned into somewhere you come not only to read about what's gone wrong out there, but to figure out what to do about it. You make that happen, every single day, with every comment and every link, and we can't tell you how much it matters. Same goes for your money.",
    "If you're able, drop something in the tip jar during this week's push for Back Porch Politics. Last year when we made our target, we showed youWendell in a full mariachi costume. This year's reward is going to be even more ridiculous. And thanks ahead of time, for making this place what it is.",
])

_INBOUND_TOP = "\n".join([
    "That's why we're spinning it off into a separate daily newsletter. Sign up here and it'll land in your inbox each morning — we'll also send you the first few issues automatically so you can decide whether it's for you.",
    "If it helps you, please forward it to friends and relatives who could use it too.",
])

_INBOUND_MID = "Finding this helpful? Subscribe to The Wildfire Briefing for the newest updates on the fires."

_HARBORLEDGER_NEEDS = "\n".join([
    "The change makes our reporting stronger day in and day out, but it also means the money that keeps us running now has to come from you: readers, local businesses, philanthropic funders, everyone who has a stake in this city.",
    "So that we can keep at it, this is what we're asking for:",
    "Gifts. Whatever you can spare makes a difference. If you are able to do more, there are several giving tiers, with perks like a behind-the-scenes visit to our newsroom and funding memberships for neighbors who couldn't otherwise pay. Every dollar you give goes straight into reporting. (A note: our tax-exempt application is still under review, but every gift will count as deductible after the fact once it is granted.)",
    "Join as a member. If you haven't signed up yet, membership is the simplest way to back us and keep up with the news. Plans begin at just $6 a month when billed yearly.",
    "Become",
])

_REDKETTLE_BOX = "\n".join([
    "Introducing Red Kettle’s NEW",
    "Yearly Member Circle",
    "Back our work and have a say in where Red Kettle goes next by making a yearly member gift.",
])

_REDKETTLE_PITCH = "\n".join([
    "The same thing happens right here at Red Kettle. Folks from every background and every kind of life show up daily to argue, organize, teach, plan, or just blow off some steam at the powers that be. They come for a cause, a conviction, a shared set of values. And they want to belong to a bigger circle of people who think the way they do.",
    "What we saw in Harlow plays out on this site every single day. And there's a part for everyone, a way to dig in deeper with the rest of us. When you join Red Kettle as a member you get not just reduced prices for progressive conferences and gatherings, but chances to",
])

_AMPSTREET_PODCAST = "\n".join([
    "Charge Up can be heard right now on Apple Podcasts, Spotify, Pocket Casts and through our RSS feed for Castro and any other podcast app.",
    "Charge Up drops fresh episodes Monday through Thursday, plus a bonus one on Saturday. Follow the show in Apple Podcasts or whichever podcast app you like so each new episode shows up the moment it goes live.",
])

_AMPSTREET_CHANNEL = "\n".join([
    "Subscribe to the Amp Street Daily channel on YouTube and catch every episode",
    "Follow Danika:",
    "Tune In & Subscribe:",
])

_LAKESHORE_PLEA = "Today I am turning to you, our readers, and asking for your suppo"

_FORKFUL_REPOST = (
    "This piece was first sent out on June 8, 2019, in Rosalind Achebe’s newsletter “Plate Notes,” a "
    "weekly digest of the food world’s most important headlines and reads. Browse past issues and sign up today."
)


PROBE108_APPEALS = [
    _doc("b128-voltline-morningshoot-end", "appeal", "end",
         "Invented; modelled on Gigaom (clean-energy news-brief digest ending in a subscribed form message)", "en", [
             "The Morning Shoot",
             "Solar Swap: In Madrid, Helios Capital said it will take over the 412 megawatt Sierra Alta solar cluster from a group of pension funds – Sun Power Wire.",
             "Barnyard Power: Dutch engineers are turning pig manure into heat for tomato greenhouses. A digester on the farm breaks the slurry down into biogas that fires a small boiler. Green power rarely smells like roses—Boerderij Tech.",
             "Cleaner Smokestacks: Norbeck Industrial disclosed a $640 million “emissions retrofit” deal with Coastal Generation to fit filters on its Delaware oil-burning units—Grid Insider.",
             "Agency Starts at Home: The Federal Energy Office wants to trim power use at its own buildings and test sites nationwide by 25 percent—statement.",
             "Voltara’s Pack Passes: The nickel-based battery module built for Voltara’s delivery vans has cleared a round of international crash and fire checks —statement.",
             _VOLTLINE_FORM,
         ], appeals=[_VOLTLINE_FORM]),
    _doc("b128-greencircuit-roadtrip-reporting-top", "appeal", "top",
         "Invented; modelled on CleanTechnica (reporter's pitch: email/Google News line under the headline, donate sentence in the intro)", "en", [
             "Help Me Put More “Miles On The Odometer” For Clean Energy Reporting",
             _GREENCIRCUIT_SIGNUP,
             "In this post, I want to tell you about a plan I’ve been putting together that could make my clean energy reporting fairer and deeper. Everything is laid out below. " + _GREENCIRCUIT_DONATE,
             "The Stories Nobody Drives Out To See",
             "If you read my pieces here at GreenCircuit, you have likely spotted a blend of hands-on reviews and travel diaries alongside pieces that clearly started life somewhere online. Posts from social networks, owners' message boards, and company announcements often carry something worth knowing, but I suspect you sometimes wish we'd hit the road more, see things with our own eyes, and bring back reporting of our own to go with the bare facts.",
             "Unfortunately, money is the reason a lot of great clean energy stories slip away without the attention they've earned. Quite often, fuel, motel rooms, and meals out for several days in a row add up to far more than a story will ever bring in through ad revenue and freelance rates (and quicker options like flying are even further out of reach). The result is that large firms with budgets to fly reporters in and put them up for a launch event get the deep coverage. Nearly everything else has to be reported from a distance, by firing off an email, setting up a phone interview (which can eat up whole afternoons), or perhaps sitting in on a video call.",
             "Even so, I make every effort to do firsthand reporting whenever it's practical. During a long drive last spring, I tested a new solar carporttried a portable home batterychecked out Voltgrid’s latest fast chargersput a set of winter tires through their paces, and found out something about towing that could prevent crashes.",
         ], appeals=[_GREENCIRCUIT_SIGNUP, _GREENCIRCUIT_DONATE]),
    _doc("b128-backporchpolitics-capitol-relay-tipjar-top-end", "appeal", "top+end",
         "Invented; modelled on First Draft (blog post: once-a-year support plea first, live protest relay, tip-jar plea at the end)", "en", [
             _BACKPORCH_ONCE,
             "Rook talked to the head of security (she wasn't sure which agency and the audio was rough but I'm guessing the statehouse troopers) who told her nobody is looking to haul people off. The building has been locked for forty minutes or so, and everyone seems keen to keep it from getting ugly.",
             "Overall it's tense in there, but not because anybody in uniform is getting rough. Mostly it's that nobody has a clue what comes next.",
             "Around 7,500 people were watching her feed before it dropped roughly a quarter hour ago.",
             "Will post more when she sends it.",
         ] + _BACKPORCH_TIPJAR.split("\n"), appeals=[_BACKPORCH_ONCE, _BACKPORCH_TIPJAR]),
    _doc("b128-signaldaily-inbound-wildfire-top-middle", "appeal", "top+middle",
         "Invented; modelled on BuzzFeed News (Incoming newsletter: spin-off newsletter sign-up paragraph at the top, sign-up line mid-issue)", "en", [
             "GOOD MORNING, INBOUND READERS",
             "Hope things are calm where you are.",
             "All this week we've been tucking a daily wildfire briefing into the newsletter, and inviting you to tell us what you want explained and what's keeping you up at night. The responses — well over two hundred of them — tell us plenty of you want to keep close tabs on this.",
             _INBOUND_TOP + " Okay, on with the show!",
             "Keep the windows shut and the masks handy, Priya",
             "Much is still unclear about the fires burning across the western states. This newsletter will try to gather everything that is known into a single spot every day.",
             "WILDFIRES IN THE WEST",
             "As of Tuesday morning, 41 large fires were burning across nine states, and 3 firefighters had died. Those figures were correct at the moment we hit send; our live map has the newest numbers.",
             "A fast-moving blaze in southern Oregon",
             "On Thursday, the Medford Courier reported that the county's evacuation text alerts were reaching only some residents. We dug in over the weekend and found that the state's emergency office had admitted the alert system was failing and that, in a highly unusual step, two counties were building warning lists of their own.",
             "On Sunday, Governor Elena Whitcomb ordered every state forest in the region closed to visitors; campers who arrived in the past 10 days have until Wednesday to leave. Overnight, a “Go Now” evacuation order went out for parts of Jackson and Josephine counties where the flames are moving fastest; an earlier warning for the coast range still stands.",
             _INBOUND_MID,
             "WHAT WE'RE READING AND LISTENING TO",
             "Getting ready for a",
         ], appeals=[_INBOUND_TOP, _INBOUND_MID]),
    _doc("b128-harborcityledger-nonprofit-needs-end", "appeal", "end",
         "Invented; modelled on Long Beach Post (newsroom's nonprofit-conversion letter ending in a cut 'what we need' list)", "en", [
             "At bottom, reporters are optimists.",
             "We think our stories make things change. They hold the powerful to their word. They knit a town together. They give people a way to speak up and be listened to.",
             "Our reporting has made Harbor City a better place, and that makes it, plainly, a service to the public.",
             "Today, in a sweeping change to how we operate, the Harbor City Ledger and the Harbor City Business Weekly have restructured around that core purpose.",
             "After decades under commercial owners, both papers are now charities housed in a new nonprofit, the Harbor City News Trust.",
             "We have cut all ties with our previous owner, a holding company named Tidewater Regional Media, which belongs to the private equity group Anchorpoint.",
             "It is a big shift: For the first time ever, we answer only to the readers we cover. A board of Harbor City residents now oversees us: Chair Lena Ortiz, a neighborhood lawyer; Treasurer Paul Okonkwo, who runs the Eastside Family Center; and Secretary Ruth Hallam, a media studies lecturer at Harbor City College.",
         ] + _HARBORLEDGER_NEEDS.split("\n"), appeals=[_HARBORLEDGER_NEEDS]),
    _doc("b128-redkettle-harlow-sitin-membership-top-end", "appeal", "top+end",
         "Invented; modelled on Firedoglake (progressive community site: membership box at the top, cut membership pitch at the end)", "en", [
         ] + _REDKETTLE_BOX.split("\n") + [
             "On my trip to Harlow last month, I met folks from every corner of the state and every line of work. I met a retired nurse whose 97-year-old father told her to skip his birthday dinner and go stand in the capitol instead. I met a prison guard and Afghanistan veteran who only wanted to keep the bargaining rights he had enlisted to protect. I met one of the volunteers who kept the sound system running on the capitol lawn. Before all of it began, he was a marine biologist.",
             "Every one of them, and the tens of thousands who stood with them in Harlow, showed up for one goal – a goal they could not win on their own in the end, but one that will carry them through the court battles and elections still to come. By showing up side by side, they joined something larger than any of them. They launched a new coalition of students and unions, longtime organizers and first-timers, government employees and factory hands, a huge crowd of people demanding dignity and a fair shake. They know what they want and where they're headed, and their ranks grow every week. This movement will last because it doesn't rest on one leader – it rests on a conviction. A cause. Faith in a few simple rights and in fair treatment.",
         ] + _REDKETTLE_PITCH.split("\n"), appeals=[_REDKETTLE_BOX, _REDKETTLE_PITCH]),
    _doc("b128-ampstreet-chargeup-episode-top-end", "appeal", "top+end",
         "Invented; modelled on Electrek (podcast show page: where-to-listen lines at the top, channel/follow/listen lines after the story list)", "en", [
             "Hear a rundown of the day's biggest stories from Amp Street. " + _AMPSTREET_PODCAST,
             "What we cover on today's show (with links):",
             "- Rivian looks set to trim its staff again",
             "- Volvo's electric semi caught testing on a snowed-in mountain pass",
             "- A Cruise driverless car clipped a scooter rider in Austin – what we know",
             "- Audi unveils a stunning electric Avant wagon, but it won't be sold in America",
             "- GM is assembling a skunkworks team to design a budget EV that can take on BYD",
             "- Xpeng signs an agreement with a local dealer group to sell its cars in Brazil, eyes the rest of Latin America",
             "- The Chevy Malibu is ending production, and thousands of workers will be laid off",
             "- Lucid's rumored compact SUV turns up in a supplier's parts catalog",
         ] + _AMPSTREET_CHANNEL.split("\n") + [
             "Tell us what you think!",
             "Send us a note at tips@ampstreet.example.com. You can also leave a rating in Apple Podcasts or give us a shout-out in Pocket Casts so more listeners can find the show!",
         ], appeals=[_AMPSTREET_PODCAST, _AMPSTREET_CHANNEL]),
    _doc("b128-lakeshorespectrum-publisher-letter-end", "appeal", "end",
         "Invented; modelled on Bay Area Reporter (publisher's open letter on layoffs, direct plea cut mid-word at the end)", "en", [
             "A LETTER TO OUR COMMUNITY FROM THE PUBLISHER:",
             "To Our Readers & Advertisers,",
             "I trust that you and the people you love are well and staying safe right now. We have come through hard times before, and the only way through this one is side by side. For myself, our newsroom, and the 40-plus freelancers who have put the Lakeshore Spectrum in your hands and on your screens every day and every week for almost 45 years, THANK YOU for standing with us. Your loyalty matters more than ever as we face a health emergency unlike any before it and a future nobody can predict.",
             "Ever since I started as a copy editor at the Spectrum in 1992, I have seen earlier storms like the HIV crisis, the great flood of 1993, the terror attacks of 2001, the recession of 2008, and the steady shrinking of the newspaper business, and still, thanks to long hours and stubbornness, the Spectrum pulled through and has never skipped a single issue -- and I have no plans to start skipping now if there is anything I can do about it.",
             "With that in mind, I have been forced to make painful choices, letting staff go and cutting expenses as ad revenue suddenly fell off a cliff and conditions kept shifting. Our delivery routes now focus on the neighborhoods where you live. LakeshoreSpectrum.example.com will carry more stories online. By running a tighter ship, we hope to ride this out until late summer, when with luck the road ahead will look clearer. Like most small businesses, we are hanging on and hoping to reach calmer waters.",
             "We thank the advertisers who have promised to keep running their ads through these months. Neighborhood papers rely on ad sales to keep print and digital editions free for everyone. Businesses that advertise in the Spectrum want to reach and stand with the LGBTQ community, and our readers want to support businesses that value them in return. Those advertisers also back our community groups and nonprofits. " + _LAKESHORE_PLEA,
         ], appeals=[_LAKESHORE_PLEA]),
    _doc("b128-forkful-platenotes-boise-top", "appeal", "top",
         "Invented; modelled on Eater (editor's newsletter repost: 'first appeared in the newsletter, subscribe' line under the photo caption)", "en", [
             "Tell Me Where to Eat in Boise",
             "Plate Notes: The week in food news, in case you missed it",
             "A bowl of noodles topped with a glossy fried egg and chili oil. Little Kettle [Official]",
             _FORKFUL_REPOST,
             "I’m writing this from a 5:45 a.m. flight to Boise, where I plan to eat finger steaks, fry sauce, and, if I'm feeling brave, a huckleberry milkshake the size of my head. And maybe go look at some rivers and mountains. I very nearly booked this long weekend on top of a huge restaurant industry trade show — which would have been a blast but not the break I needed — so, close call. But if you're heading to that show next week, I'm happy to share my go-to places. Or just check out Forkful’s Guide to the Mountain West.",
             "There were more than enough hot takes on rooftop brunch and frozen negronis this week, so let's skip the preamble.",
             "On Forkful",
             "On The Show This Week",
             "On this week's episode, Marcus and I went through the biggest food headlines, including the boom in oat milk and the stock market debut of a plant-based chicken brand, the parade of snack companies chasing a superhero movie tie-in, a fast food chain's baffling new mascot, some very questionable serving boards, and more.",
             "Off Forkful",
             "• Denver’s dining critic finally said yes to tagging along with a chef on a sourcing trip. [The Denver Post]",
             "• A big round of applause to the team behind the new Washington Post section on aging parents. I particularly liked this piece reassuring readers that it’s completely fine to want to scream at your siblings, often, during the first months of caring for mom and dad. And perhaps after. (Not speaking from experience.) [WaPo]",
             "• Cannot stop reading this Slate deep dive into the miracle diet guy shouting at you from every sidebar ad. []",
             "• Marguerite Ols",
         ], appeals=[_FORKFUL_REPOST]),
]


# --- Probe 108: negatives -----------------------------------------------------------------------

PROBE108_NEGATIVES = [
    _neg("b128-riverbendcurrent-layoffs-letter-neg",
         "Invented; modelled on Baltimore Fishbowl (publisher's letter on staff layoffs with a thank-you and signature block)", "en", [
             "To Our Readers,",
             "These are times like no other, as the health crisis upends our daily lives, and Riverbend and the whole country confront once more the deep wounds of bigotry and injustice.",
             "Riverbend Current began in 2013 to offer a new kind of voice on all sorts of subjects – lighthearted and serious – that shape our city and the surrounding counties. That purpose is the same today, and we have been fortunate to do much of what we hoped. Over the last twelve months, we picked up our first honors in the Tri-State Press Club awards, ran our flagship reported series Hidden Riverbend, hosted our first live gathering, and reached a bigger audience than ever before.",
             "In spite of all that, we are up against serious pressures we cannot control, mostly due to the fallout from the pandemic. We depend largely on ad sales to pay our bills, and our advertisers have, quite reasonably, pulled back as their own companies tightened their belts. News organizations all over the country are in the same position.",
             "This steep fall in income has left us with hard choices. A few days ago, we made the painful decision to lay off both members of our editorial staff, senior editor Carla Mendes and staff writer Owen Pritchard, as of September 1.",
             "Carla and Owen both did outstanding work while at Riverbend Current, particularly in reporting on the pandemic under very difficult conditions, and their voices will be greatly missed.",
             "Riverbend Current will keep publishing with work from freelance contributors until business picks back up. We will take stock, sharpen our focus, and find the right way ahead.",
             "Thanks so much for standing by us these past several months.",
             "Helen Marsh Ortega",
             "Founder & Publisher",
             "Riverbend Current",
             "Helen Ortega",
             "Helen Marsh Ortega founded and publishes Riverbend Current.",
         ]),
    _neg("b128-inkwellnotes-sentinel-weekend-edition-neg",
         "Invented; modelled on Ed Padgett (newspaper-industry blog quoting a paper's combined edition and price rise, odd line wraps)", "en", [
             "The Marlow Valley Sentinel is going to put out a merged",
             "Saturday/Sunday printed paper, according to the Sentinel. The first merged edition arrives April 6.",
             "The",
             "daily will then hit doorsteps five days a week: Saturday/Sunday, and",
             "Tuesday through Friday.",
             "The change",
             "“came mostly from steep jumps in what we pay for paper during the last three",
             "years,” Denise Holloway, the Sentinel's publisher, told the paper. “What we pay for",
             "paper has climbed 31 percent in 20 months, across eight separate hikes.",
             "“We decided",
             "this made more sense than hitting our readers with a big price hike on",
             "their subscriptions,” she said.",
             "Newsstand",
             "prices on weekdays will go up to $1 a copy and $2 for the weekend paper, effective",
             "April 1.",
             "“Subscribers",
             "are getting every section and columnist they're used to in the merged",
             "Saturday/Sunday edition. They also keep unlimited access to our site, which",
             "will carry fresh news and death notices by 9 a.m. every Monday,” Holloway said.",
             "“We'll",
             "keep rolling out new offerings for readers and advertisers,” Holloway said. Last fall, the paper launched a twice-yearly",
             "regional home and garden magazine, Valley Living, she said. Next year, the paper",
             "hopes to hold its first reader expo for local families. It also intends to",
             "upgrade its apps and e-edition, she said.",
         ]),
    _neg("b128-prairieherald-print-frequency-neg",
         "Invented; modelled on Elwood Call-Leader (owner's notice cutting print days, subscriptions extended)", "en", [
             "We are announcing today that the Prairie Herald and the Cass County Courier will print less often.",
             "Right now, we put out two print editions each week, arriving on Mondays and Thursdays. Starting Tuesday, April 11 we will print a single edition weekly, arriving on Tuesdays. Because of this, subscribers will find their renewal dates pushed back.",
             "This shift does not mean readers will get any less local reporting from us. Rather, we are moving to a digital-first approach, posting stories online the moment they happen. We are simply printing fewer times a week and putting more of our energy into the web. The decision is driven by the financial and technological pressures that have made twice-a-week print editions harder and harder to sustain. Small-town papers all over the nation are dealing with the very same problem.",
             "Printing a newspaper has become vastly more expensive over the past several years, as the price of newsprint keeps going up. On top of that, mailing papers to subscribers has gotten pricier as well.",
             "Ridgeway Media Group is committed to keeping this community informed, but it has to happen in a way that works for the company and for the people who read us. Putting our focus on online delivery while keeping a dependable weekly print edition lets us keep moving through the shift to digital. Many of you have already gone digital in much of your daily life, and it is time for us to follow.",
         ]),
    _neg("b128-levee-and-lamppost-printschedule-neg",
         "Invented; modelled on Library Chronicles (short blog jab at a paper's print schedule, photo credit line with double space)", "en", [
             "Thursday, September 10, 2015",
             "Perhaps just print seven days a week again",
             "Boudreaux's corner store.  Photo via",
             "Here's the Item's brand-new Saints-season print days lineup.",
             "For a bold online-only news operation they certainly crank out plenty of paper. Nothing wrong with that, mind you.  But if you are going to break from the pack it would be nice not to also celebrate the very pack you are so obviously breaking from.",
         ]),
    _neg("b128-valleygazette-morelocal-column-neg",
         "Invented; modelled on Centre Daily Times (editor's teaser about cost trims and a coming initiative)", "en", [
             "Going even more local",
             "As with any company, we have to keep costs in check and adapt so we stay on solid footing.",
             "My column this week lays out what's ahead, and keep an eye out Sunday for a new neighborhood project I think many of you will love.",
             "When it comes to paper and budget cuts, every one is meant to protect and strengthen our hometown coverage. If anything, the changes will make us even more focused on home.",
             "I know change is hard for people who love their paper, but I promise to walk you through what's changing and why. Reach out to me anytime if something worries you.",
         ]),
    _neg("b128-libertyridge-wiretap-petition-relay-neg",
         "Invented; modelled on Free North Carolina (blog relaying another group's petition call with 'clicking here')", "en", [
             "Wednesday, March 16, 2011",
             "Wiretap Bill Stopped!",
             "WOW: The Senate just voted down the renewal of the bulk phone-records program. Nobody saw this coming, but over 48,000 Open Rights Network supporters signed a petition pressing senators to reject the renewal. And it's paying off! Will you add your name alongside theirs, by clicking here?",
             "The records program tramples on our basic freedoms: It allows federal agents to collect data on anyone they please, for whatever reason, without ever telling them or offering them any way to fight it before a judge.",
             "We have the momentum, but this isn't settled yet: Senate leaders will almost surely try to push the renewal through again, and the House is expected to take it up within days. Please help stop the renewal by clicking the link above!",
         ]),
    _neg("b128-rustbeltreader-keepwinslow-funddrive-neg",
         "Invented; modelled on Cujo359 (blogger urging readers to give to another site's fund drive for a writer)", "en", [
             "Saturday, May 16, 2009",
             "Keep Dana Winslow Digging",
             "Regular readers here probably know how much I admire the work of Dana Winslow, who writes as paperclip. Whether she's covering the Halvorsen perjury hearings, what the housing crash did to Toledo, or the government's secret detention sites, Dana has pieced things together in a way the rest of us can only envy. I've praised her more than once before:",
             "Paperclip, showing the kind of recall that makes the rest of us look hopelessly forgetful, sheds some light on Senator Bradley Voss:",
             "Deadlines And The Health of the American Press",
             "I keep reaching for words like \"tireless\" and \"essential\" when I talk about what she does. When it comes to tearing down the stage sets that politicians and their friends in the media build for your benefit, she's been a demolition team of one.",
             "If you don't make it over to The Lamp Post much (and honestly, who has time to keep up with all of it?) you may not know that they're holding a fund drive so Dana can go full time with two researchers. Obviously, I think a few dollars to keep her at it is money well spent.",
             "So head over there and chip in if you're able.",
         ]),
    _neg("b128-cumberlandopenpress-anniversary-essay-neg",
         "Invented; modelled on Hattiesburg Patriot (founder's anniversary essay with a subheading, cut mid-word)", "en", [
             "A Life I Never Planned and Wouldn't Trade: 18 Years of Independent Journalism in Kentucky",
             "This morning I woke up turning over in my head the often-bumpy and often-joyful ride of the last 18 years of independent journalism in Kentucky. Then a photo from 18 years back appeared in my social media memories, showing Delia Crowe, back then a bartender at the Blue Moth Tavern who would go on to be the Cumberland Open Press' first copy editor and is now a formidable Georgia historian focused on labor and civil rights. We had our arms around Tomas Reyes, then a reporter at the Herald-Sentinel who opened countless doors for me while we were launching the paper, and who today is a fearless national media critic and teacher in Chicago.",
             "We were all younger, our faces lit up with optimism and friendship. But every one of us was set on making Kentucky, and so the country, better through hard-nosed reporting, plain honesty and reckoning with our shared history. We still are.",
             "I did not help start the Cumberland Open Press 18 years ago, nor did Marcus Bell and I launch the Kentucky Open Press in 2019, to keep everybody of every party or persuasion happy at all times, and we don't. We built these newsrooms not just to report the unvarnished truth in Kentucky without softening blows that upset convenient storylines, but also to push other outlets to do likewise.",
             "Kentucky's press was dismal at that in 2004 and eaten up with what I've come to call trophy-chasing—the scramble to be the \"exclusive\" or the \"first\" or some other empty bragging right that means nothing to the people of Kentucky, only to the vanity of people in our business. And the campaigns to shut outlets like ours down are the stuff of local lore by now.",
             "Making The Right People Uncomfortable",
             "In 2004, we set out to build a truly independent press in Kentucky, one not indebted to advertisers and the usual power brokers who try to steer ev",
         ]),
    _neg("b128-newsroomtoolkit-weekly-essaycontest-crowdfunding-neg",
         "Invented; modelled on Digital Essentials for Journos (blog item on a weekly sold via essay contest, then crowdfunding)", "en", [
             "When the Millbrook Sentinel, a weekly in Maine, went up for sale, owner and editor Judith Harlan came up with a plan. Anyone could send in an essay, and the best one would win the paper. The catch was that too few people entered.",
             "Harlan had required at least 900 entries for the contest to go ahead. She had also asked for a $150 fee with every 500-word essay. Speaking to Nieman Lab, Harlan said “whoever wins walks away with a newspaper for 150 dollars, but I walk away with a lot more.”",
             "After the mailed-in essays fell short, Harlan switched to crowdfunding instead. According to Nieman Lab's story, raising money online suits the internet age better than an essay contest that demanded paper entries through the post.",
             "Crowdfunding has turned into a go-to method for raising money for civic-minded causes. The plan to rescue a small-town weekly this way has gone over far better with backers, and Harlan says essays and pledges toward ownership are still arriving!",
         ]),
    _neg("b128-loopandknot-publicradio-pledgedrive-neg",
         "Invented; modelled on Big Fractal Tangle (developer's blog on a client public radio station's pledge drive, ends with a colon)", "en", [
             "A community radio station is one of the clients we build software for. Last night, they wrapped up their twelve day fall fundraising week. In case you're not familiar with it, noncommercial radio and TV in the US hold on-air fund drives (typically a couple of times a year), interrupting their regular shows to ask listeners to call in and give. In exchange, those givers are counted as “members” of the station and usually get a mug or tote bag for their trouble. Together with foundation grants and corporate sponsorships, that's how these stations keep the lights on, because they run no commercials. That's right: broadcasting in America with zero ads.",
             "The drive went really well for them. They hit their $42,000 target last night, which is excellent for a fall drive, since folks usually have football and holidays on their minds around now. Lucky for them it's been a cold, gray month. For the whole drive, I've been on standby, since we rolled out a big batch of updates to the donation software we wrote for them not long ago. I've spent nearly all of the last twelve days showing people the ropes and squashing bugs. It's a hectic stretch for everybody.",
             "Most of the hours I put in lately have been unpaid, just like plenty of other people who staff the phones, pitch in, and talk up the station during fundraising breaks. The on-air hosts are unpaid too, so the great music and shows we enjoy year round are really a passion project for a few dozen people.",
             "And if you believe American music is nothing but shiny junk with no heart, tune in to their online stream, especially between 2 and 5 PT, or from 8 PM to midnight PT. Nearly everything they play is great stuff you likely won't catch anywhere else.",
             "If you tune in, drop them a note to tell the station where in the world you're listening. They keep a map with pins for every listener:",
         ]),
]


BATCH128_DOCUMENTS = PROBE108_APPEALS + PROBE108_NEGATIVES
