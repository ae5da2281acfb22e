"""Batch 116: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (13 appeal, 11 negative; all EN, one with Spanish lines): our own paraphrases of every
document of the local-only real probe 96 (24 documents). Each keeps the real page's structure (photo
essays with headline-and-summary pairs cut mid-word, a bilingual newsletter with emoji bullets and
"[…]" teasers, a glued "…YouDonate" button line, "Posted in" section lines glued to their label, a
Substack roundup with stripped @-mentions leaving dangling commas and glued headings, a two-line page
whose whole story is one run-on paragraph with inline sign-up prompts and stripped URLs, "•" milestone
bullets, a paywall cut ending in "…", a small-town column with "Word of the Day" and dash-led items,
a video description with URL lines truncated by "...", a magazine-teaser top line over doubled
headlines, an essay cut mid-word) and exactly what the real gold marks: a matched monthly-giving plea
with its question line at the top of a newsletter; a newsletter question and sign-up line between two
photo-essay paragraphs; a glued "Donate" button line at the top of an op-ed; a spring-style member
drive block (with its glued question and gift line) directly followed by a newsletter sign-up block with
its success message; a Substack welcome to new paid subscribers with growth figures and a sale offer;
two inline prompts inside one run-on awards story (an all-caps headline sign-up and a "sign up at / to
donate go to" sentence with its URLs stripped); an all-caps headlines sign-up line before a cut
paragraph; a free-trial paywall pair under a cut story; a two-line newsletter form (headline plus
checkbox prompt) ending a column; a "join me, subscribe" line cut mid-word ending a launch post; a
newsletter-URL and donate-URL pair among a video description's links; a free-magazine teaser line; a
membership plea with prices cut mid-word ending a launch letter. Negatives keep what makes the real
ones hard: food banks asking for volunteers, food and money (three times, with addresses, goals,
matching donors), a garden's ticket-buyers giving to a newspaper's own charity campaign with an event
box of prices, a newspaper holiday fund short of its goal with donor counts and totals, a newspaper's
thank-you for record reader gifts, a start-up newsroom studying other outlets' membership models, a
public broadcaster's emergency fund drive reported as news, a community newsroom's split from its
founding nonprofit, a blogger relaying another outlet's crowdfunding with pledge tiers, and a clinic's
fire-victims fundraiser that beat its goal.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch116` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch116.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 96: appeal documents -----------------------------------------------------------------

_THRESHOLD_NEWS = "\n".join([
    "Curious what we publish next? Have it land in your email once a week.",
    "Join the Threshold letter at no cost.",
])

_SAGUARO_MONTHLY = "\n".join([
    "Right now, nothing helps our newsroom more than a recurring gift. Until the end of the month, each new monthly pledge is matched 10x — meaning $15 a month becomes $150 for reporting on our valley. Gifts like these arrive on schedule, so we can budget ahead and commit to ambitious investigations in the coming year.",
    "Can we count you among our monthly backers this week?",
])

_SHORELINE_BUTTON = "Neighborhood Reporting Runs On ReadersDonate"

_EASTPORT_DRIVE = "\n".join([
    "Fall-ing in step with Eastport",
    "EastportNow publishes neighborhood-driven reporting built for the people of Eastport. We are a nonprofit newsroom: every article is free for you to open, yet each one costs real money to report. Our autumn member drive is underway right now, and any help you can offer would mean the world to us.",
    "Could you join EastportNow as a member this week?Gifts of every size add up quickly!",
])

_EASTPORT_SIGNUP = "\n".join([
    "Eastport news, reported by Eastporters",
    "Get our newsletter and have fresh EastportNow reporting sent right to your email.",
    "Thanks! Your address has been added.",
])

_PRAIRIE_WELCOME = "\n".join([
    "A warm hello to the 27 readers who just became paying subscribers, and to our three newest Founding Members. Their backing brings us closer to launching the “Capitol Corridor” audio series once lawmakers convene in January.",
    "For anyone tracking our growth, the Guild Roundup drew 61,400 views over the last month; thank you all for passing it along to friends.",
    "Most of that growth came from our winter sale — 40% off through December 12. Want to grab it while it lasts?",
])

_LEDGER_CAPS = "SIGN UP: THE DAY'S TOP STORIES, SENT EACH MORNING BY EMAIL"

_LEDGER_INLINE = (
    "For the Ledger's free daily email, register at and to make a gift that sustains its "
    "prize-winning reporting, visit"
)

_BULLETIN_CAPS = "SIGN UP FOR OUR A.M. BRIEFING."

_LAKEVIEW_TRIAL = "\n".join([
    "Continue with a free week-long trial",
    "Become a Lakeview Ledger subscriber to finish this story and enjoy seven free days with our whole archive of past posts.",
])

_SENTINEL_FORM = "\n".join([
    "The latest local headlines, sent by email",
    "Choose your topics (tick as many boxes as you like)",
])

_OPENDOCKET_JOIN = "Should you want to take this on together, please consider subscribing to th"

_GROUNDWATER_LINKS = "\n".join([
    "Get the Groundwater Wire weekend letter: https://groundwaterwire.example.org/weekend-le...",
    "Back our reader-funded reporting: https://groundwaterwire.example.org/give",
])

_COMMONGROUND_TEASER = "Stay Curious: Claim Your Complimentary Print Issue"

_TOWNSQUARE_MEMBERS = (
    "None of it happens without readers like you. If you want to stand behind this work, we hope you "
    "will become a member by the month or by the year. At $6 a month or $60 annually, you unlock our "
    "full catalog – every explainer, every short docu"
)


PROBE96_APPEALS = [
    _doc("b116-thresholdmag-photo-year-middle", "appeal", "middle",
         "Invented; modelled on Borderless Magazine (year-in-photos essay, newsletter prompt between paragraphs, headline-summary pairs cut mid-word)", "en", [
             "From a Haitian grandmother’s first snowfall to our Languages of Home series, Threshold Magazine’s photographers and illustrators followed the newcomer neighborhoods of Riverton all year long.",
             "In twelve months shaped by crowded shelters near the Greyline bus depot and a bruising fight over the county’s welcome ordinance, Threshold’s camera team set out to show the faces that sat behind each headline.",
             _THRESHOLD_NEWS,
             "As with our written reporting, Threshold Magazine puts newcomers themselves at the heart of every picture we run. Our images and drawings let readers step briefly into lives unlike their own.",
             "Our photo desk was there when Eritrean poet Selam Haile read her work at the Riverton library. It made portraits for the Languages of Home series, caught the laughter at a Tagalog karaoke fundraiser and followed residents as crews finished hauling tainted soil from an old plating plant in Westmoor.",
             "The pictures below, in no particular order, were picked by Threshold Magazine’s editors from the last twelve months as we turn toward 2025.",
             "Filipino Community Hall Hosts Its First Karaoke Night for Newcomers",
             "Hosts said the gathering was a first for the hall, and they hope it opens the door to more events that welcome recent arrivals and celebrate their music. “When you move somewhere new, a song can be the first thing that feels like yours,” Marisol Dantes told the crowd. “I want every newcomer here to find a microphone and a room that listens.”",
             "As Winter Aid Money Runs Dry, Neighborhood Pantries Step In",
             "With the county’s emergency heating grants ending this month, three volunteer-run pantries are scrambling to keep their neighbors warm and fed.“We share what we have, and nobody has to explain themselves,” said Teodoro Brisk, who helps run the Eastside Swap Shelf. “We are a mixed crowd of retir",
         ], appeals=[_THRESHOLD_NEWS]),
    _doc("b116-saguaroledger-newsletter-monthly-top", "appeal", "top",
         "Invented; modelled on Arizona Luminaria (bilingual newsletter, matched monthly-giving plea at the top, emoji bullets, featured story teasers)", "en", [
             _SAGUARO_MONTHLY,
             "Buenas,",
             "Thanks for letting Saguaro Ledger into your inbox. Your notes and tips always make our day.",
             "Inside this edition:",
             "👉 A church pantry in Nogalito kept a family company as they packed up to leave the country on their own. Read it here. Una despensa parroquial de Nogalito acompañó a una familia que se preparaba para irse del país — con cariño y sin juicios. 🤝 Léalo aquí.",
             "📣 Following tear gas and detentions at a Mesquite Flats rally, our explainer covers what to carry, what to say and how to look out for others. Read more.",
             "📚 A longtime Tohono tribal educator is pressing state schools to teach land seizures and the boarding-school era in full. “You cannot heal what you hide. So we name it. We put it in the lesson plan. We let the children ask. And we keep answering even when the answers hurt and nobody in the room feels comfortable.” Read the story.",
             "Top stories",
             "As one family prepares to leave, a Nogalito pantry keeps them company",
             "The volunteers sit around the kitchen table of the rented trailer, debating where to tuck the small GPS tags that would let relatives follow the family’s route […]",
             "Mientras una familia se prepara para partir, una despensa de Nogalito la acompaña",
             "Los voluntarios se sientan alrededor de la mesa de la cocina del tráiler alquilado, discutiendo dónde esconder las pequeñas etiquetas GPS que permitirían a los parientes seguir la ruta de la familia por el […]",
             "After tear gas and detentions at Mesquite Flats rally, a safety explainer",
             "When county deputies fired tear gas at the crowd, including a city council",
         ], appeals=[_SAGUARO_MONTHLY]),
    _doc("b116-shorelinedispatch-harborcourier-closure-top", "appeal", "top",
         "Invented; modelled on Knock LA (op-ed on local paper closures, glued 'Donate' button line at the top)", "en", [
             _SHORELINE_BUTTON,
             "Goodbye, Harbor Courier: What Losing Two Papers Means For Port Alden",
             "A column on the slow silencing of our city’s press.",
             "The Harbor Courier was hollowed out last Tuesday, after its owners sold the paper to a shadowy holding group of parking-lot developers called Meridian Crest, who answer in turn to a pair of even shadier hedge-fund partners. The fire sale comes weeks after the Tideline, our feisty nonprofit site, was switched off by the shipping heir who had bankrolled it. Port Alden now sits at the leading edge of a grim pattern across the region: independent and left-leaning newsrooms bought, starved and shut by investors who would prefer nobody asked questions. This city never had much of a press corps to begin with, compared with its neighbors. Now it is barely breathing.",
             "Having freelanced for both of them for almost a decade, I can only describe this as an emergency for the fourth-biggest port on the coast, a city with more residents than several whole states. We already live with the consequences of a starved newsroom: a mayor who won with the thinnest mandate in memory, a council drifting toward harsh cuts, working-class blocks being rezoned out from under their tenants, tent camps and evictions on the rise, a police force with one of the worst use-of-force records around, a stadium deal no reporter ever polled residents about, crumbling seawalls, a school board quietly handed to private operators, and no real plan for the next big storm surge.",
             "Losing the Tideline hurts most. It chased the stories the Courier and the TV stations shrugged off. It was a tiny, stubborn staff that landed punches far above its size. It balanced the cautious, retiree-friendly tone of the rest of our media. Its columnists leaned well past the usual centrist hand-wringing, and",
         ], appeals=[_SHORELINE_BUTTON]),
    _doc("b116-eastportnow-weeklyforum-memberdrive-top", "appeal", "top",
         "Invented; modelled on BridgeDetroit (member-drive block, then newsletter sign-up with success message, 'Posted in' listing)", "en", [
             _EASTPORT_DRIVE,
             _EASTPORT_SIGNUP,
             "Posted inNeighborhood Voices",
             "Eastport Weekly Forum: Neighbors Talk Policing and Trust",
             "Host Lorraine Bixby is joined by Darnell Okafor (youth mentor), Priya Castellanos (“Morning Drive” host on 1340 AM), Wendell Frye (Eastport Taxpayers League) and Grace Ibekwe (campaign consultant) for a long conversation about the city’s street protests, its new oversight board and what residents say they need from officers.",
             "Posted inNeighborhood Voices",
             "Eastport Weekly Forum: Pastor Alvin Reece / Storefront Revival Clinic",
             "Lorraine sat down with Pastor Alvin Reece, who chairs the Eastport Urban League, to hear his take on the shooting, the marches, and what comes next. Later, this spring’s “Storefront Revival Clinic” is moving online to help shop owners recover. Lorraine spoke with its organizer, Dana Whitcomb of Whitcomb Partners, and Luis Ferraro of the sponsoring credit union, Lakeshore Federal.",
             "Posted inNeighborhood Voices",
             "Eastport Weekly Forum: Mayor Celia Grant / The stress toll on shift workers",
             "Mayor Celia Grant talks with Lorraine about the virus, what it has done to city budgets, and how it is slowing the neighborhood survey count. Plus, the outsized burden the pandemic has put on night-shift and warehouse workers, on top of a run of layoffs across the county, is wearing down the mental health of many families here.",
         ], appeals=[_EASTPORT_DRIVE, _EASTPORT_SIGNUP]),
    _doc("b116-prairiewritersguild-roundup-welcome-top", "appeal", "top",
         "Invented; modelled on Iowa Writers' Collaborative (Substack roundup, welcome-new-paid-subscribers block with sale, stripped @-mentions)", "en", [
             "How red can Kansas turn? A pollster weighs in, a Flint Hills library loses its lease, and an old depot gets a second life",
             "...farms, weather, pickups, grief - a potluck of Kansas opinion",
             _PRAIRIE_WELCOME,
             "Say hello to a new voice",
             "Prairie Writers’ Guild member Harold Vance sat down with the author of",
             ", Lena Morrow, and urged the 26-year-old reporter to join our circle.Lena grew up near Emporia and writes about how drought and water law shape what farmers can grow. She also digs into lobbying around pesticides and how lax oversight harms rural families and farmhands. This spring she starts as a staff investigator at Field Record, where she will follow the feedlot industry. Her bylines have appeared in Dust & Furrow, Plains Harvest Radio, the Salina Sentinel, and here on Substack.",
             "Give Lena a warm welcome and read her chat with",
             "National Politics",
             "took a question from a school-nurse cousin and wrote: \"Threatened Cuts to Rural Health Clinics Could Leave Whole Counties With Nowhere to Turn.\"Kansas Politics",
             "How red can Kansas turn? Redder than you think,",
             "argues. sat down for a frank talk with longtime pollster Marjorie Kell.What’s a minority caucus to do? Tailgate Talk host",
             "talks with the Kansas Senate Minority Leader about the session ahead. Join Colby and Plains Weekly’s politics editor Dana Ruiz to discuss why the state keeps turning down federal summer-meal money. looked at how four Kansas House seats changed hands in 2024 (sitting members faced unfamiliar district lines and a tough redistri",
         ], appeals=[_PRAIRIE_WELCOME]),
    _doc("b116-mesaledger-pressawards-inline-middle", "appeal", "middle+middle",
         "Invented; modelled on Idaho Capital Sun (two-line page, run-on awards story with all-caps sign-up and inline newsletter/donate sentence, URLs stripped)", "en", [
             "Mesa Ledger earns 11 honors at state press association dinner",
             "The Mesa Ledger newsroom on the steps of the county courthouse in Red Butte. From left: reporter Inés Calderón, editor Tom Whitaker, reporter Jonah Prell and senior reporter Beth Arliss. (Ray Solano for the Mesa Ledger) The Mesa Ledger came away with 11 honors — three of them first-place prizes — in the High Plains Press Association’s annual contest for work published last year. Results were read out at the association’s yearly dinner, held Friday night at the Red Butte Grange Hall. " + _LEDGER_CAPS + " Mesa Ledger reporter Inés Calderón won a pair of first-place prizes: one for her coverage of rural water rights and another in the long-form profile category. Editor Tom Whitaker placed first for opinion writing and for the morning email the Ledger calls The Early Edition. Reporter Jonah Prell finished second in the crowded statehouse-reporter category. On top of that, Aaron Delacroix, a reporter for the Ledger’s parent nonprofit, Plains Civic News, picked up a pair of honors of his own. The Ledger, one of nine nonprofit statehouse newsrooms in the Plains Civic News group, marked its third birthday on April 14. " + _LEDGER_INLINE + " Below is the complete list of honors for the Mesa Ledger and Plains Civic News: Tom Whitaker, Best Email Newsletter – All Outlets category: The Early Edition Tom Whitaker, Opinion – Daily category: 402 bills filed this session. None restores the ballots thrown out in Pine County Inés Calderón, Long-Form Profile – Daily category: Rural clinic nurses weigh walking away — from the job and the st",
         ], appeals=[_LEDGER_CAPS, _LEDGER_INLINE]),
    _doc("b116-keystonebulletin-fiveyears-briefing-middle", "appeal", "middle",
         "Invented; modelled on Iowa Capital Dispatch (anniversary note with milestone bullets, all-caps headlines sign-up line, cut paragraph)", "en", [
             "The Capitol dome in Harmon City on March 4, 2024. (Photo by Ruth Okonjo/Keystone Bulletin)",
             "Keystone Bulletin this week celebrated five years since it went live on March 2, 2020.",
             "On that first day, none of us guessed how far this would go.",
             "A handful of highlights:",
             "• Keystone Bulletin was the eighth statehouse site started by Commonwealth Newsroom, today the biggest nonprofit network covering state governments anywhere in the country. The network runs bureaus in 33 states and works with partner newsrooms in most of the rest.",
             "• In five years we have put out close to 9,200 articles. A lot of them broke news nobody else had. A few, like Ada Greer’s 2021 exclusive on prison wardens gambling on inmate infection counts, were picked up by outlets across the country and abroad.",
             "• Our single most-read article, Care home cited after resident left on a freezing porch overnight, shows the kind of digging Greer has done almost alone to expose shocking mistreatment inside some of this state’s elder-care facilities.",
             "• Keystone Bulletin was among the first three online-only newsrooms accepted into the state Press Association. In 2024 it took the top prize for Best Investigative Story, up against the biggest dailies in the state: Press Association Best Investigative Story award in 2024: Creek pollution returns the week inspections stop.",
             "• Our list of readers has climbed from a couple of hundred people who registered for our morning email before launch to roughly 8,700 now.  And that is just a slice of our audience, which adds up to more than 12 million page views on KeystoneBulletin.org, plus many more who saw our work reprinted in their hometown weekly or aired on their local station.",
             _BULLETIN_CAPS,
             "Sharing our work at no cost with other outlets is central to what Keystone Bulletin and Commonwealth Newsroom set o",
         ], appeals=[_BULLETIN_CAPS]),
    _doc("b116-lakeviewledger-council-vacancy-paywall-end", "appeal", "end",
         "Invented; modelled on Byrd Street (Substack local story cut with '…', free-trial paywall pair at the end)", "en", [
             "Split city council leaves Ward 3 seat empty",
             "Council will sit with six members until spring, unless a judge names a stand-in",
             "On Tuesday night, the Lakeview City Council split evenly, with three members eager to pick a temporary councilor for Ward 3 and three others refusing to vote on anyone. The standoff followed weeks in which four Ward 3 residents—Darla Pruitt, Emeka Vance, Rosa Lindqvist and Harold Beck—had applied for the seat, sat for interviews with the council and made their c…",
             _LAKEVIEW_TRIAL,
         ], appeals=[_LAKEVIEW_TRIAL]),
    _doc("b116-millrunsentinel-aroundtown-column-form-end", "appeal", "end",
         "Invented; modelled on The Express, Lock Haven (small-town column with word and quote of the day, dash items, newsletter form at the end)", "en", [
             "Out and About",
             "and Happy 50th to Walt and Gloria Pruitt",
             "Today's Word",
             "Serendipity — Finding something good without looking for it.",
             "Today's Quote",
             "“Kindness is the one crop that never fails in any soil.”",
             "— Martha Ellery",
             "Fun fact",
             "A day on Venus lasts longer than its whole trip around the sun.",
             "— With six weeks of spring still ahead, Mill Run has already logged more rain than it did in all of the two driest years on record combined.",
             "–The weather office lists 1988 as the driest year here, at 21.4 inches. The runner-up, 1954, came in at 22.7 inches. Together, those two years saw 44.1 inches of rain.",
             "–This spring’s tally has also passed the total from the wettest three-month stretch of the 1970s. Since March 1, the gauge at the water plant has measured 45.9 inches, beating the 44.8 inches that fell from June through August of 1972.",
             "–Rain on just the first 16 days of May topped the 12.6 inches measured during the whole of May 2011 (the month of the big Riverside flood)",
             "New tunes",
             "Mill Run native and Austin-based songwriter Tessa Crane has just released a new single online, “Porch Light On.” Give it a listen if the gray skies have you down this week.",
             "Firemen's Fair canceled",
             "The Dunmore Firemen's Fair planned for June 9 through 13 at the Dunmore Volunteer Fire Company grounds has been called off. The company's chicken barbecue will still go ahead in the fire hall lot on June 12 and 13.",
             "Park survey",
             "The Borough of Mill Run is asking residents to fill out a short 12 question survey about its parks. Answers will help decide which upgrades go into the 2025 Recreation Plan. The survey is available at: https://forms.example.com/millrun-parks-2025",
             _SENTINEL_FORM,
         ], appeals=[_SENTINEL_FORM]),
    _doc("b116-opendocket-launch-whyistarted-join-end", "appeal", "end",
         "Invented; modelled on Civil Discourse (Substack launch essay, 'join me, subscribe' line cut mid-word at the end)", "en", [
             "With so much demanding our attention, where should we even begin?",
             "Should we keep our eyes on the danger that extremist movements, many of them openly nativist, pose to our self-government across so much of the country? Should we try to follow the impeachment trial opening Monday morning? Pour our energy into defending fair elections? Public health? School shootings? Wildfires and floods? Or should we zero in on voting rights, bias crimes and reform of policing?",
             "What is your part?",
             "What should you learn? Where should you start? What is within reach?",
             "Those are the big questions everyone who cares about self-government is wrestling with right now. They feel sharper than ever this season. It is the reason I launched this newsletter, Open Docket, as the trial gets underway.",
             "For all the worry, I still see grounds for hope. Teaching people how their government works pays off. I saw it again and again after three decades as a state prosecutor, talking with people who want to help heal the wounds that keep splitting us apart.",
             "A few years ago cable networks started inviting me on to explain what was happening as long-standing norms were pushed aside. The longer I did it, and the more hours I spent unpacking how alarming those years were, the clearer it became that so many of you care deeply about fairness and the law and want to defend the institutions we share.",
             "That is what keeps me at it. I have been lucky to meet many of you through letters, town halls and comment threads. You are tough and kind. Whether your state votes like mine or the opposite way, you know the job is unfinished. As an old judge I clerked for liked to say, the Constitution is a promise, not a guarantee. Each of us has a part to play, as we head toward next fall's elections and what follows.",
             _OPENDOCKET_JOIN,
         ], appeals=[_OPENDOCKET_JOIN]),
    _doc("b116-groundwaterwire-yearreview-video-links-middle", "appeal", "middle",
         "Invented; modelled on Inside Climate News (video description, truncated link lines with newsletter and donate URLs, next episode cut mid-word)", "en", [
             "Step inside our newsroom with editor-in-chief Marian Kobel and reporter Theo Landis as they talk through the wins, the losses and the messes of a year of water reporting.",
             "Quite a year: botched rules, record droughts and a slow slide toward a thirstier future.",
             "The rollback of federal water-quality protections went further than most experts predicted, and abroad the country largely left other nations to set the agenda on shared rivers.",
             "Every winter, Groundwater Wire revisits the stories our reporters followed most closely over the year.",
             "Theo takes us through the year in water, from the gutting of research budgets to lab closures and the spread of thirsty chip plants – with a couple of hopeful notes near the end.",
             "Read the article: https://groundwaterwire.example.org/stories/41...",
             "Browse our coverage: https://groundwaterwire.example.org",
             _GROUNDWATER_LINKS,
             "Step inside our newsroom with deputy editor Carla Nunes and reporter Owen Brandt as they explain how Ohio keeps losing count of brine from drilling sites, even as more of it piles up in landfills each year.",
             "Eastern Ohio sits at the heart of the drilling surge. Gas output there has jumped 29-fold since 2010. All that drilling leaves behind a flood of salty waste, and the state’s record-keeping has not kept pace.",
             "Eight years back, officials vowed to tighten how that waste gets logged, though it can carry radium, arsenic and cancer-linked solvents. Yet a fresh Groundwater Wire investigation found the state’s numbers do not add up, leaving Ohio poorly placed to police spills, leaks, hauling and road-spreading or dumping near streams. “It could be poured out behind a family’s barn and they would never find out,” one retired state inspector told the Wire.",
             "Owen, who has spent",
         ], appeals=[_GROUNDWATER_LINKS]),
    _doc("b116-commongroundnews-housing-teaser-top", "appeal", "top",
         "Invented; modelled on Equal Voice News (free-magazine teaser line at the top, doubled headlines, '[…]' summaries)", "en", [
             _COMMONGROUND_TEASER,
             "Milwaukee Tenants See 'HOMEBASE' as Answer to Rising Rents",
             "Milwaukee Tenants See",
             "MILWAUKEE – On Dolores Pratt’s fridge, a magnet printed with a line from a 1963 march speech holds a grocery list in place. “We are not done yet,” it says. “Keep walking.” Pratt, 64, has walked a long road of her own lately. In 2016, she was weeks away from losing her apartment […]",
             "What Happens When Wisconsin Runs Out of Road Money?",
             "What Happens When Wisconsin Runs Out of Road Money?",
             "MILWAUKEE — With Wisconsin heading into a third month without a transportation deal, hundreds of towns are left with potholes and stalled bus routes while the governor and the legislature stay deadlocked over a $3 billion shortfall that threatens to halt bridge repairs. On July 15, lawmakers let the last extension lapse […]",
         ], appeals=[_COMMONGROUND_TEASER]),
    _doc("b116-townsquaremedia-launchletter-membership-end", "appeal", "end",
         "Invented; modelled on Civil (launch letter listing shows, membership plea with prices cut mid-word at the end)", "en", [
             "The historian Margaret Olander – whose books on town meetings are still taught in civics classes – once wrote that “… self-government dies quietly when neighbors stop talking.” At Town Square we could not agree more, and it sums up what we set out to build. As I look back on the month since we opened our doors, I am deeply thankful for you; the roughly 1,400 people who have signed on to help us repair a public conversation that has grown louder, meaner and thinner in recent years.",
             "In a republic, talking things through is the process itself. It is what keeps the whole machine running. At Town Square, we back no party and no creed. We only want a wider and more honest public conversation, because that is how a free people governs itself.",
             "We built our shows around that idea, so that each one feeds the next and together they form a library for every kind of curiosity. First comes Sixty Seconds of Noise, quick montages that show what happens when people stop listening to each other. Then, Root Questions will unpack the foundations of our institutions in brisk, punchy explainers. Arriving in November, Long Form will offer short documentaries that take on the thorniest issues with patience, care, and room to breathe. October will bring the debut of our reporting series, Main Street Voices, which will run from daily news to deep investigations. In the Both Sides Best podcast we lay out the strongest version of each opposing view through lived experience, and in Kitchen Table Talks we sit down with people of every political stripe to show that once you share a table – once you really talk – there is no topic too hard for finding common ground.",
             _TOWNSQUARE_MEMBERS,
         ], appeals=[_TOWNSQUARE_MEMBERS]),
]


# --- Probe 96: negatives ------------------------------------------------------------------------

PROBE96_NEGATIVES = [
    _neg("b116-krvn-ozarkfoodalliance-volunteers-neg",
         "Invented; modelled on KAIT Region 8 News (TV story on a food bank short of meals and volunteers, where to give)", "en", [
             "“Every hand counts right now,” Regional food bank short on helpers and gifts as holidays near",
             "Neighbors have more than one way to keep local pantries stocked.",
             "MILLERTON, Mo. (KRVN) -The Ozark Valley Food Alliance wrapped up its Stock the Shelves drive on Saturday, but came in roughly 60,000 meals under its target. Now the group is bracing for a deeper gap just as the holidays arrive.",
             "Denise Harlan, who leads fundraising for the alliance, said the gap has been building for a while. If anything, each year looks a little tighter.",
             "“Giving has dropped off a lot this year because of high prices and what a cart of groceries costs now,” Harlan said. “When families are stretched, it is hard for them to give.”",
             "The alliance is holding about 150,000 fewer pounds of food in its warehouse than it did last fall. And last fall, the shelves were already thinner than the staff wanted.",
             "What came in during Stock the Shelves should cover families through Thanksgiving week, but the alliance is still far behind its targets.",
             "Harlan says neighbors can pitch in in other ways, too, not only with cans and cash.",
             "“Our partner pantries badly need people who can show up in person,” Harlan said. “We need strong, younger helpers to unload trucks and stack cases every week so those small pantries are not running on two tired volunteers.”",
             "Anyone who needs groceries before Thanksgiving should call their nearest partner pantry, Harlan said, though shelves may be very bare this close to the holiday.",
             "Looking ahead to December, Harlan hopes gifts will pick up enough that every family can sit down to a full table and a good day.",
             "To learn how to give, sign up for a volunteer shift or locate the closest pantry, go to the food alliance’s website here.",
             "Also, the last produce giveaway before Thanksgiving is set for Tuesday, Nov. 21, at the Dalton County Fairgrounds from 10 a.m. until supplies are",
         ]),
    _neg("b116-kbay-coastalfoodbank-holiday-plea-neg",
         "Invented; modelled on ABC7 News (TV story on a food bank's urgent holiday call, client quotes, matching donor cut mid-word)", "en", [
             "Coastal food bank sounds holiday alarm over shrinking donations",
             "PORT ALDEN, Calif. (KBAY) -- Along the south coast, a regional food bank is issuing an urgent plea for holiday support, just days before Christmas. Its managers say demand for groceries is racing far ahead of the gifts arriving at the warehouse.",
             "Volunteers are moving quickly at the Tidewater Community Food Bank, filling grocery boxes for families who need them this month, and that need keeps growing.",
             "\"We need cans and we need cash,\" said Renee Castillo.",
             "Executive director Renee Castillo says the food bank has never seen demand like this. Higher rents and prices are squeezing the families it serves, and gifts of food and money are falling behind what people need.",
             "\"We have never been here before. People are still giving, but groceries and gas cost so much that each gift just does not stretch as far,\" Castillo added.",
             "The food bank covers four coastal towns and now serves about 118,000 people a year. Since July, 4,200 new households have signed up for help.",
             "\"It makes a huge difference - groceries cost so much,\" said Marta Olvera.",
             "Marta Olvera from Seacliff says she now arrives hours before this Saturday distribution in Port Alden to hold her spot.",
             "\"The line keeps growing, so I get here four hours ahead and I'm still around number 20,\" said Olvera.",
             "Food banks up and down the coast report the same squeeze.",
             "One in seven residents of Marlin and Cove counties now gets groceries from Harbor Harvest Network -- a group that feeds some 400,000 people a month.",
             "The Bayside-Pinecrest food bank serves 41,000 households each week, compared with 27,000 two years ago.",
             "And in Redfield, requests for food help have doubled from this point last winter.",
             "Back in Port Alden, a donor who asked not to be named has pledged to match every dollar given to the food bank up t",
         ]),
    _neg("b116-kmtn-elderpantry-shortage-neg",
         "Invented; modelled on KKTV 11 News (short TV item on a senior food pantry short of donations, address and hours)", "en", [
             "Senior Pantry Runs Low",
             "Families across the region will sit down to heaping plates of ham, pie and cookies over the holidays this year.",
             "But at one local pantry for seniors, the picture looks very different. Its shelves are nearly bare because gifts have dried up.",
             "Golden Years Pantry ... which hopes to deliver 800 holiday boxes to older residents before New Year's ... says its stock has been dwindling since late summer.",
             "So now, they are asking for you.",
             "Anyone who wants to drop off donations can visit the pantry at 418 Cutler Road Tuesday through Saturday 9 A.M. to 4 P.M.",
             "They would most like soups, canned fruit and simple meals, though they say every bit helps.",
         ]),
    _neg("b116-desertherald-zoolights-givingtree-neg",
         "Invented; modelled on azcentral (report on an attraction's visitors giving to the newspaper's own charity campaign, event box with prices)", "en", [
             "Lanterns glow along the paths at ZooLights at the Sonoran Wildlife Park in Cholla Springs. (Photo: Sonoran Wildlife Park)",
             "Visitors to the Sonoran Wildlife Park's holiday ZooLights nights gave $4,217 to the Giving Tree campaign this winter.",
             "\"We think the Giving Tree helps hold this valley together, and we are happy to pitch in each year,\" said Ramona Iturbe, the park's president. And to every visitor who chipped in: \"You made a real difference for people you may never meet. Thank you for thinking of them.\"",
             "Guests at the yearly holiday lights show could add a gift for the Giving Tree at the ticket counter. The Giving Tree is the yearly holiday charity drive run by The Desert Herald and desertherald.example.com. Its main giving season stretches from early November to the end of January.",
             "Last winter, the Giving Tree collected and handed out $1.8 million to 127 local nonprofits that feed children, help families, care for seniors and equip classrooms. Totals for this season will be released later this month.",
             "\"The Giving Tree could not reach nearly as many families without the park and all of our partners,\" said Howard Lyle, who runs the yearly Giving Tree campaign for The Herald and its website.",
             "Other partners include the Ellsworth Family Foundation, Saguaro Nursery and the Herald Community Trust.",
             "ZooLights ran through the first week of January. Every night offered more than 6,000 glowing paper lanterns, strings of colored lights and a projection show called \"Night Canyon, A Light Story by the Lumen Works.\"",
             "The Night Canyon projection show runs through April 20.",
             "‘Night Canyon’",
             "WHEN: Through April 20. Gates open at 6:30 p.m.",
             "WHERE: Sonoran Wildlife Park, 4400 E. Saguaro Loop, Cholla Springs.",
             "ADMISSION: $21.95-$26.95; $11.95-$14.95 ages 2-12.",
             "DETAILS: 555-213-0417, example.org.",
         ]),
    _neg("b116-tidewaterledger-goodneighborfund-short-neg",
         "Invented; modelled on Daily Press (newspaper holiday fund short of its goal, donor counts, totals, storm relief fund)", "en", [
             "The Tidewater Ledger Good Neighbor Fund needs a quick push to reach this year's target.",
             "Yet judging the fund only by its running total could overlook the larger story of how generous this season has been.",
             "This autumn and winter have brought a record wave of giving, close to $260,000 in all, as readers answered two separate charity drives run by the newspaper.",
             "Back in early October, after Tropical Storm Delia flooded the low-lying neighborhoods, more than 710 readers gave $151,280 to the Tidewater Ledger Storm Relief Fund to help families who lost homes and belongings.",
             "And so far this winter, readers have added $108,400 to the yearly Good Neighbor Fund.",
             "The drive, which ends Jan. 31, aims to raise $160,000 for local charities such as the Lower Bay Foodbank and the Harbor Rescue Mission shelters in Kinsale and Marlowe.",
             "The target may be out of reach, and the number of givers is down by 198 from this point last year. But Janet Okoro, who coordinates the Good Neighbor Fund, said she is proud the paper can still hand a sizable sum to local groups.",
             "The Good Neighbor Fund also supports groups like the Kinsale County Head Start Council, the Marlowe Rotary Foundation, the Port Ellis Lions Charities and the Bayview Helping Hands.",
             "Most givers, Okoro said, are not businesses but \"retirees, veterans and ordinary families\" who send what they can.",
             "What the numbers really show, she said, is \"neighbors looking out for neighbors through the Good Neighbor Fund, even in a year when the storm asked so much of everyone.\"",
             "Last season, the drive brought in $137,000 from 1,920 givers for groups that offer beds, coats and meals to struggling families; programs that buy gifts for kids in need; and agencies working to stop family violence.",
             "In 2002, the total came to $118,760.",
             "For 68 years, the paper has gathered",
         ]),
    _neg("b116-brandywineherald-gifttree-thankyou-neg",
         "Invented; modelled on Daily Local News (editorial thanking readers for record gifts to the paper's holiday program)", "en", [
             "Now we get to thank all of you.",
             "Readers of this paper, its sister weeklies and our websites across the four-county region have flooded us with kindness in answering our Gift Tree appeal to bring presents and holiday meals to struggling families in December.",
             "Gifts for this season's Gift Tree now total $96,240, and envelopes are still arriving.",
             "The biggest total the program had ever reached in its 27 years was just under $62,000, and it got there only once. Most years, it has landed somewhere between $35,000 and $45,000.",
             "To be fair, the program, which started at The Herald in Coatesville, has grown in the last few years to reach further into Lancaster, Delaware and now York counties. This was the first season the York Courier took part, and its readers helped push the total higher.",
             "Still, something more than a bigger map is going on.",
             "The Gift Tree runs entirely on what readers give. Apart from a handful of cases, the money comes from people, not companies or charitable trusts. It arrives as checks, bills, card payments through our website and, now and then, a jar of coins.",
             "Print subscribers often clip the article that moved them and slip it in beside their check. A lot of them this season cut out the Gift Tree coupon that ran with the stories, just to be sure we knew where their money should go.",
             "Some add a note thanking us for the chance to help. Others tuck in a kind word for a family whose story moved them.",
             "Givers can mark a gift in memory or in honor of someone, and plenty of them do, some sending a whole list with a sum next to each grandchild or each person they have lost.",
             "All of us involved in the Gift Tree – the staff writers phoning families to learn what they need, the coordinat",
         ]),
    _neg("b116-newsroomfutures-gatewaypost-startup-neg",
         "Invented; modelled on Local News Initiative (report on a start-up newsroom learning from other outlets' membership models)", "en", [
             "St. Louis Start-Up Gets Ready for Launch: ‘New Newsrooms Lift Each Other Up’",
             "As online news start-ups prove they can win readers and hold on to them, they are clearing a path for more newcomers to cover the holes left by the money troubles of the country's old newspaper chains.",
             "One example is The Gateway Post, a St. Louis start-up set to begin publishing this fall in a market where the 130-year-old Riverfront Daily belongs to the Halvorsen chain, which sought bankruptcy protection earlier this month. Only days after that blow to the Daily, The Gateway Post is naming its board, an important step toward winning its tax-exempt nonprofit status.",
             "Gateway Post founder and editor Nadia Okafor, who spent nine years on the Daily's investigations desk, said her work has benefited hugely from the advice and example of the country's growing crop of start-ups, especially the Mountain Ledger, the Gulf Coast Current, the Network of Civic Newsrooms and the Independent Local Publishers Alliance.",
             "“We are fortunate because so many others have already launched, tested and tinkered,” Okafor said, “so we can study what clicked in other cities and what flopped. I've borrowed heavily from the reader-membership setup of the Mountain Ledger in Boise. I flew out to spend time with them. They were incredibly generous. … The live events at the Gulf Coast Current also bring in real money. I picked their brains about that for hours.”",
             "The alliance's director, Ben Havili, said that kind of sharing is normal among its members.",
             "“New newsrooms lift each other up and look out for each other,” Havili said. “It's not the old mindset where one paper has to own a whole town. Honestly, we could use many more of them.”",
             "Marco Ruiz for The Gateway Post",
             "The founding board of The Gateway Post in St. Louis gathers for its first meeting in March 2021.",
             "A Grant From a Tech Giant",
             "Okafor has spent the past year raising money for The Gateway Post, i",
         ]),
    _neg("b116-eastbayvoice-publicradio-reservefund-neg",
         "Invented; modelled on Houston Southeast (community site reporting a public broadcaster's emergency fund drive after funding cuts)", "en", [
             "June 9, 2025",
             "Public Radio Asks for Help – Fund Drive After State Grant Ends",
             "Photo Credit: Lakeshore State University",
             "The State Public Broadcasting Commission is winding down after lawmakers stripped its entire budget. The decision hits funding for 41 local public radio and TV stations across the state as well as the statewide news service. Here in East Bay, two colleges that run stations are feeling the blow directly. But neither plans to go quietly.",
             "Lakeshore Public Media serves more than 1.4 million listeners and viewers across the metro area with free news, music and children's programming through its radio signals, TV channel, podcasts, social feeds, website, app and live streams. Its state grant comes to $1.6 million a year, about eight percent of its budget. Within days of the vote, Lakeshore State University's Lakeshore Public Media launched an emergency appeal. Named the Bridge Fund, the drive aims to bring in at least $3.2 million to keep the station on air for two years.",
             "Denise R. Carver, station manager and Associate Provost | Photo Credit: Lakeshore State (Marcus Hale)",
             "“We are asking everyone who relies on trustworthy reporting, children's programming, storm warnings, and coverage that reflects and serves our own neighborhoods to give to the Lakeshore Public Media Bridge Fund,” said Denise R. Carver, station manager and Associate Provost, in a written statement. In its first nine days, the drive brought in $740,000. A running tally is posted on the station's website.",
             "Beyond the statewide news service, Lakeshore Public Media airs local talk and call-in shows, classroom materials, updates for firefighters and emergency crews during disasters, and missing-child and missing-senior alerts for 14 counties in its coverage area.",
             "And if you love folk, bluegrass, or soul, you may also want to give to Harbor College's W",
         ]),
    _neg("b116-mirasolnews-canyonreport-split-neg",
         "Invented; modelled on CALÓ News (report on a community newsroom's split from its founding nonprofit, quotes and filings)", "en", [
             "Image credit: canyonreport.example.org",
             "This article was updated with a response from Neighbors United Tucson and new details on Canyon Report's legal status.",
             "For the past few years, Canyon Report has been a key source of local reporting across southern Arizona. The volunteer-driven newsroom has broken significant stories and covered ground that larger outlets tended to skip. Its contributors have produced pieces that uncovered misconduct, spotlighted unfair treatment and lifted up voices from overlooked neighborhoods. Likewise, the Canyon Report Ballot Guide has carried real weight with voters and helped move local races.",
             "On March 3rd, 2025, though, a number of Canyon Report writers and editors found themselves suddenly shut out of the newsroom. They say nobody told them ahead of time and that they were shocked to get alerts that they had lost access to the site, its social accounts and their group chat. The lockout came only weeks after Canyon Report staff had quietly met with the board of Neighbors United Tucson, the group that launched the outlet, to say they wanted to go their own way.",
             "In an email to Mirasol News, Neighbors United Tucson director Raymond Acosta wrote that “unhappy Canyon contributors turned down every offer to talk, despite many attempts by our members and other Canyon volunteers.”",
             "Neighbors United Tucson is a nonprofit group which, according to its website, is “a member-led, grassroots network building neighborhood & electoral power in Tucson.”",
             "According to records reviewed by Mirasol News, as of March 10 2025, Canyon Report has registered with the state of Arizona as a separate, incorporated organization now waiting on its tax-exempt status.",
             "Canyon Report staff said the outlet had largely run itself. Yolanda Reyes, Managing Editor of Canyon Report, said she thinks Neighbors Uni",
         ]),
    _neg("b116-techbayou-fundingfridays-riverwire-neg",
         "Invented; modelled on Geek Alabama (blogger relaying another outlet's crowdfunding relaunch with pledge tiers)", "en", [
             "Funding Fridays: Revive the River Wire",
             "Welcome to Funding Fridays! This feature runs every weekday and spotlights one crowdfunding campaign that caught my eye on Fundhive, Backerly, or a similar site.",
             "It has been four months since the River Wire went silent, leaving a real hole in New Orleans local coverage. Since then, the team has heard from countless readers who said how much they missed the River Wire—which over the years had turned into a dependable companion, delivering the stories that mattered and digging into what residents cared about most.  Good news, though: a happy ending—and a fresh start—is close: the River Wire has teamed up with WBYU.",
             "Their first job now is to rebuild the site and restore the River Wire readers remember.  They hope to bring the River Wire back to full speed and keep it going for many years.  With enough backing, the River Wire will be able to widen its reporting on the issues that hold New Orleans together: flood control, rising rents, short-term rentals, absentee owners, insurance, and fair pay. They are proud of what they have done on these beats—along with their lively music and dining coverage—and they plan to go deeper and broaden their coverage of the city.",
             "As of May 2nd, this campaign has raised $96,000 of its $80,000 target. There are 21 days left for it to raise as much as possible. For a pledge of $10, you will be added to their email list.  For a pledge of $30, you will receive a sticker pack.  To find out more and to chip in, head to:",
         ]),
    _neg("b116-kwtc-northsidefire-fundraiser-goal-neg",
         "Invented; modelled on FOX 9 (TV story on a clinic's fire-victims fundraiser that beat its goal within a day)", "en", [
             "Fund for Northside fire survivors tops $40K target in under a day",
             "An image from the campaign page shows it passed its target within roughly 20 hours.",
             "One day after a fire tore through a six-story apartment building and killed four people, neighbors in St. Paul have rallied around the survivors.",
             "For close to 45 years, the Riverside Family Clinic has offered free care to the Northside neighborhood. After Tuesday’s deadly blaze, staff felt they could offer far more than medical help. And on this Thanksgiving, they are thankful for what came back.",
             "\"It's overwhelming, especially this time of year,\" said Monica Delacroix-Hart.",
             "Delacroix-Hart could hardly believe the numbers on her screen. A campaign to help the families displaced by the Northside fire, with a $40,000 target and four weeks to reach it, blew past it in less than a day.",
             "\"Honestly this is one of the most moving things we have ever seen,\" she said. \"We cried a lot yesterday and again this morning. People just kept giving.\"",
             "Just a few streets from the burned building, the clinic, opened in 1979, is woven deeply into life here. The loss hit home inside the clinic too, where one of its nurses lost a cousin in the fire.",
             "\"These families are going to need everything, and most of them can't even say yet what that is,\" she said. \"So I won't ask them to.\"",
             "With the county emergency office covering the first days, the clinic told families it would handle the longer haul.",
             "\"I told them, 'We'll collect the money and keep it safe here, and we'll sort it out with you later, once you've started meeting with each family and every indiv",
         ]),
]


BATCH116_DOCUMENTS = PROBE96_APPEALS + PROBE96_NEGATIVES
