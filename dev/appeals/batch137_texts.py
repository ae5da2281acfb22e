"""Batch 137: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

22 documents (11 appeal, 11 negative; EN): our own paraphrases of every document of the local-only
real probe 117 (22 documents). Each keeps the real page's structure line for line (a morning
newsletter's headline list of "Label: item" lines with a lone "Topics" line, an anniversary letter
with a stray byline-name line, an editor's letter with a deck, "By ... Staff" byline and a UTC
timestamp, a trade site's email-tips line, a duplicated centennial headline under a promo line, a
weekend newsletter's salutation and "As Does ..."-style subhead, a broadcast-trade story, a print-issue
note whose paragraph is broken into link-shard lines starting with a comma, a "•"-separated pickup
list, a Substack interview with another newsletter's subscribe line, an investigative site's boxed
donation panel with a "🔶" button line, and cut-off endings mid-word or mid-sentence) and exactly what
the real gold marks: a one-line "get more when you subscribe" teaser under a newsletter headline plus
a subscriber thank-you and nonprofit donation block glued to a "Subscriber Only" label and running into
the cut-off end; a parenthetical free-email sign-up sentence ending a mission paragraph; a
reader-membership paragraph in the middle of an editors' letter about a pet contest; a two-word-ish
"subscribe now" exclamation glued to the end of a deck; a become-a-member paragraph closing a trade
story; a digital subscription price promo as the first line; the outlet's own cruise-cabin sale
(subhead plus paragraph) closing a newsletter; a subscribe-for-email-news line under a headline; a
membership-campaign sentence split across three link-shard lines; a Substack "reader-supported,
become a free or paid subscriber" line and a closing "subscribe, listen, share" line (the line
pointing to the guest's own newsletter stays text); a donate panel with headline, pitch, gift line and
button. Negatives keep what makes the real ones hard: campaign-finance totals and war chests, a
holiday roundup of food-bank donation needs with matching gifts, a statewide online giving day with
bonus pools and matching pledges, a station's food-drive notice with "donate online here", a
crowdfunding platform's wildfire fundraisers, a student paper's house-fire fundraiser with totals and
quoted thanks, an arts site going daily after the local daily's cuts, industry campaign contributions
(with a legislator surnamed Donate), streaming subscription price hikes, a student op-ed on an
alt-weekly's print cutback, and a reporter leaving a network for a paid subscription newsletter.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch137` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch137.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 117: appeal documents ----------------------------------------------------------------

_DAYBREAK_TEASER = (
    "Still behind after the weekend? Subscribers get a far longer Daybreak in their inbox every morning."
)

_DAYBREAK_THANKS = "\n".join([
    "We're grateful you subscribe to The Riverbend Ledger. Readers like you keep this newsroom running.",
    "Because we are a 501(c)3 nonprofit newsroom with a blended revenue model, our budget comes from reader subscriptions (45%), sponsorships, events and other earned income (30%) and philanthropy (25%).",
    "Please think about a gift to The Riverbend Ledger today; every dollar is tax-deductible.",
    "👉 Your subscription unlocks every story we publish.",
    "👉 Your gift lets us carry the news to neighbors who can't pay for it.",
    "We are convinced a well-inf",
])

_COURIER_DIGEST = (
    "(To get a link to every story we post, join the mailing list for our free Sunday Digest.)"
)

_SALTMARSH_KEEPERS = (
    "Our spring reader drive wraps up in eight days, and we're inviting you to become a Coast Keeper. "
    "A gift of any size helps cover what it costs to report on this county. Give through the Reader Pet "
    "Face-Off and your animal gets a spot in the online gallery—plus you push dogs or cats (or the "
    "\"everything else\" column, our apologies to the rabbits, parrots, goldfish and tortoises) into "
    "the lead. We're keeping score of which team brings in the most."
)

_AMPERSAND_NOW = "Now's the moment to sign up!"

_KTW_MEMBERS = (
    "Our reporting runs on members. Join Kitchen Trade Weekly as a member now for perks such as "
    "unlimited reading across the whole site. Join here."
)

_GULF_PROMO = "Go allAccess as a subscriber. $1 for 6 weeks."

_TSQ_CABIN = "\n".join([
    "And Speaking of Bargains . . .",
    "One last cabin has opened up (a pair of readers had to back out) on the Sentinel Quarterly 2021 Danube Autumn Voyage, and the full details live at tsqvoyage.example.com. No haggling: it goes for $5,400. Write to the fellow who pens this letter at hwhitlock@example.com to snap it up.",
])

_STUDIOWIRE_SIGNUP = (
    "Sign up for StudioWire to get industry headlines, set design showcases and gear launches in "
    "broadcast graphics, lighting and engineering sent straight to your email."
)

_FREEPRESS_DRIVE = "\n".join([
    "A week ago, we kicked off the Three Forks Free Press Reader Membership Drive",
    ", and what readers have sent our way has been, as I told the Newsroom Ledger podcast",
    ", \"honestly about the only thing keeping the lights on at this point.\"",
])

_KAQ_SUPPORTED = (
    "Keep Asking Questions survives on its readers. If you'd like new posts in your inbox and want "
    "to back this project, sign up for free or pick a paid plan."
)

_KAQ_CLOSE = "Subscribe, give it a listen and pass it along, please!"

_PRAIRIE_PANEL = "\n".join([
    "Back Independent Redbud Reporting",
    "The Prairie Ledger digs into the people in charge with patient, thorough reporting. We carry no advertising — our readers and donors pay for this work. If you believe in it, please chip in what you can.",
    "Your donation keeps our stories free to every reader.",
    "🔶 Give Today",
])


PROBE117_APPEALS = [
    _doc("b137-riverbendledger-daybreak-trade-coin-top-end", "appeal", "top+end",
         "Invented; modelled on The Daily Memphian (morning newsletter: subscribe teaser under the headline, subscriber thank-you and donation block glued to a label at the cut end)", "en", [
             "The Daybreak: Trade whispers, a frozen treat and a hidden-gold tale",
             _DAYBREAK_TEASER,
             "Good Monday, Harrow Bend. It's Feb. 9, and the Calder County Board will decide whether to cover overdue lease payments for Register of Deeds Lorraine Pettaway's annex out in Oakmont.",
             "Across the river in Westbrook, the town council takes up whether the farmers market may open an hour earlier on Saturdays. (Yes, for those of you who need fresh sourdough by 7 a.m.) For the full calendar, The Week Ahead is ready for you.",
             "A swing and a maybe: Rumors about shipping out Rivermen guard Dorian Blake have circulated since last spring, and this round sounds more serious.",
             "The server farm's water tab: In December we reported how much the Northgate data center pulls from the city wells. Turns out Harrow Bend Utilities forgot to hand over two months of meter readings.",
             "Governor passes on summer meals: Gov. Carla Menendez has turned down federal dollars for school-break lunches.",
             "A gold piece with a past: An exceedingly rare 1870s gold coin sat in a dresser drawer in an Eastside bungalow for a decade before federal agents came knocking.",
             "Sundae best: Eastsiders are getting a new frozen custard stand.",
             "Rivermen flattened: Coach Terrell Voss said he was \"flat-out embarrassed by how every single player showed up\" on Saturday.",
             "Hoo's that? A snowy owl chick hatched at the Harrow Bend Aviary over the holidays could help rescue its shrinking population.",
             "Topics",
             "The Daybreak Subscriber Only" + _DAYBREAK_THANKS,
         ], appeals=[_DAYBREAK_TEASER, _DAYBREAK_THANKS]),
    _doc("b137-millracecourier-sixth-year-digest-middle", "appeal", "middle",
         "Invented; modelled on Rochester Beacon (anniversary letter, free weekly-email sign-up in parentheses ending a paragraph)", "en", [
             "The Courier enters its sixth year",
             "Across the past half-decade, the outlook for hometown papers across the country has darkened further. Almost without exception they have lost readers, lost advertisers and lost reporters, year after year. As phones and feeds handed people fresh ways to get their information, the slide for printed dailies only picked up speed.",
             "What has stayed constant is people's hunger for news about their own town. The Millrace Courier shows it. Since our first story went up on Sept. 9, 2019, our audience has climbed steadily—sometimes sharply. In fact, visits to our site across the past year have jumped.",
             "Helen Marsh",
             "Yet nothing about that was assured. As I've written on each birthday, the people who started the Courier understood that it might well collapse. Most of us had worked for decades in print and had watched the business wither from the inside. Still, we were convinced a different model could succeed.",
             "Every weekday we posted fresh reporting, and every month more people found it. Shortly before our third birthday in 2022, the site passed half a million pageviews in total. These days we record upward of 400,000 a year and will shortly pass 2 million overall. The list of people who get our Sunday Digest email keeps getting longer, too.",
             "The founding charter we wrote before opening our doors, spelling out what we owed our neighbors, still guides us. Our aim is to offer a blend of long-form reporting, explanation and commentary rooted in evidence, centered on the knotty problems Millbury faces. We think our stories belong to everyone here, which is why, unlike plenty of other outlets, we keep every article free to read. " + _COURIER_DIGEST,
             "We think commercial newsrooms still do essential work, but we chose to be organized as a",
         ], appeals=[_COURIER_DIGEST]),
    _doc("b137-saltmarshweekly-pet-faceoff-keepers-middle", "appeal", "middle",
         "Invented; modelled on Monterey County Weekly (editors' letter in a daily newsletter, reader-membership paragraph mid-letter)", "en", [
             "On most days, everyone on staff at the Saltmarsh Coast Weekly pulls in one direction. This week, though, things have gotten a bit competitive. Dana Whitcomb and Leo Farrant writing, and we disagree sharply about which animals deserve to win our Reader Pet Face-Off: dogs or cats.",
             "Dana and her beagle Pickles are backing the dogs, while Leo—along with Juniper and Moss—is firmly on team cat. In the end, though, what both of us truly want is a healthy hometown paper, above all in an unsettled stretch when trustworthy reporting counts for so much.",
             "Plenty at the Weekly stays the same, yet over the last couple of years we, like every other business, have had to change how we work. One result is this daily email, Saltmarsh Coast TODAY. Another is that we now ask readers to chip in money to pay for our reporting directly.",
             _SALTMARSH_KEEPERS,
             "We had wanted to do an all-animals issue for years, and this is only the second time we've pulled it off—this year's edition is in racks around the county right now. It has become one of our newer habits. What stays put, however, is our constant effort to mix the weighty and the playful, the tough stories and the lighter ones, across every issue. We think the animal edition captures exactly that, with stories ranging from a porch-cat thief and a rare-reptile breeder to vet bills and tricky tenant-pet cl",
         ], appeals=[_SALTMARSH_KEEPERS]),
    _doc("b137-ampersand-editors-letter-2008-race-top", "appeal", "top",
         "Invented; modelled on Salon (editor's letter: deck ending in a subscribe exclamation, staff byline, UTC timestamp)", "en", [
             "A note from the editor",
             "Harbor Review, novelist Priya Castellano and former aide Walter Denning team up with Ampersand for campaign season. " + _AMPERSAND_NOW,
             "By Ampersand Staff",
             "February 3, 2008 7:12AM (UTC)",
             "The country is anxious, at home and abroad. And with a presidential contest as consequential as any in living memory now in full swing -- a crowded field of governors and senators fighting over a weary electorate -- Ampersand is stepping up its campaign reporting to match.",
             "I'm pleased to tell you that Ampersand has teamed up with Harbor Review to dig into the outgoing administration's record and the race to succeed it through a run of joint investigations. For forty years, Harbor Review has been known for long, unsparing reporting on power and money in Washington, and we are thrilled to be working alongside its founding editor Marcus Feld and his formidable staff.",
             "Starting Wednesday night, Ampersand will open The Stump '08, a live campaign blog that will sift the nonstop flood of race coverage and flag the scoops, surveys and backroom gossip our readers most need to see.",
             "Our political pages will also gain a new columnist, Walter Denning. Denning is a sharp Capitol Hill observer who has reported for several big-city dailies and a weekly magazine, and who spent four years as a senior adviser in the Senate -- a stint he recounted with real flair in his widely read memoir, \"Inside the Cloakroom.\"",
             "Last but not least, I'm thrilled to report that acclaimed novelist Priya Castellano -- who long ago toiled as an overworked Ampersand copy editor before prizes and bestseller lists came calling -- is coming home to Ampersand with a sly comic novel about the national campaign circus, which we will start running in installments on Tuesday, Feb. 12. New chapters of Castellano's book will arrive every second Tuesday, apart fr",
         ], appeals=[_AMPERSAND_NOW]),
    _doc("b137-kitchentradeweekly-indie-openings-members-end", "appeal", "end",
         "Invented; modelled on Restaurant Business (trade story ending in an email-tips line and a become-a-member paragraph)", "en", [
             "If the restaurant trade can count on anything, it is the endless inventiveness of independent operators, who roll out fresh concepts and new ideas at a remarkably steady clip.",
             "So that readers can track the latest, Kitchen Trade Weekly is starting a recurring monthly column that follows noteworthy independent openings—and shutdowns— in cities nationwide.",
             "In this first edition, covering March and April, we found a sleek Nordic-meets-Basque dining room in Minneapolis from chef Annika Solberg. In Tampa, chef Rafael Ortiz is testing a menu that may feature plates like crab hushpuppies with smoked mango butter at the new Tidewater Table. And in Boise, Idaho, the crew behind a well-loved food truck is serving brunch at the freshly opened Sawtooth Skillet downtown.",
             "We also mark the closing of three cherished spots in Denver, Raleigh and Santa Cruz, Calif.",
             "Know about a new restaurant? Email the details (photos welcome) to Marco Delgado at mdelgado@kitchentrade.example.com",
             _KTW_MEMBERS,
         ], appeals=[_KTW_MEMBERS]),
    _doc("b137-gulftribune-centennial-allaccess-top", "appeal", "top",
         "Invented; modelled on Sun Sentinel (digital subscription price promo as first line, duplicated headline, cut history story)", "en", [
             _GULF_PROMO,
             "Gulf Tribune marks 100 years",
             "Gulf Tribune marks 100 years",
             "Launched on a whim and run off on \"butchers papper\" by a pharmacist with a rather relaxed view of spelling, the earliest ancestor of the present-day Gulf Tribune first came off a creaky hand press on June 2, 1923. Its name was The Port Halcyon Bulletin and it was the town's first daily sheet (a Saturday Bulletin was sold too) printed in Port Halcyon. It ran to two narrow pages set \"on butchers papper for the fun of it,\" wrote owner Amos T. Kettering, who kept the drugstore on Front Street. Hardly a serious paper, it mostly printed the morning's lot auctions for land speculators. It did not last long, and nobody knows exactly when it folded. Still, that first sheet...",
         ], appeals=[_GULF_PROMO]),
    _doc("b137-sentinelquarterly-sundayspark-hollis-cabin-end", "appeal", "end",
         "Invented; modelled on National Review (weekend newsletter letter ending in the outlet's own cruise-cabin sale subhead and paragraph)", "en", [
             "Old Ezra Still Looks Sharp at 190",
             "Dear Sunday Sparker,",
             "It was Hollis Day in 1974 or so, and the thaw had uncovered just enough of the diamond, so a few of the neighborhood troublemakers dug out their gloves and trooped over to Millstone Park (where a militia company had held off a column of redcoats for an afternoon in 1781) and tried to stage a ballgame in the slush and muck. Lord, how we loved softball.",
             "And Ezra. We adored him, without having to think about it. Fine, perhaps partly because there was no school on his birthday (and no school on Founders Day a week after), granted. But we read about him, sang songs about him, learned his speeches by heart. Do children now? Do grown-ups? My cherished old-movie channel will air no Hollis pictures — neither The Young Governor nor Hollis of the Prairie (which earned future TSQ subscriber Harlan Brooks an Oscar nod) — on his 190th birthday this March 3.",
             "Let us grumble, but notice this as well: On old Ezra's birthday next month, the channel will air Prairie Lights. Its star was a young fellow named Walter Crane. That is a lucky coincidence. If you have never watched it, go watch it.",
             "And allow me one more note before we get to the Main Course that is this Sunday's Spark: Two colleagues have published books about Ezra. Each belongs on your shelf. One is Nora Pruitt's The Governor's Boy: Ezra Hollis and the Making of a State. The other is Dan Meyer's Hollis Rising: How a Farm Kid Built a Frontier Capital—And What We Can Learn From Him. I recommend both without reservation.",
             _TSQ_CABIN,
         ], appeals=[_TSQ_CABIN]),
    _doc("b137-studiowire-maya-chen-backstage-newsletter-top", "appeal", "top",
         "Invented; modelled on NewscastStudio (broadcast-trade story, subscribe-for-email-news line under the headline)", "en", [
             "Maya Chen leaves MNN to start her own TV industry newsletter",
             _STUDIOWIRE_SIGNUP,
             "Metro News Network's chief television correspondent, Maya Chen, has left the channel to start an industry newsletter of her own.",
             "Chen came to MNN in 2016 after earlier jobs at Trade Desk Daily and The Signal.",
             "Now she is starting Backstage, an independent newsletter expected to resemble the \"Control Room\" briefing she wrote at MNN.",
             "\"Backstage is the essential evening read on what is actually going on behind the doors of the TV business,\" says the site for the new project.",
             "The launch edition is set for Sept. 9, 2024.",
             "Backstage will also have a \"basic\" free tier, which delivers the Saturday wrap with \"teasers\" from the evening editions.",
             "Readers who want all 22 editions each month, covering weeknight newsletters Monday to Thursday plus the Saturday wrap, will pay $12.50 a month. An annual plan costs $125, which works out to roughly two months at no charge. That level also adds urgent news bulletins.",
             "A \"Patron Circle,\" at $500 a year, \"lets readers help sustain and grow our independent reporting.\" It also comes with seats on monthly video chats and other \"still-to-be-planned gatherings.\"",
             "Backstage also plans to look into ad sales and sponsorship deals.",
             "Chen has deep contacts across the business and a long record of landing exclusives.",
             "\"Over eight years on the beat, all of them at MNN, Chen has earned a name for steadily breaking big stories and offering sharp analysis that shows how the business really works,\" the Backstage launch email said. \"Her reporting is followed closely by those who run the indus",
         ], appeals=[_STUDIOWIRE_SIGNUP]),
    _doc("b137-threeforksfreepress-print-issue-membership-middle", "appeal", "middle",
         "Invented; modelled on Pittsburgh City Paper (print-issue note, membership-campaign sentence split across link-shard lines, bulleted pickup list)", "en", [
             "Three Forks Free Press distribution lead Marta Kowal loading this week's bundles into the van",
             "Hard to believe, honestly, but one more print edition made it out this week. It's thinner than normal, but we're not done yet.",
             _FREEPRESS_DRIVE,
             "It's the truth. Nearly everyone here has been working from their kitchen tables, turning out round-the-clock coverage of the outbreak, and I could not be prouder of what they've produced in these hard weeks. It's tough to step away from the story when the story is your own life.",
             "All of us at the Free Press thank you, from the bottom of our (exhausted, jittery) hearts, for reading.",
             "For as long as we can manage it, we want to keep printing a paper. Our traffic numbers show that more of you are reading us online than ever, and we will keep posting new daily coverage here at no charge. Still, print is our origin, and we want to keep reaching every neighbor, including people who can't get online daily. By the most recent county survey, 11.2% of Marrow County homes lack a computer, and 17.9% have no home internet plan. With the library branches shut, a paper picked up from a street box may be somebody's sole news source. We want to keep getting it into their hands.",
             "This week's paper will be in all our street boxes, plus every regular FreshWay grocery. Other busy pickup points include:",
             "Corner Mart, Eastgate • QuickFuel, 12th and Canal streets, Eastgate • Café Lumière, Eastgate • Thai Orchid, Market District • Bric",
         ], appeals=[_FREEPRESS_DRIVE]),
    _doc("b137-keepaskingquestions-mara-ellison-interview-end", "appeal", "end",
         "Invented; modelled on Never Close the Inquiry (Substack interview post, reader-supported line and closing subscribe line; another newsletter's subscribe line stays text)", "en", [
             "Mara Ellison of Morning Ballot on the New Administration's First Month",
             "Here is my conversation with Mara Ellison, who may be among the sharpest and fairest political writers around right now. That would be high praise for anyone, but it's extraordinary for Mara--she's just 24. The Northwestern alum and author of Morning Ballot, one of the best newsletters you can sign up for anywhere, has been covering campaigns since she was ten. Fourteen years on, she's a polished veteran finally doing the job she loves full time, and wow is she good at it. Mara and I talked about where she came from, including how she got started and how she broke the story that a sitting big-city mayor was launching a White House bid, and then traded our takes on the new administration's opening month.",
             _KAQ_SUPPORTED,
             "Sign up for Morning Ballot here:",
             _KAQ_CLOSE,
         ], appeals=[_KAQ_SUPPORTED, _KAQ_CLOSE]),
    _doc("b137-prairieledger-local-watchdog-donate-panel-middle", "appeal", "middle",
         "Invented; modelled on The Frontier (investigative site's essay with a boxed donation panel and button mid-article)", "en", [
             "If you read The Prairie Ledger, you likely already know the broad case for what we do. We keep people in Redbud County informed. We tell stories that nobody else would tell. We make the powerful answer for what they do.",
             "What readers may not see is the concrete payoff.",
             "Over the past decade, a pile of university studies has shown that local accountability reporting pays off in ways you can measure. One 2019 paper concluded that towns with no local newsroom watching their officials spend millions more a year on average. In those places, public salaries climb, borrowing goes up, and cities pay steeper rates on their bonds because nobody is paying attention. Residents end up covering those costs. Another study, from 2023, tied the loss of a hometown paper to an increase of about 6 percent in federal public-corruption prosecutions of local officeholders.",
             _PRAIRIE_PANEL,
             "Reader support is what lets us keep watching the people in power.",
             "This year, that backing let us dig up fresh evidence about a",
             "kickback scheme in the Redbud County road department and to ask whether county commissioners knew about the wrongdoing or could have halted it before prosecutors were called in. An outside audit showed that millions of dollars were paid out in breach of county contracting rules, opening the door for a senior supervisor to pocket well over $300,000 meant for bridge and road repairs.",
             "I also looked into the sheriff's growing network of drone patrols, a costly monitoring program rolled out with little public deb",
         ], appeals=[_PRAIRIE_PANEL]),
]


# --- Probe 117: negative documents --------------------------------------------------------------

PROBE117_NEGATIVES = [
    _neg("b137-tidewaterstatereport-campaign-finance-early-look-neg",
         "Invented; modelled on Maryland Matters (first look at campaign finance filings, figure lines lost from the page)", "en", [
             "A First Glance at the New Campaign Finance Filings",
             "That's how much the campaign account of Harlan County Executive Rosalind T. Achebe (D) said it took in and paid out over the last twelve months.",
             "That's what remains in the campaign account of the late Senate president Victor L. Sandoval (D).",
             "Those were among the first figures — and clues — to emerge from the newest batch of campaign finance filings by the state's officeholders and candidates, which had to reach the State Elections Commission before midnight on Tuesday.",
             "Several filings were still missing from the commission's website as of Wednesday morning, making it hard to study them closely or reach firm judgments.",
             "Tidewater State Report will keep sifting through scores, maybe hundreds, of finance filings over the coming days, and will publish fuller stories as quickly as possible.",
             "For now, here is what stands out so far:",
             "State Treasurer Gordon P. Whitfield (D) was by a wide margin the busiest fundraiser among the statewide officeholders. He took in $688,450 between Jan. 12, 2023 and Jan. 10 of this year. He paid out $142,900, and listed $1,318,775 in the bank.",
             "Whitfield has said openly that he intends to seek the governorship in 2026 after three terms as treasurer. Should he run, he'll start with a hefty campaign chest.",
             "State Attorney General Miriam K. Osei (D), who has kept quiet about her plans for 2026, brought in $98,610 during the opening year of her second term, and listed $149,320 in the bank after paying out $61,275. Osei still owed $65,000 to her own campaign — money she lent her committee in 2017, while weighing a run for higher office.",
             "Lt. Gov. Curtis B. Harlow (R), who has stepped up his public events and political travel across the last twelve months ahead of a possible bid for governor in 2026, did not raise especially large sums during the period. He listed $",
         ]),
    _neg("b137-harborviewdaily-holiday-meals-foodbank-neg",
         "Invented; modelled on Port City Daily (free-read holiday roundup of food-bank donation needs with a matching offer)", "en", [
             "Ways to help put a holiday meal on a neighbor's table [Free read]",
             "Area charities are collecting gifts to help families eat well through the holidays. (Harborview Daily/File)",
             "HARBORVIEW—The giving season could hardly arrive soon enough.",
             "This year has been rough on charities, with almost no benefit galas to carry them and few chances for volunteers to pitch in because of crowd limits, even as need keeps climbing. Hunger has risen 34% across the coastal plain region, according to the Tidewater Hunger Network.",
             "Below are a few groups that would welcome your support before the holiday.",
             "Food Bank of the Coastal Plain",
             "Roughly 81,000 people, among them 23,410 kids and 21,980 older adults, live in homes without reliable access to food across Ashby, Marlowe, Carteret Bay and Lindale counties together.",
             "For those families, gifts of money work best, since they let the food bank adapt when deliveries fall short, a problem that has grown since the outbreak began, said Renee Holloway, who runs communications and programs at the Food Bank of the Coastal Plain. Until Dec. 31, each dollar given on the food bank's website will be doubled.",
             "Still, the food bank gladly takes donated goods too. Items in highest demand include canned vegetables, soup, noodles, rice, lentils, oatmeal, nut butters, plus toiletries and household cleaners.",
             "\"We're working hard to stock foods that keep well and need no cooking, so families can stretch them further and maybe skip a few trips to the store,\" Holloway said.",
             "The food bank also takes baby and toddler supplies, such as diapers, wipes and electrolyte drinks, or single-serve snacks for children like applesauce pouches, cereal bars, juice boxes or pretzels. The complete list is posted here.",
             "Givers are also invited to drop off holiday extras, such as boxed stuffing, cranberry jelly or canned yams. \"Those make the season feel special for so many families,",
         ]),
    _neg("b137-rivervalleyrecord-valley-gives-day-matching-neg",
         "Invented; modelled on New Hampshire Union Leader (news on a statewide 24-hour online giving day with bonus pool and matching pledges)", "en", [
             "RIVER VALLEY charities are counting on residents to open their wallets during a one-day online giving marathon this week.",
             "Starting at 6 p.m. Wednesday, close to 520 charities will take part in Valley Gives, a yearly online campaign.",
             "Last year, over 12,000 donors gave $3.1 million to 498 charities through ValleyGives.example.org, according to the River Valley Nonprofit Alliance, which started Valley Gives in 2017.",
             "The campaign has brought in $7.4 million since it began. The participating groups offer a wide range of services, from hot meals and youth mentoring to theater and music programs.",
             "\"Valley Gives is a wonderful chance for our neighbors to rally behind the charities that show up for all of us in hard times,\" Alliance president Denise Okoro said in a release. \"No gift is too small to matter.\"",
             "Gifts can be stretched even further with almost $780,000 in bonus money and matching pledges.",
             "A $210,000 bonus fund from the Valley Community Trust and its supporters will be divided among charities according to their share of the total raised. A charity that brings in 3 percent of all gifts, say, will get 3 percent of the bonus fund.",
             "On top of that, supporters have promised over $570,000 to match gifts to particular charities. Trustees of the Riverbend Railroad Museum, for one, have put up a $12,000 matching challenge.",
             "Gifts will fund the railroad museum's programs for teens, including a project in which high school students restore a vintage caboose at Riverbend Technical Academy, said museum director Paul Andersen.",
             "\"We're a small outfit. That ($12,000) is a big slice of what we spend in a year,\" Andersen said on Monday. \"Our trustees decided this was the best way to r",
         ]),
    _neg("b137-krvl-fill-the-bag-food-drive-neg",
         "Invented; modelled on WECT (station web notice of a mail-carrier food drive, food bank's donate-online line)", "en", [
             "Fill the Bag food drive is this Saturday",
             "By KRVL Staff",
             "Published: Apr. 18, 2024 at 2:10 PM CDT|Updated: 2 hours ago",
             "RIVERVALE (KRVL) - Residents are encouraged to set out bags of shelf-stable groceries beside their mailboxes for mail carriers to pick up during the Fill the Bag food drive on Saturday, April 20.",
             "The Prairie Harvest Food Bank has joined with the regional mail carriers' union to run the drive.",
             "\"Leave your canned and boxed foods in a bag next to your mailbox on Saturday, April 20th, and your carrier does the rest! You can also bring them to your neighborhood post office. Top requests are canned chicken & beans, pasta & oatmeal, peanut butter, and shelf-stable milk. Please avoid glass jars. See our Top Needs List,\" the food bank says on its site.",
             "People who would rather give money online can do that here, and details on volunteer shifts are here.",
         ]),
    _neg("b137-capitolledger-rallyfund-wildfire-fundraisers-neg",
         "Invented; modelled on The Hill (news on a crowdfunding platform's wildfire fundraisers with totals and quoted campaigns)", "en", [
             "Households that have lost houses and possessions to blazes across the Mountain West are turning to online fundraisers in hopes of getting some help during a crisis that shows no sign of ending.",
             "RallyFund, a large crowdfunding site, said Tuesday that several hundred people, from Nevada to Montana, have used the service to ask for urgent help.",
             "Users of RallyFund have collected over $180 million for fire relief in the last six years, and the number of fire-linked campaigns has roughly quadrupled over that span, the company said.",
             "The jump in such campaigns tracks a worsening fire danger across the region as heat records fall and drought deepens with a warming climate.",
             "In Nevada alone, 11 fires larger than 10 acres are now active, with the especially fierce Copper Ridge fire burning across over 350,000 acres in the state's north.",
             "\"After their Pinecrest house burned in the 2019 Hollow Creek Fire, Dana and Ruben Alcott and their kids started over in Silver Flats,\" reads one such RallyFund page.",
             "The organizer recounts how the family made \"a seven hour drive\" to flee the fire-threatened community of Silver Flats for temporary lodging in Elko — along with their four cats.",
             "\"They watched the fire coverage, only to find out that their home had burned down a second time,\" the page continues.",
             "In western Montana, where the Aspen Gulch fire has scorched about 52,000 acres as part of the \"Bitter Root Complex,\" another page tells of losing a \"dream 40-acre horse property\" near the old silver camp of Granite Hollow, which burned to the ground.",
             "\"The home, barns, corrals, workshop, and a lot of our animals were lost in the Aspen Gulch fire this week,\" the page says.",
             "Hoping to make it easier to help those affected, RallyFund has set up a single Fire Relief Center, which lists every vetted campaign tied to the blazes. The platform",
         ]),
    _neg("b137-ashfordcrier-oakdale-housefire-fundraiser-neg",
         "Invented; modelled on The Villanoview (student paper on a house-fire crowdfunding with totals and quoted thanks)", "en", [
             "Tiny borough, giant spirit",
             "March 9, 2022",
             "The spring semester brings a clean slate for four families from Oakdale who lost their homes and nearly everything in them to a fire. Money from an online crowdfunding drive is covering replacement coats, medicine, groceries, and other essentials. Priya Raman helped organize the drive.",
             "\"The drive has collected $52,310, and the hope is to give at least 10k-15k to every family,\" Raman said.",
             "The four families, with eleven kids among them, lived in a row of attached townhouses on Birch Lane. Local news reports say the blaze began in a garage workshop at one end of the row around 2 a.m. on January 30. Everyone escaped without injury.",
             "\"They had no chance to save anything because it was the dead of night and they had to get out fast,\" the fundraising page reads.",
             "The page says the families want to keep their names private, but they are overwhelmed by how many people have stepped up.",
             "\"All four Birch Lane families want to say thank you, from the bottom of their hearts, to everybody who has chipped in,\" the fundraising page reads.",
             "Right after the fire the families stayed at the Oakdale Youth Center.",
             "\"I've never been prouder of Oakdale,\" Mayor Gregory Lindqvist said. \"This happened at two in the morning. I went straight over when the call came. Right away I told staff to open up the youth center. I spent roughly 5 hours there and neighbors just kept arriving, and they keep giving even now.\"",
             "Shops in Oakdale lent a hand as well. The owner of Birchwood Pizza & Grill brought over dinner for the families.",
             "\"We brought pizzas, salads, and water,\" she said \"We only learned of the fire when the mayor phoned that afternoon, so we cooked whatever we had as fast as we could.\"",
         ]),
    _neg("b137-cascadeartsbeat-going-daily-herald-cuts-neg",
         "Invented; modelled on Oregon ArtsWatch (arts site's note on going daily after the local daily's cuts)", "en", [
             "Cascade ArtsBeat Notebook: One chapter ends, another begins",
             "Cascade ArtsBeat is now daily, since art doesn't take days off!",
             "This morning, there was no Ridgeline Herald on my porch.",
             "And starting this morning, Cascade ArtsBeat is widening its focus to offer steady, everyday reporting and news briefs about arts and culture across the region. As you can probably guess, those two things are closely connected.",
             "We first talked about launching Cascade ArtsBeat five years back, once it became clear that serious reporting and criticism about the arts in Ridgeline and the surrounding region were close to vanishing. The Herald had started shrinking its culture desk and its arts section was getting thinner. Nobody else had the money or the will to take over the job the paper was walking away from.",
             "Not that we intended to copy what The Herald had done! We felt the paper's arts pages (and every other section, frankly) had to get better if it hoped to last in a digital world. That meant smarter use of the web, of course, but it also meant sharper writing and deeper thinking, closer attention to public life, podcasts and video, and a lot more energy overall. We were sure that something important was often riding on our concerts, gallery shows, stage productions, novels and movies, and on how they echo through our towns, and we had to get better at finding and explaining what that was.",
             "We are now three-plus years into running Cascade ArtsBeat, and over that stretch, particularly in recent months, we've looked on in dismay as the Herald has nearly walked away from the arts as a beat. We had relied on the paper to handle the basic listings and arts news. We assumed we'd add the deeper features, essays, reviews and investigations that The Herald took on less and less often. But this spring the paper revealed a round of layoffs that all but eliminated its last remaining critics, and its culture section",
         ]),
    _neg("b137-basinindependent-realtor-contributions-neg",
         "Invented; modelled on The Nevada Independent (data story on an industry's legislative campaign contributions, a senator surnamed Donate)", "en", [
             "Follow the Money: Adding up over $512,000 in legislative campaign donations from real estate agents and developers",
             "With close to a fifth of the Legislature selling homes or developing property for a living, it is hardly a shock that brokers, builders and real estate groups gave over $512,000 to legislative campaigns in the last cycle.",
             "That made real estate the sixth largest \"industry\" by legislative campaign giving, although, with the housing slowdown, it was a modest dip from the $548,000 the sector handed lawmakers during the 2020 cycle",
             "The money tilted toward Republicans by better than 2-to-1, probably helping some GOP campaigns in a year when the party narrowed the Democratic majority.",
             "While Democrats held on to both houses, Republicans picked up two seats in the 21-member Senate and two more in the 42-member Assembly. They now trail 11-10 in the Senate, and 25-17 in the Assembly.",
             "To gauge wide patterns in campaign giving, The Basin Independent sorted and examined more than 6,900 separate donations above $250 given to current lawmakers in 2021 and 2022.",
             "Those donations account for almost all campaign giving during that stretch, and more broadly reveal who got the biggest checks and what they added up to.",
             "The figures here cover just one piece of the campaign money picture: 488 donations from 157 donors that loosely fit the category of \"real estate and development.\"",
             "Two lawmakers, however, are left out of this analysis: Sen. Teresa Donate (D-Carson Flats) and Assemblyman Luis Okafor (R-Pine Valley). Both were named to empty seats in January, after a freeze on donations to legislators took effect before the session opened.",
             "Overall, the donations tilted toward Republicans $351,200 to the Democrats' $160,940 — with Senate Minority Leader Gail Rutherford (R-Pine Valley), a former county commiss",
         ]),
    _neg("b137-gadgetdial-streaming-price-hikes-neg",
         "Invented; modelled on SlashGear (explainer on why streaming services keep raising subscription prices)", "en", [
             "The Price Creep: Why Streaming Platforms Keep Charging You More",
             "Ever since Flicklane moved into online streaming alongside its mail-order disc rentals back in 2008, video streaming services have enjoyed a remarkable run of growth. Over the last few years in particular, with much of the audience kept indoors by lockdowns, streaming's fortunes, measured in paying accounts and time spent watching, hit record levels. Yet that runaway success may have turned into a trap for the business, since the crowded field of streaming platforms now has to keep expanding despite market saturation and a string of other unfavorable conditions.",
             "In earlier years, the main strategy of big players such as Flicklane or Reelbox was either to license older shows and films to pad out their libraries or to pay for original series and movies that viewers could only watch with a plan. Now that the market is saturated, though, locking down new programming makes less and less financial sense, particularly as every big studio launches its own platform and pulls its back catalog away from rivals. With that route closed off, the one lever left for growth is raising what customers pay.",
         ]),
    _neg("b137-hollistatecourier-alt-weekly-quarterly-oped-neg",
         "Invented; modelled on The Globe (Point Park University) (student op-ed on a city alt-weekly cutting back its print edition)", "en", [
             "Although the Hollis City Weekly, the town's alternative paper since 1988, isn't shutting down, its move from a free weekly print edition to a print run just four times a year is troubling.",
             "Ask anybody who knows me why I went into journalism, and two papers always come up; the City Weekly and The Northside Ledger, which covers the Elmwood-Fairmount-Brookside neighborhoods. The Ledger landed on our porch from the year we arrived in Hollis in 2007, and we'd grab the City Weekly whenever a fresh issue showed up in the rack at what used to be Grant's Market in Elmwood.",
             "Reading both as a child wasn't just exciting because it was real reporting on the folks and streets near us, but also because it felt within reach. My parents used to tease me for lacking much imagination as a little kid, but reading those strange true stories and learning about my surroundings beat anything my own brain could invent at 8 or so.",
             "That excitement also came with a sense of what I was meant to do: I wanted to be exactly like the people writing the articles I read, long before I knew the word byline.",
             "This is very personal and probably a rare story for someone in Gen-Z. Print was already fading before any of us were born, and it's fair to say my childhood friends were reading picture books while I was poring over coverage of a tight 2011 city council race and a new robotics startup in Hollis.",
             "Even if my reason for becoming a reporter is an unusual one, it would be foolish to think that readers with no interest in journalism didn't get something from the City Weekly's weekly paper. Those stories weren't being covered anywhere else, and that is exactly what an alternative paper is for.",
             "To be clear, the City Weekly hasn't given up. Alongside the four print editions a year",
         ]),
    _neg("b137-patriotwirenow-maya-chen-exit-backstage-neg",
         "Invented; modelled on Trending Politics (report on a network reporter leaving for a self-funded paid subscription newsletter)", "en", [
             "Maya Chen, the author of MNN's \"Control Room\" briefing and an outspoken critic of her own employer, stunned the industry Wednesday by revealing she is leaving to launch a rival media newsletter. Chen, 34, had taken over the briefing after MNN pushed out its earlier author, Gary Feldman, in 2021.",
             "The sudden exit comes during a turbulent stretch at MNN, as the channel goes through a sweeping overhaul under new chief executive Lauren Pike. Just recently, Pike announced plans to eliminate 120 positions as part of wider corporate cost-cutting.",
             "Chen's departure follows a grim earnings report from MNN's parent, Meridian Media Group, which posted an $8 billion net loss for the quarter, with its shares sinking more than 12% in a single day according to The Capitol Daily. Having arrived at MNN in 2016, Chen is starting a paid newsletter called \"Backstage\" entirely on her own.",
             "\"Nobody is bankrolling this. It's just me,\" she told The Capitol Daily. \"Paying readers are what will keep me independent.\" Chen stressed that \"Backstage\" would be fully self-financed, depending on subscribers to keep her independent reporting going.",
             "MNN chief executive Lauren Pike said in a statement. \"Maya has become a demanding but scrupulously even-handed voice in media coverage and analysis – never shy about telling it straight. She has been a superb steward of MNN's Control Room briefing, and we wish her every success in her new venture.\"",
             "Chen was MNN's chief television correspondent, concentrating on where the news business meets politics. Her work mainly examined how the press influences public opinion and how news outlets, particularly powerful ones like the big cable channels and partisan sites, report on politics. Chen's stories were regularly featured on MNN's \"Control Room,\" a weekend program that looks at the week's big medi",
         ]),
]


BATCH137_DOCUMENTS = PROBE117_APPEALS + PROBE117_NEGATIVES
