"""Batch 147: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

14 documents (5 appeal, 9 negative; EN): our own paraphrases of every document of the local-only real
probe 127 (14 documents). Each keeps the real page's structure (a state-news roundup under a lone
button line, a most-read list of headline and summary pairs, a weekly issue overview with a "•"
columns line, a publisher's note, a photo caption and a garden column under capitalised kickers,
editorials, news reports with a duplicated photo caption, a "-" bullet at a cut-off end, a blog post
with a footnote marker) and exactly what the real gold marks: a one-line "support our newsroom"
button at the very top of a roundup; a doubled "back local reporting" heading with a three-paragraph
reader-donation plea at the end of a most-read list; a newsletter sign-up pop-up (a promo line, an
indented "• Headlines" bullet, the promo line again without "the", sign-up / decline / remind-later
buttons) at the end of an issue overview; an email-privacy paragraph with a free e-newsletter sign-up
line and tagline after a publisher's note; a printing-cost donation box with contact, tax-deductible
line and a donate URL line between a photo caption and a column. Negatives keep what makes the real
ones hard: four community-fund campaign reports and an editorial with goals, totals, pledges and
donors; a crowdfunding platform's student-tuition hub; a mayoral race's fundraising with donation
caps and a public matching fund; a newspaper raising its subscription and single-copy prices
reported as news; an editorial about the paper's own survival with no appeal; a blogger relaying
other stations' donor and sustainer appeals at length.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch147` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch147.jsonl. Named `unseen-` because no rule is fitted to it.
"""


from whole_documents import _doc, _neg


# --- Probe 127: appeal documents ----------------------------------------------------------------

_REDEARTH_BUTTON = "Support Our Newsroom"

_RIDGELINE_PLEA = "\n".join([
    "Back Local Reporting",
    "Back Local Reporting",
    "People across Silver Fork and Alder County are the reason the Ridgeline Courier can do what it does. A gift from you helps us produce trustworthy reporting about the places you call home.",
    "Right now your help matters more than it ever has as we work to keep neighbors up to date on the shifting coronavirus outbreak and what it means for the valley. Gifts of any size add up and have a real impact.",
    "Every dollar given goes solely toward producing more and deeper local news reporting.",
])

_BAYSIDE_POPUP = "\n".join([
    "Your backstage key to the biggest stories, shows and deals in the county.",
    "",
    "  • Headlines",
    "",
    "",
    "Your backstage key to biggest stories, shows and deals in the county.",
    "",
    "Sign Me Up >",
    "",
    "Not Now!",
    "",
    "Ask Me Later >",
])

_LAKESHORE_SIGNUP = "\n".join([
    "We ask for your email address only so we can stay in touch more easily with Lakeshore Review readers and Civic Commons Foundation donors.  Your address will never be sold or passed along to anyone else.  Every message includes a way to unsubscribe, and if you want to pick which emails reach you, simply click here.",
    "",
    "Get The Lakeshore Review's FREE email newsletter",
    "Fearless reporting, independent analysis – sent to your inbox every month.",
])

_JUNIPER_BOX = "\n".join([
    "Each copy of this paper costs $2.25 to print. Ad revenue pays for only part of that. Your gifts keep The Gazette going! To learn more, reach Marco Ellison at giving@junipergazette.example.org i 555-203-0188 Juniper Gazette, Inc. is a registered 501(c)(3) charity. All gifts can be deducted from your taxes.",
    "",
    "JuniperGazette.example.org/give",
])


PROBE127_APPEALS = [
    _doc("b147-redearthreport-roundup-top", "appeal", "top",
         "Invented; modelled on NonDoc (state news roundup under a lone support-journalism button line)", "en", [
             _REDEARTH_BUTTON,
             "",
             "While state schools chief Della Marchetti dominated coverage during what may be one of her last weeks in the job, plenty of other news from around the state deserves a closer look.",
             "",
             "Consider two grand juries that chose not to bring charges in separate fatal shootings in Pawnee Ridge and Cedar Bluff counties. In Pawnee Ridge County, jurors found no basis to charge deputies who fired on a man who ran at them swinging a machete, an encounter recorded by their lapel cameras. In Cedar Bluff County, jurors also refused to indict a man who fired toward a group of people following a fight at a backyard gathering.",
             "",
             "Elsewhere on the courts beat, a onetime shift commander at the Harlan County Detention Center admitted Oct. 2 to a civil-rights conspiracy for arranging the beating of a prisoner, and the troubled Tillman County Jail is getting a new director now that acting administrator Gordon Pratt has resigned.",
             "",
             "You can also read about pay increases for Tillman County workers, fresh developments in a court fight over the proposed Frontier Falls water park near Osage Springs, a clash between a girls' soccer team and the state school athletics board in Millbrook, and more below.",
         ], appeals=[_REDEARTH_BUTTON]),
    _doc("b147-ridgelinecourier-mostread-end", "appeal", "end",
         "Invented; modelled on The Park Record (most-read list of headline and summary pairs, doubled donation heading and plea at the end)", "en", [
             "Most-Read on RidgelineCourier.example.com, week of Jan. 6",
             "Ridgeline Courier archive photo",
             "Editor’s note: These were the articles with the highest traffic on RidgelineCourier.example.com between Jan. 6 and Jan. 12, 2020.",
             "Snowboarder, 24, killed in collision on Silver Fork’s Eagle Bowl run",
             "A 24-year-old snowboarder from Denver died Jan. 7 after hitting a tree near the top of the Eagle Bowl lift at Silver Fork Ski Area, the Alder County Coroner’s Office said.",
             "Silver Fork closes out a year of record avalanches, Highway 9 traffic and a contested school bond",
             "Few will remember 2019 as a turning point, yet the year may come to be seen as the bridge between two very different chapters for Silver Fork.",
             "Silver Fork’s 2010s: housing squeeze, mine cleanup and a hard-fought land swap",
             "The town heading into the 2020s looks little like the one that started the last ten years.",
             "Guest column: The post office line on a Saturday is a test of human patience",
             "“If Job had been asked to mail a parcel in Silver Fork at noon on a Saturday, his famous patience would have run out.”",
             "Analysis: Water-rights ruling and a new resort owner reshaped Silver Fork in ten years",
             "Back in 2011, the ski area’s prospects looked about as steady as fresh corduroy at first chair.",
             _RIDGELINE_PLEA,
         ], appeals=[_RIDGELINE_PLEA]),
    _doc("b147-baysideweekly-issue-overview-end", "appeal", "end",
         "Invented; modelled on OC Weekly (weekly issue overview, newsletter sign-up pop-up with buttons at the end)", "en", [
             "Inside This Week's Bayside Weekly",
             "",
             "In \"The Convert\" Lena Farris profiles former county supervisor Hal Brandt, who now spends his retirement as a lobbying watchdog in the state capital.",
             "",
             "Dmitri Vance digs into why the harbor commissioner looked so relaxed in \"The Commissioner Shrugged\".",
             "",
             "And Lena Farris transcribes the parting shots of retiring Coastal Daily columnist Ray Tolland in \"Tolland Unplugged\".",
             "",
             "",
             "• The Weekly's regular features, Dear Gringo!, Overheard! and Night Moves.",
             "",
             "Dining reviews of Trattoria Nonna in Seal Cove and Smokestack Korean BBQ in Orchard Park.",
             "",
             "Arts covers Priya Nair's Paper Monsters show at the Driftwood Gallery in Seal Cove and the Lantern Players' staging of Owen Reyes' 'Copperheads'. Stylewatch talks Sequins and Suede.",
             "",
             "Movie reviews of 'Night Harbor' and this week's art-house screenings.",
             "",
             "Music has stories on Tess Ocampo of the Rusty Anchor bringing a lineup of Orchard Park acts to the Harborfront Sound Fest and Velvet Orbit. Jonah Pike checks in with beatmaker Kid Static of Seal Cove in Sonic Reports, Homegrown spins The Paper Lanterns, and we've got album reviews of [Album Review] Moth Parade, 'Letters to Nobody' (Cobalt) and [Album Review] The Salt Flats, 'The Flats IV' (Rust Belt Records).",
             "",
             "And more every day at",
             "",
             "",
             _BAYSIDE_POPUP,
         ], appeals=[_BAYSIDE_POPUP]),
    _doc("b147-lakeshorereview-publisher-note-end", "appeal", "end",
         "Invented; modelled on The Washington Spectator (publisher's note, email-privacy paragraph and free e-newsletter sign-up at the end)", "en", [
             "A Message from the Publisher",
             "",
             "This issue marks the start of our staff's yearly holiday recess. The next Review will reach you dated March 1 and will introduce a number of new features we are excited about.",
             "",
             "As part of our ongoing commitment to independent, deeply reported journalism and to perspectives readers can't find elsewhere, we are moving to a twelve-page edition that will come out every month. The larger format gives us room for a richer blend of long features, thoughtful analysis of the debates to come, and more investigations than our present size and schedule permit.",
             "",
             "Our website keeps growing too, so stop by for reporting on politics, the economy, labor and the arts, written with the same independence and principle that have defined the Review for more than 30 years.",
             "",
             _LAKESHORE_SIGNUP,
         ], appeals=[_LAKESHORE_SIGNUP]),
    _doc("b147-junipergazette-fly-derby-middle", "appeal", "middle",
         "Invented; modelled on The Sopris Sun (photo caption and garden column under kickers, printing-cost donation box with URL between them)", "en", [
             "CASTING CALL",
             "",
             "Pinyon Lake Marina held its third yearly Fly Fishing Derby on Saturday, drawing several hundred anglers from across the region to test their casting. Competitors spent the weekend trading tips with gear makers, comparing patterns at the fly-tying tent and wading into stretches of river set up to mimic tricky backcountry water. Photo by Lucia Brannigan.",
             "",
             _JUNIPER_BOX,
             "",
             "",
             "GROUND COVER",
             "",
             "By Rosalind Okafor-Haines A reader wrote in this month complaining that Red Mesa looks “tired, brown and forgotten.” Having designed yards here for two decades, written this gardening column for eleven years and served on more town boards than I care to count, I was asked to answer. I laughed, then winced, because I share many of the writer’s gripes, though not for the same reasons. Measuring us against Pinyon Lake, Cortez Flats, Juniper Springs and Alder Ridge, the writer (who asked that we not print her name) argues, “The medians the town is supposed to look after are just dirt and thistles; nothing about them says welcome. Look at the planter by the post office on Main and you will see cheatgrass taller than the trash bin.” “Would it kill us,” she asks, “to plant a few flowers? Our traffic circle must be the saddest one in the county.” The circle’s design leans on an idea rather than on living plants, offers little variety or life, and drew plenty of grumbling the day it was finished.",
         ], appeals=[_JUNIPER_BOX]),
]


# --- Probe 127: negatives -------------------------------------------------------------------------

PROBE127_NEGATIVES = [
    _neg("b147-ozarkvalleysentinel-community-chest-target-neg",
         "Invented; modelled on News Tribune, Jefferson City (community-fund campaign report, duplicated photo caption, goal and projected total)", "en", [
             "Community Chest party marks beating its target",
             "",
             "Showing off the area's big heart, volunteers from Community Chest member agencies raised cards spelling out the total promised to this year's drive. The target was $1.2 million, and the projected figure indicates the drive will beat it by $35,000.",
             "Showing off the area's big heart, volunteers from Community Chest member agencies raised cards spelling out the total promised to this year's drive. The target was $1.2 million, and the projected figure indicates the drive will beat it by $35,000.",
             "",
             "The Community Chest 2015 drive has passed its target and wrapped up, though a few employers and groups are still collecting pledges or have yet to begin.",
             "",
             "The Community Chest of the Ozark Valley opened this year's drive hoping to bring in $1.2 million, and wrapped up with an estimated total of about $1.235 million, board president Carla Huang said. The figure is an estimate because a few employers, such as Millstone Foods and the Tri-County Credit Union, are still finishing their workplace drives or have not yet started them. Those estimates rely on what those groups have given in earlier years, Huang said.",
             "",
             "The big number was revealed by pirate-costumed Community Chest volunteers, complete with a parrot puppet and a treasure chest. Before the reveal, guests watched a sea-shanty performance by children from the local YMCA that was hijacked by retirees dancing a hornpipe.",
             "",
             "\"We picked a treasure island theme this year because the real treasure in this valley has always been the people who show up for each other,\" Huang said. \"Nobody finds the gold alone. It takes the whole crew to read the map.\"",
         ]),
    _neg("b147-harmonherald-community-fund-record-neg",
         "Invented; modelled on The News-Gazette, Champaign (community-fund record total with dateline and quotes)", "en", [
             "Harmon County fund clears target, breaks record",
             "",
             "MAPLETON — Generous givers pushed the Harmon County Community Fund past its $2.1 million campaign target this year.",
             "",
             "The fund has closed the books on its 2013 drive, bringing in $2,274,000, the most in its history, officials said.",
             "",
             "As a result, the fund can honor the second year of its pledges to 52 programs at 29 nonprofit agencies during the fiscal year that began July 1, Community Fund President Renata Osei said.",
             "",
             "\"Frankly, that kept me up at night: Could we keep our promises to the agencies that count on us?\" she told the Harmon Herald.",
             "",
             "The fund entered the second year of a two-year grant cycle with its partners this month, after its board signed off on the second-year agreements in June, Osei said.",
             "",
             "The last year brought a leadership shuffle at the fund, with acting director Glen Marsh stepping in during the early weeks of the 2013 drive and Osei arriving in December, but Osei credited a strong board and staff with keeping the fund and its yearly campaign steady through the changes.",
             "",
             "She added that local residents came through yet again. The fund has reached its campaign target seven years running.",
             "",
             "\"It's the people here,\" she said. \"They understand how much it matters to stand together for neighbors who are struggling,\" Osei said.",
             "",
             "Workers at more than 180 employers that ran payroll-giving drives helped build the campaign total.",
         ]),
    _neg("b147-tamaracktimes-community-fund-luncheon-neg",
         "Invented; modelled on West Central Tribune (community-fund campaign total and luncheon, ends on a cut-off \"-\" bullet)", "en", [
             "BRAINARD -- The Tamarack County Community Fund raised $482,415 during the drive that just closed -- money that will be shared among about 40 local agencies and programs offering everything from preschool readiness to teen vaping prevention to grief counseling.",
             "A trio of late gifts, one of them an unnamed donation of $1,500, nudged the drive slightly over its budget target of $482,000.",
             "Organizers shared the final tally Thursday at the Tamarack County Community Fund's yearly thank-you luncheon.",
             "\"It was a wonderful year,\" said Denise Falk, the fund's executive director. \"We hit our budget number. We can tell every agency they'll get their full allocation.\"",
             "Volunteers who worked on the drive also received dozens of awards.",
             "To mark the Tamarack County Community Fund's 40th year, the luncheon had a 1980s theme with a DJ, a diner-style menu, and neon outfits worn by staff and lead volunteers.",
             "Carl Ostrander, who chaired the 2006 drive, said raising money was especially hard this time. Higher fuel and heating costs left many households less able to give as much as they once did, he said.",
             "Disasters at home and abroad, including floods in the Midwest and a major earthquake overseas, also drew on people's charitable budgets, he said. \"People only have so much to go around.\"",
             "That the fund made its budget target says a lot about Tamarack County residents, even if it came in under its stretch target of $500,000, Ostrander said. \"None of this work would be possible without you stepping up,\" he said.",
             "The year also stood out because the fund started a handful of new programs:",
             "- Books from Birth, launched in the spring of 2006. Each child under 6 in a participating household gets a free picture book by mail every month. The goal: to help kids arrive at kindergarten ready to learn by building early reading and listening skills.",
         ]),
    _neg("b147-rivertownbeat-crowdfunding-tuition-neg",
         "Invented; modelled on Memphis Flyer (short item on a crowdfunding platform's student-tuition hub)", "en", [
             "More Riverland Students Are Crowdfunding Their Way Through College",
             "",
             "PitchIn, the do-it-yourself crowdfunding site, reports that students in the state raised $840,000 for tuition and school costs through its platform last year.",
             "",
             "This week the crowdfunding company rolled out a dedicated college section on its site, offering tips for students who want to raise part or all of their tuition online. The section also aims to connect would-be donors with students who need help.",
         ]),
    _neg("b147-hillcrestcollegian-mayoral-fundraising-neg",
         "Invented; modelled on Yale Daily News (campus paper on a mayoral race's fundraising, donation caps and a public matching fund)", "en", [
             "Once mayoral hopeful Dana Whitcombe LAW ’09 MBA ’09 files her next round of campaign finance reports, the money race this fall may look very different.",
             "",
             "Whitcombe’s reports will cover contributions received from Sept. 6 through midnight Friday, while incumbent Maurice Lyle ENG ’81 does not have to file until eight days later. In the party primary, Whitcombe fell well behind Lyle in fundraising. Yet in the ten days after the Sept. 12 primary, Whitcombe brought in more than $40,000, triple her target of $13,000.",
             "",
             "Whitcombe and her aides declined to say what total they anticipate, but whatever the final figure, it will far outstrip the $21,880 the campaign collected over July and August. To raise that money, which could help level the field in the general election, Whitcombe’s team has leaned largely on people who had already given.",
             "",
             "“With the field down to two, the folks who were sitting on the sidelines are writing checks now,” Whitcombe finance adviser Theo Marchand ’17 said. “The last two weeks have brought a wave of contributions, because people are finally tuning in.”",
             "",
             "For fundraising, the general election starts from zero. Anyone who gave during the primary may give again. Whitcombe’s primary contribution cap of $350 was lower than Lyle’s since she takes part in the Clean Elections Program, a public matching fund that caps individual gifts and bars money from PACs and corporations. Lyle’s donors could, and still may, give as much as $1,000.",
             "",
             "Whitcombe has pledged to keep following the Clean Elections Program rules through November. Lyle’s campaign, which has long called the program a drain on taxpayer dollars, mocked her decision to stay in.",
             "",
             "“She has no right to another dime of public money from what folks around here call the sore losers’ fund, the Clean Elections Program,” Lyle spokesperson Andre Kessler said.",
         ]),
    _neg("b147-channel9tidewater-ledger-price-hike-neg",
         "Invented; modelled on NBC12, WWBT Richmond (TV station report on a newspaper raising subscription and newsstand prices)", "en", [
             "The Tidewater Ledger is making changes for 2019, including higher newsstand and subscription prices, the paper announced Thursday.",
             "",
             "On Wednesday, the Ledger cut 17 jobs, including 6 layoffs. Publisher and CEO Miriam Castellanos said the move reflects advertisers spending more on digital ads than on print.",
             "",
             "\"This is a painful step for all of us. Employees who are leaving will receive severance based on how long they have worked here, to help them toward whatever comes next. We are grateful for their work,\" Castellanos wrote in a note to readers.",
             "",
             "Going forward, the paper said it will lean less on advertising and more on revenue from subscriptions and single-copy sales. A weekday or Saturday paper bought from a rack or store will cost $1.75, and the Sunday edition will cost $3.50. The new prices take effect in April.",
             "",
             "Castellanos said home-delivery subscribers will pay no less than 90 cents per issue, still below the single-copy price.",
             "",
             "\"Let me be clear: this is not about padding our margins. The higher prices pay for strong journalism, products and services,\" Castellanos said.",
         ]),
    _neg("b147-sagevalleyrecord-flyover-editorial-neg",
         "Invented; modelled on The Record-Courier, Gardnerville (editorial on a flyover and the paper's own history and future, no appeal)", "en", [
             "We'll be fine",
             "",
             "The Air Guard flyover on Thursday struck us as more than just uplifting; it may even have been a little bit stirring.",
             "",
             "Plenty of people besides those of us at the Sage Valley Record wandered outside to watch a pair of KC-135 tankers from the Sierra Falcons roll slowly across the valley. One neighbor swore the lead plane tipped its wings while passing above the Pinecrest County courthouse.",
             "",
             "The whole thing lasted maybe three minutes, yet those few moments united folks in a way we haven't witnessed since the pandemic began.",
             "",
             "For all our disagreements, plenty of which fill the next five pages of reader letters, we share an affection for this remarkable corner of the world. Thursday simply reminded us of that affection for hay meadows, clear skies, snowy ridgelines and a perfect afternoon to watch two enormous planes drift past.",
             "",
             "Still, while we enjoy the moment, we shouldn't forget the hard work still to come.",
             "",
             "The Sage Valley Record and the papers it grew out of, The Pinecrest Pioneer, the Minden Flats Weekly and the Sage Valley Clarion, have reported the highs and lows of this place for 131 years.",
             "",
             "What lies ahead for us is anyone's guess. Like every other business, we rise and fall with the economy. Few enterprises can say they have lasted with more or less the same way of doing business for well over a century, and fewer still through the century we've just had.",
             "",
             "The Record has reported on plenty of breakthroughs over that span, from the first cars and planes to radio, TV, personal computers, the web and now social media.",
             "",
             "We've also come through two world wars and the Depression, not to mention a few headaches brought on by those very breakthroughs.",
             "",
             "All we can promise for the Record is that we'll keep at this work for as long as we're able.",
         ]),
    _neg("b147-laurelcountyledger-community-fund-editorial-neg",
         "Invented; modelled on Pocono Record (editorial praising a community-fund campaign, a relief fund nearly empty)", "en", [
             "Together, we lift our neighbors",
             "The Laurel County Community Fund's strong fundraising year in 2007 is far more than simply good news.",
             "Laurel County is expanding at a remarkable rate. Its human service agencies will use every dollar this umbrella charity can send their way. The county's needs — hot meals for homebound seniors, support for children with disabilities and plenty of other worthwhile efforts — keep expanding right alongside the population.",
             "Community Fund leaders said Tuesday the 2007 drive had brought in $948.620, $55,000 above its target. Dozens of volunteers plan and run this complicated campaign. They contact almost everybody, from retirees and renters to employees, companies, doctors, lawyers and other groups. Remember, too, that these local volunteers are up against a growing crowd of other good charities and causes, from down the street to across the globe, all trying to convince donors to give.",
             "The news about this essential funding arrives just in time. County health and social service agencies are always stretched, because they badly depend on Community Fund dollars to do their many jobs.",
             "Consider one case: the local Salvation Army branch. Barely halfway through its budget year, its emergency assistance fund is down to a mere $800. That was before Tuesday's apartment fire in Birch Hollow, which left five residents without a roof or belongings. A rough half-year of fires has nearly drained the fund the Salvation Army uses to help displaced families.",
             "Credit for the 2007 Community Fund campaign's impressive results goes to the fund's many devoted volunteers. We tip our hats to them, and to the big-hearted people of Laurel County who care enough about their relatives, friends and neighbors to give to the Community Fund.",
         ]),
    _neg("b147-cascadenotes-public-media-gap-otherstations-neg",
         "Invented; modelled on Thinking Oregon (blog post relaying other stations' donor and sustainer appeals at length)", "en", [
             "CPM has a Huge Budget Gap. Will Listeners Fill It?",
             "",
             "Cascadia Public Media (CPM) is in a bind.",
             "",
             "A rescission package cancelling roughly $1.1 billion in federal support for public radio and television, money that reaches CPM among many other stations, has cleared the Senate. The House is expected to follow, after which it goes to the White House to be signed. ",
             "",
             "Are you and tens of thousands of fellow Cascadians ready to begin giving, or give more, to CPM to make up for the federal dollars it depends on today?",
             "",
             "Stations around the country are already passing the hat. On July 17, Meredith Okonkwo, Vice President of Philanthropy at Evening Report Weekly, emailed supporters: “Congress has, for the first time ever, voted to eliminate federal funding for public media, including Evening Report WeeklyThis creates a serious budget problem for us, but it is one we can solve with your continued support.”  KRVX in Milwaukee sent its own appeal the same day: “Give. Been listening for years? Make your very first gift at this turning point. Give again. Thanks a thousand times for standing with us. Give more. Help us cover this $1.2-million shortfall, today. Give monthly. When you join as a monthly member, we know you'll be there. Month in, month out. Year in, year out.”",
             "",
             "In fiscal 2023, public grants to CPM came to $3,912,447, or 8.7% of the $44,971,302 the station took in from contributions, sponsorships included.[1]",
             "",
             "I already give to CPM every month. My support comes automatically as a recurring charge to my credit card. I bumped up that monthly gift not long ago because of the administration's threatened cuts. Will I be willing to give even more once the cuts actually happen?",
             "",
             "My guess is CPM faces a hard climb if it hopes to make up the entire $3,912,447 in yearly federal money it gets now.",
         ]),
]


BATCH147_DOCUMENTS = PROBE127_APPEALS + PROBE127_NEGATIVES
