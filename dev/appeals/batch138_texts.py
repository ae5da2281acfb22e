"""Batch 138: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

23 documents (12 appeal, 11 negative; all EN): our own paraphrases of every document of the
local-only real probe 118 (23 documents). Each keeps the real page's structure (headlines and
standfirsts, bylines and "By The Newsroom" lines, datelines and "Updated" lines, doubled photo
captions and caption lines glued twice without a space, "Read More" link pairs, "---" story
separators of a three-story regional digest, a "[...]" paywall cut, credit lines under a video item,
a diaspora site's archive list with "[…]" teaser ends, a repeated-headline newsletter letter,
sub-headed feature sections, a fund-details block, and cut-off endings mid-word) and exactly what the
real gold marks: a two-line daily-newsletter sign-up inserted in a columnist's piece; a three-line
"time to subscribe / enjoy reading us? / subscribe for full access" paywall end; a one-line
"sign up for our ... Today newsletter" line in the middle of a local story; a "Sign up" button and
newsletter question at the top of a news digest; a two-line "newsletter / enter your email" box at
the end of a video item (ending in a comma); a lone "Find us on:" follow line at the end of a video
item; a seven-line register / subscribers-and-reader-code paywall with its code-accepted and
code-invalid messages, followed by the repeated opening paragraph; a "read the whole article in the
digital edition" line after each of two farm stories (the two copies differ only in a straight versus
curly apostrophe, so each occurs once); a "be part of the discussion, follow us on Facebook" teaser
tail glued mid-line into an archive entry; six account-form status messages after an editors' New
Year letter; a three-line video-channel promo under a standfirst; and an editor's year-end donation
letter that fills the whole newsletter below its headline up to the cut. Negatives keep what makes
the real ones hard: an audited protest-victims fundraiser with donor counts and sums, young people's
crowdfunding for hospital bills and funerals with quoted signatories, a column on party nomination
fees and campaign spending, three reports of an exiled government's bond sale (totals, denominations,
target, a buyer's quote), a charity bike ride's fundraising milestone and a hospital appeal, a
station's own crowdfunding round-up told in the past tense, a feature on evacuation crowdfunding with
platform fees, a diaspora telethon with bank account details, and a foundation's telethon shortfall
with pledge instructions. The negatives go through `_neg` like the earlier batches, so their position
is "real" (the real set says "none").

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch138` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch138.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 118: appeal documents ----------------------------------------------------------------

_COURIER_SIGNUP = "\n".join([
    "Get our morning newsletter every day",
    "The Courier Briefing: the headlines minus the clutter",
])

_LOUGH_WALL = "\n".join([
    "Now is the moment to subscribe and unlock it all",
    "Like what you read in The Lough News?",
    "Become a subscriber for unlimited access",
])

_CARRON_NEWSLETTER = "Get the free Carronvale Advertiser Daily newsletter each morning"

_PEAKLINE_TOP = "\n".join([
    "Sign up",
    "Fancy our newsletter landing in your inbox?",
])

_STREETPULSE_BOX = "\n".join([
    "Get our Newsletter",
    "Drop your email and keep up with the news,",
])

_CREST_FOLLOW = "Find us on:"

_GAZETTE_WALL = "\n".join([
    "Create a free account to read this article and other free content.",
    "This article is reserved for digital subscribers and holders of a reader code. Log in, enter your code or take out a subscription for full access.",
    "Your reader code unlocks the whole site from the moment you enter it until 9pm the next Tuesday. Each week your personal code is printed inside the back cover of Rural Life magazine.",
    "CODE APPLIED",
    "The whole site is open to you until next Tuesday at 9pm.",
    "INVALID CODE",
    "Try again or get in touch with our support team.",
])

_LANTERN_EDITION_1 = "Read the whole article in the Lantern’s Digital Edition."

_LANTERN_EDITION_2 = "Read the whole article in the Lantern's Digital Edition."

_ZEMEN_FACEBOOK = "Be part of the discussion. Follow zemenpost on Facebook for the latest Ethiopian headlines […]"

_LOTUS_FORMS = "\n".join([
    "Nice! Your sign-up is complete.",
    "Good to see you again! You're now logged in.",
    "Your subscription to The Lotus Ledger is now active.",
    "Done! Look in your inbox for a one-click login link.",
    "All set! Your payment details have been saved.",
    "We couldn't save your payment details.",
])

_SEAHOLME_REEL = "\n".join([
    "Catch more of our clips on Reel! ",
    "and streaming on Freeview channel 281",
    "Head to Reel! today",
])

_TUNDRA_LETTER = "\n".join([
    "Dear friend,",
    "This is the Tundra Ledger's last newsletter of 2022, a year that has done terrible damage to ties across our borders. Yet as reporters, our wish to tell you what is happening in north-west Russia and the Nordic Arctic is stronger than it has ever been.",
    "A free and independent press is what every authoritarian government fears most, and we see that fear in the Kremlin today. When Moscow chose to invade a neighbour with such cruelty, it understood that the war could only be waged if the press was gagged.",
    "We can no longer travel into Russia to report freely. But with more than two decades of trips across its northern regions, a wide circle of trusted sources, and a newsroom a short drive from the frontier, we still see plenty of ways to do our job.",
    "Every morning our newsroom repeats the same line: “We are not afraid of the Kremlin — the Kremlin is afraid of us.”",
    "Since the invasion began, the Tundra Ledger has added two Russian reporters working from exile to its team, and a Ukrainian journalist who came to Vardholm as a refugee. None of that would have been possible without grants from, among others, the Nordlys Press Fund and the Havbris Trust. We hope we can rely on you too, so that we can keep reporting the facts about the upheaval in Russia and across our Arctic.",
    "Whatever you can give as the New Year approaches will go straight into our coverage of the war, society, the economy, the environment and the other subjects we know you follow closely.",
    "The Tundra Ledger knows its work counts. So do the Russian authorities, who have for years stepped up pres",
])


PROBE118_APPEALS = [
    _doc("b138-kirkhavencourier-busway-graves-column-middle", "appeal", "middle",
         "Invented; modelled on Edinburgh Evening News (columnist's piece with a two-line daily-newsletter sign-up mid-article, Read More links)", "en", [
             "Moira Galbraith: Council has stopped listening: we don't want this busway",
             "GOING by the angry reaction of Courier readers online to the busway extension, the years of disruption it will bring and the grim prospect of lifting 150 graves from a churchyard in Portbay, it is painfully plain that residents want no part of it.",
             "Tuesday, 9th April 2019, 7:00 am",
             "Plans to extend the busway could mean relocating 150 graves from a Portbay churchyard",
             "Sadly, the council seems convinced that it always knows best (spending residents' money freely while the potholes and the care homes wait their turn).",
             _COURIER_SIGNUP,
             "To be honest, whether the planners are right hardly matters.",
             "As councillors, their duty is to hear out the voters. But with three more years until anyone can vote them out, they will carry on regardless. And naturally, the city will sink further into the red.",
             "Read More",
             "Read More",
             "Churchyard graves may be moved to clear route for Kirkhaven busway",
         ], appeals=[_COURIER_SIGNUP]),
    _doc("b138-loughnews-assembly-standoff-paywall-end", "appeal", "end",
         "Invented; modelled on The Irish News (columnist's piece cut with \"[...]\", three-line subscribe paywall at the end)", "en", [
             "Declan Harte: In the assembly stand-off, the Union Party will be first to give way",
             "The Union Party's boycott of the assembly can hold for a few months but will not survive a span of years. Picture: Harbourlight",
             "With no border-trade bill announced in the King's speech, the Union Party is holding out for something solid from Westminster before it goes back into government. Legislation might surface as early as next month but th[...]",
             _LOUGH_WALL,
         ], appeals=[_LOUGH_WALL]),
    _doc("b138-carronvaleadvertiser-bowmill-communitycouncil-middle", "appeal", "middle",
         "Invented; modelled on The Falkirk Herald (local story with byline, date and updated lines, doubled photo caption, one-line newsletter sign-up mid-story, cut ending)", "en", [
             "Volunteers sought to speak up for Bowmill",
             "Residents are being urged to take a stand for Bowmill and help set up a new community council.",
             "By The Newsroom",
             "Thursday, 17th March 2016, 8:00 am",
             "Updated Thursday, 17th March 2016, 11:45 am",
             "The refinery skyline over Bowmill",
             "The refinery skyline over Bowmill",
             "The town has gone almost four years without a residents' watchdog, but that could soon end now that nominations have opened.",
             "People in Bowmill and Lochridge aged 18 or over have until Friday, April 1, to put their names forward as possible candidates.",
             "Carronvale Council leader Fiona Dalgleish said: “Our aim is for every community to have a working community council. They matter a great deal in putting local views to the council and to other public agencies.",
             _CARRON_NEWSLETTER,
             "“Everything you need to know about standing as a community councillor is online, which should make the whole thing simpler and more open to anyone thinking of it.”",
             "Just 14 of a possible 21 community councils in the Carronvale area are currently running. The chair of one of the active groups knows how much difference one can make.",
             "Ewan Lockhart (27) has sat on Denside Community Council for three years and has chaired it for the last five months.",
             "He said: “I'd urge anybody in Bowmill or Lochridge to give it a go – young people in particular. When you get a real spread of ages round the table, the group ends up far more varied.",
             "“It's all about doing something for the area and the folk in it. A neighbour invited me along to a Denside meeting three years ago. Local politics had always interested me, so I went, and after that first night I was co-opted on.",
             "“I only wanted to find out what went on and ",
         ], appeals=[_CARRON_NEWSLETTER]),
    _doc("b138-peaklinenews-provincial-digest-signup-top", "appeal", "top",
         "Invented; modelled on iNFOnews (sign-up button and newsletter question above a three-story regional digest with \"---\" separators)", "en", [
             _PEAKLINE_TOP,
             "Today's top stories from across the province",
             "CEDARFORD - CONSTABLE KILLED IN GUNFIRE WITH SUSPECTED CARJACKER",
             "Cedarford's police chief says a constable described as a hero has died after an exchange of shots with a suspect.",
             "Chief Dana Whitlock says the shooting followed a report of a hijacked pickup truck at around 9:45 a.m. Tuesday.",
             "Whitlock says the constable was rushed to hospital with critical wounds but died a short time later.",
             "She says a man in his 50s from the prairies is in custody and is being treated in hospital for injuries that are not life-threatening.",
             "---",
             "---",
             "POLICE SAY BOY FELL FROM APARTMENT BALCONY",
             "Police in Marlow Bay say the death of a six-year-old boy who fell from an apartment balcony is a tragedy.",
             "Sgt. Priya Dhaliwal says officers do not consider the death suspicious.",
             "Dhaliwal says police reached the building at about 4 p.m. on Sunday and found the boy had died of his injuries.",
             "She says victim support staff are helping the boy's relatives, who have asked to be left alone.",
             "---",
             "---",
             "CONVICTED BIGAMIST SET TO CHALLENGE MARRIAGE LAW",
             "The country's bigamy law is heading back to court, even though a provincial judge ruled eight years ago that taking several spouses is an offence.",
             "Elias Varga, convicted on one count of bigamy last spring, is expected to claim the law violates his religious freedom and his freedom of expression.",
             "Varga heads a small settlement in the province's northeast and wed at least 19 women between 1988 and 2012.",
             "A bigamy conviction carries up to five years behind bars, but Varga and a second man convicted with him remain free on bail.",
         ], appeals=[_PEAKLINE_TOP]),
    _doc("b138-streetpulse-governors-video-newsletter-end", "appeal", "end",
         "Invented; modelled on NewsBreak.ng (short video item with credit line, two-line newsletter box ending in a comma)", "en", [
             "Video: Can You Name Your State’s Governor?",
             "In a place where power supply is erratic and newspapers are either too costly or far down the list of priorities for people battling a tough economy, it is little surprise that many cannot name the person governing their own state.",
             "For this video, went out to several markets in Port Idanre to ask residents from different states to name their governors.",
             "See the clip below:",
             "Tola Adebayo, Grace Effiong, Segun Olawale",
             _STREETPULSE_BOX,
         ], appeals=[_STREETPULSE_BOX]),
    _doc("b138-crestnews-governors-loot-video-follow-end", "appeal", "end",
         "Invented; modelled on ARISE News (short video interview item ending in a lone follow-us line)", "en", [
             "Chairman of the Northern States Governors’ Council, Ibrahim Lawal, has spoken for his fellow governors on several matters, among them the new Mining Reform Act signed into law by the President on Tuesday and stolen funds repatriated to the country.",
             "Lawal spoke exclusively to CREST News on Friday.",
             "In the interview, he sets out how the governors want recovered funds to be spent.",
             "See the full interview in the video…",
             _CREST_FOLLOW,
         ], appeals=[_CREST_FOLLOW]),
    _doc("b138-midlandfarmgazette-beefprices-readercode-paywall-middle", "appeal", "middle",
         "Invented; modelled on Irish Farmers Journal (photo caption, cut market story, seven-line register / reader-code paywall with status messages, repeated opening paragraph)", "en", [
             "At the Ballykeel 64th Agricultural Show were Tom Brennan, Rathmore, Co. Offaly, Seán Óg Dunne, Clonard and Aoife Dunne, Kilbride, with her prize-winning Limousin heifer. The National Suckler Show at Birr is on this Saturday, the 16th of August.",
             "Photo: Niamh Hegarty",
             "A brief spell of steady prices has been shaken this week as meat plants push to drag the beef trade lower. Base quotes have been cut by five to eight cents, with plants offering €4.10/kg for steers and heifers.",
             "Hard bargaining has earned some finishers €4.15/kg for heifers, but steers are mostly moving at the quoted €4.10/kg. Word is that plants will try to pull quotes back again next week.",
             "Finishers say the cuts are unwarranted and fear for the autumn weanling and store sales.",
             "The fall comes even though prices have held in Britain, our biggest export outlet, where supply and demand have been evenly matched lately.",
             "The time when big numbers of cattle come off grass is almost here.",
             "Plenty of steers are close to 30 months old, after which they lose out on the 12c/kg quality bonus.",
             _GAZETTE_WALL,
             "A brief spell of steady prices has been shaken this week as meat plants push to drag the beef trade lower. Base quotes have been cut by five to eight cents, with plants offering €4.10/kg for steers and heifers.",
         ], appeals=[_GAZETTE_WALL]),
    _doc("b138-slievelantern-beef-tillage-digitaledition-middle-end", "appeal", "middle+end",
         "Invented; modelled on Kerry's Eye (two farm-news briefs, each ending in a read-the-full-story-in-the-digital-edition line)", "en", [
             "Strong British appetite for beef pushing prices up",
             "Firm demand for beef across Britain is keeping supplies tight at the moment and helping to push up prices there. ",
             "The latest retail figures from ShopTrack, which follow supermarket sales in Britain, show a 9% rise in spending on beef over the past twelve months with volumes holding steady, the chairman of the Farmers' Alliance Livestock Committee, Martin Cregan, noted last week. Ireland has felt the benefit, with prices here rising by as much as six cents a kilo. ",
             "Young bull prices in particular have climbed lately, he said, but Irish farmers are still well behind their British counterparts, by up to 34 cents a kilo.",
             _LANTERN_EDITION_1,
             "Duggan: Tillage sector's spirits at rock bottom",
             "“Morale among tillage growers is poor and steps must be taken to stop the tillage area from shrinking again in 2024,” the chairman of the Farmers' Alliance Grain Committee, Paddy Duggan, said as he called on the Agriculture Minister to act quickly on the proposals set out in the Cereals Strategy Group's interim findings.",
             "In its submission ahead of the budget, the Alliance has asked for a pilot scheme offering grants toward slurry storage on tillage farms, plus an extra payment under the Straw Chopping Measure, as part of an expanded Cereal Growers Support Scheme.",
             "Steps like these are needed to lift the mood among this group of farmers.",
             "The 2023 harvest is still not finished, with patches of spring barley, spring wheat and beans yet to be cut.",
             _LANTERN_EDITION_2,
         ], appeals=[_LANTERN_EDITION_1, _LANTERN_EDITION_2]),
    _doc("b138-zemenpost-archive-heritage-facebook-middle", "appeal", "middle",
         "Invented; modelled on borkena (diaspora site's archive list with \"[…]\" teasers, a follow-on-Facebook tail glued into the first teaser)", "en", [
             "Documentary – Queen of the Highlands: The woman who founded a capital [Must See]",
             "zemenpost March 3,2018 “‘Heritage Files’ set out to trace the life and memory of the queen who defied foreign envoys and rallied the highland nobles against an invading army.” Horizon Africa TV YouTube channel " + _ZEMEN_FACEBOOK,
             "Century-old Piazza cinema in central Addis faces the wrecking ball",
             "zemenpost November 9,2016 Protecting historic buildings is central to good city planning. That is accepted almost everywhere. The idea is straightforward. A growing city should not bulldoze the buildings that carry a nation's memory. And if identity counts, so does the past. Sadly, Addis […]",
             "An open letter from a diaspora elder [Amharic]",
             "An open letter from a diaspora elder [Amharic]",
             "October 2,2016 Citing a famous address by the late emperor, a diaspora elder takes the prime minister to task for his speech at the African Union summit last month. “each time this government speaks abroad, it leaves ordinary Ethiopians ashamed of how they are represented.” And he points to the prime minister’s latest […]",
         ], appeals=[_ZEMEN_FACEBOOK]),
    _doc("b138-lotusledger-lunarnewyear-letter-accountforms-end", "appeal", "end",
         "Invented; modelled on The Vietnamese Magazine (repeated headline, editors' New Year letter, six account-form status messages at the end)", "en", [
             "Happy Lunar New Year 2023 – the Year of the Cat!",
             "Happy Lunar New Year 2023 – the Year of the Cat!",
             "To our readers:",
             "You are reading the first letter the editors of The Lotus Ledger have ever sent you. We have never said it outright, but we are deeply thankful that you read and back this publication, which covers mainly human rights and politics in Vietnam. Thank you for reading us, and even more for standing with our hopes for a democratic Vietnam.",
             "We would like to share a milestone we are proud of. The Pacific Digital Heritage Archive has chosen to add our site to its permanent collection. The past four years would have been much harder without your backing and solidarity, and we hope this recognition brings us closer to you.",
             "We skipped the weekly news digest last week and this week while we take a short break for the Lunar New Year, which we call Tết. As the Year of the Cat begins, we send every one of you good health, good fortune and joy in all you do.",
             "Thank you once more for reading. In the year ahead we hope to bring you more reporting, in new forms too, like short videos and podcasts. Keep an eye out for what comes next.",
             "Questions or feedback? Write to us at editors@lotusledger.example.org or to our editor-in-chief, Minh-Chau Pham, at chau.pham@lotusledger.example.org.",
             _LOTUS_FORMS,
         ], appeals=[_LOTUS_FORMS]),
    _doc("b138-seaholmemail-oakfield-police-meeting-reel-top", "appeal", "top",
         "Invented; modelled on Hartlepool Mail (three-line video-channel promo under the standfirst, doubled and glued photo captions, cut ending)", "en", [
             "Police chief says 'we can fix this together' after rise in crime and nuisance behaviour on Seaholme estate",
             "“We can fix this together” – that was a senior officer's message to residents following a recent jump in crime and nuisance behaviour in their streets.",
             _SEAHOLME_REEL,
             "Acting Chief Inspector Dawn Pickering urged families on the Oakfield estate in Seaholme to join forces with Teesvale Police and partner agencies to deal with problems in the area.",
             "Around 50 people turned up to a special meeting of the Oakfield Tenants’ Association on Tuesday evening to talk about the recent rise in anti-social behaviour.",
             "Acting Chief Inspector Dawn Pickering speaking at the public meeting in Oakfield Community Hall, Seaholme.  Photo by JAMES ORMSBY.Acting Chief Inspector Dawn Pickering speaking at the public meeting in Oakfield Community Hall, Seaholme.  Photo by JAMES ORMSBY.",
             "Acting Chief Inspector Dawn Pickering speaking at the public meeting in Oakfield Community Hall, Seaholme. Photo by JAMES ORMSBY.",
             "People at the meeting in Oakfield Community Hall also complained about quad bikes being ridden dangerously along the streets, attacks on residents, drug dealing and teenagers clambering onto roofs and prising at padlocks with crowbars.",
             "One resident said: “I was born on this estate and I’ve never seen it as bad as this.”",
             "Inspector Pickering said: “We need to pull together, every one of us.",
             "\"This is only the beginning. It's down to all of us to make this a decent place to live.”",
             "Residents gathered for the meeting at Oakfield Community Hall, Seaholme.  Photo by JAMES ORMSBY.Residents gathered for the meeting at Oakfield Community Hall, Seaholme.  Photo by JAMES ORMSBY.",
             "Residents gathered for the meeting at Oakfield Community Hall, Seaholme. Photo by JAMES ORMSBY.",
             "She said she could see why residents were angr",
         ], appeals=[_SEAHOLME_REEL]),
    _doc("b138-tundraledger-yearend-editor-donation-letter-top", "appeal", "top",
         "Invented; modelled on The Barents Observer (year-end newsletter whose whole body below the headline is the editor's donation letter, cut mid-word)", "en", [
             "The Tundra Ledger matters. Our last newsletter of 2022, with a personal note from the editor",
             _TUNDRA_LETTER,
         ], appeals=[_TUNDRA_LETTER]),
]


# --- Probe 118: negatives -----------------------------------------------------------------------

PROBE118_NEGATIVES = [
    _neg("b138-taifadaily-protest-victims-fund-audit-neg",
         "Invented; modelled on Uzalendo News (report on an activist's audited fundraiser for protest victims, donor count and sums)", "en", [
             "Nyandarans contributed a striking Sh28,417,905 to help people hurt in the anti-Tax Bill demonstrations held earlier this year.",
             "The large-scale fundraiser, led by activist and radio presenter Zawadi Mwangaza through the PesaPamoja platform, set out to pay for treatment of those injured in the demonstrations and to help the families of people who were killed.",
             "An audited statement published by Mwangaza shows the drive drew gifts from 29,861 separate donors, proof of how far ordinary Nyandarans are willing to go to demand clean government and to look after each other in hard times.",
             "The ten-week protest wave, led largely by young people, demanded openness and honesty in how public money is spent.",
             "In a statement on Thursday, Mwangaza stressed that the money raised had to be handled with the same openness.",
             "“We commissioned this audit so every donor can see exactly where their money went: hospital bills for the wounded, help for grieving families, and care for people left with lasting disabilities,” she said.",
             "The statement broke the spending into several categories: Sh9,204,118 paid hospital costs for 81 injured people; Sh6,530,442 went to 39 people with serious injuries; Sh1,912,760 helped four people left with permanent disabilities; and Sh9,880,000 supported 173 bereaved households.",
             "On top of that, eight hospitals across the country had patients' bills cleared from the fund. The audit also listed the fundraiser's running costs, among them a platform charge of Sh1,108,334 levied by PesaPamoja Services Ltd and card transaction fees of Sh18,752.",
             "Strict checks came before every payout, so that each hospital bill was matched to a named, verifiable patient.",
         ]),
    _neg("b138-nyandaralive-youth-crowdfunding-hospital-bills-neg",
         "Invented; modelled on Breaking Kenya News (report on young people's crowdfunding for protest victims with quoted signatory, agency credit line)", "en", [
             "In a striking show of unity and kindness, young Nyandarans have pooled millions of shillings to help bereaved families, settle hospital bills and pay for funerals of people killed during the recent ten-day demonstrations.",
             "The unrest across the country has left many dead and hundreds in hospital.",
             "At least 140 wounded demonstrators were being treated at Kiboni General Hospital on Tuesday, as rights organisations urged the police to stop using excessive force in protests that have claimed at least 19 lives.",
             "The demonstrations started on May 27 against the proposed Tax Bill 2024.",
             "In reply to the chaos, young people have organised fundraising drives across several platforms, drawing on social media, crowdfunding sites and neighbourhood networks.",
             "One appeal hosted on PesaPamoja has collected more than Sh. 19.8M.",
             "The money has gone toward hospital bills, funeral costs and support for families of those killed in the ten days of protest.",
             "Families helped so far include those of Baraka Otieno and Kelvin Mutua, who each got Sh. 800,000, according to one of the PesaPamoja signatories.",
             "“We have sent 800,000 to each of the two families (Baraka and Kelvin),” said Zawadi Mwangaza. “What is left will go to the family of Brian, who took two bullets in the back and may never walk again.”",
             "Brian Wekesa was shot during the May 30 protests. One bullet lodged near his spine.",
             "On Friday, much of the money was used to clear bills at hospitals in Kiboni that had been admitting wounded demonstrators.",
             "“PesaPamoja can now settle hospital bills directly. I'll put the receipts up here on X after I visit each hospital,” Mwangaza wrote.",
             "Meanwhile, a blood donation drive is under way nationwide to restock hospital blood banks.",
             "byNBS Digital",
         ]),
    _neg("b138-dailyclarion-campaign-spending-law-column-neg",
         "Invented; modelled on The Punch (columnist on a campaign-finance law quoting a party's nomination-form fees, cut ending)", "en", [
             "Making sense of the new campaign spending law",
             "Tunde Adeyemi",
             "IT is no secret that elections swallow money. A popular line by the Afrobeats star Kolade — “if your pocket is empty, stay at home” — sums up the mood of our politics. Put mildly, running for office is costly. Only last Thursday, April 7, 2022, the Progressive Alliance Party published what its forms will cost: “State Assembly – Letter of Intent – N80,000; Nomination Papers – N400,000; Federal House – Letter of Intent – N400,000; Nomination Papers N1.5m; Senate – Letter of Intent – N400,000; Nomination Papers N2.5m; Governor – Letter of Intent – N1m; Nomination Papers – N15m; Presidency – Letter of Intent – N5m; Nomination Papers – N30m.”",
             "PAP National Publicity Secretary, Emeka Okonji, made the announcement after a joint sitting of the party's Board of Trustees and National Working Committee. He added that the committee had approved a 40% discount on nomination fees for aspirants aged 25 to 35 seeking elective office.",
             "The nomination form is among the smallest costs a serious candidate faces. Large sums go on courtesy visits to key power brokers such as traditional rulers, clerics, youth and women leaders and party chieftains. Campaigning before the primaries, and again after winning the ticket, also eats money. Think of the cost of adverts on radio, television and in newspapers, of a fully staffed campaign office, of security, of rallies and of party agents at every polling unit on election day. And that is before the money spent buying votes and on lawsuits before and after the poll.",
             "To curb abuses in campaign spending",
         ]),
    _neg("b138-straitseye-lanvaria-exile-bonds-neg",
         "Invented; modelled on CNA (report on an exiled government's first-day bond sale, totals, denominations and target)", "en", [
             "An exiled opposition government in Lanvaria said it raised US$4.8 million in the first trading day of its debut bond offering, its largest step so far to finance its \"uprising\" against the ruling generals.",
             "Lanvaria has been in violent upheaval since the army seized power on March 3, and the resistance movements that grew up against the junta have relied mostly on donations from the public.",
             "The People's Restoration Government (PRG), a coalition of pro-democracy parties, ethnic militias and members of the deposed elected cabinet, said the bonds went on sale on Tuesday (Oct 19), mainly to Lanvarians abroad, in sizes of US$50, US$250, US$1,000 and US$10,000, maturing in three years.",
             "Although buyers will earn no interest, US$2 million worth were snapped up in the first four hours, the PRG said, rising to US$4.8 million by close of day. It hopes to raise US$800 million in total.",
             "\"This shows me how determined our people are to tear out the dictatorship by its roots,\" PRG spokesman Dr Mirek Talan said on Facebook.",
         ]),
    _neg("b138-meghnatimes-lanvaria-liberation-bonds-neg",
         "Invented; modelled on The Dhaka Times (desk report on an exiled government's bond sale with a local-currency conversion and a buyer's quote, cut ending)", "en", [
             "'Liberation bonds' to topple junta in Lanvaria",
             "The Meghna Times Desk Demonstrations have continued in the small landlocked country of Lanvaria since March this year, when the army ousted the elected government. 'Liberation Bonds' have now been issued to bring down the junta.",
             "Several pro-democracy and rebel groups have joined forces to drive the generals from power. They have already set up a parallel administration, the People's Restoration Government (PRG).",
             "That administration has always depended on donations from the public to push its 'uprising'. Now, to widen its funding base, it has issued bonds. It said bonds worth 2 million dollars were sold within 4 hours of launch. By day's end the figure reached 4.8 million. In Bangladeshi money that comes to about 41 crore 10 lakh taka. The administration aims to sell bonds worth $800 million.",
             "According to the PRG, the three-year bonds in sizes of $50, $250, $1,000 and $10,000 will be offered chiefly to Lanvarians abroad. People are buying them although they pay no return at all.",
             "PRG spokesman Dr. \"With this, I see how fiercely our people want to pull the military dictatorship out by its roots,\" Talan wrote in a Facebook post.",
             "Meanwhile, the junta describes the parallel administration as running a 'terrorist' campaign. The news agency Global Wire, however, could not reach the junta for comment on the bonds.",
             "A 31-year-old Lanvarian put $250 into the bonds. Speaking to Global Wire without giving his name, he said: “We don't expect to see this money again in three years. We are buying because we want t",
         ]),
    _neg("b138-asiapacificwire-lanvaria-bonds-agency-neg",
         "Invented; modelled on ANI (agency dateline report on an exiled government's bond sale citing another paper, background on the coup)", "en", [
             "Ostrel [Lanvaria], October 22 (APW): The coalition of pro-democracy forces in Lanvaria said it raised USD 4.8 million during the first day of a bond sale meant to fund the overthrow of the military rulers.",
             "The announcement came after the People's Restoration Government (PRG), a coalition of pro-democracy groups, said the bonds went on sale on Tuesday, chiefly to Lanvarians abroad, in sizes of USD50, USD250, USD1,000 and USD10,000, with three-year terms, the independent daily Harbour Post reported.",
             "Even though the bonds pay buyers no interest, the PRG took in USD2 million in the first four hours, climbing to USD 4.8 million by the close of the day.",
             "\"It shows how badly our people want the dictatorship pulled out by its roots,\" PRG spokesman Talan was quoted as saying by the Harbour Post.",
             "The overall goal is to raise USD800 million from the bonds.",
             "The money will be used to fight the junta that removed the elected government of Lanvaria.",
             "The country has been in chaos since the army took over.",
             "On March 3, the army under General Dravan Koss toppled the civilian government and imposed an eighteen-month state of emergency. The takeover set off mass demonstrations that were put down with lethal force.",
             "According to Voice of the Region radio, close to 1,100 civilians have died at the hands of security forces since the coup, and over 6,000 people have been arrested.",
             "Hundreds of thousands more have fled their homes in the nation of 38 million, amid food shortages and the pandemic, the Prisoners' Aid Network said. (APW)",
         ]),
    _neg("b138-ashbridgewire-cousin-memorial-bike-ride-neg",
         "Invented; modelled on Sheffield Wire (charity bike ride passing a fundraising milestone, doubled headline, hospital helipad appeal quoted, cut ending)", "en", [
             "Ashbridge man passes £80,000 charity mark after 250-mile sea-to-sea bike ride in memory of his cousin",
             "Ashbridge man passes £80,000 charity mark after 250-mile sea-to-sea bike ride in memory of his cousin",
             "Paramedics Sam Booth and Joe Kettle have ridden 250 miles from Saltmere to Cragsby and on to Haverby in only 48 hours, collecting money for Ashbridge Children's Hospital. The two have been fundraising in memory of 15-year-old Liam Booth, who was killed in 2011 in an accident while walking home from school. Before setting off, Sam said: “This will be massive for us, way beyond the longest ride either of us has done in a day, and then we have to get up and do it again!” The £80,000 figure is the total raised since Liam died as a schoolboy.",
             "Liam Booth",
             "Sam added: “Getting to £80,000 is a great moment, and we're all proud of what's been done over the years, but the total was never really the point.” Over time the money has gone towards several projects, including the Little Hearts Monitor Appeal and sponsoring rooms on the new Oncology and Haematology ward at Ashbridge Children's Hospital. A spokesperson for Ashbridge Children's Hospital said: “Money from this latest ride will go towards our appeal for a rooftop helipad above the Emergency Department. “At present, helicopters can only land in daylight on the playing fields across the road and patients then have to be carried over the busy ring road with a police escort, which costs precious time.” Asked what the fundraiser meant, Sam said: “Liam was never treated at Ashbridge Children's himself, but we've always raised money for the hospital because of the amazing, life-changing work they do every single day. \"",
         ]),
    _neg("b138-radiowadinur-stayonair-campaign-roundup-neg",
         "Invented; modelled on Radio Dabanga (station's own past-tense round-up of its finished crowdfunding campaign, dateline, cut ending)", "en", [
             "Campaign wrap-up: Did we stay on the air?",
             "August 2 - 2019 HAVENSTAD",
             "For five weeks, Radio Wadi Nur asked you to help fund a day of its life-saving broadcasts. It's not something the team imagined doing when Radio Wadi Nur first went on air almost eight years ago!",
             "Nor did we expect so much interest from listeners and journalists in our crowdfunding drive, running from 10 June to 20 July. Scroll down for some of the most touching messages of support we received during the Stay On Air campaign.",
             "We opened the campaign with a short film about one of our editors, Yusra Abdelrahim - in the hope it would bring in more donations.",
             "Ever wondered what it takes to report from inside a war zone? The Wadi Nur team put together a quiz for you.",
             "Lots of warm messages came in, and we picked out a few:",
             "Radio Wadi Nur's editor-in-chief Hassan Omer Babiker got this touching note on his personal WhatsApp. Curious what Hassan hopes for Radio Wadi Nur's future? Read his piece",
             "Which much-loved programme is the favourite of listeners like Fatima, and even of our own editors, do you think?",
             "Dr Helena Marsh spoke out as head of a UN mission in 2005-2006 about the atrocities in the region. Another regional expert, Professor Daniel Kroft, stressed Wadi Nur's role in keeping the world's eyes on the conflict, in the first episode of our On Air podcast.",
             "Radio Wadi Nur, for instance, made a programme that gave listeners practical ways to build peace between neighbouring communities.",
             "Why does the Bridges for Peace initiative call Wadi Nur a vital source of news? In 2018 the station broadcast vital advice to listeners during a measles outbreak.",
             "Pieter travelled undercover as a war correspondent to the Kordel mountains and shared what he saw. Photographer Ines Vermeer is also one of the few reporters who dared to cov",
         ]),
    _neg("b138-nexabreaking-sorvan-evacuation-crowdfunding-neg",
         "Invented; modelled on BNN Breaking (feature on evacuation crowdfunding with sub-heads, campaign totals and platform fees, cut ending)", "en", [
             "In January, Samir's whole life in Sorvan fell apart under the unrelenting siege. The schools, streets and neighbourhoods of his childhood disappeared, pushing him toward the unavoidable choice of fleeing the shelling, now in its sixth month. With severe hunger and the threat of mass casualties, Sorvanis see leaving as their only way out, but the route is expensive and full of obstacles, driving many to crowdfunding sites like RaiseTogether and GiveBridge in search of a lifeline.",
             "Fleeing Through Online Lifelines",
             "With official exit routes limited and expensive, Sorvanis have turned more and more to crowdfunding to survive. Samir's story shows the trend. After his house was destroyed, he and relatives overseas started a RaiseTogether page that brought in $18,000 to get his family out. This online route has become a crucial resource, with more than 9,000 Sorvan-related campaigns on RaiseTogether since November, together raising $5.2 million for evacuation and humanitarian aid.",
             "The Price of Kindness",
             "Still, the road to safety comes at a price. Crowdfunding sites keep a small share of each donation, an unavoidable cost for the service they offer. Even so, the success of these drives shows how ready people around the world are to help those in desperate need. Activists and Sorvanis abroad have been key in creating these fundraisers and spreading the word, showing what collective action can achieve against the odds.",
             "A Movement Gaining Ground",
             "Groups such as Project Safe Passage have sprung up to simplify the process, helping hundreds of families reach their targets. Their work brings urgent relief and also turns global attention to the crisis in Sorvan, pushing for a wider conversation about lasting solutions. As",
         ]),
    _neg("b138-saintverenenews-diaspora-telethon-fund-neg",
         "Invented; modelled on St. Lucia News Online (diaspora asked to give to a COVID telethon fund, bank details block, hotline, cut ending)", "en", [
             "(Saint Verene News Online) — Verenians abroad are being asked to support the front-line workers at home fighting the COVID-19 pandemic.",
             "A dedicated “special fund” has been set up to receive and administer donations, the Saint Verene Diaspora Relations Office announced in a post on its Facebook account.",
             "The appeal comes as the island prepares for the “virtual” National COVID-19 Relief Telethon on Easter Monday, April 13, 2020, from 3 p.m. to 7 p.m. It will be carried live on the Verene Broadcasting Service (VBS) and other stations across the island.",
             "“To our family in the diaspora, I know these are difficult days. But if you are able and willing to help our front-line workers at home with badly needed medical supplies, please phone in to the telethon on Monday… Or you may pay your donation into the account listed below. We are grateful for your constant support,” said Saint Verene’s Ambassador for Diaspora Relations, Mr. Desmond Alcee-Joseph.",
             "The details of the fund — to which Verenians at home may also give — are below:",
             "Fund name: National Resilience Fund",
             "Reference: “COVID-19 RELIEF TELETHON”",
             "Bank: First Island Bank",
             "Account number: 207733405",
             "Verenians at home and overseas may also give through the crowdfunding site HelpRaise at ‘Saint Verene Front-Line Heroes COVID-19 Relief’.",
             "For the telethon, the free hotline is 1 (762) 451-7700 on island, and also from the United States, Canada, the United Kingdom and Europe.",
             "According to a statement from the Prime Minister's Office, the four-hour virtual telethon “aims to raise money to buy the personal protective equipment (PPE) our uniformed officers need while they work around the clock against COVID-19, and to supply food hampe",
         ]),
    _neg("b138-verenaherald-foundation-telethon-shortfall-neg",
         "Invented; modelled on The Voice (Saint Lucia) (foundation's telethon falls short of target, pledge and bank-account instructions, tribute, cut ending)", "en", [
             "THE spirit of generosity toward improving the lives of others was the main message of the Community Trust Foundation (CTF) 11th Annual Island-wide Telethon, held at the Harbourside Conference Centre last Saturday.",
             "However, despite aiming for a $180,000 target, the CTF managed to raise only $127,455 in gifts and pledges.",
             "CTF Executive Director, Janelle Auguste, told The HERALD on Monday that in spite of the shortfall, the Telethon “went smoothly” and “the programme was nicely put together”, which added up to a success for which the CTF was grateful.",
             "“We're very thankful for that, because it will go to helping the most vulnerable in our society,” Auguste said. “Overall, it was a really good telethon.”",
             "Auguste said anyone wishing to pledge to the CTF's work can do so at its Bridge Street, Port Anselm office, by phoning 462 3390, or through First Island Bank account # 7719042 or Coastal Credit Union account # 208845116. She also asked those who pledged during the Telethon to call the CTF to arrange for their pledges to be collected.",
             "The five-hour show, broadcast live on the Verene Broadcasting Service (VBS), was aimed at Verenians at home and across the Diaspora to give to the CTF's funds in support of the organisation's various programmes.",
             "One of the high points last Saturday was a special tribute to Mrs. Clementina Joseph of Anse Petit, who for more than ten years has changed the lives of students in her constituency through a special education fund she sponsors through the CTF.",
             "One of those who benefited from Joseph's kindness, Kimberly Celestin, thanked her for an education scholarship. Apart from the scholarship, Celestin said Joseph had left a lasting impression on her through",
         ]),
]


BATCH138_DOCUMENTS = PROBE118_APPEALS + PROBE118_NEGATIVES
