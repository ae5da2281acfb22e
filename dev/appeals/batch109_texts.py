"""Batch 109: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (13 appeal, 11 negative; all EN): our own paraphrases of every document of the
local-only real probe 89 (24 documents). Each keeps the real page's structure (datelines, bylines,
a repeated lead paragraph under a news-service line, a photo caption printed twice with an image
credit, bank-detail lines, "•" bullet lines, a teaser list where every headline is printed twice above
its dek and byline, a pipe-separated menu line and a pipe-separated category line, a Spanish reader
line in an English blog, a glued "largerOutlet" chrome word, a live blog with timestamps, an
"Article continues below..." line, an image-file-name line, an author bio with a "Read more about or
contact" line, cut-off endings in the middle of a word) and exactly what the real gold marks: a
non-profit paper's "it needs friends" plea with its office phone line (ending in the stray " n" end
mark), and the cut funding box below it; a follow-our-channels line under a headline; a lone
WhatsApp-channel button above a city story; a register-for-free-newsletters box with its button
above a list of charities to give to (the charities' bank details stay text); a one-line member plea
closing a story about a local-news campaign; a signup box with its "email sent" confirmation above
a teaser list; the subscribe/donate part of a pipe menu line (the leading pipe stays text); a
newsletter's podcast follow/subscribe/review and YouTube-channel plea starting mid-sentence after
"one small bit of housekeeping:"; a blogger's legal-fund and one-off donation plea and a separate
follow-by-email block (the closing share-this-post line stays text); a "funded entirely by its
readers" box with its Donate button; a membership box glued to a chrome heading at the end of an
anniversary call for comments (the call for comments stays text); a text-alert signup line inside a
fact check; a two-line support-and-free-email box between live-blog entries. Negatives keep what
makes the real ones hard: a food bank's cash appeal reported as news, a crowdfunding platform's new
fee with campaign totals, a TV charity appeal total ending in "you can still give on the website",
a relief group's crowdfunding page with what the money buys, a streaming service's paid-sharing
fee, a retailers' donation to charities, a family-fire fundraising page with totals and a donate
line, two fact checks of invented celebrity donations, an encyclopedia entry on radiothons, an
earthquake report on how people abroad try to help.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the build script takes each text
as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch109.jsonl. Named `unseen-` because no rule is fitted to it.
"""


from whole_documents import _doc, _neg


# --- Probe 89: appeal documents -----------------------------------------------------------------

_COMMONGROUND_FRIENDS = "\n".join([
    "Common Ground is run on a shoestring and nobody profits from it, so every month is a scramble to pay the printer. If these lines have reached you, you already know how much this paper matters.",
    "It relies on its friends. Anything you can offer — an afternoon, a cheque or plain energy — makes a real difference. Ring the Common Ground Weekly office on (03) 418 2276 and let us know how you can pitch in. Common Ground Weekly belongs to its readers. n",
])

_COMMONGROUND_BOX = "\n".join([
    "Common Ground needs you, and you need Common Ground!",
    "Common Ground runs on gifts from its readers and backers. Help us hit this year's target.",
    "Give once, or pick one of our regular monthly giving plans.",
    "Sign up as a sustainer and receive the pr",
])

_LENSA_FOLLOW = "Follow our Tamil and English channels on Signal, Telegram, Threads, Facebook and YouTube."

_DOAB_CHANNEL = "Join our WhatsApp Channel"

_KASIPULSE_REGISTER = "\n".join([
    "Fresh headlines, straight to you.",
    "Sign up with KasiPulse LIVE for free to get our newsletters, members-only stories and more.",
    "Sign up now",
])

_RIDDELL_MEMBER = "Join as a member and keep the Riddell Valley Voice going for under $1.20 a week ($5 a month)."

_BIRCH_SIGNUP = "\n".join([
    "The Stories Big Media Won't Touch",
    "Done! Open your inbox to confirm your subscription.",
    "Join 45,000 Readers Who Open Their Morning With The Birch • Cancel anytime",
])

_DARPAN_MENU = "Subscribe   |   donate   Back Us    |   donate"

_BULKHEAD_PODCAST = "\n".join([
    "we’ve poured a huge amount of effort into our new podcast lately. You can hear it right here on our Substack, naturally. But it’s also out on pretty much every big podcast app, including Apple, Spotify and Pocket Casts.",
    "Please follow/subscribe/rate us on whichever app you like best and leave us a kind review. It’s all about winning over the algorithms so new listeners who have never come across us can find the show. The more good reviews we collect, the more the apps notice people enjoying it, and the better the odds they’ll recommend it to folks who already follow Canadian politics and current affairs. Basically, help us game the algorithms. It really makes a difference, and we can already tell it’s paying off. So let’s keep it up! All the links are here.",
    "It also helps a ton if you like and share the video version of the show on YouTube. The numbers there keep climbing. Have a look, subscribe to our channel and pass our stuff along. Cheers!",
])

_CLARION_FUND = "\n".join([
    "Have YOU chipped in to my legal fund yet? I’m raising money to defend myself against baseless defamation claims from a radio personality who ought to know better. Court fights are expensive, so every pound helps make sure deep pockets don’t win.",
    "Clarion Commons needs you! If you’d like to back this blog",
    "(without handing your cash to advertisers) you can give a single donation here:",
])

_CLARION_FOLLOW = "\n".join([
    "There are four ways to hear the news before almost anyone else.",
    "1) Sign up by hitting ‘Follow’ (on the right-hand side). You’ll then get an alert whenever a new post goes up.",
    "And please pass it on to family and friends – so they’re kept in the loop too!",
])

_ORINOCO_BOX = "\n".join([
    "Orinoco Notes is funded entirely by its readers.",
    "For 15 years we have kept going in one of the toughest places on earth to run a newsroom. Then hyperinflation made everything harder almost overnight. We have watched other Venezuelan outlets, at home and in exile, let reporters go just to stay open. We are doing everything we can not to follow them, and so far we believe we’ll manage. But your support goes a long way toward getting us through.",
    "Donate",
])

_CAYO_MEMBERS = (
    "SUPPORT OUR JOURNALISMThe Cayo Abierto newsroom is dedicated to rigorous reporting that shows "
    "Cuban life as it really is. Thanks for walking this long road with us. We hope you’ll keep backing "
    "us by signing up as a Cayo Abierto member today. With you, we can keep changing the way Cuba is covered."
)

_TRUTHMETER_TEXTS = "Get TruthMeter alerts by text"

_CLEARCOUNT_BOX = "\n".join([
    "Good information changes minds",
    "Back our work – and sign up for our free weekly newsletter",
])


PROBE89_APPEALS = [
    _doc("b109-commongroundweekly-fundingdrive-end", "appeal", "end",
         "Invented; modelled on Green Left Weekly (archived editorial about the paper, friends-and-phone plea then a cut funding box)", "en", [
             "March 6, 1996",
             "Hardly anywhere today can people on the left argue openly with one another. Few papers give organisers room to test a strategy and trust that it will be weighed on its merits.",
             "Common Ground was built for argument. We set out to provoke discussion on the questions that shape politics now, from how to answer the water crisis to what unions should expect from a Labour government. That reaches overseas too, to the ceasefire talks in the Pacific or the first free elections across southern Africa. We print the living argument on these questions because campaigners here need to understand them properly.",
             "Common Ground Weekly is a campaigning paper. It tries to carry the worries and hopes of everyone working for something fairer. Being well informed is where persuading your neighbours starts, and persuading your neighbours is how a movement gets built.",
             "We take pains to get the whole picture, even paying stringers abroad so our coverage does not lean on the wire services. Linking up campaigners across the country and around the world is what Common Ground is for.",
             "Common Ground would mean far less without the thousands of volunteers who write for it, sell it on street corners and pass it around every year.",
             _COMMONGROUND_FRIENDS,
             _COMMONGROUND_BOX,
         ], appeals=[_COMMONGROUND_FRIENDS, _COMMONGROUND_BOX]),
    _doc("b109-lensawarga-citizenwriters-top", "appeal", "top",
         "Invented; modelled on Aliran (NGO site interview, follow-our-channels line under the headline)", "en", [
             "Lensa Warga trained a fresh crop of citizen writers in 2017",
             _LENSA_FOLLOW,
             "Going fully online may have been a lucky call for Lensa Warga. We think we gave some of these newcomers the confidence and the tools to speak up, says Mariam Yusof.",
             "Looking back … I would like to show how Lensa Warga, faced with shifts we are still trying to make sense of, ran a series of clinics and forums during 2017 to help members work through them.",
             "For instance, we hosted a town-hall debate on the redrawing of electoral boundaries. We also ran two sessions with partner groups on the collapse of the opposition pact in the northern states and on the new party that grew out of it. A forum on the proposed water tariff review followed in late November.",
             "Which other big moments of 2017 stand out, and how did Lensa Warga react?",
             "The port land deal was the big one, naturally. We put out a stream of statements and commentaries, and signed several joint letters with fellow NGOs about the deal. One piece I want to single out is Daniel Chong's analysis, which walked through the deal line by line from a procurement angle. His essay and several others went up on our site.",
             "Our email bulletins and our posts on social media then pointed readers towards them.",
             "One particular push was an online petition against the ministry's move to revoke the permit of Harian Jelas and to block an investigative blog that had angered the chief minister. Close to 21,000 people signed it.",
             "We also held a vigil for Harian Jelas on the esplanade at Tanjung Perak. Throughout, we worked hand in hand with reporters and media unions su",
         ], appeals=[_LENSA_FOLLOW]),
    _doc("b109-doabherald-dumping-whatsapp-top", "appeal", "top",
         "Invented; modelled on The Tribune India (city news story with repeated lead, WhatsApp channel button above the headline)", "en", [
             _DOAB_CHANNEL,
             "Civic body opens WhatsApp line for complaints on illegal dumping",
             "RAMPURA: With few residents using the helpline the municipal corporation set up in spring to report stray cattle, the civic body today widened the same number (9814402277) so people can send photos, clips and details of garbage dumping and encroachments near their homes.",
             "Herald News Service",
             "Rampura, October 7",
             "With few residents using the helpline the municipal corporation set up in spring to report stray cattle, the civic body today widened the same number (9814402277) so people can send photos, clips and details of garbage dumping and encroachments near their homes.",
             "The number was started on March 22. Yet only a handful of calls came in. Barely nine residents flagged stray animals on roads, and most of those complaints could not be traced to a location.",
             "Harpreet Kaur Sandhu, Joint Commissioner, said the corporation had chosen to open the line to every kind of civic violation. “People can send photos and clips whenever they see rubbish being dumped or a pavement being taken over. They may also send photos of staff who take bribes to look the other way,” she said.",
             "She added that residents could also send audio clips of officials demanding money. “Nobody will learn who sent the complaint,” she said. She noted that complaints about open drains and broken streetlights had dropped compared with last year. Some 212 drain complaints were logged up to September 2016, against 149 this year.",
             "Likewise, 611 streetlight faults were reported by September 2016, compared with 498 so far this year.",
             "Clean City Line",
             "The corporation has called the WhatsApp lin",
         ], appeals=[_DOAB_CHANNEL]),
    _doc("b109-kasipulselive-firerelief-charities-top", "appeal", "top",
         "Invented; modelled on SowetanLIVE (register-for-newsletters box with button above a list of charities with bank details)", "en", [
             _KASIPULSE_REGISTER,
             "12 organisations you can give to for fire relief in the Kwaleni hills",
             "9 November 2023 - 14:22",
             "Thandiwe Mokoena Online Editor",
             "Burnt-out houses on a slope outside Kwaleni after the wildfires. Relief and rebuilding work has started across the district.",
             "Burnt-out houses on a slope outside Kwaleni after the wildfires. Relief and rebuilding work has started across the district.",
             "Image: Lwazi Dube",
             "A number of groups and charities have started outreach drives for people hit hardest by the wildfires that tore through the Kwaleni hills this week, asking for tents, food parcels, blankets, baby formula and toiletries.",
             "The provincial government added its voice to calls for relief and reconstruction after the fires flattened settlements and left scores dead.",
             "Strong winds and a long drought have fed the fires since Friday afternoon, burning homes and power lines and forcing thousands to flee.",
             "On Thursday morning, the office of provincial disaster management head Lindiwe Khumalo said: “The most recent count shows that 87 people have died as a result of the fires.”",
             "Many groups have promised to help with relief and rebuilding.",
             "Keen to lend a hand? Relief groups and trusts are asking for cash or goods.",
             "These are some of the groups accepting donations:",
             "HANDS OF HOPE RELIEF",
             "Hands of Hope Relief said tents, cooked meals, drinking water, blankets, nappies and sanitary towels are the first priorities for families who fled with nothing.",
             "If you'd like to give through Hands of Hope Relief, you can pay into:",
             "Bank: Ubuntu Mutual Bank",
             "Account name: Hands of Hope Relief",
             "Branch code: 410326",
             "Account num",
         ], appeals=[_KASIPULSE_REGISTER]),
    _doc("b109-riddellvalleyvoice-localnews-campaign-end", "appeal", "end",
         "Invented; modelled on Sunbury Life (community paper story on a local-news campaign with bullets, member plea as last line)", "en", [
             "Drive to back community journalism kicks off",
             "The Community Publishers Alliance (CPA) has begun a national push to strengthen varied, locally rooted voices in a media market crowded with syndicated copy and online falsehoods.",
             "The push, ‘Local Pages. Local Power’, asks Australians to stand with CPA by backing independent and community publications – like the Riddell Valley Voice – that help hold an inclusive, healthy town together.",
             "It arrives as the industry grapples with shrinking revenue and thin staffing – pressures CPA is helping small publishers ride out.",
             "• Australian media ownership ranks among the most concentrated anywhere, which threatens democratic debate",
             "• Big media companies' aggressive tactics have forced small local newsrooms to shut",
             "• CPA helps small local newsrooms produce strong reporting on the matters residents care about",
             "Figures from the Centre for News Diversity show the country lost a net 142 news outlets, counting both closed mastheads and shuttered newsrooms, from mid-2019 to mid-2023. That shows how badly Australians need to back community reporting.",
             "About 120 new papers, radio stations and websites have opened since 2019, so there is still appetite for local news. But many run on very little — 38 percent employ fewer than two people and 14 percent rely wholly on volunteers (the Riddell Valley Voice among them).",
             _RIDDELL_MEMBER,
         ], appeals=[_RIDDELL_MEMBER]),
    _doc("b109-thebirch-teasers-signup-top", "appeal", "top",
         "Invented; modelled on The Maple (signup box with email-sent confirmation above teasers printed twice with dek and byline)", "en", [
             _BIRCH_SIGNUP,
             "What Nurses Say About the Province's Plan to Farm Out Hip Surgeries",
             "What Nurses Say About the Province's Plan to Farm Out Hip Surgeries",
             "\"Why would we send operating-room staff to private clinics when our own hospitals can't fill their shifts?\"",
             "by Priya Raman",
             "Why Won't The Greens Press The Government On Its Contracting Scandal?",
             "Why Won't The Greens Press The Government On Its Contracting Scandal?",
             "Ottawa handed a Boston consultancy over $90 million in advisory work, and the Greens have barely mentioned it.",
             "by Colin Ferreira",
             "The Recovery Promise Quietly Disappeared",
             "The Recovery Promise Quietly Disappeared",
             "How the promised recovery was dropped says a great deal about who the economy now serves.",
             "by Marta Sokol",
             "National Daily Rolls Out Six-Month ‘Salute’ To Oil Executives",
             "National Daily Rolls Out Six-Month ‘Salute’ To Oil Executives",
             "Even by the standards of our business-friendly press, the new series is remarkably fawning.",
             "by Jonah Albright",
             "Podcast: Are The Highway Blockaders Planning A Return?",
             "Podcast: Are The Highway Blockaders Planning A Return?",
             "We talked with WatchDesk editor Farah Naqvi about last winter's truck blockade that shut a border crossing for weeks.",
             "by Priya Raman",
             "What Canada's Big Pharmacy Chains Tell Investors As Prices Climb",
             "What Canada's Big Pharmacy Chains Tell Investors As Prices Climb",
             "One shopper in Halifax found a basic bottle of children's cough syrup marked at $24.",
             "by Mar",
         ], appeals=[_BIRCH_SIGNUP]),
    _doc("b109-rashtradarpan-newsport-top", "appeal", "top",
         "Invented; modelled on Satyaagrah (pipe-separated subscribe/donate menu line above a partisan story with repeated title)", "en", [
             "|   " + _DARPAN_MENU,
             "\"Old friends rush to the rescue, as always\": 40 well-known names including liberal academics, columnists, film stars, retired officials and activists have rallied behind NewsPort, a web portal now facing a foreign-funding probe",
             "The drama deepens as they claim the press has been captured by business houses and that honest, independent reporting is nearly dead",
             "|  Rashtra Darpan  |  Media Watch",
             "40 academics, ‘columnists’, film stars, retired officials and activists rally behind NewsPort over foreign-funding probe",
             "40 academics, ‘columnists’, film stars, retired officials and activists rally behind NewsPort over foreign-funding probe",
             "In a turn worthy of a prime-time soap, 40 self-styled liberals, among them a handful of ‘columnists’, some film stars, a few retired officials and assorted activists, have lined up in defence of NewsPort, the web portal currently under the scrutiny of investigators. The cause? Claims of money routed through a shell company linked to an overseas businessman accused of pushing foreign propaganda.",
             "So why the sudden rush to help? A glance at the signatories explains a lot: the founder of The Ledger, R Menon, screen veterans such as Kabir Sethi and Anjali Sethi, editor P Krishnan, and several other familiar faces. Their complaint is with the government's hard line on NewsPort.",
             "On the evening of 9 September, this gathering of liberals, activists and contrarian journalists met to stand by NewsPort, a portal that has drawn heavy fire from the Union government. This was no casual get-together; it came with a carefully drafted Go",
         ], appeals=[_DARPAN_MENU]),
    _doc("b109-bulkhead-dispatch-podcast-middle", "appeal", "middle",
         "Invented; modelled on The Line (newsletter dispatch, podcast follow/subscribe/review plea starting mid-sentence)", "en", [
             "Dispatch from The Bulkhead: Ottawa, having buried its housing plan, will now shrink the cabinet table",
             "Maybe next they'll bring back the penny. And the long-gun registry. And then reopen the Senate debate from scratch.",
             "Hi, Bulkhead readers. Glad you’re with us. What a strange week it was. Big stories, small stories. Grave stories, silly stories. We’ll get to all of them, but before that, one small bit of housekeeping: " + _BULKHEAD_PODCAST,
             "And now, the dispatch itself.",
         ], appeals=[_BULKHEAD_PODCAST]),
    _doc("b109-clarioncommons-partyrecords-end", "appeal", "end",
         "Invented; modelled on Vox Political (blog post on quoted news, legal-fund and donation plea, follow-by-email block, share line)", "en", [
             "Martin Hale: he chaired Forward Together at the end, while his wife kept the books.",
             "Remember Forward Together, the limited company dressed up as a party that rebranded three times in barely a year?",
             "Well, it turns out the accountants winding it up have found some irregularities.",
             "Will anyone be charged? Unlikely.",
             "Should anyone be? Difficult to say.",
             "Our politicians get away with so much nowadays that you can’t tell whether they’ve done anything wrong or not.",
             "Employees of Forward Together, the defunct party set up by breakaway councillors in 2020, “improperly shredded” financial paperwork, according to a report by its accountants.",
             "The accountants said that records such as bank statements and ledgers of gifts to the party were thrown away by former employees. None of those records, they said, could be “adequately rebuilt”.",
             "The report, attached to accounts lodged with the Electoral Commission on Tuesday, said the missing paperwork had restricted how far the accountants could examine the party’s money.",
             _CLARION_FUND,
             _CLARION_FOLLOW,
             "If you liked this post, remember to share it with the buttons below. Politics belongs to all of us – so let’s get all of us taking part!",
         ], appeals=[_CLARION_FUND, _CLARION_FOLLOW]),
    _doc("b109-orinoconotes-travelpiece-end", "appeal", "end",
         "Invented; modelled on Caracas Chronicles (blog teaser and short post, reader-funded box with Donate button at the end)", "en", [
             "Now here's a headline you don't see often",
             "A glowing travel piece on Maracaibo, from the Toronto Star’s Helen Brandt. Good for Brandt that she enjoyed herself, but … the Venice of the Caribbean…?...",
             "Yo me mudaría mañana mismo a Mérida",
             "A glowing travel piece on Maracaibo, from the Toronto Star’s Helen Brandt.",
             "Good for Brandt that she enjoyed herself, but … the Venice of the Caribbean…? Not even the old oil barons would have gone that far.",
             _ORINOCO_BOX,
         ], appeals=[_ORINOCO_BOX]),
    _doc("b109-cayoabierto-anniversary-end", "appeal", "end",
         "Invented; modelled on 14ymedio English edition (anniversary call for reader comments, membership box glued to a chrome heading)", "en", [
             "’Cayo Abierto’ Is Putting Together a Special Edition For Its Twelfth Birthday On October 3rd. Take Part!",
             "On October 3, 2012 at 7 am our site went live. / Rosa Medina",
             "Cayo Abierto largerCayo Abierto, Santiago de Cuba, 28 September 2024 — This Thursday, October 3, Cayo Abierto will be twelve. Our newsroom is putting together a special edition looking back on some of the highlights (and lowlights) of these years. Still, we don’t intend to wallow in memories. We also want to look ahead at the challenges waiting for us, as a newsroom and as a nation.",
             "For that, we are handing the floor to our readers, who carried us this far, and we have one question for them:",
             "What has Cayo Abierto added to Cuban journalism over these 12 years, and what else should we offer?",
             "Please send your replies and thoughts to redaccion@cayoabierto.example.org so that your voice can also shape our special edition.",
             "Thank you for being with us.",
             _CAYO_MEMBERS,
         ], appeals=[_CAYO_MEMBERS]),
    _doc("b109-truthmeter-celebrity-donations-middle", "appeal", "middle",
         "Invented; modelled on PolitiFact republished on a local site (fact check of fake celebrity donations, text-alert signup line mid-article)", "en", [
             "As towns along the Cedar River kept searching for people missing after floods that have now claimed close to 90 lives, scores of Facebook posts announced that stars of sport and music were standing with them.",
             "Some posts set photos of famous faces beside pictures of grieving families and wrecked houses. A chart-topping singer. Basketball and baseball stars. The posts claimed each one “wept openly” or “could not keep it together” on hearing the news and promised to help.",
             "If the captions were to be believed, these stars had already poured tens of millions of dollars into the recovery. The posts were shared thousands of times.",
             "Most of it is made up, though. When TruthMeter went looking for proof, we found no press releases and no reporting backing any of these tales of celebrity generosity, including claims that:",
             "Riverton Hawks point guard Jalen Brooks gave $12 million; Bayport Mariners pitcher Luis Ocampo gave $4 million and “slipped into the flood zone unannounced to help families dig out;” Granite City Bears quarterback Evan Price gave $2 million and paid rent for three families; or Lakeshore Comets forward Dario Mensah gave $12 million.",
             _TRUTHMETER_TEXTS,
             "Singer Kayla Monroe gave $8 million.",
             "The state university's football program gave $40 million to help victims and fund search teams.",
             "Cable host Daniel Reyes gave $2 million and handwrote notes to the families of 14 missing campers. “An emotional moment caught on camera that left viewers and detractors alike speechless.”",
             "State Sen. Marcia Dunn, D-Cedar County, gave $20 million “to help victims and support the search” for people still missing. (Dunn’s 2023 disclosure form listed assets worth between $5,000 and $60,000 and debts of $10,001 to $25,000, so a $20 million gift is hard to believe.)",
             "To be sure, plenty of people and gr",
         ], appeals=[_TRUTHMETER_TEXTS]),
    _doc("b109-clearcount-budgetlive-middle", "appeal", "middle",
         "Invented; modelled on Full Fact (fact-check live blog with timestamps, two-line support-and-email box between entries)", "en", [
             "Budget Live",
             "ClearCount’s running feed of checks, context and analysis.",
             "15 March 2024, 1.12pm",
             "Opposition leader wrong at Question Time about number of children in temporary housing",
             "At Question Time today, the opposition leader Margaret Holloway claimed that “160,000 children are now” living in temporary accommodation.",
             "That isn’t what the most recent government statistics say, as we explained on Monday about an almost identical claim.",
             "There are roughly 138,000 children in households placed in temporary accommodation in England.",
             "The 160,000 figure is closer to the number of adults in those households—a different count altogether.",
             "Ms Holloway is the third opposition figure we’ve seen repeat this number in the past fortnight, along with shadow housing secretary Owen Pryce and MP Leah Brandt.",
             "Ms Holloway was correct that the number of children in temporary housing has climbed by about 15,000 over the last year.",
             _CLEARCOUNT_BOX,
             "15 March 2024, 10.20am",
             "Is inflation ‘already back at target’?",
             "On breakfast radio this morning, government MP Simon Ashworth made a claim about inflation while previewing the Budget.",
             "He said he hoped people would accept that ministers “have managed the public finances carefully”, adding: “You’ll see in today’s figures from the [national] statistics office that inflation is already back at target.”",
             "We’re not quite sure which numbers Mr Ashworth had in mind—the statistics office publishes its next release tomorrow morning, and it hasn’t been made public yet. But we covered this last month, when the Chancellor claimed in a speech that inflation “is back where it should be”.",
             "Back then, we found the Chancellor’s claim didn’t match the latest official data, which showed that the ann",
         ], appeals=[_CLEARCOUNT_BOX]),
]


# --- Probe 89: negatives ------------------------------------------------------------------------

PROBE89_NEGATIVES = [
    _neg("b109-wadenavalleyledger-foodbank-neg",
         "Invented; modelled on Canora Courier via SaskToday (food bank's holiday cash appeal reported as news, cut ending)", "en", [
             "Food bank asks for help to stock holiday hampers",
             "With the holidays only weeks away, the food bank says money is needed quickly to fill its hampers.",
             "harvest-table-hampers-2023",
             "For many families, the holidays are a season when even groceries are hard to afford. Harvest Table Food Bank in Wadena is asking for donations as more local households seek help.",
             "WADENA - With prices for groceries, rent and fuel climbing, anyone could end up needing the food bank, particularly over the holidays when there are extra bills to pay.",
             "Rev. Doreen Kowalchuk, the volunteer coordinator at Harvest Table Food Bank in Wadena, said the recent collection drive by Wadena Elementary School was a big help, as was the town's offer to collect donations for Harvest Table at its Holiday Parade.",
             "“We're grateful for every bit of help, but right now what we need most is cash,” said Kowalchuk. “The holidays are almost here. Money is what lets us buy what goes into the hampers, like apples, ham, turkey, potatoes, carrots, bread, stuffing and something sweet for dessert.”",
             "Kowalchuk said this is among the most demanding stretches of the year for the food bank.",
             "“More families come to us now than in most other months. They buy presents, and many drive to see relatives, so fuel costs go up. Often there's nothing left over for groceries.”",
             "The Wadena Churches Council oversees the work of Harvest Table Food Bank.",
             "Every household that applies for a holiday hamper is screened and asked to explain its situation.",
             "“We tell everyone who applies that the hamper is meant for their own household, not for extended family,” said Kowalchuk, adding that getting a hamper can make a",
         ]),
    _neg("b109-waitakisentinel-chipinfee-neg",
         "Invented; modelled on The Southland Times via PressReader (crowdfunding platform's new fee, family's page and campaign totals)", "en", [
             "ChipIn fee ‘came from nowhere’",
             "- HANNAH BRIGGS",
             "The mother of a small boy fighting a rare blood disorder says ChipIn's move to start taking a cut of donations will likely pile more strain on families already facing hard times.",
             "Four-year-old Aucklander Nikau Tane was diagnosed with a severe form of aplastic anaemia in March, and his family set up a ChipIn page so they could stay by his side in hospital.",
             "Nikau's mother, Aroha Tane, said ChipIn's plan to take a 4 per cent fee from October 1 was ‘‘odd and came out of nowhere’’.",
             "‘‘When a child needs treatment straight away, it makes things harder . . . It's one more thing to sort out, and that means more worry and more pressure.’’",
             "For their page, any money donated for Nikau after October 1 would be charged the fee.",
             "Tane said ChipIn should make an exception for pages raising money for seriously ill people or urgent treatment, she said.",
             "‘‘That would have been kinder to families.’’",
             "Without the kindness of strangers, the family could not have looked into treatment options for their son's condition, Tane said.",
             "‘‘There are still so many people who want to help, who want to give.’’",
             "ChipIn is widely used to raise money for struggling families and charities, among other causes.",
             "In the last month alone, New Zealanders have given $1.3 million through the site.",
             "The biggest campaign on ChipIn so far was to buy back a stretch of coastline at Kaiwhata Bay, which raised $2.1m.",
             "ChipIn's fee would have taken $84,000 if it had applied then.",
             "One of the organisers of the Kaiwhata Bay campaign, Rewi Marsh, said they had been lucky to raise the money fee-free, but could see why the site needed the change.",
             "‘‘I reckon we were",
         ]),
    _neg("b109-midlandchronicle-telethon-neg",
         "Invented; modelled on Offaly Independent (TV charity appeal total, closing line pointing to the appeal's website)", "en", [
             "Christmas Lights Special raises more than €2 million for good causes",
             "Orla Brennan",
             "Viewers of The Christmas Lights Special have given more than €2 million to charity so far.",
             "When the show ended last night, the total stood at a little over €2.2 million.",
             "It was Declan Moran's first year presenting the special, as one cheeky six-year-old made sure to point out on air.",
             "The Christmas Lights Appeal collects money each year for children's charities and local groups around the country.",
             "As ever, there were surprises, with one family flown home from Canada while eight-year-old Cian stole the night with his bowl haircut and his joke at Moran's expense.",
             "Meanwhile, a girl who played a tin whistle medley in her county jersey was stunned when two members of the senior team walked out with a signed ball.",
             "You can still give to the appeal on the website linked below.",
         ]),
    _neg("b109-sealpointpost-floodrelief-neg",
         "Invented; modelled on JBay News (relief group's crowdfunding page reported, 'Article continues below' line, cut ending)", "en", [
             "Hands of Hope brings relief to flood-hit towns after week of storms",
             "On Tuesday 14 March 2023, some of the heaviest flooding in the region's recorded history swept through the Kwaleni district, killing at least 120 people and causing enormous damage to homes and roads across the area.",
             "After days of relentless rain across the district, relief organisation Hands of Hope says its phones have not stopped ringing, with families asking for help and businesses offering to support affected towns.",
             "“Whatever our divisions and difficulties, this remains a remarkable nation where people always show up for one another.",
             "Our volunteers are out doing assessments on the ground to pin down the worst-hit areas so that nobody doubles up.” – says Naledi Mahlangu, Director of Hands of Hope",
             "To help those affected, Hands of Hope has opened a crowdfunding page on GiveNest for people at home and overseas who want to support families through this frightening period.",
             "Money raised will pay for cooked meals, blankets, drinking water, warm clothes, nappies and sanitary products for families in flooded areas who lost everything they owned.",
             "Article continues below...",
             "As needs change, money will also go towards grocery parcels, school shoes, exercise books and materials to fix classrooms damaged by the water.",
             "“The scale of the need is enormous, with bridges washed away, main roads turned into rivers, cars swept into the sea and walls collapsed onto houses with people inside.",
             "Trucks have been swept off the road, fallen trees are blocking streets, workers can't reach their jobs, clinics have had to cut back services, churches and many homes have been damaged, power lines are non-",
         ]),
    _neg("b109-semenanjungdaily-streamnest-neg",
         "Invented; modelled on Malay Mail via Yahoo News Malaysia (streaming service's paid-sharing fee for subscribers)", "en", [
             "StreamNest users in Malaysia must now pay RM11 a month for viewers outside their 'home'",
             "KUALA LUMPUR, June 12 — Malaysian StreamNest users now face an extra charge of RM11 a month to let people outside their home use their account.",
             "In a statement, the streaming platform said it would start emailing Malaysian users who are currently sharing their StreamNest login with people living elsewhere.",
             "“A StreamNest account is meant for one home.",
             "“Anyone who lives in that home can watch StreamNest wherever they happen to be — on the sofa, on the bus, on holiday — and use new tools such as Move Profile and Manage Devices,” it said in a short notice on its site.",
             "According to its Help page, add-on members get their own login and password, but their plan is paid for by the account holder who invited them.",
             "The account holder's plan also decides how many add-on slots are available, with one add-on slot on the standard tier and two on the premium tier.",
             "More information on add-on members is available here.",
             "Earlier this year, StreamNest said some 60 million homes watch its service without paying for an account of their own, which it said hurt its ability to fund new shows.",
         ]),
    _neg("b109-islandherald-grocersdonation-neg",
         "Invented; modelled on Jamaica Observer (retailers' donation of supplies to charities reported)", "en", [
             "ABOUT 800 Jamaicans in roughly 25 districts across the island, mainly the housebound, the poor and those who have been laid off, started receiving a big donation of groceries, bottled water, hygiene products and other supplies handed to three charities working nationwide, on Tuesday.",
             "The organisers — United Retailers Foundation, with partners Blue Ridge Foods, Sunrise Bakery, Harbour Distributors, Caribbean Mills Limited, Island Snacks Ltd, Medix Group, Palm Wholesale, Bay Trading, and Coral Beverages Ltd — began handing out supplies Tuesday morning at the foundation's depot in Ferry Pen, St Andrew, where boxes of tinned food, water, crackers, toilet paper and more were loaded onto lorries headed for communities in need.",
             "Adult nappies, cleaning products, sanitary towels, biscuits and snacks were also part of the donation.",
             "Karen Lyn, chair of United Retailers, told the Island Herald that the supplies are also meant for households with children on the school feeding support scheme who are now at home.",
             "“We are going after communities that need help. Clearly, in a crisis like this we are trying to reach places under lockdown; places where people are stuck at home and can't go out; older people; households and communities with children who rely on the feeding scheme and can't get it now that schools are shut,” said Lyn.",
             "The school feeding support scheme is a means-tested programme backed by the Government and international lenders that gives cash and lunch grants to the poorest families.",
             "As this is only the first round, Lyn said a second group of charities would be chosen over the next few weeks.",
             "“We have three charities helping us get these out,” she said.",
         ]),
    _neg("b109-lunevalleyecho-caravanfire-neg",
         "Invented; modelled on The Visitor, Morecambe (family-fire fundraising page with totals, photo captions, donate line at the end)", "en", [
             "Tommy Reilly started the HelpPot page to support his friends after a fire wrecked their van and the two caravans they called home on a site off Mill Lane, Thornby.",
             "The traveller community - joined quickly by many others nearby and all over the country - rallied round to raise badly needed money to help the family rebuild.",
             "Thankfully, the family - who have asked not to be named - escaped unhurt from the fire, which broke out shortly after 7am on Sunday.",
             "Part of the damage left by the fire.",
             "Four fire engines were sent to put out the flames.",
             "The only things saved from the fire were a christening photo and a rosary.",
             "Tommy said: \"Think about losing every single thing you own. All they've got now is what they had on their backs.",
             "\"They have to start from nothing. Clothes, belongings, things passed down through the family - all gone. I've got three kids myself and to lose everything I've got and begin again, I can't imagine anything worse.\"",
             "The family's van was wrecked in the fire.",
             "Tommy said people have rallied round since he set up the page on Monday, with travellers from all over England and Wales, along with plenty of others, giving generously.",
             "\"I never expected it to take off like this,\" Tommy said. \"News spread through the traveller community from Wales all the way to Essex.",
             "\"But it's not only travellers, everyone has chipped in. It's unbelievable.\"",
             "The HelpPot page has raised £12,940 so far, though Tommy thinks the real total is nearer £15,000 because of cash handed to him directly.",
             "More of the wreckage left by the fire that gutted two caravans and a van in Thornby on Sunday.",
             "Anyone wishing to support the family can give online here.",
         ]),
    _neg("b109-hoaxradar-hurricanepledges-neg",
         "Invented; modelled on Lead Stories (fact check of fake celebrity donation stories, share prompt and author bio)", "en", [
             "Fake News: Sprinter Marcus Dale, Prince Albertin, Boxers Ray Ortiz And Tyrell Banks NOT Pledging Millions To Hurricane Delia Victims",
             "Hoax Check",
             "• by: Pieter Vandamme",
             "A cluster of known hoax websites has been pushing nearly identical articles claiming sprinter Marcus Dale, Prince Albertin, boxers Ray Ortiz and Tyrell Banks and other stars gave enormous sums to help survivors of hurricane Delia.",
             "UPDATE: The Sultan of Kandara has been added too.",
             "Examples of the fake articles:",
             "Most of the articles reuse the same lines, such as \"Those blessed with plenty must give plenty\" and \"our hearts are with everyone in Port Halden tonight\".",
             "fakepledges.png",
             "These sites appear to belong to one network of hoax websites with harmless-looking home pages full of generic news lifted from elsewhere. The invented stories never appear on the home pages. Among the sites in the network are dailynews24-live.example.com and gulfherald-tv.example.com, but dozens more follow the same template. We will add to this article if we come across more invented stories about stars giving enormous amounts.",
             "Want to let others know whether this story is accurate?",
             "Find out who is passing it around (it could be people you know...) and post the link in the replies.:",
             "Pieter Vandamme",
             "Hoax Radar co-founder Pieter Vandamme is our in-house specialist on fake news and hoax sites. He enjoys going further than simply debunking viral fake stories and remains fascinated by the endless range of mental and technical tricks employed by people and networks that deliberately spread invented stories online. He is a regular at conferences and meetups on misinformation and fact-checking when he isn't at his desk in the Netherlands tracking the newest fake article to take off.",
             "Read more about or contact Pieter Vandamme",
         ]),
    _neg("b109-factlens-cyclonedonations-neg",
         "Invented; modelled on Factly (fact check of viral celebrity donation claims, claim/fact lines and per-person sections)", "en", [
             "These celebrities did not give such massive sums for cyclone relief",
             "A batch of social media posts saying film star Ravi Teja Varma, cricketers Arjun Desai, Karan Malhotra, Sameer Qureshi and singer Neha Bansal have given Rs. 150, 600, 42.5, 38 & 75 crores respectively to the Chief Minister's Relief Fund to rebuild homes after the cyclone is being widely shared. Let's check these claims.",
             "Claim: Massive donations pledged by Ravi Teja Varma, Desai, Malhotra, Qureshi & Neha Bansal to rebuild cyclone-hit homes.",
             "Fact: Neither recent news coverage nor official statements from any of these people mention pledges on this scale. Each of them has helped in some way, by giving money or meeting particular needs. But the amounts are nowhere near as large as the posts suggest. So the claim in the post is FALSE.",
             "Ravi Teja Varma:",
             "After the cyclone made landfall in November 2023, Ravi Teja Varma gave Rs. 2 crore to the Chief Minister's Relief Fund and Rs. 25 lakhs to a local rescue volunteers' group. The actor shared this himself on his verified Instagram account.",
             "Since then, the actor has not announced any further donation. Had he really given Rs. 150 crores, every outlet in the country would have covered it. Yet we found no report saying Ravi Teja Varma gave Rs. 150 crores to the relief fund. Nor is there any such statement on his official social media handles (here & here).",
             "Arjun Desai:",
             "A keyword search on Google turned up several 2023 reports about Desai's Rs. 5 lakh gift to a relief NGO working in the coastal districts. But we found nothing to support the claim that Desai gave Rs. 600 crores to cyclone relief. A look at his ve",
         ]),
    _neg("b109-youngscholars-radiothon-neg",
         "Invented; modelled on Academic Kids Encyclopedia (short encyclopedia entry on a fundraising broadcast format)", "en", [
             "Radiothon",
             "A radiothon is a fundraising broadcast on radio that runs for many hours or several days, in order to collect money for a charity, a community project or some other cause. The name, a blend, combines \"radio\" and \"marathon\". A radiothon usually mixes live music, interviews with people the cause has helped and on-air appeals from presenters, while listeners phone in pledges. Typically the station sets up a studio with volunteers answering phones, a running total read out every hour, and guests dropping by throughout.",
             "Radiothons are run by stations in many countries. In North America, radiothons commonly raise money for children's hospitals, food banks and public radio stations themselves. In Britain and Ireland, local stations hold radiothons for hospices and for Christmas appeals.",
             "One of the longest-running radiothons is held every December over 48 hours by a community station in the town of Eastbrook for its district hospital.",
             "Major disasters have also prompted radiothons, with several stations sometimes joining forces for a single broadcast (for example, a shared morning simulcast by three rival networks).",
         ]),
    _neg("b109-zagroswire-earthquake-neg",
         "Invented; modelled on IranWire (earthquake report on relief shortages and how people abroad try to help, cut ending)", "en", [
             "Four days after a strong earthquake struck eastern Iran, and in spite of rescue crews sent by the government, the military and volunteer militias, families are still digging for relatives beneath collapsed homes. Across much of the affected area, people still lack the most basic supplies. Officials say more than 400 people have died and around 6,000 have been hurt.",
             "Ever since the first reports, Iranians living abroad have been searching for ways to help those worst affected by the disaster and what followed.",
             "At 3:17am on Wednesday, March 6, a 6.9-magnitude earthquake struck eastern Iran close to the border. Several villages in the province of Sarvan have been flattened, and a number of towns have suffered heavy losses. For the first day after the quake, people there had no power, running water or gas. Today fuel and water remain scarce, and many houses still have no electricity or heating. People are hungry. State bodies, aid groups and volunteers are overwhelmed by the size of the disaster. Rescuers still cannot get to some of the worst-hit villages because the roads are broken.",
             "Reporters and aid workers in the area say there is an urgent need for medicines, blankets, winter clothes, stoves, infant formula and baby bottles, underwear for women and sanitary pads. During the day, survivors dig desperately for missing relatives. At night, many in this high, cold region have had to sleep outdoors.",
             "Distrust of the Authorities Grows",
             "At the same time, distrust of the state's relief effort keeps growing. Those worst affected are angry at how long even basic supplies are taking to arrive, and some say aid is being handed out unfairly when it comes to wh",
         ]),
]


BATCH109_DOCUMENTS = PROBE89_APPEALS + PROBE89_NEGATIVES
