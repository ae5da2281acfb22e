"""Batch 172: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

13 documents (6 appeal, 7 negative; all EN): our own paraphrases of every document of the local-only
real probe 152 (13 documents). Each keeps the real page's structure (an EU-affairs newsletter reposted
on a blog with a "what else" list of headline / summary / "Read on »" items, a social-media page seen
through a mirror site with its name line, tagline line, link line, date line and video credit, a
political blog's sidebar of headline and cut-off teaser pairs with a guest-authors box and a "Latest
Articles" list, a free-expression charity's profile of a foreign outlet, a rights group's daily brief
with a topic list line, a letters page, a cut-off opinion teaser ending in "...", a long blog index
with date lines and teasers cut mid-word) and exactly what the real gold marks: a newsletter's whole
anniversary members appeal from its greeting to the team sign-off, with its bracketed join and
register links; a "Support ...:" label with its short link on the following line; a four-line
"excuse the interruption" small-donation box between a guest-authors box and the latest-articles
list; a two-line donors-and-readers support plea at the top of a profile; a lone donate button line
above a daily brief; a blog's closing "while you wait, see the new polling fundraiser HERE ." line.
Negatives keep what makes the real ones hard: a reader's letter arguing that readers must pay for
local papers, an opinion teaser on sustaining print journalism, a news report on a bill to vet public
fundraisers and politicians' church fundraising, a blogger defending donate buttons on movement blogs,
a diaspora blog on a government fight over foreign grants to NGOs, a satirical open letter to a
newspaper paywall with its monthly price, a blog thanking readers for pushing other groups'
fundraisers over their targets.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches, each text is taken as it stands,
every gold appeal substring is located in it (asserted unique) and written to
Fixtures/unseen-batch172.jsonl.
"""


from whole_documents import _doc, _neg


# --- Probe 152: appeal documents ----------------------------------------------------------------

_RONDPOINT_MEMBERS = "\n".join([
    "Hello there,",
    "This spring, The Rondpoint celebrates its 20th birthday. Not bad for a small desk, we like to think.",
    "We got here, in no small measure, because you kept reading and kept backing us.",
    "For two decades we have stuck to our founding rules: stay independent, and cover the union's politics from every capital at once rather than from one national corner. No ministry, company or party has ever steered what we publish. Nor will one start now.",
    "As our first editor, Henrike Vos, liked to put it: “A paper that answers to someone else is only a brochure.”",
    "Today we stand at a fork in the road. Keeping that freedom means leaning on our members to carry us. With advertising and grants drying up across the sector, there is really no other route that works.",
    "What do members get back? We are launching fresh extras through the year – monthly members-only briefings, unlocked archive pieces, and themed reading packs. [members.rondpoint.example.org]Browse the full list here!",
    "Every time you read us, you help keep the union's democracy honest.",
    "When you [rondpoint.example.org/signup]become a member, you own a piece of that work.",
    "With warm gratitude from all of us,",
    "The Rondpoint desk",
])

_WADI_SUPPORT = "\n".join([
    "Back Wadi:",
    "https://short.example.org/BackWadi",
])

_BENCHES_BOX = "\n".join([
    "Sorry to interrupt your reading!",
    "Since you have stopped by, could you spare a modest gift to the site?",
    "Your help is what lets us stay online with no adverts at all",
    "Every gift, whatever its size, is gratefully received.",
])

_MARGINS_PLEA = "\n".join([
    "Open Margins runs wholly on gifts from its supporters and readers.",
    "Give now so silenced writers keep reaching an audience.",
])

_RIGHTSWATCH_BUTTON = "Give Today"

_NORTHPOLL_FUNDRAISER = (
    "To fill the hours before tonight's big reveal, why not take a look at the fresh Northern Lookout "
    "polling appeal HERE ."
)


PROBE152_APPEALS = [
    _doc("b172-rondpoint-anniversary-top", "appeal", "top",
         "Invented; modelled on EUobserver (newsletter reposted on a blog, members appeal from greeting to sign-off, then a headline list)", "en", [
             _RONDPOINT_MEMBERS,
             "Also worth your time",
             "Union to slap levies on Varnland's potash exports",
             "Ministers are preparing steep import levies on potash from Varnland, routing the decision through a customs regulation that sidesteps a single capital's blocking vote. Read on »",
             "€30bn energy deal with Ottria, Lisbon summit, and the farm budget under scrutiny THIS WEEK",
             "The union will table a new energy purchasing offer to Ottria in the coming days, while its interior ministers head to Lisbon for an informal round of talks. The executive is also due to publish its plan for phasing out coal subsidies, and parliament sits in plenary — all with the anniversary of the Harbour Accords and lingering worries about the border conflict in the background. Read on »",
             "Narrower 'safe transit' rules for refugees quietly widenedAnalysis",
             "Quiet changes to transit rules are making it harder for people fleeing conflict to obtain protection at all. Read on »",
         ], appeals=[_RONDPOINT_MEMBERS]),
    _doc("b172-wadipress-displaced-top", "appeal", "top",
         "Invented; modelled on Mada Masr (social-media page via a mirror site, support label with short link under the tagline)", "en", [
             "Wadi Press English",
             "Wadi Press English Fearless, reader-funded reporting from the river valley. " + _WADI_SUPPORT,
             "11/07/2023",
             "Noor Haddad was eight months into her pregnancy and sleeping when shelling tore the windows and front wall out of her flat in Port Halvar last autumn. The blast drove Noor, her husband and their three sons from their home. They now live under a tarpaulin in a camp near Essen Wells, where Noor showed Wadi Press around the shelter she has pieced together and described giving birth to her daughter Lina in a place with no clean water and no midwife.",
             "Footage: Karim Basri",
         ], appeals=[_WADI_SUPPORT]),
    _doc("b172-northernbenches-donation-middle", "appeal", "middle",
         "Invented; modelled on Labour Heartlands (blog sidebar of teasers, guest-authors box, small-donation box, latest articles)", "en", [
             "Two thirds of mining-town seats backed quitting the customs pact!",
             "Two thirds of mining-town seats backed the exit! Gareth Pryce, a delegate from Ashvale branch, made a fiery speech to the party's autumn gathering urging fellow members to remember...",
             "Steelworks pact",
             "How opening the borders to cheap capital gutted the steel valleys of...",
             "VETERAN MP ROSE HALLORAN – WHY THE OLD GUARD BUILT THE BOSSES' PACT ‘Every time I hear the blue benches and the new populists moaning about agency workers and...",
             "Ex-broadcaster says the state network is staging one-sided 'exposés'",
             "Former presenter demands a regulator inquiry Miles Oakden, the reporter behind the late-night documentaries that went after left-leaning backbenchers such as Tom Carrick...",
             "Tough on paper: Weighing the two leaders' voting histories on policing, prisons and...",
             "Public safety has been a constant worry for the country, across generations, from many different quarters. Voters deserve to examine our representatives...",
             "Write for us as a guest",
             "Got something to say on the pages of Northern Benches? Send your pitch by email to:",
             _BENCHES_BOX,
             "Latest Articles",
             "Former premier claims the booster schedule was his brainchild: Nobody can explain why he is in the room at all",
             "You could not invent it, a retired premier squabbling over credit with a serving health secretary...",
             "Jabs to be handed out by birthday, not profession: School staff unions 'let down' as classroom workers are passed over",
             "The independent vaccine panel has set out the sequence in which fit adults below 50 will be...",
             "Party to pledge 'unshakeable' backing for the submarine fleet and the alliance",
             "Party backing for the submarine deterrent at a price of £180 billion The party's promise to keep...",
         ], appeals=[_BENCHES_BOX]),
    _doc("b172-openmargins-profile-top", "appeal", "top",
         "Invented; modelled on Index on Censorship (free-expression charity's outlet profile, two-line support plea above it)", "en", [
             _MARGINS_PLEA,
             "Lantern Desk is an independent online newspaper in Corvania, launched a few weeks before the army seized power in March 2016 by a group of 19 reporters and friends. Running in two languages, it sets out to give readers something other than dailies whose printing presses belong to the state and broadcasters held by big holding companies. Trying to live out the openness its founders hoped the country would reach, the paper runs itself as a cooperative, owned by its founding members and the reporters who fill its pages.",
             "Its chief editor, Dara Mennik, is a familiar name in Corvanian journalism and once led The Morning Standard, which its owners closed in January 2016. When her newsroom tried to put out a farewell issue explaining the closure, the owners stopped that too just before it reached the presses. Mennik put it online regardless, promising that “true to the critical spirit that guided us, this last edition looks hard at the political and financial pressures on our press, our own company among them.” A good number of Lantern Desk's founders came from The Morning Standard.",
             "Since it began, Lantern Desk has covered mass street protests against the civilian cabinet, the army's removal of Prime Minister Tomas Verel, the harsh dispersal of opposition sit-ins that followed, and a wave of bombings in the provinces. Its staff report under 142 statutes that curb speech and the press.",
         ], appeals=[_MARGINS_PLEA]),
    _doc("b172-rightswatch-dailybrief-top", "appeal", "top",
         "Invented; modelled on Human Rights Watch (daily brief, lone donate button line at the top)", "en", [
             _RIGHTSWATCH_BUTTON,
             "Rights Monitor International Daily Digest, 9 June 2016",
             "Veldra, Ostmark, Tarsania, Lower Corvania, Kesh Republic, Ambria, Solmont, global housing emergency",
             "A new UN review charges Tarsania with assaulting peacekeepers and blocking trucks carrying grain, vaccines and other relief just as the Security Council gets ready to debate the mission's future. Rights Monitor has recorded abuses by both warring camps around two key mining towns in Tarsania - the young republic has lived through a year of political and economic turmoil, spreading fighting, and persistent crackdowns on basic freedoms. (Photo agency images)",
             "Parallel food refusals at two migrant holding centres run by one private contractor, Wardline Services, in Nevada and Georgia are putting the government's border policy under the spotlight, or the absence of one. In Nevada, officials confirmed that 210 of 1,800 detainees are still declining meals, and the quality of those meals is itself among their complaints. Detainees say the food offers little nourishment and that a bag of crisps costs a week's wages. They are also angry about removals; on current trends, this administration will have expelled more people than any before it.",
             "In one more disaster on the water, nine bodies, among them three children, were pulled from the Ionian Sea after their dinghy tried to cross from Albania to Italy. Elsewhere, over 450 people from Sudan, Yemen and Somalia were lucky to be picked up by a Maltese patrol ship. Drownings of people seeking refuge on Europe's coasts keep happening year after year.",
         ], appeals=[_RIGHTSWATCH_BUTTON]),
    _doc("b172-northernlookout-poll-end", "appeal", "end",
         "Invented; modelled on Scot Goes Pop (blog index with date lines and cut-off teasers, fundraiser line at the end)", "en", [
             "NORTH looks OUT!",
             "A pro-home-rule blog by Fergus Lennie - ranked among the five most widely read political blogs in the region.",
             "Friday, October 16, 2026",
             "Pamphlets bearing the Beacon Party logo are turning up across the Dunmore & Kelty seat peddling openly extremist ideas and wild conspiracy claims: will Archie Borland and his allies at last cut ties with them?",
             "I could hardly believe the pamphlet that landed on my Dunmore doormat this morning from the infamous Councillor Ruth Gallacher, who has repea...",
             "EXCLUSIVE NORTHERN LOOKOUT / PANELBASE NORTH POLL: Home-rule parties heading for almost SEVENTY PER CENT of chamber seats and a crushing MAJORITY - governing party could still win outright - Conservatives crash to a humiliating SIXTH in the projection",
             "Earlier this evening I published the regional assembly voting figures from the latest Northern Lookout / Panelbase North survey in a li...",
             "Thursday, October 15, 2026",
             "EXCLUSIVE NORTHERN LOOKOUT / PANELBASE NORTH POLL: Tune in at 11.40pm on my stream for the first look at the regional assembly numbers",
             "Once you are in the premiere lobby, the stream above ought to begin by itself at 11.40pm.  As I did yesterday, I will be putting up the ...",
             "Countdown's ON! Fresh regional assembly figures from the latest Northern Lookout survey go public LATER TODAY",
             _NORTHPOLL_FUNDRAISER,
         ], appeals=[_NORTHPOLL_FUNDRAISER]),
]


# --- Probe 152: negatives -----------------------------------------------------------------------

PROBE152_NEGATIVES = [
    _neg("b172-riverbendcourier-letters-neg",
         "Invented; modelled on Ottawa Citizen (letters page: a reader argues people must pay for local papers)", "en", [
             "Your letters today: Small-town weeklies survive only if readers open their wallets",
             "Free news is a fantasy we can no longer afford. Send your own thoughts to mailbag@riverbendcourier.example.com",
             "Pay up to keep the presses rolling",
             "Re: Final issue of the Pine Hollow Gazette goes to print, Oct. 2",
             "Neighbourhood and village papers record the events that larger dailies simply skip. They check facts, fix errors and polish copy with a care you rarely find in a town's online chatter groups. Yet keeping these titles alive demands huge effort from owners, editors and reporters, plenty of whom pour in savings and unpaid evenings just to get the next edition out. I have lived this myself. Running a small paper against the odds can swallow a person whole.",
             "It is encouraging that people in Pine Hollow are looking for ways to rescue their Gazette. Still, let us be honest: nothing will work unless readers start paying for what they read, the way earlier generations did, instead of assuming it costs nothing. That shift in attitude, which our whole province needs, might in turn bring back the advertisers papers depend on. The cost to each of us is modest; the change in routine is the hard part.",
             "Margaret Oyelaran, Riverbend",
         ]),
    _neg("b172-harbourledger-printfuture-neg",
         "Invented; modelled on Business Post (opinion teaser on sustaining print journalism, cut off with an ellipsis)", "en", [
             "Keeping local papers alive: what is possible and what is wise",
             "Direct state grants to regional titles will never fly. Still, ministers have options that would not compromise the independence of the press",
             "Almost everyone agrees that local reporting is worth having. Even councillors will say it is healthy to be “scrutinised” by the “local rag”. Naturally it also gets their faces onto kitchen tables across the ward. It is where planning rows are written up and the big national stories get a local angle. It can be mischievous as well. The best front page I ever saw was the Tidewater Echo's “Two chancers and a goat ...",
         ]),
    _neg("b172-lakeshoretimes-fundraisers-neg",
         "Invented; modelled on Sonko News (news report on a bill to vet public fundraisers and politicians' church collections)", "en", [
             "Vice Premier Samuel Odhiambo has been dealt a fresh blow after a new law will require the Serious Fraud Bureau to screen community pledge drives before they take place.",
             "The State Security Service will work with the bureau to look into grievances, misused donations or any other question about how public collections are run.",
             "The oversight board, established under clause 27 of the Public Order Act, will also review such money to catch anyone pocketing pledge-drive takings or using the events to clean dirty cash.",
             "The board will also include the regional commissioner, two ward representatives picked by the regional council, the head of the regional security team, and no fewer than five further members named by the commissioner from local civic bodies.",
             "The plans are set out in the Community Collections Regulation Bill, 2021, backed by the parliamentary Devolution Oversight Committee. Its report was laid before the House on Tuesday, as the government continues to clamp down on political rallies, fundraising events among them.",
             "On Saturday, opposition chief Grace Wanyama welcomed property tycoon Daniel Kiprono to a pledge drive for St Mark's Cathedral in Lakeside to finish a Sh90 million parish hall.",
             "In the same week, officers called off Odhiambo's pledge drives in Marsabet North and Voi citing security concerns. Until the national security council reined him in, Odhiambo had been the unrivalled 'champion of collections', touring every region and handing out cash to congregations.",
             "The late President Joseph Kamau was a keen backer of the pledge-drive tradition, which filled most of his weekends. But after Esther Njeri took office in 2008, such drives faded as the government stepped up to fund schools, clinics and welfare itself.",
         ]),
    _neg("b172-thistlepost-donatebuttons-neg",
         "Invented; modelled on Random Public Journal (blogger defending donate buttons on movement blogs)", "en", [
             "By Callum Reid",
             "Why are people so scandalised when writers and campaigners in the home-rule movement ask readers to chip in for their work? And why does it matter that the people building the case for self-government get paid?",
             "“If these bloggers are skint why don't they just go out and find proper work…?” Leaving aside the mangled spelling, a remark like that was bound to land sooner or later, and it came from an anonymous anti-home-rule account on Tuesday in the middle of a row about tip jars on blogs and crowdfunded movement media. Thinking aloud, @KiltedRunner wanted to know: “How come every pro-home-rule blog has a tip jar [and] is always asking for cash?” – and added that “the other side write for nothing.” Most of the replies – mine among them – soon collapsed into bickering and name-calling, but Morag had raised a reasonable point, and I want to give it a more careful answer here than a tweet permits.",
             "Morag raises it because, she says, she has heard of “an old man at least who skipped meals and heating” after feeling obliged to fund “so-called movement ‘pals’” out of his pension. Credit to her for saying it out loud; she took plenty of abuse for it. Leaning on anyone to pay for a blog – or for anything on the internet – is pretty grim. Nobody has a duty to give, and attempts to squeeze money from people who cannot afford it deserve to be exposed. Now and then it might even be a matter for the police. For now, though, the story is second-hand.",
         ]),
    _neg("b172-danubeletters-ngofunds-neg",
         "Invented; modelled on Hungarian Spectrum (diaspora blog on a government fight over foreign grants to NGOs)", "en", [
             "Civic groups as obstacles on the road to Premier Halasz's “managed democracy”",
             "In my last post I looked at Premier Ferenc Halasz's most recent address, focusing on the part that caused the loudest uproar among his opponents: his stated aim of building what he calls a “managed democracy.”",
             "Today I want to turn to something that may look like a side issue to that project: the country's civic groups and charities as a whole. Halasz spoke calmly enough about world affairs and his nation's role in them, but his tone changed sharply once he reached this subject. One might assume that the question of who hands out the fairly modest sums the country gets from the Alpine Partnership Grants hardly justifies a diplomatic quarrel, yet Halasz thinks otherwise. To him it is a matter of the highest political stakes.",
             "I have covered the row over this money before. At present an independent foundation allocates the grants, as the government and the donor fund once agreed. Some time in March the cabinet suddenly rewrote the arrangement, demanding that ministries in the capital decide how the money is shared out among the civic groups. The donor fund refused. These groups are, after all, meant to act at least partly as a check on whoever governs. Letting the government pick which of them gets money would defeat the point entirely.",
             "At the moment the capital and the donor countries are deadlocked. Even the regional ombudsman for civil liberties, Anneli Korhonen, sent a letter to cabinet chief Gabor Sipos objecting to official claims that the Alpine fund had bankrolled partisan campaigning inside the country.",
         ]),
    _neg("b172-lionpost-paywall-neg",
         "Invented; modelled on Rice Media (satirical open letter to a newspaper paywall, monthly price quoted)", "en", [
             "A Love Letter To The Daily Sentinel Paywall",
             "Dear Sentinel Paywall,",
             "I know the last few days have been brutal, fending off critics from every corner of the internet.",
             "And I need you to hear that none of it is on you.",
             "What Marcus Lim put you through was unforgivable. He had no business posting a fawning open letter to a tech billionaire and then ducking behind you once the mockery began. It was silly and spineless, and nobody should have left you to take the flak by yourself.",
             "I realise plenty of people here hold you responsible for the whole mess, but please don't carry that guilt.",
             "I am sure I speak for the whole island when I say we have no prejudice against paywalls. We bear your kind no ill will, and most of us gladly pay monthly for a streaming service, a foreign business weekly and a couple of overseas dailies.",
             "What we cannot accept is handing over $12.50 a month for flattering columns insisting that those in charge are never wrong.",
             "Your existence is not what makes us furious; it is that stories that matter to the whole country are locked away from us.",
             "When we throw insults like ‘useless’, ‘clown show’ or ‘cringe’, they are not aimed at you. We are cross because your employer dangles headlines on social media and then dumps us on a sign-in screen.",
             "Honestly, you are not the villain. We are annoyed with ourselves for building a country where the news is whatever the latest minister announces, and where hardly any other outlets say what we actually think.",
             "So chin up, dear Paywall.",
             "Your job is harder than that of the transit operator's press office, and I must admit you are doing well at keeping the old Sentinel from sinking. Without the money you bring in, those editors would likely be bailing out their lifeboat with teacups.",
             "So hear me, Sentinel Paywall. You are lovely. You are reasonable. You beat ad-blockers every time, and proper reporting deserves protecting. Hold your ground and tune out the trolls.",
         ]),
    _neg("b172-saltirewatch-fundraisers-neg",
         "Invented; modelled on Wings Over Scotland (blog post thanking readers for pushing other groups' fundraisers over their targets)", "en", [
             "Three drives, three targets",
             "Published on March 11, 2015 by",
             "Nobody can argue any more. Saltire Watch readers are the finest around.",
             "We can't claim it all for ourselves, naturally. Yes Dundee and Trade Unionists For Home Rule were already well on the way to their totals. But we are thrilled with you for the Highlands appeal – it woke up this morning on barely £700, and we only hoped to nudge it along, not carry it over the line.",
             "Yet again our brilliant readers went deep into their pockets, and for the ninth time now (five of ours and four for others) dragged a home-rule fundraiser past its target, twice from a long way back. You are a remarkable bunch. Give yourselves a round of applause.",
         ]),
]


BATCH172_DOCUMENTS = PROBE152_APPEALS + PROBE152_NEGATIVES
