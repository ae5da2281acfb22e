"""Batch 112: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (12 appeal, 12 negative; all EN): our own paraphrases of every document of the
local-only real probe 92 (24 documents). Each keeps the real page's structure (line for line, with
headlines, deks, bylines and datelines, a bare county-and-date dateline line, a letter's
salutation and signature, a stock-photo caption line with agency credit, an emoji-bulleted recap entry
ending in a bracketed source tag, a thread of posts each ending in a truncated link "…", a photo
caption with a photographer credit, an "Article Author" box, a newsletter sign-up widget with its
"Email (required)" / "Sign Up" / reCAPTCHA lines, an email-mirror page flattened into one line with a
glued "View on Bluesky" embed, a numbered five-question Q&A with byline, a price table whose columns
are glued together, giving-day tallies in a semicolon list, a photo-credit line ending in "|", cut-off
endings mid-word) and exactly what the real gold marks: a one-line monthly-donor plea at the top of a
newsletter; a four-line paid-membership discount block (headline, dek, two paragraphs) at the top of
a Substack post; a one-sentence "supported by paid subscribers, become one" line glued to the start of
a one-line mirrored post; a matched-donation project appeal in three places (a two-line header, a
three-line middle block whose first line ends on a dangling "at", a closing line); a birthday letter's
last paragraph asking for help, cut mid-word; a top slogan line plus a six-paragraph member drive at
the end of an editorial; a one-line "please consider subscribing" aside in the middle of a recap;
a long plug for the author's companion newsletter (with an interview list and sign-up instruction)
before the sign-off; a two-line reader-support and match-drive block inside a thread; a subscriber
drive sentence ending on a dangling "at the" plus a podcast "find us, like us" paragraph; a section
newsletter sign-up widget mid-article; a top slogan plus a retired staffer's sustainer plea that runs
into a dialect quotation cut mid-sentence. Negatives keep what makes the real ones hard: a mutual-aid
group said to be fundraising and asking for winter supplies, a burned-out family helped by donated
goods and a cash jar, a fire fundraiser's total and donated items, a letter to the editor urging a
food-bank drive, campaign-finance tallies of contributions, a shelter short on donated supplies, a TV
item asking viewers to donate pet food, a Giving Tuesday item quoting a charity's plea, giving-day
totals by campaign, a memorial tournament Q&A with a way to donate, a paper's own
subscription price rise, an outlet's anniversary note citing its paying subscribers.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text by
/work/s21/check_para.py). The modelled real outlet is noted in each outlet field. Like the earlier
batches, each text is taken as it stands and every gold appeal substring is located in it (asserted
unique).
"""


from whole_documents import _doc, _neg


# --- Probe 92: appeal documents -----------------------------------------------------------------

_BAYOU_DONOR = (
    "Our reporting digs where others won't, and it can't happen without you. Become part of our "
    "circle by giving every month!"
)

_PLAINSENSE_SALE = "\n".join([
    "Take 35% off through the holidays",
    "Why the practical middle deserves a comeback, plus our deepest price cut of the season",
    "A couple of times a year we like to say hello to everyone who has signed up for the free list and invite you to try a full year of paid membership at 35 percent below the usual rate. We're hoping, naturally, that you'll find it worth keeping.",
    "I happen to believe what we publish earns your attention (and your dollars), but I also know you have no shortage of other places to put that attention (and those dollars). Still, my sense is that people who become Plain Sense members do it less for the posts themselves than because they think the arguments deserve backing.",
])

_OPENLEDGER_PAID = "Open Ledger runs on support from paying readers. Join them ⬇️"

_VDR_HEADER = "\n".join([
    "Back our investigative reporting",
    "Chip in to VD&R's Farmworker Housing Project and your gift will be doubled, dollar for dollar:",
])

_VDR_MIDDLE = "\n".join([
    "Questions like these are the reason VD&R just started the Farmworker Housing Project at",
    "Give to the project over the next few weeks and the Larkspur Fund will double your gift, dollar for dollar.",
    "And if we hit our $15,000 target, you'll get a run of cover stories and news pieces, plus partnerships with newsrooms up and down the valley, digging into camp inspections, evictions and rent. We'll also pay a local filmmaker to produce a short documentary on how farmworker families live.",
])

_VDR_CLOSE = (
    "Still, plenty of digging remains. Make it happen by giving to the Farmworker Housing Project "
    "now. We're grateful for your help!"
)

_RIDGELINE_ASK = (
    "We understand money is tight across the county right now, but we can't do this without your "
    "help! Readers like you are what keep this essential reporting go"
)

_LAKEFRONT_SLOGAN = "We're all in on Port Halden's future. Are you?"

_LAKEFRONT_MEMBERS = "\n".join([
    "With your help we aim to put more reporters on the street. Whether it's a late-night budget vote at City Hall, a new mural on Harbor Avenue or a new taco window in Eastgate, we'll be there.",
    "We're dedicated to covering the neighbors who organize to improve their blocks and the demonstrators pushing for fair treatment. We're dedicated to covering the arts, particularly while so many of the city's galleries and theaters struggle to recover from the lost season.",
    "Nobody knows exactly where Port Halden goes next. But in the years since the mill closures and our launch, we've watched a fresh sense of local pride and a roll-up-your-sleeves spirit take hold in the Harbor City.",
    "Part of that is your backing of our work. Every membership dollar goes straight to paying the reporters who cover the city you care about.",
    "In short, a bigger membership adds up to more stories about the people getting things done.",
    "Help us tell Port Halden's story. Help us tell yours. Join as a member.",
])

_LOOSETHREAD_ASK = (
    "Quick reminder: this is the part where I ask you to think about subscribing to TLT. Appreciate it!"
)

_WEATHERVANE_PLUG = "\n".join([
    "All the same, it feels like a good moment to put in a word for The Long View. As the title hints, it pairs nicely with a subscription to The Weathervane. Over there, I dig further into the day's news and cover what the big networks tend to skip. At The Long View, we step back and take in, yes, the long view. Along those lines we talk with some of the sharpest thinkers around on the questions that matter most:",
    "Marisa Obuya on rising seas and insurance",
    "Prof. Daniel Hartwell on the senator's growing habit of ignoring court orders",
    "Lena Vosberg on how democracies slide into one-party rule",
    "Tobias Greer on what disabled voters wish candidates understood; and most recently",
    "Anika Solheim on the Heritage Blueprint.",
    "Beyond that, my colleagues and I write essays that explain, dissect and push back on the politics and culture around us. And every Saturday we send a Good News Roundup as our thanks to paid subscribers. It's a tally of the wins and milestones we really can and ought to cheer, as a break from the steady diet of dread the press serves up.",
    "My essay later today is titled Bracing for the Jury. It looks at how Senator Hollis Crane and his backers are already working to discredit a conviction that looks more and more likely from the Riverside County jury, and what Judge Abernathy is likely to do at sentencing if it comes to that. Subscribe to The Long View using the box below, and the essay will land in your inbox at about 10am Eastern:",
    "The Long View costs nothing to read, because protecting our democracy and growing a well-informed, engaged community matters more to us than anything. Still, we deeply value the readers who choose to pay, since they are the ones who keep us going!",
])

_TALLY_MATCH = "\n".join([
    "None of this reporting happens without our readers. We make it on a tiny budget.",
    "It's the last week of our year-end match campaign, and we're still short of the target. Give to The Tally today at $7 a month and your donation will be multiplied 10x:",
])

_STREETGRID_DRIVE = (
    "This is also the season for The Streetgrid's Spring Membership Drive. If you like this show or the "
    "journalism and advocacy we produce, we'd be grateful if you became a member. You'll find the "
    "details at the"
)

_STREETGRID_PODCAST = (
    "The Streetgrid podcast is available on Apple Podcasts, Pocket Casts, and most other apps. And if "
    "the show is working for you, please leave a rating or a “thumbs up” wherever you listen. It's one "
    "of the easiest ways to help new listeners find us."
)

_MERIDIAN_SIGNUP = "\n".join([
    "Next Horizon",
    "Dig into the hardest, messiest global problems and the smartest ways to fix them. Arrives twice weekly. Email (required)",
    "Sign Up",
    "By entering your email, you accept our Terms of Use and Privacy Notice . This form is guarded by reCAPTCHA, and Google's Privacy Policy and its Terms of Service apply.",
])

_TORCH_SLOGAN = "The Workers' Torch belongs to you — take hold of it!"

_TORCH_SUSTAINER = "\n".join([
    "The Workers' Torch has always depended on its readers, and it still does, so here's my question for you: Will you help fund our work? Lots of our supporters give a little each month, and it adds up fast! I live on a fixed income in a senior apartment building these days, yet fitting a small monthly gift into my budget was easy. I'd like every reader to do the same!",
    "When you back The Workers' Torch you stand alongside many thousands of readers each day who count on its reporting and analysis, which matter now more than they ever have.",
    "To borrow the words of Mae Doyle in The Long Furrow:",
    "“Don't you fret, we'll be round — every place you turn. Any place folks is standin' up for a fair day's pay, we'll be standin' with 'em. Any place a boss is cheatin' a widow out her wages, we'll be there. We'll be in the singin' when the mill lets out an' the young'uns come runnin' home. An' when the field hands sit down to the bread they grew an'",
])


PROBE92_APPEALS = [
    _doc("b112-bayoucurrent-coastal-marches-top", "appeal", "top",
         "Invented; modelled on Southerly (environmental newsletter, one-line monthly-donor plea at the top)", "en", [
             _BAYOU_DONOR,
             "Lorraine Batiste, who leads the coastal health working group of the Gulf Parishes Alliance, has lived most of her life in Pass Marigold, Louisiana. She first learned organizing as a teenager handing out voter guides in Opelousas, the town where she was raised. “Back then we were marching to get into the very parks and marshes that conservation groups were trying to fence off,” she said. “Nobody in my neighborhood had time to worry about rare birds. We were the ones nobody was protecting.”",
             "On Saturday, she helped lead a march against a planned grain terminal in Pass Marigold. A few miles east, in Port Lavelle, longtime residents gathered last week on the same seawall where, in the early 1960s, families who tried to swim at a whites-only beach were chased off by a crowd while deputies looked on.",
             "From Baton Rouge, our reporter Dominic Ferrante covered these gatherings and several others across the Gulf South this week, and found that many are happening in places already living with refinery flares, dust and tainted water. Here is a passage:",
             "\"In Bellechasse, residents are suing the owners of a closed fertilizer plant over the residue it left in their gardens. Along the Chemical Corridor — an eighty-mile run of river towns between Port Lavelle and the state capital where tank farms sit beside mostly Black neighborhoods — dirty air has been tied to higher rates of asthma and heart disease. As warmer seas feed stronger hurricanes, those same neighborhoods usually take the hardest hit. In city after city, they flood first because they were built on the lowest ground, and the recovery programs meant to help families rebuild too often leave them waiting.\"",
             "Read the full piece.",
         ], appeals=[_BAYOU_DONOR]),
    _doc("b112-plainsense-centrist-revival-discount-top", "appeal", "top",
         "Invented; modelled on Slow Boring (Substack post opening with a paid-membership discount block)", "en", [
             _PLAINSENSE_SALE,
             "So what are those arguments?",
             "The one on my mind most this month is that the country badly needs a two-track renewal of moderate liberal politics — two separate jobs that nonetheless strengthen each other.",
             "The first job is governing well where Democrats already hold power: getting public schools to focus on fundamentals like reading and arithmetic instead of culture-war fights, letting far more homes get built, and backing firearm rules with actual enforcement by police and prosecutors. The coastal states are wealthier than the interior ones — on most yardsticks they are among the wealthiest places anywhere — and on some outcomes, like how long people live, they pull clearly ahead. Yet people keep leaving them, and for all the talk of progressive values, it is far from obvious that their transit, schools and clinics actually work better.",
             "The second job is winning where Democrats currently lose. Every district has a voter in the middle, and still hard-right candidates keep cruising to victory across enormous stretches of the map. It isn't only a matter of the party failing to show up and compete (though that certainly happens now and then).",
         ], appeals=[_PLAINSENSE_SALE]),
    _doc("b112-openledger-library-pavilion-top", "appeal", "top",
         "Invented; modelled on Public Notice (newsletter flattened to one line on an email mirror, paid-subscriber line glued to the start)", "en", [
             _OPENLEDGER_PAID + " For decades, the governor's party insisted that state budgets were a black box, that taxpayers' money vanished into mysterious accounts, and that the capitol surely didn't need every cent it collected. It was mostly theater … until this spring. Now, the state treasury is Governor Wade Harlan's personal piggy bank, and he spends it however he pleases. The capitol is Harlan's personal clubhouse, and he remodels it however he pleases. That's how monarchs operate. And it is every bit as corrosive to self-government as his steady grab for emergency powers. Harlan kicked off Monday by announcing, all on his own, that the historic reading room of the state library would be gutted to make way for a $180 million marble banquet pavilion bankrolled by corporations hoping to win his favor. No, there was no building permit. No, there was no hearing. No, nobody filed drawings with the Capitol Preservation Board. Why would he bother? the view from the library steps about twenty minutes ago Tue, 14 Apr 2026 09:12:44 GMT View on BlueskyHarlan doesn't think of the capitol as belonging to the public. He thinks of it as belonging to him. Sure, back in January he promised the pavilion would sit beside the library and leave the old building untouched. Then he changed course, and apparently that's fine because, as his press office told the Ridgeline Post, “the footprint and design of the pavilion were always expected to evolve over time.” Ah, of course. No drawings, no process, just a mood. Harlan wants to knock down a century-old reading room? Wonderful. The budget has jumped from $120 million to $180 million before a single beam went up and without anyone seeing a blueprint? Totally normal. It was supposed to seat 400 guests, but as of Thursday, it's apparently closer to 700?",
         ], appeals=[_OPENLEDGER_PAID]),
    _doc("b112-valleydispatch-farmworker-housing-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on Sacramento News & Review (matched-donation project appeal as header, mid-article block ending on a dangling link word, and closing line)", "en", [
             _VDR_HEADER,
             "A farmworker family in Marlow is told to leave a converted chicken shed they've rented for three years—after they ask the owner to fix the wiring. They sleep in their pickup for a week, their two kids missing school while a cousin searches for a room in town.",
             "A grower on the west side of the county is cited for housing twenty pickers in a single trailer with no working toilet. The county fines him $400, the crews move to another camp down the road, and within a month the trailer is full again.",
             "These things aren't supposed to happen under state law. Who is inspecting labor camps in Dorado County? Are code officers looking the other way when growers cut corners? And what does substandard housing do to the health of the families who pick our crops?",
             _VDR_MIDDLE,
             "Last month, VD&R reporter Nadia Okonkwo-Reyes began looking into the county code office's thin record on labor-camp inspections (see “Paper inspections,” VD&R Cover Story, September 22, at:",
             _VDR_CLOSE,
         ], appeals=[_VDR_HEADER, _VDR_MIDDLE, _VDR_CLOSE]),
    _doc("b112-ridgelinecourier-fifth-birthday-letter-end", "appeal", "end",
         "Invented; modelled on The Mendocino Voice (birthday letter to readers, closing help request cut mid-word)", "en", [
             "TAMARACK Co., 11/14/23",
             "Dear readers,",
             "We have a birthday coming up this autumn: five years and counting!",
             "We launched The Ridgeline Courier in the autumn of 2018 convinced that a small, independent, nonprofit newsroom could cover our corner of the mountains well — and privately we figured we might last a year. We had plenty of ambition and no business training whatsoever. What we did know was that people in Tamarack County, from the river towns to the county seat, deserved local reporting they could trust and actually get to, and here we are five years later.",
             "Most weeks we're too deep in the news to stop and say thank you for reading, donating and sticking with us, but this time we wanted to pause, look back at what we've done and give credit to the readers and local businesses who make it possible. Since we launched, we've published over 3,200 stories and gone from two unpaid founders to five paid staff members, which we never dreamed of at the start.,None of it happens without you.",
             "This year, we kept up our forestry and water reporting thanks to our fellowship reporter Owen Marsh, the only journalist assigned full-time to that beat in the northern mountains. We grew our wildfire, farming, music and community coverage with contributor Priya Lindgren — while still bringing you timely news on elections, county supervisors, courts and public safety, and much more from reporters Gail Whitford and Tomás Ebner, edits from Ruth Alcott, plus opinion columns, reader submissions, community notices and other voices from around the county.",
             _RIDGELINE_ASK,
         ], appeals=[_RIDGELINE_ASK]),
    _doc("b112-lakefrontdispatch-regatta-members-top-end", "appeal", "top+end",
         "Invented; modelled on Urban Milwaukee (editorial with a slogan line on top and a six-paragraph member drive at the end)", "en", [
             _LAKEFRONT_SLOGAN,
             "The World Rowing Championships were expected to draw 40,000 visitors and $120 million in spending to Port Halden.",
             "That never came to pass, so where does Port Halden go from here?",
             "It would be tempting to spend the next few years grumbling about how a summer of wildfire smoke stole the city's big moment.",
             "We're not going to, and you shouldn't either.",
             "Port Halden's 310,000 residents were here well before the regatta was scheduled and they'll be here well after. We're doubling down on sharing what they're up to.",
             _LAKEFRONT_MEMBERS,
         ], appeals=[_LAKEFRONT_SLOGAN, _LAKEFRONT_MEMBERS]),
    _doc("b112-loosethread-weekly-roundup-middle", "appeal", "middle",
         "Invented; modelled on The Present Age (Substack weekly recap, one-line subscribe aside mid-post, stock-photo caption, emoji entry)", "en", [
             "Weekly Roundup and a Call for Your Ideas",
             "The week, um, season, that was, um... still is.",
             "Dana Whitcombe",
             "Feb 9",
             "Welcome to the weekly roundup, now covering the whole year so far. In this edition, I'll point you to what I wrote this week year, pass along a few pieces by other writers I liked, and offer some loose thoughts on [waves hands at the news]. If you only want this roundup email, head to your settings page and under “Email preferences” untick every option but “TLT Weekly Roundup.” If you'd rather skip the roundup, keep every option ticked apart from “TLT Weekly Roundup.”",
             _LOOSETHREAD_ASK,
             "Fountain pen nib on a blank notebook page Writing Journal Draft Note Signature Letter single line art sketch black and white isolated vector modern illustration. Oksana Dremova/Getty Images",
             "I've done a pretty poor job of getting the roundup emails out on schedule this year. My apologies! This edition just walks through what I've published since January.",
             "📰 Why Did The Atlantic Harbor Review Run That Strange \"Stay Home Forever\" Essay?: This post looked at an Atlantic Harbor Review essay by Colin Marsh that painted people who still take precautions during flu season as odd zealots who don't “follow the evidence.” This is even though the essay itself admits repeatedly that their worries are reasonable. He also hints at one point that they could all be anarchists, which is… um… odd. [TLT, 1/12/24]",
         ], appeals=[_LOOSETHREAD_ASK]),
    _doc("b112-weathervane-longview-schedule-plug-end", "appeal", "end",
         "Invented; modelled on The Status Kuo (programming note, long plug for the companion newsletter with interview list before the sign-off)", "en", [
             "Hello, friends!",
             "A short scheduling note. As I ease into a calmer routine ahead of the baby's arrival, on days like this one when I already have a piece going out on The Long View (our group's newsletter), I'll skip writing a second one here. I'm taking your many gentle warnings about overdoing it seriously!",
             _WEATHERVANE_PLUG,
             "— Mara",
         ], appeals=[_WEATHERVANE_PLUG]),
    _doc("b112-thetally-2021-thread-match-middle", "appeal", "middle",
         "Invented; modelled on Sludge (year-in-review thread on a thread reader, reader-support and match-drive posts mid-thread)", "en", [
             "Our three-person newsroom pushed hard in 2021 to publish dozens of consequential investigations into lobbying and campaign cash. Here are a few we're proudest of.",
             "To start, we pulled financial disclosures to build a full database of state legislators' stakes in private prison firms. thetally.example.org/2021/02/09/pri…",
             "We dug into pharmaceutical PAC giving and found that the lawmakers who blocked drug-price caps took far more industry money than their colleagues who backed them. thetally.example.org/2021/05/18/rx…",
             "On the topic of drug money, we published an analysis of which committee chairs hold shares in pharmacy benefit managers, including firms whose profits hinge on bills those chairs control. thetally.example.org/2021/03/02/pbm…",
             "We tracked Rep. Carol Whitmore's holdings in two coal utilities from the moment she floated a run against clean-energy champion Sen. Paul Ostrander, and eventually her family trust sold off (most of) the shares. thetally.example.org/2021/08/27/coa…",
             "We also showed that Whitmore broke the Clean Campaign pledge she had signed by accepting the maximum donation from a prominent utility lobbyist. After our story ran, she gave the money back. thetally.example.org/2021/09/14/whi…",
             _TALLY_MATCH,
             "We profiled the consultants and corporate attorneys who sit on the rules panel of the state party—many of them handpicked, not chosen by county delegates, and able to bottle up reforms. Nobody had published that panel's membership before we did.",
             "We found that most members of the party's finance council were named by chair Roberta Ames. Among them: a well-known casino lobbyist, Dominic Farrell, a fundraiser nicknamed \"the toll-road whisperer,\" and private equity partners with ties to coal.",
         ], appeals=[_TALLY_MATCH]),
    _doc("b112-streetgrid-podcast-rapidtransit-middle-end", "appeal", "middle+end",
         "Invented; modelled on The Urbanist (podcast post: membership-drive sentence ending on a dangling link, later a listen-and-like paragraph)", "en", [
             "The Cascade Link board listening to a crowded chamber of rival neighborhood groups on the proposed bus rapid transit alignment. April 11, 2024 seen from the media table, a folding desk wedged beside the exit. (Tessa Norgaard)",
             "These are thrilling and exhausting days for transit in Port Alder. Within a couple of years, a string of new stations will open in Kelso Heights, Marrowdale, and Pine Landing. Meanwhile, planned extensions are running into a double problem: they are too complicated and too poorly understood, even by the board members who must choose where they go. On Thursday, the Cascade Link board took public comment on which station sites to name as preferred in the Old Market district and the waterfront. It was a long night.",
             "Co-hosts Marcus Bell and Tessa Norgaard sit down with The Streetgrid's lead transit reporter Hana Okafor to talk through what is coming and going with rapid transit in the city, which openings to look forward to, and the thorny questions hanging over the network's next phase.",
             _STREETGRID_DRIVE,
             "As ever, we want to hear what you think. Let us know what you hope for from transit in Port Alder, and what the new stations should offer. Write to us at show [at]",
             _STREETGRID_PODCAST,
             "Article Author",
             "Tessa Norgaard is a part-time bookkeeper and full-time volunteer for her kids' school and the neighborhood council in Kelso Heights. That gives her a daytime view of how the city's streets serve (or fail) the people who aren't stuck at a desk.",
         ], appeals=[_STREETGRID_DRIVE, _STREETGRID_PODCAST]),
    _doc("b112-meridian-nexthorizon-lookback-signup-middle", "appeal", "middle",
         "Invented; modelled on Vox via a mirror site (farewell essay, section newsletter sign-up widget mid-article)", "en", [
             "Six years in: the calls I nailed and the ones I blew",
             "I've been at Meridian since Next Horizon, our desk dedicated to the world's biggest and most neglected problems, got started in 2019, and I owe real thanks to all of you — the people reading this — for what it has grown into. For several weeks now, I've been going back through our archive and asking: what still stands? What did we do well? Where did we miss?",
             _MERIDIAN_SIGNUP,
             "It is a humbling kind of review, because although I think we called some things early that few others did — our 2019 and 2020 pieces on how fragile global food supplies were have aged especially well — I'm never certain it made a difference. The way we learned our forecasts held, after all, was that harvests failed, prices spiked for hundreds of millions of people, and the damage will take years to repair.",
             "Preventing disasters isn't usually seen as part of a reporter's job. But if there was anything we might have published that would have made the response to the grain shock actually succeed — to build reserves sooner, or to get aid to the hungriest places faster — that would have counted for more than any other story.",
             "I'm in this looking-back frame of mind because, after six years at Next Horizon, I'm leaving to build something of my own (more on that soon). I'll stay on as a contributing writer here at Next Horizon, because I still think it's one of the most unusual and valuable parts of our coverage. This job has been a gift, and I'm deeply thankful for everything I got to write and try.",
             "But did any of it count?",
         ], appeals=[_MERIDIAN_SIGNUP]),
    _doc("b112-workerstorch-retiree-sustainer-top-end", "appeal", "top+end",
         "Invented; modelled on People's World (slogan line on top, retired staffer's sustainer plea running into a quotation cut mid-sentence)", "en", [
             _TORCH_SLOGAN,
             "I first came across the Labor Sentinel, one of the papers that became The Workers' Torch, at a picket for striking hospital cooks in 1974. A retired railroad porter handed me a copy and we talked for a good half hour. I had a desk job downtown in Cleveland and stumbled on the picket at lunch. People were passing out plenty of leaflets, but the Sentinel was the only thing that read like real journalism. The rest ended up in a bin.",
             "As the years went by, I became a faithful reader, a subscriber, and a donor to The Workers' Torch and the papers before it. I also passed out stacks of copies at marches, at plant gates, and door to door in my neighborhood.",
             "In the fall of 1998, I came on board at what was then the Weekly Torch print edition. Mostly I worked out of sight: copy editing, fact-checking, laying out pages, and getting files ready for the press. We kept a bare-bones website for a long time, but in the spring of 2012 we switched to a daily online edition and retired the weekly paper.",
             "In late 2022, I stepped away from the production desk, but I never stepped away from supporting the paper!",
             _TORCH_SUSTAINER,
         ], appeals=[_TORCH_SLOGAN, _TORCH_SUSTAINER]),
]


# --- Probe 92: negatives ------------------------------------------------------------------------

PROBE92_NEGATIVES = [
    _neg("b112-ourblockcarver-stonesoup-mutualaid-neg",
         "Invented; modelled on Our Town Reno (community story on a mutual-aid meal group that is fundraising and asking for winter supplies, cut off)", "en", [
             "Sunday Evenings Belong to the Warm Hands of Stone Soup Collective",
             "Photo taken after last week's shared dinner wrapped up. The volunteer groups that bring hot homemade meals, canned goods, toiletries, camping gear and overdose-prevention kits to Mercer Square each Sunday from 4:30 p.m. through the cold months, rain or snow.  The collective, which has been at it since March 2022, is now raising money.",
             "“Most of us are one missed paycheck away from sleeping out here, not one vote away from sitting in that d*** council chamber,” said Marisol, 28, nodding toward City Hall across the square this past Sunday.",
             "While much of the town was glued to the ballot count last Tuesday, Marisol and fellow volunteers were handing out meals and supplies to a long queue of Carver Falls' unsheltered residents and struggling neighbors.",
             "With winter closing in fast, bringing frosty nights and wet, windy days, the group says it needs more hands and more help.",
             "Marisol and a second organizer, who asked to be called only Jett, explained how the rougher weather drives up demand for basic supplies and for extra volunteers.",
             "“Winter is when we really need folks to step up,” Jett said, naming things like hot chili, tarps and tents, sleeping bags, wool blankets, thick socks, and hand warm",
         ]),
    _neg("b112-marshfieldfallsherald-duplex-fire-family-neg",
         "Invented; modelled on Wisconsin Rapids Tribune (news on a burned-out family helped with donated goods and a cash jar)", "en", [
             "Neighbors rally around family burned out of their home",
             "MARSHFIELD FALLS – When Brianna Kohl stepped into Lindqvist Feed & Seed on Tuesday, she started to cry.",
             "Stacked in the back room were towels. Coats. Pots and pans. The everyday stuff most people never think about.",
             "Kohl can't take any of it for granted anymore. She and her fiancé, Dustin Reigel, barely got out of their burning rented duplex on March 11, passing their three children out through a bedroom window. Everyone survived, but nearly everything they owned was destroyed.",
             "Those stacks of clothing and housewares will help the family begin again . And all of it was dropped off by people they had never met.",
             "\"It made us feel like we actually belong here; people came together and looked after us like we were their own,\" Kohl, 27, said. \"I've never experienced anything like it.\"",
             "The feed store isn't the only business pitching in. On the other side of town at Rudy's Diner, beside the register, sits a coffee can stuffed with bills. Taped next to it is a note from the diner's owners telling customers what the family went through.",
             "The note doesn't just ask diners to drop in spare change; it also lists the clothing sizes for the couple and their children — Mason, 2, Lily, 5 and Jaden, 9 — along with the household items they still need and details of a pancake breakfast the diner will hold for the family Sunday.",
             "Reigel, 30, and Kohl said they owe a lot of people thanks, from the paramedics who treated Kohl after she sliced her hand on the window glass during the escape to the neighbors who rushed over that night and in the days since, to the strangers who keep showing up with help.",
             "\"They've given us a reason to smile again,\" Kohl said.",
             "A relative has offered the family a camper trailer in Birch Hollow where they can live for now, Reigel said.",
         ]),
    _neg("b112-wkvr-westbrook-canalst-fire-fundraiser-neg",
         "Invented; modelled on WWLP 22News (TV station item on a fire fundraiser's total and donated goods)", "en", [
             "Neighbors step up for Westbrook fire victims",
             "An online fundraiser has topped $38,000 in under a week",
             "WESTBROOK, Conn. (WKVR) – A fatal fire on Christmas Eve has left a lasting mark on the Westbrook community. Two people were killed in the blaze that gutted a four-story apartment block on Canal Street.",
             "Roughly twenty households had to find new places to stay. The Westbrook food pantry told KVR News the flood of help from neighbors has been hard to keep up with. Since Friday, volunteers have gathered truckloads of goods for residents who lost it all.",
             "Pantry director Rosa Almeida said, “Right now we're taking in donations of the practical things families need this week.” Things like baby clothes, shampoo, winter boots and pots and pans.”",
             "An online fundraiser has topped $38,000 in under a week. Westbrook Mayor's spokesperson Dana Whitlock told KVR News the city is asking for guidance on the fairest way to hand out the money. Mayor Ellen Park said new permanent apartments have been lined up for 17 of the 20 displaced households.",
             "The city is setting up a system to hand out the donated goods to the families. Westbrook is also coordinating with the Guatemalan consulate in Providence to return the remains of fire victim Luis Ajanel ‘ to Guatemala for burial.",
         ]),
    _neg("b112-courierledger-fillthepantry-letter-neg",
         "Invented; modelled on The Messenger, Madisonville (letter to the editor urging readers to give to a food-bank drive)", "en", [
             "To the editor:",
             "I'm writing today because the Fill the Pantry food drive will take place this year from Oct. 20-26.",
             "The Harvest House Food Pantry of Caldwell County is asking for your support.",
             "For many years now, Marjorie Pettit has coordinated this drive, which is sponsored by The Courier-Ledger and area merchants.",
             "This drive remains the biggest single collection of the year for our pantry and makes an enormous difference as we work to provide our neighbors with wholesome, nutritious food.",
             "Harvest House has been serving families for more than 40 years, and we keep putting food on tables thanks to the gifts and contributions of people like you. None of it would be possible without your generosity and kindness.",
             "Could you help us out by doing your shopping the week of Oct. 20-26 at one of these participating stores — Piggly Mart, Hometown Foods or Valley Grocer?",
             "Collection boxes will be set up in each store for your gifts of shelf-stable food. Just watch for the bins near the entrances. You can't miss them.",
             "While you shop that week, toss a few extra things into your cart — it will mean so much to us. We always run short on canned meats, pasta, cereal and rice. This time of year we're also glad to receive holiday items such as stuffing mix and canned pumpkin so we can put together holiday boxes.",
             "Anything you're able to give will make a real difference.",
             "Let's all resolve to lend a hand to our neighbors who are struggling this season. Thanks ahead of time for your kindness and generosity as we come together to support our community.",
             "Loretta Vance-Holloway",
         ]),
    _neg("b112-ballotledger-30dayout-finance-reports-neg",
         "Invented; modelled on Texas Election Source (campaign-finance roundup of contributions and spending by race)", "en", [
             "Contested statewide and legislative candidates had to file their 30-day-out campaign finance reports on Thursday. The reports cover money raised and spent from July 1 through September 26. We're still updating our Race Cards. Below we look at the top statewide and Senate contests. Our rundown of key House races is posted here.",
             "Statewide",
             "GOV: Gov. Carla Dunmore (R) raised about 8 times as much as state Sen. Ramon Ybarra (D), $4.2M to $515K, and outspent him roughly 15-to-1, $8.7M to $590K. She holds a $22.4M cash-on-hand edge.",
             "LTGOV: Lt. Gov. Warren Tate (R) raised more than Democratic challenger Elena Cordero, $2.1M to $240K, and outspent her, $1.4M to $210K. Tate holds a $9.1M COH edge.",
             "AG: Atty. Gen. Bradley Huff (R) raised more than Democratic challenger Priya Natarajan, $2.8M to $1.3M, but Natarajan outspent him, $3.9M to $3.1M. Huff holds a $2.2M COH edge. Huff's biggest donors in the period were Citizens for Civil Justice PAC ($640K), the Republican State Leadership Fund ($480K), Odessa pipeline executive Clay Rutherford ($225K), Waco businessman Gordon Pryce ($90K), Gov. Carla Dunmore's (R) campaign ($65K), McKinney developer Lonnie Beal ($50K), Allen investor Russ Kimbrough ($50K) and Junction rancher Walt Emery ($50K). Natarajan's biggest donors included Houston trial firm Mendez & Castle ($110K), the campaign of former state Sen. Harold Quince ($90K), Tyler attorney Vernon Sparks ($50K) and Austin architect Lucia Ferrand ($50K).",
             "AGRIC: Comm. Dale Whitacre (R) raised more than Democratic challenger Teresa Nunley, $182K to $71K, but Nunley outspent him, $104K to $22K. Whitacre holds a $214K to $126K COH edge. Whitacre's biggest donor in the period was Odessa pipeline executive Clay Rutherford ($20K).",
             "Senate",
             "SD14 open: Kristen Lowry (R) raised more than Democratic challenger Samuel Ortega, $362K to $48K, and outspent him, $355K to $171K. She holds a $488K COH edge.",
         ]),
    _neg("b112-tricountyinquirer-shelter-supplies-transfers-neg",
         "Invented; modelled on The Southern Illinoisan (article fragment on a shelter short of donated supplies during an outbreak)", "en", [
             "“Honestly, we're starting to get scared because of the new restrictions announced this morning, since it means our transfer van can no longer take animals to partner rescues out of state. When nothing is leaving for rescue but animals keep arriving at the door, we fill up extremely fast,” said Renata Okafor, the shelter's director.",
             "Giving to the Tri-County Humane League has dropped off because store shelves are thin. Okafor said the shelter has plenty of loyal backers who share what they have or buy what they can find, but tracking down basic supplies has gotten much tougher. As of Thursday, the shelter is especially short on cat litter, disinfectant, old blankets, trash bags and similar items.",
             "“People are still asking about adoption, partly because they're stuck at home anyway. It's actually a great time to help a new pet settle into a household,” Okafor said, noting the adoption process has been adjusted a bit because of the outbreak.",
             "Glen Markowitz, who leads the Paws of Hope Rescue and Sanctuary, said the group is not signing up new volunteers for now. Instead it is searching for emergency foster homes for the dogs and cats it is caring for, in case the facility has to shut down quickly after a possible exposure. One volunteer has offered to move into the shelter and look after the big dogs if it comes to that.",
         ]),
    _neg("b112-wrbn-elkhartvalley-catfood-drive-neg",
         "Invented; modelled on WSBT 22 (TV station item asking viewers to donate pet food to shelters)", "en", [
             "Local shelters ask for help as animal numbers climb",
             "Calling all pet people--this one's for you! Shelters around the region need a hand.",
             "They're overflowing with animals. Kittens and cats above all, and they have to eat. What they need is canned pate-style food.",
             "Staff use it to feed kittens who are moving off the bottle but can't handle dry food just yet.",
             "At the moment, the Elkhart Valley Animal League is housing more than 380 cats. Every autumn they see a surge in cats because of kittens born over the summer, and because people tend to surrender animals once the weather turns cold.",
             "The pate-style food also comes in handy for hiding pills for dogs in little meatballs.",
             "Donations like these make a huge difference to the shelter.",
             "\"We go through it every day. More animals means we burn through more supplies, and right now we're packed, especially with cats, so we're using a ton of it, and whatever isn't donated we have to buy ourselves, which pulls money away from vet care and everything else we need to look after the animals here,” said director Marla Stevens.",
             "Other rescue groups are asking for help too. Riverbend City Animal Services put up a Facebook post saying it is running low on cat litter.",
             "If you'd like to give, you can drop food into the bins by the front door or bring it in.",
         ]),
    _neg("b112-wtvk-givingtuesday-local-charities-neg",
         "Invented; modelled on WHNT News 19 (TV item on Giving Tuesday quoting a local charity's plea; the list of groups is missing)", "en", [
             "Area charities count on gifts this Giving Tuesday",
             "After Black Friday and Cyber Monday, plenty of people have spent the last few days shopping.",
             "Today, December 2, marks Giving Tuesday – a day set aside for giving back locally.",
             "Last year, donors in more than 80 countries gave upward of $3 billion.",
             "And more and more people are choosing to give online. A big share of gifts came in through social media.",
             "Beyond cash gifts, the day also sparks plenty of volunteer hours, food donations and small acts of generosity.",
             "Dozens of charities in our area are hoping you'll think of them when you give today.",
             "Some of those groups include:",
             "“Giving Tuesday is a chance to really put other people first,” Riverside Family Shelter director Lorraine Pike said. “We're hoping people around here keep us in mind that day, because it's a perfect day to donate online or drop a check in the mail.”",
             "This year's goal is to bring in even more and make a big difference for local communities.",
         ]),
    _neg("b112-philanthropyweekly-givehometown-tallies-neg",
         "Invented; modelled on The NonProfit Times (trade news on a national giving day with a list of campaign totals)", "en", [
             "Hometown Giving Day Closes In On $40 Million",
             "Give Hometown Day, the 24-hour online drive run by community foundations across the country, brought in nearly $40 million in gifts on Wednesday. The running total as of this morning stood at $39,864,215.42 from 271,390 gifts, according to the tracker at www.givehometown.example.org, well ahead of the roughly $28 million raised during a similar day last spring.",
             "With three local drives extended to 36 hours, the total is likely to pass $40 million later today.",
             "Over 6,200 nonprofits in 110 regions took part in Wednesday's giving day, which was organized to mark a century of community foundation grantmaking. Final figures are due out Friday, and the giving platform Donorly says it will publish a visual summary with more data next week.",
             "The top-earning local drives on Wednesday included:",
             "GiveGenerous (Puget Community Foundation), $10.74 million from 58,200 gifts (average gift of roughly $184.50);",
             "Steel City Gives, $4,102,377",
             "Capital Day of Giving (River Valley Community Foundation), $2,846,120 from 17,304 gifts ($164.48);",
             "Lift the Lakeshore (Harbor Community Foundation, Muskegon, Mich.), $2,311,580 from 6,120 gifts ($377.71);",
             "GiveBayou Day, $2,187,045 from 18,402 gifts ($118.85);",
             "Big Give Alamo (Hill Country Community Foundation), $1,874,330 from 20,115 gifts ($93.18);",
             "Give Local Lansing Area, $1,802,665 from 7,240 gifts ($248.99);",
             "Grand Give (Community Foundation for the Treasure Coast), $1,765,904 from 6,981 gifts, ($253);",
             "Give Local Lexington, $1,698,210 from 2,411 gifts ($704.36);",
             "The Big Boost (Community Foundation of the Cumberland Valley, Knoxville), $1,402,118.75 from 10,906 gifts ($128.56);",
             "Gateway Gives, $1,012,460 from 12,880 gifts ($78.61);",
             "Give Day Gulf Coast, $986,215 from 4,870 gifts ($202.51);",
             "The Coronado Foundation, $874,509 from 5,512 gifts ($158.65).",
         ]),
    _neg("b112-redforkrecorder-bass-tournament-scholarship-neg",
         "Invented; modelled on Muskogee Phoenix (numbered five-question Q&A on a memorial tournament with a way to donate, byline at the end)", "en", [
             "The Red Fork Ministerial Alliance will hold its fourth annual memorial bass tournament on Lake Wister next Saturday. Carl Whitby told us more about the event.",
             "1 How can I enter?",
             "“You can pick up a paper registration form at the bait shop or sign up through the Red Fork Ministerial Alliance's Facebook page.”",
             "2 Cash prizes and a big bonus for the heaviest fish.",
             "“It's a two-person team format, with first place taking home $300 per team and a free guided trip. Second place gets $150 per team and a season lake pass, and third place gets $75 and a tackle box. If you land a bass over ten pounds, you walk away with $5,000.”",
             "3 Honoring a young man gone too soon.",
             "“The tournament carries the name of Tyler Redbird, who grew up in Red Fork and died in a boating accident with two friends while home from college in 2019.”",
             "4 Keeping his memory alive with a scholarship.",
             "“Our goal is to give something back to the town through a scholarship funded by the tournament. Every graduating senior in the county can apply for it.”",
             "5 Giving without fishing.",
             "“If you're not entering the tournament but still want to give to the scholarship fund, mail a check to P.O. Box 417. To donate an item, call (555) 014-2290.”",
             "— Renee Blackfox",
         ]),
    _neg("b112-millrace-rate-increase-table-neg",
         "Invented; modelled on Stumble Press (a small paper explaining its own subscription price rise, with a glued-column price table)", "en", [
             "Raising our prices",
             "This week we raised what we charge for a newspaper subscription, along with the newsstand price of a single issue.",
             "CurrentStarting March 1, 2024",
             "Newsstand single issue$1.25$1.75",
             "Print Subscription Only$39/year$46/year",
             "Digital Subscription Only$35/year$42/year",
             "Print + Digital Subscription$52/year$60/year",
             "Mail Delivery Beyond Fenwick Co, Within Ohio+$6/year added+$12/year added",
             "Mail Delivery Beyond Ohio+$12/year added+$24/year added",
             "Here's the way we worked out and carried out the increase.",
             "I built a set of spreadsheets laying out every revenue stream, every expense and other useful numbers. They gave us a clearer picture of what each weekly edition costs to put out, how much of that subscriptions and ads pay for, and how much extra income we'd need to hit particular financial targets.",
             "We'd also heard plenty of stories suggesting the increase was overdue. Readers gasping at how cheap we were. Readers tucking extra cash into their renewal envelopes. Readers regularly asking when we planned to raise rates. And it wasn't just a handful of the usual suspects…it was people from every corner of the county.",
             "Talking it over",
             "I shared the numbers with our staff and suggested raising rates. We weighed the upsides and downsides of various options, how readers might react, and what each would mean for the paper's future.",
             "Everyone agreed we should put a fairer value on our work by charging more, so most of the conversation centered on how to do it.",
             "We spread those talks over a few weeks so people had room to mull over any questions or worries that surfaced, and so the whole team felt good about how we'd roll it out.",
             "We also came up with a way to help subscribers who tell us at renewal that the higher price would be a real strain.",
         ]),
    _neg("b112-therumble-third-birthday-roundabout-neg",
         "Invented; modelled on Racket (an outlet's anniversary digest citing its paying subscribers and finances)", "en", [
             "A Mushy, Self-Indulgent Roundabout to Mark The Rumble's 3rd Birthday",
             "Welcome to an Extra Special Edition of The Roundabout.",
             "Photographer unknown—anyone remember?|",
             "The Rumble crew—Priya Daltrey, Otis Brandvold, Lena Sjoquist, and Max Fennimore—at The Rumble's 2nd birthday bash last year at Lock & Dam Brewing.",
             "Welcome back to The Roundabout, your daily rundown of what local news outlets and social media posters are chattering about.",
             "Normally!",
             "Today, we're commandeering our own column to talk about us on this, the third birthday of The Rumble's life in the Twin Harbors media scene.",
             "How We Got Here",
             "It bears saying again that The Rumble was launched, in the spring of 2021, from basically nothing. We, the four cofounders/editors/accidental business owners (me included, Max Fennimore), each threw in $1,500 to get the thing running; no investors put in a dime and every one of our social accounts started at zero followers.",
             "Since then, we've grown our small newsroom slowly, mostly through word of mouth. Paying subscribers keep the whole operation alive, and as of this writing 4,200 of them are chipping in so our dream of a scrappy, alt-weekly-flavored Twin Harbors news, arts, and culture outlet can come true. Nearly every dollar that comes in goes straight to a writer's paycheck, whether that's our four staffers or one of our terrific freelancers. Wondering what we pay? It's going up, though it still reflects working at a young company in a wheezing industry.",
             "Over three years, we've published 2,850 Rumble stories—from hard news to goofy to beating cancer. Those add up to roughly 210,000 pageviews a month, and have helped us grow our newsletter list to about 12,000. Recurring features like Dive Bar Diaries and Paycheck Diary have built devoted audiences; our comments section may be the only pleasant one on the whole internet.",
         ]),
]


BATCH112_DOCUMENTS = PROBE92_APPEALS + PROBE92_NEGATIVES
