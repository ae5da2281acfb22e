"""Batch 156: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

19 documents (7 appeal, 12 negative; all EN): our own paraphrases of every document of the
local-only real probe 136 (19 documents). Each keeps the real page's structure line for line (no
blank lines, as on the real pages): a two-line free-trial teaser above a media-policy essay cut
mid-sentence; a doubled "locally owned and free" masthead tagline above a news-tip line and a story
cut mid-sentence; a news digest with "Source:" lines and an early-access newsletter line repeated
between items and cut off at the very end; an editorial cut with "..." above an account form's
sign-in and help-desk lines; a publisher's letter introducing members-only reports; a "subscribe -
find out more / why consider us" header over a columnists list with "Name | date" lines and "..."
cuts; a doubled email-news tagline over a council news list with "..." cuts. What the gold marks:
the two-line free-trial teaser; both copies of the masthead tagline as one block; the three
newsletter lines (two full lines differing only in one space, and the final cut line, which differs
in one capital letter so that each occurs once); the sign-in line and the help-desk line under the
paywall cut; the two middle paragraphs of the publisher's letter that sell the introductory
subscription (the opening announcement and the closing paragraph about the share of paid stories
stay text); the two-line subscribe header; both copies of the email tagline as one block. Negatives
keep what makes the real ones hard: a hospital friends' committee fundraiser with targets and sums,
two mothers' charity auction for a children's heart unit, a sponsored cycle's total for a hospital
trust, a protester's crowdfunding total, a crowdfunding platform's first completed campaign, a
blogger relaying other people's defamation crowdfunding and another site's donation link, a local
newsletter on a council motion to pay a newspaper for notices, families asking the state for burial
costs, consulates' relief drive and a consul's plea for cash donations, a diaspora drought-relief
drive with funding shortfall figures, an influencer's famine fundraising, a trade-press report on a
news site's coming subscription service.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text by
check_para.py). The modelled real outlet is noted in each outlet field. Like the earlier batches the
build step takes each text as it stands and locates every gold appeal substring in it (asserted
unique).
"""


from whole_documents import _doc, _neg


# --- Probe 136: appeal documents ----------------------------------------------------------------

_JUNCTION_TRIAL = "\n".join([
    "FREE 90-day",
    "trial subscription!",
])

_HINTERLAND_TAGLINE = "\n".join([
    "Proudly Local, Independent and Always Free",
    "Proudly Local, Independent and Always Free",
])

_PADMA_NEWSLETTER_1 = "Want early access to the Padma Brief newsletter, at no cost? Sign up: https://forms.example.org/padma-early"

_PADMA_NEWSLETTER_2 = "Want early access to the Padma Brief newsletter, at no cost?  Sign up: https://forms.example.org/padma-early"

_PADMA_NEWSLETTER_CUT = "Want early access to the Padma Brief Newsletter"

_CAPELEDGER_SIGNIN = "\n".join([
    "Already registered or a subscriber? Sign in to keep reading.",
    "Need help? Write to support@capeledger.example.com or phone 0861 44 71 00.",
])

_HARBOURJOURNAL_OFFER = "\n".join([
    "These hand-picked leading stories are designed to give you sharp, original, practical reporting you simply won't find elsewhere. They are built for busy business people with little time to spare. And they will lift the standard of commercial journalism in this country.",
    "As a launch offer, you can unlock these exclusive reports for $79 (usually $139). That gives you full entry to every Members Only Report for the coming six months. It works out at just under 45c a day, and I am confident you will count it as money well spent.",
])

_LEDGERWIRE_HEADER = "\n".join([
    "Subscribe now - learn more",
    "Why readers choose LedgerWire",
])

_COUNCILDIGEST_TAGLINE = "\n".join([
    "Council news straight to your inbox - FREE!",
    "Council news straight to your inbox - FREE!",
])


PROBE136_APPEALS = [
    _doc("b156-junction-outlier-trial-top", "appeal", "top",
         "Invented; modelled on The Hub (Canada) (two-line free-trial teaser above a media essay cut mid-sentence)", "en", [
             _JUNCTION_TRIAL,
             "Britain's contrarian Outlier: Breaking away from the media flock",
             "Canadian journalism is under severe strain. So far the policy fixes on offer have not delivered the reporting people rely on to weigh in on the questions that matter to them. Our Next Chapter for Journalism series invites working editors, researchers and critics to sketch out fresh revenue ideas, smarter public policy and new kinds of stories that could sustain a healthy news sector in this country.",
             "British newsstands have long been crowded with loud, argumentative and frankly tribal titles.  While established papers such as the Morning Ledger, the Daily Crier and  the Weekly Courier fight for readers, a newcomer rarely finds room to stand out. Even so, over the past several years one digital-only upstart has pulled in an audience hungry for unconventional takes on politics and society.",
             "Its name is Outlier. The title signals a deliberate step away from the consensus. Its stated aim is “[T]o challenge groupthink with fresh and daring arguments, and to give space to voices, communities and regions that usually go unheard.” It also says it hopes to “have the nerve to name what has been lost, not only what has been won, across three decades of globalisation; while aiming to provoke thought rather than division.”",
             "Outlier went live in 2018, created as an answer to what its backers viewed as slanted coverage of the bitterly divisive referendum on leaving Europe. Its owner is a prominent Tory benefactor and among Britain's richest investment fund bosses, Sir Roland Ashby. Unsurprisingly, the site frequently runs essays by conservative writers. Yet what sets Outlier apart now is how readily it also takes submissions from left-leaning writers both inside and beyond",
         ], appeals=[_JUNCTION_TRIAL]),
    _doc("b156-hinterlandherald-premier-countrypapers-top", "appeal", "top",
         "Invented; modelled on Sunshine Coast News (Australia) (doubled locally-owned-and-free masthead tagline, news-tip line, story cut mid-sentence)", "en", [
             _HINTERLAND_TAGLINE,
             "'Heartbeat of the bush': Premier throws her weight behind country papers",
             "Got a story we should hear about? Tap here to reach our newsroom.",
             "State Premier Lorraine Whitcombe has called country media “utterly essential” and “the heartbeat of the bush”, and offered to see that a bigger slice of the government’s advertising spend goes toward reaching rural residents through these independently owned papers.",
             "Whitcombe spoke at the Regional Newspaper Guild's annual gathering in Rockport on Friday, pointing to the ‘revival’ of small independent publishers across the state as one contributing",
         ], appeals=[_HINTERLAND_TAGLINE]),
    _doc("b156-padmabrief-digest-card-eid-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on The Front Page (Bangladesh) (news digest with Source: lines, early-access newsletter line repeated between items and cut at the end)", "en", [
             _PADMA_NEWSLETTER_1,
             "Source: The Morning Chronicle",
             "Central bank governor Rashed Karim Chowdhury said on Monday that Bangladesh will roll out a home-grown prepaid card by September, letting users pay both domestically and in Nepal.",
             "At present, people heading to Nepal have to buy US dollars before leaving and then swap them for Nepali rupees on arrival.",
             "That means they lose twice on currency conversion, a hit that can reach 5%, the governor said.",
             "People holding the new cards will be able to spend in both Nepal and Bangladesh, he added, noting that banks and licensed financial firms will issue them.",
             _PADMA_NEWSLETTER_2,
             "Source: Dhaka Evening Post",
             "Nearly 2.5 million residents of the capital and surrounding districts are expected to head home by boat before Eid-ul-Fitr, according to an estimate from the civic group Safe Journeys Forum on Waterways and Highways.",
             "The group's chairman Mizanur Rahman Bhuiyan and secretary Proshanta Kumar Saha presented the findings at a press briefing on Saturday.",
             "About 250,000 holiday travellers are expected to pass through the Munshiganj launch terminal. The other 2.25 million will use different terminals, chiefly the Sadarghat hub, which is again likely to be badly overcrowded.",
             "Roughly 13 million people leave the wider capital area over Eid, including Dhaka, Tongi and Savar, the study found. About 19% (2.5 million) of them travel by water. Almost all of them are bound for southern coastal districts such as Patuakhali, Bhola, Jhalokati, Barishal, Barguna, Chandpur, Pirojpur and Shariatpur.",
             _PADMA_NEWSLETTER_CUT,
         ], appeals=[_PADMA_NEWSLETTER_1, _PADMA_NEWSLETTER_2, _PADMA_NEWSLETTER_CUT]),
    _doc("b156-capeledger-deputypresident-business-end", "appeal", "end",
         "Invented; modelled on Business Day (South Africa, BusinessLIVE) (editorial cut with ..., account form sign-in and help-desk lines)", "en", [
             "Credit to Chamber of Commerce Alliance chief executive Thandi Mokoena for pushing back at Deputy President Sipho Ndlovu over his baseless swipe at the private sector last week. Rarely has a politician so plainly blamed others for his own shortcomings.",
             "When Ndlovu used his keynote at the Energy Investment Summit to accuse companies of “whining” and demanded they quit complaining, he was both wrong and insulting. Local firms carried an enormous load during the floods of 2022, donating trucks, food parcels, engineers and countless volunteer hours to plug the holes left by the state’s own broken disaster agencies. Without that effort, the damage to towns and farms would have been far worse. Few doubt that the rebuilding programme would have stalled without companies, which did most of the heavy lifting while officials took the bows...",
             _CAPELEDGER_SIGNIN,
         ], appeals=[_CAPELEDGER_SIGNIN]),
    _doc("b156-harbourjournal-membersonly-letter-middle", "appeal", "middle",
         "Invented; modelled on National Business Review (New Zealand) (publisher's letter introducing paid subscriber-only stories; offer paragraphs in the middle)", "en", [
             "A note from the publisher of the Harbour Business Journal",
             "Dear Reader,",
             "The Harbour Business Journal is launching a new paid Members Only Reports section to sit alongside its everyday news coverage.",
             _HARBOURJOURNAL_OFFER,
             "I anticipate that roughly a quarter of our online coverage will be Members Only Reports. The share will shift from day to day because we will reserve the label for our strongest stories, exclusives and columns of the day. Alongside the weighty topics of the moment, the section will carry plenty of satire and the gossip dug up by our inquisitive Back Room columnists.",
         ], appeals=[_HARBOURJOURNAL_OFFER]),
    _doc("b156-ledgerwire-columnists-subscribe-top", "appeal", "top",
         "Invented; modelled on BusinessDesk (New Zealand) (subscribe / why-consider-us header over a columnists list with name | date lines and ... cuts)", "en", [
             _LEDGERWIRE_HEADER,
             "Commentary and insight from Fiona Marsh, Tane Whitley, Graham Oduya, Lucy Brennan and Amir Castell, plus a hand-picked panel of New Zealand specialists and the LedgerWire newsroom.",
             "TANE WHITLEY: Big, blunt flood relief package carries a caution",
             "Tane Whitley | Wed, 8 Apr 2020",
             "It is difficult to exaggerate the scale of today's $9.4 billion flood relief package.It amounts to 3 percent of national output.For anyone unsure what that means, picture this: it is roughly three times what the country puts into its police service each y...",
             "COMMENT: Port company merger another transport fiasco?",
             "Colin Ferris | Mon, 10 Feb 2020",
             "Former shipping reporter and port board member from 2010 to 2016, Colin Ferris, predicts a done deal with costly side effects in the planned Northport-Eastport merger.The Eastport container terminal saga is only a taste of what may follow if the planned Northport-Eastport merger p...",
         ], appeals=[_LEDGERWIRE_HEADER]),
    _doc("b156-councildigest-newslist-email-top", "appeal", "top",
         "Invented; modelled on LG Focus (Australia) (doubled free email-news tagline over a council news list with ... cuts)", "en", [
             _COUNCILDIGEST_TAGLINE,
             "Honouring long service",
             "Bellwood Shire Council is marking Margaret (Peg) Onslow's 45 years of committed work in local government this year. Ms Onslow first joined the council in 1979...",
             "Library open day for Tarrawee",
             "Library staff, Coral Coast Shire volunteers, councillors and local families came together on Thursday 16 May at Banksia Park, in Tarrawee for...",
             "Abandoned vehicles - removal program begins",
             "Kindra Valley Council has launched an ‘Abandoned Vehicle Clearance Program 2024 – 2025’. Headed by Council’s Compliance Coordinator, Sarah Blount, the Program,...",
             "Tribute to Ray Dunning",
             "Condolences are pouring in for Lakeside Region councillor Ray Dunning after his passing on Sunday. Cr Dunning had been taken to Lakeside Base Hospital on Friday, 19 April,...",
         ], appeals=[_COUNCILDIGEST_TAGLINE]),
]


# --- Probe 136: negatives -----------------------------------------------------------------------

PROBE136_NEGATIVES = [
    _neg("b156-headlandstar-ballyross-hospital-friends-fundraiser-neg",
         "Invented; modelled on The Southern Star (Ireland) (hospital friends' committee fundraiser with targets and sums, cut mid-sentence)", "en", [
             "AN ambitious goal has been set to raise more than €80,000 this year for the 95 residents of Ballyross Community Hospital to brighten their daily lives.",
             "The new goal comes on the back of an appeal run by Friends of Ballyross Hospital to show local backing for hospital staff during a recent flu outbreak on the wards.",
             "The first goal of €8,000 was nearly tripled inside a single day as local people gave generously to a fund set up to buy gift cards from town shops to be handed out to the staff.",
             "The idea, dreamed up by shop owners and Friends committee members Declan Foley and Maura Kingston, also drew in many local clubs, including the rugby and hurling clubs, who came on board with events timed to match the one-day fundraising push.",
             "The Friends committee set aside its usual mission, which has always been to make life better for the 95 residents of the hospital, to let the town express its gratitude to the hard-working and kind staff there, according to Friends chairperson Eileen Crowley: ‘This was a single exception where we as a committee sensed a massive wish in the town to thank the people who work at the hospital. None of us anticipated the kind of response we got.’",
             "The story has since taken a further turn after it emerged that hospital staff have asked for a big share of the money raised to go to a project that will improve daily life for the residents who call the hospital home.",
             "‘It really is a present that keeps on giving!’ said Eileen Crowley. ‘The team at Ballyross Community Hospital see themselves and the residents as a single household and have insisted on passing their good luck on to that wider household.’ She said her committee is now hoping",
         ]),
    _neg("b156-boynevalleychronicle-beatforbeat-auction-neg",
         "Invented; modelled on Meath Chronicle (Ireland) (two mothers' charity auction for a children's heart unit, lots listed, cut mid-sentence)", "en", [
             "Big-Hearted... Two determined mothers fundraising for the cardiac unit at St Brigid's Children's Hospital have collected an incredible €120,000",
             "A HUGE fundraising campaign run by two determined local mothers for the cardiac unit at St Brigid's Children's Hospital has brought in an incredible €120,000.",
             "The 'Beat for Beat' campaign is collecting money for virtual reality tools and 3D imaging software that will make a real difference to young patients at St Brigid's.",
             "Run by Niamh Costello and Grainne Walsh, the last event in the huge campaign is an online auction this week, with lots including signed shirts and hard-to-get match tickets.",
             "Lots on offer include: a signed 1999 Celtic shirt, dinner for six at Harbourlight Bistro in its private Garden Room, with prosecco & mocktails, a signed Louth ladies' football shirt, a signed Kildare hurling shirt, a signed Cork camogie shirt, a signed Munster Rugby shirt, two tickets to an Arsenal match, two tickets to a Chelsea match in a hospitality suite at Stamford Bridge and a signed 1996 Louth shirt.",
             "Bids can be placed by visiting the campaign's Instagram page \"Beat for Beat\" and leaving a comment under the photo of each lot. The top bid on 20th December takes the prize.",
             "Niamh Costello, who grew up in Slane and now lives in Navan, and Grainne Walsh from Trim have both witnessed the outstanding care given by the cardiac team to their children Ella and Finn.",
             "Ella, Niamh's daughter, fought through serious heart failure when she was only 11 months old. Following a cardiac arrest and a transfer to St Brigid's, the family were told that Ella would need a new heart.",
             "\"It came completely out of the blue, because Ella had been a thriving baby up to then. Her heart problems were triggered by ordinary viruses, and she was diagnosed with myocarditis,\" said Niamh.",
             "Ella spent five tense weeks at St Brigid's, fighting for her life. Her health deteriorated several times, leading",
         ]),
    _neg("b156-northsidevoice-ashgrove-cycle-hospitaltrust-neg",
         "Invented; modelled on Dublin People (Ireland) (sponsored event's total for a hospital foundation)", "en", [
             "Tom and his team raise money for Ashgrove Hospital",
             "The 9th Annual Tom Brennan and Friends' Big Ashgrove Cycle brought in more than €9,000 for the Ashgrove Hospital Trust.",
             "MORE than €9,000 has been collected for a hospital on the Northside at a neighbourhood event.",
             "The cash came from the yearly Tom Brennan & Friends' Big Ashgrove Cycle.",
             "Tom, a one-time patient and long-standing backer of Ashgrove National Orthopaedic Hospital, organises the fundraiser every year.",
             "People from Kilmore and nearby estates turned out in large numbers to back this year's cause – ‘Ashgrove Young Patients’.",
             "The money will help open ‘Ashgrove Young Patients’, the new dedicated children's unit at Ashgrove National Orthopaedic Hospital, by paying for one of its therapy rooms.",
             "Each room will be fitted out and planned around children and teenagers, giving young patients a space that feels friendly and belongs to them.",
             "Everyone who gave will help shape the care of children from every county in the country at the Ballyglen-based hospital.",
             "The day opened with a craft fair offering local honey and home-made cakes, followed by the main attraction, a scenic cycle through the northern suburbs led by a convoy of classic motorbikes",
             "To round things off, the Kilmore Inn was packed with riders enjoying a well-deserved break and barbecue. Across the last nine years, the Kilmore community have raised more than €70,000 for the hospital through the trust with Tom Brennan out in front.",
         ]),
    _neg("b156-lagosledger-protester-daughter-crowdfunding-neg",
         "Invented; modelled on Nigerian Bulletin (Nigeria) (protester's crowdfunding total reported as news)", "en", [
             "Nigerians have donated N2.3 million to Emeka Okonkwo, a demonstrator whose daughter dreams of becoming a doctor. Okonkwo, who joined the #FixTheEconomy marches in Abuja, spoke about struggling to pay for his daughter's schooling. The fundraiser, sparked by his widely shared video clip, hit its target in under two days.",
             "As the #FixTheEconomy marches continue in Abuja, Nigerians have pooled N2.3 million for Emeka Okonkwo, a demonstrator battling to fund his daughter's hope of studying medicine. Okonkwo, who joined the protests on August 3, told his emotional story to Meridian TV at the Unity Fountain.",
             "In the interview, Okonkwo, who travels daily from Nyanya to Wuse, explained how hard it has been to pay for his 15-year-old daughter's education. Although she excels in science, Okonkwo said he could not cover essentials such as textbooks and school fees. “I would sooner suffer in the streets than watch my child's dream die,” Okonkwo said, stressing how committed he is to backing her ambitions in spite of the tough economy.",
             "The clip spread rapidly, winning broad sympathy and backing online. Content creator Tolu Adeyemi, touched by Okonkwo's plight, started a crowdfunding drive aiming for N2.3 million. In less than two days the goal was reached, thanks to kind donations from Nigerians who rallied behind Okonkwo.",
             "Adeyemi announced the fundraiser's success online and thanked everyone who chipped in. The quick response shows the deep solidarity among Nigerians, even amid economic hardship. The money will make sure Okonkwo's daughter can keep chasing her medical ambitions, showing what pooled support can achieve in hard times.",
         ]),
    _neg("b156-faithnigeriatoday-givehelp-first-campaign-neg",
         "Invented; modelled on Christianity Nigeria (Nigeria) (crowdfunding platform's first completed campaign with total)", "en", [
             "givehelp-ng wraps up its first crowdfunding drive - #helptundeoyelaran",
             "givehelp-ng is a Nigerian crowdfunding platform focused on charitable fundraising and campaigns for good causes.",
             "The #helptundeoyelaran drive began in early October and closed in early December; running for 60 days and collecting a total of eight hundred and twelve thousand, three hundred and fifty naira (N812,350.00).",
             "This result would not have been achievable without gifts from kind-hearted Nigerians who were touched by Tunde's story on the givehelp-ng crowdfunding site –",
             "Right around the time givehelp-ng went live: the givehelp-ng team came across Tunde's story on a popular celebrity blog and chose to take it up. Call it “putting your money where your mouth is, or the other way round”. With this result, givehelp-ng has shown crowdfunding can work in Nigeria.",
             "From that point on, many more people and charities have reached out to givehelp-ng expressing interest in using the platform to raise money for good causes.",
             "The Oyelarans' Story.",
             "“I still feel like I'm dreaming. How strangers who have never met us could be so determined to help us this much”.",
         ]),
    _neg("b156-maraltan-blog-defamation-crowdfunding-relayed-neg",
         "Invented; modelled on Jess C Scott blog (Singapore) (blogger relaying others' defamation crowdfunding and another site's donation link)", "en", [
             "Fundraising News and Other Bits",
             "Well done, Daniel Koh",
             "Well done to Daniel Koh on hitting his fundraising goal! 🙌",
             "For casual visitors and overseas readers who haven't been here before, Daniel was taken to court by senior minister Harold Teo over a post he published on his blog some years back. The minister claimed he had been “defamed” and Daniel was told to pay Teo S$120,000 (US$89,000) in damages in 2017.",
             "Daniel restarted his fundraising page on 3 March 2022 and hit the goal in 6.5 days.",
             "Overseas media such as the Straits Observer, The Lion Post, and the Bangkok Herald covered the successful campaign.",
             "You can also see a few messages from overseas readers who chose to chip in to Daniel's fundraiser.",
             "Tan Wei Ming, Part 2",
             "Blogger and retired accountant Tan Wei Ming collected S$110,000 in February via crowdfunding, the amount he was told to pay in a different defamation case brought by the minister.",
             "Tan was sued for reposting an article on his Facebook wall. The piece had been put out by an overseas news site that “claimed Singapore’s senior minister Harold Teo was being examined in connection with the Pacific Harbour Fund affair.”",
             "Tan and Daniel were the first people Teo sued over remarks posted online.",
             "Tan Wei Ming has now been told to pay a further S$95,000 in legal costs and expenses.",
             "If free speech and open debate matter to you, please think about backing Mr. Tan's second fundraising round. His PayNow details are in the image below and you can keep up with his news on Facebook.",
             "FB screenshot: Alvin Lim via The Harbour Independent",
             "Kelvin Ong of The Civic Lens",
             "Senior minister Teo is also suing Kelvin Ong, the editor of The Civic Lens (TCL), over a piece published on 9 September 2020 headlined “Minister Teo's brother quietly posts essay on walking away from family feuds.”",
             "You can back TCL's independent reporting by making a donation here.",
         ]),
    _neg("b156-priyasandhu-newsletter-council-newspaper-notices-neg",
         "Invented; modelled on Darrin Rigo newsletter (Prince George, Canada; Substack) (local newsletter on a council motion to pay a newspaper for notices)", "en", [
             "Hi there, hi.",
             "Spring has arrived… sort of!? For about 30% of 60% of the days in April, it has arrived…",
             "Like just about everybody in the Interior, I catch myself grumbling “well, at least it helps with the fire season” whenever I'm about to moan about these strange half drizzly, half bright days that have made up most of April so far.",
             "I'd also argue that these days are something of a signature of early spring in Fraserton. It always makes me laugh when my phone's weather app tries to pick a single icon for days like these - a bit of cloud, a bit of drizzle, a sliver of sun, and a lightning bolt tucked behind it all. A kitchen-sink of weather symbols, as I've started calling it.",
             "But I'm jumping ahead - no doubt I'll be sending out my weather and smoke anxiety issues in a few months, so let's put that on hold and turn to my other beloved subject: City Councillors floating odd ideas.",
             "Grab a coffee. This one runs long.",
             "Advertising Contract or Media Bailout",
             "Last Tuesday, Councillors Dhillon and Marchetti put forward a motion to revive a discontinued arrangement in which the City paid the local paper The Fraserton Times $80K/year to run legal notices in its pages.",
             "Background: That arrangement had run for decades before it was cut in 2021.",
             "In fairness to Dhillon and Marchetti, they are not hiding the purpose of this motion as much as you might expect. You can easily picture a version where it's sold purely as an accessibility measure - “not every resident in Fraserton is online so let's be sure we reach them through the good old newspaper!” and leave it there.",
             "As noble a motion as you could ask for, in that light.",
         ]),
    _neg("b156-coastlinevoice-mlimatatu-burial-costs-neg",
         "Invented; modelled on The Eastleigh Voice (Kenya) (victims' families asking the state to help with burial costs)", "en", [
             "Families of Mlima Tatu landslide victims ask government to help bury their loved ones",
             "Achieng lost her father, brother and nephew who were buried when the hillside above their village collapsed in the night.",
             "The families of the Mlima Tatu landslide victims are asking the government to step in and lighten the cost of burying their relatives.",
             "While they struggle with the deep grief of losing those close to them, they now face the heavy financial burden of giving them a proper burial.",
             "They are now calling on officials for help, hoping to be spared this extra burden while they mourn.",
             "They say the government gave them very little warning to get ready for the burials.",
             "Officials announced last week that on Thursday, April 11, families will collect the bodies of their relatives (27) identified through DNA.",
             "After the announcement, Grace Achieng must now travel from Kisumu to Voi, a journey of about 560 kilometres by road, to collect her father's remains.",
             "“Bus fare alone there and back is Sh6,200. I will also need somewhere to sleep on Wednesday because the process begins early on Thursday. That is already a cost for me,” she told The Coastline Voice.",
         ]),
    _neg("b156-islandsentinel-stanselm-hurricane-relief-neg",
         "Invented; modelled on Trinidad Guardian (Trinidad and Tobago) (consulates' relief drive and a consul's plea for cash donations, byline and photo-credit lines, cut mid-word)", "en", [
             "Caribbean envoys in Toronto call urgent meeting to gather $$ for St Anselm",
             "by",
             "Marisa Baptiste",
             "Volunteers in Scarborough, Toronto gathered and loaded tinned food and other basic goods into 15 barrels and containers bound for St Anselm.",
             "Picture Darnell Joseph",
             "Caribbean consulates in Toronto held an urgent meeting this week to agree on a joint plan for relief after Hurricane Odette tore across the island of St Anselm, flattening homes and forcing thousands from their villages.",
             "And while work in Toronto is well under way to collect goods to ship to St Anselm, the Toronto-based Consul General of St Anselm Marcus Delaney has put out a call for cash donations. His appeal follows word from the Caribbean Development Agency that it is preparing an emergency funding call for the island.",
             "Speaking to the Weekend Sentinel, Mr Delaney said his regional colleagues had agreed to join his consulate's relief collection this weekend and to open a joint CARICOM crowdfunding page on a Canadian donation platform to raise money for St Anselm. A benefit concert is also in the works but no date has been set. T&T's Consul General in Toronto Keisha Rampersad, in a short phone conver",
         ]),
    _neg("b156-waaberionline-eidfest-drought-drive-neg",
         "Invented; modelled on Hiiraan Online (Somali diaspora news, Canada-based) (diaspora drought-relief drive with funding shortfall figures, dateline and photo caption)", "en", [
             "Somali-American groups launch drought relief drive ahead of ‘Eid Fest’ in Columbus",
             "Tuesday June 28, 2022",
             "Somali-Americans in Columbus, OH, are urging community members to give to the drought relief fund. June 28, 2022. Photo/ Waaberi",
             "Columbus (WOL) - Community and faith organisations in Ohio are urging the wider public to rally behind Somalia's drought response with a fundraising push on Sunday at this year's 'Eid Fest' gathering at the convention centre in downtown Columbus.",
             "Up to 30,000 Muslim-Americans are expected at the family event. Still, organisers say they hope to use the occasion to raise both awareness and money for the roughly 6 million people facing the crisis.",
             "After several failed rainy seasons, Somalia is now enduring its most severe drought in four decades. If the coming 'gu' rains also fall short, as regional forecasters predict, hunger could continue well into next year.",
             "In spite of recent fundraising, there is still a huge gap. The humanitarian response plan drawn up by aid agencies calls for $1.1 billion, yet only $420 million has been received so far. Aid workers compare this with the deadly famine of 2011, when money arrived too slowly until famine was officially declared.",
             "Hodan Farah, who chairs Somali Heritage Days, one of the groups behind the fundraising drive, warned that doing nothing would cost lives.",
         ]),
    _neg("b156-dalkapost-influencer-famine-fundraising-neg",
         "Invented; modelled on Kasmaal (Somali news site) (influencer turning his following into famine fundraising)", "en", [
             "How a Young Somali-Canadian Turned His Online Following Into Major Funds for Drought Relief",
             "Only three years ago Hamza Warsame was sitting in a village in central Somalia, cradling a clay cup of spiced goat-milk tea. The elderly woman who handed it to him looked on, smiling, as the 22-year-old cautiously sipped the strong brew for the very first time.",
             "Over 30,000 viewers also watched that scene after Warsame uploaded a one-minute clip of it on Instagram. It was one of dozens the young activist posted during his two-month stay in Somalia, delighting followers across the diaspora and sealing his reputation as an online personality.",
             "Now, Warsame is using that audience to rally help for Somalia, where a looming famine puts roughly 5 million lives at risk, according to aid agencies.",
             "From his home city of Toronto, in the Canadian province of Ontario, Warsame still posts clips of that dry countryside, where failed rains have wiped out the herds that families rely on for food and income.",
             "“My Instagram feed is just heartbreaking,” he says, describing the photos of desperate parents holding starving toddlers.",
         ]),
    _neg("b156-mediamonitor-newspulse-subscription-launch-neg",
         "Invented; modelled on Media Update (South Africa) (trade-press report on a news site's coming subscription service, broken quote lines)", "en", [
             "\"As a registered reader myself, I understand how much [readers] rely on",
             "NewsPulse to stay on top of what is happening around them, and I wanted to pass on this big announcement,\" says",
             "NewsPulse's editor Thabo Mahlangu.",
             "\"This is a milestone for everyone here at",
             "NewsPulse, something we've been itching to [announce] ever since we set out to build a viable business model for serious reporting around 18 months ago,\" he says.",
             "\"In the coming weeks, as we get nearer to our formal launch, we will share more about our paid membership offering and why we think there has never been a better moment to back serious reporting than today.\"",
             "Why this, and why today?",
             "As Mahlangu explains,",
             "NewsPulse celebrated its 20th birthday in 2020. Since 2000, the site has built a reputation as a reliable home for breaking news, sport, finance and lifestyle stories across South Africa.",
             "\"All this time, we have been free to access,\" says Mahlangu. \"[Readers] have grown to value and rely on us for getting the news out first. We want to deepen that bond of trust with [them].\"",
         ]),
]


BATCH156_DOCUMENTS = PROBE136_APPEALS + PROBE136_NEGATIVES
